#!/usr/bin/env python3
"""The twenty-second trade-figures set: tests/figures-score/twentysecond/run.py [BINARY] [-v]

Written blind by a twenty-second reviewer. Read: only the JSON contract
(shared/docs/article-json.md), the scorer (slots.py), the first set's run.py, the earlier
sets' wrappers and cases (for their format, the conventions in the ninth to twenty-first
sets' headers, and their texts only so as not to repeat them). Not read: any parser, data,
include or server file, tests/cases, tests/check_*.c, the README, the Makefile or the git
history. The program was neither built nor run, and no scorer was run on its output (the
cases were only imported and each expected record matched against itself with slots.match
to check that slots.py accepts them). Like the twenty-first set, this one is meant as a
fair estimate of accuracy on ORDINARY, MAINSTREAM TRADE NEWS, but written as WHOLE-ARTICLE
PARAGRAPH SEQUENCES the way real stories run: most texts are paragraphs of 2-5 sentences
as they appear in the middle of a trade story (the lede figure, then the breakdown by goods,
then by partner, then a quote or a context sentence with non-trade numbers: an auction
price, a poll, a target, a share, a coverage rate, a reason), from the English-language
business press of regions little used before (Bangladesh, Sri Lanka, Pakistan, Egypt,
Morocco, Israel, Jordan, the UAE, Oman, Qatar, Ethiopia, Tanzania, Zambia, Ghana, Peru,
Ecuador, Paraguay, Chile, Kazakhstan, Mongolia, Cambodia, Myanmar, New Zealand, Ireland,
Poland, Czechia, Greece) and the usual big economies (China, Japan, India, the US, Germany,
the UK, the euro zone, Australia, Brazil, Indonesia, Malaysia, Vietnam). It covers monthly,
quarterly, year-to-date, cumulative ("at the end of September"), rolling ("the year ended
October", "the year to September") and fiscal-year periods (Pakistan's and Bangladesh's
July-October of FY34, India's April-October and April-September, Myanmar's April-March
half-year, Ethiopia's first quarter); bilateral trade (India-UAE), turnover with partners
(Kazakhstan, the UAE's non-oil trade), border trade (Myanmar-China); commodity exports and
imports (garments, knitwear and woven garments, jute, tea in kilograms, rice and basmati,
textiles, gold, copper and copper concentrate, coal, crude oil by volume and revenue, LNG,
potash, phosphates, dates, shrimp with a record volume, bananas, flowers, blueberries,
fishmeal, cashew, coffee, oilseeds, cocoa, beef, soybeans, dairy, meat, pharmaceuticals,
polished diamonds, palm oil, electronics, phones, cars); trade balances that widen, narrow,
rise and fall against the month before or a year earlier; month-on-month changes; value and
volume with different changes; restatements in shekels, soles and euros; buyers as subjects;
and a tariff in force named as context. Currencies USD, BDT (Tk, crore), LKR, EGP (near miss
only), MAD, ILS, AED, OMR, QAR, ZMW (K), PEN (S/.), NZD, EUR, PLN (zlotys), CZK (crowns),
MYR, JPY, GBP, AUD.
55 positive texts: 8 single sentences (8 expected records) and 47 paragraphs of 2-5
sentences (222 expected records, 17 optional: 11 comparison bases, 5 restated-currency or
split-measure twins and 1 previous month's growth); 230 expected records in all, 213
required (135 export, 33 import, 31 balance, 8 total, 5 buyer records accepted as export or
import, and 1 tariff). 22 near misses with trade words and numbers but no trade figure:
remittances, reserves and tourism earnings, a budget deficit and customs duties, inflation,
an interest rate with the pound and reserves, one company's revenue, an IMF forecast of
export earnings, a cocoa farmgate price, copper output and a target, mining investment, a
coal export price and the tugrik, a milk price forecast and an auction index, corporation
tax, a PMI's export orders, car production with an export share, travel receipts and a
current account, GDP and the shekel, port throughput, an LNG supply deal and capacity,
investment approvals, a crop forecast with a "could be exported" amount, and foreign
exchange reserves with one carmaker's overseas sales.
Scored by ../slots.py; published date of the pages: 2033-11-20.
First run, held out (articled at 28553b6): 60 passed, 17 failed (78 %)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import slots

if __name__ == "__main__":
    slots.main(HERE, "2033-11-20")
