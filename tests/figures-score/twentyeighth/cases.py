from slots import DC, R, M, Y, PR

# The twenty-eighth set: every text is the only body paragraph (after an unrelated opening one)
# of a page published on 2035-10-22 (a Monday), in the OCTOBER RELEASE SEASON, when September
# figures of the fast reporters, August figures of the European, African and some Latin
# American offices, third-quarter and nine-month totals and the closing tallies of the farm
# marketing years that end in August or September come out side by side. Every calendar month
# had already been used by some earlier set (the headers name pages of every month from January
# to December); October was used only once, by the twenty-first set (2033-10-16; so were
# January and April, by the sixth and fifteenth), and the month 2035-10 by none, so this set
# takes October 2035. So "September" and "in September" are September 2035 (the latest month of
# Norway, Brazil, Argentina, Chile, Indonesia, Vietnam, South Korea, Japan and China's
# customs); "August", "in August" and "in the month" (after an August figure) are August 2035
# (the latest month of the euro area, the EU, Ireland, the Netherlands, Spain, Greece, Estonia,
# Slovenia, Lithuania, Colombia, South Africa, Uganda, Namibia, Mauritius, the Philippines,
# Hong Kong, Brunei and Australia's grain) and "July", "in July" or "In July alone" July 2035
# (Austria's latest month, and the base or revised figure of an August release: "from N$2.87
# billion in July", "from R171.9 billion in July", "Revised data showed the July deficit at");
# "compared with July 2035" (a base) is July 2035; "August 2034", "September 2034" and "a year
# earlier" after a monthly figure are that month of 2034. Quarters: "the third quarter (of
# 2035)" and "the first three months of the 2035/36 season, from July to September" (Ukraine)
# and "the first three months of the 2035/36 crop year, from July to September" (Brazil's
# coffee) are July-September 2035; "the second quarter of 2035" (Ghana, Rwanda) April-June
# 2035; "the first half of 2035" (Mozambique) January-June 2035. Spans: "January to July 2035"
# and "the period January to July 2035" are January-July 2035; "the first eight months (of
# 2035)", "January to August 2035", "Over January to August 2035" and "January-August 2035" are
# January-August 2035; "the first nine months (of 2035, of the year)" and "January-September
# 2035" are January-September 2035; "the same period of 2034" after them is the same months of
# 2034. Fiscal and season periods, each with its months named or its end stated: Japan's "the
# first half of fiscal 2035, from April to September" and India's "April-September, the first
# half of the 2035-36 fiscal year" are April-September 2035; the U.S. "2034/35 marketing year
# that ended on Aug. 31" is September 2034 - August 2035 ("the previous year" September 2033 -
# August 2034); the cocoa, coffee and sugar seasons "2034/35 ... that ended on Sept. 30",
# "which ran from October to September", "that ended in September" and "which ended on Sept.
# 30" (Ghana's and Ivory Coast's cocoa, Vietnam's and Honduras's coffee, India's sugar) are
# October 2034 - September 2035. Shorter periods: "the week ended Oct. 18" (USDA inspections)
# is 12-18 October 2035 ("a week earlier" 5-11 October), "Since the start of the 2035/36
# marketing year on Sept. 1" (on a page about the week ended Oct. 18) 1 September - 18 October
# 2035, and Korea's "the first 20 days of October" 1-20 October 2035. Bases: "year-on-year",
# "from a year earlier", "a year earlier", "from a year ago", "an annual increase" state yoy;
# "month-on-month" states mom; "compared with August 2034", "compared with July 2035", "than in
# August 2034", "than in the same period of 2034", "from the previous month", "from the same
# period last year", "from the previous season", "from the previous year", "than in 2033/34",
# "from September 2034" name the base by its period (b DC). Dates that are no period of any
# figure: weekdays ("on Monday", "on Wednesday", "on Friday") and "on Oct. 1" as release days;
# "reported last month" (when a first estimate was published); runs ("the 22nd consecutive
# monthly surplus"); "as of Oct. 11" (outstanding sales), "between Oct. 1 and Oct. 19" (cocoa
# arrivals), "the new season", "the 2035/36 crop" and "2035" of forecasts, "this year" of a
# price, "the first fishing season" of a catch, "the third quarter" and "in the quarter" of GDP
# and of a company's revenue, "in September" of consumer inflation inside a Ghanaian text. In
# near misses "August", "September", "the third quarter", "the 2035/36 season", "the end of
# September", "the end of 2034", "July 2036" and "the first eight months" belong to economic
# activity, inflation, a crop and export forecast, a company's export sales, remittances, an
# export cap, a proposed tariff, reserves with import cover and cocoa grindings.
#
# Conventions: every convention stated in the twenty-seventh set's header
# (twentyseventh/cases.py, which carries those of the twenty-sixth and, through it, those of
# the ninth to twenty-fifth sets) is kept unchanged and is not repeated in full here. In short:
# values are positive amounts in the original currency (deficits bal="deficit", surpluses
# bal="surplus"), percents positive with their direction; b is "yoy"/"mom" only when the text
# states the comparison, DC when it is implied or the base is named by its period, null when
# there is no change; a change in a later sentence or clause that does not restate its
# comparison has b DC; a narrowing, widening or shrinking deficit (or one that "fell to") has d
# DC, a surplus that rises or widens is "up" and one that falls or narrows is "down", a surplus
# only "compared with" another has d DC; later sentences and clauses inherit reporter, period
# and source; comparison bases are optional records (OPT); a change of a whole economy's, a
# partner's or a good's trade given only as a percent is a record with a null value; "goods",
# "merchandise", "goods and services", "total" and "overall" flows, whole-economy flows named
# with their parts or "driven by"/"led by" goods, and a paragraph's whole-economy balances
# after such a headline have c DC; plain "exports" or "imports" of a whole economy c null;
# named goods, "non-oil" and similar are commodities; re-exports c DC; reasons name no
# commodity; appositives change nothing; "a record" vq RECORD; "provisional", "preliminary",
# "estimated" and first-estimate values vq DC; parts with an amount are records, shares, runs
# and rankings none; a buyer or supplier that is the grammatical subject may be written as the
# seller's export or the buyer's import (f, r and p either way, c DC); a value and a volume of
# one flow with DIFFERENT changes, or a volume with a change and the revenue without one, are
# two records (the other measure DC); one value with two changes (month-on-month and
# year-on-year) is two records, each accepting the value or none; a value restated in another
# currency is one record accepting either form plus an optional twin; "trade with X" is flow
# total; a tariff in force with a rate named as context is a required record (TAR), a tariff
# without a rate none; a revised earlier figure stated in its own sentence is a required record
# of its own period with its change slots DC, the figure it replaces optional; forecasts,
# polls, targets, quotas, caps, stocks, prices, price and quantity indices of one flow's price,
# exchange rates, reserves, current accounts, remittances, GDP, economic activity, inflation,
# output, harvests, catches, crop forecasts, arrivals at ports, grindings, outstanding or
# future sales, population, coverage ratios and one company's sales are never trade figures.
#
# New in this (twenty-eighth) set, which like the twenty-first to twenty-seventh stresses
# ORDINARY, MAINSTREAM TRADE NEWS written as whole paragraphs (here of 2-5 sentences, with the
# figures spread over them), but in two styles the earlier sets covered little: (a) the press
# releases of statistics offices, central banks and ministries and their faithful wire rewrites
# ("The first estimate for euro area exports of goods to the rest of the world in August 2035
# was €203.4 bn, a decrease of 3.8% compared with August 2034 (€211.4 bn)", "The value of Irish
# goods exports in August 2035 was €19.8bn, a decrease of €1.6bn (-7.5%)", "This was
# attributable to exports of R178.2 billion", "The total value of Greek exports ... amounted to
# €3,912.4 million compared with €3,745.1 million", "The total external trade in goods ...
# amounted to US$17.42 billion, reflecting an annual increase of 6.3 percent", "Cumulatively,
# exports in January-September 2035 were", "was estimated at"); and (b) commodity and
# agriculture desks (soybeans, corn, wheat, barley, grain, coffee, cocoa, sugar, rice, beef,
# fishmeal, seafood, copper, iron ore, crude oil, natural gas and LNG), mixing volumes and
# values, marketing years and seasons, and named destinations. The readings of this set's forms
# (three of them new, marked NEW, each following from the conventions above) are:
# - A change stated in the sentence AFTER the value it belongs to, the value having none
#   ("Estonia's exports of goods amounted to €1.54 billion ... Compared with August 2034,
#   exports increased by 7%", Slovenia's "Exports were 5.2% higher", Lithuania's "Compared with
#   July 2035, total exports decreased by 2.7%") (NEW): a careful reader joins them into one
#   record, but one may also keep them apart, so the value's record accepts the change or none
#   (d and pct [x, None]) and a change-only twin (v null) is optional.
# - One figure stated twice, first bare and then with its change (South Africa's "exports of
#   R178.2 billion" then "Exports increased from R171.9 billion in July to R178.2 billion in
#   August, an increase of R6.3 billion (3.7%)"; Honduras's coffee volume and value "earning"
#   then "Volumes were 4.2% higher ..., while revenue rose 21.7%") (NEW): one required record
#   with the change and an optional twin for the bare mention; Honduras's two measures with
#   different changes are two records, each accepting its measure or none.
# - Intra-euro area trade (NEW): Eurostat's "Intra-euro area trade fell to €168.2 bn" is a
#   record of the euro area accepted as flow total or export, its partner DC.
# - Seasonally adjusted and unadjusted figures of one flow are separate records (Eurostat's
#   seasonally adjusted changes and balance, Ireland's seasonally adjusted exports, imports and
#   surplus); a seasonally adjusted change with no value is a record with v null.
# - Changes by an amount and a percent together: "a decrease of €1.6bn (-7.5%)", "decreased by
#   €0.9bn (-4.3%) to €20.2bn", "an increase of R6.3 billion (3.7%)" (by and byc set, pct
#   positive with d down or up).
# - Bases named in parentheses or after "compared with": "(€211.4 bn)", "(€198.5 bn)",
#   "compared with +€12.9 bn in August 2034", "compared with €3,745.1 million in August 2034",
#   "compared with R61.3 billion for the same period in 2034", "after a deficit of €4.3 billion
#   in the same period of 2034", "down from €12.6 bn in July 2035", "from N$2.87 billion in
#   July", "from R171.9 billion in July" (optional records).
# - Volume (quantity) changes without a value: the Netherlands' "The volume of Dutch goods
#   exports was 1.8 percent higher" is a record with v null (a volume index change is a change
#   in trade); Argentina's "driven by a 6.2% increase in quantities" beside the value's change
#   is an optional record (as in the fifteenth set), its "prices rose 2.1%" none.
# - Marketing years and seasons (above), a week of USDA export inspections (inspected shipments
#   are exports), the cumulative marketing year to date, Korea's first 20 days.
# - Partners: "sales to Brazil and Argentina" (one record, p either), "exports to China and
#   Hong Kong" (one record, p either), "the rest of the world" (p world or null), "the rest of
#   Africa" (p Africa), "Asia", "Europe", "Great Britain" (p UK), "the EU", "Germany, Austria's
#   most important trading partner" (an appositive); buyers and suppliers as subjects with
#   amounts ("China bought 146,200 tonnes", "China took 246,900 tonnes of it", "The United
#   States was the largest buyer of Philippine goods with", "followed by Hong Kong with ... and
#   Japan with", "Finland remained the main destination country, taking goods worth", "Botswana
#   was the largest market ..., absorbing", "The Democratic Republic of Congo was the main
#   destination of exports, receiving", "Argentina supplied", "Australia remained the biggest
#   supplier at", "Germany bought", "The Netherlands was the biggest buyer, taking": either
#   way); markets without amounts ("followed by Latvia and Sweden", "Germany and Italy were the
#   biggest buyers", "Afghanistan and Sri Lanka were the biggest buyers", "Indonesia and the
#   United States were the main destinations", "Benin and Bangladesh were among the top
#   buyers", "ahead of Latvia and Germany", "the United States, France and South Africa were
#   the main markets") make no record; "shipments of Brazilian cargoes" and "lower prices" in
#   reasons name nothing.
# - Local currencies with US-dollar equivalents (one record accepting either, vq null or about,
#   plus an optional twin): "NOK 98.4 billion ($9.3 billion)", "GH₵ 68.9 billion (about $5.3
#   billion)", "N$9.63 billion ($535 million)", "KSh 118.6 billion ($918 million)", "¥294.2
#   billion ($1.96 billion)", "Rs 4,860 crore ($548 million)" (INR, 1 crore = 10^7). Every
#   restated amount matches the rates of the time (NOK 10.6, GH₵ 13.0, N$18.0, KSh 129.2, ¥150
#   and Rs 88.7 to the dollar).
# - Number forms: "€203.4 bn", "€19.8bn", "€3,912.4 million", "US$8,412 million", "US$4,213.6
#   million FOB", "US$1,624.5 million", "US$12,384.6 million", "N$1.42 billion", "B$0.65
#   billion", "GH₵ 21.6 billion", "R14.6 billion", "Rs 9.84 billion" (MUR in a Mauritian text),
#   "¥9.46 trillion", "812,400 tonnes", "3.42 million 60-kg bags", "5.86 million 46-kg bags",
#   "2.31 million barrels per day".
# - Balances: every balance equals its exports minus its imports where both are given.
# - Currencies: "€" EUR, "NOK" NOK, "US$", "$" and "USD" USD, "R" ZAR, "GH₵" GHS, "N$" NAD,
#   "KSh" KES, "Rs ... crore" INR, "Rs" in a Mauritian text MUR, "¥" JPY, "HK$" HKD, "B$" BND.
# - Sources: Eurostat, Ireland's CSO, Statistics Netherlands (CBS), Spain's Ministry of
#   Economy, Trade and Business, Statistics Austria, ELSTAT, Statistics Estonia, Statistics
#   Norway (SSB), Slovenia's SURS, Statistics Lithuania, Brazil's MDIC and Secex, ABIEC, INDEC,
#   the Central Bank of Chile, Cochilco, DANE, Bolivia's INE, Peru's National Fisheries Society
#   (SNP), El Salvador's Central Reserve Bank (BCR), SARS, the Bank of Uganda, the Ghana
#   Statistical Service, COCOBOD, Ivorian customs, the Namibia Statistics Agency, NISR, the
#   Bank of Mozambique, Statistics Mauritius, KNBS, the PSA, BPS, Vietnam's National Statistics
#   Office, MOTIE and the Korea Customs Service, Japan's Finance Ministry, Hong Kong's Census
#   and Statistics Department, Brunei's DEPS, the USDA, Cecafé, Vicofa, Ukraine's agriculture
#   ministry, China's GAC, the ABS, India's commerce ministry, VASEP, Uruguay's INAC, Anecacao,
#   ISMA and IHCAFE.
# - Tariffs in force with a rate named as context (required records, period, change and source
#   DC): "despite Washington's 50% tariff on Brazilian goods" (reporter the US, partner Brazil
#   or null), "Beijing's 20% retaliatory duty on U.S. soybeans remained in force" (reporter
#   China); "as higher U.S. tariffs bit" and "as anti-dumping duties took effect" (no rate)
#   make no record.
# - Non-trade numbers inside positive texts (no record): a company's net revenue (a fictional
#   meatpacker), state miner Codelco's output, the anchovy catch, remittances, consumer
#   inflation, GDP (Rwanda, Vietnam), a current account deficit, a population, a coverage
#   ratio, shares ("accounted for 61% of total exports", "which made up 86.3% of the total",
#   "China took 38% of the volume"), a deficit's share of imports, a run, outstanding export
#   sales for the new season, cocoa arrivals at ports, purchases from farmers, an export
#   ceiling that was allowed, production and harvest forecasts, a price fall, an index of
#   export prices.
# - Near misses of this set (no record; nine of the 65 texts): Chile's economic activity index
#   with commerce, Philippine inflation with imported fuel, Conab's soybean crop and export
#   forecast, a (fictional) salmon farmer's export sales, Philippine remittances, Ukraine's
#   wheat export cap, a proposed EU tariff on Russian fertilisers, Ghana's reserves with import
#   cover and European cocoa grindings.

# The names of economies, sources, units and qualifiers and the record helpers (OPT, TAR,
# YTD, Q, H, FYJJ, CUM) mean the same as in the tenth to twenty-seventh sets; they are written
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

# Added in the twenty-sixth set, in the same style.
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

# Added in this (twenty-seventh) set, in the same style.
AE = UAE + ["Emirates"]                      # "the Emirates", "Abu Dhabi" (the capital for the country)
NONEU = ["non-EU", "non-European Union", "outside the EU", "outside the European Union", "rest of the world"]
EUROPE = ["Europe", "European"]
ASIA = "Asia"
# Units.
BPD = ["barrels per day", "barrels a day", "bpd", "barrel"]
UNITS = ["unit", "vehicle", "car"]
BOTTLE = "bottle"
LITRE = ["litre", "liter"]
# Goods.
WHISKY = ["Scotch whisky", "whisky", "Scotch", "whiskey"]
STEEL = ["steel", "steel products"]
CANOLA = ["canola seed", "canola", "canola seeds", "rapeseed"]
LNGX = LNG + ["natural gas", "gas"]
WINE = "wine"
ENGG = ["engineering goods", "engineering", "engineering exports", "engineering products"]
PALMX = ["crude palm oil and its derivatives", "crude palm oil", "CPO", "palm oil products", "palm oil", "palm"]
NICKELSTEEL = ["nickel-based iron and steel", "iron and steel", "steel", "nickel", "iron"]
OILGASOM = ["oil and gas", "crude oil and natural gas", "oil", "gas", "hydrocarbons"]
# Sources.
HMRC = ["HM Revenue and Customs", "HM Revenue & Customs", "HMRC"]
DBT = ["Department for Business and Trade", "DBT", "Department for Business"]
USDA = ["U.S. Department of Agriculture", "US Department of Agriculture", "Department of Agriculture", "USDA"]
DAFF = ["Department of Agriculture, Fisheries and Forestry", "Department of Agriculture", "DAFF",
        "agriculture department"]
WINEAU = ["Wine Australia"]
SEATRACE = ["Seatrace Analytics", "Seatrace"]
HARBOUR = ["Harbourline Analytics", "Harbourline"]
MTI = ["Ministry of Trade and Industry", "MTI", "trade ministry"] + ESG
FTI = ["Federation of Thai Industries", "FTI"]


# Added in this (twenty-eighth) set, in the same style.
AT = "Austria"
GR = "Greece"
EE = "Estonia"
SI = "Slovenia"
LT = "Lithuania"
BO = "Bolivia"
SV = "El Salvador"
HN = "Honduras"
NA = "Namibia"
RW = "Rwanda"
MZ = "Mozambique"
MU = "Mauritius"
BN = ["Brunei", "Brunei Darussalam"]
DRC = ["Democratic Republic of Congo", "Democratic Republic of the Congo", "DRC", "Congo"]
# Goods.
PRIMARY = ["primary products", "primary product", "primary"]
SALMONTROUT = ["salmon and trout", "salmon", "trout"]
LITHIUM = ["lithium carbonate", "lithium"]
FUELSX = ["fuels and extractive industry products", "fuels and extractive industries", "fuels and extractive",
          "fuels", "fuel", "extractive"]
AGFOOD = ["agricultural, food and beverage", "agricultural, food and beverage products", "agricultural",
          "food and beverage", "agriculture", "agri-food"]
MAQUILA = ["maquila", "maquila exports", "maquila products"]
FISHMEAL = ["fishmeal", "fish meal"]
FISH = ["fish", "seafood"]
MAINLANDX = ["mainland exports", "mainland", "excluding oil, gas and ships", "mainland goods"]
EXPETROL = ["excluding petroleum products", "excluding petroleum", "excluding oil", "non-petroleum", "non-oil",
            "non-fuel"]
LTORIG = ["goods of Lithuanian origin", "Lithuanian origin", "Lithuanian-origin", "of Lithuanian origin",
          "excluding mineral products"]
CORN = ["corn", "maize"]
SUGAR = ["sugar", "raw sugar"]
NONBASMATI = ["non-basmati rice", "non-basmati"]
BASMATI = ["basmati rice", "basmati"]
PANGASIUS = ["pangasius", "tra fish", "catfish"]
COPPERUW = ["unwrought copper and copper products", "unwrought copper", "copper"]
MINFUEL = ["mineral fuels", "mineral fuel", "fuels"]
# Sources.
STATAT = ["Statistics Austria", "Statistik Austria"]
ELSTAT = ["Hellenic Statistical Authority", "ELSTAT"]
STATEE = ["Statistics Estonia"]
SURS = ["Statistical Office of the Republic of Slovenia", "SURS", "Statistical Office"]
STATLT = ["Statistics Lithuania", "State Data Agency"]
ABIEC = ["Brazilian Beef Exporters Association", "ABIEC", "Secex", "Brazilian Beef Exporters' Association"]
COCHILCO = ["Chilean Copper Commission", "Cochilco"]
INEBO = ["National Institute of Statistics", "INE"]
SNP = ["National Fisheries Society", "SNP", "customs"]
BCRSV = ["Central Reserve Bank", "BCR", "central bank", "Banco Central de Reserva"]
BOU = ["Bank of Uganda", "BoU", "central bank"]
GSS = ["Ghana Statistical Service", "GSS"]
COCOBOD = ["Ghana Cocoa Board", "COCOBOD", "Cocoa Board"]
NSANA = ["Namibia Statistics Agency", "NSA"]
NISR = ["National Institute of Statistics of Rwanda", "NISR", "National Institute of Statistics"]
BOMZ = ["Bank of Mozambique", "central bank", "Banco de Moçambique"]
STATSMU = ["Statistics Mauritius"]
DEPS = ["Department of Economic Planning and Statistics", "DEPS"]
VICOFA = ["Vietnam Coffee and Cocoa Association", "Vicofa", "customs"]
VASEP = ["Vietnam Association of Seafood Exporters and Producers", "VASEP"]
INAC = ["National Meat Institute", "INAC", "Instituto Nacional de Carnes"]
ANECACAO = ["National Association of Cocoa Exporters", "Anecacao", "Association of Cocoa Exporters"]
ISMA = ["Indian Sugar and Bio-energy Manufacturers Association", "ISMA", "Indian Sugar Mills Association"]
IHCAFE = ["Honduran Coffee Institute", "IHCAFE", "Coffee Institute"]

# Periods.
SEP = M(2035, 9)                             # "September", "in September", "last month"
AUG = M(2035, 8)                             # "August", "in August", "in the month" after an August figure
JUL = M(2035, 7)                             # "July", "In July alone", "July 2035" as a base, the revised July
SEP34 = M(2034, 9)                           # "a year earlier" after a September figure (a base)
AUG34 = M(2034, 8)                           # "August 2034", "a year earlier" after an August figure (a base)
Q2 = Q(2035, 2)                              # "the second quarter of 2035"
Q3 = Q(2035, 3)                              # "the third quarter", July-September of a 2035/36 season
H1 = H(2035, 1)                              # "the first half of 2035"
YTD7 = YTD(2035, 7)                          # "January to July 2035"
YTD7_34 = YTD(2034, 7)
YTD8 = YTD(2035, 8)                          # "the first eight months (of 2035)", "January-August 2035"
YTD8_34 = YTD(2034, 8)
YTD9 = YTD(2035, 9)                          # "the first nine months", "January-September 2035"
YTD9_34 = YTD(2034, 9)
OCT20 = PR("2035-10-01", "2035-10-20")       # Korea's "the first 20 days of October"
FYH1 = PR("2035-04-01", "2035-09-30")        # Japan's and India's April-September first fiscal half
USMY = PR("2034-09-01", "2035-08-31")        # the U.S. 2034/35 marketing year that ended on Aug. 31
USMY34 = PR("2033-09-01", "2034-08-31")
SEASON = PR("2034-10-01", "2035-09-30")      # the 2034/35 cocoa, coffee and sugar seasons (Oct-Sep)
WEEK = PR("2035-10-12", "2035-10-18")        # "the week ended Oct. 18"
WEEK0 = PR("2035-10-05", "2035-10-11")       # "a week earlier"
MYTD = PR("2035-09-01", "2035-10-18")        # "Since the start of the 2035/36 marketing year on Sept. 1"
NOPER = dict(ps=DC, pe=DC)
EITHER = ["export", "import"]

POS = [
    # ================================================================ Europe: statistics offices
    # P01 Eurostat's first estimate for the euro area (release copy): bases in parentheses
    # and after "compared with" (optional), first-estimate values (vq DC), the surplus only
    # "compared with +€12.9 bn" (d DC), intra-euro area trade (total or export, p DC).
    ("The first estimate for euro area exports of goods to the rest of the world in August 2035 was €203.4 bn, "
     "a decrease of 3.8% compared with August 2034 (€211.4 bn), according to Eurostat. Imports from the rest of "
     "the world stood at €196.1 bn, a fall of 1.2% compared with August 2034 (€198.5 bn). As a result, the euro "
     "area recorded a €7.3 bn surplus in trade in goods with the rest of the world in August 2035, compared with "
     "+€12.9 bn in August 2034. Intra-euro area trade fell to €168.2 bn in August 2035, down by 2.4% compared "
     "with August 2034.",
     [R(f="export", r=EZ, p=WORLD, c=DC, v=203.4e9, cur="EUR", vq=DC, d="down", pct=3.8, b=DC, src=EUROSTAT, **AUG),
      OPT(f="export", r=EZ, p=WORLD, c=DC, v=211.4e9, cur="EUR", **AUG34),
      R(f="import", r=EZ, p=WORLD, c=DC, v=196.1e9, cur="EUR", vq=DC, d="down", pct=1.2, b=DC, src=EUROSTAT, **AUG),
      OPT(f="import", r=EZ, p=WORLD, c=DC, v=198.5e9, cur="EUR", **AUG34),
      R(f="balance", r=EZ, p=WORLD, c=DC, v=7.3e9, cur="EUR", vq=DC, bal="surplus", d=DC, pct=DC, by=DC, byc=DC,
        b=DC, src=EUROSTAT, **AUG),
      OPT(f="balance", r=EZ, p=WORLD, c=DC, v=12.9e9, cur="EUR", bal="surplus", **AUG34),
      R(f=["total", "export"], r=EZ, p=DC, c=DC, v=168.2e9, cur="EUR", vq=DC, d="down", pct=2.4, b=DC,
        src=EUROSTAT, **AUG)]),

    # P02 Eurostat's seasonally adjusted series and the EU (wire rewrite): changes without
    # values (v null), the adjusted surplus "down from ... in July 2035" (d down, base
    # optional), the EU's surplus, EU exports to the US and China over January-August as
    # percents only.
    ("In seasonally adjusted terms, euro area exports of goods fell by 1.1% in August 2035 compared with July "
     "2035, while imports rose by 0.8%, Eurostat estimates show. The seasonally adjusted trade balance was a "
     "surplus of €9.8 bn, down from €12.6 bn in July 2035. The EU as a whole recorded a €4.1 bn surplus in trade "
     "in goods with the rest of the world in August 2035. Over January to August 2035, EU exports to the United "
     "States fell by 11.6% compared with the same period of 2034, while exports to China decreased by 6.3%.",
     [R(f="export", r=EZ, p=WORLD, c=DC, vq=DC, d="down", pct=1.1, b=DC, src=EUROSTAT, **AUG),
      R(f="import", r=EZ, p=WORLD, c=DC, vq=DC, d="up", pct=0.8, b=DC, src=EUROSTAT, **AUG),
      R(f="balance", r=EZ, p=WORLD, c=DC, v=9.8e9, cur="EUR", vq=DC, bal="surplus", d="down", pct=DC, by=DC, byc=DC,
        b=DC, src=EUROSTAT, **AUG),
      OPT(f="balance", r=EZ, p=WORLD, c=DC, v=12.6e9, cur="EUR", bal="surplus", **JUL),
      R(f="balance", r=EU, p=WORLD, c=DC, v=4.1e9, cur="EUR", vq=DC, bal="surplus", src=EUROSTAT, **AUG),
      R(f="export", r=EU, p=US, c=DC, vq=DC, d="down", pct=11.6, b=DC, src=EUROSTAT, **YTD8),
      R(f="export", r=EU, p=CN, c=DC, vq=DC, d="down", pct=6.3, b=DC, src=EUROSTAT, **YTD8)]),

    # P03 Ireland's CSO (release copy): "a decrease of €1.6bn (-7.5%)" (by and pct), a part
    # "of the total", exports to the US and the EU, imports "an increase of 4.3%" (b DC).
    ("The value of Irish goods exports in August 2035 was €19.8bn, a decrease of €1.6bn (-7.5%) compared with "
     "August 2034, the Central Statistics Office (CSO) said. Medical and pharmaceutical products accounted for "
     "€8.9bn of the total. Goods exports to the US fell by 21% to €6.4bn, while exports to the EU rose by 9% to "
     "€6.1bn. The value of goods imports was €9.7bn, an increase of 4.3%.",
     [R(f="export", r=IE, c=DC, v=19.8e9, cur="EUR", d="down", pct=7.5, by=1.6e9, byc="EUR", b=DC, src=CSO, **AUG),
      R(f="export", r=IE, c=PHARMA, v=8.9e9, cur="EUR", src=CSO, **AUG),
      R(f="export", r=IE, p=US, c=DC, v=6.4e9, cur="EUR", d="down", pct=21, b=DC, src=CSO, **AUG),
      R(f="export", r=IE, p=EU, c=DC, v=6.1e9, cur="EUR", d="up", pct=9, b=DC, src=CSO, **AUG),
      R(f="import", r=IE, c=DC, v=9.7e9, cur="EUR", d="up", pct=4.3, b=DC, src=CSO, **AUG)]),

    # P04 Ireland's seasonally adjusted month and first eight months (release copy): "decreased
    # by €0.9bn (-4.3%) to €20.2bn ... compared with July 2035" (by, b DC), adjusted imports and
    # surplus, the cumulative exports "11.2% lower than in the same period of 2034", "Of this,
    # exports to Great Britain" (a part, p UK).
    ("Seasonally adjusted, Ireland's goods exports decreased by €0.9bn (-4.3%) to €20.2bn in August 2035 "
     "compared with July 2035, the CSO said. Seasonally adjusted imports rose by 2.6% to €10.3bn, giving a trade "
     "surplus of €9.9bn. In the first eight months of 2035, the value of goods exports was €178.4bn, 11.2% lower "
     "than in the same period of 2034. Of this, exports to Great Britain were €11.3bn.",
     [R(f="export", r=IE, c=DC, v=20.2e9, cur="EUR", d="down", pct=4.3, by=0.9e9, byc="EUR", b=DC, src=CSO, **AUG),
      R(f="import", r=IE, c=DC, v=10.3e9, cur="EUR", d="up", pct=2.6, b=DC, src=CSO, **AUG),
      R(f="balance", r=IE, c=DC, v=9.9e9, cur="EUR", bal="surplus", src=CSO, **AUG),
      R(f="export", r=IE, c=DC, v=178.4e9, cur="EUR", d="down", pct=11.2, b=DC, src=CSO, **YTD8),
      R(f="export", r=IE, p=UK, c=DC, v=11.3e9, cur="EUR", src=CSO, **YTD8)]),

    # P05 Statistics Netherlands (wire rewrite): a volume change without a value (v null,
    # yoy), goods "grew the most" without numbers (none), the value "of which ... were
    # re-exports" (a part, c DC), imports.
    ("The volume of Dutch goods exports was 1.8 percent higher in August than a year earlier, Statistics "
     "Netherlands (CBS) reported. Exports of machinery and transport equipment grew the most, while exports of "
     "chemical products contracted. The value of goods exported in August came to €56.2 billion, of which €29.4 "
     "billion were re-exports. Imports of goods were worth €51.7 billion.",
     [R(f="export", r=NL, c=DC, d="up", pct=1.8, b="yoy", src=CBSNL, **AUG),
      R(f="export", r=NL, c=DC, v=56.2e9, cur="EUR", src=CBSNL, **AUG),
      R(f="export", r=NL, c=DC, v=29.4e9, cur="EUR", src=CBSNL, **AUG),
      R(f="import", r=NL, c=DC, v=51.7e9, cur="EUR", src=CBSNL, **AUG)]),

    # P06 Spain (wire rewrite of the ministry's monthly report): the deficit "widened to ...
    # from ... a year earlier" (d DC, b yoy, base optional), cumulative exports and deficit,
    # the energy deficit "narrowed 12.4%" (d DC, c energy).
    ("Spain's exports of goods rose 3.1% year-on-year to €29.85 billion in August, the Ministry of Economy, "
     "Trade and Business said, while imports increased 5.4% to €35.62 billion. The trade deficit widened to "
     "€5.77 billion from €4.86 billion a year earlier. In the first eight months of 2035, exports totalled "
     "€268.4 billion, 1.9% more than in the same period of 2034, and the cumulative deficit reached €27.9 "
     "billion. The energy deficit narrowed 12.4% to €2.1 billion in August.",
     [R(f="export", r=ES, c=DC, v=29.85e9, cur="EUR", d="up", pct=3.1, b="yoy", src=ESMIN, **AUG),
      R(f="import", r=ES, c=DC, v=35.62e9, cur="EUR", d="up", pct=5.4, b=DC, src=ESMIN, **AUG),
      R(f="balance", r=ES, c=DC, v=5.77e9, cur="EUR", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b="yoy",
        src=ESMIN, **AUG),
      OPT(f="balance", r=ES, c=DC, v=4.86e9, cur="EUR", bal="deficit", **AUG34),
      R(f="export", r=ES, c=DC, v=268.4e9, cur="EUR", d="up", pct=1.9, b=DC, src=ESMIN, **YTD8),
      R(f="balance", r=ES, c=DC, v=27.9e9, cur="EUR", bal="deficit", src=ESMIN, **YTD8),
      R(f="balance", r=ES, c=ENERGY, v=2.1e9, cur="EUR", bal="deficit", d=DC, pct=12.4, b=DC, src=ESMIN, **AUG)]),

    # P07 Statistics Austria (release copy): provisional results (vq DC) for January to July,
    # the deficit "after a deficit of ... in the same period of 2034" (d DC, base optional),
    # Germany with an appositive naming Austria (p Germany), "In July alone".
    ("According to provisional results from Statistics Austria, Austrian imports of goods fell by 2.1% "
     "year-on-year to €115.3 billion in the period January to July 2035, while exports declined by 0.6% to "
     "€112.8 billion. The trade balance thus showed a deficit of €2.5 billion, after a deficit of €4.3 billion in "
     "the same period of 2034. Exports to Germany, Austria's most important trading partner, fell by 3.2% to "
     "€32.4 billion. In July alone, exports amounted to €16.1 billion.",
     [R(f="import", r=AT, c=DC, v=115.3e9, cur="EUR", vq=DC, d="down", pct=2.1, b="yoy", src=STATAT, **YTD7),
      R(f="export", r=AT, c=DC, v=112.8e9, cur="EUR", vq=DC, d="down", pct=0.6, b=DC, src=STATAT, **YTD7),
      R(f="balance", r=AT, c=DC, v=2.5e9, cur="EUR", vq=DC, bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC,
        src=STATAT, **YTD7),
      OPT(f="balance", r=AT, c=DC, v=4.3e9, cur="EUR", bal="deficit", **YTD7_34),
      R(f="export", r=AT, p=DE, c=DC, v=32.4e9, cur="EUR", vq=DC, d="down", pct=3.2, b=DC, src=STATAT, **YTD7),
      R(f="export", r=AT, c=DC, v=16.1e9, cur="EUR", vq=DC, src=STATAT, **JUL)]),

    # P08 ELSTAT (release copy): "amounted to €3,912.4 million compared with €3,745.1 million
    # in August 2034, an increase of 4.5%" (base optional), exports "Excluding petroleum
    # products", imports "a decrease of 2.9%", the deficit "thus fell to" (d DC).
    ("The total value of Greek exports in August 2035 amounted to €3,912.4 million compared with €3,745.1 "
     "million in August 2034, an increase of 4.5%, the Hellenic Statistical Authority (ELSTAT) announced. "
     "Excluding petroleum products, exports rose by 6.8% to €2,604.3 million. The total value of imports amounted "
     "to €6,218.7 million, a decrease of 2.9%. The trade deficit thus fell to €2,306.3 million.",
     [R(f="export", r=GR, c=DC, v=3912.4e6, cur="EUR", d="up", pct=4.5, b=DC, src=ELSTAT, **AUG),
      OPT(f="export", r=GR, c=DC, v=3745.1e6, cur="EUR", **AUG34),
      R(f="export", r=GR, c=EXPETROL, v=2604.3e6, cur="EUR", d="up", pct=6.8, b=DC, src=ELSTAT, **AUG),
      R(f="import", r=GR, c=DC, v=6218.7e6, cur="EUR", d="down", pct=2.9, b=DC, src=ELSTAT, **AUG),
      R(f="balance", r=GR, c=DC, v=2306.3e6, cur="EUR", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC,
        src=ELSTAT, **AUG)]),

    # P09 Statistics Estonia (release copy): values in one sentence and their changes in the
    # next (NEW: the value's record accepts the change or none, a change-only twin optional),
    # the deficit, Finland "taking goods worth" (either way), "followed by Latvia and Sweden"
    # without amounts (none).
    ("In August 2035, Estonia's exports of goods amounted to €1.54 billion and imports to €1.83 billion at "
     "current prices, Statistics Estonia said. Compared with August 2034, exports increased by 7% and imports by "
     "3%. The trade deficit was €290 million. Finland remained the main destination country, taking goods worth "
     "€248 million, followed by Latvia and Sweden.",
     [R(f="export", r=EE, c=DC, v=1.54e9, cur="EUR", d=["up", None], pct=[7, None], b=DC, src=STATEE, **AUG),
      OPT(f="export", r=EE, c=DC, d="up", pct=7, **AUG),
      R(f="import", r=EE, c=DC, v=1.83e9, cur="EUR", d=["up", None], pct=[3, None], b=DC, src=STATEE, **AUG),
      OPT(f="import", r=EE, c=DC, d="up", pct=3, **AUG),
      R(f="balance", r=EE, c=DC, v=290e6, cur="EUR", bal="deficit", src=STATEE, **AUG),
      R(f=EITHER, r=[EE, FI], p=[EE, FI], c=DC, v=248e6, cur="EUR", src=STATEE, **AUG)]),

    # P10 Statistics Norway (wire rewrite): NOK with a dollar equivalent (either, twin),
    # natural gas with a reason, mainland exports (a commodity) "with fish accounting for" (a
    # part), imports and the surplus.
    ("The value of Norway's exports of goods amounted to NOK 98.4 billion ($9.3 billion) in September 2035, a "
     "decrease of 11.2 per cent from September 2034, according to Statistics Norway (SSB). Exports of natural gas "
     "were NOK 36.7 billion, down 24.5 per cent, mainly due to lower prices. Mainland exports, which exclude oil, "
     "gas and ships, rose 4.1 per cent to NOK 41.3 billion, with fish accounting for NOK 15.2 billion. Imports of "
     "goods totalled NOK 61.9 billion, giving a trade surplus of NOK 36.5 billion.",
     [R(f="export", r=NO, c=DC, v=[98.4e9, 9.3e9], cur=["NOK", "USD"], vq=[None] + ABOUT, d="down", pct=11.2, b=DC,
        src=SSB, **SEP),
      OPT(f="export", r=NO, c=DC, v=9.3e9, cur="USD", **SEP),
      R(f="export", r=NO, c=NATGAS, v=36.7e9, cur="NOK", d="down", pct=24.5, b=DC, src=SSB, **SEP),
      R(f="export", r=NO, c=MAINLANDX, v=41.3e9, cur="NOK", d="up", pct=4.1, b=DC, src=SSB, **SEP),
      R(f="export", r=NO, c=FISH, v=15.2e9, cur="NOK", src=SSB, **SEP),
      R(f="import", r=NO, c=DC, v=61.9e9, cur="NOK", src=SSB, **SEP),
      R(f="balance", r=NO, c=DC, v=36.5e9, cur="NOK", bal="surplus", src=SSB, **SEP)]),

    # P11 Slovenia's SURS (release copy): "exported goods worth ... and imported goods worth"
    # and their changes in the next sentence (NEW reading), a coverage ratio and a share (none);
    # no balance is stated.
    ("In August 2035, Slovenia exported goods worth €4.12 billion and imported goods worth €4.32 billion, the "
     "Statistical Office of the Republic of Slovenia (SURS) said. Exports were 5.2% higher and imports 1.4% lower "
     "than in August 2034. The export-import coverage ratio was 95.4%. Trade with EU member states accounted for "
     "61% of total exports.",
     [R(f="export", r=SI, c=DC, v=4.12e9, cur="EUR", d=["up", None], pct=[5.2, None], b=DC, src=SURS, **AUG),
      OPT(f="export", r=SI, c=DC, d="up", pct=5.2, **AUG),
      R(f="import", r=SI, c=DC, v=4.32e9, cur="EUR", d=["down", None], pct=[1.4, None], b=DC, src=SURS, **AUG),
      OPT(f="import", r=SI, c=DC, d="down", pct=1.4, **AUG)]),

    # P12 Statistics Lithuania (wire rewrite): preliminary values (vq DC), exports of
    # Lithuanian-origin goods excluding mineral products (a commodity, yoy), "Compared with July
    # 2035, total exports decreased by 2.7%" (NEW reading), a ranking without amounts (none).
    ("Lithuania's exports of goods amounted to €3.21 billion in August 2035 and imports to €3.58 billion, "
     "according to preliminary data from Statistics Lithuania. Exports of goods of Lithuanian origin, excluding "
     "mineral products, rose 6.4% year-on-year to €1.47 billion. Compared with July 2035, total exports decreased "
     "by 2.7%. The United States became the largest market for Lithuanian-origin goods in the month, ahead of "
     "Latvia and Germany.",
     [R(f="export", r=LT, c=DC, v=3.21e9, cur="EUR", vq=DC, d=["down", None], pct=[2.7, None], b=DC, src=STATLT,
        **AUG),
      OPT(f="export", r=LT, c=DC, d="down", pct=2.7, **AUG),
      R(f="import", r=LT, c=DC, v=3.58e9, cur="EUR", vq=DC, src=STATLT, **AUG),
      R(f="export", r=LT, c=LTORIG, v=1.47e9, cur="EUR", vq=DC, d="up", pct=6.4, b="yoy", src=STATLT, **AUG)]),

    # ================================================================ Latin America
    # P13 Brazil's September (wire rewrite of MDIC's release): the surplus, flows "as exports
    # rose ... from a year earlier" (yoy), the nine-month surplus "down from ... in the same
    # period of 2034" (d down, base optional), shipments to China with an appositive rank.
    ("Brazil posted a trade surplus of US$6.82 billion in September, the Ministry of Development, Industry, Trade "
     "and Services (MDIC) said, as exports rose 4.6% from a year earlier to US$29.41 billion and imports fell "
     "2.3% to US$22.59 billion. In the first nine months of the year, the surplus totalled US$55.34 billion, down "
     "from US$61.12 billion in the same period of 2034. Shipments to China, Brazil's top market, reached US$8.93 "
     "billion in September.",
     [R(f="balance", r=BR, v=6.82e9, cur="USD", bal="surplus", src=BRMIN, **SEP),
      R(f="export", r=BR, v=29.41e9, cur="USD", d="up", pct=4.6, b="yoy", src=BRMIN, **SEP),
      R(f="import", r=BR, v=22.59e9, cur="USD", d="down", pct=2.3, b=DC, src=BRMIN, **SEP),
      R(f="balance", r=BR, v=55.34e9, cur="USD", bal="surplus", d="down", pct=DC, by=DC, byc=DC, b=DC, src=BRMIN,
        **YTD9),
      OPT(f="balance", r=BR, v=61.12e9, cur="USD", bal="surplus", **YTD9_34),
      R(f="export", r=BR, p=CN, c=DC, v=8.93e9, cur="USD", src=BRMIN, **SEP)]),

    # P14 Brazil's commodities (Reuters-style, Secex data): soybeans "fell to ... from ... a
    # year earlier" (d down, b yoy, base optional), iron ore volume with a change and revenue
    # without one (two records), crude oil "reached a record" in barrels per day (d DC).
    ("Brazilian soybean exports fell to 6.12 million tonnes in September from 7.34 million tonnes a year earlier, "
     "according to Secex data, as the peak shipping months of the harvest passed. Iron ore shipments rose 5.8% to "
     "36.4 million tonnes, bringing in US$3.21 billion. Crude oil exports reached a record 2.31 million barrels "
     "per day.",
     [R(f="export", r=BR, c=SOY, vol=6.12e6, u=TON, d="down", pct=DC, by=DC, byc=DC, b="yoy", src=BRMIN, **SEP),
      OPT(f="export", r=BR, c=SOY, vol=7.34e6, u=TON, **SEP34),
      R(f="export", r=BR, c=IRONORE, vol=36.4e6, u=TON, v=DC, cur=DC, d="up", pct=5.8, b=DC, src=BRMIN, **SEP),
      R(f="export", r=BR, c=IRONORE, v=3.21e9, cur="USD", vol=DC, u=DC, src=BRMIN, **SEP),
      R(f="export", r=BR, c=CRUDE, vol=2.31e6, u=BPD, volq=DC, vq=DC, d=DC, pct=DC, b=DC, src=BRMIN, **SEP)]),

    # P15 Brazilian beef (ABIEC): "a record" volume, "Revenue rose" (the value's own change:
    # two records), China "bought" (either way), the US with a tariff without a rate (no TAR),
    # a meatpacker's net revenue (none).
    ("Brazil's beef exports climbed 14.2% to a record 318,600 tonnes in September, the Brazilian Beef Exporters "
     "Association (ABIEC) said, citing Secex data. Revenue rose 22.7% to US$1.71 billion. China bought 146,200 "
     "tonnes, while shipments to the United States fell 38.5% to 12,400 tonnes as higher U.S. tariffs bit. "
     "Meatpacker Serra Alta Alimentos said separately that its third-quarter net revenue rose 9% to 14.2 billion "
     "reais.",
     [R(f="export", r=BR, c=BEEF, vol=318.6e3, u=TON, volq=DC, vq=DC, v=DC, cur=DC, d="up", pct=14.2, b=DC,
        src=ABIEC, **SEP),
      R(f="export", r=BR, c=BEEF, v=1.71e9, cur="USD", vol=DC, u=DC, d="up", pct=22.7, b=DC, src=ABIEC, **SEP),
      R(f=EITHER, r=[BR, CN], p=[BR, CN], c=DC, vol=146.2e3, u=TON, src=ABIEC, **SEP),
      R(f="export", r=BR, p=US, c=BEEF, vol=12.4e3, u=TON, d="down", pct=38.5, b=DC, src=ABIEC, **SEP)]),

    # P16 Argentina's INDEC (wire rewrite): a value's change "driven by a 6.2% increase in
    # quantities" (an optional record), "while prices rose 2.1%" (none), a run (none),
    # primary products.
    ("Argentina's exports rose 8.4% year-on-year to US$7.31 billion in September, INDEC said on Friday, driven by "
     "a 6.2% increase in quantities, while prices rose 2.1%. Imports fell 4.7% to US$6.12 billion, leaving a "
     "trade surplus of US$1.19 billion, the 22nd consecutive monthly surplus. Exports of primary products jumped "
     "31.6% to US$2.04 billion on strong wheat and soybean shipments.",
     [R(f="export", r=AR, v=7.31e9, cur="USD", d="up", pct=8.4, b="yoy", src=INDEC, **SEP),
      OPT(f="export", r=AR, c=DC, d="up", pct=6.2, **SEP),
      R(f="import", r=AR, v=6.12e9, cur="USD", d="down", pct=4.7, b=DC, src=INDEC, **SEP),
      R(f="balance", r=AR, v=1.19e9, cur="USD", bal="surplus", src=INDEC, **SEP),
      R(f="export", r=AR, c=PRIMARY, v=2.04e9, cur="USD", d="up", pct=31.6, b=DC, src=INDEC, **SEP)]),

    # P17 Chile's central bank (wire rewrite): millions with thousands separators, copper
    # "accounting for" (a part), salmon and trout, lithium carbonate.
    ("Chile's exports totalled US$8,412 million in September, up 6.3% from a year earlier, the Central Bank of "
     "Chile said, with copper shipments accounting for US$4,518 million. Imports reached US$7,236 million, "
     "leaving a trade surplus of US$1,176 million. Salmon and trout exports rose 9.4% to US$612 million, while "
     "lithium carbonate shipments fell 17.8% to US$284 million.",
     [R(f="export", r=CL, c=DC, v=8412e6, cur="USD", d="up", pct=6.3, b="yoy", src=BCCH, **SEP),
      R(f="export", r=CL, c=COPPER, v=4518e6, cur="USD", src=BCCH, **SEP),
      R(f="import", r=CL, c=DC, v=7236e6, cur="USD", src=BCCH, **SEP),
      R(f="balance", r=CL, c=DC, v=1176e6, cur="USD", bal="surplus", src=BCCH, **SEP),
      R(f="export", r=CL, c=SALMONTROUT, v=612e6, cur="USD", d="up", pct=9.4, b=DC, src=BCCH, **SEP),
      R(f="export", r=CL, c=LITHIUM, v=284e6, cur="USD", d="down", pct=17.8, b=DC, src=BCCH, **SEP)]),

    # P18 Chilean copper in the third quarter (Cochilco): "Chile shipped ... of refined
    # copper" (yoy), "China took ... of it" (either way), earnings with a different change
    # (two records), Codelco's output (none).
    ("Chile shipped 468,300 tonnes of refined copper in the third quarter of 2035, 3.2% less than a year earlier, "
     "according to the Chilean Copper Commission (Cochilco). China took 246,900 tonnes of it. Copper export "
     "earnings over the quarter nevertheless rose 11.4% to US$13.8 billion as prices climbed. State miner "
     "Codelco's output fell 4% in the period.",
     [R(f="export", r=CL, c=COPPER, vol=468.3e3, u=TON, v=DC, cur=DC, d="down", pct=3.2, b="yoy", src=COCHILCO,
        **Q3),
      R(f=EITHER, r=[CL, CN], p=[CL, CN], c=DC, vol=246.9e3, u=TON, src=COCHILCO, **Q3),
      R(f="export", r=CL, c=COPPER, v=13.8e9, cur="USD", vol=DC, u=DC, d="up", pct=11.4, b=DC, src=COCHILCO,
        **Q3)]),

    # P19 Colombia's DANE (wire rewrite): "US$4,213.6 million FOB", "compared with August 2034"
    # (b DC), two product groups "driven by coffee" (no coffee record), imports, the deficit.
    ("Colombia's exports were US$4,213.6 million FOB in August 2035, an increase of 5.2% compared with August "
     "2034, the National Administrative Department of Statistics (DANE) reported. Sales of fuels and extractive "
     "industry products fell 9.8% to US$1,572.3 million, while agricultural, food and beverage exports grew 28.4% "
     "to US$1,348.9 million, driven by coffee. Imports were US$5,234.9 million, up 3.6%, and the trade deficit "
     "stood at US$1,021.3 million.",
     [R(f="export", r=CO, v=4213.6e6, cur="USD", d="up", pct=5.2, b=DC, src=DANE, **AUG),
      R(f="export", r=CO, c=FUELSX, v=1572.3e6, cur="USD", d="down", pct=9.8, b=DC, src=DANE, **AUG),
      R(f="export", r=CO, c=AGFOOD, v=1348.9e6, cur="USD", d="up", pct=28.4, b=DC, src=DANE, **AUG),
      R(f="import", r=CO, v=5234.9e6, cur="USD", d="up", pct=3.6, b=DC, src=DANE, **AUG),
      R(f="balance", r=CO, v=1021.3e6, cur="USD", bal="deficit", src=DANE, **AUG)]),

    # P20 Bolivia's INE (wire rewrite): eight months "7.6% less than in the same period of
    # 2034" (b DC), natural gas "sales to Brazil and Argentina fell to" (one record, p either,
    # d down), gold, imports, the deficit.
    ("Bolivia's exports totalled US$5,842 million in the first eight months of 2035, 7.6% less than in the same "
     "period of 2034, the National Institute of Statistics (INE) said. Natural gas sales to Brazil and Argentina "
     "fell to US$1,104 million, while gold exports rose 18.9% to US$1,386 million. Imports declined 3.1% to "
     "US$6,217 million, leaving a deficit of US$375 million.",
     [R(f="export", r=BO, v=5842e6, cur="USD", d="down", pct=7.6, b=DC, src=INEBO, **YTD8),
      R(f="export", r=BO, p=[BR, AR], c=NATGAS, v=1104e6, cur="USD", d="down", pct=DC, by=DC, byc=DC, b=DC,
        src=INEBO, **YTD8),
      R(f="export", r=BO, c=GOLD, v=1386e6, cur="USD", d="up", pct=18.9, b=DC, src=INEBO, **YTD8),
      R(f="import", r=BO, v=6217e6, cur="USD", d="down", pct=3.1, b=DC, src=INEBO, **YTD8),
      R(f="balance", r=BO, v=375e6, cur="USD", bal="deficit", src=INEBO, **YTD8)]),

    # P21 Peruvian fishmeal (fish desk): volume and value with different changes ("in volume
    # to", "their value rose": two records), China "bought" (either way), the anchovy catch
    # (none).
    ("Peru's fishmeal exports jumped 41.2% in volume to 812,400 tonnes in January-August 2035, while their value "
     "rose 36.8% to US$1.39 billion, according to customs data compiled by the National Fisheries Society (SNP). "
     "China bought 642,000 tonnes. The anchovy catch in the first fishing season reached 2.46 million tonnes.",
     [R(f="export", r=PE, c=FISHMEAL, vol=812.4e3, u=TON, v=DC, cur=DC, d="up", pct=41.2, b=DC, src=SNP, **YTD8),
      R(f="export", r=PE, c=FISHMEAL, v=1.39e9, cur="USD", vol=DC, u=DC, d="up", pct=36.8, b=DC, src=SNP, **YTD8),
      R(f=EITHER, r=[PE, CN], p=[PE, CN], c=DC, vol=642e3, u=TON, src=SNP, **YTD8)]),

    # P22 El Salvador's central bank (wire rewrite): maquila exports, coffee "more than
    # doubled" (pct DC), imports, the deficit "widening ... to" (d DC), remittances (none).
    ("El Salvador's exports reached US$4,712.8 million in January-September 2035, a 3.4% increase over the same "
     "period of 2034, the Central Reserve Bank (BCR) reported. Maquila exports fell 5.1% to US$871.3 million, "
     "while coffee exports more than doubled to US$164.2 million. Imports totalled US$12,384.6 million, widening "
     "the trade deficit to US$7,671.8 million. Remittances, which cover much of the gap, rose 6.2% to US$7.1 "
     "billion.",
     [R(f="export", r=SV, v=4712.8e6, cur="USD", d="up", pct=3.4, b=DC, src=BCRSV, **YTD9),
      R(f="export", r=SV, c=MAQUILA, v=871.3e6, cur="USD", d="down", pct=5.1, b=DC, src=BCRSV, **YTD9),
      R(f="export", r=SV, c=COFFEE, v=164.2e6, cur="USD", d="up", pct=DC, cq=DC, by=DC, byc=DC, b=DC, src=BCRSV,
        **YTD9),
      R(f="import", r=SV, v=12384.6e6, cur="USD", src=BCRSV, **YTD9),
      R(f="balance", r=SV, v=7671.8e6, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC, src=BCRSV,
        **YTD9)]),

    # ================================================================ Africa
    # P23 South Africa's SARS (release copy): a preliminary surplus (vq DC) "attributable to
    # exports of ... and imports of", exports "increased from ... in July to ... in August, an
    # increase of R6.3 billion (3.7%)" (NEW: one record with the change, the bare mention an
    # optional twin, the July base optional), the cumulative surplus "compared with" (d DC,
    # base optional).
    ("South Africa recorded a preliminary trade balance surplus of R14.6 billion for August 2035, the South "
     "African Revenue Service (SARS) said. This was attributable to exports of R178.2 billion and imports of "
     "R163.6 billion. Exports increased from R171.9 billion in July to R178.2 billion in August, an increase of "
     "R6.3 billion (3.7%). The cumulative trade balance surplus for January to August 2035 was R98.7 billion, "
     "compared with R61.3 billion for the same period in 2034.",
     [R(f="balance", r=ZA, v=14.6e9, cur="ZAR", vq=DC, bal="surplus", src=SARS, **AUG),
      R(f="export", r=ZA, v=178.2e9, cur="ZAR", vq=DC, d="up", pct=3.7, by=6.3e9, byc="ZAR", b=DC, src=SARS, **AUG),
      OPT(f="export", r=ZA, v=178.2e9, cur="ZAR", **AUG),
      OPT(f="export", r=ZA, v=171.9e9, cur="ZAR", **JUL),
      R(f="import", r=ZA, v=163.6e9, cur="ZAR", vq=DC, src=SARS, **AUG),
      R(f="balance", r=ZA, v=98.7e9, cur="ZAR", vq=DC, bal="surplus", d=DC, pct=DC, by=DC, byc=DC, b=DC, src=SARS,
        **YTD8),
      OPT(f="balance", r=ZA, v=61.3e9, cur="ZAR", bal="surplus", **YTD8_34)]),

    # P24 South Africa by region (wire rewrite of SARS): trade with Asia "produced a deficit"
    # (a balance, p Asia) "with exports of ... and imports of" (p Asia), Europe "a 6.2%
    # increase on August 2034" (b DC), a surplus "with the rest of Africa", China "the largest
    # single export destination at" (either way).
    ("South Africa's trade with Asia produced a deficit of R9.8 billion in August, with exports of R58.4 billion "
     "and imports of R68.2 billion, SARS data showed. Exports to Europe were R41.7 billion, a 6.2% increase on "
     "August 2034, and the country ran a surplus of R18.9 billion with the rest of Africa. China remained the "
     "largest single export destination at R19.6 billion.",
     [R(f="balance", r=ZA, p=ASIA, v=9.8e9, cur="ZAR", bal="deficit", src=SARS, **AUG),
      R(f="export", r=ZA, p=ASIA, v=58.4e9, cur="ZAR", src=SARS, **AUG),
      R(f="import", r=ZA, p=ASIA, v=68.2e9, cur="ZAR", src=SARS, **AUG),
      R(f="export", r=ZA, p=EUROPE, v=41.7e9, cur="ZAR", d="up", pct=6.2, b=DC, src=SARS, **AUG),
      R(f="balance", r=ZA, p=AFRICA, v=18.9e9, cur="ZAR", bal="surplus", src=SARS, **AUG),
      R(f=EITHER, r=[ZA, CN], p=[ZA, CN], c=DC, v=19.6e9, cur="ZAR", src=SARS, **AUG)]),

    # P25 Uganda (Bank of Uganda data): merchandise exports (yoy) "lifted by coffee, which
    # earned" (a part), gold, imports of goods, "widening the monthly trade deficit to" (d DC).
    ("Uganda's merchandise exports rose 21.4% year-on-year to US$812.6 million in August, Bank of Uganda data "
     "showed, lifted by coffee, which earned US$231.8 million. Gold exports came to US$268.3 million. Imports of "
     "goods totalled US$1.02 billion, widening the monthly trade deficit to US$207.4 million.",
     [R(f="export", r=UG, c=DC, v=812.6e6, cur="USD", d="up", pct=21.4, b="yoy", src=BOU, **AUG),
      R(f="export", r=UG, c=COFFEE, v=231.8e6, cur="USD", src=BOU, **AUG),
      R(f="export", r=UG, c=GOLD, v=268.3e6, cur="USD", src=BOU, **AUG),
      R(f="import", r=UG, c=DC, v=1.02e9, cur="USD", src=BOU, **AUG),
      R(f="balance", r=UG, c=DC, v=207.4e6, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC, src=BOU,
        **AUG)]),

    # P26 Ghana's statistics service (wire rewrite): a quarterly surplus in cedis, exports with
    # a dollar equivalent (either, twin) and parts, imports (yoy), consumer inflation (none).
    ("Ghana recorded a trade surplus of GH₵ 21.6 billion in the second quarter of 2035, the Ghana Statistical "
     "Service (GSS) said on Wednesday. Exports amounted to GH₵ 68.9 billion (about $5.3 billion), with gold "
     "accounting for GH₵ 38.4 billion and cocoa beans for GH₵ 7.2 billion. Imports were GH₵ 47.3 billion, 5.8% "
     "higher than a year earlier. Consumer inflation, also published on Wednesday, eased to 11.2% in September.",
     [R(f="balance", r=GH, c=DC, v=21.6e9, cur="GHS", bal="surplus", src=GSS, **Q2),
      R(f="export", r=GH, c=DC, v=[68.9e9, 5.3e9], cur=["GHS", "USD"], vq=[None] + ABOUT, src=GSS, **Q2),
      OPT(f="export", r=GH, c=DC, v=5.3e9, cur="USD", **Q2),
      R(f="export", r=GH, c=GOLD, v=38.4e9, cur="GHS", src=GSS, **Q2),
      R(f="export", r=GH, c=COCOABEANS, v=7.2e9, cur="GHS", src=GSS, **Q2),
      R(f="import", r=GH, c=DC, v=47.3e9, cur="GHS", d="up", pct=5.8, b="yoy", src=GSS, **Q2)]),

    # P27 Ghana's cocoa season (COCOBOD): the 2034/35 season "that ended on Sept. 30"
    # (October 2034 - September 2035), "The shipments earned about" (the value without a
    # change: a second record), the Netherlands "taking" (either way), purchases from farmers
    # (none).
    ("Ghana exported 512,000 tonnes of cocoa beans in the 2034/35 season that ended on Sept. 30, up 18% from the "
     "previous season, the Ghana Cocoa Board (COCOBOD) said. The shipments earned about $3.6 billion. The "
     "Netherlands was the biggest buyer, taking 121,000 tonnes. Purchases from farmers for the new season have "
     "reached 48,000 tonnes, the board added.",
     [R(f="export", r=GH, c=COCOABEANS, vol=512e3, u=TON, v=DC, cur=DC, d="up", pct=18, b=DC, src=COCOBOD,
        **SEASON),
      R(f="export", r=GH, c=COCOABEANS, v=3.6e9, cur="USD", vq=ABOUT, vol=DC, u=DC, src=COCOBOD, **SEASON),
      R(f=EITHER, r=[GH] + NL, p=[GH] + NL, c=DC, vol=121e3, u=TON, src=COCOBOD, **SEASON)]),

    # P28 Ivory Coast's cocoa (Reuters-style): arrivals at ports (none), the season's exports
    # "which ran from October to September" ("6.1% more than in 2033/34", b DC), "Its exports
    # of processed cocoa products rose to" (d up, pct DC).
    ("Cocoa arrivals at Ivory Coast's ports reached 412,000 tonnes between Oct. 1 and Oct. 19, exporters "
     "estimated, up from 378,000 tonnes in the same period last season. Over the 2034/35 season, which ran from "
     "October to September, the country exported 1.74 million tonnes of cocoa beans, customs data showed, 6.1% "
     "more than in 2033/34. Its exports of processed cocoa products rose to 692,000 tonnes.",
     [R(f="export", r=CI, c=COCOABEANS, vol=1.74e6, u=TON, d="up", pct=6.1, b=DC, src=CICUS, **SEASON),
      R(f="export", r=CI, c=PROCCOCOA, vol=692e3, u=TON, d="up", pct=DC, by=DC, byc=DC, b=DC, src=CICUS,
        **SEASON)]),

    # P29 Namibia's statistics agency (wire rewrite): the deficit "narrowed to ... from ... in
    # July" (d DC, base optional), exports month-on-month with a dollar equivalent (either,
    # twin) "driven by" goods without amounts (c DC), Botswana "absorbing" (either way).
    ("Namibia's trade deficit narrowed to N$1.42 billion in August from N$2.87 billion in July, the Namibia "
     "Statistics Agency (NSA) said. Exports rose 14.6% month-on-month to N$9.63 billion ($535 million), driven by "
     "diamonds and uranium, while imports fell 2.0% to N$11.05 billion. Botswana was the largest market for "
     "Namibian goods, absorbing N$1.88 billion.",
     [R(f="balance", r=NA, c=DC, v=1.42e9, cur="NAD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC, src=NSANA,
        **AUG),
      OPT(f="balance", r=NA, c=DC, v=2.87e9, cur="NAD", bal="deficit", **JUL),
      R(f="export", r=NA, c=DC, v=[9.63e9, 535e6], cur=["NAD", "USD"], vq=[None] + ABOUT, d="up", pct=14.6, b="mom",
        src=NSANA, **AUG),
      OPT(f="export", r=NA, c=DC, v=535e6, cur="USD", **AUG),
      R(f="import", r=NA, c=DC, v=11.05e9, cur="NAD", d="down", pct=2.0, b=DC, src=NSANA, **AUG),
      R(f=EITHER, r=[NA, BW], p=[NA, BW], c=DC, v=1.88e9, cur="NAD", src=NSANA, **AUG)]),

    # P30 Rwanda's NISR (release copy): "formal external trade ... totalled" (total, c DC) with
    # "an increase of 9.3% over the same quarter of 2034", exports, imports and re-exports in
    # one gapped sentence, the DRC "receiving" (either way), GDP (none).
    ("Rwanda's formal external trade in the second quarter of 2035 totalled US$1,624.5 million, an increase of "
     "9.3% over the same quarter of 2034, the National Institute of Statistics of Rwanda (NISR) said. Exports "
     "amounted to US$243.7 million, imports to US$1,218.6 million and re-exports to US$162.2 million. The "
     "Democratic Republic of Congo was the main destination of exports, receiving US$98.4 million. The economy "
     "grew 8.1% in the quarter, the institute said separately.",
     [R(f="total", r=RW, c=DC, v=1624.5e6, cur="USD", d="up", pct=9.3, b=DC, src=NISR, **Q2),
      R(f="export", r=RW, c=DC, v=243.7e6, cur="USD", src=NISR, **Q2),
      R(f="import", r=RW, c=DC, v=1218.6e6, cur="USD", src=NISR, **Q2),
      R(f="export", r=RW, c=DC, v=162.2e6, cur="USD", src=NISR, **Q2),
      R(f=EITHER, r=[RW] + DRC, p=[RW] + DRC, c=DC, v=98.4e6, cur="USD", src=NISR, **Q2)]),

    # P31 Mozambique's central bank (wire rewrite): goods exports in the first half, LNG sales
    # "climbed to" (d up, pct DC), coal, aluminium "brought in", the current account (none).
    ("Mozambique's exports of goods rose 12.7% to US$6.48 billion in the first half of 2035, the Bank of "
     "Mozambique said in its balance of payments report, as liquefied natural gas sales climbed to US$1.31 "
     "billion. Coal exports fell 9.2% to US$1.12 billion, while aluminium brought in US$0.86 billion. The current "
     "account deficit narrowed to US$1.9 billion.",
     [R(f="export", r=MZ, c=DC, v=6.48e9, cur="USD", d="up", pct=12.7, b=DC, src=BOMZ, **H1),
      R(f="export", r=MZ, c=LNG, v=1.31e9, cur="USD", d="up", pct=DC, by=DC, byc=DC, b=DC, src=BOMZ, **H1),
      R(f="export", r=MZ, c=COALX, v=1.12e9, cur="USD", d="down", pct=9.2, b=DC, src=BOMZ, **H1),
      R(f="export", r=MZ, c=ALU, v=0.86e9, cur="USD", src=BOMZ, **H1)]),

    # P32 Statistics Mauritius (wire rewrite): "Rs" as MUR, total exports (c DC) "down ...
    # from August 2034" (b DC), imports, the deficit "widened to" (d DC), sugar "fell to" (d
    # down), markets without amounts (none).
    ("Mauritius' total exports amounted to Rs 9.84 billion in August 2035, down 4.2% from August 2034, "
     "Statistics Mauritius said, while imports rose 3.1% to Rs 24.67 billion. The trade deficit widened to Rs "
     "14.83 billion. Sugar exports fell to Rs 0.62 billion, and the United States, France and South Africa were "
     "the main markets for domestic exports.",
     [R(f="export", r=MU, c=DC, v=9.84e9, cur="MUR", d="down", pct=4.2, b=DC, src=STATSMU, **AUG),
      R(f="import", r=MU, c=DC, v=24.67e9, cur="MUR", d="up", pct=3.1, b=DC, src=STATSMU, **AUG),
      R(f="balance", r=MU, c=DC, v=14.83e9, cur="MUR", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC,
        src=STATSMU, **AUG),
      R(f="export", r=MU, c=SUGAR, v=0.62e9, cur="MUR", d="down", pct=DC, by=DC, byc=DC, b=DC, src=STATSMU,
        **AUG)]),

    # P33 Kenya's KNBS (Business Daily-style): horticulture with a dollar equivalent (either,
    # twin), tea "4.6% less than a year earlier" (yoy) with auction prices in a reason (none),
    # coffee "more than doubled" (pct DC), markets without amounts (none).
    ("Kenya's earnings from horticultural exports rose 11.3% to KSh 118.6 billion ($918 million) in the first "
     "eight months of 2035, data from the Kenya National Bureau of Statistics (KNBS) showed. Tea exports brought "
     "in KSh 142.7 billion, 4.6% less than a year earlier, as auction prices softened. Coffee earnings more than "
     "doubled to KSh 31.2 billion. The Netherlands and the United Kingdom remained the main markets for cut "
     "flowers.",
     [R(f="export", r=KE, c=HORT, v=[118.6e9, 918e6], cur=["KES", "USD"], vq=[None] + ABOUT, d="up", pct=11.3, b=DC,
        src=KNBS, **YTD8),
      OPT(f="export", r=KE, c=HORT, v=918e6, cur="USD", **YTD8),
      R(f="export", r=KE, c=TEA, v=142.7e9, cur="KES", d="down", pct=4.6, b="yoy", src=KNBS, **YTD8),
      R(f="export", r=KE, c=COFFEE, v=31.2e9, cur="KES", d="up", pct=DC, cq=DC, by=DC, byc=DC, b=DC, src=KNBS,
        **YTD8)]),

    # ================================================================ Asia: statistics offices
    # P34 The Philippines' PSA (release copy): total external trade "reflecting an annual
    # increase" (total, yoy), "Export receipts" and "payments for imports", the BoT-G deficit,
    # the revised July deficit in its own sentence (required, change DC) and the figure it
    # replaces (optional; "reported last month" is no period).
    ("The total external trade in goods of the Philippines in August 2035 amounted to US$17.42 billion, "
     "reflecting an annual increase of 6.3 percent, the Philippine Statistics Authority (PSA) reported. Export "
     "receipts grew 9.1 percent to US$6.82 billion, while payments for imports rose 4.6 percent to US$10.60 "
     "billion. The balance of trade in goods (BoT-G) was a deficit of US$3.78 billion. Revised data showed the "
     "July deficit at US$4.21 billion, instead of the US$4.05 billion reported last month.",
     [R(f="total", r=PH, c=DC, v=17.42e9, cur="USD", d="up", pct=6.3, b="yoy", src=PSA, **AUG),
      R(f="export", r=PH, c=DC, v=6.82e9, cur="USD", d="up", pct=9.1, b=DC, src=PSA, **AUG),
      R(f="import", r=PH, c=DC, v=10.60e9, cur="USD", d="up", pct=4.6, b=DC, src=PSA, **AUG),
      R(f="balance", r=PH, c=DC, v=3.78e9, cur="USD", bal="deficit", src=PSA, **AUG),
      R(f="balance", r=PH, c=DC, v=4.21e9, cur="USD", vq=DC, bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC,
        src=PSA, **JUL),
      OPT(f="balance", r=PH, c=DC, v=4.05e9, cur="USD", bal="deficit", **JUL)]),

    # P35 Philippine goods and partners (BusinessWorld-style rewrite of the PSA release):
    # electronic products "valued at", buyers "with ..., followed by ... with ... and ...
    # with" and a supplier "at" (either way).
    ("Electronic products remained the top export of the Philippines in August 2035, valued at US$3.74 billion, "
     "the PSA said. The United States was the largest buyer of Philippine goods with US$1.11 billion, followed by "
     "Hong Kong with US$0.94 billion and Japan with US$0.92 billion. China was the biggest source of imports at "
     "US$2.51 billion.",
     [R(f="export", r=PH, c=ELECPROD, v=3.74e9, cur="USD", src=PSA, **AUG),
      R(f=EITHER, r=[PH] + US, p=[PH] + US, c=DC, v=1.11e9, cur="USD", src=PSA, **AUG),
      R(f=EITHER, r=[PH, HK], p=[PH, HK], c=DC, v=0.94e9, cur="USD", src=PSA, **AUG),
      R(f=EITHER, r=[PH, JP], p=[PH, JP], c=DC, v=0.92e9, cur="USD", src=PSA, **AUG),
      R(f=EITHER, r=[PH, CN], p=[PH, CN], c=DC, v=2.51e9, cur="USD", src=PSA, **AUG)]),

    # P36 Indonesia's BPS (release copy): one value with a month-on-month fall and a
    # year-on-year rise "compared with August 2035 ... compared with September 2034" (two
    # records, each accepting the value or none), imports month-on-month, the surplus,
    # "Cumulatively" January-September.
    ("Indonesia's exports in September 2035 reached US$23.41 billion, a decrease of 2.6 percent compared with "
     "August 2035 but an increase of 5.7 percent compared with September 2034, Statistics Indonesia (BPS) said on "
     "Wednesday. Imports were US$19.87 billion, down 4.1 percent month-on-month, so the trade balance recorded a "
     "surplus of US$3.54 billion. Cumulatively, exports in January-September 2035 were US$206.83 billion, up 3.9 "
     "percent on the same period of 2034.",
     [R(f="export", r=ID, v=[23.41e9, None], cur=["USD", None], d="down", pct=2.6, b=DC, src=BPS, **SEP),
      R(f="export", r=ID, v=[23.41e9, None], cur=["USD", None], d="up", pct=5.7, b=DC, src=BPS, **SEP),
      R(f="import", r=ID, v=19.87e9, cur="USD", d="down", pct=4.1, b="mom", src=BPS, **SEP),
      R(f="balance", r=ID, v=3.54e9, cur="USD", bal="surplus", src=BPS, **SEP),
      R(f="export", r=ID, v=206.83e9, cur="USD", d="up", pct=3.9, b=DC, src=BPS, **YTD9)]),

    # P37 Vietnam's National Statistics Office (release copy): an estimated turnover (total,
    # vq DC) with two changes ("from the previous month and ... from the same period last
    # year": two records, each accepting the value or none), nine-month flows in a gapped
    # sentence, the surplus, the US "buying an estimated" (either way), GDP (none).
    ("Vietnam's total export and import turnover of goods in September 2035 was estimated at US$84.6 billion, up "
     "3.1% from the previous month and 14.2% from the same period last year, the National Statistics Office said. "
     "In the first nine months, exports were estimated at US$352.8 billion, up 13.6%, and imports at US$331.5 "
     "billion, up 16.2%, giving a trade surplus of US$21.3 billion. The United States remained the largest export "
     "market, buying an estimated US$112.4 billion of Vietnamese goods. GDP grew 7.4% year-on-year in the third "
     "quarter.",
     [R(f="total", r=VN, c=DC, v=[84.6e9, None], cur=["USD", None], vq=DC, d="up", pct=3.1, b=DC, src=VNNSO, **SEP),
      R(f="total", r=VN, c=DC, v=[84.6e9, None], cur=["USD", None], vq=DC, d="up", pct=14.2, b=DC, src=VNNSO,
        **SEP),
      R(f="export", r=VN, c=DC, v=352.8e9, cur="USD", vq=DC, d="up", pct=13.6, b=DC, src=VNNSO, **YTD9),
      R(f="import", r=VN, c=DC, v=331.5e9, cur="USD", vq=DC, d="up", pct=16.2, b=DC, src=VNNSO, **YTD9),
      R(f="balance", r=VN, c=DC, v=21.3e9, cur="USD", vq=DC, bal="surplus", src=VNNSO, **YTD9),
      R(f=EITHER, r=VN + US, p=VN + US, c=DC, v=112.4e9, cur="USD", vq=DC, src=VNNSO, **YTD9)]),

    # P38 South Korea (Yonhap-style): September exports (yoy) "as semiconductor shipments
    # jumped ... to a record" (RECORD), imports, the surplus, and the customs service's "first
    # 20 days of October" (1-20 October, yoy); "on Oct. 1" and "on Monday" are release days.
    ("South Korea's exports rose 8.9% year-on-year to $63.4 billion in September, the Ministry of Trade, Industry "
     "and Energy said on Oct. 1, as semiconductor shipments jumped 27.3% to a record $16.2 billion. Imports "
     "increased 4.2% to $57.3 billion, producing a trade surplus of $6.1 billion. Exports for the first 20 days "
     "of October fell 6.7% from a year earlier to $33.1 billion, the Korea Customs Service said on Monday, "
     "reflecting fewer working days.",
     [R(f="export", r=KR, v=63.4e9, cur="USD", d="up", pct=8.9, b="yoy", src=MOTIE, **SEP),
      R(f="export", r=KR, c=CHIPS, v=16.2e9, cur="USD", vq=RECORD, d="up", pct=27.3, b=DC, src=MOTIE, **SEP),
      R(f="import", r=KR, v=57.3e9, cur="USD", d="up", pct=4.2, b=DC, src=MOTIE, **SEP),
      R(f="balance", r=KR, v=6.1e9, cur="USD", bal="surplus", src=MOTIE, **SEP),
      R(f="export", r=KR, v=33.1e9, cur="USD", d="down", pct=6.7, b="yoy", src=KCS, **OCT20)]),

    # P39 Japan's Finance Ministry (Kyodo-style): a preliminary deficit with a dollar
    # equivalent (either, twin), imports (yoy), exports with partners as percents only ("with
    # shipments to the United States down 8.2% and those to China up 6.4%": records with v
    # null), the fiscal first half "from April to September".
    ("Japan posted a trade deficit of ¥294.2 billion ($1.96 billion) in September, preliminary Finance Ministry "
     "data showed, as imports rose 5.6% year-on-year to ¥9.46 trillion. Exports increased 3.9% to ¥9.17 trillion, "
     "with shipments to the United States down 8.2% and those to China up 6.4%. For the first half of fiscal "
     "2035, from April to September, the deficit totalled ¥2.38 trillion.",
     [R(f="balance", r=JP, v=[294.2e9, 1.96e9], cur=["JPY", "USD"], vq=DC, bal="deficit", src=MOFJ,
        **SEP),
      OPT(f="balance", r=JP, v=1.96e9, cur="USD", bal="deficit", **SEP),
      R(f="import", r=JP, v=9.46e12, cur="JPY", vq=DC, d="up", pct=5.6, b="yoy", src=MOFJ, **SEP),
      R(f="export", r=JP, v=9.17e12, cur="JPY", vq=DC, d="up", pct=3.9, b=DC, src=MOFJ, **SEP),
      R(f="export", r=JP, p=US, vq=DC, d="down", pct=8.2, b=DC, src=MOFJ, **SEP),
      R(f="export", r=JP, p=CN, vq=DC, d="up", pct=6.4, b=DC, src=MOFJ, **SEP),
      R(f="balance", r=JP, v=2.38e12, cur="JPY", vq=DC, bal="deficit", src=MOFJ, **FYH1)]),

    # P40 Hong Kong's Census and Statistics Department (release copy): total exports of goods
    # "increased by 11.4% over a year earlier" (yoy), "Concurrently" imports, the visible trade
    # deficit with its share of imports (the share none), the eight months as a percent only.
    ("The value of Hong Kong's total exports of goods increased by 11.4% over a year earlier to HK$412.6 billion "
     "in August 2035, the Census and Statistics Department said. Concurrently, the value of imports of goods "
     "increased by 9.8% to HK$436.9 billion, leaving a visible trade deficit of HK$24.3 billion, equivalent to "
     "5.6% of the value of imports. For the first eight months of 2035 taken together, total exports rose 13.2% "
     "over the same period in 2034.",
     [R(f="export", r=HK, c=DC, v=412.6e9, cur="HKD", d="up", pct=11.4, b="yoy", src=CSD, **AUG),
      R(f="import", r=HK, c=DC, v=436.9e9, cur="HKD", d="up", pct=9.8, b=DC, src=CSD, **AUG),
      R(f="balance", r=HK, c=DC, v=24.3e9, cur="HKD", bal="deficit", src=CSD, **AUG),
      R(f="export", r=HK, c=DC, d="up", pct=13.2, b=DC, src=CSD, **YTD8)]),

    # P41 Brunei's DEPS (Borneo Bulletin-style): total trade (yoy), exports "mainly on higher
    # shipments of mineral fuels" (c DC) with a share (none), imports "edged up" (cq DC), the
    # surplus of "the sultanate, home to about 462,000 people" (the population none).
    ("Brunei's total trade rose 9.2% year-on-year to B$2.41 billion in August 2035, the Department of Economic "
     "Planning and Statistics (DEPS) said. Exports increased 14.6% to B$1.53 billion, mainly on higher shipments "
     "of mineral fuels, which made up 86.3% of the total, while imports edged up 1.2% to B$0.88 billion. The "
     "trade surplus of the sultanate, home to about 462,000 people, was B$0.65 billion.",
     [R(f="total", r=BN, c=DC, v=2.41e9, cur="BND", d="up", pct=9.2, b="yoy", src=DEPS, **AUG),
      R(f="export", r=BN, c=DC, v=1.53e9, cur="BND", d="up", pct=14.6, b=DC, src=DEPS, **AUG),
      R(f="import", r=BN, c=DC, v=0.88e9, cur="BND", d="up", pct=1.2, cq=DC, b=DC, src=DEPS, **AUG),
      R(f="balance", r=BN, c=DC, v=0.65e9, cur="BND", bal="surplus", src=DEPS, **AUG)]),

    # ================================================================ Commodity and agriculture desks
    # P42 U.S. soybeans (Reuters-style): the 2034/35 marketing year "that ended on Aug. 31"
    # (September 2034 - August 2035), China "fell to ... from ..." (d down, the base of the
    # previous year optional), the EU "took" (either way), outstanding sales for the new
    # season (none).
    ("U.S. soybean exports totalled 46.2 million tonnes in the 2034/35 marketing year that ended on Aug. 31, "
     "down 8.7% from the previous year, the U.S. Department of Agriculture said in its final tally. Shipments to "
     "China fell to 19.8 million tonnes from 24.6 million tonnes, while the European Union took 5.1 million "
     "tonnes. Outstanding sales for the new 2035/36 season stood at 14.3 million tonnes as of Oct. 11.",
     [R(f="export", r=US, c=SOY, vol=46.2e6, u=TON, d="down", pct=8.7, b=DC, src=USDA, **USMY),
      R(f="export", r=US, p=CN, c=SOY, vol=19.8e6, u=TON, d="down", pct=DC, by=DC, byc=DC, b=DC, src=USDA, **USMY),
      OPT(f="export", r=US, p=CN, c=SOY, vol=24.6e6, u=TON, **USMY34),
      R(f=EITHER, r=US + EU, p=US + EU, c=DC, vol=5.1e6, u=TON, src=USDA, **USMY)]),

    # P43 U.S. export inspections (grain desk): a week "ended Oct. 18" (12-18 October; "a week
    # earlier" an optional base), wheat inspections, the marketing year to date "Since the
    # start of the 2035/36 marketing year on Sept. 1" ("from a year ago" yoy).
    ("U.S. corn export inspections rose to 1.42 million tonnes in the week ended Oct. 18 from 1.17 million "
     "tonnes a week earlier, USDA data showed on Monday. Wheat inspections came to 412,600 tonnes. Since the start "
     "of the 2035/36 marketing year on Sept. 1, corn inspections have totalled 9.86 million tonnes, up 12% from "
     "a year ago.",
     [R(f="export", r=US, c=CORN, vol=1.42e6, u=TON, d="up", pct=DC, by=DC, byc=DC, b=DC, src=USDA, **WEEK),
      OPT(f="export", r=US, c=CORN, vol=1.17e6, u=TON, **WEEK0),
      R(f="export", r=US, c=WHEAT, vol=412.6e3, u=TON, src=USDA, **WEEK),
      R(f="export", r=US, c=CORN, vol=9.86e6, u=TON, d="up", pct=12, b="yoy", src=USDA, **MYTD)]),

    # P44 Brazilian coffee (Cecafé): bags (yoy) and revenue with a different change (two
    # records), the crop year's first three months "from July to September", Germany and the
    # US as buyers (either way), "despite Washington's 50% tariff on Brazilian goods" (TAR).
    ("Brazil exported 3.42 million 60-kg bags of coffee in September, 11.8% fewer than a year earlier, the "
     "exporters' council Cecafé said, as tight arabica stocks limited shipments. Export revenue nevertheless "
     "climbed 19.4% to US$1.38 billion. In the first three months of the 2035/36 crop year, from July to "
     "September, shipments reached 9.87 million bags. Germany was the largest buyer in September with 612,000 "
     "bags, ahead of the United States, which took 498,000 bags despite Washington's 50% tariff on Brazilian "
     "goods.",
     [R(f="export", r=BR, c=COFFEE, vol=3.42e6, u=BAG, v=DC, cur=DC, d="down", pct=11.8, b="yoy", src=CECAFE, **SEP),
      R(f="export", r=BR, c=COFFEE, v=1.38e9, cur="USD", vol=DC, u=DC, d="up", pct=19.4, b=DC, src=CECAFE, **SEP),
      R(f="export", r=BR, c=COFFEE, vol=9.87e6, u=BAG, src=CECAFE, **Q3),
      R(f=EITHER, r=[BR, DE], p=[BR, DE], c=DC, vol=612e3, u=BAG, src=CECAFE, **SEP),
      R(f=EITHER, r=[BR] + US, p=[BR] + US, c=DC, vol=498e3, u=BAG, src=CECAFE, **SEP),
      TAR(r=US, p=[BR, None], c=DC, rate=50)]),

    # P45 Vietnamese coffee's crop year (Vicofa): the 2034/35 crop year "that ended in
    # September" (October 2034 - September 2035), volume down, earnings "to a record" up (two
    # records), buyers without amounts (none), an output forecast (none).
    ("Vietnam exported 1.62 million tonnes of coffee in the 2034/35 crop year that ended in September, down 3.4% "
     "from the previous year, but export earnings surged 31.2% to a record US$8.74 billion, according to customs "
     "figures compiled by the Vietnam Coffee and Cocoa Association (Vicofa). Germany and Italy were the biggest "
     "buyers. Vicofa expects output in the 2035/36 crop to rise 6% to 1.85 million tonnes.",
     [R(f="export", r=VN, c=COFFEE, vol=1.62e6, u=TON, v=DC, cur=DC, d="down", pct=3.4, b=DC, src=VICOFA, **SEASON),
      R(f="export", r=VN, c=COFFEE, v=8.74e9, cur="USD", vq=RECORD, vol=DC, u=DC, d="up", pct=31.2, b=DC,
        src=VICOFA, **SEASON)]),

    # P46 Ukrainian grain (agriculture desk): the first three months of the 2035/36 season
    # "from July to September" (yoy), the grains "The total included" (parts with volumes), a
    # harvest forecast (none).
    ("Ukraine exported 11.64 million tonnes of grain in the first three months of the 2035/36 season, from July "
     "to September, the agriculture ministry said, down 14% from a year earlier. The total included 7.21 million "
     "tonnes of wheat, 2.86 million tonnes of corn and 1.49 million tonnes of barley. Ukraine's 2035 grain "
     "harvest is expected at 56 million tonnes.",
     [R(f="export", r=UA, c=GRAIN, vol=11.64e6, u=TON, d="down", pct=14, b="yoy", src=UAMIN, **Q3),
      R(f="export", r=UA, c=WHEAT, vol=7.21e6, u=TON, src=UAMIN, **Q3),
      R(f="export", r=UA, c=CORN, vol=2.86e6, u=TON, src=UAMIN, **Q3),
      R(f="export", r=UA, c=BARLEY, vol=1.49e6, u=TON, src=UAMIN, **Q3)]),

    # P47 China's commodity imports (Reuters-style, GAC data): soybeans (yoy) with Brazilian
    # cargoes in a reason (no partner), iron ore "rose to ... from ... a year earlier" (d up, b
    # yoy, base optional), unwrought copper, nine-month soybean "purchases" (imports).
    ("China's soybean imports fell 9.4% year-on-year to 10.3 million tonnes in September, data from the General "
     "Administration of Customs showed, as arrivals of Brazilian cargoes slowed. Iron ore imports rose to 112.6 "
     "million tonnes from 104.9 million tonnes a year earlier, while imports of unwrought copper and copper "
     "products came in at 468,000 tonnes. In the first nine months, soybean purchases totalled 81.7 million "
     "tonnes.",
     [R(f="import", r=CN, c=SOY, vol=10.3e6, u=TON, d="down", pct=9.4, b="yoy", src=GAC, **SEP),
      R(f="import", r=CN, c=IRONORE, vol=112.6e6, u=TON, d="up", pct=DC, by=DC, byc=DC, b="yoy", src=GAC, **SEP),
      OPT(f="import", r=CN, c=IRONORE, vol=104.9e6, u=TON, **SEP34),
      R(f="import", r=CN, c=COPPERUW, vol=468e3, u=TON, src=GAC, **SEP),
      R(f="import", r=CN, c=SOY, vol=81.7e6, u=TON, src=GAC, **YTD9)]),

    # P48 China's soybeans by origin (Bloomberg-style): imports from Brazil (yoy), purchases
    # from the US "dropped to ... from ..." (d down, the base of September 2034 optional),
    # "Argentina supplied" (either way), "Beijing's 20% retaliatory duty on U.S. soybeans
    # remained in force" (TAR, reporter China).
    ("China imported 8.12 million tonnes of soybeans from Brazil in September, customs data showed, up 6.5% from "
     "a year earlier, while purchases from the United States dropped to 0.41 million tonnes from 1.93 million "
     "tonnes. Argentina supplied 1.04 million tonnes. Beijing's 20% retaliatory duty on U.S. soybeans remained in "
     "force.",
     [R(f="import", r=CN, p=BR, c=SOY, vol=8.12e6, u=TON, d="up", pct=6.5, b="yoy", src=GAC, **SEP),
      R(f="import", r=CN, p=US, c=SOY, vol=0.41e6, u=TON, d="down", pct=DC, by=DC, byc=DC, b=DC, src=GAC, **SEP),
      OPT(f="import", r=CN, p=US, c=SOY, vol=1.93e6, u=TON, **SEP34),
      R(f=EITHER, r=[CN, AR], p=[CN, AR], c=DC, vol=1.04e6, u=TON, src=GAC, **SEP),
      TAR(r=CN, p=US + [None], c=DC, rate=20)]),

    # P49 Australian wheat (grain desk, ABS data): "up 23% from July" (b DC), destinations
    # "with ..., followed by ... with ... and ... with" (either way), canola "fell to" (d
    # down, pct DC).
    ("Australia exported 1.86 million tonnes of wheat in August, up 23% from July, Australian Bureau of Statistics "
     "data showed. Indonesia was the top destination with 412,000 tonnes, followed by the Philippines with "
     "268,000 tonnes and China with 231,000 tonnes. Canola exports fell to 164,000 tonnes.",
     [R(f="export", r=AU, c=WHEAT, vol=1.86e6, u=TON, d="up", pct=23, b=DC, src=ABS, **AUG),
      R(f=EITHER, r=[AU, ID], p=[AU, ID], c=DC, vol=412e3, u=TON, src=ABS, **AUG),
      R(f=EITHER, r=[AU, PH], p=[AU, PH], c=DC, vol=268e3, u=TON, src=ABS, **AUG),
      R(f=EITHER, r=[AU, CN], p=[AU, CN], c=DC, vol=231e3, u=TON, src=ABS, **AUG),
      R(f="export", r=AU, c=CANOLA, vol=164e3, u=TON, d="down", pct=DC, by=DC, byc=DC, b=DC, src=ABS, **AUG)]),

    # P50 Indian rice (The Hindu BusinessLine-style): April-September "the first half of the
    # 2035-36 fiscal year", non-basmati "accounting for" (a part), basmati by value, buyers
    # without amounts (none).
    ("India's rice exports rose 16.2% to 10.84 million tonnes in April-September, the first half of the 2035-36 "
     "fiscal year, according to commerce ministry data, with non-basmati shipments accounting for 7.93 million "
     "tonnes. Basmati exports earned $2.61 billion. Benin and Bangladesh were among the top buyers of non-basmati "
     "rice.",
     [R(f="export", r=IN, c=RICE, vol=10.84e6, u=TON, d="up", pct=16.2, b=DC, src=INCOM, **FYH1),
      R(f="export", r=IN, c=NONBASMATI, vol=7.93e6, u=TON, src=INCOM, **FYH1),
      R(f="export", r=IN, c=BASMATI, v=2.61e9, cur="USD", src=INCOM, **FYH1)]),

    # P51 Vietnamese seafood (VASEP): nine months, shrimp and pangasius "accounted for" (parts),
    # the US as a percent only (the good inherited, anti-dumping duties without a rate: no TAR),
    # "exports to China and Hong Kong" (one record, p either).
    ("Vietnam's seafood exports rose 9.8% to US$7.92 billion in the first nine months of 2035, the Vietnam "
     "Association of Seafood Exporters and Producers (VASEP) said. Shrimp accounted for US$3.06 billion and "
     "pangasius for US$1.58 billion. Shipments to the United States, the largest market for pangasius, fell 12.4% "
     "as anti-dumping duties took effect, while exports to China and Hong Kong jumped 27.5% to US$1.49 billion.",
     [R(f="export", r=VN, c=SEAFOOD, v=7.92e9, cur="USD", d="up", pct=9.8, b=DC, src=VASEP, **YTD9),
      R(f="export", r=VN, c=SHRIMP, v=3.06e9, cur="USD", src=VASEP, **YTD9),
      R(f="export", r=VN, c=PANGASIUS, v=1.58e9, cur="USD", src=VASEP, **YTD9),
      R(f="export", r=VN, p=US, c=SEAFOOD, d="down", pct=12.4, b=DC, src=VASEP, **YTD9),
      R(f="export", r=VN, p=[CN, HK], c=SEAFOOD, v=1.49e9, cur="USD", d="up", pct=27.5, b=DC, src=VASEP, **YTD9)]),

    # P52 Japan's LNG (energy desk, MOF data): a preliminary volume (yoy) "costing" a value
    # without a change (two records), Australia "the biggest supplier at" and Malaysia (either
    # way), crude oil in barrels per day.
    ("Japan's imports of liquefied natural gas fell 6.8% year-on-year to 4.87 million tonnes in September, "
     "preliminary Finance Ministry data showed, costing ¥512.4 billion. Australia remained the biggest supplier at "
     "1.94 million tonnes, followed by Malaysia with 0.71 million tonnes. Crude oil imports rose 2.3% to 2.21 "
     "million barrels per day.",
     [R(f="import", r=JP, c=LNG, vol=4.87e6, u=TON, v=DC, cur=DC, vq=DC, volq=DC, d="down", pct=6.8, b="yoy",
        src=MOFJ, **SEP),
      R(f="import", r=JP, c=LNG, v=512.4e9, cur="JPY", vq=DC, vol=DC, u=DC, volq=DC, src=MOFJ, **SEP),
      R(f=EITHER, r=[JP, AU], p=[JP, AU], c=DC, vol=1.94e6, u=TON, volq=DC, src=MOFJ, **SEP),
      R(f=EITHER, r=[JP, MY], p=[JP, MY], c=DC, vol=0.71e6, u=TON, volq=DC, src=MOFJ, **SEP),
      R(f="import", r=JP, c=CRUDE, vol=2.21e6, u=BPD, volq=DC, vq=DC, d="up", pct=2.3, b=DC, src=MOFJ, **SEP)]),

    # P53 Uruguayan beef (INAC): nine months' volume (b DC) "bringing in" the revenue without
    # a change (two records), a share of volume and a price ranking (none).
    ("Uruguay's beef exports reached 312,400 tonnes in the first nine months of 2035, up 7.3% from the same "
     "period of 2034, the National Meat Institute (INAC) said, bringing in US$1.74 billion. China took 38% of the "
     "volume, while the United States paid the highest average price.",
     [R(f="export", r=UY, c=BEEF, vol=312.4e3, u=TON, v=DC, cur=DC, d="up", pct=7.3, b=DC, src=INAC, **YTD9),
      R(f="export", r=UY, c=BEEF, v=1.74e9, cur="USD", vol=DC, u=DC, src=INAC, **YTD9)]),

    # P54 Ecuadorian cocoa (Anecacao): volume up and "revenue climbing to" (d up, pct DC: two
    # records), destinations without amounts (none), a price fall (none).
    ("Ecuador's cocoa bean exports rose 12.6% to 318,500 tonnes in January-September 2035, the National "
     "Association of Cocoa Exporters (Anecacao) said, with revenue climbing to US$2.31 billion. Indonesia and the "
     "United States were the main destinations. Cocoa prices in New York have fallen about 40% this year.",
     [R(f="export", r=EC, c=COCOABEANS, vol=318.5e3, u=TON, v=DC, cur=DC, d="up", pct=12.6, b=DC, src=ANECACAO,
        **YTD9),
      R(f="export", r=EC, c=COCOABEANS, v=2.31e9, cur="USD", vol=DC, u=DC, d="up", pct=DC, by=DC, byc=DC, b=DC,
        src=ANECACAO, **YTD9)]),

    # P55 Indian sugar (ISMA): the 2034/35 season "that ended on Sept. 30" (October 2034 -
    # September 2035), "worth Rs 4,860 crore ($548 million)" (one record with the volume and
    # either value, twin), the allowed quota (none), buyers without amounts (none), a
    # production estimate (none).
    ("Indian mills exported 1.12 million tonnes of sugar in the 2034/35 season that ended on Sept. 30, worth Rs "
     "4,860 crore ($548 million), the Indian Sugar and Bio-energy Manufacturers Association (ISMA) said, short of "
     "the 1.5 million tonnes the government had allowed. Afghanistan and Sri Lanka were the biggest buyers. The "
     "association estimates production in the new season at 30.9 million tonnes.",
     [R(f="export", r=IN, c=SUGAR, vol=1.12e6, u=TON, v=[48.6e9, 548e6], cur=["INR", "USD"], vq=[None] + ABOUT,
        src=ISMA, **SEASON),
      OPT(f="export", r=IN, c=SUGAR, v=548e6, cur="USD", vol=DC, u=DC, **SEASON)]),

    # P56 Honduran coffee (IHCAFE): the coffee year "which ended on Sept. 30", bags and
    # earnings in one sentence and their different changes in the next (NEW: two records, each
    # accepting its measure or none, the bare first mention an optional twin), Germany
    # "bought" (either way).
    ("Honduras exported 5.86 million 46-kg bags of coffee in the 2034/35 coffee year, which ended on Sept. 30, "
     "earning US$1.92 billion, the Honduran Coffee Institute (IHCAFE) said. Volumes were 4.2% higher than in "
     "2033/34, while revenue rose 21.7%. Germany bought 1.41 million bags.",
     [R(f="export", r=HN, c=COFFEE, vol=[5.86e6, None], u=[BAG, None], v=DC, cur=DC, d="up", pct=4.2, b=DC,
        src=IHCAFE, **SEASON),
      R(f="export", r=HN, c=COFFEE, v=[1.92e9, None], cur=["USD", None], vol=DC, u=DC, d="up", pct=21.7, b=DC,
        src=IHCAFE, **SEASON),
      OPT(f="export", r=HN, c=COFFEE, vol=DC, u=DC, v=DC, cur=DC, **SEASON),
      R(f=EITHER, r=[HN, DE], p=[HN, DE], c=DC, vol=1.41e6, u=BAG, src=IHCAFE, **SEASON)]),
]

NEG = [
    # N01 economic activity (Chile's Imacec) with commerce and wholesale trade.
    "Chile's Imacec economic activity index rose 2.8% in August from a year earlier, the central bank said, as "
    "mining output recovered 3.4% and commerce grew 4.1%, led by wholesale trade.",
    # N02 inflation with imported fuel (the Philippines).
    "Philippine headline inflation accelerated to 2.9% in September from 2.3% in August, the Philippine Statistics "
    "Authority said, driven by higher rice prices and costlier imported fuel.",
    # N03 a crop and export forecast (Conab's 2035/36 soybeans).
    "Brazil's 2035/36 soybean crop will reach a record 182.4 million tonnes, crop agency Conab forecast on "
    "Thursday, allowing exports to rise to 114.5 million tonnes as Chinese demand holds up.",
    # N04 one company's export sales (a fictional Chilean salmon farmer).
    "Chilean salmon farmer Austral Mar said its third-quarter export sales rose 12% to $318 million, helped by "
    "stronger demand in the United States and Brazil, and its shares jumped 4.6% in Santiago.",
    # N05 remittances (the Philippines).
    "Cash remittances from Filipinos abroad rose 3.1% year-on-year to $3.12 billion in August, the Bangko Sentral "
    "ng Pilipinas said, bringing the total for the first eight months to $23.6 billion.",
    # N06 an export cap (Ukraine's wheat).
    "Ukraine's government and grain traders agreed to cap wheat exports in the 2035/36 season at 16.2 million "
    "tonnes to secure domestic supplies, the agriculture ministry said, up from a ceiling of 14.8 million tonnes "
    "the previous season.",
    # N07 a proposed tariff, not in force (the EU on Russian fertilisers).
    "The European Commission proposed on Tuesday to raise tariffs on fertilisers from Russia and Belarus to €430 "
    "per tonne from July 2036, with duties on nitrogen products rising in stages after that. Member states and "
    "the European Parliament must still approve the plan.",
    # N08 reserves with import cover (Ghana).
    "Ghana's gross international reserves rose to $11.2 billion at the end of September, equivalent to 4.8 months "
    "of import cover, the Bank of Ghana said, up from $9.6 billion at the end of 2034.",
    # N09 cocoa grindings (Europe's third quarter).
    "European cocoa grindings fell 6.4% year-on-year to 318,560 tonnes in the third quarter, the European Cocoa "
    "Association said, as high bean prices curbed demand from chocolate makers.",
]
