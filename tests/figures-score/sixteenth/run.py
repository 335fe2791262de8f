#!/usr/bin/env python3
"""The sixteenth trade-figures set: tests/figures-score/sixteenth/run.py [BINARY] [-v]

Written blind by a sixteenth reviewer. Read: only the scorer (slots.py), the first set's
run.py, the earlier sets' wrappers and cases (for their format, the conventions in the ninth
to fifteenth sets' headers, and their texts only so as not to repeat them). Not read: any
parser, data, include or server file (of the Makefile and README, only the lines that name
the sets). The program was neither built nor run, and no scorer was run. The twelfth set
stressed sentence structure, the thirteenth number and time forms and registers, the
fourteenth reference and discourse, the fifteenth the language of statistical releases. This
one stresses TRADE FIGURES IN FIVE REGISTERS the earlier sets used little: wire-service
commodity copy (Reuters palm oil surveyors Intertek and AmSpec, Bloomberg tanker tracking
with a weekly value, Kpler, LSEG, Argus "loadings" and gasoline flows, Cecafe bags and
revenue, Swiss gold flows by destination, Port Hedland shipments, China's soybean "arrivals"
and copper "outflows", USDA inspections, a season to date); first-person statements,
speeches and posts of central bankers and ministers ("our merchandise exports", "we recorded
a trade surplus", "our export receipts", a Bank of Korea briefing with the goods and
services accounts next to primary income); regional and bilateral trade (Germany's and
Spain's intra-/extra-EU trade, the EU's intra-EU trade, Ontario and Quebec, Guangdong and
Shenzhen, HMRC's North East of England, Chihuahua, Mato Grosso, Tamil Nadu and a port's
exports in crore, Lombardy and Emilia-Romagna, Michigan's exports as "Canada bought",
two-way and bilateral trade, the same pair from both sides, a flow measured by the partner's
statistics); headline, "KEY POINTS" bullet, "BY THE NUMBERS", live-blog, Q&A and opinion
copy; and amounts in words ("one trillion yuan", "nearly half a billion dollars",
"three-quarters of a billion dollars", "close to one and a half billion dollars"), a range,
"some", "roughly", "more than", "milliard", "mln", "tn", crore and lakh crore, with "¥" as
yen and as yuan, S$, HK$, NT$, GH₵, ₱, Tk, Rs/PKR, ₹, RM, R, KSh, ₦, AED and SAR.
70 positive texts (36 single sentences, headlines or list lines and 34 paragraphs of 2-4
sentences or Q&A exchanges; 202 expected records, 21 of them optional, so 181 required). 36
near misses: one company's overseas sales and shipments, trade finance, letters of credit
opened for imports, two trade-weighted indexes, stock-exchange turnover (lakh crore, SAR),
the yen carry trade, used-car trade-in values, primary and secondary income, portfolio
flows, labour deployed abroad, cultural "exports", forecasts ("on track to top", "should
comfortably cross ... if", "seen growing"), a budget assumption, a deal's expected trade, a
hypothetical, a counterfactual with a number, a record high and a record surplus without a
figure, cocoa arrivals at a port, gold ETF outflows, a loading programme, customs seizures,
canal revenue, a rice price range, remittances, a central banker's conditional quote, a Q&A
forecast, an opinion's ratio, a macro "KEY POINTS" list and a first-person export target.
Scored by ../slots.py; published date of the pages: 2031-09-17. First run, held out (at
ab60b7e): 50 passed, 56 failed (47 %)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import slots

if __name__ == "__main__":
    slots.main(HERE, "2031-09-17")
