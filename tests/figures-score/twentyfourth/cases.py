from slots import DC, R, M, Y, PR

# The twenty-fourth set: every text is the only body paragraph (after an unrelated opening
# one) of a page published on 2034-07-16 (a Sunday). So "June", "in June alone", "in the
# month" (after a June figure) and "June exports" are June 2034 (the latest month of China,
# South Korea, Taiwan, India, Pakistan, Bangladesh, Indonesia, Vietnam, Turkey, Israel and
# Brazil, and of Brazil's coffee); "May", "in May alone" and "in the month" (after a May
# figure) are May 2034 (the latest month of Japan, Hong Kong, Malaysia, the Philippines,
# Thailand, Singapore, Qatar, South Africa, Germany, the UK, the euro zone, France, Italy,
# Ireland, Finland, Switzerland, the US, Canada, Mexico, Argentina, Peru, Australia, New
# Zealand and Sri Lanka) and, as the base of a May figure ("from €19.4 billion in April",
# "from £19.2 billion in April", "from €7.1 billion in April", "from a revised R14.6 billion
# in April", "compared with a surplus of C$0.6 billion in April", "from A$6.4 billion in
# April"), "April" is April 2034; "May" as the base of Israel's June deficit ("from $1.9
# billion in May") is May 2034. "The first half of 2034", "the first half of the year",
# "the first half", "January-June 2034" and "January-June" are January-June 2034; "the
# first five months of 2034", "the first five months of the year" and "January-May" are
# January-May 2034, and Morocco's "at the end of May 2034" (the Maghreb offices' cumulative
# style) the same span, with May alone accepted as start (ninth set's CUM); South Africa's
# "year-to-date" in a text about May is January-May 2034 (the publication date accepted as
# end, eleventh set); "the first quarter of 2034" (Saudi Arabia, Nigeria) is January-March
# 2034 and Nigeria's base "the fourth quarter of 2033" October-December 2033; "the first
# 10 days of July" (South Korea) are 2034-07-01 to 2034-07-10 and Malaysia's palm oil "July
# 1-15" 2034-07-01 to 2034-07-15 ("over the period" the same days; its base "the same period
# in June", without an amount, makes no record), the only figures of the month of
# publication with Ukraine's season to date below. Fiscal, rolling and season periods:
# Pakistan's "fiscal year 2033-34 (FY34)", "July-June" and "for the year" and Bangladesh's
# "fiscal year 2033-34" are July 2033 - June 2034; India's "April-June, the first quarter of
# the current fiscal year" and "April-June" (in a text about India's 2034-35) are April-June
# 2034; the UK's "the three months to May" are March-May 2034; New Zealand's "the year ended
# May 2034" (and "annual" in the same text) is June 2033 - May 2034, with its base "a year
# earlier" June 2032 - May 2033; Ukraine's grain exports "so far in the 2034/35 July-June
# season" are a season to date that starts on 2034-07-01, end DC (twelfth set), "up 30%
# from a year earlier" stating yoy. Bases: "a year earlier", "from a year earlier",
# "year-on-year", "year on year", "on-year", "in the same month last year", "from the same
# period last year" and "up ... from ... in the same period last year" state yoy and name the
# same months of 2033 (June 2033, May 2033 and January-May 2033 for the optional base
# records); "from the previous month", "on the month" and "month-on-month" state mom; "in
# the same period of 2033" (South Africa), "in the fourth quarter of 2033" (Nigeria) and
# "from the same period in June" (palm oil) name the base by its period (b DC); Italy's
# energy deficit "from €5.0 billion" names no months (its optional base has ps and pe DC,
# sixteenth set's Uganda rule). Dates and years that are no period of any figure: weekdays
# ("on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday",
# "Friday", "Tuesday", "Thursday") and "on July 2" as release days; "50 months", "the 12th
# consecutive month", "a 15th straight month" and "the second straight month" in runs;
# "this fiscal", "this year", "the full year" and "by 2030" in forecasts and targets inside
# positive texts. In near misses "by 2030", "2034/35", "the 2034 crop", "last year", "in the
# long run" and "the peak season" belong to targets, prices, crop forecasts and a trade
# deal's estimate; "May", "April", "June", "January-May", "the first half of 2034", "the
# first quarter of 2034", "the second quarter", "the week ended July 7", "the fiscal year
# that ended June 30", "on Thursday" and "on Friday" to remittances, reserves, customs
# revenue, inflation, a PMI, a current account, one company's results, port throughput,
# tourism earnings, FDI, GDP and crude production, car production, a freight index, a crude
# price and OPEC output, canal revenue and an export expectations index.
#
# Conventions: every convention stated in the twenty-third set's header
# (twentythird/cases.py, which carries those of the twenty-second, and through it those of
# the ninth to twenty-first sets) is kept unchanged and is not repeated here. In short:
# values are positive amounts in the original currency (deficits bal="deficit", surpluses
# bal="surplus"); b is "yoy"/"mom" only when the text states the comparison, DC when it is
# implied or the base is named by its period, null when there is no change; a change in a
# later sentence or clause that does not restate its comparison has b DC; a narrowing,
# widening or shrinking deficit has d DC, a surplus that rises or widens is "up" and one
# that falls, shrinks or narrows is "down"; later sentences and clauses inherit reporter,
# period and source; comparison bases are optional records (OPT); a change of a whole
# economy's, a partner's or a good's trade given only as a percent (or an absolute amount)
# is a record with a null value; "goods", "merchandise", "goods and services", "total"
# flows and the whole-economy flows that go with such a headline have c DC (also the
# overall US, euro-zone and Australian balances and a flow "led by" named goods); plain
# "exports"/"imports" of a whole economy c null; named goods, "non-oil", "non-oil and gas",
# "non-petroleum", "energy" and "services" are commodities; reasons name no commodity;
# appositives change nothing; "the highest-ever figure for the month" vq HIGHEST;
# "preliminary", "provisional" and "estimated" values vq DC; parts with an amount are
# records, shares, runs and rankings none; a buyer or supplier that is the grammatical
# subject may be written as the seller's export or the buyer's import (f, r and p either
# way); a value and a volume of one flow with DIFFERENT changes, or a volume with a change
# and the revenue without one, are two records (the other measure DC), a volume and the
# revenue it brought in with no change one record (a split accepted through an optional
# twin); a value restated in another currency is one record accepting either form plus an
# optional twin; "foreign trade turnover" and "trade between X and Y" are flow total (c
# null), partners listed with amounts after a turnover figure flow total; a tariff in force
# named as context is a required record (TAR); forecasts, polls, targets, shares, prices,
# exchange rates, reserves, current accounts, tourism receipts, remittances, GDP, FDI,
# customs revenue, output, export expectations, PMIs, port throughput, freight rates, canal
# revenue, crop forecasts and one company's results are never trade figures.
#
# New in this (twenty-fourth) set, which like the twenty-first to twenty-third stresses
# ORDINARY, MAINSTREAM TRADE NEWS written as whole paragraphs of 2-5 sentences the way wire
# services and newspapers run them (Reuters, AP, AFP, Xinhua, Yonhap, Kyodo, Focus Taiwan,
# The Standard, PTI, BusinessLine, Business Recorder, The Daily Star, Antara, Bernama, PNA,
# VnExpress, Bangkok Post, The Straits Times, Hürriyet Daily News, Globes, Arab News, WAM,
# The Peninsula, Ahram Online, BusinessDay, Business Daily/Daily Nation, Citi Newsroom,
# Morocco World News, ANSA, The Irish Times, Yle, swissinfo, Agerpres, The Canadian Press,
# El Economista, Valor, Buenos Aires Times/La Nación, Andina, Primicias, the AFR, RNZ,
# Kun.uz, Khmer Times, Daily FT), from economies the earlier sets used little (Finland,
# Romania, Italy, Ireland, Israel, Qatar, Uzbekistan, Hong Kong, Singapore, Ghana, Kenya,
# Morocco, Egypt, Peru, Ecuador, Cambodia, Sri Lanka, Ukraine) and the big ones (China,
# South Korea, Japan, Taiwan, India, Pakistan, Bangladesh, Indonesia, Malaysia, the
# Philippines, Vietnam, Thailand, Turkey, Saudi Arabia, the UAE, Nigeria, South Africa,
# Germany, the UK, the euro zone, France, Switzerland, the US, Canada, Mexico, Brazil,
# Argentina, Australia, New Zealand). No convention is new; the readings of this set's
# forms that the earlier conventions give are:
# - Wordings: "stood at", "reached", "totalled", "totaled", "amounted to", "fetched",
#   "brought in", "were valued at", "at" after a ranked partner or good give a plain value
#   (no change); "edged up", "gained", "climbed", "jumped", "soared", "surged", "slid",
#   "slipped", "dropped", "declined", "decreased" as usual; "were broadly unchanged at" and
#   "were little changed at" (d DC, pct null or 0); "narrowed 3.2 percent to", "widened
#   12.4% year-on-year to", "widened 5% to", "shrank 8% ... to" of a deficit (d DC, pct as
#   stated, b as stated); "narrowed to ... from ... in April" and "widened to ... from ...
#   in April/May" of a deficit (d, pct and by DC, b DC, base optional); "narrowed by £1.3
#   billion to" (by 1.3 x 10^9 GBP, d and pct DC); "up USD543 million from a year earlier"
#   after a deficit (by 5.43 x 10^8 USD, d and pct DC, b yoy); a surplus "rose to ... from
#   ... a year earlier" (d up, b yoy), "widened to ... from a revised ... in April" (d up, b
#   DC), "narrowing the trade surplus to ... from ... in April", "narrowed to ... from ...
#   in April", "trimming the trade surplus to", "narrowed to" (d down, pct, by and b DC),
#   "down from ... a year earlier" (d down, b yoy), "down 10.9 percent from a year earlier"
#   (d down, pct 10.9, b yoy), "shrank 16.4 percent to" (d down, pct 16.4, b DC), "rose to
#   ₦5.3 trillion ... as exports outpaced imports" (d up, pct, by and b DC), "up from ... a
#   year earlier" (d up, b yoy, base optional), "compared with R41.2 billion in the same period
#   of 2033" (d up or none, pct, by and b DC, base optional); a deficit "compared with a
#   surplus of C$0.6 billion in April" (tenth set's "swung to": d, pct and by DC, b DC, the
#   surplus an optional base); "rose by $2.16 billion, or 4.6 percent, year-on-year to"
#   (by 2.16 x 10^9 USD and pct 4.6, b yoy); "rose NZ$186 million" and "fell A$412 million"
#   without a value (by, pct DC, v null); "rose 5.4 percent to USD18.72 billion in May from
#   USD17.76 billion in the same month last year" and "up 12.3 percent from $17.45 billion in
#   the same period last year" (b yoy, the base optional); "up 6.4 per cent from a year
#   earlier at" (b yoy). "Average daily exports, which take into account the number of
#   working days" are an optional record (fifteenth set, ps and pe DC).
# - Goods: "soybeans" and their "arrivals" in China (imports, sixteenth set); "iron ore";
#   "chips", "semiconductors" and "semiconductor exports"; "car exports to the country ...
#   in value terms" (a change without a value, c cars, p the partner); "services exports";
#   "textile exports"; "rice exports ... 5.86 million tonnes worth $3.92 billion" (one record
#   with both measures, a split through the twin); "garment shipments", "knitwear" and
#   "woven garments" (parts, records); "non-oil and gas" and "oil and gas" balances;
#   "electrical and electronic (E&E) products"; "electronic products"; "agricultural
#   products"; "shipments of electronics" and "non-electronics" after NODX (c electronics,
#   non-electronics); NODX to a partner keeps c NODX; "with oil exports at" (Saudi Arabia, a
#   part); "non-oil foreign trade" (total, c non-oil) with its "non-oil exports",
#   "re-exports" (c DC) and "imports" (c DC); "exports of petroleum gases, mainly liquefied
#   natural gas" (c petroleum gases; the appositive changes nothing); Egypt's "non-oil
#   exports"; "building materials", "food industries", "chemicals and fertilisers"; "crude
#   oil exports accounted for" (a part); "tea export earnings" and their volume with
#   different changes (two records); "horticulture exports"; "gold", "cocoa"; "automotive
#   exports", "phosphates and derivatives"; the "energy deficit" (a balance, c energy);
#   "medical and pharmaceutical products"; "forest industry products"; "oil exports" and
#   "non-oil exports" (Mexico); "manufacturing exports, which include cars and auto parts"
#   (c manufacturing); "green coffee" (coffee); the "energy trade balance" and "fuel and
#   energy exports" (Argentina); "traditional exports, mainly minerals" (c traditional),
#   "non-traditional exports", copper and gold (parts); shrimp and bananas ("the top non-oil
#   product at ..., followed by bananas at"); "metal ores and minerals exports"; "coal";
#   "palm oil products"; grain, wheat and barley. "Goods exports excluding diamonds" and
#   "imports excluding diamonds, ships and aircraft" (Israel) have c DC; "Exports ..., led
#   by aircraft deliveries" (France) and "Annual exports ..., led by dairy" (New Zealand) c
#   DC; "Imports from Russia, mostly crude oil" c DC.
# - Partners: "the Association of Southeast Asian Nations"/"ASEAN" and "the European Union"
#   as China's trading partners after its goods trade (flow total, c DC, reporter China);
#   "the United States", "the U.S.", "the country" (the US in Japan's text), "the mainland"
#   in a Hong Kong text (China or mainland accepted), "its northern neighbour" (China, from Vietnam), "other EU
#   countries", "other EU member states" and "the rest of the EU" (p EU); "the rest of the
#   world" (WORLD) with the flows after it; ranked buyers and destinations with amounts
#   ("Singapore remained the largest export destination at", "Japan was the biggest export
#   market, taking", "The U.S. remained the largest export market at", "Germany was the top
#   export market with", "China bought $10.2 billion of Brazilian goods", "Brazil was the
#   main destination for Argentine goods, at", "China was the top export destination at",
#   "The Philippines remained the largest buyer, taking", "Pakistan remained the largest
#   buyer, taking", "Exports to India, the top destination, were valued at") f, r and p
#   either way where the partner is the subject; a supplier as subject ("China was the
#   largest source of imports, with") likewise; "India remained the UAE's largest trading
#   partner at ..., followed by China at" and Uzbekistan's "China remained the largest
#   trading partner with ..., followed by Russia with" (flow total); Saudi Arabia's "China
#   was the Kingdom's main trading partner, accounting for SAR 44.6 billion of exports and SAR
#   53.1 billion of imports" (an export and an import record, p China, c DC). "Trade between
#   Vietnam and China ... according to Vietnam's customs" is Vietnam's (tenth set).
# - Restatements: Thailand's "US$26.8 billion, or 963.1 billion baht" and Nigeria's "₦22.1
#   trillion (about $14.6 billion)" (one record accepting either amount, vq null or about,
#   plus an optional twin).
# - Volumes and values: Vietnam's rice "4.82 million tonnes ..., up 6.2% ..., but earnings
#   fell 4.9% to $2.71 billion" and Brazil's coffee "2.86 million 60-kg bags ... but revenue
#   rose 9.3% to $1.14 billion" (different changes: two records); Kenya's tea (likewise);
#   Pakistan's rice "5.86 million tonnes worth $3.92 billion" (no change: one record, twin
#   optional); volumes alone (China's soybeans and iron ore, Brazil's soybean shipments,
#   palm oil, grain) are records with u tonnes; "60-kg bags" u bag; "million kilogrammes"
#   u kg.
# - Two cargo surveyors' estimates of one flow and period (Intertek and AmSpec) are two
#   records, each with its own source (sixteenth set).
# - Currencies: "$", "US$", "USD" (before an amount, with or without a space) USD;
#   "yuan" CNY; "yen" in a Japanese text JPY; "HK$" HKD; "RM" MYR; "baht" THB; "S$" SGD;
#   "SAR" SAR; "AED" AED; "QR" QAR; "₦" NGN; "KSh" KES; "R" before an amount in a South
#   African text ZAR; "dirhams" in a Moroccan text MAD; "€" and "euros" EUR; "£" GBP;
#   "francs" in a Swiss text CHF; "C$" CAD; "A$" AUD; "NZ$" NZD. "Billion", "trillion" and
#   "million" as in the thirteenth set.
# - Sources: GAC ("customs data showed", "the General Administration of Customs"); South
#   Korea's trade ministry and the Korea Customs Service; Japan's and Taiwan's Finance
#   Ministry; Hong Kong's Census and Statistics Department; India's commerce ministry ("data
#   released by the commerce ministry", "commerce ministry data showed"); the Pakistan
#   Bureau of Statistics and APTMA; the EPB; Statistics Indonesia (BPS); DOSM; the
#   Philippine Statistics Authority; Vietnam's National Statistics Office and customs;
#   Thailand's Commerce Ministry; Enterprise Singapore; Trade Minister Ömer Bolat; Israel's
#   Central Bureau of Statistics; GASTAT; the UAE's Minister of State for Foreign Trade (Thani
#   bin Ahmed Al Zeyoudi); Qatar's National Planning Council; Egypt's Minister of Investment
#   and Foreign Trade (named); Nigeria's NBS; KNBS; SARS; the Bank of Ghana; Morocco's Foreign
#   Exchange Office (Office des Changes); Destatis; the ONS; Eurostat; France's customs;
#   Istat; Ireland's CSO; Finnish Customs; the Federal Office for Customs and Border
#   Security; Romania's National Institute of Statistics (INS); the Commerce Department;
#   Statistics Canada; INEGI; Brazil's trade ministry and Cecafé; INDEC; Peru's central bank;
#   the Central Bank of Ecuador; the ABS; Stats NZ; Uzbekistan's Statistics Agency;
#   Intertek Testing Services and AmSpec Agri Malaysia; Ukraine's agriculture ministry;
#   Cambodia's General Department of Customs and Excise; Sri Lanka's Export Development
#   Board. The commerce secretary quoted with a forecast in India's text gives no figure.
# - Tariffs in force named as context (required records, period, change and source DC):
#   "which face a 25 per cent tariff" (exports from India to the US: reporter the US,
#   partner India or null, c DC), "which are subject to a 19 percent tariff" (Indonesia),
#   "despite the 20% tariff Washington imposes on Vietnamese goods", "weighed down by the
#   39% U.S. tariff on most Swiss goods" and "The administration's 10% baseline tariff on
#   most imports remains in place" (the US, partner null: all origins).
# - Non-trade numbers inside positive texts (no record, and they change nothing beside
#   them): a Reuters poll, economists' forecasts, "beating forecasts", a share of total
#   exports ("which made up 41 per cent of total exports", "or 77.8 percent of total
#   exports", "which takes more than half of the city's goods"), runs of surpluses, deficits
#   and growth, export targets ("falling short of the government's $52 billion target", "its
#   full-year export growth target", "aims to raise non-oil exports to $145 billion annually
#   by 2030"), a commerce secretary's forecast, record harvests and prices as reasons.
# - Near misses of this set (no record): remittances, foreign exchange reserves with import
#   cover, an exporters' federation's target and a loan scheme, customs revenue, inflation
#   with fuel import costs and the shilling, a PMI's new export orders, a current account,
#   one company's profit and revenue, port throughput, tourism earnings, FDI, GDP with crude
#   production, car production and domestic sales, a container freight
#   index, a crude price with OPEC output, a coffee crop forecast, canal revenue, an export
#   expectations index, a trade deal's estimated gains and a cocoa farmgate price.

# The names of economies, sources, units and qualifiers and the record helpers (OPT, TAR,
# YTD, Q, H, FYJJ, CUM) mean the same as in the tenth to twenty-third sets; they are written
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

# Periods.
JUN = M(2034, 6)
MAY = M(2034, 5)
APR = M(2034, 4)
JUN33 = M(2033, 6)
MAY33 = M(2033, 5)
H1 = H(2034, 1)
YTD5 = YTD(2034, 5)
YTD5_33 = YTD(2033, 5)
CUM5 = CUM(2034, 5)                          # Morocco's "at the end of May 2034"
YTDZA = dict(ps="2034-01-01", pe=["2034-05-31", "2034-07-16"])   # South Africa's year-to-date
Q1 = Q(2034, 1)
Q4_33 = Q(2033, 4)
FY34 = FYJJ(2033)                            # Pakistan's and Bangladesh's FY34, July 2033 - June 2034
INAJ = PR("2034-04-01", "2034-06-30")       # India's April-June of 2034-35
JUL10 = PR("2034-07-01", "2034-07-10")      # South Korea's first 10 days of July
JUL15 = PR("2034-07-01", "2034-07-15")      # palm oil, July 1-15
JUN15 = PR("2034-06-01", "2034-06-15")      # its base, June 1-15
MAM = PR("2034-03-01", "2034-05-31")        # the UK's three months to May
R12MAY = PR("2033-06-01", "2034-05-31")     # New Zealand's year ended May 2034
R12MAY33 = PR("2032-06-01", "2033-05-31")   # its base a year earlier
UASEAS = dict(ps="2034-07-01", pe=DC)        # Ukraine's 2034/35 season to date
NOPER = dict(ps=DC, pe=DC)                   # a base or a rate that names no months

POS = [
    # ================================================================ East Asia
    # P01 China's June lede (Reuters): exports (yoy), a poll (none), imports "edged up", the
    # surplus without change, the first half (exports yoy, imports b DC).
    ("China's exports rose 5.8% year-on-year in June to $321.4 billion, customs data showed on Friday, "
     "outpacing a 3.9% gain forecast in a Reuters poll of economists. Imports edged up 1.3% to $228.9 billion, "
     "leaving a trade surplus of $92.5 billion. For the first half of 2034, exports grew 4.9% from a year "
     "earlier to $1.78 trillion, while imports slipped 0.6% to $1.26 trillion.",
     [R(f="export", r=CN, v=321.4e9, cur="USD", d="up", pct=5.8, b="yoy", src=GAC, **JUN),
      R(f="import", r=CN, v=228.9e9, cur="USD", d="up", pct=1.3, cq=DC, b=DC, src=GAC, **JUN),
      R(f="balance", r=CN, v=92.5e9, cur="USD", bal="surplus", src=GAC, **JUN),
      R(f="export", r=CN, v=1.78e12, cur="USD", d="up", pct=4.9, b="yoy", src=GAC, **H1),
      R(f="import", r=CN, v=1.26e12, cur="USD", d="down", pct=0.6, b=DC, src=GAC, **H1)]),

    # P02 China's first half in yuan (Xinhua): goods trade (total, c DC) and its flows, ASEAN
    # and the EU as trading partners after it (flow total, c DC).
    ("China's total goods imports and exports rose 3.1 percent year on year to 21.36 trillion yuan in the first "
     "half of 2034, the General Administration of Customs said Friday. Exports climbed 5.6 percent to 12.42 "
     "trillion yuan, while imports dipped 0.2 percent to 8.94 trillion yuan. ASEAN remained China's largest "
     "trading partner, with bilateral trade rising 7.2 percent to 3.68 trillion yuan, followed by the European "
     "Union at 2.77 trillion yuan.",
     [R(f="total", r=CN, c=DC, v=21.36e12, cur="CNY", d="up", pct=3.1, b="yoy", src=GAC, **H1),
      R(f="export", r=CN, c=DC, v=12.42e12, cur="CNY", d="up", pct=5.6, b=DC, src=GAC, **H1),
      R(f="import", r=CN, c=DC, v=8.94e12, cur="CNY", d="down", pct=0.2, b=DC, src=GAC, **H1),
      R(f="total", r=CN, p=ASEAN, c=DC, v=3.68e12, cur="CNY", d="up", pct=7.2, b=DC, src=GAC, **H1),
      R(f="total", r=CN, p=EU, c=DC, v=2.77e12, cur="CNY", src=GAC, **H1)]),

    # P03 China's commodity imports by volume (Reuters): soybeans in June (yoy), first-half
    # arrivals (yoy), a record harvest as a reason (none), iron ore.
    ("China's soybean imports rose 8.4% from a year earlier to 11.27 million tonnes in June, customs data "
     "showed, as cargoes from Brazil's record harvest arrived. Arrivals in the first half of the year totalled "
     "49.62 million tonnes, down 2.1% from the same period last year. Iron ore imports fell 3.6% to 102.3 "
     "million tonnes in June.",
     [R(f="import", r=CN, c=SOY, vol=11.27e6, u=TON, d="up", pct=8.4, b="yoy", src=GAC, **JUN),
      R(f="import", r=CN, c=SOY, vol=49.62e6, u=TON, d="down", pct=2.1, b="yoy", src=GAC, **H1),
      R(f="import", r=CN, c=IRONORE, vol=102.3e6, u=TON, d="down", pct=3.6, b=DC, src=GAC, **JUN)]),

    # P04 South Korea's June (Yonhap): "on-year" (yoy), "the highest-ever figure for the month"
    # (HIGHEST), imports, the surplus, chips and cars, a partner with a rank (none).
    ("South Korea's exports rose 6.2 percent on-year to US$60.8 billion in June, the highest-ever figure for "
     "the month, the trade ministry said, on the back of robust demand for semiconductors. Imports gained 1.1 "
     "percent to $51.7 billion, resulting in a trade surplus of $9.1 billion. Outbound shipments of chips "
     "soared 19.4 percent to $15.9 billion, while car exports fell 3.2 percent to $6.1 billion. Exports to the "
     "United States, the country's second-largest market, declined 4.8 percent to $10.2 billion.",
     [R(f="export", r=KR, v=60.8e9, cur="USD", vq=HIGHEST, d="up", pct=6.2, b="yoy", src=MOTIE, **JUN),
      R(f="import", r=KR, v=51.7e9, cur="USD", d="up", pct=1.1, b=DC, src=MOTIE, **JUN),
      R(f="balance", r=KR, v=9.1e9, cur="USD", bal="surplus", src=MOTIE, **JUN),
      R(f="export", r=KR, c=CHIPS, v=15.9e9, cur="USD", d="up", pct=19.4, b=DC, src=MOTIE, **JUN),
      R(f="export", r=KR, c=CARS, v=6.1e9, cur="USD", d="down", pct=3.2, b=DC, src=MOTIE, **JUN),
      R(f="export", r=KR, p=US, v=10.2e9, cur="USD", d="down", pct=4.8, b=DC, src=MOTIE, **JUN)]),

    # P05 South Korea's first 10 days of July (Yonhap): "over the period", a deficit, average
    # daily exports (optional), a good's change without a value.
    ("South Korea's exports jumped 9.6 percent on-year in the first 10 days of July to $15.2 billion, data from "
     "the Korea Customs Service showed Tuesday. Imports rose 2.8 percent to $16.0 billion over the period, "
     "leaving a trade deficit of $800 million. Average daily exports, which take into account the number of "
     "working days, rose 5.1 percent to $1.9 billion. Semiconductor exports surged 21.3 percent.",
     [R(f="export", r=KR, v=15.2e9, cur="USD", d="up", pct=9.6, b="yoy", src=KCS, **JUL10),
      R(f="import", r=KR, v=16.0e9, cur="USD", d="up", pct=2.8, b=DC, src=KCS, **JUL10),
      R(f="balance", r=KR, v=800e6, cur="USD", bal="deficit", src=KCS, **JUL10),
      OPT(f="export", r=KR, c=DC, v=1.9e9, cur="USD", **NOPER),
      R(f="export", r=KR, c=CHIPS, d="up", pct=21.3, b=DC, src=KCS, **JUL10)]),

    # P06 Japan's May (Kyodo): a deficit with a run (none), flows, partners, cars to "the
    # country" in value terms (a change without a value, p the US).
    ("Japan logged a trade deficit of 641.3 billion yen in May, the second straight month in the red, as "
     "imports of energy rose, the Finance Ministry said. Exports increased 3.1 percent from a year earlier to "
     "8.42 trillion yen, while imports grew 5.6 percent to 9.06 trillion yen. Exports to China rose 4.2 percent "
     "to 1.61 trillion yen, but shipments to the United States fell 7.9 percent to 1.52 trillion yen, with car "
     "exports to the country down 12.4 percent in value terms.",
     [R(f="balance", r=JP, v=641.3e9, cur="JPY", bal="deficit", src=MOFJ, **MAY),
      R(f="export", r=JP, v=8.42e12, cur="JPY", d="up", pct=3.1, b="yoy", src=MOFJ, **MAY),
      R(f="import", r=JP, v=9.06e12, cur="JPY", d="up", pct=5.6, b=DC, src=MOFJ, **MAY),
      R(f="export", r=JP, p=CN, v=1.61e12, cur="JPY", d="up", pct=4.2, b=DC, src=MOFJ, **MAY),
      R(f="export", r=JP, p=US, v=1.52e12, cur="JPY", d="down", pct=7.9, b=DC, src=MOFJ, **MAY),
      R(f="export", r=JP, p=US, c=CARS, d="down", pct=12.4, b=DC, src=MOFJ, **MAY)]),

    # P07 Taiwan (Focus Taiwan): June exports with a run (none), the first half's flows and
    # surplus, exports to the US in June with a comparison (none).
    ("Taiwan's exports grew 21.7 percent year-on-year to US$51.2 billion in June, the 12th consecutive month "
     "of annual growth, the Ministry of Finance said. In the first half of the year, exports totaled US$278.4 "
     "billion, up 18.9 percent from a year earlier, while imports rose 14.2 percent to US$221.6 billion, "
     "giving a trade surplus of US$56.8 billion. Exports to the United States reached US$16.8 billion in June, "
     "more than those to China and Hong Kong combined.",
     [R(f="export", r=TW, v=51.2e9, cur="USD", d="up", pct=21.7, b="yoy", src=TWMOF, **JUN),
      R(f="export", r=TW, v=278.4e9, cur="USD", d="up", pct=18.9, b="yoy", src=TWMOF, **H1),
      R(f="import", r=TW, v=221.6e9, cur="USD", d="up", pct=14.2, b=DC, src=TWMOF, **H1),
      R(f="balance", r=TW, v=56.8e9, cur="USD", bal="surplus", src=TWMOF, **H1),
      R(f="export", r=TW, p=US, v=16.8e9, cur="USD", src=TWMOF, **JUN)]),

    # P08 Hong Kong's May (The Standard): a run (none), exports (yoy), a reason (none),
    # imports, the visible trade deficit (c DC), the mainland with a share (none) and the US
    # (changes without values).
    ("Hong Kong's exports grew for a 15th straight month in May, rising 9.3% from a year earlier to HK$412.6 "
     "billion as shipments of electronics to the mainland and Southeast Asia picked up, the Census and "
     "Statistics Department said. Imports rose 8.1% to HK$438.1 billion, and the city's visible trade deficit "
     "came to HK$25.5 billion. Exports to the mainland, which takes more than half of the city's goods, "
     "increased 11.2%, while those to the United States dropped 6.5%.",
     [R(f="export", r=HK, v=412.6e9, cur="HKD", d="up", pct=9.3, b="yoy", src=CSD, **MAY),
      R(f="import", r=HK, v=438.1e9, cur="HKD", d="up", pct=8.1, b=DC, src=CSD, **MAY),
      R(f="balance", r=HK, c=DC, v=25.5e9, cur="HKD", bal="deficit", src=CSD, **MAY),
      R(f="export", r=HK, p=MAINLAND, d="up", pct=11.2, b=DC, src=CSD, **MAY),
      R(f="export", r=HK, p=US, d="down", pct=6.5, b=DC, src=CSD, **MAY)]),

    # ================================================================ South Asia
    # P09 India's June (PTI): merchandise flows (c DC), the deficit "widening ... to" (d, pct,
    # by, b DC), April-June, estimated services exports, a forecast in a quote (none).
    ("India's merchandise exports rose 4.1 per cent to USD 38.7 billion in June, while imports increased 7.3 "
     "per cent to USD 60.5 billion, widening the trade deficit to USD 21.8 billion, according to data released "
     "by the commerce ministry. During April-June, the first quarter of the current fiscal year, exports grew "
     "3.3 per cent to USD 112.4 billion. Services exports in June were estimated at USD 34.9 billion. \"We "
     "expect goods and services exports to cross USD 900 billion this fiscal,\" Commerce Secretary Rajesh Menon "
     "told reporters.",
     [R(f="export", r=IN, c=DC, v=38.7e9, cur="USD", d="up", pct=4.1, b=DC, src=INCOM, **JUN),
      R(f="import", r=IN, c=DC, v=60.5e9, cur="USD", d="up", pct=7.3, b=DC, src=INCOM, **JUN),
      R(f="balance", r=IN, c=DC, v=21.8e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC,
        src=INCOM, **JUN),
      R(f="export", r=IN, c=DC, v=112.4e9, cur="USD", d="up", pct=3.3, b=DC, src=INCOM, **INAJ),
      R(f="export", r=IN, c=SERVICES, v=34.9e9, cur="USD", vq=DC, src=INCOM, **JUN)]),

    # P10 India by partner (BusinessLine): the UAE with a rank (none), Russia with an
    # appositive (c DC), China, the US with a tariff in a relative clause (TAR).
    ("India's exports to the UAE rose 14.2 per cent to $9.1 billion in April-June, commerce ministry data "
     "showed, making the Gulf nation the second-largest destination after the US. Imports from Russia, mostly "
     "crude oil, fell 18.6 per cent to $13.2 billion as refiners cut purchases, while imports from China "
     "climbed 9.7 per cent to $31.4 billion. Exports to the US, which face a 25 per cent tariff, slipped 2.3 "
     "per cent to $21.6 billion.",
     [R(f="export", r=IN, p=UAE, v=9.1e9, cur="USD", d="up", pct=14.2, b=DC, src=INCOM, **INAJ),
      R(f="import", r=IN, p=RU, c=DC, v=13.2e9, cur="USD", d="down", pct=18.6, b=DC, src=INCOM, **INAJ),
      R(f="import", r=IN, p=CN, v=31.4e9, cur="USD", d="up", pct=9.7, b=DC, src=INCOM, **INAJ),
      R(f="export", r=IN, p=US, v=21.6e9, cur="USD", d="down", pct=2.3, b=DC, src=INCOM, **INAJ),
      TAR(r=US, p=[IN, None], c=DC, rate=25)]),

    # P11 Pakistan's FY34 (Business Recorder): a deficit narrowed by a percent, flows, June
    # alone (yoy), rice volume and value without change (one record, twin optional), textile
    # exports from APTMA.
    ("Pakistan's trade deficit narrowed 3.2 percent to $24.1 billion in fiscal year 2033-34 (FY34), data "
     "released by the Pakistan Bureau of Statistics (PBS) showed. Exports grew 8.1 percent to $33.6 billion "
     "during July-June, while imports rose 3.1 percent to $57.7 billion. In June alone, exports increased 11.4 "
     "percent year-on-year to $2.93 billion. Rice exports totalled 5.86 million tonnes worth $3.92 billion, "
     "while textile exports for the year stood at $18.4 billion, according to the All Pakistan Textile Mills "
     "Association (APTMA).",
     [R(f="balance", r=PK, v=24.1e9, cur="USD", bal="deficit", d=DC, pct=3.2, b=DC, src=PBS, **FY34),
      R(f="export", r=PK, v=33.6e9, cur="USD", d="up", pct=8.1, b=DC, src=PBS, **FY34),
      R(f="import", r=PK, v=57.7e9, cur="USD", d="up", pct=3.1, b=DC, src=PBS, **FY34),
      R(f="export", r=PK, v=2.93e9, cur="USD", d="up", pct=11.4, b="yoy", src=PBS, **JUN),
      R(f="export", r=PK, c=RICE, vol=5.86e6, u=TON, v=[3.92e9, None], cur=["USD", None], src=APTMA, **FY34),
      OPT(f="export", r=PK, c=RICE, v=3.92e9, cur="USD", vol=[5.86e6, None], u=[TON, None], **FY34),
      R(f="export", r=PK, c=TEXT, v=18.4e9, cur="USD", src=APTMA, **FY34)]),

    # P12 Bangladesh's FY34 (The Daily Star): an absolute and a relative change (yoy), a
    # target (none), garments and their parts, June alone.
    ("Bangladesh's export earnings rose by $2.16 billion, or 4.6 percent, year-on-year to $49.2 billion in "
     "fiscal year 2033-34, data from the Export Promotion Bureau (EPB) showed on Wednesday, falling short of the "
     "government's $52 billion target. Garment shipments fetched $40.3 billion, up 3.9 percent, with knitwear "
     "bringing in $21.6 billion and woven garments $18.7 billion. In June alone, exports fell 2.7 percent to "
     "$4.12 billion as the Eid holidays cut working days.",
     [R(f="export", r=BD, v=49.2e9, cur="USD", d="up", pct=4.6, by=2.16e9, byc="USD", b="yoy", src=EPB, **FY34),
      R(f="export", r=BD, c=GARMENTS, v=40.3e9, cur="USD", d="up", pct=3.9, b=DC, src=EPB, **FY34),
      R(f="export", r=BD, c=KNIT, v=21.6e9, cur="USD", src=EPB, **FY34),
      R(f="export", r=BD, c=WOVEN, v=18.7e9, cur="USD", src=EPB, **FY34),
      R(f="export", r=BD, v=4.12e9, cur="USD", d="down", pct=2.7, b=DC, src=EPB, **JUN)]),

    # ================================================================ Southeast Asia
    # P13 Indonesia's June (Antara): a surplus with a run (none), flows, non-oil and gas and
    # oil and gas balances, exports to the US with a tariff in a relative clause (TAR).
    ("Indonesia booked a trade surplus of US$3.86 billion in June, extending its run of monthly surpluses to "
     "50 months, Statistics Indonesia (BPS) reported. Exports reached US$23.41 billion, up 3.2 percent "
     "year-on-year, while imports climbed 5.1 percent to US$19.55 billion. The surplus came mainly from non-oil "
     "and gas commodities, which recorded a surplus of US$5.12 billion, while oil and gas trade posted a "
     "deficit of US$1.26 billion. Exports to the United States, which are subject to a 19 percent tariff, fell "
     "2.4 percent to US$2.31 billion.",
     [R(f="balance", r=ID, v=3.86e9, cur="USD", bal="surplus", src=BPS, **JUN),
      R(f="export", r=ID, v=23.41e9, cur="USD", d="up", pct=3.2, b="yoy", src=BPS, **JUN),
      R(f="import", r=ID, v=19.55e9, cur="USD", d="up", pct=5.1, b=DC, src=BPS, **JUN),
      R(f="balance", r=ID, c=NONOILGAS, v=5.12e9, cur="USD", bal="surplus", src=BPS, **JUN),
      R(f="balance", r=ID, c=OILGAS, v=1.26e9, cur="USD", bal="deficit", src=BPS, **JUN),
      R(f="export", r=ID, p=US, v=2.31e9, cur="USD", d="down", pct=2.4, b=DC, src=BPS, **JUN),
      TAR(r=US, p=[ID, None], c=DC, rate=19)]),

    # P14 Malaysia's May (Bernama): flows, a surplus without change, E&E with a share (none),
    # destinations with amounts ("followed by ... at").
    ("Malaysia's exports rose 4.7 per cent year-on-year to RM128.3 billion in May, driven by higher shipments "
     "of electrical and electronic (E&E) products, the Department of Statistics Malaysia (DOSM) said. Imports "
     "increased 8.2 per cent to RM117.9 billion, resulting in a trade surplus of RM10.4 billion. E&E exports, "
     "which made up 41 per cent of total exports, grew 12.6 per cent to RM52.6 billion. Singapore remained the "
     "largest export destination at RM19.8 billion, followed by China at RM16.1 billion.",
     [R(f="export", r=MY, v=128.3e9, cur="MYR", d="up", pct=4.7, b="yoy", src=DOSM, **MAY),
      R(f="import", r=MY, v=117.9e9, cur="MYR", d="up", pct=8.2, b=DC, src=DOSM, **MAY),
      R(f="balance", r=MY, v=10.4e9, cur="MYR", bal="surplus", src=DOSM, **MAY),
      R(f="export", r=MY, c=EEP, v=52.6e9, cur="MYR", d="up", pct=12.6, b=DC, src=DOSM, **MAY),
      R(f=["export", "import"], r=[MY, SG], p=[MY, SG], c=DC, v=19.8e9, cur="MYR", src=DOSM, **MAY),
      R(f=["export", "import"], r=[MY, CN], p=[MY, CN], c=DC, v=16.1e9, cur="MYR", src=DOSM, **MAY)]),

    # P15 The Philippines' May (PNA): total trade in goods (c DC) with its base (yoy,
    # optional), flows, a deficit up by an amount from a year earlier, the top export, a buyer
    # as subject.
    ("The Philippines' external trade in goods rose 5.4 percent to USD18.72 billion in May from USD17.76 "
     "billion in the same month last year, the Philippine Statistics Authority (PSA) said. Exports "
     "grew 3.1 percent to USD6.92 billion, while imports rose 6.8 percent to USD11.80 billion, resulting in a "
     "trade deficit of USD4.88 billion, up USD543 million from a year earlier. Electronic products remained the "
     "top export, valued at USD3.94 billion. Japan was the biggest export market, taking USD1.08 billion worth "
     "of Philippine goods.",
     [R(f="total", r=PH, c=DC, v=18.72e9, cur="USD", d="up", pct=5.4, b="yoy", src=PSA, **MAY),
      OPT(f="total", r=PH, c=DC, v=17.76e9, cur="USD", **MAY33),
      R(f="export", r=PH, c=DC, v=6.92e9, cur="USD", d="up", pct=3.1, b=DC, src=PSA, **MAY),
      R(f="import", r=PH, c=DC, v=11.80e9, cur="USD", d="up", pct=6.8, b=DC, src=PSA, **MAY),
      R(f="balance", r=PH, c=DC, v=4.88e9, cur="USD", bal="deficit", d=DC, pct=DC, by=543e6, byc="USD", b="yoy",
        src=PSA, **MAY),
      R(f="export", r=PH, c=ELECPROD, v=3.94e9, cur="USD", src=PSA, **MAY),
      R(f=["export", "import"], r=[PH, JP], p=[PH, JP], c=DC, v=1.08e9, cur="USD", src=PSA, **MAY)]),

    # P16 Vietnam's first half (VnExpress): flows, the surplus, the US as a market (either
    # way) with a tariff in force (TAR), China as a supplier (either way).
    ("Vietnam's exports rose 13.1% year-on-year to $219.6 billion in the first half of 2034, while imports "
     "increased 15.8% to $209.4 billion, giving a trade surplus of $10.2 billion, the National Statistics "
     "Office said. The U.S. remained the largest export market at $74.3 billion, up 19.6%, despite the 20% "
     "tariff Washington imposes on Vietnamese goods. China was the largest source of imports, with $66.2 "
     "billion.",
     [R(f="export", r=VN, v=219.6e9, cur="USD", d="up", pct=13.1, b="yoy", src=VNNSO, **H1),
      R(f="import", r=VN, v=209.4e9, cur="USD", d="up", pct=15.8, b=DC, src=VNNSO, **H1),
      R(f="balance", r=VN, v=10.2e9, cur="USD", bal="surplus", src=VNNSO, **H1),
      R(f=["export", "import"], r=VN + US, p=VN + US, c=DC, v=74.3e9, cur="USD", d="up", pct=19.6, b=DC,
        src=VNNSO, **H1),
      TAR(r=US, p=VN + [None], c=DC, rate=20),
      R(f=["import", "export"], r=VN + [CN], p=VN + [CN], c=DC, v=66.2e9, cur="USD", src=VNNSO, **H1)]),

    # P17 Vietnam's rice (VNA): a volume and a value with different changes (two records), a
    # buyer as subject with a volume.
    ("Vietnam exported 4.82 million tonnes of rice in the first half of the year, up 6.2% from a year earlier, "
     "customs data showed, but earnings fell 4.9% to $2.71 billion as prices weakened. The Philippines "
     "remained the largest buyer, taking 1.96 million tonnes.",
     [R(f="export", r=VN, c=RICE, vol=4.82e6, u=TON, v=DC, cur=DC, d="up", pct=6.2, b="yoy", src=VNCUS, **H1),
      R(f="export", r=VN, c=RICE, v=2.71e9, cur="USD", vol=DC, u=DC, d="down", pct=4.9, b=DC, src=VNCUS, **H1),
      R(f=["export", "import"], r=VN + [PH], p=VN + [PH], c=DC, vol=1.96e6, u=TON, src=VNCUS, **H1)]),

    # P18 Thailand's May (Bangkok Post): exports restated in baht (one record and a twin),
    # flows, a deficit, farm goods without a value, the US with a rank (none), a target (none).
    ("Thai exports rose 7.2% year-on-year in May to US$26.8 billion, or 963.1 billion baht, beating forecasts, "
     "the Commerce Ministry said. Imports increased 9.4% to $27.3 billion, resulting in a trade deficit of $500 "
     "million. Exports of agricultural products climbed 9.1%, while shipments to the US, the largest market, "
     "rose 14.6% to $4.9 billion. The ministry kept its full-year export growth target of 2-3%.",
     [R(f="export", r=TH, v=[26.8e9, 963.1e9], cur=["USD", "THB"], vq=[None] + ABOUT, d="up", pct=7.2, b="yoy",
        src=THMOC, **MAY),
      OPT(f="export", r=TH, v=963.1e9, cur="THB", **MAY),
      R(f="import", r=TH, v=27.3e9, cur="USD", d="up", pct=9.4, b=DC, src=THMOC, **MAY),
      R(f="balance", r=TH, v=500e6, cur="USD", bal="deficit", src=THMOC, **MAY),
      R(f="export", r=TH, c=AGRI, d="up", pct=9.1, b=DC, src=THMOC, **MAY),
      R(f="export", r=TH, p=US, v=4.9e9, cur="USD", d="up", pct=14.6, b=DC, src=THMOC, **MAY)]),

    # P19 Singapore's May NODX (The Straits Times): key exports without a figure (none), NODX
    # (c non-oil) "up ... at", electronics and non-electronics (changes only), NODX to
    # partners (c NODX).
    ("Singapore's key exports grew more than expected in May, with non-oil domestic exports (NODX) up 6.4 per "
     "cent from a year earlier at S$15.3 billion, Enterprise Singapore data showed on Wednesday. Shipments of "
     "electronics jumped 21.3 per cent, led by integrated circuits, and non-electronics edged up 2.1 per cent. "
     "NODX to the United States fell 12.4 per cent, while shipments to China rose 17.8 per cent.",
     [R(f="export", r=SG, c=NODX, v=15.3e9, cur="SGD", d="up", pct=6.4, b="yoy", src=ESG, **MAY),
      R(f="export", r=SG, c=ELEC, d="up", pct=21.3, b=DC, src=ESG, **MAY),
      R(f="export", r=SG, c=NONELEC, d="up", pct=2.1, cq=DC, b=DC, src=ESG, **MAY),
      R(f="export", r=SG, p=US, c=NODX, d="down", pct=12.4, b=DC, src=ESG, **MAY),
      R(f="export", r=SG, p=CN, c=NODX, d="up", pct=17.8, b=DC, src=ESG, **MAY)]),

    # ================================================================ Middle East
    # P20 Turkey's June (Hürriyet Daily News): preliminary (vq DC), a deficit narrowed by a
    # percent, the first half, markets as subjects ("followed by ... with").
    ("Türkiye's exports rose 9.1 percent year-on-year to $22.6 billion in June, Trade Minister Ömer Bolat "
     "announced on July 2, citing preliminary figures. Imports increased 2.4 percent to $28.9 billion, while "
     "the foreign trade deficit narrowed 16.1 percent to $6.3 billion. In the first half, exports reached "
     "$133.4 billion, up 4.2 percent. Germany was the top export market in June with $1.9 billion, followed by "
     "the United Kingdom with $1.3 billion and the United States with $1.2 billion.",
     [R(f="export", r=TR, v=22.6e9, cur="USD", vq=DC, d="up", pct=9.1, b="yoy", src=BOLAT, **JUN),
      R(f="import", r=TR, v=28.9e9, cur="USD", vq=DC, d="up", pct=2.4, b=DC, src=BOLAT, **JUN),
      R(f="balance", r=TR, v=6.3e9, cur="USD", vq=DC, bal="deficit", d=DC, pct=16.1, b=DC, src=BOLAT, **JUN),
      R(f="export", r=TR, v=133.4e9, cur="USD", vq=DC, d="up", pct=4.2, b=DC, src=BOLAT, **H1),
      R(f=["export", "import"], r=TR + [DE], p=TR + [DE], c=DC, v=1.9e9, cur="USD", vq=DC, src=BOLAT, **JUN),
      R(f=["export", "import"], r=TR + UK, p=TR + UK, c=DC, v=1.3e9, cur="USD", vq=DC, src=BOLAT, **JUN),
      R(f=["export", "import"], r=TR + US, p=TR + US, c=DC, v=1.2e9, cur="USD", vq=DC, src=BOLAT, **JUN)]),

    # P21 Israel's June (Globes): a goods deficit widening from May (base optional), exports
    # and imports excluding diamonds (c DC), the first half's deficit (c DC).
    ("Israel's goods trade deficit widened to $2.4 billion in June from $1.9 billion in May, the Central Bureau "
     "of Statistics reported. Goods exports excluding diamonds fell 3.2% to $4.8 billion, while imports "
     "excluding diamonds, ships and aircraft rose 2.1% to $7.2 billion. In the first half of 2034, the trade "
     "deficit totaled $13.6 billion.",
     [R(f="balance", r=IL, c=DC, v=2.4e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC, src=CBSIL,
        **JUN),
      OPT(f="balance", r=IL, c=DC, v=1.9e9, cur="USD", bal="deficit", **MAY),
      R(f="export", r=IL, c=DC, v=4.8e9, cur="USD", d="down", pct=3.2, b=DC, src=CBSIL, **JUN),
      R(f="import", r=IL, c=DC, v=7.2e9, cur="USD", d="up", pct=2.1, b=DC, src=CBSIL, **JUN),
      R(f="balance", r=IL, c=DC, v=13.6e9, cur="USD", bal="deficit", src=CBSIL, **H1)]),

    # P22 Saudi Arabia's first quarter (Arab News): a surplus shrinking by a percent (d down,
    # b DC), a reason (none), merchandise exports (c DC) with oil's part, imports (c DC,
    # "edged up"), China with exports and imports "accounting for" amounts (c DC).
    ("Saudi Arabia's trade surplus shrank 16.4 percent to SAR 71.6 billion in the first quarter of 2034 as "
     "lower crude prices cut oil revenue, the General Authority for Statistics said in its quarterly report. "
     "Merchandise exports fell 4.1 percent year-on-year to SAR 283.9 billion, with oil exports at SAR 206.5 "
     "billion, while imports edged up 0.9 percent to SAR 212.3 billion. China was the Kingdom's main trading "
     "partner, accounting for SAR 44.6 billion of exports and SAR 53.1 billion of imports.",
     [R(f="balance", r=SA, c=DC, v=71.6e9, cur="SAR", bal="surplus", d="down", pct=16.4, b=DC, src=GASTAT, **Q1),
      R(f="export", r=SA, c=DC, v=283.9e9, cur="SAR", d="down", pct=4.1, b="yoy", src=GASTAT, **Q1),
      R(f="export", r=SA, c=CRUDE, v=206.5e9, cur="SAR", src=GASTAT, **Q1),
      R(f="import", r=SA, c=DC, v=212.3e9, cur="SAR", d="up", pct=0.9, cq=DC, b=DC, src=GASTAT, **Q1),
      R(f="export", r=SA, p=CN, c=DC, v=44.6e9, cur="SAR", src=GASTAT, **Q1),
      R(f="import", r=SA, p=CN, c=DC, v=53.1e9, cur="SAR", src=GASTAT, **Q1)]),

    # P23 The UAE's first half (WAM): non-oil foreign trade (total, c non-oil) from the
    # minister, non-oil exports, re-exports and imports, partners after it (flow total).
    ("The UAE's non-oil foreign trade rose 13.4 percent to AED 1.62 trillion in the first half of 2034, Dr. "
     "Thani bin Ahmed Al Zeyoudi, Minister of State for Foreign Trade, said. Non-oil exports reached AED 412.6 "
     "billion, re-exports AED 631.2 billion and imports AED 576.2 billion. India remained the UAE's largest "
     "trading partner at AED 138.1 billion, followed by China at AED 131.4 billion.",
     [R(f="total", r=UAE, c=NONOIL, v=1.62e12, cur="AED", d="up", pct=13.4, b=DC, src=UAEFT, **H1),
      R(f="export", r=UAE, c=NONOIL, v=412.6e9, cur="AED", src=UAEFT, **H1),
      R(f="export", r=UAE, c=DC, v=631.2e9, cur="AED", src=UAEFT, **H1),
      R(f="import", r=UAE, c=DC, v=576.2e9, cur="AED", src=UAEFT, **H1),
      R(f="total", r=UAE, p=IN, c=DC, v=138.1e9, cur="AED", src=UAEFT, **H1),
      R(f="total", r=UAE, p=CN, c=DC, v=131.4e9, cur="AED", src=UAEFT, **H1)]),

    # P24 Qatar's May (The Peninsula): merchandise exports (c DC), petroleum gases with an
    # appositive, imports, a surplus down by a percent (yoy), a destination as subject.
    ("Qatar's merchandise exports fell 6.1 percent year-on-year to QR24.6 billion in May, the National "
     "Planning Council said. Exports of petroleum gases, mainly liquefied natural gas, dropped 8.3 percent to "
     "QR14.9 billion. Imports rose 4.2 percent to QR8.7 billion, leaving a trade surplus of QR15.9 billion, "
     "down 10.9 percent from a year earlier. China was the top export destination at QR4.1 billion.",
     [R(f="export", r=QA, c=DC, v=24.6e9, cur="QAR", d="down", pct=6.1, b="yoy", src=NPC, **MAY),
      R(f="export", r=QA, c=PETGAS, v=14.9e9, cur="QAR", d="down", pct=8.3, b=DC, src=NPC, **MAY),
      R(f="import", r=QA, c=DC, v=8.7e9, cur="QAR", d="up", pct=4.2, b=DC, src=NPC, **MAY),
      R(f="balance", r=QA, c=DC, v=15.9e9, cur="QAR", bal="surplus", d="down", pct=10.9, b="yoy", src=NPC, **MAY),
      R(f=["export", "import"], r=[QA, CN], p=[QA, CN], c=DC, v=4.1e9, cur="QAR", src=NPC, **MAY)]),

    # ================================================================ Africa
    # P25 Egypt's January-May (Ahram Online): non-oil exports with their base (yoy,
    # optional), goods "led ... followed by ... at", a target (none).
    ("Egypt's non-oil exports climbed to $19.6 billion in January-May, up 12.3 percent from $17.45 billion in "
     "the same period last year, Investment and Foreign Trade Minister Hassan El-Khatib said in a statement. "
     "Building materials led exports at $4.1 billion, followed by food industries at "
     "$3.3 billion and chemicals and fertilisers at $3.0 billion. The minister said the country aims to raise "
     "non-oil exports to $145 billion annually by 2030.",
     [R(f="export", r=EG, c=NONOIL, v=19.6e9, cur="USD", d="up", pct=12.3, b="yoy", src=EGMIN, **YTD5),
      OPT(f="export", r=EG, c=NONOIL, v=17.45e9, cur="USD", **YTD5_33),
      R(f="export", r=EG, c=BUILD, v=4.1e9, cur="USD", src=EGMIN, **YTD5),
      R(f="export", r=EG, c=FOODIND, v=3.3e9, cur="USD", src=EGMIN, **YTD5),
      R(f="export", r=EG, c=CHEMFERT, v=3.0e9, cur="USD", src=EGMIN, **YTD5)]),

    # P26 Nigeria's first quarter (BusinessDay): a surplus that "rose to" (d up, pct, by and b
    # DC), total merchandise trade (c DC) against the previous quarter (a base named by its
    # period, b DC, optional), exports restated in dollars (one record and a twin), imports,
    # crude's part with a share (none), a destination with a rank.
    ("Nigeria's trade surplus rose to ₦5.3 trillion in the first quarter of 2034 as exports outpaced imports, "
     "the National Bureau of Statistics (NBS) said in its foreign trade report. Total merchandise trade stood "
     "at ₦38.9 trillion, up 14.2 percent from ₦34.06 trillion in the fourth quarter of 2033, with exports at "
     "₦22.1 trillion (about $14.6 billion) and imports at ₦16.8 trillion. Crude oil exports accounted for "
     "₦17.2 trillion, or 77.8 percent of total exports. Exports to India, the top destination, were valued at "
     "₦3.4 trillion.",
     [R(f="balance", r=NG, c=DC, v=5.3e12, cur="NGN", bal="surplus", d="up", pct=DC, by=DC, byc=DC, b=DC,
        src=NBSNG, **Q1),
      R(f="total", r=NG, c=DC, v=38.9e12, cur="NGN", d="up", pct=14.2, b=DC, src=NBSNG, **Q1),
      OPT(f="total", r=NG, c=DC, v=34.06e12, cur="NGN", **Q4_33),
      R(f="export", r=NG, c=DC, v=[22.1e12, 14.6e9], cur=["NGN", "USD"], vq=[None] + ABOUT, src=NBSNG, **Q1),
      OPT(f="export", r=NG, c=DC, v=14.6e9, cur="USD", **Q1),
      R(f="import", r=NG, c=DC, v=16.8e12, cur="NGN", src=NBSNG, **Q1),
      R(f="export", r=NG, c=CRUDE, v=17.2e12, cur="NGN", src=NBSNG, **Q1),
      R(f="export", r=NG, p=IN, c=DC, v=3.4e12, cur="NGN", src=NBSNG, **Q1)]),

    # P27 Kenya's tea (Business Daily): earnings and volumes with different changes (two
    # records), a buyer as subject with a volume, horticulture "over the same period".
    ("Kenya's tea export earnings rose 6.2 percent to KSh 79.4 billion in the first five months of the year, "
     "even as volumes fell 3.1 percent to 248.6 million kilogrammes, data from the Kenya National Bureau of "
     "Statistics shows. Pakistan remained the largest buyer, taking 92.3 million kilogrammes. Horticulture "
     "exports brought in KSh 71.8 billion over the same period.",
     [R(f="export", r=KE, c=TEA, v=79.4e9, cur="KES", vol=DC, u=DC, d="up", pct=6.2, b=DC, src=KNBS, **YTD5),
      R(f="export", r=KE, c=TEA, vol=248.6e6, u=KG, v=DC, cur=DC, d="down", pct=3.1, b=DC, src=KNBS, **YTD5),
      R(f=["export", "import"], r=[KE, PK], p=[KE, PK], c=DC, vol=92.3e6, u=KG, src=KNBS, **YTD5),
      R(f="export", r=KE, c=HORT, v=71.8e9, cur="KES", src=KNBS, **YTD5)]),

    # P28 South Africa's May (Reuters): a surplus widened from a revised April base (d up,
    # base optional), exports month-on-month, the year-to-date surplus against the same
    # period of 2033 (d up or none, base optional).
    ("South Africa's trade surplus widened to R21.7 billion in May from a revised R14.6 billion in April, the "
     "South African Revenue Service said. Exports rose 5.2% month-on-month to R191.4 billion, while imports "
     "increased 1.4% to R169.7 billion. The year-to-date trade surplus stood at R68.3 billion, compared with "
     "R41.2 billion in the same period of 2033.",
     [R(f="balance", r=ZA, v=21.7e9, cur="ZAR", bal="surplus", d="up", pct=DC, by=DC, byc=DC, b=DC, src=SARS,
        **MAY),
      OPT(f="balance", r=ZA, v=14.6e9, cur="ZAR", bal="surplus", **APR),
      R(f="export", r=ZA, v=191.4e9, cur="ZAR", d="up", pct=5.2, b="mom", src=SARS, **MAY),
      R(f="import", r=ZA, v=169.7e9, cur="ZAR", d="up", pct=1.4, b=DC, src=SARS, **MAY),
      R(f="balance", r=ZA, v=68.3e9, cur="ZAR", bal="surplus", d=["up", None], pct=DC, by=DC, byc=DC, b=DC,
        src=SARS, **YTDZA),
      OPT(f="balance", r=ZA, v=41.2e9, cur="ZAR", bal="surplus", **YTD5_33)]),

    # P29 Ghana's first half (Citi Newsroom): provisional (vq DC) surplus, gold and cocoa, a
    # reason (none), total exports (c DC) against imports (c DC).
    ("Ghana recorded a trade surplus of US$4.12 billion in the first half of 2034, provisional data from the "
     "Bank of Ghana showed, as gold earnings surged. Gold exports rose 38.6 percent to US$6.21 billion, while "
     "cocoa exports fell 21.4 percent to US$1.37 billion. Total exports reached US$10.96 billion, against "
     "imports of US$6.84 billion.",
     [R(f="balance", r=GH, c=DC, v=4.12e9, cur="USD", vq=DC, bal="surplus", src=BOG, **H1),
      R(f="export", r=GH, c=GOLD, v=6.21e9, cur="USD", vq=DC, d="up", pct=38.6, b=DC, src=BOG, **H1),
      R(f="export", r=GH, c=COCOA, v=1.37e9, cur="USD", vq=DC, d="down", pct=21.4, b=DC, src=BOG, **H1),
      R(f="export", r=GH, c=DC, v=10.96e9, cur="USD", vq=DC, src=BOG, **H1),
      R(f="import", r=GH, c=DC, v=6.84e9, cur="USD", vq=DC, src=BOG, **H1)]),

    # P30 Morocco at the end of May (Morocco World News): a deficit widened by a percent
    # (CUM5), flows, automotive and phosphates.
    ("Morocco's trade deficit widened 5% to 131.8 billion dirhams at the end of May 2034, according to the "
     "Foreign Exchange Office (Office des Changes). Exports rose 5.8% to 203.6 billion dirhams, while imports "
     "grew 5.5% to 335.4 billion dirhams. Automotive exports reached 71.2 billion dirhams, up 7.1%, and sales "
     "of phosphates and derivatives totalled 34.9 billion dirhams.",
     [R(f="balance", r=MA, v=131.8e9, cur="MAD", bal="deficit", d=DC, pct=5, b=DC, src=OC, **CUM5),
      R(f="export", r=MA, v=203.6e9, cur="MAD", d="up", pct=5.8, b=DC, src=OC, **CUM5),
      R(f="import", r=MA, v=335.4e9, cur="MAD", d="up", pct=5.5, b=DC, src=OC, **CUM5),
      R(f="export", r=MA, c=AUTO, v=71.2e9, cur="MAD", d="up", pct=7.1, b=DC, src=OC, **CUM5),
      R(f="export", r=MA, c=PHOS, v=34.9e9, cur="MAD", src=OC, **CUM5)]),

    # ================================================================ Europe
    # P31 Germany's May (Reuters): exports month-on-month, a poll (none), imports, a surplus
    # narrowing from April (d down, base optional), partners ("on the month" mom).
    ("German exports fell more than expected in May, dropping 1.4% from the previous month to €129.8 billion, "
     "the Federal Statistical Office said on Friday. Economists polled by Reuters had forecast a 0.5% decline. "
     "Imports rose 0.3% to €112.6 billion, narrowing the trade surplus to €17.2 billion from €19.4 billion in "
     "April. Exports to the United States fell 3.7% on the month to €12.1 billion, while exports to China rose "
     "1.8% to €6.9 billion.",
     [R(f="export", r=DE, v=129.8e9, cur="EUR", d="down", pct=1.4, b="mom", src=DESTATIS, **MAY),
      R(f="import", r=DE, v=112.6e9, cur="EUR", d="up", pct=0.3, b=DC, src=DESTATIS, **MAY),
      R(f="balance", r=DE, v=17.2e9, cur="EUR", bal="surplus", d="down", pct=DC, by=DC, byc=DC, b=DC,
        src=DESTATIS, **MAY),
      OPT(f="balance", r=DE, v=19.4e9, cur="EUR", bal="surplus", **APR),
      R(f="export", r=DE, p=US, v=12.1e9, cur="EUR", d="down", pct=3.7, b="mom", src=DESTATIS, **MAY),
      R(f="export", r=DE, p=CN, v=6.9e9, cur="EUR", d="up", pct=1.8, b=DC, src=DESTATIS, **MAY)]),

    # P32 Britain's May (Reuters): a goods deficit widening from April (base optional), goods
    # flows (c DC), exports to the EU "down ... at", the three months to May with a deficit
    # narrowed by an amount (c DC).
    ("Britain's goods trade deficit widened to £21.4 billion in May from £19.2 billion in April, the Office "
     "for National Statistics said on Friday. Goods exports fell 2.2% to £31.8 billion, with exports to the "
     "European Union down 4.1% at £15.1 billion, while goods imports rose 2.9% to £53.2 billion. In the three "
     "months to May, the total trade deficit, including services, narrowed by £1.3 billion to £6.7 billion.",
     [R(f="balance", r=UK, c=DC, v=21.4e9, cur="GBP", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC, src=ONS,
        **MAY),
      OPT(f="balance", r=UK, c=DC, v=19.2e9, cur="GBP", bal="deficit", **APR),
      R(f="export", r=UK, c=DC, v=31.8e9, cur="GBP", d="down", pct=2.2, b=DC, src=ONS, **MAY),
      R(f="export", r=UK, p=EU, c=DC, v=15.1e9, cur="GBP", d="down", pct=4.1, b=DC, src=ONS, **MAY),
      R(f="import", r=UK, c=DC, v=53.2e9, cur="GBP", d="up", pct=2.9, b=DC, src=ONS, **MAY),
      R(f="balance", r=UK, c=DC, v=6.7e9, cur="GBP", bal="deficit", d=DC, pct=DC, by=1.3e9, byc="GBP", b=DC,
        src=ONS, **MAM)]),

    # P33 The euro zone's May (Eurostat): a surplus with the rest of the world rising from a
    # year earlier (d up, base optional), goods flows (p WORLD), January-May.
    ("The euro zone posted a trade surplus of €14.2 billion with the rest of the world in May, up from €11.7 "
     "billion a year earlier, Eurostat said. Exports of goods rose 2.3% year-on-year to €241.6 billion, while "
     "imports rose 1.3% to €227.4 billion. For the January-May period, the surplus totalled €71.3 billion.",
     [R(f="balance", r=EZ, p=WORLD, c=DC, v=14.2e9, cur="EUR", bal="surplus", d="up", pct=DC, by=DC, byc=DC,
        b="yoy", src=EUROSTAT, **MAY),
      OPT(f="balance", r=EZ, p=WORLD, c=DC, v=11.7e9, cur="EUR", bal="surplus", **MAY33),
      R(f="export", r=EZ, p=WORLD, c=DC, v=241.6e9, cur="EUR", d="up", pct=2.3, b="yoy", src=EUROSTAT, **MAY),
      R(f="import", r=EZ, p=WORLD, c=DC, v=227.4e9, cur="EUR", d="up", pct=1.3, b=DC, src=EUROSTAT, **MAY),
      R(f="balance", r=EZ, p=WORLD, c=DC, v=71.3e9, cur="EUR", bal="surplus", src=EUROSTAT, **YTD5)]),

    # P34 France's May (AFP): a deficit narrowing from April (base optional), exports "led by"
    # aircraft (c DC), imports "broadly unchanged" (d DC), the first five months.
    ("France's trade deficit narrowed to €6.4 billion in May from €7.1 billion in April, customs figures "
     "showed on Friday, helped by a drop in energy imports. Exports rose 1.5% to €49.2 billion, led by aircraft "
     "deliveries, while imports were broadly unchanged at €55.6 billion. Over the first five months of the "
     "year, the deficit totalled €33.8 billion.",
     [R(f="balance", r=FR, v=6.4e9, cur="EUR", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC, src=FRCUS,
        **MAY),
      OPT(f="balance", r=FR, v=7.1e9, cur="EUR", bal="deficit", **APR),
      R(f="export", r=FR, c=DC, v=49.2e9, cur="EUR", d="up", pct=1.5, b=DC, src=FRCUS, **MAY),
      R(f="import", r=FR, v=55.6e9, cur="EUR", d=DC, pct=[None, 0], b=DC, src=FRCUS, **MAY),
      R(f="balance", r=FR, v=33.8e9, cur="EUR", bal="deficit", src=FRCUS, **YTD5)]),

    # P35 Italy's May (ANSA): a surplus up from a year earlier (base optional), flows, the
    # energy deficit from a base without months (optional, ps and pe DC), partners' changes.
    ("Italy's trade surplus rose to €5.6 billion in May from €4.9 billion a year earlier, national statistics "
     "bureau Istat said on Tuesday. Exports increased 2.7% year on year to €57.3 billion, while imports rose "
     "1.6% to €51.7 billion. The energy deficit shrank to €4.1 billion from €5.0 billion. Sales to the United "
     "States fell 6.8%, while those to other EU countries rose 3.9%.",
     [R(f="balance", r=IT, v=5.6e9, cur="EUR", bal="surplus", d="up", pct=DC, by=DC, byc=DC, b="yoy", src=ISTAT,
        **MAY),
      OPT(f="balance", r=IT, v=4.9e9, cur="EUR", bal="surplus", **MAY33),
      R(f="export", r=IT, v=57.3e9, cur="EUR", d="up", pct=2.7, b="yoy", src=ISTAT, **MAY),
      R(f="import", r=IT, v=51.7e9, cur="EUR", d="up", pct=1.6, b=DC, src=ISTAT, **MAY),
      R(f="balance", r=IT, c=ENERGY, v=4.1e9, cur="EUR", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC,
        src=ISTAT, **MAY),
      OPT(f="balance", r=IT, c=ENERGY, v=5.0e9, cur="EUR", bal="deficit", **NOPER),
      R(f="export", r=IT, p=US, d="down", pct=6.8, b=DC, src=ISTAT, **MAY),
      R(f="export", r=IT, p=EU, d="up", pct=3.9, b=DC, src=ISTAT, **MAY)]),

    # P36 Ireland's May (The Irish Times): goods exports (c DC), the US and the rest of the EU
    # (c DC), a reason with tariffs without a rate (none), pharma's part, imports.
    ("The value of goods exports from Ireland fell 8.4% year on year to €21.6 billion in May, according to the "
     "Central Statistics Office (CSO). Exports to the US decreased by 14.2% to €8.9 billion, as pharmaceutical "
     "companies ran down stockpiles built ahead of tariffs, while exports to the rest of the EU rose 4.4% to "
     "€7.1 billion. Medical and pharmaceutical products accounted for €13.4 billion of total exports. Imports "
     "rose 3.6% to €11.2 billion.",
     [R(f="export", r=IE, c=DC, v=21.6e9, cur="EUR", d="down", pct=8.4, b="yoy", src=CSO, **MAY),
      R(f="export", r=IE, p=US, c=DC, v=8.9e9, cur="EUR", d="down", pct=14.2, b=DC, src=CSO, **MAY),
      R(f="export", r=IE, p=EU, c=DC, v=7.1e9, cur="EUR", d="up", pct=4.4, b=DC, src=CSO, **MAY),
      R(f="export", r=IE, c=PHARMA, v=13.4e9, cur="EUR", src=CSO, **MAY),
      R(f="import", r=IE, c=DC, v=11.2e9, cur="EUR", d="up", pct=3.6, b=DC, src=CSO, **MAY)]),

    # P37 Finland's May (Yle): preliminary (vq DC) goods flows and deficit (c DC), forest
    # industry products (change only), Germany with a rank (none).
    ("Finland's goods exports fell 4.2 percent year-on-year to 6.1 billion euros in May, according to "
     "preliminary data from Finnish Customs. Imports declined 1.8 percent to 6.4 billion euros, leaving a "
     "trade deficit of 0.3 billion euros. Exports of forest industry products dropped 9.6 percent, while "
     "exports to Germany, the largest market, rose 2.3 percent to 0.82 billion euros.",
     [R(f="export", r=FI, c=DC, v=6.1e9, cur="EUR", vq=DC, d="down", pct=4.2, b="yoy", src=FICUS, **MAY),
      R(f="import", r=FI, c=DC, v=6.4e9, cur="EUR", vq=DC, d="down", pct=1.8, b=DC, src=FICUS, **MAY),
      R(f="balance", r=FI, c=DC, v=0.3e9, cur="EUR", vq=DC, bal="deficit", src=FICUS, **MAY),
      R(f="export", r=FI, c=FOREST, vq=DC, d="down", pct=9.6, b=DC, src=FICUS, **MAY),
      R(f="export", r=FI, p=DE, c=DC, v=0.82e9, cur="EUR", vq=DC, d="up", pct=2.3, b=DC, src=FICUS, **MAY)]),

    # P38 Switzerland's May (swissinfo): exports month-on-month, a reason (none), the US with
    # a tariff in force (TAR), imports, a surplus trimmed "to" (d down).
    ("Swiss exports fell 3.9% in May from the previous month to 23.9 billion francs, the Federal Office for "
     "Customs and Border Security said, as shipments of chemical and pharmaceutical products slipped. Exports "
     "to the United States dropped 11.2% to 4.1 billion francs, weighed down by the 39% U.S. tariff on most "
     "Swiss goods. Imports rose 1.7% to 20.3 billion francs, trimming the trade surplus to 3.6 billion francs.",
     [R(f="export", r=CH, v=23.9e9, cur="CHF", d="down", pct=3.9, b="mom", src=BAZG, **MAY),
      R(f="export", r=CH, p=US, v=4.1e9, cur="CHF", d="down", pct=11.2, b=DC, src=BAZG, **MAY),
      TAR(r=US, p=CH + [None], c=DC, rate=39),
      R(f="import", r=CH, v=20.3e9, cur="CHF", d="up", pct=1.7, b=DC, src=BAZG, **MAY),
      R(f="balance", r=CH, v=3.6e9, cur="CHF", bal="surplus", d="down", pct=DC, by=DC, byc=DC, b=DC, src=BAZG,
        **MAY)]),

    # P39 Romania's January-May (Agerpres): a deficit widened by a percent (yoy), flows, the
    # part to other EU member states.
    ("Romania's trade deficit widened 12.4% year-on-year to €13.1 billion in the first five months of 2034, "
     "data from the National Institute of Statistics (INS) showed. Exports rose 2.1% to €37.2 billion, while "
     "imports increased 4.6% to €50.3 billion. Exports to other EU member states accounted for €26.9 billion of "
     "the total.",
     [R(f="balance", r=RO, v=13.1e9, cur="EUR", bal="deficit", d=DC, pct=12.4, b="yoy", src=ROINS, **YTD5),
      R(f="export", r=RO, v=37.2e9, cur="EUR", d="up", pct=2.1, b=DC, src=ROINS, **YTD5),
      R(f="import", r=RO, v=50.3e9, cur="EUR", d="up", pct=4.6, b=DC, src=ROINS, **YTD5),
      R(f="export", r=RO, p=EU, c=DC, v=26.9e9, cur="EUR", src=ROINS, **YTD5)]),

    # ================================================================ The Americas
    # P40 The US May (AP): the overall deficit shrinking by a percent (c DC), flows (c DC),
    # goods deficits with China and the EU (c DC, d DC), the baseline tariff in force (TAR).
    ("The U.S. trade deficit shrank 8% in May to $68.9 billion as imports fell, the Commerce Department said. "
     "Exports rose 1.2% to $274.3 billion, while imports dropped 0.8% to $343.2 billion. The deficit in goods "
     "trade with China narrowed to $19.4 billion, while the gap with the European Union widened to $21.3 "
     "billion. The administration's 10% baseline tariff on most imports remains in place.",
     [R(f="balance", r=US, c=DC, v=68.9e9, cur="USD", bal="deficit", d=DC, pct=8, b=DC, src=USDOC, **MAY),
      R(f="export", r=US, c=DC, v=274.3e9, cur="USD", d="up", pct=1.2, b=DC, src=USDOC, **MAY),
      R(f="import", r=US, c=DC, v=343.2e9, cur="USD", d="down", pct=0.8, b=DC, src=USDOC, **MAY),
      R(f="balance", r=US, p=CN, c=DC, v=19.4e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC,
        src=USDOC, **MAY),
      R(f="balance", r=US, p=EU, c=DC, v=21.3e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC,
        src=USDOC, **MAY),
      TAR(r=US, c=DC, rate=10)]),

    # P41 Canada's May (The Canadian Press): a merchandise deficit against April's surplus
    # (base optional), flows (c DC), the US part without a value, the surplus with the US
    # narrowed (d down).
    ("Canada posted a merchandise trade deficit of C$3.1 billion in May, compared with a surplus of C$0.6 "
     "billion in April, Statistics Canada said Thursday. Exports fell 2.9 per cent to C$63.4 billion as "
     "shipments of energy products declined, while imports rose 2.8 per cent to C$66.5 billion. Exports to the "
     "United States fell 4.1 per cent, and Canada's trade surplus with the U.S. narrowed to C$7.6 billion.",
     [R(f="balance", r=CA, c=DC, v=3.1e9, cur="CAD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC,
        src=STATCAN, **MAY),
      OPT(f="balance", r=CA, c=DC, v=0.6e9, cur="CAD", bal="surplus", **APR),
      R(f="export", r=CA, c=DC, v=63.4e9, cur="CAD", d="down", pct=2.9, b=DC, src=STATCAN, **MAY),
      R(f="import", r=CA, c=DC, v=66.5e9, cur="CAD", d="up", pct=2.8, b=DC, src=STATCAN, **MAY),
      R(f="export", r=CA, p=US, c=DC, d="down", pct=4.1, b=DC, src=STATCAN, **MAY),
      R(f="balance", r=CA, p=US, c=DC, v=7.6e9, cur="CAD", bal="surplus", d="down", pct=DC, by=DC, byc=DC, b=DC,
        src=STATCAN, **MAY)]),

    # P42 Mexico's May (El Economista): a surplus, flows (yoy in a clause), oil and non-oil
    # exports, manufacturing exports with a relative clause.
    ("Mexico posted a trade surplus of $1.1 billion in May, the national statistics agency INEGI said, as "
     "exports rose 4.9% from a year earlier to $55.2 billion and imports increased 2.6% to $54.1 billion. Oil "
     "exports fell 14.8% to $1.62 billion, while non-oil exports climbed 5.6% to $53.58 billion. Manufacturing "
     "exports, which include cars and auto parts, reached $50.1 billion.",
     [R(f="balance", r=MX, v=1.1e9, cur="USD", bal="surplus", src=INEGI, **MAY),
      R(f="export", r=MX, v=55.2e9, cur="USD", d="up", pct=4.9, b="yoy", src=INEGI, **MAY),
      R(f="import", r=MX, v=54.1e9, cur="USD", d="up", pct=2.6, b=DC, src=INEGI, **MAY),
      R(f="export", r=MX, c=CRUDE, v=1.62e9, cur="USD", d="down", pct=14.8, b=DC, src=INEGI, **MAY),
      R(f="export", r=MX, c=NONOIL, v=53.58e9, cur="USD", d="up", pct=5.6, b=DC, src=INEGI, **MAY),
      R(f="export", r=MX, c=MANUF, v=50.1e9, cur="USD", src=INEGI, **MAY)]),

    # P43 Brazil's June (Valor): a surplus "down from ... a year earlier" (d down, yoy, base
    # optional), a reason (none), flows, a buyer as subject, soybean volume, the first half.
    ("Brazil posted a trade surplus of $7.4 billion in June, down from $8.9 billion a year earlier, the trade "
     "ministry said, as lower iron ore and oil prices weighed on exports. Exports fell 2.4% to $30.6 billion "
     "and imports rose 3.2% to $23.2 billion. China bought $10.2 billion of Brazilian goods in the month, while "
     "soybean shipments reached 14.6 million tonnes. In the first half, the surplus totaled $36.1 billion.",
     [R(f="balance", r=BR, v=7.4e9, cur="USD", bal="surplus", d="down", pct=DC, by=DC, byc=DC, b="yoy",
        src=BRMIN, **JUN),
      OPT(f="balance", r=BR, v=8.9e9, cur="USD", bal="surplus", **JUN33),
      R(f="export", r=BR, v=30.6e9, cur="USD", d="down", pct=2.4, b=DC, src=BRMIN, **JUN),
      R(f="import", r=BR, v=23.2e9, cur="USD", d="up", pct=3.2, b=DC, src=BRMIN, **JUN),
      R(f=["export", "import"], r=[BR, CN], p=[BR, CN], c=DC, v=10.2e9, cur="USD", src=BRMIN, **JUN),
      R(f="export", r=BR, c=SOY, vol=14.6e6, u=TON, src=BRMIN, **JUN),
      R(f="balance", r=BR, v=36.1e9, cur="USD", bal="surplus", src=BRMIN, **H1)]),

    # P44 Argentina's May (Buenos Aires Times): a surplus, a reason (none), flows, the energy
    # balance and fuel and energy exports, a destination as subject.
    ("Argentina posted a trade surplus of US$1.63 billion in May, INDEC reported on Thursday, as exports rose "
     "9.2% year-on-year to US$7.84 billion, boosted by a record soy harvest. Imports increased 4.4% to US$6.21 "
     "billion. The energy trade balance showed a surplus of US$740 million, with fuel and energy exports at "
     "US$1.12 billion. Brazil was the main destination for Argentine goods, at US$1.31 billion.",
     [R(f="balance", r=AR, v=1.63e9, cur="USD", bal="surplus", src=INDEC, **MAY),
      R(f="export", r=AR, v=7.84e9, cur="USD", d="up", pct=9.2, b="yoy", src=INDEC, **MAY),
      R(f="import", r=AR, v=6.21e9, cur="USD", d="up", pct=4.4, b=DC, src=INDEC, **MAY),
      R(f="balance", r=AR, c=ENERGY, v=740e6, cur="USD", bal="surplus", src=INDEC, **MAY),
      R(f="export", r=AR, c=FUELEN, v=1.12e9, cur="USD", src=INDEC, **MAY),
      R(f=["export", "import"], r=[AR, BR], p=[AR, BR], c=DC, v=1.31e9, cur="USD", src=INDEC, **MAY)]),

    # P45 Peru's May (Andina): exports (yoy), a reason (none), traditional exports with an
    # appositive and their parts, non-traditional exports, imports and the surplus.
    ("Peru's exports rose 8.7% year-on-year to $6.42 billion in May, the central bank said, driven by higher "
     "copper and gold prices. Traditional exports, mainly minerals, totalled $4.81 billion, with copper at $2.36 "
     "billion and gold at $1.38 billion, while non-traditional exports reached $1.61 billion. Imports rose "
     "3.9% to $4.32 billion, leaving a trade surplus of $2.10 billion.",
     [R(f="export", r=PE, v=6.42e9, cur="USD", d="up", pct=8.7, b="yoy", src=BCRP, **MAY),
      R(f="export", r=PE, c=TRAD, v=4.81e9, cur="USD", src=BCRP, **MAY),
      R(f="export", r=PE, c=COPPER, v=2.36e9, cur="USD", src=BCRP, **MAY),
      R(f="export", r=PE, c=GOLD, v=1.38e9, cur="USD", src=BCRP, **MAY),
      R(f="export", r=PE, c=NONTRAD, v=1.61e9, cur="USD", src=BCRP, **MAY),
      R(f="import", r=PE, v=4.32e9, cur="USD", d="up", pct=3.9, b=DC, src=BCRP, **MAY),
      R(f="balance", r=PE, v=2.10e9, cur="USD", bal="surplus", src=BCRP, **MAY)]),

    # P46 Ecuador's January-May (Primicias): non-oil exports, the top products ("followed by
    # ... at"), oil exports, the surplus.
    ("Ecuador's non-oil exports rose 11.2% to $9.84 billion in the first five months of 2034, the Central Bank "
     "of Ecuador said. Shrimp remained the top non-oil product at $3.01 billion, followed by bananas at $1.74 "
     "billion. Oil exports fell 7.6% to $3.62 billion, and the country recorded a trade surplus of $2.38 "
     "billion.",
     [R(f="export", r=EC, c=NONOIL, v=9.84e9, cur="USD", d="up", pct=11.2, b=DC, src=BCE, **YTD5),
      R(f="export", r=EC, c=SHRIMP, v=3.01e9, cur="USD", src=BCE, **YTD5),
      R(f="export", r=EC, c=BANANAS, v=1.74e9, cur="USD", src=BCE, **YTD5),
      R(f="export", r=EC, c=CRUDE, v=3.62e9, cur="USD", d="down", pct=7.6, b=DC, src=BCE, **YTD5),
      R(f="balance", r=EC, v=2.38e9, cur="USD", bal="surplus", src=BCE, **YTD5)]),

    # ================================================================ Oceania and Central Asia
    # P47 Australia's May (AFR): a surplus narrowing from April (base optional), goods and
    # services flows (c DC), metal ores (change only), coal down by an amount (no value).
    ("Australia's trade surplus narrowed to A$5.1 billion in May from A$6.4 billion in April, the Australian "
     "Bureau of Statistics said on Thursday, as exports of goods and services fell 2.2% to A$44.9 billion. "
     "Imports rose 0.7% to A$39.8 billion. Metal ores and minerals exports slid 4.8% on weaker iron ore "
     "shipments, while exports of coal fell A$412 million.",
     [R(f="balance", r=AU, c=DC, v=5.1e9, cur="AUD", bal="surplus", d="down", pct=DC, by=DC, byc=DC, b=DC,
        src=ABS, **MAY),
      OPT(f="balance", r=AU, c=DC, v=6.4e9, cur="AUD", bal="surplus", **APR),
      R(f="export", r=AU, c=DC, v=44.9e9, cur="AUD", d="down", pct=2.2, b=DC, src=ABS, **MAY),
      R(f="import", r=AU, c=DC, v=39.8e9, cur="AUD", d="up", pct=0.7, b=DC, src=ABS, **MAY),
      R(f="export", r=AU, c=METAL, d="down", pct=4.8, b=DC, src=ABS, **MAY),
      R(f="export", r=AU, c=COAL, d="down", pct=DC, by=412e6, byc="AUD", b=DC, src=ABS, **MAY)]),

    # P48 New Zealand (RNZ): the annual goods deficit narrowing from a year earlier (base
    # optional), annual flows ("led by" dairy: c DC; "little changed at"), May alone, China's
    # change as an amount.
    ("New Zealand's annual trade deficit in goods narrowed to NZ$3.9 billion in the year ended May 2034, "
     "from NZ$8.2 billion a year earlier, Stats NZ said on Monday. Annual exports rose 5.8% to NZ$75.6 "
     "billion, led by dairy, while imports were little changed at NZ$79.5 billion. In May alone, goods exports were NZ$7.12 "
     "billion and imports NZ$6.04 billion, giving a monthly surplus of NZ$1.08 billion. Exports to China rose "
     "NZ$186 million in the month.",
     [R(f="balance", r=NZ, c=DC, v=3.9e9, cur="NZD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b="yoy",
        src=STATSNZ, **R12MAY),
      OPT(f="balance", r=NZ, c=DC, v=8.2e9, cur="NZD", bal="deficit", **R12MAY33),
      R(f="export", r=NZ, c=DC, v=75.6e9, cur="NZD", d="up", pct=5.8, b=DC, src=STATSNZ, **R12MAY),
      R(f="import", r=NZ, c=DC, v=79.5e9, cur="NZD", d=DC, pct=[None, 0], b=DC, src=STATSNZ, **R12MAY),
      R(f="export", r=NZ, c=DC, v=7.12e9, cur="NZD", src=STATSNZ, **MAY),
      R(f="import", r=NZ, c=DC, v=6.04e9, cur="NZD", src=STATSNZ, **MAY),
      R(f="balance", r=NZ, c=DC, v=1.08e9, cur="NZD", bal="surplus", src=STATSNZ, **MAY),
      R(f="export", r=NZ, p=CN, c=DC, d="up", pct=DC, by=186e6, byc="NZD", b=DC, src=STATSNZ, **MAY)]),

    # P49 Uzbekistan's first half (Kun.uz): turnover (yoy), exports with gold's part,
    # imports, partners after the turnover (flow total).
    ("Uzbekistan's foreign trade turnover reached $33.8 billion in January-June 2034, up 11.6% from the same "
     "period last year, the Statistics Agency reported. Exports amounted to $15.2 billion, including gold worth "
     "$4.9 billion, while imports totalled $18.6 billion. China remained the largest trading partner with $6.9 "
     "billion, followed by Russia with $5.8 billion.",
     [R(f="total", r=UZ, v=33.8e9, cur="USD", d="up", pct=11.6, b="yoy", src=UZSTAT, **H1),
      R(f="export", r=UZ, v=15.2e9, cur="USD", src=UZSTAT, **H1),
      R(f="export", r=UZ, c=GOLD, v=4.9e9, cur="USD", src=UZSTAT, **H1),
      R(f="import", r=UZ, v=18.6e9, cur="USD", src=UZSTAT, **H1),
      R(f="total", r=UZ, p=CN, v=6.9e9, cur="USD", src=UZSTAT, **H1),
      R(f="total", r=UZ, p=RU, v=5.8e9, cur="USD", src=UZSTAT, **H1)]),

    # ================================================================ Bilateral and commodity copy
    # P50 Vietnam-China trade from Vietnam's customs (VnExpress): the total (Vietnam's), its
    # flows ("its northern neighbour" China), the bilateral deficit.
    ("Trade between Vietnam and China reached $98.6 billion in the first half of the year, up 14.3% "
     "year-on-year, according to Vietnam's customs. Vietnam's imports from China rose 17.9% to $66.2 billion, "
     "while exports to its northern neighbour increased 7.5% to $32.4 billion, leaving a deficit of $33.8 "
     "billion.",
     [R(f="total", r=VN, p=CN, v=98.6e9, cur="USD", d="up", pct=14.3, b="yoy", src=VNCUS, **H1),
      R(f="import", r=VN, p=CN, v=66.2e9, cur="USD", d="up", pct=17.9, b=DC, src=VNCUS, **H1),
      R(f="export", r=VN, p=CN, v=32.4e9, cur="USD", d="up", pct=7.5, b=DC, src=VNCUS, **H1),
      R(f="balance", r=VN, p=CN, v=33.8e9, cur="USD", bal="deficit", src=VNCUS, **H1)]),

    # P51 Brazil's coffee (Reuters): volume in bags and revenue with different changes (two
    # records), buyers without amounts (none).
    ("Brazil's green coffee exports fell 18.4% in June from a year earlier to 2.86 million 60-kg bags, "
     "exporters group Cecafé said on Wednesday, but revenue rose 9.3% to $1.14 billion on higher prices. "
     "Germany and the United States were the largest buyers.",
     [R(f="export", r=BR, c=COFFEE, vol=2.86e6, u=BAG, v=DC, cur=DC, d="down", pct=18.4, b="yoy", src=CECAFE,
        **JUN),
      R(f="export", r=BR, c=COFFEE, v=1.14e9, cur="USD", vol=DC, u=DC, d="up", pct=9.3, b=DC, src=CECAFE, **JUN)]),

    # P52 Malaysia's palm oil, July 1-15 (Reuters): two cargo surveyors (two records), a base
    # named by its period without an amount (b DC, no record).
    ("Shipments of Malaysian palm oil products during July 1-15 climbed 9.8% from the same period in June to "
     "684,210 tonnes, cargo surveyor Intertek Testing Services said on Saturday. AmSpec Agri Malaysia put "
     "exports over the period at 671,905 tonnes, up 7.4%.",
     [R(f="export", r=MY, c=PALM, vol=684210, u=TON, d="up", pct=9.8, b=DC, src=ITS, **JUL15),
      R(f="export", r=MY, c=PALM, vol=671905, u=TON, d="up", pct=7.4, b=DC, src=AMSPEC, **JUL15)]),

    # P53 Ukraine's grain season to date (Reuters): the total (yoy), wheat and barley as parts
    # ("accounted for").
    ("Ukraine has exported 1.12 million tonnes of grain so far in the 2034/35 July-June season, up 30% from a "
     "year earlier, agriculture ministry data showed on Friday. Wheat shipments accounted for 0.71 million "
     "tonnes and barley for 0.29 million tonnes.",
     [R(f="export", r=UA, c=GRAIN, vol=1.12e6, u=TON, d="up", pct=30, b="yoy", src=UAMIN, **UASEAS),
      R(f="export", r=UA, c=WHEAT, vol=0.71e6, u=TON, src=UAMIN, **UASEAS),
      R(f="export", r=UA, c=BARLEY, vol=0.29e6, u=TON, src=UAMIN, **UASEAS)]),

    # ================================================================ single sentences
    # P54 Cambodia's first half (Khmer Times).
    ("Cambodia's exports rose 12.8% year-on-year to $14.2 billion in the first half of 2034, the General "
     "Department of Customs and Excise said on Tuesday.",
     [R(f="export", r=KH, v=14.2e9, cur="USD", d="up", pct=12.8, b="yoy", src=KHCUS, **H1)]),

    # P55 Sri Lanka's May (Daily FT): merchandise export earnings (c DC).
    ("Sri Lanka's merchandise export earnings rose 6.3% year-on-year to $1.12 billion in May, the Export "
     "Development Board said.",
     [R(f="export", r=LK, c=DC, v=1.12e9, cur="USD", d="up", pct=6.3, b="yoy", src=SLEDB, **MAY)]),
]

NEG = [
    # N01 remittances (the Philippines).
    "Cash remittances from overseas Filipinos coursed through banks rose 3.4 percent to US$2.91 billion in May, "
    "the Bangko Sentral ng Pilipinas said, bringing the January-May total to US$14.62 billion.",
    # N02 foreign exchange reserves with import cover (Pakistan).
    "The State Bank of Pakistan's foreign exchange reserves rose $212 million to $14.86 billion in the week "
    "ended July 7, enough to cover about 2.8 months of imports, the central bank said on Thursday.",
    # N03 an exporters' federation's target and a loan scheme (India).
    "The Federation of Indian Export Organisations said exporters were on track to reach $1 trillion in goods "
    "and services exports by 2030, and urged the government to extend an interest subsidy scheme that covers "
    "export loans worth about ₹2.5 lakh crore.",
    # N04 customs revenue (Nigeria).
    "The Nigeria Customs Service collected ₦3.21 trillion in revenue in the first half of 2034, up 18.4 "
    "percent from ₦2.71 trillion a year earlier, its spokesman said, citing higher import duty collections at "
    "the Apapa and Tin Can ports.",
    # N05 inflation with fuel import costs and the shilling (Kenya).
    "Kenya's inflation eased to 4.1 percent in June from 4.6 percent in May, the Kenya National Bureau of "
    "Statistics said, as lower fuel import costs and a stable shilling, at 129.3 to the dollar, kept prices in "
    "check.",
    # N06 a PMI's new export orders (Vietnam).
    "The S&P Global Vietnam manufacturing PMI rose to 51.8 in June from 50.4 in May, as new export orders "
    "increased for the third month in a row and factories added staff.",
    # N07 a current account (South Korea).
    "South Korea's current account surplus widened to $9.42 billion in May from $7.16 billion in April, the "
    "Bank of Korea said, marking the 25th straight month of surplus as chip exports stayed strong.",
    # N08 one company's profit and revenue (South Korea).
    "Samsung Electronics estimated its second-quarter operating profit at 12.4 trillion won, up 38% from a "
    "year earlier, on revenue of 84 trillion won, as prices of memory chips used in AI servers climbed.",
    # N09 port throughput (Singapore).
    "Singapore's port handled 22.1 million twenty-foot equivalent units of containers in the first half of "
    "2034, up 4.8 percent from a year earlier, the Maritime and Port Authority said.",
    # N10 tourism earnings (Sri Lanka).
    "Sri Lanka earned $312 million from tourism in June, up 21% year on year, the central bank said, as "
    "tourist arrivals rose to 154,000.",
    # N11 FDI (Vietnam).
    "Foreign investors disbursed $12.4 billion in Vietnam in the first half of 2034, up 8.1% from a year "
    "earlier, the Ministry of Finance said, with manufacturing, much of it export-oriented electronics, "
    "attracting most of the new commitments.",
    # N12 GDP and crude production (Nigeria).
    "Nigeria's economy grew 3.9% year-on-year in the first quarter of 2034, the National Bureau of Statistics "
    "said, with the oil sector expanding 5.2% as crude production rose to 1.71 million barrels per day.",
    # N13 car production and domestic sales (Turkey).
    "Turkish automotive production fell 4.2% to 612,400 vehicles in the first half of 2034, the Automotive "
    "Manufacturers Association (OSD) said, while domestic sales rose 6.1% to 498,000 units.",
    # N14 a container freight index.
    "Drewry's World Container Index rose 6.3% to $2,412 per 40-foot container on Thursday, with spot rates "
    "from Shanghai to Rotterdam up 9% at $2,860 as importers rushed to ship goods ahead of the peak season.",
    # N15 a crude price and OPEC output.
    "Brent crude futures settled at $78.42 a barrel on Friday, up 1.9% on the week, after a Reuters survey "
    "showed OPEC's oil output fell by 140,000 barrels per day in June to 27.1 million bpd.",
    # N16 a coffee crop forecast (Brazil).
    "Brazil's 2034 coffee crop is forecast at 58.7 million 60-kg bags, up 4.3% from last year, crop agency "
    "Conab said, with arabica output seen at 40.1 million bags.",
    # N17 canal revenue (Egypt).
    "Suez Canal revenue rose 14.6% to $3.12 billion in the fiscal year that ended June 30, the canal "
    "authority's chairman said, as more container ships returned to the route.",
    # N18 an export expectations index (Germany).
    "The Ifo institute's export expectations index fell to -4.8 points in June from -2.1 points in May, with "
    "carmakers and machinery makers the most pessimistic about foreign sales.",
    # N19 a trade deal's estimated gains (the UK).
    "The Department for Business and Trade estimates that the agreement with the Gulf Cooperation Council will "
    "increase bilateral trade by £8.6 billion a year in the long run, adding £1.6 billion to UK GDP.",
    # N20 a cocoa farmgate price (Ghana).
    "Ghana raised the farmgate price of cocoa by 12% to 58,000 cedis per tonne for the 2034/35 season, the "
    "Ghana Cocoa Board said, as it sought to curb smuggling to neighbouring Côte d'Ivoire.",
]
