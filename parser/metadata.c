/*
 * metadata.c - the article's metadata from the HTML tree.
 *
 * One walk over the whole document reads <meta>, <link>, <title>, JSON-LD
 * scripts, microdata and <time>, and notes the few elements the visible page
 * offers (the <h1>s, byline- and date-like elements, breadcrumbs, figures).
 * Every source offers candidates with a rank (meta_internal.h); a short,
 * targeted walk after the chosen headline then looks for a visible byline
 * line ("By ZHAO JIA | China Daily | Updated: 2025-09-29 09:33"). The
 * choices are made at the end: the title is the visible <h1> when it agrees
 * with the metadata, else the metadata title cleared of site names; dates
 * are cross-checked against the URL; local times get the outlet's home zone
 * (data/outlet_tz.tsv).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/uri.h>
#include <utf8proc.h>
#include "articled/author.h"
#include "articled/date.h"
#include "articled/dom.h"
#include "articled/gazetteer.h"
#include "articled/load.h"
#include "articled/metadata.h"
#include "articled/text.h"
#include "body_classes.h"
#include "caption_tails.h"
#include "credit_suffixes.h"
#include "headline_kickers.h"
#include "meta_internal.h"
#include "author_box_skip.h"
#include "author_paths.h"
#include "byline_lines.h"
#include "meta_keys.h"
#include "section_skip.h"
#include "taxonomy_classes.h"
#include "taxonomy_paths.h"
#include "json_date_keys.h"

#define MAX_H1         4
#define MAX_BYL        16
#define BYL_ASIDE      8 /* added to a byline mark's strength inside an <aside> */
#define MAX_DATES      12
#define MAX_FIG        6
#define MAX_CAP        12
#define MAX_H2         8
#define MAX_PRE        8
#define MAX_PRE_ASIDE  4
#define MAX_BIO        4
#define LINE_MAX_BYTES 300

/* ------------------------------------------------------------ candidates */

/* Decodes the character references that JSON-LD and double-escaped metas
 * leave in text (&amp; &quot; &#39; &#x2019;...), in place: each reference
 * is longer than its UTF-8 encoding. */
static void decode_entities(char *s)
{
    static const struct {
        const char *name;
        const char *utf8;
    } named[] = {{"amp;", "&"},
                 {"lt;", "<"},
                 {"gt;", ">"},
                 {"quot;", "\""},
                 {"apos;", "'"},
                 {"nbsp;", " "},
                 {"#39;", "'"},
                 {"rsquo;", "\xe2\x80\x99"},
                 {"lsquo;", "\xe2\x80\x98"},
                 {"ldquo;", "\xe2\x80\x9c"},
                 {"rdquo;", "\xe2\x80\x9d"},
                 {"mdash;", "\xe2\x80\x94"},
                 {"ndash;", "\xe2\x80\x93"}};
    char *w = s;
    for (char *r = s; *r;) {
        if (*r != '&') {
            *w++ = *r++;
            continue;
        }
        size_t k, done = 0;
        for (k = 0; k < sizeof(named) / sizeof(named[0]); k++) {
            size_t n = strlen(named[k].name);
            if (!strncmp(r + 1, named[k].name, n)) {
                size_t m = strlen(named[k].utf8);
                memmove(w, named[k].utf8, m);
                w += m, r += 1 + n, done = 1;
                break;
            }
        }
        if (!done && r[1] == '#') {
            char *end;
            int hex = r[2] == 'x' || r[2] == 'X';
            long cp = strtol(r + (hex ? 3 : 2), &end, hex ? 16 : 10);
            if (*end == ';' && end > r + (hex ? 3 : 2) && cp > 0 && cp <= 0x10FFFF &&
                !(cp >= 0xD800 && cp <= 0xDFFF)) {
                unsigned long c = (unsigned long)cp;
                if (c < 0x80) {
                    *w++ = (char)c;
                } else if (c < 0x800) {
                    *w++ = (char)(0xC0 | (c >> 6));
                    *w++ = (char)(0x80 | (c & 0x3F));
                } else if (c < 0x10000) {
                    *w++ = (char)(0xE0 | (c >> 12));
                    *w++ = (char)(0x80 | ((c >> 6) & 0x3F));
                    *w++ = (char)(0x80 | (c & 0x3F));
                } else {
                    *w++ = (char)(0xF0 | (c >> 18));
                    *w++ = (char)(0x80 | ((c >> 12) & 0x3F));
                    *w++ = (char)(0x80 | ((c >> 6) & 0x3F));
                    *w++ = (char)(0x80 | (c & 0x3F));
                }
                r = end + 1, done = 1;
            }
        }
        if (!done)
            *w++ = *r++;
    }
    *w = '\0';
}

/* A normalized arena copy with character references decoded. */
static char *clean_dup(ad__meta_ctx *c, const char *s, size_t len)
{
    char *t = ad_text_norm_dup(c->a, s, len, NULL);
    if (!t) {
        c->nomem = 1;
        return NULL;
    }
    if (strchr(t, '&')) {
        decode_entities(t);
        char *u = ad_text_norm_dup(c->a, t, strlen(t), NULL);
        if (!u)
            c->nomem = 1;
        t = u;
    }
    return t;
}

/* Whether s opens with a language tag: a primary subtag of two or three
 * letters, then subtags of two letters (region), four letters (script),
 * three digits (area) or five to eight letters and digits (variant), up
 * to a comma, a semicolon or a space ("en-US", "zh_Hans", "fr, en"). */
static int lang_tag_ok(const char *s, size_t len)
{
    size_t i = 0;
    while (i < len && s[i] == ' ')
        i++;
    for (int part = 0; i <= len; part++) {
        size_t b = i, letters = 0, digits = 0;
        while (i < len && s[i] != '-' && s[i] != '_' && s[i] != ',' && s[i] != ';' && s[i] != ' ') {
            if ((s[i] | 32) >= 'a' && (s[i] | 32) <= 'z')
                letters++;
            else if (s[i] >= '0' && s[i] <= '9')
                digits++;
            else
                return 0;
            i++;
        }
        size_t n = i - b;
        if (part == 0 ? (n < 2 || n > 3 || digits)
                      : !((n == 2 && !digits) || (n == 4 && !digits) || (n == 3 && !letters) ||
                          (n >= 5 && n <= 8)))
            return 0;
        if (i >= len || (s[i] != '-' && s[i] != '_'))
            return 1;
        i++;
    }
    return 0;
}

void ad__meta_offer(ad__meta_ctx *c, ad__cand *slot, const char *s, size_t len, int rank)
{
    /* RDFa's property= is how Open Graph and Dublin Core are specified; a
     * key given both ways ("DC.title" as name=, "dc:title" as property=)
     * counts in its property= form. */
    int better = rank < slot->rank || (rank == slot->rank && c->offer_rdfa && !slot->rdfa);
    if (s && slot == &c->title && c->titles.n < AD__META_MAX_RAW) {
        /* Every title source is kept: the sources vote when they differ. */
        char *t = clean_dup(c, s, len);
        if (!t || !*t)
            return;
        c->titles.v[c->titles.n] = t;
        c->titles.rank[c->titles.n++] = rank;
        if (better)
            slot->v = t, slot->rank = rank, slot->rdfa = c->offer_rdfa;
        return;
    }
    if (!s || !better)
        return;
    /* A language must read as one ("utf-8" in Content-Language does not):
     * a lower-ranked source that does then speaks. */
    if (slot == &c->language && !lang_tag_ok(s, len))
        return;
    char *t = clean_dup(c, s, len);
    if (!t || !*t)
        return;
    slot->v = t;
    slot->rank = rank;
    slot->rdfa = c->offer_rdfa;
}

void ad__meta_offer_raw(ad__meta_ctx *c, ad__rawlist *l, const char *s, size_t len, int rank)
{
    if (!s || l->n >= AD__META_MAX_RAW)
        return;
    char *t = clean_dup(c, s, len);
    if (!t || !*t)
        return;
    l->v[l->n] = t;
    l->rank[l->n++] = rank;
}

static void list_push(ad__meta_ctx *c, ad__list *l, const char *s, size_t len)
{
    char *t = clean_dup(c, s, len);
    if (!t || !*t || l->n >= AD__META_MAX_LIST)
        return;
    for (size_t i = 0; i < l->n; i++)
        if (!ad_text_casecmp(l->v[i], t))
            return;
    l->v[l->n++] = t;
}

void ad__meta_offer_list(ad__meta_ctx *c, ad__list *l, const char *s, size_t len, int rank,
                         int split)
{
    if (!s || rank > l->rank)
        return;
    if (rank < l->rank) {
        l->n = 0;
        l->rank = rank;
    }
    if (!split) {
        list_push(c, l, s, len);
        return;
    }
    size_t start = 0;
    for (size_t k = 0; k <= len; k++) {
        if (k == len || s[k] == ',' || s[k] == ';' || s[k] == '|') {
            list_push(c, l, s + start, k - start);
            start = k + 1;
        }
    }
}

/* ------------------------------------------------------------ the walk */

typedef struct seen {
    xmlNodePtr n;
    size_t ord;
    int strength;
} seen;

typedef struct walk {
    xmlNodePtr root, body;
    seen h1[MAX_H1];
    size_t nh1;
    seen byl[MAX_BYL];
    size_t nbyl;
    size_t byl_ring;
    seen dates[MAX_DATES];
    size_t ndates;
    int script_date;      /* a date was read from a script's JSON */
    int noise_time;       /* a <time> inside navigation or an aside was offered */
    xmlNodePtr noise_end; /* inside nav/aside/footer until this node */
    int noise_aside;      /* ... and that node closes an <aside> */
    seen figs[MAX_FIG];
    size_t nfig;
    seen caps[MAX_CAP]; /* elements whose class names a caption, outside <figure>s too */
    size_t ncap;
    xmlNodePtr crumbs;
    seen h2[MAX_H2]; /* h2/h3 outside navigation: the headline when no h1 is */
    size_t nh2;
    seen pre[MAX_PRE]; /* elements whose text opens with a byline prefix */
    size_t npre;
    seen pre_aside[MAX_PRE_ASIDE]; /* the same inside an <aside>, kept apart */
    size_t npre_aside;
    seen bio[MAX_BIO]; /* parts of an author box: "author-bio", "author__photo" */
    size_t nbio;
    xmlNodePtr comment_end; /* inside a comment thread until this node */
    xmlNodePtr copyright;   /* the last element whose own text holds a copyright sign */
    size_t ord;
} walk;

static int tag_in(const char *name, const char *const *list)
{
    for (; *list; list++)
        if (!strcmp(name, *list))
            return 1;
    return 0;
}

static const char *lookup_key(const char *key, int *rank)
{
    for (size_t r = 0; r < ad_tbl_meta_keys_len; r++) {
        if (!ad_text_casecmp(ad_tbl_meta_keys[r][0], key)) {
            *rank = (int)strtol(ad_tbl_meta_keys[r][2], NULL, 10);
            return ad_tbl_meta_keys[r][1];
        }
    }
    return NULL;
}

static void read_meta(ad__meta_ctx *c, xmlNodePtr n)
{
    const char *content = ad_dom_attr(n, "content");
    if (!content || !*content)
        return;
    static const char *const attrs[] = {"property", "name", "itemprop", "http-equiv", NULL};
    for (const char *const *at = attrs; *at; at++) {
        const char *key = ad_dom_attr(n, *at);
        if (!key)
            continue;
        /* Some frameworks put the page's JSON-LD in a meta tag's content
         * (<meta name="script:ld+json" content="{...}">). */
        if (ad_text_icontains(key, "ld+json") && (*content == '{' || *content == '[')) {
            ad__meta_jsonld(c, content, strlen(content));
            return;
        }
        /* RDFa lets one meta carry several properties ("dc:title og:title"):
         * the best-ranked known one counts. */
        int rank = AD__RANK_NONE;
        const char *field = NULL;
        for (const char *k = key; *k;) {
            while (*k == ' ')
                k++;
            size_t kl = strcspn(k, " ");
            char one[64];
            if (kl && kl < sizeof(one)) {
                memcpy(one, k, kl);
                one[kl] = '\0';
                int r;
                const char *f = lookup_key(one, &r);
                if (f && r < rank)
                    field = f, rank = r;
            }
            k += kl;
        }
        /* Twitter card pairs: twitter:label1 "Written by", twitter:data1
         * the writer's name (WordPress SEO plugins print them). */
        if (!field && !ad_text_ncasecmp(key, "twitter:label", 13) && key[13] && !key[14] &&
            !ad_text_casecmp(content, "Written by"))
            c->twitter_writer = key[13];
        if (!field && c->twitter_writer && !ad_text_ncasecmp(key, "twitter:data", 12) &&
            key[12] == c->twitter_writer && !key[13]) {
            ad__meta_offer_raw(c, &c->authors, content, strlen(content), 24);
            return;
        }
        if (!field) {
            /* An unlisted key naming a publication date ("w-published-date",
             * "published") counts below the listed ones when it holds one. */
            ad_date d;
            if (!ad_text_icontains(key, "publish") || ad_text_icontains(key, "publisher") ||
                !ad_date_parse(content, strlen(content), &d))
                continue;
            field = "published", rank = 34;
        }
        size_t len = strlen(content);
        c->offer_rdfa = !strcmp(*at, "property");
        switch (field[0]) {
        case 't':
            ad__meta_offer(c, &c->title, content, len, rank);
            break;
        case 'd':
            ad__meta_offer(c, &c->description, content, len, rank);
            break;
        case 'a':
            ad__meta_offer_raw(c, &c->authors, content, len, rank);
            break;
        case 'p':
            if (!strcmp(field, "publisher"))
                ad__meta_offer(c, &c->publisher, content, len, rank);
            else
                ad__meta_offer_raw(c, &c->published, content, len, rank);
            break;
        case 'm':
            ad__meta_offer_raw(c, &c->modified, content, len, rank);
            break;
        case 's':
            ad__meta_offer_list(c, &c->section, content, len, rank, 1);
            break;
        case 'k':
            ad__meta_offer_list(c, &c->keywords, content, len, rank, 1);
            break;
        case 'i':
            ad__meta_offer(c, &c->image, content, len, rank);
            break;
        case 'c':
            ad__meta_offer(c, &c->canonical, content, len, rank);
            break;
        case 'l':
            ad__meta_offer(c, &c->language, content, len, rank);
            break;
        }
        c->offer_rdfa = 0; /* other sources (JSON-LD, the page) offer as name= */
        return;
    }
}

static void read_jsonld_script(ad__meta_ctx *c, xmlNodePtr n)
{
    const char *type = ad_dom_attr(n, "type");
    if (!type || !ad_text_icontains(type, "ld+json"))
        return;
    /* The script's text is usually one node; join several when not. */
    xmlNodePtr ch = n->children;
    if (ch && !ch->next && ch->content) {
        ad__meta_jsonld(c, (const char *)ch->content, strlen((const char *)ch->content));
        return;
    }
    ad_buf b;
    ad_buf_init(&b, 1u << 20);
    for (; ch; ch = ch->next)
        if (ch->content && ad_buf_puts(&b, (const char *)ch->content) != AD_OK)
            break;
    if (b.len)
        ad__meta_jsonld(c, b.data, b.len);
    ad_buf_free(&b);
}

/* Whether s[0..n) is one of the JSON keys naming a publication date. */
static int json_date_key(const char *s, size_t n)
{
    for (size_t r = 0; r < ad_tbl_json_date_keys_len; r++)
        if (strlen(ad_tbl_json_date_keys[r][0]) == n &&
            !ad_text_ncasecmp(s, ad_tbl_json_date_keys[r][0], n))
            return 1;
    return 0;
}

/* A publication date in JSON that a script which is not JSON-LD embeds
 * ("publishDate":"2025-05-27", also escaped inside a string as
 * \"datePublished\":\"...\"): the first one found, offered below every
 * marked source. One search per script for the part the keys share. */
static int script_json_date(ad__meta_ctx *c, const char *t)
{
    /* The loader keeps only the scripts holding this key part (load.h). */
    for (const char *p = strstr(t, AD_LOAD_SCRIPT_DATE_KEY); p;
         p = strstr(p + 6, AD_LOAD_SCRIPT_DATE_KEY)) {
        const char *ks = p - 1;
        int steps = 0;
        while (ks > t && steps < 12 && ks[-1] != '"' &&
               (((ks[-1] | 32) >= 'a' && (ks[-1] | 32) <= 'z') || ks[-1] == '_'))
            ks--, steps++;
        if (ks <= t || ks[-1] != '"')
            continue;
        const char *ke = p + 6;
        while (((*ke | 32) >= 'a' && (*ke | 32) <= 'z') || *ke == '_')
            ke++;
        if (!json_date_key(ks, (size_t)(ke - ks)))
            continue;
        const char *v = ke;
        if (*v == '\\')
            v++;
        if (*v++ != '"')
            continue;
        while (*v == ' ')
            v++;
        if (*v++ != ':')
            continue;
        while (*v == ' ')
            v++;
        if (*v == '\\')
            v++;
        if (*v++ != '"')
            continue;
        size_t vl = 0;
        while (vl < 40 && v[vl] && v[vl] != '"' && v[vl] != '\\')
            vl++;
        ad_date d;
        if (vl >= 8 && vl < 40 && ad_date_parse(v, vl, &d)) {
            ad__meta_offer_raw(c, &c->published, v, vl, 52);
            return 1;
        }
    }
    return 0;
}

/* Attribute values are tested against many keywords; they are lowered
 * once per element (lower_into) so each test is a plain strstr. */
static int has_word(const char *v, const char *w)
{
    return v && strstr(v, w);
}

static const char *lower_into(const char *v, char *buf, size_t size);

/* Whether a class holds one of the caption names the body stage reads
 * anywhere in a class (data/body_classes.tsv rows "sub" "caption": a
 * picture's description, "image-desc", "photo_description"). */
static int picture_desc_class(const char *cls)
{
    char cb[96];
    const char *v = lower_into(cls, cb, sizeof(cb));
    for (size_t r = 0; v && r < ad_tbl_body_classes_len; r++)
        if (!strcmp(ad_tbl_body_classes[r][2], "caption") &&
            !strcmp(ad_tbl_body_classes[r][1], "sub") && strstr(v, ad_tbl_body_classes[r][0]))
            return 1;
    return 0;
}

static const char *lower_into(const char *v, char *buf, size_t size)
{
    if (!v)
        return NULL;
    size_t n = 0;
    for (; v[n] && n + 1 < size; n++)
        buf[n] = (v[n] >= 'A' && v[n] <= 'Z') ? (char)(v[n] + 32) : v[n];
    buf[n] = '\0';
    return buf;
}

/* Keywords looked for inside attribute values (class, id, rel, itemprop,
 * aria-label, itemtype), as substrings and ignoring ASCII case. Each
 * element's values are scanned once into a bit set (attr_words) instead of
 * one strstr per keyword: most elements carry a class, and the walk asks a
 * score of questions about it. */
enum {
    AW_BYLINE = 1u << 0,
    AW_AUTHOR = 1u << 1,
    AW_WRITER = 1u << 2,
    AW_COMMENT = 1u << 3,
    AW_AVATAR = 1u << 4,
    AW_BIO = 1u << 5,
    AW_IMG = 1u << 6,
    AW_IMAGE = 1u << 7,
    AW_PHOTO = 1u << 8,
    AW_AUTHORITY = 1u << 9,
    AW_SOCIAL = 1u << 10,
    AW_SHARE = 1u << 11,
    AW_DATE = 1u << 12,
    AW_PUBLISH = 1u << 13,
    AW_POSTED = 1u << 14,
    AW_TIMESTAMP = 1u << 15,
    AW_DATELINE = 1u << 16,
    AW_TIME = 1u << 17,
    AW_UPDAT = 1u << 18,
    AW_MODIF = 1u << 19,
    AW_EDITED = 1u << 20,
    AW_CRUMB = 1u << 21,
    AW_BREADCRUMB = 1u << 22,
    AW_BREADCRUMBLIST = 1u << 23,
    AW_CREATOR = 1u << 24,
    AW_VIEW = 1u << 25,
    AW_DESCR = 1u << 26,
    AW_CAPTION = 1u << 27,
    AW_AUTOR = 1u << 28, /* "autor...": an author's box only as autor_word() says */
};

typedef struct attr_word {
    const char *w;
    unsigned bit;
    int word_start; /* must open a word: "views", not "reviews" or "preview" */
} attr_word;

/* The keywords by first letter, so that each byte of a value is compared
 * with the few words that can start there. */
#define ATTR_WORDS_PER_LETTER 6
static const attr_word attr_words_by_letter[26][ATTR_WORDS_PER_LETTER] = {
    ['a' - 'a'] =
        {
            {"author", AW_AUTHOR, 0},
            {"avatar", AW_AVATAR, 0},
            {"authority", AW_AUTHORITY, 0},
            /* "autor", "autore", "autorius": the author in most European
             * languages (checked by autor_word(): not "autorefresh",
             * "autoridades") */
            {"autor", AW_AUTOR, 1},
        },
    ['b' - 'a'] = {{"byline", AW_BYLINE, 0},
                   {"bio", AW_BIO, 0},
                   {"breadcrumb", AW_BREADCRUMB, 0},
                   {"breadcrumblist", AW_BREADCRUMBLIST, 0},
                   /* breadcrumbs in German ("brotkrumen") and Dutch
                    * ("kruimelpad"); not the French "fil-ariane": "ar"
                    * opens too many names ("article") to test each */
                   {"brotkrumen", AW_CRUMB | AW_BREADCRUMB, 0}},
    ['c' - 'a'] = {{"comment", AW_COMMENT, 0},
                   {"crumb", AW_CRUMB, 0},
                   {"creator", AW_CREATOR, 0},
                   {"caption", AW_CAPTION, 0}},
    ['d' - 'a'] = {{"date", AW_DATE, 0},
                   {"dateline", AW_DATELINE, 0},
                   {"descr", AW_DESCR, 1},
                   {"didascalia", AW_CAPTION, 0}},
    ['e' - 'a'] = {{"edited", AW_EDITED, 0}},
    ['i' - 'a'] = {{"img", AW_IMG, 0}, {"image", AW_IMAGE, 0}},
    /* the caption in Spanish and in Portuguese (see caption_class()) */
    ['k' - 'a'] = {{"kruimel", AW_CRUMB | AW_BREADCRUMB, 0}},
    ['l' - 'a'] = {{"leyenda", AW_CAPTION, 0}, {"legenda", AW_CAPTION, 0}},
    ['m' - 'a'] = {{"modif", AW_MODIF, 0}},
    ['p' - 'a'] = {{"photo", AW_PHOTO, 0}, {"publish", AW_PUBLISH, 0}, {"posted", AW_POSTED, 0}},
    ['s' - 'a'] = {{"social", AW_SOCIAL, 0}, {"share", AW_SHARE, 0}},
    ['t' - 'a'] = {{"timestamp", AW_TIMESTAMP, 0}, {"time", AW_TIME, 0}},
    ['u' - 'a'] = {{"updat", AW_UPDAT, 0}},
    ['v' - 'a'] = {{"view", AW_VIEW, 1}},
    ['w' - 'a'] = {{"writer", AW_WRITER, 0}},
};

/* Whether a class or id holds the word for an author in another language
 * as a whole word: "autor", "autora", "autore", "autori", "autores",
 * "autorius", "autorka" ("autorius_data", "post-autor"; not "autorefresh",
 * "autoreload", "autoridades"). */
static int autor_word(const char *v)
{
    static const char *const forms[] = {"autorius", "autores", "autorka", "autora",
                                        "autore",   "autori",  "autor"};
    for (const char *p = v; p && *p; p++) {
        if ((*p | 32) != 'a' || (p > v && ((p[-1] | 32) >= 'a' && (p[-1] | 32) <= 'z')))
            continue;
        for (size_t k = 0; k < sizeof(forms) / sizeof(forms[0]); k++) {
            size_t n = strlen(forms[k]);
            if (!ad_text_ncasecmp(p, forms[k], n) && !(((p[n] | 32) >= 'a' && (p[n] | 32) <= 'z')))
                return 1;
        }
    }
    return 0;
}

/* For each first letter, the set of letters that follow it in one of the
 * keywords: most bytes of a value start no keyword, and this rejects them
 * with one look at the next byte. Built once per walk from the table above. */
typedef struct attr_bigrams {
    uint32_t next[26];
} attr_bigrams;

static void attr_bigrams_init(attr_bigrams *b)
{
    for (int c = 0; c < 26; c++) {
        b->next[c] = 0;
        for (int k = 0; k < ATTR_WORDS_PER_LETTER && attr_words_by_letter[c][k].w; k++)
            b->next[c] |= 1u << (attr_words_by_letter[c][k].w[1] - 'a');
    }
}

/* The keywords found in the first max bytes of v (NULL: none). Only that
 * prefix (max - 1 bytes) is read, as the lowered copies the tests were once
 * made on were capped. */
static unsigned attr_words(const attr_bigrams *b, const char *v, size_t max)
{
    unsigned found = 0;
    if (!v)
        return 0;
    for (size_t i = 0; i + 1 < max && v[i]; i++) {
        unsigned c = ((unsigned char)v[i] | 0x20u) - 'a';
        unsigned d = ((unsigned char)v[i + 1] | 0x20u) - 'a';
        if (c >= 26 || d >= 26 || !(b->next[c] >> d & 1u))
            continue;
        const attr_word *row = attr_words_by_letter[c];
        for (const attr_word *k = row; k < row + ATTR_WORDS_PER_LETTER && k->w; k++) {
            size_t j = 1;
            while (k->w[j] && i + j + 1 < max &&
                   ((unsigned char)v[i + j] | 0x20u) == (unsigned char)k->w[j])
                j++;
            if (!k->w[j] &&
                (!k->word_start || i == 0 || (((unsigned char)v[i - 1] | 0x20u) - 'a') >= 26))
                found |= k->bit;
        }
    }
    return found;
}

/* Whether a class names the author of a picture as a BEM element of it
 * ("photo__author", "image__author"): the picture's credit, not a part of
 * an author box. */
static int picture_author(const attr_bigrams *b, const char *cls)
{
    for (const char *t = cls; t && *t;) {
        size_t n = strcspn(t, " \t\n");
        const char *u = memmem(t, n, "__", 2);
        char block[48];
        if (u && (size_t)(u - t) < sizeof(block) &&
            (attr_words(b, u + 2, (size_t)(t + n - u - 2) + 1) & (AW_AUTHOR | AW_WRITER))) {
            memcpy(block, t, (size_t)(u - t));
            block[u - t] = '\0';
            if (attr_words(b, block, sizeof(block)) & (AW_PHOTO | AW_IMG | AW_IMAGE))
                return 1;
        }
        t += n;
        t += strspn(t, " \t\n");
    }
    return 0;
}

/* Class and id names that mark a byline; an "author" box holding a bio or
 * a description, an avatar, comments or a view count ("author-views") is
 * not one.
 * Arguments are attr_words() sets. */
static int byline_strength(unsigned cls, unsigned id, unsigned rel, unsigned itemprop)
{
    if ((itemprop & (AW_AUTHOR | AW_CREATOR)) || (rel & AW_AUTHOR))
        return 3;
    int s = 0;
    for (int k = 0; k < 2; k++) {
        unsigned v = k ? id : cls;
        if (v & AW_BYLINE)
            s = 3;
        else if ((v & (AW_AUTHOR | AW_WRITER)) && s < 2)
            s = 2;
        if (v & (AW_COMMENT | AW_AVATAR | AW_BIO | AW_IMG | AW_IMAGE | AW_PHOTO | AW_AUTHORITY |
                 AW_SOCIAL | AW_SHARE | AW_VIEW | AW_DESCR))
            return 0;
    }
    return s;
}

#define AW_DATEY    (AW_DATE | AW_PUBLISH | AW_POSTED | AW_TIMESTAMP | AW_DATELINE | AW_TIME)
#define AW_MODIFIED (AW_UPDAT | AW_MODIF | AW_EDITED)

/* Whether the <dd> d follows a <dt> that holds a picture, and says more
 * than links: a teaser card sets its title in a link. */
static int dt_picture(xmlNodePtr d)
{
    for (xmlNodePtr k = d->children; k; k = k->next)
        if (k->type == XML_ELEMENT_NODE && ad_dom_is(k, "a"))
            return 0;
    xmlNodePtr t = ad_dom_prev_element(d);
    if (!t || !ad_dom_is(t, "dt"))
        return 0;
    for (xmlNodePtr k = t->children; k; k = ad_dom_next(k, t))
        if (ad_dom_is(k, "img") || ad_dom_is(k, "picture"))
            return 1;
    return 0;
}

/* Whether the <dt> before the <dd> d holds img. */
static int dt_holds(xmlNodePtr d, xmlNodePtr img)
{
    xmlNodePtr t = ad_dom_prev_element(d);
    return t && ad_dom_is(t, "dt") && ad_dom_within(img, t);
}

/* Whether an <h1> lies within the first few thousand nodes under n. */
static int holds_h1(xmlNodePtr n)
{
    int visited = 0;
    for (xmlNodePtr d = n->children; d && visited < 5000; d = ad_dom_next(d, n), visited++)
        if (d->type == XML_ELEMENT_NODE && ad_dom_is(d, "h1"))
            return 1;
    return 0;
}

/* Byline candidates: the last few before the first headline (a ring), then
 * the first ones after it, so navigation cannot use up the slots. */
static void note_byline(walk *w, xmlNodePtr node, int strength)
{
    if (w->nh1 == 0) {
        size_t i = w->nbyl < MAX_BYL / 2 ? w->nbyl++ : (w->byl_ring++ % (MAX_BYL / 2));
        w->byl[i] = (seen){node, w->ord, strength};
        return;
    }
    if (w->nbyl < MAX_BYL)
        w->byl[w->nbyl++] = (seen){node, w->ord, strength};
}

static void note(seen *arr, size_t *n, size_t max, xmlNodePtr node, size_t ord, int strength)
{
    if (*n < max) {
        arr[*n].n = node;
        arr[*n].ord = ord;
        arr[*n].strength = strength;
        (*n)++;
    }
}

/* A date written in an element: its content/datetime attribute or text. */
/* The machine-readable date an element carries: content=, datetime=, or
 * an <abbr>'s title= (microformats: <abbr class="published"
 * title="2025-11-23T16:42:00-06:00">4:42 PM</abbr>); NULL if none. */
static const char *element_date_attr(xmlNodePtr n)
{
    const char *v = ad_dom_attr(n, "content");
    if (!v || !*v)
        v = ad_dom_attr(n, "datetime");
    if ((!v || !*v) && ad_dom_is(n, "abbr"))
        v = ad_dom_attr(n, "title");
    return v && *v ? v : NULL;
}

static void offer_element_date(ad__meta_ctx *c, xmlNodePtr n, int modified, int rank)
{
    const char *v = element_date_attr(n);
    ad__rawlist *l = modified ? &c->modified : &c->published;
    if (v && *v) {
        ad__meta_offer_raw(c, l, v, strlen(v), rank);
        return;
    }
    char *t = ad_dom_text_norm(n, c->a, 200, 0);
    if (!t)
        c->nomem = 1;
    else if (*t)
        ad__meta_offer_raw(c, l, t, strlen(t), rank + 4);
}

/* Whether a text node opens with a byline prefix ("By", "Written by",
 * "Author:") followed by a space, a colon or its end: such lines are byline
 * candidates anywhere on the page. Only the first bytes are looked at. */
static int opens_with_prefix(const char *t, int two_words)
{
    if (!t)
        return 0;
    while (*t == ' ' || *t == '\n' || *t == '\t' || *t == '\r')
        t++;
    char c0 = (char)(*t | 32);
    if (c0 < 'a' || c0 > 'z')
        return 0;
    for (size_t r = 0; r < ad_tbl_byline_lines_len; r++) {
        /* Every text node of the page comes here: the first letter is
         * compared before anything else. */
        const char *p = ad_tbl_byline_lines[r][0];
        if ((p[0] | 32) != c0 || (two_words && !strchr(p, ' ')))
            continue;
        size_t pl = strlen(p);
        if (!ad_text_ncasecmp(t, p, pl) && (t[pl] == ' ' || t[pl] == ':' || t[pl] == '\0' ||
                                            t[pl] == '\n' || (unsigned char)t[pl] == 0xc2))
            return 1;
    }
    return 0;
}

/* What the walk does with an element, decided once per element from its
 * name (tag_kind) instead of a chain of string comparisons. */
enum {
    TK_OTHER,
    TK_SCRIPT,
    TK_SKIP,
    TK_META,
    TK_LINK,
    TK_TITLE,
    TK_HTML,
    TK_H1,
    TK_H23,
    TK_FIGURE,
    TK_DD,
    TK_TIME,
    TK_MAIN,
    TK_NOISE,
    TK_A,
};

static const struct {
    const char *name;
    int kind;
} walk_tags[] = {
    {"script", TK_SCRIPT}, {"style", TK_SKIP},    {"noscript", TK_SKIP}, {"template", TK_SKIP},
    {"svg", TK_SKIP},      {"select", TK_SKIP},   {"iframe", TK_SKIP},   {"object", TK_SKIP},
    {"canvas", TK_SKIP},   {"math", TK_SKIP},     {"meta", TK_META},     {"link", TK_LINK},
    {"title", TK_TITLE},   {"html", TK_HTML},     {"h1", TK_H1},         {"h2", TK_H23},
    {"h3", TK_H23},        {"figure", TK_FIGURE}, {"time", TK_TIME},     {"nav", TK_NOISE},
    {"aside", TK_NOISE},   {"form", TK_NOISE},    {"main", TK_MAIN},     {"a", TK_A},
    {"dd", TK_DD},
};

#define WALK_TAGS (sizeof(walk_tags) / sizeof(walk_tags[0]))

/* walk_tags' rows by first letter: rows[at[c]..at[c + 1]) start with 'a' + c.
 * The commonest elements (div, p, span, li) start with letters few rows or
 * none start with; a scan of the whole table for each of them was most of
 * tag_kind's time. Built once per walk (a few dozen rows). */
typedef struct walk_tag_index {
    uint8_t at[27];
    uint8_t rows[WALK_TAGS];
} walk_tag_index;

static void walk_tag_index_init(walk_tag_index *ix)
{
    size_t k = 0;
    for (int c = 0; c < 26; c++) {
        ix->at[c] = (uint8_t)k;
        for (size_t i = 0; i < WALK_TAGS; i++)
            if (walk_tags[i].name[0] == 'a' + c)
                ix->rows[k++] = (uint8_t)i;
    }
    ix->at[26] = (uint8_t)k;
}

static int tag_kind(const walk_tag_index *ix, const char *name)
{
    unsigned c = (unsigned char)name[0] - 'a';
    if (c >= 26)
        return TK_OTHER;
    for (size_t k = ix->at[c]; k < ix->at[c + 1]; k++)
        if (!strcmp(walk_tags[ix->rows[k]].name, name))
            return walk_tags[ix->rows[k]].kind;
    return TK_OTHER;
}

/* Whether line n (a byline or a date found under headline h by
 * scan_after_headline(), so after it) stands in h's header: within the
 * element three levels above h. An <h1> with the article's byline or date
 * under it opens the article; one without is a heading of the text (a
 * subtitle the page set in an <h1>). */
static int header_of(xmlNodePtr h, xmlNodePtr n)
{
    if (!h || !n || ad_dom_within(h, n))
        return 0;
    xmlNodePtr top = h;
    for (int i = 0; i < 3 && top->parent && top->parent->type == XML_ELEMENT_NODE; i++)
        top = top->parent;
    return ad_dom_within(n, top);
}

/* Whether n or one of its ancestors, levels up at most, is a tag element. */
static int in_tag(xmlNodePtr n, const char *tag, int levels)
{
    for (int up = 0; up <= levels && n && n->type == XML_ELEMENT_NODE; up++, n = n->parent)
        if (ad_dom_is(n, tag))
            return 1;
    return 0;
}

/* Whether n sits inside a list item (a few levels up). */
static int in_list_item(xmlNodePtr n)
{
    return in_tag(n, "li", 5);
}

/* Whether a link points to a writer's page (data/author_paths.tsv); with
 * chips, also the pages trusted only inside a byline box. */
static int author_page_link(xmlNodePtr a, int chips)
{
    const char *href = ad_dom_attr(a, "href");
    for (size_t r = 0; href && r < ad_tbl_author_paths_len; r++)
        if ((chips || !strcmp(ad_tbl_author_paths[r][1], "byline")) &&
            strstr(href, ad_tbl_author_paths[r][0]))
            return 1;
    return 0;
}

/* Whether element n holds text other than white space (within its first
 * 32 nodes). */
static int holds_text(xmlNodePtr n)
{
    int visited = 0;
    for (xmlNodePtr d = n->children; d && visited < 32; d = ad_dom_next(d, n), visited++)
        if (d->type == XML_TEXT_NODE && d->content &&
            d->content[strspn((const char *)d->content, " \t\r\n")])
            return 1;
    return 0;
}

/* Links to an author page (/author/jane-doe, /authors/jane-doe) are byline
 * candidates; not an avatar's link, which holds a picture and no text (a
 * list of the authors' photos over the byline that names them all). */
static void note_author_link(walk *w, xmlNodePtr n)
{
    if (author_page_link(n, 0) && holds_text(n))
        note_byline(w, n, 2);
}

static void walk_doc(ad__meta_ctx *c, walk *w)
{
    xmlNodePtr root = w->root;
    attr_bigrams bg;
    attr_bigrams_init(&bg);
    walk_tag_index tags;
    walk_tag_index_init(&tags);
    for (xmlNodePtr n = root; n;) {
        if (n == w->noise_end)
            w->noise_end = NULL;
        if (n == w->comment_end)
            w->comment_end = NULL;
        if (n->type != XML_ELEMENT_NODE || !n->name) {
            if (n->type == XML_TEXT_NODE && n->parent && n->content &&
                strstr((const char *)n->content, "\xc2\xa9"))
                w->copyright = n->parent;
            /* In an <aside> a credit is kept apart, so that a sidebar of
             * teasers cannot use up the slots: it counts after all others. */
            int aside = w->noise_end && w->noise_aside;
            if (n->type == XML_TEXT_NODE && n->parent && (!w->noise_end || aside) &&
                !w->comment_end && (aside ? w->npre_aside < MAX_PRE_ASIDE : w->npre < MAX_PRE) &&
                opens_with_prefix((const char *)n->content, 0) && n->parent->name &&
                strcmp((const char *)n->parent->name, "code") &&
                strcmp((const char *)n->parent->name, "pre")) {
                if (aside)
                    note(w->pre_aside, &w->npre_aside, MAX_PRE_ASIDE, n->parent, w->ord, 0);
                else
                    note(w->pre, &w->npre, MAX_PRE, n->parent, w->ord, 0);
            }
            n = ad_dom_next(n, root);
            continue;
        }
        int kind = tag_kind(&tags, (const char *)n->name);
        w->ord++;
        if (kind == TK_SCRIPT) {
            read_jsonld_script(c, n);
            const char *ty = ad_dom_attr(n, "type");
            if (!w->script_date && !(ty && ad_text_icontains(ty, "ld+json")))
                for (xmlNodePtr ch = n->children; ch && !w->script_date; ch = ch->next)
                    if (ch->content)
                        w->script_date = script_json_date(c, (const char *)ch->content);
            n = ad_dom_skip(n, root);
            continue;
        }
        if (kind == TK_SKIP) {
            n = ad_dom_skip(n, root);
            continue;
        }
        switch (kind) {
        case TK_META:
            read_meta(c, n);
            break;
        case TK_LINK: {
            const char *rel = ad_dom_attr(n, "rel"), *href = ad_dom_attr(n, "href");
            if (rel && href && !ad_text_casecmp(rel, "canonical"))
                ad__meta_offer(c, &c->canonical, href, strlen(href), 15);
            break;
        }
        case TK_TITLE:
            if (!c->doc_title.v) {
                char *t = ad_dom_text_norm(n, c->a, 2048, 0);
                if (!t)
                    c->nomem = 1;
                else if (*t)
                    ad__meta_offer(c, &c->doc_title, t, strlen(t), 50);
            }
            break;
        case TK_HTML: {
            const char *lang = ad_dom_attr(n, "lang");
            if (!lang)
                lang = ad_dom_attr(n, "xml:lang");
            if (lang && *lang)
                ad__meta_offer(c, &c->language, lang, strlen(lang), 20);
            break;
        }
        case TK_H1:
            if (!w->noise_end)
                note(w->h1, &w->nh1, MAX_H1, n, w->ord, 0);
            break;
        case TK_H23:
            if (!w->noise_end)
                note(w->h2, &w->nh2, MAX_H2, n, w->ord, 0);
            break;
        case TK_FIGURE:
            note(w->figs, &w->nfig, MAX_FIG, n, w->ord, 0);
            break;
        case TK_DD:
            /* A picture set as a definition list is a figure. */
            if (n->parent && ad_dom_is(n->parent, "dl") && dt_picture(n) &&
                !(w->nfig && w->figs[w->nfig - 1].n == n->parent))
                note(w->figs, &w->nfig, MAX_FIG, n->parent, w->ord, 0);
            break;
        case TK_TIME: {
            const char *dt = ad_dom_attr(n, "datetime");
            char b3[48];
            unsigned tc = attr_words(&bg, ad_dom_attr(n, "class"), 96);
            unsigned pc = n->parent ? attr_words(&bg, ad_dom_attr(n->parent, "class"), 96) : 0;
            int strong =
                ad_dom_attr(n, "pubdate") || (tc & AW_PUBLISH) ||
                has_word(lower_into(ad_dom_attr(n, "itemprop"), b3, sizeof(b3)), "datepublished");
            int mod = ((tc | pc) & AW_MODIFIED) != 0;
            if (dt && *dt && !w->noise_end) {
                ad__meta_offer_raw(c, mod ? &c->modified : &c->published, dt, strlen(dt),
                                   strong ? 30 : 44);
            } else if (dt && *dt && !w->noise_time && !mod) {
                /* Some layouts set the article's facts in an <aside>; the
                 * first time there counts when nothing better is known. */
                ad__meta_offer_raw(c, &c->published, dt, strlen(dt), 57);
                w->noise_time = 1;
            }
            break;
        }
        case TK_MAIN:
            /* A <main> is never navigation: an unclosed <aside> or <nav>
             * that swallowed the page ends here. */
            w->noise_end = NULL;
            break;
        case TK_NOISE:
            /* A form that holds the headline holds the page (ASP.NET wraps
             * every page in one). */
            if (!w->noise_end && !(n->name[0] == 'f' && holds_h1(n))) {
                w->noise_end = ad_dom_skip(n, root);
                w->noise_aside = n->name[0] == 'a';
            }
            break;
        }
        /* Attributes that mark microdata, bylines, dates and breadcrumbs. */
        const char *cls = NULL, *id = NULL, *rel = NULL, *itemprop = NULL, *aria = NULL,
                   *itemtype = NULL, *dataid = NULL;
        for (xmlAttrPtr a = n->properties; a; a = a->next) {
            const char *an = (const char *)a->name;
            const char *av =
                a->children && a->children->content ? (const char *)a->children->content : NULL;
            if (!av)
                continue;
            switch (an[0]) {
            case 'c':
                if (!strcmp(an, "class"))
                    cls = av;
                break;
            case 'i':
                if (!strcmp(an, "id"))
                    id = av;
                else if (!strcmp(an, "itemprop"))
                    itemprop = av;
                else if (!strcmp(an, "itemtype"))
                    itemtype = av;
                break;
            case 'r':
                if (!strcmp(an, "rel"))
                    rel = av;
                break;
            case 'a':
                if (!strcmp(an, "aria-label"))
                    aria = av;
                break;
            case 'd':
                /* Sites built of components with hashed classes name the
                 * parts in test hooks ("byline-new-contributors"): they
                 * stand for the id when there is none. */
                if (!strcmp(an, "data-testid") || !strcmp(an, "data-component"))
                    dataid = av;
                break;
            }
        }
        if (!id)
            id = dataid;
        /* A caption set only by its place and style (see dom.h). */
        int centered = !w->noise_end && kind == TK_OTHER && ad_dom_unmarked_caption(n);
        if (centered)
            note(w->caps, &w->ncap, MAX_CAP, n, w->ord, 0);
        if (!cls && !id && !rel && !itemprop && !aria && !itemtype) {
            if (kind == TK_A && !w->noise_end && !w->comment_end)
                note_author_link(w, n);
            n = ad_dom_next(n, root);
            continue;
        }
        /* The caps are the sizes of the lowered copies (NUL included) the
         * tests were once made on: a keyword past them does not count. */
        unsigned mc = attr_words(&bg, cls, 160), mi = attr_words(&bg, id, 96);
        if ((mc & AW_AUTOR) && autor_word(cls))
            mc |= AW_AUTHOR;
        if ((mi & AW_AUTOR) && autor_word(id))
            mi |= AW_AUTHOR;
        if (itemprop && kind != TK_META) {
            if (!ad_text_casecmp(itemprop, "datePublished"))
                offer_element_date(c, n, 0, AD__RANK_MICRODATA);
            else if (!ad_text_casecmp(itemprop, "dateModified"))
                offer_element_date(c, n, 1, AD__RANK_MICRODATA);
            else if (!ad_text_casecmp(itemprop, "headline") && !w->noise_end)
                note(w->h1, &w->nh1, MAX_H1, n, w->ord, 1);
            else if (!ad_text_casecmp(itemprop, "articleSection")) {
                /* Microdata is the page's own statement, in an <aside> too. */
                char *t = ad_dom_text_norm(n, c->a, 320, 0);
                if (t && *t)
                    ad__meta_offer_list(c, &c->section, t, strlen(t), AD__RANK_MICRODATA, 1);
            }
        }
        if ((cls || id || rel || itemprop) && (!w->noise_end || (w->noise_aside && w->nh1)) &&
            !w->comment_end && kind != TK_META && kind != TK_LINK) {
            /* An <aside> after the headline may hold the post's own credit
             * (a small facts box); it is a last resort. */
            int s =
                byline_strength(mc, mi, attr_words(&bg, rel, 32), attr_words(&bg, itemprop, 48));
            if (s && (!w->noise_end || s == 3))
                note_byline(w, n, w->noise_end ? s | BYL_ASIDE : s);
        }
        if (kind == TK_A && !w->noise_end && !w->comment_end)
            note_author_link(w, n);
        /* Nested marked elements are noted too: a container marked by a
         * stray word (WordPress' "status-publish" on the whole post) must
         * not hide the date element inside it. */
        if ((cls || id) && !w->noise_end && kind != TK_TIME && ((mc | mi) & AW_DATEY))
            note(w->dates, &w->ndates, MAX_DATES, n, w->ord, ((mc | mi) & AW_MODIFIED) != 0);
        if (!w->comment_end && ((mc | mi) & AW_COMMENT))
            w->comment_end = ad_dom_skip(n, root);
        /* A part of an author box (its photo, its bio) marks the box; not
         * a commenter's avatar, nor a list of contributors. */
        if (!w->noise_end && !w->comment_end && ((mc | mi) & (AW_AUTHOR | AW_WRITER)) &&
            ((mc | mi) & (AW_BIO | AW_AVATAR | AW_IMG | AW_IMAGE | AW_PHOTO | AW_DESCR)) &&
            !in_list_item(n) && !picture_author(&bg, cls))
            note(w->bio, &w->nbio, MAX_BIO, n, w->ord, 0);
        if (!w->noise_end && !centered &&
            ((mc & AW_CAPTION) ||
             ((mc & (AW_IMG | AW_IMAGE | AW_PHOTO)) && picture_desc_class(cls))))
            note(w->caps, &w->ncap, MAX_CAP, n, w->ord, 0);
        if (!w->crumbs && (((mc | mi) & AW_CRUMB) || (attr_words(&bg, aria, 48) & AW_BREADCRUMB) ||
                           (attr_words(&bg, itemtype, 96) & AW_BREADCRUMBLIST)))
            w->crumbs = n;
        n = ad_dom_next(n, root);
    }
}

/* ------------------------------------------------------------ titles */

typedef struct span {
    const char *s;
    size_t n;
} span;

static size_t count_words(const char *s, size_t n)
{
    size_t w = 0;
    int in = 0;
    for (size_t k = 0; k < n; k++) {
        int sp = s[k] == ' ';
        if (!sp && !in)
            w++;
        in = !sp;
    }
    return w;
}

/* Whether a title part names the site: it matches the site name or the
 * host, or holds it ("Chinadaily.com.cn", "BBC News - Home"). */
static int names_site(span p, const char *site, const char *host)
{
    if (ad_author_is_outlet(p.s, p.n, host, site))
        return 1;
    char a[160], b[160];
    size_t o = 0;
    for (size_t k = 0; k < p.n && o + 1 < sizeof(a); k++) {
        char ch = p.s[k];
        if (ch >= 'A' && ch <= 'Z')
            ch = (char)(ch + 32);
        if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'))
            a[o++] = ch;
    }
    a[o] = '\0';
    if (o < 3)
        return 0;
    for (int k = 0; k < 2; k++) {
        const char *v = k ? host : site;
        if (!v)
            continue;
        if (k && !strncmp(v, "www.", 4))
            v += 4;
        size_t q = 0;
        for (; *v && q + 1 < sizeof(b); v++) {
            char ch = *v;
            if (ch >= 'A' && ch <= 'Z')
                ch = (char)(ch + 32);
            if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'))
                b[q++] = ch;
        }
        b[q] = '\0';
        if (q >= 3 && (strstr(a, b) || (strstr(b, a) && o * 2 >= q)))
            return 1;
    }
    return 0;
}

/* What sets a site's name apart from a headline in a title. */
static const char *const title_seps[] = {" | ",
                                         " - ",
                                         " \xe2\x80\x93 ",
                                         " \xe2\x80\x94 ",
                                         " :: ",
                                         " -- ",
                                         " \xc2\xb7 ",
                                         " \xe2\x80\xa2 ",
                                         " \xc2\xbb ",
                                         " \xc2\xab ",
                                         " / ",
                                         ": ",
                                         " : ",
                                         NULL};

/* Whether s[0..n) holds one of the bytes of set. */
static int strpbrk_n(const char *s, size_t n, const char *set)
{
    for (size_t i = 0; i < n; i++)
        if (strchr(set, s[i]))
            return 1;
    return 0;
}

/* The length of the title separator at s, or 0: one of title_seps, "--"
 * or "_" (portals write "标题--财经--人民网", "标题_科技_腾讯网"). */
static size_t title_sep_at(const char *s)
{
    for (const char *const *p = title_seps; *p; p++)
        if (!strncmp(s, *p, strlen(*p)))
            return strlen(*p);
    return !strncmp(s, "--", 2) ? 2 : *s == '_' ? 1 : 0;
}

/* For a page that names no publisher anywhere: the site's name as its
 * <title> gives it around the headline - the last part after it ("... |
 * The Ledger", "...--财经--人民网") or the first part before it ("Hollow
 * Creek Gardens: First frost"). NULL when the title is the headline alone
 * or the part does not read as a name (over six words, or no letter). */
static const char *publisher_from_title(ad__meta_ctx *c, const char *raw, const char *headline)
{
    if (!raw || !headline || !*headline)
        return NULL;
    size_t rl = strlen(raw), hl = strlen(headline);
    const char *b = NULL, *e = NULL;
    /* Right after the headline a bare hyphen before a capital separates
     * too ("...in first 10 months-Xinhua"). */
    int bare = rl > hl + 1 && raw[hl] == '-' &&
               ((raw[hl + 1] >= 'A' && raw[hl + 1] <= 'Z') || (unsigned char)raw[hl + 1] >= 0x80);
    if (rl > hl && !strncmp(raw, headline, hl) && (title_sep_at(raw + hl) || bare)) {
        /* The last part of the tail. */
        e = raw + rl;
        b = raw + hl + (bare ? 1 : 0);
        for (const char *p = raw + hl; *p; p++) {
            size_t n = title_sep_at(p);
            if (n)
                b = p + n, p += n - 1;
        }
    } else if (rl > hl && !strcmp(raw + rl - hl, headline)) {
        /* The first part of the head. */
        const char *stop = raw + rl - hl;
        for (const char *p = raw; p < stop && !e; p++)
            if (title_sep_at(p))
                e = p;
        b = raw;
        if (!e || title_sep_at(e) + (size_t)(e - raw) > (size_t)(stop - raw))
            return NULL;
    } else {
        return NULL;
    }
    while (b < e && *b == ' ')
        b++;
    while (e > b && e[-1] == ' ')
        e--;
    size_t n = (size_t)(e - b), letters = 0;
    for (size_t k = 0; k < n; k++)
        letters += ((b[k] | 32) >= 'a' && (b[k] | 32) <= 'z') || (unsigned char)b[k] >= 0x80;
    if (!n || n > 60 || !letters || count_words(b, n) > 6 || !ad_text_ncasecmp(b, "by ", 3))
        return NULL; /* a byline set in the title is no site's name */
    /* An identifier ("draft-dejong-remotestorage-04") is no name either. */
    if (!memchr(b, ' ', n) && memchr(b, '-', n) && strpbrk_n(b, n, "0123456789"))
        return NULL;
    char *r = ad_arena_strndup(c->a, b, n);
    if (!r)
        c->nomem = 1;
    return r;
}

char *ad_meta_clean_title(ad_arena *a, const char *title, const char *site, const char *host)
{
    const char *const *seps = title_seps;
    if (!title)
        return NULL;
    span t = {title, strlen(title)};
    for (int round = 0; round < 3; round++) {
        /* The last separator splits off a suffix, the first one a prefix. */
        size_t first = t.n, first_l = 0, last = 0, last_l = 0;
        int first_colon = 0, last_colon = 0;
        for (size_t k = 0; k < t.n; k++) {
            for (const char *const *sp = seps; *sp; sp++) {
                size_t l = strlen(*sp);
                if (k + l <= t.n && !memcmp(t.s + k, *sp, l)) {
                    int colon = (*sp)[0] == ':' || (*sp)[1] == ':';
                    if (first == t.n)
                        first = k, first_l = l, first_colon = colon;
                    last = k, last_l = l, last_colon = colon;
                    break;
                }
            }
        }
        if (first == t.n)
            break;
        span head = {t.s, last}, tail = {t.s + last + last_l, t.n - last - last_l};
        span pre = {t.s, first}, rest = {t.s + first + first_l, t.n - first - first_l};
        if (tail.n && names_site(tail, site, host) && head.n) {
            t = head;
            continue;
        }
        if (pre.n && names_site(pre, site, host) && rest.n) {
            t = rest;
            continue;
        }
        /* An unknown short suffix after a long headline is a site name too,
         * but a colon more often opens a subtitle. */
        size_t hw = count_words(head.s, head.n), tw = count_words(tail.s, tail.n);
        if (!last_colon && tw <= 3 && hw >= 4 && tail.n <= 40) {
            t = head;
            continue;
        }
        (void)first_colon;
        break;
    }
    while (t.n && t.s[t.n - 1] == ' ')
        t.n--;
    return ad_arena_strndup(a, t.s, t.n);
}

/* Bytes at s that spell punctuation outside ASCII: U+2000-U+206F (dashes,
 * curly quotes, the ellipsis), U+00A0-U+00BF (no-break space, guillemets)
 * and U+00D7, U+00F7; 0 when s opens a letter. */
static size_t punct_len(const unsigned char *s)
{
    if (s[0] == 0xe2 && (s[1] == 0x80 || s[1] == 0x81) && s[2])
        return 3;
    if (s[0] == 0xc2 && s[1] >= 0xa0 && s[1] <= 0xbf)
        return 2;
    if (s[0] == 0xc3 && (s[1] == 0x97 || s[1] == 0xb7))
        return 2;
    return 0;
}

static int word_byte(const char *s)
{
    unsigned char d = (unsigned char)*s;
    if (d >= 0x80)
        return !punct_len((const unsigned char *)s);
    return ((d | 32) >= 'a' && (d | 32) <= 'z') || (d >= '0' && d <= '9');
}

/* Lowercase word tokens of s, as offsets, for comparing titles; a curly
 * apostrophe or an ellipsis ends a word as ASCII punctuation does
 * ("Timeline\u2026" is the word "Timeline"). */
static size_t tokens(const char *s, span *out, size_t max)
{
    size_t n = 0;
    for (size_t k = 0; s[k] && n < max;) {
        if (!word_byte(s + k)) {
            size_t pl = punct_len((const unsigned char *)s + k);
            k += pl ? pl : 1;
            continue;
        }
        size_t st = k;
        while (s[k] && word_byte(s + k))
            k++;
        out[n].s = s + st;
        out[n++].n = k - st;
    }
    return n;
}

/* Share of a's tokens found in b (0..100). */
static int token_cover(const char *a, const char *b)
{
    span ta[64], tb[64];
    size_t na = tokens(a, ta, 64), nb = tokens(b, tb, 64);
    if (!na || !nb)
        return 0;
    size_t hit = 0;
    for (size_t i = 0; i < na; i++) {
        for (size_t j = 0; j < nb; j++) {
            if (ta[i].n == tb[j].n && !ad_text_ncasecmp(ta[i].s, tb[j].s, ta[i].n)) {
                hit++;
                break;
            }
        }
    }
    return (int)(hit * 100 / na);
}

/* ------------------------------------------------------------ helpers */

/* The text of n, whitespace folded, cut to max bytes. The raw text read
 * may be larger: indented markup spends most of its bytes on spaces, and a
 * cap on the raw text would cut a short byline in the middle. */
static char *node_text_flags(ad__meta_ctx *c, xmlNodePtr n, size_t max, int flags)
{
    char *t = ad_dom_text_norm(n, c->a, max * 4 + 256, flags);
    if (!t) {
        c->nomem = 1;
        return NULL;
    }
    size_t tl = strlen(t);
    if (tl > max) {
        while (max && ((unsigned char)t[max] & 0xc0) == 0x80)
            max--;
        t[max] = '\0';
    }
    return t;
}

/* The same, with element boundaries inside words left as they are. */
static char *node_text(ad__meta_ctx *c, xmlNodePtr n, size_t max)
{
    return node_text_flags(c, n, max, 0);
}

static const char *site_name(const ad__meta_ctx *c)
{
    return c->site_name.v ? c->site_name.v : c->publisher.v;
}

/* The URL made absolute against the page's, as an arena string: href may
 * point into the document, which is freed before the article is used. */
static char *absolutize(ad__meta_ctx *c, const char *href)
{
    if (!href || !*href)
        return NULL;
    /* The result is always an arena copy: href may point into the tree,
     * which is freed before the article is rendered (returning it as it
     * was, without a base URL, was a use-after-free found by fuzz_http). */
    xmlChar *u = c->url ? xmlBuildURI((const xmlChar *)href, (const xmlChar *)c->url) : NULL;
    char *r = ad_arena_strdup(c->a, u ? (const char *)u : href);
    xmlFree(u);
    if (!r)
        c->nomem = 1;
    return r;
}

/* The host part of an absolute URL into c->host (left empty when it does
 * not fit). */
static void set_host(ad__meta_ctx *c, const char *url)
{
    size_t hl;
    const char *h = ad_text_url_host(url, &hl);
    if (hl < sizeof(c->host)) {
        memcpy(c->host, h, hl);
        c->host[hl] = '\0';
    }
}

static int looks_like_domain(const char *s)
{
    return s && !strchr(s, ' ') && strchr(s, '.');
}

/* Whether a name is a slug ("koreatimes": one word of lower-case ASCII
 * letters and digits) that the name full spells, spaces and case aside
 * ("The Korea Times"). */
static int slug_of(const char *slug, const char *full)
{
    if (!slug || !full || !strchr(full, ' '))
        return 0;
    size_t n = strlen(slug);
    for (size_t i = 0; i < n; i++)
        if (!((slug[i] >= 'a' && slug[i] <= 'z') || (slug[i] >= '0' && slug[i] <= '9')))
            return 0;
    char sq[128];
    size_t k = 0;
    for (const char *p = full; *p && k + 1 < sizeof(sq); p++)
        if (*p != ' ' && *p != '-')
            sq[k++] = (char)((*p >= 'A' && *p <= 'Z') ? *p + 32 : *p);
    sq[k] = '\0';
    if (n < 4 || k < n)
        return 0;
    /* The whole name, or the name after its article ("thekoreatimes"). */
    return !strcmp(sq, slug) || (k > 3 && !strncmp(sq, "the", 3) && !strcmp(sq + 3, slug));
}

static int date_days(const ad_date *d)
{
    /* Days since an epoch, enough to compare two dates. */
    int y = d->year, m = d->month;
    if (m < 3)
        y--, m += 12;
    return 365 * y + y / 4 - y / 100 + y / 400 + (153 * (m - 3) + 2) / 5 + d->day;
}

/* ------------------------------------------------------------ byline */

typedef struct found_byline {
    ad_byline b;
    xmlNodePtr node;
    xmlNodePtr date_node;
    int marked; /* the node's class or id names an author or a byline */
} found_byline;

static const char *const block_tags[] = {
    "div",    "p",          "ul",   "ol",    "li",  "section", "article", "table",
    "header", "footer",     "h1",   "h2",    "h3",  "h4",      "h5",      "h6",
    "figure", "blockquote", "main", "aside", "nav", "form",    NULL};

static int is_leaf_block(xmlNodePtr n)
{
    for (xmlNodePtr ch = n->children; ch; ch = ch->next)
        if (ch->type == XML_ELEMENT_NODE && tag_in((const char *)ch->name, block_tags))
            return 0;
    return 1;
}

/* A dateline opening the first paragraph: "RAJSHAHI, Dec 20, 2025 (BSS) -
 * Homestead...": a date before a dash within the first bytes. */
static const char *dateline_date(ad__meta_ctx *c, const char *t, size_t tl)
{
    static const char *const dashes[] = {" - ", " \xe2\x80\x93 ", " \xe2\x80\x94 ", " -- ", NULL};
    size_t lim = tl < 100 ? tl : 100, cut = 0;
    for (size_t k = 0; k < lim && !cut; k++)
        for (const char *const *d = dashes; *d; d++)
            if (!strncmp(t + k, *d, strlen(*d))) {
                cut = k;
                break;
            }
    ad_date d;
    if (!cut || !ad_date_parse(t, cut, &d))
        return NULL;
    char *r = ad_arena_strndup(c->a, t, cut);
    if (!r)
        c->nomem = 1;
    return r;
}

/* The previous node in document order (the reverse of ad_dom_next). */
static xmlNodePtr dom_prev(xmlNodePtr n)
{
    if (n->prev) {
        n = n->prev;
        while (n->last)
            n = n->last;
        return n;
    }
    return n->parent && n->parent->type == XML_ELEMENT_NODE ? n->parent : NULL;
}

/* A short line with a date just before the headline ("June 6, 2021" over
 * the title), for pages that print nothing dated after it. */
static const char *date_before_headline(ad__meta_ctx *c, xmlNodePtr h1)
{
    /* An "Updated: ..." line is kept only when no other date precedes it
     * ("December 22, 2022 | Updated: January 2, 2026"). */
    const char *update = NULL;
    int visited = 0;
    for (xmlNodePtr n = dom_prev(h1); n && visited < 24; n = dom_prev(n)) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        visited++;
        const char *name = (const char *)n->name;
        if (!strcmp(name, "h1") || !strcmp(name, "h2") || !strcmp(name, "nav") ||
            !strcmp(name, "script") || !strcmp(name, "style"))
            break;
        if (!is_leaf_block(n) || !n->children)
            continue;
        char *t = node_text(c, n, 120);
        size_t tl = t ? strlen(t) : 0;
        if (tl >= 6 && tl < 80) {
            ad_date d;
            if (ad_date_parse(t, tl, &d)) {
                if (!ad_text_icontains(t, "updat"))
                    return t;
                if (!update)
                    update = t;
            }
        }
        if (tl > 200)
            break;
    }
    return update;
}

static int capitalized_names(const ad_strlist *l, const char *raw);
static void drop_taxonomy_names(ad__meta_ctx *c, xmlNodePtr n, ad_strlist *l);
static size_t keep_people(ad_strlist *l);

/* Whether a byline parsed without a "By" is a date and person names: every
 * name is printed capitalized, has two to four words, is shaped like a
 * person's and has no word of a place, a country, a holiday or an event
 * ("May 3, 2025 · Long Island", "Black Friday"), nor is a topic link.
 * Without the word "By" the line must show who it is: an avatar picture
 * beside the name, or a name opening with a known given name. */
static int dated_name_line(ad__meta_ctx *c, xmlNodePtr line, const char *raw, ad_byline *b)
{
    drop_taxonomy_names(c, line, &b->authors);
    if (!b->authors.n || !capitalized_names(&b->authors, raw))
        return 0;
    int avatar = 0;
    size_t visited = 0;
    for (xmlNodePtr d = line->children; d && !avatar && ++visited < 100; d = ad_dom_next(d, line))
        avatar = ad_dom_is(d, "img");
    for (size_t i = 0; i < b->authors.n; i++) {
        const char *v = b->authors.v[i];
        size_t vl = strlen(v), words = count_words(v, vl);
        if (words < 2 || words > 4 || !ad_author_person_shaped(v, vl))
            return 0;
        int given = 0;
        for (size_t k = 0; k < vl;) {
            size_t wl = strcspn(v + k, " ");
            uint32_t g = ad_gaz_lookup(v + k, wl, NULL);
            if (g & (AD_GAZ_NAMED | AD_GAZ_DEMONYM | AD_GAZ_NONENT | AD_GAZ_EVENTHEAD |
                     AD_GAZ_PLACEHEAD))
                return 0;
            if (!k)
                given = (g & AD_GAZ_GIVEN) != 0;
            k += wl;
            while (k < vl && v[k] == ' ')
                k++;
        }
        if (!avatar && !given)
            return 0;
    }
    return 1;
}

/* The visible lines after the headline, until the body starts: the first
 * one opening with "By", or a date and a name (dated_name_line), gives the
 * authors; the first short one with a date
 * gives the date; a piece naming the outlet gives the publisher. */
static void scan_after_headline(ad__meta_ctx *c, xmlNodePtr h1, found_byline *fb)
{
    static const char *const skip[] = {"script", "style", "noscript", "template", "svg", "figure",
                                       "nav",    "aside", "form",     "button",   NULL};
    xmlNodePtr root = h1->doc ? (xmlNodePtr)h1->doc : NULL;
    int visited = 0, have_auth = 0, have_date = 0, skipped_dek = 0, lines = 0;
    for (xmlNodePtr n = ad_dom_skip(h1, root); n && visited < 60 && !(have_auth && have_date);) {
        if (n->type != XML_ELEMENT_NODE) {
            n = ad_dom_next(n, root);
            continue;
        }
        visited++;
        const char *name = (const char *)n->name;
        if (tag_in(name, skip)) {
            n = ad_dom_skip(n, root);
            continue;
        }
        /* An <h2> right under the headline is its standfirst; a later one
         * opens the body. */
        if (!strcmp(name, "h2") && !lines && !skipped_dek && ad_dom_skip(h1, root) == n) {
            skipped_dek = 1;
            n = ad_dom_skip(n, root);
            continue;
        }
        if (!strcmp(name, "h1") || !strcmp(name, "h2"))
            break;
        if (!is_leaf_block(n) || !n->children) {
            n = ad_dom_next(n, root);
            continue;
        }
        char *t = node_text(c, n, LINE_MAX_BYTES + 1);
        size_t tl = t ? strlen(t) : 0;
        if (!strcmp(name, "p") && tl > 160) {
            const char *dl = have_date ? NULL : dateline_date(c, t, tl);
            if (dl) {
                fb->b.date = dl;
                fb->date_node = NULL;
                break; /* the body opens with its dateline */
            }
            /* A standfirst right under the headline, or one that repeats the
             * description, is not the body yet. */
            if (!skipped_dek &&
                ((c->description.v && token_cover(t, c->description.v) >= 80) || !lines)) {
                skipped_dek = 1;
                n = ad_dom_skip(n, root);
                continue;
            }
            break; /* the body has started */
        }
        if (tl)
            lines++;
        if (tl >= 3 && tl <= LINE_MAX_BYTES) {
            ad_byline b;
            if (ad_author_parse_byline(t, tl, c->host, site_name(c), c->a, 8, &b) != AD_OK) {
                c->nomem = 1;
                return;
            }
            /* A short line of a date and a name, set apart by a separator,
             * is a byline without its "By" when the name shows it is a
             * person's: an avatar beside it or a known given name
             * ("2025-12-17 · <img> Trond Teigen", "May 3 · Anna Lee"). */
            int dated_name =
                !b.has_prefix && b.date && b.authors.n && tl < 100 && dated_name_line(c, n, t, &b);
            if (!have_auth && (b.has_prefix || dated_name) && b.authors.n) {
                fb->b.authors = b.authors;
                fb->b.has_prefix = 1;
                fb->node = n;
                have_auth = 1;
                if (b.publisher && !fb->b.publisher)
                    fb->b.publisher = b.publisher;
            }
            if (!have_date && b.date && (b.has_prefix || tl < 100)) {
                fb->b.date = b.date;
                if (fb->node != n)
                    fb->date_node = n;
                have_date = 1;
            }
        }
        n = ad_dom_skip(n, root);
    }
}

/* Whether a marked element is a container that holds the headline (a
 * class naming the author on the whole post: "BlogItem author-jane-doe").
 * A byline is a few nodes; past a thousand the element is a container. */
static int holds_heading(xmlNodePtr n)
{
    size_t visited = 0;
    for (xmlNodePtr d = n->children; d; d = ad_dom_next(d, n))
        if (++visited > 1000 || ad_dom_is(d, "h1"))
            return 1;
    return 0;
}

/* Whether a link points into the site's taxonomy (/tag/, /category/,
 * /topics/, ?tag=): its text is a subject, never a writer. */
static int taxonomy_link(xmlNodePtr a)
{
    const char *href = ad_dom_attr(a, "href");
    for (size_t r = 0; href && r < ad_tbl_taxonomy_paths_len; r++)
        if (strstr(href, ad_tbl_taxonomy_paths[r][0]))
            return 1;
    return 0;
}

/* Whether v (a class or an id) holds one of the n words of tbl as a whole
 * word: delimited by anything but a letter ("byline__category",
 * "comment-author-avatar"; not "text-tagline-3", "wp-embed-responsive"). */
static int has_attr_word(const char *v, const char *const (*tbl)[1], size_t n)
{
    for (const char *p = v; p && *p; p++) {
        if (p != v && ((p[-1] | 32) >= 'a' && (p[-1] | 32) <= 'z'))
            continue;
        for (size_t r = 0; r < n; r++) {
            size_t ml = strlen(tbl[r][0]);
            if (!ad_text_ncasecmp(p, tbl[r][0], ml) &&
                !((p[ml] | 32) >= 'a' && (p[ml] | 32) <= 'z'))
                return 1;
        }
    }
    return 0;
}

/* Whether a class names a taxonomy part (data/taxonomy_classes.tsv). */
static int taxonomy_class(const char *cls)
{
    return has_attr_word(cls, ad_tbl_taxonomy_classes, ad_tbl_taxonomy_classes_len);
}

/* Drops from l the names inside the byline box n that are the text of a
 * taxonomy link ("Personal finance" beside the date in a post's header) or
 * stand in an element whose class names a category or tag ("Wellness &
 * Prevention" in "byline__category"). The box is a few nodes; the walk
 * stops after a hundred. */
static void drop_taxonomy_names(ad__meta_ctx *c, xmlNodePtr n, ad_strlist *l)
{
    size_t visited = 0;
    for (xmlNodePtr d = n; d && l->n && ++visited < 100; d = ad_dom_next(d, n)) {
        if (d->type != XML_ELEMENT_NODE)
            continue;
        int link = ad_dom_is(d, "a") && taxonomy_link(d);
        if (!link && !taxonomy_class(ad_dom_attr(d, "class")))
            continue;
        /* A chip styled as a tag that links to the writer's page is the
         * credit ("<a class=tag href=/people/...>"). */
        int to_author = 0, seen_nodes = 0;
        for (xmlNodePtr e = d; e && !to_author && ++seen_nodes < 50; e = ad_dom_next(e, d))
            to_author = ad_dom_is(e, "a") && author_page_link(e, 1);
        if (to_author)
            continue;
        char *t = node_text(c, d, 120);
        size_t kept = 0;
        for (size_t k = 0; k < l->n; k++)
            if (!t || (link ? ad_text_casecmp(t, l->v[k]) != 0 : !ad_text_icontains(t, l->v[k])))
                l->v[kept++] = l->v[k];
        l->n = kept;
    }
}

static int in_teaser(ad__meta_ctx *c, xmlNodePtr n);

/* Picks the byline among the marked elements: the strongest mark, then the
 * one nearest after the headline; its text must give names. */
/* Whether every name of `inner` opens the name at its place in `outer`,
 * one of them with more words after it ("Mads Kjærgaard" in "Mads
 * Kjærgaard Journalist"). */
static int names_open(const ad_strlist *inner, const ad_strlist *outer)
{
    int longer = 0;
    if (!inner->n || inner->n != outer->n)
        return 0;
    for (size_t k = 0; k < inner->n; k++) {
        /* In lower case: the outer line may keep capitals the inner name
         * lost ("ANA BELÉN RAMOS Madrid" and "Ana Belén Ramos"). */
        char a[256], b[256];
        size_t n = ad_text_lower(inner->v[k], strlen(inner->v[k]), a, sizeof(a), NULL);
        size_t m = ad_text_lower(outer->v[k], strlen(outer->v[k]), b, sizeof(b), NULL);
        if (m < n || memcmp(a, b, n) || (m > n && b[n] != ' '))
            return 0;
        longer |= m > n;
    }
    return longer;
}

/* Whether every name of a is in b (case folded). */
static int names_within(const ad_strlist *a, const ad_strlist *b)
{
    for (size_t i = 0; i < a->n; i++) {
        size_t k = 0;
        while (k < b->n && ad_text_casecmp(a->v[i], b->v[k]))
            k++;
        if (k == b->n)
            return 0;
    }
    return 1;
}

/* A byline box that sets each name in its own marked element, beside a
 * role or a place in another ("<a class=author>Mads Kjærgaard</a><span
 * class=author-role>Journalist</span>", "ANA BELÉN RAMOS" over "Madrid"),
 * reads as one line; the names the inner elements give are the names. */
static void inner_names(ad__meta_ctx *c, walk *w, const char *host, const char *site,
                        found_byline *fb)
{
    for (size_t j = 0; j < w->nbyl; j++) {
        xmlNodePtr n = w->byl[j].n;
        if (n == fb->node || !ad_dom_within(n, fb->node))
            continue;
        char *t = ad_dom_text_norm(n, c->a, LINE_MAX_BYTES + 1, AD_DOM_WORDS);
        size_t tl = t ? strlen(t) : 0;
        ad_byline b;
        if (tl < 2 || tl > LINE_MAX_BYTES ||
            ad_author_parse_byline(t, tl, host, site, c->a, 8, &b) != AD_OK)
            continue;
        if (names_open(&b.authors, &fb->b.authors)) {
            fb->b.authors = b.authors;
            return;
        }
    }
}

static void pick_byline(ad__meta_ctx *c, walk *w, size_t h1_ord, found_byline *fb, int outlets_ok)
{
    const char *host = outlets_ok ? NULL : c->host, *site = outlets_ok ? NULL : site_name(c);
    int best_score = -1;
    for (size_t i = 0; i < w->nbyl; i++) {
        /* The raw text is capped, not the folded one: a marked element is
         * judged by its first few hundred bytes. */
        int strength = w->byl[i].strength & ~BYL_ASIDE;
        if ((w->byl[i].strength & BYL_ASIDE) && !outlets_ok)
            continue;
        char *t = ad_dom_text_norm(w->byl[i].n, c->a, LINE_MAX_BYTES + 1, AD_DOM_WORDS);
        if (!t)
            c->nomem = 1;
        size_t tl = t ? strlen(t) : 0;
        if (tl < 2 || tl > LINE_MAX_BYTES)
            continue;
        ad_byline b;
        if (ad_author_parse_byline(t, tl, host, site, c->a, 8, &b) != AD_OK) {
            c->nomem = 1;
            return;
        }
        if (!b.authors.n && w->byl[i].n->children && strength == 3) {
            /* <span itemprop="author"><meta itemprop="name" content="..."> */
            for (xmlNodePtr d = w->byl[i].n->children; d; d = ad_dom_next(d, w->byl[i].n)) {
                const char *ip = ad_dom_attr(d, "itemprop"), *ct = ad_dom_attr(d, "content");
                if (ip && ct && !ad_text_casecmp(ip, "name")) {
                    if (ad_author_add(ct, strlen(ct), NULL, site, c->a, &b.authors, 8) != AD_OK)
                        c->nomem = 1;
                    break;
                }
            }
        }
        /* Names each in a block of its own over a desk or a role ("Carys
         * Hughes" over "BBC Wales News", then "Ollie Barnes" over "BBC Wales
         * weather presenter") run together into no name: read block by
         * block, the people. Only a box of names and roles: one with a
         * number holds dates, counts and more (a whole byline bar). */
        if (!b.authors.n && w->byl[i].n->children && !strpbrk(t, "0123456789")) {
            char *tb = ad_dom_text_norm(w->byl[i].n, c->a, LINE_MAX_BYTES + 1,
                                        AD_DOM_WORDS | AD_DOM_BLOCK_BARS);
            size_t bl = tb ? strlen(tb) : 0;
            ad_byline bb;
            if (bl >= 3 && bl <= LINE_MAX_BYTES && strcmp(tb, t) &&
                ad_author_parse_byline(tb, bl, host, site, c->a, 8, &bb) == AD_OK &&
                keep_people(&bb.authors))
                b = bb;
        }
        /* Without "By" a marked box may hold a phrase of a bio ("I've
         * consulted with hundreds of new and experienced gardeners"): a
         * name printed with lowercase words is none, unless it is all the
         * box says (a handle: "hackermondev"). */
        if (!b.has_prefix && !(b.authors.n == 1 && ad_text_uprefix(t, tl, b.authors.v[0],
                                                                   strlen(b.authors.v[0])) == tl)) {
            size_t kept = 0;
            for (size_t k = 0; k < b.authors.n; k++) {
                ad_strlist one = {&b.authors.v[k], 1};
                if (capitalized_names(&one, t))
                    b.authors.v[kept++] = b.authors.v[k];
            }
            b.authors.n = kept;
        }
        drop_taxonomy_names(c, w->byl[i].n, &b.authors);
        /* Checked last: it walks the element, and most give no names. */
        if (!b.authors.n || holds_heading(w->byl[i].n) || in_teaser(c, w->byl[i].n))
            continue;
        int score = strength * 1000;
        size_t ord = w->byl[i].ord;
        if (h1_ord && ord > h1_ord)
            score += 500 - (int)(ord - h1_ord < 500 ? ord - h1_ord : 499);
        else if (h1_ord && h1_ord - ord <= 20)
            score += 500 - 2 * (int)(h1_ord - ord); /* just over the headline */
        else if (b.has_prefix)
            score += 100;
        /* At the same score, an element inside the best one that names
         * all its people and more is the whole list: the best one's text
         * was read only so far ("Lea Hartung," of a box whose photos and
         * white space come first). */
        if (score > best_score ||
            (score == best_score && fb->node && ad_dom_within(w->byl[i].n, fb->node) &&
             b.authors.n > fb->b.authors.n && names_within(&fb->b.authors, &b.authors))) {
            best_score = score;
            fb->b = b;
            fb->node = w->byl[i].n;
            fb->marked = strength >= 2;
        }
    }
    if (fb->node)
        inner_names(c, w, host, site, fb);
}

/* Names from a line that was not marked as a byline must look like names
 * as printed in raw: every word capitalized but particles ("Nick van
 * Mead"); "By clicking" is no byline. Any one printing of a name counts. */
static int capitalized_names(const ad_strlist *l, const char *raw)
{
    /* "Paramita (Guha) Ghosh" is printed with brackets the name lost. */
    char unbr[LINE_MAX_BYTES + 2];
    if (strpbrk(raw, "([") && strlen(raw) < sizeof(unbr)) {
        size_t o = 0;
        for (const char *p = raw; *p; p++)
            if (*p != '(' && *p != ')' && *p != '[' && *p != ']')
                unbr[o++] = *p;
        unbr[o] = '\0';
        raw = unbr;
    }
    size_t rl = strlen(raw);
    for (size_t i = 0; i < l->n; i++) {
        size_t nl = 0;
        int ok = 0;
        for (const char *p = raw; *p && !ok; p++) {
            /* The name as printed, in capitals of any script too. */
            if (!(nl = ad_text_uprefix(p, rl - (size_t)(p - raw), l->v[i], strlen(l->v[i]))))
                continue;
            ok = 1;
            for (size_t k = 0; k < nl && ok; k++) {
                unsigned char ch = (unsigned char)p[k];
                if ((k == 0 || p[k - 1] == ' ') && !((ch >= 'A' && ch <= 'Z') || ch >= 0xc3)) {
                    size_t wl = 0;
                    while (k + wl < nl && p[k + wl] != ' ')
                        wl++;
                    if (!(ad_gaz_lookup_nocaps(p + k, wl, NULL) & AD_GAZ_PARTICLE) || k == 0)
                        ok = 0;
                }
            }
        }
        if (!ok)
            return 0;
    }
    return l->n > 0;
}

/* Whether a whole text is a byline label ("Written by", "Author:"). */
static int is_byline_label(const char *t, size_t tl)
{
    while (tl && (t[tl - 1] == ':' || t[tl - 1] == ' '))
        tl--;
    for (size_t r = 0; r < ad_tbl_byline_lines_len; r++)
        if (strlen(ad_tbl_byline_lines[r][0]) == tl &&
            !ad_text_ncasecmp(t, ad_tbl_byline_lines[r][0], tl))
            return 1;
    return 0;
}

/* The first element after `from` (outside its subtree) that holds text:
 * the value after a label element ("Written by" | "Jane Doe"). */
static xmlNodePtr next_text_element(xmlNodePtr from)
{
    xmlNodePtr root = from->doc ? (xmlNodePtr)from->doc : NULL;
    int steps = 0;
    for (xmlNodePtr n = ad_dom_skip(from, root); n && steps < 12; n = ad_dom_next(n, root)) {
        steps++;
        if (n->type == XML_TEXT_NODE && n->content) {
            const char *t = (const char *)n->content;
            while (*t == ' ' || *t == '\n' || *t == '\t' || *t == '\r')
                t++;
            if (*t)
                return n->parent;
        }
    }
    return NULL;
}

/* Parses a byline line, or a label line followed by the name in the next
 * element; fills fb when it gives capitalized names. */
static int parse_prefix_line(ad__meta_ctx *c, xmlNodePtr n, found_byline *fb)
{
    char *t = node_text(c, n, LINE_MAX_BYTES + 1);
    size_t tl = t ? strlen(t) : 0;
    if (tl < 2 || tl > 120 || !opens_with_prefix(t, 0))
        return 0;
    /* "By Category" in a link, "By Our Hotels" as a heading: labels of
     * lists, not bylines; a heading is one when it is a label alone or says
     * "Written by". */
    const char *nm = (const char *)n->name;
    int heading = nm[0] == 'h' && nm[1] >= '1' && nm[1] <= '6' && !nm[2];
    if (!strcmp(nm, "a") || (heading && !is_byline_label(t, tl) && !opens_with_prefix(t, 1)))
        return 0;
    ad_byline b;
    if (ad_author_parse_byline(t, tl, c->host, site_name(c), c->a, 8, &b) != AD_OK) {
        c->nomem = 1;
        return 0;
    }
    xmlNodePtr node = n;
    const char *raw = t;
    if (!b.authors.n && is_byline_label(t, tl)) {
        /* A label alone: "Written by" then the name in the next element. */
        xmlNodePtr v = next_text_element(n);
        /* "Author(s)" over a list: every item is a name. */
        xmlNodePtr list = NULL;
        for (xmlNodePtr up = v; up && !list && up != n->parent && up->type == XML_ELEMENT_NODE;
             up = up->parent)
            if (ad_dom_is(up, "ul") || ad_dom_is(up, "ol"))
                list = up;
        char *vt = NULL;
        size_t vl = 0;
        if (list) {
            vt = node_text(c, list, LINE_MAX_BYTES + 1);
            vl = vt ? strlen(vt) : 0;
            if (vl < 2 || vl > LINE_MAX_BYTES)
                return 0;
            for (xmlNodePtr li = list->children; li; li = li->next) {
                char *it = ad_dom_is(li, "li") ? node_text(c, li, 120) : NULL;
                size_t il = it ? strlen(it) : 0;
                if (il >= 2 && il <= 80 &&
                    ad_author_add(it, il, c->host, site_name(c), c->a, &b.authors, 8) != AD_OK) {
                    c->nomem = 1;
                    return 0;
                }
            }
            v = list;
        } else {
            vt = v ? node_text(c, v, 120) : NULL;
            vl = vt ? strlen(vt) : 0;
            if (vl < 2 || vl > 80)
                return 0;
            if (ad_author_add(vt, vl, c->host, site_name(c), c->a, &b.authors, 8) != AD_OK) {
                c->nomem = 1;
                return 0;
            }
        }
        /* The hint covers label and name: their nearest common ancestor. */
        node = v;
        for (xmlNodePtr up = n->parent; up && up->type == XML_ELEMENT_NODE; up = up->parent) {
            xmlNodePtr q = v;
            while (q && q != up)
                q = q->parent;
            if (q) {
                node = up;
                break;
            }
        }
        raw = vt;
    }
    if (!capitalized_names(&b.authors, raw))
        return 0;
    fb->b = b;
    fb->node = node;
    return 1;
}

static int any_person(const ad_strlist *l);
static int in_teaser(ad__meta_ctx *c, xmlNodePtr n);

/* Lines opening with a byline prefix anywhere outside navigation and
 * comments, for pages whose byline carries no mark: the first one after the
 * headline, else the last one before it, else one in an <aside> (a box of
 * facts beside the article: "Published ...", "Author" and the name). With
 * people_only, a line that names no person ("By CalMatters", "By Team X")
 * is passed over for the next ("By Lena Okafor and Marcus Villalobos,
 * CalMatters" atop a republished story). */
static void prefix_lines(ad__meta_ctx *c, walk *w, size_t h1_ord, found_byline *fb, int people_only)
{
    /* Lines after the headline first, then those before it nearest first. */
    for (int pass = 0; pass < 2; pass++) {
        for (size_t k = 0; k < w->npre; k++) {
            size_t i = pass == 1 ? w->npre - 1 - k : k;
            int after = !h1_ord || w->pre[i].ord >= h1_ord;
            if (after != !pass)
                continue;
            if (parse_prefix_line(c, w->pre[i].n, fb) &&
                !(people_only && !any_person(&fb->b.authors)))
                return;
            memset(fb, 0, sizeof(*fb));
        }
    }
    /* Then an <aside> after the headline, but not a list item or a teaser
     * card of one: a sidebar of other stories credits their writers. */
    for (size_t i = 0; i < w->npre_aside; i++) {
        if ((h1_ord && w->pre_aside[i].ord < h1_ord) || in_list_item(w->pre_aside[i].n) ||
            in_teaser(c, w->pre_aside[i].n))
            continue;
        if (parse_prefix_line(c, w->pre_aside[i].n, fb) &&
            !(people_only && !any_person(&fb->b.authors)))
            return;
        memset(fb, 0, sizeof(*fb));
    }
}

/* ------------------------------------------------------------ sections */

/* Whether a crumb says "Home" in one of data/section_skip.tsv's languages,
 * case folded in any script ("Главная" is "главная"). */
static int is_home_crumb(const char *s)
{
    char low[96];
    size_t len = strlen(s), used;
    ad_text_lower(s, len, low, sizeof(low), &used);
    if (used < len)
        return 0; /* longer than any home word */
    for (size_t r = 0; r < ad_tbl_section_skip_len; r++)
        if (!strcmp(ad_tbl_section_skip[r][0], low))
            return 1;
    return 0;
}

/* Whether a text opens with a back arrow ("«", "‹", "←") that no closing
 * guillemet answers: it marks previous/next links ("« Older post | Main"),
 * not a trail ("«Energy»" is a quotation). */
static int back_arrow(const char *p)
{
    while (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r')
        p++;
    if (!strncmp(p, "\xe2\x86\x90", 3))
        return 1;
    if (!strncmp(p, "\xc2\xab", 2))
        return !strstr(p + 2, "\xc2\xbb");
    if (!strncmp(p, "\xe2\x80\xb9", 3))
        return !strstr(p + 3, "\xe2\x80\xba");
    return 0;
}

/* Breadcrumb-shaped: 2 to 8 short links and nothing but separators between
 * them ("Home / World / Diplomacy", "News > Politics"). */
static int crumb_shaped(xmlNodePtr n)
{
    /* <font>: legacy table layouts set the trail's type with it. */
    static const char *const inline_tags[] = {"span", "li",     "ul",    "ol",   "i", "b",
                                              "em",   "strong", "small", "font", NULL};
    size_t links = 0, seps = 0;
    xmlNodePtr d = ad_dom_next(n, n);
    while (d) {
        if (ad_dom_is(d, "a")) {
            if (++links > 8)
                return 0;
            xmlNodePtr t = d->children;
            if (t && t->type == XML_TEXT_NODE && t->content && back_arrow((const char *)t->content))
                return 0;
            d = ad_dom_skip(d, n);
            continue;
        }
        if (ad_dom_is(d, "svg")) {
            seps++; /* an icon between the links */
            d = ad_dom_skip(d, n);
            continue;
        }
        if (d->type == XML_ELEMENT_NODE && !tag_in((const char *)d->name, inline_tags))
            return 0;
        if (d->type == XML_TEXT_NODE && d->content) {
            if (back_arrow((const char *)d->content))
                return 0;
            for (const char *p = (const char *)d->content; *p; p++) {
                if (*p == '/' || *p == '>' || *p == '|' || *p == ':')
                    seps++;
                else if (!strncmp(p, "\xc2\xbb", 2) || !strncmp(p, "\xe2\x80\xba", 3) ||
                         !strncmp(p, "\xe2\x86\x92", 3))
                    seps++, p += 1;
                else if (*p != ' ' && *p != '\n' && *p != '\t' && *p != '\r' &&
                         (unsigned char)*p < 0x80)
                    return 0;
            }
        }
        d = ad_dom_next(d, n);
    }
    return links >= 2 && seps >= 1;
}

/* Visible breadcrumbs: the marked trail, else a crumb-shaped block just
 * before the headline, also inside wrappers of one child each (a table
 * row's cell). Items are the links' texts. */
static void read_crumbs(ad__meta_ctx *c, walk *w, xmlNodePtr h1, ad_meta_hints *hints)
{
    xmlNodePtr trail = w->crumbs;
    if (!trail && h1) {
        xmlNodePtr p = h1;
        for (int up = 0; up < 4 && p && !trail; up++, p = p->parent) {
            int sib = 0;
            for (xmlNodePtr s = p->prev; s && sib < 4; s = s->prev) {
                if (s->type != XML_ELEMENT_NODE)
                    continue;
                sib++;
                xmlNodePtr q = s;
                for (int in = 0; q && !trail && in < 4; in++, q = ad_dom_lone_child(q))
                    if (crumb_shaped(q))
                        trail = q;
                if (trail)
                    break;
            }
        }
    }
    if (!trail)
        return;
    hints->breadcrumb = trail;
    if (c->section.rank <= 15)
        return;
    ad__list items;
    memset(&items, 0, sizeof(items));
    items.rank = AD__RANK_NONE;
    xmlNodePtr d = ad_dom_next(trail, trail);
    int crumbs = 0; /* items read */
    while (d) {
        int item = ad_dom_is(d, "a") || (ad_dom_is(d, "span") && ad_dom_attr(d, "itemprop") &&
                                         !ad_text_casecmp(ad_dom_attr(d, "itemprop"), "name"));
        if (!item) {
            d = ad_dom_next(d, trail);
            continue;
        }
        char *t = node_text(c, d, 200);
        /* A first crumb linking to a site's root is the home crumb,
         * whatever it says ("Business News", the site's name); a later one
         * is a channel on its own host ("财经" at finance.example.cn/). */
        if (t && *t && strlen(t) <= 80 &&
            !(!crumbs++ && ad_dom_is(d, "a") && ad__meta_root_url(ad_dom_attr(d, "href"))))
            ad__meta_offer_list(c, &items, t, strlen(t), 15, 0);
        d = ad_dom_skip(d, trail);
    }
    if (items.n)
        c->section = items;
}

/* A page with no other section often labels its headline with one: an
 * element just before the <h1> whose class names a category or rubric,
 * holding one short link to a page of the site ("<div class=category><a
 * href=/k/business>Business</a></div>"). */
static void kicker_section(ad__meta_ctx *c, xmlNodePtr h1)
{
    if (!h1 || c->section.rank != AD__RANK_NONE)
        return;
    /* The element before the headline, or before the wrapper it is alone
     * in ("<div class=blog-item-title><h1>"), two levels up at most. */
    xmlNodePtr at = h1, s = NULL;
    for (int up = 0; up < 3 && at && !s; up++) {
        s = at->prev;
        while (s && s->type != XML_ELEMENT_NODE)
            s = s->prev;
        if (!s && (!at->parent || at->parent->type != XML_ELEMENT_NODE ||
                   ad_dom_lone_child(at->parent) != at))
            return;
        at = at->parent;
    }
    if (!s)
        return;
    /* The label is that element or one inside it whose class names a
     * category or rubric ("blog-categories-list" beside the date). Ghost
     * has no categories: its themes set the post's primary tag over the
     * headline ("post-card-primary-tag"), which is its section; beside it
     * may stand a "Featured" label. */
    int primary = 0, visited = 0;
    xmlNodePtr box = NULL;
    /* Then, when none is so named, a section's label or a kicker that links
     * to the section's page ("section-title", "story-meta__kicker"); the
     * one link to a page of the site asked below keeps out an "Exclusive"
     * or "LIVE" label. */
    for (int pass = 0; pass < 2 && !box; pass++) {
        visited = 0;
        for (xmlNodePtr d = s; d && visited < 20 && !box; d = ad_dom_next(d, s), visited++) {
            char db[96];
            const char *dc = lower_into(ad_dom_attr(d, "class"), db, sizeof(db));
            primary = !pass && dc && strstr(dc, "primary-tag") != NULL;
            if (dc && (pass ? has_word(dc, "section") || has_word(dc, "kicker")
                            : has_word(dc, "categor") || has_word(dc, "rubric") || primary))
                box = d;
        }
    }
    if (!box)
        return; /* a "kicker" or "eyebrow" says "Exclusive", "LIVE" or a columnist */
    xmlNodePtr link = NULL;
    int links = 0;
    visited = 0;
    for (xmlNodePtr d = box; d && visited < 20; d = ad_dom_next(d, box), visited++)
        if (ad_dom_is(d, "a") && links++ == 0)
            link = d;
    const char *href = link ? ad_dom_attr(link, "href") : NULL;
    if (links != 1 || !href || (href[0] != '/' && !(c->host[0] && strstr(href, c->host))))
        return;
    /* A link to a writer's or a tag's page names no section (but for the
     * primary tag). */
    static const char *const not_sections[] = {"/author", "/tag",    "/people/",     "/profile",
                                               "/column", "/writer", "/contributor", "/series"};
    for (size_t k = 0; k < sizeof(not_sections) / sizeof(not_sections[0]); k++)
        if (ad_text_icontains(href, not_sections[k]) && !(primary && k == 1))
            return;
    char *t = node_text(c, link, 80), *all = node_text(c, box, 120);
    if (t && *t && all && !strcmp(t, all) && count_words(t, strlen(t)) <= 3 && !is_home_crumb(t) &&
        ad_text_ncasecmp(t, "uncategori", 10))
        ad__meta_offer_list(c, &c->section, t, strlen(t), AD__RANK_VISIBLE + 5, 0);
}

/* ------------------------------------------------------------ image */

/* The element of a <figure> outside its caption cap whose own text is a
 * short credit (one to six words, no sentence), or NULL. */
static xmlNodePtr figure_credit(ad__meta_ctx *c, xmlNodePtr fig, xmlNodePtr cap)
{
    int visited = 0;
    for (xmlNodePtr d = fig->children; d && visited < 60; visited++) {
        if (d == cap) {
            d = ad_dom_skip(d, fig);
            continue;
        }
        /* A control's label ("Show Caption") is no credit. */
        if (d->type == XML_ELEMENT_NODE && !ad_dom_is(d, "img") && !ad_dom_is(d, "picture") &&
            !ad_dom_is(d, "source") && !ad_dom_is(d, "button")) {
            int own = 0;
            for (xmlNodePtr t = d->children; t && !own; t = t->next)
                own = t->type == XML_TEXT_NODE && t->content &&
                      t->content[strspn((const char *)t->content, " \t\n\r")];
            char *tx = own ? node_text(c, d, 120) : NULL;
            if (tx) {
                size_t n = strlen(tx), words = count_words(tx, n);
                if (words >= 1 && words <= 6 && n <= 60 && !strchr(tx, '.'))
                    return d;
            }
        }
        d = ad_dom_next(d, fig);
    }
    return NULL;
}

static const char *img_src(xmlNodePtr img)
{
    static const char *const attrs[] = {
        "src", "data-src", "data-original", "data-lazy-src", "data-srcset", "srcset", NULL};
    for (const char *const *a = attrs; *a; a++) {
        const char *v = ad_dom_attr(img, *a);
        if (v && *v && strncmp(v, "data:", 5))
            return v;
    }
    return NULL;
}

/* The file name of a URL path, without the query. */
static span basename_of(const char *u)
{
    size_t n = strcspn(u, "?# ");
    size_t st = n;
    while (st && u[st - 1] != '/')
        st--;
    /* Drop size suffixes' extension so "a-800x600.jpg" still compares. */
    return (span){u + st, n - st};
}

/* Whether a credit is a few names, not a clause ("Credit Suisse analysts
 * expect output to rise"): five words at most, each capitalized or a small
 * joining word. */
static int names_only(span x)
{
    size_t words = 0;
    for (size_t i = 0; i < x.n;) {
        while (i < x.n && x.s[i] == ' ')
            i++;
        if (i >= x.n)
            break;
        size_t b = i;
        while (i < x.n && x.s[i] != ' ')
            i++;
        if (++words > 5)
            return 0;
        unsigned char c0 = (unsigned char)x.s[b];
        if (c0 >= 'a' && c0 <= 'z' && !(i - b == 2 && !memcmp(x.s + b, "of", 2)) &&
            !(i - b == 3 && (!memcmp(x.s + b, "and", 3) || !memcmp(x.s + b, "via", 3))))
            return 0;
    }
    return words > 0;
}

/* Whether a dash set apart by spaces ends just before s[k] (" - ", " – ",
 * " — "). */
static int dash_before(const char *s, size_t k)
{
    if (k < 3 || s[k - 1] != ' ')
        return 0;
    if (s[k - 2] == '-')
        return s[k - 3] == ' ';
    return k >= 5 && s[k - 5] == ' ' &&
           (!memcmp(s + k - 4, "\xe2\x80\x93", 3) || !memcmp(s + k - 4, "\xe2\x80\x94", 3));
}

/* The bytes of the letter at s[0..n) in any script, or 0: credit words
 * are written in Cyrillic and Greek too ("Фото А. Васиљевић"). */
static size_t letter_at(const char *s, size_t n)
{
    size_t used = 0;
    long cp = ad_text_decode(s, n, &used);
    return ad_text_is_letter(cp) ? used : 0;
}

/* The end of the run of letters from k in x. */
static size_t letters_end(span x, size_t k)
{
    size_t l;
    while (k < x.n && (l = letter_at(x.s + k, x.n - k)))
        k += l;
    return k;
}

/* The credit inside "Photo/Xinhua", "Photo: Reuters", "AP Photo/Jane Doe",
 * "Photo by Jane Doe", "© Jane Doe"; NULL when it is not one. */
static span credit_of(span x, int bracketed)
{
    span none = {NULL, 0};
    if (x.n >= 2 && !memcmp(x.s, "\xc2\xa9", 2)) {
        x.s += 2, x.n -= 2;
        while (x.n && x.s[0] == ' ')
            x.s++, x.n--;
        return x.n ? x : none;
    }
    /* Find a marker word at the start or right after the agency name. */
    for (size_t k = 0; k < x.n;) {
        size_t e = letters_end(x, k);
        if (e > k && ad_author_credit_word(x.s + k, e - k)) {
            size_t r = e;
            /* "Credit: X", "Photo/X", "Credit...X", "Credit…X". */
            while (r < x.n && (x.s[r] == ' ' || x.s[r] == ':' || x.s[r] == '/' || x.s[r] == '.' ||
                               (r + 3 <= x.n && !memcmp(x.s + r, "\xe2\x80\xa6", 3))))
                r += x.s[r] == '\xe2' ? 3 : 1;
            /* "Photo Credit: X", "Photo courtesy of X", "Photo: courtesy
             * of X": a second marker, unless a word in lower case other
             * than "of" or "by" follows it ("Bild: picture alliance/dpa"
             * names the agency). */
            size_t e2 = letters_end(x, r);
            if (e2 > r && e2 < x.n && (x.s[e2] == ' ' || x.s[e2] == ':' || x.s[e2] == ',') &&
                !(e2 + 1 < x.n && x.s[e2] == ' ' && x.s[e2 + 1] >= 'a' && x.s[e2 + 1] <= 'z' &&
                  !(e2 + 4 <= x.n && (!ad_text_ncasecmp(x.s + e2 + 1, "of ", 3) ||
                                      !ad_text_ncasecmp(x.s + e2 + 1, "by ", 3)))) &&
                ad_author_credit_word(x.s + r, e2 - r)) {
                r = e2; /* "Image source, Dyfed-Powys Police" too */
                while (r < x.n && (x.s[r] == ' ' || x.s[r] == ':' || x.s[r] == ','))
                    r++;
            }
            /* "Photo by: Jenna Ortiz", "Courtesy of Amp", "Photo via Georgian
             * Railway press office", "Foto von Kai Norden", "Foto de ...",
             * "Photo par ...": the word for "by" after the marker. */
            static const char *const by_words[] = {"by ",  "by: ", "of ", "via ", "von ",
                                                   "por ", "par ", "de ", "di ",  NULL};
            for (const char *const *bw = by_words; *bw; bw++) {
                size_t bl = strlen(*bw);
                if (r + bl <= x.n && !ad_text_ncasecmp(x.s + r, *bw, bl)) {
                    r += bl;
                    break;
                }
            }
            if (r >= x.n)
                return none;
            /* "AP Photo/Jane Doe": the agency before the marker stays. */
            if (k > 0)
                return bracketed ? x : none;
            if (r == e) /* "Photographers..." is a word, not a marker */
                return none;
            return (span){x.s + r, x.n - r};
        }
        if (e == k)
            e++;
        while (e < x.n && x.s[e] == ' ')
            e++;
        k = e;
        if (k > 0 && !bracketed)
            break; /* outside brackets the marker must open the piece */
    }
    return none;
}

/* The length of caption[0..n) without the controls' labels
 * (data/caption_tails.tsv) that close it, several in a row ("hide caption
 * toggle caption"). */
static size_t caption_tail_len(const char *caption, size_t n)
{
    for (size_t r = 0; r < ad_tbl_caption_tails_len; r++) {
        size_t l = strlen(ad_tbl_caption_tails[r][0]);
        if (n > l && !ad_text_ncasecmp(caption + n - l, ad_tbl_caption_tails[r][0], l)) {
            n -= l;
            while (n && caption[n - 1] == ' ')
                n--;
            r = (size_t)-1; /* and again from the first row */
        }
    }
    return n;
}

/* Cuts the controls' labels from the end of a caption, in place. */
static void strip_caption_tail(char *caption)
{
    caption[caption_tail_len(caption, strlen(caption))] = '\0';
}

/* Whether n is the last element of its parent: a credit closes its
 * caption ("<span class=Image_author>© Name/TASS</span>"), where a quote's
 * author in the middle of its caption is none. */
static int last_element(xmlNodePtr n)
{
    for (xmlNodePtr k = n->next; k; k = k->next)
        if (k->type == XML_ELEMENT_NODE)
            return 0;
    return 1;
}

/* The credit part of a <figcaption> made of element parts, the last one a
 * few capitalized words (at most four, 40 bytes) after a longer first one:
 * "<span>Het emplacement van Utrecht Centraal</span><span>ANP</span>". */
static xmlNodePtr caption_tail_credit(ad__meta_ctx *c, xmlNodePtr cap)
{
    xmlNodePtr first = NULL, last = NULL;
    int loose = 0; /* the caption is loose text closing a sentence before the last part */
    for (xmlNodePtr k = cap->children; k; k = k->next) {
        if (k->type == XML_TEXT_NODE) {
            const xmlChar *end = NULL;
            for (const xmlChar *t = k->content; t && *t; t++)
                if (*t != ' ' && *t != '\n' && *t != '\t' && *t != '\r')
                    end = t;
            if (!end)
                continue;
            /* "<figcaption>Containers are unloaded ... 2035.<span>Daniel
             * Ocampo, Getty Images</span>": a sentence, then the credit. */
            if (first || loose || !k->next || !(*end == '.' || *end == ')'))
                return NULL; /* loose text: one caption, not parts */
            loose = 1;
            continue;
        }
        if (k->type != XML_ELEMENT_NODE)
            continue;
        if (!first && !loose)
            first = k;
        last = k;
        if (loose && k->next && k->next->next)
            return NULL;
    }
    if (loose)
        first = cap;
    if (!first || first == last || !ad_dom_is(last, "span"))
        return NULL;
    const char *a = node_text(c, last, 64), *b = node_text(c, first, 400);
    size_t nl = a ? strlen(a) : 0, nf = b ? strlen(b) : 0;
    if (nl == 0 || nl >= 40 || nf <= nl)
        return NULL;
    size_t words = 0;
    for (size_t i = 0; i < nl; i++) {
        if (a[i] == ' ')
            continue;
        if (i == 0 || a[i - 1] == ' ') {
            /* "JAVIER RUIZ (EFE)": the agency in brackets */
            unsigned char c0 = (unsigned char)a[i + (a[i] == '(' && i + 1 < nl)];
            if (c0 < 0x80 && !(c0 >= 'A' && c0 <= 'Z'))
                return NULL;
            words++;
        }
    }
    return words && words <= 4 && a[nl - 1] != '.' ? last : NULL;
}

/* Whether a bracketed piece is a commissioned photographer's credit:
 * "Kent Nishimura for The Washington Post" (a capitalized name of at most
 * four words, "for", a capitalized outlet). */
static int for_outlet_credit(span x)
{
    size_t words = 0, i = 0;
    while (i < x.n) {
        if (i + 5 <= x.n && !memcmp(x.s + i, " for ", 5))
            return words >= 2 && words <= 4 && i + 5 < x.n && x.s[i + 5] >= 'A' &&
                   x.s[i + 5] <= 'Z';
        if (x.s[i] == ' ') {
            i++;
            continue;
        }
        if (x.s[i] < 'A' || x.s[i] > 'Z')
            return 0; /* every word of the name is capitalized */
        words++;
        while (i < x.n && x.s[i] != ' ')
            i++;
    }
    return 0;
}

/* Whether a bracketed piece is a photographer and an agency set apart by
 * a slash ("Abdirahman Yusuf/AFP", "REUTERS/Tingshu Wang"): capitalized
 * words only, six at most, one side an agency in capitals. */
static int name_slash_agency(span x)
{
    const char *sl = memchr(x.s, '/', x.n);
    if (!sl || sl == x.s || sl + 1 >= x.s + x.n)
        return 0;
    size_t words = 0;
    for (size_t i = 0; i < x.n; i++) {
        int start = i == 0 || x.s[i - 1] == ' ' || x.s[i - 1] == '/';
        if (x.s[i] == ' ' || x.s[i] == '/' || !start)
            continue;
        if (x.s[i] < 'A' || x.s[i] > 'Z')
            return 0;
        words++;
    }
    if (words > 6)
        return 0;
    /* One side of the slash in capitals: the agency. */
    for (int side = 0; side < 2; side++) {
        const char *b = side ? sl + 1 : x.s, *e = side ? x.s + x.n : sl;
        size_t caps = 0, low = 0;
        for (const char *p = b; p < e; p++)
            caps += *p >= 'A' && *p <= 'Z', low += *p >= 'a' && *p <= 'z';
        if (caps >= 2 && !low)
            return 1;
    }
    return 0;
}

/* Whether a piece reads as a credit line of names: capitalized words only
 * (UTF-8 letters count as capitals), "via", "for", "of", "and" and "/"
 * between them, at most eight words; slash: one "/" at least
 * ("Ricky Carioti/The Washington Post", "Pierre Vandenberg/AFP via Getty
 * Images"). */
static int names_credit(span x, int slash)
{
    size_t words = 0, slashes = 0;
    for (size_t i = 0; i < x.n;) {
        if (x.s[i] == ' ' || x.s[i] == '/') {
            slashes += x.s[i] == '/';
            i++;
            continue;
        }
        size_t e = i;
        while (e < x.n && x.s[e] != ' ' && x.s[e] != '/')
            e++;
        unsigned char c0 = (unsigned char)x.s[i];
        int small = (e - i == 3 && (!memcmp(x.s + i, "via", 3) || !memcmp(x.s + i, "for", 3) ||
                                    !memcmp(x.s + i, "and", 3))) ||
                    (e - i == 2 && !memcmp(x.s + i, "of", 2));
        if (!small && !(c0 >= 'A' && c0 <= 'Z') && c0 < 0x80)
            return 0;
        if (e - i > 1 && x.s[e - 1] == '.' && !(e - i <= 3))
            return 0; /* a sentence's end */
        words += !small;
        i = e;
    }
    return words >= 1 && words <= 8 && (!slash || slashes);
}

/* A wire credit closing a caption: "... REUTERS/Tingshu Wang/File Photo",
 * an agency in capitals, a slash, then capitalized words only. Returns its
 * start, or 0. */
static size_t agency_slash_credit(const char *s, size_t n)
{
    for (size_t k = n; k-- > 1;) {
        if (s[k] != '/' || k + 1 >= n || s[k + 1] < 'A' || s[k + 1] > 'Z')
            continue;
        int caps = 1;
        for (size_t j = k + 1; j < n && caps; j++)
            if ((s[j - 1] == ' ' || s[j - 1] == '/') && !(s[j] >= 'A' && s[j] <= 'Z'))
                caps = 0;
        if (!caps)
            return 0;
        size_t b = k;
        while (b && s[b - 1] >= 'A' && s[b - 1] <= 'Z')
            b--;
        if (!(k - b >= 2 && (b == 0 || s[b - 1] == ' ' || s[b - 1] == '(')))
            continue; /* "Marchetti/File Photo": an earlier slash may be the agency's */
        /* An agency of several words in capitals: "PHILIPPINE STAR/JOVEN
         * M. CRUZ". */
        for (;;) {
            size_t w = b ? b - 1 : 0;
            while (w && s[w - 1] >= 'A' && s[w - 1] <= 'Z')
                w--;
            if (!b || b - 1 - w < 2 || (w && s[w - 1] != ' '))
                break;
            b = w;
        }
        return b; /* 0 also when the whole caption is a credit: kept as it is */
    }
    return 0;
}

/* A Chinese or Japanese credit closing a caption: a name closed by a word
 * of data/credit_suffixes.tsv, in brackets, after "＝" or after an
 * ideographic comma when short ("（新华社记者 李贺 摄）", "＝田中花子撮影",
 * "、佐藤陽介撮影"). Sets *cr to the name and *cut to the opening bracket or
 * sign; false when there is none. */
static int cjk_credit(const char *s, size_t n, span *cr, size_t *cut)
{
    static const char fw_open[] = "\xef\xbc\x88", fw_close[] = "\xef\xbc\x89",
                      fw_eq[] = "\xef\xbc\x9d", ideo_comma[] = "\xe3\x80\x81",
                      ideo_stop[] = "\xe3\x80\x82";
    size_t e = n;
    int bracketed = 0;
    if (e >= 3 && !memcmp(s + e - 3, fw_close, 3))
        e -= 3, bracketed = 1;
    else if (e && s[e - 1] == ')')
        e--, bracketed = 1;
    size_t name_end = 0;
    for (size_t r = 0; r < ad_tbl_credit_suffixes_len && !name_end; r++) {
        size_t ml = strlen(ad_tbl_credit_suffixes[r][0]);
        if (e > ml && !memcmp(s + e - ml, ad_tbl_credit_suffixes[r][0], ml))
            name_end = e - ml;
    }
    if (!name_end)
        return 0;
    /* The opener within some thirty characters before the name's end. */
    for (size_t k = name_end; k-- > 0 && name_end - k <= 90;) {
        size_t ol = 0;
        if (bracketed && k + 3 <= name_end && !memcmp(s + k, fw_open, 3))
            ol = 3;
        else if (bracketed && s[k] == '(')
            ol = 1;
        else if (!bracketed && k + 3 <= name_end && !memcmp(s + k, fw_eq, 3))
            ol = 3;
        else if (!bracketed && s[k] == '=')
            ol = 1;
        /* "…=30日午前、札幌市中央区、佐藤陽介撮影": after the place, a
         * name of a few characters. */
        else if (!bracketed && k + 3 <= name_end && !memcmp(s + k, ideo_comma, 3) &&
                 name_end - k - 3 <= 18)
            ol = 3;
        /* "…装卸货物。新华社记者 赵启明 摄": after the sentence's end. */
        else if (!bracketed && k + 3 <= name_end && !memcmp(s + k, ideo_stop, 3) &&
                 name_end - k - 3 <= 45)
            ol = 3;
        if (!ol)
            continue;
        size_t b = k + ol, f = name_end;
        while (b < f && s[b] == ' ')
            b++;
        while (f > b && s[f - 1] == ' ')
            f--;
        if (f == b)
            return 0;
        *cr = (span){s + b, f - b};
        *cut = ol == 3 && !memcmp(s + k, ideo_stop, 3) ? k + 3 : k; /* keeps its stop */
        return 1;
    }
    return 0;
}

/* The length of the sign that ends a credit marker at s ("：", ":", "/",
 * "=", "＝"), or 0. */
static size_t sign_at(const char *s, size_t n)
{
    if (n && (s[0] == ':' || s[0] == '/' || s[0] == '='))
        return 1;
    if (n >= 3 && (!memcmp(s, "\xef\xbc\x9a", 3) || !memcmp(s, "\xef\xbc\x9d", 3)))
        return 3;
    return 0;
}

/* The end of the word at s[k]: the next space or sign. */
static size_t marker_word_end(const char *s, size_t n, size_t k)
{
    while (k < n && s[k] != ' ' && !sign_at(s + k, n - k))
        k++;
    return k;
}

/* A credit opened by a marker word in a script without capitals, after
 * the caption's last sentence or a space ("…外景。图：视觉中国", "… ফাইল ছবি:
 * প্রথম আলো", "… Фото: ТАСС"): a marker of data/credit_markers.tsv, of one
 * word or two, then a colon, a slash or "=". Sets *cr and *cut. */
static int script_marker_credit(const char *s, size_t n, span *cr, size_t *cut)
{
    for (size_t k = 0; k < n; k++) {
        unsigned char ch = (unsigned char)s[k];
        if (ch < 0x80 || (ch & 0xc0) == 0x80)
            continue; /* a marker in Latin letters is credit_of()'s */
        if (k && s[k - 1] != ' ' && !(k >= 3 && !memcmp(s + k - 3, "\xe3\x80\x82", 3)))
            continue;
        /* In a script with capitals the marker opens its piece with one
         * ("Фото: ТАСС"; "выложил фото/видео" is text). */
        size_t cl;
        long cp = ad_text_decode(s + k, n - k, &cl);
        if (utf8proc_toupper((utf8proc_int32_t)cp) != cp)
            continue;
        /* One word, or two ("ফাইল ছবি", file photo). */
        size_t e1 = marker_word_end(s, n, k);
        size_t e2 = e1 < n && s[e1] == ' ' ? marker_word_end(s, n, e1 + 1) : e1;
        size_t ends[2] = {e2, e1};
        for (int w = 0; w < 2; w++) {
            size_t e = ends[w], p = e;
            while (p < n && s[p] == ' ')
                p++;
            size_t sl = sign_at(s + p, n - p);
            if (e == k || (w == 0 && e2 == e1) || !sl || !ad_author_credit_word(s + k, e - k))
                continue;
            size_t b = p + sl;
            while (b < n && s[b] == ' ')
                b++;
            if (b >= n || n - b > 60)
                return 0;
            *cr = (span){s + b, n - b};
            *cut = k;
            return 1;
        }
    }
    return 0;
}

/* Whether a bracket's text is a person and an agency apart by a dash, as
 * Anadolu signs pictures ("( Mehmet Ali Özcan - Anadolu Agency )"): names
 * on both sides, the second an organization the gazetteer knows or a name
 * with an agency's word ("Agency", "News", "Press", "Images"); not
 * "(England - Italy)" nor "(Monday - Friday)". */
static int name_dash_agency(span in)
{
    const char *d = in.n >= 3 ? memmem(in.s, in.n, " - ", 3) : NULL;
    if (!d)
        return 0;
    span l = {in.s, (size_t)(d - in.s)}, r = {d + 3, in.n - (size_t)(d + 3 - in.s)};
    while (l.n && l.s[0] == ' ')
        l.s++, l.n--;
    while (r.n && r.s[r.n - 1] == ' ')
        r.n--;
    if (!l.n || !r.n || !names_credit(l, 0) || !names_credit(r, 0) || !memchr(l.s, ' ', l.n))
        return 0;
    return ad_dom_agency_words(r.s, r.n) || (ad_gaz_lookup(r.s, r.n, NULL) & AD_GAZ_ORG);
}

ad_status ad_meta_split_credit(ad_arena *a, const char *caption, const char **cap_out,
                               const char **credit)
{
    *cap_out = caption;
    *credit = NULL;
    if (!caption)
        return AD_OK;
    /* A pointer drawn before it ("▲Rachel Reeves outside ..."): an arrow
     * or a geometric shape, not "©", which opens a credit. */
    for (;;) {
        size_t used;
        long cp = (unsigned char)caption[0] >= 0x80
                      ? ad_text_decode(caption, strlen(caption), &used)
                      : -1;
        if (!((cp >= 0x2190 && cp <= 0x21FF) || (cp >= 0x25A0 && cp <= 0x25FF)))
            break;
        caption += used;
        while (*caption == ' ')
            caption++;
        *cap_out = *caption ? caption : NULL;
        if (!*caption)
            return AD_OK;
    }
    size_t n = strlen(caption);
    while (n && (caption[n - 1] == ' ' || caption[n - 1] == '.'))
        n--;
    /* A control's label closing the caption ("...撮影写真・図版"). */
    size_t m = caption_tail_len(caption, n);
    if (m < n) {
        n = m;
        if (!(*cap_out = ad_arena_strndup(a, caption, n)))
            return AD_ERR_NOMEM;
    }
    span cr = {NULL, 0};
    size_t cut = n;
    /* A bracketed credit at the end: "[Photo/Xinhua]", "(AP Photo/Jane Doe)". */
    if (n && (caption[n - 1] == ']' || caption[n - 1] == ')')) {
        char open = caption[n - 1] == ']' ? '[' : '(';
        size_t k = n - 1;
        while (k && caption[k - 1] != open)
            k--;
        if (k) {
            span in = {caption + k, n - 1 - k};
            cr = credit_of(in, 1);
            if (!cr.s && (for_outlet_credit(in) || name_slash_agency(in) || name_dash_agency(in)))
                cr = in;
            /* "(Ricky Carioti/The Washington Post)"; after a sentence's
             * end, names alone: "... on Nov. 20. (Yonhap)". */
            size_t q = k - 1;
            while (q && caption[q - 1] == ' ')
                q--;
            if (!cr.s &&
                (names_credit(in, 1) ||
                 (q && (caption[q - 1] == '.' || caption[q - 1] == '!' || caption[q - 1] == '?') &&
                  names_credit(in, 0))))
                cr = in;
            if (cr.s)
                cut = k - 1;
        }
    }
    if (!cr.s)
        cjk_credit(caption, n, &cr, &cut);
    if (!cr.s)
        script_marker_credit(caption, n, &cr, &cut);
    /* A wire's credit closing the caption comes first: "FILE PHOTO: A
     * freight train ... REUTERS/Colin Marchetti/File Photo" opens with a
     * label, not a credit. */
    if (!cr.s) {
        size_t b = agency_slash_credit(caption, n);
        if (b) {
            cr = (span){caption + b, n - b};
            cut = b;
            /* "... on Monday. Photo: STR/AFP", "Photo by PNA/Joan Bondoc":
             * the label before it goes with the credit. */
            size_t le = b; /* the end of the label before it */
            while (le && (caption[le - 1] == ' ' || caption[le - 1] == ':'))
                le--;
            if (le >= 3 && !ad_text_ncasecmp(caption + le - 2, "by", 2) && caption[le - 3] == ' ')
                for (le -= 3; le && caption[le - 1] == ' ';)
                    le--;
            size_t w = le;
            while (w && caption[w - 1] != ' ')
                w--;
            if (le > w && ad_author_credit_word(caption + w, le - w))
                cut = w;
        }
    }
    /* "... Photo: Reuters" after a sentence or a separator. */
    if (!cr.s) {
        for (size_t k = n; k-- > 0;) {
            if (k && caption[k - 1] != ' ' && caption[k - 1] != '|' && caption[k - 1] != '(')
                continue;
            if (!(((caption[k] | 32) >= 'a' && (caption[k] | 32) <= 'z') ||
                  !memcmp(caption + k, "\xc2\xa9", 2)))
                continue;
            span cs = credit_of((span){caption + k, n - k}, 0);
            size_t off = cs.s ? (size_t)(cs.s - caption) : 0;
            if (cs.s && off - k < 28 &&
                (k == 0 || !memcmp(caption + k, "\xc2\xa9", 2) ||
                 memchr(caption + k, ':', off - k) || ad_text_ncasecmp(cs.s - 3, "by ", 3) == 0 ||
                 memmem(caption + k, off - k, "...", 3) ||
                 memmem(caption + k, off - k, "\xe2\x80\xa6", 3) ||
                 (k >= 2 && caption[k - 2] == '.' && caption[k] >= 'A' && caption[k] <= 'Z' &&
                  cs.s[0] >= 'A' && cs.s[0] <= 'Z') ||
                 /* after a dash: "... in Chingola – Picture courtesy of ZANIS" */
                 (dash_before(caption, k) && caption[k] >= 'A' && caption[k] <= 'Z' &&
                  ((cs.s[0] >= 'A' && cs.s[0] <= 'Z') || (unsigned char)cs.s[0] >= 0x80) &&
                  names_only(cs)))) {
                cr = cs;
                cut = k;
                /* A marker of two words ("Photo credit: gov.kz", "Image
                 * courtesy: NASA") is cut whole; "a photo Credit: AFP"
                 * keeps its last word. */
                size_t pw = k > 1 && caption[k - 1] == ' ' ? k - 1 : 0;
                while (pw && caption[pw - 1] != ' ')
                    pw--;
                /* So is a file picture's: "File pic: PA". */
                if (k > 1 && caption[k - 1] == ' ' && caption[pw] >= 'A' && caption[pw] <= 'Z' &&
                    (ad_author_credit_word(caption + pw, k - 1 - pw) ||
                     (k - 1 - pw == 4 && !ad_text_ncasecmp(caption + pw, "file", 4))))
                    k = cut = pw;
                /* An agency's initials before the marker belong to the
                 * credit ("... gains. ST PHOTO: TAN KAI LIN"). */
                size_t ag = k ? k - 1 : 0, caps = 0;
                while (ag > 0 && caption[ag - 1] >= 'A' && caption[ag - 1] <= 'Z')
                    ag--, caps++;
                if (k && caption[k - 1] == ' ' && caps >= 2 && caps <= 5 &&
                    (ag == 0 || caption[ag - 1] == ' ')) {
                    cr = (span){caption + ag, n - ag};
                    cut = ag;
                }
                break;
            }
        }
    }
    /* "... the year. | Pierre Vandenberg/AFP via Getty Images": names after
     * the last bar, or after the last sentence with a slash ("... Dec. 4,
     * 2025. Carla Benitez/AP"). */
    if (!cr.s) {
        const char *bar = NULL;
        size_t bl = 0;
        int wide = 0; /* the last sentence ends in a script without capitals */
        for (size_t k = 0; k + 3 <= n; k++)
            if (!memcmp(caption + k, " | ", 3)) {
                bar = caption + k, bl = 3, wide = 0;
            } else if (k && caption[k] == '.' && caption[k + 1] == ' ' &&
                       ((caption[k + 2] >= 'A' && caption[k + 2] <= 'Z') ||
                        ((unsigned char)caption[k - 1] >= 0x80 &&
                         (unsigned char)caption[k + 2] >= 0x80))) {
                bar = caption + k + 1, bl = 1;
                wide = (unsigned char)caption[k - 1] >= 0x80;
            }
        span tail = bar ? (span){bar + bl, n - (size_t)(bar + bl - caption)} : (span){NULL, 0};
        /* "... 기다리고 있다. 뉴스1": after a sentence in such a script, one
         * short word is the credit. */
        int short_word = wide && tail.n <= 16 && !memchr(tail.s, ' ', tail.n);
        /* "... in Busan, Jan. 31. Yonhap": after a sentence, an agency or
         * outlet the gazetteer knows, alone, signs the picture. */
        size_t tn = tail.n;
        while (tn && (tail.s[tn - 1] == ' ' || tail.s[tn - 1] == '.'))
            tn--;
        /* So does one after a bar ("... jumped in August. | Bloomberg"). */
        int known = bar && tn && tn <= 40 && names_credit(tail, 0) &&
                    (ad_gaz_lookup(tail.s, tn, NULL) & AD_GAZ_ORG);
        /* ... not after an initialism's point ("chair of the U.S. Federal
         * Reserve"). */
        if (known && bl == 1) {
            /* bar is the space after the point: the word before it. */
            const char *we = bar - 1, *wb = we;
            while (wb > caption && wb[-1] != ' ')
                wb--;
            known = we - wb >= 2 && !memchr(wb, '.', (size_t)(we - wb));
        }
        if (bar && (names_credit(tail, 1) || (short_word && names_credit(tail, 0)) || known)) {
            cr = tail;
            cut = (size_t)(bar - caption);
        }
    }
    /* "... in Port Klang. — Bernama": names after a closing dash, when a
     * sentence ends before it or they are one or two words ("... at the
     * summit — Anwar Ibrahim and Joko Widodo" names the people shown). */
    if (!cr.s) {
        for (size_t k = n; k-- > 1;) {
            size_t dl = 0;
            if (k + 5 <= n && caption[k - 1] == ' ' &&
                (!memcmp(caption + k, "\xe2\x80\x94 ", 4) ||
                 !memcmp(caption + k, "\xe2\x80\x93 ", 4)))
                dl = 4;
            /* A hyphen set as the dash: "... on Monday. - Kavon
             * Reid/Photographer" (after a sentence only). */
            int hyphen = !dl && k + 3 <= n && caption[k - 1] == ' ' && caption[k] == '-' &&
                         caption[k + 1] == ' ';
            if (hyphen)
                dl = 2;
            if (!dl)
                continue;
            span tail = {caption + k + dl, n - k - dl};
            size_t words = 1;
            for (size_t j = 0; j < tail.n; j++)
                words += tail.s[j] == ' ';
            size_t q = k - 1;
            while (q && caption[q - 1] == ' ')
                q--;
            int after_stop =
                q && (caption[q - 1] == '.' || caption[q - 1] == '!' || caption[q - 1] == '?');
            if (names_credit(tail, 0) && (after_stop || (words <= 2 && !hyphen))) {
                cr = tail;
                cut = k - 1;
            }
            break;
        }
    }
    if (!cr.s)
        return AD_OK;
    /* A copyright sign inside the credit opens it ("... away from the US ©
     * Pieter Claes/Bloomberg": the capitals before it are the caption's). */
    const char *copy = cr.n > 2 ? memmem(cr.s + 1, cr.n - 1, "\xc2\xa9", 2) : NULL;
    if (copy) {
        size_t off = (size_t)(copy - cr.s);
        cut = (size_t)(copy - caption);
        cr.s = copy + 2, cr.n -= off + 2;
        while (cr.n && cr.s[0] == ' ')
            cr.s++, cr.n--;
    }
    /* A bracket the credit opens itself stays: "Image: Notícias (file)". */
    while (cr.n &&
           (cr.s[cr.n - 1] == ' ' || ((cr.s[cr.n - 1] == ')' || cr.s[cr.n - 1] == ']') &&
                                      !memchr(cr.s, cr.s[cr.n - 1] == ')' ? '(' : '[', cr.n))))
        cr.n--;
    while (cr.n && (cr.s[0] == '|' || cr.s[0] == ' '))
        cr.s++, cr.n--; /* "| Bloomberg" */
    if (!cr.n)
        return AD_OK;
    if (!(*credit = ad_arena_strndup(a, cr.s, cr.n)))
        return AD_ERR_NOMEM;
    /* The separator before the credit goes too ("... Porto Alegre — Foto:"). */
    for (;;) {
        if (cut && (caption[cut - 1] == ' ' || caption[cut - 1] == '|' || caption[cut - 1] == '-' ||
                    caption[cut - 1] == '(' || caption[cut - 1] == '['))
            cut--;
        else if (cut >= 3 && (!memcmp(caption + cut - 3, "\xe2\x80\x94", 3) ||
                              !memcmp(caption + cut - 3, "\xe2\x80\x93", 3)))
            cut -= 3;
        else if (cut >= 2 && caption[cut - 1] == ':') {
            /* The credit's label left before it ("Photo: © Jane Doe",
             * where the sign opened the credit). */
            size_t w = cut - 1;
            while (w && caption[w - 1] != ' ')
                w--;
            if (w == cut - 1 || !ad_author_credit_word(caption + w, cut - 1 - w))
                break;
            cut = w;
        } else
            break;
    }
    if (!(*cap_out = cut ? ad_arena_strndup(a, caption, cut) : NULL))
        return cut ? AD_ERR_NOMEM : AD_OK;
    return AD_OK;
}

/* Whether a text is a label rather than a caption: under three words, or,
 * in a script written without spaces, under six characters. */
static int few_words(const char *t)
{
    size_t n = strlen(t), wide = 0;
    for (size_t i = 0; i < n; i++)
        wide += ((unsigned char)t[i] & 0xc0) == 0xc0;
    return wide ? wide < 6 && count_words(t, n) < 3 : count_words(t, n) < 3;
}

/* Whether a lower-cased class names a caption: "caption", or the word in
 * Spanish, Portuguese and Italian ("leyenda", "legenda", "didascalia"),
 * as AW_CAPTION's keywords do. */
static int caption_class(const char *cls)
{
    return has_word(cls, "caption") || has_word(cls, "leyenda") || has_word(cls, "legenda") ||
           has_word(cls, "didascalia") || picture_desc_class(cls);
}

/* Whether an element named as a caption can be one: a text element
 * (not a button styled "caption") holding no <img> (a wrapper named
 * "has-caption" is no caption). */
static int caption_el(xmlNodePtr n)
{
    if (!ad_dom_is(n, "div") && !ad_dom_is(n, "p") && !ad_dom_is(n, "span") &&
        !ad_dom_is(n, "small") && !ad_dom_is(n, "figcaption") && !ad_dom_is(n, "td") &&
        !ad_dom_is(n, "tr"))
        return 0; /* a table cell or row: Blogger's "tr-caption" under the picture */
    int visited = 0;
    for (xmlNodePtr d = n; d && visited < 200; d = ad_dom_next(d, n), visited++)
        if (ad_dom_is(d, "img"))
            return 0;
    return 1;
}

/* The element named as a caption that follows a figure as one of its next
 * two element siblings, or NULL. */
static xmlNodePtr caption_after(xmlNodePtr fig)
{
    int k = 0;
    for (xmlNodePtr d = fig->next; d && k < 2; d = d->next) {
        if (d->type != XML_ELEMENT_NODE)
            continue;
        k++;
        char cb[96];
        const char *cls = lower_into(ad_dom_attr(d, "class"), cb, sizeof(cb));
        if ((caption_class(cls) && caption_el(d)) || ad_dom_unmarked_caption(d))
            return d;
    }
    return NULL;
}

/* A lead picture set without <figure> (an image field and its caption
 * field in one <div>): the nearest ancestor, three levels up at most, of
 * an element named as a caption that also holds an <img>. Finds both the
 * box of the picture the metadata names (want) and the first box close
 * after the headline; read_figure() ranks them against the <figure>s. */
typedef struct caption_boxes {
    xmlNodePtr wanted, wanted_img; /* its <img> is the metadata's picture */
    xmlNodePtr first, first_img;   /* the first after the headline */
} caption_boxes;

static void caption_box(walk *w, size_t h1_ord, span want, caption_boxes *cb)
{
    memset(cb, 0, sizeof(*cb));
    for (size_t i = 0; i < w->ncap && !cb->wanted; i++) {
        xmlNodePtr cap = w->caps[i].n;
        if (!caption_el(cap))
            continue;
        xmlNodePtr box = cap->parent;
        for (int up = 0; up < 3 && box && box->type == XML_ELEMENT_NODE; up++, box = box->parent) {
            xmlNodePtr found = NULL;
            int visited = 0;
            for (xmlNodePtr d = box; d && visited < 200 && !found;
                 d = ad_dom_next(d, box), visited++)
                if (ad_dom_is(d, "img") && img_src(d))
                    found = d;
            if (!found)
                continue;
            span b = basename_of(img_src(found));
            if (want.n > 4 && b.n == want.n && !memcmp(b.s, want.s, b.n))
                cb->wanted = box, cb->wanted_img = found;
            else if (!cb->first && h1_ord && w->caps[i].ord > h1_ord &&
                     w->caps[i].ord < h1_ord + 150 && (!want.n || !ad_dom_para_caption(cap)))
                cb->first = box, cb->first_img = found; /* a styled one: the named picture's,
                                                         * or the first when none is named */
            break;
        }
    }
}

/* The small box around the metadata's picture when no <figure> or caption
 * holds it ("<div class=article-image><img ...><span class=image-source>
 * Photo: Trend</span></div>"): the <img>'s parent (past a link), of four
 * elements at most and little text; NULL when there is none. */
static xmlNodePtr bare_box(ad__meta_ctx *c, xmlNodePtr root, span want, xmlNodePtr *img)
{
    if (!root || want.n <= 4)
        return NULL;
    int visited = 0;
    for (xmlNodePtr d = root; d && visited < 20000; d = ad_dom_next(d, root), visited++) {
        if (!ad_dom_is(d, "img") || !img_src(d))
            continue;
        span b = basename_of(img_src(d));
        if (b.n != want.n || memcmp(b.s, want.s, b.n))
            continue;
        xmlNodePtr box = d->parent;
        if (box && ad_dom_is(box, "a"))
            box = box->parent;
        if (!box || box->type != XML_ELEMENT_NODE || ad_dom_is(box, "body"))
            return NULL;
        int elements = 0, nodes = 0;
        for (xmlNodePtr e = box->children; e && nodes < 64; e = ad_dom_next(e, box), nodes++)
            elements += e->type == XML_ELEMENT_NODE;
        const char *t = node_text(c, box, 400);
        if (elements > 4 || nodes >= 64 || !t || strlen(t) > 300)
            return NULL;
        *img = d;
        return box;
    }
    return NULL;
}

static void read_figure(ad__meta_ctx *c, walk *w, size_t h1_ord, ad_meta *out, ad_meta_hints *hints)
{
    xmlNodePtr fig = NULL, fig_img = NULL;
    span want = out->image.url ? basename_of(out->image.url) : (span){NULL, 0};
    for (size_t i = 0; i < w->nfig && !fig; i++) {
        for (xmlNodePtr d = w->figs[i].n; d; d = ad_dom_next(d, w->figs[i].n)) {
            if (!ad_dom_is(d, "img"))
                continue;
            const char *src = img_src(d);
            if (!src)
                continue;
            span b = basename_of(src);
            if (want.n > 4 && b.n == want.n && !memcmp(b.s, want.s, b.n)) {
                fig = w->figs[i].n, fig_img = d;
                break;
            }
        }
    }
    caption_boxes boxes;
    caption_box(w, h1_ord, want, &boxes);
    if (!fig && boxes.wanted)
        fig = boxes.wanted, fig_img = boxes.wanted_img;
    for (size_t i = 0; i < w->nfig && !fig; i++) {
        /* Otherwise the first figure after the headline, close to it. */
        if (h1_ord && w->figs[i].ord > h1_ord && w->figs[i].ord < h1_ord + 150) {
            fig = w->figs[i].n;
            for (xmlNodePtr d = fig; d; d = ad_dom_next(d, fig))
                if (ad_dom_is(d, "img") && img_src(d)) {
                    fig_img = d;
                    break;
                }
        }
    }
    if (!fig)
        fig = boxes.first, fig_img = boxes.first_img;
    if (!fig)
        fig = bare_box(c, w->root, want, &fig_img);
    if (!fig)
        return;
    xmlNodePtr cap = NULL, credit_el = NULL, cap_cls = NULL;
    for (xmlNodePtr d = fig; d; d = ad_dom_next(d, fig)) {
        if (ad_dom_is(d, "figcaption") && !cap)
            cap = d;
        /* A picture set as a definition list: "<dl><dt><img></dt><dd>the
         * caption</dd></dl>". */
        if (!cap && ad_dom_is(d, "dd") && d->parent && ad_dom_is(d->parent, "dl") &&
            dt_picture(d) &&
            (!fig_img || !ad_dom_within(fig_img, d->parent) || dt_holds(d, fig_img)))
            cap = d; /* in a gallery, the <dd> of the picture chosen */
        char cb[96];
        const char *cls = lower_into(ad_dom_attr(d, "class"), cb, sizeof(cb));
        /* A wrapper named for both ("credit-caption") holds the two parts. */
        if (!cap_cls && d != fig &&
            ((caption_class(cls) && !has_word(cls, "credit") && caption_el(d)) ||
             ad_dom_unmarked_caption(d)))
            cap_cls = d;
        /* In a box that is no <figure>, a link or button named "source"
         * is the page's furniture, not the picture's credit. */
        if (!credit_el && d != fig &&
            (has_word(cls, "credit") || has_word(cls, "copyright") || has_word(cls, "source") ||
             (ad_dom_is(fig, "figure") && last_element(d) &&
              (has_word(cls, "author") || has_word(cls, "photographer")))) &&
            (ad_dom_is(fig, "figure") || caption_el(d)))
            credit_el = d;
        /* In any box, the picture's author that says it is one ("<div
         * class=author>Foto: Michal Šula, MAFRA</div>"). */
        if (!credit_el && d != fig && last_element(d) &&
            (has_word(cls, "author") || has_word(cls, "photographer")) && caption_el(d)) {
            char *t = node_text(c, d, 200);
            if (t && credit_of((span){t, strlen(t)}, 0).s)
                credit_el = d;
        }
        /* A <cite> in a caption cites the picture's source: "(ABC News:
         * Keira Doyle)". */
        if (!credit_el && ad_dom_is(d, "cite") && ad_dom_is(fig, "figure"))
            credit_el = d;
    }
    /* A <figcaption> of two parts, the caption and a few capitalized
     * words after it ("<span>...</span><span>ANP</span>"): the last part
     * is the credit, whatever its class. */
    if (cap && !credit_el)
        credit_el = caption_tail_credit(c, cap);
    /* A few words over the picture, outside its <figcaption>: the credit
     * ("<span role=text><span class=visually-hidden>Image source,
     * </span>Dyfed-Powys Police</span>"). */
    if (cap && !credit_el && ad_dom_is(fig, "figure") && ad_dom_is(cap, "figcaption"))
        credit_el = figure_credit(c, fig, cap);
    /* A <figcaption> that is the credit ("image__credit") beside an element
     * named as the caption: that element is the caption. */
    if (cap && cap == credit_el && cap_cls)
        cap = cap_cls;
    /* Without a <figcaption>: an element named as the caption, inside
     * the figure or just after it ("<div class=caption>" beside it). */
    int named = 0;
    if (!cap && (cap = cap_cls ? cap_cls : caption_after(fig)))
        named = 1;
    /* A wrapper named "credit-caption" around the caption is no credit;
     * an element named as the credit inside it, beside the caption, is. */
    for (xmlNodePtr u = cap; u && credit_el && u != fig; u = u->parent)
        if (u == credit_el) {
            xmlNodePtr wrap = credit_el;
            credit_el = NULL;
            int visited = 0;
            for (xmlNodePtr d = wrap->children; d && !credit_el && visited < 200;
                 d = ad_dom_next(d, wrap), visited++) {
                char cb2[96];
                const char *cl2 = lower_into(ad_dom_attr(d, "class"), cb2, sizeof(cb2));
                if (has_word(cl2, "credit") && !ad_dom_within(cap, d) && !ad_dom_within(d, cap))
                    credit_el = d;
            }
            break;
        }
    if (!cap && !credit_el && !fig_img)
        return;
    hints->lead_figure = fig;
    if (!out->image.url && fig_img)
        out->image.url = absolutize(c, img_src(fig_img));
    if (!out->image.url)
        return;
    char *caption =
        cap ? node_text_flags(c, cap, 2000, AD_DOM_WORDS | AD_DOM_NO_BUTTONS | AD_DOM_NO_HIDDEN)
            : NULL;
    /* A class says less than <figcaption>: "caption" also styles labels
     * ("Author", "Verified expert") and bylines. */
    if (named && caption && !ad_text_ncasecmp(caption, "caption", 7) &&
        (caption[7] == ' ' || caption[7] == ':')) {
        caption += 8; /* a field's label, hidden for screen readers */
        while (*caption == ' ')
            caption++;
    }
    /* A control's label closing it ("...surface.hide caption"). */
    if (caption)
        strip_caption_tail(caption);
    /* ... and one still saying "caption" holds the page's controls ("hide
     * caption", "toggle caption"). */
    if (named && caption &&
        (few_words(caption) || !ad_text_ncasecmp(caption, "by ", 3) ||
         ad_text_icontains(caption, "caption")))
        caption = NULL;
    /* A date alone is a post's stamp set in a class that styles captions
     * ("caption-with-letter-spacing"), not a picture's caption. */
    size_t capl = caption ? strlen(caption) : 0;
    ad_date cd;
    if (capl && capl <= 40 && count_words(caption, capl) <= 4 && ad_date_parse(caption, capl, &cd))
        caption = NULL;
    char *credit = credit_el ? node_text(c, credit_el, 300) : NULL;
    if (credit && *credit) {
        /* The caption was read without hidden text, so is the credit it
         * ends with; the hidden label ("<span class=visually-hidden>Credit
         * </span>") still tells the credit below. */
        const char *shown = node_text_flags(c, credit_el, 300, AD_DOM_NO_HIDDEN);
        if (!shown || !*shown)
            shown = credit;
        size_t cl = strlen(shown), tl = caption ? strlen(caption) : 0;
        if (caption && tl >= cl && !strcmp(caption + tl - cl, shown)) {
            /* ... and the separator set before it ("Campinas - Name"). */
            size_t e = tl - cl;
            for (;;) {
                while (e && caption[e - 1] == ' ')
                    e--;
                if (e && (caption[e - 1] == '-' || caption[e - 1] == '|'))
                    e--;
                else if (e >= 3 && (!memcmp(caption + e - 3, "\xe2\x80\x93", 3) ||
                                    !memcmp(caption + e - 3, "\xe2\x80\x94", 3)))
                    e -= 3;
                else
                    break;
            }
            caption[e] = '\0';
            /* What is left may be the credit's label alone ("Image
             * credit:"): no caption then. */
            int label = 1;
            for (size_t k = 0; k < e && label;) {
                while (k < e && (caption[k] == ' ' || caption[k] == ':'))
                    k++;
                size_t we = k;
                while (we < e && caption[we] != ' ' && caption[we] != ':')
                    we++;
                if (we > k && !ad_author_credit_word(caption + k, we - k))
                    label = 0;
                k = we;
            }
            if (label)
                caption[0] = '\0';
        } else if (caption && tl > cl && !strncmp(caption, shown, cl) && caption[cl] == ' ' &&
                   ad_author_credit_word(shown, strcspn(shown, " :"))) {
            /* A credit set first, opening with a credit's word ("PHOTO
             * FOURNIE PAR LA SOPFEU Le brasier, vu de la route 167"): the
             * caption is what follows it (not "Ben Zettler Founder, ..."). */
            caption += cl;
            while (*caption == ' ' || *caption == '-' || *caption == '|')
                caption++;
        }
        const char *cap2, *cr2;
        if (ad_meta_split_credit(c->a, credit, &cap2, &cr2) != AD_OK)
            c->nomem = 1;
        /* A credit set in brackets of its own: "(ABC News: Keira Doyle)". */
        size_t crl = strlen(credit);
        if (!cr2 && crl > 2 &&
            ((credit[0] == '(' && credit[crl - 1] == ')') ||
             (credit[0] == '[' && credit[crl - 1] == ']'))) {
            credit[crl - 1] = '\0';
            credit++;
        }
        while (!cr2 && (*credit == '|' || *credit == ' '))
            credit++; /* "| Bloomberg": the separator set before it */
        out->image.credit = cr2 ? cr2 : credit;
        out->image.caption = caption && *caption ? caption : NULL;
        return;
    }
    if (caption && *caption &&
        ad_meta_split_credit(c->a, caption, &out->image.caption, &out->image.credit) != AD_OK)
        c->nomem = 1;
}

/* ------------------------------------------------------------ choices */

/* Minutes since the days epoch, in UTC, of a date with time and offset. */
static long instant_min(const ad_date *d)
{
    return (long)date_days(d) * 1440 + d->hour * 60 + d->minute - d->offset_min;
}

/* When *best is a UTC time and shown, the day the page shows, is the day
 * before or after it as some time zone would see it, *best becomes that
 * instant in the zone shown's time implies, or the shown day alone. */
static void local_day(ad_date *best, const ad_date *shown)
{
    if (!best->has_time || !best->has_offset || best->offset_min)
        return;
    int dd = date_days(shown) - date_days(best);
    if (!((dd == -1 && best->hour < 12) || (dd == 1 && best->hour >= 10)))
        return;
    if (shown->has_time && !shown->has_offset) {
        long local = (long)date_days(shown) * 1440 + shown->hour * 60 + shown->minute;
        long off = local - instant_min(best);
        if (off % 15 == 0 && off >= -12 * 60 && off <= 14 * 60) {
            *best = *shown;
            best->has_offset = 1;
            best->offset_min = (int)off;
            return;
        }
    }
    *best = *shown;
    best->has_time = best->has_offset = 0;
}

/* Whether s writes a date in digits only ("09.10.2024", "3/9/2026"), whose
 * day and month may have been read the wrong way round. */
static int numeric_date(const char *s)
{
    for (; *s; s++) {
        size_t a = 0, b = 0, y = 0;
        const char *p = s;
        while (p[a] >= '0' && p[a] <= '9')
            a++;
        if (!a || a > 2 || (p[a] != '.' && p[a] != '/' && p[a] != '-'))
            continue;
        p += a + 1;
        while (p[b] >= '0' && p[b] <= '9')
            b++;
        if (!b || b > 2 || (p[b] != '.' && p[b] != '/' && p[b] != '-'))
            continue;
        p += b + 1;
        while (p[y] >= '0' && p[y] <= '9')
            y++;
        if (y == 4 || y == 2)
            return 1;
    }
    return 0;
}

/* Whether a candidate ranked min_rank to max_rank falls on d's day. */
static int day_listed(const ad__rawlist *l, const ad_date *d, int min_rank, int max_rank)
{
    ad_date e;
    for (size_t i = 0; l && i < l->n; i++)
        if (l->rank[i] >= min_rank && l->rank[i] <= max_rank &&
            ad_date_parse(l->v[i], strlen(l->v[i]), &e) && date_days(&e) == date_days(d))
            return 1;
    return 0;
}

/* The ranks data/meta_keys.tsv gives the published-time meta tags
 * (article:published_time 20, og:published_time 21, parsely-pub-date 22). */
#define META_PUBLISHED_RANK 20

/* Whether d falls after every date of l, when l has one: a day after the
 * page was last modified is an event's, not the page's. */
static int after_all(const ad_date *d, const ad__rawlist *l)
{
    ad_date e;
    int any = 0;
    for (size_t i = 0; l && i < l->n; i++) {
        if (!ad_date_parse(l->v[i], strlen(l->v[i]), &e))
            continue;
        if (date_days(&e) >= date_days(d))
            return 0;
        any = 1;
    }
    return any;
}

/* *d becomes the best-ranked candidate of mods on d's day that has a
 * time, if any. */
static void mod_on_day(const ad__rawlist *mods, ad_date *d)
{
    ad_date e;
    int best = AD__RANK_NONE;
    for (size_t i = 0; mods && i < mods->n; i++)
        if (mods->rank[i] < best && ad_date_parse(mods->v[i], strlen(mods->v[i]), &e) &&
            e.has_time && date_days(&e) == date_days(d))
            *d = e, best = mods->rank[i];
}

/* Whether text names the year y as a word ("Best laptops of 2025"). */
static int names_year(const char *text, int y)
{
    for (const char *p = text; p && *p; p++) {
        if (*p < '0' || *p > '9' || (p > text && p[-1] >= '0' && p[-1] <= '9'))
            continue;
        int v = 0, n = 0;
        while (p[n] >= '0' && p[n] <= '9' && n < 5)
            v = v * 10 + (p[n] - '0'), n++;
        if (n == 4 && v == y)
            return 1;
    }
    return 0;
}

/* Whether a list holds a time equal to d's instant. */
static int instant_listed(const ad__rawlist *l, const ad_date *d)
{
    ad_date x;
    for (size_t i = 0; l && i < l->n; i++)
        if (ad_date_parse(l->v[i], strlen(l->v[i]), &x) && x.has_time && x.has_offset &&
            instant_min(&x) == instant_min(d))
            return 1;
    return 0;
}

/* The published (or modified) date: the best-ranked candidate that
 * parses; one that disagrees with a date in the URL by more than a day
 * gives way to one that agrees. */
static const char *choose_date(ad__meta_ctx *c, ad__rawlist *l, const ad_date *url_date,
                               const char *byline_date, const ad__rawlist *mods, const char *title,
                               ad_date *picked)
{
    ad_date best, d;
    memset(&best, 0, sizeof(best));
    int best_rank = AD__RANK_NONE, have = 0;
    int agree_rank = AD__RANK_NONE, agree = 0;
    ad_date agreed;
    memset(&agreed, 0, sizeof(agreed));
    for (size_t i = 0; i <= l->n; i++) {
        const char *s = i < l->n ? l->v[i] : byline_date;
        /* The date by the headline ranks just above the dated elements
         * found anywhere after it, which may be a related-posts list. */
        int rank = i < l->n ? l->rank[i] : AD__RANK_VISIBLE - 3;
        if (!s || !ad_date_parse(s, strlen(s), &d))
            continue;
        if (rank < best_rank || (rank == best_rank && d.has_time && !best.has_time)) {
            best = d, best_rank = rank, have = 1;
        }
        if (url_date && abs(date_days(&d) - date_days(url_date)) <= 1 && rank < agree_rank)
            agreed = d, agree_rank = rank, agree = 1;
    }
    if (url_date && have && abs(date_days(&best) - date_days(url_date)) > 1)
        best = agree ? agreed : *url_date;
    if (!have && url_date)
        best = *url_date, have = 1;
    if (!have)
        return NULL;
    /* A UTC time whose day is not the one the URL shows: the outlet's CMS
     * dated the path in its local day, which is kept. (The page's visible
     * day is not used so: references follow the structured value as
     * written, and a UTC instant is not wrong.) */
    if (url_date)
        local_day(&best, url_date);
    /* A structured published time equal to a modified time (a system
     * that rewrites both on each save) gives way to the earlier published
     * time a meta tag states, up to a day and a half before it
     * ("datePublished" 07:41 = "dateModified", article:published_time
     * 05:12, as the page shows). */
    if (best_rank < META_PUBLISHED_RANK && best.has_time && best.has_offset &&
        instant_listed(mods, &best)) {
        long b = instant_min(&best);
        for (size_t i = 0; i < l->n; i++)
            if (l->rank[i] >= META_PUBLISHED_RANK && l->rank[i] <= META_PUBLISHED_RANK + 2 &&
                ad_date_parse(l->v[i], strlen(l->v[i]), &d) && d.has_time && d.has_offset &&
                instant_min(&d) < instant_min(&best) && b - instant_min(&d) <= 36 * 60)
                best = d; /* the earliest such */
    }
    /* A value at midnight exactly is a date stored as a timestamp (a print
     * edition's day, "2033-10-06T00:00:00+06:00"): the best-ranked source
     * that gives a real time within a day of it, with an offset, dates the
     * story ("article:published_time" 21:14 the evening before). */
    if (best.has_time && !best.hour && !best.minute && !best.second && best.has_offset) {
        int trank = AD__RANK_NONE;
        ad_date t;
        for (size_t i = 0; i < l->n; i++)
            if (l->rank[i] < trank && ad_date_parse(l->v[i], strlen(l->v[i]), &d) && d.has_time &&
                d.has_offset && (d.hour || d.minute || d.second) &&
                labs(instant_min(&d) - instant_min(&best)) <= 24 * 60)
                t = d, trank = l->rank[i];
        if (trank != AD__RANK_NONE)
            best = t;
    }
    /* The date printed by the headline against the structured one. */
    ad_date shown;
    if (byline_date && best_rank < AD__RANK_VISIBLE && !url_date &&
        ad_date_parse(byline_date, strlen(byline_date), &shown)) {
        int gap = date_days(&shown) - date_days(&best);
        int says_update = ad_text_icontains(byline_date, "updat");
        int modified_day = day_listed(mods, &shown, 0, AD__RANK_NONE);
        if (gap < -1) {
            /* The shown date names the day readers are told; a structured
             * value days after it (a template's or a re-indexing date)
             * gives way, unless the line says it is an update or the
             * days are a month and day read both ways. */
            if (!says_update && !ad_text_icontains(byline_date, "modif") &&
                !ad_text_icontains(byline_date, "review") &&
                !(numeric_date(byline_date) && shown.month == best.day && shown.day == best.month &&
                  shown.year == best.year) &&
                (best_rank >= 40 || !day_listed(l, &best, 40, AD__RANK_NONE)) && !modified_day)
                best = shown;
        } else if (gap > 1 && !says_update && !modified_day) {
            /* A shown date later than the structured one is a
             * re-publication or display date beside the original, which is
             * kept, unless a meta tag or a marked <time> gives the shown
             * day too: two sources then tell the later day against one. */
            if (day_listed(l, &shown, 0, 44) && !after_all(&shown, mods))
                best = shown;
        } else if (gap > 1) {
            /* A page whose only date by the headline is a later update (it
             * says so, or it is the modified day), and which states no
             * published-time meta tag, is dated by the update (its JSON-LD
             * keeps the first draft's date), unless its headline names the
             * original year and not the update's ("... in 2020"). */
            if (!day_listed(l, &best, META_PUBLISHED_RANK, META_PUBLISHED_RANK + 2) &&
                !(names_year(title, best.year) && !names_year(title, shown.year))) {
                best = shown;
                mod_on_day(mods, &best);
            }
        }
    }
    /* A date without a time takes the time another source gives for the
     * same day (a date-only meta beside "Updated: 2025-11-28 07:12" by the
     * headline); the best-ranked such source wins. Midnight is a date
     * stored as a timestamp, not a time. */
    if (!best.has_time) {
        ad_date t;
        int trank = AD__RANK_NONE;
        for (size_t i = 0; i <= l->n; i++) {
            const char *s = i < l->n ? l->v[i] : byline_date;
            int rank = i < l->n ? l->rank[i] : AD__RANK_VISIBLE - 3;
            if (s && rank < trank && ad_date_parse(s, strlen(s), &d) && d.has_time &&
                (d.hour || d.minute || d.second) && date_days(&d) == date_days(&best))
                t = d, trank = rank;
        }
        if (trank != AD__RANK_NONE)
            best = t;
    }
    /* A time without an offset takes the offset another source gives for
     * the same local time ("12/2/2025 11:30:00 AM" in JSON-LD beside
     * "2025-12-02T11:30:00+02:00"). */
    for (size_t i = 0; best.has_time && !best.has_offset && i < l->n; i++)
        if (ad_date_parse(l->v[i], strlen(l->v[i]), &d) && d.has_time && d.has_offset &&
            date_days(&d) == date_days(&best) && d.hour == best.hour && d.minute == best.minute)
            best.has_offset = 1, best.offset_min = d.offset_min;
    int off;
    if (best.has_time && !best.has_offset && ad_date_outlet_offset(c->host, &best, &off)) {
        best.has_offset = 1;
        best.offset_min = off;
    }
    char buf[40];
    if (!ad_date_format(&best, buf, sizeof(buf)))
        return NULL;
    *picked = best;
    char *r = ad_arena_strdup(c->a, buf);
    if (!r)
        c->nomem = 1;
    return r;
}

/* Whether any candidate of l parses as a date. */
static int any_date(const ad__rawlist *l)
{
    ad_date d;
    for (size_t i = 0; i < l->n; i++)
        if (ad_date_parse(l->v[i], strlen(l->v[i]), &d))
            return 1;
    return 0;
}

/* For a page dated nowhere else: the lines after an <h1> that says the
 * title when none was taken as the headline (two <h1>s, one worded apart
 * from the title, one holding the title and its standfirst), else the
 * small box holding the byline ("Written by Jane Doe" over "April 8,
 * 2024"). */
static const char *last_resort_date(ad__meta_ctx *c, walk *w, const char *title,
                                    const ad_meta_hints *hints)
{
    size_t real = 0;
    for (size_t i = 0; i < w->nh1; i++)
        real += !w->h1[i].strength;
    for (size_t i = 0; title && i < w->nh1; i++) {
        if (w->h1[i].strength || w->h1[i].n == hints->headline)
            continue;
        /* It says the title, holds it with a standfirst, or is the only
         * one the page has. */
        char *t = node_text(c, w->h1[i].n, 1024);
        int back = t && *t ? token_cover(title, t) : 0;
        if (!back || (real > 1 && back < 90 && (back < 50 || token_cover(t, title) < 50)))
            continue;
        found_byline line;
        memset(&line, 0, sizeof(line));
        scan_after_headline(c, w->h1[i].n, &line);
        if (line.b.date)
            return line.b.date;
    }
    xmlNodePtr up = hints->byline ? hints->byline->parent : NULL;
    for (int k = 0; k < 3 && up && up->type == XML_ELEMENT_NODE; k++, up = up->parent) {
        char *t = node_text(c, up, 241);
        size_t tl = t ? strlen(t) : 0;
        ad_date d;
        if (tl > 240)
            break;
        if (tl && ad_date_parse(t, tl, &d))
            return t;
    }
    return NULL;
}

/* BCP 47 from "en_US", "en-us, fr", "EN": primary subtag lowercase. */
static const char *normalize_lang(ad__meta_ctx *c, const char *v)
{
    if (!v)
        return NULL;
    char buf[16];
    size_t n = 0;
    while (*v == ' ')
        v++;
    for (; *v && *v != ',' && *v != ';' && *v != ' ' && n + 1 < sizeof(buf); v++)
        buf[n++] = *v == '_' ? '-' : *v;
    buf[n] = '\0';
    size_t prim = strcspn(buf, "-");
    if (prim < 2 || prim > 3)
        return NULL;
    for (size_t k = 0; k < n; k++) {
        char ch = buf[k];
        int alpha = (ch | 32) >= 'a' && (ch | 32) <= 'z';
        if (!alpha && ch != '-' && !(ch >= '0' && ch <= '9'))
            return NULL;
        if (k < prim) {
            if (!alpha)
                return NULL;
            buf[k] = (char)(ch | 32);
        } else if (ch >= 'a' && ch <= 'z' && k > prim && n - prim - 1 == 2) {
            buf[k] = (char)(ch - 32); /* region: en-US */
        }
    }
    char *r = ad_arena_strdup(c->a, buf);
    if (!r)
        c->nomem = 1;
    return r;
}

/* Whether an <h1> is the site's name rather than a headline: it names the
 * outlet or the host exactly ("Ambuja Yoga", "davidbau.com"), or its text
 * is a single link to the site's home page (a logo set in an <h1>). */
static int h1_is_site(ad__meta_ctx *c, xmlNodePtr h1, const char *t)
{
    size_t tl = strlen(t);
    if (ad_author_is_outlet(t, tl, c->host, site_name(c)))
        return 1;
    const char *h = c->host;
    if (!strncmp(h, "www.", 4))
        h += 4;
    if (*h && strlen(h) == tl && !ad_text_ncasecmp(t, h, tl))
        return 1;
    for (xmlNodePtr d = h1->children; d; d = ad_dom_next(d, h1)) {
        if (!ad_dom_is(d, "a"))
            continue;
        const char *href = ad_dom_attr(d, "href");
        if (!href)
            return 0;
        const char *p = href;
        if (!strncmp(p, "https:", 6))
            p += 6;
        else if (!strncmp(p, "http:", 5))
            p += 5;
        if (p[0] == '/' && p[1] == '/') {
            p += 2;
            size_t hl = strlen(c->host);
            if (!hl || ad_text_ncasecmp(p, c->host, hl))
                return 0;
            p += hl;
        }
        if (strcmp(p, "/") && strcmp(p, ""))
            return 0;
        char *at = node_text(c, d, 1024);
        return at && strlen(at) * 10 >= tl * 8;
    }
    return 0;
}

/* A title that opens with the site's name as a plain word run
 * ("davidbau.com Vibe Coding", the name shown in the <h1>): the rest. */
static const char *drop_site_prefix(const char *title, const char *name)
{
    size_t nl = name ? strlen(name) : 0;
    if (!title || !nl || ad_text_ncasecmp(title, name, nl) || title[nl] != ' ' ||
        count_words(title + nl, strlen(title + nl)) < 1)
        return title;
    return title + nl + 1;
}

/* Whether h is t printed with characters lost to a bad encoding: where h
 * shows "?" or U+FFFD, t has a few other bytes ("Beginner? Guide" for
 * "Beginner's Guide"); elsewhere they agree (case aside). */
static int garbled_copy(const char *h, const char *t)
{
    int bad = 0;
    size_t i = 0, j = 0;
    while (h[i] && t[j]) {
        unsigned char a = (unsigned char)h[i], b = (unsigned char)t[j];
        if ((a | (a < 0x80 && a >= 'A' && a <= 'Z' ? 32 : 0)) ==
            (b | (b < 0x80 && b >= 'A' && b <= 'Z' ? 32 : 0))) {
            i++, j++;
            continue;
        }
        size_t bl = a == '?' ? 1 : !strncmp(h + i, "\xef\xbf\xbd", 3) ? 3 : 0;
        if (!bl)
            return 0;
        /* Resynchronize: t's next few bytes stand for the lost character. */
        char next = h[i + bl];
        size_t k = 1;
        while (k <= 4 && t[j + k] && t[j + k] != next)
            k++;
        if (k > 4 || t[j + k] != next)
            return 0;
        if (t[j] == '?' && k == 1)
            return 0; /* a real question mark in both */
        i += bl, j += k, bad++;
    }
    return bad && !h[i] && !t[j];
}

/* Whether a text has letters and none of them lowercase (ASCII). */
static int all_caps(const char *t)
{
    int up = 0;
    for (; *t; t++) {
        if (*t >= 'a' && *t <= 'z')
            return 0;
        up += *t >= 'A' && *t <= 'Z';
    }
    return up >= 3;
}

/* The letters and digits of s, lowercase, into out (punctuation, spaces
 * and the General Punctuation block dropped); returns the length. */
static size_t squash_text(const char *s, char *out, size_t size)
{
    size_t o = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p && o + 1 < size; p++) {
        if (p[0] == 0xe2 && (p[1] == 0x80 || p[1] == 0x81) && p[2]) {
            p += 2;
            continue;
        }
        if (*p >= 0x80 || (*p >= '0' && *p <= '9') || ((*p | 32) >= 'a' && (*p | 32) <= 'z'))
            out[o++] = (char)(*p < 0x80 ? (*p >= 'A' && *p <= 'Z' ? *p | 32 : *p) : *p);
    }
    out[o] = '\0';
    return o;
}

/* Whether a headline and a title share the part before a colon but go on
 * differently ("X: A Deep Dive into Y" vs "X: Y"): the title then says
 * what the page calls itself, the heading a variant of it. */
static int same_head_other_tail(const char *h, const char *t)
{
    const char *hc = strstr(h, ": "), *tc = strstr(t, ": ");
    if (!hc || !tc || hc - h != tc - t || ad_text_ncasecmp(h, t, (size_t)(hc - h)))
        return 0;
    if (count_words(h, (size_t)(hc - h)) < 2)
        return 0;
    /* A tail that extends the other is the same title cut short or given a
     * suffix, not a different one; punctuation and case do not count. */
    char a[256], b[256];
    size_t al = squash_text(hc, a, sizeof(a)), bl = squash_text(tc, b, sizeof(b));
    return memcmp(a, b, al < bl ? al : bl) != 0;
}

/* The metadata's title is kept over a heading garbled by a bad encoding,
 * set in capitals, or going on differently after the same opening before a
 * colon; otherwise the heading h. */
static const char *metadata_spelling(const char *h, const char *meta, const char *doc)
{
    const char *refs[2] = {meta, doc};
    for (int r = 0; r < 2; r++)
        if (refs[r] && !strcmp(h, refs[r]))
            return h;
    for (int r = 0; r < 2; r++)
        if (refs[r] && (garbled_copy(h, refs[r]) || (all_caps(h) && !all_caps(refs[r])) ||
                        same_head_other_tail(h, refs[r])))
            return refs[r];
    return h;
}

/* The element an <h1> opens with, through wrappers holding only it, white
 * space before it aside ("<h1><span class=topline>...</span> ..."), or
 * NULL when the heading opens with text. */
static xmlNodePtr heading_opener(xmlNodePtr h1)
{
    xmlNodePtr n = h1, lone;
    while ((lone = ad_dom_lone_child(n)) != NULL)
        n = lone;
    xmlNodePtr k = n->children;
    while (k && k->type == XML_TEXT_NODE && k->content &&
           !k->content[strspn((const char *)k->content, " \t\r\n")])
        k = k->next;
    return k && k->type == XML_ELEMENT_NODE ? k : NULL;
}

/* The headline of an <h1> that opens with a kicker named by its class
 * (data/headline_kickers.tsv: "<span class=topline>Hitze in
 * Süddeutschland</span> Wetterdienst warnt vor bis zu 39 Grad"): the text
 * after the kicker, when it has three words or more; else NULL. */
static const char *after_named_kicker(ad__meta_ctx *c, xmlNodePtr h1, const char *h)
{
    xmlNodePtr k = heading_opener(h1);
    if (!k || !k->next)
        return NULL;
    char cb[128];
    const char *cls = lower_into(ad_dom_attr(k, "class"), cb, sizeof(cb));
    size_t r = 0;
    while (cls && r < ad_tbl_headline_kickers_len && !strstr(cls, ad_tbl_headline_kickers[r][0]))
        r++;
    if (!cls || r == ad_tbl_headline_kickers_len)
        return NULL;
    char *kt = node_text(c, k, 256);
    size_t kl = kt ? strlen(kt) : 0, hl = strlen(h);
    if (!kl || kl + 1 >= hl || strncmp(h, kt, kl) || h[kl] != ' ' ||
        count_words(h + kl + 1, hl - kl - 1) < 3 || count_words(kt, kl) > 8)
        return NULL;
    return h + kl + 1;
}

/* The metadata title when the <h1> says it after a kicker set in an
 * element of its own ("<span class=topline>Deutscher Außenhandel</span>
 * Exporte in die USA brechen im Juli ein", "<strong>Blog:</strong> Best
 * ...", a <time> before a blog post's title); otherwise h. A kicker run
 * into the heading's text ("2025 Software Development Price Guide") is
 * part of the headline. */
static const char *kicker_headline(ad__meta_ctx *c, xmlNodePtr h1, const char *h, const char *meta)
{
    const char *named = h1 ? after_named_kicker(c, h1, h) : NULL;
    if (named)
        return named;
    if (!meta || !h1)
        return h;
    size_t hl = strlen(h), ml = strlen(meta);
    /* The rest of the heading begins as the metadata title does, case and
     * all ("<span>5</span> things to know" is one headline). */
    if (hl <= ml + 1 || ad_text_casecmp(h + hl - ml, meta) || h[hl - ml] != meta[0] ||
        h[hl - ml - 1] != ' ' || count_words(meta, ml) < 3 || count_words(h, hl - ml) > 6)
        return h;
    xmlNodePtr k = heading_opener(h1);
    if (!k)
        return h;
    char *kt = node_text(c, k, 256);
    char a[256], b[256], extra[256];
    snprintf(extra, sizeof(extra), "%.*s", (int)(hl - ml - 1), h); /* the kicker's words */
    size_t al = kt ? squash_text(kt, a, sizeof(a)) : 0, bl = squash_text(extra, b, sizeof(b));
    return al && al == bl && !memcmp(a, b, al) ? meta : h;
}

/* Whether two cleaned titles say the same: nearly all words shared. */
static int titles_agree(const char *a, const char *b)
{
    return token_cover(a, b) >= 80 && token_cover(b, a) >= 80;
}

/* The metadata title, cleared of site names. The best-ranked source is kept
 * unless more of the page's title sources (og:title, twitter:title, JSON-LD
 * headlines, parsely-title, dc.title, <title>) agree on another one and no
 * <h1> backs it: a JSON-LD headline repeating an SEO <title> loses to
 * og:title, twitter:title and parsely-title agreeing on another headline. */
static const char *voted_title(ad__meta_ctx *c, const char *site, const char *doc, char *const *h1s,
                               size_t nh1)
{
    const char *best = c->title.v ? ad_meta_clean_title(c->a, c->title.v, site, c->host) : NULL;
    size_t n = c->titles.n;
    if (!best || n < 2)
        return best;
    for (size_t j = 0; j < nh1; j++)
        if (h1s[j] && *h1s[j] && titles_agree(best, h1s[j]))
            return best;
    const char *cl[AD__META_MAX_RAW + 1];
    for (size_t i = 0; i < n; i++)
        cl[i] = c->titles.v[i] == c->title.v
                    ? best
                    : ad_meta_clean_title(c->a, c->titles.v[i], site, c->host);
    if (doc)
        cl[n++] = doc;
    int best_votes = 0, top_votes = 0;
    const char *pick = best;
    for (size_t i = 0; i < n; i++) {
        if (!cl[i] || !*cl[i])
            continue;
        int votes = 0;
        for (size_t j = 0; j < n; j++)
            votes += cl[j] && *cl[j] && (j == i || titles_agree(cl[i], cl[j]));
        if (cl[i] == best || titles_agree(cl[i], best)) {
            if (votes > best_votes)
                best_votes = votes;
        } else if (votes > top_votes) {
            top_votes = votes, pick = cl[i];
        }
    }
    return top_votes > best_votes ? pick : best;
}

/* The title an <h1> gives: its text, in the metadata's spelling where
 * that is better (metadata_spelling(), kicker_headline()). */
static const char *h1_title(ad__meta_ctx *c, xmlNodePtr h1, const char *t, const char *meta,
                            const char *doc)
{
    const char *r = metadata_spelling(t, meta, doc);
    return r == t ? kicker_headline(c, h1, t, meta) : r;
}

/* Whether a headline of `words` words is the full form of a shorter
 * metadata title: it says most of the title's words and at least two more
 * ("4 Emerging Technologies That Are Helping Us in the Fight Against Climate
 * Change" for "4 Emerging Technologies to Fight Climate Change"). */
static int spells_out(const char *h, size_t words, const char *t)
{
    return t && words >= count_words(t, strlen(t)) + 2 && token_cover(t, h) >= 50;
}

/* The words of a page address's last path segment, the slug a publishing
 * system writes from the headline when the story is saved
 * ("/blog/best-language-learning-app/" says "best language learning app"),
 * or NULL when there is none of at least three words. */
static const char *url_slug(ad__meta_ctx *c, const char *url)
{
    if (!url)
        return NULL;
    const char *p = strstr(url, "://");
    p = p ? strchr(p + 3, '/') : NULL;
    if (!p)
        return NULL;
    size_t len = strcspn(p, "?#");
    while (len && p[len - 1] == '/')
        len--;
    size_t st = len;
    while (st && p[st - 1] != '/')
        st--;
    size_t n = len - st;
    const char *dot = memchr(p + st, '.', n);
    if (dot)
        n = (size_t)(dot - (p + st)); /* "story-name.html" */
    if (n < 8 || n > 300 || memchr(p + st, '%', n))
        return NULL;
    char *slug = ad_arena_strndup(c->a, p + st, n);
    if (!slug) {
        c->nomem = 1;
        return NULL;
    }
    span t[8];
    size_t words = 0, nt = tokens(slug, t, 8);
    for (size_t i = 0; i < nt; i++)
        words += t[i].n > 1 && !(t[i].s[0] >= '0' && t[i].s[0] <= '9');
    return words >= 3 ? slug : NULL;
}

static void choose_title(ad__meta_ctx *c, walk *w, ad_meta *out, ad_meta_hints *hints,
                         size_t *h1_ord)
{
    const char *site = site_name(c);
    const char *doc0 =
        c->doc_title.v ? ad_meta_clean_title(c->a, c->doc_title.v, site, c->host) : NULL;
    /* An <h1> that is the site's name is no headline, and a title opening
     * with that name loses it. */
    char *texts[MAX_H1] = {0};
    const char *site_h1[MAX_H1];
    size_t nsite = 0;
    for (size_t i = 0; i < w->nh1; i++) {
        /* A headline set in two elements ("Alternatives<span>Top ...")
         * reads as two words. */
        texts[i] = node_text_flags(c, w->h1[i].n, 1024, AD_DOM_WORDS);
        if (texts[i] && *texts[i] && !w->h1[i].strength && h1_is_site(c, w->h1[i].n, texts[i])) {
            site_h1[nsite++] = texts[i];
            texts[i] = NULL;
        }
    }
    const char *meta = voted_title(c, site, doc0, texts, w->nh1);
    const char *doc = doc0;
    for (size_t k = 0; k < nsite; k++) {
        meta = drop_site_prefix(meta, site_h1[k]);
        doc = drop_site_prefix(doc, site_h1[k]);
    }
    /* The visible headline wins when the metadata agrees with it. */
    int best = -1, best_score = 0;
    for (size_t i = 0; i < w->nh1; i++) {
        if (!texts[i] || !*texts[i] || strlen(texts[i]) > 400)
            continue;
        int s = 0;
        /* The titles as given count too: an <h1> repeating one whole shows
         * that a part taken for a site name belongs to the headline. */
        const char *refs[4] = {meta, doc, c->title.v, c->doc_title.v};
        for (int r = 0; r < 4; r++) {
            if (!refs[r])
                continue;
            if (r >= 2 && ad_text_casecmp(texts[i], refs[r]))
                continue;
            int cov = token_cover(texts[i], refs[r]), back = token_cover(refs[r], texts[i]);
            int sc = cov < back ? cov : back;
            if (cov >= 90 && back >= 50)
                sc = cov;
            if (sc > s)
                s = sc;
        }
        if (s > best_score)
            best_score = s, best = (int)i;
    }
    if (best >= 0 && best_score >= 70) {
        out->title = h1_title(c, w->h1[best].n, texts[best], meta, doc);
        hints->headline = w->h1[best].n;
        *h1_ord = w->h1[best].ord;
        return;
    }
    /* The headline node for the body and the byline scan: the sole <h1>.
     * Layouts that set the headline twice, once for small screens and once
     * for large ones, still show one. */
    size_t real_h1 = 0, idx = 0;
    for (size_t i = 0; i < w->nh1; i++) {
        if (w->h1[i].strength || !texts[i] || !*texts[i])
            continue;
        if (real_h1 && !strcmp(texts[i], texts[idx]))
            continue;
        real_h1++, idx = i;
    }
    /* A page with one headline shows the title it means, even when its
     * metadata carries an SEO variant; a site name or a one-word section
     * label in the <h1> is not a headline. */
    if (real_h1 == 1 && (meta || doc) && !w->h1[idx].strength) {
        const char *t = texts[idx];
        size_t words = count_words(t, strlen(t));
        if (words >= 3 && words <= 40 && !names_site((span){t, strlen(t)}, site, c->host) &&
            (token_cover(t, meta ? meta : doc) >= 50 || (doc && token_cover(t, doc) >= 50) ||
             spells_out(t, words, meta) || spells_out(t, words, doc))) {
            out->title = h1_title(c, w->h1[idx].n, t, meta, doc);
            hints->headline = w->h1[idx].n;
            *h1_ord = w->h1[idx].ord;
            return;
        }
    }
    /* The address is a second witness for a headline the metadata words
     * apart: a slug that spells the <h1> and not the metadata title was
     * written from the headline the article was published under. */
    const char *slug = meta || doc ? url_slug(c, c->url ? c->url : c->canonical.v) : NULL;
    int slug_meta = 0, slug_back = 0; /* the best agreement of a metadata title */
    const char *titles[2] = {meta, doc};
    for (int k = 0; slug && k < 2; k++) {
        if (!titles[k])
            continue;
        int fwd = token_cover(titles[k], slug), back = token_cover(slug, titles[k]);
        slug_meta = fwd > slug_meta ? fwd : slug_meta;
        slug_back = back > slug_back ? back : slug_back;
    }
    for (size_t i = 0; slug && i < w->nh1; i++) {
        const char *t = texts[i];
        if (w->h1[i].strength || !t || !*t)
            continue;
        size_t words = count_words(t, strlen(t));
        if (words < 2 || words > 40 || names_site((span){t, strlen(t)}, site, c->host))
            continue;
        int fwd = token_cover(t, slug), back = token_cover(slug, t);
        if ((fwd >= 50 && fwd >= slug_meta + 15) || (back >= 75 && back >= slug_back + 25)) {
            out->title = h1_title(c, w->h1[i].n, t, meta, doc);
            hints->headline = w->h1[i].n;
            *h1_ord = w->h1[i].ord;
            return;
        }
    }
    if (meta) {
        out->title = meta;
    } else if (doc) {
        out->title = doc;
    } else if (real_h1 >= 1) {
        out->title = texts[idx];
    }
    if (real_h1 == 1 &&
        (!out->title || out->title == texts[idx] || token_cover(texts[idx], out->title) >= 50)) {
        hints->headline = w->h1[idx].n;
        *h1_ord = w->h1[idx].ord;
        return;
    }
    /* A sole <h1> of a headline's length that the metadata words apart
     * (an SEO title) is still where the article opens, for the body stage;
     * the byline scan keeps to the title's own element. */
    if (real_h1 == 1) {
        const char *t = texts[idx];
        size_t words = count_words(t, strlen(t));
        if (words >= 5 && words <= 40 && !names_site((span){t, strlen(t)}, site, c->host))
            hints->opening = w->h1[idx].n;
    }
    /* Pages without a usable <h1> often set the headline in an <h2> or <h3>:
     * the first one that says the title anchors the byline and date scan. */
    for (size_t i = 0; out->title && !hints->headline && i < w->nh2; i++) {
        char *t = node_text(c, w->h2[i].n, 1024);
        if (t && *t && strlen(t) <= 400 && token_cover(t, out->title) >= 80 &&
            token_cover(out->title, t) >= 80) {
            hints->headline = w->h2[i].n;
            *h1_ord = w->h2[i].ord;
        }
    }
}

static void finish_list(ad__meta_ctx *c, ad__list *l, ad_strlist *out, int sections,
                        const char *title)
{
    if (!l->n)
        return;
    out->v = ad_arena_calloc(c->a, l->n, sizeof(char *));
    if (!out->v) {
        c->nomem = 1;
        return;
    }
    for (size_t i = 0; i < l->n; i++) {
        if (sections && (is_home_crumb(l->v[i]) || (title && token_cover(l->v[i], title) >= 80 &&
                                                    count_words(l->v[i], strlen(l->v[i])) > 3)))
            continue;
        /* The site's own name opening the trail is its home ("RFI >
         * Africa"). */
        if (sections && i == 0 && l->n > 1 &&
            ad_author_is_outlet(l->v[i], strlen(l->v[i]), c->host, site_name(c)))
            continue;
        if (sections && count_words(l->v[i], strlen(l->v[i])) > 6)
            continue;
        /* A template's link where a name belongs ("articleSection":
         * "https://..."). */
        if (sections && (strstr(l->v[i], "://") || l->v[i][0] == '/'))
            continue;
        out->v[out->n++] = l->v[i];
    }
}

/* Whether two lists of names share a word ("Jane Doe" and "J. Doe"). */
static int names_overlap(const ad_strlist *a, const ad_strlist *b)
{
    for (size_t i = 0; i < a->n; i++) {
        span ta[8];
        size_t na = tokens(a->v[i], ta, 8);
        for (size_t j = 0; j < b->n; j++) {
            span tb[8];
            size_t nb = tokens(b->v[j], tb, 8);
            for (size_t x = 0; x < na; x++)
                for (size_t y = 0; y < nb; y++)
                    if (ta[x].n > 1 && ta[x].n == tb[y].n &&
                        !ad_text_ncasecmp(ta[x].s, tb[y].s, ta[x].n))
                        return 1;
        }
    }
    return 0;
}

/* Keeps the names of l shaped like a person's; returns how many. */
static size_t keep_people(ad_strlist *l)
{
    size_t kept = 0;
    for (size_t i = 0; i < l->n; i++)
        if (ad_author_person_shaped(l->v[i], strlen(l->v[i])))
            l->v[kept++] = l->v[i];
    return l->n = kept;
}

static int any_person(const ad_strlist *l)
{
    for (size_t i = 0; i < l->n; i++)
        if (ad_author_person_shaped(l->v[i], strlen(l->v[i])))
            return 1;
    return 0;
}

/* ------------------------------------------------------------ author boxes */

static int owner_shaped(const char *s, size_t n, int places_ok);

/* Whether n stands in a container of other people's words (testimonials,
 * replies, comments: data/author_box_skip.tsv), eight levels up. */
static int in_others_words(xmlNodePtr n)
{
    for (int up = 0; up < 8 && n && n->type == XML_ELEMENT_NODE; up++, n = n->parent) {
        if (has_attr_word(ad_dom_attr(n, "class"), ad_tbl_author_box_skip,
                          ad_tbl_author_box_skip_len) ||
            has_attr_word(ad_dom_attr(n, "id"), ad_tbl_author_box_skip, ad_tbl_author_box_skip_len))
            return 1;
    }
    return 0;
}

/* Whether the marked parts all belong to one box: within three levels
 * above the first ("author__image-container" and its "author__photo"). */
static int one_box(const walk *w)
{
    xmlNodePtr top = w->nbio ? w->bio[0].n : NULL;
    for (int up = 0; up < 3 && top && top->parent && top->parent->type == XML_ELEMENT_NODE; up++)
        top = top->parent;
    for (size_t i = 1; top && i < w->nbio; i++)
        if (!ad_dom_within(w->bio[i].n, top))
            return 0;
    return top != NULL;
}

/* The name in an author box: the box is found by a part marked as the
 * author's photo or bio ("author__photo", "author-bio"); climbing to the
 * smallest ancestor that holds more than that part, the first short
 * element whose whole text reads as a person's name ("Alban Brooke" over
 * "Alban Brooke is the Head of Marketing at ...") is the author. */
static const char *author_box_name(ad__meta_ctx *c, const walk *w, xmlNodePtr headline)
{
    for (size_t i = 0; i < w->nbio; i++) {
        xmlNodePtr box = w->bio[i].n;
        if (in_others_words(box))
            continue;
        for (int up = 0; up < 3 && box->parent && box->parent->type == XML_ELEMENT_NODE; up++) {
            box = box->parent;
            char *bt = node_text(c, box, 2001);
            if (!bt || strlen(bt) > 2000)
                break;
            size_t visited = 0;
            for (xmlNodePtr d = box->children, nx; d && ++visited < 200; d = nx) {
                nx = ad_dom_next(d, box);
                if (d->type != XML_ELEMENT_NODE)
                    continue;
                /* Neither the headline nor anything inside or around it. */
                if (ad_dom_is(d, "script") || ad_dom_is(d, "style") || ad_dom_is(d, "h1") ||
                    d == headline) {
                    nx = ad_dom_skip(d, box);
                    continue;
                }
                char *t = node_text(c, d, 61);
                size_t tl = t ? strlen(t) : 0;
                if (tl < 5 || tl > 60 || !owner_shaped(t, tl, 1) ||
                    ad_author_is_outlet(t, tl, c->host, site_name(c)) || holds_heading(d))
                    continue;
                /* A wrapper of the headline reads as the headline. */
                if (headline && ad_dom_within(headline, d))
                    continue;
                char *r = ad_author_case(c->a, t, tl);
                if (!r)
                    c->nomem = 1;
                return r;
            }
        }
    }
    return NULL;
}

/* ------------------------------------------------------------ personal sites */

/* Whether s[0..n) can be the name of a site's owner: two or three words,
 * each opening with a capital and none written in capitals ("UVA SCPS"),
 * no digits, shaped like a person's name, and neither a known organization
 * ("Morgan Stanley") nor holding one or an organization's head word
 * ("Thomson Reuters", "Park University"), nor opening with an article or
 * a particle ("La Nacion"); unless places_ok, no country, people or place
 * either (an edition: "Gizmodo Australia"). */
static int owner_shaped(const char *s, size_t n, int places_ok)
{
    if (n < 5 || n > 60 || !ad_author_person_shaped(s, n) ||
        (ad_gaz_lookup(s, n, NULL) & AD_GAZ_ORG))
        return 0;
    size_t words = 0;
    for (size_t k = 0; k < n;) {
        while (k < n && s[k] == ' ')
            k++;
        if (k == n)
            break;
        size_t cl, st = k, lower = 0;
        long cp = ad_text_decode(s + k, n - k, &cl);
        if (!utf8proc_isupper((utf8proc_int32_t)cp))
            return 0;
        for (; k < n && s[k] != ' '; k++) {
            if ((s[k] >= '0' && s[k] <= '9') || strchr("|:;,!?&@/()", s[k]))
                return 0;
            lower += s[k] >= 'a' && s[k] <= 'z';
        }
        uint32_t g = ad_gaz_lookup(s + st, k - st, NULL);
        if ((!lower && k - st > 1 && s[k - 1] != '.') || (g & (AD_GAZ_ORG | AD_GAZ_ORGHEAD)) ||
            (!words && (g & (AD_GAZ_LINK | AD_GAZ_PARTICLE))) ||
            (!places_ok && ((g & (AD_GAZ_COUNTRY | AD_GAZ_DEMONYM)) ||
                            ((g & AD_GAZ_PLACE) && !(g & AD_GAZ_GIVEN)))))
            return 0;
        words++;
    }
    return words >= 2 && words <= 3;
}

/* Whether the host spells the name: a label of it is the whole name run
 * together ("pollybarks.com"); or a subdomain label is its first or last
 * word ("owain.bearblog.dev" for "Owain Brennan"); or the registered label
 * is its first word and that is a known given name ("anna.dev" for "Anna
 * Lindqvist"). A company's domain is often one word of its name
 * ("schwab.com", "spiegel.de"), which is why those need more. */
static int host_spells(const char *host, const char *s, size_t n)
{
    if (!host || !*host)
        return 0;
    if (ad_author_is_outlet(s, n, host, NULL))
        return 1;
    size_t first = strcspn(s, " ");
    const char *last = s + n;
    while (last > s && last[-1] != ' ')
        last--;
    size_t ll = (size_t)(s + n - last);
    if (first >= n)
        return 0;
    int given = (ad_gaz_lookup(s, first, NULL) & AD_GAZ_GIVEN) != 0;
    /* The labels, "www" aside; the registered one is the last but the top
     * level, or the last but two under "co.uk"-like second levels. */
    span lab[8];
    size_t nl = 0, hl = strcspn(host, ":/");
    for (size_t i = 0; i < hl && nl < 8;) {
        size_t e = i;
        while (e < hl && host[e] != '.')
            e++;
        if (e > i && !(e - i == 3 && !ad_text_ncasecmp(host + i, "www", 3)))
            lab[nl++] = (span){host + i, e - i};
        i = e + 1;
    }
    if (nl < 2)
        return 0;
    size_t reg = nl - 2;
    if (nl >= 3 && lab[reg].n <= 3)
        reg--;
    for (size_t i = 0; i <= reg; i++) {
        /* One label as a host of its own, for the outlet comparison. */
        char one[64];
        if (lab[i].n >= sizeof(one))
            continue;
        memcpy(one, lab[i].s, lab[i].n);
        one[lab[i].n] = '\0';
        int fm = first >= 4 && ad_author_is_outlet(s, first, one, NULL);
        int lm = ll >= 4 && ad_author_is_outlet(last, ll, one, NULL);
        if ((i < reg && (fm || lm)) || (i == reg && given && fm))
            return 1;
    }
    return 0;
}

/* The holder named after a copyright sign: "\xc2\xa9 2019-2025 Toby Hede.
 * All rights reserved." gives "Toby Hede"; years, "Copyright" and "by" are
 * skipped and the name ends at a full stop, a comma or a bar. */
static span copyright_holder(const char *t)
{
    const char *p = t ? strstr(t, "\xc2\xa9") : NULL;
    if (!p)
        return (span){NULL, 0};
    p += 2;
    for (;;) {
        while (*p == ' ' || *p == '-' || *p == ',')
            p++;
        if (!strncmp(p, "\xe2\x80\x93", 3)) {
            p += 3;
        } else if (*p >= '0' && *p <= '9') {
            while (*p >= '0' && *p <= '9')
                p++;
        } else if (!ad_text_ncasecmp(p, "copyright ", 10)) {
            p += 10;
        } else if (!ad_text_ncasecmp(p, "by ", 3)) {
            p += 3;
        } else {
            break;
        }
    }
    size_t n = strcspn(p, ".,|;\xc2");
    while (n && p[n - 1] == ' ')
        n--;
    return (span){p, n};
}

/* Whether a copyright holder is a company ("Paul Smith Limited",
 * "Charles Schwab & Co., Inc."): one of its words, or the word after the
 * comma that ends it, is an organization's head word. */
static int company_holder(span h)
{
    const char *end = h.s ? h.s + h.n : NULL;
    if (end && *end == ',') {
        end++;
        end += strspn(end, " ");
        end += strcspn(end, " ,");
    }
    for (const char *p = h.s; p && p < end;) {
        size_t wl = strcspn(p, " ,");
        if (p + wl > end)
            wl = (size_t)(end - p);
        while (wl > 1 && p[wl - 1] == '.')
            wl--;
        if (wl && (ad_gaz_lookup(p, wl, NULL) & AD_GAZ_ORGHEAD))
            return 1;
        p += strcspn(p, " ,");
        p += strspn(p, " ,");
    }
    return 0;
}

/* A personal site names its owner, not a writer: when no author was
 * found, the site name, a part of the <title> set off by a separator or
 * the copyright holder is the author if it reads as a person's name and
 * the host spells it. A business named after a person is left out when
 * its copyright names a company ("Inc.", "& Co.") or the gazetteer knows
 * it, and a site only named after someone, with another host, is not
 * taken; an eponymous brand that shows neither can still pass. */
static const char *site_owner(ad__meta_ctx *c, const walk *w)
{
    span cand[4];
    size_t nc = 0;
    const char *site = site_name(c);
    if (site)
        cand[nc++] = (span){site, strlen(site)};
    const char *t = c->doc_title.v;
    if (t) {
        const char *first = NULL, *last = NULL;
        size_t ll = 0;
        for (const char *p = t; *p; p++)
            for (const char *const *sp = title_seps; *sp; sp++)
                if (!strncmp(p, *sp, strlen(*sp))) {
                    if (!first)
                        first = p;
                    last = p, ll = strlen(*sp);
                }
        if (last)
            cand[nc++] = (span){last + ll, strlen(last + ll)};
        if (first)
            cand[nc++] = (span){t, (size_t)(first - t)};
    }
    char *ct = w->copyright ? node_text(c, w->copyright, 200) : NULL;
    span h = copyright_holder(ct);
    /* A copyright held by a company says the site is a business, whatever
     * it is named after. */
    if (company_holder(h))
        return NULL;
    if (h.n)
        cand[nc++] = h;
    for (size_t i = 0; i < nc; i++) {
        /* A host spelling the whole name vouches for its places too
         * ("emmahamilton.com"); an edition needs more ("Gizmodo Australia"). */
        int whole = ad_author_is_outlet(cand[i].s, cand[i].n, c->host, NULL);
        if (owner_shaped(cand[i].s, cand[i].n, whole) &&
            host_spells(c->host, cand[i].s, cand[i].n)) {
            char *r = ad_author_case(c->a, cand[i].s, cand[i].n);
            if (!r)
                c->nomem = 1;
            return r;
        }
    }
    return NULL;
}

/* Whether href points to the page itself: its URL or its canonical one. */
static int same_page(ad__meta_ctx *c, const char *href)
{
    const char *self[2] = {c->url, c->canonical.v};
    for (int k = 0; k < 2; k++) {
        if (!self[k])
            continue;
        xmlChar *u = xmlBuildURI((const xmlChar *)href, (const xmlChar *)self[k]);
        int same = u && ad__meta_same_url((const char *)u, self[k]);
        xmlFree(u);
        if (same)
            return 1;
    }
    return 0;
}

/* Whether a line sits in a teaser card: one of the few elements before it
 * or an ancestor's (three levels up), back to the <h1>, is a heading made
 * mostly of a link to another page ("<h4><a href=/other-story>...</a></h4>"
 * then "By Ben Hon"). A heading holding a link in its text ("Part four of
 * our series <a>Island Life</a>") or linking to this very page is the
 * article's own. */
static int in_teaser(ad__meta_ctx *c, xmlNodePtr n)
{
    for (int up = 0; up < 4 && n && n->type == XML_ELEMENT_NODE; up++, n = n->parent) {
        int looked = 0;
        for (xmlNodePtr s = n->prev; s && looked < 3; s = s->prev) {
            if (s->type != XML_ELEMENT_NODE)
                continue;
            looked++;
            const char *nm = (const char *)s->name;
            if (ad_dom_is(s, "h1"))
                return 0; /* the line is the headline's */
            if (nm[0] != 'h' || nm[1] < '2' || nm[1] > '6' || nm[2])
                continue;
            char *ht = node_text(c, s, 400);
            /* A heading is a few nodes; past a hundred it is no card's. */
            size_t walked = 0;
            for (xmlNodePtr d = s->children; d && ++walked < 100; d = ad_dom_next(d, s)) {
                const char *href = ad_dom_is(d, "a") ? ad_dom_attr(d, "href") : NULL;
                if (!href || !*href || *href == '#')
                    continue;
                char *lt = node_text(c, d, 400);
                /* A teaser's title is the link: a heading that only holds
                 * one ("Part four of our series <a>Island Life</a>") or
                 * links to this very page is the article's own. */
                if (!ht || !lt || strlen(lt) * 2 < strlen(ht))
                    continue;
                if (!same_page(c, href))
                    return 1;
            }
        }
    }
    return 0;
}

/* Makes name (NULL: nothing) the only author. */
static void set_one_author(ad__meta_ctx *c, ad_meta *out, const char *name)
{
    const char **v = name ? ad_arena_calloc(c->a, 1, sizeof(char *)) : NULL;
    if (v) {
        v[0] = name;
        out->authors = (ad_strlist){v, 1};
    } else if (name) {
        c->nomem = 1;
    }
}

/* Whether a name has two words or more and opens with a known given name. */
static int given_name_first(const char *v)
{
    size_t fl = strcspn(v, " ");
    return v[fl] && (ad_gaz_lookup(v, fl, NULL) & AD_GAZ_GIVEN);
}

/* Whether every name of l credits a group ("Team Tiger Data"). */
static int all_teams(const ad_strlist *l)
{
    for (size_t i = 0; i < l->n; i++)
        if (!ad_author_is_team(l->v[i], strlen(l->v[i])))
            return 0;
    return l->n > 0;
}

/* Whether every name of l that a does not hold opens with a known given
 * name and has two words or more: people, not an agency ("TNN"), a place
 * ("Bern") or a button ("구독하기") a byline block also holds. After a
 * "By" ("by Marisol Vega and Dwayne Pickett"), or in an element named for
 * the author ("<h4 class=author-name>Lea Hartung, Malte Iversen"), a name
 * of two words or more shaped like a person's will do. */
static int others_people(const ad_strlist *a, const ad_strlist *l, int by)
{
    for (size_t i = 0; i < l->n; i++) {
        size_t k = 0;
        while (k < a->n && ad_text_casecmp(a->v[k], l->v[i]))
            k++;
        if (k < a->n || given_name_first(l->v[i]))
            continue;
        if (!(by && strchr(l->v[i], ' ') && ad_author_person_shaped(l->v[i], strlen(l->v[i]))))
            return 0;
    }
    return l->n > 0;
}

/* The authors from the best-ranked source that gives names. With
 * outlets_ok, names equal to the site's own are kept: a page that credits
 * only its site ("Somerhaus", a personal site "Karl Voit") is by it. */
static void choose_authors(ad__meta_ctx *c, const found_byline *fb, ad_meta *out, int outlets_ok)
{
    ad_strlist names = {ad_arena_calloc(c->a, 8, sizeof(char *)), 0};
    if (!names.v) {
        c->nomem = 1;
        return;
    }
    /* Best rank first; a rank whose strings give no names yields to the next. */
    int done_rank = -1;
    for (;;) {
        int rank = AD__RANK_NONE;
        for (size_t i = 0; i < c->authors.n; i++)
            if (c->authors.rank[i] > done_rank && c->authors.rank[i] < rank)
                rank = c->authors.rank[i];
        if (fb->b.authors.n && AD__RANK_BYLINE > done_rank && AD__RANK_BYLINE < rank)
            rank = AD__RANK_BYLINE;
        if (rank == AD__RANK_NONE)
            break;
        for (size_t i = 0; i < c->authors.n; i++) {
            if (c->authors.rank[i] != rank)
                continue;
            int tr = c->authors.trusted[i];
            /* A value opening with a comma lost its person to a template
             * (", USA TODAY"): what is left is the outlet. */
            if (c->authors.v[i][0] == ',' || c->authors.v[i][0] == ';')
                continue;
            int check = !tr && !outlets_ok;
            if (ad_author_add(c->authors.v[i], strlen(c->authors.v[i]), check ? c->host : NULL,
                              check ? site_name(c) : NULL, c->a, &names, 8) != AD_OK)
                c->nomem = 1;
        }
        /* Beside people, a trusted value's piece naming the outlet is its
         * signature ("Jane Doe and John Roe, The Commercial Appeal",
         * "Axios"); a name that is also the site's but opens with a known
         * given name (a personal site's owner with a co-author) stays. */
        if (names.n > 1) {
            size_t kept = 0;
            for (size_t k = 0; k < names.n; k++) {
                size_t nl = strlen(names.v[k]);
                int outlet = ad_author_is_outlet(names.v[k], nl, c->host, site_name(c)) ||
                             (c->publisher.v && !ad_text_casecmp(names.v[k], c->publisher.v));
                if (!outlet || given_name_first(names.v[k]))
                    names.v[kept++] = names.v[k];
            }
            if (kept)
                names.n = kept;
        }
        /* Structured data crediting only an organization ("Clemson News",
         * "Rapid7", a desk: "Online Desk") yields to a person named by the
         * visible byline. */
        if (rank < AD__RANK_BYLINE && names.n && !any_person(&names) &&
            any_person(&fb->b.authors)) {
            names.n = 0;
            rank = AD__RANK_BYLINE;
        }
        /* A visible byline that names every structured author and more
         * people ("Jordan Pell, Sam Okonkwo" where Ghost's JSON-LD gives
         * the first author alone) is the whole list. */
        if (rank < AD__RANK_BYLINE && names.n && fb->b.authors.n > names.n &&
            fb->b.authors.n <= 8 && names_within(&names, &fb->b.authors) &&
            others_people(&names, &fb->b.authors, fb->b.has_prefix || fb->marked)) {
            names.n = 0;
            rank = AD__RANK_BYLINE;
        }
        if (rank == AD__RANK_BYLINE)
            for (size_t i = 0; i < fb->b.authors.n && names.n < 8; i++)
                names.v[names.n++] = fb->b.authors.v[i];
        if (names.n)
            break;
        done_rank = rank;
    }
    out->authors = names;
}

/* A byline that opens with the outlet's short name before the people
 * ("文｜财新 周晓燕 张涵" of 财新网), read before the publisher was known:
 * a name the publisher's name opens with is no person, beside others. */
static void drop_outlet_opening(ad_meta *out)
{
    if (!out->publisher || out->authors.n < 2)
        return;
    size_t kept = 0;
    for (size_t i = 0; i < out->authors.n; i++) {
        const char *nm = out->authors.v[i];
        size_t n = strlen(nm);
        if (!(n >= 6 && (unsigned char)nm[0] >= 0xe3 && !strncmp(out->publisher, nm, n)))
            out->authors.v[kept++] = nm;
    }
    out->authors.n = kept;
}

ad_status ad_meta_extract(xmlDocPtr doc, const char *url, ad_arena *a, ad_meta *out,
                          ad_meta_hints *hints, char *err, size_t errlen)
{
    memset(out, 0, sizeof(*out));
    memset(hints, 0, sizeof(*hints));
    ad__meta_ctx *c = ad_arena_calloc(a, 1, sizeof(*c));
    walk *w = ad_arena_calloc(a, 1, sizeof(*w));
    if (!c || !w)
        return ad_fail(err, errlen, AD_ERR_NOMEM, "out of memory");
    c->a = a;
    ad__cand *slots[] = {&c->title,        &c->doc_title, &c->description, &c->publisher,
                         &c->site_name,    &c->language,  &c->canonical,   &c->image,
                         &c->article_body, &c->jsonld_url};
    for (size_t i = 0; i < sizeof(slots) / sizeof(slots[0]); i++)
        slots[i]->rank = AD__RANK_NONE;
    c->keywords.rank = c->section.rank = AD__RANK_NONE;
    if (url) {
        if (!(out->url = ad_arena_strdup(a, url)))
            return ad_fail(err, errlen, AD_ERR_NOMEM, "out of memory");
        c->url = out->url;
        set_host(c, url);
    }
    w->root = ad_dom_root(doc);
    w->body = ad_dom_body(doc);
    if (w->root)
        walk_doc(c, w);
    /* A page handed over without its address still names itself: the host
     * of its absolute canonical URL tells the outlet's own name and domain
     * apart from a byline's people, as the page's URL would. */
    if (!c->host[0]) {
        const char *self = c->canonical.v ? c->canonical.v : c->jsonld_url.v;
        if (self &&
            (!ad_text_ncasecmp(self, "https://", 8) || !ad_text_ncasecmp(self, "http://", 7)))
            set_host(c, self);
    }

    size_t h1_ord = 0;
    choose_title(c, w, out, hints, &h1_ord);

    found_byline fb;
    memset(&fb, 0, sizeof(fb));
    pick_byline(c, w, h1_ord, &fb, 0);
    ad_strlist byline_under_headline = {NULL, 0};
    xmlNodePtr byline_under_node = NULL;
    if (hints->headline) {
        found_byline line;
        memset(&line, 0, sizeof(line));
        scan_after_headline(c, hints->headline, &line);
        if (!fb.b.authors.n && line.b.authors.n) {
            fb.b.authors = line.b.authors;
            fb.node = line.node;
        }
        byline_under_headline = line.b.authors;
        byline_under_node = line.node;
        if (!fb.b.date)
            fb.b.date = line.b.date;
        if (!fb.b.date)
            fb.b.date = date_before_headline(c, hints->headline);
        if (!fb.b.publisher)
            fb.b.publisher = line.b.publisher;
        fb.date_node = line.date_node;
    }
    /* The opening <h1> (see choose_title()) must carry the article's
     * byline or date in its header. */
    if (hints->opening && !hints->headline) {
        found_byline line;
        memset(&line, 0, sizeof(line));
        scan_after_headline(c, hints->opening, &line);
        if (!header_of(hints->opening, line.node) && !header_of(hints->opening, line.date_node))
            hints->opening = NULL;
    }
    hints->byline = fb.node;
    hints->dateline = fb.date_node;
    choose_authors(c, &fb, out, 0);
    /* "By Jane Doe" printed under the headline names the writer readers
     * see; structured metadata naming someone else entirely is the
     * account that uploaded the post. A reviewer's or an editor's line
     * ("Reviewed by", "Fact checked by") names no writer. */
    char *under = byline_under_node ? node_text(c, byline_under_node, LINE_MAX_BYTES) : NULL;
    if (byline_under_headline.n && out->authors.n && under && !ad_text_icontains(under, "review") &&
        !ad_text_icontains(under, "edited") && !ad_text_icontains(under, "checked") &&
        !names_overlap(&byline_under_headline, &out->authors) &&
        ad_author_person_shaped(byline_under_headline.v[0], strlen(byline_under_headline.v[0]))) {
        out->authors = byline_under_headline;
        hints->byline = byline_under_node;
    }
    /* A credit to groups or organizations only ("Team Tiger Data", a
     * republishing account "CalMatters") yields to the people a byline line
     * of its own names ("Written by Paulinho Giovannini" under the article,
     * "By Lena Okafor and Marcus Villalobos, CalMatters" atop a republished
     * story), the people only. */
    if (out->authors.n && (all_teams(&out->authors) || !any_person(&out->authors))) {
        found_byline pl;
        memset(&pl, 0, sizeof(pl));
        prefix_lines(c, w, h1_ord, &pl, 1);
        /* Not a teaser's credit in a list or a box of other stories. */
        if (pl.b.authors.n && any_person(&pl.b.authors) && !in_teaser(c, pl.node) &&
            !in_list_item(pl.node) && !in_tag(pl.node, "aside", 64)) {
            if (keep_people(&pl.b.authors)) {
                out->authors = pl.b.authors;
                hints->byline = pl.node;
            }
        }
    }
    /* A structured author that is the outlet itself ("BBC News") yields to
     * a person the byline element names when read block by block ("Rhodri
     * Llewelyn" over "BBC Wales News" in blocks of their own). */
    if (out->authors.n == 1 && fb.node &&
        ad_author_is_outlet(out->authors.v[0], strlen(out->authors.v[0]), c->host, site_name(c))) {
        char *t =
            ad_dom_text_norm(fb.node, c->a, LINE_MAX_BYTES + 1, AD_DOM_WORDS | AD_DOM_BLOCK_BARS);
        size_t tl = t ? strlen(t) : 0;
        ad_byline b;
        if (tl >= 3 && tl <= LINE_MAX_BYTES &&
            ad_author_parse_byline(t, tl, c->host, site_name(c), c->a, 8, &b) == AD_OK) {
            /* The people only: the block beside them names the desk. */
            if (keep_people(&b.authors) && !names_overlap(&b.authors, &out->authors))
                out->authors = b.authors;
        }
    }
    if (!out->authors.n) {
        found_byline pl;
        memset(&pl, 0, sizeof(pl));
        prefix_lines(c, w, h1_ord, &pl, 0);
        if (pl.b.authors.n) {
            out->authors = pl.b.authors;
            hints->byline = pl.node;
            if (!fb.b.date)
                fb.b.date = pl.b.date;
            /* The date sits beside such a byline ("Written by ... | April 8,
             * 2024" in a small box), or the next line opens with a dateline;
             * a box beside the article marks its dates, which were read. */
            xmlNodePtr up = in_tag(pl.node, "aside", 64) ? NULL : pl.node->parent;
            for (int k = 0; k < 3 && !fb.b.date && up && up->type == XML_ELEMENT_NODE;
                 k++, up = up->parent) {
                char *ut = node_text(c, up, 241);
                size_t ul = ut ? strlen(ut) : 0;
                ad_date d;
                if (ul > 240)
                    break;
                if (ul && ad_date_parse(ut, ul, &d))
                    fb.b.date = ut;
            }
            xmlNodePtr nx = fb.b.date || !up ? NULL : next_text_element(pl.node);
            char *nt = nx ? node_text(c, nx, 400) : NULL;
            if (nt && *nt)
                fb.b.date = dateline_date(c, nt, strlen(nt));
        }
    }
    /* A news article credited to its outlet alone (a publishing account
     * named after the site, one word: "Economynext" on EconomyNext) has no
     * author; a person's site named after them keeps its author. */
    if (out->authors.n == 1 && c->jsonld_news && !strchr(out->authors.v[0], ' ') &&
        ad_author_is_outlet(out->authors.v[0], strlen(out->authors.v[0]), c->host, site_name(c)))
        out->authors.n = 0;
    /* A news article whose only credit is an author the page's own
     * structured data declares an organization (the company issuing a
     * press release, an agency) names no writer. */
    ad_strlist orgs = {c->org_authors.v, c->org_authors.n};
    if (c->jsonld_news && out->authors.n && names_within(&out->authors, &orgs))
        out->authors.n = 0;
    /* No person found anywhere: the structured author that names the site
     * itself is the page's only credit (a company's blog, a personal site);
     * a news article credited to its outlet has no author. */
    if (!out->authors.n && !c->jsonld_news) {
        found_byline mine;
        memset(&mine, 0, sizeof(mine));
        pick_byline(c, w, h1_ord, &mine, 1);
        choose_authors(c, &mine, out, 1);
        if (out->authors.n && mine.b.authors.n && !hints->byline)
            hints->byline = mine.node;
    }

    /* An author box naming a person ("Alban Brooke" over "Alban Brooke is
     * the Head of Marketing at Buzzsprout") names the writer when no one
     * else is credited, when only the site itself is, or when the credit
     * is the same name with a job title run on ("Liz Kenny Former McKinsey
     * Consultant"). */
    const char *boxed = w->nbio ? author_box_name(c, w, hints->headline) : NULL;
    if (boxed) {
        size_t bl = strlen(boxed);
        const char *only = out->authors.n == 1 ? out->authors.v[0] : NULL;
        /* The site's own credit yields only to the page's one box, after
         * the headline. */
        int lone_box = one_box(w) && (!h1_ord || w->bio[0].ord > h1_ord);
        if (!out->authors.n ||
            (only &&
             ((lone_box && ad_author_is_outlet(only, strlen(only), c->host, site_name(c))) ||
              (strlen(only) > bl && !ad_text_ncasecmp(only, boxed, bl) && only[bl] == ' ')))) {
            set_one_author(c, out, boxed);
        }
    }
    if (!out->authors.n)
        set_one_author(c, out, site_owner(c, w));

    /* Publisher: the structured name, but a human one over a bare domain. */
    const char *pub = c->publisher.v;
    if (!pub || (c->site_name.v && c->site_name.rank < c->publisher.rank))
        pub = c->site_name.v ? c->site_name.v : pub;
    /* The same name written twice ("Times Of India", "The Times of India"):
     * the site's own display of it. */
    else if (c->site_name.v && pub != c->site_name.v &&
             (ad_author_is_outlet(pub, strlen(pub), NULL, c->site_name.v) ||
              ad_author_is_outlet(c->site_name.v, strlen(c->site_name.v), NULL, pub)))
        pub = c->site_name.v;
    if (looks_like_domain(pub) && fb.b.publisher)
        pub = fb.b.publisher;
    /* A slug ("koreatimes") gives way to the name the <title> closes with
     * when that spells it ("... - The Korea Times"). */
    const char *titled = pub && !strchr(pub, ' ') && c->doc_title.v && out->title
                             ? publisher_from_title(c, c->doc_title.v, out->title)
                             : NULL;
    if (slug_of(pub, titled))
        pub = titled;
    else if (!pub)
        pub = fb.b.publisher;
    if (!pub)
        pub = publisher_from_title(c, c->doc_title.v, out->title);
    /* A headline worded apart from the <title> leaves the name beside the
     * <title>'s own headline. */
    if (!pub && c->doc_title.v) {
        const char *own = ad_meta_clean_title(c->a, c->doc_title.v, site_name(c), c->host);
        if (own && (!out->title || strcmp(own, out->title)))
            pub = publisher_from_title(c, c->doc_title.v, own);
        if (pub && out->title && ad_text_icontains(out->title, pub))
            pub = NULL; /* a part of the headline the page shows */
    }
    /* Nothing names the outlet but the footer: a copyright holder that
     * spells the site's domain ("© 2035 Parcelwise, Inc." on
     * parcelwise.com) is its name. */
    if (!pub && w->copyright) {
        char *ct = node_text(c, w->copyright, 200);
        span h = copyright_holder(ct);
        if (h.n >= 3 && h.n < 60 && ad_author_is_outlet(h.s, h.n, c->host, NULL) &&
            !(pub = ad_arena_strndup(c->a, h.s, h.n)))
            c->nomem = 1;
    }
    out->publisher = pub;
    drop_outlet_opening(out);

    ad_date url_date, picked;
    int have_url_date = url && ad_date_from_url(url, &url_date);
    /* Elements marked as dates count when nothing better is known. */
    for (size_t i = 0; i < w->ndates; i++) {
        if (c->published.n >= AD__META_MAX_RAW - 2)
            break;
        if (h1_ord && w->dates[i].ord + 40 < h1_ord)
            continue;
        /* A dated container is read from its start ("23.07.2025 · 6 min read"). */
        const char *attr = element_date_attr(w->dates[i].n); /* offer_raw copies it */
        const char *t = attr ? attr : node_text(c, w->dates[i].n, 120);
        if (t && *t)
            ad__meta_offer_raw(c, w->dates[i].strength ? &c->modified : &c->published, t, strlen(t),
                               48);
    }
    if (!fb.b.date && !have_url_date && !any_date(&c->published) && !any_date(&c->modified))
        fb.b.date = last_resort_date(c, w, out->title, hints);
    out->published = choose_date(c, &c->published, have_url_date ? &url_date : NULL, fb.b.date,
                                 &c->modified, out->title, &picked);
    out->modified = choose_date(c, &c->modified, NULL, NULL, NULL, NULL, &picked);
    /* A page that states only when it was last updated is dated by that. */
    if (!out->published)
        out->published = out->modified;

    out->title = out->title ? out->title : NULL;
    out->description = c->description.v;
    out->language = normalize_lang(c, c->language.v);
    const char *canon = c->canonical.v ? c->canonical.v : c->jsonld_url.v;
    out->canonical_url = absolutize(c, canon);
    out->image.url = absolutize(c, c->image.v);
    read_figure(c, w, h1_ord, out, hints);
    read_crumbs(c, w, hints->headline, hints);
    /* The sole <h1> is labelled so even when the metadata's title is
     * worded apart from it. */
    kicker_section(c, hints->headline ? hints->headline : w->nh1 == 1 ? w->h1[0].n : NULL);
    finish_list(c, &c->section, &out->section, 1, out->title);
    finish_list(c, &c->keywords, &out->keywords, 0, NULL);
    hints->article_body = c->article_body.v;
    if (c->nomem)
        return ad_fail(err, errlen, AD_ERR_NOMEM, "out of memory");
    return AD_OK;
}
