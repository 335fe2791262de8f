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
 * drop the headline, byline and dateline. A standfirst (a small block named
 * as a dek or summary before the first paragraph) is not a paragraph: it is
 * returned in *standfirst (arena memory, NULL when there is none; the
 * pointer may be NULL) for the description. A page without an article
 * yields *n == 0 and AD_OK. Fails only with AD_ERR_NOMEM or AD_ERR_TOOBIG. */
ad_status ad_body_extract(xmlDocPtr doc, const ad_meta *meta, const ad_meta_hints *hints,
                          ad_arena *a, ad_paragraph **paras, size_t *n, const char **standfirst,
                          char *err, size_t errlen);

/* Splits plain text into paragraphs at blank lines (text mode), normalizing
 * each. */
ad_status ad_body_from_text(const char *text, size_t len, ad_arena *a, ad_paragraph **paras,
                            size_t *n, char *err, size_t errlen);

/* What a single line of text is, as judged by ad_body_classify_line(). */
typedef enum ad_body_line {
    AD_LINE_CONTENT = 0, /* article text */
    AD_LINE_BOILERPLATE, /* a lexicon phrase: "Share", "Read more:", "(c) 2025 ..." */
    AD_LINE_DATELINE,    /* only a date or time: "Updated: 2025-09-29 09:33" */
    AD_LINE_BYLINE,      /* "By X | Outlet | ...", or a short line naming an author */
    AD_LINE_CONTACT      /* a short line holding an e-mail address, or an author's note with one */
} ad_body_line;

/* Classifies one normalized line (a candidate paragraph); meta (may be NULL)
 * supplies the author names. Lines over a few hundred bytes are content. */
ad_body_line ad_body_classify_line(const char *s, size_t len, const ad_meta *meta);

/* 1 when the line is a phrase of the boilerplate lexicon
 * (data/boilerplate.tsv) or holds only symbols, else 0. */
int ad_body_score_boilerplate(const char *s, size_t len);

/* Whether a short line is a tag crediting contributors ("With assistance
 * from Alicia Diaz", "Avec La Presse Canadienne": data/contributor_lines.tsv).
 * The body stage drops such a line when it closes the text. */
int ad_body_contributor_line(const char *s, size_t len);

/* Whether a paragraph of up to 70 words, no quote in it, asks the reader to
 * subscribe or support the outlet (data/closing_asks.tsv: "Subscribe to our
 * Telegram feeds", "Get this delivered to your inbox"). The body stage
 * drops such a paragraph when it closes the text. */
int ad_body_closing_ask(const char *s, size_t len);

/* Whether a line is a wire's sign-off, or a desk's signature ("Web Desk",
 * "Fibre2Fashion News Desk (RKS)": two to six capitalized words ending in
 * "Desk", initials in brackets after it or not): a dash, then one word of three to
 * eight capitals and nothing else ("— VNS", "-- BERNAMA", "– AFP"), or a
 * place and date stamp in brackets, without spaces, parts split by slashes,
 * with a year ("(Colombo/Feb28/2029)"). The body stage drops such a line when it closes
 * the text (a quote's "— FDR" or a list's "— BTS" inside it stay). */
int ad_body_signoff_line(const char *s, size_t len);

#endif
