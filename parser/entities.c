/*
 * entities.c - named entities: capitalized runs -> typed mentions -> entities.
 *
 * See entities.h for the rules. The first pass walks each paragraph's
 * tokens once, collecting candidate mentions with the evidence for their
 * type; the second pass groups them into entities over the whole article,
 * because a surname ("Choe") or an acronym ("KPA") is only resolved by a
 * full name that may come anywhere in the text. Word lists live in data/
 * and are compiled into the gazetteer (gazetteer.h).
 */
#include <string.h>
#include "articled/entities.h"
#include "articled/gazetteer.h"
#include "articled/tokenize.h"
#include "common_acronyms.h"
#include "unit_abbrevs.h"
#include "iso4217.h"
#include "person_verbs.h"
#include "title_small_words.h"

enum {
    T_PERSON = AD_ENT_PERSON,
    T_ORG = AD_ENT_ORGANIZATION,
    T_PLACE = AD_ENT_PLACE,
    T_UNKNOWN,
    T_NONE
};

/* Evidence for a candidate's type, and facts that decide its grouping. */
enum {
    EV_GAZ = 1u << 0,       /* gazetteer name */
    EV_HEAD = 1u << 1,      /* organization or place head word */
    EV_TITLE = 1u << 2,     /* title or person noun before it */
    EV_GIVEN = 1u << 3,     /* starts with a given name */
    EV_SPEECH = 1u << 4,    /* speech verb next to it */
    EV_APPOS = 1u << 5,     /* appositive description after it */
    EV_PLACEPREP = 1u << 6, /* "in", "from" before it */
    EV_WEAK = 1u << 7,      /* capital proves nothing (sentence start, headline) */
    EV_ACRO = 1u << 8,      /* one all-capital word */
    EV_COUNTRY = 1u << 9,   /* gazetteer country */
    EV_SURNAME = 1u << 10,  /* one word of a person's name seen in full */
    EV_BARE = 1u << 11,     /* one unknown word with no evidence at all */
    EV_LOCATED = 1u << 12   /* followed by ", Country" or ", State" */
};

typedef struct cand {
    uint32_t para, cp_start, cp_end;
    const char *text; /* into the paragraph text, not terminated */
    uint32_t len;
    uint32_t ev;
    const char *canon; /* gazetteer canonical name, or NULL */
    const char *role;  /* arena string, or NULL */
    int32_t defines;   /* acronym in parentheses: the candidate it abbreviates */
    int32_t ent;
    uint8_t type;
    uint8_t ntok; /* name words (links not counted) */
} cand;

typedef struct ent {
    int type;
    const char *key;
    size_t key_len;
    int32_t first; /* first candidate */
    uint32_t nm;   /* mentions */
    const char *roles[8];
    uint32_t n_roles;
} ent;

/* A string -> int map with open addressing, in the arena. */
typedef struct smap {
    const char **k;
    uint32_t *kl;
    int32_t *v;
    size_t cap, n;
} smap;

typedef struct ctx {
    ad_arena *a;
    cand *c;
    size_t nc, cc;
    ad_tokens tk;
    uint32_t *gz; /* gazetteer flags per token */
    size_t gz_cap;
    const char *text;
    size_t para;
    int headline;     /* 1 all capitals, 2 title case */
    int heading;      /* the paragraph is a heading of the body */
    size_t sport;     /* words of sports reporting seen */
    size_t acr_tok;   /* token of an acronym in parentheses after a run */
    int32_t acr_cand; /* the candidate it abbreviates */
} ctx;

/* ---- small helpers ---- */

static int tok_word(const ctx *x, size_t i)
{
    return i < x->tk.n && x->tk.tok[i].kind == AD_TOK_WORD;
}

static int tok_is(const ctx *x, size_t i, const char *w)
{
    return i < x->tk.n && ad_tok_is(&x->tk, i, w);
}

static int tok_lower(const ctx *x, size_t i)
{
    if (!tok_word(x, i))
        return 0;
    unsigned char c = (unsigned char)x->text[x->tk.tok[i].start];
    return c >= 'a' && c <= 'z';
}

static int same_sent(const ctx *x, size_t i, size_t j)
{
    return x->tk.tok[i].sentence == x->tk.tok[j].sentence;
}

static uint32_t span_lookup(const ctx *x, size_t i, size_t j, const char **canon)
{
    const char *s = x->text + x->tk.tok[i].start;
    size_t n = x->tk.tok[j].end - x->tk.tok[i].start;
    return x->headline == 1 ? ad_gaz_lookup_nocaps(s, n, canon) : ad_gaz_lookup(s, n, canon);
}

/* The lexicon's flags of token i (see ad_gaz_word_flags()), a contraction's
 * "'s" set aside. */
static int tok_lexicon_flags(const ctx *x, size_t i)
{
    const char *w = x->text + x->tk.tok[i].start;
    size_t l = x->tk.tok[i].end - x->tk.tok[i].start;
    if (l > 2 && w[l - 2] == '\'' && w[l - 1] == 's') /* "It's" */
        l -= 2;
    else if (l > 4 && !memcmp(w + l - 4, "\xe2\x80\x99s", 4)) /* typeset "It’s" */
        l -= 4;
    return ad_gaz_word_flags(w, l);
}

static int tok_in_lexicon(const ctx *x, size_t i)
{
    return tok_lexicon_flags(x, i) != 0;
}

/* A one-word abbreviation of a common noun ("AI", "SEO", "APIs": see
 * data/common_acronyms.tsv), or a unit (data/unit_abbrevs.tsv) or currency
 * code by a number ("8 GB", "USD 415 billion", "60 USD"): no name standing
 * alone. */
static int common_acronym(const ctx *x, size_t i)
{
    const char *w = x->text + x->tk.tok[i].start;
    size_t l = x->tk.tok[i].end - x->tk.tok[i].start;
    /* Every listed form is short and has a capital after its first letter
     * ("AI", "SaaS", "Wi-Fi"): most words are ruled out before the table. */
    int inner_cap = 0;
    for (size_t k = 1; k < l && !inner_cap; k++)
        inner_cap = w[k] >= 'A' && w[k] <= 'Z';
    /* The word, then its singular ("APIs"). */
    size_t forms[2] = {l, l >= 3 && w[l - 1] == 's' ? l - 1 : 0};
    for (int k = 0; k < 2 && l <= 7 && inner_cap && forms[k]; k++)
        for (size_t r = 0; r < ad_tbl_common_acronyms_len; r++) {
            const char *f = ad_tbl_common_acronyms[r][0];
            if (strlen(f) == forms[k] && !memcmp(f, w, forms[k]))
                return 1;
        }
    if (!(x->tk.tok[i].flags & AD_TOKF_ALLCAPS))
        return 0;
    int after_number = i > 0 && x->tk.tok[i - 1].kind == AD_TOK_NUMBER;
    int before_number = i + 1 < x->tk.n && x->tk.tok[i + 1].kind == AD_TOK_NUMBER;
    if (after_number) {
        /* A unit by its number ("8 GB"); "12 UN peacekeepers" is a name. */
        for (size_t r = 0; r < ad_tbl_unit_abbrevs_len; r++)
            if (strlen(ad_tbl_unit_abbrevs[r][0]) == l && !memcmp(ad_tbl_unit_abbrevs[r][0], w, l))
                return 1;
    }
    /* A currency code by its number ("USD 415 billion", "60 USD"). */
    if (l == 3 && (after_number || before_number))
        for (size_t r = 0; r < ad_iso4217_len; r++)
            if (!memcmp(ad_iso4217[r], w, 3))
                return 1;
    return 0;
}

/* A hyphenated word ending in a lower-case part: an adjective ("AI-driven",
 * "Saudi-led", "Real-time"), not a name. */
static int compound_adjective(const ctx *x, size_t i)
{
    const char *w = x->text + x->tk.tok[i].start;
    size_t l = x->tk.tok[i].end - x->tk.tok[i].start, h = l;
    while (h && w[h - 1] != '-')
        h--;
    if (!h || l - h < 3)
        return 0;
    for (size_t k = h; k < l; k++)
        if (w[k] < 'a' || w[k] > 'z')
            return 0;
    return 1;
}

/* A common word that the lexicon never writes capitalized ("passion",
 * and plurals such as "polaroids"), unlike "mark" or "lee". */
static int plain_word(const ctx *x, size_t i)
{
    const char *w = x->text + x->tk.tok[i].start;
    size_t l = x->tk.tok[i].end - x->tk.tok[i].start;
    int f = ad_gaz_word_flags(w, l);
    if (!f && l > 3 && w[l - 1] == 's')
        f = ad_gaz_word_flags(w, l - 1);
    return f == AD_GAZ_WORD;
}

/* A word that can be part of a name: capitalized, not a digit, not a day
 * or month; in headlines also not an ordinary English word. */
static int name_tok(const ctx *x, size_t i)
{
    if (!tok_word(x, i))
        return 0;
    const ad_token *t = &x->tk.tok[i];
    if (!(t->flags & (AD_TOKF_CAP | AD_TOKF_ALLCAPS)))
        return 0;
    unsigned char c = (unsigned char)x->text[t->start];
    if (c >= '0' && c <= '9')
        return 0;
    uint32_t g = x->gz[i];
    if (g & AD_GAZ_NONENT)
        return 0;
    if (t->end - t->start == 1 && c == 'I')
        return 0;
    /* "In", "For" written with a capital inside a run are not names, but
     * may end one after a given name ("James To,"). */
    if ((g & (AD_GAZ_LINK | AD_GAZ_PLACEPREP)) && !(g & (AD_GAZ_PARTICLE | AD_GAZ_NAMED))) {
        if (!(i > 0 && (x->gz[i - 1] & AD_GAZ_GIVEN) && !tok_lower(x, i - 1) &&
              (t->flags & AD_TOKF_SPACE_BEFORE) && !(t->flags & AD_TOKF_SENT_START) &&
              (i + 1 >= x->tk.n || x->tk.tok[i + 1].kind == AD_TOK_PUNCT)))
            return 0;
    }
    if (x->headline && !(g & (AD_GAZ_NAMED | AD_GAZ_GIVEN)) && tok_in_lexicon(x, i))
        return 0;
    return 1;
}

/* An elided particle glued to a capitalized word ("d'Ettorre", "d'Ivoire",
 * "d'Art"): it continues a name ("Patrizia d'Ettorre", "Conseil d'Etat")
 * but does not open one, since in French text "d'Andy Warhol" is "of Andy
 * Warhol". */
static int elided_tok(const ctx *x, size_t i)
{
    const ad_token *t = &x->tk.tok[i];
    const unsigned char *w = (const unsigned char *)x->text + t->start;
    size_t l = t->end - t->start, a;
    if (!tok_word(x, i) || !(t->flags & AD_TOKF_APOSTROPHE) || l < 4 ||
        (w[0] != 'd' && w[0] != 'l'))
        return 0;
    if (w[1] == '\'')
        a = 2;
    else if (l > 5 && w[1] == 0xE2 && w[2] == 0x80 && w[3] == 0x99) /* U+2019 */
        a = 4;
    else
        return 0;
    if (a + 1 >= l)
        return 0;
    /* An upper-case letter: ASCII, or Latin-1's (U+00C0 to U+00DE). */
    return (w[a] >= 'A' && w[a] <= 'Z') ||
           (w[a] == 0xC3 && w[a + 1] >= 0x80 && w[a + 1] <= 0x9E && w[a + 1] != 0x97);
}

static int link_tok(const ctx *x, size_t i)
{
    if (i >= x->tk.n)
        return 0;
    if (tok_is(x, i, "&"))
        return 1;
    return tok_lower(x, i) && (x->gz[i] & (AD_GAZ_LINK | AD_GAZ_PARTICLE));
}

static int is_head(const ctx *x, size_t i)
{
    return (x->gz[i] & (AD_GAZ_ORGHEAD | AD_GAZ_PLACEHEAD)) && !tok_lower(x, i);
}

static int link_tok(const ctx *x, size_t i);

/* A head word that types the name s..e: an organization head first in a
 * longer name only before a link ("Bank of America", but "Sun Yat-sen",
 * "Army General ..."). */
static int head_in(const ctx *x, size_t i, size_t s, size_t e)
{
    if (!is_head(x, i))
        return 0;
    if (i == s && e > s && !(x->gz[i] & AD_GAZ_PLACEHEAD) && !link_tok(x, i + 1))
        return 0;
    return 1;
}

static int is_title(const ctx *x, size_t i)
{
    return !tok_lower(x, i) && (x->gz[i] & (AD_GAZ_TITLE | AD_GAZ_HONORIFIC));
}

static int is_titlemod(const ctx *x, size_t i)
{
    return !tok_lower(x, i) && (x->gz[i] & AD_GAZ_TITLEMOD);
}

/* ---- candidates ---- */

static cand *new_cand(ctx *x, size_t s, size_t e, int type, uint32_t ev, const char *canon)
{
    if (x->nc >= AD_ENT_MAX_MENTIONS)
        return NULL;
    if (x->nc == x->cc) {
        size_t nc = x->cc ? x->cc * 2 : 64;
        cand *v = ad_arena_alloc(x->a, nc * sizeof(*v));
        if (!v)
            return NULL;
        if (x->nc)
            memcpy(v, x->c, x->nc * sizeof(*v));
        x->c = v;
        x->cc = nc;
    }
    cand *c = &x->c[x->nc++];
    memset(c, 0, sizeof(*c));
    c->para = (uint32_t)x->para;
    c->cp_start = x->tk.tok[s].cp_start;
    c->cp_end = x->tk.tok[e].cp_end;
    c->text = x->text + x->tk.tok[s].start;
    c->len = x->tk.tok[e].end - x->tk.tok[s].start;
    c->ev = ev;
    c->canon = canon && *canon ? canon : NULL;
    c->defines = -1;
    c->ent = -1;
    c->type = (uint8_t)type;
    for (size_t i = s; i <= e; i++)
        if (!link_tok(x, i) && !(x->tk.tok[i].flags & AD_TOKF_POSSESSIVE) &&
            x->tk.tok[i].kind == AD_TOK_WORD)
            c->ntok++;
    return c;
}

/* Role text s..e (tokens), without a leading article. */
static const char *role_text(ctx *x, size_t s, size_t e)
{
    while (s < e &&
           (tok_is(x, s, "a") || tok_is(x, s, "an") || tok_is(x, s, "the") || tok_is(x, s, "who") ||
            tok_is(x, s, "is") || tok_is(x, s, "was") || tok_is(x, s, "also")))
        s++;
    return ad_arena_strndup(x->a, x->text + x->tk.tok[s].start,
                            x->tk.tok[e].end - x->tk.tok[s].start);
}

/* ", an international affairs expert at the Chinese Academy of Social
 * Sciences," after a name: a description up to the next comma that holds a
 * person noun. Returns the role or NULL. */
static const char *appositive(ctx *x, size_t e)
{
    size_t i = e + 1, n = x->tk.n;
    if (i >= n || !tok_is(x, i, ",") || i + 1 >= n)
        return NULL;
    size_t s = i + 1;
    int opener = tok_is(x, s, "a") || tok_is(x, s, "an") || tok_is(x, s, "the") ||
                 tok_is(x, s, "who") || tok_is(x, s, "also") || tok_is(x, s, "former") ||
                 (x->gz[s] & (AD_GAZ_CUE | AD_GAZ_TITLE | AD_GAZ_TITLEMOD | AD_GAZ_DEMONYM));
    if (!opener)
        return NULL;
    int cue = 0;
    size_t j = s;
    for (; j < n && j < s + 20 && same_sent(x, j, s); j++) {
        if (x->tk.tok[j].kind == AD_TOK_PUNCT && !tok_is(x, j, "'") && !tok_is(x, j, "-"))
            break;
        if ((x->gz[j] & AD_GAZ_CUE) || is_title(x, j))
            cue = 1;
        if (tok_lower(x, j) && (x->gz[j] & AD_GAZ_SPEECH))
            return NULL;
    }
    if (!cue || j == s || (j < n && !tok_is(x, j, ",") && !tok_is(x, j, ".")))
        return NULL;
    return role_text(x, s, j - 1);
}

/* The lower-case person noun right before a run ("spokesman Guo"), with
 * the words before it that form the role ("Foreign Ministry spokesman"). */
static const char *cue_before(ctx *x, size_t s)
{
    if (s == 0 || !tok_lower(x, s - 1) || !(x->gz[s - 1] & AD_GAZ_CUE) || !same_sent(x, s - 1, s))
        return NULL;
    size_t b = s - 1;
    while (b > 0 && s - b < 6 && tok_word(x, b - 1) && same_sent(x, b - 1, s) &&
           !(tok_lower(x, b - 1) && (x->gz[b - 1] & (AD_GAZ_LINK | AD_GAZ_PLACEPREP))) &&
           !tok_is(x, b - 1, "a") && !tok_is(x, b - 1, "an") && !tok_is(x, b - 1, "the") &&
           !(x->tk.tok[b - 1].flags & AD_TOKF_SENT_START && tok_in_lexicon(x, b - 1) &&
             !(x->gz[b - 1] & AD_GAZ_NAMED)) &&
           ((x->gz[b - 1] & (AD_GAZ_CUE | AD_GAZ_NAMED | AD_GAZ_DEMONYM)) || !tok_lower(x, b - 1)))
        b--;
    return role_text(x, b, s - 1);
}

/* Whether token i can be a surname: the lexicon writes it capitalized too
 * ("Hall", "Lane", "Park"), or does not know it. */
static int surname_word(const ctx *x, size_t i)
{
    const ad_token *t = &x->tk.tok[i];
    int f = ad_gaz_word_flags(x->text + t->start, t->end - t->start);
    return !f || (f & AD_GAZ_WORD_PROPER);
}

/* Whether token i is an auxiliary that follows a person as a subject
 * (data/person_verbs.tsv: "was", "has"). */
static int person_verb(const ctx *x, size_t i)
{
    for (size_t r = 0; r < ad_tbl_person_verbs_len; r++)
        if (tok_is(x, i, ad_tbl_person_verbs[r][0]))
            return 1;
    return 0;
}

/* Types a chunk of name words that no gazetteer entry covers. */
static int type_name(ctx *x, size_t s, size_t e, uint32_t *ev, int titled, int from_gaz)
{
    int head = 0, links = 0, words = 0, ordinary = 0;
    for (size_t i = s; i <= e; i++) {
        if (link_tok(x, i)) {
            links = 1;
            continue;
        }
        /* "Quai d'Orsay", "Conseil d'Etat": a particle after one word is
         * a link as in "Bank of America" (a given name before it still
         * makes a person); after two it is a surname's ("Valéry Giscard
         * d'Estaing"). */
        if (i == s + 1 && elided_tok(x, i))
            links = 1;
        words++;
        /* The last word decides: "Civic Passion", not "Dries Mertens". */
        ordinary = !(x->gz[i] & (AD_GAZ_GIVEN | AD_GAZ_NAMED)) && plain_word(x, i);
        if (head_in(x, i, s, e)) {
            head = (x->gz[i] & AD_GAZ_ORGHEAD) ? T_ORG : T_PLACE;
            if (head == T_PLACE && i + 1 <= e && tok_is(x, i + 1, "for"))
                head = T_ORG;
        }
    }
    int given = !from_gaz && (x->gz[s] & AD_GAZ_GIVEN) != 0;
    /* "World Cup", "Science Fair": events, not entities. */
    if (e > s && (x->gz[e] & AD_GAZ_EVENTHEAD) && !tok_lower(x, e) && !titled)
        return T_NONE;
    if (given)
        *ev |= EV_GIVEN;
    if (head)
        *ev |= EV_HEAD;
    if (from_gaz == 3)
        return T_ORG;
    if (titled && (!head || given))
        return T_PERSON;
    if (head) {
        /* A surname that is a head word ("Mary Hall", "Anthony Michael
         * Hall") keeps a person; a longer name closing on a head word that
         * is never a surname (the lexicon has no capitalized "university")
         * is the institution ("Clayton State University", "George Mason
         * University"). */
        if (given && words <= 3 && !links && !is_head(x, s + 1 <= e ? s + 1 : s) &&
            (words <= 2 || !is_head(x, e) || surname_word(x, e)))
            return T_PERSON;
        return head;
    }
    if (given && words >= 2)
        return T_PERSON;
    if (words == 1) {
        if (common_acronym(x, s) || compound_adjective(x, s))
            return T_NONE;
        const ad_token *t = &x->tk.tok[s];
        const char *w = x->text + t->start;
        size_t l = t->end - t->start;
        /* "Afghans", "Muslims": group names, not entities. */
        if (l > 3 && w[l - 1] == 's' && (ad_gaz_lookup(w, l - 1, NULL) & AD_GAZ_DEMONYM))
            return T_NONE;
        for (size_t i = 0; i < l; i++)
            if (w[i] >= '0' && w[i] <= '9')
                return T_NONE;
        if ((t->flags & AD_TOKF_ALLCAPS) && t->end - t->start <= 6 && !x->headline) {
            *ev |= EV_ACRO;
            return T_ORG;
        }
        /* A given name that is also a common word, opening a sentence
         * before a lowercase word that is neither a speech verb nor an
         * auxiliary ("Lee was"), is the word ("Holly bushes need", "Mark
         * the date"). */
        if (given && (t->flags & AD_TOKF_SENT_START) && tok_in_lexicon(x, s) && s + 1 < x->tk.n &&
            tok_lower(x, s + 1) && !(x->gz[s + 1] & AD_GAZ_SPEECH) && !person_verb(x, s + 1))
            return T_NONE;
        if (given)
            return T_PERSON;
        /* An ordinary word ("Image", "Results") needs more than its
         * capital to be a name. */
        if (tok_in_lexicon(x, s) && !head && !(*ev & (EV_TITLE | EV_PLACEPREP)))
            *ev |= EV_WEAK;
        else if (!head && !(*ev & (EV_TITLE | EV_PLACEPREP)))
            *ev |= EV_BARE;
        return T_UNKNOWN;
    }
    if (*ev & EV_PLACEPREP)
        return T_PLACE;
    /* Person names are rarely made of ordinary words ("Civic Passion"). */
    return links || ordinary ? T_ORG : T_PERSON;
}

enum { CH_GAZ, CH_TITLE, CH_NAME };
typedef struct chunk {
    size_t s, e;
    int kind;
    int from_gaz; /* a name that starts with a gazetteer name */
    uint32_t flags;
    const char *canon;
} chunk;

/* A title starts at i: title words, or modifiers leading to one, not
 * followed by a head word ("General Administration" is a name). Returns the
 * last token of the title, or (size_t)-1. */
static size_t title_at(const ctx *x, size_t i, size_t e)
{
    size_t j = i;
    int has = 0;
    while (j <= e) {
        if (is_title(x, j))
            has = 1;
        else if (!is_titlemod(x, j))
            break;
        j++;
    }
    if (!has || j == i)
        return (size_t)-1;
    /* "Dean Kamen": a one-word title that is also a given name. */
    if (j == i + 1 && (x->gz[i] & AD_GAZ_GIVEN))
        return (size_t)-1;
    /* "Secretary of State" */
    if (j + 1 <= e && tok_is(x, j, "of") && is_titlemod(x, j + 1) && !is_head(x, j + 1) &&
        (j + 2 > e || !is_head(x, j + 2)))
        j += 2;
    if (j <= e && is_head(x, j))
        return (size_t)-1;
    while (j > i && !is_title(x, j - 1) && !(j - 1 > i && tok_is(x, j - 2, "of")))
        j--;
    return j - 1;
}

/* The longest gazetteer name (country, place, organization, demonym)
 * starting at token i within the run. */
static size_t gaz_at(const ctx *x, size_t i, size_t e, uint32_t *flags, const char **canon)
{
    size_t top = e < i + 7 ? e : i + 7;
    for (size_t q = top + 1; q-- > i;) {
        if (link_tok(x, q))
            continue;
        uint32_t f = q == i ? x->gz[i] : span_lookup(x, i, q, NULL);
        if (f & (AD_GAZ_NAMED | AD_GAZ_DEMONYM)) {
            span_lookup(x, i, q, canon);
            *flags = f;
            return q;
        }
    }
    return (size_t)-1;
}

/* The person a name of something starts with ("Andy Warhol Foundation",
 * "Andy Warhol Photographic Legacy Program"). */
static ad_status nested_person(ctx *x, const chunk *c)
{
    if (!(x->gz[c->s] & AD_GAZ_GIVEN) || c->from_gaz)
        return AD_OK;
    size_t j = c->s + 1;
    while (j < c->e && name_tok(x, j) && !is_head(x, j) && !tok_in_lexicon(x, j))
        j++;
    if (j > c->s + 1 && !new_cand(x, c->s, j - 1, T_PERSON, EV_GIVEN, NULL))
        return AD_ERR_NOMEM;
    return AD_OK;
}

/* Names inside an organization or place name are mentions of their own:
 * the person it is named after ("Andy Warhol Foundation"), the places after
 * "of" in it ("University of Southern Indiana") and a place it starts with
 * when that was merged with a head word ("LA Weekly").
 * The outer candidate, at index outer, is moved after them, so that it
 * stays the last candidate of the run. */
static ad_status nested(ctx *x, const chunk *c, int32_t outer)
{
    cand keep = x->c[outer];
    size_t before = x->nc;
    if (nested_person(x, c) != AD_OK)
        return AD_ERR_NOMEM;
    for (size_t i = c->s; i <= c->e; i++) {
        if (!(i == c->s ? c->from_gaz == 2 : link_tok(x, i - 1)) || link_tok(x, i))
            continue;
        uint32_t f = 0;
        const char *canon = NULL;
        size_t q = gaz_at(x, i, c->e, &f, &canon);
        if (q == (size_t)-1 && (x->gz[i] & AD_GAZ_PLACEMOD) && i + 1 <= c->e) {
            /* "University of Southern Indiana" */
            q = gaz_at(x, i + 1, c->e, &f, &canon);
            canon = NULL;
        }
        if (q == (size_t)-1 || !(f & (AD_GAZ_COUNTRY | AD_GAZ_PLACE)) || (i == c->s && q == c->e))
            continue;

        if (!new_cand(x, i, q, T_PLACE, EV_GAZ | ((f & AD_GAZ_COUNTRY) ? EV_COUNTRY : 0), canon))
            return AD_ERR_NOMEM;
        i = q;
    }
    if (x->nc > before) {
        memmove(&x->c[outer], &x->c[outer + 1], (x->nc - outer - 1) * sizeof(cand));
        x->c[x->nc - 1] = keep;
    }
    return AD_OK;
}

/* Whether token i opens a sentence, a quotation, a parenthesis or the text
 * after a colon, where a capital is the rule and not a name's. */
static int opens_sentence(const ctx *x, size_t i)
{
    return (x->tk.tok[i].flags & AD_TOKF_SENT_START) ||
           (i > 0 && (tok_is(x, i - 1, "\"") || tok_is(x, i - 1, ":") ||
                      tok_is(x, i - 1, "\xe2\x80\x9c") || tok_is(x, i - 1, "(")));
}

static void process_run(ctx *x, size_t s, size_t e)
{
    size_t n = x->tk.n;
    /* Sentence starts: an ordinary word there is not a name. */
    uint32_t weak = 0;
    /* A one-word run that opens a sentence or stands in a headline, where
     * every word has its capital, and that the lexicon writes in lower case
     * ("Mobile apps connect", "Reading the fine print", "How Old Do You
     * Have To Be") proves nothing by its capital, even when it is also a
     * city or a given name; a country ("Turkey") or a known organization
     * ("Amazon") is named so anyway. */
    int open_word = s == e && (opens_sentence(x, s) || x->headline) && tok_in_lexicon(x, s) &&
                    !(x->gz[s] & (AD_GAZ_COUNTRY | AD_GAZ_ORG)) &&
                    (x->headline || (s + 1 < n && (tok_lower(x, s + 1) || tok_is(x, s + 1, "I"))));
    size_t s0 = s;
    while (s <= e) {
        int start = opens_sentence(x, s);
        if (!start && !x->headline)
            break;
        uint32_t g = x->gz[s], gf = 0;
        const char *gc = NULL;
        if (g & (AD_GAZ_NAMED | AD_GAZ_TITLE | AD_GAZ_HONORIFIC))
            break;
        if (gaz_at(x, s, e, &gf, &gc) != (size_t)-1 && (gf & AD_GAZ_NAMED))
            break;
        if (title_at(x, s, e) != (size_t)-1)
            break;
        /* "Environment Canada", "Team Estonia"; but an abbreviation is
         * mostly an adjective there: "Weekly U.S. corn export sales". */
        if (s + 1 <= e && (x->gz[s + 1] & AD_GAZ_COUNTRY) && !(x->gz[s + 1] & AD_GAZ_GIVEN) &&
            !(x->tk.tok[s + 1].flags & (AD_TOKF_ALLCAPS | AD_TOKF_ABBREV)) &&
            (s + 1 == e || !name_tok(x, s + 2)) && plain_word(x, s))
            break;
        if ((g & AD_GAZ_GIVEN) && s < e)
            break;
        /* A listed common noun opening a longer name is the name's
         * ("Aluminium Bahrain", "Fertiliser Association of India"). */
        int lf = tok_lexicon_flags(x, s);
        if (!lf || (s < e && lf == AD_GAZ_WORD_LISTED))
            break;
        if (s == e) {
            weak = EV_WEAK;
            break;
        }
        s++;
        while (s <= e && link_tok(x, s))
            s++;
    }
    while (e > s && (link_tok(x, e) || (x->tk.tok[e].flags & AD_TOKF_POSSESSIVE)))
        e--;
    if (s > e || link_tok(x, s))
        return;
    /* What the ordinary words opening the run leave is a bare head word
     * ("Subscription Service:", "Link Building"): a phrase, not a name. */
    if (s > s0 && s == e && (x->gz[s] & (AD_GAZ_ORGHEAD | AD_GAZ_PLACEHEAD)) &&
        tok_in_lexicon(x, s) && !(x->gz[s] & AD_GAZ_NAMED))
        return;

    /* Context of the whole run. */
    uint32_t ctx_ev = weak;
    if (s > 0 && tok_lower(x, s - 1) && (x->gz[s - 1] & AD_GAZ_PLACEPREP))
        ctx_ev |= EV_PLACEPREP;
    int speech_after = e + 1 < n && tok_lower(x, e + 1) && (x->gz[e + 1] & AD_GAZ_SPEECH);
    int speech_before =
        s >= 2 && tok_lower(x, s - 1) && (x->gz[s - 1] & AD_GAZ_SPEECH) &&
        (tok_is(x, s - 2, ",") || tok_is(x, s - 2, "\"") || tok_is(x, s - 2, "\xe2\x80\x9d"));
    const char *cue_role = cue_before(x, s);
    int located = 0;
    if (e + 2 < n && tok_is(x, e + 1, ",") && name_tok(x, e + 2)) {
        uint32_t lf = 0;
        const char *lc = NULL;
        size_t le = gaz_at(x, e + 2, n - 1, &lf, &lc);
        located = le != (size_t)-1 && (lf & (AD_GAZ_COUNTRY | AD_GAZ_PLACE)) &&
                  !(lf & AD_GAZ_GIVEN) && (le + 1 >= n || !name_tok(x, le + 1));
    }

    /* Split into gazetteer names, titles and other names. */
    chunk ch[24];
    size_t nch = 0;
    size_t p = s;
    while (p <= e && nch < sizeof(ch) / sizeof(ch[0])) {
        if (link_tok(x, p) || (x->tk.tok[p].flags & AD_TOKF_POSSESSIVE) ||
            x->tk.tok[p].kind != AD_TOK_WORD) {
            p++;
            continue;
        }
        chunk c = {p, p, CH_NAME, 0, 0, NULL};
        uint32_t gf = 0;
        const char *canon = NULL;
        size_t q = gaz_at(x, p, e, &gf, &canon);
        /* "Victoria Beckham": a given name that is also a place, before
         * another name word, is a given name. */
        if (q == p && (gf & AD_GAZ_GIVEN) && p + 1 <= e && !link_tok(x, p + 1) &&
            !is_head(x, p + 1))
            q = (size_t)-1;
        if (q != (size_t)-1) {
            c.e = q;
            c.kind = CH_GAZ;
            c.flags = gf;
            c.canon = canon;
            ch[nch++] = c;
            p = q + 1;
            continue;
        }
        size_t t = title_at(x, p, e);
        if (t != (size_t)-1) {
            c.e = t;
            c.kind = CH_TITLE;
            ch[nch++] = c;
            p = t + 1;
            continue;
        }
        /* A name: up to a title or a gazetteer name, unless a head word
         * before a link takes the gazetteer name in ("Bank of America"). */
        int head = is_head(x, p), absorb = 0;
        size_t q2 = p;
        while (q2 + 1 <= e) {
            size_t nx = q2 + 1;
            if (link_tok(x, nx) || (x->tk.tok[nx].flags & AD_TOKF_POSSESSIVE) ||
                x->tk.tok[nx].kind != AD_TOK_WORD) {
                q2 = nx;
                continue;
            }
            if (title_at(x, nx, e) != (size_t)-1)
                break;
            if (head && link_tok(x, q2))
                absorb = 1;
            if (!absorb) {
                uint32_t f2 = 0;
                const char *c2 = NULL;
                size_t g2 = gaz_at(x, nx, e, &f2, &c2);
                if (g2 != (size_t)-1 && !(g2 < e && is_head(x, g2 + 1)) &&
                    !(f2 & AD_GAZ_DEMONYM && g2 < e && !link_tok(x, g2 + 1)))
                    break;
            }
            /* "Refugee Council Enver Solomon": a person after the head. */
            if (head && (x->gz[nx] & AD_GAZ_GIVEN) && !link_tok(x, q2) && nx + 1 <= e &&
                name_tok(x, nx + 1) && !is_head(x, nx + 1))
                break;
            if (is_head(x, nx))
                head = 1;
            q2 = nx;
        }
        while (q2 > p && (link_tok(x, q2) || x->tk.tok[q2].kind != AD_TOK_WORD ||
                          (x->tk.tok[q2].flags & AD_TOKF_POSSESSIVE)))
            q2--;
        c.e = q2;
        ch[nch++] = c;
        p = q2 + 1;
    }
    if (p <= e && nch) /* too many chunks: the rest joins the last one */
        ch[nch - 1].e = e;

    /* A name word before a gazetteer organization is part of it
     * ("National Security Council"). */
    for (size_t k = 0; k + 1 < nch; k++) {
        chunk *a = &ch[k], *b = &ch[k + 1];
        if (a->kind != CH_NAME || b->kind != CH_GAZ || b->s != a->e + 1 ||
            !(b->flags & AD_GAZ_ORG) || (b->flags & (AD_GAZ_PLACE | AD_GAZ_COUNTRY)) ||
            (x->gz[a->s] & AD_GAZ_GIVEN) || !is_head(x, b->e))
            continue;
        a->e = b->e;
        memmove(b, b + 1, (nch - k - 2) * sizeof(*b));
        nch--;
    }
    /* Merge: a demonym or place before a name with a head word is part of
     * it ("Chinese Academy of Social Sciences", "Hong Kong Island"); a
     * title at the end of a run belongs to the name before it. */
    for (size_t k = 0; k + 1 < nch; k++) {
        chunk *a = &ch[k], *b = &ch[k + 1];
        if (a->kind != CH_GAZ || b->kind != CH_NAME || b->s != a->e + 1)
            continue;
        if (x->gz[b->s] & AD_GAZ_GIVEN)
            continue;
        int head = 0;
        for (size_t i = b->s; i <= b->e; i++)
            head |= is_head(x, i);
        if (!head)
            continue;
        /* "US State Department" stays two names; "LA Weekly", "GB News"
         * and "BBC News" are one. */
        int acro = (x->tk.tok[a->s].flags & AD_TOKF_ALLCAPS) && a->s == a->e;
        int heads_only = 1;
        for (size_t i = b->s; i <= b->e; i++)
            heads_only &= is_head(x, i);
        if ((a->flags & AD_GAZ_ORG) && !heads_only)
            continue;
        if (!(a->flags & (AD_GAZ_DEMONYM | AD_GAZ_PLACE | AD_GAZ_COUNTRY | AD_GAZ_ORG)) ||
            (acro && (a->flags & AD_GAZ_COUNTRY) && !(heads_only && b->s == b->e)))
            continue;
        a->kind = CH_NAME;
        a->from_gaz = (a->flags & AD_GAZ_DEMONYM) ? 1 : 2;
        a->e = b->e;
        a->canon = NULL;
        memmove(b, b + 1, (nch - k - 2) * sizeof(*b));
        nch--;
        /* Again with the chunk before: "Greek Orthodox Church". */
        k = k > 0 ? k - 2 : (size_t)-1;
    }
    /* Ordinary words before a country name: an organization
     * ("Environment Canada", "Team Estonia"). */
    for (size_t k = 0; k + 1 < nch; k++) {
        chunk *a = &ch[k], *b = &ch[k + 1];
        if (a->kind != CH_NAME || b->kind != CH_GAZ || b->s != a->e + 1 ||
            !(b->flags & AD_GAZ_COUNTRY) || (x->gz[a->s] & AD_GAZ_GIVEN))
            continue;
        int plain = 1;
        for (size_t i = a->s; i <= a->e && plain; i++)
            plain = link_tok(x, i) || is_head(x, i) || tok_in_lexicon(x, i);
        if (!plain)
            continue;
        a->e = b->e;
        a->from_gaz = 3;
        memmove(b, b + 1, (nch - k - 2) * sizeof(*b));
        nch--;
    }
    /* A name word right before a one-word city or region: a person's name
     * ("Valeska Paris") or, for an ordinary word, a place ("Southern
     * Indiana"). */
    for (size_t k = 0; k + 1 < nch; k++) {
        chunk *a = &ch[k], *b = &ch[k + 1];
        if (a->kind != CH_NAME || b->kind != CH_GAZ || b->s != a->e + 1 || b->s != b->e ||
            !(b->flags & AD_GAZ_PLACE) || (b->flags & (AD_GAZ_COUNTRY | AD_GAZ_ORG)))
            continue;
        int head = 0;
        for (size_t i = a->s; i <= a->e; i++)
            head |= is_head(x, i);
        if (head)
            continue;
        a->e = b->e;
        if (a->s == a->e - 1 && (x->gz[a->s] & AD_GAZ_PLACEMOD)) {
            a->kind = CH_GAZ;
            a->flags = AD_GAZ_PLACE;
            a->canon = NULL;
        }
        memmove(b, b + 1, (nch - k - 2) * sizeof(*b));
        nch--;
    }
    if (nch >= 2 && ch[nch - 1].kind == CH_TITLE && ch[nch - 2].kind == CH_NAME &&
        ch[nch - 1].s == ch[nch - 2].e + 1 && !(x->gz[ch[nch - 1].s] & AD_GAZ_HONORIFIC) &&
        (x->gz[ch[nch - 2].s] & AD_GAZ_GIVEN)) {
        ch[nch - 2].e = ch[nch - 1].e;
        nch--;
    }

    /* "Scientologist Tom Cruise", "Pan-democrat Gary Fan": words before a
     * given name in a name of three words or more, without head words,
     * describe the person. */
    for (size_t k = 0; k < nch; k++) {
        chunk *c = &ch[k];
        if (c->kind != CH_NAME || c->e < c->s + 2 || (x->gz[c->s] & AD_GAZ_GIVEN))
            continue;
        size_t j = c->s + 1;
        int head = is_head(x, c->s);
        while (j < c->e && !(x->gz[j] & AD_GAZ_GIVEN) && !link_tok(x, j)) {
            head |= is_head(x, j);
            j++;
        }
        if (j >= c->e || head || link_tok(x, j) || !(x->gz[j] & AD_GAZ_GIVEN))
            continue;
        for (size_t i = j; i <= c->e; i++)
            head |= is_head(x, i) || link_tok(x, i);
        if (head)
            continue;
        c->s = j;
    }

    /* Emit. */
    int32_t last = -1;
    for (size_t k = 0; k < nch; k++) {
        chunk *c = &ch[k];
        uint32_t ev = ctx_ev;
        if (k > 0)
            ev &= ~(EV_PLACEPREP | EV_WEAK);
        if (c->kind == CH_TITLE)
            continue;
        if (c->kind == CH_GAZ) {
            if (!(c->flags & AD_GAZ_NAMED))
                continue; /* demonym */
            if (c->s == c->e && common_acronym(x, c->s))
                continue; /* "8 GB" */

            int type = (c->flags & AD_GAZ_COUNTRY) ? T_PLACE
                       : (c->flags & AD_GAZ_ORG)   ? T_ORG
                                                   : T_PLACE;
            if ((c->flags & AD_GAZ_ORG) && (c->flags & AD_GAZ_PLACE) && (ev & EV_PLACEPREP))
                type = T_PLACE;
            ev |= EV_GAZ | ((c->flags & AD_GAZ_COUNTRY) ? EV_COUNTRY : 0);
            ev &= ~EV_WEAK;
            if (open_word && !(ev & EV_PLACEPREP))
                ev |= EV_WEAK;
            if (c->flags & AD_GAZ_GIVEN)
                ev |= EV_GIVEN;
            cand *cd = new_cand(x, c->s, c->e, type, ev, c->canon);
            if (!cd)
                return;
            last = (int32_t)(cd - x->c);
            continue;
        }
        /* The title right before, or "Foreign Minister of the DPRK". */
        size_t tk = (size_t)-1;
        if (k > 0 && ch[k - 1].kind == CH_TITLE && ch[k - 1].e + 1 == c->s)
            tk = k - 1;
        else if (k > 1 && ch[k - 1].kind == CH_GAZ && ch[k - 2].kind == CH_TITLE &&
                 ch[k - 1].s > ch[k - 2].e + 1 && tok_is(x, ch[k - 2].e + 1, "of"))
            tk = k - 2;
        int titled = tk != (size_t)-1 || (k == 0 && cue_role);
        const char *role = NULL;
        if (tk != (size_t)-1) {
            /* The role starts with the run's words before the title. */
            size_t j = tk;
            while (j > 0 && ch[j - 1].e + 3 >= ch[j].s)
                j--;
            size_t rs = ch[j].s, re = ch[k - 1].e;
            if (!(rs == re && (x->gz[rs] & AD_GAZ_HONORIFIC)))
                role = role_text(x, rs, re);
        } else if (k == 0 && cue_role) {
            role = cue_role;
        }
        if (titled)
            ev |= EV_TITLE;
        int type = type_name(x, c->s, c->e, &ev, titled, c->from_gaz);
        if (type == T_NONE) {
            if (c->e > c->s && nested_person(x, c) != AD_OK)
                return;
            continue;
        }
        if (k == nch - 1) {
            if (speech_after)
                ev |= EV_SPEECH;
        }
        if (k == 0 && speech_before)
            ev |= EV_SPEECH;
        if (k == nch - 1 && located && !(ev & (EV_TITLE | EV_HEAD)) &&
            (!(ev & EV_GIVEN) || ((ev & EV_PLACEPREP) && c->s == c->e))) {
            ev |= EV_LOCATED;
            type = T_PLACE;
        }
        if (k == nch - 1 && (type == T_PERSON || type == T_UNKNOWN)) {
            const char *ap = appositive(x, e);
            if (ap) {
                ev |= EV_APPOS;
                if (!role)
                    role = ap;
            }
        }
        if (type == T_UNKNOWN && !(ev & EV_ACRO) && (ev & (EV_SPEECH | EV_APPOS | EV_TITLE)))
            type = T_PERSON;
        if ((ev & EV_TITLE) || (ev & EV_GIVEN) || ((ev & EV_HEAD) && c->e > c->s))
            ev &= ~EV_WEAK;
        if (open_word && !(ev & (EV_TITLE | EV_PLACEPREP | EV_SPEECH | EV_APPOS)))
            ev |= EV_WEAK;
        cand *cd = new_cand(x, c->s, c->e, type, ev, NULL);
        if (!cd)
            return;
        cd->role = role;
        last = (int32_t)(cd - x->c);
        if ((type == T_ORG || type == T_PLACE) && c->e > c->s) {
            if (nested(x, c, last) != AD_OK)
                return;
            last = (int32_t)x->nc - 1;
        }
    }
    if (last < 0 || e + 3 >= n || !tok_is(x, e + 1, "(") || !tok_is(x, e + 3, ")"))
        return;
    /* "Search Engine Optimization (SEO)": the spelled-out form of a common
     * noun's abbreviation is that noun, capitals and all. */
    if (common_acronym(x, e + 2) && !(x->c[last].ev & (EV_GAZ | EV_HEAD))) {
        x->c[last].ev |= EV_WEAK;
        return;
    }
    /* "Democratic People's Republic of Korea (DPRK)" */
    if (x->tk.tok[e + 2].flags & AD_TOKF_ALLCAPS) {
        x->acr_tok = e + 2;
        x->acr_cand = last;
    }
}

/* Joins the possessive of an ordinary word into a name ("Supreme People's
 * Assembly", "Workers' Party"), not that of a name ("China's Foreign
 * Ministry"). k is the possessive token after word e. */
static int poss_joins(const ctx *x, size_t e, size_t k)
{
    if (x->gz[e] & (AD_GAZ_NAMED | AD_GAZ_GIVEN | AD_GAZ_DEMONYM))
        return 0;
    if (tok_is(x, k, "'") || tok_is(x, k, "\xe2\x80\x99")) {
        const char *w = x->text + x->tk.tok[e].start;
        size_t l = x->tk.tok[e].end - x->tk.tok[e].start;
        if (w[l - 1] != 's' || (x->tk.tok[k].flags & AD_TOKF_SPACE_BEFORE))
            return 0;
    } else if (!(x->tk.tok[k].flags & AD_TOKF_POSSESSIVE)) {
        return 0;
    }
    if (!tok_in_lexicon(x, e))
        return 0;
    for (size_t i = k + 1; i < x->tk.n && i <= k + 5; i++) {
        if (!name_tok(x, i))
            break;
        if (is_head(x, i))
            return 1;
    }
    return 0;
}

/* May the run s..e go on across the link words k..m-1 to the name m? */
static int link_joins(const ctx *x, size_t s, size_t e, size_t k, size_t m)
{
    if (m == k + 1 && tok_lower(x, k) && (x->gz[k] & AD_GAZ_PARTICLE) && !(x->gz[k] & AD_GAZ_LINK))
        return 1;
    int has_of = 0, head = 0;
    for (size_t i = s; i <= e; i++) {
        if (tok_is(x, i, "of") || tok_is(x, i, "for"))
            has_of = 1;
        if (is_head(x, i))
            head = 1;
    }
    if (tok_is(x, k, "&"))
        return 1;
    if (tok_is(x, k, "and")) {
        int right_head = 0;
        for (size_t i = m; i < x->tk.n && i <= m + 4 && name_tok(x, i); i++)
            right_head |= is_head(x, i);
        /* "Union of Atheists and Agnostics", not "Bank of America and the
         * General Administration of Customs". */
        if (has_of)
            return !(head && right_head);
        /* "National Air and Space Museum": a head word only after "and". */
        if (head || (x->gz[s] & (AD_GAZ_NAMED | AD_GAZ_GIVEN)))
            return 0;
        for (size_t i = m; i < x->tk.n && i <= m + 4 && name_tok(x, i); i++)
            if (is_head(x, i))
                return 1;
        return 0;
    }
    if (is_head(x, e) || is_title(x, e) || head)
        return 1;
    /* A gazetteer name across the link ("Republic of Korea"). */
    size_t from = e >= s + 4 ? e - 4 : s;
    for (size_t a = from; a <= e; a++)
        for (size_t b = m; b < x->tk.n && b <= m + 4; b++) {
            if (!name_tok(x, b) && !link_tok(x, b) && !(x->tk.tok[b].flags & AD_TOKF_POSSESSIVE))
                break;
            if (span_lookup(x, a, b, NULL) & AD_GAZ_NAMED)
                return 1;
        }
    return 0;
}

static int is_headline(const ctx *x)
{
    size_t words = 0, caps = 0, allcaps = 0, fn = 0, content = 0, content_caps = 0, ordinary = 0;
    for (size_t i = 0; i < x->tk.n; i++) {
        if (!tok_word(x, i))
            continue;
        const ad_token *t = &x->tk.tok[i];
        unsigned char c = (unsigned char)x->text[t->start];
        if (c >= '0' && c <= '9')
            continue;
        words++;
        if (t->flags & AD_TOKF_ALLCAPS)
            allcaps++;
        if (t->flags & AD_TOKF_CAP) {
            caps++;
            if (x->gz[i] & (AD_GAZ_LINK | AD_GAZ_PLACEPREP))
                fn++;
        }
        /* Only a heading is weighed for title case: the lexicon look-ups
         * would cost every paragraph's every word. */
        if (!x->heading)
            continue;
        int function = 0;
        for (size_t r = 0; r < ad_tbl_title_small_words_len && !function; r++)
            function = tok_is(x, i, ad_tbl_title_small_words[r][0]);
        if (!function) {
            content++;
            content_caps += (t->flags & AD_TOKF_CAP) != 0;
            ordinary += !(x->gz[i] & (AD_GAZ_NAMED | AD_GAZ_GIVEN)) && tok_in_lexicon(x, i);
        }
    }
    if (words < 3)
        return 0;
    if (allcaps * 10 >= words * 6)
        return 1;
    if (words <= 25 && caps * 10 >= words * 7 && fn)
        return 2;
    /* Title case that keeps the short words small ("How to Choose a Video
     * Production Partner"): a heading whose longer words all carry
     * capitals, most of them ordinary words. (A caption or a plain-text
     * line, "Alvin Yeung of Civic Party", is as often a row of names.) */
    if (x->heading && words <= 25 && content >= 3 && content_caps == content &&
        ordinary * 2 > content)
        return 2;
    return 0;
}

static ad_status scan_paragraph(ctx *x, const ad_paragraph *p, size_t pi)
{
    char err[128];
    x->text = p->text;
    x->para = pi;
    if (ad_tok_tokenize(p->text, p->len, x->a, &x->tk, err, sizeof(err)) != AD_OK)
        return AD_OK; /* too large: no entities from it */
    size_t n = x->tk.n;
    if (n > x->gz_cap) {
        size_t cap = n + n / 2 + 64;
        uint32_t *g = ad_arena_alloc(x->a, cap * sizeof(*g));
        if (!g)
            return AD_ERR_NOMEM;
        x->gz = g;
        x->gz_cap = cap;
    }
    for (size_t i = 0; i < n; i++)
        x->gz[i] = x->tk.tok[i].kind == AD_TOK_PUNCT
                       ? (tok_is(x, i, "&") ? AD_GAZ_LINK : 0)
                       : ad_gaz_lookup(p->text + x->tk.tok[i].start,
                                       x->tk.tok[i].end - x->tk.tok[i].start, NULL);
    x->heading = p->type == AD_PARA_HEADING;
    x->headline = is_headline(x);
    if (x->headline == 1) /* all capitals: no acronyms ("KIM JONG UN") */
        for (size_t i = 0; i < n; i++)
            if (x->tk.tok[i].kind != AD_TOK_PUNCT)
                x->gz[i] = span_lookup(x, i, i, NULL);
    for (size_t i = 0; i < n; i++)
        if ((x->gz[i] & AD_GAZ_SPORT) && tok_lower(x, i))
            x->sport++;
    x->acr_tok = (size_t)-1;
    for (size_t i = 0; i < n;) {
        if (!name_tok(x, i)) {
            i++;
            continue;
        }
        size_t s = i, e = i;
        for (;;) {
            size_t k = e + 1;
            if (k >= n || !same_sent(x, k, s))
                break;
            if ((name_tok(x, k) || elided_tok(x, k)) &&
                (x->tk.tok[k].flags & AD_TOKF_SPACE_BEFORE)) {
                e = k;
                continue;
            }
            if (k + 1 < n && poss_joins(x, e, k) && name_tok(x, k + 1) && same_sent(x, k + 1, s)) {
                e = k + 1;
                continue;
            }
            size_t m = k;
            while (m < n && m < k + 2 && link_tok(x, m))
                m++;
            if (m > k && m < n && name_tok(x, m) && same_sent(x, m, s) &&
                link_joins(x, s, e, k, m)) {
                e = m;
                continue;
            }
            break;
        }
        size_t before = x->nc;
        process_run(x, s, e);
        if (x->nc > before && s == x->acr_tok && x->acr_cand >= 0 && x->c[before].ntok == 1)
            x->c[before].defines = x->acr_cand;
        if (x->nc >= AD_ENT_MAX_MENTIONS)
            break;
        i = e + 1;
    }
    return AD_OK;
}

/* ---- grouping ---- */

static uint32_t hash_str(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

static int smap_init(smap *m, ad_arena *a, size_t want)
{
    size_t cap = 64;
    while (cap < want * 2)
        cap *= 2;
    m->k = ad_arena_calloc(a, cap, sizeof(*m->k));
    m->kl = ad_arena_calloc(a, cap, sizeof(*m->kl));
    m->v = ad_arena_calloc(a, cap, sizeof(*m->v));
    m->cap = cap;
    m->n = 0;
    return m->k && m->kl && m->v;
}

static int32_t *smap_slot(smap *m, const char *k, size_t kl, int create)
{
    size_t i = hash_str(k, kl) & (m->cap - 1);
    while (m->k[i]) {
        if (m->kl[i] == kl && memcmp(m->k[i], k, kl) == 0)
            return &m->v[i];
        i = (i + 1) & (m->cap - 1);
    }
    if (!create || m->n + 1 >= m->cap / 2)
        return NULL;
    m->k[i] = k;
    m->kl[i] = (uint32_t)kl;
    m->v[i] = -1;
    m->n++;
    return &m->v[i];
}

typedef struct grouper {
    ad_arena *a;
    cand *c;
    size_t nc;
    ent *e;
    size_t ne;
    smap keys;  /* canonical key -> entity */
    smap words; /* person name word -> entity (-2 when several) */
    smap acros; /* acronym -> entity */
    smap bare;  /* bare unknown word -> times seen */
    int sport;  /* sports reporting: countries are their teams */
    /* The candidates org_by_part can return, in text order: grouped, of
     * two name words or more, not a person, not a gazetteer name. None of
     * these facts changes once a candidate is grouped (types are voted at
     * the end), so the list is appended to as pass 1 groups them, and a
     * lookup steps over these few instead of every earlier candidate. */
    uint32_t *parts;
    size_t nparts;
} grouper;

static int32_t new_ent(grouper *g, int type, const char *key, size_t kl, int32_t first)
{
    ent *e = &g->e[g->ne];
    memset(e, 0, sizeof(*e));
    e->type = type;
    e->key = key;
    e->key_len = kl;
    e->first = first;
    return (int32_t)g->ne++;
}

static void add_role(ent *e, const char *role)
{
    if (!role || !*role)
        return;
    for (uint32_t i = 0; i < e->n_roles; i++)
        if (strcmp(e->roles[i], role) == 0)
            return;
    if (e->n_roles < sizeof(e->roles) / sizeof(e->roles[0]))
        e->roles[e->n_roles++] = role;
}

static void join(grouper *g, size_t ci, int32_t ei)
{
    g->c[ci].ent = ei;
    g->e[ei].nm++;
    add_role(&g->e[ei], g->c[ci].role);
}

/* Registers the words of a person's name, and an organization's initials. */
static void register_words(grouper *g, int32_t ei, const cand *c)
{
    const char *s = c->text;
    size_t n = c->len, i = 0;
    if (g->e[ei].type == T_PERSON) {
        while (i < n) {
            while (i < n && s[i] == ' ')
                i++;
            size_t b = i;
            while (i < n && s[i] != ' ')
                i++;
            if (i > b + 1 && s[b] >= 'A' && !(s[b] >= 'a' && s[b] <= 'z')) {
                int32_t *v = smap_slot(&g->words, s + b, i - b, 1);
                if (v && *v != ei)
                    *v = *v == -1 ? ei : -2;
            }
        }
        return;
    }
    /* Initials of the capitalized words: "Korean People's Army" -> KPA. */
    char ini[16];
    size_t k = 0;
    int words = 0;
    while (i < n) {
        while (i < n && (s[i] == ' ' || s[i] == '-'))
            i++;
        if (i < n && s[i] >= 'A' && s[i] <= 'Z') {
            if (k + 1 >= sizeof(ini))
                return;
            ini[k++] = s[i];
        }
        words++;
        while (i < n && s[i] != ' ' && s[i] != '-')
            i++;
    }
    if (k >= 2 && words >= 2) {
        char *kk = ad_arena_strndup(g->a, ini, k);
        int32_t *v = kk ? smap_slot(&g->acros, kk, k, 1) : NULL;
        if (v && *v == -1)
            *v = ei;
    }
}

/* The person whose name holds the word, nearest before candidate ci. */
static int32_t person_by_word(grouper *g, size_t ci)
{
    const cand *c = &g->c[ci];
    int32_t *v = smap_slot(&g->words, c->text, c->len, 0);
    if (!v || *v == -1)
        return -1;
    if (*v >= 0)
        return *v;
    /* Several persons share it ("Kim"): the one mentioned last before,
     * looked for among a bounded number of earlier mentions. */
    for (size_t j = ci, seen = 0; j-- > 0 && seen < 2048; seen++) {
        const cand *o = &g->c[j];
        if (o->ent >= 0 && g->e[o->ent].type == T_PERSON && o->ntok >= 2) {
            const char *p = o->text, *end = o->text + o->len;
            while (p < end) {
                const char *w = p;
                while (p < end && *p != ' ')
                    p++;
                if ((size_t)(p - w) == c->len && memcmp(w, c->text, c->len) == 0)
                    return o->ent;
                while (p < end && *p == ' ')
                    p++;
            }
        }
    }
    return -1;
}

/* An earlier organization or place whose name the one-word or shorter
 * name of candidate ci refers back to: "Udvar-Hazy Center" for "Steven F.
 * Udvar-Hazy Center", "Church" (a head word) or "Scientology" (the word
 * after "of") for "Church of Scientology". The most recent such entity
 * among a bounded number wins. */
static int32_t org_by_part(grouper *g, size_t ci)
{
    const cand *c = &g->c[ci];
    /* The listed candidates before ci, within the 512 candidates before
     * it, from the nearest back. */
    size_t lo = 0, hi = g->nparts;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (g->parts[mid] < ci)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t k = lo; k-- > 0 && ci - g->parts[k] <= 512;) {
        const cand *o = &g->c[g->parts[k]];
        if (o->len <= c->len + 1)
            continue;
        const char *end = o->text + o->len;
        /* The name ends with the shorter one ("... Udvar-Hazy Center"). */
        if (memcmp(end - c->len, c->text, c->len) == 0 && end[-(long)c->len - 1] == ' ' &&
            (c->ntok >= 2 || (c->len + 4 <= o->len && memcmp(end - c->len - 4, " of ", 4) == 0)))
            return o->ent;
        /* A head word of the name ("Church" of "Church of Scientology"). */
        if (c->ntok == 1 && (c->ev & EV_HEAD) && o->len > c->len &&
            memcmp(o->text, c->text, c->len) == 0 && o->text[c->len] == ' ')
            return o->ent;
    }
    return -1;
}

static int default_type(const cand *c)
{
    if (c->ev & (EV_APPOS | EV_TITLE))
        return T_PERSON;
    if (c->ev & EV_PLACEPREP)
        return T_PLACE;
    if (c->ev & EV_ACRO)
        return T_ORG;
    return T_ORG;
}

/* An entity's type is the one its mentions' evidence favours: gazetteer
 * names count most, then titles, given names, head words and appositives,
 * then acronyms, then everything else (a preposition of place, a name of
 * several words, a bare word, which counts as an organization: speech
 * verbs prove little, organizations speak too). In sports reporting a country that is not the
 * object of a place preposition is its team. */
static void vote_types(grouper *g)
{
    uint32_t *votes = ad_arena_calloc(g->a, g->ne * 3, sizeof(*votes));
    if (!votes)
        return;
    for (size_t i = 0; i < g->nc; i++) {
        cand *c = &g->c[i];
        if (c->ent < 0)
            continue;
        int type = c->type;
        if (g->sport && (c->ev & EV_COUNTRY) && !(c->ev & EV_PLACEPREP))
            type = T_ORG;
        const ent *e = &g->e[c->ent];
        int own_gaz = (c->ev & EV_GAZ) && c->canon && strlen(c->canon) == e->key_len &&
                      memcmp(c->canon, e->key, e->key_len) == 0;
        uint32_t w = own_gaz                                                             ? 8
                     : (c->ev & (EV_TITLE | EV_GIVEN | EV_HEAD | EV_APPOS | EV_LOCATED)) ? 4
                     : (c->ev & EV_SURNAME)                                              ? 2
                     : (c->ev & EV_ACRO)                                                 ? 2
                                                                                         : 1;
        if (type == T_UNKNOWN)
            type = default_type(c);
        if (type <= T_PLACE && w)
            votes[(size_t)c->ent * 3 + (size_t)type] += w;
    }
    for (size_t ei = 0; ei < g->ne; ei++) {
        uint32_t *v = &votes[ei * 3];
        int best = g->e[ei].type;
        for (int t = 0; t < 3; t++)
            if (v[t] > v[best])
                best = t;
        g->e[ei].type = best;
    }
}

static ad_status group(grouper *g)
{
    size_t nc = g->nc;
    /* Pass 1: names of two words or more, gazetteer names, typed names. */
    for (size_t i = 0; i < nc; i++) {
        cand *c = &g->c[i];
        if ((c->ntok < 2 && !(c->ev & EV_COUNTRY) && !(c->canon && c->type == T_ORG)) ||
            (c->ev & EV_WEAK))
            continue;
        const char *key = c->canon ? c->canon : c->text;
        size_t kl = c->canon ? strlen(c->canon) : c->len;
        int32_t *v = smap_slot(&g->keys, key, kl, 1);
        if (!v)
            return AD_ERR_NOMEM;
        if (*v < 0 && !c->canon && (c->type == T_ORG || c->type == T_PLACE))
            *v = org_by_part(g, i);
        if (*v < 0)
            *v = new_ent(g, c->type == T_UNKNOWN ? T_PERSON : c->type, key, kl, (int32_t)i);
        join(g, i, *v);
        register_words(g, *v, c);
        if (c->ntok >= 2 && g->e[*v].type != T_PERSON && !(c->ev & EV_GAZ))
            g->parts[g->nparts++] = (uint32_t)i;
    }
    /* Acronyms defined in parentheses. */
    for (size_t i = 0; i < nc; i++) {
        cand *c = &g->c[i];
        if (c->defines >= 0 && g->c[c->defines].ent >= 0) {
            int32_t *v = smap_slot(&g->acros, c->text, c->len, 1);
            if (v)
                *v = g->c[c->defines].ent;
        }
    }
    for (size_t i = 0; i < nc; i++) {
        cand *c = &g->c[i];
        if (c->ntok == 1 && c->type == T_UNKNOWN) {
            int32_t *cnt = smap_slot(&g->bare, c->text, c->len, 1);
            if (cnt)
                *cnt = *cnt < 0 ? 1 : *cnt + 1;
        }
    }
    /* Pass 2: one-word names. */
    for (size_t i = 0; i < nc; i++) {
        cand *c = &g->c[i];
        if (c->ent >= 0)
            continue;
        int32_t ei = -1;
        if (!(c->ev & EV_PLACEPREP) || !c->canon)
            ei = person_by_word(g, i);
        if (ei >= 0) {
            c->ev |= EV_SURNAME;
            c->type = T_PERSON;
        }
        if (ei < 0 && c->defines >= 0 && g->c[c->defines].ent >= 0)
            ei = g->c[c->defines].ent;
        if (ei < 0 && c->canon) {
            int weak = (c->ev & EV_WEAK) != 0;
            int32_t *v = smap_slot(&g->keys, c->canon, strlen(c->canon), !weak);
            if (!v && !weak)
                return AD_ERR_NOMEM;
            if (!v)
                continue; /* a weak mention waits for a firm one (below) */
            if (*v < 0)
                *v = new_ent(g, c->type == T_UNKNOWN ? T_PLACE : c->type, c->canon,
                             strlen(c->canon), (int32_t)i);
            ei = *v;
        }
        if (ei < 0 && !c->canon && !(c->ev & EV_ACRO))
            ei = org_by_part(g, i);
        if (ei < 0 && (c->ev & EV_ACRO)) {
            int32_t *v = smap_slot(&g->acros, c->text, c->len, 0);
            if (v && *v >= 0)
                ei = *v;
        }
        if (ei < 0) {
            int32_t *v = smap_slot(&g->keys, c->text, c->len, 0);
            if (v && *v >= 0)
                ei = *v;
        }
        if (ei < 0) {
            if (c->ev & EV_WEAK)
                continue;
            /* A bare unknown word is a name when the article repeats it. */
            if ((c->ev & (EV_BARE | EV_SPEECH | EV_APPOS)) == EV_BARE && c->type == T_UNKNOWN) {
                int32_t *cnt = smap_slot(&g->bare, c->text, c->len, 0);
                if (!cnt || *cnt < 2)
                    continue;
            }
            int32_t *v = smap_slot(&g->keys, c->text, c->len, 1);
            if (!v)
                return AD_ERR_NOMEM;
            *v = new_ent(g, c->type == T_UNKNOWN ? default_type(c) : c->type, c->text, c->len,
                         (int32_t)i);
            ei = *v;
        }
        join(g, i, ei);
    }
    /* Pass 3: a weak mention counts once a firm one, later in the text,
     * has named the entity. */
    for (size_t i = 0; i < nc; i++) {
        cand *c = &g->c[i];
        if (c->ent >= 0 || !(c->ev & EV_WEAK))
            continue;
        const char *key = c->canon ? c->canon : c->text;
        int32_t *v = smap_slot(&g->keys, key, c->canon ? strlen(key) : c->len, 0);
        if (v && *v >= 0)
            join(g, i, *v);
    }
    vote_types(g);
    return AD_OK;
}

static ad_status build_output(grouper *g, ad_entity **out, size_t *n_out)
{
    ad_entity *v = g->ne ? ad_arena_calloc(g->a, g->ne, sizeof(*v)) : NULL;
    if (g->ne && !v)
        return AD_ERR_NOMEM;
    /* Entities in order of their first mention (candidates are in text
     * order, entity numbers in order of creation, which differs). */
    int32_t *order = g->ne ? ad_arena_alloc(g->a, g->ne * sizeof(*order)) : NULL;
    size_t *fill = g->ne ? ad_arena_calloc(g->a, g->ne, sizeof(*fill)) : NULL;
    if (g->ne && (!order || !fill))
        return AD_ERR_NOMEM;
    for (size_t i = 0; i < g->ne; i++)
        order[i] = -1;
    size_t no = 0;
    for (size_t i = 0; i < g->nc; i++) {
        int32_t ei = g->c[i].ent;
        if (ei >= 0 && order[ei] < 0)
            order[ei] = (int32_t)no++;
    }
    for (size_t ei = 0; ei < g->ne; ei++) {
        ad_entity *o = &v[order[ei]];
        ent *e = &g->e[ei];
        o->type = (ad_entity_type)e->type;
        o->mentions = ad_arena_calloc(g->a, e->nm, sizeof(*o->mentions));
        o->aliases.v = ad_arena_calloc(g->a, e->nm, sizeof(char *));
        o->roles.v = e->n_roles ? ad_arena_calloc(g->a, e->n_roles, sizeof(char *)) : NULL;
        if (!o->mentions || !o->aliases.v || (e->n_roles && !o->roles.v))
            return AD_ERR_NOMEM;
        for (uint32_t r = 0; r < e->n_roles; r++)
            o->roles.v[r] = e->roles[r];
        o->roles.n = e->n_roles;
    }
    /* Mentions, and the longest form as the name. */
    size_t *best = g->ne ? ad_arena_calloc(g->a, g->ne, sizeof(*best)) : NULL;
    int32_t *best_c = g->ne ? ad_arena_alloc(g->a, g->ne * sizeof(*best_c)) : NULL;
    if (g->ne && (!best || !best_c))
        return AD_ERR_NOMEM;
    for (size_t i = 0; i < g->nc; i++) {
        const cand *c = &g->c[i];
        if (c->ent < 0)
            continue;
        ad_entity *o = &v[order[c->ent]];
        ad_mention *m = &o->mentions[o->n_mentions];
        if (o->n_mentions && m[-1].paragraph == c->para && m[-1].start == c->cp_start &&
            m[-1].end == c->cp_end)
            continue;
        m->paragraph = c->para;
        m->start = c->cp_start;
        m->end = c->cp_end;
        o->n_mentions++;
        size_t l = c->cp_end - c->cp_start;
        if (l > best[c->ent]) {
            best[c->ent] = l;
            best_c[c->ent] = (int32_t)i;
        }
    }
    for (size_t ei = 0; ei < g->ne; ei++) {
        ad_entity *o = &v[order[ei]];
        const cand *bc = &g->c[best_c[ei]];
        o->name = ad_arena_strndup(g->a, bc->text, bc->len);
        if (!o->name)
            return AD_ERR_NOMEM;
    }
    /* Aliases: the other forms, each once. */
    for (size_t i = 0; i < g->nc; i++) {
        const cand *c = &g->c[i];
        if (c->ent < 0)
            continue;
        ad_entity *o = &v[order[c->ent]];
        if (strlen(o->name) == c->len && memcmp(o->name, c->text, c->len) == 0)
            continue;
        int seen = 0;
        for (size_t k = 0; k < o->aliases.n && !seen; k++)
            seen =
                strlen(o->aliases.v[k]) == c->len && memcmp(o->aliases.v[k], c->text, c->len) == 0;
        if (seen)
            continue;
        const char *s = ad_arena_strndup(g->a, c->text, c->len);
        if (!s)
            return AD_ERR_NOMEM;
        o->aliases.v[o->aliases.n++] = s;
    }
    *out = v;
    *n_out = g->ne;
    return AD_OK;
}

ad_status ad_entities_extract(const ad_paragraph *paras, size_t n, const ad_meta *meta, ad_arena *a,
                              ad_entity **out, size_t *n_out, char *err, size_t errlen)
{
    ctx x;
    grouper g;
    ad_status st;
    (void)meta;
    if (!out || !n_out || !a || (n && !paras))
        return ad_fail(err, errlen, AD_ERR_USAGE, "ad_entities_extract: NULL argument");
    *out = NULL;
    *n_out = 0;
    memset(&x, 0, sizeof(x));
    x.a = a;
    x.acr_cand = -1;
    for (size_t i = 0; i < n; i++) {
        st = scan_paragraph(&x, &paras[i], i);
        if (st != AD_OK)
            goto fail;
        if (x.nc >= AD_ENT_MAX_MENTIONS)
            break;
    }
    if (!x.nc)
        return AD_OK;
    memset(&g, 0, sizeof(g));
    g.a = a;
    g.c = x.c;
    g.nc = x.nc;
    g.sport = x.sport >= 8;
    g.e = ad_arena_alloc(a, x.nc * sizeof(*g.e));
    g.parts = ad_arena_alloc(a, x.nc * sizeof(*g.parts));
    if (!g.e || !g.parts || !smap_init(&g.keys, a, x.nc) || !smap_init(&g.words, a, x.nc * 3) ||
        !smap_init(&g.acros, a, x.nc) || !smap_init(&g.bare, a, x.nc)) {
        st = AD_ERR_NOMEM;
        goto fail;
    }
    st = group(&g);
    if (st != AD_OK)
        goto fail;
    st = build_output(&g, out, n_out);
    if (st != AD_OK)
        goto fail;
    return AD_OK;
fail:
    return ad_fail(err, errlen, st, "entities: out of memory");
}
