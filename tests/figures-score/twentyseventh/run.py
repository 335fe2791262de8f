#!/usr/bin/env python3
"""The twenty-seventh trade-figures set: tests/figures-score/twentyseventh/run.py [BINARY] [-v]

Written blind by a twenty-seventh reviewer. Read: only the JSON contract
(shared/docs/article-json.md), the scorer (slots.py), the twenty-sixth set's wrapper and
cases (for their format, conventions and texts) and the twenty-fifth set's header. Not read:
any parser, data, include or server file, tests/cases, tests/check_*.c, the README, the
Makefile or the git history. The program was neither built nor run, and no scorer was run
on its output (the cases were only imported and each expected record matched against itself
with slots.diff, and every expected amount was found written in its text). Like the
twenty-first to twenty-sixth sets, this one is meant as a fair estimate of accuracy on
ORDINARY, MAINSTREAM TRADE NEWS, here as the papers and wires of the UK, the US, Canada,
Australia, India, Southeast Asia and the Gulf write it (The Guardian, BBC, Financial Times,
The Times, The Herald, AP, Reuters, Bloomberg, The Wall Street Journal, The Canadian Press,
The Globe and Mail, Western Producer, the AFR, ABC, The Sydney Morning Herald, The
Australian, Beef Central, PTI, The Economic Times, Business Standard, The Hindu
BusinessLine, Financial Express, The Straits Times, Business Times, Bernama, The Star, The
Jakarta Post, Antara, Kompas, Bangkok Post, The Nation, PNA, BusinessWorld, VnExpress,
Vietnam News, Tuoi Tre, Arab News, Argaam, WAM, The Peninsula, Gulf Times, Times of Oman,
BNA), in the AUGUST RELEASE SEASON (pages of 2035-08-20, a month no earlier set used): July
2035 (India, Singapore, Malaysia, Indonesia, Thailand, Vietnam, US LNG, palm oil, Thai rice
and cars, Indian crude imports), June 2035 (Britain, the US, Canada, Australia, the
Philippines, Saudi Arabia, Qatar) with revised May figures, the second quarter of 2035 as
"the three months to June", "the June quarter" and "the second quarter" (Britain,
Australia, Singapore, Saudi Arabia, Bahrain), the first half of 2035 (the US, Canada,
Britain's whisky, the Philippines, the UAE, Oman), January-July 2035 (Vietnam, Malaysia,
Australian beef, Thai cars), India's April-July of fiscal 2035-36 and twelve months to June
(Britain-India, Australia's 2034-35 financial year and its wine). The texts are paragraphs of
3-5 sentences with the figures spread over them and referred back to by pronouns ("It",
"They", "The figure", "The shortfall", "the kingdom", "its northern neighbour"); partners
named by capitals and demonyms ("shipments to Beijing", "trade with New Delhi", "deficit
with Abu Dhabi", "Qatari shipments to Tokyo", "Russian crude"), tariffs in force as
"Washington's"/"Beijing's" (TAR) and tariffs without a rate (none); lists with and without
amounts ("led by X, Y and Z"); local currencies with US-dollar equivalents (C$, A$, Rs lakh
crore, RM, baht, SR, Dh: one record accepting either plus an optional twin); goods before
and after their verb ("Malaysia exported 1.38 million tonnes of palm oil products",
"Vietnam sold 5.64 million tonnes of rice abroad, worth"); revisions (a revised figure in
its own sentence a required record with its change DC, the figure it replaces optional);
the previous month and a year earlier in one sentence (India's deficit, Britain's exports,
Thai rice, Singapore's NODX). Currencies GBP, USD, CAD, AUD, INR, SGD, MYR, THB, SAR, AED,
QAR, OMR, BHD.
48 positive texts of 3-5 sentences (216 expected records, 25 optional: 11 comparison bases,
9 restated-currency twins and 5 first estimates replaced by revisions); 191 required records
(104 export, 10 of them without a value, 27 import, 1 of them without a value, 28 balance,
1 of them without a value, 5 total, 19 buyer or supplier records accepted as export or
import, and 8 tariffs in force).
12 near misses with trade words and numbers but no trade figure: a poll forecast, an export
target, share prices with steel output, one company's export sales, container freight
rates, proposed anti-dumping duties, a steel tariff under consultation, a trade deal's
target, port throughput, a current account, a crude oil official selling price and an
exchange rate with importers' dollar demand.
Scored by ../slots.py; published date of the pages: 2035-08-20.
First run, held out (articled at 1953caf): 29 passed, 31 failed (48 %)"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import slots

if __name__ == "__main__":
    slots.main(HERE, "2035-08-20")
