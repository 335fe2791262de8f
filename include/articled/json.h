/*
 * json.h - last stage: the article JSON of ../shared/docs/article-json.md.
 */
#ifndef ARTICLED_JSON_H
#define ARTICLED_JSON_H

#include <jansson.h>
#include "articled/article.h"

/* Field groups that can be requested (the server's `fields=`). */
enum {
    AD_FIELD_METADATA = 1u << 0,
    AD_FIELD_PARAGRAPHS = 1u << 1,
    AD_FIELD_TEXT = 1u << 2,
    AD_FIELD_ENTITIES = 1u << 3,
    AD_FIELD_FIGURES = 1u << 4,
    AD_FIELD_ALL = 0x1f
};

/* Parses a comma list ("metadata,text") into a field mask. Returns AD_OK or
 * AD_ERR_USAGE with a message naming the unknown field. */
ad_status ad_json_fields(const char *list, unsigned *mask, char *err, size_t errlen);

/* The AD_SKIP_* flags (article.h) for stages whose output a field mask
 * leaves out: trade figures read the entities' names, so entities run
 * whenever either is wanted. */
unsigned ad_json_skip_stages(unsigned fields);

/* Builds the JSON object for art. Caller releases it with json_decref().
 * Returns NULL when out of memory. */
json_t *ad_json_article(const ad_article *art, unsigned fields);

/* Appends the article JSON to out: the same bytes json_dumps() gives for
 * ad_json_article()'s object (JSON_PRESERVE_ORDER; JSON_INDENT(2) when
 * pretty, else JSON_COMPACT), written directly without building the tree.
 * A non-NULL source adds a last key "source" with that string (what
 * `articled parse` prints for several files). AD_ERR_NOMEM/AD_ERR_TOOBIG
 * leave out partly written. */
ad_status ad_json_write(const ad_article *art, unsigned fields, int pretty, const char *source,
                        ad_buf *out);

/* Serializes art to a malloc'd NUL-terminated string (caller frees with
 * free()); pretty selects indentation. NULL when out of memory. */
char *ad_json_dump(const ad_article *art, unsigned fields, int pretty);

#endif
