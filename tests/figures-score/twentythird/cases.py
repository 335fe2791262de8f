from slots import DC, R, M, Y, PR

# The twenty-third set: every text is the only body paragraph (after an unrelated opening
# one) of a page published on 2034-03-15 (a Wednesday). So "February" and "in February
# alone" are February 2034 (the latest month of China, South Korea, Taiwan, India,
# Indonesia, Vietnam, Bangladesh, Pakistan, Turkey, Brazil, Chile and Uruguay); "January"
# and "In January alone" are January 2034 (the latest month of Japan, the Philippines,
# Thailand, Malaysia, Germany, the UK, the euro zone, France, Spain, the Netherlands,
# Sweden, Hungary, Portugal, Bulgaria, Switzerland, Denmark, the US, Canada, Mexico,
# Argentina, Colombia, Costa Rica, South Africa, Namibia, Angola, Australia, New Zealand and
# Georgia) and, as the base of a February figure ("from January"), also January 2034;
# "December" is December 2033 (Saudi Arabia's latest month, and the base "from €16.0 billion
# in December", "from £19.9 billion in December", "from C$1.1 billion in December", "from a
# downwardly revised A$5.8 billion in December", "from €6.5 billion in December" and "after
# a R13.2 billion surplus in December" of January figures); "the first two months of 2034",
# "January-February" and "in the two months" are January-February 2034; "2033" and "in
# 2033" are the calendar year 2033; "the fourth quarter of 2033" is October-December 2033;
# "the first 10 days of March" (South Korea) are 2034-03-01 to 2034-03-10, the only figures
# of the month of publication. Fiscal and rolling periods: Bangladesh's "July-February, the
# first eight months of fiscal year 2033-34" and Pakistan's "the July-February period of the
# current fiscal year" are July 2033 - February 2034; India's "April-February" is April 2033
# - February 2034 (of 2033-34); New Zealand's "the year ended January" is February 2033 -
# January 2034 (a rolling year, "annual" in the same text the same span). Bases: "a year
# earlier", "from a year earlier", "from the same period a year earlier", "year-on-year",
# "year on year" and "compared with the same month last year" state yoy and name the same months of 2033 (January 2033, January-February 2033 for the
# optional base records); "in the same quarter of 2032" (Nigeria) names the base by its
# period (b DC, the base October-December 2032); "from January" for a February figure and
# "from the previous month", "on the month" and "month-on-month" for a January figure state
# mom; France's aerospace "from €5.6 billion" names no months (its optional base has ps and
# pe DC, sixteenth set's Uganda rule). Dates and years that are no period of any figure:
# weekdays ("on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on
# Saturday") as release days; "since May 2020" in a run of surpluses; "since 2015" in a
# record word (vq); "in 2024" (Angola leaving OPEC); "the Lunar New Year" and "the winter
# month" and "cyclone season" as reasons; "in March" (Taiwan's export forecast), "this year"
# (Turkey's minister's forecast) and "2034" (Thailand's growth target) in forecasts and
# targets inside positive texts. In near misses "2034" and "2035" belong to forecasts and
# targets; "February", "January", "January and February", "the first two months of the
# year", "the week to March 10", "last week", "on Monday", "on Friday", "on Tuesday", "2033",
# "the fourth quarter of 2033", "since 2021" and "the 2032-33 financial year" to a PMI, a current account,
# reserves, remittances, inflation, one company's revenue and sales, FDI, industrial
# orders, port throughput, tourism revenue, GDP, a coal price, customs duties collected, a
# freight index, an exchange rate, cocoa arrivals at ports, export credit support and
# letters of credit opened for imports; "between the start of the season on Oct. 1 and
# March 12" to cocoa arrivals.
#
# Conventions: every convention stated in the twenty-second set's header
# (twentysecond/cases.py, which carries those of the twenty-first, and through it those of
# the ninth to twentieth sets) is kept unchanged and is not repeated here. In short: values
# are positive amounts in the original currency (deficits bal="deficit", surpluses
# bal="surplus"); b is "yoy"/"mom" only when the text states the comparison, DC when it is
# implied or the base is named by its period, null when there is no change; a change in a
# later sentence or clause that does not restate its comparison has b DC; a narrowing or
# widening deficit has d DC, a surplus that rises or widens is "up" and one that falls,
# shrinks or narrows is "down"; later sentences and clauses inherit reporter, period and
# source; comparison bases are optional records (OPT); a change of a whole economy's, a
# partner's or a good's trade given only as a percent (or an absolute amount) is a record
# with a null value; "goods", "merchandise", "goods and services", "overall", "total" flows
# and the whole-economy flows that go with such a headline have c DC (also the overall US,
# euro-zone and Australian balances, "re-exports" and a flow "led by" named goods); plain
# "exports"/"imports" of a whole economy c null; named goods, "non-oil", "non-oil and gas"
# and "services" are commodities; reasons name no commodity; appositives change nothing;
# "a record" vq RECORD, "the largest since 2015" of a deficit WIDEST; "preliminary", "first
# estimate" and "estimated" values vq DC; parts with an amount are records, shares, runs and
# rankings none; a buyer or supplier that is the grammatical subject may be written as the
# seller's export or the buyer's import (f, r and p either way); a value and a volume of one
# flow with DIFFERENT changes, or a volume with a change and the revenue without one, are
# two records (the other measure DC); a value restated in another currency is one record
# accepting either form plus an optional twin (with its own change: either change, b DC), a
# volume restated in another unit likewise; "foreign trade turnover" and "bilateral trade"
# or "trade between X and Y" are flow total (c null), partners listed with amounts after a
# turnover figure are flow total; a tariff in force named as context is a required record
# (TAR); forecasts, polls, targets, shares, prices, exchange rates, reserves, current
# accounts, tourism receipts, remittances, GDP, FDI, customs duties collected, output,
# export and industrial orders, PMIs, port throughput, freight rates, trade finance
# (letters of credit, export credit) and one company's results are never trade figures.
#
# New in this (twenty-third) set, which like the twenty-first and twenty-second stresses
# ORDINARY, MAINSTREAM TRADE NEWS written as whole paragraphs of 2-5 sentences the way wire
# services and newspapers run them (Reuters, AP, AFP, Bloomberg, Nikkei, Xinhua, Yonhap,
# PTI, Business Recorder, BusinessLine, Business Day, Valor, Financial Post and the like),
# from economies the earlier sets used little (Austria, Portugal, Bulgaria, Denmark, the
# Netherlands, Spain, Sweden, France, Hungary, Bahrain, Tunisia, Algeria, Namibia,
# Zimbabwe, Angola, Côte d'Ivoire, Senegal, Bolivia, Costa Rica, Uruguay, Azerbaijan,
# Georgia) and the big ones (China, South Korea, Japan, Taiwan, India, Indonesia, Vietnam,
# the Philippines, Thailand, Malaysia, Bangladesh, Pakistan, Saudi Arabia, Turkey, Nigeria,
# South Africa, Germany, the UK, the euro zone, Switzerland, the US, Canada, Mexico, Brazil,
# Argentina, Chile, Colombia, Australia, New Zealand). No convention is new; the readings of
# this set's forms that the earlier conventions give are:
# - Wordings: "fetched", "earned", "brought in", "reached", "came to", "totalled", "stood
#   at", "were estimated at" give a plain value (no change; "estimated" vq DC); "slumped",
#   "slipped", "dropped", "declined", "jumped", "surged", "climbed", "grew", "increased";
#   "edged up 0.9%" and "edged up 0.8%" cq DC; "widened 11.6% to" and "widened 10.7% to" a
#   deficit (d DC, pct as stated, b DC); "narrowing the trade deficit by 23.9% to" and "The
#   trade deficit narrowed 30.3% to" (d DC, pct, b DC); "narrowed by €106 million to" (by
#   1.06 x 10^8 EUR, d and pct DC); a surplus "up 15.9% from a year earlier" (d up, pct
#   15.9, b yoy), "up €323 million from a year earlier" (d up, by 3.23 x 10^8 EUR, pct DC,
#   b yoy), "lifting the trade surplus to €19.3 billion from €16.0 billion in December" and
#   "widened to C$2.3 billion from C$1.1 billion in December" (d up, pct and by DC, b DC,
#   base optional), "narrowing the trade surplus to RM13.7 billion" (d down, pct, by and b
#   DC), "shrank to €6.8 billion ... from €12.0 billion a year earlier" (d down, b yoy, base
#   optional), "narrowed to A$3.8 billion ... from a downwardly revised A$5.8 billion in
#   December" (d down, b DC, base optional), "after a R13.2 billion surplus in December" (d,
#   pct, by and b DC, base optional: fifteenth set's "after"), "That gave a trade surplus
#   of ₦4.78 trillion, compared with ₦3.04 trillion in the same quarter of 2032" (d up or
#   none, pct and by DC, b DC, base optional); "slipped to €4.7 billion from €5.6 billion"
#   (d down, pct and by DC, b DC, base optional with ps and pe DC); "were little changed at"
#   (d DC, pct null or 0); "rose NZ$312 million, or 16%" (by 3.12 x 10^8 NZD, pct 16, v
#   null); "leaving a negative trade balance of" a deficit; "imports 8.0% to" and "imports
#   1.2% to" (an elided verb: the direction of the clause before).
# - Goods: "rare earths"; "information and communication products"; "electronic
#   components"; "electronic products"; "palm oil and palm-based products" (palm oil);
#   "non-oil and gas exports, including palm oil and nickel products" (c non-oil and gas);
#   "non-oil exports, including re-exports" (c non-oil); "non-oil exports of national
#   origin" and "non-oil imports" (c non-oil); "re-exports" (c DC); "non-hydrocarbon
#   exports, mainly fertilisers, cement and iron and steel" (c non-hydrocarbon, the
#   appositive changes nothing); "precious stones, mainly diamonds" (c precious stones);
#   "vehicles and transport equipment"; "aerospace"; "fuels and lubricants"; "manufacturing exports" and "autos" inside them (a part with an
#   amount: a record); "medical devices"; "pulp"; "oil and gas"; "fuel and energy
#   exports"; "cars, mostly re-exported to Central Asia" (c cars); "Exports of Dutch-made
#   goods" beside the goods total and re-exports (c DC); "pharmaceuticals". A good that
#   carries a record volume inside a reason clause ("helped by record soybean shipments of
#   9.8 million tonnes") is a record of its own (the amount is stated), volq RECORD; without
#   an amount ("as semiconductor sales hit a record for the month", "as imports of energy
#   swelled", "as natural gas sales to Brazil and Argentina dwindled") none.
# - Partners: "the Association of Southeast Asian Nations" ASEAN; "other EU member states"
#   p EU; "non-EU countries" p non-EU and "imports from outside the bloc" p non-EU or WORLD
#   (sixteenth set's EXTRAEU), c DC for a member state's flows with those groups; "the rest
#   of the European Union" p EU; "the euro zone's trade surplus with the rest of the world"
#   p WORLD with exports and imports after it p WORLD; "Intra-euro zone trade" flow total,
#   reporter the euro zone, p DC, c DC (fifteenth set); "Trade between China and Africa"
#   from GAC is China's (flow total, c null); Azerbaijan's partners after its turnover
#   ("Italy was the largest trading partner at $2.14 billion, followed by Turkey at $1.06
#   billion") flow total; buyers and suppliers as subjects ("The United States remained
#   Vietnam's largest export market, buying goods worth ...", "Saudi Arabia was the top
#   destination ..., taking BD 86 million worth", "South Africa remained the main source of
#   imports, supplying goods worth ...", "China was the main destination, taking ...")
#   f, r and p either way, c DC; "with total exports to it at" (Saudi Arabia's exports to China)
#   an export record with c DC.
# - Restatements: China's exports "In yuan terms, exports rose 6.9% to 3.91 trillion yuan"
#   after the dollar figure (one record accepting either amount and either change, b DC,
#   plus an optional twin); Côte d'Ivoire's cocoa "4,310 billion CFA francs, or about $7.2
#   billion" (one record, vq null or about, plus a twin); China's crude "84.6 million
#   tonnes, or about 10.51 million barrels per day" (one record accepting either volume,
#   volq null or about, plus a twin).
# - Volumes and values: Angola's crude "31.2 million barrels ..., down 4.9% from a year
#   earlier, ... earning $2.28 billion" (a volume with a change and the revenue without
#   one: two records, the other measure DC); Vietnam's coffee "298,000 tonnes ..., down
#   11.3% ..., but export revenue rose 6.8% to $1.62 billion" (different changes: two
#   records); Thailand's rice "812,000 tonnes" (a volume with its change).
# - Currencies: "$" and "US$" USD; "yuan" CNY; "¥" in a Japanese text JPY; "RM" MYR; "SAR"
#   SAR; "BD" in a Bahraini text BHD; "dinars" in a Tunisian text TND; "₦" NGN; "N$" in a
#   Namibian text NAD (the Namibian dollar, read in its country as the ninth set reads
#   local symbols); "R" before an amount in a South African text ZAR; "CFA francs" in an
#   Ivorian or Senegalese text XOF; "€" EUR; "£" GBP; "SEK" SEK; "francs" in a Swiss text
#   CHF; "Danish kroner" DKK; "C$" CAD; "A$" AUD; "NZ$" NZD. "Billion", "trillion" and
#   "million" as in the thirteenth set; "9,840 billion CFA francs" is 9.84 x 10^12.
# - Sources: China's "customs data showed", "Chinese customs data showed" and "according to
#   the General Administration of Customs" GAC; South Korea's trade ministry and Korea
#   Customs Service; Japan's and Taiwan's Ministry of Finance; India's commerce ministry
#   ("data released by the commerce ministry ... showed"); Statistics Indonesia; Vietnam's
#   National Statistics Office and (for "customs data showed") its customs; the Philippine
#   Statistics Authority; Thailand's commerce ministry; the Department of Statistics
#   (Malaysia); the Export Promotion Bureau; the Pakistan Bureau of Statistics; GASTAT;
#   Bahrain's Information and eGovernment Authority; Trade Minister Ömer Bolat; Tunisia's
#   National Institute of Statistics; Algeria's "customs data showed" (customs); Nigeria's
#   National Bureau of Statistics; the Namibia Statistics Agency; Angola's finance
#   ministry; SARS; Côte d'Ivoire's National Institute of Statistics; ZimStat; Destatis; the
#   ONS; Eurostat; France's "customs data showed" (customs); Spain's Economy Ministry;
#   Statistics Netherlands (CBS); Statistics Sweden; Hungary's KSH; Statistics Austria;
#   Statistics Portugal (INE); Bulgaria's National Statistical Institute; the Swiss watch
#   federation (FH); Statistics Denmark; the Commerce Department; Statistics Canada;
#   INEGI; Brazil's trade ministry; INDEC; the Central Bank of Chile ("central bank data
#   showed"); DANE; Procomer; Uruguay XXI; Bolivia's National Institute of Statistics; the
#   ABS; Stats NZ; Azerbaijan's State Customs Committee; Geostat; Senegal's ANSD.
# - Tariffs in force named as context (required records, period, change and source DC):
#   "weighed down by a 15% U.S. tariff on Japanese cars" (reporter the US, partner Japan or
#   null, c cars); "despite the 25% tariff Washington imposes on most Indian goods" (the
#   US, India or null, c DC); "despite the 15% U.S. tariff on most EU goods" in an Austrian
#   text (the US, the EU or null, c DC).
# - Non-trade numbers inside positive texts (no record, and they change nothing beside
#   them): a Reuters poll forecast, analysts' expectations, a ministry's forecast for March,
#   a minister's forecast for the year, a growth target, remittances, orders a garment
#   association reports, a share of the total ("their share of total exports falling to
#   69%", "nearly half the total", "which take about 62% of Spanish goods", "bought 46%"), a
#   run of surpluses, an average crude price per barrel, the forint's move.
# - Near misses of this set (no record): a PMI's new export orders, a current account with
#   a goods deficit named without a figure, foreign exchange reserves, remittances,
#   inflation with import prices, one company's revenue and iron ore sales, FDI,
#   industrial orders from abroad, port throughput, tourism revenue, an export target, GDP
#   with the contribution of net exports, a coal price, a WTO forecast, customs and excise
#   duties collected, a freight index, an exchange rate with reserves and oil export
#   proceeds, cocoa arrivals at ports, export credit support and letters of credit opened
#   for imports.

# The names of economies, sources, units and qualifiers and the record helpers (OPT, YTD,
# Q, TAR) that the tenth to twenty-second sets defined mean the same here: they are taken
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
TON ABOUT RECORD WIDEST US EU KR GAC UK EZ TR WORLD USDOC DESTATIS MOFJ MOTIE KCS INCOM ONS STATCAN ABS
BRMIN INEGI VNNSO VNCUS BPS GASTAT BOLAT BBL CRUDE CHIPS CARS SOY VN CH NZ ZA PH JP SA CA MX TW AU ID
NONOIL AUTO GARMENTS GAS WATCH FH PSA THMOC PBS EPB SCB STATSNZ BCCH INDEC DANE TWMOF NBSNG SARS EUROSTAT
OPT TAR YTD Q
""".split():
    globals()[_n] = getattr(_t12, _n)
_t13 = _load("thirteenth")
for _n in "CN IN DE PK BD BR AR CL MY TH NG AFRICA PALM BEEF DAIRY".split():
    globals()[_n] = getattr(_t13, _n)
_t14 = _load("fourteenth")
for _n in "DZ HU DK PT BG BO HYDRO COCOA OLIVE DOSM TOBACCO".split():
    globals()[_n] = getattr(_t14, _n)
_t15 = _load("fifteenth")
for _n in "FR IT AZ AO BH TN SN CI UY CR GE NONEU SERVICES NONOILGAS".split():
    globals()[_n] = getattr(_t15, _n)
_t16 = _load("sixteenth")
for _n in "NL GOLD RICE COPPER IRONORE COFFEE".split():
    globals()[_n] = getattr(_t16, _n)
_t19 = _load("nineteenth")
for _n in "SE".split():
    globals()[_n] = getattr(_t19, _n)
_t20 = _load("twentieth")
for _n in "ECOMP LITHIUMC".split():
    globals()[_n] = getattr(_t20, _n)

# New in this (twenty-third) set: economies and groups.
ES = "Spain"
AT = "Austria"
NA = "Namibia"
ZW = "Zimbabwe"
CO = "Colombia"
ASEAN = ["Association of Southeast Asian Nations", "ASEAN", "Southeast Asia"]
EXTRAEU = NONEU + ["outside the bloc", "outside the EU", "world", "rest of the world", None]
# Goods.
RARE = ["rare earths", "rare earth", "rare-earth", "rare-earth elements", "rare earth elements"]
ICT = ["information and communication products", "information and communications products",
       "information and communication", "ICT", "information and communications technology products"]
ELECPROD = ["electronic products", "electronics", "electronic"]
NONHYDRO = ["non-hydrocarbon", "non-hydrocarbons", "non-oil"]
PRECIOUS = ["precious stones", "diamonds", "diamond", "precious stone"]
VEHTE = ["vehicles and transport equipment", "vehicles", "transport equipment", "vehicle"]
AERO = ["aerospace", "aerospace products", "aircraft", "aeronautics", "aeronautical"]
FUELLUB = ["fuels and lubricants", "fuels", "fuel", "lubricants"]
MANUF = ["manufacturing", "manufactured goods", "manufactures", "manufacturing exports"]
FUELEN = ["fuel and energy", "fuels and energy", "energy", "fuel"]
MEDDEV = ["medical devices", "medical device", "medical equipment", "medical"]
PULP = ["pulp", "cellulose", "wood pulp"]
OILGAS = CRUDE + ["oil and gas", "hydrocarbons"]
PHARMA23 = ["pharmaceuticals", "pharmaceutical", "pharmaceutical products", "medicines", "medicinal"]
# Sources.
IGA = ["Information and eGovernment Authority", "iGA", "Information & eGovernment Authority"]
INSTAT = ["National Institute of Statistics", "INS", "statistics institute"]      # Tunisia, Côte d'Ivoire
DZCUS = ["customs", "General Directorate of Customs", "Algerian customs", "DGD"]
NSA = ["Namibia Statistics Agency", "NSA"]
AOMF = ["finance ministry", "Ministry of Finance", "Finance Ministry"]
ZIMSTAT = ["Zimbabwe National Statistics Agency", "ZimStat", "ZIMSTAT"]
FRCUS = ["customs", "French customs", "DGDDI", "General Directorate of Customs"]
ESMIN = ["Economy Ministry", "Ministry of Economy", "Ministry of Economy, Trade and Business", "ministry"]
CBSNL = ["Statistics Netherlands", "CBS"]
KSH = ["Central Statistical Office", "KSH", "Hungarian Central Statistical Office"]
STATAT = ["Statistics Austria"]
INEPT = ["Statistics Portugal", "INE"]
NSIBG = ["National Statistical Institute", "NSI"]
DST = ["Statistics Denmark", "Danmarks Statistik"]
PROCOMER = ["Procomer", "PROCOMER", "export promotion agency"]
UYXXI = ["Uruguay XXI"]
INEBO = ["National Institute of Statistics", "INE"]
AZSCC = ["State Customs Committee", "customs"]
GEOSTAT = ["Geostat", "National Statistics Office of Georgia", "statistics office"]
ANSD = ["ANSD", "National Agency of Statistics and Demography", "statistics agency"]

# Periods.
FEB = M(2034, 2)
JAN = M(2034, 1)
DEC = M(2033, 12)
JAN33 = M(2033, 1)
JF = YTD(2034, 2)
JF33 = YTD(2033, 2)
Y33 = Y(2033)
Q4 = Q(2033, 4)
Q4_32 = Q(2032, 4)
MAR10 = PR("2034-03-01", "2034-03-10")      # South Korea's first 10 days of March
INAF = PR("2033-04-01", "2034-02-28")       # India's April-February of 2033-34
FY34JF = PR("2033-07-01", "2034-02-28")     # Bangladesh's and Pakistan's July-February of FY34
R12JAN = PR("2033-02-01", "2034-01-31")     # New Zealand's year ended January
NOPER = dict(ps=DC, pe=DC)                   # a base that names no months

POS = [
    # ================================================================ East Asia
    # P01 China's January-February lede: exports restated in yuan with their own change (one
    # record and a twin), imports, the surplus up from a year earlier (base optional), a poll.
    ("China's exports rose 5.4% year-on-year to $548.3 billion in the first two months of 2034, customs data "
     "showed on Thursday, beating a 3.1% rise forecast in a Reuters poll. In yuan terms, exports rose 6.9% to "
     "3.91 trillion yuan. Imports fell 1.2% to $402.6 billion, leaving a trade surplus of $145.7 billion, up "
     "from $112.7 billion a year earlier. China releases combined January-February figures to smooth out "
     "distortions caused by the Lunar New Year holiday.",
     [R(f="export", r=CN, v=[548.3e9, 3.91e12], cur=["USD", "CNY"], d="up", pct=[5.4, 6.9], b=DC, src=GAC, **JF),
      OPT(f="export", r=CN, v=3.91e12, cur="CNY", **JF),
      R(f="import", r=CN, v=402.6e9, cur="USD", d="down", pct=1.2, b=DC, src=GAC, **JF),
      R(f="balance", r=CN, v=145.7e9, cur="USD", bal="surplus", d="up", pct=DC, by=DC, byc=DC, b="yoy", src=GAC,
        **JF),
      OPT(f="balance", r=CN, v=112.7e9, cur="USD", bal="surplus", **JF33)]),

    # P02 China by partner and goods: the US (yoy), ASEAN, rare earths by volume, crude in
    # tonnes restated in barrels per day (one record and a twin).
    ("China's exports to the United States fell 8.7% from a year earlier to $61.2 billion in January-February, "
     "Chinese customs data showed, while shipments to the Association of Southeast Asian Nations rose 12.4% to $93.8 "
     "billion. Exports of rare earths rose 21% to 9,840 tonnes. Imports of crude oil fell 3.5% to 84.6 million "
     "tonnes, or about 10.51 million barrels per day.",
     [R(f="export", r=CN, p=US, v=61.2e9, cur="USD", d="down", pct=8.7, b="yoy", src=GAC, **JF),
      R(f="export", r=CN, p=ASEAN, v=93.8e9, cur="USD", d="up", pct=12.4, b=DC, src=GAC, **JF),
      R(f="export", r=CN, c=RARE, vol=9840, u=TON, d="up", pct=21, b=DC, src=GAC, **JF),
      R(f="import", r=CN, c=CRUDE, vol=[84.6e6, 10.51e6], u=[TON] + BBL, volq=[None] + ABOUT, d="down", pct=3.5,
        b=DC, src=GAC, **JF),
      OPT(f="import", r=CN, c=CRUDE, vol=10.51e6, u=BBL, volq=DC, **JF)]),

    # P03 South Korea's February: the lede (yoy), chips and cars, imports, the surplus and a
    # run (none); "hit a record" without an amount (none).
    ("South Korea's exports rose 7.8% from a year earlier to $56.9 billion in February, the trade ministry said "
     "on Wednesday, as semiconductor sales hit a record for the month. Chip exports jumped 24.3% to $13.6 "
     "billion, while car exports fell 6.1% to $5.2 billion. Imports rose 2.4% to $52.1 billion, leaving a trade "
     "surplus of $4.8 billion, the country's 13th straight monthly surplus.",
     [R(f="export", r=KR, v=56.9e9, cur="USD", d="up", pct=7.8, b="yoy", src=MOTIE, **FEB),
      R(f="export", r=KR, c=CHIPS, v=13.6e9, cur="USD", d="up", pct=24.3, b=DC, src=MOTIE, **FEB),
      R(f="export", r=KR, c=CARS, v=5.2e9, cur="USD", d="down", pct=6.1, b=DC, src=MOTIE, **FEB),
      R(f="import", r=KR, v=52.1e9, cur="USD", d="up", pct=2.4, b=DC, src=MOTIE, **FEB),
      R(f="balance", r=KR, v=4.8e9, cur="USD", bal="surplus", src=MOTIE, **FEB)]),

    # P04 South Korea's first 10 days of March: "over the period", changes without values.
    ("South Korea's exports in the first 10 days of March rose 11.2% from a year earlier to $16.4 billion, "
     "Korea Customs Service data showed on Monday. Imports over the period fell 3.1% to $17.9 billion, leaving "
     "a deficit of $1.5 billion. Exports to China gained 8.9%, while shipments of semiconductors rose 31.5%.",
     [R(f="export", r=KR, v=16.4e9, cur="USD", d="up", pct=11.2, b="yoy", src=KCS, **MAR10),
      R(f="import", r=KR, v=17.9e9, cur="USD", d="down", pct=3.1, b=DC, src=KCS, **MAR10),
      R(f="balance", r=KR, v=1.5e9, cur="USD", bal="deficit", src=KCS, **MAR10),
      R(f="export", r=KR, p=CN, d="up", pct=8.9, b=DC, src=KCS, **MAR10),
      R(f="export", r=KR, c=CHIPS, d="up", pct=31.5, b=DC, src=KCS, **MAR10)]),

    # P05 Japan's January: a deficit, flows, a partner with a value and one without, a tariff
    # in force named as the reason (TAR).
    ("Japan posted a trade deficit of ¥1.52 trillion in January, Ministry of Finance data showed on Wednesday, "
     "as imports of energy swelled in the winter month. Exports rose 4.6% year-on-year to ¥7.71 trillion, while "
     "imports climbed 6.2% to ¥9.23 trillion. Exports to the United States fell 3.8% to ¥1.41 trillion, weighed "
     "down by a 15% U.S. tariff on Japanese cars, while shipments to China jumped 19.7%.",
     [R(f="balance", r=JP, v=1.52e12, cur="JPY", bal="deficit", src=MOFJ, **JAN),
      R(f="export", r=JP, v=7.71e12, cur="JPY", d="up", pct=4.6, b="yoy", src=MOFJ, **JAN),
      R(f="import", r=JP, v=9.23e12, cur="JPY", d="up", pct=6.2, b=DC, src=MOFJ, **JAN),
      R(f="export", r=JP, p=US, v=1.41e12, cur="JPY", d="down", pct=3.8, b=DC, src=MOFJ, **JAN),
      R(f="export", r=JP, p=CN, d="up", pct=19.7, b=DC, src=MOFJ, **JAN),
      TAR(r=US, p=[JP, None], c=CARS, rate=15)]),

    # P06 Taiwan's February: the lede, two goods, imports, the ministry's forecast (none).
    ("Taiwan's exports rose 14.1% from a year earlier to US$43.8 billion in February, the Ministry of Finance "
     "said on Thursday, driven by demand for artificial intelligence servers. Exports of information and "
     "communication products surged 38.6% to US$17.2 billion, while electronic components rose 9.4% to US$14.3 "
     "billion. Imports increased 6.7% to US$35.9 billion. The ministry expects exports to grow between 8% and "
     "11% in March.",
     [R(f="export", r=TW, v=43.8e9, cur="USD", d="up", pct=14.1, b="yoy", src=TWMOF, **FEB),
      R(f="export", r=TW, c=ICT, v=17.2e9, cur="USD", d="up", pct=38.6, b=DC, src=TWMOF, **FEB),
      R(f="export", r=TW, c=ECOMP, v=14.3e9, cur="USD", d="up", pct=9.4, b=DC, src=TWMOF, **FEB),
      R(f="import", r=TW, v=35.9e9, cur="USD", d="up", pct=6.7, b=DC, src=TWMOF, **FEB)]),

    # ================================================================ South and Southeast Asia
    # P07 India's February: a merchandise deficit narrowing from January (base optional),
    # merchandise flows (c DC), estimated services exports, the fiscal year to date.
    ("India's merchandise trade deficit narrowed to $19.8 billion in February from $23.4 billion in January, "
     "data released by the commerce ministry on Wednesday showed. Merchandise exports rose 6.3% from a year "
     "earlier to $40.1 billion, while imports edged up 0.9% to $59.9 billion. Services exports were estimated at "
     "$36.2 billion. For April-February, merchandise exports totalled $402.7 billion, up 3.4% from the same "
     "period a year earlier.",
     [R(f="balance", r=IN, c=DC, v=19.8e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC,
        src=INCOM, **FEB),
      OPT(f="balance", r=IN, c=DC, v=23.4e9, cur="USD", bal="deficit", **JAN),
      R(f="export", r=IN, c=DC, v=40.1e9, cur="USD", d="up", pct=6.3, b="yoy", src=INCOM, **FEB),
      R(f="import", r=IN, c=DC, v=59.9e9, cur="USD", d="up", pct=0.9, cq=DC, b=DC, src=INCOM, **FEB),
      R(f="export", r=IN, c=SERVICES, v=36.2e9, cur="USD", vq=DC, src=INCOM, **FEB),
      R(f="export", r=IN, c=DC, v=402.7e9, cur="USD", d="up", pct=3.4, b="yoy", src=INCOM, **INAF)]),

    # P08 India's gold and crude imports, exports to the US with a rank (none) and a tariff
    # in force (TAR); record prices (none).
    ("India's gold imports fell 38% to $2.9 billion in February as record prices curbed jewellers' buying, "
     "commerce ministry data showed. Crude oil imports rose 4.7% to $13.8 billion. Exports to the United "
     "States, the country's largest market, rose 11.2% to $7.6 billion, despite the 25% tariff Washington "
     "imposes on most Indian goods.",
     [R(f="import", r=IN, c=GOLD, v=2.9e9, cur="USD", d="down", pct=38, b=DC, src=INCOM, **FEB),
      R(f="import", r=IN, c=CRUDE, v=13.8e9, cur="USD", d="up", pct=4.7, b=DC, src=INCOM, **FEB),
      R(f="export", r=IN, p=US, v=7.6e9, cur="USD", d="up", pct=11.2, b=DC, src=INCOM, **FEB),
      TAR(r=US, p=[IN, None], c=DC, rate=25)]),

    # P09 Indonesia's February: a surplus with a run (none), flows, non-oil and gas exports
    # with an appositive.
    ("Indonesia posted a trade surplus of $3.12 billion in February, Statistics Indonesia said on Wednesday, "
     "extending a run of monthly surpluses that began in May 2020. Exports fell 2.8% from a year earlier to "
     "$21.46 billion as coal prices slumped, while imports rose 4.1% to $18.34 billion. Non-oil and gas "
     "exports, including palm oil and nickel products, reached $20.18 billion.",
     [R(f="balance", r=ID, v=3.12e9, cur="USD", bal="surplus", src=BPS, **FEB),
      R(f="export", r=ID, v=21.46e9, cur="USD", d="down", pct=2.8, b="yoy", src=BPS, **FEB),
      R(f="import", r=ID, v=18.34e9, cur="USD", d="up", pct=4.1, b=DC, src=BPS, **FEB),
      R(f="export", r=ID, c=NONOILGAS, v=20.18e9, cur="USD", src=BPS, **FEB)]),

    # P10 Vietnam's January-February: flows, the surplus, "In February alone" (mom), a buyer
    # as subject (f, r and p either way).
    ("Vietnam's exports rose 12.6% in the first two months of 2034 from a year earlier to $74.8 billion, the "
     "National Statistics Office said. Imports climbed 15.1% to $71.3 billion, leaving a trade surplus of $3.5 "
     "billion. In February alone, exports fell 9.2% from January to $35.6 billion as factories closed for the "
     "Lunar New Year holiday. The United States remained Vietnam's largest export market, buying goods worth "
     "$21.7 billion in the two months.",
     [R(f="export", r=VN, v=74.8e9, cur="USD", d="up", pct=12.6, b="yoy", src=VNNSO, **JF),
      R(f="import", r=VN, v=71.3e9, cur="USD", d="up", pct=15.1, b=DC, src=VNNSO, **JF),
      R(f="balance", r=VN, v=3.5e9, cur="USD", bal="surplus", src=VNNSO, **JF),
      R(f="export", r=VN, v=35.6e9, cur="USD", d="down", pct=9.2, b="mom", src=VNNSO, **FEB),
      R(f=["export", "import"], r=VN + US, p=VN + US, c=DC, v=21.7e9, cur="USD", src=VNNSO, **JF)]),

    # P11 The Philippines' January: a deficit widening from a year earlier (base optional),
    # exports "led by" electronics (c DC), the electronics part.
    ("The Philippines' trade deficit widened to $4.86 billion in January from $4.15 billion a year earlier, the "
     "Philippine Statistics Authority said. Exports rose 3.2% to $6.54 billion, led by electronic products, "
     "while imports grew 8.7% to $11.40 billion. Electronic products, the country's top export, brought in "
     "$3.71 billion.",
     [R(f="balance", r=PH, v=4.86e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b="yoy", src=PSA,
        **JAN),
      OPT(f="balance", r=PH, v=4.15e9, cur="USD", bal="deficit", **JAN33),
      R(f="export", r=PH, c=DC, v=6.54e9, cur="USD", d="up", pct=3.2, b=DC, src=PSA, **JAN),
      R(f="import", r=PH, v=11.40e9, cur="USD", d="up", pct=8.7, b=DC, src=PSA, **JAN),
      R(f="export", r=PH, c=ELECPROD, v=3.71e9, cur="USD", src=PSA, **JAN)]),

    # P12 Thailand's January: flows, a deficit without change, rice by volume, a target (none).
    ("Thailand's exports rose 9.8% year-on-year to $25.3 billion in January, the commerce ministry said on "
     "Tuesday, beating forecasts. Imports rose 11.5% to $27.1 billion, resulting in a trade deficit of $1.8 "
     "billion. Rice exports jumped 17.3% to 812,000 tonnes, and the ministry kept its 2034 export growth target "
     "of 3%-4%.",
     [R(f="export", r=TH, v=25.3e9, cur="USD", d="up", pct=9.8, b="yoy", src=THMOC, **JAN),
      R(f="import", r=TH, v=27.1e9, cur="USD", d="up", pct=11.5, b=DC, src=THMOC, **JAN),
      R(f="balance", r=TH, v=1.8e9, cur="USD", bal="deficit", src=THMOC, **JAN),
      R(f="export", r=TH, c=RICE, vol=812000, u=TON, d="up", pct=17.3, b=DC, src=THMOC, **JAN)]),

    # P13 Malaysia's January in ringgit: a surplus narrowed "to" (d down), palm oil.
    ("Malaysia's exports rose 6.9% from a year earlier to RM132.4 billion in January, the Department of "
     "Statistics said, as shipments of electrical and electronic products climbed. Imports increased 9.2% to "
     "RM118.7 billion, narrowing the trade surplus to RM13.7 billion. Exports of palm oil and palm-based "
     "products fell 4.3% to RM8.1 billion.",
     [R(f="export", r=MY, v=132.4e9, cur="MYR", d="up", pct=6.9, b="yoy", src=DOSM, **JAN),
      R(f="import", r=MY, v=118.7e9, cur="MYR", d="up", pct=9.2, b=DC, src=DOSM, **JAN),
      R(f="balance", r=MY, v=13.7e9, cur="MYR", bal="surplus", d="down", pct=DC, by=DC, byc=DC, b=DC, src=DOSM,
        **JAN),
      R(f="export", r=MY, c=PALM, v=8.1e9, cur="MYR", d="down", pct=4.3, b=DC, src=DOSM, **JAN)]),

    # P14 Bangladesh: the fiscal year to date, garments (yoy), "In February alone", orders in a
    # quote (none).
    ("Bangladesh's export earnings rose 4.9% to $33.72 billion in July-February, the first eight months of "
     "fiscal year 2033-34, the Export Promotion Bureau said on Monday. Ready-made garments fetched $27.41 "
     "billion, up 5.6% from the same period a year earlier. In February alone, exports came to $4.18 billion, "
     "down 2.1% year-on-year, as factories lost working days to power cuts. \"Buyers have increased their "
     "summer orders by about 10%,\" said an official of the garment makers' association.",
     [R(f="export", r=BD, v=33.72e9, cur="USD", d="up", pct=4.9, b=DC, src=EPB, **FY34JF),
      R(f="export", r=BD, c=GARMENTS, v=27.41e9, cur="USD", d="up", pct=5.6, b="yoy", src=EPB, **FY34JF),
      R(f="export", r=BD, v=4.18e9, cur="USD", d="down", pct=2.1, b="yoy", src=EPB, **FEB)]),

    # P15 Pakistan: the fiscal year to date, a deficit widening by a percent, remittances
    # (none).
    ("Pakistan's trade deficit widened 11.6% to $17.62 billion in the July-February period of the current "
     "fiscal year, the Pakistan Bureau of Statistics said. Exports rose 2.8% to $21.37 billion, while imports "
     "climbed 6.6% to $38.99 billion. Finance ministry officials said the rise in imports was manageable as "
     "remittances had reached $24.1 billion over the same period.",
     [R(f="balance", r=PK, v=17.62e9, cur="USD", bal="deficit", d=DC, pct=11.6, b=DC, src=PBS, **FY34JF),
      R(f="export", r=PK, v=21.37e9, cur="USD", d="up", pct=2.8, b=DC, src=PBS, **FY34JF),
      R(f="import", r=PK, v=38.99e9, cur="USD", d="up", pct=6.6, b=DC, src=PBS, **FY34JF)]),

    # ================================================================ Middle East and Africa
    # P16 Saudi Arabia's December: non-oil exports (yoy), oil exports with a share (none),
    # total exports to China after a ranking (c DC).
    ("Saudi Arabia's non-oil exports, including re-exports, rose 13.2% year-on-year to SAR 27.6 billion in "
     "December, the General Authority for Statistics said. Oil exports fell 8.4% to SAR 61.3 billion, their "
     "share of total exports falling to 69%. China remained the kingdom's largest trading partner, with "
     "total exports to it at SAR 14.9 billion.",
     [R(f="export", r=SA, c=NONOIL, v=27.6e9, cur="SAR", d="up", pct=13.2, b="yoy", src=GASTAT, **DEC),
      R(f="export", r=SA, c=CRUDE, v=61.3e9, cur="SAR", d="down", pct=8.4, b=DC, src=GASTAT, **DEC),
      R(f="export", r=SA, p=CN, c=DC, v=14.9e9, cur="SAR", src=GASTAT, **DEC)]),

    # P17 Bahrain's January: non-oil flows, re-exports (c DC), a buyer as subject.
    ("Bahrain's non-oil exports of national origin fell 6.2% to BD 312 million in January, the Information and "
     "eGovernment Authority said. Non-oil imports rose 3.8% to BD 498 million, while re-exports climbed 21% to "
     "BD 74 million. Saudi Arabia was the top destination for national-origin exports, taking BD 86 million "
     "worth.",
     [R(f="export", r=BH, c=NONOIL, v=312e6, cur="BHD", d="down", pct=6.2, b=DC, src=IGA, **JAN),
      R(f="import", r=BH, c=NONOIL, v=498e6, cur="BHD", d="up", pct=3.8, b=DC, src=IGA, **JAN),
      R(f="export", r=BH, c=DC, v=74e6, cur="BHD", d="up", pct=21, b=DC, src=IGA, **JAN),
      R(f=["export", "import"], r=[BH] + SA, p=[BH] + SA, c=DC, v=86e6, cur="BHD", src=IGA, **JAN)]),

    # P18 Turkey's February from the trade minister: preliminary (vq DC), a deficit narrowed
    # by a percent, automotive exports, the minister's forecast (none).
    ("Turkey's exports rose 6.7% year-on-year to $21.9 billion in February, Trade Minister Ömer Bolat said on "
     "Saturday, citing preliminary figures. Imports fell 2.3% to $28.4 billion, narrowing the trade deficit by "
     "23.9% to $6.5 billion. Automotive exports, the largest sector, reached $3.1 billion. \"We expect exports "
     "to exceed $282 billion this year,\" Bolat said.",
     [R(f="export", r=TR, v=21.9e9, cur="USD", vq=DC, d="up", pct=6.7, b="yoy", src=BOLAT, **FEB),
      R(f="import", r=TR, v=28.4e9, cur="USD", vq=DC, d="down", pct=2.3, b=DC, src=BOLAT, **FEB),
      R(f="balance", r=TR, v=6.5e9, cur="USD", vq=DC, bal="deficit", d=DC, pct=23.9, b=DC, src=BOLAT, **FEB),
      R(f="export", r=TR, c=AUTO, v=3.1e9, cur="USD", vq=DC, src=BOLAT, **FEB)]),

    # P19 Tunisia's first two months in dinars: a deficit narrowing from a year earlier (base
    # optional), flows, olive oil.
    ("Tunisia's trade deficit narrowed to 2.87 billion dinars in the first two months of 2034 from 3.35 "
     "billion dinars a year earlier, the National Institute of Statistics said. Exports rose 7.3% to 10.62 "
     "billion dinars, helped by olive oil sales, while imports rose 1.8% to 13.49 billion dinars. Olive oil "
     "exports reached 1.38 billion dinars.",
     [R(f="balance", r=TN, v=2.87e9, cur="TND", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b="yoy",
        src=INSTAT, **JF),
      OPT(f="balance", r=TN, v=3.35e9, cur="TND", bal="deficit", **JF33),
      R(f="export", r=TN, v=10.62e9, cur="TND", d="up", pct=7.3, b=DC, src=INSTAT, **JF),
      R(f="import", r=TN, v=13.49e9, cur="TND", d="up", pct=1.8, b=DC, src=INSTAT, **JF),
      R(f="export", r=TN, c=OLIVE, v=1.38e9, cur="TND", src=INSTAT, **JF)]),

    # P20 Algeria's 2033: exports, the hydrocarbon part, non-hydrocarbon exports with an
    # appositive, imports and the deficit.
    ("Algeria's exports fell 9.6% to $44.3 billion in 2033, customs data showed, as lower gas prices cut "
     "hydrocarbon revenue. Hydrocarbons accounted for $39.8 billion of the total, while non-hydrocarbon "
     "exports, mainly fertilisers, cement and iron and steel, rose 4.1% to $4.5 billion. Imports rose 5.2% to "
     "$46.1 billion, leaving a deficit of $1.8 billion.",
     [R(f="export", r=DZ, v=44.3e9, cur="USD", d="down", pct=9.6, b=DC, src=DZCUS, **Y33),
      R(f="export", r=DZ, c=HYDRO, v=39.8e9, cur="USD", src=DZCUS, **Y33),
      R(f="export", r=DZ, c=NONHYDRO, v=4.5e9, cur="USD", d="up", pct=4.1, b=DC, src=DZCUS, **Y33),
      R(f="import", r=DZ, v=46.1e9, cur="USD", d="up", pct=5.2, b=DC, src=DZCUS, **Y33),
      R(f="balance", r=DZ, v=1.8e9, cur="USD", bal="deficit", src=DZCUS, **Y33)]),

    # P21 Nigeria's fourth quarter in naira: total trade (c DC, and its flows), crude's part,
    # a surplus compared with a base named by its period (d up or none, base optional).
    ("Nigeria's total trade rose 18.7% to ₦21.46 trillion in the fourth quarter of 2033, the National Bureau "
     "of Statistics said. Exports climbed 24.2% to ₦13.12 trillion, with crude oil accounting for ₦9.08 "
     "trillion, while imports rose 10.9% to ₦8.34 trillion. That gave a trade surplus of ₦4.78 trillion, "
     "compared with ₦3.04 trillion in the same quarter of 2032.",
     [R(f="total", r=NG, c=DC, v=21.46e12, cur="NGN", d="up", pct=18.7, b=DC, src=NBSNG, **Q4),
      R(f="export", r=NG, c=DC, v=13.12e12, cur="NGN", d="up", pct=24.2, b=DC, src=NBSNG, **Q4),
      R(f="export", r=NG, c=CRUDE, v=9.08e12, cur="NGN", src=NBSNG, **Q4),
      R(f="import", r=NG, c=DC, v=8.34e12, cur="NGN", d="up", pct=10.9, b=DC, src=NBSNG, **Q4),
      R(f="balance", r=NG, c=DC, v=4.78e12, cur="NGN", bal="surplus", d=["up", None], pct=DC, by=DC, byc=DC,
        b=DC, src=NBSNG, **Q4),
      OPT(f="balance", r=NG, c=DC, v=3.04e12, cur="NGN", bal="surplus", **Q4_32)]),

    # P22 Namibia's January in Namibian dollars: a deficit, flows, precious stones (an
    # appositive), a supplier as subject.
    ("Namibia recorded a trade deficit of N$2.1 billion in January, the Namibia Statistics Agency said, as "
     "imports rose 12.4% to N$9.8 billion. Exports fell 3.6% to N$7.7 billion, with precious stones, mainly "
     "diamonds, the top export at N$2.3 billion. South Africa remained the main source of imports, supplying "
     "goods worth N$3.9 billion.",
     [R(f="balance", r=NA, v=2.1e9, cur="NAD", bal="deficit", src=NSA, **JAN),
      R(f="import", r=NA, v=9.8e9, cur="NAD", d="up", pct=12.4, b=DC, src=NSA, **JAN),
      R(f="export", r=NA, v=7.7e9, cur="NAD", d="down", pct=3.6, b=DC, src=NSA, **JAN),
      R(f="export", r=NA, c=PRECIOUS, v=2.3e9, cur="NAD", src=NSA, **JAN),
      R(f=["import", "export"], r=[NA, ZA], p=[NA, ZA], c=DC, v=3.9e9, cur="NAD", src=NSA, **JAN)]),

    # P23 Angola's crude: a volume with a change and the revenue without one (two records),
    # a price (none), a year that is no period.
    ("Angola exported 31.2 million barrels of crude oil in January, down 4.9% from a year earlier, the finance "
     "ministry said, earning $2.28 billion. The average price fell to $73.10 a barrel from $79.40. Output has "
     "been falling since the country left OPEC in 2024.",
     [R(f="export", r=AO, c=CRUDE, vol=31.2e6, u=BBL, v=DC, cur=DC, d="down", pct=4.9, b="yoy", src=AOMF,
        **JAN),
      R(f="export", r=AO, c=CRUDE, v=2.28e9, cur="USD", vol=DC, u=DC, src=AOMF, **JAN)]),

    # P24 South Africa's January: a surplus after December's (base optional), exports
    # month-on-month, a good's change without a value.
    ("South Africa recorded a trade surplus of R4.2 billion in January, the South African Revenue Service "
     "said, after a R13.2 billion surplus in December. Exports fell 9.8% month-on-month to R148.6 billion, "
     "while imports dropped 4.7% to R144.4 billion. Shipments of vehicles and transport equipment fell 21%, "
     "reflecting the seasonal slowdown at car plants.",
     [R(f="balance", r=ZA, v=4.2e9, cur="ZAR", bal="surplus", d=DC, pct=DC, by=DC, byc=DC, b=DC, src=SARS,
        **JAN),
      OPT(f="balance", r=ZA, v=13.2e9, cur="ZAR", bal="surplus", **DEC),
      R(f="export", r=ZA, v=148.6e9, cur="ZAR", d="down", pct=9.8, b="mom", src=SARS, **JAN),
      R(f="import", r=ZA, v=144.4e9, cur="ZAR", d="down", pct=4.7, b=DC, src=SARS, **JAN),
      R(f="export", r=ZA, c=VEHTE, d="down", pct=21, b=DC, src=SARS, **JAN)]),

    # P25 Côte d'Ivoire's 2033 in CFA francs: cocoa restated in dollars (one record and a
    # twin), record prices (none).
    ("Côte d'Ivoire's exports rose 14.6% to 9,840 billion CFA francs in 2033, the National Institute of "
     "Statistics said, as record cocoa prices lifted earnings. Cocoa beans and products brought in 4,310 "
     "billion CFA francs, or about $7.2 billion. Imports rose 6.8% to 8,120 billion CFA francs.",
     [R(f="export", r=CI, v=9.84e12, cur="XOF", d="up", pct=14.6, b=DC, src=INSTAT, **Y33),
      R(f="export", r=CI, c=COCOA, v=[4.31e12, 7.2e9], cur=["XOF", "USD"], vq=[None] + ABOUT, src=INSTAT, **Y33),
      OPT(f="export", r=CI, c=COCOA, v=7.2e9, cur="USD", vq=DC, **Y33),
      R(f="import", r=CI, v=8.12e12, cur="XOF", d="up", pct=6.8, b=DC, src=INSTAT, **Y33)]),

    # P26 Zimbabwe's 2033: a reason (none), gold with an appositive, tobacco, the deficit.
    ("Zimbabwe's exports rose 11.2% to $8.41 billion in 2033, the Zimbabwe National Statistics Agency said, "
     "driven by gold and lithium. Gold exports, mostly handled by Fidelity Gold Refinery, earned $2.96 billion, "
     "while tobacco brought in $1.27 billion. Imports rose 4.6% to $9.35 billion, leaving a trade deficit of "
     "$940 million.",
     [R(f="export", r=ZW, v=8.41e9, cur="USD", d="up", pct=11.2, b=DC, src=ZIMSTAT, **Y33),
      R(f="export", r=ZW, c=GOLD, v=2.96e9, cur="USD", src=ZIMSTAT, **Y33),
      R(f="export", r=ZW, c=TOBACCO, v=1.27e9, cur="USD", src=ZIMSTAT, **Y33),
      R(f="import", r=ZW, v=9.35e9, cur="USD", d="up", pct=4.6, b=DC, src=ZIMSTAT, **Y33),
      R(f="balance", r=ZW, v=940e6, cur="USD", bal="deficit", src=ZIMSTAT, **Y33)]),

    # ================================================================ Europe
    # P27 Germany's January: month-on-month, analysts' expectation (none), the surplus lifted
    # from December's (base optional), partners ("on the month" mom).
    ("German exports rose 1.9% in January from the previous month to €132.4 billion, the Federal Statistical "
     "Office said on Friday, beating analysts' expectations of a 0.5% increase. Imports fell 0.7% to €113.1 "
     "billion, lifting the trade surplus to €19.3 billion from €16.0 billion in December. Exports to the United "
     "States dropped 6.4% on the month to €12.3 billion, while those to China rose 2.2% to €6.8 billion.",
     [R(f="export", r=DE, v=132.4e9, cur="EUR", d="up", pct=1.9, b="mom", src=DESTATIS, **JAN),
      R(f="import", r=DE, v=113.1e9, cur="EUR", d="down", pct=0.7, b=DC, src=DESTATIS, **JAN),
      R(f="balance", r=DE, v=19.3e9, cur="EUR", bal="surplus", d="up", pct=DC, by=DC, byc=DC, b=DC,
        src=DESTATIS, **JAN),
      OPT(f="balance", r=DE, v=16.0e9, cur="EUR", bal="surplus", **DEC),
      R(f="export", r=DE, p=US, v=12.3e9, cur="EUR", d="down", pct=6.4, b="mom", src=DESTATIS, **JAN),
      R(f="export", r=DE, p=CN, v=6.8e9, cur="EUR", d="up", pct=2.2, b=DC, src=DESTATIS, **JAN)]),

    # P28 The UK's January: a goods deficit narrowing from December's (base optional), goods
    # flows (c DC), a reason (none), the overall deficit including services (c DC).
    ("The UK's goods trade deficit narrowed to £17.4 billion in January from £19.9 billion in December, the "
     "Office for National Statistics said on Thursday. Goods exports rose 4.8% to £33.2 billion, helped by "
     "higher sales of fuels to the European Union, while goods imports fell 1.9% to £50.6 billion. Including "
     "services, the overall trade deficit was £2.9 billion.",
     [R(f="balance", r=UK, c=DC, v=17.4e9, cur="GBP", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC, src=ONS,
        **JAN),
      OPT(f="balance", r=UK, c=DC, v=19.9e9, cur="GBP", bal="deficit", **DEC),
      R(f="export", r=UK, c=DC, v=33.2e9, cur="GBP", d="up", pct=4.8, b=DC, src=ONS, **JAN),
      R(f="import", r=UK, c=DC, v=50.6e9, cur="GBP", d="down", pct=1.9, b=DC, src=ONS, **JAN),
      R(f="balance", r=UK, c=DC, v=2.9e9, cur="GBP", bal="deficit", src=ONS, **JAN)]),

    # P29 The euro zone's January: a surplus with the rest of the world shrinking from a year
    # earlier (d down, base optional), goods flows, intra-euro zone trade.
    ("The euro zone's trade surplus with the rest of the world shrank to €6.8 billion in January from €12.0 "
     "billion a year earlier, Eurostat said on Wednesday. Exports of goods fell 1.6% year-on-year to €218.5 "
     "billion, while imports rose 0.8% to €211.7 billion. Intra-euro zone trade rose 2.1% to €201.4 billion.",
     [R(f="balance", r=EZ, p=WORLD, c=DC, v=6.8e9, cur="EUR", bal="surplus", d="down", pct=DC, by=DC, byc=DC,
        b="yoy", src=EUROSTAT, **JAN),
      OPT(f="balance", r=EZ, p=WORLD, c=DC, v=12.0e9, cur="EUR", bal="surplus", **JAN33),
      R(f="export", r=EZ, p=WORLD, c=DC, v=218.5e9, cur="EUR", d="down", pct=1.6, b="yoy", src=EUROSTAT, **JAN),
      R(f="import", r=EZ, p=WORLD, c=DC, v=211.7e9, cur="EUR", d="up", pct=0.8, b=DC, src=EUROSTAT, **JAN),
      R(f="total", r=EZ, p=DC, c=DC, v=201.4e9, cur="EUR", d="up", pct=2.1, b=DC, src=EUROSTAT, **JAN)]),

    # P30 France's January: a deficit widening from December's (base optional), aerospace
    # "slipped to ... from" (a base without months: ps and pe DC).
    ("France's trade deficit widened to €7.9 billion in January from €6.5 billion in December, customs data "
     "showed on Thursday, as energy imports rose during a cold snap. Exports fell 2.2% to €48.6 billion, while "
     "imports rose 0.6% to €56.5 billion. Aerospace exports, France's largest item, slipped to €4.7 billion "
     "from €5.6 billion.",
     [R(f="balance", r=FR, v=7.9e9, cur="EUR", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC, src=FRCUS,
        **JAN),
      OPT(f="balance", r=FR, v=6.5e9, cur="EUR", bal="deficit", **DEC),
      R(f="export", r=FR, v=48.6e9, cur="EUR", d="down", pct=2.2, b=DC, src=FRCUS, **JAN),
      R(f="import", r=FR, v=56.5e9, cur="EUR", d="up", pct=0.6, b=DC, src=FRCUS, **JAN),
      R(f="export", r=FR, c=AERO, v=4.7e9, cur="EUR", d="down", pct=DC, by=DC, byc=DC, b=DC, src=FRCUS, **JAN),
      OPT(f="export", r=FR, c=AERO, v=5.6e9, cur="EUR", **NOPER)]),

    # P31 Spain's January: flows, a deficit narrowed by a percent, the EU with a share (none).
    ("Spain's exports rose 3.7% year-on-year to €32.9 billion in January, the Economy Ministry said, while "
     "imports fell 1.4% to €36.8 billion. The trade deficit narrowed 30.3% to €3.9 billion, helped by a lower "
     "energy bill. Exports to the rest of the European Union, which take about 62% of Spanish goods, rose 4.5%.",
     [R(f="export", r=ES, v=32.9e9, cur="EUR", d="up", pct=3.7, b="yoy", src=ESMIN, **JAN),
      R(f="import", r=ES, v=36.8e9, cur="EUR", d="down", pct=1.4, b=DC, src=ESMIN, **JAN),
      R(f="balance", r=ES, v=3.9e9, cur="EUR", bal="deficit", d=DC, pct=30.3, b=DC, src=ESMIN, **JAN),
      R(f="export", r=ES, p=EU, c=DC, d="up", pct=4.5, b=DC, src=ESMIN, **JAN)]),

    # P32 The Netherlands' January: goods exports (c DC), re-exports (c DC) and Dutch-made
    # goods (c DC, a change without a value), buyers without amounts (none).
    ("Dutch goods exports fell 2.4% in January compared with the same month last year to €54.2 billion, "
     "Statistics Netherlands (CBS) said on Tuesday, as shipments of machinery and chemicals declined. "
     "Re-exports, goods that pass through the country with little processing, fell 1.6% to €25.8 billion, "
     "while exports of Dutch-made goods dropped 3.1%. Germany and Belgium remained the biggest buyers.",
     [R(f="export", r=NL, c=DC, v=54.2e9, cur="EUR", d="down", pct=2.4, b="yoy", src=CBSNL, **JAN),
      R(f="export", r=NL, c=DC, v=25.8e9, cur="EUR", d="down", pct=1.6, b=DC, src=CBSNL, **JAN),
      R(f="export", r=NL, c=DC, d="down", pct=3.1, b=DC, src=CBSNL, **JAN)]),

    # P33 Sweden's January in kronor: a goods surplus rising from a year earlier (base
    # optional), goods flows (c DC).
    ("Sweden's trade surplus in goods rose to SEK 8.2 billion in January from SEK 5.2 billion a year earlier, "
     "Statistics Sweden said. Exports rose 4.4% to SEK 168.7 billion, while imports increased 2.6% to SEK 160.5 "
     "billion.",
     [R(f="balance", r=SE, c=DC, v=8.2e9, cur="SEK", bal="surplus", d="up", pct=DC, by=DC, byc=DC, b="yoy",
        src=SCB, **JAN),
      OPT(f="balance", r=SE, c=DC, v=5.2e9, cur="SEK", bal="surplus", **JAN33),
      R(f="export", r=SE, c=DC, v=168.7e9, cur="SEK", d="up", pct=4.4, b=DC, src=SCB, **JAN),
      R(f="import", r=SE, c=DC, v=160.5e9, cur="SEK", d="up", pct=2.6, b=DC, src=SCB, **JAN)]),

    # P34 Hungary's January first estimate (vq DC): a surplus up by an amount (by, yoy), flows
    # with an elided verb, the forint (none).
    ("Hungary's trade surplus rose to €1.42 billion in January, up €323 million from a year earlier, the "
     "Central Statistical Office (KSH) said on Thursday, citing a first estimate. Exports rose 3.8% in euro "
     "terms to €12.36 billion and imports 1.2% to €10.94 billion. The forint weakened 0.4% against the euro on "
     "the day.",
     [R(f="balance", r=HU, v=1.42e9, cur="EUR", vq=DC, bal="surplus", d="up", pct=DC, by=323e6, byc="EUR",
        b="yoy", src=KSH, **JAN),
      R(f="export", r=HU, v=12.36e9, cur="EUR", vq=DC, d="up", pct=3.8, b=DC, src=KSH, **JAN),
      R(f="import", r=HU, v=10.94e9, cur="EUR", vq=DC, d="up", pct=1.2, b=DC, src=KSH, **JAN)]),

    # P35 Austria's 2033 first estimate (vq DC): goods flows (c DC), partners of a goods
    # headline (c DC), a tariff on EU goods in force (TAR).
    ("Austria's exports of goods fell 1.8% to €197.6 billion in 2033, Statistics Austria said in a first "
     "estimate, while imports declined 3.4% to €199.3 billion. Exports to Germany, the largest market, slipped "
     "2.7% to €55.1 billion, and exports to the United States rose 5.3% to €13.4 billion despite the 15% U.S. "
     "tariff on most EU goods.",
     [R(f="export", r=AT, c=DC, v=197.6e9, cur="EUR", vq=DC, d="down", pct=1.8, b=DC, src=STATAT, **Y33),
      R(f="import", r=AT, c=DC, v=199.3e9, cur="EUR", vq=DC, d="down", pct=3.4, b=DC, src=STATAT, **Y33),
      R(f="export", r=AT, p=DE, c=DC, v=55.1e9, cur="EUR", vq=DC, d="down", pct=2.7, b=DC, src=STATAT, **Y33),
      R(f="export", r=AT, p=US, c=DC, v=13.4e9, cur="EUR", vq=DC, d="up", pct=5.3, b=DC, src=STATAT, **Y33),
      TAR(r=US, p=EU + [None], c=DC, rate=15)]),

    # P36 Portugal's January: goods flows (c DC), a deficit narrowed by an amount, fuels'
    # change without a value.
    ("Portugal's exports of goods rose 5.6% year-on-year to €6.74 billion in January, Statistics Portugal (INE) "
     "said, while imports rose 2.9% to €8.91 billion. The trade deficit thus narrowed by €106 million to €2.17 "
     "billion. Exports of fuels and lubricants rose 18.4%.",
     [R(f="export", r=PT, c=DC, v=6.74e9, cur="EUR", d="up", pct=5.6, b="yoy", src=INEPT, **JAN),
      R(f="import", r=PT, c=DC, v=8.91e9, cur="EUR", d="up", pct=2.9, b=DC, src=INEPT, **JAN),
      R(f="balance", r=PT, c=DC, v=2.17e9, cur="EUR", bal="deficit", d=DC, pct=DC, by=106e6, byc="EUR", b=DC,
        src=INEPT, **JAN),
      R(f="export", r=PT, c=FUELLUB, d="up", pct=18.4, b=DC, src=INEPT, **JAN)]),

    # P37 Bulgaria's January: flows with non-EU countries, from outside the bloc and with
    # other EU member states (c DC).
    ("Bulgaria's exports to non-EU countries fell 7.2% to 1.41 billion euros in January, the National "
     "Statistical Institute said, while imports from outside the bloc dropped 11.5% to 1.62 billion euros. "
     "Exports to other EU member states rose 3.9% to 2.86 billion euros.",
     [R(f="export", r=BG, p=NONEU, c=DC, v=1.41e9, cur="EUR", d="down", pct=7.2, b=DC, src=NSIBG, **JAN),
      R(f="import", r=BG, p=EXTRAEU, c=DC, v=1.62e9, cur="EUR", d="down", pct=11.5, b=DC, src=NSIBG, **JAN),
      R(f="export", r=BG, p=EU, c=DC, v=2.86e9, cur="EUR", d="up", pct=3.9, b=DC, src=NSIBG, **JAN)]),

    # P38 Swiss watch exports in francs, partners inheriting the goods.
    ("Swiss watch exports fell 4.1% to 1.92 billion francs in January, the Federation of the Swiss Watch "
     "Industry said on Tuesday, as demand in China and Hong Kong weakened. Shipments to the United States, the "
     "biggest market, rose 6.8% to 341.2 million francs, while exports to China slumped 22.6% to 118.7 million "
     "francs.",
     [R(f="export", r=CH, c=WATCH, v=1.92e9, cur="CHF", d="down", pct=4.1, b=DC, src=FH, **JAN),
      R(f="export", r=CH, p=US, c=WATCH, v=341.2e6, cur="CHF", d="up", pct=6.8, b=DC, src=FH, **JAN),
      R(f="export", r=CH, p=CN, c=WATCH, v=118.7e6, cur="CHF", d="down", pct=22.6, b=DC, src=FH, **JAN)]),

    # ================================================================ The Americas
    # P39 The US January: the overall deficit widening by a percent (c DC), flows (c DC),
    # goods deficits with China and Mexico (c DC, d DC).
    ("The U.S. trade deficit widened 10.7% to $74.6 billion in January, the Commerce Department said on "
     "Tuesday, as companies stepped up imports of computers and pharmaceuticals. Exports rose 0.8% to $268.1 "
     "billion, while imports increased 2.8% to $342.7 billion. The goods deficit with China narrowed to $18.2 "
     "billion, while the deficit with Mexico grew to $17.5 billion.",
     [R(f="balance", r=US, c=DC, v=74.6e9, cur="USD", bal="deficit", d=DC, pct=10.7, b=DC, src=USDOC, **JAN),
      R(f="export", r=US, c=DC, v=268.1e9, cur="USD", d="up", pct=0.8, b=DC, src=USDOC, **JAN),
      R(f="import", r=US, c=DC, v=342.7e9, cur="USD", d="up", pct=2.8, b=DC, src=USDOC, **JAN),
      R(f="balance", r=US, p=CN, c=DC, v=18.2e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC,
        src=USDOC, **JAN),
      R(f="balance", r=US, p=MX, c=DC, v=17.5e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC,
        src=USDOC, **JAN)]),

    # P40 Canada's January: a merchandise surplus widening from December's (base optional),
    # flows (c DC), the US part without a value, the surplus with the US.
    ("Canada's merchandise trade surplus widened to C$2.3 billion in January from C$1.1 billion in December, "
     "Statistics Canada said on Thursday. Exports rose 2.6% to C$66.8 billion on higher shipments of crude oil, "
     "while imports edged up 0.8% to C$64.5 billion. Exports to the United States increased 3.1%, and the "
     "surplus with the U.S. reached C$10.4 billion.",
     [R(f="balance", r=CA, c=DC, v=2.3e9, cur="CAD", bal="surplus", d="up", pct=DC, by=DC, byc=DC, b=DC,
        src=STATCAN, **JAN),
      OPT(f="balance", r=CA, c=DC, v=1.1e9, cur="CAD", bal="surplus", **DEC),
      R(f="export", r=CA, c=DC, v=66.8e9, cur="CAD", d="up", pct=2.6, b=DC, src=STATCAN, **JAN),
      R(f="import", r=CA, c=DC, v=64.5e9, cur="CAD", d="up", pct=0.8, cq=DC, b=DC, src=STATCAN, **JAN),
      R(f="export", r=CA, p=US, c=DC, d="up", pct=3.1, b=DC, src=STATCAN, **JAN),
      R(f="balance", r=CA, p=US, c=DC, v=10.4e9, cur="CAD", bal="surplus", src=STATCAN, **JAN)]),

    # P41 Mexico's January, preliminary (vq DC): a deficit, flows, manufacturing and its autos
    # part, oil exports.
    ("Mexico posted a trade deficit of $3.86 billion in January, according to preliminary data from INEGI, as "
     "imports rose 7.2% from a year earlier to $52.74 billion. Exports increased 4.5% to $48.88 billion, with "
     "manufacturing exports at $45.12 billion, of which autos accounted for $13.05 billion. Oil exports fell "
     "16.3% to $1.41 billion.",
     [R(f="balance", r=MX, v=3.86e9, cur="USD", vq=DC, bal="deficit", src=INEGI, **JAN),
      R(f="import", r=MX, v=52.74e9, cur="USD", vq=DC, d="up", pct=7.2, b="yoy", src=INEGI, **JAN),
      R(f="export", r=MX, v=48.88e9, cur="USD", vq=DC, d="up", pct=4.5, b=DC, src=INEGI, **JAN),
      R(f="export", r=MX, c=MANUF, v=45.12e9, cur="USD", vq=DC, src=INEGI, **JAN),
      R(f="export", r=MX, c=AUTO, v=13.05e9, cur="USD", vq=DC, src=INEGI, **JAN),
      R(f="export", r=MX, c=CRUDE, v=1.41e9, cur="USD", vq=DC, d="down", pct=16.3, b=DC, src=INEGI, **JAN)]),

    # P42 Brazil's February: a surplus up by a percent (yoy), flows, record soybean shipments
    # with an amount inside a reason (a record), crude oil.
    ("Brazil posted a trade surplus of $5.12 billion in February, up 15.9% from a year earlier, the trade "
     "ministry said on Wednesday. Exports rose 6.1% to $25.64 billion, helped by record soybean shipments of 9.8 "
     "million tonnes, while imports rose 3.9% to $20.52 billion. Crude oil exports brought in $3.71 billion.",
     [R(f="balance", r=BR, v=5.12e9, cur="USD", bal="surplus", d="up", pct=15.9, b="yoy", src=BRMIN, **FEB),
      R(f="export", r=BR, v=25.64e9, cur="USD", d="up", pct=6.1, b=DC, src=BRMIN, **FEB),
      R(f="export", r=BR, c=SOY, vol=9.8e6, u=TON, volq=RECORD, src=BRMIN, **FEB),
      R(f="import", r=BR, v=20.52e9, cur="USD", d="up", pct=3.9, b=DC, src=BRMIN, **FEB),
      R(f="export", r=BR, c=CRUDE, v=3.71e9, cur="USD", src=BRMIN, **FEB)]),

    # P43 Argentina's January: a surplus with a run (none), flows, fuel and energy exports.
    ("Argentina posted a trade surplus of $1.34 billion in January, INDEC said, its 26th consecutive monthly "
     "surplus. Exports rose 11.7% year-on-year to $6.92 billion as energy sales from the Vaca Muerta shale "
     "field climbed, while imports rose 8.2% to $5.58 billion. Fuel and energy exports reached $1.06 billion.",
     [R(f="balance", r=AR, v=1.34e9, cur="USD", bal="surplus", src=INDEC, **JAN),
      R(f="export", r=AR, v=6.92e9, cur="USD", d="up", pct=11.7, b="yoy", src=INDEC, **JAN),
      R(f="import", r=AR, v=5.58e9, cur="USD", d="up", pct=8.2, b=DC, src=INDEC, **JAN),
      R(f="export", r=AR, c=FUELEN, v=1.06e9, cur="USD", src=INDEC, **JAN)]),

    # P44 Chile's February: copper (yoy), "Total exports" (c DC) and the flows and surplus
    # beside them (c DC), lithium carbonate.
    ("Chile's copper exports rose 18.2% year-on-year to $4.28 billion in February, central bank data showed, "
     "as prices for the metal hovered near record highs. Total exports rose 9.4% to $8.37 billion and imports "
     "rose 5.1% to $6.44 billion, giving a trade surplus of $1.93 billion. Lithium carbonate exports fell 12.6% "
     "to $312 million.",
     [R(f="export", r=CL, c=COPPER, v=4.28e9, cur="USD", d="up", pct=18.2, b="yoy", src=BCCH, **FEB),
      R(f="export", r=CL, c=DC, v=8.37e9, cur="USD", d="up", pct=9.4, b=DC, src=BCCH, **FEB),
      R(f="import", r=CL, c=DC, v=6.44e9, cur="USD", d="up", pct=5.1, b=DC, src=BCCH, **FEB),
      R(f="balance", r=CL, c=DC, v=1.93e9, cur="USD", bal="surplus", src=BCCH, **FEB),
      R(f="export", r=CL, c=LITHIUMC, v=312e6, cur="USD", d="down", pct=12.6, b=DC, src=BCCH, **FEB)]),

    # P45 Colombia's January: a deficit widening from a year earlier (base optional), a
    # reason (none), coffee.
    ("Colombia's trade deficit widened to $1.27 billion in January from $868 million a year earlier, "
     "statistics agency DANE said. Exports fell 3.8% to $3.81 billion, dragged down by coal and oil, while "
     "imports rose 5.2% to $5.08 billion. Coffee exports, however, jumped 41.5% to $512 million on higher "
     "prices.",
     [R(f="balance", r=CO, v=1.27e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b="yoy", src=DANE,
        **JAN),
      OPT(f="balance", r=CO, v=868e6, cur="USD", bal="deficit", **JAN33),
      R(f="export", r=CO, v=3.81e9, cur="USD", d="down", pct=3.8, b=DC, src=DANE, **JAN),
      R(f="import", r=CO, v=5.08e9, cur="USD", d="up", pct=5.2, b=DC, src=DANE, **JAN),
      R(f="export", r=CO, c=COFFEE, v=512e6, cur="USD", d="up", pct=41.5, b=DC, src=DANE, **JAN)]),

    # P46 Costa Rica's January: goods exports (c DC), medical devices with a share (none),
    # bananas "little changed at" (d DC), a buyer's share (none).
    ("Costa Rica's goods exports rose 12.3% to $1.74 billion in January, the export promotion agency Procomer "
     "said, led by medical devices. Shipments of medical devices grew 17.8% to $842 million, nearly half the "
     "total, while banana exports were little changed at $121 million. The United States bought 46% of the "
     "country's exports.",
     [R(f="export", r=CR, c=DC, v=1.74e9, cur="USD", d="up", pct=12.3, b=DC, src=PROCOMER, **JAN),
      R(f="export", r=CR, c=MEDDEV, v=842e6, cur="USD", d="up", pct=17.8, b=DC, src=PROCOMER, **JAN),
      R(f="export", r=CR, c=["bananas", "banana"], v=121e6, cur="USD", d=DC, pct=[None, 0], b=DC, src=PROCOMER,
        **JAN)]),

    # P47 Uruguay's February: goods exports including free zones (c DC), goods with amounts
    # ("followed by ... at"), buyers as subjects (f, r and p either way).
    ("Uruguay's exports of goods, including shipments from free trade zones, rose 7.9% to $1.06 billion in "
     "February, Uruguay XXI said in its monthly report. Beef remained the top product at $198 million, followed "
     "by pulp at $176 million and soybeans at $141 million. China was the main destination, taking $247 "
     "million, ahead of Brazil with $163 million.",
     [R(f="export", r=UY, c=DC, v=1.06e9, cur="USD", d="up", pct=7.9, b=DC, src=UYXXI, **FEB),
      R(f="export", r=UY, c=BEEF, v=198e6, cur="USD", src=UYXXI, **FEB),
      R(f="export", r=UY, c=PULP, v=176e6, cur="USD", src=UYXXI, **FEB),
      R(f="export", r=UY, c=SOY, v=141e6, cur="USD", src=UYXXI, **FEB),
      R(f=["export", "import"], r=[UY, CN], p=[UY, CN], c=DC, v=247e6, cur="USD", src=UYXXI, **FEB),
      R(f=["export", "import"], r=[UY, BR], p=[UY, BR], c=DC, v=163e6, cur="USD", src=UYXXI, **FEB)]),

    # P48 Bolivia's 2033: a reason without a number (none), natural gas, gold, a deficit "the
    # largest since 2015" (WIDEST).
    ("Bolivia's exports fell 8.6% to $8.12 billion in 2033, the National Institute of Statistics said, as "
     "natural gas sales to Brazil and Argentina dwindled. Natural gas exports dropped 31% to $1.04 billion, "
     "while gold earned $2.71 billion. Imports fell 2.3% to $9.04 billion, leaving a deficit of $920 million, "
     "the largest since 2015.",
     [R(f="export", r=BO, v=8.12e9, cur="USD", d="down", pct=8.6, b=DC, src=INEBO, **Y33),
      R(f="export", r=BO, c=GAS, v=1.04e9, cur="USD", d="down", pct=31, b=DC, src=INEBO, **Y33),
      R(f="export", r=BO, c=GOLD, v=2.71e9, cur="USD", src=INEBO, **Y33),
      R(f="import", r=BO, v=9.04e9, cur="USD", d="down", pct=2.3, b=DC, src=INEBO, **Y33),
      R(f="balance", r=BO, v=920e6, cur="USD", vq=WIDEST, bal="deficit", src=INEBO, **Y33)]),

    # ================================================================ Oceania, the Caucasus, bilateral
    # P49 Australia's January: a surplus narrowing from a revised base (optional), goods and
    # services flows (c DC), a reason (none), iron ore.
    ("Australia's trade surplus narrowed to A$3.8 billion in January from a downwardly revised A$5.8 billion in "
     "December, the Australian Bureau of Statistics said on Thursday. Exports of goods and services fell 3.4% "
     "to A$42.6 billion as iron ore shipments slowed during the cyclone season, while imports rose 1.2% to "
     "A$38.8 billion. Iron ore exports fell 9.5% to A$9.1 billion.",
     [R(f="balance", r=AU, c=DC, v=3.8e9, cur="AUD", bal="surplus", d="down", pct=DC, by=DC, byc=DC, b=DC,
        src=ABS, **JAN),
      OPT(f="balance", r=AU, c=DC, v=5.8e9, cur="AUD", bal="surplus", **DEC),
      R(f="export", r=AU, c=DC, v=42.6e9, cur="AUD", d="down", pct=3.4, b=DC, src=ABS, **JAN),
      R(f="import", r=AU, c=DC, v=38.8e9, cur="AUD", d="up", pct=1.2, b=DC, src=ABS, **JAN),
      R(f="export", r=AU, c=IRONORE, v=9.1e9, cur="AUD", d="down", pct=9.5, b=DC, src=ABS, **JAN)]),

    # P50 New Zealand: the year ended January (c DC, "led by"), the annual deficit narrowed
    # "to", January alone, dairy's absolute and relative change without a value.
    ("New Zealand's annual goods exports rose 6.4% to NZ$74.2 billion in the year ended January, Stats NZ said, "
     "led by dairy and meat. Imports fell 2.1% to NZ$78.9 billion, narrowing the annual trade deficit to NZ$4.7 "
     "billion. In January alone, the country recorded a monthly surplus of NZ$214 million as dairy exports rose "
     "NZ$312 million, or 16%.",
     [R(f="export", r=NZ, c=DC, v=74.2e9, cur="NZD", d="up", pct=6.4, b=DC, src=STATSNZ, **R12JAN),
      R(f="import", r=NZ, c=DC, v=78.9e9, cur="NZD", d="down", pct=2.1, b=DC, src=STATSNZ, **R12JAN),
      R(f="balance", r=NZ, c=DC, v=4.7e9, cur="NZD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC,
        src=STATSNZ, **R12JAN),
      R(f="balance", r=NZ, c=DC, v=214e6, cur="NZD", bal="surplus", src=STATSNZ, **JAN),
      R(f="export", r=NZ, c=DAIRY, d="up", pct=16, by=312e6, byc="NZD", b=DC, src=STATSNZ, **JAN)]),

    # P51 Azerbaijan's January-February: turnover, its flows, oil and gas as a part, partners
    # after the turnover (flow total).
    ("Azerbaijan's foreign trade turnover reached $7.84 billion in January-February, the State Customs "
     "Committee said, with exports of $5.21 billion and imports of $2.63 billion. Oil and gas accounted for "
     "$4.52 billion of exports. Italy was the largest trading partner at $2.14 billion, followed by Turkey at "
     "$1.06 billion.",
     [R(f="total", r=AZ, v=7.84e9, cur="USD", src=AZSCC, **JF),
      R(f="export", r=AZ, v=5.21e9, cur="USD", src=AZSCC, **JF),
      R(f="import", r=AZ, v=2.63e9, cur="USD", src=AZSCC, **JF),
      R(f="export", r=AZ, c=OILGAS, v=4.52e9, cur="USD", src=AZSCC, **JF),
      R(f="total", r=AZ, p=IT, v=2.14e9, cur="USD", src=AZSCC, **JF),
      R(f="total", r=AZ, p=TR, v=1.06e9, cur="USD", src=AZSCC, **JF)]),

    # P52 Georgia's January, preliminary (vq DC): external merchandise trade (total, c DC),
    # flows with an elided verb, "a negative trade balance" (a deficit), cars with an
    # appositive.
    ("Georgia's external merchandise trade rose 9.2% year-on-year to $1.58 billion in January, the national "
     "statistics office Geostat said in preliminary figures. Exports rose 12.8% to $412 million and imports "
     "8.0% to $1.17 billion, leaving a negative trade balance of $756 million. Cars, mostly re-exported to "
     "Central Asia, remained the largest export item at $84 million.",
     [R(f="total", r=GE, c=DC, v=1.58e9, cur="USD", vq=DC, d="up", pct=9.2, b="yoy", src=GEOSTAT, **JAN),
      R(f="export", r=GE, c=DC, v=412e6, cur="USD", vq=DC, d="up", pct=12.8, b=DC, src=GEOSTAT, **JAN),
      R(f="import", r=GE, c=DC, v=1.17e9, cur="USD", vq=DC, d="up", pct=8.0, b=DC, src=GEOSTAT, **JAN),
      R(f="balance", r=GE, c=DC, v=756e6, cur="USD", vq=DC, bal="deficit", src=GEOSTAT, **JAN),
      R(f="export", r=GE, c=CARS, v=84e6, cur="USD", vq=DC, src=GEOSTAT, **JAN)]),

    # P53 China-Africa trade in yuan from GAC (China's, flow total c null), the two flows.
    ("Trade between China and Africa rose 6.1% year on year to 352.4 billion yuan in the first two months of "
     "2034, according to the General Administration of Customs. China's exports to Africa stood at 214.6 "
     "billion yuan, while imports from the continent reached 137.8 billion yuan.",
     [R(f="total", r=CN, p=AFRICA, v=352.4e9, cur="CNY", d="up", pct=6.1, b="yoy", src=GAC, **JF),
      R(f="export", r=CN, p=AFRICA, v=214.6e9, cur="CNY", src=GAC, **JF),
      R(f="import", r=CN, p=AFRICA, v=137.8e9, cur="CNY", src=GAC, **JF)]),

    # P54 Vietnam's coffee: volume and value with different changes (two records), buyers
    # without amounts (none).
    ("Vietnam exported 298,000 tonnes of coffee in the first two months of 2034, down 11.3% from a year "
     "earlier, customs data showed, but export revenue rose 6.8% to $1.62 billion as prices climbed. Germany "
     "and Italy were the largest buyers.",
     [R(f="export", r=VN, c=COFFEE, vol=298000, u=TON, v=DC, cur=DC, d="down", pct=11.3, b="yoy", src=VNCUS,
        **JF),
      R(f="export", r=VN, c=COFFEE, v=1.62e9, cur="USD", vol=DC, u=DC, d="up", pct=6.8, b=DC, src=VNCUS, **JF)]),

    # ================================================================ single sentences
    # P55 Denmark's pharmaceuticals in kroner, a company named as an appositive.
    ("Denmark's exports of pharmaceuticals, dominated by Novo Nordisk's weight-loss drugs, rose 14.8% to 21.6 "
     "billion Danish kroner in January, Statistics Denmark said.",
     [R(f="export", r=DK, c=PHARMA23, v=21.6e9, cur="DKK", d="up", pct=14.8, b=DC, src=DST, **JAN)]),

    # P56 Senegal's 2033 in CFA francs, a reason (none).
    ("Senegal's exports rose 38.6% to 6,214 billion CFA francs in 2033, statistics agency ANSD said, as the "
     "country's first full year of oil and gas production lifted sales abroad.",
     [R(f="export", r=SN, v=6.214e12, cur="XOF", d="up", pct=38.6, b=DC, src=ANSD, **Y33)]),
]

NEG = [
    # N01 a PMI's new export orders (China).
    "China's official manufacturing purchasing managers' index rose to 50.4 in February from 49.8 in January, "
    "the statistics bureau said, with the new export orders sub-index climbing to 48.9 as factories reopened "
    "after the Lunar New Year.",
    # N02 a current account with a goods deficit named without a figure (Japan).
    "Japan's current account surplus rose to ¥1.86 trillion in January, Ministry of Finance data showed, as "
    "income from overseas investments more than offset a deficit in goods trade.",
    # N03 foreign exchange reserves (India).
    "India's foreign exchange reserves rose $4.2 billion to $712.6 billion in the week to March 10, the Reserve "
    "Bank of India said, as the central bank bought dollars from exporters.",
    # N04 remittances and the import bill (Philippines).
    "Cash remittances from Filipinos working abroad rose 3.1% to $3.04 billion in January, the central bank "
    "said, helping the country pay for its oil and food imports.",
    # N05 inflation with import prices (Turkey).
    "Turkey's annual inflation eased to 21.4% in February from 23.8% in January, TurkStat said, as the lira "
    "stabilised and import prices of energy fell 3.2% on the month.",
    # N06 one company's revenue and iron ore sales (Brazil).
    "Vale reported fourth-quarter net revenue of $10.8 billion, up 6% from a year earlier, as its iron ore "
    "sales to China rose to 72.4 million tonnes on strong steel mill demand.",
    # N07 FDI (Mexico).
    "Foreign direct investment in Mexico reached $41.2 billion in 2033, the economy ministry said, with "
    "carmakers and electronics exporters accounting for nearly a third of new investment.",
    # N08 industrial orders from abroad (Germany).
    "German industrial orders fell 2.3% in January from the previous month, the Federal Statistical Office "
    "said, as foreign orders dropped 4.1%, with orders from outside the euro zone down 5.6%.",
    # N09 port throughput (the Netherlands).
    "The Port of Rotterdam handled 438 million tonnes of cargo in 2033, down 1.4% from a year earlier, as "
    "container volumes rose 2.6% to 13.7 million TEUs while coal and crude oil throughput fell.",
    # N10 tourism revenue (Thailand).
    "Thailand's tourism revenue rose 9.6% to 312 billion baht in the first two months of the year, the tourism "
    "ministry said, as foreign arrivals climbed 11.2% to 6.84 million, making tourism the kingdom's biggest "
    "source of foreign exchange after exports.",
    # N11 an export target (Vietnam).
    "Vietnam aims to raise exports by 8% to about $470 billion in 2034, the trade ministry said on Monday, and "
    "to keep a trade surplus of at least $15 billion for the year.",
    # N12 GDP with the contribution of net exports (South Africa).
    "South Africa's economy grew 0.6% quarter-on-quarter in the fourth quarter of 2033, Statistics South "
    "Africa said, as net exports added 0.3 percentage points to growth.",
    # N13 a coal price (Australia/Asia).
    "Benchmark Newcastle thermal coal prices fell 4.2% to $112.50 a tonne last week, their lowest since 2021, "
    "as import demand from China and India cooled.",
    # N14 a WTO forecast.
    "The World Trade Organization expects global merchandise trade volumes to grow 2.7% in 2034 and 3.1% in "
    "2035, it said in its annual outlook, warning that higher tariffs could weigh on exports from Asia.",
    # N15 customs and excise duties collected (Kenya).
    "The Kenya Revenue Authority collected KSh 98.4 billion in customs and excise duties in January and "
    "February, up 11.2% from a year earlier, as import volumes recovered.",
    # N16 a freight index.
    "The Shanghai Containerized Freight Index fell 3.8% to 1,412 points on Friday, as rates on the Asia-Europe "
    "route dropped to $1,860 per 40-foot container amid weak export demand.",
    # N17 an exchange rate with reserves and oil export proceeds (Nigeria).
    "The naira firmed 1.2% to 1,412 per dollar on Tuesday, traders said, as the central bank's external "
    "reserves climbed to $46.8 billion on higher oil export proceeds.",
    # N18 cocoa arrivals at ports (Côte d'Ivoire).
    "Cocoa arrivals at ports in Côte d'Ivoire reached 1.38 million tonnes between the start of the season on "
    "Oct. 1 and March 12, exporters estimated, down 6.4% from the same period last season.",
    # N19 export credit support (the UK).
    "UK Export Finance provided £8.2 billion of support to British exporters in the 2032-33 financial year, up "
    "from £6.5 billion a year earlier, the export credit agency said in its annual report.",
    # N20 letters of credit opened for imports (Bangladesh).
    "Banks in Bangladesh opened letters of credit worth $5.84 billion for imports in February, down 3.6% from "
    "a year earlier, Bangladesh Bank data showed, while settlements of import LCs stood at $5.91 billion.",
]
