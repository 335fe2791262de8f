from slots import DC, R, M, Y, PR

# The tenth set: every text is the only body paragraph (after an unrelated opening one)
# of a page published on 2027-09-14 (a Tuesday), so "August" and "last month" are August
# 2027, "July" is July 2027, "December" is December 2026, "last year" is 2026, "this year"
# is 2027, "the first eight months" are January-August 2027, "the first half" is
# January-June 2027 and "the June quarter" is April-June 2027.
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
# Additional conventions of this set:
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
# New in this set.
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


AUG = M(2027, 8)
JUL = M(2027, 7)
YTD8 = YTD(2027, 8)
YTD7 = YTD(2027, 7)
H1 = H(2027, 1)

POS = [
    # ---------------------------------------------------------------- China, customs
    # P01 China Daily: yuan, year to date, total with its two flows.
    ("China's foreign trade rose 3.5 percent year-on-year to 30.5 trillion yuan in the first eight "
     "months of the year, the General Administration of Customs said on Sunday. Exports grew 6.1 "
     "percent to 17.6 trillion yuan, while imports edged up 0.1 percent to 12.9 trillion yuan. Lyu "
     "Daliang, director of the GAC's statistics and analysis department, said the country's trade had "
     "shown \"strong resilience\" despite a complex and severe external environment.",
     [R(f="total", r="China", v=30.5e12, cur="CNY", d="up", pct=3.5, b="yoy", src=GAC, **YTD8),
      R(f="export", r="China", v=17.6e12, cur="CNY", d="up", pct=6.1, b=DC, src=GAC, **YTD8),
      R(f="import", r="China", v=12.9e12, cur="CNY", d="up", pct=0.1, b=DC, src=GAC, **YTD8)]),

    # P02 Reuters: dollar terms, percent only, previous month, poll forecast, surplus narrowing.
    ("China's exports grew 4.4% year-on-year in August in dollar terms, slowing from a 7.2% gain in "
     "July, customs data showed on Monday, missing the 5.0% growth forecast in a Reuters poll of "
     "economists. Imports rose 1.3%, compared with a 4.1% increase the previous month. The trade "
     "surplus narrowed to $94.6 billion from $98.2 billion in July.",
     [R(f="export", r="China", d="up", pct=4.4, b="yoy", src=GAC, **AUG),
      OPT(f="export", r="China", d="up", pct=7.2, **JUL),
      R(f="import", r="China", d="up", pct=1.3, b=DC, src=GAC, **AUG),
      OPT(f="import", r="China", d="up", pct=4.1, **JUL),
      R(f="balance", r="China", v=94.6e9, cur="USD", bal="surplus", d="down", pct=DC, by=DC, b=DC,
        src=GAC, **AUG),
      OPT(f="balance", r="China", v=98.2e9, cur="USD", bal="surplus", **JUL)]),

    # P03 Xinhua: yuan with the dollar amount in brackets.
    ("China's imports of integrated circuits reached 365.2 billion yuan (about 50.7 billion U.S. "
     "dollars) in August, up 11.8 percent year-on-year, according to data from the GAC. Analysts said "
     "Chinese companies were stockpiling chips ahead of tighter U.S. export controls.",
     [R(f="import", r="China", c=IC, v=[365.2e9, 50.7e9], cur=["CNY", "USD"], vq=[None] + ABOUT,
        d="up", pct=11.8, b="yoy", src=GAC, **AUG),
      OPT(f="import", r="China", c=IC, v=[365.2e9, 50.7e9], cur=["CNY", "USD"], **AUG)]),

    # P04 Global Times: China-Russia turnover and its flows; context without figures.
    ("China-Russia trade fell 6.8 percent year-on-year to $152.4 billion in the first eight months of "
     "2027, according to data released by China's General Administration of Customs on Sunday. China's "
     "exports to Russia dropped 9.1 percent to $68.7 billion, while imports from Russia slipped 4.9 "
     "percent to $83.7 billion. Analysts attributed the decline to lower energy prices and payment "
     "difficulties caused by Western sanctions, saying the figures did not reflect a cooling of "
     "political ties.",
     [R(f="total", r="China", p=RU, v=152.4e9, cur="USD", d="down", pct=6.8, b="yoy", src=GAC, **YTD8),
      R(f="export", r="China", p=RU, v=68.7e9, cur="USD", d="down", pct=9.1, b=DC, src=GAC, **YTD8),
      R(f="import", r="China", p=RU, v=83.7e9, cur="USD", d="down", pct=4.9, b=DC, src=GAC, **YTD8)]),

    # P05 Yonhap: China-DPRK month; "the North", "the reclusive country".
    ("Trade between North Korea and China rose 18.2 percent on-year in July to $247.6 million, "
     "according to Chinese customs data, as freight traffic across the Yalu River bridge continued to "
     "recover. China's exports to the North came to $201.3 million, while its imports from the "
     "reclusive country stood at $46.3 million, the data showed.",
     [R(f="total", r=CN_KP, p=CN_KP, v=247.6e6, cur="USD", d="up", pct=18.2, b="yoy", src=GAC, **JUL),
      R(f="export", r="China", p=DPRK, v=201.3e6, cur="USD", src=GAC, **JUL),
      R(f="import", r="China", p=DPRK, v=46.3e6, cur="USD", src=GAC, **JUL)]),

    # P06 single sentence: North Korea named first, Chinese figures, year to date.
    ("North Korea's trade with China in the first eight months of this year totaled $1.58 billion, up "
     "21 percent from the same period last year, Chinese customs figures showed, putting it on course "
     "for its highest annual level since 2019.",
     [R(f="total", r=CN_KP, p=CN_KP, v=1.58e9, cur="USD", d="up", pct=21, b="yoy", src=GAC, **YTD8)]),

    # P07 AP: US-China deficit narrowing, both flows.
    ("The U.S. trade deficit with China shrank to $18.9 billion in July, the smallest monthly gap "
     "since 2009, as tariffs continued to choke off imports of Chinese goods, the Commerce Department "
     "said Thursday. Imports from China fell 21.4% from a year earlier to $27.6 billion, while American "
     "exports to China slipped 3.2% to $8.7 billion.",
     [R(f="balance", r=US, p="China", v=18.9e9, cur="USD", vq=LOWEST, bal="deficit", d=DC, b=DC,
        src=USDOC, **JUL),
      R(f="import", r=US, p="China", v=27.6e9, cur="USD", d="down", pct=21.4, b="yoy", src=USDOC, **JUL),
      R(f="export", r=US, p="China", v=8.7e9, cur="USD", d="down", pct=3.2, b=DC, src=USDOC, **JUL)]),

    # P08 Reuters: overall US deficit, poll forecast, absolute changes of goods flows.
    ("The U.S. trade deficit widened 4.9% to $78.3 billion in July, the Commerce Department's Bureau "
     "of Economic Analysis and Census Bureau said on Thursday. Economists polled by Reuters had "
     "forecast the deficit would rise to $75.0 billion. Goods imports increased $6.2 billion to $279.4 "
     "billion, while goods exports dipped $0.8 billion to $176.5 billion.",
     [R(f="balance", r=US, c=DC, v=78.3e9, cur="USD", bal="deficit", d=DC, pct=4.9, b=DC, src=USDOC,
        **JUL),
      R(f="import", r=US, c=DC, v=279.4e9, cur="USD", d="up", pct=DC, by=6.2e9, byc="USD", b=DC,
        src=USDOC, **JUL),
      R(f="export", r=US, c=DC, v=176.5e9, cur="USD", d="down", pct=DC, by=0.8e9, byc="USD", b=DC,
        src=USDOC, **JUL)]),

    # P09 CNBC: US-Mexico goods trade.
    ("Mexico remained America's largest trading partner in July, with two-way goods trade totaling "
     "$76.8 billion, according to Census Bureau data released Thursday. U.S. imports from Mexico rose "
     "5.7% year over year to $46.1 billion, while exports to Mexico came in at $30.7 billion. Canada "
     "ranked second and China third.",
     [R(f="total", r=US, p="Mexico", c=DC, v=76.8e9, cur="USD", src=USDOC, **JUL),
      R(f="import", r=US, p="Mexico", c=DC, v=46.1e9, cur="USD", d="up", pct=5.7, b="yoy", src=USDOC,
        **JUL),
      R(f="export", r=US, p="Mexico", c=DC, v=30.7e9, cur="USD", src=USDOC, **JUL)]),

    # P10 Reuters Mexico City: INEGI, small deficit in millions, share no figure.
    ("Mexico's exports rose 8.3% in July from a year earlier to $54.2 billion, the national statistics "
     "agency INEGI said, while imports increased 4.6% to $55.1 billion, leaving a trade deficit of $900 "
     "million for the month. Shipments to the United States, which buys more than 80% of Mexican "
     "exports, climbed 9.1%.",
     [R(f="export", r="Mexico", v=54.2e9, cur="USD", d="up", pct=8.3, b="yoy", src=INEGI, **JUL),
      R(f="import", r="Mexico", v=55.1e9, cur="USD", d="up", pct=4.6, b=DC, src=INEGI, **JUL),
      R(f="balance", r="Mexico", v=900e6, cur="USD", bal="deficit", src=INEGI, **JUL),
      R(f="export", r="Mexico", p=US, d="up", pct=9.1, b=DC, src=INEGI, **JUL)]),

    # ---------------------------------------------------------------- EU, Eurostat
    # P11 SCMP: EU-China deficit with base, flows in "per cent" and "€...bn".
    ("The European Union's trade deficit with China widened to €176.4bn in the first half of the "
     "year, up from €148bn in the same period of 2026, according to Eurostat figures. EU imports from "
     "China rose 7.2 per cent to €270.5bn, driven by electric vehicles, batteries and solar products, "
     "while exports to China dropped 9.8 per cent to €94.1bn, with cars and machinery hit hardest.",
     [R(f="balance", r=EU, p="China", v=176.4e9, cur="EUR", bal="deficit", d=DC, pct=DC, by=DC, b="yoy",
        src="Eurostat", **H1),
      OPT(f="balance", r=EU, p="China", v=148e9, cur="EUR", bal="deficit", **H(2026, 1)),
      R(f="import", r=EU, p="China", v=270.5e9, cur="EUR", d="up", pct=7.2, b=DC, src="Eurostat", **H1),
      R(f="export", r=EU, p="China", v=94.1e9, cur="EUR", d="down", pct=9.8, b=DC, src="Eurostat",
        **H1)]),

    # P12 Reuters Brussels: euro zone surplus, percent-only flows, EU surplus without change.
    ("The euro zone's trade surplus with the rest of the world shrank to €8.7 billion in July from "
     "€21.2 billion a year earlier, Eurostat said on Tuesday, as exports fell 3.1% and imports rose "
     "2.4%. For the European Union as a whole, the surplus was €4.3 billion.",
     [R(f="balance", r=EZ, p=WORLD, v=8.7e9, cur="EUR", bal="surplus", d="down", pct=DC, by=DC, b="yoy",
        src="Eurostat", **JUL),
      OPT(f="balance", r=EZ, p=WORLD, v=21.2e9, cur="EUR", bal="surplus", **M(2026, 7)),
      R(f="export", r=EZ, p=WORLD, d="down", pct=3.1, b=DC, src="Eurostat", **JUL),
      R(f="import", r=EZ, p=WORLD, d="up", pct=2.4, b=DC, src="Eurostat", **JUL),
      R(f="balance", r=EU, p=WORLD, v=4.3e9, cur="EUR", bal="surplus", src="Eurostat", **JUL)]),

    # ---------------------------------------------------------------- Germany, Destatis
    # P13 DW: month-on-month headline, partner values, quote.
    ("German exports unexpectedly fell in July, dropping 1.8% compared with the previous month, the "
     "Federal Statistical Office (Destatis) reported on Tuesday. Imports rose 0.9% on the month. "
     "Exports to the United States, Germany's largest single market, slumped 7.4% to €11.2 billion, "
     "while those to China were down 2.9% at €6.4 billion. \"The tariff burden is clearly visible,\" "
     "said Commerzbank economist Vincent Stamer.",
     [R(f="export", r="Germany", d="down", pct=1.8, b="mom", src=DESTATIS, **JUL),
      R(f="import", r="Germany", d="up", pct=0.9, b="mom", src=DESTATIS, **JUL),
      R(f="export", r="Germany", p=US, v=11.2e9, cur="EUR", d="down", pct=7.4, b=DC, src=DESTATIS, **JUL),
      R(f="export", r="Germany", p="China", v=6.4e9, cur="EUR", d="down", pct=2.9, b=DC, src=DESTATIS,
        **JUL)]),

    # P14 Bloomberg, single sentence: surplus narrowing from the previous month's amount.
    ("Germany's trade surplus narrowed to €14.6 billion in July from €16.9 billion in June, "
     "seasonally adjusted figures from Destatis showed.",
     [R(f="balance", r="Germany", v=14.6e9, cur="EUR", bal="surplus", d="down", pct=DC, by=DC, b=DC,
        src=DESTATIS, **JUL),
      OPT(f="balance", r="Germany", v=16.9e9, cur="EUR", bal="surplus", **M(2027, 6))]),

    # ---------------------------------------------------------------- Japan, MOF
    # P15 Nikkei Asia: yen trillions, goods-and-partner change, deficit without change.
    ("Japan's exports fell 2.6% in July from a year earlier to ¥9.21 trillion, the Ministry of Finance "
     "said, marking a third straight monthly decline as shipments of cars to the U.S. dropped 14.9%. "
     "Imports declined 5.4% to ¥9.33 trillion, leaving a trade deficit of ¥117.6 billion.",
     [R(f="export", r="Japan", v=9.21e12, cur="JPY", d="down", pct=2.6, b="yoy", src=MOFJ, **JUL),
      R(f="export", r="Japan", p=US, c=CARS, d="down", pct=14.9, b=DC, src=MOFJ, **JUL),
      R(f="import", r="Japan", v=9.33e12, cur="JPY", d="down", pct=5.4, b=DC, src=MOFJ, **JUL),
      R(f="balance", r="Japan", v=117.6e9, cur="JPY", bal="deficit", src=MOFJ, **JUL)]),

    # ---------------------------------------------------------------- Japan-Korea
    # P16 Korea Herald: Korea's deficit with Japan narrowing, base, flows.
    ("South Korea's trade deficit with Japan narrowed to $12.1 billion in the first seven months of "
     "the year from $13.9 billion a year earlier, according to the Korea International Trade "
     "Association. Exports to Japan rose 4.7 percent on-year to $17.5 billion, while imports from its "
     "neighbor slipped 3.4 percent to $29.6 billion, largely reflecting lower purchases of "
     "semiconductor materials and equipment.",
     [R(f="balance", r=KR, p="Japan", v=12.1e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, b="yoy",
        src=KITA, **YTD7),
      OPT(f="balance", r=KR, p="Japan", v=13.9e9, cur="USD", bal="deficit", **YTD(2026, 7)),
      R(f="export", r=KR, p="Japan", v=17.5e9, cur="USD", d="up", pct=4.7, b="yoy", src=KITA, **YTD7),
      R(f="import", r=KR, p="Japan", v=29.6e9, cur="USD", d="down", pct=3.4, b=DC, src=KITA, **YTD7)]),

    # ---------------------------------------------------------------- South Korea
    # P17 Yonhap: monthly release, surplus streak, chips record, cars.
    ("South Korea's exports rose 6.3 percent on-year in August to $61.2 billion on the back of robust "
     "demand for semiconductors, the trade ministry said Wednesday. Imports increased 2.1 percent to "
     "$54 billion, resulting in a trade surplus of $7.2 billion, the 28th consecutive month in the "
     "black. Chip exports jumped 22.4 percent to a record $15.8 billion, while car exports fell 4.7 "
     "percent to $5.1 billion amid U.S. tariffs.",
     [R(f="export", r=KR, v=61.2e9, cur="USD", d="up", pct=6.3, b="yoy", src=MOTIE, **AUG),
      R(f="import", r=KR, v=54e9, cur="USD", d="up", pct=2.1, b=DC, src=MOTIE, **AUG),
      R(f="balance", r=KR, v=7.2e9, cur="USD", bal="surplus", src=MOTIE, **AUG),
      R(f="export", r=KR, c=CHIPS, v=15.8e9, cur="USD", vq=RECORD, d="up", pct=22.4, b=DC, src=MOTIE,
        **AUG),
      R(f="export", r=KR, c=CARS, v=5.1e9, cur="USD", d="down", pct=4.7, b=DC, src=MOTIE, **AUG)]),

    # P18 Yonhap: first ten days of the month, Korea Customs Service.
    ("South Korea's exports during the first 10 days of September rose 11.2 percent from a year "
     "earlier to $16.4 billion, data from the Korea Customs Service showed Monday. Semiconductor "
     "exports surged 31.5 percent, while shipments to China, the country's largest trading partner, "
     "rose 6.8 percent.",
     [R(f="export", r=KR, v=16.4e9, cur="USD", d="up", pct=11.2, b="yoy", src=KCS,
        **PR("2027-09-01", "2027-09-10")),
      R(f="export", r=KR, c=CHIPS, d="up", pct=31.5, b=DC, src=KCS, **PR("2027-09-01", "2027-09-10")),
      R(f="export", r=KR, p="China", d="up", pct=6.8, b=DC, src=KCS, **PR("2027-09-01", "2027-09-10"))]),

    # ---------------------------------------------------------------- India
    # P19 Economic Times: dollars, deficit widening with base, rupee restatement (lakh crore).
    ("India's merchandise exports rose 4.8% year-on-year to $36.9 billion in August, while imports "
     "climbed 7.1% to $65.3 billion, widening the trade deficit to $28.4 billion from $25.8 billion a "
     "year ago, commerce ministry data released on Monday showed. In rupee terms, exports stood at Rs "
     "3.2 lakh crore.",
     [R(f="export", r="India", c=DC, v=[36.9e9, 3.2e12], cur=["USD", "INR"], d="up", pct=4.8, b="yoy",
        src=INCOM, **AUG),
      OPT(f="export", r="India", c=DC, v=[36.9e9, 3.2e12], cur=["USD", "INR"], **AUG),
      R(f="import", r="India", c=DC, v=65.3e9, cur="USD", d="up", pct=7.1, b=DC, src=INCOM, **AUG),
      R(f="balance", r="India", c=DC, v=28.4e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, b="yoy",
        src=INCOM, **AUG),
      OPT(f="balance", r="India", c=DC, v=25.8e9, cur="USD", bal="deficit", **M(2026, 8))]),

    # P20 Times of India: fiscal year to date, base of last fiscal, services estimate.
    ("India's merchandise exports during April-August 2027 were valued at $181.4 billion, up 2.9% "
     "from $176.3 billion in the same period last fiscal, while imports stood at $301.7 billion, the "
     "commerce and industry ministry said. Services exports for the period were estimated at $162.5 "
     "billion.",
     [R(f="export", r="India", c=DC, v=181.4e9, cur="USD", d="up", pct=2.9, b="yoy", src=INCOM,
        **PR("2027-04-01", "2027-08-31")),
      OPT(f="export", r="India", c=DC, v=176.3e9, cur="USD", **PR("2026-04-01", "2026-08-31")),
      R(f="import", r="India", c=DC, v=301.7e9, cur="USD", src=INCOM, **PR("2027-04-01", "2027-08-31")),
      R(f="export", r="India", c="services", v=162.5e9, cur="USD", vq=DC, src=INCOM,
        **PR("2027-04-01", "2027-08-31"))]),

    # P21 PTI: India-China deficit over a fiscal year, "its northern neighbour".
    ("India's trade deficit with China rose to $99.2 billion in 2026-27 from $87.4 billion in the "
     "previous fiscal year, as imports from its northern neighbour climbed 11.5% to $113.5 billion "
     "while exports to China fell 0.6% to $14.3 billion, according to commerce ministry data.",
     [R(f="balance", r="India", p="China", v=99.2e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, b=DC,
        src=INCOM, **FYAM(2026)),
      OPT(f="balance", r="India", p="China", v=87.4e9, cur="USD", bal="deficit", **FYAM(2025)),
      R(f="import", r="India", p="China", v=113.5e9, cur="USD", d="up", pct=11.5, b=DC, src=INCOM,
        **FYAM(2026)),
      R(f="export", r="India", p="China", v=14.3e9, cur="USD", d="down", pct=0.6, b=DC, src=INCOM,
        **FYAM(2026))]),

    # P22 Business Standard, single sentence: crore, April-July.
    ("Rice exports from India rose 18 per cent to ₹58,400 crore in April-July, buoyed by the removal "
     "of curbs on non-basmati varieties, according to data compiled by the Agricultural and Processed "
     "Food Products Export Development Authority (APEDA).",
     [R(f="export", r="India", c="rice", v=5.84e11, cur="INR", d="up", pct=18, b=DC, src=APEDA,
        **PR("2027-04-01", "2027-07-31"))]),

    # ---------------------------------------------------------------- UK, ONS
    # P23 Guardian/FT: three months to July, absolute widening, partner groups.
    ("The UK's goods trade deficit widened by £3.1 billion to £22.4 billion in the three months to "
     "July, the Office for National Statistics said, as imports of precious metals rose. Goods exports "
     "to the EU fell 2.7%, while exports to non-EU countries increased 1.4%.",
     [R(f="balance", r=UK, c=DC, v=22.4e9, cur="GBP", bal="deficit", d=DC, pct=DC, by=3.1e9, byc="GBP",
        b=DC, src=ONS, **PR("2027-05-01", "2027-07-31")),
      R(f="export", r=UK, p=EU, c=DC, d="down", pct=2.7, b=DC, src=ONS, **PR("2027-05-01", "2027-07-31")),
      R(f="export", r=UK, p=[None, "non-EU"], c=DC, d="up", pct=1.4, b=DC, src=ONS,
        **PR("2027-05-01", "2027-07-31"))]),

    # P24 single sentence: UK-US, absolute fall, lowest since, tariff as context.
    ("Britain's exports of goods to the United States fell by £1.2 billion to £3.9 billion in July, "
     "the lowest since comparable records began in 1997, ONS figures showed, as the 10% baseline "
     "tariff imposed by Washington continued to bite.",
     [R(f="export", r=UK, p=US, c=DC, v=3.9e9, cur="GBP", vq=LOWEST, d="down", pct=DC, by=1.2e9,
        byc="GBP", b=DC, src=ONS, **JUL),
      TAR(r=US, p=[None] + UK, rate=10)]),

    # ---------------------------------------------------------------- Canada
    # P25 Reuters Ottawa: deficit with the world narrowing, percent flows, surplus with the US.
    ("Canada's merchandise trade deficit with the world narrowed to C$4.9 billion in July from C$6.3 "
     "billion in June, Statistics Canada said on Thursday. Exports rose 1.6% on higher shipments of "
     "crude oil, while imports slipped 0.7%. Exports to the United States increased 3.4% and the trade "
     "surplus with the U.S. widened to C$9.8 billion.",
     [R(f="balance", r="Canada", p=WORLD, c=DC, v=4.9e9, cur="CAD", bal="deficit", d=DC, pct=DC, by=DC,
        b=DC, src=STATCAN, **JUL),
      OPT(f="balance", r="Canada", p=WORLD, c=DC, v=6.3e9, cur="CAD", bal="deficit", **M(2027, 6)),
      R(f="export", r="Canada", p=WORLD, c=DC, d="up", pct=1.6, b=DC, src=STATCAN, **JUL),
      R(f="import", r="Canada", p=WORLD, c=DC, d="down", pct=0.7, b=DC, src=STATCAN, **JUL),
      R(f="export", r="Canada", p=US, c=DC, d="up", pct=3.4, b=DC, src=STATCAN, **JUL),
      R(f="balance", r="Canada", p=US, c=DC, v=9.8e9, cur="CAD", bal="surplus", d="up", b=DC,
        src=STATCAN, **JUL)]),

    # ---------------------------------------------------------------- Australia
    # P26 ABC/AFR: surplus down by an amount from June, goods, broadly unchanged imports.
    ("Australia's goods trade surplus fell to A$5.4 billion in July, down A$1.9 billion from June, as "
     "the value of iron ore and coal exports slid on weaker prices, the Australian Bureau of "
     "Statistics said on Thursday. Goods exports fell 3.8 per cent to A$40.7 billion, with metal ores "
     "and minerals down 6.2 per cent. Imports were broadly unchanged at A$35.3 billion.",
     [R(f="balance", r="Australia", c=DC, v=5.4e9, cur="AUD", bal="surplus", d="down", pct=DC, by=1.9e9,
        byc="AUD", b="mom", src=ABS, **JUL),
      R(f="export", r="Australia", c=DC, v=40.7e9, cur="AUD", d="down", pct=3.8, b=DC, src=ABS, **JUL),
      R(f="export", r="Australia", c=["metal ores and minerals", "metal ores"], d="down", pct=6.2, b=DC,
        src=ABS, **JUL),
      R(f="import", r="Australia", c=DC, v=35.3e9, cur="AUD", d=DC, pct=[None, 0], b=DC, src=ABS, **JUL)]),

    # P27 single sentence: iron ore volume to China from port data; a price that is no figure.
    ("Australia shipped 74.3 million tonnes of iron ore to China in August, up 3 per cent from a year "
     "earlier, according to port data compiled by Bloomberg, even as benchmark prices hovered near "
     "US$100 a tonne.",
     [R(f="export", r="Australia", p="China", c="iron ore", vol=74.3e6, u=TON, d="up", pct=3, b="yoy",
        src="Bloomberg", **AUG)]),

    # ---------------------------------------------------------------- China, commodities
    # P28 Reuters commodities: soybean volumes, month and year to date.
    ("China's soybean imports fell to 10.4 million metric tons in August from 12.1 million tons in "
     "July, data from the General Administration of Customs showed, as crushers slowed purchases of "
     "Brazilian beans. Imports in the first eight months rose 3.7% from a year earlier to 72.9 million "
     "tons.",
     [R(f="import", r="China", c=SOY, vol=10.4e6, u=TON, d="down", pct=DC, by=DC, b=DC, src=GAC, **AUG),
      OPT(f="import", r="China", c=SOY, vol=12.1e6, u=TON, **JUL),
      R(f="import", r="China", c=SOY, vol=72.9e6, u=TON, d="up", pct=3.7, b="yoy", src=GAC, **YTD8)]),

    # P29 single sentence: crude volume restated in barrels per day.
    ("China's crude oil imports in August rose 6.2% from a year earlier to 49.6 million metric tons, "
     "or about 11.73 million barrels per day, customs data showed on Sunday.",
     [R(f="import", r="China", c=CRUDE, vol=[49.6e6, 11.73e6], u=[TON] + BBL, volq=[None] + ABOUT,
        d="up", pct=6.2, b="yoy", src=GAC, **AUG),
      OPT(f="import", r="China", c=CRUDE, vol=[49.6e6, 11.73e6], u=[TON] + BBL, volq=DC, **AUG)]),

    # P30 rare earths: month-on-month and year to date.
    ("China exported 4,865 metric tons of rare earths in August, down 7.9% from July, customs data "
     "showed on Sunday. In the first eight months, rare earth exports totaled 41,312 tons, up 4.1% "
     "from the same period last year.",
     [R(f="export", r="China", c=["rare earths", "rare earth"], vol=4865, u=TON, d="down", pct=7.9,
        b="mom", src=GAC, **AUG),
      R(f="export", r="China", c=["rare earths", "rare earth"], vol=41312, u=TON, d="up", pct=4.1,
        b="yoy", src=GAC, **YTD8)]),

    # P31 Global Times: NEV exports in units from the car makers' association.
    ("China's exports of new energy vehicles (NEVs) reached 1.37 million units in the first eight "
     "months, up 24.6 percent year-on-year, according to the China Association of Automobile "
     "Manufacturers (CAAM). Industry insiders said Chinese carmakers were increasingly turning to "
     "markets in the Middle East, Latin America and Southeast Asia to offset the impact of the EU's "
     "countervailing duties.",
     [R(f="export", r="China", c=["new energy vehicles", "NEV", "electric vehicles"], vol=1.37e6, u=UNITS,
        d="up", pct=24.6, b="yoy", src=CAAM, **YTD8)]),

    # ---------------------------------------------------------------- tariffs
    # P32 EU anti-dumping duty with the provisional rate.
    ("The European Commission on Monday imposed definitive anti-dumping duties of 28.6% on imports of "
     "hardwood plywood from China, replacing provisional duties of 21.4% that had applied since March. "
     "China's commerce ministry said it \"firmly opposes\" the decision and would take necessary "
     "measures to protect the legitimate rights of Chinese companies.",
     [TAR(r=EU, p="China", c=["hardwood plywood", "plywood"], rate=28.6),
      TAR(r=EU, p="China", c=["hardwood plywood", "plywood"], rate=21.4, opt=True)]),

    # P33 US duty on Mexican tomatoes raised from an old rate; a share that is no figure.
    ("The U.S. Commerce Department said on Monday it would raise anti-dumping duties on fresh "
     "tomatoes from Mexico to 28% from 17.1% starting Oct. 1, after talks on a new suspension "
     "agreement with Mexican growers collapsed. Mexico supplies about 70% of the tomatoes consumed in "
     "the United States.",
     [TAR(r=US, p="Mexico", c=["tomatoes", "tomato", "fresh tomatoes"], rate=28),
      TAR(r=US, p="Mexico", c=["tomatoes", "tomato", "fresh tomatoes"], rate=17.1, opt=True)]),

    # P34 China's retaliation: two rates on two goods.
    ("China will impose an additional 15% tariff on liquefied natural gas from the United States and "
     "a 10% levy on American crude oil from Sept. 20, the Customs Tariff Commission of the State "
     "Council said on Monday, in response to Washington's latest round of duties.",
     [TAR(r="China", p=US, c=LNG, rate=15),
      TAR(r="China", p=US, c=CRUDE, rate=10)]),

    # P35 single sentence: safeguard duty on all origins.
    ("India has imposed a 12% safeguard duty on imports of certain flat steel products for three "
     "years, the finance ministry said in a notification, extending a provisional levy aimed at "
     "curbing cheap shipments from China, South Korea and Japan.",
     [TAR(r="India", c=["flat steel products", "flat steel", "steel"], rate=12)]),

    # ---------------------------------------------------------------- Japan bilateral
    # P36 Kyodo: Japan-US exports, autos, surplus shrinking by a percent.
    ("Japan's exports to the United States fell 10.2% year-on-year in July to ¥1.62 trillion, the "
     "fourth consecutive monthly decline, with automobile shipments down 18.3% in value terms. Japan's "
     "trade surplus with the U.S. shrank 24.7% to ¥512.4 billion, Ministry of Finance data showed.",
     [R(f="export", r="Japan", p=US, v=1.62e12, cur="JPY", d="down", pct=10.2, b="yoy", src=MOFJ, **JUL),
      R(f="export", r="Japan", p=US, c=CARS, d="down", pct=18.3, b=DC, src=MOFJ, **JUL),
      R(f="balance", r="Japan", p=US, v=512.4e9, cur="JPY", bal="surplus", d="down", pct=24.7, b=DC,
        src=MOFJ, **JUL)]),

    # P37 single sentence: Japan-South Korea, January-June, "its neighbour".
    ("Japan's exports to South Korea rose 3.1% in the January-June period to ¥3.04 trillion, while "
     "imports from its neighbour edged down 0.8% to ¥1.86 trillion, according to the Finance "
     "Ministry.",
     [R(f="export", r="Japan", p=KR, v=3.04e12, cur="JPY", d="up", pct=3.1, b=DC, src=MOFJ, **H1),
      R(f="import", r="Japan", p=KR, v=1.86e12, cur="JPY", d="down", pct=0.8, b=DC, src=MOFJ, **H1)]),

    # ---------------------------------------------------------------- Vietnam, Indonesia
    # P38 VnExpress: eight months, surplus, top market and top source.
    ("Vietnam's exports in the first eight months rose 14.8% year-on-year to $307.9 billion, while "
     "imports increased 17.2% to $287.5 billion, leaving a trade surplus of $20.4 billion, the National "
     "Statistics Office said. The United States remained the largest export market at $98.6 billion, "
     "up 24%, and China the largest source of imports at $118.3 billion.",
     [R(f="export", r="Vietnam", v=307.9e9, cur="USD", d="up", pct=14.8, b="yoy", src=VNNSO, **YTD8),
      R(f="import", r="Vietnam", v=287.5e9, cur="USD", d="up", pct=17.2, b=DC, src=VNNSO, **YTD8),
      R(f="balance", r="Vietnam", v=20.4e9, cur="USD", bal="surplus", src=VNNSO, **YTD8),
      R(f="export", r="Vietnam", p=US, v=98.6e9, cur="USD", d="up", pct=24, b=DC, src=VNNSO, **YTD8),
      R(f="import", r="Vietnam", p="China", v=118.3e9, cur="USD", src=VNNSO, **YTD8)]),

    # P39 Jakarta Post: surplus streak, flows.
    ("Indonesia posted a trade surplus of $3.51 billion in July, extending its streak of monthly "
     "surpluses to 87 months, Statistics Indonesia (BPS) said on Friday. Exports rose 9.6% "
     "year-on-year to $23.44 billion, lifted by crude palm oil and nickel products, while imports grew "
     "7.9% to $19.93 billion.",
     [R(f="balance", r="Indonesia", v=3.51e9, cur="USD", bal="surplus", src=BPS, **JUL),
      R(f="export", r="Indonesia", v=23.44e9, cur="USD", d="up", pct=9.6, b="yoy", src=BPS, **JUL),
      R(f="import", r="Indonesia", v=19.93e9, cur="USD", d="up", pct=7.9, b=DC, src=BPS, **JUL)]),

    # ---------------------------------------------------------------- Russia, Turkey, Saudi Arabia
    # P40 Reuters Moscow: central bank estimates, January-July.
    ("Russia's goods trade surplus shrank to $62.4 billion in January-July from $85.0 billion a year "
     "earlier, according to central bank estimates, as lower oil prices cut export revenues. Goods "
     "exports fell 8.5% to $222.6 billion, while imports rose 1.2% to $160.2 billion.",
     [R(f="balance", r=RU, c=DC, v=62.4e9, cur="USD", vq=DC, bal="surplus", d="down", pct=DC, by=DC,
        b="yoy", src=CBR, **YTD7),
      OPT(f="balance", r=RU, c=DC, v=85.0e9, cur="USD", bal="surplus", **YTD(2026, 7)),
      R(f="export", r=RU, c=DC, v=222.6e9, cur="USD", vq=DC, d="down", pct=8.5, b=DC, src=CBR, **YTD7),
      R(f="import", r=RU, c=DC, v=160.2e9, cur="USD", vq=DC, d="up", pct=1.2, b=DC, src=CBR, **YTD7)]),

    # P41 China's crude by origin: Russia and Saudi Arabia.
    ("China imported 9.1 million tonnes of Russian crude oil in August, 4% less than a year earlier, "
     "Chinese customs data showed, while purchases from Saudi Arabia jumped 38% to 7.2 million tonnes.",
     [R(f="import", r="China", p=RU, c=CRUDE, vol=9.1e6, u=TON, d="down", pct=4, b="yoy", src=GAC, **AUG),
      R(f="import", r="China", p="Saudi Arabia", c=CRUDE, vol=7.2e6, u=TON, d="up", pct=38, b=DC, src=GAC,
        **AUG)]),

    # P42 Anadolu/Reuters Istanbul: minister as source, deficit narrowing by a percent.
    ("Turkey's exports rose 5.2% year-on-year to $21.8 billion in August, Trade Minister Omer Bolat "
     "said on Thursday, while imports fell 2.3% to $28.4 billion, narrowing the foreign trade deficit "
     "by 21% to $6.6 billion.",
     [R(f="export", r=TR, v=21.8e9, cur="USD", d="up", pct=5.2, b="yoy", src=BOLAT, **AUG),
      R(f="import", r=TR, v=28.4e9, cur="USD", d="down", pct=2.3, b=DC, src=BOLAT, **AUG),
      R(f="balance", r=TR, v=6.6e9, cur="USD", bal="deficit", d=DC, pct=21, b=DC, src=BOLAT, **AUG)]),

    # P43 Arab News: non-oil, oil, total; a share that is no figure.
    ("Saudi Arabia's non-oil exports, including re-exports, rose 11.4% year-on-year in June to 26.9 "
     "billion riyals, the General Authority for Statistics (GASTAT) said. Oil exports fell 14.2%, "
     "reducing the share of oil in total exports to 68.1% from 73.5% a year earlier, while total "
     "merchandise exports declined 7.4% to 84.3 billion riyals.",
     [R(f="export", r="Saudi Arabia", c="non-oil", v=26.9e9, cur="SAR", d="up", pct=11.4, b="yoy",
        src=GASTAT, **M(2027, 6)),
      R(f="export", r="Saudi Arabia", c="oil", d="down", pct=14.2, b=DC, src=GASTAT, **M(2027, 6)),
      R(f="export", r="Saudi Arabia", c=DC, v=84.3e9, cur="SAR", d="down", pct=7.4, b=DC, src=GASTAT,
        **M(2027, 6))]),

    # ---------------------------------------------------------------- Brazil
    # P44 Reuters Brasilia: surplus with base, flows, partners, tariff named as context.
    ("Brazil posted a trade surplus of $7.9 billion in August, up from $5.6 billion a year earlier, "
     "the trade ministry said on Thursday, as record soybean and crude oil shipments offset lower "
     "coffee prices. Exports rose 6.4% to $31.2 billion, while imports slipped 1.8% to $23.3 billion. "
     "Shipments to China, Brazil's top buyer, rose 12.3%, while exports to the United States fell "
     "18.9% in the wake of the 50% tariff Washington imposed on many Brazilian goods in 2025.",
     [R(f="balance", r="Brazil", v=7.9e9, cur="USD", bal="surplus", d="up", pct=DC, by=DC, b="yoy",
        src=BRMIN, **AUG),
      OPT(f="balance", r="Brazil", v=5.6e9, cur="USD", bal="surplus", **M(2026, 8)),
      R(f="export", r="Brazil", v=31.2e9, cur="USD", d="up", pct=6.4, b=DC, src=BRMIN, **AUG),
      R(f="import", r="Brazil", v=23.3e9, cur="USD", d="down", pct=1.8, b=DC, src=BRMIN, **AUG),
      R(f="export", r="Brazil", p="China", d="up", pct=12.3, b=DC, src=BRMIN, **AUG),
      R(f="export", r="Brazil", p=US, d="down", pct=18.9, b=DC, src=BRMIN, **AUG),
      TAR(r=US, p="Brazil", c=DC, rate=50)]),

    # ---------------------------------------------------------------- Canada-China
    # P45 CBC: canola exports collapse; an anti-dumping deposit and a tariff from 2025.
    ("Canada's exports of canola seed to China plunged 84% to C$312 million in the first seven months "
     "of the year, Statistics Canada data showed, after Beijing imposed a 75.8% anti-dumping deposit "
     "on the oilseed. China had already slapped 100% tariffs on Canadian canola oil in March 2025.",
     [R(f="export", r="Canada", p="China", c=["canola seed", "canola"], v=312e6, cur="CAD", d="down",
        pct=84, b=DC, src=STATCAN, **YTD7),
      TAR(r="China", p="Canada", c=["canola seed", "canola", "oilseed"], rate=75.8, opt=True),
      TAR(r="China", p="Canada", c=["canola oil"], rate=100)]),

    # ---------------------------------------------------------------- China, partners
    # P46 Global Times: "respectively" with yuan and mixed directions; share no figure.
    ("In the first eight months, China's trade with ASEAN, the EU and the US stood at 4.92 trillion "
     "yuan, 3.81 trillion yuan and 2.86 trillion yuan, respectively, up 8.9 percent, up 1.6 percent and "
     "down 9.7 percent year-on-year, according to the GAC. ASEAN remained China's largest trading "
     "partner, accounting for 16.1 percent of its total foreign trade.",
     [R(f="total", r="China", p=ASEAN, v=4.92e12, cur="CNY", d="up", pct=8.9, b="yoy", src=GAC, **YTD8),
      R(f="total", r="China", p=EU, v=3.81e12, cur="CNY", d="up", pct=1.6, b="yoy", src=GAC, **YTD8),
      R(f="total", r="China", p=US, v=2.86e12, cur="CNY", d="down", pct=9.7, b="yoy", src=GAC, **YTD8)]),

    # P47 Reuters: partner breakdown in percent only.
    ("Chinese exports to the United States fell 12.4% in August from a year earlier, while shipments "
     "to Southeast Asian nations rose 9.0% and those to the European Union gained 6.7%, customs data "
     "showed. Exports to Africa jumped 27.5%, extending a year-long boom as Chinese manufacturers "
     "diversified away from the U.S. market.",
     [R(f="export", r="China", p=US, d="down", pct=12.4, b="yoy", src=GAC, **AUG),
      R(f="export", r="China", p=ASEAN, d="up", pct=9.0, b=DC, src=GAC, **AUG),
      R(f="export", r="China", p=EU, d="up", pct=6.7, b=DC, src=GAC, **AUG),
      R(f="export", r="China", p="Africa", d="up", pct=27.5, b=DC, src=GAC, **AUG)]),

    # P48 Bloomberg: record surplus, then the yuan figure.
    ("China's trade surplus in the first eight months of 2027 hit a record $812.6 billion, up 11.3% "
     "from a year earlier, as exports held up despite US tariffs. In yuan terms, the surplus stood at "
     "5.83 trillion yuan.",
     [R(f="balance", r="China", v=[812.6e9, 5.83e12], cur=["USD", "CNY"], vq=RECORD, bal="surplus",
        d="up", pct=11.3, b="yoy", **YTD8),
      OPT(f="balance", r="China", v=[812.6e9, 5.83e12], cur=["USD", "CNY"], bal="surplus", **YTD8)]),

    # P49 single sentence: yuan month figures.
    ("Measured in yuan, China's August exports rose 5.9 percent on-year to 2.31 trillion yuan and "
     "imports grew 0.6 percent to 1.62 trillion yuan, the customs administration said.",
     [R(f="export", r="China", v=2.31e12, cur="CNY", d="up", pct=5.9, b="yoy", src=GAC, **AUG),
      R(f="import", r="China", v=1.62e12, cur="CNY", d="up", pct=0.6, b=DC, src=GAC, **AUG)]),

    # P50 Korea Herald: chips by partner, "including Hong Kong", "last month".
    ("South Korea's semiconductor exports to China, including Hong Kong, reached $7.4 billion last "
     "month, up 15.2 percent from a year earlier, while chip shipments to the US soared 48.6 percent to "
     "$1.9 billion, according to the Ministry of Trade, Industry and Energy.",
     [R(f="export", r=KR, p="China", c=CHIPS, v=7.4e9, cur="USD", d="up", pct=15.2, b="yoy", src=MOTIE,
        **AUG),
      R(f="export", r=KR, p=US, c=CHIPS, v=1.9e9, cur="USD", d="up", pct=48.6, b=DC, src=MOTIE, **AUG)]),

    # P51 SCMP: soybeans by origin, "year on year" unhyphenated.
    ("China imported 1.21 million tonnes of US soybeans in August, down 42 per cent year on year, "
     "while purchases from Brazil rose 9 per cent to 8.92 million tonnes, according to detailed "
     "customs data.",
     [R(f="import", r="China", p=US, c=SOY, vol=1.21e6, u=TON, d="down", pct=42, b="yoy", src=GAC, **AUG),
      R(f="import", r="China", p="Brazil", c=SOY, vol=8.92e6, u=TON, d="up", pct=9, b=DC, src=GAC,
        **AUG)]),

    # P52 Kyodo: Japan-China half year, turnover and flows.
    ("Japan's trade with China, its biggest trading partner, totaled ¥21.8 trillion in the first half "
     "of 2027, down 2.4 percent from a year earlier, with exports to China falling 5.1 percent to ¥8.9 "
     "trillion and imports slipping 0.4 percent to ¥12.9 trillion, according to the Finance Ministry.",
     [R(f="total", r="Japan", p="China", v=21.8e12, cur="JPY", d="down", pct=2.4, b="yoy", src=MOFJ, **H1),
      R(f="export", r="Japan", p="China", v=8.9e12, cur="JPY", d="down", pct=5.1, b=DC, src=MOFJ, **H1),
      R(f="import", r="Japan", p="China", v=12.9e12, cur="JPY", d="down", pct=0.4, b=DC, src=MOFJ, **H1)]),

    # P53 CNBC analysis: last year's US goods deficits by partner.
    ("Last year, the U.S. goods deficit with China fell to $142.6 billion, the smallest since 2002 and "
     "down 28% from 2025, Census Bureau data show. Over the same period, the deficit with Vietnam "
     "ballooned to $178.1 billion and the gap with Mexico reached $196.9 billion, as supply chains "
     "rerouted around the tariffs.",
     [R(f="balance", r=US, p="China", c=DC, v=142.6e9, cur="USD", vq=LOWEST, bal="deficit", d=DC, pct=28,
        b=DC, src=USDOC, **Y(2026)),
      R(f="balance", r=US, p="Vietnam", c=DC, v=178.1e9, cur="USD", bal="deficit", d=DC, b=DC, src=USDOC,
        **Y(2026)),
      R(f="balance", r=US, p="Mexico", c=DC, v=196.9e9, cur="USD", bal="deficit", d=DC, b=DC, src=USDOC,
        **Y(2026))]),

    # P54 Vietnam-US surplus, customs; the 20% US tariff as context.
    ("Vietnam's trade surplus with the United States swelled to $71.2 billion in the first eight "
     "months, up 18.5% on-year, Vietnamese customs data showed, despite the 20% tariff Washington has "
     "levied on Vietnamese goods since August 2025.",
     [R(f="balance", r="Vietnam", p=US, v=71.2e9, cur="USD", bal="surplus", d="up", pct=18.5, b="yoy",
        src=VNCUS, **YTD8),
      TAR(r=US, p="Vietnam", c=DC, rate=20)]),

    # P55 single sentence: India's Russian crude in barrels per day, ship tracking.
    ("India's imports of Russian crude fell to 1.21 million barrels per day in August, the lowest in "
     "three years and down from 1.58 million bpd in July, according to ship-tracking data from Kpler, "
     "as refiners cut purchases after U.S. sanctions on Rosneft and Lukoil.",
     [R(f="import", r="India", p=RU, c=CRUDE, vol=1.21e6, u=BBL, vq=LOWEST, volq=LOWEST, d="down", pct=DC,
        by=DC, b=DC, src="Kpler", **AUG),
      OPT(f="import", r="India", p=RU, c=CRUDE, vol=1.58e6, u=BBL, volq=DC, **JUL)]),

    # P56 DW: Germany's partners in the first half, turnover then a percent-only export.
    ("China was once again Germany's most important trading partner in the first half of 2027, with "
     "goods worth €127.3 billion traded between the two countries, Destatis said. The United States "
     "came a close second at €125.9 billion, as German exports to the US fell 8.1% amid higher "
     "tariffs.",
     [R(f="total", r="Germany", p="China", c=DC, v=127.3e9, cur="EUR", src=DESTATIS, **H1),
      R(f="total", r="Germany", p=US, c=DC, v=125.9e9, cur="EUR", src=DESTATIS, **H1),
      R(f="export", r="Germany", p=US, c=DC, d="down", pct=8.1, b=DC, src=DESTATIS, **H1)]),

    # P57 Eurostat: EU-US month, surplus cut.
    ("EU exports to the United States fell 11.4% year on year in July to €41.2 billion, while imports "
     "from the US rose 3.8% to €29.5 billion, cutting the bloc's surplus with its largest trading "
     "partner to €11.7 billion, Eurostat data showed.",
     [R(f="export", r=EU, p=US, v=41.2e9, cur="EUR", d="down", pct=11.4, b="yoy", src="Eurostat", **JUL),
      R(f="import", r=EU, p=US, v=29.5e9, cur="EUR", d="up", pct=3.8, b=DC, src="Eurostat", **JUL),
      R(f="balance", r=EU, p=US, v=11.7e9, cur="EUR", bal="surplus", d="down", b=DC, src="Eurostat",
        **JUL)]),

    # P58 Nikkei: year-to-date deficit in yen with the dollar amount in brackets.
    ("Japan's trade deficit for January-July came to ¥3.18 trillion ($21.5 billion), down 27.6% from a "
     "year earlier, as lower energy prices cut the import bill, the Finance Ministry said.",
     [R(f="balance", r="Japan", v=[3.18e12, 21.5e9], cur=["JPY", "USD"], bal="deficit", d=DC, pct=27.6,
        b="yoy", src=MOFJ, **YTD7),
      OPT(f="balance", r="Japan", v=[3.18e12, 21.5e9], cur=["JPY", "USD"], bal="deficit", **YTD7)]),

    # P59 Korea Herald: balance with China swinging from surplus to deficit; quote.
    ("Korea's trade balance with China swung to a deficit of $1.2 billion in the first eight months of "
     "the year, compared with a surplus of $900 million a year earlier, according to the Korea "
     "International Trade Association, as Korean exports of petrochemicals and steel to China slumped. "
     "\"China is no longer a market where we can count on a surplus,\" a KITA researcher said.",
     [R(f="balance", r=KR, p="China", v=1.2e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, b="yoy",
        src=KITA, **YTD8),
      OPT(f="balance", r=KR, p="China", v=900e6, cur="USD", bal="surplus", **YTD(2026, 8))]),

    # P60 AFR: June quarter by partner; economist quote.
    ("Shipments to China, Australia's biggest customer, fell 4.3 per cent in the June quarter to "
     "A$46.1 billion, ABS figures show, while exports to India rose 12.8 per cent. \"We are seeing the "
     "diversification story play out, but slowly,\" said Commonwealth Bank economist Belinda Allen.",
     [R(f="export", r="Australia", p="China", v=46.1e9, cur="AUD", d="down", pct=4.3, b=DC, src=ABS,
        **Q(2027, 2)),
      R(f="export", r="Australia", p="India", d="up", pct=12.8, b=DC, src=ABS, **Q(2027, 2))]),

    # P61 single sentence: Mexican light-vehicle exports to the US in units.
    ("Mexico's exports of light vehicles to the United States slid 9.4% in August from a year earlier "
     "to 201,377 units, according to INEGI data.",
     [R(f="export", r="Mexico", p=US, c=["light vehicles", "vehicles", "cars", "autos"], vol=201377,
        u=UNITS, d="down", pct=9.4, b="yoy", src=INEGI, **AUG)]),

    # P62 Yonhap: cosmetics in dollars restated in won; largest buyer.
    ("South Korea's cosmetics exports rose 14.5 percent on-year to $7.6 billion in the first eight "
     "months, the Korea Customs Service said, an amount equivalent to about 10.6 trillion won. The "
     "United States overtook China as the largest buyer of K-beauty products, with shipments of $1.5 "
     "billion.",
     [R(f="export", r=KR, c=["cosmetics", "K-beauty"], v=[7.6e9, 10.6e12], cur=["USD", "KRW"],
        vq=[None] + ABOUT, d="up", pct=14.5, b="yoy", src=KCS, **YTD8),
      OPT(f="export", r=KR, c=["cosmetics", "K-beauty"], v=[7.6e9, 10.6e12], cur=["USD", "KRW"], **YTD8),
      R(f="export", r=KR, p=US, c=["cosmetics", "K-beauty"], v=1.5e9, cur="USD", src=KCS, **YTD8)]),

    # P63 Vietnam News: "$1,050 million", value and volume, change in value only.
    ("Vietnam exported 118,000 tonnes of coffee in August, earning $1,050 million, up 36.4 percent in "
     "value from a year earlier, according to the Ministry of Agriculture and Environment.",
     [R(f="export", r="Vietnam", c="coffee", v=1.05e9, cur="USD", vol=118000, u=TON, d="up", pct=36.4,
        b="yoy", src=VNAGRI, **AUG)]),

    # P64 single sentence: EU imports of Russian LNG.
    ("EU imports of Russian liquefied natural gas fell 31% to €3.9 billion in the first half of the "
     "year, Eurostat data showed, as member states began phasing out Russian energy under the "
     "REPowerEU plan.",
     [R(f="import", r=EU, p=RU, c=LNG, v=3.9e9, cur="EUR", d="down", pct=31, b=DC, src="Eurostat", **H1)]),

    # P65 China Daily: China-EU trade in yuan with dollars in brackets; spokesman quote.
    ("China-EU trade reached 3.81 trillion yuan ($531.4 billion) in the first eight months of this "
     "year, up 1.6 percent compared with the same period last year, according to the General "
     "Administration of Customs. \"The complementarity of the two economies remains strong,\" He Yadong, "
     "spokesman for the Ministry of Commerce, said at a news conference on Thursday.",
     [R(f="total", r="China", p=EU, v=[3.81e12, 531.4e9], cur=["CNY", "USD"], d="up", pct=1.6, b="yoy",
        src=GAC, **YTD8),
      OPT(f="total", r="China", p=EU, v=[3.81e12, 531.4e9], cur=["CNY", "USD"], **YTD8)]),

    # P66 Xinhua: goods breakdown in yuan; a share that is no figure.
    ("China's exports of mechanical and electrical products, which accounted for 60.3 percent of the "
     "total, grew 8.2 percent to 10.61 trillion yuan in the first eight months, the GAC said. Exports "
     "of labor-intensive products such as textiles, garments and furniture fell 2.1 percent to 2.78 "
     "trillion yuan, while exports of integrated circuits jumped 19.6 percent to 1.05 trillion yuan.",
     [R(f="export", r="China", c=["mechanical and electrical products", "mechanical and electrical"],
        v=10.61e12, cur="CNY", d="up", pct=8.2, b=DC, src=GAC, **YTD8),
      R(f="export", r="China", c=["labor-intensive products", "labor-intensive", "textiles"], v=2.78e12,
        cur="CNY", d="down", pct=2.1, b=DC, src=GAC, **YTD8),
      R(f="export", r="China", c=IC, v=1.05e12, cur="CNY", d="up", pct=19.6, b=DC, src=GAC, **YTD8)]),

    # P67 Bloomberg analysis: economist quote first, US-China year to date.
    ("\"Front-loading ahead of the tariff deadline clearly faded in August,\" said Zhang Zhiwei, chief "
     "economist at Pinpoint Asset Management. China's exports to the US have now fallen for 18 "
     "straight months, and in the first eight months they were down 14.7% from a year earlier at "
     "$291.3 billion, according to customs data. Imports from the US slid 8.2% to $103.5 billion.",
     [R(f="export", r="China", p=US, v=291.3e9, cur="USD", d="down", pct=14.7, b="yoy", src=GAC, **YTD8),
      R(f="import", r="China", p=US, v=103.5e9, cur="USD", d="down", pct=8.2, b=DC, src=GAC, **YTD8)]),
]

NEG = [
    # N01 poll forecast and projection (no past figure).
    "China's export growth is expected to slow to 2.9% next year from a projected 5.1% in 2027, "
    "according to the median forecast of 40 economists in a Reuters poll.",
    # N02 target.
    "India aims to raise merchandise exports to $1 trillion by 2030, Commerce and Industry Minister "
    "Piyush Goyal told an industry gathering in New Delhi on Monday, adding that services exports "
    "could reach a similar level.",
    # N03 prices on commodity exchanges.
    "Iron ore futures on the Dalian Commodity Exchange rose 2.3% to 812 yuan a tonne, while the "
    "benchmark October contract in Singapore climbed to $104.60 a ton on hopes of stronger steel "
    "demand in China.",
    # N04 market share.
    "Chinese brands accounted for 11.8% of electric car sales in Europe in August, up from 7.4% a year "
    "earlier, according to research firm Dataforce. BYD alone sold more cars in the region than "
    "Tesla for the third month running.",
    # N05 one company's overseas sales.
    "BYD's overseas sales rose 132% to 85,400 vehicles in August, the company said in a stock "
    "exchange filing, as its new plants in Hungary and Brazil ramped up production.",
    # N06 port throughput.
    "Container throughput at the Port of Shanghai rose 5.6 percent year-on-year to 36.2 million TEUs "
    "in the first eight months, the port operator said, keeping it the world's busiest container "
    "port.",
    # N07 current account.
    "Japan's current account surplus widened to ¥3.43 trillion in July, boosted by primary income "
    "from overseas investments, the Ministry of Finance said.",
    # N08 FDI.
    "Foreign direct investment into China fell 14.2 percent year-on-year to 512.6 billion yuan in the "
    "first eight months, the Ministry of Commerce said on Friday, while the number of newly "
    "established foreign-invested firms rose 9.8 percent.",
    # N09 tariffs threatened without a rate.
    "President Trump threatened on Monday to impose \"very substantial\" tariffs on European cars and "
    "wine if Brussels pressed ahead with its digital services rules, but gave no details on the size "
    "or timing of the duties.",
    # N10 PMI export orders.
    "The new export orders sub-index of China's official manufacturing PMI rose to 47.8 in August "
    "from 46.9 in July, the National Bureau of Statistics said, staying below the 50-point mark that "
    "separates expansion from contraction.",
    # N11 freight rates.
    "The Shanghai Containerized Freight Index fell 4.1% to 1,287 points last week, while spot rates "
    "from Shanghai to the US West Coast dropped to $1,840 per forty-foot container, according to "
    "Drewry.",
    # N12 exchange trading.
    "Trade on the Korea Exchange was brisk, with 1.2 billion shares worth 14.3 trillion won changing "
    "hands, as foreigners bought a net 520 billion won of Samsung Electronics stock.",
    # N13 retail sales and industrial output.
    "China's retail sales grew 3.4 percent year-on-year in August to 3.9 trillion yuan, while "
    "industrial output rose 5.2 percent, the National Bureau of Statistics said on Monday.",
    # N14 production.
    "Crude steel output in China fell 3.7 percent in August from a year earlier to 77.4 million "
    "tonnes, data from the National Bureau of Statistics showed, as mills cut production under "
    "government curbs.",
    # N15 reserves.
    "China's foreign exchange reserves rose by $18.4 billion to $3.34 trillion at the end of August, "
    "the State Administration of Foreign Exchange said, helped by a weaker dollar.",
    # N16 remittances.
    "Remittances to India rose to a record $135 billion in 2026-27, according to Reserve Bank of "
    "India data, cementing the country's position as the world's largest recipient.",
    # N17 customs duty receipts.
    "The U.S. government collected $31.4 billion in customs duties in August, up from $7.1 billion a "
    "year earlier, Treasury Department data showed, as the new tariffs fed through to revenue.",
    # N18 trade-fair deals.
    "Tentative deals worth $80.1 billion were reached at last year's China International Import Expo "
    "in Shanghai, organisers said, and more than 3,400 exhibitors have registered for this year's "
    "event in November.",
    # N19 budget assumptions.
    "Russia's draft 2028 budget assumes an average Urals oil price of $59 per barrel and a rouble "
    "rate of 92 to the dollar, the finance ministry said, with oil and gas revenues projected at 8.1 "
    "trillion roubles.",
    # N20 a company's overseas revenue share.
    "Samsung Electronics said overseas markets accounted for 84% of its second-quarter revenue of "
    "79.1 trillion won, with the Americas its largest region.",
    # N21 duties considered without a rate.
    "The European Commission said it would consider countervailing duties on Chinese tyres after its "
    "investigation found evidence of subsidies, but did not propose a rate, and a decision is not "
    "expected before January.",
    # N22 quota.
    "China set its second batch of rare earth mining quotas for 2027 at 135,000 tonnes, up 5.9% from "
    "a year earlier, according to two people familiar with the matter.",
    # N23 price index.
    "South Korea's export price index fell 1.2% in August from a month earlier as the won "
    "strengthened against the dollar, while the import price index dropped 2.0%, the Bank of Korea "
    "said.",
    # N24 market size and share.
    "India's smartphone market grew 7% in the June quarter to 38.9 million units, with Apple's share "
    "rising to 8%, according to Counterpoint Research.",
    # N25 economist projection of a tariff impact.
    "Capital Economics estimates that the new tariffs could cut Chinese exports to the US by as much "
    "as 40% over the next two years, though it expects much of the loss to be offset by rerouting "
    "through third countries.",
    # N26 government target and "on track".
    "Vietnam's government is targeting export growth of 12% this year, and Deputy Prime Minister Bui "
    "Thanh Son said the country was on track to exceed $950 billion in total trade by "
    "December.",
    # N27 net exports' contribution to GDP.
    "Net exports contributed 1.6 percentage points to China's 5.0 percent GDP growth in the first "
    "half, the National Bureau of Statistics said, down from 2.1 points a year earlier.",
    # N28 production.
    "Saudi Arabia's crude oil production rose to 9.8 million barrels per day in August, a Reuters "
    "survey of OPEC output showed, as the kingdom continued to unwind its voluntary cuts.",
    # N29 terms of trade.
    "Australia's terms of trade fell 2.8 per cent in the June quarter as iron ore prices eased, the "
    "Australian Bureau of Statistics said in its national accounts release.",
    # N30 share of imports (a share, not a figure) and an exchange rate after the release.
    "Chinese suppliers' share of U.S. goods imports fell to 9.1% in the first half from 13.4% a year "
    "earlier, Census Bureau data showed. The dollar edged up 0.2% to 147.8 yen after the release.",
]
