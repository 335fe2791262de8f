#!/usr/bin/env python3
"""The twenty-eighth trade-figures set: tests/figures-score/twentyeighth/run.py [BINARY] [-v]

Written blind by a twenty-eighth reviewer. Read: only the JSON contract
(shared/docs/article-json.md), the scorer (slots.py), the twenty-seventh and twenty-sixth
sets' wrappers and cases (for their format, conventions, helpers and texts) and the header
docstrings and comments (the first 60 lines) of the other sets' run.py and cases.py and of
the first set's run.py (for the months, economies, outlets and sources they used). Not read:
any parser, data, include or server file, tests/cases, tests/check_*.c, the README, the
Makefile, docker, fuzz or the git history. The program was neither built nor run, and no
scorer was run on its output (the cases were only imported and each expected record matched
against itself with slots.diff and slots.match, every expected amount and percent was found
written in its text, and every balance checked against its exports and imports). Like the
twenty-first to twenty-seventh sets, this one is meant as a fair estimate of accuracy on
ORDINARY, MAINSTREAM TRADE NEWS, here in two styles the earlier sets covered little: (a) the
press releases of statistics offices, central banks and ministries and their faithful wire
rewrites (Eurostat's first estimate and seasonally adjusted series, Ireland's CSO, Statistics
Netherlands, Spain's Ministry of Economy, Trade and Business, Statistics Austria, ELSTAT,
Statistics Estonia, Statistics Norway, Slovenia's SURS, Statistics Lithuania, Brazil's MDIC
and Secex, INDEC, the Central Bank of Chile, DANE, Bolivia's INE, El Salvador's BCR, SARS, the
Bank of Uganda, the Ghana Statistical Service, the Namibia Statistics Agency, NISR, the Bank
of Mozambique, Statistics Mauritius, KNBS, the PSA, BPS, Vietnam's statistics office, MOTIE
and the Korea Customs Service, Japan's Finance Ministry, Hong Kong's C&SD and Brunei's DEPS):
"The value of Irish goods exports in August 2035 was €19.8bn, a decrease of €1.6bn (-7.5%)",
"compared with August 2034 (€211.4 bn)", "This was attributable to exports of", "reflecting
an annual increase of", "Cumulatively", "was estimated at", seasonally adjusted next to
unadjusted figures, month-on-month next to year-on-year, year-to-date totals, provisional,
preliminary and revised figures; and (b) commodity and agriculture desks (U.S. soybeans in
the 2034/35 marketing year and weekly corn and wheat inspections, Brazil's soybeans, iron
ore, crude, beef and coffee, Chile's copper, Peru's fishmeal, Ghana's and Ivory Coast's cocoa
seasons, Ecuador's cocoa, Vietnam's and Honduras's coffee years, Ukraine's grain, China's
soybean, iron ore and copper imports and soybeans by origin, Australia's wheat, India's rice
and sugar, Vietnam's seafood, Japan's LNG and crude, Uruguay's beef) mixing volumes and
values, seasons and named destinations. Pages of 2035-10-22 (October: every calendar month
had been used by an earlier set, October only once, in 2033; the month 2035-10 by none):
September 2035, August 2035, July 2035 (Austria), the third quarter, the second quarter
(Ghana, Rwanda), the first half (Mozambique), January-July, January-August and
January-September 2035, April-September fiscal halves (Japan, India), the U.S. marketing
year September 2034 - August 2035, the October-September 2034/35 cocoa, coffee and sugar
seasons, July-September of the 2035/36 grain season and coffee crop year, a USDA week
(12-18 October), the marketing year to date and Korea's first 20 days of October. About a
third of the texts carry the hard cases of ordinary copy: figures spread over sentences and
referred back to ("Revenue rose", "The shipments earned", "China took ... of it", "Its
exports of", "Of this", "Volumes were ... while revenue rose"), values whose change comes in
the next sentence (the value's record accepts the change or none, a change-only twin
optional), a figure stated bare and then with its change (one record plus an optional twin),
partner lists ("to Brazil and Argentina", "to China and Hong Kong", "followed by ... with ...
and ... with", markets without amounts), changes given only as percents, local currencies
with US-dollar equivalents (NOK, GH₵, N$, KSh, ¥, Rs crore: one record accepting either plus
an optional twin), two tariffs in force with a rate (and two without one: none), and
non-trade numbers inside positive texts (a company's revenue, mine output, a fish catch,
remittances, inflation, GDP, a current account, a population, a coverage ratio, shares,
outstanding sales, cocoa arrivals, purchases from farmers, an allowed export quota,
production and harvest forecasts, prices and price indices). Currencies EUR, NOK, USD, ZAR,
GHS, NAD, KES, MUR, INR, JPY, HKD, BND.
56 positive texts, paragraphs of 2-5 sentences (266 expected records, 31 optional: 16
comparison bases, 1 first estimate replaced by a revision, 6 restated-currency twins, 5
change-only twins, 2 twins of figures stated twice and 1 quantity change); 235 required
records (128 export, 8 of them without a value or volume, 41 import, 1 of them without a
value, 35 balance, 5 total, 1 intra-euro area trade accepted as total or export, 23 buyer or
supplier records accepted as export or import, and 2 tariffs in force).
9 near misses with trade words and numbers but no trade figure: Chile's economic activity
index with commerce, Philippine inflation with imported fuel, a soybean crop and export
forecast, a (fictional) salmon farmer's export sales, remittances, a wheat export cap, a
proposed EU tariff on Russian fertilisers, reserves with import cover and cocoa grindings.
Scored by ../slots.py; published date of the pages: 2035-10-22.
First run, held out (articled at a209682): 27 passed, 38 failed (42 %)"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import slots

if __name__ == "__main__":
    slots.main(HERE, "2035-10-22")
