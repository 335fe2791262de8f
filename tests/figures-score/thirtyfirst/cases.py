from slots import DC, R, M, Y, PR

# The thirty-first set: every text is the only body paragraph (after an unrelated opening one)
# of a page published on 2036-09-16 (a Tuesday), in mid-September, when the shipping,
# logistics, commodity and agriculture desks write up, side by side, the August figures of the
# fast reporters (China's customs, released "on Sunday" the 7th, CAAM "on Thursday" the 11th,
# Brazil's Secex, Chile's central bank, Colombia's FNC, Vietnam's customs and statistics office,
# Thailand's commerce ministry, South Korea's trade ministry, Indonesia's BPS "on Monday" the
# 15th, Bangladesh's EPB, Pakistan's PBS, India's SEA, commerce ministry, MPEDA and JPC, the
# Norwegian Seafood Council, LiveCorp, Australia's agriculture department, naamsa, INEGI,
# Rosario, LSEG, SOMO, Rusagrotrans), the July figures of the slower ones (the US Census
# Bureau, OTEXA, NOAA, USMEF, the ABS, Stats NZ, Japan's Finance Ministry, Peru's central
# bank, Ecuador's CNA, Statistics Iceland, Ireland's CSO), the June figures of the slowest
# (the BTS's TransBorder data, GAPKI), the mid-month tallies (Malaysian
# palm oil for Sept. 1-15, Ukraine's grain to Sept. 15, the EU's wheat to Sept. 14, the USDA's
# week ended Sept. 4) and the seasons that end or begin in the northern summer. No earlier set
# used a page of September 2036 (the latest, the thirtieth, used 2036-03-18; earlier
# Septembers were 2026-09-15, 2027-09-14, 2031-09-17 and 2033-09-14). So "August", "in August",
# "in the month" after an August figure and "August alone" are August 2036; "July", "in
# July" and "July 2036" are July 2036; "June" and "in June" are June 2036 (the BTS's and
# GAPKI's latest month, and the bases of Australia's July wheat and the ABS's July surplus);
# "May" is May 2036 (GAPKI's base); "July 2035" is July 2035 (Stats NZ's base, named by its
# period). Spans: "January-August" and "the first eight months (of 2036)" are
# January-August 2036, "So far this year" in a paragraph about August figures (Norway's
# seafood) likewise; "the first seven months of 2036" January-July 2036; "the first half of
# 2036" January-June 2036. Mid-month periods: "Sept. 1-15" (Malaysian palm oil) is 1-15
# September 2036 and "Aug. 1-15" (its base) 1-15 August 2036; Ukraine's "between July 1 and
# Sept. 15" is 1 July - 15 September 2036 ("the same period a year earlier" 1 July - 15
# September 2035, an optional base); the EU's "the 2036/37 season that started on July 1 ...
# by Sept. 14" is 1 July - 14 September 2036; the USDA's "the week ended Sept. 4" is 29
# August - 4 September 2036 (export sales weeks end on Thursday) and "for the week" the same.
# FISCAL YEARS, SEASONS AND MARKETING YEARS, each with its months named or its end stated:
# Bangladesh's and Pakistan's "July-August, the first two months of the 2036-37 fiscal year"
# and "July-August of FY2036-37" (and Russia's "July-August, the first two months of the
# 2036/37 season") are July-August 2036; India's "April-August" (with "the first five months
# of the 2036-37 fiscal year") April-August 2036; Canada's "2035-36 crop year, which ran from
# August to July" and the US cotton "2035-36 marketing year, which ended July 31" August 2035 -
# July 2036; New Zealand's "the year ended July 2036" August 2035 - July 2036; Wine
# Australia's "the 12 months to June 2036" July 2035 - June 2036; Australia's wheat "first 10
# months of the October-September marketing year" and Ivory Coast's "first 10 months of the
# 2035/36 season, from October to July" October 2035 - July 2036; Colombia's "first 11 months
# of the October-September coffee year" October 2035 - August 2036. Bases: "year-on-year",
# "year over year", "year-over-year", "from a year earlier", "from a year ago", "more than a
# year earlier" and "less than a year earlier" state yoy; "month-on-month" states mom; "from
# June", "on July", "compared with July 2035", "from July", "from the previous week", "from
# the previous year" and "from ... shipped during Aug. 1-15" name the base by its period (b
# DC); "against ... in the same period a year earlier" compares without a direction word (d
# DC, b DC). Dates that are no period of any figure: weekdays ("on Sunday", "on Monday", "on
# Thursday", "on Friday") as release days; "Sept. 1", "the end of June" and "the end of
# July" of stocks; "the
# first week of September" of air cargo rates and a salmon price; "this week", "the previous
# week" and "for September loading" of prices; "October loading" of tanker fixtures; "for
# September" of Indonesia's coal reference price; "December" of a cotton futures contract;
# "the coming season" of a quota advice; "2036" and "2036-37" of harvest and crop forecasts; "the 2035-36 financial year" of one miner's shipments; "the 2036/37
# marketing year" of export SALES (commitments, not shipments); "overnight" of an auction
# price. In near misses "August", "July", "Thursday", "this week", "last week", "the coming
# weeks", "the June quarter", "the 2036-37 financial year", "2036/37", "2035/36", "2036", "last
# year" and "the second quarter" belong to port throughput, a freight index, charter
# earnings, bunker prices and port calls, a crop and export forecast, stocks and output, one
# miner's shipments, export prices, line-ups, fleet capacity, a crop estimate and one salmon
# farmer's revenue.
#
# Conventions: every convention stated in the thirtieth, twenty-ninth and twenty-eighth sets'
# headers (thirtieth/cases.py, twentyninth/cases.py and twentyeighth/cases.py, which carry
# those of the ninth to twenty-seventh sets) is kept unchanged and is not repeated in full
# here. In short: values are positive amounts in the original currency (deficits
# bal="deficit", surpluses bal="surplus"), percents positive with their direction; b is
# "yoy"/"mom" only when the text states the comparison, DC when it is implied or the base is
# named by its period, null when there is no change; a change in a later sentence or clause
# that does not restate its comparison has b DC; a narrowing or widening deficit has d DC, a
# surplus that narrows is "down"; a volume or value that "rose to", "fell to", "slipped to",
# "eased to" or "slumped to" has its direction and pct DC; a figure only set "against"
# another has d DC; later sentences and clauses inherit reporter, period and source;
# comparison bases are optional records (OPT); a change given only as a percent is a record
# with a null value (French wine and spirits to the US); "goods", "total" and "overall" flows
# and whole-economy flows of a paragraph that names their parts have c DC; a partner's flows
# c DC unless a good is named in the clause; named goods are commodities; reasons name no
# commodity; appositives change nothing; "a record" vq RECORD, on a volume volq and vq DC, and
# "the second-largest monthly volume on record" (a ranking) volq and vq DC; "estimates" (of a
# statistics office or a consultancy) and "provisional" values and volumes vq and volq DC;
# parts with an amount are records ("with knitwear bringing in", "Salmon accounted for ... of
# that", "Wheat accounted for ... and corn for", "Copper cathodes brought in ... and
# concentrates", "Frozen shrimp made up ... of the total", "with copper bringing in ... and
# gold", "241,200 of them went to the United States"), shares, runs and rankings none; a buyer
# or supplier that is the grammatical subject or stands in a "with X taking/supplying" phrase
# ("with Mongolia supplying", "Europe remained the top destination, receiving", "while Asia
# took", "Turkey remained the largest buyer with ..., followed by Brazil with", "Egypt bought",
# "with Indonesia the largest buyer at", "with Guinea supplying ... and Australia", "Mexico took
# a record", "with China taking ... and Japan", "Indonesia took ... and Vietnam", "The UK
# remained the biggest market ..., taking ... worth", "China bought", "India ... supplied ...,
# and Ecuador", "the United States bought shrimp worth", "The United States ... remained the
# top market, buying ... worth") may be written as the seller's export or the buyer's import
# (f, r and p either way, c DC); "Trade between the U.S. and Mexico" and "U.S.-Mexico freight
# trade" are flow total (either economy as reporter); a value and a volume of one flow with
# different changes, or a volume with a change and the revenue without one, are two records
# (the other measure DC), while a volume "worth" a value with no change is one record with
# both; a value restated in another currency, or a volume restated in another unit, is one
# record accepting either form (vq or volq null or about) plus an optional twin; a change by
# an amount ("rose NZ$412 million (18%)", "fell A$1.6 billion (3.8%)", "dropped A$1.2 billion
# to") fills by and byc; forecasts, targets, quotas, export SALES for a coming marketing year,
# prices (per tonne, per pound, per kilogram, per litre, per mile, per gallon, futures, reference
# prices, auction prices), freight and charter rates and indexes, port throughput in TEU,
# vessel, truck and ship counts, port calls and line-ups, fleet capacity, stocks and
# inventories, production, output, crushing, grindings, landings, harvests and crop estimates,
# milk supplies, domestic vehicle sales and one company's sales, shipments, output and rail
# volumes are never trade figures.
#
# Tariffs: a tariff IN FORCE on the page's date whose rate is written is a required record
# (TAR: flow "tariff", reporter the economy that levies it, partner the economy whose goods
# pay it or null when it applies to all, accepted as null whenever a partner could be read
# from the paragraph; commodity, period, change and source DC; value null): China's 100%
# tariff on Canadian canola oil and meal ("still in place"), the 18% US tariff on Indian goods
# "under the trade deal", the 15% US tariff most EU goods face (partner the EU, France or
# null), the 20% US tariff on most Vietnamese goods and the 15% US tariff on Korean vehicles.
# Tariffs without a rate ("to absorb U.S. tariffs") make no record.
#
# New in this (thirty-first) set, which like the twenty-first to thirtieth stresses ORDINARY,
# MAINSTREAM TRADE NEWS written as whole paragraphs (here of 1-4 sentences), here as the
# SHIPPING, LOGISTICS, COMMODITY AND AGRICULTURE DESKS write it (the Journal of Commerce,
# FreightWaves, Splash247, Lloyd's List, The Loadstar, Argus- and Platts-style oil copy, World
# Grain, Brownfield, Agriland, Beef Central, Undercurrent News, SeafoodSource, Mining.com,
# Fibre2Fashion, Sourcing Journal, and the commodity releases of statistics offices). The
# readings of this set's forms (each following from the conventions above) are:
# - Trade figures next to the numbers such desks also print: TEU at ports, spot, charter,
#   time-charter and air cargo rates (in dollars a day, per FEU, per kg, per mile, in
#   Worldscale points), bulkers waiting, car carriers in the fleet, livestock carriers
#   loading, trucks and intermodal volumes, prices per tonne, per pound and per litre
#   (including "5% broken" rice grades and "12.5%-protein" wheat, whose percents are no
#   change), futures, reference and auction prices, port and pipeline stocks, production,
#   crushing, grindings, landings, harvest and crop forecasts, milk supplies, a quota advice,
#   a miner's shipments, a carmaker's global sales, domestic vehicle sales and USDA export
#   SALES (net sales for a coming marketing year are commitments, not shipments; the same
#   report's "exports for the week" are a trade figure).
# - Containers' contents by value: "The value of U.S. containerized imports rose ... to $98.4
#   billion" (an import record of the US, c DC), the categories "Furniture imports" and "toy
#   imports" (c named), beside the TEU of the ports (none).
# - Units: tonnes, metric tons and tons (TON), "barrels per day" and "bpd" (BPD), "60-kg
#   bags" (BAG), "480-pound bales" (BALE), "head of cattle" and "head" (HEAD), "million
#   pounds" (POUND), "cubic metres" (CUBIC), "million litres" (LITRE), "square meter
#   equivalents" (SME), vehicles and units (UNITS). China's crude "46.2 million tonnes ..., or
#   about 10.92 million barrels per day" is one record accepting either volume (the tonnes
#   with volq null, the barrels per day with volq about) plus an optional twin in bpd.
# - Currencies: "$" and "US$" USD, "A$" AUD, "NZ$" NZD, "NOK" NOK, "ISK" ISK, "€" EUR, "¥" JPY,
#   "baht" THB, "Rs ... crore" INR (1 crore = 10^7). Restated amounts match the rates of the
#   time (NOK 10.6, ISK 134, 35.5 baht, Rs 88.2 and US$0.66 to the Australian dollar).
# - Reporters named by demonyms and their industries: "Chinese carmakers shipped ...
#   abroad" (China), "Exports of Malaysian palm oil products" (Malaysia), "Irish exports",
#   "Norwegian seafood exports", "French wine and spirits exports", "Australian beef exports";
#   a member state inside an EU paragraph ("Romania was the biggest exporter with": reporter
#   Romania).
# - Balances: every balance equals its exports minus its imports where both are given (to
#   the rounding of the figures written).
# - Sources: the Census Bureau (with the Journal of Commerce), the Bureau of Transportation
#   Statistics, China's customs, LSEG, Vietnam's customs and National Statistics Office,
#   Bangladesh's EPB, Brazil's Secex, INEGI, CAAM, SOMO, Ukraine's agriculture ministry,
#   Rusagrotrans, the Canadian Grain Commission, the USDA, the ABS, the European Commission,
#   the Rosario Board of Trade, Intertek Testing Services and AmSpec Agri Malaysia, GAPKI,
#   India's SEA, the FNC, Thailand's commerce ministry, Ivorian customs, PBS, USMEF, Australia's
#   DAFF, LiveCorp, Stats NZ, Ireland's CSO, the Norwegian Seafood Council, Ecuador's CNA, NOAA
#   Fisheries, Statistics Iceland, MPEDA, Wine Australia, FEVS, the Central Bank of Chile,
#   Peru's BCRP, Indonesia's BPS, India's JPC, OTEXA, Vitas, India's commerce ministry, South
#   Korea's trade ministry, Japan's Finance Ministry and naamsa.
# - Near misses of this set (no record; twelve of the 69 texts): Santos's container
#   throughput, a container freight index with lanes named by ports, Capesize charter
#   earnings, bunker prices and port calls, the USDA's crop and export forecast for Brazil,
#   palm oil stocks and output, one (fictional) miner's shipments, rice export prices, ship
#   line-ups of cargoes scheduled to load, the container fleet's capacity, a crop estimate and
#   one (fictional) salmon farmer's revenue and share of sales.

# The names of economies, sources, units and qualifiers and the record helpers (OPT, TAR,
# YTD) mean the same as in the tenth to thirtieth sets; they are written out here (with the
# same definitions) so that this file does not depend on the others.


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


# Units and qualifiers.
TON = "ton"                                  # matches tonnes, tons, metric tons
BPD = ["barrels per day", "barrels a day", "bpd", "barrel"]
BAG = "bag"
BALE = "bale"
HEAD = ["head", "cattle"]
POUND = ["pound", "lb"]
CUBIC = ["cubic", "m3", "cbm"]
LITRE = ["litre", "liter"]
SME = ["square meter", "square metre", "SME", "sq m"]
UNITS = ["unit", "vehicle", "car"]
ABOUT = ["about", "around", "approximately", "some", "roughly"]
RECORD = [None, "record"]
# Economies and groups.
US = ["United States", "U.S.", "US", "USA", "America"]
MX = "Mexico"
CN = "China"
MAINLAND = ["China", "mainland"]
VN = ["Vietnam", "Viet Nam"]
BD = "Bangladesh"
BR = "Brazil"
RU = ["Russia", "Russian Federation"]
TR = ["Turkey", "Türkiye", "Turkiye"]
MN = "Mongolia"
GN = "Guinea"
AU = "Australia"
IQ = "Iraq"
UA = "Ukraine"
CA = "Canada"
EU = ["European Union", "EU"]
RO = "Romania"
AR = "Argentina"
MY = "Malaysia"
ID = "Indonesia"
IN = "India"
CO = "Colombia"
TH = "Thailand"
CI = ["Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire"]
PK = "Pakistan"
NZ = "New Zealand"
IE = "Ireland"
UK = ["United Kingdom", "Britain", "UK", "U.K."]
JP = "Japan"
KR = ["South Korea", "Republic of Korea", "Korea"]
NO = "Norway"
EC = "Ecuador"
IS = "Iceland"
FR = "France"
CL = "Chile"
PE = "Peru"
ZA = "South Africa"
EG = "Egypt"
EUROPE = ["Europe", "European"]
ASIA = ["Asia", "Asian"]
# Goods.
FURN = ["furniture"]
TOYS = ["toys", "toy"]
IRONORE = ["iron ore", "iron"]
COAL = ["coal", "thermal coal"]
CRUDE = ["crude oil", "crude", "oil"]
LNG = ["liquefied natural gas", "LNG", "natural gas", "gas"]
ELECVN = ["computers, electronic products and components", "computers, electronic products", "computers",
          "electronic products", "electronics", "electronic"]
PHONES = ["phones", "phone", "mobile phones", "phones and components", "smartphones"]
GARMENTS = ["readymade garments", "readymade garment", "ready-made garments", "garments", "garment", "apparel",
            "RMG", "clothing"]
KNIT = ["knitwear", "knit", "knit garments", "knitted garments"]
SOY = ["soybeans", "soybean", "soya", "beans"]
CORN = ["corn", "maize"]
DIESEL = ["diesel and gasoil", "diesel", "gasoil", "diesel/gasoil"]
LIGHTVEH = ["light vehicles", "light vehicle", "vehicles", "cars", "autos"]
VEH = ["vehicles", "vehicle", "cars", "autos", "automobiles", "motor vehicles"]
NEV = ["new energy vehicles", "new energy vehicle", "new energy", "NEV", "NEVs", "electric vehicles", "electric"]
BAUXITE = "bauxite"
GRAIN = ["grain", "grains"]
WHEAT = "wheat"
MAJGRAIN = ["major grains", "grains", "grain"]
CANOLA = ["canola", "canola seed", "rapeseed"]
WHEATXD = ["wheat other than durum", "wheat", "non-durum wheat", "wheat excluding durum"]
SOFTWHEAT = ["soft wheat", "wheat"]
BARLEY = "barley"
SOYMEAL = ["soymeal", "soybean meal", "soy meal", "soya meal"]
SOYOIL = ["soybean oil", "soyoil", "soy oil", "soya oil"]
PALM = ["palm oil products", "palm oil", "palm"]
PALMID = ["palm oil", "palm oil, including refined products and oleochemicals", "palm oil products", "palm"]
PALMX = ["crude palm oil and its derivatives", "crude palm oil", "CPO", "palm oil products", "palm oil", "palm"]
EDIBLE = ["edible oil", "edible oils", "vegetable oil", "vegetable oils"]
PALMOIL = ["palm oil", "palm"]
SUNOIL = ["sunflower oil", "sunflower", "sunoil"]
COFFEE = "coffee"
RICE = "rice"
COTTON = ["raw cotton", "cotton"]
COCOABEANS = ["cocoa beans", "cocoa bean", "cocoa"]
SEMICOCOA = ["semi-finished cocoa products", "semi-finished cocoa", "cocoa products", "cocoa"]
FOOD = ["food group", "food", "food items", "foodstuffs"]
PORK = "pork"
BEEF = "beef"
CATTLE = ["cattle", "live cattle", "head of cattle", "livestock"]
DAIRY = ["dairy", "dairy products"]
DAIRYEGGS = ["dairy products and birds' eggs", "dairy products", "dairy"]
MEAT = ["meat and meat preparations", "meat"]
SEAFOOD = ["seafood", "fish and seafood"]
SALMON = "salmon"
SHRIMP = ["shrimp", "shrimps", "prawns"]
COD = "cod"
MARINE = ["marine products", "marine product", "seafood"]
FROZENSHRIMP = ["frozen shrimp", "shrimp"]
WINE = "wine"
WINESP = ["wine and spirits", "wines and spirits", "wine", "spirits"]
COGNAC = "cognac"
CHAMPAGNE = "champagne"
COPPER = ["copper", "refined copper"]
CATHODES = ["copper cathodes", "copper cathode", "cathodes", "cathode", "copper"]
CUCONC = ["copper concentrates", "copper concentrate", "concentrates", "concentrate", "copper"]
MINING = ["mining", "mining products", "mineral", "minerals", "traditional mining"]
GOLD = "gold"
METALORE = ["metal ores and minerals", "metal ores", "ores and minerals", "metal ore", "ores"]
FINSTEEL = ["finished steel", "finished steel products", "steel"]
LOGS = ["logs", "log", "unprocessed logs", "forestry"]
APPARELUS = ["apparel", "apparel and textiles", "clothing", "garments"]
TEXTGARM = ["textile and garment", "textiles and garments", "textile and apparel", "textiles and apparel",
            "textiles", "textile", "garments", "apparel"]
TEXTILES = ["textiles", "textile", "textile yarns, fabrics and articles", "textile products"]
RMGIN = ["readymade garments of all textiles", "readymade garments", "ready-made garments", "garments", "RMG",
         "apparel"]
YARNFAB = ["cotton yarn, fabrics and made-ups", "cotton yarn", "cotton yarn/fabs/made-ups", "yarn", "fabrics",
           "made-ups", "cotton"]
TEXTAPP = ["textiles and apparel", "textile and apparel", "textiles", "textile", "apparel"]
CARS = ["cars", "car", "passenger cars", "automobiles", "autos", "vehicles", "vehicle"]
AUTOPARTS = ["auto parts", "automotive parts", "car parts", "parts"]
STEELID = ["iron and steel", "iron and steel products", "steel", "nickel-based products", "nickel"]
# Sources.
USDOC = ["Commerce Department", "Department of Commerce", "Census Bureau", "Bureau of Economic Analysis", "BEA"]
JOC = USDOC + ["Journal of Commerce", "JOC"]
BTS = ["Bureau of Transportation Statistics", "BTS", "TransBorder"]
GAC = ["General Administration of Customs", "GAC", "customs"]
LSEG = ["LSEG", "London Stock Exchange Group"]
VNCUS = ["customs", "Vietnam Customs", "General Department of Customs", "Customs Department"]
VNNSO = ["National Statistics Office", "NSO", "General Statistics Office", "statistics office"]
EPB = ["Export Promotion Bureau", "EPB"]
SECEX = ["Secex", "trade ministry", "Ministry of Development, Industry, Trade and Services", "MDIC"]
INEGI = ["INEGI", "National Institute of Statistics and Geography", "statistics agency"]
CAAM = ["China Association of Automobile Manufacturers", "CAAM"]
SOMO = ["SOMO", "State Organization for Marketing of Oil", "oil marketer", "oil ministry"]
UAMIN = ["agriculture ministry", "Ministry of Agrarian Policy", "Ministry of Economy", "ministry"]
RUSAGRO = ["Rusagrotrans"]
CGC = ["Canadian Grain Commission", "CGC", "Grain Commission"]
USDA = ["U.S. Department of Agriculture", "US Department of Agriculture", "Department of Agriculture", "USDA",
        "Agriculture Department"]
ABS = ["Australian Bureau of Statistics", "ABS", "Bureau of Statistics"]
ECOM = ["European Commission", "Commission", "EU Commission"]
BCR = ["Rosario Board of Trade", "Bolsa de Comercio de Rosario", "BCR", "Rosario grains exchange", "Rosario"]
ITS = ["Intertek Testing Services", "Intertek", "ITS"]
AMSPEC = ["AmSpec Agri Malaysia", "AmSpec"]
GAPKI = ["Indonesian Palm Oil Association", "GAPKI"]
SEA = ["Solvent Extractors' Association of India", "Solvent Extractors' Association", "Solvent Extractors Association",
       "SEA"]
FNC = ["National Coffee Growers Federation", "Federación Nacional de Cafeteros", "FNC", "Coffee Growers Federation"]
THMOC = ["commerce ministry", "Ministry of Commerce", "Commerce Ministry"]
CICUS = ["customs", "Ivorian customs", "customs department"]
PBS = ["Pakistan Bureau of Statistics", "PBS"]
USMEF = ["U.S. Meat Export Federation", "USMEF", "Meat Export Federation", "USDA"]
DAFF = ["Department of Agriculture, Fisheries and Forestry", "Department of Agriculture", "DAFF",
        "agriculture department"]
LIVECORP = ["LiveCorp", "Australian Livestock Export Corporation", "Department of Agriculture"]
STATSNZ = ["Stats NZ", "Statistics New Zealand"]
CSO = ["Central Statistics Office", "CSO"]
NSC = ["Norwegian Seafood Council", "Seafood Council"]
CNA = ["National Aquaculture Chamber", "CNA", "Cámara Nacional de Acuacultura", "Aquaculture Chamber"]
NOAA = ["NOAA Fisheries", "NOAA", "National Marine Fisheries Service"]
STATICE = ["Statistics Iceland", "Hagstofa"]
MPEDA = ["Marine Products Export Development Authority", "MPEDA"]
WINEAU = ["Wine Australia"]
FEVS = ["FEVS", "Federation of Wine and Spirits Exporters", "exporters' federation",
        "Fédération des Exportateurs de Vins et Spiritueux"]
BCCH = ["central bank", "Central Bank of Chile", "Banco Central"]
BCRP = ["central bank", "BCRP", "Central Reserve Bank"]
BPS = ["Statistics Indonesia", "BPS", "Badan Pusat Statistik"]
JPC = ["Joint Plant Committee", "JPC"]
OTEXA = ["Office of Textiles and Apparel", "OTEXA", "Commerce Department"]
VITAS = ["Vietnam Textile and Apparel Association", "Vitas", "VITAS"]
INCOM = ["commerce ministry", "Ministry of Commerce and Industry", "commerce and industry ministry",
         "Ministry of Commerce"]
MOTIE = ["Ministry of Trade, Industry and Energy", "trade ministry", "MOTIE", "Ministry of Trade"]
MOFJ = ["Ministry of Finance", "Finance Ministry", "MOF"]
NAAMSA = ["Automotive Business Council", "naamsa", "NAAMSA"]

# Periods.
AUG = M(2036, 8)                             # "August", "in August", "in the month", "August alone"
JUL = M(2036, 7)                             # "July", "in July", "July 2036"
JUN = M(2036, 6)                             # "June", "in June" (BTS, GAPKI), "from June" (bases)
MAY = M(2036, 5)                             # "May" (GAPKI's base)
JUL35 = M(2035, 7)                           # "July 2035" (a base named by its period)
YTD8 = YTD(2036, 8)                          # "January-August", "the first eight months", "So far this year"
YTD7 = YTD(2036, 7)                          # "the first seven months of 2036"
H1 = YTD(2036, 6)                            # "the first half of 2036"
SEP15 = PR("2036-09-01", "2036-09-15")       # Malaysian palm oil "Sept. 1-15"
AUG15 = PR("2036-08-01", "2036-08-15")       # "Aug. 1-15" (its base)
UAMY = PR("2036-07-01", "2036-09-15")        # Ukraine's "between July 1 and Sept. 15"
UAMY35 = PR("2035-07-01", "2035-09-15")      # "the same period a year earlier" (a base)
EUMY = PR("2036-07-01", "2036-09-14")        # the EU's season "that started on July 1 ... by Sept. 14"
WEEK = PR("2036-08-29", "2036-09-04")        # the USDA's "week ended Sept. 4", "for the week"
JULAUG = PR("2036-07-01", "2036-08-31")      # July-August (FY2036-37; the 2036/37 wheat season)
APRAUG = PR("2036-04-01", "2036-08-31")      # India's April-August of FY2036-37
CROPYR = PR("2035-08-01", "2036-07-31")      # Canada's 2035-36 crop year; US cotton's 2035-36 marketing year
NZ12 = PR("2035-08-01", "2036-07-31")        # New Zealand's "year ended July 2036"
AUFY = PR("2035-07-01", "2036-06-30")        # "the 12 months to June 2036"
OCTJUL = PR("2035-10-01", "2036-07-31")      # first 10 months of Australia's wheat year and Ivory Coast's season
COCY = PR("2035-10-01", "2036-08-31")        # first 11 months of Colombia's October-September coffee year
EITHER = ["export", "import"]

POS = [
    # ================================================================ Shipping and logistics desks
    # P01 Containers' contents by value (Journal of Commerce, Census data): "year over year"
    # (yoy), the TEU of two ports (none), furniture and toys (c named, b DC).
    ("The value of U.S. containerized imports rose 5.2% year over year to $98.4 billion in July, according to "
     "Census Bureau data analyzed by the Journal of Commerce, even though volumes through Los Angeles and Long "
     "Beach slipped 2.1% to 1.71 million TEU. Furniture imports, the largest containerized category by volume, fell "
     "8.1% to $2.31 billion, while toy imports climbed 11.4% to $1.86 billion ahead of the holiday season.",
     [R(f="import", r=US, c=DC, v=98.4e9, cur="USD", d="up", pct=5.2, b="yoy", src=JOC, **JUL),
      R(f="import", r=US, c=FURN, v=2.31e9, cur="USD", d="down", pct=8.1, b=DC, src=JOC, **JUL),
      R(f="import", r=US, c=TOYS, v=1.86e9, cur="USD", d="up", pct=11.4, b=DC, src=JOC, **JUL)]),

    # P02 Cross-border trucking (FreightWaves, BTS): trade "moved by truck" and "across all
    # modes" (total, either economy as reporter), spot rates and diesel (none).
    ("Trade between the U.S. and Mexico moved by truck totaled $52.6 billion in June, up 6.8% year-over-year, "
     "according to the Bureau of Transportation Statistics' TransBorder Freight Data. Across all modes, U.S.-Mexico "
     "freight trade reached $71.4 billion. Outbound dry van spot rates from Laredo averaged $2.41 a mile during the "
     "month, and the national average diesel price fell 4 cents to $3.58 a gallon.",
     [R(f="total", r=US + [MX], p=US + [MX], c=DC, v=52.6e9, cur="USD", d="up", pct=6.8, b="yoy", src=BTS, **JUN),
      R(f="total", r=US + [MX], p=US + [MX], c=DC, v=71.4e9, cur="USD", src=BTS, **JUN)]),

    # P03 Dry bulk (Splash247, GAC): iron ore (yoy), Capesize earnings (none), coal, "with
    # Mongolia supplying" (either way), port stocks (none).
    ("China imported 112.4 million tonnes of iron ore in August, up 4.2% from a year earlier, customs data released "
     "on Sunday showed, as Capesize earnings on the Brazil-China route climbed to $28,400 a day. Coal imports fell "
     "11.3% to 38.6 million tonnes, with Mongolia supplying 8.1 million tonnes by truck and rail. Iron ore stocks "
     "at Chinese ports stood at 146.2 million tonnes, according to Mysteel.",
     [R(f="import", r=CN, c=IRONORE, vol=112.4e6, u=TON, d="up", pct=4.2, b="yoy", src=GAC, **AUG),
      R(f="import", r=CN, c=COAL, vol=38.6e6, u=TON, d="down", pct=11.3, b=DC, src=GAC, **AUG),
      R(f=EITHER, r=[CN, MN], p=[CN, MN], c=DC, vol=8.1e6, u=TON, src=GAC, **AUG)]),

    # P04 Tankers (Lloyd's List, GAC): crude in tonnes "or about ... barrels per day" (one record
    # accepting either, plus a twin), VLCC rates in Worldscale and dollars (none), LNG "slipped
    # to" (d down, pct DC).
    ("China's crude oil imports rose 3.6% year-on-year to 46.2 million tonnes in August, or about 10.92 million "
     "barrels per day, customs data showed. VLCC rates on the Middle East Gulf-China route eased to WS 58, "
     "equivalent to roughly $31,000 a day, as fewer cargoes were fixed for October loading. Imports of liquefied "
     "natural gas slipped to 5.94 million tonnes.",
     [R(f="import", r=CN, c=CRUDE, vol=[46.2e6, 10.92e6], u=[TON] + BPD, volq=[None] + ABOUT, d="up", pct=3.6,
        b="yoy", src=GAC, **AUG),
      OPT(f="import", r=CN, c=CRUDE, vol=10.92e6, u=BPD, volq=DC, **AUG),
      R(f="import", r=CN, c=LNG, vol=5.94e6, u=TON, d="down", pct=DC, cq=DC, by=DC, byc=DC, b=DC, src=GAC,
        **AUG)]),

    # P05 US LNG (Splash247, LSEG): "hit a record ..., up from ... in July" (volq and vq DC, d
    # up, the base optional), Europe "receiving" and Asia "took" (either way), charter rates
    # (none).
    ("U.S. LNG exports hit a record 10.4 million tonnes in August, up from 9.6 million tonnes in July, LSEG "
     "ship-tracking data showed, as new trains at Plaquemines and Corpus Christi ran close to capacity. Europe "
     "remained the top destination, receiving 6.2 million tonnes, while Asia took 2.9 million tonnes. Spot charter "
     "rates for Atlantic LNG carriers jumped to $68,500 a day.",
     [R(f="export", r=US, c=LNG, vol=10.4e6, u=TON, volq=DC, vq=DC, d="up", pct=DC, by=DC, byc=DC, b=DC, src=LSEG,
        **AUG),
      OPT(f="export", r=US, c=LNG, vol=9.6e6, u=TON, volq=DC, **JUL),
      R(f=EITHER, r=US + EUROPE, p=US + EUROPE, c=DC, vol=6.2e6, u=TON, src=LSEG, **AUG),
      R(f=EITHER, r=US + ASIA, p=US + ASIA, c=DC, vol=2.9e6, u=TON, src=LSEG, **AUG)]),

    # P06 Air cargo (The Loadstar, Vietnamese customs): electronics (yoy), phones, an air cargo
    # rate in "the first week of September" (none).
    ("Vietnam's exports of computers, electronic products and components rose 24.6% year-on-year to $8.72 billion "
     "in August, according to customs data, with much of the extra volume flown out of Hanoi's Noi Bai airport. "
     "Phone exports fell 6.2% to $4.96 billion. Air cargo rates from Hanoi to Europe eased to $3.85 per kg in the "
     "first week of September, the TAC Index showed.",
     [R(f="export", r=VN, c=ELECVN, v=8.72e9, cur="USD", d="up", pct=24.6, b="yoy", src=VNCUS, **AUG),
      R(f="export", r=VN, c=PHONES, v=4.96e9, cur="USD", d="down", pct=6.2, b=DC, src=VNCUS, **AUG)]),

    # P07 Feeder shipping (The Loadstar, EPB): garments in July-August of FY2036-37 "with
    # knitwear bringing in" (a part), Chittagong's TEU and feeder rates (none).
    ("Bangladesh's readymade garment exports rose 7.2% to $7.86 billion in July-August, the first two months of the "
     "2036-37 fiscal year, Export Promotion Bureau data show, with knitwear bringing in $4.31 billion. Chittagong "
     "port handled 298,400 TEU in August, and feeder rates to Colombo and Singapore rose by about 15% after two "
     "vessels were withdrawn from the trade.",
     [R(f="export", r=BD, c=GARMENTS, v=7.86e9, cur="USD", d="up", pct=7.2, b=DC, src=EPB, **JULAUG),
      R(f="export", r=BD, c=KNIT, v=4.31e9, cur="USD", src=EPB, **JULAUG)]),

    # P08 Grain ships (Lloyd's List, Secex): soybeans "13.3% less than a year earlier" (yoy),
    # corn, Panamax rates and bulkers waiting (none).
    ("Brazil shipped 8.42 million tonnes of soybeans in August, 13.3% less than a year earlier, according to the "
     "trade ministry's Secex data, while corn exports jumped 31.4% to 7.96 million tonnes as the second crop "
     "reached the ports. Panamax rates on the east coast South America-China route rose to $18,650 a day, and 68 "
     "bulkers were waiting to load at Santos and Paranaguá.",
     [R(f="export", r=BR, c=SOY, vol=8.42e6, u=TON, d="down", pct=13.3, b="yoy", src=SECEX, **AUG),
      R(f="export", r=BR, c=CORN, vol=7.96e6, u=TON, d="up", pct=31.4, b=DC, src=SECEX, **AUG)]),

    # P09 Products tankers (Argus-style, LSEG): diesel "month-on-month to about" (mom, volq
    # about), Turkey "the largest buyer with" and "followed by Brazil with" (either way), MR
    # rates (none).
    ("Russia's seaborne exports of diesel and gasoil fell 8% month-on-month to about 3.1 million tonnes in August, "
     "according to LSEG data, as drone strikes idled units at several refineries. Turkey remained the largest buyer "
     "with 1.02 million tonnes, followed by Brazil with 0.61 million tonnes. Rates for medium-range tankers from "
     "Primorsk to the Mediterranean rose to about $52,000 a day.",
     [R(f="export", r=RU, c=DIESEL, vol=3.1e6, u=TON, volq=ABOUT, d="down", pct=8, b="mom", src=LSEG, **AUG),
      R(f=EITHER, r=RU + TR, p=RU + TR, c=DC, vol=1.02e6, u=TON, src=LSEG, **AUG),
      R(f=EITHER, r=RU + [BR], p=RU + [BR], c=DC, vol=0.61e6, u=TON, src=LSEG, **AUG)]),

    # P10 Autos by rail (FreightWaves, INEGI): light vehicles (yoy), "241,200 of them went to
    # the United States" (a part to a partner, u DC), one railroad's volumes and output (none).
    ("Mexico exported 298,600 light vehicles in August, down 3.8% from a year earlier, INEGI data showed, and "
     "241,200 of them went to the United States. CPKC said its cross-border intermodal volumes rose 5% in the "
     "month, while Mexican light vehicle output slipped 1.2% to 352,400 units.",
     [R(f="export", r=MX, c=LIGHTVEH, vol=298.6e3, u=UNITS, d="down", pct=3.8, b="yoy", src=INEGI, **AUG),
      R(f="export", r=MX, p=US, c=DC, vol=241.2e3, u=DC, src=INEGI, **AUG)]),

    # P11 Car carriers (Lloyd's List, CAAM): "Chinese carmakers shipped ... abroad" (reporter
    # China), new energy vehicles, PCTC charter rates and the fleet (none).
    ("Chinese carmakers shipped 712,400 vehicles abroad in August, 21.6% more than a year earlier, China "
     "Association of Automobile Manufacturers (CAAM) data showed on Thursday. Overseas shipments of new energy "
     "vehicles rose 48.2% to 286,300 units. Charter rates for 6,500-ceu car carriers have slipped to about $72,000 "
     "a day as newbuildings swell a fleet that now numbers 812 ships.",
     [R(f="export", r=[CN, "Chinese"], c=VEH, vol=712.4e3, u=UNITS, d="up", pct=21.6, b="yoy", src=CAAM, **AUG),
      R(f="export", r=[CN, "Chinese"], c=NEV, vol=286.3e3, u=UNITS, d="up", pct=48.2, b=DC, src=CAAM, **AUG)]),

    # P12 Bauxite (Lloyd's List, GAC): imports, "with Guinea supplying ... and Australia"
    # (either way, the second elided), freight per tonne (none).
    ("China's bauxite imports rose 14.8% to 18.6 million tonnes in August, customs data showed, with Guinea "
     "supplying 13.9 million tonnes and Australia 3.4 million tonnes. Freight for Newcastlemax cargoes from Kamsar "
     "to Qingdao firmed to $24.50 a tonne.",
     [R(f="import", r=CN, c=BAUXITE, vol=18.6e6, u=TON, d="up", pct=14.8, b=DC, src=GAC, **AUG),
      R(f=EITHER, r=[CN, GN], p=[CN, GN], c=DC, vol=13.9e6, u=TON, src=GAC, **AUG),
      R(f=EITHER, r=[CN, AU], p=[CN, AU], c=DC, vol=3.4e6, u=TON, src=GAC, **AUG)]),

    # P13 Iraqi crude (Argus-style, SOMO): barrels per day "averaged ..., up from ... in July"
    # (volq DC, d up, the base optional) and the revenue without a change (two records), an
    # official selling price differential and an OPEC+ target (none).
    ("Iraq's crude exports averaged 3.41 million barrels per day in August, up from 3.32 million bpd in July, "
     "according to state oil marketer SOMO, bringing in revenue of $8.07 billion. Basrah Medium for October loading "
     "was priced at a discount of 45 cents a barrel to Oman/Dubai, and Iraq's OPEC+ production target stands at "
     "4.31 million bpd.",
     [R(f="export", r=IQ, c=CRUDE, vol=3.41e6, u=BPD, volq=DC, v=DC, cur=DC, d="up", pct=DC, by=DC, byc=DC, b=DC,
        src=SOMO, **AUG),
      OPT(f="export", r=IQ, c=CRUDE, vol=3.32e6, u=BPD, volq=DC, **JUL),
      R(f="export", r=IQ, c=CRUDE, v=8.07e9, cur="USD", vol=DC, u=DC, volq=DC, src=SOMO, **AUG)]),

    # ================================================================ Grain and oilseed desks
    # P14 Ukraine (World Grain): "between July 1 and Sept. 15" "against ... in the same period a
    # year earlier" (d and b DC, the base optional), "Wheat accounted for ... and corn for"
    # (parts), a harvest forecast (none).
    ("Ukraine exported 8.62 million tonnes of grain between July 1 and Sept. 15, the opening weeks of the 2036/37 "
     "season, against 9.84 million tonnes in the same period a year earlier, the agriculture ministry said. Wheat "
     "accounted for 5.12 million tonnes and corn for 2.41 million tonnes. The ministry expects the 2036 grain "
     "harvest to reach 58 million tonnes.",
     [R(f="export", r=UA, c=GRAIN, vol=8.62e6, u=TON, d=DC, pct=DC, by=DC, byc=DC, b=DC, src=UAMIN, **UAMY),
      OPT(f="export", r=UA, c=GRAIN, vol=9.84e6, u=TON, **UAMY35),
      R(f="export", r=UA, c=WHEAT, vol=5.12e6, u=TON, src=UAMIN, **UAMY),
      R(f="export", r=UA, c=CORN, vol=2.41e6, u=TON, src=UAMIN, **UAMY)]),

    # P15 Russia (World Grain, Rusagrotrans): July-August of the 2036/37 season, estimates
    # (volq DC), "Egypt bought ..., more than any other country" (either way), a "12.5%-protein"
    # grade's price "down $3 from the previous week" (none).
    ("Russia exported 9.4 million tonnes of wheat in July-August, the first two months of the 2036/37 season, up "
     "11% year-on-year, according to estimates by consultancy Rusagrotrans. Egypt bought 1.86 million tonnes, more "
     "than any other country. Russian 12.5%-protein wheat for September loading from Novorossiysk was quoted at "
     "$231 a tonne free on board, down $3 from the previous week.",
     [R(f="export", r=RU, c=WHEAT, vol=9.4e6, u=TON, volq=DC, vq=DC, d="up", pct=11, b="yoy", src=RUSAGRO,
        **JULAUG),
      R(f=EITHER, r=RU + [EG], p=RU + [EG], c=DC, vol=1.86e6, u=TON, volq=DC, vq=DC, src=RUSAGRO, **JULAUG)]),

    # P16 Canada's crop year (World Grain, CGC): "which ran from August to July", canola "rose
    # to" (d up, pct DC), China's 100% tariff "still in place" (TAR, reporter China), wheat other
    # than durum, terminal stocks (none).
    ("Canada exported 31.6 million tonnes of major grains in the 2035-36 crop year, which ran from August to July, "
     "up 4.8% from the previous year, Canadian Grain Commission data show. Canola exports rose to 8.42 million "
     "tonnes, even with China's 100% tariff on Canadian canola oil and meal still in place, while wheat other than "
     "durum came to 19.7 million tonnes. Licensed terminal stocks in Vancouver stood at 1.12 million tonnes at the "
     "end of July.",
     [R(f="export", r=CA, c=MAJGRAIN, vol=31.6e6, u=TON, d="up", pct=4.8, b=DC, src=CGC, **CROPYR),
      R(f="export", r=CA, c=CANOLA, vol=8.42e6, u=TON, d="up", pct=DC, by=DC, byc=DC, b=DC, src=CGC, **CROPYR),
      TAR(r=CN, p=[CA, None], c=DC, rate=100),
      R(f="export", r=CA, c=WHEATXD, vol=19.7e6, u=TON, src=CGC, **CROPYR)]),

    # P17 USDA export sales (Brownfield): net sales for the 2036/37 marketing year and China's
    # purchase (commitments: none), "exports for the week" (a record), corn "from the previous
    # week" (b DC), destinations without amounts (none).
    ("USDA's weekly export sales report showed net sales of 1.46 million metric tons of U.S. soybeans for the "
     "2036/37 marketing year in the week ended Sept. 4, with China the top buyer at 624,000 tons. Soybean exports "
     "for the week, however, came to just 418,600 tons. Corn exports rose 9% from the previous week to 1.21 million "
     "tons, primarily to Mexico, Japan and Colombia.",
     [R(f="export", r=US, c=SOY, vol=418.6e3, u=TON, src=USDA, **WEEK),
      R(f="export", r=US, c=CORN, vol=1.21e6, u=TON, d="up", pct=9, b=DC, src=USDA, **WEEK)]),

    # P18 Australian wheat (World Grain, ABS): July "down 18% from June" (b DC), the first 10
    # months of the October-September marketing year, "with Indonesia the largest buyer at"
    # (either way), an ABARES crop forecast (none).
    ("Australia exported 1.62 million tonnes of wheat in July, down 18% from June as supplies from the 2035-36 crop "
     "ran low, Australian Bureau of Statistics data showed. Over the first 10 months of the October-September "
     "marketing year, wheat shipments reached 21.4 million tonnes, with Indonesia the largest buyer at 3.9 million "
     "tonnes. ABARES expects the 2036-37 wheat crop to come in at 31.2 million tonnes.",
     [R(f="export", r=AU, c=WHEAT, vol=1.62e6, u=TON, d="down", pct=18, b=DC, src=ABS, **JUL),
      R(f="export", r=AU, c=WHEAT, vol=21.4e6, u=TON, src=ABS, **OCTJUL),
      R(f=EITHER, r=[AU, ID], p=[AU, ID], c=DC, vol=3.9e6, u=TON, src=ABS, **OCTJUL)]),

    # P19 EU wheat (World Grain, European Commission): the season "that started on July 1 ... by
    # Sept. 14" (yoy), "Romania was the biggest exporter with" (reporter Romania), barley.
    ("EU soft wheat exports in the 2036/37 season that started on July 1 reached 5.12 million tonnes by Sept. 14, "
     "European Commission data showed, down 21% from a year earlier. Romania was the biggest exporter with 1.42 "
     "million tonnes, while EU barley exports came to 1.38 million tonnes.",
     [R(f="export", r=EU, c=SOFTWHEAT, vol=5.12e6, u=TON, d="down", pct=21, b="yoy", src=ECOM, **EUMY),
      R(f="export", r=RO, c=DC, vol=1.42e6, u=TON, src=ECOM, **EUMY),
      R(f="export", r=EU, c=BARLEY, vol=1.38e6, u=TON, src=ECOM, **EUMY)]),

    # P20 Argentine soymeal (Rosario Board of Trade): soymeal (yoy), soybean oil "fell to" (d
    # down, pct DC), a record crush (none).
    ("Argentina shipped 2.86 million tonnes of soymeal in August, up 12% from a year earlier, the Rosario Board of "
     "Trade said, while soybean oil exports fell to 512,000 tonnes. Crushing plants processed a record 4.1 million "
     "tonnes of soybeans in the month.",
     [R(f="export", r=AR, c=SOYMEAL, vol=2.86e6, u=TON, d="up", pct=12, b="yoy", src=BCR, **AUG),
      R(f="export", r=AR, c=SOYOIL, vol=512e3, u=TON, d="down", pct=DC, by=DC, byc=DC, b=DC, src=BCR, **AUG)]),

    # P21 China's soybeans (GAC): "the second-largest monthly volume on record" (a ranking: volq
    # and vq DC), "Cargoes from Brazil made up ... of the total" (an import from Brazil),
    # imports from the US "slumped to" (d down), futures (none).
    ("China's soybean imports rose 6.2% year-on-year to 11.86 million tonnes in August, the second-largest monthly "
     "volume on record, customs data showed. Cargoes from Brazil made up 9.41 million tonnes of the total, while "
     "imports from the United States slumped to 0.38 million tonnes. Soymeal futures on the Dalian Commodity "
     "Exchange fell 1.4% on Monday.",
     [R(f="import", r=CN, c=SOY, vol=11.86e6, u=TON, volq=DC, vq=DC, d="up", pct=6.2, b="yoy", src=GAC, **AUG),
      R(f="import", r=CN, p=BR, c=DC, vol=9.41e6, u=TON, src=GAC, **AUG),
      R(f="import", r=CN, p=US, c=DC, vol=0.38e6, u=TON, d="down", pct=DC, by=DC, byc=DC, b=DC, src=GAC, **AUG)]),

    # P22 Malaysian palm oil (cargo surveyors): "Sept. 1-15 ... from ... during Aug. 1-15" (b DC,
    # the base optional), the second surveyor's figure (its own source), a futures price (none).
    ("Exports of Malaysian palm oil products for Sept. 1-15 rose 8.4% to 684,250 tonnes from 631,200 tonnes "
     "shipped during Aug. 1-15, cargo surveyor Intertek Testing Services said on Monday. Fellow surveyor AmSpec "
     "Agri Malaysia put exports for the period at 671,900 tonnes, up 6.9%. The benchmark palm oil contract on "
     "Bursa Malaysia Derivatives rose 1.2% to 4,186 ringgit a tonne.",
     [R(f="export", r=MY, c=PALM, vol=684.25e3, u=TON, d="up", pct=8.4, b=DC, src=ITS, **SEP15),
      OPT(f="export", r=MY, c=PALM, vol=631.2e3, u=TON, **AUG15),
      R(f="export", r=MY, c=PALM, vol=671.9e3, u=TON, d="up", pct=6.9, b=DC, src=AMSPEC, **SEP15)]),

    # P23 Indonesian palm oil (GAPKI, two months behind): June exports "rose to ... from ... in
    # May" (d up, pct DC, the base optional), stocks and output (none).
    ("Indonesia's exports of palm oil, including refined products and oleochemicals, rose to 2.64 million tonnes "
     "in June from 2.31 million tonnes in May, the Indonesian Palm Oil Association (GAPKI) said on Friday. Stocks "
     "at the end of June fell to 2.48 million tonnes, while crude palm oil output reached 4.21 million tonnes.",
     [R(f="export", r=ID, c=PALMID, vol=2.64e6, u=TON, d="up", pct=DC, by=DC, byc=DC, b=DC, src=GAPKI, **JUN),
      OPT(f="export", r=ID, c=PALMID, vol=2.31e6, u=TON, **MAY)]),

    # P24 Indian edible oils (SEA): the total (yoy) and its parts "dropped to", "rose to",
    # "came in at" (pct DC), stocks "on Sept. 1" (none).
    ("India's edible oil imports fell 9.6% year-on-year to 1.46 million tonnes in August, the Solvent Extractors' "
     "Association of India (SEA) said, as palm oil imports dropped to 712,000 tonnes. Soyoil imports rose to "
     "486,000 tonnes and sunflower oil imports came in at 262,000 tonnes. Stocks of edible oils at ports and in the "
     "pipeline stood at 1.18 million tonnes on Sept. 1.",
     [R(f="import", r=IN, c=EDIBLE, vol=1.46e6, u=TON, d="down", pct=9.6, b="yoy", src=SEA, **AUG),
      R(f="import", r=IN, c=PALMOIL, vol=712e3, u=TON, d="down", pct=DC, by=DC, byc=DC, b=DC, src=SEA, **AUG),
      R(f="import", r=IN, c=SOYOIL, vol=486e3, u=TON, d="up", pct=DC, by=DC, byc=DC, b=DC, src=SEA, **AUG),
      R(f="import", r=IN, c=SUNOIL, vol=262e3, u=TON, src=SEA, **AUG)]),

    # ================================================================ Softs
    # P25 Colombian coffee (FNC): 60-kg bags "from a year earlier" (yoy), production (none),
    # the first 11 months of the October-September coffee year.
    ("Colombia's coffee exports rose 14% from a year earlier to 1.21 million 60-kg bags in August, the National "
     "Coffee Growers Federation (FNC) said, even as production fell 3% to 1.08 million bags. In the first 11 months "
     "of the October-September coffee year, shipments totalled 12.4 million bags, up 6%.",
     [R(f="export", r=CO, c=COFFEE, vol=1.21e6, u=BAG, d="up", pct=14, b="yoy", src=FNC, **AUG),
      R(f="export", r=CO, c=COFFEE, vol=12.4e6, u=BAG, d="up", pct=6, b=DC, src=FNC, **COCY)]),

    # P26 Vietnamese rice and coffee (statistics office estimates: vq and volq DC): tonnes
    # "worth" a value (one record), eight months, coffee "in volume" and "in value" with
    # different changes (two records), a "5% broken" price range (none).
    ("Vietnam exported 1.12 million tonnes of rice worth $612 million in August, National Statistics Office "
     "estimates show, bringing shipments for the first eight months to 6.84 million tonnes. Coffee exports in the "
     "eight months rose 4.1% in volume to 1.21 million tonnes but jumped 22.6% in value to $6.48 billion. Vietnamese "
     "5% broken rice was quoted at $392-$398 a tonne this week.",
     [R(f="export", r=VN, c=RICE, vol=1.12e6, u=TON, v=612e6, cur="USD", volq=DC, vq=DC, src=VNNSO, **AUG),
      R(f="export", r=VN, c=RICE, vol=6.84e6, u=TON, volq=DC, vq=DC, src=VNNSO, **YTD8),
      R(f="export", r=VN, c=COFFEE, vol=1.21e6, u=TON, v=DC, cur=DC, volq=DC, vq=DC, d="up", pct=4.1, b=DC,
        src=VNNSO, **YTD8),
      R(f="export", r=VN, c=COFFEE, v=6.48e9, cur="USD", vol=DC, u=DC, volq=DC, vq=DC, d="up", pct=22.6, b=DC,
        src=VNNSO, **YTD8)]),

    # P27 Thai rice (commerce ministry): January-August volume with a change and the earnings
    # in baht with a dollar equivalent without one (two records; the value accepting either,
    # plus a twin), "in August alone ... fell to" (d down), prices (none).
    ("Thailand's rice exports rose 6.2% to 5.41 million tonnes in January-August, the commerce ministry said, "
     "earning 98.6 billion baht ($2.78 billion). Shipments in August alone fell to 612,000 tonnes. Thai 5% broken "
     "white rice was offered at $418 a tonne, against $402 for Vietnamese grades.",
     [R(f="export", r=TH, c=RICE, vol=5.41e6, u=TON, v=DC, cur=DC, d="up", pct=6.2, b=DC, src=THMOC, **YTD8),
      R(f="export", r=TH, c=RICE, v=[98.6e9, 2.78e9], cur=["THB", "USD"], vq=[None] + ABOUT, vol=DC, u=DC,
        src=THMOC, **YTD8),
      OPT(f="export", r=TH, c=RICE, v=2.78e9, cur="USD", vol=DC, u=DC, **YTD8),
      R(f="export", r=TH, c=RICE, vol=612e3, u=TON, d="down", pct=DC, by=DC, byc=DC, b=DC, src=THMOC, **AUG)]),

    # P28 Cotton (Fibre2Fashion): Brazil's raw cotton (yoy), a ranking (none), US bales in the
    # 2035-36 marketing year "which ended July 31" (b DC), a December futures contract (none).
    ("Brazil shipped 312,400 tonnes of raw cotton in August, up 18.2% from a year earlier, Secex data show, "
     "extending its lead over the United States as the world's top exporter. U.S. cotton exports in the 2035-36 "
     "marketing year, which ended July 31, totalled 11.2 million 480-pound bales, down 6% from the previous year, "
     "according to the USDA. ICE December cotton futures traded near 68 cents per pound on Monday.",
     [R(f="export", r=BR, c=COTTON, vol=312.4e3, u=TON, d="up", pct=18.2, b="yoy", src=SECEX, **AUG),
      R(f="export", r=US, c=COTTON, vol=11.2e6, u=BALE, d="down", pct=6, b=DC, src=USDA, **CROPYR)]),

    # P29 Ivorian cocoa (customs): the first 10 months of the season "from October to July"
    # (yoy), semi-finished products, grindings "a record" (none).
    ("Ivory Coast exported 1.21 million tonnes of cocoa beans in the first 10 months of the 2035/36 season, from "
     "October to July, customs data showed, down 8.4% from a year earlier. Exports of semi-finished cocoa products "
     "rose 6.2% to 586,000 tonnes, as local grindings reached a record 612,000 tonnes.",
     [R(f="export", r=CI, c=COCOABEANS, vol=1.21e6, u=TON, d="down", pct=8.4, b="yoy", src=CICUS, **OCTJUL),
      R(f="export", r=CI, c=SEMICOCOA, vol=586e3, u=TON, d="up", pct=6.2, b=DC, src=CICUS, **OCTJUL)]),

    # P30 Pakistani food exports (PBS): July-August of FY2036-37, rice value and volume with
    # different changes (two records), palm oil imports "fell to ... over the two months".
    ("Pakistan's food group exports rose 14.6% to $1.12 billion in July-August of FY2036-37, Pakistan Bureau of "
     "Statistics data showed, as rice exports climbed 18.2% to $612.4 million and rice volumes rose 9.8% to 1.04 "
     "million tonnes. Palm oil imports fell to $486.2 million over the two months.",
     [R(f="export", r=PK, c=FOOD, v=1.12e9, cur="USD", d="up", pct=14.6, b=DC, src=PBS, **JULAUG),
      R(f="export", r=PK, c=RICE, v=612.4e6, cur="USD", vol=DC, u=DC, d="up", pct=18.2, b=DC, src=PBS, **JULAUG),
      R(f="export", r=PK, c=RICE, vol=1.04e6, u=TON, v=DC, cur=DC, d="up", pct=9.8, b=DC, src=PBS, **JULAUG),
      R(f="import", r=PK, c=PALMOIL, v=486.2e6, cur="USD", d="down", pct=DC, by=DC, byc=DC, b=DC, src=PBS,
        **JULAUG)]),

    # ================================================================ Meat, livestock and dairy
    # P31 US meat (Brownfield, USMEF): pork volume "from a year ago" (yoy) and value with a
    # different change (two records), "Mexico took a record" (either way, volq and vq DC), beef
    # volume and value with different changes (two records).
    ("U.S. pork exports totaled 241,600 metric tons in July, down 3% from a year ago, but export value climbed 2% "
     "to $712.4 million, according to USDA data compiled by the U.S. Meat Export Federation (USMEF). Mexico took a "
     "record 112,800 tons. Beef exports fell 9% to 98,200 tons, while beef export value slipped 4% to $812.6 "
     "million.",
     [R(f="export", r=US, c=PORK, vol=241.6e3, u=TON, v=DC, cur=DC, d="down", pct=3, b="yoy", src=USMEF, **JUL),
      R(f="export", r=US, c=PORK, v=712.4e6, cur="USD", vol=DC, u=DC, d="up", pct=2, b=DC, src=USMEF, **JUL),
      R(f=EITHER, r=US + [MX], p=US + [MX], c=DC, vol=112.8e3, u=TON, volq=DC, vq=DC, src=USMEF, **JUL),
      R(f="export", r=US, c=BEEF, vol=98.2e3, u=TON, v=DC, cur=DC, d="down", pct=9, b=DC, src=USMEF, **JUL),
      R(f="export", r=US, c=BEEF, v=812.6e6, cur="USD", vol=DC, u=DC, d="down", pct=4, cq=DC, b=DC, src=USMEF,
        **JUL)]),

    # P32 Australian beef (Beef Central, DAFF): "up 6% on July" (b DC), "with China taking ...
    # and Japan" (either way), the US "eased to" (d down), a cattle price indicator (none).
    ("Australian beef exports reached 128,400 tonnes in August, up 6% on July, Department of Agriculture, "
     "Fisheries and Forestry figures show, with China taking 24,600 tonnes and Japan 23,100 tonnes. Shipments to "
     "the United States eased to 38,900 tonnes. The Eastern Young Cattle Indicator fell 14c to 612c/kg carcase "
     "weight.",
     [R(f="export", r=AU, c=BEEF, vol=128.4e3, u=TON, d="up", pct=6, b=DC, src=DAFF, **AUG),
      R(f=EITHER, r=[AU, CN], p=[AU, CN], c=DC, vol=24.6e3, u=TON, src=DAFF, **AUG),
      R(f=EITHER, r=[AU, JP], p=[AU, JP], c=DC, vol=23.1e3, u=TON, src=DAFF, **AUG),
      R(f="export", r=AU, p=US, c=DC, vol=38.9e3, u=TON, d="down", pct=DC, cq=DC, by=DC, byc=DC, b=DC, src=DAFF,
        **AUG)]),

    # P33 Live cattle (LiveCorp): head of cattle "12% more than a year earlier" (yoy),
    # "Indonesia took ... and Vietnam" (either way), livestock carriers (none).
    ("Australia exported 86,400 head of cattle by sea in August, 12% more than a year earlier, LiveCorp said, "
     "citing Department of Agriculture figures. Indonesia took 61,200 head and Vietnam 14,800 head, while the "
     "number of livestock carriers loading in Darwin rose to 11.",
     [R(f="export", r=AU, c=CATTLE, vol=86.4e3, u=HEAD, d="up", pct=12, b="yoy", src=LIVECORP, **AUG),
      R(f=EITHER, r=[AU, ID], p=[AU, ID], c=DC, vol=61.2e3, u=HEAD, src=LIVECORP, **AUG),
      R(f=EITHER, r=[AU] + VN, p=[AU] + VN, c=DC, vol=14.8e3, u=HEAD, src=LIVECORP, **AUG)]),

    # P34 New Zealand dairy (Stats NZ): "rose NZ$412 million (18%) to ... compared with July
    # 2035" (by and pct, b DC), total goods exports, the annual deficit for "the year ended July
    # 2036" "narrowed to" (d DC), an auction price (none).
    ("New Zealand's dairy exports rose NZ$412 million (18%) to NZ$2.71 billion in July compared with July 2035, "
     "Stats NZ said, led by milk powder, butter and cheese. Total goods exports fell 2.1% to NZ$5.86 billion, and "
     "the annual trade deficit for the year ended July 2036 narrowed to NZ$6.42 billion. Whole milk powder prices at "
     "the Global Dairy Trade auction rose 2.4% overnight.",
     [R(f="export", r=NZ, c=DAIRY, v=2.71e9, cur="NZD", d="up", pct=18, by=412e6, byc="NZD", b=DC, src=STATSNZ,
        **JUL),
      R(f="export", r=NZ, c=DC, v=5.86e9, cur="NZD", d="down", pct=2.1, b=DC, src=STATSNZ, **JUL),
      R(f="balance", r=NZ, c=DC, v=6.42e9, cur="NZD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC,
        src=STATSNZ, **NZ12)]),

    # P35 Irish agri-food (Agriland, CSO): the first seven months, dairy and meat, "The UK
    # remained the biggest market ..., taking ... worth" (either way), milk supplies (none).
    ("Irish exports of dairy products and birds' eggs rose 9.2% to €3.14 billion in the first seven months of 2036, "
     "according to the latest Central Statistics Office (CSO) figures, while meat and meat preparations climbed "
     "6.4% to €2.86 billion. The UK remained the biggest market for Irish beef, taking €812 million worth. Milk "
     "supplies to processors fell 1.8% in July.",
     [R(f="export", r=IE, c=DAIRYEGGS, v=3.14e9, cur="EUR", d="up", pct=9.2, b=DC, src=CSO, **YTD7),
      R(f="export", r=IE, c=MEAT, v=2.86e9, cur="EUR", d="up", pct=6.4, b=DC, src=CSO, **YTD7),
      R(f=EITHER, r=[IE] + UK, p=[IE] + UK, c=DC, v=812e6, cur="EUR", src=CSO, **YTD7)]),

    # ================================================================ Seafood desks
    # P36 Norwegian seafood (Undercurrent News, NSC): NOK with a dollar equivalent (either,
    # twin), salmon's value "of that" (a part) and its volume with a change (two records), "So
    # far this year" (January-August), a spot price (none).
    ("Norway exported seafood worth NOK 14.2 billion ($1.34 billion) in August, up 6% from a year earlier, the "
     "Norwegian Seafood Council said. Salmon accounted for NOK 10.1 billion of that, and salmon export volumes rose "
     "11% to 98,600 tonnes. So far this year, Norwegian seafood exports have reached NOK 112.4 billion. The spot "
     "price of fresh salmon fell to NOK 62 per kg in the first week of September.",
     [R(f="export", r=NO, c=SEAFOOD, v=[14.2e9, 1.34e9], cur=["NOK", "USD"], vq=[None] + ABOUT, d="up", pct=6,
        b="yoy", src=NSC, **AUG),
      OPT(f="export", r=NO, c=SEAFOOD, v=1.34e9, cur="USD", **AUG),
      R(f="export", r=NO, c=SALMON, v=10.1e9, cur="NOK", vol=DC, u=DC, src=NSC, **AUG),
      R(f="export", r=NO, c=SALMON, vol=98.6e3, u=TON, v=DC, cur=DC, d="up", pct=11, b=DC, src=NSC, **AUG),
      R(f="export", r=NO, c=SEAFOOD, v=112.4e9, cur="NOK", src=NSC, **YTD8)]),

    # P37 Ecuadorian shrimp (SeafoodSource, CNA): pounds "7.2% more than a year earlier" (yoy)
    # "earning" a value without a change (two records), "China bought" (either way), the US
    # "rose to" (d up), an average price (none).
    ("Ecuador exported 148.6 million pounds of shrimp in July, 7.2% more than a year earlier, earning $498.3 "
     "million, the National Aquaculture Chamber (CNA) said. China bought 72.4 million pounds, while shipments to the "
     "United States rose to 31.8 million pounds. The average export price slipped to $3.35 a pound.",
     [R(f="export", r=EC, c=SHRIMP, vol=148.6e6, u=POUND, v=DC, cur=DC, d="up", pct=7.2, b="yoy", src=CNA, **JUL),
      R(f="export", r=EC, c=SHRIMP, v=498.3e6, cur="USD", vol=DC, u=DC, src=CNA, **JUL),
      R(f=EITHER, r=[EC, CN], p=[EC, CN], c=DC, vol=72.4e6, u=POUND, src=CNA, **JUL),
      R(f="export", r=EC, p=US, c=DC, vol=31.8e6, u=POUND, d="up", pct=DC, by=DC, byc=DC, b=DC, src=CNA, **JUL)]),

    # P38 US shrimp imports (SeafoodSource, NOAA): volume and value with different changes (two
    # records), India's 18% tariff "under the trade deal" (TAR), "India ... supplied ..., and
    # Ecuador" (either way), domestic landings (none).
    ("U.S. shrimp imports fell 6.4% to 62,400 metric tons in July, NOAA Fisheries data show, while their value "
     "dropped 9.1% to $512.6 million. India, whose goods face an 18% U.S. tariff under the trade deal, supplied "
     "24,800 tons, and Ecuador 14,600 tons. Domestic landings in the Gulf rose to 14,200 tons.",
     [R(f="import", r=US, c=SHRIMP, vol=62.4e3, u=TON, v=DC, cur=DC, d="down", pct=6.4, b=DC, src=NOAA, **JUL),
      R(f="import", r=US, c=SHRIMP, v=512.6e6, cur="USD", vol=DC, u=DC, d="down", pct=9.1, b=DC, src=NOAA, **JUL),
      TAR(r=US, p=[IN, None], c=DC, rate=18),
      R(f=EITHER, r=US + [IN], p=US + [IN], c=DC, vol=24.8e3, u=TON, src=NOAA, **JUL),
      R(f=EITHER, r=US + [EC], p=US + [EC], c=DC, vol=14.6e3, u=TON, src=NOAA, **JUL)]),

    # P39 Icelandic seafood (Undercurrent News, Statistics Iceland): ISK with a dollar
    # equivalent (either, twin), cod "accounting for" (a part), a quota advice (none).
    ("Iceland's seafood exports rose 4.6% to ISK 28.4 billion ($212 million) in July, Statistics Iceland said, with "
     "cod accounting for ISK 11.2 billion. The Marine and Freshwater Research Institute advised a capelin quota of "
     "210,000 tonnes for the coming season.",
     [R(f="export", r=IS, c=SEAFOOD, v=[28.4e9, 212e6], cur=["ISK", "USD"], vq=[None] + ABOUT, d="up", pct=4.6,
        b=DC, src=STATICE, **JUL),
      OPT(f="export", r=IS, c=SEAFOOD, v=212e6, cur="USD", **JUL),
      R(f="export", r=IS, c=COD, v=11.2e9, cur="ISK", src=STATICE, **JUL)]),

    # P40 Indian marine exports (MPEDA): provisional "Rs 24,860 crore ($2.82 billion)" (INR, vq
    # DC, one record accepting either plus a twin), frozen shrimp "made up ... of the total",
    # "the United States bought shrimp worth" (either way).
    ("India's marine product exports rose 8.6% to Rs 24,860 crore ($2.82 billion) in April-August, the first five "
     "months of the 2036-37 fiscal year, according to provisional Marine Products Export Development Authority "
     "(MPEDA) data. Frozen shrimp made up $1.86 billion of the total, and the United States bought shrimp worth "
     "$708 million.",
     [R(f="export", r=IN, c=MARINE, v=[248.6e9, 2.82e9], cur=["INR", "USD"], vq=DC, d="up", pct=8.6, b=DC,
        src=MPEDA, **APRAUG),
      OPT(f="export", r=IN, c=MARINE, v=2.82e9, cur="USD", **APRAUG),
      R(f="export", r=IN, c=FROZENSHRIMP, v=1.86e9, cur="USD", vq=DC, src=MPEDA, **APRAUG),
      R(f=EITHER, r=[IN] + US, p=[IN] + US, c=DC, v=708e6, cur="USD", vq=DC, src=MPEDA, **APRAUG)]),

    # ================================================================ Wine and spirits
    # P41 Australian wine (Wine Australia): "the 12 months to June 2036", value and volume with
    # different changes (two records), mainland China, a value per litre (none).
    ("Australian wine exports rose 7% in value to A$2.48 billion in the 12 months to June 2036, Wine Australia's "
     "latest export report shows, while volume fell 3% to 598 million litres. Exports to mainland China, now the "
     "largest market, grew 11% to A$1.04 billion. The average value of bottled exports climbed to A$8.15 per litre, "
     "the highest in two years.",
     [R(f="export", r=AU, c=WINE, v=2.48e9, cur="AUD", vol=DC, u=DC, d="up", pct=7, b=DC, src=WINEAU, **AUFY),
      R(f="export", r=AU, c=WINE, vol=598e6, u=LITRE, v=DC, cur=DC, d="down", pct=3, b=DC, src=WINEAU, **AUFY),
      R(f="export", r=AU, p=MAINLAND, c=DC, v=1.04e9, cur="AUD", d="up", pct=11, b=DC, src=WINEAU, **AUFY)]),

    # P42 French wine and spirits (FEVS): the first half, cognac, Champagne "held steady at" (d
    # DC), the 15% US tariff on most EU goods (TAR), the US as a percent only (v null).
    ("French wine and spirits exports fell 6.8% to €7.42 billion in the first half of 2036, the exporters' "
     "federation FEVS said, as cognac shipments to China and the United States slumped. Cognac exports dropped 18.4% "
     "to €1.06 billion, while Champagne held steady at €1.71 billion. Sales of French wine and spirits to the United "
     "States, where most EU goods face a 15% tariff, fell 12.6%.",
     [R(f="export", r=FR, c=WINESP, v=7.42e9, cur="EUR", d="down", pct=6.8, b=DC, src=FEVS, **H1),
      R(f="export", r=FR, c=COGNAC, v=1.06e9, cur="EUR", d="down", pct=18.4, b=DC, src=FEVS, **H1),
      R(f="export", r=FR, c=CHAMPAGNE, v=1.71e9, cur="EUR", d=DC, pct=DC, cq=DC, by=DC, byc=DC, b=DC, src=FEVS,
        **H1),
      TAR(r=US, p=EU + [FR, None], c=DC, rate=15),
      R(f="export", r=FR, p=US, c=WINESP, d="down", pct=12.6, b=DC, src=FEVS, **H1)]),

    # ================================================================ Ores, metals, coal and energy
    # P43 Chilean copper (Mining.com, central bank): value (yoy), cathodes and concentrates
    # "brought in ... and concentrates" (parts), the LME price and a miner's output (none).
    ("Chile's copper exports fell 4.2% year-on-year to $4.12 billion in August, the central bank said, as lower "
     "shipments from Escondida offset higher prices. Copper cathodes brought in $1.86 billion and concentrates "
     "$2.14 billion. The LME cash copper price averaged $10,840 a tonne in the month, while state miner Codelco's "
     "output fell 6%.",
     [R(f="export", r=CL, c=COPPER, v=4.12e9, cur="USD", d="down", pct=4.2, b="yoy", src=BCCH, **AUG),
      R(f="export", r=CL, c=CATHODES, v=1.86e9, cur="USD", src=BCCH, **AUG),
      R(f="export", r=CL, c=CUCONC, v=2.14e9, cur="USD", src=BCCH, **AUG)]),

    # P44 Peruvian mining exports (Mining.com, BCRP): "with copper bringing in ... and gold"
    # (parts), copper production (none).
    ("Peru's mining exports rose 12.1% to $3.86 billion in July, the central bank (BCRP) said, with copper bringing "
     "in $2.31 billion and gold $1.12 billion. Copper production rose 3.4% to 238,000 tonnes, according to the "
     "energy and mines ministry.",
     [R(f="export", r=PE, c=MINING, v=3.86e9, cur="USD", d="up", pct=12.1, b=DC, src=BCRP, **JUL),
      R(f="export", r=PE, c=COPPER, v=2.31e9, cur="USD", src=BCRP, **JUL),
      R(f="export", r=PE, c=GOLD, v=1.12e9, cur="USD", src=BCRP, **JUL)]),

    # P45 Australia's July (ABS): "fell A$1.6 billion (3.8%) to" (by and pct), metal ores
    # "dropped A$1.2 billion to" (by, pct null), LNG in A$ with a US$ equivalent (either, twin),
    # the surplus "narrowed to ... from a downwardly revised ... in June" (d down, the base
    # optional), one miner's shipments in its financial year (none).
    ("Australia's goods exports fell A$1.6 billion (3.8%) to A$40.5 billion in July, the Australian Bureau of "
     "Statistics said, as exports of metal ores and minerals dropped A$1.2 billion to A$13.9 billion. LNG export "
     "earnings fell 9.2% to A$4.86 billion (US$3.21 billion). The goods trade surplus narrowed to A$4.12 billion "
     "from a downwardly revised A$5.38 billion in June. BHP said separately it shipped a record 290 million tonnes "
     "of iron ore in the 2035-36 financial year.",
     [R(f="export", r=AU, c=DC, v=40.5e9, cur="AUD", d="down", pct=3.8, by=1.6e9, byc="AUD", b=DC, src=ABS, **JUL),
      R(f="export", r=AU, c=METALORE, v=13.9e9, cur="AUD", d="down", by=1.2e9, byc="AUD", b=DC, src=ABS, **JUL),
      R(f="export", r=AU, c=LNG, v=[4.86e9, 3.21e9], cur=["AUD", "USD"], vq=[None] + ABOUT, d="down", pct=9.2,
        b=DC, src=ABS, **JUL),
      OPT(f="export", r=AU, c=LNG, v=3.21e9, cur="USD", **JUL),
      R(f="balance", r=AU, c=DC, v=4.12e9, cur="AUD", bal="surplus", d="down", pct=DC, by=DC, byc=DC, b=DC, src=ABS,
        **JUL),
      OPT(f="balance", r=AU, c=DC, v=5.38e9, cur="AUD", bal="surplus", **JUN)]),

    # P46 Indonesian coal (BPS): volume (yoy) and value with different changes (two records),
    # crude palm oil and its derivatives "rose to" (d up, pct DC), a reference price "for
    # September" (none).
    ("Indonesia's coal exports fell 7.8% year-on-year to 39.6 million tonnes in August, Statistics Indonesia (BPS) "
     "said on Monday, while their value dropped 14.6% to $2.41 billion. Shipments of crude palm oil and its "
     "derivatives rose to $2.18 billion. The government set its benchmark coal reference price (HBA) for September "
     "at $108.40 a tonne.",
     [R(f="export", r=ID, c=COAL, vol=39.6e6, u=TON, v=DC, cur=DC, d="down", pct=7.8, b="yoy", src=BPS, **AUG),
      R(f="export", r=ID, c=COAL, v=2.41e9, cur="USD", vol=DC, u=DC, d="down", pct=14.6, b=DC, src=BPS, **AUG),
      R(f="export", r=ID, c=PALMX, v=2.18e9, cur="USD", d="up", pct=DC, by=DC, byc=DC, b=DC, src=BPS, **AUG)]),

    # P47 Indian steel (JPC): April-August, finished steel imports and "while exports fell"
    # (elided good), crude steel output (none).
    ("India's finished steel imports rose 18% to 3.62 million tonnes in April-August, the first five months of the "
     "2036-37 fiscal year, Joint Plant Committee data showed, while exports fell 21% to 1.47 million tonnes. Crude "
     "steel output rose 8.4% to 64.2 million tonnes over the period.",
     [R(f="import", r=IN, c=FINSTEEL, vol=3.62e6, u=TON, d="up", pct=18, b=DC, src=JPC, **APRAUG),
      R(f="export", r=IN, c=FINSTEEL + [None], vol=1.47e6, u=TON, d="down", pct=21, b=DC, src=JPC, **APRAUG)]),

    # P48 New Zealand logs (forestry desk, Stats NZ): cubic metres, "with China taking" (either
    # way), wharf-gate prices and port stocks in cubic metres (none).
    ("New Zealand's log exports fell 8.2% to 1.86 million cubic metres in July, Stats NZ data show, with China "
     "taking 1.62 million cubic metres. Wharf-gate prices for A-grade export logs slipped NZ$6 to NZ$118 a tonne, "
     "and log stocks at Chinese ports rose to 3.4 million cubic metres.",
     [R(f="export", r=NZ, c=LOGS, vol=1.86e6, u=CUBIC, d="down", pct=8.2, b=DC, src=STATSNZ, **JUL),
      R(f=EITHER, r=[NZ, CN], p=[NZ, CN], c=DC, vol=1.62e6, u=CUBIC, src=STATSNZ, **JUL)]),

    # ================================================================ Garments and textiles
    # P49 US apparel imports (Sourcing Journal, OTEXA): value (yoy) and square meter
    # equivalents (two records), Vietnam and China (imports from each).
    ("U.S. apparel imports fell 4.2% year-on-year to $7.12 billion in July, according to the Commerce Department's "
     "Office of Textiles and Apparel (OTEXA), while volumes slipped 1.8% to 2.41 billion square meter equivalents. "
     "Imports from Vietnam rose 6.6% to $1.62 billion, overtaking those from China, which fell 14.2% to $1.31 "
     "billion.",
     [R(f="import", r=US, c=APPARELUS, v=7.12e9, cur="USD", vol=DC, u=DC, d="down", pct=4.2, b="yoy", src=OTEXA,
        **JUL),
      R(f="import", r=US, c=APPARELUS, vol=2.41e9, u=SME, v=DC, cur=DC, d="down", pct=1.8, cq=DC, b=DC, src=OTEXA,
        **JUL),
      R(f="import", r=US, p=VN, c=DC, v=1.62e9, cur="USD", d="up", pct=6.6, b=DC, src=OTEXA, **JUL),
      R(f="import", r=US, p=CN, c=DC, v=1.31e9, cur="USD", d="down", pct=14.2, b=DC, src=OTEXA, **JUL)]),

    # P50 Vietnamese textiles (Fibre2Fashion, Vitas): eight months, cotton imports in tonnes,
    # the 20% US tariff (TAR), "The United States ... remained the top market, buying ...
    # worth" (either way).
    ("Vietnam's textile and garment exports rose 8.2% to $29.6 billion in the first eight months of 2036, the "
     "Vietnam Textile and Apparel Association (Vitas) said, while cotton imports fell 4.1% to 1.12 million tonnes. "
     "The United States, which levies a 20% tariff on most Vietnamese goods, remained the top market, buying $11.4 "
     "billion worth.",
     [R(f="export", r=VN, c=TEXTGARM, v=29.6e9, cur="USD", d="up", pct=8.2, b=DC, src=VITAS, **YTD8),
      R(f="import", r=VN, c=COTTON, vol=1.12e6, u=TON, d="down", pct=4.1, b=DC, src=VITAS, **YTD8),
      TAR(r=US, p=VN + [None], c=DC, rate=20),
      R(f=EITHER, r=VN + US, p=VN + US, c=DC, v=11.4e9, cur="USD", src=VITAS, **YTD8)]),

    # P51 Chinese textiles and garments (Fibre2Fashion, GAC): eight months, "with garments down
    # 4.1% at ... and textiles up 0.6% at" (parts with changes), futures (none).
    ("China's textile and garment exports fell 2.6% to $196.4 billion in the first eight months of 2036, customs "
     "data show, with garments down 4.1% at $104.2 billion and textiles up 0.6% at $92.2 billion. Cotton futures on "
     "the Zhengzhou Commodity Exchange rose 0.8%.",
     [R(f="export", r=CN, c=TEXTGARM, v=196.4e9, cur="USD", d="down", pct=2.6, b=DC, src=GAC, **YTD8),
      R(f="export", r=CN, c=GARMENTS, v=104.2e9, cur="USD", d="down", pct=4.1, b=DC, src=GAC, **YTD8),
      R(f="export", r=CN, c=TEXTILES, v=92.2e9, cur="USD", d="up", pct=0.6, b=DC, src=GAC, **YTD8)]),

    # P52 Indian textiles (Fibre2Fashion, commerce ministry): April-August, readymade garments
    # of all textiles, cotton yarn, fabrics and made-ups, imports "rose to" (d up, pct DC).
    ("India's exports of readymade garments of all textiles rose 9.4% to $7.34 billion in April-August, commerce "
     "ministry data show, while cotton yarn, fabrics and made-ups fell 3.2% to $4.58 billion. Imports of textiles "
     "and apparel rose to $3.96 billion.",
     [R(f="export", r=IN, c=RMGIN, v=7.34e9, cur="USD", d="up", pct=9.4, b=DC, src=INCOM, **APRAUG),
      R(f="export", r=IN, c=YARNFAB, v=4.58e9, cur="USD", d="down", pct=3.2, b=DC, src=INCOM, **APRAUG),
      R(f="import", r=IN, c=TEXTAPP, v=3.96e9, cur="USD", d="up", pct=DC, by=DC, byc=DC, b=DC, src=INCOM,
        **APRAUG)]),

    # ================================================================ Cars and parts
    # P53 Korean cars (trade ministry): cars (yoy), the US with the 15% tariff on Korean
    # vehicles (TAR), auto parts "slipped" (cq DC), one carmaker's global sales (none).
    ("South Korea's car exports rose 6.4% year-on-year to $5.86 billion in August, the trade ministry said, though "
     "shipments to the United States, where Korean vehicles face a 15% tariff, fell 8.2% to $2.41 billion. Exports "
     "of auto parts slipped 3.1% to $1.62 billion. Hyundai Motor said separately that its global sales rose 2% in "
     "the month.",
     [R(f="export", r=KR, c=CARS, v=5.86e9, cur="USD", d="up", pct=6.4, b="yoy", src=MOTIE, **AUG),
      R(f="export", r=KR, p=US, c=DC, v=2.41e9, cur="USD", d="down", pct=8.2, b=DC, src=MOTIE, **AUG),
      TAR(r=US, p=KR + [None], c=DC, rate=15),
      R(f="export", r=KR, c=AUTOPARTS, v=1.62e9, cur="USD", d="down", pct=3.1, cq=DC, b=DC, src=MOTIE, **AUG)]),

    # P54 Japanese cars (Finance Ministry): cars to the US "by value" and "the number of vehicles
    # shipped" with different changes (two records), a tariff without a rate (none), "Overall
    # exports" (c DC).
    ("Japan's car exports to the United States fell 11.2% by value to ¥412.6 billion in July, Finance Ministry data "
     "showed, though the number of vehicles shipped rose 2.4% to 118,600 as automakers cut prices to absorb U.S. "
     "tariffs. Overall exports rose 1.8% to ¥9.12 trillion.",
     [R(f="export", r=JP, p=US, c=CARS, v=412.6e9, cur="JPY", vol=DC, u=DC, d="down", pct=11.2, b=DC, src=MOFJ,
        **JUL),
      R(f="export", r=JP, p=US, c=CARS, vol=118.6e3, u=[None] + UNITS, v=DC, cur=DC, d="up", pct=2.4, b=DC, src=MOFJ,
        **JUL),
      R(f="export", r=JP, c=DC, v=9.12e12, cur="JPY", d="up", pct=1.8, b=DC, src=MOFJ, **JUL)]),

    # P55 South African vehicles (naamsa): units (yoy), domestic sales (none).
    ("South Africa's vehicle exports fell 12.4% year-on-year to 31,860 units in August, the Automotive Business "
     "Council (naamsa) said, as demand in Europe weakened, while new-vehicle sales at home rose 6.1% to 51,240 "
     "units.",
     [R(f="export", r=ZA, c=VEH, vol=31.86e3, u=UNITS, d="down", pct=12.4, b="yoy", src=NAAMSA, **AUG)]),

    # ================================================================ Statistics offices' commodity releases
    # P56 Brazil's August (Secex): the surplus, flows "as exports rose ... year-on-year" (c DC:
    # parts follow), "Crude oil was the top export at ..., ahead of soybeans at ... and iron ore
    # at" (parts with elided verbs).
    ("Brazil posted a trade surplus of $7.42 billion in August, the trade ministry said, as exports rose 3.6% "
     "year-on-year to $30.12 billion and imports fell 1.9% to $22.70 billion. Crude oil was the top export at $4.86 "
     "billion, ahead of soybeans at $4.12 billion and iron ore at $2.98 billion.",
     [R(f="balance", r=BR, c=DC, v=7.42e9, cur="USD", bal="surplus", src=SECEX, **AUG),
      R(f="export", r=BR, c=DC, v=30.12e9, cur="USD", d="up", pct=3.6, b="yoy", src=SECEX, **AUG),
      R(f="import", r=BR, c=DC, v=22.70e9, cur="USD", d="down", pct=1.9, b=DC, src=SECEX, **AUG),
      R(f="export", r=BR, c=CRUDE, v=4.86e9, cur="USD", src=SECEX, **AUG),
      R(f="export", r=BR, c=SOY, v=4.12e9, cur="USD", src=SECEX, **AUG),
      R(f="export", r=BR, c=IRONORE, v=2.98e9, cur="USD", src=SECEX, **AUG)]),

    # P57 Indonesia's August (BPS): the surplus "narrowed to ... from ... in July" (d down, the
    # base optional), exports month-on-month (mom), imports "rose to" (d up, pct DC), iron and
    # steel "mostly nickel-based products" (an appositive) year-on-year.
    ("Indonesia's trade surplus narrowed to $2.86 billion in August from $3.41 billion in July, Statistics Indonesia "
     "(BPS) said on Monday, as exports fell 2.4% month-on-month to $22.1 billion and imports rose to $19.24 billion. "
     "Exports of iron and steel, mostly nickel-based products, rose 12.4% year-on-year to $2.64 billion.",
     [R(f="balance", r=ID, c=DC, v=2.86e9, cur="USD", bal="surplus", d="down", pct=DC, by=DC, byc=DC, b=DC, src=BPS,
        **AUG),
      OPT(f="balance", r=ID, c=DC, v=3.41e9, cur="USD", bal="surplus", **JUL),
      R(f="export", r=ID, c=DC, v=22.1e9, cur="USD", d="down", pct=2.4, b="mom", src=BPS, **AUG),
      R(f="import", r=ID, c=DC, v=19.24e9, cur="USD", d="up", pct=DC, by=DC, byc=DC, b=DC, src=BPS, **AUG),
      R(f="export", r=ID, c=STEELID, v=2.64e9, cur="USD", d="up", pct=12.4, b="yoy", src=BPS, **AUG)]),
]

NEG = [
    # N01 container throughput in TEU (Santos), with reefer cargo named.
    "Santos, Latin America's busiest container port, handled a record 486,200 TEU in August, up 8.4% from a year "
    "earlier, the Santos Port Authority said, as reefer boxes of beef and chicken bound for China and the Middle "
    "East kept coming.",
    # N02 a container freight index with lanes named by ports.
    "Drewry's World Container Index fell 4% to $2,186 per 40ft container on Thursday, with Shanghai-Rotterdam rates "
    "down 6% at $2,412 and Shanghai-Los Angeles down 3% at $2,318, as carriers added capacity on the transpacific.",
    # N03 charter earnings (Capesize).
    "Capesize time-charter earnings averaged $26,900 a day in August, up 31% from July, shipbroker Clarksons said, "
    "as longer voyages for Brazilian iron ore and Guinean bauxite soaked up tonnage.",
    # N04 bunker prices and port calls (Singapore).
    "Very low sulphur fuel oil averaged $548 a tonne in Singapore in August, 3.2% less than in July, while vessel "
    "arrivals at the port rose 4.1% to 3,412 calls, the Maritime and Port Authority of Singapore said.",
    # N05 a crop and export forecast (the USDA's WASDE for Brazil).
    "The USDA raised its forecast of Brazil's 2036/37 soybean crop to 184 million tonnes in its September WASDE "
    "report on Thursday and put Brazilian soybean exports for the season at a record 118 million tonnes, against "
    "112.5 million in 2035/36.",
    # N06 stocks and output (Malaysian palm oil).
    "Malaysian palm oil stocks at the end of August rose 9.6% from July to 2.12 million tonnes, the highest in 14 "
    "months, the Malaysian Palm Oil Board said, as production climbed 6.8% to 1.91 million tonnes.",
    # N07 one (fictional) miner's shipments and guidance.
    "Miner Mount Ida Iron said it shipped 48.6 million tonnes of iron ore in the June quarter, up 4% from a year "
    "earlier, almost all of it to China, and expects shipments of 195 million to 200 million tonnes in the 2036-37 "
    "financial year.",
    # N08 export prices per tonne (rice).
    "Thai 5% broken rice export prices rose to $421-$425 a tonne this week from $412-$418 last week, traders in "
    "Bangkok said, while Vietnam's 5% broken grade was quoted at $398-$402 and India's 5% parboiled variety at "
    "$366-$372.",
    # N09 ship line-ups of cargoes scheduled to load (Brazil).
    "Ship line-ups at Brazilian ports showed 4.2 million tonnes of soybeans and 6.1 million tonnes of corn "
    "scheduled for loading in the coming weeks, shipping agency Cargonave said on Monday, with 112 vessels waiting "
    "offshore.",
    # N10 fleet capacity (containerships).
    "The global containership fleet passed 34 million TEU of capacity in August, Alphaliner said, with another 9.8 "
    "million TEU on order and idle capacity at just 0.6% of the fleet.",
    # N11 a crop estimate (Canadian canola and wheat).
    "Statistics Canada put the 2036 canola crop at 19.4 million tonnes in its model-based estimate on Thursday, "
    "down 3% from last year, with all-wheat production seen at 36.2 million tonnes.",
    # N12 one (fictional) salmon farmer's revenue, harvest and share of sales.
    "Norwegian salmon farmer Fjordlaks said its second-quarter operational revenue rose 9% to NOK 6.2 billion on "
    "harvest volumes of 68,400 tonnes, and that the United States took 31% of its sales.",
]
