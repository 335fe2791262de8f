from slots import DC, R, M, Y, PR

# The twenty-second set: every text is the only body paragraph (after an unrelated opening
# one) of a page published on 2033-11-20 (a Sunday). So "October" and "in October alone"
# are October 2033; "September" is September 2033 (Ireland's, Poland's,
# Czechia's, Greece's, Qatar's, Peru's, Sri Lanka's, the US's, Germany's, the UK's, the euro
# zone's and Australia's latest month, released in November) and, as a base of an October
# figure ("compared with $2.05 billion in September", "from $22.1 billion in September"),
# also September 2033; "August" is August 2033 (Egypt's latest month, and the base "from
# €14.9 billion in August" of Germany's and "from A$4.9 billion in August" of Australia's
# September figures); "January-September", "the first nine months", "the first nine months
# of 2033" and "the first nine months of the year" are January-September 2033, and Morocco's
# "at the end of September" (a cumulative total) the same span (the ps 2033-09-01 of the
# fourteenth set's CUM9 is accepted too); "January-October", "the first ten months", "the
# first ten months of the year" and "the first ten months of 2033" are January-October 2033;
# "the first half of 2033" is January-June 2033; "over the period", "in the period" and "in
# the month" take the period of the paragraph's earlier figure. Fiscal and rolling periods:
# Pakistan's and Bangladesh's "July-October, the first four months of fiscal year 2033-34"
# and "July-October, the first four months of FY34" (also "July-October" alone in a
# Pakistani or Bangladeshi text) are July-October 2033; India's "April-October" is
# April-October 2033 and its "April-September, the first half of the fiscal year"
# April-September 2033 (of 2033-34); Myanmar's "first half of the 2033-34 fiscal year,
# which runs from April to March" is April-September 2033; Ethiopia's "first quarter of the
# 2033/34 fiscal year" runs from Hamle 1 (2033-07-08) to Meskerem 30 (2033-10-10), and the
# calendar quarter July-September 2033 is accepted too (the fourteenth and seventeenth sets'
# ETQ1); New Zealand's "the year ended October" is November 2032 - October 2033 (a rolling
# year, with "over the year" after it the same span); Tanzania's "the year to September" is
# October 2032 - September 2033. Bases: "a year earlier", "from a year earlier", "from the
# same period last year", "from the same period a year earlier", "in the same month last
# year", "year-on-year" and "on-year" state yoy and name the same months of 2032 (October
# 2032, September 2032, August 2032 and January-September 2032 for the optional base
# records); "compared with the same period of 2032" names the base by its period (b DC);
# "compared with the previous month" and "on the month" for a September figure state mom;
# "slowing from a 7.1% gain in September" (China) is an optional record of September 2033.
# Dates and years that are no period of any figure: weekdays ("on Monday", "on Tuesday",
# "on Thursday", "on Friday", "on Saturday") as release days; the "2033-34" and "FY34"
# inside a fiscal-period name are that fiscal year (above); "a strong first anchovy fishing
# season" (Peru), "allowed again since February" (Sri Lanka's vehicle imports) and "next
# season" (Peru's growers) give no period; "by 2030" in positive texts belongs to targets
# (India-UAE non-oil trade, Egypt's exports), which make no record. In near misses
# "2033/34", "by 2030", "by 2031" and "from 2036" belong to forecasts, prices, targets,
# crop estimates and contracts; "the third quarter" to GDP; "October", "September", "at the
# end of October", "January-September", "the first nine months" and "the first ten months"
# to remittances, reserves, inflation, output, mining investment, travel receipts, tax
# receipts, a PMI, port throughput, investment approvals, a price and one company's revenue
# and sales; "July-September" to a budget deficit and customs duties; "for the first time
# in seven months" to export orders.
#
# Conventions: every convention stated in the twenty-first set's header (twentyfirst/cases.py,
# which carries those of the twentieth, and through it those of the ninth to nineteenth
# sets) is kept unchanged and is not repeated here. In short: values are positive amounts
# in the original currency (deficits bal="deficit", surpluses bal="surplus"); b is
# "yoy"/"mom" only when the text states the comparison, DC when it is implied or the base is
# named by its period, null when there is no change; a change in a later sentence or clause
# that does not restate its comparison has b DC; a narrowing or widening deficit has d DC,
# a surplus that rises or widens is "up" and one that falls or narrows is "down"; later
# sentences and clauses inherit reporter, period and source; comparison bases are optional
# records (OPT); a change of a whole economy's, a partner's or a good's trade given only as
# a percent is a record with a null value; "goods", "merchandise", "goods and services",
# "overall" and "total" flows have c DC, and so do the whole-economy flows that go with such
# a headline, the overall US, euro-zone and Australian balances, "re-exports" and a
# whole-economy or partner flow "led by" named goods (a flow with goods of its own keeps
# them: "non-traditional exports, led by blueberries", "dairy exports, led by milk powder");
# plain "exports"/"imports" of a whole economy c null; named goods
# (and "non-oil", "non-traditional") are commodities; a reason ("dragged down by cars",
# "driven by copper and gold", "as oil prices fell") names no commodity; appositives
# ("mainly crude oil and gold", "the largest single item", "the country's biggest foreign
# exchange earner") change nothing; "a record" vq RECORD; "preliminary" values vq DC;
# "more than doubled" d up, pct DC, cq DC; "little changed at" d DC, pct null or 0; a change
# given only as a direction and a new level ("cut the value ... to QR 15.2 billion") has d
# as stated, pct and by DC, b DC; parts with an amount ("accounting for", "of the total",
# "followed by ... at") are records and shares, coverage rates and rankings none; a buyer
# that is the grammatical subject ("Iraq remained the largest buyer, taking 3.2 million
# kg", "China was the largest destination, taking QR 4.6 billion") may be written as the
# seller's export or the buyer's import (f, r and p either way); a value and a volume of one
# flow with DIFFERENT changes, or a volume with a change and the revenue without one, are
# two records (the other measure DC); a volume and the revenue it brought in with one change
# that is the value's (or none) are one record, a split accepted through an optional twin;
# a value restated in another currency is one record accepting either form plus an optional
# twin; "Foreign trade turnover" and "bilateral trade" are flow total (c null); partners
# listed with amounts after a turnover figure are flow total; a partner named by example
# ("non-traditional markets such as Japan, India and Australia") has p DC and "mainly from
# Cambodia and Côte d'Ivoire" after imports p DC; "Bilateral trade between India and the
# UAE" from India's commerce ministry accepts either economy as reporter and partner of the
# total, the directional flows after it have India as reporter; a tariff in force named as
# context is a required record (TAR); forecasts, polls, targets, shares, prices, exchange
# rates, interest rates, reserves, current accounts, travel and tourism receipts,
# remittances, GDP, FDI and investment, budgets, customs duties and taxes collected, output,
# crop estimates, contracts and capacity, a PMI's export orders, port throughput and one
# company's results are never trade figures.
#
# New in this (twenty-second) set, which like the twenty-first stresses ORDINARY, MAINSTREAM
# TRADE NEWS, but written as WHOLE-ARTICLE PARAGRAPH SEQUENCES (the lede figure, then the
# breakdown by goods, then by partner, then a quote or context sentence with non-trade
# numbers) from the English-language business press of Bangladesh, Sri Lanka, Pakistan,
# Egypt, Morocco, Ethiopia, Tanzania, Ghana, Zambia, Peru, Ecuador, Paraguay, Chile,
# Kazakhstan, Mongolia, Cambodia, Myanmar, Vietnam, Malaysia, Indonesia, New Zealand,
# Ireland, Poland, Czechia, Greece, Israel, Jordan, the UAE, Oman and Qatar, plus China,
# Japan, India, the US, Germany, the UK, the euro zone, Australia and Brazil. No convention
# is new; the readings of this set's forms that the earlier conventions give are:
# - Wordings: "export earnings", "earnings from exports", "expenditure on imports", "brought
#   in", "earned ... from", "earning", "stood at", "reached", "totalled", "came to" (a plain
#   value: no change); "dropped", "declined", "jumped", "climbed",
#   "edged down 0.3%" (cq DC); "narrowing the trade deficit to $2.64 billion" (d, pct, by and
#   b DC); "narrowed to RM16.7 billion" of a surplus (d down, pct, by and b DC); "the trade
#   surplus widened to €16.8 billion from €14.9 billion in August" (d up, b DC, base
#   optional); "up 18% from a year earlier" after a surplus (d up, pct 18, b yoy).
# - Goods: "knitwear" and "woven garments" are parts of garment exports (records of their
#   own); "garments, footwear and travel goods" is one commodity; "rice and broken rice" is
#   rice; "oil and gas exports" c oil; "polished diamonds" diamonds; "hi-tech exports,
#   mostly electronics and pharmaceuticals" keep their own goods (hi-tech); "excluding oil
#   products" exports c DC (eighteenth set's "excluding gold"); "border trade with China"
#   (Myanmar) is flow total with p China and c null or border trade; "dairy exports, led by
#   milk powder" keep c dairy; a car-export change inside a partner clause ("dragged down by
#   a 9.7% drop in car exports") is a record (c cars, p the partner or null).
# - Currencies: "$" and "US$" USD; "Tk" BDT ("Tk 3,960 crore" 3.96 x 10^10, crore 10^7); "Rs"
#   in a Sri Lankan text LKR; "K" before an amount in a Zambian text ZMW; "S/." PEN; "NZ$"
#   NZD; "zlotys" PLN; "crowns" in a Czech text CZK (an amount repeated without its
#   currency, "from 21.6 billion a year earlier", keeps it); "shekels" ILS; "dirhams" in a
#   Moroccan text MAD; "AED" AED; "RO" OMR; "QR" QAR; "RM" MYR; "A$" AUD; "€" EUR; "£" GBP;
#   "¥" in a Japanese text JPY. In near misses "EGP", "GH₵", "tugriks" and "shekels" appear
#   beside prices and rates only. "Billion", "trillion", "million" and "crore" as in the
#   thirteenth set; "million kilograms" and "million kg" of tea u KG.
# - Sources: the Export Promotion Bureau (EPB), the Sri Lanka Tea Board, the Export
#   Development Board, the Central Bank of Sri Lanka, the Pakistan Bureau of Statistics (and
#   the All Pakistan Textile Mills Association for textile exports), Egypt's minister of
#   investment and foreign trade, CAPMAS and the Agricultural Export Council, Morocco's
#   foreign exchange office (Office des Changes), Ethiopia's Ministry of Trade and Regional
#   Integration, the Bank of Tanzania, the Zambia Statistics Agency, the Bank of Ghana,
#   Peru's central bank (BCRP) and ComexPeru, the Central Bank of Ecuador, the Central Bank
#   of Paraguay, the Central Bank of Chile, Kazakhstan's Bureau of National Statistics and
#   energy ministry, Mongolia's National Statistics Office, Cambodia's General Department of
#   Customs and Excise and the Cambodia Rice Federation, Myanmar's Ministry of Commerce,
#   Stats NZ, Ireland's Central Statistics Office, Statistics Poland (GUS) and Poland's
#   agriculture ministry, the Czech Statistical Office, ELSTAT, Israel's Central Bureau of
#   Statistics, Jordan's Department of Statistics, the UAE's Minister of State for Foreign
#   Trade, Oman's NCSI, Qatar's National Planning Council and the usual national bodies of
#   the big economies. "Data released by the commerce ministry showed" is the ministry;
#   "customs data showed" in a Chinese text GAC and in a Vietnamese one Vietnam's customs.
# - A tariff in force named as context: "despite a 19% U.S. tariff" on Cambodian goods is a
#   tariff record, reporter the United States, partner Cambodia (or null), c DC.
# - Near misses of this set (no record): remittances and the taka, reserves and tourism
#   earnings, a budget deficit and customs duties collected, inflation with imported food,
#   an interest rate, the pound (EGP) and reserves, one company's revenue (OCP), an IMF
#   forecast of export earnings, a cocoa farmgate price, copper output and a target, mining
#   investment, a coal export price and the tugrik, a dairy price forecast and an auction
#   index, corporation tax, a PMI's new export orders, car production with an export share,
#   travel receipts and a current account, GDP and the shekel, port throughput, an LNG supply
#   deal and capacity, investment approvals, a soybean crop forecast with a "could be
#   exported" amount, China's foreign exchange reserves and one carmaker's overseas sales.

# The names of economies, sources, units and qualifiers and the record helpers (OPT, YTD,
# Q, H, TAR) that the tenth to twenty-first sets defined mean the same here: they are taken
# from the twelfth to twentieth sets' cases rather than copied (those files have their
# definitions and comments).
import importlib.util as _ilu, os as _os
_here = _os.path.dirname(_os.path.abspath(__file__))


def _load(name):
    spec = _ilu.spec_from_file_location("_%s_cases" % name, _os.path.join(_here, "..", name, "cases.py"))
    mod = _ilu.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_t12 = _load("twelfth")
for _n in """
TON ABOUT RECORD US EU RU UAE GAC UK EZ WORLD USDOC DESTATIS MOFJ INCOM ONS ABS BRMIN VNNSO VNCUS BPS
CRUDE LNG CARS SOY VN NZ JP AU ID IE MA EC UNITS KG GARMENTS PHOS MOTORV ELECCOMP PHONES EPB
SLEDB SLTB PBS APTMA CAPMAS OC BCRP COMEXPERU BCE BCCH STATSNZ CSO GUS NSOMN CBSIL KZBNS ASEAN OPT TAR
YTD Q H NONOIL EUROSTAT
""".split():
    globals()[_n] = getattr(_t12, _n)
_t13 = _load("thirteenth")
for _n in "CN IN DE PK BD LK EG PL PE CL BR MY PALM TEA BASMATI BLUEB BEEF DAIRY EGMIN".split():
    globals()[_n] = getattr(_t13, _n)
_t14 = _load("fourteenth")
for _n in "KZ MN IQ OM GR IL ET GH KH CZ PHARMA COCOA IRONSTEEL BANANAS FUEL CZSO ELSTAT NCSI BOG DOSM".split():
    globals()[_n] = getattr(_t14, _n)
_t15 = _load("fifteenth")
for _n in "TZ ZM MM PY JO NONEU SHRIMP APPTEX BOT ZAMSTATS MMMOC BCP JODOS".split():
    globals()[_n] = getattr(_t15, _n)
_t16 = _load("sixteenth")
for _n in "NL COFFEE GOLD RICE COAL COPPER IRONORE FLOWERS CASHEW CUCONC UAEFT CBSL".split():
    globals()[_n] = getattr(_t16, _n)
_t16EE = _t16.EE                             # electrical and electronic products (not Estonia)
_t17 = _load("seventeenth")
for _n in "QA BORDER RUBPROD NPC ETMOTRI".split():
    globals()[_n] = getattr(_t17, _n)
_t18 = _load("eighteenth")
for _n in "PLAG".split():
    globals()[_n] = getattr(_t18, _n)
_t19 = _load("nineteenth")
for _n in "FISHMEAL".split():
    globals()[_n] = getattr(_t19, _n)
_t20 = _load("twentieth")
for _n in "DIAMONDS JUTE FOOD".split():
    globals()[_n] = getattr(_t20, _n)
_t21 = _load("twentyfirst")
for _n in "VEH21".split():
    globals()[_n] = getattr(_t21, _n)

# New in this (twenty-second) set: goods.
EEP = _t16EE                                 # electrical and electronic products (Malaysia)
KNIT = ["knitwear", "knit", "knit garments", "knitted garments"]
WOVEN = ["woven garments", "woven", "woven garment"]
BUILD = ["building materials", "building material", "construction materials"]
CHEMFERT = ["chemicals and fertilisers", "chemicals and fertilizers", "chemicals", "fertilisers", "fertilizers",
            "chemical"]
OILSEEDS = ["oilseeds", "oilseed", "oil seeds"]
NONTRAD = ["non-traditional", "nontraditional", "non-traditional exports", "non-traditional products"]
GFT = ["garments, footwear and travel goods", "garments", "garment", "GFT", "garment, footwear and travel goods"]
MEAT = "meat"
HITECH = ["hi-tech", "high-tech", "high tech", "hi-tech products", "technology"]
OILGAS = CRUDE + ["oil and gas", "hydrocarbons"]
POTASH = ["potash", "potassium chloride", "potassium"]
DATES = ["dates", "date"]
SALTROUT = ["salmon and trout", "salmon", "trout"]
FRUIT = ["fruit", "fruits", "fresh fruit"]
DIAMPOL = ["polished diamonds", "polished diamond"] + DIAMONDS
AUTO22 = ["automotive", "automotive sector", "auto", "automobiles", "cars", "vehicles", "automobile"]
TEXT22 = ["textiles", "textile", "textile exports", "textiles and clothing", "textile and clothing", "clothing",
          "garments"]
FOOD22 = FOOD + ["agri-food", "agrifood", "food products"]
# Sources.
EPB22 = EPB + ["Export Promotion Bureau (EPB)"]
EGMIN22 = EGMIN + ["Minister of Investment and Foreign Trade", "trade minister"]
AEC = ["Agricultural Export Council", "export council", "AEC"]
OC22 = OC + ["foreign exchange office", "Office des Changes"]
KHCUS = ["General Department of Customs and Excise", "GDCE", "customs", "General Department of Customs"]
CRF = ["Cambodia Rice Federation", "CRF", "Rice Federation"]
KZEN = ["energy ministry", "Ministry of Energy", "Energy Ministry"]
BCRP22 = BCRP + ["Central Reserve Bank of Peru"]

# Periods.
OCT = M(2033, 10)
SEP = M(2033, 9)
AUG = M(2033, 8)
OCT32 = M(2032, 10)
SEP32 = M(2032, 9)
AUG32 = M(2032, 8)
YTD9 = YTD(2033, 9)
YTD10 = YTD(2033, 10)
YTD9_32 = YTD(2032, 9)
H1 = H(2033, 1)
CUM9 = dict(ps=["2033-01-01", "2033-09-01"], pe="2033-09-30")   # Morocco's "at the end of September"
FY34JO = PR("2033-07-01", "2033-10-31")     # Pakistan's and Bangladesh's July-October of FY34
INAO = PR("2033-04-01", "2033-10-31")       # India's April-October of 2033-34
INAS = PR("2033-04-01", "2033-09-30")       # India's April-September of 2033-34
MMH1 = PR("2033-04-01", "2033-09-30")       # Myanmar's first half of 2033-34 (April-March year)
ETQ1 = dict(ps=["2033-07-08", "2033-07-01"], pe=["2033-10-10", "2033-10-11", "2033-09-30"])   # Ethiopia's Q1
R12OCT = PR("2032-11-01", "2033-10-31")     # New Zealand's year ended October
R12SEP = PR("2032-10-01", "2033-09-30")     # Tanzania's year to September

POS = [
    # ================================================================ South Asia
    # P01 Bangladesh: the lede (yoy), garments and their two parts, the fiscal year to date.
    ("Bangladesh's export earnings rose 6.8% year-on-year to $4.62 billion in October, data from the Export "
     "Promotion Bureau showed on Monday. Ready-made garments brought in $3.91 billion, up 7.4%, with knitwear "
     "accounting for $2.13 billion and woven garments $1.78 billion. In July-October, the first four months of "
     "fiscal year 2033-34, total exports stood at $17.85 billion, up 5.2% from the same period a year earlier.",
     [R(f="export", r=BD, v=4.62e9, cur="USD", d="up", pct=6.8, b="yoy", src=EPB22, **OCT),
      R(f="export", r=BD, c=GARMENTS, v=3.91e9, cur="USD", d="up", pct=7.4, b=DC, src=EPB22, **OCT),
      R(f="export", r=BD, c=KNIT, v=2.13e9, cur="USD", src=EPB22, **OCT),
      R(f="export", r=BD, c=WOVEN, v=1.78e9, cur="USD", src=EPB22, **OCT),
      R(f="export", r=BD, c=DC, v=17.85e9, cur="USD", d="up", pct=5.2, b="yoy", src=EPB22, **FY34JO)]),

    # P02 Bangladesh by partner: "non-traditional markets such as ..." (p DC).
    ("Bangladesh's exports to the European Union, its largest market, rose 8.2% to $8.94 billion in "
     "July-October, EPB data showed. Shipments to the United States fell 3.6% to $2.71 billion, while exports "
     "to non-traditional markets such as Japan, India and Australia grew 14.1% to $2.38 billion. Exporters "
     "blamed the drop in U.S. orders on weaker retail sales and higher freight costs.",
     [R(f="export", r=BD, p=EU, v=8.94e9, cur="USD", d="up", pct=8.2, b=DC, src=EPB22, **FY34JO),
      R(f="export", r=BD, p=US, v=2.71e9, cur="USD", d="down", pct=3.6, b=DC, src=EPB22, **FY34JO),
      R(f="export", r=BD, p=DC, v=2.38e9, cur="USD", d="up", pct=14.1, b=DC, src=EPB22, **FY34JO)]),

    # P03 Bangladesh's jute in taka crore (single sentence).
    ("Bangladesh earned Tk 3,960 crore from exports of jute and jute goods in July-October, the first four "
     "months of FY34, up 7.8% from the same period last year, according to the Export Promotion Bureau.",
     [R(f="export", r=BD, c=JUTE, v=3.96e10, cur="BDT", d="up", pct=7.8, b="yoy", src=EPB22, **FY34JO)]),

    # P04 Sri Lanka's tea: volume and value with different changes (two records), buyers as
    # subjects (f either way), an auction price (none).
    ("Sri Lanka's tea exports fell 3.1% from a year earlier to 20.4 million kilograms in October, the Sri "
     "Lanka Tea Board said. Export earnings from tea rose 4.6% to Rs 37.8 billion, helped by higher prices at "
     "the Colombo auction, where the average price climbed to Rs 1,312 a kilogram. Iraq remained the largest "
     "buyer, taking 3.2 million kg, followed by Russia at 2.1 million kg.",
     [R(f="export", r=LK, c=TEA, vol=20.4e6, u=KG, v=DC, cur=DC, d="down", pct=3.1, b="yoy", src=SLTB, **OCT),
      R(f="export", r=LK, c=TEA, v=37.8e9, cur="LKR", vol=DC, u=DC, d="up", pct=4.6, b=DC, src=SLTB, **OCT),
      R(f=["export", "import"], r=[LK, IQ], p=[LK, IQ], c=[None, TEA], vol=3.2e6, u=KG, src=SLTB, **OCT),
      R(f=["export", "import"], r=[LK] + RU, p=[LK] + RU, c=[None, TEA], vol=2.1e6, u=KG, src=SLTB, **OCT)]),

    # P05 Sri Lanka's EDB: merchandise lede (c DC), apparel, rubber products, the US part.
    ("Sri Lanka's merchandise exports rose 5.9% year-on-year to $1.12 billion in October, the Export "
     "Development Board said. Apparel and textile exports, the largest category, earned $438.6 million, up "
     "2.7%, while rubber-based products brought in $91.4 million. Exports to the United States, the biggest "
     "single market, rose 8.1% to $287.5 million.",
     [R(f="export", r=LK, c=DC, v=1.12e9, cur="USD", d="up", pct=5.9, b="yoy", src=SLEDB, **OCT),
      R(f="export", r=LK, c=APPTEX, v=438.6e6, cur="USD", d="up", pct=2.7, b=DC, src=SLEDB, **OCT),
      R(f="export", r=LK, c=RUBPROD, v=91.4e6, cur="USD", src=SLEDB, **OCT),
      R(f="export", r=LK, p=US, c=DC, v=287.5e6, cur="USD", d="up", pct=8.1, b=DC, src=SLEDB, **OCT)]),

    # P06 Sri Lanka's central bank: a deficit widening from a year earlier (base optional),
    # "expenditure on imports", "earnings from exports", vehicle imports.
    ("Sri Lanka's trade deficit widened to $700 million in September from $548 million a year earlier, the "
     "Central Bank of Sri Lanka said. Expenditure on imports rose 10.8% to $1.76 billion, while earnings from "
     "exports rose 3.4% to $1.06 billion. Vehicle imports, allowed again since February, came to $118 million "
     "in the month.",
     [R(f="balance", r=LK, v=700e6, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b="yoy", src=CBSL,
        **SEP),
      OPT(f="balance", r=LK, v=548e6, cur="USD", bal="deficit", **SEP32),
      R(f="import", r=LK, v=1.76e9, cur="USD", d="up", pct=10.8, b=DC, src=CBSL, **SEP),
      R(f="export", r=LK, v=1.06e9, cur="USD", d="up", pct=3.4, b=DC, src=CBSL, **SEP),
      R(f="import", r=LK, c=VEH21, v=118e6, cur="USD", src=CBSL, **SEP)]),

    # P07 Pakistan: the fiscal year to date, "In October alone" with a base named by its month
    # (optional), textiles from the mills' association.
    ("Pakistan's trade deficit widened 18.2% to $9.34 billion in July-October, the first four months of "
     "fiscal year 2033-34, the Pakistan Bureau of Statistics said on Monday. Exports rose 3.6% to $10.92 "
     "billion, while imports climbed 9.8% to $20.26 billion. In October alone, the deficit stood at $2.41 "
     "billion, compared with $2.05 billion in September. Textile exports, the country's biggest foreign "
     "exchange earner, rose 4.2% to $1.63 billion in the month, according to the All Pakistan Textile Mills "
     "Association.",
     [R(f="balance", r=PK, v=9.34e9, cur="USD", bal="deficit", d=DC, pct=18.2, b=DC, src=PBS, **FY34JO),
      R(f="export", r=PK, v=10.92e9, cur="USD", d="up", pct=3.6, b=DC, src=PBS, **FY34JO),
      R(f="import", r=PK, v=20.26e9, cur="USD", d="up", pct=9.8, b=DC, src=PBS, **FY34JO),
      R(f="balance", r=PK, v=2.41e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC, src=PBS,
        **OCT),
      OPT(f="balance", r=PK, v=2.05e9, cur="USD", bal="deficit", **SEP),
      R(f="export", r=PK, c=TEXT22, v=1.63e9, cur="USD", d="up", pct=4.2, b=DC, src=APTMA, **OCT)]),

    # P08 Pakistan's rice: value and volume with different changes (two records), a part.
    ("Pakistan's rice exports rose 14.6% to $1.42 billion in July-October, the Pakistan Bureau of Statistics "
     "said, with basmati shipments accounting for $412 million. In volume terms, the country exported 2.31 "
     "million tonnes of rice, up 19.2% from the same period last year. Exporters said demand from East Africa "
     "and the Gulf had offset lower prices.",
     [R(f="export", r=PK, c=RICE, v=1.42e9, cur="USD", vol=DC, u=DC, d="up", pct=14.6, b=DC, src=PBS, **FY34JO),
      R(f="export", r=PK, c=BASMATI, v=412e6, cur="USD", src=PBS, **FY34JO),
      R(f="export", r=PK, c=RICE, vol=2.31e6, u=TON, v=DC, cur=DC, d="up", pct=19.2, b="yoy", src=PBS,
        **FY34JO)]),

    # P09 India: a deficit widening from September (base optional), merchandise flows (c DC),
    # gold "more than doubled", the fiscal year to date.
    ("India's merchandise trade deficit widened to $28.4 billion in October from $22.1 billion in September, "
     "data released by the commerce ministry on Tuesday showed, as gold imports surged ahead of the festival "
     "season. Merchandise exports rose 2.6% from a year earlier to $37.2 billion, while imports climbed 9.4% to "
     "$65.6 billion. Gold imports more than doubled to $7.9 billion. For April-October, exports totalled $257.3 "
     "billion, up 3.1%.",
     [R(f="balance", r=IN, c=DC, v=28.4e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC,
        src=INCOM, **OCT),
      OPT(f="balance", r=IN, c=DC, v=22.1e9, cur="USD", bal="deficit", **SEP),
      R(f="export", r=IN, c=DC, v=37.2e9, cur="USD", d="up", pct=2.6, b="yoy", src=INCOM, **OCT),
      R(f="import", r=IN, c=DC, v=65.6e9, cur="USD", d="up", pct=9.4, b=DC, src=INCOM, **OCT),
      R(f="import", r=IN, c=GOLD, v=7.9e9, cur="USD", d="up", pct=DC, cq=DC, b=DC, src=INCOM, **OCT),
      R(f="export", r=IN, c=DC, v=257.3e9, cur="USD", d="up", pct=3.1, b=DC, src=INCOM, **INAO)]),

    # P10 India-UAE bilateral trade (either economy as reporter of the total), the flows, an
    # appositive ("mainly crude oil and gold": c DC).
    ("Bilateral trade between India and the UAE rose 9.4% to $48.6 billion in April-September, the first half "
     "of the fiscal year, commerce ministry data showed. India's exports to the UAE rose 6.1% to $19.2 billion, "
     "while imports, mainly crude oil and gold, climbed 11.7% to $29.4 billion. Officials said the two "
     "countries aim to take non-oil trade to $100 billion by 2030.",
     [R(f="total", r=[IN] + UAE, p=[IN] + UAE, v=48.6e9, cur="USD", d="up", pct=9.4, b=DC, src=INCOM, **INAS),
      R(f="export", r=IN, p=UAE, v=19.2e9, cur="USD", d="up", pct=6.1, b=DC, src=INCOM, **INAS),
      R(f="import", r=IN, p=UAE, c=DC, v=29.4e9, cur="USD", d="up", pct=11.7, b=DC, src=INCOM, **INAS)]),

    # ================================================================ Middle East and North Africa
    # P11 Egypt: non-oil exports from the minister, three goods with amounts, a target (none).
    ("Egypt's non-oil exports rose 14.3% to $11.6 billion in the first nine months of 2033, the minister of "
     "investment and foreign trade said on Tuesday. Building materials led the gains at $2.84 billion, followed "
     "by chemicals and fertilisers at $2.31 billion and food products at $1.97 billion. The minister said the "
     "government was targeting $145 billion in annual exports by 2030.",
     [R(f="export", r=EG, c=NONOIL, v=11.6e9, cur="USD", d="up", pct=14.3, b=DC, src=EGMIN22, **YTD9),
      R(f="export", r=EG, c=BUILD, v=2.84e9, cur="USD", src=EGMIN22, **YTD9),
      R(f="export", r=EG, c=CHEMFERT, v=2.31e9, cur="USD", src=EGMIN22, **YTD9),
      R(f="export", r=EG, c=FOOD22, v=1.97e9, cur="USD", src=EGMIN22, **YTD9)]),

    # P12 Egypt: a deficit narrowing from the same month last year (b yoy, base optional), fuel
    # imports.
    ("Egypt's trade deficit narrowed to $3.12 billion in August from $3.87 billion in the same month last "
     "year, the Central Agency for Public Mobilization and Statistics (CAPMAS) said. Exports rose 11.6% to "
     "$3.54 billion, while imports fell 4.9% to $6.66 billion. Imports of fuels fell 22% to $1.09 billion as "
     "domestic gas output recovered.",
     [R(f="balance", r=EG, v=3.12e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b="yoy",
        src=CAPMAS, **AUG),
      OPT(f="balance", r=EG, v=3.87e9, cur="USD", bal="deficit", **AUG32),
      R(f="export", r=EG, v=3.54e9, cur="USD", d="up", pct=11.6, b=DC, src=CAPMAS, **AUG),
      R(f="import", r=EG, v=6.66e9, cur="USD", d="down", pct=4.9, b=DC, src=CAPMAS, **AUG),
      R(f="import", r=EG, c=FUEL, v=1.09e9, cur="USD", d="down", pct=22, b=DC, src=CAPMAS, **AUG)]),

    # P13 Egypt's dates, a record (single sentence).
    ("Egypt's date exports rose 23% to a record $142 million in the first nine months of 2033, the "
     "Agricultural Export Council said.",
     [R(f="export", r=EG, c=DATES, v=142e6, cur="USD", vq=RECORD, d="up", pct=23, b=DC, src=AEC, **YTD9)]),

    # P14 Morocco: a cumulative total "at the end of September", a base named by its period
    # (b DC), "led by" (c DC) with the sector's amount in a relative clause (a record),
    # phosphates, a coverage rate (none).
    ("Morocco's trade deficit widened 6.4% to 238.7 billion dirhams at the end of September, compared with the "
     "same period of 2032, according to the foreign exchange office. Exports rose 4.8% to 354.2 billion "
     "dirhams, led by the automotive sector, whose sales abroad reached 118.6 billion dirhams. Phosphates and "
     "derivatives brought in 62.3 billion dirhams, up 9.1%. The coverage rate of imports by exports fell to "
     "59.7%.",
     [R(f="balance", r=MA, v=238.7e9, cur="MAD", bal="deficit", d=DC, pct=6.4, b=DC, src=OC22, **CUM9),
      R(f="export", r=MA, c=DC, v=354.2e9, cur="MAD", d="up", pct=4.8, b=DC, src=OC22, **CUM9),
      R(f="export", r=MA, c=AUTO22, v=118.6e9, cur="MAD", src=OC22, **CUM9),
      R(f="export", r=MA, c=PHOS, v=62.3e9, cur="MAD", d="up", pct=9.1, b=DC, src=OC22, **CUM9)]),

    # P15 Israel: goods flows (c DC), a deficit "narrowing ... to" (d DC), a restatement in
    # shekels (one record and an optional twin), polished diamonds.
    ("Israel's goods exports rose 6.2% to $5.48 billion in October, the Central Bureau of Statistics said, "
     "while imports fell 3.7% to $8.12 billion, narrowing the trade deficit to $2.64 billion. In shekel terms, "
     "exports totalled 20.3 billion shekels. Exports of polished diamonds dropped 14.3% to $312 million.",
     [R(f="export", r=IL, c=DC, v=[5.48e9, 20.3e9], cur=["USD", "ILS"], d="up", pct=6.2, b=DC, src=CBSIL,
        **OCT),
      OPT(f="export", r=IL, c=DC, v=20.3e9, cur="ILS", **OCT),
      R(f="import", r=IL, c=DC, v=8.12e9, cur="USD", d="down", pct=3.7, b=DC, src=CBSIL, **OCT),
      R(f="balance", r=IL, c=DC, v=2.64e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC,
        src=CBSIL, **OCT),
      R(f="export", r=IL, c=DIAMPOL, v=312e6, cur="USD", d="down", pct=14.3, b=DC, src=CBSIL, **OCT)]),

    # P16 Jordan's potash (single sentence).
    ("Jordan's potash exports rose 8.4% year-on-year to 1.92 million tonnes in the first nine months of 2033, "
     "the Department of Statistics said.",
     [R(f="export", r=JO, c=POTASH, vol=1.92e6, u=TON, d="up", pct=8.4, b="yoy", src=JODOS, **YTD9)]),

    # P17 UAE: non-oil foreign trade (total, c non-oil), its parts, re-exports (c DC), partners
    # after the turnover (total).
    ("The UAE's non-oil foreign trade rose 16.8% to AED 1.61 trillion in the first half of 2033, the Minister "
     "of State for Foreign Trade said on Monday. Non-oil exports jumped 28.4% to AED 318.5 billion, re-exports "
     "rose 9.6% to AED 452.1 billion and imports climbed 15.2% to AED 839.4 billion. China remained the top "
     "trading partner at AED 162.7 billion, followed by India at AED 141.3 billion.",
     [R(f="total", r=UAE, c=NONOIL, v=1.61e12, cur="AED", d="up", pct=16.8, b=DC, src=UAEFT, **H1),
      R(f="export", r=UAE, c=NONOIL, v=318.5e9, cur="AED", d="up", pct=28.4, b=DC, src=UAEFT, **H1),
      R(f="export", r=UAE, c=DC, v=452.1e9, cur="AED", d="up", pct=9.6, b=DC, src=UAEFT, **H1),
      R(f="import", r=UAE, c=DC, v=839.4e9, cur="AED", d="up", pct=15.2, b=DC, src=UAEFT, **H1),
      R(f="total", r=UAE, p=CN, c=NONOIL, v=162.7e9, cur="AED", src=UAEFT, **H1),
      R(f="total", r=UAE, p=IN, c=NONOIL, v=141.3e9, cur="AED", src=UAEFT, **H1)]),

    # P18 Oman: merchandise exports (c DC) and their three parts, imports.
    ("Oman's merchandise exports fell 7.6% to RO 14.8 billion in the first nine months of 2033, the National "
     "Centre for Statistics and Information said. Oil and gas exports dropped 12.3% to RO 9.1 billion, while "
     "non-oil exports rose 2.8% to RO 3.9 billion and re-exports reached RO 1.8 billion. Merchandise imports "
     "rose 4.4% to RO 9.6 billion.",
     [R(f="export", r=OM, c=DC, v=14.8e9, cur="OMR", d="down", pct=7.6, b=DC, src=NCSI, **YTD9),
      R(f="export", r=OM, c=OILGAS, v=9.1e9, cur="OMR", d="down", pct=12.3, b=DC, src=NCSI, **YTD9),
      R(f="export", r=OM, c=NONOIL, v=3.9e9, cur="OMR", d="up", pct=2.8, b=DC, src=NCSI, **YTD9),
      R(f="export", r=OM, c=DC, v=1.8e9, cur="OMR", src=NCSI, **YTD9),
      R(f="import", r=OM, c=DC, v=9.6e9, cur="OMR", d="up", pct=4.4, b=DC, src=NCSI, **YTD9)]),

    # P19 Oman's LNG volume (single sentence).
    ("Oman's LNG exports rose 6.3% to 8.9 million tonnes in the first nine months of 2033, data from the "
     "National Centre for Statistics and Information showed.",
     [R(f="export", r=OM, c=LNG, vol=8.9e6, u=TON, d="up", pct=6.3, b=DC, src=NCSI, **YTD9)]),

    # P20 Qatar: a surplus falling (down, yoy), goods exports (c DC), LNG "cut ... to" (d down,
    # pct DC), a buyer as subject.
    ("Qatar's trade surplus fell 14.2% year-on-year to QR 18.6 billion in September, the National Planning "
     "Council said. Exports of goods, including domestic products and re-exports, declined 9.8% to QR 27.4 "
     "billion, as lower prices cut the value of liquefied natural gas shipments to QR 15.2 billion. Imports "
     "rose 1.3% to QR 8.8 billion. China was the largest destination, taking QR 4.6 billion of Qatar's "
     "exports.",
     [R(f="balance", r=QA, v=18.6e9, cur="QAR", bal="surplus", d="down", pct=14.2, b="yoy", src=NPC, **SEP),
      R(f="export", r=QA, c=DC, v=27.4e9, cur="QAR", d="down", pct=9.8, b=DC, src=NPC, **SEP),
      R(f="export", r=QA, c=LNG, v=15.2e9, cur="QAR", d="down", pct=DC, by=DC, byc=DC, b=DC, src=NPC, **SEP),
      R(f="import", r=QA, c=DC, v=8.8e9, cur="QAR", d="up", pct=1.3, b=DC, src=NPC, **SEP),
      R(f=["export", "import"], r=[QA, CN], p=[QA, CN], c=DC, v=4.6e9, cur="QAR", src=NPC, **SEP)]),

    # ================================================================ Africa
    # P21 Ethiopia: the first quarter of the Ethiopian fiscal year, merchandise (c DC), parts.
    ("Ethiopia earned $1.51 billion from merchandise exports in the first quarter of the 2033/34 fiscal year, "
     "up 12.7% from the same period last year, the Ministry of Trade and Regional Integration said. Coffee "
     "accounted for $612 million of the total, with gold at $318 million and oilseeds at $104 million. Cut "
     "flower exports brought in $187 million.",
     [R(f="export", r=ET, c=DC, v=1.51e9, cur="USD", d="up", pct=12.7, b="yoy", src=ETMOTRI, **ETQ1),
      R(f="export", r=ET, c=COFFEE, v=612e6, cur="USD", src=ETMOTRI, **ETQ1),
      R(f="export", r=ET, c=GOLD, v=318e6, cur="USD", src=ETMOTRI, **ETQ1),
      R(f="export", r=ET, c=OILSEEDS, v=104e6, cur="USD", src=ETMOTRI, **ETQ1),
      R(f="export", r=ET, c=FLOWERS, v=187e6, cur="USD", src=ETMOTRI, **ETQ1)]),

    # P22 Tanzania: a rolling year, goods and services (c DC), gold on higher prices (reason),
    # cashew "more than doubled".
    ("Tanzania's exports of goods and services rose 16.4% to $16.92 billion in the year to September, the Bank "
     "of Tanzania said in its monthly economic review. Gold exports, the largest single item, climbed 21.3% to "
     "$4.87 billion on higher prices, while cashew nut exports more than doubled to $612.4 million. Imports of "
     "goods and services rose 6.1% to $17.38 billion.",
     [R(f="export", r=TZ, c=DC, v=16.92e9, cur="USD", d="up", pct=16.4, b=DC, src=BOT, **R12SEP),
      R(f="export", r=TZ, c=GOLD, v=4.87e9, cur="USD", d="up", pct=21.3, b=DC, src=BOT, **R12SEP),
      R(f="export", r=TZ, c=CASHEW, v=612.4e6, cur="USD", d="up", pct=DC, cq=DC, b=DC, src=BOT, **R12SEP),
      R(f="import", r=TZ, c=DC, v=17.38e9, cur="USD", d="up", pct=6.1, b=DC, src=BOT, **R12SEP)]),

    # P23 Zambia: kwacha ("K"), a surplus up from September (base optional), copper as a part,
    # destinations without amounts (none).
    ("Zambia recorded a trade surplus of K6.8 billion in October, up from K4.9 billion in September, the Zambia "
     "Statistics Agency said. Exports rose 9.2% to K34.6 billion, with copper accounting for K25.1 billion, "
     "while imports increased 4.1% to K27.8 billion. China and Switzerland were the main export destinations.",
     [R(f="balance", r=ZM, v=6.8e9, cur="ZMW", bal="surplus", d="up", pct=DC, by=DC, byc=DC, b=DC, src=ZAMSTATS,
        **OCT),
      OPT(f="balance", r=ZM, v=4.9e9, cur="ZMW", bal="surplus", **SEP),
      R(f="export", r=ZM, v=34.6e9, cur="ZMW", d="up", pct=9.2, b=DC, src=ZAMSTATS, **OCT),
      R(f="export", r=ZM, c=COPPER, v=25.1e9, cur="ZMW", src=ZAMSTATS, **OCT),
      R(f="import", r=ZM, v=27.8e9, cur="ZMW", d="up", pct=4.1, b=DC, src=ZAMSTATS, **OCT)]),

    # P24 Ghana: gold, cocoa in the same sentence, crude oil, a surplus up from a year earlier
    # (base optional).
    ("Ghana's gold exports rose 38.6% to $8.94 billion in January-September, the Bank of Ghana said in its "
     "summary of economic and financial data, while cocoa exports fell 27.4% to $1.12 billion. Crude oil "
     "brought in $2.31 billion. The country posted a trade surplus of $5.62 billion over the period, up from "
     "$3.48 billion a year earlier.",
     [R(f="export", r=GH, c=GOLD, v=8.94e9, cur="USD", d="up", pct=38.6, b=DC, src=BOG, **YTD9),
      R(f="export", r=GH, c=COCOA, v=1.12e9, cur="USD", d="down", pct=27.4, b=DC, src=BOG, **YTD9),
      R(f="export", r=GH, c=CRUDE, v=2.31e9, cur="USD", src=BOG, **YTD9),
      R(f="balance", r=GH, v=5.62e9, cur="USD", bal="surplus", d="up", pct=DC, by=DC, byc=DC, b="yoy", src=BOG,
        **YTD9),
      OPT(f="balance", r=GH, v=3.48e9, cur="USD", bal="surplus", **YTD9_32)]),

    # ================================================================ Latin America
    # P25 Peru: the lede with a reason (c null), copper and gold, non-traditional "led by"
    # (keeps its own goods), the surplus.
    ("Peru's exports rose 11.8% year-on-year to $7.42 billion in September, the central bank said, driven by "
     "copper and gold. Copper shipments brought in $2.71 billion and gold $1.58 billion, while non-traditional "
     "exports, led by blueberries and grapes, rose 9.4% to $1.86 billion. The trade surplus for the month was "
     "$2.23 billion.",
     [R(f="export", r=PE, v=7.42e9, cur="USD", d="up", pct=11.8, b="yoy", src=BCRP22, **SEP),
      R(f="export", r=PE, c=COPPER, v=2.71e9, cur="USD", src=BCRP22, **SEP),
      R(f="export", r=PE, c=GOLD, v=1.58e9, cur="USD", src=BCRP22, **SEP),
      R(f="export", r=PE, c=NONTRAD, v=1.86e9, cur="USD", d="up", pct=9.4, b=DC, src=BCRP22, **SEP),
      R(f="balance", r=PE, v=2.23e9, cur="USD", bal="surplus", src=BCRP22, **SEP)]),

    # P26 Peru's blueberries: a restatement in soles ("S/.", one record and a twin), partners'
    # parts ("took ... of the total").
    ("Peru's blueberry exports jumped 24% to US$1.38 billion in January-September, ComexPeru said, or about "
     "S/. 5.1 billion. The United States took US$712 million of the total and the Netherlands US$318 million. "
     "Growers expect a larger harvest next season as new farms in La Libertad start producing.",
     [R(f="export", r=PE, c=BLUEB, v=[1.38e9, 5.1e9], cur=["USD", "PEN"], vq=[None] + ABOUT, d="up", pct=24,
        b=DC, src=COMEXPERU, **YTD9),
      OPT(f="export", r=PE, c=BLUEB, v=5.1e9, cur="PEN", vq=DC, **YTD9),
      R(f="export", r=PE, p=US, c=BLUEB, v=712e6, cur="USD", src=COMEXPERU, **YTD9),
      R(f="export", r=PE, p=NL, c=BLUEB, v=318e6, cur="USD", src=COMEXPERU, **YTD9)]),

    # P27 Peru's fishmeal (single sentence), a fishing season that is no period.
    ("Peru's fishmeal exports jumped 62% to $1.94 billion in January-September, trade group ComexPeru said, "
     "after a strong first anchovy fishing season.",
     [R(f="export", r=PE, c=FISHMEAL, v=1.94e9, cur="USD", d="up", pct=62, b=DC, src=COMEXPERU, **YTD9)]),

    # P28 Ecuador: non-oil exports, shrimp value with a record volume (one record with both
    # measures and a twin), bananas, oil.
    ("Ecuador's non-oil exports rose 8.7% to $13.9 billion in January-September, the Central Bank of Ecuador "
     "said. Shrimp, the top non-oil product, brought in $5.12 billion, down 3.2% on lower prices despite record "
     "volumes of 1.04 million tonnes, while banana exports rose 6.4% to $2.97 billion. Oil exports fell 14.1% "
     "to $5.6 billion.",
     [R(f="export", r=EC, c=NONOIL, v=13.9e9, cur="USD", d="up", pct=8.7, b=DC, src=BCE, **YTD9),
      R(f="export", r=EC, c=SHRIMP, v=5.12e9, cur="USD", vol=[1.04e6, None], u=[TON, None], volq=RECORD,
        d="down", pct=3.2, b=DC, src=BCE, **YTD9),
      OPT(f="export", r=EC, c=SHRIMP, vol=1.04e6, u=TON, volq=RECORD, v=[None, 5.12e9], cur=[None, "USD"],
          **YTD9),
      R(f="export", r=EC, c=BANANAS, v=2.97e9, cur="USD", d="up", pct=6.4, b=DC, src=BCE, **YTD9),
      R(f="export", r=EC, c=CRUDE, v=5.6e9, cur="USD", d="down", pct=14.1, b=DC, src=BCE, **YTD9)]),

    # P29 Ecuador's flowers with a share (single sentence).
    ("Ecuador's flower exports rose 9.2% to $842 million in January-September, the central bank said, with the "
     "United States taking about 44% of the total.",
     [R(f="export", r=EC, c=FLOWERS, v=842e6, cur="USD", d="up", pct=9.2, b=DC, src=BCE, **YTD9)]),

    # P30 Paraguay: the lede with a reason, soybeans and beef, imports.
    ("Paraguay's exports fell 4.8% to $10.2 billion in the first ten months of the year, the Central Bank of "
     "Paraguay said, as lower soybean prices offset higher beef shipments. Soybean exports dropped 12.6% to "
     "$2.94 billion, while beef exports rose 15.3% to $1.67 billion. Imports fell 2.1% to $11.4 billion.",
     [R(f="export", r=PY, v=10.2e9, cur="USD", d="down", pct=4.8, b=DC, src=BCP, **YTD10),
      R(f="export", r=PY, c=SOY, v=2.94e9, cur="USD", d="down", pct=12.6, b=DC, src=BCP, **YTD10),
      R(f="export", r=PY, c=BEEF, v=1.67e9, cur="USD", d="up", pct=15.3, b=DC, src=BCP, **YTD10),
      R(f="import", r=PY, v=11.4e9, cur="USD", d="down", pct=2.1, b=DC, src=BCP, **YTD10)]),

    # P31 Chile: salmon and trout, fruit, copper with a share in a relative clause (none).
    ("Chile's salmon and trout exports rose 7.8% to $5.62 billion in January-October, according to the Central "
     "Bank of Chile, while fruit exports fell 3.1% to $4.2 billion. Copper exports, which make up about half of "
     "total shipments, rose 11.4% to $41.3 billion.",
     [R(f="export", r=CL, c=SALTROUT, v=5.62e9, cur="USD", d="up", pct=7.8, b=DC, src=BCCH, **YTD10),
      R(f="export", r=CL, c=FRUIT, v=4.2e9, cur="USD", d="down", pct=3.1, b=DC, src=BCCH, **YTD10),
      R(f="export", r=CL, c=COPPER, v=41.3e9, cur="USD", d="up", pct=11.4, b=DC, src=BCCH, **YTD10)]),

    # P32 Brazil: a surplus "up 18% from a year earlier", crude "reached" (no change), beef.
    ("Brazil posted a trade surplus of $7.2 billion in October, up 18% from a year earlier, the trade ministry "
     "said. Exports rose 6.1% to $31.4 billion as soybean shipments to China climbed, while imports rose 2.3% "
     "to $24.2 billion. Crude oil exports reached $4.6 billion, and exports of beef rose 21% to $1.3 billion.",
     [R(f="balance", r=BR, v=7.2e9, cur="USD", bal="surplus", d="up", pct=18, b="yoy", src=BRMIN, **OCT),
      R(f="export", r=BR, v=31.4e9, cur="USD", d="up", pct=6.1, b=DC, src=BRMIN, **OCT),
      R(f="import", r=BR, v=24.2e9, cur="USD", d="up", pct=2.3, b=DC, src=BRMIN, **OCT),
      R(f="export", r=BR, c=CRUDE, v=4.6e9, cur="USD", src=BRMIN, **OCT),
      R(f="export", r=BR, c=BEEF, v=1.3e9, cur="USD", d="up", pct=21, b=DC, src=BRMIN, **OCT)]),

    # ================================================================ Central Asia and Asia
    # P33 Kazakhstan: foreign trade turnover (total, c null), flows, partners after the
    # turnover (total).
    ("Kazakhstan's foreign trade turnover fell 3.2% year-on-year to $104.6 billion in January-September, the "
     "Bureau of National Statistics said. Exports dropped 6.8% to $59.3 billion as oil prices fell, while "
     "imports rose 1.9% to $45.3 billion. Trade with China, the country's largest partner, reached $21.8 "
     "billion, and trade with Russia $19.4 billion.",
     [R(f="total", r=KZ, v=104.6e9, cur="USD", d="down", pct=3.2, b="yoy", src=KZBNS, **YTD9),
      R(f="export", r=KZ, v=59.3e9, cur="USD", d="down", pct=6.8, b=DC, src=KZBNS, **YTD9),
      R(f="import", r=KZ, v=45.3e9, cur="USD", d="up", pct=1.9, b=DC, src=KZBNS, **YTD9),
      R(f="total", r=KZ, p=CN, v=21.8e9, cur="USD", src=KZBNS, **YTD9),
      R(f="total", r=KZ, p=RU, v=19.4e9, cur="USD", src=KZBNS, **YTD9)]),

    # P34 Kazakhstan's crude: volume and revenue with different changes (two records).
    ("Kazakhstan exported 52.3 million tonnes of crude oil in January-October, up 3.4% from a year earlier, the "
     "energy ministry said, most of it through the Caspian Pipeline Consortium. Revenue from crude exports "
     "fell 8.6% to $31.2 billion as prices declined.",
     [R(f="export", r=KZ, c=CRUDE, vol=52.3e6, u=TON, v=DC, cur=DC, d="up", pct=3.4, b="yoy", src=KZEN,
        **YTD10),
      R(f="export", r=KZ, c=CRUDE, v=31.2e9, cur="USD", vol=DC, u=DC, d="down", pct=8.6, b=DC, src=KZEN,
        **YTD10)]),

    # P35 Mongolia: coal value and volume in two sentences (two records), a share (none),
    # copper concentrate by volume, imports and the surplus.
    ("Mongolia's exports rose 7.4% to $13.82 billion in the first ten months of 2033, the National Statistics "
     "Office said, with coal exports alone at $6.91 billion. The country shipped 71.2 million tonnes of coal "
     "in the period, up 9.8% from a year earlier, almost all of it to China. Copper concentrate exports fell "
     "5.6% to 1.18 million tonnes. Imports rose 11.2% to $7.94 billion, leaving a surplus of $5.88 billion.",
     [R(f="export", r=MN, v=13.82e9, cur="USD", d="up", pct=7.4, b=DC, src=NSOMN, **YTD10),
      R(f="export", r=MN, c=COAL, v=6.91e9, cur="USD", vol=DC, u=DC, src=NSOMN, **YTD10),
      R(f="export", r=MN, c=COAL, vol=71.2e6, u=TON, v=DC, cur=DC, d="up", pct=9.8, b="yoy", src=NSOMN,
        **YTD10),
      R(f="export", r=MN, c=CUCONC, vol=1.18e6, u=TON, d="down", pct=5.6, b=DC, src=NSOMN, **YTD10),
      R(f="import", r=MN, v=7.94e9, cur="USD", d="up", pct=11.2, b=DC, src=NSOMN, **YTD10),
      R(f="balance", r=MN, v=5.88e9, cur="USD", bal="surplus", src=NSOMN, **YTD10)]),

    # P36 Cambodia: garments, footwear and travel goods; total flows (c DC); a buyer as
    # subject; a tariff in force as context (a record).
    ("Cambodia's exports of garments, footwear and travel goods rose 13.6% to $10.84 billion in the first ten "
     "months of the year, according to the General Department of Customs and Excise. Total exports reached "
     "$24.7 billion, up 15.1% from a year earlier, while imports climbed 10.3% to $25.9 billion. The United "
     "States remained the largest market, buying $8.62 billion of Cambodian goods despite a 19% U.S. tariff.",
     [R(f="export", r=KH, c=GFT, v=10.84e9, cur="USD", d="up", pct=13.6, b=DC, src=KHCUS, **YTD10),
      R(f="export", r=KH, c=DC, v=24.7e9, cur="USD", d="up", pct=15.1, b="yoy", src=KHCUS, **YTD10),
      R(f="import", r=KH, c=DC, v=25.9e9, cur="USD", d="up", pct=10.3, b=DC, src=KHCUS, **YTD10),
      R(f=["export", "import"], r=[KH] + US, p=[KH] + US, c=DC, v=8.62e9, cur="USD", src=KHCUS, **YTD10),
      TAR(r=US, p=[None, KH], c=DC, rate=19)]),

    # P37 Cambodia's rice: a volume with its change and the revenue without one (two
    # records), a buyer as subject.
    ("Cambodia exported 612,400 tonnes of milled rice in the first ten months of the year, up 8.9% from the "
     "same period last year, earning $452 million, the Cambodia Rice Federation said. China was the biggest "
     "buyer, taking 182,300 tonnes.",
     [R(f="export", r=KH, c=RICE, vol=612400, u=TON, v=DC, cur=DC, d="up", pct=8.9, b="yoy", src=CRF, **YTD10),
      R(f="export", r=KH, c=RICE, v=452e6, cur="USD", vol=DC, u=DC, src=CRF, **YTD10),
      R(f=["export", "import"], r=[KH, CN], p=[KH, CN], c=[None, RICE], vol=182300, u=TON, src=CRF, **YTD10)]),

    # P38 Myanmar: the fiscal half-year, rice volume and revenue without a change (one record
    # and a twin, "about"), garments with an appositive, border trade (total).
    ("Myanmar's exports fell 8.2% to $7.36 billion in the first half of the 2033-34 fiscal year, which runs "
     "from April to March, the Ministry of Commerce said. Rice and broken rice exports totalled 1.12 million "
     "tonnes, earning about $486 million, while garment exports, mostly under the cut-make-pack system, fell "
     "11.4% to $2.06 billion. Border trade with China dropped 15.3% to $2.48 billion.",
     [R(f="export", r=MM, v=7.36e9, cur="USD", d="down", pct=8.2, b=DC, src=MMMOC, **MMH1),
      R(f="export", r=MM, c=RICE, v=486e6, cur="USD", vq=ABOUT, vol=[1.12e6, None], u=[TON, None], src=MMMOC,
        **MMH1),
      OPT(f="export", r=MM, c=RICE, vol=1.12e6, u=TON, v=[None, 486e6], cur=[None, "USD"], **MMH1),
      R(f="export", r=MM, c=GARMENTS, v=2.06e9, cur="USD", d="down", pct=11.4, b=DC, src=MMMOC, **MMH1),
      R(f="total", r=MM, p=CN, c=BORDER, v=2.48e9, cur="USD", d="down", pct=15.3, b=DC, src=MMMOC, **MMH1)]),

    # P39 Vietnam: the first ten months (yoy), phones and electronics, "In October alone".
    ("Vietnam's exports in the first ten months of the year rose 13.2% from a year earlier to $389.6 billion, "
     "the National Statistics Office said, while imports rose 15.4% to $368.1 billion, leaving a surplus of "
     "$21.5 billion. Exports of phones and components fell 3.4% to $49.8 billion, while those of computers and "
     "electronics jumped 31.6% to $88.4 billion. In October alone, exports were $41.7 billion.",
     [R(f="export", r=VN, v=389.6e9, cur="USD", d="up", pct=13.2, b="yoy", src=VNNSO, **YTD10),
      R(f="import", r=VN, v=368.1e9, cur="USD", d="up", pct=15.4, b=DC, src=VNNSO, **YTD10),
      R(f="balance", r=VN, v=21.5e9, cur="USD", bal="surplus", src=VNNSO, **YTD10),
      R(f="export", r=VN, c=PHONES, v=49.8e9, cur="USD", d="down", pct=3.4, b=DC, src=VNNSO, **YTD10),
      R(f="export", r=VN, c=ELECCOMP, v=88.4e9, cur="USD", d="up", pct=31.6, b=DC, src=VNNSO, **YTD10),
      R(f="export", r=VN, v=41.7e9, cur="USD", src=VNNSO, **OCT)]),

    # P40 Vietnam's raw cashew imports, partners named by example (p DC).
    ("Vietnam imported 2.86 million tonnes of raw cashew nuts in the first ten months of the year, up 11.3% "
     "from a year earlier, mainly from Cambodia and Côte d'Ivoire, customs data showed.",
     [R(f="import", r=VN, p=DC, c=CASHEW, vol=2.86e6, u=TON, d="up", pct=11.3, b="yoy", src=VNCUS, **YTD10)]),

    # P41 Malaysia: ringgit, a surplus that "narrowed to" (down), E&E and palm oil.
    ("Malaysia's exports rose 7.3% year-on-year to RM138.2 billion in October, the Department of Statistics "
     "said on Friday, while imports grew 10.6% to RM121.5 billion. The trade surplus narrowed to RM16.7 "
     "billion. Exports of electrical and electronic products rose 14.2% to RM56.9 billion, while palm oil and "
     "palm-based products fell 6.8% to RM8.7 billion.",
     [R(f="export", r=MY, v=138.2e9, cur="MYR", d="up", pct=7.3, b="yoy", src=DOSM, **OCT),
      R(f="import", r=MY, v=121.5e9, cur="MYR", d="up", pct=10.6, b=DC, src=DOSM, **OCT),
      R(f="balance", r=MY, v=16.7e9, cur="MYR", bal="surplus", d="down", pct=DC, by=DC, byc=DC, b=DC, src=DOSM,
        **OCT),
      R(f="export", r=MY, c=EEP, v=56.9e9, cur="MYR", d="up", pct=14.2, b=DC, src=DOSM, **OCT),
      R(f="export", r=MY, c=PALM, v=8.7e9, cur="MYR", d="down", pct=6.8, b=DC, src=DOSM, **OCT)]),

    # P42 Indonesia: a surplus beating a poll (none), flows, coal, iron and steel.
    ("Indonesia posted a trade surplus of $4.31 billion in October, Statistics Indonesia said on Tuesday, "
     "beating the $3.6 billion forecast in a Reuters poll. Exports fell 2.9% year-on-year to $23.8 billion, "
     "while imports rose 1.6% to $19.49 billion. Coal exports fell 16.3% to $2.42 billion, but exports of iron "
     "and steel rose 11.8% to $2.61 billion.",
     [R(f="balance", r=ID, v=4.31e9, cur="USD", bal="surplus", src=BPS, **OCT),
      R(f="export", r=ID, v=23.8e9, cur="USD", d="down", pct=2.9, b="yoy", src=BPS, **OCT),
      R(f="import", r=ID, v=19.49e9, cur="USD", d="up", pct=1.6, b=DC, src=BPS, **OCT),
      R(f="export", r=ID, c=COAL, v=2.42e9, cur="USD", d="down", pct=16.3, b=DC, src=BPS, **OCT),
      R(f="export", r=ID, c=IRONSTEEL, v=2.61e9, cur="USD", d="up", pct=11.8, b=DC, src=BPS, **OCT)]),

    # P43 China: the lede (yoy) with the previous month's growth (optional), flows, partners'
    # changes without values.
    ("China's exports rose 5.4% year-on-year in October to $309.8 billion, customs data showed, slowing from a "
     "7.1% gain in September. Imports fell 2.2% to $221.6 billion, leaving a trade surplus of $88.2 billion. "
     "Shipments to the United States fell 11.8%, while exports to the European Union rose 6.9% and those to "
     "ASEAN countries climbed 12.4%.",
     [R(f="export", r=CN, v=309.8e9, cur="USD", d="up", pct=5.4, b="yoy", src=GAC, **OCT),
      OPT(f="export", r=CN, pct=7.1, **SEP),
      R(f="import", r=CN, v=221.6e9, cur="USD", d="down", pct=2.2, b=DC, src=GAC, **OCT),
      R(f="balance", r=CN, v=88.2e9, cur="USD", bal="surplus", src=GAC, **OCT),
      R(f="export", r=CN, p=US, d="down", pct=11.8, b=DC, src=GAC, **OCT),
      R(f="export", r=CN, p=EU, d="up", pct=6.9, b=DC, src=GAC, **OCT),
      R(f="export", r=CN, p=ASEAN, d="up", pct=12.4, b=DC, src=GAC, **OCT)]),

    # P44 Japan: a poll (none), a deficit, partners' changes, "led by" (c DC), a car-export
    # change inside the US clause.
    ("Japan's exports rose 3.8% year-on-year in October to ¥9.46 trillion, Ministry of Finance data showed on "
     "Thursday, beating a median forecast of 2.5% growth in a Reuters poll. Imports fell 1.9% to ¥9.71 "
     "trillion, resulting in a trade deficit of ¥250.4 billion. Exports to China rose 8.3%, led by chipmaking "
     "equipment, while U.S.-bound shipments fell 4.1%, dragged down by a 9.7% drop in car exports.",
     [R(f="export", r=JP, v=9.46e12, cur="JPY", d="up", pct=3.8, b="yoy", src=MOFJ, **OCT),
      R(f="import", r=JP, v=9.71e12, cur="JPY", d="down", pct=1.9, b=DC, src=MOFJ, **OCT),
      R(f="balance", r=JP, v=250.4e9, cur="JPY", bal="deficit", src=MOFJ, **OCT),
      R(f="export", r=JP, p=CN, c=DC, d="up", pct=8.3, b=DC, src=MOFJ, **OCT),
      R(f="export", r=JP, p=US, d="down", pct=4.1, b=DC, src=MOFJ, **OCT),
      R(f="export", r=JP, p=[None] + US, c=CARS, d="down", pct=9.7, b=DC, src=MOFJ, **OCT)]),

    # ================================================================ Europe, North America, Oceania
    # P45 Ireland: goods exports (c DC), pharma and its US part (inherits the goods), the
    # surplus.
    ("The value of Irish goods exports fell 12.4% year-on-year to €19.6 billion in September, the Central "
     "Statistics Office said. Exports of medical and pharmaceutical products dropped 18.1% to €9.4 billion, "
     "with shipments to the United States down 21.6% at €7.2 billion. Imports rose 3.5% to €10.3 billion, "
     "leaving a trade surplus of €9.3 billion.",
     [R(f="export", r=IE, c=DC, v=19.6e9, cur="EUR", d="down", pct=12.4, b="yoy", src=CSO, **SEP),
      R(f="export", r=IE, c=PHARMA, v=9.4e9, cur="EUR", d="down", pct=18.1, b=DC, src=CSO, **SEP),
      R(f="export", r=IE, p=US, c=PHARMA, v=7.2e9, cur="EUR", d="down", pct=21.6, b=DC, src=CSO, **SEP),
      R(f="import", r=IE, c=DC, v=10.3e9, cur="EUR", d="up", pct=3.5, b=DC, src=CSO, **SEP),
      R(f="balance", r=IE, c=DC, v=9.3e9, cur="EUR", bal="surplus", src=CSO, **SEP)]),

    # P46 Poland: zlotys, a restatement in euros (one record and a twin), a share (none).
    ("Poland's exports rose 3.1% year-on-year to 131.4 billion zlotys in September, Statistics Poland said, "
     "while imports fell 0.8% to 128.9 billion zlotys, giving a surplus of 2.5 billion zlotys. In euro terms, "
     "exports were worth €30.6 billion. Germany, Poland's largest trading partner, took 27.8% of exports.",
     [R(f="export", r=PL, v=[131.4e9, 30.6e9], cur=["PLN", "EUR"], d="up", pct=3.1, b="yoy", src=GUS, **SEP),
      OPT(f="export", r=PL, v=30.6e9, cur="EUR", **SEP),
      R(f="import", r=PL, v=128.9e9, cur="PLN", d="down", pct=0.8, b=DC, src=GUS, **SEP),
      R(f="balance", r=PL, v=2.5e9, cur="PLN", bal="surplus", src=GUS, **SEP)]),

    # P47 Poland's food exports, preliminary (single sentence).
    ("Polish food exports rose 5.2% to €49.8 billion in the first nine months of the year, the agriculture "
     "ministry said, citing preliminary customs data.",
     [R(f="export", r=PL, c=FOOD22, v=49.8e9, cur="EUR", vq=DC, d="up", pct=5.2, b=DC, src=PLAG, **YTD9)]),

    # P48 Czechia: crowns, a surplus narrowing from a year earlier (down, base optional), a
    # reason, a good's change without a value.
    ("The Czech Republic's trade surplus narrowed to 14.2 billion crowns in September from 21.6 billion a year "
     "earlier, the Czech Statistical Office said. Exports fell 2.3% to 372.5 billion crowns, dragged down by "
     "cars, while imports rose 0.4% to 358.3 billion crowns. Motor vehicle exports fell 6.8% year-on-year.",
     [R(f="balance", r=CZ, v=14.2e9, cur="CZK", bal="surplus", d="down", pct=DC, by=DC, byc=DC, b="yoy",
        src=CZSO, **SEP),
      OPT(f="balance", r=CZ, v=21.6e9, cur="CZK", bal="surplus", **SEP32),
      R(f="export", r=CZ, v=372.5e9, cur="CZK", d="down", pct=2.3, b=DC, src=CZSO, **SEP),
      R(f="import", r=CZ, v=358.3e9, cur="CZK", d="up", pct=0.4, b=DC, src=CZSO, **SEP),
      R(f="export", r=CZ, c=MOTORV, d="down", pct=6.8, b="yoy", src=CZSO, **SEP)]),

    # P49 Greece: a deficit widening by a percent from a year earlier (d DC, yoy), exports
    # "excluding oil products" (c DC).
    ("Greece's trade deficit widened 9.7% to €2.94 billion in September from a year earlier, the Hellenic "
     "Statistical Authority said. Exports fell 4.2% to €3.71 billion, while imports rose 2.3% to €6.65 "
     "billion. Excluding oil products, exports rose 3.6% to €2.62 billion.",
     [R(f="balance", r=GR, v=2.94e9, cur="EUR", bal="deficit", d=DC, pct=9.7, b="yoy", src=ELSTAT, **SEP),
      R(f="export", r=GR, v=3.71e9, cur="EUR", d="down", pct=4.2, b=DC, src=ELSTAT, **SEP),
      R(f="import", r=GR, v=6.65e9, cur="EUR", d="up", pct=2.3, b=DC, src=ELSTAT, **SEP),
      R(f="export", r=GR, c=DC, v=2.62e9, cur="EUR", d="up", pct=3.6, b=DC, src=ELSTAT, **SEP)]),

    # P50 Germany: month-on-month, "edged down" (cq DC), a surplus widening from August
    # (base optional), partners "on the month" (mom).
    ("German exports rose 1.2% in September compared with the previous month to €131.7 billion, the Federal "
     "Statistical Office said, while imports edged down 0.3% to €114.9 billion. The trade surplus widened to "
     "€16.8 billion from €14.9 billion in August. Exports to the United States fell 4.6% on the month to €12.3 "
     "billion, and those to China rose 2.1% to €6.8 billion.",
     [R(f="export", r=DE, v=131.7e9, cur="EUR", d="up", pct=1.2, b="mom", src=DESTATIS, **SEP),
      R(f="import", r=DE, v=114.9e9, cur="EUR", d="down", pct=0.3, cq=DC, b=DC, src=DESTATIS, **SEP),
      R(f="balance", r=DE, v=16.8e9, cur="EUR", bal="surplus", d="up", pct=DC, by=DC, byc=DC, b=DC,
        src=DESTATIS, **SEP),
      OPT(f="balance", r=DE, v=14.9e9, cur="EUR", bal="surplus", **AUG),
      R(f="export", r=DE, p=US, v=12.3e9, cur="EUR", d="down", pct=4.6, b="mom", src=DESTATIS, **SEP),
      R(f="export", r=DE, p=CN, v=6.8e9, cur="EUR", d="up", pct=2.1, b=DC, src=DESTATIS, **SEP)]),

    # P51 the UK: a goods deficit "narrowed to" (d DC), goods exports by partner (c DC), the
    # overall deficit including services (c DC).
    ("The UK's goods trade deficit narrowed to £18.9 billion in September, the Office for National Statistics "
     "said, as imports of fuels fell. Goods exports to the European Union rose 2.8% to £15.1 billion, while "
     "exports to non-EU countries fell 1.6% to £13.4 billion. Including services, the overall trade deficit "
     "was £4.6 billion.",
     [R(f="balance", r=UK, c=DC, v=18.9e9, cur="GBP", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC, src=ONS,
        **SEP),
      R(f="export", r=UK, p=EU, c=DC, v=15.1e9, cur="GBP", d="up", pct=2.8, b=DC, src=ONS, **SEP),
      R(f="export", r=UK, p=NONEU, c=DC, v=13.4e9, cur="GBP", d="down", pct=1.6, b=DC, src=ONS, **SEP),
      R(f="balance", r=UK, c=DC, v=4.6e9, cur="GBP", bal="deficit", src=ONS, **SEP)]),

    # P52 the euro zone: a surplus with the rest of the world up from a year earlier (base
    # optional), goods flows, the EU's surplus with the US.
    ("The euro zone's trade surplus with the rest of the world rose to €14.7 billion in September from €9.8 "
     "billion a year earlier, Eurostat said on Tuesday. Exports of goods fell 1.4% year-on-year to €228.3 "
     "billion, while imports dropped 3.8% to €213.6 billion. The European Union's surplus with the United "
     "States was €17.2 billion.",
     [R(f="balance", r=EZ, p=WORLD, c=DC, v=14.7e9, cur="EUR", bal="surplus", d="up", pct=DC, by=DC, byc=DC,
        b="yoy", src=EUROSTAT, **SEP),
      OPT(f="balance", r=EZ, p=WORLD, c=DC, v=9.8e9, cur="EUR", bal="surplus", **SEP32),
      R(f="export", r=EZ, p=WORLD, c=DC, v=228.3e9, cur="EUR", d="down", pct=1.4, b="yoy", src=EUROSTAT,
        **SEP),
      R(f="import", r=EZ, p=WORLD, c=DC, v=213.6e9, cur="EUR", d="down", pct=3.8, b=DC, src=EUROSTAT, **SEP),
      R(f="balance", r=EU, p=US, c=DC, v=17.2e9, cur="EUR", bal="surplus", src=EUROSTAT, **SEP)]),

    # P53 the US: a deficit narrowing by a percent (d DC), flows (c DC), the goods deficit with
    # China "fell to" (d DC).
    ("The U.S. trade deficit narrowed 7.8% to $63.1 billion in September, the Commerce Department said on "
     "Thursday, as imports fell 2.4% to $329.5 billion. Exports rose 0.6% to $266.4 billion, lifted by "
     "shipments of industrial supplies. The goods deficit with China fell to $18.2 billion.",
     [R(f="balance", r=US, c=DC, v=63.1e9, cur="USD", bal="deficit", d=DC, pct=7.8, b=DC, src=USDOC, **SEP),
      R(f="import", r=US, c=DC, v=329.5e9, cur="USD", d="down", pct=2.4, b=DC, src=USDOC, **SEP),
      R(f="export", r=US, c=DC, v=266.4e9, cur="USD", d="up", pct=0.6, b=DC, src=USDOC, **SEP),
      R(f="balance", r=US, p=CN, c=DC, v=18.2e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC,
        src=USDOC, **SEP)]),

    # P54 Australia: a surplus widening from August (base optional), a good's change without a
    # value, iron ore "little changed".
    ("Australia's trade surplus widened to A$5.8 billion in September from A$4.9 billion in August, the "
     "Australian Bureau of Statistics said. Exports of goods and services rose 2.6% to A$43.2 billion, helped "
     "by a 9.4% jump in gold exports, while imports rose 1.1% to A$37.4 billion. Iron ore exports were little "
     "changed at A$9.6 billion.",
     [R(f="balance", r=AU, c=DC, v=5.8e9, cur="AUD", bal="surplus", d="up", pct=DC, by=DC, byc=DC, b=DC, src=ABS,
        **SEP),
      OPT(f="balance", r=AU, c=DC, v=4.9e9, cur="AUD", bal="surplus", **AUG),
      R(f="export", r=AU, c=DC, v=43.2e9, cur="AUD", d="up", pct=2.6, b=DC, src=ABS, **SEP),
      R(f="export", r=AU, c=GOLD, d="up", pct=9.4, b=DC, src=ABS, **SEP),
      R(f="import", r=AU, c=DC, v=37.4e9, cur="AUD", d="up", pct=1.1, b=DC, src=ABS, **SEP),
      R(f="export", r=AU, c=IRONORE, v=9.6e9, cur="AUD", d=DC, pct=[None, 0], b=DC, src=ABS, **SEP)]),

    # P55 New Zealand: a rolling year (goods, c DC), the China part of the goods headline,
    # dairy "led by" (keeps dairy), meat, the monthly deficit against a year earlier (base
    # optional).
    ("New Zealand's annual goods exports rose 4.2% to NZ$74.8 billion in the year ended October, Stats NZ said "
     "on Thursday. Exports to China, the largest market, fell 2.4% to NZ$19.7 billion. Dairy exports, led by "
     "milk powder, rose 9.6% to NZ$26.1 billion, while meat exports increased 6.8% to NZ$11.3 billion. The "
     "monthly goods trade deficit was NZ$1.21 billion in October, compared with a deficit of NZ$1.64 billion a "
     "year earlier.",
     [R(f="export", r=NZ, c=DC, v=74.8e9, cur="NZD", d="up", pct=4.2, b=DC, src=STATSNZ, **R12OCT),
      R(f="export", r=NZ, p=CN, c=DC, v=19.7e9, cur="NZD", d="down", pct=2.4, b=DC, src=STATSNZ, **R12OCT),
      R(f="export", r=NZ, c=DAIRY, v=26.1e9, cur="NZD", d="up", pct=9.6, b=DC, src=STATSNZ, **R12OCT),
      R(f="export", r=NZ, c=MEAT, v=11.3e9, cur="NZD", d="up", pct=6.8, b=DC, src=STATSNZ, **R12OCT),
      R(f="balance", r=NZ, c=DC, v=1.21e9, cur="NZD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b="yoy",
        src=STATSNZ, **OCT),
      OPT(f="balance", r=NZ, c=DC, v=1.64e9, cur="NZD", bal="deficit", **OCT32)]),
]

NEG = [
    # N01 remittances and import payments (Bangladesh).
    "Remittance inflows to Bangladesh rose 11.4% year-on-year to $2.51 billion in October, Bangladesh Bank data "
    "showed, easing pressure on the taka as import payments picked up ahead of the garment export season.",
    # N02 reserves and tourism earnings (Sri Lanka).
    "Sri Lanka's gross official reserves rose to $7.1 billion at the end of October from $6.8 billion in "
    "September, the central bank said, helped by an IMF disbursement and tourism earnings of $318 million in "
    "the month.",
    # N03 a budget deficit and customs duties collected (Pakistan).
    "Pakistan's fiscal deficit narrowed to 1.2% of GDP in July-September, the finance ministry said, as "
    "customs duties collected on imports rose 14% to Rs 396 billion.",
    # N04 inflation with imported food (Egypt).
    "Egypt's annual urban consumer price inflation eased to 11.8% in October from 12.6% in September, CAPMAS "
    "said, as the prices of imported food staples stabilised.",
    # N05 an interest rate, the pound (EGP) and reserves (Egypt).
    "The Central Bank of Egypt left its overnight deposit rate unchanged at 19.25% on Thursday, while the pound "
    "held at EGP 47.6 per dollar and net international reserves rose to $49.8 billion, helped by export "
    "proceeds and Suez Canal receipts.",
    # N06 one company's revenue (Morocco).
    "OCP Group, Morocco's state-owned phosphate company, reported a 12% rise in nine-month revenue to 78.4 "
    "billion dirhams, driven by higher fertiliser export volumes to Africa and Brazil.",
    # N07 an IMF forecast of export earnings (Ethiopia).
    "The International Monetary Fund expects Ethiopia's economy to grow 7.2% in the 2033/34 fiscal year, with "
    "export earnings projected to rise to about $5.6 billion as coffee and gold output increases.",
    # N08 a cocoa farmgate price (Ghana).
    "Ghana's cocoa regulator raised the farmgate price by 12% to GH₵ 58,000 per tonne for the 2033/34 season, "
    "citing higher prices for its beans on world export markets.",
    # N09 copper output and a target (Zambia).
    "Zambia's copper production rose 8.6% to 712,400 tonnes in the first nine months of the year, the mines "
    "ministry said, keeping the country on course for its target of 1 million tonnes a year by 2031.",
    # N10 mining investment (Peru).
    "Mining investment in Peru rose 14.2% to $3.86 billion in January-September, the energy and mines ministry "
    "said, with most of the spending on copper projects whose output is largely shipped to China.",
    # N11 a coal export price and the tugrik (Mongolia).
    "The average price of Mongolian coking coal sold at the Gashuunsukhait border crossing fell to $78 a tonne "
    "in October, while the tugrik weakened to 3,512 per dollar, the central bank said.",
    # N12 a dairy price forecast and an auction index (New Zealand).
    "Fonterra cut its forecast farmgate milk price for the 2033/34 season to NZ$9.40 per kilogram of milk "
    "solids, citing weaker prices at the Global Dairy Trade auction, where the index fell 2.8% on Tuesday.",
    # N13 corporation tax (Ireland).
    "Ireland collected €28.4 billion in corporation tax in the first ten months of the year, the Department "
    "of Finance said, with more than half paid by a handful of U.S. multinationals that export medicines and "
    "software from the country.",
    # N14 a PMI's new export orders (Poland).
    "Poland's manufacturing PMI rose to 50.8 in October from 49.6 in September, S&P Global said, with new "
    "export orders growing for the first time in seven months.",
    # N15 car production with an export share (Czechia).
    "Czech car production rose 3.2% to 1.14 million vehicles in the first ten months of the year, the "
    "Automotive Industry Association said, and about 90% of them were exported.",
    # N16 travel receipts and a current account (Greece).
    "Greece's travel receipts rose 6.4% to €19.8 billion in January-September, the Bank of Greece said, while "
    "the current account deficit narrowed to €6.1 billion.",
    # N17 GDP with exports named without a figure and the shekel (Israel).
    "Israel's economy grew at an annualised 3.6% in the third quarter, the Central Bureau of Statistics said, "
    "as exports of goods and services recovered, and the shekel firmed to 3.62 shekels per dollar.",
    # N18 port throughput (UAE).
    "DP World's Jebel Ali port handled 11.6 million TEUs in the first nine months of 2033, up 4.8% from a year "
    "earlier, as Dubai's re-export trade with Africa and India held up.",
    # N19 an LNG supply deal and capacity (Qatar).
    "QatarEnergy signed a 27-year agreement to supply 3 million tonnes a year of LNG to a Chinese buyer from "
    "2036, and said its North Field expansion would lift export capacity to 142 million tonnes a year by 2030.",
    # N20 investment approvals (Cambodia).
    "Cambodia approved 214 investment projects worth $6.3 billion in the first ten months of the year, the "
    "Council for the Development of Cambodia said, most of them export-oriented garment and footwear factories.",
    # N21 a soybean crop forecast with a "could be exported" amount (Paraguay).
    "Paraguay's 2033/34 soybean harvest is forecast at 10.8 million tonnes, the grain exporters' chamber "
    "Capeco said, of which about 6.9 million tonnes could be exported.",
    # N22 China's foreign exchange reserves and one carmaker's overseas sales.
    "China's foreign exchange reserves rose $18.6 billion to $3.42 trillion at the end of October, the State "
    "Administration of Foreign Exchange said, while carmaker BYD said its overseas sales jumped 62% to 108,400 "
    "vehicles in the month.",
]
