/*
 * meta_internal.h - what the metadata stage's files share (not public).
 *
 * Every source (JSON-LD, metas, microdata, the visible page, the URL) offers
 * candidates with a rank; a field keeps the lowest-ranked candidate seen, so
 * the order in which the tree is walked does not matter. Allocation failures
 * set ctx->nomem and are reported once at the end.
 */
#ifndef ARTICLED_META_INTERNAL_H
#define ARTICLED_META_INTERNAL_H

#include <stddef.h>
#include "articled/arena.h"
#include "articled/article.h"

#define AD__META_MAX_RAW 24
#define AD__META_MAX_LIST 32

enum {
    AD__RANK_JSONLD = 10,
    AD__RANK_JSONLD_PAGE = 16,
    AD__RANK_MICRODATA = 38,
    AD__RANK_BYLINE = 45,
    AD__RANK_VISIBLE = 50,
    AD__RANK_URL = 60,
    AD__RANK_NONE = 1000
};

typedef struct ad__cand {
    const char *v;
    int rank;
    int rdfa; /* given by a <meta property=...>, which beats name= at equal rank */
} ad__cand;

/* Raw candidate strings of every rank (authors, dates): when the best one
 * does not parse, the next is tried. */
typedef struct ad__rawlist {
    const char *v[AD__META_MAX_RAW];
    int rank[AD__META_MAX_RAW];
    unsigned char trusted[AD__META_MAX_RAW]; /* a declared person: no outlet check */
    size_t n;
} ad__rawlist;

/* A list field filled from the best-ranked source (keywords, section). */
typedef struct ad__list {
    const char *v[AD__META_MAX_LIST];
    size_t n;
    int rank;
} ad__list;

typedef struct ad__meta_ctx {
    ad_arena *a;
    const char *url;
    char host[256];
    int nomem;
    ad__cand title, doc_title, description, publisher, site_name, language, canonical, image,
        article_body, jsonld_url;
    ad__rawlist authors, published, modified;
    ad__rawlist titles; /* every title offered (metas, JSON-LD), for the vote */
    ad__rawlist org_authors; /* authors JSON-LD types as an organization or outlet */
    ad__list keywords, section;
    int jsonld_article; /* an article object was read from JSON-LD */
    int jsonld_news;    /* ... typed as a news article ("NewsArticle", "ReportageNewsArticle") */
    char twitter_writer; /* N of the twitter:labelN that says "Written by" */
    int offer_rdfa;      /* the meta being read names its key with property= */
} ad__meta_ctx;

/* Offers value s[0..len) (normalized and copied when it wins) for a field. */
void ad__meta_offer(ad__meta_ctx *c, ad__cand *slot, const char *s, size_t len, int rank);

/* Offers a raw candidate string (an author, a date) to a list of them. */
void ad__meta_offer_raw(ad__meta_ctx *c, ad__rawlist *l, const char *s, size_t len, int rank);

/* Offers list items: s is split at commas (and semicolons, and " / " or
 * " > " when split_path) into items; items of the same rank accumulate. */
void ad__meta_offer_list(ad__meta_ctx *c, ad__list *l, const char *s, size_t len, int rank,
                         int split);

/* Reads one JSON-LD script's text. Invalid JSON is ignored. */
void ad__meta_jsonld(ad__meta_ctx *c, const char *text, size_t len);

/* Whether a URL is a site's root ("/", "https://example.com/", "/index.html"),
 * as a breadcrumb's home link is. */
int ad__meta_root_url(const char *u);

/* Whether two URLs name one page: equal, ignoring the scheme, a leading
 * "www.", the query, the fragment, closing slashes and ASCII case. */
int ad__meta_same_url(const char *a, const char *b);

#endif
