#!/usr/bin/env python3
"""The ninth trade-figures set: tests/figures-score/ninth/run.py [BINARY] [-v]

Written blind by a ninth reviewer who read only the scorer (slots.py), the JSON contract,
the eighth set's wrapper and the conventions header of its cases (no parser, data, other
cases, page tests or program runs: the program was neither built nor run, and no scorer
was run), with entirely new texts in the style of trade-desk copy from wire services,
statistics offices, customs releases and regional business papers, mostly of economies
rarely covered (Kazakhstan, Uzbekistan, Kyrgyzstan, Georgia, Armenia, Morocco, Tunisia,
Senegal, Ghana, Cameroon, Tanzania, Zambia, Sri Lanka, Nepal, Myanmar, Cambodia, Laos,
Mongolia, Peru, Ecuador, Paraguay, Uruguay, Costa Rica, the Dominican Republic, Jamaica,
Serbia, Croatia, Slovakia, Lithuania, Estonia, Iceland, Oman, Qatar, Jordan, Fiji, Papua
New Guinea) and big economies written in unusual ways ("the world's second-largest
economy", "America's", "Europe's largest economy", "Asia's fourth-largest economy").
62 positive texts (22 single sentences and 40 paragraphs of 2-4 sentences) aimed at
figures spread across sentences: reporter, period and source given once; breakdowns by
partner and by goods in later sentences; "the former"/"the latter", "respectively", "of
that", "that was ...", "the southern neighbour", "these goods"; month-on-month against
year-on-year; year-to-date and cumulative "at the end of April" totals; quarters, the
March quarter, half-years, fiscal years (Nepal from mid-July, Myanmar and Jamaica
April-March), crop and marketing seasons and "the year to April"; local currencies and
scales (tenge, soums, lari, dirhams, dinars, CFA francs XOF/XAF, cedis, TSh, kwacha K,
rupees, tugriks, colones, rials, riyals, JD, kina, Fiji "$", ISK, CHF, yen, yuan, euros;
bn, mln, trillion, written numbers, "half a billion"); ranges and approximations;
absolute changes of values, volumes and balances; records; value and volume with
different changes; tariff rates with an old rate; "made up the balance" and a coverage
ratio that are no figures. 31 near misses (forecasts, targets and budget assumptions,
bans, quotas, tariff news without a rate, prices, price indices and freight rates,
shares, current accounts, production and capacity, one company's sales, port throughput,
FDI, remittances, export credit and orders, duty collections, stock and commodity-
exchange trading, retail trade, a trade fair, the "export" of culture).
First run held out on 2026-11-30 (at c5b5e54): 50 passed, 43 failed.
Scored by ../slots.py; published date of the pages: 2027-06-18."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import slots

if __name__ == "__main__":
    slots.main(HERE, "2027-06-18")
