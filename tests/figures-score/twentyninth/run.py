#!/usr/bin/env python3
"""The twenty-ninth trade-figures set: tests/figures-score/twentyninth/run.py [BINARY] [-v]

Written blind by a twenty-ninth reviewer. Read: only the JSON contract
(shared/docs/article-json.md), the scorer (slots.py), the twenty-eighth set's wrapper and
cases (in full, for their format, conventions, helpers and texts), the twenty-seventh set's
wrapper and part of its cases (its header, its helpers and names, its British, US,
Canadian, Indian and Vietnamese texts and its near misses), the header docstrings (first 60
lines) of the other sets' run.py and of the twenty-first, twenty-second, twenty-fourth and
twenty-fifth sets' cases.py, the first 40 lines of the first set's run.py and the
published-date lines of every set's run.py (for the dates, economies, outlets and phrasings
already used). Not read: any parser, data, include or server file, tests/cases,
tests/check_*.c, tests/pages-score, the README, the Makefile, docker, fuzz or the git
history. The program was neither built nor run, and no scorer was run on its output (the
cases were only imported and each expected record matched against itself with slots.diff
and slots.match, every expected amount, percent and tariff rate was found written in its
text, and every balance checked against its exports and imports). Like the twenty-first to
twenty-eighth sets, this one is meant as a fair estimate of accuracy on ORDINARY, MAINSTREAM
TRADE NEWS, here the TRADE NEWS OF THE TARIFF ERA as US, Canadian, Mexican, European,
Chinese and Indian business desks write it (AP, Reuters, Bloomberg, CNBC, The Wall Street
Journal, Politico, The Canadian Press, The Globe and Mail, Financial Post, Western Producer,
El Financiero, Mexico News Daily, El Economista, Bloomberg Línea, Euronews, Handelsblatt,
SWI swissinfo, the BBC, the South China Morning Post, Caixin, The Economic Times, Business
Standard, Mint, PTI, The Hindu BusinessLine, with Yonhap and Kyodo): the US monthly trade
release in its rewrites (the goods and services deficit widening from a revised November,
exports and imports, goods against services, the Census-basis petroleum surplus and
non-petroleum deficit, end-use categories with changes by an amount, the revised November
deficit, bilateral deficits in a list) and the annual totals for 2035 (Mexico the largest
source of US imports ahead of Canada and China, China's smallest deficit since 2004,
Vietnam, Taiwan, the EU, Ireland, Southeast Asia, services, autos, steel, copper, LNG,
soybeans, the USDA's farm trade for fiscal 2035); imports that front-ran tariffs (computers
before the chip tariff, refined copper, drugs, Mexico's imports from China); Canada's
December and 2035 (exports to the US falling, a record to other countries, steel,
aluminum, lumber, canola, "$548.6-billion" as CAD in a Globe and Mail paragraph); Mexico's
December and 2035 (oil and non-oil, manufactures and autos, light vehicles, the surplus with
the US, the deficit with China); the EU and the US (Eurostat's first 11 months), Germany,
German cars, Ireland, the EU's steel regime, Swiss watches and British cars; China's
customs figures for 2035 and December in dollars and in yuan (with different changes),
with the US, Southeast Asia, the EU, Africa, India, Mexico and Russia, soybeans, rare-earth
magnets and vehicles; India's December and April-December (the US, China, shrimp, gems,
electronics, Russian crude); South Korea's January 2036 and Japan's 2035 with the US.
TARIFFS are the theme: 34 tariffs in force with a rate written are required records
(Section 232 on steel, aluminum, copper, autos, semiconductors and lumber, Section 301 and
the fentanyl duty on China, "reciprocal" rates, deal rates for the EU, Japan, South Korea,
Switzerland, Britain and India, AD/CVD duties on lumber, 100% on branded drugs, Canada's
counter-tariffs and its EV tariff, China's tariffs on US soybeans and LNG and on Canadian
canola, Mexico's 50% on Chinese cars, the EU's 50% out-of-quota steel duty); the old rate of
a tariff cut by a deal and a lifted tariff are optional; tariffs threatened, proposed,
paused, suspended or struck down, tariffs without a rate, customs duties collected,
companies' tariff costs and farm aid are no records. About a third of the texts carry the
hard cases of ordinary copy: figures spread over two or three sentences and referred back
to ("That was 4.1% less than in 2034, and it left the U.S. with", "Chile supplied ... of
it", "with the United States taking ... of them", "the island", "the country", "its
northern neighbor", "its biggest trading partner"), partner lists with elided verbs,
changes given only as percents, "a record", "the smallest since", "the lowest for the month
since", a revision, and non-trade numbers inside positive texts (a poll, stocks, yields,
futures, the loonie, the peso, the yuan, an interest rate, capacity use, customs revenue,
company tariff costs and guidance, farm aid, a purchase commitment, remittances, GDP,
output, jobs, shares, a quota).
57 positive texts, paragraphs of 2-4 sentences (222 expected records, 19 optional: 9
comparison bases, 1 first estimate replaced by a revision, 1 restated-currency twin, 2
change-only twins, 5 old or lifted tariff rates and 1 tariff rate written twice); 203
required records (81 export, 5 of them without a value or volume, 44 import, 35 balance, 1
total, 8 buyer or supplier records accepted as export or import, and 34 tariffs in force).
12 near misses with trade words and numbers but no trade figure: a threatened tariff, a
paused tariff increase, a tariff struck down by a court, customs duties collected, one
carmaker's tariff costs, duties collected on parcels after the de minimis exemption ended,
GDP with net exports, a poll forecast, the EU's suspended countermeasures, a purchase
pledge under a trade deal, port throughput and a proposed surtax.
Scored by ../slots.py; published date of the pages: 2036-02-07.
First run, held out (articled at a209682): 25 passed, 44 failed (36 %)"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import slots

if __name__ == "__main__":
    slots.main(HERE, "2036-02-07")
