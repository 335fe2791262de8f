/*
 * body.h - third stage: the article body as typed paragraphs.
 *
 * Scores candidate containers by text and link density, position, tag-path
 * repetition, sentence shape and a boilerplate lexicon, keeps in-article
 * headings, lists, quotes, tables and captions, and drops navigation, share
 * bars, related lists, comments, footers, hidden elements and the byline.
 */
#ifndef ARTICLED_BODY_H
#define ARTICLED_BODY_H

#include <stddef.h>
#include <libxml/HTMLparser.h>
#include "articled/arena.h"
#include "articled/article.h"
#include "articled/metadata.h"

/* Extracts the body of doc into *paras / *n (arena memory, texts already
 * normalized). meta and hints come from the metadata stage and let the body
 * drop the headline, byline and dateline. A page without an article yields
 * *n == 0 and AD_OK. Fails only with AD_ERR_NOMEM or AD_ERR_TOOBIG. */
ad_status ad_body_extract(xmlDocPtr doc, const ad_meta *meta, const ad_meta_hints *hints,
                          ad_arena *a, ad_paragraph **paras, size_t *n, char *err,
                          size_t errlen);

/* Splits plain text into paragraphs at blank lines (text mode), normalizing
 * each. */
ad_status ad_body_from_text(const char *text, size_t len, ad_arena *a, ad_paragraph **paras,
                            size_t *n, char *err, size_t errlen);

#endif
