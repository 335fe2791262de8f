/*
 * testutil.h - shared helpers for the Check suites in tests/check_*.c.
 *
 * Every suite includes this header, defines one function returning its
 * Suite (tcases made with ad_test_tcase()) and ends with
 * AD_TEST_MAIN(that_function). The main() it expands to runs the suite and
 * prints "ad-test-counts: PASSED FAILED", which tests/run.sh adds up.
 *
 * The helpers fail the running test (ck_abort) when the library fails, so
 * a test body reads as the facts it checks:
 *
 *     ad_article *art = ad_test_parse_html("<p>Hello</p>");
 *     ck_assert_uint_eq(art->n_paragraphs, 1);
 *     ad_test_para_is(art, 0, "Hello", AD_PARA_PARAGRAPH);
 *     ad_article_free(art);
 *
 * Everything is static inline so that a suite using only some helpers
 * compiles without unused-function warnings.
 */
#ifndef ARTICLED_TESTUTIL_H
#define ARTICLED_TESTUTIL_H

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <jansson.h>
#include <libxml/parser.h>
#include "articled/articled.h"

/* A tcase with a timeout generous enough for sanitizer builds (Check's
 * default is 4 s; CK_TIMEOUT_MULTIPLIER still scales it). */
static inline TCase *ad_test_tcase(Suite *s, const char *name)
{
    TCase *tc = tcase_create(name);
    tcase_set_timeout(tc, 60);
    suite_add_tcase(s, tc);
    return tc;
}

/* Parses data[0..len) with opts (NULL: HTML, defaults); aborts the test
 * with the library's message on failure. Free with ad_article_free(). */
static inline ad_article *ad_test_parse_opts(const char *data, size_t len,
                                             const ad_parse_opts *opts)
{
    ad_article *art = NULL;
    char err[512] = "";
    ad_status st = ad_article_parse(data, len, opts, &art, err, sizeof(err));
    if (st != AD_OK)
        ck_abort_msg("ad_article_parse failed: %s (%s)", err, ad_status_name(st));
    ck_assert_ptr_nonnull(art);
    return art;
}

/* Parses an HTML string. */
static inline ad_article *ad_test_parse_html(const char *html)
{
    return ad_test_parse_opts(html, strlen(html), NULL);
}

/* Parses an HTML string as if fetched from url. */
static inline ad_article *ad_test_parse_url(const char *html, const char *url)
{
    ad_parse_opts o = {0};
    o.url = url;
    return ad_test_parse_opts(html, strlen(html), &o);
}

/* Parses a plain-text string (the CLI's --text). */
static inline ad_article *ad_test_parse_text(const char *text)
{
    ad_parse_opts o = {0};
    o.kind = AD_INPUT_TEXT;
    return ad_test_parse_opts(text, strlen(text), &o);
}

/* Loads bytes into a tree (charset resolution included); header_charset
 * may be NULL. Release with ad_doc_release(). */
static inline void ad_test_load(const char *data, size_t len, const char *header_charset,
                                ad_doc *doc)
{
    char err[512] = "";
    ad_status st = ad_load_html(data, len, header_charset, doc, err, sizeof(err));
    if (st != AD_OK)
        ck_abort_msg("ad_load_html failed: %s (%s)", err, ad_status_name(st));
    ck_assert_ptr_nonnull(doc->html);
}

/* Runs the metadata stage alone on an HTML string: fills *meta and *hints
 * (strings in arena a). The tree is kept in *doc for hints' node pointers;
 * release it with ad_doc_release(). */
static inline void ad_test_meta(const char *html, const char *url, ad_arena *a, ad_doc *doc,
                                ad_meta *meta, ad_meta_hints *hints)
{
    char err[512] = "";
    ad_test_load(html, strlen(html), NULL, doc);
    ad_status st = ad_meta_extract(doc->html, url, a, meta, hints, err, sizeof(err));
    if (st != AD_OK)
        ck_abort_msg("ad_meta_extract failed: %s", err);
}

/* The normalized form of s, as an arena string. */
static inline const char *ad_test_norm(ad_arena *a, const char *s)
{
    const char *r = ad_text_norm_dup(a, s, strlen(s), NULL);
    ck_assert_ptr_nonnull(r);
    return r;
}

/* The text content of the first element named tag in doc (ad_dom_text,
 * normalized), or NULL when there is none. */
static inline const char *ad_test_first_text(ad_doc *doc, const char *tag, ad_arena *a)
{
    xmlNodePtr root = (xmlNodePtr)doc->html;
    for (xmlNodePtr n = root; n; n = ad_dom_next(n, root))
        if (ad_dom_is(n, tag))
            return ad_dom_text_norm(n, a, 1 << 20, 0);
    return NULL;
}

/* An empty article with its own arena, for tests that fill fields by hand
 * (JSON contract). Free with ad_article_free(). */
static inline ad_article *ad_test_article_new(void)
{
    ad_arena *a = ad_arena_new(0);
    ck_assert_ptr_nonnull(a);
    ad_article *art = ad_arena_calloc(a, 1, sizeof(*art));
    ck_assert_ptr_nonnull(art);
    art->arena = a;
    art->text = "";
    return art;
}

/* The article JSON as a jansson object (all fields unless fields != 0).
 * Release with json_decref(). */
static inline json_t *ad_test_json(const ad_article *art, unsigned fields)
{
    json_t *o = ad_json_article(art, fields ? fields : AD_FIELD_ALL);
    ck_assert_ptr_nonnull(o);
    return o;
}

/* Asserts that paragraph i exists with exactly this text and type. */
#define ad_test_para_is(art, i, want_text, want_type)                                              \
    do {                                                                                           \
        const ad_article *ad_t_art_ = (art);                                                       \
        size_t ad_t_i_ = (i);                                                                      \
        ck_assert_msg(ad_t_i_ < ad_t_art_->n_paragraphs, "paragraph %zu missing (%zu paragraphs)", \
                      ad_t_i_, ad_t_art_->n_paragraphs);                                           \
        ck_assert_str_eq(ad_t_art_->paragraphs[ad_t_i_].text, (want_text));                        \
        ck_assert_str_eq(ad_para_type_name(ad_t_art_->paragraphs[ad_t_i_].type),                   \
                         ad_para_type_name(want_type));                                            \
    } while (0)

/* Asserts that a nullable string equals want (NULL meaning absent). */
#define ad_test_str_is(got, want)                                                                  \
    do {                                                                                           \
        const char *ad_t_g_ = (got), *ad_t_w_ = (want);                                            \
        if (!ad_t_w_)                                                                              \
            ck_assert_msg(ad_t_g_ == NULL, "expected NULL, got \"%s\"", ad_t_g_);                  \
        else                                                                                       \
            ck_assert_msg(ad_t_g_ && !strcmp(ad_t_g_, ad_t_w_), "expected \"%s\", got %s%s%s",     \
                          ad_t_w_, ad_t_g_ ? "\"" : "", ad_t_g_ ? ad_t_g_ : "NULL",                \
                          ad_t_g_ ? "\"" : "");                                                    \
    } while (0)

/* The main() of a suite: runs it (fork mode unless CK_FORK=no), prints the
 * counts line for tests/run.sh and exits non-zero on any failure. */
#define AD_TEST_MAIN(suite_fn)                                                                     \
    int main(void)                                                                                 \
    {                                                                                              \
        xmlInitParser();                                                                           \
        SRunner *sr = srunner_create(suite_fn());                                                  \
        srunner_run_all(sr, CK_ENV);                                                               \
        int ad_t_run_ = srunner_ntests_run(sr), ad_t_failed_ = srunner_ntests_failed(sr);          \
        srunner_free(sr);                                                                          \
        xmlCleanupParser();                                                                        \
        printf("ad-test-counts: %d %d\n", ad_t_run_ - ad_t_failed_, ad_t_failed_);                 \
        return ad_t_failed_ ? EXIT_FAILURE : EXIT_SUCCESS;                                         \
    }

#endif
