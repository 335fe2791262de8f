/*
 * check_text.c - normalization, word counts, code points and UTF-8 decoding.
 */
#include <utf8proc.h>
#include "testutil.h"

typedef struct norm_case {
    const char *in;
    const char *out;
} norm_case;

static const norm_case norm_cases[] = {
    /* white space folding and trimming */
    {"  a \t\n b  ", "a b"},
    {"\r\n\r\nline one\r\nline two\f", "line one line two"},
    {"", ""},
    {" \t\n ", ""},
    /* NBSP and the other Unicode spaces become plain spaces */
    {"10\xc2\xa0km", "10 km"},
    {"a\xe2\x80\x89"
     "b\xe2\x80\xaf"
     "c\xe3\x80\x80"
     "d",
     "a b c d"},
    {"\xc2\xa0\xc2\xa0x\xc2\xa0\xc2\xa0", "x"},
    {"a\xe2\x80\xa8"
     "b",
     "a b"},
    /* soft hyphen and zero-width characters vanish */
    {"co\xc2\xad"
     "operation",
     "cooperation"},
    {"zero\xe2\x80\x8bwidth", "zerowidth"},
    {"\xef\xbb\xbf"
     "bom",
     "bom"},
    {"word\xe2\x81\xa0joiner", "wordjoiner"},
    /* ZWJ and ZWNJ stay between two characters (an emoji family, Persian
     * "mi-khaham") and go where they join nothing: alone, at an edge or
     * beside a space */
    {"\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9",
     "\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9"},
    {"\xd9\x85\xdb\x8c\xe2\x80\x8c\xd8\xae\xd9\x88\xd8\xa7\xd9\x87\xd9\x85",
     "\xd9\x85\xdb\x8c\xe2\x80\x8c\xd8\xae\xd9\x88\xd8\xa7\xd9\x87\xd9\x85"},
    {"\xe2\x80\x8d", ""},
    {" \xe2\x80\x8d\xe2\x80\x8c ", ""},
    {"\xe2\x80\x8dword\xe2\x80\x8d", "word"},
    {"a \xe2\x80\x8d b", "a b"},
    {"\xe2\x80\x8e"
     "ltr\xe2\x80\x8f",
     "ltr"},
    /* ZWNJ is kept: it changes Persian words */
    {"\xd9\x85\xdb\x8c\xe2\x80\x8c\xd8\xae\xd9\x88\xd8\xa7\xd9\x87\xd9\x85",
     "\xd9\x85\xdb\x8c\xe2\x80\x8c\xd8\xae\xd9\x88\xd8\xa7\xd9\x87\xd9\x85"},
    /* control characters are dropped */
    {"a\x01"
     "b\x7f"
     "c\xc2\x85"
     "d",
     "abc d"},
    /* NFC: e + U+0301 composes to U+00E9; Hangul jamo compose */
    {"Cafe\xcc\x81", "Caf\xc3\xa9"},
    {"e\xcc\x81t\xc3\xa9", "\xc3\xa9t\xc3\xa9"},
    {"\xe1\x84\x80\xe1\x85\xa1", "\xea\xb0\x80"},
    /* a space between a letter and its combining mark does not stop NFC of others */
    {"  A\xcc\x8a  ", "\xc3\x85"},
    /* invalid bytes become U+FFFD, one per byte */
    {"a\xff"
     "b",
     "a\xef\xbf\xbd"
     "b"},
    {"\xc0\xaf", "\xef\xbf\xbd\xef\xbf\xbd"},
    {"\xed\xa0\x80", "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd"},
    {"x\xe4\xb8", "x\xef\xbf\xbd\xef\xbf\xbd"},
    {"\xf4\x90\x80\x80", "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd"},
    /* valid 4-byte sequences pass */
    {"\xf0\x9f\x98\x80 ok", "\xf0\x9f\x98\x80 ok"},
    /* mojibake: UTF-8 read as windows-1252 ("doesn\u00e2\u20ac\u2122t") */
    {"doesn\xc3\xa2\xe2\x82\xac\xe2\x84\xa2t", "doesn\xe2\x80\x99t"},
    /* ... or as ISO-8859-1 (C1 controls U+0080, U+0099) */
    {"doesn\xc3\xa2\xc2\x80\xc2\x99t", "doesn\xe2\x80\x99t"},
    /* "caf\u00c3\u00a9", "\u00c2" + NBSP, "W\u00c2\u00ae" */
    {"caf\xc3\x83\xc2\xa9", "caf\xc3\xa9"},
    {"a\xc3\x82\xc2\xa0"
     "b",
     "a b"},
    {"Guard\xc3\x82\xc2\xae", "Guard\xc2\xae"},
    /* Polish through windows-1252 ("\u00c5\u201a" is U+0142), as a word */
    {"w\xc3\x85\xe2\x80\x9a\xc3\x85\xe2\x80\xba", "w\xc5\x82\xc5\x9b"},
    /* Cyrillic runs repair as neighbours: "\u00d0\u00bf\u00d1\u20ac" is "\u043f\u0440" */
    {"\xc3\x90\xc2\xbf\xc3\x91\xe2\x82\xac", "\xd0\xbf\xd1\x80"},
    /* an emoji run: "\u00f0\u0178\u02dc\u20ac" is U+1F600 */
    {"\xc3\xb0\xc5\xb8\xcb\x9c\xe2\x82\xac", "\xf0\x9f\x98\x80"},
    /* real text stays: French "automatis\u00e9" + NBSP + guillemet, Czech
     * "n\u00e1\u0161", "Caf\u00e9\u2019s", "5\u00d7" + NBSP + "3", a lone Cyrillic-like pair */
    {"automatis\xc3\xa9\xc2\xa0\xc2\xbb.", "automatis\xc3\xa9 \xc2\xbb."},
    {"n\xc3\xa1\xc5\xa1 t\xc3\xbdm", "n\xc3\xa1\xc5\xa1 t\xc3\xbdm"},
    {"Caf\xc3\xa9\xe2\x80\x99s", "Caf\xc3\xa9\xe2\x80\x99s"},
    {"5\xc3\x97\xc2\xa0"
     "3",
     "5\xc3\x97 3"},
    {"PER\xc3\x9a\xc2\xbb", "PER\xc3\x9a\xc2\xbb"},
    /* a byte-order mark read as windows-1252 ("\u00ef\u00bb\u00bf") is dropped */
    {"\xc3\xaf\xc2\xbb\xc2\xbf"
     "Title",
     "Title"},
    /* ... nor French, Italian, Czech, Swedish, Portuguese or chemistry text
     * whose letters and signs happen to form a UTF-8 sequence */
    {"compliqu\xc3\xa9\xe2\x80\xa6\xc2\xa0\xc2\xbb", "compliqu\xc3\xa9\xe2\x80\xa6 \xc2\xbb"},
    {"fatigu\xc3\xa9\xc2\xa0\xe2\x80\x93 oui", "fatigu\xc3\xa9 \xe2\x80\x93 oui"},
    {"perch\xc3\xa9\xe2\x80\xa6\xc2\xbb", "perch\xc3\xa9\xe2\x80\xa6\xc2\xbb"},
    {"the caf\xc3\xa9\xe2\x80\xa6\xe2\x80\x9d", "the caf\xc3\xa9\xe2\x80\xa6\xe2\x80\x9d"},
    {"1200 \xc3\x85\xc2\xb3", "1200 \xc3\x85\xc2\xb3"},
    {"SN\xc3\x96 P\xc3\x85\xe2\x80\x9d", "SN\xc3\x96 P\xc3\x85\xe2\x80\x9d"},
    {"AMANH\xc3\x83\xe2\x80\xa6\xe2\x80\x9d", "AMANH\xc3\x83\xe2\x80\xa6\xe2\x80\x9d"},
    /* a lone CJK run stays; a run of them is repaired ("\u4e2d\u6587") */
    {"x \xc3\xa4\xc2\xb8\xc2\xba y", "x \xc3\xa4\xc2\xb8\xc2\xba y"},
    {"\xc3\xa4\xc2\xb8\xc2\xad\xc3\xa6\xe2\x80\x93\xe2\x80\xa1", "\xe4\xb8\xad\xe6\x96\x87"},
    /* a run cut short at the end of the text stays as it is */
    {"x\xc3\xa2\xe2\x82\xac", "x\xc3\xa2\xe2\x82\xac"},
};

START_TEST(test_normalize)
{
    const norm_case *c = &norm_cases[_i];
    ad_buf b;
    ad_buf_init(&b, 1024);
    ck_assert_int_eq(ad_text_normalize(c->in, strlen(c->in), &b), AD_OK);
    ck_assert_msg(b.len == strlen(c->out) && !memcmp(b.data ? b.data : "", c->out, b.len),
                  "case %d: got \"%s\", want \"%s\"", _i, b.data ? b.data : "", c->out);
    ck_assert(ad_text_valid_utf8(b.data ? b.data : "", b.len));
    ad_buf_free(&b);
}
END_TEST

/* Lower case in every script, cut before a character that might not fit. */
START_TEST(test_lower)
{
    char out[32];
    size_t used;
    const char *s = "Главная ÉTÉ Home";
    size_t n = ad_text_lower(s, strlen(s), out, sizeof(out), &used);
    ck_assert_str_eq(out, "главная été home");
    ck_assert_uint_eq(n, strlen(out));
    ck_assert_uint_eq(used, strlen(s));
    n = ad_text_lower(s, strlen(s), out, 8, &used);
    ck_assert_uint_eq(used, 4); /* two Cyrillic letters; a third might not fit */
    ck_assert_str_eq(out, "гл");
    ck_assert_uint_eq(n, 4);
}
END_TEST

START_TEST(test_normalize_appends)
{
    /* Output is appended; leading-space trimming is relative to the start
     * of this call's output. */
    ad_buf b;
    ad_buf_init(&b, 64);
    ck_assert_int_eq(ad_buf_puts(&b, "x:"), AD_OK);
    ck_assert_int_eq(ad_text_normalize("  e\xcc\x81  ", 7, &b), AD_OK);
    ck_assert_str_eq(b.data, "x:\xc3\xa9");
    ad_buf_free(&b);
}
END_TEST

START_TEST(test_normalize_cap)
{
    ad_buf b;
    ad_buf_init(&b, 4);
    ck_assert_int_eq(ad_text_normalize("abcdefgh", 8, &b), AD_ERR_TOOBIG);
    ad_buf_free(&b);
}
END_TEST

/* The NFC shortcut: whatever the code points, the output is NFC. Every
 * assigned code point is tried alone after starters that begin
 * compositions (Latin, Oriya, Kannada, Sinhala, Myanmar, a Hangul LV
 * syllable); one wrongly taken as inert leaves a composable pair behind.
 * (One code point a string: a non-inert neighbour would send the whole
 * string through NFC and hide the mistake.) */
START_TEST(test_normalize_is_nfc)
{
    static const long starters[] = {'e', 0x0B47, 0x0CC6, 0x0DD9, 0x1025, 0xAC00};
    ad_buf b;
    ad_buf_init(&b, 64);
    size_t bad = 0;
    long first_bad = -1;
    for (long cp = 0x300; cp <= 0x10FFFF; cp++) {
        utf8proc_category_t cat = utf8proc_category((utf8proc_int32_t)cp);
        if (cat == UTF8PROC_CATEGORY_CN || cat == UTF8PROC_CATEGORY_CO ||
            cat == UTF8PROC_CATEGORY_CS)
            continue;
        for (size_t k = 0; k < sizeof(starters) / sizeof(starters[0]); k++) {
            utf8proc_uint8_t in[16];
            utf8proc_ssize_t n = utf8proc_encode_char((utf8proc_int32_t)starters[k], in);
            n += utf8proc_encode_char((utf8proc_int32_t)cp, in + n);
            in[n++] = 'x';
            ad_buf_reset(&b);
            ck_assert_int_eq(ad_text_normalize((const char *)in, (size_t)n, &b), AD_OK);
            utf8proc_uint8_t *nfc = NULL;
            utf8proc_ssize_t m =
                utf8proc_map((const utf8proc_uint8_t *)b.data, (utf8proc_ssize_t)b.len, &nfc,
                             UTF8PROC_STABLE | UTF8PROC_COMPOSE);
            ck_assert_int_ge(m, 0);
            if (((size_t)m != b.len || memcmp(nfc, b.data, b.len)) && !bad++)
                first_bad = cp;
            free(nfc);
        }
    }
    ad_buf_free(&b);
    ck_assert_msg(bad == 0, "%zu outputs not NFC, first with U+%04lX", bad, first_bad);
}
END_TEST

START_TEST(test_norm_dup)
{
    ad_arena *a = ad_arena_new(0);
    size_t len = 99;
    char *s = ad_text_norm_dup(a, " x\xc2\xa0y ", 7, &len);
    ck_assert_str_eq(s, "x y");
    ck_assert_uint_eq(len, 3);
    s = ad_text_norm_dup(a, "", 0, &len);
    ck_assert_str_eq(s, "");
    ck_assert_uint_eq(len, 0);
    /* The fast path drops a joiner that joins nothing, as the general one does. */
    s = ad_text_norm_dup(a, " \xe2\x80\x8d ", 5, &len);
    ck_assert_str_eq(s, "");
    s = ad_text_norm_dup(a, "a\xe2\x80\x8d\xe2\x80\x8c", 7, &len);
    ck_assert_str_eq(s, "a");
    s = ad_text_norm_dup(a, "\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9", 11, &len);
    ck_assert_str_eq(s, "\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9");
    /* Invalid bytes can triple the length; the dup still fits. */
    s = ad_text_norm_dup(a, "\xff\xff\xff\xff", 4, &len);
    ck_assert_uint_eq(len, 12);
    ad_arena_free(a);
}
END_TEST

typedef struct count_case {
    const char *s;
    size_t words;
} count_case;

static const count_case count_cases[] = {
    {"", 0},
    {"Hello, world!", 2},
    {"  one  two\tthree\nfour ", 4},
    {"— – !! ...", 0},
    {"don't stop", 2},
    {"It\xe2\x80\x99s well-known", 2},
    {"1,000.5 dollars", 2},
    {"COVID-19 cases rose 3.5%", 4},
    {"end. Next", 2},
    {"\xe4\xb8\xad\xe5\x9b\xbd\xe5\xa4\x96\xe4\xba\xa4\xe9\x83\xa8", 5}, /* 中国外交部 */
    {"Hello \xe4\xb8\x96\xe7\x95\x8c", 3},                               /* Hello 世界 */
    {"\xe3\x81\xb2\xe3\x82\x89\xe3\x81\x8c\xe3\x81\xaa", 4},             /* ひらがな */
    {"\xec\x95\x88\xeb\x85\x95\xed\x95\x98\xec\x84\xb8\xec\x9a\x94 \xec\x84\xb8\xea\xb3\x84", 2},
    {"\xd0\x9f\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82, \xd0\xbc\xd0\xb8\xd1\x80", 2},
    {"cafe\xcc\x81 au lait", 3},
    {"2025\xe5\xb9\xb4"
     "9\xe6\x9c\x88",
     4}, /* 2025年9月 */
};

START_TEST(test_word_count)
{
    const count_case *c = &count_cases[_i];
    ck_assert_msg(ad_text_word_count(c->s, strlen(c->s)) == c->words,
                  "\"%s\": got %zu words, want %zu", c->s, ad_text_word_count(c->s, strlen(c->s)),
                  c->words);
}
END_TEST

START_TEST(test_codepoints)
{
    ck_assert_uint_eq(ad_text_codepoints("", 0), 0);
    ck_assert_uint_eq(ad_text_codepoints("abc", 3), 3);
    ck_assert_uint_eq(ad_text_codepoints("h\xc3\xa9llo", 6), 5);
    ck_assert_uint_eq(ad_text_codepoints("\xe4\xb8\xad\xe5\x9b\xbd", 6), 2);
    ck_assert_uint_eq(ad_text_codepoints("\xf0\x9f\x98\x80!", 5), 2);
}
END_TEST

START_TEST(test_is_letter)
{
    /* Letters of every script; digits, marks, punctuation and U+FFFD are not. */
    ck_assert(ad_text_is_letter('a'));
    ck_assert(ad_text_is_letter(0x0424)); /* Ф */
    ck_assert(ad_text_is_letter(0x03C3)); /* σ */
    ck_assert(ad_text_is_letter(0x4E2D)); /* 中 */
    ck_assert(!ad_text_is_letter('7'));
    ck_assert(!ad_text_is_letter(' '));
    ck_assert(!ad_text_is_letter(0x2013)); /* – */
    ck_assert(!ad_text_is_letter(0x0301)); /* combining acute */
    ck_assert(!ad_text_is_letter(0xFFFD));
    ck_assert(!ad_text_is_letter(-1));
}
END_TEST

START_TEST(test_decode)
{
    size_t n;
    ck_assert_int_eq(ad_text_decode("A", 1, &n), 'A');
    ck_assert_uint_eq(n, 1);
    ck_assert_int_eq(ad_text_decode("\xc3\xa9", 2, &n), 0xE9);
    ck_assert_uint_eq(n, 2);
    ck_assert_int_eq(ad_text_decode("\xe4\xb8\xad", 3, &n), 0x4E2D);
    ck_assert_uint_eq(n, 3);
    ck_assert_int_eq(ad_text_decode("\xf0\x9f\x98\x80", 4, &n), 0x1F600);
    ck_assert_uint_eq(n, 4);
    /* truncated, overlong, surrogate, beyond U+10FFFF, stray continuation */
    ck_assert_int_eq(ad_text_decode("\xe4\xb8", 2, &n), 0xFFFD);
    ck_assert_uint_eq(n, 1);
    ck_assert_int_eq(ad_text_decode("\xe0\x80\xaf", 3, &n), 0xFFFD);
    ck_assert_int_eq(ad_text_decode("\xed\xa0\x80", 3, &n), 0xFFFD);
    ck_assert_int_eq(ad_text_decode("\xf4\x90\x80\x80", 4, &n), 0xFFFD);
    ck_assert_int_eq(ad_text_decode("\x80", 1, &n), 0xFFFD);
    ck_assert_uint_eq(n, 1);
}
END_TEST

START_TEST(test_valid_utf8)
{
    ck_assert(ad_text_valid_utf8("", 0));
    ck_assert(ad_text_valid_utf8("plain ascii text that is longer than eight", 42));
    ck_assert(ad_text_valid_utf8("0123456789abcdef\xe4\xb8\xad", 19));
    ck_assert(!ad_text_valid_utf8("0123456789abcdef\xe4\xb8", 18));
    ck_assert(!ad_text_valid_utf8("01234567\xff", 9));
    ck_assert(!ad_text_valid_utf8("\xc0\x80", 2));
    /* NUL is valid UTF-8 (the loader drops it separately). */
    ck_assert(ad_text_valid_utf8("a\0b", 3));
}
END_TEST

START_TEST(test_ascii_case_helpers)
{
    ck_assert_int_eq(ad_text_casecmp("Hello", "hELLO"), 0);
    ck_assert_int_lt(ad_text_casecmp("abc", "abd"), 0);
    ck_assert_int_gt(ad_text_casecmp("abcd", "abc"), 0);
    ck_assert_int_eq(ad_text_ncasecmp("CHARSET=x", "charset", 7), 0);
    ck_assert_int_ne(ad_text_ncasecmp("char", "charset", 7), 0);
    ck_assert(ad_text_icontains("Content-Type: TEXT/html", "text/HTML"));
    ck_assert(!ad_text_icontains("abc", "abcd"));
    ck_assert(ad_text_icontains("abc", ""));
    /* A URL's host: no scheme, port, path, query or fragment. */
    size_t hl;
    const char *h = ad_text_url_host("https://www.example.com:8080/a?b", &hl);
    ck_assert_uint_eq(hl, 15);
    ck_assert_int_eq(strncmp(h, "www.example.com", hl), 0);
    h = ad_text_url_host("example.org#top", &hl);
    ck_assert_uint_eq(hl, 11);
    /* Only ASCII folds: the locale never matters. */
    ck_assert_int_ne(ad_text_casecmp("\xc3\x89", "\xc3\xa9"), 0);
    /* ... while ad_text_uprefix folds every script: "JONAITIENĖ" spells
     * "Jonaitienė". */
    const char *lt = "Rasa JONAITIEN\xc4\x96 2030";
    ck_assert_uint_eq(ad_text_uprefix(lt, strlen(lt), "rasa jonaitien\xc4\x97", 16), 16);
    ck_assert_uint_eq(ad_text_uprefix(lt, strlen(lt), "Rasa Jonaitiene", 15), 0);
    ck_assert_uint_eq(ad_text_uprefix("Ra", 2, "Rasa", 4), 0);
}
END_TEST

static Suite *text_suite(void)
{
    Suite *s = suite_create("text");
    TCase *tc = ad_test_tcase(s, "normalize");
    tcase_add_loop_test(tc, test_normalize, 0, (int)(sizeof(norm_cases) / sizeof(norm_cases[0])));
    tcase_add_test(tc, test_lower);
    tcase_add_test(tc, test_normalize_appends);
    tcase_add_test(tc, test_normalize_cap);
    tcase_add_test(tc, test_norm_dup);
    tcase_add_test(tc, test_normalize_is_nfc);
    tc = ad_test_tcase(s, "count");
    tcase_add_loop_test(tc, test_word_count, 0,
                        (int)(sizeof(count_cases) / sizeof(count_cases[0])));
    tcase_add_test(tc, test_codepoints);
    tc = ad_test_tcase(s, "utf8");
    tcase_add_test(tc, test_decode);
    tcase_add_test(tc, test_is_letter);
    tcase_add_test(tc, test_valid_utf8);
    tcase_add_test(tc, test_ascii_case_helpers);
    return s;
}

AD_TEST_MAIN(text_suite)
