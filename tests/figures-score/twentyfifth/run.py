#!/usr/bin/env python3
"""The twenty-fifth trade-figures set: tests/figures-score/twentyfifth/run.py [BINARY] [-v]

Written blind by a twenty-fifth reviewer. Read: only the JSON contract
(shared/docs/article-json.md), the scorer (slots.py), the first set's run.py, the earlier
sets' wrappers and cases (for their format, the conventions in the ninth to twenty-fourth
sets' headers, and their texts only so as not to repeat them). Not read: any parser, data,
include or server file, tests/cases, tests/check_*.c, the README, the Makefile or the git
history. The program was neither built nor run, and no scorer was run on its output (the
cases were only imported and each expected record matched against itself with slots.match
to check that slots.py accepts them). Like the twenty-first to twenty-fourth sets, this one
is meant as a fair estimate of accuracy on ORDINARY, MAINSTREAM TRADE NEWS, written as the
paragraphs wire services and newspapers actually run (Reuters, AP, AFP, Xinhua, Yonhap,
Kyodo, Focus Taiwan, PTI, BusinessLine, Business Recorder, The Daily Star, Antara, Bernama,
PNA, VnExpress, Bangkok Post, The Straits Times, Khmer Times, Hürriyet Daily News, Arab
News, WAM, Times of Oman, Globes, Ahram Online, BusinessDay, Business Daily, Morocco World
News, Citi Newsroom, NL Times, swissinfo, The Canadian Press, El Economista, Valor, Buenos
Aires Times, the AFR, RNZ, Petra, RTHK), but in the season of YEAR-END RESULTS (pages of
2035-02-12): full-year 2034 totals, records ("a record $3.79 trillion", "hit a record", "a
record annual trade surplus", "the largest since 2017", "the smallest in more than two
decades"), annual balances against 2033 (narrowing, widening, "down from ... in 2033",
"compared with ... in 2033", a surplus against a deficit in 2033, "widened by £4.8 billion")
next to December 2034 or January 2035 monthly data (month-on-month and year-on-year),
November 2034 (Saudi Arabia, the euro zone), January-November 2034 (Oman, Spain, Jordan, the
euro zone), Morocco's "at the end of December 2034", India's April-December and Pakistan's
and Bangladesh's July-January of FY35; bilateral trade and balances with the US and China
(China-US, the US deficits with China and Mexico, Canada's surplus with the US); goods and
partner breakdowns (parts, "followed by ... at", ranked buyers, a supplier as subject);
volumes against values (China's crude, soybeans and iron ore, Vietnam's coffee, Kenya's
tea, Malaysia's palm oil, Thailand's rice); restatements (baht, naira); and six tariffs in
force named as context or reason (the US on Chinese, Indian, Indonesian, Cambodian, Swiss
and Canadian goods). Economies the earlier sets used little (Oman, Jordan, the
Netherlands, Norway, Spain, Uruguay, Chile, Cambodia, Hong Kong) and the big ones (China,
South Korea, Japan, Taiwan, India, Pakistan, Bangladesh, Indonesia, Malaysia, the
Philippines, Vietnam, Thailand, Singapore, Türkiye, Saudi Arabia, the UAE, Israel, Egypt,
Nigeria, South Africa, Kenya, Morocco, Ghana, Germany, the UK, the euro zone, France,
Switzerland, the US, Canada, Mexico, Brazil, Argentina, Australia, New Zealand).
Currencies USD, CNY, JPY, HKD, MYR, THB, SGD, SAR, AED, OMR, JOD, NGN, KES, ZAR, MAD, EUR,
GBP, CHF, NOK, CAD, AUD, NZD.
52 positive texts: 2 single sentences (2 expected records) and 50 paragraphs of 2-4
sentences (234 expected records, 16 optional: 14 comparison bases and 2 restated-currency
twins); 236 expected records in all, 220 required (105 export, 47 import, 48 balance, 4
total, 10 buyer or supplier records accepted as export or import, and 6 tariff).
20 near misses with trade words and numbers but no trade figure: remittances, foreign
exchange reserves with import cover, an export target, revenue collection with customs,
inflation with imported energy, a PMI's new export orders, a current account, one
company's overseas sales, port cargo, tourism receipts, FDI, GDP, industrial output, a dry
bulk freight index, a crude price with inventories, a soybean crop forecast, canal transits
and tolls, an exchange rate with importers' demand, a trade deal's estimated gains and a
world trade forecast.
Scored by ../slots.py; published date of the pages: 2035-02-12.
First run, held out (articled at 38a6e7f): 56 passed, 16 failed (78 %)"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import slots

if __name__ == "__main__":
    slots.main(HERE, "2035-02-12")
