/*
 * author.c - bylines into person names in normal case.
 *
 * The word lists (byline prefixes, joiners, job titles, non-names) are data
 * in data/byline_words.tsv. Everything works on short strings (a byline is a
 * line), so simple scans are enough; case mapping goes through utf8proc so
 * that "ÉMILE ZOLA" becomes "Émile Zola".
 */
#include <string.h>
#include <utf8proc.h>
#include "articled/author.h"
#include "articled/date.h"
#include "articled/gazetteer.h"
#include "articled/text.h"
#include "byline_words.h"
#include "cjk_bylines.h"
#include "credit_markers.h"
#include "date_months.h"

#define MAX_PIECES 24

typedef struct span {
    const char *s;
    size_t n;
} span;

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static span trim(span x)
{
    /* Punctuation left at the ends by the splits is not part of a name. */
    static const char edge[] = " \t\r\n,;:-\"'()[]*";
    for (int again = 1; again;) {
        again = 0;
        while (x.n && strchr(edge, x.s[0]) && x.s[0])
            x.s++, x.n--;
        while (x.n && strchr(edge, x.s[x.n - 1]) && x.s[x.n - 1])
            x.n--;
        /* An en or em dash left over from "Jane Doe — 2013-09-29". */
        if (x.n >= 3 && !memcmp(x.s, "\xe2\x80", 2) && (x.s[2] == '\x93' || x.s[2] == '\x94'))
            x.s += 3, x.n -= 3, again = 1;
        if (x.n >= 3 && !memcmp(x.s + x.n - 3, "\xe2\x80", 2) &&
            (x.s[x.n - 1] == '\x93' || x.s[x.n - 1] == '\x94'))
            x.n -= 3, again = 1;
    }
    /* A trailing period belongs to an initial ("John Q.") only. */
    while (x.n > 2 && x.s[x.n - 1] == '.' && x.s[x.n - 3] != ' ' && x.s[x.n - 3] != '.')
        x.n--;
    return x;
}

/* The kind of word w from the table, or NULL. */
static const char *word_kind(const char *w, size_t n)
{
    for (size_t r = 0; r < ad_tbl_byline_words_len; r++) {
        const char *t = ad_tbl_byline_words[r][0];
        /* The comparison stops at the row's end, so no length is taken:
         * every word of every byline candidate meets the whole table. */
        if (!ad_text_ncasecmp(t, w, n) && !t[n])
            return ad_tbl_byline_words[r][1];
    }
    return NULL;
}

static int is_kind(const char *w, size_t n, const char *kind)
{
    /* Folded beyond ASCII too: "Од" is the Macedonian "by". */
    char low[64];
    if (n >= sizeof(low))
        return 0;
    size_t ln = ad_text_lower(w, n, low, sizeof(low), NULL);
    for (size_t r = 0; r < ad_tbl_byline_words_len; r++) {
        const char *t = ad_tbl_byline_words[r][0];
        if (t[0] == low[0] && !strncmp(t, low, ln) && !t[ln] &&
            !strcmp(ad_tbl_byline_words[r][1], kind))
            return 1;
    }
    return 0;
}

static int is_month(const char *w, size_t n)
{
    char buf[16];
    if (n == 0 || n >= sizeof(buf))
        return 0;
    for (size_t k = 0; k < n; k++)
        buf[k] = (w[k] >= 'A' && w[k] <= 'Z') ? (char)(w[k] + 32) : w[k];
    buf[n] = '\0';
    if (n && buf[n - 1] == '.')
        buf[--n] = '\0';
    for (size_t r = 0; r < ad_tbl_date_months_len; r++)
        if (!strcmp(ad_tbl_date_months[r][0], buf))
            return 1;
    return 0;
}

/* Length of the word at s (up to white space). */
static size_t word_len(const char *s, size_t n)
{
    size_t k = 0;
    while (k < n && !is_space(s[k]))
        k++;
    return k;
}

/* Strips byline prefixes ("By", "Written by", "Author:"); returns 1 when one
 * was found. Two-word prefixes are tried before one-word ones. */
static int strip_prefix(span *x)
{
    int found = 0;
    for (int round = 0; round < 2; round++) {
        size_t w1 = word_len(x->s, x->n);
        size_t w2 = w1;
        if (w1 < x->n) {
            size_t k = w1;
            while (k < x->n && is_space(x->s[k]))
                k++;
            w2 = k + word_len(x->s + k, x->n - k);
        }
        size_t cut = 0;
        if (w2 > w1 && (is_kind(x->s, w2, "prefix") ||
                        (x->s[w2 - 1] == ':' && is_kind(x->s, w2 - 1, "prefix"))))
            cut = w2;
        else if (is_kind(x->s, w1, "prefix"))
            cut = w1;
        else if (w1 > 1 && x->s[w1 - 1] == ':' && is_kind(x->s, w1 - 1, "prefix"))
            cut = w1;
        if (!cut || cut >= x->n)
            break;
        /* "By" must be followed by something that starts like a name. */
        x->s += cut, x->n -= cut;
        *x = trim(*x);
        found = 1;
    }
    return found;
}

/* A credit inside a sentence: "This post was written by Jane Doe, ...".
 * When a two-word byline prefix follows "was", "is" or "were", the span is
 * cut to what follows it; returns 1 then. */
static int strip_inner_prefix(span *x)
{
    for (size_t k = 0; k < x->n;) {
        while (k < x->n && is_space(x->s[k]))
            k++;
        size_t w = word_len(x->s + k, x->n - k);
        if (!w)
            break;
        if ((w == 3 && !ad_text_ncasecmp(x->s + k, "was", 3)) ||
            (w == 2 && !ad_text_ncasecmp(x->s + k, "is", 2)) ||
            (w == 4 && !ad_text_ncasecmp(x->s + k, "were", 4))) {
            span rest = trim((span){x->s + k + w, x->n - k - w});
            size_t w1 = word_len(rest.s, rest.n), k2 = w1;
            while (k2 < rest.n && is_space(rest.s[k2]))
                k2++;
            size_t w2 = k2 + word_len(rest.s + k2, rest.n - k2);
            /* "Mmegi is published by Dikgang Publishing Company": a
             * publisher, not a writer ("This story was published by Jane
             * Doe" is hers). */
            if (w2 > k2 && w2 < rest.n && is_kind(rest.s, w2, "prefix") &&
                !(w == 2 && w1 == 9 && !ad_text_ncasecmp(rest.s, "published", 9))) {
                *x = trim((span){rest.s + w2, rest.n - w2});
                return x->n > 0;
            }
        }
        k += w;
    }
    return 0;
}

static int has_lower_letter(const char *s, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (s[k] >= 'a' && s[k] <= 'z')
            return 1;
    return 0;
}

/* "PhD", "M.D.", "RD", "FAND", "Jr." after a name. */
static int is_credential(span x)
{
    if (word_len(x.s, x.n) != x.n || x.n > 6)
        return 0;
    int dots = 0, upper = 0;
    for (size_t k = 0; k < x.n; k++) {
        if (x.s[k] == '.')
            dots++;
        else if (x.s[k] >= 'A' && x.s[k] <= 'Z')
            upper++;
    }
    return dots > 0 || (upper >= 2 && !has_lower_letter(x.s, x.n)) || upper + dots == (int)x.n ||
           !ad_text_ncasecmp(x.s, "phd", 3) || !ad_text_ncasecmp(x.s, "jr", 2);
}

/* A credential written in capitals only ("DVM", "M.D."), which no
 * honorific is ("Dr.", "Mrs.", "Prof."). */
static int capital_credential(span x)
{
    int upper = 0;
    for (size_t k = 0; k < x.n; k++)
        upper += x.s[k] >= 'A' && x.s[k] <= 'Z';
    return upper >= 2 && !has_lower_letter(x.s, x.n) && is_credential(x);
}

/* s lower-cased in every script ("ТАСС" is "тасс") with only its letters
 * and digits kept. */
static void squash(const char *s, size_t n, char *out, size_t outlen)
{
    char low[256];
    n = ad_text_lower(s, n, low, sizeof(low), NULL);
    size_t o = 0;
    for (size_t k = 0; k < n && o + 1 < outlen; k++) {
        char c = low[k];
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (unsigned char)c >= 0x80)
            out[o++] = c;
    }
    out[o] = '\0';
}

/* Whether s is the site's name followed only by role words ("NOS Nieuws",
 * "Reuters Staff"): the outlet signing. */
static int site_and_roles(const char *s, size_t len, const char *site)
{
    char b[128];
    squash(site, strlen(site), b, sizeof(b));
    if (strlen(b) < 2)
        return 0;
    size_t i = 0, words = 0;
    char acc[128] = "";
    size_t al = 0;
    /* The leading words that spell the site's name. */
    while (i < len && strcmp(acc, b)) {
        while (i < len && s[i] == ' ')
            i++;
        size_t e = i;
        while (e < len && s[e] != ' ')
            e++;
        if (e == i)
            return 0;
        char w[128];
        squash(s + i, e - i, w, sizeof(w));
        size_t wl = strlen(w);
        if (al + wl >= sizeof(acc) || strncmp(b + al, w, wl))
            return 0;
        memcpy(acc + al, w, wl + 1);
        al += wl;
        i = e;
    }
    /* ... and then role words only, one at least. */
    while (i < len) {
        while (i < len && s[i] == ' ')
            i++;
        size_t e = i;
        while (e < len && s[e] != ' ')
            e++;
        if (e > i && !is_kind(s + i, e - i, "role"))
            return 0;
        words += e > i;
        i = e;
    }
    return words > 0;
}

int ad_author_is_outlet(const char *s, size_t len, const char *host, const char *site)
{
    char a[128], b[128];
    squash(s, len, a, sizeof(a));
    if (strlen(a) < 2)
        return 0;
    const char *a2 = strncmp(a, "the", 3) ? a : a + 3;
    if (site) {
        squash(site, strlen(site), b, sizeof(b));
        if (!strcmp(a, b) || !strcmp(a2, b) || site_and_roles(s, len, site))
            return 1;
    }
    if (!host)
        return 0;
    size_t hl = strcspn(host, ":/");
    for (size_t i = 0; i < hl;) {
        size_t e = i;
        while (e < hl && host[e] != '.')
            e++;
        squash(host + i, e - i, b, sizeof(b));
        if (strlen(b) >= 3 && (!strcmp(a, b) || !strcmp(a2, b)))
            return 1;
        i = e + 1;
    }
    return 0;
}

static size_t put_cp(char *out, long cp)
{
    return (size_t)utf8proc_encode_char((utf8proc_int32_t)cp, (utf8proc_uint8_t *)out);
}

/* Whether the word s[0..n) is written in capitals only, with letters
 * counted in *letters; a Roman numeral ("III") is no such word. */
static int capital_word(const char *s, size_t n, size_t *letters)
{
    size_t up = 0, roman = 0;
    for (size_t i = 0; i < n;) {
        size_t k;
        long cp = ad_text_decode(s + i, n - i, &k);
        if (utf8proc_toupper((utf8proc_int32_t)cp) != cp)
            return 0;
        if (utf8proc_tolower((utf8proc_int32_t)cp) != cp) {
            up++;
            roman += cp == 'I' || cp == 'V' || cp == 'X';
        } else if (cp != '-' && cp != '\'' && cp != 0x2019) {
            return 0; /* "J.R.", "3M" */
        }
        i += k;
    }
    *letters = up;
    return up >= 2 && roman < up;
}

/* Whether the word s[0..n) is in plain title case: a capital, then small
 * letters, again after a hyphen ("Jean-Marie", "Léa"). */
static int title_word(const char *s, size_t n)
{
    long prev = '-';
    for (size_t i = 0; i < n;) {
        size_t k;
        long cp = ad_text_decode(s + i, n - i, &k);
        int up = utf8proc_tolower((utf8proc_int32_t)cp) != cp;
        int low = utf8proc_toupper((utf8proc_int32_t)cp) != cp;
        if (prev == '-' ? !up : (!low && cp != '-'))
            return 0;
        prev = cp;
        i += k;
    }
    return n > 1;
}

/* A name in mixed case whose surname is set in capitals ("Léa MARCHAND",
 * "Jean-Marie LE PEN"), after given names in plain title case: the words
 * in capitals are recased when they hold
 * four letters or more, one of them three (so "XI Jinping", "John Doe DVM"
 * and "John Doe III" keep theirs); otherwise the name as written. */
static char *capital_surnames(ad_arena *a, const char *s, size_t len)
{
    size_t longest = 0, all = 0;
    int named = 0; /* given names in plain title case before the capitals */
    for (size_t i = 0; i < len;) {
        size_t e = i, letters = 0;
        while (e < len && s[e] != ' ')
            e++;
        if (capital_word(s + i, e - i, &letters)) {
            if (named != 1)
                return ad_arena_strndup(a, s, len); /* "NETGEAR Orbi Team", "Lisa Wong IANS" */
            all += letters;
            longest = letters > longest ? letters : longest;
        } else if (!all) {
            if (!title_word(s + i, e - i))
                return ad_arena_strndup(a, s, len); /* "FlowGuard EMEA" */
            named++;
        }
        i = e + 1;
    }
    if (longest < 3 || all < 4)
        return ad_arena_strndup(a, s, len);
    char *out = ad_arena_alloc(a, len * 2 + 1);
    if (!out)
        return NULL;
    size_t o = 0;
    for (size_t i = 0; i < len;) {
        size_t e = i, letters = 0;
        while (e < len && s[e] != ' ')
            e++;
        int recase = capital_word(s + i, e - i, &letters);
        long prev = ' ';
        for (size_t j = i, pos = 0; j < e; pos++) {
            size_t k;
            long cp = ad_text_decode(s + j, e - j, &k);
            int start = prev == ' ' || prev == '-' ||
                        ((prev == '\'' || prev == 0x2019) && pos == 2); /* O'BRIEN */
            long m = !recase ? cp
                     : start ? utf8proc_toupper((utf8proc_int32_t)cp)
                             : utf8proc_tolower((utf8proc_int32_t)cp);
            o += put_cp(out + o, m);
            prev = cp;
            j += k;
        }
        if (e < len)
            out[o++] = ' ';
        i = e + 1;
    }
    out[o] = '\0';
    return out;
}

char *ad_author_case(ad_arena *a, const char *s, size_t len)
{
    int upper = 0, lowr = 0;
    for (size_t i = 0; i < len;) {
        size_t n;
        long cp = ad_text_decode(s + i, len - i, &n);
        if (utf8proc_toupper((utf8proc_int32_t)cp) != cp)
            lowr++;
        else if (utf8proc_tolower((utf8proc_int32_t)cp) != cp)
            upper++;
        i += n;
    }
    /* Mixed case is the author's own spelling ("McDonald", "van Gogh"),
     * except a surname set in capitals after a given name in normal case,
     * as French and Italian pages print it ("Léa MARCHAND"); a lone word of
     * two to five capitals is an acronym (an agency credit: "AFP", "DPA"),
     * not a name to recase. */
    if (upper && lowr)
        return capital_surnames(a, s, len);
    if ((!upper && !lowr) || (!lowr && upper >= 2 && upper <= 5 && (size_t)upper == len))
        return ad_arena_strndup(a, s, len);
    char *out = ad_arena_alloc(a, len * 2 + 1);
    if (!out)
        return NULL;
    size_t o = 0, wordpos = 0;
    long prev = ' ';
    for (size_t i = 0; i < len;) {
        size_t n;
        long cp = ad_text_decode(s + i, len - i, &n);
        int start = prev == ' ' || prev == '-' ||
                    ((prev == '\'' || prev == 0x2019) && wordpos == 2); /* O'Brien, O’Brien */
        long m =
            start ? utf8proc_toupper((utf8proc_int32_t)cp) : utf8proc_tolower((utf8proc_int32_t)cp);
        /* Greek sigma closing a word is written final: "ΠΑΠΑΔΌΠΟΥΛΟΣ" is
         * "Παπαδόπουλος". */
        if (m == 0x03C3) {
            size_t n2 = 0;
            long next = i + n < len ? ad_text_decode(s + i + n, len - i - n, &n2) : ' ';
            if (!ad_text_is_letter(next))
                m = 0x03C2;
        }
        o += put_cp(out + o, m);
        wordpos = (cp == ' ' || cp == '-') ? 0 : wordpos + 1;
        prev = cp;
        i += n;
    }
    out[o] = '\0';
    return out;
}

/* Whether the words of a piece are shaped like a person's name rather than
 * an organization, a section or a phrase: a word the lexicon knows only in
 * lower case ("Clinic", "Marketing", "finance") or a head word of
 * organizations ("Foundation", "News", "Team") is allowed only after a
 * given name ("Tim Green", "Sam Singleton"); a lone word with a capital
 * inside it ("KatieS") is a handle, and a colon marks a label
 * ("design: Scott McDaniel"). Particles ("van", "de") are skipped. */
static int person_shaped(span x)
{
    if (!x.n)
        return 0;
    if (memchr(x.s, ':', x.n))
        return 0;
    int words = 0, given = 0, common = 0, camel = 0;
    for (size_t k = 0; k < x.n;) {
        while (k < x.n && is_space(x.s[k]))
            k++;
        size_t w = word_len(x.s + k, x.n - k);
        if (!w)
            break;
        const char *p = x.s + k;
        size_t l = w;
        while (l && (p[l - 1] == '.' || p[l - 1] == ','))
            l--;
        k += w;
        if (!l)
            continue;
        uint32_t g = ad_gaz_lookup_nocaps(p, l, NULL);
        if (g & (AD_GAZ_PARTICLE | AD_GAZ_LINK) && words)
            continue;
        words++;
        if (words == 1 && (g & AD_GAZ_GIVEN))
            given = 1;
        if (ad_gaz_word_flags(p, l) == AD_GAZ_WORD || (g & AD_GAZ_ORGHEAD))
            common = 1;
        for (size_t j = 1; j < l; j++)
            if (p[j - 1] >= 'a' && p[j - 1] <= 'z' && p[j] >= 'A' && p[j] <= 'Z')
                camel = 1;
    }
    if (words == 1 && camel)
        return 0;
    return !common || given;
}

/* Whether a piece holds a job word ("Editor", "Head", "Expert") and does
 * not open with a given name. */
static int job_title(span x)
{
    for (size_t k = 0, words = 0; k < x.n;) {
        while (k < x.n && is_space(x.s[k]))
            k++;
        size_t w = word_len(x.s + k, x.n - k);
        if (!w)
            break;
        uint32_t g = ad_gaz_lookup_nocaps(x.s + k, w, NULL);
        if (!words++ && (g & AD_GAZ_GIVEN))
            return 0;
        if (g & (AD_GAZ_TITLE | AD_GAZ_TITLEMOD | AD_GAZ_CUE))
            return 1;
        k += w;
    }
    return 0;
}

/* The words of x (runs between spaces, punctuation kept), at most max. */
static size_t split_words(span x, span *out, size_t max)
{
    size_t n = 0;
    for (size_t k = 0; k < x.n && n < max;) {
        while (k < x.n && is_space(x.s[k]))
            k++;
        size_t w = word_len(x.s + k, x.n - k);
        if (!w)
            break;
        out[n++] = (span){x.s + k, w};
        k += w;
    }
    return n;
}

/* A title ("Founder", "Senior") or a byline role word ("Editor", "Staff"). */
static int job_word(const char *w, size_t n)
{
    return (ad_gaz_lookup_nocaps(w, n, NULL) & (AD_GAZ_TITLE | AD_GAZ_TITLEMOD)) ||
           is_kind(w, n, "role");
}

/* A piece whose name runs on into a job title, when nothing but the page's
 * styling set them apart ("Mateusz Haberny Founder at Oakywood", "Jane Doe
 * Senior Editor"): cut before the title. A title word counts only after two
 * words and when a connector ("at", "of", "for") or another title word
 * follows it, so surnames such as "Bishop" or "King" stay. */
static span cut_job_tail(span x)
{
    span wd[16];
    size_t n = split_words(x, wd, 16);
    for (size_t i = 2; i + 1 < n; i++) {
        const char *w = wd[i].s, *nx = wd[i + 1].s;
        if (*w < 'A' || *w > 'Z' || !job_word(w, wd[i].n))
            continue;
        if ((wd[i + 1].n == 2 && (!memcmp(nx, "at", 2) || !memcmp(nx, "of", 2))) ||
            (wd[i + 1].n == 3 && !memcmp(nx, "for", 3)) || job_word(nx, wd[i + 1].n))
            return trim((span){x.s, (size_t)(w - x.s)});
    }
    /* A writer's trade closing the piece (kind "bio": "Emma Ryan Writer",
     * "Jane Doe Senior Staff Writer") goes with the title words before it;
     * other titles alone at the end may be a surname ("Mary Anne King",
     * "Jennifer Anne Senior"). */
    if (n >= 3 && wd[n - 1].s[0] >= 'A' && wd[n - 1].s[0] <= 'Z' &&
        is_kind(wd[n - 1].s, wd[n - 1].n, "bio")) {
        size_t j = n - 1;
        while (j > 2 && job_word(wd[j - 1].s, wd[j - 1].n))
            j--;
        /* What is left must end on a name, not on a desk ("Ben Silverman
         * Games Editor", "Our Foreign Staff" stay whole). */
        span left = trim((span){x.s, (size_t)(wd[j].s - x.s)});
        const char *lw = wd[j - 1].s;
        size_t ln = wd[j - 1].n;
        /* After an initial the name goes on: "Jane Q. Writer" is whole. */
        if (ln > 2 && lw[ln - 1] != '.' && ad_gaz_word_flags(lw, ln) != AD_GAZ_WORD &&
            person_shaped(left))
            return left;
    }
    return x;
}

int ad_author_person_shaped(const char *s, size_t len)
{
    return person_shaped((span){s, len});
}

int ad_author_is_team(const char *s, size_t len)
{
    span w[16];
    size_t n = split_words((span){s, len}, w, 16);
    for (size_t i = 0; i < n; i++)
        if (is_kind(w[i].s, w[i].n, "team"))
            return 1;
    return 0;
}

/* Whether a trimmed piece can be a person's name. */
static int plausible_name(span x)
{
    if (x.n < 2 || x.n > 80)
        return 0;
    if (memchr(x.s, '@', x.n) || memchr(x.s, '/', x.n) || memchr(x.s, '=', x.n))
        return 0;
    /* "By the numbers: Imports fell": a colon after words is a label and
     * its text, not a name (a one-word label, "Autor:", is cut before). */
    const char *colon = memchr(x.s, ':', x.n);
    if (colon && colon + 1 < x.s + x.n && memchr(x.s, ' ', (size_t)(colon - x.s)))
        return 0;
    int words = 0, letters = 0, roles = 0, stops = 0, company = 0;
    for (size_t k = 0; k < x.n;) {
        while (k < x.n && is_space(x.s[k]))
            k++;
        size_t w = word_len(x.s + k, x.n - k);
        if (!w)
            break;
        const char *kind = word_kind(x.s + k, w);
        words++;
        company = kind && !strcmp(kind, "company"); /* of the last word */
        if (is_kind(x.s + k, w, "role")) /* a word may be a prefix and a role: "author" */
            roles++;
        if (kind && !strcmp(kind, "stop"))
            stops++;
        if (words == 1 && kind &&
            (!strcmp(kind, "lead") || !strcmp(kind, "prefix") || !strcmp(kind, "stop")))
            return 0;
        if (is_month(x.s + k, w) && words == 1 && k + w < x.n && x.s[k + w + 1] >= '0' &&
            x.s[k + w + 1] <= '9')
            return 0;
        k += w;
    }
    for (size_t k = 0; k < x.n; k++) {
        unsigned char c = (unsigned char)x.s[k];
        if ((c >= '0' && c <= '9') || c == '<' || c == '>' || c == '{')
            return 0;
        if ((c | 32) >= 'a' && (c | 32) <= 'z')
            letters++;
        else if (c >= 0x80)
            letters++;
    }
    if (letters < 2 || words > 6 || roles == words || (stops && words == 1) || company)
        return 0;
    /* A title written in lower case, with its beat ("verslaggever
     * justitie"), is no name. */
    size_t w0 = word_len(x.s, x.n);
    int capitals = 0;
    for (size_t k = 1; k < x.n; k++)
        capitals |= is_space(x.s[k - 1]) && x.s[k] >= 'A' && x.s[k] <= 'Z';
    if (x.s[0] >= 'a' && x.s[0] <= 'z' && !capitals && is_kind(x.s, w0, "role"))
        return 0;
    /* Nor a possessive ("The Newspaper's" of "The Newspaper's Staff
     * Reporter"). */
    if ((x.n > 2 && x.s[x.n - 2] == '\'' && x.s[x.n - 1] == 's') ||
        (x.n > 4 && !memcmp(x.s + x.n - 4, "\xe2\x80\x99s", 4)))
        return 0;
    /* "undefined", "null": a template's empty value, but "Nan Whaley" is a name. */
    if (words == 1 && is_kind(x.s, x.n, "empty"))
        return 0;
    /* A lone two-letter word is initials from an avatar ("CM"). */
    if (words == 1 && x.n <= 2)
        return 0;
    /* A lone country's name is an outlet's or a desk's ("FRANCE 24 avec
     * AFP" read as "France"), not a writer's. */
    if (words == 1 &&
        (ad_gaz_lookup(x.s, x.n, NULL) & (AD_GAZ_COUNTRY | AD_GAZ_GIVEN)) == AD_GAZ_COUNTRY)
        return 0;
    /* "page.head.author", "jane.doe": template keys and user handles. */
    for (size_t k = 2; k + 2 < x.n; k++)
        if (x.s[k] == '.' && (x.s[k - 1] | 32) >= 'a' && (x.s[k - 1] | 32) <= 'z' &&
            (x.s[k - 2] | 32) >= 'a' && (x.s[k - 2] | 32) <= 'z' && (x.s[k + 1] | 32) >= 'a' &&
            (x.s[k + 1] | 32) <= 'z' && (x.s[k + 2] | 32) >= 'a' && (x.s[k + 2] | 32) <= 'z')
            return 0;
    if (is_kind(x.s, x.n, "prefix") || (x.s[x.n - 1] == ':' && is_kind(x.s, x.n - 1, "prefix")))
        return 0;
    for (size_t k = 0; k + 4 <= x.n; k++)
        if (!ad_text_ncasecmp(x.s + k, "www.", 4) || !ad_text_ncasecmp(x.s + k, "http", 4))
            return 0;
    return 1;
}

static ad_status push_name(span x, ad_arena *a, ad_strlist *list, size_t max)
{
    if (list->n >= max)
        return AD_OK;
    char *name = ad_author_case(a, x.s, x.n);
    if (!name)
        return AD_ERR_NOMEM;
    for (size_t i = 0; i < list->n; i++)
        if (!ad_text_casecmp(list->v[i], name))
            return AD_OK;
    list->v[list->n++] = name;
    return AD_OK;
}

/* Cuts a name string at commas, semicolons and joiner words into pieces. */
static size_t split_names(span x, span *out, size_t max)
{
    size_t n = 0, start = 0, k = 0;
    while (k <= x.n && n < max) {
        size_t cut = 0, skip = 0;
        if (k == x.n) {
            cut = 1;
        } else if (x.s[k] == ',' || x.s[k] == ';') {
            cut = 1, skip = 1;
        } else if (is_space(x.s[k])) {
            size_t w = k + 1;
            size_t wl = word_len(x.s + w, x.n - w);
            if (wl && w + wl < x.n && is_space(x.s[w + wl]) && is_kind(x.s + w, wl, "joiner"))
                cut = 1, skip = 1 + wl + 1;
            /* "with" joins names only after a name of two words or more and
             * before a capitalized word ("NANCY WARI with AAP"); "Jane Doe
             * with additional reporting by ..." ends the names there, and
             * "Interview with Jane Doe" is no list. */
            if (cut && wl == 4 && !ad_text_ncasecmp(x.s + w, "with", 4)) {
                unsigned char nx = w + wl + 1 < x.n ? (unsigned char)x.s[w + wl + 1] : 0;
                span before = trim((span){x.s + start, k - start});
                if (!memchr(before.s, ' ', before.n))
                    cut = 0, skip = 0;
                else if (!((nx >= 'A' && nx <= 'Z') || nx >= 0x80)) {
                    if (before.n)
                        out[n++] = before;
                    return n;
                }
            }
        }
        if (cut) {
            span p = trim((span){x.s + start, k - start});
            if (p.n)
                out[n++] = p;
            k += skip ? skip : 1;
            start = k;
            continue;
        }
        k++;
    }
    return n;
}

/* Whether the bracketed group opening s holds only capitalized words and
 * is followed, after a space, by a capitalized word: "(Guha) Ghosh". */
static int name_goes_on(const char *s, size_t n)
{
    size_t k = 1;
    int words = 0;
    while (k < n && s[k] != ')' && s[k] != ']') {
        unsigned char c = (unsigned char)s[k];
        if ((k == 1 || s[k - 1] == ' ') && c != ' ') {
            if (!((c >= 'A' && c <= 'Z') || c >= 0xc3))
                return 0;
            words++;
        }
        if (c == '(' || c == '[' || c == ',' || c == '@' || (c >= '0' && c <= '9'))
            return 0;
        k++;
    }
    if (k + 2 >= n || s[k + 1] != ' ' || !words)
        return 0;
    unsigned char c = (unsigned char)s[k + 2];
    return (c >= 'A' && c <= 'Z') || c >= 0xc3;
}

/* Whether the lone word x, left by a cut at "for"/"in"/"via" in the
 * string whole, heads a name that holds the preposition ("Center for Drug
 * Evaluation and Research", "Human in the Loop"): a capitalized common
 * word that is no byline word ("Staff", "Editors", "editor") nor a title
 * ("Correspondent"), with no place right after the preposition ("Staff in
 * Washington"). */
static int whole_name_head(span x, span whole)
{
    if (!(x.s[0] >= 'A' && x.s[0] <= 'Z') || ad_gaz_word_flags(x.s, x.n) != AD_GAZ_WORD)
        return 0;
    static const char *const kinds[] = {"role", "stop", "lead", "team", "prefix", NULL};
    for (const char *const *k = kinds; *k; k++)
        if (is_kind(x.s, x.n, *k))
            return 0;
    if (ad_gaz_lookup(x.s, x.n, NULL) & (AD_GAZ_TITLE | AD_GAZ_CUE))
        return 0;
    /* The word after the preposition. */
    const char *p = x.s + x.n;
    const char *e = whole.s + whole.n;
    while (p < e && is_space(*p))
        p++;
    while (p < e && !is_space(*p))
        p++;
    while (p < e && is_space(*p))
        p++;
    size_t wl = word_len(p, (size_t)(e - p));
    while (wl && (p[wl - 1] == ',' || p[wl - 1] == '.'))
        wl--;
    return !wl || !(ad_gaz_lookup(p, wl, NULL) & (AD_GAZ_COUNTRY | AD_GAZ_PLACE | AD_GAZ_DEMONYM));
}

/* Names each followed by the outlet's, with no separator ("Marie-Ève
 * Tremblay-Gagnon La Presse Mathieu Lachapelle-Roy La Presse"): the
 * outlet's name after a name becomes a comma, so the names split there.
 * buf[0..n) is rewritten in place; returns its new length. */
static size_t cut_site_names(char *buf, size_t n, const char *site)
{
    size_t sl = site ? strlen(site) : 0;
    if (sl < 3)
        return n;
    for (size_t k = 1; k + sl <= n; k++) {
        if (buf[k - 1] != ' ' || ad_text_ncasecmp(buf + k, site, sl) != 0 ||
            (k + sl < n && buf[k + sl] != ' '))
            continue;
        /* Two words or more before it, since the last comma. */
        size_t words = 0, b = k - 1;
        while (b > 0 && buf[b - 1] != ',') {
            words += buf[b - 1] == ' ' && b > 1 && buf[b - 2] != ',' && buf[b - 2] != ' ';
            b--;
        }
        /* "CEO of CaseBasix": the outlet as an object is the title's. */
        size_t pw = k - 1;
        while (pw > b && buf[pw - 1] != ' ')
            pw--;
        if (words < 1 || is_kind(buf + pw, k - 1 - pw, "prep"))
            continue;
        buf[k - 1] = ',';
        memmove(buf + k, buf + k + sl, n - k - sl);
        n -= sl;
        buf[n] = '\0';
    }
    return n;
}

/* One word lower-cased into buf (48 bytes): its length, or 0 when it is
 * empty, too long or not read whole. */
static size_t lower_word(const char *w, size_t n, char *buf)
{
    size_t used;
    if (n == 0 || n >= 24)
        return 0;
    size_t l = ad_text_lower(w, n, buf, 48, &used);
    return used == n ? l : 0;
}

int ad_author_role_word(const char *w, size_t n)
{
    char buf[48];
    size_t l = lower_word(w, n, buf);
    return l && is_kind(buf, l, "role");
}

int ad_author_between_word(const char *w, size_t n)
{
    char buf[48];
    size_t l = lower_word(w, n, buf);
    return l && is_kind(buf, l, "between");
}

int ad_author_credit_word(const char *w, size_t n)
{
    char buf[48];
    size_t l = lower_word(w, n, buf);
    if (!l)
        return 0;
    for (size_t r = 0; r < ad_tbl_credit_markers_len; r++)
        if (strlen(ad_tbl_credit_markers[r][0]) == l &&
            !memcmp(ad_tbl_credit_markers[r][0], buf, l))
            return 1;
    return 0;
}

ad_status ad_author_add(const char *s, size_t len, const char *host, const char *site, ad_arena *a,
                        ad_strlist *list, size_t max)
{
    span x = trim((span){s, len});
    /* Text in brackets is an affiliation or a handle, not part of the name,
     * unless the name goes on after it: "Paramita (Guha) Ghosh" keeps a
     * maiden or middle name, without the brackets. */
    char buf[256];
    size_t o = 0;
    int depth = 0, inner = 0;
    for (size_t k = 0; k < x.n && o + 1 < sizeof(buf); k++) {
        if (x.s[k] == '(' || x.s[k] == '[') {
            if (!depth++)
                inner = k > 1 && x.s[k - 1] == ' ' && name_goes_on(x.s + k, x.n - k);
        } else if ((x.s[k] == ')' || x.s[k] == ']') && depth) {
            depth--;
        } else if ((!depth || inner) && !(o && buf[o - 1] == ' ' && x.s[k] == ' ')) {
            buf[o++] = x.s[k];
        }
    }
    buf[o] = '\0';
    o = cut_site_names(buf, o, site);
    x = trim((span){buf, o});
    strip_prefix(&x);
    /* A one-word label before a colon ("Autor: Jan Novák", "Tekst: Anna
     * Kowalska"): the name is after it. */
    const char *colon = memchr(x.s, ':', x.n);
    if (colon && colon > x.s && !memchr(x.s, ' ', (size_t)(colon - x.s)) && colon + 1 < x.s + x.n) {
        /* "Foto: Michal Šula": a picture's credit, no author. */
        if (ad_author_credit_word(x.s, (size_t)(colon - x.s)))
            return AD_OK;
        x = trim((span){colon + 1, (size_t)(x.s + x.n - colon - 1)});
    }
    /* "Shanique Barnett/Senior Gleaner Writer": a job after a slash, ending
     * on a role or a writer's trade, is cut with the slash. */
    const char *slash = memchr(x.s, '/', x.n);
    if (slash && slash > x.s && slash[-1] != ' ' && slash + 1 < x.s + x.n && slash[1] != ' ') {
        span tail = {slash + 1, (size_t)(x.s + x.n - slash - 1)}, wd[8];
        size_t nw = split_words(tail, wd, 8);
        if (nw && nw < 8 &&
            (job_word(wd[nw - 1].s, wd[nw - 1].n) || is_kind(wd[nw - 1].s, wd[nw - 1].n, "bio")))
            x = trim((span){x.s, (size_t)(slash - x.s)});
    }
    /* A name never holds digits: what follows is a date or a count; a
     * digit inside a word ("Fibre2Fashion News Desk") makes a brand, no
     * name at all. */
    int cut_digit = 0;
    for (size_t k = 0; k < x.n; k++) {
        if (x.s[k] >= '0' && x.s[k] <= '9') {
            int inside = k > 0 && k + 1 < x.n &&
                         ((x.s[k - 1] | 32) >= 'a' && (x.s[k - 1] | 32) <= 'z') &&
                         ((x.s[k + 1] | 32) >= 'a' && (x.s[k + 1] | 32) <= 'z');
            size_t w = k;
            while (inside && w > 0 && x.s[w - 1] != ' ')
                w--;
            x.n = inside ? w : k;
            cut_digit = 1;
            break;
        }
    }
    x = trim(x);
    /* "Jane Doe for Reuters", "John Roe in SEO", "... on behalf of ...". */
    span uncut = x;
    for (size_t k = 1; k < x.n; k++) {
        if (x.s[k - 1] != ' ')
            continue;
        for (size_t r = 0; r < ad_tbl_byline_words_len; r++) {
            const char *t = ad_tbl_byline_words[r][0];
            size_t tl = strlen(t);
            if (!strcmp(ad_tbl_byline_words[r][1], "cut") && k + tl < x.n && x.s[k + tl] == ' ' &&
                !ad_text_ncasecmp(x.s + k, t, tl)) {
                x.n = k - 1;
                break;
            }
        }
    }
    x = trim(x);
    /* What the cut leaves must still be a name: a lone common word heads
     * a name that holds the preposition ("Center for Drug Evaluation and
     * Research", "Human in the Loop"), which is kept whole, "and" too. */
    int whole = 0;
    if (x.n < uncut.n && word_len(x.s, x.n) == x.n && whole_name_head(x, uncut))
        x = uncut, whole = 1;
    /* Trailing "on", "updated", "published": the date was cut away. */
    for (;;) {
        size_t e = x.n;
        while (e && !is_space(x.s[e - 1]))
            e--;
        if (x.n == 0 ||
            !(is_kind(x.s + e, x.n - e, "lead") || (cut_digit && is_month(x.s + e, x.n - e))))
            break;
        x = trim((span){x.s, e});
    }
    span pieces[MAX_PIECES];
    size_t np = whole ? (pieces[0] = x, 1) : split_names(x, pieces, MAX_PIECES);
    /* "Roy, Aniruddha" (citation style): one word each side of one comma. */
    if (np == 2 && word_len(pieces[0].s, pieces[0].n) == pieces[0].n &&
        word_len(pieces[1].s, pieces[1].n) == pieces[1].n && memchr(x.s, ',', x.n) &&
        !is_credential(pieces[1]) && pieces[0].n + pieces[1].n + 2 < sizeof(buf)) {
        char swapped[256];
        size_t o2 = 0;
        memcpy(swapped, pieces[1].s, pieces[1].n);
        o2 = pieces[1].n;
        swapped[o2++] = ' ';
        memcpy(swapped + o2, pieces[0].s, pieces[0].n);
        o2 += pieces[0].n;
        memcpy(buf, swapped, o2);
        pieces[0] = (span){buf, o2};
        np = 1;
    }
    int after_credential = 0;
    for (size_t i = 0; i < np; i++) {
        span p = pieces[i];
        /* Drop e-mail words inside the piece ("Jane Doe jane@x.com"). */
        const char *at = memchr(p.s, '@', p.n);
        if (at) {
            size_t e = (size_t)(at - p.s);
            while (e && !is_space(p.s[e - 1]))
                e--;
            p = trim((span){p.s, e});
        }
        if (i > 0 && is_credential(p)) {
            after_credential = 1;
            continue;
        }
        /* "Paul Frew, Home and Digital Security Expert": after a name, a
         * piece with a job word is the title, and what follows belongs
         * to it. */
        if (i > 0 && list->n && job_title(p))
            break;
        /* "Shelby Loos, DVM. Reviewed by Molly Price": a piece that opens
         * with a credential and a full stop belongs to the name before it,
         * and what follows is another credit. */
        size_t fw = word_len(p.s, p.n), nb = fw;
        while (nb < p.n && is_space(p.s[nb]))
            nb++;
        if (i > 0 && list->n && fw < p.n && capital_credential((span){p.s, fw}) &&
            (p.s[fw - 1] == '.' || (nb < p.n && p.s[nb] == '.')))
            continue;
        /* "Vanessa Mendez, MD, gastroenterologist": after a credential, a
         * lone word is the specialty, not a second author. */
        if (after_credential && fw == p.n)
            continue;
        /* "Von Anna Keller und Tobias Reuß, ARD-Finanzredaktion": a lone
         * common word or compound closing the byline after a comma, once
         * full names were given, is their desk or trade, not one more
         * author (a one-name reporter, "Sukarno", stays). */
        if (i > 0 && i + 1 == np && fw == p.n && list->n && strchr(list->v[list->n - 1], ' ') &&
            (memchr(p.s, '-', p.n) || ad_gaz_word_flags(p.s, p.n) == AD_GAZ_WORD)) {
            const char *q = p.s;
            while (q > x.s && is_space(q[-1]))
                q--;
            if (q > x.s && q[-1] == ',')
                continue;
        }
        p = cut_job_tail(p);
        /* Nor an organization the gazetteer knows: a wire credited as the
         * author ("AFP", "Reuters", "Associated Press") is no person. */
        if (!plausible_name(p) || ad_author_is_outlet(p.s, p.n, host, site) ||
            (ad_gaz_lookup(p.s, p.n, NULL) & AD_GAZ_ORG))
            continue;
        ad_status st = push_name(p, a, list, max);
        if (st != AD_OK)
            return st;
    }
    return AD_OK;
}

/* The length of the time opening x: its first word and an "am"/"pm" after
 * it ("13:45 1,842 views" gives "13:45", "9:30 a.m. EST" gives "9:30 a.m."). */
static size_t time_len(span x)
{
    static const char *const marks[] = {"am", "pm", "a.m.", "p.m."};
    size_t k = 0;
    while (k < x.n && x.s[k] != ' ')
        k++;
    size_t w = k + 1, e = w;
    while (e < x.n && x.s[e] != ' ')
        e++;
    for (size_t m = 0; w < x.n && m < sizeof(marks) / sizeof(marks[0]); m++)
        if (e - w == strlen(marks[m]) && !ad_text_ncasecmp(x.s + w, marks[m], e - w))
            return e;
    return k;
}

/* Splits a byline into its pieces at "|", "•", "·", " - ", " – ", " — ",
 * " / " and line breaks. */
static size_t split_segments(const char *s, size_t len, span *out, size_t max)
{
    static const char *const seps[] = {
        "|",   "\xe2\x80\xa2", "\xc2\xb7", " - ", " \xe2\x80\x93 ", " \xe2\x80\x94 ",
        " / ", "\n",           NULL};
    size_t n = 0, start = 0;
    for (size_t k = 0; k <= len && n < max;) {
        size_t sl = 0;
        if (k < len) {
            for (const char *const *p = seps; *p; p++) {
                size_t pl = strlen(*p);
                if (k + pl <= len && !memcmp(s + k, *p, pl)) {
                    sl = pl;
                    break;
                }
            }
        }
        if (k == len || sl) {
            span p = trim((span){s + start, k - start});
            if (p.n)
                out[n++] = p;
            k += sl ? sl : 1;
            start = k;
            continue;
        }
        k++;
    }
    return n;
}

ad_status ad_author_from_bio(const char *s, size_t len, const ad_strlist *known, ad_arena *a,
                             ad_strlist *list, size_t max)
{
    span w[16];
    size_t n = split_words((span){s, len}, w, 16);
    /* The name: capitalized words up to the verb ("is", "was", the German
     * "ist": kind "copula"); then, in English, an article, which other
     * languages leave out before a trade ("ist Redakteurin"). */
    size_t v = 0;
    while (v < n && v < 5 && !is_kind(w[v].s, w[v].n, "copula") &&
           !is_kind(w[v].s, w[v].n, "bioverb")) {
        if (!(w[v].s[0] >= 'A' && w[v].s[0] <= 'Z') || w[v].s[w[v].n - 1] == ',')
            return AD_OK;
        v++;
    }
    if (v < 2 || v > 4 || v + 2 >= n)
        return AD_OK;
    /* "X covers trade ... for The Malaysian Reserve", "X reports on energy
     * policy from Washington", "X writes about food": a verb of the
     * trade, then its beat (a preposition after "reports" and "writes"). */
    if (is_kind(w[v].s, w[v].n, "bioverb")) {
        int cov = w[v].n == 6 && !memcmp(w[v].s, "covers", 6);
        const span *pp = &w[v + 1];
        int prep = (pp->n == 2 && !memcmp(pp->s, "on", 2)) ||
                   (pp->n == 5 && !memcmp(pp->s, "about", 5)) ||
                   (pp->n == 3 && !memcmp(pp->s, "for", 3));
        span name = {w[0].s, (size_t)(w[v - 1].s + w[v - 1].n - w[0].s)};
        int named = 0; /* the writer is one of the article's authors */
        for (size_t k = 0; known && k < known->n && !named; k++)
            named = strlen(known->v[k]) == name.n && !ad_text_ncasecmp(known->v[k], name.s, name.n);
        if ((!cov && !prep) || (pp->s[0] >= 'A' && pp->s[0] <= 'Z' && !(cov && named)) ||
            !person_shaped(name))
            return AD_OK;
        return ad_author_add(name.s, name.n, NULL, NULL, a, list, max);
    }
    const span *art = &w[v + 1];
    int english =
        (w[v].n == 2 && !memcmp(w[v].s, "is", 2)) || (w[v].n == 3 && !memcmp(w[v].s, "was", 3));
    int article = (art->n == 1 && art->s[0] == 'a') || (art->n == 2 && !memcmp(art->s, "an", 2)) ||
                  (art->n == 3 && !memcmp(art->s, "the", 3));
    if (english && !article)
        return AD_OK;
    for (size_t i = v + 1 + article; i < n && i < v + 10; i++) {
        size_t wl = w[i].n;
        while (wl && (w[i].s[wl - 1] == ',' || w[i].s[wl - 1] == '.' || w[i].s[wl - 1] == ';'))
            wl--;
        /* "writers" is a trade too; the plural s is tried last. */
        if (is_kind(w[i].s, wl, "bio") ||
            (wl > 1 && w[i].s[wl - 1] == 's' && is_kind(w[i].s, wl - 1, "bio"))) {
            span name = {w[0].s, (size_t)(w[v - 1].s + w[v - 1].n - w[0].s)};
            if (!person_shaped(name))
                return AD_OK;
            return ad_author_add(name.s, name.n, NULL, NULL, a, list, max);
        }
    }
    return AD_OK;
}

/* The text before the date d in x, or else after it, when it is two to
 * four capitalized words ("Luke Kim December 17, 2025"); empty otherwise. */
static span name_before_date(span x, const ad_date *d)
{
    span none = {NULL, 0};
    size_t start = 0;
    ad_date e;
    /* The date starts at the last word from which it still parses. */
    for (size_t k = 1; k < x.n; k++)
        if (is_space(x.s[k - 1]) && !is_space(x.s[k]) && ad_date_parse(x.s + k, x.n - k, &e) &&
            e.year == d->year && e.month == d->month && e.day == d->day)
            start = k;
    span nm = {x.s, start};
    if (!start) {
        /* "Dec 17, 2025 Julian K. Arni": the name after the date. */
        size_t end = 0;
        for (size_t k = x.n; k > 0; k--)
            if ((k == x.n || is_space(x.s[k])) && ad_date_parse(x.s, k, &e) && e.year == d->year &&
                e.month == d->month && e.day == d->day)
                end = k;
        if (!end || end >= x.n)
            return none;
        nm = (span){x.s + end, x.n - end};
        while (nm.n && (is_space(nm.s[0]) || nm.s[0] == ','))
            nm.s++, nm.n--;
    }
    /* "Craig McCarthy Last updated on": the label of the date goes. */
    for (;;) {
        while (nm.n && (is_space(nm.s[nm.n - 1]) || nm.s[nm.n - 1] == ',' || nm.s[nm.n - 1] == ':'))
            nm.n--;
        size_t b = nm.n;
        while (b && !is_space(nm.s[b - 1]))
            b--;
        if (!nm.n || b == 0 || !is_kind(nm.s + b, nm.n - b, "lead"))
            break;
        nm.n = b;
    }
    int words = 0;
    for (size_t k = 0; k < nm.n;) {
        while (k < nm.n && is_space(nm.s[k]))
            k++;
        size_t w = word_len(nm.s + k, nm.n - k);
        if (!w)
            break;
        unsigned char c = (unsigned char)nm.s[k];
        if (!((c >= 'A' && c <= 'Z') || c >= 0xc3) || word_kind(nm.s + k, w))
            return none;
        words++;
        k += w;
    }
    return words >= 2 && words <= 4 && plausible_name(nm) ? nm : none;
}

/* Whether code point c is a Han ideograph, kana or a Hangul syllable. */
static int cjk_cp(long c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x3040 && c <= 0x30FF) || (c >= 0xAC00 && c <= 0xD7A3);
}

/* Whether a line is a byline in Chinese, Japanese or Korean: CJK letters,
 * and no word in Latin letters but an e-mail or web address. */
static int cjk_line(const char *s, size_t len)
{
    size_t cjk = 0;
    for (size_t k = 0; k < len;) {
        size_t n;
        long c = ad_text_decode(s + k, len - k, &n);
        if (((c | 32) >= 'a' && (c | 32) <= 'z')) {
            size_t b = k, e = k;
            while (b && !is_space(s[b - 1]))
                b--;
            while (e < len && !is_space(s[e]))
                e++;
            if (!memchr(s + b, '@', e - b) && !memchr(s + b, '.', e - b))
                return 0;
            k = e;
            continue;
        }
        cjk += cjk_cp(c);
        k += n;
    }
    return cjk >= 2;
}

/* The row of data/cjk_bylines.tsv of the given kind that s[0..n) opens
 * (at_end: ends) with, as its length in bytes, or 0. */
static size_t cjk_word(const char *s, size_t n, const char *kind, int at_end)
{
    for (size_t r = 0; r < ad_tbl_cjk_bylines_len; r++) {
        const char *w = ad_tbl_cjk_bylines[r][0];
        size_t wl = strlen(w);
        if (wl <= n && !strcmp(ad_tbl_cjk_bylines[r][1], kind) &&
            !memcmp(at_end ? s + n - wl : s, w, wl))
            return wl;
    }
    return 0;
}

/* A CJK byline ("文｜财新 周晓燕 张涵", "本报记者 王小明 李华", "那覇支局 山田太郎",
 * "김소연 기자"): labels and roles are cut, words naming a desk or the
 * outlet dropped, and each word left of two to six letters is a name. A
 * label, a role or a desk is the line's "By" (has_prefix): without one,
 * only an element marked as the author's is read so. */
static ad_status cjk_byline(const char *s, size_t len, const char *site, ad_arena *a, size_t max,
                            ad_byline *out)
{
    static const char *const seps[] = {"\xef\xbd\x9c", "|", "/",
                                       "\xef\xbc\x8f", ":", "\xef\xbc\x9a",
                                       "\xe3\x80\x81", ",", "\xef\xbc\x8c",
                                       "\xe3\x80\x80", NULL};
    int named = 0, role_seen = 0; /* a name since the last separator; a role glued to it */
    for (size_t k = 0; k < len;) {
        /* The next word: up to a space or a separator. */
        while (k < len && is_space(s[k]))
            k++;
        size_t b = k, e = k, sl = 0;
        while (e < len && !is_space(s[e]) && !sl) {
            for (const char *const *p = seps; *p && !sl; p++)
                if (e + strlen(*p) <= len && !memcmp(s + e, *p, strlen(*p)))
                    sl = strlen(*p);
            if (!sl)
                e++;
        }
        k = e + sl;
        /* Brackets around a credit: "（記者 山田太郎）", "[王小明]". */
        static const char *const brackets[] = {"\xef\xbc\x88",
                                               "\xef\xbc\x89",
                                               "\xe3\x80\x8c",
                                               "\xe3\x80\x8d",
                                               "(",
                                               ")",
                                               "[",
                                               "]",
                                               NULL};
        for (int trimmed = 1; trimmed && e > b;) {
            trimmed = 0;
            for (const char *const *p = brackets; *p && !trimmed; p++) {
                size_t pl = strlen(*p);
                if (e - b >= pl && !memcmp(s + b, *p, pl))
                    b += pl, trimmed = 1;
                else if (e - b >= pl && !memcmp(s + e - pl, *p, pl))
                    e -= pl, trimmed = 1;
            }
        }
        if (e == b) {
            if (sl)
                named = 0; /* a separator standing alone ends a credit */
            continue;
        }
        size_t l;
        int cut = 1;
        if ((l = cjk_word(s + b, e - b, "other", 0)) != 0 && l == e - b)
            break; /* "编辑：...": the rest credits no author */
        /* A role with no name before it since the last separator closes
         * the credit: "김소연 기자 sykim@hani.co.kr 기자 페이지" ends with a
         * link to the reporter's page. */
        if ((l = cjk_word(s + b, e - b, "role", 1)) == e - b && !named &&
            !cjk_word(s + b, e - b, "label", 0))
            break;
        while (cut && e > b) {
            cut = 0;
            if ((l = cjk_word(s + b, e - b, "label", 0)) != 0)
                b += l, cut = 1, out->has_prefix = 1;
            else if ((l = cjk_word(s + b, e - b, "role", 1)) != 0)
                e -= l, cut = 1, out->has_prefix = 1, role_seen = 1;
        }
        if (sl || (e == b && role_seen))
            named = 0; /* a separator, or a role closing a name, ends a credit */
        if (e == b || memchr(s + b, '@', e - b))
            continue;
        if (cjk_word(s + b, e - b, "office", 1)) {
            out->has_prefix = 1; /* a desk's credit line: "那覇支局 山田太郎" */
            continue;
        }
        /* The outlet's own name, or the start of it ("财新" of "财新网"). */
        if (site && e - b <= strlen(site) && !memcmp(site, s + b, e - b))
            continue;
        size_t letters = 0, other = 0;
        for (size_t j = b; j < e;) {
            size_t n;
            long c = ad_text_decode(s + j, e - j, &n);
            if (cjk_cp(c))
                letters++;
            else if (c != 0xB7 && c != 0x30FB) /* "·" and "・" join foreign names */
                other++;
            j += n;
        }
        if (letters < 2 || letters > 6 || other)
            continue;
        ad_status st = push_name((span){s + b, e - b}, a, &out->authors, max);
        if (st != AD_OK)
            return st;
        named = !role_seen;
        role_seen = 0;
    }
    return AD_OK;
}

ad_status ad_author_parse_byline(const char *s, size_t len, const char *host, const char *site,
                                 ad_arena *a, size_t max, ad_byline *out)
{
    memset(out, 0, sizeof(*out));
    out->authors.v = ad_arena_calloc(a, max ? max : 1, sizeof(char *));
    if (!out->authors.v)
        return AD_ERR_NOMEM;
    if (cjk_line(s, len)) {
        /* A sentence ("发言人表示，双方将…") is no byline; a short line may
         * part names with "，" ("记者 王小明，李华"). */
        if (len > 120 || memmem(s, len, "\xe3\x80\x82", 3) ||
            (len > 40 && memmem(s, len, "\xef\xbc\x8c", 3)))
            return AD_OK;
        ad_date d;
        if (ad_date_parse(s, len, &d) && !(out->date = ad_arena_strndup(a, s, len)))
            return AD_ERR_NOMEM; /* "2027年11月23日 20:14" */
        return cjk_byline(s, len, site, a, max, out);
    }
    span seg[MAX_PIECES];
    int is_author[MAX_PIECES];
    size_t ns = split_segments(s, len, seg, MAX_PIECES);
    int any_prefix = 0;
    for (size_t i = 0; i < ns; i++) {
        span x = seg[i];
        is_author[i] = strip_prefix(&x) || strip_inner_prefix(&x);
        if (is_author[i]) {
            seg[i] = x;
            any_prefix = 1;
        }
    }
    out->has_prefix = any_prefix;
    for (size_t i = 0; i < ns; i++) {
        ad_date d;
        size_t w = word_len(seg[i].s, seg[i].n);
        int lead = w && is_kind(seg[i].s, seg[i].s[w - 1] == ':' ? w - 1 : w, "lead");
        if (ad_date_parse(seg[i].s, seg[i].n, &d)) {
            /* "Jul 20, 2028 - 10:21": the time set apart by a dash of its
             * own belongs to the date. */
            size_t dn = seg[i].n;
            ad_date t;
            size_t tl = i + 1 < ns ? time_len(seg[i + 1]) : 0;
            if (!d.has_time && tl && tl <= 16 && seg[i + 1].s > seg[i].s &&
                seg[i + 1].s[0] >= '0' && seg[i + 1].s[0] <= '9') {
                size_t joined = (size_t)(seg[i + 1].s - seg[i].s) + tl;
                if (ad_date_parse(seg[i].s, joined, &t) && t.has_time &&
                    ad_date_parse(seg[i + 1].s, tl, &t) == 0)
                    dn = joined;
            }
            if (!out->date && !(out->date = ad_arena_strndup(a, seg[i].s, dn)))
                return AD_ERR_NOMEM;
            if (!is_author[i]) {
                /* "Luke Kim December 17, 2025": a capitalized name run
                 * before the date, in an author box without separators. */
                span nm = name_before_date(seg[i], &d);
                if (nm.n && !any_prefix && !ad_author_is_outlet(nm.s, nm.n, host, site)) {
                    ad_status st = ad_author_add(nm.s, nm.n, host, site, a, &out->authors, max);
                    if (st != AD_OK)
                        return st;
                }
                continue;
            }
        }
        if (lead)
            continue;
        if (!is_author[i] && ad_author_is_outlet(seg[i].s, seg[i].n, host, site)) {
            if (!out->publisher && !(out->publisher = ad_arena_strndup(a, seg[i].s, seg[i].n)))
                return AD_ERR_NOMEM;
            continue;
        }
        if (any_prefix && !is_author[i])
            continue;
        ad_status st = ad_author_add(seg[i].s, seg[i].n, any_prefix ? NULL : host, site, a,
                                     &out->authors, max);
        if (st != AD_OK)
            return st;
    }
    return AD_OK;
}
