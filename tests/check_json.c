/*
 * check_json.c - the article JSON contract (../shared/docs/article-json.md).
 */
#include <math.h>
#include "testutil.h"

/* Every top-level key of the contract, its field group and its default. */
typedef struct key_spec {
    const char *key;
    unsigned group;
    const char *empty; /* "null", "[]", "\"\"" or "0" */
} key_spec;

static const key_spec contract[] = {
    {"url", AD_FIELD_METADATA, "null"},        {"canonical_url", AD_FIELD_METADATA, "null"},
    {"title", AD_FIELD_METADATA, "null"},      {"description", AD_FIELD_METADATA, "null"},
    {"authors", AD_FIELD_METADATA, "[]"},      {"publisher", AD_FIELD_METADATA, "null"},
    {"published", AD_FIELD_METADATA, "null"},  {"modified", AD_FIELD_METADATA, "null"},
    {"language", AD_FIELD_METADATA, "null"},   {"section", AD_FIELD_METADATA, "[]"},
    {"keywords", AD_FIELD_METADATA, "[]"},     {"image", AD_FIELD_METADATA, "null"},
    {"paragraphs", AD_FIELD_PARAGRAPHS, "[]"}, {"text", AD_FIELD_TEXT, "\"\""},
    {"word_count", AD_FIELD_TEXT, "0"},        {"entities", AD_FIELD_ENTITIES, "[]"},
    {"trade_figures", AD_FIELD_FIGURES, "[]"},
};
#define N_KEYS (sizeof(contract) / sizeof(contract[0]))

static char *dump(json_t *v)
{
    char *s = json_dumps(v, JSON_ENCODE_ANY | JSON_COMPACT);
    ck_assert_ptr_nonnull(s);
    return s;
}

START_TEST(test_empty_article_has_every_key)
{
    ad_article *art = ad_test_article_new();
    json_t *o = ad_test_json(art, AD_FIELD_ALL);
    ck_assert_uint_eq(json_object_size(o), N_KEYS);
    for (size_t i = 0; i < N_KEYS; i++) {
        json_t *v = json_object_get(o, contract[i].key);
        ck_assert_msg(v != NULL, "key %s missing", contract[i].key);
        char *s = dump(v);
        ck_assert_msg(!strcmp(s, contract[i].empty), "%s: got %s, want %s", contract[i].key, s,
                      contract[i].empty);
        free(s);
    }
    json_decref(o);
    ad_article_free(art);
}
END_TEST

START_TEST(test_parsed_empty_page_has_every_key)
{
    ad_article *art = ad_test_parse_html("");
    json_t *o = ad_test_json(art, AD_FIELD_ALL);
    for (size_t i = 0; i < N_KEYS; i++)
        ck_assert_msg(json_object_get(o, contract[i].key) != NULL, "key %s missing",
                      contract[i].key);
    json_decref(o);
    ad_article_free(art);
}
END_TEST

/* Each field group alone yields exactly its keys. */
START_TEST(test_field_mask)
{
    static const unsigned groups[] = {AD_FIELD_METADATA, AD_FIELD_PARAGRAPHS, AD_FIELD_TEXT,
                                      AD_FIELD_ENTITIES, AD_FIELD_FIGURES};
    unsigned g = groups[_i];
    ad_article *art = ad_test_article_new();
    json_t *o = ad_test_json(art, g);
    size_t want = 0;
    for (size_t i = 0; i < N_KEYS; i++) {
        int in = (contract[i].group & g) != 0;
        want += (size_t)in;
        ck_assert_msg((json_object_get(o, contract[i].key) != NULL) == in, "group %u key %s", g,
                      contract[i].key);
    }
    ck_assert_uint_eq(json_object_size(o), want);
    json_decref(o);
    ad_article_free(art);
}
END_TEST

START_TEST(test_fields_list)
{
    unsigned m = 0;
    char err[256] = "";
    ck_assert_int_eq(ad_json_fields("metadata,text", &m, err, sizeof(err)), AD_OK);
    ck_assert_uint_eq(m, AD_FIELD_METADATA | AD_FIELD_TEXT);
    ck_assert_int_eq(ad_json_fields(" Paragraphs , trade_figures ", &m, err, sizeof(err)), AD_OK);
    ck_assert_uint_eq(m, AD_FIELD_PARAGRAPHS | AD_FIELD_FIGURES);
    ck_assert_int_eq(ad_json_fields("all", &m, err, sizeof(err)), AD_OK);
    ck_assert_uint_eq(m, AD_FIELD_ALL);
    ck_assert_int_eq(ad_json_fields("", &m, err, sizeof(err)), AD_OK);
    ck_assert_uint_eq(m, AD_FIELD_ALL);
    m = 7;
    ck_assert_int_eq(ad_json_fields("metadata,bogus", &m, err, sizeof(err)), AD_ERR_USAGE);
    ck_assert_ptr_nonnull(strstr(err, "\"bogus\""));
    ck_assert_uint_eq(m, 7);
}
END_TEST

START_TEST(test_filled_article)
{
    ad_article *art = ad_test_article_new();
    ad_arena *a = art->arena;
    static const char *authors[] = {"Zhao Jia", "Li Wei"};
    art->meta.title = "Title";
    art->meta.url = "https://example.com/a";
    art->meta.authors.v = authors;
    art->meta.authors.n = 2;
    art->meta.image.url = "https://example.com/i.jpg";
    art->meta.image.credit = "Xinhua";
    ad_paragraph paras[] = {{"First one.", 10, AD_PARA_HEADING}, {"Second.", 7, AD_PARA_LIST_ITEM}};
    ck_assert_int_eq(ad_article_set_paragraphs(art, paras, 2), AD_OK);
    ck_assert_str_eq(art->text, "First one.\n\nSecond.");
    ck_assert_uint_eq(art->word_count, 3);

    ad_entity *e = ad_arena_calloc(a, 1, sizeof(*e));
    ad_mention *mn = ad_arena_calloc(a, 1, sizeof(*mn));
    mn->paragraph = 1;
    mn->start = 0;
    mn->end = 6;
    e->name = "Second";
    e->type = AD_ENT_PLACE;
    e->mentions = mn;
    e->n_mentions = 1;
    art->entities = e;
    art->n_entities = 1;

    ad_figure *f = ad_arena_calloc(a, 1, sizeof(*f));
    f->flow = AD_FLOW_EXPORT;
    f->value.present = 1;
    f->value.amount = 30;
    memcpy(f->value.currency, "USD", 4);
    f->change.present = 1;
    f->change.direction = -1;
    f->change.has_percent = 1;
    f->change.percent = 12.5;
    f->has_rate = 1;
    f->rate = NAN;
    f->paragraph = 1;
    f->sentence = "Second.";
    art->figures = f;
    art->n_figures = 1;

    char *s = ad_json_dump(art, AD_FIELD_ALL, 0);
    ck_assert_ptr_nonnull(s);
    ck_assert_ptr_nonnull(strstr(s, "\"authors\":[\"Zhao Jia\",\"Li Wei\"]"));
    ck_assert_ptr_nonnull(
        strstr(s, "\"image\":{\"url\":\"https://example.com/i.jpg\",\"caption\":null,"
                  "\"credit\":\"Xinhua\"}"));
    ck_assert_ptr_nonnull(strstr(s, "\"paragraphs\":[{\"text\":\"First one.\",\"type\":"
                                    "\"heading\"},{\"text\":\"Second.\",\"type\":\"list_item\"}]"));
    ck_assert_ptr_nonnull(strstr(s, "\"entities\":[{\"name\":\"Second\",\"type\":\"place\","
                                    "\"aliases\":[],\"roles\":[],\"count\":1,\"mentions\":"
                                    "[{\"paragraph\":1,\"start\":0,\"end\":6}]}]"));
    /* 30 prints as an integer, 12.5 as a real, NaN as null. */
    ck_assert_ptr_nonnull(strstr(s, "\"value\":{\"amount\":30,\"currency\":\"USD\",\"text\":null,"
                                    "\"qualifier\":null,\"high\":null}"));
    ck_assert_ptr_nonnull(strstr(s, "\"volume\":null,\"change\":{\"direction\":\"down\","
                                    "\"percent\":12.5,\"qualifier\":null,\"basis\":null,"
                                    "\"by\":null}"));
    ck_assert_ptr_nonnull(strstr(s,
                                 "\"rate\":null,\"balance\":null,\"period\":null,\"source\":null,"
                                 "\"paragraph\":1,\"sentence\":\"Second.\""));
    free(s);
    char *pretty = ad_json_dump(art, AD_FIELD_METADATA, 1);
    ck_assert_ptr_nonnull(strstr(pretty, "\n  \"url\": \"https://example.com/a\""));
    free(pretty);
    ad_article_free(art);
}
END_TEST

/* Invalid UTF-8 (a --url from the command line) is repaired, never a
 * missing key. */
START_TEST(test_invalid_utf8_value)
{
    ad_article *art = ad_test_parse_url("<p>x</p>", "http://h/\xff\xe4\xb8\xad");
    json_t *o = ad_test_json(art, AD_FIELD_ALL);
    ck_assert_str_eq(json_string_value(json_object_get(o, "url")),
                     "http://h/\xef\xbf\xbd\xe4\xb8\xad");
    json_decref(o);
    ad_article_free(art);
}
END_TEST

/* The direct writer prints exactly what jansson prints for the tree of
 * ad_json_article(), compact and indented, for every field mask: escapes,
 * invalid UTF-8, reals, empty and nested containers, NULL list entries. */
/* Compares two dumps; on a difference names the first differing byte with
 * some context (whole dumps overflow Check's message buffer). */
static void same_dump(const char *got, const char *want)
{
    size_t i = 0;
    while (got[i] && got[i] == want[i])
        i++;
    size_t from = i > 40 ? i - 40 : 0;
    ck_assert_msg(got[i] == want[i], "differ at byte %zu: got ...%.80s... want ...%.80s...", i,
                  got + from, want + from);
}

static char *tree_dump(const ad_article *art, unsigned fields, int pretty, const char *source)
{
    json_t *o = ad_json_article(art, fields);
    ck_assert_ptr_nonnull(o);
    if (source)
        json_object_set_new(o, "source", json_string(source));
    char *s = json_dumps(o, (pretty ? JSON_INDENT(2) : JSON_COMPACT) | JSON_PRESERVE_ORDER);
    json_decref(o);
    ck_assert_ptr_nonnull(s);
    return s;
}

START_TEST(test_writer_matches_jansson)
{
    ad_article *art = ad_test_article_new();
    ad_arena *a = art->arena;
    static const char *kw[] = {"a\"b\\c", NULL,
                               "tab\there\x01\x1f\x7f"
                               "x",
                               "/slash/"};
    static const char *none[] = {NULL};
    art->meta.title = "Ti\xc3\xa9tle \xe2\x80\x9cq\xe2\x80\x9d \xf0\x9f\x98\x80";
    art->meta.url = "http://h/\xff\xe4\xb8\xad\xc0\xaf\xed\xa0\x80"
                    "end\xe4\xb8";
    art->meta.description = "line\nbreak\rcr\bbs\fff";
    art->meta.keywords.v = kw;
    art->meta.keywords.n = 4;
    art->meta.section.v = none;
    art->meta.section.n = 1;
    art->meta.image.url = "https://example.com/i.jpg";
    ad_paragraph paras[] = {{"First \"one\".", 12, AD_PARA_HEADING}, {"Second.", 7, AD_PARA_TABLE}};
    ck_assert_int_eq(ad_article_set_paragraphs(art, paras, 2), AD_OK);

    ad_entity *e = ad_arena_calloc(a, 2, sizeof(*e));
    ad_mention *mn = ad_arena_calloc(a, 2, sizeof(*mn));
    mn[1].paragraph = 1, mn[1].start = 3, mn[1].end = 123456789;
    static const char *alias[] = {"Al", "B\\"};
    e[0].name = "Second";
    e[0].type = AD_ENT_PERSON;
    e[0].aliases.v = alias;
    e[0].aliases.n = 2;
    e[0].roles.v = alias;
    e[0].roles.n = 1;
    e[0].mentions = mn;
    e[0].n_mentions = 2;
    e[1].type = AD_ENT_ORGANIZATION;
    art->entities = e;
    art->n_entities = 2;

    static const double reals[] = {0.1,     1e20, -3.25, 1e-7,      123456789.125,
                                   2.5e300, -0.0, 9e15,  1.0 / 3.0, INFINITY};
    size_t nf = sizeof(reals) / sizeof(reals[0]);
    ad_figure *f = ad_arena_calloc(a, nf + 1, sizeof(*f));
    for (size_t i = 0; i < nf; i++) {
        f[i].flow = (ad_flow)(i % 5);
        f[i].value.present = 1;
        f[i].value.amount = reals[i];
        memcpy(f[i].value.currency, "EUR", 3);
        f[i].value.text = "\xe2\x82\xac 3 bn";
        f[i].change.present = i % 2;
        f[i].change.direction = (int)(i % 3) - 1;
        f[i].change.has_percent = i % 3 == 0;
        f[i].change.percent = reals[nf - 1 - i];
        f[i].change.basis = "year on year";
        f[i].balance = i % 3 == 0 ? "deficit" : NULL;
        /* Volumes and change sizes, in money and in units, by turns. */
        f[i].volume.present = i % 2 == 1;
        f[i].volume.amount = reals[i];
        f[i].volume.unit = "barrel/day";
        f[i].volume.text = "3 bpd";
        f[i].value.qualifier = i % 2 ? "about" : NULL;
        f[i].value.has_high = i % 3 == 1;
        f[i].value.high = reals[(i + 1) % nf];
        f[i].volume.qualifier = i % 3 ? NULL : "more than";
        f[i].volume.has_high = i % 2 == 1;
        f[i].volume.high = reals[(i + 2) % nf];
        f[i].change.by.present = i % 4 == 1 || i % 4 == 3;
        f[i].change.by.amount = reals[nf - 1 - i];
        if (i % 4 == 1)
            memcpy(f[i].change.by.currency, "GBP", 4);
        else
            f[i].change.by.unit = "tonne";
        f[i].change.by.text = i % 4 == 1 ? "\xc2\xa3"
                                           "2.4bn"
                                         : NULL;
        f[i].has_rate = 1;
        f[i].rate = reals[i] * 7;
        f[i].period.present = i % 2 == 0;
        f[i].period.start = "2024-01";
        f[i].reporter = "China";
        f[i].paragraph = i;
    }
    art->figures = f;
    art->n_figures = nf + 1;

    for (unsigned fields = 1; fields <= AD_FIELD_ALL; fields++)
        for (int pretty = 0; pretty < 2; pretty++) {
            char *want = tree_dump(art, fields, pretty, NULL);
            char *got = ad_json_dump(art, fields, pretty);
            ck_assert_ptr_nonnull(got);
            same_dump(got, want);
            free(got);
            free(want);
        }
    char *want = tree_dump(art, AD_FIELD_ALL, 0, "dir/f\xc3\xa9.html");
    ad_buf b;
    ad_buf_init(&b, SIZE_MAX);
    ck_assert_int_eq(ad_json_write(art, AD_FIELD_ALL, 0, "dir/f\xc3\xa9.html", &b), AD_OK);
    same_dump(b.data, want);
    /* A file name that is not UTF-8 is repaired (jansson refused it and
     * the key went missing). */
    ad_buf_reset(&b);
    ck_assert_int_eq(ad_json_write(art, AD_FIELD_TEXT, 0, "f\xff", &b), AD_OK);
    ck_assert_ptr_nonnull(strstr(b.data, ",\"source\":\"f\xef\xbf\xbd\"}"));
    ad_buf_free(&b);
    free(want);
    ad_article_free(art);
}
END_TEST

START_TEST(test_para_type_names)
{
    ck_assert_str_eq(ad_para_type_name(AD_PARA_PARAGRAPH), "paragraph");
    ck_assert_str_eq(ad_para_type_name(AD_PARA_HEADING), "heading");
    ck_assert_str_eq(ad_para_type_name(AD_PARA_QUOTE), "quote");
    ck_assert_str_eq(ad_para_type_name(AD_PARA_LIST_ITEM), "list_item");
    ck_assert_str_eq(ad_para_type_name(AD_PARA_CAPTION), "caption");
    ck_assert_str_eq(ad_para_type_name(AD_PARA_TABLE), "table");
    ck_assert_str_eq(ad_para_type_name((ad_para_type)99), "paragraph");
}
END_TEST

START_TEST(test_text_mode)
{
    ad_article *art = ad_test_parse_text("First  para\nstill first.\n\n\n  Second para.  \n");
    ck_assert_uint_eq(art->n_paragraphs, 2);
    ad_test_para_is(art, 0, "First para still first.", AD_PARA_PARAGRAPH);
    ad_test_para_is(art, 1, "Second para.", AD_PARA_PARAGRAPH);
    ck_assert_str_eq(art->text, "First para still first.\n\nSecond para.");
    ck_assert_uint_eq(art->word_count, 6);
    ad_article_free(art);
}
END_TEST

START_TEST(test_max_bytes)
{
    ad_article *art = NULL;
    char err[256] = "";
    ad_parse_opts o = {0};
    o.max_bytes = 4;
    ck_assert_int_eq(ad_article_parse("<p>hello</p>", 12, &o, &art, err, sizeof(err)),
                     AD_ERR_TOOBIG);
    ck_assert_ptr_null(art);
    ck_assert_ptr_nonnull(strstr(err, "limit"));
    o.max_bytes = 12;
    ck_assert_int_eq(ad_article_parse("<p>hello</p>", 12, &o, &art, err, sizeof(err)), AD_OK);
    ad_article_free(art);
}
END_TEST

static Suite *json_suite(void)
{
    Suite *s = suite_create("json");
    TCase *tc = ad_test_tcase(s, "contract");
    tcase_add_test(tc, test_empty_article_has_every_key);
    tcase_add_test(tc, test_parsed_empty_page_has_every_key);
    tcase_add_loop_test(tc, test_field_mask, 0, 5);
    tcase_add_test(tc, test_fields_list);
    tcase_add_test(tc, test_filled_article);
    tcase_add_test(tc, test_invalid_utf8_value);
    tcase_add_test(tc, test_writer_matches_jansson);
    tcase_add_test(tc, test_para_type_names);
    tc = ad_test_tcase(s, "pipeline");
    tcase_add_test(tc, test_text_mode);
    tcase_add_test(tc, test_max_bytes);
    return s;
}

AD_TEST_MAIN(json_suite)
