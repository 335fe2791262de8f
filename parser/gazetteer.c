/*
 * gazetteer.c - lookups in the compiled entity gazetteer and lexicon.
 *
 * Both tables are generated at build time with an open-addressing hash
 * index of their rows (scripts/gen-gazetteer-c.awk, gen-lexicon.awk), so a
 * lookup folds the form into a small stack buffer, hashes it and compares
 * at most about one string (none for a word in neither table); no memory is
 * allocated and nothing is initialised at run time.
 */
#include <string.h>
#include "articled/gazetteer.h"
#include "ent_gazetteer.h"
#include "ent_lexicon.h"

#define FOLD_MAX 160

/* Folds ASCII letters and the capitals of Latin-1 (U+00C0-U+00DE: a
 * dateline's "BOGOTÁ", "ASUNCIÓN") to lower case and the typographic
 * apostrophe (U+2019) to "'"; returns the folded length, or 0 when the form
 * is too long. *hash
 * receives the generators' hash of the folded form, h = h * 33 + byte,
 * computed on the way (every word of every paragraph is looked up);
 * reduced modulo a table's size (a power of 2) it is that table's hash. */
static size_t fold(const char *s, size_t len, char *out, int lower, uint32_t *hash)
{
    size_t o = 0;
    uint32_t h = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (o + 1 >= FOLD_MAX)
            return 0;
        if (c == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80 &&
            (unsigned char)s[i + 2] == 0x99) {
            c = '\'';
            i += 2;
        } else if (lower && c >= 'A' && c <= 'Z') {
            c += 32;
        } else if (lower && c == 0xC3 && i + 1 < len && (unsigned char)s[i + 1] >= 0x80 &&
                   (unsigned char)s[i + 1] <= 0x9E && (unsigned char)s[i + 1] != 0x97) {
            if (o + 2 >= FOLD_MAX)
                return 0;
            out[o++] = (char)c; /* U+00D7 is the multiplication sign */
            h = h * 33u + c;
            c = (unsigned char)(s[++i] + 0x20);
        }
        out[o++] = (char)c;
        h = h * 33u + c;
    }
    out[o] = '\0';
    *hash = h;
    return o;
}

/* The check tag the generators store beside a row number in each slot
 * (hash_tag in scripts/hash-table.awk): the top half of a multiplicative
 * mix of the hash, so that it says something the slot number does not. A
 * probe reads a row, and its string, only when the tags agree; most words
 * of a text are in neither table, and then the lookup touches no memory
 * but the slots. */
static uint32_t hash_tag(uint32_t hash)
{
    return (hash * 0x9E3779B1u) >> 16;
}

static const struct ad_gaz_row *find_row(const char *key, uint32_t hash)
{
    uint32_t h = hash & (AD_GAZ_HASH_SIZE - 1), tag = hash_tag(hash), slot;
    while ((slot = ad_gaz_hash[h]) != 0) {
        if (slot >> 16 == tag) {
            const struct ad_gaz_row *r = &ad_gaz_rows[(slot & 0xFFFFu) - 1];
            if (strcmp(r->key, key) == 0)
                return r;
        }
        h = (h + 1) & (AD_GAZ_HASH_SIZE - 1);
    }
    return NULL;
}

static int has_lower(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (s[i] >= 'a' && s[i] <= 'z')
            return 1;
    return 0;
}

static uint32_t lookup(const char *s, size_t len, const char **canon, int caps)
{
    char key[FOLD_MAX];
    const struct ad_gaz_row *r = NULL;
    if (canon)
        *canon = "";
    if (!s || !len)
        return 0;
    /* Capitals first: "US" and "WHO" are listed in capitals and must not
     * match "us" and "who". */
    uint32_t h;
    if (caps && !has_lower(s, len) && fold(s, len, key, 0, &h) != 0)
        r = find_row(key, h);
    if (!r && fold(s, len, key, 1, &h) != 0)
        r = find_row(key, h);
    if (!r)
        return 0;
    if (canon)
        *canon = r->canon;
    return r->flags;
}

uint32_t ad_gaz_lookup(const char *s, size_t len, const char **canon)
{
    return lookup(s, len, canon, 1);
}

uint32_t ad_gaz_lookup_nocaps(const char *s, size_t len, const char **canon)
{
    return lookup(s, len, canon, 0);
}

int ad_gaz_is_word(const char *s, size_t len)
{
    return ad_gaz_word_flags(s, len) != 0;
}

int ad_gaz_word_flags(const char *s, size_t len)
{
    char key[FOLD_MAX];
    uint32_t h;
    if (!fold(s, len, key, 1, &h))
        return 0;
    uint32_t tag = hash_tag(h), slot;
    h &= AD_LEXICON_HASH_SIZE - 1;
    while ((slot = ad_lexicon_hash[h]) != 0) {
        if (slot >> 16 == tag) {
            /* Flags in the top byte, the offset in the low 24 bits. */
            uint32_t word = ad_lexicon_word[(slot & 0xFFFFu) - 1];
            if (strcmp(ad_lexicon_text + (word & 0xFFFFFFu), key) == 0)
                return (int)(word >> 24);
        }
        h = (h + 1) & (AD_LEXICON_HASH_SIZE - 1);
    }
    return 0;
}
