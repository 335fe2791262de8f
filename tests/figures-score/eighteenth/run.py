#!/usr/bin/env python3
"""The eighteenth trade-figures set: tests/figures-score/eighteenth/run.py [BINARY] [-v]

Written blind by an eighteenth reviewer. Read: only the JSON contract
(shared/docs/article-json.md), the scorer (slots.py), the first set's run.py, the earlier
sets' wrappers and cases (for their format, the conventions in the ninth to seventeenth
sets' headers, and their texts only so as not to repeat them). Not read: any parser, data,
include or server file, tests/cases, tests/check_*.c, the README or the Makefile. The
program was neither built nor run, and no scorer was run on its output (the cases were only
imported and each expected record matched against itself with slots.match to check that
slots.py accepts them). The twelfth set stressed sentence structure, the thirteenth number
and time forms, the fourteenth reference and discourse, the fifteenth the language of
statistical releases, the sixteenth five registers (wire commodity copy, first person,
regional trade, headlines and bullets, amounts in words), the seventeenth agency English in
translation. This one stresses TRADE FIGURES INSIDE ANALYTICAL AND EXPLANATORY JOURNALISM,
where the figures sit inside an argument: explainers ("What Washington's new tariffs mean
for Vietnam", "Why is Australia's trade surplus shrinking?", "The EU-Mercosur deal in four
numbers"), fact-checks ("Claim: ... Verdict: ..." with RMIT FactLab, Africa Check, Full
Fact, VERA Files, Correctiv, Chequeado and Factcheck.kz), Q&A interviews with ministers,
a central banker, a council chief, a federation manager, economists and a podcast guest
(figures in the answers; premises, targets, forecasts and conditionals in questions and
answers), op-eds and columns (bylines, counterfactuals, "by my estimate"), business
newsletters ("Three numbers to know", "Chart of the day", "THE WEEK IN TRADE" bullets, a
morning briefing, regional briefs), data-desk pieces ("our analysis of Eurostat data",
"compiled by our data team", per-resident figures) and editorials ("we" the paper, "our
exports" the paper's country, editor's notes and corrections). Stressed in them: hedges
and attributions ("according to customs figures cited by", "appear to have fallen about
... on preliminary ... figures", "an estimated"), comparisons of several economies in one
sentence (elided heads, a change without a value, a source per economy), records and
rankings (vq HIGHEST / LOWEST / RECORD against rankings that give none), shares (none) and
amounts as parts (records), per-capita figures (none) and rates per day or per second
derived from a total (optional), claims and withdrawn figures (none) against the verdict's
and the corrected figures (records), hypotheticals and counterfactuals (none), targets and
forecasts (none; floated and lifted tariffs optional), figures of earlier years in
historical asides (required when stated as facts of their own, optional as bases), mirror
statistics, tariffs in force with old rates, and company results beside national trade
(none). Reporters and partners on every continent (Vietnam, Australia, Chile, China,
Mexico, the EU and Mercosur, India, Russia, the UK, Kenya, Pakistan, Ghana, Canada, Egypt,
Taiwan, Nigeria, South Africa, Germany, the UAE, Brazil, the Philippines, Argentina, New
Zealand, Kazakhstan, Morocco, Indonesia, Bangladesh, South Korea, Norway, Poland, Saudi
Arabia, Colombia, the US, Africa as a whole, Scotland's whisky, Japan, Switzerland,
Thailand, Malaysia, Uganda, Dubai, Ireland, Ukraine, Côte d'Ivoire, Turkey, Peru), goods
and services, and currencies USD, EUR, GBP, JPY, CNY, INR (lakh crore), AUD, CAD, NZD, BRL
("R$"), PHP ("P"), MYR, KES, NGN, ZAR, XOF, MAD, AED, SAR, CHF, NOK and KZT.
70 positive texts (one single sentence, one line of bullets and 68 paragraphs of 2-7 sentences; 187 expected
records, 32 of them optional, so 155 required; 11 tariff records, 4 of them optional). 35
near misses: a tariff scenario's cost, claims without a checked figure, per-resident
rankings and consumption per person, shares and percentage points, a ranking among
partners, a Q&A forecast, targets in an editorial and a Q&A, one company's revenue,
regional sales and vehicle exports, an op-ed's counterfactual, an exchange-rate elasticity,
customs duties collected, FDI, remittances, a current account, trade-fair deals, a WTO
forecast, futures prices, import cover, a budget assumption, a correction of a release
date, stock-exchange turnover, export orders, port throughput, "could reach", online
retail sales, "could lose", a poll and tourism receipts.
Scored by ../slots.py; published date of the pages: 2033-11-16. First run, held out (at
37a5b4f): 51 passed, 54 failed (20 of 70 positives fully right, 31 of 35 near misses clean)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import slots

if __name__ == "__main__":
    slots.main(HERE, "2033-11-16")
