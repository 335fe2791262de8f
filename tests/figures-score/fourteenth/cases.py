from slots import DC, R, M, Y, PR

# The fourteenth set: every text is the only body paragraph (after an unrelated opening one)
# of a page published on 2029-11-21 (a Wednesday). Relative time expressions mean:
# - "October", "Oct", "last month" and "in October" are October 2029; "September" and "in
#   the said month" (after September) are September 2029; "August" is August 2029.
# - "The third quarter", "Q3" and "the July-September quarter" are July-September 2029;
#   "the second quarter of 2029" is April-June 2029.
# - "The first nine months", "the first nine months of the year", "the first three
#   quarters", "January-September", "January-September 2029" and "between January and
#   September" are January-September 2029. "By the end of September" (the Gulf and Maghreb
#   offices' cumulative style, ninth set) is January-September 2029 too; the single month
#   is accepted as a start (CUM9).
# - "The first 10 months", "the first ten months of 2029", "the first 10 months of the
#   year", "January-October" and "between January and October" are January-October 2029.
#   "The first eight months of 2029" are January-August 2029.
# - "Last year" and "2028" are 2028; "September 2028", "the same period of 2028", "the same
#   period last year", "a year earlier" and "the first nine months of last year" appear only
#   as comparison bases (a base given with its amount is an optional record of that period
#   of 2028).
# - Fiscal and other years: India's "April-September, the first half of the current fiscal"
#   is April-September 2029; Pakistan's "July-October, the first four months of FY30" is
#   July-October 2029 (FY30 = July 2029 - June 2030); Western Australia's "2028-29 financial
#   year" is July 2028 - June 2029; Ethiopia's "first quarter of this fiscal year", which
#   the text then calls "the July-September quarter", is July-September 2029 (Ethiopia's
#   fiscal year starts on Hamle 1, July 8, and its first quarter ends on October 10, so a
#   start of July 1 or July 8 and an end of September 30 or October 10 are accepted for the
#   quote that names only "the first quarter of this fiscal year"; the sentence that says
#   "the July-September quarter" is July-September exactly); Iran's "first seven months of
#   the current Iranian year (March 21 to October 22)" is 2029-03-21 to 2029-10-22, as the
#   text states; "the first seven weeks of the 2029/30 season, which began on Oct. 1"
#   starts 2029-10-01, end DC (twelfth set's season-to-date rule).
# - "The said period", "the reference period", "the period", "in the period", "over the
#   same period", "the same quarter", "for the same period" and "for the year" take the
#   period of the paragraph's earlier figure (see the back-references below).
#
# Conventions: every convention stated in the thirteenth set's header (thirteenth/cases.py,
# which carries those of the ninth to twelfth sets word for word) is kept unchanged and is
# not repeated here. In short: values are positive amounts in the original currency
# (deficits bal="deficit", surpluses bal="surplus"); b is "yoy"/"mom" only when the text
# states the comparison ("year-on-year", "on an annual basis", "from a year earlier",
# "than in the same period last year", "the same quarter last year", "from September" for
# an October figure), DC when it is implied or named by its period ("compared with
# September 2028", "compared to the same period of 2028", "compared to August 2029") and
# null when there is no change; a narrowing or widening deficit has d DC, a surplus that
# narrows is "down"; later sentences inherit reporter, period and source; comparison bases
# are optional records; forecasts, targets, shares, prices, current accounts, production,
# reserves, remittances, FDI, port throughput, one company's sales and customs revenue are
# never trade figures; plain "exports"/"imports" of a whole economy have c null, "goods",
# "merchandise", "total", "overall" and flows under a goods headline c DC; "non-oil" and
# named goods are commodities; a change of a partner's or a good's trade given only as a
# percent is a record with a null value; "preliminary" and "first estimate" values have vq
# DC; a buyer that is the grammatical subject ("China remained the top buyer ...,
# purchasing $9.6 billion worth", "Brazil ... took an average of 11.4 million cubic metres
# per day") may be written as the importer or as the partner of the seller's exports (f, r
# and p either way).
#
# New in this (fourteenth) set, which stresses REFERENCE AND DISCOURSE across sentences and
# the copy of outlets outside the Anglo-American press (these are added; where one seems to
# touch an earlier convention it only extends it):
# - Epithets. An economy named by an epithet is the economy the text identifies elsewhere
#   (by name, adjective, capital or agency): "Asia's fourth-largest economy" and "the
#   country" (South Korea, named in the sentence before), "the world's second-largest
#   economy" (China), "the world's largest economy" (the United States, as a partner), "the
#   Southeast Asian nation" (Vietnam), "Southeast Asia's largest economy" (Indonesia, named
#   by "Indonesian statistics" and "Jakarta"), "the kingdom" (Saudi Arabia; Thailand in a
#   text that names "Thai" and "Thailand" later; Cambodia in a quote), "the island" (Cuba;
#   Taiwan), "the State" (Ireland, as the CSO writes), "the city-state" (Singapore), "the
#   special administrative region" and "the city" (Hong Kong), "the republic" (Uzbekistan,
#   Kazakhstan), "the Gulf state" (Kuwait), "the North African country" (Algeria), "the
#   OPEC member" (Iraq), "the Islamic Republic" (Iran, named later in the sentence), "the
#   landlocked nation" (Laos), "the southern African nation" (Mozambique),
#   "the Andean nation" (Bolivia), "the world's largest copper producer" (Chile, named by
#   "Chile's central bank"), "the world's second-largest grower" (Ghana, named by the Ghana
#   Cocoa Board), "the Lone Star State" (Texas), "the
#   province", "the region", "the northern port city", "the Texas border city" (the
#   sub-national reporter named before), "the 27-nation bloc" (the EU). "The bloc" is the
#   group the text is about: the EU in a Serbian or EU text, COMESA in an Egyptian text
#   about COMESA. An epithet or "its"/"the country" may stand for the PARTNER: "exports to
#   the country" after "Trade with China" is Mongolia's exports to China; "its southern
#   neighbour" (Mongolia's: China), "its eastern neighbour" (Kazakhstan's: China), "its
#   northern neighbour" (Thailand's: Laos), "the neighbouring country" (Colombia's:
#   Venezuela), "the South Asian country" (India, from Russia), "the Gulf nation" (the UAE,
#   from India), "its closest ally" (Venezuela's: Cuba), "imports from it" and "with it"
#   (the partner of the clause before). "The country's imports from Vietnam" after "Chinese
#   customs" are China's.
# - Reporter, period and source given only in an earlier sentence without a figure, or in
#   a headline-like first line ("Uzbekistan: foreign trade turnover for January-October.",
#   "Czech foreign trade: surplus for September.", "Lebanon, January-September 2029:",
#   "Hungary's trade surplus narrowed in September, ... (KSH) showed"), are inherited by
#   the figures that follow, exactly as from an earlier figure. Change words in such a line
#   make no record of their own.
# - Anaphora of a figure: a later sentence that gives the change of a value already stated
#   ("The figure was 8.9 percent higher than in the same period last year", "This
#   represented a decrease of 3.7% compared with September 2028", "Trade through the Texas
#   border city rose 7.9% from September 2028"), or the value of a change already stated
#   ("rose 11.8% year-on-year in September ... They reached SAR 26.3 billion"; a first
#   sentence "rose 14.2 percent" and a quote "shipped goods worth $10.94 billion"), makes
#   ONE record with both; the basis is the one the text states for that change.
# - Two economies in one paragraph: each figure has the reporter whose agency or whose
#   trade it is, the other economy as partner. Mirror statistics ("China's imports from
#   Australia ... Australian figures ... goods exported to China", "Vietnam's customs
#   recorded exports to China of ... Chinese customs put the country's imports from Vietnam
#   at ...") are two records, one per reporter, even for the same period and flow pair; the
#   discrepancy or gap between them ("a discrepancy of $15.7 billion") is no trade figure.
#   "China-Kazakhstan trade ... according to China's General Administration of Customs" is
#   China's (tenth set); "the republic's turnover with China" from Kazakh statistics is
#   Kazakhstan's.
# - Sub-national reporters: the trade of a province, state, emirate, region, city, customs
#   district or port of entry has that unit as reporter, not the nation: "Zhejiang",
#   "Yiwu", "Xinjiang", "Texas", "Gujarat", "Western Australia", "Alberta", "Dubai",
#   "Kurdistan" (the semi-autonomous region's oil shipments, counted apart from Iraq's
#   federal exports), "Central Sulawesi", "Sarawak", "Busan", "Hai Phong" ("goods cleared
#   through Hai Phong customs"), "Laredo" and "Los Angeles" (Census trade values by port of
#   entry). A national figure in the same text ("Nationwide, U.S. goods exports were",
#   "India's total merchandise exports of $209.2 billion", "Canada's total crude exports",
#   "South Korea's total exports") is the nation's. The customs branch that publishes them
#   (Hangzhou Customs, Urumqi Customs, Hai Phong Customs Department, Dubai Customs) is the
#   source ("customs" accepted). Trade VALUES by port of entry are
#   trade figures; throughput (TEUs, tonnes of cargo handled) stays no figure.
# - Lists and bullets inside one paragraph ("- Turnover: $59.8 billion, up 4.1% - Exports:
#   ...", "• Gold: US$9.86 billion", "* China: AED 212.6 billion", "1) apparel, US$1.04
#   billion (+3.1%); 2) ..."): one record per item; the heading gives reporter, partner,
#   goods, period and source; a "-" that opens an item is a bullet, not a minus; a "(+3.1%)"
#   or "(−11.2%)" after an item is its change (b DC). Goods under "exports" in a heading are
#   exports; partners under "trade with its top partners" are flow total with the heading's
#   goods (non-oil). "Deficit:"/"Trade surplus:" items are balances.
# - Quotes of officials: "we earned", "our trade with China", "our olive oil exports", "our
#   imports", "The kingdom shipped" have the speaker's economy as reporter and the speaker
#   (or the body he heads, or the agency quoting him) as source. A hypothetical inside the
#   same quote ("if prices hold, they could top 2 billion euros") makes no record.
# - Hedged, negated, denied and hypothetical figures make no record (all near misses):
#   "could reach", "would have risen above", "would have been about €9 billion lower", "did
#   not exceed", "denied reports that ... had exceeded", "denied a report that it had bought
#   500,000 tonnes", "could lose up to ... if the tariffs stay", "are projected to grow",
#   "are expected to reach", "could double", "could hit", "revised up its forecast".
# - Translated wire copy (Xinhua, TASS, WAM, Antara/BPS, Bernama, APS, MENA, Prensa Latina,
#   Kazinform, KUNA, MTI, ANA-MPA, ENA, KPL): "registered", "posted", "recorded", "amounted
#   to", "stood at", "reached", "were recorded at", "brought in", "earned" give the value;
#   "an increase of X percent compared to ...", "registering a growth of X per cent
#   compared to the same period last year" give the change; "the negative balance" is a
#   deficit; "on an annual basis" states yoy. The news agency that carries an agency's
#   figures ("IRNA reported", "Prensa Latina reported", "WAM reported", "carried by MENA",
#   "TASS reported", "Kazinform reports, citing", "data reported by Bernama", "told Khmer
#   Times") is accepted as source beside the agency.
# - Corrections and revisions: a "CORRECTED-" headline with its note ("(Corrects partner
#   ... to Germany from France)") makes no record of the wrong reading; the headline's
#   restatement of the body's figure without a value is an optional twin. "Were revised up
#   to X from a preliminary Y" and "the August gap was revised down to X from Y previously
#   reported" (also inside an "after" clause) are a record of the revised amount (vq DC; d,
#   pct, by, b DC) and an optional record of the superseded one (twelfth set's rule).
# - Ratios and shares, in the figure's sentence or a later one ("accounting for 73.5 percent
#   of the region's foreign trade", "accounting for 59.7 percent of the total", "The ratio
#   of non-oil exports to imports rose to 38.2% from 35.6%", "or about 93% of Canada's total
#   crude exports", "with China taking about 80 per cent", "Germany takes about a third",
#   "with electricity making up the bulk") make no record; rankings ("more than any other
#   U.S. state for the 24th straight year", "its largest since June", "in second place
#   behind India", "the country's top export by value") make none either ("its largest
#   since" is the value's vq, HIGHEST).
# - Currencies: "dollars"/"US dollars" in Cuban, Algerian, Uzbek, Kazakh, Mongolian and
#   Nicaraguan wire copy are USD; "USD" after an amount is USD; "EUR 12.41 billion" and
#   "euros" EUR; "CZK" and "crowns" in a Czech text CZK; "kroner" in a Danish text DKK;
#   "dinars" in a Kuwaiti text KWD; "RO" OMR; "SAR" SAR; "AED" AED; "RM" MYR; "yuan" CNY;
#   "baht" THB; "HK$" HKD; "A$" AUD; "US$" and "$" USD.
# - Volumes: "cubic metres per day" of gas have u cubic metres (M3); "barrels per day" and
#   "bpd" BBL; an "average of" a volume has volq DC.

# The names of economies, sources, units and qualifiers and the record helpers (OPT, YTD,
# Q, FYJJ) that the tenth to thirteenth sets defined mean the same here: they are taken from
# the twelfth and thirteenth sets' cases rather than copied (twelfth/cases.py and
# thirteenth/cases.py have their definitions and comments). This set has no tariff record.
import importlib.util as _ilu, os as _os
_here = _os.path.dirname(_os.path.abspath(__file__))


def _load(name):
    spec = _ilu.spec_from_file_location("_%s_cases" % name, _os.path.join(_here, "..", name, "cases.py"))
    mod = _ilu.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_t12 = _load("twelfth")
for _n in """
TON ABOUT RECORD HIGHEST US EU RU UAE KR GAC TR USDOC MOTIE INCOM ABS VNCUS BPS GASTAT BBL
CRUDE GAS LNG CARS EUROSTAT KZBNS NSOMN IQOIL CBSIL KPLER DANE BCCH TREA CSD ESG TWMOF CAPMAS
THMOC COCOBOD CSO TURKSTAT SA CA MX IE TW HK AU ID MAINLAND ELEC NONELEC NODX NONOIL VN CH
OPT YTD Q FYJJ
""".split():
    globals()[_n] = getattr(_t12, _n)
_t13 = _load("thirteenth")
for _n in "CN IN DE TH SG PK EG BR CL UAEMIN PBS".split():
    globals()[_n] = getattr(_t13, _n)

# New in this (fourteenth) set: economies.
CU = "Cuba"
VE = "Venezuela"
CO = "Colombia"
UZ = "Uzbekistan"
KZ = "Kazakhstan"
MN = "Mongolia"
IQ = "Iraq"
DZ = "Algeria"
KW = "Kuwait"
OM = "Oman"
HU = "Hungary"
CZ = ["Czech Republic", "Czechia"]
GR = "Greece"
RO = "Romania"
RS = "Serbia"
IL = "Israel"
LA = ["Laos", "Lao"]
IR = "Iran"
ET = "Ethiopia"
GH = "Ghana"
GT = "Guatemala"
BY = "Belarus"
KH = "Cambodia"
DK = "Denmark"
PT = "Portugal"
MZ = "Mozambique"
BG = "Bulgaria"
LB = "Lebanon"
BO = "Bolivia"
NI = "Nicaragua"
# Sub-national reporters (the unit itself, not its nation).
KURD = "Kurdistan"
ZJ = "Zhejiang"
YIWU = "Yiwu"
XJ = "Xinjiang"
TX = "Texas"
GJ = "Gujarat"
WAU = "Western Australia"
ALBERTA = "Alberta"
DUBAI = "Dubai"
CSUL = "Central Sulawesi"
SARAWAK = "Sarawak"
BUSAN = "Busan"
HP = ["Hai Phong", "Haiphong"]
LAREDO = "Laredo"
LAX = "Los Angeles"
# Partner groups.
EAEU = ["Eurasian Economic Union", "EAEU"]
CASIA = ["Central Asia", "Central Asian"]
COMESA = ["Common Market for Eastern and Southern Africa", "COMESA"]
# Goods and units.
NICKEL = ["nickel and cobalt", "nickel", "cobalt"]
TOBACCO = ["tobacco", "cigars", "cigar"]
PHARMA = ["medical and pharmaceutical products", "pharmaceutical", "pharmaceuticals", "medical"]
HYDRO = ["hydrocarbons", "hydrocarbon"]
COCOA = ["cocoa beans and products", "cocoa beans", "cocoa bean", "cocoa"]
IRONSTEEL = ["iron and steel", "steel", "iron"]
OLIVE = ["olive oil", "olive"]
EV = ["battery-electric cars", "battery-electric", "electric cars", "electric vehicles", "EVs", "EV", "cars"]
ALU = ["aluminium", "aluminum"]
APPAREL = ["apparel", "garments", "clothing"]
BANANAS = ["bananas", "banana"]
FUEL = ["fuel", "fuels", "fuel oil"] + CRUDE
M3 = ["cubic met", "m3", "cubic meter", "cubic metre"]
# Sources.
ONEI = ["National Office of Statistics and Information", "ONEI", "Prensa Latina"]
UZSTAT = ["Statistics Agency", "statistics agency"]
KZSTAT = KZBNS + ["Kazinform"]
KRG = ["Kurdistan Regional Government", "KRG", "regional government"]
DZCUS = ["Directorate General of Customs", "DGD", "customs"]
KWCSB = ["Central Statistical Bureau", "CSB", "KUNA"]
NCSI = ["National Centre for Statistics and Information", "NCSI"]
KSH = ["Central Statistical Office", "KSH", "statistical office"]
CZSO = ["Czech Statistical Office", "CZSO", "statistical office"]
ELSTAT = ["Hellenic Statistical Authority", "ELSTAT"]
INSRO = ["National Institute of Statistics", "INS"]
RZS = ["Statistical Office", "RZS"]
IRICA = ["Islamic Republic of Iran Customs Administration", "IRICA", "customs", "IRNA"]
DANE14 = DANE + ["Colombian-Venezuelan Chamber of Commerce", "Chamber of Commerce", "Cavecol"]
PDVSA = ["PDVSA", "shipping data"]
LAMOIC = ["Ministry of Industry and Commerce", "industry and commerce ministry", "MOIC"]
HZCUS = ["Hangzhou Customs", "customs"]
URCUS = ["Urumqi Customs", "customs"]
JTSI = ["Department of Jobs, Tourism, Science and Innovation", "Department of Jobs", "JTSI"]
HPCUS = ["Hai Phong Customs Department", "Hai Phong Customs", "customs"]
CENSUS = USDOC + ["WorldCity"]
BPSP = BPS + ["provincial office"]
BELSTAT = ["Belstat", "National Statistical Committee"]
BOG = ["Bank of Ghana", "BoG"]
BANGUAT = ["Banco de Guatemala", "Banguat", "Bank of Guatemala", "central bank"]
ETMIN = ["Minister of Agriculture", "minister", "Ministry of Agriculture", "Ethiopian News Agency", "ENA"]
HUMIN = ["foreign minister", "minister", "MTI", "Ministry of Foreign Affairs and Trade"]
GROLIVE = ["olive oil exporters' association", "exporters' association", "association", "head", "ANA-MPA"]
KHMOC = ["Ministry of Commerce", "commerce ministry", "spokesman", "Khmer Times"]
FCS = ["Federal Customs Service", "FCS", "customs", "TASS"]
DUBCUS = ["Dubai Customs", "customs", "WAM"]
CAPMAS14 = CAPMAS + ["MENA"]
STATDK = ["Statistics Denmark", "Danmarks Statistik", "DST"]
INEPT = ["INE", "Statistics Portugal", "statistics institute", "National Statistics Institute"]
INEMZ = ["National Institute of Statistics", "INE"]
NSIBG = ["National Statistical Institute", "NSI"]
LBCUS = ["Lebanese Customs", "customs"]
CER = ["Canada Energy Regulator", "CER"]
INEBO = ["National Institute of Statistics", "INE"]
DOSM = ["Department of Statistics Malaysia", "DOSM", "Department of Statistics", "Bernama"]
BUSCCI = ["Busan Chamber of Commerce and Industry", "Chamber of Commerce", "Korea Customs Service", "customs"]

# Periods.
OCT = M(2029, 10)
SEP = M(2029, 9)
AUG = M(2029, 8)
Q2 = Q(2029, 2)
Q3 = Q(2029, 3)
Y28 = Y(2028)
YTD8 = YTD(2029, 8)
YTD9 = YTD(2029, 9)
YTD10 = YTD(2029, 10)
YTD8_28 = YTD(2028, 8)
YTD9_28 = YTD(2028, 9)
CUM9 = dict(ps=["2029-01-01", "2029-09-01"], pe="2029-09-30")   # "by the end of September"
INAS = PR("2029-04-01", "2029-09-30")       # India's April-September of 2029-30
PKJO = PR("2029-07-01", "2029-10-31")       # Pakistan's July-October of FY30
FYJJ28 = FYJJ(2028)                         # Western Australia's 2028-29 financial year
IRAN7 = PR("2029-03-21", "2029-10-22")      # the first seven months of the Iranian year
ETQ1 = dict(ps=["2029-07-01", "2029-07-08"], pe=["2029-09-30", "2029-10-10"])   # Ethiopia's Q1
SEASON = dict(ps="2029-10-01", pe=DC)       # the 2029/30 cocoa season to date

POS = [
    # ---------------------------------------------------------------- Epithets, back-references
    # P01 Yonhap: "Asia's fourth-largest economy", "The country", a headline-like first sentence
    # with a change word only.
    ("South Korea's exports rose for a fifth straight month in October on robust chip demand. "
     "Outbound shipments from Asia's fourth-largest economy climbed 8.4% from a year earlier to $61.2 "
     "billion, while imports fell 1.9% to $53.7 billion, the trade ministry said on Nov. 1. The country "
     "thus posted a trade surplus of $7.5 billion, its largest since June.",
     [R(f="export", r=KR, v=61.2e9, cur="USD", d="up", pct=8.4, b="yoy", src=MOTIE, **OCT),
      R(f="import", r=KR, v=53.7e9, cur="USD", d="down", pct=1.9, b=DC, src=MOTIE, **OCT),
      R(f="balance", r=KR, v=7.5e9, cur="USD", vq=HIGHEST, bal="surplus", src=MOTIE, **OCT)]),

    # P02 Xinhua: the period only in the first sentence, "the world's second-largest economy",
    # "Its trade surplus thus stood at".
    ("China's foreign trade held steady in the first 10 months of the year, official data showed "
     "Wednesday. The world's second-largest economy saw its exports grow 5.2 percent year on year to "
     "21.37 trillion yuan, while imports dipped 0.8 percent to 15.02 trillion yuan, according to the "
     "General Administration of Customs. Its trade surplus thus stood at 6.35 trillion yuan.",
     [R(f="export", r=CN, v=21.37e12, cur="CNY", d="up", pct=5.2, b="yoy", src=GAC, **YTD10),
      R(f="import", r=CN, v=15.02e12, cur="CNY", d="down", pct=0.8, b=DC, src=GAC, **YTD10),
      R(f="balance", r=CN, v=6.35e12, cur="CNY", bal="surplus", src=GAC, **YTD10)]),

    # P03 Prensa Latina: "dollars", "the island's", "in the said period".
    ("Cuba's exports of nickel and cobalt brought in 412 million dollars between January and "
     "September, 9.3 percent less than in the same period of 2028, according to data released by the "
     "National Office of Statistics and Information (ONEI). Tobacco sales abroad, led by the island's "
     "hand-rolled cigars, amounted to 287 million dollars in the said period, an increase of 14.1 "
     "percent, Prensa Latina reported.",
     [R(f="export", r=CU, c=NICKEL, v=412e6, cur="USD", d="down", pct=9.3, b=DC, src=ONEI, **YTD9),
      R(f="export", r=CU, c=TOBACCO, v=287e6, cur="USD", d="up", pct=14.1, b=DC, src=ONEI, **YTD9)]),

    # P04 The Straits Times: "the city-state", "Its NODX", "its biggest market", a reversed rise.
    ("Singapore's key non-oil domestic exports (NODX) fell 4.6 per cent year-on-year in October, "
     "reversing a 2.1 per cent rise in September, Enterprise Singapore said on Nov 16. Electronics "
     "shipments from the city-state rose 11.2 per cent, but non-electronics slid 8.9 per cent. Its NODX "
     "to the United States, its biggest market, dropped 17.3 per cent.",
     [R(f="export", r=SG, c=NODX, d="down", pct=4.6, b="yoy", src=ESG, **OCT),
      OPT(f="export", r=SG, c=NODX, d="up", pct=2.1, **SEP),
      R(f="export", r=SG, c=ELEC, d="up", pct=11.2, b=DC, src=ESG, **OCT),
      R(f="export", r=SG, c=NONELEC, d="down", pct=8.9, b=DC, src=ESG, **OCT),
      R(f="export", r=SG, p=US, c=NODX, d="down", pct=17.3, b=DC, src=ESG, **OCT)]),

    # P05 SPA/Arab News: the change in the first sentence, the value in "They reached", "the
    # kingdom's", a ratio (no record).
    ("Non-oil exports from Saudi Arabia, including re-exports, rose 11.8% year-on-year in September, the "
     "General Authority for Statistics said on Tuesday. They reached SAR 26.3 billion, while the "
     "kingdom's merchandise imports increased 4.2% to SAR 68.9 billion. The ratio of non-oil exports to "
     "imports rose to 38.2% from 35.6% a year earlier.",
     [R(f="export", r=SA, c=NONOIL, v=26.3e9, cur="SAR", d="up", pct=11.8, b="yoy", src=GASTAT, **SEP),
      R(f="import", r=SA, c=DC, v=68.9e9, cur="SAR", d="up", pct=4.2, b=DC, src=GASTAT, **SEP)]),

    # P06 Vietnam News Agency: "the Southeast Asian nation", "the world's largest economy" as a
    # partner, a buyer as the subject ("The US ... absorbing").
    ("Vietnam's trade surplus with the United States reached 118.4 billion USD in the first 10 months "
     "of 2029, up 14.7 percent over the same period last year, according to the General Department of "
     "Customs. The US remained the largest export market of the Southeast Asian nation, absorbing 136.9 "
     "billion USD worth of its goods, while imports from the world's largest economy amounted to 18.5 "
     "billion USD.",
     [R(f="balance", r=VN, p=US, v=118.4e9, cur="USD", bal="surplus", d="up", pct=14.7, b="yoy",
        src=VNCUS, **YTD10),
      R(f=["export", "import"], r=VN + US, p=VN + US, c=DC, v=136.9e9, cur="USD", src=VNCUS, **YTD10),
      R(f="import", r=VN, p=US, v=18.5e9, cur="USD", src=VNCUS, **YTD10)]),

    # P07 UzA/Dunyo translated copy: a headline-like first line gives reporter and period, "the
    # republic", "the negative balance".
    ("Uzbekistan: foreign trade turnover for January-October. According to the Statistics Agency "
     "under the President of the Republic of Uzbekistan, the foreign trade turnover of the republic "
     "amounted to 63.8 billion US dollars, an increase of 9.6 percent compared to the same period of "
     "2028. Exports amounted to 26.1 billion dollars and imports to 37.7 billion dollars, the negative "
     "balance reaching 11.6 billion dollars.",
     [R(f="total", r=UZ, v=63.8e9, cur="USD", d="up", pct=9.6, b=DC, src=UZSTAT, **YTD10),
      R(f="export", r=UZ, v=26.1e9, cur="USD", src=UZSTAT, **YTD10),
      R(f="import", r=UZ, v=37.7e9, cur="USD", src=UZSTAT, **YTD10),
      R(f="balance", r=UZ, v=11.6e9, cur="USD", bal="deficit", src=UZSTAT, **YTD10)]),

    # P08 Kazinform: "registered", "during the said period", "the country's exports to the union",
    # a part by partner.
    ("Kazakhstan's exports to the member states of the Eurasian Economic Union registered 7.9 billion "
     "US dollars in January-September 2029, Kazinform reports, citing the Bureau of National "
     "Statistics. Imports from the EAEU countries amounted to 14.6 billion dollars during the said "
     "period, down 3.1 percent year-on-year. Russia accounted for 6.2 billion dollars of the country's "
     "exports to the union.",
     [R(f="export", r=KZ, p=EAEU, v=7.9e9, cur="USD", src=KZSTAT, **YTD9),
      R(f="import", r=KZ, p=EAEU, v=14.6e9, cur="USD", d="down", pct=3.1, b="yoy", src=KZSTAT, **YTD9),
      R(f="export", r=KZ, p=RU, v=6.2e9, cur="USD", src=KZSTAT, **YTD9)]),

    # P09 Montsame: "its southern neighbour", "exports to the country" (the country = China, the
    # partner), "in the period".
    ("Mongolia's foreign trade turnover reached 19.7 billion US dollars in the first 10 months of 2029, "
     "the National Statistics Office said. Trade with China, its southern neighbour and largest trading "
     "partner, made up 13.1 billion dollars of the total, of which exports to the country accounted for "
     "10.4 billion dollars. Coal exports in the period totalled 71.3 million tonnes, up 8.2 percent.",
     [R(f="total", r=MN, v=19.7e9, cur="USD", src=NSOMN, **YTD10),
      R(f="total", r=MN, p=CN, v=13.1e9, cur="USD", src=NSOMN, **YTD10),
      R(f="export", r=MN, p=CN, v=10.4e9, cur="USD", src=NSOMN, **YTD10),
      R(f="export", r=MN, c="coal", vol=71.3e6, u=TON, d="up", pct=8.2, b=DC, src=NSOMN, **YTD10)]),

    # P10 a national and a sub-national exporter of one good: Iraq's federal exports and the
    # Kurdistan region's shipments, each with its own source.
    ("Iraq's federal oil exports averaged 3.36 million barrels per day in October, the oil ministry said "
     "on Sunday. Shipments from the semi-autonomous Kurdistan region through the pipeline to Turkey's "
     "Ceyhan port, which the ministry counts separately, averaged 231,000 bpd, according to the "
     "Kurdistan Regional Government.",
     [R(f="export", r=IQ, c=CRUDE, vol=3.36e6, u=BBL, volq=DC, src=IQOIL, **OCT),
      R(f="export", r=KURD, p=DC, c=CRUDE, vol=231000, u=BBL, volq=DC, src=KRG, **OCT)]),

    # P11 APS: "dollars", "against ... in the same period of 2028", "the North African country",
    # "during the said period", "of which".
    ("Algeria's merchandise trade recorded a surplus of 3.84 billion dollars in the first nine months of "
     "2029, against 5.12 billion dollars in the same period of 2028, according to figures from the "
     "Directorate General of Customs (DGD). Exports of the North African country reached 35.62 billion "
     "dollars during the said period, of which hydrocarbons accounted for 32.18 billion dollars, while "
     "imports amounted to 31.78 billion dollars.",
     [R(f="balance", r=DZ, c=DC, v=3.84e9, cur="USD", bal="surplus", d="down", pct=DC, by=DC, b=DC,
        src=DZCUS, **YTD9),
      OPT(f="balance", r=DZ, c=DC, v=5.12e9, cur="USD", bal="surplus", **YTD9_28),
      R(f="export", r=DZ, c=DC, v=35.62e9, cur="USD", src=DZCUS, **YTD9),
      R(f="export", r=DZ, c=HYDRO, v=32.18e9, cur="USD", src=DZCUS, **YTD9),
      R(f="import", r=DZ, c=DC, v=31.78e9, cur="USD", src=DZCUS, **YTD9)]),

    # P12 single sentence, KUNA: "on an annual basis", "dinars", "the Gulf state's".
    ("Kuwait's non-oil exports rose 7.4 percent on an annual basis to 612 million dinars in the second "
     "quarter of 2029, while the Gulf state's imports declined 2.8 percent to 2.94 billion dinars, the "
     "Central Statistical Bureau said in a report carried by KUNA.",
     [R(f="export", r=KW, c=NONOIL, v=612e6, cur="KWD", d="up", pct=7.4, b="yoy", src=KWCSB, **Q2),
      R(f="import", r=KW, v=2.94e9, cur="KWD", d="down", pct=2.8, b=DC, src=KWCSB, **Q2)]),

    # P13 MTI: a headline-like first sentence gives reporter, period and source; "EUR 12.41
    # billion"; preliminary; a surplus "EUR 0.47 billion less than a year earlier".
    ("Hungary's trade surplus narrowed in September, preliminary data from the Central Statistical "
     "Office (KSH) showed on Friday. The value of exports fell 2.3% year-on-year to EUR 12.41 billion, "
     "while imports rose 1.6% to EUR 11.38 billion, leaving a surplus of EUR 1.03 billion, EUR 0.47 "
     "billion less than a year earlier.",
     [R(f="export", r=HU, v=12.41e9, cur="EUR", vq=DC, d="down", pct=2.3, b="yoy", src=KSH, **SEP),
      R(f="import", r=HU, v=11.38e9, cur="EUR", vq=DC, d="up", pct=1.6, b=DC, src=KSH, **SEP),
      R(f="balance", r=HU, v=1.03e9, cur="EUR", vq=DC, bal="surplus", d="down", pct=DC, by=0.47e9,
        byc="EUR", b="yoy", src=KSH, **SEP)]),

    # P14 CTK: a headline-like line, "CZK", a balance "worse than in September 2028", changes "in
    # the said month" without values.
    ("Czech foreign trade: surplus for September. The Czech Republic's foreign trade in goods ended "
     "September with a surplus of CZK 18.6 billion, the Czech Statistical Office (CZSO) said. The "
     "balance was CZK 4.9 billion worse than in September 2028. Exports fell by 1.8% year-on-year in "
     "the said month, while imports grew by 2.4%.",
     [R(f="balance", r=CZ, c=DC, v=18.6e9, cur="CZK", bal="surplus", d="down", pct=DC, by=4.9e9,
        byc="CZK", b=DC, src=CZSO, **SEP),
      R(f="export", r=CZ, c=DC, d="down", pct=1.8, b="yoy", src=CZSO, **SEP),
      R(f="import", r=CZ, c=DC, d="up", pct=2.4, b=DC, src=CZSO, **SEP)]),

    # P15 ANA-MPA: reporter and source in a first sentence without a figure, "climbed faster,
    # by 5.6%", "Excluding petroleum products, exports rose 6.1%".
    ("Greece's trade deficit widened in the first nine months of the year, according to the Hellenic "
     "Statistical Authority (ELSTAT). Exports of goods rose 3.2% to 40.71 billion euros in "
     "January-September, but imports climbed faster, by 5.6%, to 71.35 billion euros, taking the "
     "deficit to 30.64 billion euros. Excluding petroleum products, exports rose 6.1%.",
     [R(f="export", r=GR, c=DC, v=40.71e9, cur="EUR", d="up", pct=3.2, b=DC, src=ELSTAT, **YTD9),
      R(f="import", r=GR, c=DC, v=71.35e9, cur="EUR", d="up", pct=5.6, b=DC, src=ELSTAT, **YTD9),
      R(f="balance", r=GR, c=DC, v=30.64e9, cur="EUR", bal="deficit", d=DC, pct=DC, by=DC, b=DC,
        src=ELSTAT, **YTD9),
      R(f="export", r=GR, c=DC, d="up", pct=6.1, b=DC, src=ELSTAT, **YTD9)]),

    # P16 Agerpres: FOB/CIF, "the reference period", a deficit "1.9 billion euros higher than in
    # the first nine months of last year".
    ("Romania's FOB exports totalled 74.2 billion euros in January-September 2029, up 2.7% compared to "
     "the same period of 2028, while CIF imports reached 96.8 billion euros, an increase of 4.1%, "
     "according to data released on Monday by the National Institute of Statistics (INS). The trade "
     "deficit (FOB/CIF) in the reference period was 22.6 billion euros, 1.9 billion euros higher than "
     "in the first nine months of last year.",
     [R(f="export", r=RO, v=74.2e9, cur="EUR", d="up", pct=2.7, b=DC, src=INSRO, **YTD9),
      R(f="import", r=RO, v=96.8e9, cur="EUR", d="up", pct=4.1, b=DC, src=INSRO, **YTD9),
      R(f="balance", r=RO, v=22.6e9, cur="EUR", bal="deficit", d=DC, pct=DC, by=1.9e9, byc="EUR", b=DC,
        src=INSRO, **YTD9)]),

    # P17 Tanjug: "the country's main partner", a share (no record), "the bloc", "imports from it".
    ("Serbia's foreign trade in goods amounted to 58.3 billion euros in the first ten months of 2029, up "
     "5.4 percent year-on-year, the Statistical Office said. The European Union remained the country's "
     "main partner, accounting for 59.7 percent of the total. Exports to the bloc reached 18.9 billion "
     "euros, while imports from it stood at 15.9 billion euros.",
     [R(f="total", r=RS, c=DC, v=58.3e9, cur="EUR", d="up", pct=5.4, b="yoy", src=RZS, **YTD10),
      R(f="export", r=RS, p=EU, c=DC, v=18.9e9, cur="EUR", src=RZS, **YTD10),
      R(f="import", r=RS, p=EU, c=DC, v=15.9e9, cur="EUR", src=RZS, **YTD10)]),

    # P18 RTE: "the State" (the CSO's name for Ireland), the period only in the first sentence.
    ("Ireland's goods exports fell sharply in September. The value of goods exported from the State "
     "dropped 21% year-on-year to €17.9 billion, the Central Statistics Office said, as shipments of "
     "medical and pharmaceutical products to the United States slumped 38% to €6.1 billion. Imports rose "
     "4% to €11.2 billion, and the goods trade surplus narrowed to €6.7 billion.",
     [R(f="export", r=IE, c=DC, v=17.9e9, cur="EUR", d="down", pct=21, b="yoy", src=CSO, **SEP),
      R(f="export", r=IE, p=US, c=PHARMA, v=6.1e9, cur="EUR", d="down", pct=38, b=DC, src=CSO, **SEP),
      R(f="import", r=IE, c=DC, v=11.2e9, cur="EUR", d="up", pct=4, b=DC, src=CSO, **SEP),
      R(f="balance", r=IE, c=DC, v=6.7e9, cur="EUR", bal="surplus", d="down", pct=DC, by=DC, b=DC,
        src=CSO, **SEP)]),

    # P19 Focus Taiwan: "the island" twice, the record word in the first sentence.
    ("Taiwan's exports hit a record high for a single month in October, the Ministry of Finance said. "
     "Outbound shipments from the island rose 27.4 percent from a year earlier to US$62.8 billion, as "
     "demand for AI servers stayed strong. Exports to the United States, which overtook China and Hong "
     "Kong as the island's largest market last year, surged 61.2 percent to US$24.3 billion.",
     [R(f="export", r=TW, v=62.8e9, cur="USD", vq=HIGHEST, d="up", pct=27.4, b="yoy", src=TWMOF, **OCT),
      R(f="export", r=TW, p=US, v=24.3e9, cur="USD", d="up", pct=61.2, b=DC, src=TWMOF, **OCT)]),

    # ---------------------------------------------------------------- Two economies, mirror data
    # P20 Reuters: the same flow pair from both sides, each in its own currency.
    ("China's imports from Australia fell 9.4 percent year on year to $98.6 billion in the first 10 "
     "months, Chinese customs data showed. Australian figures tell a different story: the Australian "
     "Bureau of Statistics put the value of goods exported to China over the same period at A$161.3 "
     "billion, up 1.2 percent.",
     [R(f="import", r=CN, p=AU, v=98.6e9, cur="USD", d="down", pct=9.4, b="yoy", src=GAC, **YTD10),
      R(f="export", r=AU, p=CN, c=DC, v=161.3e9, cur="AUD", d="up", pct=1.2, b=DC, src=ABS, **YTD10)]),

    # P21 mirror statistics that disagree; "the country's imports" after "Chinese customs"; the
    # discrepancy is no figure.
    ("Vietnam's customs department recorded exports to China of $53.2 billion in the first nine months, "
     "up 11.6% from a year earlier. Chinese customs, however, put the country's imports from Vietnam at "
     "$68.9 billion for the same period, a discrepancy of $15.7 billion that analysts attribute to "
     "unrecorded border trade and re-routed goods.",
     [R(f="export", r=VN, p=CN, v=53.2e9, cur="USD", d="up", pct=11.6, b="yoy", src=VNCUS, **YTD9),
      R(f="import", r=CN, p=VN, v=68.9e9, cur="USD", src=GAC, **YTD9)]),

    # P22 bilateral turnover from both sides: "the republic's turnover", "its eastern neighbour".
    ("China-Kazakhstan trade rose 6.3% year-on-year to $39.8 billion in January-September, according to "
     "China's General Administration of Customs. Kazakh statistics show a much smaller figure: the "
     "Bureau of National Statistics put the republic's turnover with China at $26.1 billion for the same "
     "period, with exports to its eastern neighbour worth $11.4 billion.",
     [R(f="total", r=CN, p=KZ, v=39.8e9, cur="USD", d="up", pct=6.3, b="yoy", src=GAC, **YTD9),
      R(f="total", r=KZ, p=CN, v=26.1e9, cur="USD", src=KZBNS, **YTD9),
      R(f="export", r=KZ, p=CN, v=11.4e9, cur="USD", src=KZBNS, **YTD9)]),

    # P23 IRNA: the Iranian year, "the country's non-oil goods", buyers as subjects.
    ("Iran's non-oil exports reached $34.7 billion in the first seven months of the current Iranian "
     "year (March 21 to October 22), up 4.1 percent year on year, the Islamic Republic of Iran Customs "
     "Administration (IRICA) said. China remained the top buyer of the country's non-oil goods, "
     "purchasing $9.6 billion worth, followed by Iraq with $6.2 billion, IRNA reported.",
     [R(f="export", r=IR, c=NONOIL, v=34.7e9, cur="USD", d="up", pct=4.1, b="yoy", src=IRICA, **IRAN7),
      R(f=["export", "import"], r=[IR, CN], p=[IR, CN], c=NONOIL, v=9.6e9, cur="USD", src=IRICA, **IRAN7),
      R(f=["export", "import"], r=[IR, IQ], p=[IR, IQ], c=NONOIL, v=6.2e9, cur="USD", src=IRICA,
        **IRAN7)]),

    # P24 El Tiempo: bilateral trade from one side's statistics agency, "the neighbouring country".
    ("Trade between Colombia and Venezuela reached $1.41 billion in the first nine months of 2029, up "
     "22.6% from a year earlier, Colombia's statistics agency DANE said. Colombian exports to the "
     "neighbouring country accounted for $1.02 billion of the total, while imports from Venezuela were "
     "$390 million, according to the Colombian-Venezuelan Chamber of Commerce, which compiles the DANE "
     "data.",
     [R(f="total", r=CO, p=VE, v=1.41e9, cur="USD", d="up", pct=22.6, b="yoy", src=DANE14, **YTD9),
      R(f="export", r=CO, p=VE, v=1.02e9, cur="USD", src=DANE14, **YTD9),
      R(f="import", r=CO, p=VE, v=390e6, cur="USD", src=DANE14, **YTD9)]),

    # P25 Reuters Caracas: partners with "the country's largest buyer", "its closest ally".
    ("Venezuela's oil exports rose 12% in October to an average of 942,000 barrels per day, according to "
     "shipping data and documents from state company PDVSA. Shipments to China, the country's largest "
     "buyer, averaged 611,000 bpd, while cargoes to the United States, all of them chartered by Chevron, "
     "totalled 248,000 bpd. Exports of fuel to Cuba, its closest ally, were about 38,000 bpd.",
     [R(f="export", r=VE, c=CRUDE, vol=942000, u=BBL, volq=DC, d="up", pct=12, b=DC, src=PDVSA, **OCT),
      R(f="export", r=VE, p=CN, c=CRUDE, vol=611000, u=BBL, volq=DC, src=PDVSA, **OCT),
      R(f="export", r=VE, p=US, c=CRUDE, vol=248000, u=BBL, src=PDVSA, **OCT),
      R(f="export", r=VE, p=CU, c=FUEL, vol=38000, u=BBL, volq=ABOUT, src=PDVSA, **OCT)]),

    # P26 Anadolu/Times of Israel: one flow pair, two reporters that disagree.
    ("Turkey's exports to Israel, officially halted since May 2024, were recorded at just $2.1 million "
     "in September, Turkish Statistical Institute data showed. Israel's Central Bureau of Statistics, "
     "however, registered imports of goods of Turkish origin worth $118 million in the same month, much "
     "of them routed through third countries.",
     [R(f="export", r=TR, p=IL, v=2.1e6, cur="USD", vq=DC, src=TURKSTAT, **SEP),
      R(f="import", r=IL, p=TR, c=DC, v=118e6, cur="USD", src=CBSIL, **SEP)]),

    # P27 Vientiane Times / Bangkok Post: two reporters, "its northern neighbour".
    ("Laos' exports to Thailand rose 8.7% to $2.43 billion in the first nine months, the Lao Ministry "
     "of Industry and Commerce said, with electricity making up the bulk. Thailand's commerce ministry, "
     "which counts border trade separately, reported imports from its northern neighbour at 81.6 "
     "billion baht over the same period.",
     [R(f="export", r=LA, p=TH, v=2.43e9, cur="USD", d="up", pct=8.7, b=DC, src=LAMOIC, **YTD9),
      R(f="import", r=TH, p=LA, v=81.6e9, cur="THB", src=THMOC, **YTD9)]),

    # P28 TASS: "trade turnover between", "in the said period", "the South Asian country".
    ("Trade turnover between Russia and India amounted to $49.6 billion in January-September 2029, the "
     "Russian Federal Customs Service said. Russian exports to India in the said period stood at $45.8 "
     "billion, while imports from the South Asian country reached $3.8 billion, TASS reported.",
     [R(f="total", r=RU, p=IN, v=49.6e9, cur="USD", src=FCS, **YTD9),
      R(f="export", r=RU, p=IN, v=45.8e9, cur="USD", src=FCS, **YTD9),
      R(f="import", r=RU, p=IN, v=3.8e9, cur="USD", src=FCS, **YTD9)]),

    # P29 The Hindu BusinessLine: "the Gulf nation", "with it".
    ("India's exports to the UAE rose 12.3 per cent to $27.6 billion in April-September, commerce "
     "ministry data showed. Imports from the Gulf nation, India's third-largest trading partner, "
     "increased 6.8 per cent to $34.1 billion in the same period, widening New Delhi's trade deficit "
     "with it to $6.5 billion.",
     [R(f="export", r=IN, p=UAE, v=27.6e9, cur="USD", d="up", pct=12.3, b=DC, src=INCOM, **INAS),
      R(f="import", r=IN, p=UAE, v=34.1e9, cur="USD", d="up", pct=6.8, b=DC, src=INCOM, **INAS),
      R(f="balance", r=IN, p=UAE, v=6.5e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, b=DC, src=INCOM,
        **INAS)]),

    # P30 single sentence, BTA: "exports to and imports from ..., respectively".
    ("Bulgaria's exports to and imports from Turkey totalled 2.84 billion euros and 3.12 billion euros, "
     "respectively, in January-September, the National Statistical Institute said.",
     [R(f="export", r=BG, p=TR, v=2.84e9, cur="EUR", src=NSIBG, **YTD9),
      R(f="import", r=BG, p=TR, v=3.12e9, cur="EUR", src=NSIBG, **YTD9)]),

    # ---------------------------------------------------------------- Sub-national reporters
    # P31 Xinhua Hangzhou: a province and a city in it, "The province's", "in the period".
    ("The foreign trade of east China's Zhejiang Province reached 4.49 trillion yuan in the first 10 "
     "months of 2029, up 6.8 percent year on year, according to Hangzhou Customs. The province's exports "
     "rose 8.1 percent to 3.36 trillion yuan. Yiwu, a city in the province known for its small "
     "commodities market, exported 587.4 billion yuan worth of goods in the period, up 15.3 percent.",
     [R(f="total", r=ZJ, v=4.49e12, cur="CNY", d="up", pct=6.8, b="yoy", src=HZCUS, **YTD10),
      R(f="export", r=ZJ, v=3.36e12, cur="CNY", d="up", pct=8.1, b=DC, src=HZCUS, **YTD10),
      R(f="export", r=YIWU, c=DC, v=587.4e9, cur="CNY", d="up", pct=15.3, b=DC, src=HZCUS, **YTD10)]),

    # P32 single sentence, Xinhua Urumqi: a region's trade with a group and with one partner, a
    # share of "the region's" trade.
    ("Xinjiang's trade with the five Central Asian countries totaled 312.6 billion yuan in the first "
     "three quarters, up 18.4 percent year on year and accounting for 73.5 percent of the region's "
     "foreign trade, with trade with Kazakhstan alone reaching 186.2 billion yuan, according to Urumqi "
     "Customs.",
     [R(f="total", r=XJ, p=CASIA, v=312.6e9, cur="CNY", d="up", pct=18.4, b="yoy", src=URCUS, **YTD9),
      R(f="total", r=XJ, p=KZ, v=186.2e9, cur="CNY", src=URCUS, **YTD9)]),

    # P33 The Dallas Morning News: a state and the nation, "the Lone Star State", "its largest
    # market", "Nationwide".
    ("Texas exported $412.6 billion of goods in the first nine months of 2029, more than any other U.S. "
     "state for the 24th straight year, according to Census Bureau data. Shipments from the Lone Star "
     "State to Mexico, its largest market, rose 4.2% to $148.9 billion, while exports to Canada fell "
     "1.3% to $36.1 billion. Nationwide, U.S. goods exports were $1.58 trillion in the period.",
     [R(f="export", r=TX, c=DC, v=412.6e9, cur="USD", src=USDOC, **YTD9),
      R(f="export", r=TX, p=MX, c=DC, v=148.9e9, cur="USD", d="up", pct=4.2, b=DC, src=USDOC, **YTD9),
      R(f="export", r=TX, p=CA, c=DC, v=36.1e9, cur="USD", d="down", pct=1.3, b=DC, src=USDOC, **YTD9),
      R(f="export", r=US, c=DC, v=1.58e12, cur="USD", src=USDOC, **YTD9)]),

    # P34 single sentence, PTI: a state's exports and the national total, a share between them.
    ("Gujarat's exports rose 7.4 per cent to $68.2 billion in April-September, the first half of the "
     "current fiscal, accounting for 32.6 per cent of India's total merchandise exports of $209.2 "
     "billion in the period, commerce ministry data showed.",
     [R(f="export", r=GJ, v=68.2e9, cur="USD", d="up", pct=7.4, b=DC, src=INCOM, **INAS),
      R(f="export", r=IN, c=DC, v=209.2e9, cur="USD", src=INCOM, **INAS)]),

    # P35 The West Australian: a state's financial year, "the state's exports", the national
    # figure "for the year" from another agency.
    ("Western Australia's merchandise exports fell 6.8 per cent to A$184.7 billion in the 2028-29 "
     "financial year, the state's Department of Jobs, Tourism, Science and Innovation said. Iron ore "
     "accounted for A$112.3 billion of the state's exports, with China taking about 80 per cent. "
     "Australia's total goods exports for the year were A$462.1 billion, the ABS said.",
     [R(f="export", r=WAU, c=DC, v=184.7e9, cur="AUD", d="down", pct=6.8, b=DC, src=JTSI, **FYJJ28),
      R(f="export", r=WAU, c="iron ore", v=112.3e9, cur="AUD", src=JTSI, **FYJJ28),
      R(f="export", r=AU, c=DC, v=462.1e9, cur="AUD", src=ABS, **FYJJ28)]),

    # P36 Vietnam News: a customs district, "the northern port city", "Of the total".
    ("Goods cleared through Hai Phong customs reached $38.7 billion in the first 10 months of the year, "
     "up 9.2 per cent on-year, the Hai Phong Customs Department said. Of the total, exports through the "
     "northern port city amounted to $19.4 billion, while imports were $19.3 billion.",
     [R(f="total", r=HP, c=DC, v=38.7e9, cur="USD", d="up", pct=9.2, b="yoy", src=HPCUS, **YTD10),
      R(f="export", r=HP, c=DC, v=19.4e9, cur="USD", src=HPCUS, **YTD10),
      R(f="import", r=HP, c=DC, v=19.3e9, cur="USD", src=HPCUS, **YTD10)]),

    # P37 WorldCity: ports of entry as reporters, the change of the first in a later sentence
    # ("the Texas border city").
    ("Laredo remained the busiest U.S. port of entry for international trade in September, with $32.4 "
     "billion in imports and exports crossing through it, according to Census Bureau data analysed by "
     "WorldCity. Trade through the Texas border city rose 7.9% from September 2028, while trade through "
     "the Port of Los Angeles, the second busiest, fell 3.2% to $24.6 billion.",
     [R(f="total", r=LAREDO, v=32.4e9, cur="USD", d="up", pct=7.9, b=DC, src=CENSUS, **SEP),
      R(f="total", r=LAX, v=24.6e9, cur="USD", d="down", pct=3.2, b=DC, src=CENSUS, **SEP)]),

    # P38 Antara/BPS provincial office: "were recorded at", "compared to August 2029", "the
    # province's shipments", the main destination.
    ("The exports of Central Sulawesi Province in September 2029 were recorded at US$2.14 billion, an "
     "increase of 12.6 percent compared to August 2029, according to the provincial office of "
     "Statistics Indonesia (BPS). Iron and steel, mainly from the nickel smelters of Morowali, dominated "
     "the province's shipments with a value of US$1.87 billion, while China remained the main "
     "destination with US$1.52 billion.",
     [R(f="export", r=CSUL, v=2.14e9, cur="USD", d="up", pct=12.6, b=DC, src=BPSP, **SEP),
      R(f="export", r=CSUL, c=IRONSTEEL, v=1.87e9, cur="USD", src=BPSP, **SEP),
      R(f="export", r=CSUL, p=CN, c=DC, v=1.52e9, cur="USD", src=BPSP, **SEP)]),

    # P39 single sentence, Bernama: a Malaysian state, a good "accounting for".
    ("Sarawak's exports rose 4.2 per cent to RM112.6 billion in January-September, with liquefied "
     "natural gas accounting for RM49.8 billion, the Department of Statistics Malaysia said in data "
     "reported by Bernama.",
     [R(f="export", r=SARAWAK, v=112.6e9, cur="MYR", d="up", pct=4.2, b=DC, src=DOSM, **YTD9),
      R(f="export", r=SARAWAK, c=LNG, v=49.8e9, cur="MYR", src=DOSM, **YTD9)]),

    # P40 single sentence, Busan Ilbo: a city's exports next to the nation's growth.
    ("Exports by companies based in Busan rose 5.7% year-on-year to $1.28 billion in October, the Busan "
     "Chamber of Commerce and Industry said, citing Korea Customs Service data, while South Korea's "
     "total exports grew 8.4%.",
     [R(f="export", r=BUSAN, v=1.28e9, cur="USD", d="up", pct=5.7, b="yoy", src=BUSCCI, **OCT),
      R(f="export", r=KR, c=DC, d="up", pct=8.4, b=DC, src=DC, **OCT)]),

    # P41 single sentence, Calgary Herald: a province's exports and the nation's total, a share.
    ("Alberta's crude oil exports to the United States averaged 4.12 million barrels per day in the "
     "third quarter, up 3.5% from a year earlier, or about 93% of Canada's total crude exports of 4.43 "
     "million bpd, the Canada Energy Regulator said.",
     [R(f="export", r=ALBERTA, p=US, c=CRUDE, vol=4.12e6, u=BBL, volq=DC, d="up", pct=3.5, b="yoy",
        src=CER, **Q3),
      R(f="export", r=CA, c=CRUDE, vol=4.43e6, u=BBL, volq=DC, src=CER, **Q3)]),

    # P42 WAM: an emirate's non-oil trade, "registering a growth of", a list of three flows.
    ("Dubai's non-oil foreign trade reached AED 1.63 trillion in the first nine months of 2029, "
     "registering a growth of 9.8 per cent compared to the same period last year, according to data "
     "released by Dubai Customs. Exports amounted to AED 218.4 billion, re-exports to AED 512.7 billion "
     "and imports to AED 898.9 billion, WAM reported.",
     [R(f="total", r=DUBAI, c=NONOIL, v=1.63e12, cur="AED", d="up", pct=9.8, b="yoy", src=DUBCUS, **YTD9),
      R(f="export", r=DUBAI, c=DC, v=218.4e9, cur="AED", src=DUBCUS, **YTD9),
      R(f="export", r=DUBAI, c=DC, v=512.7e9, cur="AED", src=DUBCUS, **YTD9),
      R(f="import", r=DUBAI, c=DC, v=898.9e9, cur="AED", src=DUBCUS, **YTD9)]),

    # ---------------------------------------------------------------- Lists and bullets
    # P43 BelTA: "- " bullets that are not minus signs, a partner's part of the turnover.
    ("Belarus' foreign trade in goods, January-September 2029 (Belstat): - Turnover: $59.8 billion, up "
     "4.1% - Exports: $27.4 billion, up 1.8% - Imports: $32.4 billion, up 6.1% - Deficit: $5.0 "
     "billion. Russia accounted for $33.1 billion of the turnover.",
     [R(f="total", r=BY, c=DC, v=59.8e9, cur="USD", d="up", pct=4.1, b=DC, src=BELSTAT, **YTD9),
      R(f="export", r=BY, c=DC, v=27.4e9, cur="USD", d="up", pct=1.8, b=DC, src=BELSTAT, **YTD9),
      R(f="import", r=BY, c=DC, v=32.4e9, cur="USD", d="up", pct=6.1, b=DC, src=BELSTAT, **YTD9),
      R(f="balance", r=BY, c=DC, v=5.0e9, cur="USD", bal="deficit", src=BELSTAT, **YTD9),
      R(f="total", r=BY, p=RU, c=DC, v=33.1e9, cur="USD", src=BELSTAT, **YTD9)]),

    # P44 GNA: "•" bullets, goods under a total, a surplus line.
    ("Highlights of Ghana's merchandise trade for January-September, from the Bank of Ghana's Summary of "
     "Economic and Financial Data: • Total exports: US$17.42 billion • Gold: US$9.86 billion • Cocoa "
     "beans and products: US$1.73 billion • Crude oil: US$2.91 billion • Total imports: US$13.05 billion "
     "• Trade surplus: US$4.37 billion.",
     [R(f="export", r=GH, c=DC, v=17.42e9, cur="USD", src=BOG, **YTD9),
      R(f="export", r=GH, c="gold", v=9.86e9, cur="USD", src=BOG, **YTD9),
      R(f="export", r=GH, c=COCOA, v=1.73e9, cur="USD", src=BOG, **YTD9),
      R(f="export", r=GH, c=CRUDE, v=2.91e9, cur="USD", src=BOG, **YTD9),
      R(f="import", r=GH, c=DC, v=13.05e9, cur="USD", src=BOG, **YTD9),
      R(f="balance", r=GH, c=DC, v=4.37e9, cur="USD", bal="surplus", src=BOG, **YTD9)]),

    # P45 Prensa Libre: a numbered list with changes in parentheses, a Unicode minus.
    ("Guatemala's leading exports, January-September 2029 (Banco de Guatemala): 1) apparel, US$1.04 "
     "billion (+3.1%); 2) bananas, US$968 million (+6.4%); 3) cardamom, US$612 million (−11.2%); 4) "
     "coffee, US$598 million (+14.9%). Total exports: US$11.36 billion (+2.8%).",
     [R(f="export", r=GT, c=APPAREL, v=1.04e9, cur="USD", d="up", pct=3.1, b=DC, src=BANGUAT, **YTD9),
      R(f="export", r=GT, c=BANANAS, v=968e6, cur="USD", d="up", pct=6.4, b=DC, src=BANGUAT, **YTD9),
      R(f="export", r=GT, c="cardamom", v=612e6, cur="USD", d="down", pct=11.2, b=DC, src=BANGUAT, **YTD9),
      R(f="export", r=GT, c="coffee", v=598e6, cur="USD", d="up", pct=14.9, b=DC, src=BANGUAT, **YTD9),
      R(f="export", r=GT, c=DC, v=11.36e9, cur="USD", d="up", pct=2.8, b=DC, src=BANGUAT, **YTD9)]),

    # P46 WAM: "*" bullets of partners under a non-oil trade heading, the total after them.
    ("The UAE's non-oil foreign trade with its top partners in the first nine months of 2029, according "
     "to figures released by the Ministry of Economy: * China: AED 212.6 billion * India: AED 198.4 "
     "billion * Saudi Arabia: AED 96.1 billion * United States: AED 88.7 billion. Total non-oil trade "
     "reached AED 2.71 trillion in the period, up 14.2%.",
     [R(f="total", r=UAE, p=CN, c=NONOIL, v=212.6e9, cur="AED", src=UAEMIN, **YTD9),
      R(f="total", r=UAE, p=IN, c=NONOIL, v=198.4e9, cur="AED", src=UAEMIN, **YTD9),
      R(f="total", r=UAE, p=SA, c=NONOIL, v=96.1e9, cur="AED", src=UAEMIN, **YTD9),
      R(f="total", r=UAE, p=US, c=NONOIL, v=88.7e9, cur="AED", src=UAEMIN, **YTD9),
      R(f="total", r=UAE, c=NONOIL, v=2.71e12, cur="AED", d="up", pct=14.2, b=DC, src=UAEMIN, **YTD9)]),

    # ---------------------------------------------------------------- Quotes of officials
    # P47 ENA: "we earned" in a minister's quote, "He said the country's ... stood at".
    ("\"In the first quarter of this fiscal year, we earned $1.38 billion from coffee alone, 21 percent "
     "more than in the same quarter last year,\" Ethiopia's Minister of Agriculture told lawmakers, "
     "according to the Ethiopian News Agency (ENA). He said the country's total merchandise exports in "
     "the July-September quarter stood at $2.46 billion.",
     [R(f="export", r=ET, c="coffee", v=1.38e9, cur="USD", d="up", pct=21, b="yoy", src=ETMIN, **ETQ1),
      R(f="export", r=ET, c=DC, v=2.46e9, cur="USD", src=ETMIN, **Q3)]),

    # P48 single sentence, MTI: "our trade with China" last year and this year's growth.
    ("\"Last year our trade with China reached a record 12.1 billion euros, and in the first nine months "
     "of this year it has grown by a further 7 percent,\" Hungary's foreign minister said in Beijing on "
     "Monday, according to state news agency MTI.",
     [R(f="total", r=HU, p=CN, v=12.1e9, cur="EUR", vq=RECORD, src=HUMIN, **Y28),
      R(f="total", r=HU, p=CN, d="up", pct=7, b=DC, src=HUMIN, **YTD9)]),

    # P49 single sentence, ANA-MPA: a figure and a hypothetical in one quote.
    ("\"Our olive oil exports brought in 1.42 billion euros in the first nine months, up 38 percent, and "
     "if prices hold, they could top 2 billion euros for the year,\" the head of Greece's olive oil "
     "exporters' association told ANA-MPA.",
     [R(f="export", r=GR, c=OLIVE, v=1.42e9, cur="EUR", d="up", pct=38, b=DC,
        src=GROLIVE, **YTD9)]),

    # P50 Khmer Times: the change in the first sentence, the value in the quote ("The kingdom
    # shipped"), "our imports".
    ("Cambodia's exports to the United States rose 14.2 percent in the first 10 months of the year, a "
     "Ministry of Commerce spokesman said. \"The kingdom shipped goods worth $10.94 billion to the US "
     "market between January and October, while our imports from the US were only $412 million,\" he "
     "told Khmer Times.",
     [R(f="export", r=KH, p=US, c=DC, v=10.94e9, cur="USD", d="up", pct=14.2, b=DC, src=KHMOC, **YTD10),
      R(f="import", r=KH, p=US, v=412e6, cur="USD", vq=DC, src=KHMOC, **YTD10)]),

    # ---------------------------------------------------------------- Translated wire copy
    # P51 MENA: "registered", "compared to ... an increase of", "the bloc" = COMESA, "during the
    # said period".
    ("The value of Egypt's exports to the countries of the Common Market for Eastern and Southern Africa "
     "(COMESA) registered $2.84 billion during the first eight months of 2029, compared to $2.41 billion "
     "during the same period of 2028, an increase of 17.8 percent, the Central Agency for Public "
     "Mobilization and Statistics (CAPMAS) said in a statement carried by MENA. Egypt's imports from the "
     "bloc stood at $1.12 billion during the said period.",
     [R(f="export", r=EG, p=COMESA, v=2.84e9, cur="USD", d="up", pct=17.8, b=DC, src=CAPMAS14, **YTD8),
      OPT(f="export", r=EG, p=COMESA, v=2.41e9, cur="USD", **YTD8_28),
      R(f="import", r=EG, p=COMESA, v=1.12e9, cur="USD", src=CAPMAS14, **YTD8)]),

    # P52 Prensa Latina: "between January and September", "the said period", "the country's main
    # export product".
    ("Nicaragua's exports under the free-trade zone regime reached 2.87 billion dollars between January "
     "and September, 5.2 percent more than in the same period of the previous year, the Central Bank of "
     "Nicaragua reported, according to Prensa Latina. Gold, the country's main export product outside "
     "those zones, brought in 1.64 billion dollars in the said period.",
     [R(f="export", r=NI, c=DC, v=2.87e9, cur="USD", d="up", pct=5.2, b="yoy",
        src=["Central Bank of Nicaragua", "central bank", "BCN", "Prensa Latina"], **YTD9),
      R(f="export", r=NI, c="gold", v=1.64e9, cur="USD",
        src=["Central Bank of Nicaragua", "central bank", "BCN", "Prensa Latina"], **YTD9)]),

    # P53 single sentence: "the landlocked nation" before the name, "Laos' Ministry".
    ("Rubber exports earned the landlocked nation $398 million in the first nine months, up 21 percent, "
     "Laos' Ministry of Industry and Commerce said, with China buying most of the crop.",
     [R(f="export", r=LA, c="rubber", v=398e6, cur="USD", d="up", pct=21, b=DC, src=LAMOIC, **YTD9)]),

    # P54 single sentence: "the kingdom" named only by "Thai" and "Thailand" later, a ranking.
    ("Rice exports from the kingdom rose 6.4% to 7.82 million tonnes in January-October, the Thai Rice "
     "Exporters Association said, keeping Thailand in second place behind India among the world's "
     "suppliers.",
     [R(f="export", r=TH, c="rice", vol=7.82e6, u=TON, d="up", pct=6.4, b=DC, src=TREA, **YTD10)]),

    # P55 single sentence: "the world's largest copper producer" named by "Chile's central bank".
    ("Outbound shipments from the world's largest copper producer rose 9.1% to $8.92 billion in October, "
     "Chile's central bank said, as higher copper prices offset weaker volumes.",
     [R(f="export", r=CL, v=8.92e9, cur="USD", d="up", pct=9.1, b=DC, src=BCCH, **OCT)]),

    # P56 single sentence: "Southeast Asia's largest economy" named by "Indonesian" and "Jakarta".
    ("Exports from Southeast Asia's largest economy to the European Union rose 11.2% to $15.6 billion in "
     "January-October, Indonesian statistics showed, ahead of the bloc's trade pact with Jakarta taking "
     "effect.",
     [R(f="export", r=ID, p=EU, v=15.6e9, cur="USD", d="up", pct=11.2, b=DC, src=DC, **YTD10)]),

    # P57 single sentence: "The Islamic Republic's", Iran named later in the sentence, a share.
    ("The Islamic Republic's crude exports averaged 1.62 million barrels per day in October, according "
     "to tanker-tracking firm Kpler, with almost all of Iran's oil going to independent refiners in "
     "China.",
     [R(f="export", r=IR, c=CRUDE, vol=1.62e6, u=BBL, volq=DC, src=KPLER, **OCT)]),

    # P58 single sentence: "Omani" as the reporter's only name, "by the end of September".
    ("Omani non-oil exports to India rose 17% to RO 612 million by the end of September, data from the "
     "National Centre for Statistics and Information showed.",
     [R(f="export", r=OM, p=IN, c=NONOIL, v=612e6, cur="OMR", d="up", pct=17, b=DC, src=NCSI, **CUM9)]),

    # P59 single sentence: "the world's second-largest grower", a season to date.
    ("Cocoa bean exports from the world's second-largest grower slumped 31% to 214,000 tonnes in the "
     "first seven weeks of the 2029/30 season, which began on Oct. 1, Ghana Cocoa Board data showed.",
     [R(f="export", r=GH, c=COCOA, vol=214000, u=TON, d="down", pct=31, b=DC, src=COCOBOD, **SEASON)]),

    # P60 single sentence: "the 27-nation bloc" as reporter, "the U.S." as partner of the
    # imports.
    ("Exports from the 27-nation bloc to the United States fell 9.8% to €412.7 billion in "
     "January-September, Eurostat said, while imports from the U.S. rose 4.1% to €248.3 billion.",
     [R(f="export", r=EU, p=US, v=412.7e9, cur="EUR", d="down", pct=9.8, b=DC, src=EUROSTAT, **YTD9),
      R(f="import", r=EU, p=US, v=248.3e9, cur="EUR", d="up", pct=4.1, b=DC, src=EUROSTAT, **YTD9)]),

    # P61 single sentence, RTHK: "the special administrative region", "the city's".
    ("Re-exports from the special administrative region to the mainland rose 14.2 percent in September, "
     "Hong Kong's Census and Statistics Department said, while the city's total exports of goods grew "
     "11.9 percent to HK$432.6 billion.",
     [R(f="export", r=HK, p=MAINLAND, c=DC, d="up", pct=14.2, b=DC, src=CSD, **SEP),
      R(f="export", r=HK, c=DC, v=432.6e9, cur="HKD", d="up", pct=11.9, b=DC, src=CSD, **SEP)]),

    # P62 single sentence: the EU's imports of Chinese cars, "the bloc's" duties without a rate.
    ("The European Union's imports of Chinese battery-electric cars fell 23% by value to €7.4 billion in "
     "the first nine months, Eurostat data showed, two years after the bloc's countervailing duties took "
     "effect.",
     [R(f="import", r=EU, p=CN, c=EV, v=7.4e9, cur="EUR", d="down", pct=23, b=DC, src=EUROSTAT, **YTD9)]),

    # ---------------------------------------------------------------- Corrections and revisions
    # P63 a revision up from a preliminary figure, then the first estimate of the next month
    # with a month-on-month change.
    ("Denmark's exports of goods in September were revised up to 128.4 billion kroner from a preliminary "
     "124.9 billion kroner, Statistics Denmark said on Friday, mainly because of higher recorded "
     "shipments of pharmaceuticals. In October, goods exports fell 2.6 percent from September to 125.1 "
     "billion kroner, according to the first estimate.",
     [R(f="export", r=DK, c=DC, v=128.4e9, cur="DKK", vq=DC, d=DC, pct=DC, by=DC, b=DC, src=STATDK, **SEP),
      OPT(f="export", r=DK, c=DC, v=124.9e9, cur="DKK", **SEP),
      R(f="export", r=DK, c=DC, v=125.1e9, cur="DKK", vq=DC, d="down", pct=2.6, b="mom", src=STATDK,
        **OCT)]),

    # P64 a "CORRECTED-" headline with its note, then the body: the corrected record, the
    # headline's restatement an optional twin.
    ("CORRECTED-Czech car exports to Germany fell 6.1% in Q3 (Corrects partner in headline and first "
     "paragraph to Germany from France) Czech exports of passenger cars to Germany fell 6.1% "
     "year-on-year to 71.4 billion crowns in the third quarter, the Czech Statistical Office said. "
     "Germany takes about a third of the country's car exports.",
     [R(f="export", r=CZ, p=DE, c=CARS, v=71.4e9, cur="CZK", d="down", pct=6.1, b="yoy", src=CZSO, **Q3),
      OPT(f="export", r=CZ, p=DE, c=CARS, d="down", pct=6.1, **Q3)]),

    # P65 Lusa: a deficit widening after the previous month "was revised down to ... from ...
    # previously reported".
    ("Portugal's trade deficit in goods widened to 2.71 billion euros in September, statistics "
     "institute INE said, after the August gap was revised down to 2.03 billion euros from 2.18 billion "
     "euros previously reported. Exports rose 3.4% year-on-year to 6.42 billion euros.",
     [R(f="balance", r=PT, c=DC, v=2.71e9, cur="EUR", bal="deficit", d=DC, pct=DC, by=DC, b=DC, src=INEPT,
        **SEP),
      R(f="balance", r=PT, c=DC, v=2.03e9, cur="EUR", vq=DC, bal="deficit", d=DC, pct=DC, by=DC, b=DC,
        src=INEPT, **AUG),
      OPT(f="balance", r=PT, c=DC, v=2.18e9, cur="EUR", bal="deficit", **AUG),
      R(f="export", r=PT, c=DC, v=6.42e9, cur="EUR", d="up", pct=3.4, b="yoy", src=INEPT, **SEP)]),

    # ---------------------------------------------------------------- Anaphora of a figure
    # P66 Dawn: "The figure was 8.9 percent higher" (one record with the first sentence's
    # value), Pakistan's FY30.
    ("Pakistan's exports rose to $11.42 billion in July-October, the first four months of FY30, the "
     "Pakistan Bureau of Statistics said on Friday. The figure was 8.9 percent higher than in the same "
     "period last year. Imports, meanwhile, reached $19.37 billion, up 11.6 percent, pushing the trade "
     "deficit to $7.95 billion.",
     [R(f="export", r=PK, v=11.42e9, cur="USD", d="up", pct=8.9, b="yoy", src=PBS, **PKJO),
      R(f="import", r=PK, v=19.37e9, cur="USD", d="up", pct=11.6, b=DC, src=PBS, **PKJO),
      R(f="balance", r=PK, v=7.95e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, b=DC, src=PBS,
        **PKJO)]),

    # P67 Portafolio: "This represented a decrease of 3.7%", a to-date total after it.
    ("Colombian exports totalled $4.31 billion FOB in September, according to DANE. This represented a "
     "decrease of 3.7% compared with September 2028, mainly due to lower sales of coal and oil. In the "
     "first nine months, exports amounted to $37.9 billion, 1.2% more than a year earlier.",
     [R(f="export", r=CO, v=4.31e9, cur="USD", d="down", pct=3.7, b=DC, src=DANE, **SEP),
      R(f="export", r=CO, v=37.9e9, cur="USD", d="up", pct=1.2, b="yoy", src=DANE, **YTD9)]),

    # P68 Club of Mozambique: value and volume of coal with different changes, "The southern
    # African nation earned", "the country's top export".
    ("Mozambique's coal exports fell 14% to 9.8 million tonnes in the first nine months of 2029, the "
     "National Institute of Statistics said. The southern African nation earned $1.31 billion from the "
     "shipments, down from $1.87 billion in the same period last year, as prices weakened. Aluminium, "
     "the country's top export by value, brought in $1.06 billion.",
     [R(f="export", r=MZ, c="coal", vol=9.8e6, u=TON, v=DC, cur=DC, d="down", pct=14, b=DC, src=INEMZ,
        **YTD9),
      R(f="export", r=MZ, c="coal", v=1.31e9, cur="USD", vol=DC, u=DC, d="down", pct=DC, by=DC, b="yoy",
        src=INEMZ, **YTD9),
      OPT(f="export", r=MZ, c="coal", v=1.87e9, cur="USD", **YTD9_28),
      R(f="export", r=MZ, c=ALU, v=1.06e9, cur="USD", src=INEMZ, **YTD9)]),

    # P69 L'Orient-Le Jour: a headline-like "Lebanon, January-September 2029:", a destination
    # as the subject.
    ("Lebanon, January-September 2029: imports rose 4.6% year-on-year to $13.82 billion, while exports "
     "fell 2.1% to $2.47 billion, widening the trade deficit to $11.35 billion, according to Lebanese "
     "Customs figures. Switzerland, mainly for gold, was the largest destination, taking $412 million.",
     [R(f="import", r=LB, v=13.82e9, cur="USD", d="up", pct=4.6, b="yoy", src=LBCUS, **YTD9),
      R(f="export", r=LB, v=2.47e9, cur="USD", d="down", pct=2.1, b=DC, src=LBCUS, **YTD9),
      R(f="balance", r=LB, v=11.35e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, b=DC, src=LBCUS,
        **YTD9),
      R(f=["export", "import"], r=[LB, "Switzerland"], p=[LB] + CH, c=DC, v=412e6, cur="USD", src=LBCUS,
        **YTD9)]),

    # P70 Página Siete: "the Andean nation's gas", a buyer as subject with a volume per day.
    ("Bolivia's natural gas exports fell 18.2% to $812 million in the first nine months, the National "
     "Institute of Statistics (INE) said. Brazil, now the only buyer of the Andean nation's gas, took an "
     "average of 11.4 million cubic metres per day. Overall, Bolivia's exports totalled $7.14 billion in "
     "the period.",
     [R(f="export", r=BO, c=GAS, v=812e6, cur="USD", d="down", pct=18.2, b=DC, src=INEBO, **YTD9),
      R(f=["export", "import"], r=[BO, BR], p=[BO, BR], c=GAS, vol=11.4e6, u=M3, volq=DC, src=INEBO,
        **YTD9),
      R(f="export", r=BO, c=DC, v=7.14e9, cur="USD", src=INEBO, **YTD9)]),
]

NEG = [
    # N01 "could reach ... if current trends hold".
    "Vietnam's exports to the United States could reach $165 billion this year if current trends hold, "
    "a deputy minister of industry and trade told the National Assembly.",
    # N02 "would have risen above" (a counterfactual of a past year).
    "Without the drought, Ethiopia's coffee export earnings would have risen above $2.5 billion in the "
    "2028/29 fiscal year, an official of the Ethiopian Coffee and Tea Authority said.",
    # N03 "did not exceed" as a bound over past years.
    "Cuba's sugar exports did not exceed 200,000 tonnes in any of the past five harvests, Prensa Latina "
    "said, citing officials of the state sugar group AZCUBA.",
    # N04 a denied figure.
    "Ghana's gold board denied reports that exports of the metal to the United Arab Emirates had exceeded "
    "100 tonnes last year, calling the figure unfounded.",
    # N05 "could lose up to ... if the tariffs stay".
    "If U.S. tariffs stay at current levels, Romania could lose up to 1.2 billion euros a year in exports "
    "to the United States, the Romanian Exporters' Association estimated.",
    # N06 "would have been ... lower" under a tariff that was not in force.
    "Had the proposed U.S. pharmaceutical tariffs been in force last year, Ireland's exports of medicines "
    "to the United States would have been about €9 billion lower, the Economic and Social Research "
    "Institute estimated.",
    # N07 KCNA: a production plan in percent, exports without a figure.
    "The DPRK's light industry sector carried out its production plan for the first three quarters of "
    "Juche 118 (2029) at 112 percent, KCNA said, adding that more goods were being readied for export to "
    "friendly countries.",
    # N08 a projection with "the Southeast Asian nation".
    "Exports from the Southeast Asian nation are projected to grow 8-10% next year, Vietnam's Ministry of "
    "Industry and Trade said in its outlook, with the trade surplus expected at around $20 billion.",
    # N09 the discrepancy between two economies' figures alone.
    "A discrepancy of $9.4 billion between Kazakh and Chinese figures for bilateral trade last year has "
    "prompted the two countries to set up a joint working group on statistics, Kazakhstan's deputy trade "
    "minister said.",
    # N10 a hypothetical in a minister's quote.
    "\"If we solve the logistics bottlenecks, our exports to China could double to $20 billion within "
    "three years,\" Mongolia's foreign minister told Montsame.",
    # N11 a denied purchase and a negated import.
    "Algeria's state grains agency OAIC denied a report that it had bought 500,000 tonnes of French wheat "
    "in October, saying it had imported no French grain in the 2029/30 season.",
    # N12 a correction of a release date.
    "Correction: An earlier version of this story gave the wrong date for the release of Greece's "
    "September trade data. ELSTAT will publish them on Nov. 28, not Nov. 21.",
    # N13 a port's container throughput.
    "The port of Piraeus handled 4.1 million TEUs in the first ten months, up 6% year-on-year, operator "
    "Piraeus Container Terminal said.",
    # N14 a province's GDP and its export-oriented manufacturing.
    "Zhejiang's GDP grew 5.6 percent year on year in the first three quarters to 6.42 trillion yuan, with "
    "the province's export-oriented manufacturing sector expanding 7.1 percent, the provincial statistics "
    "bureau said.",
    # N15 a customs district's cargo tonnage.
    "Seaports in Hai Phong handled 142 million tonnes of cargo in the first 10 months, up 8.4 percent "
    "on-year, the Viet Nam Maritime Administration said.",
    # N16 an exchange rate.
    "The Iranian rial weakened to 1,120,000 per U.S. dollar on Tehran's open market on Tuesday, as "
    "importers scrambled for hard currency.",
    # N17 reserves with a year-earlier base.
    "Iraq's foreign currency reserves stood at $104.2 billion at the end of September, compared with "
    "$111.6 billion a year earlier, the Central Bank of Iraq said, as oil revenue fell.",
    # N18 a current account.
    "Hungary's current account posted a surplus of EUR 3.2 billion in the second quarter, the central "
    "bank said, helped by lower energy import bills.",
    # N19 remittances in translated style.
    "Remittances sent home by Guatemalans abroad amounted to US$18.2 billion between January and October, "
    "an increase of 8.6 percent compared to the same period of 2028, the Bank of Guatemala said.",
    # N20 a season forecast.
    "Ghana's cocoa exports are expected to reach 650,000 tonnes in the 2029/30 season, the chief "
    "executive of the Ghana Cocoa Board told Parliament.",
    # N21 a minimum export price.
    "Ecuador set the minimum export price of bananas at $7.25 per 40.5-pound box for 2030, the "
    "agriculture ministry said.",
    # N22 a bilateral trade target in translated style.
    "Both sides expressed readiness to raise the volume of trade turnover between Russia and Laos to 100 "
    "million US dollars in the coming years, the Lao News Agency (KPL) reported.",
    # N23 a headline-style forecast.
    "Colombia coffee exports could hit 13 mln bags in 2029/30 - Fedecafe chief",
    # N24 crude output against a quota.
    "Kazakhstan's oil output averaged 1.94 million barrels per day in October, energy ministry data "
    "showed, well above its OPEC+ quota of 1.55 million bpd.",
    # N25 customs revenue after tariffs without a rate.
    "Iraq's customs revenue rose 41% to 1.9 trillion dinars in the first nine months after new tariffs on "
    "imported goods took effect, the General Commission of Customs said.",
    # N26 one company's export revenue.
    "BioCubaFarma, Cuba's state biotech group, said its export revenue rose 12% in 2028 to about 140 "
    "million dollars, Prensa Latina reported.",
    # N27 a port's bullets of throughput.
    "Port of Antwerp-Bruges, January-September: • Throughput: 203.4 million tonnes (−1.8%) • Containers: "
    "10.1 million TEU (+2.3%) • Ro-ro: 3.9 million tonnes (+0.6%).",
    # N28 a revised forecast.
    "The central bank revised up its forecast for Uzbekistan's exports this year to $31 billion from $29 "
    "billion, citing higher gold prices.",
    # N29 oil in floating storage.
    "Iranian oil held in floating storage off Malaysia and China rose to 52 million barrels in October, "
    "Kpler data showed.",
    # N30 deals at a trade expo.
    "The China-Eurasia Expo in Urumqi closed with deals worth 412 billion yuan, organisers said, many of "
    "them with Kazakh and Uzbek importers.",
    # N31 investment approvals.
    "Cambodia approved investment projects worth $4.9 billion in the first 10 months of 2029, up 22 "
    "percent, the Council for the Development of Cambodia said, many of them export-oriented garment "
    "factories.",
    # N32 "would have grown ... had the route stayed open".
    "Greek exports would have grown by as much as 10% this year had the Red Sea route stayed open, the "
    "Panhellenic Exporters Association said.",
    # N33 a contract cap and "did not exceed" without a figure of its own.
    "Serbia's imports of Russian gas did not exceed the contracted volumes in the first nine months, "
    "Srbijagas said without giving a figure, adding that the contract allows up to 2.5 billion cubic "
    "metres a year.",
    # N34 a state's resources investment.
    "Western Australia attracted A$18.6 billion of resources investment in the 2028-29 financial year, "
    "the state government said.",
]
