/*
 * meta_jsonld.c - metadata from <script type="application/ld+json">.
 *
 * The script text is cleared of HTML comment and CDATA wrappers and of raw
 * control characters (which jansson rejects inside strings), capped, and
 * parsed with json_loadb, ignoring trailing garbage. All objects of the
 * document (@graph, arrays, nested values) are listed breadth first without
 * recursion; the page's article is the article-typed object whose url is the
 * page's, else the first one with a headline. Author and publisher
 * references by @id are resolved against the listed objects.
 */
#include <stdlib.h>
#include <string.h>
#include <jansson.h>
#include "articled/text.h"
#include "jsonld_types.h"
#include "meta_internal.h"

#define MAX_JSONLD_BYTES (1u << 20)
#define MAX_OBJECTS      400

typedef struct objs {
    json_t *v[MAX_OBJECTS];
    const char *kind[MAX_OBJECTS];
    size_t n;
} objs;

static const char *type_kind(const char *t)
{
    char buf[48];
    size_t n = strlen(t);
    /* "http://schema.org/NewsArticle" and "schema:NewsArticle" name the type
     * after their last separator. */
    const char *slash = strrchr(t, '/');
    if (slash)
        t = slash + 1, n = strlen(t);
    const char *colon = strrchr(t, ':');
    if (colon)
        t = colon + 1, n = strlen(t);
    if (n >= sizeof(buf))
        return NULL;
    for (size_t k = 0; k <= n; k++)
        buf[k] = (t[k] >= 'A' && t[k] <= 'Z') ? (char)(t[k] + 32) : t[k];
    for (size_t r = 0; r < ad_tbl_jsonld_types_len; r++)
        if (!strcmp(ad_tbl_jsonld_types[r][0], buf))
            return ad_tbl_jsonld_types[r][1];
    return NULL;
}

/* The object's kind; with several types, "article" wins. */
static const char *object_kind(json_t *o)
{
    json_t *t = json_object_get(o, "@type");
    if (json_is_string(t))
        return type_kind(json_string_value(t));
    const char *best = NULL;
    size_t i;
    json_t *e;
    json_array_foreach(t, i, e)
    {
        const char *k = json_is_string(e) ? type_kind(json_string_value(e)) : NULL;
        if (k && (!best || !strcmp(k, "article")))
            best = k;
    }
    return best;
}

static void collect(json_t *root, objs *out)
{
    /* Breadth first through a ring of pending values, so top-level objects
     * come before the ones nested in them. */
    json_t *queue[MAX_OBJECTS * 2];
    size_t head = 0, tail = 0;
    queue[tail++] = root;
    while (head < tail && out->n < MAX_OBJECTS) {
        json_t *v = queue[head++];
        if (json_is_object(v)) {
            out->v[out->n] = v;
            out->kind[out->n++] = object_kind(v);
            const char *key;
            json_t *child;
            json_object_foreach(v, key, child)
            {
                if ((json_is_object(child) || json_is_array(child)) &&
                    tail < sizeof(queue) / sizeof(queue[0]))
                    queue[tail++] = child;
            }
        } else if (json_is_array(v)) {
            size_t i;
            json_t *child;
            json_array_foreach(v, i, child)
            {
                if ((json_is_object(child) || json_is_array(child)) &&
                    tail < sizeof(queue) / sizeof(queue[0]))
                    queue[tail++] = child;
            }
        }
    }
}

/* An object given only by reference ({"@id": "..."}) is looked up. */
static json_t *resolve(json_t *v, const objs *all)
{
    if (!json_is_object(v) || json_object_get(v, "name"))
        return v;
    const char *id = json_string_value(json_object_get(v, "@id"));
    if (!id)
        return v;
    for (size_t i = 0; i < all->n; i++) {
        const char *oid = json_string_value(json_object_get(all->v[i], "@id"));
        if (all->v[i] != v && oid && !strcmp(oid, id) && json_object_get(all->v[i], "name"))
            return all->v[i];
    }
    return v;
}

static const char *str(json_t *o, const char *key)
{
    json_t *v = json_object_get(o, key);
    if (json_is_array(v) && json_array_size(v) > 0)
        v = json_array_get(v, 0);
    return json_string_value(v);
}

static void offer(ad__meta_ctx *c, ad__cand *slot, const char *s, int rank)
{
    if (s && *s)
        ad__meta_offer(c, slot, s, strlen(s), rank);
}

static void offer_raw(ad__meta_ctx *c, ad__rawlist *l, const char *s, int rank)
{
    if (s && *s)
        ad__meta_offer_raw(c, l, s, strlen(s), rank);
}

/* The name of the news outlet whose owner is named owner: a graph's
 * NewsMediaOrganization with that parentOrganization (a page whose
 * article names the group that owns the paper as its publisher). */
static const char *outlet_owned_by(const char *owner, const objs *all, const char *host)
{
    const char *found = NULL;
    int n = 0;
    for (size_t i = 0; i < all->n; i++) {
        const char *k = object_kind(all->v[i]);
        if (!k || strcmp(k, "outlet"))
            continue;
        json_t *parent = resolve(json_object_get(all->v[i], "parentOrganization"), all);
        const char *pn = str(parent, "name");
        const char *name = str(all->v[i], "name");
        if (!pn || !name || !*name || strcmp(pn, owner))
            continue;
        /* Of a group's several papers, the one at the page's host. */
        const char *u = str(all->v[i], "url");
        if (host && u && strstr(u, host))
            return name;
        found = name, n++;
    }
    return n == 1 ? found : NULL;
}

/* A name from a string or an object ({"name": ...}); arrays give each. */
static void offer_names(ad__meta_ctx *c, json_t *v, const objs *all, int rank, int author)
{
    json_t *items[16];
    size_t n = 0;
    if (json_is_array(v)) {
        size_t i;
        json_t *e;
        json_array_foreach(v, i, e)
        {
            if (n < 16)
                items[n++] = e;
        }
    } else if (v) {
        items[n++] = v;
    }
    /* One person object naming several people ({"@type": "Person", "name":
     * ["Rhea Castellano", "Joseph Okonjo"]}): each name, as a person. */
    json_t *one = n == 1 ? resolve(items[0], all) : NULL;
    json_t *names = json_is_object(one) ? json_object_get(one, "name") : NULL;
    if (author && json_is_array(names) && json_array_size(names) > 1) {
        size_t i;
        json_t *e;
        n = 0;
        json_array_foreach(names, i, e)
        {
            if (n < 16 && json_is_string(e))
                items[n++] = e;
        }
    }
    for (size_t i = 0; i < n; i++) {
        json_t *e = resolve(items[i], all);
        const char *name = json_is_string(e) ? json_string_value(e) : str(e, "name");
        if (!name || !*name)
            continue;
        if (author) {
            /* A person the page declares is kept even when the site bears
             * the same name (a personal site); an organization is not. */
            const char *k = json_is_object(e) ? object_kind(e) : NULL;
            size_t at = c->authors.n;
            int org = k && (!strcmp(k, "org") || !strcmp(k, "outlet"));
            /* An organization as author is weaker than a visible byline. */
            ad__meta_offer_raw(c, &c->authors, name, strlen(name), org ? rank + 40 : rank);
            if (org)
                ad__meta_offer_raw(c, &c->org_authors, name, strlen(name), rank);
            if (c->authors.n > at)
                c->authors.trusted[at] = !k || !strcmp(k, "person");
        } else {
            const char *outlet = outlet_owned_by(name, all, c->host[0] ? c->host : NULL);
            offer(c, &c->publisher, outlet ? outlet : name, rank);
        }
        if (!author)
            break;
    }
}

static const char *image_url(json_t *v)
{
    if (json_is_array(v))
        v = json_array_get(v, 0);
    if (json_is_string(v))
        return json_string_value(v);
    const char *u = str(v, "url");
    return u ? u : str(v, "contentUrl");
}

static void offer_strings(ad__meta_ctx *c, ad__list *l, json_t *v, int rank)
{
    if (json_is_string(v)) {
        const char *s = json_string_value(v);
        ad__meta_offer_list(c, l, s, strlen(s), rank, 1);
        return;
    }
    size_t i;
    json_t *e;
    json_array_foreach(v, i, e)
    {
        if (json_is_string(e))
            ad__meta_offer_list(c, l, json_string_value(e), strlen(json_string_value(e)), rank, 0);
    }
}

static void read_article(ad__meta_ctx *c, json_t *o, const objs *all, int rank)
{
    const char *h = str(o, "headline");
    offer(c, &c->title, h ? h : str(o, "name"), rank);
    offer(c, &c->description, str(o, "description"), rank);
    offer_names(c, json_object_get(o, "author"), all, rank, 1);
    if (!json_object_get(o, "author"))
        offer_names(c, json_object_get(o, "creator"), all, rank, 1);
    offer_names(c, json_object_get(o, "publisher"), all, rank, 0);
    offer_raw(c, &c->published, str(o, "datePublished"), rank);
    offer_raw(c, &c->published, str(o, "dateCreated"), rank + 2);
    offer_raw(c, &c->modified, str(o, "dateModified"), rank);
    const char *u = str(o, "url");
    json_t *mep = json_object_get(o, "mainEntityOfPage");
    if (!u)
        u = json_is_string(mep) ? json_string_value(mep) : str(mep, "@id");
    offer(c, &c->jsonld_url, u, rank);
    offer(c, &c->image, image_url(json_object_get(o, "image")), rank);
    offer(c, &c->image, image_url(json_object_get(o, "thumbnailUrl")), rank + 1);
    offer_strings(c, &c->keywords, json_object_get(o, "keywords"), rank);
    offer_strings(c, &c->section, json_object_get(o, "articleSection"), rank + 2);
    /* Some outlets name the desk as the article's genre (NHK: "genre":
     * ["社会", "気象・災害"]); others the kind of piece ("News"), so it is
     * the last resort, below breadcrumbs and every other source. */
    offer_strings(c, &c->section, json_object_get(o, "genre"), 60);
    json_t *lang = json_object_get(o, "inLanguage");
    offer(c, &c->language, json_is_string(lang) ? json_string_value(lang) : str(lang, "name"), 28);
    offer(c, &c->article_body, str(o, "articleBody"), rank);
}

/* Whether s has more than n words. */
static int words_over(const char *s, size_t n)
{
    size_t w = 0;
    for (const char *p = s; *p; p++)
        if (*p != ' ' && (p == s || p[-1] == ' ') && ++w > n)
            return 1;
    return 0;
}

static void read_crumbs(ad__meta_ctx *c, json_t *o, int rank)
{
    json_t *items = json_object_get(o, "itemListElement");
    if (!json_is_array(items) || c->section.rank <= rank)
        return;
    /* Items are usually in order; a position field says so when not. */
    size_t n = json_array_size(items);
    for (long pos = -1, done = 0; done < (long)n && done < AD__META_MAX_LIST; done++) {
        json_t *best = NULL;
        long bestpos = 0;
        for (size_t i = 0; i < n; i++) {
            json_t *e = json_array_get(items, i);
            json_t *p = json_object_get(e, "position");
            long ep = json_is_integer(p)  ? (long)json_integer_value(p)
                      : json_is_string(p) ? strtol(json_string_value(p), NULL, 10)
                                          : (long)i + 1;
            if (ep > pos && (!best || ep < bestpos))
                best = e, bestpos = ep;
        }
        if (!best)
            break;
        pos = bestpos;
        const char *name = str(best, "name");
        json_t *item = json_object_get(best, "item");
        if (!name && json_is_object(item))
            name = str(item, "name");
        /* The first item, when it links to a site's root, is its home,
         * whatever it is called ("Business News", the site's name). */
        const char *url = json_is_string(item) ? json_string_value(item) : str(item, "@id");
        if (!done && ad__meta_root_url(url))
            continue;
        /* The last item, linking nowhere, is the page itself when it is
         * longer than a section's name usually is ("Home > Kazakhstan's
         * Foreign Trade Reaches ..."): no section, and the article's own
         * section stays. */
        if (done == (long)n - 1 && !url && name && words_over(name, 3))
            continue;
        if (name && *name)
            ad__meta_offer_list(c, &c->section, name, strlen(name), rank, 0);
    }
}

int ad__meta_root_url(const char *u)
{
    if (!u || !*u)
        return 0;
    const char *p = strstr(u, "://");
    if (p) {
        p += 3;
        p += strcspn(p, "/?#");
    } else {
        p = u;
    }
    if (*p == '/')
        p++;
    if (!strncmp(p, "index.", 6))
        p += strcspn(p, "?#");
    return !*p || *p == '?' || *p == '#';
}

int ad__meta_same_url(const char *a, const char *b)
{
    if (!a || !b)
        return 0;
    const char *pa = strstr(a, "://"), *pb = strstr(b, "://");
    pa = pa ? pa + 3 : a;
    pb = pb ? pb + 3 : b;
    if (!strncmp(pa, "www.", 4))
        pa += 4;
    if (!strncmp(pb, "www.", 4))
        pb += 4;
    size_t la = strcspn(pa, "?#"), lb = strcspn(pb, "?#");
    while (la && pa[la - 1] == '/')
        la--;
    while (lb && pb[lb - 1] == '/')
        lb--;
    return la == lb && !ad_text_ncasecmp(pa, pb, la);
}

/* Whether an object's type (one of its types) names a news article: the
 * schema.org types for news all end in "NewsArticle". */
static int news_typed(json_t *o)
{
    json_t *t = json_object_get(o, "@type");
    json_t *one[1] = {t};
    size_t n = json_is_array(t) ? json_array_size(t) : 1;
    for (size_t i = 0; i < n && i < 8; i++) {
        json_t *e = json_is_array(t) ? json_array_get(t, i) : one[0];
        const char *v = json_is_string(e) ? json_string_value(e) : NULL;
        size_t l = v ? strlen(v) : 0;
        if (l >= 11 && !ad_text_casecmp(v + l - 11, "newsarticle"))
            return 1;
    }
    return 0;
}

static void read_all(ad__meta_ctx *c, const objs *all)
{
    json_t *article = NULL;
    for (size_t i = 0; i < all->n; i++) {
        if (!all->kind[i] || strcmp(all->kind[i], "article"))
            continue;
        json_t *o = all->v[i];
        const char *u = str(o, "url");
        json_t *mep = json_object_get(o, "mainEntityOfPage");
        const char *m = json_is_string(mep) ? json_string_value(mep) : str(mep, "@id");
        if (c->url && (ad__meta_same_url(u, c->url) || ad__meta_same_url(m, c->url))) {
            article = o;
            break;
        }
        if (!article && (str(o, "headline") || str(o, "datePublished")))
            article = o;
    }
    if (article && !c->jsonld_article) {
        c->jsonld_article = 1;
        c->jsonld_news = news_typed(article);
        read_article(c, article, all, AD__RANK_JSONLD);
    }
    for (size_t i = 0; i < all->n; i++) {
        const char *k = all->kind[i];
        json_t *o = all->v[i];
        if (!k)
            continue;
        if (!strcmp(k, "page")) {
            offer_raw(c, &c->published, str(o, "datePublished"), AD__RANK_JSONLD_PAGE);
            offer_raw(c, &c->modified, str(o, "dateModified"), AD__RANK_JSONLD_PAGE);
            offer(c, &c->description, str(o, "description"), 24);
            offer_names(c, json_object_get(o, "author"), all, AD__RANK_JSONLD_PAGE + 10, 1);
            json_t *lang = json_object_get(o, "inLanguage");
            offer(c, &c->language, json_string_value(lang), 29);
            json_t *bc = json_object_get(o, "breadcrumb");
            if (json_is_object(bc))
                read_crumbs(c, resolve(bc, all), AD__RANK_JSONLD);
        } else if (!strcmp(k, "site")) {
            offer(c, &c->site_name, str(o, "name"), 18);
        } else if (!strcmp(k, "crumbs")) {
            read_crumbs(c, o, AD__RANK_JSONLD);
        }
    }
}

/* Drops leading and trailing wrappers: white space, "<!--", "-->",
 * "<![CDATA[", "]]>", and the "//" that hides them from scripts. */
static void unwrap(const char **s, size_t *len)
{
    static const char *const heads[] = {"<!--", "//<![CDATA[", "<![CDATA[", NULL};
    static const char *const tails[] = {"-->", "//]]>", "]]>", "//", NULL};
    const char *p = *s;
    size_t n = *len;
    for (int again = 1; again;) {
        again = 0;
        while (n && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
            p++, n--;
        while (n && (p[n - 1] == ' ' || p[n - 1] == '\t' || p[n - 1] == '\n' || p[n - 1] == '\r' ||
                     p[n - 1] == ';'))
            n--;
        for (const char *const *h = heads; *h; h++) {
            size_t hl = strlen(*h);
            if (n >= hl && !memcmp(p, *h, hl)) {
                p += hl, n -= hl, again = 1;
            }
        }
        for (const char *const *t = tails; *t; t++) {
            size_t tl = strlen(*t);
            if (n >= tl && !memcmp(p + n - tl, *t, tl)) {
                n -= tl, again = 1;
            }
        }
    }
    *s = p;
    *len = n;
}

void ad__meta_jsonld(ad__meta_ctx *c, const char *text, size_t len)
{
    unwrap(&text, &len);
    if (!len || len > MAX_JSONLD_BYTES)
        return;
    char *buf = malloc(len);
    if (!buf) {
        c->nomem = 1;
        return;
    }
    /* Raw line breaks and tabs inside strings are common and harmless. */
    for (size_t i = 0; i < len; i++)
        buf[i] = (unsigned char)text[i] < 0x20 ? ' ' : text[i];
    json_error_t e;
    json_t *root = json_loadb(buf, len, JSON_DISABLE_EOF_CHECK, &e);
    free(buf);
    if (!root)
        return;
    objs *all = malloc(sizeof(*all));
    if (!all) {
        c->nomem = 1;
        json_decref(root);
        return;
    }
    all->n = 0;
    collect(root, all);
    read_all(c, all);
    free(all);
    json_decref(root);
}
