/*
 * figures.c - trade figures: frames over sentences with a trade cue.
 *
 * A paragraph is first scanned for a cue word (exports, imports, tariffs...)
 * byte by byte; only then is it tokenized, and only its sentences holding a
 * cue get the rest: the word classes of data/trade_words.tsv, the
 * quantities, periods and change basis of quantity.h, the economies of the
 * entities stage. A sentence is cut into clauses at "while", "but", ";" and,
 * once a clause already has its cue and number, at a comma or "and"; each
 * clause with a cue and a number becomes one frame, whose slots are found
 * by a few positional rules around its cue (see figures.h). Frames of one
 * sentence then share the slots they leave out.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "articled/figures.h"
#include "articled/gazetteer.h"
#include "articled/quantity.h"
#include "articled/text.h"
#include "articled/tokenize.h"
#include "capitals.h"
#include "economy_epithets.h"
#include "currency_families.h"
#include "currency_economies.h"
#include "fiscal_years.h"
#include "goods_words.h"
#include "generic_cctlds.h"
#include "months.h"
#include "regions.h"
#include "seasons.h"
#include "trade_cues.h"
#include "trade_economies.h"
#include "trade_parts.h"
#include "trade_labels.h"
#include "trade_words.h"
#include "statistics_bodies.h"
#include "tariff_instruments.h"

enum wclass {
    W_NONE = 0,
    W_CUE,
    W_CUECOND,
    W_CUEOF,
    W_NOTFLOW,
    W_NOTBAL,
    W_UP,
    W_DOWN,
    W_CLAUSE,
    W_PREP,
    W_GENERIC,
    W_MODSTOP,
    W_SRCVERB,
    W_SRCNOUN,
    W_STOP,
    W_DUTYMOD,
    W_TRADECTX,
    W_MEASURE,
    W_TRADEBAL,
    W_FORECAST,
    W_FLOWMOD,
    W_MODAL,
    W_AGENT,
    W_PAIR,
    W_SECTOR,
    W_ABROAD,
    W_FACE,
    W_HURT,
    W_ORIGIN,
    W_MEMBERS,
    W_FLAT,
    W_ROLE,
    W_SUPER,
    W_COLLECT,
    W_NOTOF,
    W_CUEWITH,
    W_SWING,
    W_PERMIT,
    W_COVER,
    W_LIFT
};

static const char *const class_names[] = {[W_NONE] = "",
                                          [W_CUE] = "cue",
                                          [W_CUECOND] = "cuecond",
                                          [W_CUEOF] = "cueof",
                                          [W_NOTFLOW] = "notflow",
                                          [W_NOTBAL] = "notbal",
                                          [W_UP] = "up",
                                          [W_DOWN] = "down",
                                          [W_CLAUSE] = "clause",
                                          [W_PREP] = "prep",
                                          [W_GENERIC] = "generic",
                                          [W_MODSTOP] = "modstop",
                                          [W_SRCVERB] = "srcverb",
                                          [W_SRCNOUN] = "srcnoun",
                                          [W_STOP] = "stop",
                                          [W_DUTYMOD] = "dutymod",
                                          [W_TRADECTX] = "tradectx",
                                          [W_MEASURE] = "measure",
                                          [W_TRADEBAL] = "tradebal",
                                          [W_FORECAST] = "forecast",
                                          [W_FLOWMOD] = "flowmod",
                                          [W_MODAL] = "modal",
                                          [W_AGENT] = "agent",
                                          [W_PAIR] = "pair",
                                          [W_SECTOR] = "sector",
                                          [W_ABROAD] = "abroad",
                                          [W_FACE] = "face",
                                          [W_HURT] = "hurt",
                                          [W_ORIGIN] = "origin",
                                          [W_MEMBERS] = "members",
                                          [W_FLAT] = "flat",
                                          [W_ROLE] = "role",
                                          [W_SUPER] = "super",
                                          [W_COLLECT] = "collect",
                                          [W_NOTOF] = "notof",
                                          [W_CUEWITH] = "cuewith",
                                          [W_SWING] = "swing",
                                          [W_PERMIT] = "permit",
                                          [W_COVER] = "cover",
                                          [W_LIFT] = "lift"};
_Static_assert(sizeof(class_names) / sizeof(class_names[0]) == W_LIFT + 1,
               "a name for every word class");

/* The kind of forecast words (argument of class forecast): a noun after a
 * cue ("export quotas"). */
enum { FC_NOUN = 1, FC_CLAIM = 2 };

/* The kinds of modal verbs (argument of class modal in trade_words.tsv). */
enum { MOD_PLAN = 0, MOD_MAYBE, MOD_COND };

/* FB_WEAK marks "shipments", which also means a company's deliveries: its
 * figures need an economy. */
enum { FB_EXPORT = 1, FB_IMPORT = 2, FB_TOTAL = 4, FB_BALANCE = 8, FB_TARIFF = 16, FB_WEAK = 32 };

enum prep {
    P_NONE = 0,
    P_TO,
    P_FROM,
    P_INTO,
    P_WITH,
    P_BETWEEN,
    P_ON,
    P_AGAINST,
    P_BY,
    P_OF,
    P_COMPARED, /* "compared with", "versus": what follows is the comparison's base */
    P_OTHER
};

/* One token's classes for the sentence being analysed. */
typedef struct tk {
    uint8_t cls;     /* enum wclass */
    uint8_t flow;    /* FB_* when a valid cue */
    uint8_t prep;    /* enum prep */
    uint8_t inqty;   /* inside a money/percent span or a period */
    int32_t qi;      /* quantity starting here, or -1 */
    int32_t pi;      /* period starting here, or -1 */
    int32_t econ;    /* economy starting here, or -1 */
    int16_t part;    /* its row in data/trade_parts.tsv plus one, or 0 */
    uint8_t measure; /* a cue that names a measure of the trade ("share of
                      * exports"): it still ends a clause, of no figure */
    uint8_t cover;   /* a cue opening a coverage ratio (check_cover()) */
    uint8_t mult;    /* a multiple starts here ("1.3 times", "2.6-fold") */
} tk;

/* An economy named in the paragraph (token range). */
typedef struct econ {
    uint32_t ts, te;
    const char *name;
    const char *name2; /* "China-Russia trade": the second economy */
    int attrib;        /* a demonym or adjective use ("Chinese goods") */
    int region;        /* a world region ("Asia"), not a country or a bloc */
    /* A city or a country's division ("Gujarat"): a reporter under its
     * name, a partner as its country (country, or NULL); 2 when named with
     * what it is ("the Kurdistan region"). */
    int sub;
    const char *country;
} econ;

/* An organization named in the paragraph, for sources. */
typedef struct org {
    uint32_t ts, te;
    const char *name;
} org;

typedef struct frame {
    ad_figure f;
    size_t s, e; /* token range of the clause */
    int has_period, has_source;
    int fy1, fy2; /* a fiscal year's numbers as written (ad_qty_period year1/2) */
    int fiscal;   /* 1: "FY25", "fiscal 2025"; 2: a bare year range "2024-25"; 3: "the
                   * current fiscal year"; 4: "last fiscal (year)" */
    int fy_end;   /* the month the text says the fiscal year ended in, or 0 */
    const char *value_family, *by_family; /* currency families of value and change.by */
    size_t cue;                           /* the clause's main cue token */
    size_t vol_s, vol_e;                  /* the volume's tokens, when there is one */
    int flow_ok;                          /* the clause has a cue */
    int weak;                             /* flow named by weak cues only ("shipments") */
    int by_amount;                        /* the change is stated as an amount ("fell by $2bn") */
    int tail_period;  /* the period stands only in a trailing piece ("..., after a rise in May") */
    int carried;      /* the reporter came from an earlier sentence (see carry()) */
    int index;        /* its change was written as an index ("or 102.3% compared with") */
    int earn_split;   /* the value comes after the volume's change, by a verb of
                       * earning ("..., the ministry said, earning $2.28 billion"):
                       * a record of its own, without the change */
    double value_pct; /* with earn_split 2, the value's own change: "rose 9.7% in
                       * volume to 214,000 tonnes and 18.3% in value to $1.46
                       * billion"; with earn_split 3 the volume's, after the
                       * value's ("rose 6.1% to A$2.64 billion, but by volume
                       * they fell 2.4% to 612 million litres") */
    int value_dir;    /* its direction, when a verb of its own says it ("but rose
                       * 4.2% in value"), else 0 */
    int circ;         /* a tariff given as the clause's circumstance ("The gains came
                       * despite Brazil's 18% tariff"): the clause's change is not its */
    int passing;      /* the figure of a month named in passing ("The July deficit was
                       * revised to"): no subject for the sentences after it */
    /* A part of a fiscal year ("the first five months of the current
     * fiscal year", "April-February of 2026-27"): its first month (0-based,
     * from the fiscal year's start; with named, the calendar's month 1-12
     * as written) and length in months, and which year: 1 the current, 2
     * the last, 3 the one labelled in year, 4 the one starting in year (a
     * two-year form: "2026/27 fiscal year"), 5 the same written bare
     * ("2026-27"), for economies whose news so writes fiscal years; 6 a
     * season starting in year, in the month its text gives ("the 2026/27
     * season, which began in October"). */
    struct {
        int off, len, mode, year, named;
        int start; /* the month a season starts in, 1-12 (mode 6, or a season
                    * named by its months: "the October-September marketing
                    * year"), else 0 */
    } fp;
} frame;

typedef struct fctx {
    ad_article *art;
    ad_arena *a;
    const char *anchor;
    ad_tokens toks;
    ad_quantities qs;
    ad_qty_periods ps;
    tk *tk;
    size_t tk_cap;
    econ *ec;
    size_t n_ec, ec_cap;
    org *og;
    size_t n_og, og_cap;
    ad_figure *out;
    size_t n_out, out_cap;
    /* entity mentions bucketed by paragraph: mention index ranges */
    size_t *mp_start; /* n_paragraphs + 1 */
    const ad_mention **mv;
    const ad_entity **me;
    const char *ptext;
    size_t plen;
    size_t para;
    /* The last figure reported, whose economies, period and source carry
     * over to the sentences after it (see carry()). */
    struct {
        int set;
        size_t para;
        const char *reporter, *partner, *source;
        const char *commodity;
        ad_flow flow;
        const char *pair[2]; /* the last reporter and partner named together */
        ad_period period;
        int fy1, fy2, fiscal;
        int lede;              /* the figure had no numbers: a lede naming the subject */
        int tariff;            /* a tariff came after the figure */
        const char *tariff_on; /* the economy whose goods it taxes */
    } last;
    /* The last whole figure with an amount of each flow (exports, imports,
     * total trade), whose parts later sentences of its paragraph or the
     * next may give (see parts()): its index in out, and the last
     * paragraph that gave one of its parts of goods (a breakdown runs on
     * from paragraph to paragraph while each gives one). head_last is the
     * flow of the last one noted, whose parts a verb gives, or -1. */
    struct {
        int set;
        size_t para, reach, idx;
    } head[3];
    int head_last;
    const char *home; /* the economy the outlet reports from, or NULL (home_economy()) */
    int home_done;
    /* The economy a relative clause set aside in the sentence gives the
     * trade a role for ("which overtook China as South Korea's largest
     * export market"), over tokens [owner_s, owner_e); NULL when none. */
    const char *owner;
    size_t owner_s, owner_e;
    /* A tariff rate a relative clause set aside says the subject's goods
     * face ("Exports to the United States, which face an 18% tariff,
     * fell"): emitted after the sentence's figure (see aside_tariff()). */
    int aside_tariff;
    double aside_rate;
    char *err;
    size_t errlen;
} fctx;

/* ---- word classes -------------------------------------------------------- */

static int lc(int c)
{
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

static int is_alpha(int c)
{
    c = lc(c);
    return c >= 'a' && c <= 'z';
}

/* Folds an ASCII word to lower case into w (size 32); 0 when it does not
 * fit or is not ASCII. */
static int fold_word(const char *s, size_t n, char *w)
{
    if (n == 0 || n >= 32)
        return 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch >= 0x80)
            return 0;
        w[i] = (char)lc(ch);
    }
    w[n] = '\0';
    return 1;
}

/* The row of a folded word in a table of rows whose first column is the
 * word, or -1. The tables are short; the first-byte test rejects most. */
static long row_of(const char *const (*tbl)[3], size_t len, const char *w)
{
    for (size_t r = 0; r < len; r++)
        if (tbl[r][0][0] == w[0] && strcmp(tbl[r][0], w) == 0)
            return (long)r;
    return -1;
}

/* Whether token i is a word that data/trade_labels.tsv gives the kind
 * kind ("portfolio", "notgoods"). */
static int label_is(const fctx *c, size_t i, const char *kind);

static uint8_t class_of(const char *name)
{
    for (size_t i = 1; i < sizeof(class_names) / sizeof(class_names[0]); i++)
        if (strcmp(class_names[i], name) == 0)
            return (uint8_t)i;
    return W_NONE;
}

static uint8_t flow_bit(const char *name)
{
    static const char *const names[] = {"export", "import", "total", "balance", "tariff"};
    for (size_t i = 0; i < 5; i++)
        if (strcmp(names[i], name) == 0)
            return (uint8_t)(1u << i);
    return strcmp(name, "shipment") == 0 ? FB_EXPORT | FB_WEAK : 0;
}

static uint8_t prep_of(const char *name)
{
    static const char *const names[] = {"to", "from",    "into", "with", "between",
                                        "on", "against", "by",   "of",   "compared"};
    for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
        if (strcmp(names[i], name) == 0)
            return (uint8_t)(P_TO + i);
    return P_OTHER;
}

/* Cue words are 4 to 12 letters long; a word outside that, or starting with
 * a letter no cue starts with, is rejected before any table lookup. */
static int cue_candidate(const char *s, size_t n)
{
    if (n < 4 || n > 12)
        return 0;
    switch (lc((unsigned char)s[0])) {
    case 'a': /* "agro-exports" */
    case 'd':
    case 'e':
    case 'i':
    case 'l':
    case 'n':
    case 'p':
    case 'r': /* "re-exports" */
    case 's':
    case 't':
        return 1;
    default:
        return 0;
    }
}

int ad_figures_has_cue(const char *s, size_t len)
{
    size_t i = 0;
    char w[32];
    while (i < len) {
        if (!is_alpha((unsigned char)s[i])) {
            i++;
            continue;
        }
        size_t b = i;
        while (i < len && (is_alpha((unsigned char)s[i]) || s[i] == '-'))
            i++;
        /* A word glued to a non-ASCII letter is no English cue word. */
        if (i < len && (unsigned char)s[i] >= 0x80)
            continue;
        if (b > 0 && (unsigned char)s[b - 1] >= 0x80)
            continue;
        if (cue_candidate(s + b, i - b) && fold_word(s + b, i - b, w) &&
            row_of(ad_tbl_trade_cues, ad_tbl_trade_cues_len, w) >= 0)
            return 1;
    }
    return 0;
}

/* ---- token helpers ------------------------------------------------------- */

static int tok_word(const fctx *c, size_t i)
{
    return c->toks.tok[i].kind == AD_TOK_WORD && !(c->toks.tok[i].flags & AD_TOKF_POSSESSIVE);
}

static int tok_eq(const fctx *c, size_t i, const char *w)
{
    size_t n;
    const char *s = ad_tok_text(&c->toks, i, &n);
    return strlen(w) == n && ad_text_ncasecmp(s, w, n) == 0;
}

static int tok_lower_word(const fctx *c, size_t i)
{
    return tok_word(c, i) && !(c->toks.tok[i].flags & (AD_TOKF_CAP | AD_TOKF_ALLCAPS));
}

static int tok_cap_word(const fctx *c, size_t i)
{
    return tok_word(c, i) && (c->toks.tok[i].flags & (AD_TOKF_CAP | AD_TOKF_ALLCAPS));
}

/* First token of the sentence range [s, e) starting at or after byte b. */
static size_t tok_at(const fctx *c, size_t s, size_t e, size_t b)
{
    size_t lo = s, hi = e;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (c->toks.tok[mid].start < b)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static int grow(fctx *c, void **v, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return 1;
    size_t n = *cap ? *cap * 2 : 64;
    while (n < need)
        n *= 2;
    void *p = ad_arena_alloc(c->a, n * size);
    if (!p)
        return 0;
    if (*v && *cap)
        memcpy(p, *v, *cap * size);
    *v = p;
    *cap = n;
    return 1;
}

static const char *dup_span(fctx *c, size_t b, size_t e)
{
    while (b < e && c->ptext[b] == ' ')
        b++;
    while (e > b && c->ptext[e - 1] == ' ')
        e--;
    return ad_arena_strndup(c->a, c->ptext + b, e - b);
}

/* ---- entities of the paragraph ------------------------------------------- */

/* Buckets every mention by paragraph once per article (counting sort), so
 * that each paragraph finds its own in constant time. */
static ad_status index_mentions(fctx *c)
{
    const ad_article *art = c->art;
    size_t np = art->n_paragraphs, total = 0;
    c->mp_start = ad_arena_calloc(c->a, np + 1, sizeof(size_t));
    if (!c->mp_start)
        return AD_ERR_NOMEM;
    for (size_t e = 0; e < art->n_entities; e++)
        for (size_t m = 0; m < art->entities[e].n_mentions; m++)
            if (art->entities[e].mentions[m].paragraph < np) {
                c->mp_start[art->entities[e].mentions[m].paragraph + 1]++;
                total++;
            }
    for (size_t p = 0; p < np; p++)
        c->mp_start[p + 1] += c->mp_start[p];
    c->mv = total ? ad_arena_alloc(c->a, total * sizeof(*c->mv)) : NULL;
    c->me = total ? ad_arena_alloc(c->a, total * sizeof(*c->me)) : NULL;
    size_t *fill = ad_arena_calloc(c->a, np + 1, sizeof(size_t));
    if ((total && (!c->mv || !c->me)) || !fill)
        return AD_ERR_NOMEM;
    for (size_t e = 0; e < art->n_entities; e++)
        for (size_t m = 0; m < art->entities[e].n_mentions; m++) {
            const ad_mention *mm = &art->entities[e].mentions[m];
            if (mm->paragraph >= np)
                continue;
            size_t k = c->mp_start[mm->paragraph] + fill[mm->paragraph]++;
            c->mv[k] = mm;
            c->me[k] = &art->entities[e];
        }
    return AD_OK;
}

/* Token index whose code point start is cp, or (size_t)-1. */
static size_t tok_by_cp(const fctx *c, size_t cp, int end)
{
    size_t lo = 0, hi = c->toks.n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        size_t v = end ? c->toks.tok[mid].cp_end : c->toks.tok[mid].cp_start;
        if (v < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < c->toks.n && (end ? c->toks.tok[lo].cp_end : c->toks.tok[lo].cp_start) == cp)
        return lo;
    return (size_t)-1;
}

/* The name an economy's gazetteer key (ISO alpha-2, a bloc's full name or
 * a region's name) is reported under: that of data/trade_economies.tsv, so
 * that one economy reads the same in every article ("Britain", "UK" and
 * "U.K." are all "United Kingdom"), whatever the entities stage calls it.
 * NULL when the key is no economy. */
static const char *economy_name(const char *key)
{
    for (size_t r = 0; r < ad_tbl_trade_economies_len; r++)
        if (strcmp(ad_tbl_trade_economies[r][0], key) == 0)
            return ad_tbl_trade_economies[r][1];
    return NULL;
}

/* The economy key of one form ("DPRK" -> "KP"), or NULL; *demonym says
 * whether it is an adjective form ("Chinese"). */
static const char *economy_key(const char *s, size_t n, int *demonym, uint32_t *flags)
{
    const char *canon = "";
    uint32_t f = ad_gaz_lookup(s, n, &canon);
    *flags = f;
    *demonym = 0;
    if (!f || !canon[0])
        return NULL;
    if (f & AD_GAZ_COUNTRY)
        return canon;
    if (f & AD_GAZ_ORG)
        return canon; /* a bloc when listed in trade_economies */
    if (f & AD_GAZ_DEMONYM) {
        *demonym = 1;
        return canon;
    }
    /* A capital stands for its government in trade news ("Beijing slapped
     * tariffs on...", "Washington's duties"). */
    if (f & AD_GAZ_PLACE) {
        /* A world region that trade statistics report ("Southeast Asia"),
         * or a city standing for a bloc ("Brussels"). */
        for (size_t r = 0; r < ad_tbl_trade_economies_len; r++)
            if (strcmp(ad_tbl_trade_economies[r][0], canon) == 0)
                return canon;
        /* "BOGOTÁ" in a dateline: letters beyond ASCII in lower case. */
        char low[64];
        if (n < sizeof(low) && memchr(s, 0xC3, n) &&
            ad_text_lower(s, n, low, sizeof(low), NULL) == n)
            s = low;
        for (size_t r = 0; r < ad_tbl_capitals_len; r++)
            if (strlen(ad_tbl_capitals[r][0]) == n &&
                ad_text_ncasecmp(ad_tbl_capitals[r][0], s, n) == 0)
                return ad_tbl_capitals[r][1];
    }
    return NULL;
}

/* The economy of a country-code domain ("thestar.com.my": Malaysia), or
 * NULL: a generic one ("io", "tv") or none. */
static const char *cctld_economy(const char *url)
{
    if (!url)
        return NULL;
    size_t hl;
    const char *h = ad_text_url_host(url, &hl);
    while (hl && h[hl - 1] == '.')
        hl--;
    size_t b = hl;
    while (b && h[b - 1] != '.')
        b--;
    if (!b || hl - b != 2)
        return NULL;
    char key[3] = {(char)(h[b] & ~32), (char)(h[b + 1] & ~32), 0};
    for (size_t r = 0; r < ad_tbl_generic_cctlds_len; r++)
        if (!ad_text_ncasecmp(ad_tbl_generic_cctlds[r][0], h + b, 2)) {
            if (ad_tbl_generic_cctlds[r][1][0] == '-')
                return NULL;
            return economy_name(ad_tbl_generic_cctlds[r][1]);
        }
    return economy_name(key);
}

/* The economy an outlet's name names ("Taipei Times", "The Korea Herald",
 * "Bangkok Post"): a country, its capital or its demonym among the name's
 * capitalized words, one to three at a time; NULL when none or a world
 * region ("Gulf News"). */
static const char *name_economy(const char *name)
{
    if (!name)
        return NULL;
    size_t n = strlen(name);
    for (size_t i = 0; i < n;) {
        while (i < n && name[i] == ' ')
            i++;
        size_t e = i;
        const char *best = NULL;
        for (int words = 0; words < 3 && e < n; words++) {
            while (e < n && name[e] != ' ')
                e++;
            int demonym;
            uint32_t fl;
            const char *key = economy_key(name + i, e - i, &demonym, &fl);
            const char *named = key && strlen(key) == 2 ? economy_name(key) : NULL;
            if (named)
                best = named;
            while (e < n && name[e] == ' ')
                e++;
        }
        if (best)
            return best;
        while (i < n && name[i] != ' ')
            i++;
    }
    return NULL;
}

/* The economy whose statistics body (data/statistics_bodies.tsv) a source
 * is ("Census Bureau", "the Commerce Department's Bureau of Economic
 * Analysis"), or NULL. */
static const char *stats_economy(const char *source)
{
    if (!source)
        return NULL;
    if (!ad_text_ncasecmp(source, "the ", 4))
        source += 4;
    size_t n = strlen(source);
    /* "the Commerce Department's Bureau of Economic Analysis": the owner. */
    const char *own = strstr(source, "'s ");
    for (int pass = 0; pass < 2; pass++) {
        const char *s = pass ? (own ? own + 3 : NULL) : source;
        size_t l = pass ? (s ? strlen(s) : 0) : own ? (size_t)(own - source) : n;
        for (size_t r = 0; s && r < ad_tbl_statistics_bodies_len; r++) {
            const char *b = ad_tbl_statistics_bodies[r][0];
            size_t bl = strlen(b);
            int caps = 1;
            for (size_t k = 0; k < bl && caps; k++)
                caps = !(b[k] >= 'a' && b[k] <= 'z');
            if (bl == l && (caps ? !memcmp(b, s, l) : !ad_text_ncasecmp(b, s, l)))
                return economy_name(ad_tbl_statistics_bodies[r][1]);
        }
    }
    return NULL;
}

/* The economy of a legal instrument (data/tariff_instruments.tsv) named in
 * tokens [s, e) ("Section 232"), or NULL. */
static const char *instrument_economy(const fctx *c, size_t s, size_t e)
{
    for (size_t i = s; i < e; i++) {
        for (size_t r = 0; r < ad_tbl_tariff_instruments_len; r++) {
            const char *w = ad_tbl_tariff_instruments[r][0];
            size_t k = i, ok = 1;
            while (*w && ok) {
                size_t wl = strcspn(w, " "), n;
                const char *t = k < e ? ad_tok_text(&c->toks, k, &n) : NULL;
                ok = t && n == wl && !ad_text_ncasecmp(t, w, wl);
                w += wl + (w[wl] == ' ');
                k++;
            }
            if (ok)
                return economy_name(ad_tbl_tariff_instruments[r][1]);
        }
    }
    return NULL;
}

/* The economy that alone issues currency code (data/currency_economies.tsv),
 * or NULL. */
static const char *money_economy(const char *code)
{
    for (size_t r = 0; code && *code && r < ad_tbl_currency_economies_len; r++)
        if (strcmp(ad_tbl_currency_economies[r][0], code) == 0)
            return economy_name(ad_tbl_currency_economies[r][1]);
    return NULL;
}

/* The economy the outlet reports from, for figures that name none at all
 * ("Exports last month rose 31.6 percent" in the Taipei Times): that of the
 * page's country-code domain, else one the outlet's name names. */
static const char *home_economy(fctx *c)
{
    if (!c->home_done) {
        const ad_meta *m = &c->art->meta;
        c->home = cctld_economy(m->canonical_url ? m->canonical_url : m->url);
        if (!c->home)
            c->home = name_economy(m->publisher);
        c->home_done = 1;
    }
    return c->home;
}

/* The economy of the page's language tag's region ("en-CA": Canada), or
 * NULL. It only tells which dollar a bare "$" is: templates set "en-US"
 * on pages from everywhere, so it names no reporter. */
static const char *locale_economy(fctx *c)
{
    const char *l = c->art->meta.language;
    if (!l || strlen(l) != 5 || (l[2] != '-' && l[2] != '_'))
        return NULL;
    char key[3] = {(char)(l[3] & ~32), (char)(l[4] & ~32), 0};
    return economy_name(key);
}

/* The economy a source names as its owner ("South Korea's customs
 * agency", "China's customs administration"), or NULL. */
static const char *possessive_economy(fctx *c, const char *src)
{
    const char *p = strstr(src, "'s ");
    if (!p)
        p = strstr(src, "\xe2\x80\x99s ");
    if (!p || p == src || (size_t)(p - src) > 40)
        return NULL;
    char *owner = ad_arena_strndup(c->a, src, (size_t)(p - src));
    return owner ? name_economy(owner) : NULL;
}

static int label_word_is(const char *w, size_t n, const char *kind);
static int same_str(const char *a, const char *b);

static int apostrophe(const fctx *c, size_t k, int bare);
static int names_goods(const fctx *c, size_t i);
static int has_part(const fctx *c, size_t s, size_t e);
static int next_para(const fctx *c, size_t p, size_t q);
static int head_open(const fctx *c, size_t p);
static int chain_open(const fctx *c, size_t p);
static size_t part_verb(const fctx *c, size_t i, size_t e, int *trade);
static const ad_quantity *qty_from(const fctx *c, size_t k, size_t e);

/* Whether the phrase after a possessive at token k names data, within
 * four words ("Japan's August trade data", "China's latest customs
 * figures"). */
static int owns_data(const fctx *c, size_t k, size_t e)
{
    for (size_t n = 0; k < e && n < 4 && tok_word(c, k); k++, n++)
        if (c->tk[k].cls == W_SRCNOUN)
            return 1;
    return 0;
}

/* The economy that the paragraph names as an owner before token i, when
 * it names no other economy there: "Morocco's phosphate diplomacy is
 * paying off. Exports of phosphates rose 18.4% ..."; "Opinion: Argentina's
 * lithium moment is real." NULL otherwise. */
static const char *para_owner(const fctx *c, size_t i)
{
    const char *owner = NULL, *seen = NULL;
    for (size_t k = 0; k < c->n_ec && c->ec[k].te <= i; k++) {
        const econ *x = &c->ec[k];
        if (x->name2 || x->region || (seen && !same_str(seen, x->name)))
            return NULL;
        seen = x->name;
        /* An owner of goods or of trade ("Morocco's phosphate diplomacy",
         * "Argentina's lithium moment"); not "China's ambassador", "Chinese
         * goods" (their origin) or "Nigeria's Dangote Refinery". */
        int goods = 0;
        if (apostrophe(c, x->te, 1))
            for (size_t j = x->te + 1; j < x->te + 4 && j < i && !goods; j++)
                goods = names_goods(c, j) || c->tk[j].flow != 0;
        if (goods)
            owner = x->name;
    }
    return owner;
}
static int dash_tok(const fctx *c, size_t k);

/* Whether a clause speaks of trade elsewhere than at economy own's: a
 * place or economy other than it and the partner, or the world's
 * ("global", "world", "through"). */
static int elsewhere(const fctx *c, size_t s, size_t e, const char *partner, const char *own)
{
    for (size_t i = s; i < e; i++) {
        /* (not "the world's second-largest grower", an epithet) */
        if (tok_eq(c, i, "global") || tok_eq(c, i, "through") || tok_eq(c, i, "worldwide") ||
            (tok_eq(c, i, "world") && !(c->toks.tok[i].flags & AD_TOKF_POSSESSIVE) &&
             !(i + 1 < e && apostrophe(c, i + 1, 0))))
            return 1;
        /* A city is where one spoke ("said in a speech in Mumbai"). */
        const econ *x = c->tk[i].econ >= 0 ? &c->ec[c->tk[i].econ] : NULL;
        if (x && !x->sub && !same_str(x->name, partner) && !same_str(x->name, own))
            return 1;
    }
    return 0;
}

/* The economy a public body's name holds ("Reserve Bank of India",
 * "Statistics Iceland", "Bank of Ghana Governor Kwesi Appiah"), or NULL:
 * the name must hold a word of public office (data/trade_labels.tsv
 * "public") or open on "Bank of"; a company known to the gazetteer ("Bank
 * of America") names none. */
static const char *body_economy(const char *src)
{
    if (!src)
        return NULL;
    size_t n = strlen(src);
    int public = !strncmp(src, "Bank of ", 8);
    for (size_t i = 0; i < n && !public;) {
        size_t e = i;
        while (e < n && src[e] != ' ')
            e++;
        public = label_word_is(src + i, e - i, "public");
        i = e + (e < n);
    }
    if (!public)
        return NULL;
    /* "Bank of America": a name the gazetteer knows as an organization,
     * up to the word after "of". */
    const char *of = strstr(src, " of ");
    if (of) {
        const char *w = of + 4;
        size_t e = strcspn(w, " ");
        const char *canon = "";
        if (ad_gaz_lookup(src, (size_t)(w + e - src), &canon) & AD_GAZ_ORG)
            return NULL;
    }
    return name_economy(src);
}

/* Whether the word w[0..n) has the kind kind in data/trade_labels.tsv (a
 * word may have several: "office" is "anyorg" and "branch"). */
static int label_word_is(const char *w, size_t n, const char *kind)
{
    for (size_t r = 0; r < ad_tbl_trade_labels_len; r++)
        if (n && (ad_tbl_trade_labels[r][0][0] | 32) == (w[0] | 32) &&
            strlen(ad_tbl_trade_labels[r][0]) == n &&
            !ad_text_ncasecmp(w, ad_tbl_trade_labels[r][0], n) &&
            !strcmp(ad_tbl_trade_labels[r][1], kind))
            return 1;
    return 0;
}

static int label_is(const fctx *c, size_t i, const char *kind)
{
    size_t n;
    const char *w = ad_tok_text(&c->toks, i, &n);
    return label_word_is(w, n, kind);
}

/* Organization mentions of the paragraph (entities stage), for sources and
 * to keep "Bank of China" from naming China. */
static ad_status load_orgs(fctx *c)
{
    c->n_og = 0;
    if (!c->mp_start)
        return AD_OK;
    for (size_t k = c->mp_start[c->para]; k < c->mp_start[c->para + 1]; k++) {
        const ad_entity *e = c->me[k];
        if (e->type != AD_ENT_ORGANIZATION || !e->name)
            continue;
        size_t ts = tok_by_cp(c, c->mv[k]->start, 0), te = tok_by_cp(c, c->mv[k]->end, 1);
        if (ts == (size_t)-1 || te == (size_t)-1 || te < ts)
            continue;
        if (!grow(c, (void **)&c->og, &c->og_cap, c->n_og + 1, sizeof(*c->og)))
            return AD_ERR_NOMEM;
        org *x = &c->og[c->n_og++];
        x->ts = (uint32_t)ts;
        x->te = (uint32_t)te + 1;
        x->name = e->name;
    }
    return AD_OK;
}

/* The economy key of the name that runs from token a's start to byte end,
 * or NULL. */
static const char *key_span(const fctx *c, size_t a, const char *end, int *dem, uint32_t *fl)
{
    const char *b = c->ptext + c->toks.tok[a].start;
    return economy_key(b, (size_t)(end - b), dem, fl);
}

/* "China-Russia trade", "US-China tariffs": a hyphenated word of two
 * economies names both sides; either side may be a name of several words
 * ("China-North Korea trade", "North Korea-China trade"). Stores the token
 * span of the pair in *ts, *te. */
static ad_status economy_pair(fctx *c, size_t i, size_t *ts, size_t *te)
{
    size_t n;
    const char *w = ad_tok_text(&c->toks, i, &n);
    const char *h = memchr(w, '-', n);
    *ts = i, *te = i + 1;
    if (!h || memchr(h + 1, '-', n - (size_t)(h + 1 - w)))
        return AD_OK;
    int d1 = 0, d2 = 0;
    uint32_t f1, f2;
    const char *k1 = NULL, *k2 = NULL;
    /* The longest first: "North Korea" over "Korea". */
    for (size_t back = 2; !k1; back--) {
        size_t a = i - (back <= i ? back : 0);
        int ok = 1;
        if (a < i && c->n_ec && c->ec[c->n_ec - 1].te > a)
            ok = 0; /* a word already read as an economy of its own */
        for (size_t k = a + 1; k <= i && ok; k++)
            ok = (c->toks.tok[k].flags & AD_TOKF_SPACE_BEFORE) && tok_cap_word(c, k - 1);
        if (ok && (back == 0 || a < i))
            k1 = key_span(c, a, h, &d1, &f1), *ts = a;
        if (back == 0)
            break;
    }
    for (size_t fwd = 2; !k2; fwd--) {
        size_t b = i + fwd;
        int ok = b < c->toks.n;
        for (size_t k = i + 1; k <= b && ok; k++)
            ok = (c->toks.tok[k].flags & AD_TOKF_SPACE_BEFORE) && tok_cap_word(c, k);
        if (ok) {
            const char *e = c->ptext + c->toks.tok[b].end;
            k2 = economy_key(h + 1, (size_t)(e - (h + 1)), &d2, &f2), *te = b + 1;
        }
        if (fwd == 0)
            break;
    }
    const char *n1 = k1 ? economy_name(k1) : NULL, *n2 = k2 ? economy_name(k2) : NULL;
    /* "Korean-made vehicles", "US-built aircraft": goods of an origin (the
     * "origin" suffixes of data/trade_words.tsv). */
    char sfx[32];
    long r = n1 && fold_word(h, n - (size_t)(h - w), sfx)
                 ? row_of(ad_tbl_trade_words, ad_tbl_trade_words_len, sfx)
                 : -1;
    int origin = r >= 0 && class_of(ad_tbl_trade_words[r][1]) == W_ORIGIN;
    if (origin)
        n2 = NULL, *te = i + 1;
    else if (!n1 || !n2 || strcmp(n1, n2) == 0) {
        *ts = i, *te = i + 1;
        return AD_OK;
    }
    if (!grow(c, (void **)&c->ec, &c->ec_cap, c->n_ec + 1, sizeof(*c->ec)))
        return AD_ERR_NOMEM;
    econ *x = &c->ec[c->n_ec++];
    x->ts = (uint32_t)*ts;
    x->te = (uint32_t)*te;
    x->name = n1;
    x->name2 = n2;
    x->attrib = origin;
    x->region = 0;
    x->sub = 0;
    x->country = NULL;
    return AD_OK;
}

/* Economies of the paragraph: at each capitalized word, the longest run of
 * up to AD_FIG_NAME_TOKENS tokens the gazetteer knows. A longer
 * organization name wins over the country inside it ("Bank of China"). */
#define AD_FIG_NAME_TOKENS 8
/* Whether the economy named name is one of the keys in the space-separated
 * list keys. */
static int name_in_keys(const char *name, const char *keys)
{
    for (const char *k = keys; *k;) {
        size_t n = strcspn(k, " ");
        char key[64];
        if (n && n < sizeof(key)) {
            /* "_" stands for a space in a key of several words ("Southeast_Asia"). */
            for (size_t x = 0; x < n; x++)
                key[x] = k[x] == '_' ? ' ' : k[x];
            key[n] = '\0';
            const char *nm = economy_name(key);
            if (nm && !strcmp(nm, name))
                return 1;
        }
        k += n;
        while (*k == ' ')
            k++;
    }
    return 0;
}

/* The economy a description after "the" at token i stands for
 * (data/economy_epithets.tsv): "the kingdom's non-oil exports" after or
 * before Saudi Arabia, "the city-state" for Singapore. Its last token plus one
 * goes to *end; NULL when the words are no such description or name none. */
static const char *epithet_economy(fctx *c, size_t i, size_t *end)
{
    /* Without "the", only a description that can mean one economy alone
     * ("euro area exports", "eurozone imports"): i is then its first token. */
    int bare = !tok_eq(c, i, "the");
    if (!bare && i + 1 >= c->toks.n)
        return NULL;
    size_t first = bare ? i : i + 1;
    const char *t = c->ptext + c->toks.tok[first].start;
    size_t avail = c->plen - c->toks.tok[first].start;
    /* A size before the description ("the 21-nation currency area", "the
     * 27-member bloc") says nothing of which economy it is. */
    size_t d = 0;
    while (d < avail && t[d] >= '0' && t[d] <= '9')
        d++;
    if (d && d < avail && t[d] == '-') {
        size_t e = d + 1;
        while (e < avail && (t[e] | 32) >= 'a' && (t[e] | 32) <= 'z')
            e++;
        if (e > d + 1 && e < avail && t[e] == ' ') {
            t += e + 1;
            avail -= e + 1;
        }
    }
    size_t off = (size_t)(t - c->ptext);
    for (size_t r = 0; r < ad_tbl_economy_epithets_len; r++) {
        const char *w = ad_tbl_economy_epithets[r][0];
        size_t wl = strlen(w);
        /* Without "the" (tried at most words of a trade paragraph), the
         * rows of one economy alone are the only ones worth comparing. */
        if (bare && (strcmp(ad_tbl_economy_epithets[r][1], ad_tbl_economy_epithets[r][2]) ||
                     strcmp(ad_tbl_economy_epithets[r][3], "*")))
            continue;
        if (wl > avail || ad_text_ncasecmp(t, w, wl) ||
            (wl < avail && ((t[wl] | 32) >= 'a' && (t[wl] | 32) <= 'z')))
            continue;
        size_t j = first;
        while (j < c->toks.n && c->toks.tok[j].end <= off + wl)
            j++;
        /* "the kingdom of Saudi Arabia", "the island of Bali": the name follows. */
        if (j < c->toks.n && tok_eq(c, j, "of"))
            return NULL;
        if (!strcmp(ad_tbl_economy_epithets[r][4], "partner") &&
            !(i > 0 && (tok_eq(c, i - 1, "to") || tok_eq(c, i - 1, "with")) &&
              !(j < c->toks.n && (c->toks.tok[j].flags & AD_TOKF_POSSESSIVE))))
            return NULL;
        const char *keys = ad_tbl_economy_epithets[r][2];
        const char *pick = NULL;
        /* The first named before it: the subject the sentence opened with
         * ("Morocco's exports to Spain rose ..., and the kingdom's"). */
        for (size_t k = 0; k < c->n_ec && !pick; k++) {
            const econ *x = &c->ec[k];
            if (x->te <= i && !x->attrib && name_in_keys(x->name, keys))
                pick = x->name;
        }
        for (size_t k = 0; k < c->n_ec && !pick; k++)
            if (c->ec[k].ts > i && name_in_keys(c->ec[k].name, keys))
                pick = c->ec[k].name;
        const char *before[3] = {c->last.reporter, c->last.partner, home_economy(c)};
        for (int k = 0; k < 3 && !pick; k++)
            if (before[k] && name_in_keys(before[k], keys))
                pick = before[k];
        const char *when = ad_tbl_economy_epithets[r][3];
        int ctx = when[0] == '*';
        for (size_t k = 0; k < c->n_ec && !ctx; k++)
            ctx = name_in_keys(c->ec[k].name, when);
        for (int k = 0; k < 3 && !ctx; k++)
            ctx = before[k] && name_in_keys(before[k], when);
        if (!pick && ctx && ad_tbl_economy_epithets[r][1][0] != '-')
            pick = economy_name(ad_tbl_economy_epithets[r][1]);
        *end = j;
        return pick;
    }
    return NULL;
}

/* Adds the economies that descriptions stand for ("the kingdom") to those
 * the paragraph names, in token order. */
static ad_status find_epithets(fctx *c)
{
    for (size_t i = 0; i + 1 < c->toks.n; i++) {
        size_t end;
        /* "the kingdom", or a description of one economy alone opening at a
         * word ("euro area exports"; every row of the table opens with a
         * word). */
        if (!tok_eq(c, i, "the") && (!tok_word(c, i) || (i > 0 && tok_eq(c, i - 1, "the"))))
            continue;
        const char *nm = epithet_economy(c, i, &end);
        if (!nm)
            continue;
        /* A name inside the description ("Gulf" of "the Gulf nation") gives
         * way to it. */
        econ *x = NULL;
        for (size_t k = 0; k < c->n_ec && !x; k++)
            if (c->ec[k].ts >= i + 1 && c->ec[k].te <= end)
                x = &c->ec[k];
        if (!x) {
            if (!grow(c, (void **)&c->ec, &c->ec_cap, c->n_ec + 1, sizeof(*c->ec)))
                return AD_ERR_NOMEM;
            size_t at = c->n_ec++;
            while (at && c->ec[at - 1].ts > i + 1) {
                c->ec[at] = c->ec[at - 1];
                at--;
            }
            x = &c->ec[at];
        }
        x->ts = (uint32_t)(i + 1);
        x->te = (uint32_t)end;
        x->name = nm;
        x->name2 = NULL;
        x->attrib = 0;
        x->region = 0;
        x->sub = 0;
        x->country = NULL;
        i = end - 1;
    }
    return AD_OK;
}

/* Whether token i is a direction word before a place ("east", "western"). */
static int place_mod(const fctx *c, size_t i)
{
    size_t n;
    const char *w = ad_tok_text(&c->toks, i, &n);
    return (ad_gaz_lookup(w, n, NULL) & AD_GAZ_PLACEMOD) != 0;
}

/* The economy of the country a division named name belongs to
 * (data/regions.tsv), or NULL. A city has none here: goods shipped to or
 * from a port ("from Shanghai to Callao") are freight, not a partner's. */
static const char *place_country(const char *name)
{
    for (size_t r = 0; r < ad_tbl_regions_len; r++)
        if (!strcmp(ad_tbl_regions[r][0], name))
            return strcmp(ad_tbl_regions[r][1], "-") ? economy_name(ad_tbl_regions[r][1]) : NULL;
    return NULL;
}

static ad_status find_economies(fctx *c)
{
    size_t oi = 0;
    ad_status st;
    c->n_ec = 0;
    for (size_t i = 0; i < c->toks.n; i++) {
        if (!tok_cap_word(c, i))
            continue;
        while (oi < c->n_og && c->og[oi].te <= i)
            oi++;
        if (oi < c->n_og && c->og[oi].ts <= i) {
            /* Inside an organization's name; a bloc (the European Union)
             * is an economy itself. */
            int dem;
            uint32_t fl;
            const char *k = economy_key(c->og[oi].name, strlen(c->og[oi].name), &dem, &fl);
            const char *nm = k && !dem ? economy_name(k) : NULL;
            if (nm && c->og[oi].ts == i) {
                if (!grow(c, (void **)&c->ec, &c->ec_cap, c->n_ec + 1, sizeof(*c->ec)))
                    return AD_ERR_NOMEM;
                econ *x = &c->ec[c->n_ec++];
                x->ts = c->og[oi].ts;
                x->te = c->og[oi].te;
                x->name = nm;
                x->name2 = NULL;
                x->attrib = 0;
                x->region = 0;
                x->sub = 0;
                x->country = NULL;
            }
            i = c->og[oi].te - 1;
            continue;
        }
        size_t best = 0, j = i;
        const char *key = NULL;
        int dem = 0;
        uint32_t bestfl = 0;
        for (size_t k = 0; k < AD_FIG_NAME_TOKENS && j < c->toks.n; k++, j++) {
            if (j > i && c->toks.tok[j].kind != AD_TOK_WORD)
                break;
            /* Words run on after an abbreviation's point ("S.Korea"). */
            if (j > i && !(c->toks.tok[j].flags & (AD_TOKF_SPACE_BEFORE | AD_TOKF_POSSESSIVE)) &&
                !(c->toks.tok[j - 1].flags & AD_TOKF_ABBREV))
                break;
            int d;
            uint32_t fl;
            const char *s = c->ptext + c->toks.tok[i].start;
            const char *kk = economy_key(s, c->toks.tok[j].end - c->toks.tok[i].start, &d, &fl);
            if (fl & AD_GAZ_NAMED) {
                best = j + 1;
                key = kk;
                dem = d;
                bestfl = fl;
            } else if (kk && d) {
                best = j + 1, key = kk, dem = 1;
            }
        }
        if (!best && (c->toks.tok[i].flags & AD_TOKF_HYPHEN)) {
            size_t ps, pe;
            if ((st = economy_pair(c, i, &ps, &pe)) != AD_OK)
                return st;
            i = pe - 1;
            continue;
        }
        if (!best)
            continue;
        /* "US$58.4 billion", "HK$2 billion": a currency, not an economy. */
        size_t be = c->toks.tok[best - 1].end;
        if (be < c->plen && c->ptext[be] == '$') {
            i = best - 1;
            continue;
        }
        const char *name = key ? economy_name(key) : NULL;
        int sub = 0;
        /* Not the start of a longer name ("Shanghai Electric", "Texas
         * Instruments"), and a place that is also a given name ("Lincoln",
         * "Victoria") only as an owner or with what it is called. */
        int cand = !name && !key && (bestfl & AD_GAZ_SUBNATIONAL) &&
                   !(bestfl & (AD_GAZ_COUNTRY | AD_GAZ_ORG));
        int called = cand && best < c->toks.n && label_is(c, best, "division");
        int named_on = cand && best < c->toks.n && tok_cap_word(c, best) && !called;
        int owner =
            called || (cand && best < c->toks.n && (c->toks.tok[best].flags & AD_TOKF_POSSESSIVE));
        if (cand && !named_on && (!(bestfl & AD_GAZ_GIVEN) || owner)) {
            /* A city or a country's division reports trade of its own
             * ("Gujarat's exports", "Texas exported"); its name is the
             * gazetteer's. */
            const char *s = c->ptext + c->toks.tok[i].start;
            ad_gaz_lookup(s, c->toks.tok[best - 1].end - c->toks.tok[i].start, &name);
            sub = name && *name;
            if (!sub)
                name = NULL;
        }
        if (name) {
            if (!grow(c, (void **)&c->ec, &c->ec_cap, c->n_ec + 1, sizeof(*c->ec)))
                return AD_ERR_NOMEM;
            econ *x = &c->ec[c->n_ec++];
            x->ts = (uint32_t)i;
            x->te = (uint32_t)best;
            x->name = name;
            x->name2 = NULL;
            x->attrib = dem;
            x->sub = sub;
            x->country = sub ? place_country(name) : NULL;
            /* Regions are keyed by their names, countries by two letters. */
            x->region =
                !sub && (bestfl & AD_GAZ_PLACE) && !(bestfl & AD_GAZ_COUNTRY) && strlen(key) > 2;
        }
        i = best - 1;
    }
    /* "Zhejiang Province", "the Kurdistan region": the division's name runs
     * on over what it is called. "east China's Zhejiang Province", "India's
     * western state of Gujarat": a country that owns the division named
     * next (with at most a direction word, what the division is called and
     * "of" between) only places it; the division reports, its name
     * spanning the country's (and a direction word before it, "east"). The
     * words' classes are not known yet: this runs before classify(). */
    size_t w = 0;
    for (size_t k = 0; k < c->n_ec; k++) {
        econ *x = &c->ec[k];
        if (x->sub && x->te < c->toks.n && label_is(c, x->te, "division"))
            x->te++, x->sub = 2;
        /* ... unless the country is where goods go or come from ("exports
         * to India's Gujarat state": India is the partner). */
        int in_pp = x->ts > 0 && (tok_eq(c, x->ts - 1, "to") || tok_eq(c, x->ts - 1, "from") ||
                                  tok_eq(c, x->ts - 1, "into") || tok_eq(c, x->ts - 1, "with"));
        if (k + 1 < c->n_ec && c->ec[k + 1].sub && !x->sub && !x->name2 && !in_pp &&
            x->te < c->toks.n && (c->toks.tok[x->te].flags & AD_TOKF_POSSESSIVE)) {
            size_t j = x->te + 1, gap = 0;
            while (j < c->ec[k + 1].ts && gap < 3 && tok_lower_word(c, j) &&
                   (place_mod(c, j) || label_is(c, j, "division") ||
                    (tok_eq(c, j, "of") && label_is(c, j - 1, "division"))))
                j++, gap++;
            if (j == c->ec[k + 1].ts) {
                c->ec[k + 1].ts = x->ts > 0 && place_mod(c, x->ts - 1) ? x->ts - 1 : x->ts;
                continue;
            }
        }
        c->ec[w++] = *x;
    }
    c->n_ec = w;
    return AD_OK;
}

/* ---- sentence analysis --------------------------------------------------- */

static int qty_used(const ad_quantity *q)
{
    return q->kind == AD_QTY_MONEY || q->kind == AD_QTY_MEASURE || q->kind == AD_QTY_PERCENT ||
           q->kind == AD_QTY_POINTS || q->kind == AD_QTY_FRACTION;
}

static const ad_quantity *qat(const fctx *c, size_t i)
{
    return c->tk[i].qi >= 0 ? &c->qs.v[c->tk[i].qi] : NULL;
}

/* Whether q is a percentage written with its sign ("+2.4%", "-9.4%"), as
 * wire headlines give changes. */
static int signed_pct(const ad_quantity *q)
{
    return q && q->kind == AD_QTY_PERCENT && (q->flags & (AD_QTYF_PLUS | AD_QTYF_NEGATIVE));
}

/* The first token from i on (before e) outside a quantity or a period. */
static size_t past_qty(const fctx *c, size_t i, size_t e)
{
    while (i < e && c->tk[i].inqty)
        i++;
    return i;
}

/* The word token before i inside [s, i), skipping "the", or (size_t)-1. */
static size_t prev_word(const fctx *c, size_t s, size_t i)
{
    while (i > s) {
        i--;
        if (tok_eq(c, i, "the"))
            continue;
        return i;
    }
    return (size_t)-1;
}

/* Whether an economy starts at token x (tokens learn their economies
 * only after classify(), so the list is searched). */
static int econ_starts(const fctx *c, size_t x)
{
    for (size_t k = 0; k < c->n_ec; k++)
        if (c->ec[k].ts == x)
            return 1;
    return 0;
}

/* Whether token i is a word in "-ed" of four letters or more: a past
 * tense or participle ("exported", "released", "edged"). */
static int ed_word(const fctx *c, size_t i)
{
    size_t n;
    const char *w = ad_tok_text(&c->toks, i, &n);
    return n > 3 && !memcmp(w + n - 2, "ed", 2);
}

/* Whether token k is the sign or word of a percent ("%", "percent", the
 * "cent" of "per cent"). */
static int percent_word(const fctx *c, size_t k)
{
    return tok_eq(c, k, "%") || tok_eq(c, k, "percent") || tok_eq(c, k, "cent");
}

/* Whether token k is a possessive's mark set apart from its name: "'s"
 * or "’s", and with bare a plural's lone apostrophe too ("tourists'"). */
static int apostrophe(const fctx *c, size_t k, int bare)
{
    return tok_eq(c, k, "'s") || tok_eq(c, k, "\xe2\x80\x99s") ||
           (bare && (tok_eq(c, k, "'") || tok_eq(c, k, "\xe2\x80\x99")));
}

/* Whether token i is a word of data/goods_words.tsv ("coffee", "alumina"). */
static int names_goods(const fctx *c, size_t i)
{
    size_t n;
    char w[32];
    const char *tx = ad_tok_text(&c->toks, i, &n);
    if (!tok_word(c, i) || !fold_word(tx, n, w))
        return 0;
    for (size_t r = 0; r < ad_tbl_goods_words_len; r++)
        if (ad_tbl_goods_words[r][0][0] == w[0] && strcmp(ad_tbl_goods_words[r][0], w) == 0)
            return 1;
    return 0;
}

static int month_word(const char *t, size_t n);

/* Whether token i is a month's name ("January", "Jan"). */
static int month_tok(const fctx *c, size_t i)
{
    size_t n;
    const char *w = ad_tok_text(&c->toks, i, &n);
    return tok_cap_word(c, i) && month_word(w, n) != 0;
}

/* Whether the cue at i goes on to tell its own figure: a relative clause
 * or a verb of change right after it ("slower than exports, which grew 9%
 * to $60 billion", "than imports, up 4%"). */
static int tells_own(const fctx *c, size_t i, size_t e)
{
    size_t k = i + 1;
    if (k < e && tok_eq(c, k, ","))
        k++;
    if (k < e && (tok_eq(c, k, "which") || tok_eq(c, k, "that")))
        return 1;
    for (size_t j = i + 1; j < e && j <= i + 2; j++)
        if (c->tk[j].cls == W_UP || c->tk[j].cls == W_DOWN)
            return 1;
    return 0;
}

/* Whether token i names what goods earn: "revenue", "revenues",
 * "earnings", "receipts". */
static int revenue_word(const fctx *c, size_t i)
{
    return tok_eq(c, i, "revenue") || tok_eq(c, i, "revenues") || tok_eq(c, i, "earnings") ||
           tok_eq(c, i, "receipts");
}

/* Whether token i is a verb of inclusion ("The total included ..."). */
static int inclusion_verb(const fctx *c, size_t i)
{
    return tok_eq(c, i, "included") || tok_eq(c, i, "includes") || tok_eq(c, i, "comprised");
}

/* The direction of the last verb or noun of change in [a, b): 1 up, -1
 * down, 0 none. */
static int last_direction(const fctx *c, size_t a, size_t b)
{
    int dir = 0;
    for (size_t t = a; t < b; t++)
        if (c->tk[t].cls == W_UP || c->tk[t].cls == W_DOWN)
            dir = c->tk[t].cls == W_UP ? 1 : -1;
    return dir;
}

/* Whether tokens [s, e) speak of a company's accounts rather than of goods
 * shipped: a reporting quarter of its own, domestic sales, profit ("Revenue
 * rose 8% in the quarter, helped by domestic sales"). */
static int company_words(const fctx *c, size_t s, size_t e)
{
    for (size_t k = s; k < e; k++)
        if (tok_eq(c, k, "quarter") || tok_eq(c, k, "domestic") || tok_eq(c, k, "profit") ||
            tok_eq(c, k, "company") || tok_eq(c, k, "firm"))
            return 1;
    return 0;
}

/* Classes of the tokens of [s, e), cue validity included. */
static void classify(fctx *c, size_t s, size_t e)
{
    for (size_t i = s; i < e; i++) {
        tk *t = &c->tk[i];
        memset(t, 0, sizeof(*t));
        t->qi = t->pi = t->econ = -1;
        if (!tok_word(c, i))
            continue;
        size_t n;
        char w[32];
        const char *tx = ad_tok_text(&c->toks, i, &n);
        if (!fold_word(tx, n, w))
            continue;
        t->part = (int16_t)(row_of(ad_tbl_trade_parts, ad_tbl_trade_parts_len, w) + 1);
        long r = cue_candidate(w, n) ? row_of(ad_tbl_trade_cues, ad_tbl_trade_cues_len, w) : -1;
        /* "counter-tariffs", "anti-dumping": a tariff cue after a hyphen
         * is one ("non-tariff barriers" fall to the notflow word after). */
        const char *hy = r < 0 ? strrchr(w, '-') : NULL;
        if (hy && hy[1] && cue_candidate(hy + 1, strlen(hy + 1))) {
            long rh = row_of(ad_tbl_trade_cues, ad_tbl_trade_cues_len, hy + 1);
            if (rh >= 0 && flow_bit(ad_tbl_trade_cues[rh][2]) == FB_TARIFF)
                r = rh;
        }
        if (r >= 0) {
            t->cls = class_of(ad_tbl_trade_cues[r][1]);
            t->flow = flow_bit(ad_tbl_trade_cues[r][2]);
            continue;
        }
        if ((r = row_of(ad_tbl_trade_words, ad_tbl_trade_words_len, w)) < 0)
            continue;
        t->cls = class_of(ad_tbl_trade_words[r][1]);
        /* "May" capitalized is the month, not the modal verb. */
        if (t->cls == W_MODAL && !tok_lower_word(c, i))
            t->cls = W_NONE;
        if (t->cls == W_PREP)
            t->prep = prep_of(ad_tbl_trade_words[r][2]);
        else if (t->cls == W_FLOWMOD || t->cls == W_ROLE)
            t->prep = flow_bit(ad_tbl_trade_words[r][2]); /* the flow it names */
        else if (t->cls == W_TRADEBAL)
            t->prep = !strcmp(ad_tbl_trade_words[r][2], "deficit"); /* a "gap" */
        else if (t->cls == W_STOP)
            t->prep = !strcmp(ad_tbl_trade_words[r][2], "above"); /* "crossed $1bn" */
        else if (t->cls == W_SUPER)
            t->prep = !strcmp(ad_tbl_trade_words[r][2], "ranked"); /* "second-largest" */
        else if (t->cls == W_FORECAST)
            t->prep = !strcmp(ad_tbl_trade_words[r][2], "noun")    ? FC_NOUN /* "export quotas" */
                      : !strcmp(ad_tbl_trade_words[r][2], "claim") ? FC_CLAIM
                                                                   : 0;
        else if (t->cls == W_MODAL)
            t->prep = !strcmp(ad_tbl_trade_words[r][2], "maybe")  ? MOD_MAYBE
                      : !strcmp(ad_tbl_trade_words[r][2], "cond") ? MOD_COND
                                                                  : MOD_PLAN;
    }
    /* "Coffee earnings also improved, rising 22.1 percent to US$68.25
     * million", "Earnings from alumina rose 6.5 per cent": in the
     * paragraph after an export figure, or the next, what goods of
     * data/goods_words.tsv earn is their exports (not remittances,
     * tourism or "Safaricom earnings"; "export earnings" has its cue). */
    if (c->last.set && c->last.flow == AD_FLOW_EXPORT && c->para <= c->last.para + 1)
        for (size_t i = s; i < e; i++) {
            tk *t = &c->tk[i];
            if (t->flow || !(tok_eq(c, i, "earnings") || tok_eq(c, i, "receipts")))
                continue;
            int goods_before =
                i > s && !c->tk[i - 1].flow && c->tk[i - 1].econ < 0 &&
                !(c->toks.tok[i - 1].flags & AD_TOKF_POSSESSIVE) &&
                (tok_lower_word(c, i - 1) || (c->toks.tok[i - 1].flags & AD_TOKF_SENT_START)) &&
                names_goods(c, i - 1);
            int from_goods = 0;
            for (size_t k = i + 2; k < e && k < i + 5 && tok_eq(c, i + 1, "from") && !from_goods;
                 k++) /* "earnings from cut flowers", "from iron ore" */
                from_goods = names_goods(c, k);
            if (goods_before || from_goods)
                t->cls = W_CUE, t->flow = FB_EXPORT;
        }
    /* "Brazil's beef exports climbed 14.2% to 318,600 tonnes. Revenue rose
     * 22.7% to US$1.71 billion": a sentence opening with the revenue, right
     * after the volume of some goods' exports in the paragraph, gives their
     * value (carry() gives the goods). */
    if (c->last.set && c->last.flow == AD_FLOW_EXPORT && c->last.para == c->para &&
        c->last.commodity && c->n_out && c->out[c->n_out - 1].paragraph == c->para &&
        c->out[c->n_out - 1].volume.present && !c->out[c->n_out - 1].value.present && s + 2 < e &&
        !c->tk[s].flow && revenue_word(c, s) &&
        (c->tk[s + 1].cls == W_UP || c->tk[s + 1].cls == W_DOWN) && !company_words(c, s + 1, e))
        c->tk[s].cls = W_CUE, c->tk[s].flow = FB_EXPORT;
    /* "the gap with Mexico", "its balance with Japan": a balance word of
     * its own before the other economy, not after "trade". */
    for (size_t i = s; i + 2 < e; i++) {
        tk *t = &c->tk[i];
        if (t->cls != W_TRADEBAL || t->flow || i == s ||
            !(tok_eq(c, i + 1, "with") || tok_eq(c, i + 1, "between")))
            continue;
        /* Its own: after a determiner or an owner, not "the wage gap". */
        if (!(tok_eq(c, i - 1, "the") || tok_eq(c, i - 1, "a") || tok_eq(c, i - 1, "its") ||
              tok_eq(c, i - 1, "their") || (c->toks.tok[i - 1].flags & AD_TOKF_POSSESSIVE)))
            continue;
        if (econ_starts(c, i + 2 + (i + 3 < e && tok_eq(c, i + 2, "the"))))
            t->flow = FB_BALANCE;
    }
    /* "the negative balance reaching 11.6 billion dollars": a balance with
     * its side named is a trade balance in a sentence about trade (weak:
     * it needs an economy, like "surplus" alone). */
    for (size_t i = s + 1; i < e; i++) {
        if (c->tk[i].cls != W_TRADEBAL || c->tk[i].flow ||
            !(tok_eq(c, i - 1, "negative") || tok_eq(c, i - 1, "positive")))
            continue;
        /* ... with "of" or its amount close after it (not "a negative
         * balance that has grown 10% a year") */
        int amount = i + 1 < e && tok_eq(c, i + 1, "of"); /* "the negative balance of X's trade" */
        for (size_t k = i + 1; k < e && k <= i + 4 && !amount; k++) {
            if (c->tk[k].cls == W_UP || c->tk[k].cls == W_DOWN)
                break;
            amount = (c->toks.tok[k].flags & AD_TOKF_NUMBER) != 0;
        }
        if (amount)
            c->tk[i].flow = FB_BALANCE | FB_WEAK;
    }
    /* "the overall gap in trade in goods and services": the balance word
     * before "in trade" (one lower-case word between at most). */
    for (size_t i = s + 1; i + 2 < e; i++) {
        tk *t = &c->tk[i];
        if (t->cls != W_TRADEBAL || t->flow || !tok_eq(c, i + 1, "in") ||
            !(tok_eq(c, i - 1, "the") || tok_eq(c, i - 1, "a") || tok_lower_word(c, i - 1) ||
              (c->toks.tok[i - 1].flags & AD_TOKF_POSSESSIVE)))
            continue;
        size_t k = i + 2;
        if (k + 1 < e && !c->tk[k].flow && tok_lower_word(c, k))
            k++;
        /* ... then a preposition or the verb ("in goods", "widened"), not
         * a noun ("a balance in trade talks"). */
        int next_ok = k + 1 < e && (tok_eq(c, k + 1, "in") || tok_eq(c, k + 1, "between") ||
                                    tok_eq(c, k + 1, "with") || c->tk[k + 1].cls == W_UP ||
                                    c->tk[k + 1].cls == W_DOWN || c->tk[k + 1].cls == W_STOP ||
                                    c->tk[k + 1].cls == W_SWING);
        if (c->tk[k].flow == FB_TOTAL && next_ok) {
            t->flow = FB_BALANCE;
            c->tk[k].flow = 0;
        }
    }
    for (size_t i = s; i < e; i++) {
        tk *t = &c->tk[i];
        if (!t->flow)
            continue;
        unsigned f = c->toks.tok[i].flags;
        int ok = 1;
        /* A capitalized cue inside a sentence is part of a name ("World
         * Trade Organization"); after a colon, a dash or a bullet it opens a
         * clause ("By the numbers: Imports fell 1.2%", a live blog's
         * "09:10 GMT — Imports fell 1.9%", "• Exports to the US rose"); a
         * dash only after a short stamp (not "Classification R4 - Exports"). */
        if ((f & AD_TOKF_CAP) && !(f & (AD_TOKF_SENT_START | AD_TOKF_ALLCAPS)) &&
            !(i > s && (tok_eq(c, i - 1, ":") || (dash_tok(c, i - 1) && i <= s + 6) ||
                        tok_eq(c, i - 1, "\xe2\x80\xa2"))))
            ok = 0;
        /* "export controls"; and a forecast's noun after the cue ("export
         * quotas", "export targets": argument "noun") names no flow either. */
        /* "..., the country's biggest export group, climbed ...": an aside
         * naming a kind of goods ("the export group said" is not; nor is
         * "remained the largest export group at $92.6 billion", whose
         * amounts this stage would misread). */
        if (i + 1 < e && tok_word(c, i + 1) &&
            (c->tk[i + 1].cls == W_NOTFLOW ||
             (c->tk[i + 1].cls == W_FORECAST && c->tk[i + 1].prep == FC_NOUN)) &&
            !(i > s && c->tk[i - 1].cls == W_SUPER && tok_eq(c, i + 1, "group") && i + 2 < e &&
              tok_eq(c, i + 2, ",")))
            ok = 0;
        /* "1.48 trillion tenge in export customs duties": the flow names
         * the duty, it is no flow itself. */
        if (!(t->flow & FB_TARIFF) && i + 2 < e && c->tk[i + 1].cls == W_DUTYMOD &&
            (c->tk[i + 2].flow & FB_TARIFF))
            ok = 0;
        /* "25.9 percent smaller than the deficit recorded a year earlier",
         * "grew faster than imports": a cue after "than" is the
         * comparison's base, no figure of its own. */
        if (i > s &&
            (tok_eq(c, i - 1, "than") || (i > s + 1 && tok_eq(c, i - 2, "than") &&
                                          (tok_eq(c, i - 1, "the") || tok_eq(c, i - 1, "a") ||
                                           tok_eq(c, i - 1, "its") || month_tok(c, i - 1)))) &&
            !tells_own(c, i, e))
            ok = 0; /* ... "$2.3 billion more than January exports" */
        /* "terms of trade", "suppliers' share of U.S. goods imports": a
         * measure of the trade, not the trade (not "in terms of"); "the
         * ratio of exports to imports" measures both. */
        if (i >= s + 4 && (tok_eq(c, i - 1, "to") || tok_eq(c, i - 1, "and")) &&
            c->tk[i - 2].cls == W_CUE && tok_eq(c, i - 3, "of") && c->tk[i - 4].cls == W_NOTOF)
            ok = 0, t->measure = 1;
        for (size_t k = i; ok && k > s + 1 && i - k < 5;) {
            k--;
            if (tok_eq(c, k, "of") && c->tk[k - 1].cls == W_NOTOF &&
                !(k >= s + 2 && tok_eq(c, k - 2, "in")))
                ok = 0, t->measure = 1;
            /* Between "of" and the cue only the goods' or owner's words:
             * "Its share of the market fell while exports rose" is two. */
            if (c->toks.tok[k].flags & AD_TOKF_POSSESSIVE)
                continue; /* "share of India's crude imports" */
            if (!tok_word(c, k) || c->tk[k].flow ||
                !(c->tk[k].cls == W_NONE || c->tk[k].cls == W_GENERIC ||
                  c->tk[k].cls == W_MODSTOP || c->tk[k].cls == W_TRADECTX ||
                  c->tk[k].cls == W_FLOWMOD || c->tk[k].cls == W_PREP) ||
                (k < i && tok_lower_word(c, k) && c->tk[k].cls == W_NONE && k + 1 < i &&
                 !tok_lower_word(c, k + 1)))
                break;
        }
        /* "budget deficit", "the current account posted a surplus" */
        for (size_t k = i; t->flow == FB_BALANCE && k > s && i - k < 4;) {
            k--;
            if (c->tk[k].cls == W_NOTBAL) {
                ok = 0;
                break;
            }
            if (c->tk[k].flow || !tok_word(c, k))
                break;
        }
        /* "goods worth €246.3 billion were traded between Germany and
         * China" (not "the yuan traded at 7.1"). */
        if (ok && t->cls == W_CUEWITH)
            ok = i + 2 < e && (tok_eq(c, i + 1, "between") || tok_eq(c, i + 1, "with")) &&
                 econ_starts(c, i + 2 + (i + 3 < e && tok_eq(c, i + 2, "the")));
        if (ok && t->cls == W_CUECOND) {
            ok = 0;
            if (i + 1 < e && tok_eq(c, i + 1, "on"))
                ok = 1;
            if (i > s && (c->tk[i - 1].flow || c->tk[i - 1].cls == W_DUTYMOD))
                ok = 1;
            if (i > s && percent_word(c, i - 1))
                ok = 1;
            /* "duties of 25%", "levies of up to 10 percent" */
            if (i + 1 < e && tok_eq(c, i + 1, "of")) {
                size_t k = i + 2;
                while (k < e && k < i + 4 && tok_lower_word(c, k))
                    k++;
                if (k + 1 < e && (c->toks.tok[k].flags & AD_TOKF_NUMBER) &&
                    (tok_eq(c, k + 1, "%") || tok_eq(c, k + 1, "percent") ||
                     tok_eq(c, k + 1, "per")))
                    ok = 1;
            }
        }
        if (!ok) {
            t->flow = 0;
            continue;
        }
        /* "inbound shipments" are imports, "outbound" ones exports. */
        if (i > s && c->tk[i - 1].cls == W_FLOWMOD)
            t->flow = (uint8_t)((t->flow & ~(FB_EXPORT | FB_IMPORT)) | c->tk[i - 1].prep);
        /* "trade balance", "trade gap": the balance, surely of trade. */
        if (t->flow == FB_TOTAL && i + 1 < e && c->tk[i + 1].cls == W_TRADEBAL) {
            t->flow = FB_BALANCE;
            continue;
        }
        /* "surplus" and "deficit" alone also mean a budget's or a diet's, and
         * "trade" a craft: without a trade word before them ("trade
         * surplus", "current account deficit", "bilateral trade") their
         * figures need an economy, like "shipments". */
        if (t->flow == FB_BALANCE || t->flow == FB_TOTAL) {
            size_t p = i > s ? i - 1 : (size_t)-1;
            int ctx = p != (size_t)-1 && ((c->tk[p].flow & (FB_TOTAL | FB_EXPORT | FB_IMPORT)) ||
                                          c->tk[p].cls == W_TRADECTX ||
                                          (t->flow == FB_BALANCE && c->tk[p].cls == W_GENERIC));
            if (!ctx)
                t->flow |= FB_WEAK;
        }
    }
}

/* True when the money ending before token z is a price ("$18 / month",
 * "$5 per tonne", "$12 a month", "$8,200 a tonne"), which is no trade
 * value. */
static int is_price(const fctx *c, size_t z, size_t e)
{
    static const char *const units[] = {"month", "year",   "day",      "week",  "hour",
                                        "night", "tonne",  "ton",      "ounce", "barrel",
                                        "pound", "bushel", "kilogram", "kilo",  "litre"};
    if (z >= e)
        return 0;
    if (tok_eq(c, z, "/") || tok_eq(c, z, "per") || tok_eq(c, z, "each"))
        return 1;
    if ((tok_eq(c, z, "a") || tok_eq(c, z, "an")) && z + 1 < e) {
        if (z + 2 < e &&
            (tok_eq(c, z + 2, "earlier") || tok_eq(c, z + 2, "ago") || tok_eq(c, z + 2, "before")))
            return 0;
        for (size_t k = 0; k < sizeof(units) / sizeof(units[0]); k++)
            if (tok_eq(c, z + 1, units[k]))
                return 1;
    }
    return 0;
}

/* Whether an economy starts at token i or ends with a possessive at i + 1
 * ("Chinese", "China's"). */
static int econ_at(const fctx *c, size_t s, size_t e, size_t i)
{
    if (i < s || i >= e)
        return 0;
    if (c->tk[i].econ >= 0)
        return 1;
    return (c->toks.tok[i].flags & AD_TOKF_POSSESSIVE) && i > s && c->tk[i - 1].econ >= 0;
}

/* Whether [s, e) holds a cue of the trade other than token i. */
static int other_cue(const fctx *c, size_t s, size_t e, size_t i)
{
    for (size_t k = s; k < e; k++)
        if (k != i && c->tk[k].cls == W_CUE && c->tk[k].flow)
            return 1;
    return 0;
}

/* "sales" and "purchases" are a trade flow only when the goods come from one
 * economy and go to another: "sales of Australian beef to Japan", "sales of
 * Ukrainian sunflower oil abroad", "Chinese purchases of U.S. farm goods",
 * "Vietnam's overseas sales"; not a shop's sales. Otherwise the word keeps
 * its class as a plain word. */
/* "exports covered 77.6% of its imports": a coverage ratio, one flow's
 * share of the other. The flow after "of" is the ratio's base, no cue;
 * the one before keeps its cue (the clause still names the reporter and
 * period for the clauses after it) but its numbers are the ratio's (see
 * numbers()). Only a flow of goods against the other: not "oil exports
 * cover 90% of foreign exchange earnings", "export earnings", nor a
 * tariff's reach ("tariffs cover 25% of imports"). */
static void check_cover(fctx *c, size_t s, size_t e)
{
    for (size_t i = s; i + 3 < e; i++) {
        if (!(c->tk[i].flow & (FB_EXPORT | FB_IMPORT)) || c->tk[i + 1].cls != W_COVER ||
            !qat(c, i + 2) || qat(c, i + 2)->kind != AD_QTY_PERCENT)
            continue;
        size_t z = past_qty(c, i + 2, e), k = z + 1;
        if (!(z < e && tok_eq(c, z, "of")))
            continue;
        while (k < e && k < z + 4 && !c->tk[k].flow && tok_word(c, k))
            k++; /* "of its imports", "of total imports" */
        if (k >= e || !(c->tk[k].flow & (FB_EXPORT | FB_IMPORT)) ||
            (c->tk[k].flow & c->tk[i].flow & (FB_EXPORT | FB_IMPORT)) ||
            (k + 1 < e && c->tk[k + 1].cls == W_MEASURE))
            continue;
        c->tk[i].cover = 1;
        c->tk[k].flow = 0, c->tk[k].measure = 1;
    }
    /* Reserves "enough to cover 11.4 months of imports": import cover,
     * no flow (not "Two months of exports to China were held up"). */
    for (size_t i = s + 2; i < e; i++) {
        if (!(c->tk[i].flow & (FB_EXPORT | FB_IMPORT)) || !tok_eq(c, i - 1, "of") ||
            !(tok_eq(c, i - 2, "months") || tok_eq(c, i - 2, "weeks")))
            continue;
        for (size_t k = i - 2; k > s && i - k < 8; k--)
            if (c->tk[k - 1].cls == W_COVER) {
                c->tk[i].flow = 0, c->tk[i].measure = 1;
                break;
            }
    }
}

/* A verb of raising ("lifted", "boosted", data/trade_words.tsv "lift") is
 * a rise when the flow is its object, with at most an article, a
 * possessive or the flow's economy between ("lifted Senegal's exports by
 * 31.4%", ", lifting the trade surplus to"); otherwise it is a plain word
 * ("lifted its ban on rice exports", "boosted by car sales"). */
static void check_lift(fctx *c, size_t s, size_t e)
{
    for (size_t i = s; i < e; i++) {
        if (c->tk[i].cls != W_LIFT)
            continue;
        size_t k = i + 1;
        while (k < e && k < i + 4 &&
               (tok_eq(c, k, "the") || tok_eq(c, k, "its") || tok_eq(c, k, "their") ||
                c->tk[k].econ >= 0 || apostrophe(c, k, 0) ||
                (c->toks.tok[k].flags & AD_TOKF_POSSESSIVE)))
            k++;
        c->tk[i].cls = k < e && c->tk[k].flow && !(c->tk[k].flow & FB_TARIFF) ? W_UP : W_NONE;
    }
}

static void check_cueof(fctx *c, size_t s, size_t e)
{
    for (size_t i = s; i < e; i++) {
        tk *t = &c->tk[i];
        if (t->cls != W_CUEOF)
            continue;
        int ok = 0;
        if (t->flow && i + 2 < e && tok_eq(c, i + 1, "of") && c->tk[i + 2].econ >= 0) {
            if (t->flow & FB_IMPORT) {
                ok = econ_at(c, s, e, i - 1);
                /* "purchases of U.S. soybeans by China" */
                for (size_t k = i + 3; !ok && k + 1 < e && k < i + 10 && !tok_eq(c, k, ","); k++)
                    ok = c->tk[k].prep == P_BY && c->tk[k + 1].econ >= 0;
            }
            for (size_t k = i + 3; !ok && k < e && k < i + 10 && !tok_eq(c, k, ","); k++)
                ok = (c->tk[k].prep == P_TO && k + 1 < e && c->tk[k + 1].econ >= 0) ||
                     c->tk[k].cls == W_ABROAD;
        }
        /* "crude oil sales abroad worth N11.7 trillion", in an economy's
         * trade: the goods before (not an owner: "Walmart's sales abroad",
         * "said sales abroad") and another cue of the sentence. */
        if (!ok && (t->flow & FB_EXPORT) && i + 1 < e && c->tk[i + 1].cls == W_ABROAD && i > s &&
            tok_lower_word(c, i - 1) && c->tk[i - 1].cls == W_NONE && !ed_word(c, i - 1))
            ok = other_cue(c, s, e, i);
        /* "Tunisia's sales abroad rose 2.1%", "..., as purchases abroad grew
         * 3.9%": an economy's own, or beside another cue of its trade; not
         * a company's or a group's ("Walmart's", "tourists'"), nor
         * securities ("purchases abroad of foreign bonds"). */
        if (!ok && t->flow && i + 1 < e && c->tk[i + 1].cls == W_ABROAD &&
            !(i + 2 < e && tok_eq(c, i + 2, "of")))
            ok = econ_at(c, s, e, i - 1) ||
                 (other_cue(c, s, e, i) && i > s &&
                  !(tok_cap_word(c, i - 1) && !(c->toks.tok[i - 1].flags & AD_TOKF_SENT_START)) &&
                  !(c->toks.tok[i - 1].flags & AD_TOKF_POSSESSIVE) && !apostrophe(c, i - 1, 1));
        /* "Vietnam's overseas sales of seafood": an economy's sales abroad
         * (a company's are no trade: its owner is no economy). */
        if (!ok && (t->flow & FB_EXPORT) && i >= s + 3 &&
            (tok_eq(c, i - 1, "overseas") || tok_eq(c, i - 1, "foreign")) &&
            (c->toks.tok[i - 2].flags & AD_TOKF_POSSESSIVE) && c->tk[i - 3].econ >= 0)
            /* the owner itself, not part of a name ("Bank of China's") */
            ok = i - 3 == s || !(tok_eq(c, i - 4, "of") || tok_cap_word(c, i - 4));
        /* "..., while purchases from Saudi Arabia jumped 38%": from or to
         * an economy, beside a cue of the trade in the same sentence (not a
         * retailer's "purchases from China"). */
        size_t ex = i + 2 + (i + 3 < e && tok_eq(c, i + 2, "the"));
        if (!ok && t->flow && ex < e && c->tk[ex].econ >= 0 &&
            (((t->flow & FB_IMPORT) && tok_eq(c, i + 1, "from")) ||
             ((t->flow & FB_EXPORT) && tok_eq(c, i + 1, "to"))))
            /* ... or after the economy's trade figures in the paragraph
             * ("Exports increased 2.7%. ... Sales to the United States fell
             * 6.8%"). */
            ok = other_cue(c, s, e, i) ||
                 (c->last.set &&
                  (c->last.para == c->para || (i == s && next_para(c, c->last.para, c->para))) &&
                  !c->last.tariff && c->last.flow != AD_FLOW_TARIFF &&
                  !(c->toks.tok[i].flags & AD_TOKF_ALLCAPS));
        if (ok)
            continue;
        size_t n;
        char w[32];
        const char *tx = ad_tok_text(&c->toks, i, &n);
        long r = fold_word(tx, n, w) ? row_of(ad_tbl_trade_words, ad_tbl_trade_words_len, w) : -1;
        t->flow = 0;
        t->cls = r >= 0 ? class_of(ad_tbl_trade_words[r][1]) : W_NONE;
    }
}

/* The economy named with a possessive before a role or a cue within the
 * tokens (a, z) ("South Korea's largest export market", "a fifth of
 * Australia's export earnings"), or NULL. */
static const char *role_owner(const fctx *c, size_t a, size_t z)
{
    for (size_t k = a; k < z; k++) {
        if (c->tk[k].econ < 0)
            continue;
        const econ *x = &c->ec[c->tk[k].econ];
        size_t j = x->te;
        if (x->attrib || !(c->toks.tok[j - 1].flags & AD_TOKF_POSSESSIVE ||
                           (j < z && (c->toks.tok[j].flags & AD_TOKF_POSSESSIVE))))
            continue;
        for (size_t q = j; q < z && q < j + 5; q++)
            if (c->tk[q].cls == W_ROLE || c->tk[q].flow)
                return x->name;
    }
    return NULL;
}

/* "The deficit with the EU, whose exports to the US now face a 15%
 * tariff, came in at $19.5 billion": a relative clause set off by commas
 * between a subject naming the trade and the predicate holding its numbers
 * is a remark on the subject ("Exports to China, which had surged 18.2% in
 * January, slumped 12.4% in February"). Its words are made plain so that
 * the clause around it is read as if it were not there. A relative clause
 * after a subject with no cue may be the figure's own ("Electronic
 * products, which account for half of exports, rose 11.6%": see
 * aside_goods()); only its period yields to one the predicate names
 * ("Copper, which made up 52% of exports last year, brought in $4.87
 * billion in February"). The economy a set-aside clause names as the owner
 * of a role or a trade (role_owner()) is kept in c->owner. */
static void relative_asides(fctx *c, size_t s, size_t e)
{
    static const char *const rel[] = {"whose", "which", "who", "where"};
    size_t open = s; /* where the piece before the comma opens */
    c->owner = NULL;
    c->aside_tariff = 0;
    for (size_t i = s; i + 1 < e; i++) {
        if (tok_eq(c, i, ";") || c->tk[i].cls == W_CLAUSE)
            open = i + 1;
        if (!tok_eq(c, i, ","))
            continue;
        int r = 0;
        for (size_t k = 0; k < sizeof(rel) / sizeof(rel[0]) && !r; k++)
            r = tok_eq(c, i + 1, rel[k]);
        if (!r)
            continue;
        size_t z = i + 2;
        int rel_period = 0;
        while (z < e && z < i + 30 && !tok_eq(c, z, ",") && !tok_eq(c, z, ";") &&
               c->tk[z].cls != W_CLAUSE)
            rel_period |= c->tk[z++].pi >= 0;
        /* "..., which reached JD1.046 billion, followed by India with JD512
         * million": a list of peers after it, no predicate of the subject. */
        if (z >= e || !tok_eq(c, z, ",") ||
            (z + 2 < e && tok_eq(c, z + 1, "followed") && tok_eq(c, z + 2, "by")))
            continue;
        int subj_cue = 0, subj_qty = 0, pred_qty = 0, pred_period = 0, pred_other = 0;
        for (size_t k = open; k < i; k++) {
            subj_cue |= c->tk[k].flow != 0;
            subj_qty |= c->tk[k].qi >= 0;
        }
        /* The predicate, to the end of its piece: it must hold an amount
         * of the subject's own before any cue, forecast or modal ("are
         * expected to grow 3%"), not a tariff it faces ("now face a 25%
         * tariff") nor a share ("make up 35% of the total"). */
        size_t first = e; /* the predicate's first quantity */
        for (size_t k = z + 1; k < e && !tok_eq(c, k, ";") && c->tk[k].cls != W_CLAUSE; k++) {
            const ad_quantity *q = qat(c, k);
            if (q && first == e) {
                first = k;
                size_t after = past_qty(c, k, e);
                pred_qty = !(q->kind == AD_QTY_PERCENT && after < e && c->tk[after].prep == P_OF);
            }
            pred_period |= c->tk[k].pi >= 0;
            if (first == e || k <= first + 3)
                pred_other |= (c->tk[k].flow != 0 && k != first) || c->tk[k].cls == W_FORECAST ||
                              c->tk[k].cls == W_MODAL;
        }
        int whole = subj_cue && !subj_qty && pred_qty && !pred_other;
        if (!whole && !(rel_period && pred_period && !pred_other))
            continue;
        if (whole && !c->owner && (c->owner = role_owner(c, i + 1, z)) != NULL)
            c->owner_s = i + 1, c->owner_e = z;
        /* "which face a 16% tariff", "which have faced an 18 percent tariff
         * since 2025": a rate in force on the subject's goods (not one a
         * modal puts ahead, "which could face"). */
        for (size_t k = i + 2; whole && !c->aside_tariff && k + 1 < z; k++) {
            if (c->tk[k].cls == W_MODAL)
                break;
            if (c->tk[k].cls != W_FACE)
                continue;
            /* "face a 16% tariff", "have faced an 18 percent tariff since
             * 2025"; not a rate proposed, threatened, conditional or gone
             * ("a proposed 30% tariff", "from next month", "if ...",
             * "before the deal cut it"). */
            size_t q = k + 1 + (k + 2 < z && (tok_eq(c, k + 1, "a") || tok_eq(c, k + 1, "an")));
            const ad_quantity *rq = q < z ? qat(c, q) : NULL;
            size_t after = rq ? past_qty(c, q, z) : z;
            /* "face a 20% reciprocal tariff": adjectives before the word. */
            for (int adj = 0; adj < 2 && after + 1 < z && tok_lower_word(c, after) &&
                              (c->tk[after].cls == W_NONE || c->tk[after].cls == W_MODSTOP) &&
                              !c->tk[after].flow && c->tk[after].econ < 0;
                 adj++)
                after++;
            if (!rq || rq->kind != AD_QTY_PERCENT || after >= z || !(c->tk[after].flow & FB_TARIFF))
                continue;
            int firm = 1;
            for (size_t j = after + 1; j < z && firm; j++)
                firm = !(tok_eq(c, j, "if") || tok_eq(c, j, "unless") || tok_eq(c, j, "before") ||
                         tok_eq(c, j, "until") || tok_eq(c, j, "from") || tok_eq(c, j, "next"));
            if (firm) {
                c->aside_tariff = 1;
                c->aside_rate = rq->value;
            }
        }
        for (size_t k = i + 1; k < z; k++) {
            tk *t = &c->tk[k];
            t->pi = -1;
            if (!whole)
                continue;
            t->cls = W_NONE, t->flow = 0, t->prep = P_NONE, t->measure = 0, t->part = 0;
            t->qi = t->econ = -1;
        }
        i = z - 1;
    }
}

/* "India, which cut its import duty on crude palm oil in June, was the
 * biggest buyer, taking 312,000 tonnes": a relative clause without a
 * number, after a subject without a cue, remarks on the subject. When the
 * predicate ranks the subject in a role or gives its part (see has_part()),
 * the clause's cues make no figure of their own. Runs before the sentence's
 * quantities are mapped, so numbers are seen by their digits. */
static void plain_remarks(fctx *c, size_t s, size_t e)
{
    size_t open = s;
    for (size_t i = s; i + 2 < e; i++) {
        if (tok_eq(c, i, ";") || c->tk[i].cls == W_CLAUSE)
            open = i + 1;
        if (!tok_eq(c, i, ",") ||
            !(tok_eq(c, i + 1, "which") || tok_eq(c, i + 1, "who") || tok_eq(c, i + 1, "whose")))
            continue;
        size_t z = i + 2;
        int cue = 0, digits = 0, subj_cue = 0;
        for (; z < e && z < i + 30 && !tok_eq(c, z, ",") && !tok_eq(c, z, ";"); z++) {
            size_t n;
            const char *t = ad_tok_text(&c->toks, z, &n);
            for (size_t x = 0; x < n && !digits; x++)
                digits = t[x] >= '0' && t[x] <= '9';
            cue |= c->tk[z].flow != 0;
        }
        for (size_t k = open; k < i; k++)
            subj_cue |= c->tk[k].flow != 0;
        if (z >= e || !tok_eq(c, z, ",") || !cue || digits || subj_cue || !has_part(c, z + 1, e) ||
            !(head_open(c, c->para) || chain_open(c, c->para)))
            continue;
        for (size_t k = i + 1; k < z; k++)
            c->tk[k].flow = 0;
        i = z;
    }
}

/* Maps quantities and periods of the sentence onto its tokens. */
static void map_spans(fctx *c, size_t s, size_t e, size_t base)
{
    for (size_t k = 0; k < c->ps.n; k++) {
        const ad_qty_period *p = &c->ps.v[k];
        size_t a = tok_at(c, s, e, base + p->span_start);
        /* "fiscal 2035, which ended Sept. 30": the day a period ends is no
         * period of its own (see stated_end()). */
        if (k > 0 && a >= s + 2 && a < e &&
            (tok_eq(c, a - 1, "ended") || tok_eq(c, a - 1, "ending") || tok_eq(c, a - 1, "ends")) &&
            (tok_eq(c, a - 2, "which") || tok_eq(c, a - 2, "that") || tok_eq(c, a - 2, ",")) &&
            tok_at(c, s, e, base + c->ps.v[k - 1].span_end) + 3 >= a)
            continue;
        /* "last week" dates the figure when nothing else does and it
         * follows the figure's own numbers or cue ("fell to 470,000 tonnes
         * last week", "exports last week"), not a report or an event ("said
         * in a statement last week", "after last week's floods"). */
        if (p->bare && p->kind == AD_PER_DAY) {
            size_t z = tok_at(c, s, e, base + p->span_end);
            int owned = a > s && (c->tk[a - 1].flow & ~FB_TARIFF);
            for (size_t q = 0; q < c->qs.n && a > s && !owned; q++)
                owned = base + c->qs.v[q].end == c->toks.tok[a - 1].end;
            if (c->ps.n > 1 || !owned ||
                (z < e &&
                 ((c->toks.tok[z].flags & AD_TOKF_POSSESSIVE) || c->tk[z].cls == W_SRCVERB)))
                continue;
        } else if (p->bare) {
            /* A bare month after an economy names the period of the trade
             * word it modifies ("Japan Jan exports", "Philippines Jan
             * trade gap") and nothing else ("Chairman Jan said"; "The
             * September deficit was revised" names an earlier month in
             * passing). */
            size_t z = tok_at(c, s, e, base + p->span_end);
            /* "September's exports were revised", "the August deficit":
             * the month's own figure. */
            int own = z < e && (c->toks.tok[z].flags & AD_TOKF_POSSESSIVE);
            z += own;
            own |= tok_eq(c, a, "the") ||
                   (a > s && (tok_eq(c, a - 1, "the") || tok_eq(c, a - 1, "its") ||
                              tok_eq(c, a - 1, "their")));
            /* "Chile June copper exports": goods may stand between. */
            int plain = 1;
            for (size_t g = 0; g < 2 && z + 1 < e && !c->tk[z].flow && tok_lower_word(c, z); g++)
                plain &= c->tk[z++].cls == W_NONE;
            /* "October exports rose", "China: October exports ...": a
             * month opening the sentence or a briefing's item, before its
             * trade word ("May said exports rose" is someone's name). */
            int owner =
                own || (plain && (a == s || tok_eq(c, a - 1, ":") || tok_eq(c, a - 1, ";") ||
                                  tok_eq(c, a - 1, "\xe2\x80\xa2")));
            for (size_t x = 0; x < c->n_ec && !owner; x++)
                owner = c->ec[x].te == a && a > s;
            if (z >= e || !c->tk[z].flow || !owner)
                continue;
        }
        if (a < e)
            c->tk[a].pi = (int32_t)k;
        for (size_t i = a; i < e && c->toks.tok[i].start < base + p->span_end; i++)
            c->tk[i].inqty = 1;
    }
    for (size_t k = 0; k < c->qs.n; k++) {
        const ad_quantity *q = &c->qs.v[k];
        if (q->kind == AD_QTY_MULTIPLE && (q->flags & AD_QTYF_VERB))
            continue; /* "doubled" is a direction word */
        size_t a = tok_at(c, s, e, base + q->start);
        if (q->kind == AD_QTY_MULTIPLE && a < e)
            c->tk[a].mult = 1;
        if (a >= e || c->tk[a].inqty)
            continue; /* part of a period ("the 12 months") */
        size_t z = tok_at(c, s, e, base + q->end);
        for (size_t i = a; i < z; i++)
            c->tk[i].inqty = 1; /* "up to 25 minutes": no direction */
        if (!qty_used(q) || (q->kind == AD_QTY_MONEY && is_price(c, z, e)))
            continue;
        size_t na = tok_at(c, s, e, base + q->num_start);
        c->tk[na < e ? na : a].qi = (int32_t)k;
    }
    for (size_t x = 0; x < c->n_ec; x++)
        if (c->ec[x].ts >= s && c->ec[x].te <= e)
            c->tk[c->ec[x].ts].econ = (int32_t)x;
}

/* A run of capitalized words (with "of", "and", "for", "the", "&" inside)
 * starting at i: its end, or i when there is none. */
/* Whether token i is a day or month name ("Monday", "March"), which no
 * name of a source runs on into ("the Ministry of Commerce on Monday"). */
static int day_word(const fctx *c, size_t i)
{
    size_t n;
    const char *w = ad_tok_text(&c->toks, i, &n);
    return (ad_gaz_lookup(w, n, NULL) & AD_GAZ_NONENT) != 0;
}

static int names_body(const fctx *c, size_t a, size_t b);

static size_t cap_run(const fctx *c, size_t i, size_t e)
{
    size_t j = i, last = i;
    while (j < e) {
        if (tok_cap_word(c, j) && c->tk[j].cls != W_SRCVERB && !(j > i && day_word(c, j))) {
            last = ++j;
            continue;
        }
        if ((c->toks.tok[j].flags & AD_TOKF_POSSESSIVE) && j > i) {
            j++;
            continue;
        }
        if (j > i && (tok_eq(c, j, "of") || tok_eq(c, j, "and") || tok_eq(c, j, "for") ||
                      tok_eq(c, j, "on") || tok_eq(c, j, "the") || tok_eq(c, j, "&"))) {
            j++;
            continue;
        }
        /* The body a name belongs to: "the Statistics Agency under the
         * President of Uzbekistan", "the State Tax Committee under the
         * Cabinet of Ministers". */
        if (j > i && j == last && tok_eq(c, j, "under") && j + 2 < e && tok_eq(c, j + 1, "the") &&
            tok_cap_word(c, j + 2) &&
            (tok_eq(c, j + 2, "president") || names_body(c, j + 2, j + 3))) {
            j += 2;
            continue;
        }
        /* A list inside a name after "of": "Ministry of Trade, Industry and
         * Energy" (not "Germany, France and Italy"). */
        if (j > i && j == last && tok_eq(c, j, ",")) {
            int of = 0;
            for (size_t k = i; k < j && !of; k++)
                of = tok_eq(c, k, "of");
            size_t k = j + 1;
            while (k < e && k < j + 8 && (tok_cap_word(c, k) || tok_eq(c, k, ",")))
                k++;
            if (of && k > j + 1 && k + 1 < e && tok_cap_word(c, k - 1) && tok_eq(c, k, "and") &&
                tok_cap_word(c, k + 1)) {
                j = k;
                continue;
            }
        }
        break;
    }
    return last;
}

/* The source name over tokens [a, b): the canonical name of an
 * organization the entities stage found over all of it, else the words. */
static const char *source_name(fctx *c, size_t a, size_t b)
{
    /* "He said": a pronoun names no source. */
    static const char *const pronouns[] = {"he", "she", "it", "they", "we", "i", "you"};
    for (size_t k = 0; b == a + 1 && k < sizeof(pronouns) / sizeof(pronouns[0]); k++)
        if (tok_eq(c, a, pronouns[k]))
            return NULL;
    /* "The Office of the U.S. Trade Representative said": the article
     * opening a sentence is no part of the name. */
    if (b - a > 2 && tok_eq(c, a, "the"))
        a++;
    for (size_t x = 0; x < c->n_og; x++)
        if (c->og[x].ts <= a && c->og[x].te >= b)
            return c->og[x].name; /* only when it covers all the words */
    return dup_span(c, c->toks.tok[a].start, c->toks.tok[b - 1].end);
}

/* Whether token k is a lower-case noun for a person holding an office
 * ("minister", "secretary", "spokesperson"; the entity gazetteer's person
 * cues, data/person_cues.tsv): people who give figures for the economy
 * they serve. */
static int is_official(const fctx *c, size_t k)
{
    size_t n;
    const char *w = ad_tok_text(&c->toks, k, &n);
    return tok_lower_word(c, k) && (ad_gaz_lookup(w, n, NULL) & AD_GAZ_CUE);
}

/* True when token k is a lower-case head word of organization names
 * ("ministry", "bureau"; the entity gazetteer's list). */
static int is_orghead(const fctx *c, size_t k)
{
    size_t n;
    const char *w = ad_tok_text(&c->toks, k, &n);
    return tok_lower_word(c, k) && (ad_gaz_lookup(w, n, NULL) & AD_GAZ_ORGHEAD);
}

/* Extends a source from r over lower-case words ending in an organization
 * head ("[China's] commerce ministry"); returns the new end, or r. */
static size_t lower_org(const fctx *c, size_t r, size_t e)
{
    size_t k = r;
    if (k < e && (c->toks.tok[k].flags & AD_TOKF_POSSESSIVE))
        k++;
    for (size_t n = 0; k < e && n < 4 && tok_lower_word(c, k); k++, n++) {
        if (is_orghead(c, k))
            return k + 1;
        if (c->tk[k].cls != W_NONE && c->tk[k].cls != W_DUTYMOD && c->tk[k].cls != W_CUE &&
            c->tk[k].cls != W_AGENT && c->tk[k].cls != W_SECTOR && c->tk[k].cls != W_TRADECTX)
            break;
    }
    return r;
}

/* Whether token k is a dash: a hyphen, an en or an em dash. */
static int dash_tok(const fctx *c, size_t k)
{
    return tok_eq(c, k, "-") || tok_eq(c, k, "\xe2\x80\x93") || tok_eq(c, k, "\xe2\x80\x94");
}

/* Whether tokens [a, z) are words that credit figures: an acronym that
 * names no economy, a known organization, lower-case words ending in an
 * organization's head word ("trade ministry"), and with loose also the
 * customs ("(customs)") or one capitalized word naming no economy and no
 * time ("(Destatis)"). */
static int credit_words(const fctx *c, size_t a, size_t z, int loose)
{
    for (size_t x = a; x < z; x++)
        if (c->toks.tok[x].kind != AD_TOK_WORD)
            return 0;
    if (z == a + 1 && (c->toks.tok[a].flags & AD_TOKF_ALLCAPS) && c->tk[a].econ < 0)
        return 1;
    for (size_t x = 0; x < c->n_og; x++)
        if (c->og[x].ts == a && c->og[x].te == z)
            return 1;
    if (tok_lower_word(c, a) && lower_org(c, a, z) == z)
        return 1;
    if (!loose || z != a + 1)
        return 0;
    if (tok_eq(c, a, "customs"))
        return 1;
    return tok_cap_word(c, a) && c->tk[a].econ < 0 && c->tk[a].pi < 0 && !c->tk[a].inqty;
}

/* A wire headline's credit after a closing dash ("Japan Jan exports +2.4%
 * y/y ... - MOF", "... - trade ministry"): an acronym that names no
 * economy, a known organization or lower-case words ending in an
 * organization's head word. Returns the credit's first token, or e. */
static size_t dash_credit(const fctx *c, size_t s, size_t e)
{
    size_t z = e;
    if (z > s && tok_eq(c, z - 1, "."))
        z--;
    for (size_t k = z - 1; k > s && z - k <= 5; k--) {
        if (!dash_tok(c, k))
            continue;
        if (!(c->toks.tok[k].flags & AD_TOKF_SPACE_BEFORE) || k + 1 >= z ||
            !(c->toks.tok[k + 1].flags & AD_TOKF_SPACE_BEFORE))
            return e;
        /* The flash's numbers end before the dash ("... -¥1.18 trillion -
         * MOF", "... +7.1% y/y - PBS", "... in Dec - PSA"), not a phrase
         * it explains ("helped by the trade pact - USMCA"). */
        size_t pe = c->toks.tok[k - 1].end;
        const char *pt = c->ptext + pe;
        int numbers = c->tk[k - 1].inqty ||
                      (pe >= 3 && (!memcmp(pt - 3, "y/y", 3) || !memcmp(pt - 3, "m/m", 3) ||
                                   !memcmp(pt - 3, "q/q", 3)));
        if (!numbers)
            return e;
        return credit_words(c, k + 1, z, 0) ? k + 1 : e;
    }
    return e;
}

/* A briefing item's credit in brackets after its numbers ("... to $224.9
 * billion (customs)", "... +1.4% m/m (Destatis)", "... $6.1 billion (trade
 * ministry)"): the same words as a dash credit, or one capitalized word
 * that names no economy. Returns the credit's first token and its end in
 * *ce, or e. */
static size_t paren_credit(const fctx *c, size_t s, size_t e, size_t *ce)
{
    size_t z = e;
    if (z > s && tok_eq(c, z - 1, "."))
        z--;
    if (z < s + 4 || !tok_eq(c, z - 1, ")"))
        return e;
    size_t k = z - 2;
    while (k > s && z - k <= 6 && !tok_eq(c, k, "("))
        k--;
    if (!tok_eq(c, k, "(") || k + 1 >= z - 1 || k == s)
        return e;
    size_t pe = c->toks.tok[k - 1].end;
    const char *pt = c->ptext + pe;
    int numbers =
        c->tk[k - 1].inqty || (pe >= 3 && (!memcmp(pt - 3, "y/y", 3) || !memcmp(pt - 3, "m/m", 3) ||
                                           !memcmp(pt - 3, "q/q", 3)));
    if (!numbers || !credit_words(c, k + 1, z - 1, 1))
        return e;
    *ce = z - 1;
    return k + 1;
}

/* The token after "by" when a participle at p leads to it, directly or
 * past a time ("data released by", "figures published on Monday by",
 * "data released earlier this week by"), after a comma or a form of "be"
 * too ("trade data, released by", "the data were released by"), or
 * (size_t)-1. */
static size_t released_by(const fctx *c, size_t p, size_t e)
{
    if (p < e && tok_eq(c, p, ","))
        p++;
    if (p + 1 < e &&
        (tok_eq(c, p, "were") || tok_eq(c, p, "was") || tok_eq(c, p, "are") || tok_eq(c, p, "is")))
        p++;
    if (p >= e || !tok_lower_word(c, p) || c->tk[p].flow)
        return (size_t)-1;
    for (size_t k = p + 1; k < e && k <= p + 4; k++) {
        if (c->tk[k].prep == P_BY)
            return k + 1;
        /* only the words of a time between: "on Monday", "last week" */
        if (!tok_word(c, k) || c->tk[k].flow || c->tk[k].qi >= 0 ||
            (tok_cap_word(c, k) && !tok_eq(c, k - 1, "on")))
            return (size_t)-1;
        if (k == p + 1 && !(tok_eq(c, k, "on") || tok_eq(c, k, "last") || tok_eq(c, k, "earlier") ||
                            tok_eq(c, k, "this") || tok_eq(c, k, "late") || tok_eq(c, k, "early")))
            return (size_t)-1;
    }
    return (size_t)-1;
}

/* Whether tokens [a, b) name a body: an organization the entities stage
 * found over them, or words holding an organization's head word ("State
 * Customs Committee", "Statistics Agency under the President"). */
static int names_body(const fctx *c, size_t a, size_t b)
{
    for (size_t x = 0; x < c->n_og; x++)
        if (c->og[x].ts <= a && c->og[x].te >= b)
            return 1;
    for (size_t k = a; k < b; k++) {
        size_t n;
        const char *w = ad_tok_text(&c->toks, k, &n);
        if (tok_word(c, k) && (ad_gaz_lookup_nocaps(w, n, NULL) & AD_GAZ_ORGHEAD))
            return 1;
    }
    return 0;
}

/* Whether tokens before the comma at token z, back to the comma before
 * them, are an office ("Minister of State for Foreign Trade"): a title of
 * the gazetteer, then capitalized words and "of", "for", "and", "the". */
static int title_aside(const fctx *c, size_t s, size_t z)
{
    size_t k = z;
    while (k > s && z - k < 9 && !tok_eq(c, k - 1, ","))
        k--;
    if (k <= s + 1 || k == z || !tok_eq(c, k - 1, ","))
        return 0;
    size_t n;
    const char *w = ad_tok_text(&c->toks, k, &n);
    if (!tok_cap_word(c, k) || !(ad_gaz_lookup(w, n, NULL) & AD_GAZ_TITLE))
        return 0;
    for (size_t t = k; t < z; t++)
        if (!tok_cap_word(c, t) && !tok_eq(c, t, "of") && !tok_eq(c, t, "for") &&
            !tok_eq(c, t, "and") && !tok_eq(c, t, "the"))
            return 0;
    return tok_cap_word(c, k - 2);
}

/* Whether token k is a word ending in "s" ("Customs" before a bare
 * apostrophe: "HM Revenue and Customs' statistics"). */
static int ends_in_s(const fctx *c, size_t k)
{
    size_t n;
    const char *t = ad_tok_text(&c->toks, k, &n);
    return tok_word(c, k) && n > 1 && (t[n - 1] == 's' || t[n - 1] == 'S');
}

/* Whether tokens [k, r), after an adjective ("according to the latest
 * ..."), are a body's name given as the source: a body, then the end,
 * punctuation, or a source noun ("figures") that no "from" or "by" follows.
 * Not a date or a topic ("the latest July figures", "the latest Brexit
 * figures"), nor a publication's title ("the latest Foreign Trade in Goods
 * Statistics report from the National Bureau of Statistics"). */
static int body_after_adjective(const fctx *c, size_t k, size_t r, size_t e)
{
    if (!names_body(c, k, r))
        return 0;
    if (r >= e || !tok_word(c, r))
        return 1;
    return c->tk[r].cls == W_SRCNOUN &&
           !(r + 1 < e && (c->tk[r + 1].prep == P_FROM || c->tk[r + 1].prep == P_BY));
}

/* Finds the sentence's source; stores its token range in *ss, *se. */
static const char *find_source(fctx *c, size_t s, size_t e, size_t *ss, size_t *se)
{
    *ss = *se = 0;
    size_t dc = dash_credit(c, s, e);
    if (dc < e) {
        size_t z = tok_eq(c, e - 1, ".") ? e - 1 : e;
        *ss = dc;
        *se = z;
        return source_name(c, dc, z);
    }
    size_t pz = e, pc = paren_credit(c, s, e, &pz);
    if (pc < e) {
        *ss = pc;
        *se = pz;
        return source_name(c, pc, pz);
    }
    for (size_t i = s; i + 1 < e; i++) {
        size_t j = (size_t)-1;
        int cite = 0;
        if (tok_eq(c, i, "according") && tok_eq(c, i + 1, "to"))
            j = i + 2;
        /* An outlet's report of another's figures: "Trend reports citing
         * the State Customs Committee", "Interfax reported, citing the
         * Federal Customs Service". */
        else if (tok_eq(c, i, "citing"))
            j = i + 1, cite = 1;
        /* "per GAC data", "per customs data" (not "per cent", "per day",
         * "$12 per MMBtu") */
        else if (tok_eq(c, i, "per") && i + 2 < e &&
                 (tok_cap_word(c, i + 1) || c->tk[i + 1].cls == W_DUTYMOD) &&
                 c->tk[i + 2].cls == W_SRCNOUN)
            j = i + 1;
        else if (c->tk[i].cls == W_SRCNOUN && i + 1 < e &&
                 (c->tk[i + 1].prep == P_FROM || c->tk[i + 1].prep == P_BY ||
                  (tok_eq(c, i + 1, "of") && i > s && tok_eq(c, i - 1, "to") && i + 2 < e &&
                   !c->tk[i + 2].inqty && c->tk[i + 2].pi < 0 &&
                   !(c->toks.tok[i + 2].flags & AD_TOKF_NUMBER))))
            j = i + 2; /* also "according to data of the General Administration" (not
                        * "data of January-September") */
        else if (c->tk[i].cls == W_SRCNOUN)
            j = released_by(c, i + 1, e); /* "data released on Monday by", or none */
        if (j == (size_t)-1)
            continue;
        if (j < e && (tok_eq(c, j, "the") || tok_eq(c, j, "a") || tok_eq(c, j, "an")))
            j++;
        /* "according to the country's Statistics Agency" */
        if (j + 2 < e && (tok_eq(c, j, "country") || tok_eq(c, j, "nation")) &&
            (c->toks.tok[j + 1].flags & AD_TOKF_POSSESSIVE))
            j += 2;
        /* "according to customs data", "according to Chinese customs data" */
        size_t d = j < e && c->tk[j].econ >= 0 ? c->ec[c->tk[j].econ].te : j;
        if (d + 1 < e && tok_lower_word(c, d) && c->tk[d].cls == W_DUTYMOD &&
            c->tk[d + 1].cls == W_SRCNOUN) {
            *ss = d;
            *se = d + 1;
            return source_name(c, d, d + 1);
        }
        /* "according to Vietnam's customs.": the body alone. */
        if (d > j && d + 1 < e && (c->toks.tok[d].flags & AD_TOKF_POSSESSIVE))
            d++; /* the possessive's own token */
        if (d < e && tok_lower_word(c, d) && c->tk[d].cls == W_DUTYMOD &&
            (d + 1 >= e || !tok_word(c, d + 1))) {
            *ss = d;
            *se = d + 1;
            return source_name(c, d, d + 1);
        }
        /* "according to data from the X", "according to a notice from X",
         * "according to data released by Chinese customs" */
        int via = 0;
        size_t k0;
        /* "according to estimates by consultancy X": a verb of reporting
         * used as its noun. */
        if (j + 1 < e && (c->tk[j].cls == W_SRCNOUN || c->tk[j].cls == W_SRCVERB) &&
            (c->tk[j + 1].prep == P_FROM || c->tk[j + 1].prep == P_BY))
            j += 2, via = 1;
        else if (j + 2 < e && c->tk[j].cls == W_SRCNOUN &&
                 (k0 = released_by(c, j + 1, e)) != (size_t)-1)
            j = k0, via = 1;
        /* "according to a press release from the ministry", "a news
         * bulletin by" (only here: "the release by Hamas of hostages") */
        else if (j + 2 < e && tok_lower_word(c, j) && c->tk[j].cls == W_NONE &&
                 (c->tk[j + 1].cls == W_SRCNOUN || tok_eq(c, j + 1, "release") ||
                  tok_eq(c, j + 1, "bulletin")) &&
                 (c->tk[j + 2].prep == P_FROM || c->tk[j + 2].prep == P_BY))
            j += 3, via = 1;
        if (via && j < e && tok_eq(c, j, "the"))
            j++;
        d = j < e && c->tk[j].econ >= 0 ? c->ec[c->tk[j].econ].te : j;
        if (via && d < e && tok_lower_word(c, d) && c->tk[d].cls == W_DUTYMOD &&
            (d + 1 >= e ||
             !(tok_cap_word(c, d + 1) || is_orghead(c, d + 1) || c->tk[d + 1].cls == W_AGENT))) {
            *ss = d;
            *se = d + 1;
            return source_name(c, d, d + 1);
        }
        size_t r = lower_org(c, cap_run(c, j, e), e);
        /* "the Guangdong branch of the General Administration of Customs",
         * "the provincial office of Statistics Indonesia": the office the
         * local one belongs to is the source. */
        {
            size_t q = r > j && label_is(c, r - 1, "branch") ? r - 1 : r, n = 0;
            while (q < e && n < 2 && tok_lower_word(c, q) && !label_is(c, q, "branch"))
                q++, n++;
            if (q + 2 < e && label_is(c, q, "branch") && tok_eq(c, q + 1, "of")) {
                j = q + 2;
                if (tok_eq(c, j, "the"))
                    j++;
                r = lower_org(c, cap_run(c, j, e), e);
            }
        }
        /* A publication, then its publisher: "according to the Bhutan
         * Trade Statistics 2031 released by the Department of Revenue and
         * Customs". */
        if (r > j) {
            size_t q = r;
            if (q < e && c->toks.tok[q].kind == AD_TOK_NUMBER)
                q++;
            size_t by = released_by(c, q, e);
            if (by != (size_t)-1 && by < e) {
                if (tok_eq(c, by, "the"))
                    by++;
                size_t r2 = lower_org(c, cap_run(c, by, e), e);
                if (r2 > by)
                    j = by, r = r2;
            }
        }
        /* A description, then the name: "according to operator Gassco",
         * "according to exporters group Cecafe", "according to the latest
         * Central Statistics Office figures". */
        size_t k = tok_cap_word(c, j) ? j : r > j ? r : j;
        while (k < e && k - j < 4 && tok_lower_word(c, k) &&
               (c->tk[k].cls == W_NONE || c->tk[k].cls == W_AGENT ||
                (c->tk[k].cls == W_MODSTOP && k == j)))
            k++;
        size_t rk = k > j && !tok_cap_word(c, j) ? cap_run(c, k, e) : k;
        if (rk > k && c->tk[j].cls == W_MODSTOP && !body_after_adjective(c, k, rk, e))
            rk = k = j;
        if (rk > k)
            j = k, r = rk;
        /* A body's publication or part: "according to the Bank of
         * Tanzania's Monthly Economic Review" is the bank's. */
        for (size_t x = j + 1; x + 1 < r; x++)
            if ((c->toks.tok[x].flags & AD_TOKF_POSSESSIVE) && names_body(c, j, x)) {
                r = x;
                break;
            }
        /* What is cited is often a cause ("citing weak demand", "citing
         * Chinese demand"): only a body counts. */
        if (cite &&
            (!names_body(c, j, r) || (r < e && tok_lower_word(c, r) && c->tk[r].cls != W_SRCNOUN)))
            continue; /* "citing Central Bank currency controls": a cause */
        if (r > j) {
            *ss = j;
            *se = r;
            return source_name(c, j, r);
        }
    }
    /* "X said", "X data showed", "said X" */
    for (size_t i = s; i < e; i++) {
        if (c->tk[i].cls != W_SRCVERB)
            continue;
        size_t b = i;
        /* "the National Bureau of Statistics (NBS) has said" */
        if (b > s + 1 &&
            (tok_eq(c, b - 1, "has") || tok_eq(c, b - 1, "have") || tok_eq(c, b - 1, "had")))
            b--;
        /* "commerce ministry data released on Monday showed" */
        if (b > s + 2 && day_word(c, b - 1) && tok_eq(c, b - 2, "on")) {
            b -= 2;
            if (b > s + 1 && tok_lower_word(c, b - 1) && ed_word(c, b - 1))
                b--;
        }
        /* "the Federal Statistical Office (Destatis) said": the name
         * before the bracket. */
        if (b > s + 2 && tok_eq(c, b - 1, ")")) {
            size_t k = b - 2;
            while (k > s && b - k < 7 && tok_word(c, k))
                k--;
            if (tok_eq(c, k, "(") && k + 1 < b - 1)
                b = k; /* only a short name inside ("(Office des Changes)", "(naamsa)") */
        }
        /* "the Automotive Business Council, Naamsa, said": the name
         * before a short one set off by commas. */
        if (b > s + 3 && tok_eq(c, b - 1, ",")) {
            size_t k = b - 2;
            while (k > s && b - k < 5 && tok_cap_word(c, k))
                k--;
            if (k + 1 < b - 1 && tok_eq(c, k, ",") && k > s && tok_cap_word(c, k - 1) &&
                c->tk[k - 1].econ < 0)
                b = k;
            /* "Cochilco, the state copper agency, said": the name before
             * its description. */
            k = b - 2;
            while (k > s && b - k < 7 && tok_lower_word(c, k) && !tok_eq(c, k, "the"))
                k--;
            if (b - k > 2 && tok_eq(c, k, "the") && k > s + 1 && tok_eq(c, k - 1, ",") &&
                tok_cap_word(c, k - 2) && c->tk[k - 2].econ < 0 && is_orghead(c, b - 2))
                b = k - 1;
            /* "Dr Thani bin Ahmed Al Zeyoudi, Minister of State for Foreign
             * Trade, said": the office set off by commas after a person's
             * name speaks. */
            else if (b == i && title_aside(c, s, b - 1))
                b = b - 1;
        }
        if (b > s && c->tk[b - 1].cls == W_SRCNOUN && tok_lower_word(c, b - 1)) {
            b--;
            /* "Kpler ship-tracking data showed": a name, then what its
             * data are. */
            size_t k = b;
            /* "INEGI's state export data showed", "HM Revenue and Customs'
             * regional trade statistics showed": up to three words, trade
             * words among them, between the owner and its data. */
            while (k > s && b - k < 3 && tok_lower_word(c, k - 1) &&
                   (c->tk[k - 1].cls == W_NONE || c->tk[k - 1].cls == W_MODSTOP ||
                    c->tk[k - 1].flow) &&
                   !is_orghead(c, k - 1))
                k--; /* "the Zambia Statistics Agency's monthly bulletin showed" */
            /* ... or a name's possessive ("the Zambia Statistics
             * Agency's monthly bulletin showed"): the name alone. */
            size_t o = k > s + 1 && (apostrophe(c, k - 1, 0) ||
                                     (apostrophe(c, k - 1, 1) && k > s + 2 && ends_in_s(c, k - 2)))
                           ? k - 1
                           : k;
            if ((k < b || o < k) && o > s &&
                ((tok_cap_word(c, o - 1) && c->tk[o - 1].econ < 0) ||
                 (o < k && is_orghead(c, o - 1))))
                b = o; /* "the central bank's quarterly report showed" */
            /* A one-word name keeps its "'s": "Moody's report showed"; not an
             * acronym ("INEGI's state export data") nor a plural's bare
             * apostrophe. */
            if (b == o && o < k && tok_cap_word(c, o - 1) && apostrophe(c, o, 0) &&
                !(c->toks.tok[o - 1].flags & AD_TOKF_ALLCAPS) &&
                !(o > s + 1 && tok_cap_word(c, o - 2)))
                b = k;
            /* "Agriculture and Food Authority (AFA) data shows" */
            if (b == i - 1 && b > s + 2 && tok_eq(c, b - 1, ")")) {
                size_t q = b - 2;
                while (q > s && b - q < 4 && tok_word(c, q))
                    q--;
                if (tok_eq(c, q, "(") && q + 1 < b - 1 && q > s && tok_cap_word(c, q - 1))
                    b = q;
            }
        }
        size_t a = b;
        /* "the commerce ministry said", "China's customs data showed", and
         * ", customs said" alone after a comma. */
        if (a > s &&
            (is_orghead(c, a - 1) || (tok_lower_word(c, a - 1) && c->tk[a - 1].cls == W_DUTYMOD &&
                                      (a < i || a - 1 == s || tok_eq(c, a - 2, ","))))) {
            a--;
            while (a > s && b - a < 4 && tok_lower_word(c, a - 1) &&
                   (c->tk[a - 1].cls == W_NONE || c->tk[a - 1].cls == W_DUTYMOD ||
                    c->tk[a - 1].cls == W_CUE || c->tk[a - 1].cls == W_SRCNOUN ||
                    c->tk[a - 1].cls == W_TRADECTX || c->tk[a - 1].cls == W_SECTOR))
                a--;
            if (a > s + 1 && (c->toks.tok[a - 1].flags & AD_TOKF_POSSESSIVE) &&
                tok_cap_word(c, a - 2))
                a -= 2;
            /* "the prime minister's office": its owner is part of it. */
            else if (a > s + 1 && (c->toks.tok[a - 1].flags & AD_TOKF_POSSESSIVE) &&
                     tok_lower_word(c, a - 2)) {
                a -= 2;
                while (a > s && b - a < 6 && tok_lower_word(c, a - 1) &&
                       c->tk[a - 1].cls == W_NONE && !tok_eq(c, a - 1, "the"))
                    a--;
            }
            /* "the INDEC statistics agency said": its name before the noun. */
            while (a > s && b - a < 6 && tok_cap_word(c, a - 1) && c->tk[a - 1].econ < 0 &&
                   !(c->toks.tok[a - 1].flags & AD_TOKF_SENT_START))
                a--;
            *ss = a;
            *se = b;
            return source_name(c, a, b);
        }
        while (a > s) {
            size_t k = a - 1;
            /* "the Agency on Statistics under the President said" */
            /* "the Hazelnut Exporters' Association": a plural's apostrophe. */
            int plural_apos = a < b && k > s &&
                              (tok_eq(c, k, "'") || tok_eq(c, k, "\xe2\x80\x99")) &&
                              tok_cap_word(c, k - 1);
            if (tok_cap_word(c, k) || (c->toks.tok[k].flags & AD_TOKF_POSSESSIVE) || plural_apos ||
                (a < b && (tok_eq(c, k, "of") || tok_eq(c, k, "and") || tok_eq(c, k, "for") ||
                           tok_eq(c, k, "&") || tok_eq(c, k, "on") || tok_eq(c, k, "under") ||
                           (tok_eq(c, k, "the") && k > s &&
                            (tok_eq(c, k - 1, "of") || tok_eq(c, k - 1, "for") ||
                             tok_eq(c, k - 1, "under"))))))
                a = k;
            else
                break;
        }
        /* "the Ministry of Mineral Resources, Oil and Gas said": a list
         * closing a name after "of", the name before the comma. */
        if (a < b && a > s + 2 && tok_eq(c, a - 1, ",") && tok_cap_word(c, a - 2)) {
            int has_and = 0;
            for (size_t k = a; k < b && !has_and; k++)
                has_and = tok_eq(c, k, "and");
            size_t k = a - 1;
            while (k > s && (tok_cap_word(c, k - 1) || tok_eq(c, k - 1, "of")))
                k--;
            int of = 0;
            for (size_t q = k; q < a - 1 && !of; q++)
                of = tok_eq(c, q, "of");
            if (has_and && of && tok_cap_word(c, k))
                a = k;
        }
        /* "cargo surveyors said", "traders said": people named by their
         * trade, when no name comes before the verb. */
        /* ... and officials ("South Korea's trade minister told reporters"). */
        int official = a == b && b > s && is_official(c, b - 1) && c->tk[b].cls != W_SRCNOUN;
        if (a == b && b > s && tok_lower_word(c, b - 1) &&
            (c->tk[b - 1].cls == W_AGENT || official)) {
            size_t k = b - 1;
            /* "cargo surveyors", "the deputy prime minister", "the trade
             * minister" */
            int portfolio = 0;
            while (
                k > s && b - k < 4 && tok_lower_word(c, k - 1) &&
                (c->tk[k - 1].cls == W_NONE ||
                 (official && (c->tk[k - 1].flow || c->tk[k - 1].cls == W_CUE ||
                               c->tk[k - 1].cls == W_TRADECTX || c->tk[k - 1].cls == W_SECTOR)))) {
                portfolio |= c->tk[k - 1].cls != W_NONE || label_is(c, k - 1, "portfolio");
                k--;
            }
            /* "South Korea's trade minister": the economy served, when the
             * office deals with trade (not "Turkey's defence minister"). */
            if (k > s + 1 && official && portfolio &&
                (c->toks.tok[k - 1].flags & AD_TOKF_POSSESSIVE))
                for (size_t x = 0; x < c->n_ec; x++)
                    if (c->ec[x].te == k - 1 && c->ec[x].ts >= s && !c->ec[x].attrib)
                        k = c->ec[x].ts;
            *ss = k;
            *se = b;
            return source_name(c, k, b);
        }
        while (a < b && !tok_cap_word(c, a))
            a++;
        /* A lone cue word at the start ("Exports showed") is no source, nor
         * an economy reporting its own trade ("Argentina reported a
         * surplus"): a later verb may name the source. */
        if (a < b && c->tk[a].econ >= 0 && c->ec[c->tk[a].econ].te == b)
            continue;
        if (a < b && !(b == a + 1 && c->tk[a].cls != W_NONE)) {
            *ss = a;
            *se = b;
            return source_name(c, a, b);
        }
        /* "..., a trader told Reuters": whom one tells is no source. */
        if (tok_eq(c, i, "told"))
            continue;
        size_t j = i + 1;
        if (j < e && tok_eq(c, j, "the"))
            j++;
        /* "said a report from the General Department of Customs" */
        if (j + 2 < e && (tok_eq(c, j, "a") || tok_eq(c, j, "an")) &&
            c->tk[j + 1].cls == W_SRCNOUN &&
            (c->tk[j + 2].prep == P_FROM || c->tk[j + 2].prep == P_BY)) {
            j += 3;
            if (j < e && tok_eq(c, j, "the"))
                j++;
        }
        /* "data showed Thursday": a day, not who said it. */
        if (j < e && day_word(c, j))
            continue;
        size_t r = cap_run(c, j, e);
        if (r > j) {
            *ss = j;
            *se = r;
            return source_name(c, j, r);
        }
    }
    return NULL;
}

/* Commodity words from i: lower-case words, "and"/"or" inside, up to a
 * stop. Stores the range; returns 1 when it names more than generic goods. */
static int goods_name(const fctx *c, size_t i);
static int goods_word(const fctx *c, size_t i);

static int noun_phrase(const fctx *c, size_t i, size_t e, size_t *ps, size_t *pe)
{
    while (i < e && tok_word(c, i) &&
           (c->tk[i].cls == W_MODSTOP || c->tk[i].cls == W_TRADECTX || c->tk[i].cls == W_FLOWMOD))
        i++;
    size_t j = i, last = i;
    int specific = 0, words = 0, generic = 0, services = 0;
    while (j < e && words < 6) {
        /* A capitalized name of a kind of goods before a common noun:
         * "Scotch whisky", "Basmati rice"; not a place or a company. */
        int named_kind = !words && tok_cap_word(c, j) && goods_name(c, j) &&
                         ((j + 1 < e && tok_lower_word(c, j + 1) && c->tk[j + 1].cls == W_NONE) ||
                          (c->toks.tok[j].flags & AD_TOKF_ALLCAPS)); /* "LNG" */
        if ((!tok_lower_word(c, j) && !named_kind) || c->tk[j].econ >= 0 || c->tk[j].inqty)
            break;
        uint8_t cl = c->tk[j].cls;
        if (tok_eq(c, j, "and") || tok_eq(c, j, "or")) {
            j++;
            continue;
        }
        if (cl != W_NONE && cl != W_GENERIC && cl != W_DUTYMOD && cl != W_FLAT)
            break; /* "flat steel" is goods */
        size_t n;
        const char *w = ad_tok_text(&c->toks, j, &n);
        if (words && n > 5 && !memcmp(w + n - 3, "ing", 3))
            break; /* "goods starting Tuesday" */
        if (cl != W_GENERIC)
            specific++;
        generic += cl == W_GENERIC;
        services += tok_eq(c, j, "services");
        words++;
        last = ++j;
    }
    *ps = i;
    *pe = last;
    /* "goods and services" is all trade; "services" alone is a kind. */
    if (generic && specific == services)
        specific = 0;
    return specific && last > i;
}

static const char *commodity_text(fctx *c, size_t a, size_t b)
{
    return dup_span(c, c->toks.tok[a].start, c->toks.tok[b - 1].end);
}

/* The goods of tokens a..b, with a capital that only opens the sentence
 * lowered ("Coffee exports": the goods are "coffee"). */
static const char *goods_text(fctx *c, size_t a, size_t b)
{
    char *t = (char *)commodity_text(c, a, b);
    unsigned fl = c->toks.tok[a].flags;
    if (t && (fl & AD_TOKF_SENT_START) && !(fl & AD_TOKF_ALLCAPS) && t[0] >= 'A' && t[0] <= 'Z')
        t[0] = (char)(t[0] - 'A' + 'a');
    return t;
}

/* Whether token i stands in a forecast's or a comparison's phrase, after a
 * forecast word or "compared with" and before any comma ("missing analysts'
 * forecast of a 0.5% gain", "compared with a deficit of $300m"): its
 * numbers and direction are not the figure's. tariff: the clause is about
 * tariffs, whose plans count. */
static int in_aside(const fctx *c, size_t s, size_t i, int tariff)
{
    int cue = 0, to = 0;
    for (size_t k = i; k > s && i - k < 8;) {
        k--;
        /* "fell 2.5 percent compared with the previous month to 128.9
         * billion euros": a level after "to" ends a comparison that gave no
         * number of its own. */
        if (k + 1 == i && c->tk[k].prep == P_TO)
            to = 1;
        else if (to && qat(c, k))
            to = 0;
        if (tok_eq(c, k, ",") || tok_eq(c, k, ";") || c->tk[k].cls == W_CLAUSE)
            return 0;
        /* "... stronger than the 6.5% rise projected by economists and
         * brought total exports to $318.7 billion": the aside ends at "and"
         * before the cue of the number. */
        cue |= c->tk[k].flow != 0;
        if (cue && tok_eq(c, k, "and"))
            return 0;
        /* "rose more than expected to $305 billion": the aside ends there */
        if (c->tk[k].cls == W_FORECAST && k > s && tok_eq(c, k - 1, "than"))
            return 0;
        if (c->tk[k].prep == P_COMPARED)
            return !to;
        /* "stronger than the 6.5% rise projected": a comparison's number
         * (not "countries other than the US rose 6.5%"). */
        if (tok_eq(c, k, "than") && k + 1 < i && !(k > s && tok_eq(c, k - 1, "other")) &&
            (tok_eq(c, k + 1, "the") || tok_eq(c, k + 1, "a") || tok_eq(c, k + 1, "an")))
            return 1;
        /* A tariff plan is news ("plans to raise tariffs to 50%"), a trade
         * target is not. */
        if (c->tk[k].cls == W_FORECAST && !tariff)
            return 1;
    }
    return 0;
}

/* Whether the clause's change belongs to something else than its trade:
 * the direction verb comes before every cue of the clause and has a subject
 * of its own ("Samsung's revenue rose 8.7% to 86 trillion won, boosted by
 * chip exports", "Benchmark copper rose 1.3% to $9,870 a ton as Chinese
 * imports picked up", "sales of T$615 billion, up 11%, on strong exports").
 * A subject with an aside ("Nigeria's reserves, boosted by oil export
 * receipts, rose") is the words before the aside. A clause opening with its
 * direction ("Up 5% from a year earlier, exports...") keeps its figure. */
static int bare_dir_ok(const fctx *c, size_t i, size_t e);

/* Whether direction word i is a noun after a determiner that names a
 * change spoken of before, when the clause goes on to state where it took
 * the trade ("The increase ... brought total exports to $318.7 billion"):
 * it has no subject of its own. Not so when the clause gives no amount
 * after its cue ("The growth beat the 6.5 per cent expansion forecast ...,
 * and was driven by ... shipments"). */
static int nominal_dir(const fctx *c, size_t s, size_t i, size_t e, size_t cue)
{
    size_t k = i;
    while (k > s && c->tk[k - 1].inqty)
        k--;
    if (!(k > s && (tok_eq(c, k - 1, "the") || tok_eq(c, k - 1, "this") ||
                    tok_eq(c, k - 1, "that") || tok_eq(c, k - 1, "a") || tok_eq(c, k - 1, "an"))))
        return 0;
    for (size_t j = cue + 1; j < e; j++)
        if (qat(c, j) && qat(c, j)->kind == AD_QTY_MONEY)
            return 1;
    return 0;
}

/* "Electronic products, which account for more than half of exports, rose
 * 11.6% to $3.71 billion": goods opening the clause, then an aside set off
 * by commas that holds the cue, then the direction verb or the amount. The goods' span
 * goes to *gs, *ge; 0 when the clause is not so made. */
static int aside_goods(const fctx *c, size_t s, size_t e, size_t cue, size_t *gs, size_t *ge)
{
    /* "Philippine electronic products": the demonym names the reporter. */
    size_t b = c->tk[s].econ >= 0 && c->ec[c->tk[s].econ].attrib ? c->ec[c->tk[s].econ].te : s;
    size_t g = b;
    int named = 0;
    while (g < e && g < b + 4 && goods_word(c, g) && !c->tk[g].flow &&
           (c->tk[g].cls == W_NONE || c->tk[g].cls == W_GENERIC))
        named |= c->tk[g++].cls == W_NONE;
    if (!named || g + 2 >= e || !tok_eq(c, g, ",") || cue <= g)
        return 0;
    size_t k = g + 1;
    while (k < e && k < g + 16 && !tok_eq(c, k, ","))
        k++;
    if (k >= e || cue >= k || k + 1 >= e)
        return 0;
    /* Goods are exported or imported; what finances a trade gap is no
     * part of it ("Remittance receipts, which finance much of the trade
     * gap, rose 4.2%"). */
    if (!(c->tk[cue].flow & (FB_EXPORT | FB_IMPORT)))
        return 0;
    /* Then the direction verb, or a verb of one or two words taking the
     * amount ("Alumina, the island's main export, earned US$612.5 million",
     * "brought in $1.2 billion"). */
    int earns = tok_lower_word(c, k + 1) && c->tk[k + 1].cls == W_NONE &&
                ((k + 2 < e && c->tk[k + 2].qi >= 0) ||
                 (k + 3 < e && tok_lower_word(c, k + 2) && c->tk[k + 3].qi >= 0));
    if (!earns && !(c->tk[k + 1].cls == W_UP || c->tk[k + 1].cls == W_DOWN))
        return 0;
    *gs = b, *ge = g;
    return 1;
}

/* Whether the direction word i is a noun after a determiner and its
 * adjectives, closing its phrase: "the fourth straight monthly decline,". */
static int modified_dir(const fctx *c, size_t s, size_t i, size_t e)
{
    static const char *const past[] = {"fell", "rose", "grew", "slid", "sank", "shrank", "swung"};
    if (i + 1 < e && !tok_eq(c, i + 1, ",") && !tok_eq(c, i + 1, "of"))
        return 0;
    /* "The rupee fell, helping exports": a verb after its subject. */
    if (ed_word(c, i))
        return 0;
    for (size_t k = 0; k < sizeof(past) / sizeof(past[0]); k++)
        if (tok_eq(c, i, past[k]))
            return 0;
    size_t k = i;
    while (k > s && i - k < 4 && (tok_lower_word(c, k - 1) || c->tk[k - 1].inqty) &&
           !c->tk[k - 1].flow && !tok_eq(c, k - 1, "the") && !tok_eq(c, k - 1, "a") &&
           !tok_eq(c, k - 1, "its"))
        k--;
    return k < i && k > s &&
           (tok_eq(c, k - 1, "the") || tok_eq(c, k - 1, "a") || tok_eq(c, k - 1, "its"));
}

/* Whether the tariff cue at token cue is given as the circumstance of the
 * clause ("The gains came despite Brazil's 18% tariff on U.S. aircraft
 * parts", "amid Washington's 25% duties"): a preposition of circumstance,
 * then only the tariff's owner, its rate and articles before the cue. What
 * the clause's subject did leaves the tariff in force. */
static int circumstance(const fctx *c, size_t s, size_t cue)
{
    for (size_t k = cue; k > s && cue - k < 8;) {
        k--;
        if (tok_eq(c, k, "despite") || tok_eq(c, k, "amid") || tok_eq(c, k, "under"))
            return 1;
        if (!(c->tk[k].inqty || c->tk[k].econ >= 0 || apostrophe(c, k, 1) ||
              (c->toks.tok[k].flags & AD_TOKF_POSSESSIVE) || tok_eq(c, k, "the") ||
              tok_eq(c, k, "a") || tok_eq(c, k, "an") || tok_cap_word(c, k)))
            return 0;
    }
    return 0;
}

static int foreign_subject(const fctx *c, size_t s, size_t e, size_t cue)
{
    size_t gs, ge;
    if (aside_goods(c, s, e, cue, &gs, &ge))
        return 0; /* the aside ties the goods to the trade */
    size_t dir = (size_t)-1;
    /* A direction after "of" or a determiner's adjectives is a noun ("the
     * 15th straight month of decline", "the fourth straight monthly
     * decline,"), no verb with a subject. */
    for (size_t i = s; i < e && dir == (size_t)-1; i++)
        if ((c->tk[i].cls == W_UP || c->tk[i].cls == W_DOWN ||
             (c->tk[i].cls == W_SWING && i + 1 < e &&
              (tok_eq(c, i + 1, "to") || tok_eq(c, i + 1, "into") || tok_eq(c, i + 1, "back")))) &&
            !c->tk[i].inqty && bare_dir_ok(c, i, e) && !in_aside(c, s, i, 0) &&
            !nominal_dir(c, s, i, e, cue) && !(i > s && tok_eq(c, i - 1, "of")) &&
            !modified_dir(c, s, i, e))
            dir = i;
    if (dir == (size_t)-1 || dir == s)
        return 0;
    /* The verb acts on the trade: "raised tariffs", "cut its import duties",
     * "raised the basic customs duty", "lifted Senegal's exports". */
    for (size_t i = dir + 1; i < e && i <= dir + 5; i++) {
        if (c->tk[i].flow)
            return 0;
        if (c->tk[i].cls != W_MODSTOP && !(c->toks.tok[i].flags & AD_TOKF_POSSESSIVE) &&
            !tok_lower_word(c, i) && c->tk[i].econ < 0 && !apostrophe(c, i, 0))
            break;
    }
    size_t k = dir - 1;
    while (k > s && (c->tk[k].cls == W_STOP || c->tk[k].cls == W_MODAL)) /* "revenue has risen" */
        k--;
    size_t subj_end = dir; /* where the verb's subject ends */
    /* A subject with an aside is for verbs; "..., down 8.1 percent" follows
     * the whole clause before it. */
    int verb = !tok_eq(c, dir, "up") && !tok_eq(c, dir, "down");
    if (verb && tok_eq(c, k, ",")) {
        size_t k2 = k;
        while (k2 > s && !tok_eq(c, k2 - 1, ","))
            k2--;
        if (k2 > s)
            subj_end = k2 - 1; /* the aside runs from k2 to k */
    }
    if (cue < dir && subj_end == dir)
        return 0;
    for (size_t i = s; i < subj_end; i++)
        if (c->tk[i].flow)
            return 0;
    return subj_end < dir || cue > dir;
}

/* Which side a balance is on: the first of "surplus" and "deficit" in the
 * clause ("swung to a deficit from a surplus" is a deficit). */
static const char *balance_side(const fctx *c, size_t s, size_t e)
{
    for (size_t i = s; i < e; i++) {
        /* "a negative balance of $1.2 billion", "Azerbaijan's positive
         * foreign trade balance"; "a trade balance of N7.56 trillion in
         * its favour" */
        if (c->tk[i].cls == W_TRADEBAL && !c->tk[i].prep) {
            for (size_t k = i; k > s && i - k < 3;) {
                k--;
                if (tok_eq(c, k, "negative") || tok_eq(c, k, "positive"))
                    return tok_eq(c, k, "negative") ? "deficit" : "surplus";
                if (!tok_word(c, k) || (k < i - 1 && !c->tk[k].flow && c->tk[k].cls != W_TRADECTX))
                    break;
            }
            /* "The trade balance was negative at PLN 2.4 billion" */
            for (size_t k = i + 1; k < e && k < i + 4 && tok_word(c, k) && !c->tk[k].inqty; k++)
                if (tok_eq(c, k, "negative") || tok_eq(c, k, "positive"))
                    return tok_eq(c, k, "negative") ? "deficit" : "surplus";
            for (size_t k = i + 1; k + 2 < e && k < i + 12; k++)
                if (tok_eq(c, k, "in") && (tok_eq(c, k + 1, "its") || tok_eq(c, k + 1, "their")) &&
                    (tok_eq(c, k + 2, "favour") || tok_eq(c, k + 2, "favor")))
                    return "surplus";
        }
        if (!(c->tk[i].flow & FB_BALANCE))
            continue; /* not a "budget deficit" */
        if ((i + 1 < e && c->tk[i + 1].cls == W_TRADEBAL && c->tk[i + 1].prep) ||
            (c->tk[i].cls == W_TRADEBAL && c->tk[i].prep))
            return "deficit"; /* "the trade gap narrowed", "the gap with Mexico" */
        size_t n;
        const char *w = ad_tok_text(&c->toks, i, &n);
        if (n >= 7 && !ad_text_ncasecmp(w, "surplus", 7))
            return "surplus";
        if ((n >= 7 && !ad_text_ncasecmp(w, "deficit", 7)) ||
            (n >= 9 && !ad_text_ncasecmp(w, "shortfall", 9)))
            return "deficit";
    }
    return NULL;
}

/* Whether token p, "to" or "with", follows "compared", "against" or
 * "relative" ("compared to N17.04tn", "as against $3bn"): what comes next
 * is a base. */
static int compared_to(const fctx *c, size_t s, size_t p)
{
    return p > s && (tok_eq(c, p, "to") || tok_eq(c, p, "with")) &&
           (tok_eq(c, p - 1, "compared") || tok_eq(c, p - 1, "against") ||
            tok_eq(c, p - 1, "relative"));
}

/* Whether token k negates: "not", "never", a verb with "n't". */
static int negation(const fctx *c, size_t k)
{
    size_t n;
    const char *w = ad_tok_text(&c->toks, k, &n);
    return tok_eq(c, k, "not") || tok_eq(c, k, "never") ||
           (n >= 3 && !ad_text_ncasecmp(w + n - 3, "n't", 3)) ||
           (n >= 5 && !memcmp(w + n - 5, "n\xe2\x80\x99t", 5));
}

/* Whether the sentence [s, e) gives its figures on a poll's word ("...,
 * according to a Reuters poll"): they are expected, not reported. */
static int polled_sentence(const fctx *c, size_t s, size_t e)
{
    for (size_t k = s; k + 2 < e; k++)
        if (tok_eq(c, k, "according") && tok_eq(c, k + 1, "to"))
            for (size_t j = k + 2; j < e && j < k + 5 && !c->tk[j].flow; j++)
                if (tok_eq(c, j, "poll") || tok_eq(c, j, "survey"))
                    return 1;
    return 0;
}

/* Whether token i is a lower-case word in -ing ("raising", "boosting"). */
static int ing_word(const fctx *c, size_t i)
{
    size_t n;
    const char *w = ad_tok_text(&c->toks, i, &n);
    return tok_lower_word(c, i) && n > 4 && !memcmp(w + n - 3, "ing", 3);
}

/* Whether the clause only gives a comparison's base or a forecast: its cue
 * follows "compared with"/"versus" in the same piece ("..., compared with a
 * deficit of $300m a year earlier"), or a forecast word stands between the
 * cue and its first number ("exports are expected to reach 110 million
 * tonnes"). */
static int base_or_forecast(const fctx *c, size_t s, size_t e, size_t cue)
{
    for (size_t k = cue; k > s && cue - k < 6;) {
        k--;
        if (tok_eq(c, k, ",") || tok_eq(c, k, ";"))
            break;
        if (c->tk[k].prep == P_COMPARED)
            return 1;
    }
    /* "The kingdom will allow exports of up to 500,000 tonnes", "has
     * permitted the export of": a permission, no figure. */
    for (size_t k = cue; k > s && cue - k < 4 && !(c->tk[cue].flow & FB_TARIFF);) {
        k--;
        if (tok_eq(c, k, ",") || tok_eq(c, k, ";"))
            break;
        /* ... of goods ("allowed exports of up to"), not a cause ("a weaker
         * yen allowed exports to grow 4.2%") */
        if (c->tk[k].cls == W_PERMIT && cue + 1 < e && c->tk[cue + 1].prep == P_OF)
            return 1;
    }
    /* "did not exceed 200,000 tonnes", "never topped $1 billion": a bound,
     * the level verb right before the number (not "not only topped
     * expectations but rose 12%", "were never hit by sanctions"). */
    for (size_t k = cue + 1; k + 2 < e && k < cue + 6 && !qat(c, k); k++) {
        int neg = negation(c, k);
        size_t v = k + 1;
        if (neg && v + 1 < e && tok_lower_word(c, v) && !label_is(c, v, "level"))
            v++; /* "did not exceed", "has never topped" */
        if (neg && label_is(c, v, "level") && v + 1 < e && c->tk[v + 1].inqty)
            return 1;
    }
    /* "denied reports that exports ... had exceeded 100 tonnes": what is
     * denied ("that" within three words of the denial, no clause break
     * before the cue; not "rejected claims that the data was flawed and
     * said exports rose"). */
    for (size_t k = s; k < cue; k++) {
        if (!label_is(c, k, "deny") || !tok_lower_word(c, k))
            continue;
        int that = 0, brk = 0;
        for (size_t j = k + 1; j < cue; j++) {
            that |= j <= k + 3 && tok_eq(c, j, "that");
            brk |= tok_eq(c, j, ",") || tok_eq(c, j, ";") || tok_eq(c, j, "and") ||
                   tok_eq(c, j, "but") || tok_eq(c, j, "as") || tok_eq(c, j, "while") ||
                   c->tk[j].cls == W_CLAUSE || tok_eq(c, j, "said") || tok_eq(c, j, "says");
        }
        if (that && !brk)
            return 1;
    }
    /* "The ministry expects exports to grow 1% to 3%", "projects shipments
     * to reach": a forecast word before the cue, "to" after it (a tariff
     * planned is reported: "plans to raise tariffs to 50%"). */
    /* "the agreement will increase bilateral trade by £8.6 billion", "could
     * boost exports by 10%": a modal and a verb of change before the cue
     * (its goods or kind between) is a projection. */
    for (size_t k = cue; k > s && cue - k < 5 && !(c->tk[cue].flow & FB_TARIFF);) {
        k--;
        if (c->tk[k].cls == W_UP || c->tk[k].cls == W_DOWN || c->tk[k].cls == W_LIFT) {
            if (k > s && c->tk[k - 1].cls == W_MODAL)
                return 1;
            break;
        }
        /* "will raise EU exports", "could lift Kenya's exports": an economy
         * may name whose. */
        int owner = tok_cap_word(c, k) || (c->toks.tok[k].flags & AD_TOKF_POSSESSIVE);
        if ((!tok_lower_word(c, k) && !owner) || c->tk[k].flow || c->tk[k].inqty)
            break;
    }
    /* "of which about 6.9 million tonnes could be exported", "will be
     * shipped": a modal before the cue's passive is no trade reported. */
    if (cue >= s + 2 && tok_eq(c, cue - 1, "be") && c->tk[cue - 2].cls == W_MODAL &&
        !(c->tk[cue].flow & FB_TARIFF))
        return 1;
    for (size_t k = cue; k > s && cue - k < 12 && !(c->tk[cue].flow & FB_TARIFF);) {
        k--;
        /* Up to twelve words back ("Analysts had expected the euro area's
         * seasonally adjusted trade surplus to shrink"), within the clause:
         * not across "and" ("rose more than expected and imports to China
         * fell") or another cue. */
        /* "goods and services exports": an "and" inside the cue's goods. */
        int inner_and = tok_eq(c, k, "and") && k > s && cue - k <= 3 &&
                        (c->tk[k - 1].cls == W_GENERIC || goods_word(c, k - 1)) &&
                        tok_lower_word(c, k - 1) && c->tk[k - 1].cls != W_FORECAST;
        for (size_t j = k + 1; inner_and && j < cue; j++)
            inner_and = tok_lower_word(c, j) && !c->tk[j].flow &&
                        (c->tk[j].cls == W_GENERIC || c->tk[j].cls == W_NONE);
        if (tok_eq(c, k, ",") || tok_eq(c, k, ";") || (tok_eq(c, k, "and") && !inner_and) ||
            tok_eq(c, k, "but") || tok_eq(c, k, "while") || c->tk[k].cls == W_CLAUSE ||
            (c->tk[k].flow && c->tk[k].flow != c->tk[cue].flow))
            break;
        if (c->tk[k].cls == W_FORECAST && cue + 1 < e &&
            (c->tk[cue + 1].prep == P_TO || (cue + 2 < e && c->tk[cue + 2].prep == P_TO)))
            return 1;
        /* "an MP alleged that India's imports from China had crossed $150
         * billion": the claim another answers. */
        if (c->tk[k].cls == W_FORECAST && c->tk[k].prep == FC_CLAIM && k + 1 < e &&
            tok_eq(c, k + 1, "that")) /* not "the alleged collusion" */
            return 1;
        /* "has set a target of raising exports by 12% to $530 billion",
         * "aims to boost exports by 10%": a forecast's verb before the cue. */
        if (c->tk[k].cls == W_FORECAST && cue - k <= 6)
            for (size_t j = k + 1; j + 1 < cue; j++)
                if ((tok_eq(c, j, "of") && ing_word(c, j + 1)) ||
                    (c->tk[j].prep == P_TO && tok_lower_word(c, j + 1) && !c->tk[j + 1].flow &&
                     c->tk[j + 1].econ < 0 && !tok_eq(c, j + 1, "the")))
                    return 1;
        /* "expect South Korea's exports in March to have risen": past the
         * period named after the cue. */
        int turn = 0; /* "..., but they fell 1.2%": the facts after the forecast */
        for (size_t j = cue + 1; j < e && !turn; j++)
            turn = c->tk[j].cls == W_CLAUSE || tok_eq(c, j, "after");
        if (c->tk[k].cls == W_FORECAST && !turn) {
            size_t j = cue + 1;
            while (j < e && j < cue + 8 && (c->tk[j].inqty || tok_eq(c, j, "in")) && !qat(c, j))
                j++;
            if (j > cue + 1 && j < e && c->tk[j].prep == P_TO)
                return 1;
        }
    }
    /* "Excluding the one-off import of an aircraft, imports would have
     * been about ISK 7 billion lower": a counterfactual, across commas. */
    for (size_t k = cue + 1; k + 1 < e && !qat(c, k); k++)
        if (c->tk[k].cls == W_MODAL && c->tk[k].prep != MOD_PLAN && tok_eq(c, k + 1, "have"))
            return 1;
    /* "are expected to reach", "will need to rise", "could hit"; not "beat
     * expectations, rising 5%" */
    for (size_t k = cue + 1; k < e && !qat(c, k) && c->tk[k].cls != W_UP &&
                             c->tk[k].cls != W_DOWN && !tok_eq(c, k, ",");
         k++)
        if (c->tk[k].cls == W_MODAL ||
            (c->tk[k].cls == W_FORECAST && k + 1 < e && c->tk[k + 1].prep == P_TO))
            return 1;
    return 0;
}

/* Whether a tariff is only a possibility: a modal of possibility before
 * its cue in the clause ("Washington could impose tariffs of as much as
 * 60%"), a conditional one in a relative clause ("a bill that would raise
 * the tariff to 35 percent"), or a condition ("if", "unless"). Plans
 * ("will impose") count. */
static int hypothetical(const fctx *c, size_t s, size_t cue)
{
    for (size_t k = s; k < cue; k++) {
        if (tok_eq(c, k, "if") || tok_eq(c, k, "unless"))
            return 1; /* "If the United States imposed a 25% tariff, ..." */
        if (c->tk[k].cls != W_MODAL || c->tk[k].prep == MOD_PLAN)
            continue;
        if (c->tk[k].prep == MOD_MAYBE)
            return 1;
        if (k > s && (tok_eq(c, k - 1, "that") || tok_eq(c, k - 1, "which")))
            return 1;
    }
    return 0;
}

/* Whether the trade named before token b ends the clause with a balance
 * as its object ("foreign trade recorded a surplus of $3.8 billion",
 * "ended September with a negative balance of CZK 2 billion"): a surplus,
 * deficit or balance followed by "of", before any amount or other cue. */
static int balance_object(const fctx *c, size_t b, size_t e)
{
    for (size_t k = b; k + 1 < e; k++) {
        if (c->tk[k].qi >= 0 || (c->tk[k].flow & (FB_EXPORT | FB_IMPORT | FB_TARIFF)))
            return 0;
        if (((c->tk[k].flow & FB_BALANCE) || c->tk[k].cls == W_TRADEBAL) && tok_eq(c, k + 1, "of"))
            return 1;
    }
    return 0;
}

/* Whether the cue at i names a publication rather than the figure: "trade"
 * before the data it describes ("preliminary trade statistics", "foreign
 * trade exchange report") or after one ("its monthly note on external
 * trade"). */
static int names_publication(const fctx *c, size_t s, size_t i, size_t e)
{
    for (size_t k = i + 1; k < e && k <= i + 2; k++) {
        if (c->tk[k].cls == W_SRCNOUN)
            return 1;
        if (!tok_lower_word(c, k) || c->tk[k].flow || c->tk[k].cls != W_NONE)
            break;
    }
    size_t k = i;
    while (k > s && tok_lower_word(c, k - 1) &&
           (c->tk[k - 1].cls == W_NONE || c->tk[k - 1].cls == W_TRADECTX) && i - k < 2)
        k--; /* "on external trade" */
    return k >= s + 2 && (tok_eq(c, k - 1, "on") || tok_eq(c, k - 1, "of")) &&
           (c->tk[k - 2].cls == W_SRCNOUN || tok_eq(c, k - 2, "note"));
}

/* Chooses the clause's flow and the token of its main cue. */
static int clause_flow(const fctx *c, size_t s, size_t e, size_t *cue, int *weak)
{
    size_t first = (size_t)-1, tariff = (size_t)-1;
    unsigned bits = 0;
    for (size_t i = s; i < e; i++) {
        if (!c->tk[i].flow)
            continue;
        /* A publication's "trade" is not the clause's cue when another
         * follows ("..., the ANSD said in its note on external trade, as
         * sales lifted exports by 31.4%"). */
        if (first == (size_t)-1 && (c->tk[i].flow & ~FB_WEAK) == FB_TOTAL &&
            names_publication(c, s, i, e)) {
            size_t j = i + 1;
            while (j < e && !c->tk[j].flow)
                j++;
            if (j < e)
                continue;
        }
        if (first == (size_t)-1)
            first = i;
        if (c->tk[i].flow == FB_TARIFF && tariff == (size_t)-1)
            tariff = i;
    }
    if (first == (size_t)-1)
        return -1;
    /* A tariff wins when a rate or an amount stands next to it ("a 25%
     * tariff on imports", "tariffs on $200 billion of goods"). */
    if (tariff != (size_t)-1) {
        int near = 0;
        size_t lo = tariff > s + 3 ? tariff - 3 : s, hi = tariff + 5 < e ? tariff + 5 : e;
        for (size_t i = lo; i < hi; i++)
            if (qat(c, i) && (qat(c, i)->kind == AD_QTY_PERCENT || qat(c, i)->kind == AD_QTY_MONEY))
                near = 1;
        if (near || !(c->tk[first].flow & ~FB_TARIFF))
            first = tariff;
    }
    /* The cue group: cue words next to each other or joined by "and"/"or"
     * ("exports and imports", "trade surplus", "import duties"). */
    size_t a = first, b = first + 1;
    while (a > s && (c->tk[a - 1].flow ||
                     (a > s + 1 && (tok_eq(c, a - 1, "and") || tok_eq(c, a - 1, "or")) &&
                      c->tk[a - 2].flow)))
        a -= c->tk[a - 1].flow ? 1 : 2;
    while (b < e && (c->tk[b].flow || (b + 1 < e && (tok_eq(c, b, "and") || tok_eq(c, b, "or")) &&
                                       c->tk[b + 1].flow)))
        b += c->tk[b].flow ? 1 : 2;
    for (size_t i = a; i < b; i++)
        bits |= c->tk[i].flow;
    *cue = first;
    /* Weak when every cue word of the group is weak. */
    *weak = 1;
    for (size_t i = a; i < b; i++)
        if (c->tk[i].flow && !(c->tk[i].flow & FB_WEAK))
            *weak = 0;
    if (bits & FB_TARIFF)
        return AD_FLOW_TARIFF;
    if ((bits & FB_BALANCE) || ((bits & ~FB_WEAK) == FB_TOTAL && balance_object(c, b, e)))
        return AD_FLOW_BALANCE;
    if ((bits & FB_TOTAL) || (bits & (FB_EXPORT | FB_IMPORT)) == (FB_EXPORT | FB_IMPORT))
        return AD_FLOW_TOTAL;
    return bits & FB_EXPORT ? AD_FLOW_EXPORT : AD_FLOW_IMPORT;
}

static void set_money(fctx *c, ad_money *m, const ad_quantity *q, size_t base)
{
    m->present = 1;
    m->amount = q->value;
    memcpy(m->currency, q->currency, sizeof(m->currency));
    m->text = dup_span(c, base + q->num_start, base + q->end);
    m->qualifier = q->qualifier;
    m->has_high = (q->flags & AD_QTYF_RANGE) && q->high != q->value;
    m->high = q->high;
}

/* A change's amount ("up $120 million", "2.1 million tonnes more"): the
 * quantity q of the sentence at base. */
static void set_change_by(fctx *c, ad_change_by *b, const ad_quantity *q, size_t base)
{
    b->present = 1;
    b->amount = q->value;
    memcpy(b->currency, q->currency, sizeof(b->currency));
    b->unit = q->unit;
    b->text = dup_span(c, base + q->num_start, base + q->end);
}

/* Whether the percent ending at token z stands set off after a value, in
 * brackets, after a comma or after "is"/"was" ("(8.9 percent less
 * year-on-year)", "which is 4.7 percent less"), not as another verb's
 * object ("with oil costing 25% more", "hope to sell 10% more"). */
static int pct_set_off(const fctx *c, size_t s, size_t z)
{
    size_t k = z;
    while (k > s && (c->tk[k - 1].inqty || c->tk[k - 1].qi >= 0 || tok_eq(c, k - 1, "per")))
        k--;
    return k > s &&
           (tok_eq(c, k - 1, "(") || tok_eq(c, k - 1, ",") || tok_eq(c, k - 1, "is") ||
            tok_eq(c, k - 1, "was") || tok_eq(c, k - 1, "were") || tok_eq(c, k - 1, "are"));
}

/* The direction a comparative opening t[0..n) gives, followed by "than"
 * ("more than": +1, "lower than": -1), or 0. */
static int comparative_at(const char *t, size_t n)
{
    static const struct {
        const char *w;
        int sign;
    } comps[] = {{"more than", 1},     {"higher than", 1},   {"larger than", 1},
                 {"bigger than", 1},   {"greater than", 1},  {"wider than", 1},
                 {"less than", -1},    {"lower than", -1},   {"fewer than", -1},
                 {"smaller than", -1}, {"narrower than", -1}};
    for (size_t r = 0; r < sizeof(comps) / sizeof(comps[0]); r++) {
        size_t l = strlen(comps[r].w);
        if (n >= l && !ad_text_ncasecmp(t, comps[r].w, l))
            return comps[r].sign;
    }
    return 0;
}

static void set_volume(fctx *c, ad_volume *v, const ad_quantity *q, size_t base)
{
    v->present = 1;
    v->amount = q->value;
    v->unit = q->unit;
    v->text = dup_span(c, base + q->num_start, base + q->end);
    v->qualifier = q->qualifier;
    v->has_high = (q->flags & AD_QTYF_RANGE) && q->high != q->value;
    v->high = q->high;
}

/* Whether token i may name goods before a cue: a lower-case word, the
 * capitalized first word of the sentence ("Coffee exports"), or an acronym
 * ("LNG imports"), but no economy, place, organization or person's name. */
static int goods_word(const fctx *c, size_t i)
{
    /* The pronoun names no goods ("last year it shipped"); "IT" does. */
    size_t n;
    const char *w = ad_tok_text(&c->toks, i, &n);
    if (n == 2 && (w[0] == 'i' || w[0] == 'I') && w[1] == 't')
        return 0;
    if (tok_lower_word(c, i))
        return 1;
    unsigned fl = c->toks.tok[i].flags;
    if (!tok_word(c, i) || c->tk[i].econ >= 0 || !(fl & (AD_TOKF_SENT_START | AD_TOKF_ALLCAPS)))
        return 0;
    uint32_t g = ad_gaz_lookup(w, n, NULL);
    if ((g & AD_GAZ_NONENT) && !(fl & AD_TOKF_ALLCAPS))
        return 0; /* "Monday exports", but "LNG imports" */
    return goods_name(c, i);
}

/* Whether capitalized token i is no name of a place, an economy, an
 * organization (the entities stage's or the gazetteer's) or a person. */
static int goods_name(const fctx *c, size_t i)
{
    size_t n;
    const char *w = ad_tok_text(&c->toks, i, &n);
    if (c->tk[i].econ >= 0)
        return 0;
    for (size_t x = 0; x < c->n_og; x++)
        if (c->og[x].ts <= i && c->og[x].te > i)
            return 0;
    return !(ad_gaz_lookup(w, n, NULL) &
             (AD_GAZ_COUNTRY | AD_GAZ_PLACE | AD_GAZ_ORG | AD_GAZ_DEMONYM | AD_GAZ_GIVEN));
}

/* Whether token i is a superlative or a rank ("largest", "second-biggest",
 * "top", "leading"). */
static int superlative(const fctx *c, size_t i, size_t e)
{
    size_t n;
    const char *w = i < e && tok_lower_word(c, i) ? ad_tok_text(&c->toks, i, &n) : NULL;
    if (!w)
        return 0;
    return (n > 4 && !memcmp(w + n - 3, "est", 3)) || tok_eq(c, i, "top") ||
           tok_eq(c, i, "leading");
}

/* Whether "-bound" follows an economy that ends at token te ("U.S.-bound
 * shipments"), as one token or as "-" and "bound". */
static int bound_after(const fctx *c, size_t te, size_t e)
{
    size_t n;
    const char *w = te < e ? ad_tok_text(&c->toks, te, &n) : NULL;
    if (w && n == 6 && !ad_text_ncasecmp(w, "-bound", 6))
        return 1;
    return te + 1 < e && tok_eq(c, te, "-") && tok_eq(c, te + 1, "bound");
}

/* Reporter and partner from the economies of the clause. */
static void economies(fctx *c, frame *fr, size_t s, size_t e, size_t cue, size_t src_s,
                      size_t src_e)
{
    ad_figure *f = &fr->f;
    int rep_strength = 0, par_strength = 0, between = 0;
    const char *opener = NULL; /* "In Peru, ..." */
    struct {
        const char *name;
        int strength;
    } pars[8];
    size_t np = 0;
    /* A column's or a briefing's label before a colon ("Asia Open: Vietnam
     * posted ...", "Gulf Business Daily: The UAE's ...") names no economy
     * of the figure when the words after it name one; alone it does
     * ("China: October exports rose ..."). */
    size_t label = s;
    for (size_t k = s; k < e && k < s + 5; k++) {
        if (tok_eq(c, k, ":")) {
            size_t j = k + 1;
            while (j < e && (c->tk[j].econ < 0 || (j >= src_s && j < src_e)))
                j++;
            label = k > s && j < e ? k : s;
            break;
        }
        if (!tok_cap_word(c, k))
            break;
    }
    for (size_t i = label; i < e; i++) {
        if (c->tk[i].econ < 0 || (i >= src_s && i < src_e))
            continue;
        const econ *x = &c->ec[c->tk[i].econ];
        size_t te = x->te;
        size_t p = prev_word(c, s, i);
        /* "to mainland China": the word that sets the mainland apart from
         * the islands takes no preposition of its own. */
        if (p != (size_t)-1 && p > s && tok_eq(c, p, "mainland"))
            p = prev_word(c, s, p);
        /* "from the semi-autonomous Kurdistan region": a division named
         * with what it is takes the preposition before its description. */
        for (int k = 0; x->sub == 2 && k < 3 && p != (size_t)-1 && p > s && tok_lower_word(c, p) &&
                        c->tk[p].prep == P_NONE && c->tk[p].cls == W_NONE && !c->tk[p].flow;
             k++)
            p = prev_word(c, s, p);
        /* "Exports rose 6.1% to $31.4 billion as soybean shipments to China
         * climbed": an economy in the cause after the figure's numbers is
         * the cause's. */
        if (i > cue && cue >= s) {
            int qty = 0, cause = 0;
            for (size_t j = cue + 1; j < i && !cause; j++) {
                qty |= c->tk[j].qi >= 0;
                cause = qty && (tok_eq(c, j, "as") || tok_eq(c, j, "amid") ||
                                tok_eq(c, j, "because") || tok_eq(c, j, "after"));
            }
            if (cause) {
                i = te - 1;
                continue;
            }
        }
        /* "..., with the United States taking about 44% of the total": an
         * economy given its share of the figure is no partner of the whole. */
        {
            int tr;
            size_t at = te < e ? part_verb(c, te, e, &tr) : 0;
            const ad_quantity *sq = at && at < e ? qty_from(c, at, e) : NULL;
            size_t w = p != (size_t)-1 && tok_eq(c, p, "the") && p > s ? p - 1 : p;
            if (sq && sq->kind == AD_QTY_PERCENT && w != (size_t)-1 && tok_eq(c, w, "with")) {
                size_t z = past_qty(c, at, e);
                if (z < e && tok_eq(c, z, "of")) {
                    i = te - 1;
                    continue;
                }
            }
        }
        /* "exports to countries other than the United States", "imports
         * excluding China": an economy the trade leaves out is no partner. */
        if (p != (size_t)-1 && ((tok_eq(c, p, "than") && p > s && tok_eq(c, p - 1, "other")) ||
                                tok_eq(c, p, "excluding") || tok_eq(c, p, "except"))) {
            i = te - 1;
            continue;
        }
        /* "exports to other European Union member states": the
         * preposition before "other" or "fellow". */
        if (p != (size_t)-1 && p > s && (tok_eq(c, p, "other") || tok_eq(c, p, "fellow"))) {
            size_t q = prev_word(c, s, p);
            if (q != (size_t)-1 &&
                (c->tk[q].prep == P_TO || c->tk[q].prep == P_FROM || c->tk[q].prep == P_WITH))
                p = q;
        }
        uint8_t pp = p != (size_t)-1 ? c->tk[p].prep : P_NONE;
        /* "exports to the 10 members of ASEAN", "imports from countries of
         * the EU": the bloc takes the preposition before its members. */
        /* So does "the rest of the EU" (the reporter a member of it). */
        int rest = pp == P_OF && p > s && tok_eq(c, p - 1, "rest");
        if (pp == P_OF && p > s &&
            (c->tk[p - 1].cls == W_MEMBERS || c->tk[p - 1].cls == W_PAIR || rest)) {
            size_t q = prev_word(c, s, p - 1);
            if (q != (size_t)-1 && (c->toks.tok[q].flags & AD_TOKF_NUMBER))
                q = prev_word(c, s, q);
            if (rest && q != (size_t)-1 && tok_eq(c, q, "the"))
                q = prev_word(c, s, q);
            uint8_t qp = q != (size_t)-1 ? c->tk[q].prep : P_NONE;
            if (qp == P_TO || qp == P_FROM || qp == P_WITH)
                p = q, pp = qp;
        }
        int rep = 0, par = 0; /* strengths */
        if (x->name2) {
            if (rep_strength < 3 && par_strength < 3) {
                f->reporter = x->name, rep_strength = 3;
                f->partner = x->name2, par_strength = 3;
            }
            continue;
        }
        if (te < e && (c->toks.tok[te].flags & AD_TOKF_POSSESSIVE) && x->region &&
            superlative(c, te + 1, e))
            continue; /* "Asia's largest economy" is a country, unnamed */
        int owns = te < e && (c->toks.tok[te].flags & AD_TOKF_POSSESSIVE);
        /* A bare apostrophe after a final s owns too, when what it owns is
         * the trade or its goods ("Illinois' exports", "Texas' beef
         * shipments"; not a closing quote: "'a big win for Texas' and
         * said"). */
        if (!owns && te > 0 && te + 1 < e && apostrophe(c, te, 1) && ends_in_s(c, te - 1) &&
            !(c->toks.tok[te].flags & AD_TOKF_SPACE_BEFORE) &&
            (c->toks.tok[te + 1].flags & AD_TOKF_SPACE_BEFORE) && tok_word(c, te + 1) &&
            (c->tk[te + 1].flow || names_goods(c, te + 1) || (te + 2 < e && c->tk[te + 2].flow)))
            owns = 1;
        /* A city or a division reports only as an owner ("Gujarat's
         * exports"), named with what it is after "from" or "of" ("exports of
         * Central Sulawesi Province"), or as the subject of the cue's verb
         * ("Texas exported"); where goods go to or come from, a division's
         * country is the partner ("exports to Gujarat": India; a city has
         * none). Not as a port, a label of goods or a place of business
         * ("Porto wine", "exports of Texas crude", "Atlanta-based"). */
        if (x->sub) {
            if (owns && pp != P_TO && pp != P_FROM && pp != P_INTO)
                rep = 3;
            else if (x->sub == 2 && (pp == P_OF || (pp == P_FROM && f->flow != AD_FLOW_IMPORT)))
                rep = 3;
            else if (((pp == P_TO || pp == P_INTO) && f->flow != AD_FLOW_IMPORT) ||
                     (pp == P_FROM && f->flow == AD_FLOW_IMPORT) || pp == P_WITH)
                par = x->country ? 3 : 0; /* not "shipped from Shanghai" */
            else if (i < cue && te < e && c->tk[te].flow &&
                     (p == (size_t)-1 || !tok_word(c, p) || c->tk[p].cls == W_CLAUSE))
                rep = 1;
        }
        /* "to Turkey's Ceyhan port": an owner inside a preposition's
         * phrase takes the preposition's role; not the owner of the data
         * ("from Japan's August trade data"). */
        else if (owns && ((pp != P_TO && pp != P_FROM && pp != P_INTO) ||
                          (pp == P_FROM && owns_data(c, te + 1, e))))
            rep = 3;
        else if (between && p != (size_t)-1 && tok_eq(c, p, "and"))
            par = 3, between = 0;
        /* "U.S.-bound shipments", "China-bound cargoes": where the goods
         * go, the partner of an export. */
        else if (bound_after(c, te, e) && f->flow != AD_FLOW_IMPORT)
            par = 3;
        else if (pp == P_TO)
            (f->flow == AD_FLOW_IMPORT ? (rep = 2) : (par = 3));
        /* "on stronger demand from Russia": another measure's origin, no
         * economy of the trade's. */
        else if (pp == P_FROM && p > s && label_is(c, p - 1, "demand"))
            continue;
        else if (pp == P_FROM)
            (f->flow == AD_FLOW_EXPORT ? (rep = 3) : (par = 3));
        /* "followed by India with JD512 million": a peer in a list, no
         * agent. */
        else if (pp == P_BY && p > s && tok_eq(c, p - 1, "followed"))
            continue;
        else if (pp == P_INTO || pp == P_BY)
            rep = 3;
        else if (pp == P_WITH || pp == P_ON || pp == P_AGAINST)
            par = 3;
        else if (pp == P_BETWEEN)
            rep = 3, between = 1;
        /* "In Peru, copper exports were $2.31 billion": a country that
         * opens the clause, set off by a comma, is the trade's own when
         * nothing else names it ("In Germany, Chinese exports of ..." are
         * China's). */
        else if (pp == P_OTHER && p == s && tok_eq(c, p, "in") && te < e && tok_eq(c, te, ",") &&
                 i < cue) {
            if (!x->region && !x->sub)
                opener = x->name;
            continue;
        } else if (pp == P_OTHER && pp != P_OF)
            continue; /* "in China", "at the border": no role */
        else if (f->flow == AD_FLOW_TARIFF && p == cue && te < e && tok_lower_word(c, te) &&
                 !x->attrib)
            rep = 3; /* "the 50% tariff Washington imposed on Indian goods" */
        else {
            /* An attribute: "Chinese exports" names the reporter, "Chinese
             * goods" the origin of the goods. */
            size_t k = te;
            while (k < e && k < te + 4 && (tok_lower_word(c, k) || names_goods(c, k)) &&
                   !c->tk[k].flow &&
                   (c->tk[k].cls == W_NONE || c->tk[k].cls == W_MODSTOP ||
                    c->tk[k].cls == W_TRADECTX || c->tk[k].cls == W_FLOWMOD ||
                    c->tk[k].cls == W_GENERIC))
                k++;
            int before_cue = k < e && c->tk[k].flow;
            /* "Chinese exports", "The U.S. goods and services trade deficit",
             * "China steel exports": the economy modifies the figure's noun. */
            int modifies = before_cue && (x->attrib || c->tk[te].flow || k > te);
            /* "Russian LNG": goods written in capitals count too. */
            int lower_next = te < e && (tok_lower_word(c, te) || names_goods(c, te));
            if (modifies && f->flow == AD_FLOW_TARIFF && !(c->tk[k].flow & FB_TARIFF))
                par = 2; /* "tariffs on U.S. imports": the goods' origin */
            else if (modifies)
                rep = 2;
            else if (lower_next &&
                     (c->tk[te].cls == W_GENERIC ||
                      (c->tk[te].cls == W_NONE && (x->attrib || pp == P_OF || pp == P_ON))))
                (f->flow == AD_FLOW_EXPORT ? (rep = 1) : (par = 2)); /* origin of goods */
            else if (x->attrib)
                continue; /* part of a name ("Chinese Academy of Sciences") */
            else if (pp == P_OF)
                rep = 1;
            else if (i < cue && (p == (size_t)-1 || !tok_word(c, p) || c->tk[p].inqty ||
                                 c->tk[p].cls == W_CLAUSE || tok_eq(c, p, "and")))
                rep = 1; /* the subject: "China exported", "In May, Germany posted a surplus" */
        }
        const char *as_partner = x->sub ? x->country : x->name;
        if (rep > rep_strength) {
            f->reporter = x->name;
            rep_strength = rep;
        } else if (par > par_strength) {
            f->partner = as_partner;
            par_strength = par;
        }
        /* Every partner candidate, for when the best is the reporter. */
        if (par && np < sizeof(pars) / sizeof(pars[0])) {
            pars[np].name = as_partner;
            pars[np++].strength = par;
        }
        i = te - 1;
    }
    if (!f->reporter && opener && !same_str(opener, f->partner))
        f->reporter = opener;
    /* "exports to the US slid under Washington's 30% tariff on South
     * African goods": the partner is not the reporter, but the next best. */
    if (f->reporter && f->partner && strcmp(f->reporter, f->partner) == 0) {
        f->partner = NULL;
        int best = 0;
        for (size_t k = 0; k < np; k++)
            if (strcmp(pars[k].name, f->reporter) && pars[k].strength > best)
                f->partner = pars[k].name, best = pars[k].strength;
    }
}

/* Whether token i is one to three capital letters ("E" of "E&E"). */
static int upper_letters(const fctx *c, size_t i)
{
    size_t n;
    const char *w = ad_tok_text(&c->toks, i, &n);
    if (n < 1 || n > 3)
        return 0;
    for (size_t k = 0; k < n; k++)
        if (w[k] < 'A' || w[k] > 'Z')
            return 0;
    return 1;
}

/* The commodity of the clause. */
static void commodity(fctx *c, frame *fr, size_t s, size_t e, size_t cue)
{
    size_t a, b;
    /* After the cue group: "exports of soybeans", "tariffs on steel",
     * "tariffs on $200 billion of Chinese goods". */
    size_t g = cue;
    while (g + 1 < e && c->tk[g + 1].flow)
        g++;
    size_t j = g + 1;
    int prep = 0;
    /* "tariffs of up to 15% on US coal", "tariffs on $200 billion worth of goods" */
    for (int round = 0; round < 5 && j < e; round++) {
        if (c->tk[j].prep == P_OF || (c->tk[j].prep == P_ON && fr->f.flow == AD_FLOW_TARIFF))
            j++, prep = 1;
        else if (prep && c->tk[j].flow && j + 1 < e && c->tk[j + 1].prep == P_OF)
            j += 2; /* "duties on imports of Chinese biodiesel" */
        else if (prep && tok_eq(c, j, "imported") && j + 1 < e && tok_lower_word(c, j + 1))
            j++; /* "a tariff on imported steel" */
        else if (fr->f.flow == AD_FLOW_TARIFF && c->tk[j].prep == P_TO && j + 1 < e &&
                 c->tk[j + 1].inqty) {
            /* "raise tariffs to as much as 50% on imports of cars" */
            j = past_qty(c, j + 1, e);
        } else if (c->tk[j].inqty && prep) {
            j = past_qty(c, j, e);
            /* "of 40.2 million 60-kg bags of coffee": the unit, then "of";
             * with no "of" after the amount, no goods are named ("shipments
             * of 40.2 million bags fetched higher prices"). */
            if (j + 1 < e && tok_lower_word(c, j) && !c->tk[j].flow && c->tk[j + 1].prep == P_OF)
                j++;
            if (j < e && tok_eq(c, j, "worth"))
                j++;
            if (j >= e || (c->tk[j].prep != P_OF &&
                           !(c->tk[j].prep == P_ON && fr->f.flow == AD_FLOW_TARIFF))) {
                prep = 0;
                break;
            }
        } else if (c->tk[j].inqty && !round && !(qat(c, j) && qat(c, j)->kind == AD_QTY_PERCENT)) {
            /* An amount as the object of the cue: "exported $4.2 billion
             * worth of rice", "exported 1.2 million tonnes of steel worth
             * $800 million" (not a share: "imports 90% of its energy"). */
            size_t q = j;
            j = past_qty(c, j, e);
            /* The quantity reader leaves units out ("tonnes", "barrels"). */
            if (j + 1 < e && tok_lower_word(c, j) && !c->tk[j].flow && c->tk[j + 1].prep == P_OF)
                j++;
            if (j < e && tok_eq(c, j, "worth"))
                j++;
            if (j >= e || c->tk[j].prep != P_OF) {
                j = q;
                break;
            }
        } else
            break;
    }
    if (prep && j < e && !c->tk[j].inqty) {
        /* The origin, handled with the economies, also after one word of
         * its own ("mainland Chinese goods"). */
        if (j + 1 < e && tok_lower_word(c, j) && c->tk[j].cls == W_NONE && c->tk[j + 1].econ >= 0 &&
            c->ec[c->tk[j + 1].econ].attrib)
            j++;
        if (j < e && c->tk[j].econ >= 0)
            j = c->ec[c->tk[j].econ].te;
        /* "exports of national origin" say where goods come from, not
         * what they are: the goods may stand before the cue. */
        if (noun_phrase(c, j, e, &a, &b) && !tok_eq(c, b - 1, "origin")) {
            fr->f.commodity = commodity_text(c, a, b);
            return;
        }
    }
    /* "the import bill for fuel": the goods the bill pays for. */
    if (!prep && j == g + 1 && j + 2 < e && tok_eq(c, j, "bill") && tok_eq(c, j + 1, "for") &&
        noun_phrase(c, j + 2, e, &a, &b) && a == j + 2) {
        fr->f.commodity = commodity_text(c, a, b);
        return;
    }
    /* "exported fruit and vegetables worth $612 million": the goods as the
     * verb's object, before "worth" and its amount. */
    if (!prep && j == g + 1 && ed_word(c, g) && noun_phrase(c, j, e, &a, &b) && a == j &&
        b + 1 < e && tok_eq(c, b, "worth") && c->tk[b + 1].inqty) {
        fr->f.commodity = commodity_text(c, a, b);
        return;
    }
    /* "exports from Tanzania's gold sector", "from Colombia's coal mines":
     * the goods of the producers the flow comes from. */
    if (!prep && j + 1 < e && c->tk[j].prep == P_FROM && c->tk[j + 1].econ >= 0) {
        size_t q = c->ec[c->tk[j + 1].econ].te;
        if (q < e && (c->toks.tok[q].flags & AD_TOKF_POSSESSIVE))
            q++;
        if (noun_phrase(c, q, e, &a, &b) && b < e && c->tk[b].cls == W_SECTOR) {
            fr->f.commodity = commodity_text(c, a, b);
            return;
        }
    }
    /* Before it: "soybean imports", "crude oil imports", "steel tariffs",
     * "soybeans imported from the US"; not the subject of a verb, which a
     * determiner opens ("the country exported": a modstop word of
     * data/trade_words.tsv). */
    size_t k = cue;
    while (k > s && c->tk[k - 1].flow)
        k--;
    /* "non-oil domestic exports" (Singapore's NODX), "non-oil foreign
     * trade": a kind made by "non-" before a modifier of the flow. */
    if (k > s + 1 && (tok_eq(c, k - 1, "domestic") || c->tk[k - 1].cls == W_TRADECTX) &&
        tok_lower_word(c, k - 2) && c->tk[k - 2].cls == W_NONE) {
        size_t n;
        const char *w = ad_tok_text(&c->toks, k - 2, &n);
        if (n > 4 && !memcmp(w, "non-", 4)) {
            fr->f.commodity = goods_text(c, k - 2, k - 1);
            return;
        }
    }
    /* "liquefied natural gas (LNG) exports": the goods before their
     * acronym in brackets. */
    if (k >= s + 4 && tok_eq(c, k - 1, ")") && tok_eq(c, k - 3, "(") &&
        (c->toks.tok[k - 2].flags & AD_TOKF_ALLCAPS) && c->tk[k - 2].econ < 0)
        k -= 3;
    /* "the automotive sector's exports", "the garment industry's
     * exports": the goods the producers make. */
    if (k > s + 2 && (c->toks.tok[k - 1].flags & AD_TOKF_POSSESSIVE) &&
        c->tk[k - 2].cls == W_SECTOR)
        k -= 2;
    /* "Building materials led exports at $4.1 billion": the goods before
     * the verb of leading. */
    if (k > s + 1 && (tok_eq(c, k - 1, "led") || tok_eq(c, k - 1, "topped") ||
                      tok_eq(c, k - 1, "headed") || tok_eq(c, k - 1, "dominated")))
        k--;
    size_t st = k;
    /* "E&E exports", "F&B imports": capitals joined by "&". */
    if (k >= s + 3 && tok_eq(c, k - 2, "&") && upper_letters(c, k - 1) && upper_letters(c, k - 3) &&
        c->tk[k - 1].econ < 0 && c->tk[k - 3].econ < 0) {
        fr->f.commodity = dup_span(c, c->toks.tok[k - 3].start, c->toks.tok[k - 1].end);
        return;
    }
    int joined = 0; /* an "and" or "or" taken: a list may go on before a comma */
    while (st > s && k - st < (size_t)(4 + 3 * joined) && !c->tk[st - 1].inqty) {
        if (goods_word(c, st - 1) && c->tk[st - 1].cls == W_NONE)
            st--;
        /* "Milk powder, butter and cheese exports": the list's earlier
         * items before their commas. */
        else if (joined && st - 1 > s && st < k && tok_eq(c, st - 1, ",") &&
                 goods_word(c, st - 2) && c->tk[st - 2].cls == W_NONE && !c->tk[st - 2].inqty)
            st -= 2;
        else if (st - 1 > s && c->tk[st - 1].cls == W_GENERIC && tok_lower_word(c, st - 1) &&
                 goods_word(c, st - 2) && c->tk[st - 2].cls == W_NONE)
            st -= 2; /* "marine product exports", "oil product exports" */
        else if (st - 1 > s && st < k && (tok_eq(c, st - 1, "and") || tok_eq(c, st - 1, "or")) &&
                 (tok_lower_word(c, st - 2) ||
                  ((c->toks.tok[st - 2].flags & AD_TOKF_SENT_START) && goods_word(c, st - 2))) &&
                 c->tk[st - 2].cls == W_NONE)
            st -= 2, joined = 1; /* "phosphate and derivatives exports", "Oil and gas exports" */
        else
            break;
    }
    if (st < k && ed_word(c, cue) && st > s && c->tk[st - 1].cls == W_MODSTOP)
        return;
    /* "goods and services trade": all of it, no kind. */
    if (st + 1 == k && st >= s + 2 && (tok_eq(c, st - 1, "and") || tok_eq(c, st - 1, "&")) &&
        c->tk[st - 2].cls == W_GENERIC)
        return;
    if (st < k)
        fr->f.commodity = goods_text(c, st, k);
}

/* Whether the clause opens on a word of harm and "by" ("hurt by", "weighed
 * down by": data/trade_words.tsv, class hurt). */
static int hurt_by(const fctx *c, size_t a, size_t b)
{
    while (a < b && (c->tk[a].cls == W_CLAUSE || tok_eq(c, a, ",")))
        a++;
    if (a + 1 >= b || c->tk[a].cls != W_HURT)
        return 0;
    /* A duty on inputs ("a 20% import duty on components") is no
     * destination's. */
    for (size_t k = a; k < b; k++)
        if (tok_eq(c, k, "on") || (c->tk[k].flow & FB_IMPORT))
            return 0;
    if (tok_eq(c, a + 1, "down") && a + 2 < b)
        a++;
    return c->tk[a + 1].prep == P_BY;
}

/* "British car exports to the United States will face a 10% tariff": the
 * tariff is the destination's on the exporter's goods, so the economies of
 * the export phrase swap sides and its goods are the tariff's. */
static void exports_facing(fctx *c, frame *fr, size_t s, size_t cue)
{
    size_t x = s, v = cue;
    while (x < cue && !(c->tk[x].flow & FB_EXPORT))
        x++;
    while (v > s && c->tk[v - 1].cls != W_FACE)
        v--;
    if (v == s)
        return;
    ad_figure *f = &fr->f;
    if (x >= v) {
        /* "Japanese cars will face a 15% tariff": goods of an origin. */
        size_t a, b;
        for (size_t k = s; k < v && !f->commodity; k++)
            if (c->tk[k].econ >= 0 && c->ec[c->tk[k].econ].attrib &&
                noun_phrase(c, c->ec[c->tk[k].econ].te, v, &a, &b) &&
                a == c->ec[c->tk[k].econ].te && (b == v - 1 || c->tk[b].cls == W_MODAL))
                f->commodity = commodity_text(c, a, b);
        return;
    }
    const char *r = f->reporter;
    /* "British car exports": the exporter a few words before the cue. */
    for (size_t k = x; !r && k > s && x - k < 4; k--)
        if (c->tk[k - 1].econ >= 0)
            r = c->ec[c->tk[k - 1].econ].name;
    f->reporter = f->partner;
    f->partner = r;
    if (!f->commodity) {
        frame tmp = *fr;
        tmp.f.commodity = NULL;
        tmp.f.flow = AD_FLOW_EXPORT;
        commodity(c, &tmp, s, v, x);
        f->commodity = tmp.f.commodity;
    }
}

/* "up" and "down" give a direction only before a number that is no share
 * ("up 8.1 percent"; not "made up 55% of", "down the line"). */
static int bare_dir_ok(const fctx *c, size_t i, size_t e)
{
    /* A participle set off by a comma before "by" and no number is a
     * passive that names a cause ("reserves, boosted by oil export
     * receipts, rose"), not a change ("increased by 5%", "surged by over a
     * quarter"). */
    if (ed_word(c, i) && i > 0 && tok_eq(c, i - 1, ",") && i + 1 < e && c->tk[i + 1].prep == P_BY) {
        int number = 0;
        for (size_t k = i + 2; k < e && k <= i + 4 && !number; k++)
            number = c->tk[k].qi >= 0 || c->tk[k].inqty;
        if (!number)
            return 0;
    }
    if (!tok_eq(c, i, "up") && !tok_eq(c, i, "down"))
        return 1;
    /* "a 15% tariff, down from 27.5%", "up from a revised R14.3 billion" */
    if (i + 2 < e && c->tk[i + 1].prep == P_FROM) {
        size_t k = i + 2;
        while (k < e && k < i + 5 && c->tk[k].qi < 0 && tok_lower_word(c, k))
            k++;
        if (k < e && c->tk[k].qi >= 0)
            return 1;
    }
    /* "exports edged down to US$1.44 billion": after a verb of motion
     * that names no trade, "down to" and "up to" are where it moved (not
     * "as much as": "exported up to 5 million tonnes"). */
    if (i > 0 && i + 2 < e && c->tk[i + 1].prep == P_TO && c->tk[i + 2].qi >= 0 &&
        !c->tk[i - 1].flow && tok_lower_word(c, i - 1) &&
        (ed_word(c, i - 1) || label_is(c, i - 1, "motion")))
        return 1; /* also "went down to", "were up to" */
    /* "went up by 19.5 per cent", "were down by 3%": the size after "by"
     * (not "backed up by", "propped up by"). */
    if (i > 0 && i + 2 < e && c->tk[i + 1].prep == P_BY && c->tk[i + 2].qi >= 0 &&
        label_is(c, i - 1, "motion"))
        return 1;
    /* "up 1.3 times year on year", "down 2-fold" */
    if (i + 1 < e && (c->tk[i + 1].mult || ((c->toks.tok[i + 1].flags & AD_TOKF_NUMBER) &&
                                            i + 2 < e && tok_eq(c, i + 2, "times"))))
        return 1;
    if (i + 1 >= e || c->tk[i + 1].qi < 0)
        return 0;
    size_t z = past_qty(c, i + 1, e);
    return !(z < e && c->tk[z].prep == P_OF); /* "made up 55% of" */
}

/* Splits a range written "X to Y" (q, in the sentence at base) into its two
 * amounts; 0 when q is no such range. */
static int split_range(const fctx *c, const ad_quantity *q, size_t base, ad_quantity half[2])
{
    if (!(q->flags & AD_QTYF_RANGE))
        return 0;
    const char *t = c->ptext + base;
    for (size_t k = q->num_start; k + 4 <= q->end; k++) {
        if (memcmp(t + k, " to ", 4))
            continue;
        half[0] = half[1] = *q;
        half[0].high = q->value;
        half[0].end = k;
        half[1].value = q->high;
        half[1].start = half[1].num_start = k + 4;
        half[0].flags = half[1].flags = q->flags & ~(unsigned)AD_QTYF_RANGE;
        return 1;
    }
    return 0;
}

/* Whether a forecast word stands within four tokens from i ("4% more than
 * analysts had expected": a miss, not a change). */
static int forecast_near(const fctx *c, size_t i, size_t e)
{
    for (size_t k = i; k < e && k < i + 4; k++)
        if (c->tk[k].cls == W_FORECAST)
            return 1;
    return 0;
}

/* Whether direction word i is denied ("did not fall", "never rose",
 * "didn't decline") when the change is stated after it ("..., rising
 * instead by 4.1%"). */
static int negated(const fctx *c, size_t s, size_t i, size_t e)
{
    if (i <= s || !negation(c, i - 1))
        return 0;
    /* Only when another direction follows: "didn't rise as fast as
     * forecast, at 2.1%" still rose. */
    for (size_t k = i + 1; k < e; k++)
        if (c->tk[k].cls == W_UP || c->tk[k].cls == W_DOWN)
            return 1;
    return 0;
}

/* Whether swing verb i goes on to a balance ("swung to a surplus", "swung
 * back into deficit", "swung to a small trade deficit"); which side it is
 * is balance_side()'s. */
static int swings_to_balance(const fctx *c, size_t i, size_t e)
{
    size_t k = i + 1;
    if (k < e && tok_eq(c, k, "back"))
        k++;
    if (!(k < e && (tok_eq(c, k, "to") || tok_eq(c, k, "into"))))
        return 0;
    for (k++; k < e && k < i + 7 && c->tk[k].qi < 0; k++)
        if (c->tk[k].flow & FB_BALANCE)
            return 1;
    return 0;
}

/* The change, the rate and the value of the clause; prev is the clause
 * before it in the sentence, or NULL. */
static int signed_after_cue(const fctx *c, size_t cue, size_t i);

/* Whether token t is "as", "because" or "since": a cause's own subject
 * follows. */
static int because_word(const fctx *c, size_t t)
{
    return tok_eq(c, t, "as") || tok_eq(c, t, "because") || tok_eq(c, t, "since");
}

/* Whether "as", "because" or "since" stands between a number at token q
 * and the cue after it: the number is the first subject's ("Japan's
 * current account surplus hit a record 31.2 trillion yen, as income ...
 * offset a deficit in goods trade"). */
static int cause_between(const fctx *c, size_t q, size_t cue)
{
    for (size_t t = q + 1; t < cue; t++)
        if (because_word(c, t) && tok_eq(c, t - 1, ","))
            return 1;
    return 0;
}

/* Whether the number at token q belongs to a thing the clause names after
 * its cue that earns no trade figure ("the rise in imports was manageable
 * as remittances had reached $24.1 billion"): a subordinating word, then a
 * notgoods label of data/trade_labels.tsv, between the cue and q. */
static int others_number(const fctx *c, size_t cue, size_t q)
{
    for (size_t t = cue + 1; t + 1 < q; t++) {
        if (!(because_word(c, t) || tok_eq(c, t, "while") || tok_eq(c, t, "whereas")))
            continue;
        size_t w = t + 1;
        if (w + 1 < q && (tok_eq(c, w, "the") || tok_eq(c, w, "its") || tok_eq(c, w, "their")))
            w++;
        if (label_is(c, w, "notgoods"))
            return 1;
    }
    return 0;
}

/* Whether the base after "than" at k is another flow than the figure's:
 * "12% higher than imports" compares two flows, no change of either;
 * "25.9 percent smaller than the deficit recorded a year earlier" is the
 * balance's own. */
static int other_flow_base(const fctx *c, const frame *fr, size_t k, size_t e)
{
    if (k < e && (tok_eq(c, k, "the") || tok_eq(c, k, "a") || tok_eq(c, k, "its")))
        k++;
    if (k >= e || c->tk[k].cls != W_CUE)
        return 0;
    size_t a, b;
    const char *x = ad_tok_text(&c->toks, k, &a), *y = ad_tok_text(&c->toks, fr->cue, &b);
    if (fr->f.flow == AD_FLOW_BALANCE)
        return !((a >= 7 &&
                  (!ad_text_ncasecmp(x, "surplus", 7) || !ad_text_ncasecmp(x, "deficit", 7))) ||
                 (a >= 9 && !ad_text_ncasecmp(x, "shortfall", 9)));
    size_t n = a < b ? a : b;
    return n < 5 || ad_text_ncasecmp(x, y, n > 6 ? 6 : n) != 0;
}

static void numbers(fctx *c, frame *fr, const frame *prev, size_t s, size_t e, size_t base)
{
    ad_figure *f = &fr->f;
    size_t dir = (size_t)-1;
    int sign = 0, cmp;
    /* "exports covered 77.6% of its imports, down from 79.0%": the numbers
     * are the coverage ratio's (check_cover()). */
    if (c->tk[fr->cue].cover)
        return;
    for (size_t i = s; i < e && dir == (size_t)-1; i++) {
        /* "of which coal made up $7.8 billion": no change */
        if (i > s && tok_eq(c, i, "up") && tok_eq(c, i - 1, "made"))
            continue;
        /* "cut flower exports": a word of the goods before the cue */
        if (i + 2 < e && tok_lower_word(c, i + 1) && !c->tk[i + 1].flow && c->tk[i + 2].flow &&
            c->tk[i + 1].cls == W_NONE)
            continue;
        /* "Despite the slump, cheese exports rose 2%": a noun of change in
         * a phrase set before the cue by a comma is no change of it. */
        if (i < fr->cue && i > s &&
            (tok_eq(c, i - 1, "the") || tok_eq(c, i - 1, "a") || tok_eq(c, i - 1, "an") ||
             tok_eq(c, i - 1, "this") || tok_eq(c, i - 1, "that"))) {
            size_t k = i + 1;
            while (k < fr->cue && !tok_eq(c, k, ","))
                k++;
            if (k < fr->cue)
                continue;
        }
        if ((c->tk[i].cls == W_UP || c->tk[i].cls == W_DOWN) && !c->tk[i].inqty &&
            !negated(c, s, i, e) && bare_dir_ok(c, i, e) &&
            !in_aside(c, s, i, f->flow == AD_FLOW_TARIFF) &&
            !(f->flow == AD_FLOW_TARIFF && modified_dir(c, s, i, e)))
            dir = i, sign = c->tk[i].cls == W_UP ? 1 : -1;
        /* "swung to a surplus of $1.34 billion from a deficit": a change
         * whose direction neither "up" nor "down" says (the amount of a
         * deficit is reported, not the balance's sign), with its basis. */
        else if (c->tk[i].cls == W_SWING && f->flow == AD_FLOW_BALANCE &&
                 swings_to_balance(c, i, e))
            dir = i, sign = 0;
        /* "were flat year on year": a change, of no direction (after a
         * verb: "flat steel" is goods) */
        else if (c->tk[i].cls == W_FLAT && !c->tk[i].inqty && i > s && c->tk[i - 1].cls == W_STOP)
            dir = i, sign = 0;
        /* "4% more than a year earlier", "12 percent less than in 2024" */
        else if (i > s && i + 1 < e && tok_eq(c, i + 1, "than") && percent_word(c, i - 1) &&
                 (cmp = comparative_at(c->ptext + c->toks.tok[i].start,
                                       c->toks.tok[i + 1].end - c->toks.tok[i].start)) != 0 &&
                 !forecast_near(c, i + 2, e) && !other_flow_base(c, fr, i + 2, e))
            dir = i, sign = cmp;
        /* "4.7 percent less compared to the same period", "(8.9 percent
         * less year-on-year)", "(3.0 percent more)": the comparison's base
         * left implied or named by its period. */
        else if (i > s && (tok_eq(c, i, "less") || tok_eq(c, i, "more")) &&
                 percent_word(c, i - 1) && pct_set_off(c, s, i - 1) &&
                 (i + 1 >= e || !tok_word(c, i + 1) || c->tk[i + 1].prep == P_COMPARED ||
                  c->tk[i + 1].prep == P_FROM || c->tk[i + 1].prep == P_ON ||
                  c->tk[i + 1].prep == P_AGAINST || tok_eq(c, i + 1, "year-on-year") ||
                  tok_eq(c, i + 1, "y/y")))
            dir = i, sign = tok_eq(c, i, "less") ? -1 : 1;
    }
    /* "Exports increased 7.1% to 31.9 billion euros and imports 4.7% to 37.5
     * billion euros": a clause that leaves out its verb, a percent right
     * after its cue, changes as the clause before it did. */
    if (dir == (size_t)-1 && prev && prev->f.change.present && prev->f.change.direction &&
        fr->cue + 1 < e && qat(c, fr->cue + 1) && qat(c, fr->cue + 1)->kind == AD_QTY_PERCENT &&
        !(qat(c, fr->cue + 1)->flags & (AD_QTYF_PLUS | AD_QTYF_NEGATIVE)))
        dir = fr->cue, sign = prev->f.change.direction;
    const ad_quantity *money = NULL, *vol = NULL, *pct = NULL, *pct2 = NULL, *rate = NULL;
    int money_rank = 0;           /* 3: after "to" or a verb, 2: plain, 1: after "from" */
    int money_above = 0;          /* after a verb of passing a level: "crossed $1bn" */
    int vol_rank = 0;             /* the same for a volume of goods */
    const ad_quantity *by = NULL; /* the size of the change: "fell by $2bn" */
    size_t share = 0;             /* token of a money in brackets after a share percent */
    ad_quantity split[2];         /* the halves of a "X to Y" read as a range */
    int moneys = 0;               /* the clause's amounts of money, asides included */
    for (size_t i = s; i < e; i++) {
        const ad_quantity *q = qat(c, i);
        moneys += q && q->kind == AD_QTY_MONEY;
        if (!q || in_aside(c, s, i, f->flow == AD_FLOW_TARIFF) || others_number(c, fr->cue, i) ||
            (i < fr->cue && cause_between(c, i, fr->cue)))
            continue;
        size_t qs = tok_at(c, s, e, base + q->start);
        size_t p = qs > s ? qs - 1 : (size_t)-1;
        uint8_t pp = p != (size_t)-1 ? c->tk[p].prep : P_NONE;
        if ((q->kind == AD_QTY_MONEY || q->kind == AD_QTY_MEASURE) && dir != (size_t)-1 &&
            p == dir && !by && split_range(c, q, base, split)) {
            /* "decreased $2.3 billion to $14.0 billion" is no range: the
             * size of the change, then the level. */
            by = &split[0];
            q = &split[1];
            pp = P_TO;
            p = (size_t)-1; /* the level now follows "to", not the verb */
        }
        if (q->kind == AD_QTY_MONEY || q->kind == AD_QTY_MEASURE) {
            if (share && share == qs)
                continue; /* "17.7% ($14.1 billion) of total exports": a share */
            /* "fell by $2bn", and an amount right after the verb: "fell
             * NZ$412 million, or 12%", "decreased $13.0 billion ... to
             * $340.4 billion". */
            /* So is one after a noun of change: "a decrease of €1.6bn",
             * "an increase of R6.3 billion". */
            int noun_of = pp == P_OF && p >= s + 2 && dir != (size_t)-1 &&
                          (c->tk[p - 1].cls == W_UP || c->tk[p - 1].cls == W_DOWN) &&
                          (tok_eq(c, p - 2, "a") || tok_eq(c, p - 2, "an"));
            if (pp == P_BY || (dir != (size_t)-1 && p == dir) || noun_of) {
                if (!by)
                    by = q; /* the size of a change, not the level */
                continue;
            }
            /* "compared to $17.04 billion", "as against ...": a base, as
             * after "from". */
            int versus = pp == P_TO && p != (size_t)-1 && compared_to(c, s, p);
            int rank = versus                                                      ? 1
                       : pp == P_TO || (p != (size_t)-1 && c->tk[p].cls == W_STOP) ? 3
                       : pp == P_FROM                                              ? 1
                                                                                   : 2;
            if (q->kind == AD_QTY_MEASURE) {
                if (rank > vol_rank)
                    vol = q, vol_rank = rank;
            } else if (rank > money_rank) {
                money = q, money_rank = rank;
                money_above = p != (size_t)-1 && c->tk[p].cls == W_STOP && c->tk[p].prep;
            }
        } else if (q->kind == AD_QTY_PERCENT) {
            size_t z = tok_at(c, s, e, base + q->end);
            if (z < e && c->tk[z].prep == P_OF)
                continue;
            /* "5.0 percent GDP growth": the percent of another measure. */
            if (z < e && c->tk[z].cls == W_MEASURE)
                continue;
            if (z + 3 < e && tok_eq(c, z, "(") && c->tk[z + 1].qi >= 0) {
                size_t zz = z + 1;
                while (zz < e && c->tk[zz].inqty)
                    zz++;
                if (zz + 1 < e && tok_eq(c, zz, ")") && c->tk[zz + 1].prep == P_OF) {
                    share = z + 1;
                    continue;
                }
            } /* a share: "48% of small businesses" */
            if (f->flow == AD_FLOW_TARIFF) {
                /* A rate stands next to a tariff word ("a 25% tariff",
                 * "tariffs of 25%") or ends a change ("raised tariffs on
                 * steel from 10% to 25%"). */
                int near = 0;
                /* "the 25% Section 232 tariff", "a 25% additional retaliatory
                 * tariff": a legal instrument's name or plain adjectives
                 * between the rate and the tariff word. */
                size_t ze = z + 1;
                for (size_t t = z; t < e && t < z + 3; t++) {
                    /* "the 10 percent US baseline tariff": the owner too. */
                    if (c->tk[t].econ >= 0 && !c->ec[c->tk[t].econ].attrib &&
                        c->ec[c->tk[t].econ].te <= z + 3) {
                        t = c->ec[c->tk[t].econ].te - 1;
                        ze = t + 2;
                        continue;
                    }
                    if (!(tok_eq(c, t, "Section") || (c->toks.tok[t].flags & AD_TOKF_NUMBER) ||
                          (tok_lower_word(c, t) &&
                           (c->tk[t].cls == W_NONE || c->tk[t].cls == W_MODSTOP) &&
                           !c->tk[t].flow && c->tk[t].econ < 0 && c->tk[t].prep == P_NONE)))
                        break;
                    ze = t + 2;
                }
                for (size_t t = qs > s + 3 ? qs - 3 : s; t < e && t <= ze; t++)
                    near |= (c->tk[t].flow & FB_TARIFF) != 0;
                for (size_t t = qs > s + 4 ? qs - 4 : s; t < qs; t++)
                    near |= (c->tk[t].flow & FB_TARIFF) != 0;
                if (pp == P_TO && dir != (size_t)-1 && dir < qs)
                    near = 2;
                if (near && (!rate || near == 2))
                    rate = q;
            } else if (!pct && dir != (size_t)-1 && (i > dir || (dir > i && dir - i <= 3))) {
                pct = q;
            } else if (pct && !pct2 && dir != (size_t)-1 && i > dir &&
                       !(q->flags & (AD_QTYF_PLUS | AD_QTYF_NEGATIVE))) {
                pct2 = q; /* a second change: maybe the value's, apart from the volume's */
            } else if (!pct && dir == (size_t)-1 &&
                       (q->flags & (AD_QTYF_PLUS | AD_QTYF_NEGATIVE)) &&
                       (signed_after_cue(c, fr->cue, i) ||
                        (i > s + 1 && i > fr->cue && tok_eq(c, i - 1, "(") &&
                         c->tk[i - 2].inqty))) {
                /* "Japan Jan exports +2.4% y/y", "exports $871.6 million
                 * (-2.4% y/y)": the sign is the direction. */
                pct = q;
            }
        } else if (q->kind == AD_QTY_FRACTION && !pct && dir != (size_t)-1 && i > dir &&
                   pp == P_BY) {
            pct = q; /* "dropped by two-thirds", "rose by roughly a fifth" */
        }
    }
    if (money) {
        set_money(c, &f->value, money, base);
        fr->value_family = money->family;
        /* "Angola exported 31.2 million barrels ..., down 4.9%, the
         * ministry said, earning $2.28 billion": the change is the
         * volume's, the value a record of its own. */
        size_t mt = tok_at(c, s, e, base + money->num_start);
        fr->earn_split = 0;
        size_t pt = pct ? tok_at(c, s, e, base + pct->start) : e;
        size_t vt = vol ? tok_at(c, s, e, base + vol->start) : e;
        /* The verbs: ", earning", ", bringing in", ", fetching", ", costing"
         * (of imports); not ", worth", which values the volume itself
         * ("fell 24.6% to 5.1 million tonnes, worth 95.8 billion baht"). */
        size_t ev = mt > s + 1 ? mt - 1 : s;
        if (ev > s + 1 && tok_eq(c, ev, "in"))
            ev--;
        int earn_verb =
            ev > s && tok_eq(c, ev - 1, ",") &&
            (tok_eq(c, ev, "earning") || tok_eq(c, ev, "fetching") || tok_eq(c, ev, "costing") ||
             (tok_eq(c, ev, "bringing") && tok_eq(c, ev + 1, "in")));
        /* ", with revenue climbing to US$2.31 billion". */
        size_t rv = mt > s + 1 && tok_eq(c, mt - 1, "to") ? mt - 2 : mt;
        if (!earn_verb && rv < mt && rv > s + 2 &&
            (c->tk[rv].cls == W_UP || c->tk[rv].cls == W_DOWN) && revenue_word(c, rv - 1) &&
            tok_eq(c, rv - 2, "with") && tok_eq(c, rv - 3, ",")) {
            earn_verb = 1;
            fr->value_dir = c->tk[rv].cls == W_UP ? 1 : -1; /* the value's own direction */
        }
        if (vol && pct && earn_verb && pt < mt && vt < mt) {
            /* ... past the source's verb, or after a change the volume
             * ends ("rose 9.3 percent to 287,400 tonnes ..., earning $198.6
             * million"); "..., down 21.6%, earning $341 million" keeps them
             * together. */
            fr->earn_split = pt < vt;
            for (size_t t = pt; t < mt && !fr->earn_split; t++)
                fr->earn_split = c->tk[t].cls == W_SRCVERB;
        }
        /* "rose 9.7% in volume to 214,000 tonnes and 18.3% in value to
         * $1.46 billion": the volume and the value change apart, two
         * records, each with its change. */
        size_t p2 = pct2 ? tok_at(c, s, e, base + pct2->start) : e;
        if (vol && pct && pct2 && pt < p2 && p2 < mt && vt < p2) {
            size_t ve = tok_at(c, s, e, base + vol->end);
            for (size_t t = ve; t < mt && !fr->earn_split; t++)
                if (tok_eq(c, t, "value") || tok_eq(c, t, "values"))
                    fr->earn_split = 2;
            fr->value_pct = pct2->value;
            fr->value_dir = last_direction(c, ve, p2);
        }
        /* The other order: the value with its change, then "by volume" (or
         * "in volume") with a change of its own before the volume. */
        if (vol && pct && pct2 && pt < mt && mt < p2 && p2 < vt && !fr->earn_split) {
            size_t me = tok_at(c, s, e, base + money->end);
            for (size_t t = me; t + 1 < p2 && !fr->earn_split; t++)
                if ((tok_eq(c, t, "by") || tok_eq(c, t, "in")) &&
                    (tok_eq(c, t + 1, "volume") || tok_eq(c, t + 1, "volumes")))
                    fr->earn_split = 3;
            fr->value_pct = pct2->value;
            fr->value_dir = last_direction(c, me, p2);
        }
        /* "trade balance -¥1.18 trillion": a balance below zero is a
         * deficit of that amount, whatever other words say; not when a
         * base given the same way follows ("compared with -¥513.6
         * billion"), whose order is the change's. */
        if (f->flow == AD_FLOW_BALANCE && f->value.amount < 0 && moneys == 1) {
            f->value.amount = -f->value.amount;
            f->value.high = -f->value.high;
            f->balance = "deficit";
        }
        if (money_above && !f->value.qualifier)
            f->value.qualifier = "more than";
    }
    if (vol) {
        set_volume(c, &f->volume, vol, base);
        fr->vol_s = tok_at(c, s, e, base + vol->start);
        fr->vol_e = tok_at(c, s, e, base + vol->end);
        /* "3.2 million tonnes of wheat was exported" */
        size_t z = fr->vol_e, a, b;
        if (!f->commodity && z + 1 < e && c->tk[z].prep == P_OF) {
            size_t j = z + 1;
            if (c->tk[j].econ >= 0)
                j = c->ec[c->tk[j].econ].te; /* "of Russian crude": the origin */
            if (noun_phrase(c, j, e, &a, &b))
                f->commodity = commodity_text(c, a, b);
        }
        /* "exported 1.2 million vehicles": the unit is the goods. */
        if (!f->commodity && (vol->flags & AD_QTYF_GOODS) && z > fr->vol_s)
            f->commodity = commodity_text(c, z - 1, z);
    }
    if (rate) {
        f->has_rate = 1;
        f->rate = rate->value;
    }
    if (dir != (size_t)-1 || (pct && (pct->flags & (AD_QTYF_NEGATIVE | AD_QTYF_PLUS)))) {
        f->change.present = 1;
        fr->by_amount = by != NULL;
        if (by) {
            fr->by_family = by->family;
            set_change_by(c, &f->change.by, by, base);
        }
        f->change.direction = dir != (size_t)-1 ? sign : (pct->flags & AD_QTYF_PLUS) ? 1 : -1;
        if (pct) {
            double v = pct->value < 0 ? -pct->value : pct->value;
            f->change.has_percent = 1;
            f->change.percent = pct->kind == AD_QTY_FRACTION ? round(v * 1000) / 10 : v;
            f->change.qualifier = pct->qualifier;
        }
        size_t b0 = c->toks.tok[s].start, b1 = c->toks.tok[e - 1].end;
        f->change.basis = ad_qty_find_basis(c->ptext + b0, b1 - b0, NULL, NULL);
    }
}

/* Whether tokens a to b hold a verb of their own before their first
 * number: a direction or a verb of class stop ("and imports fell 2%"). */
static int own_verb(const fctx *c, size_t a, size_t b)
{
    for (size_t k = a; k < b && !qat(c, k); k++)
        if (c->tk[k].cls == W_UP || c->tk[k].cls == W_DOWN || c->tk[k].cls == W_STOP)
            return 1;
    return 0;
}

/* Whether a forecast word stands before the cue of clause fr ("assumes
 * merchandise exports of ..."). */
static int forecast_before(const fctx *c, const frame *fr)
{
    size_t end = fr->cue > fr->s && fr->cue < fr->e ? fr->cue : fr->s;
    for (size_t k = fr->s; k < end; k++)
        if (c->tk[k].cls == W_FORECAST)
            return 1;
    /* "Philippines Feb exports seen +2.5% y/y, imports -1.0%": between the
     * cue and its number too. */
    for (size_t k = end + 1; end > fr->s && k < fr->e && !qat(c, k); k++)
        if (c->tk[k].cls == W_FORECAST)
            return 1;
    return 0;
}

/* A value given beside its base and no change: "a surplus of $2.41 billion
 * ..., compared with $1.08 billion a year earlier" (or "..., against 5.12
 * billion dollars in the same period", as translated copy says it): the
 * direction is the two amounts' order, the basis what the base's words
 * say. */
static void compared_base(fctx *c, frame *fr)
{
    ad_figure *f = &fr->f;
    if (f->change.present || !f->value.present)
        return;
    for (size_t k = fr->s; k < fr->e; k++) {
        if (c->tk[k].prep != P_COMPARED &&
            !(k > fr->s && tok_eq(c, k, "against") &&
              (tok_eq(c, k - 1, ",") || tok_eq(c, k - 1, "as")) && k + 1 < fr->e &&
              (qat(c, k + 1) || (k + 2 < fr->e && qat(c, k + 2)))))
            continue;
        for (size_t j = k + 1; j < fr->e && j < k + 7; j++) {
            /* Not another kind of balance ("compared with a budget
             * deficit of $2 billion"). */
            if (c->tk[j].cls == W_NOTBAL)
                return;
            const ad_quantity *q = qat(c, j);
            if (!q)
                continue;
            if (q->kind != AD_QTY_MONEY || memcmp(q->currency, f->value.currency, 3) ||
                q->value == f->value.amount || (q->flags & AD_QTYF_RANGE))
                return;
            /* Not a forecast's amount nor another economy's ("against $1.5
             * billion forecast", "against $7 billion for Uganda"). */
            size_t z = past_qty(c, j, fr->e);
            if (z < fr->e && (c->tk[z].cls == W_FORECAST ||
                              (tok_eq(c, z, "for") &&
                               econ_starts(c, z + 1 + (z + 2 < fr->e && tok_eq(c, z + 1, "the"))))))
                return;
            f->change.present = 1;
            f->change.direction = f->value.amount > q->value ? 1 : -1;
            size_t b0 = c->toks.tok[k].start, b1 = c->toks.tok[fr->e - 1].end;
            f->change.basis = ad_qty_find_basis(c->ptext + b0, b1 - b0, NULL, NULL);
            return;
        }
        return;
    }
}

/* Whether clause [s, e) sends its trade to or takes it from economies it
 * does not name: "exports to other countries", "imports from countries
 * other than China", "shipments to all other markets". Such a clause
 * takes no partner from the clause before it. */
static int unnamed_partner(const fctx *c, size_t s, size_t e)
{
    static const char *const many[] = {"countries", "nations",  "markets",   "destinations",
                                       "economies", "partners", "suppliers", "buyers"};
    for (size_t k = s; k + 1 < e; k++) {
        if (c->tk[k].prep != P_TO && c->tk[k].prep != P_FROM)
            continue;
        size_t j = k + 1;
        if (j < e && tok_eq(c, j, "all"))
            j++;
        if (j < e && tok_eq(c, j, "other"))
            return 1;
        /* "exports to non-EU countries" */
        size_t wn;
        const char *wt = j < e ? ad_tok_text(&c->toks, j, &wn) : NULL;
        if (wt && wn > 4 && !ad_text_ncasecmp(wt, "non-", 4))
            return 1;
        if (j + 2 < e && tok_eq(c, j, "non") && tok_eq(c, j + 1, "-"))
            return 1;
        for (size_t m = 0; j < e && m < sizeof(many) / sizeof(many[0]); m++)
            if (tok_eq(c, j, many[m]))
                return 1;
    }
    return 0;
}

/* A balance given beside a base of the other sign, which its cue makes a
 * clause of its own: "a trade surplus of $1.2 billion in August, compared
 * with a deficit of $812 million a year earlier". The change is the signed
 * order of the two (a surplus after a deficit is a rise), its basis what
 * the base's words say. Frames fr[0..n) are filled. */
static void balance_base(fctx *c, frame *fr, size_t n)
{
    for (size_t k = 0; k + 1 < n; k++) {
        ad_figure *f = &fr[k].f;
        size_t j = fr[k + 1].s, e = fr[k + 1].e;
        if (f->flow != AD_FLOW_BALANCE || f->change.present || !f->value.present || !f->balance)
            continue;
        if (j < e && tok_eq(c, j, ","))
            j++;
        if (j >= e || !(c->tk[j].prep == P_COMPARED || tok_eq(c, j, "compared") ||
                        tok_eq(c, j, "against") || tok_eq(c, j, "versus")))
            continue;
        /* The base's side and amount, within a few words: "with a deficit
         * of $812 million", "against a $0.8 billion deficit". */
        const ad_quantity *q = NULL;
        for (size_t x = j + 1; x < e && x < j + 8 && !q; x++)
            q = qat(c, x);
        const char *side = balance_side(c, j, e);
        if (!q || !side || q->kind != AD_QTY_MONEY || (q->flags & AD_QTYF_RANGE) ||
            memcmp(q->currency, f->value.currency, 3))
            continue;
        double now = strcmp(f->balance, "deficit") ? f->value.amount : -f->value.amount;
        double then = strcmp(side, "deficit") ? q->value : -q->value;
        if (now == then)
            continue;
        f->change.present = 1;
        f->change.direction = now > then ? 1 : -1;
        size_t b0 = c->toks.tok[j].start, b1 = c->toks.tok[e - 1].end;
        f->change.basis = ad_qty_find_basis(c->ptext + b0, b1 - b0, NULL, NULL);
    }
}

/* An amount more or less than a base, after the figure and no change of
 * its own: "33.8 million tonnes ..., 2.1 million tonnes more than a year
 * earlier", "$1.5 billion, $200 million less than in 2025". */
static void comparative_by(fctx *c, frame *fr, size_t base)
{
    ad_figure *f = &fr->f;
    if (f->change.present || (!f->value.present && !f->volume.present))
        return;
    for (size_t k = fr->s; k + 2 < fr->e; k++) {
        const ad_quantity *q = qat(c, k);
        if (!q || (q->kind != AD_QTY_MONEY && !q->unit))
            continue;
        size_t j = past_qty(c, k, fr->e);
        int sign = j + 1 < fr->e ? comparative_at(c->ptext + c->toks.tok[j].start,
                                                  c->toks.tok[j + 1].end - c->toks.tok[j].start)
                                 : 0;
        if (!sign)
            continue;
        /* Not the figure's own amount ("more than $1 billion"). */
        if ((f->value.present && q->kind == AD_QTY_MONEY && q->value == f->value.amount) ||
            (f->volume.present && q->unit && q->value == f->volume.amount))
            return;
        f->change.present = 1;
        f->change.direction = sign;
        set_change_by(c, &f->change.by, q, base);
        fr->by_amount = 1;
        fr->by_family = q->family;
        size_t b0 = c->toks.tok[j].start, b1 = c->toks.tok[fr->e - 1].end;
        f->change.basis = ad_qty_find_basis(c->ptext + b0, b1 - b0, NULL, NULL);
        return;
    }
}

/* A sentence that gives the change of the figure before it by reference:
 * "That was 211 million euros more than a year earlier." The last figure of
 * the paragraph (at index first or later), when it has no change, takes
 * the amount, its direction and the basis the words name. */
static int restated_change(fctx *c, const ad_sentence *sn, size_t first)
{
    const char *t = c->ptext + sn->start;
    size_t n = sn->end - sn->start;
    if (c->n_out <= first || n < 12 ||
        !(!ad_text_ncasecmp(t, "That was ", 9) || !ad_text_ncasecmp(t, "This was ", 9) ||
          !ad_text_ncasecmp(t, "It was ", 7)))
        return 0;
    ad_figure *f = &c->out[c->n_out - 1];
    if (f->change.present || f->paragraph != c->para || (!f->value.present && !f->volume.present))
        return 0;
    char err[128];
    if (ad_qty_scan(t, n, c->a, &c->qs, err, sizeof(err)) != AD_OK)
        return 0;
    for (size_t i = 0; i < c->qs.n; i++) {
        const ad_quantity *q = &c->qs.v[i];
        int money = q->kind == AD_QTY_MONEY, pct = q->kind == AD_QTY_PERCENT;
        if (!pct && ((!money && !q->unit) ||
                     (money && (!f->value.present || memcmp(q->currency, f->value.currency, 3))) ||
                     (!money && !f->volume.present)))
            continue;
        size_t k = q->end;
        while (k < n && t[k] == ' ')
            k++;
        int sign = comparative_at(t + k, n - k);
        if (!sign)
            continue;
        f->change.present = 1;
        f->change.direction = sign;
        f->change.basis = ad_qty_find_basis(t + k, n - k, NULL, NULL);
        if (pct) { /* "That was 9.6 percent higher than ..." */
            f->change.has_percent = 1;
            f->change.percent = q->value < 0 ? -q->value : q->value;
            return 1;
        }
        set_change_by(c, &f->change.by, q, sn->start);
        return 1;
    }
    return 0;
}

/* A change written as an index of the base, as statistics of the former
 * Soviet states give it: "exports totaled $33.6 billion, or 102.3%
 * compared with January-September 2031" is a rise of 2.3%, "or 98.9%" of
 * the same period a fall of 1.1%. Only after "or" and before a comparison
 * with a period (not a share: "or 18.1% of total exports"). */
static void index_change(const fctx *c, frame *fr, const frame *prev, size_t s, size_t e)
{
    ad_figure *f = &fr->f;
    /* "..., and imports - $34.8 billion, or 98.9%": after a clause so
     * written, the comparison is left out. */
    int after_index = prev && prev->index;
    if (f->change.present || (!f->value.present && !f->volume.present))
        return;
    for (size_t i = s + 1; i + 2 < e; i++) {
        const ad_quantity *q = qat(c, i);
        if (!q || q->kind != AD_QTY_PERCENT || !tok_eq(c, i - 1, "or") || q->value <= 50 ||
            q->value >= 250 || q->value == 100 || (q->flags & (AD_QTYF_PLUS | AD_QTYF_NEGATIVE)))
            continue;
        size_t k = past_qty(c, i, e);
        int base = after_index && (k >= e || tok_eq(c, k, ".") || tok_eq(c, k, ","));
        if (!base && (k >= e || !(c->tk[k].prep == P_COMPARED || tok_eq(c, k, "against"))))
            continue;
        for (size_t j = k + 1; j < e && j <= k + 4 && !base; j++)
            base = c->tk[j].pi >= 0 || tok_eq(c, j, "same") || tok_eq(c, j, "year");
        if (!base)
            continue;
        f->change.present = 1;
        f->change.has_percent = 1;
        f->change.direction = q->value > 100 ? 1 : -1;
        f->change.percent = q->value > 100 ? q->value - 100 : 100 - q->value;
        f->change.percent = (double)(long long)(f->change.percent * 1000 + 0.5) / 1000;
        fr->index = 1;
        return;
    }
}

/* From k on the last token of an amount, the token before the amount and
 * the few words that qualify it ("from a downwardly revised $4.6 billion":
 * the "from"), not going below s. */
static size_t before_amount(const fctx *c, size_t s, size_t k)
{
    while (k > s && c->tk[k].inqty)
        k--;
    for (int w = 0; w < 3 && k > s && tok_lower_word(c, k) && !c->tk[k].flow &&
                    (c->tk[k].cls == W_NONE || tok_eq(c, k, "a"));
         w++)
        k--;
    return k;
}

/* The first period of the clause that is not a comparison's ("from ... in
 * 2024", "than in 2023") nor a dateline's, or -1. */
static long clause_period(const fctx *c, size_t s, size_t e, size_t base, int tariff)
{
    for (size_t i = s; i < e; i++) {
        if (c->tk[i].pi < 0)
            continue;
        /* "said on Dec 17", "on Monday": the day of the announcement, not
         * the period of the trade (a tariff's day is when it takes effect). */
        const ad_qty_period *pd = &c->ps.v[c->tk[i].pi];
        if (!tariff && i > s && tok_eq(c, i - 1, "on") && pd->start && pd->end &&
            !strcmp(pd->start, pd->end))
            continue;
        /* "NEW DELHI, March 15 (Reuters) -": a wire's dateline, the day it
         * files, is no period either. */
        if (i > s + 1 && tok_eq(c, i - 1, ",") && pd->start && pd->end &&
            !strcmp(pd->start, pd->end)) {
            size_t k = s;
            while (k < i - 1 && (c->toks.tok[k].flags & AD_TOKF_ALLCAPS))
                k++;
            if (k == i - 1)
                continue;
        }
        size_t p = i, back = 0;
        /* "Compared with the same period of 2025, total trade was up 41.3
         * percent": the same period of another year is a comparison's. */
        int cmp = i > s + 2 && tok_eq(c, i - 1, "of") &&
                  (tok_eq(c, i - 2, "period") || tok_eq(c, i - 2, "month") ||
                   tok_eq(c, i - 2, "quarter")) &&
                  tok_eq(c, i - 3, "same");
        while (p > s && back < 3 && !cmp) {
            p--, back++;
            /* "from $27.9 billion in October": past the amount to its "from" */
            if (c->tk[p].inqty && c->tk[p].qi < 0) {
                p = before_amount(c, s, p);
                if (!c->tk[p].inqty && c->tk[p].qi < 0 &&
                    (tok_eq(c, p, "from") || tok_eq(c, p, "than") || compared_to(c, s, p)))
                    cmp = 1; /* "... compared to N17.04tn in Q4 2027" */
                break;
            }
            uint8_t pr = c->tk[p].prep;
            /* "from January to May" is a span, and a tariff's "from
             * Sept. 26" the day it takes effect. */
            int span = tok_eq(c, p, "from") && back == 1 &&
                       (pd->kind == AD_PER_MONTHS || (tariff && pd->kind == AD_PER_DAY));
            if ((tok_eq(c, p, "from") && !span) || tok_eq(c, p, "than") || tok_eq(c, p, "since") ||
                tok_eq(c, p, "compared") || tok_eq(c, p, "versus") || tok_eq(c, p, "vs"))
                cmp = 1;
            if (pr == P_NONE && !c->tk[p].inqty && !tok_eq(c, p, "the"))
                break;
        }
        if (cmp)
            continue;
        /* "the first half (July-December) of the current fiscal year": the
         * months in brackets right after a period say which they are. */
        size_t j = tok_at(c, i, e, base + pd->span_end);
        if (j + 1 < e && tok_eq(c, j, "(") && c->tk[j + 1].pi >= 0 &&
            c->ps.v[c->tk[j + 1].pi].kind == AD_PER_MONTHS && c->ps.v[c->tk[j + 1].pi].start)
            return c->tk[j + 1].pi;
        return c->tk[i].pi;
    }
    return -1;
}

/* Months since year 0 of a "YYYY-MM-DD" date, or -1. */
static long month_index(const char *d)
{
    if (!d || strlen(d) < 7)
        return -1;
    return strtol(d, NULL, 10) * 12 + strtol(d + 5, NULL, 10) - 1;
}

/* The basis a change takes from the period it is compared with, when no
 * phrase names one: "rose 6% in February ... from January" is month on
 * month, "from the fourth quarter" quarter on quarter, "from March 2025"
 * after "March" year on year. p is the figure's period. */
static const char *basis_of_base(const fctx *c, size_t s, size_t e, const ad_qty_period *p)
{
    if (!p->start || (p->kind != AD_PER_MONTH && p->kind != AD_PER_QUARTER))
        return NULL;
    for (size_t i = s + 1; i < e; i++) {
        if (c->tk[i].pi < 0)
            continue;
        const ad_qty_period *q = &c->ps.v[c->tk[i].pi];
        /* "from $4.6 billion in the same month of 2026": the same month or
         * quarter of the year before. */
        if (q->kind == AD_PER_YEAR && q->start && i > s + 3 && tok_eq(c, i - 1, "of") &&
            (tok_eq(c, i - 2, "month") || tok_eq(c, i - 2, "quarter")) &&
            tok_eq(c, i - 3, "same")) {
            if (month_index(p->start) / 12 - month_index(q->start) / 12 == 1)
                return "year-on-year";
            continue;
        }
        size_t k = i - 1;
        if (tok_eq(c, k, "the") && k > s)
            k--;
        /* "compared with July 2025", "than in July 2025" */
        if (k > s && ((tok_eq(c, k, "with") || tok_eq(c, k, "to")) && tok_eq(c, k - 1, "compared")))
            k--;
        else if (k > s && tok_eq(c, k, "in") && tok_eq(c, k - 1, "than"))
            k--;
        /* "fell to 52.3 billion crowns in January from 61.8 billion crowns
         * in December": past the base's amount to its "from" */
        else if (k > s && tok_eq(c, k, "in") && c->tk[k - 1].inqty)
            k = before_amount(c, s, k - 1);
        if (q == p || q->kind != p->kind || !q->start ||
            !(tok_eq(c, k, "from") || tok_eq(c, k, "than") || tok_eq(c, k, "over") ||
              c->tk[k].prep == P_COMPARED))
            continue;
        long d = month_index(p->start) - month_index(q->start);
        if (d == 12)
            return "year-on-year";
        if (d == 1 && p->kind == AD_PER_MONTH)
            return "month-on-month";
        if (d == 3 && p->kind == AD_PER_QUARTER)
            return "quarter-on-quarter";
    }
    return NULL;
}

/* Days since a fixed origin of a "YYYY-MM-DD" date, near enough to compare
 * distances of a few months (months taken as 31 days). */
static long rough_days(const char *d)
{
    return month_index(d) * 31 + strtol(d + 8, NULL, 10);
}

/* A tariff's day written without a year ("from Sept. 26", "effective
 * November 1", "starting April 10") is the one nearest the article's date,
 * or the next one after "will": the period scanner reads it as the latest
 * before that date, and the same day a year on is taken when it is nearer
 * or the clause looks ahead. */
static void tariff_day_near(fctx *c, frame *fr, size_t s, size_t e, const ad_qty_period *p)
{
    ad_period *pd = &fr->f.period;
    if (p->kind != AD_PER_DAY || !pd->start || !pd->end || strlen(pd->start) < 10 ||
        strlen(pd->end) < 10 || !c->anchor || strlen(c->anchor) < 10 ||
        strncmp(pd->end, c->anchor, 10) >= 0 || !strcmp(pd->start + 4, "-02-29"))
        return;
    for (const char *t = p->text; (t = strpbrk(t, "0123456789")); t += strspn(t, "0123456789"))
        if (strspn(t, "0123456789") >= 4)
            return; /* a year is written */
    size_t i = s;
    while (i < e && !(c->tk[i].pi >= 0 && &c->ps.v[c->tk[i].pi] == p))
        i++;
    size_t k = s;
    while (k < i && c->tk[k].cls != W_MODAL)
        k++;
    long an = rough_days(c->anchor), back = an - rough_days(pd->start);
    if (k == i && back <= 372 - back)
        return;
    const char *d[2] = {pd->start, pd->end};
    for (int j = 0; j < 2; j++) {
        char b[32];
        int y = (int)(strtol(d[j], NULL, 10) % 9999) + 1; /* four digits, as read */
        snprintf(b, sizeof(b), "%04d%.6s", y, d[j] + 4);
        if (!(d[j] = ad_arena_strndup(c->a, b, 10)))
            return;
    }
    pd->start = d[0];
    pd->end = d[1];
}

/* A period's text without trailing punctuation ("July." at a sentence end). */
static const char *trim_period(fctx *c, const char *t)
{
    size_t n = t ? strlen(t) : 0;
    if (!n || (t[n - 1] != '.' && t[n - 1] != ','))
        return t;
    while (n && (t[n - 1] == '.' || t[n - 1] == ',' || t[n - 1] == ' '))
        n--;
    const char *r = ad_arena_strndup(c->a, t, n);
    return r ? r : t;
}

static int same_str(const char *a, const char *b)
{
    return a == b || (a && b && strcmp(a, b) == 0);
}

static int same_money(const ad_money *x, const ad_money *y)
{
    return x->present == y->present &&
           (!x->present || (x->amount == y->amount && !memcmp(x->currency, y->currency, 4)));
}

static int same_volume(const ad_volume *x, const ad_volume *y)
{
    return x->present == y->present &&
           (!x->present || (x->amount == y->amount && same_str(x->unit, y->unit)));
}

static int same_change(const ad_change *x, const ad_change *y)
{
    return x->has_percent == y->has_percent && (!x->has_percent || x->percent == y->percent) &&
           x->direction == y->direction && x->by.present == y->by.present &&
           (!x->by.present || (x->by.amount == y->by.amount && same_str(x->by.unit, y->by.unit) &&
                               !memcmp(x->by.currency, y->by.currency, 4)));
}

static int same_figure(const ad_figure *x, const ad_figure *y)
{
    return x->flow == y->flow && same_str(x->balance, y->balance) &&
           same_str(x->reporter, y->reporter) && same_str(x->partner, y->partner) &&
           same_str(x->commodity, y->commodity) && same_money(&x->value, &y->value) &&
           same_volume(&x->volume, &y->volume) && same_change(&x->change, &y->change) &&
           x->has_rate == y->has_rate && (!x->has_rate || x->rate == y->rate) &&
           same_str(x->period.start, y->period.start) && same_str(x->period.end, y->period.end);
}

static ad_status emit(fctx *c, const ad_figure *f)
{
    for (size_t k = 0; k < c->n_out; k++)
        if (same_figure(&c->out[k], f))
            return AD_OK;
    if (!grow(c, (void **)&c->out, &c->out_cap, c->n_out + 1, sizeof(*c->out)))
        return AD_ERR_NOMEM;
    c->out[c->n_out++] = *f;
    return AD_OK;
}

/* Whether token i opens what goods earned abroad, "earnings from" or
 * "receipts from" (see pronoun_clause()). */
static int earnings_from(const fctx *c, size_t i, size_t e)
{
    return i + 1 < e && (tok_eq(c, i, "earnings") || tok_eq(c, i, "receipts")) &&
           c->tk[i + 1].prep == P_FROM;
}

/* A clause that names the flow of the one before it with a pronoun and a
 * preposition ("while those to Southeast Asia rose 15.6%", "and that from
 * Japan fell"): the pronoun's token, else (size_t)-1. */
static size_t pronoun_clause(const fctx *c, size_t a, size_t b)
{
    while (a < b && (c->tk[a].cls == W_CLAUSE || tok_eq(c, a, ",") || tok_eq(c, a, "and")))
        a++;
    /* "..., while earnings from leather goods dropped 9.7% to $81 million":
     * what the goods earned abroad, after an export clause. */
    if (a + 2 >= b || !(tok_eq(c, a, "those") || tok_eq(c, a, "that") || earnings_from(c, a, b)))
        return (size_t)-1;
    uint8_t p = c->tk[a + 1].prep;
    if (p != P_TO && p != P_FROM && p != P_WITH && p != P_OF && p != P_INTO)
        return (size_t)-1;
    for (size_t i = a + 2; i < b; i++)
        if (qat(c, i))
            return a;
    return (size_t)-1;
}

/* Whether the signed percent at token i follows the cue right away
 * ("exports +2.4% y/y") or after the cue's amount and a comma ("exports
 * $2.9bn, -3.4% m/m", "exports USD 15.8 bn, +7.2% y/y"), as wire headlines
 * set a change. */
static int signed_after_cue(const fctx *c, size_t cue, size_t i)
{
    if (i <= cue || i - cue > 8)
        return 0;
    if (i - cue <= 2)
        return 1;
    size_t k = cue + 1;
    int comma = 0;
    while (k < i && (c->tk[k].inqty || tok_eq(c, k, ",") || tok_eq(c, k, "at"))) {
        comma |= tok_eq(c, k, ",");
        k++;
    }
    return k == i && comma;
}

/* Whether a signed percentage (signed_pct()) starts at token i, its sign
 * a token of its own or not. */
static int signed_pct_at(const fctx *c, size_t i, size_t b)
{
    const ad_quantity *q = i < b ? qat(c, i) : NULL;
    if (!q && i + 1 < b && (tok_eq(c, i, "+") || tok_eq(c, i, "-") || tok_eq(c, i, "\xe2\x88\x92")))
        q = qat(c, i + 1);
    return signed_pct(q);
}

/* The same with a verb of direction, after a clause whose cue a verb of
 * direction follows ("Tobacco exports rose 9.6 percent to US$1.14 billion,
 * while platinum group metals fell 4.2 percent to US$712 million"): up to
 * four words in lower case, one of them goods (data/goods_words.tsv: not
 * "while prices fell 3%"), then the verb and its number. */
static int verb_goods_clause(const fctx *c, size_t a, size_t b, size_t *gs, size_t *ge)
{
    while (a < b && (tok_eq(c, a, ",") || tok_eq(c, a, "and") || tok_eq(c, a, "while") ||
                     tok_eq(c, a, "whereas") || tok_eq(c, a, "but")))
        a++;
    size_t g = a;
    int goods = 0;
    /* Inside the goods a word may be one that makes a cue no flow
     * ("platinum group metals"), or join two ("palm oil and its
     * derivatives", "jute and jute goods"); the first may open the
     * sentence ("Crude palm oil ..."). */
    while (g < b && g < a + 6 && !c->tk[g].inqty && !c->tk[g].flow &&
           (tok_lower_word(c, g) || (g == a && goods_word(c, g))) &&
           (c->tk[g].cls == W_NONE || c->tk[g].cls == W_GENERIC ||
            (g > a && c->tk[g].cls == W_NOTFLOW) ||
            (g > a && (tok_eq(c, g, "and") || tok_eq(c, g, "its") || tok_eq(c, g, "their")))) &&
           c->tk[g].econ < 0 && !label_is(c, g, "notgoods") &&
           /* a participle only as the goods' adjective ("liquefied natural
            * gas", "refined copper"), not a verb ("shipped") */
           (!ed_word(c, g) ||
            (g + 1 < b && (names_goods(c, g + 1) || (g + 2 < b && names_goods(c, g + 2))))))
        goods |= names_goods(c, g++);
    while (g > a &&
           (tok_eq(c, g - 1, "and") || tok_eq(c, g - 1, "its") || tok_eq(c, g - 1, "their")))
        g--;
    /* What the goods earned abroad: "jute and jute goods earnings fell",
     * "coffee sales jumped" (after a clause of exports). */
    size_t v = g;
    if (goods && v < b &&
        (tok_eq(c, v, "earnings") || tok_eq(c, v, "receipts") || tok_eq(c, v, "sales")))
        v++;
    if (!goods || v + 1 >= b || !(c->tk[v].cls == W_UP || c->tk[v].cls == W_DOWN) ||
        tok_eq(c, v, "up") || tok_eq(c, v, "down"))
        return 0;
    size_t k = v + 1 + (v + 2 < b && (tok_eq(c, v + 1, "by") || tok_eq(c, v + 1, "to")));
    const ad_quantity *q = qat(c, k);
    if (!q || !(q->kind == AD_QTY_PERCENT || q->kind == AD_QTY_MONEY))
        return 0;
    /* A price is no trade: "while copper fell 4.2 percent to $8,200 a
     * tonne", "to $77 per barrel" (map_spans() has unmapped the price; its
     * span's end is still marked). */
    for (size_t j = v + 2; j < b; j++)
        if (c->tk[j - 1].inqty && !c->tk[j].inqty && is_price(c, j, b))
            return 0;
    *gs = a, *ge = g;
    return 1;
}

/* A goods clause whose goods are followed by what they earned ("coffee
 * sales jumped 41.3% to $812.4 million", "jute goods earnings fell"): the
 * goods' own figure after any figure of the flow, even one with "as". */
/* Token a past the commas and "as" opening a clause. */
static size_t past_as(const fctx *c, size_t a, size_t b)
{
    while (a < b && (tok_eq(c, a, ",") || tok_eq(c, a, "as")))
        a++;
    return a;
}

static int sold_goods_clause(const fctx *c, size_t a, size_t b)
{
    size_t gs, ge;
    a = past_as(c, a, b);
    return verb_goods_clause(c, a, b, &gs, &ge) && ge < b &&
           (tok_eq(c, ge, "sales") || tok_eq(c, ge, "earnings") || tok_eq(c, ge, "receipts"));
}

/* Whether a sentence of the paragraph gave the exports or imports of some
 * goods just before, so that other goods may open the next sentence with
 * a verb of their own ("Coal exports fell 11.2% to $2.87 billion. Palm oil
 * rose 15.7% to $2.31 billion"; see verb_goods_clause()). */
static int goods_before(const fctx *c)
{
    return c->last.set && c->last.para == c->para && c->last.commodity && !c->last.tariff &&
           (c->last.flow == AD_FLOW_EXPORT || c->last.flow == AD_FLOW_IMPORT);
}

/* Whether token i blames what follows for a figure ("because of", "due
 * to", "owing to", "under the 18% tariff"): a tariff so blamed is the
 * destination's on the exporter's goods. */
/* Whether token i is a passive verb of harm before "by", which blames
 * what follows ("..., with beef shipments hit by the 10 per cent US
 * tariff"). */
static int harmed_by(const fctx *c, size_t i)
{
    return (tok_eq(c, i, "hit") || tok_eq(c, i, "hurt")) && i + 1 < c->toks.n &&
           tok_eq(c, i + 1, "by");
}

static int blame_word(const fctx *c, size_t i)
{
    return tok_eq(c, i, "because") || tok_eq(c, i, "due") || tok_eq(c, i, "owing") ||
           tok_eq(c, i, "under");
}

/* Whether token i names a cause whose clause may be a tariff of its own
 * ("after", "following", "amid", "despite", "as", or a blame). */
static int cause_word(const fctx *c, size_t i)
{
    return tok_eq(c, i, "after") || tok_eq(c, i, "following") || tok_eq(c, i, "amid") ||
           tok_eq(c, i, "despite") || tok_eq(c, i, "as") || tok_eq(c, i, "since") ||
           blame_word(c, i);
}

/* Whether the clause of frame fr opens with word w, past commas ("...,
 * while imports rose"). */
static int opens_with_word(const fctx *c, const frame *fr, const char *w)
{
    size_t o = fr->s;
    while (o < fr->e && tok_eq(c, o, ","))
        o++;
    return o < fr->e && tok_eq(c, o, w);
}

/* Whether clause k of a sentence is the earlier value of a figure before
 * it ("a trade surplus of R4.2 billion in January, ..., after a R13.2
 * billion surplus in December"): it opens with "after" and gives the same
 * flow for another period. Its period is no subject for the sentences
 * after it. */
static int earlier_base(const fctx *c, const frame *fr, size_t k)
{
    size_t i = fr[k].cue;
    while (i > fr[k].s && !tok_eq(c, i, "after") && !tok_eq(c, i, ","))
        i--;
    if (!tok_eq(c, i, "after"))
        return 0;
    for (size_t j = 0; j < k; j++)
        if (fr[j].flow_ok && fr[j].f.flow == fr[k].f.flow && fr[j].f.period.present &&
            fr[k].f.period.present && !same_str(fr[j].f.period.start, fr[k].f.period.start))
            return 1;
    return 0;
}

/* Whether the first cue of [a, b) is followed by a verb of direction
 * ("exports rose"; not "exports up 7.2%"). */
static int cue_then_verb(const fctx *c, size_t a, size_t b)
{
    for (size_t i = a; i + 1 < b; i++)
        if (c->tk[i].flow)
            return (c->tk[i + 1].cls == W_UP || c->tk[i + 1].cls == W_DOWN) &&
                   !tok_eq(c, i + 1, "up") && !tok_eq(c, i + 1, "down");
    return 0;
}

/* A piece that names goods and their numbers with the cue left out, after
 * a clause about other goods ("..., with shrimp shipments up 7.2% at $612
 * million, bananas up 3.5% at $398 million and cocoa down 18.9%"): one to
 * three words in lower case, then "up" or "down" and its number, or a
 * signed percentage ("; chips +22.1%, cars -9.4%"). The goods' span goes to
 * *gs, *ge; 0 when the piece is not so made. */
static int goods_clause(const fctx *c, size_t a, size_t b, size_t *gs, size_t *ge)
{
    while (a < b && (tok_eq(c, a, ",") || tok_eq(c, a, "and")))
        a++;
    size_t g = a;
    while (g < b && g < a + 3 && tok_lower_word(c, g) && !c->tk[g].inqty && !c->tk[g].flow &&
           (c->tk[g].cls == W_NONE || c->tk[g].cls == W_GENERIC) && c->tk[g].econ < 0 &&
           !ed_word(c, g) && !label_is(c, g, "notgoods")) {
        size_t n;
        const char *w = ad_tok_text(&c->toks, g, &n);
        if (n > 4 && !memcmp(w + n - 3, "ing", 3))
            return 0; /* "earning $341 million": a verb, the clause's own */
        g++;
    }
    /* The direction, then its number: a part given with an amount only
     * ("and copper concentrate 4.1 billion dollars") is breakdown()'s. */
    if (g > a && signed_pct_at(c, g, b)) {
        *gs = a, *ge = g;
        return 1;
    }
    if (g == a || g + 1 >= b || !(tok_eq(c, g, "up") || tok_eq(c, g, "down")))
        return 0;
    const ad_quantity *q = qat(c, g + 1);
    if (!q || !(q->kind == AD_QTY_PERCENT || q->kind == AD_QTY_MONEY))
        return 0;
    *gs = a, *ge = g;
    return 1;
}

/* The first token of [a, b) past the words that open a clause joined to
 * the one before ("..., but", "even as", "although"). */
static size_t past_openers(const fctx *c, size_t a, size_t b)
{
    while (a < b && (c->tk[a].cls == W_CLAUSE || tok_eq(c, a, ",") || tok_eq(c, a, "and") ||
                     tok_eq(c, a, "but") || tok_eq(c, a, "even") || tok_eq(c, a, "as") ||
                     tok_eq(c, a, "although") || tok_eq(c, a, "though")))
        a++;
    return a;
}

/* A clause whose subject is an economy's possessive with the noun left out,
 * comparing it with the figure before ("..., while Malaysia's grew 14.1% to
 * RM168.3 billion and Indonesia's fell 2.4%", "Ghana's appear to have
 * fallen about 21%"): the possessive's token, the clause's cue, else
 * (size_t)-1. A verb of change follows, after at most three words such as
 * "also" or "appear to have" (data/trade_labels.tsv), and a number after it;
 * elided_verb() gives the verb's token for the shape alone. */
static size_t elided_verb(const fctx *c, size_t a, size_t b)
{
    a = past_openers(c, a, b);
    size_t x = 0; /* the economies are mapped onto tokens later */
    while (x < c->n_ec && c->ec[x].ts != a)
        x++;
    if (a >= b || x == c->n_ec)
        return (size_t)-1;
    size_t te = c->ec[x].te;
    if (te + 2 >= b || !(c->toks.tok[te].flags & AD_TOKF_POSSESSIVE))
        return (size_t)-1;
    size_t v = te + 1;
    while (v < b && v < te + 4 && tok_lower_word(c, v) && label_is(c, v, "aux"))
        v++;
    return v < b && (c->tk[v].cls == W_UP || c->tk[v].cls == W_DOWN) ? v : (size_t)-1;
}

static size_t elided_clause(const fctx *c, size_t a, size_t b)
{
    size_t v = elided_verb(c, a, b);
    for (size_t i = v + 1; v != (size_t)-1 && i < b; i++)
        if (qat(c, i)) {
            size_t o = past_openers(c, a, b);
            return c->tk[o].econ >= 0 ? c->ec[c->tk[o].econ].te : (size_t)-1;
        }
    return (size_t)-1;
}

/* Whether a forecast word stands in tokens [a, b): "they" after "had
 * expected exports to rise 3%" is the outcome, the figure itself. */
static int forecast_in(const fctx *c, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++)
        if (c->tk[k].cls == W_FORECAST)
            return 1;
    return 0;
}

/* A clause whose subject is a pronoun for the figure before it, with a
 * change of its own right after its verb ("..., though they fell 6.3
 * percent month-on-month"): the pronoun's token, else (size_t)-1. */
static size_t they_clause(const fctx *c, size_t a, size_t b)
{
    a = past_openers(c, a, b);
    if (a + 2 >= b || !(tok_eq(c, a, "they") || tok_eq(c, a, "it")) ||
        (c->tk[a + 1].cls != W_UP && c->tk[a + 1].cls != W_DOWN))
        return (size_t)-1;
    size_t k = a + 2 + (a + 3 < b && tok_eq(c, a + 2, "by"));
    const ad_quantity *q = qty_from(c, k, b);
    return q && q->kind == AD_QTY_PERCENT ? a : (size_t)-1;
}

/* A clause that gives the volumes of the flow before it, with a change or
 * an amount of its own ("..., even as volumes rose 12% to 198,000 tonnes",
 * "although volumes rose 6%"): the token of "volume(s)", else (size_t)-1. */
static size_t volume_clause(const fctx *c, size_t a, size_t b)
{
    a = past_openers(c, a, b);
    if (a + 2 >= b || !(tok_eq(c, a, "volumes") || tok_eq(c, a, "volume")))
        return (size_t)-1;
    for (size_t i = a + 1; i < b; i++)
        if (qat(c, i))
            return a;
    return (size_t)-1;
}

/* A clause that gives what the exports before it earned, with an amount
 * of money ("..., but earnings fell 9.8% to $2.14 billion as prices slid",
 * after the tonnes shipped; the caller asks for the volume): the token of
 * the earnings word, else (size_t)-1. "earnings from" goods is
 * pronoun_clause()'s. */
static size_t earnings_clause(const fctx *c, size_t a, size_t b)
{
    a = past_openers(c, a, b);
    if (a + 2 >= b ||
        !(tok_eq(c, a, "earnings") || tok_eq(c, a, "revenue") || tok_eq(c, a, "revenues") ||
          tok_eq(c, a, "receipts") || tok_eq(c, a, "proceeds")) ||
        c->tk[a + 1].prep == P_FROM || tok_eq(c, a + 1, "at") || tok_eq(c, a + 1, "of") ||
        tok_cap_word(c, a + 1))
        return (size_t)-1; /* "revenue at miner Adaro" is a company's */
    for (size_t i = a + 1; i < b; i++) {
        const ad_quantity *q = qat(c, i);
        if (q && q->kind == AD_QTY_MONEY)
            return a;
    }
    return (size_t)-1;
}

/* The economy key a reported name stands for, or NULL. */
static const char *key_of_name(const char *name)
{
    for (size_t r = 0; r < ad_tbl_trade_economies_len; r++)
        if (strcmp(ad_tbl_trade_economies[r][1], name) == 0)
            return ad_tbl_trade_economies[r][0];
    return NULL;
}

/* Dates for a fiscal year from the reporter's calendar (data/fiscal_years.tsv):
 * "FY25" of India is 2024-04-01..2025-03-31, "fiscal 2025" of Japan
 * 2025-04-01..2026-03-31, and "2024-25" of India a fiscal year too. Other
 * reporters keep the period as the quantity stage resolved it. */
/* The reporter's row of data/fiscal_years.tsv, or -1 when its fiscal
 * calendar is not known. A country's division keeps the country's
 * calendar (Western Australia's "2028-29 financial year" is Australia's,
 * Gujarat's India's). */
static long fiscal_row(const ad_figure *f)
{
    const char *key = f->reporter ? key_of_name(f->reporter) : NULL;
    const char *country = f->reporter && !key ? place_country(f->reporter) : NULL;
    if (country)
        key = key_of_name(country);
    /* ... but a US state keeps its own, as often as not unlike Washington's
     * (California's runs from July, Texas's from September). */
    if (country && key && !strcmp(key, "US"))
        return -1;
    for (size_t r = 0; key && r < ad_tbl_fiscal_years_len; r++)
        if (strcmp(ad_tbl_fiscal_years[r][0], key) == 0)
            return (long)r;
    return -1;
}

/* The month a fiscal year is said to end in right after its name
 * ("2026/27, which ended in March", "ending in June"), or 0. */
static int stated_end(const char *t, size_t n)
{
    static const char *const says[] = {", which ended in ",
                                       ", which ends in ",
                                       " ending in ",
                                       ", ending in ",
                                       " ended in ",
                                       " that ended in ",
                                       ", which ended ",
                                       ", which ends ",
                                       ", ending ",
                                       " that ended ",
                                       NULL};
    for (const char *const *w = says; *w; w++) {
        size_t l = strlen(*w);
        if (n > l && !ad_text_ncasecmp(t, *w, l))
            return month_word(t + l, n - l);
    }
    return 0;
}

static void fiscal_dates(fctx *c, frame *fr)
{
    ad_figure *f = &fr->f;
    long r = fiscal_row(f);
    const char *s, *e;
    /* "fiscal year 2026/27, which ended in March": the text's calendar. */
    if (fr->fy_end && fr->fy1 && fr->fy2 &&
        ad_qty_fiscal_dates(fr->fy1, fr->fy2, fr->fy_end % 12 + 1, 1, c->a, &s, &e) == AD_OK) {
        f->period.start = s;
        f->period.end = e;
        return;
    }
    /* "last fiscal", "the current fiscal year": the one under way at the
     * article's date in the reporter's calendar, or the one before it. */
    if (fr->fiscal >= 3) {
        if (r < 0 || !c->anchor || strlen(c->anchor) < 10)
            return;
        int m0 = (int)strtol(ad_tbl_fiscal_years[r][1], NULL, 10);
        int ay = (int)strtol(c->anchor, NULL, 10), am = (int)strtol(c->anchor + 5, NULL, 10);
        int y0 = (am >= m0 ? ay : ay - 1) - (fr->fiscal == 4);
        if (ad_qty_month_span(y0, m0, 12, c->a, &s, &e) == AD_OK) {
            f->period.start = s;
            f->period.end = e;
        }
        return;
    }
    if (r < 0 || !fr->fy1)
        return;
    /* A bare "2024-25" is a fiscal year only where the table says so: in
     * US news it is mostly a crop's marketing year. */
    if (fr->fiscal == 2 && strcmp(ad_tbl_fiscal_years[r][3], "yes") != 0)
        return;
    if (ad_qty_fiscal_dates(fr->fy1, fr->fy2, (int)strtol(ad_tbl_fiscal_years[r][1], NULL, 10),
                            strcmp(ad_tbl_fiscal_years[r][2], "start") == 0, c->a, &s,
                            &e) == AD_OK) {
        f->period.start = s;
        f->period.end = e;
    }
}

/* The currency of a family word for the figure's reporter ("dirhams" of
 * Morocco are MAD): into code, or left as it is when the reporter has none
 * of that family (data/currency_families.tsv). */
static void family_currency(const ad_figure *f, const char *family, char code[4])
{
    const char *key = family && f->reporter ? key_of_name(f->reporter) : NULL;
    /* A country's division counts in its country's money ("Guangdong's
     * foreign trade reached ¥6.12 trillion": yuan). */
    const char *country = family && f->reporter && !key ? place_country(f->reporter) : NULL;
    if (country)
        key = key_of_name(country);
    for (size_t r = 0; key && r < ad_tbl_currency_families_len; r++)
        if (strcmp(ad_tbl_currency_families[r][0], family) == 0 &&
            strcmp(ad_tbl_currency_families[r][1], key) == 0) {
            memcpy(code, ad_tbl_currency_families[r][2], 3);
            code[3] = '\0';
            return;
        }
}

/* Whether an amount is written with a bare "$" ("$3.2 billion", "about
 * $4bn"), not "US$", "A$" or "C$". */
static int bare_dollar(const char *text)
{
    const char *d = text ? strchr(text, '$') : NULL;
    return d && (d == text || d[-1] == ' ');
}

/* Resolves the clause's currency family words; an amount whose currency
 * stays unknown ("pesos" of no known reporter) is dropped, since no
 * currency beats a wrong one. */
static void resolve_currencies(frame *fr)
{
    ad_figure *f = &fr->f;
    if (f->value.present) {
        family_currency(f, fr->value_family, f->value.currency);
        if (!f->value.currency[0])
            f->value.present = 0;
    }
    if (f->change.by.present) {
        family_currency(f, fr->by_family, f->change.by.currency);
        if (!f->change.by.currency[0] && !f->change.by.unit)
            f->change.by.present = 0;
    }
}

/* Whether the clause's cue governs its volume (see the emission rules). */
static int volume_governed(const fctx *c, const frame *fr)
{
    if (fr->cue <= fr->vol_s) /* equal in an answer that opens with it (see answers()) */
        return 1;
    if (fr->cue < fr->vol_e || fr->cue - fr->vol_e > 6)
        return 0;
    for (size_t k = fr->vol_e; k < fr->cue; k++)
        if (tok_eq(c, k, ",") || c->tk[k].cls == W_UP || c->tk[k].cls == W_DOWN)
            return 0;
    return 1;
}

/* Whether a period start ("YYYY-MM-DD") lies after the anchor date. */
static int after_anchor(const fctx *c, const char *start)
{
    return c->anchor && start && strlen(c->anchor) >= 10 && strncmp(start, c->anchor, 10) > 0;
}

/* Whether a number comes in [i, e) before a comma or a semicolon. */
static int number_ahead(const fctx *c, size_t i, size_t e)
{
    for (; i < e && !tok_eq(c, i, ",") && !tok_eq(c, i, ";"); i++)
        if (c->tk[i].qi >= 0)
            return 1;
    return 0;
}

/* Whether "and" at token i joins the two sides of "between X and Y": the
 * word before it ends an economy that "between" opens (economies are not
 * mapped to tokens yet, so the list is searched). */
static int between_and(const fctx *c, size_t s, size_t i)
{
    for (size_t k = 0; k < c->n_ec; k++)
        if (c->ec[k].te == i && c->ec[k].ts > s &&
            (tok_eq(c, c->ec[k].ts - 1, "between") ||
             (c->ec[k].ts > s + 1 && tok_eq(c, c->ec[k].ts - 1, "the") &&
              tok_eq(c, c->ec[k].ts - 2, "between"))))
            return 1;
    return 0;
}

/* Whether token i is a verb that takes a clause after "that" ("data
 * showed that", "it suggested that"; not the noun of a relative clause:
 * "the natural gas that Qatar exports"). */
static int that_verb(const fctx *c, size_t i)
{
    static const char *const verbs[] = {"showed",    "shows",     "suggested", "suggests",
                                        "indicated", "indicates", "meant",     "means",
                                        "signalled", "signaled",  "noted",     "added"};
    if (c->tk[i].cls == W_SRCVERB)
        return 1;
    for (size_t k = 0; k < sizeof(verbs) / sizeof(verbs[0]); k++)
        if (tok_eq(c, i, verbs[k]))
            return 1;
    return 0;
}

/* Whether a cue stands in [i, e) before any comma or semicolon. */
static int cue_ahead(const fctx *c, size_t i, size_t e)
{
    for (; i < e && !tok_eq(c, i, ",") && !tok_eq(c, i, ";"); i++)
        if (c->tk[i].flow)
            return 1;
    return 0;
}

/* Whether paragraph q comes right after paragraph p, the captions of
 * pictures between them aside (not a subheading: what follows one may be
 * another measure, "Tourism booms"). */
static int next_para(const fctx *c, size_t p, size_t q)
{
    if (q <= p)
        return 0;
    for (size_t k = p + 1; k < q; k++)
        if (c->art->paragraphs[k].type != AD_PARA_CAPTION)
            return 0;
    return 1;
}

/* The slot of c->head for a flow, or -1 (balances and tariffs have none). */
static int head_slot(ad_flow flow)
{
    return flow == AD_FLOW_EXPORT ? 0 : flow == AD_FLOW_IMPORT ? 1 : flow == AD_FLOW_TOTAL ? 2 : -1;
}

/* The whole figure of slot h whose parts may follow at paragraph p (in its
 * own paragraph or the next), or NULL. */
static const ad_figure *head_at(const fctx *c, int h, size_t p)
{
    if (h < 0 || !c->head[h].set)
        return NULL;
    size_t hp = c->head[h].para, hr = c->head[h].reach;
    if (hp != p && hr != p && !next_para(c, hr, p))
        return NULL;
    return &c->out[c->head[h].idx];
}

/* Whether the parts of a whole figure may follow at paragraph p. */
static int head_open(const fctx *c, size_t p)
{
    for (int h = 0; h < 3; h++)
        if (head_at(c, h, p))
            return 1;
    return 0;
}

/* Whether a subject carried from an earlier figure (see carry()) may
 * still give a role's whole at paragraph p (see chain_head()). */
static int chain_open(const fctx *c, size_t p)
{
    return c->last.set && c->last.reporter && !c->last.tariff && p <= c->last.para + 6;
}

/* Notes the figure just emitted (f) as the whole of its flow that later
 * sentences may break down; one without an amount closes its flow's, and
 * a balance leaves no whole for a verb's parts. */
static void note_head(fctx *c, const ad_figure *f)
{
    if (f->flow == AD_FLOW_TARIFF)
        return;
    int h = head_slot(f->flow);
    c->head_last = -1;
    if (h < 0)
        return;
    /* The whole's change on another basis ("Compared with June, exports
     * were up 2.3%" after July's exports of RM132.4 billion) is the same
     * whole seen again: its parts may still follow. */
    if (!f->value.present && !f->volume.present && c->head[h].set && c->head[h].para == c->para) {
        const ad_figure *o = &c->out[c->head[h].idx];
        if (!f->commodity && !f->partner && !o->commodity && !o->partner &&
            same_str(o->reporter, f->reporter) && same_str(o->period.start, f->period.start) &&
            same_str(o->period.end, f->period.end))
            return;
    }
    c->head[h].set = 0;
    if (!f->value.present && !f->volume.present)
        return;
    for (size_t k = c->n_out; k-- > 0;)
        if (same_figure(&c->out[k], f)) {
            c->head[h].set = 1, c->head[h].para = c->head[h].reach = c->para, c->head[h].idx = k;
            c->head_last = h;
            return;
        }
}

/* Whether a tariff with its rate opens at token i ("the 30% tariff
 * imposed by Washington", "a 25 percent duty"): an article, the rate, then
 * the tariff word. */
static int rate_then_tariff(const fctx *c, size_t i, size_t e)
{
    if (i < e && (tok_eq(c, i, "the") || tok_eq(c, i, "a") || tok_eq(c, i, "an")))
        i++;
    const ad_quantity *q = i < e ? qat(c, i) : NULL;
    if (!q || q->kind != AD_QTY_PERCENT)
        return 0;
    i = past_qty(c, i, e);
    return i < e && (c->tk[i].flow & FB_TARIFF);
}

/* Whether a tariff with its rate stands in [i, e) ("Washington imposed a
 * 15% tariff on Ugandan goods", "the 40 per cent tariff imposed by
 * Washington", "tariffs of 25%"). */
static int tariff_ahead(const fctx *c, size_t i, size_t e)
{
    for (size_t k = i; k < e; k++) {
        if (!(c->tk[k].flow & FB_TARIFF))
            continue;
        for (size_t j = k > i + 4 ? k - 4 : i; j < e && j <= k + 3; j++)
            if (qat(c, j) && qat(c, j)->kind == AD_QTY_PERCENT)
                return 1;
    }
    return 0;
}

/* Whether tokens from k restate an amount before them as a share: "or
 * 25.8% of total imports". */
static int share_after(const fctx *c, size_t k, size_t e)
{
    if (k + 2 >= e || !tok_eq(c, k, "or"))
        return 0;
    const ad_quantity *q = qty_from(c, k + 1, e);
    if (!q || q->kind != AD_QTY_PERCENT)
        return 0;
    size_t z = past_qty(c, k + 1, e);
    return z < e && c->tk[z].prep == P_OF;
}

/* Clauses of [s, e): see the file comment. Stores triples in segs (start,
 * end, end of the core: the part up to its last cue-bearing piece); returns
 * their number. Pieces without a cue join the clause before them (or the
 * first one after, at the start). */
static size_t clauses(const fctx *c, size_t s, size_t e, size_t *segs)
{
    /* A piece without a cue opening the sentence that gives a part of the
     * figure before it stays a clause of its own (see parts_range()). */
    int parts_open = head_open(c, c->para);
    size_t n = 0, cur = s, vg_s, vg_e;
    int has_cue = 0, has_qty = 0;
    unsigned cue_flow = 0; /* the flow of the clause's first cue */
    for (size_t i = s; i < e; i++) {
        if (c->tk[i].qi >= 0)
            has_qty = 1;
        if (c->tk[i].inqty)
            continue;
        /* A market's move the trade data explain ("The ringgit gained 0.3%
         * to 4.412 per dollar as Malaysia's exports rose 12.4% ...", "The
         * DAX fell 0.7% after data showed French exports to China fell
         * 9.8% ..."): numbers without a cue before "as" or "after" and a
         * cue with numbers after it. The move is no clause of the figure. */
        if ((tok_eq(c, i, "as") || tok_eq(c, i, "after")) && has_qty && !has_cue && i > cur &&
            cue_ahead(c, i + 1, e) && number_ahead(c, i + 1, e)) {
            cur = i + 1;
            has_qty = 0;
            continue;
        }
        size_t next = (size_t)-1;
        if (tok_eq(c, i, ";"))
            next = i + 1;
        else if (c->tk[i].cls == W_CLAUSE)
            next = i;
        /* "..., the agency said, as coffee sales jumped 41.3% to $812.4
         * million": goods with what they earned, a figure of their own. */
        else if (tok_eq(c, i, "as") && i > cur && sold_goods_clause(c, i + 1, e) &&
                 number_ahead(c, i + 1, e))
            next = i + 1;
        /* "the deficit narrowed to C$4.94 billion as exports rose 2.6%": a
         * figure of its own after "as" and a cue, also after a cue without
         * numbers ("It was the widest shortfall in more than a year, as
         * goods exports fell 2.8% to £96.4 billion"). */
        else if (tok_eq(c, i, "as") && has_cue && i + 1 < e &&
                 (c->tk[i + 1].flow ||
                  (i + 2 < e && tok_lower_word(c, i + 1) && c->tk[i + 2].flow &&
                   (c->tk[i + 1].cls == W_NONE || c->tk[i + 1].cls == W_GENERIC)) ||
                  rate_then_tariff(c, i + 1, e)) &&
                 number_ahead(c, i + 1, e))
            next = i + 1;
        /* "agreed to cut tariffs on farm goods, and officials said trade
         * could reach $500 billion": a tariff without a rate is no clause
         * of the trade's numbers after ", and". */
        else if (tok_eq(c, i, ",") && i + 2 < e && tok_eq(c, i + 1, "and") && has_cue && !has_qty &&
                 cue_flow == FB_TARIFF && cue_ahead(c, i + 2, e) && number_ahead(c, i + 2, e))
            next = i + 1;
        /* "exports to the United States dropped 12.4% to $96.3m after
         * Washington imposed a 15% tariff": the tariff that explains the
         * figure is a clause of its own. */
        else if (((cause_word(c, i) && has_qty) || harmed_by(c, i)) && has_cue &&
                 tariff_ahead(c, i + 1, e))
            next = i + 1;
        /* Not before the share of the clause's amount ("at ₦4.29 trillion,
         * or 25.8% of total imports, followed by ..."): it stays the
         * clause's, and what follows it too. */
        else if ((tok_eq(c, i, ",") || (tok_eq(c, i, "and") && !between_and(c, cur, i))) &&
                 has_cue && has_qty && !share_after(c, i + 1, e))
            next = i + 1;
        /* "..., up 28.1%, while phones fell 2.3% to $49.8 billion": other
         * goods with a verb of their own after the clause's numbers are a
         * clause of their own (see verb_goods_clause()). */
        else if (tok_eq(c, i, ",") && has_qty && i + 2 < e &&
                 (tok_eq(c, i + 1, "while") || tok_eq(c, i + 1, "whereas") ||
                  tok_eq(c, i + 1, "but")) &&
                 verb_goods_clause(c, i + 1, e, &vg_s, &vg_e))
            next = i + 1;
        /* "Crude palm oil rose 15.7% to $2.31 billion, and iron and steel
         * exports gained 8.3%": goods with a verb of their own opening the
         * sentence after other goods' figure end before the next cue's. */
        else if ((tok_eq(c, i, ",") || tok_eq(c, i, "and")) && !has_cue && has_qty && cur == s &&
                 goods_before(c) && verb_goods_clause(c, s, i, &vg_s, &vg_e) &&
                 cue_ahead(c, i + 1, e))
            next = i + 1;
        /* "Tobacco brought in K892 billion, up 26.5 percent, and accounted
         * for 53.1 percent of total exports": a part opening the sentence
         * ends before the "and" of a piece with a cue. */
        else if (tok_eq(c, i, "and") && !has_cue && has_qty && cur == s && parts_open &&
                 has_part(c, s, i) && cue_ahead(c, i + 1, e))
            next = i + 1;
        /* "imports of Nu 32.18 billion against exports of Nu 13.83 billion":
         * the other flow with its own amount (not a base of the same flow,
         * "against $3.1 billion a year earlier"). */
        else if (tok_eq(c, i, "against") && has_cue && has_qty && i + 1 < e && c->tk[i + 1].flow &&
                 c->tk[i + 1].flow != cue_flow && number_ahead(c, i + 1, e))
            next = i + 1;
        /* "the strength of re-exports showed that supply chains were
         * adjusting to the 30 per cent US tariff": a clause of its own after
         * "that" when the piece before has a cue but no number and the rest
         * has both. */
        else if (tok_eq(c, i, "that") && has_cue && !has_qty && i > cur + 1 &&
                 that_verb(c, i - 1) && cue_ahead(c, i + 1, e) && number_ahead(c, i + 1, e))
            next = i + 1;
        /* "..., up 1.9 percent from a year earlier, putting ... exports": a
         * piece with numbers but no cue after a clause is that clause's. */
        else if ((tok_eq(c, i, ",") || tok_eq(c, i, "and")) && has_qty && !has_cue && cur > s)
            next = i + 1;
        if (next != (size_t)-1) {
            if (i > cur) {
                segs[3 * n] = cur;
                segs[3 * n + 1] = i;
                n++;
            }
            cur = next;
            has_cue = has_qty = 0;
            cue_flow = 0;
        }
        if (c->tk[i].flow || c->tk[i].measure)
            has_cue = 1;
        if (c->tk[i].flow && !cue_flow)
            cue_flow = c->tk[i].flow;
    }
    if (e > cur) {
        segs[3 * n] = cur;
        segs[3 * n + 1] = e;
        n++;
    }
    /* Merge the clauses without a cue. */
    size_t m = 0, pending = (size_t)-1;
    for (size_t k = 0; k < n; k++) {
        size_t a = segs[3 * k], b = segs[3 * k + 1];
        int cue = 0, measure = 0;
        for (size_t i = a; i < b && !cue; i++) {
            cue = c->tk[i].flow != 0;
            measure |= c->tk[i].measure;
        }
        /* "The share of Japan's exports going to China fell, while exports
         * to the US rose 8%": a measure's piece with its own numbers is a
         * clause of no figure, joined to none. */
        size_t gs, ge;
        if (!cue && measure && !(m && sold_goods_clause(c, a, b)))
            continue;
        if (!cue && m &&
            (pronoun_clause(c, a, b) != (size_t)-1 || volume_clause(c, a, b) != (size_t)-1 ||
             earnings_clause(c, a, b) != (size_t)-1 ||
             (they_clause(c, a, b) != (size_t)-1 && !forecast_in(c, segs[3 * m - 3], a)) ||
             goods_clause(c, a, b, &gs, &ge) || verb_goods_clause(c, a, b, &gs, &ge)))
            cue = 1; /* "..., while those to Asia rose 15%": a figure of its own */
        int goods_verb = 0;
        if (!cue && !m && goods_before(c) && verb_goods_clause(c, a, b, &gs, &ge))
            cue = goods_verb = 1;
        /* "..., while Malaysia's grew 14.1%", or opening the sentence after
         * the figure it compares with. */
        if (!cue && elided_clause(c, a, b) != (size_t)-1 &&
            (m || (c->last.set && c->last.para == c->para && !c->last.tariff)))
            cue = 1;
        if (!cue && parts_open && !m && pending == (size_t)-1 && has_part(c, a, b))
            cue = 1; /* leading only: a part after a cue is that clause's (breakdown()) */
        if (!cue) {
            if (m)
                segs[3 * m - 2] = b; /* the core keeps its end */
            else if (pending == (size_t)-1)
                pending = a;
            continue;
        }
        /* Goods with a verb after other goods without numbers
         * ("Specialised machinery expanded, while pharmaceuticals fell
         * 14.7%") open their own clause: the words before tell nothing. */
        segs[3 * m] = pending != (size_t)-1 && !goods_verb ? pending : a;
        segs[3 * m + 1] = b;
        segs[3 * m + 2] = b;
        pending = (size_t)-1;
        m++;
    }
    return m;
}

/* Whether the economy so named is a bloc (keyed by its full name, not by
 * two letters): "the bloc" speaks of one. */
static int is_bloc(const char *name)
{
    const char *k = key_of_name(name);
    return k && strlen(k) > 2;
}

/* Whether the capitalized token i is the first word of a name the text
 * gave the economy other: "the North" for North Korea, "the South" for
 * South Korea. */
static int opens_name(const fctx *c, size_t i, const char *other)
{
    size_t n, m;
    const char *w = ad_tok_text(&c->toks, i, &n);
    /* Alone: "the North American market" is no North Korea. */
    if (!tok_cap_word(c, i) || (i + 1 < c->toks.n && tok_cap_word(c, i + 1)))
        return 0;
    for (size_t k = 0; k < c->n_ec; k++) {
        const econ *x = &c->ec[k];
        if (x->te < x->ts + 2 || x->ts == i || !same_str(x->name, other))
            continue;
        const char *v = ad_tok_text(&c->toks, x->ts, &m);
        if (m == n && memcmp(v, w, n) == 0)
            return 1;
    }
    return 0;
}

/* Whether the clause sends goods to, takes them from or trades with "the
 * country" it spoke of before ("Shipments of auto parts to the country also
 * fell", "trade turnover with the country", "exports to the southern
 * neighbour", "imports from the bloc", "China's exports to the North"
 * after North Korea). */
static int names_the_partner(const fctx *c, size_t s, size_t e, const char *other)
{
    for (size_t i = s + 2; i < e; i++) {
        if (!(tok_eq(c, i, "country") || tok_eq(c, i, "nation") || tok_eq(c, i, "neighbour") ||
              tok_eq(c, i, "neighbor") ||
              (tok_eq(c, i, "bloc") && tok_eq(c, i - 1, "the") && is_bloc(other) &&
               !(i + 1 < e && tok_eq(c, i + 1, "of"))) ||
              (tok_eq(c, i - 1, "the") && opens_name(c, i, other))))
            continue;
        size_t d = i - 1; /* the determiner, maybe before one adjective */
        if (!tok_eq(c, d, "the") && d > s + 1 && tok_lower_word(c, d) && tok_eq(c, d - 1, "the"))
            d--;
        if (tok_eq(c, d, "the") && d > s &&
            (tok_eq(c, d - 1, "to") || tok_eq(c, d - 1, "from") || tok_eq(c, d - 1, "with")))
            return 1;
    }
    return 0;
}

/* Whether a clause names the two economies of the figure before it by a
 * phrase ("between the two countries", "both sides", "bilateral trade"). */
static int names_the_pair(const fctx *c, size_t s, size_t e)
{
    for (size_t i = s + 1; i < e; i++)
        if (c->tk[i].cls == W_PAIR && (tok_eq(c, i - 1, "two") || tok_eq(c, i - 1, "both")))
            return 1;
    /* "bilateral trade reached $301.2 million", not "bilateral trade flows
     * across the region" nor "bilateral surpluses with all its partners" */
    for (size_t i = s + 1; i < e; i++) {
        if (!(c->tk[i].flow && tok_eq(c, i - 1, "bilateral")))
            continue;
        for (size_t k = s; k < e; k++)
            if (tok_eq(c, k, "with") || tok_eq(c, k, "across") || tok_eq(c, k, "among") ||
                tok_eq(c, k, "all") || tok_eq(c, k, "partners") || tok_eq(c, k, "flows"))
                return 0;
        return 1;
    }
    return 0;
}

/* Whether a source is a back-reference ("the administration said",
 * "customs said") to the named one: it has no capital and the name holds
 * its last word, or, in the same paragraph (same_para), it is only a word
 * that any organization goes by ("the agency reported" after "Statistics
 * Indonesia said"; data/trade_labels.tsv; not "the port authority") and the
 * name is a proper name. */
static int source_refers(const char *ref, const char *named, int same_para)
{
    if (!ref || !named)
        return 0;
    for (const char *p = ref; *p; p++)
        if (*p >= 'A' && *p <= 'Z')
            return 0;
    const char *w = strrchr(ref, ' ');
    w = w ? w + 1 : ref;
    if (strlen(w) < 4)
        return 0;
    if (ad_text_icontains(named, w))
        return 1;
    if (!same_para || w != ref)
        return 0;
    return label_word_is(w, strlen(w), "anyorg") && named[0] >= 'A' && named[0] <= 'Z';
}

/* News states the economies and the period once and goes on ("China's
 * exports to ASEAN rose 9% in the first ten months. Imports from the bloc
 * fell 2%."): a figure that leaves out its reporter takes the last
 * figure's, with its period when it has none, if that figure was at most
 * four paragraphs before (quotes and context stand between) and its reporter is
 * not this figure's partner. A clause naming "the two countries" takes the last two
 * economies named together, however far back. A source given as a back-reference ("the
 * administration said") takes the name it refers to. Tariffs neither give
 * nor take: the economy that imposes them is not the one that trades. */
/* A period from the start of a year that runs up to the article's date or
 * past it ("the year to date", "this year") ends, for reported data, where
 * the data of the subject's last figure end in that year ("October",
 * "the first nine months"). */
static void to_date_end(fctx *c, ad_figure *f)
{
    const ad_period *lp = &c->last.period;
    /* In January's report on December ("Year to date, the trade surplus
     * stood at R189.5 billion" after December's figures), the year to date
     * is the year that December closed. */
    if (f->period.present && f->period.start && f->period.end && lp->present && lp->end &&
        c->anchor && strlen(c->anchor) >= 10 && strlen(f->period.start) >= 10 &&
        strlen(lp->end) >= 10 && !strcmp(f->period.start + 4, "-01-01") &&
        strncmp(f->period.end, c->anchor, 10) >= 0 && !strcmp(lp->end + 4, "-12-31") &&
        strtol(lp->end, NULL, 10) + 1 == strtol(f->period.start, NULL, 10)) {
        char st[11];
        snprintf(st, sizeof(st), "%.4s-01-01", lp->end);
        const char *s1 = ad_arena_strndup(c->a, st, 10);
        if (s1) {
            f->period.start = s1;
            f->period.end = lp->end;
        }
        return;
    }
    if (!f->period.present || !lp->present || !f->period.start || !f->period.end || !lp->end ||
        !lp->start || !c->anchor || strlen(c->anchor) < 10 || strlen(f->period.start) < 10 ||
        strlen(lp->end) < 10 || strcmp(f->period.start + 4, "-01-01") ||
        strncmp(f->period.end, c->anchor, 10) < 0 || strncmp(lp->end, f->period.start, 4) ||
        strncmp(lp->end, c->anchor, 10) >= 0 || strcmp(lp->start, f->period.start) < 0)
        return;
    f->period.end = lp->end;
}

/* Whether a clause's cue speaks of goods named before: "the shipments",
 * "Shipments to China" (a weak cue), "Export earnings", "Export volumes",
 * "export revenue from the fuel" - not "total exports". */
static int goods_refer_back(const fctx *c, const frame *fr)
{
    size_t i = fr->cue;
    if (i > fr->s && (tok_eq(c, i - 1, "total") || tok_eq(c, i - 1, "overall") ||
                      tok_eq(c, i - 1, "all") || tok_eq(c, i - 1, "merchandise")))
        return 0;
    if (fr->weak || (i > fr->s && tok_eq(c, i - 1, "the")))
        return 1;
    /* "Revenue rose 22.7%" as a cue of its own (see classify()). */
    if (i == fr->s && revenue_word(c, i))
        return 1;
    return i + 1 < fr->e && (tok_eq(c, i + 1, "earnings") || tok_eq(c, i + 1, "revenue") ||
                             tok_eq(c, i + 1, "revenues") || tok_eq(c, i + 1, "receipts") ||
                             tok_eq(c, i + 1, "proceeds") || tok_eq(c, i + 1, "volumes") ||
                             tok_eq(c, i + 1, "volume"));
}

/* The number of months tokens [s, e) refer back to ("in the two months",
 * "over the three months", "in the 11 months", and 1 for "in the month"),
 * or 0: "the", a count of two to twelve, "months", with no period of its
 * own there. */
static int months_back(const fctx *c, size_t s, size_t e)
{
    static const char *const counts[] = {"two",   "three", "four", "five",   "six",   "seven",
                                         "eight", "nine",  "ten",  "eleven", "twelve"};
    for (size_t i = s; i + 1 < e; i++) {
        /* "in the month", "for the month": the latest single month. */
        if (tok_eq(c, i, "the") && tok_eq(c, i + 1, "month") && c->tk[i].pi < 0 && i > s &&
            (tok_eq(c, i - 1, "in") || tok_eq(c, i - 1, "for") || tok_eq(c, i - 1, "during")))
            return 1;
        if (i + 2 >= e || !tok_eq(c, i, "the") || !tok_eq(c, i + 2, "months") ||
            c->tk[i + 1].pi >= 0 || c->tk[i].pi >= 0)
            continue;
        size_t n;
        const char *t = ad_tok_text(&c->toks, i + 1, &n);
        if (n && n <= 2 && t[0] >= '1' && t[0] <= '9' && (n == 1 || (t[1] >= '0' && t[1] <= '9'))) {
            int v = n == 1 ? t[0] - '0' : (t[0] - '0') * 10 + (t[1] - '0');
            return v >= 2 && v <= 12 ? v : 0;
        }
        for (size_t k = 0; k < sizeof(counts) / sizeof(counts[0]); k++)
            if (tok_eq(c, i + 1, counts[k]))
                return (int)k + 2;
    }
    return 0;
}

/* The period of the latest figure of this paragraph or the one before
 * that spans n whole months, or NULL. */
static const ad_period *period_of_months(const fctx *c, int n)
{
    for (size_t k = c->n_out; k-- > 0;) {
        const ad_figure *g = &c->out[k];
        if (g->paragraph + 1 < c->para)
            break;
        if (g->period.present && g->period.start && g->period.end &&
            month_index(g->period.end) - month_index(g->period.start) + 1 == n &&
            !strcmp(g->period.start + 8, "01"))
            return &g->period;
    }
    return NULL;
}

static void carry(fctx *c, frame *fr)
{
    ad_figure *f = &fr->f;
    /* "The administration's 10% baseline tariff": the government of the
     * economy the paragraph speaks of imposes it. */
    if (f->flow == AD_FLOW_TARIFF && !f->reporter && c->last.set && c->last.reporter &&
        c->para <= c->last.para + 1 && !same_str(c->last.reporter, f->partner))
        for (size_t i = fr->s; i + 1 < fr->cue && !f->reporter; i++)
            if ((tok_eq(c, i, "administration") || tok_eq(c, i, "government")) &&
                (c->toks.tok[i + 1].flags & AD_TOKF_POSSESSIVE))
                f->reporter = c->last.reporter;
    if (!c->last.set || f->flow == AD_FLOW_TARIFF ||
        (c->last.tariff &&
         !(f->flow == AD_FLOW_EXPORT && same_str(c->last.tariff_on, c->last.reporter))))
        return;
    if (source_refers(f->source, c->last.source, c->para == c->last.para))
        f->source = c->last.source;
    if (!f->reporter && !f->partner && c->last.pair[0] && names_the_pair(c, fr->s, fr->e)) {
        f->reporter = c->last.pair[0];
        f->partner = c->last.pair[1];
    }
    if (c->para > c->last.para + 6 || same_str(c->last.reporter, f->partner))
        return;
    /* A figure naming another reporter starts its own subject; one naming
     * the same ("China's trade with the EU rose 4.6%" after China's figures
     * for the first ten months) or none continues it. */
    int own = f->reporter != NULL;
    /* The other side of the same trade, in the same paragraph: "Trade
     * between North Korea and China rose 18.2% in July ... China's exports
     * to the reclusive country came to $201.3 million". */
    int mirror = own && c->last.partner && c->para == c->last.para &&
                 same_str(f->reporter, c->last.partner) &&
                 !same_str(f->reporter, c->last.reporter) &&
                 (!f->partner || same_str(f->partner, c->last.reporter));
    if (own && !mirror && !same_str(f->reporter, c->last.reporter))
        return;
    const char *other = mirror ? c->last.reporter : c->last.partner;
    if (!mirror) {
        fr->carried = !own;
        f->reporter = c->last.reporter;
    }
    if (!f->partner && other && names_the_partner(c, fr->s, fr->e, other))
        f->partner = other;
    /* The subject's period, also over one found only in a trailing piece
     * when the reporter is carried, which is often the comparison ("...,
     * after a revised 20.7% rise in October"). */
    if (c->last.period.present && (!f->period.present || (!own && fr->tail_period))) {
        f->period = c->last.period;
        fr->fy1 = c->last.fy1, fr->fy2 = c->last.fy2;
        fr->fiscal = c->last.fiscal;
        /* "buying goods worth $21.7 billion in the two months", after a
         * figure for February alone: the months counted back. */
        int months = months_back(c, fr->s, fr->e);
        const ad_period *back = months ? period_of_months(c, months) : NULL;
        if (back)
            f->period = *back;
    }
    to_date_end(c, f);
    /* The goods, when the clause speaks of them again in the same
     * paragraph ("Malaysia's palm oil exports fell 4.2%. Export earnings,
     * however, rose to RM113.5 billion"). */
    /* So does a breakdown of those goods by partner ("South Korea's car
     * exports to the United States fell 15.2% ... Exports to the European
     * Union rose 24.6%"): a bare cue with another partner. */
    int by_partner = f->partner && c->last.partner && !same_str(f->partner, c->last.partner) &&
                     (fr->cue == fr->s || (fr->cue == fr->s + 1 && tok_eq(c, fr->s, "the")));
    /* In a paragraph whose figures of the flow are all of those goods, the
     * last figure may have had no partner ("Exports to Taiwan, the
     * fourth-largest buyer, fell 19.5%" after LNG's), and a bare cue with
     * a volume in the goods' unit speaks of them too ("In July alone,
     * exports reached 151,300 tonnes" after beef in tonnes). */
    int bare = fr->cue == fr->s || tok_eq(c, fr->cue - 1, "the") || tok_eq(c, fr->cue - 1, ",");
    int one_goods = bare && c->last.commodity && !by_partner, by_unit = 0;
    double top_value = 0, top_volume = 0;
    for (size_t k = c->n_out; one_goods && k-- > 0;) {
        const ad_figure *o = &c->out[k];
        if (o->paragraph != c->para)
            break;
        if (o->flow != f->flow)
            continue;
        one_goods = same_str(o->commodity, c->last.commodity);
        by_unit |=
            o->volume.present && f->volume.present && same_str(o->volume.unit, f->volume.unit);
        /* The goods' largest figures, in the new one's currency and unit. */
        if (o->value.present && f->value.present && !strcmp(o->value.currency, f->value.currency) &&
            o->value.amount > top_value)
            top_value = o->value.amount;
        if (o->volume.present && f->volume.present && same_str(o->volume.unit, f->volume.unit) &&
            o->volume.amount > top_volume)
            top_volume = o->volume.amount;
    }
    /* More than the goods' own figure is no part of them ("Overall, exports
     * reached 120 million tonnes" after iron ore's 75 million). */
    if ((top_value > 0 && f->value.amount > top_value) ||
        (top_volume > 0 && f->volume.amount > top_volume))
        one_goods = 0;
    if (one_goods && ((f->partner && !c->last.partner) || by_unit))
        by_partner = 1;
    if (!f->commodity && c->last.commodity && f->flow == c->last.flow && c->para == c->last.para &&
        (goods_refer_back(c, fr) || by_partner))
        f->commodity = c->last.commodity;
    /* The source within the paragraph, and a lede's ("..., according to
     * Eurostat figures") for the paragraph after it too. */
    if (!f->source &&
        (c->para == c->last.para || (c->last.lede && next_para(c, c->last.para, c->para))))
        f->source = c->last.source;
}

/* Makes a figure, reported or only named, the one the next sentences
 * carry over from (see carry()). A tariff changes the subject, except for
 * the exports of the economy it taxes ("Washington has imposed a 50% tariff
 * on Indian goods. Shipments to China, however, rose 21.3%" are India's;
 * "Washington raised tariffs on Chinese cars. Imports of such cars fell"
 * are not China's). */
static void remember(fctx *c, const frame *fr)
{
    const ad_figure *f = &fr->f;
    if (f->flow == AD_FLOW_TARIFF) {
        /* A tariff that names no economy ("ahead of the introduction of
         * tariffs of 15 per cent on pharmaceutical products") changes no
         * subject. */
        if (!f->reporter && !f->partner)
            return;
        c->last.tariff = 1;
        c->last.tariff_on = f->partner;
        return;
    }
    if (!f->reporter)
        return;
    c->last.set = 1;
    c->last.tariff = 0;
    c->last.lede = !f->value.present && !f->change.has_percent && !f->has_rate &&
                   !f->volume.present && !fr->by_amount;
    c->last.para = c->para;
    c->last.reporter = f->reporter;
    c->last.partner = f->partner;
    c->last.commodity = f->commodity;
    c->last.flow = f->flow;
    if (f->partner)
        c->last.pair[0] = f->reporter, c->last.pair[1] = f->partner;
    c->last.source = f->source;
    /* "In June alone, exports increased 11.4%" after the year's figures: a
     * month singled out is no period for the sentences after it. */
    int alone = 0;
    for (size_t i = fr->s; i < fr->e && !alone; i++)
        alone = tok_eq(c, i, "alone") && i > fr->s && c->tk[i - 1].inqty;
    if (alone && c->last.period.present && c->last.para + 1 >= c->para)
        return;
    c->last.period = f->period;
    c->last.fy1 = fr->fy1, c->last.fy2 = fr->fy2;
    c->last.fiscal = fr->fiscal;
}

/* Whether text at t (n bytes) opens with word w (ASCII, any case), ending
 * at a non-letter; returns the length matched. */
static size_t opens_with(const char *t, size_t n, const char *w)
{
    size_t l = strlen(w);
    if (n < l || ad_text_ncasecmp(t, w, l) || (n > l && is_alpha((unsigned char)t[l])))
        return 0;
    return l;
}

/* The tokens of a clause that make its figure a whole year's: "annual
 * exports", "yearly shipments", or "for the year", "for the full year",
 * "in the whole year" (not "in the year to June"). Sets [*b, *e) and
 * returns 1 when there are some. */
static int annual_words(const fctx *c, const frame *fr, size_t *b, size_t *e)
{
    if (fr->cue > fr->s && (tok_eq(c, fr->cue - 1, "annual") || tok_eq(c, fr->cue - 1, "yearly"))) {
        *b = fr->cue - 1, *e = fr->cue;
        return 1;
    }
    for (size_t i = fr->s; i + 2 < fr->e; i++) {
        int in = tok_eq(c, i, "in");
        if ((!in && !tok_eq(c, i, "for")) || !tok_eq(c, i + 1, "the"))
            continue;
        size_t j = i + 2;
        int whole = tok_eq(c, j, "full") || tok_eq(c, j, "whole") || tok_eq(c, j, "entire");
        j += whole;
        if (j >= fr->e || !tok_eq(c, j, "year") || (in && !whole))
            continue;
        if (j + 1 < fr->e && (tok_eq(c, j + 1, "to") || tok_eq(c, j + 1, "earlier") ||
                              tok_eq(c, j + 1, "before") || tok_eq(c, j + 1, "ago")))
            continue;
        *b = i, *e = j + 1;
        return 1;
    }
    return 0;
}

/* A whole year's figure that names no period of its own ("bringing annual
 * exports to a record $273.4 billion" after "exports rose 3.8% in
 * December") covers the year of the period it continues. */
static ad_status annual_period(fctx *c, frame *fr)
{
    ad_period *p = &fr->f.period;
    size_t b, e;
    if (fr->has_period || !p->present || !p->end || strlen(p->end) < 10 ||
        !annual_words(c, fr, &b, &e))
        return AD_OK;
    /* A year already, rolling or not ("the year ended January", then "the
     * annual trade deficit"): it stays. */
    if (p->start && strlen(p->start) >= 10 && month_index(p->end) - month_index(p->start) == 11 &&
        !strcmp(p->start + 8, "01"))
        return AD_OK;
    char st[11], en[11];
    snprintf(st, sizeof(st), "%.4s-01-01", p->end);
    snprintf(en, sizeof(en), "%.4s-12-31", p->end);
    const char *text = dup_span(c, c->toks.tok[b].start, c->toks.tok[e - 1].end);
    const char *s1 = ad_arena_strndup(c->a, st, 10), *e1 = ad_arena_strndup(c->a, en, 10);
    if (!text || !s1 || !e1)
        return AD_ERR_NOMEM;
    p->text = text, p->start = s1, p->end = e1;
    return AD_OK;
}

/* The row of token i in data/trade_parts.tsv, or -1 (looked up once, by
 * classify()). */
static long part_row(const fctx *c, size_t i)
{
    return (long)c->tk[i].part - 1;
}

/* The verb of a part at token i ("accounted for", "made up", "brought in",
 * "contributed"): the token after it, or 0 when there is none. With
 * trade, a verb that only an economy does to the figure's flow counts too
 * ("China bought", of an export): its flow goes to *trade. */
static size_t part_verb(const fctx *c, size_t i, size_t e, int *trade)
{
    long r = part_row(c, i);
    const char *cls = r >= 0 ? ad_tbl_trade_parts[r][1] : "";
    *trade = !strcmp(cls, "buy") ? AD_FLOW_EXPORT : !strcmp(cls, "sell") ? AD_FLOW_IMPORT : -1;
    if (strcmp(cls, "verb") != 0 && strcmp(cls, "earn") != 0 && *trade < 0)
        return 0;
    const char *next = ad_tbl_trade_parts[r][2];
    if (!strcmp(next, "-"))
        return i + 1;
    return i + 1 < e && tok_eq(c, i + 1, next) ? i + 2 : 0;
}

/* The quantity whose span opens at token k, past its qualifier ("about
 * $9 billion"), or NULL. */
static const ad_quantity *qty_from(const fctx *c, size_t k, size_t e)
{
    for (size_t n = 0; k < e && n < 3 && c->tk[k].inqty && c->tk[k].qi < 0; n++)
        k++;
    return k < e ? qat(c, k) : NULL;
}

/* The token after the goods that a part's verb may name before its
 * amount, from token k: "supplied goods worth $1.26 billion", "bought
 * products valued at $80 million"; k when there are none. */
static size_t past_worth(const fctx *c, size_t k, size_t e)
{
    if (k + 1 >= e || c->tk[k].cls != W_GENERIC)
        return k;
    if (tok_eq(c, k + 1, "worth"))
        return k + 2;
    if (k + 2 < e && tok_eq(c, k + 1, "valued") && tok_eq(c, k + 2, "at"))
        return k + 3;
    return k;
}

/* The end of an aside that opens at token j, a comma, within the clause
 * (s, e): "Belgium, where most of the leaf is processed, was the largest
 * market", "Belgium, the tobacco hub, was". An aside holds no amount and
 * no cue and closes with a comma within 24 tokens; j when there is none. */
static size_t aside_end(const fctx *c, size_t j, size_t e)
{
    if (j >= e || !tok_eq(c, j, ","))
        return j;
    for (size_t k = j + 1; k < e && k < j + 25; k++) {
        if (c->tk[k].qi >= 0 || c->tk[k].flow)
            return j;
        if (tok_eq(c, k, ","))
            return k > j + 1 ? k + 1 : j;
    }
    return j;
}

/* The comma that opens an aside closing at token v (a comma at v - 1)
 * within the clause from s (see aside_end()), or v when there is none:
 * "Tobacco, the country's main earner, brought in". */
static size_t aside_open(const fctx *c, size_t s, size_t v)
{
    if (v < s + 2 || !tok_eq(c, v - 1, ","))
        return v;
    for (size_t a = v - 2; a > s && v - a < 25; a--)
        if (tok_eq(c, a, ","))
            return aside_end(c, a, v) == v ? a : v;
    return v;
}

/* Whether a role at token r of the clause (s, e), whose economy opens at
 * token x, names a part of the clause's figure: an amount before the
 * economy and one of the role's own after it ("Imports rose to $15.8
 * billion, and China was the main source at $4.1 billion"). */
static int part_role(const fctx *c, size_t s, size_t x, size_t r, size_t e)
{
    int before = 0, after = 0;
    for (size_t t = s; t < x && !before; t++)
        before = c->tk[t].qi >= 0 && qat(c, t)->kind == AD_QTY_MONEY;
    for (size_t t = r + 1; t < e && t < r + 8 && !after && !tok_eq(c, t, ","); t++)
        after = c->tk[t].qi >= 0 && qat(c, t)->kind == AD_QTY_MONEY;
    return before && after;
}

/* "China was the biggest source of imports at $2.58 billion", "India was
 * Nigeria's top export destination", "The United States remained the
 * largest export market": an economy that is the subject of such a role
 * (a verb, a superlative, a role noun: data/trade_words.tsv) is the
 * figure's partner; the reporter is another economy of the clause, or the
 * one carried over. */
static void role_partner(const fctx *c, frame *fr, size_t s, size_t e)
{
    ad_figure *f = &fr->f;
    for (size_t i = s; i < e; i++) {
        if (c->tk[i].econ < 0)
            continue;
        const econ *x = &c->ec[c->tk[i].econ];
        size_t j = x->te;
        if (x->attrib || j >= e || (c->toks.tok[j - 1].flags & AD_TOKF_POSSESSIVE))
            continue;
        j = aside_end(c, j, e);
        /* "Iran supplied goods worth $1.26 billion" of imports, "China
         * bought" of exports: the subject of a verb of selling or buying
         * is the partner. */
        int trade;
        /* Not "with China taking about 73% of the total": a part. */
        if (part_verb(c, j, e, &trade) && trade == (int)f->flow && !f->partner &&
            !(x->ts > s && tok_eq(c, x->ts - 1, "with"))) {
            if (same_str(f->reporter, x->name))
                f->reporter = NULL;
            f->partner = x->name;
            return;
        }
        /* "topped the list of destinations": the verb is the superlative. */
        int super = tok_eq(c, j, "topped") || tok_eq(c, j, "tops") || tok_eq(c, j, "headed") ||
                    tok_eq(c, j, "heads");
        /* "..., and China the largest source of imports": the verb of the
         * clause before, left out (not "with Belgium and Germany the
         * largest markets", a list of its own). */
        int gapped = !super && x->ts > s && tok_eq(c, x->ts - 1, "and") &&
                     (x->ts - 1 == s || tok_eq(c, x->ts - 2, ",")) && tok_eq(c, j, "the");
        if (!super && !gapped &&
            !(tok_eq(c, j, "was") || tok_eq(c, j, "is") || tok_eq(c, j, "remained") ||
              tok_eq(c, j, "remains") || tok_eq(c, j, "became")))
            continue;
        j += !gapped;
        if (j < e && (tok_eq(c, j, "again") || tok_eq(c, j, "still") || tok_eq(c, j, "also")))
            j++;
        if (j + 1 < e && tok_eq(c, j, "by") && tok_eq(c, j + 1, "far")) /* "remained by far" */
            j += 2;
        /* A rank below the first ("and China is now our third-largest
         * market") names no partner of the clause's figure. */
        size_t k = j;
        for (; k < e && k < j + 6 && c->tk[k].cls != W_ROLE; k++)
            super |= c->tk[k].cls == W_SUPER && !c->tk[k].prep;
        if (!super || k >= e || k >= j + 6 || part_role(c, s, x->ts, k, e))
            continue;
        /* The reporter named with the role: "Nigeria's top export
         * destination", "the top destination for Qatari exports" (not
         * "followed by Indonesia"). */
        const char *other = NULL;
        for (size_t q = j; q < e && q < k + 4; q++)
            if (c->tk[q].econ >= 0 && c->ec[c->tk[q].econ].name != x->name &&
                !same_str(c->ec[c->tk[q].econ].name, x->name)) {
                other = c->ec[c->tk[q].econ].name;
                break;
            }
        f->partner = x->name;
        if (same_str(f->reporter, x->name) || !f->reporter)
            f->reporter = other;
        return;
    }
}

/* A part of figure head with amount q of its own and no change (see
 * followed_by(), breakdown() and parts()): into *g. A money amount is the
 * part's value, a family's sign ("N2.1 trillion") taking the head's
 * currency; a measure is its volume, when the head has one. 0 when q is
 * neither or the part has no currency. */
static int part_of(fctx *c, const ad_figure *head, const ad_quantity *q, size_t base, ad_figure *g)
{
    *g = *head;
    memset(&g->change, 0, sizeof(g->change));
    memset(&g->value, 0, sizeof(g->value));
    memset(&g->volume, 0, sizeof(g->volume));
    if (q->kind == AD_QTY_MEASURE) {
        if (!head->volume.present)
            return 0;
        set_volume(c, &g->volume, q, base);
        return 1;
    }
    if (q->kind != AD_QTY_MONEY)
        return 0;
    set_money(c, &g->value, q, base);
    /* "buying goods worth $21.7 billion in the two months" after a figure
     * for the last month alone: the months counted back. */
    /* Its token: the last one mapped to q (the sentence being read is
     * mapped last; see map_spans()). */
    size_t qt = c->toks.n, qe;
    while (qt > 0 && !(c->tk[qt - 1].qi >= 0 && &c->qs.v[c->tk[qt - 1].qi] == q))
        qt--;
    for (qe = qt; qe < c->toks.n && qe < qt + 8 && !tok_eq(c, qe, ","); qe++)
        ;
    int months = qt ? months_back(c, qt, qe) : 0;
    const ad_period *back = months ? period_of_months(c, months) : NULL;
    if (back)
        g->period = *back;
    /* A family's sign is the reporter's own ("R1.42 billion" of the
     * Seychelles is rupees), as for the head. */
    family_currency(g, q->family, g->value.currency);
    if (!g->value.currency[0])
        memcpy(g->value.currency, head->value.currency, sizeof(g->value.currency));
    return g->value.currency[0] != '\0';
}

/* Whether part g of whole figure head may be one: of an economy other than
 * the reporter, and smaller than the whole. */
static int part_fits(const ad_figure *head, const ad_figure *g)
{
    if (g->partner && same_str(g->partner, g->reporter))
        return 0;
    if (g->volume.present)
        return !same_str(g->volume.unit, head->volume.unit) ||
               g->volume.amount < head->volume.amount;
    return strcmp(g->value.currency, head->value.currency) != 0 ||
           g->value.amount < head->value.amount;
}

/* The token after the whole a part's amount is "of" ("of the total", "of
 * that"), from token j: up to three words after "of", never its "and"
 * ("... of the total and the Netherlands US$318 million"); j when no "of"
 * follows the amount. */
static size_t past_of_whole(const fctx *c, size_t j, size_t e)
{
    if (j >= e || !tok_eq(c, j, "of"))
        return j;
    for (size_t n = 0; ++j < e && n < 3 && tok_word(c, j) && !tok_eq(c, j, "and"); n++)
        ;
    return j;
}

/* Whether the verb that closes before token at ends in the preposition
 * at token k too ("accounting for ... and copper concentrate for"). */
static int verb_prep_again(const fctx *c, size_t at, size_t k)
{
    return at > 0 && ((tok_eq(c, at - 1, "for") && tok_eq(c, k, "for")) ||
                      (tok_eq(c, at - 1, "to") && tok_eq(c, k, "to")));
}

/* Parts after a part whose amount ends before token j, with its verb left
 * out: "coal made up 7.8 billion dollars and copper concentrate 4.1 billion
 * dollars", "Electronics made up $45 billion of that, and textiles $18
 * billion". Each is goods of a few words right before its amount, or
 * before the verb's preposition said again ("coal accounting for $2.31
 * billion and copper concentrate for $1.12 billion"; the part's amount
 * opened at token at). */
static ad_status more_parts(fctx *c, const ad_figure *head, size_t j, size_t e, size_t base,
                            size_t at)
{
    j = past_of_whole(c, j, e);
    while (j + 2 < e && (tok_eq(c, j, ",") || tok_eq(c, j, "and"))) {
        size_t b = j + 1 + (tok_eq(c, j, ",") && tok_eq(c, j + 1, "and"));
        size_t k = b;
        while (k < e && k < b + 3 && goods_word(c, k) && c->tk[k].cls == W_NONE && !c->tk[k].inqty)
            k++;
        /* "..., and urea at $612.5 million": "at" before the amount too. */
        size_t v =
            k > b && k + 1 < e && (verb_prep_again(c, at, k) || tok_eq(c, k, "at")) ? k + 1 : k;
        const ad_quantity *q = k > b ? qty_from(c, v, e) : NULL;
        ad_figure g;
        if (!q || !part_of(c, head, q, base, &g))
            break;
        g.commodity = goods_text(c, b, k);
        if (part_fits(head, &g)) {
            ad_status st = emit(c, &g);
            if (st != AD_OK)
                return st;
        }
        j = past_qty(c, v, e);
    }
    return AD_OK;
}

/* A list of parts of figure f from token j to e, each an economy (partners:
 * the figure's partner is one of them) or goods a few words long, with an
 * amount of its own after "at", "with" or a bracket: "Spain at N2.1
 * trillion and the Netherlands at N1.9 trillion", "Uganda (KSh160 billion),
 * the Netherlands (KSh120 billion)". Each is a figure like f, with no change
 * of its own. The list ends at the first item without an amount. With
 * fits, f is a whole and its parts are checked (part_fits()); after
 * "followed by" the items are the figure's peers. */
static ad_status parts_list(fctx *c, const ad_figure *f, size_t j, size_t e, size_t base,
                            int partners, int fits)
{
    while (j < e) {
        while (j < e && (tok_eq(c, j, ",") || tok_eq(c, j, "and") || tok_eq(c, j, "the")))
            j++;
        if (j >= e)
            break;
        const char *partner = NULL, *goods = NULL;
        size_t k = j;
        if (partners) {
            if (c->tk[j].econ < 0)
                break;
            partner = c->ec[c->tk[j].econ].name;
            k = c->ec[c->tk[j].econ].te;
        } else {
            while (k < e && k < j + 3 && tok_lower_word(c, k) && c->tk[k].cls == W_NONE)
                k++;
            /* "chemicals and fertilisers at $3.0 billion": goods joined by
             * "and" before their amount are one item. */
            if (k > j && k + 2 < e && tok_eq(c, k, "and") && tok_lower_word(c, k + 1) &&
                c->tk[k + 1].cls == W_NONE && (tok_eq(c, k + 2, "at") || tok_eq(c, k + 2, "(")))
                k += 2;
            if (k == j)
                break;
            goods = commodity_text(c, j, k);
        }
        int bracket = k < e && tok_eq(c, k, "(");
        if (k < e && (tok_eq(c, k, "at") || tok_eq(c, k, "with") || bracket))
            k++;
        const ad_quantity *q = k < e ? qat(c, k) : NULL;
        /* "and the Netherlands US$318 million": the amount right after the
         * economy, its verb left out ("US$" opens the amount's span). */
        if (!q && partners && k < e && c->tk[k].inqty)
            q = qty_from(c, k, e);
        ad_figure g;
        if (!q || (partner && same_str(partner, f->reporter)) || !part_of(c, f, q, base, &g))
            break;
        if (partner)
            g.partner = partner;
        else
            g.commodity = goods;
        ad_status st = !fits || part_fits(f, &g) ? emit(c, &g) : AD_OK;
        if (st != AD_OK)
            return st;
        j = past_qty(c, k, e);
        /* "Russia ($3.4 billion, 12.6%)": past the rest of the bracket;
         * "Russia with $3.23 billion (18.1%)": past a bracket after the
         * amount. */
        if (!bracket && j < e && tok_eq(c, j, "("))
            bracket = 1, j++;
        for (size_t x = j; bracket && x < e && x < j + 6; x++)
            if (tok_eq(c, x, ")")) {
                j = x + 1;
                break;
            }
    }
    return AD_OK;
}

/* Whether token v is a verb of ranking below the first ("ranked second",
 * "came third"). */
static int rank_verb(const fctx *c, size_t v, size_t e)
{
    static const char *const verbs[] = {"ranked", "came", "placed", "finished", "was"};
    static const char *const ranks[] = {"second", "third", "fourth", "fifth", "next"};
    int verb = 0, rank = 0;
    for (size_t k = 0; k < sizeof(verbs) / sizeof(verbs[0]); k++)
        verb |= tok_eq(c, v, verbs[k]);
    for (size_t k = 0; verb && v + 1 < e && k < sizeof(ranks) / sizeof(ranks[0]); k++)
        rank |= tok_eq(c, v + 1, ranks[k]);
    return rank;
}

/* "Canada ranked second at $402.3 billion", "Japan came third with $1.02
 * billion": an economy ranked below the first with an amount of its own,
 * after the figure of the one ranked first; the verb at token v. A peer of
 * that figure (its flow, reporter, period, source), whatever its size. */
static ad_status ranked_peer(fctx *c, size_t s, size_t v, size_t e, size_t base)
{
    if (v == s || !rank_verb(c, v, e))
        return AD_OK;
    size_t k = v + 2 + (v + 3 < e && tok_eq(c, v + 2, ","));
    if (k + 1 >= e || !(tok_eq(c, k, "at") || tok_eq(c, k, "with")))
        return AD_OK;
    const ad_quantity *q = qat(c, k + 1);
    const econ *x = NULL;
    for (size_t i = s; i < v && !x; i++)
        if (c->tk[i].econ >= 0 && c->ec[c->tk[i].econ].te == v && !c->ec[c->tk[i].econ].attrib)
            x = &c->ec[c->tk[i].econ];
    const ad_figure *hp = head_at(c, c->head_last, c->para);
    if (!q || !x || !hp || !hp->partner || same_str(x->name, hp->partner) ||
        same_str(x->name, hp->reporter))
        return AD_OK;
    /* "with $3 billion in foreign direct investment": another measure. */
    size_t z = past_qty(c, k + 1, e);
    if (z < e && (tok_eq(c, z, "in") || tok_eq(c, z, "of")))
        return AD_OK;
    ad_figure head = *hp, g; /* a copy: emit() may move c->out */
    if (!part_of(c, &head, q, base, &g))
        return AD_OK;
    g.partner = x->name;
    return emit(c, &g);
}

/* Whether tokens [s, i) speak of the whole just given: "The total", "It",
 * "They", "This", "The figure", or the flow's own word ("Shipments",
 * "Exports"), not another thing ("The relief package for farmers"). */
static int whole_subject(const fctx *c, size_t s, size_t i)
{
    for (size_t k = s; k < i; k++)
        if (!(tok_eq(c, k, "the") || tok_eq(c, k, "total") || tok_eq(c, k, "figure") ||
              tok_eq(c, k, "it") || tok_eq(c, k, "they") || tok_eq(c, k, "this") ||
              tok_eq(c, k, "these") || c->tk[k].flow))
            return 0;
    return i > s;
}

/* The end of the goods named after "of" at token j ("of wheat", "of
 * cocoa beans"): up to four lower-case words of no class, no "and" nor an
 * economy; j + 1 when there are none. */
static size_t of_goods_end(const fctx *c, size_t j, size_t e)
{
    size_t g = j + 1;
    while (g < e && g < j + 5 && tok_lower_word(c, g) && !tok_eq(c, g, "and") &&
           c->tk[g].cls == W_NONE && c->tk[g].econ < 0)
        g++;
    return g;
}

/* A list of amounts of goods after a verb of inclusion at token i ("The
 * total included 7.21 million tonnes of wheat, 2.86 million tonnes of corn
 * and 1.49 million tonnes of barley"), parts of figure f: each an amount,
 * "of", then goods up to the next comma, "and" or the clause's end. The
 * list ends at the first item that is not so. */
static ad_status included_list(fctx *c, const ad_figure *f, size_t i, size_t e, size_t base)
{
    size_t j = i + 1;
    while (j < e) {
        while (j < e && (tok_eq(c, j, ",") || tok_eq(c, j, "and")))
            j++;
        const ad_quantity *q = j < e ? qat(c, j) : NULL;
        if (!q || !(q->kind == AD_QTY_MONEY || q->kind == AD_QTY_MEASURE))
            break;
        size_t z = past_qty(c, j, e);
        if (z + 1 >= e || !tok_eq(c, z, "of"))
            break;
        size_t g = of_goods_end(c, z, e);
        ad_figure part;
        if (g == z + 1 || !part_of(c, f, q, base, &part))
            break;
        part.commodity = goods_text(c, z + 1, g);
        ad_status st = part_fits(f, &part) ? emit(c, &part) : AD_OK;
        if (st != AD_OK)
            return st;
        j = g;
    }
    return AD_OK;
}

/* Whether the clause says an amount was collected (class collect of
 * data/trade_words.tsv), that duties "brought in" an amount (the verb of
 * goods' earnings, which keeps its class for them), or that someone paid
 * it ("we pay more than 120 million dollars in tariffs"). */
static int collected(const fctx *c, const frame *fr)
{
    for (size_t k = fr->s; k < fr->e; k++)
        if (c->tk[k].cls == W_COLLECT ||
            (k + 1 < fr->e && tok_eq(c, k, "brought") && tok_eq(c, k + 1, "in")) ||
            tok_eq(c, k, "pay") || tok_eq(c, k, "pays") || tok_eq(c, k, "paid") ||
            tok_eq(c, k, "paying"))
            return 1;
    return 0;
}

/* "Electricity remained the top export, at $412 million": goods the
 * clause opens with, then a verb (class stop), a superlative and the cue
 * within a few words, are the figure's goods. */
static void top_goods(fctx *c, frame *fr)
{
    size_t v = fr->s;
    while (v < fr->cue && v < fr->s + 5 && c->tk[v].cls != W_STOP && !tok_eq(c, v, ","))
        v++;
    /* "Precious metals, mainly gold, were the main export item": the
     * goods before an aside (see aside_end()). */
    size_t ge = v;
    if (v > fr->s && v < fr->cue && tok_eq(c, v, ",")) {
        v = aside_end(c, v, fr->cue);
        if (v == ge || v >= fr->cue || c->tk[v].cls != W_STOP)
            return;
    }
    if (v == fr->s || v >= fr->cue || fr->cue - v > 5)
        return;
    int super = 0;
    for (size_t k = v + 1; k < fr->cue; k++)
        super |= c->tk[k].cls == W_SUPER;
    /* The goods are words of goods only: not "It", "This" or "while gold". */
    for (size_t k = fr->s; k < ge && super; k++) {
        long pr = part_row(c, k);
        if (!tok_word(c, k) || c->tk[k].econ >= 0 || c->tk[k].flow || c->tk[k].inqty ||
            !goods_word(c, k) || c->tk[k].cls != W_NONE ||
            (pr >= 0 && !strcmp(ad_tbl_trade_parts[pr][1], "not")))
            return;
    }
    if (super)
        fr->f.commodity = goods_text(c, fr->s, ge);
}

/* Whether tokens i, i + 1 open a list of the figure's peers: "followed
 * by", "ahead of". */
static int list_opener(const fctx *c, size_t i)
{
    return (tok_eq(c, i, "followed") && tok_eq(c, i + 1, "by")) ||
           (tok_eq(c, i, "ahead") && tok_eq(c, i + 1, "of"));
}

/* "India was Nigeria's top export destination, with goods worth N2.6
 * trillion, followed by Spain at N2.1 trillion and the Netherlands at N1.9
 * trillion"; "Shrimp led with $7.6 billion, followed by bananas at $3.9
 * billion": the list after "followed by" (see parts_list()) gives economies
 * when the figure has a partner, goods when it has goods and no partner. */
static ad_status followed_by(fctx *c, const frame *fr, size_t base)
{
    const ad_figure *f = &fr->f;
    /* "Non-oil exports rose 21.3% to ₦2.41 trillion, led by cocoa beans at
     * ₦612.4 billion and urea at ₦318.7 billion": parts of the figure. */
    for (size_t i = fr->s; f->value.present && !f->partner && i + 2 < fr->e; i++)
        if (tok_eq(c, i, "led") && tok_eq(c, i + 1, "by")) {
            size_t j = i + 2 + (tok_eq(c, i + 2, "the") && i + 3 < fr->e);
            return parts_list(c, f, i + 2, fr->e, base, c->tk[j].econ >= 0, 1);
        }
    if (!f->value.present || (!f->partner && !f->commodity))
        return AD_OK;
    size_t i = fr->s;
    while (i + 1 < fr->e && !list_opener(c, i))
        i++;
    if (i + 1 < fr->e)
        return parts_list(c, f, i + 2, fr->e, base, f->partner != NULL, 0);
    /* "Germany was Türkiye's top export market, taking $1.9 billion; the UK
     * ($1.3 billion) and the US ($1.2 billion) came next": partners listed
     * with their amounts after a semicolon. */
    for (i = fr->s; f->partner && i + 1 < fr->e; i++)
        if (tok_eq(c, i, ";"))
            return parts_list(c, f, i + 1, fr->e, base, 1, 0);
    return AD_OK;
}

/* The economy whose name ends right before token i, within tokens s.., or
 * NULL. An economy's index sits on its first token ("United States"). */
static const econ *econ_before(const fctx *c, size_t s, size_t i)
{
    size_t o = i;
    while (o > s && i - o < 4 && c->tk[o - 1].econ < 0)
        o--;
    if (o == s || c->tk[o - 1].econ < 0 || c->ec[c->tk[o - 1].econ].te != i)
        return NULL;
    return &c->ec[c->tk[o - 1].econ];
}

/* The economy that is the subject of a verb at token v: the one right
 * before it, or before an aside that ends there (see aside_end()). */
static const econ *subject_before(const fctx *c, size_t s, size_t v)
{
    const econ *x = econ_before(c, s, v);
    size_t a = x ? v : aside_open(c, s, v);
    return a < v ? econ_before(c, s, a) : x;
}

/* The economy of a role at token r set after the clause's own figure:
 * "..., with the United Arab Emirates the main source at R4.12 billion",
 * "..., and China was the main source at $4.12 billion". NULL when the
 * words before the role are not that. */
static const char *with_role(const fctx *c, size_t s, size_t r)
{
    size_t j = r;
    while (j > s && r - j < 4 && !tok_eq(c, j - 1, "the") && c->tk[j - 1].econ < 0)
        j--;
    if (j == s || !tok_eq(c, j - 1, "the"))
        return NULL;
    j--; /* "the" */
    int verb = j > s && (tok_eq(c, j - 1, "was") || tok_eq(c, j - 1, "is") ||
                         tok_eq(c, j - 1, "remained") || tok_eq(c, j - 1, "remains"));
    j -= verb;
    const econ *x = econ_before(c, s, j);
    if (!x)
        return NULL;
    size_t w = x->ts > s && tok_eq(c, x->ts - 1, "the") ? x->ts - 1 : x->ts;
    if (x->attrib || w == s || !tok_eq(c, w - 1, verb ? "and" : "with") ||
        (verb && !(w - 1 > s && tok_eq(c, w - 2, ","))))
        return NULL;
    return x->name;
}

/* A part of the clause's figure that is an economy after "with": "with
 * China accounting for $4.12 billion", "with the United Arab Emirates the
 * main source at R4.12 billion". Token i is the part's verb (its amount at
 * token at) or its role (at is 0). The whole has no partner and is no
 * balance; the part is another economy than the reporter, and smaller. */
static ad_status partner_part(fctx *c, const frame *fr, size_t i, size_t at, size_t base)
{
    const ad_figure *f = &fr->f;
    /* The whole is a country's: a bloc's or the world's parts are its
     * members, no partners ("ASEAN's exports ..., with Vietnam accounting
     * for"). */
    const char *key = f->reporter ? key_of_name(f->reporter) : NULL;
    if (f->partner || (!f->value.present && !f->volume.present) || f->flow == AD_FLOW_BALANCE ||
        i <= fr->s || !key || strlen(key) != 2)
        return AD_OK;
    const char *partner = NULL;
    if (at) {
        const econ *x = econ_before(c, fr->s, i);
        size_t w = x && x->ts > fr->s && tok_eq(c, x->ts - 1, "the") ? x->ts - 1 : x ? x->ts : 0;
        if (x && !x->attrib && !x->sub && w > fr->s && tok_eq(c, w - 1, "with"))
            partner = x->name;
    } else {
        /* A role of the whole's flow: a supplier is no buyer. */
        unsigned fl = c->tk[i].prep;
        int same = f->flow == AD_FLOW_EXPORT   ? (fl & FB_EXPORT) != 0
                   : f->flow == AD_FLOW_IMPORT ? (fl & FB_IMPORT) != 0
                                               : (fl & FB_TOTAL) != 0;
        int super = 0;
        for (size_t x = i > fr->s + 3 ? i - 3 : fr->s; x < i; x++)
            super |= c->tk[x].cls == W_SUPER;
        partner = super && same ? with_role(c, fr->s, i) : NULL;
        for (size_t k = i + 1; partner && !at && k < fr->e && k < i + 8 && !tok_eq(c, k, ","); k++)
            if (c->tk[k].qi >= 0)
                at = k;
    }
    const ad_quantity *q = partner && at ? qat(c, at) : NULL;
    /* "$60 billion in investment commitments": another kind of money;
     * "100,000 tonnes more than in July": a change, no part. */
    size_t after = q ? past_qty(c, at, fr->e) : fr->e;
    ad_figure g;
    if (!q || (after < fr->e && tok_eq(c, after, "in")) ||
        (after < fr->e &&
         (tok_eq(c, after, "more") || tok_eq(c, after, "fewer") || tok_eq(c, after, "less") ||
          tok_eq(c, after, "higher") || tok_eq(c, after, "lower"))) ||
        same_str(partner, f->reporter) || !part_of(c, f, q, base, &g))
        return AD_OK;
    g.partner = partner;
    ad_status st = part_fits(f, &g) ? emit(c, &g) : AD_OK;
    /* "..., followed by India at $3.2 billion": the part's peers. */
    for (size_t k = after; st == AD_OK && k + 2 < fr->e; k++)
        if (list_opener(c, k))
            return parts_list(c, f, k + 2, fr->e, base, 1, 1);
    /* "with China taking 24,600 tonnes and Japan 23,100 tonnes": more
     * economies, each with its amount, the verb left out. */
    if (st == AD_OK && after + 1 < fr->e && (tok_eq(c, after, "and") || tok_eq(c, after, ",")))
        st = parts_list(c, f, after, fr->e, base, 1, 1);
    return st;
}

/* A part of the clause's figure given with its own amount: "with crude oil
 * accounting for N11.4 trillion of exports", "with re-exports accounting
 * for AED 690 billion", "Exports amounted to $15.3 billion, of which coal
 * made up $7.8 billion". The part is goods (a few words before the verb)
 * or a flow of its own (a cue there); "of exports" after the amount names
 * the flow. Parts of total trade or of a balance that name no flow are
 * left out; so are shares ("accounted for 43%"). */
static ad_status breakdown(fctx *c, const frame *fr, size_t base)
{
    const ad_figure *f = &fr->f;
    if ((!f->value.present && !f->volume.present) || f->flow == AD_FLOW_TARIFF)
        return AD_OK;
    for (size_t i = fr->s + 1; i + 1 < fr->e; i++) {
        /* "Exports amounted to $15.2 billion, including gold worth $4.9
         * billion": goods of the figure's own, with their amount. */
        if (tok_eq(c, i, "including") && tok_eq(c, i - 1, ",") && !f->commodity) {
            size_t z = i + 1;
            while (z < fr->e && z < i + 4 && tok_lower_word(c, z) && goods_word(c, z) &&
                   c->tk[z].cls == W_NONE && !c->tk[z].inqty && !c->tk[z].flow)
                z++;
            const ad_quantity *q =
                z > i + 1 && z + 1 < fr->e && (tok_eq(c, z, "worth") || tok_eq(c, z, "at"))
                    ? qty_from(c, z + 1, fr->e)
                    : NULL;
            ad_figure g;
            if (q && q->kind == AD_QTY_MONEY && part_of(c, f, q, base, &g) && part_fits(f, &g)) {
                g.commodity = commodity_text(c, i + 1, z);
                ad_status st = emit(c, &g);
                if (st != AD_OK)
                    return st;
            }
            continue;
        }
        /* "Traditional exports totalled $4.81 billion, with copper at $2.36
         * billion and gold at $1.38 billion": goods each at its amount. */
        if (tok_eq(c, i, "with") && tok_eq(c, i - 1, ",") && f->value.present && !f->partner &&
            i + 2 < fr->e && tok_lower_word(c, i + 1) && goods_word(c, i + 1) &&
            c->tk[i + 1].econ < 0) {
            size_t z = i + 1;
            while (z < fr->e && z < i + 4 && tok_lower_word(c, z) && c->tk[z].cls == W_NONE)
                z++;
            if (z < fr->e && tok_eq(c, z, "at")) {
                ad_status st = parts_list(c, f, i + 1, fr->e, base, 0, 1);
                if (st != AD_OK)
                    return st;
                continue;
            }
            /* "..., with petroleum gases worth QR 14.2 billion". */
            const ad_quantity *wq =
                z + 1 < fr->e && tok_eq(c, z, "worth") ? qty_from(c, z + 1, fr->e) : NULL;
            ad_figure g;
            if (wq && wq->kind == AD_QTY_MONEY && part_of(c, f, wq, base, &g) && part_fits(f, &g)) {
                g.commodity = commodity_text(c, i + 1, z);
                ad_status st = emit(c, &g);
                if (st != AD_OK)
                    return st;
                continue;
            }
        }
        int trade;
        size_t at = part_verb(c, i, fr->e, &trade);
        /* "Imports from Australia amounted to SBD402 million, while
         * Singapore, the main source of fuel, supplied SBD331 million": a
         * peer of a figure with a partner, another partner selling or
         * buying the same flow. */
        const econ *peer = at && at < fr->e && trade == (int)f->flow && f->partner
                               ? subject_before(c, fr->s, i)
                               : NULL;
        if (peer && !peer->attrib && peer->ts > fr->s && !same_str(peer->name, f->partner) &&
            !same_str(peer->name, f->reporter) &&
            (tok_eq(c, peer->ts - 1, "while") || tok_eq(c, peer->ts - 1, "whereas") ||
             tok_eq(c, peer->ts - 1, "and") || tok_eq(c, peer->ts - 1, ","))) {
            const ad_quantity *q = qty_from(c, past_worth(c, at, fr->e), fr->e);
            ad_figure g;
            if (q && part_of(c, f, q, base, &g)) {
                g.partner = peer->name;
                ad_status st = emit(c, &g);
                if (st != AD_OK)
                    return st;
            }
            continue;
        }
        if (c->tk[i].cls == W_ROLE || (at && at < fr->e && econ_before(c, fr->s, i))) {
            ad_status st = partner_part(c, fr, i, c->tk[i].cls == W_ROLE ? 0 : at, base);
            if (st != AD_OK)
                return st;
            continue;
        }
        const ad_quantity *q = at && at < fr->e && trade < 0 ? qat(c, at) : NULL;
        if (!q)
            continue;
        /* "led by electronic products, which brought in $3.96 billion":
         * the goods before the relative pronoun. */
        size_t ge = i;
        if (i >= fr->s + 3 && tok_eq(c, i - 1, "which") && tok_eq(c, i - 2, ","))
            ge = i - 2;
        size_t a = ge;
        while (a > fr->s && ge - a < 3 && tok_word(c, a - 1) && c->tk[a - 1].econ < 0 &&
               (c->tk[a - 1].cls == W_NONE || c->tk[a - 1].cls == W_GENERIC || c->tk[a - 1].flow) &&
               !tok_eq(c, a - 1, "with") && !tok_eq(c, a - 1, "which") &&
               !tok_eq(c, a - 1, "and") && !tok_eq(c, a - 1, "the"))
            a--;
        if (a == ge)
            continue;
        /* "electrical and electronic products": two goods words joined by
         * "and" before the head are one name. */
        if (a >= fr->s + 2 && ge - a <= 2 && tok_eq(c, a - 1, "and") && tok_lower_word(c, a - 2) &&
            c->tk[a - 2].cls == W_NONE && !c->tk[a - 2].flow && c->tk[a - 2].econ < 0 &&
            tok_lower_word(c, a) && !c->tk[a].flow)
            a -= 2;
        ad_figure g;
        if (!part_of(c, f, q, base, &g))
            continue;
        size_t cue;
        int weak;
        /* The part's own flow ("re-exports"), else its goods; then the flow
         * "of exports" after the amount names. */
        int flow = clause_flow(c, a, ge, &cue, &weak);
        g.commodity = flow < 0 ? commodity_text(c, a, ge) : NULL;
        size_t k = past_qty(c, at, fr->e);
        if (k + 1 < fr->e && tok_eq(c, k, "of")) {
            size_t o = k + 1 + (k + 2 < fr->e && tok_eq(c, k + 1, "the"));
            int of = clause_flow(c, o, o + 1, &cue, &weak);
            if (of >= 0)
                flow = of;
        }
        if (flow >= 0)
            g.flow = (ad_flow)flow;
        if (g.flow != AD_FLOW_EXPORT && g.flow != AD_FLOW_IMPORT)
            continue;
        g.balance = NULL;
        /* The same amount already read as a clause of its own ("... of
         * exports") gains the goods. */
        ad_figure *same = NULL;
        for (size_t x = c->n_out; x-- > 0 && !same && g.value.present;)
            if (c->out[x].flow == g.flow && c->out[x].value.present &&
                c->out[x].value.amount == g.value.amount &&
                !strcmp(c->out[x].value.currency, g.value.currency) &&
                same_str(c->out[x].reporter, g.reporter))
                same = &c->out[x];
        if (same) {
            if (!same->commodity)
                same->commodity = g.commodity;
            continue;
        }
        ad_status st = emit(c, &g);
        ad_figure whole = *f;
        whole.flow = g.flow;
        if (st == AD_OK && g.commodity)
            st = more_parts(c, &whole, k, fr->e, base, at);
        if (st != AD_OK)
            return st;
    }
    return AD_OK;
}

/* Whether token i ends a part's subject looking back: a clause's opening
 * word ("and", "while") or no word at all (a comma). */
static int subject_edge(const fctx *c, size_t i)
{
    return !tok_word(c, i) || tok_eq(c, i, "and") || tok_eq(c, i, "while") ||
           tok_eq(c, i, "whereas") || tok_eq(c, i, "but") || tok_eq(c, i, "with");
}

/* The subject of a part's verb at token v, back to the start of its clause
 * (s, a comma, "and", "while"), at most four words: an economy ("China
 * accounted for", "Sales to China made up"), whose name goes to *partner,
 * or goods (see goods_word()), whose start goes to *a. 0 when the subject
 * is neither, or is a pronoun or a whole ("It", "The rest"). */
static int part_subject(const fctx *c, size_t s, size_t v, size_t *a, size_t *z,
                        const char **partner)
{
    v = aside_open(c, s, v); /* the subject before an aside */
    size_t b = v;
    while (b > s && v - b < 5 && !subject_edge(c, b - 1))
        b--;
    if (b == v || v - b > 4)
        return 0;
    /* "..., China, which bought 940,000 tonnes". */
    if (v == b + 1 && tok_eq(c, b, "which") && b >= s + 2 && tok_eq(c, b - 1, ",")) {
        for (size_t x = b - 1; x-- > s && x + 6 > b;)
            if (c->tk[x].econ >= 0 && c->ec[c->tk[x].econ].te == b - 1 &&
                !c->ec[c->tk[x].econ].attrib) {
                *partner = c->ec[c->tk[x].econ].name;
                return 1;
            }
        return 0;
    }
    for (size_t x = b; x < v; x++) {
        long r = part_row(c, x);
        if (r >= 0 && !strcmp(ad_tbl_trade_parts[r][1], "not"))
            return 0;
        if (c->tk[x].econ >= 0 && c->ec[c->tk[x].econ].te == v && !c->ec[c->tk[x].econ].attrib) {
            *partner = c->ec[c->tk[x].econ].name;
            return 1;
        }
        /* "Chinese buyers took 6.2 million tonnes", "Indian refiners
         * bought": a demonym before the buyers or a trade names them. */
        const econ *ex = c->tk[x].econ >= 0 ? &c->ec[c->tk[x].econ] : NULL;
        if (ex && ex->attrib && ex->te + 1 == v &&
            (c->tk[ex->te].cls == W_ROLE || c->tk[ex->te].cls == W_SECTOR)) {
            *partner = ex->name;
            return 1;
        }
    }
    if (tok_eq(c, b, "the") && b + 1 < v)
        b++;
    long r = v > b + 1 ? part_row(c, v - 1) : -1;
    if (r >= 0 && !strcmp(ad_tbl_trade_parts[r][1], "tail")) /* "Semiconductors alone" */
        v--;
    /* "Phosphates and derivatives brought in MAD 24.6 billion": goods
     * joined by "and" at the clause's start are one subject ("..., and
     * cocoa brought in" has a comma before its "and"). */
    size_t and_at = (size_t)-1;
    if (b >= s + 2 && tok_eq(c, b - 1, "and") && goods_word(c, b - 2)) {
        size_t x = b - 2;
        while (x > s && b - x < 4 && !subject_edge(c, x - 1) && goods_word(c, x - 1))
            x--;
        if (!c->tk[b - 2].inqty && (x == s || tok_eq(c, x - 1, ",") || tok_eq(c, x - 1, "while") ||
                                    tok_eq(c, x - 1, "whereas") || tok_eq(c, x - 1, "but")))
            and_at = b - 1, b = x;
    }
    int named = 0;
    for (size_t x = b; x < v; x++) {
        if (x == and_at)
            continue;
        if (!goods_word(c, x) || label_is(c, x, "notgoods"))
            return 0;
        named |= c->tk[x].cls != W_GENERIC;
    }
    *a = b, *z = v;
    return named; /* "Goods accounted for" names none */
}

/* The amount of a part at token k: its quantity, or for a share the
 * amount given with it ("about 60% of the total, or roughly 750,000
 * tonnes"); NULL when there is none. */
static const ad_quantity *share_amount(const fctx *c, size_t k, size_t e)
{
    const ad_quantity *q = qty_from(c, k, e);
    if (!q || q->kind != AD_QTY_PERCENT)
        return q;
    k = past_qty(c, k, e);
    if (k < e && tok_eq(c, k, "of"))
        for (size_t n = 0; k < e && n < 4 && tok_word(c, k); n++)
            k++;
    if (k + 2 < e && tok_eq(c, k, ",") && tok_eq(c, k + 1, "or"))
        return qty_from(c, k + 2, e);
    return NULL;
}

/* A part's value given after its volume: "accounted for 4.6 million
 * tonnes, worth $4.9 billion", from token j (past the volume). */
static void worth_after(fctx *c, ad_figure *g, size_t j, size_t e, size_t base)
{
    /* "Textile products brought in $864.2 million, up 6.3%": the part's
     * own change after a comma or a bracket, with its basis; also past
     * "worth" and the period ("buying $1.09 billion worth in January, up
     * 4.3 percent"). */
    size_t k = j;
    if (k < e && tok_eq(c, k, "worth"))
        k++;
    while (k < e && k < j + 6 &&
           (tok_eq(c, k, "in") || c->tk[k].pi >= 0 || month_tok(c, k) ||
            (c->toks.tok[k].flags & AD_TOKF_NUMBER && !c->tk[k].inqty)))
        k++;
    if (k > j && !(k < e && tok_eq(c, k, ",")))
        k = j; /* no change follows them */
    k += k < e && (tok_eq(c, k, ",") || tok_eq(c, k, "("));
    const ad_quantity *pq = k + 1 < e && (c->tk[k].cls == W_UP || c->tk[k].cls == W_DOWN) &&
                                    (tok_eq(c, k, "up") || tok_eq(c, k, "down"))
                                ? qty_from(c, k + 1, e)
                                : NULL;
    if (pq && pq->kind == AD_QTY_PERCENT && !g->change.present) {
        size_t z = past_qty(c, k + 1, e), b0 = c->toks.tok[k].start;
        while (z < e && !tok_eq(c, z, ",") && !tok_eq(c, z, ")") && !tok_eq(c, z, ";"))
            z++;
        g->change.present = 1;
        g->change.direction = c->tk[k].cls == W_UP ? 1 : -1;
        g->change.has_percent = 1;
        g->change.percent = pq->value < 0 ? -pq->value : pq->value;
        g->change.qualifier = pq->qualifier;
        g->change.basis = ad_qty_find_basis(c->ptext + b0, c->toks.tok[z - 1].end - b0, NULL, NULL);
    }
    if (!g->volume.present || g->value.present)
        return;
    j += j < e && tok_eq(c, j, ",");
    const ad_quantity *q = j + 1 < e && tok_eq(c, j, "worth") ? qty_from(c, j + 1, e) : NULL;
    if (q && q->kind == AD_QTY_MONEY)
        set_money(c, &g->value, q, base);
}

/* "The United States was the biggest buyer of Philippine goods at $1.12
 * billion, followed by Japan at $1.01 billion": an economy in a role of
 * whole figure head (role token r, its verb and superlative before it),
 * with an amount of its own after the role, before any comma; then the
 * list after "followed by". */
static ad_status role_part(fctx *c, const ad_figure *head, const ad_figure *whole, size_t s,
                           size_t r, size_t e, size_t base)
{
    const char *partner = with_role(c, s, r);
    if (!partner) {
        size_t v = r;
        /* "remained the country's largest trading partner": up to five
         * words. */
        while (v > s && r - v < 6 && c->tk[v - 1].cls != W_STOP)
            v--;
        if (v <= s + 1 || r - v >= 6)
            return AD_OK;
        v--; /* the verb */
        const econ *x = subject_before(c, s, v);
        if (!x || x->attrib)
            return AD_OK;
        partner = x->name;
    }
    const ad_quantity *q = NULL;
    size_t k = r + 1;
    int trade;
    for (; k < e && k < r + 8 && !q; k++) {
        /* "..., taking $1.12 billion worth": the amount after a comma
         * when a verb of buying or selling opens what follows. */
        /* ", with purchases of US$231 million" goes on too. */
        if (tok_eq(c, k, ",") && !(k + 1 < e && part_verb(c, k + 1, e, &trade) && trade >= 0) &&
            !(k + 1 < e && (tok_eq(c, k + 1, "with") || tok_eq(c, k + 1, "at"))))
            break;
        q = c->tk[k].qi >= 0 ? qat(c, k) : NULL;
    }
    /* "..., taking 1.96 million tonnes" after the value of the same goods:
     * the whole is the figure of the paragraph that gives their volume. */
    ad_figure vol_head;
    if (q && q->kind == AD_QTY_MEASURE && !head->volume.present) {
        for (size_t x = c->n_out; x-- > 0;) {
            const ad_figure *o = &c->out[x];
            if (o->paragraph + 1 < c->para)
                break;
            if (o->flow == head->flow && o->volume.present &&
                same_str(o->reporter, head->reporter)) {
                vol_head = *o;
                head = &vol_head;
                break;
            }
        }
    }
    ad_figure g;
    if (!q || !part_of(c, head, q, base, &g))
        return AD_OK;
    g.partner = partner;
    /* A market's share larger than the last goods' figure ("The
     * Netherlands was the top destination, taking $1.08 billion" after
     * "urea exports stood at $612 million") is one of the flow's whole, the
     * paragraph's figure of all goods. */
    ad_figure all;
    if (!part_fits(head, &g) && !whole && head->commodity && g.value.present) {
        const ad_figure *big = NULL;
        for (size_t x = c->n_out; x-- > 0;) {
            const ad_figure *o = &c->out[x];
            if (o->paragraph + 1 < c->para)
                break;
            if (o->flow == head->flow && !o->partner && o->value.present &&
                same_str(o->reporter, head->reporter) &&
                !strcmp(o->value.currency, g.value.currency) && o->value.amount > g.value.amount &&
                (!big || o->value.amount > big->value.amount))
                big = o;
        }
        if (big) {
            all = *big;
            whole = &all;
        }
    }
    if (!part_fits(head, &g) && whole && part_of(c, whole, q, base, &g)) {
        g.partner = partner;
        head = whole;
    }
    worth_after(c, &g, past_qty(c, k - 1, e), e, base);
    ad_status st = part_fits(head, &g) ? emit(c, &g) : AD_OK;
    for (; st == AD_OK && k + 2 < e; k++)
        if (list_opener(c, k))
            return parts_list(c, head, k + 2, e, base, 1, 1);
    return st;
}

/* The whole that a role names when no figure of its flow stands open
 * (see parts_range()): "The United States remained the top destination for
 * Philippine goods, taking $1.12 billion" after figures of the Philippines
 * some paragraphs before. The subject the sentences carry (see carry())
 * gives its reporter, period and source, when the sentence names that
 * economy as the goods' or the market's owner ("Philippine goods",
 * "Türkiye's top market"); the whole has no amount. 0 when there is none. */
static int chain_head(const fctx *c, int h, size_t s, size_t e, ad_figure *head)
{
    static const ad_flow flows[] = {AD_FLOW_EXPORT, AD_FLOW_IMPORT, AD_FLOW_TOTAL};
    if (h < 0 || !chain_open(c, c->para))
        return 0;
    /* "Philippine goods", "Türkiye's top market", and a name set before
     * a goods word as its owner ("Seychelles products"). */
    int named = 0;
    for (size_t i = s; i < e && !named; i++) {
        const econ *x = c->tk[i].econ >= 0 ? &c->ec[c->tk[i].econ] : NULL;
        named =
            x && same_str(x->name, c->last.reporter) &&
            (x->attrib || apostrophe(c, x->te, 1) || (x->te < e && c->tk[x->te].cls == W_GENERIC));
    }
    if (!named)
        return 0;
    memset(head, 0, sizeof(*head));
    head->flow = flows[h];
    head->reporter = c->last.reporter;
    head->period = c->last.period;
    head->source = c->last.source;
    head->paragraph = c->para;
    return 1;
}

/* The parts a role at token r names, after a superlative: a list ("Its
 * main buyers were Uganda (...), ...") or an economy with its own amount
 * (see role_part()). The whole is the open figure of the role's flow, else
 * the subject carried (see chain_head()). */
static ad_status role_parts(fctx *c, size_t s, size_t r, size_t e, size_t base)
{
    int super = 0;
    for (size_t x = r > s + 3 ? r - 3 : s; x < r; x++)
        super |= c->tk[x].cls == W_SUPER;
    if (!super)
        return AD_OK;
    unsigned fl = c->tk[r].prep; /* the flow the role implies */
    int h = head_slot(fl & FB_EXPORT   ? AD_FLOW_EXPORT
                      : fl & FB_IMPORT ? AD_FLOW_IMPORT
                      : fl & FB_TOTAL  ? AD_FLOW_TOTAL
                                       : AD_FLOW_BALANCE);
    const ad_figure *hp = head_at(c, h, c->para);
    ad_figure head, whole;
    /* A figure of some goods is no whole of a market's share larger than
     * it ("Medical devices remained the largest export item at $1.74
     * billion", then "The United States remained the main destination for
     * Dominican goods, absorbing $5.12 billion"): the subject carried is. */
    int has_whole = hp && hp->commodity && !hp->partner && chain_head(c, h, s, e, &whole);
    if (hp)
        head = *hp; /* a copy: emit() may move c->out */
    else if (!chain_head(c, h, s, e, &head))
        return AD_OK;
    if (r + 1 < e && c->tk[r + 1].cls == W_STOP) /* "Its main buyers were" */
        return parts_list(c, &head, r + 2, e, base, 1, 1);
    return role_part(c, &head, has_whole ? &whole : NULL, s, r, e, base);
}

/* Whether the goods ranked at token v, a verb of being, stand first among
 * a flow ("Beef remained the top product at $198 million", "Cars, mostly
 * re-exported, were the largest export item at $84 million", "Copper is
 * the country's main export earner"): the verb, the article or an owner,
 * a superlative, then a noun of goods or earnings, with the flow's cue
 * before it or not. Returns the token after the noun (where the amount is
 * looked for) and the flow in *flow (exports unless an import cue says
 * otherwise); 0 when v opens no such ranking. */
static size_t ranked_goods(const fctx *c, size_t v, size_t e, ad_flow *flow)
{
    if (!(tok_eq(c, v, "was") || tok_eq(c, v, "is") || tok_eq(c, v, "remained") ||
          tok_eq(c, v, "remains") || tok_eq(c, v, "became") || tok_eq(c, v, "were") ||
          tok_eq(c, v, "are")))
        return 0;
    size_t k = v + 1;
    if (k < e && (tok_eq(c, k, "again") || tok_eq(c, k, "still")))
        k++;
    if (k < e && (tok_eq(c, k, "the") || tok_eq(c, k, "its") || tok_eq(c, k, "their")))
        k++;
    if (k + 1 < e && (c->toks.tok[k].flags & AD_TOKF_POSSESSIVE))
        k++; /* "the country's", "Uruguay's" */
    if (k + 1 >= e || c->tk[k].cls != W_SUPER)
        return 0;
    k++;
    if (k < e && (tok_eq(c, k, "single") || tok_eq(c, k, "individual")))
        k++;
    *flow = AD_FLOW_EXPORT;
    int cue = 0;
    /* The cue by its words: sentence() may have taken its flow away. */
    if (k < e && (tok_eq(c, k, "export") || tok_eq(c, k, "exports"))) {
        cue = 1;
        k++;
    } else if (k < e && (tok_eq(c, k, "import") || tok_eq(c, k, "imports"))) {
        *flow = AD_FLOW_IMPORT;
        cue = 1;
        k++;
    }
    static const char *const nouns[] = {"product", "products", "item",      "items",
                                        "earner",  "earners",  "commodity", "category",
                                        "good",    "goods",    "line"};
    /* Up to two words that qualify the noun ("the top non-oil product"). */
    for (size_t m = 0; m < 3 && k + m < e; m++) {
        for (size_t n = 0; n < sizeof(nouns) / sizeof(nouns[0]); n++)
            if (tok_eq(c, k + m, nouns[n]))
                return k + m + 1;
        if (!tok_lower_word(c, k + m) || c->tk[k + m].flow || c->tk[k + m].inqty ||
            c->tk[k + m].econ >= 0)
            break;
    }
    /* "the top export at N$2.3 billion", "the top export, accounting for
     * USD3.91 billion": the cue is the noun. */
    return cue && k < e && (tok_eq(c, k, "at") || tok_eq(c, k, ",")) ? k : 0;
}

/* The part a ranking of goods gives (see ranked_goods()) at verb v of the
 * clause [s, e): the subject's goods with the amount after the noun, a
 * part of the flow's open whole; then the goods after "followed by". */
static ad_status ranked_part(fctx *c, size_t s, size_t v, size_t e, size_t base)
{
    ad_flow flow;
    size_t k = ranked_goods(c, v, e, &flow), a = 0, z = 0;
    const char *partner = NULL;
    const ad_figure *hp = k ? head_at(c, head_slot(flow), c->para) : NULL;
    if (!hp || !part_subject(c, s, v, &a, &z, &partner) || partner)
        return AD_OK;
    const ad_quantity *q = NULL;
    int trade;
    /* ", accounting for USD3.91 billion": past the comma to a verb of a
     * part and its amount. */
    size_t pv = k + 1 < e && tok_eq(c, k, ",") ? part_verb(c, k + 1, e, &trade) : 0;
    if (pv && trade < 0)
        k = pv;
    else if (k + 1 < e && tok_eq(c, k, ",") && (tok_eq(c, k + 1, "at") || tok_eq(c, k + 1, "with")))
        k++; /* "the top export, at $412 million" */
    for (; k < e && !q && !tok_eq(c, k, ","); k++)
        if (tok_eq(c, k, "at") || tok_eq(c, k, "with") || c->tk[k].inqty)
            q = qty_from(c, k + (tok_eq(c, k, "at") || tok_eq(c, k, "with")), e);
    ad_figure head = *hp, g; /* a copy: emit() may move c->out */
    if (!q || q->kind != AD_QTY_MONEY || !part_of(c, &head, q, base, &g))
        return AD_OK;
    g.commodity = goods_text(c, a, z);
    ad_status st = part_fits(&head, &g) ? emit(c, &g) : AD_OK;
    for (; st == AD_OK && k + 2 < e; k++)
        if (list_opener(c, k))
            return parts_list(c, &head, k + 2, e, base, 0, 1);
    return st;
}

/* Parts of a whole figure in a clause without a cue (tokens s to e), after
 * the whole in its paragraph or at the start of the next: "Gold accounted
 * for $9.1 billion of the total, while cocoa brought in $2.4 billion";
 * "China accounted for $1.2 billion"; "Its main buyers were Uganda (KSh160
 * billion), the Netherlands (KSh120 billion) and Pakistan"; "The largest
 * trading partners were China ($2.3 billion), ...". A part takes the
 * whole's reporter, flow, period and source, and its subject as its goods
 * or its partner. The whole is the last export or import figure for a
 * verb, the one of the role's flow for a role. A part is smaller than the
 * whole; shares ("accounted for 43%") are no parts. The quantities of the
 * sentence are mapped. */
static ad_status parts_range(fctx *c, size_t s, size_t e, size_t base)
{
    ad_status st = AD_OK;
    for (size_t i = s; i < e && st == AD_OK; i++) {
        if (c->tk[i].cls == W_ROLE) {
            st = role_parts(c, s, i, e, base);
            continue;
        }
        if (rank_verb(c, i, e)) {
            /* "Vietnam was next at $9 billion, while Japan ranked third at
             * $4 billion": each ranked economy in turn. */
            size_t before = c->n_out;
            st = ranked_peer(c, s, i, e, base);
            if (c->n_out > before)
                continue;
        }
        /* "The total included ...", "Shipments included ...": the whole
         * just given, broken down by goods. */
        if (inclusion_verb(c, i) && i > s && i + 1 < e && qat(c, i + 1) && whole_subject(c, s, i)) {
            const ad_figure *hp = head_at(c, c->head_last, c->para);
            if (hp) {
                ad_figure head = *hp; /* a copy: emit() may move c->out */
                st = included_list(c, &head, i, e, base);
                break;
            }
        }
        ad_flow rflow;
        if (ranked_goods(c, i, e, &rflow)) {
            st = ranked_part(c, s, i, e, base);
            continue;
        }
        int trade;
        size_t at = part_verb(c, i, e, &trade), a = 0, z = 0;
        /* A verb of buying or selling names its whole's flow: "Iran
         * supplied goods worth $1.26 billion" is a part of the imports
         * even after a sentence on the exports. */
        if (at && trade >= 0)
            at = past_worth(c, at, e);
        /* "Mexico took a record 112,800 tons". */
        if (at && at + 2 < e && tok_eq(c, at, "a") && tok_eq(c, at + 1, "record"))
            at += 2;
        /* What goods earn is a part of the exports when they are open
         * ("Mineral products fetched $412 million" after the imports). */
        long pr = at ? part_row(c, i) : -1;
        int earns = pr >= 0 && !strcmp(ad_tbl_trade_parts[pr][1], "earn");
        /* "Coffee earned the country Sh9.2 billion": past whom it earned for. */
        if (earns && at + 2 < e && tok_eq(c, at, "the") &&
            (tok_eq(c, at + 1, "country") || tok_eq(c, at + 1, "nation")))
            at += 2;
        else if (earns && at + 1 < e && c->tk[at].econ >= 0 && c->ec[c->tk[at].econ].te < e &&
                 c->tk[c->ec[c->tk[at].econ].te].qi >= 0)
            at = c->ec[c->tk[at].econ].te;
        const ad_figure *hp = head_at(c,
                                      at && trade >= 0                  ? head_slot((ad_flow)trade)
                                      : earns && head_at(c, 0, c->para) ? 0
                                                                        : c->head_last,
                                      c->para);
        const char *partner = NULL;
        const ad_quantity *q = at && at < e && hp ? share_amount(c, at, e) : NULL;
        if (!q || hp->flow == AD_FLOW_TOTAL || !part_subject(c, s, i, &a, &z, &partner) ||
            (trade >= 0 && (!partner || (int)hp->flow != trade)))
            continue;
        ad_figure head = *hp, g;
        if (!part_of(c, &head, q, base, &g))
            continue;
        if (partner)
            g.partner = partner;
        else
            g.commodity = goods_text(c, a, z);
        size_t j = past_qty(c, at, e);
        worth_after(c, &g, j, e, base);
        /* What other goods earned beside a figure of some goods is its
         * peer, whatever its size ("... cocoa exports fell 27.4% to $1.12
         * billion. Crude oil brought in $2.31 billion."). */
        int peer = earns && head.commodity && !head.partner && g.commodity &&
                   !same_str(g.commodity, head.commodity);
        /* So is what another economy sold or bought beside a figure of one
         * partner ("China imported 8.12 million tonnes of soybeans from
         * Brazil ... Argentina supplied 1.04 million tonnes"). */
        int other = trade >= 0 && partner && head.partner && !same_str(partner, head.partner) &&
                    !same_str(partner, head.reporter);
        /* ... its goods its own when it names them ("supplied $5 billion of
         * aircraft"). */
        if (other && j + 1 < e && tok_eq(c, j, "of") && tok_lower_word(c, j + 1)) {
            size_t ge = of_goods_end(c, j, e);
            g.commodity = ge > j + 1 ? goods_text(c, j + 1, ge) : NULL;
        }
        peer |= other;
        if (peer || part_fits(&head, &g))
            st = emit(c, &g);
        /* "Japan followed with $1.02 billion and Hong Kong with $948
         * million": more economies, each with its amount; "Coffee accounted
         * for $612 million of the total, with gold at $318 million and
         * oilseeds at $104 million": more goods. */
        size_t jo = past_of_whole(c, j, e);
        if (st == AD_OK && jo + 2 < e && tok_eq(c, jo, ",") && tok_eq(c, jo + 1, "with"))
            st = parts_list(c, &head, jo + 2, e, base, partner != NULL, 1);
        else if (st == AD_OK && partner && jo + 1 < e &&
                 (tok_eq(c, jo, "and") || tok_eq(c, jo, ",")))
            st = parts_list(c, &head, jo, e, base, 1, 1);
        else if (st == AD_OK)
            st = more_parts(c, &head, j, e, base, at);
        /* "Blueberries led with US$612 million, followed by avocados with
         * US$488 million and grapes with US$401 million": the part's peers. */
        for (size_t k = j; st == AD_OK && k + 2 < e; k++)
            if (list_opener(c, k)) {
                st = parts_list(c, &head, k + 2, e, base, partner != NULL, 1);
                break;
            }
    }
    return st;
}

/* Whether tokens s to e hold a part's verb or a role (see parts_range()). */
static int has_part(const fctx *c, size_t s, size_t e)
{
    int trade;
    ad_flow flow;
    for (size_t i = s; i < e; i++)
        if (part_verb(c, i, e, &trade) || c->tk[i].cls == W_ROLE || ranked_goods(c, i, e, &flow) ||
            inclusion_verb(c, i) || rank_verb(c, i, e))
            return 1;
    return 0;
}

/* The parts in tokens [a, b) of sentence sn (see parts_range()), each given
 * the sentence's text and paragraph. */
static ad_status parts_in(fctx *c, size_t a, size_t b, const ad_sentence *sn)
{
    const size_t first = c->n_out;
    ad_status st = parts_range(c, a, b, sn->start);
    if (st != AD_OK || c->n_out == first)
        return st;
    const char *text = dup_span(c, sn->start, sn->end);
    if (!text)
        return AD_ERR_NOMEM;
    for (size_t k = first; k < c->n_out; k++) {
        c->out[k].sentence = text;
        c->out[k].paragraph = c->para;
        /* Goods run on ("Cars brought in ...", then "Phosphates brought
         * in ..."); a role's economy is no breakdown's next line. */
        int h = head_slot(c->out[k].flow);
        if (h >= 0 && c->head[h].set && c->out[k].commodity && !c->out[k].partner)
            c->head[h].reach = c->para;
    }
    return AD_OK;
}

/* Parts of a whole figure in a sentence without a cue (see parts_range()),
 * from token from on. */
static ad_status parts(fctx *c, const ad_sentence *sn, size_t from)
{
    size_t s = sn->tok_start, e = sn->tok_end, base = sn->start;
    if (!has_part(c, from, e))
        return AD_OK;
    char err[128];
    if (ad_qty_scan(c->ptext + base, sn->end - base, c->a, &c->qs, err, sizeof(err)) != AD_OK)
        c->qs.n = 0;
    c->ps.n = 0;
    map_spans(c, s, e, base);
    return parts_in(c, from, e, sn);
}

/* The token after a frame that opens the sentence (s, e) and holds its
 * only cues: "On the import side, Iran supplied goods worth $1.26
 * billion", "As for exports, China bought"; s when there is none. What
 * follows is a part of the frame's flow, named by its verb or role. */
static size_t frame_end(const fctx *c, size_t s, size_t e)
{
    if (!(tok_eq(c, s, "on") || tok_eq(c, s, "as") || tok_eq(c, s, "turning") ||
          tok_eq(c, s, "in")))
        return s;
    size_t k = s + 1, cues = 0;
    for (; k < e && k < s + 7 && !tok_eq(c, k, ","); k++)
        cues += c->tk[k].flow != 0;
    if (!cues || k >= e || !tok_eq(c, k, ","))
        return s;
    for (size_t j = k + 1; j < e; j++)
        if (c->tk[j].flow)
            return s;
    return k + 1;
}

/* The month 1-12 that the month name opening t[0..n) names, or 0. */
static int month_word(const char *t, size_t n)
{
    for (size_t r = 0; r < ad_tbl_months_len; r++) {
        size_t l = strlen(ad_tbl_months[r][0]);
        if (l <= n && !ad_text_ncasecmp(t, ad_tbl_months[r][0], l) &&
            (l == n || !is_alpha((unsigned char)t[l])))
            return (int)strtol(ad_tbl_months[r][1], NULL, 10);
    }
    return 0;
}

/* The start month of a season named after its two-year form at t[0..n):
 * "July-June marketing year", "season, which began in October", "crop
 * year that runs from September to August"; 0 when it gives none. */
static int season_start(const char *t, size_t n)
{
    int m = month_word(t, n); /* "July-June marketing year" */
    size_t k = 0;
    if (m) {
        while (k < n && t[k] != ' ')
            k++;
        /* A season of a year runs to the month before its first ("the
         * May-August season" of mangoes is no marketing year). */
        int m2 = 0;
        for (size_t x = 1; x < k && !m2; x++) {
            size_t dl = t[x] == '-' ? 1 : x + 3 <= k && !memcmp(t + x, "\xe2\x80\x93", 3) ? 3 : 0;
            if (dl)
                m2 = month_word(t + x + dl, k - x - dl);
        }
        if (m2 % 12 + 1 != m)
            return 0;
        while (k < n && t[k] == ' ')
            k++;
    }
    size_t kl = 0;
    for (size_t i = 0; i < ad_tbl_seasons_len && !kl; i++) {
        size_t l = strlen(ad_tbl_seasons[i][0]);
        if (n - k >= l && !ad_text_ncasecmp(t + k, ad_tbl_seasons[i][0], l))
            kl = l;
    }
    if (!kl)
        return 0;
    if (m)
        return m;
    /* ", which began in October", ", which runs from September to August";
     * "(November-May)" right after the name. */
    t += k + kl, n -= k + kl;
    size_t b = 0;
    while (b < n && t[b] == ' ')
        b++;
    if (b < n && t[b] == '(' && (m = month_word(t + b + 1, n - b - 1)) != 0) {
        size_t d = b + 1;
        while (d < n && is_alpha((unsigned char)t[d]))
            d++;
        if (d < n && (t[d] == '-' || (d + 3 <= n && !memcmp(t + d, "\xe2\x80\x93", 3))))
            return m;
    }
    int ended = 0; /* "that ended", "which ends": the month named is the last */
    for (size_t i = 0; i + 3 <= n && i < 40; i++) {
        if (t[i] == '.' || t[i] == ';')
            break;
        if ((i == 0 || t[i - 1] == ' ') &&
            (!ad_text_ncasecmp(t + i, "ended ", 6) || !ad_text_ncasecmp(t + i, "ends ", 5) ||
             !ad_text_ncasecmp(t + i, "ending ", 7)))
            ended = 1;
        /* "on" only opening the words after the name ("the 2028/29
         * season on July 1") or after its start or end ("that began on
         * Oct. 1", "that ended on Sept. 30"), not "said on Jan. 5". */
        int on = !ad_text_ncasecmp(t + i - (i >= 3 ? 3 : 0), "on ", 3) &&
                 (i == b + 3 || (i >= 9 && !ad_text_ncasecmp(t + i - 9, "began ", 6)) ||
                  (i >= 11 && !ad_text_ncasecmp(t + i - 11, "started ", 8)) ||
                  (i >= 9 && !ad_text_ncasecmp(t + i - 9, "ended ", 6)) ||
                  (i >= 8 && !ad_text_ncasecmp(t + i - 8, "ends ", 5)));
        /* "that ended Aug. 31": the month right after the verb. */
        int after_end = ended && ((i >= 6 && !ad_text_ncasecmp(t + i - 6, "ended ", 6)) ||
                                  (i >= 5 && !ad_text_ncasecmp(t + i - 5, "ends ", 5)));
        if ((i == 0 || t[i - 1] == ' ') && (m = month_word(t + i, n - i)) && i >= 3 &&
            (!ad_text_ncasecmp(t + i - 3, "in ", 3) || on || after_end ||
             (i >= 5 && !ad_text_ncasecmp(t + i - 5, "from ", 5))))
            return ended ? m % 12 + 1 : m;
    }
    return 0;
}

/* The number of at most four digits opening t, 0 when none: a year as
 * text writes it, never more digits than the date arithmetic can hold. */
static int year_digits(const char *t, size_t n)
{
    int v = 0;
    for (size_t d = 0; d < n && d < 4 && t[d] >= '0' && t[d] <= '9'; d++)
        v = v * 10 + (t[d] - '0');
    return v;
}

/* The length of a two-year form opening t[0..n) ("2026-27", "2026/27",
 * "25-26", "2025/2026"), 0 when there is none; its first year goes to
 * *first (two digits are of this century). */
static size_t two_year(const char *t, size_t n, int *first)
{
    size_t d = 0;
    while (d < n && d < 4 && t[d] >= '0' && t[d] <= '9')
        d++;
    if ((d != 2 && d != 4) || d + 2 >= n || (t[d] != '-' && t[d] != '/') || t[d + 1] < '0' ||
        t[d + 1] > '9' || t[d + 2] < '0' || t[d + 2] > '9')
        return 0;
    size_t r = d + 3;
    while (r < n && t[r] >= '0' && t[r] <= '9')
        r++;
    *first = year_digits(t, d) + (d == 2 ? 2000 : 0);
    return r;
}

/* The fiscal year named at t[0..n) after a part of it: "the current fiscal
 * year" (*mode 1), "the last financial year" (2), "FY26", "fiscal 2025"
 * (3, *year the label), "the 2026/27 fiscal year", "FY2025-26", "fiscal
 * 2025-26" (4, *year the first: a two-year form starts in its first year),
 * "2026-27" (5, the same written bare), "the 2026/27 season, which began
 * in October" (6, *start the month it starts in). 0 when t names none. */
static int fiscal_label(const char *t, size_t n, int *mode, int *year, int *start)
{
    size_t k;
    *mode = 3, *year = 0, *start = 0;
    if ((k = opens_with(t, n, "the")))
        t += k + 1, n = n > k ? n - k - 1 : 0;
    static const struct {
        const char *w;
        int mode;
    } whens[] = {{"current", 1}, {"this", 1}, {"ongoing", 1}, {"last", 2}, {"previous", 2}};
    for (size_t i = 0; i < sizeof(whens) / sizeof(whens[0]); i++)
        if ((k = opens_with(t, n, whens[i].w))) {
            *mode = whens[i].mode;
            t += k + 1, n = n > k ? n - k - 1 : 0;
            break;
        }
    if (((k = opens_with(t, n, "fiscal")) || (k = opens_with(t, n, "financial"))) &&
        opens_with(t + k + 1, n > k ? n - k - 1 : 0, "year")) {
        if (*mode == 3)
            *mode = 1; /* "of the fiscal year": the one under way */
        return 1;
    }
    /* "the first half of the current fiscal", as Indian copy says it. */
    if (*mode != 3 && ((k = opens_with(t, n, "fiscal")) || (k = opens_with(t, n, "financial"))) &&
        !(k + 1 < n && t[k] == ' ' && t[k + 1] >= '0' && t[k + 1] <= '9'))
        return 1;
    /* "of the October-September marketing year": a season named by its
     * months alone is the one under way, and starts in its first month. */
    if (month_word(t, n) && (*start = season_start(t, n)) != 0) {
        if (*mode == 3)
            *mode = 1;
        return 1;
    }
    if (*mode != 3)
        return 0;
    size_t r;
    if ((k = opens_with(t, n, "fiscal")) && n > k + 1) {
        if (two_year(t + k + 1, n - k - 1, year))
            *mode = 4;
        else
            *year = year_digits(t + k + 1, n - k - 1);
    } else if (n > 2 && t[0] == 'F' && t[1] == 'Y') {
        size_t y = 2 + (t[2] == ' ');
        if (two_year(t + y, n - y, year)) {
            *mode = 4;
        } else {
            *year = year_digits(t + y, n - y);
            if (*year > 0 && *year < 100)
                *year += 2000;
        }
    } else if ((r = two_year(t, n, year)) >= 7) {
        while (r < n && t[r] == ' ')
            r++;
        *mode = opens_with(t + r, n - r, "fiscal") || opens_with(t + r, n - r, "financial") ? 4 : 5;
        if ((*start = season_start(t + r, n - r)))
            *mode = 6;
    } else {
        return 0;
    }
    return *year >= 1900 && *year <= 2200;
}

/* A period that is a part of a fiscal year: "the first five months" or
 * "the first half", or months by name ("April-February"), followed by "of"
 * and a fiscal year (see fiscal_label()). An ordinal part comes from the
 * period as resolved in a calendar year (January to May: the first five
 * months); named months stay as written. Fills fr->fp. */
static void fiscal_part(frame *fr, const ad_qty_period *p, const char *st, size_t slen)
{
    static const char *const parts[] = {"the first ", "the second ", "the third ", "the fourth "};
    int ordinal = 0;
    for (size_t i = 0; i < sizeof(parts) / sizeof(parts[0]); i++)
        ordinal |= !ad_text_ncasecmp(p->text, parts[i], strlen(parts[i]));
    int named = !ordinal && p->kind == AD_PER_MONTHS;
    if ((!ordinal && !named) || !p->start || !p->end || strlen(p->start) < 10 ||
        strlen(p->end) < 10 || (ordinal && strncmp(p->start, p->end, 4) != 0) ||
        p->span_end >= slen)
        return;
    const char *t = st + p->span_end;
    size_t n = slen - p->span_end, tl = strlen(p->text), k;
    int mode, year, start;
    /* "the first seven months of 2026-27": the period read ends at the
     * first year of the two-year form. */
    int first;
    if (tl > 8 && !ad_text_ncasecmp(p->text + tl - 8, " of ", 4) && p->span_end >= 4 &&
        two_year(t - 4, n + 4, &first) >= 7) {
        if (!fiscal_label(t - 4, n + 4, &mode, &year, &start))
            return;
    } else {
        while (n && *t == ' ')
            t++, n--;
        if (!(k = opens_with(t, n, "of")) ||
            !fiscal_label(t + k + 1, n > k ? n - k - 1 : 0, &mode, &year, &start))
            return;
    }
    int m1 = (int)strtol(p->start + 5, NULL, 10), m2 = (int)strtol(p->end + 5, NULL, 10);
    if (m1 < 1 || m1 > 12 || m2 < 1 || m2 > 12 || (ordinal && m2 < m1))
        return;
    fr->fp.named = named;
    fr->fp.off = named ? m1 : m1 - 1;
    fr->fp.len = (m2 - m1 + 12) % 12 + 1;
    fr->fp.mode = mode;
    fr->fp.year = year;
    fr->fp.start = start;
}

/* A season's total to date or whole ("so far in the 2028/29 season that
 * began on Oct. 1", "cumulative shipments for the September-August marketing
 * year", "between the start of the 2028/29 season on Oct. 1 and the end of
 * February"): the period p read as a two-year form or a month range, with a
 * season's name after it and its first month from the text, runs from the
 * season's first day to a later date of the clause [a, b) that falls within
 * the season ("by March 8", "the end of February"), else to its last day.
 * A month range alone names the season under way at the article's date. */
static void season_whole(fctx *c, frame *fr, const ad_qty_period *p, const char *st, size_t slen,
                         size_t a, size_t b, size_t base)
{
    if (fr->fp.mode || p->span_end >= slen)
        return;
    int two = p->year2 == p->year1 + 1 && strlen(p->text) == 7;
    const char *t = st + p->span_end;
    size_t n = slen - p->span_end;
    while (n && *t == ' ')
        t++, n--;
    int m0 = 0, y0;
    if (two) {
        m0 = season_start(t, n);
        y0 = p->year1;
    } else if (p->kind == AD_PER_MONTHS && p->start && strlen(p->start) >= 10) {
        /* "the September-August marketing year": the words after the range
         * must be a season's name. */
        size_t r = 0;
        const char *w = p->text;
        size_t wl = strlen(w);
        if ((r = opens_with(w, wl, "the")))
            w += r + 1, wl -= r + 1;
        int m1 = month_word(w, wl);
        char buf[160];
        size_t bl = 0;
        if (m1 && wl + 1 + n < sizeof(buf)) {
            memcpy(buf, w, wl);
            buf[wl] = ' ';
            memcpy(buf + wl + 1, t, n);
            bl = wl + 1 + n;
        }
        if (!bl || season_start(buf, bl) != m1)
            return;
        m0 = m1;
        if (!c->anchor || strlen(c->anchor) < 10)
            return;
        int ay = (int)strtol(c->anchor, NULL, 10), am = (int)strtol(c->anchor + 5, NULL, 10);
        y0 = am >= m0 ? ay : ay - 1;
    } else {
        return;
    }
    const char *ps, *pe;
    if (!m0 || ad_qty_month_span(y0, m0, 12, c->a, &ps, &pe) != AD_OK)
        return;
    const char *end = pe;
    /* The season's first day itself ("on July 1") ends nothing. */
    for (size_t k = 0; k < c->ps.n; k++) {
        const ad_qty_period *q = &c->ps.v[k];
        if (q->span_start < p->span_end || base + q->span_start < c->toks.tok[a].start ||
            (b < c->toks.n && base + q->span_start >= c->toks.tok[b - 1].end) || !q->start ||
            !q->end || strcmp(q->start, ps) <= 0 || strcmp(q->end, pe) > 0 ||
            (q->kind != AD_PER_MONTH && q->kind != AD_PER_DAY))
            continue;
        end = q->end;
        break;
    }
    fr->f.period.start = ps;
    fr->f.period.end = end;
    fr->fiscal = 0; /* a season, not the reporter's fiscal year */
}

/* The dates of a fiscal part for the reporter's calendar
 * (data/fiscal_years.tsv); without a calendar the part keeps its text and
 * no dates, as fiscal years do. */
static void fiscal_part_dates(fctx *c, frame *fr)
{
    ad_figure *f = &fr->f;
    long r = fiscal_row(f);
    f->period.start = f->period.end = NULL;
    if (r < 0 && !fr->fp.start)
        return;
    int m0 = fr->fp.start ? fr->fp.start : (int)strtol(ad_tbl_fiscal_years[r][1], NULL, 10), y0;
    if (fr->fp.mode == 5 && strcmp(ad_tbl_fiscal_years[r][3], "yes") != 0)
        return; /* a bare "2026-27" there is a crop's year */
    if (fr->fp.mode >= 4) {
        y0 = fr->fp.year;
    } else if (fr->fp.mode == 3) {
        const char *fs, *fe;
        if (ad_qty_fiscal_dates(fr->fp.year, 0, m0, strcmp(ad_tbl_fiscal_years[r][2], "start") == 0,
                                c->a, &fs, &fe) != AD_OK)
            return;
        y0 = (int)strtol(fs, NULL, 10);
    } else {
        if (!c->anchor || strlen(c->anchor) < 10)
            return;
        int ay = (int)strtol(c->anchor, NULL, 10), am = (int)strtol(c->anchor + 5, NULL, 10);
        y0 = am >= m0 ? ay : ay - 1;
        if (fr->fp.mode == 2)
            y0--;
    }
    const char *ps, *pe;
    int off = fr->fp.named ? (fr->fp.off - m0 + 12) % 12 : fr->fp.off;
    if (ad_qty_month_span(y0, m0 + off, fr->fp.len, c->a, &ps, &pe) == AD_OK)
        f->period.start = ps, f->period.end = pe;
}

/* "Exports rose 3.2% sequentially": against the period before, a month
 * or a quarter as long as the figure's own. */
static void sequential_basis(const fctx *c, frame *fr)
{
    ad_figure *f = &fr->f;
    if (!f->change.has_percent || f->change.basis || !f->period.start || !f->period.end)
        return;
    int seq = 0;
    for (size_t i = fr->s; i < fr->e && !seq; i++)
        seq = tok_eq(c, i, "sequentially") || tok_eq(c, i, "sequential");
    long months = seq ? month_index(f->period.end) - month_index(f->period.start) + 1 : 0;
    if (months == 1)
        f->change.basis = "month-on-month";
    else if (months == 3)
        f->change.basis = "quarter-on-quarter";
}

/* "China's trade with ASEAN, the EU and the US stood at 4.92 trillion yuan,
 * 3.81 trillion yuan and 2.86 trillion yuan, respectively, up 8.9 percent,
 * up 1.6 percent and down 9.7 percent": one figure per economy named after
 * the cue, each with its amount in turn and, when there are as many, its
 * change. The frame's own figure (the last emitted) is the first of them.
 * Tokens of the sentence run to e. */
static ad_status respectively(fctx *c, const frame *fr, size_t e, size_t base)
{
    enum { MAXN = 6 };
    size_t r = fr->cue;
    while (r < e && !tok_eq(c, r, "respectively"))
        r++;
    if (r >= e || !c->n_out)
        return AD_OK;
    const char *names[MAXN];
    const ad_quantity *vals[MAXN], *pcts[MAXN];
    int dirs[MAXN];
    size_t ne = 0, nv = 0, np = 0;
    const ad_figure *f0 = &c->out[c->n_out - 1];
    /* The economies come first; amounts and changes, one per economy, may
     * stand before "respectively" or after it ("rose 4.2% and 1.8%,
     * respectively, to 17.1 billion crowns and 10.4 billion crowns"). */
    int dir = f0->change.present ? f0->change.direction : 0;
    for (size_t i = fr->cue + 1; i < e; i++) {
        const ad_quantity *q = c->tk[i].qi >= 0 ? qat(c, i) : NULL;
        if (c->tk[i].cls == W_UP || c->tk[i].cls == W_DOWN)
            dir = c->tk[i].cls == W_UP ? 1 : -1;
        if (q && q->kind == AD_QTY_MONEY) {
            if (nv < MAXN)
                vals[nv++] = q;
        } else if (q && q->kind == AD_QTY_PERCENT) {
            if (np < MAXN)
                pcts[np] = q, dirs[np++] = dir;
        } else if (c->tk[i].econ >= 0 && !nv && !np && i < r &&
                   !same_str(c->ec[c->tk[i].econ].name, f0->reporter)) {
            if (ne == MAXN)
                return AD_OK;
            names[ne++] = c->ec[c->tk[i].econ].name;
        }
    }
    /* The first ones, one per economy: what follows is a base or a share
     * ("..., from $9.1 billion and $3.9 billion a year earlier"). */
    int values = nv >= ne, changes = np >= ne;
    if (ne < 2 || (!values && !changes))
        return AD_OK;
    /* The frame's figure is the first economy's. */
    c->out[c->n_out - 1].partner = names[0];
    ad_figure first = c->out[c->n_out - 1];
    for (size_t k = 1; k < ne; k++) {
        ad_figure g = first;
        g.partner = names[k];
        memset(&g.value, 0, sizeof(g.value));
        if (values) {
            set_money(c, &g.value, vals[k], base);
            /* "crowns" is the reporter's own, as for the first figure */
            family_currency(&g, vals[k]->family, g.value.currency);
            if (!g.value.currency[0])
                g.value.present = 0;
        }
        memset(&g.change, 0, sizeof(g.change));
        if (changes && dirs[k]) {
            g.change.present = 1;
            g.change.direction = dirs[k];
            g.change.has_percent = 1;
            g.change.percent = pcts[k]->value < 0 ? -pcts[k]->value : pcts[k]->value;
            g.change.qualifier = pcts[k]->qualifier;
            g.change.basis = first.change.basis;
        }
        ad_status st = emit(c, &g);
        if (st != AD_OK)
            return st;
    }
    return AD_OK;
}

/* A sentence without a cue that gives the change of the figure before it:
 * "The figure was 8.9 percent higher than in the same period last year.",
 * "This represented a decrease of 3.7% compared with September 2028." When
 * the paragraph's last figure has no change, or one of the same direction
 * without its percent ("rose to $11.42 billion"), it takes this one's;
 * returns 1 then (the sentence has no figure of its own). */
static int later_change(fctx *c, const ad_sentence *sn)
{
    static const char *const heads[] = {"figure", "total", "amount", "value", "sum"};
    static const char *const verbs[] = {"was",    "is",    "represented", "represents",
                                        "marked", "marks", "meant"};
    size_t s = sn->tok_start, e = sn->tok_end, v = s + 1;
    const ad_change *last = c->n_out ? &c->out[c->n_out - 1].change : NULL;
    if (!last || c->out[c->n_out - 1].paragraph != c->para || last->has_percent || e < s + 4)
        return 0;
    /* One figure before it, or "the figure" could be either. */
    if (c->n_out > 1 && c->out[c->n_out - 2].paragraph == c->para &&
        c->out[c->n_out - 2].sentence == c->out[c->n_out - 1].sentence)
        return 0;
    if (tok_eq(c, s, "the")) {
        int head = 0;
        for (size_t k = 0; k < sizeof(heads) / sizeof(heads[0]); k++)
            head |= tok_eq(c, s + 1, heads[k]);
        if (!head)
            return 0;
        v = s + 2;
    } else if (!(tok_eq(c, s, "this") || tok_eq(c, s, "that") || tok_eq(c, s, "it"))) {
        return 0;
    }
    int verb = 0;
    for (size_t k = 0; k < sizeof(verbs) / sizeof(verbs[0]); k++)
        verb |= tok_eq(c, v, verbs[k]);
    int dir = 0;
    size_t d = v + 1;
    for (; d < e && d < v + 8 && !dir; d++)
        dir = c->tk[d].cls == W_UP ? 1 : c->tk[d].cls == W_DOWN ? -1 : 0;
    d--;
    if (!verb || !dir || (last->present && last->direction && last->direction != dir))
        return 0;
    /* "It was 5% higher than expected": a forecast's miss, no change. */
    for (size_t i = s; i < e; i++)
        if (c->tk[i].cls == W_FORECAST)
            return 0;
    const char *st = c->ptext + sn->start;
    size_t slen = sn->end - sn->start;
    char err[128];
    if (ad_qty_scan(st, slen, c->a, &c->qs, err, sizeof(err)) != AD_OK)
        return 0;
    for (size_t k = 0; k < c->qs.n; k++) {
        const ad_quantity *q = &c->qs.v[k];
        if (q->kind != AD_QTY_PERCENT)
            continue;
        /* The percent is the direction's: "8.9 percent higher", "a
         * decrease of 3.7%", "down 6%" (not "up from 3%", "12% of GDP", a
         * percent further on: "when they fell 3%"). */
        size_t qt = tok_at(c, s, e, sn->start + q->start);
        size_t qz = tok_at(c, s, e, sn->start + q->end);
        if (qt >= e || (qt > s && tok_eq(c, qt - 1, "from")) ||
            (qz < e && tok_eq(c, qz, "of") && qt < d) || qt + 3 < d || qt > d + 3)
            return 0;
        /* "down to a 12% drop in car shipments": the percent of other
         * trade, a cause. */
        for (size_t j = qz; j < e && j <= qz + 3; j++)
            if (c->tk[j].flow)
                return 0;
        ad_change *ch = &c->out[c->n_out - 1].change;
        ch->present = 1;
        ch->direction = dir;
        ch->has_percent = 1;
        ch->percent = q->value < 0 ? -q->value : q->value;
        ch->qualifier = q->qualifier;
        ch->basis = ad_qty_find_basis(st, slen, NULL, NULL);
        return 1;
    }
    return 0;
}

/* The end, in bytes, of a wire dateline opening the paragraph, or 0: a
 * place in capitalized words, then only capitalized words, numbers and
 * punctuation up to a dash, a closing bracket before the text, or a
 * slashed agency ("RIYADH, November 16, 2032, SPA --", "SEOUL, Nov. 11
 * (Yonhap) --", "La Paz, Nov 12 (Prensa Latina) Bolivia's", "MOSCOW,
 * November 8. /TASS/."). Its date is the day of the report. */
static size_t dateline_end(const fctx *c)
{
    size_t n = c->toks.n, k = 0;
    if (!n || !tok_cap_word(c, 0) || c->tk[0].prep != P_NONE || c->tk[0].cls != W_NONE ||
        c->tk[0].flow || c->tk[0].econ >= 0)
        return 0;
    /* A place, not a month or day ("January–September exports", "Third
     * Quarter, 2032 –"): datelines open on a city. */
    while (k < n && k < 4 && tok_cap_word(c, k)) {
        if (day_word(c, k) || tok_eq(c, k, "quarter") || tok_eq(c, k, "half"))
            return 0;
        k++;
    }
    if (k >= n || !(tok_eq(c, k, ",") || tok_eq(c, k, "(") || tok_eq(c, k, ".") ||
                    tok_eq(c, k, "/") || dash_tok(c, k)))
        return 0;
    for (; k < n && k < 24; k++) {
        if (dash_tok(c, k)) {
            while (k + 1 < n && dash_tok(c, k + 1))
                k++;
            return c->toks.tok[k].end;
        }
        /* "(Prensa Latina) Bolivia's exports", "/TASS/. Trade" */
        if ((tok_eq(c, k, ")") || (tok_eq(c, k, "/") && k > 1 && tok_eq(c, k - 2, "/"))) &&
            k + 1 < n && !dash_tok(c, k + 1)) {
            /* "/TASS/.", "(APP):" */
            if (tok_eq(c, k + 1, ".") || tok_eq(c, k + 1, ":"))
                k++;
            return k + 1 < n && tok_cap_word(c, k + 1) ? c->toks.tok[k].end : 0;
        }
        /* (an ordinal's letters are no word of their own: "16th") */
        if (c->toks.tok[k].kind == AD_TOK_WORD && !tok_cap_word(c, k) &&
            (c->toks.tok[k].flags & AD_TOKF_SPACE_BEFORE))
            return 0;
        if (c->toks.tok[k].kind == AD_TOK_SYMBOL)
            return 0;
    }
    return 0;
}

/* Periods inside a dateline opening the paragraph are none of its
 * figures' ("RIYADH, November 16, 2032, SPA -- ... rose in September"). */
static void drop_dateline(fctx *c, const ad_sentence *sn)
{
    if (sn->start != 0 || !c->ps.n)
        return;
    size_t dl = dateline_end(c), w = 0;
    if (!dl)
        return;
    for (size_t i = 0; i < c->ps.n; i++)
        if (c->ps.v[i].span_start >= dl)
            c->ps.v[w++] = c->ps.v[i];
    c->ps.n = w;
}

/* Whether sentence sn may answer a question about a figure: the sentence
 * before it in the paragraph asks one, naming the trade but no number
 * ("How much grain did Kazakhstan export last season? A: 9.8 million
 * tonnes in the 2032/33 marketing year"). The question's flow, economies
 * and goods are the answer's when it opens with its amount (see
 * opens_with_amount()). */
static int after_question(const fctx *c, const ad_sentence *sn)
{
    if (!c->last.set || c->last.para != c->para || !c->last.lede || c->last.tariff ||
        c->last.flow == AD_FLOW_TARIFF)
        return 0;
    size_t k = sn->start;
    while (k > 0 && (c->ptext[k - 1] == ' ' || c->ptext[k - 1] == '\n'))
        k--;
    return k > 0 && c->ptext[k - 1] == '?';
}

/* Whether the sentence (s, e), its quantities mapped, opens with an amount
 * after "A:" at most, its qualifier and currency part of it ("About $1.12
 * billion last year", "A: 9.8 million tonnes"): a verbless answer, not a
 * sentence of its own ("Uganda's economy grew only 4.6%"). */
static int opens_with_amount(const fctx *c, size_t s, size_t e)
{
    if (s + 1 < e && tok_eq(c, s, "A") && tok_eq(c, s + 1, ":"))
        s += 2;
    return s < e && (c->tk[s].inqty || c->tk[s].qi >= 0);
}

/* The tariff a relative clause set aside says the goods of the
 * sentence's first export figure with a partner face (see
 * relative_asides()): the partner's, on the reporter's goods. Figures from
 * index from on are the sentence's. */
static ad_status aside_tariff(fctx *c, size_t from)
{
    if (!c->aside_tariff)
        return AD_OK;
    c->aside_tariff = 0;
    for (size_t k = from; k < c->n_out; k++) {
        const ad_figure *f = &c->out[k];
        if (f->flow != AD_FLOW_EXPORT || !f->partner)
            continue;
        ad_figure g;
        memset(&g, 0, sizeof(g));
        g.flow = AD_FLOW_TARIFF;
        g.reporter = f->partner;
        g.partner = f->reporter;
        g.commodity = f->commodity;
        g.has_rate = 1;
        g.rate = c->aside_rate;
        g.paragraph = f->paragraph;
        g.sentence = f->sentence;
        return emit(c, &g);
    }
    return AD_OK;
}

static ad_status sentence(fctx *c, const ad_sentence *sn, frame **frames, size_t *fcap,
                          size_t **segs, size_t *scap)
{
    const size_t first_out = c->n_out;
    size_t s = sn->tok_start, e = sn->tok_end, base = sn->start;
    const char *st = c->ptext + base;
    size_t slen = sn->end - sn->start;
    classify(c, s, e);
    if (later_change(c, sn))
        return AD_OK;
    /* The cue of a ranking of goods ("Cars remained the largest export
     * item at $84 million") names the whole they are a part of, when one
     * is open: no figure of its own. */
    for (size_t i = s; i < e; i++) {
        ad_flow rf;
        size_t rk = ranked_goods(c, i, e, &rf), a, z;
        const char *partner = NULL;
        if (!rk || !head_at(c, head_slot(rf), c->para))
            continue;
        /* With a change of its own ("..., rising 18.6 percent to $4.37
         * billion", "at $24.31 billion, up 26.4 per cent") it is a figure. */
        int change = 0;
        for (size_t j = rk; j < e && !change; j++)
            change = c->tk[j].cls == W_UP || c->tk[j].cls == W_DOWN;
        if (change)
            continue;
        /* An aside on the goods may name a flow of its own ("Cars, mostly
         * re-exported to Central Asia, remained ..."): it describes them. */
        uint8_t saved[16];
        size_t o = i;
        if (i >= s + 2 && tok_eq(c, i - 1, ",")) {
            o = i - 1;
            while (o > s && i - o < 16 && !tok_eq(c, o - 1, ",") && !c->tk[o - 1].inqty)
                o--;
            if (o == s || !tok_eq(c, o - 1, ",") || i - o >= 16)
                o = i;
        }
        for (size_t j = o; j < i; j++)
            saved[j - o] = c->tk[j].flow, c->tk[j].flow = 0;
        if (part_subject(c, s, i, &a, &z, &partner) && !partner) {
            for (size_t j = i + 1; j < rk; j++)
                c->tk[j].flow = 0;
            continue;
        }
        for (size_t j = o; j < i; j++)
            c->tk[j].flow = saved[j - o];
    }
    plain_remarks(c, s, e);
    int any = 0;
    for (size_t i = s; i < e && !any; i++)
        any = c->tk[i].flow != 0;
    /* "Ghana's appear to have fallen about 21%" after Cote d'Ivoire's cocoa
     * exports: the figure before names the flow (see elided_clause()). */
    if (!any && c->last.set && c->last.para == c->para && c->last.flow != AD_FLOW_TARIFF &&
        elided_verb(c, s, e) != (size_t)-1)
        any = 1;
    /* "..., while pharmaceuticals fell 14.7 per cent to S$1.08 billion"
     * after a figure of some goods in the paragraph: goods with a verb of
     * change go on with its flow (see verb_goods_clause()). */
    for (size_t i = s; i + 1 < e && !any && goods_before(c); i++)
        any = (c->tk[i].cls == W_UP || c->tk[i].cls == W_DOWN) && i > s && names_goods(c, i - 1);
    int answer = !any && after_question(c, sn);
    if (!any && !answer)
        return head_open(c, c->para) || chain_open(c, c->para) ? parts(c, sn, s) : AD_OK;
    /* A frame's parts when its whole is open; else the frame's cue makes
     * the figure (see role_partner()). */
    size_t fe = frame_end(c, s, e), before = c->n_out;
    if (fe > s && head_open(c, c->para) && has_part(c, fe, e)) {
        ad_status sp = parts(c, sn, fe);
        if (sp != AD_OK || c->n_out > before)
            return sp;
    }
    char err[128];
    if (ad_qty_scan(st, slen, c->a, &c->qs, err, sizeof(err)) != AD_OK)
        c->qs.n = 0; /* over the cap: a table, not a sentence of news */
    if (ad_qty_find_periods(st, slen, c->anchor, c->a, &c->ps, err, sizeof(err)) != AD_OK)
        c->ps.n = 0;
    drop_dateline(c, sn);
    map_spans(c, s, e, base);
    if (answer && !opens_with_amount(c, s, e))
        return head_open(c, c->para) || chain_open(c, c->para) ? parts_in(c, s, e, sn) : AD_OK;
    check_cueof(c, s, e);
    check_cover(c, s, e);
    check_lift(c, s, e);
    relative_asides(c, s, e);

    size_t src_s, src_e;
    const char *source = find_source(c, s, e, &src_s, &src_e);
    /* "Argentina reported a trade surplus": an economy reporting its own
     * trade is the reporter, not a source. */
    if (source && src_s < src_e && c->tk[src_s].econ >= 0 && c->ec[c->tk[src_s].econ].te == src_e) {
        source = NULL;
        src_s = src_e = 0;
    }
    /* "government data showed", "official figures showed": data no body
     * is named for. */
    if (source && src_e == src_s + 1 && src_e < e && c->tk[src_e].cls == W_SRCNOUN &&
        (tok_eq(c, src_s, "government") || tok_eq(c, src_s, "official"))) {
        source = NULL;
        src_s = src_e = 0;
    }

    if (!grow(c, (void **)segs, scap, 3 * (e - s + 1), sizeof(**segs)))
        return AD_ERR_NOMEM;
    size_t n = clauses(c, s, e, *segs);
    if (answer && n == 0) { /* no cue: the answer is one clause */
        (*segs)[0] = s;
        (*segs)[1] = (*segs)[2] = e;
        n = 1;
    }
    if (!grow(c, (void **)frames, fcap, n + 1, sizeof(**frames)))
        return AD_ERR_NOMEM;
    frame *fr = *frames;
    const char *text = NULL;
    int polled = polled_sentence(c, s, e);
    for (size_t k = 0; k < n; k++) {
        size_t a = (*segs)[3 * k], b = (*segs)[3 * k + 1], core = (*segs)[3 * k + 2], cue;
        memset(&fr[k], 0, sizeof(fr[k]));
        fr[k].s = a;
        fr[k].e = b;
        int flow = clause_flow(c, a, b, &cue, &fr[k].weak);
        if (flow < 0 && k > 0 && fr[k - 1].flow_ok &&
            (cue = pronoun_clause(c, a, b)) != (size_t)-1 &&
            (!earnings_from(c, cue, b) || fr[k - 1].f.flow == AD_FLOW_EXPORT)) {
            flow = (int)fr[k - 1].f.flow;
            fr[k].weak = fr[k - 1].weak;
        }
        /* "..., while Malaysia's grew 14.1%": the flow, partner and goods
         * of the figure before, in this sentence or the one before. */
        const char *el[3] = {NULL, NULL, NULL}; /* reporter, partner, goods */
        int elided = 0;
        if (flow < 0 && (cue = elided_clause(c, a, b)) != (size_t)-1) {
            if (k > 0 && fr[k - 1].flow_ok && fr[k - 1].f.flow != AD_FLOW_TARIFF) {
                const ad_figure *g = &fr[k - 1].f;
                el[0] = g->reporter, el[1] = g->partner, el[2] = g->commodity;
                flow = (int)g->flow, elided = 1;
                fr[k].weak = fr[k - 1].weak;
            } else if (k == 0 && c->last.set && c->last.para == c->para && !c->last.tariff) {
                el[0] = c->last.reporter, el[1] = c->last.partner, el[2] = c->last.commodity;
                flow = (int)c->last.flow, elided = 1;
            }
        }
        if (flow < 0 && k == 0 && answer) {
            el[0] = c->last.reporter, el[1] = c->last.partner, el[2] = c->last.commodity;
            flow = (int)c->last.flow, elided = 2, cue = a;
        }
        /* "..., the bureau said, though they fell 6.3 percent month-on-
         * month": the figure before, with another change. */
        const frame *they = NULL;
        if (flow < 0 && k > 0 && (cue = they_clause(c, a, b)) != (size_t)-1) {
            size_t j = k;
            while (j > 0 && !fr[j - 1].flow_ok)
                j--;
            if (j > 0 && fr[j - 1].f.flow != AD_FLOW_TARIFF)
                they = &fr[j - 1];
        }
        if (they) {
            flow = (int)they->f.flow;
            fr[k].weak = they->weak;
        }
        int volumes = 0;
        if (flow < 0 && k > 0 && fr[k - 1].flow_ok && fr[k - 1].f.flow != AD_FLOW_TARIFF &&
            (cue = volume_clause(c, a, b)) != (size_t)-1) {
            flow = (int)fr[k - 1].f.flow;
            fr[k].weak = fr[k - 1].weak;
            volumes = 1;
        }
        /* "..., bananas up 3.5% at $398 million": other goods of the same
         * flow as the goods before. */
        size_t gg_s = 0, gg_e = 0;
        /* In a list of the same shape: "shrimp shipments up 7.2% at ...,
         * bananas up 3.5% at ..." (not "exports rose 4%, freight rates up
         * 15%"). */
        /* With signs, as wire headlines list the goods after the total
         * ("exports +3.8% y/y at $53.6 bln; chips +22.1%, cars -9.4%"). */
        int signed_list = 0;
        for (size_t i = k ? fr[k - 1].cue + 1 : 0; k && i < fr[k - 1].e && !signed_list; i++) {
            const ad_quantity *q = qat(c, i);
            signed_list = signed_pct(q) && signed_after_cue(c, fr[k - 1].cue, i);
        }
        /* Or with a verb after a cue with one ("Tobacco exports rose ...,
         * while platinum group metals fell ..."). */
        /* (Goods that open the clause before are its goods before they
         * are read: "Electronics remained the largest export item at ...,
         * up 28.1%, while phones fell ...".) */
        int goods_prev = k > 0 && (fr[k - 1].f.commodity || names_goods(c, fr[k - 1].s));
        /* "..., while coffee sales jumped 41.3%": goods with what they
         * earned follow any figure of the flow. */
        int sold = flow < 0 && k > 0 && sold_goods_clause(c, a, b);
        goods_prev |= sold;
        size_t ga = sold ? past_as(c, a, b) : a; /* where the goods clause opens */
        if (flow < 0 && k > 0 && fr[k - 1].flow_ok && (goods_prev || signed_list) &&
            fr[k - 1].f.flow != AD_FLOW_TARIFF && fr[k - 1].cue + 1 < fr[k - 1].e &&
            (((signed_list || tok_eq(c, fr[k - 1].cue + 1, "up") ||
               tok_eq(c, fr[k - 1].cue + 1, "down")) &&
              goods_clause(c, a, b, &gg_s, &gg_e) && signed_list == signed_pct_at(c, gg_e, b)) ||
             (!signed_list && (cue_then_verb(c, fr[k - 1].cue, fr[k - 1].cue + 2) || goods_prev) &&
              verb_goods_clause(c, ga, b, &gg_s, &gg_e)))) {
            flow = (int)fr[k - 1].f.flow;
            fr[k].weak = fr[k - 1].weak;
            cue = gg_s;
        } else if (flow < 0 && k == 0 && goods_before(c) &&
                   verb_goods_clause(c, a, b, &gg_s, &gg_e)) {
            flow = (int)c->last.flow;
            cue = gg_s;
        }
        /* Earnings beside the tonnes shipped, not a company's revenue. */
        if (flow < 0 && k > 0 && fr[k - 1].flow_ok && fr[k - 1].f.flow == AD_FLOW_EXPORT &&
            fr[k - 1].f.volume.present && (cue = earnings_clause(c, a, b)) != (size_t)-1) {
            flow = AD_FLOW_EXPORT;
            fr[k].weak = fr[k - 1].weak;
            volumes = 1; /* the same goods */
        }
        /* "Cut flowers brought in Sh11.4 billion, while avocado shipments
         * fetched Sh2.9 billion": a clause without a cue may be a part of
         * the figure before the sentence. */
        if (flow < 0 && head_open(c, c->para) && has_part(c, a, b)) {
            ad_status sp = parts_in(c, a, b, sn);
            if (sp != AD_OK)
                return sp;
        }
        int circ = flow == AD_FLOW_TARIFF && circumstance(c, a, cue);
        if (flow < 0 || polled || (foreign_subject(c, a, b, cue) && !circ) ||
            base_or_forecast(c, a, b, cue) || (flow == AD_FLOW_TARIFF && hypothetical(c, a, cue)))
            continue;
        fr[k].circ = circ;
        /* "the budget assumes merchandise exports of $15 billion and an
         * import bill of $22 billion": a clause joined by "and" to one whose
         * cue a forecast word governs is governed by it too. */
        if (k > 0 && flow != AD_FLOW_TARIFF &&
            (tok_eq(c, a, "and") ||
             (a > 0 && (tok_eq(c, a - 1, "and") || tok_eq(c, a - 1, ",")))) &&
            forecast_before(c, &fr[k - 1]) && !own_verb(c, a, b))
            continue;
        fr[k].flow_ok = 1;
        fr[k].cue = cue;
        fr[k].f.flow = (ad_flow)flow;
        if (flow == AD_FLOW_BALANCE)
            fr[k].f.balance = balance_side(c, a, b);
        /* Economies of a trailing piece without a cue ("..., in response to
         * Washington's duties") play no part in this figure. */
        economies(c, &fr[k], a, core, cue, src_s, src_e);
        role_partner(c, &fr[k], a, b);
        commodity(c, &fr[k], a, b, cue);
        /* "X's shipments to Y declined 3.1%, hurt by the 20% reciprocal
         * tariff": a tariff blamed for the export's fall is the
         * destination's on the exporter. */
        if (flow == AD_FLOW_TARIFF && !fr[k].f.reporter && !fr[k].f.partner && k > 0 &&
            fr[k - 1].flow_ok && fr[k - 1].f.flow == AD_FLOW_EXPORT && fr[k - 1].f.reporter &&
            fr[k - 1].f.partner && hurt_by(c, a, b)) {
            fr[k].f.reporter = fr[k - 1].f.partner;
            fr[k].f.partner = fr[k - 1].f.reporter;
        }
        size_t gs, ge;
        if (!fr[k].f.commodity && aside_goods(c, a, b, cue, &gs, &ge))
            fr[k].f.commodity = goods_text(c, gs, ge);
        /* "earnings from leather and leather goods": the goods after "from". */
        if (earnings_from(c, cue, b)) {
            size_t g = cue + 2;
            while (g < b && g < cue + 8 &&
                   ((goods_word(c, g) && (c->tk[g].cls == W_NONE || c->tk[g].cls == W_GENERIC)) ||
                    tok_eq(c, g, "and")))
                g++;
            while (g > cue + 2 && tok_eq(c, g - 1, "and"))
                g--;
            if (g > cue + 2)
                fr[k].f.commodity = goods_text(c, cue + 2, g);
        }
        if (flow == AD_FLOW_TARIFF)
            exports_facing(c, &fr[k], a, cue);
        /* An answer is the question's figure (elided 2); an elided noun
         * of another economy keeps the partner and goods it stands for. */
        if (elided == 2 && !fr[k].f.reporter)
            fr[k].f.reporter = el[0];
        if (elided == 2 || (elided && fr[k].f.reporter && !same_str(fr[k].f.reporter, el[0]))) {
            if (!fr[k].f.partner && !same_str(el[1], fr[k].f.reporter))
                fr[k].f.partner = el[1];
            if (!fr[k].f.commodity)
                fr[k].f.commodity = el[2];
        }
        if (they) {
            if (!fr[k].f.partner)
                fr[k].f.partner = they->f.partner;
            if (!fr[k].f.commodity)
                fr[k].f.commodity = they->f.commodity;
        }
        /* The volumes of the goods of the clause before. */
        if (volumes && !fr[k].f.commodity)
            fr[k].f.commodity = fr[k - 1].f.commodity;
        if (gg_e > gg_s)
            fr[k].f.commodity = goods_text(c, gg_s, gg_e);
        numbers(c, &fr[k], k ? &fr[k - 1] : NULL, a, b, base);
        index_change(c, &fr[k], k ? &fr[k - 1] : NULL, a, b);
        compared_base(c, &fr[k]);
        comparative_by(c, &fr[k], base);
        /* The period of the clause's core; one only in a trailing piece
         * counts unless it lies ahead ("..., and the government aims to lift
         * them to $1 trillion by 2030"). */
        int tariff = flow == AD_FLOW_TARIFF;
        long pi = clause_period(c, a, core, base, tariff);
        if (pi < 0 && (pi = clause_period(c, a, b, base, tariff)) >= 0) {
            fr[k].tail_period = 1;
            if (after_anchor(c, c->ps.v[pi].start))
                pi = -1;
        }
        if (pi >= 0) {
            const ad_qty_period *p = &c->ps.v[pi];
            fr[k].f.period.present = 1;
            fr[k].f.period.text = trim_period(c, p->text);
            fr[k].f.period.start = p->start;
            fr[k].f.period.end = p->end;
            fr[k].has_period = 1;
            fr[k].fy1 = p->year1;
            fr[k].fy2 = p->year2;
            fr[k].fiscal = p->kind == AD_PER_FISCAL ? (p->fiscal_rel ? 2 + p->fiscal_rel : 1)
                           : p->year2 == p->year1 + 1 && strlen(p->text) == 7 ? 2
                                                                              : 0;
            fiscal_part(&fr[k], p, st, slen);
            season_whole(c, &fr[k], p, st, slen, a, b, base);
            if (fr[k].fiscal)
                fr[k].fy_end = stated_end(st + p->span_end, slen - p->span_end);
            if (fr[k].f.change.present && !fr[k].f.change.basis)
                fr[k].f.change.basis = basis_of_base(c, a, b, p);
            if (tariff)
                tariff_day_near(c, &fr[k], a, b, p);
            for (size_t i = a; p->bare && p->kind == AD_PER_MONTH && i < b; i++)
                if (c->tk[i].pi == pi)
                    fr[k].passing = tok_eq(c, i, "the") || (i > 0 && tok_eq(c, i - 1, "the")) ||
                                    (i + 1 < b && (c->toks.tok[i + 1].flags & AD_TOKF_POSSESSIVE));
        }
        /* "The shortfall compares with USD 23.9 billion in June": earlier
         * values set beside the figure before, whose period stays the
         * paragraph's. */
        if (cue + 2 < b && (tok_eq(c, cue + 1, "compares") || tok_eq(c, cue + 1, "compared")) &&
            (tok_eq(c, cue + 2, "with") || tok_eq(c, cue + 2, "to")))
            fr[k].passing = 1;
        fr[k].f.source = source;
        fr[k].f.paragraph = c->para;
        /* "Ghana's appear to have fallen ... over the same period": the
         * period of the figure it compares with. */
        if (elided && !k && !fr[k].f.period.present && c->last.period.present) {
            fr[k].f.period = c->last.period;
            fr[k].fy1 = c->last.fy1, fr[k].fy2 = c->last.fy2;
            fr[k].fiscal = c->last.fiscal;
        }
    }
    balance_base(c, fr, n);
    /* "Exports to China, which overtook the United States as Japan's
     * biggest market, rose 11.4%": the economy whose market the aside names
     * reports the trade of the clause around it. */
    /* Only as the paragraph's first subject: after "Saudi Arabia's crude
     * exports fell 4%", "Shipments to India, which has overtaken China as
     * Russia's biggest customer, rose 6%" are still Saudi Arabia's. */
    int carried = c->last.set && c->last.para == c->para && c->last.reporter;
    for (size_t k = 0; c->owner && !carried && k < n; k++)
        if (fr[k].flow_ok && !fr[k].f.reporter && fr[k].s <= c->owner_s && fr[k].e >= c->owner_e &&
            !same_str(fr[k].f.partner, c->owner))
            fr[k].f.reporter = c->owner;
    /* "The United States was the biggest buyer of Philippine goods, but
     * exports there fell 3.8%": "there" is the economy named before in the
     * sentence, other than the reporter. */
    for (size_t k = 0; k < n; k++) {
        ad_figure *f = &fr[k].f;
        if (!fr[k].flow_ok || f->partner || f->flow == AD_FLOW_TARIFF || fr[k].cue + 1 >= fr[k].e ||
            !tok_eq(c, fr[k].cue + 1, "there"))
            continue;
        for (size_t t = fr[k].cue; t-- > s;) {
            const econ *x = c->tk[t].econ >= 0 ? &c->ec[c->tk[t].econ] : NULL;
            if (x && !x->attrib && !same_str(x->name, f->reporter) &&
                !same_str(x->name, c->last.reporter)) {
                f->partner = x->name;
                break;
            }
        }
    }
    /* Slots a clause leaves out come from the clause before it. */
    for (size_t k = 1; k < n; k++) {
        /* A trade clause after a tariff set between two ("..., after a 15%
         * tariff took effect, while imports rose 2%") takes its slots from
         * the trade clause before the tariff. */
        size_t from = k - 1;
        while (fr[k].f.flow != AD_FLOW_TARIFF && from > 0 && fr[from].flow_ok &&
               fr[from].f.flow == AD_FLOW_TARIFF)
            from--;
        /* "Goods exports fell 2.2%, with exports to the EU down 4.1%, while
         * goods imports rose 2.9%": a piece giving a part of the flow before
         * lends nothing to a clause of another flow. */
        if (from > 0 && fr[from].f.flow != fr[k].f.flow && opens_with_word(c, &fr[from], "with"))
            from--;
        ad_figure *f = &fr[k].f, *p = &fr[from].f;
        int own_reporter = f->reporter != NULL;
        /* A tariff is another economy's act: it takes no economies from a
         * trade figure before it ("exports to the US rose 6.2%, despite the
         * 50% tariff Washington imposed"). */
        int actors = !(f->flow == AD_FLOW_TARIFF && p->flow != AD_FLOW_TARIFF);
        if (!f->reporter && actors)
            f->reporter = p->reporter;
        /* A breakdown by goods after one by partner ("Exports to China
         * gained 8.9%, while shipments of semiconductors rose 31.5%") is
         * of all the flow, not of the partner's part. */
        int contrast = opens_with_word(c, &fr[k], "while") ||
                       opens_with_word(c, &fr[k], "whereas") || opens_with_word(c, &fr[k], "but") ||
                       opens_with_word(c, &fr[k], "and");
        int other_cut = contrast && f->commodity && !p->commodity && p->partner;
        if (!f->partner && actors && !other_cut &&
            (!own_reporter || same_str(f->reporter, p->reporter)) &&
            !unnamed_partner(c, fr[k].s, fr[k].e))
            f->partner = p->partner;
        /* "Brazil's exports to the US fell 18% ... because of the 50%
         * tariff": the tariff blamed is the destination's on the exporter's
         * goods. */
        /* So is one given as the cause ("..., as U.S. tariffs of 30% on
         * most Chinese goods weighed on shipments"). */
        int blamed = fr[k].s > 0 && blame_word(c, fr[k].s - 1);
        for (size_t t = fr[k].s; t < fr[k].cue && !blamed && f->flow == AD_FLOW_TARIFF; t++)
            blamed = t > 0 && tok_eq(c, t - 1, ",") && cause_word(c, t);
        if (!actors && p->flow == AD_FLOW_EXPORT && p->partner && !f->reporter &&
            !same_str(p->partner, f->partner) && blamed) {
            f->reporter = p->partner;
            if (!f->partner)
                f->partner = p->reporter;
        }
        if (f->reporter && f->partner && !strcmp(f->reporter, f->partner))
            f->partner = NULL;
        /* "In October alone, exports grew 4.2%, while imports increased
         * 1.3%, reversing a decline in September": the period of the clause
         * before beats one found only in a trailing piece. */
        if (!f->period.present ||
            (fr[k].tail_period && p->period.present && !fr[from].tail_period)) {
            f->period = p->period;
            fr[k].tail_period = fr[from].tail_period;
            fr[k].fy1 = fr[from].fy1, fr[k].fy2 = fr[from].fy2;
            fr[k].fiscal = fr[from].fiscal;
            fr[k].fp = fr[from].fp;
        }
        /* Nor goods to a partner's part after a clause of goods ("Exports
         * of agricultural products climbed 9.1%, while shipments to the US
         * rose 14.6%"). */
        if (!f->commodity && f->flow == p->flow &&
            !(contrast && f->partner && !p->partner && p->commodity))
            f->commodity = p->commodity;
        if (f->change.has_percent && !f->change.basis)
            f->change.basis = p->change.basis;
    }
    /* A period or a basis stated only later in the sentence covers the
     * clauses before ("exports up 3.2% and imports down 1.1% from a year
     * earlier"). */
    for (size_t k = n; k-- > 1;) {
        ad_figure *f = &fr[k - 1].f;
        /* Not a tariff's ("... fell 11.3% because of the 18% tariff
         * Washington imposed in 2025"): another kind of figure. */
        if ((fr[k].f.flow == AD_FLOW_TARIFF) != (f->flow == AD_FLOW_TARIFF))
            continue;
        if (f->change.has_percent && !f->change.basis)
            f->change.basis = fr[k].f.change.basis;
        if (!fr[k - 1].f.period.present) {
            fr[k - 1].f.period = fr[k].f.period;
            fr[k - 1].fy1 = fr[k].fy1, fr[k - 1].fy2 = fr[k].fy2;
            fr[k - 1].fiscal = fr[k].fiscal;
            fr[k - 1].fp = fr[k].fp;
        }
    }
    for (size_t k = 0; k < n; k++)
        if (fr[k].flow_ok) {
            carry(c, &fr[k]);
            if (annual_period(c, &fr[k]) != AD_OK)
                return AD_ERR_NOMEM;
            /* A figure that names no economy of its own, and follows none,
             * is the outlet's own country's. */
            ad_figure *f = &fr[k].f;
            const char *owner =
                !f->reporter && f->flow != AD_FLOW_TARIFF ? para_owner(c, fr[k].s) : NULL;
            if (owner && !same_str(owner, f->partner))
                f->reporter = owner;
            const char *home = !f->reporter && f->flow != AD_FLOW_TARIFF ? home_economy(c) : NULL;
            if (home && !same_str(home, f->partner))
                f->reporter = home;
            /* Else a statistics body of one economy gives that economy's
             * figures ("Imports from Vietnam rose 21.3%, Census Bureau data
             * showed"); the outlet's country comes first, as some names
             * ("the Commerce Department") are each country's own. */
            const char *stats =
                !f->reporter && f->flow != AD_FLOW_TARIFF ? stats_economy(f->source) : NULL;
            if (stats && !same_str(stats, f->partner))
                f->reporter = stats;
            /* Else money only one economy counts in names it ("Rare earth
             * exports were 4.86 billion yuan"), unless a source of its own
             * says more ("Mongolia's customs office"). */
            const char *money = !home && !f->reporter && f->flow != AD_FLOW_TARIFF &&
                                        f->value.present && !fr[k].value_family && !fr[k].weak &&
                                        !name_economy(f->source) &&
                                        !(f->source && possessive_economy(c, f->source))
                                    ? money_economy(f->value.currency)
                                    : NULL;
            if (money && !same_str(money, f->partner))
                f->reporter = money;
            /* A tariff announced by a body that names its economy ("the
             * Office of the U.S. Trade Representative said it would raise
             * tariffs on Chinese-made batteries") is that economy's. */
            const char *by =
                !f->reporter && f->flow == AD_FLOW_TARIFF ? name_economy(f->source) : NULL;
            /* So is one a single economy's statistics body or ministry
             * gives, or one named by a law of one economy ("the 25% Section
             * 232 tariff"). */
            if (!by && !f->reporter && f->flow == AD_FLOW_TARIFF)
                by = stats_economy(f->source);
            if (!by && !f->reporter && f->flow == AD_FLOW_TARIFF)
                by = instrument_economy(c, fr[k].cue > fr[k].s + 4 ? fr[k].cue - 4 : fr[k].s,
                                        fr[k].cue + 5 < fr[k].e ? fr[k].cue + 5 : fr[k].e);
            if (by && !same_str(by, f->partner))
                f->reporter = by;
            /* A bare "$" in a paper of a dollar country, for its own trade,
             * is its dollar ("The surplus fell to $3.2 billion" in the
             * Sydney Morning Herald); wires write "A$", "C$" for those. So is
             * one its own statistics body gives ("exports rose to $66.2
             * billion, Statistics Canada said"): such bodies count in their
             * country's currency. A change given as an amount ("rose $3.1
             * billion") is read the same way. */
            int own = f->reporter && (same_str(f->reporter, home_economy(c)) ||
                                      same_str(f->reporter, locale_economy(c)) ||
                                      same_str(f->reporter, name_economy(f->source)));
            if (own && f->value.present && !strcmp(f->value.currency, "USD") &&
                bare_dollar(f->value.text))
                family_currency(f, "dollar", f->value.currency);
            if (own && f->change.by.present && !strcmp(f->change.by.currency, "USD") &&
                bare_dollar(f->change.by.text))
                family_currency(f, "dollar", f->change.by.currency);
        }
    for (size_t k = 0; k < n; k++) {
        if (fr[k].fiscal && fr[k].flow_ok)
            fiscal_dates(c, &fr[k]);
        if (fr[k].fp.mode && fr[k].flow_ok && fr[k].f.period.present)
            fiscal_part_dates(c, &fr[k]);
        if (fr[k].flow_ok) {
            resolve_currencies(&fr[k]);
            sequential_basis(c, &fr[k]);
        }
    }
    int strong_before = 0;
    /* The claim a fact-check examines (see below). */
    const int claim = s + 1 < e && tok_eq(c, s, "claim") && tok_eq(c, s + 1, ":");
    /* A tariff after the sentence's trade figure is an aside ("the surplus
     * narrowed ..., as exports slid under Washington's 30% tariff"): the
     * sentence's subject stays the one the next sentences carry over. */
    int subject = 0;
    for (size_t k = 0; k < n; k++, strong_before |= fr[k - 1].flow_ok && !fr[k - 1].weak) {
        ad_figure *f = &fr[k].f;
        if (!fr[k].flow_ok)
            continue;
        int keep = !(subject && f->flow == AD_FLOW_TARIFF);
        int counted = f->value.present || f->change.has_percent || f->has_rate || fr[k].by_amount;
        /* A lede without numbers still sets the subject ("The U.S. trade
         * deficit shrank sharply in October." before "Exports rose 1.2%");
         * a clause without numbers that only goes on with the subject
         * ("An economist said the figures confirmed a diversification of
         * the export base") leaves it as it was, with its source. */
        int idle = (fr[k].carried && !counted && !f->volume.present) || fr[k].passing;
        /* A lede announcing the data ("China's customs agency has just
         * published its November trade figures") sets the subject too,
         * its "trade" a weak cue elsewhere. */
        size_t q = fr[k].cue + 1;
        if (q < fr[k].e && tok_lower_word(c, q) && c->tk[q].cls == W_NONE && !c->tk[q].flow)
            q++; /* "trade balance data" has a cue of its own */
        int release = fr[k].weak && !counted && !f->volume.present && q < fr[k].e &&
                      c->tk[q].cls == W_SRCNOUN;
        if (f->reporter && (!fr[k].weak || release) && !after_anchor(c, f->period.start) && keep &&
            !idle && !(subject && earlier_base(c, fr, k))) {
            remember(c, &fr[k]);
            subject |= f->flow != AD_FLOW_TARIFF;
        }
        if (!counted && !f->volume.present)
            continue;
        /* "Exports from Asia's fourth-largest economy rose 6.8% ..., South
         * Korea's customs agency said": a figure that names its economy only
         * by description is that of the body reporting it. */
        if (!f->reporter && f->source && f->flow != AD_FLOW_TARIFF) {
            const char *by = possessive_economy(c, f->source);
            /* "the Reserve Bank of India"; not a body speaking of flows
             * elsewhere ("shipments through the Strait of Hormuz fell 20%,
             * the U.S. Department of Energy said", "global LNG exports"). */
            if (!by) {
                by = body_economy(f->source);
                if (by && elsewhere(c, fr[k].s, fr[k].e, f->partner, by))
                    by = NULL;
            }
            if (by && !same_str(by, f->partner))
                f->reporter = by;
        }
        /* A body's proper name without its owner ("China's General
         * Administration of Customs" is the General Administration of
         * Customs; the owner is the figure's economy); a description keeps
         * it ("South Korea's trade minister"). */
        if (f->source && possessive_economy(c, f->source)) {
            const char *p = strstr(f->source, "'s ");
            p = p ? p + 3 : strstr(f->source, "\xe2\x80\x99s ") + 5;
            if (*p >= 'A' && *p <= 'Z')
                f->source = p;
        }
        /* A volume alone is a trade figure when an economy is named ("10,000
         * pounds of olive trees imported" for a garden is not) and the cue
         * governs it: it comes before the volume ("exported 3 million tonnes")
         * or closely after it, no comma between ("3.2 million tonnes of wheat
         * was exported"); not "the harvest reached 169 million tonnes,
         * underpinning exports". */
        if (!counted && (!f->reporter && !f->partner))
            continue;
        if (!counted && !volume_governed(c, &fr[k]))
            continue;
        /* A weak cue stands when the clause names an economy or an earlier
         * clause of the sentence is surely about trade ("exports rose...,
         * leaving a surplus of $102 billion"). */
        if (fr[k].weak && !f->reporter && !f->partner && !strong_before)
            continue;
        /* A period that starts after the article was published makes the
         * figure a target or a forecast ("aims to raise exports to $1
         * trillion by 2030"), not one the article reports; a tariff's is
         * the day it takes effect. */
        if (after_anchor(c, f->period.start) && f->flow != AD_FLOW_TARIFF)
            continue;
        /* "collected 4.2 billion cedis in import duties": a tax's takings,
         * not a tariff's rate. */
        if (f->flow == AD_FLOW_TARIFF && !f->has_rate && collected(c, &fr[k]))
            continue;
        if (fr[k].circ)
            memset(&f->change, 0, sizeof(f->change));
        /* A tariff is a rate or the money of the goods it covers: a volume
         * alone is some goods' ("India, which cut its import duty on crude
         * palm oil, was the biggest buyer, taking 312,000 tonnes"). */
        if (f->flow == AD_FLOW_TARIFF && !f->has_rate && !f->value.present && f->volume.present)
            continue;
        /* The claim a fact-check examines ("Claim: South Africa ran a R50
         * billion surplus with China, an MP said") reports no figure, and
         * its teller is no source; its subject is the verdict's. */
        if (claim) {
            if (keep && !fr[k].passing && f->reporter) {
                remember(c, &fr[k]);
                c->last.source = NULL;
            }
            continue;
        }
        if (!text && !(text = dup_span(c, sn->start, sn->end)))
            return AD_ERR_NOMEM;
        f->sentence = text;
        if (!f->commodity && !f->partner)
            top_goods(c, &fr[k]);
        ad_status stt;
        if (fr[k].earn_split) {
            /* Two records, f and v. With earn_split 1 or 2, f is the volume
             * with its change and v the value, without a change (1) or with
             * its own (2); with 3, f is the value with its change and v the
             * volume with its own. */
            ad_figure v = *f;
            if (fr[k].earn_split == 3) {
                memset(&v.value, 0, sizeof(v.value));
                memset(&f->volume, 0, sizeof(f->volume));
            } else {
                memset(&v.volume, 0, sizeof(v.volume));
                memset(&f->value, 0, sizeof(f->value));
            }
            if (fr[k].earn_split == 1) {
                memset(&v.change, 0, sizeof(v.change));
                if (fr[k].value_dir) { /* ", with revenue climbing to ..." */
                    v.change.present = 1;
                    v.change.direction = fr[k].value_dir;
                }
            } else {
                memset(&v.change.by, 0, sizeof(v.change.by));
                v.change.percent = fr[k].value_pct;
                if (fr[k].value_dir)
                    v.change.direction = fr[k].value_dir;
                v.change.qualifier = NULL;
            }
            stt = emit(c, f);
            if (stt == AD_OK)
                stt = emit(c, &v);
        } else {
            stt = emit(c, f);
        }
        note_head(c, f);
        if (stt == AD_OK)
            stt = followed_by(c, &fr[k], base);
        if (stt == AD_OK)
            stt = breakdown(c, &fr[k], base);
        if (stt == AD_OK)
            stt = respectively(c, &fr[k], e, base);
        if (stt != AD_OK)
            return stt;
        if (keep && !fr[k].passing && !(subject && earlier_base(c, fr, k))) {
            remember(c, &fr[k]);
            subject |= f->flow != AD_FLOW_TARIFF && f->reporter;
        }
    }
    return aside_tariff(c, first_out);
}

ad_status ad_figures_extract(ad_article *art, const char *anchor, char *err, size_t errlen)
{
    fctx c;
    frame *frames = NULL;
    size_t fcap = 0, *segs = NULL, scap = 0;
    ad_status st = AD_OK;
    memset(&c, 0, sizeof(c));
    c.head_last = -1;
    c.art = art;
    c.a = art->arena;
    c.anchor = anchor;
    c.err = err;
    c.errlen = errlen;
    art->figures = NULL;
    art->n_figures = 0;
    for (size_t p = 0; p < art->n_paragraphs; p++) {
        const ad_paragraph *pg = &art->paragraphs[p];
        if (pg->type == AD_PARA_HEADING || pg->type == AD_PARA_TABLE)
            continue;
        if (!ad_figures_has_cue(pg->text, pg->len) && !head_open(&c, p) && !chain_open(&c, p))
            continue;
        if (!c.mp_start && art->n_entities && (st = index_mentions(&c)) != AD_OK)
            goto fail;
        char terr[128];
        st = ad_tok_tokenize(pg->text, pg->len, c.a, &c.toks, terr, sizeof(terr));
        if (st == AD_ERR_TOOBIG)
            continue; /* no paragraph of news; skip it rather than fail the page */
        if (st != AD_OK)
            goto fail;
        if (!grow(&c, (void **)&c.tk, &c.tk_cap, c.toks.n + 1, sizeof(*c.tk))) {
            st = AD_ERR_NOMEM;
            goto fail;
        }
        c.ptext = pg->text;
        c.plen = pg->len;
        c.para = p;
        if ((st = load_orgs(&c)) != AD_OK || (st = find_economies(&c)) != AD_OK ||
            (st = find_epithets(&c)) != AD_OK)
            goto fail;
        size_t first = c.n_out;
        for (size_t k = 0; k < c.toks.n_sent; k++) {
            const ad_sentence *sn = &c.toks.sent[k];
            if (!ad_figures_has_cue(pg->text + sn->start, sn->end - sn->start)) {
                if (restated_change(&c, sn, first))
                    continue;
                if (!head_open(&c, p) && !chain_open(&c, p))
                    continue;
            }
            if ((st = sentence(&c, sn, &frames, &fcap, &segs, &scap)) != AD_OK)
                goto fail;
        }
        /* A source named once, at the end of a paragraph ("Imports climbed
         * 6.1%. The trade surplus widened to $3.07 billion, the central bank
         * said."), is the source of the same reporter's figures before it. */
        const char *later = NULL, *later_rep = NULL;
        for (size_t k = c.n_out; k-- > first;) {
            ad_figure *f = &c.out[k];
            if (f->flow == AD_FLOW_TARIFF)
                continue;
            if (f->source) {
                later = f->source, later_rep = f->reporter;
            } else if (later && f->reporter && same_str(f->reporter, later_rep)) {
                f->source = later;
            }
        }
    }
    art->figures = c.out;
    art->n_figures = c.n_out;
    return AD_OK;
fail:
    return ad_fail(err, errlen, st, "trade figures: %s",
                   st == AD_ERR_NOMEM ? "out of memory" : "cannot tokenize a paragraph");
}
