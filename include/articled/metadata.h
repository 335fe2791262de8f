/*
 * metadata.h - second stage: the article's metadata from the HTML tree.
 *
 * Sources, most trusted first: JSON-LD, OpenGraph / article:* / Twitter /
 * Dublin Core / named metas, <time datetime>, microdata, then the visible
 * page (the <h1>, byline lines, breadcrumbs) and the URL.
 */
#ifndef ARTICLED_METADATA_H
#define ARTICLED_METADATA_H

#include <stddef.h>
#include <libxml/HTMLparser.h>
#include "articled/arena.h"
#include "articled/article.h"

/* What the metadata stage learned that the body stage needs. Node pointers
 * point into the document and live as long as it does. */
typedef struct ad_meta_hints {
    const char *article_body; /* JSON-LD articleBody, or NULL */
    xmlNodePtr headline;      /* the element the title was taken from, or NULL */
    xmlNodePtr opening;       /* without one, a sole <h1> the metadata words apart (an
                                 SEO title): where the text opens, or NULL */
    xmlNodePtr byline;        /* the element holding the visible byline, or NULL */
    xmlNodePtr dateline;      /* the element holding the visible date when it is not
                                 inside the byline, or NULL */
    xmlNodePtr breadcrumb;    /* the breadcrumb trail, or NULL */
    xmlNodePtr lead_figure;   /* the <figure> the image caption came from, or NULL */
} ad_meta_hints;

/* Fills *out (zeroed first) from doc; url may be NULL. Strings are
 * allocated from a. Fails only with AD_ERR_NOMEM. */
ad_status ad_meta_extract(xmlDocPtr doc, const char *url, ad_arena *a, ad_meta *out,
                          ad_meta_hints *hints, char *err, size_t errlen);

/* The title without site names around it: "Headline - Site", "Site |
 * Headline", "Headline : Site" lose the site part when it matches site (the
 * site's name, may be NULL) or host (may be NULL), or when it is short and
 * the headline long. Returns an arena string (title itself when nothing is
 * cut), or NULL when out of memory. */
char *ad_meta_clean_title(ad_arena *a, const char *title, const char *site, const char *host);

/* Parses a photo credit out of a caption: "... [Photo/Xinhua]" gives caption
 * "..." and credit "Xinhua"; also "Photo: Reuters", "(AP Photo/Jane Doe)",
 * "Credit: ...", "© ...". *credit is NULL when there is none. Strings are
 * arena copies; fails only with AD_ERR_NOMEM. */
ad_status ad_meta_split_credit(ad_arena *a, const char *caption, const char **cap_out,
                               const char **credit);

/* Guesses the language of a text from its letters and common words; returns
 * a static BCP 47 code ("en", "zh"...) or NULL when unsure. */
const char *ad_meta_detect_language(const char *text, size_t len);

#endif
