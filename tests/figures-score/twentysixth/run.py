#!/usr/bin/env python3
"""The twenty-sixth trade-figures set: tests/figures-score/twentysixth/run.py [BINARY] [-v]

Written blind by a twenty-sixth reviewer. Read: only the JSON contract
(shared/docs/article-json.md), the scorer (slots.py), the twenty-fifth set's wrapper and
cases (for their format, conventions and texts) and the twenty-fourth set's header. Not read:
any parser, data, include or server file, tests/cases, tests/check_*.c, the README, the
Makefile or the git history. The program was neither built nor run, and no scorer was run
on its output (the cases were only imported and each expected record matched against itself
with slots.diff, and every expected amount was found written in its text). Like the
twenty-first to twenty-fifth sets, this one is meant as a fair estimate of accuracy on
ORDINARY, MAINSTREAM TRADE NEWS, written as the paragraphs wire services and newspapers
actually run, but from outlets and economies the earlier sets used little or not at all
(Montsame, Kazinform, Kun.uz, Report.az, EconomyNext, Daily FT, Khmer Times, VnExpress, PTI,
Business Recorder, The Daily Star, Globes, The Peninsula, Times of Oman, BNA, Ahram Online,
TAP, Daily Sabah, Business Daily, Daily Nation, Addis Standard, Citi Newsroom, The Citizen,
Daily Monitor, APS, Mmegi, Andina, Portafolio, Primicias, Buenos Aires Times, ABC Color, La
Nación, Prensa Libre, El Economista, NRK, Notes from Poland, CTK, Agerpres, Portfolio, The
Irish Times, Lusa, SeeNews, Kyodo, Xinhua, Antara, Vientiane Times, Reuters), in the season
of FIRST-QUARTER RESULTS and fiscal-year ends (pages of 2035-05-16, a month no earlier set
used): April 2035 (China's gas, India, Pakistan, Bangladesh, Sri Lanka, Indonesia, Israel,
Norway's seafood, Uganda's and Colombia's coffee), March 2035 (Qatar, Kenya, Peru, Colombia,
Argentina, Poland, Czechia, Romania, Hungary, Ireland, Sweden, Denmark, Japan), the first
quarter of 2035 and "the three months to March" (Kazakhstan, Sri Lanka's tea, Cambodia,
Oman, Bahrain, Kenya's flowers, Ghana, Zambia, Senegal, Ecuador, Argentina, Costa Rica,
Guatemala, Romania, Ireland, Portugal, Serbia, Laos, Georgia, Botswana), January-April 2035
(Mongolia, Uzbekistan, Azerbaijan, Tunisia, Vietnam's cashew, Türkiye's hazelnuts, Egypt's
LNG, Ivory Coast's cashew, Paraguay's soybeans, Mexico's avocados, Cambodia's rice, China's
trade with Africa), fiscal periods with their months named (India's whole 2034-35, Japan's
fiscal 2034 and its October-March second half, Tanzania's year ending March 2035, Egypt's
July-December first half of FY2034/35, Pakistan's and Bangladesh's July-April, Ethiopia's
July-March, Ivory Coast's October-March cocoa half-season); month-on-month and year-on-year
changes in one paragraph (Pakistan, Indonesia: the change given without a value is a second
record with v null); deficits and surpluses that narrow, widen, shrink or rise against a
year earlier, the previous month or by an amount (Portugal), a deficit against a surplus a
year earlier (Poland); local currencies with US-dollar equivalents (tenge, rupees, birr, CFA
francs, kwacha: one record accepting either plus an optional twin); volumes and values with
different changes (cashew, tea, salmon, hazelnuts, coffee, copper: two records); shares that
are no records; one tariff in force (the US on Sri Lankan goods). Currencies USD, KZT, LKR,
CNY, JPY, QAR, OMR, BHD, TND, KES, ETB, XOF, ZMW, NOK, PLN, CZK, SEK, DKK, EUR, BWP.
56 positive texts: 3 single sentences (3 expected records) and 53 paragraphs of 2-4
sentences (213 expected records, 16 optional: 11 comparison bases and 5 restated-currency
twins); 216 expected records in all, 200 required (119 export, 2 of them without a value, 40
import, 1 of them without a value, 30 balance, 4 total, 6 buyer or supplier records accepted
as export or import, and 1 tariff).
14 near misses with trade words and numbers but no trade figure: remittances, a current
account with vehicle imports, FDI, a cocoa export forecast for a season, a copper price, a
salmon price index, tea auction prices and volumes offered, a coffee production and export
forecast, foreign exchange reserves with import cover, copper mining output, a budget
deficit with customs duties and VAT on imports, GDP with oil output shipped abroad, a
long-term LNG supply deal and a world cocoa surplus forecast.
Scored by ../slots.py; published date of the pages: 2035-05-16.
First run, held out (articled at d1d4a2f): 56 passed, 14 failed (80 %)"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import slots

if __name__ == "__main__":
    slots.main(HERE, "2035-05-16")
