/*
 * body.c - the article body: which text of the page is the article.
 *
 * One iterative walk over <body> indexes every visible element in pre-order
 * (an arena-free malloc'd array: parent, subtree end, flags, weights) and
 * cuts the visible text into segments - runs of inline text between block
 * boundaries or <br><br> - each owned by its innermost block element. Hidden
 * elements and tags that never show text are skipped during the walk.
 *
 * Everything after the walk works on those arrays, never on the tree again:
 * boilerplate subtrees (class/id lexicon, nav/aside/footer) are marked, each
 * segment scores its ancestors the way Readability does (commas, length,
 * link density, class weights), the best container is chosen and widened to
 * its qualifying siblings, link-heavy sub-containers are cleaned away, and
 * the surviving segments pass a line filter (boilerplate lexicon, bylines,
 * datelines, the title, a trailing contact e-mail). When that precise pass
 * finds almost nothing, a recall pass ignores the class lexicon, and the
 * JSON-LD articleBody is the last resort.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "articled/author.h"
#include "articled/body.h"
#include "articled/dom.h"
#include "articled/gazetteer.h"
#include "articled/text.h"

#define AD_BODY_MAX_PARAS 5000               /* paragraphs emitted */
#define AD_BODY_MAX_TEXT  ((size_t)2 << 20)  /* bytes of emitted text */
#define MAX_RECS          600000             /* elements indexed */
#define MAX_SEGS          300000             /* segments cut */
#define MAX_RAW           ((size_t)24 << 20) /* bytes of raw page text */
#define NAMES_MAX         512                /* class+id bytes examined */
#define STRONG_POS        40                 /* a class weight that names the article body itself */
#define SMALL_TOP         800 /* prose value under which a chosen container is suspect */

enum kind {
    K_INLINE = 0,
    K_SKIP,
    K_BLOCK,
    K_BOILER,
    K_P,
    K_H,
    K_LI,
    K_QUOTE,
    K_CAPTION,
    K_TR,
    K_CELL,
    K_PRE,
    K_BR,
    K_A,
    K_TABLE
};

enum flag {
    F_LINK = 1 << 0,       /* inside an <a> */
    F_DROP = 1 << 1,       /* own class/tag says boilerplate */
    F_POS = 1 << 2,        /* own class says content */
    F_BAD = 1 << 3,        /* inside a boilerplate subtree (decided after the walk) */
    F_BLOCKCHILD = 1 << 4, /* has a block child */
    F_CAND = 1 << 5,       /* has a candidate score */
    F_CLEAN = 1 << 6,      /* removed by conditional cleaning */
    F_HINT = 1 << 7,       /* inside the headline or byline element */
    F_HIDE = 1 << 8,       /* inside a hidden block (kept for the last-resort pass) */
    F_PRE = 1 << 9,        /* inside <pre> or <code> */
    F_INSET = 1 << 10,     /* own class names an inset (newsletter sign-up, donation ask) */
    F_DROPIN = 1 << 11,    /* inside a block named as furniture, even one kept (a <div>) */
    F_LEAD = 1 << 12,      /* own class names a standfirst, dek or summary */
    F_DEK = 1 << 13        /* own class names a standfirst if the text is the description */
};

typedef struct nrec {
    xmlNodePtr node;
    int32_t parent, end, blk;
    uint32_t chars, gchars, glinks, gcommas; /* subtree totals; g = not boilerplate */
    uint32_t nseg, stops;                    /* segments and sentence stops owned directly */
    float score;
    float val;  /* prose minus link text in the subtree (see seg_value) */
    float pval; /* the same, counting only paragraphs shaped like the article's */
    uint16_t flags;
    uint8_t kind, ctx;
    int16_t weight;
    int16_t base;
} nrec;

typedef struct seg {
    uint32_t off, len; /* raw bytes in the text buffer */
    int32_t owner;
    uint32_t chars, links, commas, stops, code;
    uint8_t type;
    uint8_t junk;   /* markup or script text leaked into the page (not in <pre>) */
    uint8_t filler; /* placeholder text ("Lorem ipsum ...") */
} seg;

typedef struct walk {
    nrec *r;
    size_t nr, rcap;
    seg *s;
    size_t ns, scap;
    char *t;
    size_t tlen, tcap;
    /* the open segment */
    size_t off;
    uint32_t chars, links, commas, stops, code;
    uint32_t capchars; /* of chars, those inside an inline caption ("<span class=caption>") */
    int32_t owner;
    int brs;
    int full; /* a cap was reached: the rest of the page is ignored */
    int nomem;
    int streamed; /* streamed-rendering placeholders were resolved */
    int32_t head; /* the record of the headline the metadata found, or -1 */
    struct class_cache *cache;
} walk;

/* ---------------------------------------------------------------- tables */

static int is_blockish(enum kind k)
{
    return k != K_INLINE && k != K_A && k != K_CELL && k != K_BR && k != K_SKIP;
}

/* ---------------------------------------------------------------- attributes */

typedef struct attr_info {
    int hidden;
    int drop, inset, pos, caption, standfirst, dek;
    int gate; /* names gated text: a box so named is dropped, a <p> is kept */
    int weight;
} attr_info;

static int is_sep(char c)
{
    return c == ' ' || c == '-' || c == '_' || c == '\t' || c == '\n' || c == ':' || c == '/';
}

/* The class and tag tables, indexed at build time (scripts/gen-body-index.awk
 * writes body_index.h from data/body_classes.tsv and data/body_tags.tsv),
 * and a per-document cache of recent class strings: pages repeat the same
 * few class lists thousands of times. */
#define CACHE_SLOTS 256
#define CACHE_KEY   240

/* What a class pattern says about an element (body_classes.tsv's action). */
enum act {
    ACT_HIDE,
    ACT_DROP,
    ACT_INSET,
    ACT_POS,
    ACT_NEG,
    ACT_CAPTION,
    ACT_STANDFIRST,
    ACT_DEK,
    ACT_GATE
};

typedef struct pat {
    const char *s;
    uint16_t len;
    uint8_t act;   /* enum act */
    int8_t weight; /* candidate weight */
} pat;

typedef struct body_tag {
    const char *name;
    uint8_t kind; /* enum kind */
    int8_t base;  /* starting score as an article candidate */
} body_tag;

#include "body_index.h"
#include "filler_words.h"

typedef struct cache_slot {
    size_t len; /* 0 = empty */
    char key[CACHE_KEY];
    attr_info ai;
} cache_slot;

typedef struct class_cache {
    cache_slot slot[CACHE_SLOTS];
} class_cache;

/* The table slot of a token: scripts/hash-table.awk's hash, h = h * 33 +
 * byte modulo the (power of two) table size. */
static uint32_t token_hash(const char *t, size_t len, uint32_t slots)
{
    uint32_t h = 0;
    for (size_t i = 0; i < len; i++)
        h = (h * 33 + (unsigned char)t[i]) & (slots - 1);
    return h;
}

/* The kind and base score of a tag. */
static enum kind tag_kind(const char *name, int *base)
{
    /* Every element asks: the rows of its first letter are compared in
     * turn instead of a binary search of the whole table. */
    unsigned c = (unsigned char)name[0];
    for (size_t r = body_tag_at[c]; r < body_tag_at[c + 1]; r++)
        if (!strcmp(body_tags[r].name, name)) {
            *base = body_tags[r].base;
            return (enum kind)body_tags[r].kind;
        }
    *base = 0;
    return K_INLINE;
}

typedef struct weights {
    int maxpos, minneg;
} weights;

static void apply_row(const pat *p, attr_info *ai, weights *wt)
{
    if (p->act == ACT_HIDE)
        ai->hidden = 1;
    else if (p->act == ACT_DROP)
        ai->drop = 1;
    else if (p->act == ACT_INSET)
        ai->drop = ai->inset = 1;
    else if (p->act == ACT_POS)
        ai->pos = 1;
    else if (p->act == ACT_CAPTION)
        ai->caption = 1;
    else if (p->act == ACT_STANDFIRST)
        ai->standfirst = 1;
    else if (p->act == ACT_DEK)
        ai->dek = 1;
    else if (p->act == ACT_GATE)
        ai->gate = 1;
    /* Like Readability, several hits of one sign do not add up: the
     * strongest positive and the strongest negative pattern count. */
    if (p->weight > wt->maxpos)
        wt->maxpos = p->weight;
    if (p->weight < wt->minneg)
        wt->minneg = p->weight;
}

/* The first of the patterns of v equal to t[0..len), found through the
 * table at[] of `slots` slots, or NULL; equal patterns sit side by side. */
static const pat *first_equal(const pat *v, const uint16_t *at, uint32_t slots, const char *t,
                              size_t len)
{
    for (uint32_t h = token_hash(t, len, slots); at[h]; h = (h + 1) & (slots - 1)) {
        const pat *hit = &v[at[h] - 1];
        if (hit->len == len && !memcmp(hit->s, t, len))
            return hit;
    }
    return NULL;
}

/* Applies the patterns of v[0..n) equal to t[0..len). */
static void find_token(const pat *v, size_t n, const uint16_t *at, uint32_t slots, const char *t,
                       size_t len, attr_info *ai, weights *wt, int no_pos)
{
    const pat *hit = first_equal(v, at, slots, t, len);
    for (; hit && hit < v + n && hit->len == len && !memcmp(hit->s, t, len); hit++)
        if (!no_pos || (hit->act != ACT_POS && hit->weight <= 0))
            apply_row(hit, ai, wt);
}

/* The end of the block in the BEM name names[b..end) ("story" of
 * "story__comments"), or b when the name is no BEM element. A CSS module's
 * name ("Paragraph_paragraph__9WAFK": a single "_" before, a hash after)
 * has no block; its local name ("paragraph") goes to *local.. *local_end
 * (empty when there is none), and *elem is where the last element starts. */
static size_t bem_block_end(const char *names, size_t b, size_t end, size_t *local,
                            size_t *local_end, size_t *elem)
{
    int single = 0, digit = 0;
    *elem = *local = *local_end = b;
    for (size_t k = b; k < end; k++) {
        if (names[k] == '_' && k + 1 < end && names[k + 1] == '_') {
            if (single && *local_end == b)
                *local_end = k;
            *elem = k + 2, digit = 0;
            k++;
        } else if (names[k] == '_') {
            single = 1;
            *local = k + 1;
        } else if (names[k] >= '0' && names[k] <= '9') {
            digit = 1;
        }
    }
    return *elem < end && !single && !digit ? *elem : b;
}

/* Whether the substring names[i..i+len) lies in the block of a BEM name
 * ("article-body" of "article-body__signup", also with a build hash after
 * the element): before the first "__" of a name that has one. */
static int in_bem_block(const char *names, size_t n, size_t i, size_t len)
{
    for (size_t k = i + len; k + 1 < n && names[k] != ' '; k++)
        if (names[k] == '_' && names[k + 1] == '_')
            return 1;
    return 0;
}

/* Whether a part pattern of names[b..e) marks furniture (drop or inset). */
static int furniture_part(const char *t, size_t len)
{
    const pat *p = first_equal(body_part, body_part_at, BODY_PART_SLOTS, t, len);
    for (; p && p < body_part + BODY_PART_LEN && p->len == len && !memcmp(p->s, t, len); p++)
        if (p->act == ACT_DROP || p->act == ACT_INSET)
            return 1;
    return 0;
}

/* The end of the last furniture pattern in the name names[b..end): a
 * substring or a part that marks a drop or an inset; b when there is none.
 * The parts before it say where the furniture sits, not what it is:
 * "blog-author-bio" is a bio and "blog-item-comments" comments, though
 * "blog" names content. */
static size_t furniture_end(const char *names, size_t b, size_t end)
{
    size_t last = b;
    for (size_t i = b; i < end;) {
        while (i < end && is_sep(names[i]))
            i++;
        size_t e = i;
        while (e < end && !is_sep(names[e]))
            e++;
        if (e > i && furniture_part(names + i, e - i))
            last = e;
        i = e;
    }
    if (last > b)
        return last;
    for (size_t i = b; i < end; i++) {
        unsigned char c = (unsigned char)names[i];
        unsigned bit = (unsigned)c << 8 | (unsigned char)names[i + 1];
        if (!(body_sub_pair[bit >> 6] >> (bit & 63) & 1))
            continue;
        for (size_t k = body_sub_at[c]; k < body_sub_at[c + 1]; k++)
            if ((body_sub[k].act == ACT_DROP || body_sub[k].act == ACT_INSET) &&
                body_sub[k].len <= end - i && !memcmp(names + i, body_sub[k].s, body_sub[k].len))
                return i + body_sub[k].len;
    }
    return b;
}

/* Matches the lower-cased names against the class lexicon. */
static void match_names(const char *names, size_t n, attr_info *ai)
{
    weights wt = {0, 0};
    for (size_t b = 0; b < n;) {
        while (b < n && names[b] == ' ')
            b++;
        size_t e = b;
        while (e < n && names[e] != ' ')
            e++;
        if (e > b)
            find_token(body_whole, BODY_WHOLE_LEN, body_whole_at, BODY_WHOLE_SLOTS, names + b,
                       e - b, ai, &wt, 0);
        b = e;
    }
    /* Parts of each name. In a BEM name ("story__comments") the block
     * before the last "__" says where the element sits, not what it is:
     * the comments of a story are no story, so a block's part names no
     * content, though it may name furniture ("star-ratings__legend"). A CSS
     * module's name ("Paragraph_paragraph__9WAFK": a single "_" before, a
     * hash after) is read whole. */
    for (size_t b = 0; b < n;) {
        while (b < n && names[b] == ' ')
            b++;
        size_t end = b;
        while (end < n && names[end] != ' ')
            end++;
        size_t local, local_end, elem;
        size_t block_end = bem_block_end(names, b, end, &local, &local_end, &elem);
        size_t furniture = furniture_end(names, b, end);
        if (furniture > block_end)
            block_end = furniture;
        int single = local > b;
        /* A CSS module's local name is a whole class name of its own
         * ("storyPage_summary__Ge5AX" is "summary"). */
        if (single && local_end > local && end - elem >= 5)
            find_token(body_whole, BODY_WHOLE_LEN, body_whole_at, BODY_WHOLE_SLOTS, names + local,
                       local_end - local, ai, &wt, 0);
        while (b < end) {
            while (b < end && is_sep(names[b]))
                b++;
            size_t e = b;
            while (e < end && !is_sep(names[e]))
                e++;
            if (e > b)
                find_token(body_part, BODY_PART_LEN, body_part_at, BODY_PART_SLOTS, names + b,
                           e - b, ai, &wt, b < block_end);
            b = e;
        }
    }
    /* Substring patterns: at each position, only those starting with
     * that byte are tried. A pattern that marks the article inside the
     * block of a BEM name says where the element sits: it counts unless
     * the element's own name makes it furniture ("article-body__signup",
     * not "story-body__inner"). */
    const pat *held = NULL;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)names[i];
        /* The pair bitmap rules out most positions at once; names[n] is
         * the terminating NUL, so names[i + 1] is always readable. */
        unsigned bit = (unsigned)c << 8 | (unsigned char)names[i + 1];
        if (!(body_sub_pair[bit >> 6] >> (bit & 63) & 1))
            continue;
        /* Of the rows that match at one place, the longest, most specific
         * one speaks ("subscriber-only" wraps the text behind a paywall,
         * "subscribe" names a sign-up box). */
        const pat *best = NULL;
        for (size_t k = body_sub_at[c]; k < body_sub_at[c + 1]; k++)
            if (body_sub[k].len <= n - i && !memcmp(names + i, body_sub[k].s, body_sub[k].len) &&
                (!best || body_sub[k].len > best->len))
                best = &body_sub[k];
        if (best) {
            if (best->act == ACT_POS && in_bem_block(names, n, i, best->len))
                held = best;
            else
                apply_row(best, ai, &wt);
        }
    }
    if (held && !ai->drop && !ai->inset && !ai->gate)
        apply_row(held, ai, &wt);
    ai->weight = wt.maxpos + wt.minneg;
}

/* match_names() through the cache. */
static void match_cached(class_cache *cc, const char *names, size_t n, attr_info *ai)
{
    /* The slot comes from a hash of eight bytes at a time: a byte-wise
     * hash over every element's class list was a chain of dependent
     * multiplies, and the cache compares whole keys, so the hash only
     * spreads them. */
    uint64_t h = 0x9E3779B97F4A7C15ull ^ n;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t v;
        memcpy(&v, names + i, 8);
        h = ((h << 29 | h >> 35) ^ v) * 0xFF51AFD7ED558CCDull;
    }
    if (i < n) {
        uint64_t v = 0;
        memcpy(&v, names + i, n - i);
        h = ((h << 29 | h >> 35) ^ v) * 0xFF51AFD7ED558CCDull;
    }
    cache_slot *c = &cc->slot[(h >> 32) % CACHE_SLOTS];
    if (n < CACHE_KEY && c->len == n && !memcmp(c->key, names, n)) {
        int hidden = ai->hidden;
        *ai = c->ai;
        ai->hidden |= hidden;
        return;
    }
    attr_info fresh;
    memset(&fresh, 0, sizeof(fresh));
    match_names(names, n, &fresh);
    if (n < CACHE_KEY) {
        c->len = n;
        memcpy(c->key, names, n);
        c->ai = fresh;
    }
    fresh.hidden |= ai->hidden;
    *ai = fresh;
}

/* A class value that is a run of short generated names ("na kj pj ep ad
 * vt oh", as Medium's atomic CSS writes them: five or more names of at most
 * three characters each) means nothing, and "ad" among them is no
 * advertisement: read_attrs() leaves it out. */
static void read_attrs(class_cache *cc, xmlNodePtr n, attr_info *ai)
{
    char names[NAMES_MAX + 1];
    size_t nl = 0;
    memset(ai, 0, sizeof(*ai));
    /* A heading's id is an anchor made of its own words ("what-is-video-
     * production"), no name of what it is. */
    const char *tag = (const char *)n->name;
    int heading = tag && (tag[0] | 0x20) == 'h' && tag[1] >= '1' && tag[1] <= '6' && !tag[2];
    for (xmlAttrPtr a = n->properties; a; a = a->next) {
        const char *an = (const char *)a->name;
        const char *v =
            a->children && a->children->content ? (const char *)a->children->content : "";
        if (!an)
            continue;
        /* Every element has attributes: the name is compared with the one
         * or two candidates of its first letter only. */
        int names_attr = 0;
        switch ((unsigned char)an[0] | 0x20) {
        case 'h':
            if (!ad_text_casecmp(an, "hidden"))
                ai->hidden = 1;
            break;
        case 'a':
            if (!ad_text_casecmp(an, "aria-hidden") && !ad_text_casecmp(v, "true"))
                ai->hidden = 1;
            break;
        case 's':
            if (!ad_text_casecmp(an, "style") && ad_dom_style_hidden(v))
                ai->hidden = 1;
            break;
        case 'c':
            names_attr = !ad_text_casecmp(an, "class") ? 2 : 0;
            break;
        case 'i':
            names_attr =
                (!heading && !ad_text_casecmp(an, "id")) || !ad_text_casecmp(an, "itemprop");
            break;
        case 'r':
            names_attr = !ad_text_casecmp(an, "role");
            break;
        case 'd':
            /* Test hooks name parts as classes do ("article-body-ad",
             * "newsletter-signup", "author-bio-section"). */
            names_attr = !ad_text_casecmp(an, "data-qa") || !ad_text_casecmp(an, "data-testid") ||
                         !ad_text_casecmp(an, "data-component");
            break;
        }
        if (names_attr) {
            size_t from = nl;
            if (nl && nl < NAMES_MAX)
                names[nl++] = ' ';
            /* A class value is copied while its names are measured: one of
             * generated names only (see above read_attrs()) is taken back. */
            size_t run = 0, names_n = 0, longest = 0;
            for (const char *p = v; *p && nl < NAMES_MAX; p++) {
                unsigned char c = (unsigned char)*p;
                names[nl++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
                if (c == ' ') {
                    run = 0;
                } else if (++run == 1) {
                    names_n++;
                }
                if (run > longest)
                    longest = run;
            }
            if (names_attr == 2 && names_n >= 5 && longest <= 3)
                nl = from;
        }
    }
    names[nl] = '\0';
    if (nl && !ai->hidden)
        match_cached(cc, names, nl, ai);
}

/* ---------------------------------------------------------------- streaming */

/* Streaming server rendering (React's Suspense protocol) sends a page whose
 * article sits in hidden <div hidden id="S:x"> blocks at the end, while the
 * visible spot holds a fallback ("Loading...") between the comments
 * <!--$?--> and <!--/$--> after a <template id="B:x">; a script swaps them
 * once loaded. The body stage performs the swap itself: the hidden
 * block's children move to the spot and the fallback into the block. Segments (<template id="P:x">)
 * that a resolved block refers to are filled the same way. */
#define STREAM_MAX 1024

static int has_id_prefix(xmlNodePtr n, const char *prefix)
{
    const char *id = ad_dom_attr(n, "id");
    return id && !strncmp(id, prefix, 2) && id[2];
}

/* True when the subtree of n holds at most max bytes of text. */
static int short_text(xmlNodePtr n, size_t max)
{
    size_t total = 0;
    for (xmlNodePtr c = n->children; c; c = ad_dom_next(c, n))
        if (c->type == XML_TEXT_NODE && c->content &&
            (total += strlen((const char *)c->content)) > max)
            return 0;
    return 1;
}

/* Moves the fallback after template t (up to the matching <!--/$-->) into
 * the hidden block h and h's children to the fallback's place. */
static void swap_boundary(xmlNodePtr t, xmlNodePtr h)
{
    xmlNodePtr end = NULL;
    int depth = 0;
    /* A segment placeholder <template id="P:x"> has no fallback: the
     * hidden block's children simply take its place. */
    int segment = ad_dom_attr(t, "id")[0] == 'P';
    if (segment)
        end = t;
    for (xmlNodePtr c = t->next; c && !segment; c = c->next) {
        if (c->type != XML_COMMENT_NODE || !c->content)
            continue;
        if (!strcmp((const char *)c->content, "/$")) {
            if (!depth) {
                end = c;
                break;
            }
            depth--;
        } else if (c->content[0] == '$') {
            depth++;
        }
    }
    if (!end) {
        /* Some copies of such pages lost their comments: the fallback is
         * then the next element when it is a short placeholder. */
        xmlNodePtr f = t->next;
        while (f && f->type != XML_ELEMENT_NODE)
            f = f->next;
        if (f && !ad_dom_is(f, "template") && short_text(f, 120))
            end = f->next;
        else
            end = f;
        if (!end) {
            end = xmlNewDocComment(t->doc, BAD_CAST "/$");
            if (!end)
                return;
            if (!xmlAddNextSibling(f ? f : t, end)) {
                xmlFreeNode(end);
                return;
            }
        }
    }
    /* A template inside its own hidden block, or a hidden block inside the
     * fallback, cannot swap: moving either into the other would cut a
     * subtree off the document (a cycle, and a leak). Broken pages only. */
    if (ad_dom_within(t, h))
        return;
    for (xmlNodePtr c = t->next; !segment && c && c != end; c = c->next)
        if (ad_dom_within(h, c))
            return;
    /* The fallback goes into a new element at the end of the hidden block
     * (an element: moved text nodes merge with neighbouring text), then
     * the block's other children move in before end. Nothing is freed:
     * the caller still holds pointers into both. */
    xmlNodePtr holder = NULL;
    if (!segment && t->next != end) {
        holder = xmlNewDocNode(t->doc, NULL, BAD_CAST "div", NULL);
        if (!holder)
            return;
        if (!xmlAddChild(h, holder)) {
            xmlFreeNode(holder);
            return;
        }
        while (t->next != end) {
            xmlNodePtr c = t->next;
            xmlUnlinkNode(c);
            xmlAddChild(holder, c);
        }
    }
    /* A segment's content goes after its template, where the walk, which
     * may stand on that very template, still reaches it. */
    xmlNodePtr at = t;
    for (xmlNodePtr kid = h->children; kid && kid != holder;) {
        xmlNodePtr next = kid->next;
        xmlUnlinkNode(kid);
        if (segment) {
            xmlNodePtr placed = xmlAddNextSibling(at, kid);
            if (placed)
                at = placed;
        } else {
            xmlAddPrevSibling(end, kid);
        }
        kid = next;
    }
}

/* Called at the first <template> of the walk: pairs every later
 * <template id="B:x"> (a boundary) or <template id="P:x"> (a segment) with
 * its <div hidden id="S:x">. */
static void resolve_streaming(xmlNodePtr first, xmlNodePtr root)
{
    xmlNodePtr tpl[STREAM_MAX], hid[STREAM_MAX];
    size_t nt = 0, nh = 0;
    for (xmlNodePtr n = first; n; n = ad_dom_next(n, root)) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        if (nt < STREAM_MAX && ad_dom_is(n, "template") &&
            (has_id_prefix(n, "B:") || has_id_prefix(n, "P:")))
            tpl[nt++] = n;
        else if (nh < STREAM_MAX && ad_dom_is(n, "div") && has_id_prefix(n, "S:") &&
                 ad_dom_attr(n, "hidden"))
            hid[nh++] = n;
    }
    for (size_t i = 0; i < nt; i++) {
        const char *key = ad_dom_attr(tpl[i], "id") + 2;
        for (size_t j = 0; j < nh; j++) {
            if (!hid[j] || strcmp(ad_dom_attr(hid[j], "id") + 2, key))
                continue;
            swap_boundary(tpl[i], hid[j]);
            hid[j] = NULL;
            break;
        }
    }
}

/* ---------------------------------------------------------------- the walk */

static int grow(void **p, size_t *cap, size_t need, size_t elem, size_t max)
{
    if (need <= *cap)
        return 1;
    size_t nc = *cap ? *cap * 2 : 256;
    while (nc < need)
        nc *= 2;
    if (nc > max)
        nc = max;
    if (nc < need)
        return 0;
    void *np = realloc(*p, nc * elem);
    if (!np)
        return 0;
    *p = np;
    *cap = nc;
    return 1;
}

static int filler_cmp(const void *key, const void *row)
{
    return strcmp((const char *)key, (*(const char *const(*)[1])row)[0]);
}

/* Whether a segment is a designer's placeholder ("Lorem ipsum dolor sit
 * amet..."): of its first twelve words, at least eight and all but two are
 * the generators' Latin (data/filler_words.tsv), five of them longer than
 * "sit" (a table of "18.7 mi | 11.4 mi" is no Latin). The first word decides
 * most segments with one lookup. */
static int placeholder_text(const char *s, size_t n)
{
    size_t i = 0, words = 0, latin = 0, long_latin = 0;
    if (n < 40) /* eight words, five of four letters or more */
        return 0;
    while (i < n && words < 12) {
        while (i < n && !((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z'))
            if ((unsigned char)s[i++] >= 0x80)
                return 0;
        char w[24];
        size_t k = 0;
        while (i < n && (s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z') {
            if (k < sizeof w - 1)
                w[k++] = (char)(s[i] | 0x20);
            i++;
        }
        if (!k)
            break;
        w[k] = '\0';
        words++;
        if (bsearch(w, ad_tbl_filler_words, ad_tbl_filler_words_len, sizeof ad_tbl_filler_words[0],
                    filler_cmp))
            latin++, long_latin += k >= 4;
        else if (words - latin > 2 || words == 1)
            return 0;
    }
    return words >= 8 && long_latin >= 5;
}

/* Placeholder text left in a template is junk beside real prose (500
 * characters, and a quarter of the filler's length). A page that is all
 * placeholder (a layout demo, a test page) keeps it: there it is all the
 * text there is. */
static void drop_filler(walk *w)
{
    uint64_t filler = 0, prose = 0;
    for (size_t j = 0; j < w->ns; j++) {
        if (w->s[j].junk || w->s[j].chars < 25)
            continue;
        if (w->s[j].filler)
            filler += w->s[j].chars;
        else
            prose += w->s[j].chars;
    }
    if (!filler || prose < 500 || prose * 4 < filler)
        return;
    for (size_t j = 0; j < w->ns; j++)
        if (w->s[j].filler)
            w->s[j].junk = 1;
}

/* Closes the open segment: keeps it when it holds any visible character. */
static void flush(walk *w)
{
    if (w->chars && w->owner >= 0 && !w->full) {
        if (w->ns >= MAX_SEGS) {
            w->full = 1;
        } else if (!grow((void **)&w->s, &w->scap, w->ns + 1, sizeof(seg), MAX_SEGS)) {
            w->nomem = 1;
            w->full = 1;
        } else {
            seg *s = &w->s[w->ns++];
            s->off = (uint32_t)w->off;
            s->len = (uint32_t)(w->tlen - w->off);
            s->owner = w->owner;
            s->chars = w->chars;
            s->links = w->links;
            s->commas = w->commas;
            s->stops = w->stops;
            s->code = w->code;
            s->type = w->r[w->owner].ctx;
            /* A block whose text is mostly an inline element named as a
             * caption is that caption. */
            if (s->type == AD_PARA_PARAGRAPH && w->capchars * 2 > w->chars)
                s->type = AD_PARA_CAPTION;
            /* Braces, brackets, quotes and '=' in bulk mean leaked script
             * or a template, unless the text sits in <pre> / <code>. */
            s->junk =
                s->chars >= 100 && s->code * 100 > s->chars * 8 && !(w->r[w->owner].flags & F_PRE);
            s->filler = placeholder_text(w->t + s->off, s->len);
            w->r[w->owner].nseg++;
            w->r[w->owner].stops += w->stops;
        }
    }
    w->off = w->tlen;
    w->chars = w->links = w->commas = w->stops = w->code = w->capchars = 0;
    w->owner = -1;
    w->brs = 0;
}

static void append_raw(walk *w, const char *p, size_t n)
{
    if (w->full)
        return;
    if (w->tlen + n + 1 > MAX_RAW) {
        w->full = 1;
        return;
    }
    if (!grow((void **)&w->t, &w->tcap, w->tlen + n + 1, 1, MAX_RAW)) {
        w->nomem = 1;
        w->full = 1;
        return;
    }
    memcpy(w->t + w->tlen, p, n);
    w->tlen += n;
}

/* Byte classes for add_text(): TC_CODE counts toward the leaked-code
 * share; TC_SKIP bytes (white space, UTF-8 continuation bytes) are not
 * visible characters; TC_SPECIAL bytes need a closer look (the end, a
 * no-break space, commas and sentence stops, CJK punctuation). */
#define TC_CODE    1u
#define TC_SKIP    2u
#define TC_SPECIAL 4u
#define TC_CONT16(x)                                                                               \
    [x] = TC_SKIP, [x + 1] = TC_SKIP, [x + 2] = TC_SKIP, [x + 3] = TC_SKIP, [x + 4] = TC_SKIP,     \
    [x + 5] = TC_SKIP, [x + 6] = TC_SKIP, [x + 7] = TC_SKIP, [x + 8] = TC_SKIP, [x + 9] = TC_SKIP, \
    [x + 10] = TC_SKIP, [x + 11] = TC_SKIP, [x + 12] = TC_SKIP, [x + 13] = TC_SKIP,                \
    [x + 14] = TC_SKIP, [x + 15] = TC_SKIP
static const unsigned char text_class[256] = {
    [0] = TC_SPECIAL,    [' '] = TC_SKIP,     ['\n'] = TC_SKIP,    ['\t'] = TC_SKIP,
    ['\r'] = TC_SKIP,    ['\f'] = TC_SKIP,    ['{'] = TC_CODE,     ['}'] = TC_CODE,
    ['['] = TC_CODE,     [']'] = TC_CODE,     ['='] = TC_CODE,     ['"'] = TC_CODE,
    [';'] = TC_CODE,     ['<'] = TC_CODE,     ['>'] = TC_CODE,     ['$'] = TC_CODE,
    ['\\'] = TC_CODE,    ['\''] = TC_CODE,    ['_'] = TC_CODE,     [':'] = TC_CODE,
    [','] = TC_SPECIAL,  ['.'] = TC_SPECIAL,  ['!'] = TC_SPECIAL,  ['?'] = TC_SPECIAL,
    TC_CONT16(0x80),     TC_CONT16(0x90),     TC_CONT16(0xA0),     TC_CONT16(0xB0),
    [0xC2] = TC_SPECIAL, [0xE3] = TC_SPECIAL, [0xEF] = TC_SPECIAL,
};

/* Adds a text node's content to the open segment, counting visible
 * characters, commas and sentence stops on the way. */
static void add_text(walk *w, int32_t cur, const char *p)
{
    if (!p || w->full)
        return;
    uint32_t chars = 0, commas = 0, stops = 0, code = 0;
    size_t i = 0;
    for (;; i++) {
        unsigned char c = (unsigned char)p[i];
        unsigned cls = text_class[c];
        /* Letters and white space alternate at every word: they are
         * counted without a branch, which mispredicted at each boundary;
         * only the rare special bytes branch. */
        code += cls & TC_CODE;
        chars += !(cls & (TC_SKIP | TC_SPECIAL));
        if (!(cls & TC_SPECIAL))
            continue;
        if (!c)
            break;
        if (c == 0xC2 && (unsigned char)p[i + 1] == 0xA0)
            continue;
        chars++;
        if (c == ',')
            commas++;
        else if (c == '.' || c == '!' || c == '?')
            stops++;
        else if (c == 0xEF && (unsigned char)p[i + 1] == 0xBC && (unsigned char)p[i + 2] == 0x8C)
            commas++;
        else if (c == 0xE3 && (unsigned char)p[i + 1] == 0x80) {
            if ((unsigned char)p[i + 2] == 0x81)
                commas++;
            else if ((unsigned char)p[i + 2] == 0x82)
                stops++;
        }
    }
    size_t n = i;
    if (!chars && w->owner < 0)
        return; /* white space between blocks */
    if (w->owner < 0) {
        w->owner = w->r[cur].blk;
        w->off = w->tlen;
    }
    append_raw(w, p, n);
    if (!chars)
        return;
    w->chars += chars;
    w->commas += commas;
    w->stops += stops;
    w->code += code;
    if (w->r[cur].flags & F_LINK)
        w->links += chars;
    if (w->r[cur].ctx == AD_PARA_CAPTION)
        w->capchars += chars;
    w->brs = 0;
}

/* Whether a line is a short label closing with a colon and then only
 * link text shaped as another story's headline (a label of five words at
 * most): "More on tariffs: <a>Will
 * tariffs make holiday gifts pricier this year?</a>". The text outside
 * links (s->chars - s->links) is no more than the label; a label with a
 * number ("Amazon UK £15.99:") or a link of an address or a name of a few
 * words ("Website: https://...", "Pictured: Living Lace® Hurricane") is a
 * listing's field, which stays. */
static int labelled_link(const seg *s, const char *t, size_t len)
{
    if (s->links < 20 || s->chars > 240 || s->links * 10 < s->chars * 6)
        return 0;
    const char *colon = memchr(t, ':', len < 40 ? len : 40);
    if (!colon || colon == t)
        return 0;
    size_t label = (size_t)(colon - t) + 1;
    if (s->chars - s->links > label || ad_text_word_count(t, label) > 5)
        return 0;
    for (size_t i = 0; i < label; i++)
        if (t[i] >= '0' && t[i] <= '9')
            return 0;
    const char *rest = colon + 1;
    size_t rn = len - label;
    return ad_text_word_count(rest, rn) >= 5 && !memmem(rest, rn, "://", 3) &&
           !memmem(rest, rn, "www.", 4);
}

/* Whether a <p> is a subheading set in bold ("<p><strong>Germany top export
 * market</strong></p>"), as many systems set them among the paragraphs: all
 * its text in one <strong> or <b>, two to ten words of letters only (no
 * digit, no ":", no bracket, no dash or quote opening it), no sentence's
 * end of any script, and set between a paragraph and a plain paragraph
 * (not closing the text, not in a table, a list or under a picture). A
 * bold line that is a sentence, a figure, a label and its value, a
 * quote's attribution or the last words of the text stays a paragraph. */
static int bold_heading(xmlNodePtr p)
{
    xmlNodePtr b = ad_dom_lone_child(p);
    if (!b || !(ad_dom_is(b, "strong") || ad_dom_is(b, "b")) || !p->parent ||
        ad_dom_is(p->parent, "td") || ad_dom_is(p->parent, "th") || ad_dom_is(p->parent, "li") ||
        ad_dom_is(p->parent, "figure") || ad_dom_is(p->parent, "blockquote"))
        return 0;
    xmlNodePtr prev = ad_dom_prev_element(p), next = p->next;
    while (next && next->type != XML_ELEMENT_NODE)
        next = next->next;
    if (!prev || !ad_dom_is(prev, "p") || !next || !ad_dom_is(next, "p") ||
        ad_dom_lone_child(next) || !next->children || ad_dom_lone_child(prev))
        return 0; /* plain prose around it: not bold lines (a list of tips), nor empty */
    char t[128];
    size_t tl = 0;
    int visited = 0;
    for (xmlNodePtr d = b->children; d && visited < 16; d = ad_dom_next(d, b), visited++) {
        if (d->type == XML_ELEMENT_NODE)
            return 0; /* a link, a break, a picture or other markup */
        if (d->type != XML_TEXT_NODE || !d->content)
            continue;
        size_t l = strlen((const char *)d->content);
        if (tl + l >= sizeof(t))
            return 0;
        memcpy(t + tl, d->content, l);
        tl += l;
    }
    t[tl] = '\0';
    /* Trim white space, no-break spaces included. */
    char *a = t, *z = t + tl;
    for (;;) {
        if (a < z && (unsigned char)*a <= ' ')
            a++;
        else if (z - a >= 2 && (unsigned char)a[0] == 0xc2 && (unsigned char)a[1] == 0xa0)
            a += 2;
        else
            break;
    }
    for (;;) {
        if (z > a && (unsigned char)z[-1] <= ' ')
            z--;
        else if (z - a >= 2 && (unsigned char)z[-2] == 0xc2 && (unsigned char)z[-1] == 0xa0)
            z -= 2;
        else
            break;
    }
    if (z == a || !((*a >= 'A' && *a <= 'Z') || (unsigned char)*a >= 0xc3))
        return 0; /* it opens with a capital (or a letter of another script) */
    size_t words = 1;
    for (const char *c = a; c < z; c++) {
        if ((*c >= '0' && *c <= '9') || *c == ':' || *c == '(' || *c == ')' || *c == '[' ||
            *c == '"' || *c == '.' || *c == '!' || *c == '?' || *c == ';')
            return 0;
        words += *c == ' ';
    }
    /* Sentence ends and quotes of other scripts: "…", "”", "’", "»", "।",
     * "۔", "！", "。", "，", and a dash standing alone. */
    static const char *const stops[] = {
        "\xe2\x80\xa6", "\xe2\x80\x9d", "\xe2\x80\x99", "\xc2\xbb", "\xe0\xa5\xa4", "\xdb\x94",
        "\xef\xbc\x81", "\xe3\x80\x82", "\xef\xbc\x8c", " - ",      "\xe2\x80\x94", "\xe2\x80\x93"};
    *z = '\0';
    for (size_t k = 0; k < sizeof(stops) / sizeof(stops[0]); k++)
        if (strstr(a, stops[k]))
            return 0;
    return words >= 2 && words <= 10 && z - a <= 80;
}

/* Whether a <figure> holds a picture (an <img> or <picture>) among its
 * first few dozen nodes. */
static int figure_picture(xmlNodePtr fig)
{
    int visited = 0;
    for (xmlNodePtr d = fig->children; d && visited < 40; d = ad_dom_next(d, fig), visited++)
        if (d->type == XML_ELEMENT_NODE && (ad_dom_is(d, "img") || ad_dom_is(d, "picture")))
            return 1;
    return 0;
}

static int32_t add_rec(walk *w, xmlNodePtr n, int32_t parent, enum kind k, int base,
                       const attr_info *ai)
{
    if (w->nr >= MAX_RECS || !grow((void **)&w->r, &w->rcap, w->nr + 1, sizeof(nrec), MAX_RECS)) {
        if (w->nr < MAX_RECS)
            w->nomem = 1;
        w->full = 1;
        return -1;
    }
    int32_t i = (int32_t)w->nr++;
    nrec *r = &w->r[i];
    memset(r, 0, sizeof(*r));
    r->node = n;
    r->parent = parent;
    r->end = i + 1;
    r->kind = (uint8_t)k;
    r->base = (int16_t)base;
    const nrec *p = parent >= 0 ? &w->r[parent] : NULL;
    r->blk = is_blockish(k) || !p ? i : p->blk;
    r->flags = p ? (uint16_t)(p->flags & (F_LINK | F_HIDE | F_PRE)) : 0;
    if (k == K_PRE || !strcmp((const char *)n->name, "code"))
        r->flags |= F_PRE;
    if (k == K_A)
        r->flags |= F_LINK;
    if (ai) {
        r->weight = (int16_t)ai->weight;
        /* A paywall's box is furniture; a paragraph marked as gated
         * ("<p class=paywall>") is the article's text behind it. */
        if (ai->drop)
            r->flags |= F_DROP;
        if (ai->inset || (ai->gate && k != K_P))
            r->flags |= F_DROP | F_INSET;
        if (ai->pos)
            r->flags |= F_POS;
        if (ai->hidden)
            r->flags |= F_HIDE;
        if (ai->standfirst)
            r->flags |= F_LEAD;
        if (ai->dek)
            r->flags |= F_DEK;
    }
    if (k == K_BOILER)
        r->flags |= F_DROP;
    uint8_t pctx = p ? p->ctx : AD_PARA_PARAGRAPH;
    switch (k) {
    case K_H:
        r->ctx = AD_PARA_HEADING;
        break;
    case K_LI:
        r->ctx = AD_PARA_LIST_ITEM;
        break;
    case K_QUOTE:
        r->ctx = AD_PARA_QUOTE;
        break;
    case K_CAPTION:
        r->ctx = AD_PARA_CAPTION;
        break;
    case K_TR:
        r->ctx = AD_PARA_TABLE;
        break;
    case K_P:
    case K_BLOCK:
    case K_TABLE:
        r->ctx = pctx == AD_PARA_TABLE ? AD_PARA_PARAGRAPH : pctx;
        break;
    default:
        r->ctx = pctx;
        break;
    }
    if ((ai && ai->caption) ||
        ((k == K_P || k == K_BLOCK || k == K_TR) && ad_dom_unmarked_caption(n)))
        r->ctx = AD_PARA_CAPTION;
    /* Text in a <figure> that shows a picture is about the picture, also
     * outside its <figcaption>: a credit over the image ("<span
     * role=text>Dyfed-Powys Police</span>"), never the article's first
     * line. A quote or a heading in it keeps its own kind. */
    else if (k == K_BLOCK && !strcmp((const char *)n->name, "figure") && figure_picture(n))
        r->ctx = AD_PARA_CAPTION;
    else if (k == K_P && r->ctx == AD_PARA_PARAGRAPH && bold_heading(n))
        r->ctx = AD_PARA_HEADING;
    if (p && is_blockish(k))
        w->r[parent].flags |= F_BLOCKCHILD;
    return i;
}

static void close_rec(walk *w, int32_t i)
{
    w->r[i].end = (int32_t)w->nr;
    if (is_blockish((enum kind)w->r[i].kind))
        flush(w);
}

static void walk_tree(walk *w, xmlNodePtr root)
{
    int base;
    enum kind k = tag_kind((const char *)root->name, &base);
    w->owner = -1;
    int32_t cur = add_rec(w, root, -1, k == K_SKIP ? K_BLOCK : k, base, NULL);
    if (cur < 0)
        return;
    xmlNodePtr n = root->children;
    for (;;) {
        if (!n || w->full) {
            close_rec(w, cur);
            if (cur == 0)
                break;
            xmlNodePtr done = w->r[cur].node;
            cur = w->r[cur].parent;
            n = w->full ? NULL : done->next;
            continue;
        }
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            add_text(w, cur, (const char *)n->content);
            n = n->next;
            continue;
        }
        if (n->type != XML_ELEMENT_NODE || !n->name) {
            n = n->next;
            continue;
        }
        k = tag_kind((const char *)n->name, &base);
        if (k == K_SKIP) {
            if (!w->streamed && !strcmp((const char *)n->name, "template")) {
                w->streamed = 1;
                resolve_streaming(n, root);
            }
            n = n->next;
            continue;
        }
        if (k == K_BR) {
            /* One <br> is a line break inside the paragraph; two in a row
             * (white space between them aside) end it. */
            if (w->chars) {
                if (++w->brs >= 2)
                    flush(w);
                else
                    append_raw(w, " ", 1);
            }
            n = n->next;
            continue;
        }
        attr_info ai;
        read_attrs(w->cache, n, &ai);
        /* Inside code, classes name syntax tokens ("hljs-comment", "token
         * comment"), not page furniture: only hiding still counts. */
        if (w->r[cur].flags & F_PRE)
            ai.drop = ai.inset = ai.pos = ai.caption = ai.gate = ai.weight = 0;
        /* Hidden blocks are indexed (a streaming page may park its article
         * in one until a script moves it); hidden inline text is skipped. */
        if ((ai.hidden && !is_blockish(k)) ||
            (!is_blockish(k) && (ai.drop || ai.gate) && !ai.pos)) {
            n = n->next;
            continue;
        }
        if (is_blockish(k))
            flush(w);
        else if (k == K_CELL && w->chars)
            append_raw(w, " | ", 3);
        int32_t idx = add_rec(w, n, cur, k, base, &ai);
        if (idx < 0)
            continue; /* full: the loop unwinds */
        cur = idx;
        n = n->children;
    }
    flush(w);
}

/* ---------------------------------------------------------------- scoring */

static int in_range(const nrec *r, int32_t top, int32_t i)
{
    return i >= top && i < r[top].end;
}

/* What a segment adds to a container holding it: its prose counts for,
 * link text against; short labels are neutral. */
static float seg_value(const seg *s)
{
    float ld = (float)s->links / (float)s->chars;
    if (ld > 0.5f)
        return -(float)s->chars;
    if (s->chars < 25)
        return 0.0f;
    float v = (float)s->chars * (1.0f - ld);
    return s->stops || s->commas ? v : 0.5f * v;
}

static int is_list(xmlNodePtr n)
{
    return ad_dom_is(n, "ul") || ad_dom_is(n, "ol");
}

/* Marks boilerplate subtrees (pre-order: parents first). strict=0 keeps
 * only the tag-based marks (nav, aside, footer) for the recall pass;
 * hidden blocks count as boilerplate unless allow_hidden. */
static void mark_bad(walk *w, int strict, int allow_hidden)
{
    nrec *r = w->r;
    uint32_t total = r[0].chars;
    for (size_t i = 0; i < w->nr; i++) {
        r[i].flags &= (uint16_t) ~(F_BAD | F_CAND | F_CLEAN | F_DROPIN);
        r[i].score = 0;
        r[i].gchars = r[i].glinks = r[i].gcommas = 0;
        r[i].val = 0;
        if (i && (r[r[i].parent].flags & F_DROPIN))
            r[i].flags |= F_DROPIN;
        if ((i && (r[r[i].parent].flags & F_BAD)) || ((r[i].flags & F_HIDE) && !allow_hidden)) {
            r[i].flags |= F_BAD;
            continue;
        }
        /* Only a strong content name ("article-body") or the article tags
         * overrule a boilerplate name: "comment-text" is still comments.
         * A control's tag is never content, whatever its class says
         * ("<button class=content--thumb-video>"). */
        if (!(r[i].flags & F_DROP) || (r[i].weight >= STRONG_POS - 25 && r[i].kind != K_BOILER) ||
            i == 0)
            continue;
        /* A "boilerplate" wrapper that holds most of the page is a layout
         * wrapper, not furniture; a list is never layout. */
        if (r[i].chars * 2 > total && total > 200 && !is_list(r[i].node))
            continue;
        /* A <div> so named stays (themes misname content areas), but its
         * text does not count as the article's prose when a container is
         * widened (see widen_top). */
        r[i].flags |= F_DROPIN;
        if (r[i].base >= 5 || (!strict && r[i].kind != K_BOILER))
            continue;
        r[i].flags |= F_BAD;
    }
    for (size_t j = 0; j < w->ns; j++) {
        const seg *s = &w->s[j];
        nrec *o = &r[s->owner];
        if ((o->flags & F_BAD) || s->junk)
            continue;
        o->gchars += s->chars;
        o->glinks += s->links;
        o->gcommas += s->commas;
        o->val += seg_value(s);
    }
    for (size_t i = w->nr; i-- > 1;) {
        nrec *p = &r[r[i].parent];
        p->gchars += r[i].gchars;
        p->glinks += r[i].glinks;
        p->gcommas += r[i].gcommas;
        p->val += r[i].val;
    }
}

static int para_like(const nrec *r)
{
    switch (r->kind) {
    case K_P:
    case K_H:
    case K_LI:
    case K_PRE:
    case K_CAPTION:
    case K_TR:
        return 1;
    case K_BLOCK:
    case K_QUOTE:
        return r->nseg <= 1 && !(r->flags & F_BLOCKCHILD);
    default:
        return 0;
    }
}

static void add_score(nrec *r, int32_t i, float s)
{
    if (!(r[i].flags & F_CAND)) {
        /* A content name on a small element (a player, a teaser) must not
         * outweigh the paragraphs: positive weight grows with the text. */
        float wt = (float)r[i].weight;
        if (wt > 0 && r[i].gchars < 150)
            wt *= (float)r[i].gchars / 150.0f;
        r[i].flags |= F_CAND;
        r[i].score = (float)r[i].base + wt;
    }
    r[i].score += s;
}

static float link_density(const nrec *r)
{
    return r->gchars ? (float)r->glinks / (float)r->gchars : 0.0f;
}

/* Readability-style candidate scoring; returns the best container or -1. */
static int32_t pick_top(walk *w, int32_t *alts, int *nalts)
{
    nrec *r = w->r;
    for (size_t j = 0; j < w->ns; j++) {
        const seg *s = &w->s[j];
        if ((r[s->owner].flags & F_BAD) || s->chars < 25 || s->junk)
            continue;
        float ld = (float)s->links / (float)s->chars;
        float sc = 1.0f + (float)s->commas + (float)(s->chars / 100 > 3 ? 3 : s->chars / 100);
        sc *= 1.0f - ld;
        if (sc <= 0)
            continue;
        int32_t at = para_like(&r[s->owner]) ? r[s->owner].parent : s->owner;
        for (int level = 0; level < 5 && at >= 0; level++, at = r[at].parent) {
            float div = level == 0 ? 1.0f : level == 1 ? 2.0f : (float)level * 3.0f;
            add_score(r, at, sc / div);
        }
    }
    int32_t best = -1;
    *nalts = 0;
    for (size_t i = 0; i < w->nr; i++) {
        if (!(r[i].flags & F_CAND) || (r[i].flags & F_BAD))
            continue;
        r[i].score *= 1.0f - link_density(&r[i]);
        /* keep the five best, best first */
        int pos = *nalts;
        while (pos > 0 && r[alts[pos - 1]].score < r[i].score)
            pos--;
        if (pos < 5) {
            int last = *nalts < 5 ? *nalts : 4;
            for (int q = last; q > pos; q--)
                alts[q] = alts[q - 1];
            alts[pos] = (int32_t)i;
            if (*nalts < 5)
                (*nalts)++;
        }
    }
    if (*nalts)
        best = alts[0];
    else if (r[0].gchars)
        best = 0; /* a tiny page: no paragraph is long enough to score */
    return best;
}

/* The tag and class of a segment's owner: paragraphs of one article share
 * them (tag-path repetition), teasers and sidebars rarely do. */
typedef struct shape {
    const xmlChar *tag;
    const char *cls;
    float chars;
} shape;

static int same_shape(const shape *a, const xmlChar *tag, const char *cls)
{
    if (a->tag != tag && strcmp((const char *)a->tag, (const char *)tag))
        return 0;
    return (!a->cls && !cls) || (a->cls && cls && !strcmp(a->cls, cls));
}

/* Fills pval: seg_value() summed over the segments whose owner has the
 * dominant shape among the prose segments of top. */
static void shape_values(walk *w, int32_t top)
{
    nrec *r = w->r;
    shape sh[16];
    int nsh = 0;
    for (size_t j = 0; j < w->ns; j++) {
        const seg *s = &w->s[j];
        if (!in_range(r, top, s->owner) || s->junk || s->chars < 25 || (r[s->owner].flags & F_BAD))
            continue;
        xmlNodePtr o = r[s->owner].node;
        const char *cls = ad_dom_attr(o, "class");
        int k = 0;
        while (k < nsh && !same_shape(&sh[k], o->name, cls))
            k++;
        if (k == nsh) {
            if (nsh == 16)
                continue;
            sh[nsh].tag = o->name;
            sh[nsh].cls = cls;
            sh[nsh++].chars = 0;
        }
        sh[k].chars += (float)s->chars;
    }
    int best = -1;
    for (int k = 0; k < nsh; k++)
        if (best < 0 || sh[k].chars > sh[best].chars)
            best = k;
    for (size_t i = 0; i < w->nr; i++)
        r[i].pval = 0;
    if (best < 0)
        return;
    for (size_t j = 0; j < w->ns; j++) {
        const seg *s = &w->s[j];
        if (s->junk || (r[s->owner].flags & (F_BAD | F_DROPIN)) || s->chars < 25 ||
            s->type == AD_PARA_CAPTION)
            continue;
        xmlNodePtr o = r[s->owner].node;
        if (same_shape(&sh[best], o->name, ad_dom_attr(o, "class")))
            r[s->owner].pval += seg_value(s);
    }
    for (size_t i = w->nr; i-- > 1;)
        r[r[i].parent].pval += r[i].pval;
}

static int same_class(xmlNodePtr a, xmlNodePtr b);

/* Whether two blocks are numbered parts of one text: their classes differ,
 * but only in digits ("story-body-1", "story-body-2"). */
static int numbered_parts(xmlNodePtr a, xmlNodePtr b)
{
    const char *ca = ad_dom_attr(a, "class"), *cb = ad_dom_attr(b, "class");
    return ca && cb && strcmp(ca, cb) && strpbrk(ca, "0123456789") && same_class(a, b);
}

/* Widens the choice the way Readability does: to an ancestor shared by
 * several near-best candidates, to a better-scoring parent, and past
 * wrappers with a single child. */
static int32_t widen_top(walk *w, int32_t top, const int32_t *alts, int nalts)
{
    nrec *r = w->r;
    float ts = r[top].score;
    int near = 0;
    for (int q = 1; q < nalts; q++)
        if (r[alts[q]].score >= 0.75f * ts)
            near++;
    if (near >= 2) {
        for (int32_t a = r[top].parent; a >= 0; a = r[a].parent) {
            int c = 0;
            for (int q = 1; q < nalts; q++)
                if (r[alts[q]].score >= 0.75f * ts && in_range(r, a, alts[q]))
                    c++;
            if (c >= 2) {
                top = a;
                break;
            }
        }
    }
    /* An article cut into numbered parts around an inset ("story-body-1",
     * an aside of related links, "story-body-2") is one article: the
     * nearest ancestor holding a strong part with the top's class, numbers
     * aside, takes both; the inset is cleaned away later. */
    for (int q = 0; q < nalts; q++) {
        int32_t c = alts[q];
        if (c == top || r[c].score < 0.3f * ts || !numbered_parts(r[c].node, r[top].node))
            continue;
        int32_t a = r[top].parent;
        for (int up = 0; up < 3 && a >= 0 && !in_range(r, a, c); up++)
            a = r[a].parent;
        if (a >= 0 && in_range(r, a, c) && !(r[a].flags & F_BAD)) {
            top = a;
            break;
        }
    }
    if (!(r[top].flags & F_CAND))
        add_score(r, top, 0);
    /* Readability climbs to a parent scoring above the last ancestor
     * seen; a top the page named as its article body stays. */
    float last = r[top].score, threshold = last / 3.0f;
    for (int32_t p = r[top].parent; p >= 0 && r[top].weight < STRONG_POS; p = r[p].parent) {
        if (!(r[p].flags & F_CAND))
            continue;
        if (r[p].score < threshold)
            break;
        if (r[p].score > last) {
            top = p;
            break;
        }
        last = r[p].score;
    }
    /* An article split over sibling blocks (page builders give every
     * paragraph group its own widget) scores low in each; climb to the
     * ancestor that gains clearly more prose than link text. */
    /* A small top (a teaser, a testimonial) says little about the
     * article's paragraph shape: the page's dominant shape is used then. */
    shape_values(w, r[top].val < SMALL_TOP ? 0 : top);
    float bv = r[top].pval, bval = r[top].val;
    for (int32_t a = r[top].parent; a >= 0 && !(r[a].flags & F_BAD); a = r[a].parent) {
        if (r[top].weight >= STRONG_POS)
            break; /* the page named its article body: trust it */
        float margin = bv * 0.2f > 200.0f ? bv * 0.2f : 200.0f;
        if (r[a].pval > bv + margin && r[a].val > bval) {
            top = a;
            bv = r[a].pval;
            bval = r[a].val;
        }
    }
    /* A data table is a part of an article, never all of it: the
     * container holding the table is the candidate. */
    while (r[top].parent >= 0 && !(r[r[top].parent].flags & F_BAD) &&
           (r[top].kind == K_TABLE || ad_dom_is(r[top].node, "tbody") ||
            ad_dom_is(r[top].node, "thead") || ad_dom_is(r[top].node, "tfoot")))
        top = r[top].parent;
    for (;;) {
        int32_t p = r[top].parent;
        if (p < 0 || (r[p].flags & F_BAD))
            break;
        int nkids = 0;
        for (int32_t c = p + 1; c < r[p].end && nkids < 2; c = r[c].end)
            if (r[c].gchars || r[c].kind != K_INLINE)
                nkids++;
        if (nkids != 1)
            break;
        top = p;
    }
    return top;
}

/* Whether two blocks carry the same class, numbers aside: an article cut
 * into "story-body story-body-1" and "story-body story-body-2" around an
 * inset is one article. */
static int same_class(xmlNodePtr a, xmlNodePtr b)
{
    const char *ca = ad_dom_attr(a, "class"), *cb = ad_dom_attr(b, "class");
    if (!ca || !cb || !*ca)
        return 0;
    for (;;) {
        while (*ca >= '0' && *ca <= '9')
            ca++;
        while (*cb >= '0' && *cb <= '9')
            cb++;
        if (*ca != *cb)
            return 0;
        if (!*ca)
            return 1;
        ca++, cb++;
    }
}

/* The included ranges: the top candidate and its qualifying siblings. */
static size_t pick_siblings(walk *w, int32_t top, int32_t *sel, size_t maxsel)
{
    nrec *r = w->r;
    int32_t p = r[top].parent;
    size_t n = 0;
    if (p < 0) {
        sel[n++] = top;
        return n;
    }
    float ts = r[top].score;
    float threshold = ts * 0.2f > 10.0f ? ts * 0.2f : 10.0f;
    for (int32_t c = p + 1; c < r[p].end && n < maxsel; c = r[c].end) {
        if (c == top) {
            sel[n++] = c;
            continue;
        }
        if (r[c].flags & F_BAD)
            continue;
        /* A block named as an inset after the article ("<div
         * id=slot-body-end><div class=contributions-epic>", a donation
         * ask), also through wrappers that hold all its text, is not more
         * of it when it is small beside it. */
        int32_t d = c;
        while (!(r[d].flags & F_INSET) && d + 1 < r[d].end && r[d + 1].gchars == r[d].gchars)
            d++;
        if ((r[d].flags & F_INSET) && r[d].weight < STRONG_POS - 25 &&
            (uint64_t)r[c].gchars * 5 < r[top].gchars)
            continue; /* a fifth of the article or more is its text (clean_ranges) */
        float bonus = same_class(r[c].node, r[top].node) ? ts * 0.2f : 0.0f;
        int take = 0;
        if ((r[c].flags & F_CAND) && r[c].score + bonus >= threshold) {
            take = 1;
        } else if (r[c].kind == K_P || (r[c].kind == K_BLOCK && para_like(&r[c]))) {
            float ld = link_density(&r[c]);
            uint32_t len = r[c].gchars;
            if (len > 80 && ld < 0.25f)
                take = 1;
            else if (len && len <= 80 && ld == 0.0f && r[c].stops &&
                     !((r[c].flags & F_DROP) && !(r[c].flags & F_POS)))
                take = 1; /* not a short line named as furniture ("news-info") */
        }
        if (take)
            sel[n++] = c;
    }
    return n;
}

/* Whether record c is a teaser card: through wrappers holding all its
 * text, a small block whose heading is a link (another story's headline)
 * over a line or two of excerpt. */
static int teaser_card(const walk *w, int32_t c)
{
    const nrec *r = w->r;
    while (c + 1 < r[c].end && r[c + 1].gchars == r[c].gchars && r[c + 1].kind != K_H)
        c++;
    if (r[c].gchars > 600 || r[c].gchars - r[c].glinks > 400 || !r[c].glinks)
        return 0;
    for (int32_t i = c + 1; i < r[c].end && i < c + 40; i++)
        if (r[i].kind == K_H && r[i].gchars >= 15)
            return r[i].glinks * 10 >= r[i].gchars * 9;
    return 0;
}

/* Whether block x is a list of teaser cards (a "more stories" rail with
 * no name to tell it): three cards or more hold nearly all its text. */
static int teaser_list(const walk *w, int32_t x)
{
    const nrec *r = w->r;
    uint32_t cards = 0, in_cards = 0;
    for (int32_t c = x + 1; c < r[x].end; c = r[c].end) {
        if (!r[c].gchars || !teaser_card(w, c))
            continue;
        cards++;
        in_cards += r[c].gchars;
    }
    return cards >= 3 && (uint64_t)in_cards * 10 >= (uint64_t)r[x].gchars * 9;
}

/* Conditional cleaning inside the chosen ranges: link-heavy lists and
 * divs with little prose are removed with their subtrees. */
static void clean_ranges(walk *w, const int32_t *sel, size_t nsel)
{
    nrec *r = w->r;
    for (size_t q = 0; q < nsel; q++) {
        /* The last block of the range that holds prose outside blocks
         * named as furniture: such a block after it (comments, a "related"
         * box, a paywall's offer) is no part of the article, however few
         * its links. (Before the first prose, such a name is often a
         * banner holding the headline and the intro.) */
        int32_t last = -1;
        for (size_t j = 0; j < w->ns; j++) {
            const seg *sg = &w->s[j];
            if (in_range(r, sel[q], sg->owner) && !sg->junk && sg->chars >= 25 &&
                sg->type == AD_PARA_PARAGRAPH && !(r[sg->owner].flags & (F_BAD | F_DROPIN)) &&
                sg->owner > last)
                last = sg->owner;
        }
        for (int32_t i = sel[q]; i < r[sel[q]].end; i++) {
            nrec *x = &r[i];
            if (i > sel[q] && (r[x->parent].flags & F_CLEAN)) {
                x->flags |= F_CLEAN;
                continue;
            }
            if (i == sel[q] || !x->gchars)
                continue;
            if (x->kind != K_BLOCK && x->kind != K_TABLE && x->kind != K_BOILER)
                continue;
            float ld = link_density(x);
            int weak = x->gcommas < 10;
            if ((weak && ld > 0.5f) || (weak && x->weight < 0 && ld > 0.2f))
                x->flags |= F_CLEAN;
            /* A block named as an inset ("newsletter-signup-inline",
             * "inline-donate") set among the article's paragraphs goes;
             * one holding a fifth of the article or more is a misnamed
             * wrapper of the text, kept. */
            else if ((x->flags & F_INSET) && x->weight < STRONG_POS - 25 &&
                     (uint64_t)x->gchars * 5 < r[sel[q]].gchars)
                x->flags |= F_CLEAN;
            else if ((x->flags & F_DROP) && !(x->flags & F_POS) && x->weight < STRONG_POS - 25 &&
                     last >= 0 && i > last && (uint64_t)x->gchars * 5 < r[sel[q]].gchars)
                x->flags |= F_CLEAN;
            /* Teaser cards are other stories, wherever they sit, when the
             * article's own text is larger than them. */
            else if ((x->kind == K_BLOCK || x->kind == K_BOILER) && x->glinks * 10 >= x->gchars &&
                     (uint64_t)x->gchars * 2 < r[sel[q]].gchars && teaser_list(w, i))
                x->flags |= F_CLEAN;
        }
    }
}

/* ---------------------------------------------------------------- output */

typedef struct outv {
    ad_paragraph *v;
    size_t n, cap, bytes;
    char *lead; /* the standfirst left out of the paragraphs, or NULL */
} outv;

/* Appends t to the standfirst o->lead (its parts joined by a space). */
static ad_status add_lead(ad_arena *a, outv *o, const char *t, size_t len)
{
    size_t have = o->lead ? strlen(o->lead) : 0;
    char *v = ad_arena_alloc(a, have + len + 2);
    if (!v)
        return AD_ERR_NOMEM;
    if (have) {
        memcpy(v, o->lead, have);
        v[have++] = ' ';
    }
    memcpy(v + have, t, len);
    v[have + len] = '\0';
    o->lead = v;
    return AD_OK;
}

static ad_status push(ad_arena *a, outv *o, const char *t, size_t len, ad_para_type type)
{
    if (o->n >= AD_BODY_MAX_PARAS || o->bytes + len > AD_BODY_MAX_TEXT)
        return AD_OK;
    if (o->n == o->cap) {
        size_t nc = o->cap ? o->cap * 2 : 32;
        ad_paragraph *nv = ad_arena_alloc(a, nc * sizeof(*nv));
        if (!nv)
            return AD_ERR_NOMEM;
        if (o->n)
            memcpy(nv, o->v, o->n * sizeof(*nv));
        o->v = nv;
        o->cap = nc;
    }
    o->v[o->n].text = t;
    o->v[o->n].len = len;
    o->v[o->n].type = type;
    o->n++;
    o->bytes += len;
    return AD_OK;
}

/* Lower-case ASCII words of s, for comparing a heading with the title. */
static size_t next_word(const char *s, size_t len, size_t *i, char *w, size_t wcap)
{
    size_t n = 0;
    while (*i < len &&
           !(((unsigned char)s[*i] >= 0x80) || ((s[*i] | 32) >= 'a' && (s[*i] | 32) <= 'z') ||
             (s[*i] >= '0' && s[*i] <= '9')))
        (*i)++;
    while (*i < len &&
           (((unsigned char)s[*i] >= 0x80) || ((s[*i] | 32) >= 'a' && (s[*i] | 32) <= 'z') ||
            (s[*i] >= '0' && s[*i] <= '9'))) {
        if (n < wcap - 1)
            w[n++] =
                (char)((unsigned char)s[*i] < 0x80 ? (s[*i] | (s[*i] >= 'A' ? 32 : 0)) : s[*i]);
        (*i)++;
    }
    w[n] = '\0';
    return n;
}

/* True when the line repeats the title: most of its words are title words
 * and it covers at least half of the title. */
static int like_title(const char *s, size_t len, const char *title)
{
    if (!title || !*title || len > 400)
        return 0;
    size_t tl = strlen(title), i = 0, words = 0, hits = 0, twords = 0;
    char w[64], tw[64];
    size_t j = 0;
    while (next_word(title, tl, &j, tw, sizeof(tw)))
        twords++;
    while (next_word(s, len, &i, w, sizeof(w))) {
        words++;
        size_t k = 0;
        while (next_word(title, tl, &k, tw, sizeof(tw)))
            if (!strcmp(w, tw)) {
                hits++;
                break;
            }
    }
    return words && hits * 4 >= words * 3 && hits * 2 >= twords && words * 4 >= twords;
}

/* The document's <title> text, for dropping a repeated headline. */
static const char *doc_title(xmlDocPtr doc, ad_arena *a)
{
    xmlNodePtr head = ad_dom_head(doc);
    for (xmlNodePtr c = head ? head->children : NULL; c; c = c->next)
        if (ad_dom_is(c, "title"))
            return ad_dom_text_norm(c, a, 2048, 0);
    return NULL;
}

static int32_t find_rec(const walk *w, xmlNodePtr n)
{
    if (!n)
        return -1;
    for (size_t i = 0; i < w->nr; i++)
        if (w->r[i].node == n)
            return (int32_t)i;
    return -1;
}

static void mark_hint(walk *w, xmlNodePtr n)
{
    int32_t h = find_rec(w, n);
    if (h < 0 || w->r[h].chars > 600)
        return;
    for (int32_t i = h; i < w->r[h].end; i++)
        w->r[i].flags |= F_HINT;
}

/* The standfirst block holding segment owner i, or -1: the outermost of
 * it, its parent and grandparent whose class names a standfirst, dek or
 * summary (a "summary-block" holds a "summary-block__title" and a list),
 * when it is small beside the chosen text (a body container named
 * "article-summary" is not one). *strong is 0 when only a name that
 * needs the description's word (F_DEK) says so. */
static int32_t standfirst_of(const walk *w, int32_t i, uint32_t sel_chars, int *strong)
{
    int32_t found = -1;
    *strong = 0;
    for (int up = 0; i >= 0 && up < 3; up++, i = w->r[i].parent)
        if (w->r[i].flags & (F_LEAD | F_DEK)) {
            found = i;
            *strong |= (w->r[i].flags & F_LEAD) != 0;
        }
    if (found < 0 || w->r[found].chars > 700 || (uint64_t)w->r[found].chars * 4 > sel_chars)
        return -1;
    return found;
}

/* True when line t is the page's description, or either is the other's
 * start (a description cut short, a standfirst run on). */
static int is_description(const char *t, size_t len, const ad_meta *meta)
{
    const char *d = meta ? meta->description : NULL;
    size_t dl = d ? strlen(d) : 0;
    size_t n = dl < len ? dl : len;
    return n >= 40 && !memcmp(t, d, n);
}

typedef struct emit_ctx {
    const ad_meta *meta;
    const char *title;
} emit_ctx;

/* Whether a closing contact line also signs the article ("김소연 기자
 * sykim@hani.co.kr"): its byline has its "By", and the article stage takes
 * the name from it before it cuts the line. */
static int signed_contact(const char *t, size_t len, ad_arena *a)
{
    ad_byline b;
    return len <= 100 && ad_author_parse_byline(t, len, NULL, NULL, a, 4, &b) == AD_OK &&
           b.has_prefix && b.authors.n;
}

/* Whether a closing paragraph is an author box's bio left without its
 * name (the name is the byline, cut): a short text opening with a job
 * title and a preposition ("Redactora de la sección de Cultura, ...",
 * "Correspondent for the paper in Lagos since 2028."). */
static int role_bio(const char *t, size_t len)
{
    if (len > 300 || !(t[0] >= 'A' && t[0] <= 'Z'))
        return 0;
    size_t w = 0;
    while (w < len && t[w] != ' ' && t[w] != ',')
        w++;
    if (w + 1 >= len || t[w] != ' ' || !ad_author_role_word(t, w))
        return 0;
    static const char *const preps[] = {"de ", "of ", "for ", "at ", "bei ",
                                        "du ", "di ", "en ",  "in ", "covering "};
    for (size_t k = 0; k < sizeof(preps) / sizeof(preps[0]); k++)
        if (len - w - 1 > strlen(preps[k]) && !strncmp(t + w + 1, preps[k], strlen(preps[k])))
            return 1;
    return 0;
}

/* Emits the segments of the chosen ranges that survive the line filter. */
/* Whether a heading is only a place written in capitals, as datelines are
 * ("ANKARA", "NEW DELHI"; not "Berlin" heading a part of the text). */
static int dateline_place(const char *t, size_t n)
{
    if (n < 3 || n > 40)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (t[i] >= 'a' && t[i] <= 'z')
            return 0;
    return (ad_gaz_lookup(t, n, NULL) & (AD_GAZ_PLACE | AD_GAZ_COUNTRY)) != 0;
}

/* Whether a short closing line names the page's own site by its address
 * ("Novinite.com (Sofia News Agency - www.novinite.com)", "Read more at
 * example.com"): the outlet's credit, no article text. */
static int site_line(const char *t, size_t len, const ad_meta *meta)
{
    const char *u = meta ? (meta->canonical_url ? meta->canonical_url : meta->url) : NULL;
    /* A reporter's address at the site ("Kim So-yeon, staff reporter
     * soyeon@hani.co.kr") is a byline the article stage reads. */
    if (!u || !strstr(u, "://") || ad_text_word_count(t, len) > 12 || memchr(t, '@', len))
        return 0;
    size_t hl;
    const char *h = ad_text_url_host(u, &hl);
    if (hl > 4 && !ad_text_ncasecmp(h, "www.", 4))
        h += 4, hl -= 4;
    char host[64];
    if (hl < 5 || hl >= sizeof(host) || !memchr(h, '.', hl))
        return 0;
    memcpy(host, h, hl);
    host[hl] = '\0';
    return ad_text_icontains(t, host);
}

/* Whether record i lies in one of the chosen ranges. */
static int in_any(const nrec *r, const int32_t *sel, size_t nsel, int32_t i)
{
    for (size_t q = 0; q < nsel; q++)
        if (in_range(r, sel[q], i))
            return 1;
    return 0;
}

/* The first segment of the headline when the chosen text holds it and the
 * lines before it are furniture to leave out, else 0. Only an <h1> opens
 * the text (a headline found in an <h2> may be a section's). Furniture
 * lines are few and short and end on no sentence's stop (a top bar, a
 * label); a lead, a quote or a list before the headline, or a headline set
 * after most of the text (a share bar's copy), keeps everything. Segments
 * are in the page's order; an owner's number is not (text after the
 * headline may belong to its parent). */
static size_t headline_start(const walk *w, const int32_t *sel, size_t nsel, uint32_t sel_chars)
{
    const nrec *r = w->r;
    if (w->head < 0 || !in_any(r, sel, nsel, w->head) || !ad_dom_is(r[w->head].node, "h1"))
        return 0;
    size_t head_seg = 0;
    while (head_seg < w->ns && !in_range(r, w->head, w->s[head_seg].owner))
        head_seg++;
    if (head_seg >= w->ns)
        return 0;
    uint32_t before = 0, lines = 0;
    for (size_t j = 0; j < head_seg; j++) {
        const seg *sg = &w->s[j];
        if (!in_any(r, sel, nsel, sg->owner) || sg->junk || sg->type == AD_PARA_CAPTION ||
            !sg->chars)
            continue;
        size_t end = sg->off + sg->len;
        while (end > sg->off && (w->t[end - 1] == ' ' || w->t[end - 1] == '\n'))
            end--;
        char last = end > sg->off ? w->t[end - 1] : '\0';
        if (sg->chars >= 120 || sg->type != AD_PARA_PARAGRAPH || last == '.' || last == '!' ||
            last == '?' || ++lines > 4)
            return 0;
        before += sg->chars;
    }
    return (uint64_t)before * 4 > sel_chars ? 0 : head_seg;
}

static ad_status emit(walk *w, const int32_t *sel, size_t nsel, const emit_ctx *ec, ad_arena *a,
                      outv *o)
{
    const nrec *r = w->r;
    int seen_para = 0;
    int32_t last_parent = -2; /* the parent of the last paragraph's owner */
    int32_t sf_lead = -1;     /* the standfirst left out; -2 once the text has begun */
    size_t captions = 0;      /* captions emitted before the text */
    uint32_t sel_chars = 0;
    for (size_t q2 = 0; q2 < nsel; q2++)
        sel_chars += r[sel[q2]].gchars;
    const size_t start = headline_start(w, sel, nsel, sel_chars);
    for (size_t j = 0; j < w->ns; j++) {
        const seg *s = &w->s[j];
        const nrec *ow = &r[s->owner];
        if (!in_any(r, sel, nsel, s->owner) || s->junk || (ow->flags & (F_BAD | F_CLEAN | F_HINT)))
            continue;
        /* A text chosen around its headline starts there: the lines
         * before it are the page's top bar and labels ("Thursday, 13
         * October · Yerevan +17°C", a section's name), not the article.
         * A picture's caption may stand above the headline. */
        if (j < start && s->type != AD_PARA_CAPTION)
            continue;
        size_t len;
        char *t = ad_text_norm_dup(a, w->t + s->off, s->len, &len);
        if (!t)
            return AD_ERR_NOMEM;
        if (!len)
            continue;
        ad_body_line kind = ad_body_classify_line(t, len, ec->meta);
        /* A byline in brackets after the text ("(By Tsai Yu-hsuan and Daniel
         * Ko)", as Taiwan's CNA signs) goes to the article stage, which
         * takes its names and cuts it (see take_bio() in article.c); one that
         * names nobody ("(By Staff Reporter)") goes as before. */
        if (kind == AD_LINE_BYLINE && seen_para && t[0] == '(' && t[len - 1] == ')' &&
            signed_contact(t, len, a))
            kind = AD_LINE_CONTENT;
        if (kind == AD_LINE_BOILERPLATE || kind == AD_LINE_DATELINE || kind == AD_LINE_BYLINE)
            continue;
        /* A lone link line inside the article: "Read the full story",
         * or another story's headline under a label ("More on tariffs:
         * <a>Will tariffs make holiday gifts pricier?</a>"). */
        if (((s->links * 10 >= s->chars * 9 && s->chars < 80) || labelled_link(s, t, len)) &&
            s->type == AD_PARA_PARAGRAPH && sel_chars > 500)
            continue;
        if (!seen_para && like_title(t, len, ec->title))
            continue;
        /* A word that joined two authors' links, left alone above the text
         * when the byline's names were taken ("Noor van den Heuvel en Jasper
         * Kuipers"), is no text. */
        if (!seen_para && s->type == AD_PARA_PARAGRAPH && len <= 8 &&
            ad_author_between_word(t, len))
            continue;
        /* The outlet's name alone above the text is the byline's second
         * line ("Mara Lindgren" / "Des Moines Register"). */
        if (!seen_para && s->type == AD_PARA_PARAGRAPH && ec->meta && ec->meta->publisher &&
            strlen(ec->meta->publisher) == len && !ad_text_ncasecmp(t, ec->meta->publisher, len))
            continue;
        /* The contract gives a standfirst as the description: the first
         * block so named, when only captions come before it, is not a
         * paragraph of the text. Later ones are the items of a listing
         * ("course-description"). */
        if (s->type != AD_PARA_CAPTION && sf_lead != -2) {
            int strong;
            int32_t sf = standfirst_of(w, s->owner, sel_chars, &strong);
            if (sf >= 0 && sf_lead == -1 && !strong && !is_description(t, len, ec->meta))
                sf = -1;
            if (sf >= 0 && (sf_lead == -1 || sf_lead == sf) && o->n == captions) {
                sf_lead = sf;
                /* The box's own label ("<h2>Summary</h2>") is no part of
                 * the description. */
                if (s->type != AD_PARA_HEADING && add_lead(a, o, t, len) != AD_OK)
                    return AD_ERR_NOMEM;
                continue;
            }
            sf_lead = -2;
        }
        /* A page that prints a passage twice in a row from two places (a
         * summary under the headline and again atop the body, a desktop
         * and a mobile copy) gives it once: at the top any line of six
         * words or more, further down only full sentences, as the cells of
         * a comparison grid repeat in their own right. Siblings that
         * repeat are the text's own (a refrain, filler text). */
        if (o->n && o->v[o->n - 1].len == len && !memcmp(o->v[o->n - 1].text, t, len) &&
            ow->parent != last_parent) {
            size_t words = ad_text_word_count(t, len);
            if ((o->n <= 2 && words >= 6) ||
                (words >= 12 && (t[len - 1] == '.' || t[len - 1] == '!' || t[len - 1] == '?')))
                continue;
        }
        last_parent = ow->parent;
        if (s->type == AD_PARA_PARAGRAPH && s->chars >= 40)
            seen_para = 1;
        if (s->type == AD_PARA_CAPTION && o->n == captions)
            captions++;
        ad_status st = push(a, o, t, len, (ad_para_type)s->type);
        if (st != AD_OK)
            return st;
    }
    /* A dateline set as a heading of its own over the text ("<h6>ANKARA</h6>"):
     * a place in capitals, the first thing after any captions. */
    size_t top = 0;
    while (top < o->n && o->v[top].type == AD_PARA_CAPTION)
        top++;
    /* Not when other headings are set in capitals too: "LONDON" over
     * "PARIS" titles a travel guide's sections. */
    int caps_heads = 0;
    for (size_t i = top + 1; i < o->n && !caps_heads; i++) {
        if (o->v[i].type != AD_PARA_HEADING)
            continue;
        caps_heads = 1; /* "ARSENAL" after "LIVERPOOL": a heading in capitals */
        for (size_t k = 0; k < o->v[i].len && caps_heads; k++)
            caps_heads = !(o->v[i].text[k] >= 'a' && o->v[i].text[k] <= 'z');
    }
    if (top + 1 < o->n && o->v[top].type == AD_PARA_HEADING && !caps_heads &&
        dateline_place(o->v[top].text, o->v[top].len)) {
        o->bytes -= o->v[top].len;
        memmove(o->v + top, o->v + top + 1, (o->n - top - 1) * sizeof(*o->v));
        o->n--;
    }
    /* The caption of a lead picture comes before the first paragraph in
     * the page; it follows it in the output so the text opens with prose. */
    size_t lead = 0;
    while (lead < o->n && o->v[lead].type == AD_PARA_CAPTION)
        lead++;
    if (lead && lead < o->n) {
        ad_paragraph first = o->v[lead];
        memmove(o->v + 1, o->v, lead * sizeof(*o->v));
        o->v[0] = first;
    }
    /* A contact e-mail closing the article is not article text, nor is a
     * contributors' credit tag ("— With assistance from X"), nor the
     * outlet's ask for support or subscriptions, nor a wire's
     * sign-off ("— VNS"), nor a
     * heading that nothing follows ("VÍDEOS: Tudo sobre o RS" over a
     * player): it heads the page's next block, not a part of the text. A
     * text made only of headings keeps them. */
    size_t prose = 0;
    for (size_t i = 0; i < o->n; i++)
        prose += o->v[i].type != AD_PARA_HEADING;
    while (o->n > 1 && o->v[o->n - 1].type == AD_PARA_PARAGRAPH &&
           site_line(o->v[o->n - 1].text, o->v[o->n - 1].len, ec->meta)) {
        prose--;
        o->bytes -= o->v[o->n - 1].len;
        o->n--;
    }
    while (o->n && ((o->v[o->n - 1].type == AD_PARA_HEADING && prose) ||
                    (o->n > 1 && o->v[o->n - 1].type == AD_PARA_PARAGRAPH &&
                     (ad_body_contributor_line(o->v[o->n - 1].text, o->v[o->n - 1].len) ||
                      ad_body_signoff_line(o->v[o->n - 1].text, o->v[o->n - 1].len) ||
                      ad_body_closing_ask(o->v[o->n - 1].text, o->v[o->n - 1].len) ||
                      role_bio(o->v[o->n - 1].text, o->v[o->n - 1].len))) ||
                    (ad_body_classify_line(o->v[o->n - 1].text, o->v[o->n - 1].len, ec->meta) ==
                         AD_LINE_CONTACT &&
                     !signed_contact(o->v[o->n - 1].text, o->v[o->n - 1].len, a)))) {
        prose -= o->v[o->n - 1].type != AD_PARA_HEADING;
        o->bytes -= o->v[o->n - 1].len;
        o->n--;
    }
    /* A contributors' credit set just before a closing note ("Additional
     * reporting by X", then "Correction, July 19: ...") is a credit too. */
    for (size_t i = o->n > 3 ? o->n - 3 : 1; i + 1 < o->n; i++) {
        if (o->v[i].type != AD_PARA_PARAGRAPH ||
            !ad_body_contributor_line(o->v[i].text, o->v[i].len))
            continue;
        o->bytes -= o->v[i].len;
        memmove(o->v + i, o->v + i + 1, (o->n - i - 1) * sizeof(*o->v));
        o->n--;
        break;
    }
    /* A wire's sign-off closes the text even before a picture's caption
     * set after it ("— BERNAMA", then a caption). */
    size_t last = o->n;
    while (last > 1 && o->v[last - 1].type == AD_PARA_CAPTION)
        last--;
    if (last > 1 && last < o->n && o->v[last - 1].type == AD_PARA_PARAGRAPH &&
        ad_body_signoff_line(o->v[last - 1].text, o->v[last - 1].len)) {
        o->bytes -= o->v[last - 1].len;
        memmove(o->v + last - 1, o->v + last, (o->n - last) * sizeof(*o->v));
        o->n--;
    }
    return AD_OK;
}

#ifdef AD_BODY_DEBUG
#include <stdio.h>
static void dbg_rec(const walk *w, const char *what, int32_t i)
{
    const nrec *x = &w->r[i];
    const char *c = ad_dom_attr(x->node, "class"), *id = ad_dom_attr(x->node, "id");
    fprintf(stderr,
            "%s #%d <%s class=%.60s id=%.30s> score=%.1f w=%d gchars=%u glinks=%u val=%.0f "
            "pval=%.0f depth=",
            what, i, x->node->name, c ? c : "", id ? id : "", x->score, x->weight, x->gchars,
            x->glinks, x->val, x->pval);
    int d = 0;
    for (int32_t p = x->parent; p >= 0; p = w->r[p].parent)
        d++;
    fprintf(stderr, "%d\n", d);
}
#endif

/* One full extraction over the walked page; strict selects the precise
 * pass (class lexicon on) or the recall pass. */
static ad_status extract(walk *w, int strict, int allow_hidden, const emit_ctx *ec, ad_arena *a,
                         outv *o)
{
    int32_t alts[5];
    int nalts = 0;
    int32_t sel[4096];
    memset(o, 0, sizeof(*o));
    mark_bad(w, strict, allow_hidden);
    int32_t top = pick_top(w, alts, &nalts);
    if (top < 0)
        return AD_OK;
#ifdef AD_BODY_DEBUG
    for (int q = 0; q < nalts; q++)
        dbg_rec(w, "alt", alts[q]);
#endif
    top = widen_top(w, top, alts, nalts);
    size_t nsel = pick_siblings(w, top, sel, sizeof(sel) / sizeof(sel[0]));
#ifdef AD_BODY_DEBUG
    dbg_rec(w, strict ? "TOP(strict)" : "TOP(recall)", top);
    dbg_rec(w, "root", 0);
    for (size_t q = 0; q < nsel; q++)
        dbg_rec(w, "  sel", sel[q]);
#endif
    clean_ranges(w, sel, nsel);
    return emit(w, sel, nsel, ec, a, o);
}

/* Splits the JSON-LD articleBody into paragraphs at line breaks. */
static ad_status from_article_body(const char *body, ad_arena *a, outv *o)
{
    memset(o, 0, sizeof(*o));
    /* Single newlines separate paragraphs in most articleBody strings. */
    for (const char *p = body; *p;) {
        const char *nl = strchr(p, '\n');
        size_t rawlen = nl ? (size_t)(nl - p) : strlen(p), len;
        char *t = ad_text_norm_dup(a, p, rawlen, &len);
        if (!t)
            return AD_ERR_NOMEM;
        ad_status st = len ? push(a, o, t, len, AD_PARA_PARAGRAPH) : AD_OK;
        if (st != AD_OK)
            return st;
        p = nl ? nl + 1 : p + rawlen;
    }
    return AD_OK;
}

static size_t out_chars(const outv *o)
{
    /* Headings alone are no text: a pass that found only them ("Web
     * Designs" over a form) gives way to one that finds prose. */
    for (size_t i = 0; i < o->n; i++)
        if (o->v[i].type != AD_PARA_HEADING)
            return o->bytes;
    return 0;
}

/* The first <h1> inside n, or NULL. */
static xmlNodePtr first_h1(xmlNodePtr n)
{
    for (xmlNodePtr d = n->children; d; d = ad_dom_next(d, n))
        if (ad_dom_is(d, "h1"))
            return d;
    return NULL;
}

/* Infinite scroll: a page that appends the next story, in an <article> of
 * its own with its own headline, after the one the page is about. Such
 * later articles are hidden (left to the recall pass only). The page's
 * article is the outermost <article> around the headline the metadata
 * stage found; a page whose headline sits in none (a briefing's "<h1>Five
 * things to know</h1>" over an <article> per item) is one story, and most
 * pages end here without a walk. Only later <article>s not inside another,
 * with an <h1> of other words, count. */
static void hide_next_articles(xmlNodePtr root, xmlNodePtr headline, ad_arena *a)
{
    xmlNodePtr main = NULL;
    for (xmlNodePtr p = headline; p && p != root; p = p->parent)
        if (ad_dom_is(p, "article"))
            main = p;
    xmlNodePtr h1 = main ? first_h1(main) : NULL;
    const char *own = h1 ? ad_dom_text_norm(h1, a, 400, 0) : NULL;
    if (!own)
        return;
    for (xmlNodePtr d = ad_dom_skip(main, root); d;) {
        if (!ad_dom_is(d, "article")) {
            d = ad_dom_next(d, root);
            continue;
        }
        h1 = first_h1(d);
        const char *t = h1 ? ad_dom_text_norm(h1, a, 400, 0) : NULL;
        if (t && *t && strcmp(t, own) != 0)
            xmlSetProp(d, BAD_CAST "hidden", BAD_CAST "");
        d = ad_dom_skip(d, root);
    }
}

ad_status ad_body_extract(xmlDocPtr doc, const ad_meta *meta, const ad_meta_hints *hints,
                          ad_arena *a, ad_paragraph **paras, size_t *n, const char **standfirst,
                          char *err, size_t errlen)
{
    walk w;
    outv best, alt;
    ad_status st = AD_OK;
    memset(&w, 0, sizeof(w));
    memset(&best, 0, sizeof(best));
    *paras = NULL;
    *n = 0;
    if (standfirst)
        *standfirst = NULL;
    xmlNodePtr root = ad_dom_body(doc);
    if (!root)
        root = ad_dom_root(doc);
    if (root) {
        w.cache = malloc(sizeof(*w.cache));
        if (!w.cache) {
            st = AD_ERR_NOMEM;
            goto fail;
        }
        /* An empty slot is one of length 0: the keys need no clearing. */
        for (size_t i = 0; i < CACHE_SLOTS; i++)
            w.cache->slot[i].len = 0;
        hide_next_articles(root, hints ? hints->headline : NULL, a);
        walk_tree(&w, root);
        if (w.nomem) {
            st = AD_ERR_NOMEM;
            goto fail;
        }
    }
    emit_ctx ec = {meta, meta && meta->title ? meta->title : NULL};
    if (!ec.title && doc)
        ec.title = doc_title(doc, a);
    if (w.nr) {
        drop_filler(&w);
        /* total raw chars of every element, for the wrapper test */
        for (size_t j = 0; j < w.ns; j++)
            if (!w.s[j].junk)
                w.r[w.s[j].owner].chars += w.s[j].chars;
        for (size_t i = w.nr; i-- > 1;)
            w.r[w.r[i].parent].chars += w.r[i].chars;
        w.head = -1;
        if (hints) {
            xmlNodePtr head = hints->headline ? hints->headline : hints->opening;
            mark_hint(&w, head);
            mark_hint(&w, hints->byline);
            w.head = find_rec(&w, head);
        }
        if ((st = extract(&w, 1, 0, &ec, a, &best)) != AD_OK)
            goto fail;
        /* Recall passes: the class lexicon, then a hidden wrapper, may have
         * hidden the article. */
        for (int pass = 0; pass < 2 && out_chars(&best) < 500; pass++) {
            if ((st = extract(&w, 0, pass, &ec, a, &alt)) != AD_OK)
                goto fail;
            if (out_chars(&alt) > 2 * out_chars(&best) + 200)
                best = alt;
        }
    }
    if (hints && hints->article_body && out_chars(&best) < 300 &&
        strlen(hints->article_body) > 2 * out_chars(&best) + 200) {
        if ((st = from_article_body(hints->article_body, a, &alt)) != AD_OK)
            goto fail;
        best = alt;
    }
    *paras = best.v;
    *n = best.n;
    if (standfirst)
        *standfirst = best.lead;
fail:
    free(w.r);
    free(w.s);
    free(w.t);
    free(w.cache);
    if (st != AD_OK)
        return ad_fail(err, errlen, st, "out of memory");
    return AD_OK;
}

/* Appends one paragraph (normalized) to a growing arena array. */
static ad_status push_para(ad_arena *a, ad_paragraph **v, size_t *count, size_t *cap, const char *s,
                           size_t len, ad_para_type type)
{
    size_t plen;
    char *t = ad_text_norm_dup(a, s, len, &plen);
    if (!t)
        return AD_ERR_NOMEM;
    if (!plen || *count >= AD_BODY_MAX_PARAS)
        return AD_OK;
    if (*count == *cap) {
        size_t ncap = *cap ? *cap * 2 : 16;
        ad_paragraph *nv = ad_arena_alloc(a, ncap * sizeof(**v));
        if (!nv)
            return AD_ERR_NOMEM;
        if (*count)
            memcpy(nv, *v, *count * sizeof(**v));
        *v = nv;
        *cap = ncap;
    }
    (*v)[*count].text = t;
    (*v)[*count].len = plen;
    (*v)[*count].type = type;
    (*count)++;
    return AD_OK;
}

ad_status ad_body_from_text(const char *text, size_t len, ad_arena *a, ad_paragraph **paras,
                            size_t *n, char *err, size_t errlen)
{
    ad_paragraph *v = NULL;
    size_t count = 0, cap = 0;
    size_t i = 0, start = 0, end = 0;
    int open = 0;

    /* Lines are gathered into a paragraph until a line holding only white
     * space (or the end of input) closes it. */
    while (i <= len) {
        const char *nl = i < len ? memchr(text + i, '\n', len - i) : NULL;
        size_t line_end = nl ? (size_t)(nl - text) : len;
        int blank = 1;
        for (size_t k = i; k < line_end && blank; k++)
            blank = text[k] == ' ' || text[k] == '\t' || text[k] == '\r' || text[k] == '\f';
        if (!blank) {
            if (!open)
                start = i, open = 1;
            end = line_end;
        }
        if ((blank || !nl) && open) {
            if (push_para(a, &v, &count, &cap, text + start, end - start, AD_PARA_PARAGRAPH) !=
                AD_OK)
                return ad_fail(err, errlen, AD_ERR_NOMEM, "out of memory");
            open = 0;
        }
        if (!nl)
            break;
        i = line_end + 1;
    }
    *paras = v;
    *n = count;
    return AD_OK;
}
