from slots import DC, R, M, Y, PR

# The thirtieth set: every text is the only body paragraph (after an unrelated opening one)
# of a page published on 2036-03-18 (a Tuesday), in mid-March, when the Middle East, Africa,
# South Asia and Central Asia publish side by side: February 2036 (the fast reporters:
# Pakistan's PBS, Bangladesh's EPB, Türkiye's trade minister and TİM, Sri Lanka's EDB and
# tea data), January 2036 (Qatar, Bahrain, Morocco "at the end of January", Kenya, Uganda,
# Zimbabwe, Zambia, Sri Lanka's central bank), January-February 2036 (Tunisia, Azerbaijan,
# Uzbekistan), December 2035 and the year 2035 (Saudi Arabia, Egypt, the UAE, Abu Dhabi,
# Oman, Kazakhstan, Türkiye, Morocco, Tanzania, Kenya, Zimbabwe, Nigeria, Ghana), the last
# quarters of 2035 (Kuwait's third, Nigeria's fourth) and the fiscal years that do not follow
# the calendar. No earlier set used a page of March 2036 (the latest, the twenty-ninth, used
# 2036-02-07; earlier Marches were 2027-03-12, 2029-03-14 and 2034-03-15). So "February",
# "in February" are February 2036 (29 days: 2036 is a leap year); "January", "in January",
# "January 2036" and "in the month" after a January figure are January 2036; "December" and
# "December 2035" are December 2035 (Saudi Arabia's and Egypt's latest month; the base of
# Uganda's and Zambia's January figures: "from ... in December", "down from K9.6 billion in
# December 2035"); "January 2035" and "a year earlier" after a January figure are January
# 2035 (the optional bases of Bahrain, Uganda's coffee, Zimbabwe and Sri Lanka). Years:
# "2035", "in 2035", "For 2035 as a whole" and "last year" are the calendar year 2035; "2034",
# "from 2034", "in 2034" are 2034 (bases). Quarters: Kuwait's "the third quarter of 2035" is
# July-September 2035, Nigeria's "the fourth quarter of 2035" October-December 2035. Spans:
# "January-February 2036", "the first two months of 2036" and "In the first two months of the
# year" are January-February 2036 ("a year earlier" after them January-February 2035).
# FISCAL YEARS: Pakistan's and Bangladesh's fiscal year runs July-June, so "July-February of
# FY2035-36", "the first eight months of the 2035-36 fiscal year (July-February)" and "over
# the eight months" are July 2035 - February 2036, and "July-January of FY2035-36" July 2035 -
# January 2036; Egypt's "the first half of fiscal year 2035/36 (July-December)" is
# July-December 2035 ("a year earlier" July-December 2034); Uganda's "the first seven months
# of the 2035/36 financial year" is July 2035 - January 2036; Nepal's fiscal year begins in
# mid-July (Shrawan 1), so "the first seven months of the current fiscal year (mid-July to
# mid-February)" runs from a day in mid-July 2035 to a day in mid-February 2036 (NEW: any day
# of July 2035 is accepted as its start and any day of February 2036 as its end). Rolling and
# season periods, each with its months named: Tanzania's "the year ending January 2036" is
# February 2035 - January 2036; Tunisia's "the first four months of the 2035/36 season
# (November-February)" of olive oil is November 2035 - February 2036; Kazakhstan's grain
# exports "between September 2035 and February 2036, the first six months of the 2035/36
# marketing year" are September 2035 - February 2036. Bases: "year-on-year", "from a year
# earlier", "a year earlier", "less than a year earlier" state yoy; "month-on-month" states
# mom; "compared with January 2035", "from ... in December", "from 2034", "than in the same
# period a year earlier" and the like name the base by its period (b DC). Dates that are no
# period of any figure: weekdays ("on Monday", "on Sunday") and "earlier this month" as
# release days; "on March 6" (reserves); the dates tariffs and agreements took effect or
# lapsed ("since August 2025", "in force since July 2024", "since 2023", "lapsed in
# September 2025"); "by 2030" and "by 2031" of targets; "this year" of an output forecast;
# "the first nine months of 2035" of Dubai's GDP. In near misses "February", "July-February
# of FY2035-36", "the end of February", "a month earlier", "before July", "in 2035", "from
# 2034", "January", "the July-December half", "a year earlier", "by 2030", "the 2035 level",
# "June 30" and "150 days" belong to remittances, reserves, proposed duties, canal revenue,
# port throughput, crude output, inflation, one company's export sales, a current account, an
# export target, an export quota, suspended duties and tourism receipts.
#
# Conventions: every convention stated in the twenty-ninth and twenty-eighth sets' headers
# (twentyninth/cases.py and twentyeighth/cases.py, which carry those of the ninth to
# twenty-seventh sets) is kept unchanged and is not repeated in full here. In short: values
# are positive amounts in the original currency (deficits bal="deficit", surpluses
# bal="surplus"), percents positive with their direction; b is "yoy"/"mom" only when the text
# states the comparison, DC when it is implied or the base is named by its period, null when
# there is no change; a change in a later sentence or clause that does not restate its
# comparison has b DC; a narrowing, widening or shrinking deficit (or one that "grew to") has
# d DC, a surplus that rises or widens is "up" and one that falls or narrows is "down", a
# figure only "compared with" another has d DC; later sentences and clauses inherit reporter,
# period and source; comparison bases are optional records (OPT); a change of a whole
# economy's, a partner's or a good's trade given only as a percent is a record with a null
# value; "goods", "merchandise", "goods and services", "total" flows and the whole-economy
# flows of a paragraph that names their parts or says what "drove" them have c DC, plain
# "exports", "imports", "foreign trade turnover" and a plain "trade deficit" of a whole economy
# elsewhere c null; a partner's flows c DC unless a good is named; named goods, "non-oil",
# "non-petroleum", "non-oil and gas" and "energy" are commodities, re-exports c DC; reasons
# name no commodity; appositives change nothing; "a record" vq RECORD, "the largest in more
# than a decade" HIGHEST, "provisional" and revised values vq DC; parts with an amount are
# records, shares, coverage rates, runs and rankings none; a buyer or supplier that is the
# grammatical subject ("China remained the Kingdom's top export destination, taking goods
# worth", "followed by India at", "China was the largest source of imports at", "Germany
# remained the top export market at", "The United States ... bought", "Pakistan remained
# the largest buyer, taking", "Uganda supplied", "with China taking", "Switzerland was the
# main export destination, taking", "Iraq was the biggest buyer, taking") may be written as
# the seller's export or the buyer's import (f, r and p either way, c DC); "trade with X"
# and "trade between the two neighbours" are flow total; a value and a volume of one flow
# with different changes, or a volume with a change and the revenue without one, are two
# records (the other measure DC), while a volume "worth" a value with no change is one
# record with both; a value restated in another currency is one record accepting either
# form (vq null or about) plus an optional twin; a revised earlier figure in its own sentence
# is a required record of its own period with its change slots DC, the figure it replaces
# optional; forecasts, targets, quotas, prices, exchange rates, reserves, current accounts,
# remittances, tourism receipts, canal revenue, GDP, inflation, output, gold deliveries to a
# refinery, port throughput, letters of credit, one company's sales and shares are never
# trade figures.
#
# Tariffs: a tariff IN FORCE on the page's date whose rate is written is a required record
# (TAR: flow "tariff", reporter the economy that levies it, partner the economy whose goods
# pay it or null when it applies to all, accepted as null whenever a partner could be read
# from the paragraph; commodity, period, change and source DC; value null): the US rates on
# Türkiye (15%), Tunisia (25%), Kenya (the 10% baseline "on top of regular duties"), Pakistan
# (19%), Bangladesh (20%) and Sri Lanka (20%); Saudi Arabia's 15% duty on steel items (the
# old "GCC's common 5% rate" it replaced optional); Türkiye's additional 40% duty on
# Chinese-made vehicles; the 100 percent East African Community duty on sugar applied by
# Kenya (reporter Kenya or the EAC, partner DC: it applies to "sugar from outside the
# region"); Nigeria's "combined 70% import duty and levy" on fully built cars (one record).
# Tariffs proposed (Kenya's Finance Bill) or suspended (Nigeria's food duties), duty-free
# access without a rate ("duty-free access to the US market through the Qualifying
# Industrial Zones", "entering duty-free under EAC rules") and "regular duties" make no
# record.
#
# New in this (thirtieth) set, which like the twenty-first to twenty-ninth stresses
# ORDINARY, MAINSTREAM TRADE NEWS written as whole paragraphs (here of 1-4 sentences), from
# the MIDDLE EAST, AFRICA, SOUTH ASIA AND CENTRAL ASIA as their own papers, wires and
# statistics offices write it (The National, WAM, Gulf News, Argaam, Arab News, The
# Peninsula, QNA, Oman Observer, Times of Oman, KUNA, BNA, Daily Sabah, Hürriyet Daily News,
# The Astana Times, Kazinform, Trend, Kun.uz, Daily News Egypt, Ahram Online, Morocco World
# News, Hespress English, Tunis Afrique Presse, Business Daily, The Star, The Citizen, New
# Vision, Daily Monitor, The Herald, Lusaka Times, BusinessDay, Premium Times, B&FT, Dawn,
# Business Recorder, The Express Tribune, The Daily Star, The Financial Express, Daily Mirror,
# Daily FT, The Kathmandu Post). The readings of this set's forms (each following from the
# conventions above) are:
# - Non-oil trade: the UAE's and Abu Dhabi's "non-oil foreign trade" (flow total, c non-oil;
#   the emirate "Abu Dhabi" is the reporter of its own statistics), non-oil exports and
#   re-exports side by side (two export records, c non-oil and c DC), Saudi Arabia's "non-oil
#   exports, including re-exports" and "Re-exports alone", Bahrain's "non-oil exports of
#   national origin" and "non-oil trade balance", Kuwait's, Oman's and Nigeria's non-oil
#   exports, Egypt's non-oil and non-petroleum figures, Azerbaijan's "Non-oil and gas
#   exports"; partner lists of non-oil trade with elided verbs ("followed by India at ...,
#   up ..., and Saudi Arabia at", "followed by the UAE at ... and India at": c non-oil or
#   null).
# - Local currencies: "Dh" and "AED" AED, "SAR" SAR, "QR...bn" QAR, "RO" OMR, "KD" KWD, "BD"
#   BHD, "MAD" MAD, "million dinars" TND (in a Tunisian text), "KSh" KES, "K" ZMW (in a
#   Zambian text), "N" NGN (in Nigerian texts), "Rs." LKR (in a Sri Lankan text), "Rs" NPR
#   (in a Nepali text), "Tk ... lakh crore" BDT (1 lakh crore = 10^12), "$" and "US$" USD.
#   Restated amounts match the rates of the time (Dh3.6725, KSh 129.3, 3.06 dinars, Rs. 305
#   and Tk 122 to the dollar).
# - Number forms: "Dh1.03 trillion", "AED 372.4 billion", "QR18.7bn", "RO 23.62 billion", "KD
#   412.6 million", "BD312 million", "3,412.6 million dinars", "US$1,124.6 million", "Rs
#   1,024.7 billion", "N42.6 trillion", "K7.8 billion", "712,400 60-kilogramme bags", "312.4
#   million kilogrammes", "41.3 million kilos", "112,600 tonnes".
# - Pronouns and references back: "the Kingdom", "the sultanate", "the emirate", "the
#   country" and "it" (Spain), "its northern neighbour" and "the two neighbours" (Kenya),
#   "the neighbouring country" (Afghanistan), "the sector's biggest market" (the US).
# - Balances: every balance equals its exports minus its imports where both are given (to
#   the rounding of the figures written; Bahrain's non-oil balance is its non-oil exports plus
#   re-exports minus imports).
# - Sources: a ruler (Sheikh Mohammed bin Rashid), the UAE's Ministry of Economy, SCAD,
#   GASTAT, Qatar's National Planning Council, NCSI, Kuwait's CSB, Bahrain's iGA, Türkiye's
#   trade minister, TİM and TurkStat, Kazakhstan's Bureau of National Statistics and
#   agriculture ministry, Azerbaijan's State Customs Committee, Uzbekistan's Statistics Agency,
#   Egypt's trade minister, CAPMAS and central bank, Morocco's Office des Changes, Tunisia's
#   INS and ONAGRI, KNBS, Kenya's AFA, the Bank of Tanzania, Uganda's agriculture ministry and
#   central bank, TIMB, ZimStat, ZamStats, Nigeria's NBS and NEPC, the Bank of Ghana, PBS,
#   APTMA, the State Bank of Pakistan, EPB, Bangladesh Bank, Sri Lanka's EDB, Tea Board (and
#   Forbes & Walker) and central bank, and Nepal's Department of Customs.
# - Near misses of this set (no record; thirteen of the 67 texts): Pakistani remittances,
#   Egypt's reserves with import cover, Kenya's proposed import duties, Suez Canal revenue,
#   Jebel Ali's throughput, Saudi crude output, Ghanaian inflation with imported prices, a
#   (fictional) Pakistani weaver's export sales, Pakistan's current account, Uzbekistan's
#   export target, a Pakistani sugar export quota, Nigeria's suspended food import duties and
#   Morocco's tourism receipts and remittances.

# The names of economies, sources, units and qualifiers and the record helpers (OPT, TAR,
# YTD, Q) mean the same as in the tenth to twenty-ninth sets; they are written out here (with
# the same definitions) so that this file does not depend on the others. MIDMONTHS is new.


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


def Q(y, q):
    return PR("%04d-%02d-01" % (y, 3 * q - 2), M(y, 3 * q)["pe"])


def MIDMONTHS(y1, m1, y2, m2):
    """A span that runs from the middle of one month to the middle of another (Nepal's
    fiscal months, which begin in mid-July): any day of the first month accepted as its
    start, any day of the last month as its end."""
    n1, n2 = int(M(y1, m1)["pe"][-2:]), int(M(y2, m2)["pe"][-2:])
    return dict(ps=["%04d-%02d-%02d" % (y1, m1, d) for d in range(1, n1 + 1)],
                pe=["%04d-%02d-%02d" % (y2, m2, d) for d in range(1, n2 + 1)])


# Units and qualifiers.
TON = "ton"                                  # matches tonnes, tons, metric tons
KG = ["kilogram", "kg", "kilo"]              # kilos, kilogrammes, kg
BAG = "bag"
ABOUT = ["about", "around", "approximately", "some", "roughly"]
RECORD = [None, "record"]
HIGHEST = [None, "record", "highest", "record high", "biggest", "largest"]
# Economies and groups.
UAE = ["United Arab Emirates", "UAE", "U.A.E.", "Emirates"]
AD = ["Abu Dhabi"]
SA = ["Saudi Arabia", "Kingdom of Saudi Arabia", "KSA", "Saudi"]
QA = "Qatar"
OM = "Oman"
KW = "Kuwait"
BH = "Bahrain"
TR = ["Turkey", "Türkiye", "Turkiye"]
KZ = "Kazakhstan"
AZ = "Azerbaijan"
UZ = "Uzbekistan"
EG = "Egypt"
MA = "Morocco"
TN = "Tunisia"
KE = "Kenya"
TZ = "Tanzania"
UG = "Uganda"
ZW = "Zimbabwe"
ZM = "Zambia"
NG = "Nigeria"
GH = "Ghana"
PK = "Pakistan"
AF = "Afghanistan"
BD = "Bangladesh"
LK = "Sri Lanka"
NP = "Nepal"
IN = "India"
CN = "China"
KR = ["South Korea", "Republic of Korea", "Korea"]
IQ = "Iraq"
IT = "Italy"
ES = "Spain"
FR = "France"
DE = "Germany"
CH = ["Switzerland", "Swiss"]
UK = ["United Kingdom", "Britain", "UK", "U.K."]
EU = ["European Union", "EU"]
US = ["United States", "U.S.", "US", "USA", "America"]
EAC = ["East African Community", "EAC"]
# Goods.
NONOIL = ["non-oil", "non-petroleum", "non-oil exports"]
NONOILRE = NONOIL + ["non-oil exports, including re-exports", "including re-exports"]
NONOILNAT = NONOIL + ["non-oil exports of national origin", "national origin", "non-oil products of national origin"]
NONPET = ["non-petroleum", "non-oil", "non-petroleum exports"]
NONOILGAS = ["non-oil and gas", "non-oil", "non-oil-gas", "non-energy"]
OIL = ["oil", "petroleum", "crude", "crude oil", "oil exports"]
OILGAS = ["oil and gas", "oil", "gas", "hydrocarbons", "oil and gas exports"]
CRUDE = ["crude oil", "crude", "oil"]
PETGAS = ["petroleum gases", "petroleum gas", "liquefied natural gas", "LNG", "gas"]
PETPROD = ["petroleum products", "petroleum product", "petroleum", "oil products", "refined products"]
PETGROUP = ["petroleum group", "petroleum", "petroleum products", "oil"]
LNG = ["liquefied natural gas", "LNG", "natural gas", "gas"]
ENERGY = ["energy", "energy products"]
STEELX = ["iron and steel products", "iron and steel", "steel products", "steel"]
EV = ["electric cars", "electric car", "electric vehicles", "electric vehicle", "electric", "EV", "EVs"]
CARS = ["passenger cars", "passenger car", "cars", "car", "automobiles", "autos", "vehicles"]
VEH = ["motor vehicles", "motor vehicle", "vehicles", "vehicle", "cars", "automobiles"]
AUTO = ["automotive", "auto", "automotive products", "automobiles", "vehicles", "cars", "automotive industry"]
GARMENTS = ["ready-made garments", "ready-made garment", "readymade garments", "garments", "garment", "apparel",
            "RMG", "clothing"]
APPAREL = ["apparel", "apparel and textiles", "apparel and textile", "textiles", "garments", "clothing"]
TEXT = ["textile and clothing", "textiles and clothing", "textile", "textiles", "clothing"]
TEXTUZ = ["textiles", "textile", "textile products", "cotton yarn", "yarn", "fabrics"]
KNIT = ["knitwear", "knit", "knit garments", "knitted garments"]
WOVEN = ["woven garments", "woven garment", "woven"]
YARN = ["cotton yarn", "yarn"]
GOLD = "gold"
COPPER = ["copper", "refined copper", "copper cathodes"]
TEA = "tea"
COFFEE = "coffee"
SUGAR = ["sugar", "raw sugar"]
TOBACCO = ["tobacco", "flue-cured tobacco"]
CASHEW = ["cashew nuts", "cashew nut", "cashews", "cashew", "raw cashew nuts"]
COCOABEANS = ["cocoa beans", "cocoa bean", "cocoa"]
COCOA = ["cocoa", "cocoa beans", "cocoa products"]
UREA = "urea"
AGRI = ["agricultural", "agricultural products", "agriculture", "agri-food", "farm"]
OLIVE = ["olive oil", "olive"]
WHEAT = "wheat"
GRAIN = ["grain", "grains"]
FLOUR = ["flour", "wheat flour"]
AUTOX = AUTO
PHOS = ["phosphates and derivatives", "phosphate and derivatives", "phosphates", "phosphate"]
RICE = "rice"
BASMATI = ["basmati rice", "basmati"]
FOOD = ["food", "food group", "food items", "foodstuffs"]
RUBBER = ["rubber-based products", "rubber products", "rubber-based", "rubber"]
# Sources.
SHMO = ["Sheikh Mohammed bin Rashid Al Maktoum", "Sheikh Mohammed bin Rashid", "Sheikh Mohammed",
        "Mohammed bin Rashid", "Vice President", "Ruler of Dubai"]
UAEMOE = ["Ministry of Economy", "Economy Ministry", "UAE Ministry of Economy"]
SCAD = ["Statistics Centre – Abu Dhabi", "Statistics Centre - Abu Dhabi", "Statistics Centre Abu Dhabi",
        "Statistics Centre", "SCAD"]
GASTAT = ["General Authority for Statistics", "GASTAT"]
NPC = ["National Planning Council", "Planning Council", "NPC"]
NCSI = ["National Centre for Statistics and Information", "National Center for Statistics and Information", "NCSI"]
CSBKW = ["Central Statistical Bureau", "CSB"]
IGA = ["Information & eGovernment Authority", "Information and eGovernment Authority", "iGA"]
BOLAT = ["Ömer Bolat", "Omer Bolat", "Bolat", "Trade Minister", "Trade Ministry", "Ministry of Trade"]
TIM = ["Turkish Exporters Assembly", "Exporters Assembly", "TİM", "TIM"]
TURKSTAT = ["Turkish Statistical Institute", "TurkStat", "TÜİK", "TUIK", "Statistical Institute"]
BNSKZ = ["Bureau of National Statistics", "National Statistics Bureau", "statistics bureau"]
SCCAZ = ["State Customs Committee", "customs committee"]
UZSTAT = ["Statistics Agency", "statistics agency", "Statistics Agency under the President"]
KZMOA = ["Ministry of Agriculture", "agriculture ministry", "Agriculture Ministry"]
EGMIN = ["Minister of Investment and Foreign Trade", "Ministry of Investment and Foreign Trade", "minister",
         "ministry", "Hassan El-Khatib", "El-Khatib"]
CAPMAS = ["Central Agency for Public Mobilisation and Statistics", "Central Agency for Public Mobilization and Statistics",
          "CAPMAS"]
CBE = ["Central Bank of Egypt", "CBE", "central bank"]
OC = ["Foreign Exchange Office", "foreign exchange office", "Office des Changes", "exchange office"]
INS = ["National Institute of Statistics", "INS"]
ONAGRI = ["National Observatory of Agriculture", "ONAGRI", "Observatoire National de l'Agriculture"]
KNBS = ["Kenya National Bureau of Statistics", "KNBS"]
AFA = ["Agriculture and Food Authority", "AFA", "Sugar Directorate"]
BOT = ["Bank of Tanzania", "BoT", "BOT"]
UGMIN = ["Ministry of Agriculture, Animal Industry and Fisheries", "Ministry of Agriculture", "agriculture ministry",
         "MAAIF"]
BOU = ["Bank of Uganda", "BoU", "central bank"]
TIMB = ["Tobacco Industry and Marketing Board", "TIMB"]
ZIMSTAT = ["Zimbabwe National Statistics Agency", "ZimStat", "ZIMSTAT", "National Statistics Agency"]
ZAMSTATS = ["Zambia Statistics Agency", "ZamStats", "Statistics Agency"]
NBSNG = ["National Bureau of Statistics", "NBS"]
NGEPC = ["Nigerian Export Promotion Council", "NEPC", "Export Promotion Council"]
BOG = ["Bank of Ghana", "BoG"]
PBS = ["Pakistan Bureau of Statistics", "PBS"]
APTMA = PBS + ["All Pakistan Textile Mills Association", "APTMA"]
SBP = ["State Bank of Pakistan", "State Bank", "SBP", "central bank"]
EPB = ["Export Promotion Bureau", "EPB"]
BB = ["Bangladesh Bank", "central bank", "BB"]
SLEDB = ["Export Development Board", "EDB", "Sri Lanka Export Development Board"]
SLTB = ["Sri Lanka Tea Board", "Tea Board", "Forbes & Walker", "Forbes and Walker", "Forbes & Walker Tea Brokers"]
CBSL = ["Central Bank of Sri Lanka", "CBSL", "central bank"]
NPDOC = ["Department of Customs", "customs department", "Customs Department"]

# Periods.
FEB = M(2036, 2)                             # "February", "in February" (Pakistan, Bangladesh, Türkiye, Sri Lanka)
JAN = M(2036, 1)                             # "January", "January 2036", "in the month" after a January figure
JAN35 = M(2035, 1)                           # "January 2035", "a year earlier" after a January figure (bases)
DEC = M(2035, 12)                            # "December", "December 2035" (Saudi Arabia, Egypt; Zambia's base)
Y35 = Y(2035)                                # "2035", "in 2035", "last year", "For 2035 as a whole"
Y34 = Y(2034)                                # "2034", "from ... in 2034" (bases)
Q3 = Q(2035, 3)                              # Kuwait's "the third quarter of 2035"
Q4 = Q(2035, 4)                              # Nigeria's "the fourth quarter of 2035"
JF = YTD(2036, 2)                            # "January-February 2036", "the first two months (of 2036, of the year)"
JF35 = YTD(2035, 2)                          # "a year earlier" after them (a base)
FYJF = PR("2035-07-01", "2036-02-29")        # July-February of FY2035-36 (Pakistan, Bangladesh); 2036 is a leap year
FYJAN = PR("2035-07-01", "2036-01-31")       # July-January of FY2035-36 (Bangladesh Bank; Uganda's first seven months)
FYH1 = PR("2035-07-01", "2035-12-31")        # Egypt's first half of FY2035/36 (July-December)
FYH1_34 = PR("2034-07-01", "2034-12-31")     # "a year earlier" after it (a base)
TZ12 = PR("2035-02-01", "2036-01-31")        # Tanzania's "the year ending January 2036"
NPFY7 = MIDMONTHS(2035, 7, 2036, 2)          # Nepal's first seven months, "mid-July to mid-February"
OLIVE4 = PR("2035-11-01", "2036-02-29")      # Tunisia's 2035/36 olive oil season so far, "(November-February)"
KZMY6 = PR("2035-09-01", "2036-02-29")       # Kazakhstan's grain year so far, "between September 2035 and February 2036"
EITHER = ["export", "import"]

POS = [
    # ================================================================ The Gulf
    # P01 The UAE's non-oil trade in 2035 (The National, WAM): "a record Dh3.6 trillion ($980
    # billion)" (one total record accepting either, RECORD or about, plus an optional twin),
    # non-oil exports (c non-oil), re-exports (c DC), the source a ruler, a target (none).
    ("The UAE's non-oil foreign trade reached a record Dh3.6 trillion ($980 billion) in 2035, up 14.8 per cent "
     "from 2034, Sheikh Mohammed bin Rashid Al Maktoum, Vice President and Ruler of Dubai, said on Monday. Non-oil "
     "exports rose 22.6 per cent to Dh812 billion, while re-exports climbed 9.4 per cent to Dh1.03 trillion. The "
     "figures put the country well on course for its target of Dh4 trillion by 2031.",
     [R(f="total", r=UAE, c=NONOIL, v=[3.6e12, 980e9], cur=["AED", "USD"], vq=RECORD + ABOUT, d="up", pct=14.8,
        b=DC, src=SHMO, **Y35),
      OPT(f="total", r=UAE, c=NONOIL, v=980e9, cur="USD", **Y35),
      R(f="export", r=UAE, c=NONOIL, v=812e9, cur="AED", d="up", pct=22.6, b=DC, src=SHMO, **Y35),
      R(f="export", r=UAE, c=DC, v=1.03e12, cur="AED", d="up", pct=9.4, b=DC, src=SHMO, **Y35)]),

    # P02 The UAE's partners (Gulf News): non-oil trade with China, then "followed by India at
    # ..., up ..., and Saudi Arabia at" (elided, total, c non-oil or null), Türkiye as a percent
    # only (v null), a CEPA date (no period), Dubai's GDP (none).
    ("China remained the UAE's largest trading partner last year, with non-oil trade of Dh398 billion, followed by "
     "India at Dh268 billion, up 18.2 per cent, and Saudi Arabia at Dh172 billion, according to the Ministry of "
     "Economy. Trade with Türkiye, with which the UAE has had a comprehensive economic partnership agreement since "
     "2023, jumped 21 per cent. Dubai's economy grew 3.4 per cent in the first nine months of 2035.",
     [R(f="total", r=UAE, p=CN, c=NONOIL, v=398e9, cur="AED", src=UAEMOE, **Y35),
      R(f="total", r=UAE, p=IN, c=NONOIL + [None], v=268e9, cur="AED", d="up", pct=18.2, b=DC, src=UAEMOE, **Y35),
      R(f="total", r=UAE, p=SA, c=NONOIL + [None], v=172e9, cur="AED", src=UAEMOE, **Y35),
      R(f="total", r=UAE, p=TR, c=DC, d="up", pct=21, b=DC, src=UAEMOE, **Y35)]),

    # P03 Abu Dhabi (WAM, SCAD): the emirate as reporter, a gapped list "Non-oil exports reached
    # ..., re-exports ... and imports ...", a ranking without an amount (none).
    ("Abu Dhabi's non-oil foreign trade rose 9.1% to AED 372.4 billion in 2035, the Statistics Centre – Abu Dhabi "
     "(SCAD) said. Non-oil exports reached AED 128.7 billion, re-exports AED 97.2 billion and imports AED 146.5 "
     "billion. Saudi Arabia was the emirate's largest non-oil trading partner.",
     [R(f="total", r=AD, c=NONOIL, v=372.4e9, cur="AED", d="up", pct=9.1, b=DC, src=SCAD, **Y35),
      R(f="export", r=AD, c=NONOIL, v=128.7e9, cur="AED", src=SCAD, **Y35),
      R(f="export", r=AD, c=DC, v=97.2e9, cur="AED", src=SCAD, **Y35),
      R(f="import", r=AD, c=DC, v=146.5e9, cur="AED", src=SCAD, **Y35)]),

    # P04 Saudi Arabia's December (Argaam, GASTAT): non-oil exports "including re-exports"
    # (yoy), "Re-exports alone", merchandise exports (c DC) "as oil exports dropped" (c oil), a
    # share (none).
    ("Saudi Arabia's non-oil exports, including re-exports, rose 11.4% year-on-year to SAR 28.6 billion in "
     "December, the General Authority for Statistics (GASTAT) said. Re-exports alone jumped 38.2% to SAR 11.3 "
     "billion, driven by machinery and electrical equipment. Merchandise exports fell 6.1% to SAR 94.2 billion as "
     "oil exports dropped 10.8% to SAR 65.6 billion, cutting the share of oil in total exports to 69.6%.",
     [R(f="export", r=SA, c=NONOILRE, v=28.6e9, cur="SAR", d="up", pct=11.4, b="yoy", src=GASTAT, **DEC),
      R(f="export", r=SA, c=DC, v=11.3e9, cur="SAR", d="up", pct=38.2, b=DC, src=GASTAT, **DEC),
      R(f="export", r=SA, c=DC, v=94.2e9, cur="SAR", d="down", pct=6.1, b=DC, src=GASTAT, **DEC),
      R(f="export", r=SA, c=OIL, v=65.6e9, cur="SAR", d="down", pct=10.8, b=DC, src=GASTAT, **DEC)]),

    # P05 Saudi Arabia's 2035 (Arab News): the surplus "narrowed to ... from ... in 2034" (a
    # surplus that narrows: d down, base optional), imports, non-oil exports "to a record",
    # China "taking goods worth" (either way) of "the Kingdom".
    ("For 2035 as a whole, Saudi Arabia's merchandise trade surplus narrowed to SAR 318.4 billion from SAR 402.7 "
     "billion in 2034, GASTAT data showed. Imports rose 5.2% to SAR 812.6 billion, while non-oil exports climbed "
     "8.9% to a record SAR 331.5 billion. China remained the Kingdom's top export destination, taking goods worth "
     "SAR 172.3 billion.",
     [R(f="balance", r=SA, c=DC, v=318.4e9, cur="SAR", bal="surplus", d="down", pct=DC, by=DC, byc=DC, b=DC,
        src=GASTAT, **Y35),
      OPT(f="balance", r=SA, c=DC, v=402.7e9, cur="SAR", bal="surplus", **Y34),
      R(f="import", r=SA, c=DC, v=812.6e9, cur="SAR", d="up", pct=5.2, b=DC, src=GASTAT, **Y35),
      R(f="export", r=SA, c=NONOIL, v=331.5e9, cur="SAR", vq=RECORD, d="up", pct=8.9, b=DC, src=GASTAT, **Y35),
      R(f=EITHER, r=SA + [CN], p=SA + [CN], c=DC, v=172.3e9, cur="SAR", src=GASTAT, **Y35)]),

    # P06 Qatar's January (The Peninsula, NPC): "QR18.7bn" (QAR), the surplus "a decrease of
    # 9.6 percent compared with January 2035" (d down, b DC), exports "including ... re-exports"
    # (c DC), imports, petroleum gases.
    ("Qatar's merchandise trade balance recorded a surplus of QR18.7bn in January 2036, a decrease of 9.6 percent "
     "compared with January 2035, the National Planning Council said. Total exports of goods, including exports of "
     "domestic products and re-exports, amounted to QR27.4bn, while imports of goods stood at QR8.7bn. Exports of "
     "petroleum gases fell 11.2 percent to QR16.3bn.",
     [R(f="balance", r=QA, c=DC, v=18.7e9, cur="QAR", bal="surplus", d="down", pct=9.6, b=DC, src=NPC, **JAN),
      R(f="export", r=QA, c=DC, v=27.4e9, cur="QAR", src=NPC, **JAN),
      R(f="import", r=QA, c=DC, v=8.7e9, cur="QAR", src=NPC, **JAN),
      R(f="export", r=QA, c=PETGAS, v=16.3e9, cur="QAR", d="down", pct=11.2, b=DC, src=NPC, **JAN)]),

    # P07 Qatar's partners (QNA): buyers and a supplier as subjects with amounts (either way),
    # shares (none); the month is inherited from "in January".
    ("China was Qatar's top export destination in January, taking goods worth QR4.6bn, or 16.8 percent of the "
     "total, followed by India at QR3.5bn and South Korea at QR3.0bn, the National Planning Council said. The "
     "United States was the main source of Qatar's imports at QR1.1bn, or 12.6 percent of the total.",
     [R(f=EITHER, r=[QA, CN], p=[QA, CN], c=DC, v=4.6e9, cur="QAR", src=NPC, **JAN),
      R(f=EITHER, r=[QA, IN], p=[QA, IN], c=DC, v=3.5e9, cur="QAR", src=NPC, **JAN),
      R(f=EITHER, r=[QA] + KR, p=[QA] + KR, c=DC, v=3.0e9, cur="QAR", src=NPC, **JAN),
      R(f=EITHER, r=[QA] + US, p=[QA] + US, c=DC, v=1.1e9, cur="QAR", src=NPC, **JAN)]),

    # P08 Oman's 2035 (Oman Observer, NCSI): "RO" (OMR), merchandise exports with their parts
    # (c DC), oil and gas, non-oil, re-exports, imports and the surplus "of the sultanate".
    ("Oman's merchandise exports fell 4.3 per cent to RO 23.62 billion in 2035, according to the National Centre "
     "for Statistics and Information (NCSI), as oil and gas exports declined 9.7 per cent to RO 14.81 billion. "
     "Non-oil exports rose 6.2 per cent to RO 6.94 billion and re-exports reached RO 1.87 billion. With "
     "merchandise imports of RO 16.05 billion, the sultanate's trade surplus stood at RO 7.57 billion.",
     [R(f="export", r=OM, c=DC, v=23.62e9, cur="OMR", d="down", pct=4.3, b=DC, src=NCSI, **Y35),
      R(f="export", r=OM, c=OILGAS, v=14.81e9, cur="OMR", d="down", pct=9.7, b=DC, src=NCSI, **Y35),
      R(f="export", r=OM, c=NONOIL, v=6.94e9, cur="OMR", d="up", pct=6.2, b=DC, src=NCSI, **Y35),
      R(f="export", r=OM, c=DC, v=1.87e9, cur="OMR", src=NCSI, **Y35),
      R(f="import", r=OM, c=DC, v=16.05e9, cur="OMR", src=NCSI, **Y35),
      R(f="balance", r=OM, c=DC, v=7.57e9, cur="OMR", bal="surplus", src=NCSI, **Y35)]),

    # P09 Oman's non-oil markets (Times of Oman): non-oil exports to Saudi Arabia, "making the
    # kingdom the sultanate's largest non-oil market" (a ranking), "followed by the UAE at ...
    # and India at" (elided: c non-oil or null).
    ("Oman's non-oil exports to Saudi Arabia rose 12.4 per cent to RO 612.3 million in 2035, making the kingdom the "
     "sultanate's largest non-oil market, NCSI data showed, followed by the UAE at RO 548.6 million and India at "
     "RO 402.1 million.",
     [R(f="export", r=OM, p=SA, c=NONOIL, v=612.3e6, cur="OMR", d="up", pct=12.4, b=DC, src=NCSI, **Y35),
      R(f="export", r=OM, p=UAE, c=NONOIL + [None], v=548.6e6, cur="OMR", src=NCSI, **Y35),
      R(f="export", r=OM, p=IN, c=NONOIL + [None], v=402.1e6, cur="OMR", src=NCSI, **Y35)]),

    # P10 Kuwait's third quarter (KUNA, CSB): "KD" (KWD), non-oil exports, plain imports "edged
    # down" (c null, cq DC), a supplier as subject "at" and "followed by ... at" (either way).
    ("Kuwait's non-oil exports rose 7.8 percent to KD 412.6 million in the third quarter of 2035, the Central "
     "Statistical Bureau (CSB) said on Monday, while imports edged down 1.4 percent to KD 2.86 billion. China was "
     "the largest source of imports at KD 612.3 million, followed by the United Arab Emirates at KD 284.1 million.",
     [R(f="export", r=KW, c=NONOIL, v=412.6e6, cur="KWD", d="up", pct=7.8, b=DC, src=CSBKW, **Q3),
      R(f="import", r=KW, v=2.86e9, cur="KWD", d="down", pct=1.4, cq=DC, b=DC, src=CSBKW, **Q3),
      R(f=EITHER, r=[KW, CN], p=[KW, CN], c=DC, v=612.3e6, cur="KWD", src=CSBKW, **Q3),
      R(f=EITHER, r=[KW] + UAE, p=[KW] + UAE, c=DC, v=284.1e6, cur="KWD", src=CSBKW, **Q3)]),

    # P11 Bahrain's January (BNA, iGA): "BD" (BHD), non-oil exports of national origin
    # "decreased by 6% ... compared with BD332 million in January 2035" (base optional),
    # re-exports, imports, the non-oil balance.
    ("The value of Bahrain's non-oil exports of national origin decreased by 6% to BD312 million in January 2036, "
     "compared with BD332 million in January 2035, the Information & eGovernment Authority (iGA) said. Re-exports "
     "increased by 14% to BD68 million, while imports fell by 3% to BD498 million. The non-oil trade balance thus "
     "recorded a deficit of BD118 million.",
     [R(f="export", r=BH, c=NONOILNAT, v=312e6, cur="BHD", d="down", pct=6, b=DC, src=IGA, **JAN),
      OPT(f="export", r=BH, c=NONOILNAT, v=332e6, cur="BHD", **JAN35),
      R(f="export", r=BH, c=DC, v=68e6, cur="BHD", d="up", pct=14, b=DC, src=IGA, **JAN),
      R(f="import", r=BH, c=DC, v=498e6, cur="BHD", d="down", pct=3, b=DC, src=IGA, **JAN),
      R(f="balance", r=BH, c=NONOIL, v=118e6, cur="BHD", bal="deficit", src=IGA, **JAN)]),

    # P12 Saudi steel (Argaam): iron and steel imports, the Kingdom's 15% duty in force (TAR,
    # reporter Saudi Arabia) "from the GCC's common 5% rate" (the old rate optional), imports
    # from China with an appositive.
    ("Saudi Arabia's imports of iron and steel products fell 12.4% to SAR 14.2 billion in 2035, GASTAT data showed, "
     "in the first full year after the Kingdom raised its customs duty on many steel items to 15% from the GCC's "
     "common 5% rate. Imports from China, the biggest supplier, dropped 18.6% to SAR 6.1 billion.",
     [R(f="import", r=SA, c=STEELX, v=14.2e9, cur="SAR", d="down", pct=12.4, b=DC, src=GASTAT, **Y35),
      TAR(r=SA, p=None, c=DC, rate=15),
      TAR(r=SA, p=None, c=DC, rate=5, opt=True),
      R(f="import", r=SA, p=CN, c=DC, v=6.1e9, cur="SAR", d="down", pct=18.6, b=DC, src=GASTAT, **Y35)]),

    # ================================================================ Türkiye, Central Asia, the Caucasus
    # P13 Türkiye's February (Daily Sabah): the minister's preliminary figures (yoy), "earlier
    # this month" (no period), the deficit "narrowed by 22.8% to" (d DC), the first two months.
    ("Türkiye's exports rose 6.4% year-on-year to $22.8 billion in February, Trade Minister Ömer Bolat announced "
     "earlier this month, while imports fell 2.1% to $29.6 billion. The foreign trade deficit thus narrowed by "
     "22.8% to $6.8 billion. In the first two months of the year, exports reached $43.9 billion.",
     [R(f="export", r=TR, v=22.8e9, cur="USD", d="up", pct=6.4, b="yoy", src=BOLAT, **FEB),
      R(f="import", r=TR, v=29.6e9, cur="USD", d="down", pct=2.1, b=DC, src=BOLAT, **FEB),
      R(f="balance", r=TR, v=6.8e9, cur="USD", bal="deficit", d=DC, pct=22.8, b=DC, src=BOLAT, **FEB),
      R(f="export", r=TR, v=43.9e9, cur="USD", src=BOLAT, **JF)]),

    # P14 Türkiye's sectors and markets (Hürriyet Daily News, TİM): automotive with an
    # appositive, garments, markets "at ..., followed by ... at ... and ... at" (either way),
    # the 15% US tariff in force since August 2025 (TAR).
    ("Türkiye's automotive exports, the country's largest export sector, rose 9.2% to $3.4 billion in February, "
     "according to the Turkish Exporters Assembly (TİM), while ready-made garment exports dropped 7.8% to $1.4 "
     "billion. Germany remained the top export market at $1.8 billion, followed by the United Kingdom at $1.2 "
     "billion and the United States at $1.1 billion. Most Turkish goods have faced a 15% U.S. tariff since August "
     "2025.",
     [R(f="export", r=TR, c=AUTO, v=3.4e9, cur="USD", d="up", pct=9.2, b=DC, src=TIM, **FEB),
      R(f="export", r=TR, c=GARMENTS, v=1.4e9, cur="USD", d="down", pct=7.8, b=DC, src=TIM, **FEB),
      R(f=EITHER, r=TR + [DE], p=TR + [DE], c=DC, v=1.8e9, cur="USD", src=TIM, **FEB),
      R(f=EITHER, r=TR + UK, p=TR + UK, c=DC, v=1.2e9, cur="USD", src=TIM, **FEB),
      R(f=EITHER, r=TR + US, p=TR + US, c=DC, v=1.1e9, cur="USD", src=TIM, **FEB),
      TAR(r=US, p=TR + [None], c=DC, rate=15)]),

    # P15 Chinese cars in Türkiye (Daily Sabah, TurkStat): electric cars from China, the
    # additional 40% duty in force since July 2024 (TAR, reporter Türkiye), car imports, a
    # carmaker's domestic sales (none).
    ("Türkiye's imports of electric cars from China plunged 61.2% to $942.6 million in 2035, Turkish Statistical "
     "Institute (TurkStat) data showed, as an additional 40% duty on Chinese-made vehicles, in force since July "
     "2024, pushed buyers toward domestic brand Togg. Total passenger car imports fell 8.4% to $17.6 billion. Togg "
     "said it sold 48,300 cars at home last year.",
     [R(f="import", r=TR, p=CN, c=EV, v=942.6e6, cur="USD", d="down", pct=61.2, b=DC, src=TURKSTAT, **Y35),
      TAR(r=TR, p=[CN, None], c=DC, rate=40),
      R(f="import", r=TR, c=CARS, v=17.6e9, cur="USD", d="down", pct=8.4, b=DC, src=TURKSTAT, **Y35)]),

    # P16 Kazakhstan's 2035 (The Astana Times): foreign trade turnover (total, c null), plain
    # exports with a reason (c null), imports, the surplus "narrowing ... to" (d down), Italy
    # as a percent only with an appositive (v null), turnover with China (total) in a ranking.
    ("Kazakhstan's foreign trade turnover reached $139.8 billion in 2035, up 3.1% from 2034, the Bureau of National "
     "Statistics said. Exports fell 1.8% to $79.6 billion as lower oil prices cut crude earnings, while imports "
     "rose 10.4% to $60.2 billion, narrowing the trade surplus to $19.4 billion. Shipments to Italy, the biggest "
     "buyer of Kazakh crude, dropped 12.6%, while China overtook Russia as the country's largest trading partner "
     "with turnover of $30.4 billion.",
     [R(f="total", r=KZ, v=139.8e9, cur="USD", d="up", pct=3.1, b=DC, src=BNSKZ, **Y35),
      R(f="export", r=KZ, v=79.6e9, cur="USD", d="down", pct=1.8, b=DC, src=BNSKZ, **Y35),
      R(f="import", r=KZ, v=60.2e9, cur="USD", d="up", pct=10.4, b=DC, src=BNSKZ, **Y35),
      R(f="balance", r=KZ, v=19.4e9, cur="USD", bal="surplus", d="down", pct=DC, by=DC, byc=DC, b=DC, src=BNSKZ,
        **Y35),
      R(f="export", r=KZ, p=IT, c=DC, d="down", pct=12.6, b=DC, src=BNSKZ, **Y35),
      R(f="total", r=KZ, p=CN, c=DC, v=30.4e9, cur="USD", src=BNSKZ, **Y35)]),

    # P17 Kazakh grain (Kazinform): the marketing year so far "between September 2035 and
    # February 2036", grain and flour, buyers without amounts (none), China "more than doubled
    # to" (d up, pct and cq DC).
    ("Kazakhstan exported 6.42 million tonnes of grain and 1.38 million tonnes of flour between September 2035 and "
     "February 2036, the first six months of the 2035/36 marketing year, the Ministry of Agriculture said, with "
     "Uzbekistan, Tajikistan and Afghanistan the main buyers. Grain shipments to China more than doubled to 1.12 "
     "million tonnes.",
     [R(f="export", r=KZ, c=GRAIN, vol=6.42e6, u=TON, src=KZMOA, **KZMY6),
      R(f="export", r=KZ, c=FLOUR, vol=1.38e6, u=TON, src=KZMOA, **KZMY6),
      R(f="export", r=KZ, p=CN, c=GRAIN, vol=1.12e6, u=TON, d="up", pct=DC, cq=DC, by=DC, byc=DC, b=DC, src=KZMOA,
        **KZMY6)]),

    # P18 Azerbaijan's first two months (Trend): turnover (total), exports "of which oil and gas
    # accounted for" (a part; the whole c DC), imports, "a positive balance" (a surplus),
    # non-oil and gas exports.
    ("Azerbaijan's foreign trade turnover amounted to $7.12 billion in January-February 2036, the State Customs "
     "Committee said. Exports totalled $4.38 billion, of which oil and gas accounted for $3.86 billion, while "
     "imports reached $2.74 billion, leaving a positive balance of $1.64 billion. Non-oil and gas exports rose "
     "9.4% to $521.6 million.",
     [R(f="total", r=AZ, c=DC, v=7.12e9, cur="USD", src=SCCAZ, **JF),
      R(f="export", r=AZ, c=DC, v=4.38e9, cur="USD", src=SCCAZ, **JF),
      R(f="export", r=AZ, c=OILGAS, v=3.86e9, cur="USD", src=SCCAZ, **JF),
      R(f="import", r=AZ, c=DC, v=2.74e9, cur="USD", src=SCCAZ, **JF),
      R(f="balance", r=AZ, c=DC, v=1.64e9, cur="USD", bal="surplus", src=SCCAZ, **JF),
      R(f="export", r=AZ, c=NONOILGAS, v=521.6e6, cur="USD", d="up", pct=9.4, b=DC, src=SCCAZ, **JF)]),

    # P19 Uzbekistan's first two months (Kun.uz): exports "with gold accounting for" (a part),
    # textiles "mostly cotton yarn and fabrics" (an appositive), imports, a gold output
    # forecast (none).
    ("Uzbekistan's exports rose 21.6% to $4.87 billion in January-February 2036, the Statistics Agency under the "
     "President said, with gold accounting for $2.14 billion. Textile exports, mostly cotton yarn and fabrics, fell "
     "5.3% to $412.7 million, while imports grew 8.2% to $6.35 billion. The government expects gold output to reach "
     "130 tonnes this year.",
     [R(f="export", r=UZ, c=DC, v=4.87e9, cur="USD", d="up", pct=21.6, b=DC, src=UZSTAT, **JF),
      R(f="export", r=UZ, c=GOLD, v=2.14e9, cur="USD", src=UZSTAT, **JF),
      R(f="export", r=UZ, c=TEXTUZ, v=412.7e6, cur="USD", d="down", pct=5.3, b=DC, src=UZSTAT, **JF),
      R(f="import", r=UZ, c=DC, v=6.35e9, cur="USD", d="up", pct=8.2, b=DC, src=UZSTAT, **JF)]),

    # ================================================================ Egypt and North Africa
    # P20 Egypt's non-oil exports (Daily News Egypt): "to a record" (RECORD), garments with a
    # reason naming an arrangement (no tariff rate: none), agricultural exports "led by citrus"
    # (c agricultural), a target (none).
    ("Egypt's non-oil exports rose 17.4% to a record $48.6 billion in 2035, Minister of Investment and Foreign "
     "Trade Hassan El-Khatib said on Sunday. Ready-made garment exports climbed 21.3% to $3.9 billion, helped by "
     "duty-free access to the US market through the Qualifying Industrial Zones, while agricultural exports reached "
     "$11.2 billion, led by citrus. The minister said the government aims to raise non-oil exports to $145 billion "
     "by 2030.",
     [R(f="export", r=EG, c=NONOIL, v=48.6e9, cur="USD", vq=RECORD, d="up", pct=17.4, b=DC, src=EGMIN, **Y35),
      R(f="export", r=EG, c=GARMENTS, v=3.9e9, cur="USD", d="up", pct=21.3, b=DC, src=EGMIN, **Y35),
      R(f="export", r=EG, c=AGRI, v=11.2e9, cur="USD", src=EGMIN, **Y35)]),

    # P21 Egypt's December (Ahram Online, CAPMAS): the deficit "narrowed 19.9% year-on-year"
    # (d DC, yoy), exports and imports "as ... rose ... and ... fell" (c DC: parts follow),
    # petroleum products and wheat imports.
    ("Egypt's trade deficit narrowed 19.9% year-on-year to $3.41 billion in December 2035, the Central Agency for "
     "Public Mobilisation and Statistics (CAPMAS) said, as exports rose 18.3% to $4.27 billion and imports fell "
     "2.4% to $7.68 billion. Imports of petroleum products fell 14.1% to $1.12 billion, while wheat imports rose "
     "9.6% to $312.4 million.",
     [R(f="balance", r=EG, c=DC, v=3.41e9, cur="USD", bal="deficit", d=DC, pct=19.9, b="yoy", src=CAPMAS, **DEC),
      R(f="export", r=EG, c=DC, v=4.27e9, cur="USD", d="up", pct=18.3, b=DC, src=CAPMAS, **DEC),
      R(f="import", r=EG, c=DC, v=7.68e9, cur="USD", d="down", pct=2.4, b=DC, src=CAPMAS, **DEC),
      R(f="import", r=EG, c=PETPROD, v=1.12e9, cur="USD", d="down", pct=14.1, b=DC, src=CAPMAS, **DEC),
      R(f="import", r=EG, c=WHEAT, v=312.4e6, cur="USD", d="up", pct=9.6, b=DC, src=CAPMAS, **DEC)]),

    # P22 Egypt's fiscal half (Daily News Egypt, CBE): the first half of fiscal year 2035/36
    # "(July-December)", non-petroleum exports, the non-oil deficit "narrowed to ... from ... a
    # year earlier" (d DC, yoy, base optional), Suez Canal revenue and remittances (none).
    ("Egypt's non-petroleum exports rose 19.6% to $20.4 billion in the first half of fiscal year 2035/36 "
     "(July-December), the Central Bank of Egypt said in its balance of payments report, while the non-oil trade "
     "deficit narrowed to $16.8 billion from $19.2 billion a year earlier. Suez Canal revenue recovered 28.4% to "
     "$3.2 billion, and remittances from Egyptians abroad rose to a record $19.8 billion.",
     [R(f="export", r=EG, c=NONPET, v=20.4e9, cur="USD", d="up", pct=19.6, b=DC, src=CBE, **FYH1),
      R(f="balance", r=EG, c=NONOIL, v=16.8e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b="yoy",
        src=CBE, **FYH1),
      OPT(f="balance", r=EG, c=NONOIL, v=19.2e9, cur="USD", bal="deficit", **FYH1_34)]),

    # P23 Morocco at the end of January (Morocco World News, Office des Changes): "MAD", the
    # deficit "widened 7.2%" (d DC), goods flows, a coverage rate (none), automotive "the
    # kingdom's top export sector" and phosphates and derivatives.
    ("Morocco's trade deficit widened 7.2% to MAD 25.4 billion at the end of January 2036, according to the "
     "Foreign Exchange Office (Office des Changes). Imports of goods rose 5.3% to MAD 64.8 billion, while exports "
     "grew 4.1% to MAD 39.4 billion, putting the coverage rate at 60.8%. Automotive exports, the kingdom's top "
     "export sector, rose 6.8% to MAD 14.1 billion, while sales of phosphates and derivatives fell 3.2% to MAD 6.9 "
     "billion.",
     [R(f="balance", r=MA, c=DC, v=25.4e9, cur="MAD", bal="deficit", d=DC, pct=7.2, b=DC, src=OC, **JAN),
      R(f="import", r=MA, c=DC, v=64.8e9, cur="MAD", d="up", pct=5.3, b=DC, src=OC, **JAN),
      R(f="export", r=MA, c=DC, v=39.4e9, cur="MAD", d="up", pct=4.1, b=DC, src=OC, **JAN),
      R(f="export", r=MA, c=AUTO, v=14.1e9, cur="MAD", d="up", pct=6.8, b=DC, src=OC, **JAN),
      R(f="export", r=MA, c=PHOS, v=6.9e9, cur="MAD", d="down", pct=3.2, b=DC, src=OC, **JAN)]),

    # P24 Morocco and Spain (Hespress English): "exports to the country" and "imports from it"
    # (p Spain by reference back), France.
    ("Spain remained Morocco's largest trading partner in 2035, with Moroccan exports to the country rising 6.3% to "
     "MAD 112.4 billion and imports from it reaching MAD 131.8 billion, according to the Foreign Exchange Office. "
     "Exports to France fell 2.1% to MAD 74.6 billion.",
     [R(f="export", r=MA, p=ES, c=DC, v=112.4e9, cur="MAD", d="up", pct=6.3, b=DC, src=OC, **Y35),
      R(f="import", r=MA, p=ES, c=DC, v=131.8e9, cur="MAD", src=OC, **Y35),
      R(f="export", r=MA, p=FR, c=DC, v=74.6e9, cur="MAD", d="down", pct=2.1, b=DC, src=OC, **Y35)]),

    # P25 Tunisia's first two months (TAP, INS): "million dinars" (TND) with thousands
    # separators, the deficit "widened to ... from ... a year earlier" (d DC, yoy, base
    # optional), flows, coverage rates (none), the energy deficit "narrowed to" (c energy).
    ("Tunisia's trade deficit widened to 3,412.6 million dinars in the first two months of 2036 from 2,795.1 million "
     "dinars a year earlier, the National Institute of Statistics (INS) said. Exports fell 2.8% to 10,284.3 million "
     "dinars, while imports rose 2.4% to 13,696.9 million dinars, lowering the coverage rate to 75.1% from 79.1%. "
     "The energy deficit narrowed to 1,486.2 million dinars.",
     [R(f="balance", r=TN, c=DC, v=3412.6e6, cur="TND", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b="yoy", src=INS,
        **JF),
      OPT(f="balance", r=TN, c=DC, v=2795.1e6, cur="TND", bal="deficit", **JF35),
      R(f="export", r=TN, c=DC, v=10284.3e6, cur="TND", d="down", pct=2.8, b=DC, src=INS, **JF),
      R(f="import", r=TN, c=DC, v=13696.9e6, cur="TND", d="up", pct=2.4, b=DC, src=INS, **JF),
      R(f="balance", r=TN, c=ENERGY, v=1486.2e6, cur="TND", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC,
        src=INS, **JF)]),

    # P26 Tunisian olive oil (TAP, ONAGRI): the season so far "(November-February)", a volume
    # up (yoy) and "Revenue, however, fell" to dinars with a dollar equivalent (two records; the
    # value accepting either, plus a twin), the 25% US tariff (TAR), the US "bought" (either).
    ("Tunisia exported 112,600 tonnes of olive oil in the first four months of the 2035/36 season "
     "(November-February), up 14.2% from a year earlier, the National Observatory of Agriculture (ONAGRI) said. "
     "Revenue, however, fell 18.7% to 1,382.4 million dinars (about $452 million) as world prices dropped. The "
     "United States, where Tunisian goods face a 25% tariff, bought 18,400 tonnes.",
     [R(f="export", r=TN, c=OLIVE, vol=112.6e3, u=TON, v=DC, cur=DC, d="up", pct=14.2, b="yoy", src=ONAGRI,
        **OLIVE4),
      R(f="export", r=TN, c=OLIVE, v=[1382.4e6, 452e6], cur=["TND", "USD"], vq=[None] + ABOUT, vol=DC, u=DC,
        d="down", pct=18.7, b=DC, src=ONAGRI, **OLIVE4),
      OPT(f="export", r=TN, c=OLIVE, v=452e6, cur="USD", vol=DC, u=DC, **OLIVE4),
      TAR(r=US, p=[TN, None], c=DC, rate=25),
      R(f=EITHER, r=[TN] + US, p=[TN] + US, c=DC, vol=18.4e3, u=TON, src=ONAGRI, **OLIVE4)]),

    # ================================================================ East and southern Africa
    # P27 Kenyan tea (Business Daily, KNBS): earnings "6.2 percent less than a year earlier"
    # and the volume "dropped to" (two records, the other measure DC), buyers "taking" and
    # "followed by ... with" (either way), an auction price (none).
    ("Kenya earned KSh 18.4 billion from tea exports in January, 6.2 percent less than a year earlier, while the "
     "volume shipped dropped to 41.3 million kilos, data from the Kenya National Bureau of Statistics (KNBS) shows. "
     "Pakistan remained the largest buyer, taking 14.2 million kilos, followed by Egypt with 6.8 million kilos. "
     "Prices at the Mombasa auction averaged $2.41 per kilo.",
     [R(f="export", r=KE, c=TEA, v=18.4e9, cur="KES", vol=DC, u=DC, d="down", pct=6.2, b="yoy", src=KNBS, **JAN),
      R(f="export", r=KE, c=TEA, vol=41.3e6, u=KG, v=DC, cur=DC, d="down", pct=DC, by=DC, byc=DC, b=DC, src=KNBS,
        **JAN),
      R(f=EITHER, r=[KE, PK], p=[KE, PK], c=DC, vol=14.2e6, u=KG, src=KNBS, **JAN),
      R(f=EITHER, r=[KE, EG], p=[KE, EG], c=DC, vol=6.8e6, u=KG, src=KNBS, **JAN)]),

    # P28 Kenya's January (The Star): imports with a dollar equivalent (either, twin), exports,
    # the deficit "widening ... to" (d DC), petroleum products "rose to" (d up, pct DC), the
    # shilling (none).
    ("Kenya's imports rose 9.8 percent to KSh 231.6 billion ($1.79 billion) in January, KNBS data show, while "
     "exports fell 3.4 percent to KSh 88.2 billion, widening the trade deficit to KSh 143.4 billion. Imports of "
     "petroleum products, the largest single item, rose to KSh 48.7 billion. The shilling has held at around 129.3 "
     "to the dollar for more than two years.",
     [R(f="import", r=KE, c=DC, v=[231.6e9, 1.79e9], cur=["KES", "USD"], vq=[None] + ABOUT, d="up", pct=9.8, b=DC,
        src=KNBS, **JAN),
      OPT(f="import", r=KE, c=DC, v=1.79e9, cur="USD", **JAN),
      R(f="export", r=KE, c=DC, v=88.2e9, cur="KES", d="down", pct=3.4, b=DC, src=KNBS, **JAN),
      R(f="balance", r=KE, c=DC, v=143.4e9, cur="KES", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC, src=KNBS,
        **JAN),
      R(f="import", r=KE, c=PETPROD, v=48.7e9, cur="KES", d="up", pct=DC, by=DC, byc=DC, b=DC, src=KNBS, **JAN)]),

    # P29 Kenyan sugar (Business Daily, AFA): sugar imports in tonnes, the 100 percent EAC duty
    # "applied again" (TAR, reporter Kenya or the EAC, partner DC), Uganda "supplied" (either
    # way), "duty-free" (no rate: none).
    ("Kenya's sugar imports fell 37.2 percent to 212,400 tonnes in 2035, the Sugar Directorate of the Agriculture "
     "and Food Authority (AFA) said, after a duty-free import window closed and the 100 percent East African "
     "Community duty on sugar from outside the region applied again. Uganda supplied 96,800 tonnes, entering "
     "duty-free under EAC rules.",
     [R(f="import", r=KE, c=SUGAR, vol=212.4e3, u=TON, d="down", pct=37.2, b=DC, src=AFA, **Y35),
      TAR(r=[KE] + EAC, p=DC, c=DC, rate=100),
      R(f=EITHER, r=[KE, UG], p=[KE, UG], c=DC, vol=96.8e3, u=TON, src=AFA, **Y35)]),

    # P30 Kenyan apparel and the US (Business Daily): apparel to the US after AGOA lapsed, the
    # 10% US baseline tariff (TAR) "on top of regular duties" (no rate), total exports to the
    # US "slipped" (cq DC).
    ("Kenya's apparel exports to the United States fell 14.2 percent to KSh 38.6 billion in 2035, KNBS data show, "
     "after the African Growth and Opportunity Act lapsed in September 2025 and garments made in the country's "
     "export processing zones became subject to the 10 percent US baseline tariff on top of regular duties. Total "
     "exports to the US slipped 6.8 percent to KSh 91.4 billion.",
     [R(f="export", r=KE, p=US, c=APPAREL, v=38.6e9, cur="KES", d="down", pct=14.2, b=DC, src=KNBS, **Y35),
      TAR(r=US, p=[KE, None], c=DC, rate=10),
      R(f="export", r=KE, p=US, c=DC, v=91.4e9, cur="KES", d="down", pct=6.8, cq=DC, b=DC, src=KNBS, **Y35)]),

    # P31 Tanzania's year to January (The Citizen, BoT): "the year ending January 2036" (a
    # rolling twelve months), exports of goods and services (c DC) "boosted by gold and
    # tourism" (a reason), gold "alone", cashew nuts "earned", imports.
    ("Tanzania's exports of goods and services rose 14.6 percent to $17.84 billion in the year ending January 2036, "
     "the Bank of Tanzania said in its monthly economic review, boosted by gold and tourism. Gold exports alone "
     "climbed 29.3 percent to $4.92 billion, while cashew nut exports earned $612.4 million. Imports of goods and "
     "services increased 6.1 percent to $18.96 billion.",
     [R(f="export", r=TZ, c=DC, v=17.84e9, cur="USD", d="up", pct=14.6, b=DC, src=BOT, **TZ12),
      R(f="export", r=TZ, c=GOLD, v=4.92e9, cur="USD", d="up", pct=29.3, b=DC, src=BOT, **TZ12),
      R(f="export", r=TZ, c=CASHEW, v=612.4e6, cur="USD", src=BOT, **TZ12),
      R(f="import", r=TZ, c=DC, v=18.96e9, cur="USD", d="up", pct=6.1, b=DC, src=BOT, **TZ12)]),

    # P32 Tanzania and Kenya (The Citizen): exports to Kenya, "its northern neighbour" (a
    # ranking), "Imports from Kenya", "trade between the two neighbours" (total, p Kenya).
    ("Tanzania's exports to Kenya rose 23.4 percent to $612.8 million in 2035, Bank of Tanzania data show, making "
     "its northern neighbour its largest market in the East African Community. Imports from Kenya fell 4.2 percent "
     "to $398.3 million, bringing trade between the two neighbours to $1.01 billion.",
     [R(f="export", r=TZ, p=KE, c=DC, v=612.8e6, cur="USD", d="up", pct=23.4, b=DC, src=BOT, **Y35),
      R(f="import", r=TZ, p=KE, c=DC, v=398.3e6, cur="USD", d="down", pct=4.2, b=DC, src=BOT, **Y35),
      R(f="total", r=[TZ, KE], p=[TZ, KE], c=DC, v=1.01e9, cur="USD", src=BOT, **Y35)]),

    # P33 Ugandan coffee (New Vision): bags "worth" a value in one record (no change) "compared
    # with ... in January 2035" (d DC, the base optional), the first seven months of the
    # 2035/36 financial year (July-January), a share (none).
    ("Uganda exported 712,400 60-kilogramme bags of coffee worth $298.6 million in January, the Ministry of "
     "Agriculture, Animal Industry and Fisheries said, compared with 648,200 bags worth $241.3 million in January "
     "2035. In the first seven months of the 2035/36 financial year, coffee exports earned $1.86 billion. Italy "
     "remained the top destination with a 31 percent share.",
     [R(f="export", r=UG, c=COFFEE, vol=712.4e3, u=BAG, v=298.6e6, cur="USD", d=DC, pct=DC, by=DC, byc=DC, b=DC,
        src=UGMIN, **JAN),
      OPT(f="export", r=UG, c=COFFEE, vol=648.2e3, u=BAG, v=241.3e6, cur="USD", **JAN35),
      R(f="export", r=UG, c=COFFEE, v=1.86e9, cur="USD", src=UGMIN, **FYJAN)]),

    # P34 Uganda's January (Daily Monitor, BoU): the deficit "widened to ... from ... in
    # December" (d DC, the base optional), a reason, exports "month-on-month" (mom), imports
    # "rose to" (d up, pct DC).
    ("Uganda's merchandise trade deficit widened to $412.6 million in January from $287.3 million in December, "
     "according to the Bank of Uganda, as gold imports for refining and re-export jumped. Merchandise exports fell "
     "8.4 percent month-on-month to $796.2 million, while imports rose to $1.21 billion.",
     [R(f="balance", r=UG, c=DC, v=412.6e6, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC, src=BOU,
        **JAN),
      OPT(f="balance", r=UG, c=DC, v=287.3e6, cur="USD", bal="deficit", **DEC),
      R(f="export", r=UG, c=DC, v=796.2e6, cur="USD", d="down", pct=8.4, b="mom", src=BOU, **JAN),
      R(f="import", r=UG, c=DC, v=1.21e9, cur="USD", d="up", pct=DC, by=DC, byc=DC, b=DC, src=BOU, **JAN)]),

    # P35 Zimbabwean tobacco (The Herald, TIMB): kilogrammes "worth" a value (one record),
    # China "taking" (either way), gold deliveries to the refinery (none: no trade).
    ("Zimbabwe exported 312.4 million kilogrammes of tobacco worth US$1.42 billion in 2035, the Tobacco Industry "
     "and Marketing Board (TIMB) said, with China taking 128.6 million kg. Gold deliveries to Fidelity Gold "
     "Refinery rose to 41.3 tonnes, the Reserve Bank of Zimbabwe said separately.",
     [R(f="export", r=ZW, c=TOBACCO, vol=312.4e6, u=KG, v=1.42e9, cur="USD", src=TIMB, **Y35),
      R(f=EITHER, r=[ZW, CN], p=[ZW, CN], c=DC, vol=128.6e6, u=KG, src=TIMB, **Y35)]),

    # P36 Zimbabwe's January (The Herald, ZimStat): the deficit "narrowed to ... from ... a year
    # earlier" (d DC, yoy, the base optional), exports "driven by" goods (c DC), imports.
    ("Zimbabwe's trade deficit narrowed to US$96.4 million in January from US$182.7 million a year earlier, the "
     "Zimbabwe National Statistics Agency (ZimStat) said. Exports rose 12.1 percent to US$612.3 million, driven by "
     "gold and platinum group metals, while imports fell 2.8 percent to US$708.7 million.",
     [R(f="balance", r=ZW, c=DC, v=96.4e6, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b="yoy",
        src=ZIMSTAT, **JAN),
      OPT(f="balance", r=ZW, c=DC, v=182.7e6, cur="USD", bal="deficit", **JAN35),
      R(f="export", r=ZW, c=DC, v=612.3e6, cur="USD", d="up", pct=12.1, b=DC, src=ZIMSTAT, **JAN),
      R(f="import", r=ZW, c=DC, v=708.7e6, cur="USD", d="down", pct=2.8, b=DC, src=ZIMSTAT, **JAN)]),

    # P37 Zambia's January (Lusaka Times, ZamStats): "K" (ZMW), the surplus "down from ... in
    # December 2035" (d down, base optional), exports "with copper accounting for" (a part),
    # imports, Switzerland "taking ... worth of goods" and "followed by China with" (either).
    ("Zambia recorded a trade surplus of K7.8 billion in January 2036, down from K9.6 billion in December 2035, the "
     "Zambia Statistics Agency said. Exports fell 4.6 percent to K31.4 billion, with copper accounting for K23.9 "
     "billion, while imports rose 1.2 percent to K23.6 billion. Switzerland was the main export destination, "
     "taking K12.4 billion worth of goods, followed by China with K5.7 billion.",
     [R(f="balance", r=ZM, c=DC, v=7.8e9, cur="ZMW", bal="surplus", d="down", pct=DC, by=DC, byc=DC, b=DC,
        src=ZAMSTATS, **JAN),
      OPT(f="balance", r=ZM, c=DC, v=9.6e9, cur="ZMW", bal="surplus", **DEC),
      R(f="export", r=ZM, c=DC, v=31.4e9, cur="ZMW", d="down", pct=4.6, b=DC, src=ZAMSTATS, **JAN),
      R(f="export", r=ZM, c=COPPER, v=23.9e9, cur="ZMW", src=ZAMSTATS, **JAN),
      R(f="import", r=ZM, c=DC, v=23.6e9, cur="ZMW", d="up", pct=1.2, b=DC, src=ZAMSTATS, **JAN),
      R(f=EITHER, r=[ZM] + CH, p=[ZM] + CH, c=DC, v=12.4e9, cur="ZMW", src=ZAMSTATS, **JAN),
      R(f=EITHER, r=[ZM, CN], p=[ZM, CN], c=DC, v=5.7e9, cur="ZMW", src=ZAMSTATS, **JAN)]),

    # ================================================================ West Africa
    # P38 Nigeria's fourth quarter (BusinessDay, NBS): "N" (NGN) trillions, total merchandise
    # trade (total, c DC), exports "with crude oil accounting for" (a part), imports, the
    # surplus "widened to ..., the largest in more than a decade" (d up, HIGHEST).
    ("Nigeria's total merchandise trade rose 12.4% to N42.6 trillion in the fourth quarter of 2035, the National "
     "Bureau of Statistics (NBS) said. Exports climbed 16.8% to N25.1 trillion, with crude oil accounting for N13.9 "
     "trillion, while imports rose 6.7% to N17.5 trillion. The trade surplus widened to N7.6 trillion, the largest "
     "in more than a decade.",
     [R(f="total", r=NG, c=DC, v=42.6e12, cur="NGN", d="up", pct=12.4, b=DC, src=NBSNG, **Q4),
      R(f="export", r=NG, c=DC, v=25.1e12, cur="NGN", d="up", pct=16.8, b=DC, src=NBSNG, **Q4),
      R(f="export", r=NG, c=CRUDE, v=13.9e12, cur="NGN", src=NBSNG, **Q4),
      R(f="import", r=NG, c=DC, v=17.5e12, cur="NGN", d="up", pct=6.7, b=DC, src=NBSNG, **Q4),
      R(f="balance", r=NG, c=DC, v=7.6e12, cur="NGN", vq=HIGHEST, bal="surplus", d="up", pct=DC, by=DC, byc=DC,
        b=DC, src=NBSNG, **Q4)]),

    # P39 Nigeria's non-oil exports (Premium Times, NEPC): "led by cocoa beans, which earned ...,
    # and urea at" (parts with amounts), the naira's rate (none).
    ("Nigeria's non-oil exports rose 24.1% to $6.94 billion in 2035, the Nigerian Export Promotion Council (NEPC) "
     "said on Monday, led by cocoa beans, which earned $2.31 billion, and urea at $612.5 million. The naira, "
     "meanwhile, closed at N1,512 to the dollar on the official market.",
     [R(f="export", r=NG, c=NONOIL, v=6.94e9, cur="USD", d="up", pct=24.1, b=DC, src=NGEPC, **Y35),
      R(f="export", r=NG, c=COCOABEANS, v=2.31e9, cur="USD", src=NGEPC, **Y35),
      R(f="export", r=NG, c=UREA, v=612.5e6, cur="USD", src=NGEPC, **Y35)]),

    # P40 Nigerian car imports (Premium Times, NBS): motor vehicles, "a combined 70% import
    # duty and levy" on fully built cars (TAR, reporter Nigeria), "Vehicles from the United
    # States ... accounted for" (an import from the US).
    ("Nigeria's imports of motor vehicles rose 18.3% to N4.2 trillion in 2035, National Bureau of Statistics data "
     "showed, even though fully built cars attract a combined 70% import duty and levy. Vehicles from the United "
     "States, mostly used cars, accounted for N2.6 trillion.",
     [R(f="import", r=NG, c=VEH, v=4.2e12, cur="NGN", d="up", pct=18.3, b=DC, src=NBSNG, **Y35),
      TAR(r=NG, p=None, c=DC, rate=70),
      R(f="import", r=NG, p=US, c=DC, v=2.6e12, cur="NGN", src=NBSNG, **Y35)]),

    # P41 Ghana's 2035 (B&FT, BoG): a provisional surplus (vq DC) "rose to ... from ... in
    # 2034" (d up, base optional), gold receipts, cocoa "earned", crude oil "fell to" (d down),
    # "Total imports" (c DC).
    ("Ghana's trade surplus rose to US$9.84 billion in 2035 from US$6.12 billion in 2034, provisional Bank of Ghana "
     "data show, as gold export receipts surged 42.6% to US$16.8 billion on record prices. Cocoa exports earned "
     "US$3.12 billion, while crude oil exports fell to US$3.94 billion. Total imports were US$15.47 billion.",
     [R(f="balance", r=GH, c=DC, v=9.84e9, cur="USD", vq=DC, bal="surplus", d="up", pct=DC, by=DC, byc=DC, b=DC,
        src=BOG, **Y35),
      OPT(f="balance", r=GH, c=DC, v=6.12e9, cur="USD", bal="surplus", **Y34),
      R(f="export", r=GH, c=GOLD, v=16.8e9, cur="USD", vq=DC, d="up", pct=42.6, b=DC, src=BOG, **Y35),
      R(f="export", r=GH, c=COCOA, v=3.12e9, cur="USD", vq=DC, src=BOG, **Y35),
      R(f="export", r=GH, c=CRUDE, v=3.94e9, cur="USD", vq=DC, d="down", pct=DC, by=DC, byc=DC, b=DC, src=BOG,
        **Y35),
      R(f="import", r=GH, c=DC, v=15.47e9, cur="USD", vq=DC, src=BOG, **Y35)]),

    # ================================================================ Pakistan
    # P42 Pakistan's February (Dawn, PBS): the deficit "widened 13.4% year-on-year" (d DC,
    # yoy), plain exports and imports (c null), July-February of FY2035-36 "grew to" (d DC),
    # consumer inflation (none).
    ("Pakistan's trade deficit widened 13.4% year-on-year to $2.41 billion in February, data released by the "
     "Pakistan Bureau of Statistics (PBS) showed, as exports fell 3.8% to $2.52 billion and imports rose 3.9% to "
     "$4.93 billion. During July-February of FY2035-36, the deficit grew to $19.84 billion. Consumer inflation, "
     "also published by the PBS, eased to 4.1% in February.",
     [R(f="balance", r=PK, v=2.41e9, cur="USD", bal="deficit", d=DC, pct=13.4, b="yoy", src=PBS, **FEB),
      R(f="export", r=PK, v=2.52e9, cur="USD", d="down", pct=3.8, b=DC, src=PBS, **FEB),
      R(f="import", r=PK, v=4.93e9, cur="USD", d="up", pct=3.9, b=DC, src=PBS, **FEB),
      R(f="balance", r=PK, v=19.84e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC, src=PBS,
        **FYJF)]),

    # P43 Pakistani textiles (Business Recorder, APTMA): textile and clothing, knitwear "and
    # ready-made garments 2.1% to" (an elided verb), cotton yarn, the 19% reciprocal tariff
    # (TAR) in "the sector's biggest market" (p US).
    ("Pakistan's textile and clothing exports declined 4.6% to $1.41 billion in February, according to PBS data "
     "compiled by the All Pakistan Textile Mills Association (APTMA). Knitwear exports fell 6.2% to $402.6 million "
     "and ready-made garments 2.1% to $351.8 million, while cotton yarn exports plunged 28.4% to $61.3 million. "
     "Pakistani goods face a 19% reciprocal tariff in the United States, the sector's biggest market.",
     [R(f="export", r=PK, c=TEXT, v=1.41e9, cur="USD", d="down", pct=4.6, b=DC, src=APTMA, **FEB),
      R(f="export", r=PK, c=KNIT, v=402.6e6, cur="USD", d="down", pct=6.2, b=DC, src=APTMA, **FEB),
      R(f="export", r=PK, c=GARMENTS, v=351.8e6, cur="USD", d="down", pct=2.1, b=DC, src=APTMA, **FEB),
      R(f="export", r=PK, c=YARN, v=61.3e6, cur="USD", d="down", pct=28.4, b=DC, src=APTMA, **FEB),
      TAR(r=US, p=[PK, None], c=DC, rate=19)]),

    # P44 Pakistan's markets (The Express Tribune, SBP): exports to the US and "shipments to
    # China" over July-February, remittances and reserves "on March 6" (none).
    ("Pakistan's exports to the United States rose 7.3% to $4.12 billion in July-February of FY2035-36, according "
     "to State Bank of Pakistan data, while shipments to China fell 9.8% to $1.38 billion. Workers' remittances rose "
     "8.6% to $27.9 billion over the eight months, and the central bank's foreign exchange reserves stood at $17.2 "
     "billion on March 6.",
     [R(f="export", r=PK, p=US, c=DC, v=4.12e9, cur="USD", d="up", pct=7.3, b=DC, src=SBP, **FYJF),
      R(f="export", r=PK, p=CN, c=DC, v=1.38e9, cur="USD", d="down", pct=9.8, b=DC, src=SBP, **FYJF)]),

    # P45 Pakistan and Afghanistan (Dawn, SBP): exports "plunged" after border closures,
    # "Imports from the neighbouring country" (p Afghanistan by reference back).
    ("Pakistan's exports to Afghanistan plunged 48.2% to $412.6 million in July-February of FY2035-36, according to "
     "State Bank data, after the Torkham and Chaman border crossings stayed shut for weeks. Imports from the "
     "neighbouring country fell 31.6% to $286.3 million.",
     [R(f="export", r=PK, p=AF, c=DC, v=412.6e6, cur="USD", d="down", pct=48.2, b=DC, src=SBP, **FYJF),
      R(f="import", r=PK, p=AF, c=DC, v=286.3e6, cur="USD", d="down", pct=31.6, b=DC, src=SBP, **FYJF)]),

    # P46 Pakistani rice (Dawn, PBS): the value "down 11.2% from a year earlier" and volumes
    # "fell 6.4% to" (two records, the other measure DC), basmati "accounted for" (a part).
    ("Pakistan's rice exports fetched $2.68 billion in July-February of FY2035-36, down 11.2% from a year earlier, "
     "as volumes fell 6.4% to 3.86 million tonnes, PBS data showed. Basmati accounted for $612.3 million of the "
     "total.",
     [R(f="export", r=PK, c=RICE, v=2.68e9, cur="USD", vol=DC, u=DC, d="down", pct=11.2, b="yoy", src=PBS, **FYJF),
      R(f="export", r=PK, c=RICE, vol=3.86e6, u=TON, v=DC, cur=DC, d="down", pct=6.4, b=DC, src=PBS, **FYJF),
      R(f="export", r=PK, c=BASMATI, v=612.3e6, cur="USD", src=PBS, **FYJF)]),

    # P47 Pakistan's import bill (Business Recorder, PBS): the petroleum group "with crude oil
    # imports at ... and LNG imports at" (parts), the food import bill "led by palm oil"
    # (c food).
    ("Pakistan's petroleum group imports fell 7.4% to $10.62 billion in July-February of FY2035-36, PBS data "
     "showed, with crude oil imports at $3.84 billion and LNG imports at $2.41 billion. The food import bill rose "
     "5.8% to $5.96 billion, led by palm oil.",
     [R(f="import", r=PK, c=PETGROUP, v=10.62e9, cur="USD", d="down", pct=7.4, b=DC, src=PBS, **FYJF),
      R(f="import", r=PK, c=CRUDE, v=3.84e9, cur="USD", src=PBS, **FYJF),
      R(f="import", r=PK, c=LNG, v=2.41e9, cur="USD", src=PBS, **FYJF),
      R(f="import", r=PK, c=FOOD, v=5.96e9, cur="USD", d="up", pct=5.8, b=DC, src=PBS, **FYJF)]),

    # ================================================================ Bangladesh
    # P48 Bangladesh's February (The Daily Star, EPB): export earnings (yoy), garments "up
    # 5.1%" after the value, a share (none), the first eight months "(July-February)", and the
    # revised January figure in its own sentence (required, change DC; the first figure
    # optional).
    ("Bangladesh's export earnings rose 4.2% year-on-year to $4.31 billion in February, data from the Export "
     "Promotion Bureau (EPB) showed. Garment shipments, which make up more than four-fifths of the total, brought in "
     "$3.72 billion, up 5.1%. In the first eight months of the 2035-36 fiscal year (July-February), exports totalled "
     "$34.62 billion, 3.1% higher than in the same period a year earlier. The EPB also revised January's figure "
     "down to $4.48 billion from the $4.62 billion it had first reported.",
     [R(f="export", r=BD, c=DC, v=4.31e9, cur="USD", d="up", pct=4.2, b="yoy", src=EPB, **FEB),
      R(f="export", r=BD, c=GARMENTS, v=3.72e9, cur="USD", d="up", pct=5.1, b=DC, src=EPB, **FEB),
      R(f="export", r=BD, c=DC, v=34.62e9, cur="USD", d="up", pct=3.1, b=DC, src=EPB, **FYJF),
      R(f="export", r=BD, c=DC, v=4.48e9, cur="USD", vq=DC, d=DC, pct=DC, by=DC, byc=DC, b=DC, src=EPB, **JAN),
      OPT(f="export", r=BD, c=DC, v=4.62e9, cur="USD", **JAN)]),

    # P49 Bangladeshi garments (The Financial Express): knitwear, woven garments "edged up"
    # (cq DC), the US with the 20% reciprocal tariff (TAR), the EU as a percent only (v null).
    ("Bangladesh's knitwear exports rose 5.6% to $14.92 billion in July-February of FY2035-36, while woven garment "
     "exports edged up 1.3% to $12.87 billion, EPB data show. Shipments to the United States, where Bangladeshi "
     "goods face a 20% reciprocal tariff, fell 3.4% to $5.61 billion, but exports to the European Union rose 6.2%.",
     [R(f="export", r=BD, c=KNIT, v=14.92e9, cur="USD", d="up", pct=5.6, b=DC, src=EPB, **FYJF),
      R(f="export", r=BD, c=WOVEN, v=12.87e9, cur="USD", d="up", pct=1.3, cq=DC, b=DC, src=EPB, **FYJF),
      R(f="export", r=BD, p=US, c=DC, v=5.61e9, cur="USD", d="down", pct=3.4, b=DC, src=EPB, **FYJF),
      TAR(r=US, p=[BD, None], c=DC, rate=20),
      R(f="export", r=BD, p=EU, c=DC, d="up", pct=6.2, b=DC, src=EPB, **FYJF)]),

    # P50 Bangladesh's import payments (The Financial Express, Bangladesh Bank): July-January,
    # a deficit in dollars "or about Tk 1.63 lakh crore" (BDT; one record accepting either,
    # plus a twin), letters of credit opened (none).
    ("Bangladesh's import payments fell 2.7% to $43.86 billion in July-January of FY2035-36, Bangladesh Bank data "
     "show, leaving a trade deficit of $13.4 billion, or about Tk 1.63 lakh crore. Letters of credit opened for "
     "capital machinery imports dropped 18.6% in the period, a sign of weak investment.",
     [R(f="import", r=BD, v=43.86e9, cur="USD", d="down", pct=2.7, b=DC, src=BB, **FYJAN),
      R(f="balance", r=BD, v=[13.4e9, 1.63e12], cur=["USD", "BDT"], vq=[None] + ABOUT, bal="deficit", src=BB,
        **FYJAN),
      OPT(f="balance", r=BD, v=1.63e12, cur="BDT", bal="deficit", **FYJAN)]),

    # ================================================================ Sri Lanka and Nepal
    # P51 Sri Lanka's February (Daily Mirror, EDB): "US$1,124.6 million" (yoy), apparel and
    # textiles, tea, rubber-based products "rose to" (d up, pct DC), the 20% reciprocal tariff
    # on Sri Lankan goods (TAR) in a ranking sentence.
    ("Sri Lanka's merchandise exports rose 8.7% year-on-year to US$1,124.6 million in February, the Export "
     "Development Board (EDB) said. Apparel and textile exports increased 6.4% to US$441.3 million, while tea "
     "exports fell 2.8% to US$118.6 million. Earnings from rubber-based products rose to US$92.4 million. The "
     "United States remained the single largest market despite a 20% reciprocal tariff on Sri Lankan goods.",
     [R(f="export", r=LK, c=DC, v=1124.6e6, cur="USD", d="up", pct=8.7, b="yoy", src=SLEDB, **FEB),
      R(f="export", r=LK, c=APPAREL, v=441.3e6, cur="USD", d="up", pct=6.4, b=DC, src=SLEDB, **FEB),
      R(f="export", r=LK, c=TEA, v=118.6e6, cur="USD", d="down", pct=2.8, b=DC, src=SLEDB, **FEB),
      R(f="export", r=LK, c=RUBBER, v=92.4e6, cur="USD", d="up", pct=DC, by=DC, byc=DC, b=DC, src=SLEDB, **FEB),
      TAR(r=US, p=[LK, None], c=DC, rate=20)]),

    # P52 Sri Lankan tea (Daily FT, Tea Board data via Forbes & Walker): kilograms "down 5.3%
    # from a year earlier, earning Rs. ... (US$...)" (the volume's change; the revenue without
    # one, in LKR or USD, plus a twin), Iraq "taking" and "followed by Türkiye with" (either).
    ("Sri Lanka exported 21.4 million kilograms of tea in February, down 5.3% from a year earlier, earning Rs. 36.2 "
     "billion (US$118.6 million), according to Sri Lanka Tea Board data compiled by Forbes & Walker Tea Brokers. "
     "Iraq was the biggest buyer, taking 3.1 million kilograms, followed by Türkiye with 2.6 million kilograms.",
     [R(f="export", r=LK, c=TEA, vol=21.4e6, u=KG, v=DC, cur=DC, d="down", pct=5.3, b="yoy", src=SLTB, **FEB),
      R(f="export", r=LK, c=TEA, v=[36.2e9, 118.6e6], cur=["LKR", "USD"], vq=[None] + ABOUT, vol=DC, u=DC, src=SLTB,
        **FEB),
      OPT(f="export", r=LK, c=TEA, v=118.6e6, cur="USD", vol=DC, u=DC, **FEB),
      R(f=EITHER, r=[LK, IQ], p=[LK, IQ], c=DC, vol=3.1e6, u=KG, src=SLTB, **FEB),
      R(f=EITHER, r=[LK] + TR, p=[LK] + TR, c=DC, vol=2.6e6, u=KG, src=SLTB, **FEB)]),

    # P53 Sri Lanka's January (Daily Mirror, CBSL): the deficit "widened to ... from ... a year
    # earlier" (d DC, yoy, base optional), plain imports, remittances and tourism earnings
    # (none).
    ("Sri Lanka's trade deficit widened to US$612.4 million in January 2036 from US$498.7 million a year earlier, "
     "the Central Bank of Sri Lanka said, as imports rose 9.2% to US$1,738.5 million. Workers' remittances rose to "
     "US$681.3 million and earnings from tourism reached US$402.6 million in the month.",
     [R(f="balance", r=LK, v=612.4e6, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b="yoy", src=CBSL,
        **JAN),
      OPT(f="balance", r=LK, v=498.7e6, cur="USD", bal="deficit", **JAN35),
      R(f="import", r=LK, v=1738.5e6, cur="USD", d="up", pct=9.2, b=DC, src=CBSL, **JAN)]),

    # P54 Nepal's first seven months (The Kathmandu Post, Department of Customs): "Rs" as NPR,
    # "the current fiscal year (mid-July to mid-February)", the deficit "widened 8.3 percent"
    # (d DC), imports, exports "driven by" re-exports (c DC), "Exports to India alone".
    ("Nepal's trade deficit widened 8.3 percent to Rs 862.4 billion in the first seven months of the current fiscal "
     "year (mid-July to mid-February), according to the Department of Customs. Imports rose 9.6 percent to Rs "
     "1,024.7 billion, while exports surged 16.8 percent to Rs 162.3 billion, driven by re-exports of soybean oil "
     "and palm oil to India. Exports to India alone reached Rs 112.6 billion.",
     [R(f="balance", r=NP, c=DC, v=862.4e9, cur="NPR", bal="deficit", d=DC, pct=8.3, b=DC, src=NPDOC, **NPFY7),
      R(f="import", r=NP, c=DC, v=1024.7e9, cur="NPR", d="up", pct=9.6, b=DC, src=NPDOC, **NPFY7),
      R(f="export", r=NP, c=DC, v=162.3e9, cur="NPR", d="up", pct=16.8, b=DC, src=NPDOC, **NPFY7),
      R(f="export", r=NP, p=IN, c=DC, v=112.6e9, cur="NPR", src=NPDOC, **NPFY7)]),
]

NEG = [
    # N01 remittances (Pakistan, the SBP).
    "Workers' remittances to Pakistan rose 9.4% year-on-year to $3.42 billion in February, the State Bank of "
    "Pakistan said, bringing inflows in July-February of FY2035-36 to $27.9 billion, with Saudi Arabia and the UAE "
    "the largest sources.",
    # N02 reserves with import cover (Egypt).
    "Egypt's net international reserves rose to $52.4 billion at the end of February from $51.8 billion a month "
    "earlier, the Central Bank of Egypt said, enough to cover about 8.1 months of merchandise imports.",
    # N03 proposed duties, not in force (Kenya's Finance Bill).
    "Kenya's Treasury proposed on Thursday to raise the import declaration fee to 3.5 percent from 2.5 percent and "
    "to impose a 25 percent excise duty on imported furniture in the Finance Bill 2036, which parliament must still "
    "approve before July.",
    # N04 canal revenue and transits (the Suez Canal).
    "Suez Canal revenue rose 31.2% to $412.6 million in February as more container lines returned to the Red Sea "
    "route, the Suez Canal Authority said, with 1,046 vessels transiting the waterway during the month.",
    # N05 port throughput (Jebel Ali).
    "Jebel Ali Port handled 15.8 million twenty-foot equivalent units in 2035, up 3.9 per cent from 2034, DP World "
    "said on Monday, as re-export hubs in the Gulf drew cargo away from Red Sea ports.",
    # N06 crude production under OPEC+ (Saudi Arabia).
    "Saudi Arabia pumped 9.84 million barrels per day of crude in February, up 120,000 bpd from January, a Reuters "
    "survey showed, as OPEC+ continued to unwind its output cuts.",
    # N07 inflation with the prices of imported goods (Ghana).
    "Ghana's annual consumer inflation eased to 6.8% in February from 7.4% in January, the Ghana Statistical "
    "Service said, as a firmer cedi slowed the rise in prices of imported items to 3.1%.",
    # N08 one company's export sales (a fictional Pakistani textile firm).
    "Karachi-listed Indus Weaving Mills said its export sales rose 14.2% to Rs 18.6 billion in the July-December "
    "half, lifting net profit to Rs 1.9 billion, and its shares jumped 6.3% on the Pakistan Stock Exchange.",
    # N09 a current account (Pakistan).
    "Pakistan posted a current account surplus of $312 million in February, compared with a deficit of $96 million "
    "a year earlier, the State Bank of Pakistan said, bringing the July-February deficit to $1.14 billion.",
    # N10 an export target (Uzbekistan).
    "Uzbekistan aims to lift its exports to $45 billion by 2030, roughly double the 2035 level, President Shavkat "
    "Mirziyoyev told a meeting of exporters in Tashkent on Monday, promising cheaper credit for textile producers.",
    # N11 an allowed export quota (Pakistani sugar).
    "Pakistan's Economic Coordination Committee allowed mills to export up to 250,000 tonnes of surplus sugar by "
    "June 30, provided domestic retail prices stay below Rs 160 per kilogram, the finance ministry said on Friday.",
    # N12 suspended duties (Nigeria's food imports).
    "Nigeria said on Monday it would extend by another 150 days the suspension of import duties and levies on "
    "wheat, maize, husked brown rice and beans, which normally range from 5% to 70%, to curb food inflation of "
    "15.2%.",
    # N13 tourism receipts and remittances (Morocco's Office des Changes).
    "Morocco's tourism receipts rose 11.3% to MAD 118.6 billion in 2035, the Foreign Exchange Office said, while "
    "remittances from Moroccans living abroad reached MAD 121.4 billion.",
]
