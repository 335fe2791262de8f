from slots import DC, R, M, Y, PR

# The twenty-seventh set: every text is the only body paragraph (after an unrelated opening
# one) of a page published on 2035-08-20 (a Monday), in the middle of the AUGUST RELEASE
# SEASON, when July figures, June figures and second-quarter and first-half totals come out
# side by side. August is a month no earlier set was published in. So "July", "in July", "In
# July alone" and "in the month" (after a July figure) are July 2035 (the latest month of
# India, Singapore, Malaysia, Indonesia, Thailand, Vietnam, US LNG cargoes, Malaysian palm oil,
# Thai rice and cars, India's crude imports and Australian beef); "June" and "in June" are
# June 2035 (the latest month of Britain, the US, Canada, Australia, the Philippines, Saudi
# Arabia and Qatar) and, as the base of a July figure ("from June", "Compared with June",
# "USD 23.9 billion in June", "down from $2.9 billion in June"), June 2035; "May" as the base
# or the revised figure of a June release ("from a revised £7.4 billion in May", "from a
# revised C$5.0 billion in May", "The May deficit was revised up to", "The May surplus was
# revised up to", "The May figure had originally been reported as", "Compared with May") is May
# 2035; "March" in "the previous high ... set in March" is March 2035. "in July last year" and
# "from the same month last year" after a July figure are July 2034, "a year earlier" after a
# June figure June 2034. Quarters: "the three months to June", "the second quarter (of
# 2035)", "the June quarter" and "in the quarter" are April-June 2035 (Q2); "the first three
# months of the year" is January-March 2035 (Singapore); "a year earlier" after a
# second-quarter figure is April-June 2034 (Bahrain's optional base). Halves and spans: "the
# first half (of 2035, of the year)" and "For the first half" are January-June 2035 ("the same
# period of 2034" and "a year earlier" after them January-June 2034); "the first seven months
# (of 2035, of the year)" and "In the first seven months" are January-July 2035; India's
# "April-July, the first four months of the 2035-36 fiscal year" is April-July 2035.
# Twelve-month periods ending in June: Britain's "the four quarters to the end of June",
# Australia's "the 12 months to June" (wine) and "the 2034-35 financial year" ("for the
# year") are July 2034 - June 2035; Australia's "2033-34" (a base) is July 2033 - June 2034.
# Bases: "year-on-year", "from a year earlier", "on a year earlier", "a year earlier", "less
# than a year earlier", "more than a year earlier", "from the same month last year" state
# yoy; "on the month" and "month-on-month" state mom; "from June", "Compared with June",
# "Compared with May", "in June", "in July last year", "than in June last year", "in 2033-34"
# and "in May" name the base by its period (b DC); a quarter's or a half's change with no
# stated comparison has b DC. Dates that are no period of any figure: weekdays ("on
# Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Sunday", "on Monday") as release
# days; "last month" in "reported last month" and "estimated last month" (when a first
# estimate was published); runs ("for three consecutive quarters", "for three years
# running", "its 63rd straight monthly surplus"); record words ("in more than a year", "in
# more than two decades", "in more than six years", "in four years", "in more than two
# years", "for any first half on record"); "the second half" in an industry forecast and
# "the whole of 2035" in a ministry's forecast inside positive texts; "End-July stocks" (palm
# oil stocks, no record). In near misses "Sept. 5" and "July", "the 2035-36 fiscal year",
# "July", "the quarter to June", "last week", "December", "next July", "within five years",
# "the first half of 2035", "the June quarter" and "the March quarter", "September-loading"
# and "on Monday" belong to a poll forecast, an export target, share prices and steel
# output, one company's export sales, freight rates, proposed duties, a tariff under
# consultation, a trade deal's target, port throughput, a current account, a crude price
# and an exchange rate.
#
# Conventions: every convention stated in the twenty-sixth set's header
# (twentysixth/cases.py, which carries those of the twenty-fifth and, through it, those of
# the ninth to twenty-fourth sets) is kept unchanged and is not repeated in full here. In
# short: values are positive amounts in the original currency (deficits bal="deficit",
# surpluses bal="surplus"); b is "yoy"/"mom" only when the text states the comparison, DC
# when it is implied or the base is named by its period, null when there is no change; a
# change in a later sentence or clause that does not restate its comparison has b DC; a
# narrowing, widening or shrinking deficit has d DC, a surplus that rises, widens or grows
# is "up" and one that falls, shrinks or narrows is "down"; later sentences and clauses
# inherit reporter, period and source; comparison bases are optional records (OPT); a
# change of a whole economy's, a partner's or a good's trade given only as a percent is a
# record with a null value; "goods", "merchandise", "goods and services", "total", "overall"
# and "national" flows and the whole-economy flows that go with such a headline have c DC
# (also the overall US, euro-zone and Australian balances and a flow "led by" named goods);
# plain "exports"/"imports" of a whole economy c null; "foreign trade turnover" is flow total
# (c null); named goods, "non-oil" and "services" are commodities; reasons name no
# commodity; appositives change nothing; "a record" vq RECORD, "the smallest in more than
# two decades" LOWEST; "provisional", "estimated" and first-estimate values vq DC (here
# also "preliminary"); parts with an amount are records, shares, runs and rankings none; a buyer or
# supplier that is the grammatical subject may be written as the seller's export or the
# buyer's import (f, r and p either way, c DC); a value and a volume of one flow with
# DIFFERENT changes, or a volume with a change and the revenue without one, are two records
# (the other measure DC); a value restated in another currency is one record accepting
# either form plus an optional twin; "trade with X" is flow total; a tariff in force named as
# context or as a reason is a required record (TAR), a tariff without a rate none;
# forecasts, polls, targets, stocks, prices, exchange rates, reserves, current accounts,
# tourism receipts, remittances, GDP, FDI, revenue collection, output, PMIs, port cargo,
# freight rates, canal transits, crop forecasts and one company's sales are never trade
# figures.
#
# New in this (twenty-seventh) set, which like the twenty-first to twenty-sixth stresses
# ORDINARY, MAINSTREAM TRADE NEWS written as whole paragraphs (here of 3-5 sentences, with the
# figures spread over them), but as the papers and wires of the UK, the US, Canada,
# Australia, India, Southeast Asia and the Gulf write it (The Guardian, BBC, Financial Times,
# The Times, The Herald, AP, Reuters, Bloomberg, The Wall Street Journal, The Canadian Press,
# The Globe and Mail, Western Producer, The Australian Financial Review, ABC, The Sydney
# Morning Herald, The Australian, Beef Central, PTI, The Economic Times, Business Standard,
# The Hindu BusinessLine, Financial Express, The Straits Times, Business Times, Bernama, The
# Star, The Jakarta Post, Antara, Kompas, Bangkok Post, The Nation, Philippine News Agency,
# BusinessWorld, VnExpress, Vietnam News, Tuoi Tre, Arab News, Argaam, WAM, The Peninsula,
# Gulf Times, Times of Oman, BNA), with the phrasings an extractor is most likely to get
# wrong while a careful reader would not. One reading is new (revisions, below); it follows
# from the conventions on bases and first estimates. The readings of this set's forms are:
# - Figures spread over sentences and referred back to: "It was the widest shortfall",
#   "The figure was the smallest", "The shortfall compares with", "The shortfall has now
#   narrowed", "They had totalled", "they grew 3.4%", "They accounted for 41%", "Their value
#   dropped", "The shipments earned", "That pushed the trade deficit to", "That widened
#   India's trade deficit with Abu Dhabi to", "China took ... of it", "Chinese buyers took ...
#   of them", "Europe took ... of the cargoes", "the kingdom", "the country", "the Gulf
#   nation", "Hanoi's top supplier", "its northern neighbour" (Canada), "Canada's largest
#   partner" (the US), "The figure for Mexico" (vq DC on the record it refers to). A pronoun
#   sentence that only ranks, counts a run or gives a share makes no record.
# - Partners named by capitals and demonyms: "shipments to Beijing" (p China), "in its
#   trade with Beijing", "trade deficit with Abu Dhabi" and "Imports from the Emirates" (p
#   UAE), "in its trade with New Delhi" (p India), "Qatari shipments to Tokyo" (reporter
#   Qatar, p Japan), "Russian crude" bought by "Indian refiners" (reporter India, p Russia),
#   "Shipments to America" (p US), "the bloc" (p EU), "non-EU countries" (NONEU), "mainland
#   China" (MAINLAND); "Washington's 10% tariff", "Washington's 25% tariffs", "Washington's 50%
#   tariff", "Washington's 19% tariff", "Washington's 20% tariff", "the 25 per cent American
#   tariff" (TAR, reporter the US), "Beijing's 100% tariff on Canadian canola oil and meal"
#   and "Beijing kept its retaliatory 20% duty on American soybeans in place" (TAR, reporter
#   China), while "Washington's tariffs" without a rate, "a possible tariff increase" and an
#   import duty that India "cut" without a rate make no record. Demonyms in reasons ("as
#   American burger chains sought", "as American buyers front-loaded orders") and "led by
#   shipments to Beijing" without an amount name no partner.
# - Lists: "led by crude oil, gold and lumber", "led by integrated circuits, PCs and disk
#   media", "mainly crude oil and gold" and "Engineering goods, gems and jewellery, and
#   pharmaceuticals led the decline" (no amounts: no part records, the flow c DC or its own
#   good); "followed by China at A$4.2 billion and South Korea at A$2.3 billion", "followed by
#   India at", "with coal contributing ... and crude palm oil and its derivatives ...", "Oil
#   and gas exports accounted for ... of the total, while non-oil exports ... Re-exports made
#   up the remaining" (amounts: parts or buyers, each a record).
# - Local currencies with US-dollar equivalents (one record accepting either, vq null or
#   about, plus an optional twin): "C$2.9 billion (US$2.1 billion)", "A$14.8 billion (US$9.6
#   billion)", "USD 149.6 billion (Rs 12.87 lakh crore)" (INR, 1 lakh crore = 10^12),
#   "RM132.4 billion (US$30.1 billion)", "14.6 billion baht ($431 million)", "44.8 billion baht
#   ($1.32 billion)", "SR 27.6 billion ($7.36 billion)", "Dh1.79 trillion ($487.4 billion)",
#   and Thailand's "In baht terms, exports were worth 927.6 billion baht" in a later sentence
#   (the same: the twin optional).
# - Goods before or after their verb: "Malaysia exported 1.38 million tonnes of palm oil
#   products", "Indonesia shipped 44.6 million tonnes of coal abroad", "Vietnam sold 5.64
#   million tonnes of rice abroad, worth $3.02 billion" (one record with both measures: no
#   change), "The Philippines exported $20.9 billion worth of electronic products", "India
#   shipped goods worth USD 7.9 billion to the United States" (c DC), "Indian refiners
#   imported ... of Russian crude", "Thailand exported 812,400 tonnes of rice".
# - Revisions (the new reading): a revised earlier figure stated in its own sentence or
#   clause ("The May deficit was revised up to $73.6 billion from the $72.1 billion reported
#   last month", "The May surplus was revised up to A$5.6 billion from A$5.2 billion", "The
#   June export figure was revised up to USD 36.4 billion from the USD 35.1 billion estimated
#   last month", "revised its June figure for engineering exports up to $9.51 billion from
#   $9.36 billion") is a required record of its own period whose d, pct, by and b are DC (a
#   revision is no change in trade, though it reads like one) and vq DC; the figure it
#   replaces is an optional record (like a first estimate); "The May figure had originally
#   been reported as a deficit of £6.9 billion" is such an optional record. A revised figure
#   used as the base of a change ("narrowed to £5.1 billion from a revised £7.4 billion in
#   May", "from a revised C$5.0 billion in May") stays an optional base, as in the
#   twenty-fifth set.
# - The previous month and a year earlier together: Britain's exports "rose 3.6% on the month
#   to £33.8 billion, and were 1.9% higher than in June last year" (the change with the
#   value one record, mom; the other a second record with v null, b DC since the base is
#   named by its period); India's "The shortfall compares with USD 23.9 billion in June and
#   USD 24.4 billion in July last year" (two optional bases, the July deficit d and b DC);
#   Thailand's rice "812,400 tonnes of rice in July, up 14.3% from June but down 6.1% from the
#   same month last year" (one volume, two changes: two records, each accepting the volume or
#   none, b DC and yoy); Malaysia's "Compared with June, exports were up 2.3% and imports
#   4.1%" and Indonesia's "Compared with June, exports were up 1.8%" (records with v null, b
#   DC); Singapore's NODX "6.8% year-on-year" with a
#   value, "On a month-on-month seasonally adjusted basis, they grew 3.4%" (v null, mom) and
#   "reversing a 2.1% decline in June" (v null, June 2035); Qatar's surplus "fell 20.6%
#   year-on-year" and "Compared with May, the surplus was down 4.8%" (v null, b DC); "9.1%
#   more than a year earlier" (yoy; "more than" is no qualifier, cq null).
# - Second-quarter and first-half figures: Britain's "three months to June" (goods flows,
#   the EU, non-EU countries, China), Australia's "June quarter" (iron ore value and volume
#   with different changes, LNG and its buyers), Singapore's second quarter (total trade,
#   NODX, and the first quarter's contraction), Saudi Arabia's trade with China and India,
#   Bahrain's non-oil second quarter; first halves of the US (with China, Mexico, Canada,
#   soybeans), Canada (steel, canola), Britain (whisky), the Philippines (electronics, the
#   deficit), the UAE (non-oil foreign trade, flow total, c non-oil, "a record") and Oman.
# - Balances: "widened to £52.3 billion" and "shrank to $118.4 billion" without a base (d,
#   pct, by, b DC); "narrowed 6.4% to" (d DC, pct); "narrowed to ... from a revised ... in
#   May" (d DC, b DC, base optional); "narrowed to ... from ... a year earlier" (Philippines,
#   Bahrain: d DC, b yoy, base optional); "the trade surplus with Canada's largest partner
#   widened to" (d up); "fell to A$4.3 billion", "trimming the trade surplus to", "narrowed
#   to SR 15.3 billion" of surpluses and "down from A$88.2 billion in 2033-34", "down from
#   $2.9 billion in June" (d down, b DC, the base optional); "bringing the trade surplus to"
#   (d, pct, by and b DC); bilateral balances (the US with China, Canada with the US,
#   Britain with India, India with the UAE, Indonesia with the US and China, Saudi Arabia
#   with China). Every balance equals its exports minus its imports where both are given;
#   every restated amount matches the exchange rates of the time (C$1.38, A$1 = US$0.65,
#   Rs 86, RM4.40, 33.85 baht, SR 3.75 and Dh3.6725 to the dollar).
# - Volumes: tonnes (soybeans, canola seed, LNG, iron ore, beef, palm oil, coal, rice,
#   coffee), barrels per day (BPD: Indian crude imports, a supplier), bottles (Scotch whisky,
#   India as a buyer), litres (Australian wine), units and vehicles (UNITS: Thai cars);
#   "rose to a record 9.8 million tonnes" and "hit a record 1.02 million tonnes" (volq DC,
#   d up), "topping the previous high of 9.4 million tonnes set in March" (an optional base).
# - Currencies: "£" GBP, "$", "US$" and "USD" USD (in the Philippine, Vietnamese, Thai and
#   Indian texts too), "C$" CAD, "A$" AUD, "Rs ... lakh crore" INR, "S$" SGD, "RM" MYR, "baht"
#   THB, "SR" SAR, "Dh" AED, "QR" QAR, "RO" OMR, "BD" BHD.
# - Sources: the ONS, HMRC, the Department for Business and Trade, the Commerce Department
#   and the Census Bureau (USDOC), the USDA, Statistics Canada, the ABS, the Department of
#   Agriculture, Fisheries and Forestry, Wine Australia, India's commerce ministry,
#   Enterprise Singapore and the Ministry of Trade and Industry, DOSM, the MPOB, BPS,
#   Thailand's Commerce Ministry, the Thai Rice Exporters Association, the Federation of Thai
#   Industries, the PSA, Vietnam's National Statistics Office and customs, GASTAT, the UAE's
#   foreign trade minister, Qatar's National Planning Council, Oman's NCSI, Bahrain's iGA,
#   and two fictional ship-tracking firms (Harbourline Analytics, Seatrace Analytics).
# - Non-trade numbers inside positive texts (no record): a Reuters poll's forecast, a
#   ministry's NODX forecast for 2035, an industry's expectation for the second half, palm
#   oil stocks, shares ("roughly four-fifths of the total", "36% of India's total crude
#   imports" — whose total, with its amount, is a record —, "41% of total exports", "more
#   than 40% of it"), runs and rankings, the average value per litre of wine.
# - Near misses of this set (no record; about one fifth of the texts): a poll forecast of
#   Canada's July deficit, India's export target for 2035-36, share prices of (fictional)
#   iron ore miners after Chinese steel output data, a (fictional) glove maker's export
#   sales, container freight rates from a (fictional) index, anti-dumping duties proposed on
#   solar panels and not yet collected, a British steel tariff under consultation, a
#   UAE-Indonesia trade target, port throughput at Jebel Ali by a (fictional) operator,
#   Australia's current account, Saudi Arabia's official selling price for crude and the
#   rupee's record low with oil importers' dollar demand.

# The names of economies, sources, units and qualifiers and the record helpers (OPT, TAR,
# YTD, Q, H, FYJJ, CUM) mean the same as in the tenth to twenty-sixth sets; they are written
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

# Periods.
JUL = M(2035, 7)                             # "July", "in July", "In July alone", "in the month"
JUN = M(2035, 6)                             # "June", "in June"; as a base "from ... in June", "Compared with June"
MAY = M(2035, 5)                             # the May base and the revised May figures
MAR = M(2035, 3)                             # the March high of U.S. LNG exports (a base)
JUL34 = M(2034, 7)                           # "in July last year" (a base)
JUN34 = M(2034, 6)                           # "a year earlier" after a June figure (a base)
Q2 = Q(2035, 2)                              # "the second quarter", "the three months to June", "the June quarter"
Q1 = Q(2035, 1)                              # "the first three months of the year"
Q2_34 = Q(2034, 2)
H1 = H(2035, 1)                              # "the first half (of 2035, of the year)"
H1_34 = H(2034, 1)
YTD7 = YTD(2035, 7)                          # "the first seven months (of 2035, of the year)"
APRJUL = PR("2035-04-01", "2035-07-31")     # India's "April-July" of fiscal 2035-36
R4Q = FYJJ(2034)                             # "the four quarters to the end of June", "the 12 months to June",
                                             # Australia's "2034-35 financial year": July 2034 - June 2035
AUFY33 = FYJJ(2033)                          # Australia's "2033-34" (a base)
NOPER = dict(ps=DC, pe=DC)
EITHER = ["export", "import"]

POS = [
    # ================================================================ United Kingdom
    # P01 Britain's second quarter (The Guardian): the goods deficit widening without a base
    # (d, pct, by, b DC), "It was the widest shortfall" (vq DC), goods flows (c DC) after
    # "as", exports to the US, "Washington's 10% tariff" in force as context (TAR).
    ("Britain's goods trade deficit widened to £52.3 billion in the three months to June, the Office for "
     "National Statistics said on Thursday. It was the widest shortfall in more than a year, as goods exports "
     "fell 2.8% to £96.4 billion while imports rose 1.1% to £148.7 billion. Exports to the US dropped 9.6% to "
     "£13.2 billion in the quarter, the first full period in which Washington's 10% tariff on most British "
     "goods applied.",
     [R(f="balance", r=UK, c=DC, v=52.3e9, cur="GBP", vq=DC, bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC,
        src=ONS, **Q2),
      R(f="export", r=UK, c=DC, v=96.4e9, cur="GBP", d="down", pct=2.8, b=DC, src=ONS, **Q2),
      R(f="import", r=UK, c=DC, v=148.7e9, cur="GBP", d="up", pct=1.1, b=DC, src=ONS, **Q2),
      R(f="export", r=UK, p=US, c=DC, v=13.2e9, cur="GBP", d="down", pct=9.6, b=DC, src=ONS, **Q2),
      TAR(r=US, p=UK + [None], c=DC, rate=10)]),

    # P02 Britain's June (BBC): the deficit narrowing "from a revised ... in May" (d DC, b DC,
    # the revised base optional), goods exports "on the month" (mom) and "1.9% higher than in
    # June last year" (a second record, v null, base named by its period: b DC), the first
    # estimate of May (optional).
    ("In June, the UK's trade deficit in goods and services narrowed to £5.1 billion from a revised £7.4 "
     "billion in May, the ONS said. Exports of goods rose 3.6% on the month to £33.8 billion, and were 1.9% "
     "higher than in June last year. The May figure had originally been reported as a deficit of £6.9 billion.",
     [R(f="balance", r=UK, c=DC, v=5.1e9, cur="GBP", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC, src=ONS,
        **JUN),
      OPT(f="balance", r=UK, c=DC, v=7.4e9, cur="GBP", bal="deficit", **MAY),
      R(f="export", r=UK, c=DC, v=33.8e9, cur="GBP", d="up", pct=3.6, b="mom", src=ONS, **JUN),
      R(f="export", r=UK, c=DC, d="up", pct=1.9, b=DC, src=ONS, **JUN),
      OPT(f="balance", r=UK, c=DC, v=6.9e9, cur="GBP", bal="deficit", **MAY)]),

    # P03 Britain and the EU (Financial Times): exports to the EU and to non-EU countries, a
    # run (none), "the bloc" (p EU), imports from China "over the same period" (Q2 inherited).
    ("UK goods exports to the European Union rose 4.2% to £47.6 billion in the three months to June, the ONS "
     "said, while sales to non-EU countries fell 8.1% to £48.8 billion. Exports to the bloc have now grown for "
     "three consecutive quarters. Imports from China climbed 6.3% to £18.9 billion over the same period.",
     [R(f="export", r=UK, p=EU, c=DC, v=47.6e9, cur="GBP", d="up", pct=4.2, b=DC, src=ONS, **Q2),
      R(f="export", r=UK, p=NONEU, c=DC, v=48.8e9, cur="GBP", d="down", pct=8.1, b=DC, src=ONS, **Q2),
      R(f="import", r=UK, p=CN, c=DC, v=18.9e9, cur="GBP", d="up", pct=6.3, b=DC, src=ONS, **Q2)]),

    # P04 Scotch whisky in the first half (The Herald): exports (HMRC), "Shipments to America"
    # (the good inherited), India as a buyer with a volume in bottles (either way).
    ("Scotch whisky exports fell 7.2% to £2.41 billion in the first half of 2035, according to HMRC data. "
     "Shipments to America, the largest market by value, dropped 15.4% to £436 million. India overtook France "
     "as the biggest market by volume, taking 92 million bottles.",
     [R(f="export", r=UK, c=WHISKY, v=2.41e9, cur="GBP", d="down", pct=7.2, b=DC, src=HMRC, **H1),
      R(f="export", r=UK, p=US, c=WHISKY, v=436e6, cur="GBP", d="down", pct=15.4, b=DC, src=HMRC, **H1),
      R(f=EITHER, r=UK + [IN], p=UK + [IN], c=DC, vol=92e6, u=BOTTLE, src=HMRC, **H1)]),

    # P05 Britain and India over four quarters (The Times): a rolling year to June, the
    # deficit "in its trade with New Delhi" (p India), services as a part.
    ("Britain's exports of goods and services to India rose 11.6% to £19.4 billion in the four quarters to the "
     "end of June, according to Department for Business and Trade figures published on Friday. Imports from "
     "India climbed 7.2% to £26.8 billion over the same period, leaving the UK with a deficit of £7.4 billion "
     "in its trade with New Delhi. Services made up £11.3 billion of the exports.",
     [R(f="export", r=UK, p=IN, c=DC, v=19.4e9, cur="GBP", d="up", pct=11.6, b=DC, src=DBT, **R4Q),
      R(f="import", r=UK, p=IN, c=DC, v=26.8e9, cur="GBP", d="up", pct=7.2, b=DC, src=DBT, **R4Q),
      R(f="balance", r=UK, p=IN, c=DC, v=7.4e9, cur="GBP", bal="deficit", src=DBT, **R4Q),
      R(f="export", r=UK, p=IN, c=SERVICES, v=11.3e9, cur="GBP", src=DBT, **R4Q)]),

    # ================================================================ United States
    # P06 The US June (AP): the deficit narrowing by a percent (d DC), flows, the revised May
    # deficit in its own sentence (required, change DC) and its first estimate (optional).
    ("The U.S. trade deficit narrowed 6.4% to $68.9 billion in June, the Commerce Department said, as imports "
     "fell to their lowest level in five months. Exports rose 0.8% to $268.5 billion, while imports slipped "
     "0.8% to $337.4 billion. The May deficit was revised up to $73.6 billion from the $72.1 billion reported "
     "last month.",
     [R(f="balance", r=US, c=DC, v=68.9e9, cur="USD", bal="deficit", d=DC, pct=6.4, b=DC, src=USDOC, **JUN),
      R(f="export", r=US, v=268.5e9, cur="USD", d="up", pct=0.8, b=DC, src=USDOC, **JUN),
      R(f="import", r=US, v=337.4e9, cur="USD", d="down", pct=0.8, cq=DC, b=DC, src=USDOC, **JUN),
      R(f="balance", r=US, c=DC, v=73.6e9, cur="USD", vq=DC, bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC,
        src=USDOC, **MAY),
      OPT(f="balance", r=US, c=DC, v=72.1e9, cur="USD", bal="deficit", **MAY)]),

    # P07 The US and China in the first half (The Wall Street Journal): "America's goods
    # deficit with China shrank to" (d DC, LOWEST), imports from China, "Washington's tariffs"
    # without a rate (no record), "shipments to Beijing" (p China), "The shortfall has now
    # narrowed for three years running" (a run, none).
    ("America's goods deficit with China shrank to $118.4 billion in the first half of 2035, Census Bureau data "
     "showed, the smallest for the period in more than two decades. Imports from China fell 14.2% to $161.7 "
     "billion as Washington's tariffs pushed retailers toward suppliers in Vietnam and Mexico, while U.S. goods "
     "shipments to Beijing edged up 2.1% to $43.3 billion. The shortfall has now narrowed for three years "
     "running.",
     [R(f="balance", r=US, p=CN, c=DC, v=118.4e9, cur="USD", vq=LOWEST, bal="deficit", d=DC, pct=DC, by=DC, byc=DC,
        b=DC, src=USDOC, **H1),
      R(f="import", r=US, p=CN, c=DC, v=161.7e9, cur="USD", d="down", pct=14.2, b=DC, src=USDOC, **H1),
      R(f="export", r=US, p=CN, c=DC, v=43.3e9, cur="USD", d="up", pct=2.1, cq=DC, b=DC, src=USDOC, **H1)]),

    # P08 US soybeans (Reuters): volumes, "Chinese buyers took ... of them" (either way, d
    # down, b yoy, the base optional), China's 20% duty on American soybeans in force (TAR,
    # reporter China), Mexico with an appositive rank.
    ("U.S. soybean exports fell 31% to 18.6 million tonnes in the first half of 2035, U.S. Department of "
     "Agriculture data showed. Chinese buyers took 6.2 million tonnes of them, down from 11.9 million tonnes a "
     "year earlier, as Beijing kept its retaliatory 20% duty on American soybeans in place. Shipments to Mexico, "
     "the second-biggest market, rose 4.5% to 3.1 million tonnes.",
     [R(f="export", r=US, c=SOY, vol=18.6e6, u=TON, d="down", pct=31, b=DC, src=USDA, **H1),
      R(f=EITHER, r=US + [CN], p=US + [CN], c=DC, vol=6.2e6, u=TON, d="down", pct=DC, by=DC, byc=DC, b="yoy",
        src=USDA, **H1),
      OPT(f=EITHER, r=US + [CN], p=US + [CN], c=DC, vol=11.9e6, u=TON, **H1_34),
      TAR(r=CN, p=US + [None], c=DC, rate=20),
      R(f="export", r=US, p=MX, c=SOY, vol=3.1e6, u=TON, d="up", pct=4.5, b=DC, src=USDA, **H1)]),

    # P09 US partners in the first half (Bloomberg): Mexico as a supplier with "goods worth"
    # (either way, yoy), imports from Canada, "Washington's 25% tariffs on non-USMCA goods" in
    # force (TAR), "its northern neighbour" (p Canada), "The figure for Mexico was the
    # highest" (vq DC).
    ("Mexico remained America's largest source of imports in the first half of 2035, with goods worth $268.4 "
     "billion, up 6.9% from a year earlier, Census Bureau data showed. Imports from Canada fell 4.2% to $196.7 "
     "billion as Washington's 25% tariffs on non-USMCA goods bit, while U.S. exports to its northern neighbour "
     "slipped 1.8% to $171.3 billion. The figure for Mexico was the highest for any first half on record.",
     [R(f=EITHER, r=US + [MX], p=US + [MX], c=DC, v=268.4e9, cur="USD", vq=DC, d="up", pct=6.9, b="yoy", src=USDOC,
        **H1),
      R(f="import", r=US, p=CA, c=DC, v=196.7e9, cur="USD", d="down", pct=4.2, b=DC, src=USDOC, **H1),
      TAR(r=US, p=[CA, None], c=DC, rate=25),
      R(f="export", r=US, p=CA, c=DC, v=171.3e9, cur="USD", d="down", pct=1.8, cq=DC, b=DC, src=USDOC, **H1)]),

    # P10 US LNG (Reuters): "rose to a record" (volq, vq DC, d up), preliminary ship-tracking
    # data, the previous high "set in March" (an optional base), Europe and Asia "of the
    # cargoes".
    ("U.S. LNG exports rose to a record 9.8 million tonnes in July, according to preliminary ship-tracking data "
     "from Harbourline Analytics, topping the previous high of 9.4 million tonnes set in March. Europe took 6.1 "
     "million tonnes of the cargoes, while 2.4 million tonnes went to Asia. The rest went to Latin America and "
     "the Middle East.",
     [R(f="export", r=US, c=LNGX, vol=9.8e6, u=TON, volq=DC, vq=DC, d="up", pct=DC, b=DC, src=HARBOUR, **JUL),
      OPT(f="export", r=US, c=LNGX, vol=9.4e6, u=TON, volq=DC, **MAR),
      R(f="export", r=US, p=EUROPE, c=LNGX, vol=6.1e6, u=TON, volq=DC, vq=DC, src=HARBOUR, **JUL),
      R(f="export", r=US, p=ASIA, c=LNGX, vol=2.4e6, u=TON, volq=DC, vq=DC, src=HARBOUR, **JUL)]),

    # ================================================================ Canada
    # P11 Canada's June (The Canadian Press): the deficit narrowing "from a revised ... in
    # May" (optional base), flows "led by" goods without amounts (c DC, no parts), exports to
    # the US and the surplus "with Canada's largest partner" widening (d up).
    ("Canada's merchandise trade deficit with the world narrowed to C$3.2 billion in June from a revised C$5.0 "
     "billion in May, Statistics Canada said on Tuesday. Exports rose 2.4% to C$63.8 billion, led by crude oil, "
     "gold and lumber, while imports edged down 0.5% to C$67.0 billion. Exports to the United States climbed "
     "3.1% to C$47.2 billion, and the trade surplus with Canada's largest partner widened to C$9.6 billion.",
     [R(f="balance", r=CA, p=WORLD, c=DC, v=3.2e9, cur="CAD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC,
        src=STATCAN, **JUN),
      OPT(f="balance", r=CA, p=WORLD, c=DC, v=5.0e9, cur="CAD", bal="deficit", **MAY),
      R(f="export", r=CA, c=DC, v=63.8e9, cur="CAD", d="up", pct=2.4, b=DC, src=STATCAN, **JUN),
      R(f="import", r=CA, c=DC, v=67.0e9, cur="CAD", d="down", pct=0.5, cq=DC, b=DC, src=STATCAN, **JUN),
      R(f="export", r=CA, p=US, c=DC, v=47.2e9, cur="CAD", d="up", pct=3.1, b=DC, src=STATCAN, **JUN),
      R(f="balance", r=CA, p=US, c=DC, v=9.6e9, cur="CAD", bal="surplus", d="up", pct=DC, by=DC, byc=DC, b=DC,
        src=STATCAN, **JUN)]),

    # P12 Canadian steel (The Globe and Mail): C$ with a US$ equivalent (either, twin),
    # "Washington's 50% tariff on foreign steel" in force (TAR), "They had totalled ... in the
    # same period of 2034" (an optional base), an industry forecast for the second half (none).
    ("Canadian steel exports to the U.S. fell 38% to C$2.9 billion (US$2.1 billion) in the first half of the "
     "year, Statistics Canada data showed, as Washington's 50% tariff on foreign steel bit. They had totalled "
     "C$4.7 billion in the same period of 2034. The industry expects the decline to deepen in the second half.",
     [R(f="export", r=CA, p=US, c=STEEL, v=[2.9e9, 2.1e9], cur=["CAD", "USD"], vq=[None] + ABOUT, d="down", pct=38,
        b=DC, src=STATCAN, **H1),
      OPT(f="export", r=CA, p=US, c=STEEL, v=2.1e9, cur="USD", **H1),
      TAR(r=US, p=[CA, None], c=DC, rate=50),
      OPT(f="export", r=CA, p=US, c=STEEL, v=4.7e9, cur="CAD", **H1_34)]),

    # P13 Canadian canola (Western Producer): seed exports to China (volume, yoy), "Beijing's
    # 100% tariff on Canadian canola oil and meal" in force (TAR, reporter China), Japan with
    # an appositive rank, "Overall" exports "down 31%" after the value.
    ("Canadian canola seed exports to China fell 68% to 1.21 million tonnes in the first half of 2035 from a "
     "year earlier, Statistics Canada data showed, as Beijing's 100% tariff on Canadian canola oil and meal "
     "rippled through the trade. Shipments to Japan, the second-biggest buyer, rose 22% to 0.94 million tonnes. "
     "Overall, canola seed exports totalled 3.87 million tonnes, down 31%.",
     [R(f="export", r=CA, p=CN, c=CANOLA, vol=1.21e6, u=TON, d="down", pct=68, b="yoy", src=STATCAN, **H1),
      TAR(r=CN, p=[CA, None], c=DC, rate=100),
      R(f="export", r=CA, p=JP, c=CANOLA, vol=0.94e6, u=TON, d="up", pct=22, b=DC, src=STATCAN, **H1),
      R(f="export", r=CA, c=CANOLA, vol=3.87e6, u=TON, d="down", pct=31, b=DC, src=STATCAN, **H1)]),

    # ================================================================ Australia
    # P14 Australia's June (The Australian Financial Review): the surplus falling (d down),
    # "The figure was the smallest" (vq DC), the revised May surplus in its own sentence
    # (required, change DC) and its first estimate (optional), goods flows (c DC), a reason.
    ("Australia's trade surplus in goods fell to A$4.3 billion in June, the Australian Bureau of Statistics "
     "said. The figure was the smallest in more than six years. The May surplus was revised up to A$5.6 billion "
     "from A$5.2 billion. Exports of goods fell 2.2% to A$38.1 billion as iron ore and coal earnings slid, while "
     "imports rose 1.3% to A$33.8 billion.",
     [R(f="balance", r=AU, c=DC, v=4.3e9, cur="AUD", vq=DC, bal="surplus", d="down", pct=DC, by=DC, byc=DC, b=DC,
        src=ABS, **JUN),
      R(f="balance", r=AU, c=DC, v=5.6e9, cur="AUD", vq=DC, bal="surplus", d=DC, pct=DC, by=DC, byc=DC, b=DC,
        src=ABS, **MAY),
      OPT(f="balance", r=AU, c=DC, v=5.2e9, cur="AUD", bal="surplus", **MAY),
      R(f="export", r=AU, c=DC, v=38.1e9, cur="AUD", d="down", pct=2.2, b=DC, src=ABS, **JUN),
      R(f="import", r=AU, c=DC, v=33.8e9, cur="AUD", d="up", pct=1.3, b=DC, src=ABS, **JUN)]),

    # P15 Australia's iron ore in the June quarter (ABC): earnings (yoy) and volumes with
    # different changes (two records), "China took ... of it" (either way), a share (none).
    ("Australia's iron ore exports earned A$29.6 billion in the June quarter, down 8.4% from a year earlier, "
     "the ABS said, as prices fell. Volumes held up better: miners shipped 231.4 million tonnes, up 1.7%. China "
     "took 187.3 million tonnes of it, roughly four-fifths of the total.",
     [R(f="export", r=AU, c=IRONORE, v=29.6e9, cur="AUD", vol=DC, u=DC, d="down", pct=8.4, b="yoy", src=ABS, **Q2),
      R(f="export", r=AU, c=IRONORE, vol=231.4e6, u=TON, v=DC, cur=DC, d="up", pct=1.7, b=DC, src=ABS, **Q2),
      R(f=EITHER, r=[AU, CN], p=[AU, CN], c=DC, vol=187.3e6, u=TON, src=ABS, **Q2)]),

    # P16 Australia's LNG (The Sydney Morning Herald): A$ with a US$ equivalent (either,
    # twin), yoy, buyers "followed by ... at ... and ... at" (either way), "Exports to Taiwan,
    # the fourth-largest buyer" (the good inherited).
    ("Australian exports of liquefied natural gas slid 11.2% to A$14.8 billion (US$9.6 billion) in the June "
     "quarter from a year earlier, ABS figures showed. Japan remained the biggest customer, buying A$5.1 billion "
     "worth, followed by China at A$4.2 billion and South Korea at A$2.3 billion. Exports to Taiwan, the "
     "fourth-largest buyer, fell 19.5% to A$1.4 billion.",
     [R(f="export", r=AU, c=LNGX, v=[14.8e9, 9.6e9], cur=["AUD", "USD"], vq=[None] + ABOUT, d="down", pct=11.2,
        b="yoy", src=ABS, **Q2),
      OPT(f="export", r=AU, c=LNGX, v=9.6e9, cur="USD", **Q2),
      R(f=EITHER, r=[AU, JP], p=[AU, JP], c=DC, v=5.1e9, cur="AUD", src=ABS, **Q2),
      R(f=EITHER, r=[AU, CN], p=[AU, CN], c=DC, v=4.2e9, cur="AUD", src=ABS, **Q2),
      R(f=EITHER, r=[AU] + KR, p=[AU] + KR, c=DC, v=2.3e9, cur="AUD", src=ABS, **Q2),
      R(f="export", r=AU, p=TW, c=LNGX, v=1.4e9, cur="AUD", d="down", pct=19.5, b=DC, src=ABS, **Q2)]),

    # P17 Australia's 2034-35 financial year (The Australian): the goods surplus "down from
    # ... in 2033-34" (d down, b DC, the base optional), flows "for the year" in a gapped
    # clause, "That was the smallest annual surplus" (vq DC).
    ("Over the 2034-35 financial year, Australia's goods surplus totalled A$61.7 billion, down from A$88.2 "
     "billion in 2033-34, the ABS said. Exports for the year came to A$468.9 billion and imports to A$407.2 "
     "billion. That was the smallest annual surplus in four years.",
     [R(f="balance", r=AU, c=DC, v=61.7e9, cur="AUD", vq=DC, bal="surplus", d="down", pct=DC, by=DC, byc=DC, b=DC,
        src=ABS, **R4Q),
      OPT(f="balance", r=AU, c=DC, v=88.2e9, cur="AUD", bal="surplus", **AUFY33),
      R(f="export", r=AU, c=DC, v=468.9e9, cur="AUD", src=ABS, **R4Q),
      R(f="import", r=AU, c=DC, v=407.2e9, cur="AUD", src=ABS, **R4Q)]),

    # P18 Australian beef (Beef Central): "hit a record" volume (volq DC, yoy), the US as a
    # buyer with a reason (either way), China (d down), "In July alone".
    ("Australian beef exports hit a record 1.02 million tonnes in the first seven months of 2035, up 9.4% on a "
     "year earlier, Department of Agriculture, Fisheries and Forestry figures showed. The United States took "
     "312,600 tonnes, as American burger chains sought cheaper lean trimmings, while shipments to China fell "
     "12.8% to 118,400 tonnes. In July alone, exports reached 151,300 tonnes.",
     [R(f="export", r=AU, c=BEEF, vol=1.02e6, u=TON, volq=DC, vq=DC, d="up", pct=9.4, b="yoy", src=DAFF, **YTD7),
      R(f=EITHER, r=[AU] + US, p=[AU] + US, c=DC, vol=312600, u=TON, src=DAFF, **YTD7),
      R(f="export", r=AU, p=CN, c=BEEF, vol=118400, u=TON, d="down", pct=12.8, b=DC, src=DAFF, **YTD7),
      R(f="export", r=AU, c=BEEF, vol=151300, u=TON, src=DAFF, **JUL)]),

    # P19 Australian wine (Wine Australia): "mainland China" over the 12 months to June, total
    # value and volume with different changes (two records), a price per litre (none), the US
    # as "the second-largest market at" (either way).
    ("Australian wine exports to mainland China rose 23% to A$1.12 billion in the 12 months to June, Wine "
     "Australia said. Total wine exports rose 6.1% to A$2.64 billion, but by volume they fell 2.4% to 612 "
     "million litres, as the average value per litre climbed to A$4.31. The United States was the second-largest "
     "market at A$392 million.",
     [R(f="export", r=AU, p=MAINLAND, c=WINE, v=1.12e9, cur="AUD", d="up", pct=23, b=DC, src=WINEAU, **R4Q),
      R(f="export", r=AU, c=WINE, v=2.64e9, cur="AUD", vol=DC, u=DC, d="up", pct=6.1, b=DC, src=WINEAU, **R4Q),
      R(f="export", r=AU, c=WINE, vol=612e6, u=LITRE, v=DC, cur=DC, d="down", pct=2.4, b=DC, src=WINEAU, **R4Q),
      R(f=EITHER, r=[AU] + US, p=[AU] + US, c=DC, v=392e6, cur="AUD", src=WINEAU, **R4Q)]),

    # ================================================================ India
    # P20 India's July (PTI): merchandise flows (c DC), "That pushed the trade deficit to"
    # (d, pct, by, b DC), "The shortfall compares with ... in June and ... in July last year"
    # (previous month and a year earlier in one sentence: two optional bases), gold.
    ("India's merchandise exports rose 4.6 per cent to USD 37.2 billion in July, while imports rose 8.2 per cent "
     "to USD 64.9 billion, commerce ministry data released on Thursday showed. That pushed the trade deficit to "
     "USD 27.7 billion. The shortfall compares with USD 23.9 billion in June and USD 24.4 billion in July last "
     "year. Gold imports nearly doubled to USD 5.8 billion.",
     [R(f="export", r=IN, c=DC, v=37.2e9, cur="USD", d="up", pct=4.6, b=DC, src=INCOM, **JUL),
      R(f="import", r=IN, c=DC, v=64.9e9, cur="USD", d="up", pct=8.2, b=DC, src=INCOM, **JUL),
      R(f="balance", r=IN, c=DC, v=27.7e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC, src=INCOM,
        **JUL),
      OPT(f="balance", r=IN, c=DC, v=23.9e9, cur="USD", bal="deficit", **JUN),
      OPT(f="balance", r=IN, c=DC, v=24.4e9, cur="USD", bal="deficit", **JUL34),
      R(f="import", r=IN, c=GOLD, v=5.8e9, cur="USD", d="up", pct=DC, cq=DC, b=DC, src=INCOM, **JUL)]),

    # P21 India's April-July (The Economic Times): cumulative exports in dollars with a rupee
    # equivalent in lakh crore (either, twin), the revised June figure in its own sentence
    # (required, change DC) and the earlier estimate (optional), estimated services exports.
    ("Cumulative merchandise exports in April-July, the first four months of the 2035-36 fiscal year, rose 3.1 "
     "per cent to USD 149.6 billion (Rs 12.87 lakh crore), the commerce ministry said. The June export figure "
     "was revised up to USD 36.4 billion from the USD 35.1 billion estimated last month. Services exports in "
     "July were estimated at USD 34.7 billion.",
     [R(f="export", r=IN, c=DC, v=[149.6e9, 12.87e12], cur=["USD", "INR"], vq=[None] + ABOUT, d="up", pct=3.1,
        b=DC, src=INCOM, **APRJUL),
      OPT(f="export", r=IN, c=DC, v=12.87e12, cur="INR", **APRJUL),
      R(f="export", r=IN, c=DC, v=36.4e9, cur="USD", vq=DC, d=DC, pct=DC, by=DC, byc=DC, b=DC, src=INCOM, **JUN),
      OPT(f="export", r=IN, c=DC, v=35.1e9, cur="USD", **JUN),
      R(f="export", r=IN, c=SERVICES, v=34.7e9, cur="USD", vq=DC, src=INCOM, **JUL)]),

    # P22 India and Russian crude (Reuters): "Indian refiners imported ... of Russian crude"
    # (reporter India, partner Russia, bpd, "from June" b DC), total crude imports in a share
    # sentence (a record: it has an amount), Iraq as a supplier (either way).
    ("Indian refiners imported 1.74 million barrels per day of Russian crude in July, down 9% from June, "
     "according to ship-tracking data from Seatrace Analytics. Russian oil made up 36% of India's total crude "
     "imports of 4.83 million bpd, the data showed. Iraq was the second-biggest supplier at 0.97 million bpd.",
     [R(f="import", r=IN, p=RU, c=CRUDE, vol=1.74e6, u=BPD, d="down", pct=9, b=DC, src=SEATRACE, **JUL),
      R(f="import", r=IN, c=CRUDE, vol=4.83e6, u=BPD, src=SEATRACE, **JUL),
      R(f=EITHER, r=[IN, IQ], p=[IN, IQ], c=DC, vol=0.97e6, u=BPD, src=SEATRACE, **JUL)]),

    # P23 India and the US (Business Standard): "India shipped goods worth ... to the United
    # States" (the good after the verb: c DC, yoy), "the 25 per cent American tariff on most
    # Indian goods" in force (TAR), a list of goods that "led the decline" (none),
    # electronics "bucked the trend".
    ("India shipped goods worth USD 7.9 billion to the United States in July, 6.2 per cent less than a year "
     "earlier, data from the commerce ministry showed, as the 25 per cent American tariff on most Indian goods "
     "weighed on orders. Engineering goods, gems and jewellery, and pharmaceuticals led the decline. Electronics "
     "exports to the US, mostly smartphones, bucked the trend, rising 41 per cent to USD 1.6 billion.",
     [R(f="export", r=IN, p=US, c=DC, v=7.9e9, cur="USD", d="down", pct=6.2, b="yoy", src=INCOM, **JUL),
      TAR(r=US, p=[IN, None], c=DC, rate=25),
      R(f="export", r=IN, p=US, c=ELECX, v=1.6e9, cur="USD", d="up", pct=41, b=DC, src=INCOM, **JUL)]),

    # P24 India and the UAE (The Hindu BusinessLine): exports to "the Gulf nation", imports
    # from "the Emirates" (c DC: goods named with "mainly" and no amount), "India's trade
    # deficit with Abu Dhabi" (p UAE, d DC).
    ("India's exports to the UAE rose 9.8 per cent to $11.2 billion in April-July, commerce ministry data "
     "showed, making the Gulf nation the second-largest destination after the US. Imports from the Emirates, "
     "mainly crude oil and gold, grew faster, at 14.6 per cent, to $17.9 billion. That widened India's trade "
     "deficit with Abu Dhabi to $6.7 billion.",
     [R(f="export", r=IN, p=AE, v=11.2e9, cur="USD", d="up", pct=9.8, b=DC, src=INCOM, **APRJUL),
      R(f="import", r=IN, p=AE, c=DC, v=17.9e9, cur="USD", d="up", pct=14.6, b=DC, src=INCOM, **APRJUL),
      R(f="balance", r=IN, p=AE, v=6.7e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC, src=INCOM,
        **APRJUL)]),

    # P25 India's engineering goods (Financial Express): an appositive, petroleum products
    # with a reason, the revised June figure "up to ... from" (required, change DC; the earlier
    # figure optional).
    ("Engineering goods exports, the largest category in India's export basket, rose 7.1 per cent to $9.84 "
     "billion in July, the commerce ministry said. Petroleum product exports, by contrast, slumped 22.4 per cent "
     "to $4.12 billion on weaker refining margins. The ministry also revised its June figure for engineering "
     "exports up to $9.51 billion from $9.36 billion.",
     [R(f="export", r=IN, c=ENGG, v=9.84e9, cur="USD", d="up", pct=7.1, b=DC, src=INCOM, **JUL),
      R(f="export", r=IN, c=PETPROD, v=4.12e9, cur="USD", d="down", pct=22.4, b=DC, src=INCOM, **JUL),
      R(f="export", r=IN, c=ENGG, v=9.51e9, cur="USD", vq=DC, d=DC, pct=DC, by=DC, byc=DC, b=DC, src=INCOM, **JUN),
      OPT(f="export", r=IN, c=ENGG, v=9.36e9, cur="USD", **JUN)]),

    # ================================================================ Southeast Asia
    # P26 Singapore's NODX in July (The Straits Times): yoy with a value, June's decline (v
    # null, June), "they grew 3.4%" month-on-month (v null, mom), electronics "led by" items
    # without amounts and non-electronics (v null), NODX to the US (v null).
    ("Singapore's non-oil domestic exports (NODX) rose 6.8% year-on-year in July to S$15.2 billion, Enterprise "
     "Singapore said on Friday, reversing a 2.1% decline in June. On a month-on-month seasonally adjusted basis, "
     "they grew 3.4%. Electronics shipments surged 18.7%, led by integrated circuits, PCs and disk media, while "
     "non-electronics rose 3.9%. NODX to the US, the largest market, climbed 12.4%.",
     [R(f="export", r=SG, c=NODX, v=15.2e9, cur="SGD", d="up", pct=6.8, b="yoy", src=ESG, **JUL),
      R(f="export", r=SG, c=NODX, d="down", pct=2.1, b=DC, src=ESG, **JUN),
      R(f="export", r=SG, c=NODX, d="up", pct=3.4, b="mom", src=ESG, **JUL),
      R(f="export", r=SG, c=ELEC, d="up", pct=18.7, b=DC, src=ESG, **JUL),
      R(f="export", r=SG, c=NONELEC, d="up", pct=3.9, b=DC, src=ESG, **JUL),
      R(f="export", r=SG, p=US, c=NODX, d="up", pct=12.4, b=DC, src=ESG, **JUL)]),

    # P27 Singapore's second quarter (Business Times): total merchandise trade (total, c DC,
    # yoy), NODX in the quarter (v null), the first quarter's contraction (v null, Q1), a
    # forecast for 2035 (none).
    ("Singapore's total merchandise trade rose 5.4% year-on-year to S$338.6 billion in the second quarter, the "
     "Ministry of Trade and Industry said. NODX grew 2.9% in the quarter, reversing a 1.7% contraction in the "
     "first three months of the year. The ministry kept its forecast for NODX growth of 1% to 3% for the whole "
     "of 2035.",
     [R(f="total", r=SG, c=DC, v=338.6e9, cur="SGD", d="up", pct=5.4, b="yoy", src=MTI, **Q2),
      R(f="export", r=SG, c=NODX, d="up", pct=2.9, b=DC, src=MTI, **Q2),
      R(f="export", r=SG, c=NODX, d="down", pct=1.7, b=DC, src=MTI, **Q1)]),

    # P28 Malaysia's July (Bernama): RM with a US$ equivalent (either, twin), "Imports grew at
    # a faster 8.7%", the surplus trimmed (d down), month-on-month changes without values
    # ("Compared with June": b DC, a gapped clause), Singapore as a destination (either way),
    # "shipments to Beijing" (p China).
    ("Malaysia's exports rose 5.2% year-on-year to RM132.4 billion (US$30.1 billion) in July, the Department of "
     "Statistics Malaysia (DOSM) said on Monday. Imports grew at a faster 8.7% to RM118.9 billion, trimming the "
     "trade surplus to RM13.5 billion. Compared with June, exports were up 2.3% and imports 4.1%. Singapore "
     "remained the top destination at RM19.8 billion, while shipments to Beijing climbed 7.6% to RM17.8 "
     "billion.",
     [R(f="export", r=MY, v=[132.4e9, 30.1e9], cur=["MYR", "USD"], vq=[None] + ABOUT, d="up", pct=5.2, b="yoy",
        src=DOSM, **JUL),
      OPT(f="export", r=MY, v=30.1e9, cur="USD", **JUL),
      R(f="import", r=MY, v=118.9e9, cur="MYR", d="up", pct=8.7, b=DC, src=DOSM, **JUL),
      R(f="balance", r=MY, v=13.5e9, cur="MYR", bal="surplus", d="down", pct=DC, by=DC, byc=DC, b=DC, src=DOSM,
        **JUL),
      R(f="export", r=MY, d="up", pct=2.3, b=DC, src=DOSM, **JUL),
      R(f="import", r=MY, d="up", pct=4.1, b=DC, src=DOSM, **JUL),
      R(f=EITHER, r=[MY, SG], p=[MY, SG], c=DC, v=19.8e9, cur="MYR", src=DOSM, **JUL),
      R(f="export", r=MY, p=CN, v=17.8e9, cur="MYR", d="up", pct=7.6, b=DC, src=DOSM, **JUL)]),

    # P29 Malaysia's E&E and seven months (The Star): E&E "brought in ..., 9.1% more than a
    # year earlier" (yoy; "more than" is no qualifier), "They accounted for 41%" (a share,
    # none), total trade (c DC) with exports and imports "of".
    ("Electrical and electronic (E&E) products, Malaysia's biggest export earner, brought in RM54.3 billion in "
     "July, 9.1% more than a year earlier, DOSM data showed. They accounted for 41% of total exports. For the "
     "first seven months of 2035, Malaysia's total trade rose 6.8% to RM1.67 trillion, with exports of RM879.5 "
     "billion and imports of RM790.5 billion.",
     [R(f="export", r=MY, c=EEP, v=54.3e9, cur="MYR", d="up", pct=9.1, b="yoy", src=DOSM, **JUL),
      R(f="total", r=MY, c=DC, v=1.67e12, cur="MYR", d="up", pct=6.8, b=DC, src=DOSM, **YTD7),
      R(f="export", r=MY, c=DC, v=879.5e9, cur="MYR", src=DOSM, **YTD7),
      R(f="import", r=MY, c=DC, v=790.5e9, cur="MYR", src=DOSM, **YTD7)]),

    # P30 Malaysian palm oil (Reuters): "Malaysia exported ... of palm oil products" (the good
    # after the verb, "from June" b DC), India as a buyer with a volume (either way), an
    # import duty cut without a rate (none), end-July stocks (none).
    ("Malaysia exported 1.38 million tonnes of palm oil products in July, up 11.6% from June, the Malaysian Palm "
     "Oil Board said. India, which cut its import duty on crude palm oil in June, was the biggest buyer, taking "
     "312,000 tonnes. End-July stocks rose 4.2% to 1.91 million tonnes.",
     [R(f="export", r=MY, c=PALM, vol=1.38e6, u=TON, d="up", pct=11.6, b=DC, src=MPOB, **JUL),
      R(f=EITHER, r=[MY, IN], p=[MY, IN], c=DC, vol=312000, u=TON, src=MPOB, **JUL)]),

    # P31 Indonesia's July (Antara): the surplus, a run (none), flows, bilateral balances with
    # the US and China (widened: d DC), "Compared with June" (v null, b DC).
    ("Indonesia posted a trade surplus of US$3.86 billion in July, its 63rd straight monthly surplus, Statistics "
     "Indonesia (BPS) said on Wednesday. Exports rose 4.9% year-on-year to US$22.74 billion, while imports grew "
     "2.2% to US$18.88 billion. The surplus with the United States was US$1.62 billion, while the deficit with "
     "China widened to US$1.94 billion. Compared with June, exports were up 1.8%.",
     [R(f="balance", r=ID, v=3.86e9, cur="USD", bal="surplus", src=BPS, **JUL),
      R(f="export", r=ID, v=22.74e9, cur="USD", d="up", pct=4.9, b="yoy", src=BPS, **JUL),
      R(f="import", r=ID, v=18.88e9, cur="USD", d="up", pct=2.2, b=DC, src=BPS, **JUL),
      R(f="balance", r=ID, p=US, v=1.62e9, cur="USD", bal="surplus", src=BPS, **JUL),
      R(f="balance", r=ID, p=CN, v=1.94e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC, src=BPS,
        **JUL),
      R(f="export", r=ID, d="up", pct=1.8, b=DC, src=BPS, **JUL)]),

    # P32 Indonesia's commodities (The Jakarta Post): non-oil and gas exports with coal and
    # palm oil ("with ... contributing ... and ..."), "Indonesia shipped ... of coal abroad in
    # the month" (a volume with a change and the value without one: two records), nickel-based
    # iron and steel "led by shipments to Beijing" (no partner: no amount for China).
    ("Indonesia's non-oil and gas exports reached US$21.31 billion in July, BPS said, with coal contributing "
     "US$3.12 billion and crude palm oil and its derivatives US$2.37 billion. Indonesia shipped 44.6 million "
     "tonnes of coal abroad in the month, 7.3 percent less than a year earlier. Nickel-based iron and steel "
     "exports, led by shipments to Beijing, rose 14.2 percent to US$2.46 billion.",
     [R(f="export", r=ID, c=NONOILGAS, v=21.31e9, cur="USD", src=BPS, **JUL),
      R(f="export", r=ID, c=COAL, v=3.12e9, cur="USD", vol=DC, u=DC, src=BPS, **JUL),
      R(f="export", r=ID, c=PALMX, v=2.37e9, cur="USD", src=BPS, **JUL),
      R(f="export", r=ID, c=COAL, vol=44.6e6, u=TON, v=DC, cur=DC, d="down", pct=7.3, b="yoy", src=BPS, **JUL),
      R(f="export", r=ID, c=NICKELSTEEL, v=2.46e9, cur="USD", d="up", pct=14.2, b=DC, src=BPS, **JUL)]),

    # P33 Indonesia and the US (Kompas): exports to the US with "American buyers" in a reason
    # (no commodity), a possible tariff increase (none), China "which took" (either way),
    # India.
    ("Indonesian exports to the United States rose 8.2% to US$2.71 billion in July, BPS said, as American "
     "buyers front-loaded orders of footwear and apparel ahead of a possible tariff increase. The US was "
     "Indonesia's second-largest export market after China, which took US$5.34 billion of Indonesian goods. "
     "Exports to India fell 11.4% to US$1.62 billion.",
     [R(f="export", r=ID, p=US, v=2.71e9, cur="USD", d="up", pct=8.2, b=DC, src=BPS, **JUL),
      R(f=EITHER, r=[ID, CN], p=[ID, CN], c=DC, v=5.34e9, cur="USD", src=BPS, **JUL),
      R(f="export", r=ID, p=IN, v=1.62e9, cur="USD", d="down", pct=11.4, b=DC, src=BPS, **JUL)]),

    # P34 Thailand's July (Bangkok Post): a Reuters poll (none), the baht value in a later
    # sentence (one record accepting either, twin), the surplus, exports to the US with
    # "Washington's 19% tariff" in force (TAR).
    ("Thai exports rose 7.9% year-on-year in July to US$27.4 billion, the Commerce Ministry said on Monday, "
     "beating the 4.5% forecast in a Reuters poll. In baht terms, exports were worth 927.6 billion baht. Imports "
     "rose 12.1% to $26.8 billion, leaving a surplus of $600 million. Shipments to the United States, Thailand's "
     "largest market, jumped 19.3% to $5.1 billion despite Washington's 19% tariff.",
     [R(f="export", r=TH, v=[27.4e9, 927.6e9], cur=["USD", "THB"], vq=[None] + ABOUT, d="up", pct=7.9, b="yoy",
        src=THMOC, **JUL),
      OPT(f="export", r=TH, v=927.6e9, cur="THB", **JUL),
      R(f="import", r=TH, v=26.8e9, cur="USD", d="up", pct=12.1, b=DC, src=THMOC, **JUL),
      R(f="balance", r=TH, v=600e6, cur="USD", bal="surplus", src=THMOC, **JUL),
      R(f="export", r=TH, p=US, v=5.1e9, cur="USD", d="up", pct=19.3, b=DC, src=THMOC, **JUL),
      TAR(r=US, p=[TH, None], c=DC, rate=19)]),

    # P35 Thai rice (The Nation): "exported ... of rice in July, up ... from June but down ...
    # from the same month last year" (one volume, two changes: two records, each accepting the
    # volume or none), "The shipments earned" baht with a dollar equivalent (either, twin),
    # buyers without amounts (none).
    ("Thailand exported 812,400 tonnes of rice in July, up 14.3% from June but down 6.1% from the same month last "
     "year, the Thai Rice Exporters Association said. The shipments earned 14.6 billion baht ($431 million). "
     "Iraq and the Philippines were the main buyers.",
     [R(f="export", r=TH, c=RICE, vol=[812400, None], u=[TON, None], v=DC, cur=DC, d="up", pct=14.3, b=DC,
        src=TREA, **JUL),
      R(f="export", r=TH, c=RICE, vol=[812400, None], u=[TON, None], v=DC, cur=DC, d="down", pct=6.1, b="yoy",
        src=TREA, **JUL),
      R(f="export", r=TH, c=RICE, v=[14.6e9, 431e6], cur=["THB", "USD"], vq=[None] + ABOUT, vol=DC, u=DC, src=TREA,
        **JUL),
      OPT(f="export", r=TH, c=RICE, v=431e6, cur="USD", vol=DC, u=DC, **JUL)]),

    # P36 Thai car exports (Federation of Thai Industries): units (yoy) and value with
    # different changes ("Their value": two records; baht with a dollar equivalent, twin), a
    # reason with markets (none), the first seven months in vehicles.
    ("Thailand's car exports fell 9.6% year-on-year to 78,420 units in July, the Federation of Thai Industries "
     "said on Thursday, as shipments to Australia and the Middle East slowed. Their value dropped 7.3% to 44.8 "
     "billion baht ($1.32 billion). In the first seven months, exports totalled 571,300 vehicles.",
     [R(f="export", r=TH, c=CARS, vol=78420, u=UNITS, v=DC, cur=DC, d="down", pct=9.6, b="yoy", src=FTI, **JUL),
      R(f="export", r=TH, c=CARS, v=[44.8e9, 1.32e9], cur=["THB", "USD"], vq=[None] + ABOUT, vol=DC, u=DC,
        d="down", pct=7.3, b=DC, src=FTI, **JUL),
      OPT(f="export", r=TH, c=CARS, v=1.32e9, cur="USD", vol=DC, u=DC, **JUL),
      R(f="export", r=TH, c=CARS, vol=571300, u=UNITS, src=FTI, **YTD7)]),

    # P37 The Philippines' June (Philippine News Agency): the deficit narrowing "from ... a
    # year earlier" (d DC, b yoy, base optional), exports "led by electronic products, which
    # brought in" (c DC, a part), imports, the first-half deficit.
    ("The Philippines' trade deficit narrowed to $4.12 billion in June from $4.97 billion a year earlier, the "
     "Philippine Statistics Authority said. Exports rose 3.7% to $6.71 billion, led by electronic products, "
     "which brought in $3.96 billion. Imports fell 5.3% to $10.83 billion. For the first half, the deficit "
     "totalled $25.6 billion.",
     [R(f="balance", r=PH, v=4.12e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b="yoy", src=PSA, **JUN),
      OPT(f="balance", r=PH, v=4.97e9, cur="USD", bal="deficit", **JUN34),
      R(f="export", r=PH, c=DC, v=6.71e9, cur="USD", d="up", pct=3.7, b=DC, src=PSA, **JUN),
      R(f="export", r=PH, c=ELECPROD, v=3.96e9, cur="USD", src=PSA, **JUN),
      R(f="import", r=PH, v=10.83e9, cur="USD", d="down", pct=5.3, b=DC, src=PSA, **JUN),
      R(f="balance", r=PH, v=25.6e9, cur="USD", bal="deficit", src=PSA, **H1)]),

    # P38 Philippine electronics (BusinessWorld): "The Philippines exported $20.9 billion
    # worth of electronic products" (the good after the value, yoy), semiconductors "of the
    # total" (a part), buyers without amounts (none).
    ("The Philippines exported $20.9 billion worth of electronic products in the first half of 2035, up 6.4% "
     "from a year earlier, the Philippine Statistics Authority said. Semiconductors accounted for $15.2 billion "
     "of the total. The United States and Hong Kong were the biggest buyers.",
     [R(f="export", r=PH, c=ELECPROD, v=20.9e9, cur="USD", d="up", pct=6.4, b="yoy", src=PSA, **H1),
      R(f="export", r=PH, c=CHIPS, v=15.2e9, cur="USD", src=PSA, **H1)]),

    # P39 Vietnam's first seven months (VnExpress): flows, the surplus, the US as a buyer
    # "of Vietnamese goods" and China as a supplier "with imports from the country" (either
    # way), "In July alone".
    ("Vietnam's exports rose 12.4% to $268.3 billion in the first seven months of 2035, the National Statistics "
     "Office said. Imports climbed 15.1% to $254.9 billion, leaving a trade surplus of $13.4 billion. The United "
     "States remained the biggest buyer of Vietnamese goods at $84.7 billion, while China was the largest "
     "supplier, with imports from the country at $92.3 billion. In July alone, exports reached $41.2 billion.",
     [R(f="export", r=VN, v=268.3e9, cur="USD", d="up", pct=12.4, b=DC, src=VNNSO, **YTD7),
      R(f="import", r=VN, v=254.9e9, cur="USD", d="up", pct=15.1, b=DC, src=VNNSO, **YTD7),
      R(f="balance", r=VN, v=13.4e9, cur="USD", bal="surplus", src=VNNSO, **YTD7),
      R(f=EITHER, r=VN + US, p=VN + US, c=DC, v=84.7e9, cur="USD", src=VNNSO, **YTD7),
      R(f=EITHER, r=VN + [CN], p=VN + [CN], c=DC, v=92.3e9, cur="USD", src=VNNSO, **YTD7),
      R(f="export", r=VN, v=41.2e9, cur="USD", src=VNNSO, **JUL)]),

    # P40 Vietnam's coffee and rice (Vietnam News): "fell ... in volume to ..., but earnings
    # jumped ... to" (two records), buyers without amounts (none), "Vietnam sold ... of rice
    # abroad, worth ..." (one record with volume and value, no change), "Manila taking more
    # than 40% of it" (a share, none).
    ("Vietnamese coffee exports fell 18.2% in volume to 812,000 tonnes in the first seven months of the year, "
     "but earnings jumped 27.4% to $5.38 billion thanks to record prices, customs data showed. Germany and Italy "
     "remained the top buyers. Meanwhile, Vietnam sold 5.64 million tonnes of rice abroad, worth $3.02 billion, "
     "with Manila taking more than 40% of it.",
     [R(f="export", r=VN, c=COFFEE, vol=812000, u=TON, v=DC, cur=DC, d="down", pct=18.2, b=DC, src=VNCUS, **YTD7),
      R(f="export", r=VN, c=COFFEE, v=5.38e9, cur="USD", vol=DC, u=DC, d="up", pct=27.4, b=DC, src=VNCUS, **YTD7),
      R(f="export", r=VN, c=RICE, vol=5.64e6, u=TON, v=3.02e9, cur="USD", src=VNCUS, **YTD7)]),

    # P41 Vietnam's July and the US (Tuoi Tre): exports to the US (yoy) with "Washington's 20%
    # tariff" in force (TAR), "Hanoi's top supplier" (reporter Vietnam), the monthly surplus
    # "down from ... in June" (d down, b DC, base optional).
    ("Vietnam's exports to the US rose 14.7% year-on-year to $12.6 billion in July, customs data showed, "
     "despite Washington's 20% tariff on most Vietnamese goods. Imports from China, Hanoi's top supplier, "
     "reached $10.8 billion. Overall, the country ran a trade surplus of $2.3 billion in the month, down from "
     "$2.9 billion in June.",
     [R(f="export", r=VN, p=US, v=12.6e9, cur="USD", d="up", pct=14.7, b="yoy", src=VNCUS, **JUL),
      TAR(r=US, p=VN + [None], c=DC, rate=20),
      R(f="import", r=VN, p=CN, v=10.8e9, cur="USD", src=VNCUS, **JUL),
      R(f="balance", r=VN, v=2.3e9, cur="USD", bal="surplus", d="down", pct=DC, by=DC, byc=DC, b=DC, src=VNCUS,
        **JUL),
      OPT(f="balance", r=VN, v=2.9e9, cur="USD", bal="surplus", **JUN)]),

    # ================================================================ The Gulf
    # P42 Saudi Arabia's June (Arab News): non-oil exports including re-exports in riyals
    # with a dollar equivalent (either, twin), re-exports "of the total" (c DC), overall
    # merchandise exports with a reason, imports, the surplus narrowing (d down, LOWEST in
    # vq DC).
    ("Saudi Arabia's non-oil exports, including re-exports, rose 14.8% year-on-year to SR 27.6 billion ($7.36 "
     "billion) in June, the General Authority for Statistics (GASTAT) said. Re-exports accounted for SR 9.9 "
     "billion of the total. Overall merchandise exports fell 3.4% to SR 92.1 billion as oil shipments declined, "
     "while imports rose 6.2% to SR 76.8 billion. The trade surplus narrowed to SR 15.3 billion, its lowest in "
     "more than two years.",
     [R(f="export", r=SA, c=NONOIL, v=[27.6e9, 7.36e9], cur=["SAR", "USD"], vq=[None] + ABOUT, d="up", pct=14.8,
        b="yoy", src=GASTAT, **JUN),
      OPT(f="export", r=SA, c=NONOIL, v=7.36e9, cur="USD", **JUN),
      R(f="export", r=SA, c=DC, v=9.9e9, cur="SAR", src=GASTAT, **JUN),
      R(f="export", r=SA, c=DC, v=92.1e9, cur="SAR", d="down", pct=3.4, b=DC, src=GASTAT, **JUN),
      R(f="import", r=SA, c=DC, v=76.8e9, cur="SAR", d="up", pct=6.2, b=DC, src=GASTAT, **JUN),
      R(f="balance", r=SA, c=DC, v=15.3e9, cur="SAR", vq=DC, bal="surplus", d="down", pct=DC, by=DC, byc=DC, b=DC,
        src=GASTAT, **JUN)]),

    # P43 Saudi Arabia and China in the second quarter (Argaam): exports to China with an
    # appositive rank, India "ranked second at", imports from China, "the kingdom ... in its
    # trade with Beijing" (a bilateral deficit, p China).
    ("Saudi exports to China, the kingdom's biggest customer, fell 9.6% to SR 45.3 billion in the second quarter "
     "of 2035, GASTAT data showed. Shipments to India ranked second at SR 24.1 billion. Imports from China rose "
     "11.2% to SR 52.6 billion, leaving the kingdom with a deficit of SR 7.3 billion in its trade with Beijing.",
     [R(f="export", r=SA, p=CN, v=45.3e9, cur="SAR", d="down", pct=9.6, b=DC, src=GASTAT, **Q2),
      R(f="export", r=SA, p=IN, v=24.1e9, cur="SAR", src=GASTAT, **Q2),
      R(f="import", r=SA, p=CN, v=52.6e9, cur="SAR", d="up", pct=11.2, b=DC, src=GASTAT, **Q2),
      R(f="balance", r=SA, p=CN, v=7.3e9, cur="SAR", bal="deficit", src=GASTAT, **Q2)]),

    # P44 The UAE's first half (WAM): non-oil foreign trade (total, c non-oil) "to a record
    # Dh1.79 trillion ($487.4 billion)" (either, twin), non-oil exports, re-exports (c DC),
    # trade with China and India (total, "with trade worth", "followed by ... at").
    ("The UAE's non-oil foreign trade rose 18.4% to a record Dh1.79 trillion ($487.4 billion) in the first half "
     "of 2035, the foreign trade minister said on Sunday. Non-oil exports grew 31.6% to Dh367.2 billion, while "
     "re-exports reached Dh552.8 billion. China remained the country's largest trading partner, with trade worth "
     "Dh131.5 billion, followed by India at Dh102.3 billion.",
     [R(f="total", r=AE, c=NONOIL, v=[1.79e12, 487.4e9], cur=["AED", "USD"], vq=RECORD + ABOUT, d="up", pct=18.4,
        b=DC, src=UAEFT, **H1),
      OPT(f="total", r=AE, c=NONOIL, v=487.4e9, cur="USD", **H1),
      R(f="export", r=AE, c=NONOIL, v=367.2e9, cur="AED", d="up", pct=31.6, b=DC, src=UAEFT, **H1),
      R(f="export", r=AE, c=DC, v=552.8e9, cur="AED", src=UAEFT, **H1),
      R(f="total", r=AE, p=CN, c=DC, v=131.5e9, cur="AED", src=UAEFT, **H1),
      R(f="total", r=AE, p=IN, c=DC, v=102.3e9, cur="AED", src=UAEFT, **H1)]),

    # P45 Qatar's June (The Peninsula): the surplus "fell 20.6% year-on-year" (d down, yoy),
    # total exports of goods with petroleum gases (a part), imports, "Compared with May, the
    # surplus was down 4.8%" (v null, b DC).
    ("Qatar's merchandise trade surplus fell 20.6% year-on-year to QR 15.8 billion in June, the National "
     "Planning Council said. Total exports of goods declined 12.6% to QR 24.9 billion, with petroleum gases "
     "worth QR 14.2 billion. Imports rose 6.1% to QR 9.1 billion. Compared with May, the surplus was down 4.8%.",
     [R(f="balance", r=QA, c=DC, v=15.8e9, cur="QAR", bal="surplus", d="down", pct=20.6, b="yoy", src=NPC, **JUN),
      R(f="export", r=QA, c=DC, v=24.9e9, cur="QAR", d="down", pct=12.6, b=DC, src=NPC, **JUN),
      R(f="export", r=QA, c=PETGAS, v=14.2e9, cur="QAR", src=NPC, **JUN),
      R(f="import", r=QA, c=DC, v=9.1e9, cur="QAR", d="up", pct=6.1, b=DC, src=NPC, **JUN),
      R(f="balance", r=QA, c=DC, bal="surplus", d="down", pct=4.8, b=DC, src=NPC, **JUN)]),

    # P46 Qatar's partners in June (Gulf Times): China "taking" and India "followed by ...
    # at" (either way), "Qatari shipments to Tokyo, the third-largest buyer, fell ... from a
    # year earlier to" (p Japan, yoy), the US as a source of imports (either way).
    ("China was the main destination of Qatar's exports in June, taking QR 4.1 billion, followed by India at QR "
     "2.6 billion, the National Planning Council said. Qatari shipments to Tokyo, the third-largest buyer, fell "
     "17.3% from a year earlier to QR 2.2 billion. The United States was the top source of imports at QR 1.3 "
     "billion.",
     [R(f=EITHER, r=[QA, CN], p=[QA, CN], c=DC, v=4.1e9, cur="QAR", src=NPC, **JUN),
      R(f=EITHER, r=[QA, IN], p=[QA, IN], c=DC, v=2.6e9, cur="QAR", src=NPC, **JUN),
      R(f="export", r=QA, p=JP, v=2.2e9, cur="QAR", d="down", pct=17.3, b="yoy", src=NPC, **JUN),
      R(f=EITHER, r=[QA] + US, p=[QA] + US, c=DC, v=1.3e9, cur="QAR", src=NPC, **JUN)]),

    # P47 Oman's first half (Times of Oman): merchandise exports (c DC) with oil and gas,
    # non-oil exports and re-exports "the remaining" (parts), imports "edged down", "bringing
    # the trade surplus to" (d, pct, by and b DC).
    ("Oman's merchandise exports fell 6.8% to RO 9.74 billion in the first half of 2035, data from the National "
     "Centre for Statistics and Information showed. Oil and gas exports accounted for RO 5.92 billion of the "
     "total, while non-oil exports rose 8.3% to RO 2.81 billion. Re-exports made up the remaining RO 1.01 "
     "billion. Imports edged down 1.4% to RO 6.12 billion, bringing the trade surplus to RO 3.62 billion.",
     [R(f="export", r=OM, c=DC, v=9.74e9, cur="OMR", d="down", pct=6.8, b=DC, src=NCSI, **H1),
      R(f="export", r=OM, c=OILGASOM, v=5.92e9, cur="OMR", src=NCSI, **H1),
      R(f="export", r=OM, c=NONOIL, v=2.81e9, cur="OMR", d="up", pct=8.3, b=DC, src=NCSI, **H1),
      R(f="export", r=OM, c=DC, v=1.01e9, cur="OMR", src=NCSI, **H1),
      R(f="import", r=OM, c=DC, v=6.12e9, cur="OMR", d="down", pct=1.4, cq=DC, b=DC, src=NCSI, **H1),
      R(f="balance", r=OM, c=DC, v=3.62e9, cur="OMR", bal="surplus", d=DC, pct=DC, by=DC, byc=DC, b=DC, src=NCSI,
        **H1)]),

    # P48 Bahrain's second quarter (BNA): the non-oil deficit narrowing "from ... a year
    # earlier" (d DC, b yoy, base optional), exports of national origin with aluminium (a
    # part), imports in a non-oil text (c DC), re-exports (c DC), Saudi Arabia "taking goods
    # worth" (either way).
    ("Bahrain's non-oil trade deficit narrowed to BD 164.8 million in the second quarter of 2035 from BD 238.6 "
     "million a year earlier, the Information & eGovernment Authority (iGA) said. Non-oil exports of national "
     "origin rose 9.4% to BD 1.12 billion, with aluminium accounting for BD 438.5 million, while imports slipped "
     "2.1% to BD 1.52 billion. Re-exports totalled BD 235.2 million. Saudi Arabia was the top destination, "
     "taking goods worth BD 196.3 million.",
     [R(f="balance", r=BH, c=NONOIL, v=164.8e6, cur="BHD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b="yoy",
        src=IGA, **Q2),
      OPT(f="balance", r=BH, c=NONOIL, v=238.6e6, cur="BHD", bal="deficit", **Q2_34),
      R(f="export", r=BH, c=NONOIL, v=1.12e9, cur="BHD", d="up", pct=9.4, b=DC, src=IGA, **Q2),
      R(f="export", r=BH, c=ALU, v=438.5e6, cur="BHD", src=IGA, **Q2),
      R(f="import", r=BH, c=DC, v=1.52e9, cur="BHD", d="down", pct=2.1, cq=DC, b=DC, src=IGA, **Q2),
      R(f="export", r=BH, c=DC, v=235.2e6, cur="BHD", src=IGA, **Q2),
      R(f=EITHER, r=[BH] + SA, p=[BH] + SA, c=DC, v=196.3e6, cur="BHD", src=IGA, **Q2)]),
]

NEG = [
    # N01 a poll forecast (Canada's July, due in September).
    "Economists expect Statistics Canada to report on Sept. 5 that the merchandise trade deficit narrowed to "
    "about C$2.5 billion in July, as higher energy prices lifted export values, according to a Reuters poll.",
    # N02 an export target (India's 2035-36).
    "India's commerce ministry has set a target of $525 billion for merchandise exports in the 2035-36 fiscal "
    "year, Commerce Secretary Arvind Kulkarni told reporters, adding that shipments of electronics and "
    "engineering goods were expected to lead the growth.",
    # N03 stock market moves (Australian iron ore miners) after Chinese output data.
    "Shares of Australian iron ore miners fell on Monday, with Pilbara Ridge Resources down 3.4% and Redstone "
    "Iron losing 2.9%, after Chinese data showed steel output fell 6.2% in July. The broader market ended 0.6% "
    "lower.",
    # N04 one company's results (a fictional Malaysian glove maker's export sales).
    "Kuala Lumpur-based glove maker Seriwang Holdings said its export sales rose 18% to RM1.24 billion in the "
    "quarter to June, as orders from American and European hospitals recovered, sending its shares up 5.6% on "
    "Monday.",
    # N05 container freight rates (a fictional index).
    "Spot rates for 40-foot containers shipped from Shanghai to Rotterdam fell 6% to $2,840 last week, the "
    "Meridian Container Index showed, while rates to Los Angeles slipped 3% to $2,310 as the peak season for "
    "U.S. imports faded.",
    # N06 duties proposed, not in force (US on Southeast Asian solar panels).
    "The U.S. Commerce Department on Friday proposed preliminary anti-dumping duties of up to 48.6% on solar "
    "panels imported from Vietnam and Thailand, with a final decision due in December. The duties would not be "
    "collected until then.",
    # N07 a tariff under consultation (Britain's steel quota).
    "Britain is consulting on a 25% tariff on steel imports above a new quota from next July, the Department "
    "for Business and Trade said on Friday, as it seeks to shield domestic mills from Chinese and Indian "
    "overcapacity.",
    # N08 a trade deal's target (the UAE and Indonesia).
    "The UAE and Indonesia aim to double their non-oil trade to $10 billion within five years under the "
    "comprehensive economic partnership agreement that took effect on Sunday, officials in Abu Dhabi said.",
    # N09 port throughput (a fictional operator at Jebel Ali).
    "Gulf Gateway Ports handled 7.42 million TEUs at its Jebel Ali terminal in the first half of 2035, up 4.1% "
    "from a year earlier, the operator said, citing stronger re-export traffic to Africa and the Indian "
    "subcontinent.",
    # N10 a current account (Australia's June quarter).
    "Australia's current account deficit narrowed to A$9.8 billion in the June quarter from A$12.6 billion in "
    "the March quarter, the Australian Bureau of Statistics said, as net primary income payments to foreign "
    "investors fell.",
    # N11 an official selling price for crude (Saudi Arabia).
    "Saudi Arabia's state oil company raised the official selling price of its flagship Arab Light crude for "
    "September-loading cargoes to Asia by 40 cents to $2.10 a barrel above the Oman/Dubai average, a pricing "
    "document showed on Monday.",
    # N12 an exchange rate with importers' dollar demand (India).
    "The Indian rupee fell to a record low of 88.92 per dollar on Monday as oil importers stepped up purchases "
    "of the U.S. currency, while the Reserve Bank of India sold dollars to curb volatility, traders said.",
]
