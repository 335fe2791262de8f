/*
 * check_api.c - the HTTP API layer without sockets: routing, body kinds,
 * problem documents, the article route and batch lines.
 */
#include "testutil.h"
#include "../server/api.h"

/* A request whose headers and query come from small static tables. */
typedef struct fake {
    const char *const *headers; /* name, value, ..., NULL */
    const char *const *args;
} fake;

static const char *lookup(const char *const *kv, const char *name)
{
    for (size_t i = 0; kv && kv[i]; i += 2)
        if (!strcasecmp(kv[i], name))
            return kv[i + 1];
    return NULL;
}

static const char *fake_header(void *ctx, const char *name)
{
    return lookup(((fake *)ctx)->headers, name);
}

static const char *fake_arg(void *ctx, const char *name)
{
    return lookup(((fake *)ctx)->args, name);
}

static const ad_api_config cfg = {.max_body = 1 << 20, .batch_max_lines = 100};

static json_t *run(const char *method, const char *const *headers, const char *const *args,
                   const char *body, int *status)
{
    fake f = {headers, args};
    ad_api_request q = {.method = method,
                        .path = "/v1/articles",
                        .header = fake_header,
                        .arg = fake_arg,
                        .ctx = &f,
                        .body = body,
                        .body_len = strlen(body)};
    ad_api_response r = {0};
    double ms;
    ad_api_articles(&cfg, &q, &r, &ms);
    *status = r.status;
    if (r.status == 0) {
        /* "Fetch this first": the URL is handed back, no body. */
        ck_assert_ptr_nonnull(r.fetch_url);
        ck_assert_ptr_null(r.body);
        ad_api_response_clear(&r);
        return json_object();
    }
    json_t *o = json_loadb(r.body, r.len, 0, NULL);
    ck_assert_msg(o != NULL, "answer is not JSON: %.*s", (int)r.len, r.body);
    if (r.status != 200) {
        ck_assert_str_eq(r.content_type, "application/problem+json");
        ck_assert_int_eq(json_integer_value(json_object_get(o, "status")), r.status);
        ck_assert(json_string_length(json_object_get(o, "detail")) > 0);
    }
    ad_api_response_clear(&r);
    return o;
}

START_TEST(routes)
{
    const char *allow;
    ck_assert_int_eq(ad_api_route("/v1/articles", &allow), AD_ROUTE_ARTICLES);
    ck_assert_str_eq(allow, "GET, POST");
    ck_assert_int_eq(ad_api_route("/v1/articles/", &allow), AD_ROUTE_ARTICLES);
    ck_assert_int_eq(ad_api_route("/v1/articles/batch", &allow), AD_ROUTE_BATCH);
    ck_assert_int_eq(ad_api_route("/metrics", &allow), AD_ROUTE_METRICS);
    ck_assert_int_eq(ad_api_route("/v1/articlesX", &allow), AD_ROUTE_NONE);
    ck_assert_int_eq(ad_api_route("/", &allow), AD_ROUTE_NONE);
    ck_assert(ad_api_method_allowed("GET, POST", "POST"));
    ck_assert(!ad_api_method_allowed("GET, POST", "PUT"));
    ck_assert(!ad_api_method_allowed("GET, POST", "GE"));
}
END_TEST

START_TEST(body_kinds)
{
    char cs[32];
    ck_assert_int_eq(ad_api_body_kind(NULL, cs, sizeof(cs)), AD_BODY_HTML);
    ck_assert_int_eq(ad_api_body_kind("text/html; charset=GBK", cs, sizeof(cs)), AD_BODY_HTML);
    ck_assert_str_eq(cs, "GBK");
    ck_assert_int_eq(ad_api_body_kind("Text/Plain;charset=\"utf-8\"", cs, sizeof(cs)),
                     AD_BODY_TEXT);
    ck_assert_str_eq(cs, "utf-8");
    ck_assert_int_eq(ad_api_body_kind("application/json", cs, sizeof(cs)), AD_BODY_JSON);
    ck_assert_str_eq(cs, "");
    ck_assert_int_eq(ad_api_body_kind("application/x-ndjson", cs, sizeof(cs)), AD_BODY_NDJSON);
    ck_assert_int_eq(ad_api_body_kind("application/x-www-form-urlencoded", cs, sizeof(cs)),
                     AD_BODY_HTML);
    ck_assert_int_eq(ad_api_body_kind("image/png", cs, sizeof(cs)), AD_BODY_UNSUPPORTED);
    ck_assert_int_eq(ad_api_body_kind("text/htmlx", cs, sizeof(cs)), AD_BODY_UNSUPPORTED);
}
END_TEST

START_TEST(article_forms)
{
    int st;
    static const char *const html_ct[] = {"Content-Type", "text/html", NULL};
    static const char *const json_ct[] = {"Content-Type", "application/json", NULL};
    static const char *const text_ct[] = {"Content-Type", "text/plain", NULL};
    static const char *const fields[] = {"fields", "paragraphs", "url", "https://a.example/x",
                                         NULL};

    json_t *o = run("POST", html_ct, fields, "<p>One paragraph of words.</p>", &st);
    ck_assert_int_eq(st, 200);
    ck_assert_ptr_null(json_object_get(o, "title"));
    ck_assert_int_eq(json_array_size(json_object_get(o, "paragraphs")), 1);
    json_decref(o);

    o = run("POST", json_ct, NULL, "{\"text\":\"a\\n\\nb\",\"url\":\"https://a.example/\"}", &st);
    ck_assert_int_eq(st, 200);
    ck_assert_int_eq(json_array_size(json_object_get(o, "paragraphs")), 2);
    ck_assert_str_eq(json_string_value(json_object_get(o, "url")), "https://a.example/");
    json_decref(o);

    o = run("POST", text_ct, NULL, "Just text.", &st);
    ck_assert_int_eq(st, 200);
    json_decref(o);
}
END_TEST

START_TEST(article_errors)
{
    int st;
    static const char *const json_ct[] = {"Content-Type", "application/json", NULL};
    static const char *const html_ct[] = {"Content-Type", "text/html", NULL};
    static const char *const png_ct[] = {"Content-Type", "image/png", NULL};
    static const char *const bad_cs[] = {"Content-Type", "text/html; charset=nope-9", NULL};
    static const char *const bad_fields[] = {"fields", "metadata,bogus", NULL};
    static const char *const crlf_url[] = {"url", "http://a/\r\nX: y", NULL};
    static const char *const get_url[] = {"url", "https://a.example/", NULL};
    static const struct {
        const char *method;
        const char *const *headers;
        const char *const *args;
        const char *body;
        int status;
    } cases[] = {
        {"POST", json_ct, NULL, "{oops", 400},
        {"POST", json_ct, NULL, "[1,2]", 400},
        {"POST", json_ct, NULL, "{\"html\":1}", 400},
        {"POST", json_ct, NULL, "{\"html\":\"a\",\"text\":\"b\"}", 400},
        {"POST", json_ct, NULL, "{}", 400},
        {"POST", json_ct, NULL, "{\"url\":\"https://a.example/\"}", 0},
        {"POST", html_ct, bad_fields, "<p>x</p>", 400},
        {"POST", html_ct, crlf_url, "<p>x</p>", 400},
        {"POST", bad_cs, NULL, "<p>x</p>", 400},
        {"POST", png_ct, NULL, "<p>x</p>", 415},
        {"POST", html_ct, NULL, "", 422},
        {"POST", html_ct, NULL, "\x89PNG\r\n\x1a\n", 422},
        {"POST", html_ct, NULL, "\x1f\x8b\x08\x00", 422},
        {"GET", NULL, get_url, "", 0},
        {"GET", NULL, NULL, "", 400},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        json_t *o = run(cases[i].method, cases[i].headers, cases[i].args, cases[i].body, &st);
        ck_assert_msg(st == cases[i].status, "case %zu: got %d, want %d", i, st, cases[i].status);
        json_decref(o);
    }
}
END_TEST

START_TEST(batch_lines)
{
    ad_buf out;
    ad_buf_init(&out, 1 << 20);
    static const char *const lines[] = {"{\"id\":7,\"text\":\"Hello there.\"}", "{\"id\":\"x\"}",
                                        "not json", "{\"id\":[1],\"html\":\"<p>Hi.</p>\"}"};
    for (size_t i = 0; i < 4; i++)
        ck_assert_int_eq(ad_api_batch_line(&cfg, lines[i], strlen(lines[i]), i + 1, &out), 0);
    /* Four result lines, each a JSON object with the id it was given. */
    json_t *res[4];
    const char *p = out.data;
    for (size_t i = 0; i < 4; i++) {
        const char *nl = strchr(p, '\n');
        ck_assert_ptr_nonnull(nl);
        res[i] = json_loadb(p, (size_t)(nl - p), 0, NULL);
        ck_assert_ptr_nonnull(res[i]);
        p = nl + 1;
    }
    ck_assert_str_eq(p, "");
    ck_assert_int_eq(json_integer_value(json_object_get(res[0], "id")), 7);
    ck_assert_ptr_nonnull(json_object_get(res[0], "article"));
    ck_assert_int_eq(
        json_integer_value(json_object_get(json_object_get(res[1], "error"), "status")), 400);
    ck_assert(json_is_null(json_object_get(res[2], "id")));
    ck_assert(json_is_array(json_object_get(res[3], "id")));
    ck_assert_ptr_nonnull(json_object_get(res[3], "article"));
    for (size_t i = 0; i < 4; i++)
        json_decref(res[i]);
    ad_buf_free(&out);
}
END_TEST

START_TEST(problem_document)
{
    ad_api_response r = {0};
    ck_assert_int_eq(ad_api_problem(&r, 413, "too big \"quoted\""), 0);
    json_t *o = json_loadb(r.body, r.len, 0, NULL);
    ck_assert_ptr_nonnull(o);
    ck_assert_str_eq(json_string_value(json_object_get(o, "title")), "Content Too Large");
    ck_assert_str_eq(json_string_value(json_object_get(o, "detail")), "too big \"quoted\"");
    ck_assert_int_eq(json_integer_value(json_object_get(o, "status")), 413);
    json_decref(o);
    ad_api_response_clear(&r);
    ad_api_response_clear(NULL);
}
END_TEST

static Suite *api_suite(void)
{
    Suite *s = suite_create("api");
    TCase *tc = ad_test_tcase(s, "api");
    tcase_add_test(tc, routes);
    tcase_add_test(tc, body_kinds);
    tcase_add_test(tc, article_forms);
    tcase_add_test(tc, article_errors);
    tcase_add_test(tc, batch_lines);
    tcase_add_test(tc, problem_document);
    return s;
}

AD_TEST_MAIN(api_suite)
