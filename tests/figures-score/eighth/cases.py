from slots import DC, R, M, Y, PR

# The eighth set: every text is the only body paragraph (after an unrelated opening one)
# of a page published on 2027-03-12, so "February" is February 2027, "December" is
# December 2026, "last year" is 2026, "last month" is February 2027 and "the first two
# months" are January-February 2027.
# Conventions (those of the seventh set): a value is the positive amount in the original
# currency (a deficit is bal="deficit" with a positive v); a figure given in both a local
# currency and dollars accepts either; the basis is "yoy"/"mom" when the text states the
# comparison, DC when it is only implied, and missing (null) when there is no change at
# all. A deficit that narrows or widens has d=DC (the amount falls while the balance
# improves); a surplus that narrows is "down", one that widens is "up". Figures in the
# later sentences of a paragraph inherit the reporter, period and source that the
# paragraph gives once. Comparison bases ("from $X a year earlier") are optional records.
# Forecasts, targets, shares, prices, current accounts and production are never trade
# figures.
# Additional conventions of this set:
# - A list may contain None: the slot may then be null as well as any listed value.
# - A source named at the end of a paragraph also covers its earlier sentences' figures.
# - When the text gives only the base of a change ("down from Sh180.6 billion in 2025"),
#   the direction is expected, and a computed percent or amount is accepted (pct/by DC).
#   A comparison base named only by its period ("in 2025", "in December") is an implied
#   basis (b DC, or the base's own words); "a year earlier", "same month last year",
#   "on an annual basis", "on-year" state yoy; "from the previous month", "from January"
#   (for a February figure), "sequentially", "month-on-month" state mom.
# - When one sentence gives a value and a volume of the same flow with DIFFERENT changes
#   ("fell 6% in volume ... but rose 19% in value"), they are two records, one carrying the
#   value and its change and one the volume and its change (the other measure DC), since
#   a record holds one change. One value with two stated changes (month-on-month and
#   year-on-year) is one record accepting either change, plus an optional twin.
# - A figure restated in another currency in a later sentence ("In dollar terms, ...") is
#   the same figure: one record accepting either form, plus an optional twin.
# - "Merchandise"/"goods"/"total" exports are no commodity (c DC: null or that word);
#   "non-oil", "non-petroleum", "services" and named goods are commodities; re-exports and
#   domestic exports are flow "export" with c DC (the contract has no slot for the kind).
# - Change words without a number ("imports were almost flat", "coal earnings slid") make
#   no record unless a value is given; where the text hedges this, the record is optional.
# - A change of a partner's or a good's exports given only as a percent ("Shipments to the
#   United States slumped 14.6%") is a record with a null value.
# - A sentence that breaks down the goods of an earlier sentence by partner ("Its main
#   buyers were ...", "Shipments to the EU rose ...") inherits that commodity too; where
#   the goods referred to are not certain, null is accepted as well.
# - Trading partners listed with amounts after a turnover figure are flow "total"; buyers
#   or destinations are "export"; a share of a total ("12.6%", "about 75%") is no record.
# - "Trade between A and B" with no side named as the reporter accepts either side as
#   reporter; when the source is one side's customs, that side is the reporter.
# - Estimates of a past period ("are estimated at $35.1 billion") are figures (vq DC);
#   forecasts and targets of future periods are not.
# - Near misses: one company's overseas sales, shipments or "revenue from exports" are not
#   an economy's trade; port throughput, export orders, export credit, customs duty
#   collections, FDI, remittances, reserves, export-price quotes, export quotas and bans
#   are not trade figures; tariff news carries no rate here (a tariff RATE would be a
#   flow "tariff" figure by the contract, so no near miss states one).

CIV = ["Côte d'Ivoire", "Ivory Coast", "Cote d'Ivoire"]
TR = ["Türkiye", "Turkey", "Turkiye"]
KR = ["South Korea", "Republic of Korea"]
US = ["United States", "U.S.", "USA"]
UK = ["United Kingdom", "Britain", "U.K."]
UAE = ["United Arab Emirates", "UAE", "U.A.E."]
EU = ["European Union", "EU"]
VN = ["Vietnam", "Viet Nam"]
PH = ["Philippines", "Philippine"]
SA = ["Saudi Arabia", "Saudi"]
TON = "ton"           # matches tonnes, tons, metric tons
BAG = "bag"
BBL = ["barrel", "bpd"]
NEARLY = ["nearly", "almost"]
ABOUT = ["about", "around", "approximately", "some"]
OVER = ["over", "more than"]
GAC = ["General Administration of Customs", "GAC", "customs"]


def OPT(**kw):
    """An optional record (a comparison base or a twin): its change slots are don't care
    unless given."""
    rec = dict(d=DC, pct=DC, cq=DC, b=DC, by=DC, byc=DC, vq=DC, src=DC)
    rec.update(kw)
    rec["opt"] = True
    return rec


POS = [
    # ---------------------------------------------------------------- single sentences
    # 1 Reuters, Chile
    ("Chile's copper exports climbed 9.6% in February from the same month last year to "
     "$4.12 billion, helped by higher prices, the central bank said on Friday.",
     [R(f="export", r="Chile", c="copper", v=4.12e9, cur="USD", d="up", pct=9.6, b="yoy",
        **M(2027, 2), src="central bank")]),

    # 2 Yonhap
    ("South Korea's exports to China fell 3.1 percent on-year to $9.8 billion in February, "
     "marking the third straight monthly decline, according to data from the Ministry of "
     "Trade, Industry and Energy.",
     [R(f="export", r=KR, p="China", v=9.8e9, cur="USD", d="down", pct=3.1, b="yoy",
        **M(2027, 2), src=["Ministry of Trade, Industry and Energy", "Ministry of Trade"])]),

    # 3 Kyodo: yen and dollars; a change word without a number
    ("Japan posted a trade deficit of 2.94 trillion yen ($19.6 billion) in January, the "
     "largest in two years, as imports of liquefied natural gas surged, the Finance Ministry "
     "said Thursday.",
     [R(f="balance", r="Japan", v=[2.94e12, 19.6e9], cur=["JPY", "USD"], bal="deficit",
        **M(2027, 1), src=["Finance Ministry", "Ministry of Finance"])]),

    # 4 PTI: crore, current fiscal year resolved against the published date
    ("India's exports of marine products rose 7.2 per cent to Rs 52,340 crore in "
     "April-January of the current fiscal year, the commerce ministry said.",
     [R(f="export", r="India", c="marine products", v=5.234e11, cur="INR", d="up", pct=7.2,
        b=DC, **PR("2026-04-01", "2027-01-31"), src="commerce ministry")]),

    # 5 Bernama: ten-day cargo-surveyor volumes, period-on-period
    ("Malaysia's palm oil exports for March 1-10 rose 14.3 per cent to 362,415 tonnes from "
     "317,090 tonnes shipped during Feb 1-10, cargo surveyor Intertek Testing Services said "
     "on Tuesday.",
     [R(f="export", r="Malaysia", c="palm oil", vol=362415, u=TON, d="up", pct=14.3,
        b=["mom", "Feb 1-10", "Feb"], **PR("2027-03-01", "2027-03-10"), src="Intertek"),
      OPT(f="export", r="Malaysia", c="palm oil", vol=317090, u=TON,
          **PR("2027-02-01", "2027-02-10"))]),

    # 6 Anadolu: a record, "compared with the same month last year"
    ("Türkiye's exports hit a record $23.4 billion in February, up 6.8% compared with the "
     "same month last year, Trade Minister Omer Bolat announced.",
     [R(f="export", r=TR, v=23.4e9, cur="USD", d="up", pct=6.8, b="yoy", **M(2027, 2),
        src=["Trade Minister", "Bolat"])]),

    # 7 Xinhua: bilateral trade reported by one side's customs
    ("Trade between China and Kazakhstan reached 48.7 billion U.S. dollars in 2026, up 11.2 "
     "percent year on year, according to China's General Administration of Customs.",
     [R(f="total", r="China", p="Kazakhstan", v=48.7e9, cur="USD", d="up", pct=11.2, b="yoy",
        **Y(2026), src=GAC)]),

    # 8 Business Daily (Kenya): Sh, change given by its base only
    ("Kenya earned Sh158.4 billion from tea exports last year, down from Sh180.6 billion in "
     "2025, as prices at the Mombasa auction softened, data from the Tea Board of Kenya "
     "shows.",
     [R(f="export", r="Kenya", c="tea", v=158.4e9, cur="KES", d="down", pct=DC, by=DC,
        byc=DC, b=DC, **Y(2026), src="Tea Board of Kenya"),
      OPT(f="export", r="Kenya", c="tea", v=180.6e9, cur="KES", **Y(2025))]),

    # 9 Bloomberg: three figures, basis stated once
    ("Vietnam's exports jumped 21% y/y in February to $33.6bn, while imports rose 17% to "
     "$32.1bn, leaving a trade surplus of $1.5bn, the General Statistics Office said.",
     [R(f="export", r=VN, v=33.6e9, cur="USD", d="up", pct=21, b="yoy", **M(2027, 2),
        src="General Statistics Office"),
      R(f="import", r=VN, v=32.1e9, cur="USD", d="up", pct=17, b=DC, **M(2027, 2),
        src="General Statistics Office"),
      R(f="balance", r=VN, v=1.5e9, cur="USD", bal="surplus", **M(2027, 2),
        src="General Statistics Office")]),

    # 10 APS (Algeria): "from ... in the same month of 2026"
    ("Algeria's hydrocarbon exports fell to $3.9 billion in January from $4.6 billion in the "
     "same month of 2026, according to figures from the Directorate General of Customs.",
     [R(f="export", r="Algeria", c="hydrocarbon", v=3.9e9, cur="USD", d="down", pct=DC,
        by=DC, byc=DC, b=["yoy", "same month"], **M(2027, 1),
        src=["Directorate General of Customs", "Customs"]),
      OPT(f="export", r="Algeria", c="hydrocarbon", v=4.6e9, cur="USD", **M(2026, 1))]),

    # 11 BusinessDay (Nigeria): non-oil
    ("Nigeria's non-oil exports rose 24.5 per cent year-on-year to $5.96 billion in 2026, the "
     "Nigerian Export Promotion Council said on Wednesday.",
     [R(f="export", r="Nigeria", c="non-oil", v=5.96e9, cur="USD", d="up", pct=24.5, b="yoy",
        **Y(2026), src=["Nigerian Export Promotion Council", "NEPC"])]),

    # 12 Buenos Aires: a range for a past month (an estimate, not a forecast)
    ("Argentina's soybean meal exports are estimated to have totalled between $1.1 billion "
     "and $1.3 billion in February, according to the Rosario grains exchange.",
     [R(f="export", r="Argentina", c="soybean meal", v=1.1e9, vh=1.3e9, vq=DC, cur="USD",
        **M(2027, 2), src="Rosario")]),

    # 13 Ahram: "nearly", "on an annual basis"
    ("Egypt's non-oil exports reached nearly $3.2 billion in January, up 18 percent on an "
     "annual basis, the trade ministry said.",
     [R(f="export", r="Egypt", c="non-oil", v=3.2e9, vq=NEARLY, cur="USD", d="up", pct=18,
        b="yoy", **M(2027, 1), src="trade ministry")]),

    # 14 AAP: a surplus narrowing by an absolute amount only
    ("Australia's trade surplus narrowed by A$1.3 billion to A$4.9 billion in January as coal "
     "export earnings slid, the Australian Bureau of Statistics said on Thursday.",
     [R(f="balance", r="Australia", v=4.9e9, cur="AUD", bal="surplus", d="down", by=1.3e9,
        byc="AUD", b=DC, **M(2027, 1), src=["Australian Bureau of Statistics", "ABS"])]),

    # 15 The Daily Star (Bangladesh): July-June fiscal year
    ("Bangladesh's export earnings stood at $32.4 billion in July-February of fiscal 2026-27, "
     "up 5.2 percent from the same period a year ago, according to Export Promotion Bureau "
     "data.",
     [R(f="export", r="Bangladesh", v=32.4e9, cur="USD", d="up", pct=5.2, b="yoy",
        **PR("2026-07-01", "2027-02-28"), src=["Export Promotion Bureau", "EPB"])]),

    # 16 Dawn: "pc", "$1.49bn"
    ("Pakistan's textile exports rose 9.1pc to $1.63 billion in February compared with "
     "$1.49bn in the same month last year, the Pakistan Bureau of Statistics reported.",
     [R(f="export", r="Pakistan", c="textile", v=1.63e9, cur="USD", d="up", pct=9.1, b="yoy",
        **M(2027, 2), src=["Pakistan Bureau of Statistics", "PBS"]),
      OPT(f="export", r="Pakistan", c="textile", v=1.49e9, cur="USD", **M(2026, 2))]),

    # 17 Antara: Rp trillion
    ("Indonesia's coffee exports amounted to Rp 9.8 trillion in 2026, the Central Statistics "
     "Agency (BPS) noted.",
     [R(f="export", r="Indonesia", c="coffee", v=9.8e12, cur="IDR", **Y(2026),
        src=["Central Statistics Agency", "BPS", "Statistics Indonesia"])]),

    # 18 Valor-style (Brazil): R$
    ("Brazil's beef exports brought in R$ 9.4 billion in February, a 31% increase on the "
     "same month a year earlier, according to the Secretariat of Foreign Trade (Secex).",
     [R(f="export", r="Brazil", c="beef", v=9.4e9, cur="BRL", d="up", pct=31, b="yoy",
        **M(2027, 2), src=["Secretariat of Foreign Trade", "Secex"])]),

    # 19 El Financiero-style: pesos
    ("Mexican avocado exports to the United States were worth 18.2 billion pesos in January, "
     "Mexico's agriculture ministry said.",
     [R(f="export", r="Mexico", p=US, c="avocado", v=18.2e9, cur="MXN", **M(2027, 1),
        src="agriculture ministry")]),

    # 20 Anadolu: lira, crop season beginning in September
    ("Turkish hazelnut exports earned 41.3 billion lira in the September-February period of "
     "the 2026/27 season, the Black Sea Hazelnut Exporters' Association said.",
     [R(f="export", r=TR, c="hazelnut", v=41.3e9, cur="TRY", **PR("2026-09-01", "2027-02-28"),
        src="Hazelnut Exporters")]),

    # 21 Yonhap: trillion won with dollars
    ("South Korea's exports of cosmetics reached 1.52 trillion won ($1.05 billion) in the "
     "fourth quarter, up 12.6 percent from a year earlier, the Korea Customs Service said.",
     [R(f="export", r=KR, c="cosmetics", v=[1.52e12, 1.05e9], cur=["KRW", "USD"], d="up",
        pct=12.6, b="yoy", **PR("2026-10-01", "2026-12-31"), src="Korea Customs Service")]),

    # 22 Egypt: EGP, first half of a July-June fiscal year
    ("Egypt's imports of wheat cost EGP 46 billion in the first half of fiscal year 2026/27, "
     "the Central Agency for Public Mobilization and Statistics (CAPMAS) said.",
     [R(f="import", r="Egypt", c="wheat", v=46e9, cur="EGP", **PR("2026-07-01", "2026-12-31"),
        src=["Central Agency for Public Mobilization and Statistics", "CAPMAS"])]),

    # 23 Xinhua: billion yuan, first two months
    ("China's exports of new energy vehicles rose 42.1 percent year on year to 198.6 billion "
     "yuan in the first two months of the year, data from the General Administration of "
     "Customs showed.",
     [R(f="export", r="China", c="new energy vehicle", v=198.6e9, cur="CNY", d="up", pct=42.1,
        b="yoy", **PR("2027-01-01", "2027-02-28"), src=GAC)]),

    # 24 Mint: sequential and year-on-year changes of one value
    ("India's merchandise exports rose 4.3 per cent sequentially to $38.9 billion in "
     "February, though they were down 2.1 per cent compared with February last year, "
     "commerce ministry data showed.",
     [R(f="export", r="India", c=DC, v=38.9e9, cur="USD", d=["up", "down"], pct=[4.3, 2.1],
        b=["mom", "sequential", "yoy"], **M(2027, 2), src="commerce ministry"),
      OPT(f="export", r="India", c=DC, v=38.9e9, cur="USD", **M(2027, 2),
          src="commerce ministry")]),

    # 25 Kazinform-style: "over" for a volume, "about" for a value
    ("Kazakhstan's oil exports totalled over 70 million tonnes last year, bringing in about "
     "$41 billion, the Energy Ministry reported.",
     [R(f="export", r="Kazakhstan", c="oil", vol=70e6, volq=OVER, u=TON, v=41e9, vq=ABOUT,
        cur="USD", **Y(2026), src=["Energy Ministry", "Ministry of Energy"])]),

    # 26 Gulf News: AED trillion, re-exports
    ("Dubai's non-oil foreign trade climbed to AED 2.4 trillion in 2026, with re-exports "
     "accounting for AED 612 billion, Dubai Customs said.",
     [R(f="total", r="Dubai", c="non-oil", v=2.4e12, cur="AED", d="up", b=DC, **Y(2026),
        src="Dubai Customs"),
      R(f="export", r="Dubai", c=DC, v=612e9, cur="AED", **Y(2026), src="Dubai Customs")]),

    # 27 Abidjan press: destinations in one sentence, volumes only
    ("Ivory Coast's cashew exports reached 1.1 million tonnes in 2026, Vietnam taking "
     "640,000 tonnes and India 310,000 tonnes, the Cotton and Cashew Council said.",
     [R(f="export", r=CIV, c="cashew", vol=1.1e6, u=TON, **Y(2026),
        src="Cotton and Cashew Council"),
      R(f="export", r=CIV, p=VN, c="cashew", vol=640e3, u=TON, **Y(2026),
        src="Cotton and Cashew Council"),
      R(f="export", r=CIV, p="India", c="cashew", vol=310e3, u=TON, **Y(2026),
        src="Cotton and Cashew Council")]),

    # 28 Reuters: ship-tracking source
    ("Qatar shipped 80.2 million tonnes of liquefied natural gas last year, up 3% from 2025, "
     "according to ship-tracking data compiled by Kpler.",
     [R(f="export", r="Qatar", c=["liquefied natural gas", "LNG"], vol=80.2e6, u=TON, d="up",
        pct=3, b=DC, **Y(2026), src="Kpler")]),

    # 29 Interfax-style: "highest since 2019", no stated change
    ("Russian wheat exports in February were the highest for the month since 2019 at 4.1 "
     "million tonnes, consultancy SovEcon estimated.",
     [R(f="export", r="Russia", c="wheat", vol=4.1e6, u=TON, volq=DC, d=DC, **M(2027, 2),
        src="SovEcon")]),

    # 30 Addis Fortune: Ethiopian fiscal year (starts 8 July)
    ("Ethiopia earned $1.93 billion from coffee exports in the first seven months of the "
     "2026/27 fiscal year, the Ethiopian Coffee and Tea Authority said.",
     [R(f="export", r="Ethiopia", c="coffee", v=1.93e9, cur="USD",
        ps=["2026-07-01", "2026-07-08"], pe=["2027-01-31", "2027-02-07"],
        src="Ethiopian Coffee and Tea Authority")]),

    # 31 Business Recorder: Rs trillion (PKR), July-June fiscal year
    ("Pakistan's imports of petroleum products cost Rs 1.47 trillion in the first seven "
     "months of 2026-27, the Pakistan Bureau of Statistics said.",
     [R(f="import", r="Pakistan", c="petroleum products", v=1.47e12, cur="PKR",
        **PR("2026-07-01", "2027-01-31"), src=["Pakistan Bureau of Statistics", "PBS"])]),

    # 32 El Universo-style: "US$900m", pounds
    ("Ecuador's shrimp exports rose to US$900m in January on volumes of 152 million pounds, "
     "the National Aquaculture Chamber said.",
     [R(f="export", r="Ecuador", c="shrimp", v=900e6, cur="USD", vol=152e6, u="pound",
        d="up", b=DC, **M(2027, 1), src="National Aquaculture Chamber")]),

    # 33 Cameroon Tribune-style: a range in CFA francs, a season without months
    ("Cameroon's exports of cocoa beans brought in between 610 billion and 650 billion CFA "
     "francs in the 2025/26 season, the National Cocoa and Coffee Board (ONCC) said.",
     [R(f="export", r="Cameroon", c="cocoa", v=610e9, vh=650e9, vq=DC, cur="XAF", ps=DC, pe=DC,
        src=["National Cocoa and Coffee Board", "ONCC"])]),

    # ---------------------------------------------------------------- paragraphs
    # P1 Reuters, China: "over the period", partner changes without values
    ("China's exports rose 5.4% year-on-year in January-February to $512.3 billion, customs "
     "data showed on Friday, beating forecasts. Imports fell 1.8% to $388.9 billion over the "
     "period, leaving a surplus of $123.4 billion. Shipments to the United States slumped "
     "14.6%, while those to the European Union grew 8.1%. In February alone, exports rose "
     "2.1%.",
     [R(f="export", r="China", v=512.3e9, cur="USD", d="up", pct=5.4, b="yoy",
        **PR("2027-01-01", "2027-02-28"), src=GAC),
      R(f="import", r="China", v=388.9e9, cur="USD", d="down", pct=1.8, b=DC,
        **PR("2027-01-01", "2027-02-28"), src=GAC),
      R(f="balance", r="China", v=123.4e9, cur="USD", bal="surplus",
        **PR("2027-01-01", "2027-02-28"), src=GAC),
      R(f="export", r="China", p=US, d="down", pct=14.6, b=DC,
        **PR("2027-01-01", "2027-02-28"), src=GAC),
      R(f="export", r="China", p=EU, d="up", pct=8.1, b=DC,
        **PR("2027-01-01", "2027-02-28"), src=GAC),
      R(f="export", r="China", d="up", pct=2.1, b=DC, **M(2027, 2), src=GAC)]),

    # P2 NBS (Nigeria): goods breakdown "accounted for ... of the total", "in the quarter"
    ("Nigeria's total exports rose to N22.6 trillion in the fourth quarter of 2026, the "
     "National Bureau of Statistics said in its foreign trade report. Crude oil accounted for "
     "N17.1 trillion of the total, while non-crude oil products contributed N5.5 trillion. "
     "Imports stood at N18.2 trillion in the quarter, giving a trade surplus of N4.4 "
     "trillion.",
     [R(f="export", r="Nigeria", c=DC, v=22.6e12, cur="NGN", d="up", b=DC,
        **PR("2026-10-01", "2026-12-31"), src=["National Bureau of Statistics", "NBS"]),
      R(f="export", r="Nigeria", c="crude oil", v=17.1e12, cur="NGN",
        **PR("2026-10-01", "2026-12-31"), src=["National Bureau of Statistics", "NBS"]),
      R(f="export", r="Nigeria", c="non-crude", v=5.5e12, cur="NGN",
        **PR("2026-10-01", "2026-12-31"), src=["National Bureau of Statistics", "NBS"]),
      R(f="import", r="Nigeria", v=18.2e12, cur="NGN",
        **PR("2026-10-01", "2026-12-31"), src=["National Bureau of Statistics", "NBS"]),
      R(f="balance", r="Nigeria", v=4.4e12, cur="NGN", bal="surplus",
        **PR("2026-10-01", "2026-12-31"), src=["National Bureau of Statistics", "NBS"])]),

    # P3 Lusaka Times-style: buyers in parentheses
    ("Zambia's copper exports earned $1.46 billion in January, according to the Zambia "
     "Statistics Agency. Its main buyers were Switzerland ($540 million), China ($410 "
     "million) and the UAE ($220 million).",
     [R(f="export", r="Zambia", c="copper", v=1.46e9, cur="USD", **M(2027, 1),
        src=["Zambia Statistics Agency", "ZamStats"]),
      R(f="export", r="Zambia", p="Switzerland", c="copper", v=540e6, cur="USD", **M(2027, 1),
        src=["Zambia Statistics Agency", "ZamStats"]),
      R(f="export", r="Zambia", p="China", c="copper", v=410e6, cur="USD", **M(2027, 1),
        src=["Zambia Statistics Agency", "ZamStats"]),
      R(f="export", r="Zambia", p=UAE, c="copper", v=220e6, cur="USD", **M(2027, 1),
        src=["Zambia Statistics Agency", "ZamStats"])]),

    # P4 Portafolio-style: value and volume with different changes, YTD volume
    ("Colombia's coffee exports fell 6% in volume to 1.02 million 60-kg bags in February but "
     "rose 19% in value to $412 million on higher international prices, the National "
     "Federation of Coffee Growers (FNC) said. In the first two months of the year, "
     "shipments totalled 2.1 million bags.",
     [R(f="export", r="Colombia", c="coffee", v=412e6, cur="USD", vol=DC, u=DC, d="up",
        pct=19, b=DC, **M(2027, 2), src=["National Federation of Coffee Growers", "FNC"]),
      R(f="export", r="Colombia", c="coffee", v=DC, cur=DC, vol=1.02e6, u=BAG, d="down",
        pct=6, b=DC, **M(2027, 2), src=["National Federation of Coffee Growers", "FNC"]),
      R(f="export", r="Colombia", c="coffee", vol=2.1e6, u=BAG,
        **PR("2027-01-01", "2027-02-28"), src=["National Federation of Coffee Growers", "FNC"])]),

    # P5 Arab News: GASTAT quarter, national non-oil vs re-exports, "in the quarter"
    ("Saudi Arabia's non-oil exports, including re-exports, rose 12.4% to 89.6 billion riyals "
     "in the fourth quarter of 2026 compared with the same quarter a year earlier, the "
     "General Authority for Statistics said on Sunday. National non-oil exports, which "
     "exclude re-exports, increased 6.1% in the quarter, while re-exports jumped 27.5% to "
     "29.3 billion riyals. Merchandise imports fell 2.3% over the period. Exports to China, "
     "the kingdom's largest trading partner, reached 7.4 billion riyals.",
     [R(f="export", r=SA, c="non-oil", v=89.6e9, cur="SAR", d="up", pct=12.4, b="yoy",
        **PR("2026-10-01", "2026-12-31"), src=["General Authority for Statistics", "GASTAT"]),
      R(f="export", r=SA, c="non-oil", d="up", pct=6.1, b=DC,
        **PR("2026-10-01", "2026-12-31"), src=["General Authority for Statistics", "GASTAT"]),
      R(f="export", r=SA, c=DC, v=29.3e9, cur="SAR", d="up", pct=27.5, b=DC,
        **PR("2026-10-01", "2026-12-31"), src=["General Authority for Statistics", "GASTAT"]),
      R(f="import", r=SA, c=DC, d="down", pct=2.3, b=DC,
        **PR("2026-10-01", "2026-12-31"), src=["General Authority for Statistics", "GASTAT"]),
      R(f="export", r=SA, p="China", c=DC, v=7.4e9, cur="SAR",
        **PR("2026-10-01", "2026-12-31"), src=["General Authority for Statistics", "GASTAT"])]),

    # P6 PTI: month, fiscal year to date, services estimate
    ("India's merchandise exports declined 2.8 per cent to $36.4 billion in February, while "
     "imports grew 9.3 per cent to $61.2 billion, widening the trade deficit to $24.8 "
     "billion, according to data released by the commerce ministry on Monday. During "
     "April-February of 2026-27, exports aggregated $398.6 billion, up 1.9 per cent, and "
     "imports were $689.4 billion. The trade deficit for the eleven months widened to $290.8 "
     "billion. Gold imports jumped 38 per cent to $4.7 billion in February. Services exports "
     "for February are estimated at $35.1 billion, the ministry said.",
     [R(f="export", r="India", c=DC, v=36.4e9, cur="USD", d="down", pct=2.8, b=DC,
        **M(2027, 2), src=["commerce ministry", "ministry"]),
      R(f="import", r="India", v=61.2e9, cur="USD", d="up", pct=9.3, b=DC,
        **M(2027, 2), src=["commerce ministry", "ministry"]),
      R(f="balance", r="India", v=24.8e9, cur="USD", bal="deficit", d=DC, b=DC,
        **M(2027, 2), src=["commerce ministry", "ministry"]),
      R(f="export", r="India", c=DC, v=398.6e9, cur="USD", d="up", pct=1.9, b=DC,
        **PR("2026-04-01", "2027-02-28"), src=["commerce ministry", "ministry"]),
      R(f="import", r="India", v=689.4e9, cur="USD",
        **PR("2026-04-01", "2027-02-28"), src=["commerce ministry", "ministry"]),
      R(f="balance", r="India", v=290.8e9, cur="USD", bal="deficit", d=DC, b=DC,
        **PR("2026-04-01", "2027-02-28"), src=["commerce ministry", "ministry"]),
      R(f="import", r="India", c="gold", v=4.7e9, cur="USD", d="up", pct=38, b=DC,
        **M(2027, 2), src=["commerce ministry", "ministry"]),
      R(f="export", r="India", c="services", v=35.1e9, vq=DC, cur="USD",
        **M(2027, 2), src=["commerce ministry", "ministry"])]),

    # P7 Dawn: Pakistan July-February, "during the period", "In February alone"
    ("Pakistan's trade deficit widened 18.6pc to $19.9 billion in the first eight months "
     "(July-February) of the current fiscal year, data released by the Pakistan Bureau of "
     "Statistics showed on Tuesday. Exports during the period edged up 1.2pc to $21.3bn, "
     "while imports surged 8.9pc to $41.2bn. In February alone, the deficit stood at $2.6bn.",
     [R(f="balance", r="Pakistan", v=19.9e9, cur="USD", bal="deficit", d=DC, pct=18.6, b=DC,
        **PR("2026-07-01", "2027-02-28"), src=["Pakistan Bureau of Statistics", "PBS"]),
      R(f="export", r="Pakistan", v=21.3e9, cur="USD", d="up", pct=1.2, b=DC,
        **PR("2026-07-01", "2027-02-28"), src=["Pakistan Bureau of Statistics", "PBS"]),
      R(f="import", r="Pakistan", v=41.2e9, cur="USD", d="up", pct=8.9, b=DC,
        **PR("2026-07-01", "2027-02-28"), src=["Pakistan Bureau of Statistics", "PBS"]),
      R(f="balance", r="Pakistan", v=2.6e9, cur="USD", bal="deficit",
        **M(2027, 2), src=["Pakistan Bureau of Statistics", "PBS"])]),

    # P8 AFR-style: Australian financial year, partner share of a total, volume
    ("Australia's iron ore exports earned A$118 billion in the 2025-26 financial year, down 6 "
     "per cent on the previous year, the Department of Industry, Science and Resources said "
     "in its Resources and Energy Quarterly. Exports to China made up A$97 billion of that "
     "total. Volumes rose 2 per cent to 912 million tonnes over the year.",
     [R(f="export", r="Australia", c="iron ore", v=118e9, cur="AUD", vol=DC, u=DC, d="down",
        pct=6, b="yoy", **PR("2025-07-01", "2026-06-30"),
        src=["Department of Industry, Science and Resources", "Department of Industry"]),
      R(f="export", r="Australia", p="China", c="iron ore", v=97e9, cur="AUD",
        **PR("2025-07-01", "2026-06-30"),
        src=["Department of Industry, Science and Resources", "Department of Industry"]),
      R(f="export", r="Australia", c="iron ore", v=DC, cur=DC, vol=912e6, u=TON, d="up", pct=2,
        b=DC, **PR("2025-07-01", "2026-06-30"),
        src=["Department of Industry, Science and Resources", "Department of Industry"])]),

    # P9 Kyodo: Japanese fiscal year to date, "in the month"
    ("Japan's exports in the April-January period of fiscal 2026 totaled 91.2 trillion yen, "
     "up 2.1 percent from a year earlier, Ministry of Finance data showed. In January alone, "
     "exports rose 4.4 percent to 7.3 trillion yen, while shipments to the United States "
     "fell 5.2 percent. Imports in the month came to 10.2 trillion yen.",
     [R(f="export", r="Japan", v=91.2e12, cur="JPY", d="up", pct=2.1, b="yoy",
        **PR("2026-04-01", "2027-01-31"), src=["Ministry of Finance", "Finance Ministry"]),
      R(f="export", r="Japan", v=7.3e12, cur="JPY", d="up", pct=4.4, b=DC, **M(2027, 1),
        src=["Ministry of Finance", "Finance Ministry"]),
      R(f="export", r="Japan", p=US, d="down", pct=5.2, b=DC, **M(2027, 1),
        src=["Ministry of Finance", "Finance Ministry"]),
      R(f="import", r="Japan", v=10.2e12, cur="JPY", **M(2027, 1),
        src=["Ministry of Finance", "Finance Ministry"])]),

    # P10 Ukrinform-style: marketing year to date, "as of"
    ("Ukraine's grain exports in the 2026/27 July-June marketing year had reached 24.6 "
     "million tonnes as of March 10, down from 28.9 million tonnes at the same point of the "
     "previous season, agriculture ministry data showed. The total included 11.2 million "
     "tonnes of wheat and 11.9 million tonnes of corn.",
     [R(f="export", r="Ukraine", c="grain", vol=24.6e6, u=TON, d="down", pct=DC, by=DC, byc=DC,
        b=["yoy", "season", "same point"], **PR("2026-07-01", "2027-03-10"),
        src="agriculture ministry"),
      OPT(f="export", r="Ukraine", c="grain", vol=28.9e6, u=TON, ps=DC, pe=DC),
      R(f="export", r="Ukraine", c="wheat", vol=11.2e6, u=TON, **PR("2026-07-01", "2027-03-10"),
        src="agriculture ministry"),
      R(f="export", r="Ukraine", c=["corn", "maize"], vol=11.9e6, u=TON,
        **PR("2026-07-01", "2027-03-10"), src="agriculture ministry")]),

    # P11 Reuters Brazil: volume then value of the same flow in another sentence, a share
    ("Brazil exported 14.2 million tonnes of soybeans in February, up from 10.1 million "
     "tonnes in the same month last year, according to Secex data. The country's soy exports "
     "generated $5.3 billion in the month. Shipments to China accounted for about 75% of the "
     "total.",
     [R(f="export", r="Brazil", c="soy", vol=14.2e6, u=TON, v=[None, 5.3e9], cur=[None, "USD"],
        d="up", pct=DC, by=DC, byc=DC, b="yoy", **M(2027, 2), src="Secex"),
      OPT(f="export", r="Brazil", c="soy", vol=10.1e6, u=TON, **M(2026, 2)),
      OPT(f="export", r="Brazil", c="soy", v=5.3e9, cur="USD", vol=[None, 14.2e6],
          u=[None, TON], **M(2027, 2))]),

    # P12 Jakarta Post-style: bilateral trade with a surplus of one side
    ("Trade between Indonesia and Japan reached $38.5 billion in 2026, with Indonesia "
     "recording a surplus of $4.1 billion, the Indonesian embassy in Tokyo said. Indonesian "
     "exports to Japan consisted mainly of coal, nickel and natural gas.",
     [R(f="total", r=["Indonesia", "Japan"], p=["Japan", "Indonesia"], v=38.5e9, cur="USD",
        **Y(2026), src=["Indonesian embassy", "embassy"]),
      R(f="balance", r="Indonesia", p="Japan", v=4.1e9, cur="USD", bal="surplus", **Y(2026),
        src=["Indonesian embassy", "embassy"])]),

    # P13 Bernama: RM, a surplus narrowing by a percent, a goods breakdown with a share
    ("Malaysia's exports rose 8.2 per cent year-on-year to RM138.4 billion in January, "
     "driven by electrical and electronic products, the Ministry of Investment, Trade and "
     "Industry (MITI) said. Imports climbed 10.5 per cent to RM121.7 billion, while the trade "
     "surplus narrowed 6.9 per cent to RM16.7 billion. Exports of E&E products, which made up "
     "42.1 per cent of the total, rose 13.4 per cent to RM58.3 billion. Exports to China, the "
     "largest market, rose 5.2 per cent to RM18.9 billion, and those to the United States "
     "fell 3.4 per cent.",
     [R(f="export", r="Malaysia", v=138.4e9, cur="MYR", d="up", pct=8.2, b="yoy", **M(2027, 1),
        src=["Ministry of Investment, Trade and Industry", "MITI"]),
      R(f="import", r="Malaysia", v=121.7e9, cur="MYR", d="up", pct=10.5, b=DC, **M(2027, 1),
        src=["Ministry of Investment, Trade and Industry", "MITI"]),
      R(f="balance", r="Malaysia", v=16.7e9, cur="MYR", bal="surplus", d="down", pct=6.9, b=DC,
        **M(2027, 1), src=["Ministry of Investment, Trade and Industry", "MITI"]),
      R(f="export", r="Malaysia", c=["E&E", "electrical and electronic"], v=58.3e9, cur="MYR",
        d="up", pct=13.4, b=DC, **M(2027, 1),
        src=["Ministry of Investment, Trade and Industry", "MITI"]),
      R(f="export", r="Malaysia", p="China", v=18.9e9, cur="MYR", d="up", pct=5.2, b=DC,
        **M(2027, 1), src=["Ministry of Investment, Trade and Industry", "MITI"]),
      R(f="export", r="Malaysia", p=US, d="down", pct=3.4, b=DC,
        **M(2027, 1), src=["Ministry of Investment, Trade and Industry", "MITI"])]),

    # P14 The Star (Kenya): month-on-month by base, goods breakdown
    ("Kenya's horticulture exports earned Sh18.2 billion in January, up from Sh15.7 billion "
     "in December, according to the Horticultural Crops Directorate. Cut flowers brought in "
     "Sh11.4 billion, while avocado shipments fetched Sh2.9 billion, data shows.",
     [R(f="export", r="Kenya", c="horticultur", v=18.2e9, cur="KES", d="up", pct=DC, by=DC,
        byc=DC, b=DC, **M(2027, 1), src="Horticultural Crops Directorate"),
      OPT(f="export", r="Kenya", c="horticultur", v=15.7e9, cur="KES", **M(2026, 12)),
      R(f="export", r="Kenya", c="cut flower", v=11.4e9, cur="KES", **M(2027, 1),
        src="Horticultural Crops Directorate"),
      R(f="export", r="Kenya", c="avocado", v=2.9e9, cur="KES", **M(2027, 1),
        src="Horticultural Crops Directorate")]),

    # P15 Reuters Accra: season from October, volume down and earnings up
    ("Ghana's cocoa exports fell 23 per cent to 312,000 tonnes in the first five months of "
     "the 2026/27 season, which began in October, according to Ghana Cocoa Board figures "
     "seen by Reuters. Earnings over the period were $2.7 billion, up from $1.9 billion a "
     "year earlier, as higher prices offset lower volumes.",
     [R(f="export", r="Ghana", c="cocoa", vol=312e3, u=TON, v=DC, cur=DC, d="down", pct=23,
        b=DC, **PR("2026-10-01", "2027-02-28"), src=["Ghana Cocoa Board", "COCOBOD"]),
      R(f="export", r="Ghana", c="cocoa", v=2.7e9, cur="USD", vol=DC, u=DC, d="up", pct=DC,
        by=DC, byc=DC, b="yoy", **PR("2026-10-01", "2027-02-28"),
        src=["Ghana Cocoa Board", "COCOBOD"]),
      OPT(f="export", r="Ghana", c="cocoa", v=1.9e9, cur="USD", vol=DC, u=DC,
          **PR("2025-10-01", "2026-02-28"))]),

    # P16 Yonhap: month and cumulative two months
    ("South Korea's exports rose 7.4 percent on-year to $58.2 billion in February, the trade "
     "ministry said Sunday. Imports increased 3.1 percent to $53.9 billion, resulting in a "
     "trade surplus of $4.3 billion for the month. For the first two months combined, "
     "outbound shipments came to $112.6 billion, up 4.9 percent from a year earlier.",
     [R(f="export", r=KR, v=58.2e9, cur="USD", d="up", pct=7.4, b="yoy", **M(2027, 2),
        src="trade ministry"),
      R(f="import", r=KR, v=53.9e9, cur="USD", d="up", pct=3.1, b=DC, **M(2027, 2),
        src="trade ministry"),
      R(f="balance", r=KR, v=4.3e9, cur="USD", bal="surplus", **M(2027, 2),
        src="trade ministry"),
      R(f="export", r=KR, v=112.6e9, cur="USD", d="up", pct=4.9, b="yoy",
        **PR("2027-01-01", "2027-02-28"), src="trade ministry")]),

    # P17 Focus Taiwan: "from January" and "compared with February 2026" for one value
    ("Taiwan's exports fell 11.2% from January to $38.7 billion in February, reflecting "
     "fewer working days during the Lunar New Year holiday, but were up 22.4% compared with "
     "February 2026, the Ministry of Finance said. Exports to the United States, its largest "
     "market, totaled $12.3 billion.",
     [R(f="export", r="Taiwan", v=38.7e9, cur="USD", d=["down", "up"], pct=[11.2, 22.4],
        b=["mom", "January", "yoy", "February 2026"], **M(2027, 2),
        src=["Ministry of Finance", "Finance Ministry"]),
      OPT(f="export", r="Taiwan", v=38.7e9, cur="USD", **M(2027, 2),
          src=["Ministry of Finance", "Finance Ministry"]),
      R(f="export", r="Taiwan", p=US, v=12.3e9, cur="USD", **M(2027, 2),
        src=["Ministry of Finance", "Finance Ministry"])]),

    # P18 AFP Rabat: dirhams, a deficit narrowing, imports "almost flat"
    ("Morocco's trade deficit narrowed to 24.1 billion dirhams in January from 27.6 billion "
     "dirhams a year earlier, the foreign exchange office said. Exports rose 9.3 percent to "
     "39.8 billion dirhams, lifted by car sales abroad and phosphates, while imports were "
     "almost flat.",
     [R(f="balance", r="Morocco", v=24.1e9, cur="MAD", bal="deficit", d=DC, pct=DC, by=DC,
        byc=DC, b="yoy", **M(2027, 1), src=["foreign exchange office", "Office des Changes"]),
      OPT(f="balance", r="Morocco", v=27.6e9, cur="MAD", bal="deficit", **M(2026, 1)),
      R(f="export", r="Morocco", v=39.8e9, cur="MAD", d="up", pct=9.3, b=DC, **M(2027, 1),
        src=["foreign exchange office", "Office des Changes"]),
      OPT(f="import", r="Morocco", v=None, **M(2027, 1))]),

    # P19 Kazakh statistics release: turnover, then partners with amounts
    ("According to the Bureau of National Statistics, Kazakhstan's foreign trade turnover in "
     "January 2027 amounted to $10.2 billion, an increase of 4.7% compared to January 2026. "
     "Exports decreased by 3.2% to $6.1 billion, and imports increased by 19.3% to $4.1 "
     "billion. The largest trading partners were China ($2.3 billion), Russia ($1.9 billion) "
     "and Italy ($1.4 billion). Trade with the other members of the Eurasian Economic Union "
     "totalled $2.5 billion.",
     [R(f="total", r="Kazakhstan", v=10.2e9, cur="USD", d="up", pct=4.7,
        b=["yoy", "January 2026"], **M(2027, 1), src="Bureau of National Statistics"),
      R(f="export", r="Kazakhstan", v=6.1e9, cur="USD", d="down", pct=3.2, b=DC, **M(2027, 1),
        src="Bureau of National Statistics"),
      R(f="import", r="Kazakhstan", v=4.1e9, cur="USD", d="up", pct=19.3, b=DC, **M(2027, 1),
        src="Bureau of National Statistics"),
      R(f="total", r="Kazakhstan", p="China", v=2.3e9, cur="USD", **M(2027, 1),
        src="Bureau of National Statistics"),
      R(f="total", r="Kazakhstan", p="Russia", v=1.9e9, cur="USD", **M(2027, 1),
        src="Bureau of National Statistics"),
      R(f="total", r="Kazakhstan", p="Italy", v=1.4e9, cur="USD", **M(2027, 1),
        src="Bureau of National Statistics"),
      R(f="total", r="Kazakhstan", p=["Eurasian Economic Union", "EAEU"], v=2.5e9, cur="USD",
        **M(2027, 1), src="Bureau of National Statistics")]),

    # P20 Gazeta.uz-style: gold's part, destinations with amounts and shares
    ("Uzbekistan's exports reached $26.9 billion in 2026, up 15.8% from the previous year, "
     "the Statistics Agency under the President reported. Gold accounted for $9.1 billion, "
     "or about a third of the total. The main destinations were Russia ($3.4 billion, 12.6%), "
     "China ($2.8 billion, 10.4%) and Türkiye ($1.7 billion, 6.3%).",
     [R(f="export", r="Uzbekistan", v=26.9e9, cur="USD", d="up", pct=15.8, b="yoy", **Y(2026),
        src="Statistics Agency"),
      R(f="export", r="Uzbekistan", c="gold", v=9.1e9, cur="USD", **Y(2026),
        src="Statistics Agency"),
      R(f="export", r="Uzbekistan", p="Russia", v=3.4e9, cur="USD", **Y(2026),
        src="Statistics Agency"),
      R(f="export", r="Uzbekistan", p="China", v=2.8e9, cur="USD", **Y(2026),
        src="Statistics Agency"),
      R(f="export", r="Uzbekistan", p=TR, v=1.7e9, cur="USD", **Y(2026),
        src="Statistics Agency")]),

    # P21 Daily News Egypt: half of a July-June fiscal year, "in the six months"
    ("Egypt's non-petroleum exports rose 17% to $12.4 billion in July-December of fiscal "
     "year 2026/27, the Ministry of Investment and Foreign Trade said on Thursday. The "
     "non-petroleum trade deficit narrowed to $14.1 billion in the six months, while imports "
     "of non-petroleum goods fell 4%.",
     [R(f="export", r="Egypt", c=["non-petroleum", "non-oil"], v=12.4e9, cur="USD", d="up",
        pct=17, b=DC, **PR("2026-07-01", "2026-12-31"),
        src="Ministry of Investment and Foreign Trade"),
      R(f="balance", r="Egypt", c=["non-petroleum", "non-oil"], v=14.1e9, cur="USD",
        bal="deficit", d=DC, b=DC, **PR("2026-07-01", "2026-12-31"),
        src="Ministry of Investment and Foreign Trade"),
      R(f="import", r="Egypt", c=["non-petroleum", "non-oil"], d="down", pct=4, b=DC,
        **PR("2026-07-01", "2026-12-31"), src="Ministry of Investment and Foreign Trade")]),

    # P22 Bloomberg Lima: absolute change, "little changed"
    ("Peru's trade surplus swelled to $2.4 billion in December, up $610 million from a year "
     "earlier, as gold exports soared. Shipments of the metal rose 46% to $1.9 billion, while "
     "copper exports were little changed at $2.6 billion, the central bank said in a "
     "statement Friday.",
     [R(f="balance", r="Peru", v=2.4e9, cur="USD", bal="surplus", d="up", by=610e6, byc="USD",
        b="yoy", **M(2026, 12), src="central bank"),
      R(f="export", r="Peru", c="gold", v=1.9e9, cur="USD", d="up", pct=46, b=DC,
        **M(2026, 12), src="central bank"),
      R(f="export", r="Peru", c="copper", v=2.6e9, cur="USD", d=DC, pct=DC, b=DC,
        **M(2026, 12), src="central bank")]),

    # P23 Anadolu: TurkStat, a deficit shrinking by a percent, a coverage ratio
    ("Türkiye's exports rose 4.1% year-on-year to $21.7 billion in January, while imports "
     "declined 2.6% to $27.9 billion, according to data from the Turkish Statistical "
     "Institute (TurkStat). The foreign trade deficit shrank 19.4% to $6.2 billion. The "
     "export-to-import coverage ratio rose to 77.8% from 72.1% a year ago.",
     [R(f="export", r=TR, v=21.7e9, cur="USD", d="up", pct=4.1, b="yoy", **M(2027, 1),
        src=["Turkish Statistical Institute", "TurkStat", "TUIK"]),
      R(f="import", r=TR, v=27.9e9, cur="USD", d="down", pct=2.6, b=DC, **M(2027, 1),
        src=["Turkish Statistical Institute", "TurkStat", "TUIK"]),
      R(f="balance", r=TR, v=6.2e9, cur="USD", bal="deficit", d=DC, pct=19.4, b=DC,
        **M(2027, 1), src=["Turkish Statistical Institute", "TurkStat", "TUIK"])]),

    # P24 Xinhua: China-Africa trade in yuan, both directions
    ("China-Africa trade hit a record 2.28 trillion yuan in 2026, up 6.1 percent year on "
     "year, the General Administration of Customs said. China's exports to Africa stood at "
     "1.31 trillion yuan, while imports from the continent totaled 970 billion yuan.",
     [R(f="total", r="China", p="Africa", v=2.28e12, cur="CNY", d="up", pct=6.1, b="yoy",
        **Y(2026), src=GAC),
      R(f="export", r="China", p="Africa", v=1.31e12, cur="CNY", **Y(2026), src=GAC),
      R(f="import", r="China", p="Africa", v=970e9, cur="CNY", **Y(2026), src=GAC)]),

    # P25 Korea JoongAng-style: all-time high, a good, partners
    ("South Korea's agri-food exports hit an all-time high of $10.4 billion last year, up 4.8 "
     "percent from a year earlier, the agriculture ministry said. Ramyeon led the growth, "
     "with exports rising 21.9 percent to $1.52 billion, the highest since the ministry "
     "began compiling data. Shipments to the United States reached $1.78 billion, followed "
     "by China at $1.41 billion.",
     [R(f="export", r=KR, c="agri-food", v=10.4e9, cur="USD", d="up", pct=4.8, b="yoy",
        **Y(2026), src="agriculture ministry"),
      R(f="export", r=KR, c="ramyeon", v=1.52e9, cur="USD", d="up", pct=21.9, b=DC, **Y(2026),
        src="agriculture ministry"),
      R(f="export", r=KR, p=US, c=["agri-food", None], v=1.78e9, cur="USD", **Y(2026),
        src="agriculture ministry"),
      R(f="export", r=KR, p="China", c=["agri-food", None], v=1.41e9, cur="USD", **Y(2026),
        src="agriculture ministry")]),

    # P26 Asia-Plus-style: imports as part of turnover, deficit; exports not stated
    ("Tajikistan's foreign trade turnover reached $7.6 billion in 2026, up 11% on 2025, the "
     "Agency on Statistics under the President said. Imports made up $5.4 billion of the "
     "total, leaving a deficit of $3.2 billion.",
     [R(f="total", r="Tajikistan", v=7.6e9, cur="USD", d="up", pct=11, b=["yoy", "2025"],
        **Y(2026), src="Agency on Statistics"),
      R(f="import", r="Tajikistan", v=5.4e9, cur="USD", **Y(2026), src="Agency on Statistics"),
      R(f="balance", r="Tajikistan", v=3.2e9, cur="USD", bal="deficit", **Y(2026),
        src="Agency on Statistics")]),

    # P27 PTI: lakh crore restated in dollars, a partner change
    ("India's exports of engineering goods rose 6.4 per cent to Rs 9.1 lakh crore during "
     "April-January of FY27, EEPC India said. In dollar terms, shipments were valued at "
     "$104.2 billion. Exports to the US, the biggest market, dipped 3 per cent in January.",
     [R(f="export", r="India", c="engineering goods", v=[9.1e12, 104.2e9], cur=["INR", "USD"],
        d="up", pct=6.4, b=DC, **PR("2026-04-01", "2027-01-31"), src="EEPC"),
      OPT(f="export", r="India", c="engineering goods", v=104.2e9, cur="USD",
          **PR("2026-04-01", "2027-01-31")),
      R(f="export", r="India", p=US + ["US"], c="engineering goods", d="down", pct=3, b=DC,
        **M(2027, 1), src="EEPC")]),

    # P28 PSA release: top export, "followed by" partners
    ("Philippine exports grew 9.8 percent year-on-year to $6.91 billion in January, "
     "preliminary data from the Philippine Statistics Authority (PSA) showed. Electronic "
     "products remained the top export, accounting for $3.9 billion. The United States was "
     "the biggest buyer of Philippine goods at $1.12 billion, followed by Japan at $1.01 "
     "billion and Hong Kong at $890 million.",
     [R(f="export", r=PH, v=6.91e9, cur="USD", d="up", pct=9.8, b="yoy", **M(2027, 1),
        src=["Philippine Statistics Authority", "PSA"]),
      R(f="export", r=PH, c="electronic products", v=3.9e9, cur="USD", **M(2027, 1),
        src=["Philippine Statistics Authority", "PSA"]),
      R(f="export", r=PH, p=US, v=1.12e9, cur="USD", **M(2027, 1),
        src=["Philippine Statistics Authority", "PSA"]),
      R(f="export", r=PH, p="Japan", v=1.01e9, cur="USD", **M(2027, 1),
        src=["Philippine Statistics Authority", "PSA"]),
      R(f="export", r=PH, p="Hong Kong", v=890e6, cur="USD", **M(2027, 1),
        src=["Philippine Statistics Authority", "PSA"])]),

    # P29 VnExpress-style: two changes of one volume, then two-month totals
    ("Vietnam shipped 580,000 tonnes of rice in February, down 21.6% from the previous month "
     "and 9% lower than a year earlier, earning $341 million, the General Statistics Office "
     "said. Over the first two months, rice exports totalled 1.32 million tonnes worth $784 "
     "million, data showed.",
     [R(f="export", r=VN, c="rice", vol=580e3, u=TON, v=341e6, cur="USD", d="down",
        pct=[21.6, 9], b=["mom", "yoy"], **M(2027, 2), src="General Statistics Office"),
      OPT(f="export", r=VN, c="rice", vol=580e3, u=TON, v=[None, 341e6], cur=[None, "USD"],
          **M(2027, 2)),
      R(f="export", r=VN, c="rice", vol=1.32e6, u=TON, v=784e6, cur="USD",
        **PR("2027-01-01", "2027-02-28"), src="General Statistics Office")]),

    # P30 Bernama: MPOB, stocks and production are not trade
    ("Malaysia's palm oil exports in February fell 8.3 per cent month-on-month to 1.21 "
     "million tonnes, the Malaysian Palm Oil Board (MPOB) said. End-February stocks rose 4.1 "
     "per cent to 1.92 million tonnes, while crude palm oil production dropped 12.7 per cent "
     "to 1.36 million tonnes.",
     [R(f="export", r="Malaysia", c="palm oil", vol=1.21e6, u=TON, d="down", pct=8.3, b="mom",
        **M(2027, 2), src=["Malaysian Palm Oil Board", "MPOB"])]),

    # P31 AFP Buenos Aires: surplus streak, "on an annual basis", a goods group
    ("Argentina posted a trade surplus of $1.9 billion in January, its 15th consecutive "
     "monthly surplus, the INDEC statistics agency said Tuesday. Exports rose 12% on an "
     "annual basis to $6.8 billion, while imports increased 31% to $4.9 billion. Shipments "
     "of cereals and oilseeds accounted for $2.1 billion.",
     [R(f="balance", r="Argentina", v=1.9e9, cur="USD", bal="surplus", **M(2027, 1),
        src="INDEC"),
      R(f="export", r="Argentina", v=6.8e9, cur="USD", d="up", pct=12, b="yoy", **M(2027, 1),
        src="INDEC"),
      R(f="import", r="Argentina", v=4.9e9, cur="USD", d="up", pct=31, b=DC, **M(2027, 1),
        src="INDEC"),
      R(f="export", r="Argentina", c="cereals", v=2.1e9, cur="USD", **M(2027, 1),
        src="INDEC")]),

    # P32 Daily FT (Sri Lanka): an association citing customs
    ("Sri Lanka's apparel exports earned $462.3 million in January, a 6.7% increase compared "
     "with January 2026, the Joint Apparel Association Forum said citing Customs data. "
     "Shipments to the European Union rose 11.2% to $178.4 million, while those to the "
     "United States fell 2.4% to $181.9 million.",
     [R(f="export", r="Sri Lanka", c="apparel", v=462.3e6, cur="USD", d="up", pct=6.7,
        b=["yoy", "January 2026"], **M(2027, 1),
        src=["Joint Apparel Association Forum", "JAAF", "Customs"]),
      R(f="export", r="Sri Lanka", p=EU, c="apparel", v=178.4e6, cur="USD", d="up", pct=11.2,
        b=DC, **M(2027, 1), src=["Joint Apparel Association Forum", "JAAF", "Customs"]),
      R(f="export", r="Sri Lanka", p=US, c="apparel", v=181.9e6, cur="USD", d="down", pct=2.4,
        b=DC, **M(2027, 1), src=["Joint Apparel Association Forum", "JAAF", "Customs"])]),

    # P33 Prothom Alo-style: Tk crore, first half of the fiscal year, "the same period"
    ("Bangladesh imported 2.1 million tonnes of rice worth Tk 12,400 crore in July-December "
     "of the current fiscal year, according to the food ministry. Wheat imports stood at 3.4 "
     "million tonnes during the same period.",
     [R(f="import", r="Bangladesh", c="rice", vol=2.1e6, u=TON, v=1.24e11, cur="BDT",
        **PR("2026-07-01", "2026-12-31"), src="food ministry"),
      R(f="import", r="Bangladesh", c="wheat", vol=3.4e6, u=TON,
        **PR("2026-07-01", "2026-12-31"), src="food ministry")]),

    # P34 The Peninsula (Qatar): QR, annual vs month-on-month stated differently
    ("Qatar's merchandise trade surplus fell 14.3% on an annual basis to QR18.6 billion in "
     "January, the National Planning Council said. Total exports of goods, including "
     "domestic exports and re-exports, were estimated at QR27.9 billion, down 8.8% from "
     "January 2026, while imports rose 4.1% month-on-month to QR9.3 billion.",
     [R(f="balance", r="Qatar", v=18.6e9, cur="QAR", bal="surplus", d="down", pct=14.3,
        b="yoy", **M(2027, 1), src="National Planning Council"),
      R(f="export", r="Qatar", c=DC, v=27.9e9, vq=DC, cur="QAR", d="down", pct=8.8,
        b=["yoy", "January 2026"], **M(2027, 1), src="National Planning Council"),
      R(f="import", r="Qatar", v=9.3e9, cur="QAR", d="up", pct=4.1, b="mom", **M(2027, 1),
        src="National Planning Council")]),

    # P35 Kyodo: exports to and imports from one partner, the bilateral deficit
    ("Japan's exports to China rose 9.1 percent in January from a year earlier to 1.38 "
     "trillion yen, helped by chipmaking equipment, while imports from China slid 6.5 "
     "percent to 1.72 trillion yen, preliminary Finance Ministry data showed. Japan's "
     "deficit with China thus came to 340 billion yen.",
     [R(f="export", r="Japan", p="China", v=1.38e12, cur="JPY", d="up", pct=9.1, b="yoy",
        **M(2027, 1), src=["Finance Ministry", "Ministry of Finance"]),
      R(f="import", r="Japan", p="China", v=1.72e12, cur="JPY", d="down", pct=6.5, b=DC,
        **M(2027, 1), src=["Finance Ministry", "Ministry of Finance"]),
      R(f="balance", r="Japan", p="China", v=340e9, cur="JPY", bal="deficit", **M(2027, 1),
        src=["Finance Ministry", "Ministry of Finance"])]),

    # P36 El Economista-style: partner, then goods whose partner is not stated, overall
    ("Mexico's exports to the United States rose 7.9% in January to $44.1 billion, INEGI "
     "said on Monday. Auto exports, the largest single category, totaled $14.8 billion over "
     "the month, while oil exports dropped 38.5% to $1.1 billion. The overall trade balance "
     "showed a deficit of $3.0 billion. Imports from China rose 12.4%.",
     [R(f="export", r="Mexico", p=US, v=44.1e9, cur="USD", d="up", pct=7.9, b=DC,
        **M(2027, 1), src="INEGI"),
      R(f="export", r="Mexico", p=[None] + US, c="auto", v=14.8e9, cur="USD", **M(2027, 1),
        src="INEGI"),
      R(f="export", r="Mexico", p=[None] + US, c="oil", v=1.1e9, cur="USD", d="down",
        pct=38.5, b=DC, **M(2027, 1), src="INEGI"),
      R(f="balance", r="Mexico", v=3.0e9, cur="USD", bal="deficit", **M(2027, 1),
        src="INEGI"),
      R(f="import", r="Mexico", p="China", d="up", pct=12.4, b=DC, **M(2027, 1), src="INEGI")]),

    # P37 NZ Herald-style: "NZ$412m, or 18%", "NZ$1.1bn"
    ("New Zealand's dairy exports rose NZ$412m, or 18%, to NZ$2.7bn in January from a year "
     "earlier, Stats NZ said. Meat exports climbed to NZ$1.1bn. Overall goods exports were "
     "NZ$6.4bn, while imports were NZ$6.9bn, leaving a monthly deficit of NZ$519m. Exports "
     "to China fell 9.2%.",
     [R(f="export", r="New Zealand", c="dairy", v=2.7e9, cur="NZD", d="up", pct=18, by=412e6,
        byc="NZD", b="yoy", **M(2027, 1), src="Stats NZ"),
      R(f="export", r="New Zealand", c="meat", v=1.1e9, cur="NZD", d="up", b=DC, **M(2027, 1),
        src="Stats NZ"),
      R(f="export", r="New Zealand", c=DC, v=6.4e9, cur="NZD", **M(2027, 1), src="Stats NZ"),
      R(f="import", r="New Zealand", v=6.9e9, cur="NZD", **M(2027, 1), src="Stats NZ"),
      R(f="balance", r="New Zealand", v=519e6, cur="NZD", bal="deficit", **M(2027, 1),
        src="Stats NZ"),
      R(f="export", r="New Zealand", p="China", d="down", pct=9.2, b=DC, **M(2027, 1),
        src="Stats NZ")]),

    # P38 HK Census and Statistics Department: re-exports, domestic exports, visible deficit
    ("Hong Kong's total exports of goods increased 14.2% year-on-year to HK$412.6 billion in "
     "January, the Census and Statistics Department said. Re-exports made up almost all of "
     "the total at HK$410.9 billion, while domestic exports grew to HK$1.7 billion. Imports "
     "of goods rose 16.1% to HK$448.3 billion, resulting in a visible trade deficit of "
     "HK$35.7 billion, equivalent to 8% of the value of imports. For the whole of 2026, the "
     "value of total exports of goods rose 9.8%.",
     [R(f="export", r="Hong Kong", c=DC, v=412.6e9, cur="HKD", d="up", pct=14.2, b="yoy",
        **M(2027, 1), src="Census and Statistics Department"),
      R(f="export", r="Hong Kong", c=DC, v=410.9e9, cur="HKD", **M(2027, 1),
        src="Census and Statistics Department"),
      R(f="export", r="Hong Kong", c=DC, v=1.7e9, cur="HKD", d="up", b=DC, **M(2027, 1),
        src="Census and Statistics Department"),
      R(f="import", r="Hong Kong", c=DC, v=448.3e9, cur="HKD", d="up", pct=16.1, b=DC,
        **M(2027, 1), src="Census and Statistics Department"),
      R(f="balance", r="Hong Kong", v=35.7e9, cur="HKD", bal="deficit", **M(2027, 1),
        src="Census and Statistics Department"),
      R(f="export", r="Hong Kong", c=DC, d="up", pct=9.8, b=DC, **Y(2026),
        src="Census and Statistics Department")]),

    # P39 Statistics Canada: deficit from a revised December figure, "sequentially", volumes
    ("Canada's merchandise trade deficit with the world narrowed to C$1.2 billion in January "
     "from a revised C$2.9 billion in December, Statistics Canada said. Exports rose 3.2% "
     "sequentially, mainly on higher shipments of crude oil, and imports fell 1.1%. In volume "
     "terms, exports increased 1.8%.",
     [R(f="balance", r="Canada", p=[None, "world"], v=1.2e9, cur="CAD", bal="deficit", d=DC,
        pct=DC, by=DC, byc=DC, b=DC, **M(2027, 1), src="Statistics Canada"),
      OPT(f="balance", r="Canada", p=[None, "world"], v=2.9e9, cur="CAD", bal="deficit",
          **M(2026, 12)),
      R(f="export", r="Canada", d="up", pct=3.2, b=["mom", "sequential"], **M(2027, 1),
        src="Statistics Canada"),
      R(f="import", r="Canada", d="down", pct=1.1, b=DC, **M(2027, 1), src="Statistics Canada"),
      R(f="export", r="Canada", d="up", pct=1.8, b=DC, **M(2027, 1), src="Statistics Canada")]),

    # P40 Diario Financiero-style: season to date, "just over", "nearly"
    ("Chile's fruit exports to China during the 2026/27 season, which runs from September to "
     "August, totalled just over $2 billion through the end of February, the Chilean Fruit "
     "Exporters Association (Asoex) said. Cherries accounted for nearly $1.8 billion.",
     [R(f="export", r="Chile", p="China", c="fruit", v=2e9, vq=OVER + ["just over"], cur="USD",
        **PR("2026-09-01", "2027-02-28"), src=["Chilean Fruit Exporters Association", "Asoex"]),
      R(f="export", r="Chile", p="China", c="cherr", v=1.8e9, vq=NEARLY, cur="USD",
        **PR("2026-09-01", "2027-02-28"), src=["Chilean Fruit Exporters Association", "Asoex"])]),

    # P41 Interfax-style: a quota in the same paragraph is no figure
    ("Russia exported 3.6 million tonnes of wheat in February, down 27% from the same month "
     "last year, according to consultancy Rusagrotrans. The government's grain export quota "
     "of 10.6 million tonnes for February 15-June 30 remains in force.",
     [R(f="export", r="Russia", c="wheat", vol=3.6e6, u=TON, d="down", pct=27, b="yoy",
        **M(2027, 2), src="Rusagrotrans")]),

    # P42 Business Standard-style: April-December of a fiscal year, a variety breakdown
    ("India's rice exports rose 12.3 per cent to 17.9 million tonnes in April-December 2026 "
     "after the government lifted curbs on non-basmati shipments, trade ministry data "
     "showed. Basmati rice accounted for 4.6 million tonnes, worth $4.9 billion.",
     [R(f="export", r="India", c="rice", vol=17.9e6, u=TON, d="up", pct=12.3, b=DC,
        **PR("2026-04-01", "2026-12-31"), src="trade ministry"),
      R(f="export", r="India", c="basmati", vol=4.6e6, u=TON, v=4.9e9, cur="USD",
        **PR("2026-04-01", "2026-12-31"), src="trade ministry")]),

    # P43 Le Soleil-style (Senegal): CFA francs, "over the same period"
    ("Senegal's exports fell 11.4% to 312.6 billion CFA francs in the fourth quarter of 2026, "
     "mainly due to a decline in sales of gold, the National Agency for Statistics and "
     "Demography (ANSD) said. Imports reached 798.2 billion CFA francs over the same period.",
     [R(f="export", r="Senegal", v=312.6e9, cur="XOF", d="down", pct=11.4, b=DC,
        **PR("2026-10-01", "2026-12-31"),
        src=["National Agency for Statistics and Demography", "ANSD"]),
      R(f="import", r="Senegal", v=798.2e9, cur="XOF", **PR("2026-10-01", "2026-12-31"),
        src=["National Agency for Statistics and Demography", "ANSD"])]),

    # P44 Daily Monitor-style (Uganda): a comparison without a change word, a share
    ("Uganda's coffee exports for January amounted to 712,000 60-kg bags worth $241 million, "
     "compared with 588,000 bags worth $172 million in January 2026, the Uganda Coffee "
     "Development Authority said. Italy was the top destination with a 32% share.",
     [R(f="export", r="Uganda", c="coffee", vol=712e3, u=BAG, v=241e6, cur="USD", d=DC, pct=DC,
        by=DC, byc=DC, b=DC, **M(2027, 1), src=["Uganda Coffee Development Authority", "UCDA"]),
      OPT(f="export", r="Uganda", c="coffee", vol=588e3, u=BAG, v=[None, 172e6],
          cur=[None, "USD"], **M(2026, 1))]),

    # P45 Reuters New Delhi: barrels per day, ship-tracking source, supplier ambiguity
    ("India's imports of Russian crude oil averaged 1.62 million barrels per day in February, "
     "down 14% from January, according to data from ship-tracking firm Kpler. Iraq supplied "
     "0.98 million bpd, while Saudi Arabia shipped 0.71 million bpd to India.",
     [R(f="import", r="India", p="Russia", c="crude", vol=1.62e6, u=BBL, volq=DC, d="down",
        pct=14, b=["mom", "January"], **M(2027, 2), src="Kpler"),
      R(f=["import", "export"], r=["India", "Iraq"], p=["Iraq", "India"], c="crude", vol=0.98e6,
        u=BBL, **M(2027, 2), src="Kpler"),
      R(f=["import", "export"], r=["India"] + SA, p=SA + ["India"], c="crude", vol=0.71e6,
        u=BBL, **M(2027, 2), src="Kpler")]),

    # P46 RBI release: services trade
    ("India's services exports rose 14.1 per cent year-on-year to $38.6 billion in January, "
     "Reserve Bank of India data showed. Services imports were $19.4 billion in the month, "
     "leaving a net services surplus of $19.2 billion.",
     [R(f="export", r="India", c="services", v=38.6e9, cur="USD", d="up", pct=14.1, b="yoy",
        **M(2027, 1), src=["Reserve Bank of India", "RBI"]),
      R(f="import", r="India", c="services", v=19.4e9, cur="USD", **M(2027, 1),
        src=["Reserve Bank of India", "RBI"]),
      R(f="balance", r="India", c="services", v=19.2e9, cur="USD", bal="surplus",
        **M(2027, 1), src=["Reserve Bank of India", "RBI"])]),

    # P47 Business Day (South Africa): rand, a swing from deficit to surplus
    ("South Africa recorded a trade surplus of R14.2 billion in January, the South African "
     "Revenue Service (SARS) said on Friday, compared with a deficit of R1.4 billion in the "
     "same month last year. Exports fell 4.3% month-on-month to R162.8 billion, while "
     "imports dropped 11.6% to R148.6 billion.",
     [R(f="balance", r="South Africa", v=14.2e9, cur="ZAR", bal="surplus", d=DC, pct=DC, by=DC,
        byc=DC, b=DC, **M(2027, 1), src=["South African Revenue Service", "SARS"]),
      OPT(f="balance", r="South Africa", v=1.4e9, cur="ZAR", bal="deficit", **M(2026, 1)),
      R(f="export", r="South Africa", v=162.8e9, cur="ZAR", d="down", pct=4.3, b="mom",
        **M(2027, 1), src=["South African Revenue Service", "SARS"]),
      R(f="import", r="South Africa", v=148.6e9, cur="ZAR", d="down", pct=11.6, b=DC,
        **M(2027, 1), src=["South African Revenue Service", "SARS"])]),

    # P48 Times of Oman: RO, re-exports with "more than"
    ("Oman's non-oil exports rose 9.7% to RO 5.84 billion in 2026, the National Centre for "
     "Statistics and Information (NCSI) said. Re-exports climbed more than 30% to RO 2.31 "
     "billion, while merchandise imports totalled RO 12.6 billion.",
     [R(f="export", r="Oman", c="non-oil", v=5.84e9, cur="OMR", d="up", pct=9.7, b=DC,
        **Y(2026), src=["National Centre for Statistics and Information", "NCSI"]),
      R(f="export", r="Oman", c=DC, v=2.31e9, cur="OMR", d="up", pct=30, cq=OVER, b=DC,
        **Y(2026), src=["National Centre for Statistics and Information", "NCSI"]),
      R(f="import", r="Oman", c=DC, v=12.6e9, cur="OMR", **Y(2026),
        src=["National Centre for Statistics and Information", "NCSI"])]),

    # P49 Daily Sabah-style: partners with parenthesised amounts after a semicolon
    ("Germany was Türkiye's top export market in February, taking $1.9 billion of goods; the "
     "UK ($1.3 billion) and the US ($1.2 billion) came next, Trade Ministry data showed. On "
     "the import side, China topped the list at $4.1 billion.",
     [R(f="export", r=TR, p="Germany", v=1.9e9, cur="USD", **M(2027, 2), src="Trade Ministry"),
      R(f="export", r=TR, p=UK + ["UK"], v=1.3e9, cur="USD", **M(2027, 2), src="Trade Ministry"),
      R(f="export", r=TR, p=US + ["US"], v=1.2e9, cur="USD", **M(2027, 2), src="Trade Ministry"),
      R(f="import", r=TR, p="China", v=4.1e9, cur="USD", **M(2027, 2), src="Trade Ministry")]),

    # P50 Xinhua Guangzhou: a province as reporter, an import change without a value
    ("Guangdong's foreign trade reached 1.41 trillion yuan in the first two months of 2027, "
     "up 8.6 percent year on year, according to the Guangdong branch of the General "
     "Administration of Customs. Exports grew 11.2 percent to 896.3 billion yuan, while "
     "imports rose 4.4 percent.",
     [R(f="total", r="Guangdong", v=1.41e12, cur="CNY", d="up", pct=8.6, b="yoy",
        **PR("2027-01-01", "2027-02-28"), src=GAC),
      R(f="export", r="Guangdong", v=896.3e9, cur="CNY", d="up", pct=11.2, b=DC,
        **PR("2027-01-01", "2027-02-28"), src=GAC),
      R(f="import", r="Guangdong", d="up", pct=4.4, b=DC, **PR("2027-01-01", "2027-02-28"),
        src=GAC)]),

    # P51 Trend/APA-style (Azerbaijan): "of which", "over the period"
    ("Azerbaijan's foreign trade turnover amounted to $7.3 billion in January-February 2027, "
     "the State Customs Committee said. Exports accounted for $4.6 billion, of which oil and "
     "gas made up $4.0 billion, and imports for $2.7 billion. Non-oil exports rose 8.1% to "
     "$0.6 billion over the period.",
     [R(f="total", r="Azerbaijan", v=7.3e9, cur="USD", **PR("2027-01-01", "2027-02-28"),
        src="State Customs Committee"),
      R(f="export", r="Azerbaijan", v=4.6e9, cur="USD", **PR("2027-01-01", "2027-02-28"),
        src="State Customs Committee"),
      R(f="export", r="Azerbaijan", c="oil and gas", v=4.0e9, cur="USD",
        **PR("2027-01-01", "2027-02-28"), src="State Customs Committee"),
      R(f="import", r="Azerbaijan", v=2.7e9, cur="USD", **PR("2027-01-01", "2027-02-28"),
        src="State Customs Committee"),
      R(f="export", r="Azerbaijan", c="non-oil", v=0.6e9, cur="USD", d="up", pct=8.1, b=DC,
        **PR("2027-01-01", "2027-02-28"), src="State Customs Committee")]),

    # P52 Bloomberg Seoul: first ten days of the month, goods changes only
    ("South Korea's exports in the first 10 days of March rose 9.8% from a year earlier to "
     "$15.2 billion, data from the Korea Customs Service showed Wednesday. Chip shipments "
     "jumped 31.5%, while exports of passenger cars fell 8.2%.",
     [R(f="export", r=KR, v=15.2e9, cur="USD", d="up", pct=9.8, b="yoy",
        **PR("2027-03-01", "2027-03-10"), src="Korea Customs Service"),
      R(f="export", r=KR, c=["chip", "semiconductor"], d="up", pct=31.5, b=DC,
        **PR("2027-03-01", "2027-03-10"), src="Korea Customs Service"),
      R(f="export", r=KR, c="passenger car", d="down", pct=8.2, b=DC,
        **PR("2027-03-01", "2027-03-10"), src="Korea Customs Service")]),
]

NEG = [
    # forecasts and targets
    "India's merchandise exports are expected to top $450 billion in the current fiscal year, "
    "Commerce Secretary Sunil Barthwal told reporters on Tuesday.",
    "Kenya aims to double its horticulture exports to Sh300 billion by 2030 under a new "
    "strategy unveiled by the agriculture ministry.",
    "Exports could fall by as much as $5 billion this year if Washington goes ahead with new "
    "tariffs, economists at Standard Chartered estimated.",
    "The World Trade Organization cut its forecast for global merchandise trade growth in "
    "2027 to 1.7% from 2.4%, citing rising trade barriers.",
    # export bans and quotas
    "Indonesia will ban exports of bauxite ore from June, the energy minister said, in a bid "
    "to promote domestic smelting.",
    "Russia set a grain export quota of 20 million tonnes for the period from Feb. 15 to June "
    "30, the agriculture ministry said on Friday.",
    # tariff news without a rate, customs revenue
    "The European Commission said it would open an anti-dumping investigation into imports of "
    "hardwood plywood from China, following a complaint by European producers.",
    "India has cut the basic customs duty on crude edible oils, the finance ministry said in "
    "a notification on Friday, in a bid to cool food prices.",
    "The Nigeria Customs Service collected N6.1 trillion in import duties and other levies in "
    "2026, the agency's comptroller-general said.",
    # prices per unit
    "Free-on-board prices for Vietnamese 5% broken rice rose to $412 a tonne this week from "
    "$398 last week, traders said.",
    "Brent crude futures rose 1.2% to $78.40 a barrel on Tuesday as traders weighed supply "
    "risks in the Middle East.",
    # shares of GDP and of exports
    "Exports of goods and services account for about 38% of South Korea's gross domestic "
    "product, according to World Bank data.",
    "Oil accounts for more than 90% of Nigeria's export earnings and about half of government "
    "revenue.",
    # current account and other external-sector aggregates
    "Pakistan posted a current account surplus of $402 million in February, compared with a "
    "deficit of $150 million a year earlier, the State Bank of Pakistan said.",
    "Foreign direct investment into Vietnam rose 8.4% to $4.3 billion in the first two "
    "months, the Ministry of Finance said.",
    "Remittances from Bangladeshis working abroad rose 21% to $2.6 billion in February, the "
    "central bank said.",
    "Egypt's net international reserves rose to $49.5 billion at the end of February, the "
    "central bank said.",
    # production and consumption
    "China's crude steel output fell 3.2% year on year to 152.4 million tonnes in the first "
    "two months, the National Bureau of Statistics said.",
    "India's fuel consumption rose 4.1% in February to 20.3 million tonnes, oil ministry data "
    "showed.",
    # one firm's sales and shipments (not an economy's trade)
    "Hyundai Motor said its overseas sales rose 6% to 298,000 vehicles in February, while its "
    "revenue from exports climbed to 9.2 trillion won.",
    "Samsung Electronics shipped 61 million smartphones worldwide in the fourth quarter, "
    "market tracker Counterpoint Research said.",
    # ports, credit, exporter counts
    "The Port of Tanjung Pelepas handled a record 12.3 million TEUs in 2026, up 7% from the "
    "previous year, the port operator said.",
    "The Export-Import Bank of India sanctioned loans worth Rs 18,000 crore to exporters in "
    "the April-December period, its managing director said.",
    "The number of registered exporters in Pakistan rose to 31,200 in 2026 from 27,800 a year "
    "earlier, the Trade Development Authority said.",
    # other senses of export, import, trade and balance
    "Trading volume on Borsa Istanbul rose 18% to 2.1 trillion lira last month, the exchange "
    "said.",
    "The K-pop agency said it would export its trainee system to Latin America, opening an "
    "academy in Sao Paulo next year.",
    "Malaysia will import 10,000 foreign workers for the plantation sector this year, the "
    "human resources minister said.",
    "Trade unions in Argentina called a 24-hour general strike for Thursday to protest "
    "against the labour reform.",
    "The lender's loan book grew 14% to $82 billion, while deposits rose to $96 billion, its "
    "balance sheet showed.",
    # narrative and agreements without figures
    "In the 1980s, the country's textile exports boomed as manufacturers relocated from Hong "
    "Kong, laying the foundation for a garment industry that now employs millions.",
    "Indonesia and the European Union signed a comprehensive economic partnership agreement "
    "on Sunday after nine years of negotiations, removing barriers to trade in palm oil, "
    "nickel and cars.",
    "Kenya's export processing zones employed 92,000 workers in 2026, up from 85,000 the "
    "previous year, the Export Processing Zones Authority said.",
]
