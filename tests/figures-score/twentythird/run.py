#!/usr/bin/env python3
"""The twenty-third trade-figures set: tests/figures-score/twentythird/run.py [BINARY] [-v]

Written blind by a twenty-third reviewer. Read: only the JSON contract
(shared/docs/article-json.md), the scorer (slots.py), the first set's run.py, the earlier
sets' wrappers and cases (for their format, the conventions in the ninth to twenty-second
sets' headers, and their texts only so as not to repeat them). Not read: any parser, data,
include or server file, tests/cases, tests/check_*.c, the README, the Makefile or the git
history. The program was neither built nor run, and no scorer was run on its output (the
cases were only imported and each expected record matched against itself with slots.match
to check that slots.py accepts them). Like the twenty-first and twenty-second sets, this one
is meant as a fair estimate of accuracy on ORDINARY, MAINSTREAM TRADE NEWS, written as the
paragraphs wire services and newspapers actually run (Reuters, AP, AFP, Bloomberg, Nikkei,
Xinhua, Yonhap, PTI, Business Recorder, BusinessLine, Business Day, Valor, Financial Post):
a monthly customs or statistics-office lede, then the balance, the breakdown by goods and by
partner, and a context sentence with non-trade numbers (a poll, analysts' expectations, a
ministry's or minister's forecast, a growth target, remittances, garment orders, a share, a
run of surpluses, a crude price, the forint). Economies the earlier sets used little
(Austria, Portugal, Bulgaria, Denmark, the Netherlands, Spain, Sweden, France, Hungary,
Bahrain, Tunisia, Algeria, Namibia, Zimbabwe, Angola, Côte d'Ivoire, Senegal, Bolivia, Costa
Rica, Uruguay, Azerbaijan, Georgia) and the big ones (China, South Korea, Japan, Taiwan,
India, Indonesia, Vietnam, the Philippines, Thailand, Malaysia, Bangladesh, Pakistan, Saudi
Arabia, Turkey, Nigeria, South Africa, Germany, the UK, the euro zone, Switzerland, the US,
Canada, Mexico, Brazil, Argentina, Chile, Colombia, Australia, New Zealand). It covers
monthly figures (February 2034 and January 2034), January-February, Korea's first 10 days
of March, the fourth quarter and the year 2033, fiscal years to date (Bangladesh's and
Pakistan's July-February of FY34, India's April-February) and New Zealand's year ended
January; balances that narrow, widen, shrink and rise against the month before or a year
earlier, by a percent or by an amount; month-on-month changes; goods and partner breakdowns
with amounts and with changes only; parts ("accounted for", "of which"); buyers and a
supplier as subjects; turnover with partners; intra-euro zone and extra-EU trade; volumes
against values (Angola's crude, Vietnam's coffee, Thailand's rice, Brazil's record soybean
shipments); restatements in yuan, in dollars and in barrels per day; preliminary and
first-estimate figures; and three tariffs in force named as context (the US on Japanese cars,
on most Indian goods and on most EU goods). Currencies USD, CNY, JPY, MYR, SAR, BHD, TND, NGN,
NAD (N$), ZAR, XOF, EUR, GBP, SEK, CHF, DKK, CAD, AUD, NZD.
56 positive texts: 2 single sentences (2 expected records) and 54 paragraphs of 2-4
sentences (243 expected records, 18 optional: 15 comparison bases and 3 restated-currency or
restated-unit twins); 245 expected records in all, 227 required (123 export, 47 import, 42
balance, 7 total, 5 buyer or supplier records accepted as export or import, and 3 tariff).
20 near misses with trade words and numbers but no trade figure: a PMI's new export orders,
a current account with a goods deficit named without a figure, foreign exchange reserves,
remittances, inflation with import prices, one company's revenue and iron ore sales, FDI,
industrial orders from abroad, port throughput, tourism revenue, an export target, GDP with
the contribution of net exports, a coal price, a WTO forecast, customs and excise duties
collected, a freight index, an exchange rate with reserves and oil export proceeds, cocoa
arrivals at ports, export credit support and letters of credit opened for imports.
Scored by ../slots.py; published date of the pages: 2034-03-15.
First run, held out (articled at 3912679): 60 passed, 16 failed (79 %)"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import slots

if __name__ == "__main__":
    slots.main(HERE, "2034-03-15")
