#!/usr/bin/env python3
"""The eleventh trade-figures set: tests/figures-score/eleventh/run.py [BINARY] [-v]

Written blind by an eleventh reviewer who read only the scorer (slots.py), the JSON
contract, the tenth set's wrapper and the tenth set's cases (for their format and the
conventions of their header), no parser, data, server, other cases or page tests: the
program was neither built nor run, and no scorer was run. Where the tenth set stressed
China, the US, the EU, Japan, Korea and India, this one is about the economies and outlets
the earlier sets touched little: Vietnam (GSO, customs, VASEP; VnExpress style), Indonesia
(BPS), Malaysia (MATRADE, a cargo surveyor; ringgit), Thailand (commerce ministry, rice
exporters, FTI; baht), the Philippines (PSA, a rice tariff), Taiwan (Ministry of Finance,
with export orders as a distractor), Singapore (NODX, electronics / non-electronics, oil
and non-oil trade; S$), Hong Kong (total exports, re-exports to the mainland, visible trade
deficit; HK$), Pakistan and Bangladesh (July-June fiscal years, "July-May", "FY27", EPB
garments), Sri Lanka (EDB, Tea Board), Turkey (TurkStat, a duty raised on Chinese cars),
Egypt (CAPMAS, gas from Israel), Nigeria (NBS; naira), South Africa (SARS, Naamsa, ITAC;
rand), Kenya (KNBS, horticulture; shillings), Chile (copper), Peru (BCRP, ComexPeru),
Argentina (INDEC, Rosario Board of Trade), Colombia (DANE, coffee in bags), New Zealand
(Stats NZ, dairy, "the year ended May 2028"; NZ$), Norway (SSB, Seafood Council; crowns),
Switzerland (watch federation, customs office, the 39% US tariff; francs), Ukraine (grain
season to date), Kazakhstan (turnover, CPC oil), China-DPRK (Chinese customs via NK News,
Yonhap/KOTRA, Daily NK, with North Korea named first), Russia-India oil (Kpler, fiscal
2027-28 turnover) and UK-EU trade after Brexit (ONS, the Food and Drink Federation).
64 positive texts (21 single sentences and 43 paragraphs of 2-4 sentences with quotes,
reasons and context sentences without figures; 149 expected records, 13 of them
optional). Phrasings: passive "were valued at", figures first ("Some $2.9 billion worth of
..."), "on the year", "on-year", "a 17.3% contraction", "slid", "plunged", "eased",
"declined marginally, by 0.3%", "nearly fourfold", "more than double", "halved", "more than
doubled", "the highest since", "the biggest monthly value on record", "by volume" and "in
value terms" with different changes, tonnes, barrels per day, units, 60-kg bags, kilograms,
cubic feet per day, "outbound" and "inbound shipments", a country's "overseas sales",
"fetched", "earned", "trade gap narrowed", "swung to a surplus", "bilateral trade
reached", "two-way trade", sources first ("Data from X showed", "According to X,") and
last, months without a year, quarters, halves, fiscal years, "the first five months",
"in the year to date", absolute and percent changes together, tariffs ("slapped a 25%
levy", "raised ... to 50% from 40%", "restore ... to 35% from 15%", anti-dumping duties, a
tariff named as context). 32 near misses (export orders, a NODX forecast, export targets,
a trade target, company overseas sales, stock-exchange and SGX turnover, palm oil stocks,
an export ban, remittances, reserves, trade talks and tariff lines, a current account,
grain reserves, oil and crop output, crushing, customs duty receipts, tea and dairy
auction prices, a fish price index, a reference coal price, crude discounts, a harvest
forecast with an exportable surplus, mining investment, FDI, a trade mission's potential
sales, a deal's projected effect).
Scored by ../slots.py; published date of the pages: 2028-06-16.
First run, held out: 72 passed, 24 failed (75 %)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import slots

if __name__ == "__main__":
    slots.main(HERE, "2028-06-16")
