/*
 * author.h - bylines into person names.
 *
 * A byline such as "By ZHAO JIA | China Daily | Updated: 2025-09-29 09:33"
 * is cut into pieces at "|", "·", "•" and " - "; the piece opening with "By"
 * (or "Written by", "Von", "Par"... from data/byline_words.tsv) holds the
 * authors, a piece that writes a date is the dateline, and a piece that
 * names the outlet (it matches the host or the site name) is the
 * publisher. Names are split at commas and "and"/"&", cleared of e-mails,
 * URLs, credentials ("PhD") and job titles, and put in normal case.
 */
#ifndef ARTICLED_AUTHOR_H
#define ARTICLED_AUTHOR_H

#include <stddef.h>
#include "articled/arena.h"
#include "articled/article.h"

typedef struct ad_byline {
    ad_strlist authors;    /* person names, normal case */
    const char *publisher; /* the piece naming the outlet, or NULL */
    const char *date;      /* the piece writing a date, or NULL */
    int has_prefix;        /* the line opened with "By" or a like word */
} ad_byline;

/* Parses a byline. host (may be NULL) and site (the site name, may be NULL)
 * tell the outlet's name from a person's. At most max authors are kept.
 * Fails only with AD_ERR_NOMEM. */
ad_status ad_author_parse_byline(const char *s, size_t len, const char *host, const char *site,
                                 ad_arena *a, size_t max, ad_byline *out);

/* Appends the names found in one author string (a meta or JSON-LD value:
 * "Jane Doe and John Roe", "ZHAO JIA") to *list, skipping duplicates and
 * non-names; list->v must hold max entries. */
ad_status ad_author_add(const char *s, size_t len, const char *host, const char *site, ad_arena *a,
                        ad_strlist *list, size_t max);

/* The normal case of a name: all-capital or all-lowercase names become
 * capitalized words ("ZHAO JIA" -> "Zhao Jia", "o'brien" -> "O'Brien");
 * mixed case is kept. NULL when out of memory. */
char *ad_author_case(ad_arena *a, const char *s, size_t len);

/* True when s[0..len) squashed to lowercase letters and digits matches a
 * label of host ("China Daily" ~ "www.chinadaily.com.cn") or equals site. */
int ad_author_is_outlet(const char *s, size_t len, const char *host, const char *site);

/* Whether the word w[0..n) is a job title or label of bylines ("Reporter",
 * "Correspondent", "Redactora": data/byline_words.tsv, kind role), in any
 * case. */
int ad_author_role_word(const char *w, size_t n);

/* Whether the word w[0..n) stands between the links of two authors ("and",
 * "und", "en": data/byline_words.tsv, kind between), in any case. */
int ad_author_between_word(const char *w, size_t n);

/* True when the word w[0..n) introduces a picture's credit ("Photo",
 * "Foto", "צילום": data/credit_markers.tsv), in any case. */
int ad_author_credit_word(const char *w, size_t n);

/* True when a name s[0..len) is shaped like a person's: no word the
 * lexicon knows only in lower case ("Clinic", "finance") and no head word
 * of organizations ("Foundation", "News") unless the name opens with a
 * given name ("Tim Green"); no colon; not one word with a capital inside
 * ("KatieS"). For names from weak sources, where an outlet, a section or
 * a phrase is more likely than a person. */
int ad_author_person_shaped(const char *s, size_t len);

/* True when a name s[0..len) credits a group, not a person: it holds a word
 * such as "Team", "Staff" or "Editors" ("Team Tiger Data", "HomeAdvisor
 * Staff Writer"). */
int ad_author_is_team(const char *s, size_t len);

/* Appends the name a bio sentence opens with to *list ("Julia Gralberg is
 * a freelance travel writer, editor of ..." gives "Julia Gralberg"): two to
 * four capitalized words, then "is" or "was", an article, and a writer's
 * trade (data/byline_words.tsv, kind "bio") within the next eight words;
 * or a verb of the trade and its beat ("covers trade for ..."), whose beat
 * may be a proper name ("covers St. Louis City Hall") when the name is one
 * of known (the article's authors; may be NULL). list->v must hold max
 * entries; adds nothing for other text. */
ad_status ad_author_from_bio(const char *s, size_t len, const ad_strlist *known, ad_arena *a,
                             ad_strlist *list, size_t max);

#endif
