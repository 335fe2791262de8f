/*
 * text.c - UTF-8 decoding, white-space folding, NFC and word counting.
 *
 * Normalization runs in two passes: a byte loop that decodes, folds white
 * space and drops invisible characters, then utf8proc's NFC, which is
 * skipped when every code point is inert under NFC (below U+0300, or with
 * no canonical decomposition, combining class 0 and never the second half
 * of a composition: curly quotes, dashes, CJK, most letters of other
 * scripts), so most text never allocates.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "articled/text.h"

size_t ad_text_lower(const char *s, size_t len, char *out, size_t cap, size_t *used)
{
    size_t n = 0, i = 0;
    /* Four bytes of room before each character: the longest encoding. */
    while (i < len && n + 4 < cap) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            out[n++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
            i++;
            continue;
        }
        size_t k;
        long cp = ad_text_decode(s + i, len - i, &k);
        if (cp == 0xFFFD && k == 1) {
            out[n++] = (char)c;
        } else {
            n += (size_t)utf8proc_encode_char(utf8proc_tolower((utf8proc_int32_t)cp),
                                              (utf8proc_uint8_t *)out + n);
        }
        i += k;
    }
    out[n] = '\0';
    if (used)
        *used = i;
    return n;
}

long ad_text_decode(const char *s, size_t len, size_t *n)
{
    const unsigned char *p = (const unsigned char *)s;
    unsigned c = p[0];
    *n = 1;
    if (c < 0x80)
        return (long)c;
    size_t need;
    long cp, min;
    if (c >= 0xC2 && c <= 0xDF) {
        need = 2, cp = c & 0x1F, min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 3, cp = c & 0x0F, min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 4, cp = c & 0x07, min = 0x10000;
    } else {
        return 0xFFFD;
    }
    if (len < need)
        return 0xFFFD;
    for (size_t i = 1; i < need; i++) {
        if ((p[i] & 0xC0) != 0x80)
            return 0xFFFD;
        cp = (cp << 6) | (p[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0xFFFD;
    *n = need;
    return cp;
}

static size_t encode(long cp, char *out)
{
    unsigned long c = (unsigned long)cp;
    if (c < 0x80) {
        out[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        out[0] = (char)(0xC0 | (c >> 6));
        out[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = (char)(0xE0 | (c >> 12));
        out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        out[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (c >> 18));
    out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((c >> 6) & 0x3F));
    out[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

static int is_space_cp(long c)
{
    switch (c) {
    case ' ':
    case '\t':
    case '\n':
    case '\r':
    case '\f':
    case '\v':
    case 0x85:
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
        return 1;
    default:
        return c >= 0x2000 && c <= 0x200A;
    }
}

/* Characters with no visible form that only get in the way of matching:
 * controls, the soft hyphen, zero-width space, word joiner, BOM and the
 * bidirectional marks and embeddings. ZWNJ and ZWJ (U+200C, U+200D) stay
 * between two characters: they change how Persian, Indic and emoji text
 * reads (see joiner_joins). */
static int is_invisible_cp(long c)
{
    return c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0xAD || c == 0x061C || c == 0x180E ||
           c == 0x200B || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2060 && c <= 0x2064) || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
}

/* Whether a ZWNJ or ZWJ (U+200C, U+200D) ending at s[i] joins anything:
 * it needs a visible character before it (have_prev) and one after it. At
 * a text's edge or beside a space it is left over from markup (a
 * paragraph of nothing but "&zwj;" in site builders) and is dropped. */
static int joiner_joins(const char *s, size_t len, size_t i, int have_prev)
{
    if (!have_prev || i >= len)
        return 0;
    size_t n;
    long cp = ad_text_decode(s + i, len - i, &n);
    return !is_space_cp(cp) && !is_invisible_cp(cp) && cp != 0x200C && cp != 0x200D;
}

/* True when cp can neither change under NFC nor change a neighbour: no
 * canonical decomposition (compatibility ones do not count for NFC),
 * combining class 0, and never the second character of a canonical
 * composition. Hangul jamo compose by rule rather than by table, so they
 * are never inert. Text made only of inert characters is NFC already. */
static int nfc_inert(long cp)
{
    if (cp < 0x300 || (cp >= 0x2010 && cp <= 0x2027))
        return 1; /* the quotes, dashes and bullets of most pages */
    if ((cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0xA960 && cp <= 0xA97F) ||
        (cp >= 0xD7B0 && cp <= 0xD7FF))
        return 0;
    const utf8proc_property_t *p = utf8proc_get_property((utf8proc_int32_t)cp);
    if (p->combining_class || p->comp_exclusion)
        return 0;
    if (p->decomp_seqindex != UINT16_MAX && p->decomp_type == 0)
        return 0;
    return p->comb_index == UINT16_MAX || p->comb_index < 0x8000;
}

/* ------------------------------------------------------------ mojibake */

/* The windows-1252 bytes 0x80-0x9F that are not C1 controls, by the code
 * point they map to; ISO-8859-1 maps every byte to itself. */
static const struct {
    unsigned short cp;
    unsigned char byte;
} cp1252_high[] = {
    {0x0152, 0x8C}, {0x0153, 0x9C}, {0x0160, 0x8A}, {0x0161, 0x9A}, {0x0178, 0x9F}, {0x017D, 0x8E},
    {0x017E, 0x9E}, {0x0192, 0x83}, {0x02C6, 0x88}, {0x02DC, 0x98}, {0x2013, 0x96}, {0x2014, 0x97},
    {0x2018, 0x91}, {0x2019, 0x92}, {0x201A, 0x82}, {0x201C, 0x93}, {0x201D, 0x94}, {0x201E, 0x84},
    {0x2020, 0x86}, {0x2021, 0x87}, {0x2022, 0x95}, {0x2026, 0x85}, {0x2030, 0x89}, {0x2039, 0x8B},
    {0x203A, 0x9B}, {0x20AC, 0x80}, {0x2122, 0x99},
};

/* The UTF-8 continuation byte (0x80-0xBF) a character stood for when its
 * byte was read as windows-1252 or ISO-8859-1, else 0. */
static unsigned char continuation_byte(long cp)
{
    if (cp >= 0x80 && cp <= 0xBF)
        return (unsigned char)cp;
    if (cp < 0x152 || cp > 0x2122)
        return 0;
    for (size_t i = 0; i < sizeof(cp1252_high) / sizeof(cp1252_high[0]); i++)
        if (cp1252_high[i].cp == cp)
            return cp1252_high[i].byte;
    return 0;
}

/* One run of mislabelled UTF-8 at s[i]: its lead is a character U+00C2 to
 * U+00F4 (a UTF-8 lead byte read as Latin), encoded C3 82 to C3 B4. */
typedef struct mojibake_run {
    size_t end;  /* offset after the run */
    long cp;     /* the character it encodes */
    int units;   /* UTF-8 length of cp: 2, 3 or 4 */
    int lead;    /* its first byte (0xC2 for "Â") */
    int c1;      /* a continuation was a C1 control, which text never holds */
    int special; /* one was a windows-1252 sign (U+0152 and up: "€", "™") */
    int spacing; /* the first was a no-break space */
} mojibake_run;

static int mojibake_at(const char *s, size_t len, size_t i, mojibake_run *r)
{
    const unsigned char *u = (const unsigned char *)s;
    if (i + 1 >= len || u[i] != 0xC3 || u[i + 1] < 0x82 || u[i + 1] > 0xB4)
        return 0;
    unsigned char bytes[4];
    bytes[0] = (unsigned char)(0xC0 | (u[i + 1] & 0x3F));
    int units = bytes[0] >= 0xF0 ? 4 : bytes[0] >= 0xE0 ? 3 : 2;
    size_t j = i + 2;
    r->c1 = r->special = r->spacing = 0;
    for (int k = 1; k < units; k++) {
        if (j >= len)
            return 0;
        size_t n;
        long cp = ad_text_decode(s + j, len - j, &n);
        unsigned char b = continuation_byte(cp);
        if (!b)
            return 0;
        r->c1 |= cp < 0xA0;
        r->special |= cp > 0xFF;
        r->spacing |= k == 1 && cp == 0xA0;
        bytes[k] = b;
        j += n;
    }
    size_t n;
    long cp = ad_text_decode((const char *)bytes, (size_t)units, &n);
    if (n != (size_t)units || cp < 0xA0)
        return 0;
    r->end = j, r->cp = cp, r->units = units, r->lead = bytes[0];
    return 1;
}

/* Whether a run is repaired. A C1 control is never real text, nor is an
 * emoji's four-character run ("ðŸ˜€"). Other runs are real text now and
 * then, so each kind needs its own evidence:
 * - "â" or "ï" and two more (punctuation "â€™", the byte-order mark "ï»¿")
 *   unless the first is a no-break space: French sets one before "»" and
 *   ":" ("Bâ" + no-break space + "»" stays);
 * - "Â" or "Ã" and a Latin-1 sign ("Ã©" for "é", "Â" before a no-break
 *   space), not a windows-1252 one ("AMANHÃ…" is Portuguese);
 * - any other run ("é…" before a no-break space and "»" in French,
 *   "Å³" in chemistry, "ä¸­" for "中") only beside another run, as whole
 *   words and sentences of mojibake are ("Ð¿Ñ€Ð¸", "ä¸­æ–‡"). */
static int mojibake_repairs(const char *s, size_t len, const mojibake_run *r, size_t prev_end,
                            size_t at)
{
    if (r->c1 || r->units == 4)
        return 1;
    if (r->units == 3 && (r->lead == 0xE2 || r->lead == 0xEF))
        return !r->spacing;
    if (r->units == 2 && r->cp <= 0xFF && !r->special)
        return 1;
    mojibake_run next;
    return prev_end == at || mojibake_at(s, len, r->end, &next);
}

/* Decodes the code point at s[i] as ad_text_decode() does, except that a
 * repaired run of mojibake (see mojibake_repairs) decodes to the character
 * it stands for and *n spans the whole run. *prev_end is where the last
 * repaired run ended, for the neighbour rule. */
static long decode_repairing(const char *s, size_t len, size_t i, size_t *n, size_t *prev_end)
{
    mojibake_run r;
    if ((unsigned char)s[i] == 0xC3 && mojibake_at(s, len, i, &r) &&
        mojibake_repairs(s, len, &r, *prev_end, i)) {
        *n = r.end - i;
        *prev_end = r.end;
        return r.cp;
    }
    return ad_text_decode(s + i, len - i, n);
}

ad_status ad_text_normalize(const char *s, size_t len, ad_buf *out)
{
    size_t start = out->len;
    int pending_space = 0;
    int inert = 1; /* every code point so far is nfc_inert() */
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0, prev_end = (size_t)-1;
    ad_status st;

    while (i < len) {
        /* ASCII fast path: copy runs of printable characters at once. */
        size_t j = i;
        while (j < len && p[j] > 0x20 && p[j] < 0x7F)
            j++;
        if (j > i) {
            if (pending_space && out->len > start) {
                if ((st = ad_buf_putc(out, ' ')) != AD_OK)
                    return st;
            }
            pending_space = 0;
            if ((st = ad_buf_append(out, s + i, j - i)) != AD_OK)
                return st;
            i = j;
            continue;
        }
        size_t n;
        long cp = decode_repairing(s, len, i, &n, &prev_end);
        i += n;
        if (is_space_cp(cp)) {
            pending_space = 1;
            continue;
        }
        if (is_invisible_cp(cp) || ((cp == 0x200C || cp == 0x200D) &&
                                    !joiner_joins(s, len, i, !pending_space && out->len > start)))
            continue;
        if (pending_space && out->len > start) {
            if ((st = ad_buf_putc(out, ' ')) != AD_OK)
                return st;
        }
        pending_space = 0;
        char enc[4];
        size_t k = encode(cp, enc);
        if ((st = ad_buf_append(out, enc, k)) != AD_OK)
            return st;
        if (inert && !nfc_inert(cp))
            inert = 0;
    }
    if (inert)
        return AD_OK;

    utf8proc_uint8_t *nfc = NULL;
    utf8proc_ssize_t m = utf8proc_map((const utf8proc_uint8_t *)out->data + start,
                                      (utf8proc_ssize_t)(out->len - start), &nfc,
                                      UTF8PROC_STABLE | UTF8PROC_COMPOSE);
    if (m < 0)
        return m == UTF8PROC_ERROR_NOMEM ? AD_ERR_NOMEM : AD_OK;
    out->len = start;
    st = ad_buf_append(out, nfc, (size_t)m);
    free(nfc);
    return st;
}

/* The first pass of ad_text_normalize() into a fixed buffer: returns 0
 * when the output would not fit in cap bytes or needs NFC (some code point
 * is not nfc_inert()), so the caller takes the general path. */
static int norm_fixed(const char *s, size_t len, char *dst, size_t cap, size_t *outlen)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0, o = 0, prev_end = (size_t)-1;
    int pending_space = 0;
    while (i < len) {
        size_t j = i;
        while (j < len && p[j] > 0x20 && p[j] < 0x7F)
            j++;
        if (j > i) {
            size_t need = (j - i) + (pending_space && o);
            if (need > cap - o)
                return 0;
            if (pending_space && o)
                dst[o++] = ' ';
            pending_space = 0;
            memcpy(dst + o, s + i, j - i);
            o += j - i;
            i = j;
            continue;
        }
        size_t n;
        long cp = decode_repairing(s, len, i, &n, &prev_end);
        i += n;
        if (is_space_cp(cp)) {
            pending_space = 1;
            continue;
        }
        if (is_invisible_cp(cp) ||
            ((cp == 0x200C || cp == 0x200D) && !joiner_joins(s, len, i, !pending_space && o)))
            continue;
        if (!nfc_inert(cp))
            return 0;
        char enc[4];
        size_t k = encode(cp, enc);
        if (k + (pending_space && o) > cap - o)
            return 0;
        if (pending_space && o)
            dst[o++] = ' ';
        pending_space = 0;
        memcpy(dst + o, enc, k);
        o += k;
    }
    *outlen = o;
    return 1;
}

char *ad_text_norm_dup(ad_arena *a, const char *s, size_t len, size_t *outlen)
{
    /* Valid UTF-8 never grows here (spaces fold, invisible characters
     * drop), so the result is written straight into an arena block of the
     * input's size; invalid bytes (each becomes a 3-byte U+FFFD) and text
     * that needs NFC take the general path through an ad_buf. */
    char *r = ad_arena_alloc(a, len + 1);
    if (!r)
        return NULL;
    size_t n;
    if (norm_fixed(s, len, r, len, &n)) {
        r[n] = '\0';
        ad__arena_trim(a, r, len + 1, n + 1);
        if (outlen)
            *outlen = n;
        return r;
    }
    ad__arena_trim(a, r, len + 1, 0);
    ad_buf b;
    ad_buf_init(&b, len * 3 + 16);
    if (ad_text_normalize(s, len, &b) != AD_OK) {
        ad_buf_free(&b);
        return NULL;
    }
    r = ad_arena_strndup(a, b.data ? b.data : "", b.len);
    if (outlen)
        *outlen = b.len;
    ad_buf_free(&b);
    return r;
}

int ad_text_is_letter(long cp)
{
    if (cp < 0x80)
        return cp >= 0 && ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z');
    utf8proc_category_t cat = utf8proc_category((utf8proc_int32_t)cp);
    return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
}

static int is_wordish(long cp)
{
    if (cp < 0x80)
        return (cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') || cp == '_';
    utf8proc_category_t cat = utf8proc_category((utf8proc_int32_t)cp);
    return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_ND) ||
           cat == UTF8PROC_CATEGORY_NL || cat == UTF8PROC_CATEGORY_NO;
}

/* CJK ideographs and kana stand for a word each (those scripts put no
 * spaces between words); Hangul is written with spaces and counts by runs. */
static int is_cjk(long cp)
{
    return (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
           (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
           (cp >= 0x20000 && cp <= 0x2FFFF);
}

/* Apostrophes, hyphens and the separators inside numbers join the letters
 * or digits on both sides ("don't", "well-known", "1,000.5" are one word
 * each), as a count of white-space separated words would have it. */
static int is_joiner(long cp)
{
    return cp == '\'' || cp == 0x2019 || cp == '-' || cp == 0x2010 || cp == 0x2011 || cp == '.' ||
           cp == ',';
}

/* ASCII classes for ad_text_word_count's fast path: 1 = word character
 * (is_wordish), 2 = joiner (is_joiner). */
static const unsigned char ascii_word[128] = {
    ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1,  ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1,
    ['8'] = 1, ['9'] = 1, ['_'] = 1, ['\''] = 2, ['-'] = 2, ['.'] = 2, [','] = 2, ['A'] = 1,
    ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1,  ['F'] = 1, ['G'] = 1, ['H'] = 1, ['I'] = 1,
    ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1,  ['N'] = 1, ['O'] = 1, ['P'] = 1, ['Q'] = 1,
    ['R'] = 1, ['S'] = 1, ['T'] = 1, ['U'] = 1,  ['V'] = 1, ['W'] = 1, ['X'] = 1, ['Y'] = 1,
    ['Z'] = 1, ['a'] = 1, ['b'] = 1, ['c'] = 1,  ['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1,
    ['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1,  ['l'] = 1, ['m'] = 1, ['n'] = 1, ['o'] = 1,
    ['p'] = 1, ['q'] = 1, ['r'] = 1, ['s'] = 1,  ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1,
    ['x'] = 1, ['y'] = 1, ['z'] = 1,
};

size_t ad_text_word_count(const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t words = 0, i = 0;
    int in_word = 0;
    while (i < len) {
        /* ASCII fast path: the same decisions as below, from a table. */
        if (u[i] < 0x80) {
            unsigned cls = ascii_word[u[i++]];
            if (cls == 1) {
                words += !in_word;
                in_word = 1;
            } else if (cls == 2 && in_word && i < len) {
                if (u[i] < 0x80) {
                    in_word = ascii_word[u[i]] == 1;
                } else {
                    size_t m;
                    long next = ad_text_decode(s + i, len - i, &m);
                    in_word = is_wordish(next) && !is_cjk(next);
                }
            } else {
                in_word = 0;
            }
            continue;
        }
        size_t n;
        long cp = ad_text_decode(s + i, len - i, &n);
        i += n;
        if (is_cjk(cp)) {
            words++;
            in_word = 0;
        } else if (is_wordish(cp)) {
            if (!in_word)
                words++;
            in_word = 1;
        } else if (in_word && is_joiner(cp) && i < len) {
            size_t m;
            long next = ad_text_decode(s + i, len - i, &m);
            in_word = is_wordish(next) && !is_cjk(next);
        } else {
            in_word = 0;
        }
    }
    return words;
}

size_t ad_text_codepoints(const char *s, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            n++;
    return n;
}

int ad_text_valid_utf8(const char *s, size_t len)
{
    size_t i = 0;
    while (i < len) {
        /* Most pages are mostly ASCII: skip it eight bytes at a time. */
        while (i + 8 <= len) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if (w & 0x8080808080808080ull)
                break;
            i += 8;
        }
        if (i >= len)
            break;
        if ((unsigned char)s[i] < 0x80) {
            i++;
            continue;
        }
        size_t n;
        long cp = ad_text_decode(s + i, len - i, &n);
        if (cp == 0xFFFD && n == 1)
            return 0;
        i += n;
    }
    return 1;
}

static int lower(int c)
{
    return (c >= 'A' && c <= 'Z') ? c + 32 : c;
}

int ad_text_casecmp(const char *a, const char *b)
{
    for (;; a++, b++) {
        int x = lower((unsigned char)*a), y = lower((unsigned char)*b);
        if (x != y || !x)
            return x - y;
    }
}

int ad_text_ncasecmp(const char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        int x = lower((unsigned char)a[i]), y = lower((unsigned char)b[i]);
        if (x != y || !x)
            return x - y;
    }
    return 0;
}

size_t ad_text_uprefix(const char *s, size_t slen, const char *w, size_t wlen)
{
    size_t i = 0, j = 0;
    while (j < wlen) {
        if (i >= slen)
            return 0;
        size_t a, b;
        long x = ad_text_decode(s + i, slen - i, &a), y = ad_text_decode(w + j, wlen - j, &b);
        if (x != y &&
            utf8proc_tolower((utf8proc_int32_t)x) != utf8proc_tolower((utf8proc_int32_t)y))
            return 0;
        i += a, j += b;
    }
    return i;
}

int ad_text_icontains(const char *hay, const char *needle)
{
    size_t n = strlen(needle);
    if (!n)
        return 1;
    for (; *hay; hay++)
        if (lower((unsigned char)*hay) == lower((unsigned char)*needle) &&
            ad_text_ncasecmp(hay, needle, n) == 0)
            return 1;
    return 0;
}

const char *ad_text_url_host(const char *url, size_t *len)
{
    const char *h = strstr(url, "://");
    h = h ? h + 3 : url;
    *len = strcspn(h, "/?#:");
    return h;
}
