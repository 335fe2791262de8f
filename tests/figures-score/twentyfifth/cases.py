from slots import DC, R, M, Y, PR

# The twenty-fifth set: every text is the only body paragraph (after an unrelated opening
# one) of a page published on 2035-02-12 (a Monday), in the season of year-end results. So
# "January", "in January" and "in the month" (after a January figure) are January 2035 (the
# latest month of South Korea, Taiwan, Pakistan, Bangladesh, Vietnam, Türkiye, Brazil and
# Chile, and of Vietnam's coffee); "December", "in December alone" and "the December
# surplus" are December 2034 (the latest month of China, Japan, India, Indonesia, Malaysia,
# the Philippines, Thailand, Singapore, South Africa, Germany, Britain, Canada, Australia,
# New Zealand, the US and Malaysia's palm oil); "November" is November 2034 (the latest
# month of Saudi Arabia and the euro zone, and as the base of a December figure — "from
# €15.6 billion in November", "from £20.1 billion in November", "from C$2.3 billion in
# November", "from a revised R14.3 billion in November", "from a revised A$5.2 billion in
# November", "from the previous month" — November 2034). Years: "2034", "in 2034", "for the
# year", "the whole of 2034", "for the whole of 2034", "full-year", "For the full year",
# "2034 as a whole", "Over 2034 as a whole", "the annual surplus", "an annual trade surplus",
# "in the year" and New Zealand's "the year ended December 2034" are the calendar year 2034
# (January-December 2034); "2033", "in 2033", "a year earlier" and "the previous year" after
# an annual figure are 2033 (the optional base records of 2033). Spans: "the first 11 months
# of 2034" and "January-November" are January-November 2034; Morocco's "at the end of
# December 2034" (the Maghreb offices' cumulative style) is January-December 2034 with
# December alone accepted as start (ninth set's CUM); India's "April-December 2034" and
# "April-December" (in a text about India's 2034-35) are April-December 2034; Pakistan's
# "the first seven months (July-January) of fiscal year 2034-35" and Bangladesh's "the
# July-January period of the current fiscal year" are July 2034 - January 2035. Bases: "a
# year earlier", "from a year earlier", "year-on-year", "year on year", "on-year", "in the
# same month last year" and "from the previous year" state yoy (the optional bases: December
# 2033 for the Philippines, November 2033 for the euro zone, January 2034 for Brazil, 2033
# for France); "from the previous month" and "month-on-month" state mom; "from 2033", "in
# 2033" (China-US, Israel, South Africa, the US, Mexico) and "in November" name the base by
# its period (b DC); an annual change with no stated comparison ("rose 5.9% in 2034 to")
# has b DC. Dates and years that are no period of any figure: weekdays ("on Tuesday", "on
# Wednesday", "on Thursday", "on Friday", "on Saturday", "on Monday", "on Sunday",
# "Tuesday", "Wednesday", "Thursday") as release days; "the 20th straight month" in a run;
# "since 2017" and "in more than two decades" in record words (vq); "in 2035" in a forecast
# and a target inside positive texts; "end-December stocks" (palm oil stocks, no record).
# In near misses "January", "December", "the first seven months of the fiscal year", "the
# week ended January 31", "the current fiscal year", "the first half of the 2034/35 fiscal
# year", "2034", "April-December", "the fourth quarter of 2034", "on Monday", "on Friday",
# "on Tuesday", "three months", "2034/35", "fiscal year 2034" and "2035" belong to
# remittances, reserves, an export target, revenue collection, inflation, a PMI, a current
# account, one company's sales, port cargo, tourism, FDI, GDP, industrial output, a freight
# index, a crude price and inventories, a crop forecast, canal transits, an exchange rate, a
# trade deal's estimate and a world trade forecast.
#
# Conventions: every convention stated in the twenty-fourth set's header
# (twentyfourth/cases.py, which carries those of the twenty-third, and through it those of
# the ninth to twenty-second sets) is kept unchanged and is not repeated in full here. In
# short: values are positive amounts in the original currency (deficits bal="deficit",
# surpluses bal="surplus"); b is "yoy"/"mom" only when the text states the comparison, DC
# when it is implied or the base is named by its period, null when there is no change; a
# change in a later sentence or clause that does not restate its comparison has b DC; a
# narrowing, widening or shrinking deficit has d DC, a surplus that rises, widens or grows
# is "up" and one that falls, shrinks or narrows is "down"; later sentences and clauses
# inherit reporter, period and source; comparison bases are optional records (OPT); a
# change of a whole economy's, a partner's or a good's trade given only as a percent is a
# record with a null value; "goods", "merchandise", "goods and services", "total" and
# "national" flows and the whole-economy flows that go with such a headline have c DC (also
# the overall US, euro-zone and Australian balances and a flow "led by" named goods); plain
# "exports"/"imports" of a whole economy c null; named goods, "non-oil" and "services" are
# commodities; reasons name no commodity; appositives change nothing; "a record" vq RECORD,
# "the highest figure for the month on record", "a record for the month" and "the largest
# since 2017" HIGHEST, "the smallest in more than two decades" LOWEST; "provisional" and
# "estimated" values vq DC; "were flat at" as "little changed at" (d DC, pct null or 0);
# parts with an amount are records, shares, runs and rankings none; a buyer or supplier that
# is the grammatical subject may be written as the seller's export or the buyer's import (f,
# r and p either way, c DC); a value and a volume of one flow with DIFFERENT changes, or a
# volume with a change and the revenue without one, are two records (the other measure DC);
# a value restated in another currency is one record accepting either form plus an optional
# twin; "trade with X" is flow total; a tariff in force named as context or as a reason is a
# required record (TAR); forecasts, polls, targets, stocks, prices, exchange rates,
# reserves, current accounts, tourism receipts, remittances, GDP, FDI, revenue collection,
# output, PMIs, port cargo, freight rates, canal transits, crop forecasts and one company's
# sales are never trade figures.
#
# New in this (twenty-fifth) set, which like the twenty-first to twenty-fourth stresses
# ORDINARY, MAINSTREAM TRADE NEWS written as whole paragraphs of 2-4 sentences the way wire
# services and newspapers run them (Reuters, AP, AFP, Xinhua, Yonhap, Kyodo, Focus Taiwan,
# PTI, BusinessLine, Business Recorder, The Daily Star, Antara, Bernama, PNA, VnExpress,
# Bangkok Post, The Straits Times, Khmer Times, Hürriyet Daily News, Arab News, WAM, Times of
# Oman, Globes, Ahram Online, BusinessDay, Business Daily, Morocco World News, Citi
# Newsroom, NL Times, swissinfo, The Canadian Press, El Economista, Valor, Buenos Aires
# Times, the AFR, RNZ, Petra, RTHK), but in the season of YEAR-END RESULTS: full-year 2034
# totals, records and annual balances next to December (or January 2035) monthly data, from
# economies the earlier sets used little (Oman, Jordan, the Netherlands, Norway, Spain,
# Uruguay, Chile, Cambodia, Hong Kong) and the big ones. No convention is new; the readings
# of this set's forms that the earlier conventions give are:
# - Year-end wordings: "rose 5.9% in 2034 to a record $3.79 trillion", "hit a record $712.4
#   billion in 2034", "rose 3.4% to a record CHF 302.6 billion" (vq RECORD, b DC unless a
#   comparison is stated); "a record annual trade surplus of", "posted a record trade
#   surplus of", "a surplus of $9.1 billion, also a record" (vq RECORD); "bringing the
#   surplus for the whole of 2034 to" (a cumulative value, no change); "For 2034 as a whole,
#   the trade gap stood at" (a deficit, no change); "the annual surplus was"; a deficit
#   "narrowing 41.5 percent from the previous year" (d DC, pct 41.5, b yoy); "narrowed to
#   ... in 2034 from a record $918.4 billion in 2033" (d, pct, by DC, b DC, the base
#   optional with vq DC); a surplus "down from $362.1 billion in 2033" (d down, b DC, base
#   optional); "compared with R171.3 billion in 2033" (d up or none, b DC, base optional); a
#   surplus "compared with a deficit of $6.4 billion in 2033" (d, pct, by DC, b DC, the
#   deficit an optional base); "widened by £4.8 billion to £36.2 billion" (by 4.8 x 10^9 GBP,
#   d and pct DC); "up 11.4 percent from 2033" (b DC); "the annual trade deficit narrowed
#   to" without a base (d DC, b DC, no base record).
# - Monthly wordings as in the twenty-fourth set; "taking the trade deficit to" (d, pct, by
#   and b DC); "the 20th straight month in the black" a run (none); German exports "rose
#   1.4% in December from the previous month" and imports "fell 0.9%" (changes without
#   values: records with v null, mom and b DC); palm oil exports "declined 9.3% from the
#   previous month to" (mom).
# - Goods: crude oil, soybeans and iron ore imported by China (volumes, u tonnes; "crude
#   arrivals"); chips; garments, knitwear and woven garments (parts); coffee (volume and
#   revenue with different changes: two records); NODX, electronics and non-electronics;
#   "Non-oil exports, including re-exports" (c non-oil) and "oil exports accounted for" (a
#   part, c oil); Oman's "oil and gas exports" and "non-oil exports"; building materials,
#   chemicals and fertilisers, food industries; Nigeria's non-oil exports with "cocoa beans
#   and products" and "urea exports"; tea earnings and volumes (two records); Morocco's
#   "automotive sector, whose sales reached" (a part, c automotive); Ghana's gold, cocoa and
#   crude oil; "aircraft and spacecraft exports"; Norway's "exports of crude oil and natural
#   gas"; "manufacturing exports, which include cars and auto parts" (c manufacturing);
#   Argentina's "energy trade balance"; Chile's copper; Uruguay's beef and pulp; palm oil;
#   Thailand's rice volume with a change and "earning 181.4 billion baht" without one (two
#   records). "Dutch exports of goods" and "Imports of goods" c DC and "Exports to Germany"
#   after them c DC; Israel's flows "excluding diamonds" c DC; "Exports of goods and
#   services ..., led by gold and iron ore" c DC.
# - Partners: the US, the European Union, ASEAN ("Trade with ASEAN, China's largest trading
#   partner": flow total, c DC), China, "China and Hong Kong" (one group: China or Hong Kong
#   accepted), the UAE, Mexico, Germany, the rest of the world (WORLD); ranked buyers and
#   destinations with amounts ("The U.S. remained the largest export market at", "The United
#   States remained the largest buyer of Cambodian goods at ..., followed by Vietnam at",
#   "Germany was the top export market with ..., followed by the United Kingdom with", "The
#   Netherlands was the top destination, taking", "China bought $7.6 billion of Brazilian
#   goods", "China remained the top destination, buying", "Pakistan remained the largest
#   buyer, taking 189.2 million kilogrammes") f, r and p either way, c DC; "China was the
#   biggest supplier, with imports from the country reaching" likewise. Bilateral balances:
#   China's surplus with the US, the US goods deficits with China and Mexico (c DC), Canada's
#   surplus with the US (c DC).
# - Restatements: Thailand's "US$317.6 billion, or 10.96 trillion baht" and Nigeria's "$6.83
#   billion (about ₦10.4 trillion)" (one record accepting either amount, vq null or about,
#   plus an optional twin).
# - Currencies: as in the twenty-fourth set, plus "RO" OMR (Oman), "JD" JOD (Jordan),
#   "kroner" in a Norwegian text NOK, "euros" EUR, "CHF" CHF; "C$" CAD in the Canadian text.
# - Sources: as in the twenty-fourth set for the economies it shares, plus Oman's National
#   Centre for Statistics and Information (NCSI), the Nigerian Export Promotion Council
#   (NEPC), Statistics Netherlands (CBS), Statistics Norway, Spain's Economy Ministry,
#   Chile's central bank, Uruguay XXI, Jordan's Department of Statistics, the Malaysian Palm
#   Oil Board and the Thai Rice Exporters Association.
# - Tariffs in force named as context or as a reason (required records, period, change and
#   source DC, reporter the United States): "U.S. tariffs of 30% on most Chinese goods"
#   (partner China or null), "the 50 per cent tariff on most Indian goods", "which face a 19
#   percent tariff" (Indonesia), "despite a 19% U.S. tariff" (Cambodia), "the 15% U.S.
#   tariff on most Swiss goods" and "U.S. tariffs of 35 per cent on Canadian goods not
#   covered by the free trade agreement" (c DC). "As tariffs curbed imports" (no rate) makes
#   no record.
# - Non-trade numbers inside positive texts (no record): a Reuters poll ("beating the 5.2%
#   rise forecast"), a run of surpluses, a ministry's export growth forecast for 2035 and a
#   non-oil export target for 2035, palm oil stocks.
# - Near misses of this set (no record): remittances, foreign exchange reserves with import
#   cover, an export target, revenue collection with customs, inflation with imported
#   energy, a PMI's new export orders, a current account, one company's overseas sales, port
#   cargo, tourism receipts, FDI, GDP, industrial output, a dry bulk freight index, a crude
#   price with inventories, a soybean crop forecast, canal transits and tolls, an exchange
#   rate with importers' demand, a trade deal's estimated gains and a world trade forecast.

# The names of economies, sources, units and qualifiers and the record helpers (OPT, TAR,
# YTD, Q, H, FYJJ, CUM) mean the same as in the tenth to twenty-fourth sets; they are written
# out here (with the same definitions) so that this file does not depend on the others.


def OPT(**kw):
    """An optional record (a comparison base or a twin): its change slots are don't care
    unless given."""
    rec = dict(d=DC, pct=DC, cq=DC, b=DC, by=DC, byc=DC, vq=DC, src=DC)
    rec.update(kw)
    rec["opt"] = True
    return rec


def TAR(**kw):
    """A tariff figure: period, change and source don't care unless given."""
    rec = dict(f="tariff", d=DC, pct=DC, cq=DC, b=DC, by=DC, byc=DC, ps=DC, pe=DC, src=DC)
    rec.update(kw)
    return rec


def YTD(y, m):
    """January to the end of month m of year y."""
    return PR("%04d-01-01" % y, M(y, m)["pe"])


def CUM(y, m):
    """'At the end of <month>': January to that month (the month alone accepted as start)."""
    return dict(ps=["%04d-01-01" % y, M(y, m)["ps"]], pe=M(y, m)["pe"])


def Q(y, q):
    return PR("%04d-%02d-01" % (y, 3 * q - 2), M(y, 3 * q)["pe"])


def H(y, h):
    return PR("%04d-%02d-01" % (y, 6 * h - 5), M(y, 6 * h)["pe"])


def FYJJ(y):
    """A fiscal year July y - June y+1."""
    return PR("%04d-07-01" % y, "%04d-06-30" % (y + 1))


# Units and qualifiers.
TON = "ton"                                  # matches tonnes, tons, metric tons
KG = ["kilogram", "kg"]
BAG = "bag"
ABOUT = ["about", "around", "approximately", "some", "roughly"]
HIGHEST = [None, "record", "highest", "record high", "biggest", "largest"]
# Economies and groups.
CN = "China"
MAINLAND = ["China", "mainland"]
KR = ["South Korea", "Republic of Korea", "Korea"]
JP = "Japan"
TW = "Taiwan"
HK = "Hong Kong"
IN = "India"
PK = "Pakistan"
BD = "Bangladesh"
LK = "Sri Lanka"
ID = "Indonesia"
MY = "Malaysia"
PH = "Philippines"
VN = ["Vietnam", "Viet Nam"]
TH = "Thailand"
SG = "Singapore"
KH = "Cambodia"
UZ = "Uzbekistan"
TR = ["Turkey", "Türkiye", "Turkiye"]
IL = "Israel"
SA = ["Saudi Arabia", "Kingdom of Saudi Arabia", "KSA"]
UAE = ["United Arab Emirates", "UAE", "U.A.E."]
QA = "Qatar"
EG = "Egypt"
NG = "Nigeria"
KE = "Kenya"
ZA = "South Africa"
GH = "Ghana"
MA = "Morocco"
DE = "Germany"
UK = ["United Kingdom", "Britain", "UK", "U.K."]
EZ = ["euro zone", "euro area", "eurozone", "euro-zone"]
FR = "France"
IT = "Italy"
IE = "Ireland"
FI = "Finland"
CH = ["Switzerland", "Swiss"]
RO = "Romania"
UA = "Ukraine"
RU = ["Russia", "Russian Federation"]
US = ["United States", "U.S.", "USA", "America"]
CA = "Canada"
MX = "Mexico"
BR = "Brazil"
AR = "Argentina"
PE = "Peru"
EC = "Ecuador"
AU = "Australia"
NZ = "New Zealand"
EU = ["European Union", "EU"]
ASEAN = ["Association of Southeast Asian Nations", "ASEAN", "Southeast Asia"]
WORLD = [None, "world", "rest of the world"]
# Goods.
SOY = ["soybeans", "soybean", "soya"]
IRONORE = ["iron ore", "iron"]
CHIPS = ["semiconductors", "semiconductor", "chips", "chip"]
CARS = ["cars", "car", "automobiles", "automobile", "autos", "vehicles"]
SERVICES = ["services", "service"]
TEXT = ["textiles", "textile", "textile exports", "textiles and clothing", "textile and clothing", "clothing",
        "garments"]
RICE = "rice"
GARMENTS = ["garments", "garment", "apparel", "ready-made garments", "RMG", "clothing"]
KNIT = ["knitwear", "knit", "knit garments", "knitted garments"]
WOVEN = ["woven garments", "woven", "woven garment"]
NONOILGAS = ["non-oil and gas", "non-oil", "non-migas"]
OILGAS = ["oil and gas", "oil", "gas", "migas", "crude oil"]
EEP = ["electrical and electronic products", "electrical and electronic", "E&E", "electronic", "electrical"]
ELECPROD = ["electronic products", "electronics", "electronic"]
AGRI = ["agricultural products", "agricultural", "agri-food", "agrifood", "agriculture", "farm"]
NODX = ["non-oil domestic exports", "non-oil", "NODX", "domestic exports"]
ELEC = ["electronics", "electronic"]
NONELEC = ["non-electronics", "non-electronic"]
NONOIL = ["non-oil"]
CRUDE = ["crude oil", "crude", "oil"]
PETGAS = ["petroleum gases", "petroleum gas", "liquefied natural gas", "LNG", "gas"]
NONPET = ["non-petroleum", "non-oil", "non-petroleum exports"]
BUILD = ["building materials", "building material", "construction materials"]
FOODIND = ["food industries", "food industry", "food", "processed food", "food products"]
CHEMFERT = ["chemicals and fertilisers", "chemicals and fertilizers", "chemicals", "fertilisers", "fertilizers",
            "chemical"]
TEA = "tea"
HORT = ["horticulture", "horticultural", "horticultural produce", "horticultural products"]
GOLD = "gold"
COCOA = ["cocoa beans and products", "cocoa beans", "cocoa bean", "cocoa"]
AUTO = ["automotive", "auto", "automotive products", "automobiles", "vehicles", "cars"]
PHOS = ["phosphate and derivatives", "phosphates and derivatives", "phosphate", "phosphates"]
ENERGY = ["energy products", "energy"]
PHARMA = ["medical and pharmaceutical products", "pharmaceutical", "pharmaceuticals", "medical"]
FOREST = ["forest industry products", "forest industry", "forest products", "forestry products", "forest"]
MANUF = ["manufacturing", "manufactured goods", "manufactures", "manufacturing exports"]
COFFEE = "coffee"
FUELEN = ["fuel and energy", "fuels and energy", "energy", "fuel"]
TRAD = ["traditional", "traditional exports", "traditional products"]
NONTRAD = ["non-traditional", "nontraditional", "non-traditional exports", "non-traditional products"]
COPPER = ["refined copper", "copper"]
SHRIMP = ["shrimp", "shrimps", "prawns"]
BANANAS = ["bananas", "banana"]
METAL = ["metal ores and minerals", "metal ores", "ores and minerals", "metal ore", "metals"]
COAL = "coal"
PALM = ["palm oil products", "palm oil", "palm"]
GRAIN = ["grain", "grains"]
WHEAT = "wheat"
BARLEY = "barley"
# Sources.
GAC = ["General Administration of Customs", "GAC", "customs"]
MOTIE = ["Ministry of Trade, Industry and Energy", "trade ministry", "MOTIE", "Ministry of Trade"]
KCS = ["Korea Customs Service", "customs"]
MOFJ = ["Ministry of Finance", "Finance Ministry", "MOF"]
TWMOF = ["Ministry of Finance", "Finance Ministry", "MOF"]
CSD = ["Census and Statistics Department", "C&SD", "Census and Statistics"]
INCOM = ["commerce ministry", "Ministry of Commerce and Industry", "commerce and industry ministry",
         "Ministry of Commerce"]
PBS = ["Pakistan Bureau of Statistics", "PBS"]
APTMA = PBS + ["All Pakistan Textile Mills Association", "APTMA"]
EPB = ["Export Promotion Bureau", "EPB"]
BPS = ["Statistics Indonesia", "BPS", "Badan Pusat Statistik"]
DOSM = ["Department of Statistics Malaysia", "DOSM", "Department of Statistics", "Bernama"]
PSA = ["Philippine Statistics Authority", "PSA"]
VNNSO = ["National Statistics Office", "NSO", "General Statistics Office", "statistics office"]
VNCUS = ["customs", "Vietnam Customs", "General Department of Customs", "Customs Department"]
THMOC = ["commerce ministry", "Ministry of Commerce", "Commerce Ministry"]
ESG = ["Enterprise Singapore", "EnterpriseSG", "ESG"]
BOLAT = ["Omer Bolat", "Ömer Bolat", "Trade Minister", "Trade Ministry", "Bolat"]
CBSIL = ["Central Bureau of Statistics", "CBS"]
GASTAT = ["General Authority for Statistics", "GASTAT"]
UAEFT = ["Minister of State for Foreign Trade", "minister", "Ministry of Economy", "Ministry of Foreign Trade",
         "Thani bin Ahmed Al Zeyoudi", "Al Zeyoudi", "Thani Al Zeyoudi"]
NPC = ["National Planning Council", "Planning Council", "NPC", "QNA"]
EGMIN = ["minister of investment and foreign trade", "Ministry of Investment and Foreign Trade", "minister",
         "ministry", "Hassan El-Khatib", "El-Khatib"]
NBSNG = ["National Bureau of Statistics", "NBS"]
KNBS = ["Kenya National Bureau of Statistics", "KNBS"]
SARS = ["South African Revenue Service", "SARS"]
BOG = ["Bank of Ghana", "BoG"]
OC = ["Foreign Exchange Office", "foreign exchange office", "Office des Changes", "exchange office"]
DESTATIS = ["Destatis", "Federal Statistical Office", "Federal Statistics Office"]
ONS = ["Office for National Statistics", "ONS"]
EUROSTAT = ["Eurostat"]
FRCUS = ["customs", "customs department", "French customs", "DGDDI", "General Directorate of Customs"]
ISTAT = ["ISTAT", "Istat", "Italian National Institute of Statistics", "National Institute of Statistics",
         "statistics bureau"]
CSO = ["Central Statistics Office", "CSO"]
FICUS = ["Finnish Customs", "customs", "Tulli"]
BAZG = ["Federal Office for Customs and Border Security", "FOCBS", "BAZG", "customs"]
ROINS = ["National Institute of Statistics", "INS"]
USDOC = ["Commerce Department", "Department of Commerce", "Census Bureau", "Bureau of Economic Analysis", "BEA"]
STATCAN = ["Statistics Canada", "StatCan"]
INEGI = ["INEGI", "National Institute of Statistics and Geography", "statistics agency"]
BRMIN = ["trade ministry", "Ministry of Development, Industry, Trade and Services", "MDIC", "Secex",
         "Ministry of Development"]
CECAFE = ["Cecafe", "Cecafé", "Brazilian Coffee Exporters Council"]
INDEC = ["INDEC", "statistics agency", "National Institute of Statistics and Censuses"]
BCRP = ["central bank", "BCRP", "Central Reserve Bank"]
BCE = ["central bank", "Central Bank of Ecuador", "BCE", "Banco Central del Ecuador"]
ABS = ["Australian Bureau of Statistics", "ABS", "Bureau of Statistics"]
STATSNZ = ["Stats NZ", "Statistics New Zealand"]
UZSTAT = ["Statistics Agency", "statistics agency"]
ITS = ["Intertek Testing Services", "Intertek", "ITS"]
AMSPEC = ["AmSpec Agri Malaysia", "AmSpec"]
UAMIN = ["agriculture ministry", "Ministry of Agrarian Policy", "Ministry of Economy"]
KHCUS = ["General Department of Customs and Excise", "GDCE", "customs", "General Department of Customs"]
SLEDB = ["Export Development Board", "EDB"]

# Added in this (twenty-fifth) set, in the same style.
RECORD = [None, "record"]
LOWEST = [None, "record", "record low", "lowest", "smallest"]
NL = ["Netherlands", "Dutch", "Holland"]
NO = "Norway"
ES = "Spain"
OM = "Oman"
JO = "Jordan"
CL = "Chile"
UY = "Uruguay"
NGEPC = ["Nigerian Export Promotion Council", "NEPC", "Export Promotion Council"]
NCSI = ["National Centre for Statistics and Information", "National Center for Statistics and Information", "NCSI"]
CBSNL = ["Statistics Netherlands", "CBS"]
SSB = ["Statistics Norway", "SSB"]
ESMIN = ["Economy Ministry", "Ministry of Economy", "economy ministry", "Ministry of Economy, Trade and Business"]
BCCH = ["central bank", "Central Bank of Chile", "Banco Central"]
UYXXI = ["Uruguay XXI"]
JODOS = ["Department of Statistics", "DoS"]
MPOB = ["Malaysian Palm Oil Board", "MPOB"]
TREA = ["Thai Rice Exporters Association", "rice exporters association", "exporters association"]
UREA = "urea"
BEEF = "beef"
PULP = ["pulp", "cellulose", "wood pulp"]
AERO = ["aircraft and spacecraft", "aircraft", "aerospace", "spacecraft"]
OILGASNO = ["crude oil and natural gas", "oil and gas", "crude oil", "natural gas", "petroleum"]
COPPERX = ["copper"]

# Periods.
DEC = M(2034, 12)
NOV = M(2034, 11)
JAN = M(2035, 1)
DEC33 = M(2033, 12)
JAN34 = M(2034, 1)
Y34 = Y(2034)
Y33 = Y(2033)
YTD11 = YTD(2034, 11)                        # "the first 11 months of 2034", "January-November"
CUM12 = CUM(2034, 12)                        # Morocco's "at the end of December 2034"
INAD = PR("2034-04-01", "2034-12-31")       # India's April-December of 2034-35
JULJAN = PR("2034-07-01", "2035-01-31")     # Pakistan's and Bangladesh's July-January of FY35
NOPER = dict(ps=DC, pe=DC)

POS = [
    # ================================================================ East Asia
    # P01 China's full year and December (Reuters): record annual exports and surplus (vq
    # RECORD), imports "edged down", December alone (yoy), a poll (none).
    ("China's exports rose 5.9% in 2034 to a record $3.79 trillion, customs data showed on Tuesday, while "
     "imports edged down 0.4% to $2.57 trillion, leaving a record annual trade surplus of $1.22 trillion. In "
     "December alone, exports grew 7.1% from a year earlier to $339.5 billion, beating the 5.2% rise forecast "
     "in a Reuters poll, and imports rose 1.8% to $227.3 billion. The December surplus came in at $112.2 "
     "billion.",
     [R(f="export", r=CN, v=3.79e12, cur="USD", vq=RECORD, d="up", pct=5.9, b=DC, src=GAC, **Y34),
      R(f="import", r=CN, v=2.57e12, cur="USD", d="down", pct=0.4, cq=DC, b=DC, src=GAC, **Y34),
      R(f="balance", r=CN, v=1.22e12, cur="USD", vq=RECORD, bal="surplus", src=GAC, **Y34),
      R(f="export", r=CN, v=339.5e9, cur="USD", d="up", pct=7.1, b="yoy", src=GAC, **DEC),
      R(f="import", r=CN, v=227.3e9, cur="USD", d="up", pct=1.8, b=DC, src=GAC, **DEC),
      R(f="balance", r=CN, v=112.2e9, cur="USD", bal="surplus", src=GAC, **DEC)]),

    # P02 China's 2034 in yuan (Xinhua): goods trade (total, c DC) and its flows, imports
    # "flat at" (d DC, pct null or 0), ASEAN as a partner (flow total).
    ("China's total goods imports and exports reached 44.87 trillion yuan in 2034, up 4.2 percent year on "
     "year, the General Administration of Customs said Tuesday. Exports grew 6.8 percent to 26.71 trillion "
     "yuan, while imports were flat at 18.16 trillion yuan. Trade with ASEAN, China's largest trading partner, "
     "rose 8.1 percent to 7.26 trillion yuan.",
     [R(f="total", r=CN, c=DC, v=44.87e12, cur="CNY", d="up", pct=4.2, b="yoy", src=GAC, **Y34),
      R(f="export", r=CN, c=DC, v=26.71e12, cur="CNY", d="up", pct=6.8, b=DC, src=GAC, **Y34),
      R(f="import", r=CN, c=DC, v=18.16e12, cur="CNY", d=DC, pct=[None, 0], b=DC, src=GAC, **Y34),
      R(f="total", r=CN, p=ASEAN, c=DC, v=7.26e12, cur="CNY", d="up", pct=8.1, b=DC, src=GAC, **Y34)]),

    # P03 China-US trade in 2034 (Reuters): flows with the US, the tariff named as a reason
    # (TAR), the bilateral surplus "down from ... in 2033" (d down, b DC, base optional), the
    # EU.
    ("China's exports to the United States fell 14.6% in 2034 to $449.2 billion, customs data showed, as U.S. "
     "tariffs of 30% on most Chinese goods weighed on shipments, while imports from the U.S. dropped 9.3% to "
     "$148.7 billion. That left China's trade surplus with the United States at $300.5 billion, down from "
     "$362.1 billion in 2033. Exports to the European Union rose 7.4% to $554.8 billion.",
     [R(f="export", r=CN, p=US, v=449.2e9, cur="USD", d="down", pct=14.6, b=DC, src=GAC, **Y34),
      TAR(r=US, p=[CN, None], c=DC, rate=30),
      R(f="import", r=CN, p=US, v=148.7e9, cur="USD", d="down", pct=9.3, b=DC, src=GAC, **Y34),
      R(f="balance", r=CN, p=US, v=300.5e9, cur="USD", bal="surplus", d="down", pct=DC, by=DC, byc=DC, b=DC,
        src=GAC, **Y34),
      OPT(f="balance", r=CN, p=US, v=362.1e9, cur="USD", bal="surplus", **Y33),
      R(f="export", r=CN, p=EU, v=554.8e9, cur="USD", d="up", pct=7.4, b=DC, src=GAC, **Y34)]),

    # P04 China's commodity imports in 2034 (Reuters): crude (a record volume), soybeans,
    # iron ore for the year, December crude arrivals.
    ("China's crude oil imports rose 2.7% in 2034 to a record 571.6 million tonnes, customs data showed, while "
     "soybean imports slipped 3.1% to 102.4 million tonnes. Iron ore imports totalled 1.24 billion tonnes for "
     "the year. In December alone, crude arrivals were 49.8 million tonnes.",
     [R(f="import", r=CN, c=CRUDE, vol=571.6e6, u=TON, volq=RECORD, d="up", pct=2.7, b=DC, src=GAC, **Y34),
      R(f="import", r=CN, c=SOY, vol=102.4e6, u=TON, d="down", pct=3.1, cq=DC, b=DC, src=GAC, **Y34),
      R(f="import", r=CN, c=IRONORE, vol=1.24e9, u=TON, src=GAC, **Y34),
      R(f="import", r=CN, c=CRUDE, vol=49.8e6, u=TON, src=GAC, **DEC)]),

    # P05 South Korea's January (Yonhap): exports on-year, the Lunar New Year as a reason, a
    # run (none), chips, China.
    ("South Korea's exports rose 3.4 percent on-year to US$57.6 billion in January, the trade ministry said, as "
     "robust chip sales offset the impact of the Lunar New Year holiday. Imports fell 2.1 percent to $55.2 "
     "billion, resulting in a trade surplus of $2.4 billion, the 20th straight month in the black. "
     "Semiconductor exports jumped 28.5 percent to $14.3 billion, while shipments to China declined 6.8 percent "
     "to $10.1 billion.",
     [R(f="export", r=KR, v=57.6e9, cur="USD", d="up", pct=3.4, b="yoy", src=MOTIE, **JAN),
      R(f="import", r=KR, v=55.2e9, cur="USD", d="down", pct=2.1, b=DC, src=MOTIE, **JAN),
      R(f="balance", r=KR, v=2.4e9, cur="USD", bal="surplus", src=MOTIE, **JAN),
      R(f="export", r=KR, c=CHIPS, v=14.3e9, cur="USD", d="up", pct=28.5, b=DC, src=MOTIE, **JAN),
      R(f="export", r=KR, p=CN, v=10.1e9, cur="USD", d="down", pct=6.8, b=DC, src=MOTIE, **JAN)]),

    # P06 South Korea's 2034 (Yonhap): "hit a record" (RECORD), the annual surplus "the
    # largest since 2017" (HIGHEST), the US and ASEAN.
    ("South Korea's exports hit a record $712.4 billion in 2034, up 4.8 percent from a year earlier, the "
     "Ministry of Trade, Industry and Energy said. Imports rose 1.9 percent to $648.1 billion, leaving an "
     "annual trade surplus of $64.3 billion, the largest since 2017. Exports to the United States fell 3.6 "
     "percent to $123.5 billion, while shipments to ASEAN rose 6.2 percent to $121.8 billion.",
     [R(f="export", r=KR, v=712.4e9, cur="USD", vq=RECORD, d="up", pct=4.8, b="yoy", src=MOTIE, **Y34),
      R(f="import", r=KR, v=648.1e9, cur="USD", d="up", pct=1.9, b=DC, src=MOTIE, **Y34),
      R(f="balance", r=KR, v=64.3e9, cur="USD", vq=HIGHEST, bal="surplus", src=MOTIE, **Y34),
      R(f="export", r=KR, p=US, v=123.5e9, cur="USD", d="down", pct=3.6, b=DC, src=MOTIE, **Y34),
      R(f="export", r=KR, p=ASEAN, v=121.8e9, cur="USD", d="up", pct=6.2, b=DC, src=MOTIE, **Y34)]),

    # P07 Japan's 2034 and December (Kyodo): an annual deficit narrowing by a percent "from
    # the previous year" (d DC, yoy), record exports, December's surplus, the US "down ... at".
    ("Japan logged a trade deficit of 3.12 trillion yen in 2034, narrowing 41.5 percent from the previous year "
     "as energy import costs fell, the Finance Ministry said. Exports rose 3.8 percent to a record 111.42 "
     "trillion yen, while imports slipped 1.0 percent to 114.54 trillion yen. In December, Japan posted a "
     "surplus of 186.4 billion yen, with exports to the United States down 5.2 percent at 1.69 trillion yen.",
     [R(f="balance", r=JP, v=3.12e12, cur="JPY", bal="deficit", d=DC, pct=41.5, b="yoy", src=MOFJ, **Y34),
      R(f="export", r=JP, v=111.42e12, cur="JPY", vq=RECORD, d="up", pct=3.8, b=DC, src=MOFJ, **Y34),
      R(f="import", r=JP, v=114.54e12, cur="JPY", d="down", pct=1.0, cq=DC, b=DC, src=MOFJ, **Y34),
      R(f="balance", r=JP, v=186.4e9, cur="JPY", bal="surplus", src=MOFJ, **DEC),
      R(f="export", r=JP, p=US, v=1.69e12, cur="JPY", d="down", pct=5.2, b=DC, src=MOFJ, **DEC)]),

    # P08 Taiwan's January (Focus Taiwan): "a record for the month" (HIGHEST), a reason
    # (none), the US and "China and Hong Kong" (one partner group).
    ("Taiwan's exports rose 31.2 percent year-on-year to US$54.9 billion in January, a record for the month, "
     "driven by demand for artificial intelligence servers, the Ministry of Finance said. Imports grew 22.6 "
     "percent to US$41.3 billion, giving a trade surplus of US$13.6 billion. Exports to the United States "
     "surged 58.4 percent to US$18.2 billion, while those to China and Hong Kong rose 9.1 percent to US$14.6 "
     "billion.",
     [R(f="export", r=TW, v=54.9e9, cur="USD", vq=HIGHEST, d="up", pct=31.2, b="yoy", src=TWMOF, **JAN),
      R(f="import", r=TW, v=41.3e9, cur="USD", d="up", pct=22.6, b=DC, src=TWMOF, **JAN),
      R(f="balance", r=TW, v=13.6e9, cur="USD", bal="surplus", src=TWMOF, **JAN),
      R(f="export", r=TW, p=US, v=18.2e9, cur="USD", d="up", pct=58.4, b=DC, src=TWMOF, **JAN),
      R(f="export", r=TW, p=[CN, HK], v=14.6e9, cur="USD", d="up", pct=9.1, b=DC, src=TWMOF, **JAN)]),

    # ================================================================ South Asia
    # P09 India's December (PTI): merchandise flows (c DC), the deficit "taking ... to" (d,
    # pct, b DC), April-December, estimated services exports (vq DC).
    ("India's merchandise exports rose 2.6 per cent to USD 39.4 billion in December, while imports increased "
     "5.8 per cent to USD 63.1 billion, taking the trade deficit to USD 23.7 billion, data released by the "
     "commerce ministry showed. During April-December 2034, exports were up 1.9 per cent at USD 334.6 billion "
     "and imports rose 4.7 per cent to USD 545.2 billion. Services exports in December were estimated at USD "
     "38.2 billion.",
     [R(f="export", r=IN, c=DC, v=39.4e9, cur="USD", d="up", pct=2.6, b=DC, src=INCOM, **DEC),
      R(f="import", r=IN, c=DC, v=63.1e9, cur="USD", d="up", pct=5.8, b=DC, src=INCOM, **DEC),
      R(f="balance", r=IN, c=DC, v=23.7e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC,
        src=INCOM, **DEC),
      R(f="export", r=IN, c=DC, v=334.6e9, cur="USD", d="up", pct=1.9, b=DC, src=INCOM, **INAD),
      R(f="import", r=IN, c=DC, v=545.2e9, cur="USD", d="up", pct=4.7, b=DC, src=INCOM, **INAD),
      R(f="export", r=IN, c=SERVICES, v=38.2e9, cur="USD", vq=DC, src=INCOM, **DEC)]),

    # P10 India and the US (BusinessLine): April-December, the 50% tariff as a reason (TAR),
    # goods named in the reason (none), the UAE with a rank (none).
    ("India's exports to the US declined 8.4 per cent to $57.3 billion in April-December, commerce ministry "
     "data showed, as the 50 per cent tariff on most Indian goods hit shipments of garments, shrimp and gems. "
     "Imports from the US rose 6.1 per cent to $34.8 billion. Exports to the UAE, the second-largest "
     "destination, grew 11.3 per cent to $28.9 billion.",
     [R(f="export", r=IN, p=US, v=57.3e9, cur="USD", d="down", pct=8.4, b=DC, src=INCOM, **INAD),
      TAR(r=US, p=[IN, None], c=DC, rate=50),
      R(f="import", r=IN, p=US, v=34.8e9, cur="USD", d="up", pct=6.1, b=DC, src=INCOM, **INAD),
      R(f="export", r=IN, p=UAE, v=28.9e9, cur="USD", d="up", pct=11.3, b=DC, src=INCOM, **INAD)]),

    # P11 Pakistan's July-January of FY35 (Business Recorder): a deficit widened by a
    # percent, flows, January alone.
    ("Pakistan's trade deficit widened 14.2 percent to $19.86 billion in the first seven months (July-January) "
     "of fiscal year 2034-35, the Pakistan Bureau of Statistics said. Exports rose 6.3 percent to $19.24 "
     "billion, while imports increased 10.2 percent to $39.10 billion. In January alone, exports stood at $2.91 "
     "billion and imports at $5.62 billion.",
     [R(f="balance", r=PK, v=19.86e9, cur="USD", bal="deficit", d=DC, pct=14.2, b=DC, src=PBS, **JULJAN),
      R(f="export", r=PK, v=19.24e9, cur="USD", d="up", pct=6.3, b=DC, src=PBS, **JULJAN),
      R(f="import", r=PK, v=39.10e9, cur="USD", d="up", pct=10.2, b=DC, src=PBS, **JULJAN),
      R(f="export", r=PK, v=2.91e9, cur="USD", src=PBS, **JAN),
      R(f="import", r=PK, v=5.62e9, cur="USD", src=PBS, **JAN)]),

    # P12 Bangladesh's January (The Daily Star): export earnings (yoy), garments and their
    # parts, July-January.
    ("Bangladesh's export earnings rose 7.4 percent year-on-year to $5.12 billion in January, according to the "
     "Export Promotion Bureau. Garment shipments fetched $4.31 billion, of which knitwear accounted for $2.38 "
     "billion and woven garments $1.93 billion. In the July-January period of the current fiscal year, total "
     "exports stood at $30.46 billion, up 8.1 percent.",
     [R(f="export", r=BD, c=DC, v=5.12e9, cur="USD", d="up", pct=7.4, b="yoy", src=EPB, **JAN),
      R(f="export", r=BD, c=GARMENTS, v=4.31e9, cur="USD", src=EPB, **JAN),
      R(f="export", r=BD, c=KNIT, v=2.38e9, cur="USD", src=EPB, **JAN),
      R(f="export", r=BD, c=WOVEN, v=1.93e9, cur="USD", src=EPB, **JAN),
      R(f="export", r=BD, c=DC, v=30.46e9, cur="USD", d="up", pct=8.1, b=DC, src=EPB, **JULJAN)]),

    # ================================================================ Southeast Asia
    # P13 Indonesia's December and 2034 (Antara): the December surplus, the surplus "for the
    # whole of 2034", full-year flows, the US with a tariff in a relative clause (TAR).
    ("Indonesia posted a trade surplus of US$2.94 billion in December, bringing the surplus for the whole of "
     "2034 to US$38.62 billion, Statistics Indonesia (BPS) said on Wednesday. Full-year exports fell 1.8 "
     "percent to US$260.41 billion, while imports rose 2.4 percent to US$221.79 billion. Exports to the United "
     "States, which face a 19 percent tariff, totalled US$27.06 billion in 2034.",
     [R(f="balance", r=ID, v=2.94e9, cur="USD", bal="surplus", src=BPS, **DEC),
      R(f="balance", r=ID, v=38.62e9, cur="USD", bal="surplus", src=BPS, **Y34),
      R(f="export", r=ID, v=260.41e9, cur="USD", d="down", pct=1.8, b=DC, src=BPS, **Y34),
      R(f="import", r=ID, v=221.79e9, cur="USD", d="up", pct=2.4, b=DC, src=BPS, **Y34),
      R(f="export", r=ID, p=US, v=27.06e9, cur="USD", src=BPS, **Y34),
      TAR(r=US, p=[ID, None], c=DC, rate=19)]),

    # P14 Malaysia's December and 2034 (Bernama): flows, the surplus, record total trade for
    # the whole of 2034 (c DC) with its flows.
    ("Malaysia's exports grew 9.3 per cent year-on-year to RM139.7 billion in December, the Department of "
     "Statistics Malaysia (DOSM) said. Imports rose 6.1 per cent to RM121.5 billion, giving a trade surplus of "
     "RM18.2 billion. For the whole of 2034, total trade rose 5.6 per cent to a record RM3.07 trillion, with "
     "exports at RM1.62 trillion and imports at RM1.45 trillion.",
     [R(f="export", r=MY, v=139.7e9, cur="MYR", d="up", pct=9.3, b="yoy", src=DOSM, **DEC),
      R(f="import", r=MY, v=121.5e9, cur="MYR", d="up", pct=6.1, b=DC, src=DOSM, **DEC),
      R(f="balance", r=MY, v=18.2e9, cur="MYR", bal="surplus", src=DOSM, **DEC),
      R(f="total", r=MY, c=DC, v=3.07e12, cur="MYR", vq=RECORD, d="up", pct=5.6, b=DC, src=DOSM, **Y34),
      R(f="export", r=MY, c=DC, v=1.62e12, cur="MYR", src=DOSM, **Y34),
      R(f="import", r=MY, c=DC, v=1.45e12, cur="MYR", src=DOSM, **Y34)]),

    # P15 The Philippines' December (PNA): a deficit narrowing from a year earlier (d DC, yoy,
    # base optional), flows, the trade gap for 2034 as a whole.
    ("The Philippines' trade deficit narrowed to USD4.12 billion in December from USD4.87 billion a year "
     "earlier, the Philippine Statistics Authority (PSA) said. Exports rose 6.4 percent to USD6.58 billion, "
     "while imports increased 0.3 percent to USD10.70 billion. For 2034 as a whole, the trade gap stood at "
     "USD55.31 billion.",
     [R(f="balance", r=PH, v=4.12e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b="yoy", src=PSA,
        **DEC),
      OPT(f="balance", r=PH, v=4.87e9, cur="USD", bal="deficit", **DEC33),
      R(f="export", r=PH, v=6.58e9, cur="USD", d="up", pct=6.4, b=DC, src=PSA, **DEC),
      R(f="import", r=PH, v=10.70e9, cur="USD", d="up", pct=0.3, b=DC, src=PSA, **DEC),
      R(f="balance", r=PH, v=55.31e9, cur="USD", bal="deficit", src=PSA, **Y34)]),

    # P16 Vietnam's January (VnExpress): flows, the surplus, the US as a market (either way),
    # China as a supplier (either way).
    ("Vietnam's exports rose 12.4% year-on-year to $41.8 billion in January, while imports climbed 15.1% to "
     "$39.6 billion, leaving a trade surplus of $2.2 billion, the National Statistics Office said. The U.S. "
     "remained the largest export market at $12.9 billion. China was the biggest supplier, with imports from "
     "the country reaching $13.4 billion.",
     [R(f="export", r=VN, v=41.8e9, cur="USD", d="up", pct=12.4, b="yoy", src=VNNSO, **JAN),
      R(f="import", r=VN, v=39.6e9, cur="USD", d="up", pct=15.1, b=DC, src=VNNSO, **JAN),
      R(f="balance", r=VN, v=2.2e9, cur="USD", bal="surplus", src=VNNSO, **JAN),
      R(f=["export", "import"], r=VN + US, p=VN + US, c=DC, v=12.9e9, cur="USD", src=VNNSO, **JAN),
      R(f=["import", "export"], r=VN + [CN], p=VN + [CN], c=DC, v=13.4e9, cur="USD", src=VNNSO, **JAN)]),

    # P17 Vietnam's coffee (Reuters): 2034 volume and revenue with different changes (two
    # records), a record revenue, January's volume.
    ("Vietnam's coffee exports in 2034 fell 8.2% from a year earlier to 1.21 million tonnes, customs data "
     "showed, but export revenue jumped 31.5% to a record $7.43 billion on higher prices. In January, coffee "
     "shipments totalled 152,000 tonnes.",
     [R(f="export", r=VN, c=COFFEE, vol=1.21e6, u=TON, v=DC, cur=DC, d="down", pct=8.2, b="yoy", src=VNCUS,
        **Y34),
      R(f="export", r=VN, c=COFFEE, v=7.43e9, cur="USD", vq=RECORD, vol=DC, u=DC, d="up", pct=31.5, b=DC,
        src=VNCUS, **Y34),
      R(f="export", r=VN, c=COFFEE, vol=152000, u=TON, src=VNCUS, **JAN)]),

    # P18 Thailand's 2034 (Bangkok Post): exports restated in baht (one record and a twin),
    # imports, the surplus, December, a forecast for 2035 (none).
    ("Thai exports rose 5.8% in 2034 to US$317.6 billion, or 10.96 trillion baht, the Commerce Ministry said on "
     "Tuesday. Imports increased 7.3% to $314.2 billion, leaving a trade surplus of $3.4 billion for the year. "
     "In December, exports grew 9.6% year-on-year to $26.4 billion. The ministry expects export growth of 2-3% "
     "in 2035.",
     [R(f="export", r=TH, v=[317.6e9, 10.96e12], cur=["USD", "THB"], vq=[None] + ABOUT, d="up", pct=5.8, b=DC,
        src=THMOC, **Y34),
      OPT(f="export", r=TH, v=10.96e12, cur="THB", **Y34),
      R(f="import", r=TH, v=314.2e9, cur="USD", d="up", pct=7.3, b=DC, src=THMOC, **Y34),
      R(f="balance", r=TH, v=3.4e9, cur="USD", bal="surplus", src=THMOC, **Y34),
      R(f="export", r=TH, v=26.4e9, cur="USD", d="up", pct=9.6, b="yoy", src=THMOC, **DEC)]),

    # P19 Singapore's December NODX (The Straits Times): NODX (yoy), electronics and
    # non-electronics (changes only), the full year.
    ("Singapore's non-oil domestic exports (NODX) rose 8.8 per cent year-on-year in December to S$16.2 "
     "billion, Enterprise Singapore said on Friday. Electronics shipments climbed 24.1 per cent, while "
     "non-electronics grew 3.2 per cent. For the full year, NODX rose 4.1 per cent to S$182.7 billion.",
     [R(f="export", r=SG, c=NODX, v=16.2e9, cur="SGD", d="up", pct=8.8, b="yoy", src=ESG, **DEC),
      R(f="export", r=SG, c=ELEC, d="up", pct=24.1, b=DC, src=ESG, **DEC),
      R(f="export", r=SG, c=NONELEC, d="up", pct=3.2, b=DC, src=ESG, **DEC),
      R(f="export", r=SG, c=NODX, v=182.7e9, cur="SGD", d="up", pct=4.1, b=DC, src=ESG, **Y34)]),

    # P20 Cambodia's 2034 (Khmer Times): flows, the US as the largest buyer (either way) with
    # a tariff in force (TAR), Vietnam "followed by ... at" (either way).
    ("Cambodia's exports rose 14.6% to $30.4 billion in 2034, the General Department of Customs and Excise "
     "said, while imports grew 11.8% to $32.9 billion. The United States remained the largest buyer of "
     "Cambodian goods at $11.7 billion, despite a 19% U.S. tariff, followed by Vietnam at $3.6 billion.",
     [R(f="export", r=KH, v=30.4e9, cur="USD", d="up", pct=14.6, b=DC, src=KHCUS, **Y34),
      R(f="import", r=KH, v=32.9e9, cur="USD", d="up", pct=11.8, b=DC, src=KHCUS, **Y34),
      R(f=["export", "import"], r=[KH] + US, p=[KH] + US, c=DC, v=11.7e9, cur="USD", src=KHCUS, **Y34),
      TAR(r=US, p=[KH, None], c=DC, rate=19),
      R(f=["export", "import"], r=[KH] + VN, p=[KH] + VN, c=DC, v=3.6e9, cur="USD", src=KHCUS, **Y34)]),

    # ================================================================ Middle East
    # P21 Türkiye's January (Hürriyet Daily News): "the highest figure for the month on record"
    # (HIGHEST), a deficit narrowed by a percent, markets as subjects ("followed by ... with").
    ("Türkiye's exports rose 6.7% year-on-year to $23.6 billion in January, the highest figure for the month "
     "on record, Trade Minister Ömer Bolat said on Saturday. Imports increased 4.2% to $30.8 billion, and the "
     "foreign trade deficit narrowed 3.4% to $7.2 billion. Germany was the top export market with $1.9 billion, "
     "followed by the United Kingdom with $1.4 billion.",
     [R(f="export", r=TR, v=23.6e9, cur="USD", vq=HIGHEST, d="up", pct=6.7, b="yoy", src=BOLAT, **JAN),
      R(f="import", r=TR, v=30.8e9, cur="USD", d="up", pct=4.2, b=DC, src=BOLAT, **JAN),
      R(f="balance", r=TR, v=7.2e9, cur="USD", bal="deficit", d=DC, pct=3.4, b=DC, src=BOLAT, **JAN),
      R(f=["export", "import"], r=TR + [DE], p=TR + [DE], c=DC, v=1.9e9, cur="USD", src=BOLAT, **JAN),
      R(f=["export", "import"], r=TR + UK, p=TR + UK, c=DC, v=1.4e9, cur="USD", src=BOLAT, **JAN)]),

    # P22 Saudi Arabia's November (Arab News): merchandise exports (c DC), non-oil exports
    # including re-exports (c non-oil), oil's part, imports (c DC).
    ("Saudi Arabia's merchandise exports rose 4.9 percent year-on-year to SAR 98.4 billion in November, the "
     "General Authority for Statistics (GASTAT) said. Non-oil exports, including re-exports, climbed 12.7 "
     "percent to SAR 27.1 billion, while oil exports accounted for SAR 71.3 billion. Imports rose 3.2 percent "
     "to SAR 70.6 billion.",
     [R(f="export", r=SA, c=DC, v=98.4e9, cur="SAR", d="up", pct=4.9, b="yoy", src=GASTAT, **NOV),
      R(f="export", r=SA, c=NONOIL, v=27.1e9, cur="SAR", d="up", pct=12.7, b=DC, src=GASTAT, **NOV),
      R(f="export", r=SA, c=CRUDE, v=71.3e9, cur="SAR", src=GASTAT, **NOV),
      R(f="import", r=SA, c=DC, v=70.6e9, cur="SAR", d="up", pct=3.2, b=DC, src=GASTAT, **NOV)]),

    # P23 The UAE's 2034 (WAM): record non-oil foreign trade (total, c non-oil) "up ... from
    # 2033" (b DC), non-oil exports, re-exports and imports (c DC).
    ("The UAE's non-oil foreign trade reached a record AED 3.21 trillion in 2034, up 11.4 percent from 2033, "
     "Dr Thani bin Ahmed Al Zeyoudi, Minister of State for Foreign Trade, said. Non-oil exports rose 19.2 "
     "percent to AED 782 billion, while re-exports totalled AED 1.02 trillion and imports AED 1.41 trillion.",
     [R(f="total", r=UAE, c=NONOIL, v=3.21e12, cur="AED", vq=RECORD, d="up", pct=11.4, b=DC, src=UAEFT, **Y34),
      R(f="export", r=UAE, c=NONOIL, v=782e9, cur="AED", d="up", pct=19.2, b=DC, src=UAEFT, **Y34),
      R(f="export", r=UAE, c=DC, v=1.02e12, cur="AED", src=UAEFT, **Y34),
      R(f="import", r=UAE, c=DC, v=1.41e12, cur="AED", src=UAEFT, **Y34)]),

    # P24 Oman's first 11 months (Times of Oman): merchandise exports (c DC), oil and gas and
    # non-oil exports, imports (c DC), the surplus (c DC).
    ("Oman's merchandise exports fell 6.3 percent to RO 21.84 billion in the first 11 months of 2034, data from "
     "the National Centre for Statistics and Information (NCSI) showed. Oil and gas exports dropped 11.2 "
     "percent to RO 13.61 billion, while non-oil exports rose 4.1 percent to RO 6.12 billion. Merchandise "
     "imports stood at RO 13.95 billion, leaving a trade surplus of RO 7.89 billion.",
     [R(f="export", r=OM, c=DC, v=21.84e9, cur="OMR", d="down", pct=6.3, b=DC, src=NCSI, **YTD11),
      R(f="export", r=OM, c=OILGAS, v=13.61e9, cur="OMR", d="down", pct=11.2, b=DC, src=NCSI, **YTD11),
      R(f="export", r=OM, c=NONOIL, v=6.12e9, cur="OMR", d="up", pct=4.1, b=DC, src=NCSI, **YTD11),
      R(f="import", r=OM, c=DC, v=13.95e9, cur="OMR", src=NCSI, **YTD11),
      R(f="balance", r=OM, c=DC, v=7.89e9, cur="OMR", bal="surplus", src=NCSI, **YTD11)]),

    # P25 Israel's 2034 (Globes): the goods deficit widening from 2033 (d DC, b DC, base
    # optional), exports and imports excluding diamonds (c DC).
    ("Israel's goods trade deficit widened to $36.4 billion in 2034 from $31.2 billion in 2033, the Central "
     "Bureau of Statistics said. Goods exports excluding diamonds fell 2.8% to $58.7 billion, while imports "
     "excluding diamonds, ships and aircraft rose 4.6% to $91.3 billion.",
     [R(f="balance", r=IL, c=DC, v=36.4e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC,
        src=CBSIL, **Y34),
      OPT(f="balance", r=IL, c=DC, v=31.2e9, cur="USD", bal="deficit", **Y33),
      R(f="export", r=IL, c=DC, v=58.7e9, cur="USD", d="down", pct=2.8, b=DC, src=CBSIL, **Y34),
      R(f="import", r=IL, c=DC, v=91.3e9, cur="USD", d="up", pct=4.6, b=DC, src=CBSIL, **Y34)]),

    # ================================================================ Africa
    # P26 Egypt's 2034 (Ahram Online): record non-oil exports, goods "led with ..., followed by
    # ... at", a target for 2035 (none).
    ("Egypt's non-oil exports rose 17.8 percent to a record $47.6 billion in 2034, Minister of Investment and "
     "Foreign Trade Hassan El-Khatib said. Building materials led with $11.2 billion, followed by chemicals and "
     "fertilisers at $8.9 billion and food industries at $7.1 billion. The ministry is targeting non-oil "
     "exports of $55 billion in 2035.",
     [R(f="export", r=EG, c=NONOIL, v=47.6e9, cur="USD", vq=RECORD, d="up", pct=17.8, b=DC, src=EGMIN, **Y34),
      R(f="export", r=EG, c=BUILD, v=11.2e9, cur="USD", src=EGMIN, **Y34),
      R(f="export", r=EG, c=CHEMFERT, v=8.9e9, cur="USD", src=EGMIN, **Y34),
      R(f="export", r=EG, c=FOODIND, v=7.1e9, cur="USD", src=EGMIN, **Y34)]),

    # P27 Nigeria's non-oil exports in 2034 (BusinessDay): restated in naira (one record and a
    # twin), a reason (none), cocoa and urea, a destination as subject (either way).
    ("Nigeria's non-oil exports rose 21.4 percent to $6.83 billion (about ₦10.4 trillion) in 2034, the "
     "Nigerian Export Promotion Council (NEPC) said on Monday, as cocoa prices stayed high. Cocoa beans and "
     "products accounted for $2.46 billion, while urea exports stood at $612 million. The Netherlands was the "
     "top destination, taking $1.08 billion worth of goods.",
     [R(f="export", r=NG, c=NONOIL, v=[6.83e9, 10.4e12], cur=["USD", "NGN"], vq=[None] + ABOUT, d="up",
        pct=21.4, b=DC, src=NGEPC, **Y34),
      OPT(f="export", r=NG, c=NONOIL, v=10.4e12, cur="NGN", **Y34),
      R(f="export", r=NG, c=COCOA, v=2.46e9, cur="USD", src=NGEPC, **Y34),
      R(f="export", r=NG, c=UREA, v=612e6, cur="USD", src=NGEPC, **Y34),
      R(f=["export", "import"], r=[NG] + NL, p=[NG] + NL, c=DC, v=1.08e9, cur="USD", src=NGEPC, **Y34)]),

    # P28 South Africa's December (Reuters): a surplus up from a revised November (d up, b DC,
    # base optional), flows month-on-month, the full year against 2033 (d up or none, base
    # optional).
    ("South Africa recorded a trade surplus of R21.7 billion in December, up from a revised R14.3 billion in "
     "November, the South African Revenue Service (SARS) said on Friday. Exports fell 4.6% month-on-month to "
     "R176.2 billion, while imports dropped 8.9% to R154.5 billion. For the full year, the surplus stood at "
     "R188.6 billion, compared with R171.3 billion in 2033.",
     [R(f="balance", r=ZA, v=21.7e9, cur="ZAR", bal="surplus", d="up", pct=DC, by=DC, byc=DC, b=DC, src=SARS,
        **DEC),
      OPT(f="balance", r=ZA, v=14.3e9, cur="ZAR", bal="surplus", **NOV),
      R(f="export", r=ZA, v=176.2e9, cur="ZAR", d="down", pct=4.6, b="mom", src=SARS, **DEC),
      R(f="import", r=ZA, v=154.5e9, cur="ZAR", d="down", pct=8.9, b=DC, src=SARS, **DEC),
      R(f="balance", r=ZA, v=188.6e9, cur="ZAR", bal="surplus", d=["up", None], pct=DC, by=DC, byc=DC, b=DC,
        src=SARS, **Y34),
      OPT(f="balance", r=ZA, v=171.3e9, cur="ZAR", bal="surplus", **Y33)]),

    # P29 Kenya's tea in 2034 (Business Daily): earnings and volumes with different changes
    # (two records), a buyer as subject with a volume.
    ("Kenya's tea export earnings rose 9.6 percent to KSh 213.4 billion in 2034, data from the Kenya National "
     "Bureau of Statistics showed, even as volumes fell 2.3 percent to 574.1 million kilogrammes. Pakistan "
     "remained the largest buyer, taking 189.2 million kilogrammes.",
     [R(f="export", r=KE, c=TEA, v=213.4e9, cur="KES", vol=DC, u=DC, d="up", pct=9.6, b=DC, src=KNBS, **Y34),
      R(f="export", r=KE, c=TEA, vol=574.1e6, u=KG, v=DC, cur=DC, d="down", pct=2.3, b=DC, src=KNBS, **Y34),
      R(f=["export", "import"], r=[KE, PK], p=[KE, PK], c=DC, vol=189.2e6, u=KG, src=KNBS, **Y34)]),

    # P30 Morocco at the end of December (Morocco World News): a deficit widened by a percent
    # (CUM12), flows, the automotive sector's sales (a part).
    ("Morocco's trade deficit widened 5.8% to 323.4 billion dirhams at the end of December 2034, according to "
     "the Foreign Exchange Office. Exports rose 6.1% to 483.2 billion dirhams, driven by the automotive sector, "
     "whose sales reached 171.5 billion dirhams, while imports increased 6.0% to 806.6 billion dirhams.",
     [R(f="balance", r=MA, v=323.4e9, cur="MAD", bal="deficit", d=DC, pct=5.8, b=DC, src=OC, **CUM12),
      R(f="export", r=MA, v=483.2e9, cur="MAD", d="up", pct=6.1, b=DC, src=OC, **CUM12),
      R(f="export", r=MA, c=AUTO, v=171.5e9, cur="MAD", src=OC, **CUM12),
      R(f="import", r=MA, v=806.6e9, cur="MAD", d="up", pct=6.0, b=DC, src=OC, **CUM12)]),

    # P31 Ghana's 2034 (Citi Newsroom): a provisional surplus (vq DC), gold, cocoa and crude
    # oil, total exports (c DC) against imports (c DC).
    ("Ghana recorded a provisional trade surplus of $9.42 billion in 2034, the Bank of Ghana said in its latest "
     "summary of economic and financial data. Gold exports brought in $17.84 billion, while cocoa earned $3.71 "
     "billion and crude oil $3.26 billion. Total exports amounted to $29.61 billion against imports of $20.19 "
     "billion.",
     [R(f="balance", r=GH, v=9.42e9, cur="USD", vq=DC, bal="surplus", src=BOG, **Y34),
      R(f="export", r=GH, c=GOLD, v=17.84e9, cur="USD", src=BOG, **Y34),
      R(f="export", r=GH, c=COCOA, v=3.71e9, cur="USD", src=BOG, **Y34),
      R(f="export", r=GH, c=CRUDE, v=3.26e9, cur="USD", src=BOG, **Y34),
      R(f="export", r=GH, c=DC, v=29.61e9, cur="USD", src=BOG, **Y34),
      R(f="import", r=GH, c=DC, v=20.19e9, cur="USD", src=BOG, **Y34)]),

    # ================================================================ Europe
    # P32 Germany's December and 2034 (Reuters): changes month-on-month without values, a
    # surplus widened from November (d up, base optional), the whole of 2034, the US.
    ("German exports rose 1.4% in December from the previous month, data from the Federal Statistical Office "
     "showed on Friday, while imports fell 0.9%. The trade surplus widened to €18.3 billion from €15.6 billion "
     "in November. For the whole of 2034, exports slipped 0.8% to €1.552 trillion and the annual surplus was "
     "€229.4 billion. Exports to the United States fell 6.2% to €151.3 billion in 2034.",
     [R(f="export", r=DE, d="up", pct=1.4, b="mom", src=DESTATIS, **DEC),
      R(f="import", r=DE, d="down", pct=0.9, b=DC, src=DESTATIS, **DEC),
      R(f="balance", r=DE, v=18.3e9, cur="EUR", bal="surplus", d="up", pct=DC, by=DC, byc=DC, b=DC,
        src=DESTATIS, **DEC),
      OPT(f="balance", r=DE, v=15.6e9, cur="EUR", bal="surplus", **NOV),
      R(f="export", r=DE, v=1.552e12, cur="EUR", d="down", pct=0.8, cq=DC, b=DC, src=DESTATIS, **Y34),
      R(f="balance", r=DE, v=229.4e9, cur="EUR", bal="surplus", src=DESTATIS, **Y34),
      R(f="export", r=DE, p=US, v=151.3e9, cur="EUR", d="down", pct=6.2, b=DC, src=DESTATIS, **Y34)]),

    # P33 Britain's December (Reuters): a goods deficit narrowing from November (base
    # optional), goods flows (c DC), 2034 as a whole with a deficit widened by an amount.
    ("Britain's goods trade deficit narrowed to £18.6 billion in December from £20.1 billion in November, the "
     "Office for National Statistics said on Wednesday. Goods exports rose 3.1% to £33.9 billion, while goods "
     "imports fell 1.3% to £52.5 billion. Over 2034 as a whole, the total trade deficit, including services, "
     "widened by £4.8 billion to £36.2 billion.",
     [R(f="balance", r=UK, c=DC, v=18.6e9, cur="GBP", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC, src=ONS,
        **DEC),
      OPT(f="balance", r=UK, c=DC, v=20.1e9, cur="GBP", bal="deficit", **NOV),
      R(f="export", r=UK, c=DC, v=33.9e9, cur="GBP", d="up", pct=3.1, b=DC, src=ONS, **DEC),
      R(f="import", r=UK, c=DC, v=52.5e9, cur="GBP", d="down", pct=1.3, b=DC, src=ONS, **DEC),
      R(f="balance", r=UK, c=DC, v=36.2e9, cur="GBP", bal="deficit", d=DC, pct=DC, by=4.8e9, byc="GBP", b=DC,
        src=ONS, **Y34)]),

    # P34 The euro zone's November (Eurostat): a surplus with the rest of the world up from the
    # same month last year (d up, yoy, base optional), goods flows (p WORLD), January-November.
    ("The euro zone's trade surplus with the rest of the world rose to €16.8 billion in November from €12.1 "
     "billion in the same month last year, Eurostat said. Exports of goods grew 3.6% year-on-year to €247.3 "
     "billion, while imports increased 1.7% to €230.5 billion. In January-November, the bloc's surplus totalled "
     "€164.2 billion.",
     [R(f="balance", r=EZ, p=WORLD, c=DC, v=16.8e9, cur="EUR", bal="surplus", d="up", pct=DC, by=DC, byc=DC,
        b="yoy", src=EUROSTAT, **NOV),
      OPT(f="balance", r=EZ, p=WORLD, c=DC, v=12.1e9, cur="EUR", bal="surplus", **M(2033, 11)),
      R(f="export", r=EZ, p=WORLD, c=DC, v=247.3e9, cur="EUR", d="up", pct=3.6, b="yoy", src=EUROSTAT, **NOV),
      R(f="import", r=EZ, p=WORLD, c=DC, v=230.5e9, cur="EUR", d="up", pct=1.7, b=DC, src=EUROSTAT, **NOV),
      R(f="balance", r=EZ, p=WORLD, c=DC, v=164.2e9, cur="EUR", bal="surplus", src=EUROSTAT, **YTD11)]),

    # P35 France's 2034 (AFP): a deficit narrowing from a year earlier (yoy, base optional), a
    # reason (none), flows, aircraft and spacecraft.
    ("France's trade deficit narrowed to €78.4 billion in 2034 from €81.6 billion a year earlier, the customs "
     "department said on Friday, helped by record aerospace sales. Exports rose 2.2% to €612.7 billion, while "
     "imports edged up 1.6% to €691.1 billion. Aircraft and spacecraft exports climbed 11.3% to €71.2 billion.",
     [R(f="balance", r=FR, v=78.4e9, cur="EUR", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b="yoy", src=FRCUS,
        **Y34),
      OPT(f="balance", r=FR, v=81.6e9, cur="EUR", bal="deficit", **Y33),
      R(f="export", r=FR, v=612.7e9, cur="EUR", d="up", pct=2.2, b=DC, src=FRCUS, **Y34),
      R(f="import", r=FR, v=691.1e9, cur="EUR", d="up", pct=1.6, cq=DC, b=DC, src=FRCUS, **Y34),
      R(f="export", r=FR, c=AERO, v=71.2e9, cur="EUR", d="up", pct=11.3, b=DC, src=FRCUS, **Y34)]),

    # P36 The Netherlands' 2034 (NL Times): goods flows (c DC), a reason (none), Germany with
    # a rank (c DC).
    ("Dutch exports of goods fell 1.9 percent to 712 billion euros in 2034, Statistics Netherlands (CBS) said "
     "on Tuesday, as lower oil and gas prices weighed on re-exports. Imports of goods decreased 2.7 percent to "
     "648 billion euros. Exports to Germany, the largest market, amounted to 162 billion euros.",
     [R(f="export", r=NL, c=DC, v=712e9, cur="EUR", d="down", pct=1.9, b=DC, src=CBSNL, **Y34),
      R(f="import", r=NL, c=DC, v=648e9, cur="EUR", d="down", pct=2.7, b=DC, src=CBSNL, **Y34),
      R(f="export", r=NL, p=DE, c=DC, v=162e9, cur="EUR", src=CBSNL, **Y34)]),

    # P37 Norway's 2034 (Reuters): a goods surplus shrinking by a percent (d down, b DC),
    # crude oil and natural gas, goods imports (c DC).
    ("Norway's goods trade surplus shrank 18.4% to 612.5 billion kroner in 2034 as lower natural gas prices cut "
     "export revenue, Statistics Norway said on Thursday. Exports of crude oil and natural gas fell 14.2% to "
     "1.04 trillion kroner, while imports rose 3.1% to 853.6 billion kroner.",
     [R(f="balance", r=NO, c=DC, v=612.5e9, cur="NOK", bal="surplus", d="down", pct=18.4, b=DC, src=SSB, **Y34),
      R(f="export", r=NO, c=OILGASNO, v=1.04e12, cur="NOK", d="down", pct=14.2, b=DC, src=SSB, **Y34),
      R(f="import", r=NO, c=DC, v=853.6e9, cur="NOK", d="up", pct=3.1, b=DC, src=SSB, **Y34)]),

    # P38 Switzerland's 2034 (swissinfo): record exports, a reason (none), imports, the
    # surplus, the US with the tariff named as the reason (TAR).
    ("Swiss exports rose 3.4% to a record CHF 302.6 billion in 2034, driven by pharmaceuticals, the Federal "
     "Office for Customs and Border Security said on Thursday. Imports grew 2.1% to CHF 247.9 billion, leaving a "
     "trade surplus of CHF 54.7 billion. Exports to the United States fell 9.8% to CHF 53.4 billion as the 15% "
     "U.S. tariff on most Swiss goods weighed on demand.",
     [R(f="export", r=CH, v=302.6e9, cur="CHF", vq=RECORD, d="up", pct=3.4, b=DC, src=BAZG, **Y34),
      R(f="import", r=CH, v=247.9e9, cur="CHF", d="up", pct=2.1, b=DC, src=BAZG, **Y34),
      R(f="balance", r=CH, v=54.7e9, cur="CHF", bal="surplus", src=BAZG, **Y34),
      R(f="export", r=CH, p=US, v=53.4e9, cur="CHF", d="down", pct=9.8, b=DC, src=BAZG, **Y34),
      TAR(r=US, p=CH + [None], c=DC, rate=15)]),

    # P39 Spain's first 11 months (Reuters): a deficit widened by a percent year-on-year,
    # flows.
    ("Spain's trade deficit widened 9.7% year-on-year to 38.9 billion euros in the first 11 months of 2034, the "
     "Economy Ministry said. Exports rose 1.2% to 356.4 billion euros, while imports increased 2.1% to 395.3 "
     "billion euros.",
     [R(f="balance", r=ES, v=38.9e9, cur="EUR", bal="deficit", d=DC, pct=9.7, b="yoy", src=ESMIN, **YTD11),
      R(f="export", r=ES, v=356.4e9, cur="EUR", d="up", pct=1.2, b=DC, src=ESMIN, **YTD11),
      R(f="import", r=ES, v=395.3e9, cur="EUR", d="up", pct=2.1, b=DC, src=ESMIN, **YTD11)]),

    # ================================================================ The Americas
    # P40 The US 2034 (AP): the overall deficit narrowing from a record in 2033 (c DC, base
    # optional), flows (c DC), goods deficits with China ("the smallest in more than two
    # decades", LOWEST) and Mexico (d DC), December alone.
    ("The U.S. trade deficit narrowed to $812.6 billion in 2034 from a record $918.4 billion in 2033, the "
     "Commerce Department said Thursday, as tariffs curbed imports. Exports rose 2.9% to $3.29 trillion, while "
     "imports fell 1.6% to $4.10 trillion. The goods deficit with China shrank to $198.7 billion, the smallest "
     "in more than two decades, while the gap with Mexico widened to $187.2 billion. In December alone, the "
     "deficit was $70.4 billion.",
     [R(f="balance", r=US, c=DC, v=812.6e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC,
        src=USDOC, **Y34),
      OPT(f="balance", r=US, c=DC, v=918.4e9, cur="USD", bal="deficit", **Y33),
      R(f="export", r=US, c=DC, v=3.29e12, cur="USD", d="up", pct=2.9, b=DC, src=USDOC, **Y34),
      R(f="import", r=US, c=DC, v=4.10e12, cur="USD", d="down", pct=1.6, b=DC, src=USDOC, **Y34),
      R(f="balance", r=US, p=CN, c=DC, v=198.7e9, cur="USD", vq=LOWEST, bal="deficit", d=DC, pct=DC, by=DC,
        byc=DC, b=DC, src=USDOC, **Y34),
      R(f="balance", r=US, p=MX, c=DC, v=187.2e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC,
        src=USDOC, **Y34),
      R(f="balance", r=US, c=DC, v=70.4e9, cur="USD", bal="deficit", src=USDOC, **DEC)]),

    # P41 Canada's December (The Canadian Press): a merchandise deficit narrowing from November
    # (base optional), exports "led by" energy (c DC), the surplus with the US "grew to" (d
    # up), the 35% US tariff in force (TAR).
    ("Canada's merchandise trade deficit narrowed to C$1.4 billion in December from C$2.3 billion in November, "
     "Statistics Canada said Wednesday. Exports rose 2.6 per cent to C$64.8 billion, led by energy products, "
     "while imports increased 1.1 per cent to C$66.2 billion. Canada's trade surplus with the United States "
     "grew to C$8.9 billion, even as U.S. tariffs of 35 per cent on Canadian goods not covered by the free trade "
     "agreement remained in place.",
     [R(f="balance", r=CA, c=DC, v=1.4e9, cur="CAD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC,
        src=STATCAN, **DEC),
      OPT(f="balance", r=CA, c=DC, v=2.3e9, cur="CAD", bal="deficit", **NOV),
      R(f="export", r=CA, c=DC, v=64.8e9, cur="CAD", d="up", pct=2.6, b=DC, src=STATCAN, **DEC),
      R(f="import", r=CA, c=DC, v=66.2e9, cur="CAD", d="up", pct=1.1, b=DC, src=STATCAN, **DEC),
      R(f="balance", r=CA, p=US, c=DC, v=8.9e9, cur="CAD", bal="surplus", d="up", pct=DC, by=DC, byc=DC, b=DC,
        src=STATCAN, **DEC),
      TAR(r=US, p=[CA, None], c=DC, rate=35)]),

    # P42 Mexico's 2034 (El Economista): a surplus against a deficit in 2033 (d, pct, by, b
    # DC, base optional), record exports, manufacturing exports with a relative clause.
    ("Mexico posted a trade surplus of $9.7 billion in 2034, compared with a deficit of $6.4 billion in 2033, "
     "national statistics agency INEGI said. Exports rose 5.3% to a record $652.1 billion, while imports "
     "increased 2.6% to $642.4 billion. Manufacturing exports, which include cars and auto parts, climbed 6.8% "
     "to $587.9 billion.",
     [R(f="balance", r=MX, v=9.7e9, cur="USD", bal="surplus", d=DC, pct=DC, by=DC, byc=DC, b=DC, src=INEGI,
        **Y34),
      OPT(f="balance", r=MX, v=6.4e9, cur="USD", bal="deficit", **Y33),
      R(f="export", r=MX, v=652.1e9, cur="USD", vq=RECORD, d="up", pct=5.3, b=DC, src=INEGI, **Y34),
      R(f="import", r=MX, v=642.4e9, cur="USD", d="up", pct=2.6, b=DC, src=INEGI, **Y34),
      R(f="export", r=MX, c=MANUF, v=587.9e9, cur="USD", d="up", pct=6.8, b=DC, src=INEGI, **Y34)]),

    # P43 Brazil's January (Valor): a surplus up from a year earlier (d up, yoy, base
    # optional), flows, China as a buyer (either way), soybean volume.
    ("Brazil posted a trade surplus of $4.8 billion in January, up from $2.2 billion a year earlier, the trade "
     "ministry said on Thursday. Exports rose 9.4% to $27.1 billion, while imports gained 2.8% to $22.3 "
     "billion. China bought $7.6 billion of Brazilian goods in the month, and soybean shipments reached 2.9 "
     "million tonnes.",
     [R(f="balance", r=BR, v=4.8e9, cur="USD", bal="surplus", d="up", pct=DC, by=DC, byc=DC, b="yoy", src=BRMIN,
        **JAN),
      OPT(f="balance", r=BR, v=2.2e9, cur="USD", bal="surplus", **JAN34),
      R(f="export", r=BR, v=27.1e9, cur="USD", d="up", pct=9.4, b=DC, src=BRMIN, **JAN),
      R(f="import", r=BR, v=22.3e9, cur="USD", d="up", pct=2.8, b=DC, src=BRMIN, **JAN),
      R(f=["export", "import"], r=[BR, CN], p=[BR, CN], c=DC, v=7.6e9, cur="USD", src=BRMIN, **JAN),
      R(f="export", r=BR, c=SOY, vol=2.9e6, u=TON, src=BRMIN, **JAN)]),

    # P44 Argentina's 2034 (Buenos Aires Times): a record surplus, exports in a clause,
    # imports, the energy balance ("also a record"), a reason (none).
    ("Argentina posted a record trade surplus of $21.3 billion in 2034, the INDEC statistics agency said, as "
     "exports rose 12.4% to $89.6 billion. Imports increased 6.7% to $68.3 billion. The energy trade balance "
     "showed a surplus of $9.1 billion, also a record, driven by oil and gas from the Vaca Muerta shale "
     "formation.",
     [R(f="balance", r=AR, v=21.3e9, cur="USD", vq=RECORD, bal="surplus", src=INDEC, **Y34),
      R(f="export", r=AR, v=89.6e9, cur="USD", d="up", pct=12.4, b=DC, src=INDEC, **Y34),
      R(f="import", r=AR, v=68.3e9, cur="USD", d="up", pct=6.7, b=DC, src=INDEC, **Y34),
      R(f="balance", r=AR, c=ENERGY, v=9.1e9, cur="USD", vq=RECORD, bal="surplus", src=INDEC, **Y34)]),

    # P45 Chile's January (Reuters): exports "from a year earlier", a reason (none), copper,
    # imports, the surplus.
    ("Chile's exports rose 14.2% in January from a year earlier to $9.38 billion, the central bank said on "
     "Friday, as higher copper prices lifted shipments. Copper exports climbed 21.6% to $5.14 billion. Imports "
     "fell 3.4% to $6.92 billion, leaving a trade surplus of $2.46 billion.",
     [R(f="export", r=CL, v=9.38e9, cur="USD", d="up", pct=14.2, b="yoy", src=BCCH, **JAN),
      R(f="export", r=CL, c=COPPERX, v=5.14e9, cur="USD", d="up", pct=21.6, b=DC, src=BCCH, **JAN),
      R(f="import", r=CL, v=6.92e9, cur="USD", d="down", pct=3.4, b=DC, src=BCCH, **JAN),
      R(f="balance", r=CL, v=2.46e9, cur="USD", bal="surplus", src=BCCH, **JAN)]),

    # P46 Uruguay's 2034 (Uruguay XXI): goods exports (c DC, yoy), beef and pulp ("followed by
    # ... at"), China as a buyer (either way).
    ("Uruguay's goods exports reached $13.9 billion in 2034, up 6.1% from a year earlier, according to Uruguay "
     "XXI, the country's export promotion agency. Beef was the main export product at $2.78 billion, followed "
     "by pulp at $2.61 billion. China remained the top destination, buying $3.22 billion worth of Uruguayan "
     "goods.",
     [R(f="export", r=UY, c=DC, v=13.9e9, cur="USD", d="up", pct=6.1, b="yoy", src=UYXXI, **Y34),
      R(f="export", r=UY, c=BEEF, v=2.78e9, cur="USD", src=UYXXI, **Y34),
      R(f="export", r=UY, c=PULP, v=2.61e9, cur="USD", src=UYXXI, **Y34),
      R(f=["export", "import"], r=[UY, CN], p=[UY, CN], c=DC, v=3.22e9, cur="USD", src=UYXXI, **Y34)]),

    # ================================================================ Oceania
    # P47 Australia's December (AFR): the surplus widened from a revised November (d up, base
    # optional, c DC), goods and services flows "led by" gold and iron ore (c DC).
    ("Australia's trade surplus widened to A$6.8 billion in December from a revised A$5.2 billion in November, "
     "the Australian Bureau of Statistics said on Thursday. Exports of goods and services rose 2.9% to A$46.3 "
     "billion, led by gold and iron ore, while imports edged down 0.4% to A$39.5 billion.",
     [R(f="balance", r=AU, c=DC, v=6.8e9, cur="AUD", bal="surplus", d="up", pct=DC, by=DC, byc=DC, b=DC, src=ABS,
        **DEC),
      OPT(f="balance", r=AU, c=DC, v=5.2e9, cur="AUD", bal="surplus", **NOV),
      R(f="export", r=AU, c=DC, v=46.3e9, cur="AUD", d="up", pct=2.9, b=DC, src=ABS, **DEC),
      R(f="import", r=AU, c=DC, v=39.5e9, cur="AUD", d="down", pct=0.4, cq=DC, b=DC, src=ABS, **DEC)]),

    # P48 New Zealand's December (RNZ): the monthly goods surplus, the year ended December
    # 2034 (the calendar year) with an annual deficit narrowing (d DC), annual exports (c DC),
    # China with a rank (none) and the US "in the year".
    ("New Zealand recorded a goods trade surplus of NZ$546 million in December, Stats NZ said on Friday. For the "
     "year ended December 2034, the annual trade deficit narrowed to NZ$2.8 billion, as exports rose 6.4% to "
     "NZ$78.9 billion. Exports to China, New Zealand's largest market, rose 8.7% to NZ$21.3 billion in the year, "
     "while exports to the United States were NZ$9.4 billion.",
     [R(f="balance", r=NZ, c=DC, v=546e6, cur="NZD", bal="surplus", src=STATSNZ, **DEC),
      R(f="balance", r=NZ, c=DC, v=2.8e9, cur="NZD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC,
        src=STATSNZ, **Y34),
      R(f="export", r=NZ, c=DC, v=78.9e9, cur="NZD", d="up", pct=6.4, b=DC, src=STATSNZ, **Y34),
      R(f="export", r=NZ, p=CN, c=DC, v=21.3e9, cur="NZD", d="up", pct=8.7, b=DC, src=STATSNZ, **Y34),
      R(f="export", r=NZ, p=US, c=DC, v=9.4e9, cur="NZD", src=STATSNZ, **Y34)]),

    # ================================================================ Commodity copy
    # P49 Malaysia's palm oil in 2034 (Reuters): annual exports (volume), stocks (none),
    # December month-on-month.
    ("Malaysia's palm oil exports rose 4.8% in 2034 to 17.31 million tonnes, the Malaysian Palm Oil Board said "
     "on Monday, while end-December stocks fell 6.2% to 1.71 million tonnes. In December, exports declined 9.3% "
     "from the previous month to 1.28 million tonnes.",
     [R(f="export", r=MY, c=PALM, vol=17.31e6, u=TON, d="up", pct=4.8, b=DC, src=MPOB, **Y34),
      R(f="export", r=MY, c=PALM, vol=1.28e6, u=TON, d="down", pct=9.3, b="mom", src=MPOB, **DEC)]),

    # P50 Thailand's rice in 2034 (Bangkok Post): a volume with a change and the revenue
    # without one (two records), buyers without amounts (none).
    ("Thailand's rice exports fell 7.9% to 9.1 million tonnes in 2034, the Thai Rice Exporters Association said, "
     "earning 181.4 billion baht. Iraq and the Philippines were the biggest buyers.",
     [R(f="export", r=TH, c=RICE, vol=9.1e6, u=TON, v=DC, cur=DC, d="down", pct=7.9, b=DC, src=TREA, **Y34),
      R(f="export", r=TH, c=RICE, v=181.4e9, cur="THB", vol=DC, u=DC, src=TREA, **Y34)]),

    # ================================================================ single sentences
    # P51 Jordan's first 11 months (Petra): national exports (c DC).
    ("Jordan's national exports rose 6.2 percent to JD7.41 billion in the first 11 months of 2034, the "
     "Department of Statistics said on Sunday.",
     [R(f="export", r=JO, c=DC, v=7.41e9, cur="JOD", d="up", pct=6.2, b=DC, src=JODOS, **YTD11)]),

    # P52 Hong Kong's 2034 (RTHK): total exports (c DC).
    ("Hong Kong's total exports rose 11.3% to HK$5.21 trillion in 2034, the Census and Statistics Department "
     "said on Tuesday.",
     [R(f="export", r=HK, c=DC, v=5.21e12, cur="HKD", d="up", pct=11.3, b=DC, src=CSD, **Y34)]),
]

NEG = [
    # N01 remittances (Pakistan).
    "Workers' remittances to Pakistan rose 9.2 percent year-on-year to $3.46 billion in January, the State Bank "
    "of Pakistan said, bringing inflows in the first seven months of the fiscal year to $23.8 billion.",
    # N02 foreign exchange reserves with import cover (India).
    "India's foreign exchange reserves rose $3.1 billion to $712.4 billion in the week ended January 31, enough "
    "to cover about 11 months of imports, the Reserve Bank of India said on Friday.",
    # N03 an export target (Bangladesh).
    "Bangladesh has set an export target of $57 billion for the current fiscal year, and the commerce adviser "
    "said on Monday that garment makers would need to grow shipments by at least 10 percent to reach it.",
    # N04 customs revenue (Kenya).
    "The Kenya Revenue Authority collected KSh 1.32 trillion in the first half of the 2034/35 fiscal year, up "
    "11.2 percent, with customs and border control contributing KSh 452 billion on higher import volumes.",
    # N05 inflation with import prices (Turkey).
    "Turkish annual inflation eased to 24.6% in January from 26.1% in December, the statistics institute said, "
    "as a steadier lira kept the cost of imported energy and goods in check.",
    # N06 a PMI's new export orders (China).
    "The RatingDog China general manufacturing PMI fell to 50.3 in January from 51.2 in December, as new export "
    "orders shrank for the second straight month amid weaker demand from the United States.",
    # N07 a current account (Japan).
    "Japan's current account surplus hit a record 31.2 trillion yen in 2034, the Finance Ministry said on "
    "Monday, as income from overseas investments offset a deficit in goods trade.",
    # N08 one company's overseas sales (South Korea).
    "Hyundai Motor said its overseas sales fell 4.3% to 271,400 vehicles in January, while sales in South Korea "
    "rose 6.8% to 52,100 units, as U.S. demand cooled after a rush ahead of tariff increases.",
    # N09 port throughput (the Netherlands).
    "The port of Rotterdam handled 433.6 million tonnes of cargo in 2034, down 1.7 percent from a year earlier, "
    "as lower imports of coal and crude oil offset a rise in container volumes to 13.8 million TEU.",
    # N10 tourism receipts (Thailand).
    "Thailand welcomed 38.2 million foreign tourists in 2034, generating about 1.8 trillion baht in revenue, "
    "the tourism ministry said, with Chinese arrivals up 14% at 7.9 million.",
    # N11 FDI (India).
    "Foreign direct investment inflows into India rose 12.6 per cent to $62.8 billion in April-December, "
    "government data showed, with services and computer software drawing the largest share.",
    # N12 GDP (Germany).
    "Germany's economy shrank 0.2% in the fourth quarter of 2034 from the previous three months, the Federal "
    "Statistical Office said, as weak exports and a slump in construction weighed on output.",
    # N13 industrial output (South Korea).
    "South Korea's industrial output rose 1.8 percent in December from the previous month, Statistics Korea "
    "said, led by a 6.4 percent jump in semiconductor production.",
    # N14 a dry bulk freight index.
    "The Baltic Exchange's dry bulk index fell 38 points, or 3.1%, to 1,186 on Monday, its lowest in three "
    "months, as capesize rates for iron ore cargoes from Brazil to China slipped to $14,250 a day.",
    # N15 a crude price.
    "Brent crude futures settled at $71.86 a barrel on Friday, down 2.3% for the week, as data showed U.S. "
    "crude inventories rose by 4.2 million barrels to 431.7 million barrels.",
    # N16 a crop forecast (Brazil).
    "Brazil's 2034/35 soybean harvest is forecast at a record 178.4 million tonnes, up 5.1% from the previous "
    "season, crop agency Conab said on Thursday, raising its estimate by 1.2 million tonnes.",
    # N17 canal transits (Panama).
    "The Panama Canal recorded 13,410 transits in fiscal year 2034, up 8.9%, and toll revenue of $3.46 billion, "
    "the canal authority said, as water levels in Gatun Lake returned to normal.",
    # N18 an exchange rate (Indonesia).
    "The rupiah weakened 0.6% to 16,420 per dollar on Tuesday, its lowest in four months, as importers' "
    "year-end demand for dollars and foreign outflows from local bonds weighed on the currency.",
    # N19 a trade deal's estimated gains (the EU and Mercosur).
    "The European Commission estimates that the trade agreement with Mercosur will raise EU exports to the bloc "
    "by up to 39% a year, or about €49 billion, once tariffs are fully phased out.",
    # N20 a world trade forecast (the WTO).
    "The World Trade Organization expects world merchandise trade volume to grow 1.8% in 2035, slower than "
    "in the previous year, citing higher tariffs and slowing demand in Europe.",
]
