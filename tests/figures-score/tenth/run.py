#!/usr/bin/env python3
"""The tenth trade-figures set: tests/figures-score/tenth/run.py [BINARY] [-v]

Written blind by a tenth reviewer who read only the scorer (slots.py), the JSON contract,
the ninth set's wrapper and the conventions header of its cases (no parser, data, other
cases, page tests or program runs: the program was neither built nor run, and no scorer
was run). Unlike the earlier sets, which leaned on small economies and one-sentence wire
copy, this one is about the economies and outlets a real user feeds most: China (General
Administration of Customs, in yuan and in dollars, China Daily / Xinhua / Global Times
English), the United States (Commerce Department, Census Bureau, BEA), the EU and the
euro zone (Eurostat), Germany (Destatis), Japan (Ministry of Finance), South Korea (trade
ministry, Korea Customs Service, KITA), India (commerce ministry, APEDA; lakh crore,
crore, Rs and the April-March fiscal year), the UK (ONS), Canada (Statistics Canada),
Australia (ABS), Brazil, Mexico (INEGI), Vietnam, Indonesia, Russia, Turkey and Saudi
Arabia, and the China-DPRK, China-Russia, US-China, EU-China, US-Mexico and Japan-Korea
relationships, in Reuters/Bloomberg/AP, Nikkei Asia, Yonhap/Korea Herald, Times of
India/Economic Times, SCMP, DW and CNBC styles.
67 positive texts (23 single sentences and 44 paragraphs of 2-4 sentences with quotes,
reasons and context sentences without figures): yuan and dollar figures together, "in
dollar terms", month against year-to-date, "on-year"/"year-on-year"/"from a year
earlier"/"compared with the same period last year", month-on-month, the previous month's
growth as an optional record, widening and narrowing surpluses and deficits (and a swing
from surplus to deficit), partner and goods breakdowns ("respectively", "the North",
"its northern neighbour"), volumes (tonnes, barrels per day, units) restated in another
unit, absolute changes, records and "lowest since" values, estimates, tariff rates
imposed (with old rates, with several goods, a safeguard on all origins, an anti-dumping
deposit as an optional record, a tariff named as context). 30 near misses (poll
forecasts, targets, budget assumptions, prices and futures, freight rates, price indices,
shares of markets and of imports, company overseas sales, port throughput, current
accounts, FDI, reserves, remittances, customs duty receipts, trade-fair deals, PMI export
orders, production, quotas, terms of trade, net exports' contribution to GDP, exchange
rates, exchange trading, tariffs threatened or considered without a rate, a tariff
truce).
First run held out on 2026-11-30 (at 18d8463): 66 passed, 31 failed (40 of 67 positives
all slots right, 26 of 30 near misses clean).
Scored by ../slots.py; published date of the pages: 2027-09-14."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import slots

if __name__ == "__main__":
    slots.main(HERE, "2027-09-14")
