#!/usr/bin/env python3
"""The twenty-first trade-figures set: tests/figures-score/twentyfirst/run.py [BINARY] [-v]

Written blind by a twenty-first reviewer. Read: only the JSON contract
(shared/docs/article-json.md), the scorer (slots.py), the first set's run.py, the earlier
sets' wrappers and cases (for their format, the conventions in the ninth to twentieth
sets' headers, and their texts only so as not to repeat them). Not read: any parser, data,
include or server file, tests/cases, tests/check_*.c, the README, the Makefile or the git
history. The program was neither built nor run, and no scorer was run on its output (the
cases were only imported and each expected record matched against itself with slots.match
to check that slots.py accepts them). The twelfth to twentieth sets stressed ever more
exotic forms (sentence structure, number and time forms, discourse, release language,
registers, agency English, analytical journalism, live and broadcast formats,
question-and-answer and argument forms). This one is the opposite: it is meant as a fair
estimate of accuracy on ORDINARY, MAINSTREAM TRADE NEWS, the kind most often published:
wire and newspaper reports on monthly, quarterly, year-to-date and rolling customs and
statistics-office data (China, Japan, South Korea, Taiwan, Germany, the US, the UK, the
euro zone, India, Pakistan, Brazil, Argentina, Mexico, Canada, Chile, Colombia, Vietnam,
Indonesia, Malaysia, Thailand, the Philippines, Turkey, Saudi Arabia, South Africa,
Nigeria, Kenya, Uganda, Ghana, Australia), bilateral trade (China-North Korea,
China-Russia, US-China, Germany, Canada and Mexico with the US, UK-EU, Vietnam-US/China,
Taiwan-US), commodity trade (soybeans, iron ore, crude oil with a barrels-a-day
restatement, LNG, copper, coffee in bags and dollars, cocoa, tea, rice, palm oil, cars,
vehicles counted in units, non-oil exports), trade balances (surpluses and deficits that
widen, narrow, swing, "the smallest since 2009", from a revised base, "widened $3.2
billion, or 4.9%"), and business-press paragraphs that put trade figures beside polls,
expectations, prices, exchange rates, production, shares and a tariff named as the reason
for a fall. The phrasing is the plain, common phrasing of Reuters/Bloomberg/AP-style and
national-newspaper copy: "rose X% year-on-year to", "from a year earlier", "compared with
the previous month", "from August", "quarter-on-quarter", "up from ... in July", "down
from ... a year earlier", "were up X% at", "totalled", "came in at", "earned ... from ...
exports", "accounting for ... of the total", "were little changed at", "a record",
"preliminary figures", "customs data showed", "according to", "said on Thursday";
reporter, period and source are inherited across the 2-4 sentences of a paragraph.
Currencies USD, EUR, GBP, JPY, AUD, CAD, KES, ZAR, NGN and SAR.
52 positive texts: 27 single sentences (34 expected records, 5 of them optional comparison
bases) and 25 short paragraphs of 2-4 sentences (95 expected records, 7 optional: 6 bases
and one restated-volume twin); 129 expected records in all, 12 optional, so 117 required
(62 export, 28 import, 24 balance, 2 total and 1 tariff record). 20 near misses with trade
words and numbers but no trade figure: GDP with exports named without a figure, a Reuters
poll forecast, one company's quarterly results, an exchange rate and portfolio flows, a
current account, an export target, futures and export prices, industrial orders from
abroad, a WTO forecast, port throughput, FDI, remittances, steel output and a crop
forecast, import prices and inflation, customs revenue, tariff cuts without a rate and a
"could reach" target, central bank reserves, trade finance, exporters' shares and an index,
and a growth forecast with the shilling.
Scored by ../slots.py; published date of the pages: 2033-10-16.
First run, held out (articled at 73a4c61): 64 passed, 8 failed (89 %)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import slots

if __name__ == "__main__":
    slots.main(HERE, "2033-10-16")
