#!/usr/bin/env python3
"""The twelfth trade-figures set: tests/figures-score/twelfth/run.py [BINARY] [-v]

Written blind by a twelfth reviewer who read only the scorer (slots.py), the JSON
contract, the eleventh set's wrapper and cases (for their format and the conventions of
their header, and its texts only so as not to repeat them) and the docstrings of the
earlier sets' wrappers, no parser, data, server, other cases or page tests: the program
was neither built nor run, and no scorer was run. Where the earlier sets stressed
economies, this one stresses SENTENCE STRUCTURE as wire copy (Reuters, AP, Bloomberg,
Nikkei Asia, Kyodo, Yonhap, SCMP, Focus Taiwan, local business dailies) really writes it,
over a mix of economies, several of them little used before (Qatar, Iraq, Morocco,
Israel, Ireland, Sweden, Uganda, Ghana, Ecuador, Uruguay, Mongolia) next to Japan,
Korea, China, Taiwan, the US, the euro zone and the EU, India, Australia and Brazil.
69 positive texts (24 single sentences and 45 paragraphs of 2-4 sentences with context
sentences without figures; 173 expected records, 20 of them optional). Phrasings:
relative clauses and appositives between subject and verb ("Exports to the United
States, which overtook China as South Korea's largest export market last year, fell
...", "its third-largest export destination", a reporter named only inside the clause,
a partner named only inside it, a tariff rate inside it, a change of another month
inside it); parentheses and brackets ("(up 3.1% y/y)", "($1 = 7.1070 Chinese yuan)",
"¥4.37 trillion ($29.1 billion)", "S$14.9 billion [US$11.1 billion]", a restatement in
NT$ in a later sentence, "or about 23.5 trillion won"); parts and shares ("accounting
for $9.8 billion of the total", "made up 1.94 million tonnes of the total", "Arabica
accounted for 21.9 million bags", "Of Vietnam's $33.9 billion in exports ..., A brought
in ..., B ..., C ...", with "accounted for about 40%", "made up 52%", "took 84% of the
volume", "a record low of 26%" as shares); seasons and marketing years (a July-June
crop year, the October-September and September-August marketing years, "so far in the
2028/29 season that began on Oct. 1", "since the start of the season on July 1 ... by
March 8", "between the start of the season and the end of February", a week ended),
fiscal spans without a year (Japan's April-January, India's April-February), rolling
12-month totals against the previous 12 months; reported speech and hedges (a minister
"told the National Assembly that exports had risen", "said that trade ... had
reached", polls "had expected them to have fallen", "had expected the gap to widen",
"vs +3.0% forecast", a government's expected surplus, "an estimated 9 percent");
revisions ("revised up to ... from a preliminary ...", "revised down to ... from an
initially reported ...", "a downwardly revised A$5.6 billion" base) and a correction of a
wrong percent; several goods in one sentence with their own changes; comparisons
("twice as much as", "overtook Germany as the largest buyer, importing $412 million
worth", "against 1.38 million bpd for China", "outpacing those to ... combined");
negatives ("did not rise ..., holding at", "did not fall ..., rising instead by",
"little changed", "broadly unchanged"); tariffs threatened or conditional (optional
records) beside rates in force, "duties of up to 35.3%", a rate doubled "to 50% from
25%"; headline-style telegraphic lines ("Japan Jan exports +2.4% y/y vs +3.0% forecast;
... trade balance -¥1.18 trillion - MOF", "S.Korea Feb exports +3.8% y/y at $53.6 bln",
"trade gap narrows to $4.1 bln from $4.9 bln in Dec - PSA"); economies named oddly
("the euro zone", "the 21-nation currency area", "the bloc", "Beijing", "Washington",
"the mainland", "the kingdom" for Saudi Arabia and for Morocco, "the island", "the Gulf
nation", "the archipelago", "Manila", "its southern neighbor", "the war-torn country",
"S.Korea") and "the former"/"the latter" standing for goods, partners and reporters.
31 near misses (poll forecasts in prose and in a headline, "were expected to have
fallen", a threatened tariff without a rate, shares and a ranking, cocoa arrivals at
ports, a yuan midpoint with an exchange-rate note, an export target, export sales for a
future marketing year, a crop forecast, a futures price "(up 12% y/y)", a hedged quote,
"did not rise" without a number, a current account "(up 14.2% y/y)", terms of trade,
port throughput, an automaker's overseas sales, an export licensing quota, a deal's
trade target, a USDA export forecast, sugar stocks, a share "made up", customs duties
collected, futures volumes, import prices, freight rates, investment deals, a release
date, a "5% broken" rice price, an economist's tariff scenario, farmers' sales).
Scored by ../slots.py; published date of the pages: 2029-03-14.
First run, held out: 48 passed, 52 failed (48 %)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import slots

if __name__ == "__main__":
    slots.main(HERE, "2029-03-14")
