/*
 * json.c - the article JSON of ../shared/docs/article-json.md.
 *
 * Absent values are null (scalars) or [] (lists), never missing keys, for
 * every field group that was asked for.
 */
#include <stdlib.h>
#include <string.h>
#include "articled/json.h"
#include "articled/text.h"

static json_t *str_or_null(const char *s)
{
    return s ? json_string(s) : json_null();
}

static json_t *strlist(const ad_strlist *l)
{
    json_t *arr = json_array();
    for (size_t i = 0; arr && i < l->n; i++)
        json_array_append_new(arr, json_string(l->v[i]));
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
    /* Whole numbers are printed as integers ("30", not "30.0"). */
    if (v == (double)(long long)v && v < 9e15 && v > -9e15)
        return json_integer((json_int_t)v);
    return json_real(v);
}

static json_t *entities_json(const ad_article *art)
{
    json_t *arr = json_array();
    for (size_t i = 0; arr && i < art->n_entities; i++) {
        const ad_entity *e = &art->entities[i];
        json_t *mentions = json_array();
        for (size_t k = 0; mentions && k < e->n_mentions; k++)
            json_array_append_new(mentions,
                                  json_pack("{s:I,s:I,s:I}", "paragraph",
                                            (json_int_t)e->mentions[k].paragraph, "start",
                                            (json_int_t)e->mentions[k].start, "end",
                                            (json_int_t)e->mentions[k].end));
        json_array_append_new(arr, json_pack("{s:s,s:s,s:o,s:o,s:I,s:o}", "name", e->name, "type",
                                             entity_type_name(e->type), "aliases",
                                             strlist(&e->aliases), "roles", strlist(&e->roles),
                                             "count", (json_int_t)e->n_mentions, "mentions",
                                             mentions));
    }
    return arr;
}

static json_t *figure_json(const ad_figure *f)
{
    json_t *o = json_object();
    if (!o)
        return NULL;
    json_object_set_new(o, "flow", json_string(flow_name(f->flow)));
    json_object_set_new(o, "reporter", str_or_null(f->reporter));
    json_object_set_new(o, "partner", str_or_null(f->partner));
    json_object_set_new(o, "commodity", str_or_null(f->commodity));
    if (f->value.present)
        json_object_set_new(o, "value",
                            json_pack("{s:o,s:s,s:o}", "amount", number(f->value.amount),
                                      "currency", f->value.currency, "text",
                                      str_or_null(f->value.text)));
    else
        json_object_set_new(o, "value", json_null());
    if (f->change.present) {
        json_t *c = json_object();
        json_object_set_new(c, "direction",
                            f->change.direction > 0   ? json_string("up")
                            : f->change.direction < 0 ? json_string("down")
                                                      : json_null());
        json_object_set_new(c, "percent",
                            f->change.has_percent ? number(f->change.percent) : json_null());
        json_object_set_new(c, "qualifier", str_or_null(f->change.qualifier));
        json_object_set_new(c, "basis", str_or_null(f->change.basis));
        json_object_set_new(o, "change", c);
    } else {
        json_object_set_new(o, "change", json_null());
    }
    json_object_set_new(o, "rate", f->has_rate ? number(f->rate) : json_null());
    if (f->period.present)
        json_object_set_new(o, "period",
                            json_pack("{s:o,s:o,s:o}", "text", str_or_null(f->period.text),
                                      "start", str_or_null(f->period.start), "end",
                                      str_or_null(f->period.end)));
    else
        json_object_set_new(o, "period", json_null());
    json_object_set_new(o, "source", str_or_null(f->source));
    json_object_set_new(o, "paragraph", json_integer((json_int_t)f->paragraph));
    json_object_set_new(o, "sentence", str_or_null(f->sentence));
    return o;
}

json_t *ad_json_article(const ad_article *art, unsigned fields)
{
    json_t *o = json_object();
    if (!o)
        return NULL;
    const ad_meta *m = &art->meta;
    if (fields & AD_FIELD_METADATA) {
        json_object_set_new(o, "url", str_or_null(m->url));
        json_object_set_new(o, "canonical_url", str_or_null(m->canonical_url));
        json_object_set_new(o, "title", str_or_null(m->title));
        json_object_set_new(o, "description", str_or_null(m->description));
        json_object_set_new(o, "authors", strlist(&m->authors));
        json_object_set_new(o, "publisher", str_or_null(m->publisher));
        json_object_set_new(o, "published", str_or_null(m->published));
        json_object_set_new(o, "modified", str_or_null(m->modified));
        json_object_set_new(o, "language", str_or_null(m->language));
        json_object_set_new(o, "section", strlist(&m->section));
        json_object_set_new(o, "keywords", strlist(&m->keywords));
        if (m->image.url)
            json_object_set_new(o, "image",
                                json_pack("{s:s,s:o,s:o}", "url", m->image.url, "caption",
                                          str_or_null(m->image.caption), "credit",
                                          str_or_null(m->image.credit)));
        else
            json_object_set_new(o, "image", json_null());
    }
    if (fields & AD_FIELD_PARAGRAPHS) {
        json_t *arr = json_array();
        for (size_t i = 0; arr && i < art->n_paragraphs; i++)
            json_array_append_new(
                arr, json_pack("{s:s%,s:s}", "text", art->paragraphs[i].text,
                               art->paragraphs[i].len, "type",
                               ad_para_type_name(art->paragraphs[i].type)));
        json_object_set_new(o, "paragraphs", arr);
    }
    if (fields & AD_FIELD_TEXT) {
        json_object_set_new(o, "text", json_string(art->text ? art->text : ""));
        json_object_set_new(o, "word_count", json_integer((json_int_t)art->word_count));
    }
    if (fields & AD_FIELD_ENTITIES)
        json_object_set_new(o, "entities", entities_json(art));
    if (fields & AD_FIELD_FIGURES) {
        json_t *arr = json_array();
        for (size_t i = 0; arr && i < art->n_figures; i++)
            json_array_append_new(arr, figure_json(&art->figures[i]));
        json_object_set_new(o, "trade_figures", arr);
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
