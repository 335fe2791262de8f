from slots import DC, R, M, Y, PR

# The eleventh set: every text is the only body paragraph (after an unrelated opening one)
# of a page published on 2028-06-16 (a Friday), so "May" and "last month" are May 2028,
# "April" is April 2028, "March" is March 2028, "December" is December 2027, "last year" is
# 2027, "this year" and "the year" are 2028, "the first five months" and "January-May" are
# January-May 2028, "the first four months" and "January-April" are January-April 2028,
# "the first quarter" is January-March 2028 and "the second half of last year" is
# July-December 2027. No figure of this set is of June 2028 (the month of publication);
# "July-May" and the other fiscal spans are explained below.
# Conventions (those of the ninth set, kept unchanged): a value is the positive amount in
# the original currency (a deficit is bal="deficit" with a positive v; a surplus is
# bal="surplus"); a figure given in both a local currency and dollars accepts either; the
# basis is "yoy"/"mom" when the text states the comparison, DC when it is only implied,
# and missing (null) when there is no change at all. A deficit that narrows or widens has
# d=DC (the amount falls while the balance improves); a surplus that narrows is "down",
# one that widens is "up". Figures in the later sentences of a paragraph inherit the
# reporter, period and source that the paragraph gives once. Comparison bases ("from $X a
# year earlier") are optional records. Forecasts, targets, shares, prices, current
# accounts and production are never trade figures. A list may contain None (the slot may
# then be null too). A source named at the end of a paragraph also covers its earlier
# sentences. A change given only by its base ("down from $3.31 billion") expects the
# direction, pct/by DC; a base named only by its period ("in April", "in May 2026") is an
# implied basis (b DC); "a year earlier", "same period last year", "on-year" state yoy;
# "from April" (for a May figure), "over the month", "on the month", "month-on-month"
# state mom. Value and volume of one flow with DIFFERENT changes are two records (the
# other measure DC); one value with two stated changes is one record accepting either
# change plus an optional twin; a figure restated in another currency is one record
# accepting either form plus an optional twin. "Merchandise"/"goods"/"total"/"national"
# exports and re-exports have c DC; "non-oil", "services", "tourism" and named goods are
# commodities. Change words without a number and without a value make no record. A change
# of a partner's or a good's trade given only as a percent or an absolute amount is a
# record with a null value. Breakdowns by partner of an earlier sentence's goods inherit
# those goods. Partners listed with amounts after a turnover figure are flow "total";
# buyers and destinations are "export". Estimates of a past period are figures (vq DC).
# One company's sales, port throughput, export orders, export credit, customs duty
# collections, FDI, remittances, reserves, price quotes and price indices, quotas and bans
# are not trade figures.
# Conventions of the ninth set's own list, kept where they apply here:
# - A range has the low end as v/vol and the high end as vh/volh (none in this set).
# - "A record $7.85 billion", "hit a record": vq may be null or "record".
# - "Little changed", "broadly unchanged": no direction needed and no percent (d DC, pct
#   null or 0); no comparison-base record.
# - An absolute change ("an increase of $134.2 million", "fell by £1.2 billion") is
#   by/byc (byc the currency code, or the unit for volumes); a computed percent is
#   accepted (pct DC).
# - Tariff figures (TAR): flow "tariff", the imposing economy as reporter, the targeted
#   economy as partner (null when the duty applies to all origins outside a bloc), goods
#   as commodity, rate in percent; period, change and source are DC. A previous rate
#   ("to 15% from 5%") is an optional record.
# - Trade on an exchange (stocks, commodity exchange), retail trade and trade fairs are
#   not trade figures.
# Conventions added by the tenth set, kept unchanged (where they say "this set" they
# speak of the tenth set; the currency list is extended below, not changed):
# - Local currencies: "yuan" CNY, "¥" in a Japanese context JPY, "won" KRW, "Rs"/"₹" INR
#   ("lakh crore" = 10^12, "crore" = 10^7), "£" GBP, "€" EUR, "C$" CAD, "A$" AUD, "riyals"
#   in Saudi Arabia SAR. "$" is USD everywhere in this set.
# - India's fiscal year runs April-March: "2026-27" and "fiscal 2026-27" are April 2026 -
#   March 2027 (FYAM(2026)); "April-August" with no year, or "April-August 2027", is April-
#   August 2027; "the same period last fiscal" is April-August 2026.
# - "The three months to July" are May-July 2027; "the first 10 days of September" are
#   2027-09-01 to 2027-09-10; "January-July" is January-July 2027.
# - "Foreign trade", "two-way trade", "trade between X and Y", "X-Y trade" are flow
#   "total" with c null ("goods trade", "goods worth" c DC). The overall US, euro-zone
#   and Australian balances and the whole-economy exports/imports that go with a "goods"
#   headline have c DC.
# - The reporter of "X-Y trade" given by X's customs is X. When the text names North Korea
#   first ("trade between North Korea and China", "North Korea's trade with China") but
#   the data are Chinese customs', either economy is accepted as reporter and as partner.
# - Partners may be groups and regions: ASEAN ("Southeast Asian nations"), the EU, Africa,
#   "non-EU countries". "The world"/"the rest of the world" is no partner (null or the
#   words accepted).
# - A volume restated in another unit ("49.6 million tonnes, or about 11.73 million
#   barrels per day") is one record accepting either form plus an optional twin, like a
#   value restated in another currency. Counts of vehicles have u "unit"/"vehicle".
# - "The lowest since 2004", "the smallest monthly gap since 2009": vq null or a
#   record/lowest word (LOWEST).
# - The growth of the previous month named only to compare ("slowing from a 7.2% gain in
#   July", "compared with a 4.1% increase the previous month") is an optional record of
#   that month.
# - A change in a later sentence that does not restate its comparison has b DC, even when
#   an earlier sentence said "year-on-year"; a "respectively" list that ends in
#   "year-on-year" states it for every item.
# - A balance that "swung to a deficit of $1.2 billion, compared with a surplus of $900
#   million a year earlier" is a deficit record (d DC, pct/by DC, b yoy) with the surplus
#   as its optional base.
# - A tariff named as context ("the 50% tariff Washington imposed on many Brazilian goods
#   in 2025", "the 10% baseline tariff imposed by Washington") is a tariff record; an
#   anti-dumping "deposit" is an optional tariff record. One rate on one named good is one
#   record; two rates on two goods are two.
# - A poll forecast or an economist's projection inside a positive text makes no record.
# - Ship-tracking (Kpler) and port-loading data of one economy's exports or imports of a
#   good are trade figures (source the data provider), unlike the throughput of a port.
# - The source is null when the text names none ("data showed"); "customs data" is
#   customs (GAC for China); a minister quoted for the figure is the source (or his
#   ministry).
# New in this (eleventh) set:
# - Local currencies: "HK$" HKD, "S$" SGD, "NT$" TWD, "RM"/"ringgit" MYR, "baht" THB,
#   "₦"/"naira" NGN, "R" before an amount in a South African text ZAR, "shillings" in a
#   Kenyan text KES, "crowns"/"kroner" in a Norwegian text NOK, "Swiss francs"/"francs" in a
#   Swiss text CHF, "NZ$" NZD. "$" is USD everywhere in this set. An amount repeated without
#   its currency ("and mainland exports ... to 56.4 billion") keeps the sentence's currency.
# - July-June fiscal years (Pakistan, Bangladesh): "fiscal year 2027-28" and "the current
#   fiscal year" are July 2027 - June 2028 (FYJJ(2027)); "FY27" is July 2026 - June 2027;
#   "July-May" / "July-April" with no year are July 2027 - May 2028 / April 2028. India's
#   "2027-28" is April 2027 - March 2028 (FYAM(2027)), as in the tenth set.
# - "The year ended May 2028" is the twelve months June 2027 - May 2028. "The three months
#   to April" are February-April 2028. "In the year to date" in a paragraph about May is
#   January-May 2028 (the publication date is accepted as the end too).
# - A marketing season that "began in July" ("so far in the 2027/28 season"): start
#   2027-07-01, end DC.
# - Bases: "the same month/quarter of 2027", "compared with May 2027", "from 2026", "the
#   previous three months" are bases named by their period (b DC); "the same month last
#   year", "the same period a year earlier", "the same period of FY27" (the last fiscal
#   year) and "on the year" state yoy; "from April" for a May figure states mom.
# - Singapore: "non-oil domestic exports (NODX)" are flow "export" with c non-oil (NODX
#   accepted); "electronics NODX" and "non-electronics shipments" have c electronics /
#   non-electronics. "Total trade" is flow "total" with c DC; "oil trade" and "non-oil
#   trade" are flow "total" with c oil / non-oil.
# - Hong Kong: "total exports of goods" (mostly re-exports) and "re-exports" are exports
#   with c DC; "the Chinese mainland" is partner China ("mainland" accepted); a "visible
#   trade deficit" is the goods balance (c DC). A balance given as a share of imports and
#   the exports-to-imports coverage ratio are no figures.
# - A "trade gap" is a deficit when the paragraph's imports exceed its exports.
# - "Doubled", "more than double", "halved", "nearly fourfold": d as stated, pct DC, cq DC.
#   Such a change with neither a value nor a number makes an optional record only.
# - "Declined marginally, by 0.3%", "edged up 1.5%": the stated direction and percent, cq DC.
# - "The highest since 2019", "the highest monthly figure since January 2020", "the highest
#   for the month since 1992", "the biggest monthly value on record": vq (and volq for a
#   volume) null or a record/highest word (HIGHEST).
# - "Preliminary" values have vq DC.
# - North Korea's directional flows from Chinese data ("North Korea's imports from China",
#   "the North's exports to China"): the flow as written with reporter North Korea, or the
#   mirrored flow with reporter China, are both accepted (f either, r and p CN_KP).
# - "Bilateral trade between X and Y" from "commerce ministry data", and "two-way trade
#   between X and Y" from "customs data", where the text does not say whose: either economy
#   is accepted as reporter and as partner of the total; a directional flow that follows
#   ("India's imports", "Vietnamese exports") has the economy named.
# - An appositive saying what a flow mostly consists of ("imports from the DPRK, mostly wigs
#   and false eyelashes", "India's imports, mostly crude oil") leaves c DC; a reason
#   ("driven by gold, fertilisers", "driven by shipments of fertiliser") names no commodity
#   (c null).
# - Industry bodies, promotion agencies and cargo surveyors that publish an economy's trade
#   (Intertek, Naamsa, the Federation of Thai Industries, the coffee growers' federation,
#   the Rosario Board of Trade, the Norwegian Seafood Council, the Swiss watch federation,
#   VASEP, EPB, the Tea Board, ComexPeru, KOTRA) are sources of trade figures. KOTRA
#   compiling Chinese customs figures: either is the source. "Industry sources" and "a
#   government official": src DC.
# - "Still 8% below their pre-Brexit level of 2019": d, pct and b DC.
# - A value whose only stated change is of the other measure: when that change has a number
#   ("although volumes eased 1.8% to 242.6 million kilograms") the two measures are two
#   records (the value's record without change, the volume's with v DC); when it has none
#   ("even though export volumes of salmon declined marginally") one value record with d DC
#   and pct null.
# - "Data from X showed ...", "According to X, ..." at the start name the source as at the
#   end.
# - A tariff on a good from all origins ("imported rice", "frozen chicken", "imported cars")
#   has p null; when the text names one origin as the economy hit (South African vehicles,
#   Vietnamese rice), that economy is accepted too. "Restore the tariff to 35% from 15%",
#   "raised ... to 62% from 37%": the old rate is an optional record.
# - Not trade figures either: Taiwan's export orders, Enterprise Singapore's NODX forecast,
#   a trade mission's "potential sales", palm oil stocks, export bans, tea and dairy auction
#   prices, fish price indices, reference coal prices, crude discounts, the exportable
#   surplus of a harvest forecast, mining investment, crushing volumes, crop and oil output,
#   the share of tariff lines a deal would free, "energy tariffs" (power prices) and an
#   export duty cut without a rate.

TON = "ton"           # matches tonnes, tons, metric tons
TONS = ["tonnes", "tons", "ton", "tonne", "t", "metric tons", "mt"]   # by-unit (exact)
BOTTLE = "bottle"
ABOUT = ["about", "around", "approximately", "some", "roughly"]
NEARLY = ["nearly", "almost", "close to", "just under"]
OVER = ["over", "more than", "above"]
RECORD = [None, "record"]
LOWEST = [None, "record", "record low", "lowest", "smallest"]
QOQ = ["quarter", "qoq", "q/q"]
US = ["United States", "U.S.", "USA", "America"]
EU = ["European Union", "EU"]
RU = ["Russia", "Russian Federation"]
UAE = ["United Arab Emirates", "UAE", "U.A.E."]
KR = ["South Korea", "Republic of Korea", "Korea"]
GAC = ["General Administration of Customs", "GAC", "customs"]
# New in the tenth set.
DPRK = ["Democratic People's Republic of Korea", "DPRK", "North Korea"]
CN_KP = ["China"] + DPRK
ASEAN = ["ASEAN", "Association of Southeast Asian Nations", "Southeast Asia"]
UK = ["United Kingdom", "Britain", "UK", "U.K."]
EZ = ["euro zone", "euro area", "eurozone", "euro-zone"]
TR = ["Turkey", "Türkiye", "Turkiye"]
WORLD = [None, "world", "rest of the world"]
USDOC = ["Commerce Department", "Department of Commerce", "Census Bureau", "Bureau of Economic Analysis", "BEA"]
DESTATIS = ["Destatis", "Federal Statistical Office", "Federal Statistics Office"]
MOFJ = ["Ministry of Finance", "Finance Ministry", "MOF"]
MOTIE = ["Ministry of Trade, Industry and Energy", "trade ministry", "MOTIE", "Ministry of Trade"]
KCS = ["Korea Customs Service", "customs"]
KITA = ["Korea International Trade Association", "KITA"]
INCOM = ["commerce ministry", "Ministry of Commerce and Industry", "commerce and industry ministry",
         "Ministry of Commerce"]
APEDA = ["Agricultural and Processed Food Products Export Development Authority", "APEDA"]
ONS = ["Office for National Statistics", "ONS"]
STATCAN = ["Statistics Canada", "StatCan"]
ABS = ["Australian Bureau of Statistics", "ABS", "Bureau of Statistics"]
BRMIN = ["trade ministry", "Ministry of Development, Industry, Trade and Services", "MDIC", "Secex",
         "Ministry of Development"]
INEGI = ["INEGI", "National Institute of Statistics and Geography", "statistics agency"]
VNNSO = ["National Statistics Office", "NSO", "General Statistics Office", "statistics office"]
VNCUS = ["customs", "Vietnam Customs", "General Department of Customs", "Customs Department"]
VNAGRI = ["Ministry of Agriculture and Environment", "agriculture ministry"]
BPS = ["Statistics Indonesia", "BPS", "Badan Pusat Statistik"]
CBR = ["central bank", "Bank of Russia", "Central Bank of Russia"]
BOLAT = ["Omer Bolat", "Ömer Bolat", "Trade Minister", "Trade Ministry", "Bolat"]
GASTAT = ["General Authority for Statistics", "GASTAT"]
CAAM = ["China Association of Automobile Manufacturers", "CAAM"]
BBL = ["barrel", "bpd", "b/d"]
UNITS = ["unit", "vehicle"]
CRUDE = ["crude oil", "crude", "oil"]
LNG = ["liquefied natural gas", "LNG"]
IC = ["integrated circuits", "integrated circuit", "chips", "semiconductors"]
CHIPS = ["semiconductors", "semiconductor", "chips", "chip"]
CARS = ["cars", "car", "automobiles", "automobile", "autos", "vehicles"]
SOY = ["soybeans", "soybean", "soya"]


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


def H(y, h):
    return PR("%04d-%02d-01" % (y, 6 * h - 5), M(y, 6 * h)["pe"])


def FYAM(y):
    """A fiscal year April y - March y+1."""
    return PR("%04d-04-01" % y, "%04d-03-31" % (y + 1))


def FYJJ(y):
    """A fiscal year July y - June y+1."""
    return PR("%04d-07-01" % y, "%04d-06-30" % (y + 1))


# New in this (eleventh) set.
VN = ["Vietnam", "Viet Nam"]
CH = ["Switzerland", "Swiss"]
NZ = "New Zealand"
ZA = "South Africa"
PH = "Philippines"
MAINLAND = ["China", "mainland"]
HIGHEST = [None, "record", "highest", "record high", "biggest", "largest"]
NODX = ["non-oil domestic exports", "non-oil", "NODX", "domestic exports"]
ELEC = ["electronics", "electronic"]
NONELEC = ["non-electronics", "non-electronic"]
GARMENTS = ["garments", "garment", "apparel", "ready-made garments", "RMG", "clothing"]
GRAIN = ["grain", "grains"]
WATCH = ["watches", "watch"]
GAS = ["natural gas", "gas"]
KG = ["kilogram", "kg"]
CF = ["cubic feet", "cubic foot", "bcf", "cf"]
GSO = ["General Statistics Office", "GSO", "statistics office", "National Statistics Office", "NSO"]
VNCUS = ["customs", "General Department of Customs", "Vietnam Customs", "Customs Department"]
VASEP = ["Vietnam Association of Seafood Exporters and Producers", "VASEP"]
TWMOF = ["Ministry of Finance", "Finance Ministry", "MOF"]
ESG = ["Enterprise Singapore", "EnterpriseSG", "ESG"]
CSD = ["Census and Statistics Department", "C&SD", "Census and Statistics"]
MATRADE = ["Malaysia External Trade Development Corporation", "MATRADE"]
ITS = ["Intertek Testing Services", "Intertek", "ITS"]
PSA = ["Philippine Statistics Authority", "PSA"]
THMOC = ["commerce ministry", "Ministry of Commerce", "Commerce Ministry"]
TREA = ["Thai Rice Exporters Association", "Rice Exporters Association"]
FTI = ["Federation of Thai Industries", "FTI"]
PBS = ["Pakistan Bureau of Statistics", "PBS"]
APTMA = PBS + ["All Pakistan Textile Mills Association", "APTMA"]
EPB = ["Export Promotion Bureau", "EPB"]
SLEDB = ["Export Development Board", "EDB"]
SLTB = ["Sri Lanka Tea Board", "Tea Board"]
TURKSTAT = ["Turkish Statistical Institute", "TurkStat", "TUIK"]
CAPMAS = ["Central Agency for Public Mobilization and Statistics", "CAPMAS"]
NBSNG = ["National Bureau of Statistics", "NBS"]
SARS = ["South African Revenue Service", "SARS"]
NAAMSA = ["Naamsa", "Automotive Business Council"]
KNBS = ["Kenya National Bureau of Statistics", "KNBS"]
HCD = ["Horticultural Crops Directorate", "HCD"]
BCCH = ["central bank", "Central Bank of Chile", "Banco Central"]
BCRP = ["central bank", "BCRP", "Central Reserve Bank"]
COMEXPERU = ["ComexPeru", "Comex Peru", "Foreign Trade Society of Peru"]
INDEC = ["INDEC", "statistics agency", "National Institute of Statistics and Censuses"]
BCR = ["Rosario Board of Trade", "Rosario grains exchange", "BCR", "Bolsa de Comercio de Rosario"]
DANE = ["DANE", "statistics agency", "National Administrative Department of Statistics"]
FNC = ["National Federation of Coffee Growers", "FNC", "Federation of Coffee Growers", "Fedecafe"]
STATSNZ = ["Stats NZ", "Statistics New Zealand"]
SSB = ["Statistics Norway", "SSB"]
NSC = ["Norwegian Seafood Council", "Seafood Council"]
FH = ["Federation of the Swiss Watch Industry", "FH", "Swiss watch industry", "watch federation"]
BAZG = ["Federal Office for Customs and Border Security", "FOCBS", "BAZG", "customs"]
UAMIN = ["agriculture ministry", "Ministry of Agrarian Policy", "Ministry of Economy"]
KZBNS = ["Bureau of National Statistics", "statistics bureau", "National Statistics Bureau"]
KOTRA = ["Korea Trade-Investment Promotion Agency", "KOTRA"] + GAC
FDF = ["Food and Drink Federation", "FDF"]

MAY = M(2028, 5)
APR = M(2028, 4)
MAR = M(2028, 3)
YTD5 = YTD(2028, 5)
YTD4 = YTD(2028, 4)
Q1 = Q(2028, 1)
Y27 = Y(2027)
FY28JM = PR("2027-07-01", "2028-05-31")     # July-May of fiscal 2027-28
FY28JA = PR("2027-07-01", "2028-04-30")     # July-April of fiscal 2027-28
YTDNOW = dict(ps="2028-01-01", pe=["2028-05-31", "2028-06-16"])

POS = [
    # ---------------------------------------------------------------- Vietnam
    # P01 VnExpress: five months, surplus narrowing with base, top export group.
    ("Vietnam's exports in the first five months of the year rose 13.6% year-on-year to $188.4 "
     "billion, while imports climbed 16.1% to $180.9 billion, the General Statistics Office said. The "
     "trade surplus thus narrowed to $7.5 billion from $10.0 billion a year earlier. Electronics, "
     "computers and components remained the largest export earner at $52.7 billion.",
     [R(f="export", r=VN, v=188.4e9, cur="USD", d="up", pct=13.6, b="yoy", src=GSO, **YTD5),
      R(f="import", r=VN, v=180.9e9, cur="USD", d="up", pct=16.1, b=DC, src=GSO, **YTD5),
      R(f="balance", r=VN, v=7.5e9, cur="USD", bal="surplus", d="down", pct=DC, by=DC, b="yoy", src=GSO,
        **YTD5),
      OPT(f="balance", r=VN, v=10.0e9, cur="USD", bal="surplus", **YTD(2027, 5)),
      R(f="export", r=VN, c=["electronics, computers and components", "electronics", "computers"],
        v=52.7e9, cur="USD", src=GSO, **YTD5)]),

    # P02 single sentence: rice, volume up and value down (two records).
    ("Vietnam shipped 4.12 million tonnes of rice abroad in the first five months, up 6.3% from a year "
     "earlier, but earnings fell 9.8% to $2.14 billion as prices slid, according to the General "
     "Department of Customs.",
     [R(f="export", r=VN, c="rice", vol=4.12e6, u=TON, v=DC, cur=DC, d="up", pct=6.3, b="yoy", src=VNCUS,
        **YTD5),
      R(f="export", r=VN, c="rice", v=2.14e9, cur="USD", vol=DC, u=DC, d="down", pct=9.8, b=DC, src=VNCUS,
        **YTD5)]),

    # ---------------------------------------------------------------- China-DPRK
    # P03 NK News: China's exports to the DPRK, highest since; imports "mostly wigs".
    ("China's exports to North Korea rose to $198.7 million in May, the highest monthly figure since "
     "January 2020, according to data released by Chinese customs on Tuesday. Imports from the DPRK, "
     "mostly wigs and false eyelashes, fell 12% year-on-year to $21.4 million. The figures suggest "
     "Pyongyang continues to rely heavily on Beijing despite its deepening ties with Moscow, analysts "
     "said.",
     [R(f="export", r="China", p=DPRK, v=198.7e6, cur="USD", vq=HIGHEST, d="up", b=DC, src=GAC, **MAY),
      R(f="import", r="China", p=DPRK, c=DC, v=21.4e6, cur="USD", d="down", pct=12, b="yoy", src=GAC,
        **MAY)]),

    # P04 Yonhap: last year's turnover compiled by KOTRA, then December.
    ("Trade between North Korea and China totaled $2.73 billion last year, up 24.1 percent from 2026 "
     "and the highest level since 2019, according to the Korea Trade-Investment Promotion Agency "
     "(KOTRA), which compiled Chinese customs figures. In December alone, bilateral trade reached "
     "$301.2 million, KOTRA said in a report released Thursday. Seoul's unification ministry said the "
     "increase reflected a rebound in processing-on-commission trade in wigs and hairpieces.",
     [R(f="total", r=CN_KP, p=CN_KP, v=2.73e9, cur="USD", vq=HIGHEST, d="up", pct=24.1, b=DC, src=KOTRA,
        **Y27),
      R(f="total", r=CN_KP, p=CN_KP, v=301.2e6, cur="USD", src=KOTRA, **M(2027, 12))]),

    # P05 Daily NK: North Korea named first, "nearly fourfold", "halved".
    ("North Korea's imports from China jumped nearly fourfold to $86.2 million in April from a year "
     "earlier, Chinese customs data showed, driven by shipments of fertiliser and soybean oil ahead of "
     "the planting season. The North's exports to China, meanwhile, halved to $9.8 million. A source in "
     "North Pyongan province told Daily NK that smuggling across the Yalu River had also picked up.",
     [R(f=["import", "export"], r=CN_KP, p=CN_KP, v=86.2e6, cur="USD", d="up", pct=DC, cq=DC, b="yoy",
        src=GAC, **APR),
      R(f=["export", "import"], r=CN_KP, p=CN_KP, v=9.8e6, cur="USD", d="down", pct=DC, cq=DC, b=DC,
        src=GAC, **APR)]),

    # ---------------------------------------------------------------- Taiwan
    # P06 Focus Taiwan: record exports; export orders are no trade figure.
    ("Taiwan's exports rose 31.2% year-on-year to a record $61.4 billion in May, the Ministry of "
     "Finance said on Tuesday, as demand for AI servers and advanced chips showed no sign of slowing. "
     "Imports increased 18.7% to $44.9 billion, leaving a trade surplus of $16.5 billion. Separately, "
     "the Ministry of Economic Affairs said export orders rose 22.5% in April to $68.3 billion.",
     [R(f="export", r="Taiwan", v=61.4e9, cur="USD", vq=RECORD, d="up", pct=31.2, b="yoy", src=TWMOF,
        **MAY),
      R(f="import", r="Taiwan", v=44.9e9, cur="USD", d="up", pct=18.7, b=DC, src=TWMOF, **MAY),
      R(f="balance", r="Taiwan", v=16.5e9, cur="USD", bal="surplus", src=TWMOF, **MAY)]),

    # P07 single sentence: passive "were valued at", "more than double".
    ("Shipments from Taiwan to the United States were valued at $23.8 billion in May, more than double "
     "the level a year earlier, Finance Ministry data showed.",
     [R(f="export", r="Taiwan", p=US, v=23.8e9, cur="USD", d="up", pct=DC, cq=DC, b="yoy", src=TWMOF,
        **MAY)]),

    # ---------------------------------------------------------------- Singapore
    # P08 Business Times: NODX, the previous month's growth, electronics / non-electronics.
    ("Singapore's non-oil domestic exports (NODX) fell 4.2% year-on-year in April, reversing a revised "
     "6.1% gain in March, Enterprise Singapore said. Electronics NODX still grew 9.8%, led "
     "by integrated circuits and disk media, but non-electronics shipments slid 8.7% on lower "
     "pharmaceuticals and specialised machinery. NODX to most of the top markets declined, with "
     "exports to China and the European Union down the most.",
     [R(f="export", r="Singapore", c=NODX, d="down", pct=4.2, b="yoy", src=ESG, **APR),
      OPT(f="export", r="Singapore", c=NODX, d="up", pct=6.1, **MAR),
      R(f="export", r="Singapore", c=ELEC, d="up", pct=9.8, b=DC, src=ESG, **APR),
      R(f="export", r="Singapore", c=NONELEC, d="down", pct=8.7, b=DC, src=ESG, **APR)]),

    # P09 single sentence: total trade, oil and non-oil trade.
    ("Singapore's total trade rose 7.4% on the year to S$112.6 billion in April, with oil trade down 5.1% "
     "and non-oil trade up 10.2%, according to Enterprise Singapore.",
     [R(f="total", r="Singapore", c=DC, v=112.6e9, cur="SGD", d="up", pct=7.4, b="yoy", src=ESG, **APR),
      R(f="total", r="Singapore", c="oil", d="down", pct=5.1, b=DC, src=ESG, **APR),
      R(f="total", r="Singapore", c="non-oil", d="up", pct=10.2, b=DC, src=ESG, **APR)]),

    # ---------------------------------------------------------------- Hong Kong
    # P10 RTHK: total exports, imports, visible trade deficit; a share that is no figure.
    ("The value of Hong Kong's total exports of goods rose 12.6% year-on-year to HK$421.3 billion in "
     "April, the Census and Statistics Department said, while imports of goods increased 10.9% "
     "to HK$447.8 billion. That left a visible trade deficit of HK$26.5 billion, equal to 5.9% of the "
     "value of imports. A government spokesman warned that the outlook remained clouded by US tariffs "
     "and geopolitical tensions.",
     [R(f="export", r="Hong Kong", c=DC, v=421.3e9, cur="HKD", d="up", pct=12.6, b="yoy", src=CSD, **APR),
      R(f="import", r="Hong Kong", c=DC, v=447.8e9, cur="HKD", d="up", pct=10.9, b=DC, src=CSD, **APR),
      R(f="balance", r="Hong Kong", c=DC, v=26.5e9, cur="HKD", bal="deficit", src=CSD, **APR)]),

    # P11 single sentence: re-exports to the mainland.
    ("Re-exports from Hong Kong to the Chinese mainland climbed 15.3% in the first four months to "
     "HK$1.04 trillion, official data showed.",
     [R(f="export", r="Hong Kong", p=MAINLAND, c=DC, v=1.04e12, cur="HKD", d="up", pct=15.3, b=DC,
        **YTD4)]),

    # ---------------------------------------------------------------- Malaysia
    # P12 The Star: ringgit, total trade and surplus without change; poll expectation.
    ("Malaysia's exports rose 9.3% year-on-year to RM142.7 billion in May, the Malaysia External Trade "
     "Development Corporation (MATRADE) said, beating economists' expectations of a 5.5% increase. "
     "Imports grew 12.8% to RM127.4 billion, bringing total trade to RM270.1 billion and the trade "
     "surplus to RM15.3 billion. \"The electrical and electronic sector continues to carry the load,\" "
     "a MATRADE official said.",
     [R(f="export", r="Malaysia", v=142.7e9, cur="MYR", d="up", pct=9.3, b="yoy", src=MATRADE, **MAY),
      R(f="import", r="Malaysia", v=127.4e9, cur="MYR", d="up", pct=12.8, b=DC, src=MATRADE, **MAY),
      R(f="total", r="Malaysia", c=DC, v=270.1e9, cur="MYR", src=MATRADE, **MAY),
      R(f="balance", r="Malaysia", v=15.3e9, cur="MYR", bal="surplus", src=MATRADE, **MAY)]),

    # P13 single sentence: palm oil from a cargo surveyor, month-on-month.
    ("Malaysian palm oil exports for May jumped 21.4% from April to 1.52 million tonnes, cargo surveyor "
     "Intertek Testing Services said on Thursday.",
     [R(f="export", r="Malaysia", c=["palm oil", "palm"], vol=1.52e6, u=TON, d="up", pct=21.4, b="mom",
        src=ITS, **MAY)]),

    # ---------------------------------------------------------------- Indonesia
    # P14 Jakarta Globe: surplus widening from April, flows, streak.
    ("Indonesia's trade surplus widened to $4.86 billion in May from $3.12 billion in April, "
     "Statistics Indonesia (BPS) said on Monday, as coal and crude palm oil shipments recovered. Exports "
     "rose 6.8% year-on-year to $24.61 billion, while imports fell 2.4% to $19.75 billion. It was the "
     "97th consecutive month of surplus for Southeast Asia's largest economy.",
     [R(f="balance", r="Indonesia", v=4.86e9, cur="USD", bal="surplus", d="up", pct=DC, by=DC, b=DC,
        src=BPS, **MAY),
      OPT(f="balance", r="Indonesia", v=3.12e9, cur="USD", bal="surplus", **APR),
      R(f="export", r="Indonesia", v=24.61e9, cur="USD", d="up", pct=6.8, b="yoy", src=BPS, **MAY),
      R(f="import", r="Indonesia", v=19.75e9, cur="USD", d="down", pct=2.4, b=DC, src=BPS, **MAY)]),

    # P15 single sentence: figure first, "some ... worth of", passive.
    ("Some $2.9 billion worth of iron and steel products, mostly nickel pig iron and ferronickel, were "
     "shipped from Indonesia in April, down 11% from a year earlier, BPS data showed.",
     [R(f="export", r="Indonesia", c=["iron and steel", "nickel pig iron", "ferronickel"], v=2.9e9,
        cur="USD", vq=ABOUT, d="down", pct=11, b="yoy", src=BPS, **APR)]),

    # ---------------------------------------------------------------- Philippines
    # P16 Inquirer: deficit widening with base, flows; a share that is no figure.
    ("The Philippines' trade deficit widened to $4.71 billion in April from $3.79 billion a year "
     "earlier, the Philippine Statistics Authority reported. Exports slipped 1.7% to $6.38 billion as "
     "electronic product shipments softened, while imports rose 7.9% to $11.09 billion. Electronic "
     "products, the country's top export, accounted for 53.4% of total outbound shipments.",
     [R(f="balance", r=PH, v=4.71e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, b="yoy", src=PSA,
        **APR),
      OPT(f="balance", r=PH, v=3.79e9, cur="USD", bal="deficit", **M(2027, 4)),
      R(f="export", r=PH, v=6.38e9, cur="USD", d="down", pct=1.7, b=DC, src=PSA, **APR),
      R(f="import", r=PH, v=11.09e9, cur="USD", d="up", pct=7.9, b=DC, src=PSA, **APR)]),

    # P17 single sentence: "inbound shipments".
    ("Inbound shipments to the Philippines from China rose 14.2% year on year to $2.35 billion in April, "
     "making China the country's biggest source of imports, PSA data showed.",
     [R(f="import", r=PH, p="China", v=2.35e9, cur="USD", d="up", pct=14.2, b="yoy", src=PSA, **APR)]),

    # ---------------------------------------------------------------- Thailand
    # P18 Bangkok Post: month, poll, partner percent, year to date.
    ("Thailand's exports rose 11.8% year-on-year in May to $30.12 billion, the commerce ministry said on "
     "Monday, beating a 7.0% rise forecast in a Reuters poll. Imports increased 9.4% to $29.47 billion, "
     "leaving a trade surplus of $650 million. Shipments to the United States, Thailand's largest "
     "market, jumped 22.6%, helped by electronics and rubber products. In the year to date, exports "
     "were up 9.1% at $139.6 billion.",
     [R(f="export", r="Thailand", v=30.12e9, cur="USD", d="up", pct=11.8, b="yoy", src=THMOC, **MAY),
      R(f="import", r="Thailand", v=29.47e9, cur="USD", d="up", pct=9.4, b=DC, src=THMOC, **MAY),
      R(f="balance", r="Thailand", v=650e6, cur="USD", bal="surplus", src=THMOC, **MAY),
      R(f="export", r="Thailand", p=US, d="up", pct=22.6, b=DC, src=THMOC, **MAY),
      R(f="export", r="Thailand", v=139.6e9, cur="USD", d="up", pct=9.1, b=DC, src=THMOC, **YTDNOW)]),

    # P19 single sentence: baht, "valued at", "a 17.3% contraction".
    ("Thai rice exports in the first five months were valued at 78.4 billion baht, a 17.3% contraction "
     "from the same period last year, as India's return to the market pushed down prices, the Thai "
     "Rice Exporters Association said.",
     [R(f="export", r="Thailand", c="rice", v=78.4e9, cur="THB", d="down", pct=17.3, b="yoy", src=TREA,
        **YTD5)]),

    # ---------------------------------------------------------------- Pakistan, Bangladesh, Sri Lanka
    # P20 Dawn: July-May of fiscal 2027-28, "trade gap narrowed".
    ("Pakistan's trade gap narrowed 6.2% to $22.84 billion in July-May of fiscal year 2027-28 compared "
     "with the same period a year earlier, the Pakistan Bureau of Statistics said on Wednesday. Exports "
     "rose 8.2% to $30.15 billion, while imports edged up 1.5% to $52.99 billion. Officials said import "
     "curbs would stay in place until the next IMF review.",
     [R(f="balance", r="Pakistan", v=22.84e9, cur="USD", bal="deficit", d=DC, pct=6.2, b="yoy", src=PBS,
        **FY28JM),
      R(f="export", r="Pakistan", v=30.15e9, cur="USD", d="up", pct=8.2, b=DC, src=PBS, **FY28JM),
      R(f="import", r="Pakistan", v=52.99e9, cur="USD", d="up", pct=1.5, cq=DC, b=DC, src=PBS,
        **FY28JM)]),

    # P21 Daily Star: EPB garments, current fiscal year against FY27, knit and woven.
    ("Bangladesh's garment exports fetched $36.42 billion in the July-May period of the current fiscal "
     "year, up 4.9% from the same period of FY27, according to data from the Export Promotion Bureau "
     "(EPB). Knitwear shipments earned $20.11 billion and woven garments $16.31 billion. \"Orders are "
     "coming back from Europe, but prices remain under pressure,\" said a director of the Bangladesh "
     "Garment Manufacturers and Exporters Association.",
     [R(f="export", r="Bangladesh", c=GARMENTS, v=36.42e9, cur="USD", d="up", pct=4.9, b="yoy", src=EPB,
        **FY28JM),
      R(f="export", r="Bangladesh", c=["knitwear", "knit"], v=20.11e9, cur="USD", src=EPB, **FY28JM),
      R(f="export", r="Bangladesh", c=["woven garments", "woven"], v=16.31e9, cur="USD", src=EPB,
        **FY28JM)]),

    # P22 single sentence: merchandise exports "earned"; a share that is no figure.
    ("Sri Lanka's merchandise exports earned $1.18 billion in May, up 5.4% on the year, with apparel "
     "accounting for nearly half, the Export Development Board said.",
     [R(f="export", r="Sri Lanka", c=DC, v=1.18e9, cur="USD", d="up", pct=5.4, b="yoy", src=SLEDB,
        **MAY)]),

    # ---------------------------------------------------------------- Turkey
    # P23 Hurriyet Daily News: deficit widening by a percent, "declined marginally", coverage ratio.
    ("Turkey's foreign trade deficit widened 18.3% year-on-year to $9.27 billion in April, the Turkish "
     "Statistical Institute (TurkStat) said. Exports declined marginally, by 0.3%, to "
     "$22.41 billion, while imports rose 4.5% to $31.68 billion. The ratio of exports to imports fell "
     "to 70.7% from 74.1% a year earlier.",
     [R(f="balance", r=TR, v=9.27e9, cur="USD", bal="deficit", d=DC, pct=18.3, b="yoy", src=TURKSTAT,
        **APR),
      R(f="export", r=TR, v=22.41e9, cur="USD", d="down", pct=0.3, cq=DC, b=DC, src=TURKSTAT, **APR),
      R(f="import", r=TR, v=31.68e9, cur="USD", d="up", pct=4.5, b=DC, src=TURKSTAT, **APR)]),

    # P24 Daily Sabah: duty raised to 50% from 40%; context.
    ("Turkey has raised the additional customs duty on cars imported from China to 50% from 40%, "
     "according to a presidential decree published in the Official Gazette on Saturday. The move, aimed "
     "at shielding the domestic auto industry, follows a surge in sales of Chinese electric vehicles in "
     "the country.",
     [TAR(r=TR, p="China", c=CARS, rate=50),
      TAR(r=TR, p="China", c=CARS, rate=40, opt=True)]),

    # ---------------------------------------------------------------- Egypt, Nigeria
    # P25 Ahram Online: "trade gap" with base of the same month of 2027.
    ("Egypt's trade gap narrowed to $3.12 billion in March from $4.40 billion in the same month of 2027, "
     "according to the Central Agency for Public Mobilization and Statistics (CAPMAS). Exports rose "
     "22.5% to $3.96 billion, driven by gold, fertilisers and ready-made garments, while imports slid "
     "7.2% to $7.08 billion.",
     [R(f="balance", r="Egypt", v=3.12e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, b=DC,
        src=CAPMAS, **MAR),
      OPT(f="balance", r="Egypt", v=4.40e9, cur="USD", bal="deficit", **M(2027, 3)),
      R(f="export", r="Egypt", v=3.96e9, cur="USD", d="up", pct=22.5, b=DC, src=CAPMAS, **MAR),
      R(f="import", r="Egypt", v=7.08e9, cur="USD", d="down", pct=7.2, b=DC, src=CAPMAS, **MAR)]),

    # P26 BusinessDay: naira, quarter, crude oil "sales abroad".
    ("Nigeria's total merchandise trade stood at ₦31.8 trillion in the first quarter, 9.6% higher than "
     "in the same quarter of 2027, the National Bureau of Statistics said. Exports accounted for ₦19.2 "
     "trillion, with crude oil sales abroad worth ₦11.7 trillion, while imports came to ₦12.6 trillion, "
     "leaving a trade surplus of ₦6.6 trillion.",
     [R(f="total", r="Nigeria", c=DC, v=31.8e12, cur="NGN", d="up", pct=9.6, b=DC, src=NBSNG, **Q1),
      R(f="export", r="Nigeria", c=DC, v=19.2e12, cur="NGN", src=NBSNG, **Q1),
      R(f="export", r="Nigeria", c=CRUDE, v=11.7e12, cur="NGN", src=NBSNG, **Q1),
      R(f="import", r="Nigeria", c=DC, v=12.6e12, cur="NGN", src=NBSNG, **Q1),
      R(f="balance", r="Nigeria", c=DC, v=6.6e12, cur="NGN", bal="surplus", src=NBSNG, **Q1)]),

    # ---------------------------------------------------------------- South Africa
    # P27 Reuters Johannesburg: rand, preliminary surplus, month-on-month, exchange rate.
    ("South Africa recorded a preliminary trade surplus of R21.7 billion in April, up from a revised R14.2 "
     "billion in March, the South African Revenue Service (SARS) said. Exports rose 4.3% "
     "month-on-month to R198.6 billion, while imports fell 0.2% to R176.9 billion. The rand firmed 0.4% "
     "against the dollar after the data.",
     [R(f="balance", r=ZA, v=21.7e9, cur="ZAR", vq=DC, bal="surplus", d="up", pct=DC, by=DC, b=DC,
        src=SARS, **APR),
      OPT(f="balance", r=ZA, v=14.2e9, cur="ZAR", bal="surplus", **MAR),
      R(f="export", r=ZA, v=198.6e9, cur="ZAR", d="up", pct=4.3, b="mom", src=SARS, **APR),
      R(f="import", r=ZA, v=176.9e9, cur="ZAR", d="down", pct=0.2, b=DC, src=SARS, **APR)]),

    # P28 Business Day: vehicle units "plunged", "slapped a 25% levy".
    ("South African vehicle exports to the United States plunged 71% in the first five months to 9,412 "
     "units after Washington slapped a 25% levy on imported cars, according to the Automotive Business "
     "Council (Naamsa). \"The American market has effectively closed for us,\" a Naamsa executive said.",
     [R(f="export", r=ZA, p=US, c=CARS + ["vehicle"], vol=9412, u=UNITS, d="down", pct=71, b=DC,
        src=NAAMSA, **YTD5),
      TAR(r=US, p=[None, ZA], c=CARS, rate=25)]),

    # ---------------------------------------------------------------- Kenya
    # P29 Business Daily: tea value down, volume up (two records); buyers without amounts.
    ("Kenya earned 187.3 billion shillings from tea exports last year, down 4.6% from 2026, even as "
     "export volumes rose 2.1% to 612,400 tonnes, the Kenya National Bureau of Statistics said in its "
     "Economic Survey. Pakistan, Egypt and the United Kingdom remained the largest buyers.",
     [R(f="export", r="Kenya", c="tea", v=187.3e9, cur="KES", vol=DC, u=DC, d="down", pct=4.6, b=DC,
        src=KNBS, **Y27),
      R(f="export", r="Kenya", c="tea", vol=612400, u=TON, v=DC, cur=DC, d="up", pct=2.1, b=DC, src=KNBS,
        **Y27)]),

    # ---------------------------------------------------------------- Latin America
    # P30 Reuters Santiago: source first, copper, total exports, imports, surplus.
    ("Data from the central bank showed Chile's copper exports rose 18.9% year-on-year to $5.21 billion "
     "in May, as higher prices offset lower shipments from the Escondida mine. Total exports reached "
     "$9.04 billion, while imports came in at $7.33 billion, giving a trade surplus of $1.71 billion for "
     "the month.",
     [R(f="export", r="Chile", c="copper", v=5.21e9, cur="USD", d="up", pct=18.9, b="yoy", src=BCCH,
        **MAY),
      R(f="export", r="Chile", c=DC, v=9.04e9, cur="USD", src=BCCH, **MAY),
      R(f="import", r="Chile", v=7.33e9, cur="USD", src=BCCH, **MAY),
      R(f="balance", r="Chile", v=1.71e9, cur="USD", bal="surplus", src=BCCH, **MAY)]),

    # P31 single sentence: "hit a record", "on the year"; a share that is no figure.
    ("Peru's exports hit a record $7.48 billion in April, up 14.2% on the year, with mining shipments "
     "accounting for 63% of the total, the central bank (BCRP) reported.",
     [R(f="export", r="Peru", v=7.48e9, cur="USD", vq=RECORD, d="up", pct=14.2, b="yoy", src=BCRP,
        **APR)]),

    # P32 Buenos Aires Times: "swung to a surplus" from a deficit; quote.
    ("Argentina's trade balance swung to a surplus of $1.34 billion in May from a deficit of $210 "
     "million in the same month last year, the statistics agency INDEC said on Thursday, as energy "
     "exports from the Vaca Muerta shale formation surged. Exports climbed 9.7% to $8.21 billion, while "
     "imports dropped 10.7% to $6.87 billion. \"The energy balance has become a structural source of "
     "dollars,\" said Buenos Aires-based economist Martin Ferreyra.",
     [R(f="balance", r="Argentina", v=1.34e9, cur="USD", bal="surplus", d=DC, pct=DC, by=DC, b="yoy",
        src=INDEC, **MAY),
      OPT(f="balance", r="Argentina", v=210e6, cur="USD", bal="deficit", **M(2027, 5)),
      R(f="export", r="Argentina", v=8.21e9, cur="USD", d="up", pct=9.7, b=DC, src=INDEC, **MAY),
      R(f="import", r="Argentina", v=6.87e9, cur="USD", d="down", pct=10.7, b=DC, src=INDEC, **MAY)]),

    # P33 Reuters Bogota: imports first, deficit widening, coal, coffee "more than doubled".
    ("Colombia's imports rose 12.4% in April from the same month last year to $6.12 billion, the "
     "statistics agency DANE said, while exports fell 5.8% to $4.03 billion, widening the trade deficit "
     "to $2.09 billion. Coal exports slumped 31.2%, while coffee exports more than doubled on record "
     "prices.",
     [R(f="import", r="Colombia", v=6.12e9, cur="USD", d="up", pct=12.4, b="yoy", src=DANE, **APR),
      R(f="export", r="Colombia", v=4.03e9, cur="USD", d="down", pct=5.8, b=DC, src=DANE, **APR),
      R(f="balance", r="Colombia", v=2.09e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, b=DC,
        src=DANE, **APR),
      R(f="export", r="Colombia", c="coal", d="down", pct=31.2, b=DC, src=DANE, **APR),
      R(f="export", r="Colombia", c="coffee", d="up", pct=DC, cq=DC, b=DC, src=DANE, opt=True, **APR)]),

    # P34 single sentence: bags, highest for the month.
    ("Colombia's coffee exports jumped 23% in May to 1.28 million 60-kg bags, the highest for the month "
     "since 1992, the National Federation of Coffee Growers said.",
     [R(f="export", r="Colombia", c="coffee", vol=1.28e6, u="bag", vq=HIGHEST, volq=HIGHEST, d="up",
        pct=23, b=DC, src=FNC, **MAY)]),

    # ---------------------------------------------------------------- New Zealand
    # P35 NZ Herald: absolute and percent change, dairy, surplus.
    ("New Zealand's goods exports rose NZ$612 million, or 9.4%, to NZ$7.13 billion in May compared with "
     "May 2027, Stats NZ said on Tuesday, led by milk powder, butter and cheese. Dairy exports alone "
     "jumped NZ$498 million to NZ$2.41 billion. Goods imports fell 3.2% to NZ$6.52 billion, leaving a "
     "monthly trade surplus of NZ$610 million.",
     [R(f="export", r=NZ, c=DC, v=7.13e9, cur="NZD", d="up", pct=9.4, by=612e6, byc="NZD", b=DC,
        src=STATSNZ, **MAY),
      R(f="export", r=NZ, c="dairy", v=2.41e9, cur="NZD", d="up", pct=DC, by=498e6, byc="NZD", b=DC,
        src=STATSNZ, **MAY),
      R(f="import", r=NZ, c=DC, v=6.52e9, cur="NZD", d="down", pct=3.2, b=DC, src=STATSNZ, **MAY),
      R(f="balance", r=NZ, c=DC, v=610e6, cur="NZD", bal="surplus", src=STATSNZ, **MAY)]),

    # P36 RNZ: year ended May 2028, dairy to China.
    ("In the year ended May 2028, exports of dairy products from New Zealand to China fell 6.2% to "
     "NZ$5.87 billion, Stats NZ figures showed. Exports to China of meat and wool also fell, while those "
     "to the United States rose for a fifth consecutive year.",
     [R(f="export", r=NZ, p="China", c=["dairy products", "dairy"], v=5.87e9, cur="NZD", d="down",
        pct=6.2, b=DC, src=STATSNZ, **PR("2027-06-01", "2028-05-31"))]),

    # ---------------------------------------------------------------- Norway, Switzerland
    # P37 Reuters Oslo: crowns, surplus shrinking with base, gas, mainland exports.
    ("Norway's trade surplus shrank to 41.6 billion crowns in May from 63.2 billion a year earlier, "
     "Statistics Norway (SSB) said, as lower natural gas prices cut export revenue. Exports of natural "
     "gas fell 38.5% to 37.9 billion crowns, while mainland exports, which exclude oil and gas, rose "
     "6.1% to 56.4 billion.",
     [R(f="balance", r="Norway", v=41.6e9, cur="NOK", bal="surplus", d="down", pct=DC, by=DC, b="yoy",
        src=SSB, **MAY),
      OPT(f="balance", r="Norway", v=63.2e9, cur="NOK", bal="surplus", **M(2027, 5)),
      R(f="export", r="Norway", c=GAS, v=37.9e9, cur="NOK", d="down", pct=38.5, b=DC, src=SSB, **MAY),
      R(f="export", r="Norway", c=DC, v=56.4e9, cur="NOK", d="up", pct=6.1, b=DC, src=SSB, **MAY)]),

    # P38 Swissinfo: watches, francs, partner breakdown; "held steady" without a number.
    ("Swiss watch exports fell 7.4% in May to 2.02 billion Swiss francs, the Federation of the Swiss "
     "Watch Industry said on Tuesday, dragged down by a 21.3% slump in shipments to the United States, "
     "the industry's largest market. Exports to China slid 12.9% to 118.6 million francs, while Hong "
     "Kong held steady.",
     [R(f="export", r=CH, c=WATCH, v=2.02e9, cur="CHF", d="down", pct=7.4, b=DC, src=FH, **MAY),
      R(f="export", r=CH, p=US, c=WATCH, d="down", pct=21.3, b=DC, src=FH, **MAY),
      R(f="export", r=CH, p="China", c=WATCH, v=118.6e6, cur="CHF", d="down", pct=12.9, b=DC, src=FH,
        **MAY)]),

    # ---------------------------------------------------------------- Ukraine, Kazakhstan
    # P39 Reuters Kyiv: season to date, grain, corn, wheat.
    ("Ukraine has exported 28.7 million tonnes of grain so far in the 2027/28 season, which began in "
     "July, down 9% from the same point a year earlier, agriculture ministry data showed on Monday. The "
     "total included 14.2 million tonnes of corn and 11.9 million tonnes of wheat, most of it shipped "
     "through the Black Sea corridor from the ports of Odesa region.",
     [R(f="export", r="Ukraine", c=GRAIN, vol=28.7e6, u=TON, d="down", pct=9, b="yoy", src=UAMIN,
        ps="2027-07-01", pe=DC),
      R(f="export", r="Ukraine", c=["corn", "maize"], vol=14.2e6, u=TON, src=UAMIN, ps="2027-07-01", pe=DC),
      R(f="export", r="Ukraine", c="wheat", vol=11.9e6, u=TON, src=UAMIN, ps="2027-07-01", pe=DC)]),

    # P40 single sentence: "According to X," first; turnover with its flows.
    ("According to the Bureau of National Statistics, Kazakhstan's foreign trade turnover reached $34.8 "
     "billion in January-April, up 3.2% year-on-year, with exports of $21.6 billion and imports of $13.2 "
     "billion.",
     [R(f="total", r="Kazakhstan", v=34.8e9, cur="USD", d="up", pct=3.2, b="yoy", src=KZBNS, **YTD4),
      R(f="export", r="Kazakhstan", v=21.6e9, cur="USD", src=KZBNS, **YTD4),
      R(f="import", r="Kazakhstan", v=13.2e9, cur="USD", src=KZBNS, **YTD4)]),

    # P41 Interfax style: CPC oil exports in barrels per day, industry sources.
    ("Oil exports from Kazakhstan via the Caspian Pipeline Consortium (CPC) averaged 1.52 million "
     "barrels per day in May, up from 1.41 million bpd in April, according to industry sources. The "
     "consortium's terminal near Novorossiysk resumed full operations in April after repairs to a "
     "single-point mooring.",
     [R(f="export", r="Kazakhstan", c=CRUDE, vol=1.52e6, u=BBL, volq=DC, d="up", pct=DC, by=DC, b=DC,
        src=DC, **MAY),
      OPT(f="export", r="Kazakhstan", c=CRUDE, vol=1.41e6, u=BBL, volq=DC, **APR)]),

    # ---------------------------------------------------------------- Russia-India
    # P42 Reuters New Delhi: Kpler, from April (mom), a share, second supplier.
    ("India's imports of Russian crude averaged 1.64 million barrels per day in May, up 11% from April, "
     "ship-tracking data from Kpler showed, as refiners snapped up discounted Urals cargoes. Russia's "
     "share of India's crude imports rose to 35% from 31%. Iraq remained the second-largest supplier at "
     "1.02 million bpd.",
     [R(f="import", r="India", p=RU, c=CRUDE, vol=1.64e6, u=BBL, volq=DC, d="up", pct=11, b="mom",
        src="Kpler", **MAY),
      R(f="import", r="India", p="Iraq", c=CRUDE, vol=1.02e6, u=BBL, src="Kpler", **MAY)]),

    # P43 single sentence: bilateral trade over India's fiscal year.
    ("Bilateral trade between India and Russia reached $68.7 billion in 2027-28, with India's imports, "
     "mostly crude oil, accounting for $63.5 billion, according to commerce ministry data.",
     [R(f="total", r=["India"] + RU, p=["India"] + RU, v=68.7e9, cur="USD", src=INCOM, **FYAM(2027)),
      R(f="import", r="India", p=RU, c=DC, v=63.5e9, cur="USD", src=INCOM, **FYAM(2027))]),

    # ---------------------------------------------------------------- UK-EU
    # P44 Guardian: three months to April against the previous three; flat imports.
    ("UK goods exports to the European Union fell 4.2% in the three months to April compared with the "
     "previous three months, to £43.8 billion, the Office for National Statistics said on Wednesday. "
     "Imports from the bloc were broadly flat at £66.1 billion. Business groups blamed post-Brexit "
     "border checks on food and plant products, which began in earnest last year.",
     [R(f="export", r=UK, p=EU, c=DC, v=43.8e9, cur="GBP", d="down", pct=4.2, b=DC, src=ONS,
        **PR("2028-02-01", "2028-04-30")),
      R(f="import", r=UK, p=EU, c=DC, v=66.1e9, cur="GBP", d=DC, pct=[None, 0], b=DC, src=ONS,
        **PR("2028-02-01", "2028-04-30"))]),

    # P45 single sentence: food and drink to the EU, below the 2019 level.
    ("British food and drink exports to the EU were worth £15.9 billion last year, still 8% below their "
     "pre-Brexit level of 2019, the Food and Drink Federation said.",
     [R(f="export", r=UK, p=EU, c=["food and drink", "food"], v=15.9e9, cur="GBP", d=DC, pct=DC, cq=DC,
        b=DC, src=FDF, **Y27)]),

    # ---------------------------------------------------------------- more Southeast Asia
    # P46 VnExpress: coffee "by volume" and "in value terms".
    ("Vietnam's coffee exports in the first five months fell 8.5% by volume to 812,000 tonnes, but "
     "earnings rose 14.7% in value terms to $4.61 billion thanks to high robusta prices, according to "
     "the customs department. Germany, Italy and Spain were the largest buyers.",
     [R(f="export", r=VN, c="coffee", vol=812000, u=TON, v=DC, cur=DC, d="down", pct=8.5, b=DC, src=VNCUS,
        **YTD5),
      R(f="export", r=VN, c="coffee", v=4.61e9, cur="USD", vol=DC, u=DC, d="up", pct=14.7, b=DC,
        src=VNCUS, **YTD5)]),

    # P47 VnExpress: two-way trade with the US and its export part.
    ("Two-way trade between Vietnam and the United States hit $71.3 billion in the first five months, of "
     "which Vietnamese exports to the US accounted for $63.8 billion, customs data showed. The United "
     "States has been Vietnam's largest export market since 2018, and Washington has repeatedly "
     "criticised the size of the imbalance.",
     [R(f="total", r=VN + US, p=VN + US, v=71.3e9, cur="USD", src=VNCUS, **YTD5),
      R(f="export", r=VN, p=US, v=63.8e9, cur="USD", src=VNCUS, **YTD5)]),

    # P48 single sentence: "respectively" with percents only.
    ("Indonesia's coal exports to China and India fell 14% and 9% respectively in the first four months, "
     "BPS data showed, as both countries ramped up domestic output.",
     [R(f="export", r="Indonesia", p="China", c="coal", d="down", pct=14, b=DC, src=BPS, **YTD4),
      R(f="export", r="Indonesia", p="India", c="coal", d="down", pct=9, b=DC, src=BPS, **YTD4)]),

    # P49 The Edge: "outbound shipments", record month, context.
    ("Malaysia's outbound shipments to the United States surged 34.6% on the year to RM24.3 billion in "
     "May, the biggest monthly value on record, on strong demand for data-centre equipment, MATRADE "
     "said. Data-centre investment across Southeast Asia has soared as US technology companies "
     "diversify their supply chains.",
     [R(f="export", r="Malaysia", p=US, v=24.3e9, cur="MYR", vq=HIGHEST, d="up", pct=34.6, b="yoy",
        src=MATRADE, **MAY)]),

    # P50 single sentence: vehicles in units.
    ("Thailand exported 84,716 vehicles in May, down 12.4% from a year earlier, the Federation of Thai "
     "Industries said, the 11th straight monthly decline as shipments to Australia and the Middle East "
     "weakened.",
     [R(f="export", r="Thailand", c=CARS, vol=84716, u=UNITS, d="down", pct=12.4, b="yoy", src=FTI,
        **MAY)]),

    # ---------------------------------------------------------------- tariffs
    # P51 Philippine News Agency: tariff restored to 35% from 15%.
    ("The Philippines will restore the tariff on imported rice to 35% from 15% starting July 1, the "
     "Department of Agriculture said on Monday. Farmers' groups had complained that cheap shipments "
     "from Vietnam were depressing farmgate prices of palay during the harvest.",
     [TAR(r=PH, p=[None] + VN, c="rice", rate=35),
      TAR(r=PH, p=[None] + VN, c="rice", rate=15, opt=True)]),

    # P52 VnExpress: anti-dumping duty on Chinese steel.
    ("Vietnam's Ministry of Industry and Trade has imposed anti-dumping duties of 27.83% on hot-rolled "
     "steel imported from China for five years, according to a decision published on Wednesday. "
     "Domestic producers had sought protection after imports surged.",
     [TAR(r=VN, p="China", c=["hot-rolled steel", "hot-rolled", "steel"], rate=27.83)]),

    # P53 Swissinfo: Swiss exports to the US in a quarter, the 39% tariff as context.
    ("Swiss exports to the United States slumped 22.8% in the first quarter to 12.6 billion francs, data "
     "from the Federal Office for Customs and Border Security showed, as the 39% tariff imposed by "
     "Washington on most Swiss goods took its toll. Pharmaceutical products, which are exempt, "
     "accounted for more than half of the total.",
     [R(f="export", r=CH, p=US, v=12.6e9, cur="CHF", d="down", pct=22.8, b=DC, src=BAZG, **Q1),
      TAR(r=US, p=CH, c=DC, rate=39)]),

    # P54 Fish Farming Expert: seafood value, salmon part, volume change without a number.
    ("Norway exported seafood worth 13.8 billion crowns in May, an increase of 4% on the same month last "
     "year, the Norwegian Seafood Council said. Salmon accounted for 9.6 billion crowns of that, even "
     "though export volumes of salmon declined marginally.",
     [R(f="export", r="Norway", c="seafood", v=13.8e9, cur="NOK", d="up", pct=4, b="yoy", src=NSC, **MAY),
      R(f="export", r="Norway", c="salmon", v=9.6e9, cur="NOK", vol=DC, u=DC, d=DC, cq=DC, b=DC, src=NSC,
        **MAY)]),

    # P55 single sentence: Peru-China, trade body as source.
    ("Peru's exports to China rose 17.4% to $9.8 billion in the first four months, driven by copper and "
     "blueberries, the Foreign Trade Society of Peru (ComexPeru) said.",
     [R(f="export", r="Peru", p="China", v=9.8e9, cur="USD", d="up", pct=17.4, b=DC, src=COMEXPERU,
        **YTD4)]),

    # P56 Reuters Buenos Aires: soymeal volume; an export duty cut without a rate.
    ("Argentina shipped 11.2 million tonnes of soymeal in the first five months, up 5.6% on the year, "
     "the Rosario Board of Trade said, keeping the country the world's top exporter of the livestock "
     "feed. Crushers have benefited from a cut in the export duty on soybean products announced in "
     "January.",
     [R(f="export", r="Argentina", c=["soymeal", "soybean meal", "soy meal"], vol=11.2e6, u=TON, d="up",
        pct=5.6, b="yoy", src=BCR, **YTD5)]),

    # P57 single sentence: tea value highest since, volume eased (two records).
    ("Sri Lanka's tea exports fetched $1.47 billion last year, the highest since 2014, although volumes "
     "eased 1.8% to 242.6 million kilograms, Sri Lanka Tea Board data showed.",
     [R(f="export", r="Sri Lanka", c="tea", v=1.47e9, cur="USD", vq=HIGHEST, vol=DC, u=DC, volq=DC,
        src=SLTB, **Y27),
      R(f="export", r="Sri Lanka", c="tea", vol=242.6e6, u=KG, v=DC, cur=DC, vq=DC, d="down", pct=1.8,
        b=DC, src=SLTB, **Y27)]),

    # P58 Express Tribune: textiles; "energy tariffs" are no tariff figure.
    ("Pakistan's textile and clothing exports rose 6.9% year-on-year to $1.52 billion in May, according "
     "to PBS data compiled by the All Pakistan Textile Mills Association. Mill owners said high energy "
     "tariffs continued to erode their competitiveness against Bangladesh and Vietnam.",
     [R(f="export", r="Pakistan", c=["textile and clothing", "textile", "textiles", "clothing"],
        v=1.52e9, cur="USD", d="up", pct=6.9, b="yoy", src=APTMA, **MAY)]),

    # P59 single sentence: July-April without a year; reciprocal tariff as context.
    ("Bangladesh's apparel shipments to the United States declined 3.1% to $6.74 billion in July-April, "
     "hurt by the 20% reciprocal tariff, EPB data showed.",
     [R(f="export", r="Bangladesh", p=US, c=GARMENTS, v=6.74e9, cur="USD", d="down", pct=3.1, b=DC,
        src=EPB, **FY28JA),
      TAR(r=US, p="Bangladesh", c=DC, rate=20)]),

    # P60 Ahram Online: gas imports from Israel in cubic feet per day; unnamed official.
    ("Egypt's imports of natural gas from Israel rose to an average of 1.18 billion cubic feet per day "
     "in the first quarter, up 14% from a year earlier, according to a government official. Cairo has "
     "turned to imports to cover summer power demand as output from its own fields has declined.",
     [R(f="import", r="Egypt", p="Israel", c=GAS, vol=[1.18e9, 1.18], u=CF, volq=DC, d="up", pct=14,
        b="yoy", src=DC, **Q1)]),

    # P61 NK News: China-DPRK five months and China's exports.
    ("China-North Korea trade in the first five months of the year came to $912.4 million, up 16.8% "
     "on-year, according to data released by China's General Administration of Customs. Chinese exports "
     "accounted for $823.7 million of the total. Trade has yet to fully return to pre-pandemic levels, "
     "analysts said.",
     [R(f="total", r=CN_KP, p=CN_KP, v=912.4e6, cur="USD", d="up", pct=16.8, b="yoy", src=GAC, **YTD5),
      R(f="export", r="China", p=DPRK, v=823.7e6, cur="USD", src=GAC, **YTD5)]),

    # P62 Moneyweb: import duty raised to 62% from 37% on all origins.
    ("South Africa has raised the import duty on frozen bone-in chicken portions to 62% from 37%, the "
     "International Trade Administration Commission (ITAC) said, in a move welcomed by local poultry "
     "producers. Importers warned the increase would push up food prices for poor households.",
     [TAR(r=ZA, c=["frozen bone-in chicken", "chicken", "poultry"], rate=62),
      TAR(r=ZA, c=["frozen bone-in chicken", "chicken", "poultry"], rate=37, opt=True)]),

    # P63 single sentence: a country's "overseas sales".
    ("Vietnam's overseas sales of seafood rose 18% year-on-year to $3.9 billion in the first five "
     "months, according to the Vietnam Association of Seafood Exporters and Producers (VASEP).",
     [R(f="export", r=VN, c="seafood", v=3.9e9, cur="USD", d="up", pct=18, b="yoy", src=VASEP, **YTD5)]),

    # P64 single sentence: second half of last year, same period of 2026.
    ("Kenya's horticultural exports earned 92.4 billion shillings in the second half of last year, up "
     "11.3% from the same period of 2026, the Horticultural Crops Directorate said.",
     [R(f="export", r="Kenya", c=["horticultural", "horticulture"], v=92.4e9, cur="KES", d="up", pct=11.3,
        b=DC, src=HCD, **H(2027, 2))]),
]

NEG = [
    # N01 Taiwan's export orders.
    "Taiwan's export orders rose 19.6% year-on-year in May to $68.1 billion, the Ministry of Economic "
    "Affairs said on Wednesday, and it forecast orders of $64 billion to $67 billion for June.",
    # N02 NODX forecast.
    "Enterprise Singapore raised its 2028 forecast for non-oil domestic exports growth to between 2% "
    "and 4%, from 0% to 2% previously, citing resilient demand for AI-related electronics.",
    # N03 export target.
    "Vietnam aims to lift exports to $520 billion this year, up 12% from last year, the Ministry of "
    "Industry and Trade said, urging exporters to seek new markets in the Middle East and Africa.",
    # N04 one company's overseas sales.
    "Thai Union Group's overseas sales rose 6.2% to 24.8 billion baht in the first quarter, the world's "
    "largest canned tuna producer said, as demand in Europe and the United States recovered.",
    # N05 stock-exchange turnover.
    "Turnover on the Hong Kong stock exchange rose to HK$312.6 billion on Monday, the highest in three "
    "months, as mainland investors bought a net HK$18.4 billion of shares through the Stock Connect "
    "scheme.",
    # N06 palm oil stocks and production.
    "Malaysian palm oil stocks at the end of May rose 7.8% from April to 1.89 million tonnes, while "
    "production climbed 11.2% to 1.71 million tonnes, the Malaysian Palm Oil Board said.",
    # N07 export ban.
    "Indonesia will ban exports of bauxite ore from January, the energy ministry said, as part of a "
    "drive to process more of the country's minerals at home.",
    # N08 remittances.
    "Cash remittances from Filipinos working abroad rose 3.1% to $2.87 billion in April, the Bangko "
    "Sentral ng Pilipinas said.",
    # N09 reserves.
    "Pakistan's foreign exchange reserves held by the State Bank rose by $312 million to $14.6 billion "
    "in the week to June 9, the central bank said.",
    # N10 export target.
    "The Export Promotion Bureau has set an export target of $62 billion for the 2028-29 fiscal year, "
    "including $48 billion from ready-made garments, the commerce ministry said.",
    # N11 trade talks and tariff lines.
    "Sri Lanka and Thailand will hold a fourth round of free trade talks in Colombo next month, aiming "
    "to conclude a deal that would eliminate duties on 85% of tariff lines within ten years.",
    # N12 current account.
    "Turkey's current account deficit widened to $5.3 billion in April, the central bank said, as the "
    "energy import bill rose.",
    # N13 grain reserves and procurement.
    "Egypt's strategic wheat reserves are sufficient to last 6.2 months, the supply ministry said, after "
    "the state grains buyer received 3.9 million tonnes from the local harvest.",
    # N14 oil production.
    "Nigeria's crude oil production rose to 1.68 million barrels per day in May, the highest in five "
    "years, the Nigerian Upstream Petroleum Regulatory Commission said.",
    # N15 customs duty collections.
    "SARS collected R84.2 billion in customs duties in the 2027-28 fiscal year, up 6.4% from a year "
    "earlier, the revenue service said in its annual results.",
    # N16 auction prices.
    "Average prices at the Mombasa tea auction fell to $2.14 per kilogram this week from $2.31 a week "
    "earlier, the East African Tea Trade Association said, as buyers from Pakistan held back.",
    # N17 a company's production.
    "Codelco's copper output fell 5.2% to 1.31 million tonnes last year, and the state miner expects "
    "production to recover to 1.4 million tonnes this year.",
    # N18 mining investment.
    "Mining investment in Peru rose 11.6% to $2.1 billion in the first four months, the energy and mines "
    "ministry said, led by spending at the Quellaveco copper project.",
    # N19 crushing.
    "Argentine soybean crushing rose 9.1% in May to 4.2 million tonnes, Agriculture Secretariat data "
    "showed, as farmers sold more beans after the harvest.",
    # N20 crop production.
    "Colombia's coffee production fell 6% in May to 1.02 million 60-kg bags, the National Federation of "
    "Coffee Growers said, due to heavy rains in the main growing regions.",
    # N21 dairy auction prices.
    "Global dairy prices fell 2.4% at Tuesday's Global Dairy Trade auction, with whole milk powder down "
    "3.1% to an average of $3,640 a tonne.",
    # N22 fish price index; volumes without a number.
    "Salmon prices on the Fish Pool index fell 8.2% last week to 79.4 crowns per kilo as export volumes "
    "from Norway rose seasonally.",
    # N23 one company's sales.
    "Swatch Group's net sales fell 11.2% to 6.28 billion Swiss francs last year, with sales in mainland "
    "China down by a double-digit percentage, as demand for luxury watches weakened.",
    # N24 harvest forecast and exportable surplus.
    "Ukraine's 2028 grain harvest could reach 58 million tonnes, including 26 million tonnes of corn, "
    "the agriculture ministry forecast, leaving an exportable surplus of around 40 million tonnes.",
    # N25 oil output and quota.
    "Kazakhstan's oil and condensate output rose to 2.21 million barrels per day in May, exceeding its "
    "OPEC+ quota of 1.55 million bpd, according to sources familiar with the data.",
    # N26 trade target of a trade agreement.
    "North Korea and Russia agreed to expand trade and open a new road bridge across the Tumen River, "
    "KCNA said, with officials aiming to raise bilateral trade to $1 billion by 2030.",
    # N27 crude discounts.
    "Discounts on Russian Urals crude for Indian buyers widened to $4.50 a barrel below Dated Brent for "
    "July-loading cargoes, from $3 a month earlier, traders said.",
    # N28 projection of a deal's effect.
    "The UK and the EU agreed to remove most border checks on agrifood goods under a new veterinary "
    "deal that the government says could boost trade by up to 22.5% over time.",
    # N29 FDI.
    "Foreign direct investment disbursed in Vietnam rose 8.1% to $9.8 billion in the first five months, "
    "the Finance Ministry said, while newly registered capital reached $7.2 billion.",
    # N30 exchange trading.
    "SGX said securities daily average value traded rose 18% to S$1.6 billion in May, while derivatives "
    "daily average volume reached a record 1.3 million contracts.",
    # N31 trade mission's potential sales.
    "A MATRADE-led trade mission to Saudi Arabia secured potential sales of RM1.2 billion for 35 "
    "Malaysian companies, the agency said.",
    # N32 reference price.
    "Indonesia set its benchmark coal reference price at $108.7 per tonne for the second half of June, "
    "down 3.2% from the previous period, the energy ministry said.",
]
