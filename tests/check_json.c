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
    {"url", AD_FIELD_METADATA, "null"},         {"canonical_url", AD_FIELD_METADATA, "null"},
    {"title", AD_FIELD_METADATA, "null"},       {"description", AD_FIELD_METADATA, "null"},
    {"authors", AD_FIELD_METADATA, "[]"},       {"publisher", AD_FIELD_METADATA, "null"},
    {"published", AD_FIELD_METADATA, "null"},   {"modified", AD_FIELD_METADATA, "null"},
    {"language", AD_FIELD_METADATA, "null"},    {"section", AD_FIELD_METADATA, "[]"},
    {"keywords", AD_FIELD_METADATA, "[]"},      {"image", AD_FIELD_METADATA, "null"},
    {"paragraphs", AD_FIELD_PARAGRAPHS, "[]"},  {"text", AD_FIELD_TEXT, "\"\""},
    {"word_count", AD_FIELD_TEXT, "0"},         {"entities", AD_FIELD_ENTITIES, "[]"},
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
    ck_assert_ptr_nonnull(strstr(s, "\"value\":{\"amount\":30,\"currency\":\"USD\",\"text\":null}"));
    ck_assert_ptr_nonnull(strstr(s, "\"change\":{\"direction\":\"down\",\"percent\":12.5,"
                                    "\"qualifier\":null,\"basis\":null}"));
    ck_assert_ptr_nonnull(strstr(s, "\"rate\":null,\"period\":null,\"source\":null,"
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
    tcase_add_test(tc, test_para_type_names);
    tc = ad_test_tcase(s, "pipeline");
    tcase_add_test(tc, test_text_mode);
    tcase_add_test(tc, test_max_bytes);
    return s;
}

AD_TEST_MAIN(json_suite)
