from slots import DC, R, M, Y, PR

# The seventeenth set: every text is the only body paragraph (after an unrelated opening
# one) of a page published on 2032-11-17 (a Wednesday). So "October" and "October 2032" are
# October 2032, "September" and "September 2032" September 2032 and "August" (a revised
# figure) August 2032; "the second quarter of 2032" is April-June 2032; "the first nine
# months", "the first nine months of 2032", "the first three quarters", "the first three
# quarters of 2032" (and "... of this year"), "January-September", "January-September 2032",
# "between January and September" and "between January and September 2032" are
# January-September 2032; "at the end of September" and "at the end of September 2032" (the
# Maghreb offices' cumulative style) are January-September 2032 with September alone
# accepted as start (CUM9, the ninth set's rule); "the first 10 months", "the first ten
# months", "the first 10 months of 2032", "the first 10 months of the year",
# "January-October", "January-October 2032" and "the January-October period" are
# January-October 2032; "the first eight months of 2032" is January-August 2032. Days: "the
# first 10 days of November" and "the Nov. 1-10 period" are 2032-11-01 to 2032-11-10, the
# only figures of the month of publication with the Kazakh grain season to date below. Other
# years' periods: "September 2031", "October 2031", "January-September 2031", "the same
# month last year", "the same period last year", "the same period of 2031", "the same period
# in 2031", "the same quarter of 2031", "the same period of the previous year", "the same
# period last fiscal year" and "a year earlier" appear only as comparison bases (a base
# given with its amount is an optional record of the same months of 2031). Calendars and
# seasons: "the first seven months of the current Iranian year (March 20-October 21)" is
# 2032-03-20 to 2032-10-21 as the text says; Ethiopia's "first quarter of the 2032/33
# Ethiopian fiscal year" runs from Hamle 1 (2032-07-08) to Meskerem 30 (2032-10-10), and the
# calendar quarter July-September 2032 is accepted too (the fourteenth set's ETQ1); Turkey's
# hazelnut exports "in the first two months of the 2032/33 season that began on Sept. 1" are
# 2032-09-01 to 2032-10-31; Kazakhstan's grain exports "since the start of the 2032/33
# marketing year on September 1 ... as of November 10" are a season to date that starts on
# 2032-09-01, end DC (twelfth set). Dates that are no period of any figure: the datelines
# ("BEIJING, Nov. 7 (Xinhua) --", "KUALA LUMPUR, Nov 16 (Bernama) --", "ABU DHABI, 16th
# November, 2032 (WAM) --", "RIYADH, November 16, 2032, SPA --", "Doha, November 02 (QNA)
# -", "MOSCOW, November 8. /TASS/.", "Baku, November 15, APA." and the like), "since May
# 2028" and "since May 2027" in a count of months of surplus, and weekdays ("on Tuesday",
# "said Sunday") as release days. "This year" is 2032 ("the first three quarters of this year");
# in near misses it, "2033", "2035", "2040" and "within five years" belong to targets,
# forecasts and plans.
#
# Conventions: every convention stated in the sixteenth set's header (sixteenth/cases.py,
# which carries those of the fifteenth, and through it those of the ninth to fourteenth
# sets) is kept unchanged and is not repeated here. In short: values are positive amounts
# in the original currency (deficits bal="deficit", surpluses bal="surplus"); b is
# "yoy"/"mom" only when the text states the comparison, DC when it is implied or the base is
# named by its period ("compared to the same quarter of 2031", "compared with
# January-September 2031", "than in January-September 2031", "compared to September 2031")
# and null when there is no change; a narrowing or widening deficit has d DC, a surplus
# that narrows is "down" and one that widens is "up"; later sentences inherit reporter,
# period and source; comparison bases are optional records (OPT); a figure restated in
# another currency is one record accepting either form plus an optional twin; value and
# volume of one flow with DIFFERENT changes are two records (the other measure DC), a value
# whose only change is the volume's is two records (the value's without change), a volume
# and the revenue it brought in with no change are one record (a split accepted through an
# optional twin); forecasts, targets, plans, shares, ratios, prices, current accounts,
# production, reserves, remittances, FDI, investment, loans and export credit, customs
# duties collected, port throughput, retail trade, trade-fair deals and travel receipts are
# never trade figures; "goods", "merchandise", "total" flows c DC, plain "exports"/"imports"
# of a whole economy c null, "foreign trade", "trade turnover" and "trade between X and Y"
# flow total with c null; "non-oil", "services" and named goods are commodities;
# "preliminary", "estimated" and "first estimate" values have vq DC; revisions ("was
# revised up to X from a preliminary Y") are a record of the revised amount (vq DC; d, pct,
# by and b DC) and an optional record of the superseded one; a news agency that carries an
# agency's figures is accepted as source beside the agency (fourteenth set).
#
# New in this (seventeenth) set, which stresses TRADE FIGURES AS WRITTEN BY NEWS AGENCIES IN
# TRANSLATED OR NON-NATIVE ENGLISH and by non-English outlets' English services (Xinhua,
# VNA, Bernama, Antara, PNA, Yonhap, Kyodo, Anadolu, KUNA, WAM, SPA, QNA, APS, MAP, IRNA,
# Tasnim, TASS, BelTA, Kazinform, UzA, Ukrinform, PAP, CTK, MTI, ANSA, EFE, Prensa Latina,
# Agência Brasil, Télam-style INDEC copy, APA, Sputnik Africa, ENA, KNA, Kabar), with
# services trade, cross-border e-commerce, border and transit trade, trade by mode of
# transport and trade with blocs (these are added; where one seems to touch an earlier
# convention it only extends it):
# - Datelines. "KUALA LUMPUR, Nov 16 (Bernama) --", "HA NOI (VNA) –", "ANKARA (AA) -",
#   "ABU DHABI, 16th November, 2032 (WAM) --", "MOSCOW, November 8. /TASS/." give no period
#   (the figures keep the periods the text gives), no figure and no minus; the agency named
#   in the dateline, like one that "reported", is accepted as source beside the body whose
#   data it carries. Every positive text of this set also names that body.
# - Agency verbs. "Clocked", "logged", "touched", "posted", "registered", "recorded",
#   "stood at", "amounted to", "totaled", "totalled", "was worth", "valued at", "were valued
#   at", "fetched", "secured", "in the amount of" ("supplied agricultural products to China
#   in the amount of $6.84 bln") and a participle after the change ("rose 5.4% ...,
#   reaching $24.7 billion", "went up 1.9%, hitting $31.2 billion", "rose 9.8 percent ... to
#   reach SAR 27.4 billion") all give the value. "A growth of X percent", "an increase by
#   X%", "a year-on-year increase of X percent", "went up (by) X%", "went down (by) X%",
#   "contracted", "shrank", "slumped", "plunged", "nosedived", "eased" give the direction
#   and percent ("edged up/down" cq DC, eleventh set). "Flat", "unchanged" and "virtually
#   unchanged" are the ninth set's "little changed" (d DC, pct null or 0). "Sales" and
#   "supplies" of goods to a partner, "Hydrocarbon sales abroad" and "the export of goods"
#   are exports; "supplies of Chinese goods to Russia" are China's exports to Russia (or,
#   as the text counts them, Russia's imports).
# - Bases in agency wording (the eleventh set's rule, applied): "over the same period last
#   year", "compared to the same period last year", "the same period of the previous year",
#   "the same period last fiscal year", "from a year earlier", "on-year", "on an annual
#   basis" and "year-on-year" state yoy; "compared to the same period of 2031", "during the
#   same period in 2031", "compared to the same quarter of 2031", "compared with
#   January-September 2031", "than in January-September 2031" and "compared to September
#   2031" name the base by its period (b DC); "month-on-month" states mom.
# - CIS index wording: "$33.6 billion, or 102.3% compared with January-September 2031" is
#   a rise of 2.3% and "$34.8 billion, or 98.9%" a fall of 1.1% (b DC: the base is named by
#   its period). A dash standing for an elided verb ("imports – $34.8 billion", "imports –
#   USD 14 473.6 million") is no minus. "The negative balance" is a deficit and "the
#   positive balance" a surplus (fourteenth and fifteenth sets); "in the black" and "in the
#   red" name no figure.
# - Multiplicative changes: "grew 1.4 times", "grew 1.5 times", "up 1.3 times year on
#   year", "surged 2.6-fold", "went up 1.6-fold" are d "up", pct DC (a computed percent is
#   accepted), cq DC; "decreased by 2.3 times" (the Russian calque for a fall to 1/2.3) is d
#   "down", pct DC, cq DC. Unlike the eleventh set's "doubled" without a value, such a
#   change with its number makes a REQUIRED record even without a value (as the thirteenth
#   set's "fell by a fifth"). "Went down to 62.4 mln USD" without a base or a number is the
#   thirteenth set's direction-and-level change (d as stated, pct and by DC, b DC).
# - Value and physical terms: "increased by 7.4% in physical terms to 28.3 million tonnes.
#   In value terms, exports went down by 3.9%" are two records: the volume with its change
#   (v DC) and the value's change without an amount (v null, the volume DC). A change "in
#   physical terms" with no amount and no unit is the fifteenth set's "in volume terms"
#   (an optional record), like INDEC's "quantities sold (+12.1%)"; "prices fell 2.5%" makes
#   no record. "Up 3.2 percent in volume but down 6.8 percent in value" after "7.41 million
#   tonnes worth 4.92 billion USD" is two records (ninth set).
# - Services trade (ninth and fifteenth sets, extended): China's "services trade" is flow
#   total with c services, its "services exports" and "services imports" flows with c
#   services, and "the deficit in services trade" a balance with c services ("narrowing ...
#   by 188 billion yuan to 800 billion yuan": d DC, by 188 billion yuan); Morocco's "exports
#   of services", "imports of services" and "the surplus of the services trade balance" the
#   same; a kind of service is the commodity ("IT services", "business process outsourcing
#   (BPO) receipts" of the Philippines' services exports, "ICT exports" of goods). Travel
#   receipts and tourists' spending stay no trade figure (fifteenth set), as do
#   remittances.
# - Cross-border e-commerce: "cross-border e-commerce imports and exports reached ..." is
#   flow total with c e-commerce (ECOM), and the exports and imports that follow ("Of the
#   total, exports ...") keep c e-commerce.
# - Border and transit trade (ninth set's Myanmar border trade, extended): "the border
#   trade of ... Guangxi ... with Vietnam", "import and export turnover through the border
#   gates of ... Lang Son" and Thailand's "border and transit trade" are flow total (export
#   and import when the text splits them) with c null or the words (BORDER, TRANSIT, BT);
#   "border trade with Malaysia, Laos, Myanmar and Cambodia" names several partners (p DC).
# - Trade by mode of transport: "Exports by rail accounted for $7.12 billion of the total
#   and exports by road for $5.94 billion", "trade via the China-Laos Railway" are records
#   of the flow with c null or the mode word (RAIL, ROAD); goods named beside the mode are
#   the commodity ("1 876 thousand tonnes [of grain] shipped by rail to Central Asian
#   countries" c grain); "gold exports, mostly flown out by air" c gold.
# - Blocs and groups as partners (tenth, fourteenth sets, extended): the Gulf Cooperation
#   Council ("GCC countries", "the GCC states"), the Commonwealth of Independent States ("the
#   CIS countries", "the Commonwealth"), Mercosur ("Mercosur countries"), the African
#   Continental Free Trade Area ("member states of the ... (AfCFTA)", "those countries"),
#   the EAEU ("the union", "the bloc"), ASEAN ("the region", "member states"), OPEC ("OPEC
#   countries"), Central Asia ("the five Central Asian countries", "the region"), the EU
#   ("European Union countries", "the bloc") and Africa ("African countries", "the
#   continent", "African goods").
# - Number forms: "USD 38.62 bln", "US$ 6.84 billion" (with a space), "6.47 bn USD", "62.4
#   mln USD", "$6.84 bln", "398.6 billion USD", "5.31 trillion U.S. dollars" and "8.134
#   billion dollars" are USD; "1.68 trillion yuan (about 236.6 billion U.S. dollars)" is one
#   record accepting either form (vq null or about) plus an optional twin (twelfth set), as
#   are "28.6 billion USD, equivalent to some VND 726 trillion", "US$4.21 billion ..., or
#   around Rp 69.8 trillion", "KRW 1.12 trillion ($812 million)", "98.6 billion tenge (about
#   $203 million)", "$5.86 billion ..., or about UAH 243 billion", "In euro terms, exports
#   reached EUR 30.8 billion", "In forint terms, the surplus amounted to HUF 527.4 billion"
#   and "In lira terms, the revenue amounted to TL 21.9 billion". "RM142.6bil" is 142.6 x
#   10^9 MYR and "RM987.4mil" 987.4 x 10^6 MYR (Malaysian "bil" and "mil"); "Rp" IDR; "VND"
#   VND; "KRW" KRW; "TL" TRY; "zloty" and "PLN" PLN; "crowns" in a Czech text CZK;
#   "EUR", "euros" EUR; "HUF" and "forints" HUF; "UAH" and "hryvnia" UAH; "tenge" KZT;
#   "BYN" BYN (a near miss only); "dirhams" in a UAE text and "AED" AED; "dirhams", "Moroccan
#   dirhams" and "MMDH" (milliards de dirhams, billions of dirhams: "612.4 MMDH" is 612.4
#   x 10^9 MAD) in a Moroccan text MAD; "riyals" and "SAR" in a Saudi text SAR; "QR"
#   QAR; "KD" KWD; "dinars" in an Algerian text DZD; "birr" ETB; "Sh" in a Kenyan text KES;
#   "baht" THB; "yen" JPY; "yuan" CNY. Spaced thousands are one number: "211 345 tonnes" is
#   211,345 tonnes, "USD 21 386.4 million" 2.13864 x 10^10, "41 200 units" 41,200 units, "2
#   914 thousand tonnes" 2.914 x 10^6 tonnes. "3,412.6 billion dinars" is 3.4126 x 10^12 and
#   "1,214.6 billion yen" 1.2146 x 10^12.
# - Flows measured by the partner (sixteenth set's rule, unchanged): TASS's "Trade turnover
#   between Russia and China ... according to data of the General Administration of Customs
#   of the PRC" accepts either economy as reporter and partner of the total; "Russian
#   exports to China" and "supplies of Chinese goods to Russia" from those data accept
#   either orientation (f, r and p either way).
# - Sub-national reporters (fourteenth set's rule, new units): Guangxi (Nanning Customs),
#   the province of Lang Son (its Department of Industry and Trade), Binh Duong province
#   (its statistics office), Lampung province (its trade office) and the emirate of Abu
#   Dhabi (its Statistics Centre). China's trade via the China-Laos Railway from Kunming
#   Customs is China's (Yunnan or Kunming accepted), partner DC.
# - Near misses of this set (no record): export and trade targets and plans (also "by
#   2035", a ratio target for 2040, a medium-term programme, a ministry's plan to earn, a
#   free grain shipment plan), forecasts ("expects the trade surplus to reach between ...",
#   "are expected to hit a record", "are expected to exceed"), a memorandum "aimed at raising
#   bilateral trade to", agreements signed at a business forum, intended deals at an import
#   expo, approved investment, disbursed FDI and FDI revenues, export loans and export
#   financing, reserves, an average export price, tea auction prices, oil output, a sugar
#   harvest, a crop estimate, travel receipts, tourists' spending, trade "potential" and
#   "could reach", customs revenue from import-export activities, export customs duties in
#   tenge, retail turnover in BYN, the share of rubles and yuan in settlements, remittances,
#   a PMI's new export orders, port cargo and a current account surplus.

# The names of economies, sources, units and qualifiers and the record helpers (OPT, YTD,
# Q) that the tenth to sixteenth sets defined mean the same here: they are taken from the
# twelfth to sixteenth sets' cases rather than copied (those files have their definitions
# and comments). This set has no tariff record.
import importlib.util as _ilu, os as _os
_here = _os.path.dirname(_os.path.abspath(__file__))


def _load(name):
    spec = _ilu.spec_from_file_location("_%s_cases" % name, _os.path.join(_here, "..", name, "cases.py"))
    mod = _ilu.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_t12 = _load("twelfth")
for _n in """
TON ABOUT RECORD US EU RU UAE KR GAC TR JP MA ID SA VN PH ASEAN CRUDE LNG ELEC GRAIN WINE CARS
UNITS CHIPS AGRI PHOS AUTO OC INDEC GSO VNMOIT VNAGRI MOFJ MOTIE PSA BPS GASTAT TURKSTAT GUS
CAPMAS BRMIN NONOIL OPT YTD Q
""".split():
    globals()[_n] = getattr(_t12, _n)
_t13 = _load("thirteenth")
for _n in "AFRICA MAFF DAIRY BEEF STEEL TRMIN CN EG MY TH UA PL AR BR KE".split():
    globals()[_n] = getattr(_t13, _n)
_t14 = _load("fourteenth")
for _n in """
EAEU CASIA BELSTAT CZSO KSH KWCSB IRICA FCS INEBO DZCUS HYDRO IRONSTEEL KZSTAT UZSTAT KW DZ IR BY
CZ HU UZ BO ET KZ
""".split():
    globals()[_n] = getattr(_t14, _n)
_t15 = _load("fifteenth")
for _n in "AZ AZSCC NONEU SERVICES DOSM15 NONOILGAS IT ISTAT".split():
    globals()[_n] = getattr(_t15, _n)
_t16 = _load("sixteenth")
for _n in "ES ESMIN COFFEE GOLD FERT COAL AVOCADO".split():
    globals()[_n] = getattr(_t16, _n)

# New in this (seventeenth) set: economies and sub-national reporters.
QA = "Qatar"
KGZ = ["Kyrgyzstan", "Kyrgyz"]
GX = ["Guangxi"]
LANGSON = ["Lang Son", "Lạng Sơn"]
BINHDUONG = ["Binh Duong", "Bình Dương"]
LAMPUNG = "Lampung"
ABUDHABI = "Abu Dhabi"
CN_YN = [CN, "Yunnan", "Kunming"]
# Partners.
GCC = ["Gulf Cooperation Council", "GCC"]
CIS = ["Commonwealth of Independent States", "CIS", "Commonwealth"]
MERCOSUR = ["Mercosur", "Mercosul", "Southern Common Market"]
AFCFTA = ["African Continental Free Trade Area", "AfCFTA"] + AFRICA
OPEC = ["OPEC", "Organization of the Petroleum Exporting Countries"]
BRUNEI = "Brunei"
RU_CN = RU + [CN]
# Goods, kinds of trade, modes and units.
ECOM = ["cross-border e-commerce", "e-commerce", "ecommerce"]
BORDER = [None, "border trade", "border"]
TRANSIT = [None, "transit trade", "transit"]
BT = [None, "border and transit trade", "border and transit", "border", "transit"]
RAIL = [None, "rail", "railway", "by rail"]
ROAD = [None, "road", "by road"]
LAOSRAIL = RAIL + ["China-Laos Railway"]
AGRIFF = ["agro-forestry-fishery", "agro-forestry-fisheries", "agricultural, forestry and fishery",
          "agro-forestry", "agricultural", "agro"]
RICE = "rice"
FISH = ["fishery products", "fishery", "fisheries", "fish", "seafood"]
RUBPROD = ["rubber products", "rubber product", "rubber"]
NATRUB = ["natural rubber", "rubber"]
ICT = ["information and communications technology", "information and communication technology", "ICT"]
DISPLAY = ["displays", "display"]
LAVER = ["laver", "gim", "seaweed"]
AGRIJ = ["agricultural, forestry and fishery products and food", "agricultural, forestry and fishery products",
         "agricultural, forestry and fishery", "agricultural", "agri-food", "food", "farm"]
HAZEL = ["hazelnuts", "hazelnut"]
NONHYD = ["outside hydrocarbons", "non-hydrocarbon", "non-hydrocarbons", "excluding hydrocarbons",
          "off-hydrocarbon", "non-oil"]
SEMI = ["semi-finished steel", "semi-finished", "ingots and billets", "ingots", "billets"]
AGRIFOOD = ["agricultural products and foodstuffs", "agricultural products", "agricultural", "foodstuffs",
            "food", "agri-food"]
ITSERV = ["IT services", "information technology services", "computer services", "IT"]
BPO = ["business process outsourcing", "BPO", "outsourcing"]
PROSECCO = ["Prosecco"]
HORT = ["horticultural", "horticulture", "horticultural produce", "horticultural products"]
# Sources (each with the news agency that carries it, fourteenth set).
GACX = GAC + ["Xinhua"]
NNCUS = ["Nanning Customs", "customs", "Xinhua"]
MOFCOM = ["Ministry of Commerce", "MOFCOM", "commerce ministry", "Xinhua"]
KMCUS = ["Kunming Customs", "customs", "Xinhua"]
VNNSO17 = GSO + ["Ministry of Finance", "VNA", "Vietnam News Agency"]
VNAGRI17 = VNAGRI + ["VNA"]
LSDIT = ["Department of Industry and Trade", "provincial Department of Industry and Trade", "VNA"]
BDSO = ["Statistics Office", "statistics office", "provincial Statistics Office", "VNA"]
VNMOIT17 = VNMOIT + ["VNA"]
MITI = ["Ministry of Investment, Trade and Industry", "MITI", "Bernama"]
MRC = ["Malaysian Rubber Council", "MRC", "Bernama"]
DOSM17 = DOSM15 + ["Bernama"]
BPS17 = BPS + ["ANTARA"]
LTO = ["provincial trade office", "trade office", "ANTARA"]
KKP = ["Ministry of Marine Affairs and Fisheries", "KKP", "ANTARA"]
PSA17 = PSA + ["PNA", "Philippine News Agency"]
BSP = ["Bangko Sentral ng Pilipinas", "BSP", "central bank", "PNA"]
SEIPI = ["Semiconductor and Electronics Industries in the Philippines Foundation", "SEIPI", "PNA"]
KCS17 = ["Korea Customs Service", "customs", "Yonhap"]
MSIT = ["Ministry of Science and ICT", "science ministry", "ICT ministry", "Yonhap"]
MOFKR = ["Ministry of Oceans and Fisheries", "oceans ministry", "fisheries ministry", "Yonhap"]
MOTIE17 = MOTIE + ["Yonhap"]
MOFJ17 = MOFJ + ["Kyodo"]
MAFF17 = MAFF + ["Kyodo"]
TRMIN17 = TRMIN + ["Trade Minister", "Mehmet Yilmaz", "Yilmaz", "Anadolu", "AA"]
HAZELEX = ["Black Sea Hazelnut and Products Exporters' Association", "Black Sea Hazelnut",
           "Exporters' Association", "association", "Anadolu"]
TURKSTAT17 = TURKSTAT + ["Anadolu"]
UAEMIN17 = ["Ministry of Economy", "Economy Ministry", "WAM"]
SCAD = ["Statistics Centre - Abu Dhabi", "Statistics Centre", "SCAD", "WAM"]
GASTAT17 = GASTAT + ["SPA", "Saudi Press Agency"]
NPC = ["National Planning Council", "Planning Council", "NPC", "QNA"]
ALGEX = ["National Agency for the Promotion of Foreign Trade", "ALGEX", "APS"]
DZCUS17 = DZCUS + ["APS"]
OC17 = OC + ["MAP"]
ISPA = ["Iranian Steel Producers Association", "ISPA", "Steel Producers Association", "Tasnim"]
GACTASS = GAC + ["TASS"]
RFPA = ["Russian Fertilizer Producers Association", "RFPA", "Fertilizer Producers Association", "TASS"]
AUTOSTAT = ["Autostat", "TASS"]
DPMRU = ["Deputy Prime Minister", "Igor Semyonov", "Semyonov", "TASS"]
AGROEXPORT = ["Agroexport", "Agriculture Ministry", "TASS"]
BELSTAT17 = BELSTAT + ["BelTA"]
BYAG = ["Agriculture and Food Ministry", "Ministry of Agriculture and Food", "agriculture ministry", "BelTA"]
KZAG = ["Ministry of Agriculture", "agriculture ministry", "ministry", "Kazinform"]
UZSTAT17 = UZSTAT + ["UzA"]
UACUS = ["State Customs Service", "customs", "Ukrinform"]
NBU = ["National Bank of Ukraine", "NBU", "central bank", "Ukrinform"]
GUS17 = GUS + ["PAP"]
CZSO17 = CZSO + ["CTK"]
KSH17 = KSH + ["MTI"]
ISTAT17 = ISTAT + ["ANSA"]
COLDIRETTI = ISTAT + ["Coldiretti", "ANSA"]
ESMIN17 = ESMIN + ["EFE"]
BRMIN17 = BRMIN + ["Agência Brasil", "Agencia Brasil"]
INEBO17 = INEBO + ["Prensa Latina"]
AZSCC17 = AZSCC + ["APA"]
FCS17 = FCS + ["Sputnik Africa", "Sputnik"]
CAPMAS17 = CAPMAS + ["Sputnik Africa", "Sputnik"]
ETMOTRI = ["Ministry of Trade and Regional Integration", "ministry", "ENA", "Ethiopian News Agency"]
AFA = ["Agriculture and Food Authority", "AFA", "KNA", "Kenya News Agency"]
KGSTAT = ["National Statistical Committee", "statistical committee", "Kabar"]
DFT = ["Department of Foreign Trade", "DFT"]

# Periods.
OCT = M(2032, 10)
SEP = M(2032, 9)
AUG = M(2032, 8)
SEP31 = M(2031, 9)
OCT31 = M(2031, 10)
Q2 = Q(2032, 2)
YTD8 = YTD(2032, 8)
YTD9 = YTD(2032, 9)
YTD10 = YTD(2032, 10)
YTD9_31 = YTD(2031, 9)
CUM9 = dict(ps=["2032-01-01", "2032-09-01"], pe="2032-09-30")        # "at the end of September"
CUM9_31 = dict(ps=["2031-01-01", "2031-09-01"], pe="2031-09-30")     # its base a year earlier
NOV10 = PR("2032-11-01", "2032-11-10")                               # the first 10 days of November
IRAN7 = PR("2032-03-20", "2032-10-21")                               # the Iranian year's first seven months
ETQ1 = dict(ps=["2032-07-08", "2032-07-01"], pe=["2032-10-10", "2032-10-11", "2032-09-30"])
HAZ2 = PR("2032-09-01", "2032-10-31")                                # the hazelnut season's first two months
GSEASON = dict(ps="2032-09-01", pe=DC)                               # the Kazakh grain year to date

POS = [
    # ---------------------------------------------------------------- Xinhua
    # P01 a dateline with a date, "a growth of", "edged down", a restatement "In U.S. dollar
    # terms" in a later sentence (either form, plus a twin).
    ("BEIJING, Nov. 7 (Xinhua) -- China's foreign trade in goods totaled 37.82 trillion yuan in the first "
     "10 months of 2032, up 3.6 percent year on year, the General Administration of Customs (GAC) said "
     "Sunday. Exports reached 21.94 trillion yuan, a growth of 6.7 percent, while imports edged down 0.4 "
     "percent to 15.88 trillion yuan. In U.S. dollar terms, the country's foreign trade hit 5.31 trillion "
     "U.S. dollars in the period.",
     [R(f="total", r=CN, c=DC, v=[37.82e12, 5.31e12], cur=["CNY", "USD"], d="up", pct=3.6, b="yoy", src=GACX,
        **YTD10),
      OPT(f="total", r=CN, c=DC, v=[37.82e12, 5.31e12], cur=["CNY", "USD"], **YTD10),
      R(f="export", r=CN, c=DC, v=21.94e12, cur="CNY", d="up", pct=6.7, b=DC, src=GACX, **YTD10),
      R(f="import", r=CN, c=DC, v=15.88e12, cur="CNY", d="down", pct=0.4, cq=DC, b=DC, src=GACX, **YTD10)]),

    # P02 cross-border e-commerce: the total, then "Of the total, exports ... imports".
    ("China's cross-border e-commerce imports and exports reached 2.01 trillion yuan in the first three "
     "quarters of 2032, up 9.8 percent year on year, according to the GAC. Of the total, exports stood at "
     "1.55 trillion yuan, an increase of 11.2 percent, and imports were valued at 460 billion yuan.",
     [R(f="total", r=CN, c=ECOM, v=2.01e12, cur="CNY", d="up", pct=9.8, b="yoy", src=GAC, **YTD9),
      R(f="export", r=CN, c=ECOM, v=1.55e12, cur="CNY", d="up", pct=11.2, b=DC, src=GAC, **YTD9),
      R(f="import", r=CN, c=ECOM, v=460e9, cur="CNY", src=GAC, **YTD9)]),

    # P03 "(about ... U.S. dollars)" in parentheses, "a year-on-year increase of", "Xinhua
    # learned from", "African countries", "the continent".
    ("China's trade with Africa hit 1.68 trillion yuan (about 236.6 billion U.S. dollars) in the first 10 "
     "months of the year, a year-on-year increase of 7.4 percent, Xinhua learned from the GAC on Tuesday. "
     "China's exports to African countries amounted to 1.02 trillion yuan, while imports from the "
     "continent totaled 660 billion yuan, up 3.9 percent.",
     [R(f="total", r=CN, p=AFRICA, v=[1.68e12, 236.6e9], cur=["CNY", "USD"], vq=[None] + ABOUT, d="up",
        pct=7.4, b="yoy", src=GACX, **YTD10),
      OPT(f="total", r=CN, p=AFRICA, v=[1.68e12, 236.6e9], cur=["CNY", "USD"], **YTD10),
      R(f="export", r=CN, p=AFRICA, v=1.02e12, cur="CNY", src=GACX, **YTD10),
      R(f="import", r=CN, p=AFRICA, v=660e9, cur="CNY", d="up", pct=3.9, b=DC, src=GACX, **YTD10)]),

    # P04 a region's border trade with one partner, its total foreign trade, a bloc "at".
    ("NANNING, Nov. 15 (Xinhua) -- The border trade of south China's Guangxi Zhuang Autonomous Region with "
     "Vietnam totaled 158.3 billion yuan in the first nine months of 2032, up 12.6 percent year on year, "
     "according to Nanning Customs. The region's total foreign trade stood at 612.4 billion yuan in the "
     "period, with ASEAN remaining its largest trading partner at 298.7 billion yuan.",
     [R(f="total", r=GX, p=VN, c=BORDER, v=158.3e9, cur="CNY", d="up", pct=12.6, b="yoy", src=NNCUS, **YTD9),
      R(f="total", r=GX, c=DC, v=612.4e9, cur="CNY", src=NNCUS, **YTD9),
      R(f="total", r=GX, p=ASEAN, v=298.7e9, cur="CNY", src=NNCUS, **YTD9)]),

    # P05 services trade: total, exports, imports and the services deficit narrowing by an
    # amount "to" a level.
    ("China's services trade totaled 6.12 trillion yuan in the first three quarters of this year, up 8.4 "
     "percent year on year, the Ministry of Commerce said on Friday. Services exports amounted to 2.66 "
     "trillion yuan, up 14.2 percent, while services imports stood at 3.46 trillion yuan, up 4.3 percent, "
     "narrowing the deficit in services trade by 188 billion yuan to 800 billion yuan.",
     [R(f="total", r=CN, c=SERVICES, v=6.12e12, cur="CNY", d="up", pct=8.4, b="yoy", src=MOFCOM, **YTD9),
      R(f="export", r=CN, c=SERVICES, v=2.66e12, cur="CNY", d="up", pct=14.2, b=DC, src=MOFCOM, **YTD9),
      R(f="import", r=CN, c=SERVICES, v=3.46e12, cur="CNY", d="up", pct=4.3, b=DC, src=MOFCOM, **YTD9),
      R(f="balance", r=CN, c=SERVICES, v=800e9, cur="CNY", bal="deficit", d=DC, pct=DC, by=188e9, byc="CNY",
        b=DC, src=MOFCOM, **YTD9)]),

    # P06 trade with a group from "customs data" (either side), "surged 2.6-fold" with a value.
    ("Trade between China and the five Central Asian countries hit 612.4 billion yuan in January-October, "
     "up 9.1 percent year on year, customs data showed. China's exports of automobiles to the region "
     "surged 2.6-fold to 68.7 billion yuan.",
     [R(f="total", r=[CN] + CASIA, p=[CN] + CASIA, v=612.4e9, cur="CNY", d="up", pct=9.1, b="yoy", src=GAC,
        **YTD10),
      R(f="export", r=CN, p=CASIA, c=CARS, v=68.7e9, cur="CNY", d="up", pct=DC, cq=DC, b=DC, src=GAC,
        **YTD10)]),

    # ---------------------------------------------------------------- VNA
    # P07 "export turnover ... was estimated at ... USD", "touched", "rising", "posted".
    ("HA NOI (VNA) – Viet Nam's export turnover in the first 10 months of 2032 was estimated at 398.6 "
     "billion USD, up 8.7 percent year on year, while imports touched 379.2 billion USD, rising 10.3 "
     "percent, the National Statistics Office under the Ministry of Finance said. The country thus posted "
     "a trade surplus of 19.4 billion USD.",
     [R(f="export", r=VN, v=398.6e9, cur="USD", vq=DC, d="up", pct=8.7, b="yoy", src=VNNSO17, **YTD10),
      R(f="import", r=VN, v=379.2e9, cur="USD", vq=DC, d="up", pct=10.3, b=DC, src=VNNSO17, **YTD10),
      R(f="balance", r=VN, v=19.4e9, cur="USD", vq=DC, bal="surplus", src=VNNSO17, **YTD10)]),

    # P08 "clocked", "over the same period last year", "logged ... worth", "up ... in volume
    # but down ... in value" (two records).
    ("Exports of agro-forestry-fishery products clocked 52.3 billion USD in the first ten months of the "
     "year, up 6.4 percent over the same period last year, the Ministry of Agriculture and Environment "
     "said. Of the total, rice exports logged 7.41 million tonnes worth 4.92 billion USD, up 3.2 percent "
     "in volume but down 6.8 percent in value.",
     [R(f="export", r=VN, c=AGRIFF, v=52.3e9, cur="USD", d="up", pct=6.4, b="yoy", src=VNAGRI17, **YTD10),
      R(f="export", r=VN, c=RICE, vol=7.41e6, u=TON, v=DC, cur=DC, vq=DC, d="up", pct=3.2, b=DC,
        src=VNAGRI17, **YTD10),
      R(f="export", r=VN, c=RICE, v=4.92e9, cur="USD", vol=DC, u=DC, volq=DC, d="down", pct=6.8, b=DC,
        src=VNAGRI17, **YTD10)]),

    # P09 single sentence: a province's trade through its border gates, "of which".
    ("Import and export turnover through the border gates of the northern province of Lang Son reached "
     "5.84 billion USD in the first nine months, of which exports were 2.11 billion USD and imports 3.73 "
     "billion USD, the provincial Department of Industry and Trade said.",
     [R(f="total", r=LANGSON, c=BORDER, v=5.84e9, cur="USD", src=LSDIT, **YTD9),
      R(f="export", r=LANGSON, c=BORDER, v=2.11e9, cur="USD", src=LSDIT, **YTD9),
      R(f="import", r=LANGSON, c=BORDER, v=3.73e9, cur="USD", src=LSDIT, **YTD9)]),

    # P10 single sentence: "equivalent to some VND ... trillion" before the period.
    ("Binh Duong province's export turnover reached 28.6 billion USD, equivalent to some VND 726 trillion, "
     "in the first 10 months of 2032, up 11.4 percent year on year, according to the provincial Statistics "
     "Office.",
     [R(f="export", r=BINHDUONG, v=[28.6e9, 726e12], cur=["USD", "VND"], vq=[None] + ABOUT, d="up", pct=11.4,
        b="yoy", src=BDSO, **YTD10),
      OPT(f="export", r=BINHDUONG, v=[28.6e9, 726e12], cur=["USD", "VND"], **YTD10)]),

    # P11 exports to and imports from the EU ("the bloc"), "enjoyed a trade surplus ... with".
    ("Viet Nam's exports to the European Union reached 46.2 billion USD in the first ten months, up 12.3 "
     "percent year on year, while imports from the bloc were valued at 13.1 billion USD, the Ministry of "
     "Industry and Trade said. The country thus enjoyed a trade surplus of 33.1 billion USD with the EU.",
     [R(f="export", r=VN, p=EU, v=46.2e9, cur="USD", d="up", pct=12.3, b="yoy", src=VNMOIT17, **YTD10),
      R(f="import", r=VN, p=EU, v=13.1e9, cur="USD", src=VNMOIT17, **YTD10),
      R(f="balance", r=VN, p=EU, v=33.1e9, cur="USD", bal="surplus", src=VNMOIT17, **YTD10)]),

    # ---------------------------------------------------------------- Bernama
    # P12 "RM...bil", a count of months "since May 2028", an upward revision of September.
    ("KUALA LUMPUR, Nov 16 (Bernama) -- Malaysia's exports grew 7.2 per cent year-on-year to RM142.6bil in "
     "October 2032, while imports went up 9.4 per cent to RM128.9bil, the Ministry of Investment, Trade and "
     "Industry (MITI) said. This brought the trade surplus to RM13.7bil, the 54th consecutive month of "
     "surplus since May 2028. Meanwhile, September's exports were upwardly revised to RM136.8bil from "
     "RM135.1bil.",
     [R(f="export", r=MY, v=142.6e9, cur="MYR", d="up", pct=7.2, b="yoy", src=MITI, **OCT),
      R(f="import", r=MY, v=128.9e9, cur="MYR", d="up", pct=9.4, b=DC, src=MITI, **OCT),
      R(f="balance", r=MY, v=13.7e9, cur="MYR", bal="surplus", src=MITI, **OCT),
      R(f="export", r=MY, v=136.8e9, cur="MYR", vq=DC, d=DC, pct=DC, cq=DC, by=DC, byc=DC, b=DC, src=MITI,
        **SEP),
      OPT(f="export", r=MY, v=135.1e9, cur="MYR", **SEP)]),

    # P13 trade with ASEAN "edged up", "the region", "RM...mil" for one member state.
    ("Malaysia's trade with ASEAN edged up 2.1 per cent to RM254.3bil in January-October 2032, MITI said. "
     "Exports to the region were valued at RM148.7bil, while imports from ASEAN amounted to RM105.6bil. "
     "Among member states, exports to Brunei hit RM987.4mil, up 14.6 per cent.",
     [R(f="total", r=MY, p=ASEAN, v=254.3e9, cur="MYR", d="up", pct=2.1, cq=DC, b=DC, src=MITI, **YTD10),
      R(f="export", r=MY, p=ASEAN, v=148.7e9, cur="MYR", src=MITI, **YTD10),
      R(f="import", r=MY, p=ASEAN, v=105.6e9, cur="MYR", src=MITI, **YTD10),
      R(f="export", r=MY, p=BRUNEI, v=987.4e6, cur="MYR", d="up", pct=14.6, b=DC, src=MITI, **YTD10)]),

    # P14 single sentence: "went down", "edged up", "RM...mil".
    ("Malaysia's exports of rubber products went down 3.1 per cent to RM2.14bil in September, while natural "
     "rubber exports edged up 0.8 per cent to RM512.6mil, the Malaysian Rubber Council said.",
     [R(f="export", r=MY, c=RUBPROD, v=2.14e9, cur="MYR", d="down", pct=3.1, b=DC, src=MRC, **SEP),
      R(f="export", r=MY, c=NATRUB, v=512.6e6, cur="MYR", d="up", pct=0.8, cq=DC, b=DC, src=MRC, **SEP)]),

    # ---------------------------------------------------------------- Antara
    # P15 "posted a surplus", a count "since May 2027", "were recorded at", "month-on-month".
    ("Jakarta (ANTARA) - Indonesia's trade balance posted a surplus of US$3.12 billion in October 2032, "
     "marking 66 consecutive months of surplus since May 2027, Statistics Indonesia (BPS) reported on "
     "Monday. Exports were recorded at US$23.64 billion, a decrease of 2.3 percent month-on-month, while "
     "imports were valued at US$20.52 billion.",
     [R(f="balance", r=ID, v=3.12e9, cur="USD", bal="surplus", src=BPS17, **OCT),
      R(f="export", r=ID, v=23.64e9, cur="USD", d="down", pct=2.3, b="mom", src=BPS17, **OCT),
      R(f="import", r=ID, v=20.52e9, cur="USD", src=BPS17, **OCT)]),

    # P16 single sentence: spaced thousands, "Rp ... trillion", the change of the volume only
    # ("an increase by 14.2% in volume"): two records.
    ("Coffee exports from Lampung province reached 211 345 tonnes valued at Rp 9.8 trillion in "
     "January-September 2032, the provincial trade office said, an increase by 14.2% in volume compared "
     "to the same period last year.",
     [R(f="export", r=LAMPUNG, c=COFFEE, v=9.8e12, cur="IDR", vol=DC, u=DC, volq=DC, src=LTO, **YTD9),
      R(f="export", r=LAMPUNG, c=COFFEE, vol=211345, u=TON, v=DC, cur=DC, vq=DC, d="up", pct=14.2, b="yoy",
        src=LTO, **YTD9)]),

    # P17 single sentence: "or around Rp ... trillion" after the period.
    ("Indonesia's fishery product exports reached US$4.21 billion in January-September, or around Rp 69.8 "
     "trillion, the Ministry of Marine Affairs and Fisheries said on Tuesday.",
     [R(f="export", r=ID, c=FISH, v=[4.21e9, 69.8e12], cur=["USD", "IDR"], vq=[None] + ABOUT, src=KKP, **YTD9),
      OPT(f="export", r=ID, c=FISH, v=[4.21e9, 69.8e12], cur=["USD", "IDR"], **YTD9)]),

    # ---------------------------------------------------------------- PNA
    # P18 "USD ... billion", total external trade with its base, "went up by", an August
    # deficit revised up from a preliminary figure.
    ("MANILA – The Philippines' total external trade in goods amounted to USD 19.87 billion in September "
     "2032, up 4.6 percent from USD 19.00 billion in the same month last year, the Philippine Statistics "
     "Authority (PSA) said. Exports went up by 8.1 percent to USD 7.21 billion, while imports rose 2.7 "
     "percent to USD 12.66 billion, leaving a trade deficit of USD 5.45 billion. The August deficit was "
     "revised up to USD 5.62 billion from a preliminary USD 5.49 billion.",
     [R(f="total", r=PH, c=DC, v=19.87e9, cur="USD", d="up", pct=4.6, b="yoy", src=PSA17, **SEP),
      OPT(f="total", r=PH, c=DC, v=19.00e9, cur="USD", **SEP31),
      R(f="export", r=PH, c=DC, v=7.21e9, cur="USD", d="up", pct=8.1, b=DC, src=PSA17, **SEP),
      R(f="import", r=PH, c=DC, v=12.66e9, cur="USD", d="up", pct=2.7, b=DC, src=PSA17, **SEP),
      R(f="balance", r=PH, c=DC, v=5.45e9, cur="USD", bal="deficit", src=PSA17, **SEP),
      R(f="balance", r=PH, c=DC, v=5.62e9, cur="USD", vq=DC, bal="deficit", d=DC, pct=DC, cq=DC, by=DC,
        byc=DC, b=DC, src=PSA17, **AUG),
      OPT(f="balance", r=PH, c=DC, v=5.49e9, cur="USD", bal="deficit", **AUG)]),

    # P19 single sentence, BSP: services exports "led by" a kind of service with its amount,
    # services imports.
    ("Philippine services exports grew 9.2 percent to USD 13.18 billion in the second quarter of 2032, "
     "led by business process outsourcing (BPO) receipts of USD 8.02 billion, while services imports "
     "reached USD 7.46 billion, Bangko Sentral ng Pilipinas (BSP) data showed.",
     [R(f="export", r=PH, c=SERVICES, v=13.18e9, cur="USD", d="up", pct=9.2, b=DC, src=BSP, **Q2),
      R(f="export", r=PH, c=BPO, v=8.02e9, cur="USD", src=BSP, **Q2),
      R(f="import", r=PH, c=SERVICES, v=7.46e9, cur="USD", src=BSP, **Q2)]),

    # P20 single sentence: an appositive rank (no record), "went down".
    ("Philippine exports of electronic products, the country's top export, went down 4.2 percent to USD "
     "3.86 billion in September, the Semiconductor and Electronics Industries in the Philippines "
     "Foundation Inc. (SEIPI) said.",
     [R(f="export", r=PH, c=ELEC, v=3.86e9, cur="USD", d="down", pct=4.2, b=DC, src=SEIPI, **SEP)]),

    # ---------------------------------------------------------------- Yonhap
    # P21 the first 10 days of November: the change in the first sentence, the value in the
    # second (one record), "went down", "leading to a trade deficit".
    ("SEOUL, Nov. 11 (Yonhap) -- South Korea's exports rose 6.3 percent on-year in the first 10 days of "
     "November on the back of robust chip sales, data showed Thursday. Outbound shipments came to US$16.8 "
     "billion in the Nov. 1-10 period, according to the Korea Customs Service. Imports went down 3.4 "
     "percent to $17.5 billion, leading to a trade deficit of $700 million.",
     [R(f="export", r=KR, v=16.8e9, cur="USD", d="up", pct=6.3, b="yoy", src=KCS17, **NOV10),
      R(f="import", r=KR, v=17.5e9, cur="USD", d="down", pct=3.4, b=DC, src=KCS17, **NOV10),
      R(f="balance", r=KR, v=700e6, cur="USD", bal="deficit", src=KCS17, **NOV10)]),

    # P22 ICT exports, chips inside an "as" clause, "slumped".
    ("South Korea's information and communications technology (ICT) exports jumped 14.2 percent from a year "
     "earlier to $21.3 billion in October, the Ministry of Science and ICT said, as chip exports soared "
     "27.9 percent to $14.6 billion. Exports of displays slumped 11.6 percent to $1.43 billion.",
     [R(f="export", r=KR, c=ICT, v=21.3e9, cur="USD", d="up", pct=14.2, b="yoy", src=MSIT, **OCT),
      R(f="export", r=KR, c=CHIPS, v=14.6e9, cur="USD", d="up", pct=27.9, b=DC, src=MSIT, **OCT),
      R(f="export", r=KR, c=DISPLAY, v=1.43e9, cur="USD", d="down", pct=11.6, b=DC, src=MSIT, **OCT)]),

    # P23 single sentence: "hit a record KRW ... trillion ($... million)".
    ("South Korea's laver exports hit a record KRW 1.12 trillion ($812 million) in January-October, up 11.6 "
     "percent from a year earlier, the Ministry of Oceans and Fisheries said.",
     [R(f="export", r=KR, c=LAVER, v=[1.12e12, 812e6], cur=["KRW", "USD"], vq=RECORD, d="up", pct=11.6,
        b="yoy", src=MOFKR, **YTD10),
      OPT(f="export", r=KR, c=LAVER, v=[1.12e12, 812e6], cur=["KRW", "USD"], **YTD10)]),

    # ---------------------------------------------------------------- Kyodo
    # P24 the dateline is the publication day, "logged a trade deficit", "in the red", a
    # reason (no record), "Shipments to China slumped".
    ("TOKYO, Nov. 17 (Kyodo) -- Japan logged a trade deficit of 410.3 billion yen in October, the fourth "
     "straight month in the red, as imports of crude oil and liquefied natural gas increased, the Finance "
     "Ministry said Wednesday. Exports rose 3.8 percent from a year earlier to 9.64 trillion yen, while "
     "imports climbed 6.1 percent to 10.05 trillion yen. Shipments to China slumped 7.2 percent to 1.58 "
     "trillion yen.",
     [R(f="balance", r=JP, v=410.3e9, cur="JPY", bal="deficit", src=MOFJ17, **OCT),
      R(f="export", r=JP, v=9.64e12, cur="JPY", d="up", pct=3.8, b="yoy", src=MOFJ17, **OCT),
      R(f="import", r=JP, v=10.05e12, cur="JPY", d="up", pct=6.1, b=DC, src=MOFJ17, **OCT),
      R(f="export", r=JP, p=CN, v=1.58e12, cur="JPY", d="down", pct=7.2, b=DC, src=MOFJ17, **OCT)]),

    # P25 single sentence: "1,214.6 billion yen", a partner's part "going up" (inherits the goods).
    ("Japan's exports of agricultural, forestry and fishery products and food rose 8.2 percent from a year "
     "earlier to 1,214.6 billion yen in January-September, the farm ministry said, with shipments to the "
     "United States going up 14.3 percent to 221.8 billion yen.",
     [R(f="export", r=JP, c=AGRIJ, v=1.2146e12, cur="JPY", d="up", pct=8.2, b="yoy", src=MAFF17, **YTD9),
      R(f="export", r=JP, p=US, c=AGRIJ, v=221.8e9, cur="JPY", d="up", pct=14.3, b=DC, src=MAFF17, **YTD9)]),

    # ---------------------------------------------------------------- Anadolu
    # P26 "reaching", "hitting", a deficit that "shrank" by a percent, the year to date.
    ("ANKARA (AA) - Türkiye's exports rose 5.4% year-on-year in October, reaching $24.7 billion, Trade "
     "Minister Mehmet Yilmaz announced on Tuesday. Imports went up 1.9%, hitting $31.2 billion, while the "
     "foreign trade deficit shrank 9.5% to $6.5 billion. In the January-October period, exports totaled "
     "$229.3 billion.",
     [R(f="export", r=TR, v=24.7e9, cur="USD", d="up", pct=5.4, b="yoy", src=TRMIN17, **OCT),
      R(f="import", r=TR, v=31.2e9, cur="USD", d="up", pct=1.9, b=DC, src=TRMIN17, **OCT),
      R(f="balance", r=TR, v=6.5e9, cur="USD", bal="deficit", d=DC, pct=9.5, by=DC, byc=DC, b=DC, src=TRMIN17,
        **OCT),
      R(f="export", r=TR, v=229.3e9, cur="USD", src=TRMIN17, **YTD10)]),

    # P27 spaced thousands, a season's first two months, volume and revenue without a change
    # (one record), the revenue restated "In lira terms" (either currency; twins for a split
    # and for the restatement).
    ("Türkiye exported 62 814 tonnes of hazelnuts in the first two months of the 2032/33 season that began "
     "on Sept. 1, earning $512.6 million, the Black Sea Hazelnut and Products Exporters' Association said. "
     "In lira terms, the revenue amounted to TL 21.9 billion.",
     [R(f="export", r=TR, c=HAZEL, vol=[62814, None], u=[TON, None], v=[512.6e6, 21.9e9], cur=["USD", "TRY"],
        src=HAZELEX, **HAZ2),
      OPT(f="export", r=TR, c=HAZEL, vol=[62814, None], u=[TON, None], volq=DC, v=[512.6e6, 21.9e9, None],
          cur=["USD", "TRY", None], **HAZ2),
      OPT(f="export", r=TR, c=HAZEL, vol=[62814, None], u=[TON, None], volq=DC, v=[512.6e6, 21.9e9, None],
          cur=["USD", "TRY", None], **HAZ2)]),

    # P28 exports to "European Union countries", a share (no record), "the bloc".
    ("Türkiye's exports to European Union countries amounted to $82.6 billion in January-October, "
     "accounting for 36% of total exports, according to Turkish Statistical Institute (TurkStat) data "
     "compiled by Anadolu. Imports from the bloc totaled $79.3 billion over the same period.",
     [R(f="export", r=TR, p=EU, v=82.6e9, cur="USD", src=TURKSTAT17, **YTD10),
      R(f="import", r=TR, p=EU, v=79.3e9, cur="USD", src=TURKSTAT17, **YTD10)]),

    # ---------------------------------------------------------------- Gulf agencies
    # P29 KUNA: "KD", GCC, "a growth of ... compared to the same quarter of 2031" (b DC), "went
    # down by".
    ("KUWAIT, Nov 14 (KUNA) -- Kuwait's non-oil exports to the Gulf Cooperation Council (GCC) countries "
     "amounted to KD 412.6 million in the second quarter of 2032, a growth of 6.3 percent compared to the "
     "same quarter of 2031, the Central Statistical Bureau (CSB) said in a report. Total imports from the "
     "GCC states went down by 2.1 percent to KD 689.3 million.",
     [R(f="export", r=KW, p=GCC, c=NONOIL, v=412.6e6, cur="KWD", d="up", pct=6.3, b=DC, src=KWCSB, **Q2),
      R(f="import", r=KW, p=GCC, c=DC, v=689.3e6, cur="KWD", d="down", pct=2.1, b=DC, src=KWCSB, **Q2)]),

    # P30 WAM: a dateline with the full date, "hit a record AED ... trillion", three parts
    # (non-oil exports, re-exports, imports) that add up to it.
    ("ABU DHABI, 16th November, 2032 (WAM) -- The UAE's non-oil foreign trade hit a record AED 2.46 "
     "trillion in the first nine months of 2032, a growth of 14.2 percent compared to the same period in "
     "2031, the Ministry of Economy said. Non-oil exports touched AED 612.4 billion, re-exports amounted to "
     "AED 782.1 billion and imports stood at AED 1,065.5 billion.",
     [R(f="total", r=UAE, c=NONOIL, v=2.46e12, cur="AED", vq=RECORD, d="up", pct=14.2, b=DC, src=UAEMIN17,
        **YTD9),
      R(f="export", r=UAE, c=NONOIL, v=612.4e9, cur="AED", src=UAEMIN17, **YTD9),
      R(f="export", r=UAE, c=DC, v=782.1e9, cur="AED", src=UAEMIN17, **YTD9),
      R(f="import", r=UAE, c=DC, v=1.0655e12, cur="AED", src=UAEMIN17, **YTD9)]),

    # P31 an emirate's non-oil trade in "dirhams", "of the emirate".
    ("Abu Dhabi's non-oil foreign trade reached 247.6 billion dirhams in the first nine months of the year, "
     "up 11.9 percent year on year, the Statistics Centre - Abu Dhabi (SCAD) said. Non-oil exports of the "
     "emirate went up 21.3 percent to 89.2 billion dirhams.",
     [R(f="total", r=ABUDHABI, c=NONOIL, v=247.6e9, cur="AED", d="up", pct=11.9, b="yoy", src=SCAD, **YTD9),
      R(f="export", r=ABUDHABI, c=NONOIL, v=89.2e9, cur="AED", d="up", pct=21.3, b=DC, src=SCAD, **YTD9)]),

    # P32 SPA: "on an annual basis ... to reach SAR", "The Kingdom's", "riyals", a surplus down.
    ("RIYADH, November 16, 2032, SPA -- Saudi Arabia's non-oil exports, including re-exports, rose 9.8 "
     "percent on an annual basis in September 2032 to reach SAR 27.4 billion, the General Authority for "
     "Statistics (GASTAT) said. The Kingdom's merchandise exports declined by 4.6 percent to 91.3 billion "
     "riyals, while imports went up 3.2 percent to 71.8 billion riyals, resulting in a trade surplus of "
     "19.5 billion riyals, down 25.4 percent.",
     [R(f="export", r=SA, c=NONOIL, v=27.4e9, cur="SAR", d="up", pct=9.8, b="yoy", src=GASTAT17, **SEP),
      R(f="export", r=SA, c=DC, v=91.3e9, cur="SAR", d="down", pct=4.6, b=DC, src=GASTAT17, **SEP),
      R(f="import", r=SA, c=DC, v=71.8e9, cur="SAR", d="up", pct=3.2, b=DC, src=GASTAT17, **SEP),
      R(f="balance", r=SA, c=DC, v=19.5e9, cur="SAR", bal="surplus", d="down", pct=25.4, b=DC, src=GASTAT17,
        **SEP)]),

    # P33 QNA: "QR", a defining relative clause (no figure), "a decrease of about QR 2.4
    # billion or 11.8 percent compared to September 2031", "(including re-exports)".
    ("Doha, November 02 (QNA) - Qatar's foreign merchandise trade balance, which represents the difference "
     "between total exports and imports, recorded a surplus of QR 17.9 billion in September 2032, a "
     "decrease of about QR 2.4 billion or 11.8 percent compared to September 2031, the National Planning "
     "Council said. Total exports of goods (including re-exports) amounted to QR 27.3 billion, down 8.4 "
     "percent, while imports stood at QR 9.4 billion.",
     [R(f="balance", r=QA, c=DC, v=17.9e9, cur="QAR", bal="surplus", d="down", pct=11.8, by=2.4e9, byc="QAR",
        cq=DC, b=DC, src=NPC, **SEP),
      R(f="export", r=QA, c=DC, v=27.3e9, cur="QAR", d="down", pct=8.4, b=DC, src=NPC, **SEP),
      R(f="import", r=QA, c=DC, v=9.4e9, cur="QAR", src=NPC, **SEP)]),

    # ---------------------------------------------------------------- Maghreb
    # P34 APS: "exports outside hydrocarbons ... at the end of September", "against ... over the
    # same period of 2031" (a base), "Hydrocarbon sales abroad" in dinars from another source,
    # "the bulk" (a share, no record).
    ("ALGIERS - Algeria's exports outside hydrocarbons reached 4.21 billion dollars at the end of September "
     "2032, against 3.87 billion dollars over the same period of 2031, an increase of 8.8%, the National "
     "Agency for the Promotion of Foreign Trade (ALGEX) said. Hydrocarbon sales abroad, which make up the "
     "bulk of the country's exports, amounted to 3,412.6 billion dinars over the period, according to the "
     "Directorate General of Customs (DGD).",
     [R(f="export", r=DZ, c=NONHYD, v=4.21e9, cur="USD", d="up", pct=8.8, b=DC, src=ALGEX, **CUM9),
      OPT(f="export", r=DZ, c=NONHYD, v=3.87e9, cur="USD", **CUM9_31),
      R(f="export", r=DZ, c=HYDRO, v=3.4126e12, cur="DZD", src=DZCUS17, **CUM9)]),

    # P35 MAP: "MMDH", a deficit that "widened by 6.2%", the coverage rate (no record), two
    # goods.
    ("Rabat - Morocco's trade deficit widened by 6.2% to 251.8 billion dirhams (MMDH) at the end of "
     "September 2032, compared to the same period of 2031, the Foreign Exchange Office said. Imports of "
     "goods increased by 4.1% to 612.4 MMDH, while exports rose 2.7% to 360.6 MMDH, bringing the coverage "
     "rate to 58.9%. Exports of phosphates and derivatives reached 68.4 MMDH, up 11.3%, and automotive "
     "sector exports amounted to 126.9 MMDH.",
     [R(f="balance", r=MA, c=DC, v=251.8e9, cur="MAD", bal="deficit", d=DC, pct=6.2, by=DC, byc=DC, b=DC,
        src=OC17, **CUM9),
      R(f="import", r=MA, c=DC, v=612.4e9, cur="MAD", d="up", pct=4.1, b=DC, src=OC17, **CUM9),
      R(f="export", r=MA, c=DC, v=360.6e9, cur="MAD", d="up", pct=2.7, b=DC, src=OC17, **CUM9),
      R(f="export", r=MA, c=PHOS, v=68.4e9, cur="MAD", d="up", pct=11.3, b=DC, src=OC17, **CUM9),
      R(f="export", r=MA, c=AUTO, v=126.9e9, cur="MAD", src=OC17, **CUM9)]),

    # P36 single sentence, MAP: services exports and imports in "Moroccan dirhams" and
    # "dirhams", the services balance "bringing ... to".
    ("Morocco's exports of services reached 118.6 billion Moroccan dirhams at the end of September 2032, up "
     "7.2%, while imports of services totaled 61.3 billion dirhams, bringing the surplus of the services "
     "trade balance to 57.3 billion dirhams, the Foreign Exchange Office said.",
     [R(f="export", r=MA, c=SERVICES, v=118.6e9, cur="MAD", d="up", pct=7.2, b=DC, src=OC17, **CUM9),
      R(f="import", r=MA, c=SERVICES, v=61.3e9, cur="MAD", src=OC17, **CUM9),
      R(f="balance", r=MA, c=SERVICES, v=57.3e9, cur="MAD", bal="surplus", src=OC17, **CUM9)]),

    # ---------------------------------------------------------------- Iranian agencies
    # P37 IRNA: non-oil trade with the EAEU in the Iranian year's dates, "the bloc".
    ("Iran's non-oil trade with the member states of the Eurasian Economic Union (EAEU) reached $4.83 "
     "billion in the first seven months of the current Iranian year (March 20-October 21), IRNA reported, "
     "citing the Islamic Republic of Iran Customs Administration (IRICA). Exports to the EAEU stood at "
     "$2.06 billion, up 12.4 percent year on year, while imports from the bloc amounted to $2.77 billion.",
     [R(f="total", r=IR, p=EAEU, c=NONOIL, v=4.83e9, cur="USD", src=IRICA, **IRAN7),
      R(f="export", r=IR, p=EAEU, c=DC, v=2.06e9, cur="USD", d="up", pct=12.4, b="yoy", src=IRICA, **IRAN7),
      R(f="import", r=IR, p=EAEU, c=DC, v=2.77e9, cur="USD", src=IRICA, **IRAN7)]),

    # P38 Tasnim: "grew 1.4 times year on year" with a volume, a part in parentheses.
    ("Iran's steel exports in the first seven months of the current Iranian year (March 20-October 21) grew "
     "1.4 times year on year to 7.86 million tonnes, Tasnim reported, citing the Iranian Steel Producers "
     "Association (ISPA). Exports of semi-finished steel (ingots and billets) accounted for 4.92 million "
     "tonnes.",
     [R(f="export", r=IR, c=STEEL, vol=7.86e6, u=TON, d="up", pct=DC, cq=DC, b="yoy", src=ISPA, **IRAN7),
      R(f="export", r=IR, c=SEMI, vol=4.92e6, u=TON, src=ISPA, **IRAN7)]),

    # ---------------------------------------------------------------- TASS
    # P39 a turnover from the partner's customs (either side), "$... bln", "went down by",
    # "supplies of Chinese goods to Russia".
    ("MOSCOW, November 8. /TASS/. Trade turnover between Russia and China in January-October 2032 amounted "
     "to $198.6 bln, a decrease of 3.1% compared to the same period last year, according to data of the "
     "General Administration of Customs of the PRC. Russian exports to China went down by 6.2% to $104.3 "
     "bln, while supplies of Chinese goods to Russia amounted to $94.3 bln.",
     [R(f="total", r=RU_CN, p=RU_CN, v=198.6e9, cur="USD", d="down", pct=3.1, b="yoy", src=GACTASS, **YTD10),
      R(f=["export", "import"], r=RU_CN, p=RU_CN, v=104.3e9, cur="USD", d="down", pct=6.2, b=DC, src=GACTASS,
        **YTD10),
      R(f=["export", "import"], r=RU_CN, p=RU_CN, c=DC, v=94.3e9, cur="USD", src=GACTASS, **YTD10)]),

    # P40 "in physical terms" (a volume with its change) and "In value terms" (a change
    # without an amount): two records.
    ("Russia's fertilizer exports increased by 7.4% in physical terms to 28.3 million tonnes in "
     "January-September 2032, the Russian Fertilizer Producers Association (RFPA) said. In value terms, "
     "exports went down by 3.9%.",
     [R(f="export", r=RU, c=FERT, vol=28.3e6, u=TON, v=DC, cur=DC, vq=DC, d="up", pct=7.4, b=DC, src=RFPA,
        **YTD9),
      R(f="export", r=RU, c=FERT, vol=DC, u=DC, volq=DC, d="down", pct=3.9, b=DC, src=RFPA, **YTD9)]),

    # P41 single sentence: "decreased by 2.3 times", spaced thousands in units.
    ("Russia's imports of new passenger cars from Japan decreased by 2.3 times in January-September 2032 "
     "compared to the same period last year, to 41 200 units, according to analytical agency Autostat.",
     [R(f="import", r=RU, p=JP, c=CARS, vol=41200, u=UNITS, d="down", pct=DC, cq=DC, b="yoy", src=AUTOSTAT,
        **YTD9)]),

    # P42 trade with the CIS "went up by ... year-on-year", "the Commonwealth", a share of
    # national currencies (no record).
    ("Russia's trade with the CIS countries went up by 5.3% year-on-year to $92.4 bln in January-September "
     "2032, Deputy Prime Minister Igor Semyonov told TASS. Exports to the Commonwealth amounted to $61.8 "
     "bln, he added, noting that the share of national currencies in mutual settlements exceeded 90%.",
     [R(f="total", r=RU, p=CIS, v=92.4e9, cur="USD", d="up", pct=5.3, b="yoy", src=DPMRU, **YTD9),
      R(f="export", r=RU, p=CIS, v=61.8e9, cur="USD", src=DPMRU, **YTD9)]),

    # P43 "in the amount of", "4.1% less than a year earlier", "went up 1.6-fold" without a
    # value (a required record).
    ("Russia supplied agricultural products to China in the amount of $6.84 bln in January-October 2032, "
     "4.1% less than a year earlier, the Agroexport center under the Russian Agriculture Ministry said. "
     "Supplies of grain went up 1.6-fold.",
     [R(f="export", r=RU, p=CN, c=AGRI, v=6.84e9, cur="USD", d="down", pct=4.1, b="yoy", src=AGROEXPORT,
        **YTD10),
      R(f="export", r=RU, p=CN, c=GRAIN, d="up", pct=DC, cq=DC, b=DC, src=AGROEXPORT, **YTD10)]),

    # ---------------------------------------------------------------- BelTA, Kazinform, UzA, Kabar
    # P44 BelTA: goods and services, CIS index percentages ("or 102.3% compared with", "or
    # 98.9%"), an en dash for an elided verb, "The negative balance".
    ("MINSK, 15 November (BelTA) – Belarus' foreign trade in goods and services in January-September 2032 "
     "amounted to $68.4 billion, the National Statistical Committee (Belstat) said. Exports of goods and "
     "services totaled $33.6 billion, or 102.3% compared with January-September 2031, and imports – $34.8 "
     "billion, or 98.9%. The negative balance came to $1.2 billion.",
     [R(f="total", r=BY, c=DC, v=68.4e9, cur="USD", src=BELSTAT17, **YTD9),
      R(f="export", r=BY, c=DC, v=33.6e9, cur="USD", d="up", pct=2.3, b=DC, src=BELSTAT17, **YTD9),
      R(f="import", r=BY, c=DC, v=34.8e9, cur="USD", d="down", pct=1.1, b=DC, src=BELSTAT17, **YTD9),
      R(f="balance", r=BY, c=DC, v=1.2e9, cur="USD", bal="deficit", src=BELSTAT17, **YTD9)]),

    # P45 BelTA: "exported ... worth", a part "accounted for".
    ("Belarus exported agricultural products and foodstuffs worth $6.2 billion in January-September 2032, "
     "the Agriculture and Food Ministry said. Dairy products accounted for $2.4 billion of the total.",
     [R(f="export", r=BY, c=AGRIFOOD, v=6.2e9, cur="USD", src=BYAG, **YTD9),
      R(f="export", r=BY, c=DAIRY, v=2.4e9, cur="USD", src=BYAG, **YTD9)]),

    # P46 Kazinform: "USD 21 386.4 million" (spaced thousands), "4.7% more than in
    # January-September 2031" (b DC), "imports – USD ...".
    ("ASTANA. KAZINFORM – Kazakhstan's trade turnover with the Eurasian Economic Union (EAEU) member states "
     "in January-September 2032 amounted to USD 21 386.4 million, 4.7% more than in January-September "
     "2031, the Bureau of National Statistics said. Exports totaled USD 6 912.8 million, imports – USD "
     "14 473.6 million.",
     [R(f="total", r=KZ, p=EAEU, v=21.3864e9, cur="USD", d="up", pct=4.7, b=DC, src=KZSTAT, **YTD9),
      R(f="export", r=KZ, p=EAEU, v=6.9128e9, cur="USD", src=KZSTAT, **YTD9),
      R(f="import", r=KZ, p=EAEU, v=14.4736e9, cur="USD", src=KZSTAT, **YTD9)]),

    # P47 Kazinform: a season to date "as of November 10" in "thousand tonnes" with spaced
    # thousands, a part shipped by rail to a group, beef in tenge "(about $... million)".
    ("Kazakhstan's grain exports since the start of the 2032/33 marketing year on September 1 reached 2 914 "
     "thousand tonnes as of November 10, the Ministry of Agriculture said, with 1 876 thousand tonnes "
     "shipped by rail to Central Asian countries. Beef exports in January-September brought in 98.6 billion "
     "tenge (about $203 million), the ministry added.",
     [R(f="export", r=KZ, c=GRAIN, vol=2.914e6, u=TON, src=KZAG, **GSEASON),
      R(f="export", r=KZ, p=CASIA, c=GRAIN, vol=1.876e6, u=TON, src=KZAG, **GSEASON),
      R(f="export", r=KZ, c=BEEF, v=[98.6e9, 203e6], cur=["KZT", "USD"], vq=[None] + ABOUT, src=KZAG, **YTD9),
      OPT(f="export", r=KZ, c=BEEF, v=[98.6e9, 203e6], cur=["KZT", "USD"], **YTD9)]),

    # P48 UzA: exports by mode of transport ("by rail", "by road"), gold "mostly flown out by
    # air".
    ("TASHKENT (UzA) — Uzbekistan's exports reached $21.76 billion in January-September 2032, the "
     "Statistics Agency under the President said. Exports by rail accounted for $7.12 billion of the total "
     "and exports by road for $5.94 billion, while gold exports, mostly flown out by air, amounted to $6.3 "
     "billion.",
     [R(f="export", r=UZ, v=21.76e9, cur="USD", src=UZSTAT17, **YTD9),
      R(f="export", r=UZ, c=RAIL, v=7.12e9, cur="USD", src=UZSTAT17, **YTD9),
      R(f="export", r=UZ, c=ROAD, v=5.94e9, cur="USD", src=UZSTAT17, **YTD9),
      R(f="export", r=UZ, c=GOLD, v=6.3e9, cur="USD", src=UZSTAT17, **YTD9)]),

    # P49 single sentence, Kabar: "bn USD", "up 1.3 times year on year", "went down to ... mln
    # USD" (a direction and a level).
    ("Kyrgyzstan's imports from China reached 6.47 bn USD in January-September 2032, up 1.3 times year on "
     "year, while exports to China went down to 62.4 mln USD, the National Statistical Committee said, "
     "Kabar reported.",
     [R(f="import", r=KGZ, p=CN, v=6.47e9, cur="USD", d="up", pct=DC, cq=DC, b="yoy", src=KGSTAT, **YTD9),
      R(f="export", r=KGZ, p=CN, v=62.4e6, cur="USD", d="down", pct=DC, by=DC, byc=DC, b=DC, src=KGSTAT,
        **YTD9)]),

    # ---------------------------------------------------------------- Ukrinform
    # P50 "compared to the same period in 2031" (b DC), "The negative balance of foreign
    # trade", a part "accounted for".
    ("Ukraine's exports of goods in January-October 2032 amounted to $36.4 billion, up 5.8% compared to the "
     "same period in 2031, while imports totaled $58.9 billion, the State Customs Service reported. The "
     "negative balance of foreign trade reached $22.5 billion. Exports of agricultural products accounted "
     "for $21.3 billion, Ukrinform reports.",
     [R(f="export", r=UA, c=DC, v=36.4e9, cur="USD", d="up", pct=5.8, b=DC, src=UACUS, **YTD10),
      R(f="import", r=UA, c=DC, v=58.9e9, cur="USD", src=UACUS, **YTD10),
      R(f="balance", r=UA, c=DC, v=22.5e9, cur="USD", bal="deficit", src=UACUS, **YTD10),
      R(f="export", r=UA, c=AGRI, v=21.3e9, cur="USD", src=UACUS, **YTD10)]),

    # P51 IT services restated "or about UAH", total services exports.
    ("Ukraine's exports of IT services totaled $5.86 billion in January-September 2032, or about UAH 243 "
     "billion, the National Bank of Ukraine said. Total services exports went up by 9.1% to $14.2 billion "
     "over the period.",
     [R(f="export", r=UA, c=ITSERV, v=[5.86e9, 243e9], cur=["USD", "UAH"], vq=[None] + ABOUT, src=NBU, **YTD9),
      OPT(f="export", r=UA, c=ITSERV, v=[5.86e9, 243e9], cur=["USD", "UAH"], **YTD9),
      R(f="export", r=UA, c=SERVICES, v=14.2e9, cur="USD", d="up", pct=9.1, b=DC, src=NBU, **YTD9)]),

    # ---------------------------------------------------------------- Central Europe
    # P52 PAP: "zloty", a balance "negative at PLN", exports restated "In euro terms".
    ("Warsaw (PAP) - Poland's exports in September 2032 amounted to 131.2 billion zloty, up 3.4 percent year "
     "on year, while imports totaled 133.6 billion zloty, the Central Statistical Office (GUS) said on "
     "Monday. The trade balance was negative at PLN 2.4 billion. In euro terms, exports reached EUR 30.8 "
     "billion.",
     [R(f="export", r=PL, v=[131.2e9, 30.8e9], cur=["PLN", "EUR"], d="up", pct=3.4, b="yoy", src=GUS17, **SEP),
      OPT(f="export", r=PL, v=[131.2e9, 30.8e9], cur=["PLN", "EUR"], **SEP),
      R(f="import", r=PL, v=133.6e9, cur="PLN", src=GUS17, **SEP),
      R(f="balance", r=PL, v=2.4e9, cur="PLN", bal="deficit", src=GUS17, **SEP)]),

    # P53 CTK: "crowns", a surplus "up 4.3 billion crowns year-on-year" (an absolute change).
    ("Prague, Nov 8 (CTK) - The Czech Republic's foreign trade surplus reached 21.3 billion crowns in "
     "September 2032, up 4.3 billion crowns year-on-year, the Czech Statistical Office (CZSO) said. Exports "
     "went up by 2.9% to 412.6 billion crowns, while imports rose 1.9% to 391.3 billion crowns.",
     [R(f="balance", r=CZ, c=DC, v=21.3e9, cur="CZK", bal="surplus", d="up", pct=DC, by=4.3e9, byc="CZK",
        b="yoy", src=CZSO17, **SEP),
      R(f="export", r=CZ, c=DC, v=412.6e9, cur="CZK", d="up", pct=2.9, b=DC, src=CZSO17, **SEP),
      R(f="import", r=CZ, c=DC, v=391.3e9, cur="CZK", d="up", pct=1.9, b=DC, src=CZSO17, **SEP)]),

    # P54 MTI: "in euro terms", "first estimate", a surplus "EUR 0.30 billion more than a year
    # earlier", restated "In forint terms".
    ("Budapest (MTI) - Hungary's exports in euro terms rose 1.8% year-on-year to EUR 12.86 billion in "
     "September, while imports went down by 0.6% to EUR 11.52 billion, the Central Statistical Office (KSH) "
     "said in its first estimate. The trade surplus came to EUR 1.34 billion, EUR 0.30 billion more than a "
     "year earlier. In forint terms, the surplus amounted to HUF 527.4 billion.",
     [R(f="export", r=HU, v=12.86e9, cur="EUR", vq=DC, d="up", pct=1.8, b="yoy", src=KSH17, **SEP),
      R(f="import", r=HU, v=11.52e9, cur="EUR", vq=DC, d="down", pct=0.6, b=DC, src=KSH17, **SEP),
      R(f="balance", r=HU, v=[1.34e9, 527.4e9], cur=["EUR", "HUF"], vq=DC, bal="surplus", d="up", pct=DC,
        by=0.30e9, byc="EUR", b="yoy", src=KSH17, **SEP),
      OPT(f="balance", r=HU, v=[1.34e9, 527.4e9], cur=["EUR", "HUF"], bal="surplus", **SEP)]),

    # ---------------------------------------------------------------- Southern Europe
    # P55 ANSA: a non-EU surplus with its base, a change "on an annual basis" without a value,
    # partners' changes in parentheses after "driven by sales to", imports' change.
    ("ROME, Nov 16 - Italy's trade with non-EU countries posted a surplus of 7.10 billion euros in October, "
     "up from 5.48 billion euros in October 2031, ISTAT said on Tuesday, ANSA reported. Exports to non-EU "
     "markets rose 4.3% on an annual basis, driven by sales to OPEC countries (+21.6%) and the United "
     "States (+7.2%), while imports fell 2.8%.",
     [R(f="balance", r=IT, p=NONEU, c=DC, v=7.10e9, cur="EUR", bal="surplus", d="up", pct=DC, by=DC, byc=DC,
        b=DC, src=ISTAT17, **OCT),
      OPT(f="balance", r=IT, p=NONEU, c=DC, v=5.48e9, cur="EUR", bal="surplus", **OCT31),
      R(f="export", r=IT, p=NONEU, c=DC, d="up", pct=4.3, b="yoy", src=ISTAT17, **OCT),
      R(f="export", r=IT, p=OPEC, c=DC, d="up", pct=21.6, b=DC, src=ISTAT17, **OCT),
      R(f="export", r=IT, p=US, c=DC, d="up", pct=7.2, b=DC, src=ISTAT17, **OCT),
      R(f="import", r=IT, p=NONEU, c=DC, d="down", pct=2.8, b=DC, src=ISTAT17, **OCT)]),

    # P56 ANSA: "were worth", "data processed by Coldiretti", "valued at ..., were flat".
    ("Italian wine exports were worth 5.86 billion euros in the first eight months of 2032, down 1.2% from a "
     "year earlier, according to ISTAT data processed by Coldiretti. Exports of Prosecco, valued at 1.42 "
     "billion euros, were flat.",
     [R(f="export", r=IT, c=WINE, v=5.86e9, cur="EUR", d="down", pct=1.2, b="yoy", src=COLDIRETTI, **YTD8),
      R(f="export", r=IT, c=PROSECCO, v=1.42e9, cur="EUR", d=DC, pct=[None, 0], b=DC, src=COLDIRETTI,
        **YTD8)]),

    # P57 EFE: "between January and September 2032", "2.1% more than in the same period of the
    # previous year", a deficit "7.3% lower".
    ("Madrid (EFE).- Spain's exports of goods reached 312.4 billion euros between January and September "
     "2032, 2.1% more than in the same period of the previous year, while imports totaled 338.7 billion "
     "euros, 1.3% more, according to data from the Ministry of Economy, Trade and Business. The trade "
     "deficit thus stood at 26.3 billion euros, 7.3% lower.",
     [R(f="export", r=ES, c=DC, v=312.4e9, cur="EUR", d="up", pct=2.1, b="yoy", src=ESMIN17, **YTD9),
      R(f="import", r=ES, c=DC, v=338.7e9, cur="EUR", d="up", pct=1.3, b=DC, src=ESMIN17, **YTD9),
      R(f="balance", r=ES, c=DC, v=26.3e9, cur="EUR", bal="deficit", d=DC, pct=7.3, by=DC, byc=DC, b=DC,
        src=ESMIN17, **YTD9)]),

    # ---------------------------------------------------------------- Latin America
    # P58 Agência Brasil: "US$ 6.84 billion" with a space, sales to Mercosur, "Argentina alone".
    ("Brasília - Brazil's trade balance recorded a surplus of US$ 6.84 billion in October, according to the "
     "Ministry of Development, Industry, Trade and Services (MDIC). Exports totaled US$ 29.70 billion and "
     "imports US$ 22.86 billion. Sales to Mercosur countries rose 11.4% to US$ 1.86 billion, with Argentina "
     "alone accounting for US$ 1.31 billion.",
     [R(f="balance", r=BR, v=6.84e9, cur="USD", bal="surplus", src=BRMIN17, **OCT),
      R(f="export", r=BR, v=29.70e9, cur="USD", src=BRMIN17, **OCT),
      R(f="import", r=BR, v=22.86e9, cur="USD", src=BRMIN17, **OCT),
      R(f="export", r=BR, p=MERCOSUR, v=1.86e9, cur="USD", d="up", pct=11.4, b=DC, src=BRMIN17, **OCT),
      R(f="export", r=BR, p=AR, v=1.31e9, cur="USD", src=BRMIN17, **OCT)]),

    # P59 single sentence, Prensa Latina: "8.134 billion dollars", "a growth of ... compared to
    # the same period of 2031" (b DC), "resulting in a trade deficit of".
    ("La Paz, Nov 12 (Prensa Latina) Bolivia's exports reached 8.134 billion dollars between January and "
     "September, a growth of 6.2 percent compared to the same period of 2031, while imports amounted to "
     "8.412 billion dollars, resulting in a trade deficit of 278 million dollars, the National Institute of "
     "Statistics (INE) reported.",
     [R(f="export", r=BO, v=8.134e9, cur="USD", d="up", pct=6.2, b=DC, src=INEBO17, **YTD9),
      R(f="import", r=BO, v=8.412e9, cur="USD", src=INEBO17, **YTD9),
      R(f="balance", r=BO, v=278e6, cur="USD", bal="deficit", src=INEBO17, **YTD9)]),

    # P60 Télam-style INDEC copy: "in the black" (no figure), quantities sold (an optional
    # change-only record), prices (no record).
    ("BUENOS AIRES - Argentina registered a trade surplus of US$1.842 billion in October, the 23rd "
     "consecutive month in the black, the INDEC reported on Thursday. Exports reached US$7.614 billion, "
     "9.3% more year-on-year, mainly due to greater quantities sold (+12.1%), while prices fell 2.5%. "
     "Imports totaled US$5.772 billion.",
     [R(f="balance", r=AR, v=1.842e9, cur="USD", bal="surplus", src=INDEC, **OCT),
      R(f="export", r=AR, v=7.614e9, cur="USD", d="up", pct=9.3, b="yoy", src=INDEC, **OCT),
      R(f="import", r=AR, v=5.772e9, cur="USD", src=INDEC, **OCT),
      OPT(f="export", r=AR, v=DC, cur=DC, vol=DC, u=DC, volq=DC, d="up", pct=12.1, **OCT)]),

    # ---------------------------------------------------------------- APA, Sputnik Africa, ENA, KNA
    # P61 APA: "USD ... bln", "of which exports accounted for", "The positive balance", non-oil
    # and gas exports.
    ("Baku, November 15, APA. Azerbaijan's foreign trade turnover amounted to USD 38.62 bln in "
     "January-October 2032, of which exports accounted for USD 24.31 bln and imports for USD 14.31 bln, the "
     "State Customs Committee said. The positive balance stood at USD 10 bln. Non-oil and gas exports went "
     "up by 8.7% to USD 3.12 bln.",
     [R(f="total", r=AZ, v=38.62e9, cur="USD", src=AZSCC17, **YTD10),
      R(f="export", r=AZ, v=24.31e9, cur="USD", src=AZSCC17, **YTD10),
      R(f="import", r=AZ, v=14.31e9, cur="USD", src=AZSCC17, **YTD10),
      R(f="balance", r=AZ, v=10e9, cur="USD", bal="surplus", src=AZSCC17, **YTD10),
      R(f="export", r=AZ, c=NONOILGAS, v=3.12e9, cur="USD", d="up", pct=8.7, b=DC, src=AZSCC17, **YTD10)]),

    # P62 Sputnik Africa: Russia's trade with "African countries", "the continent", "African
    # goods".
    ("Trade between Russia and African countries reached $28.4 billion in January-September 2032, up 14.6 "
     "percent year on year, the Russian Federal Customs Service told Sputnik Africa. Russian exports to the "
     "continent amounted to $24.1 billion, while imports of African goods totaled $4.3 billion.",
     [R(f="total", r=RU, p=AFRICA, v=28.4e9, cur="USD", d="up", pct=14.6, b="yoy", src=FCS17, **YTD9),
      R(f="export", r=RU, p=AFRICA, v=24.1e9, cur="USD", src=FCS17, **YTD9),
      R(f="import", r=RU, p=AFRICA, c=DC, v=4.3e9, cur="USD", src=FCS17, **YTD9)]),

    # P63 single sentence: AfCFTA member states, "those countries", "grew 1.5 times".
    ("Egypt's exports to member states of the African Continental Free Trade Area (AfCFTA) rose 18.2 percent "
     "to $5.84 billion in the first nine months of 2032, while imports from those countries grew 1.5 times "
     "to $2.61 billion, the Central Agency for Public Mobilization and Statistics (CAPMAS) said, Sputnik "
     "Africa reported.",
     [R(f="export", r=EG, p=AFCFTA, v=5.84e9, cur="USD", d="up", pct=18.2, b=DC, src=CAPMAS17, **YTD9),
      R(f="import", r=EG, p=AFCFTA, v=2.61e9, cur="USD", d="up", pct=DC, cq=DC, b=DC, src=CAPMAS17, **YTD9)]),

    # P64 ENA: "secured ... from the export of goods", the Ethiopian fiscal quarter, "an
    # increase by", "fetched ... from 98 745 tonnes" (volume and revenue, one record), "birr".
    ("ADDIS ABABA (ENA) - Ethiopia secured 1.42 billion USD from the export of goods in the first quarter of "
     "the 2032/33 Ethiopian fiscal year, the Ministry of Trade and Regional Integration announced. The "
     "revenue showed an increase by 14.6% compared to the same period last fiscal year. Coffee exports "
     "alone fetched 512.4 million USD from 98 745 tonnes, while gold export earnings amounted to 18.6 "
     "billion birr.",
     [R(f="export", r=ET, c=DC, v=1.42e9, cur="USD", d="up", pct=14.6, b="yoy", src=ETMOTRI, **ETQ1),
      R(f="export", r=ET, c=COFFEE, vol=[98745, None], u=[TON, None], v=512.4e6, cur="USD", src=ETMOTRI,
        **ETQ1),
      OPT(f="export", r=ET, c=COFFEE, vol=98745, u=TON, volq=DC, v=[None, 512.4e6], cur=[None, "USD"],
          **ETQ1),
      R(f="export", r=ET, c=GOLD, v=18.6e9, cur="ETB", src=ETMOTRI, **ETQ1)]),

    # P65 KNA: "Sh" in a Kenyan text, "up from ... during the same period in 2031" (a base),
    # "went up by 23 percent to 142 600 tonnes".
    ("NAIROBI, Nov 14 (KNA) – Kenya's horticultural exports earned Sh 198.4 billion in the first nine "
     "months of 2032, up from Sh 176.2 billion during the same period in 2031, Agriculture and Food "
     "Authority (AFA) data shows. Avocado exports went up by 23 percent to 142 600 tonnes.",
     [R(f="export", r=KE, c=HORT, v=198.4e9, cur="KES", d="up", pct=DC, by=DC, byc=DC, b=DC, src=AFA, **YTD9),
      OPT(f="export", r=KE, c=HORT, v=176.2e9, cur="KES", **YTD9_31),
      R(f="export", r=KE, c=AVOCADO, vol=142600, u=TON, d="up", pct=23, b=DC, src=AFA, **YTD9)]),

    # ---------------------------------------------------------------- More agency phrasings
    # P66 single sentence, Xinhua: trade via a railway (mode of transport), Kunming Customs.
    ("China's import and export trade via the China-Laos Railway reached 24.6 billion yuan in the first ten "
     "months of 2032, up 31.2 percent year on year, according to Kunming Customs.",
     [R(f="total", r=CN_YN, p=DC, c=LAOSRAIL, v=24.6e9, cur="CNY", d="up", pct=31.2,
        b="yoy", src=KMCUS, **YTD10)]),

    # P67 single sentence, Yonhap: "virtually unchanged at", "plunged".
    ("South Korea's exports to China were virtually unchanged at $11.2 billion in October, while shipments "
     "to the United States plunged 12.4 percent to $9.6 billion, the trade ministry said.",
     [R(f="export", r=KR, p=CN, v=11.2e9, cur="USD", d=DC, pct=[None, 0], b=DC, src=MOTIE17, **OCT),
      R(f="export", r=KR, p=US, v=9.6e9, cur="USD", d="down", pct=12.4, b=DC, src=MOTIE17, **OCT)]),

    # P68 single sentence, Bernama: "nosedived", "eased".
    ("Malaysia's liquefied natural gas (LNG) exports nosedived 21.3 per cent to RM4.12bil in October, while "
     "crude petroleum exports eased 3.2 per cent to RM2.86bil, data from the Department of Statistics "
     "Malaysia (DOSM) showed.",
     [R(f="export", r=MY, c=LNG, v=4.12e9, cur="MYR", d="down", pct=21.3, b=DC, src=DOSM17, **OCT),
      R(f="export", r=MY, c=CRUDE, v=2.86e9, cur="MYR", d="down", pct=3.2, b=DC, src=DOSM17, **OCT)]),

    # P69 single sentence, Antara: "contracted", "shrank".
    ("Indonesia's coal exports contracted 9.6 percent year-on-year to US$2.14 billion in October, while "
     "exports of iron and steel shrank 4.1 percent to US$2.31 billion, BPS said.",
     [R(f="export", r=ID, c=COAL, v=2.14e9, cur="USD", d="down", pct=9.6, b="yoy", src=BPS17, **OCT),
      R(f="export", r=ID, c=IRONSTEEL, v=2.31e9, cur="USD", d="down", pct=4.1, b=DC, src=BPS17, **OCT)]),

    # P70 Thailand's border and transit trade and its two parts (several partners: p DC).
    ("Thailand's border and transit trade reached 1.41 trillion baht in January-September 2032, up 6.2 "
     "percent year on year, the Department of Foreign Trade said. Border trade with Malaysia, Laos, Myanmar "
     "and Cambodia totaled 812.3 billion baht, while transit trade via those countries amounted to 597.7 "
     "billion baht.",
     [R(f="total", r=TH, c=BT, v=1.41e12, cur="THB", d="up", pct=6.2, b="yoy", src=DFT, **YTD9),
      R(f="total", r=TH, p=DC, c=BORDER, v=812.3e9, cur="THB", src=DFT, **YTD9),
      R(f="total", r=TH, p=DC, c=TRANSIT, v=597.7e9, cur="THB", src=DFT, **YTD9)]),
]

NEG = [
    # N01 an export target for the year.
    "Viet Nam aims to achieve export turnover of 440 billion USD this year, the Minister of Industry and "
    "Trade told the National Assembly, VNA reported.",
    # N02 a plan with a target year.
    "The Kazakh government plans to raise non-resource exports to USD 45 bln by 2035, Kazinform reports.",
    # N03 a forecast range.
    "Bank Indonesia expects the trade surplus to reach between US$38 billion and US$42 billion in 2032, "
    "the central bank's governor told lawmakers, ANTARA reported.",
    # N04 agreements signed at a business forum.
    "Kazakh and Uzbek companies signed agreements worth $1.8 bln at the business forum in Tashkent, "
    "Kazinform reported.",
    # N05 approved investment.
    "Approved investments in Malaysia's manufacturing sector totalled RM86.4bil in January-September 2032, "
    "the Malaysian Investment Development Authority (MIDA) said, Bernama reported.",
    # N06 disbursed FDI.
    "Disbursed foreign direct investment (FDI) in Viet Nam reached 21.4 billion USD in the first ten "
    "months, up 7.9 percent year on year, the Ministry of Finance said.",
    # N07 intended deals at an import expo.
    "Intended deals worth 81.2 billion U.S. dollars were reached at the 15th China International Import "
    "Expo, up 2.1 percent from the previous edition, the organizers said, Xinhua reported.",
    # N08 export loans in KRW.
    "The Export-Import Bank of Korea will extend KRW 1.5 trillion in low-interest loans to small exporters "
    "hit by the stronger won, the finance ministry said, Yonhap reported.",
    # N09 reserves.
    "Algeria's foreign exchange reserves stood at 68.2 billion dollars at the end of September 2032, the "
    "Bank of Algeria said, APS reported.",
    # N10 an average export price.
    "The average export price of Vietnamese rice stood at 512 USD per tonne in October, down 4.1 percent "
    "from a year earlier, VNA reported.",
    # N11 oil output.
    "Kazakhstan's oil and gas condensate output totaled 82.4 million tonnes in January-October 2032, the "
    "Energy Ministry said, Kazinform reports.",
    # N12 travel receipts.
    "Morocco's travel receipts reached 98.6 billion dirhams at the end of September 2032, up 9.4%, the "
    "Foreign Exchange Office said, MAP reported.",
    # N13 trade "potential".
    "Bilateral trade between Iran and Pakistan has the potential to reach $10 billion a year, the Iranian "
    "ambassador in Islamabad told IRNA.",
    # N14 "could reach".
    "Trade between Russia and Indonesia could reach $7 bln this year, the Russian trade representative in "
    "Jakarta told TASS.",
    # N15 customs revenue from import-export activities in VND.
    "Customs revenue from import-export activities reached VND 312.4 trillion in the first ten months, "
    "equal to 82 percent of the annual estimate, the customs department said, VNA reported.",
    # N16 export financing in reais.
    "BNDES approved R$ 12.4 billion in export financing in the first nine months, up 18% year on year, "
    "Agência Brasil reported.",
    # N17 retail turnover in BYN.
    "Retail turnover in Belarus amounted to BYN 78.4 billion in January-October 2032, up 6.1% in comparable "
    "prices, Belstat said, BelTA reported.",
    # N18 the share of rubles and yuan in settlements.
    "The share of the ruble and the yuan in Russia-China trade settlements has reached 96%, Russian Deputy "
    "Finance Minister Pavel Lukin told TASS.",
    # N19 export customs duties in tenge.
    "Kazakhstan's budget received 1.48 trillion tenge in export customs duties on crude oil in "
    "January-October, the Finance Ministry said.",
    # N20 remittances.
    "Remittances from Ukrainian migrant workers amounted to $7.2 billion in January-September 2032, the "
    "National Bank of Ukraine said, Ukrinform reported.",
    # N21 a ratio target for 2040.
    "Saudi Arabia aims to raise the share of non-oil exports in non-oil GDP to 50% by 2040, SPA reported, "
    "citing the Saudi Export Development Authority.",
    # N22 a PMI's new export orders.
    "The new export orders sub-index of Malaysia's manufacturing PMI rose to 51.2 in October from 49.8 in "
    "September, S&P Global said, Bernama reported.",
    # N23 port cargo.
    "Cargo handled at the port of Gdansk rose 6.4 percent to 68.2 million tonnes in January-October, PAP "
    "reported, citing the port authority.",
    # N24 a medium-term programme's projections.
    "Türkiye's Medium-Term Program projects exports of $282 billion in 2033 and $310 billion in 2035, the "
    "Vice President said, Anadolu reported.",
    # N25 a memorandum aimed at raising trade.
    "Ethiopia and Djibouti signed a memorandum of understanding aimed at raising bilateral trade to 2 "
    "billion USD within five years, ENA reported.",
    # N26 FDI revenues.
    "Foreign direct investment revenues in Morocco reached 31.2 billion dirhams at the end of September, up "
    "14.6%, the Foreign Exchange Office said, MAP reported.",
    # N27 a forecast of a record.
    "Italian exports are expected to hit a record 700 billion euros this year, export credit agency SACE "
    "forecast, ANSA reported.",
    # N28 tourists' spending.
    "International tourists spent 112.4 billion euros in Spain in January-September, 8.3% more than a year "
    "earlier, the National Statistics Institute (INE) said, EFE reported.",
    # N29 a sugar harvest with spaced thousands.
    "Cuba's 2031-2032 sugar harvest produced 412 000 tonnes of raw sugar, the Azcuba group said, Prensa "
    "Latina reported.",
    # N30 a crop estimate.
    "Brazil's soybean crop for the 2032/33 season is estimated at 182.4 million tonnes, national supply "
    "company Conab said, Agência Brasil reported.",
    # N31 tea auction prices.
    "Tea prices at the Mombasa auction averaged $2.41 per kilogramme this week, down from $2.47 last week, "
    "the East African Tea Trade Association said, KNA reported.",
    # N32 a plan to ship grain free of charge.
    "Russia will ship 200 000 tonnes of wheat free of charge to six African countries by the end of the "
    "year, the Agriculture Ministry told Sputnik Africa.",
    # N33 a ministry's plan to earn.
    "Ethiopia plans to earn 12.4 billion USD from exports of goods in the 2032/33 fiscal year, the Ministry "
    "of Trade and Regional Integration said, ENA reported.",
    # N34 a current account surplus.
    "Japan's current account surplus rose 14.2 percent from a year earlier to 3.12 trillion yen in "
    "September, the Finance Ministry said, Kyodo reported.",
    # N35 a trade target under a partnership agreement.
    "The UAE and Indonesia aim to raise non-oil trade to $10 billion within five years of their "
    "Comprehensive Economic Partnership Agreement coming into force, WAM reported.",
    # N36 an export forecast by a minister.
    "South Korea's exports are expected to exceed US$720 billion this year for the first time, the trade "
    "minister said, Yonhap reported.",
]
