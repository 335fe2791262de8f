/*
 * check_tokenize.c - unit tests for the tokenizer and sentence splitter.
 *
 * Token tests compare the token texts joined by "|" (so a wrong split shows
 * in full); sentence tests compare the sentence texts joined by "|"; offset
 * tests check byte and code point positions on non-ASCII text.
 */
#include "testutil.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "articled/tokenize.h"

/* Tokenizes s and writes the token texts joined by "|" into buf. */
static void toks(const char *s, char *buf, size_t n, ad_tokens *t, ad_arena *a)
{
    char err[128];
    ck_assert_int_eq(ad_tok_tokenize(s, strlen(s), a, t, err, sizeof err), AD_OK);
    size_t o = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < t->n; i++) {
        size_t len;
        const char *p = ad_tok_text(t, i, &len);
        int w = snprintf(buf + o, n - o, "%s%.*s", i ? "|" : "", (int)len, p);
        ck_assert(w > 0 && (size_t)w < n - o);
        o += (size_t)w;
    }
}

/* Sentence texts joined by "|". */
static void sents(const char *s, char *buf, size_t n, ad_tokens *t, ad_arena *a)
{
    ck_assert_int_eq(ad_tok_tokenize(s, strlen(s), a, t, NULL, 0), AD_OK);
    size_t o = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < t->n_sent; i++) {
        const ad_sentence *x = &t->sent[i];
        int w = snprintf(buf + o, n - o, "%s%.*s", i ? "|" : "", (int)(x->end - x->start),
                         s + x->start);
        ck_assert(w > 0 && (size_t)w < n - o);
        o += (size_t)w;
    }
}

typedef struct tcase_row {
    const char *text;
    const char *want;
} trow;

static const trow token_rows[] = {
    {"Kim Jong-un met Choe Son-hui.", "Kim|Jong-un|met|Choe|Son-hui|."},
    {"O'Neill's plan", "O'Neill|'s|plan"},
    {"Trump’s tariffs", "Trump|’s|tariffs"},
    {"Jong-un's sister", "Jong-un|'s|sister"},
    {"It's 1,234.5 tonnes", "It's|1,234.5|tonnes"},
    {"up 30% to $1.05 billion", "up|30|%|to|$|1.05|billion"},
    {"€45m and £3bn", "€|45|m|and|£|3|bn"},
    {"the 13th G7 summit", "the|13|th|G7|summit"},
    {"COVID-19 cases", "COVID-19|cases"},
    {"Mr. Smith and Dr. Jones", "Mr.|Smith|and|Dr.|Jones"},
    {"the U.S. and U.K. economies", "the|U.S.|and|U.K.|economies"},
    {"e.g. apples, i.e. fruit", "e.g.|apples|,|i.e.|fruit"},
    {"J. K. Rowling", "J.|K.|Rowling"},
    {"Wait... what…", "Wait|...|what|…"},
    {"3.5 and 2,5 and 1,2345", "3.5|and|2|,|5|and|1|,|2345"},
    {"US$3.2 million", "US|$|3.2|million"},
    {"at 9:33 a.m.", "at|9|:|33|a.m."},
};

START_TEST(test_tokens)
{
    const trow *r = &token_rows[_i];
    char buf[512];
    ad_arena *a = ad_arena_new(0);
    ad_tokens t = {0};
    toks(r->text, buf, sizeof buf, &t, a);
    ck_assert_str_eq(buf, r->want);
    ad_arena_free(a);
}
END_TEST

static const trow sentence_rows[] = {
    {"Mr. Kim met Dr. Lee. They talked.", "Mr. Kim met Dr. Lee.|They talked."},
    {"Prices rose 3.5 percent. Exports fell.", "Prices rose 3.5 percent.|Exports fell."},
    {"J. K. Rowling met George W. Bush. It was brief.",
     "J. K. Rowling met George W. Bush.|It was brief."},
    {"He said, \"We will win.\" Then he left.", "He said, \"We will win.\"|Then he left."},
    {"(The talks ended.) Both sides left.", "(The talks ended.)|Both sides left."},
    {"Is it over? No! It is not.", "Is it over?|No!|It is not."},
    {"\"Why?\" he asked.", "\"Why?\" he asked."},
    {"It moved to the U.S. in 2019.", "It moved to the U.S. in 2019."},
    {"It moved to the U.S. The firm grew.", "It moved to the U.S.|The firm grew."},
    {"Apple Inc. said on Sept. 3 that sales rose.", "Apple Inc. said on Sept. 3 that sales rose."},
    {"He bought apples, pears, etc. But none were ripe.",
     "He bought apples, pears, etc.|But none were ripe."},
    {"No. 10 Downing St. is small.", "No. 10 Downing St. is small."},
    {"Sales rose... Then they fell.", "Sales rose...|Then they fell."},
    {"Sales rose... and then fell.", "Sales rose... and then fell."},
    {"Visit example.com today.", "Visit example.com today."},
    {"Exports reached Rs21.5 billion. RM3.2 billion went to Asia.",
     "Exports reached Rs21.5 billion.|RM3.2 billion went to Asia."},
    {"北京很大。上海也很大。", "北京很大。|上海也很大。"},
    /* A run-in list: each bulleted item is a statement of its own. */
    {"BRIEFLY • Chile: exports fell • Peru: exports rose",
     "BRIEFLY|• Chile: exports fell|• Peru: exports rose"},
    {"• Exports fell. • Imports rose.", "• Exports fell.|• Imports rose."},
    {"Gen. Smith vs. Sen. Jones, Rep. Lee and Gov. Park met.",
     "Gen. Smith vs. Sen. Jones, Rep. Lee and Gov. Park met."},
    {"", ""},
};

START_TEST(test_sentences)
{
    const trow *r = &sentence_rows[_i];
    char buf[512];
    ad_arena *a = ad_arena_new(0);
    ad_tokens t = {0};
    sents(r->text, buf, sizeof buf, &t, a);
    ck_assert_str_eq(buf, r->want);
    ad_arena_free(a);
}
END_TEST

/* Byte and code point offsets with two-byte (ü) and three-byte (北京) text. */
START_TEST(test_codepoint_offsets)
{
    const char *s = "In Zürich, 北京 firms’ Müller-Lüdenscheidt rose.";
    ad_arena *a = ad_arena_new(0);
    ad_tokens t = {0};
    ck_assert_int_eq(ad_tok_tokenize(s, strlen(s), a, &t, NULL, 0), AD_OK);
    /* In | Zürich | , | 北京 | firms | ’ | Müller-Lüdenscheidt | rose | . */
    ck_assert_uint_eq(t.n, 9);
    ck_assert(ad_tok_is(&t, 1, "Zürich"));
    ck_assert_uint_eq(t.tok[1].start, 3);
    ck_assert_uint_eq(t.tok[1].end, 10); /* ü is two bytes */
    ck_assert_uint_eq(t.tok[1].cp_start, 3);
    ck_assert_uint_eq(t.tok[1].cp_end, 9);
    ck_assert(ad_tok_is(&t, 3, "北京"));
    ck_assert_uint_eq(t.tok[3].start, 12);
    ck_assert_uint_eq(t.tok[3].end, 18);
    ck_assert_uint_eq(t.tok[3].cp_start, 11);
    ck_assert_uint_eq(t.tok[3].cp_end, 13);
    ck_assert(ad_tok_is(&t, 6, "Müller-Lüdenscheidt"));
    ck_assert_uint_eq(t.tok[6].cp_start, 21);
    ck_assert_uint_eq(t.tok[6].cp_end, 40);
    ck_assert(t.tok[6].flags & AD_TOKF_HYPHEN);
    ck_assert(t.tok[6].flags & AD_TOKF_CAP);
    ck_assert_uint_eq(t.n_sent, 1);
    ck_assert_uint_eq(t.sent[0].cp_start, 0);
    ck_assert_uint_eq(t.sent[0].cp_end, 46);
    ck_assert_uint_eq(t.sent[0].end, strlen(s));
    ad_arena_free(a);
}
END_TEST

START_TEST(test_flags)
{
    const char *s = "\"NATO and the U.S. back Kim's plan,\" O'Neill said of 2,500 troops.";
    ad_arena *a = ad_arena_new(0);
    ad_tokens t = {0};
    ck_assert_int_eq(ad_tok_tokenize(s, strlen(s), a, &t, NULL, 0), AD_OK);
    /* " NATO and the U.S. back Kim 's plan , " O'Neill said of 2,500 troops . */
    ck_assert(ad_tok_is(&t, 1, "NATO"));
    ck_assert(t.tok[0].flags & AD_TOKF_SENT_START);
    ck_assert(t.tok[1].flags & AD_TOKF_SENT_START); /* first word after the quote */
    ck_assert(t.tok[1].flags & AD_TOKF_ALLCAPS);
    ck_assert(t.tok[1].flags & AD_TOKF_CAP);
    ck_assert(!(t.tok[1].flags & AD_TOKF_SPACE_BEFORE));
    ck_assert(!(t.tok[2].flags & (AD_TOKF_CAP | AD_TOKF_SENT_START)));
    ck_assert(t.tok[2].flags & AD_TOKF_SPACE_BEFORE);
    ck_assert(ad_tok_is(&t, 4, "U.S."));
    ck_assert(t.tok[4].flags & AD_TOKF_ABBREV);
    ck_assert(t.tok[4].flags & AD_TOKF_ALLCAPS);
    ck_assert(ad_tok_is(&t, 7, "'s"));
    ck_assert(t.tok[7].flags & AD_TOKF_POSSESSIVE);
    ck_assert(!(t.tok[7].flags & AD_TOKF_SPACE_BEFORE));
    ck_assert(ad_tok_is(&t, 11, "O'Neill"));
    ck_assert(t.tok[11].flags & AD_TOKF_APOSTROPHE);
    ck_assert(!(t.tok[11].flags & AD_TOKF_ALLCAPS));
    ck_assert(ad_tok_is(&t, 14, "2,500"));
    ck_assert_int_eq(t.tok[14].kind, AD_TOK_NUMBER);
    ck_assert(t.tok[14].flags & AD_TOKF_NUMBER);
    ck_assert(!(t.tok[14].flags & AD_TOKF_DECIMAL));
    ck_assert_int_eq(t.tok[16].kind, AD_TOK_PUNCT);
    ck_assert_uint_eq(t.n, 17);
    ad_arena_free(a);
}
END_TEST

START_TEST(test_symbols_kinds)
{
    const char *s = "$5 + €3 = 30%";
    ad_arena *a = ad_arena_new(0);
    ad_tokens t = {0};
    ck_assert_int_eq(ad_tok_tokenize(s, strlen(s), a, &t, NULL, 0), AD_OK);
    ck_assert_uint_eq(t.n, 8);
    ck_assert_int_eq(t.tok[0].kind, AD_TOK_SYMBOL);
    ck_assert_int_eq(t.tok[1].kind, AD_TOK_NUMBER);
    ck_assert_int_eq(t.tok[2].kind, AD_TOK_SYMBOL);
    ck_assert_int_eq(t.tok[3].kind, AD_TOK_SYMBOL);
    ck_assert(ad_tok_is(&t, 3, "€"));
    ck_assert_int_eq(t.tok[7].kind, AD_TOK_SYMBOL);
    ck_assert(ad_tok_is(&t, 7, "%"));
    ck_assert_str_eq(ad_tok_kind_name(AD_TOK_PUNCT), "punct");
    ad_arena_free(a);
}
END_TEST

/* Token and sentence indexes agree, and tokens tile each sentence. */
START_TEST(test_sentence_token_ranges)
{
    const char *s = "First one. Second one? Third: \"yes.\" Fourth…";
    ad_arena *a = ad_arena_new(0);
    ad_tokens t = {0};
    ck_assert_int_eq(ad_tok_tokenize(s, strlen(s), a, &t, NULL, 0), AD_OK);
    ck_assert_uint_eq(t.n_sent, 4);
    size_t next = 0;
    for (size_t i = 0; i < t.n_sent; i++) {
        ck_assert_uint_eq(t.sent[i].tok_start, next);
        ck_assert_uint_gt(t.sent[i].tok_end, t.sent[i].tok_start);
        for (size_t k = t.sent[i].tok_start; k < t.sent[i].tok_end; k++)
            ck_assert_uint_eq(t.tok[k].sentence, i);
        ck_assert(t.tok[t.sent[i].tok_start].flags & AD_TOKF_SENT_START);
        next = t.sent[i].tok_end;
    }
    ck_assert_uint_eq(next, t.n);
    ad_arena_free(a);
}
END_TEST

/* The output is reused across paragraphs and grows past its first size. */
START_TEST(test_reuse_and_growth)
{
    ad_arena *a = ad_arena_new(0);
    ad_tokens t = {0};
    ck_assert_int_eq(ad_tok_tokenize("Short one.", 10, a, &t, NULL, 0), AD_OK);
    ck_assert_uint_eq(t.n, 3);
    /* A paragraph of single-character tokens: far more than len/5 tokens. */
    static char big[20001];
    for (size_t i = 0; i < 20000; i += 2) {
        big[i] = (i / 2) % 3 == 2 ? '.' : 'x';
        big[i + 1] = ' ';
    }
    big[20000] = '\0';
    ck_assert_int_eq(ad_tok_tokenize(big, strlen(big), a, &t, NULL, 0), AD_OK);
    ck_assert_uint_eq(t.n, 10000);
    ck_assert_uint_eq(t.tok[9999].end, 19999);
    ck_assert_uint_eq(t.tok[9999].cp_end, 19999);
    ck_assert_int_eq(ad_tok_tokenize("Again. Yes.", 11, a, &t, NULL, 0), AD_OK);
    ck_assert_uint_eq(t.n, 4);
    ck_assert_uint_eq(t.n_sent, 2);
    ad_arena_free(a);
}
END_TEST

START_TEST(test_errors_and_invalid_utf8)
{
    ad_arena *a = ad_arena_new(0);
    ad_tokens t = {0};
    char err[128] = "";
    ck_assert_int_eq(ad_tok_tokenize("x", 1, NULL, &t, err, sizeof err), AD_ERR_USAGE);
    ck_assert_uint_gt(strlen(err), 0);
    ck_assert_int_eq(ad_tok_tokenize("x", AD_TOK_MAX_BYTES + 1, a, &t, err, sizeof err),
                     AD_ERR_TOOBIG);
    ck_assert_uint_eq(t.n, 0);
    /* A stray continuation byte is one symbol code point. */
    const char bad[] = "ab \x80 cd";
    ck_assert_int_eq(ad_tok_tokenize(bad, sizeof bad - 1, a, &t, NULL, 0), AD_OK);
    ck_assert_uint_eq(t.n, 3);
    ck_assert_int_eq(t.tok[1].kind, AD_TOK_SYMBOL);
    ck_assert_uint_eq(t.tok[2].cp_start, 5);
    ad_arena_free(a);
}
END_TEST

#define NROWS(t) ((int)(sizeof(t) / sizeof((t)[0])))

static Suite *tokenize_suite(void)
{
    Suite *s = suite_create("tokenize");
    TCase *tc = tcase_create("tokens");
    tcase_add_loop_test(tc, test_tokens, 0, NROWS(token_rows));
    tcase_add_test(tc, test_codepoint_offsets);
    tcase_add_test(tc, test_flags);
    tcase_add_test(tc, test_symbols_kinds);
    tcase_add_test(tc, test_reuse_and_growth);
    tcase_add_test(tc, test_errors_and_invalid_utf8);
    suite_add_tcase(s, tc);
    tc = tcase_create("sentences");
    tcase_add_loop_test(tc, test_sentences, 0, NROWS(sentence_rows));
    tcase_add_test(tc, test_sentence_token_ranges);
    suite_add_tcase(s, tc);
    return s;
}

AD_TEST_MAIN(tokenize_suite)
