#!/usr/bin/env python3
"""The thirty-first trade-figures set: tests/figures-score/thirtyfirst/run.py [BINARY] [-v]

Written blind by a thirty-first reviewer. Read: only the JSON contract
(shared/docs/article-json.md), the scorer (slots.py), the thirtieth, twenty-ninth and
twenty-eighth sets' wrappers and cases (for their format, conventions, helpers, names, texts,
published dates and outlets), the header docstrings (first 60 lines) of the sixteenth and
twenty-seventh sets' run.py, a keyword scan of the first 60 lines of every other set's run.py
(for the shipping, commodity and agriculture copy they already used) and the published-date
lines of every set's run.py. Not read: any parser, data, include or server file, tests/cases,
tests/check_*.c, tests/pages-score, the README, the Makefile, docker, fuzz or the git
history. The program was neither built nor run, and no scorer was run on its output (the
cases were only imported and each expected record matched against itself with slots.diff and
slots.match, every expected amount, volume, percent, change by an amount and tariff rate was
found written in its text, and every balance checked against its exports and imports). Like
the twenty-first to thirtieth sets, this one is meant as a fair estimate of accuracy on
ORDINARY, MAINSTREAM TRADE NEWS, here as the SHIPPING, LOGISTICS, COMMODITY AND AGRICULTURE
DESKS write it (the Journal of Commerce, FreightWaves, Splash247, Lloyd's List, The Loadstar,
Argus- and Platts-style oil copy, World Grain, Brownfield, Agriland, Beef Central,
Undercurrent News, SeafoodSource, Mining.com, Fibre2Fashion, Sourcing Journal, and the
commodity releases of statistics offices and trade bodies), on a page of 2036-09-16 (a month
of 2036 no earlier set used): a country's exports and imports of a good by value and by
volume, to and from partners, with changes and periods — containers' contents by value (US
containerized imports, furniture, toys), US-Mexico trade by truck, China's iron ore, coal,
crude (tonnes restated in barrels per day), LNG, bauxite and soybean imports, US LNG,
Russian diesel, Iraqi crude in barrels per day with its revenue, Vietnamese electronics and
phones, Bangladeshi garments, Brazil's soybeans, corn, cotton and top exports, Mexican and
Chinese vehicles in units, Ukrainian, Russian, Canadian, Australian and EU grain, USDA weekly
exports next to export SALES, Argentine soymeal and oil, Malaysian and Indonesian palm oil,
Indian edible oil imports, Colombian coffee in bags, Vietnamese rice and coffee, Thai rice
in baht and dollars, US cotton in bales, Ivorian cocoa, Pakistani food exports, US pork and
beef, Australian beef and live cattle in head, New Zealand dairy and logs in cubic metres,
Irish agri-food, Norwegian, Ecuadorian (in pounds), Icelandic and Indian seafood and US
shrimp imports, Australian wine in litres, French wine and spirits, Chilean and Peruvian
copper, Australia's ores and LNG, Indonesian coal, Indian steel, US apparel imports in square
meter equivalents, Vietnamese, Chinese and Indian textiles, Korean and Japanese cars and
parts, South African vehicles, and the August releases of Brazil and Indonesia — set among
the numbers such desks also print that are NOT trade figures (TEU at ports, freight, charter
and air cargo rates, bulkers waiting, fleets, livestock carriers, trucks, intermodal volumes,
prices per tonne, pound, kilogram and litre, "5% broken" and "12.5%-protein" grades, futures,
reference and auction prices, stocks, production, crushing, grindings, landings, harvest and
crop forecasts, milk supplies, a quota advice, a miner's shipments, a carmaker's sales,
domestic vehicle sales, net export sales for a coming marketing year). Periods: August and
July 2036, June 2036 (the slowest reporters), January-August and January-July 2036, the
first half of 2036, mid-month tallies (Sept. 1-15, July 1 - Sept. 15, July 1 - Sept. 14, the
week ended Sept. 4), fiscal July-August and April-August 2036, and seasons and marketing
years that end or begin in the northern summer (Canada's August-July crop year, US cotton's
year ended July 31, New Zealand's year ended July, Wine Australia's 12 months to June, the
first 10 months of Australia's October-September wheat year and of Ivory Coast's cocoa
season, the first 11 months of Colombia's coffee year, the opening months of the 2036/37
grain seasons). Units: tonnes, barrels per day, 60-kg bags, 480-pound bales, head, pounds,
cubic metres, litres, square meter equivalents, vehicles. Currencies USD, AUD, NZD, NOK, ISK,
EUR, JPY, THB and INR (restated amounts one record plus an optional twin). Tariffs in force
with a rate: China's 100% on Canadian canola oil and meal, the US 18% on Indian, 15% on EU,
20% on Vietnamese goods and 15% on Korean vehicles (a tariff without a rate makes none).
57 positive texts, paragraphs of 1-4 sentences (183 expected records, 13 optional: 7
comparison bases, 5 restated-currency twins and 1 restated-unit twin); 170 required records
(111 export, 1 of them without a value or volume, 27 import, 4 balance, 2 total, 21 buyer or
supplier records accepted as export or import, and 5 tariffs in force).
12 near misses with trade words and numbers but no trade figure: port throughput in TEU, a
container freight index with lanes named by ports, Capesize charter earnings, bunker prices
and port calls, the USDA's crop and export forecast for Brazil, palm oil stocks and output,
one miner's shipments, rice export prices, ship line-ups of cargoes scheduled to load, the
container fleet's capacity, a crop estimate and one salmon farmer's revenue and share of
sales.
Scored by ../slots.py; published date of the pages: 2036-09-16.
First run, held out (articled at f4abf29, this session's first commit): 36 passed, 33 failed (52 %)"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import slots

if __name__ == "__main__":
    slots.main(HERE, "2036-09-16")
