/*
 * boilerplate.c - judging single lines of text: furniture or article?
 *
 * The body stage asks this file about each short paragraph it is about to
 * emit. A line is page furniture when it is a phrase of the boilerplate
 * lexicon (data/boilerplate.tsv, several languages: "Share", "Read more:",
 * "All rights reserved"...), a dateline made of date words and numbers, a
 * byline ("By X | Outlet"), or a bare contact e-mail. Only short lines are
 * judged: a real paragraph that happens to contain "newsletter" is kept.
 */
#include <stdint.h>
#include <string.h>
#include <utf8proc.h>
#include "articled/author.h"
#include "articled/body.h"
#include "articled/date.h"
#include "articled/text.h"
#include "boilerplate.h"
#include "body_dates.h"
#include "closing_asks.h"
#include "contributor_lines.h"
#include "social_follow.h"

/* Lines longer than this are never furniture (bytes, before lower-casing). */
#define LINE_MAX_BYTES 400

static int is_alnum_byte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

/* Copies s lower-cased into out (other scripts than Latin too: "Читайте
 * также" is "читайте также") and trims leading and trailing punctuation,
 * symbols and spaces. Returns the trimmed length. */
static size_t fold_line(const char *s, size_t len, char *out, size_t outcap)
{
    size_t n = ad_text_lower(s, len, out, outcap, NULL);
    size_t b = 0, e = n;
    /* Trailing: ASCII punctuation and the common arrows and guillemets. */
    for (;;) {
        if (e > b && !is_alnum_byte((unsigned char)out[e - 1]) && out[e - 1] != ')') {
            e--;
            continue;
        }
        if (e >= b + 2 &&
            (!strncmp(out + e - 2, "\xc2\xbb", 2) || !strncmp(out + e - 2, "\xc2\xab", 2))) {
            e -= 2;
            continue;
        }
        if (e >= b + 3 &&
            (!strncmp(out + e - 3, "\xe2\x80\xba", 3) || !strncmp(out + e - 3, "\xe2\x86\x92", 3) ||
             !strncmp(out + e - 3, "\xe2\x80\xa6", 3))) {
            e -= 3;
            continue;
        }
        break;
    }
    for (;;) {
        if (b < e && !is_alnum_byte((unsigned char)out[b]) && out[b] != '(') {
            b++;
            continue;
        }
        if (b + 2 <= e && (!strncmp(out + b, "\xc2\xbb", 2) || !strncmp(out + b, "\xc2\xb7", 2))) {
            b += 2;
            continue;
        }
        if (b + 3 <= e &&
            (!strncmp(out + b, "\xe2\x80\xa2", 3) || !strncmp(out + b, "\xe2\x86\x92", 3))) {
            b += 3;
            continue;
        }
        /* A leading emoji or other symbol ("📲 Participe do canal"). */
        if ((unsigned char)out[b] >= 0xf0 && b + 4 <= e) {
            size_t used;
            long cp = ad_text_decode(out + b, e - b, &used);
            utf8proc_category_t cat = utf8proc_category((utf8proc_int32_t)cp);
            if (used == 4 && cat >= UTF8PROC_CATEGORY_SM && cat <= UTF8PROC_CATEGORY_SO) {
                b += 4;
                continue;
            }
        }
        break;
    }
    memmove(out, out + b, e - b);
    out[e - b] = '\0';
    return e - b;
}

/* Whether the text at t continues a word: a letter or digit follows (in
 * any script; "：" and "，" do not). */
static int word_goes_on(const char *t, size_t n)
{
    if ((unsigned char)t[0] < 0x80)
        return is_alnum_byte((unsigned char)t[0]);
    size_t used;
    long cp = ad_text_decode(t, n, &used);
    utf8proc_category_t cat = utf8proc_category((utf8proc_int32_t)cp);
    return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_NO &&
           !(cat >= UTF8PROC_CATEGORY_MN && cat <= UTF8PROC_CATEGORY_ME);
}

/* Whether a phrase ends in a script written without spaces (Han, kana):
 * there a prefix needs no word boundary after it ("责编李明"). */
static int unspaced_end(const char *p, size_t n)
{
    size_t b = n;
    while (b && ((unsigned char)p[b - 1] & 0xc0) == 0x80)
        b--;
    if (!b || (unsigned char)p[b - 1] < 0x80)
        return 0;
    size_t used;
    long cp = ad_text_decode(p + b - 1, n - b + 1, &used);
    return cp >= 0x2E80 && cp < 0xA000;
}

/* The line's word count, counted on first use (*words starts at
 * SIZE_MAX): most lines are settled by the first byte alone. */
static size_t line_words(const char *s, size_t len, size_t *words)
{
    if (*words == SIZE_MAX)
        *words = ad_text_word_count(s, len);
    return *words;
}

/* The byte pairs of a folded line, hashed into a bitmap: a "contains"
 * phrase whose first two bytes never meet on the line cannot be in it, and
 * most short lines meet the whole "contains" lexicon. */
typedef struct {
    uint64_t bit[64];
} pair_set;

static unsigned pair_hash(unsigned char a, unsigned char b)
{
    return ((unsigned)a * 31u + b) & 4095u;
}

static void pair_set_fill(pair_set *ps, const char *f, size_t flen)
{
    memset(ps, 0, sizeof(*ps));
    for (size_t i = 0; i + 1 < flen; i++) {
        unsigned h = pair_hash((unsigned char)f[i], (unsigned char)f[i + 1]);
        ps->bit[h >> 6] |= (uint64_t)1 << (h & 63);
    }
}

static int pair_set_may_hold(const pair_set *ps, const char *p, size_t plen)
{
    if (plen < 2)
        return 1;
    unsigned h = pair_hash((unsigned char)p[0], (unsigned char)p[1]);
    return (int)(ps->bit[h >> 6] >> (h & 63) & 1);
}

/* True when the phrase of row r is a lexicon hit on the folded line f. */
static int lexicon_hit(const struct ad_bp_row *r, const char *f, size_t flen, const char *s,
                       size_t len, size_t *nwords)
{
    const char *p = r->phrase;
    size_t plen = r->len;
    switch (r->mode) {
    case AD_BP_LINE:
        return flen == plen && !memcmp(f, p, plen);
    case AD_BP_PREFIX: {
        /* A phrase of four words or more marks its line at any length
         * ("A version of this article appears in print on ..."). */
        const char *sp = strchr(p, ' ');
        int long_phrase = sp && (sp = strchr(sp + 1, ' ')) && strchr(sp + 1, ' ');
        return (long_phrase || line_words(s, len, nwords) <= 20) && flen >= plen &&
               !memcmp(f, p, plen) &&
               (flen == plen || !word_goes_on(f + plen, flen - plen) ||
                !is_alnum_byte((unsigned char)p[plen - 1]) || unspaced_end(p, plen));
    }
    case AD_BP_END:
        return flen >= plen && !memcmp(f + flen - plen, p, plen) &&
               (flen == plen || !is_alnum_byte((unsigned char)f[flen - plen - 1])) &&
               line_words(s, len, nwords) <= 12;
    default:
        break;
    }
    /* A one- or two-word phrase ("newsletter") inside a sentence is prose;
     * a longer one ("all rights reserved") marks a footer line anyway, and
     * so does one of four characters or more in a script written without
     * spaces ("無断転載", "版权所有"), whose lines count many words. */
    if ((unsigned char)p[0] >= 0xE0 && plen >= 12 && !strchr(p, ' '))
        return strstr(f, p) != NULL;
    size_t words = line_words(s, len, nwords);
    if (words > 30)
        return 0;
    if (words > 12) {
        const char *sp = strchr(p, ' ');
        if (!sp || !strchr(sp + 1, ' '))
            return 0;
    }
    return plen <= flen && strstr(f, p) != NULL;
}

/* The folded word of row `kind` of data/social_follow.tsv starting at
 * f[i] (a whole word), or 0: its length. */
static size_t follow_word(const char *f, size_t flen, size_t i, const char *kind)
{
    for (size_t r = 0; r < ad_tbl_social_follow_len; r++) {
        const char *w = ad_tbl_social_follow[r][1];
        size_t n = strlen(w);
        if (strcmp(ad_tbl_social_follow[r][0], kind) == 0 && i + n <= flen &&
            !memcmp(f + i, w, n) && (i + n == flen || !is_alnum_byte((unsigned char)f[i + n])))
            return n;
    }
    return 0;
}

/* Whether what follows a network's name at f[k] adds only more networks
 * after its commas ("Instagram, YouTube, X (Twitter) or Facebook for a
 * daily moment of inspiration"), no clause of its own ("..., the health
 * ministry said"). */
static int networks_close(const char *f, size_t flen, size_t k)
{
    for (; k < flen; k++) {
        if (f[k] != ',')
            continue;
        size_t j = k + 1;
        while (j < flen && f[j] == ' ')
            j++;
        if (!(follow_word(f, flen, j, "network") || !strncmp(f + j, "or ", 3) ||
              !strncmp(f + j, "and ", 4)))
            return 0;
    }
    return 1;
}

/* Whether the folded line f asks readers to follow the outlet on a social
 * network: a verb opening it, or after a comma or colon ("For more business
 * news, follow Khmer Times on Telegram and Facebook"), the first
 * preposition after it at most six words on with a network's name after
 * it, and after a comma only more networks (data/social_follow.tsv). A
 * sentence telling of people who follow someone has its verb elsewhere, a
 * quote its marks, advice its clause after the network ("..., the
 * ministry said"). */
static int follow_line(const char *f, size_t flen)
{
    if (memchr(f, '"', flen) || strstr(f, "\xe2\x80\x9c") || strstr(f, "\xe2\x80\x9d") ||
        strstr(f, "\xc2\xab"))
        return 0;
    for (size_t i = 0, words = 0; i < flen && words < 8; i++) {
        words += f[i] == ' ';
        if (i > 0 && !(f[i - 1] == ' ' && i >= 2 && (f[i - 2] == ',' || f[i - 2] == ':')))
            continue;
        size_t v = follow_word(f, flen, i, "verb");
        if (!v)
            continue;
        size_t k = i + v, seen = 0;
        while (k < flen && f[k] == ' ')
            k++;
        if (follow_word(f, flen, k, "pronoun"))
            return 0; /* "Follow him on X, his campaign urged" */
        while (k < flen && seen < 7) {
            while (k < flen && f[k] == ' ')
                k++;
            size_t p = follow_word(f, flen, k, "prep");
            if (p) {
                size_t n = k + p < flen && f[k + p] == ' '
                               ? follow_word(f, flen, k + p + 1, "network")
                               : 0;
                return n && networks_close(f, flen, k + p + 1 + n);
            }
            while (k < flen && f[k] != ' ')
                k++;
            seen++;
        }
    }
    return 0;
}

int ad_body_score_boilerplate(const char *s, size_t len)
{
    char f[LINE_MAX_BYTES + 8];
    if (len > LINE_MAX_BYTES)
        return 0;
    size_t words = SIZE_MAX;
    size_t flen = fold_line(s, len, f, sizeof(f));
    if (!flen)
        return 1; /* only symbols: a separator or an icon's label */
    /* The generated index (scripts/gen-boilerplate.awk): "line" and
     * "prefix" rows by their first byte, which must be the line's, then
     * every "end" and "contains" row. */
    unsigned char c = (unsigned char)f[0];
    for (int m = AD_BP_LINE; m <= AD_BP_PREFIX; m++)
        for (size_t i = ad_bp_at[m][c]; i < ad_bp_at[m][c + 1]; i++)
            if (lexicon_hit(&ad_bp_rows[i], f, flen, s, len, &words))
                return 1;
    pair_set ps;
    pair_set_fill(&ps, f, flen);
    for (size_t i = ad_bp_end_from; i < ad_bp_len; i++)
        if ((ad_bp_rows[i].mode != AD_BP_CONTAINS ||
             pair_set_may_hold(&ps, ad_bp_rows[i].phrase, ad_bp_rows[i].len)) &&
            lexicon_hit(&ad_bp_rows[i], f, flen, s, len, &words))
            return 1;
    return line_words(s, len, &words) <= 16 && follow_line(f, flen);
}

int ad_body_closing_ask(const char *s, size_t len)
{
    char f[LINE_MAX_BYTES + 8];
    size_t words = SIZE_MAX;
    if (len > LINE_MAX_BYTES * 2 || line_words(s, len, &words) > 70)
        return 0;
    /* A quote is the news ("'Sign up for our alerts,' the mayor said"). */
    if (memchr(s, '"', len) || memmem(s, len, "\xe2\x80\x9c", 3) ||
        memmem(s, len, "\xe2\x80\x9d", 3))
        return 0;
    /* The ask's words sit in its first 400 bytes ("Subscribe to our
     * Telegram feeds" closes the longest of them). */
    size_t flen = fold_line(s, len < LINE_MAX_BYTES ? len : LINE_MAX_BYTES, f, sizeof(f));
    f[flen] = '\0';
    for (size_t r = 0; r < ad_tbl_closing_asks_len; r++)
        if (strstr(f, ad_tbl_closing_asks[r][0]))
            return 1;
    return 0;
}

/* Whether the words of s after its first `skip` are names joined by a few
 * small words ("Alicia Diaz and Tom Becker in Beijing", "Jane Roe; Editing
 * by John Doe"), fourteen words in all at most: "With assistance from the
 * World Bank, the government plans ..." is a sentence. */
static int names_follow(const char *s, size_t len, size_t skip)
{
    static const char *const joiners[] = {"and", "in", "by", "from", "at", "with", "of",  "de",
                                          "la",  "le", "et", "y",    "e",  "und",  "von", "del"};
    size_t words = 0;
    for (size_t i = 0; i < len;) {
        while (i < len && (s[i] == ' ' || s[i] == ',' || s[i] == ';' || s[i] == '/' ||
                           s[i] == '.' || s[i] == ')' || s[i] == '('))
            i++;
        size_t b = i;
        while (i < len && s[i] != ' ' && s[i] != ',' && s[i] != ';' && s[i] != '/' && s[i] != ')')
            i++;
        if (i == b)
            break;
        if (++words > 14)
            return 0;
        if (words <= skip)
            continue;
        unsigned char c0 = (unsigned char)s[b];
        if ((c0 >= 'A' && c0 <= 'Z') || c0 >= 0x80 || s[b] == '\'' || s[b] == '"')
            continue;
        int joiner = 0;
        for (size_t k = 0; k < sizeof(joiners) / sizeof(joiners[0]) && !joiner; k++)
            joiner = strlen(joiners[k]) == i - b && !memcmp(s + b, joiners[k], i - b);
        /* "Reporting by X; Editing by Y": the next credit's role. */
        if (!joiner && !(i - b > 3 && !memcmp(s + i - 3, "ing", 3)))
            return 0;
    }
    return 1;
}

int ad_body_contributor_line(const char *s, size_t len)
{
    char f[LINE_MAX_BYTES + 8];
    /* The tag often hangs from a dash ("— With assistance from"), which
     * fold_line() keeps as it keeps letters of other scripts. */
    while (len && (*s == ' ' || *s == '-' || *s == '(')) {
        s++, len--;
    }
    while (len >= 3 && (!memcmp(s, "\xe2\x80\x94", 3) || !memcmp(s, "\xe2\x80\x93", 3))) {
        s += 3, len -= 3;
        while (len && *s == ' ')
            s++, len--;
    }
    if (len > 240)
        return 0;
    /* Names and places, no numbers: "Reporting by the agency showed
     * exports rose 5%" is a sentence. */
    for (size_t i = 0; i < len; i++)
        if (s[i] >= '0' && s[i] <= '9')
            return 0;
    size_t flen = fold_line(s, len, f, sizeof(f));
    for (size_t i = 0; i < ad_tbl_contributor_lines_len; i++) {
        const char *p = ad_tbl_contributor_lines[i][1];
        size_t plen = strlen(p);
        if (flen < plen || memcmp(f, p, plen) ||
            !(flen == plen || !word_goes_on(f + plen, flen - plen) || p[plen - 1] == ':'))
            continue;
        size_t pw = 1; /* the phrase's words, which names_follow() skips */
        for (const char *q = p; *q; q++)
            pw += *q == ' ';
        if (names_follow(s, len, pw))
            return 1;
    }
    return 0;
}

/* strncmp(t, w, n) with t longer than n counting as greater: the order
 * of the table's words against w[0..n), inline (it runs for every token). */
static int word_cmp(const char *t, const char *w, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char x = (unsigned char)t[i], y = (unsigned char)w[i];
        if (x != y)
            return x < y ? -1 : 1;
    }
    return t[n] ? 1 : 0;
}

/* The kinds the lower-case token w[0..n) has in body_dates.tsv (a word may
 * have several), 0 for none. Rows are sorted by word (check_body tests
 * it), so this is a binary search then a look at the neighbouring rows of
 * the same word: one search answers every kind. */
enum { DK_DATE = 1, DK_STAMP = 2, DK_BY = 4, DK_ZONE = 8 };

static unsigned date_kinds(const char *w, size_t n)
{
    size_t lo = 0, hi = ad_tbl_body_dates_len;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (word_cmp(ad_tbl_body_dates[mid][1], w, n) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    unsigned kinds = 0;
    for (size_t i = lo; i < ad_tbl_body_dates_len && !word_cmp(ad_tbl_body_dates[i][1], w, n);
         i++) {
        const char *k = ad_tbl_body_dates[i][0];
        kinds |= !strcmp(k, "date")    ? DK_DATE
                 : !strcmp(k, "stamp") ? DK_STAMP
                 : !strcmp(k, "zone")  ? DK_ZONE
                                       : DK_BY;
    }
    return kinds;
}

/* Splits s into ASCII-lowercased tokens of letters and digits and counts the
 * date-like ones; *first_by says whether the first token introduces an
 * author; *second_upper whether the token after it starts with a capital. */
typedef struct line_shape {
    size_t tokens, datey, digits;
    size_t stamps; /* date tokens that announce a date ("Updated", "Published") */
    int first_by, second_upper;
    int first_stamp; /* the first token announces a date ("Published", "Updated") */
} line_shape;

/* The longest line any shape rule below looks at, in tokens. */
#define SHAPE_MAX_TOKENS 16

/* The next token of s from *i: its start in *b, its ASCII-lowercased form
 * (cut at 31 bytes) in w, whether it is all digits in *digit. Returns 0 at
 * the end of s. */
static int next_token(const char *s, size_t len, size_t *i, size_t *b, char w[32], size_t *wn,
                      int *digit)
{
    while (*i < len && !is_alnum_byte((unsigned char)s[*i]))
        (*i)++;
    if (*i >= len)
        return 0;
    *b = *i;
    *digit = 1;
    *wn = 0;
    while (*i < len && is_alnum_byte((unsigned char)s[*i])) {
        unsigned char c = (unsigned char)s[*i];
        if (!(c >= '0' && c <= '9'))
            *digit = 0;
        if (*wn < 31)
            w[(*wn)++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
        (*i)++;
    }
    w[*wn] = '\0';
    return 1;
}

/* The longest line the dateline rule looks at, in tokens. */
#define DATELINE_MAX_TOKENS 14

static void shape_line(const char *s, size_t len, line_shape *sh)
{
    memset(sh, 0, sizeof(*sh));
    size_t i = 0, b, wn;
    int digit;
    char w[32];
    while (next_token(s, len, &i, &b, w, &wn, &digit)) {
        if (sh->tokens == 1 && sh->first_by) {
            unsigned char c = (unsigned char)s[b];
            sh->second_upper = (c >= 'A' && c <= 'Z') || c >= 0x80;
        }
        if (sh->tokens == 0 && (date_kinds(w, wn) & DK_BY))
            sh->first_by = 1;
        if (sh->tokens == 0 && (date_kinds(w, wn) & DK_STAMP))
            sh->first_stamp = 1;
        /* Every rule that reads the shape wants a short line: past that
         * length only "long" matters, so the counting can stop. */
        if (++sh->tokens > SHAPE_MAX_TOKENS)
            return;
    }
    /* Date words and digits only matter to the dateline rule, which wants
     * at most DATELINE_MAX_TOKENS tokens: the table is searched for the
     * tokens of such lines only (most lines are longer). */
    if (sh->tokens > DATELINE_MAX_TOKENS)
        return;
    i = 0;
    int after_time = 0; /* the token before was a number or "a.m."/"pm" */
    while (next_token(s, len, &i, &b, w, &wn, &digit)) {
        if (digit) {
            sh->digits++;
            sh->datey++;
            after_time = 1;
        } else {
            unsigned k = date_kinds(w, wn);
            sh->datey += (k & (DK_DATE | DK_STAMP)) != 0 || ((k & DK_ZONE) && after_time);
            sh->stamps += (k & (DK_DATE | DK_STAMP)) == DK_STAMP;
            after_time = (wn == 1 && w[0] == 'm') ||
                         (wn == 2 && w[1] == 'm' && (w[0] == 'a' || w[0] == 'p'));
        }
    }
}

/* True when s holds something shaped like an e-mail address. */
static int has_email(const char *s, size_t len)
{
    for (size_t i = 1; i + 3 < len; i++) {
        if (s[i] != '@' || !is_alnum_byte((unsigned char)s[i - 1]))
            continue;
        const char *dot = memchr(s + i + 1, '.', len - i - 1);
        if (dot && dot > s + i + 1 && (size_t)(dot - s) + 1 < len &&
            is_alnum_byte((unsigned char)dot[1]))
            return 1;
    }
    return 0;
}

/* True when the line names one of the article's authors. A credit to an
 * organization ("BBC News") is no person's byline: lines naming the outlet
 * stay. */
static int names_author(const char *s, const ad_meta *meta)
{
    if (!meta)
        return 0;
    for (size_t i = 0; i < meta->authors.n; i++) {
        const char *name = meta->authors.v[i];
        if (name && strlen(name) >= 4 && ad_text_icontains(s, name) &&
            ad_author_person_shaped(name, strlen(name)))
            return 1;
    }
    return 0;
}

/* Whether a short line is a date and a time of day with the outlet's name
 * around it, and maybe a place ("Agenda.ge, 20 Feb 2030 - 12:40,
 * Tbilisi,Georgia"): besides the date's tokens at most five words, each
 * capitalized or a word of the publisher's name, one of them of that name
 * (an event's listing, "Friday 14 March 2030, 19:30, Royal Albert Hall,
 * London", names none). */
static int named_dateline(const char *s, size_t len, const line_shape *sh, const ad_meta *meta)
{
    ad_date d;
    if (sh->tokens > DATELINE_MAX_TOKENS || sh->digits < 3 || sh->datey < 3 ||
        sh->tokens - sh->datey > 5 || memchr(s, '|', len) || !ad_date_parse(s, len, &d) ||
        !d.has_time)
        return 0; /* a date and a time of day, not a table's row of figures */
    const char *pub = meta ? meta->publisher : NULL;
    size_t i = 0, b, wn;
    int digit, named = 0;
    char w[32];
    while (next_token(s, len, &i, &b, w, &wn, &digit)) {
        if (digit || (date_kinds(w, wn) & (DK_DATE | DK_STAMP)))
            continue;
        int of_pub = 0;
        for (const char *p = pub; p && *p && !of_pub;) {
            while (*p && !is_alnum_byte((unsigned char)*p))
                p++;
            size_t n = 0;
            while (p[n] && is_alnum_byte((unsigned char)p[n]))
                n++;
            of_pub = n == wn && !ad_text_ncasecmp(p, w, n);
            p += n;
        }
        unsigned char c = (unsigned char)s[b];
        if (!of_pub && !((c >= 'A' && c <= 'Z') || c >= 0x80))
            return 0;
        named |= of_pub;
    }
    return named;
}

/* The number of date words and numbers among the first 32 tokens of s. */
static size_t date_tokens(const char *s, size_t len)
{
    size_t i = 0, b, wn, n = 0, seen = 0;
    int digit;
    char w[32];
    while (seen++ < 32 && next_token(s, len, &i, &b, w, &wn, &digit))
        n += digit || (date_kinds(w, wn) & (DK_DATE | DK_STAMP)) != 0;
    return n;
}

/* True when the line is a byline that runs on into the page's stamps: "Par
 * Camille Roussel Publié le 05/12/2025 à 18:42, mis à jour ... Temps de
 * lecture : 3 min" - the word after one of the authors' names announces a
 * date. (Inline spans of a metadata bar read as one line.) */
static int byline_then_stamp(const char *s, size_t len, const ad_meta *meta)
{
    if (!meta)
        return 0;
    for (size_t k = 0; k < meta->authors.n; k++) {
        const char *name = meta->authors.v[k];
        size_t nl = name ? strlen(name) : 0;
        if (nl < 4 || !ad_author_person_shaped(name, nl))
            continue;
        for (size_t at = 0; at + nl <= len; at++) {
            if (ad_text_ncasecmp(s + at, name, nl))
                continue;
            size_t i = at + nl, b, wn;
            int digit;
            char w[32];
            if (next_token(s, len, &i, &b, w, &wn, &digit) && !digit &&
                (date_kinds(w, wn) & DK_STAMP))
                return 1;
            break;
        }
    }
    return 0;
}

/* Whether a line is a picture's credit alone: "(Photo: Police spokesperson)",
 * "Foto: dpa", "[צילום: דוברות המשטרה]", "Photo credit: Jane Doe | Outlet" -
 * one or more markers of data/credit_markers.tsv
 * and a colon, in brackets or not, then a few words. Such a line credits a
 * picture or a video above it; it is no text of the article. */
static int credit_line(const char *s, size_t len)
{
    if (len > 100)
        return 0;
    size_t b = 0, e = len;
    if (s[0] == '(' || s[0] == '[') {
        if (s[e - 1] != ')' && s[e - 1] != ']')
            return 0;
        b = 1, e--;
    }
    const char *colon = memchr(s + b, ':', e - b);
    if (!colon || colon == s + b || colon - (s + b) > 24 || colon + 2 >= s + e)
        return 0;
    /* A name follows, not a value ("Video: 4K/30p" in a camera's specs). */
    unsigned char f = (unsigned char)colon[colon[1] == ' ' ? 2 : 1];
    if (!((f >= 'A' && f <= 'Z') || f >= 0x80))
        return 0;
    /* One marker, of one word or two ("ফাইল ছবি:"), or several ("Photo
     * credit:", "Image courtesy:"). */
    if (ad_author_credit_word(s + b, (size_t)(colon - s - b)))
        return 1;
    const char *w = s + b;
    while (w < colon) {
        const char *we = w;
        while (we < colon && *we != ' ')
            we++;
        if (we == w || !ad_author_credit_word(w, (size_t)(we - w)))
            return 0;
        w = we;
        while (w < colon && *w == ' ')
            w++;
    }
    return 1;
}

/* Whether a line is a breadcrumb trail: two to five short parts (at most
 * four words, no sentence's punctuation) joined by " > ", " › " or " » "
 * ("경제 > 경제일반", "News › World › Asia"). */
static int trail_line(const char *s, size_t len)
{
    static const char *const seps[] = {" > ", " \xe2\x80\xba ", " \xc2\xbb ", NULL};
    if (len > 120)
        return 0;
    size_t parts = 1, words = 1;
    for (size_t k = 0; k < len; k++) {
        size_t sl = 0;
        for (const char *const *p = seps; s[k] == ' ' && *p && !sl; p++) {
            size_t pl = strlen(*p);
            if (k + pl <= len && !memcmp(s + k, *p, pl))
                sl = pl;
        }
        if (sl) {
            /* A trail opens with a short crumb ("Home", "경제"); "Go to
             * Settings > Privacy" is an instruction. */
            if (words > 4 || (parts == 1 && words > 2))
                return 0;
            parts++, words = 1;
            k += sl - 1;
            continue;
        }
        if (s[k] == '.' || s[k] == ',' || s[k] == '!' || s[k] == '?' || s[k] == ':' ||
            s[k] == '(' || s[k] == ')')
            return 0;
        words += s[k] == ' ';
    }
    return parts >= 2 && parts <= 5 && words <= 4;
}

/* Whether a line is a gallery's counter: "1 of 2", "Image 3 of 12",
 * "Slide 2/9" - a number, "of" or "/", a number, and at most one word
 * before them. */
static int counter_line(const char *s, size_t len)
{
    size_t i = 0;
    while (i < len && s[i] == ' ')
        i++;
    if (i < len && !(s[i] >= '0' && s[i] <= '9')) {
        while (i < len && s[i] != ' ' && !(s[i] >= '0' && s[i] <= '9'))
            i++;
        while (i < len && s[i] == ' ')
            i++;
    }
    size_t d = i;
    while (i < len && s[i] >= '0' && s[i] <= '9')
        i++;
    if (i == d)
        return 0;
    while (i < len && s[i] == ' ')
        i++;
    if (i + 2 <= len && s[i] == 'o' && s[i + 1] == 'f')
        i += 2;
    else if (i < len && s[i] == '/')
        i++;
    else
        return 0;
    while (i < len && s[i] == ' ')
        i++;
    d = i;
    while (i < len && s[i] >= '0' && s[i] <= '9')
        i++;
    return i > d && i == len;
}

/* Whether a line's shape is a dateline's: mostly date words and numbers
 * ("Sept. 29, 2025 09:33"), or a stamp word opening a short dated line
 * ("Published in Dawn, December 3rd, 2025"). */
static int dateline_shape(const line_shape *sh, int sentence_end)
{
    /* Without numbers, date words alone make a dateline only with a stamp
     * ("Last Updated"): "April-November" heads a part of the text. */
    if (sh->tokens && sh->tokens <= DATELINE_MAX_TOKENS && sh->datey * 10 >= sh->tokens * 7 &&
        sh->datey >= 2 && (sh->digits || (sh->datey == sh->tokens && sh->stamps)))
        return 1;
    return sh->first_stamp && sh->tokens <= 8 && sh->datey >= 3 && sh->digits && !sentence_end;
}

/* Whether the piece s[b..e) of a line is a dateline (empty pieces pass). */
static int dateline_piece(const char *s, size_t b, size_t e)
{
    line_shape sh;
    shape_line(s + b, e - b, &sh);
    return !sh.tokens || dateline_shape(&sh, 0);
}

/* Whether a line is datelines one after another, set apart by bars or
 * each opening with a capitalized stamp word: "Updated May 21, 2025 at
 * 9:10 a.m. | Published May 20, 2025 at 5:42 p.m.", "Published 10:41 a.m.
 * ET Oct. 4, 2035 Updated 12:15 p.m. ET Oct. 4, 2035". */
static int joined_datelines(const char *s, size_t len, const line_shape *sh)
{
    /* Most lines are neither: the pieces are looked for only with a bar or
     * after a stamp word opening the line. */
    if (!memchr(s, '|', len) && !sh->first_stamp)
        return 0;
    size_t i = 0, b, wn, from = 0, pieces = 1;
    int digit, prev_stamp = 0;
    char w[32];
    while (next_token(s, len, &i, &b, w, &wn, &digit)) {
        int stamp = !digit && (date_kinds(w, wn) & DK_STAMP);
        const char *bar = memchr(s + from, '|', b - from);
        size_t cut = bar ? (size_t)(bar - s) : b;
        /* A stamp word opens a new piece only after a whole dateline. */
        if (bar || (stamp && !prev_stamp && b > from && s[b] >= 'A' && s[b] <= 'Z' &&
                    dateline_piece(s, from, b))) {
            if (!dateline_piece(s, from, cut))
                return 0;
            from = bar ? cut + 1 : cut;
            pieces++;
            if (bar) {
                i = from; /* read the token after the bar again */
                prev_stamp = 0;
                continue;
            }
        }
        prev_stamp = stamp;
    }
    return pieces >= 2 && dateline_piece(s, from, len);
}

/* Whether a line holds a letter or a digit in some script: a line of
 * symbols alone ("▲", "* * *" aside) carries no text. */
static int has_word_char(const char *s, size_t len)
{
    for (size_t i = 0; i < len;) {
        if (word_goes_on(s + i, len - i))
            return 1;
        size_t used = 1;
        if ((unsigned char)s[i] >= 0x80)
            ad_text_decode(s + i, len - i, &used);
        i += used ? used : 1;
    }
    return 0;
}

/* Whether s holds a year: four digits from 1900 to 2099 standing alone. */
static int has_year(const char *s, size_t len)
{
    for (size_t i = 0; i + 4 <= len; i++)
        if ((!i || !(s[i - 1] >= '0' && s[i - 1] <= '9')) &&
            (i + 4 == len || !(s[i + 4] >= '0' && s[i + 4] <= '9')) &&
            ((s[i] == '1' && s[i + 1] == '9') || (s[i] == '2' && s[i + 1] == '0')) &&
            s[i + 2] >= '0' && s[i + 2] <= '9' && s[i + 3] >= '0' && s[i + 3] <= '9')
            return 1;
    return 0;
}

/* A blogger's initials ("— JS") are the text's own: three capitals at
 * least. */
/* A desk's signature, with its editor's initials or not ("Fibre2Fashion
 * News Desk (RKS)", "Web Desk"): two to six capitalized words, the last
 * "Desk" ("He now runs the City Desk" is a sentence). */
static int desk_signature(const char *s, size_t len)
{
    size_t e = len;
    if (e > 4 && s[e - 1] == ')') {
        size_t o = e - 1;
        while (o > 0 && s[o - 1] >= 'A' && s[o - 1] <= 'Z' && e - o <= 6)
            o--;
        if (o > 1 && s[o - 1] == '(' && e - 1 - o >= 2) {
            e = o - 1;
            while (e && s[e - 1] == ' ')
                e--;
        }
    }
    size_t words = 0;
    for (size_t k = 0; k < e; k++) {
        if (s[k] == ' ' || (k && s[k - 1] != ' '))
            continue;
        if (s[k] >= 'a' && s[k] <= 'z')
            return 0;
        words++;
    }
    return e >= 7 && words >= 2 && words <= 6 && !memcmp(s + e - 5, " Desk", 5) && s[0] >= 'A' &&
           s[0] <= 'Z';
}

int ad_body_signoff_line(const char *s, size_t len)
{
    if (len >= 5 && len <= 40 && s[0] == '(' && s[len - 1] == ')' && s[1] >= 'A' && s[1] <= 'Z' &&
        memchr(s, '/', len) && !memchr(s, ' ', len) && has_year(s, len))
        return 1;
    /* A wire's end mark, alone or with its editors' initials ("(END)",
     * "(END) RMQ/JJN"). */
    if (len >= 5 && len <= 32 && !memcmp(s, "(END)", 5)) {
        size_t k = 5;
        while (k < len && ((s[k] >= 'A' && s[k] <= 'Z') || s[k] == '/' || s[k] == ' '))
            k++;
        if (k == len)
            return 1;
    }
    if (desk_signature(s, len))
        return 1;
    size_t i = 0, dashes = 0;
    for (;;) {
        while (i < len && s[i] == ' ')
            i++;
        if (i < len && s[i] == '-')
            i++, dashes++;
        else if (i + 3 <= len &&
                 (!memcmp(s + i, "\xe2\x80\x94", 3) || !memcmp(s + i, "\xe2\x80\x93", 3)))
            i += 3, dashes++;
        else
            break;
    }
    while (i < len && s[i] == ' ')
        i++;
    /* One desk's code ("— VNS") or its writer's and editor's initials
     * ("— TMH/KZL"). */
    size_t b = i, slashes = 0;
    while (i < len && ((s[i] >= 'A' && s[i] <= 'Z') ||
                       (s[i] == '/' && i > b && s[i - 1] != '/' && i + 1 < len && s[i + 1] >= 'A' &&
                        s[i + 1] <= 'Z' && !slashes++)))
        i++;
    size_t w = i - b;
    while (i < len && (s[i] == ' ' || s[i] == '.'))
        i++;
    return dashes && dashes <= 2 && w >= 3 && w <= (slashes ? 11 : 8) && i == len;
}

/* Whether the last word of a line names a team ("... News Service"). */
static int team_last(const char *s, size_t len)
{
    size_t b = len;
    while (b > 0 && s[b - 1] != ' ')
        b--;
    return b < len && ad_author_is_team(s + b, len - b);
}

/* Whether every word of a line opens with a capital (or a letter outside
 * ASCII). */
static int capitalized_words(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if ((i == 0 || s[i - 1] == ' ') && s[i] != ' ' && (unsigned char)s[i] < 0x80 &&
            !(s[i] >= 'A' && s[i] <= 'Z'))
            return 0;
    return 1;
}

/* Whether a line is a copyright footer of any length: it opens with
 * "Copyright" or "©" and reserves all rights ("Copyright PUNCH. All rights
 * reserved. This material ... may not be reproduced ..."). */
static int copyright_footer(const char *s, size_t len)
{
    if (!(len > 9 && !ad_text_ncasecmp(s, "copyright", 9)) &&
        !(len > 2 && !memcmp(s, "\xc2\xa9", 2)))
        return 0;
    static const char phrase[] = "all rights reserved";
    for (size_t i = 0; i + sizeof(phrase) - 1 <= len; i++)
        if (!ad_text_ncasecmp(s + i, phrase, sizeof(phrase) - 1))
            return 1;
    return 0;
}

/* Whether a line is a wire release's closing source credit ("SOURCE
 * Northern Plains Pulse Growers Association"): the word in capitals, then
 * a name of capitalized words and no sentence. */
static int release_source(const char *s, size_t len)
{
    if (len < 9 || len > 160 || memcmp(s, "SOURCE ", 7) || s[len - 1] == '.')
        return 0;
    return capitalized_words(s + 7, len - 7) || (s[7] >= 'A' && s[7] <= 'Z' && len <= 60);
}

ad_body_line ad_body_classify_line(const char *s, size_t len, const ad_meta *meta)
{
    if (!len || (len <= 8 && !has_word_char(s, len)))
        return AD_LINE_BOILERPLATE;
    if (len > LINE_MAX_BYTES)
        return AD_LINE_CONTENT;
    if (ad_body_score_boilerplate(s, len) || (len <= 24 && counter_line(s, len)) ||
        credit_line(s, len) || trail_line(s, len) || copyright_footer(s, len) ||
        release_source(s, len))
        return AD_LINE_BOILERPLATE;
    line_shape sh;
    shape_line(s, len, &sh);
    unsigned char last = (unsigned char)s[len - 1];
    /* "。", "！", "？" end sentences in Chinese and Japanese, whose lines
     * hold few space-separated tokens however long they are. */
    int sentence_end = last == '.' || last == '!' || last == '?' ||
                       (len >= 3 && (!memcmp(s + len - 3, "\xe3\x80\x82", 3) ||
                                     !memcmp(s + len - 3, "\xef\xbc\x81", 3) ||
                                     !memcmp(s + len - 3, "\xef\xbc\x9f", 3)));
    /* A full stop after a year closes a print edition's stamp, not a
     * sentence ("Published in The Express Tribune, May 3rd, 2028."; not
     * "On Monday, shares hit their lowest since 2020."). */
    int year_stop = last == '.' && len >= 16 && !ad_text_ncasecmp(s, "published ", 10) &&
                    s[len - 6] == ' ' && s[len - 5] >= '1' && s[len - 5] <= '2' &&
                    s[len - 4] >= '0' && s[len - 4] <= '9' && s[len - 3] >= '0' &&
                    s[len - 3] <= '9' && s[len - 2] >= '0' && s[len - 2] <= '9';
    if (dateline_shape(&sh, sentence_end && !year_stop) ||
        (sh.tokens <= 40 && joined_datelines(s, len, &sh)) ||
        (!sentence_end && named_dateline(s, len, &sh, meta)))
        return AD_LINE_DATELINE;
    if (sh.first_by && sh.second_upper && sh.tokens <= 16 && !sentence_end)
        return AD_LINE_BYLINE;
    if (sh.tokens <= 12 && !sentence_end && names_author(s, meta))
        return AD_LINE_BYLINE;
    /* A desk's credit alone ("Express News Service", "Star Business
     * Report", "Dhaka Bureau"): two to five capitalized words, the last
     * naming a team (not "Full Service Catering"). */
    if (sh.tokens >= 2 && sh.tokens <= 5 && !sentence_end && capitalized_words(s, len) &&
        team_last(s, len))
        return AD_LINE_BYLINE;
    if (sh.first_by && !sentence_end && byline_then_stamp(s, len, meta))
        return AD_LINE_BYLINE;
    /* A metadata bar read as one line: the byline, a photographer's
     * credit, then the dates ("Haber: Gülşen Aydoğan - Fotoğraf: Şükrü
     * Yılmaz 14 Kasım 2029 Çarşamba, 09:47 Güncelleme: ..."). */
    if (sh.first_by && sh.second_upper && !sentence_end && len <= 200 && names_author(s, meta) &&
        date_tokens(s, len) >= 3)
        return AD_LINE_BYLINE;
    /* A short line with an address, or the author's own note with one
     * ("Jane Doe covers City Hall. Reach her at jdoe@example.com"). */
    if ((sh.tokens <= 12 || (sh.tokens <= 40 && names_author(s, meta))) && has_email(s, len))
        return AD_LINE_CONTACT;
    return AD_LINE_CONTENT;
}
