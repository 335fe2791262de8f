from slots import DC, R, M, Y, PR

# The seventh set: every text is the only body paragraph (after an unrelated opening one)
# of a page published on 2027-02-10, so "January" is January 2027, "December" is
# December 2026, "last year" is 2026 and "last month" is January 2027.
# Conventions: a value is the positive amount in the original currency (a deficit is
# bal="deficit" with a positive v); a figure given in both a local currency and dollars
# accepts either; the basis is "yoy"/"mom" when the text states the comparison, DC when it
# is only implied, and missing (null) when there is no change at all. A deficit that
# narrows or widens has d=DC (the amount falls while the balance improves); a surplus that
# narrows is "down", one that widens is "up". Figures in the later sentences of a paragraph
# inherit the reporter, period and source that the paragraph gives once. Comparison bases
# ("from $X a year earlier") are optional records. Forecasts, targets, shares, prices,
# current accounts and production are never trade figures.

CIV = ["Côte d'Ivoire", "Ivory Coast", "Cote d'Ivoire"]
TR = ["Türkiye", "Turkey", "Turkiye"]
CZ = ["Czechia", "Czech Republic"]
KR = ["South Korea", "Republic of Korea"]
US = "United States"
EU = "European Union"
VN = ["Vietnam", "Viet Nam"]
TON = "ton"           # matches tonnes, tons, metric tons
KG = ["kilo", "kg"]

POS = [
    # ---------------------------------------------------------------- single sentences
    ("Peru's copper exports rose 18.4% to $2.31 billion in December from a year earlier, "
     "the central bank said on Tuesday.",
     [R(f="export", r="Peru", c="copper", v=2.31e9, cur="USD", d="up", pct=18.4, b="yoy",
        **M(2026, 12), src="central bank")]),

    ("Uzbekistan's foreign trade turnover reached 71.3 billion U.S. dollars in 2026, up 13.9 "
     "percent year on year, according to the country's Statistics Agency.",
     [R(f="total", r="Uzbekistan", v=71.3e9, cur="USD", d="up", pct=13.9, b="yoy", **Y(2026),
        src="Statistics Agency")]),

    ("Bangladesh's export earnings from readymade garments stood at $27.1 billion in "
     "July-January of fiscal year 2026-27, up 4.1 percent from the same period a year ago, "
     "according to Export Promotion Bureau (EPB) data.",
     [R(f="export", r="Bangladesh", c="garment", v=27.1e9, cur="USD", d="up", pct=4.1, b="yoy",
        **PR("2026-07-01", "2027-01-31"), src=["Export Promotion Bureau", "EPB"])]),

    ("Sri Lanka's merchandise exports fell 3.2 pct y/y to $1.08 billion in December, the "
     "Export Development Board said.",
     [R(f="export", r="Sri Lanka", c=DC, v=1.08e9, cur="USD", d="down", pct=3.2, b="yoy",
        **M(2026, 12), src="Export Development Board")]),

    ("Ethiopia earned $1.12 billion from coffee exports in the first half of its 2026/27 "
     "fiscal year, the Ethiopian Coffee and Tea Authority said on Monday.",
     [R(f="export", r="Ethiopia", c="coffee", v=1.12e9, cur="USD",
        ps=["2026-07-08", "2026-07-01"], pe=["2027-01-07", "2027-01-08", "2026-12-31"],
        src="Ethiopian Coffee and Tea Authority")]),

    ("Ivory Coast exported 1.62 million tonnes of cocoa beans in 2026, down 11% from the "
     "previous year, according to port data compiled by exporters.",
     [R(f="export", r=CIV, c="cocoa", vol=1.62e6, u=TON, d="down", pct=11, b="yoy", **Y(2026),
        src=DC)]),

    ("Morocco's exports of phosphates and derivatives rose 21.5% to 98.7 billion dirhams "
     "($10.6 billion) last year, the foreign exchange office said.",
     [R(f="export", r="Morocco", c="phosphate", v=[98.7e9, 10.6e9], cur=["MAD", "USD"], d="up",
        pct=21.5, b=DC, **Y(2026), src=["foreign exchange office", "Office des Changes"])]),

    ("Oman's non-oil exports rose 6.8% to RO 5.42 billion in the first eleven months of 2026, "
     "data from the National Centre for Statistics and Information showed.",
     [R(f="export", r="Oman", c="non-oil", v=5.42e9, cur="OMR", d="up", pct=6.8, b=DC,
        **PR("2026-01-01", "2026-11-30"),
        src=["National Centre for Statistics and Information", "NCSI"])]),

    ("Qatar's total exports of goods, including exports of goods of domestic origin and "
     "re-exports, amounted to QR 23.1 billion in December, a decrease of 8.4% compared with "
     "December 2025, the National Planning Council said.",
     [R(f="export", r="Qatar", c=DC, v=23.1e9, cur="QAR", d="down", pct=8.4, b="yoy",
        **M(2026, 12), src="National Planning Council")]),

    ("Laos exported agricultural products worth 1.5 billion U.S. dollars to China in 2026, "
     "the Lao Ministry of Industry and Commerce said on Monday.",
     [R(f="export", r="Lao", p="China", c="agricultural products", v=1.5e9, cur="USD", **Y(2026),
        src="Ministry of Industry and Commerce")]),

    ("Myanmar's border trade with Thailand totalled $3.21 billion in the first ten months of "
     "the 2026-27 fiscal year, which began on April 1, the Ministry of Commerce said.",
     [R(f="total", r="Myanmar", p="Thailand", v=3.21e9, cur="USD",
        **PR("2026-04-01", "2027-01-31"), src="Ministry of Commerce")]),

    ("Serbia's exports to China jumped 27% to 2.4 billion euros in 2026, the statistics "
     "office said.",
     [R(f="export", r="Serbia", p="China", v=2.4e9, cur="EUR", d="up", pct=27, b=DC, **Y(2026),
        src="statistics office")]),

    ("Poland posted a trade deficit of 1.27 billion euros in December, the National Bank of "
     "Poland (NBP) said on Monday.",
     [R(f="balance", bal="deficit", r="Poland", v=1.27e9, cur="EUR", **M(2026, 12),
        src=["National Bank of Poland", "NBP"])]),

    ("The Czech trade surplus narrowed to 14.6 billion crowns in December from 21.3 billion "
     "crowns a year earlier, the Czech Statistical Office said.",
     [R(f="balance", bal="surplus", r=CZ, v=14.6e9, cur="CZK", d="down", b="yoy", **M(2026, 12),
        src="Czech Statistical Office"),
      R(f="balance", bal="surplus", r=CZ, v=21.3e9, cur="CZK", **M(2025, 12), src=DC, opt=True)]),

    ("Norway's salmon exports rose 7% in value to a record 13.1 billion Norwegian crowns in "
     "January, the Norwegian Seafood Council said.",
     [R(f="export", r="Norway", c="salmon", v=13.1e9, cur="NOK", d="up", pct=7, b=DC,
        **M(2027, 1), src="Norwegian Seafood Council")]),

    ("Iceland's goods trade deficit was ISK 38.4 billion in January, Statistics Iceland said.",
     [R(f="balance", bal="deficit", r="Iceland", v=38.4e9, cur="ISK", **M(2027, 1),
        src="Statistics Iceland")]),

    ("Ecuador's banana exports fell 4.5% to 362 million boxes last year, according to the "
     "Association of Banana Exporters of Ecuador (AEBE).",
     [R(f="export", r="Ecuador", c="banana", vol=362e6, u="box", d="down", pct=4.5, b=DC,
        **Y(2026), src=["Association of Banana Exporters of Ecuador", "AEBE"])]),

    ("Paraguay shipped 9.8 million tonnes of soybeans abroad in 2026, a 12% drop from the year "
     "before, the grain exporters' chamber CAPECO said.",
     [R(f="export", r="Paraguay", c="soybean", vol=9.8e6, u=TON, d="down", pct=12, b="yoy",
        **Y(2026), src="CAPECO")]),

    ("Tanzania's cashew exports earned $512.6 million in the 2025/26 marketing season, the "
     "Cashewnut Board of Tanzania said.",
     [R(f="export", r="Tanzania", c="cashew", v=512.6e6, cur="USD", ps=DC, pe=DC,
        src="Cashewnut Board of Tanzania")]),

    ("Zambia's copper exports rose to 885,000 metric tons in 2026 from 766,000 tons a year "
     "earlier, according to the Zambia Statistics Agency.",
     [R(f="export", r="Zambia", c="copper", vol=885e3, u=TON, d="up", b="yoy", **Y(2026),
        src="Zambia Statistics Agency"),
      R(f="export", r="Zambia", c="copper", vol=766e3, u=TON, **Y(2025), src=DC, opt=True)]),

    ("Angola's crude oil exports averaged 1.03 million barrels per day in January, down from "
     "1.09 million bpd in December, the Ministry of Mineral Resources, Oil and Gas said.",
     [R(f="export", r="Angola", c="oil", vol=1.03e6, u=["barrel", "bpd"], d="down", b="mom",
        **M(2027, 1), src="Ministry of Mineral Resources"),
      R(f="export", r="Angola", c="oil", vol=1.09e6, u=["barrel", "bpd"], **M(2026, 12), src=DC,
        opt=True)]),

    ("Kenya earned 141.2 billion shillings from cut flower exports in 2026, up from 128.9 "
     "billion shillings the previous year, the Kenya Flower Council said.",
     [R(f="export", r="Kenya", c="flower", v=141.2e9, cur="KES", d="up", b="yoy", **Y(2026),
        src="Kenya Flower Council"),
      R(f="export", r="Kenya", c="flower", v=128.9e9, cur="KES", **Y(2025), src=DC, opt=True)]),

    ("Chilean wine exports fell 6.2% in volume to 610 million litres in 2026, trade group "
     "Wines of Chile said.",
     [R(f="export", r="Chile", c="wine", vol=610e6, u=["litre", "liter"], d="down", pct=6.2,
        b=DC, **Y(2026), src="Wines of Chile")]),

    ("Indonesia booked a trade surplus of US$3.89 billion in January, its 69th straight monthly "
     "surplus, Statistics Indonesia (BPS) said on Monday.",
     [R(f="balance", bal="surplus", r="Indonesia", v=3.89e9, cur="USD", **M(2027, 1),
        src=["Statistics Indonesia", "BPS"])]),

    ("India's spice exports rose 6% to ₹31,200 crore in the April-December period of 2026-27, "
     "the Spices Board said.",
     [R(f="export", r="India", c="spice", v=312e9, cur="INR", d="up", pct=6, b=DC,
        **PR("2026-04-01", "2026-12-31"), src="Spices Board")]),

    ("Pakistan's trade deficit widened 21pc to $19.2bn in the first seven months (July-January) "
     "of FY27, the Pakistan Bureau of Statistics said.",
     [R(f="balance", bal="deficit", r="Pakistan", v=19.2e9, cur="USD", d=DC, pct=21, b=DC,
        **PR("2026-07-01", "2027-01-31"), src=["Pakistan Bureau of Statistics", "PBS"])]),

    ("Türkiye's exports hit $24.6 billion in January, up 3.8% from the same month last year, "
     "Trade Minister Ömer Bolat announced.",
     [R(f="export", r=TR, v=24.6e9, cur="USD", d="up", pct=3.8, b="yoy", **M(2027, 1),
        src=["Ömer Bolat", "Omer Bolat", "Trade Minister"])]),

    ("South Korea's semiconductor exports jumped 31.6 percent on-year to a record $17.4 billion "
     "last month, the trade ministry said.",
     [R(f="export", r=KR, c="semiconductor", v=17.4e9, cur="USD", d="up", pct=31.6, b="yoy",
        **M(2027, 1), src="trade ministry")]),

    ("China's rare earth exports fell 8.3% in December from November to 4,320 tonnes, customs "
     "data showed.",
     [R(f="export", r="China", c="rare earth", vol=4320, u=TON, d="down", pct=8.3, b="mom",
        **M(2026, 12), src="customs")]),

    ("Dubai's non-oil foreign trade reached AED 2.3 trillion in 2026, with re-exports accounting "
     "for AED 690 billion, the Dubai Media Office said.",
     [R(f="total", r=["Dubai", "United Arab Emirates"], c="non-oil", v=2.3e12, cur="AED",
        **Y(2026), src="Dubai Media Office"),
      R(f="export", r=["Dubai", "United Arab Emirates"], c=DC, v=690e9, cur="AED", **Y(2026),
        src="Dubai Media Office")]),

    ("Nigeria's total merchandise trade stood at N23.6 trillion in the fourth quarter of 2026, "
     "4.2% higher than the previous quarter, the National Bureau of Statistics said.",
     [R(f="total", r="Nigeria", c=DC, v=23.6e12, cur="NGN", d="up", pct=4.2,
        b=["quarter", "q/q", "qoq"], **PR("2026-10-01", "2026-12-31"),
        src=["National Bureau of Statistics", "NBS"])]),

    ("Trade between Cuba and Vietnam reached 280 million dollars in 2026, Vietnamese Ambassador "
     "Le Quang Long told Prensa Latina.",
     [R(f="total", r=["Cuba"] + VN, p=["Cuba"] + VN, v=280e6, cur="USD", **Y(2026),
        src="Le Quang Long")]),

    ("Ukraine's grain exports in the 2026/27 July-June season had reached 21.4 million tonnes as "
     "of Feb. 9, including 11.2 million tonnes of wheat, agriculture ministry data showed.",
     [R(f="export", r="Ukraine", c="grain", vol=21.4e6, u=TON, ps="2026-07-01",
        pe=["2027-02-09", "2027-06-30"], src="agriculture ministry"),
      R(f="export", r="Ukraine", c="wheat", vol=11.2e6, u=TON, ps="2026-07-01",
        pe=["2027-02-09", "2027-06-30"], src="agriculture ministry")]),

    ("Bangladesh's frozen shrimp exports earned between $280 million and $300 million in fiscal "
     "year 2025-26, according to the Bangladesh Frozen Foods Exporters Association.",
     [R(f="export", r="Bangladesh", c="shrimp", v=280e6, vh=300e6, cur="USD",
        **PR("2025-07-01", "2026-06-30"), src="Bangladesh Frozen Foods Exporters Association")]),

    ("Chile's fresh fruit exports increased by $1.1 billion to $8.9 billion in the 2025-26 "
     "season, fruit exporters' association ASOEX said.",
     [R(f="export", r="Chile", c="fruit", v=8.9e9, cur="USD", d="up", by=1.1e9, byc="USD", b=DC,
        ps=DC, pe=DC, src="ASOEX")]),

    ("Norway's seafood exports to Poland totalled NOK 7.9 billion in the second half of last "
     "year, the Norwegian Seafood Council said.",
     [R(f="export", r="Norway", p="Poland", c="seafood", v=7.9e9, cur="NOK",
        **PR("2026-07-01", "2026-12-31"), src="Norwegian Seafood Council")]),

    ("Exports of Malaysian palm oil products for Feb. 1-10 rose 8.4% to 312,450 tonnes from "
     "288,230 tonnes shipped during Jan. 1-10, cargo surveyor Intertek Testing Services said.",
     [R(f="export", r="Malaysia", c="palm oil", vol=312450, u=TON, d="up", pct=8.4, b=DC,
        **PR("2027-02-01", "2027-02-10"), src="Intertek Testing Services"),
      R(f="export", r="Malaysia", c="palm oil", vol=288230, u=TON,
        **PR("2027-01-01", "2027-01-10"), src=DC, opt=True)]),

    # ---------------------------------------------------------------- paragraphs
    ("Peru's exports rose 14.2% to $7.42 billion in December from a year earlier, driven by "
     "higher copper and gold prices. Imports climbed 6.1% to $4.35 billion. The trade surplus "
     "widened to $3.07 billion, the central bank said.",
     [R(f="export", r="Peru", v=7.42e9, cur="USD", d="up", pct=14.2, b="yoy", **M(2026, 12),
        src="central bank"),
      R(f="import", r="Peru", v=4.35e9, cur="USD", d="up", pct=6.1, b=DC, **M(2026, 12),
        src="central bank"),
      R(f="balance", bal="surplus", r="Peru", v=3.07e9, cur="USD", d="up", b=DC, **M(2026, 12),
        src="central bank")]),

    ("Chile posted a trade surplus of $2.1 billion in January, according to central bank data "
     "published on Friday. Copper exports rose 12% from a year earlier to $4.9 billion, while "
     "shipments of lithium carbonate fell 18% to $310 million. Imports were little changed at "
     "$6.4 billion.",
     [R(f="balance", bal="surplus", r="Chile", v=2.1e9, cur="USD", **M(2027, 1),
        src="central bank"),
      R(f="export", r="Chile", c="copper", v=4.9e9, cur="USD", d="up", pct=12, b="yoy",
        **M(2027, 1), src="central bank"),
      R(f="export", r="Chile", c="lithium", v=310e6, cur="USD", d="down", pct=18, b=DC,
        **M(2027, 1), src="central bank"),
      R(f="import", r="Chile", v=6.4e9, cur="USD", d=DC, cq=DC, b=DC, **M(2027, 1),
        src="central bank")]),

    ("Uzbekistan's exports of fruit and vegetables reached 2.1 billion U.S. dollars in 2026, up "
     "17 percent year on year, the Statistics Agency said on Monday. China remained the largest "
     "buyer, taking 480 million dollars' worth, followed by Russia with 410 million dollars.",
     [R(f="export", r="Uzbekistan", c="fruit", v=2.1e9, cur="USD", d="up", pct=17, b="yoy",
        **Y(2026), src="Statistics Agency"),
      R(f="export", r="Uzbekistan", p="China", c="fruit", v=480e6, cur="USD", **Y(2026),
        src="Statistics Agency"),
      R(f="export", r="Uzbekistan", p="Russia", c="fruit", v=410e6, cur="USD", **Y(2026),
        src="Statistics Agency")]),

    ("Bangladesh's garment exports to the European Union rose 6.4 percent to $11.9 billion in "
     "July-December, the first half of fiscal year 2026-27, according to Export Promotion "
     "Bureau data. Shipments to the United States, the single largest market, fell 2.3 percent "
     "to $3.8 billion, hit by higher US tariffs. Exporters said orders for the spring season "
     "were weaker than expected.",
     [R(f="export", r="Bangladesh", p=EU, c="garment", v=11.9e9, cur="USD", d="up", pct=6.4,
        b=DC, **PR("2026-07-01", "2026-12-31"), src="Export Promotion Bureau"),
      R(f="export", r="Bangladesh", p=US, c="garment", v=3.8e9, cur="USD", d="down", pct=2.3,
        b=DC, **PR("2026-07-01", "2026-12-31"), src="Export Promotion Bureau")]),

    ("Sri Lanka's tea exports earned US$1.43 billion in 2026, the highest in a decade, the Sri "
     "Lanka Tea Board said. Export volumes rose 2.1 percent to 251 million kilograms. Russia, "
     "Iraq and Türkiye were the biggest buyers.",
     [R(f="export", r="Sri Lanka", c="tea", v=1.43e9, cur="USD", **Y(2026),
        src="Sri Lanka Tea Board"),
      R(f="export", r="Sri Lanka", c="tea", vol=251e6, u=KG, d="up", pct=2.1, b=DC, **Y(2026),
        src="Sri Lanka Tea Board")]),

    ("Ethiopia's merchandise exports rose to $4.8 billion in the 2025/26 fiscal year that ended "
     "on July 7, from $3.6 billion a year earlier, the Ministry of Trade and Regional "
     "Integration said. Gold accounted for $1.9 billion of the total, overtaking coffee as the "
     "top export for the first time, while coffee brought in $1.5 billion.",
     [R(f="export", r="Ethiopia", c=DC, v=4.8e9, cur="USD", d="up", b="yoy",
        ps=["2025-07-08", "2025-07-01"], pe="2026-07-07",
        src="Ministry of Trade and Regional Integration"),
      R(f="export", r="Ethiopia", c=DC, v=3.6e9, cur="USD", ps=["2024-07-08", "2024-07-01"],
        pe=["2025-07-07", "2025-06-30"], src=DC, opt=True),
      R(f="export", r="Ethiopia", c="gold", v=1.9e9, cur="USD",
        ps=["2025-07-08", "2025-07-01"], pe="2026-07-07",
        src="Ministry of Trade and Regional Integration"),
      R(f="export", r="Ethiopia", c="coffee", v=1.5e9, cur="USD",
        ps=["2025-07-08", "2025-07-01"], pe="2026-07-07",
        src="Ministry of Trade and Regional Integration")]),

    ("Ivory Coast's cashew exports reached a record 1.25 million tonnes in 2026, up 9% from the "
     "year before, the Cotton and Cashew Council said. Vietnam bought about 60% of the total, "
     "or roughly 750,000 tonnes. The country has set a target of processing half of its crop "
     "locally by 2030.",
     [R(f="export", r=CIV, c="cashew", vol=1.25e6, u=TON, d="up", pct=9, b="yoy", **Y(2026),
        src="Cotton and Cashew Council"),
      R(f="export", r=CIV, p=VN, c="cashew", vol=750e3, u=TON, volq="roughly", **Y(2026),
        src="Cotton and Cashew Council")]),

    ("Morocco's trade deficit widened 7.3% to 318.6 billion dirhams in 2026, the Office des "
     "Changes said. Exports rose 4.9% to 478.2 billion dirhams, led by car sales abroad, which "
     "climbed 11% to 172.4 billion dirhams. Imports grew 5.9% to 796.8 billion dirhams.",
     [R(f="balance", bal="deficit", r="Morocco", v=318.6e9, cur="MAD", d=DC, pct=7.3, b=DC,
        **Y(2026), src="Office des Changes"),
      R(f="export", r="Morocco", v=478.2e9, cur="MAD", d="up", pct=4.9, b=DC, **Y(2026),
        src="Office des Changes"),
      R(f="export", r="Morocco", c=["car", "automotive", "vehicle"], v=172.4e9, cur="MAD",
        d="up", pct=11, b=DC, **Y(2026), src="Office des Changes"),
      R(f="import", r="Morocco", v=796.8e9, cur="MAD", d="up", pct=5.9, b=DC, **Y(2026),
        src="Office des Changes")]),

    ("Oman's merchandise trade surplus shrank 19.8% to RO 6.2 billion in the first eleven "
     "months of 2026, according to the National Centre for Statistics and Information. Oil and "
     "gas exports fell 11% to RO 14.1 billion as crude prices eased, while non-oil exports rose "
     "5.2% to RO 5.4 billion. The Sultanate's imports edged up 2.6% to RO 13.9 billion.",
     [R(f="balance", bal="surplus", r="Oman", v=6.2e9, cur="OMR", d="down", pct=19.8, b=DC,
        **PR("2026-01-01", "2026-11-30"), src="National Centre for Statistics and Information"),
      R(f="export", r="Oman", c="oil", v=14.1e9, cur="OMR", d="down", pct=11, b=DC,
        **PR("2026-01-01", "2026-11-30"), src="National Centre for Statistics and Information"),
      R(f="export", r="Oman", c="non-oil", v=5.4e9, cur="OMR", d="up", pct=5.2, b=DC,
        **PR("2026-01-01", "2026-11-30"), src="National Centre for Statistics and Information"),
      R(f="import", r="Oman", v=13.9e9, cur="OMR", d="up", pct=2.6, b=DC,
        **PR("2026-01-01", "2026-11-30"), src="National Centre for Statistics and Information")]),

    ("Qatar's exports of liquefied natural gas fell 9.6% year on year to QR 11.2 billion in "
     "December, figures from the National Planning Council showed. Japan was the top "
     "destination for Qatari exports, with QR 3.1 billion, followed by South Korea with QR 2.6 "
     "billion and China with QR 2.4 billion.",
     [R(f="export", r="Qatar", c=["liquefied natural gas", "LNG"], v=11.2e9, cur="QAR",
        d="down", pct=9.6, b="yoy", **M(2026, 12), src="National Planning Council"),
      R(f="export", r="Qatar", p="Japan", c=DC, v=3.1e9, cur="QAR", **M(2026, 12),
        src="National Planning Council"),
      R(f="export", r="Qatar", p=KR, c=DC, v=2.6e9, cur="QAR", **M(2026, 12),
        src="National Planning Council"),
      R(f="export", r="Qatar", p="China", c=DC, v=2.4e9, cur="QAR", **M(2026, 12),
        src="National Planning Council")]),

    ("Mongolia's foreign trade turnover totaled 25.6 billion U.S. dollars in 2026, the National "
     "Statistics Office said. Exports amounted to 15.3 billion dollars, of which coal made up "
     "7.8 billion dollars and copper concentrate 4.1 billion dollars. Imports stood at 10.3 "
     "billion dollars, giving the country a trade surplus of 5 billion dollars.",
     [R(f="total", r="Mongolia", v=25.6e9, cur="USD", **Y(2026), src="National Statistics Office"),
      R(f="export", r="Mongolia", v=15.3e9, cur="USD", **Y(2026), src="National Statistics Office"),
      R(f="export", r="Mongolia", c="coal", v=7.8e9, cur="USD", **Y(2026),
        src="National Statistics Office"),
      R(f="export", r="Mongolia", c="copper", v=4.1e9, cur="USD", **Y(2026),
        src="National Statistics Office"),
      R(f="import", r="Mongolia", v=10.3e9, cur="USD", **Y(2026), src="National Statistics Office"),
      R(f="balance", bal="surplus", r="Mongolia", v=5e9, cur="USD", **Y(2026),
        src="National Statistics Office")]),

    ("Laos recorded a trade surplus of about US$1.1 billion last year, according to the "
     "Ministry of Industry and Commerce. Exports totalled US$9.2 billion, with potash, "
     "electricity and gold the main items, while imports stood at US$8.1 billion. Potash "
     "shipments alone were worth US$1.04 billion, mostly to China, Thailand and Vietnam.",
     [R(f="balance", bal="surplus", r="Lao", v=1.1e9, cur="USD", vq="about", **Y(2026),
        src="Ministry of Industry and Commerce"),
      R(f="export", r="Lao", v=9.2e9, cur="USD", **Y(2026), src="Ministry of Industry and Commerce"),
      R(f="import", r="Lao", v=8.1e9, cur="USD", **Y(2026), src="Ministry of Industry and Commerce"),
      R(f="export", r="Lao", p=DC, c="potash", v=1.04e9, cur="USD", **Y(2026),
        src="Ministry of Industry and Commerce")]),

    ("Myanmar's rice and broken rice exports reached 1.42 million tonnes between April 1 and "
     "January 31 of the current fiscal year, earning about $680 million, the Myanmar Rice "
     "Federation said. More than 40% of the volume went to Africa, while China bought about "
     "210,000 tonnes through border gates.",
     [R(f="export", r="Myanmar", c="rice", vol=1.42e6, u=TON, v=680e6, cur="USD", vq="about",
        **PR("2026-04-01", "2027-01-31"), src="Myanmar Rice Federation"),
      R(f="export", r="Myanmar", p="China", c="rice", vol=210e3, u=TON, volq="about",
        **PR("2026-04-01", "2027-01-31"), src="Myanmar Rice Federation")]),

    ("Serbia's foreign trade in goods rose 5.8% to 69.4 billion euros in 2026, the Statistical "
     "Office of the Republic of Serbia said. Exports increased 7.1% to 31.9 billion euros and "
     "imports 4.7% to 37.5 billion euros. The coverage of imports by exports improved to 85.1% "
     "from 83.0% a year earlier.",
     [R(f="total", r="Serbia", v=69.4e9, cur="EUR", d="up", pct=5.8, b=DC, **Y(2026),
        src="Statistical Office of the Republic of Serbia"),
      R(f="export", r="Serbia", v=31.9e9, cur="EUR", d="up", pct=7.1, b=DC, **Y(2026),
        src="Statistical Office of the Republic of Serbia"),
      R(f="import", r="Serbia", v=37.5e9, cur="EUR", d="up", pct=4.7, b=DC, **Y(2026),
        src="Statistical Office of the Republic of Serbia")]),

    ("Polish exports to Germany fell 3.4% in euro terms to 8.6 billion euros in December, the "
     "national bank said. Shipments to Ukraine, by contrast, surged 22% to 1.3 billion euros. "
     "Overall, Poland's current account was in surplus of 1.1 billion euros.",
     [R(f="export", r="Poland", p="Germany", v=8.6e9, cur="EUR", d="down", pct=3.4, b=DC,
        **M(2026, 12), src=["national bank", "National Bank of Poland", "NBP"]),
      R(f="export", r="Poland", p="Ukraine", v=1.3e9, cur="EUR", d="up", pct=22, b=DC,
        **M(2026, 12), src=["national bank", "National Bank of Poland", "NBP"])]),

    ("The Czech Republic's exports of motor vehicles dipped 1.2% to 48.6 billion crowns in "
     "December, while imports of electricity jumped 34% to 9.1 billion crowns, the Czech "
     "Statistical Office said. The overall trade balance swung to a deficit of 2.3 billion "
     "crowns from a surplus of 11.4 billion a year earlier.",
     [R(f="export", r=CZ, c="vehicle", v=48.6e9, cur="CZK", d="down", pct=1.2, b=DC,
        **M(2026, 12), src="Czech Statistical Office"),
      R(f="import", r=CZ, c="electricity", v=9.1e9, cur="CZK", d="up", pct=34, b=DC,
        **M(2026, 12), src="Czech Statistical Office"),
      R(f="balance", bal="deficit", r=CZ, v=2.3e9, cur="CZK", d=DC, b=DC, **M(2026, 12),
        src="Czech Statistical Office"),
      R(f="balance", bal="surplus", r=CZ, v=11.4e9, cur="CZK", **M(2025, 12), src=DC, opt=True)]),

    ("Norway's trade surplus fell to 52.3 billion crowns in January from 61.8 billion crowns in "
     "December, Statistics Norway said on Friday. Exports of natural gas, the country's main "
     "export, fell 14.5% month-on-month to 49.9 billion crowns, while mainland exports "
     "excluding oil and gas rose 3.2% to 43.7 billion crowns.",
     [R(f="balance", bal="surplus", r="Norway", v=52.3e9, cur="NOK", d="down", b="mom",
        **M(2027, 1), src="Statistics Norway"),
      R(f="balance", bal="surplus", r="Norway", v=61.8e9, cur="NOK", **M(2026, 12), src=DC,
        opt=True),
      R(f="export", r="Norway", c="natural gas", v=49.9e9, cur="NOK", d="down", pct=14.5,
        b="mom", **M(2027, 1), src="Statistics Norway"),
      R(f="export", r="Norway", c=DC, v=43.7e9, cur="NOK", d="up", pct=3.2, b=DC, **M(2027, 1),
        src="Statistics Norway")]),

    ("Ecuador's non-oil exports rose 11.4% to $23.5 billion in 2026, the Central Bank of Ecuador "
     "reported. Shrimp remained the top product with $7.6 billion, followed by bananas at $3.9 "
     "billion and cocoa at $3.2 billion. Oil exports, by contrast, fell 9% to $7.3 billion.",
     [R(f="export", r="Ecuador", c="non-oil", v=23.5e9, cur="USD", d="up", pct=11.4, b=DC,
        **Y(2026), src="Central Bank of Ecuador"),
      R(f="export", r="Ecuador", c="shrimp", v=7.6e9, cur="USD", **Y(2026),
        src="Central Bank of Ecuador"),
      R(f="export", r="Ecuador", c="banana", v=3.9e9, cur="USD", **Y(2026),
        src="Central Bank of Ecuador"),
      R(f="export", r="Ecuador", c="cocoa", v=3.2e9, cur="USD", **Y(2026),
        src="Central Bank of Ecuador"),
      R(f="export", r="Ecuador", c="oil", v=7.3e9, cur="USD", d="down", pct=9, b=DC, **Y(2026),
        src="Central Bank of Ecuador")]),

    ("China was again the main destination for Uruguayan goods in January, buying $212 million "
     "worth, Uruguay XXI said in its monthly report. Brazil followed with $178 million and the "
     "United States with $134 million. Beef was the country's top export, at $171 million.",
     [R(f="export", r="Uruguay", p="China", v=212e6, cur="USD", **M(2027, 1), src="Uruguay XXI"),
      R(f="export", r="Uruguay", p="Brazil", v=178e6, cur="USD", **M(2027, 1), src="Uruguay XXI"),
      R(f="export", r="Uruguay", p=US, v=134e6, cur="USD", **M(2027, 1), src="Uruguay XXI"),
      R(f="export", r="Uruguay", c="beef", v=171e6, cur="USD", **M(2027, 1), src="Uruguay XXI")]),

    ("Paraguay's electricity exports to Brazil and Argentina from the binational Itaipu and "
     "Yacyreta dams totalled $612 million in 2026, the central bank said. Beef shipments "
     "reached 412,000 tonnes worth $2.1 billion, with Chile the biggest buyer.",
     [R(f="export", r="Paraguay", p=DC, c="electricity", v=612e6, cur="USD", **Y(2026),
        src="central bank"),
      R(f="export", r="Paraguay", c="beef", vol=412e3, u=TON, v=2.1e9, cur="USD", **Y(2026),
        src="central bank")]),

    ("Tanzania's earnings from gold exports rose 38 percent to $4.1 billion in the year to "
     "December, the Bank of Tanzania said in its monthly economic review. Cashew nut exports "
     "brought in $598 million over the same period, against $392 million a year earlier.",
     [R(f="export", r="Tanzania", c="gold", v=4.1e9, cur="USD", d="up", pct=38, b=DC, **Y(2026),
        src="Bank of Tanzania"),
      R(f="export", r="Tanzania", c="cashew", v=598e6, cur="USD", d=DC, b=DC, **Y(2026),
        src="Bank of Tanzania"),
      R(f="export", r="Tanzania", c="cashew", v=392e6, cur="USD", **Y(2025), src=DC, opt=True)]),

    ("Zambia posted a trade surplus of 9.8 billion kwacha in December, up from 6.1 billion "
     "kwacha in November, the Zambia Statistics Agency said. Copper accounted for 72.4% of "
     "export earnings, which totalled 28.3 billion kwacha. Imports from South Africa and China "
     "made up more than half of the import bill.",
     [R(f="balance", bal="surplus", r="Zambia", v=9.8e9, cur="ZMW", d="up", b="mom",
        **M(2026, 12), src="Zambia Statistics Agency"),
      R(f="balance", bal="surplus", r="Zambia", v=6.1e9, cur="ZMW", **M(2026, 11), src=DC,
        opt=True),
      R(f="export", r="Zambia", v=28.3e9, cur="ZMW", **M(2026, 12), src="Zambia Statistics Agency")]),

    ("Kenya's tea exports fell 6% to 543.2 million kilogrammes last year, though earnings rose "
     "to 215.3 billion shillings on a weaker shilling, the Tea Board of Kenya said. Pakistan "
     "remained the leading market, taking 176 million kilogrammes, followed by Egypt and the "
     "United Kingdom.",
     [R(f="export", r="Kenya", c="tea", vol=543.2e6, u=KG, d="down", pct=6, b=DC, **Y(2026),
        src="Tea Board of Kenya"),
      R(f="export", r="Kenya", c="tea", v=215.3e9, cur="KES", d="up", b=DC, **Y(2026),
        src="Tea Board of Kenya"),
      R(f="export", r="Kenya", p="Pakistan", c="tea", vol=176e6, u=KG, **Y(2026),
        src="Tea Board of Kenya")]),

    ("Russia's trade turnover with India reached $68.7 billion in 2026, Russian Deputy Prime "
     "Minister Alexei Overchuk told TASS. Russian exports, mostly crude oil and fertilisers, "
     "accounted for $63.5 billion of the total.",
     [R(f="total", r=["Russia", "India"], p=["India", "Russia"], v=68.7e9, cur="USD", **Y(2026),
        src="Alexei Overchuk"),
      R(f="export", r="Russia", p="India", c=DC, v=63.5e9, cur="USD", **Y(2026),
        src="Alexei Overchuk")]),

    ("Brazil's trade surplus reached $4.3 billion in January, up 21% from a year earlier, the "
     "Ministry of Development, Industry, Trade and Services (MDIC) said. Exports rose 6.7% to "
     "$25.1 billion, helped by record soybean and crude oil shipments, while imports rose 2.9% "
     "to $20.8 billion. Shipments to China alone climbed 14% to $6.9 billion.",
     [R(f="balance", bal="surplus", r="Brazil", v=4.3e9, cur="USD", d="up", pct=21, b="yoy",
        **M(2027, 1), src=["MDIC", "Ministry of Development, Industry, Trade and Services"]),
      R(f="export", r="Brazil", v=25.1e9, cur="USD", d="up", pct=6.7, b=DC, **M(2027, 1),
        src=["MDIC", "Ministry of Development, Industry, Trade and Services"]),
      R(f="import", r="Brazil", v=20.8e9, cur="USD", d="up", pct=2.9, b=DC, **M(2027, 1),
        src=["MDIC", "Ministry of Development, Industry, Trade and Services"]),
      R(f="export", r="Brazil", p="China", v=6.9e9, cur="USD", d="up", pct=14, b=DC,
        **M(2027, 1), src=["MDIC", "Ministry of Development, Industry, Trade and Services"])]),

    ("Indonesia's coal exports slipped 7.8 percent to US$2.06 billion in January compared with "
     "the same month a year earlier, BPS said. Crude palm oil exports, however, rose 15.2 "
     "percent to US$1.97 billion. India and China were the main buyers of both commodities.",
     [R(f="export", r="Indonesia", c="coal", v=2.06e9, cur="USD", d="down", pct=7.8, b="yoy",
        **M(2027, 1), src=["BPS", "Statistics Indonesia"]),
      R(f="export", r="Indonesia", c="palm oil", v=1.97e9, cur="USD", d="up", pct=15.2, b=DC,
        **M(2027, 1), src=["BPS", "Statistics Indonesia"])]),

    ("Malaysia's trade with China grew 7.4 per cent year-on-year to RM512.7 billion in 2026, "
     "making China its largest trading partner for the 17th consecutive year, the Ministry of "
     "Investment, Trade and Industry (MITI) said. Exports to China amounted to RM214.2 billion, "
     "while imports reached RM298.5 billion.",
     [R(f="total", r="Malaysia", p="China", v=512.7e9, cur="MYR", d="up", pct=7.4, b="yoy",
        **Y(2026), src=["MITI", "Ministry of Investment, Trade and Industry"]),
      R(f="export", r="Malaysia", p="China", v=214.2e9, cur="MYR", **Y(2026),
        src=["MITI", "Ministry of Investment, Trade and Industry"]),
      R(f="import", r="Malaysia", p="China", v=298.5e9, cur="MYR", **Y(2026),
        src=["MITI", "Ministry of Investment, Trade and Industry"])]),

    ("India's trade deficit narrowed to $21.9 billion in January from $23.1 billion in December, "
     "commerce ministry data released on Monday showed. Merchandise exports rose 4.4 per cent "
     "year-on-year to $38.2 billion, while imports rose 1.2 per cent to $60.1 billion. Gold "
     "imports fell 41 per cent to $2.7 billion.",
     [R(f="balance", bal="deficit", r="India", v=21.9e9, cur="USD", d=DC, b="mom", **M(2027, 1),
        src="commerce ministry"),
      R(f="balance", bal="deficit", r="India", v=23.1e9, cur="USD", **M(2026, 12), src=DC,
        opt=True),
      R(f="export", r="India", c=DC, v=38.2e9, cur="USD", d="up", pct=4.4, b="yoy", **M(2027, 1),
        src="commerce ministry"),
      R(f="import", r="India", v=60.1e9, cur="USD", d="up", pct=1.2, b=DC, **M(2027, 1),
        src="commerce ministry"),
      R(f="import", r="India", c="gold", v=2.7e9, cur="USD", d="down", pct=41, b=DC,
        **M(2027, 1), src="commerce ministry")]),

    ("Türkiye's exports to Iraq rose 9.4% to $1.18 billion in January, according to data from "
     "the Turkish Exporters Assembly (TIM). Hazelnut exports brought in $312 million over the "
     "same period, while the automotive industry remained the top exporting sector with $3.1 "
     "billion.",
     [R(f="export", r=TR, p="Iraq", v=1.18e9, cur="USD", d="up", pct=9.4, b=DC, **M(2027, 1),
        src=["Turkish Exporters Assembly", "TIM"]),
      R(f="export", r=TR, c="hazelnut", v=312e6, cur="USD", **M(2027, 1),
        src=["Turkish Exporters Assembly", "TIM"]),
      R(f="export", r=TR, c=["automotive", "vehicle", "car"], v=3.1e9, cur="USD", **M(2027, 1),
        src=["Turkish Exporters Assembly", "TIM"])]),

    ("Vietnam's export turnover in January reached 42.3 billion U.S. dollars, up 18.6 percent "
     "year on year, the General Statistics Office said. The United States remained the largest "
     "export market at 12.4 billion dollars, while China was the largest source of imports with "
     "14.8 billion dollars. The country posted a trade surplus of 1.9 billion dollars.",
     [R(f="export", r=VN, v=42.3e9, cur="USD", d="up", pct=18.6, b="yoy", **M(2027, 1),
        src="General Statistics Office"),
      R(f="export", r=VN, p=US, v=12.4e9, cur="USD", **M(2027, 1), src="General Statistics Office"),
      R(f="import", r=VN, p="China", v=14.8e9, cur="USD", **M(2027, 1),
        src="General Statistics Office"),
      R(f="balance", bal="surplus", r=VN, v=1.9e9, cur="USD", **M(2027, 1),
        src="General Statistics Office")]),

    ("South Korea's exports rose 11.2 percent on-year to US$59.8 billion in January, led by chips "
     "and ships, the trade ministry said Sunday. Imports gained 4.3 percent to $55.1 billion, "
     "resulting in a trade surplus of $4.7 billion, the 20th straight month of surplus. Exports "
     "to the United States, however, dropped 6.5 percent to $9.8 billion amid higher US tariffs.",
     [R(f="export", r=KR, v=59.8e9, cur="USD", d="up", pct=11.2, b="yoy", **M(2027, 1),
        src="trade ministry"),
      R(f="import", r=KR, v=55.1e9, cur="USD", d="up", pct=4.3, b=DC, **M(2027, 1),
        src="trade ministry"),
      R(f="balance", bal="surplus", r=KR, v=4.7e9, cur="USD", **M(2027, 1), src="trade ministry"),
      R(f="export", r=KR, p=US, v=9.8e9, cur="USD", d="down", pct=6.5, b=DC, **M(2027, 1),
        src="trade ministry")]),

    ("Japan's exports to China rose 4.7 percent from a year earlier to 1.62 trillion yen in "
     "December, the Finance Ministry said. Exports of semiconductor manufacturing equipment led "
     "the gains. Imports from China fell 2.1 percent to 2.03 trillion yen, leaving a deficit "
     "with China of 410 billion yen.",
     [R(f="export", r="Japan", p="China", v=1.62e12, cur="JPY", d="up", pct=4.7, b="yoy",
        **M(2026, 12), src="Finance Ministry"),
      R(f="import", r="Japan", p="China", v=2.03e12, cur="JPY", d="down", pct=2.1, b=DC,
        **M(2026, 12), src="Finance Ministry"),
      R(f="balance", bal="deficit", r="Japan", p="China", v=410e9, cur="JPY", **M(2026, 12),
        src="Finance Ministry")]),

    ("China's soybean imports fell 12.6% year-on-year to 8.2 million tons in December, customs "
     "data showed. Purchases from Brazil made up 6.1 million tons of the total, while imports "
     "from the United States slumped to 1.4 million tons. Beijing still levies an additional "
     "10% tariff on U.S. soybeans.",
     [R(f="import", r="China", c="soybean", vol=8.2e6, u=TON, d="down", pct=12.6, b="yoy",
        **M(2026, 12), src="customs"),
      R(f="import", r="China", p="Brazil", c="soybean", vol=6.1e6, u=TON, **M(2026, 12),
        src="customs"),
      R(f="import", r="China", p=US, c="soybean", vol=1.4e6, u=TON, d="down", b=DC,
        **M(2026, 12), src="customs"),
      R(f="tariff", r="China", p=US, c="soybean", rate=10, src=DC)]),

    ("Mexico's exports to the United States rose 5.8% to $49.6 billion in December, the "
     "national statistics agency INEGI said. Washington imposes a 25% tariff on Mexican goods "
     "that are not covered by the USMCA trade pact.",
     [R(f="export", r="Mexico", p=US, v=49.6e9, cur="USD", d="up", pct=5.8, b=DC, **M(2026, 12),
        src="INEGI"),
      R(f="tariff", r=US, p="Mexico", c=DC, rate=25, ps=DC, pe=DC, src=DC)]),

    ("Colombian coffee exports rose 8% to 1.2 million 60-kg bags in January, the National "
     "Federation of Coffee Growers said. The federation expects output to reach 13.5 million "
     "bags this year.",
     [R(f="export", r="Colombia", c="coffee", vol=1.2e6, u="bag", d="up", pct=8, b=DC,
        **M(2027, 1), src="National Federation of Coffee Growers")]),

    ("Saudi Arabia's non-oil exports, including re-exports, rose 12.7% year on year to 28.4 "
     "billion riyals in November, the General Authority for Statistics said. Re-exports alone "
     "climbed 31% to 10.9 billion riyals, led by machinery and electrical equipment. The "
     "Kingdom's imports grew 4.2% to 71.5 billion riyals.",
     [R(f="export", r="Saudi Arabia", c="non-oil", v=28.4e9, cur="SAR", d="up", pct=12.7,
        b="yoy", **M(2026, 11), src=["General Authority for Statistics", "GASTAT"]),
      R(f="export", r="Saudi Arabia", c=DC, v=10.9e9, cur="SAR", d="up", pct=31, b=DC,
        **M(2026, 11), src=["General Authority for Statistics", "GASTAT"]),
      R(f="import", r="Saudi Arabia", v=71.5e9, cur="SAR", d="up", pct=4.2, b=DC, **M(2026, 11),
        src=["General Authority for Statistics", "GASTAT"])]),

    ("Ghana earned $3.6 billion from cocoa bean exports in 2026, the Bank of Ghana said in its "
     "summary of economic and financial data. Gold exports brought in $11.2 billion. The central "
     "bank projects total export receipts of $36 billion this year.",
     [R(f="export", r="Ghana", c="cocoa", v=3.6e9, cur="USD", **Y(2026), src="Bank of Ghana"),
      R(f="export", r="Ghana", c="gold", v=11.2e9, cur="USD", **Y(2026), src="Bank of Ghana")]),

    ("South Africa's trade surplus narrowed to R14.2 billion in December from R37.9 billion in "
     "November, SARS said. Exports fell 9.6% month on month to R171.4 billion, while imports "
     "decreased 3.6% to R157.2 billion. Year to date, the country's trade surplus stood at "
     "R189.5 billion, compared with R246.4 billion in 2025.",
     [R(f="balance", bal="surplus", r="South Africa", v=14.2e9, cur="ZAR", d="down", b="mom",
        **M(2026, 12), src=["SARS", "South African Revenue Service"]),
      R(f="balance", bal="surplus", r="South Africa", v=37.9e9, cur="ZAR", **M(2026, 11), src=DC,
        opt=True),
      R(f="export", r="South Africa", v=171.4e9, cur="ZAR", d="down", pct=9.6, b="mom",
        **M(2026, 12), src=["SARS", "South African Revenue Service"]),
      R(f="import", r="South Africa", v=157.2e9, cur="ZAR", d="down", pct=3.6, b=DC,
        **M(2026, 12), src=["SARS", "South African Revenue Service"]),
      R(f="balance", bal="surplus", r="South Africa", v=189.5e9, cur="ZAR", d=DC, b=DC,
        **Y(2026), src=["SARS", "South African Revenue Service"]),
      R(f="balance", bal="surplus", r="South Africa", v=246.4e9, cur="ZAR", **Y(2025), src=DC,
        opt=True)]),

    ("Chile's exports to China rose 7.9% to $9.6 billion in the fourth quarter, central bank "
     "data showed. In December alone, shipments to China totalled $3.4 billion, while those to "
     "the United States reached $1.5 billion.",
     [R(f="export", r="Chile", p="China", v=9.6e9, cur="USD", d="up", pct=7.9, b=DC,
        **PR("2026-10-01", "2026-12-31"), src="central bank"),
      R(f="export", r="Chile", p="China", v=3.4e9, cur="USD", **M(2026, 12), src="central bank"),
      R(f="export", r="Chile", p=US, v=1.5e9, cur="USD", **M(2026, 12), src="central bank")]),

    ("Peru exported 1.21 million tonnes of fishmeal in 2026, up 31% from 2025, the National "
     "Fisheries Society said. Most of it went to China, which bought 940,000 tonnes. The "
     "industry group expects exports to fall this year because of a smaller anchovy quota.",
     [R(f="export", r="Peru", c="fishmeal", vol=1.21e6, u=TON, d="up", pct=31, b="yoy",
        **Y(2026), src="National Fisheries Society"),
      R(f="export", r="Peru", p="China", c="fishmeal", vol=940e3, u=TON, **Y(2026),
        src="National Fisheries Society")]),

    ("Sri Lanka's apparel exports to the United States fell 8.1% to $214 million in December, "
     "the Joint Apparel Association Forum (JAAF) said. Washington imposes a 20% tariff on most "
     "Sri Lankan goods.",
     [R(f="export", r="Sri Lanka", p=US, c="apparel", v=214e6, cur="USD", d="down", pct=8.1,
        b=DC, **M(2026, 12), src=["Joint Apparel Association Forum", "JAAF"]),
      R(f="tariff", r=US, p="Sri Lanka", c=DC, rate=20, src=DC)]),

    ("Kazakhstan's trade with China hit a record $48.9 billion in 2026, China's customs "
     "administration said. Kazakh exports to China, mainly oil, copper and ferroalloys, rose "
     "6% to $19.8 billion.",
     [R(f="total", r=["Kazakhstan", "China"], p=["China", "Kazakhstan"], v=48.9e9, cur="USD",
        **Y(2026), src="customs"),
      R(f="export", r="Kazakhstan", p="China", c=DC, v=19.8e9, cur="USD", d="up", pct=6, b=DC,
        **Y(2026), src="customs")]),
]

NEG = [
    "Copper prices rose 2.3% to $11,450 a tonne on the London Metal Exchange on Tuesday, as "
    "traders bet on tighter supply from Chile and Peru.",

    "Peru's copper production rose 4.1% to 2.78 million tonnes in 2026, the energy and mines "
    "ministry said.",

    "Norwegian salmon farmer Mowi reported record revenue of 6.1 billion euros for 2026. Harvest "
    "volumes rose 5% to 530,000 tonnes, and the company said exports to Asia would grow this year.",

    "Shares of Chilean lithium producer SQM jumped 7.4% to 52,300 pesos in Santiago after the "
    "company said fourth-quarter sales volumes rose 12%.",

    "Vietnam's share of the U.S. garment import market rose to 19.6% in 2026 from 18.1% a year "
    "earlier, industry data showed.",

    "Ethiopia's annual inflation slowed to 11.8% in January from 12.9% in December, helped by "
    "lower prices for imported fuel and food, the statistics service said.",

    "Foreign direct investment into Morocco rose 24% to 43.8 billion dirhams in 2026, the foreign "
    "exchange office said.",

    "Remittances from Bangladeshi workers abroad hit a record $3.2 billion in December, up 17% "
    "from a year earlier, Bangladesh Bank data showed.",

    "Sri Lanka earned $3.6 billion from tourism in 2026, up 13% on the year, as arrivals topped "
    "2.6 million, the central bank said.",

    "Zambia's 2027 budget sets aside 4.2 billion kwacha for export promotion and trade "
    "facilitation, the finance minister told parliament.",

    "Ivory Coast's cocoa exports are expected to fall about 10% to 1.45 million tonnes in the "
    "2026/27 season, the International Cocoa Organization said in its quarterly bulletin.",

    "Uzbekistan aims to raise its exports to $45 billion by 2030, President Shavkat Mirziyoyev "
    "said on Monday.",

    "The cost of shipping a 40-foot container from Shanghai to Rotterdam fell 4% to $2,180 this "
    "week, according to Drewry's World Container Index.",

    "The Mets acquired a left-handed reliever from Milwaukee in a trade for two minor leaguers "
    "and $1.5 million in international bonus pool money, the team said on Tuesday.",

    "Officials from Mercosur and the United Arab Emirates will hold a fourth round of trade talks "
    "in Montevideo on Feb. 24-26, Uruguay's foreign ministry said.",

    "Washington could impose a 50% tariff on Indian goods if New Delhi keeps buying Russian oil, "
    "a U.S. official said on Monday.",

    "The European Commission has proposed raising tariffs on Russian fertilisers to 40%, a plan "
    "that still needs the approval of member states.",

    "If Mexico fails to curb fentanyl trafficking, the United States would raise tariffs on "
    "Mexican imports to 30 percent, the president wrote on social media.",

    "The export price of Vietnamese 5% broken rice fell to $362 a tonne this week, the lowest "
    "since 2017, traders said.",

    "Cocoa futures in New York fell 3.6% to $5,820 a ton on Friday, extending losses on improved "
    "crop prospects in Ivory Coast and Ghana.",

    "Mongolia mined 91 million tonnes of coal in 2026, up 6% from a year earlier, the mining "
    "ministry said.",

    "Paraguayan meatpacker Frigorifico Concepcion said its export revenue rose 18% to $640 million "
    "last year as it added buyers in Taiwan and Chile.",

    "Cargo throughput at Tanzania's Dar es Salaam port rose 11% to 28.1 million tonnes in 2026, "
    "the Tanzania Ports Authority said.",

    "Angola's net international reserves rose to $15.7 billion at the end of January, the central "
    "bank said. That is enough to cover 7.8 months of imports.",

    "Afreximbank approved a $1.5 billion facility to support cashew and cocoa exporters in Côte "
    "d'Ivoire, the lender said on Tuesday.",

    "QatarEnergy said the North Field expansion will lift the country's LNG export capacity to "
    "142 million tonnes a year by 2030.",

    "Sri Lanka expects its fuel import bill to rise to about $4.5 billion this year if oil prices "
    "stay above $80 a barrel, the energy minister told parliament.",

    "Ecuador's oil production averaged 468,000 barrels per day in 2026, the central bank said. The "
    "economy grew 1.8%, while inflation ended the year at 1.2%.",

    "Trading volume on the Casablanca Stock Exchange rose 35% to 96.4 billion dirhams in 2026, the "
    "bourse said.",

    "India will allow exports of up to 1 million tonnes of sugar in the 2026/27 season, the food "
    "ministry said in a notification.",
]
