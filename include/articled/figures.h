/*
 * figures.h - trade figures of an article ("trade_figures" of the article JSON).
 *
 * ad_figures_extract() reads the article's paragraphs (and the entities the
 * entities stage found, for economy and source names) and fills
 * art->figures. It works sentence by sentence, and only sentences holding a
 * trade cue word (data/trade_cues.tsv: exports, imports, shipments, trade,
 * surplus, deficit, tariffs, duties; "sales" and "purchases" only of goods
 * going from one economy to another) are analysed at all; a paragraph
 * without one costs a single byte scan.
 *
 * Economies are found with the entity gazetteer (countries, aliases,
 * demonyms, capitals standing for governments, blocs, world regions) and
 * reported under their names in data/trade_economies.tsv, the same in every
 * article ("Britain", "UK" and "U.K." are all "United Kingdom").
 *
 * A sentence is cut into clauses ("..., while imports grew 20 percent");
 * every clause with a cue and a number (an amount of money, a change in
 * percent, a tariff rate, or a volume of goods when an economy is named)
 * yields one figure with these slots:
 *   flow       export, import, total, balance or tariff, from the cue words
 *   balance    for a balance, "surplus" or "deficit" when the clause says so
 *              (a "trade gap" is a deficit)
 *   reporter   the economy whose trade it is ("China's exports", "exports
 *              from China", "Chinese exports", "China exported")
 *   partner    the other economy ("exports to X", "imports from X", "trade
 *              with X", "tariffs on X", "Chinese goods" as an origin); for
 *              "X's exports to Y will face a 10% tariff", Y reports a tariff
 *              on X's goods
 *   commodity  "exports of soybeans", "soybean imports", "tariffs on steel",
 *              "exports from Tanzania's gold sector", "exported 1.2 million
 *              vehicles"
 *   value      the level in money ("to $1.05 billion"), not a change "by",
 *              with its qualifier and the high end of a range; a currency
 *              word several countries use ("pesos", "crowns") is the
 *              reporter's own (data/currency_families.tsv), and an amount
 *              whose currency stays unknown is no value
 *   volume     the level in a unit of measure ("73 million tonnes",
 *              data/units.tsv), chosen like the value
 *   change     direction (rose/fell..., "4% more than"), percent, qualifier,
 *              basis (a phrase, or the period compared with: "in February,
 *              up 6% from January" is month on month), and the amount of a
 *              change given as one ("fell by $2bn", "decreased $13.0 billion,
 *              or 3.7%, to ...")
 *   rate       the tariff rate in percent, for flow tariff
 *   period     resolved against the anchor date (the published date); a
 *              tariff's day without a year after "will" is the next such day;
 *              fiscal
 *              years, and parts of them ("the first five months of the
 *              current fiscal year", "the first half of FY26"), by the
 *              reporter's calendar (data/fiscal_years.tsv)
 *   source     "according to X", "data from X", "X said", "X reported"
 * Economies are countries, trade blocs and world regions ("shipments to
 * Africa"). A clause that names its flow by a pronoun ("..., while those to
 * Asia rose 5%") takes the flow of the clause before it. No figure comes from
 * a change that belongs to another measure named before the verb ("revenue
 * rose 8%, boosted by exports"), nor from a period that starts after the
 * anchor date (except a tariff's, the day it takes effect), a forecast or a modal between the cue
 * and its numbers ("are expected to reach", "will need to rise"), or a comparison's base
 * ("compared with a deficit of $300m"); the words that decide these are
 * classes of data/trade_words.tsv.
 * A clause inherits the reporter, partner, period, source (and, for the same
 * flow, the commodity and the change basis) that it leaves out from the
 * clause before it in the same sentence; a period or a change basis stated
 * only in a later clause also applies to the earlier ones. Across sentences, a figure that
 * leaves out its reporter takes the last figure's (with its period when it
 * states none, and its source within one paragraph) when that figure was at
 * most four paragraphs before; a clause with a cue and an economy but no
 * number (a lede: "The U.S. trade deficit shrank in October.") counts as
 * such a figure, and its period beats one found only in a trailing piece
 * ("..., after a revised 20.7% rise in October"); a single day after "on"
 * ("said on Dec 17") is the announcement's, never the figure's period; "between the two countries"
 * names the last two economies named together; a source given as a back-reference
 * ("the administration said") takes the name it refers to; a lede's source
 * ("according to Eurostat figures") also stands for the paragraph after it;
 * a period from a year's start running up to the article's date or past it
 * ("so far this year") ends where the subject's last figure's data end; a
 * tariff in a
 * sentence of its own breaks the chain, except for the exports of the
 * economy it taxes, and one after a figure in the same sentence is an aside
 * that leaves the chain as it is. Identical figures are reported once per
 * article.
 */
#ifndef ARTICLED_FIGURES_H
#define ARTICLED_FIGURES_H

#include <stddef.h>
#include "articled/article.h"
#include "articled/status.h"

/* Fills art->figures and art->n_figures (arena memory) from art->paragraphs,
 * using art->entities for names when present. anchor is the published date
 * ("YYYY-MM-DD...") against which relative periods are resolved, or NULL.
 * Headings and tables are skipped (headlines restate the body), and so is a
 * paragraph over the tokenizer's caps. Returns AD_OK or AD_ERR_NOMEM. */
ad_status ad_figures_extract(ad_article *art, const char *anchor, char *err, size_t errlen);

/* True when s[0..len) holds a trade cue word: the cheap test that decides
 * whether a paragraph is analysed. */
int ad_figures_has_cue(const char *s, size_t len);

#endif
