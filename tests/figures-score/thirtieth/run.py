#!/usr/bin/env python3
"""The thirtieth trade-figures set: tests/figures-score/thirtieth/run.py [BINARY] [-v]

Written blind by a thirtieth reviewer. Read: only the JSON contract
(shared/docs/article-json.md), the scorer (slots.py), the twenty-ninth set's wrapper and
most of its cases (its header, its helpers and names, its texts P01-P32 and P46-P57 and its
near misses), the twenty-eighth set's wrapper and cases (in full, for their format,
conventions, helpers and texts), the header docstrings (first 60 lines) of the twenty-third
to twenty-seventh sets' run.py and of the twenty-sixth and twenty-seventh sets' cases.py,
the first 40 lines of the first set's run.py, the first 30 lines of the second set's run.py
and the published-date lines of every set's run.py (for the dates, economies, outlets and
phrasings already used). Not read: any parser, data, include or server file, tests/cases,
tests/check_*.c, tests/pages-score, the README, the Makefile, docker, fuzz or the git
history. The program was neither built nor run, and no scorer was run on its output (the
cases were only imported and each expected record matched against itself with slots.diff
and slots.match, every expected amount, volume, percent and tariff rate was found written in
its text, and every balance checked against its exports and imports). Like the twenty-first
to twenty-ninth sets, this one is meant as a fair estimate of accuracy on ORDINARY,
MAINSTREAM TRADE NEWS, here from the MIDDLE EAST, AFRICA, SOUTH ASIA AND CENTRAL ASIA as
their own papers, wires and statistics offices write it (The National, WAM, Gulf News,
Argaam, Arab News, The Peninsula, QNA, Oman Observer, Times of Oman, KUNA, BNA, Daily Sabah,
Hürriyet Daily News, The Astana Times, Kazinform, Trend, Kun.uz, Daily News Egypt, Ahram
Online, Morocco World News, Hespress English, Tunis Afrique Presse, Business Daily, The
Star, The Citizen, New Vision, Daily Monitor, The Herald, Lusaka Times, BusinessDay, Premium
Times, B&FT, Dawn, Business Recorder, The Express Tribune, The Daily Star, The Financial
Express, Daily Mirror, Daily FT, The Kathmandu Post), on a page of 2036-03-18 (a month of
2036 no earlier set used): NON-OIL TRADE and RE-EXPORTS (the UAE's record non-oil trade in
dirhams with its dollar equivalent and its partners, Abu Dhabi, Saudi Arabia's non-oil
exports including re-exports and its 2035 surplus, Qatar's January and its buyers, Oman's
2035 and its non-oil markets, Kuwait's third quarter, Bahrain's non-oil exports of national
origin, Egypt's record non-oil exports and its non-petroleum exports in the first half of
FY2035/36, Nigeria's non-oil exports, Azerbaijan's non-oil and gas exports); export earnings
in local currencies (AED, SAR, QAR, OMR, KWD, BHD, MAD, TND, KES, ZMW, NGN, LKR, NPR, BDT)
with dollar equivalents; garments, textiles and cotton yarn (Türkiye, Egypt, Pakistan,
Bangladesh, Sri Lanka, Kenya), tea (Kenya, Sri Lanka), coffee (Uganda), tobacco
(Zimbabwe), gold (Uzbekistan, Tanzania, Ghana), copper (Zambia), crude oil and gas (Oman,
Qatar, Nigeria, Ghana, Kazakhstan, Azerbaijan), olive oil (Tunisia), grain (Kazakhstan),
rice (Pakistan), sugar (Kenya), cars (Türkiye, Nigeria, Morocco); FISCAL YEARS that differ by
country (July-February and July-January of FY2035-36 in Pakistan and Bangladesh, Egypt's
first fiscal half, Uganda's first seven months, Nepal's mid-July to mid-February,
Tanzania's year ending January, Tunisia's olive oil season, Kazakhstan's grain year) next
to February 2036, January 2036, January-February 2036, December 2035, the third and fourth
quarters of 2035 and the year 2035; and TARIFFS IN FORCE (US rates on Türkiye, Tunisia,
Kenya, Pakistan, Bangladesh and Sri Lanka, Saudi Arabia's steel duty, Türkiye's duty on
Chinese cars, the EAC's sugar duty applied by Kenya, Nigeria's duty and levy on cars; a
proposed and a suspended one make no record). About a third of the texts carry the hard
cases of ordinary copy: figures spread over two or three sentences and referred back to
("the Kingdom", "the sultanate", "the emirate", "exports to the country ... imports from
it", "its northern neighbour", "the two neighbours", "the neighbouring country", "the
sector's biggest market"), partner lists with elided verbs ("followed by India at ..., up
..., and Saudi Arabia at", "Knitwear exports fell ... and ready-made garments 2.1% to"),
buyers and suppliers as subjects, changes given only as percents (Türkiye, Italy, the EU),
records ("a record", "the largest in more than a decade"), a revision (Bangladesh's
January exports), volumes against values (tea, rice, olive oil, coffee, tobacco), and
non-trade numbers inside positive texts (targets, GDP, shares, a coverage rate, car sales,
an output forecast, Suez Canal revenue, remittances, tourism earnings, exchange rates,
reserves, inflation, an auction price, gold deliveries to a refinery, letters of credit).
54 positive texts, paragraphs of 1-4 sentences (221 expected records, 17 optional: 10
comparison bases, 5 restated-currency twins, 1 first estimate replaced by a revision and 1
old tariff rate); 204 required records (100 export, 2 of them without a value or volume, 41
import, 23 balance, 11 total, 1 of them without a value, 19 buyer or supplier records
accepted as export or import, and 10 tariffs in force).
13 near misses with trade words and numbers but no trade figure: remittances, reserves
with import cover, proposed import duties, canal revenue, port throughput, crude output,
inflation with imported prices, one company's export sales, a current account, an export
target, an export quota, suspended import duties and tourism receipts with remittances.
Scored by ../slots.py; published date of the pages: 2036-03-18.
First run, held out (articled at 54cb7ce; a209682, the session's start, the same): 42 passed, 25 failed (63 %)"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import slots

if __name__ == "__main__":
    slots.main(HERE, "2036-03-18")
