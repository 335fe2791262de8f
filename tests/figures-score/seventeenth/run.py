#!/usr/bin/env python3
"""The seventeenth trade-figures set: tests/figures-score/seventeenth/run.py [BINARY] [-v]

Written blind by a seventeenth reviewer. Read: only the scorer (slots.py), the first set's
run.py, the earlier sets' wrappers and cases (for their format, the conventions in the ninth
to sixteenth sets' headers, and their texts only so as not to repeat them). Not read: any
parser, data, include or server file, tests/cases, tests/check_*.c, the README or the
Makefile. The program was neither built nor run, and no scorer was run on its output (the
cases were only imported and matched against themselves to check that slots.py accepts
them). The twelfth set stressed sentence structure, the thirteenth number and time forms,
the fourteenth reference and discourse, the fifteenth the language of statistical releases,
the sixteenth five registers (wire commodity copy, first person, regional trade, headlines
and bullets, amounts in words). This one stresses TRADE FIGURES AS WRITTEN BY NEWS AGENCIES
IN TRANSLATED OR NON-NATIVE ENGLISH and by non-English outlets' English services: Xinhua,
VNA, Bernama, Antara, PNA, Yonhap, Kyodo, Anadolu, KUNA, WAM, SPA, QNA, APS, MAP, IRNA,
Tasnim, TASS, BelTA, Kazinform, UzA, Kabar, Ukrinform, PAP, CTK, MTI, ANSA, EFE, Prensa
Latina, Agência Brasil, Télam-style INDEC copy, APA, Sputnik Africa, ENA and KNA, with their
datelines ("KUALA LUMPUR, Nov 16 (Bernama) --", "ABU DHABI, 16th November, 2032 (WAM) --",
"MOSCOW, November 8. /TASS/.") and their verbs ("clocked", "logged", "touched", "posted",
"registered", "stood at", "amounted to", "in the amount of", "was worth", "valued at",
"fetched", "secured", "reaching", "hitting", "to reach", "a growth of", "an increase by",
"went up/down by", "contracted", "shrank", "slumped", "plunged", "nosedived", "eased",
"flat", "virtually unchanged"); CIS index wording ("or 102.3% compared with", "imports –
$34.8 billion, or 98.9%"); multiplicative changes ("grew 1.4 times", "surged 2.6-fold",
"went up 1.6-fold" without a value, "decreased by 2.3 times"); "in physical terms" and "in
value terms"; number forms ("USD 38.62 bln", "US$ 6.84 billion", "6.47 bn USD", "62.4 mln
USD", "$198.6 bln", "5.31 trillion U.S. dollars", "1.68 trillion yuan (about 236.6 billion
U.S. dollars)", "VND 726 trillion", "Rp 9.8 trillion", "RM142.6bil", "RM987.4mil", "KRW
1.12 trillion", "TL", "zloty", "crowns", "HUF", "UAH", "tenge", "dirhams" in UAE and
Moroccan texts, "MMDH", "riyals", "QR", "KD", "dinars", "birr", "Sh", "baht", spaced
thousands "211 345 tonnes", "USD 21 386.4 million", "2 914 thousand tonnes"); revisions
("upwardly revised to ... from", "revised up to ... from a preliminary"), estimates and first
estimates; services trade (China's services trade and its deficit, Philippine BPO receipts,
Ukrainian IT services, Moroccan services), cross-border e-commerce, border and transit
trade (Guangxi, Lang Son, Thailand), trade by mode of transport (Uzbek exports by rail and
by road, the China-Laos Railway, grain shipped by rail), and trade with blocs (ASEAN, EAEU,
CIS, GCC, EU and non-EU, Mercosur, AfCFTA, OPEC, Central Asia, Africa), with sub-national
reporters (Guangxi, Lang Son, Binh Duong, Lampung, Abu Dhabi) and a turnover from the
partner's customs. 70 positive texts (21 single sentences and 49 paragraphs of 2-3
sentences; 214 expected records, 19 of them optional, so 195 required). 36 near misses:
export and trade targets and plans, forecasts, a memorandum aimed at raising trade,
agreements signed at a business forum, intended deals at an import expo, approved
investment, disbursed FDI and FDI revenues, export loans and export financing, reserves, an
average export price, tea auction prices, oil output, a sugar harvest, a crop estimate,
travel receipts, tourists' spending, trade "potential" and "could reach", customs revenue
from import-export activities in VND, export customs duties in tenge, retail turnover in
BYN, the share of rubles and yuan in settlements, remittances, a PMI's new export orders,
port cargo and a current account surplus. Scored by ../slots.py; published date of the
pages: 2032-11-17. Not yet scored."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import slots

if __name__ == "__main__":
    slots.main(HERE, "2032-11-17")
