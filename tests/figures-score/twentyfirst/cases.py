from slots import DC, R, M, Y, PR

# The twenty-first set: every text is the only body paragraph (after an unrelated opening
# one) of a page published on 2033-10-16 (a Sunday). So "September" and "last month" are
# September 2033; "August" is August 2033 and "July" (only in the bases of India's, the
# UK's, Australia's and Argentina's figures) July 2033; "the third quarter" does not occur
# with a figure (only with GDP, profits and FDI in near misses); "the second quarter"
# (Nigeria) is April-June 2033; "the first nine months of the year", "the first nine months
# of 2033" and "the first nine months" January-September 2033; "the first eight months of
# the year" January-August 2033; "the first half of 2033" January-June 2033; "the first 10
# days of October" (South Korea) 2033-10-01 to 2033-10-10, the only figure of the month of
# publication; "the three months to August" (UK) June-August 2033; "the 12 months to August"
# (Uganda) September 2032 - August 2033 and "the 12 months to September" (Colombia) October
# 2032 - September 2033; "the previous 12 months" is the base of the Ugandan figure (named
# by its period, b DC, no amount, no record). Bases: "a year earlier", "from a year
# earlier", "from the same period last year" and "year-on-year" state yoy and name the same
# months of 2032 ("September 2032" and "August 2032" for the optional base records);
# "September 2032" written out is a base named by its period (b DC); "from August", "from
# the previous month" and "compared with the previous month" for a September or August
# figure state mom, while "9% less than in August" (India's Russian crude) names the base
# by its month (b DC, ninth set's "in April"); "from £19.1 billion in July", "from a
# revised A$5.6 billion in July", "from $27.4 billion in July" and "from $1.1 billion in
# July" are bases of July 2033 (optional records, b DC);
# "quarter-on-quarter" (Nigeria) states the quarter basis (QOQ). Fiscal years: India's
# "April-September, the first half of the fiscal year" is April-September 2033 (of
# 2033-34); Pakistan's "July-September, the first quarter of fiscal year 2033-34" is
# July-September 2033 ("In September alone" that September). Dates that are no period of
# any figure: weekdays ("on Thursday", "said on Friday", "on Saturday", "on Monday", "on
# Tuesday", "on Wednesday") as release days, "on Oct. 1" (a release date), "since May 2020"
# (in a count of monthly surpluses), "2009" in "the smallest since 2009" (a record word). In
# near misses "2034", "this year", "by 2030" and "the 2033/34 crop" belong to forecasts,
# targets and crop estimates; "the third quarter" to GDP, profits and FDI; "September",
# "August", "July" and "a year earlier" to industrial orders, port throughput, remittances,
# output, prices, trade finance and a current account; "the year to August" to import
# prices; "the week to Oct. 7" to reserves; "the first nine months of the year" to customs
# revenue and trade finance.
#
# Conventions: every convention stated in the twentieth set's header (twentieth/cases.py,
# which carries those of the nineteenth, and through it those of the ninth to eighteenth
# sets) is kept unchanged and is not repeated here. In short: values are positive amounts
# in the original currency (deficits bal="deficit", surpluses bal="surplus"); b is
# "yoy"/"mom" only when the text states the comparison, DC when it is implied or the base is
# named by its period, null when there is no change; a change in a later sentence or clause
# that does not restate its comparison has b DC; a narrowing or widening deficit has d DC,
# a surplus that rises or widens is "up" and one that falls is "down"; later sentences and
# clauses inherit reporter, period and source; comparison bases are optional records (OPT);
# a change of a whole economy's, a partner's or a good's trade given only as a percent is a
# record with a null value; "goods", "merchandise", "goods and services", "overall" and
# "total" flows have c DC (also the whole-economy exports, imports and balances that go
# with a merchandise, goods or goods-and-services headline, and the overall euro-zone and
# Australian balances, tenth set), plain "exports"/"imports" of a whole economy and a plain
# "trade deficit"/"trade surplus" c null; named goods are commodities; "a record" vq
# RECORD, "the highest for any month on record" HIGHEST, "the smallest since 2009" LOWEST;
# "preliminary" values vq DC; "an average of" a volume volq DC; forecasts, polls, targets,
# shares, prices, exchange rates, stock indices, current accounts, GDP, FDI, remittances,
# reserves, customs revenue, port throughput, trade finance, orders (export or industrial
# orders from abroad), output and crop estimates and one company's results are never trade
# figures; tariffs (TAR) as the ninth to twentieth sets have them (a rate in force named as
# context is a required record).
#
# New in this (twenty-first) set, which stresses ORDINARY, MAINSTREAM TRADE NEWS rather than
# exotic forms: wire and newspaper reports on monthly, quarterly, year-to-date and rolling
# customs and statistics-office data, bilateral trade, commodity trade (soybeans, iron ore,
# crude oil, LNG, copper, coffee, cocoa, tea, rice, palm oil, cars and vehicles), trade
# balances, and business-press paragraphs that put trade figures beside polls, prices,
# exchange rates and expectations. No convention is new; these are the readings of the
# common forms that the earlier conventions give, stated so that an annotator can check
# every record:
# - The commonest change wordings: "rose/fell/climbed/jumped/dropped/slipped/gained X% ...
#   to $Y", "up X% from a year earlier", "down X% from the same period last year", "were up
#   X% at $Y", "totalled $Y, up X%" give d and pct (b as stated); "edged up 0.4%" cq DC;
#   "widened $3.2 billion, or 4.9%, to $68.3 billion" is by 3.2 x 10^9 USD and pct 4.9
#   (d DC: a deficit); "narrowed 15.4% year-on-year to $6.1 billion" pct 15.4, b yoy, d DC;
#   "narrowed to C$4.1 billion" and "widened to £20.6 billion from £19.1 billion in July"
#   d, pct and by DC (the base optional); "down from 905,000 tonnes a year earlier" d down,
#   pct and by DC, b yoy, base optional; "were little changed at", "were broadly unchanged
#   at" d DC, pct null or 0; a surplus "compared with a deficit of $812 million a year
#   earlier" (the tenth set's "swung to") d, pct and by DC, b yoy, the deficit an optional
#   base.
# - Poll and expectation clauses inside positive texts ("Economists polled by Reuters had
#   forecast a 0.8% rise", "economists polled by Reuters had expected $23.5 billion", "the
#   ministry expects growth of about 4% for the whole year") make no record and change
#   nothing in the records beside them (the deficit "of $25.7 billion" has no change).
# - Counts and runs ("its third straight monthly shortfall", "the country's 161st
#   consecutive monthly surplus since May 2020") are no figures and no vq.
# - Reasons ("as semiconductor shipments surged", "helped by higher prices", "dragged down
#   by cars", "as lower oil and iron ore prices offset record soybean volumes") name no
#   commodity (c null, or c DC where the flow's own c is DC); change words without a number
#   ("record soybean volumes") make no record. "Led by soybean meal and corn" leaves c DC
#   (the twentieth set's "led by machinery and whisky"). "Mostly oil and gas" after imports
#   from Russia is an appositive: c DC.
# - Parts: "with crude oil accounting for ₦16.9 trillion of the total" is a record of the
#   part; "Tea remained the top export, earning KSh 98.1 billion, followed by horticulture
#   at KSh 87.3 billion" are two records (the ranking none); "cutting the share of oil in
#   total exports to 69.3% from 73.8%" is a share (none).
# - Partners: "other European Union countries" is p EU; "countries other than the United
#   States" p DC; "the rest of the world" WORLD; "China and Hong Kong" CHINA_HK; "Russian
#   crude oil" has p Russia; "imports from China, its biggest supplier", "Exports to the
#   United States, its largest market" (ranks in appositives) change nothing. In the Korean
#   car paragraph, "Exports to the European Union" after car exports to the United States
#   inherit the goods (cars), as breakdowns by partner do (ninth set).
# - Restated volumes: "45.3 million tonnes, or about 11.07 million barrels per day" is one
#   record accepting either (volq null or about) plus an optional twin (tenth set).
# - "A record C$13.9 billion" and "a record US$51.3 billion" have vq RECORD.
# - Sources: "customs data showed" is GAC in a Chinese text and Vietnam's customs in a
#   Vietnamese one; "according to Chinese customs data" GAC; "commerce ministry data
#   showed" the commerce ministry; "data from the trade ministry's foreign trade secretariat
#   Secex" the ministry or Secex; "Kpler ship-tracking data" Kpler; "cargo surveyor
#   Intertek Testing Services" Intertek; "Eurostat data showed" Eurostat; "the Automotive
#   Business Council, Naamsa" Naamsa; "the Uludag Automotive Industry Exporters'
#   Association" (OIB) that association;
#   "government data showed" names no body (src null, tenth set's "data showed").
# - A tariff named as the reason for a fall ("as the 15% U.S. tariff on Korean vehicles
#   weighed on shipments") is a tariff record (rate in force, tenth set), reporter the
#   United States, partner South Korea (or null), goods cars.
# - Currencies: "$" USD everywhere in this set; "US$" USD; "€" EUR; "£" GBP; "¥" in a
#   Japanese text JPY; "A$" AUD; "C$" CAD; "KSh" KES; "R" before an amount in a South
#   African text ZAR; "₦" NGN; "SAR" SAR. "billion", "trillion" and "million" as in the
#   thirteenth set; "36,420 units" of vehicles u UNITS; "60-kg bags" u BAG (the "60" is no
#   amount).
# - Near misses of this set (no record): GDP with exports named without a figure, a
#   Reuters poll forecast, one company's quarterly results, an exchange rate and portfolio
#   flows, a current account (with a goods deficit named without a figure), an export
#   target, futures and export prices, industrial orders from abroad, a WTO forecast, port
#   throughput, FDI, remittances, steel output and a crop forecast, import prices and
#   inflation, customs revenue, tariff cuts without a rate and trade that "could reach" a
#   target, central bank reserves, trade finance with its year-earlier amount, exporters'
#   shares and an index, and a growth forecast with the shilling.

# The names of economies, sources, units and qualifiers and the record helpers (OPT, YTD,
# Q, H, TAR) that the tenth to twentieth sets defined mean the same here: they are taken
# from the twelfth to sixteenth sets' cases rather than copied (those files have their
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
TON ABOUT RECORD HIGHEST LOWEST QOQ US EU RU KR GAC DPRK UK EZ TR WORLD USDOC DESTATIS MOFJ MOTIE KCS
INCOM ONS STATCAN ABS BRMIN INEGI VNNSO VNCUS VNAGRI BPS GASTAT BBL UNITS CRUDE LNG CHIPS CARS SOY VN ZA
PH JP SA CA MX TW AU ID CHINA_HK NONOIL AUTO BAG TWMOF ITS PSA TREA PBS NBSNG SARS NAAMSA KNBS BCCH INDEC
FNC UCDA EUROSTAT THMOC KPLER OPT TAR YTD Q H
""".split():
    globals()[_n] = getattr(_t12, _n)
_t13 = _load("thirteenth")
for _n in "CN IN DE PK KE NG CL BR AR TH MY PALM TEA TBK TRMIN".split():
    globals()[_n] = getattr(_t13, _n)
_t14 = _load("fourteenth")
for _n in "CO GH BOG COCOA".split():
    globals()[_n] = getattr(_t14, _n)
_t15 = _load("fifteenth")
for _n in "UG NONEU".split():
    globals()[_n] = getattr(_t15, _n)
_t16 = _load("sixteenth")
for _n in "COFFEE IRONORE COAL COPPER RICE".split():
    globals()[_n] = getattr(_t16, _n)

# New in this (twenty-first) set: goods.
VEH21 = ["vehicles", "vehicle", "cars", "autos", "automotive", "light vehicles"]
HORT = ["horticulture", "horticultural", "horticultural produce", "horticultural products"]
# Sources.
OIB = ["Uludag Automotive Industry Exporters' Association", "Uludağ Automotive Industry Exporters' Association",
       "Automotive Industry Exporters' Association", "Exporters' Association", "OIB", "association"]

# Periods.
SEP = M(2033, 9)
AUG = M(2033, 8)
JUL = M(2033, 7)
SEP32 = M(2032, 9)
AUG32 = M(2032, 8)
Q2 = Q(2033, 2)
Q3 = Q(2033, 3)                              # Pakistan's July-September, Q1 of FY 2033-34
H1 = H(2033, 1)
YTD8 = YTD(2033, 8)
YTD9 = YTD(2033, 9)
INAS = PR("2033-04-01", "2033-09-30")        # India's April-September of 2033-34
JJA = PR("2033-06-01", "2033-08-31")         # the UK's three months to August
R12AUG = PR("2032-09-01", "2033-08-31")      # the 12 months to August (Uganda)
R12SEP = PR("2032-10-01", "2033-09-30")      # the 12 months to September (Colombia)
OCT10 = PR("2033-10-01", "2033-10-10")       # South Korea's first 10 days of October

POS = [
    # ================================================================ single sentences
    # P01 a volume with its change (yoy), a customs body named in full.
    ("China's soybean imports rose 14.2% in September from a year earlier to 11.8 million tonnes, data from "
     "the General Administration of Customs showed on Thursday.",
     [R(f="import", r=CN, c=SOY, vol=11.8e6, u=TON, d="up", pct=14.2, b="yoy", src=GAC, **SEP)]),

    # P02 "the highest for any month on record" (HIGHEST), a release date, a reason (none).
    ("South Korea's exports rose 9.4% from a year earlier to $61.2 billion in September, the highest for any "
     "month on record, the trade ministry said on Oct. 1, as semiconductor shipments surged.",
     [R(f="export", r=KR, v=61.2e9, cur="USD", vq=HIGHEST, d="up", pct=9.4, b="yoy", src=MOTIE, **SEP)]),

    # P03 month-on-month stated ("compared with the previous month").
    ("Germany's exports fell 1.8% in August compared with the previous month, to €128.4 billion, the "
     "Federal Statistical Office said on Friday.",
     [R(f="export", r=DE, v=128.4e9, cur="EUR", d="down", pct=1.8, b="mom", src=DESTATIS, **AUG)]),

    # P04 an absolute and a relative change of a widening deficit (d DC), goods and services.
    ("The U.S. goods and services trade deficit widened $3.2 billion, or 4.9%, to $68.3 billion in August, "
     "the Commerce Department said on Thursday.",
     [R(f="balance", r=US, c=DC, v=68.3e9, cur="USD", bal="deficit", d=DC, pct=4.9, by=3.2e9, byc="USD", b=DC,
        src=USDOC, **AUG)]),

    # P05 a narrowing deficit with its base of the month before (optional).
    ("India's merchandise trade deficit narrowed to $24.6 billion in August from $27.4 billion in July, "
     "commerce ministry data showed.",
     [R(f="balance", r=IN, c=DC, v=24.6e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC,
        src=INCOM, **AUG),
      OPT(f="balance", r=IN, c=DC, v=27.4e9, cur="USD", bal="deficit", **JUL)]),

    # P06 a year-to-date total, "from the same period last year".
    ("Vietnam's exports in the first nine months of the year rose 14.8% from the same period last year to "
     "$352.6 billion, the National Statistics Office said.",
     [R(f="export", r=VN, v=352.6e9, cur="USD", d="up", pct=14.8, b="yoy", src=VNNSO, **YTD9)]),

    # P07 "Brazil exported ... of soybeans", a secretariat inside a ministry.
    ("Brazil exported 8.6 million tonnes of soybeans in September, up 21% from a year earlier, according to "
     "data from the trade ministry's foreign trade secretariat Secex.",
     [R(f="export", r=BR, c=SOY, vol=8.6e6, u=TON, d="up", pct=21, b="yoy", src=BRMIN, **SEP)]),

    # P08 a surplus "came in at", a count of surpluses (no figure, "May 2020" no period).
    ("Indonesia's trade surplus came in at $3.94 billion in September, Statistics Indonesia said on "
     "Saturday, the country's 161st consecutive monthly surplus since May 2020.",
     [R(f="balance", r=ID, v=3.94e9, cur="USD", bal="surplus", src=BPS, **SEP)]),

    # P09 an exporters' association, a sector's exports (b DC).
    ("Turkey's automotive exports rose 8.2% to $3.4 billion in September, the Uludag Automotive Industry "
     "Exporters' Association said.",
     [R(f="export", r=TR, c=AUTO, v=3.4e9, cur="USD", d="up", pct=8.2, b=DC, src=OIB, **SEP)]),

    # P10 a goods deficit widening from the month before (base optional).
    ("The UK's goods trade deficit widened to £20.6 billion in August from £19.1 billion in July, the Office "
     "for National Statistics said.",
     [R(f="balance", r=UK, c=DC, v=20.6e9, cur="GBP", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC,
        src=ONS, **AUG),
      OPT(f="balance", r=UK, c=DC, v=19.1e9, cur="GBP", bal="deficit", **JUL)]),

    # P11 a bilateral flow from Chinese customs data.
    ("China's exports to North Korea rose 18.3% year-on-year to $161.4 million in September, according to "
     "Chinese customs data.",
     [R(f="export", r=CN, p=DPRK, v=161.4e6, cur="USD", d="up", pct=18.3, b="yoy", src=GAC, **SEP)]),

    # P12 a commodity's value with an implied basis.
    ("Australia's iron ore exports fell 6% to A$9.8 billion in August, the Australian Bureau of Statistics "
     "said.",
     [R(f="export", r=AU, c=IRONORE, v=9.8e9, cur="AUD", d="down", pct=6, b=DC, src=ABS, **AUG)]),

    # P13 an import volume of LNG.
    ("Japan's imports of liquefied natural gas fell 8.2% from a year earlier to 4.71 million tonnes in "
     "August, Ministry of Finance data showed.",
     [R(f="import", r=JP, c=LNG, vol=4.71e6, u=TON, d="down", pct=8.2, b="yoy", src=MOFJ, **AUG)]),

    # P14 a reason ("helped by higher prices") names nothing.
    ("Chile's copper exports rose 11.5% year-on-year to $4.62 billion in September, the central bank said, "
     "helped by higher prices.",
     [R(f="export", r=CL, c=COPPER, v=4.62e9, cur="USD", d="up", pct=11.5, b="yoy", src=BCCH, **SEP)]),

    # P15 a partner's record.
    ("Mexico's exports to the United States climbed 7.3% in August from a year earlier to a record $47.9 "
     "billion, according to INEGI.",
     [R(f="export", r=MX, p=US, v=47.9e9, cur="USD", vq=RECORD, d="up", pct=7.3, b="yoy", src=INEGI, **AUG)]),

    # P16 a merchandise deficit and the changes of its flows without values (c DC).
    ("Canada's merchandise trade deficit narrowed to C$4.1 billion in August, Statistics Canada said on "
     "Thursday, as imports fell 2.9% and exports slipped 1.4%.",
     [R(f="balance", r=CA, c=DC, v=4.1e9, cur="CAD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC,
        src=STATCAN, **AUG),
      R(f="import", r=CA, c=DC, d="down", pct=2.9, b=DC, src=STATCAN, **AUG),
      R(f="export", r=CA, c=DC, d="down", pct=1.4, b=DC, src=STATCAN, **AUG)]),

    # P17 a partner as adjective ("Russian crude"), "an average of" (volq DC), "less than in
    # August" (a base named by its month, b DC).
    ("India imported an average of 1.48 million barrels per day of Russian crude oil in September, 9% less "
     "than in August, according to Kpler ship-tracking data.",
     [R(f="import", r=IN, p=RU, c=CRUDE, vol=1.48e6, u=BBL, volq=DC, d="down", pct=9, b=DC, src=KPLER,
        **SEP)]),

    # P18 "government data showed" (no body: src null).
    ("Vietnam's coffee exports in September jumped 34.6% from a year earlier to 118,400 tonnes, government "
     "data showed.",
     [R(f="export", r=VN, c=COFFEE, vol=118400, u=TON, d="up", pct=34.6, b="yoy", src=None, **SEP)]),

    # P19 "earned ... from tea exports", a year-to-date span of this year.
    ("Kenya earned KSh 131.6 billion from tea exports in the first eight months of the year, down 5.3% from "
     "the same period last year, the Tea Board of Kenya said.",
     [R(f="export", r=KE, c=TEA, v=131.6e9, cur="KES", d="down", pct=5.3, b="yoy", src=TBK, **YTD8)]),

    # P20 a half-year figure of a central bank.
    ("Ghana's cocoa exports fell 19% to $1.26 billion in the first half of 2033, the Bank of Ghana said.",
     [R(f="export", r=GH, c=COCOA, v=1.26e9, cur="USD", d="down", pct=19, b=DC, src=BOG, **H1)]),

    # P21 a count of vehicles (u units), an industry body.
    ("South Africa's vehicle exports rose 11.3% to 36,420 units in September, the Automotive Business "
     "Council, Naamsa, said.",
     [R(f="export", r=ZA, c=VEH21, vol=36420, u=UNITS, d="up", pct=11.3, b=DC, src=NAAMSA, **SEP)]),

    # P22 a change given by its base ("down from ... a year earlier"), base optional.
    ("Thailand exported 764,000 tonnes of rice in August, down from 905,000 tonnes a year earlier, the Thai "
     "Rice Exporters Association said.",
     [R(f="export", r=TH, c=RICE, vol=764000, u=TON, d="down", pct=DC, by=DC, byc=DC, b="yoy", src=TREA, **AUG),
      OPT(f="export", r=TH, c=RICE, vol=905000, u=TON, **AUG32)]),

    # P23 a rolling twelve months, a base named by its period ("the previous 12 months").
    ("Uganda earned $1.98 billion from coffee exports in the 12 months to August, up 31% from the previous "
     "12 months, the Uganda Coffee Development Authority said.",
     [R(f="export", r=UG, c=COFFEE, v=1.98e9, cur="USD", d="up", pct=31, b=DC, src=UCDA, **R12AUG)]),

    # P24 the first ten days of the month of publication.
    ("South Korea's exports in the first 10 days of October fell 3.6% from a year earlier to $14.2 billion, "
     "data from the Korea Customs Service showed on Tuesday.",
     [R(f="export", r=KR, v=14.2e9, cur="USD", d="down", pct=3.6, b="yoy", src=KCS, **OCT10)]),

    # P25 a surplus with the rest of the world "down from ... a year earlier" (down, yoy).
    ("The euro zone ran a trade surplus of €11.6 billion with the rest of the world in August, down from "
     "€15.2 billion a year earlier, Eurostat data showed.",
     [R(f="balance", r=EZ, p=WORLD, c=DC, v=11.6e9, cur="EUR", bal="surplus", d="down", pct=DC, by=DC, byc=DC,
        b="yoy", src=EUROSTAT, **AUG),
      OPT(f="balance", r=EZ, p=WORLD, c=DC, v=15.2e9, cur="EUR", bal="surplus", **AUG32)]),

    # P26 "from the previous month" (mom), a cargo surveyor.
    ("Malaysia's palm oil exports rose 8.1% in September from the previous month to 1.42 million tonnes, "
     "cargo surveyor Intertek Testing Services said.",
     [R(f="export", r=MY, c=PALM, vol=1.42e6, u=TON, d="up", pct=8.1, b="mom", src=ITS, **SEP)]),

    # P27 a narrowing deficit "from ... a year earlier" (d DC, b yoy), base optional.
    ("The Philippines' trade deficit narrowed to $4.3 billion in August from $5.1 billion a year earlier, the "
     "Philippine Statistics Authority said.",
     [R(f="balance", r=PH, v=4.3e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b="yoy", src=PSA,
        **AUG),
      OPT(f="balance", r=PH, v=5.1e9, cur="USD", bal="deficit", **AUG32)]),

    # ================================================================ short paragraphs
    # P28 China's monthly data: imports (yoy), exports in the same sentence (b DC), the surplus
    # "up from" a base named by its period (optional), a poll (none).
    ("China's imports fell 1.9% in September from a year earlier to $231.5 billion, customs data showed on "
     "Thursday, while exports rose 6.2% to $318.7 billion. That left a trade surplus of $87.2 billion, up "
     "from $79.6 billion in September 2032. Economists polled by Reuters had forecast a 0.8% rise in imports "
     "and a 4.5% gain in exports.",
     [R(f="import", r=CN, v=231.5e9, cur="USD", d="down", pct=1.9, b="yoy", src=GAC, **SEP),
      R(f="export", r=CN, v=318.7e9, cur="USD", d="up", pct=6.2, b=DC, src=GAC, **SEP),
      R(f="balance", r=CN, v=87.2e9, cur="USD", bal="surplus", d="up", pct=DC, by=DC, byc=DC, b=DC, src=GAC,
        **SEP),
      OPT(f="balance", r=CN, v=79.6e9, cur="USD", bal="surplus", **SEP32)]),

    # P29 Japan: a deficit, a run (none), flows, partners' changes without values, a reason.
    ("Japan posted a trade deficit of ¥740 billion in August, its third straight monthly shortfall, Ministry "
     "of Finance data showed. Exports rose 1.4% year-on-year to ¥8.43 trillion, while imports climbed 3.9% "
     "to ¥9.17 trillion. Shipments to the United States fell 6.8%, dragged down by cars, while exports to "
     "China gained 4.5%.",
     [R(f="balance", r=JP, v=740e9, cur="JPY", bal="deficit", src=MOFJ, **AUG),
      R(f="export", r=JP, v=8.43e12, cur="JPY", d="up", pct=1.4, b="yoy", src=MOFJ, **AUG),
      R(f="import", r=JP, v=9.17e12, cur="JPY", d="up", pct=3.9, b=DC, src=MOFJ, **AUG),
      R(f="export", r=JP, p=US, d="down", pct=6.8, b=DC, src=MOFJ, **AUG),
      R(f="export", r=JP, p=CN, d="up", pct=4.5, b=DC, src=MOFJ, **AUG)]),

    # P30 Taiwan: a record, partners (one in a relative clause), a ranking (none), the surplus.
    ("Taiwan's exports rose 18.6% year-on-year to a record US$51.3 billion in September, the Ministry of "
     "Finance said on Friday. Exports to the United States jumped 41.2% to US$17.9 billion, overtaking those "
     "to China and Hong Kong, which rose 3.4% to US$13.2 billion. Imports rose 9.7% to US$38.6 billion, "
     "leaving a surplus of US$12.7 billion.",
     [R(f="export", r=TW, v=51.3e9, cur="USD", vq=RECORD, d="up", pct=18.6, b="yoy", src=TWMOF, **SEP),
      R(f="export", r=TW, p=US, v=17.9e9, cur="USD", d="up", pct=41.2, b=DC, src=TWMOF, **SEP),
      R(f="export", r=TW, p=CHINA_HK, v=13.2e9, cur="USD", d="up", pct=3.4, b=DC, src=TWMOF, **SEP),
      R(f="import", r=TW, v=38.6e9, cur="USD", d="up", pct=9.7, b=DC, src=TWMOF, **SEP),
      R(f="balance", r=TW, v=12.7e9, cur="USD", bal="surplus", src=TWMOF, **SEP)]),

    # P31 Germany by partner: "those to other European Union countries" (p EU).
    ("German exports to the United States fell 9.6% in August from a year earlier to €11.2 billion, the "
     "Federal Statistical Office said on Friday. Exports to China dropped 12.3% to €6.1 billion, while those "
     "to other European Union countries rose 1.7% to €69.8 billion. Imports from China increased 4.4% to "
     "€13.5 billion.",
     [R(f="export", r=DE, p=US, v=11.2e9, cur="EUR", d="down", pct=9.6, b="yoy", src=DESTATIS, **AUG),
      R(f="export", r=DE, p=CN, v=6.1e9, cur="EUR", d="down", pct=12.3, b=DC, src=DESTATIS, **AUG),
      R(f="export", r=DE, p=EU, v=69.8e9, cur="EUR", d="up", pct=1.7, b=DC, src=DESTATIS, **AUG),
      R(f="import", r=DE, p=CN, v=13.5e9, cur="EUR", d="up", pct=4.4, b=DC, src=DESTATIS, **AUG)]),

    # P32 the US goods deficit with China, "the smallest since 2009" (LOWEST), its flows (c DC
    # under a goods headline).
    ("The U.S. goods trade deficit with China shrank to $19.7 billion in August, the smallest since 2009, "
     "Commerce Department data showed. Imports from China fell 18.4% from a year earlier to $27.1 billion, "
     "while U.S. exports to China rose 3.2% to $7.4 billion.",
     [R(f="balance", r=US, p=CN, c=DC, v=19.7e9, cur="USD", vq=LOWEST, bal="deficit", d=DC, pct=DC, by=DC,
        byc=DC, b=DC, src=USDOC, **AUG),
      R(f="import", r=US, p=CN, c=DC, v=27.1e9, cur="USD", d="down", pct=18.4, b="yoy", src=USDOC, **AUG),
      R(f="export", r=US, p=CN, c=DC, v=7.4e9, cur="USD", d="up", pct=3.2, b=DC, src=USDOC, **AUG)]),

    # P33 India: merchandise flows (c DC), a deficit beside a poll (no change), India's fiscal
    # half-year.
    ("India's merchandise exports rose 4.1% year-on-year to $36.2 billion in September, while imports rose "
     "7.6% to $61.9 billion, the commerce ministry said on Wednesday. That left a trade deficit of $25.7 "
     "billion; economists polled by Reuters had expected $23.5 billion. For April-September, the first half "
     "of the fiscal year, exports totalled $221.4 billion, up 3.2%.",
     [R(f="export", r=IN, c=DC, v=36.2e9, cur="USD", d="up", pct=4.1, b="yoy", src=INCOM, **SEP),
      R(f="import", r=IN, c=DC, v=61.9e9, cur="USD", d="up", pct=7.6, b=DC, src=INCOM, **SEP),
      R(f="balance", r=IN, c=DC, v=25.7e9, cur="USD", bal="deficit", src=INCOM, **SEP),
      R(f="export", r=IN, c=DC, v=221.4e9, cur="USD", d="up", pct=3.2, b=DC, src=INCOM, **INAS)]),

    # P34 Vietnam by partner (ranks in appositives), the period inherited ("for the period"),
    # "overall" surplus (c DC), Vietnamese customs.
    ("Vietnam's exports to the United States, its largest market, rose 21.3% in the first nine months of "
     "the year to $118.6 billion, customs data showed. Imports from China, its biggest supplier, climbed "
     "17.8% to $121.4 billion. The country's overall trade surplus for the period was $18.9 billion.",
     [R(f="export", r=VN, p=US, v=118.6e9, cur="USD", d="up", pct=21.3, b=DC, src=VNCUS, **YTD9),
      R(f="import", r=VN, p=CN, v=121.4e9, cur="USD", d="up", pct=17.8, b=DC, src=VNCUS, **YTD9),
      R(f="balance", r=VN, c=DC, v=18.9e9, cur="USD", bal="surplus", src=VNCUS, **YTD9)]),

    # P35 Brazil: a surplus "down from ... a year earlier" (base optional), reasons (c null).
    ("Brazil posted a trade surplus of $6.4 billion in September, down from $7.9 billion a year earlier, the "
     "trade ministry said on Monday. Exports fell 3.2% to $28.7 billion, as lower oil and iron ore prices "
     "offset record soybean volumes, while imports rose 4.1% to $22.3 billion.",
     [R(f="balance", r=BR, v=6.4e9, cur="USD", bal="surplus", d="down", pct=DC, by=DC, byc=DC, b="yoy",
        src=BRMIN, **SEP),
      OPT(f="balance", r=BR, v=7.9e9, cur="USD", bal="surplus", **SEP32),
      R(f="export", r=BR, v=28.7e9, cur="USD", d="down", pct=3.2, b=DC, src=BRMIN, **SEP),
      R(f="import", r=BR, v=22.3e9, cur="USD", d="up", pct=4.1, b=DC, src=BRMIN, **SEP)]),

    # P36 Australia: a surplus narrowing from a revised base (optional), goods and services
    # credits as plain words (c DC), "edged up" (cq DC), the currency "little changed" (none).
    ("Australia's trade surplus narrowed to A$4.9 billion in August from a revised A$5.6 billion in July, "
     "the Australian Bureau of Statistics said on Thursday. Exports of goods and services fell 2.1% to A$41.8 "
     "billion, dragged down by coal and gold, while imports edged up 0.4% to A$36.9 billion. The Australian "
     "dollar was little changed at 66.4 U.S. cents.",
     [R(f="balance", r=AU, c=DC, v=4.9e9, cur="AUD", bal="surplus", d="down", pct=DC, by=DC, byc=DC, b=DC,
        src=ABS, **AUG),
      OPT(f="balance", r=AU, c=DC, v=5.6e9, cur="AUD", bal="surplus", **JUL),
      R(f="export", r=AU, c=DC, v=41.8e9, cur="AUD", d="down", pct=2.1, b=DC, src=ABS, **AUG),
      R(f="import", r=AU, c=DC, v=36.9e9, cur="AUD", d="up", pct=0.4, cq=DC, b=DC, src=ABS, **AUG)]),

    # P37 the UK's trade with the EU in the three months to August, "over the same period",
    # "broadly unchanged" (d DC, pct null or 0), non-EU countries.
    ("Britain's exports of goods to the European Union fell 3.4% to £14.1 billion in the three months to "
     "August, the Office for National Statistics said. Goods imports from the bloc rose 1.2% to £25.7 "
     "billion over the same period. Exports to non-EU countries were broadly unchanged at £16.3 billion.",
     [R(f="export", r=UK, p=EU, c=DC, v=14.1e9, cur="GBP", d="down", pct=3.4, b=DC, src=ONS, **JJA),
      R(f="import", r=UK, p=EU, c=DC, v=25.7e9, cur="GBP", d="up", pct=1.2, b=DC, src=ONS, **JJA),
      R(f="export", r=UK, p=NONEU, c=DC, v=16.3e9, cur="GBP", d=DC, pct=[None, 0], b=DC, src=ONS, **JJA)]),

    # P38 Canada by partner: "countries other than the United States" (p DC), a record, "little
    # changed".
    ("Canada's exports to the United States fell 3.8% in August to C$42.6 billion, Statistics Canada said, "
     "while exports to countries other than the United States rose 6.5% to a record C$13.9 billion. Imports "
     "from the United States were little changed at C$34.2 billion.",
     [R(f="export", r=CA, p=US, v=42.6e9, cur="CAD", d="down", pct=3.8, b=DC, src=STATCAN, **AUG),
      R(f="export", r=CA, p=DC, v=13.9e9, cur="CAD", vq=RECORD, d="up", pct=6.5, b=DC, src=STATCAN, **AUG),
      R(f="import", r=CA, p=US, v=34.2e9, cur="CAD", d=DC, pct=[None, 0], b=DC, src=STATCAN, **AUG)]),

    # P39 Mexico: a surplus against a year-earlier deficit (base optional), oil exports, the
    # peso (none).
    ("Mexico posted a trade surplus of $1.2 billion in August, compared with a deficit of $812 million a "
     "year earlier, the national statistics agency INEGI said. Exports rose 6.9% year-on-year to $56.8 "
     "billion, while imports increased 2.1% to $55.6 billion. Oil exports fell 22% to $1.7 billion. The peso "
     "firmed 0.4% to 18.21 per dollar after the data.",
     [R(f="balance", r=MX, v=1.2e9, cur="USD", bal="surplus", d=DC, pct=DC, by=DC, byc=DC, b="yoy", src=INEGI,
        **AUG),
      OPT(f="balance", r=MX, v=812e6, cur="USD", bal="deficit", **AUG32),
      R(f="export", r=MX, v=56.8e9, cur="USD", d="up", pct=6.9, b="yoy", src=INEGI, **AUG),
      R(f="import", r=MX, v=55.6e9, cur="USD", d="up", pct=2.1, b=DC, src=INEGI, **AUG),
      R(f="export", r=MX, c=CRUDE, v=1.7e9, cur="USD", d="down", pct=22, b=DC, src=INEGI, **AUG)]),

    # P40 Indonesia: flows in one sentence, two commodities ("palm oil and its derivatives").
    ("Indonesia's exports rose 4.6% year-on-year to $24.85 billion in September, Statistics Indonesia said, "
     "while imports fell 2.3% to $20.91 billion. Coal exports dropped 18.7% to $2.1 billion, but shipments of "
     "palm oil and its derivatives climbed 23.5% to $2.6 billion.",
     [R(f="export", r=ID, v=24.85e9, cur="USD", d="up", pct=4.6, b="yoy", src=BPS, **SEP),
      R(f="import", r=ID, v=20.91e9, cur="USD", d="down", pct=2.3, b=DC, src=BPS, **SEP),
      R(f="export", r=ID, c=COAL, v=2.1e9, cur="USD", d="down", pct=18.7, b=DC, src=BPS, **SEP),
      R(f="export", r=ID, c=PALM, v=2.6e9, cur="USD", d="up", pct=23.5, b=DC, src=BPS, **SEP)]),

    # P41 Turkey: preliminary figures (vq DC), a deficit narrowing by a percent (d DC), a
    # year-to-date total.
    ("Turkey's trade deficit narrowed 15.4% year-on-year to $6.1 billion in September, according to "
     "preliminary figures from the Trade Ministry. Exports rose 5.7% to $23.4 billion and imports rose 0.5% "
     "to $29.5 billion. In the first nine months, exports totalled $201.3 billion, up 3.9%.",
     [R(f="balance", r=TR, v=6.1e9, cur="USD", vq=DC, bal="deficit", d=DC, pct=15.4, b="yoy", src=TRMIN,
        **SEP),
      R(f="export", r=TR, v=23.4e9, cur="USD", vq=DC, d="up", pct=5.7, b=DC, src=TRMIN, **SEP),
      R(f="import", r=TR, v=29.5e9, cur="USD", vq=DC, d="up", pct=0.5, b=DC, src=TRMIN, **SEP),
      R(f="export", r=TR, v=201.3e9, cur="USD", vq=DC, d="up", pct=3.9, b=DC, src=TRMIN, **YTD9)]),

    # P42 South Africa: a surplus widening from a year earlier (up, yoy, base optional).
    ("South Africa's trade surplus widened to R18.2 billion in August from R12.6 billion a year earlier, the "
     "South African Revenue Service said on Friday. Exports rose 5.4% year-on-year to R187.3 billion, while "
     "imports increased 2.1% to R169.1 billion.",
     [R(f="balance", r=ZA, v=18.2e9, cur="ZAR", bal="surplus", d="up", pct=DC, by=DC, byc=DC, b="yoy", src=SARS,
        **AUG),
      OPT(f="balance", r=ZA, v=12.6e9, cur="ZAR", bal="surplus", **AUG32),
      R(f="export", r=ZA, v=187.3e9, cur="ZAR", d="up", pct=5.4, b="yoy", src=SARS, **AUG),
      R(f="import", r=ZA, v=169.1e9, cur="ZAR", d="up", pct=2.1, b=DC, src=SARS, **AUG)]),

    # P43 Nigeria: total trade quarter-on-quarter (c DC), a part ("accounting for ... of the
    # total"), a surplus.
    ("Nigeria's total trade rose 12.8% quarter-on-quarter to ₦38.4 trillion in the second quarter, the "
     "National Bureau of Statistics said. Exports climbed 18.2% to ₦22.6 trillion, with crude oil accounting "
     "for ₦16.9 trillion of the total, while imports rose 5.8% to ₦15.8 trillion, giving a trade surplus of "
     "₦6.8 trillion.",
     [R(f="total", r=NG, c=DC, v=38.4e12, cur="NGN", d="up", pct=12.8, b=QOQ, src=NBSNG, **Q2),
      R(f="export", r=NG, v=22.6e12, cur="NGN", d="up", pct=18.2, b=DC, src=NBSNG, **Q2),
      R(f="export", r=NG, c=CRUDE, v=16.9e12, cur="NGN", src=NBSNG, **Q2),
      R(f="import", r=NG, v=15.8e12, cur="NGN", d="up", pct=5.8, b=DC, src=NBSNG, **Q2),
      R(f="balance", r=NG, v=6.8e12, cur="NGN", bal="surplus", src=NBSNG, **Q2)]),

    # P44 Kenya: half-year flows, a widening deficit "to" (d DC), a ranking with amounts.
    ("Kenya's imports rose 8.7% to KSh 1.32 trillion in the first half of 2033, while exports grew 11.2% to "
     "KSh 568.4 billion, the Kenya National Bureau of Statistics said. The trade deficit widened to KSh 751.6 "
     "billion. Tea remained the top export, earning KSh 98.1 billion, followed by horticulture at KSh 87.3 "
     "billion.",
     [R(f="import", r=KE, v=1.32e12, cur="KES", d="up", pct=8.7, b=DC, src=KNBS, **H1),
      R(f="export", r=KE, v=568.4e9, cur="KES", d="up", pct=11.2, b=DC, src=KNBS, **H1),
      R(f="balance", r=KE, v=751.6e9, cur="KES", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC, src=KNBS,
        **H1),
      R(f="export", r=KE, c=TEA, v=98.1e9, cur="KES", src=KNBS, **H1),
      R(f="export", r=KE, c=HORT, v=87.3e9, cur="KES", src=KNBS, **H1)]),

    # P45 Pakistan: the first quarter of the fiscal year, a widening deficit by a percent, "In
    # September alone".
    ("Pakistan's trade deficit widened 13.9% to $6.2 billion in July-September, the first quarter of fiscal "
     "year 2033-34, the Pakistan Bureau of Statistics said. Exports fell 2.4% to $7.6 billion, while imports "
     "rose 4.3% to $13.8 billion. In September alone, the deficit was $2.1 billion.",
     [R(f="balance", r=PK, v=6.2e9, cur="USD", bal="deficit", d=DC, pct=13.9, b=DC, src=PBS, **Q3),
      R(f="export", r=PK, v=7.6e9, cur="USD", d="down", pct=2.4, b=DC, src=PBS, **Q3),
      R(f="import", r=PK, v=13.8e9, cur="USD", d="up", pct=4.3, b=DC, src=PBS, **Q3),
      R(f="balance", r=PK, v=2.1e9, cur="USD", bal="deficit", src=PBS, **SEP)]),

    # P46 Colombia's coffee: bags, a rolling twelve months, production (none).
    ("Colombia's coffee exports rose 12% from a year earlier to 1.18 million 60-kg bags in September, the "
     "National Federation of Coffee Growers said. In the 12 months to September, shipments totalled 12.9 "
     "million bags, up 8%, while production rose 5% to 13.4 million bags.",
     [R(f="export", r=CO, c=COFFEE, vol=1.18e6, u=BAG, d="up", pct=12, b="yoy", src=FNC, **SEP),
      R(f="export", r=CO, c=COFFEE, vol=12.9e6, u=BAG, d="up", pct=8, b=DC, src=FNC, **R12SEP)]),

    # P47 China's commodity imports: iron ore (mom), crude restated in barrels a day (one record
    # and an optional twin), copper.
    ("China imported 106.2 million tonnes of iron ore in September, up 3.4% from August, customs data showed "
     "on Thursday. Crude oil imports fell 5.1% from a year earlier to 45.3 million tonnes, or about 11.07 "
     "million barrels per day. Imports of unwrought copper rose 8.9% to 482,000 tonnes.",
     [R(f="import", r=CN, c=IRONORE, vol=106.2e6, u=TON, d="up", pct=3.4, b="mom", src=GAC, **SEP),
      R(f="import", r=CN, c=CRUDE, vol=[45.3e6, 11.07e6], u=[TON, BBL], volq=[None] + ABOUT, d="down", pct=5.1,
        b="yoy", src=GAC, **SEP),
      OPT(f="import", r=CN, c=CRUDE, vol=11.07e6, u=BBL, volq=DC, **SEP),
      R(f="import", r=CN, c=COPPER, vol=482000, u=TON, d="up", pct=8.9, b=DC, src=GAC, **SEP)]),

    # P48 trade between China and Russia from China's customs (China the reporter), its
    # flows, an appositive ("mostly oil and gas": c DC).
    ("Trade between China and Russia fell 7.2% year-on-year to $168.4 billion in the first nine months of "
     "2033, according to China's General Administration of Customs. Chinese exports to Russia dropped 11.6% "
     "to $78.3 billion, while imports from Russia, mostly oil and gas, declined 3.1% to $90.1 billion.",
     [R(f="total", r=CN, p=RU, v=168.4e9, cur="USD", d="down", pct=7.2, b="yoy", src=GAC, **YTD9),
      R(f="export", r=CN, p=RU, v=78.3e9, cur="USD", d="down", pct=11.6, b=DC, src=GAC, **YTD9),
      R(f="import", r=CN, p=RU, c=DC, v=90.1e9, cur="USD", d="down", pct=3.1, b=DC, src=GAC, **YTD9)]),

    # P49 Saudi Arabia: non-oil exports including re-exports, oil exports, a share (none).
    ("Saudi Arabia's non-oil exports, including re-exports, rose 14.1% year-on-year to SAR 27.6 billion in "
     "August, the General Authority for Statistics said. Oil exports fell 8.3% to SAR 62.4 billion, cutting "
     "the share of oil in total exports to 69.3% from 73.8% a year earlier.",
     [R(f="export", r=SA, c=NONOIL, v=27.6e9, cur="SAR", d="up", pct=14.1, b="yoy", src=GASTAT, **AUG),
      R(f="export", r=SA, c=CRUDE, v=62.4e9, cur="SAR", d="down", pct=8.3, b=DC, src=GASTAT, **AUG)]),

    # P50 South Korea's cars to the US, a tariff in force named as the reason (a record), the
    # EU figure inheriting the goods.
    ("South Korea's car exports to the United States fell 15.2% last month from a year earlier to $2.3 "
     "billion, the trade ministry said, as the 15% U.S. tariff on Korean vehicles weighed on shipments. "
     "Exports to the European Union rose 24.6% to $912 million.",
     [R(f="export", r=KR, p=US, c=CARS, v=2.3e9, cur="USD", d="down", pct=15.2, b="yoy", src=MOTIE, **SEP),
      TAR(r=US, p=[None] + KR, c=CARS, rate=15),
      R(f="export", r=KR, p=EU, c=CARS, v=912e6, cur="USD", d="up", pct=24.6, b=DC, src=MOTIE, **SEP)]),

    # P51 Thailand: monthly flows, a deficit, a year-to-date total "were up ... at", the
    # ministry's expectation (none).
    ("Thailand's exports rose 7.9% year-on-year to $27.4 billion in August, the commerce ministry said on "
     "Monday. Imports rose 12.1% to $28.3 billion, resulting in a trade deficit of $900 million. In the first "
     "eight months of the year, exports were up 5.6% at $208.7 billion, and the ministry expects growth of "
     "about 4% for the whole year.",
     [R(f="export", r=TH, v=27.4e9, cur="USD", d="up", pct=7.9, b="yoy", src=THMOC, **AUG),
      R(f="import", r=TH, v=28.3e9, cur="USD", d="up", pct=12.1, b=DC, src=THMOC, **AUG),
      R(f="balance", r=TH, v=900e6, cur="USD", bal="deficit", src=THMOC, **AUG),
      R(f="export", r=TH, v=208.7e9, cur="USD", d="up", pct=5.6, b=DC, src=THMOC, **YTD8)]),

    # P52 Argentina: a surplus up from the month before (base optional), "led by" (c DC).
    ("Argentina posted a trade surplus of $1.9 billion in August, up from $1.1 billion in July, the INDEC "
     "statistics agency said. Exports rose 12.4% from a year earlier to $7.8 billion, led by soybean meal and "
     "corn, while imports fell 3.3% to $5.9 billion.",
     [R(f="balance", r=AR, v=1.9e9, cur="USD", bal="surplus", d="up", pct=DC, by=DC, byc=DC, b=DC, src=INDEC,
        **AUG),
      OPT(f="balance", r=AR, v=1.1e9, cur="USD", bal="surplus", **JUL),
      R(f="export", r=AR, c=DC, v=7.8e9, cur="USD", d="up", pct=12.4, b="yoy", src=INDEC, **AUG),
      R(f="import", r=AR, v=5.9e9, cur="USD", d="down", pct=3.3, b=DC, src=INDEC, **AUG)]),
]

NEG = [
    # N01 GDP, exports named without a figure.
    "Singapore's economy grew 3.8% year-on-year in the third quarter, advance estimates from the Ministry of "
    "Trade and Industry showed, as stronger electronics exports offset a slowdown in construction.",
    # N02 a Reuters poll forecast.
    "Japan's exports are expected to have risen 2.1% in September from a year earlier, according to a Reuters "
    "poll of 14 economists, ahead of data due on Wednesday.",
    # N03 one company's quarterly results.
    "Samsung Electronics reported a 31% rise in third-quarter operating profit to 14.2 trillion won on "
    "Friday, with sales up 12% at 86.4 trillion won, as overseas shipments of high-bandwidth memory chips "
    "picked up.",
    # N04 an exchange rate and portfolio flows.
    "The rupee weakened to 86.42 per dollar on Friday as oil importers stepped up dollar purchases, while "
    "foreign investors sold $412 million of Indian shares, exchange data showed.",
    # N05 a current account (a goods deficit named without a figure).
    "Japan's current account surplus rose 18% from a year earlier to ¥3.12 trillion in August, Ministry of "
    "Finance data showed, as income from overseas investments more than offset a deficit in goods trade.",
    # N06 an export target.
    "Vietnam has set an export target of $450 billion for 2034, about 8% above this year's expected result, "
    "the Ministry of Industry and Trade said.",
    # N07 futures and export prices.
    "Arabica coffee futures rose 2.3% to $3.84 a pound on Friday, while soybeans for export at Brazil's "
    "Paranaguá port were quoted at $428 a tonne.",
    # N08 industrial orders from abroad.
    "German industrial orders fell 2.1% in August from July, dragged down by a 4.3% drop in orders from "
    "abroad, the Federal Statistical Office said on Thursday.",
    # N09 a WTO forecast.
    "The World Trade Organization expects the volume of world merchandise trade to grow 2.4% in 2034, after "
    "an estimated 1.8% this year, it said in a forecast on Tuesday.",
    # N10 port throughput.
    "The Port of Los Angeles handled 912,400 TEUs in September, up 4.3% from a year earlier, as retailers "
    "stocked up on imports ahead of the holiday season.",
    # N11 FDI.
    "Foreign direct investment into Indonesia rose 12.4% to 231.6 trillion rupiah in the third quarter, the "
    "investment ministry said, led by nickel smelters that export most of their output.",
    # N12 remittances.
    "Workers' remittances to Bangladesh rose 14.6% to $2.63 billion in September, Bangladesh Bank said, "
    "helping the country pay for its imports.",
    # N13 steel output and a crop forecast.
    "India's crude steel output rose 7.8% to 12.9 million tonnes in September, while Brazil's 2033/34 soybean "
    "crop, most of which will be exported, is forecast at a record 178 million tonnes.",
    # N14 import prices and inflation.
    "UK import prices fell 1.2% in the year to August, while consumer price inflation held at 2.9%, the "
    "Office for National Statistics said.",
    # N15 customs revenue.
    "Customs revenue collected by the Nigeria Customs Service rose 21% to ₦6.2 trillion in the first nine "
    "months of the year, driven by higher import duties.",
    # N16 tariff cuts without a rate and trade that "could reach" a target.
    "Washington and New Delhi agreed to cut tariffs on a range of farm goods, and officials said two-way "
    "trade could reach $500 billion by 2030.",
    # N17 central bank reserves.
    "Turkey's central bank gross reserves rose $4.2 billion to $178.6 billion in the week to Oct. 7, helped by "
    "exporters' foreign currency sales.",
    # N18 trade finance.
    "Afreximbank said it had approved $4.8 billion of trade finance for African importers and exporters in "
    "the first nine months of the year, up from $3.9 billion a year earlier.",
    # N19 exporters' shares and an index.
    "Shares of South Korean exporters rallied on Monday, with the KOSPI up 1.8% at 3,412.6 and Samsung "
    "Electronics gaining 3.2%, after trade data showed strong chip demand.",
    # N20 a growth forecast and the shilling.
    "Kenya's economy is expected to grow 5.2% this year, the central bank said, while the shilling has held "
    "at about 129 to the dollar, supported by strong tea and horticulture export earnings.",
]
