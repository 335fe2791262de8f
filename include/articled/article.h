/*
 * article.h - the parsed article and the pipeline entry points.
 *
 * The pipeline runs load -> metadata -> body -> text -> entities -> figures,
 * and json.h turns the result into the article JSON of
 * ../shared/docs/article-json.md. Every string and array of an ad_article
 * lives in its arena; ad_article_free() releases all of it at once.
 */
#ifndef ARTICLED_ARTICLE_H
#define ARTICLED_ARTICLE_H

#include <stddef.h>
#include "articled/arena.h"
#include "articled/status.h"

/* A list of NUL-terminated UTF-8 strings in arena memory. */
typedef struct ad_strlist {
    const char **v;
    size_t n;
} ad_strlist;

typedef struct ad_image {
    const char *url; /* NULL when the page has no lead image */
    const char *caption;
    const char *credit;
} ad_image;

/* Metadata fields; NULL or empty lists when unknown. */
typedef struct ad_meta {
    const char *url;
    const char *canonical_url;
    const char *title;
    const char *description;
    const char *publisher;
    const char *published; /* ISO 8601 */
    const char *modified;  /* ISO 8601 */
    const char *language;  /* BCP 47 */
    ad_strlist authors;
    ad_strlist section;
    ad_strlist keywords;
    ad_image image;
} ad_meta;

typedef enum ad_para_type {
    AD_PARA_PARAGRAPH = 0,
    AD_PARA_HEADING,
    AD_PARA_QUOTE,
    AD_PARA_LIST_ITEM,
    AD_PARA_CAPTION,
    AD_PARA_TABLE
} ad_para_type;

/* The contract's name for a paragraph type ("list_item"). */
const char *ad_para_type_name(ad_para_type t);

typedef struct ad_paragraph {
    const char *text; /* normalized UTF-8, NUL-terminated */
    size_t len;       /* bytes */
    ad_para_type type;
} ad_paragraph;

typedef enum ad_entity_type { AD_ENT_PERSON = 0, AD_ENT_ORGANIZATION, AD_ENT_PLACE } ad_entity_type;

typedef struct ad_mention {
    size_t paragraph;
    size_t start; /* code points into the paragraph text */
    size_t end;   /* exclusive */
} ad_mention;

typedef struct ad_entity {
    const char *name;
    ad_entity_type type;
    ad_strlist aliases;
    ad_strlist roles;
    ad_mention *mentions;
    size_t n_mentions;
} ad_entity;

typedef enum ad_flow {
    AD_FLOW_EXPORT = 0,
    AD_FLOW_IMPORT,
    AD_FLOW_TOTAL,
    AD_FLOW_BALANCE,
    AD_FLOW_TARIFF
} ad_flow;

typedef struct ad_money {
    int present;
    double amount;
    char currency[4]; /* ISO 4217 */
    const char *text;
    const char *qualifier; /* "about", "more than" (static), or NULL */
    int has_high;          /* a range: amount is its low end, high its high end */
    double high;
} ad_money;

/* A volume of goods in a unit of measure ("73 million tonnes"). */
typedef struct ad_volume {
    int present;
    double amount;
    const char *unit; /* canonical, static ("tonne", "barrel/day") */
    const char *text;
    const char *qualifier; /* as for ad_money */
    int has_high;
    double high;
} ad_volume;

/* The size of a change given as an amount ("fell by $2.4 billion"): money
 * (currency set) or a volume (unit set). */
typedef struct ad_change_by {
    int present;
    double amount;
    char currency[4]; /* ISO 4217, or "" for a volume */
    const char *unit; /* canonical unit, static, or NULL for money */
    const char *text;
} ad_change_by;

typedef struct ad_change {
    int present;
    int direction; /* +1 up, -1 down, 0 unknown */
    int has_percent;
    double percent;
    const char *qualifier;
    const char *basis;
    ad_change_by by;
} ad_change;

typedef struct ad_period {
    int present;
    const char *text;
    const char *start; /* YYYY-MM-DD or NULL */
    const char *end;
} ad_period;

typedef struct ad_figure {
    ad_flow flow;
    const char *balance; /* flow balance: "surplus" or "deficit" (static), else NULL */
    const char *reporter;
    const char *partner;
    const char *commodity;
    ad_money value;
    ad_volume volume;
    ad_change change;
    int has_rate;
    double rate;
    ad_period period;
    const char *source;
    size_t paragraph;
    const char *sentence;
} ad_figure;

typedef struct ad_article {
    ad_arena *arena;
    ad_meta meta;
    ad_paragraph *paragraphs;
    size_t n_paragraphs;
    const char *text; /* paragraphs joined by "\n\n" */
    size_t word_count;
    ad_entity *entities;
    size_t n_entities;
    ad_figure *figures;
    size_t n_figures;
} ad_article;

/* Input kinds for ad_article_parse(). */
typedef enum ad_input_kind { AD_INPUT_HTML = 0, AD_INPUT_TEXT } ad_input_kind;

/* Stages a caller may skip when it will not use their output. */
enum { AD_SKIP_ENTITIES = 1u << 0, AD_SKIP_FIGURES = 1u << 1 };

typedef struct ad_parse_opts {
    ad_input_kind kind;
    const char *url;     /* the page's URL, or NULL */
    const char *charset; /* charset from the HTTP header, or NULL */
    size_t max_bytes;    /* refuse larger input; 0 means AD_DEFAULT_MAX_BYTES */
    unsigned skip;       /* AD_SKIP_* flags; 0 runs every stage */
} ad_parse_opts;

#define AD_DEFAULT_MAX_BYTES ((size_t)10 * 1024 * 1024)

/* Parses one document (HTML or plain text) into *out. On success the caller
 * owns *out and frees it with ad_article_free(). On failure *out is NULL and
 * err holds a message: AD_ERR_TOOBIG over max_bytes, AD_ERR_CHARSET for an
 * unknown charset name, AD_ERR_INPUT for binary data (an image, PDF, gzip,
 * archive: see ad_load_binary_kind()), AD_ERR_NOMEM. A page without an article is not an
 * error: it yields an article with no paragraphs. */
ad_status ad_article_parse(const char *data, size_t len, const ad_parse_opts *opts,
                           ad_article **out, char *err, size_t errlen);

/* Releases an article and its arena. Accepts NULL. */
void ad_article_free(ad_article *art);

/* Stores paragraphs into art (copied into its arena) and derives text and
 * word_count; used by the pipeline stages and by tests. */
ad_status ad_article_set_paragraphs(ad_article *art, const ad_paragraph *paras, size_t n);

#endif
