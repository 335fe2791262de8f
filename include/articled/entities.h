/*
 * entities.h - the named entities (persons, organizations, places) of an
 * article, the `entities` field of ../shared/docs/article-json.md.
 *
 * ad_entities_extract() reads the paragraphs once, tokenizes each
 * (tokenize.h) and looks at runs of capitalized words within a sentence,
 * joined across "of", "and", "for", "the" inside organization and place
 * names, across name particles ("van", "bin") and across a possessive that
 * belongs to the name ("Supreme People's Assembly"). Each run is split into
 * gazetteer names (gazetteer.h), titles ("Foreign Minister") and other
 * names, which are typed by head words ("Party", "University", "Center"),
 * given names, titles and person nouns before them ("spokesman"), speech
 * verbs and appositives after them, and prepositions of place before them.
 * Sentence-initial ordinary words, weekdays, months and demonyms never
 * become entities; all-capital and title-case headlines only keep words
 * that the lexicon does not know as ordinary words.
 *
 * A second pass over the article groups mentions into entities: gazetteer
 * names by their canonical name ("US", "U.S." and "United States"),
 * one-word mentions by a person's name seen anywhere in the article
 * ("Choe" -> "Choe Son-hui"), acronyms by a definition in parentheses or
 * by the initials of an organization ("KPA"). An entity's name is its
 * longest mention; its aliases are its other forms; its roles are the
 * titles and appositive descriptions attached to a person. Mentions are
 * spans of the name itself (no determiner, no possessive), in Unicode code
 * points into the paragraph text.
 *
 * Memory: everything lives in the arena; the work per paragraph is linear
 * in its tokens (a bounded number of gazetteer look-ups per capitalized
 * word), and per article linear in its mentions (hash tables).
 */
#ifndef ARTICLED_ENTITIES_H
#define ARTICLED_ENTITIES_H

#include <stddef.h>
#include "articled/arena.h"
#include "articled/article.h"
#include "articled/status.h"

/* At most this many mentions are looked at per article; the rest of a
 * (pathologically) long text is ignored. */
#define AD_ENT_MAX_MENTIONS 50000

/* Finds the entities of paras[0..n) into *out / *n_out (arena memory,
 * ordered by first mention). meta may be NULL. Returns AD_OK, AD_ERR_NOMEM,
 * or AD_ERR_USAGE for NULL arguments; a paragraph too large for the
 * tokenizer is skipped, not an error. */
ad_status ad_entities_extract(const ad_paragraph *paras, size_t n, const ad_meta *meta,
                              ad_arena *a, ad_entity **out, size_t *n_out, char *err,
                              size_t errlen);

#endif
