#!/usr/bin/env python3
"""The twenty-fourth trade-figures set: tests/figures-score/twentyfourth/run.py [BINARY] [-v]

Written blind by a twenty-fourth reviewer. Read: only the JSON contract
(shared/docs/article-json.md), the scorer (slots.py), the first set's run.py, the earlier
sets' wrappers and cases (for their format, the conventions in the ninth to twenty-third
sets' headers, and their texts only so as not to repeat them). Not read: any parser, data,
include or server file, tests/cases, tests/check_*.c, the README, the Makefile or the git
history. The program was neither built nor run, and no scorer was run on its output (the
cases were only imported and each expected record matched against itself with slots.match
to check that slots.py accepts them). Like the twenty-first to twenty-third sets, this one
is meant as a fair estimate of accuracy on ORDINARY, MAINSTREAM TRADE NEWS, written as the
paragraphs wire services and newspapers actually run (Reuters, AP, AFP, Xinhua, Yonhap,
Kyodo, Focus Taiwan, PTI, BusinessLine, Business Recorder, The Daily Star, Antara, Bernama,
PNA, VnExpress, Bangkok Post, The Straits Times, Hürriyet Daily News, Globes, Arab News,
WAM, The Peninsula, Ahram Online, BusinessDay, Business Daily, Citi Newsroom, ANSA, The
Irish Times, Yle, swissinfo, Agerpres, The Canadian Press, El Economista, Valor, Buenos
Aires Times, Andina, Primicias, the AFR, RNZ, Kun.uz, Khmer Times, Daily FT): a monthly
customs or statistics-office lede, then the balance, the breakdown by goods ("X was the top
export at $Y, followed by Z at $W") and by partner, and a context sentence with non-trade
numbers (a poll, a forecast in a quote, a target, a share, a run of surpluses, a reason).
Economies the earlier sets used little (Finland, Romania, Italy, Ireland, Israel, Qatar,
Uzbekistan, Hong Kong, Singapore, Ghana, Kenya, Morocco, Egypt, Peru, Ecuador, Cambodia,
Sri Lanka, Ukraine) and the big ones (China, South Korea, Japan, Taiwan, India, Pakistan,
Bangladesh, Indonesia, Malaysia, the Philippines, Vietnam, Thailand, Turkey, Saudi Arabia,
the UAE, Nigeria, South Africa, Germany, the UK, the euro zone, France, Switzerland, the
US, Canada, Mexico, Brazil, Argentina, Australia, New Zealand). It covers monthly figures
(June 2034 and May 2034, with April and May bases), South Korea's first 10 days of July,
palm oil for July 1-15, the first quarter and the first half of 2034, January-May and
Morocco's "at the end of May", year-to-date, fiscal years (Pakistan's and Bangladesh's
FY34, India's April-June), the UK's three months to May, New Zealand's year ended May and
Ukraine's season to date; balances that narrow, widen, shrink and rise against the month
before or a year earlier, by a percent or by an amount ("up USD543 million from a year
earlier", "narrowed by £1.3 billion"), a deficit against a surplus the month before;
month-on-month changes; bilateral trade (Vietnam-China) and partner breakdowns (the rest of
the EU, other EU member states, the rest of the world, ASEAN); ranked buyers, destinations
and a supplier as subjects; parts ("accounted for", "including gold worth", knitwear and
woven garments); volumes against values (Vietnam's rice, Kenya's tea, Brazil's coffee) and
a volume "worth" a value (Pakistan's rice); restatements (baht, dollars); two cargo
surveyors; and five tariffs in force named as context (the US on Indian, Indonesian,
Vietnamese and Swiss goods and its baseline tariff). Currencies USD, CNY, JPY, HKD, MYR,
THB, SGD, SAR, AED, QAR, NGN, KES, ZAR, MAD, EUR, GBP, CHF, CAD, AUD, NZD.
55 positive texts: 2 single sentences (2 expected records) and 53 paragraphs of 2-5
sentences (287 expected records, 20 optional: 16 comparison bases, 3 restated-currency or
split-measure twins and 1 average daily value); 289 expected records in all, 269 required
(136 export, 50 import, 53 balance, 12 total, 13 buyer or supplier records accepted as
export or import, and 5 tariff).
20 near misses with trade words and numbers but no trade figure: remittances, foreign
exchange reserves with import cover, an exporters' federation's target and export loans,
customs revenue, inflation with fuel import costs, a PMI's new export orders, a current
account, one company's profit and revenue, port throughput, tourism earnings, FDI, GDP with
crude production, car production and domestic sales, a container freight index, a crude
price and OPEC output, a coffee crop forecast, canal revenue, an export expectations index,
a trade deal's estimated gains and a cocoa farmgate price.
Scored by ../slots.py; published date of the pages: 2034-07-16.
First run, held out (articled at 00f4d85): 48 passed, 27 failed (64 %)"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import slots

if __name__ == "__main__":
    slots.main(HERE, "2034-07-16")
