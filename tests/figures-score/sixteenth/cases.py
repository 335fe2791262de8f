from slots import DC, R, M, Y, PR

# The sixteenth set: every text is the only body paragraph (after an unrelated opening one)
# of a page published on 2031-09-17 (a Wednesday). So "August", "Aug" and "last month" are
# August 2031, "July" July 2031 and "June" June 2031; "the second quarter", "the April-June
# period" and "Q2" are April-June 2031 and "the first" (quarter, in a text about the second)
# January-March 2031; "the first half", "the first half of this year" and "the first half of
# 2031" are January-June 2031; "the first seven months" and "January-July" are January-July
# 2031; "the first eight months", "the first eight months of the year" and "January-August"
# are January-August 2031; "last year" is 2030 and "2029" is 2029; "August 2030", "the same
# period of 2030", "the same period last year" and "a year earlier" appear only as
# comparison bases (a base given with its amount is an optional record of the same months of
# 2030; Uganda's "from US$4.15 billion" and Ethiopia's "the year before" name no months, so
# their optional bases have ps and pe DC). Days and weeks: "Sept. 1-15" is 2031-09-01 to
# 2031-09-15 and "Aug. 1-15", its base, 2031-08-01 to 2031-08-15; "the four weeks to Sept.
# 14" end 2031-09-14 and "the period to Sept. 7" ends 2031-09-07 (start DC, thirteenth set);
# "the week ended Sept. 11" ends 2031-09-11 (start DC, twelfth set). Fiscal, rolling and
# season periods: India's "April-August" is April-August 2031 (the current fiscal year
# 2031-32); Pakistan's "July-August" is July-August 2031 (FY32); Bangladesh's "July, the
# first month of FY32" is July 2031; "the year to June 2031" (HMRC's regional statistics)
# and "the 12 months to June" are July 2030 - June 2031; "the year to July" is August 2030 -
# July 2031; Ethiopia's "2030/31 fiscal year that ended on July 7" runs from Hamle 1
# (2030-07-08) to 2031-07-07, and the calendar months July 2030 - June 2031 are accepted too
# (ETFY, like the fourteenth set's ETQ1); the Ukrainian "2031/32 July-June season ... as of
# Sept. 15" and the Indian sugar "2030/31 season that began on Oct. 1 ... by the end of
# August" are season to-date totals that start on the season's first day (2031-07-01,
# 2030-10-01), end DC (twelfth set); Tanzania's cashew "2030/31 season" names no months (ps
# and pe DC, as the first set's cocoa season). No figure of this set falls in a month after
# August 2031 except the Malaysian half-month, the Russian four weeks and the US week above;
# "this year" and "2032" in forecasts, "2035" in a target and a columnist's forecast, and
# "September" and "October" in loading programmes belong to forecasts and plans that make no
# record (in near misses and inside positive texts).
#
# Conventions: every convention stated in the fifteenth set's header (fifteenth/cases.py,
# which carries those of the fourteenth, and through it those of the ninth to thirteenth
# sets) is kept unchanged and is not repeated here. In short: values are positive amounts
# in the original currency (deficits bal="deficit", surpluses bal="surplus"); b is
# "yoy"/"mom" only when the text states the comparison ("year on year", "year over year",
# "y/y", "from a year earlier", "on a year earlier", "on the year", "more than a year
# earlier", "the same period last year", "month on month"), DC when it is implied or the
# base is named by its period ("than August 2030", "than in the same quarter of 2030", "from
# 6.93 million tonnes in July", "on the previous year", "than in the first half of last
# year") and null when there is no change; a narrowing or widening deficit has d DC, a
# surplus that narrows is "down" and one that widens is "up"; later sentences inherit
# reporter, period and source; comparison bases are optional records (OPT); a figure
# restated in another currency is one record accepting either form plus an optional twin
# (with its own change: either change, b DC); value and volume of one flow with DIFFERENT
# changes are two records (the other measure DC), a volume and the revenue it brought in
# with no change or one change that is the value's are one record (a split accepted through
# an optional twin); forecasts, polls, targets, plans, shares, ratios, prices, current
# accounts, production, stocks, reserves, remittances, FDI, portfolio flows, port
# throughput, canal revenue, one company's sales and shipments and customs seizures are
# never trade figures; "goods", "merchandise", "total" flows c DC, plain "exports"/"imports"
# of a whole economy c null, "foreign trade" and "two-way trade" flow total with c null;
# "non-oil", "services" and named goods are commodities; "preliminary", "provisional" and
# "estimated" values have vq DC; volumes (tonnes, barrels per day, bags, kilograms, litres)
# are trade figures like values; electricity and services exports are trade figures (ninth
# and fifteenth sets), the "export" of labour, manpower or culture is not (ninth set).
#
# New in this (sixteenth) set, which stresses TRADE FIGURES AS WRITTEN IN FIVE REGISTERS
# the earlier sets used little: wire-service commodity copy, first-person statements and
# speeches of central banks and ministries, regional and bilateral trade (intra-/extra-EU,
# provinces, states, regions, port cities, flows told from the partner's side), headline,
# bullet, "BY THE NUMBERS", live-blog, Q&A and opinion copy, and numbers written in words,
# ranges, approximations, local scales and currencies written many ways (these are added;
# where one seems to touch an earlier convention it only extends it):
# - Wire commodity copy. "Shipments", "loadings", "outflows" and "flows" of a good from an
#   economy are its exports; "arrivals" of a good IN an importing economy, as its customs
#   count them ("Soybean arrivals in China ..., data from the General Administration of
#   Customs showed"), are its imports. Cocoa arrivals at a producer's ports (farmers'
#   deliveries, twelfth set), outflows from gold exchange-traded funds and loading
#   programmes or schedules for a coming month ("are scheduled to rise to") make no record.
#   Two cargo surveyors' estimates of the same flow and period (Intertek and AmSpec) are
#   two records, each with its own source. A weekly average value over a rolling window
#   ("The gross value of those exports fell to $1.41 billion a week" in the four weeks to
#   Sept. 14) is a value record of that window (ps DC), apart from the volume record when
#   each has its own change. Shipments through one port (Port Hedland) accept the port or
#   the nation as reporter (the fourteenth set's ports of entry, with the nation added since
#   a port of loading is no customs district). "A monthly record", "the highest since
#   March", "the lowest since Argus began tracking the flows in 2019" are volq HIGHEST /
#   LOWEST. A refinery's capacity or a mine named as a reason makes no record.
# - First person in statements, speeches and posts of central bankers and ministers: "our
#   merchandise exports", "we exported", "we recorded a trade surplus", "our non-oil
#   exports earned", "our exports in August reached", "our export receipts", "we sold ...
#   worth of beef abroad" have the speaker's economy as reporter
#   and the speaker or the body he or she heads as source (thirteenth and fourteenth sets).
#   A central bank's balance-of-payments briefing: "the goods account" is a balance (c DC,
#   as the fifteenth set's goods balance on a BoP basis), "the services account deficit" a
#   balance with c services; the primary income account, secondary income, the financial
#   account and the current account make no record. A forecast or a hypothetical in the
#   same quote ("we expect them to grow further", "if the Chinese market reopens fully we
#   could add another billion") makes none.
# - Q&A copy: the interviewee named after the final dash ("— Kenya Flower Council chief
#   executive Grace Mutua, interviewed by Business Daily") is the source of the answers'
#   figures and "we" is the interviewee's economy; questions carry no figure; a buyer that
#   is the grammatical subject of an answer ("the Dutch auctions took about KSh 24 billion
#   worth") may be written as the importer or as the partner (f, r and p either way).
# - Opinion copy: figures the writer attributes to a source ("According to the Census
#   Bureau", "the Office for National Statistics says") are records with that source; the
#   writer's own predictions, counterfactuals ("that gap would surely have been smaller",
#   "the gap could halve by 2035") and ratios without amounts make none; the writer's byline
#   note is no source.
# - Headlines, bullets and tables turned to text (thirteenth and fourteenth sets' rules):
#   "KEY POINTS - Vietnam's August trade (National Statistics Office): - Exports: +4.2% y/y
#   to $41.3bn - Imports: -1.3% y/y to $38.0bn": the heading gives reporter, period and
#   source, the "-" that opens an item is a bullet and the "-" before a percent a minus.
#   "BY THE NUMBERS — ...: $81.4 billion — foreign trade turnover, up 4.6%; $47.9 billion —
#   exports": an amount before its label is that item's value, the em dash no minus, a
#   share in the list no record. Live-blog time stamps ("0931 GMT -", "1020 GMT -") are no
#   amounts and their dash no minus. A headline's "trade gap narrows to $4.12 bln" is a
#   deficit (twelfth set).
# - Intra-EU and extra-EU trade: a member state's exports to or imports from "other European
#   Union member states", "EU countries" or "the rest of the European Union" have p EU,
#   those with "non-EU countries" p NONEU (c DC, as the fifteenth set's ISTAT text), and its
#   "sales outside the bloc" p NONEU or WORLD (EXTRAEU). The EU's own "intra-EU trade in
#   goods" is flow total with reporter the EU and p DC (the fifteenth set's intra-euro area
#   rule); its "exports to the rest of the world" and "imports from outside the bloc" have p
#   EXTRAEU (WORLD or non-EU); the balance that follows likewise.
# - Flows told from the partner's side: "Vietnam's imports from South Korea" (Vietnamese
#   customs) and "South Korea's exports to Vietnam" (Korean data) are two records, one per
#   reporter (fourteenth set's mirror statistics). "Exports from Bangladesh to the United
#   States, as recorded by U.S. Census Bureau import data" is one flow measured by the
#   partner: the export with reporter Bangladesh or the import with reporter the United
#   States is accepted (f, r and p either way, as the eleventh set's North Korean flows from
#   Chinese data), source either body. "Canada bought $31.6 billion of goods from Michigan"
#   is a buyer as subject (f, r and p either way). "Two-way trade between India and the
#   United Arab Emirates ... commerce ministry data" accepts either economy as reporter and
#   partner of the total (eleventh set); "Bilateral trade between Turkey and Iraq ...
#   according to the Turkish Statistical Institute" is Turkey's (eighth set).
# - Sub-national reporters (fourteenth set's rule, new units): Ontario and Quebec (StatCan
#   data compiled by a province), Guangdong and the city of Shenzhen (their customs), the
#   North East of England (HMRC's regional trade statistics; "the EU taking £7.1 billion" is
#   the region's exports to the EU), Chihuahua (INEGI's state exports), Mato Grosso (Comex
#   Stat), Tamil Nadu (its industries minister) and the port of Thoothukudi (V.O.
#   Chidambaranar; goods "exported through" a port, a value, are the port's exports, source
#   the port trust), Michigan (Census), Lombardy and Emilia-Romagna (ISTAT's regional data,
#   with Italy's total beside them, the nation's). A ranking among states or regions and a
#   region's share of the national total make no record.
# - Amounts in words and local scales: "one trillion yuan" is 10^12 CNY; "nearly half a
#   billion dollars" 5 x 10^8 USD (vq NEARLY); "three-quarters of a billion dollars" 7.5 x
#   10^8; "close to one and a half billion dollars" 1.5 x 10^9 (vq NEARLY); "milliard" 10^9;
#   "mln" 10^6 and "tn" 10^12 (thirteenth set); "Tk 66,100 crore" 6.61 x 10^11 BDT and
#   "₹8,462 crore" 8.462 x 10^10 INR (crore 10^7); "₹3.28 lakh crore" 3.28 x 10^12 INR.
#   "21.3 mln kg" of tea is 21.3 x 10^6 kg (u KGU) and "362 million litres" of wine 3.62 x
#   10^8 litres (u LITRE).
# - Ranges and approximations: "between $1.1bn and $1.3bn" is v 1.1 x 10^9 and vh 1.3 x
#   10^9 (vq DC, ninth set). "Some" and "roughly" are ABOUT, "more than" OVER, "nearly" and
#   "close to" NEARLY, "roughly 40% more" a change with cq ABOUT. "Topped one trillion yuan
#   ... for the first time" is a value of 10^12 with vq DC (a floor, not an exact amount).
# - Currencies written many ways: "¥" is JPY in a Japanese text and CNY in a Chinese one
#   (the texts say "in yuan terms", "yuan-denominated" or give Chinese customs as the
#   source); "S$" SGD; "HK$" HKD; "NT$" TWD; "GH₵" (with the cedi sign) GHS, like the ninth
#   set's "GH¢"; "₱" PHP; "Tk" and "taka" BDT; "Rs" and "PKR" in a Pakistani text PKR; "₹"
#   INR; "RM" and "ringgit" MYR; "R" before an amount in a South African text ZAR; "KSh"
#   KES; "₦" NGN; "AED" AED; "SAR" SAR; "€", "euros" and "milliard euros" EUR; "£" GBP;
#   "C$" CAD; "$", "US$" and "dollars" USD.
# - Near misses of this set (no record): one company's overseas sales and shipments, trade
#   finance and letters of credit opened for imports, trade-weighted and effective exchange
#   rate indexes, stock-exchange turnover, the yen carry trade, used-car trade-in values,
#   primary and secondary income and portfolio flows, labour deployed abroad and cultural
#   "exports", forecasts phrased as "on track to top", "should comfortably cross", "seen
#   growing", a budget assumption and a deal's expected trade, a hypothetical ("Were the
#   ban lifted, ... could ship"), a counterfactual ("would have been roughly $90 million
#   lower"), records without a figure ("hit their highest since 1998", "the largest on
#   record"), cocoa arrivals at ports, gold ETF outflows, a loading programme, customs
#   seizures, canal revenue, price ranges per tonne, remittances, a macro KEY POINTS list,
#   a Q&A forecast, an opinion's ratio and a central banker's conditional quote.

# The names of economies, sources, units and qualifiers and the record helpers (OPT, YTD,
# Q, H, FYAM, FYJJ) that the tenth to fifteenth sets defined mean the same here: they are
# taken from the twelfth to fifteenth sets' cases rather than copied (those files have their
# definitions and comments). This set has no tariff record.
import importlib.util as _ilu, os as _os
_here = _os.path.dirname(_os.path.abspath(__file__))


def _load(name):
    spec = _ilu.spec_from_file_location("_%s_cases" % name, _os.path.join(_here, "..", name, "cases.py"))
    mod = _ilu.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_t12 = _load("twelfth")
for _n in """
TON ABOUT NEARLY OVER RECORD LOWEST HIGHEST WIDEST US EU RU UAE KR GAC UK TR WORLD USDOC DESTATIS EPB
MOFJ MOTIE INCOM ONS STATCAN BRMIN INEGI VNCUS BPS GASTAT BBL CRUDE LNG SOY VN CH ZA PH NODX
ELEC GRAIN GSO ESG CSD PSA THMOC SLTB BCCH CECAFE USDA AISTA KPLER ITS UAMIN HCD UCDA GUS
TWMOF TURKSTAT KZBNS EUROSTAT JP SA CA MX TW HK AU ID NONOIL ELECCOMP BAG KG WINE ASEAN EUROPE
OPT YTD Q H FYAM FYJJ
""".split():
    globals()[_n] = getattr(_t12, _n)
_t13 = _load("thirteenth")
for _n in """
CN IN DE PK BD LK KE NG BR AR MY TH SG UA CL PL ATH TEXCL TEA PALM PKMIN TRMIN KEAG LSEG BBG BEEF STEEL
""".split():
    globals()[_n] = getattr(_t13, _n)
_t14 = _load("fourteenth")
for _n in "KZ IQ GH MZ ALU COCOA".split():
    globals()[_n] = getattr(_t14, _n)
_t15 = _load("fifteenth")
for _n in "NONEU SERVICES DOSM15 PBS ISTAT IT".split():
    globals()[_n] = getattr(_t15, _n)

# New in this (sixteenth) set: economies and sub-national reporters.
UG = "Uganda"
TZ = "Tanzania"
ET = "Ethiopia"
NL = ["Netherlands", "Dutch", "Holland"]
ONT = "Ontario"
QC = ["Quebec", "Québec"]
GD = "Guangdong"
SZ = "Shenzhen"
NEENG = ["North East"]
CHIH = "Chihuahua"
MT = "Mato Grosso"
TN = "Tamil Nadu"
TUTI = ["Thoothukudi", "Tuticorin", "V.O. Chidambaranar", "Chidambaranar"]
MICH = "Michigan"
LOMB = ["Lombardy", "Lombardia"]
EMRO = ["Emilia-Romagna", "Emilia Romagna"]
ES = "Spain"
PHED = ["Port Hedland", "Hedland"] + [AU]
# Partners.
EXTRAEU = NONEU + WORLD + ["outside the bloc"]
# Goods and units.
COFFEE = "coffee"
CORN = ["corn", "maize"]
GOLD = "gold"
RICE = "rice"
IRONORE = ["iron ore", "iron"]
GASOLINE = ["gasoline", "petrol", "motor spirit"]
SUGAR = "sugar"
COAL = "coal"
COPPER = ["refined copper", "copper"]
CPC = CRUDE + ["CPC Blend", "CPC"]
FLOWERS = ["cut flowers", "flowers", "flower", "floriculture", "horticultural"]
AVOCADO = ["avocados", "avocado"]
CASHEW = ["cashew nuts", "cashew nut", "cashew", "cashews", "cashewnut"]
EE = ["electrical and electronic products", "electrical and electronic", "E&E", "electronic", "electrical"]
FOOD = ["food", "foodstuffs", "food items"]
KGU = KG + ["kilo"]
LITRE = ["litre", "liter"]
DIESEL = ["diesel", "gasoil", "gas oil"]
CUCONC = ["copper ore and concentrate", "copper concentrate", "copper ore", "concentrate", "copper"]
THCOAL = ["thermal coal", "coal"]
FERT = ["fertilisers", "fertilizers", "fertiliser", "fertilizer"]
# Sources.
AMSPEC = ["AmSpec Agri Malaysia", "AmSpec"]
ARGUS = ["Argus", "Argus Media"]
PPA = ["Pilbara Ports Authority", "Pilbara Ports", "ports authority"]
SWCUS = ["Federal Office for Customs and Border Security", "Swiss customs", "customs", "BAZG"]
RBIGOV = ["Reserve Bank of India", "RBI", "Governor", "Meera Krishnan", "Krishnan"]
THMIN = THMOC + ["Commerce Minister", "minister", "Pichai Wongsakul", "Pichai"]
BOGH = ["Bank of Ghana", "BoG", "Governor", "Kwesi Appiah", "Appiah", "Monetary Policy Committee"]
CBNGOV = ["Central Bank of Nigeria", "CBN", "Governor", "Aisha Bello", "Bello"]
PKMIN16 = PKMIN + ["Faisal Qureshi", "Qureshi"]
KEAG16 = KEAG + ["Mary Wanjiru", "Wanjiru"]
PHDTI = ["Trade Secretary", "Department of Trade and Industry", "DTI", "Ramon Villanueva", "Villanueva",
         "secretary"]
TRMIN16 = TRMIN + ["Trade Minister", "minister", "Ayse Kaya", "Kaya"]
UAEFT = ["Minister of State for Foreign Trade", "minister", "Ministry of Economy",
         "Ministry of Foreign Trade"]
BOK = ["Bank of Korea", "BOK", "official", "Kim Ji-hoon"]
ARAG = ["agriculture secretary", "Secretariat of Agriculture", "secretary", "Agriculture Secretary"]
ONFIN = STATCAN + ["Ministry of Finance", "Finance Ministry"]
GDCUS = GAC + ["Guangdong sub-administration", "sub-administration"]
SZCUS = ["Shenzhen Customs", "customs"]
HMRC = ["HM Revenue and Customs", "HMRC", "Revenue and Customs"]
COMEX = BRMIN + ["Comex Stat"]
TNMIN = ["industries minister", "minister", "Tamil Nadu government", "state government"]
PORTTRUST = ["port trust", "Port Trust", "port authority", "V.O. Chidambaranar Port", "Chidambaranar"]
EPB16 = ["Export Promotion Bureau", "EPB", "Census Bureau"]
KFC = ["Kenya Flower Council", "chief executive", "Grace Mutua", "Mutua", "Business Daily"]
CBSL = ["Central Bank of Sri Lanka", "CBSL", "Governor", "Nimal Perera", "Perera"]
BDM = ["Bank of Mozambique", "Banco de Moçambique", "central bank"]
BB = ["Bangladesh Bank", "central bank"]
WOSA = ["Wines of South Africa", "WOSA"]
ECTA = ["Ethiopian Coffee and Tea Authority", "ECTA", "Coffee and Tea Authority"]
CBT = ["Cashewnut Board of Tanzania", "Cashewnut Board", "CBT"]
BOT16 = ["Bank of Tanzania", "BoT", "central bank"]
BOU16 = ["Bank of Uganda", "BoU", "central bank", "Governor", "Michael Okello", "Okello",
         "monetary policy statement"]
ESMIN = ["trade ministry", "Ministry of Economy, Trade and Business", "Secretary of State for Trade",
         "ministry"]

# Periods.
AUG = M(2031, 8)
JUL = M(2031, 7)
AUG30 = M(2030, 8)
Q1 = Q(2031, 1)
Q2 = Q(2031, 2)
H1 = H(2031, 1)
H1_30 = H(2030, 1)
YTD7 = YTD(2031, 7)
YTD8 = YTD(2031, 8)
YTD8_30 = YTD(2030, 8)
Y30 = Y(2030)
Y29 = Y(2029)
SEP15 = PR("2031-09-01", "2031-09-15")           # Sept. 1-15
AUG15 = PR("2031-08-01", "2031-08-15")           # Aug. 1-15 (a base)
W4SEP14 = dict(ps=DC, pe="2031-09-14")           # the four weeks to Sept. 14
W4SEP7 = dict(ps=DC, pe="2031-09-07")            # the period to Sept. 7 (a base)
WKSEP11 = dict(ps=DC, pe="2031-09-11")           # the week ended Sept. 11
INAA = PR("2031-04-01", "2031-08-31")            # India's April-August of 2031-32
PKJA = PR("2031-07-01", "2031-08-31")            # Pakistan's July-August of FY32
R12JUN = PR("2030-07-01", "2031-06-30")          # the year / the 12 months to June 2031
R12JUL = PR("2030-08-01", "2031-07-31")          # the year to July
Q2_30 = Q(2030, 2)
INAA_30 = PR("2030-04-01", "2030-08-31")         # April-August a year earlier (a base)
UASEASON = dict(ps="2031-07-01", pe=DC)          # Ukraine's 2031/32 season to date
SUGSEASON = dict(ps="2030-10-01", pe=DC)         # India's 2030/31 sugar season to date
ETFY = dict(ps=["2030-07-08", "2030-07-01"], pe=["2031-07-07", "2031-06-30"])   # Ethiopia's 2030/31
SEASONX = dict(ps=DC, pe=DC)                     # a season that names no months

POS = [
    # ---------------------------------------------------------------- wire commodity copy
    # P01 Reuters palm oil: two cargo surveyors (two records, two sources), a half-month base.
    ("Exports of Malaysian palm oil products for Sept. 1-15 rose 9.4% to 712,340 tonnes from 651,120 "
     "tonnes shipped during Aug. 1-15, cargo surveyor Intertek Testing Services said on Monday. "
     "Independent inspection company AmSpec Agri Malaysia put shipments over the same period at 698,905 "
     "tonnes, up 8.1%.",
     [R(f="export", r=MY, c=PALM, vol=712340, u=TON, d="up", pct=9.4, b=DC, src=ITS, **SEP15),
      OPT(f="export", r=MY, c=PALM, vol=651120, u=TON, **AUG15),
      R(f="export", r=MY, c=PALM, vol=698905, u=TON, d="up", pct=8.1, b=DC, src=AMSPEC, **SEP15)]),

    # P02 Bloomberg tanker tracking: an average volume with its base, a weekly value with its
    # own change (two records), "the lowest since January".
    ("Russia's seaborne crude shipments averaged 3.02 million barrels a day in the four weeks to Sept. "
     "14, down from 3.19 million a day in the period to Sept. 7, according to tanker-tracking data "
     "compiled by Bloomberg. The gross value of those exports fell to $1.41 billion a week, the lowest "
     "since January, as both volumes and Urals prices slipped.",
     [R(f="export", r=RU, c=CRUDE, vol=3.02e6, u=BBL, volq=DC, v=DC, cur=DC, d="down", pct=DC, by=DC,
        byc=DC, b=DC, src=BBG, **W4SEP14),
      OPT(f="export", r=RU, c=CRUDE, vol=3.19e6, u=BBL, volq=DC, **W4SEP7),
      R(f="export", r=RU, c=CRUDE, v=1.41e9, cur="USD", vq=LOWEST, vol=DC, u=DC, volq=DC, d="down", pct=DC,
        by=DC, byc=DC, b=DC, src=BBG, **W4SEP14)]),

    # P03 Kpler: imports month on month, "the highest since March", parts by origin "making up".
    ("India's crude oil imports rose 6.2% month on month to 4.98 million barrels per day in August, the "
     "highest since March, Kpler ship-tracking data showed, with Russian barrels making up 1.74 million "
     "b/d of the total and Iraqi supplies 0.96 million b/d.",
     [R(f="import", r=IN, c=CRUDE, vol=4.98e6, u=BBL, volq=HIGHEST, d="up", pct=6.2, b="mom", src=KPLER,
        **AUG),
      R(f="import", r=IN, p=RU, c=CRUDE, vol=1.74e6, u=BBL, src=KPLER, **AUG),
      R(f="import", r=IN, p=IQ, c=CRUDE, vol=0.96e6, u=BBL, src=KPLER, **AUG)]),

    # P04 China's soybean "arrivals" counted by customs (imports), a reason naming Brazil (no
    # partner), the year to date.
    ("Soybean arrivals in China climbed to 12.14 million tonnes in August, up 5.3% from a year earlier, "
     "data from the General Administration of Customs showed, as cargoes bought from Brazil in the spring "
     "were discharged. Imports for the first eight months of the year totalled 71.6 million tonnes, down "
     "1.8%.",
     [R(f="import", r=CN, c=SOY, vol=12.14e6, u=TON, d="up", pct=5.3, b="yoy", src=GAC, **AUG),
      R(f="import", r=CN, c=SOY, vol=71.6e6, u=TON, d="down", pct=1.8, b=DC, src=GAC, **YTD8)]),

    # P05 LSEG ship-tracking: "slipped to ... from ... in July", a destination "falling to".
    ("Australia's LNG exports slipped to 6.71 million tonnes in August from 6.93 million tonnes in July, "
     "ship-tracking data compiled by LSEG showed, with cargoes to Japan falling to 1.88 million tonnes and "
     "those to China totalling 2.41 million tonnes.",
     [R(f="export", r=AU, c=LNG, vol=6.71e6, u=TON, d="down", pct=DC, by=DC, byc=DC, b=DC, src=LSEG, **AUG),
      OPT(f="export", r=AU, c=LNG, vol=6.93e6, u=TON, **JUL),
      R(f="export", r=AU, p=JP, c=LNG, vol=1.88e6, u=TON, d="down", pct=DC, by=DC, byc=DC, b=DC, src=LSEG,
        **AUG),
      R(f="export", r=AU, p=CN, c=LNG, vol=2.41e6, u=TON, src=LSEG, **AUG)]),

    # P06 Ukraine's season to date "as of Sept. 15", the goods in it.
    ("Ukraine's grain exports in the 2031/32 July-June season had reached 6.84 million tonnes as of Sept. "
     "15, down 11% from a year earlier, agriculture ministry data showed. The total included 3.92 "
     "million tonnes of wheat and 2.41 million tonnes of corn.",
     [R(f="export", r=UA, c=GRAIN, vol=6.84e6, u=TON, d="down", pct=11, b="yoy", src=UAMIN, **UASEASON),
      R(f="export", r=UA, c="wheat", vol=3.92e6, u=TON, src=UAMIN, **UASEASON),
      R(f="export", r=UA, c=CORN, vol=2.41e6, u=TON, src=UAMIN, **UASEASON)]),

    # P07 Cecafe: bags down, revenue up (two records, the other measure DC).
    ("Brazil's green coffee exports fell 14.2% year on year to 2.87 million 60-kg bags in August, "
     "exporters group Cecafe said, although revenue from the shipments rose 6.8% to $1.12 billion as "
     "prices held near record levels. Arabica made up 2.21 million bags of the total.",
     [R(f="export", r=BR, c=COFFEE, vol=2.87e6, u=BAG, v=DC, cur=DC, vq=DC, d="down", pct=14.2, b="yoy",
        src=CECAFE, **AUG),
      R(f="export", r=BR, c=COFFEE, v=1.12e9, cur="USD", vol=DC, u=DC, volq=DC, d="up", pct=6.8, b=DC,
        src=CECAFE, **AUG),
      R(f="export", r=BR, c="arabica", vol=2.21e6, u=BAG, src=CECAFE, **AUG)]),

    # P08 "worth some", "on a year earlier", a mine named in a reason, then the month's totals.
    ("Chile's copper exports were worth some $4.72 billion in August, up 9.6% on a year earlier, central "
     "bank data showed, as higher prices more than offset a dip in shipments from the Escondida mine. "
     "Total exports for the month were $8.61 billion, while imports rose 4.2% to $7.34 billion, leaving a "
     "trade surplus of $1.27 billion.",
     [R(f="export", r=CL, c="copper", v=4.72e9, cur="USD", vq=ABOUT, d="up", pct=9.6, b="yoy", src=BCCH,
        **AUG),
      R(f="export", r=CL, c=DC, v=8.61e9, cur="USD", src=BCCH, **AUG),
      R(f="import", r=CL, v=7.34e9, cur="USD", d="up", pct=4.2, b=DC, src=BCCH, **AUG),
      R(f="balance", r=CL, v=1.27e9, cur="USD", bal="surplus", src=BCCH, **AUG)]),

    # P09 Swiss gold flows by destination: a base in July, a percent only, "little changed at".
    ("Swiss gold exports to India jumped to 38.4 tonnes in August from 12.1 tonnes in July, Swiss customs "
     "data showed on Tuesday, while shipments to China fell 22% and flows to Britain, home to the world's "
     "largest over-the-counter gold market, were little changed at 41.7 tonnes.",
     [R(f="export", r=CH, p=IN, c=GOLD, vol=38.4, u=TON, d="up", pct=DC, by=DC, byc=DC, b=DC, src=SWCUS,
        **AUG),
      OPT(f="export", r=CH, p=IN, c=GOLD, vol=12.1, u=TON, **JUL),
      R(f="export", r=CH, p=CN, c=GOLD, d="down", pct=22, b=DC, src=SWCUS, **AUG),
      R(f="export", r=CH, p=UK, c=GOLD, vol=41.7, u=TON, d=DC, pct=[None, 0], b=DC, src=SWCUS, **AUG)]),

    # P10 volume and value without a change (one record, a split through the twin), then the
    # year to date with its change; "preliminary".
    ("Vietnam shipped 812,000 tonnes of rice in August, worth $498 million, preliminary customs data "
     "showed, bringing exports for the first eight months to 6.12 million tonnes, up 3.4% from the same "
     "period last year.",
     [R(f="export", r=VN, c=RICE, vol=812000, u=TON, volq=DC, v=[498e6, None], cur=["USD", None], vq=DC,
        src=VNCUS, **AUG),
      OPT(f="export", r=VN, c=RICE, vol=[812000, None], u=[TON, None], volq=DC, v=498e6, cur="USD", **AUG),
      R(f="export", r=VN, c=RICE, vol=6.12e6, u=TON, volq=DC, d="up", pct=3.4, b="yoy", src=VNCUS, **YTD8)]),

    # P11 single sentence: one port's shipments to one destination and its total exports.
    ("Iron ore shipments from Port Hedland to China fell 3.4% year on year to 39.2 million tonnes in "
     "August, Pilbara Ports Authority data showed, while total exports through the port were 46.8 "
     "million tonnes.",
     [R(f="export", r=PHED, p=CN, c=IRONORE, vol=39.2e6, u=TON, d="down", pct=3.4, b="yoy", src=PPA, **AUG),
      R(f="export", r=PHED, c=DC, vol=46.8e6, u=TON, src=PPA, **AUG)]),

    # P12 Argus: "the lowest since Argus began tracking", a refinery's capacity (no record), a
    # part by origin "accounted for".
    ("Nigeria's gasoline imports fell to 1.02 million tonnes in August, the lowest since Argus began "
     "tracking the flows in 2019, as the 650,000 b/d Dangote refinery raised runs, Argus data show. "
     "Cargoes from Europe accounted for 0.61 million tonnes, while diesel imports rose 6% to 0.48 million "
     "tonnes.",
     [R(f="import", r=NG, c=GASOLINE, vol=1.02e6, u=TON, volq=LOWEST, d="down", pct=DC, by=DC, byc=DC, b=DC,
        src=ARGUS, **AUG),
      R(f="import", r=NG, p=EUROPE, c=GASOLINE, vol=0.61e6, u=TON, src=ARGUS, **AUG),
      R(f="import", r=NG, c=DIESEL, vol=0.48e6, u=TON, d="up", pct=6, b=DC, src=ARGUS, **AUG)]),

    # P13 single sentence: a season to date "by the end of August", the top buyer with its amount.
    ("India's sugar exports in the 2030/31 season that began on Oct. 1 reached 3.1 million tonnes by the "
     "end of August, the All India Sugar Trade Association said, with Indonesia the top buyer at 0.84 "
     "million tonnes.",
     [R(f="export", r=IN, c=SUGAR, vol=3.1e6, u=TON, src=AISTA, **SUGSEASON),
      R(f=["export", "import"], r=[IN, ID], p=[IN, ID], c=SUGAR, vol=0.84e6, u=TON, src=AISTA,
        **SUGSEASON)]),

    # P14 single sentence: "export earnings" down and "shipment volumes" up (two records).
    ("Indonesia's coal export earnings fell 18.3% year on year to $2.41 billion in August, Statistics "
     "Indonesia (BPS) said, even as shipment volumes rose 2.1% to 44.6 million tonnes.",
     [R(f="export", r=ID, c=COAL, v=2.41e9, cur="USD", vol=DC, u=DC, volq=DC, d="down", pct=18.3, b="yoy",
        src=BPS, **AUG),
      R(f="export", r=ID, c=COAL, vol=44.6e6, u=TON, v=DC, cur=DC, vq=DC, d="up", pct=2.1, b=DC, src=BPS,
        **AUG)]),

    # P15 Argus "loadings": an average with its base, a loading programme for September (no
    # record).
    ("Loadings of Kazakhstan's CPC Blend crude from the Black Sea terminal near Novorossiysk averaged 1.52 "
     "million b/d in August, up from 1.44 million b/d in July, according to Argus tracking, while the "
     "September programme calls for 1.58 million b/d.",
     [R(f="export", r=KZ, c=CPC, vol=1.52e6, u=BBL, volq=DC, d="up", pct=DC, by=DC, byc=DC, b=DC, src=ARGUS,
        **AUG),
      OPT(f="export", r=KZ, c=CPC, vol=1.44e6, u=BBL, volq=DC, **JUL)]),

    # P16 "outflows" of a metal from an economy, "a monthly record", imports of its ore, a month
    # and the year to date of another good, "on course for a record year" (a forecast, no record).
    ("Outflows of refined copper from China surged to 168,400 tonnes in August, a monthly record, customs "
     "data showed, as a wide premium on the London Metal Exchange drew metal out of the country. Imports "
     "of copper ore and concentrate eased 2.3% to 2.41 million tonnes. Steel product exports were 9.87 "
     "million tonnes, bringing shipments for the first eight months to 78.4 million tonnes, up 6.2% from a "
     "year earlier and on course for a record year.",
     [R(f="export", r=CN, c=COPPER, vol=168400, u=TON, volq=HIGHEST, d="up", pct=DC, by=DC, byc=DC, b=DC,
        src=GAC, **AUG),
      R(f="import", r=CN, c=CUCONC, vol=2.41e6, u=TON, d="down", pct=2.3, cq=DC, b=DC, src=GAC, **AUG),
      R(f="export", r=CN, c=STEEL, vol=9.87e6, u=TON, src=GAC, **AUG),
      R(f="export", r=CN, c=STEEL, vol=78.4e6, u=TON, d="up", pct=6.2, b="yoy", src=GAC, **YTD8)]),

    # P17 USDA weekly inspections: "the week ended Sept. 11", a buyer "taking".
    ("U.S. soybean export inspections totalled 412,600 tonnes in the week ended Sept. 11, the U.S. "
     "Department of Agriculture said, with China taking 196,300 tonnes. Corn inspections were 1.21 million "
     "tonnes.",
     [R(f="export", r=US, c=SOY, vol=412600, u=TON, src=USDA, **WKSEP11),
      R(f=["export", "import"], r=US + [CN], p=US + [CN], c=SOY, vol=196300, u=TON, src=USDA, **WKSEP11),
      R(f="export", r=US, c=CORN, vol=1.21e6, u=TON, src=USDA, **WKSEP11)]),

    # ---------------------------------------------------------------- first person
    # P18 RBI governor's speech: "our merchandise exports", services exports at an amount, the
    # current account (no record), the deficit in reported speech with its base.
    ("\"Our merchandise exports grew 8.4 per cent to $187.2 billion in April-August, while services "
     "exports, at $168.6 billion, continued to cushion the current account,\" Reserve Bank of India "
     "Governor Meera Krishnan said in a speech in Mumbai on Tuesday. She put the merchandise trade deficit "
     "for the period at $112.8 billion, against $104.3 billion a year earlier.",
     [R(f="export", r=IN, c=DC, v=187.2e9, cur="USD", d="up", pct=8.4, b=DC, src=RBIGOV, **INAA),
      R(f="export", r=IN, c=SERVICES, v=168.6e9, cur="USD", src=RBIGOV, **INAA),
      R(f="balance", r=IN, c=DC, v=112.8e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b="yoy",
        src=RBIGOV, **INAA),
      OPT(f="balance", r=IN, c=DC, v=104.3e9, cur="USD", bal="deficit", **INAA_30)]),

    # P19 a commerce minister: "We exported goods worth", "our imports", "we recorded a surplus".
    ("\"We exported goods worth US$26.1 billion in August, up 7.3% from a year earlier, and our imports "
     "rose 4.9% to US$25.4 billion, so we recorded a surplus of US$700 million,\" Commerce Minister "
     "Pichai Wongsakul told reporters in Bangkok.",
     [R(f="export", r=TH, c=DC, v=26.1e9, cur="USD", d="up", pct=7.3, b="yoy", src=THMIN, **AUG),
      R(f="import", r=TH, c=DC, v=25.4e9, cur="USD", d="up", pct=4.9, b=DC, src=THMIN, **AUG),
      R(f="balance", r=TH, c=DC, v=700e6, cur="USD", bal="surplus", src=THMIN, **AUG)]),

    # P20 a central bank governor after the MPC: "we recorded a trade surplus" with its base,
    # gold restated in GH₵ ("or about"), cocoa receipts.
    ("\"On provisional data, we recorded a trade surplus of US$3.42 billion in the first eight months of "
     "the year, against US$2.11 billion in the same period of 2030,\" Bank of Ghana Governor Kwesi Appiah "
     "told a news conference after the Monetary Policy Committee meeting. \"Gold exports alone brought in "
     "US$8.91 billion, or about GH₵131.2 billion, while cocoa receipts were US$1.38 billion.\"",
     [R(f="balance", r=GH, c=DC, v=3.42e9, cur="USD", vq=DC, bal="surplus", d="up", pct=DC, by=DC, byc=DC,
        b=DC, src=BOGH, **YTD8),
      OPT(f="balance", r=GH, c=DC, v=2.11e9, cur="USD", bal="surplus", **YTD8_30),
      R(f="export", r=GH, c=GOLD, v=[8.91e9, 131.2e9], cur=["USD", "GHS"], vq=DC, src=BOGH, **YTD8),
      OPT(f="export", r=GH, c=GOLD, v=[8.91e9, 131.2e9], cur=["USD", "GHS"], **YTD8),
      R(f="export", r=GH, c=COCOA, v=1.38e9, cur="USD", vq=DC, src=BOGH, **YTD8)]),

    # P21 "Our non-oil exports earned ₦...", "than in the same quarter of 2030" (b DC), a share
    # (no record), crude exports in reported speech.
    ("\"Our non-oil exports earned ₦3.42 trillion in the second quarter, 31.6 per cent more than in the "
     "same quarter of 2030, and for the first time they exceeded a fifth of total exports,\" Central Bank "
     "of Nigeria Governor Aisha Bello said in Abuja. Crude oil exports brought in ₦11.86 trillion in the "
     "quarter, she added.",
     [R(f="export", r=NG, c=NONOIL, v=3.42e12, cur="NGN", d="up", pct=31.6, b=DC, src=CBNGOV, **Q2),
      R(f="export", r=NG, c=CRUDE, v=11.86e12, cur="NGN", src=CBNGOV, **Q2)]),

    # P22 a minister's post: "our exports in August reached", "than August 2030" (b DC), the
    # fiscal year to date, a deficit in reported speech.
    ("\"Alhamdulillah, our exports in August reached $2.91 billion, 11.4% higher than August 2030, and "
     "July-August exports stand at $5.63 billion,\" Commerce Minister Faisal Qureshi wrote on X, adding "
     "that the monthly trade deficit had fallen to $1.87 billion.",
     [R(f="export", r=PK, v=2.91e9, cur="USD", d="up", pct=11.4, b=DC, src=PKMIN16, **AUG),
      R(f="export", r=PK, v=5.63e9, cur="USD", src=PKMIN16, **PKJA),
      R(f="balance", r=PK, v=1.87e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC,
        src=PKMIN16, **AUG)]),

    # P23 single sentence, a cabinet secretary: "We exported tea worth KSh", a base "in the
    # same period last year" (yoy), "our biggest buyer at".
    ("\"We exported tea worth KSh 98.2 billion in the first half of this year, up from KSh 91.6 billion in "
     "the same period last year, and Pakistan remained our biggest buyer at KSh 31.4 billion,\" "
     "Agriculture Cabinet Secretary Mary Wanjiru told the Senate.",
     [R(f="export", r=KE, c=TEA, v=98.2e9, cur="KES", d="up", pct=DC, by=DC, byc=DC, b="yoy", src=KEAG16,
        **H1),
      OPT(f="export", r=KE, c=TEA, v=91.6e9, cur="KES", **H1_30),
      R(f=["export", "import"], r=[KE, PK], p=[KE, PK], c=TEA, v=31.4e9, cur="KES", src=KEAG16, **H1)]),

    # P24 single sentence: "nearly ₱1 trillion" restated "about $17.6 billion" between dashes,
    # an expectation in the same quote (no record).
    ("\"Our electronics exports brought in nearly ₱1 trillion in the first seven months — about $17.6 "
     "billion — and we expect them to grow further once the new fabs come online,\" Trade Secretary "
     "Ramon Villanueva said at a forum in Makati.",
     [R(f="export", r=PH, c=ELEC, v=[1e12, 17.6e9], cur=["PHP", "USD"], vq=NEARLY + ABOUT, src=PHDTI,
        **YTD7),
      OPT(f="export", r=PH, c=ELEC, v=[1e12, 17.6e9], cur=["PHP", "USD"], **YTD7)]),

    # P25 single sentence: "We exported", "an all-time high for the month", imports in
    # reported speech.
    ("\"We exported $22.4 billion of goods in August, an all-time high for the month,\" Trade Minister "
     "Ayse Kaya told reporters in Ankara, adding that imports had fallen 5.2% to $27.1 billion, leaving a "
     "deficit of $4.7 billion.",
     [R(f="export", r=TR, c=DC, v=22.4e9, cur="USD", vq=ATH, src=TRMIN16, **AUG),
      R(f="import", r=TR, v=27.1e9, cur="USD", d="down", pct=5.2, b=DC, src=TRMIN16, **AUG),
      R(f="balance", r=TR, v=4.7e9, cur="USD", bal="deficit", src=TRMIN16, **AUG)]),

    # P26 single sentence: "Our non-oil foreign trade" (total) and "non-oil exports hit a
    # record", "AED ... trillion".
    ("\"Our non-oil foreign trade reached AED 1.61 trillion in the first half of 2031, 17.8% more than a "
     "year earlier, and non-oil exports hit a record AED 312 billion,\" the UAE's Minister of State for "
     "Foreign Trade said.",
     [R(f="total", r=UAE, c=NONOIL, v=1.61e12, cur="AED", d="up", pct=17.8, b="yoy", src=UAEFT, **H1),
      R(f="export", r=UAE, c=NONOIL, v=312e9, cur="AED", vq=RECORD, src=UAEFT, **H1)]),

    # P27 a central bank official's BoP briefing: the goods account (a balance), the services
    # account deficit (c services), the primary income account (no record).
    ("\"The goods account posted a surplus of $9.84 billion in July, the largest in 14 months, while the "
     "services account deficit narrowed to $1.23 billion,\" Bank of Korea official Kim Ji-hoon told a "
     "briefing. \"We also saw the primary income account add $2.1 billion, thanks to dividends from "
     "overseas units.\"",
     [R(f="balance", r=KR, c=DC, v=9.84e9, cur="USD", vq=HIGHEST, bal="surplus", src=BOK, **JUL),
      R(f="balance", r=KR, c=SERVICES, v=1.23e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC,
        b=DC, src=BOK, **JUL)]),

    # P28 a secretary's speech: a past year's value and a hypothetical in one quote, a change
    # of the first seven months in reported speech (percent only).
    ("\"Last year we sold $4.8 billion worth of beef abroad, and if the Chinese market reopens fully we "
     "could add another billion,\" Argentina's agriculture secretary told the Rural Society's annual show, "
     "adding that shipments in the first seven months were up 12%.",
     [R(f="export", r=AR, c=BEEF, v=4.8e9, cur="USD", src=ARAG, **Y30),
      R(f="export", r=AR, c=BEEF, d="up", pct=12, b=DC, src=ARAG, **YTD7)]),

    # ---------------------------------------------------------------- regional and bilateral
    # P29 Destatis: intra-EU and extra-EU exports and imports of a member state.
    ("Germany's exports to other European Union member states rose 2.1% on the year to €67.3 billion in "
     "July, the Federal Statistical Office said, while exports to non-EU countries fell 3.8% to €64.9 "
     "billion. Imports from EU countries were €58.2 billion and from non-EU countries €52.6 billion.",
     [R(f="export", r=DE, p=EU, c=DC, v=67.3e9, cur="EUR", d="up", pct=2.1, b="yoy", src=DESTATIS, **JUL),
      R(f="export", r=DE, p=NONEU, c=DC, v=64.9e9, cur="EUR", d="down", pct=3.8, b=DC, src=DESTATIS, **JUL),
      R(f="import", r=DE, p=EU, c=DC, v=58.2e9, cur="EUR", src=DESTATIS, **JUL),
      R(f="import", r=DE, p=NONEU, c=DC, v=52.6e9, cur="EUR", src=DESTATIS, **JUL)]),

    # P30 single sentence, Eurostat: intra-EU trade (total, p DC), extra-EU flows and balance.
    ("Intra-EU trade in goods reached €2.06 trillion in the first half of 2031, up 1.7% from the same "
     "period of 2030, Eurostat said, while the EU's exports to the rest of the world rose 3.2% to €1.32 "
     "trillion and imports from outside the bloc fell 2.4% to €1.19 trillion, leaving a surplus of €130 "
     "billion.",
     [R(f="total", r=EU, p=DC, c=DC, v=2.06e12, cur="EUR", d="up", pct=1.7, b=DC, src=EUROSTAT, **H1),
      R(f="export", r=EU, p=EXTRAEU, c=DC, v=1.32e12, cur="EUR", d="up", pct=3.2, b=DC, src=EUROSTAT, **H1),
      R(f="import", r=EU, p=EXTRAEU, c=DC, v=1.19e12, cur="EUR", d="down", pct=2.4, b=DC, src=EUROSTAT,
        **H1),
      R(f="balance", r=EU, p=EXTRAEU, c=DC, v=130e9, cur="EUR", bal="surplus", src=EUROSTAT, **H1)]),

    # P31 single sentence: two provinces' exports to the US, "year over year".
    ("Ontario's merchandise exports to the United States fell 4.6% year over year to C$21.8 billion in "
     "July, according to Statistics Canada data compiled by the province's Ministry of Finance, while "
     "Quebec's rose 1.2% to C$8.9 billion.",
     [R(f="export", r=ONT, p=US, c=DC, v=21.8e9, cur="CAD", d="down", pct=4.6, b="yoy", src=ONFIN, **JUL),
      R(f="export", r=QC, p=US, c=DC, v=8.9e9, cur="CAD", d="up", pct=1.2, b=DC, src=ONFIN, **JUL)]),

    # P32 a province's foreign trade in "¥" that is yuan ("the yuan-denominated data").
    ("Guangdong's foreign trade reached ¥6.12 trillion in the first eight months of 2031, up 4.3% year on "
     "year, the Guangdong sub-administration of the General Administration of Customs said. The "
     "province's exports rose 7.4% to ¥3.98 trillion, while imports slipped 0.9% to ¥2.14 trillion, the "
     "yuan-denominated data showed.",
     [R(f="total", r=GD, v=6.12e12, cur="CNY", d="up", pct=4.3, b="yoy", src=GDCUS, **YTD8),
      R(f="export", r=GD, v=3.98e12, cur="CNY", d="up", pct=7.4, b=DC, src=GDCUS, **YTD8),
      R(f="import", r=GD, v=2.14e12, cur="CNY", d="down", pct=0.9, b=DC, src=GDCUS, **YTD8)]),

    # P33 single sentence: a city "shipped ... worth of goods abroad", an epithet (no rank).
    ("Shenzhen, China's biggest export city, shipped 1.71 trillion yuan worth of goods abroad in the first "
     "eight months, up 6.4%, Shenzhen Customs said; its imports fell 2.2% to 1.05 trillion yuan.",
     [R(f="export", r=SZ, c=DC, v=1.71e12, cur="CNY", d="up", pct=6.4, b=DC, src=SZCUS, **YTD8),
      R(f="import", r=SZ, v=1.05e12, cur="CNY", d="down", pct=2.2, b=DC, src=SZCUS, **YTD8)]),

    # P34 HMRC regional trade statistics: a region's year to June, "the EU taking", a
    # comparison without figures (no record).
    ("The North East of England exported £13.2 billion of goods in the year to June 2031, up 3.9% on the "
     "previous year, HM Revenue and Customs' regional trade statistics showed, with the EU taking £7.1 "
     "billion. It was the only English region to export more goods than it imported.",
     [R(f="export", r=NEENG, c=DC, v=13.2e9, cur="GBP", d="up", pct=3.9, b=DC, src=HMRC, **R12JUN),
      R(f="export", r=NEENG, p=EU, c=DC, v=7.1e9, cur="GBP", src=HMRC, **R12JUN)]),

    # P35 INEGI state exports: a ranking (no record), a part "accounted for".
    ("Chihuahua's exports reached US$39.7 billion in the first half of 2031, 8.2% more than a year "
     "earlier, INEGI's state export data showed, overtaking Coahuila as the second-largest exporting "
     "state behind Nuevo León. Computers and electronics accounted for US$15.6 billion.",
     [R(f="export", r=CHIH, c=DC, v=39.7e9, cur="USD", d="up", pct=8.2, b="yoy", src=INEGI, **H1),
      R(f="export", r=CHIH, c=ELECCOMP, v=15.6e9, cur="USD", src=INEGI, **H1)]),

    # P36 a Brazilian state "exported $... worth of goods", a reason, a part.
    ("Mato Grosso, Brazil's largest grain-producing state, exported $18.4 billion worth of goods in "
     "January-August, down 6.1% from the same period last year as soybean prices fell, according to the "
     "trade ministry's Comex Stat data. Soybeans accounted for $11.2 billion, while the state's imports, "
     "mostly fertilisers, were $2.9 billion.",
     [R(f="export", r=MT, c=DC, v=18.4e9, cur="USD", d="down", pct=6.1, b="yoy", src=COMEX, **YTD8),
      R(f="export", r=MT, c=SOY, v=11.2e9, cur="USD", src=COMEX, **YTD8),
      R(f="import", r=MT, c=DC, v=2.9e9, cur="USD", src=COMEX, **YTD8)]),

    # P37 two-way trade from "commerce ministry data" (either side for the total), the two
    # directions, "the Gulf state", "mostly crude oil and gold" (c DC).
    ("Two-way trade between India and the United Arab Emirates rose 9.8% to $48.6 billion in "
     "April-August, commerce ministry data showed. India's exports to the Gulf state were $22.1 billion, "
     "while imports from the UAE, mostly crude oil and gold, totalled $26.5 billion.",
     [R(f="total", r=[IN] + UAE, p=[IN] + UAE, v=48.6e9, cur="USD", d="up", pct=9.8, b=DC, src=INCOM,
        **INAA),
      R(f="export", r=IN, p=UAE, v=22.1e9, cur="USD", src=INCOM, **INAA),
      R(f="import", r=IN, p=UAE, c=DC, v=26.5e9, cur="USD", src=INCOM, **INAA)]),

    # P38 the same pair from both sides ("Seen from Seoul"), a ranking (no record).
    ("Vietnam's imports from South Korea climbed 9.1% year on year to $5.62 billion in August, Vietnam's "
     "customs department said. Seen from Seoul, South Korea's exports to Vietnam rose 6.8% to $5.14 "
     "billion in the month, trade ministry data showed, making Vietnam its third-largest market after "
     "China and the United States, while its imports from Vietnam slipped 2.3% to $2.31 billion.",
     [R(f="import", r=VN, p=KR, v=5.62e9, cur="USD", d="up", pct=9.1, b="yoy", src=VNCUS, **AUG),
      R(f="export", r=KR, p=VN, v=5.14e9, cur="USD", d="up", pct=6.8, b=DC, src=MOTIE, **AUG),
      R(f="import", r=KR, p=VN, v=2.31e9, cur="USD", d="down", pct=2.3, b=DC, src=MOTIE, **AUG)]),

    # P39 single sentence: "Bilateral trade between Turkey and Iraq ... according to the Turkish
    # Statistical Institute" (Turkey's), "its southern neighbour", imports "almost entirely
    # crude oil" (c DC).
    ("Bilateral trade between Turkey and Iraq reached $14.2 billion in the first eight months of the "
     "year, according to the Turkish Statistical Institute, with Turkish exports to its southern "
     "neighbour accounting for $9.7 billion and imports from Iraq, almost entirely crude oil, for $4.5 "
     "billion.",
     [R(f="total", r=TR, p=IQ, v=14.2e9, cur="USD", src=TURKSTAT, **YTD8),
      R(f="export", r=TR, p=IQ, v=9.7e9, cur="USD", src=TURKSTAT, **YTD8),
      R(f="import", r=TR, p=IQ, c=DC, v=4.5e9, cur="USD", src=TURKSTAT, **YTD8)]),

    # P40 a flow measured by the partner's statistics (either orientation), then the
    # exporter's own figure for the same period.
    ("Exports from Bangladesh to the United States, as recorded by U.S. Census Bureau import data, rose "
     "14.6% to $5.41 billion in January-July, the Export Promotion Bureau said, citing the American "
     "figures. EPB's own data put the country's shipments to the U.S. at $5.02 billion in the same "
     "period.",
     [R(f=["export", "import"], r=[BD] + US, p=[BD] + US, v=5.41e9, cur="USD", d="up", pct=14.6, b=DC,
        src=EPB16, **YTD7),
      R(f="export", r=BD, p=US, v=5.02e9, cur="USD", src=EPB16, **YTD7)]),

    # P41 a state's exports from its minister, a part "mostly iPhones" (c electronics), goods
    # "exported through" a port, "₹8,462 crore".
    ("Tamil Nadu's merchandise exports rose 11.2 per cent to $22.6 billion in April-August, the state's "
     "industries minister told the Assembly, with electronics shipments — mostly iPhones assembled near "
     "Chennai — contributing $6.1 billion. Goods worth ₹8,462 crore were exported through Thoothukudi's "
     "V.O. Chidambaranar port in the period, the port trust said.",
     [R(f="export", r=TN, c=DC, v=22.6e9, cur="USD", d="up", pct=11.2, b=DC, src=TNMIN, **INAA),
      R(f="export", r=TN, c=ELEC, v=6.1e9, cur="USD", src=TNMIN, **INAA),
      R(f="export", r=TUTI, c=DC, v=84.62e9, cur="INR", src=PORTTRUST, **INAA)]),

    # P42 a buyer as subject ("Canada bought ... from Michigan"), a ranking (no record), the
    # state's exports to Mexico.
    ("Canada bought $31.6 billion of goods from Michigan in the first half of 2031, making it the state's "
     "largest export market by far, Census Bureau data show; Michigan's exports to Mexico were $12.2 "
     "billion.",
     [R(f=["export", "import"], r=[MICH, CA], p=[MICH, CA], c=DC, v=31.6e9, cur="USD", src=USDOC, **H1),
      R(f="export", r=MICH, p=MX, c=DC, v=12.2e9, cur="USD", src=USDOC, **H1)]),

    # ---------------------------------------------------------------- headlines, bullets, Q&A, opinion
    # P43 "KEY POINTS" with "- " bullets, "-1.3%" a minus, "widest since March", a partner line.
    ("KEY POINTS - Vietnam's August trade (National Statistics Office): - Exports: +4.2% y/y to $41.3bn - "
     "Imports: -1.3% y/y to $38.0bn - Trade surplus: $3.3bn, widest since March - Exports to U.S.: "
     "$12.6bn (+9.8% y/y) - Imports from China: $14.9bn (+6.4% y/y)",
     [R(f="export", r=VN, v=41.3e9, cur="USD", d="up", pct=4.2, b="yoy", src=GSO, **AUG),
      R(f="import", r=VN, v=38.0e9, cur="USD", d="down", pct=1.3, b="yoy", src=GSO, **AUG),
      R(f="balance", r=VN, v=3.3e9, cur="USD", vq=WIDEST, bal="surplus", src=GSO, **AUG),
      R(f="export", r=VN, p=US, v=12.6e9, cur="USD", d="up", pct=9.8, b="yoy", src=GSO, **AUG),
      R(f="import", r=VN, p=CN, v=14.9e9, cur="USD", d="up", pct=6.4, b="yoy", src=GSO, **AUG)]),

    # P44 a headline: "trade gap narrows to", "+12.3% y/y at", "+2.4% at" (b DC), "bln", "- PSA".
    ("Philippines July trade gap narrows to $4.12 bln; exports +12.3% y/y at $6.98 bln, imports +2.4% at "
     "$11.10 bln - PSA",
     [R(f="balance", r=PH, v=4.12e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC, src=PSA,
        **JUL),
      R(f="export", r=PH, v=6.98e9, cur="USD", d="up", pct=12.3, b="yoy", src=PSA, **JUL),
      R(f="import", r=PH, v=11.10e9, cur="USD", d="up", pct=2.4, b=DC, src=PSA, **JUL)]),

    # P45 a headline in yuan terms with "¥" and "tn", "bn".
    ("China Aug exports in yuan terms +5.8% y/y to ¥2.31 tn; imports -2.1% to ¥1.67 tn; surplus ¥640 bn "
     "- customs",
     [R(f="export", r=CN, v=2.31e12, cur="CNY", d="up", pct=5.8, b="yoy", src=GAC, **AUG),
      R(f="import", r=CN, v=1.67e12, cur="CNY", d="down", pct=2.1, b=DC, src=GAC, **AUG),
      R(f="balance", r=CN, v=640e9, cur="CNY", bal="surplus", src=GAC, **AUG)]),

    # P46 Q&A copy: "We earned", "than in the first half of last year" (b DC), a buyer as the
    # subject of an answer ("the Dutch auctions took about"), the interviewee after the dash.
    ("Q: How have flower exports done this year? A: Very well. We earned KSh 61.2 billion in the first "
     "half, 14 percent more than in the first half of last year. Q: And the Netherlands? A: It is still "
     "our biggest market; the Dutch auctions took about KSh 24 billion worth. — Kenya Flower Council "
     "chief executive Grace Mutua, interviewed by Business Daily",
     [R(f="export", r=KE, c=FLOWERS, v=61.2e9, cur="KES", d="up", pct=14, b=DC, src=KFC, **H1),
      R(f=["export", "import"], r=[KE] + NL, p=[KE] + NL, c=[None] + FLOWERS, v=24e9, cur="KES", vq=ABOUT,
        src=KFC, **H1)]),

    # P47 Q&A with a governor: "We recorded a goods deficit of roughly", the first quarter as
    # base, a conditional (no record).
    ("Q: Is the trade deficit still a worry? A: Less so. We recorded a goods deficit of roughly $1.52 "
     "billion in the second quarter, down from $1.87 billion in the first. If oil went back to $100 a "
     "barrel, of course, that would change. — Interview with Central Bank of Sri Lanka Governor Nimal "
     "Perera",
     [R(f="balance", r=LK, c=DC, v=1.52e9, cur="USD", vq=ABOUT, bal="deficit", d=DC, pct=DC, by=DC, byc=DC,
        b=DC, src=CBSL, **Q2),
      OPT(f="balance", r=LK, c=DC, v=1.87e9, cur="USD", bal="deficit", **Q1)]),

    # P48 an opinion piece: a deficit "According to the Census Bureau" with its base, a
    # comparison without a figure, the writer's counterfactual and byline (no record).
    ("Consider the numbers. According to the Census Bureau, the U.S. goods deficit with Vietnam hit "
     "$143.2 billion last year, up from $123.5 billion in 2029 — larger than the deficit with China a "
     "decade earlier. Had Washington acted sooner, that gap would surely have been smaller. (The writer is "
     "a senior fellow at the Peterson Institute for International Economics.)",
     [R(f="balance", r=US, p=VN, c=DC, v=143.2e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC,
        b=DC, src=USDOC, **Y30),
      OPT(f="balance", r=US, p=VN, c=DC, v=123.5e9, cur="USD", bal="deficit", **Y29)]),

    # P49 an opinion column: "the Office for National Statistics says" in a parenthetical
    # clause, a forecast and the writer's bet (no record).
    ("Britain's problem with China is not new. Last year, the Office for National Statistics says, the UK "
     "imported £71.4 billion of goods from China and exported just £28.9 billion, a deficit of £42.5 "
     "billion. If the government's new export strategy works, the gap could halve by 2035; I would not "
     "bet on it.",
     [R(f="import", r=UK, p=CN, c=DC, v=71.4e9, cur="GBP", src=ONS, **Y30),
      R(f="export", r=UK, p=CN, c=DC, v=28.9e9, cur="GBP", src=ONS, **Y30),
      R(f="balance", r=UK, p=CN, c=DC, v=42.5e9, cur="GBP", bal="deficit", src=ONS, **Y30)]),

    # P50 "•" bullets in rupees, "lakh crore", a heading with month, source and currency.
    ("Highlights of India's foreign trade, August 2031 (commerce ministry, in rupee terms): • Exports: "
     "₹3.28 lakh crore, up 6.1% • Imports: ₹5.92 lakh crore, up 3.4% • Trade deficit: ₹2.64 lakh "
     "crore.",
     [R(f="export", r=IN, v=3.28e12, cur="INR", d="up", pct=6.1, b=DC, src=INCOM, **AUG),
      R(f="import", r=IN, v=5.92e12, cur="INR", d="up", pct=3.4, b=DC, src=INCOM, **AUG),
      R(f="balance", r=IN, v=2.64e12, cur="INR", bal="deficit", src=INCOM, **AUG)]),

    # P51 "BY THE NUMBERS": amounts before their labels, em dashes, a share (no record).
    ("BY THE NUMBERS — Kazakhstan's foreign trade, January-July 2031 (Bureau of National Statistics): "
     "$81.4 billion — foreign trade turnover, up 4.6%; $47.9 billion — exports; $33.5 billion — "
     "imports; 38% — China's share of turnover.",
     [R(f="total", r=KZ, v=81.4e9, cur="USD", d="up", pct=4.6, b=DC, src=KZBNS, **YTD7),
      R(f="export", r=KZ, v=47.9e9, cur="USD", src=KZBNS, **YTD7),
      R(f="import", r=KZ, v=33.5e9, cur="USD", src=KZBNS, **YTD7)]),

    # P52 a headline: value with its change and the volume without one ("mln", "mln kg").
    ("Sri Lanka Aug tea exports fetch $127.4 mln, +6.1% y/y; volumes 21.3 mln kg - Tea Board",
     [R(f="export", r=LK, c=TEA, v=127.4e6, cur="USD", vol=[21.3e6, None], u=[KGU, None], d="up", pct=6.1,
        b="yoy", src=SLTB, **AUG),
      OPT(f="export", r=LK, c=TEA, vol=21.3e6, u=KGU, v=[None, 127.4e6], cur=[None, "USD"], **AUG)]),

    # P53 live-blog entries with time stamps, NT$ with its own change (either change, b DC).
    ("0931 GMT - Taiwan's exports rose 21.4% y/y to US$52.3 bln in August, the Ministry of Finance says; "
     "in NT$ terms they were up 18.7% at NT$1.59 trln. 1020 GMT - Imports rose 9.2% to US$39.8 bln, "
     "leaving a surplus of US$12.5 bln, the ministry adds.",
     [R(f="export", r=TW, v=[52.3e9, 1.59e12], cur=["USD", "TWD"], d="up", pct=[21.4, 18.7], b=DC,
        src=TWMOF, **AUG),
      OPT(f="export", r=TW, v=[52.3e9, 1.59e12], cur=["USD", "TWD"], **AUG),
      R(f="import", r=TW, v=39.8e9, cur="USD", d="up", pct=9.2, b=DC, src=TWMOF, **AUG),
      R(f="balance", r=TW, v=12.5e9, cur="USD", bal="surplus", src=TWMOF, **AUG)]),

    # ---------------------------------------------------------------- numbers, scales, currencies
    # P54 single sentence: "topped one trillion yuan" (vq DC), "roughly 620 billion yuan", "imports
    # from it some 395 billion yuan".
    ("Trade between China and ASEAN topped one trillion yuan in a single quarter for the first time in "
     "the April-June period, the General Administration of Customs said, with Chinese exports to the "
     "bloc making up roughly 620 billion yuan and imports from it some 395 billion yuan.",
     [R(f="total", r=CN, p=ASEAN, v=1e12, cur="CNY", vq=DC, src=GAC, **Q2),
      R(f="export", r=CN, p=ASEAN, v=620e9, cur="CNY", vq=ABOUT, src=GAC, **Q2),
      R(f="import", r=CN, p=ASEAN, v=395e9, cur="CNY", vq=ABOUT, src=GAC, **Q2)]),

    # P55 single sentence: "nearly half a billion dollars", "three-quarters of a billion
    # dollars", "neighbouring Uganda's".
    ("Kenya's avocado exports earned nearly half a billion dollars in the first eight months of 2031, the "
     "Horticultural Crops Directorate said, while neighbouring Uganda's coffee exports brought in "
     "three-quarters of a billion dollars over the same period, according to the Uganda Coffee "
     "Development Authority.",
     [R(f="export", r=KE, c=AVOCADO, v=500e6, cur="USD", vq=NEARLY, src=HCD, **YTD8),
      R(f="export", r=UG, c=COFFEE, v=750e6, cur="USD", src=UCDA, **YTD8)]),

    # P56 single sentence: a range "between $1.1bn and $1.3bn" (estimates), "some $640m".
    ("Mozambique's coal exports were worth between $1.1bn and $1.3bn in the first half, preliminary "
     "estimates by the central bank show, while aluminium exports brought in some $640m.",
     [R(f="export", r=MZ, c=COAL, v=1.1e9, vh=1.3e9, cur="USD", vq=DC, src=BDM, **H1),
      R(f="export", r=MZ, c=ALU, v=640e6, cur="USD", vq=DC, src=BDM, **H1)]),

    # P57 single sentence, translated copy: "milliard euros", "amounted to", "reached", "its eastern
    # neighbour" (the partner).
    ("Poland's exports to Ukraine amounted to 8.6 milliard euros in the first seven months of 2031, 12.4 "
     "per cent more than a year earlier, while imports from Ukraine reached 3.9 milliard euros, the "
     "Central Statistical Office (GUS) reported, leaving Poland with a surplus of 4.7 milliard euros in its "
     "trade with its eastern neighbour.",
     [R(f="export", r=PL, p=UA, v=8.6e9, cur="EUR", d="up", pct=12.4, b="yoy", src=GUS, **YTD7),
      R(f="import", r=PL, p=UA, v=3.9e9, cur="EUR", src=GUS, **YTD7),
      R(f="balance", r=PL, p=UA, v=4.7e9, cur="EUR", bal="surplus", src=GUS, **YTD7)]),

    # P58 single sentence: "¥" that is yen in a Japanese text about China, "Tokyo", a deficit
    # "in its trade with its largest partner".
    ("Japan's exports to China fell 6.2% year on year to ¥1.52 trillion in August, the Ministry of Finance "
     "said, while imports from China rose 3.1% to ¥2.04 trillion, leaving Tokyo with a ¥520 billion "
     "deficit in its trade with its largest partner.",
     [R(f="export", r=JP, p=CN, v=1.52e12, cur="JPY", d="down", pct=6.2, b="yoy", src=MOFJ, **AUG),
      R(f="import", r=JP, p=CN, v=2.04e12, cur="JPY", d="up", pct=3.1, b=DC, src=MOFJ, **AUG),
      R(f="balance", r=JP, p=CN, v=520e9, cur="JPY", bal="deficit", src=MOFJ, **AUG)]),

    # P59 "S$" NODX and its electronics part, "HK$" total exports of goods in another economy.
    ("Singapore's non-oil domestic exports rose 4.7% year on year to S$15.2 billion in August, Enterprise "
     "Singapore said, as electronics shipments jumped 18.9% to S$4.1 billion. Hong Kong's total exports "
     "of goods, released the same day, rose 9.3% to HK$412.6 billion, the Census and Statistics "
     "Department said.",
     [R(f="export", r=SG, c=NODX, v=15.2e9, cur="SGD", d="up", pct=4.7, b="yoy", src=ESG, **AUG),
      R(f="export", r=SG, c=ELEC, v=4.1e9, cur="SGD", d="up", pct=18.9, b=DC, src=ESG, **AUG),
      R(f="export", r=HK, c=DC, v=412.6e9, cur="HKD", d="up", pct=9.3, b=DC, src=CSD, **AUG)]),

    # P60 "Tk 66,100 crore" restating dollars "at the month's average exchange rate", "the first
    # month of FY32", export earnings from another source.
    ("Bangladesh's merchandise imports fell 3.2% year on year to $5.41 billion, or Tk 66,100 crore at the "
     "month's average exchange rate, in July, the first month of FY32, Bangladesh Bank data showed. "
     "Export earnings in the month were $4.12 billion, up 5.6%, according to the Export Promotion Bureau.",
     [R(f="import", r=BD, c=DC, v=[5.41e9, 661e9], cur=["USD", "BDT"], d="down", pct=3.2, b="yoy", src=BB,
        **JUL),
      OPT(f="import", r=BD, c=DC, v=[5.41e9, 661e9], cur=["USD", "BDT"], **JUL),
      R(f="export", r=BD, v=4.12e9, cur="USD", d="up", pct=5.6, b=DC, src=EPB, **JUL)]),

    # P61 "Rs" and "PKR" in a Pakistani text: a restatement in rupees, a food import bill.
    ("Pakistan's textile exports rose 9.8% to $1.62 billion in August, the Pakistan Bureau of Statistics "
     "said. In rupee terms, they came to Rs 456.8 billion, while the country's food import bill reached "
     "PKR 212.3 billion.",
     [R(f="export", r=PK, c=TEXCL, v=[1.62e9, 456.8e9], cur=["USD", "PKR"], d="up", pct=9.8, b=DC, src=PBS,
        **AUG),
      OPT(f="export", r=PK, c=TEXCL, v=[1.62e9, 456.8e9], cur=["USD", "PKR"], **AUG),
      R(f="import", r=PK, c=FOOD, v=212.3e9, cur="PKR", src=PBS, **AUG)]),

    # P62 single sentence: "R" before an amount (ZAR), "the 12 months to June", value up and
    # volume ("million litres") down (two records).
    ("South Africa's wine exports earned R11.4 billion in the 12 months to June, up 4.6%, industry body "
     "Wines of South Africa (WOSA) said, though volumes slipped 2.1% to 362 million litres.",
     [R(f="export", r=ZA, c=WINE, v=11.4e9, cur="ZAR", vol=DC, u=DC, volq=DC, d="up", pct=4.6, b=DC,
        src=WOSA, **R12JUN),
      R(f="export", r=ZA, c=WINE, vol=362e6, u=LITRE, v=DC, cur=DC, vq=DC, d="down", pct=2.1, b=DC,
        src=WOSA, **R12JUN)]),

    # P63 "RM" with two parts "contributing", imports and the surplus.
    ("Malaysia's exports rose 6.9% year on year to RM131.4 billion in August, the Department of "
     "Statistics Malaysia said, with electrical and electronic products contributing RM58.9 billion and "
     "palm oil and palm-based products RM9.2 billion. Imports rose 4.1% to RM116.8 billion, for a surplus "
     "of RM14.6 billion.",
     [R(f="export", r=MY, v=131.4e9, cur="MYR", d="up", pct=6.9, b="yoy", src=DOSM15, **AUG),
      R(f="export", r=MY, c=EE, v=58.9e9, cur="MYR", src=DOSM15, **AUG),
      R(f="export", r=MY, c=PALM, v=9.2e9, cur="MYR", src=DOSM15, **AUG),
      R(f="import", r=MY, v=116.8e9, cur="MYR", d="up", pct=4.1, b=DC, src=DOSM15, **AUG),
      R(f="balance", r=MY, v=14.6e9, cur="MYR", bal="surplus", src=DOSM15, **AUG)]),

    # P64 single sentence: "close to one and a half billion dollars", an Ethiopian fiscal year
    # "that ended on July 7", a base "the year before" in words and figures.
    ("Ethiopia earned close to one and a half billion dollars from coffee exports in the 2030/31 fiscal "
     "year that ended on July 7, the Ethiopian Coffee and Tea Authority said, up from 1.43 billion dollars "
     "the year before.",
     [R(f="export", r=ET, c=COFFEE, v=1.5e9, cur="USD", vq=NEARLY, d="up", pct=DC, by=DC, byc=DC, b=DC,
        src=ECTA, **ETFY),
      OPT(f="export", r=ET, c=COFFEE, v=1.43e9, cur="USD", ps=DC, pe=DC)]),

    # P65 single sentence: "more than $600 million" and "roughly 40% more" for a season without
    # months, "some $3.9 billion" in the year to July from another source.
    ("Tanzania's cashew exports brought in more than $600 million in the 2030/31 season, roughly 40% more "
     "than the previous season, the Cashewnut Board of Tanzania said, while gold exports in the year to "
     "July were worth some $3.9 billion, according to the Bank of Tanzania.",
     [R(f="export", r=TZ, c=CASHEW, v=600e6, cur="USD", vq=OVER, d="up", pct=40, cq=ABOUT, b=DC, src=CBT,
        **SEASONX),
      R(f="export", r=TZ, c=GOLD, v=3.9e9, cur="USD", vq=ABOUT, src=BOT16, **R12JUL)]),

    # P66 GASTAT quarterly: a surplus that shrank with its year-earlier base, oil and non-oil
    # exports ("re-exports included"), "SAR".
    ("Saudi Arabia's merchandise trade surplus shrank to SAR 71.2 billion in the second quarter from SAR "
     "88.6 billion a year earlier, the General Authority for Statistics said, as oil exports fell 11.3% "
     "to SAR 172.4 billion. Non-oil exports, re-exports included, climbed 9.1% to SAR 81.9 billion, and "
     "imports rose 2.4% to SAR 183.1 billion.",
     [R(f="balance", r=SA, c=DC, v=71.2e9, cur="SAR", bal="surplus", d="down", pct=DC, by=DC, byc=DC,
        b="yoy", src=GASTAT, **Q2),
      OPT(f="balance", r=SA, c=DC, v=88.6e9, cur="SAR", bal="surplus", **Q2_30),
      R(f="export", r=SA, c=CRUDE, v=172.4e9, cur="SAR", d="down", pct=11.3, b=DC, src=GASTAT, **Q2),
      R(f="export", r=SA, c=NONOIL, v=81.9e9, cur="SAR", d="up", pct=9.1, b=DC, src=GASTAT, **Q2),
      R(f="import", r=SA, c=DC, v=183.1e9, cur="SAR", d="up", pct=2.4, b=DC, src=GASTAT, **Q2)]),

    # P67 MOF preliminary data: a volume and its cost with one change that is the value's (one
    # record, a split through the twin), "¥" in a Japanese text, a second good's volume.
    ("Japan imported 4.62 million tonnes of LNG in August, preliminary Ministry of Finance data showed, at "
     "a cost of ¥512.3 billion, 18.4% less than a year earlier as spot prices eased. Thermal coal imports "
     "were 9.8 million tonnes.",
     [R(f="import", r=JP, c=LNG, vol=[4.62e6, None], u=[TON, None], volq=DC, v=512.3e9, cur="JPY", vq=DC,
        d="down", pct=18.4, b="yoy", src=MOFJ, **AUG),
      OPT(f="import", r=JP, c=LNG, vol=4.62e6, u=TON, volq=DC, v=[None, 512.3e9], cur=[None, "JPY"], **AUG),
      R(f="import", r=JP, c=THCOAL, vol=9.8e6, u=TON, volq=DC, src=MOFJ, **AUG)]),

    # P68 a governor's policy statement: "our export receipts" in the year to July, imports,
    # a deficit that narrowed with its base, the quote split around its attribution.
    ("\"In the year to July, our export receipts rose 28.4% to US$8.62 billion, driven by gold and coffee, "
     "while imports grew 9.6% to US$11.91 billion,\" Bank of Uganda Governor Michael Okello said in the "
     "monetary policy statement, \"so the merchandise trade deficit narrowed to US$3.29 billion from "
     "US$4.15 billion.\"",
     [R(f="export", r=UG, v=8.62e9, cur="USD", d="up", pct=28.4, b=DC, src=BOU16, **R12JUL),
      R(f="import", r=UG, v=11.91e9, cur="USD", d="up", pct=9.6, b=DC, src=BOU16, **R12JUL),
      R(f="balance", r=UG, c=DC, v=3.29e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC,
        src=BOU16, **R12JUL),
      OPT(f="balance", r=UG, c=DC, v=4.15e9, cur="USD", bal="deficit", ps=DC, pe=DC)]),

    # P69 ISTAT regional data: two regions and the national total, a share (no record).
    ("Lombardy's exports reached €77.4 billion in the first half of 2031, up 2.3% year on year, ISTAT's "
     "regional data showed, about a quarter of Italy's total of €318.9 billion. Emilia-Romagna's rose "
     "3.8% to €48.2 billion.",
     [R(f="export", r=LOMB, v=77.4e9, cur="EUR", d="up", pct=2.3, b="yoy", src=ISTAT, **H1),
      R(f="export", r=IT, c=DC, v=318.9e9, cur="EUR", src=ISTAT, **H1),
      R(f="export", r=EMRO, v=48.2e9, cur="EUR", d="up", pct=3.8, b=DC, src=ISTAT, **H1)]),

    # P70 single sentence: a member state's exports to "the rest of the European Union" and its
    # "sales outside the bloc", the overall deficit.
    ("Spanish exports to the rest of the European Union amounted to €118.6 billion in January-July, up "
     "3.1%, while sales outside the bloc fell 2.7% to €74.2 billion and the overall trade deficit for the "
     "period was €24.9 billion, the trade ministry said.",
     [R(f="export", r=ES, p=EU, c=DC, v=118.6e9, cur="EUR", d="up", pct=3.1, b=DC, src=ESMIN, **YTD7),
      R(f="export", r=ES, p=EXTRAEU, c=DC, v=74.2e9, cur="EUR", d="down", pct=2.7, b=DC, src=ESMIN, **YTD7),
      R(f="balance", r=ES, c=DC, v=24.9e9, cur="EUR", bal="deficit", src=ESMIN, **YTD7)]),
]

NEG = [
    # N01 one company's overseas sales.
    "Samsung Electronics said its overseas sales rose 14% to 62.3 trillion won in the second quarter, "
    "helped by strong exports of high-bandwidth memory chips to China.",
    # N02 one company's shipments.
    "Vale shipped 86.1 million tonnes of iron ore in the second quarter, up 3.2% from a year earlier, the "
    "Brazilian miner said in its quarterly production and sales report.",
    # N03 trade finance.
    "Afreximbank disbursed $4.2 billion in trade finance to African importers and exporters in the first "
    "half of 2031, up 18% from a year earlier, the bank said.",
    # N04 letters of credit opened for imports.
    "Letters of credit opened for imports in Bangladesh rose 12.1% to $5.62 billion in August, Bangladesh "
    "Bank data showed, a sign that import demand is recovering.",
    # N05 a trade-weighted (effective exchange rate) index.
    "The Singapore dollar's nominal effective exchange rate, a trade-weighted index against the "
    "currencies of its main trading partners, rose 0.8% in August, MAS data showed.",
    # N06 another trade-weighted index with a base.
    "The Australian dollar's trade-weighted index climbed to 64.2 on Tuesday from 63.1 a month earlier, "
    "Reserve Bank of Australia data showed.",
    # N07 stock-exchange turnover in lakh crore.
    "Shares worth ₹1.42 lakh crore changed hands in the National Stock Exchange's cash segment on Tuesday, "
    "the highest daily turnover since March.",
    # N08 stock-exchange trading value in SAR.
    "Trading value on the Saudi Exchange fell 8.3% to SAR 6.1 billion on Tuesday as investors awaited the "
    "Federal Reserve's decision.",
    # N09 the yen carry trade in words and "¥".
    "Analysts at Nomura estimate the yen carry trade at some ¥40 trillion, roughly a quarter of a "
    "trillion dollars, after hedge funds rebuilt positions in August.",
    # N10 the primary income account.
    "Japan's primary income surplus rose to ¥3.87 trillion in July, driven by dividends from overseas "
    "subsidiaries, Ministry of Finance data showed.",
    # N11 portfolio flows.
    "Foreign portfolio investors pulled a net $6.2 billion out of Indian equities and bonds in "
    "April-August, depository data showed.",
    # N12 secondary income.
    "Secondary income inflows, mostly workers' remittances, rose to $2.9 billion in the second quarter, "
    "the Central Bank of Sri Lanka said in its balance of payments release.",
    # N13 labour "exports".
    "The Philippines deployed 212,400 nurses, caregivers and seafarers abroad in the first half of 2031, "
    "the Department of Migrant Workers said, calling them the country's most valuable export.",
    # N14 cultural "exports".
    "South Korea's cultural exports, from K-pop concerts to webtoons, are worth about $14 billion a year, "
    "the culture ministry estimates.",
    # N15 "on track to top".
    "Vietnam's exports are on track to top $520 billion this year for the first time, the Ministry of "
    "Industry and Trade said in a statement.",
    # N16 "should comfortably cross ... if".
    "India's merchandise exports should comfortably cross $500 billion in 2031-32 if the current momentum "
    "holds, the commerce secretary told reporters.",
    # N17 a headline forecast "seen growing".
    "Thailand's exports seen growing 3-4% this year, surplus at about $12 bln - commerce ministry",
    # N18 a budget assumption.
    "Nigeria's 2032 budget assumes crude oil exports of 1.8 million barrels per day at a benchmark price "
    "of $70 a barrel, the finance minister told lawmakers.",
    # N19 a hypothetical.
    "Were the ban on raw nickel ore exports lifted, the Philippines could ship an additional 20 million "
    "tonnes a year to China, industry executives said.",
    # N20 a counterfactual with a number.
    "Had coffee prices stayed at last year's levels, Uganda's export earnings in July would have been "
    "roughly $90 million lower, the central bank said.",
    # N21 a historical high without a figure.
    "Argentina's soybean meal exports hit their highest since 1998 in August, traders said, though "
    "official figures will only be released next week.",
    # N22 "the largest on record" without a figure.
    "Ireland's trade surplus in July was the largest on record for any single month, the Central "
    "Statistics Office said, without giving details of the pharmaceutical shipments behind it.",
    # N23 cocoa arrivals at a producer's port.
    "Cocoa arrivals at Cameroon's port of Douala reached 212,000 tonnes between the start of the season "
    "on Aug. 1 and Sept. 14, exporters estimated.",
    # N24 gold ETF outflows.
    "Outflows from gold exchange-traded funds totalled 41.2 tonnes in August, the World Gold Council said, "
    "the biggest monthly outflow since March 2030.",
    # N25 a loading programme for a coming month.
    "Loadings of Urals crude from Russia's western ports are scheduled to rise to 2.31 million barrels per "
    "day in October from 2.12 million bpd planned for September, according to traders and loading "
    "schedules.",
    # N26 customs seizures.
    "Hong Kong customs seized counterfeit goods worth HK$128 million in the first eight months, including "
    "fake luxury handbags bound for the mainland.",
    # N27 a deal's expected trade.
    "Indonesia and the European Union expect bilateral trade to reach €50 billion a year by 2035 once "
    "their comprehensive economic partnership agreement takes effect.",
    # N28 canal revenue.
    "Suez Canal transits rose to 1,412 vessels in August, generating revenue of $412 million, the Suez "
    "Canal Authority said.",
    # N29 a price range per tonne.
    "Thai 5% broken rice prices rose to $412-$418 a tonne this week from $405-$410 last week, traders "
    "said.",
    # N30 remittances.
    "Remittances from Pakistanis working abroad rose 9.1% to $3.41 billion in August, the State Bank of "
    "Pakistan said.",
    # N31 used-car trade-in values.
    "Trade-in values of used cars in the United States fell 4.2% in August from July, car-shopping site "
    "Edmunds said.",
    # N32 a central banker's conditional quote.
    "\"If our exports keep growing at this pace, we could bring the trade deficit below $10 billion this "
    "year,\" the governor of the Central Bank of Kenya told a news conference.",
    # N33 a Q&A forecast.
    "Q: What do you expect for this year? A: We think exports will reach around $62 billion, maybe a "
    "little more. — Interview with Chile's Undersecretary for International Economic Relations",
    # N34 an opinion's ratio without amounts.
    "Critics will say the trade deficit does not matter. They are wrong: a country that imports twice "
    "what it exports cannot prosper for long, whatever the latest monthly figures say.",
    # N35 a macro KEY POINTS list without a trade figure.
    "KEY POINTS - Thailand's second quarter (NESDC): - GDP: +1.9% q/q, +3.4% y/y - Current account: "
    "-$1.2bn - Headline inflation: 0.8% in August - Reserves: $238.4bn",
    # N36 a ministry's export target in the first person.
    "\"Our target is to double farm exports to $10 billion by 2035,\" Kenya's trade cabinet secretary "
    "told the Kenya Association of Manufacturers' annual dinner.",
]
