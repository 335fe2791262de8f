from slots import DC, R, M, Y, PR

# The twenty-sixth set: every text is the only body paragraph (after an unrelated opening
# one) of a page published on 2035-05-16 (a Wednesday), in the season of FIRST-QUARTER
# RESULTS and of the fiscal years that end in March. May is a month no earlier set was
# published in. So "April", "in April" and "in April alone" are April 2035 (the latest month
# of China, India, Pakistan, Bangladesh, Sri Lanka, Indonesia, Israel, Norway's seafood,
# Uganda's and Colombia's coffee); "March", "in March" and "In March alone" are March 2035
# (the latest month of Qatar, Kenya, Peru, Colombia, Argentina, Poland, Czechia, Romania,
# Hungary, Ireland, Sweden, Denmark and Japan) and, as the base of an April figure ("from $2.5
# billion in March", "from US$4.83 billion in March", "from March"), March 2035; "February" as
# the base of a March figure ("from KSh 139.5 billion in February", "from 1.12 billion euros
# in February") is February 2035. Quarters: "the first quarter of 2035", "the first quarter"
# and Ireland's "the three months to March" ("in the period" after it) are January-March
# 2035; "a year earlier" after a first-quarter balance is January-March 2034 (the optional
# bases of Kazakhstan and Ghana). Spans: "the first four months of 2035", "January-April
# 2035", "January-April", "the first four months of the year" and "Over the first four
# months" are January-April 2035 (Tunisia's base "a year earlier" January-April 2034).
# Fiscal and season periods, all with their months named or fixed by the economy's fiscal
# year: India's "the whole of 2034-35", Japan's "fiscal 2034 through March" and Tanzania's
# rolling "the year ending March 2035" are April 2034 - March 2035 (India's "the first month
# of the 2035-36 fiscal year" is an appositive of April); Japan's "the October-March second
# half" and Ivory Coast's "the first half (October-March) of the 2034/35 season" are October
# 2034 - March 2035; Egypt's "the first half of fiscal year 2034/35 (July-December)" is
# July-December 2034 (a FISCAL-YEAR HALF); Pakistan's "July-April of fiscal year 2034-35" and
# Bangladesh's "the July-April period of fiscal year 2034-35" are July 2034 - April 2035;
# Ethiopia's "the first nine months (July-March) of the 2034/35 fiscal year" is July 2034 -
# March 2035. Bases: "year-on-year", "year on year", "a year earlier", "from a year earlier",
# "from the same period last year", "from the same period a year earlier" and "On an annual
# basis" state yoy; "month-on-month" states mom; "from ... in March", "from March" and "from
# ... in February" name the base by its period (b DC). Dates and years that are no period
# of any figure: weekdays ("on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on
# Friday", "Friday") as release days; "the 16th consecutive monthly surplus" and "the fourth
# straight year in the red" in runs; "a surge a year earlier" in a reason. In near misses
# "April", "the first quarter of 2035", "the first half of fiscal year 2034/35", "the 2034/35
# season", "in March", "week 19", "this week", "2035/36", "at the end of April", "January-April
# 2035" and "from 2037" belong to remittances, a current account, FDI, an export forecast, a
# metal price, a salmon price index, a tea auction, a production and export forecast,
# reserves, mining output, a budget deficit and customs receipts, GDP and oil output, a
# supply deal and a world cocoa surplus forecast.
#
# Conventions: every convention stated in the twenty-fifth set's header
# (twentyfifth/cases.py, which carries those of the twenty-fourth, and through it those of
# the ninth to twenty-third sets) is kept unchanged and is not repeated in full here. In
# short: values are positive amounts in the original currency (deficits bal="deficit",
# surpluses bal="surplus"); b is "yoy"/"mom" only when the text states the comparison, DC
# when it is implied or the base is named by its period, null when there is no change; a
# change in a later sentence or clause that does not restate its comparison has b DC; a
# narrowing, widening or shrinking deficit has d DC, a surplus that rises, widens or grows
# is "up" and one that falls, shrinks or narrows is "down"; later sentences and clauses
# inherit reporter, period and source; comparison bases are optional records (OPT); a
# change of a whole economy's, a partner's or a good's trade given only as a percent is a
# record with a null value; "goods", "merchandise", "goods and services", "total", "overall"
# and "national" flows and the whole-economy flows that go with such a headline have c DC;
# plain "exports"/"imports" of a whole economy c null; "foreign trade turnover" is flow total
# (c null); named goods, "non-oil" and "services" are commodities; reasons name no
# commodity; appositives change nothing; "provisional", "estimated" and first-estimate
# values vq DC; "were little changed at" d DC, pct null or 0; parts with an amount are
# records, shares, runs and rankings none; a buyer or supplier that is the grammatical
# subject may be written as the seller's export or the buyer's import (f, r and p either
# way, c DC); a value and a volume of one flow with DIFFERENT changes, or a volume with a
# change and the revenue without one, are two records (the other measure DC); a value
# restated in another currency is one record accepting either form plus an optional twin;
# "trade with X" is flow total; a tariff in force named as context or as a reason is a
# required record (TAR); forecasts, polls, targets, stocks, prices, exchange rates,
# reserves, current accounts, tourism receipts, remittances, GDP, FDI, revenue collection,
# output, PMIs, port cargo, freight rates, canal transits, crop forecasts and one company's
# sales are never trade figures.
#
# New in this (twenty-sixth) set, which like the twenty-first to twenty-fifth stresses
# ORDINARY, MAINSTREAM TRADE NEWS written as whole paragraphs of 2-4 sentences the way wire
# services and newspapers run them, but from outlets and economies the earlier sets used
# little or not at all (Montsame, Kazinform, Kun.uz, Report.az, EconomyNext, Daily FT, Khmer
# Times, VnExpress, PTI, Business Recorder, The Daily Star, Globes, The Peninsula, Times of
# Oman, BNA, Ahram Online, TAP, Daily Sabah, Business Daily, Daily Nation, Addis Standard,
# Citi Newsroom, The Citizen, Daily Monitor, APS, Mmegi, Andina, Portafolio, Primicias,
# Buenos Aires Times, ABC Color, La Nación (Costa Rica), Prensa Libre, El Economista, NRK,
# Notes from Poland, CTK, Agerpres, Portfolio, The Irish Times, Lusa, SeeNews, Kyodo,
# Xinhua, Antara, Vientiane Times, Reuters): Mongolia, Kazakhstan, Uzbekistan, Azerbaijan,
# Georgia, Laos, Sri Lanka, Cambodia, Bahrain, Tunisia, Qatar, Oman, Egypt, Israel, Kenya,
# Ethiopia, Ghana, Ivory Coast, Zambia, Tanzania, Uganda, Senegal, Botswana, Peru, Colombia,
# Ecuador, Argentina, Paraguay, Costa Rica, Guatemala, Norway, Poland, Czechia, Romania,
# Hungary, Ireland, Sweden, Denmark, Portugal and Serbia, with a few big economies from
# other angles (China's gas imports and its trade with Africa, India, Pakistan, Bangladesh,
# Japan's fiscal year, Indonesia's month-on-month swing, Vietnam's cashew, Türkiye's
# hazelnuts, Mexico's avocados). No convention is new; the readings of this set's forms that
# the earlier conventions give are:
# - Quarters and fiscal periods as listed above: first-quarter figures next to March
#   figures (Argentina, Romania, Ireland), a fiscal-year half (Egypt), a fiscal year ending
#   in March with its second half and its last month (Japan), a rolling year ending in March
#   (Tanzania), India's April next to its whole 2034-35, July-April (Pakistan, Bangladesh),
#   July-March (Ethiopia), a cocoa season's October-March half (Ivory Coast).
# - Month-on-month and year-on-year in one paragraph: Pakistan's exports "rose 8.2 percent
#   year-on-year to $2.84 billion ... though they fell 6.3 percent month-on-month" and
#   Indonesia's "exports fell 9.8 percent month-on-month to US$20.46 billion ... On an annual
#   basis, exports were up 3.4 percent, while imports climbed 7.9 percent" (the change with
#   the value is one record; the other change of the same flow, given without a value, is a
#   second record with v null, its own b: mom or yoy as stated, DC for "while imports
#   climbed" in a clause that does not restate it); Israel's goods exports "fell 5.6%
#   month-on-month"; Kenya's imports "rose 9.7 percent month-on-month" next to a deficit from
#   February; Hungary's surplus from February next to exports "year-on-year".
# - Balances: "narrowing the trade surplus to $5.9 billion from $7.6 billion a year earlier"
#   and "narrowed to 18.4 billion crowns in March from 25.2 billion crowns a year earlier" (d
#   down, pct, by DC, b yoy, base optional); "The trade deficit widened to USD 24.5 billion
#   from USD 21.8 billion a year earlier" and "widened to 4.86 billion dinars ... from 4.24
#   billion dinars a year earlier" (d DC, b yoy, base optional); "widened to $3.1 billion in
#   April from $2.5 billion in March", "widened to KSh 162.3 billion in March from KSh 139.5
#   billion in February" (d DC, b DC, base optional); "shrank to US$2.31 billion in April
#   from US$4.83 billion in March" (d down, b DC, base optional); "rose to ... from ... a year
#   earlier" (Ghana, Sweden: d up, b yoy, base optional), "rose to 1.47 billion euros in
#   March from 1.12 billion euros in February" (d up, b DC); "up 18.2% from a year earlier"
#   of a surplus (d up, pct 18.2, b yoy); "narrowed 10.4 percent to", "widened 18.8% to",
#   "widened 15.5% to" of a deficit (d DC, pct, b DC); "widening the monthly trade deficit
#   to", "narrowing the monthly trade deficit to" (d, pct, by and b DC); "widening the trade
#   deficit by 0.6 billion euros to 6.5 billion euros" (by 0.6 x 10^9 EUR, d and pct DC); a
#   deficit "compared with a surplus of 1.6 billion zlotys a year earlier" (d, pct and by DC,
#   b yoy, the surplus an optional base); Bahrain's "non-oil trade deficit" (c non-oil).
#   Every balance equals its exports minus its imports where both are given.
# - Local currencies with US-dollar equivalents (one record accepting either amount and
#   currency, vq null or about, plus an optional twin): Kazakhstan's "$17.2 billion (about
#   8.9 trillion tenge)", Sri Lanka's tea "87.6 billion rupees ($293 million)", Ethiopia's
#   "429.3 billion birr ($3.12 billion)", Ivory Coast's cashew "about 298 billion CFA francs
#   ($496 million)", Zambia's copper "51.3 billion kwacha ($1.93 billion)".
# - Volumes and values: Vietnam's cashew "rose 9.7% in volume to 214,000 tonnes ... and
#   18.3% in value to $1.46 billion", Sri Lanka's tea, Norway's salmon ("rose 12% in volume
#   to 91,400 tonnes, but their value fell 4% to"), Türkiye's hazelnuts, Uganda's coffee (60-kg
#   bags, u bag), Zambia's copper (different changes: two records); Ivory Coast's cashew
#   (a volume with a change, its worth in the next sentence without one) and Cambodia's rice
#   ("earning $198.6 million") (two records); volumes alone: China's LNG, pipeline gas and
#   natural gas, Egypt's LNG (a ship-tracking firm, Kpler, as source), Paraguay's soybeans,
#   Mexico's avocados to the US, Ivory Coast's cocoa beans and processed cocoa, Colombia's
#   coffee exports in bags (production beside them is none), Zambia's copper cathodes (a
#   part); buyers as subjects with volumes (Iraq for Sri Lankan tea, Argentina for
#   Paraguayan soybeans, China for Cambodian rice: either way).
# - Goods: coal and copper concentrate (Mongolia), crude oil and gas condensate
#   (Kazakhstan), gold (Uzbekistan, Ethiopia, Ghana, Tanzania), apparel and textiles and tea
#   (Sri Lanka), garments, footwear and travel goods (GFT), cashew (raw cashew nuts, cashew
#   kernels, cashew nut exports), LNG and pipeline gas, electronics, readymade garments, jute
#   and jute goods, "liquefied natural gas and other gaseous hydrocarbons" (Qatar),
#   fertilisers (Oman), petroleum product imports (Egypt), olive oil ("driven by olive oil
#   sales of": a part), aluminium and re-exports (c DC) (Bahrain), hazelnuts, cut flowers,
#   avocados, coffee, oilseeds, cocoa and cocoa beans, processed cocoa, copper and copper
#   cathodes, oil and gas (Senegal), shrimp and bananas ("led by shrimp at ... and bananas
#   at": parts), medical devices ("led by medical devices at": a part), pineapples,
#   cardamom, soybeans, seafood and salmon, vehicles (Czechia), electricity (Laos), diamonds
#   (Botswana). "Overall exports" (Cambodia) c DC.
# - Partners: the US (Sri Lanka, Israel, Ireland, Mexico's avocados), China as a supplier
#   (Uzbekistan, "the largest supplier" an appositive), Germany (Poland), Africa and "the
#   continent" (China's flows, p Africa), buyers as subjects with amounts (the US and China
#   for Vietnamese cashew, China for Qatari exports: either way); markets without amounts
#   (the Netherlands for Kenyan flowers, Poland for Norwegian salmon, Germany and Italy for
#   hazelnuts, Vietnam and India for cashew, the US for Egypt's LNG cargoes) make no record.
# - Shares that are no records: "The GFT sector made up 42.8 percent of total exports",
#   "Medical devices now account for 44.3% of the country's goods exports", "Italy was the
#   top destination, taking 24.8% of the total", "Trade with the European Union accounted
#   for 58.6% of the total", "Oil and gas accounted for 88.6% of exports".
# - Currencies: as in the twenty-fifth set, plus "tenge" KZT, "rupees" in a Sri Lankan text
#   LKR, "BD" BHD, "dinars" in a Tunisian text TND, "birr" ETB, "CFA francs" XOF (Ivory
#   Coast, Senegal), "kwacha" ZMW, "zlotys" PLN, "crowns" in a Czech text CZK, in a Swedish
#   text SEK and in a Danish text DKK, "kroner" NOK, "pula" BWP, "euros" EUR (Romania,
#   Hungary, Portugal, Serbia), "€" EUR (Ireland), "QR" QAR, "RO" OMR, "KSh" KES, "yuan" CNY,
#   "yen" JPY, "US$", "USD" and "$" USD.
# - Sources: Mongolia's National Statistics Office, Kazakhstan's Bureau of National
#   Statistics, Uzbekistan's Statistics Agency, Sri Lanka's Export Development Board and Tea
#   Board, Cambodia's General Department of Customs and Excise and the Cambodia Rice
#   Federation, Vietnam's customs, China's GAC, India's commerce ministry, the PBS, the EPB,
#   Israel's CBS, Qatar's National Planning Council, Oman's NCSI, Egypt's CAPMAS, Tunisia's
#   INS, Bahrain's Information & eGovernment Authority (iGA), Kpler, the Black Sea Hazelnut
#   and Products Exporters' Association, KNBS, Ethiopia's Ministry of Trade and Regional
#   Integration, the Bank of Ghana, the Cotton and Cashew Council, Ivorian customs, the
#   Zambia Statistics Agency, the Bank of Tanzania, Uganda's agriculture ministry, Senegal's
#   ANSD, Peru's central bank, DANE, the National Coffee Growers Federation, the Central Bank
#   of Ecuador, INDEC, CAPECO, PROCOMER, the Bank of Guatemala, APEAM, the Norwegian Seafood
#   Council, Statistics Poland (GUS), the Czech Statistical Office, Romania's INS, the
#   Hungarian Central Statistical Office (KSH), Ireland's CSO, Statistics Sweden, Statistics
#   Portugal (INE), the Statistical Office of the Republic of Serbia, Azerbaijan's State
#   Customs Committee, Japan's Finance Ministry, Statistics Indonesia (BPS), Laos' Ministry of
#   Industry and Commerce, Geostat, Statistics Botswana and Statistics Denmark.
# - Tariffs in force named as context (required records, period, change and source DC):
#   "despite the 20 percent U.S. tariff on most Sri Lankan goods" (reporter the US, partner
#   Sri Lanka or null, c DC).
# - Non-trade numbers inside positive texts (no record): shares of exports, runs ("the 16th
#   consecutive monthly surplus", "the fourth straight year in the red"), coffee production.
# - Near misses of this set (no record): remittances, a current account with vehicle
#   imports, FDI, a cocoa export forecast for a season, a copper price, a salmon price index,
#   tea auction prices and volumes offered, a production and export forecast for coffee,
#   foreign exchange reserves with import cover, copper mining output, a budget deficit that
#   narrows with customs duties and VAT on imports, GDP with oil output "shipped abroad", a
#   long-term LNG supply deal and a world cocoa surplus forecast.

# The names of economies, sources, units and qualifiers and the record helpers (OPT, TAR,
# YTD, Q, H, FYJJ, CUM) mean the same as in the tenth to twenty-fifth sets; they are written
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

# Added in the twenty-fifth set, in the same style.
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

# Added in this (twenty-sixth) set, in the same style.
MN = "Mongolia"
KZ = "Kazakhstan"
LA = ["Laos", "Lao PDR", "Lao"]
IQ = "Iraq"
BH = "Bahrain"
TN = "Tunisia"
ET = "Ethiopia"
CI = ["Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire"]
ZM = "Zambia"
TZ = "Tanzania"
UG = "Uganda"
SN = "Senegal"
BW = "Botswana"
CO = "Colombia"
CR = "Costa Rica"
GT = "Guatemala"
PY = "Paraguay"
PL = "Poland"
CZ = ["Czech Republic", "Czechia", "Czech"]
HU = "Hungary"
SE = ["Sweden", "Swedish"]
DK = ["Denmark", "Danish"]
PT = "Portugal"
RS = "Serbia"
GE = "Georgia"
AZ = "Azerbaijan"
AFRICA = ["Africa", "African", "continent"]
# Goods.
COALX = ["coal", "coking coal"]
CUCONC = ["copper concentrate", "copper concentrates", "copper"]
CRUDECOND = ["crude oil and gas condensate", "crude oil", "crude", "oil", "gas condensate", "condensate"]
APPAREL = ["apparel and textiles", "apparel", "textiles", "garments", "clothing"]
GFT = ["garments, footwear and travel goods", "garments, footwear and travel goods (GFT)", "GFT", "garments",
       "garment"]
CASHEW = ["raw cashew nuts", "cashew nuts", "cashew nut", "cashews", "cashew", "cashew kernels"]
LNG = ["liquefied natural gas", "LNG", "liquefied natural gas (LNG)"]
PIPEGAS = ["pipeline gas", "pipeline natural gas", "natural gas", "gas"]
NATGAS = ["natural gas", "gas"]
READYMADE = GARMENTS + ["readymade garments", "readymade garment"]
JUTE = ["jute and jute goods", "jute", "jute goods"]
QALNG = ["liquefied natural gas and other gaseous hydrocarbons", "liquefied natural gas", "LNG",
         "gaseous hydrocarbons", "natural gas", "gas", "petroleum gases"]
FERT = ["fertilisers", "fertilizers", "fertiliser", "fertilizer"]
PETPROD = ["petroleum products", "petroleum product", "petroleum", "oil products"]
OLIVE = ["olive oil", "olive"]
FLOWERS = ["cut flowers", "cut flower", "flowers", "flower", "floriculture"]
AVOCADO = ["avocados", "avocado"]
OILSEEDS = ["oilseeds", "oilseed", "oil seeds"]
CATHODES = ["copper cathodes", "copper cathode", "cathodes", "cathode", "copper"]
SEAFOOD = ["seafood", "fish and seafood"]
SALMON = "salmon"
MEDDEV = ["medical devices", "medical device", "medical equipment"]
PINEAPPLE = ["pineapples", "pineapple"]
CARDAMOM = "cardamom"
ALU = ["aluminium", "aluminum"]
DIAMONDS = ["diamonds", "diamond"]
ELECX = ["electronics", "electronic", "electronics goods", "electronic goods"]
HAZELNUT = ["hazelnuts", "hazelnut"]
COCOABEANS = ["cocoa beans", "cocoa bean", "cocoa"]
PROCCOCOA = ["processed cocoa", "processed cocoa products", "cocoa products", "cocoa"]
ELECTRICITY = ["electricity", "power", "electric power"]
OILGASSN = ["oil and gas", "crude oil and natural gas", "oil", "gas", "crude oil", "hydrocarbons"]
# Sources.
NSOMN = ["National Statistics Office", "NSO", "National Statistics Office of Mongolia", "NSO of Mongolia"]
BNSKZ = ["Bureau of National Statistics", "National Statistics Bureau", "statistics bureau"]
SLTB = ["Sri Lanka Tea Board", "Tea Board"]
CAPMAS = ["Central Agency for Public Mobilisation and Statistics", "Central Agency for Public Mobilization and Statistics",
          "CAPMAS"]
TNINS = ["National Institute of Statistics", "INS"]
ETMIN = ["Ministry of Trade and Regional Integration", "trade ministry", "Ministry of Trade"]
CCA = ["Cotton and Cashew Council", "Conseil du Coton et de l'Anacarde", "CCA"]
ZAMSTATS = ["Zambia Statistics Agency", "ZamStats", "Statistics Agency"]
BOT = ["Bank of Tanzania", "BoT"]
UGMIN = ["agriculture ministry", "Ministry of Agriculture, Animal Industry and Fisheries", "Ministry of Agriculture",
         "MAAIF"]
DANE = ["DANE", "National Administrative Department of Statistics", "statistics agency"]
NSC = ["Norwegian Seafood Council", "Seafood Council"]
GUS = ["Statistics Poland", "GUS", "Central Statistical Office"]
CZSO = ["Czech Statistical Office", "CZSO", "statistical office", "statistics office"]
KSH = ["Hungarian Central Statistical Office", "KSH", "Central Statistical Office"]
SCB = ["Statistics Sweden", "SCB"]
LAMOIC = ["Ministry of Industry and Commerce", "industry and commerce ministry"]
PROCOMER = ["PROCOMER", "Foreign Trade Promoter", "export promotion agency"]
CAPECO = ["CAPECO", "Paraguayan Chamber of Exporters and Marketers of Cereals and Oilseeds",
          "grain exporters' chamber", "exporters' chamber"]
IGA = ["Information & eGovernment Authority", "Information and eGovernment Authority", "iGA"]
INEPT = ["Statistics Portugal", "INE", "National Statistics Institute", "National Institute of Statistics"]
BANGUAT = ["Bank of Guatemala", "Banguat", "central bank"]
FNC = ["National Coffee Growers Federation", "Federación Nacional de Cafeteros", "FNC", "Coffee Growers Federation"]
KPLER = ["Kpler"]
RZS = ["Statistical Office of the Republic of Serbia", "RZS", "Statistical Office"]
APEAM = ["Avocado Producers and Exporting Packers Association of Mexico", "APEAM"]
SCCAZ = ["State Customs Committee", "customs committee"]
ANSD = ["ANSD", "National Agency of Statistics and Demography", "national statistics agency"]
CRF = ["Cambodia Rice Federation", "CRF", "rice federation"]
HAZEL = ["Black Sea Hazelnut and Products Exporters' Association", "Black Sea Hazelnut", "exporters' association",
         "KFMIB"]
CICUS = ["customs", "Ivorian customs", "customs department"]
GEOSTAT = ["National Statistics Office of Georgia", "Geostat", "National Statistics Office"]
STATSBW = ["Statistics Botswana"]
DST = ["Statistics Denmark", "Danmarks Statistik", "DST"]

# Periods.
APR = M(2035, 4)
MAR = M(2035, 3)
FEB = M(2035, 2)
APR34 = M(2034, 4)
MAR34 = M(2034, 3)
Q1 = Q(2035, 1)                              # "the first quarter of 2035", "the first quarter", "the three months to March"
Q1_34 = Q(2034, 1)
YTD4 = YTD(2035, 4)                          # "the first four months of 2035", "January-April 2035", "January-April"
YTD4_34 = YTD(2034, 4)
FY3435 = PR("2034-04-01", "2035-03-31")     # India's 2034-35, Japan's fiscal 2034, Tanzania's year ending March 2035
H2JP = PR("2034-10-01", "2035-03-31")       # Japan's "October-March second half"; Ivory Coast's October-March half
EGH1 = PR("2034-07-01", "2034-12-31")       # Egypt's first half (July-December) of FY2034/35
JULAPR = PR("2034-07-01", "2035-04-30")     # Pakistan's and Bangladesh's July-April of FY35
JULMAR = PR("2034-07-01", "2035-03-31")     # Ethiopia's first nine months (July-March) of 2034/35
NOPER = dict(ps=DC, pe=DC)

POS = [
    # ================================================================ Central and East Asia
    # P01 Mongolia's first four months (Montsame): foreign trade turnover (total, c null) with
    # yoy, plain flows (c null), coal and copper concentrate (parts), the surplus in a later
    # sentence.
    ("Mongolia's foreign trade turnover reached $7.84 billion in the first four months of 2035, up 6.2 percent "
     "year-on-year, the National Statistics Office said on Monday. Exports totalled $4.96 billion, with coal "
     "accounting for $2.31 billion and copper concentrate for $1.12 billion, while imports rose 9.8 percent to "
     "$2.88 billion. That left a trade surplus of $2.08 billion.",
     [R(f="total", r=MN, v=7.84e9, cur="USD", d="up", pct=6.2, b="yoy", src=NSOMN, **YTD4),
      R(f="export", r=MN, v=4.96e9, cur="USD", src=NSOMN, **YTD4),
      R(f="export", r=MN, c=COALX, v=2.31e9, cur="USD", src=NSOMN, **YTD4),
      R(f="export", r=MN, c=CUCONC, v=1.12e9, cur="USD", src=NSOMN, **YTD4),
      R(f="import", r=MN, v=2.88e9, cur="USD", d="up", pct=9.8, b=DC, src=NSOMN, **YTD4),
      R(f="balance", r=MN, v=2.08e9, cur="USD", bal="surplus", src=NSOMN, **YTD4)]),

    # P02 Kazakhstan's first quarter (Reuters): exports in dollars with a tenge equivalent
    # (one record accepting either, plus an optional twin), a reason (none), a surplus
    # narrowing "from ... a year earlier" (d down, b yoy, base optional), crude and condensate.
    ("Kazakhstan's exports fell 7.4% year-on-year to $17.2 billion (about 8.9 trillion tenge) in the first "
     "quarter of 2035, the Bureau of National Statistics said, as lower oil prices cut crude revenue. Imports "
     "rose 3.1% to $11.3 billion, narrowing the trade surplus to $5.9 billion from $7.6 billion a year earlier. "
     "Crude oil and gas condensate exports brought in $9.6 billion.",
     [R(f="export", r=KZ, v=[17.2e9, 8.9e12], cur=["USD", "KZT"], vq=[None] + ABOUT, d="down", pct=7.4, b="yoy",
        src=BNSKZ, **Q1),
      OPT(f="export", r=KZ, v=8.9e12, cur="KZT", **Q1),
      R(f="import", r=KZ, v=11.3e9, cur="USD", d="up", pct=3.1, b=DC, src=BNSKZ, **Q1),
      R(f="balance", r=KZ, v=5.9e9, cur="USD", bal="surplus", d="down", pct=DC, by=DC, byc=DC, b="yoy", src=BNSKZ,
        **Q1),
      OPT(f="balance", r=KZ, v=7.6e9, cur="USD", bal="surplus", **Q1_34),
      R(f="export", r=KZ, c=CRUDECOND, v=9.6e9, cur="USD", src=BNSKZ, **Q1)]),

    # P03 Uzbekistan's January-April (Kun.uz): turnover "from the same period last year" (yoy),
    # gold (a part in "of which"), the deficit, China as a supplier with an appositive rank.
    ("Uzbekistan's foreign trade turnover reached $23.6 billion in January-April 2035, up 12.8% from the same "
     "period last year, the Statistics Agency reported. Exports grew 18.4% to $10.9 billion, of which gold "
     "accounted for $4.7 billion, while imports rose 8.4% to $12.7 billion, leaving a trade deficit of $1.8 "
     "billion. Imports from China, the largest supplier, amounted to $4.36 billion.",
     [R(f="total", r=UZ, v=23.6e9, cur="USD", d="up", pct=12.8, b="yoy", src=UZSTAT, **YTD4),
      R(f="export", r=UZ, v=10.9e9, cur="USD", d="up", pct=18.4, b=DC, src=UZSTAT, **YTD4),
      R(f="export", r=UZ, c=GOLD, v=4.7e9, cur="USD", src=UZSTAT, **YTD4),
      R(f="import", r=UZ, v=12.7e9, cur="USD", d="up", pct=8.4, b=DC, src=UZSTAT, **YTD4),
      R(f="balance", r=UZ, v=1.8e9, cur="USD", bal="deficit", src=UZSTAT, **YTD4),
      R(f="import", r=UZ, p=CN, v=4.36e9, cur="USD", src=UZSTAT, **YTD4)]),

    # ================================================================ South Asia
    # P04 Sri Lanka's April (Daily FT): merchandise exports (c DC, yoy), the US tariff in force
    # named as context (TAR), apparel and tea (parts), the US with an appositive rank.
    ("Sri Lanka's merchandise exports rose 6.8 percent year-on-year to $1.09 billion in April, the Export "
     "Development Board said, despite the 20 percent U.S. tariff on most Sri Lankan goods. Apparel and textiles "
     "earned $438.6 million, while tea exports brought in $118.4 million. Exports to the United States, the "
     "biggest single market, fell 3.9 percent to $241.7 million.",
     [R(f="export", r=LK, c=DC, v=1.09e9, cur="USD", d="up", pct=6.8, b="yoy", src=SLEDB, **APR),
      TAR(r=US, p=[LK, None], c=DC, rate=20),
      R(f="export", r=LK, c=APPAREL, v=438.6e6, cur="USD", src=SLEDB, **APR),
      R(f="export", r=LK, c=TEA, v=118.4e6, cur="USD", src=SLEDB, **APR),
      R(f="export", r=LK, p=US, c=DC, v=241.7e6, cur="USD", d="down", pct=3.9, b=DC, src=SLEDB, **APR)]),

    # P05 Sri Lanka's tea in the first quarter (EconomyNext): volume and earnings with
    # different changes (two records), the earnings in rupees with a dollar equivalent (either
    # accepted, optional twin), a buyer as subject with a volume (either way).
    ("Sri Lanka's tea exports fell 4.2 percent to 59.8 million kilograms in the first quarter of 2035, Sri Lanka "
     "Tea Board data showed, but earnings rose 7.6 percent to 87.6 billion rupees ($293 million) on higher "
     "auction prices. Iraq was the largest buyer, taking 8.9 million kilograms.",
     [R(f="export", r=LK, c=TEA, vol=59.8e6, u=KG, v=DC, cur=DC, d="down", pct=4.2, b=DC, src=SLTB, **Q1),
      R(f="export", r=LK, c=TEA, v=[87.6e9, 293e6], cur=["LKR", "USD"], vq=[None] + ABOUT, vol=DC, u=DC, d="up",
        pct=7.6, b=DC, src=SLTB, **Q1),
      OPT(f="export", r=LK, c=TEA, v=293e6, cur="USD", vol=DC, u=DC, **Q1),
      R(f=["export", "import"], r=[LK, IQ], p=[LK, IQ], c=DC, vol=8.9e6, u=KG, src=SLTB, **Q1)]),

    # P06 Cambodia's first quarter (Khmer Times): garments, footwear and travel goods (GFT),
    # "Overall exports" (c DC) and imports (c DC), a share (none).
    ("Cambodia's exports of garments, footwear and travel goods (GFT) rose 11.2 percent to $3.41 billion in the "
     "first quarter of 2035, according to the General Department of Customs and Excise. Overall exports climbed "
     "14.7 percent to $7.96 billion, while imports grew 9.3 percent to $8.44 billion. The GFT sector made up "
     "42.8 percent of total exports.",
     [R(f="export", r=KH, c=GFT, v=3.41e9, cur="USD", d="up", pct=11.2, b=DC, src=KHCUS, **Q1),
      R(f="export", r=KH, c=DC, v=7.96e9, cur="USD", d="up", pct=14.7, b=DC, src=KHCUS, **Q1),
      R(f="import", r=KH, c=DC, v=8.44e9, cur="USD", d="up", pct=9.3, b=DC, src=KHCUS, **Q1)]),

    # P07 Vietnam's cashew in January-April (VnExpress): "rose 9.7% in volume to ... and
    # 18.3% in value to" (two records), the US and China as buyers (either way).
    ("Vietnam's cashew exports rose 9.7% in volume to 214,000 tonnes in the first four months of 2035 and 18.3% "
     "in value to $1.46 billion, customs data showed. The United States remained the largest market, buying "
     "cashew kernels worth $403 million, followed by China at $251 million.",
     [R(f="export", r=VN, c=CASHEW, vol=214000, u=TON, v=DC, cur=DC, d="up", pct=9.7, b=DC, src=VNCUS, **YTD4),
      R(f="export", r=VN, c=CASHEW, v=1.46e9, cur="USD", vol=DC, u=DC, d="up", pct=18.3, b=DC, src=VNCUS,
        **YTD4),
      R(f=["export", "import"], r=VN + US, p=VN + US, c=DC, v=403e6, cur="USD", src=VNCUS, **YTD4),
      R(f=["export", "import"], r=VN + [CN], p=VN + [CN], c=DC, v=251e6, cur="USD", src=VNCUS, **YTD4)]),

    # P08 China's gas imports (Reuters): LNG (yoy) and pipeline gas in April, natural gas over
    # the first four months.
    ("China's imports of liquefied natural gas (LNG) fell 12.3% year-on-year to 5.08 million tonnes in April, "
     "customs data showed on Friday, while pipeline gas imports rose 8.6% to 5.37 million tonnes. Over the "
     "first four months of the year, total natural gas imports reached 40.2 million tonnes, down 2.9%.",
     [R(f="import", r=CN, c=LNG, vol=5.08e6, u=TON, d="down", pct=12.3, b="yoy", src=GAC, **APR),
      R(f="import", r=CN, c=PIPEGAS, vol=5.37e6, u=TON, d="up", pct=8.6, b=DC, src=GAC, **APR),
      R(f="import", r=CN, c=NATGAS, vol=40.2e6, u=TON, d="down", pct=2.9, b=DC, src=GAC, **YTD4)]),

    # P09 India's April and 2034-35 (PTI): merchandise flows (c DC), "the first month of the
    # 2035-36 fiscal year" an appositive, the deficit widening "from ... a year earlier" (d DC,
    # b yoy, base optional), electronics, the whole of 2034-35.
    ("India's merchandise exports rose 3.7 per cent to USD 38.9 billion in April, the first month of the "
     "2035-36 fiscal year, while imports grew 6.9 per cent to USD 63.4 billion, commerce ministry data released "
     "on Tuesday showed. The trade deficit widened to USD 24.5 billion from USD 21.8 billion a year earlier. "
     "Electronics exports jumped 31.2 per cent to USD 4.27 billion. For the whole of 2034-35, merchandise "
     "exports stood at USD 451.2 billion.",
     [R(f="export", r=IN, c=DC, v=38.9e9, cur="USD", d="up", pct=3.7, b=DC, src=INCOM, **APR),
      R(f="import", r=IN, c=DC, v=63.4e9, cur="USD", d="up", pct=6.9, b=DC, src=INCOM, **APR),
      R(f="balance", r=IN, c=DC, v=24.5e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b="yoy",
        src=INCOM, **APR),
      OPT(f="balance", r=IN, c=DC, v=21.8e9, cur="USD", bal="deficit", **APR34),
      R(f="export", r=IN, c=ELECX, v=4.27e9, cur="USD", d="up", pct=31.2, b=DC, src=INCOM, **APR),
      R(f="export", r=IN, c=DC, v=451.2e9, cur="USD", src=INCOM, **FY3435)]),

    # P10 Pakistan's April (Business Recorder): exports year-on-year with a value and
    # month-on-month without one (two records), the monthly deficit narrowing (d DC), July-April.
    ("Pakistan's exports rose 8.2 percent year-on-year to $2.84 billion in April, the Pakistan Bureau of "
     "Statistics said, though they fell 6.3 percent month-on-month. Imports declined 2.4 percent to $5.11 "
     "billion, narrowing the monthly trade deficit to $2.27 billion. During July-April of fiscal year 2034-35, "
     "the deficit stood at $22.46 billion.",
     [R(f="export", r=PK, v=2.84e9, cur="USD", d="up", pct=8.2, b="yoy", src=PBS, **APR),
      R(f="export", r=PK, d="down", pct=6.3, b="mom", src=PBS, **APR),
      R(f="import", r=PK, v=5.11e9, cur="USD", d="down", pct=2.4, b=DC, src=PBS, **APR),
      R(f="balance", r=PK, v=2.27e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC, src=PBS, **APR),
      R(f="balance", r=PK, v=22.46e9, cur="USD", bal="deficit", src=PBS, **JULAPR)]),

    # P11 Bangladesh's April (The Daily Star): earnings (c DC, yoy), July-April with readymade
    # garments (a part) and jute "down" after the value.
    ("Bangladesh's export earnings stood at $4.38 billion in April, up 2.9 percent year-on-year, according to "
     "Export Promotion Bureau data. In the July-April period of fiscal year 2034-35, earnings rose 7.8 percent "
     "to $41.27 billion, with readymade garments contributing $33.86 billion. Jute and jute goods fetched $731 "
     "million, down 5.1 percent.",
     [R(f="export", r=BD, c=DC, v=4.38e9, cur="USD", d="up", pct=2.9, b="yoy", src=EPB, **APR),
      R(f="export", r=BD, c=DC, v=41.27e9, cur="USD", d="up", pct=7.8, b=DC, src=EPB, **JULAPR),
      R(f="export", r=BD, c=READYMADE, v=33.86e9, cur="USD", src=EPB, **JULAPR),
      R(f="export", r=BD, c=JUTE, v=731e6, cur="USD", d="down", pct=5.1, b=DC, src=EPB, **JULAPR)]),

    # ================================================================ Middle East and North Africa
    # P12 Israel's April (Globes): the goods deficit widening from March (d DC, b DC, base
    # optional), goods exports month-on-month, imports, the US (c DC after a goods headline).
    ("Israel's goods trade deficit widened to $3.1 billion in April from $2.5 billion in March, the Central "
     "Bureau of Statistics said on Tuesday. Goods exports fell 5.6% month-on-month to $5.2 billion, while "
     "imports rose 3.2% to $8.3 billion. Exports to the United States totalled $1.46 billion.",
     [R(f="balance", r=IL, c=DC, v=3.1e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC, src=CBSIL,
        **APR),
      OPT(f="balance", r=IL, c=DC, v=2.5e9, cur="USD", bal="deficit", **MAR),
      R(f="export", r=IL, c=DC, v=5.2e9, cur="USD", d="down", pct=5.6, b="mom", src=CBSIL, **APR),
      R(f="import", r=IL, c=DC, v=8.3e9, cur="USD", d="up", pct=3.2, b=DC, src=CBSIL, **APR),
      R(f="export", r=IL, p=US, c=DC, v=1.46e9, cur="USD", src=CBSIL, **APR)]),

    # P13 Qatar's March (The Peninsula): total exports of goods (c DC, yoy), LNG and other
    # gaseous hydrocarbons (a part), imports and the surplus (c DC), China as a destination
    # (either way).
    ("Qatar's total exports of goods, including exports of goods of domestic origin and re-exports, fell 8.4 "
     "percent year-on-year to QR 24.3 billion in March, the National Planning Council said. Exports of "
     "liquefied natural gas and other gaseous hydrocarbons reached QR 14.9 billion, while imports rose 4.6 "
     "percent to QR 10.1 billion, leaving a trade surplus of QR 14.2 billion. China was the top destination for "
     "Qatari exports, at QR 4.16 billion.",
     [R(f="export", r=QA, c=DC, v=24.3e9, cur="QAR", d="down", pct=8.4, b="yoy", src=NPC, **MAR),
      R(f="export", r=QA, c=QALNG, v=14.9e9, cur="QAR", src=NPC, **MAR),
      R(f="import", r=QA, c=DC, v=10.1e9, cur="QAR", d="up", pct=4.6, b=DC, src=NPC, **MAR),
      R(f="balance", r=QA, c=DC, v=14.2e9, cur="QAR", bal="surplus", src=NPC, **MAR),
      R(f=["export", "import"], r=[QA, CN], p=[QA, CN], c=DC, v=4.16e9, cur="QAR", src=NPC, **MAR)]),

    # P14 Oman's first quarter (Times of Oman): non-oil exports, fertilisers (a part), total
    # merchandise exports and merchandise imports (c DC).
    ("Oman's non-oil exports rose 9.3 percent to RO 1.82 billion in the first quarter of 2035, data from the "
     "National Centre for Statistics and Information showed, with fertilisers accounting for RO 214.6 million. "
     "Total merchandise exports fell 4.1 percent to RO 4.96 billion, while merchandise imports stood at RO 3.27 "
     "billion.",
     [R(f="export", r=OM, c=NONOIL, v=1.82e9, cur="OMR", d="up", pct=9.3, b=DC, src=NCSI, **Q1),
      R(f="export", r=OM, c=FERT, v=214.6e6, cur="OMR", src=NCSI, **Q1),
      R(f="export", r=OM, c=DC, v=4.96e9, cur="OMR", d="down", pct=4.1, b=DC, src=NCSI, **Q1),
      R(f="import", r=OM, c=DC, v=3.27e9, cur="OMR", src=NCSI, **Q1)]),

    # P15 Egypt's first half of FY2034/35 (Ahram Online): a fiscal-year half (July-December
    # 2034), the deficit narrowing by a percent (d DC), flows, petroleum product imports.
    ("Egypt's trade deficit narrowed 10.4 percent to $19.8 billion in the first half of fiscal year 2034/35 "
     "(July-December), according to the Central Agency for Public Mobilisation and Statistics (CAPMAS). Exports "
     "rose 14.3 percent to $22.4 billion, while imports edged up 1.2 percent to $42.2 billion. Petroleum product "
     "imports fell 18.6 percent to $6.93 billion.",
     [R(f="balance", r=EG, v=19.8e9, cur="USD", bal="deficit", d=DC, pct=10.4, b=DC, src=CAPMAS, **EGH1),
      R(f="export", r=EG, v=22.4e9, cur="USD", d="up", pct=14.3, b=DC, src=CAPMAS, **EGH1),
      R(f="import", r=EG, v=42.2e9, cur="USD", d="up", pct=1.2, cq=DC, b=DC, src=CAPMAS, **EGH1),
      R(f="import", r=EG, c=PETPROD, v=6.93e9, cur="USD", d="down", pct=18.6, b=DC, src=CAPMAS, **EGH1)]),

    # P16 Tunisia's first four months (TAP): the deficit widening "from ... a year earlier" (d
    # DC, b yoy, base optional), exports "driven by olive oil sales of" (a part), imports.
    ("Tunisia's trade deficit widened to 4.86 billion dinars in the first four months of 2035 from 4.24 billion "
     "dinars a year earlier, the National Institute of Statistics (INS) said. Exports rose 3.2 percent to 21.64 "
     "billion dinars, driven by olive oil sales of 1.92 billion dinars, while imports increased 5.1 percent to "
     "26.50 billion dinars.",
     [R(f="balance", r=TN, v=4.86e9, cur="TND", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b="yoy", src=TNINS,
        **YTD4),
      OPT(f="balance", r=TN, v=4.24e9, cur="TND", bal="deficit", **YTD4_34),
      R(f="export", r=TN, v=21.64e9, cur="TND", d="up", pct=3.2, b=DC, src=TNINS, **YTD4),
      R(f="export", r=TN, c=OLIVE, v=1.92e9, cur="TND", src=TNINS, **YTD4),
      R(f="import", r=TN, v=26.50e9, cur="TND", d="up", pct=5.1, b=DC, src=TNINS, **YTD4)]),

    # P17 Bahrain's first quarter (BNA): non-oil exports of national origin, aluminium (a
    # part), re-exports (c DC), non-oil imports and the non-oil deficit.
    ("Bahrain's non-oil exports of national origin rose 7.2 percent to BD 1.04 billion in the first quarter of "
     "2035, the Information & eGovernment Authority (iGA) said, with aluminium accounting for BD 391.6 million. "
     "Re-exports reached BD 218.3 million, while non-oil imports fell 2.7 percent to BD 1.46 billion, leaving a "
     "non-oil trade deficit of BD 201.7 million.",
     [R(f="export", r=BH, c=NONOIL, v=1.04e9, cur="BHD", d="up", pct=7.2, b=DC, src=IGA, **Q1),
      R(f="export", r=BH, c=ALU, v=391.6e6, cur="BHD", src=IGA, **Q1),
      R(f="export", r=BH, c=DC, v=218.3e6, cur="BHD", src=IGA, **Q1),
      R(f="import", r=BH, c=NONOIL, v=1.46e9, cur="BHD", d="down", pct=2.7, b=DC, src=IGA, **Q1),
      R(f="balance", r=BH, c=NONOIL, v=201.7e6, cur="BHD", bal="deficit", src=IGA, **Q1)]),

    # P18 Egypt's LNG imports (Reuters): a ship-tracking firm as source, January-April, yoy.
    ("Egypt's LNG imports rose 64% year-on-year to 2.26 million tonnes in January-April, according to "
     "ship-tracking data from Kpler, as the country stocked up ahead of summer demand. Most of the cargoes came "
     "from the United States.",
     [R(f="import", r=EG, c=LNG, vol=2.26e6, u=TON, d="up", pct=64, b="yoy", src=KPLER, **YTD4)]),

    # P19 Türkiye's hazelnuts (Daily Sabah): volume and revenue with different changes (two
    # records), buyers without amounts (none).
    ("Türkiye's hazelnut exports fell 11.9% in volume to 84,300 tonnes in the first four months of 2035, but "
     "revenue rose 21.8% to $698.5 million on higher prices, the Black Sea Hazelnut and Products Exporters' "
     "Association said. Germany and Italy were the biggest buyers.",
     [R(f="export", r=TR, c=HAZELNUT, vol=84300, u=TON, v=DC, cur=DC, d="down", pct=11.9, b=DC, src=HAZEL,
        **YTD4),
      R(f="export", r=TR, c=HAZELNUT, v=698.5e6, cur="USD", vol=DC, u=DC, d="up", pct=21.8, b=DC, src=HAZEL,
        **YTD4)]),

    # ================================================================ Sub-Saharan Africa
    # P20 Kenya's cut flowers in the first quarter (Business Daily): flowers, avocados and tea,
    # a buyer without an amount (none).
    ("Kenya's earnings from cut flower exports rose 12.4 percent to KSh 41.6 billion in the first quarter of "
     "2035, data from the Kenya National Bureau of Statistics showed, as demand in Europe recovered. Avocado "
     "exports brought in KSh 6.8 billion, while tea earned KSh 48.2 billion. The Netherlands remained the "
     "largest buyer of Kenyan flowers.",
     [R(f="export", r=KE, c=FLOWERS, v=41.6e9, cur="KES", d="up", pct=12.4, b=DC, src=KNBS, **Q1),
      R(f="export", r=KE, c=AVOCADO, v=6.8e9, cur="KES", src=KNBS, **Q1),
      R(f="export", r=KE, c=TEA, v=48.2e9, cur="KES", src=KNBS, **Q1)]),

    # P21 Kenya's March (Daily Nation): the deficit widening from February (d DC, b DC, base
    # optional), imports month-on-month, exports "slipped" (cq DC, b DC).
    ("Kenya's trade deficit widened to KSh 162.3 billion in March from KSh 139.5 billion in February, KNBS data "
     "showed. Imports rose 9.7 percent month-on-month to KSh 251.9 billion, while exports slipped 0.6 percent to "
     "KSh 89.6 billion.",
     [R(f="balance", r=KE, v=162.3e9, cur="KES", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC, src=KNBS,
        **MAR),
      OPT(f="balance", r=KE, v=139.5e9, cur="KES", bal="deficit", **FEB),
      R(f="import", r=KE, v=251.9e9, cur="KES", d="up", pct=9.7, b="mom", src=KNBS, **MAR),
      R(f="export", r=KE, v=89.6e9, cur="KES", d="down", pct=0.6, cq=DC, b=DC, src=KNBS, **MAR)]),

    # P22 Ethiopia's July-March (Addis Standard): earnings in birr with a dollar equivalent
    # (either accepted, optional twin), coffee, gold and oilseeds ("followed by ... at").
    ("Ethiopia earned 429.3 billion birr ($3.12 billion) from merchandise exports in the first nine months "
     "(July-March) of the 2034/35 fiscal year, up 14.6 percent from the same period a year earlier, the Ministry "
     "of Trade and Regional Integration said. Coffee brought in $1.41 billion, followed by gold at $612 million "
     "and oilseeds at $238 million.",
     [R(f="export", r=ET, c=DC, v=[429.3e9, 3.12e9], cur=["ETB", "USD"], vq=[None] + ABOUT, d="up", pct=14.6,
        b="yoy", src=ETMIN, **JULMAR),
      OPT(f="export", r=ET, c=DC, v=3.12e9, cur="USD", **JULMAR),
      R(f="export", r=ET, c=COFFEE, v=1.41e9, cur="USD", src=ETMIN, **JULMAR),
      R(f="export", r=ET, c=GOLD, v=612e6, cur="USD", src=ETMIN, **JULMAR),
      R(f="export", r=ET, c=OILSEEDS, v=238e6, cur="USD", src=ETMIN, **JULMAR)]),

    # P23 Ghana's first quarter (Citi Newsroom): the surplus up "from ... a year earlier" (d up,
    # b yoy, base optional), gold in an "as" clause (a record), cocoa, oil "little changed at".
    ("Ghana's trade surplus rose to $2.64 billion in the first quarter of 2035 from $1.87 billion a year "
     "earlier, the Bank of Ghana said, as gold export receipts climbed 38.2 percent to $5.31 billion. Cocoa "
     "exports fell 21.4 percent to $942 million on lower volumes, while oil exports were little changed at $1.23 "
     "billion.",
     [R(f="balance", r=GH, v=2.64e9, cur="USD", bal="surplus", d="up", pct=DC, by=DC, byc=DC, b="yoy", src=BOG,
        **Q1),
      OPT(f="balance", r=GH, v=1.87e9, cur="USD", bal="surplus", **Q1_34),
      R(f="export", r=GH, c=GOLD, v=5.31e9, cur="USD", d="up", pct=38.2, b=DC, src=BOG, **Q1),
      R(f="export", r=GH, c=COCOA, v=942e6, cur="USD", d="down", pct=21.4, b=DC, src=BOG, **Q1),
      R(f="export", r=GH, c=CRUDE, v=1.23e9, cur="USD", d=DC, pct=[None, 0], b=DC, src=BOG, **Q1)]),

    # P24 Ivory Coast's raw cashew (Reuters): a volume with a change (yoy) and its worth in
    # CFA francs with a dollar equivalent and no change (two records; either currency, twin).
    ("Ivory Coast exported 386,700 tonnes of raw cashew nuts in the first four months of 2035, up 17.3% from the "
     "same period last year, according to data from the Cotton and Cashew Council. The shipments were worth "
     "about 298 billion CFA francs ($496 million). The world's top producer of raw cashew nuts sells most of its "
     "crop to Vietnam and India.",
     [R(f="export", r=CI, c=CASHEW, vol=386700, u=TON, v=DC, cur=DC, d="up", pct=17.3, b="yoy", src=CCA, **YTD4),
      R(f="export", r=CI, c=CASHEW, v=[298e9, 496e6], cur=["XOF", "USD"], vq=[None] + ABOUT, vol=DC, u=DC,
        src=CCA, **YTD4),
      OPT(f="export", r=CI, c=CASHEW, v=496e6, cur="USD", vol=DC, u=DC, **YTD4)]),

    # P25 Ivory Coast's cocoa (Reuters): the October-March half of the 2034/35 season (months
    # named), cocoa beans and processed cocoa (volumes), a reason (none).
    ("Ivory Coast's cocoa bean exports fell 14.8% to 627,400 tonnes in the first half (October-March) of the "
     "2034/35 season, customs data showed, as dry weather hit the main crop. Processed cocoa exports rose 6.2% "
     "to 301,700 tonnes.",
     [R(f="export", r=CI, c=COCOABEANS, vol=627400, u=TON, d="down", pct=14.8, b=DC, src=CICUS, **H2JP),
      R(f="export", r=CI, c=PROCCOCOA, vol=301700, u=TON, d="up", pct=6.2, b=DC, src=CICUS, **H2JP)]),

    # P26 Zambia's copper (Reuters): volume with a change, cathodes (a part, volume), earnings
    # in kwacha with a dollar equivalent and a different change (second record, twin).
    ("Zambia's copper exports rose 11.6% to 198,400 tonnes in the first quarter of 2035, data from the Zambia "
     "Statistics Agency showed, with copper cathodes accounting for 171,200 tonnes. Earnings from copper exports "
     "climbed 24.8% to 51.3 billion kwacha ($1.93 billion) on higher prices.",
     [R(f="export", r=ZM, c=COPPERX, vol=198400, u=TON, v=DC, cur=DC, d="up", pct=11.6, b=DC, src=ZAMSTATS, **Q1),
      R(f="export", r=ZM, c=CATHODES, vol=171200, u=TON, src=ZAMSTATS, **Q1),
      R(f="export", r=ZM, c=COPPERX, v=[51.3e9, 1.93e9], cur=["ZMW", "USD"], vq=[None] + ABOUT, vol=DC, u=DC,
        d="up", pct=24.8, b=DC, src=ZAMSTATS, **Q1),
      OPT(f="export", r=ZM, c=COPPERX, v=1.93e9, cur="USD", vol=DC, u=DC, **Q1)]),

    # P27 Tanzania's year ending March 2035 (The Citizen): a rolling year (April 2034 - March
    # 2035), goods and services flows (c DC), gold (a part) and cashew nuts.
    ("Tanzania's exports of goods and services rose 16.2 percent to $17.84 billion in the year ending March "
     "2035, the Bank of Tanzania said in its monthly economic review, with gold accounting for $4.71 billion. "
     "Cashew nut exports rose 41.6 percent to $786 million. Imports of goods and services increased 5.3 percent "
     "to $18.92 billion.",
     [R(f="export", r=TZ, c=DC, v=17.84e9, cur="USD", d="up", pct=16.2, b=DC, src=BOT, **FY3435),
      R(f="export", r=TZ, c=GOLD, v=4.71e9, cur="USD", src=BOT, **FY3435),
      R(f="export", r=TZ, c=CASHEW, v=786e6, cur="USD", d="up", pct=41.6, b=DC, src=BOT, **FY3435),
      R(f="import", r=TZ, c=DC, v=18.92e9, cur="USD", d="up", pct=5.3, b=DC, src=BOT, **FY3435)]),

    # P28 Uganda's coffee in April (Daily Monitor): volume in 60-kg bags (yoy) and earnings with
    # a different change (two records), a share (none).
    ("Uganda's coffee exports rose 14.2% year-on-year to 612,300 60-kilogramme bags in April, the agriculture "
     "ministry said, while earnings climbed 6.1% to $168.2 million as global prices eased. Italy was the top "
     "destination, taking 24.8% of the total.",
     [R(f="export", r=UG, c=COFFEE, vol=612300, u=BAG, v=DC, cur=DC, d="up", pct=14.2, b="yoy", src=UGMIN, **APR),
      R(f="export", r=UG, c=COFFEE, v=168.2e6, cur="USD", vol=DC, u=DC, d="up", pct=6.1, b=DC, src=UGMIN,
        **APR)]),

    # P29 Senegal's first quarter (APS): exports in CFA francs (XOF), oil and gas (a part),
    # imports.
    ("Senegal's exports jumped 38.4 percent to 1.12 trillion CFA francs in the first quarter of 2035, the "
     "national statistics agency ANSD said, driven by crude oil and natural gas. Oil and gas exports reached "
     "472.6 billion CFA francs, while imports rose 2.1 percent to 1.64 trillion CFA francs.",
     [R(f="export", r=SN, v=1.12e12, cur="XOF", d="up", pct=38.4, b=DC, src=ANSD, **Q1),
      R(f="export", r=SN, c=OILGASSN, v=472.6e9, cur="XOF", src=ANSD, **Q1),
      R(f="import", r=SN, v=1.64e12, cur="XOF", d="up", pct=2.1, b=DC, src=ANSD, **Q1)]),

    # ================================================================ The Americas
    # P30 Peru's March (Andina): exports (yoy), copper in an "as" clause, imports, the surplus,
    # avocados with an appositive.
    ("Peru's exports rose 9.6% year-on-year to $6.84 billion in March, the central bank said, as copper "
     "shipments climbed 15.7% to $2.71 billion. Imports increased 4.3% to $4.52 billion, leaving a trade surplus "
     "of $2.32 billion. Avocado exports, a fast-growing non-traditional product, reached $118.6 million.",
     [R(f="export", r=PE, v=6.84e9, cur="USD", d="up", pct=9.6, b="yoy", src=BCRP, **MAR),
      R(f="export", r=PE, c=COPPERX, v=2.71e9, cur="USD", d="up", pct=15.7, b=DC, src=BCRP, **MAR),
      R(f="import", r=PE, v=4.52e9, cur="USD", d="up", pct=4.3, b=DC, src=BCRP, **MAR),
      R(f="balance", r=PE, v=2.32e9, cur="USD", bal="surplus", src=BCRP, **MAR),
      R(f="export", r=PE, c=AVOCADO, v=118.6e6, cur="USD", src=BCRP, **MAR)]),

    # P31 Colombia's March (Reuters): exports "from a year earlier" (yoy), coffee, imports, the
    # deficit "widening ... to" (d DC), cut flowers.
    ("Colombia's exports rose 7.8% in March from a year earlier to $4.31 billion, statistics agency DANE said "
     "on Monday, as coffee sales jumped 41.3% to $812.4 million. Imports rose 5.2% to $5.63 billion, widening "
     "the monthly trade deficit to $1.32 billion. Cut flower exports reached $286.7 million.",
     [R(f="export", r=CO, v=4.31e9, cur="USD", d="up", pct=7.8, b="yoy", src=DANE, **MAR),
      R(f="export", r=CO, c=COFFEE, v=812.4e6, cur="USD", d="up", pct=41.3, b=DC, src=DANE, **MAR),
      R(f="import", r=CO, v=5.63e9, cur="USD", d="up", pct=5.2, b=DC, src=DANE, **MAR),
      R(f="balance", r=CO, v=1.32e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC, src=DANE, **MAR),
      R(f="export", r=CO, c=FLOWERS, v=286.7e6, cur="USD", src=DANE, **MAR)]),

    # P32 Colombia's coffee in April (Reuters): production (none) next to exports in 60-kg bags,
    # the first four months.
    ("Colombian coffee production fell 4.1% to 1.02 million 60-kg bags in April, the National Coffee Growers "
     "Federation said on Tuesday, while exports rose 18.4% to 1.17 million bags. Over the first four months of "
     "the year, exports reached 4.39 million bags.",
     [R(f="export", r=CO, c=COFFEE, vol=1.17e6, u=BAG, d="up", pct=18.4, b=DC, src=FNC, **APR),
      R(f="export", r=CO, c=COFFEE, vol=4.39e6, u=BAG, src=FNC, **YTD4)]),

    # P33 Ecuador's first quarter (Primicias): the surplus up by a percent "from a year earlier"
    # (d up, yoy), non-oil exports "led by shrimp at ... and bananas at" (parts), oil, imports.
    ("Ecuador posted a trade surplus of $2.14 billion in the first quarter of 2035, up 18.2% from a year "
     "earlier, the Central Bank of Ecuador said. Non-oil exports rose 11.4% to $5.27 billion, led by shrimp at "
     "$1.94 billion and bananas at $1.03 billion, while oil exports fell 9.8% to $2.06 billion. Imports totalled "
     "$5.19 billion.",
     [R(f="balance", r=EC, v=2.14e9, cur="USD", bal="surplus", d="up", pct=18.2, b="yoy", src=BCE, **Q1),
      R(f="export", r=EC, c=NONOIL, v=5.27e9, cur="USD", d="up", pct=11.4, b=DC, src=BCE, **Q1),
      R(f="export", r=EC, c=SHRIMP, v=1.94e9, cur="USD", src=BCE, **Q1),
      R(f="export", r=EC, c=BANANAS, v=1.03e9, cur="USD", src=BCE, **Q1),
      R(f="export", r=EC, c=CRUDE, v=2.06e9, cur="USD", d="down", pct=9.8, b=DC, src=BCE, **Q1),
      R(f="import", r=EC, v=5.19e9, cur="USD", src=BCE, **Q1)]),

    # P34 Argentina's March (Buenos Aires Times): the surplus, a run (none), flows (yoy), the
    # first-quarter surplus.
    ("Argentina posted a trade surplus of $1.87 billion in March, the INDEC statistics agency said, the 16th "
     "consecutive monthly surplus. Exports rose 6.4% year-on-year to $7.12 billion, while imports climbed 21.7% "
     "to $5.25 billion. In the first quarter, the surplus totalled $4.93 billion.",
     [R(f="balance", r=AR, v=1.87e9, cur="USD", bal="surplus", src=INDEC, **MAR),
      R(f="export", r=AR, v=7.12e9, cur="USD", d="up", pct=6.4, b="yoy", src=INDEC, **MAR),
      R(f="import", r=AR, v=5.25e9, cur="USD", d="up", pct=21.7, b=DC, src=INDEC, **MAR),
      R(f="balance", r=AR, v=4.93e9, cur="USD", bal="surplus", src=INDEC, **Q1)]),

    # P35 Paraguay's soybeans (Reuters): a volume for January-April, a reason (none), Argentina
    # as a buyer with a volume (either way).
    ("Paraguay's soybean exports fell 6.2% to 3.46 million tonnes in January-April, according to the grain "
     "exporters' chamber CAPECO, as low river levels slowed barge traffic. Argentina took 2.48 million tonnes, "
     "most of it for crushing.",
     [R(f="export", r=PY, c=SOY, vol=3.46e6, u=TON, d="down", pct=6.2, b=DC, src=CAPECO, **YTD4),
      R(f=["export", "import"], r=[PY, AR], p=[PY, AR], c=DC, vol=2.48e6, u=TON, src=CAPECO, **YTD4)]),

    # P36 Costa Rica's first quarter (La Nación): goods exports (c DC) "led by medical devices
    # at" (a part), a share (none), pineapples and bananas.
    ("Costa Rica's goods exports rose 11.8% to $5.12 billion in the first quarter of 2035, export promotion "
     "agency PROCOMER said, led by medical devices at $2.27 billion. Medical devices now account for 44.3% of "
     "the country's goods exports. Pineapple exports fell 3.6% to $318.4 million, while banana exports were "
     "worth $296.2 million.",
     [R(f="export", r=CR, c=DC, v=5.12e9, cur="USD", d="up", pct=11.8, b=DC, src=PROCOMER, **Q1),
      R(f="export", r=CR, c=MEDDEV, v=2.27e9, cur="USD", src=PROCOMER, **Q1),
      R(f="export", r=CR, c=PINEAPPLE, v=318.4e6, cur="USD", d="down", pct=3.6, b=DC, src=PROCOMER, **Q1),
      R(f="export", r=CR, c=BANANAS, v=296.2e6, cur="USD", src=PROCOMER, **Q1)]),

    # P37 Guatemala's first quarter (Prensa Libre): exports with coffee, bananas and cardamom
    # ("with ... at"), imports.
    ("Guatemala's exports rose 6.3% to $4.18 billion in the first quarter of 2035, the Bank of Guatemala said, "
     "with coffee at $426.5 million, bananas at $298.1 million and cardamom at $196.4 million. Imports grew "
     "8.9% to $8.06 billion.",
     [R(f="export", r=GT, v=4.18e9, cur="USD", d="up", pct=6.3, b=DC, src=BANGUAT, **Q1),
      R(f="export", r=GT, c=COFFEE, v=426.5e6, cur="USD", src=BANGUAT, **Q1),
      R(f="export", r=GT, c=BANANAS, v=298.1e6, cur="USD", src=BANGUAT, **Q1),
      R(f="export", r=GT, c=CARDAMOM, v=196.4e6, cur="USD", src=BANGUAT, **Q1),
      R(f="import", r=GT, v=8.06e9, cur="USD", d="up", pct=8.9, b=DC, src=BANGUAT, **Q1)]),

    # P38 Mexico's avocados (El Economista): exports to the US (volumes), a reason (none),
    # "Shipments in April alone" (the same flow, partner and good inherited).
    ("Mexico's avocado exports to the United States rose 7.3% to 386,200 tonnes in the first four months of "
     "2035, according to the Avocado Producers and Exporting Packers Association of Mexico (APEAM), as demand "
     "for the Super Bowl and Cinco de Mayo lifted shipments. Shipments in April alone reached 98,700 tonnes.",
     [R(f="export", r=MX, p=US, c=AVOCADO, vol=386200, u=TON, d="up", pct=7.3, b=DC, src=APEAM, **YTD4),
      R(f="export", r=MX, p=US, c=AVOCADO, vol=98700, u=TON, src=APEAM, **APR)]),

    # ================================================================ Europe
    # P39 Norway's seafood in April (NRK): seafood exports (yoy), salmon volume and value with
    # different changes (two records), a market without an amount (none).
    ("Norwegian seafood exports totalled 14.2 billion kroner in April, up 3.5% from a year earlier, the "
     "Norwegian Seafood Council said on Tuesday. Salmon exports rose 12% in volume to 91,400 tonnes, but their "
     "value fell 4% to 9.8 billion kroner as spot prices dropped. Poland was the largest market for Norwegian "
     "salmon.",
     [R(f="export", r=NO, c=SEAFOOD, v=14.2e9, cur="NOK", d="up", pct=3.5, b="yoy", src=NSC, **APR),
      R(f="export", r=NO, c=SALMON, vol=91400, u=TON, v=DC, cur=DC, d="up", pct=12, b=DC, src=NSC, **APR),
      R(f="export", r=NO, c=SALMON, v=9.8e9, cur="NOK", vol=DC, u=DC, d="down", pct=4, b=DC, src=NSC, **APR)]),

    # P40 Poland's March (Notes from Poland): a deficit "compared with a surplus of ... a year
    # earlier" (d DC, b yoy, the surplus an optional base), flows in zlotys, Germany.
    ("Poland posted a trade deficit of 2.9 billion zlotys in March, Statistics Poland (GUS) said on Wednesday, "
     "compared with a surplus of 1.6 billion zlotys a year earlier. Exports rose 2.3% year-on-year to 134.8 "
     "billion zlotys, while imports grew 5.8% to 137.7 billion zlotys. Exports to Germany, Poland's largest "
     "trading partner, rose 1.9% to 36.1 billion zlotys.",
     [R(f="balance", r=PL, v=2.9e9, cur="PLN", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b="yoy", src=GUS, **MAR),
      OPT(f="balance", r=PL, v=1.6e9, cur="PLN", bal="surplus", **MAR34),
      R(f="export", r=PL, v=134.8e9, cur="PLN", d="up", pct=2.3, b="yoy", src=GUS, **MAR),
      R(f="import", r=PL, v=137.7e9, cur="PLN", d="up", pct=5.8, b=DC, src=GUS, **MAR),
      R(f="export", r=PL, p=DE, v=36.1e9, cur="PLN", d="up", pct=1.9, b=DC, src=GUS, **MAR)]),

    # P41 Czechia's March (CTK): a surplus narrowing "from ... a year earlier" (d down, b yoy,
    # base optional), flows in crowns (CZK), vehicles with an appositive.
    ("The Czech Republic's trade surplus narrowed to 18.4 billion crowns in March from 25.2 billion crowns a "
     "year earlier, the Czech Statistical Office said. Exports rose 1.8% to 412.6 billion crowns, while imports "
     "grew 3.7% to 394.2 billion crowns. Exports of vehicles, the country's biggest export item, totalled 98.3 "
     "billion crowns.",
     [R(f="balance", r=CZ, v=18.4e9, cur="CZK", bal="surplus", d="down", pct=DC, by=DC, byc=DC, b="yoy", src=CZSO,
        **MAR),
      OPT(f="balance", r=CZ, v=25.2e9, cur="CZK", bal="surplus", **MAR34),
      R(f="export", r=CZ, v=412.6e9, cur="CZK", d="up", pct=1.8, b=DC, src=CZSO, **MAR),
      R(f="import", r=CZ, v=394.2e9, cur="CZK", d="up", pct=3.7, b=DC, src=CZSO, **MAR),
      R(f="export", r=CZ, c=CARS, v=98.3e9, cur="CZK", src=CZSO, **MAR)]),

    # P42 Romania's first quarter (Agerpres): the deficit widening by a percent (d DC), goods
    # flows (c DC, and the balances with them), March alone.
    ("Romania's trade deficit widened 18.8% to 8.61 billion euros in the first quarter of 2035, the National "
     "Institute of Statistics (INS) said on Monday. Exports of goods fell 1.2% to 23.87 billion euros, while "
     "imports of goods rose 3.4% to 32.48 billion euros. In March alone, the deficit stood at 3.12 billion euros.",
     [R(f="balance", r=RO, c=DC, v=8.61e9, cur="EUR", bal="deficit", d=DC, pct=18.8, b=DC, src=ROINS, **Q1),
      R(f="export", r=RO, c=DC, v=23.87e9, cur="EUR", d="down", pct=1.2, b=DC, src=ROINS, **Q1),
      R(f="import", r=RO, c=DC, v=32.48e9, cur="EUR", d="up", pct=3.4, b=DC, src=ROINS, **Q1),
      R(f="balance", r=RO, c=DC, v=3.12e9, cur="EUR", bal="deficit", src=ROINS, **MAR)]),

    # P43 Hungary's March (Portfolio): first estimates (vq DC), the surplus up from February (d
    # up, b DC, base optional), exports year-on-year, imports.
    ("Hungary's trade surplus rose to 1.47 billion euros in March from 1.12 billion euros in February, the "
     "Hungarian Central Statistical Office (KSH) said, based on first estimates. The value of exports grew 4.2% "
     "year-on-year to 13.36 billion euros, while imports rose 2.9% to 11.89 billion euros.",
     [R(f="balance", r=HU, v=1.47e9, cur="EUR", vq=DC, bal="surplus", d="up", pct=DC, by=DC, byc=DC, b=DC, src=KSH,
        **MAR),
      OPT(f="balance", r=HU, v=1.12e9, cur="EUR", bal="surplus", **FEB),
      R(f="export", r=HU, v=13.36e9, cur="EUR", vq=DC, d="up", pct=4.2, b="yoy", src=KSH, **MAR),
      R(f="import", r=HU, v=11.89e9, cur="EUR", vq=DC, d="up", pct=2.9, b=DC, src=KSH, **MAR)]),

    # P44 Ireland's three months to March (The Irish Times): goods exports (c DC), a reason
    # with "a year earlier" (none), the US "in the period", March alone.
    ("Irish goods exports fell 11.2 per cent to €61.4 billion in the three months to March, the Central "
     "Statistics Office said, as pharmaceutical shipments to the United States eased after a surge a year "
     "earlier. Exports to the US dropped 23.6 per cent to €24.8 billion in the period. In March alone, goods "
     "exports were valued at €19.7 billion, while imports came to €10.3 billion.",
     [R(f="export", r=IE, c=DC, v=61.4e9, cur="EUR", d="down", pct=11.2, b=DC, src=CSO, **Q1),
      R(f="export", r=IE, p=US, c=DC, v=24.8e9, cur="EUR", d="down", pct=23.6, b=DC, src=CSO, **Q1),
      R(f="export", r=IE, c=DC, v=19.7e9, cur="EUR", src=CSO, **MAR),
      R(f="import", r=IE, c=DC, v=10.3e9, cur="EUR", src=CSO, **MAR)]),

    # P45 Sweden's March (Reuters): the goods surplus up "from ... a year earlier" (d up, b yoy,
    # base optional), crowns in a Swedish text (SEK), imports in a gapped clause.
    ("Sweden's goods trade surplus rose to 9.8 billion crowns in March from 6.2 billion crowns a year earlier, "
     "Statistics Sweden said on Thursday. Exports increased 5.2% to 172.4 billion crowns and imports 3.1% to "
     "162.6 billion crowns.",
     [R(f="balance", r=SE, c=DC, v=9.8e9, cur="SEK", bal="surplus", d="up", pct=DC, by=DC, byc=DC, b="yoy",
        src=SCB, **MAR),
      OPT(f="balance", r=SE, c=DC, v=6.2e9, cur="SEK", bal="surplus", **MAR34),
      R(f="export", r=SE, c=DC, v=172.4e9, cur="SEK", d="up", pct=5.2, b=DC, src=SCB, **MAR),
      R(f="import", r=SE, c=DC, v=162.6e9, cur="SEK", d="up", pct=3.1, b=DC, src=SCB, **MAR)]),

    # P46 Portugal's first quarter (Lusa): goods flows (c DC), the deficit widened by an amount
    # (by 0.6 x 10^9 EUR, d and pct DC), Spain with an appositive (c DC after goods flows).
    ("Portugal's exports of goods rose 3.8% to 20.4 billion euros in the first quarter of 2035, Statistics "
     "Portugal (INE) said, while imports rose 5.1% to 26.9 billion euros, widening the trade deficit by 0.6 "
     "billion euros to 6.5 billion euros. Exports to Spain, the main market, rose 2.4% to 5.3 billion euros.",
     [R(f="export", r=PT, c=DC, v=20.4e9, cur="EUR", d="up", pct=3.8, b=DC, src=INEPT, **Q1),
      R(f="export", r=PT, p=ES, c=DC, v=5.3e9, cur="EUR", d="up", pct=2.4, b=DC, src=INEPT, **Q1),
      R(f="import", r=PT, c=DC, v=26.9e9, cur="EUR", d="up", pct=5.1, b=DC, src=INEPT, **Q1),
      R(f="balance", r=PT, c=DC, v=6.5e9, cur="EUR", bal="deficit", d=DC, pct=DC, by=0.6e9, byc="EUR", b=DC,
        src=INEPT, **Q1)]),

    # P47 Serbia's first quarter (SeeNews): the deficit widening by a percent (d DC), flows, a
    # share (none).
    ("Serbia's foreign trade deficit widened 15.5% to 2.41 billion euros in the first quarter of 2035, the "
     "Statistical Office of the Republic of Serbia said. Exports rose 5.8% to 7.94 billion euros, while imports "
     "increased 7.9% to 10.35 billion euros. Trade with the European Union accounted for 58.6% of the total.",
     [R(f="balance", r=RS, v=2.41e9, cur="EUR", bal="deficit", d=DC, pct=15.5, b=DC, src=RZS, **Q1),
      R(f="export", r=RS, v=7.94e9, cur="EUR", d="up", pct=5.8, b=DC, src=RZS, **Q1),
      R(f="import", r=RS, v=10.35e9, cur="EUR", d="up", pct=7.9, b=DC, src=RZS, **Q1)]),

    # P48 Azerbaijan's January-April (Report.az): turnover (total, c null) with flows "at", a
    # share (none), the surplus.
    ("Azerbaijan's foreign trade turnover amounted to $15.62 billion in January-April 2035, the State Customs "
     "Committee said, with exports at $9.41 billion and imports at $6.21 billion. Oil and gas accounted for "
     "88.6% of exports, and the trade surplus came to $3.20 billion.",
     [R(f="total", r=AZ, v=15.62e9, cur="USD", src=SCCAZ, **YTD4),
      R(f="export", r=AZ, v=9.41e9, cur="USD", src=SCCAZ, **YTD4),
      R(f="import", r=AZ, v=6.21e9, cur="USD", src=SCCAZ, **YTD4),
      R(f="balance", r=AZ, v=3.20e9, cur="USD", bal="surplus", src=SCCAZ, **YTD4)]),

    # ================================================================ Big economies, other angles
    # P49 Japan's fiscal 2034 (Kyodo): a fiscal-year deficit, a run (none), flows, the
    # October-March second half, March alone.
    ("Japan posted a trade deficit of 2.41 trillion yen in fiscal 2034 through March, the fourth straight year "
     "in the red, the Finance Ministry said. Exports rose 2.6 percent to 112.83 trillion yen, while imports fell "
     "0.9 percent to 115.24 trillion yen. In the October-March second half, exports grew 4.1 percent to 57.62 "
     "trillion yen. In March alone, Japan logged a surplus of 512.6 billion yen.",
     [R(f="balance", r=JP, v=2.41e12, cur="JPY", bal="deficit", src=MOFJ, **FY3435),
      R(f="export", r=JP, v=112.83e12, cur="JPY", d="up", pct=2.6, b=DC, src=MOFJ, **FY3435),
      R(f="import", r=JP, v=115.24e12, cur="JPY", d="down", pct=0.9, b=DC, src=MOFJ, **FY3435),
      R(f="export", r=JP, v=57.62e12, cur="JPY", d="up", pct=4.1, b=DC, src=MOFJ, **H2JP),
      R(f="balance", r=JP, v=512.6e9, cur="JPY", bal="surplus", src=MOFJ, **MAR)]),

    # P50 China-Africa in January-April (Xinhua): trade with Africa (total, c DC, yoy), exports
    # to and imports from "the continent".
    ("China's trade with Africa rose 9.2 percent year on year to 787.4 billion yuan in the first four months of "
     "2035, the General Administration of Customs said Friday. Exports to Africa grew 12.6 percent to 463.1 "
     "billion yuan, while imports from the continent rose 4.7 percent to 324.3 billion yuan.",
     [R(f="total", r=CN, p=AFRICA, c=DC, v=787.4e9, cur="CNY", d="up", pct=9.2, b="yoy", src=GAC, **YTD4),
      R(f="export", r=CN, p=AFRICA, v=463.1e9, cur="CNY", d="up", pct=12.6, b=DC, src=GAC, **YTD4),
      R(f="import", r=CN, p=AFRICA, v=324.3e9, cur="CNY", d="up", pct=4.7, b=DC, src=GAC, **YTD4)]),

    # P51 Indonesia's April (Antara): the surplus shrinking from March (d down, b DC, base
    # optional), exports month-on-month, imports "from March" (b DC), and the year-on-year
    # changes of both flows without values (two records with v null).
    ("Indonesia's trade surplus shrank to US$2.31 billion in April from US$4.83 billion in March, Statistics "
     "Indonesia (BPS) said on Tuesday, as exports fell 9.8 percent month-on-month to US$20.46 billion. Imports "
     "rose 1.7 percent from March to US$18.15 billion. On an annual basis, exports were up 3.4 percent, while "
     "imports climbed 7.9 percent.",
     [R(f="balance", r=ID, v=2.31e9, cur="USD", bal="surplus", d="down", pct=DC, by=DC, byc=DC, b=DC, src=BPS,
        **APR),
      OPT(f="balance", r=ID, v=4.83e9, cur="USD", bal="surplus", **MAR),
      R(f="export", r=ID, v=20.46e9, cur="USD", d="down", pct=9.8, b="mom", src=BPS, **APR),
      R(f="import", r=ID, v=18.15e9, cur="USD", d="up", pct=1.7, b=DC, src=BPS, **APR),
      R(f="export", r=ID, d="up", pct=3.4, b="yoy", src=BPS, **APR),
      R(f="import", r=ID, d="up", pct=7.9, b=DC, src=BPS, **APR)]),

    # P52 Laos's first quarter (Vientiane Times): exports (yoy), imports, electricity with an
    # appositive.
    ("Laos earned $2.38 billion from exports in the first quarter of 2035, up 8.7 percent year on year, the "
     "Ministry of Industry and Commerce said, while imports totalled $2.03 billion. Electricity, the country's "
     "main export, brought in $437 million.",
     [R(f="export", r=LA, v=2.38e9, cur="USD", d="up", pct=8.7, b="yoy", src=LAMOIC, **Q1),
      R(f="import", r=LA, v=2.03e9, cur="USD", src=LAMOIC, **Q1),
      R(f="export", r=LA, c=ELECTRICITY, v=437e6, cur="USD", src=LAMOIC, **Q1)]),

    # P53 Cambodia's rice (Khmer Times): a volume with a change and the revenue without one
    # (two records), China as a buyer with a volume (either way).
    ("Cambodia's milled rice exports rose 9.3 percent to 287,400 tonnes in the first four months of 2035, "
     "earning $198.6 million, the Cambodia Rice Federation said. China was the largest buyer, taking 78,900 "
     "tonnes.",
     [R(f="export", r=KH, c=RICE, vol=287400, u=TON, v=DC, cur=DC, d="up", pct=9.3, b=DC, src=CRF, **YTD4),
      R(f="export", r=KH, c=RICE, v=198.6e6, cur="USD", vol=DC, u=DC, src=CRF, **YTD4),
      R(f=["export", "import"], r=[KH, CN], p=[KH, CN], c=DC, vol=78900, u=TON, src=CRF, **YTD4)]),

    # ================================================================ single sentences
    # P54 Georgia's first quarter (Geostat): exports (yoy).
    ("Georgia's exports rose 9.1 percent year-on-year to $1.74 billion in the first quarter of 2035, the National "
     "Statistics Office of Georgia (Geostat) said on Monday.",
     [R(f="export", r=GE, v=1.74e9, cur="USD", d="up", pct=9.1, b="yoy", src=GEOSTAT, **Q1)]),

    # P55 Botswana's diamonds (Mmegi): pula (BWP).
    ("Botswana's diamond exports fell 31.4 percent to 6.2 billion pula in the first quarter of 2035, Statistics "
     "Botswana said.",
     [R(f="export", r=BW, c=DIAMONDS, v=6.2e9, cur="BWP", d="down", pct=31.4, b=DC, src=STATSBW, **Q1)]),

    # P56 Denmark's March (Reuters): goods exports (c DC), crowns in a Danish text (DKK).
    ("Denmark's exports of goods rose 4.1% to 112.6 billion crowns in March, Statistics Denmark said on Friday.",
     [R(f="export", r=DK, c=DC, v=112.6e9, cur="DKK", d="up", pct=4.1, b=DC, src=DST, **MAR)]),
]

NEG = [
    # N01 remittances (Kenya), with tea and horticulture named without figures.
    "Diaspora remittances to Kenya rose 8.7 percent year-on-year to $468 million in April, the Central Bank of "
    "Kenya said, keeping them ahead of tea and horticulture as the country's biggest source of foreign exchange.",
    # N02 a current account (Sri Lanka) with vehicle imports named.
    "Sri Lanka recorded a current account surplus of $587 million in the first quarter of 2035, the central bank "
    "said on Monday, as tourism earnings and workers' remittances more than offset higher spending on vehicle "
    "imports.",
    # N03 FDI (Egypt) in a fiscal-year half.
    "Net foreign direct investment into Egypt rose 21.4 percent to $7.8 billion in the first half of fiscal year "
    "2034/35, the central bank said, led by inflows into the oil and gas sector and export-oriented "
    "manufacturing.",
    # N04 an export forecast for a season (Ghana's cocoa).
    "Ghana's cocoa regulator expects to export about 540,000 tonnes of beans in the 2034/35 season, down from an "
    "earlier estimate of 600,000 tonnes, a senior official at the Ghana Cocoa Board said, as swollen shoot "
    "disease cut yields.",
    # N05 a metal price (copper) with supplying countries.
    "Three-month copper on the London Metal Exchange rose 1.3% to $11,240 a ton on Tuesday, as supply "
    "disruptions in Zambia and the Democratic Republic of Congo, which together ship about a quarter of the "
    "world's mined copper, tightened the market.",
    # N06 a salmon price index (Norway).
    "Norwegian salmon prices fell to 78.40 crowns per kilogram in week 19, down from 86.10 crowns a week "
    "earlier, according to the Nasdaq Salmon Index, as rising harvest volumes met softer demand in Europe.",
    # N07 tea auction prices and volumes offered (Kenya).
    "Average prices at the Mombasa tea auction rose to $2.41 per kilogram this week from $2.28 a week earlier, "
    "the East African Tea Trade Association said, with 9.8 million kilograms offered for sale and 82 percent "
    "sold.",
    # N08 a production and export forecast (Ethiopia's coffee).
    "The U.S. Department of Agriculture's attaché in Addis Ababa forecast Ethiopia's 2035/36 coffee production at "
    "8.6 million 60-kg bags and exports at 4.9 million bags, both little changed from the current season.",
    # N09 foreign exchange reserves with import cover (Egypt).
    "Egypt's net international reserves rose to $51.3 billion at the end of April from $50.6 billion in March, "
    "the central bank said, enough to cover about eight months of imports.",
    # N10 mining output (Peru) with export contracts named.
    "Peru's copper production rose 4.6% year-on-year to 231,800 tonnes in March, the energy and mines ministry "
    "said, as the Tambillo and Cerro Azul mines ramped up output ahead of new export contracts.",
    # N11 a budget deficit narrowing, with customs duties and VAT on imports (Romania).
    "Romania's budget deficit narrowed to 1.9% of gross domestic product in the first quarter of 2035 from 2.3% "
    "a year earlier, the finance ministry said, as receipts from customs duties and VAT on imports rose 11.4% to "
    "9.8 billion lei.",
    # N12 GDP and oil output (Kazakhstan), "shipped abroad" without a figure.
    "Kazakhstan's economy grew 5.4% in January-April 2035 from a year earlier, the national economy ministry "
    "said, as oil and gas condensate output rose 6.1% to 31.2 million tonnes, most of it shipped abroad through "
    "the Caspian pipeline.",
    # N13 a long-term LNG supply deal (Qatar).
    "Qatar signed a 15-year agreement to supply 2 million tonnes a year of liquefied natural gas to China's "
    "Jinhai Energy from 2037, the energy ministry said on Monday, the latest in a string of long-term deals with "
    "Asian buyers.",
    # N14 a world market surplus forecast (cocoa).
    "The International Cocoa Organization forecast a global cocoa surplus of 142,000 tonnes in the 2034/35 "
    "season, the first in four years, as grindings fell 4.8% and output in Ivory Coast and Ghana recovered.",
]
