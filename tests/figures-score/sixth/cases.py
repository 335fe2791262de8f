from slots import DC, R, M, Y, PR

# The sixth trade-figures set. Every text is the lone body paragraph of a page published on
# 2027-01-14 (a Thursday), so "last year" is 2026, "December" is December 2026, "the first
# half of FY27" (Pakistan, July-June) is July-December 2026, "April-December" of India's
# FY2026-27 is 2026-04-01..2026-12-31, and Japan's "fiscal 2026" starts on 2026-04-01.
#
# Conventions (see the report for the reasoning):
# - value amounts are in units (USD 17.2 billion = 17.2e9; 1 crore = 1e7; 1 lakh crore = 1e12);
# - a deficit's amount may be given positive or negative (PM), and its change direction may be
#   read as the gap's size or as the balance (UD) when the gap widens or narrows;
# - an unstated basis ("rose 5% in December") is DC; a stated one is "yoy"/"mom";
# - a figure carried from a previous sentence keeps the first sentence's reporter, period and
#   source (strictly), except where the later sentence clearly moves away from that source;
# - comparison bases ("from $Y a year earlier") are optional records.

US = "United States"
KR = ["South Korea", "Republic of Korea"]
TR = ["Türkiye", "Turkey", "Turkiye"]
VN = ["Vietnam", "Viet Nam"]
UK = ["United Kingdom", "Britain"]
EU = "European Union"
LNG = ["liquefied natural gas", "LNG"]
EV = ["electric vehicle", "EV"]
BPD = ["barrel", "bpd"]
T = "ton"                         # tonnes, metric tons
UD = ["up", "down"]
MORE = ["more than", "over", "exceed", "cross", "above"]
GOODS = [None, "goods", "merchandise"]
CUSTOMS = ["customs", "General Administration of Customs"]
DESTATIS = ["Federal Statistical Office", "Destatis"]
PBS = ["Pakistan Bureau of Statistics", "PBS"]
ABS = ["Australian Bureau of Statistics", "ABS"]
NBS_NG = ["National Bureau of Statistics", "NBS"]
MOTIE = ["trade ministry", "industry ministry", "Ministry of Trade", "Ministry of Trade, Industry and Energy"]
INDIA_COM = ["commerce ministry", "Ministry of Commerce", "commerce and industry ministry"]
FIN_JP = ["Finance Ministry", "Ministry of Finance"]
Q3 = PR("2026-07-01", "2026-09-30")
JAN_NOV = PR("2026-01-01", "2026-11-30")
FY27_H1_PK = PR("2026-07-01", "2026-12-31")
ANY_PERIOD = dict(ps=DC, pe=DC)


def PM(x):
    """A deficit given as a positive or a negative amount."""
    return [x, -x]


# ---------------------------------------------------------------------------------------------
# Part 1: single sentences in wire and paper house styles.
# ---------------------------------------------------------------------------------------------
SINGLE = [
    # Reuters, China: a forecast inside the sentence is not a figure.
    ("China's exports rose 6.6% year-on-year in December, customs data showed on Tuesday, beating a forecast 4.8% gain in a Reuters poll of economists.",
     [R(f="export", r="China", d="up", pct=6.6, b="yoy", **M(2026, 12), src=CUSTOMS)]),

    # Kyodo, Japan, yen deficit; the LNG clause is a figure without a number (optional).
    ("Japan logged a trade deficit of 117.6 billion yen in November, the fifth straight month in the red, as imports of liquefied natural gas swelled, the Finance Ministry said.",
     [R(f="balance", r="Japan", v=PM(117.6e9), cur="JPY", bal="deficit", **M(2026, 11), src=FIN_JP),
      R(f="import", r="Japan", c=LNG, d="up", b=DC, **M(2026, 11), src=DC, opt=True)]),

    # Yonhap, South Korea, chips, "on-year".
    ("South Korea's semiconductor exports jumped 31.4 percent on-year to a record US$17.2 billion in December, according to the trade ministry.",
     [R(f="export", r=KR, c=["semiconductor", "chip"], v=17.2e9, cur="USD", d="up", pct=31.4, b="yoy",
        **M(2026, 12), src=MOTIE)]),

    # PTI, India, April-December of FY2026-27, two flows in one sentence.
    ("India's merchandise exports during April-December 2026 rose 3.2 per cent to USD 331.4 billion, while imports grew 5.8 per cent to USD 548.9 billion, according to commerce ministry data.",
     [R(f="export", r="India", c=GOODS, v=331.4e9, cur="USD", d="up", pct=3.2, b=DC,
        **PR("2026-04-01", "2026-12-31"), src=INDIA_COM),
      R(f="import", r="India", c=GOODS, v=548.9e9, cur="USD", d="up", pct=5.8, b=DC,
        **PR("2026-04-01", "2026-12-31"), src=INDIA_COM)]),

    # The Hindu BusinessLine, rupees crore, Indian fiscal year; the partners named are only where
    # the shrimp goes, not the partner of the total.
    ("Marine product exports from India touched ₹62,408 crore in 2025-26, with frozen shrimp accounting for the bulk of shipments to the US and China, according to the Marine Products Export Development Authority (MPEDA).",
     [R(f="export", r="India", c=["marine product", "seafood"], v=62408e7, cur="INR",
        **PR("2025-04-01", "2026-03-31"), src=["Marine Products Export Development Authority", "MPEDA"])]),

    # Business Recorder, Pakistan fiscal half-year; "increased by 9.3 percent" is not a by-amount.
    ("Pakistan's textile exports increased by 9.3 percent to $9.41 billion during the first half (July-December) of the current fiscal year 2026-27, according to the Pakistan Bureau of Statistics (PBS).",
     [R(f="export", r="Pakistan", c="textile", v=9.41e9, cur="USD", d="up", pct=9.3, b=DC, **FY27_H1_PK, src=PBS)]),

    # Business Recorder, rupees (PKR, not INR), comparison base optional.
    ("Pakistan's import bill for petroleum products fell to Rs1.86 trillion in July-November from Rs2.12 trillion in the same period last year, PBS data revealed.",
     [R(f="import", r="Pakistan", c="petroleum", v=1.86e12, cur="PKR", d="down", b=DC,
        **PR("2026-07-01", "2026-11-30"), src=PBS),
      R(f="import", r="Pakistan", c="petroleum", v=2.12e12, cur="PKR", d=DC, pct=DC, b=DC,
        **PR("2025-07-01", "2025-11-30"), src=DC, opt=True)]),

    # Antara, Indonesia surplus; "80 consecutive months" is not a figure.
    ("Indonesia booked a trade surplus of US$2.24 billion in December 2026, extending its run of monthly surpluses to 80 consecutive months, Statistics Indonesia (BPS) announced on Thursday.",
     [R(f="balance", r="Indonesia", v=2.24e9, cur="USD", bal="surplus", **M(2026, 12),
        src=["Statistics Indonesia", "BPS"])]),

    # Antara, palm oil volume, January-November without a year.
    ("Exports of crude palm oil and its derivatives from Indonesia reached 29.5 million tonnes in January-November, up 7 percent from the same period a year earlier, according to the Indonesian Palm Oil Association (GAPKI).",
     [R(f="export", r="Indonesia", c="palm oil", vol=29.5e6, u=T, d="up", pct=7, b="yoy", **JAN_NOV,
        src=["Indonesian Palm Oil Association", "GAPKI"])]),

    # Bernama, ringgit, total trade and exports.
    ("Malaysia's total trade in 2026 expanded 5.8 per cent to RM3.04 trillion, with exports rising 6.1 per cent to RM1.61 trillion, the Ministry of Investment, Trade and Industry (MITI) said in a statement.",
     [R(f="total", r="Malaysia", v=3.04e12, cur="MYR", d="up", pct=5.8, b=DC, **Y(2026),
        src=["Ministry of Investment, Trade and Industry", "MITI"]),
      R(f="export", r="Malaysia", v=1.61e12, cur="MYR", d="up", pct=6.1, b=DC, **Y(2026),
        src=["Ministry of Investment, Trade and Industry", "MITI"])]),

    # Bangkok Post style, baht, volume and value together.
    ("Thai rice exports fell 22% last year to 7.7 million tonnes worth 148 billion baht, the Thai Rice Exporters Association said on Wednesday.",
     [R(f="export", r="Thailand", c="rice", vol=7.7e6, u=T, v=148e9, cur="THB", d="down", pct=22, b=DC,
        **Y(2026), src="Thai Rice Exporters Association")]),

    # VNA, value up while volume down: one merged record, or a separate volume record.
    ("Vietnam earned 8.4 billion USD from coffee exports in 2026, up 5.2% from the previous year despite a 9% drop in volume to 1.2 million tonnes, according to the General Department of Customs.",
     [R(f="export", r=VN, c="coffee", v=8.4e9, cur="USD", vol=[1.2e6, None], u=[T, None], d="up", pct=5.2,
        b="yoy", **Y(2026), src=["General Department of Customs", "Department of Customs"]),
      R(f="export", r=VN, c="coffee", v=DC, cur=DC, vol=1.2e6, u=T, d="down", pct=9, b=DC, **Y(2026),
        src=DC, opt=True)]),

    # Vietnamese dong.
    ("Vietnam's rice exports brought in nearly VND 125 trillion last year, the Ministry of Agriculture and Environment said.",
     [R(f="export", r=VN, c="rice", v=125e12, cur="VND", vq="nearly", **Y(2026),
        src="Ministry of Agriculture and Environment")]),

    # Anadolu, Türkiye, month and calendar year in one sentence.
    ("Türkiye's exports rose 3.8% year-on-year to $24.1 billion in December, bringing annual exports to a record $273.4 billion, Trade Minister Omer Bolat announced on Saturday.",
     [R(f="export", r=TR, v=24.1e9, cur="USD", d="up", pct=3.8, b="yoy", **M(2026, 12),
        src=["Omer Bolat", "Trade Minister"]),
      R(f="export", r=TR, v=273.4e9, cur="USD", **Y(2026), src=["Omer Bolat", "Trade Minister"])]),

    # TASS, total trade of a pair, named by the partner's customs.
    ("Trade turnover between Russia and China totaled $228.1 billion in January-December 2026, down 7.1% from the previous year, China's General Administration of Customs said.",
     [R(f="total", r=["Russia", "China"], p=["China", "Russia"], v=228.1e9, cur="USD", d="down", pct=7.1, b="yoy",
        **Y(2026), src="General Administration of Customs")]),

    # TASS, rubles, agricultural year (July-June; left open).
    ("Russian grain exports in the 2025/26 agricultural year brought in 1.1 trillion rubles, the Federal Customs Service said.",
     [R(f="export", r="Russia", c="grain", v=1.1e12, cur="RUB", **ANY_PERIOD, src="Federal Customs Service")]),

    # dpa, Germany, month-on-month, a dateline city that is not an economy.
    ("German exports fell 2.5 percent in November compared with the previous month to 128.9 billion euros, the Federal Statistical Office (Destatis) reported in Wiesbaden on Friday.",
     [R(f="export", r="Germany", v=128.9e9, cur="EUR", d="down", pct=2.5, b="mom", **M(2026, 11), src=DESTATIS)]),

    # dpa, "by almost a fifth" is a percent with a qualifier, not a by-amount.
    ("German car exports to the United States slumped by almost a fifth last year, the VDA auto industry association said.",
     [R(f="export", r="Germany", p=US, c=["car", "vehicle", "automobile"], d="down", pct=20, cq="almost", b=DC,
        **Y(2026), src=["VDA", "German Association of the Automotive Industry"])]),

    # EFE, Spain, marketing year October-September stated by its end.
    ("Spanish olive oil exports reached 4.66 billion euros in the 2025-26 marketing year, which ended in September, an increase of 12% on the previous campaign, according to the Ministry of Agriculture.",
     [R(f="export", r="Spain", c="olive oil", v=4.66e9, cur="EUR", d="up", pct=12, b=DC,
        **PR("2025-10-01", "2026-09-30"), src="Ministry of Agriculture")]),

    # Prensa Latina, Bolivia, two partners for one figure.
    ("Bolivia's exports of natural gas to Brazil and Argentina totaled 1.02 billion dollars between January and October, a 35 percent drop from the same period of 2025, the National Institute of Statistics (INE) reported.",
     [R(f="export", r="Bolivia", p=["Brazil", "Argentina"], c="natural gas", v=1.02e9, cur="USD", d="down", pct=35,
        b="yoy", **PR("2026-01-01", "2026-10-31"), src=["National Institute of Statistics", "INE"])]),

    # APS, Algeria, "against" a previous year.
    ("Algeria's hydrocarbon exports amounted to 45.3 billion dollars in 2026, against 47.8 billion dollars in 2025, Energy and Mines Minister Mohamed Arkab said on Monday.",
     [R(f="export", r="Algeria", c="hydrocarbon", v=45.3e9, cur="USD", d=["down", None], b=DC, **Y(2026),
        src="Mohamed Arkab"),
      R(f="export", r="Algeria", c="hydrocarbon", v=47.8e9, cur="USD", d=DC, pct=DC, b=DC, **Y(2025), src=DC,
        opt=True)]),

    # Xinhua, yuan with a dollar conversion in brackets.
    ("China's foreign trade in goods hit a record 45.47 trillion yuan (about 6.33 trillion U.S. dollars) in 2026, up 4.1 percent year on year, the General Administration of Customs (GAC) said Tuesday.",
     [R(f="total", r="China", c=GOODS, v=[45.47e12, 6.33e12], cur=["CNY", "USD"], vq=[None, "about"], d="up",
        pct=4.1, b="yoy", **Y(2026), src=["General Administration of Customs", "GAC"])]),

    # Caixin, rare earths, month-on-month named by the month.
    ("China's rare earth exports dropped 11.2% in November from October to 4,392 tonnes, customs data showed, as new licensing rules slowed shipments.",
     [R(f="export", r="China", c="rare earth", vol=4392, u=T, d="down", pct=11.2, b=["mom", "October"],
        **M(2026, 11), src=CUSTOMS)]),

    # Reuters, Brazil soybeans; China's share is not a figure of its own.
    ("Brazil shipped a record 108.2 million tonnes of soybeans in 2026, with China taking about 73% of the total, according to data from the Secex foreign trade secretariat.",
     [R(f="export", r="Brazil", c="soybean", vol=108.2e6, u=T, **Y(2026), src="Secex")]),

    # Reuters, reais, bags.
    ("Coffee exports from Brazil generated revenue of 78.4 billion reais in 2026, up 42% on the year, as shipments of 40.2 million 60-kg bags fetched higher prices, exporters group Cecafé said.",
     [R(f="export", r="Brazil", c="coffee", v=78.4e9, cur="BRL", vol=[40.2e6, None], u=["bag", None], d="up",
        pct=42, b="yoy", **Y(2026), src=["Cecafé", "Cecafe"]),
      R(f="export", r="Brazil", c="coffee", vol=40.2e6, u="bag", d=DC, pct=DC, b=DC, **Y(2026), src=DC,
        opt=True)]),

    # AP, U.S. deficit narrowing.
    ("The U.S. trade deficit narrowed 7.5% in November to $62.4 billion as imports of consumer goods fell, the Commerce Department said Thursday.",
     [R(f="balance", r=US, v=PM(62.4e9), cur="USD", bal="deficit", d=UD, pct=7.5, b=DC, **M(2026, 11),
        src=["Commerce Department", "Department of Commerce"]),
      R(f="import", r=US, c="consumer goods", d="down", b=DC, **M(2026, 11), src=DC, opt=True)]),

    # AP, two-way trade, "the first 11 months of last year".
    ("Mexico overtook Canada and China as the biggest U.S. trading partner, with two-way trade reaching $872 billion in the first 11 months of last year, according to Census Bureau figures.",
     [R(f="total", r=[US, "Mexico"], p=["Mexico", US], v=872e9, cur="USD", **JAN_NOV, src="Census Bureau")]),

    # Bloomberg, Australian dollars.
    ("Australia's iron ore exports to China rose to A$10.6 billion in November, the highest since March, data from the Australian Bureau of Statistics showed.",
     [R(f="export", r="Australia", p="China", c="iron ore", v=10.6e9, cur="AUD", d="up", b=DC, **M(2026, 11),
        src=ABS)]),

    # Reuters, India-Russia crude, barrels per day, month-on-month.
    ("India's imports of Russian crude oil averaged 1.62 million barrels per day in December, down 12% from November, according to ship-tracking data from Kpler.",
     [R(f="import", r="India", p="Russia", c="crude", vol=1.62e6, u=BPD, d="down", pct=12, b=["mom", "November"],
        **M(2026, 12), src="Kpler")]),

    # Nikkei, Japanese fiscal half-year.
    ("Japanese shipments of chipmaking equipment to China reached 1.25 trillion yen in the April-September half of fiscal 2026, up 18% from a year earlier, according to Finance Ministry trade statistics.",
     [R(f="export", r="Japan", p="China", c=["chipmaking equipment", "chip", "semiconductor"], v=1.25e12, cur="JPY",
        d="up", pct=18, b="yoy", **PR("2026-04-01", "2026-09-30"), src=FIN_JP)]),

    # Yonhap, food export.
    ("South Korea's exports of ramyeon, or instant noodles, reached a record US$1.52 billion last year, up 21.9 percent from a year earlier, data from the Korea Customs Service showed Sunday.",
     [R(f="export", r=KR, c=["ramyeon", "instant noodle", "ramen"], v=1.52e9, cur="USD", d="up", pct=21.9,
        b="yoy", **Y(2026), src="Korea Customs Service")]),

    # Reuters Johannesburg, rand, revised base optional.
    ("South Africa recorded a trade surplus of 21.6 billion rand in November, up from a revised 14.2 billion rand in October, the South African Revenue Service (SARS) said.",
     [R(f="balance", r="South Africa", v=21.6e9, cur="ZAR", bal="surplus", d="up", b=DC, **M(2026, 11),
        src=["South African Revenue Service", "SARS"]),
      R(f="balance", r="South Africa", v=14.2e9, cur="ZAR", vq=DC, bal="surplus", d=DC, pct=DC, b=DC,
        **M(2026, 10), src=DC, opt=True)]),

    # Nigerian press, naira, a quarter, total and a commodity's exports.
    ("Nigeria's total merchandise trade stood at N38.7 trillion in the third quarter of 2026, with crude oil accounting for N11.4 trillion of exports, the National Bureau of Statistics (NBS) said.",
     [R(f="total", r="Nigeria", c=GOODS, v=38.7e12, cur="NGN", **Q3, src=NBS_NG),
      R(f="export", r="Nigeria", c="crude oil", v=11.4e12, cur="NGN", **Q3, src=NBS_NG)]),

    # AFP, euros, a tariff mentioned without a rate is no tariff record.
    ("French wine and spirits exports fell 3.5 percent to 15.3 billion euros in 2026, hit by US tariffs and weak Chinese demand, the FEVS exporters' federation said.",
     [R(f="export", r="France", c="wine", v=15.3e9, cur="EUR", d="down", pct=3.5, b=DC, **Y(2026), src="FEVS")]),

    # Reuters Mumbai, cotton season October-September, bales.
    ("India's cotton exports in the 2025/26 season that ended on Sept. 30 fell to 1.8 million bales, the Cotton Association of India said.",
     [R(f="export", r="India", c="cotton", vol=1.8e6, u="bale", d="down", **PR("2025-10-01", "2026-09-30"),
        src="Cotton Association of India")]),

    # Reuters, fertiliser, "nearly sevenfold".
    ("China's urea exports jumped nearly sevenfold in the first 11 months of 2026 to 4.5 million tonnes after Beijing eased curbs, customs data showed.",
     [R(f="export", r="China", c="urea", vol=4.5e6, u=T, d="up", pct=DC, cq=DC, b=DC, **JAN_NOV, src=CUSTOMS)]),

    # Reuters Nairobi, "more than doubled".
    ("Kenya's avocado exports more than doubled to 140,000 tonnes last year, the Horticultural Crops Directorate said.",
     [R(f="export", r="Kenya", c="avocado", vol=140000, u=T, d="up", pct=DC, cq=DC, b=DC, **Y(2026),
        src="Horticultural Crops Directorate")]),

    # Business Times, "fell for a third straight month".
    ("Singapore's non-oil domestic exports fell for a third straight month in November, sliding 4.6% year-on-year, Enterprise Singapore said.",
     [R(f="export", r="Singapore", c=DC, d="down", pct=4.6, b="yoy", **M(2026, 11), src="Enterprise Singapore")]),

    # Bloomberg, "shrank by $9.4 billion" is a by-amount.
    ("U.S. soybean exports to China shrank by $9.4 billion in 2026 to $3.1 billion, the lowest since 2008, according to Census Bureau data compiled by Bloomberg.",
     [R(f="export", r=US, p="China", c="soybean", v=3.1e9, cur="USD", d="down", by=9.4e9, byc="USD", **Y(2026),
        src=["Census Bureau", "Bloomberg"])]),

    # Khmer Times style, a value range.
    ("Cambodia's milled rice exports to the European Union were worth $310-320 million in 2026, the Cambodia Rice Federation said.",
     [R(f="export", r="Cambodia", p=EU, c="rice", v=310e6, vh=320e6, cur="USD", **Y(2026),
        src="Cambodia Rice Federation")]),

    # PTI, lakh crore, "crossed", April-November of FY27.
    ("Smartphone exports from India crossed ₹1.8 lakh crore in the April-November period of FY27, led by iPhone shipments, Electronics and IT Minister Ashwini Vaishnaw said on Tuesday.",
     [R(f="export", r="India", c="smartphone", v=1.8e12, cur="INR", vq=MORE, **PR("2026-04-01", "2026-11-30"),
        src="Ashwini Vaishnaw")]),
]

# ---------------------------------------------------------------------------------------------
# Part 2: short paragraphs whose later sentences depend on the first.
# ---------------------------------------------------------------------------------------------
PARAS = [
    # Reporter, period and source carry over; a balance closes the paragraph.
    ("China's exports rose 5.9% in December from a year earlier, customs data showed on Tuesday. Imports grew 1.0%, leaving a trade surplus of $104.8 billion for the month.",
     [R(f="export", r="China", d="up", pct=5.9, b="yoy", **M(2026, 12), src=CUSTOMS),
      R(f="import", r="China", d="up", pct=1.0, b=["yoy", None], **M(2026, 12), src=CUSTOMS),
      R(f="balance", r="China", v=104.8e9, cur="USD", bal="surplus", **M(2026, 12), src=CUSTOMS)]),

    # Three sentences, the third switches to the calendar year.
    ("South Korea's exports rose 13.4 percent on-year to US$69.6 billion in December, the industry ministry said. Imports gained 2.8 percent to $57.1 billion, resulting in a trade surplus of $12.5 billion. For the whole of 2026, exports reached a record $709.7 billion.",
     [R(f="export", r=KR, v=69.6e9, cur="USD", d="up", pct=13.4, b="yoy", **M(2026, 12), src=MOTIE),
      R(f="import", r=KR, v=57.1e9, cur="USD", d="up", pct=2.8, b=["yoy", None], **M(2026, 12), src=MOTIE),
      R(f="balance", r=KR, v=12.5e9, cur="USD", bal="surplus", **M(2026, 12), src=MOTIE),
      R(f="export", r=KR, v=709.7e9, cur="USD", **Y(2026), src=MOTIE)]),

    # Partner switch, "during the month".
    ("India's exports to the US rose 22.6 per cent to USD 7.8 billion in December 2026, according to commerce ministry data. Imports from China, however, jumped 14 per cent to USD 11.2 billion during the month.",
     [R(f="export", r="India", p=US, v=7.8e9, cur="USD", d="up", pct=22.6, b=DC, **M(2026, 12), src=INDIA_COM),
      R(f="import", r="India", p="China", v=11.2e9, cur="USD", d="up", pct=14, b=DC, **M(2026, 12), src=INDIA_COM)]),

    # Period switch to a year-to-date total.
    ("Japan's exports to China fell 3.4 percent in November to 1.62 trillion yen, the Finance Ministry said. In the first 11 months, shipments to China totaled 17.1 trillion yen, down 1.2 percent from a year earlier.",
     [R(f="export", r="Japan", p="China", v=1.62e12, cur="JPY", d="down", pct=3.4, b=DC, **M(2026, 11), src=FIN_JP),
      R(f="export", r="Japan", p="China", v=17.1e12, cur="JPY", d="down", pct=1.2, b="yoy", **JAN_NOV, src=FIN_JP)]),

    # Tariff sentence then trade figures; "its shipments" keeps China and EVs.
    ("The United States raised its tariff on Chinese electric vehicles to 100% in 2024. Since then, China's EV exports to the US have dwindled to almost nothing, while its shipments to the European Union rose 34% last year to $24.6 billion.",
     [R(f="tariff", r=US, p="China", c=EV, rate=100, d=DC, pct=DC, **ANY_PERIOD, src=DC),
      R(f="export", r="China", p=US, c=EV, d="down", b=DC, **ANY_PERIOD, src=DC, opt=True),
      R(f="export", r="China", p=EU, c=EV, v=24.6e9, cur="USD", d="up", pct=34, b=DC, **Y(2026))]),

    # Commodity breakdown of a total, source carried.
    ("Brazil's agribusiness exports hit $168.3 billion in 2026, the agriculture ministry said on Wednesday. Soybeans accounted for $49.1 billion of the total, while beef shipments rose 18% to $15.7 billion.",
     [R(f="export", r="Brazil", c="agri", v=168.3e9, cur="USD", **Y(2026), src=["agriculture ministry", "Ministry of Agriculture"]),
      R(f="export", r="Brazil", c="soybean", v=49.1e9, cur="USD", **Y(2026), src=["agriculture ministry", "Ministry of Agriculture"]),
      R(f="export", r="Brazil", c="beef", v=15.7e9, cur="USD", d="up", pct=18, b=DC, **Y(2026),
        src=["agriculture ministry", "Ministry of Agriculture"])]),

    # Partner switch phrased from the buyer's side (either flow accepted).
    ("Exports from Germany to the United States fell 9.4 percent in 2026 to 147.6 billion euros, according to the Federal Statistical Office. China, by contrast, bought 3.1 percent more German goods, worth 84.2 billion euros.",
     [R(f="export", r="Germany", p=US, v=147.6e9, cur="EUR", d="down", pct=9.4, b=DC, **Y(2026), src=DESTATIS),
      R(f=["export", "import"], r=["Germany", "China"], p=["China", "Germany"], c=GOODS, v=84.2e9, cur="EUR", d="up",
        pct=3.1, b=DC, **Y(2026), src=DESTATIS)]),

    # Bilateral surplus, then a month inside the year.
    ("Vietnam's trade surplus with the United States swelled to a record 133 billion USD in 2026, according to the National Statistics Office. In December alone, exports to the US were worth 14.2 billion USD, up 28% year-on-year.",
     [R(f="balance", r=VN, p=US, v=133e9, cur="USD", bal="surplus", d="up", b=DC, **Y(2026),
        src=["National Statistics Office", "General Statistics Office"]),
      R(f="export", r=VN, p=US, v=14.2e9, cur="USD", d="up", pct=28, b="yoy", **M(2026, 12),
        src=["National Statistics Office", "General Statistics Office"])]),

    # Volume then value with a by-amount, commodity carried ("the fuel").
    ("Indonesia exported 512 million tonnes of coal in 2026, down 7% from a year earlier, energy ministry data showed. Export revenue from the fuel fell by $6.3 billion to $24.9 billion as benchmark prices slid.",
     [R(f="export", r="Indonesia", c="coal", vol=512e6, u=T, d="down", pct=7, b="yoy", **Y(2026),
        src=["energy ministry", "Ministry of Energy"]),
      R(f="export", r="Indonesia", c="coal", v=24.9e9, cur="USD", d="down", by=6.3e9, byc="USD", b=DC, **Y(2026),
        src=["energy ministry", "Ministry of Energy"])]),

    # Volume down, value up, ringgit.
    ("Malaysia's palm oil exports in 2026 fell 4.2 per cent to 16.1 million tonnes, the Malaysian Palm Oil Board (MPOB) said. Export earnings, however, rose to RM113.5 billion on the back of higher prices.",
     [R(f="export", r="Malaysia", c="palm oil", vol=16.1e6, u=T, d="down", pct=4.2, b=DC, **Y(2026),
        src=["Malaysian Palm Oil Board", "MPOB"]),
      R(f="export", r="Malaysia", c="palm oil", v=113.5e9, cur="MYR", d="up", b=DC, **Y(2026),
        src=["Malaysian Palm Oil Board", "MPOB"])]),

    # Balance first, flows after.
    ("Türkiye's foreign trade deficit widened 12.4% to $92.1 billion in 2026, the Trade Ministry said on Saturday. Imports climbed 5.3% to $365.5 billion, while exports grew 3.1% to $273.4 billion.",
     [R(f="balance", r=TR, v=PM(92.1e9), cur="USD", bal="deficit", d=UD, pct=12.4, b=DC, **Y(2026), src="Trade Ministry"),
      R(f="import", r=TR, v=365.5e9, cur="USD", d="up", pct=5.3, b=DC, **Y(2026), src="Trade Ministry"),
      R(f="export", r=TR, v=273.4e9, cur="USD", d="up", pct=3.1, b=DC, **Y(2026), src="Trade Ministry")]),

    # Total trade of a pair, then one direction ("Russian supplies" to India).
    ("Russia's trade with India reached $68.7 billion in January-October, Deputy Prime Minister Alexander Novak said. Oil accounted for the bulk of Russian supplies, which grew 4% to $63.2 billion.",
     [R(f="total", r=["Russia", "India"], p=["India", "Russia"], v=68.7e9, cur="USD", **PR("2026-01-01", "2026-10-31"),
        src="Alexander Novak"),
      R(f="export", r="Russia", p="India", v=63.2e9, cur="USD", d="up", pct=4, b=DC, **PR("2026-01-01", "2026-10-31"),
        src="Alexander Novak")]),

    # Trade figure next to remittances (not trade).
    ("Pakistan's trade deficit widened 34 percent to $19.2 billion in the first half of FY27, PBS data showed. Workers' remittances, meanwhile, rose 11 percent to $19.9 billion, helping contain the current account gap.",
     [R(f="balance", r="Pakistan", v=PM(19.2e9), cur="USD", bal="deficit", d=UD, pct=34, b=DC, **FY27_H1_PK, src=PBS)]),

    # Month-on-month change of a surplus, then a partner.
    ("Australia's trade surplus narrowed to A$2.9 billion in November from A$4.4 billion in October, the Australian Bureau of Statistics said. Exports to China fell 6% over the month, dragged down by lower iron ore and coal shipments.",
     [R(f="balance", r="Australia", v=2.9e9, cur="AUD", bal="surplus", d="down", b=DC, **M(2026, 11), src=ABS),
      R(f="balance", r="Australia", v=4.4e9, cur="AUD", bal="surplus", d=DC, pct=DC, b=DC, **M(2026, 10), src=DC, opt=True),
      R(f="export", r="Australia", p="China", d="down", pct=6, b="mom", **M(2026, 11), src=ABS),
      R(f="export", r="Australia", p=["China", None], c="iron ore", d="down", b=DC, **M(2026, 11), src=DC, opt=True),
      R(f="export", r="Australia", p=["China", None], c="coal", d="down", b=DC, **M(2026, 11), src=DC, opt=True)]),

    # EU bilateral deficit, flows by direction only.
    ("The European Union's trade deficit with China widened to 318 billion euros in 2026, according to Eurostat. EU imports of Chinese goods rose 6.5 percent, while exports to China fell 8 percent.",
     [R(f="balance", r=EU, p="China", v=PM(318e9), cur="EUR", bal="deficit", d=UD, b=DC, **Y(2026), src="Eurostat"),
      R(f="import", r=EU, p="China", c=GOODS, d="up", pct=6.5, b=DC, **Y(2026), src="Eurostat"),
      R(f="export", r=EU, p="China", d="down", pct=8, b=DC, **Y(2026), src="Eurostat")]),

    # A tariff in force, then a trade figure.
    ("Washington imposed a 50% tariff on most Indian goods in August 2025. Indian exports to the United States nevertheless rose 4.1% to $84.6 billion in 2026, government data showed.",
     [R(f="tariff", r=US, p="India", c=DC, rate=50, d=DC, pct=DC, **ANY_PERIOD, src=DC),
      R(f="export", r="India", p=US, v=84.6e9, cur="USD", d="up", pct=4.1, b=DC, **Y(2026), src=DC)]),

    # A trade figure, then a tariff that is only threatened (no tariff record).
    ("Canada's softwood lumber exports to the United States fell 18% last year to C$6.9 billion, Statistics Canada said. The U.S. Commerce Department has said it could raise duties on Canadian lumber to as much as 45% if talks fail.",
     [R(f="export", r="Canada", p=US, c="lumber", v=6.9e9, cur="CAD", d="down", pct=18, b=DC, **Y(2026),
        src="Statistics Canada")]),

    # Month, then the year; source carried.
    ("Chile's copper exports rose 21.3% in December to $6.1 billion, the central bank said on Wednesday, driven by higher prices. Total exports for the year reached a record $108.4 billion.",
     [R(f="export", r="Chile", c="copper", v=6.1e9, cur="USD", d="up", pct=21.3, b=DC, **M(2026, 12),
        src=["central bank", "Central Bank of Chile"]),
      R(f="export", r="Chile", v=108.4e9, cur="USD", **Y(2026), src=["central bank", "Central Bank of Chile"])]),

    # "nearly double", then a second commodity the first source would not report.
    ("Ghana earned $3.8 billion from cocoa exports in 2026, nearly double the previous year's total, the Ghana Cocoa Board said. Gold exports brought in a further $15.2 billion.",
     [R(f="export", r="Ghana", c="cocoa", v=3.8e9, cur="USD", d="up", pct=DC, cq=DC, b=DC, **Y(2026),
        src=["Ghana Cocoa Board", "COCOBOD"]),
      R(f="export", r="Ghana", c="gold", v=15.2e9, cur="USD", **Y(2026), src=DC)]),

    # The same exports in a second currency (optional), then imports.
    ("Thai exports grew 9.1% year-on-year in November to $27.4 billion, the Commerce Ministry said. In baht terms, exports were worth 912.6 billion baht, while imports rose 7.8% to $26.9 billion.",
     [R(f="export", r="Thailand", v=27.4e9, cur="USD", d="up", pct=9.1, b="yoy", **M(2026, 11), src="Commerce Ministry"),
      R(f="export", r="Thailand", v=912.6e9, cur="THB", d=DC, pct=DC, b=DC, **M(2026, 11), src=DC, opt=True),
      R(f="import", r="Thailand", v=26.9e9, cur="USD", d="up", pct=7.8, b=["yoy", None], **M(2026, 11),
        src="Commerce Ministry")]),

    # Barrels per day, partner in the second sentence, "about" on a volume.
    ("Saudi Arabia's crude oil exports rose to 6.6 million barrels per day in October, the highest in over a year, according to data from the Joint Organisations Data Initiative (JODI). Shipments to China accounted for about 1.6 million bpd of the total.",
     [R(f="export", r="Saudi Arabia", c="crude", vol=6.6e6, u=BPD, d="up", b=DC, **M(2026, 10),
        src=["Joint Organisations Data Initiative", "JODI"]),
      R(f="export", r="Saudi Arabia", p="China", c="crude", vol=1.6e6, u=BPD, volq="about", **M(2026, 10),
        src=["Joint Organisations Data Initiative", "JODI"])]),

    # Pounds sterling, a tariff named in passing (optional), half-year carried.
    ("Scotch whisky exports to the United States fell 15% to £830 million in the first half of 2026 after a 10% US tariff took effect, the Scotch Whisky Association said. Global exports of Scotch slipped 4% to £2.5 billion over the same period.",
     [R(f="export", r=UK + ["Scotland"], p=US, c=["whisky", "Scotch"], v=830e6, cur="GBP", d="down", pct=15, b=DC,
        **PR("2026-01-01", "2026-06-30"), src="Scotch Whisky Association"),
      R(f="tariff", r=US, p=DC, c=DC, rate=10, d=DC, pct=DC, **ANY_PERIOD, src=DC, opt=True),
      R(f="export", r=UK + ["Scotland"], c=["whisky", "Scotch"], v=2.5e9, cur="GBP", d="down", pct=4, b=DC,
        **PR("2026-01-01", "2026-06-30"), src="Scotch Whisky Association")]),

    # An import volume by a foreign source; a supplier's share is not a figure.
    ("Egypt imported 12.8 million tonnes of wheat in 2026, remaining one of the world's biggest buyers, according to the U.S. Department of Agriculture. Russia supplied about 70% of the volume.",
     [R(f="import", r="Egypt", c="wheat", vol=12.8e6, u=T, **Y(2026), src=["Department of Agriculture", "USDA"])]),

    # Kenyan shillings, then a buyer's volume in kilograms.
    ("Kenya's tea export earnings rose 9% to 215.6 billion shillings in 2026, the Tea Board of Kenya said. Pakistan remained the largest buyer, taking 91.2 million kilograms.",
     [R(f="export", r="Kenya", c="tea", v=215.6e9, cur="KES", d="up", pct=9, b=DC, **Y(2026), src="Tea Board of Kenya"),
      R(f="export", r="Kenya", p="Pakistan", c="tea", vol=91.2e6, u=["kilogram", "kg"], **Y(2026), src="Tea Board of Kenya")]),

    # Deficit, then a commodity both ways, "during the month".
    ("The Philippines' trade deficit stood at $4.1 billion in November, the Philippine Statistics Authority said. Imports of electronic products rose 12% during the month, while exports of electronic products, the country's top export, fell 3.5%.",
     [R(f="balance", r="Philippines", v=PM(4.1e9), cur="USD", bal="deficit", **M(2026, 11),
        src=["Philippine Statistics Authority", "PSA"]),
      R(f="import", r="Philippines", c="electronic", d="up", pct=12, b=DC, **M(2026, 11),
        src=["Philippine Statistics Authority", "PSA"]),
      R(f="export", r="Philippines", c="electronic", d="down", pct=3.5, b=DC, **M(2026, 11),
        src=["Philippine Statistics Authority", "PSA"])]),

    # Export figure, then a licensing remark with a month but no figure.
    ("China's exports of rare earth magnets to the United States plunged 46% in November from October to 376 tonnes, customs data showed. Beijing has imposed export licensing requirements on seven rare earth elements since April.",
     [R(f="export", r="China", p=US, c="rare earth magnet", vol=376, u=T, d="down", pct=46, b=["mom", "October"],
        **M(2026, 11), src=CUSTOMS)]),

    # "the country" refers back to the partner; source given only in the second sentence.
    ("South Korea's car exports to the United States dropped 13.2 percent on-year to US$2.5 billion in December. Shipments of auto parts to the country also fell, down 8 percent to $610 million, the ministry said.",
     [R(f="export", r=KR, p=US, c=["car", "vehicle", "automobile"], v=2.5e9, cur="USD", d="down", pct=13.2, b="yoy",
        **M(2026, 12), src=DC),
      R(f="export", r=KR, p=US, c="auto parts", v=610e6, cur="USD", d="down", pct=8, b=["yoy", None],
        **M(2026, 12), src=DC)]),

    # NZ dollars, a by-amount against a year earlier.
    ("New Zealand posted a monthly trade deficit of NZ$1.2 billion in November, Stats NZ said. Dairy exports, the country's largest earner, rose NZ$340 million from a year earlier to NZ$2.1 billion.",
     [R(f="balance", r="New Zealand", v=PM(1.2e9), cur="NZD", bal="deficit", **M(2026, 11),
        src=["Stats NZ", "Statistics New Zealand"]),
      R(f="export", r="New Zealand", c="dairy", v=2.1e9, cur="NZD", d="up", by=340e6, byc="NZD", b="yoy",
        **M(2026, 11), src=["Stats NZ", "Statistics New Zealand"])]),

    # Volume then value of the same flow: one merged record or two.
    ("Colombia's coffee exports rose 14% in 2026 to 13.1 million 60-kilogram bags, the National Federation of Coffee Growers (FNC) reported. The value of the shipments exceeded 4.5 billion dollars, a record.",
     [R(f="export", r="Colombia", c="coffee", vol=13.1e6, u="bag", v=[None, 4.5e9], cur=[None, "USD"],
        vq=[None] + MORE, d="up", pct=14, b=DC, **Y(2026), src=["National Federation of Coffee Growers", "FNC"]),
      R(f="export", r="Colombia", c="coffee", v=4.5e9, cur="USD", vq=MORE, d=DC, pct=DC, b=DC, **Y(2026),
        src=["National Federation of Coffee Growers", "FNC"], opt=True)]),

    # Quarter carried ("in the quarter"); refinery output is not trade.
    ("Nigeria's imports of petrol fell 31% in the third quarter of 2026 as the Dangote refinery ramped up output, the National Bureau of Statistics said. The value of mineral fuel imports dropped to N3.2 trillion in the quarter.",
     [R(f="import", r="Nigeria", c=["petrol", "gasoline", "motor spirit"], d="down", pct=31, b=DC, **Q3, src=NBS_NG),
      R(f="import", r="Nigeria", c="mineral fuel", v=3.2e12, cur="NGN", d="down", b=DC, **Q3, src=NBS_NG)]),

    # Surplus with a streak, then both flows.
    ("Argentina posted a trade surplus of $1.3 billion in November, its 24th consecutive monthly surplus, INDEC said. Exports rose 12.6% year-on-year to $6.8 billion, while imports fell 3.1% to $5.5 billion.",
     [R(f="balance", r="Argentina", v=1.3e9, cur="USD", bal="surplus", **M(2026, 11), src="INDEC"),
      R(f="export", r="Argentina", v=6.8e9, cur="USD", d="up", pct=12.6, b="yoy", **M(2026, 11), src="INDEC"),
      R(f="import", r="Argentina", v=5.5e9, cur="USD", d="down", pct=3.1, b=["yoy", None], **M(2026, 11), src="INDEC")]),

    # Turnover, then trade with a bloc.
    ("Kazakhstan's foreign trade turnover reached $131.5 billion in January-November 2026, up 3.2% from a year earlier, the Bureau of National Statistics said. Trade with the member states of the Eurasian Economic Union accounted for $26.8 billion.",
     [R(f="total", r="Kazakhstan", v=131.5e9, cur="USD", d="up", pct=3.2, b="yoy", **JAN_NOV,
        src="Bureau of National Statistics"),
      R(f="total", r="Kazakhstan", p="Eurasian Economic Union", v=26.8e9, cur="USD", **JAN_NOV,
        src="Bureau of National Statistics")]),

    # A tariff raised "to 50% from 20%", then an import figure.
    ("Mexico raised tariffs on cars imported from China to 50% from 20% starting in January. Mexican imports of Chinese vehicles had already fallen 22% in the first 11 months of 2026 to $4.1 billion, according to the Economy Ministry.",
     [R(f="tariff", r="Mexico", p="China", c=["car", "vehicle"], rate=50, d=DC, pct=DC, **ANY_PERIOD, src=DC),
      R(f="tariff", r="Mexico", p="China", c=DC, rate=20, d=DC, pct=DC, **ANY_PERIOD, src=DC, opt=True),
      R(f="import", r="Mexico", p="China", c=["vehicle", "car"], v=4.1e9, cur="USD", d="down", pct=22, b=DC, **JAN_NOV,
        src=["Economy Ministry", "Ministry of Economy"])]),
]

POS = SINGLE + PARAS

# ---------------------------------------------------------------------------------------------
# Part 3: near misses (no trade figure in any of them).
# ---------------------------------------------------------------------------------------------
NEG = [
    # prices
    "Brent crude futures rose 1.8% to $78.40 a barrel on Wednesday as traders weighed supply risks from the Middle East.",
    # production and output
    "China's crude steel output fell 2.3% year-on-year to 985 million tonnes in 2026, the National Bureau of Statistics said.",
    "Nigeria's crude oil production rose to 1.72 million barrels per day in December, the Nigerian Upstream Petroleum Regulatory Commission said.",
    # company sales, profit, domestic shipments
    "Toyota Motor said global sales rose 3.7% to a record 11.3 million vehicles last year, helped by strong demand for hybrids in North America.",
    "Samsung Electronics estimated its fourth-quarter operating profit at 12.1 trillion won, up 86 percent from a year earlier, beating market expectations.",
    "Shipments of foreign-branded mobile phones in China rose 8% to 5.2 million units in November, according to the China Academy of Information and Communications Technology.",
    # market share, stocks
    "Apple held a 24% share of the Chinese smartphone market in the fourth quarter, up from 22% a year earlier, according to Counterpoint Research.",
    "Shares of Zijin Mining rose 4.5% in Hong Kong after the company said copper production would rise 10% this year.",
    # macro: GDP, inflation, FDI, remittances, reserves, currencies
    "Indonesia's economy grew 5.05% in the third quarter from a year earlier, Statistics Indonesia said.",
    "Egypt's annual urban inflation slowed to 12.3% in December, while the pound weakened to 50.8 per dollar.",
    "Foreign direct investment into Vietnam reached $38.4 billion in 2026, up 9% from a year earlier, the Ministry of Finance said.",
    "Cash remittances from overseas Filipinos rose 3.1% to $3.2 billion in November, the Bangko Sentral ng Pilipinas said.",
    "The yuan traded at 7.08 per dollar, while China's foreign exchange reserves rose $12 billion in December to $3.35 trillion, the State Administration of Foreign Exchange said.",
    "The Turkish lira weakened to 43.9 per dollar on Monday, while the central bank held its policy rate at 38%.",
    # tourism, canal and budget revenue
    "Thailand earned 1.9 trillion baht from foreign tourists last year, as arrivals recovered to 36 million, the tourism ministry said.",
    "Suez Canal revenue fell to $3.9 billion in 2026 from $10.2 billion in 2023 as Red Sea attacks diverted ships away from the waterway.",
    "Russia's federal budget received 8.9 trillion rubles in oil and gas revenue in 2026, down 19% from a year earlier, the Finance Ministry said.",
    "Malaysia's government has budgeted RM421 billion in spending for 2027, including RM86 billion for development, Prime Minister Anwar Ibrahim said.",
    # targets, forecasts, expectations
    "The commerce ministry targets exports of $1 trillion by 2030, Commerce Minister Piyush Goyal said on Wednesday.",
    "Economists polled by Reuters expect Japan's exports to have risen 6.1% in December from a year earlier, with the data due next week.",
    "Brazil's soybean harvest is expected to reach a record 177 million tonnes in the 2026/27 season, crop agency Conab forecast on Thursday.",
    "Exporters expect shipments of Indian basmati rice to rise by about 10% next year if Iranian demand recovers, the All India Rice Exporters' Association said.",
    "The World Trade Organization cut its forecast for growth in global merchandise trade volume in 2027 to 0.5% from 1.8%.",
    # shipping rates
    "Freight rates for 40-foot containers from Shanghai to Rotterdam climbed 12% this week to $3,420, according to Drewry's World Container Index.",
    # a sports trade
    "The Los Angeles Lakers acquired two first-round picks in a trade that sent forward Rui Hachimura to the Brooklyn Nets on Tuesday.",
    # tariffs only threatened, in a conditional
    "President Trump said the United States could impose tariffs of up to 60% on Chinese goods if Beijing does not restore rare earth exports.",
    "If talks fail, the European Union is prepared to slap 25% duties on $100 billion worth of US imports, an EU official said.",
]
