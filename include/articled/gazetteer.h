/*
 * gazetteer.h - the word lists of the named-entity stage, compiled in.
 *
 * At build time scripts/gen-gazetteer.sh merges the countries of Debian's
 * iso-codes (iso_3166-1.json) with the lists in data/ (country aliases,
 * capitals, cities, regions, organizations, demonyms, given names, titles,
 * person cues, speech verbs, name head words, non-entity words, name
 * joiners, place prepositions, sports words, place modifiers,
 * event head words) into one table with a hash index built at generation
 * time. scripts/gen-lexicon.awk turns Debian's wamerican word list into a
 * hashed lexicon of common lower-case English words.
 *
 * Keys are folded to ASCII lower case with the typographic apostrophe as
 * "'", except forms written all in capitals in the lists ("US", "WHO"),
 * which match only text written all in capitals.
 */
#ifndef ARTICLED_GAZETTEER_H
#define ARTICLED_GAZETTEER_H

#include <stddef.h>
#include <stdint.h>

/* What a form is; a form may be several things ("General": title word and
 * title modifier; "Georgia": country, place and given name). The values
 * are also written in scripts/gen-gazetteer.awk. */
enum {
    AD_GAZ_COUNTRY = 1u << 0,    /* country name or alias; canon = ISO alpha-2 */
    AD_GAZ_PLACE = 1u << 1,      /* city, capital, region; canon = its name */
    AD_GAZ_ORG = 1u << 2,        /* organization; canon = its full name */
    AD_GAZ_DEMONYM = 1u << 3,    /* "Chinese"; canon = ISO alpha-2 or "" */
    AD_GAZ_GIVEN = 1u << 4,      /* word that begins person names */
    AD_GAZ_TITLE = 1u << 5,      /* "President", "Minister" */
    AD_GAZ_TITLEMOD = 1u << 6,   /* "Foreign", "Vice": part of a title */
    AD_GAZ_HONORIFIC = 1u << 7,  /* "Mr.", "Dr." */
    AD_GAZ_CUE = 1u << 8,        /* lower-case person noun: "spokesman" */
    AD_GAZ_SPEECH = 1u << 9,     /* "said", "told" */
    AD_GAZ_ORGHEAD = 1u << 10,   /* "Party", "University" */
    AD_GAZ_PLACEHEAD = 1u << 11, /* "Center", "River" */
    AD_GAZ_NONENT = 1u << 12,    /* "Sunday", "March": never a name */
    AD_GAZ_LINK = 1u << 13,      /* "of", "and", "the" inside names */
    AD_GAZ_PARTICLE = 1u << 14,  /* "de", "van", "bin" inside person names */
    AD_GAZ_PLACEPREP = 1u << 15, /* "in", "at", "from" */
    AD_GAZ_SPORT = 1u << 16,     /* "goal", "striker": sports reporting */
    AD_GAZ_PLACEMOD = 1u << 17,  /* "Southern", "East" before a place name */
    AD_GAZ_EVENTHEAD = 1u << 18, /* "Cup", "Festival": names of events */
    /* A city or a country's division (data/regions.tsv "division"), which
     * can report trade of its own ("Gujarat's exports"). */
    AD_GAZ_SUBNATIONAL = 1u << 19
};

#define AD_GAZ_NAMED (AD_GAZ_COUNTRY | AD_GAZ_PLACE | AD_GAZ_ORG)

/* The flags of the form s[0..len) (0 when unknown) and, through canon when
 * not NULL, its canonical name ("" when it has none). Forms longer than
 * 160 bytes are unknown. */
uint32_t ad_gaz_lookup(const char *s, size_t len, const char **canon);

/* The same, ignoring the forms listed in capitals: for text written all in
 * capitals, where "UN" in "KIM JONG UN" is no acronym. */
uint32_t ad_gaz_lookup_nocaps(const char *s, size_t len, const char **canon);

/* True when s[0..len), folded to lower case, is a common English word of
 * the lexicon ("analysts", "during"). */
int ad_gaz_is_word(const char *s, size_t len);

/* The lexicon's flags for s[0..len): 0 unknown; AD_GAZ_WORD for a word
 * written in lower case, with AD_GAZ_WORD_PROPER when the list also has it
 * capitalized ("mark" / "Mark", "lee" / "Lee"); AD_GAZ_WORD_LISTED alone for
 * a common noun only the project's lists give ("aluminium": goods words in
 * their British spellings). */
enum { AD_GAZ_WORD = 1, AD_GAZ_WORD_PROPER = 2, AD_GAZ_WORD_LISTED = 4 };
int ad_gaz_word_flags(const char *s, size_t len);

#endif
