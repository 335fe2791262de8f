/*
 * tokenize.c - one-pass tokenizer and sentence splitter for a paragraph.
 *
 * The first pass walks the code points once, classifying each with
 * utf8proc's general category, and appends tokens to an arena array that
 * doubles when full (no per-token allocation). The second pass walks the
 * tokens once and closes a sentence after each terminator that, judged by
 * the tokens around it, really ends one. Abbreviations and sentence openers
 * come from data/abbreviations.tsv and data/sentence_starters.tsv.
 */
#include <string.h>
#include <utf8proc.h>
#include "articled/text.h"
#include "articled/tokenize.h"
#include "abbreviations.h"
#include "s_contractions.h"
#include "sentence_starters.h"

/* Character classes the scanner cares about. */
enum cclass { C_SPACE, C_IGNORE, C_UPPER, C_LOWER, C_LETTER, C_DIGIT, C_WORD, C_PUNCT, C_SYMBOL };

/* The class of each ASCII byte, as the Unicode categories give it: the
 * rest of ASCII is punctuation except $+<=>^`|~ (Sm, Sc, Sk). Every byte
 * of every paragraph is classified, so ASCII is one load instead of a
 * chain of range tests and a strchr. */
#define IG C_IGNORE
#define SP C_SPACE
#define PU C_PUNCT
#define SY C_SYMBOL
#define DG C_DIGIT
#define UP C_UPPER
#define LO C_LOWER
static const unsigned char ascii_class[128] = {
    IG, IG, IG, IG, IG, IG, IG, IG, IG, SP, SP, SP, SP, SP, IG, IG, /* 00 */
    IG, IG, IG, IG, IG, IG, IG, IG, IG, IG, IG, IG, IG, IG, IG, IG, /* 10 */
    SP, PU, PU, PU, SY, PU, PU, PU, PU, PU, PU, SY, PU, PU, PU, PU, /* 20 */
    DG, DG, DG, DG, DG, DG, DG, DG, DG, DG, PU, PU, SY, SY, SY, PU, /* 30 */
    PU, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, /* 40 */
    UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, PU, PU, PU, SY, PU, /* 50 */
    SY, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, /* 60 */
    LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, PU, SY, PU, SY, IG, /* 70 */
};
#undef IG
#undef SP
#undef PU
#undef SY
#undef DG
#undef UP
#undef LO

static enum cclass classify(long c)
{
    if (c >= 0 && c < 0x80)
        return (enum cclass)ascii_class[c];
    switch (utf8proc_category((utf8proc_int32_t)c)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT:
        return C_UPPER;
    case UTF8PROC_CATEGORY_LL:
        return C_LOWER;
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
        return C_LETTER;
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
        return C_WORD;
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_CC:
        return C_SPACE;
    case UTF8PROC_CATEGORY_CF:
        return C_IGNORE;
    case UTF8PROC_CATEGORY_SM:
    case UTF8PROC_CATEGORY_SC:
    case UTF8PROC_CATEGORY_SK:
    case UTF8PROC_CATEGORY_SO:
        return C_SYMBOL;
    case UTF8PROC_CATEGORY_PC:
    case UTF8PROC_CATEGORY_PD:
    case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PE:
    case UTF8PROC_CATEGORY_PI:
    case UTF8PROC_CATEGORY_PF:
    case UTF8PROC_CATEGORY_PO:
        return C_PUNCT;
    default:
        /* Unassigned, private use, U+FFFD from bad bytes: a symbol. */
        return C_SYMBOL;
    }
}

static int is_wordc(enum cclass k)
{
    return k == C_UPPER || k == C_LOWER || k == C_LETTER || k == C_DIGIT || k == C_WORD;
}

static int is_letterc(enum cclass k)
{
    return k == C_UPPER || k == C_LOWER || k == C_LETTER;
}

static int is_hyphen(long c)
{
    return c == '-' || c == 0x2010 || c == 0x2011;
}

static int is_apostrophe(long c)
{
    return c == '\'' || c == 0x2019 || c == 0x02BC;
}

/* A cursor over the text that knows the code point index of its byte. */
typedef struct cur {
    const char *s;
    size_t len;
    size_t pos;
    size_t cp;
} cur;

/* Decodes the code point at byte p (which must be < len); *n its length. */
static long at(const cur *c, size_t p, size_t *n)
{
    unsigned char b = (unsigned char)c->s[p];
    if (b < 0x80) { /* ASCII, as ad_text_decode() would give it, inline */
        *n = 1;
        return (long)b;
    }
    return ad_text_decode(c->s + p, c->len - p, n);
}

/* The class of the code point at byte p, or C_SPACE past the end. */
static enum cclass class_at(const cur *c, size_t p, long *cp, size_t *n)
{
    if (p >= c->len) {
        *cp = 0;
        *n = 0;
        return C_SPACE;
    }
    *cp = at(c, p, n);
    return classify(*cp);
}

static void step(cur *c, size_t n)
{
    c->pos += n;
    c->cp++;
}

static int is_digit_at(const cur *c, size_t p)
{
    return p < c->len && c->s[p] >= '0' && c->s[p] <= '9';
}

typedef struct abbr_hit {
    int found;
    int never;
} abbr_hit;

/* Looks s[0..n) (period included) up in the abbreviation table. */
static abbr_hit abbr_lookup(const char *s, size_t n)
{
    abbr_hit h = {0, 0};
    for (size_t i = 0; i < ad_tbl_abbreviations_len; i++) {
        const char *f = ad_tbl_abbreviations[i][0];
        if (f[0] == s[0] && strlen(f) == n && memcmp(f, s, n) == 0) {
            h.found = 1;
            h.never = strcmp(ad_tbl_abbreviations[i][1], "never") == 0;
            return h;
        }
    }
    return h;
}

/* "It's", "there's": the "'s" is not a possessive. */
static int is_s_contraction(const char *s, size_t n)
{
    for (size_t i = 0; i < ad_tbl_s_contractions_len; i++) {
        const char *f = ad_tbl_s_contractions[i][0];
        if (strlen(f) == n && ad_text_ncasecmp(f, s, n) == 0)
            return 1;
    }
    return 0;
}

static int is_starter(const char *s, size_t n)
{
    for (size_t i = 0; i < ad_tbl_sentence_starters_len; i++) {
        const char *f = ad_tbl_sentence_starters[i][0];
        if (f[0] == s[0] && strlen(f) == n && memcmp(f, s, n) == 0)
            return 1;
    }
    return 0;
}

/* Grows an arena array of elem-sized items to hold at least need items,
 * keeping the first keep items. */
static void *grow(ad_arena *a, void *old, size_t keep, size_t elem, size_t *cap, size_t need)
{
    size_t nc = *cap ? *cap : 16;
    while (nc < need)
        nc *= 2;
    void *p = ad_arena_alloc(a, nc * elem);
    if (!p)
        return NULL;
    if (keep)
        memcpy(p, old, keep * elem);
    *cap = nc;
    return p;
}

/* Token text scan results that the sentence pass needs. */
enum { T_NONE = 0, T_PERIOD, T_STRONG, T_ELLIPSIS, T_ABBR_MAY, T_CJK, T_BULLET };

typedef struct scan {
    ad_arena *a;
    ad_tokens *out;
} scan;

static ad_status push(scan *sc, const cur *c, size_t start, size_t cp_start, ad_tok_kind kind,
                      unsigned flags, int term, char *err, size_t errlen)
{
    ad_tokens *o = sc->out;
    if (o->n >= AD_TOK_MAX_TOKENS)
        return ad_fail(err, errlen, AD_ERR_TOOBIG, "paragraph has more than %zu tokens",
                       AD_TOK_MAX_TOKENS);
    if (o->n >= o->tok_cap) {
        size_t cap = o->tok_cap;
        ad_token *t = grow(sc->a, o->tok, o->n, sizeof(*t), &cap, o->n + 1);
        if (!t)
            return ad_fail(err, errlen, AD_ERR_NOMEM, "out of memory for tokens");
        o->tok = t;
        o->tok_cap = cap;
    }
    ad_token *t = &o->tok[o->n];
    t->start = (uint32_t)start;
    t->end = (uint32_t)c->pos;
    t->cp_start = (uint32_t)cp_start;
    t->cp_end = (uint32_t)c->cp;
    t->sentence = 0;
    t->kind = (uint8_t)kind;
    t->role = (uint8_t)term;
    t->flags = (uint16_t)(flags | (kind == AD_TOK_NUMBER ? AD_TOKF_NUMBER : 0));
    o->n++;
    return AD_OK;
}

/* Digits, thousands groups ",ddd" and one decimal part ".d+". */
static unsigned scan_number(cur *c)
{
    unsigned flags = 0;
    while (is_digit_at(c, c->pos))
        step(c, 1);
    for (;;) {
        size_t p = c->pos;
        if (p >= c->len)
            break;
        if (c->s[p] == ',' && is_digit_at(c, p + 1) && is_digit_at(c, p + 2) &&
            is_digit_at(c, p + 3) && !is_digit_at(c, p + 4) && !(flags & AD_TOKF_DECIMAL)) {
            for (int k = 0; k < 4; k++)
                step(c, 1);
            continue;
        }
        if (c->s[p] == '.' && is_digit_at(c, p + 1) && !(flags & AD_TOKF_DECIMAL)) {
            step(c, 1);
            while (is_digit_at(c, c->pos))
                step(c, 1);
            flags |= AD_TOKF_DECIMAL;
            continue;
        }
        break;
    }
    return flags;
}

/* Case statistics of a word as it is scanned. */
typedef struct wstat {
    int first_seen;
    int first_upper;
    unsigned upper, lower;
    unsigned letters;
    unsigned cps;
} wstat;

static void wstat_add(wstat *w, enum cclass k)
{
    w->cps++;
    if (!is_letterc(k))
        return;
    w->letters++;
    if (k == C_UPPER)
        w->upper++;
    else if (k == C_LOWER)
        w->lower++;
    if (!w->first_seen) {
        w->first_seen = 1;
        w->first_upper = k == C_UPPER;
    }
}

/* Consumes word characters; returns the number consumed. */
static unsigned scan_run(cur *c, wstat *w)
{
    unsigned k = 0;
    while (c->pos < c->len) {
        /* A run of ASCII lower-case letters, the bulk of most words, is
         * counted at once: what wstat_add and step would do for each. */
        size_t p = c->pos;
        while (p < c->len && (unsigned)(unsigned char)c->s[p] - 'a' < 26u)
            p++;
        if (p > c->pos) {
            unsigned m = (unsigned)(p - c->pos);
            w->cps += m;
            w->letters += m;
            w->lower += m;
            if (!w->first_seen) {
                w->first_seen = 1;
                w->first_upper = 0;
            }
            c->pos = p;
            c->cp += m;
            k += m;
            continue;
        }
        size_t n;
        long cp = at(c, c->pos, &n);
        enum cclass cl = classify(cp);
        if (!is_wordc(cl)) {
            if (cl == C_IGNORE && k) { /* invisible format characters inside a word */
                step(c, n);
                continue;
            }
            break;
        }
        wstat_add(w, cl);
        step(c, n);
        k++;
    }
    return k;
}

/* After a word that began at start, tries the acronym shape "U.S.", "e.g.",
 * "Ph.D.": segments of one or two letters each followed by a period, at
 * least two segments, not followed by a word character. On success the
 * cursor is past the final period. */
static int scan_acronym(cur *c, size_t start, wstat *w)
{
    cur save = *c;
    wstat wsave = *w;
    size_t segs = 1;
    (void)start;
    if (w->cps > 2 || w->letters != w->cps)
        return 0;
    while (c->pos < c->len && c->s[c->pos] == '.') {
        step(c, 1);
        wstat sw = {0, 0, 0, 0, 0, 0};
        unsigned k = 0;
        while (c->pos < c->len && k <= 2) {
            size_t n;
            long cp = at(c, c->pos, &n);
            enum cclass cl = classify(cp);
            if (!is_letterc(cl))
                break;
            wstat_add(&sw, cl);
            step(c, n);
            k++;
        }
        if (k == 0) {
            /* The period just consumed ends the acronym if nothing wordy follows. */
            long cp;
            size_t n;
            enum cclass cl = class_at(c, c->pos, &cp, &n);
            if (segs >= 2 && !is_wordc(cl))
                return 1;
            break;
        }
        if (k > 2 || c->pos >= c->len || c->s[c->pos] != '.')
            break;
        w->upper += sw.upper;
        w->lower += sw.lower;
        w->letters += sw.letters;
        w->cps += sw.cps;
        segs++;
    }
    *c = save;
    *w = wsave;
    return 0;
}

/* Scans a word starting at the cursor. *term receives the sentence role of
 * an abbreviation period kept in the token. */
static unsigned scan_word(cur *c, int *term)
{
    size_t start = c->pos;
    unsigned flags = 0;
    wstat w = {0, 0, 0, 0, 0, 0};
    *term = T_NONE;
    scan_run(c, &w);
    for (;;) {
        long cp, cp2;
        size_t n, n2;
        if (c->pos >= c->len)
            break;
        cp = at(c, c->pos, &n);
        if (is_hyphen(cp)) {
            enum cclass k2 = class_at(c, c->pos + n, &cp2, &n2);
            if (is_wordc(k2)) {
                step(c, n);
                scan_run(c, &w);
                flags |= AD_TOKF_HYPHEN;
                continue;
            }
            break;
        }
        if (is_apostrophe(cp)) {
            enum cclass k2 = class_at(c, c->pos + n, &cp2, &n2);
            if (!is_letterc(k2))
                break;
            if (cp2 == 's' || cp2 == 'S') {
                long cp3;
                size_t n3;
                enum cclass k3 = class_at(c, c->pos + n + n2, &cp3, &n3);
                if (!is_wordc(k3) && !is_s_contraction(c->s + start, c->pos - start))
                    break; /* possessive: "'s" is its own token */
            }
            step(c, n);
            scan_run(c, &w);
            flags |= AD_TOKF_APOSTROPHE;
            continue;
        }
        break;
    }
    if (c->pos < c->len && c->s[c->pos] == '.' &&
        !(flags & (AD_TOKF_HYPHEN | AD_TOKF_APOSTROPHE))) {
        if (scan_acronym(c, start, &w)) {
            abbr_hit h = abbr_lookup(c->s + start, c->pos - start);
            flags |= AD_TOKF_ABBREV;
            *term = h.found && h.never ? T_NONE : T_ABBR_MAY;
        } else {
            abbr_hit h = abbr_lookup(c->s + start, c->pos + 1 - start);
            int initial = w.cps == 1 && w.upper == 1;
            /* "..." after a word is an ellipsis, not an abbreviation period. */
            int dots = c->pos + 1 < c->len && c->s[c->pos + 1] == '.';
            if ((h.found || initial) && !dots) {
                step(c, 1);
                flags |= AD_TOKF_ABBREV;
                *term = h.found && h.never ? T_NONE : T_ABBR_MAY;
            }
        }
    }
    if (w.first_upper)
        flags |= AD_TOKF_CAP;
    if (w.upper >= 2 && w.lower == 0)
        flags |= AD_TOKF_ALLCAPS;
    return flags;
}

static int is_closer(const ad_tokens *t, size_t i)
{
    const ad_token *k = &t->tok[i];
    if (k->kind != AD_TOK_PUNCT)
        return 0;
    size_t n;
    long cp = ad_text_decode(t->text + k->start, k->end - k->start, &n);
    if (cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == '}')
        return 1;
    utf8proc_category_t cat = utf8proc_category((utf8proc_int32_t)cp);
    return cat == UTF8PROC_CATEGORY_PE || cat == UTF8PROC_CATEGORY_PF;
}

static int is_opener(const ad_tokens *t, size_t i)
{
    const ad_token *k = &t->tok[i];
    if (k->kind != AD_TOK_PUNCT)
        return 0;
    size_t n;
    long cp = ad_text_decode(t->text + k->start, k->end - k->start, &n);
    if (cp == '"' || cp == '\'')
        return 1;
    utf8proc_category_t cat = utf8proc_category((utf8proc_int32_t)cp);
    return cat == UTF8PROC_CATEGORY_PS || cat == UTF8PROC_CATEGORY_PI;
}

/* True when the last token is a word or number that ends exactly at byte
 * pos, so an apostrophe-s there is a possessive ("1990's" aside). */
static int o_prev_is_word(const scan *sc, size_t pos)
{
    const ad_tokens *o = sc->out;
    if (o->n == 0)
        return 0;
    const ad_token *t = &o->tok[o->n - 1];
    return t->end == pos && (t->kind == AD_TOK_WORD || t->kind == AD_TOK_NUMBER);
}

static ad_status add_sentence(scan *sc, size_t from, size_t to, char *err, size_t errlen)
{
    ad_tokens *o = sc->out;
    if (from >= to)
        return AD_OK;
    if (o->n_sent >= o->sent_cap) {
        size_t cap = o->sent_cap;
        ad_sentence *s = grow(sc->a, o->sent, o->n_sent, sizeof(*s), &cap, o->n_sent + 1);
        if (!s)
            return ad_fail(err, errlen, AD_ERR_NOMEM, "out of memory for sentences");
        o->sent = s;
        o->sent_cap = cap;
    }
    ad_sentence *s = &o->sent[o->n_sent];
    s->tok_start = (uint32_t)from;
    s->tok_end = (uint32_t)to;
    s->start = o->tok[from].start;
    s->end = o->tok[to - 1].end;
    s->cp_start = o->tok[from].cp_start;
    s->cp_end = o->tok[to - 1].cp_end;
    o->tok[from].flags |= AD_TOKF_SENT_START;
    for (size_t i = from; i < to; i++) {
        o->tok[i].sentence = (uint32_t)o->n_sent;
        if (i > from && o->tok[i - 1].kind == AD_TOK_PUNCT &&
            (o->tok[i].kind == AD_TOK_WORD || o->tok[i].kind == AD_TOK_NUMBER)) {
            /* The first word after opening quotes or brackets also starts it. */
            size_t j = from;
            while (j < i && is_opener(o, j))
                j++;
            if (j == i)
                o->tok[i].flags |= AD_TOKF_SENT_START;
        }
    }
    o->n_sent++;
    return AD_OK;
}

/* Decides whether the terminator at token i (with closers up to j) ends a
 * sentence, given the token that follows. */
static int ends_sentence(const ad_tokens *t, int term, size_t j)
{
    const ad_token *nx = &t->tok[j];
    if (term == T_CJK)
        return 1;
    /* "example.com", "3.x", "Rs21.5": something glued to the period
     * continues. */
    if (!(nx->flags & AD_TOKF_SPACE_BEFORE) &&
        (nx->kind == AD_TOK_WORD || nx->kind == AD_TOK_NUMBER))
        return 0;
    size_t w = j;
    while (w < t->n && is_opener(t, w))
        w++;
    if (w >= t->n)
        return term != T_ABBR_MAY;
    const ad_token *k = &t->tok[w];
    int lower = 0;
    if (k->kind == AD_TOK_WORD) {
        size_t n;
        long cp = ad_text_decode(t->text + k->start, k->end - k->start, &n);
        lower = classify(cp) == C_LOWER;
    }
    if (term == T_ABBR_MAY) {
        size_t n;
        const char *s = ad_tok_text(t, w, &n);
        return k->kind == AD_TOK_WORD && is_starter(s, n);
    }
    return !lower;
}

static ad_status split_sentences(scan *sc, char *err, size_t errlen)
{
    ad_tokens *o = sc->out;
    size_t from = 0;
    for (size_t i = 0; i < o->n; i++) {
        int term = o->tok[i].role;
        if (term == T_NONE)
            continue;
        /* A bullet inside running text opens an item of a run-in list
         * ("THE WEEK IN TRADE • China: ... • Germany: ..."): each item is
         * a statement of its own, and the bullet belongs to it. */
        if (term == T_BULLET) {
            if (i > from) {
                ad_status st = add_sentence(sc, from, i, err, errlen);
                if (st != AD_OK)
                    return st;
                from = i;
            }
            continue;
        }
        size_t j = i + 1;
        while (j < o->n && !(o->tok[j].flags & AD_TOKF_SPACE_BEFORE) &&
               (is_closer(o, j) || o->tok[j].role == T_PERIOD || o->tok[j].role == T_STRONG ||
                o->tok[j].role == T_ELLIPSIS || o->tok[j].role == T_CJK))
            j++;
        if (j >= o->n)
            break;
        if (ends_sentence(o, term, j)) {
            ad_status st = add_sentence(sc, from, j, err, errlen);
            if (st != AD_OK)
                return st;
            from = j;
        }
        i = j - 1;
    }
    return add_sentence(sc, from, o->n, err, errlen);
}

static int term_of_punct(long cp)
{
    switch (cp) {
    case '.':
        return T_PERIOD;
    case 0x3002: /* ideographic full stop: CJK text puts no space after it */
    case 0xFF0E:
    case 0xFF1F:
    case 0xFF01:
        return T_CJK;
    case '?':
    case '!':
    case 0x203C:
    case 0x2047:
    case 0x2048:
    case 0x2049:
        return T_STRONG;
    case 0x2026:
        return T_ELLIPSIS;
    case 0x2022: /* bullet */
    case 0x2023: /* triangular bullet */
    case 0x25AA: /* small black square */
    case 0x25CF: /* black circle */
    case 0x25A0: /* black square */
        return T_BULLET;
    default:
        return T_NONE;
    }
}

ad_status ad_tok_tokenize(const char *s, size_t len, ad_arena *a, ad_tokens *out, char *err,
                          size_t errlen)
{
    if (!out)
        return ad_fail(err, errlen, AD_ERR_USAGE, "no output for the tokenizer");
    out->n = 0;
    out->n_sent = 0;
    out->text = s;
    out->len = len;
    if (!a || (!s && len))
        return ad_fail(err, errlen, AD_ERR_USAGE, "tokenizer needs an arena and text");
    if (len > AD_TOK_MAX_BYTES)
        return ad_fail(err, errlen, AD_ERR_TOOBIG, "paragraph of %zu bytes exceeds %zu", len,
                       AD_TOK_MAX_BYTES);
    scan sc = {a, out};
    /* Most English text has a token every five bytes or so; start there. */
    if (out->tok_cap < len / 5 + 8) {
        size_t cap = 0;
        ad_token *t = grow(a, NULL, 0, sizeof(*t), &cap, len / 5 + 8);
        if (!t)
            return ad_fail(err, errlen, AD_ERR_NOMEM, "out of memory for tokens");
        out->tok = t;
        out->tok_cap = cap;
    }

    cur c = {s, len, 0, 0};
    int space_before = 1;
    ad_status st = AD_OK;
    while (c.pos < len) {
        size_t n;
        long cp = at(&c, c.pos, &n);
        enum cclass k = classify(cp);
        if (k == C_SPACE) {
            step(&c, n);
            space_before = 1;
            continue;
        }
        if (k == C_IGNORE) {
            step(&c, n);
            continue;
        }
        size_t start = c.pos, cp_start = c.cp;
        unsigned flags = space_before ? AD_TOKF_SPACE_BEFORE : 0;
        space_before = 0;
        if (k == C_DIGIT && cp < 0x80) {
            flags |= scan_number(&c);
            st = push(&sc, &c, start, cp_start, AD_TOK_NUMBER, flags, T_NONE, err, errlen);
        } else if (is_wordc(k)) {
            int term;
            flags |= scan_word(&c, &term);
            st = push(&sc, &c, start, cp_start, AD_TOK_WORD, flags, term, err, errlen);
        } else if (is_apostrophe(cp) && c.pos + n < len &&
                   (c.s[c.pos + n] == 's' || c.s[c.pos + n] == 'S') && o_prev_is_word(&sc, start)) {
            step(&c, n);
            step(&c, 1);
            st = push(&sc, &c, start, cp_start, AD_TOK_WORD, flags | AD_TOKF_POSSESSIVE, T_NONE,
                      err, errlen);
        } else if (cp == '.' && c.pos + 1 < len && c.s[c.pos + 1] == '.') {
            while (c.pos < len && c.s[c.pos] == '.')
                step(&c, 1);
            st = push(&sc, &c, start, cp_start, AD_TOK_PUNCT, flags | AD_TOKF_ELLIPSIS, T_ELLIPSIS,
                      err, errlen);
        } else {
            int term = term_of_punct(cp);
            ad_tok_kind kind =
                (k == C_SYMBOL || cp == '%' || cp == 0x2030) ? AD_TOK_SYMBOL : AD_TOK_PUNCT;
            step(&c, n);
            if (term == T_ELLIPSIS)
                flags |= AD_TOKF_ELLIPSIS;
            st = push(&sc, &c, start, cp_start, kind, flags, term, err, errlen);
        }
        if (st != AD_OK)
            goto fail;
    }
    st = split_sentences(&sc, err, errlen);
    if (st != AD_OK)
        goto fail;
    return AD_OK;
fail:
    out->n = 0;
    out->n_sent = 0;
    return st;
}

int ad_tok_is(const ad_tokens *t, size_t i, const char *word)
{
    size_t n;
    const char *s = ad_tok_text(t, i, &n);
    return strlen(word) == n && memcmp(s, word, n) == 0;
}

const char *ad_tok_kind_name(ad_tok_kind k)
{
    switch (k) {
    case AD_TOK_WORD:
        return "word";
    case AD_TOK_NUMBER:
        return "number";
    case AD_TOK_PUNCT:
        return "punct";
    case AD_TOK_SYMBOL:
        return "symbol";
    }
    return "unknown";
}
