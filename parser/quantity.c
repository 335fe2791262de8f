/*
 * quantity.c - quantities, periods and change bases in news English.
 *
 * Each scanner walks the text once, trying its grammar only at word starts
 * and skipping the rest of a word when nothing matched there, so the cost
 * is linear with a small constant (a first-byte check against each table).
 * The lexicon (currencies, scales, qualifiers, number words, months, change
 * bases) lives in the data/ tables; the ISO 4217 list is generated from Debian's
 * iso-codes at build time. Values are computed from an integer mantissa and
 * a power of ten so that "$1.05 billion" is exactly 1050000000.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <utf8proc.h>
#include "articled/gazetteer.h"
#include "articled/quantity.h"
#include "articled/text.h"
#include "change_basis.h"
#include "currencies.h"
#include "fractions.h"
#include "iso4217.h"
#include "months.h"
#include "multiples.h"
#include "number_words.h"
#include "ordinals.h"
#include "person_verbs.h"
#include "qualifiers.h"
#include "scales.h"
#include "units.h"

/* ---- text helpers ------------------------------------------------------ */

/* What may start at a word (see qty_could_start): a qualifier, or the rest. */
enum { TG_OTHER = 1, TG_QUAL = 2 };

typedef struct txt {
    const char *s;
    size_t len;
} txt;

static int lc(int c)
{
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

static int digit_at(const txt *t, size_t p)
{
    return p < t->len && t->s[p] >= '0' && t->s[p] <= '9';
}

static int alpha_at(const txt *t, size_t p)
{
    return p < t->len && lc((unsigned char)t->s[p]) >= 'a' && lc((unsigned char)t->s[p]) <= 'z';
}

static int wordc_cp(long c)
{
    if (c < 0x80)
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    switch (utf8proc_category((utf8proc_int32_t)c)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
        return 1;
    default:
        return 0;
    }
}

/* True when a letter, digit or mark starts at byte p. */
static int word_at(const txt *t, size_t p)
{
    if (p >= t->len)
        return 0;
    if ((unsigned char)t->s[p] < 0x80)
        return wordc_cp((unsigned char)t->s[p]);
    size_t n;
    return wordc_cp(ad_text_decode(t->s + p, t->len - p, &n));
}

/* True when a letter, digit or mark ends just before byte p. */
static int word_before(const txt *t, size_t p)
{
    if (p == 0)
        return 0;
    if ((unsigned char)t->s[p - 1] < 0x80)
        return wordc_cp((unsigned char)t->s[p - 1]);
    size_t q = p - 1;
    while (q > 0 && p - q < 4 && ((unsigned char)t->s[q] & 0xC0) == 0x80)
        q--;
    size_t n;
    return wordc_cp(ad_text_decode(t->s + q, p - q, &n));
}

/* Skips spaces, including no-break and thin spaces. */
static size_t skip_sp(const txt *t, size_t p)
{
    while (p < t->len) {
        unsigned char c = (unsigned char)t->s[p];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            p++;
        else if (c == 0xC2 && p + 1 < t->len && (unsigned char)t->s[p + 1] == 0xA0)
            p += 2;
        else if (c == 0xE2 && p + 2 < t->len && (unsigned char)t->s[p + 1] == 0x80 &&
                 ((unsigned char)t->s[p + 2] == 0xAF || (unsigned char)t->s[p + 2] == 0x89))
            p += 3;
        else
            break;
    }
    return p;
}

/* Skips spaces back from p (exclusive). */
static size_t skip_sp_back(const txt *t, size_t p)
{
    while (p > 0 && (t->s[p - 1] == ' ' || t->s[p - 1] == '\t' || t->s[p - 1] == '\n'))
        p--;
    return p;
}

static int has_lower(const char *f)
{
    for (; *f; f++)
        if (*f >= 'a' && *f <= 'z')
            return 1;
    return 0;
}

enum { M_HYPHEN = 1, M_DIGIT_AFTER = 2, M_CASE = 4, M_NO_BOUNDARY = 8 };

/* Matches phrase at byte p. A space in the phrase matches a run of spaces
 * (or, with M_HYPHEN, one hyphen). Letters compare ASCII case-insensitively
 * unless M_CASE. A phrase ending in a letter or digit must end at a word
 * boundary (M_DIGIT_AFTER also lets a digit follow: "USD5bn"). Returns the
 * end byte, or 0 when it does not match. */
static size_t match_at(const txt *t, size_t p, const char *phrase, unsigned mode)
{
    size_t q = p;
    const unsigned char *f = (const unsigned char *)phrase;
    if (!*f)
        return 0;
    for (; *f; f++) {
        if (*f == ' ') {
            size_t r = skip_sp(t, q);
            if (r > q)
                q = r;
            else if ((mode & M_HYPHEN) && q < t->len && t->s[q] == '-')
                q++;
            else
                return 0;
            continue;
        }
        if (q >= t->len)
            return 0;
        unsigned char c = (unsigned char)t->s[q];
        if ((mode & M_CASE) ? c != *f : lc(c) != lc(*f))
            return 0;
        q++;
    }
    unsigned char last = f[-1];
    int wordy = (last >= '0' && last <= '9') || (lc(last) >= 'a' && lc(last) <= 'z');
    if (wordy && !(mode & M_NO_BOUNDARY) && word_at(t, q)) {
        if (!((mode & M_DIGIT_AFTER) && digit_at(t, q)))
            return 0;
    }
    return q;
}

/* Longest match among rows[i*stride] (i < n) at p; *row gets the row. The
 * case rule follows the form: no lower-case letter means exact case. */
static size_t match_table(const txt *t, size_t p, const char *const *rows, size_t stride, size_t n,
                          unsigned mode, size_t *row)
{
    size_t best = 0;
    if (p >= t->len)
        return 0;
    int c0 = lc((unsigned char)t->s[p]);
    for (size_t i = 0; i < n; i++) {
        const char *f = rows[i * stride];
        if (lc((unsigned char)f[0]) != c0)
            continue;
        unsigned m = mode | (has_lower(f) ? 0 : M_CASE);
        size_t e = match_at(t, p, f, m);
        if (e > best) {
            best = e;
            if (row)
                *row = i;
        }
    }
    return best;
}

#define MATCH_TBL(t, p, name, mode, row)                                                           \
    match_table((t), (p), &ad_tbl_##name[0][0], sizeof(ad_tbl_##name[0]) / sizeof(char *),         \
                ad_tbl_##name##_len, (mode), (row))

/* The ASCII word ending at p (after skipping spaces back) equals w. */
static int prev_word_is(const txt *t, size_t p, const char *w)
{
    size_t e = skip_sp_back(t, p);
    size_t n = strlen(w);
    if (e < n || e == p)
        return 0;
    size_t b = e - n;
    if (ad_text_ncasecmp(t->s + b, w, n) != 0)
        return 0;
    return !word_before(t, b);
}

/* Whether the word at p is a verb that follows a sentence's subject ("said",
 * "was", "will"; data/speech_verbs.tsv and data/person_verbs.tsv): a month
 * name before it is someone's name ("March said it would"). */
static int subject_verb(const txt *t, size_t p)
{
    size_t e = p;
    while (alpha_at(t, e))
        e++;
    if (ad_gaz_lookup(t->s + p, e - p, NULL) & AD_GAZ_SPEECH)
        return 1;
    for (size_t r = 0; r < ad_tbl_person_verbs_len; r++)
        if (strlen(ad_tbl_person_verbs[r][0]) == e - p &&
            !ad_text_ncasecmp(t->s + p, ad_tbl_person_verbs[r][0], e - p))
            return 1;
    return 0;
}

/* End of the run of ASCII letters at p. */
static size_t alpha_end(const txt *t, size_t p)
{
    while (alpha_at(t, p))
        p++;
    return p;
}

static const double p10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                             1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

static double pow10i(int e)
{
    if (e >= 0 && e <= 22)
        return p10[e];
    return pow(10.0, e);
}

/* ---- numbers ----------------------------------------------------------- */

typedef struct num {
    size_t start, end;
    double mant; /* value = mant / 10^dec */
    int dec;
    int intdigits;
    int comma;
    int words;
} num;

static double num_value(const num *n, int exp10)
{
    int e = exp10 - n->dec;
    return e >= 0 ? n->mant * pow10i(e) : n->mant / pow10i(-e);
}

static size_t month_at(const txt *t, size_t p, int *m);

/* Whether the word before p names a month ("On October 31 125 000
 * tonnes": the day, then the amount). */
static int month_before(const txt *t, size_t p)
{
    size_t b = p;
    while (b > 0 && t->s[b - 1] == ' ')
        b--;
    if (b == p)
        return 0;
    size_t w = b;
    while (w > 0 && (alpha_at(t, w - 1) || t->s[w - 1] == '.'))
        w--;
    int m;
    return w < b && month_at(t, w, &m) == b;
}

/* The length of one space setting thousands apart at p (a space, a
 * no-break, narrow no-break or thin space: what skip_sp() skips, but one
 * of them), or 0. */
static size_t group_gap(const txt *t, size_t p)
{
    size_t q = skip_sp(t, p);
    if (q == p + 1 && t->s[p] == ' ')
        return 1;
    return q > p + 1 && q <= p + 3 && (unsigned char)t->s[p] >= 0xC2 ? q - p : 0;
}

/* Digits with thousands commas and one decimal part. */
static int parse_digits(const txt *t, size_t p, num *n)
{
    memset(n, 0, sizeof(*n));
    n->start = p;
    if (!digit_at(t, p))
        return 0;
    while (digit_at(t, p)) {
        n->mant = n->mant * 10 + (t->s[p] - '0');
        n->intdigits++;
        p++;
    }
    while (p < t->len && t->s[p] == ',' && digit_at(t, p + 1) && digit_at(t, p + 2) &&
           digit_at(t, p + 3) && !digit_at(t, p + 4) && n->intdigits <= 3 + 3 * 6) {
        for (int k = 1; k <= 3; k++)
            n->mant = n->mant * 10 + (t->s[p + k] - '0');
        n->comma = 1;
        p += 4;
    }
    /* Thousands set apart by a space, as agencies translating from other
     * languages write them ("211 345 tonnes", "USD 21 386.4 million"): one
     * to three digits, then groups of exactly three, none before a colon
     * (a time) or a digit. */
    if (!n->comma && n->intdigits <= 3 && !month_before(t, n->start)) {
        size_t gap;
        int grouped = 0;
        while (p < t->len && n->intdigits <= 3 + 3 * 6 && (gap = group_gap(t, p)) != 0 &&
               digit_at(t, p + gap) && digit_at(t, p + gap + 1) && digit_at(t, p + gap + 2) &&
               !digit_at(t, p + gap + 3) &&
               !(p + gap + 3 < t->len && (t->s[p + gap + 3] == ':' || t->s[p + gap + 3] == ','))) {
            for (size_t k = 0; k < 3; k++)
                n->mant = n->mant * 10 + (t->s[p + gap + k] - '0');
            n->intdigits += 3;
            grouped = 1;
            p += gap + 3;
        }
        n->comma |= grouped; /* thousands grouped, as with commas */
    }
    if (p < t->len && t->s[p] == '.' && digit_at(t, p + 1)) {
        p++;
        while (digit_at(t, p)) {
            if (n->dec < 15) {
                n->mant = n->mant * 10 + (t->s[p] - '0');
                n->dec++;
            }
            p++;
        }
    }
    n->end = p;
    return 1;
}

enum { NW_UNIT = 1, NW_TEN, NW_HUNDRED };

/* Looks up the ASCII word s[p..e) in number_words; returns its role. */
static int number_word(const txt *t, size_t p, size_t e, double *v)
{
    if (e == p)
        return 0;
    for (size_t i = 0; i < ad_tbl_number_words_len; i++) {
        const char *w = ad_tbl_number_words[i][0];
        if (lc((unsigned char)w[0]) != lc((unsigned char)t->s[p]))
            continue;
        if (ad_text_ncasecmp(t->s + p, w, e - p) == 0 && w[e - p] == '\0') {
            *v = strtod(ad_tbl_number_words[i][1], NULL);
            const char *r = ad_tbl_number_words[i][2];
            return r[0] == 'u' ? NW_UNIT : r[0] == 't' ? NW_TEN : NW_HUNDRED;
        }
    }
    return 0;
}

/* The scale row of a word scale ("million") at p, for "a million". */
static int word_scale_at(const txt *t, size_t p)
{
    size_t row;
    size_t e = MATCH_TBL(t, p, scales, 0, &row);
    return e && strcmp(ad_tbl_scales[row][2], "word") == 0;
}

/* Numbers in words: "two", "twenty-five", "three hundred and twelve", "a
 * hundred", and "a"/"an" before a scale word ("a million"). */
static int parse_words(const txt *t, size_t p, num *n)
{
    memset(n, 0, sizeof(*n));
    n->start = p;
    n->words = 1;
    int state = 0; /* 0 start, 1 unit, 2 ten, 3 hundred */
    double val = 0;
    size_t end = 0;
    for (;;) {
        size_t e = alpha_end(t, p);
        if (e == p || word_at(t, e))
            break;
        double v;
        int role = number_word(t, p, e, &v);
        /* "half a billion dollars": a half of the scale after "a". */
        if (!role && state == 0 && e - p == 4 && ad_text_ncasecmp(t->s + p, "half", 4) == 0) {
            size_t q = skip_sp(t, e), e2 = alpha_end(t, q);
            if (q > e && ((e2 - q == 1 && lc(t->s[q]) == 'a') ||
                          (e2 - q == 2 && ad_text_ncasecmp(t->s + q, "an", 2) == 0))) {
                size_t r = skip_sp(t, e2);
                if (r > e2 && word_scale_at(t, r)) {
                    val = 0.5;
                    end = e2;
                }
            }
            break;
        }
        if (!role && state == 0 &&
            ((e - p == 1 && lc(t->s[p]) == 'a') ||
             (e - p == 2 && ad_text_ncasecmp(t->s + p, "an", 2) == 0))) {
            size_t q = skip_sp(t, e);
            double v2;
            size_t e2 = alpha_end(t, q);
            int r2 = q > e ? number_word(t, q, e2, &v2) : 0;
            if (r2 == NW_HUNDRED || (r2 == NW_UNIT && v2 == 12)) {
                val = 1;
                state = 1;
                end = e;
                p = q;
                continue;
            }
            if (q > e && word_scale_at(t, q)) {
                val = 1;
                end = e;
            }
            break;
        }
        if (role == NW_UNIT && (state == 0 || state == 2 || state == 3)) {
            if (state == 2 && v >= 10)
                break;
            if (v == 12 && state != 0 && ad_text_ncasecmp(t->s + p, "dozen", 5) == 0)
                break;
            if (v == 12 && ad_text_ncasecmp(t->s + p, "dozen", 5) == 0 && state == 1)
                val *= 12;
            else
                val += v;
            state = 1;
        } else if (role == NW_UNIT && state == 1 && v == 12 &&
                   ad_text_ncasecmp(t->s + p, "dozen", 5) == 0) {
            val *= 12; /* "two dozen", "a dozen" */
        } else if (role == NW_TEN && (state == 0 || state == 3)) {
            val += v;
            state = 2;
        } else if (role == NW_HUNDRED && state == 1 && val > 0 && val < 100) {
            val *= 100;
            state = 3;
        } else {
            break;
        }
        end = e;
        /* Joiners: "twenty-five", "two hundred", "hundred and five". */
        if (e < t->len && t->s[e] == '-' && alpha_at(t, e + 1)) {
            p = e + 1;
            continue;
        }
        size_t q = skip_sp(t, e);
        if (q == e)
            break;
        if (state == 3) {
            size_t a = match_at(t, q, "and", 0);
            if (a) {
                size_t q2 = skip_sp(t, a);
                double v3;
                if (q2 > a && number_word(t, q2, alpha_end(t, q2), &v3) &&
                    !word_at(t, alpha_end(t, q2)))
                    q = q2;
            }
        }
        p = q;
    }
    if (!end)
        return 0;
    n->mant = val;
    n->end = end;
    return 1;
}

/* ---- currencies, scales, units ----------------------------------------- */

static int iso_code(const char *s, size_t n)
{
    if (n != 3)
        return 0;
    for (size_t i = 0; i < ad_iso4217_len; i++)
        if (memcmp(ad_iso4217[i], s, 3) == 0)
            return 1;
    return 0;
}

/* An upper-case ISO code at p ("USD"), followed by a boundary or a digit. */
static size_t match_iso(const txt *t, size_t p, char code[4])
{
    if (p + 3 > t->len || word_before(t, p))
        return 0;
    for (int k = 0; k < 3; k++)
        if (t->s[p + k] < 'A' || t->s[p + k] > 'Z')
            return 0;
    if (word_at(t, p + 3) && !digit_at(t, p + 3))
        return 0;
    if (!iso_code(t->s + p, 3))
        return 0;
    memcpy(code, t->s + p, 3);
    code[3] = '\0';
    return p + 3;
}

typedef struct curm {
    size_t end;
    char code[4]; /* "" for a family word without a usual meaning */
    int weak;
    const char *family; /* data/currencies.tsv's family, static, or NULL */
} curm;

/* A code of data/currencies.tsv into out; "-" (none) becomes "". */
static void copy_code(char out[4], const char *s)
{
    size_t n = strlen(s);
    if (n > 3 || (n == 1 && s[0] == '-'))
        n = 0;
    memcpy(out, s, n);
    out[n] = '\0';
}

static const char *family_of(size_t row)
{
    const char *f = ad_tbl_currencies[row][4];
    return strcmp(f, "-") == 0 ? NULL : f;
}

/* A currency before the number ("$", "US$", "RMB", "USD"). */
static int match_pre_currency(const txt *t, size_t p, curm *m)
{
    size_t row = 0, best = 0;
    m->weak = 0;
    m->family = NULL;
    /* p may be the end of the text ("1-" at the end of a paragraph). */
    if (p >= t->len || word_before(t, p))
        return 0;
    int c0 = lc((unsigned char)t->s[p]);
    for (size_t i = 0; i < ad_tbl_currencies_len; i++) {
        const char *f = ad_tbl_currencies[i][0];
        const char *where = ad_tbl_currencies[i][2];
        if (where[0] == 'p' && where[1] == 'o')
            continue;
        if (lc((unsigned char)f[0]) != c0)
            continue;
        size_t e = match_at(t, p, f, M_DIGIT_AFTER | (has_lower(f) ? 0 : M_CASE));
        if (e > best) {
            best = e;
            row = i;
        }
    }
    if (best) {
        m->end = best;
        copy_code(m->code, ad_tbl_currencies[row][1]);
        m->weak = ad_tbl_currencies[row][3][0] == '1';
        m->family = family_of(row);
        return 1;
    }
    size_t e = match_iso(t, p, m->code);
    if (e) {
        m->end = e;
        return 1;
    }
    return 0;
}

/* A currency after the number ("yuan", "US dollars", "USD"). */
static int match_post_currency(const txt *t, size_t p, curm *m)
{
    size_t row = 0, best = 0;
    m->family = NULL;
    if (p >= t->len)
        return 0;
    int c0 = lc((unsigned char)t->s[p]);
    for (size_t i = 0; i < ad_tbl_currencies_len; i++) {
        const char *f = ad_tbl_currencies[i][0];
        const char *where = ad_tbl_currencies[i][2];
        if (where[0] == 'p' && where[1] == 'r')
            continue;
        if (lc((unsigned char)f[0]) != c0)
            continue;
        size_t e = match_at(t, p, f, has_lower(f) ? 0 : M_CASE);
        if (e > best) {
            best = e;
            row = i;
        }
    }
    if (best) {
        m->end = best;
        copy_code(m->code, ad_tbl_currencies[row][1]);
        m->weak = ad_tbl_currencies[row][3][0] == '1';
        m->family = family_of(row);
        return 1;
    }
    size_t e = match_iso(t, p, m->code);
    if (e && !word_at(t, e)) {
        m->end = e;
        m->weak = 0;
        return 1;
    }
    return 0;
}

/* A unit of measure at p ("tonnes", "barrels per day"): its end and row,
 * or 0. A form that has another sense alone ("pounds") counts only before
 * "of", as its row says. */
static size_t match_unit(const txt *t, size_t p, size_t *row)
{
    size_t e = MATCH_TBL(t, p, units, M_HYPHEN, row);
    if (e && !strcmp(ad_tbl_units[*row][3], "of") && !match_at(t, skip_sp(t, e), "of", 0))
        return 0;
    return e;
}

enum { SC_WORD = 1, SC_SHORT, SC_MONEY };

typedef struct scalem {
    size_t end;
    int exp;
    int cls;
    int attached;
} scalem;

/* A scale after the number at p ("billion", "bn", "m"). */
static int match_scale(const txt *t, size_t p, scalem *m)
{
    /* South African style joins a scale word with a hyphen: "R12.4-billion". */
    int hyphen = p + 1 < t->len && t->s[p] == '-' && alpha_at(t, p + 1);
    size_t q = hyphen ? p + 1 : alpha_at(t, p) ? p : skip_sp(t, p);
    size_t row;
    size_t e = MATCH_TBL(t, q, scales, 0, &row);
    if (!e || (hyphen && ad_tbl_scales[row][2][0] != 'w'))
        return 0;
    m->end = e;
    m->exp = (int)strtol(ad_tbl_scales[row][1], NULL, 10);
    const char *c = ad_tbl_scales[row][2];
    m->cls = c[0] == 'w' ? SC_WORD : c[0] == 's' ? SC_SHORT : SC_MONEY;
    m->attached = q == p;
    return 1;
}

/* Whether a scale word follows the number at p: a weak sign before it, a
 * letter that also opens names ("G7", "Q3", "M2"), is money only so
 * ("E510 million", "D12.44 billion"). */
static int scale_follows(const txt *t, size_t p)
{
    while (p < t->len && (digit_at(t, p) || t->s[p] == ',' || t->s[p] == '.'))
        p++;
    scalem m;
    return match_scale(t, p, &m);
}

/* Units after a number that make it a percent or points. */
static const char *const points_forms[] = {"percentage points",
                                           "percentage point",
                                           "percent points",
                                           "pct points",
                                           "pct point",
                                           "ppts",
                                           "ppt",
                                           "pp"};
static const char *const bps_forms[] = {"basis points", "basis point", "bps", "bp"};
static const char *const percent_forms[] = {"%", "percent", "per cent", "per-cent", "pct", "pc"};
static const char *const comparatives[] = {"as",      "more",   "higher",  "larger", "bigger",
                                           "greater", "faster", "the",     "that",   "what",
                                           "over",    "lower",  "smaller", "less"};
static const char *const age_forms[] = {"-year-old",   "-years-old", "-year old", "-month-old",
                                        "-months-old", "-week-old",  "-day-old"};
static const char *const time_forms[] = {"a.m.", "p.m.", "am", "pm"};

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

static size_t match_list(const txt *t, size_t p, const char *const *forms, size_t n, unsigned mode)
{
    size_t best = 0;
    for (size_t i = 0; i < n; i++) {
        size_t e = match_at(t, p, forms[i], mode);
        if (e > best)
            best = e;
    }
    return best;
}

/* Phone numbers: three or more digit groups joined by single "-", "." or
 * (after a leading "+" or "(") spaces with seven or more digits, or the
 * local form ddd-dddd. Returns the end of the run or 0. */
static size_t phone_end(const txt *t, size_t p)
{
    size_t q = p, last = p;
    int groups = 0, digits = 0, glen[8] = {0};
    int intl = p > 0 && (t->s[p - 1] == '+' || t->s[p - 1] == '(');
    while (q < t->len) {
        size_t g = q;
        while (digit_at(t, q))
            q++;
        if (q == g)
            break;
        if (groups < 8)
            glen[groups] = (int)(q - g);
        groups++;
        digits += (int)(q - g);
        last = q;
        if (q < t->len && t->s[q] == ')')
            q++;
        if (q < t->len && (t->s[q] == '-' || t->s[q] == '.' || (intl && t->s[q] == ' ')) &&
            digit_at(t, q + 1))
            q++;
        else if (intl && q < t->len && t->s[q] == ' ' && digit_at(t, q + 1))
            q++;
        else
            break;
    }
    if (groups >= 3 && digits >= 7)
        return last;
    if (groups == 2 && glen[0] == 3 && glen[1] == 4 && last < t->len + 1 && t->s[p + 3] == '-')
        return last;
    return 0;
}

/* ---- the quantity grammar ---------------------------------------------- */

typedef struct qctx {
    int between; /* after "between": the range connector is "and" */
    int from;    /* after "from": "X to Y" is not a range */
    int by;      /* after "by": "X to $Y" is not a range ("rose by $1.2 billion to
                  * $14 billion" is a change and a level); "5 to 10 percent" is */
} qctx;

/* Things that look like numbers but are not quantities. Returns the end of
 * the thing to skip, or 0. */
static size_t not_quantity(const txt *t, const num *n)
{
    size_t q = n->end;
    if (n->dec == 0 && !n->comma) {
        /* Times: "9:33", "9:33:05", "9 a.m.", "9pm". */
        if (q < t->len && t->s[q] == ':' && digit_at(t, q + 1)) {
            q++;
            while (digit_at(t, q) || (q < t->len && t->s[q] == ':' && digit_at(t, q + 1)))
                q++;
            size_t r = skip_sp(t, q);
            size_t e = match_list(t, r, time_forms, NELEM(time_forms), 0);
            return e ? e : q;
        }
        if (n->intdigits <= 2) {
            size_t e = match_list(t, skip_sp(t, q), time_forms, NELEM(time_forms), 0);
            if (e)
                return e;
        }
        /* ISO dates. */
        if (n->intdigits == 4 && q + 6 <= t->len && t->s[q] == '-' && digit_at(t, q + 1) &&
            digit_at(t, q + 2) && t->s[q + 3] == '-' && digit_at(t, q + 4) && digit_at(t, q + 5))
            return q + 6;
        /* Ordinals and decades: "13th", "1990s", "80s". */
        if (alpha_at(t, q)) {
            size_t e = alpha_end(t, q);
            if (!word_at(t, e)) {
                static const char *const suf[] = {"st", "nd", "rd", "th"};
                for (size_t i = 0; i < NELEM(suf); i++)
                    if (e - q == 2 && ad_text_ncasecmp(t->s + q, suf[i], 2) == 0)
                        return e;
                if (e - q == 1 && t->s[q] == 's')
                    return e;
            }
        }
        /* Ages and durations as adjectives' first part: "15-year-old". */
        size_t e = match_list(t, q, age_forms, NELEM(age_forms), 0);
        if (e)
            return e;
        e = phone_end(t, n->start);
        if (e)
            return e;
    }
    return 0;
}

/* Parses the quantity proper at p (no qualifier). Returns 1 with *q filled,
 * 0 when there is none, -1 when a non-quantity ends at *skip. */
static int parse_core(const txt *t, size_t p, qctx ctx, ad_quantity *q, size_t *skip)
{
    memset(q, 0, sizeof(*q));
    q->scale = 1;
    q->start = q->num_start = p;
    size_t start = p;
    int neg = 0, plus = 0;
    size_t n;
    if (p < t->len && !word_before(t, p)) {
        long c = ad_text_decode(t->s + p, t->len - p, &n);
        if (c == '+' && digit_at(t, p + n)) {
            plus = 1; /* "exports +2.4% y/y": a change, as headlines write it */
            p += n;
        } else if (c == '-' || c == 0x2212) {
            /* "-$844 million", "-US$844 million", "-¥1.18 trillion" */
            curm m;
            if (digit_at(t, p + n) || match_pre_currency(t, p + n, &m)) {
                neg = 1;
                p += n;
            }
        } else {
            size_t e = match_at(t, p, "minus", 0);
            if (e && skip_sp(t, e) > e) {
                neg = 1;
                p = skip_sp(t, e);
            }
        }
    }
    curm pre = {0, "", 0, NULL};
    int has_pre = 0;
    unsigned char c0 = p < t->len ? (unsigned char)t->s[p] : 0;
    if ((c0 >= 0x80 || c0 == '$' || (c0 >= 'A' && c0 <= 'Z')) && match_pre_currency(t, p, &pre)) {
        size_t r = skip_sp(t, pre.end);
        if (digit_at(t, r) && (r == pre.end || r - pre.end <= 3) &&
            (!pre.weak || scale_follows(t, r))) {
            has_pre = 1;
            p = r;
        }
    }
    num n1;
    if (digit_at(t, p)) {
        /* Digits glued to a word ("G7", "COVID-19", "Q3") are not numbers. */
        if (!has_pre &&
            (word_before(t, p) ||
             (p >= 2 && (t->s[p - 1] == '-' || t->s[p - 1] == '.' || t->s[p - 1] == '/') &&
              word_before(t, p - 1) && !neg)))
            return 0;
        parse_digits(t, p, &n1);
        size_t e = has_pre ? 0 : not_quantity(t, &n1);
        if (e) {
            *skip = e;
            return -1;
        }
        size_t r = n1.end;
        /* Simple fractions "1/3"; other slash groups are dates or scores. */
        if (r < t->len && t->s[r] == '/' && digit_at(t, r + 1)) {
            num d;
            parse_digits(t, r + 1, &d);
            if (!has_pre && n1.dec == 0 && d.dec == 0 && n1.mant >= 1 && n1.mant < d.mant &&
                d.mant <= 10 && !(d.end < t->len && t->s[d.end] == '/') && !word_at(t, d.end)) {
                q->kind = AD_QTY_FRACTION;
                q->value = q->high = n1.mant / d.mant;
                q->end = d.end;
                return 1;
            }
            while (d.end < t->len && (t->s[d.end] == '/' || digit_at(t, d.end)))
                d.end++;
            *skip = d.end;
            return -1;
        }
    } else if (!has_pre && alpha_at(t, p) && !word_before(t, p)) {
        size_t row;
        /* Verbs: "doubled", "halved". */
        size_t e = MATCH_TBL(t, p, multiples, 0, &row);
        if (e) {
            q->kind = AD_QTY_MULTIPLE;
            q->flags = AD_QTYF_VERB;
            q->value = q->high = strtod(ad_tbl_multiples[row][1], NULL);
            q->end = e;
            return 1;
        }
        /* "tenfold", "three-fold", "twenty-fold". */
        size_t we = alpha_end(t, p);
        while (we < t->len && t->s[we] == '-' && alpha_at(t, we + 1))
            we = alpha_end(t, we + 1);
        if (we - p > 4 && ad_text_ncasecmp(t->s + we - 4, "fold", 4) == 0 && !word_at(t, we)) {
            size_t pe = we - 4;
            if (t->s[pe - 1] == '-')
                pe--;
            txt sub = {t->s, pe};
            num fn;
            if (parse_words(&sub, p, &fn) && fn.end == pe) {
                q->kind = AD_QTY_MULTIPLE;
                q->flags = AD_QTYF_WORDS;
                q->value = q->high = fn.mant;
                q->end = we;
                return 1;
            }
        }
        /* "half", unless it is "the first half" (a period) or "half-year". */
        e = match_at(t, p, "half", 0);
        num hw;
        if (e && parse_words(t, p, &hw) && hw.end > e)
            e = 0; /* "half a billion": a number (parse_words()) */
        if (e && !(e < t->len && t->s[e] == '-') && !prev_word_is(t, p, "first") &&
            !prev_word_is(t, p, "second") && !prev_word_is(t, p, "1st") &&
            !prev_word_is(t, p, "2nd")) {
            q->kind = AD_QTY_FRACTION;
            q->flags = AD_QTYF_WORDS;
            q->value = q->high = 0.5;
            q->end = e;
            return 1;
        }
        /* Fractions: "one-third", "two thirds", "a fifth", "a quarter of". */
        double numer = 0;
        size_t ne = 0;
        if (match_at(t, p, "a", 0))
            numer = 1, ne = p + 1;
        else if (match_at(t, p, "an", 0))
            numer = 1, ne = p + 2;
        else {
            num fw;
            if (parse_words(t, p, &fw) && fw.mant >= 1 && fw.mant <= 10 &&
                fw.mant == floor(fw.mant))
                numer = fw.mant, ne = fw.end;
        }
        if (ne) {
            int hyph = ne < t->len && t->s[ne] == '-';
            size_t dp = hyph ? ne + 1 : skip_sp(t, ne);
            size_t de = (dp > ne) ? MATCH_TBL(t, dp, fractions, 0, &row) : 0;
            if (de && !(de < t->len && t->s[de] == '-')) {
                double den = strtod(ad_tbl_fractions[row][1], NULL);
                int ok = hyph || den != 4 || match_at(t, skip_sp(t, de), "of", 0);
                /* "a third" is a fraction; "the third" never gets here. */
                if (ok) {
                    q->kind = AD_QTY_FRACTION;
                    q->flags = AD_QTYF_WORDS;
                    q->value = q->high = numer / den;
                    q->end = de;
                    return 1;
                }
            }
        }
        if (!parse_words(t, p, &n1))
            return 0;
    } else {
        return 0;
    }

    /* "one and a half million" */
    size_t r = n1.end;
    size_t h = match_at(t, skip_sp(t, r), "and a half", 0);
    if (h && skip_sp(t, r) > r) {
        n1.mant = n1.mant * 10 + 5 * pow10i(n1.dec);
        n1.dec += 1;
        n1.end = r = h;
    }
    if (n1.words)
        q->flags |= AD_QTYF_WORDS;

    /* Scale of the first number. */
    scalem s1 = {0, 0, 0, 0};
    int has_s1 = match_scale(t, r, &s1);
    if (has_s1) {
        int ok = s1.cls == SC_WORD;
        curm pc;
        int post = match_post_currency(t, skip_sp(t, s1.end), &pc);
        size_t ur;
        /* A unit after the scale vouches for it too: "5 mln tonnes", "45m
         * barrels". */
        int unit = !has_pre && !post && match_unit(t, skip_sp(t, s1.end), &ur);
        if (s1.cls == SC_SHORT)
            ok = s1.attached || has_pre || post || unit;
        else if (s1.cls == SC_MONEY)
            ok = has_pre || ((post || unit) && s1.attached);
        if (!ok)
            has_s1 = 0;
        else
            r = s1.end;
        /* Stacked scale words multiply: "1.3 lakh crore" is 1.3e12, "50
         * thousand crore" 5e11 (Indian usage). */
        scalem s1b = {0, 0, 0, 0};
        if (has_s1 && s1.cls == SC_WORD && match_scale(t, r, &s1b) && s1b.cls == SC_WORD &&
            !s1b.attached && s1b.exp > s1.exp) {
            s1.exp += s1b.exp;
            r = s1.end = s1b.end;
        }
    }

    /* Range: "$40-50 billion", "40 to 50 percent", "between 10 and 20". */
    double v1 = num_value(&n1, has_s1 ? s1.exp : 0), v2 = v1;
    int range = 0, exp = has_s1 ? s1.exp : 0;
    {
        size_t c = 0;
        if (ctx.between) {
            c = match_at(t, skip_sp(t, r), "and", 0);
        } else {
            long ch = r < t->len ? ad_text_decode(t->s + r, t->len - r, &n) : 0;
            size_t sp = skip_sp(t, r);
            long ch2 = sp < t->len ? ad_text_decode(t->s + sp, t->len - sp, &n) : 0;
            curm pm;
            if (ch == '-' && (digit_at(t, r + 1) || match_pre_currency(t, r + 1, &pm)))
                c = r + 1;
            else if (ch2 == 0x2013 || ch2 == 0x2014)
                c = sp + n;
            else if (!ctx.from && sp > r)
                c = match_at(t, sp, "to", 0);
            curm pb;
            if (c && ctx.by && match_pre_currency(t, skip_sp(t, c), &pb))
                c = 0;
        }
        if (c) {
            size_t r2 = skip_sp(t, c);
            curm pre2;
            int has_pre2 = 0;
            if (match_pre_currency(t, r2, &pre2) &&
                (!has_pre || strcmp(pre2.code, pre.code) == 0)) {
                size_t r3 = skip_sp(t, pre2.end);
                if (digit_at(t, r3)) {
                    has_pre2 = 1;
                    r2 = r3;
                }
            }
            num n2;
            int ok2 = n1.words ? parse_words(t, r2, &n2) : parse_digits(t, r2, &n2);
            if (ok2 && !n1.words && not_quantity(t, &n2))
                ok2 = 0;
            if (ok2) {
                scalem s2 = {0, 0, 0, 0};
                int has_s2 = match_scale(t, n2.end, &s2);
                if (has_s2) {
                    curm pc;
                    int post = match_post_currency(t, skip_sp(t, s2.end), &pc);
                    int money = has_pre || has_pre2 || post;
                    if (s2.cls == SC_SHORT && !(s2.attached || money))
                        has_s2 = 0;
                    if (s2.cls == SC_MONEY && !(money && (s2.attached || has_pre || has_pre2)))
                        has_s2 = 0;
                }
                int e2 = has_s2 ? s2.exp : exp;
                double w1 = has_s1 ? v1 : num_value(&n1, e2);
                double w2 = num_value(&n2, e2);
                /* "2024-25": a two-digit year after a four-digit one. */
                if (!has_s1 && !has_s2 && n1.intdigits == 4 && n2.intdigits == 2 && n1.dec == 0 &&
                    n2.dec == 0 && !ctx.between) {
                    double y2 = floor(n1.mant / 100) * 100 + n2.mant;
                    if (y2 > n1.mant)
                        w2 = y2;
                }
                if (w2 > w1) {
                    v1 = w1;
                    v2 = w2;
                    exp = e2;
                    range = 1;
                    has_s1 = has_s1 || has_s2;
                    if (has_pre2 && !has_pre) {
                        pre = pre2;
                        has_pre = 1;
                    }
                    r = has_s2 ? s2.end : n2.end;
                }
            }
        }
        if (ctx.between && !range)
            return 0;
    }
    if (has_s1) {
        q->flags |= AD_QTYF_SCALED;
        q->scale = pow10i(exp);
    }
    if (range)
        q->flags |= AD_QTYF_RANGE;
    q->value = v1;
    q->high = v2;
    q->kind = AD_QTY_NUMBER;

    /* The unit. */
    size_t u = skip_sp(t, r);
    size_t ue, urow = 0;
    curm post;
    if (has_pre) {
        q->kind = AD_QTY_MONEY;
        memcpy(q->currency, pre.code, 4);
        q->family = pre.family;
    } else if ((ue = match_list(t, u, points_forms, NELEM(points_forms), M_HYPHEN))) {
        q->kind = AD_QTY_POINTS;
        r = ue;
    } else if ((ue = match_list(t, u, bps_forms, NELEM(bps_forms), 0))) {
        q->kind = AD_QTY_POINTS;
        q->flags |= AD_QTYF_BASIS_POINTS;
        q->value /= 100;
        q->high /= 100;
        r = ue;
    } else if ((ue = match_list(t, u, percent_forms, NELEM(percent_forms), 0)) &&
               (u == r || u - r == 1)) {
        q->kind = AD_QTY_PERCENT;
        r = ue;
    } else if (r < t->len && t->s[r] == '-' &&
               (ue = match_list(t, r + 1, percent_forms + 1, NELEM(percent_forms) - 1, 0))) {
        q->kind = AD_QTY_PERCENT; /* "the 17-percent tariff" */
        r = ue;
    } else if (match_post_currency(t, u, &post) && u > r &&
               (!post.weak ||
                ((has_s1 || v1 >= 1000) && !match_at(t, skip_sp(t, post.end), "of", 0)))) {
        q->kind = AD_QTY_MONEY;
        memcpy(q->currency, post.code, 4);
        q->family = post.family;
        r = post.end;
    } else if (((ue = match_unit(t, u, &urow)) ||
                (u == r && r < t->len && t->s[r] == '-' && (ue = match_unit(t, r + 1, &urow)))) &&
               (strcmp(ad_tbl_units[urow][3], "count") || q->value == floor(q->value))) {
        /* "73 million tonnes", and as an adjective "a 100,000-tonne cargo". */
        q->kind = AD_QTY_MEASURE;
        q->unit = ad_tbl_units[urow][1];
        if (!strcmp(ad_tbl_units[urow][3], "goods"))
            q->flags |= AD_QTYF_GOODS;
        int uexp = (int)strtol(ad_tbl_units[urow][2], NULL, 10);
        if (uexp) {
            q->value *= pow10i(uexp);
            q->high *= pow10i(uexp);
            q->scale *= pow10i(uexp);
            q->flags |= AD_QTYF_SCALED;
        }
        r = ue;
    } else if (u == r && r < t->len && t->s[r] == '-' && (ue = match_at(t, r + 1, "fold", 0))) {
        q->kind = AD_QTY_MULTIPLE;
        r = ue;
    } else if ((ue = match_at(t, u, "fold", 0)) && !range) {
        q->kind = AD_QTY_MULTIPLE;
        r = ue;
    } else if (u == r && r < t->len && (t->s[r] == 'x' || t->s[r] == 'X') && !word_at(t, r + 1)) {
        q->kind = AD_QTY_MULTIPLE;
        r = r + 1;
    } else if (u > r && (ue = match_at(t, u, "times", 0))) {
        size_t c2 = skip_sp(t, ue);
        if (c2 > ue && match_list(t, c2, comparatives, NELEM(comparatives), 0)) {
            q->kind = AD_QTY_MULTIPLE;
            r = ue;
        }
    }
    if (q->kind == AD_QTY_NUMBER && alpha_at(t, r) && !has_s1)
        return 0; /* letters glued to the digits: "3D", "5G" */
    if (plus)
        q->flags |= AD_QTYF_PLUS;
    if (neg) {
        q->flags |= AD_QTYF_NEGATIVE;
        double lo = -q->high, hi = -q->value;
        q->value = range ? lo : -q->value;
        q->high = range ? hi : q->value;
    }
    if (q->kind == AD_QTY_NUMBER && !has_s1 && !neg && !n1.words && !n1.comma && n1.dec == 0 &&
        n1.intdigits == 4 && n1.mant >= 1800 && n1.mant <= 2100)
        q->flags |= AD_QTYF_YEAR;
    q->start = start;
    q->num_start = start;
    q->end = r;
    return 1;
}

/* A qualifier, "between", or nothing, then the quantity. */
static int parse_span(const txt *t, size_t p, unsigned mask, ad_quantity *q, size_t *skip)
{
    qctx ctx = {0, 0, 0};
    size_t row = 0;
    size_t e = (mask & TG_QUAL) ? MATCH_TBL(t, p, qualifiers, 0, &row) : 0;
    if (e) {
        size_t r = skip_sp(t, e);
        if (r > e || !alpha_at(t, e)) {
            ctx.from = prev_word_is(t, p, "from");
            ctx.by = prev_word_is(t, p, "by");
            size_t sk;
            int k = 0;
            size_t b = match_at(t, r, "between", 0);
            if (b) {
                qctx bc = {1, 0, 0};
                k = parse_core(t, skip_sp(t, b), bc, q, &sk);
            }
            if (k <= 0)
                k = parse_core(t, r, ctx, q, &sk);
            if (k > 0) {
                q->qualifier = ad_tbl_qualifiers[row][1];
                q->num_start = r;
                q->start = p;
                return 1;
            }
        }
    }
    e = match_at(t, p, "between", 0);
    if (e) {
        qctx bc = {1, 0, 0};
        int k = parse_core(t, skip_sp(t, e), bc, q, skip);
        if (k > 0) {
            q->start = p;
            return 1;
        }
    }
    ctx.from = prev_word_is(t, p, "from");
    ctx.by = prev_word_is(t, p, "by");
    return parse_core(t, p, ctx, q, skip);
}

/* "from 10 to 20 percent": the first number takes the second's unit. */
static void inherit_unit(const txt *t, ad_quantity *prev, const ad_quantity *cur)
{
    if (prev->kind != AD_QTY_NUMBER ||
        (cur->kind == AD_QTY_NUMBER && !(cur->flags & AD_QTYF_SCALED)))
        return;
    if (prev->flags & (AD_QTYF_SCALED | AD_QTYF_WORDS | AD_QTYF_RANGE))
        return;
    size_t m = match_at(t, skip_sp(t, prev->end), "to", 0);
    if (!m || skip_sp(t, m) != cur->start || !prev_word_is(t, prev->start, "from"))
        return;
    prev->kind = cur->kind;
    memcpy(prev->currency, cur->currency, 4);
    prev->family = cur->family;
    prev->unit = cur->unit;
    if (cur->flags & AD_QTYF_SCALED) {
        prev->value *= cur->scale;
        prev->high *= cur->scale;
        prev->scale = cur->scale;
        prev->flags |= AD_QTYF_SCALED;
    }
    if (cur->flags & AD_QTYF_BASIS_POINTS) {
        prev->value /= 100;
        prev->high /= 100;
        prev->flags |= AD_QTYF_BASIS_POINTS;
    }
    prev->flags = (prev->flags & ~(unsigned)AD_QTYF_YEAR) | AD_QTYF_INHERITED;
}

static void *grow(ad_arena *a, void *old, size_t keep, size_t elem, size_t *cap)
{
    size_t nc = *cap ? *cap * 2 : 16;
    void *p = ad_arena_alloc(a, nc * elem);
    if (!p)
        return NULL;
    if (keep)
        memcpy(p, old, keep * elem);
    *cap = nc;
    return p;
}

/* The first words of a scanner's phrases, bucketed by first letter, so
 * that the test "can anything start with this word?" looks at a handful of
 * entries. Built on the stack at the start of each scan (a few hundred
 * steps, the cost of a few words) because tables are static const and no
 * global state may be mutated. */
#define TRIG_MAX 512

typedef struct trig {
    uint16_t first[27]; /* bucket b holds entries first[b] .. first[b+1]-1 */
    const char *w[TRIG_MAX];
    uint8_t len[TRIG_MAX];
    uint8_t mask[TRIG_MAX]; /* TG_* of the table the word came from */
    size_t n;
    const char *tw[TRIG_MAX]; /* unsorted input */
    uint8_t tl[TRIG_MAX];
    uint8_t tm[TRIG_MAX];
} trig;

static void trig_add(trig *tg, const char *const *rows, size_t stride, size_t n, unsigned mask)
{
    for (size_t i = 0; i < n && tg->n < TRIG_MAX; i++) {
        const char *f = rows[i * stride];
        int c = lc((unsigned char)f[0]);
        if (c < 'a' || c > 'z')
            continue;
        size_t l = 0;
        while (f[l] && f[l] != ' ' && f[l] != '-' && f[l] != '/' && f[l] != '.' && l < 255)
            l++;
        tg->tw[tg->n] = f;
        tg->tl[tg->n] = (uint8_t)l;
        tg->tm[tg->n] = (uint8_t)mask;
        tg->n++;
    }
}

#define TRIG_ADD(tg, name, mask)                                                                   \
    trig_add((tg), &ad_tbl_##name[0][0], sizeof(ad_tbl_##name[0]) / sizeof(char *),                \
             ad_tbl_##name##_len, (mask))

/* Counting sort of the added words into letter buckets. */
static void trig_done(trig *tg)
{
    uint16_t count[27] = {0};
    for (size_t i = 0; i < tg->n; i++)
        count[lc((unsigned char)tg->tw[i][0]) - 'a' + 1]++;
    tg->first[0] = 0;
    for (int b = 1; b < 27; b++)
        tg->first[b] = (uint16_t)(tg->first[b - 1] + count[b]);
    uint16_t at[26];
    memcpy(at, tg->first, sizeof at);
    for (size_t i = 0; i < tg->n; i++) {
        int b = lc((unsigned char)tg->tw[i][0]) - 'a';
        tg->w[at[b]] = tg->tw[i];
        tg->len[at[b]] = tg->tl[i];
        tg->mask[at[b]] = tg->tm[i];
        at[b]++;
    }
}

/* The TG_* mask of the tables whose phrases can start with w[0..wl). */
static unsigned trig_has(const trig *tg, const char *w, size_t wl)
{
    int b = lc((unsigned char)w[0]) - 'a';
    unsigned m = 0;
    if (b < 0 || b >= 26)
        return 0;
    for (size_t i = tg->first[b]; i < (b == 25 ? tg->n : tg->first[b + 1]); i++)
        if (tg->len[i] == wl && ad_text_ncasecmp(tg->w[i], w, wl) == 0)
            m |= tg->mask[i];
    return m;
}

static const char *const qty_extra[][1] = {{"a"}, {"an"}, {"half"}, {"between"}, {"minus"}};
static const char *const period_extra[][1] = {{"the"},      {"year"},  {"so"},      {"fiscal"},
                                              {"between"},  {"last"},  {"this"},    {"next"},
                                              {"previous"}, {"prior"}, {"current"}, {"end"}};

static void qty_trig(trig *tg)
{
    tg->n = 0;
    trig_add(tg, &qty_extra[0][0], 1, NELEM(qty_extra), TG_OTHER);
    TRIG_ADD(tg, number_words, TG_OTHER);
    TRIG_ADD(tg, qualifiers, TG_QUAL);
    TRIG_ADD(tg, multiples, TG_OTHER);
    trig_done(tg);
}

static void period_trig(trig *tg)
{
    tg->n = 0;
    trig_add(tg, &period_extra[0][0], 1, NELEM(period_extra), TG_OTHER);
    TRIG_ADD(tg, ordinals, TG_OTHER);
    TRIG_ADD(tg, change_basis, TG_OTHER);
    trig_done(tg);
}

/* The trigger index an output keeps between calls, built on first use in
 * the output's arena; NULL when out of memory. */
static const trig *trigger_index(ad_arena *a, const void **slot, void (*build)(trig *))
{
    if (!*slot) {
        trig *nt = ad_arena_alloc(a, sizeof(*nt));
        if (!nt)
            return NULL;
        build(nt);
        *slot = nt;
    }
    return *slot;
}

/* A cheap test of whether a quantity can start at word start p, so that
 * most words cost one table probe instead of the whole grammar. */
static unsigned qty_could_start(const txt *t, size_t p, const trig *tg)
{
    unsigned char c = (unsigned char)t->s[p];
    if (c >= '0' && c <= '9')
        return TG_OTHER;
    if (c >= 0x80)
        return word_at(t, p) ? 0 : TG_OTHER; /* currency symbols, the minus sign */
    if (!alpha_at(t, p))
        return c == '$' || c == '-' || c == '+' ? TG_OTHER : 0;
    size_t e = alpha_end(t, p);
    unsigned m = 0;
    if (e < t->len && ((unsigned char)t->s[e] >= 0x80 || t->s[e] == '$'))
        m = TG_OTHER; /* "US$", "CN¥" */
    if (c >= 'A' && c <= 'Z' && e - p <= 4)
        m = TG_OTHER; /* "RMB", "USD", "Rs" */
    if (word_at(t, e))
        return m;
    if (e - p > 4 && ad_text_ncasecmp(t->s + e - 4, "fold", 4) == 0)
        m |= TG_OTHER;
    return m | trig_has(tg, t->s + p, e - p);
}

/* The same for periods and change bases. */
static int period_could_start(const txt *t, size_t p, const trig *tg)
{
    unsigned char c = (unsigned char)t->s[p];
    if (c >= '0' && c <= '9')
        return 1;
    if (!alpha_at(t, p))
        return 0;
    if (c >= 'A' && c <= 'Z')
        return 1; /* months, "Q3", "H1", "FY", "YTD", "The" */
    size_t e = alpha_end(t, p);
    return trig_has(tg, t->s + p, e - p);
}

/* Advances past the word (or the single character) at p. */
static size_t next_start(const txt *t, size_t p)
{
    size_t n;
    while (p < t->len && (unsigned char)t->s[p] < 0x80 && wordc_cp((unsigned char)t->s[p]) &&
           p + 1 < t->len && (unsigned char)t->s[p + 1] < 0x80 &&
           wordc_cp((unsigned char)t->s[p + 1]))
        p++;
    if (word_at(t, p)) {
        while (p < t->len && word_at(t, p)) {
            ad_text_decode(t->s + p, t->len - p, &n);
            p += n;
        }
        return p;
    }
    ad_text_decode(t->s + p, t->len - p, &n);
    return p + n;
}

ad_status ad_qty_scan(const char *s, size_t len, ad_arena *a, ad_quantities *out, char *err,
                      size_t errlen)
{
    if (!out || !a || (!s && len))
        return ad_fail(err, errlen, AD_ERR_USAGE, "quantity scan needs text, arena and output");
    out->n = 0;
    txt t = {s, len};
    const trig *tg = trigger_index(a, &out->index, qty_trig);
    if (!tg)
        return ad_fail(err, errlen, AD_ERR_NOMEM, "out of memory for the quantity index");
    size_t p = 0;
    while (p < len) {
        if (word_before(&t, p) && word_at(&t, p)) {
            p = next_start(&t, p);
            continue;
        }
        unsigned mask = qty_could_start(&t, p, tg);
        if (!mask) {
            p = next_start(&t, p);
            continue;
        }
        ad_quantity q;
        size_t skip = 0;
        int k = parse_span(&t, p, mask, &q, &skip);
        if (k > 0) {
            if (out->n >= AD_QTY_MAX)
                return ad_fail(err, errlen, AD_ERR_TOOBIG, "more than %d quantities", AD_QTY_MAX);
            if (out->n >= out->cap) {
                ad_quantity *v = grow(a, out->v, out->n, sizeof(*v), &out->cap);
                if (!v) {
                    out->n = 0;
                    return ad_fail(err, errlen, AD_ERR_NOMEM, "out of memory for quantities");
                }
                out->v = v;
            }
            if (out->n)
                inherit_unit(&t, &out->v[out->n - 1], &q);
            out->v[out->n++] = q;
            p = q.end > p ? q.end : next_start(&t, p);
        } else if (k < 0 && skip > p) {
            p = skip;
        } else {
            p = next_start(&t, p);
        }
    }
    return AD_OK;
}

const char *ad_qty_kind_name(ad_qty_kind k)
{
    switch (k) {
    case AD_QTY_NUMBER:
        return "number";
    case AD_QTY_MONEY:
        return "money";
    case AD_QTY_PERCENT:
        return "percent";
    case AD_QTY_POINTS:
        return "points";
    case AD_QTY_FRACTION:
        return "fraction";
    case AD_QTY_MULTIPLE:
        return "multiple";
    case AD_QTY_MEASURE:
        return "measure";
    }
    return "unknown";
}

/* ---- change basis -------------------------------------------------------- */

const char *ad_qty_find_basis(const char *s, size_t len, size_t *start, size_t *end)
{
    txt t = {s, len};
    size_t p = 0;
    while (p < len) {
        if (!word_before(&t, p)) {
            size_t row;
            size_t e = MATCH_TBL(&t, p, change_basis, M_HYPHEN, &row);
            if (e) {
                if (start)
                    *start = p;
                if (end)
                    *end = e;
                return ad_tbl_change_basis[row][1];
            }
        }
        p = next_start(&t, p);
    }
    return NULL;
}

/* ---- periods ------------------------------------------------------------- */

typedef struct ymd {
    int y, m, d;
} ymd;

static int leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int mdays(int y, int m)
{
    static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : d[m - 1];
}

static int parse_anchor(const char *a, ymd *out)
{
    if (!a)
        return 0;
    for (int i = 0; i < 10; i++) {
        char c = a[i];
        if (i == 4 || i == 7) {
            if (c != '-')
                return 0;
        } else if (c < '0' || c > '9') {
            return 0;
        }
    }
    out->y = (a[0] - '0') * 1000 + (a[1] - '0') * 100 + (a[2] - '0') * 10 + (a[3] - '0');
    out->m = (a[5] - '0') * 10 + (a[6] - '0');
    out->d = (a[8] - '0') * 10 + (a[9] - '0');
    return out->m >= 1 && out->m <= 12 && out->d >= 1 && out->d <= mdays(out->y, out->m);
}

/* Days since 1970-01-01 of a civil date, and back (proleptic Gregorian;
 * H. Hinnant's algorithms), for spans counted in days and weeks. */
static long days_of(ymd a)
{
    long y = a.y - (a.m <= 2);
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (a.m + (a.m > 2 ? -3 : 9)) + 2) / 5 + a.d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static ymd ymd_of(long z)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    int d = (int)(doy - (153 * mp + 2) / 5 + 1);
    int m = (int)(mp < 10 ? mp + 3 : mp - 9);
    return (ymd){(int)(yoe + era * 400 + (m <= 2)), m, d};
}

static int ymd_cmp(ymd a, ymd b)
{
    if (a.y != b.y)
        return a.y < b.y ? -1 : 1;
    if (a.m != b.m)
        return a.m < b.m ? -1 : 1;
    return a.d < b.d ? -1 : a.d > b.d;
}

/* How the year of a period was given. */
/* Y_THE: "of the year", the year the report is about: the anchor's unless
 * the period would lie ahead of it, as for a period named with no year. */
enum { Y_NONE = 0, Y_EXPLICIT, Y_THIS, Y_LAST, Y_NEXT, Y_THE };

typedef struct pspan {
    ad_qty_period_kind kind;
    size_t start, end;
    int m1, m2;   /* month range, 1..12 */
    int d1, d2;   /* day range; 0 means whole months */
    int ymode;    /* Y_* */
    int year;     /* for Y_EXPLICIT */
    int year2;    /* last year of a year range, or 0 */
    int relmonth; /* "last month" (-1), "this month" (0); 99 when unused */
    int relq;     /* "last quarter" (-1), "this quarter" (0); 99 when unused */
    int todate;
    int back_n;     /* "the three months to September": the span's length ... */
    char back_unit; /* ... in 'm'onths, 'w'eeks or 'd'ays, ending with the period */
    int bare;       /* a month used as a modifier with no owner, or "last week" (see
                     * ad_qty_period) */
    int lastweek;   /* "last week": Monday to Sunday of the week before the anchor's */
    int fiscal_rel; /* a fiscal year named by its place: 1 the current, 2 the last */
} pspan;

/* A four-digit year 1800..2100 standing alone at p; returns its end. */
static size_t year_at(const txt *t, size_t p, int *y)
{
    if (!digit_at(t, p) || word_before(t, p) || !digit_at(t, p + 3) || digit_at(t, p + 4))
        return 0;
    /* The year of a reference number ("question E-002614/2033", "Law
     * 123/2033") dates the document, not a period; a month's "12/2033" is
     * one or two digits. */
    if (p >= 4 && t->s[p - 1] == '/' && digit_at(t, p - 2) && digit_at(t, p - 3) &&
        digit_at(t, p - 4)) {
        /* Not the second year of a split year ("the 2023/2024 season"). */
        size_t d = p - 1;
        while (d > 0 && digit_at(t, d - 1))
            d--;
        /* Only a run of exactly four digits is read: a longer one is no
         * year and would overflow. */
        if (p - 1 - d != 4)
            return 0;
        int y0 = 0;
        for (size_t k = d; k < p - 1; k++)
            y0 = y0 * 10 + (t->s[k] - '0');
        if (y0 < 1800 || y0 > 2100)
            return 0;
    }
    for (int k = 0; k < 4; k++)
        if (!digit_at(t, p + k))
            return 0;
    int v = (t->s[p] - '0') * 1000 + (t->s[p + 1] - '0') * 100 + (t->s[p + 2] - '0') * 10 +
            (t->s[p + 3] - '0');
    if (v < 1800 || v > 2100)
        return 0;
    size_t e = p + 4;
    if (word_at(t, e))
        return 0;
    if (e < t->len && (t->s[e] == ',' && digit_at(t, e + 1)))
        return 0;
    if (e < t->len && t->s[e] == '.' && digit_at(t, e + 1))
        return 0;
    if (e < t->len && t->s[e] == '%')
        return 0;
    *y = v;
    return e;
}

/* A month name with a capital letter at p ("September", "Sept.", "Jan"). */
static size_t month_at(const txt *t, size_t p, int *m)
{
    if (p >= t->len || t->s[p] < 'A' || t->s[p] > 'Z' || word_before(t, p))
        return 0;
    size_t row;
    size_t e = MATCH_TBL(t, p, months, 0, &row);
    if (!e || word_at(t, e))
        return 0;
    *m = (int)strtol(ad_tbl_months[row][1], NULL, 10);
    if (e - p <= 4 && e < t->len && t->s[e] == '.')
        e++;
    return e;
}

/* An ordinal 1..4 at p ("third", "3rd"). */
static size_t ordinal_at(const txt *t, size_t p, int *v)
{
    size_t row;
    size_t e = MATCH_TBL(t, p, ordinals, 0, &row);
    if (!e)
        return 0;
    *v = (int)strtol(ad_tbl_ordinals[row][1], NULL, 10);
    return e;
}

/* The year after a period: " 2025", " of 2025", " of this year", " last
 * year", " of the year" (the anchor's year, as "this year"). */
static size_t year_suffix(const txt *t, size_t p, pspan *ps)
{
    size_t q = skip_sp(t, p);
    if (q < t->len && t->s[q] == ',')
        q = skip_sp(t, q + 1);
    size_t of = match_at(t, q, "of", 0);
    if (!of)
        of = match_at(t, q, "in", 0);
    size_t r = of ? skip_sp(t, of) : q;
    if (r == p)
        return p;
    int y;
    size_t e = year_at(t, r, &y);
    if (e) {
        ps->ymode = Y_EXPLICIT;
        ps->year = y;
        return e;
    }
    static const struct {
        const char *w;
        int mode;
    } rel[] = {
        {"this year", Y_THIS},     {"the year", Y_THE},           {"the current year", Y_THIS},
        {"last year", Y_LAST},     {"the previous year", Y_LAST}, {"the prior year", Y_LAST},
        {"the past year", Y_LAST}, {"next year", Y_NEXT},         {"the same year", Y_NONE}};
    for (size_t i = 0; i < NELEM(rel); i++) {
        /* "last year" may follow directly ("September last year"); "the
         * year" needs "of" ("the first half of the year"). */
        if (!of && rel[i].w[0] == 't' && rel[i].w[1] == 'h' && rel[i].w[2] == 'e')
            continue;
        e = match_at(t, r, rel[i].w, 0);
        if (e) {
            if (rel[i].mode == Y_NONE)
                return p;
            ps->ymode = rel[i].mode;
            return e;
        }
    }
    return p;
}

/* A whole count 1..max at p, in digits or words ("nine", "9", "10"): its
 * end, or 0. */
static size_t count_at(const txt *t, size_t p, int max, int *v)
{
    num n;
    int ok = digit_at(t, p) ? parse_digits(t, p, &n) && !n.dec && !n.comma : parse_words(t, p, &n);
    if (!ok || n.mant < 1 || n.mant > max || n.mant != floor(n.mant))
        return 0;
    *v = (int)n.mant;
    return n.end;
}

static void pspan_init(pspan *ps, size_t p)
{
    memset(ps, 0, sizeof(*ps));
    ps->start = p;
    ps->relmonth = 99;
    ps->relq = 99;
}

/* Month ranges "January-September", "January to September", "between
 * January and September". Returns the end, or 0. */
static size_t month_range(const txt *t, size_t p, pspan *ps, int between)
{
    int m1, m2;
    int by_and = 0;
    size_t e = month_at(t, p, &m1);
    if (!e)
        return 0;
    /* "between October 2026 and April 2027": a year after the first month,
     * which the second's must then follow. */
    int y1 = 0;
    size_t ye = year_at(t, skip_sp(t, e), &y1);
    if (ye)
        e = ye;
    size_t c = 0;
    size_t n;
    long ch = e < t->len ? ad_text_decode(t->s + e, t->len - e, &n) : 0;
    size_t sp = skip_sp(t, e);
    long ch2 = sp < t->len ? ad_text_decode(t->s + sp, t->len - sp, &n) : 0;
    if (ch == '-' || ch == '/')
        c = e + 1;
    else if (ch2 == 0x2013 || ch2 == 0x2014)
        c = sp + n;
    else if (sp > e) {
        c = match_at(t, sp, "to", 0);
        if (!c)
            c = match_at(t, sp, "through", 0);
        if (!c && (c = match_at(t, sp, "and", 0)))
            by_and = 1;
        if (!c)
            c = match_at(t, sp, "-", 0);
    }
    if (!c)
        return 0;
    size_t e2 = month_at(t, skip_sp(t, c), &m2);
    /* A range may cross a year end ("October-April", "between September and
     * April"); two months joined by a bare "and" are a range only in order
     * ("in March and April", not "in September and April"). */
    if (!e2 || m2 == m1 || (m2 < m1 && by_and && !between))
        return 0;
    int y2;
    if (ye && !(year_at(t, skip_sp(t, e2), &y2) && y2 == y1 + (m2 < m1)))
        return 0;
    ps->kind = AD_PER_MONTHS;
    ps->m1 = m1;
    ps->m2 = m2;
    return e2;
}

/* A year written with two or four digits ("25", "2025"): two digits are
 * taken in 1970..2069. */
static int full_year(const char *s, size_t n)
{
    int y = 0;
    for (size_t i = 0; i < n; i++)
        y = y * 10 + (s[i] - '0');
    return n == 2 ? (y >= 70 ? 1900 + y : 2000 + y) : y;
}

static size_t parse_period(const txt *t, size_t p, pspan *ps);

/* A day of the month written at p, 1..31, not a time ("9:30") nor part of
 * a word: its end, with the number in *d, or 0. */
static size_t day_at(const txt *t, size_t p, num *d)
{
    if (!digit_at(t, p) || !parse_digits(t, p, d) || d->dec || d->comma || d->intdigits > 2 ||
        d->mant < 1 || d->mant > 31 || alpha_at(t, d->end) ||
        (d->end < t->len && t->s[d->end] == ':'))
        return 0;
    return d->end;
}

/* The end of a second date after a first, month ps->m1 day ps->d1, that
 * opened at p and ends at de: "to", "through", "until" or a dash, or "and"
 * after "between", then a later month and day of the same year ("July 1 to
 * Sept. 15"). Sets ps->m2 and ps->d2; 0 when there is none. */
static size_t day_span_end(const txt *t, size_t p, size_t de, pspan *ps)
{
    size_t sp = skip_sp(t, de), c = 0, n;
    if (sp == de)
        return 0;
    long ch = sp < t->len ? ad_text_decode(t->s + sp, t->len - sp, &n) : 0;
    if (ch == '-' || ch == 0x2013 || ch == 0x2014)
        c = sp + n;
    else if (!(c = match_at(t, sp, "to", 0)) && !(c = match_at(t, sp, "through", 0)) &&
             !(c = match_at(t, sp, "until", 0)) &&
             !(prev_word_is(t, p, "between") && (c = match_at(t, sp, "and", 0))))
        return 0;
    int m2;
    size_t r = skip_sp(t, c), e2 = month_at(t, r, &m2);
    size_t ds = e2 ? skip_sp(t, e2) : 0;
    num d;
    if (!e2 || ds == e2 || !day_at(t, ds, &d))
        return 0;
    if (m2 < ps->m1 || (m2 == ps->m1 && (int)d.mant <= ps->d1))
        return 0;
    ps->m2 = m2;
    ps->d2 = (int)d.mant;
    return d.end;
}

/* After "the": a span that ends with a month or a day ("three months to
 * September", "four weeks to Nov. 9", "year to June", "12 months ended March
 * 2025"). The end period is parsed by parse_period, never itself opening
 * with "the", so the nesting stops there. */
static size_t back_span(const txt *t, size_t q, pspan *ps)
{
    static const struct {
        const char *w;
        char unit;
    } units[] = {{"months", 'm'}, {"month", 'm'}, {"quarters", 'q'}, {"quarter", 'q'},
                 {"weeks", 'w'},  {"week", 'w'},  {"days", 'd'},     {"day", 'd'}};
    static const char *const links[] = {"to",     "ended in", "ended", "ending in",
                                        "ending", "through",  "until"};
    int n = 1;
    char unit = 0;
    /* "the (fiscal|financial) year ended March 2025": twelve months. */
    size_t fy = match_at(t, q, "fiscal", 0);
    if (!fy)
        fy = match_at(t, q, "financial", 0);
    size_t k = match_at(t, fy ? skip_sp(t, fy) : q, "year", 0);
    if (k) {
        n = 12, unit = 'm';
    } else {
        size_t c = count_at(t, q, 400, &n);
        size_t r = c ? skip_sp(t, c) : q;
        if (c && r == c)
            return 0;
        for (size_t i = 0; i < NELEM(units) && !unit; i++)
            if ((k = match_at(t, r, units[i].w, 0)))
                unit = units[i].unit;
        if (!unit)
            return 0;
        if (unit == 'q') /* "the four quarters to June": twelve months */
            n *= 3, unit = 'm';
    }
    size_t r = skip_sp(t, k);
    /* "the fiscal year that ended in June 2033": a relative pronoun first. */
    static const char *const rel[] = {"that", "which"};
    size_t rp = r > k ? match_list(t, r, rel, NELEM(rel), 0) : 0;
    if (rp && skip_sp(t, rp) > rp)
        r = skip_sp(t, rp);
    size_t l = r > k ? match_list(t, r, links, NELEM(links), 0) : 0;
    size_t ip = l ? skip_sp(t, l) : 0;
    /* "the 12 months to the end of June": the month is the end. */
    size_t eo = ip > l ? match_at(t, ip, "the end of", 0) : 0;
    if (eo && skip_sp(t, eo) > eo)
        ip = skip_sp(t, eo);
    if (!l || ip == l || match_at(t, ip, "the", 0))
        return 0;
    pspan in;
    size_t ie = parse_period(t, ip, &in);
    if (!ie || (in.kind != AD_PER_MONTH && in.kind != AD_PER_DAY) || in.relmonth != 99)
        return 0;
    size_t start = ps->start;
    *ps = in;
    ps->start = start;
    ps->kind = unit == 'm' ? AD_PER_MONTHS : AD_PER_DAY;
    ps->back_n = n;
    ps->back_unit = unit;
    return ie;
}

/* Parses a period at p; fills *ps (start may move back over "the"). */
static size_t parse_period(const txt *t, size_t p, pspan *ps)
{
    pspan_init(ps, p);
    size_t q = p, e;
    int v, y;
    size_t the = match_at(t, p, "the", 0);
    if (the)
        q = skip_sp(t, the);

    /* Year to date. */
    static const char *const ytd[] = {"year-to-date", "year to date", "so far this year", "YTD"};
    if (!the && (e = match_list(t, p, ytd, NELEM(ytd), 0))) {
        /* "year-to-date through October": January to that month. */
        size_t r = skip_sp(t, e), k = match_at(t, r, "through", 0);
        int m;
        if (!k)
            k = match_at(t, r, "to", 0);
        size_t me = k ? month_at(t, skip_sp(t, k), &m) : 0;
        if (me) {
            ps->kind = AD_PER_MONTHS;
            ps->m1 = 1;
            ps->m2 = m;
            return year_suffix(t, me, ps);
        }
        ps->kind = AD_PER_TO_DATE;
        ps->todate = 1;
        ps->ymode = Y_THIS;
        return e;
    }
    /* Fiscal years: dates depend on the reporter's calendar. */
    static const char *const fiscal[] = {"fiscal year", "fiscal", "FY"};
    for (size_t i = 0; !the && i < NELEM(fiscal); i++) {
        e = match_at(t, p, fiscal[i], i == 2 ? M_CASE | M_DIGIT_AFTER : 0);
        if (e) {
            size_t r = skip_sp(t, e);
            if (digit_at(t, r) && (r > e || i == 2)) {
                size_t d = r;
                while (digit_at(t, d))
                    d++;
                if ((d - r == 4 || d - r == 2) && !word_at(t, d)) {
                    ps->year = full_year(t->s + r, d - r);
                    /* "fiscal 2024-25", "FY2024/25" */
                    if (d < t->len && (t->s[d] == '-' || t->s[d] == '/') && digit_at(t, d + 1)) {
                        size_t d2 = d + 1;
                        while (digit_at(t, d2))
                            d2++;
                        if ((d2 - d - 1 == 2 || d2 - d - 1 == 4) && !word_at(t, d2)) {
                            ps->year2 = full_year(t->s + d + 1, d2 - d - 1);
                            d = d2;
                        }
                    }
                    ps->kind = AD_PER_FISCAL;
                    return d;
                }
            }
        }
    }
    if (the && (e = back_span(t, q, ps)))
        return e;
    /* Ordinal quarters and halves: "the third quarter", "first-half". */
    if ((e = ordinal_at(t, q, &v))) {
        size_t r = (e < t->len && t->s[e] == '-') ? e + 1 : skip_sp(t, e);
        size_t k;
        if (r > e && (k = match_at(t, r, "quarter", 0))) {
            ps->kind = AD_PER_QUARTER;
            ps->m1 = 3 * v - 2;
            ps->m2 = 3 * v;
            return year_suffix(t, k, ps);
        }
        if (r > e && v <= 2 && (k = match_at(t, r, "half", 0))) {
            ps->kind = AD_PER_HALF;
            ps->m1 = 6 * v - 5;
            ps->m2 = 6 * v;
            return year_suffix(t, k, ps);
        }
        /* "the first 10 days of November" */
        int nd;
        if (v == 1 && r > e && (k = count_at(t, r, 31, &nd))) {
            size_t dy = match_at(t, skip_sp(t, k), "days", 0);
            size_t of = dy ? match_at(t, skip_sp(t, dy), "of", 0) : 0;
            int mo;
            size_t me = of ? month_at(t, skip_sp(t, of), &mo) : 0;
            if (me) {
                ps->kind = AD_PER_DAY;
                ps->m1 = ps->m2 = mo;
                ps->d1 = 1;
                ps->d2 = nd;
                return year_suffix(t, me, ps);
            }
        }
        /* "the first nine months", "the first three quarters" */
        if (v == 1 && r > e && (k = count_at(t, r, 12, &v))) {
            size_t mo = match_at(t, skip_sp(t, k), "months", 0);
            size_t qs = mo || v > 4 ? 0 : match_at(t, skip_sp(t, k), "quarters", 0);
            if ((mo || qs) && skip_sp(t, k) > k) {
                ps->kind = AD_PER_MONTHS;
                ps->m1 = 1;
                ps->m2 = mo ? v : 3 * v;
                return year_suffix(t, mo ? mo : qs, ps);
            }
        }
    }
    /* "the June quarter" (Australia, New Zealand): the quarter that month
     * ends. */
    if (the) {
        int mo;
        size_t me = month_at(t, q, &mo);
        size_t k = me ? match_at(t, skip_sp(t, me), "quarter", 0) : 0;
        if (k && mo % 3 == 0) {
            ps->kind = AD_PER_QUARTER;
            ps->m1 = mo - 2;
            ps->m2 = mo;
            return year_suffix(t, k, ps);
        }
    }
    /* "the July-September quarter" and plain month ranges. */
    if ((e = month_range(t, q, ps, 0))) {
        size_t k = match_at(t, skip_sp(t, e), "quarter", 0);
        if (k) {
            ps->kind = AD_PER_QUARTER;
            e = k;
        }
        return year_suffix(t, e, ps);
    }
    if (!the && (e = match_at(t, p, "between", 0))) {
        size_t k = month_range(t, skip_sp(t, e), ps, 1);
        if (k)
            return year_suffix(t, k, ps);
    }
    /* "Q3", "Q3 2025", "H1 2025", "1Q25" is left out. */
    if (!the && p + 2 <= t->len && (t->s[p] == 'Q' || t->s[p] == 'H') && digit_at(t, p + 1) &&
        !word_at(t, p + 2) && !word_before(t, p)) {
        int d = t->s[p + 1] - '0';
        if (t->s[p] == 'Q' && d >= 1 && d <= 4) {
            ps->kind = AD_PER_QUARTER;
            ps->m1 = 3 * d - 2;
            ps->m2 = 3 * d;
            return year_suffix(t, p + 2, ps);
        }
        if (t->s[p] == 'H' && d >= 1 && d <= 2) {
            ps->kind = AD_PER_HALF;
            ps->m1 = 6 * d - 5;
            ps->m2 = 6 * d;
            return year_suffix(t, p + 2, ps);
        }
    }
    /* Relative: "last year", "the previous month", "this quarter". */
    /* "the last year" and "the past year" are trailing twelve months, not
     * calendar periods, so "last" and "this" go bare and "previous" and
     * "prior" take "the". the: 0 bare only, 1 with "the" only, 2 either. */
    static const struct {
        const char *w;
        int rel;
        int the;
    } rels[] = {{"last", -1, 0},     {"this", 0, 0},   {"next", 1, 0},
                {"previous", -1, 1}, {"prior", -1, 1}, {"current", 0, 2}};
    for (size_t i = 0; i < NELEM(rels); i++) {
        if (rels[i].the != 2 && rels[i].the != (the != 0))
            continue;
        if (!(e = match_at(t, q, rels[i].w, 0)))
            continue;
        size_t r = skip_sp(t, e);
        size_t k;
        if ((k = match_at(t, r, "year", 0))) {
            ps->kind = AD_PER_YEAR;
            ps->ymode = rels[i].rel < 0 ? Y_LAST : rels[i].rel > 0 ? Y_NEXT : Y_THIS;
            return k;
        }
        if ((k = match_at(t, r, "month", 0))) {
            ps->kind = AD_PER_MONTH;
            ps->relmonth = rels[i].rel;
            return k;
        }
        if ((k = match_at(t, r, "quarter", 0))) {
            ps->kind = AD_PER_QUARTER;
            ps->relq = rels[i].rel;
            return k;
        }
        /* "last fiscal year", "the current fiscal year", India's "last
         * fiscal": the reporter's calendar gives the dates. */
        if (rels[i].rel <= 0 &&
            ((k = match_at(t, r, "fiscal", 0)) || (k = match_at(t, r, "financial", 0)))) {
            size_t ye = match_at(t, skip_sp(t, k), "year", 0);
            if (ye || (t->s[r] == 'f' && !word_at(t, skip_sp(t, k)))) {
                ps->kind = AD_PER_FISCAL;
                ps->fiscal_rel = rels[i].rel < 0 ? 2 : 1;
                return ye ? ye : k;
            }
        }
        if (!the && rels[i].rel == -1 && rels[i].the == 0 && (k = match_at(t, r, "week", 0))) {
            ps->kind = AD_PER_DAY;
            ps->lastweek = 1;
            ps->bare = 1; /* also the time of a report: "said last week" */
            return k;
        }
        int m;
        if (!the && (k = month_at(t, r, &m))) {
            /* "last September": the latest September before the anchor's month. */
            ps->kind = AD_PER_MONTH;
            ps->m1 = ps->m2 = m;
            ps->ymode = rels[i].rel < 0 ? Y_NONE : rels[i].rel > 0 ? Y_NEXT : Y_THIS;
            ps->relmonth = rels[i].rel < 0 ? 100 : 99;
            return k;
        }
    }
    int m;
    /* "the March month", as New Zealand's statistics name a month. */
    if (the && (e = month_at(t, q, &m))) {
        size_t k = match_at(t, skip_sp(t, e), "month", 0);
        if (k) {
            ps->kind = AD_PER_MONTH;
            ps->m1 = ps->m2 = m;
            return year_suffix(t, k, ps);
        }
    }
    if (the)
        return 0;
    /* "at end-April": the year's total up to then. */
    if ((e = match_at(t, p, "end-", 0)) && (e = month_at(t, e, &m))) {
        ps->kind = AD_PER_MONTHS;
        ps->m1 = 1;
        ps->m2 = m;
        return year_suffix(t, e, ps);
    }
    /* Months: "September 29, 2025", "September 2025", "in September". */
    if ((e = month_at(t, p, &m))) {
        ps->m1 = ps->m2 = m;
        size_t r = skip_sp(t, e);
        num d;
        if (r > e && day_at(t, r, &d)) {
            size_t de = d.end;
            ps->kind = AD_PER_DAY;
            ps->d1 = ps->d2 = (int)d.mant;
            /* "Nov. 1-10", "Nov. 1–10": a range of days. */
            size_t dash = de < t->len && t->s[de] == '-'                              ? 1
                          : de + 3 <= t->len && !memcmp(t->s + de, "\xe2\x80\x93", 3) ? 3
                                                                                      : 0;
            num d2;
            if (dash && digit_at(t, de + dash) && parse_digits(t, de + dash, &d2) && !d2.dec &&
                !d2.comma && d2.intdigits <= 2 && d2.mant > d.mant && d2.mant <= 31 &&
                !alpha_at(t, d2.end)) {
                ps->d2 = (int)d2.mant;
                de = d2.end;
            }
            /* "from July 1 to Sept. 15", "between July 1 and Sept. 15": a
             * span of days across months, in order. */
            size_t to_day = ps->d2 == ps->d1 ? day_span_end(t, p, de, ps) : 0;
            if (to_day)
                de = to_day;
            size_t ye = de;
            if (de < t->len && t->s[de] == ',') {
                int yy;
                size_t yp = skip_sp(t, de + 1);
                size_t e3 = year_at(t, yp, &yy);
                if (e3) {
                    ps->ymode = Y_EXPLICIT;
                    ps->year = yy;
                    ye = e3;
                }
            } else {
                int yy;
                size_t e3 = year_at(t, skip_sp(t, de), &yy);
                if (e3 && skip_sp(t, de) > de) {
                    ps->ymode = Y_EXPLICIT;
                    ps->year = yy;
                    ye = e3;
                }
            }
            return ye;
        }
        ps->kind = AD_PER_MONTH;
        size_t ye = year_suffix(t, e, ps);
        if (ye > e)
            return ye;
        /* A bare month needs a preposition: "in May", not "May said". */
        static const char *const preps[] = {"in",    "during", "for",    "since", "through",
                                            "until", "by",     "of",     "from",  "early",
                                            "late",  "mid",    "before", "after", "between",
                                            "and",   "to",     "ended",  "ending"};
        for (size_t i = 0; i < NELEM(preps); i++)
            if (prev_word_is(t, p, preps[i]))
                return e;
        if (p >= 4 && ad_text_ncasecmp(t->s + p - 4, "mid-", 4) == 0)
            return e;
        /* ... or an owner: "China's August exports". */
        size_t b = p;
        while (b > 0 && t->s[b - 1] == ' ')
            b--;
        if (b < p && b >= 2 && t->s[b - 1] == 's' &&
            (t->s[b - 2] == '\'' || (b >= 4 && !memcmp(t->s + b - 4, "\xe2\x80\x99", 3))))
            return e;
        /* ... a plural owner: "the Philippines' January trade gap" ... */
        if (b < p && b >= 2 &&
            ((t->s[b - 1] == '\'' && t->s[b - 2] == 's') ||
             (b >= 4 && !memcmp(t->s + b - 3, "\xe2\x80\x99", 3) && t->s[b - 4] == 's')))
            return e;
        /* ... or the month's own figure, owned or after "the" ("its"), as a
         * revision names it ("September's exports were revised", "the
         * August deficit was revised up"): the caller keeps it only before
         * a trade word. */
        if ((e + 2 <= t->len && t->s[e] == '\'' && t->s[e + 1] == 's' && !alpha_at(t, e + 2)) ||
            (e + 4 <= t->len && !memcmp(t->s + e, "\xe2\x80\x99s", 4) && !alpha_at(t, e + 4)) ||
            ((prev_word_is(t, p, "the") || prev_word_is(t, p, "its") ||
              prev_word_is(t, p, "their")) &&
             e + 1 < t->len && t->s[e] == ' ' && t->s[e + 1] >= 'a' && t->s[e + 1] <= 'z')) {
            ps->bare = 1;
            return e;
        }
        /* ... or, bare, after a name and before a lower-case word, as wire
         * headlines write it ("Japan Jan exports +2.4% y/y"): the caller
         * keeps it only before a noun of its own. */
        if (b < p && b > 0 && alpha_at(t, b - 1) && e < t->len && t->s[e] == ' ' &&
            e + 1 < t->len && t->s[e + 1] >= 'a' && t->s[e + 1] <= 'z') {
            size_t w = b;
            while (w > 0 && alpha_at(t, w - 1))
                w--;
            if (t->s[w] >= 'A' && t->s[w] <= 'Z') {
                ps->bare = 1;
                return e;
            }
        }
        /* ... or, bare, opening a sentence or the item of a briefing
         * before a lower-case word ("October exports rose 4.1%", "China:
         * October exports ...", "• September imports ..."): kept, as above,
         * only before a noun of its own. */
        if (e + 1 < t->len && t->s[e] == ' ' && t->s[e + 1] >= 'a' && t->s[e + 1] <= 'z' &&
            (b == 0 || strchr(":;.!?", t->s[b - 1]) ||
             (b >= 3 && !memcmp(t->s + b - 3, "\xe2\x80\xa2", 3))) &&
            !subject_verb(t, e + 1)) {
            ps->bare = 1;
            return e;
        }
        return 0;
    }
    /* Years: "2024", "2020-2024", "2024-25". */
    if ((e = year_at(t, p, &y))) {
        size_t b = p;
        while (b > 0 && (t->s[b - 1] == ' '))
            b--;
        if (b > 0 && (t->s[b - 1] == '$' || ((unsigned char)t->s[b - 1] & 0x80)))
            return 0; /* "$2025", "€2025": money, not years */
        size_t r = skip_sp(t, e);
        if (word_scale_at(t, r) || match_list(t, r, percent_forms, NELEM(percent_forms), 0))
            return 0;
        ps->kind = AD_PER_YEAR;
        ps->ymode = Y_EXPLICIT;
        ps->year = y;
        if (e < t->len && (t->s[e] == '-' || t->s[e] == '/')) {
            int y2;
            size_t e2 = year_at(t, e + 1, &y2);
            if (e2 && y2 > y) {
                ps->year2 = y2;
                return e2;
            }
            if (digit_at(t, e + 1) && digit_at(t, e + 2) && !word_at(t, e + 3)) {
                y2 = y / 100 * 100 + (t->s[e + 1] - '0') * 10 + (t->s[e + 2] - '0');
                if (y2 > y) {
                    ps->year2 = y2;
                    return e + 3;
                }
            }
        }
        return e;
    }
    return 0;
}

static char *fmt_date(ad_arena *a, int y, int m, int d)
{
    return ad_arena_printf(a, "%04d-%02d-%02d", y, m, d);
}

/* Resolves a parsed period to dates. Returns 0 when the dates stay NULL. */
static int resolve_plain(const pspan *ps, int have_anchor, ymd an, ymd *from, ymd *to)
{
    if (ps->kind == AD_PER_FISCAL)
        return 0;
    if (ps->ymode != Y_EXPLICIT && !have_anchor)
        return 0;
    if (ps->todate) {
        *from = (ymd){an.y, 1, 1};
        *to = an;
        return 1;
    }
    if (ps->lastweek) {
        /* Day 0 (1970-01-01) was a Thursday: 3 days after a Monday. */
        long d = days_of(an), monday = d - ((d % 7 + 7 + 3) % 7) - 7;
        *from = ymd_of(monday);
        *to = ymd_of(monday + 6);
        return 1;
    }
    if (ps->relmonth != 99 && ps->relmonth != 100) {
        int y = an.y, m = an.m + ps->relmonth;
        if (m < 1)
            m += 12, y--;
        if (m > 12)
            m -= 12, y++;
        *from = (ymd){y, m, 1};
        *to = (ymd){y, m, mdays(y, m)};
        return 1;
    }
    if (ps->relq != 99) {
        int qn = (an.m - 1) / 3 + ps->relq, y = an.y;
        if (qn < 0)
            qn += 4, y--;
        if (qn > 3)
            qn -= 4, y++;
        *from = (ymd){y, 3 * qn + 1, 1};
        *to = (ymd){y, 3 * qn + 3, mdays(y, 3 * qn + 3)};
        return 1;
    }
    int y;
    switch (ps->ymode) {
    case Y_EXPLICIT:
        y = ps->year;
        break;
    case Y_THIS:
        y = an.y;
        break;
    case Y_LAST:
        y = an.y - 1;
        break;
    case Y_NEXT:
        y = an.y + 1;
        break;
    default:
        y = an.y;
        break;
    }
    if (ps->kind == AD_PER_YEAR) {
        *from = (ymd){y, 1, 1};
        *to = (ymd){ps->year2 ? ps->year2 : y, 12, 31};
        return 1;
    }
    int m1 = ps->m1, m2 = ps->m2;
    int d1 = ps->d1 ? ps->d1 : 1;
    if (m1 > m2 && !ps->d1) {
        /* "October-April", "between September and April": the range
         * crosses a year end; a year or the anchor places its end. */
        int ye = y;
        if ((ps->ymode == Y_NONE || ps->ymode == Y_THE) && ymd_cmp((ymd){ye, m2, 1}, an) > 0)
            ye--;
        *from = (ymd){ye - 1, m1, 1};
        *to = (ymd){ye, m2, mdays(ye, m2)};
        return 1;
    }
    if (ps->ymode == Y_NONE || ps->ymode == Y_THE) {
        ymd st = {y, m1, d1};
        if (ps->relmonth == 100) {
            /* "last September" */
            if (m1 >= an.m)
                y--;
        } else if (ymd_cmp(st, an) > 0) {
            y--;
        } else if (m2 > m1 && !ps->d1 && !ps->d2 && ymd_cmp((ymd){y, m2, 1}, an) > 0) {
            /* "January-November" in an article of January 14: a span of
             * months whose last month is still to come is last year's (a
             * single month is the current one: "exports in January"). */
            y--;
        }
    }
    if ((ps->d1 && ps->d1 > mdays(y, m1)) || (ps->d2 && ps->d2 > mdays(y, m2)))
        return 0; /* "Feb. 20-31", "the first 30 days of February" */
    *from = (ymd){y, m1, d1};
    *to = (ymd){y, m2, ps->d2 ? ps->d2 : mdays(y, m2)};
    return 1;
}

/* Resolves a period; a span counted back from it ("the four weeks to Nov.
 * 9") starts that many months, weeks or days before its end. */
static int resolve(const pspan *ps, int have_anchor, ymd an, ymd *from, ymd *to)
{
    if (!resolve_plain(ps, have_anchor, an, from, to))
        return 0;
    if (ps->back_unit == 'm' && !ps->d2) {
        /* months to a month: from the first of the earliest one */
        int m = to->m - ps->back_n + 1, y = to->y;
        while (m < 1)
            m += 12, y--;
        *from = (ymd){y, m, 1};
    } else if (ps->back_unit == 'm') {
        /* months to a day ("the three months to Nov. 9"): from the day after
         * the same day that many months before */
        int m = to->m - ps->back_n, y = to->y;
        while (m < 1)
            m += 12, y--;
        int d = to->d < mdays(y, m) ? to->d : mdays(y, m);
        *from = ymd_of(days_of((ymd){y, m, d}) + 1);
    } else if (ps->back_unit) {
        long n = ps->back_unit == 'w' ? 7L * ps->back_n : ps->back_n;
        *from = ymd_of(days_of(*to) - n + 1);
    }
    return 1;
}

ad_status ad_qty_find_periods(const char *s, size_t len, const char *anchor, ad_arena *a,
                              ad_qty_periods *out, char *err, size_t errlen)
{
    if (!out || !a || (!s && len))
        return ad_fail(err, errlen, AD_ERR_USAGE, "period scan needs text, arena and output");
    out->n = 0;
    ymd an = {0, 0, 0};
    int have_anchor = parse_anchor(anchor, &an);
    txt t = {s, len};
    const trig *tg = trigger_index(a, &out->index, period_trig);
    if (!tg)
        return ad_fail(err, errlen, AD_ERR_NOMEM, "out of memory for the period index");
    size_t p = 0;
    while (p < len) {
        if (word_before(&t, p) && word_at(&t, p)) {
            p = next_start(&t, p);
            continue;
        }
        if (!period_could_start(&t, p, tg)) {
            p = next_start(&t, p);
            continue;
        }
        size_t row;
        size_t be = MATCH_TBL(&t, p, change_basis, M_HYPHEN, &row);
        if (be) {
            p = be;
            continue;
        }
        pspan ps;
        size_t e = parse_period(&t, p, &ps);
        if (!e) {
            p = next_start(&t, p);
            continue;
        }
        ps.end = e;
        if (out->n >= AD_QTY_MAX)
            return ad_fail(err, errlen, AD_ERR_TOOBIG, "more than %d periods", AD_QTY_MAX);
        if (out->n >= out->cap) {
            ad_qty_period *v = grow(a, out->v, out->n, sizeof(*v), &out->cap);
            if (!v)
                goto nomem;
            out->v = v;
        }
        ad_qty_period *o = &out->v[out->n];
        o->kind = ps.kind;
        o->year1 = ps.kind == AD_PER_FISCAL || (ps.kind == AD_PER_YEAR && ps.ymode == Y_EXPLICIT)
                       ? ps.year
                       : 0;
        o->year2 = o->year1 ? ps.year2 : 0;
        o->span_start = ps.start;
        o->span_end = e;
        o->bare = ps.bare;
        o->fiscal_rel = ps.fiscal_rel;
        o->text = ad_arena_strndup(a, s + ps.start, e - ps.start);
        o->start = o->end = NULL;
        if (!o->text)
            goto nomem;
        ymd f, to;
        if (resolve(&ps, have_anchor, an, &f, &to)) {
            o->start = fmt_date(a, f.y, f.m, f.d);
            o->end = fmt_date(a, to.y, to.m, to.d);
            if (!o->start || !o->end)
                goto nomem;
        }
        out->n++;
        p = e;
    }
    return AD_OK;
nomem:
    out->n = 0;
    return ad_fail(err, errlen, AD_ERR_NOMEM, "out of memory for periods");
}

ad_status ad_qty_fiscal_dates(int year1, int year2, int start_month, int named_by_start,
                              ad_arena *a, const char **start, const char **end)
{
    if (!a || !start || !end || year1 < 1 || year1 > 9999 || start_month < 1 || start_month > 12)
        return AD_ERR_USAGE;
    int first = year2 || named_by_start || start_month == 1 ? year1 : year1 - 1;
    return ad_qty_month_span(first, start_month, 12, a, start, end);
}

ad_status ad_qty_month_span(int year, int month, int months, ad_arena *a, const char **start,
                            const char **end)
{
    if (!a || !start || !end || year < 1 || year > 9999 || month < 1 || month > 120 || months < 1 ||
        months > 120)
        return AD_ERR_USAGE;
    int sy = year + (month - 1) / 12, sm = (month - 1) % 12 + 1;
    int last = sm + months - 1, ey = sy + (last - 1) / 12, em = (last - 1) % 12 + 1;
    if (ey > 9999)
        return AD_ERR_USAGE;
    char *s = fmt_date(a, sy, sm, 1), *e = fmt_date(a, ey, em, mdays(ey, em));
    if (!s || !e)
        return AD_ERR_NOMEM;
    *start = s;
    *end = e;
    return AD_OK;
}
