#!/usr/bin/env python3
"""The thirteenth trade-figures set: tests/figures-score/thirteenth/run.py [BINARY] [-v]

Written blind by a thirteenth reviewer who read only the scorer (slots.py), the JSON
contract, the twelfth set's wrapper and cases (for their format and the conventions of
their header, and its texts only so as not to repeat them) and the docstrings of the
earlier sets' wrappers, no parser, data, include, server, other cases, unit checks or page
tests: the program was neither built nor run, and no scorer was run. Where the twelfth set
stressed sentence structure, this one stresses NUMBER AND TIME FORMS and the REGISTERS real
copy uses, over a broad mix of economies, several of them little used before (Bangladesh,
Sri Lanka, Kenya, Nigeria, Egypt, Saudi Arabia, the UAE, Turkey, Poland, Mexico, Chile,
Peru, Argentina, the Philippines, Pakistan, New Zealand, Canada) next to Japan, Korea,
China, Taiwan, India, the US, the euro zone and the EU, Germany, the UK, Australia,
Brazil, Vietnam, Indonesia, Malaysia, Thailand, Singapore, Russia and Ukraine.
68 positive texts (33 single sentences and 35 paragraphs of 2-4 sentences; 188 expected
records, 30 of them optional). Number forms: "$1.82tn", "$550bn", "$850mn", "US$3.12
bln", "USD 15.8 bn", "1.62 trln yen", "¥2.1 trillion", "Rs 3.24 lakh crore", "Rs 52,480
crore", "€14.3bn", "£1.1bn", "SAR 89.4 billion", "AED 1.74 trillion", "KSh 78.4 billion",
"N38.6 trillion", "136.7 billion zlotys", "NZ$", "C$", "A$", "S$", "half a billion
dollars", "nearly US$2 billion", "fell by nearly C$2 billion", "more than 2.9 million
tonnes", "1,250,000 tonnes", "45,000 tonnes", "1,482 thousand tonnes", "212 kt", "61.2
MMT", "19.8 mt" (Indian million tonnes), "bpd", "barrels a day", changes in barrels per
day, bottles and vehicles; "9%", "9 per cent", "9 percent", "9pc", "41 pct", "nine per
cent", "(+6.4%)", "(−9.8%)" with a Unicode minus, "-3.4% m/m, +7.1% y/y"; fractions as
changes ("fell by a fifth", "plunged by a third", "rose by a fifth") against fractions as
shares ("about four-fifths of the total", "two-thirds", "more than half"); "nearly
doubled", "nearly tripled", "halved"; percentage points (a share, a surtax raised "by 10
percentage points to 35%") and basis points that are no changes of value. Time forms: H1,
"the first half", "the January-June period", "in the six months", "the April-June
quarter", "Q1 2029", "Q4 2028", "the July-September quarter of last year", "the first five
months", "in June alone", "in May alone", "in the same period", "the three months to May",
"the 11 months to May" of Australia's 2028-29 financial year, "the same period of
2027-28", "the year through June", "the 12 months to June", "the past 12 months", "the
year ended May 2029", "year-to-date", "so far this year", "calendar 2028", "the 2028
calendar year", Japan's "fiscal 2028, which ended in March", India's "last fiscal" and
"April-June, the first quarter of 2029-30", Pakistan's and Bangladesh's FY29, Egypt's
fiscal 2028/29, the US federal fiscal year ("fiscal 2028, which ended Sept. 30", "the
first eight months of fiscal 2029, October through May"), "July 1-10", "July 1-15" against
"June 1-15", "last week" against "the week before", "the week to July 13", "the four weeks
to July 15" and a season to date "as of July 16". Registers: a ministry press release in
bullet-like sentences, a government statement in one-line sentences, first-person quotes
of ministers, a cabinet secretary and a promotion council's chief ("our exports", "we
shipped", a split quote), numbers tables turned to text ("Exports: US$49.8bn (+21.3%
y/y)."), trade-desk bulletins and headline lines with forecasts, a correction of a wrong
percent, chained comparisons ("up from 1.8% in May and 0.7% in April", "accelerating from
... and reversing ...", a chain of four quarters), revised bases and swings from deficit to
surplus. 35 near misses (an oil price, crude output, GDP, stock-exchange and
foreign-exchange turnover, an exchange rate, a carmaker's and a dairy's sales, a budget
deficit, shares and inflation in percentage points, a rate cut in basis points, a Q3
forecast, an export target and a target in a first-person quote, remittances, FDI,
reserves in "the week to July 12", a current account, PMI export orders, industrial
output, a crop forecast in MMT, freight rates "last week", port throughput, trade-expo
deals, retail sales, a headline poll, a correction of GDP, a macro table, government oil
revenue, export finance, a tariff-rate quota, USDA fiscal-year forecasts, domestic EV sales
that "nearly tripled", an average export price).
Scored by ../slots.py; published date of the pages: 2029-07-18.
First run held out on 2026-11-30 (at 2578abc): 64 passed, 39 failed."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import slots

if __name__ == "__main__":
    slots.main(HERE, "2029-07-18")
