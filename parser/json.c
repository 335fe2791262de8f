/*
 * json.c - the article JSON of ../shared/docs/article-json.md.
 *
 * Absent values are null (scalars) or [] (lists), never missing keys, for
 * every field group that was asked for. jansson refuses invalid UTF-8 and
 * non-finite numbers by returning NULL, which would silently drop a key, so
 * every value goes through helpers that repair or replace such input.
 */
#include <stdlib.h>
#include <string.h>
#include "articled/json.h"
#include "articled/text.h"

/* A JSON string of s[0..len); invalid UTF-8 (e.g. from a --url given on
 * the command line) is repaired byte by byte to U+FFFD. */
static json_t *str_n(const char *s, size_t len)
{
    if (ad_text_valid_utf8(s, len))
        return json_stringn(s, len);
    ad_buf b;
    ad_buf_init(&b, len * 3 + 1);
    size_t i = 0;
    while (i < len) {
        size_t n;
        long cp = ad_text_decode(s + i, len - i, &n);
        if (cp == 0xFFFD && n == 1 && ad_buf_append(&b, "\xEF\xBF\xBD", 3) != AD_OK)
            break;
        if (!(cp == 0xFFFD && n == 1) && ad_buf_append(&b, s + i, n) != AD_OK)
            break;
        i += n;
    }
    json_t *r = i == len ? json_stringn(b.data ? b.data : "", b.len) : NULL;
    ad_buf_free(&b);
    return r;
}

static json_t *str_or_null(const char *s)
{
    json_t *r = s ? str_n(s, strlen(s)) : NULL;
    return r ? r : json_null();
}

/* Adds key: value; a NULL value (out of memory, bad input) becomes null so
 * the key is never missing. */
static void set(json_t *o, const char *key, json_t *value)
{
    json_object_set_new(o, key, value ? value : json_null());
}

static json_t *strlist(const ad_strlist *l)
{
    json_t *arr = json_array();
    for (size_t i = 0; arr && i < l->n; i++)
        if (l->v[i])
            json_array_append_new(arr, str_or_null(l->v[i]));
    return arr;
}

static const char *entity_type_name(ad_entity_type t)
{
    switch (t) {
    case AD_ENT_PERSON:
        return "person";
    case AD_ENT_ORGANIZATION:
        return "organization";
    case AD_ENT_PLACE:
        return "place";
    }
    return "organization";
}

static const char *flow_name(ad_flow f)
{
    static const char *const names[] = {"export", "import", "total", "balance", "tariff"};
    return (unsigned)f < 5 ? names[f] : "total";
}

static json_t *number(double v)
{
    /* Whole numbers are printed as integers ("30", not "30.0"); the range
     * test comes first so that NaN and huge values are never cast. */
    if (v < 9e15 && v > -9e15 && v == (double)(long long)v)
        return json_integer((json_int_t)v);
    json_t *r = json_real(v);
    return r ? r : json_null();
}

static json_t *entities_json(const ad_article *art)
{
    json_t *arr = json_array();
    for (size_t i = 0; arr && i < art->n_entities; i++) {
        const ad_entity *e = &art->entities[i];
        json_t *mentions = json_array();
        for (size_t k = 0; mentions && k < e->n_mentions; k++) {
            json_t *m = json_object();
            if (!m)
                break;
            set(m, "paragraph", json_integer((json_int_t)e->mentions[k].paragraph));
            set(m, "start", json_integer((json_int_t)e->mentions[k].start));
            set(m, "end", json_integer((json_int_t)e->mentions[k].end));
            json_array_append_new(mentions, m);
        }
        json_t *o = json_object();
        if (!o) {
            json_decref(mentions);
            break;
        }
        set(o, "name", str_or_null(e->name));
        set(o, "type", json_string(entity_type_name(e->type)));
        set(o, "aliases", strlist(&e->aliases));
        set(o, "roles", strlist(&e->roles));
        set(o, "count", json_integer((json_int_t)e->n_mentions));
        set(o, "mentions", mentions);
        json_array_append_new(arr, o);
    }
    return arr;
}

static json_t *figure_json(const ad_figure *f)
{
    json_t *o = json_object();
    if (!o)
        return NULL;
    set(o, "flow", json_string(flow_name(f->flow)));
    set(o, "reporter", str_or_null(f->reporter));
    set(o, "partner", str_or_null(f->partner));
    set(o, "commodity", str_or_null(f->commodity));
    if (f->value.present) {
        json_t *v = json_object();
        if (v) {
            set(v, "amount", number(f->value.amount));
            set(v, "currency", str_n(f->value.currency, strnlen(f->value.currency,
                                                                sizeof(f->value.currency))));
            set(v, "text", str_or_null(f->value.text));
        }
        set(o, "value", v);
    } else
        set(o, "value", json_null());
    if (f->change.present) {
        json_t *c = json_object();
        set(c, "direction",
                            f->change.direction > 0   ? json_string("up")
                            : f->change.direction < 0 ? json_string("down")
                                                      : json_null());
        set(c, "percent",
                            f->change.has_percent ? number(f->change.percent) : json_null());
        set(c, "qualifier", str_or_null(f->change.qualifier));
        set(c, "basis", str_or_null(f->change.basis));
        set(o, "change", c);
    } else {
        set(o, "change", json_null());
    }
    set(o, "rate", f->has_rate ? number(f->rate) : json_null());
    if (f->period.present) {
        json_t *p = json_object();
        if (p) {
            set(p, "text", str_or_null(f->period.text));
            set(p, "start", str_or_null(f->period.start));
            set(p, "end", str_or_null(f->period.end));
        }
        set(o, "period", p);
    } else
        set(o, "period", json_null());
    set(o, "source", str_or_null(f->source));
    set(o, "paragraph", json_integer((json_int_t)f->paragraph));
    set(o, "sentence", str_or_null(f->sentence));
    return o;
}

json_t *ad_json_article(const ad_article *art, unsigned fields)
{
    json_t *o = json_object();
    if (!o)
        return NULL;
    const ad_meta *m = &art->meta;
    if (fields & AD_FIELD_METADATA) {
        set(o, "url", str_or_null(m->url));
        set(o, "canonical_url", str_or_null(m->canonical_url));
        set(o, "title", str_or_null(m->title));
        set(o, "description", str_or_null(m->description));
        set(o, "authors", strlist(&m->authors));
        set(o, "publisher", str_or_null(m->publisher));
        set(o, "published", str_or_null(m->published));
        set(o, "modified", str_or_null(m->modified));
        set(o, "language", str_or_null(m->language));
        set(o, "section", strlist(&m->section));
        set(o, "keywords", strlist(&m->keywords));
        if (m->image.url) {
            json_t *img = json_object();
            if (img) {
                set(img, "url", str_or_null(m->image.url));
                set(img, "caption", str_or_null(m->image.caption));
                set(img, "credit", str_or_null(m->image.credit));
            }
            set(o, "image", img);
        } else
            set(o, "image", json_null());
    }
    if (fields & AD_FIELD_PARAGRAPHS) {
        json_t *arr = json_array();
        for (size_t i = 0; arr && i < art->n_paragraphs; i++) {
            json_t *p = json_object();
            if (!p)
                break;
            set(p, "text", str_n(art->paragraphs[i].text, art->paragraphs[i].len));
            set(p, "type", json_string(ad_para_type_name(art->paragraphs[i].type)));
            json_array_append_new(arr, p);
        }
        set(o, "paragraphs", arr);
    }
    if (fields & AD_FIELD_TEXT) {
        json_t *t = str_or_null(art->text ? art->text : "");
        set(o, "text", json_is_null(t) ? json_string("") : t);
        set(o, "word_count", json_integer((json_int_t)art->word_count));
    }
    if (fields & AD_FIELD_ENTITIES)
        set(o, "entities", entities_json(art));
    if (fields & AD_FIELD_FIGURES) {
        json_t *arr = json_array();
        for (size_t i = 0; arr && i < art->n_figures; i++)
            json_array_append_new(arr, figure_json(&art->figures[i]));
        set(o, "trade_figures", arr);
    }
    return o;
}

char *ad_json_dump(const ad_article *art, unsigned fields, int pretty)
{
    json_t *o = ad_json_article(art, fields);
    if (!o)
        return NULL;
    char *s = json_dumps(o, (pretty ? JSON_INDENT(2) : JSON_COMPACT) | JSON_PRESERVE_ORDER);
    json_decref(o);
    return s;
}

ad_status ad_json_fields(const char *list, unsigned *mask, char *err, size_t errlen)
{
    static const struct {
        const char *name;
        unsigned bit;
    } names[] = {{"metadata", AD_FIELD_METADATA}, {"paragraphs", AD_FIELD_PARAGRAPHS},
                 {"text", AD_FIELD_TEXT},         {"entities", AD_FIELD_ENTITIES},
                 {"trade_figures", AD_FIELD_FIGURES}, {"all", AD_FIELD_ALL}};
    unsigned m = 0;
    const char *p = list;
    while (p && *p) {
        const char *comma = strchr(p, ',');
        size_t n = comma ? (size_t)(comma - p) : strlen(p);
        while (n && *p == ' ')
            p++, n--;
        while (n && p[n - 1] == ' ')
            n--;
        if (n) {
            size_t k;
            for (k = 0; k < sizeof(names) / sizeof(names[0]); k++)
                if (strlen(names[k].name) == n && !ad_text_ncasecmp(p, names[k].name, n))
                    break;
            if (k == sizeof(names) / sizeof(names[0]))
                return ad_fail(err, errlen, AD_ERR_USAGE,
                               "unknown field \"%.*s\" (known: metadata, paragraphs, text, "
                               "entities, trade_figures)",
                               (int)(n > 64 ? 64 : n), p);
            m |= names[k].bit;
        }
        p = comma ? comma + 1 : NULL;
    }
    *mask = m ? m : AD_FIELD_ALL;
    return AD_OK;
}

unsigned ad_json_skip_stages(unsigned fields)
{
    unsigned skip = 0;
    if (!(fields & (AD_FIELD_ENTITIES | AD_FIELD_FIGURES)))
        skip |= AD_SKIP_ENTITIES;
    if (!(fields & AD_FIELD_FIGURES))
        skip |= AD_SKIP_FIGURES;
    return skip;
}
