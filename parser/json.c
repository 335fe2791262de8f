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
            set(v, "currency",
                str_n(f->value.currency, strnlen(f->value.currency, sizeof(f->value.currency))));
            set(v, "text", str_or_null(f->value.text));
            set(v, "qualifier", str_or_null(f->value.qualifier));
            set(v, "high", f->value.has_high ? number(f->value.high) : json_null());
        }
        set(o, "value", v);
    } else
        set(o, "value", json_null());
    if (f->volume.present) {
        json_t *v = json_object();
        if (v) {
            set(v, "amount", number(f->volume.amount));
            set(v, "unit", str_or_null(f->volume.unit));
            set(v, "text", str_or_null(f->volume.text));
            set(v, "qualifier", str_or_null(f->volume.qualifier));
            set(v, "high", f->volume.has_high ? number(f->volume.high) : json_null());
        }
        set(o, "volume", v);
    } else
        set(o, "volume", json_null());
    if (f->change.present) {
        json_t *c = json_object();
        set(c, "direction",
            f->change.direction > 0   ? json_string("up")
            : f->change.direction < 0 ? json_string("down")
                                      : json_null());
        set(c, "percent", f->change.has_percent ? number(f->change.percent) : json_null());
        set(c, "qualifier", str_or_null(f->change.qualifier));
        set(c, "basis", str_or_null(f->change.basis));
        if (f->change.by.present) {
            const ad_change_by *b = &f->change.by;
            json_t *v = json_object();
            if (v) {
                set(v, "amount", number(b->amount));
                set(v, "currency",
                    b->currency[0] ? str_n(b->currency, strnlen(b->currency, sizeof(b->currency)))
                                   : json_null());
                set(v, "unit", str_or_null(b->unit));
                set(v, "text", str_or_null(b->text));
            }
            set(c, "by", v);
        } else
            set(c, "by", json_null());
        set(o, "change", c);
    } else {
        set(o, "change", json_null());
    }
    set(o, "rate", f->has_rate ? number(f->rate) : json_null());
    set(o, "balance", str_or_null(f->balance));
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

/* ------------------------------------------------------------ direct writer
 *
 * ad_json_write() prints the same bytes that json_dumps() prints for the
 * tree of ad_json_article() (JSON_PRESERVE_ORDER, compact or
 * JSON_INDENT(2)), without building the tree: jansson allocates a node and a
 * hash slot for every value and copies every string twice, which cost more
 * than the body stage. The tree builder above stays for callers that add
 * to the object; tests compare both byte for byte. */

/* Output past this many bytes is refused (the body stage caps the text at
 * a few MiB; this only guards against arithmetic surprises). */
#define AD_JSON_MAX_BYTES ((size_t)256 << 20)
#define AD_JSON_MAX_DEPTH 8

typedef struct jw {
    ad_buf *b;
    int pretty;
    int depth;
    size_t count[AD_JSON_MAX_DEPTH]; /* members written in each open container */
    ad_status st;
} jw;

static void jw_raw(jw *w, const char *s, size_t n)
{
    if (w->st == AD_OK)
        w->st = ad_buf_append(w->b, s, n);
}

/* jansson's dump_indent(): a newline and two spaces a level when pretty. */
static void jw_indent(jw *w, int depth)
{
    static const char spaces[] = "                ";
    if (!w->pretty)
        return;
    jw_raw(w, "\n", 1);
    for (int n = depth * 2; n > 0; n -= 16)
        jw_raw(w, spaces, n < 16 ? (size_t)n : 16);
}

/* A JSON string of s[0..len): jansson's escapes (\" \\ \b \f \n \r \t,
 * \u00XX for other controls), invalid UTF-8 repaired to U+FFFD byte by
 * byte as str_n() does. */
/* Bytes jw_str() copies as they are (1): printable ASCII but the quote and
 * the backslash. The article's text goes through it twice (text and
 * paragraphs), so plain runs are skipped with one table look per byte. */
static const unsigned char jw_plain[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

static void jw_str(jw *w, const char *s, size_t len)
{
    static const char hex[] = "0123456789ABCDEF";
    const unsigned char *u = (const unsigned char *)s;
    size_t run = 0, i = 0;
    jw_raw(w, "\"", 1);
    while (i < len) {
        while (i < len && jw_plain[u[i]])
            i++;
        if (i >= len)
            break;
        unsigned char c = u[i];
        size_t n = 1;
        /* The common well-formed two- and three-byte sequences inline (no
         * overlong form, no surrogate: E0 and ED are left to the decoder). */
        if (c >= 0xC2 && c <= 0xDF && i + 1 < len && (u[i + 1] & 0xC0) == 0x80) {
            i += 2;
            continue;
        }
        if (c >= 0xE1 && c <= 0xEF && c != 0xED && i + 2 < len && (u[i + 1] & 0xC0) == 0x80 &&
            (u[i + 2] & 0xC0) == 0x80) {
            i += 3;
            continue;
        }
        if (c >= 0x80) {
            long cp = ad_text_decode(s + i, len - i, &n);
            if (!(cp == 0xFFFD && n == 1)) {
                i += n;
                continue;
            }
        }
        jw_raw(w, s + run, i - run);
        char esc[6] = {'\\', 0, 0, 0, 0, 0};
        size_t en = 2;
        switch (c) {
        case '"':
            esc[1] = '"';
            break;
        case '\\':
            esc[1] = '\\';
            break;
        case '\b':
            esc[1] = 'b';
            break;
        case '\f':
            esc[1] = 'f';
            break;
        case '\n':
            esc[1] = 'n';
            break;
        case '\r':
            esc[1] = 'r';
            break;
        case '\t':
            esc[1] = 't';
            break;
        default:
            if (c < 0x20) {
                esc[1] = 'u', esc[2] = '0', esc[3] = '0';
                esc[4] = hex[c >> 4], esc[5] = hex[c & 15];
                en = 6;
            } else {
                memcpy(esc, "\xEF\xBF\xBD", 3); /* an invalid byte */
                en = 3;
            }
        }
        jw_raw(w, esc, en);
        i++;
        run = i;
    }
    jw_raw(w, s + run, len - run);
    jw_raw(w, "\"", 1);
}

static void jw_open(jw *w, char c)
{
    jw_raw(w, &c, 1);
    if (w->depth + 1 < AD_JSON_MAX_DEPTH)
        w->count[++w->depth] = 0;
    else
        w->st = AD_ERR_TOOBIG;
}

static void jw_close(jw *w, char c)
{
    if (w->count[w->depth])
        jw_indent(w, w->depth - 1);
    jw_raw(w, &c, 1);
    w->depth--;
}

/* Starts the next member of the open container (an array item when key is
 * NULL). */
static void jw_next(jw *w, const char *key)
{
    if (w->count[w->depth]++)
        jw_raw(w, ",", 1);
    jw_indent(w, w->depth);
    if (key) {
        jw_str(w, key, strlen(key));
        jw_raw(w, w->pretty ? ": " : ":", w->pretty ? 2 : 1);
    }
}

static void jw_null(jw *w)
{
    jw_raw(w, "null", 4);
}

static void jw_text(jw *w, const char *s)
{
    if (s)
        jw_str(w, s, strlen(s));
    else
        jw_null(w);
}

static void jw_int(jw *w, long long v)
{
    char num[32];
    int n = snprintf(num, sizeof(num), "%lld", v);
    jw_raw(w, num, (size_t)n);
}

/* number() above, printed: integers as integers, other finite values the
 * way jansson prints a real (by jansson itself: this is rare), non-finite
 * values as null. */
static void jw_number(jw *w, double v)
{
    if (v < 9e15 && v > -9e15 && v == (double)(long long)v) {
        jw_int(w, (long long)v);
        return;
    }
    json_t *r = json_real(v);
    char *s = r ? json_dumps(r, JSON_ENCODE_ANY | JSON_COMPACT) : NULL;
    json_decref(r);
    if (s)
        jw_raw(w, s, strlen(s));
    else if (r)
        w->st = AD_ERR_NOMEM;
    else
        jw_null(w);
    free(s);
}

/* key: the number when present, else null ("high", "rate", "percent"). */
static void jw_key_number(jw *w, const char *key, int present, double v)
{
    jw_next(w, key);
    if (present)
        jw_number(w, v);
    else
        jw_null(w);
}

static void jw_strlist(jw *w, const ad_strlist *l)
{
    jw_open(w, '[');
    for (size_t i = 0; i < l->n; i++)
        if (l->v[i]) {
            jw_next(w, NULL);
            jw_text(w, l->v[i]);
        }
    jw_close(w, ']');
}

#define JW_KEY_TEXT(w, key, s) (jw_next(w, key), jw_text(w, s))

static void jw_entities(jw *w, const ad_article *art)
{
    jw_open(w, '[');
    for (size_t i = 0; i < art->n_entities; i++) {
        const ad_entity *e = &art->entities[i];
        jw_next(w, NULL);
        jw_open(w, '{');
        JW_KEY_TEXT(w, "name", e->name);
        JW_KEY_TEXT(w, "type", entity_type_name(e->type));
        jw_next(w, "aliases");
        jw_strlist(w, &e->aliases);
        jw_next(w, "roles");
        jw_strlist(w, &e->roles);
        jw_next(w, "count");
        jw_int(w, (long long)e->n_mentions);
        jw_next(w, "mentions");
        jw_open(w, '[');
        for (size_t k = 0; k < e->n_mentions; k++) {
            jw_next(w, NULL);
            jw_open(w, '{');
            jw_next(w, "paragraph");
            jw_int(w, (long long)e->mentions[k].paragraph);
            jw_next(w, "start");
            jw_int(w, (long long)e->mentions[k].start);
            jw_next(w, "end");
            jw_int(w, (long long)e->mentions[k].end);
            jw_close(w, '}');
        }
        jw_close(w, ']');
        jw_close(w, '}');
    }
    jw_close(w, ']');
}

static void jw_figure(jw *w, const ad_figure *f)
{
    jw_open(w, '{');
    JW_KEY_TEXT(w, "flow", flow_name(f->flow));
    JW_KEY_TEXT(w, "reporter", f->reporter);
    JW_KEY_TEXT(w, "partner", f->partner);
    JW_KEY_TEXT(w, "commodity", f->commodity);
    jw_next(w, "value");
    if (f->value.present) {
        jw_open(w, '{');
        jw_next(w, "amount");
        jw_number(w, f->value.amount);
        jw_next(w, "currency");
        jw_str(w, f->value.currency, strnlen(f->value.currency, sizeof(f->value.currency)));
        JW_KEY_TEXT(w, "text", f->value.text);
        JW_KEY_TEXT(w, "qualifier", f->value.qualifier);
        jw_key_number(w, "high", f->value.has_high, f->value.high);
        jw_close(w, '}');
    } else {
        jw_null(w);
    }
    jw_next(w, "volume");
    if (f->volume.present) {
        jw_open(w, '{');
        jw_next(w, "amount");
        jw_number(w, f->volume.amount);
        JW_KEY_TEXT(w, "unit", f->volume.unit);
        JW_KEY_TEXT(w, "text", f->volume.text);
        JW_KEY_TEXT(w, "qualifier", f->volume.qualifier);
        jw_key_number(w, "high", f->volume.has_high, f->volume.high);
        jw_close(w, '}');
    } else {
        jw_null(w);
    }
    jw_next(w, "change");
    if (f->change.present) {
        jw_open(w, '{');
        JW_KEY_TEXT(w, "direction",
                    f->change.direction > 0   ? "up"
                    : f->change.direction < 0 ? "down"
                                              : NULL);
        jw_key_number(w, "percent", f->change.has_percent, f->change.percent);
        JW_KEY_TEXT(w, "qualifier", f->change.qualifier);
        JW_KEY_TEXT(w, "basis", f->change.basis);
        jw_next(w, "by");
        if (f->change.by.present) {
            const ad_change_by *b = &f->change.by;
            jw_open(w, '{');
            jw_next(w, "amount");
            jw_number(w, b->amount);
            jw_next(w, "currency");
            if (b->currency[0])
                jw_str(w, b->currency, strnlen(b->currency, sizeof(b->currency)));
            else
                jw_null(w);
            JW_KEY_TEXT(w, "unit", b->unit);
            JW_KEY_TEXT(w, "text", b->text);
            jw_close(w, '}');
        } else {
            jw_null(w);
        }
        jw_close(w, '}');
    } else {
        jw_null(w);
    }
    jw_key_number(w, "rate", f->has_rate, f->rate);
    JW_KEY_TEXT(w, "balance", f->balance);
    jw_next(w, "period");
    if (f->period.present) {
        jw_open(w, '{');
        JW_KEY_TEXT(w, "text", f->period.text);
        JW_KEY_TEXT(w, "start", f->period.start);
        JW_KEY_TEXT(w, "end", f->period.end);
        jw_close(w, '}');
    } else {
        jw_null(w);
    }
    JW_KEY_TEXT(w, "source", f->source);
    jw_next(w, "paragraph");
    jw_int(w, (long long)f->paragraph);
    JW_KEY_TEXT(w, "sentence", f->sentence);
    jw_close(w, '}');
}

ad_status ad_json_write(const ad_article *art, unsigned fields, int pretty, const char *source,
                        ad_buf *out)
{
    jw w;
    memset(&w, 0, sizeof(w));
    w.b = out;
    w.pretty = pretty;
    w.st = AD_OK;
    const ad_meta *m = &art->meta;
    jw_open(&w, '{');
    if (fields & AD_FIELD_METADATA) {
        JW_KEY_TEXT(&w, "url", m->url);
        JW_KEY_TEXT(&w, "canonical_url", m->canonical_url);
        JW_KEY_TEXT(&w, "title", m->title);
        JW_KEY_TEXT(&w, "description", m->description);
        jw_next(&w, "authors");
        jw_strlist(&w, &m->authors);
        JW_KEY_TEXT(&w, "publisher", m->publisher);
        JW_KEY_TEXT(&w, "published", m->published);
        JW_KEY_TEXT(&w, "modified", m->modified);
        JW_KEY_TEXT(&w, "language", m->language);
        jw_next(&w, "section");
        jw_strlist(&w, &m->section);
        jw_next(&w, "keywords");
        jw_strlist(&w, &m->keywords);
        jw_next(&w, "image");
        if (m->image.url) {
            jw_open(&w, '{');
            JW_KEY_TEXT(&w, "url", m->image.url);
            JW_KEY_TEXT(&w, "caption", m->image.caption);
            JW_KEY_TEXT(&w, "credit", m->image.credit);
            jw_close(&w, '}');
        } else {
            jw_null(&w);
        }
    }
    if (fields & AD_FIELD_PARAGRAPHS) {
        jw_next(&w, "paragraphs");
        jw_open(&w, '[');
        for (size_t i = 0; i < art->n_paragraphs; i++) {
            jw_next(&w, NULL);
            jw_open(&w, '{');
            jw_next(&w, "text");
            jw_str(&w, art->paragraphs[i].text, art->paragraphs[i].len);
            JW_KEY_TEXT(&w, "type", ad_para_type_name(art->paragraphs[i].type));
            jw_close(&w, '}');
        }
        jw_close(&w, ']');
    }
    if (fields & AD_FIELD_TEXT) {
        JW_KEY_TEXT(&w, "text", art->text ? art->text : "");
        jw_next(&w, "word_count");
        jw_int(&w, (long long)art->word_count);
    }
    if (fields & AD_FIELD_ENTITIES) {
        jw_next(&w, "entities");
        jw_entities(&w, art);
    }
    if (fields & AD_FIELD_FIGURES) {
        jw_next(&w, "trade_figures");
        jw_open(&w, '[');
        for (size_t i = 0; i < art->n_figures; i++) {
            jw_next(&w, NULL);
            jw_figure(&w, &art->figures[i]);
        }
        jw_close(&w, ']');
    }
    if (source)
        JW_KEY_TEXT(&w, "source", source);
    jw_close(&w, '}');
    return w.st;
}

char *ad_json_dump(const ad_article *art, unsigned fields, int pretty)
{
    ad_buf b;
    ad_buf_init(&b, AD_JSON_MAX_BYTES);
    if (ad_json_write(art, fields, pretty, NULL, &b) != AD_OK) {
        ad_buf_free(&b);
        return NULL;
    }
    return b.data; /* never NULL: "{}" at least was written */
}

ad_status ad_json_fields(const char *list, unsigned *mask, char *err, size_t errlen)
{
    static const struct {
        const char *name;
        unsigned bit;
    } names[] = {{"metadata", AD_FIELD_METADATA},
                 {"paragraphs", AD_FIELD_PARAGRAPHS},
                 {"text", AD_FIELD_TEXT},
                 {"entities", AD_FIELD_ENTITIES},
                 {"trade_figures", AD_FIELD_FIGURES},
                 {"all", AD_FIELD_ALL}};
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
