/*
 * gazetteer.c - lookups in the compiled entity gazetteer and lexicon.
 *
 * Both tables are generated at build time and sorted in byte order, so a
 * lookup folds the form into a small stack buffer and binary-searches; no
 * memory is allocated and nothing is initialised at run time.
 */
#include <string.h>
#include "articled/gazetteer.h"
#include "ent_gazetteer.h"
#include "ent_lexicon.h"

#define FOLD_MAX 160

/* Folds ASCII letters to lower case and the typographic apostrophe (U+2019)
 * to "'"; returns the folded length, or 0 when the form is too long. */
static size_t fold(const char *s, size_t len, char *out, int lower)
{
    size_t o = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (o + 1 >= FOLD_MAX)
            return 0;
        if (c == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80 &&
            (unsigned char)s[i + 2] == 0x99) {
            out[o++] = '\'';
            i += 2;
            continue;
        }
        out[o++] = (char)(lower && c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    out[o] = '\0';
    return o;
}

static const struct ad_gaz_row *find_row(const char *key)
{
    size_t lo = 0, hi = ad_gaz_rows_len;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(ad_gaz_rows[mid].key, key);
        if (c == 0)
            return &ad_gaz_rows[mid];
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
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

uint32_t ad_gaz_lookup(const char *s, size_t len, const char **canon)
{
    char key[FOLD_MAX];
    const struct ad_gaz_row *r = NULL;
    if (canon)
        *canon = "";
    if (!s || !len)
        return 0;
    /* Capitals first: "US" and "WHO" are listed in capitals and must not
     * match "us" and "who". */
    if (!has_lower(s, len) && fold(s, len, key, 0))
        r = find_row(key);
    if (!r && fold(s, len, key, 1))
        r = find_row(key);
    if (!r)
        return 0;
    if (canon)
        *canon = r->canon;
    return r->flags;
}

int ad_gaz_is_word(const char *s, size_t len)
{
    return ad_gaz_word_flags(s, len) != 0;
}

int ad_gaz_word_flags(const char *s, size_t len)
{
    char key[FOLD_MAX];
    size_t n = fold(s, len, key, 1);
    if (!n)
        return 0;
    size_t lo = 0, hi = ad_lexicon_len;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(ad_lexicon_text + ad_lexicon_off[mid], key);
        if (c == 0)
            return ad_lexicon_flags[mid];
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}
