/*
 * tokenize.h - words, numbers and sentences of one paragraph of UTF-8 text.
 *
 * ad_tok_tokenize() splits a paragraph into tokens in one pass and then
 * groups them into sentences. Every token and sentence carries its offsets
 * both in bytes and in Unicode code points from the start of the paragraph
 * (the article JSON counts mentions in code points). Tokens point into the
 * caller's text; nothing is copied.
 *
 * Tokens:
 *   WORD    letters, marks and digits, with internal hyphens and apostrophes
 *           kept ("Son-hui", "O'Neill", "COVID-19", "G7"). A possessive "'s"
 *           or "’s" becomes a token of its own (flag POSSESSIVE). A known
 *           abbreviation ("Mr.", "Sept.") or an acronym of single letters and
 *           periods ("U.S.", "e.g.") or a capital initial ("J.") keeps its
 *           period (flag ABBREV).
 *   NUMBER  ASCII digits with thousands commas and a decimal point
 *           ("1,234.5"). Letters attached after the digits are a separate
 *           word token without SPACE_BEFORE ("3bn" -> "3" "bn", "13th" ->
 *           "13" "th").
 *   PUNCT   one punctuation character; "..." (any run of periods of two or
 *           more) and "…" are one ELLIPSIS-flagged token.
 *   SYMBOL  currency, math and other symbols ("$", "€", "+"), and "%".
 *
 * Sentences end at ".", "?", "!", an ellipsis and the CJK full stops, with
 * closing quotes and brackets that follow directly ('."' and '.)') kept in
 * the sentence. A period does not end a sentence inside a number, after a
 * "never" abbreviation (Mr., Dr., No., e.g.), before a lower-case word, or
 * before a letter with no space; after other abbreviations and initials
 * ("U.S.", "Inc.", "J.") it ends one only when the next word is a common
 * sentence opener ("The", "He", ...; data/sentence_starters.tsv).
 *
 * Hard caps: a paragraph longer than AD_TOK_MAX_BYTES, or one that would
 * give more than AD_TOK_MAX_TOKENS tokens, fails with AD_ERR_TOOBIG.
 */
#ifndef ARTICLED_TOKENIZE_H
#define ARTICLED_TOKENIZE_H

#include <stddef.h>
#include <stdint.h>
#include "articled/arena.h"
#include "articled/status.h"

#define AD_TOK_MAX_BYTES  ((size_t)4 * 1024 * 1024)
#define AD_TOK_MAX_TOKENS ((size_t)200000)

typedef enum ad_tok_kind {
    AD_TOK_WORD = 0,
    AD_TOK_NUMBER,
    AD_TOK_PUNCT,
    AD_TOK_SYMBOL
} ad_tok_kind;

enum {
    AD_TOKF_CAP = 1u << 0,          /* first letter is upper or title case */
    AD_TOKF_ALLCAPS = 1u << 1,      /* two or more letters, none lower case */
    AD_TOKF_SENT_START = 1u << 2,   /* first token, or first word/number, of a sentence */
    AD_TOKF_POSSESSIVE = 1u << 3,   /* the "'s" token */
    AD_TOKF_HYPHEN = 1u << 4,       /* word with an internal hyphen */
    AD_TOKF_NUMBER = 1u << 5,       /* kind is AD_TOK_NUMBER */
    AD_TOKF_ABBREV = 1u << 6,       /* word ending in its own period ("Mr.", "U.S.") */
    AD_TOKF_SPACE_BEFORE = 1u << 7, /* white space (or paragraph start) before it */
    AD_TOKF_ELLIPSIS = 1u << 8,     /* "..." or "…" */
    AD_TOKF_APOSTROPHE = 1u << 9,   /* word with an internal apostrophe ("O'Neill") */
    AD_TOKF_DECIMAL = 1u << 10      /* number with a decimal point */
};

typedef struct ad_token {
    uint32_t start, end;       /* bytes, end exclusive */
    uint32_t cp_start, cp_end; /* code points, end exclusive */
    uint32_t sentence;         /* index into ad_tokens.sent */
    uint16_t flags;            /* AD_TOKF_* */
    uint8_t kind;              /* ad_tok_kind */
    uint8_t role;              /* the tokenizer's own use (sentence-end role) */
} ad_token;

typedef struct ad_sentence {
    uint32_t tok_start, tok_end; /* token range, end exclusive */
    uint32_t start, end;         /* bytes */
    uint32_t cp_start, cp_end;   /* code points */
} ad_sentence;

/* The result of one call. Zero-initialise it once; it may then be passed to
 * ad_tok_tokenize() again for the next paragraph with the same arena, which
 * reuses its arrays (grown in the arena when too small), so a whole article
 * costs a few allocations. */
typedef struct ad_tokens {
    const char *text; /* the caller's text (not copied) */
    size_t len;
    ad_token *tok;
    size_t n;
    ad_sentence *sent;
    size_t n_sent;
    size_t tok_cap, sent_cap; /* capacities, managed by the tokenizer */
} ad_tokens;

/* Tokenizes s[0..len) (UTF-8; invalid bytes count as one symbol code point
 * each) into *out. Returns AD_OK, AD_ERR_TOOBIG past the caps, AD_ERR_NOMEM
 * or AD_ERR_USAGE for NULL arguments. On failure out->n and out->n_sent
 * are 0. */
ad_status ad_tok_tokenize(const char *s, size_t len, ad_arena *a, ad_tokens *out, char *err,
                          size_t errlen);

/* The token's text length in bytes and a pointer to it. */
static inline const char *ad_tok_text(const ad_tokens *t, size_t i, size_t *len)
{
    *len = t->tok[i].end - t->tok[i].start;
    return t->text + t->tok[i].start;
}

/* True when token i's text equals word exactly (bytes). */
int ad_tok_is(const ad_tokens *t, size_t i, const char *word);

/* A short fixed name for a token kind ("word"). */
const char *ad_tok_kind_name(ad_tok_kind k);

#endif
