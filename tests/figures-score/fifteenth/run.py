#!/usr/bin/env python3
"""The fifteenth trade-figures set: tests/figures-score/fifteenth/run.py [BINARY] [-v]

Written blind by a fifteenth reviewer. Read: only the scorer (slots.py), the JSON contract,
the earlier sets' wrappers and cases (for their format, the conventions in the twelfth's,
thirteenth's and fourteenth's headers, and their texts only so as not to repeat them). Not
read: any parser, data, include, server, scripts, tests/cases or unit-check file. The
program was neither built nor run, and no scorer was run. The twelfth set stressed sentence
structure, the thirteenth number and time forms and registers, the fourteenth reference and
discourse. This one stresses THE LANGUAGE OF OFFICIAL STATISTICAL RELEASES AND MARKET
REPORTS, and trade figures sitting among other economic numbers: copy in the style of the
US BEA/Census release ("The U.S. monthly international trade deficit decreased in February
2030 according to ..."), Statistics Canada's The Daily ("went from a deficit of $1.1 billion
in January to a surplus of $0.4 billion in February", "$" read as CAD), INEGI's timely
indicator, Eurostat's first estimate ("the first estimate for euro area exports of goods to
the rest of the world", "compared with +€16.9 bn", intra-euro area trade, seasonally
adjusted changes), Destatis, French customs ("previously published"), ISTAT (non-EU trade,
the energy deficit), the ONS (three months to February, "excluding precious metals"),
Statistics Norway, the Norwegian Seafood Council, Statistics Iceland, Finnish Customs,
Slovak and Croatian offices, Swiss customs (nominal and real), Turkey's Trade Ministry and
central bank, Geostat, Azerbaijan's customs, GASTAT, Angola's oil revenue report, Israel's
CBS (annualized trend), Jordan's DoS, Bahrain's iGA, CAPMAS, Tunisia's INS, the Office des
Changes, SARS ("This was attributable to"), KNBS, the Banks of Tanzania, Uganda and Papua New
Guinea, ZamStats, ANSD, Nigeria's NBS, a China "TABLE-" line, MOTIE, Japan's MOF, BPS, PSA
("BoT-G"), DOSM, Vietnam's statistics office, Myanmar's commerce ministry, Nepal's customs,
EPB, Sri Lanka's EDB, PBS, India's commerce ministry, the ABS ("credits"/"debits",
"$5,412m", "$" as AUD), Stats NZ ("$" as NZD), Brazil's ministry under an "UPDATE 1-"
headline, INDEC (prices and quantities), Paraguay's BCP, Uruguay XXI, Ecuador's BCE,
PROCOMER, the Dominican DGA, DANE and Armenia's Statistical Committee, with a Reuters
"UPDATE 2-" story and a Baltic "FACTBOX-".
64 positive texts (18 single sentences or lines and 46 paragraphs of 2-4 sentences; 241
expected records, 40 of them optional, so 201 required). Themes: seasonally adjusted and
unadjusted values of one flow as two records (Mexico's surplus and adjusted -US$844 million,
Japan's unadjusted surplus and adjusted deficit, Germany's adjusted and unadjusted exports);
month-on-month and year-on-year changes of one value in one sentence (Malaysia, Bahrain) and
of two values (Japan); changes without values (Eurostat's adjusted series, ISTAT, Slovakia's
percentages-only flash) and values without changes (Croatia's amounts-only first release);
revisions ("revised", "revised from", "previously published"); balances as negative numbers
("-US$1.13 billion FOB", "compared with -US$0.98 billion"), "in its favour", "positive by",
"in surplus", "the negative balance"; volume/real changes, an inflation-adjusted deficit,
average daily exports and INDEC's quantities as optional records, an annualized rate (b DC),
"quarter-on-quarter"; local currencies beside dollars (C$ and "$" as CAD/AUD/NZD in release
copy, €, £, CHF, NOK, ISK, ¥, yuan, ₪, SAR, JD, BD, TND dinars, MAD dirhams, R, KSh, K as
kwacha and kina, CFA francs, ₦, AZN, RM, Rs as NPR/LKR/PKR, ₹ with Indian digit grouping,
Tk ... lakh crore, ₲, RD$) and "bn", "bln", "mn", "m", "trillion", "crore", "lakh";
volumes in tonnes and barrels per day (salmon, coal, cashew, crude); trade figures beside
current accounts, FDI, reserves, remittances, travel receipts, exchange rates, inflation,
prices per tonne, kilo and barrel, crude production, cocoa arrivals, coverage ratios, poll
forecasts and a company; a balance-of-payments-basis trade deficit and a goods trade deficit
next to a current account as records. 35 near misses: a consensus expectation, a central
bank forecast, a target, "would have been about 40% higher", "would have been about ISK 7
billion lower", "would have fallen" without a number, two seasonal-adjustment explanations
without figures, a methodology note with shares, a current account as a share of GDP, FDI,
remittances, reserves with import cover, GDP, inflation, an exchange rate in UYU, customs
revenue in ₱ and duties in ₫, port throughput in TEUs, tanker rates, copper production,
electricity consumption, crude inventories, a wheat price per tonne, a miner's sales, an IMF
projection, an "UPDATE 1-" poll headline, an export plan target, release dates, net trade's
contribution to GDP, an official expectation, a coverage ratio, export orders, portfolio
inflows and an analysts' expectation of an adjusted balance.
Scored by ../slots.py; published date of the pages: 2030-04-17.
First run held out on 2026-11-30 (at ab4915b): 51 passed, 48 failed."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import slots

if __name__ == "__main__":
    slots.main(HERE, "2030-04-17")
