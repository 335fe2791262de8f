from slots import DC, R, M, Y, PR

# The fifteenth set: every text is the only body paragraph (after an unrelated opening one)
# of a page published on 2030-04-17 (a Wednesday). So "March" and "last month" are March
# 2030, "February" February 2030 and "January" January 2030; "December" is December 2029;
# "the first quarter", "Q1", "January-March" and "the first quarter of 2030" are
# January-March 2030; "January-February" and "the first two months of 2030" are
# January-February 2030; "the fourth quarter of 2029" is October-December 2029; "2029" is
# 2029 and "2028" is 2028. A month named with its year ("February 2029", "March 2029") is
# that month, and appears only as a comparison base. Fiscal and rolling periods: India's
# "2029-30" and "the previous fiscal year" are April 2029 - March 2030 and the year before
# it (FYAM(2029)); Japan's "fiscal 2029, which ended in March" is April 2029 - March 2030;
# Myanmar's "2029-30 fiscal year, which ran from April to March" is April 2029 - March 2030;
# "July-March of FY30" (Bangladesh) and "July-March" (Pakistan, in a text about March 2030)
# are July 2029 - March 2030; Nepal's "first eight months of the current fiscal year
# (mid-July to mid-March)" start in mid-July 2029 (Shrawan 1) and end in mid-March 2030, so
# a start of July 1, 16 or 17 and an end of March 13, 14, 15 or 31 are accepted (NPFY8, like
# the ninth set's NP10); "the year ended February 2030" and "the year to February 2030" are
# March 2029 - February 2030 (the same twelve months a year earlier are the base); "the
# three months to February 2030" are December 2029 - February 2030; South Africa's "year to
# date" in a text about February is January-February 2030 (the publication date is accepted
# as the end too, as in the eleventh set). No trade figure of this set falls in April 2030:
# "by April 13" (cocoa arrivals at ports), "the first half of April" (a benchmark price) and
# "the week to April 11" (crude inventories) belong to numbers that make no record.
#
# Conventions: every convention stated in the fourteenth set's header (fourteenth/cases.py,
# which carries those of the ninth to thirteenth sets) is kept unchanged and is not repeated
# here. In short: values are positive amounts in the original currency (deficits
# bal="deficit", surpluses bal="surplus"); b is "yoy"/"mom" only when the text states the
# comparison ("year-on-year", "y/y", "from a year earlier", "on the year", "on an annual
# basis", "an annual increase", "at an annual rate" (INEGI's "tasa anual"), "the same month last year", "the
# previous fiscal year"; "month-on-month", "on the previous month", "from the previous
# month", "from February" for a March figure, "from January" for a February figure), DC
# when it is implied or the base is named by its period ("compared with February 2029",
# "than in March 2029", "in the same month of 2029", "for the same period in 2029", "from
# $68.3 billion in January") and
# null when there is no change; a narrowing or widening deficit has d DC, a surplus that
# narrows is "down" and one that widens is "up"; later sentences inherit reporter, period
# and source; comparison bases are optional records (OPT); a revised figure used as a base
# ("from $68.3 billion in January, revised", "after €6.1 billion in January (revised;
# previously published: €6.3 billion)") is an optional record and so is the superseded
# one; a figure restated in another currency is one record accepting either form plus an
# optional twin; one value with two stated changes is one record accepting either change
# plus an optional twin; forecasts, polls, targets, shares, ratios, prices, current
# accounts, production, consumption, stocks, reserves, remittances, FDI, portfolio flows,
# GDP, inflation, exchange rates, port throughput, freight rates, one company's sales and
# customs revenue are never trade figures; "goods", "merchandise", "total" flows and the
# flows under a goods headline have c DC, plain "exports"/"imports" of a whole economy c
# null; "non-oil", "non-oil and gas", "oil", "energy", "services" and named goods are
# commodities; "preliminary", "first estimate", "first release", "flash estimate",
# "timely" (INEGI's oportuna) and "estimated" values have vq DC.
#
# New in this (fifteenth) set, which stresses THE LANGUAGE OF OFFICIAL STATISTICAL RELEASES
# AND MARKET REPORTS and trade figures among other economic numbers (these are added; where
# one seems to touch an earlier convention it only extends it):
# - Seasonal adjustment. The contract has no slot for it, so a seasonally adjusted and an
#   unadjusted value of the same flow and period are TWO records, even with opposite
#   signs (Mexico's unadjusted surplus of US$612 million and adjusted balance of -US$844
#   million; Japan's unadjusted ¥510 billion surplus and adjusted ¥184 billion deficit;
#   Germany's adjusted €132.6 billion and unadjusted €129.8 billion of exports). A change of
#   an adjusted series without a value ("In seasonally adjusted terms, euro area exports of
#   goods fell by 0.7%") is a record with a null value, as a change of a partner's or a
#   good's trade. A sentence that explains the adjustment without a figure is no record.
# - Month-on-month and year-on-year of one value in one sentence ("7.6% higher
#   year-on-year but 4.1% lower month-on-month", "rose 6.4% year-on-year and 2.9% from
#   January"): one record accepting either direction, percent and basis, plus an optional
#   twin (ninth and thirteenth sets' rule). When the two changes belong to two different
#   values (Japan's unadjusted exports +5.8% y/y and adjusted exports -1.3% from February),
#   each value keeps its own change.
# - Volume and real measures without a unit: "in volume terms, exports increased 1.9%",
#   "in real terms, they increased 1.1%", INDEC's "quantities rose 10.6%" are optional
#   records (change only; v DC); a deficit "adjusted for inflation" (BEA's chained-dollar
#   goods deficit) is an optional record. Price indices ("export prices fell 2.1%") make no
#   record. Korea's "average daily exports, adjusted for the number of working days" are an
#   optional record (a derived figure a careful editor may or may not keep).
# - Annualized rates (Israel's trend data, "rose at an annualized rate of 6.3% in the first
#   quarter") are changes with b DC: they are neither year-on-year nor plain
#   quarter-on-quarter. "Quarter-on-quarter" states the quarter basis (b QOQ).
# - Balances in release wording: "went from a deficit of $1.1 billion in January to a
#   surplus of $0.4 billion in February" is a surplus record for February (d, pct, by and b
#   DC, as the twelfth set's "swung to") and a record of the January deficit; here the
#   January deficit is required because the next sentence reports its revision ("The
#   January deficit was revised from $0.9 billion", the superseded $0.9 billion optional).
#   "-US$844 million", "-US$1.13 billion FOB" and "compared with -US$0.98 billion" are
#   deficits; "+€16.9 bn" and a "trade balance $92.2 bln" in a TABLE line are surpluses; "a
#   positive foreign trade balance", "in its favour", "EUR 0.1 billion in surplus", "was
#   positive by" are surpluses; "the negative balance of ... external merchandise trade",
#   "the balance was in deficit by", "had been negative by" are deficits. A balance given
#   only with the base it follows ("showed a surplus of €18.7 billion, after €16.2 billion
#   in January") has d, pct, by and b DC, the base optional.
# - Australian balance-of-payments wording: "goods and services credits" are exports and
#   "goods and services debits" imports (c DC); "the balance on goods and services" is the
#   balance (c DC). "$5,412m" is 5.412 billion.
# - The UK's "total trade deficit (goods and services)" is a balance with c DC; "excluding
#   precious metals" leaves c DC (a second balance record of the same period, told apart
#   by its amount). The US "goods trade deficit" has c DC and the "services surplus" c
#   services; Israel's exports "excluding diamonds" leave c DC.
# - Euro area: "exports of goods to the rest of the world" and "imports from the rest of
#   the world" have p WORLD; "intra-euro area trade" is flow total with reporter the euro
#   area and p DC. "Italy's trade with non-EU countries" has p non-EU (NONEU); its "energy
#   deficit" is a balance with c energy.
# - Headline and desk prefixes "UPDATE 1-", "UPDATE 2-", "TABLE-" and "FACTBOX-" are no part
#   of a name. A headline figure that the body does not repeat is a required record (the
#   paragraph's source covers it); headline change words without a number make none. In a
#   TABLE line, "(Reuters poll +4.0%)", "(poll +1.5%)" and "(poll $81.0 bln)" are
#   forecasts (no record). In a FACTBOX line "Estonia - exports €1.64 billion (-2% y/y)"
#   the " - " after a name is a separator and the "-" inside the parentheses a minus.
# - Non-trade numbers next to trade figures make no record and change nothing in the
#   trade records: a current account (also one given with its year-earlier base), FDI,
#   official reserves, remittances, travel receipts, exchange rates, inflation, export and
#   benchmark prices per tonne, kilo or barrel, crude production, copper output and cocoa
#   arrivals at ports; the coverage rate of imports by exports, a balance "equal to 47.4% of
#   turnover" and an exports-to-imports ratio. By contrast the "foreign trade deficit on a
#   balance-of-payments basis" that a central bank gives next to its current account IS a
#   trade figure (a goods balance, source the central bank), and so is the "goods trade
#   deficit" a central bank gives next to a current account.
# - A volume and the revenue it brought in, with one change that is the value's ("81,400
#   tonnes of salmon worth NOK 8.9 billion ..., with the value down 4 percent"), are one
#   record with both measures; a split into a value and a volume record is accepted through
#   an optional twin (twelfth set's rule, extended to a record with a change).
# - Local currencies: "$" in release copy of Statistics Canada (The Daily), of the ABS and
#   of Stats NZ is the national dollar (CAD, AUD, NZD), as the ninth set read "$" in a Fiji
#   release; "$", "US$" and "USD" are USD everywhere else. "C$" CAD; "€", "EUR" and "euros"
#   EUR; "£" GBP; "francs" in a Swiss text CHF; "NOK" NOK; "ISK" ISK; "¥" JPY; "yuan" CNY;
#   "₪" ILS; "SAR" SAR; "JD" JOD; "BD" BHD; "dinars" in a Tunisian text TND; "dirhams" in a
#   Moroccan text MAD; "R" before an amount in a South African text ZAR; "KSh" KES; "K" in
#   a Zambian text ZMW and in a Papua New Guinean text PGK; "CFA francs" in a Senegalese
#   text XOF; "₦" NGN; "AZN" AZN; "RM" MYR; "Rs" in a Nepali text NPR, in a Sri Lankan text
#   LKR and in a Pakistani text PKR; "₹" INR; "Tk" BDT; "₲" PYG; "RD$" DOP.
# - Amounts: "bn", "bln" and "billion" 10^9; "mn", "m" and "million" 10^6; "trillion"
#   10^12; "Tk 4.86 lakh crore" is 4.86 x 10^12; Indian digit grouping "₹41,16,578 crore"
#   is 4,116,578 crore = 4.116578 x 10^13. "FOB" and "CIF" after an amount change nothing.
# - Sources in release register: the office that issues the release is the source even
#   when only its release is named ("INEGI's timely trade indicator", "Statistics Canada's
#   The Daily", "Geostat's preliminary figures", "the ANSD ... in its monthly note", "the
#   Zambia Statistics Agency's monthly bulletin", "Uruguay XXI's monthly report", "the
#   National Bureau of Statistics' Foreign Trade in Goods Statistics report"). "National
#   statistics offices" in a FACTBOX heading has src DC. The Australian Bureau of
#   Statistics names the reporter (Australia) too.

# The names of economies, sources, units and qualifiers and the record helpers (OPT, YTD,
# Q, FYAM, FYJJ) that the tenth to thirteenth sets defined mean the same here: they are
# taken from the twelfth and thirteenth sets' cases rather than copied (twelfth/cases.py
# and thirteenth/cases.py have their definitions and comments). This set has no tariff
# record.
import importlib.util as _ilu, os as _os
_here = _os.path.dirname(_os.path.abspath(__file__))


def _load(name):
    spec = _ilu.spec_from_file_location("_%s_cases" % name, _os.path.join(_here, "..", name, "cases.py"))
    mod = _ilu.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_t12 = _load("twelfth")
for _n in """
TON ABOUT RECORD QOQ US EU KR GAC TR WORLD USDOC DESTATIS MOFJ MOTIE INCOM ONS STATCAN ABS
BRMIN INEGI BPS GASTAT BBL CRUDE LNG SOY EZ UK VN CH NZ ZA PH GARMENTS GAS GSO PSA PBS EPB
SLEDB CAPMAS NBSNG SARS KNBS INDEC DANE STATSNZ SSB NSC BAZG JP SA CA MX AU EC MA ID NONOIL
ENERGY EUROSTAT CBSIL BCE OC OPT YTD Q FYAM
""".split():
    globals()[_n] = getattr(_t12, _n)
_t13 = _load("thirteenth")
for _n in "CN IN DE PK BD LK KE NG EG BR AR MY TRMIN TEA BEEF".split():
    globals()[_n] = getattr(_t13, _n)

# New in this (fifteenth) set: economies.
FR = "France"
IT = "Italy"
NO = "Norway"
IS = "Iceland"
FI = "Finland"
EE = "Estonia"
LV = "Latvia"
LT = "Lithuania"
SK = ["Slovakia", "Slovak Republic", "Slovak"]
HR = "Croatia"
GE = "Georgia"
AZ = "Azerbaijan"
AM = "Armenia"
AO = "Angola"
IL = "Israel"
JO = "Jordan"
BH = "Bahrain"
TN = "Tunisia"
TZ = "Tanzania"
UG = "Uganda"
ZM = "Zambia"
SN = "Senegal"
CI = ["Côte d'Ivoire", "Cote d'Ivoire", "Côte d’Ivoire", "Ivory Coast", "Ivoire"]
MM = "Myanmar"
NP = "Nepal"
PG = "Papua New Guinea"
PY = "Paraguay"
UY = "Uruguay"
CR = "Costa Rica"
DO = "Dominican Republic"
CO = "Colombia"
# Partners.
NONEU = ["non-EU", "extra-EU", "outside the EU", "non-European Union"]
# Goods.
SERVICES = ["services", "service"]
SALMON = "salmon"
NONOILGAS = ["non-oil and gas", "non-oil", "non-migas"]
GARM = GARMENTS + ["garment"]
APPTEX = ["apparel and textiles", "apparel", "textiles", "textile", "garments"]
PULP = ["pulp", "cellulose", "wood pulp"]
SHRIMP = ["shrimp", "shrimps", "prawns"]
MEDDEV = ["medical devices", "medical device", "medical"]
ELECTRICITY = ["electricity", "power", "electric energy"]
CASHEW = ["raw cashew nuts", "cashew nuts", "cashew nut", "cashew", "cashews"]
# Sources.
FRCUS = ["customs", "customs department", "French customs", "DGDDI",
         "Direction générale des douanes et droits indirects"]
ISTAT = ["ISTAT", "Istat", "Italian National Institute of Statistics", "National Institute of Statistics"]
HAGSTOFA = ["Statistics Iceland", "Hagstofa"]
FICUS = ["Finnish Customs", "customs", "Tulli"]
SKSTAT = ["Statistical Office", "Statistical Office of the Slovak Republic", "statistics office"]
DZS = ["Croatian Bureau of Statistics", "DZS", "Bureau of Statistics"]
TCMB = ["central bank", "Central Bank of the Republic of Turkey", "Central Bank of the Republic of Türkiye",
        "CBRT", "TCMB"]
GEOSTAT = ["Geostat", "National Statistics Office of Georgia"]
AZSCC = ["State Customs Committee", "customs"]
AOFIN = ["finance ministry", "Ministry of Finance", "Finance Ministry"]
JODOS = ["Department of Statistics", "DoS"]
IGA = ["Information & eGovernment Authority", "Information and eGovernment Authority", "iGA"]
TNINS = ["National Institute of Statistics", "INS"]
BOT = ["Bank of Tanzania", "BoT", "central bank"]
BOU = ["Bank of Uganda", "BoU", "central bank"]
ZAMSTATS = ["Zambia Statistics Agency", "ZamStats", "statistics agency"]
ANSD = ["ANSD", "National Agency of Statistics and Demography",
        "Agence nationale de la statistique et de la démographie"]
DOSM15 = ["Department of Statistics Malaysia", "DOSM", "Department of Statistics"]
MMMOC = ["Ministry of Commerce", "commerce ministry", "Commerce Ministry"]
NPCUS = ["Department of Customs", "customs"]
BPNG = ["Bank of Papua New Guinea", "BPNG", "central bank"]
BCP = ["Central Bank of Paraguay", "BCP", "central bank", "Banco Central del Paraguay"]
UYXXI = ["Uruguay XXI"]
PROCOMER = ["PROCOMER", "Procomer", "Foreign Trade Promotion Agency", "Promotora del Comercio Exterior"]
DGA = ["General Directorate of Customs", "DGA", "customs"]
ARMSTAT = ["Statistical Committee", "Armstat"]
CCA = ["Cotton and Cashew Council", "Conseil du Coton et de l'Anacarde", "council"]

# Periods.
MAR = M(2030, 3)
FEB = M(2030, 2)
JAN = M(2030, 1)
FEB29 = M(2029, 2)
MAR29 = M(2029, 3)
JAN29 = M(2029, 1)
Q1 = Q(2030, 1)
Q4_29 = Q(2029, 4)
Y29 = Y(2029)
Y28 = Y(2028)
YTD2 = YTD(2030, 2)
YTD2_29 = YTD(2029, 2)
YTDF = dict(ps="2030-01-01", pe=["2030-02-28", "2030-04-17"])    # South Africa's "year to date"
M3FEB = PR("2029-12-01", "2030-02-28")        # the three months to February 2030
R12FEB = PR("2029-03-01", "2030-02-28")       # the year ended / to February 2030
R12FEB_29 = PR("2028-03-01", "2029-02-28")    # the same twelve months a year earlier
FY29 = FYAM(2029)                             # India's 2029-30, Japan's fiscal 2029, Myanmar's 2029-30
JM30 = PR("2029-07-01", "2030-03-31")         # July-March of FY30 (Bangladesh, Pakistan)
NPFY8 = dict(ps=["2029-07-01", "2029-07-16", "2029-07-17"],
             pe=["2030-03-13", "2030-03-14", "2030-03-15", "2030-03-31"])   # Nepal's first eight months

POS = [
    # ---------------------------------------------------------------- United States, Canada, Mexico
    # P01 BEA/Census release copy: "decreased ... according to", "revised" base, "$2.3 billion
    # more than January exports".
    ("The U.S. monthly international trade deficit decreased in February 2030 according to the U.S. "
     "Bureau of Economic Analysis and the U.S. Census Bureau. The deficit was $63.7 billion in "
     "February, down $4.6 billion from $68.3 billion in January, revised. February exports were $281.7 "
     "billion, $2.3 billion more than January exports. February imports were $345.4 billion, $2.3 "
     "billion less than January imports.",
     [R(f="balance", r=US, c=DC, v=63.7e9, cur="USD", bal="deficit", d=DC, pct=DC, by=4.6e9, byc="USD",
        b=DC, src=USDOC, **FEB),
      OPT(f="balance", r=US, c=DC, v=68.3e9, cur="USD", bal="deficit", **JAN),
      R(f="export", r=US, c=DC, v=281.7e9, cur="USD", d="up", pct=DC, by=2.3e9, byc="USD", b=DC,
        src=USDOC, **FEB),
      R(f="import", r=US, c=DC, v=345.4e9, cur="USD", d="down", pct=DC, by=2.3e9, byc="USD", b=DC,
        src=USDOC, **FEB)]),

    # P02 Reuters "UPDATE 2-": a headline with change words only, goods deficit and services
    # surplus, a poll forecast, a partner, an inflation-adjusted deficit (optional).
    ("UPDATE 2-US trade deficit shrinks in February as consumer goods imports drop. The goods trade "
     "deficit decreased $4.9 billion to $88.1 billion in February, while the services surplus narrowed "
     "by $0.3 billion to $24.4 billion, the Commerce Department said on Tuesday. A Reuters poll of "
     "economists had pointed to an overall gap of $66.0 billion. Exports to Canada slumped 8.4% to "
     "$27.9 billion; adjusted for inflation, the goods deficit fell to $98.6 billion.",
     [R(f="balance", r=US, c=DC, v=88.1e9, cur="USD", bal="deficit", d=DC, pct=DC, by=4.9e9, byc="USD",
        b=DC, src=USDOC, **FEB),
      R(f="balance", r=US, c=SERVICES, v=24.4e9, cur="USD", bal="surplus", d="down", pct=DC, by=0.3e9,
        byc="USD", b=DC, src=USDOC, **FEB),
      R(f="export", r=US, p=CA, c=DC, v=27.9e9, cur="USD", d="down", pct=8.4, b=DC, src=USDOC, **FEB),
      OPT(f="balance", r=US, c=DC, v=98.6e9, cur="USD", bal="deficit", **FEB)]),

    # P03 Statistics Canada's The Daily: "went from a deficit of ... to a surplus of", a
    # revision of the earlier month, "$" is CAD, a change in volume terms (optional).
    ("From Statistics Canada's The Daily: Canada's merchandise trade balance with the world went from a "
     "deficit of $1.1 billion in January to a surplus of $0.4 billion in February. The January deficit "
     "was revised from $0.9 billion in last month's release. Total exports rose 2.7% to $66.2 billion in "
     "February, while total imports were up 0.4% to $65.8 billion. In volume terms, exports increased "
     "1.9%.",
     [R(f="balance", r=CA, p=WORLD, c=DC, v=0.4e9, cur="CAD", bal="surplus", d=DC, pct=DC, by=DC, b=DC,
        src=STATCAN, **FEB),
      R(f="balance", r=CA, p=WORLD, c=DC, v=1.1e9, cur="CAD", vq=DC, bal="deficit", d=DC, pct=DC, by=DC,
        b=DC, src=STATCAN, **JAN),
      OPT(f="balance", r=CA, p=WORLD, c=DC, v=0.9e9, cur="CAD", bal="deficit", **JAN),
      R(f="export", r=CA, p=WORLD, c=DC, v=66.2e9, cur="CAD", d="up", pct=2.7, b=DC, src=STATCAN, **FEB),
      R(f="import", r=CA, p=WORLD, c=DC, v=65.8e9, cur="CAD", d="up", pct=0.4, b=DC, src=STATCAN, **FEB),
      OPT(f="export", r=CA, p=WORLD, c=DC, v=DC, cur=DC, d="up", pct=1.9, **FEB)]),

    # P04 INEGI: an unadjusted surplus and a seasonally adjusted balance written as a negative
    # number (two records), "an annual increase", "at an annual rate".
    ("Mexico's trade balance registered a surplus of US$612 million in February 2030, according to "
     "INEGI's timely trade indicator. Exports totalled US$52.84 billion, an annual increase of 4.6%, "
     "while imports were US$52.23 billion, up 2.1% at an annual rate. With seasonally adjusted figures, "
     "the trade balance was -US$844 million.",
     [R(f="balance", r=MX, c=DC, v=612e6, cur="USD", vq=DC, bal="surplus", src=INEGI, **FEB),
      R(f="export", r=MX, c=DC, v=52.84e9, cur="USD", vq=DC, d="up", pct=4.6, b="yoy", src=INEGI, **FEB),
      R(f="import", r=MX, c=DC, v=52.23e9, cur="USD", vq=DC, d="up", pct=2.1, b="yoy", src=INEGI, **FEB),
      R(f="balance", r=MX, c=DC, v=844e6, cur="USD", vq=DC, bal="deficit", src=INEGI, **FEB)]),

    # ---------------------------------------------------------------- Europe
    # P05 Eurostat euro-area release: "The first estimate for euro area exports of goods to the
    # rest of the world", a base in parentheses, "compared with +€16.9 bn", intra-euro area trade.
    ("According to Eurostat, the statistical office of the European Union, the first estimate for euro "
     "area exports of goods to the rest of the world in February 2030 was €243.1 bn, an increase of 2.8% "
     "compared with February 2029 (€236.5 bn). Imports from the rest of the world stood at €222.0 bn, a "
     "rise of 1.1% compared with February 2029. As a result, the euro area's goods trade with the rest of "
     "the world showed a surplus of €21.1 bn in February 2030, compared with +€16.9 bn in February 2029. "
     "Intra-euro area trade rose to €215.3 bn in February 2030, up by 1.9% compared with February "
     "2029.",
     [R(f="export", r=EZ, p=WORLD, c=DC, v=243.1e9, cur="EUR", vq=DC, d="up", pct=2.8, b=DC, src=EUROSTAT,
        **FEB),
      OPT(f="export", r=EZ, p=WORLD, c=DC, v=236.5e9, cur="EUR", **FEB29),
      R(f="import", r=EZ, p=WORLD, c=DC, v=222.0e9, cur="EUR", vq=DC, d="up", pct=1.1, b=DC, src=EUROSTAT,
        **FEB),
      R(f="balance", r=EZ, p=WORLD, c=DC, v=21.1e9, cur="EUR", vq=DC, bal="surplus", d="up", pct=DC, by=DC,
        b=DC, src=EUROSTAT, **FEB),
      OPT(f="balance", r=EZ, p=WORLD, c=DC, v=16.9e9, cur="EUR", bal="surplus", **FEB29),
      R(f="total", r=EZ, p=DC, c=DC, v=215.3e9, cur="EUR", vq=DC, d="up", pct=1.9, b=DC, src=EUROSTAT,
        **FEB)]),

    # P06 Eurostat, seasonally adjusted: changes without values, an adjusted balance.
    ("In seasonally adjusted terms, euro area exports of goods fell by 0.7% in February 2030 compared "
     "with January 2030, while imports rose by 0.4%, Eurostat said. The seasonally adjusted trade "
     "balance showed a surplus of €14.7 bn, down from €17.3 bn in January.",
     [R(f="export", r=EZ, p=WORLD, c=DC, d="down", pct=0.7, b=DC, src=EUROSTAT, **FEB),
      R(f="import", r=EZ, p=WORLD, c=DC, d="up", pct=0.4, b=DC, src=EUROSTAT, **FEB),
      R(f="balance", r=EZ, p=WORLD, c=DC, v=14.7e9, cur="EUR", bal="surplus", d="down", pct=DC, by=DC,
        b=DC, src=EUROSTAT, **FEB),
      OPT(f="balance", r=EZ, p=WORLD, c=DC, v=17.3e9, cur="EUR", bal="surplus", **JAN)]),

    # P07 Destatis: adjusted changes first, values in the next sentence, "after €16.2 billion
    # in January", and an unadjusted value of the same flow (a second record).
    ("In February 2030, German exports increased by 1.4% on the previous month and imports decreased by "
     "0.6%, on a calendar and seasonally adjusted basis, according to the Federal Statistical Office "
     "(Destatis). Exports were valued at €132.6 billion and imports at €113.9 billion, so the foreign "
     "trade balance showed a surplus of €18.7 billion, after €16.2 billion in January. Not adjusted for "
     "calendar and seasonal effects, exports totalled €129.8 billion, up 2.2% on the year.",
     [R(f="export", r=DE, c=DC, v=132.6e9, cur="EUR", d="up", pct=1.4, b="mom", src=DESTATIS, **FEB),
      R(f="import", r=DE, c=DC, v=113.9e9, cur="EUR", d="down", pct=0.6, b=DC, src=DESTATIS, **FEB),
      R(f="balance", r=DE, c=DC, v=18.7e9, cur="EUR", bal="surplus", d=DC, pct=DC, by=DC, b=DC,
        src=DESTATIS, **FEB),
      OPT(f="balance", r=DE, c=DC, v=16.2e9, cur="EUR", bal="surplus", **JAN),
      R(f="export", r=DE, c=DC, v=129.8e9, cur="EUR", d="up", pct=2.2, b="yoy", src=DESTATIS, **FEB)]),

    # P08 French customs: "after €6.1 billion in January (revised; previously published: €6.3
    # billion)", two optional bases.
    ("In February 2030, France's balance of trade in goods, seasonally and working-day adjusted, showed "
     "a deficit of €5.4 billion, after €6.1 billion in January (revised; previously published: €6.3 "
     "billion), the customs department said. Exports increased to €49.3 billion and imports eased to "
     "€54.7 billion.",
     [R(f="balance", r=FR, c=DC, v=5.4e9, cur="EUR", bal="deficit", d=DC, pct=DC, by=DC, b=DC, src=FRCUS,
        **FEB),
      OPT(f="balance", r=FR, c=DC, v=6.1e9, cur="EUR", bal="deficit", **JAN),
      OPT(f="balance", r=FR, c=DC, v=6.3e9, cur="EUR", bal="deficit", **JAN),
      R(f="export", r=FR, c=DC, v=49.3e9, cur="EUR", d="up", pct=DC, by=DC, b=DC, src=FRCUS, **FEB),
      R(f="import", r=FR, c=DC, v=54.7e9, cur="EUR", d="down", pct=DC, by=DC, b=DC, src=FRCUS, **FEB)]),

    # P09 ISTAT: trade with non-EU countries, changes without values, the energy deficit.
    ("In February 2030, Italy's trade with non-EU countries recorded a surplus of €6.82 billion, up from "
     "€5.97 billion in February 2029, ISTAT said. Exports to non-EU countries rose 4.8% year on year and "
     "imports fell 2.6%, while the energy deficit shrank to €2.71 billion from €3.64 billion a year "
     "earlier.",
     [R(f="balance", r=IT, p=NONEU, c=DC, v=6.82e9, cur="EUR", bal="surplus", d="up", pct=DC, by=DC, b=DC,
        src=ISTAT, **FEB),
      OPT(f="balance", r=IT, p=NONEU, c=DC, v=5.97e9, cur="EUR", bal="surplus", **FEB29),
      R(f="export", r=IT, p=NONEU, c=DC, d="up", pct=4.8, b="yoy", src=ISTAT, **FEB),
      R(f="import", r=IT, p=NONEU, c=DC, d="down", pct=2.6, b=DC, src=ISTAT, **FEB),
      R(f="balance", r=IT, p=[None] + NONEU, c=ENERGY, v=2.71e9, cur="EUR", bal="deficit", d=DC, pct=DC,
        by=DC, b="yoy", src=ISTAT, **FEB),
      OPT(f="balance", r=IT, p=DC, c=ENERGY, v=3.64e9, cur="EUR", bal="deficit", **FEB29)]),

    # P10 ONS: three months to February, absolute changes with percents in parentheses, a
    # second deficit "excluding precious metals".
    ("The UK's total trade deficit (goods and services) widened by £1.9 billion to £8.6 billion in the "
     "three months to February 2030, the Office for National Statistics said, as imports grew by £3.1 "
     "billion (1.4%) and exports rose by £1.2 billion (0.6%). Excluding precious metals, the total trade "
     "deficit widened by £2.3 billion to £9.4 billion.",
     [R(f="balance", r=UK, c=DC, v=8.6e9, cur="GBP", bal="deficit", d=DC, pct=DC, by=1.9e9, byc="GBP",
        b=DC, src=ONS, **M3FEB),
      R(f="import", r=UK, c=DC, d="up", pct=1.4, by=3.1e9, byc="GBP", b=DC, src=ONS, **M3FEB),
      R(f="export", r=UK, c=DC, d="up", pct=0.6, by=1.2e9, byc="GBP", b=DC, src=ONS, **M3FEB),
      R(f="balance", r=UK, c=DC, v=9.4e9, cur="GBP", bal="deficit", d=DC, pct=DC, by=2.3e9, byc="GBP",
        b=DC, src=ONS, **M3FEB)]),

    # P11 Statistics Norway: "of which natural gas accounted for", "NOK".
    ("Exports of goods from Norway totalled NOK 118.6 billion in March, Statistics Norway (SSB) reported, "
     "of which natural gas accounted for NOK 41.9 billion, 28.3 percent less than in March 2029. Imports "
     "amounted to NOK 70.4 billion, giving a trade surplus of NOK 48.2 billion.",
     [R(f="export", r=NO, c=DC, v=118.6e9, cur="NOK", src=SSB, **MAR),
      R(f="export", r=NO, c=GAS, v=41.9e9, cur="NOK", d="down", pct=28.3, b=DC, src=SSB, **MAR),
      R(f="import", r=NO, c=DC, v=70.4e9, cur="NOK", src=SSB, **MAR),
      R(f="balance", r=NO, c=DC, v=48.2e9, cur="NOK", bal="surplus", src=SSB, **MAR)]),

    # P12 Norwegian Seafood Council: volume and value in one record, the change the value's;
    # a price per kilo (no record).
    ("Norway exported 81,400 tonnes of salmon worth NOK 8.9 billion in March, the Norwegian Seafood "
     "Council said, with the value down 4 percent from the same month last year. The average export "
     "price of fresh whole salmon rose to NOK 109.30 per kilo.",
     [R(f="export", r=NO, c=SALMON, vol=[81400, None], u=[TON, None], v=8.9e9, cur="NOK", d="down", pct=4,
        b="yoy", src=NSC, **MAR),
      OPT(f="export", r=NO, c=SALMON, vol=81400, u=TON, v=[None, 8.9e9], cur=[None, "NOK"], **MAR)]),

    # P13 Statistics Iceland: FOB values, "had been negative by" (an optional base).
    ("Statistics Iceland's preliminary figures put the value of goods exports in March at ISK 92.4 "
     "billion FOB and of goods imports at ISK 108.7 billion FOB, a trade deficit of ISK 16.3 billion. In "
     "March 2029 the goods balance had been negative by ISK 11.8 billion.",
     [R(f="export", r=IS, c=DC, v=92.4e9, cur="ISK", vq=DC, src=HAGSTOFA, **MAR),
      R(f="import", r=IS, c=DC, v=108.7e9, cur="ISK", vq=DC, src=HAGSTOFA, **MAR),
      R(f="balance", r=IS, c=DC, v=16.3e9, cur="ISK", vq=DC, bal="deficit", d=DC, pct=DC, by=DC, b=DC,
        src=HAGSTOFA, **MAR),
      OPT(f="balance", r=IS, c=DC, v=11.8e9, cur="ISK", bal="deficit", **MAR29)]),

    # P14 Finnish Customs: "EUR", "in surplus".
    ("According to Finnish Customs' preliminary data, the value of Finland's goods exports in February "
     "2030 was EUR 6.1 billion, 3 percent more than a year earlier. Imports decreased by 5 percent to EUR "
     "6.0 billion, and the trade balance was EUR 0.1 billion in surplus.",
     [R(f="export", r=FI, c=DC, v=6.1e9, cur="EUR", vq=DC, d="up", pct=3, b="yoy", src=FICUS, **FEB),
      R(f="import", r=FI, c=DC, v=6.0e9, cur="EUR", vq=DC, d="down", pct=5, b=DC, src=FICUS, **FEB),
      R(f="balance", r=FI, c=DC, v=0.1e9, cur="EUR", vq=DC, bal="surplus", src=FICUS, **FEB)]),

    # P15 "FACTBOX-": three economies, " - " separators and minus signs in parentheses.
    ("FACTBOX-Baltic goods trade in February 2030 (national statistics offices, current prices): Estonia "
     "- exports €1.64 billion (-2% y/y), imports €1.87 billion (+1% y/y); Latvia - exports €1.41 billion "
     "(+3.6% y/y), imports €1.69 billion (+0.8% y/y); Lithuania - exports €3.32 billion (+4.1% y/y), "
     "imports €3.58 billion (-1.9% y/y).",
     [R(f="export", r=EE, c=DC, v=1.64e9, cur="EUR", d="down", pct=2, b="yoy", src=DC, **FEB),
      R(f="import", r=EE, c=DC, v=1.87e9, cur="EUR", d="up", pct=1, b="yoy", src=DC, **FEB),
      R(f="export", r=LV, c=DC, v=1.41e9, cur="EUR", d="up", pct=3.6, b="yoy", src=DC, **FEB),
      R(f="import", r=LV, c=DC, v=1.69e9, cur="EUR", d="up", pct=0.8, b="yoy", src=DC, **FEB),
      R(f="export", r=LT, c=DC, v=3.32e9, cur="EUR", d="up", pct=4.1, b="yoy", src=DC, **FEB),
      R(f="import", r=LT, c=DC, v=3.58e9, cur="EUR", d="down", pct=1.9, b="yoy", src=DC, **FEB)]),

    # P16 single sentence: only percentages, a flash estimate, a reason (no record).
    ("Slovak exports rose 6.8% year-on-year in February and imports climbed 4.2%, the Statistical Office "
     "said in its flash estimate, with car shipments again the main driver.",
     [R(f="export", r=SK, vq=DC, d="up", pct=6.8, b="yoy", src=SKSTAT, **FEB),
      R(f="import", r=SK, vq=DC, d="up", pct=4.2, b=DC, src=SKSTAT, **FEB)]),

    # P17 single sentence: only amounts ("goods worth ... were exported from Croatia"), a
    # coverage ratio (no record).
    ("According to the Croatian Bureau of Statistics' first release, goods worth €1.78 billion were "
     "exported from Croatia in January 2030 and goods worth €3.21 billion were imported; the coverage of "
     "imports by exports was 55.5%.",
     [R(f="export", r=HR, c=DC, v=1.78e9, cur="EUR", vq=DC, src=DZS, **JAN),
      R(f="import", r=HR, c=DC, v=3.21e9, cur="EUR", vq=DC, src=DZS, **JAN)]),

    # P18 Swiss customs: nominal and real changes (the real one optional), "francs".
    ("Swiss exports rose 2.4% in March to 23.62 billion francs in seasonally adjusted nominal terms, the "
     "Federal Office for Customs and Border Security said; in real terms, they increased 1.1%. Imports "
     "fell 1.8% to 19.04 billion francs, lifting the trade surplus to 4.58 billion francs.",
     [R(f="export", r=CH, v=23.62e9, cur="CHF", d="up", pct=2.4, b=DC, src=BAZG, **MAR),
      OPT(f="export", r=CH, v=DC, cur=DC, d="up", pct=1.1, **MAR),
      R(f="import", r=CH, v=19.04e9, cur="CHF", d="down", pct=1.8, b=DC, src=BAZG, **MAR),
      R(f="balance", r=CH, v=4.58e9, cur="CHF", bal="surplus", d="up", pct=DC, by=DC, b=DC, src=BAZG,
        **MAR)]),

    # ---------------------------------------------------------------- Turkey, Caucasus
    # P19 Trade Ministry preliminary figures: a deficit that narrowed by a percent, energy
    # imports, a ratio (no record).
    ("According to preliminary figures announced by the Trade Ministry, Turkey's exports increased by "
     "7.9% year-on-year to $23.61 billion in March, while imports decreased by 3.4% to $29.84 billion. "
     "The foreign trade deficit narrowed 30.9% to $6.23 billion, and energy imports dropped 18.7% to "
     "$4.02 billion. The ratio of exports to imports rose to 79.1%.",
     [R(f="export", r=TR, v=23.61e9, cur="USD", vq=DC, d="up", pct=7.9, b="yoy", src=TRMIN, **MAR),
      R(f="import", r=TR, v=29.84e9, cur="USD", vq=DC, d="down", pct=3.4, b=DC, src=TRMIN, **MAR),
      R(f="balance", r=TR, v=6.23e9, cur="USD", vq=DC, bal="deficit", d=DC, pct=30.9, b=DC, src=TRMIN,
        **MAR),
      R(f="import", r=TR, c=ENERGY, v=4.02e9, cur="USD", vq=DC, d="down", pct=18.7, b=DC, src=TRMIN,
        **MAR)]),

    # P20 central bank balance of payments: the current account (with a base), FDI and
    # reserves make no record; the foreign trade deficit on a BoP basis does.
    ("Turkey ran a current account deficit of $4.21 billion in February, against $3.87 billion a year "
     "earlier, central bank data showed. The foreign trade deficit on a balance-of-payments "
     "basis was $5.63 billion, while net foreign direct investment inflows came to $712 million and "
     "official reserves rose to $164.2 billion.",
     [R(f="balance", r=TR, c=DC, v=5.63e9, cur="USD", bal="deficit", src=TCMB, **FEB)]),

    # P21 Geostat: "the negative balance of ... external merchandise trade", a share of turnover
    # (no record), "(-2.4% y/y)".
    ("According to Geostat's preliminary figures, the negative balance of Georgia's external merchandise "
     "trade was $1.57 billion in January-February 2030, equal to 47.4% of turnover. Exports of goods "
     "totalled $871.6 million (-2.4% y/y) and imports $2.44 billion (+10.8% y/y).",
     [R(f="balance", r=GE, c=DC, v=1.57e9, cur="USD", vq=DC, bal="deficit", src=GEOSTAT, **YTD2),
      R(f="export", r=GE, c=DC, v=871.6e6, cur="USD", vq=DC, d="down", pct=2.4, b="yoy", src=GEOSTAT,
        **YTD2),
      R(f="import", r=GE, c=DC, v=2.44e9, cur="USD", vq=DC, d="up", pct=10.8, b="yoy", src=GEOSTAT,
        **YTD2)]),

    # P22 State Customs Committee: "positive foreign trade balance", exports restated in AZN.
    ("The State Customs Committee put Azerbaijan's positive foreign trade balance at $2.42 billion for "
     "the first quarter of 2030, with exports of $6.84 billion (AZN 11.63 billion) against imports of "
     "$4.42 billion. Non-oil exports rose 11.6% to $912 million.",
     [R(f="balance", r=AZ, v=2.42e9, cur="USD", bal="surplus", src=AZSCC, **Q1),
      R(f="export", r=AZ, v=[6.84e9, 11.63e9], cur=["USD", "AZN"], src=AZSCC, **Q1),
      OPT(f="export", r=AZ, v=[6.84e9, 11.63e9], cur=["USD", "AZN"], **Q1),
      R(f="import", r=AZ, v=4.42e9, cur="USD", src=AZSCC, **Q1),
      R(f="export", r=AZ, c=NONOIL, v=912e6, cur="USD", d="up", pct=11.6, b=DC, src=AZSCC, **Q1)]),

    # ---------------------------------------------------------------- Gulf, Middle East, Africa
    # P23 GASTAT: oil and non-oil parts, a surplus with its year-earlier base.
    ("The value of Saudi Arabia's merchandise exports decreased by 4.3% on an annual basis to SAR 96.8 "
     "billion in January 2030, the General Authority for Statistics (GASTAT) said, as oil exports "
     "declined 9.8% to SAR 68.1 billion. "
     "Non-oil exports (including re-exports) climbed 12.1% to SAR 28.7 billion. Merchandise imports "
     "increased 3.2% to SAR 67.4 billion, leaving a surplus of SAR 29.4 billion, down from SAR 35.8 "
     "billion a year earlier.",
     [R(f="export", r=SA, c=DC, v=96.8e9, cur="SAR", d="down", pct=4.3, b="yoy", src=GASTAT, **JAN),
      R(f="export", r=SA, c=CRUDE, v=68.1e9, cur="SAR", d="down", pct=9.8, b=DC, src=GASTAT, **JAN),
      R(f="export", r=SA, c=NONOIL, v=28.7e9, cur="SAR", d="up", pct=12.1, b=DC, src=GASTAT, **JAN),
      R(f="import", r=SA, c=DC, v=67.4e9, cur="SAR", d="up", pct=3.2, b=DC, src=GASTAT, **JAN),
      R(f="balance", r=SA, c=DC, v=29.4e9, cur="SAR", bal="surplus", d="down", pct=DC, by=DC, b="yoy",
        src=GASTAT, **JAN),
      OPT(f="balance", r=SA, c=DC, v=35.8e9, cur="SAR", bal="surplus", **JAN29)]),

    # P24 finance ministry's oil revenue report: volume and revenue in one record, a price per
    # barrel and crude production (no record).
    ("Angola's crude oil exports averaged 1.02 million barrels per day in March, earning $2.41 billion at "
     "an average price of $76.40 a barrel, the finance ministry said in its monthly oil revenue report. "
     "Crude production averaged 1.08 million bpd over the month, according to the national oil and gas "
     "agency.",
     [R(f="export", r=AO, c=CRUDE, vol=1.02e6, u=BBL, volq=DC, v=[2.41e9, None], cur=["USD", None],
        src=AOFIN, **MAR),
      OPT(f="export", r=AO, c=CRUDE, vol=[1.02e6, None], u=BBL + [None], volq=DC, v=2.41e9, cur="USD",
          **MAR)]),

    # P25 Israel CBS: shekels restated in dollars in a clause, a base of the previous month, an
    # annualized rate from trend data (b DC).
    ("Israel's trade deficit in goods narrowed to ₪8.9 billion in March from ₪10.4 billion in February, "
     "the Central Bureau of Statistics said; in dollar terms, the March deficit was $2.4 billion. "
     "According to the bureau's trend data, exports of goods excluding diamonds rose at an annualized "
     "rate of 6.3% in the first quarter.",
     [R(f="balance", r=IL, c=DC, v=[8.9e9, 2.4e9], cur=["ILS", "USD"], bal="deficit", d=DC, pct=DC, by=DC,
        b=DC, src=CBSIL, **MAR),
      OPT(f="balance", r=IL, c=DC, v=[8.9e9, 2.4e9], cur=["ILS", "USD"], bal="deficit", **MAR),
      OPT(f="balance", r=IL, c=DC, v=10.4e9, cur="ILS", bal="deficit", **FEB),
      R(f="export", r=IL, c=DC, d="up", pct=6.3, b=DC, src=CBSIL, **Q1)]),

    # P26 Jordan DoS: "JD", a deficit widening by a percent, total exports as "national exports
    # plus re-exports".
    ("Jordan's trade deficit widened 1.6% to JD1.51 billion in January-February 2030 as imports grew "
     "faster than exports, the Department of Statistics said: total exports, national exports plus "
     "re-exports, came to JD1.55 billion, while imports rose 2.7% to JD3.06 billion.",
     [R(f="balance", r=JO, v=1.51e9, cur="JOD", bal="deficit", d=DC, pct=1.6, b=DC, src=JODOS, **YTD2),
      R(f="export", r=JO, c=DC, v=1.55e9, cur="JOD", d=DC, pct=DC, b=DC, src=JODOS, **YTD2),
      R(f="import", r=JO, v=3.06e9, cur="JOD", d="up", pct=2.7, b=DC, src=JODOS, **YTD2)]),

    # P27 Bahrain iGA: one value with a y/y and an m/m change, "BD", the non-oil balance after
    # re-exports.
    ("Non-oil exports of Bahraini origin rose 6.4% year-on-year and 2.9% from January to BD312.6 million "
     "in February 2030, the Information & eGovernment Authority said. Non-oil imports fell 3.1% to "
     "BD498.2 million, and after re-exports of BD54.3 million, the non-oil trade balance showed a deficit "
     "of BD131.3 million.",
     [R(f="export", r=BH, c=NONOIL, v=312.6e6, cur="BHD", d="up", pct=[6.4, 2.9], b=["yoy", "mom"],
        src=IGA, **FEB),
      OPT(f="export", r=BH, c=NONOIL, v=312.6e6, cur="BHD", **FEB),
      R(f="import", r=BH, c=NONOIL, v=498.2e6, cur="BHD", d="down", pct=3.1, b=DC, src=IGA, **FEB),
      R(f="export", r=BH, c=DC, v=54.3e6, cur="BHD", src=IGA, **FEB),
      R(f="balance", r=BH, c=NONOIL, v=131.3e6, cur="BHD", bal="deficit", src=IGA, **FEB)]),

    # P28 single sentence, CAPMAS monthly bulletin: a deficit down by a percent.
    ("Egypt's trade deficit narrowed 8% year-on-year to $3.41 billion in January 2030, the Central "
     "Agency for Public Mobilization and Statistics (CAPMAS) said in its monthly bulletin, as exports "
     "rose 11.7% to $3.62 billion and imports edged up 1.2% to $7.03 billion.",
     [R(f="balance", r=EG, v=3.41e9, cur="USD", bal="deficit", d=DC, pct=8, b="yoy", src=CAPMAS, **JAN),
      R(f="export", r=EG, v=3.62e9, cur="USD", d="up", pct=11.7, b=DC, src=CAPMAS, **JAN),
      R(f="import", r=EG, v=7.03e9, cur="USD", d="up", pct=1.2, cq=DC, b=DC, src=CAPMAS, **JAN)]),

    # P29 single sentence, INS: the coverage rate first (no record), "purchases abroad" and
    # "sales abroad", "dinars".
    ("Tunisia's exports covered 77.6% of its imports in the first quarter of 2030, down from 79.0% a year "
     "earlier, as purchases abroad grew 3.9% to 19.59 billion dinars while sales abroad rose only 2.1% to "
     "15.21 billion dinars, leaving a deficit of 4.38 billion dinars, according to the National "
     "Institute of Statistics (INS).",
     [R(f="import", r=TN, v=19.59e9, cur="TND", d="up", pct=3.9, b=DC, src=TNINS, **Q1),
      R(f="export", r=TN, v=15.21e9, cur="TND", d="up", pct=2.1, b=DC, src=TNINS, **Q1),
      R(f="balance", r=TN, v=4.38e9, cur="TND", bal="deficit", src=TNINS, **Q1)]),

    # P30 Office des Changes: remittances and travel receipts beside the trade figures (no
    # record).
    ("Morocco's imports of goods rose 4.9% to 131.8 billion dirhams in the first two months of 2030 and "
     "exports 3.6% to 77.5 billion dirhams, the Office des Changes said in its latest bulletin, putting "
     "the trade deficit at 54.3 billion dirhams and the coverage rate at 58.8%. Remittances from "
     "Moroccans living abroad reached 17.2 billion dirhams and travel receipts 16.4 billion dirhams.",
     [R(f="import", r=MA, c=DC, v=131.8e9, cur="MAD", d="up", pct=4.9, b=DC, src=OC, **YTD2),
      R(f="export", r=MA, c=DC, v=77.5e9, cur="MAD", d="up", pct=3.6, b=DC, src=OC, **YTD2),
      R(f="balance", r=MA, c=DC, v=54.3e9, cur="MAD", bal="deficit", src=OC, **YTD2)]),

    # P31 SARS release copy: "This was attributable to", the year-to-date balance with a base of
    # the other sign.
    ("The South African Revenue Service (SARS) released trade statistics for February 2030 recording a "
     "preliminary trade balance surplus of R14.62 billion. This was attributable to exports of R182.35 "
     "billion and imports of R167.73 billion. The cumulative balance for the year to date was a surplus of R9.81 "
     "billion, compared with a deficit of R3.27 billion for the same period in 2029.",
     [R(f="balance", r=ZA, c=DC, v=14.62e9, cur="ZAR", vq=DC, bal="surplus", src=SARS, **FEB),
      R(f="export", r=ZA, c=DC, v=182.35e9, cur="ZAR", vq=DC, src=SARS, **FEB),
      R(f="import", r=ZA, c=DC, v=167.73e9, cur="ZAR", vq=DC, src=SARS, **FEB),
      R(f="balance", r=ZA, c=DC, v=9.81e9, cur="ZAR", vq=DC, bal="surplus", d=DC, pct=DC, by=DC, b=DC,
        src=SARS, **YTDF),
      OPT(f="balance", r=ZA, c=DC, v=3.27e9, cur="ZAR", bal="deficit", **YTD2_29)]),

    # P32 KNBS Leading Economic Indicators: "KSh", tea earnings, remittances and the shilling
    # beside them (no record).
    ("Kenya's exports rose 9.4% to KSh 98.6 billion in January while imports fell 2.3% to KSh 238.1 "
     "billion, narrowing the trade deficit to KSh 139.5 billion, the Kenya National Bureau of Statistics "
     "(KNBS) said in its Leading Economic Indicators report. Tea earnings rose to KSh 17.3 billion. "
     "Diaspora remittances came to $412 million in the month, and the shilling averaged 129.2 to the "
     "dollar.",
     [R(f="export", r=KE, v=98.6e9, cur="KES", d="up", pct=9.4, b=DC, src=KNBS, **JAN),
      R(f="import", r=KE, v=238.1e9, cur="KES", d="down", pct=2.3, b=DC, src=KNBS, **JAN),
      R(f="balance", r=KE, v=139.5e9, cur="KES", bal="deficit", d=DC, pct=DC, by=DC, b=DC, src=KNBS,
        **JAN),
      R(f="export", r=KE, c=TEA, v=17.3e9, cur="KES", d="up", pct=DC, by=DC, b=DC, src=KNBS, **JAN)]),

    # P33 single sentence, Bank of Tanzania: a current account (no record) and the goods trade
    # deficit in the year to February with its base.
    ("Tanzania's current account deficit narrowed to $1.92 billion in the year to February 2030, the Bank "
     "of Tanzania said, as the goods trade deficit shrank to $3.14 billion from $4.02 billion a year "
     "earlier on higher gold and cashew receipts.",
     [R(f="balance", r=TZ, c=DC, v=3.14e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, b="yoy", src=BOT,
        **R12FEB),
      OPT(f="balance", r=TZ, c=DC, v=4.02e9, cur="USD", bal="deficit", **R12FEB_29)]),

    # P34 single sentence, Bank of Uganda: a deficit with its previous-month base, gold exports
    # "fell to" (no percent).
    ("Uganda's merchandise trade deficit widened to $412.6 million in February from $318.4 million in "
     "January, the Bank of Uganda said, as gold exports fell to $187.3 million.",
     [R(f="balance", r=UG, c=DC, v=412.6e6, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, b=DC, src=BOU,
        **FEB),
      OPT(f="balance", r=UG, c=DC, v=318.4e6, cur="USD", bal="deficit", **JAN),
      R(f="export", r=UG, c="gold", v=187.3e6, cur="USD", d="down", pct=DC, by=DC, b=DC, src=BOU, **FEB)]),

    # P35 single sentence, ZamStats: "month-on-month", "K" is kwacha, a surplus that shrank with
    # its base.
    ("Zambia's exports declined 7.2% month-on-month to K27.8 billion in February and imports fell 3.8% "
     "to K23.7 billion, shrinking the trade surplus to K4.1 billion from K5.3 billion in January, the "
     "Zambia Statistics Agency's monthly bulletin showed.",
     [R(f="export", r=ZM, v=27.8e9, cur="ZMW", d="down", pct=7.2, b="mom", src=ZAMSTATS, **FEB),
      R(f="import", r=ZM, v=23.7e9, cur="ZMW", d="down", pct=3.8, b=DC, src=ZAMSTATS, **FEB),
      R(f="balance", r=ZM, v=4.1e9, cur="ZMW", bal="surplus", d="down", pct=DC, by=DC, b=DC, src=ZAMSTATS,
        **FEB),
      OPT(f="balance", r=ZM, v=5.3e9, cur="ZMW", bal="surplus", **JAN)]),

    # P36 single sentence, ANSD: "CFA francs", a deficit with a year-earlier base, a reason.
    ("Senegal's trade deficit narrowed to 185.6 billion CFA francs in February 2030 from 262.4 billion "
     "CFA francs a year earlier, the ANSD said in its monthly note on external trade, as oil and gold "
     "sales lifted exports by 31.4% to 412.7 billion CFA francs.",
     [R(f="balance", r=SN, v=185.6e9, cur="XOF", bal="deficit", d=DC, pct=DC, by=DC, b="yoy", src=ANSD,
        **FEB),
      OPT(f="balance", r=SN, v=262.4e9, cur="XOF", bal="deficit", **FEB29),
      R(f="export", r=SN, v=412.7e9, cur="XOF", d="up", pct=31.4, b=DC, src=ANSD, **FEB)]),

    # P37 NBS Foreign Trade in Goods Statistics: "a trade balance of ... in its favour",
    # "quarter-on-quarter".
    ("Nigeria recorded a trade balance of ₦7.56 trillion in its favour in the fourth quarter of 2029, "
     "according to the National Bureau of Statistics' Foreign Trade in Goods Statistics report, as "
     "exports of ₦23.14 trillion outpaced imports of ₦15.58 trillion. Total trade grew 4.1% "
     "quarter-on-quarter to ₦38.72 trillion.",
     [R(f="balance", r=NG, c=DC, v=7.56e12, cur="NGN", bal="surplus", src=NBSNG, **Q4_29),
      R(f="export", r=NG, c=DC, v=23.14e12, cur="NGN", src=NBSNG, **Q4_29),
      R(f="import", r=NG, c=DC, v=15.58e12, cur="NGN", src=NBSNG, **Q4_29),
      R(f="total", r=NG, c=DC, v=38.72e12, cur="NGN", d="up", pct=4.1, b=QOQ, src=NBSNG, **Q4_29)]),

    # ---------------------------------------------------------------- Asia
    # P38 "TABLE-" line with poll forecasts (no record), then the quarter in two currencies:
    # one record accepting either change, the dollar value not given.
    ("TABLE-China March trade data (GAC): exports $318.7 bln, +6.1% y/y (Reuters poll +4.0%); imports "
     "$226.5 bln, -1.4% y/y (poll +1.5%); trade balance $92.2 bln (poll $81.0 bln). In the first "
     "quarter, exports grew 5.3% in dollar terms; in yuan terms they rose 6.9% to 6.38 trillion yuan.",
     [R(f="export", r=CN, v=318.7e9, cur="USD", d="up", pct=6.1, b="yoy", src=GAC, **MAR),
      R(f="import", r=CN, v=226.5e9, cur="USD", d="down", pct=1.4, b="yoy", src=GAC, **MAR),
      R(f="balance", r=CN, v=92.2e9, cur="USD", bal="surplus", src=GAC, **MAR),
      R(f="export", r=CN, v=[6.38e12, None], cur=["CNY", None], d="up", pct=[5.3, 6.9], b=DC, src=GAC, **Q1),
      OPT(f="export", r=CN, v=DC, cur=DC, d="up", pct=[5.3, 6.9], **Q1)]),

    # P39 MOTIE press-release style: "Exports for March 2030 amounted to", average daily
    # exports (optional), a company named without a figure.
    ("Exports for March 2030 amounted to $64.1 billion, up 9.2% from a year earlier, and imports to "
     "$55.3 billion, up 2.8%, for a trade surplus of $8.8 billion, South Korea's Ministry of Trade, "
     "Industry and Energy announced. Average daily exports, adjusted for the number of working days, "
     "increased 4.7% to $2.79 billion. Samsung Electronics, the country's biggest exporter, will report "
     "first-quarter sales next week.",
     [R(f="export", r=KR, v=64.1e9, cur="USD", d="up", pct=9.2, b="yoy", src=MOTIE, **MAR),
      R(f="import", r=KR, v=55.3e9, cur="USD", d="up", pct=2.8, b=DC, src=MOTIE, **MAR),
      R(f="balance", r=KR, v=8.8e9, cur="USD", bal="surplus", src=MOTIE, **MAR),
      OPT(f="export", r=KR, v=2.79e9, cur="USD", d="up", pct=4.7, **MAR)]),

    # P40 MOF preliminary statistics: unadjusted surplus, adjusted exports and an adjusted
    # deficit in the same month, the fiscal year's deficit.
    ("According to the Ministry of Finance's preliminary trade statistics for March 2030, Japan's "
     "exports were ¥10.27 trillion (+5.8% y/y) and imports ¥9.76 trillion (+2.1% y/y), for a surplus of "
     "¥510 billion. Seasonally adjusted, exports fell 1.3% from February to ¥9.12 trillion and the "
     "balance was in deficit by ¥184 billion. For fiscal 2029, which ended in March, the trade deficit "
     "narrowed to ¥3.12 trillion.",
     [R(f="export", r=JP, v=10.27e12, cur="JPY", vq=DC, d="up", pct=5.8, b="yoy", src=MOFJ, **MAR),
      R(f="import", r=JP, v=9.76e12, cur="JPY", vq=DC, d="up", pct=2.1, b="yoy", src=MOFJ, **MAR),
      R(f="balance", r=JP, v=510e9, cur="JPY", vq=DC, bal="surplus", src=MOFJ, **MAR),
      R(f="export", r=JP, v=9.12e12, cur="JPY", vq=DC, d="down", pct=1.3, b="mom", src=MOFJ, **MAR),
      R(f="balance", r=JP, v=184e9, cur="JPY", vq=DC, bal="deficit", src=MOFJ, **MAR),
      R(f="balance", r=JP, v=3.12e12, cur="JPY", vq=DC, bal="deficit", d=DC, pct=DC, by=DC, b=DC,
        src=MOFJ, **FY29)]),

    # P41 BPS: "(+4.8% y/y)", "of which non-oil and gas exports", a Unicode minus.
    ("Indonesia's trade balance recorded a surplus of US$3.86 billion in March 2030, Statistics Indonesia "
     "(BPS) said. Exports reached US$23.41 billion (+4.8% y/y), of which non-oil and gas exports were "
     "US$22.02 billion, while imports were US$19.55 billion (−1.2% y/y).",
     [R(f="balance", r=ID, v=3.86e9, cur="USD", bal="surplus", src=BPS, **MAR),
      R(f="export", r=ID, v=23.41e9, cur="USD", d="up", pct=4.8, b="yoy", src=BPS, **MAR),
      R(f="export", r=ID, c=NONOILGAS, v=22.02e9, cur="USD", src=BPS, **MAR),
      R(f="import", r=ID, v=19.55e9, cur="USD", d="down", pct=1.2, b="yoy", src=BPS, **MAR)]),

    # P42 single sentence: coal exports in tonnes next to a benchmark price (no record).
    ("Indonesia exported 41.2 million tonnes of coal in March, down 6.8% from a year earlier, BPS data "
     "showed, while the energy ministry set the benchmark coal price (HBA) at $104.60 a tonne for the "
     "first half of April.",
     [R(f="export", r=ID, c="coal", vol=41.2e6, u=TON, d="down", pct=6.8, b="yoy", src=BPS, **MAR)]),

    # P43 PSA release copy: "total external trade in goods", a base "recorded in February 2029",
    # "the balance of trade in goods (BoT-G)".
    ("The Philippines' total external trade in goods amounted to US$17.93 billion in February 2030, 3.9 "
     "percent higher than the US$17.26 billion recorded in February 2029, the Philippine Statistics "
     "Authority (PSA) said. Exports of goods totaled US$6.42 billion, while imports reached US$11.51 "
     "billion, putting the balance of trade in goods (BoT-G) at a deficit of US$5.09 billion.",
     [R(f="total", r=PH, c=DC, v=17.93e9, cur="USD", d="up", pct=3.9, b=DC, src=PSA, **FEB),
      OPT(f="total", r=PH, c=DC, v=17.26e9, cur="USD", **FEB29),
      R(f="export", r=PH, c=DC, v=6.42e9, cur="USD", src=PSA, **FEB),
      R(f="import", r=PH, c=DC, v=11.51e9, cur="USD", src=PSA, **FEB),
      R(f="balance", r=PH, c=DC, v=5.09e9, cur="USD", bal="deficit", src=PSA, **FEB)]),

    # P44 DOSM: one export value "higher year-on-year but ... lower month-on-month".
    ("Malaysia's trade surplus widened to RM15.5 billion in February 2030, the Department of Statistics "
     "Malaysia (DOSM) said. Exports were RM128.9 billion, 7.6% higher year-on-year but 4.1% lower "
     "month-on-month as the Chinese New Year holidays cut working days, and imports were RM113.4 "
     "billion, up 5.2% year-on-year.",
     [R(f="balance", r=MY, v=15.5e9, cur="MYR", bal="surplus", d="up", pct=DC, by=DC, b=DC, src=DOSM15,
        **FEB),
      R(f="export", r=MY, v=128.9e9, cur="MYR", d=["up", "down"], pct=[7.6, 4.1], b=["yoy", "mom"],
        src=DOSM15, **FEB),
      OPT(f="export", r=MY, v=128.9e9, cur="MYR", **FEB),
      R(f="import", r=MY, v=113.4e9, cur="MYR", d="up", pct=5.2, b="yoy", src=DOSM15, **FEB)]),

    # P45 Vietnam's statistics office: quarterly estimates, "In March alone".
    ("Vietnam's exports in the first quarter of 2030 were estimated at $112.4 billion, up 12.8% from a "
     "year earlier, and imports at $105.9 billion, up 14.1%, the National Statistics Office under the "
     "Ministry of Finance said, leaving a trade surplus of $6.5 billion. In March alone, exports rose "
     "9.6% to $41.2 billion.",
     [R(f="export", r=VN, v=112.4e9, cur="USD", vq=DC, d="up", pct=12.8, b="yoy", src=GSO, **Q1),
      R(f="import", r=VN, v=105.9e9, cur="USD", vq=DC, d="up", pct=14.1, b=DC, src=GSO, **Q1),
      R(f="balance", r=VN, v=6.5e9, cur="USD", vq=DC, bal="surplus", src=GSO, **Q1),
      R(f="export", r=VN, v=41.2e9, cur="USD", vq=DC, d="up", pct=9.6, b=DC, src=GSO, **MAR)]),

    # P46 Myanmar's Ministry of Commerce: the April-March fiscal year, garments "mostly shipped
    # to Japan and the European Union" (no partner).
    ("Myanmar's exports fell 4.1% to $12.91 billion in the 2029-30 fiscal year, which ran from April to "
     "March, while imports rose 2.6% to $13.93 billion, producing a trade deficit of $1.02 billion, "
     "Ministry of Commerce figures showed. Garments, mostly shipped to Japan and the European Union, "
     "brought in $3.87 billion.",
     [R(f="export", r=MM, v=12.91e9, cur="USD", d="down", pct=4.1, b=DC, src=MMMOC, **FY29),
      R(f="import", r=MM, v=13.93e9, cur="USD", d="up", pct=2.6, b=DC, src=MMMOC, **FY29),
      R(f="balance", r=MM, v=1.02e9, cur="USD", bal="deficit", src=MMMOC, **FY29),
      R(f="export", r=MM, c=GARM, v=3.87e9, cur="USD", src=MMMOC, **FY29)]),

    # P47 single sentence, Nepal's Department of Customs: "Rs" is NPR, a fiscal year from
    # mid-July, a deficit "4.6% wider than a year earlier".
    ("Nepal imported goods worth Rs 1.19 trillion in the first eight months of the current fiscal year "
     "(mid-July to mid-March), up 5.1%, and exported goods worth Rs 171.6 billion, up 8.3%, according to "
     "the Department of Customs, leaving a trade deficit of Rs 1.02 trillion, 4.6% wider than a year "
     "earlier.",
     [R(f="import", r=NP, c=DC, v=1.19e12, cur="NPR", d="up", pct=5.1, b=DC, src=NPCUS, **NPFY8),
      R(f="export", r=NP, c=DC, v=171.6e9, cur="NPR", d="up", pct=8.3, b=DC, src=NPCUS, **NPFY8),
      R(f="balance", r=NP, c=DC, v=1.02e12, cur="NPR", bal="deficit", d=DC, pct=4.6, b="yoy", src=NPCUS,
        **NPFY8)]),

    # P48 single sentence, EPB: a month and the fiscal year to date, "Tk ... lakh crore".
    ("Bangladesh earned $4.62 billion from merchandise exports in March, 6.7% more than a year earlier, "
     "bringing receipts for July-March of FY30 to $39.84 billion (Tk 4.86 lakh crore), up 5.9%, Export "
     "Promotion Bureau (EPB) data showed.",
     [R(f="export", r=BD, c=DC, v=4.62e9, cur="USD", d="up", pct=6.7, b="yoy", src=EPB, **MAR),
      R(f="export", r=BD, c=DC, v=[39.84e9, 4.86e12], cur=["USD", "BDT"], d="up", pct=5.9, b=DC, src=EPB,
        **JM30),
      OPT(f="export", r=BD, c=DC, v=[39.84e9, 4.86e12], cur=["USD", "BDT"], **JM30)]),

    # P49 EDB: goods and services together, the merchandise part restated in rupees, services
    # "an estimated $362mn", "mn".
    ("Sri Lanka earned $1.55 billion from exports of goods and services in March, the Export Development "
     "Board said, with merchandise exports contributing $1.19 billion (Rs 355.3 billion) and services an "
     "estimated $362mn. Apparel and textiles, the largest merchandise category, brought in $428.6mn.",
     [R(f="export", r=LK, c=DC, v=1.55e9, cur="USD", src=SLEDB, **MAR),
      R(f="export", r=LK, c=DC, v=[1.19e9, 355.3e9], cur=["USD", "LKR"], src=SLEDB, **MAR),
      OPT(f="export", r=LK, c=DC, v=[1.19e9, 355.3e9], cur=["USD", "LKR"], **MAR),
      R(f="export", r=LK, c=SERVICES, v=362e6, cur="USD", vq=DC, src=SLEDB, **MAR),
      R(f="export", r=LK, c=APPTEX, v=428.6e6, cur="USD", src=SLEDB, **MAR)]),

    # P50 PBS release register: rupees in parentheses, "than in March 2029" (b DC), a monthly
    # deficit "lower than a year earlier" (yoy), July-March.
    ("According to the Pakistan Bureau of Statistics, exports in March 2030 were $2.81 billion (Rs 787.4 "
     "billion), 9.1% higher than in March 2029, while imports were $4.85 billion, up 0.9%, putting the "
     "monthly trade deficit at $2.04 billion, 8.6% lower than a year earlier. The deficit for July-March "
     "stood at $19.62 billion.",
     [R(f="export", r=PK, v=[2.81e9, 787.4e9], cur=["USD", "PKR"], d="up", pct=9.1, b=DC, src=PBS, **MAR),
      OPT(f="export", r=PK, v=[2.81e9, 787.4e9], cur=["USD", "PKR"], **MAR),
      R(f="import", r=PK, v=4.85e9, cur="USD", d="up", pct=0.9, b=DC, src=PBS, **MAR),
      R(f="balance", r=PK, v=2.04e9, cur="USD", bal="deficit", d=DC, pct=8.6, b="yoy", src=PBS, **MAR),
      R(f="balance", r=PK, v=19.62e9, cur="USD", bal="deficit", src=PBS, **JM30)]),

    # P51 India's commerce ministry: a record fiscal year, rupees in Indian digit grouping in a
    # later sentence.
    ("Merchandise exports hit a record $482.6 billion in 2029-30, 4.9% more than in the previous fiscal "
     "year, while imports climbed 3.7% to $742.3 billion, leaving a deficit of $259.7 billion, India's "
     "commerce ministry said on Tuesday. In rupee terms, exports were ₹41,16,578 crore.",
     [R(f="export", r=IN, c=DC, v=[482.6e9, 4.116578e13], cur=["USD", "INR"], vq=RECORD, d="up", pct=4.9,
        b="yoy", src=INCOM, **FY29),
      OPT(f="export", r=IN, c=DC, v=[482.6e9, 4.116578e13], cur=["USD", "INR"], **FY29),
      R(f="import", r=IN, c=DC, v=742.3e9, cur="USD", d="up", pct=3.7, b=DC, src=INCOM, **FY29),
      R(f="balance", r=IN, c=DC, v=259.7e9, cur="USD", bal="deficit", src=INCOM, **FY29)]),

    # ---------------------------------------------------------------- Oceania
    # P52 ABS release copy: "$5,412m", credits and debits, "a decrease of $1,186m on the revised
    # surplus" (no base amount, no base record).
    ("The balance on goods and services was a surplus of $5,412m in February 2030, a decrease of $1,186m "
     "on the revised surplus in January 2030, in seasonally adjusted terms, the Australian Bureau of "
     "Statistics said. Goods and services credits fell $1,517m (3%) to $48,903m. Goods and services "
     "debits fell $331m (1%) to $43,491m.",
     [R(f="balance", r=AU, c=DC, v=5.412e9, cur="AUD", bal="surplus", d="down", pct=DC, by=1.186e9,
        byc="AUD", b=DC, src=ABS, **FEB),
      R(f="export", r=AU, c=DC, v=48.903e9, cur="AUD", d="down", pct=3, by=1.517e9, byc="AUD", b=DC,
        src=ABS, **FEB),
      R(f="import", r=AU, c=DC, v=43.491e9, cur="AUD", d="down", pct=1, by=0.331e9, byc="AUD", b=DC,
        src=ABS, **FEB)]),

    # P53 Stats NZ: annual figures with absolute and percent changes, "$" is NZD, the month's
    # balance.
    ("In the year ended February 2030, goods exports from New Zealand rose $3.1 billion (4.6 percent) to "
     "$70.4 billion and goods imports rose $1.4 billion (1.8 percent) to $79.0 billion, Stats NZ said, "
     "for an annual deficit of $8.6 billion. February's monthly balance was a $412 million surplus.",
     [R(f="export", r=NZ, c=DC, v=70.4e9, cur="NZD", d="up", pct=4.6, by=3.1e9, byc="NZD", b=DC,
        src=STATSNZ, **R12FEB),
      R(f="import", r=NZ, c=DC, v=79.0e9, cur="NZD", d="up", pct=1.8, by=1.4e9, byc="NZD", b=DC,
        src=STATSNZ, **R12FEB),
      R(f="balance", r=NZ, c=DC, v=8.6e9, cur="NZD", bal="deficit", src=STATSNZ, **R12FEB),
      R(f="balance", r=NZ, c=DC, v=412e6, cur="NZD", bal="surplus", src=STATSNZ, **FEB)]),

    # P54 single sentence, Bank of Papua New Guinea: "K" is kina, reserves in dollars (no record).
    ("Papua New Guinea ran a merchandise trade surplus of K28.4 billion in 2029, up from K24.9 billion in "
     "2028, as LNG export receipts rose 9.6% to K21.6 billion, the Bank of Papua New Guinea said, adding "
     "that foreign exchange reserves stood at $4.1 billion at the end of December.",
     [R(f="balance", r=PG, c=DC, v=28.4e9, cur="PGK", bal="surplus", d="up", pct=DC, by=DC, b=DC, src=BPNG,
        **Y29),
      OPT(f="balance", r=PG, c=DC, v=24.9e9, cur="PGK", bal="surplus", **Y28),
      R(f="export", r=PG, c=LNG, v=21.6e9, cur="PGK", d="up", pct=9.6, b=DC, src=BPNG, **Y29)]),

    # ---------------------------------------------------------------- Latin America
    # P55 Reuters "UPDATE 1-": the surplus only in the headline ("$8.74 bln"), its base in the
    # body, "bln".
    ("UPDATE 1-Brazil posts $8.74 bln March trade surplus as oil exports climb. The March surplus "
     "compared with $7.21 billion in the same month of 2029, the Ministry of Development, Industry, Trade "
     "and Services said, as exports grew 5.6% to $31.92 billion and imports 0.7% to $23.18 billion. Crude "
     "oil shipments were up 14.2% at $4.83 billion.",
     [R(f="balance", r=BR, v=8.74e9, cur="USD", bal="surplus", d=DC, pct=DC, by=DC, b=DC, src=BRMIN, **MAR),
      OPT(f="balance", r=BR, v=7.21e9, cur="USD", bal="surplus", **MAR29),
      R(f="export", r=BR, v=31.92e9, cur="USD", d="up", pct=5.6, b=DC, src=BRMIN, **MAR),
      R(f="import", r=BR, v=23.18e9, cur="USD", d="up", pct=0.7, b=DC, src=BRMIN, **MAR),
      R(f="export", r=BR, c=CRUDE, v=4.83e9, cur="USD", d="up", pct=14.2, b=DC, src=BRMIN, **MAR)]),

    # P56 INDEC's ICA: export prices (no record) and quantities (optional), inflation (no
    # record).
    ("INDEC's foreign trade exchange report showed on Tuesday that Argentina exported goods worth US$7.34 "
     "billion in March and imported goods worth US$5.61 billion, a surplus of US$1.73 billion. Export prices fell 2.1% "
     "year on year while quantities rose 10.6%, the agency said, a week after reporting monthly inflation "
     "of 1.9% for March.",
     [R(f="export", r=AR, c=DC, v=7.34e9, cur="USD", d=DC, pct=DC, b=DC, src=INDEC, **MAR),
      OPT(f="export", r=AR, c=DC, v=DC, cur=DC, d="up", pct=10.6, **MAR),
      R(f="import", r=AR, c=DC, v=5.61e9, cur="USD", src=INDEC, **MAR),
      R(f="balance", r=AR, c=DC, v=1.73e9, cur="USD", bal="surplus", src=INDEC, **MAR)]),

    # P57 BCP: parts by good, "₲" in a later sentence (one record plus a twin).
    ("Paraguay's exports totalled US$4.21 billion in the first quarter of 2030, 7.4% more than in the "
     "same period of 2029, the Central Bank of Paraguay (BCP) reported, with soybeans accounting for "
     "US$1.62 billion and electricity from the binational Itaipú and Yacyretá dams for US$312 million. "
     "In guaraní terms, exports were worth ₲32.6 trillion.",
     [R(f="export", r=PY, v=[4.21e9, 32.6e12], cur=["USD", "PYG"], d="up", pct=7.4, b=DC, src=BCP, **Q1),
      OPT(f="export", r=PY, v=[4.21e9, 32.6e12], cur=["USD", "PYG"], **Q1),
      R(f="export", r=PY, c=SOY, v=1.62e9, cur="USD", src=BCP, **Q1),
      R(f="export", r=PY, p=DC, c=ELECTRICITY, v=312e6, cur="USD", src=BCP, **Q1)]),

    # P58 single sentence, Uruguay XXI: a ranking (no record), two goods and the total.
    ("Pulp overtook beef as Uruguay's top export in March, according to Uruguay XXI's monthly report, "
     "with shipments worth US$214 million against US$198 million for beef; total goods exports, "
     "including free-zone sales, slipped 1.8% year on year to US$1.06 billion.",
     [R(f="export", r=UY, c=PULP, v=214e6, cur="USD", src=UYXXI, **MAR),
      R(f="export", r=UY, c=BEEF, v=198e6, cur="USD", src=UYXXI, **MAR),
      R(f="export", r=UY, c=DC, v=1.06e9, cur="USD", d="down", pct=1.8, b="yoy", src=UYXXI, **MAR)]),

    # P59 single sentence, BCE: the oil and non-oil balances "positive by".
    ("Ecuador's trade balance showed a surplus of $812.4 million in January-February 2030, the Central "
     "Bank of Ecuador (BCE) said; the oil balance was positive by $603.1 million and the non-oil balance "
     "by $209.3 million.",
     [R(f="balance", r=EC, c=DC, v=812.4e6, cur="USD", bal="surplus", src=BCE, **YTD2),
      R(f="balance", r=EC, c=CRUDE, v=603.1e6, cur="USD", bal="surplus", src=BCE, **YTD2),
      R(f="balance", r=EC, c=NONOIL, v=209.3e6, cur="USD", bal="surplus", src=BCE, **YTD2)]),

    # P60 single sentence, PROCOMER: a part "led by ..., which brought in".
    ("Costa Rica's goods exports rose 11.8% to $5.64 billion in the first quarter, led by medical "
     "devices, which brought in $2.71 billion, the Foreign Trade Promotion Agency (PROCOMER) said.",
     [R(f="export", r=CR, c=DC, v=5.64e9, cur="USD", d="up", pct=11.8, b=DC, src=PROCOMER, **Q1),
      R(f="export", r=CR, c=MEDDEV, v=2.71e9, cur="USD", src=PROCOMER, **Q1)]),

    # P61 single sentence, DGA: free-zone and national exports, "RD$" with "about US$".
    ("Free-zone exports from the Dominican Republic reached US$1.18 billion in January-February 2030, up "
     "4.4%, while national exports were RD$79.9 billion (about US$1.27 billion), the General Directorate "
     "of Customs (DGA) said.",
     [R(f="export", r=DO, c=DC, v=1.18e9, cur="USD", d="up", pct=4.4, b=DC, src=DGA, **YTD2),
      R(f="export", r=DO, c=DC, v=[79.9e9, 1.27e9], cur=["DOP", "USD"], vq=[None] + ABOUT, src=DGA, **YTD2),
      OPT(f="export", r=DO, c=DC, v=[79.9e9, 1.27e9], cur=["DOP", "USD"], **YTD2)]),

    # P62 DANE: balances written as negative numbers, "FOB" and "CIF".
    ("Colombia's trade balance stood at -US$1.13 billion FOB in February, compared with -US$0.98 billion "
     "in February 2029, DANE said. Imports rose 5.1% to US$5.46 billion CIF, while exports, published "
     "earlier in the month, fell 2.3% to US$4.18 billion FOB.",
     [R(f="balance", r=CO, v=1.13e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, b=DC, src=DANE, **FEB),
      OPT(f="balance", r=CO, v=0.98e9, cur="USD", bal="deficit", **FEB29),
      R(f="import", r=CO, v=5.46e9, cur="USD", d="up", pct=5.1, b=DC, src=DANE, **FEB),
      R(f="export", r=CO, v=4.18e9, cur="USD", d="down", pct=2.3, b=DC, src=DANE, **FEB)]),

    # P63 Armenia's Statistical Committee: turnover falling with its parts, a reason (no
    # partner).
    ("Armenia's foreign trade turnover fell 21.4% year on year to $2.96 billion in January-February 2030, "
     "the Statistical Committee said, as re-exports of gold and cars to Russia slowed. Exports dropped "
     "28.7% to $1.03 billion, while imports declined 16.9% to $1.93 billion.",
     [R(f="total", r=AM, v=2.96e9, cur="USD", d="down", pct=21.4, b="yoy", src=ARMSTAT, **YTD2),
      R(f="export", r=AM, v=1.03e9, cur="USD", d="down", pct=28.7, b=DC, src=ARMSTAT, **YTD2),
      R(f="import", r=AM, v=1.93e9, cur="USD", d="down", pct=16.9, b=DC, src=ARMSTAT, **YTD2)]),

    # P64 cashew exports in tonnes, then cocoa arrivals at ports (no record).
    ("Côte d'Ivoire exported 312,400 tonnes of raw cashew nuts in the first quarter of 2030, up 9.1% "
     "from a year earlier, the Cotton and Cashew Council said. Cocoa arrivals at the ports of Abidjan and "
     "San Pedro reached 1.41 million tonnes by April 13, exporters estimated.",
     [R(f="export", r=CI, c=CASHEW, vol=312400, u=TON, d="up", pct=9.1, b="yoy", src=CCA, **Q1)]),
]

NEG = [
    # N01 a consensus expectation of a release.
    "The consensus among economists surveyed by Bloomberg was for Canada's merchandise trade balance "
    "to swing to a surplus of C$0.8 billion in February, ahead of Statistics Canada's release on Thursday.",
    # N02 a central bank's forecast of exports and of the goods account.
    "The Bank of Korea projects South Korea's goods exports to grow 3.8% this year, with the goods "
    "account surplus seen at about $96 billion, in its latest economic outlook.",
    # N03 a government target.
    "Vietnam's government has set a target of raising merchandise exports by 12% to about $530 billion "
    "in 2030, the Ministry of Industry and Trade said.",
    # N04 "would have been ... higher" (a counterfactual with a number).
    "Had production at the Sangomar field not been halted for maintenance, Senegal's exports in March "
    "would have been about 40% higher, an official of the statistics agency ANSD said.",
    # N05 a seasonal-adjustment explanation without figures.
    "Stats NZ does not seasonally adjust its annual series, and the monthly seasonally adjusted figures "
    "are revised as each new month of data is added, the agency said in an explanatory note.",
    # N06 a methodology note with shares only.
    "Eurostat's first estimates for the euro area are based on data covering most extra-area "
    "transactions, and revisions between the first and final estimates have averaged less than 0.5% of "
    "the value over the past five years.",
    # N07 a current account as a share of GDP.
    "Kenya's current account deficit narrowed to 3.1% of GDP in the 12 months to February from 3.9% a "
    "year earlier, the Central Bank of Kenya said.",
    # N08 FDI.
    "Disbursed foreign direct investment in Vietnam rose 7.2% year-on-year to $5.41 billion in the first "
    "quarter, the Ministry of Finance said.",
    # N09 remittances.
    "Workers' remittances to Jordan rose 3.2% to JD612 million in the first quarter of 2030, the Central "
    "Bank of Jordan said.",
    # N10 reserves and an import-cover ratio.
    "Fiji's foreign reserves stood at F$3.71 billion at the end of March, enough to cover 5.9 months of "
    "retained imports, the Reserve Bank of Fiji said.",
    # N11 GDP.
    "Georgia's economy grew 7.4% year-on-year in March, according to Geostat's rapid estimate, bringing "
    "first-quarter growth to 8.1%.",
    # N12 inflation.
    "Turkey's annual consumer price inflation eased to 18.6% in March from 20.1% in February, TurkStat "
    "said.",
    # N13 an exchange rate.
    "The Uruguayan peso strengthened to UYU 39.42 per U.S. dollar on Tuesday, its firmest level since "
    "January, as exporters sold dollars.",
    # N14 customs revenue.
    "The Bureau of Customs collected ₱82.4 billion in March, 6.1% above its target, mostly from duties "
    "and VAT on imported fuel, the Philippine Department of Finance said.",
    # N15 port throughput in TEUs.
    "The port of Colombo handled 2.12 million TEUs in the first quarter of 2030, up 9% from a year "
    "earlier, the Sri Lanka Ports Authority said.",
    # N16 freight rates.
    "Spot rates for VLCC tankers carrying crude from the Middle East Gulf to China rose to $48,200 a day "
    "last week, shipbroker data showed.",
    # N17 production.
    "Zambia's copper production rose 6.3% to 214,600 tonnes in the first quarter, the Ministry of Mines "
    "and Minerals Development said.",
    # N18 consumption.
    "Electricity consumption in Finland rose 6.8% to 23.4 terawatt hours in the first quarter, grid "
    "operator Fingrid said.",
    # N19 stocks.
    "Commercial U.S. crude oil inventories rose by 2.1 million barrels to 447.3 million barrels in the "
    "week to April 11, the Energy Information Administration said.",
    # N20 a price per tonne.
    "Russian wheat with 12.5% protein for May delivery rose $3 to $238 a tonne free on board last week, "
    "according to consultancy IKAR.",
    # N21 one company's sales.
    "Brazilian miner Vale said its iron ore sales rose 3.1% to 66.4 million tonnes in the first quarter, "
    "while production reached 72.8 million tonnes.",
    # N22 an IMF projection.
    "The International Monetary Fund expects Sri Lanka's merchandise exports to reach about $14.2 billion "
    "in 2030, according to its latest programme review.",
    # N23 a poll headline with "UPDATE 1-".
    "UPDATE 1-Japan's March exports seen up 4.9% y/y, trade surplus of ¥420 bln expected - Reuters poll",
    # N24 an export target.
    "Pakistan aims to raise exports to $60 billion by fiscal 2032-33 under its five-year National Export "
    "Plan, the commerce ministry said on Monday.",
    # N25 "would have been ... lower" in a release note.
    "Excluding the one-off import of a passenger aircraft, Iceland's goods imports in March would have "
    "been about ISK 7 billion lower, Statistics Iceland noted.",
    # N26 release dates.
    "Stats NZ will release goods trade figures for March 2030 on April 29, and the ABS will publish its "
    "March international trade data on May 7.",
    # N27 net trade's contribution to GDP.
    "Net trade subtracted 0.4 percentage point from Australia's real GDP growth in the fourth quarter of "
    "2029, the ABS said in its national accounts.",
    # N28 an official expectation for the current year.
    "The Philippines' goods trade deficit is expected to widen to about $58 billion this year, the "
    "government's Development Budget Coordination Committee said in its revised assumptions.",
    # N29 a coverage ratio alone.
    "Tunisia's export-import coverage rate rose to 78.4% last year, the National Institute of Statistics "
    "said, the highest since 2010.",
    # N30 export orders.
    "Taiwan's export orders rose 12.1% year-on-year to $58.4 billion in March, the Ministry of Economic "
    "Affairs said, beating forecasts.",
    # N31 portfolio inflows.
    "Foreign investors bought a net $3.2 billion of Indonesian government bonds in March, the finance "
    "ministry's debt office said, the biggest monthly inflow in a year.",
    # N32 customs duties and taxes collected.
    "Vietnam's customs collected ₫102.3 trillion in import-export duties and taxes in the first quarter, "
    "up 8.9% year on year, the customs department said.",
    # N33 "would have fallen" without a number.
    "Without the surge in gold shipments, Uganda's export earnings would have fallen in February, the "
    "Bank of Uganda said.",
    # N34 a seasonal explanation in a ministry's release, no adjusted figure.
    "The Lunar New Year fell in February this year but in January last year, which distorts monthly "
    "comparisons, South Korea's trade ministry said, adding that it does not publish seasonally adjusted "
    "export figures.",
    # N35 analysts' expectation of an adjusted balance.
    "Analysts had expected the euro area's seasonally adjusted trade surplus to shrink to around €12 "
    "billion in February, before Eurostat's release on Tuesday.",
]
