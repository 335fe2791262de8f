from slots import DC, R, M, Y, PR

# The ninth set: every text is the only body paragraph (after an unrelated opening one)
# of a page published on 2027-06-18, so "May" is May 2027, "December" is December 2026,
# "last year" is 2026, "this year" is 2027, "the first quarter" is January-March 2027,
# "the first five months" are January-May 2027 and "last month" is May 2027.
# Conventions (those of the eighth set, kept unchanged): a value is the positive amount in
# the original currency (a deficit is bal="deficit" with a positive v); a figure given in
# both a local currency and dollars accepts either; the basis is "yoy"/"mom" when the text
# states the comparison, DC when it is only implied, and missing (null) when there is no
# change at all. A deficit that narrows or widens has d=DC (the amount falls while the
# balance improves); a surplus that narrows is "down", one that widens is "up". Figures in
# the later sentences of a paragraph inherit the reporter, period and source that the
# paragraph gives once. Comparison bases ("from $X a year earlier") are optional records.
# Forecasts, targets, shares, prices, current accounts and production are never trade
# figures. A list may contain None (the slot may then be null too). A source named at the
# end of a paragraph also covers its earlier sentences. A change given only by its base
# ("down from $3.31 billion") expects the direction, pct/by DC; a base named only by its
# period ("in April", "in May 2026") is an implied basis (b DC); "a year earlier",
# "same period last year", "on-year" state yoy; "from April" (for a May figure), "over the
# month", "on the month", "month-on-month" state mom. Value and volume of one flow with
# DIFFERENT changes are two records (the other measure DC); one value with two stated
# changes is one record accepting either change plus an optional twin; a figure restated
# in another currency is one record accepting either form plus an optional twin.
# "Merchandise"/"goods"/"total"/"national" exports and re-exports have c DC; "non-oil",
# "services", "tourism" and named goods are commodities. Change words without a number
# and without a value make no record. A change of a partner's or a good's trade given only
# as a percent or an absolute amount is a record with a null value. Breakdowns by partner
# of an earlier sentence's goods inherit those goods. Partners listed with amounts after a
# turnover figure are flow "total"; buyers and destinations are "export". Estimates of a
# past period are figures (vq DC). One company's sales, port throughput, export orders,
# export credit, customs duty collections, FDI, remittances, reserves, price quotes and
# price indices, quotas and bans are not trade figures.
# Additional conventions of this set:
# - "At the end of April", "by the end of March" (the Maghreb and Gulf offices' cumulative
#   style) mean January to that month; the single month is accepted as a start too (CUM).
# - Fiscal years as the text or the country defines them: Myanmar and Jamaica April-March;
#   Nepal's year starts in mid-July (Shrawan 1, about July 16-17), so its "first ten
#   months" end in mid-May: a few plausible days, or the whole calendar month, are
#   accepted (NP10). A crop or marketing season has the months the text gives ("the
#   2026/27 season (November-May)"). "The year to April"/"year ending April 2027" is the
#   twelve months May 2026-April 2027. "The March quarter" is Q1; "the second half of
#   2026" is July-December 2026. A comparison with "the December quarter" is
#   quarter-on-quarter (b QOQ).
# - Local currency symbols are read in their country: "$" in a Fiji Bureau of Statistics
#   release is FJD, "K" is ZMW in Zambia and PGK in Papua New Guinea, "P" is BWP, "¢" is
#   CRC, "RO" is OMR, "QR" is QAR, "JD" is JOD, "Rs" is LKR/NPR, "GH¢" is GHS, "TSh" is
#   TZS, CFA francs are XOF in Senegal and XAF in Cameroon, "francs" are CHF in a Swiss
#   release.
# - A range "between $1.5 billion and $1.6 billion", "5.3 million to 5.5 million tonnes"
#   has the low end as v/vol and the high end as vh/volh (qualifiers DC).
# - "A record $7.85 billion", "hit a record": vq may be null or "record".
# - "Little changed", "roughly the same": no direction needed and no percent (d DC,
#   pct null or 0); no comparison-base record.
# - An absolute change ("an increase of $134.2 million", "2.1 million tonnes more") is
#   by/byc (byc the currency code, or the unit for volumes); a computed percent is
#   accepted (pct DC).
# - "Made up the balance" (the rest of a total) is not a trade balance, and the implied
#   remainder is not a figure.
# - Tariff figures (TAR): flow "tariff", the imposing economy as reporter, the targeted
#   economy as partner (null when the duty applies to all origins outside a bloc), goods
#   as commodity, rate in percent; period, change and source are DC. A previous rate
#   ("to 15% from 5%") is an optional record.
# - Trade on an exchange (stocks, commodity exchange), retail trade, trade fairs and the
#   "export" of culture or manpower are not trade figures.

TON = "ton"           # matches tonnes, tons, metric tons
TONS = ["tonnes", "tons", "ton", "tonne", "t", "metric tons", "mt"]   # by-unit (exact)
BOTTLE = "bottle"
ABOUT = ["about", "around", "approximately", "some", "roughly"]
NEARLY = ["nearly", "almost", "close to", "just under"]
OVER = ["over", "more than", "above"]
RECORD = [None, "record"]
QOQ = ["quarter", "qoq", "q/q"]
US = ["United States", "U.S.", "USA", "America"]
EU = ["European Union", "EU"]
RU = ["Russia", "Russian Federation"]
UAE = ["United Arab Emirates", "UAE", "U.A.E."]
KR = ["South Korea", "Republic of Korea", "Korea"]
KG = ["Kyrgyzstan", "Kyrgyz"]
EAEU = ["Eurasian Economic Union", "EAEU"]
CH = ["Switzerland", "Swiss"]
DR = ["Dominican Republic"]
GAC = ["General Administration of Customs", "GAC", "customs"]


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


def CUM(y, m):
    """'At the end of <month>': January to that month (the month alone accepted as start)."""
    return dict(ps=["%04d-01-01" % y, M(y, m)["ps"]], pe=M(y, m)["pe"])


def Q(y, q):
    return PR("%04d-%02d-01" % (y, 3 * q - 2), M(y, 3 * q)["pe"])


def H(y, h):
    return PR("%04d-%02d-01" % (y, 6 * h - 5), M(y, 6 * h)["pe"])


def FYAM(y):
    """A fiscal year April y - March y+1."""
    return PR("%04d-04-01" % y, "%04d-03-31" % (y + 1))


# Nepal, first ten months of fiscal year 2083/84 (mid-July 2026 to mid-May 2027).
NP10 = dict(ps=["2026-07-16", "2026-07-17", "2026-07-15", "2026-07-01"],
            pe=["2027-05-14", "2027-05-15", "2027-05-13", "2027-05-31"])
# The same ten months a year earlier (comparison bases only).
NP10_PREV = dict(ps=DC, pe=DC)


POS = [
    # ================================================================ single sentences
    # 1 Uzbekistan, soums and dollars
    ("Uzbekistan exported fruit and vegetables worth 7.8 trillion soums ($612.4 mln) in "
     "January-May 2027, 18.3% more than in the same period a year earlier, the Statistics "
     "Agency under the President reported.",
     [R(f="export", r="Uzbekistan", c=["fruit and vegetables", "fruits and vegetables"],
        v=[7.8e12, 612.4e6], cur=["UZS", "USD"], d="up", pct=18.3, b="yoy", **YTD(2027, 5),
        src="Statistics Agency")]),

    # 2 Georgia, wine in bottles and value, lari
    ("Georgia exported 31.2 million bottles of wine in the first five months of the year, 7 "
     "percent more than a year earlier, earning $98.6 million (266 million lari), according "
     "to the National Wine Agency.",
     [R(f="export", r="Georgia", c="wine", vol=31.2e6, u=BOTTLE, v=[98.6e6, 266e6],
        cur=["USD", "GEL"], d="up", pct=7, b="yoy", **YTD(2027, 5), src="National Wine Agency")]),

    # 3 Morocco, cumulative "at the end of April", deficit widening
    ("Morocco's trade deficit widened 9.1% to 126.7 billion dirhams ($12.7 billion) at the end "
     "of April, the Foreign Exchange Office said in its monthly indicators.",
     [R(f="balance", r="Morocco", bal="deficit", v=[126.7e9, 12.7e9], cur=["MAD", "USD"],
        d=DC, pct=9.1, b=DC, **CUM(2027, 4), src=["Foreign Exchange Office", "Office des Changes"])]),

    # 4 Tunisia, olive oil season, value down and volume up
    ("Tunisian olive oil exports fell 21.4% in value to 2.9 billion dinars in the first seven "
     "months of the 2026/27 season (November-May), even as volumes rose 12% to 198,000 tonnes, "
     "National Observatory of Agriculture (ONAGRI) data showed.",
     [R(f="export", r="Tunisia", c="olive oil", v=2.9e9, cur="TND", vol=DC, u=DC, d="down",
        pct=21.4, b=DC, **PR("2026-11-01", "2027-05-31"),
        src=["National Observatory of Agriculture", "ONAGRI"]),
      R(f="export", r="Tunisia", c="olive oil", v=DC, cur=DC, vol=198000, u=TON, d="up", pct=12,
        b=DC, **PR("2026-11-01", "2027-05-31"),
        src=["National Observatory of Agriculture", "ONAGRI"])]),

    # 5 Ghana, surplus against its base, cedi conversion, "more than doubled" without value
    ("Ghana recorded a trade surplus of $2.41 billion (about GH¢31.3 billion) in the first four "
     "months of 2027, compared with $1.08 billion a year earlier, as gold export receipts more "
     "than doubled, Bank of Ghana data showed.",
     [R(f="balance", r="Ghana", bal="surplus", v=[2.41e9, 31.3e9], cur=["USD", "GHS"],
        vq=[None] + ABOUT, d="up", pct=DC, by=DC, byc=DC, b="yoy", **YTD(2027, 4),
        src="Bank of Ghana"),
      OPT(f="balance", r="Ghana", bal="surplus", v=1.08e9, cur="USD", **YTD(2026, 4)),
      OPT(f="export", r="Ghana", c="gold", d="up", **YTD(2027, 4))]),

    # 6 Tanzania, "year ending April", goods and services
    ("Tanzania's exports of goods and services rose to $16.9 billion (about TSh44.3 trillion) in "
     "the year ending April 2027 from $14.3 billion in the corresponding period in 2026, driven "
     "by gold, tourism and cashew nuts, the Bank of Tanzania said in its monthly economic review.",
     [R(f="export", r="Tanzania", c=DC, v=[16.9e9, 44.3e12], cur=["USD", "TZS"],
        vq=[None] + ABOUT, d="up", pct=DC, by=DC, byc=DC, b=DC,
        **PR("2026-05-01", "2027-04-30"), src="Bank of Tanzania"),
      OPT(f="export", r="Tanzania", c=DC, v=14.3e9, cur="USD", **PR("2025-05-01", "2026-04-30"))]),

    # 7 Zambia, kwacha, month-on-month against the base
    ("Zambia's copper exports earned K28.4 billion in May, down 6.6 percent from April's "
     "K30.4 billion, Zambia Statistics Agency figures showed.",
     [R(f="export", r="Zambia", c="copper", v=28.4e9, cur="ZMW", d="down", pct=6.6, b="mom",
        **M(2027, 5), src=["Zambia Statistics Agency", "ZamStats"]),
      OPT(f="export", r="Zambia", c="copper", v=30.4e9, cur="ZMW", **M(2027, 4))]),

    # 8 Sri Lanka, a "mark" that is no figure
    ("Sri Lanka's earnings from merchandise exports crossed the $1.2 billion mark for a third "
     "straight month in May, rising 4.3 percent year-on-year to $1.24 billion, the Export "
     "Development Board said.",
     [R(f="export", r="Sri Lanka", c=DC, v=1.24e9, cur="USD", d="up", pct=4.3, b="yoy",
        **M(2027, 5), src=["Export Development Board", "EDB"])]),

    # 9 Nepal, fiscal year from mid-July, deficit up
    ("Nepal's trade deficit stood at Rs 1.18 trillion in the first ten months of the current "
     "fiscal year 2083/84, up 8.9 percent from the same period last fiscal year, according to "
     "the Department of Customs.",
     [R(f="balance", r="Nepal", bal="deficit", v=1.18e12, cur="NPR", d=DC, pct=8.9, b="yoy",
        **NP10, src="Department of Customs")]),

    # 10 Myanmar, April-March fiscal year, border trade with China
    ("Myanmar's border trade with China totalled $2.87 billion in the 2026-27 fiscal year that "
     "ended on March 31, down from $3.31 billion in the previous fiscal year, the Ministry of "
     "Commerce said.",
     [R(f="total", r="Myanmar", p="China", c=[None, "border trade"], v=2.87e9, cur="USD",
        d="down", pct=DC, by=DC, byc=DC, b=DC, **FYAM(2026), src="Ministry of Commerce"),
      OPT(f="total", r="Myanmar", p="China", c=[None, "border trade"], v=3.31e9, cur="USD",
          **FYAM(2025))]),

    # 11 Mongolia, coal volume with an absolute change, value with its own change, tugriks
    ("Mongolia shipped 33.8 million tonnes of coal abroad in the first five months, 2.1 million "
     "tonnes more than a year earlier, the National Statistics Office said, though earnings from "
     "the fuel slid 17% to $3.1 billion (about 10.6 trillion tugriks) on weaker prices.",
     [R(f="export", r="Mongolia", c="coal", vol=33.8e6, u=TON, v=DC, cur=DC, vq=DC, d="up",
        by=2.1e6, byc=TONS, pct=DC, b="yoy", **YTD(2027, 5), src=["National Statistics Office", "NSO"]),
      R(f="export", r="Mongolia", c="coal", v=[3.1e9, 10.6e12], cur=["USD", "MNT"],
        vq=[None] + ABOUT, vol=DC, u=DC, d="down", pct=17, b=DC, **YTD(2027, 5),
        src=["National Statistics Office", "NSO", None])]),

    # 12 Peru, a record, source citing another source
    ("Peruvian exports hit a record US$7.85 billion in April, up 21.6% from the same month of "
     "2026, powered by copper, gold and blueberries, trade association ADEX said, citing Sunat "
     "customs data.",
     [R(f="export", r="Peru", v=7.85e9, cur="USD", vq=RECORD, d="up", pct=21.6, b="yoy",
        **M(2027, 4), src=["ADEX", "Sunat"])]),

    # 13 Paraguay, a volume range and an approximate value
    ("Paraguay shipped an estimated 5.3 million to 5.5 million tonnes of soybeans between "
     "January and May, worth some $2.2 billion, according to the Chamber of Grain and Oilseed "
     "Exporters and Traders (Capeco).",
     [R(f="export", r="Paraguay", c="soy", vol=5.3e6, volh=5.5e6, u=TON, volq=DC, v=2.2e9,
        cur="USD", vq=ABOUT, **YTD(2027, 5), src=["Capeco", "Chamber of Grain"])]),

    # 14 Jamaica, an absolute change of the fuel import bill in a quarter
    ("Jamaica's import bill for fuel rose by US$112 million to US$1.46 billion in the "
     "January-March quarter, the Statistical Institute of Jamaica (STATIN) said.",
     [R(f="import", r="Jamaica", c="fuel", v=1.46e9, cur="USD", d="up", by=112e6, byc="USD",
        pct=DC, b=DC, **Q(2027, 1), src=["Statistical Institute of Jamaica", "STATIN"])]),

    # 15 Oman, rials, cumulative "by the end of April"
    ("Oman's non-oil exports rose 14.7 per cent to RO 2.93 billion by the end of April, data "
     "from the National Centre for Statistics and Information (NCSI) showed.",
     [R(f="export", r="Oman", c="non-oil", v=2.93e9, cur="OMR", d="up", pct=14.7, b=DC,
        **CUM(2027, 4), src=["National Centre for Statistics and Information", "NCSI"])]),

    # 16 Qatar, a surplus narrowing with two stated changes
    ("Qatar's merchandise trade surplus narrowed to QR15.9bn in April, down 23.4% year-on-year "
     "and 4.1% lower month-on-month, the Planning and Statistics Authority said.",
     [R(f="balance", r="Qatar", bal="surplus", c=DC, v=15.9e9, cur="QAR", d="down",
        pct=[23.4, 4.1], b=["yoy", "mom"], **M(2027, 4),
        src=["Planning and Statistics Authority", "PSA"]),
      OPT(f="balance", r="Qatar", bal="surplus", c=DC, v=15.9e9, cur="QAR", d="down",
          pct=[23.4, 4.1], b=["yoy", "mom"], **M(2027, 4))]),

    # 17 Fiji, "$" is the Fiji dollar, an absolute change
    ("Fiji's total imports were valued at $1.58 billion in the January-April period, an "
     "increase of $134.2 million from the same period in 2026, the Fiji Bureau of Statistics "
     "said.",
     [R(f="import", r="Fiji", c=DC, v=1.58e9, cur="FJD", d="up", by=134.2e6, byc="FJD",
        pct=DC, b="yoy", **YTD(2027, 4), src=["Fiji Bureau of Statistics", "FBoS"])]),

    # 18 Japan, yen, partner given first
    ("Shipments from Japan to the United States, its largest export market, dropped 9.7% "
     "on-year to 1.61 trillion yen in May as car exports slumped, Finance Ministry data showed.",
     [R(f="export", r="Japan", p=US, v=1.61e12, cur="JPY", d="down", pct=9.7, b="yoy",
        **M(2027, 5), src=["Finance Ministry", "Ministry of Finance"])]),

    # 19 South Korea named by description, a ten-day period
    ("Exports from Asia's fourth-largest economy rose 6.8% from a year earlier to $16.3 billion "
     "in the first 10 days of June, South Korea's customs agency said.",
     [R(f="export", r=KR, v=16.3e9, cur="USD", d="up", pct=6.8, b="yoy",
        **PR("2027-06-01", "2027-06-10"), src=["customs", "Korea Customs Service"])]),

    # 20 Kazakhstan, tenge, a marketing year given by its months
    ("Kazakhstan's grain and flour exports brought in 1.14 trillion tenge (about $2.2 billion) in "
     "September-May, the first nine months of the 2026/27 marketing year, the Ministry of "
     "Agriculture said.",
     [R(f="export", r="Kazakhstan", c=["grain", "flour"], v=[1.14e12, 2.2e9], cur=["KZT", "USD"],
        vq=[None] + ABOUT, **PR("2026-09-01", "2027-05-31"), src="Ministry of Agriculture")]),

    # 21 Ecuador, a tariff rate on one partner's goods
    ("Ecuador has applied a 27% tariff to all imports from Colombia since May 1, escalating a "
     "dispute over border security and electricity sales, the foreign trade ministry said.",
     [TAR(r="Ecuador", p="Colombia", c=DC, rate=27)]),

    # 22 Kazakhstan, a duty raised, the old rate optional
    ("Kazakhstan raised the import duty on new passenger cars from outside the Eurasian Economic "
     "Union to 15% from 5% on June 1, the Ministry of Trade and Integration said.",
     [TAR(r="Kazakhstan", c="car", rate=15),
      OPT(f="tariff", r="Kazakhstan", c="car", rate=5, ps=DC, pe=DC)]),

    # ================================================================ paragraphs
    # 23 Kazakhstan, turnover, exports, imports, partners of the turnover
    ("Kazakhstan's foreign trade turnover totalled $46.2 billion in January-April 2027, up 3.8% "
     "from the same period a year earlier, the Bureau of National Statistics said. Exports fell "
     "1.9% to $26.1 billion, while imports rose 12.4% to $20.1 billion. China remained the "
     "country's largest trading partner with $9.3 billion, followed by Russia with $8.0 billion "
     "and Italy with $4.4 billion.",
     [R(f="total", r="Kazakhstan", c=DC, v=46.2e9, cur="USD", d="up", pct=3.8, b="yoy",
        **YTD(2027, 4), src=["Bureau of National Statistics", "National Statistics"]),
      R(f="export", r="Kazakhstan", v=26.1e9, cur="USD", d="down", pct=1.9, b=DC,
        **YTD(2027, 4), src=["Bureau of National Statistics", "National Statistics"]),
      R(f="import", r="Kazakhstan", v=20.1e9, cur="USD", d="up", pct=12.4, b=DC,
        **YTD(2027, 4), src=["Bureau of National Statistics", "National Statistics"]),
      R(f="total", r="Kazakhstan", p="China", v=9.3e9, cur="USD", **YTD(2027, 4),
        src=["Bureau of National Statistics", "National Statistics"]),
      R(f="total", r="Kazakhstan", p=RU, v=8.0e9, cur="USD", **YTD(2027, 4),
        src=["Bureau of National Statistics", "National Statistics"]),
      R(f="total", r="Kazakhstan", p="Italy", v=4.4e9, cur="USD", **YTD(2027, 4),
        src=["Bureau of National Statistics", "National Statistics"])]),

    # 24 Uzbekistan, "respectively", "the former"/"the latter", percent-only changes
    ("Uzbekistan's trade with Russia and China reached $4.1 billion and $3.9 billion "
     "respectively in the first quarter, the Statistics Agency said. Exports to the former rose "
     "16%, while shipments to the latter fell 4%. Overall, the republic ran a trade deficit of "
     "$2.6 billion in January-March.",
     [R(f="total", r="Uzbekistan", p=RU, v=4.1e9, cur="USD", **Q(2027, 1), src="Statistics Agency"),
      R(f="total", r="Uzbekistan", p="China", v=3.9e9, cur="USD", **Q(2027, 1),
        src="Statistics Agency"),
      R(f="export", r="Uzbekistan", p=RU, d="up", pct=16, b=DC, **Q(2027, 1),
        src="Statistics Agency"),
      R(f="export", r="Uzbekistan", p="China", d="down", pct=4, b=DC, **Q(2027, 1),
        src="Statistics Agency"),
      R(f="balance", r="Uzbekistan", bal="deficit", v=2.6e9, cur="USD", **Q(2027, 1),
        src="Statistics Agency")]),

    # 25 Georgia, turnover, exports, imports, re-exported cars
    ("Georgia's external merchandise trade amounted to $9.14 billion in January-May 2027, a 6.2 "
     "percent increase year-on-year, according to preliminary data from Geostat. Exports stood "
     "at $2.47 billion, up 11.5 percent, and imports at $6.67 billion, up 4.4 percent. "
     "Re-exports of cars, the country's single largest export item, brought in $486 million.",
     [R(f="total", r="Georgia", c=DC, v=9.14e9, cur="USD", vq=DC, d="up", pct=6.2, b="yoy",
        **YTD(2027, 5), src="Geostat"),
      R(f="export", r="Georgia", v=2.47e9, cur="USD", vq=DC, d="up", pct=11.5, b=DC,
        **YTD(2027, 5), src="Geostat"),
      R(f="import", r="Georgia", v=6.67e9, cur="USD", vq=DC, d="up", pct=4.4, b=DC,
        **YTD(2027, 5), src="Geostat"),
      R(f="export", r="Georgia", c=["car", "vehicle"], v=486e6, cur="USD", vq=DC,
        **YTD(2027, 5), src="Geostat")]),

    # 26 Morocco, goods breakdown, source in the second sentence
    ("Morocco's automotive sector remained its leading export earner in the first four months of "
     "the year. Shipments of cars and components brought in 58.4 billion dirhams, up 7.3% from "
     "a year earlier, according to the Foreign Exchange Office. Phosphates and derivatives "
     "followed with 27.1 billion dirhams, a rise of 15.6%, while textile and leather exports "
     "slipped 2.1% to 14.9 billion dirhams.",
     [R(f="export", r="Morocco", c=["automotive", "car"], v=58.4e9, cur="MAD", d="up", pct=7.3,
        b="yoy", **YTD(2027, 4), src=["Foreign Exchange Office", "Office des Changes"]),
      R(f="export", r="Morocco", c="phosphate", v=27.1e9, cur="MAD", d="up", pct=15.6, b=DC,
        **YTD(2027, 4), src=["Foreign Exchange Office", "Office des Changes"]),
      R(f="export", r="Morocco", c=["textile", "leather"], v=14.9e9, cur="MAD", d="down", pct=2.1,
        b=DC, **YTD(2027, 4), src=["Foreign Exchange Office", "Office des Changes"])]),

    # 27 Tunisia, deficit narrowing against its base, energy deficit, a share
    ("Tunisia's trade deficit narrowed to 6.42 billion dinars at the end of May, from 7.31 "
     "billion dinars a year earlier, the National Institute of Statistics (INS) said on Monday. "
     "Exports grew 5.1% to 26.8 billion dinars and imports rose 1.5% to 33.2 billion dinars. The "
     "energy deficit alone reached 4.9 billion dinars, accounting for 76% of the overall gap.",
     [R(f="balance", r="Tunisia", bal="deficit", c=DC, v=6.42e9, cur="TND", d=DC, pct=DC, by=DC,
        byc=DC, b="yoy", **CUM(2027, 5), src=["National Institute of Statistics", "INS"]),
      OPT(f="balance", r="Tunisia", bal="deficit", c=DC, v=7.31e9, cur="TND", **CUM(2026, 5)),
      R(f="export", r="Tunisia", v=26.8e9, cur="TND", d="up", pct=5.1, b=DC, **CUM(2027, 5),
        src=["National Institute of Statistics", "INS"]),
      R(f="import", r="Tunisia", v=33.2e9, cur="TND", d="up", pct=1.5, b=DC, **CUM(2027, 5),
        src=["National Institute of Statistics", "INS"]),
      R(f="balance", r="Tunisia", bal="deficit", c="energy", v=4.9e9, cur="TND", **CUM(2027, 5),
        src=["National Institute of Statistics", "INS"])]),

    # 28 Senegal, CFA francs, month-on-month
    ("Senegal's exports of goods rose to 312.6 billion CFA francs in April, up 24.8% from March, "
     "driven by crude oil and gold, the National Agency for Statistics and Demography (ANSD) "
     "said. Imports, on the other hand, fell 3.7% over the month to 498.1 billion CFA francs. "
     "Sales of crude oil abroad alone amounted to 121.3 billion CFA francs.",
     [R(f="export", r="Senegal", c=DC, v=312.6e9, cur="XOF", d="up", pct=24.8, b="mom",
        **M(2027, 4), src=["National Agency for Statistics and Demography", "ANSD"]),
      R(f="import", r="Senegal", v=498.1e9, cur="XOF", d="down", pct=3.7, b="mom", **M(2027, 4),
        src=["National Agency for Statistics and Demography", "ANSD"]),
      R(f="export", r="Senegal", c="crude oil", v=121.3e9, cur="XOF", **M(2027, 4),
        src=["National Agency for Statistics and Demography", "ANSD"])]),

    # 29 Ghana, cocoa season October-April, a base, "over the same period"
    ("Ghana earned $2.9 billion from cocoa bean and product exports between October 2026 and "
     "April 2027, the first seven months of the 2026/27 season, up from $1.7 billion in the same "
     "period of the previous season, Bank of Ghana data showed. Gold exports over the same "
     "period totalled $9.6 billion. Crude oil receipts, by contrast, eased to $1.4 billion.",
     [R(f="export", r="Ghana", c="cocoa", v=2.9e9, cur="USD", d="up", pct=DC, by=DC, byc=DC,
        b=DC, **PR("2026-10-01", "2027-04-30"), src="Bank of Ghana"),
      OPT(f="export", r="Ghana", c="cocoa", v=1.7e9, cur="USD", **PR("2025-10-01", "2026-04-30")),
      R(f="export", r="Ghana", c="gold", v=9.6e9, cur="USD", **PR("2026-10-01", "2027-04-30"),
        src="Bank of Ghana"),
      R(f="export", r="Ghana", c="crude oil", v=1.4e9, cur="USD", d="down", b=DC,
        **PR("2026-10-01", "2027-04-30"), src="Bank of Ghana")]),

    # 30 Tanzania, year to April, goods and a services export, imports against a base
    ("Tanzania's gold exports rose 31 percent to $4.7 billion in the year to April, the Bank of "
     "Tanzania said in its latest monthly economic review. Cashew nut exports more than doubled "
     "to $812 million over the same period, while earnings from tourism, the country's biggest "
     "services export, increased to $3.9 billion. Goods imports, however, slipped to $13.2 "
     "billion from $13.8 billion.",
     [R(f="export", r="Tanzania", c="gold", v=4.7e9, cur="USD", d="up", pct=31, b=DC,
        **PR("2026-05-01", "2027-04-30"), src="Bank of Tanzania"),
      R(f="export", r="Tanzania", c="cashew", v=812e6, cur="USD", d="up", pct=DC, cq=DC, b=DC,
        **PR("2026-05-01", "2027-04-30"), src="Bank of Tanzania"),
      R(f="export", r="Tanzania", c=["tourism", "travel"], v=3.9e9, cur="USD", d="up", b=DC,
        **PR("2026-05-01", "2027-04-30"), src="Bank of Tanzania"),
      R(f="import", r="Tanzania", c=DC, v=13.2e9, cur="USD", d="down", pct=DC, by=DC, byc=DC,
        b=DC, **PR("2026-05-01", "2027-04-30"), src="Bank of Tanzania"),
      OPT(f="import", r="Tanzania", c=DC, v=13.8e9, cur="USD", ps=DC, pe=DC)]),

    # 31 Zambia, kwacha surplus with a base, a share, import sources without amounts
    ("Zambia posted a trade surplus of K6.1 billion in May, up from K4.3 billion in April, "
     "ZamStats said in its monthly bulletin. Export earnings stood at K31.7 billion, with copper "
     "accounting for 74.2 percent of the total. Imports, valued at K25.6 billion, were mainly "
     "sourced from South Africa, China and the United Arab Emirates.",
     [R(f="balance", r="Zambia", bal="surplus", v=6.1e9, cur="ZMW", d="up", pct=DC, by=DC,
        byc=DC, b=DC, **M(2027, 5), src=["ZamStats", "Zambia Statistics Agency"]),
      OPT(f="balance", r="Zambia", bal="surplus", v=4.3e9, cur="ZMW", **M(2027, 4)),
      R(f="export", r="Zambia", v=31.7e9, cur="ZMW", **M(2027, 5),
        src=["ZamStats", "Zambia Statistics Agency"]),
      R(f="import", r="Zambia", v=25.6e9, cur="ZMW", **M(2027, 5),
        src=["ZamStats", "Zambia Statistics Agency"])]),

    # 32 Sri Lanka, apparel by market, then tea in rupees (other source)
    ("Sri Lanka's apparel exports rose 6.8% to $462 million in April from a year earlier, "
     "according to the Joint Apparel Association Forum (JAAF). Shipments to the United States, "
     "the industry's biggest market, climbed 9.1% to $187 million, while those to the European "
     "Union declined 2.4% to $138 million. Tea export earnings, meanwhile, amounted to Rs 38.6 "
     "billion in the month.",
     [R(f="export", r="Sri Lanka", c=["apparel", "garment"], v=462e6, cur="USD", d="up", pct=6.8,
        b="yoy", **M(2027, 4), src=["Joint Apparel Association Forum", "JAAF"]),
      R(f="export", r="Sri Lanka", p=US, c=["apparel", "garment"], v=187e6, cur="USD", d="up",
        pct=9.1, b=DC, **M(2027, 4), src=["Joint Apparel Association Forum", "JAAF"]),
      R(f="export", r="Sri Lanka", p=EU, c=["apparel", "garment"], v=138e6, cur="USD", d="down",
        pct=2.4, b=DC, **M(2027, 4), src=["Joint Apparel Association Forum", "JAAF"]),
      R(f="export", r="Sri Lanka", c="tea", v=38.6e9, cur="LKR", **M(2027, 4), src=DC)]),

    # 33 Nepal, India in "the southern neighbour", change in its own sentence, a base
    ("Nepal's imports from India amounted to Rs 1.02 trillion in the first ten months of fiscal "
     "year 2083/84, which began in mid-July, according to the Department of Customs. That was "
     "9.6 percent higher than in the same period a year ago. Exports to the southern neighbour, "
     "dominated by soybean oil and palm oil, rose to Rs 118.4 billion from Rs 92.7 billion.",
     [R(f="import", r="Nepal", p="India", v=1.02e12, cur="NPR", d="up", pct=9.6, b="yoy",
        **NP10, src="Department of Customs"),
      R(f="export", r="Nepal", p="India", v=118.4e9, cur="NPR", d="up", pct=DC, by=DC, byc=DC,
        b=DC, **NP10, src="Department of Customs"),
      OPT(f="export", r="Nepal", p="India", v=92.7e9, cur="NPR", **NP10_PREV)]),

    # 34 Myanmar, fiscal year, maritime and border trade, written-out deficit
    ("Myanmar's external trade fell to $26.4 billion in the 2026-27 fiscal year, which ended in "
     "March, from $28.9 billion a year earlier, Commerce Ministry figures show. Maritime trade "
     "accounted for $20.1 billion of the total and border trade for $6.3 billion. Exports "
     "reached $12.2 billion, leaving a deficit of about two billion dollars.",
     [R(f="total", r="Myanmar", c=DC, v=26.4e9, cur="USD", d="down", pct=DC, by=DC, byc=DC,
        b="yoy", **FYAM(2026), src=["Commerce Ministry", "Ministry of Commerce"]),
      OPT(f="total", r="Myanmar", c=DC, v=28.9e9, cur="USD", **FYAM(2025)),
      R(f="total", r="Myanmar", c=[None, "maritime"], v=20.1e9, cur="USD", **FYAM(2026),
        src=["Commerce Ministry", "Ministry of Commerce"]),
      R(f="total", r="Myanmar", c=[None, "border"], v=6.3e9, cur="USD", **FYAM(2026),
        src=["Commerce Ministry", "Ministry of Commerce"]),
      R(f="export", r="Myanmar", v=12.2e9, cur="USD", **FYAM(2026),
        src=["Commerce Ministry", "Ministry of Commerce"]),
      R(f="balance", r="Myanmar", bal="deficit", v=2e9, cur="USD", vq=ABOUT, **FYAM(2026),
        src=["Commerce Ministry", "Ministry of Commerce"])]),

    # 35 Cambodia, "the kingdom", biggest buyer with others unquantified
    ("Cambodia's international trade reached $24.8 billion in the first five months of 2027, up "
     "14.6 percent year-on-year, the General Department of Customs and Excise reported. The "
     "kingdom's exports totalled $11.9 billion, a rise of 17.9 percent, while imports increased "
     "11.8 percent to $12.9 billion. The United States was the largest buyer of Cambodian goods, "
     "taking $4.2 billion, followed by Vietnam and China.",
     [R(f="total", r="Cambodia", v=24.8e9, cur="USD", d="up", pct=14.6, b="yoy", **YTD(2027, 5),
        src=["General Department of Customs and Excise", "GDCE", "customs"]),
      R(f="export", r="Cambodia", v=11.9e9, cur="USD", d="up", pct=17.9, b=DC, **YTD(2027, 5),
        src=["General Department of Customs and Excise", "GDCE", "customs"]),
      R(f="import", r="Cambodia", v=12.9e9, cur="USD", d="up", pct=11.8, b=DC, **YTD(2027, 5),
        src=["General Department of Customs and Excise", "GDCE", "customs"]),
      R(f="export", r="Cambodia", p=US, c=DC, v=4.2e9, cur="USD", **YTD(2027, 5),
        src=["General Department of Customs and Excise", "GDCE", "customs"])]),

    # 36 Laos, "more than", goods list, an import range
    ("Laos earned more than $1.9 billion from exports in the first quarter of 2027, according to "
     "the Ministry of Industry and Commerce. Electricity remained the top export, at $412 "
     "million, followed by gold ore at $287 million and cassava at $164 million. Imports during "
     "the period came to between $1.5 billion and $1.6 billion, preliminary estimates show.",
     [R(f="export", r="Laos", v=1.9e9, cur="USD", vq=OVER, **Q(2027, 1),
        src="Ministry of Industry and Commerce"),
      R(f="export", r="Laos", c="electricity", v=412e6, cur="USD", **Q(2027, 1),
        src="Ministry of Industry and Commerce"),
      R(f="export", r="Laos", c="gold", v=287e6, cur="USD", **Q(2027, 1),
        src="Ministry of Industry and Commerce"),
      R(f="export", r="Laos", c="cassava", v=164e6, cur="USD", **Q(2027, 1),
        src="Ministry of Industry and Commerce"),
      R(f="import", r="Laos", v=1.5e9, vh=1.6e9, cur="USD", vq=DC, **Q(2027, 1), src=DC)]),

    # 37 Mongolia, "of that", a surplus shrinking by an amount
    ("Mongolia's foreign trade turnover amounted to $7.6 billion in the first five months of "
     "this year, the National Statistics Office said on Monday. Of that, exports accounted for "
     "$4.9 billion and imports for $2.7 billion, resulting in a surplus of $2.2 billion. "
     "Compared with the same period of last year, the surplus shrank by $640 million, mainly due "
     "to lower coal prices.",
     [R(f="total", r="Mongolia", v=7.6e9, cur="USD", **YTD(2027, 5),
        src=["National Statistics Office", "NSO"]),
      R(f="export", r="Mongolia", v=4.9e9, cur="USD", **YTD(2027, 5),
        src=["National Statistics Office", "NSO"]),
      R(f="import", r="Mongolia", v=2.7e9, cur="USD", **YTD(2027, 5),
        src=["National Statistics Office", "NSO"]),
      R(f="balance", r="Mongolia", bal="surplus", v=2.2e9, cur="USD", d="down", by=640e6,
        byc="USD", pct=DC, b="yoy", **YTD(2027, 5), src=["National Statistics Office", "NSO"])]),

    # 38 Peru, agro-exports by product, a percent-only fall
    ("Peru's agro-exports reached US$4.31 billion between January and April, 12.4% more than in "
     "the same period of 2026, the Ministry of Agrarian Development and Irrigation (Midagri) "
     "reported. Blueberries led with US$612 million, followed by avocados with US$488 million "
     "and grapes with US$401 million. Shipments of coffee, however, fell 8.3% in value.",
     [R(f="export", r="Peru", c=["agro", "agricultur"], v=4.31e9, cur="USD", d="up", pct=12.4,
        b="yoy", **YTD(2027, 4), src=["Midagri", "Ministry of Agrarian Development"]),
      R(f="export", r="Peru", c="blueberr", v=612e6, cur="USD", **YTD(2027, 4),
        src=["Midagri", "Ministry of Agrarian Development"]),
      R(f="export", r="Peru", c="avocado", v=488e6, cur="USD", **YTD(2027, 4),
        src=["Midagri", "Ministry of Agrarian Development"]),
      R(f="export", r="Peru", c="grape", v=401e6, cur="USD", **YTD(2027, 4),
        src=["Midagri", "Ministry of Agrarian Development"]),
      R(f="export", r="Peru", c="coffee", d="down", pct=8.3, b=DC, **YTD(2027, 4),
        src=["Midagri", "Ministry of Agrarian Development"])]),

    # 39 Ecuador, non-oil, shrimp, bananas with volume and value, oil
    ("Ecuador's non-oil exports totalled $8.74 billion in January-April, up 10.2 percent, the "
     "Central Bank of Ecuador said. Shrimp, the country's main non-oil product, brought in $2.31 "
     "billion, while banana exports reached 2.18 million tonnes worth $1.29 billion. Oil "
     "exports, by contrast, dropped 19 percent to $2.05 billion as crude prices fell.",
     [R(f="export", r="Ecuador", c="non-oil", v=8.74e9, cur="USD", d="up", pct=10.2, b=DC,
        **YTD(2027, 4), src=["Central Bank of Ecuador", "Central Bank", "BCE"]),
      R(f="export", r="Ecuador", c="shrimp", v=2.31e9, cur="USD", **YTD(2027, 4),
        src=["Central Bank of Ecuador", "Central Bank", "BCE"]),
      R(f="export", r="Ecuador", c="banana", v=1.29e9, cur="USD", vol=2.18e6, u=TON,
        **YTD(2027, 4), src=["Central Bank of Ecuador", "Central Bank", "BCE"]),
      R(f="export", r="Ecuador", c=["oil", "crude"], v=2.05e9, cur="USD", d="down", pct=19, b=DC,
        **YTD(2027, 4), src=["Central Bank of Ecuador", "Central Bank", "BCE"])]),

    # 40 Paraguay, beef value down and volume up, destinations
    ("Paraguay's beef exports generated US$702 million between January and May, 4% less than in "
     "the same period last year, although volumes rose 6% to 151,000 tonnes, according to the "
     "National Animal Health and Quality Service (Senacsa). Chile remained the main destination, "
     "with purchases of US$231 million, followed by Taiwan with US$118 million.",
     [R(f="export", r="Paraguay", c="beef", v=702e6, cur="USD", vol=DC, u=DC, d="down", pct=4,
        b="yoy", **YTD(2027, 5), src=["Senacsa", "National Animal Health"]),
      R(f="export", r="Paraguay", c="beef", v=DC, cur=DC, vol=151000, u=TON, d="up", pct=6, b=DC,
        **YTD(2027, 5), src=["Senacsa", "National Animal Health"]),
      R(f="export", r="Paraguay", p="Chile", c="beef", v=231e6, cur="USD", **YTD(2027, 5),
        src=["Senacsa", "National Animal Health"]),
      R(f="export", r="Paraguay", p="Taiwan", c="beef", v=118e6, cur="USD", **YTD(2027, 5),
        src=["Senacsa", "National Animal Health"])]),

    # 41 Uruguay, destinations, pulp with an approximate change
    ("Uruguay's goods exports, including shipments from free zones, reached US$5.02 billion in "
     "the first five months, up 3.1% year on year, the export promotion agency Uruguay XXI said. "
     "China was again the leading destination at US$1.14 billion, ahead of Brazil at US$896 "
     "million. Pulp exports, which leave the country mostly from free zones, fell almost 11% to "
     "US$1.03 billion.",
     [R(f="export", r="Uruguay", c=DC, v=5.02e9, cur="USD", d="up", pct=3.1, b="yoy",
        **YTD(2027, 5), src="Uruguay XXI"),
      R(f="export", r="Uruguay", p="China", v=1.14e9, cur="USD", **YTD(2027, 5), src="Uruguay XXI"),
      R(f="export", r="Uruguay", p="Brazil", v=896e6, cur="USD", **YTD(2027, 5), src="Uruguay XXI"),
      R(f="export", r="Uruguay", c="pulp", v=1.03e9, cur="USD", d="down", pct=11, cq=NEARLY, b=DC,
        **YTD(2027, 5), src="Uruguay XXI")]),

    # 42 Costa Rica, colones and dollars
    ("Costa Rica's goods trade deficit stood at ¢1.12 trillion (about $2.2 billion) in the first "
     "quarter, the Central Bank of Costa Rica (BCCR) reported. Exports rose 9.4% to $5.6 "
     "billion, led by companies operating under the free-zone regime, while imports increased "
     "6.1% to $7.8 billion.",
     [R(f="balance", r="Costa Rica", bal="deficit", c=DC, v=[1.12e12, 2.2e9], cur=["CRC", "USD"],
        vq=[None] + ABOUT, **Q(2027, 1), src=["Central Bank of Costa Rica", "BCCR"]),
      R(f="export", r="Costa Rica", v=5.6e9, cur="USD", d="up", pct=9.4, b=DC, **Q(2027, 1),
        src=["Central Bank of Costa Rica", "BCCR"]),
      R(f="import", r="Costa Rica", v=7.8e9, cur="USD", d="up", pct=6.1, b=DC, **Q(2027, 1),
        src=["Central Bank of Costa Rica", "BCCR"])]),

    # 43 Dominican Republic, "these goods", half a billion
    ("The Dominican Republic's national exports, which exclude free-zone sales, grew 8.2% to "
     "US$1.74 billion in the first four months, the Dominican Export and Investment Centre "
     "(ProDominicana) said. Haiti was the main market for these goods, absorbing US$312 million, "
     "down from US$338 million a year earlier. Gold exports alone reached almost half a billion "
     "dollars.",
     [R(f="export", r=DR, c=DC, v=1.74e9, cur="USD", d="up", pct=8.2, b=DC, **YTD(2027, 4),
        src=["ProDominicana", "Dominican Export and Investment"]),
      R(f="export", r=DR, p="Haiti", c=DC, v=312e6, cur="USD", d="down", pct=DC, by=DC, byc=DC,
        b="yoy", **YTD(2027, 4), src=["ProDominicana", "Dominican Export and Investment"]),
      OPT(f="export", r=DR, p="Haiti", c=DC, v=338e6, cur="USD", **YTD(2026, 4)),
      R(f="export", r=DR, c="gold", v=0.5e9, cur="USD", vq=NEARLY, **YTD(2027, 4),
        src=["ProDominicana", "Dominican Export and Investment"])]),

    # 44 Jamaica, fiscal year April-March, deficit widening without a number
    ("Jamaica's merchandise trade deficit widened to US$5.87 billion in fiscal year 2026/27, "
     "which ended in March, according to data from the Statistical Institute of Jamaica. Total "
     "imports rose 5.3 per cent to US$7.31 billion, while exports edged down to US$1.44 billion. "
     "Alumina, the island's main export, earned US$612.5 million, down 7.8 per cent.",
     [R(f="balance", r="Jamaica", bal="deficit", c=DC, v=5.87e9, cur="USD", d=DC, b=DC,
        **FYAM(2026), src=["Statistical Institute of Jamaica", "STATIN"]),
      R(f="import", r="Jamaica", c=DC, v=7.31e9, cur="USD", d="up", pct=5.3, b=DC, **FYAM(2026),
        src=["Statistical Institute of Jamaica", "STATIN"]),
      R(f="export", r="Jamaica", v=1.44e9, cur="USD", d="down", b=DC, **FYAM(2026),
        src=["Statistical Institute of Jamaica", "STATIN"]),
      R(f="export", r="Jamaica", c="alumina", v=612.5e6, cur="USD", d="down", pct=7.8, b=DC,
        **FYAM(2026), src=["Statistical Institute of Jamaica", "STATIN"])]),

    # 45 Serbia, euros, coverage ratio (no figure), a bilateral deficit over another period
    ("Serbia's exports amounted to 3.41 billion euros in April, up 7.2 percent on the same month "
     "last year, while imports reached 4.37 billion euros, the Statistical Office of the "
     "Republic of Serbia said. The coverage of imports by exports was 78 percent. The largest "
     "deficit was recorded in trade with China, at 1.58 billion euros in the first four months.",
     [R(f="export", r="Serbia", v=3.41e9, cur="EUR", d="up", pct=7.2, b="yoy", **M(2027, 4),
        src="Statistical Office"),
      R(f="import", r="Serbia", v=4.37e9, cur="EUR", **M(2027, 4), src="Statistical Office"),
      R(f="balance", r="Serbia", p="China", bal="deficit", v=1.58e9, cur="EUR", **YTD(2027, 4),
        src="Statistical Office")]),

    # 46 Croatia, euros, imports "roughly the same", one market's amount
    ("Croatia's exports of goods in the first quarter were worth 6.1 billion euros, 2.3 percent "
     "less than a year earlier, according to the Croatian Bureau of Statistics (DZS). Imports "
     "totalled 10.9 billion euros, roughly the same as in the first quarter of 2026. Italy, "
     "Germany and Slovenia were the main export markets, with Italy alone taking goods worth 872 "
     "million euros.",
     [R(f="export", r="Croatia", c=DC, v=6.1e9, cur="EUR", d="down", pct=2.3, b="yoy",
        **Q(2027, 1), src=["Croatian Bureau of Statistics", "DZS"]),
      R(f="import", r="Croatia", v=10.9e9, cur="EUR", d=DC, pct=[None, 0], cq=DC, b=DC,
        **Q(2027, 1), src=["Croatian Bureau of Statistics", "DZS"]),
      R(f="export", r="Croatia", p="Italy", c=DC, v=872e6, cur="EUR", **Q(2027, 1),
        src=["Croatian Bureau of Statistics", "DZS"])]),

    # 47 Slovakia, "That was ... more", surplus up by an amount
    ("Slovakia, the world's biggest car producer per capita, posted a foreign trade surplus of "
     "682.4 million euros in April, the Statistical Office said. That was 211 million euros more "
     "than a year earlier. Exports grew 4.9% year-on-year to 10.37 billion euros, while imports "
     "rose 2.8% to 9.69 billion euros.",
     [R(f="balance", r="Slovakia", bal="surplus", v=682.4e6, cur="EUR", d="up", by=211e6,
        byc="EUR", pct=DC, b="yoy", **M(2027, 4), src="Statistical Office"),
      R(f="export", r="Slovakia", v=10.37e9, cur="EUR", d="up", pct=4.9, b="yoy", **M(2027, 4),
        src="Statistical Office"),
      R(f="import", r="Slovakia", v=9.69e9, cur="EUR", d="up", pct=2.8, b=DC, **M(2027, 4),
        src="Statistical Office")]),

    # 48 Lithuania, exports of Lithuanian origin, deficit smaller by an amount
    ("Lithuanian exports of goods of Lithuanian origin, excluding mineral products, rose 5.6 "
     "percent to 2.87 billion euros in January-April, State Data Agency figures show. Total "
     "exports over the period fell 1.2 percent to 12.3 billion euros, while imports decreased "
     "3.4 percent to 13.9 billion euros. The resulting deficit of 1.6 billion euros was 0.34 "
     "billion euros smaller than a year ago.",
     [R(f="export", r="Lithuania", c=DC, v=2.87e9, cur="EUR", d="up", pct=5.6, b=DC,
        **YTD(2027, 4), src="State Data Agency"),
      R(f="export", r="Lithuania", c=DC, v=12.3e9, cur="EUR", d="down", pct=1.2, b=DC,
        **YTD(2027, 4), src="State Data Agency"),
      R(f="import", r="Lithuania", v=13.9e9, cur="EUR", d="down", pct=3.4, b=DC, **YTD(2027, 4),
        src="State Data Agency"),
      R(f="balance", r="Lithuania", bal="deficit", v=1.6e9, cur="EUR", d=DC, by=0.34e9,
        byc="EUR", pct=DC, b="yoy", **YTD(2027, 4), src="State Data Agency")]),

    # 49 Estonia, changes in their own sentence, an absolute fall to one partner
    ("Estonia exported goods worth 1.52 billion euros and imported goods worth 1.79 billion "
     "euros at current prices in April, Statistics Estonia said. Compared with April last year, "
     "exports fell by 4% and imports by 1%. Exports to Finland, the largest destination country, "
     "declined the most, by 27 million euros.",
     [R(f="export", r="Estonia", c=DC, v=1.52e9, cur="EUR", d="down", pct=4, b="yoy",
        **M(2027, 4), src="Statistics Estonia"),
      R(f="import", r="Estonia", c=DC, v=1.79e9, cur="EUR", d="down", pct=1, b="yoy",
        **M(2027, 4), src="Statistics Estonia"),
      R(f="export", r="Estonia", p="Finland", d="down", by=27e6, byc="EUR", pct=DC, b=DC,
        **M(2027, 4), src="Statistics Estonia")]),

    # 50 Iceland, krónur, deficit against its base, "of which"
    ("Iceland's goods trade deficit amounted to ISK 28.9 billion in May, Statistics Iceland "
     "reported, compared with a deficit of ISK 41.3 billion in May 2026. Exported goods were "
     "valued at ISK 98.2 billion, of which marine products accounted for ISK 33.6 billion and "
     "industrial products, mainly aluminium, for ISK 49.0 billion. Imports amounted to ISK 127.1 "
     "billion.",
     [R(f="balance", r="Iceland", bal="deficit", c=DC, v=28.9e9, cur="ISK", d=DC, pct=DC, by=DC,
        byc=DC, b=DC, **M(2027, 5), src="Statistics Iceland"),
      OPT(f="balance", r="Iceland", bal="deficit", c=DC, v=41.3e9, cur="ISK", **M(2026, 5)),
      R(f="export", r="Iceland", c=DC, v=98.2e9, cur="ISK", **M(2027, 5), src="Statistics Iceland"),
      R(f="export", r="Iceland", c="marine", v=33.6e9, cur="ISK", **M(2027, 5),
        src="Statistics Iceland"),
      R(f="export", r="Iceland", c=["industrial", "alumin"], v=49.0e9, cur="ISK", **M(2027, 5),
        src="Statistics Iceland"),
      R(f="import", r="Iceland", v=127.1e9, cur="ISK", **M(2027, 5), src="Statistics Iceland")]),

    # 51 Oman, rials, cumulative to March, oil and gas, non-oil, re-exports, a destination
    ("The value of Oman's merchandise exports fell 6.2 per cent to RO 7.94 billion by the end of "
     "March 2027, official data showed. Oil and gas exports declined 11.3 per cent to RO 4.88 "
     "billion, while non-oil exports went up 3.4 per cent to RO 2.17 billion and re-exports rose "
     "to RO 889 million. The United Arab Emirates topped the list of destinations for non-oil "
     "exports, with RO 412 million.",
     [R(f="export", r="Oman", c=DC, v=7.94e9, cur="OMR", d="down", pct=6.2, b=DC, **CUM(2027, 3),
        src=DC),
      R(f="export", r="Oman", c=["oil", "gas"], v=4.88e9, cur="OMR", d="down", pct=11.3, b=DC,
        **CUM(2027, 3), src=DC),
      R(f="export", r="Oman", c="non-oil", v=2.17e9, cur="OMR", d="up", pct=3.4, b=DC,
        **CUM(2027, 3), src=DC),
      R(f="export", r="Oman", c=DC, v=889e6, cur="OMR", d="up", b=DC, **CUM(2027, 3), src=DC),
      R(f="export", r="Oman", p=UAE, c="non-oil", v=412e6, cur="OMR", **CUM(2027, 3), src=DC)]),

    # 52 Qatar, riyals, two changes of one value, estimated imports, a destination
    ("Qatar's total exports of goods, including exports of goods of domestic origin and "
     "re-exports, amounted to QR25.3bn in May, a decrease of 12.8% compared to May 2026 and an "
     "increase of 2.1% compared to April 2027, the Planning and Statistics Authority said. "
     "Imports of goods were estimated at around QR9.9bn. China was the main destination of "
     "Qatar's exports in May, with nearly QR4.9bn, or 19.4% of the total.",
     [R(f="export", r="Qatar", c=DC, v=25.3e9, cur="QAR", d=["down", "up"], pct=[12.8, 2.1],
        b=DC, **M(2027, 5), src=["Planning and Statistics Authority", "PSA"]),
      OPT(f="export", r="Qatar", c=DC, v=25.3e9, cur="QAR", d=["down", "up"], pct=[12.8, 2.1],
          **M(2027, 5)),
      R(f="import", r="Qatar", c=DC, v=9.9e9, cur="QAR", vq=DC, **M(2027, 5),
        src=["Planning and Statistics Authority", "PSA"]),
      R(f="export", r="Qatar", p="China", v=4.9e9, cur="QAR", vq=NEARLY, **M(2027, 5),
        src=["Planning and Statistics Authority", "PSA"])]),

    # 53 Jordan, dinars, national exports and re-exports, deficit narrowing by a percent
    ("Jordan's total exports rose 7.4% in the first four months of 2027 to JD3.21 billion, the "
     "Department of Statistics said on Sunday. National exports accounted for JD2.88 billion, "
     "while re-exports stood at JD330 million. Imports dropped 2.2% to JD6.12 billion, narrowing "
     "the trade deficit by 8.7% to JD2.91 billion.",
     [R(f="export", r="Jordan", c=DC, v=3.21e9, cur="JOD", d="up", pct=7.4, b=DC, **YTD(2027, 4),
        src="Department of Statistics"),
      R(f="export", r="Jordan", c=DC, v=2.88e9, cur="JOD", **YTD(2027, 4),
        src="Department of Statistics"),
      R(f="export", r="Jordan", c=DC, v=330e6, cur="JOD", **YTD(2027, 4),
        src="Department of Statistics"),
      R(f="import", r="Jordan", v=6.12e9, cur="JOD", d="down", pct=2.2, b=DC, **YTD(2027, 4),
        src="Department of Statistics"),
      R(f="balance", r="Jordan", bal="deficit", v=2.91e9, cur="JOD", d=DC, pct=8.7, b=DC,
        **YTD(2027, 4), src="Department of Statistics")]),

    # 54 Papua New Guinea, kina, March quarter, quarter-on-quarter, "made up the balance"
    ("Papua New Guinea's export receipts for the March quarter totalled K12.6 billion, the Bank "
     "of Papua New Guinea said in its Quarterly Economic Bulletin. Mineral exports, mainly LNG, "
     "gold and copper, accounted for K10.1 billion, up 14 per cent from the December quarter. "
     "Agricultural, logging and fisheries exports made up the balance, with palm oil earning "
     "K612 million and coffee K298 million.",
     [R(f="export", r="Papua New Guinea", v=12.6e9, cur="PGK", **Q(2027, 1),
        src=["Bank of Papua New Guinea", "BPNG", "central bank"]),
      R(f="export", r="Papua New Guinea", c="mineral", v=10.1e9, cur="PGK", d="up", pct=14, b=QOQ,
        **Q(2027, 1), src=["Bank of Papua New Guinea", "BPNG", "central bank"]),
      R(f="export", r="Papua New Guinea", c="palm oil", v=612e6, cur="PGK", **Q(2027, 1),
        src=["Bank of Papua New Guinea", "BPNG", "central bank"]),
      R(f="export", r="Papua New Guinea", c="coffee", v=298e6, cur="PGK", **Q(2027, 1),
        src=["Bank of Papua New Guinea", "BPNG", "central bank"])]),

    # 55 Kyrgyzstan, a bloc as partner, "the bulk of it"
    ("Kyrgyzstan's trade with member states of the Eurasian Economic Union reached $1.42 billion "
     "in January-April, the National Statistical Committee reported. Imports from the bloc made "
     "up the bulk of it, at $1.19 billion, up 8.5 percent year-on-year, while exports to EAEU "
     "countries slipped 3.2 percent to $231 million. Kazakhstan overtook Russia as the largest "
     "buyer of Kyrgyz goods.",
     [R(f="total", r=KG, p=EAEU, v=1.42e9, cur="USD", **YTD(2027, 4),
        src=["National Statistical Committee", "NSC", "Natstatcom"]),
      R(f="import", r=KG, p=EAEU, v=1.19e9, cur="USD", d="up", pct=8.5, b="yoy", **YTD(2027, 4),
        src=["National Statistical Committee", "NSC", "Natstatcom"]),
      R(f="export", r=KG, p=EAEU, v=231e6, cur="USD", d="down", pct=3.2, b=DC, **YTD(2027, 4),
        src=["National Statistical Committee", "NSC", "Natstatcom"])]),

    # 56 China by description, yuan then dollars, rare earths by volume
    ("Outbound shipments from the world's second-largest economy rose 4.1% year-on-year in yuan "
     "terms to 2.18 trillion yuan in May, China's customs administration said. In dollar terms, "
     "exports grew 2.6% to $306.5 billion. Rare earth exports, which Beijing has restricted since "
     "2025, fell 31% in volume to 3,870 tonnes.",
     [R(f="export", r="China", c=DC, v=[2.18e12, 306.5e9], cur=["CNY", "USD"], d="up",
        pct=[4.1, 2.6], b=DC, **M(2027, 5), src=GAC),
      OPT(f="export", r="China", c=DC, v=[2.18e12, 306.5e9], cur=["CNY", "USD"], d="up",
          pct=[4.1, 2.6], **M(2027, 5)),
      R(f="export", r="China", c="rare earth", vol=3870, u=TON, d="down", pct=31, b=DC,
        **M(2027, 5), src=GAC)]),

    # 57 United States as "America", bilateral gaps, services record
    ("America's goods-and-services deficit shrank 6.3% in April to $61.8 billion, the Commerce "
     "Department said. The shortfall with Mexico, now the country's biggest trading partner, was "
     "$16.1 billion, while the gap with China narrowed to $14.9 billion, the smallest since 2009. "
     "Exports of services hit a record $103.2 billion.",
     [R(f="balance", r=US, bal="deficit", c=DC, v=61.8e9, cur="USD", d=DC, pct=6.3, b=DC,
        **M(2027, 4), src=["Commerce Department", "Department of Commerce", "Census"]),
      R(f="balance", r=US, p="Mexico", bal="deficit", c=DC, v=16.1e9, cur="USD", **M(2027, 4),
        src=["Commerce Department", "Department of Commerce", "Census"]),
      R(f="balance", r=US, p="China", bal="deficit", c=DC, v=14.9e9, cur="USD", d=DC, b=DC,
        **M(2027, 4), src=["Commerce Department", "Department of Commerce", "Census"]),
      R(f="export", r=US, c="services", v=103.2e9, cur="USD", vq=RECORD, **M(2027, 4),
        src=["Commerce Department", "Department of Commerce", "Census"])]),

    # 58 Germany as "Europe's largest economy", month-on-month by partner
    ("Germany's exports to the United States slumped 11.4% on the month in April to 11.9 billion "
     "euros, Destatis said, as tariffs bit. Shipments from Europe's largest economy to China fell "
     "2.0% to 6.6 billion euros, while those to other European Union countries rose 1.3%. "
     "Overall, exports were down 1.7% at 127.3 billion euros, calendar and seasonally adjusted.",
     [R(f="export", r="Germany", p=US, v=11.9e9, cur="EUR", d="down", pct=11.4, b="mom",
        **M(2027, 4), src=["Destatis", "Federal Statistical Office"]),
      R(f="export", r="Germany", p="China", v=6.6e9, cur="EUR", d="down", pct=2.0, b=DC,
        **M(2027, 4), src=["Destatis", "Federal Statistical Office"]),
      R(f="export", r="Germany", p=EU, d="up", pct=1.3, b=DC, **M(2027, 4),
        src=["Destatis", "Federal Statistical Office"]),
      R(f="export", r="Germany", v=127.3e9, cur="EUR", d="down", pct=1.7, b=DC, **M(2027, 4),
        src=["Destatis", "Federal Statistical Office"])]),

    # 59 Indonesia, "85th straight month", a base in the previous month, coal percent only
    ("Indonesia booked a trade surplus for the 85th straight month in May, of $3.12 billion, "
     "Statistics Indonesia (BPS) said, down from $4.30 billion in April. Exports were $22.4 "
     "billion, up 5.2% from a year earlier, with coal shipments falling 14% in value. Imports "
     "rose 8.9% to $19.28 billion.",
     [R(f="balance", r="Indonesia", bal="surplus", v=3.12e9, cur="USD", d="down", pct=DC, by=DC,
        byc=DC, b=DC, **M(2027, 5), src=["Statistics Indonesia", "BPS"]),
      OPT(f="balance", r="Indonesia", bal="surplus", v=4.30e9, cur="USD", **M(2027, 4)),
      R(f="export", r="Indonesia", v=22.4e9, cur="USD", d="up", pct=5.2, b="yoy", **M(2027, 5),
        src=["Statistics Indonesia", "BPS"]),
      R(f="export", r="Indonesia", c="coal", d="down", pct=14, b=DC, **M(2027, 5),
        src=["Statistics Indonesia", "BPS"]),
      R(f="import", r="Indonesia", v=19.28e9, cur="USD", d="up", pct=8.9, b=DC, **M(2027, 5),
        src=["Statistics Indonesia", "BPS"])]),

    # 60 Cameroon, cocoa season August-March, volume down, value up (XAF)
    ("Cameroon's cocoa bean exports fell to 187,400 tonnes in the first eight months of the "
     "2026/27 season (August-March), down 9% from the previous season, the National Cocoa and "
     "Coffee Board (NCCB) said. Earnings from those shipments nevertheless rose to 612 billion "
     "CFA francs thanks to higher prices.",
     [R(f="export", r="Cameroon", c="cocoa", vol=187400, u=TON, v=DC, cur=DC, d="down", pct=9,
        b=DC, **PR("2026-08-01", "2027-03-31"), src=["National Cocoa and Coffee Board", "NCCB"]),
      R(f="export", r="Cameroon", c="cocoa", v=612e9, cur="XAF", vol=DC, u=DC, d="up", b=DC,
        **PR("2026-08-01", "2027-03-31"), src=["National Cocoa and Coffee Board", "NCCB"])]),

    # 61 Switzerland, watches in francs, month and year-to-date
    ("Swiss watch exports dropped 8.9% in May to 2.07 billion francs, the Federation of the Swiss "
     "Watch Industry said on Tuesday. Shipments to the United States, the biggest market, "
     "tumbled 22.5%, while those to Hong Kong edged up 1.4%. In the first five months, exports "
     "were worth 10.6 billion francs, 4.7% below the year-earlier level.",
     [R(f="export", r=CH, c="watch", v=2.07e9, cur="CHF", d="down", pct=8.9, b=DC, **M(2027, 5),
        src=["Federation of the Swiss Watch Industry", "FH"]),
      R(f="export", r=CH, p=US, c="watch", d="down", pct=22.5, b=DC, **M(2027, 5),
        src=["Federation of the Swiss Watch Industry", "FH"]),
      R(f="export", r=CH, p="Hong Kong", c="watch", d="up", pct=1.4, b=DC, **M(2027, 5),
        src=["Federation of the Swiss Watch Industry", "FH"]),
      R(f="export", r=CH, c="watch", v=10.6e9, cur="CHF", d="down", pct=4.7, b="yoy",
        **YTD(2027, 5), src=["Federation of the Swiss Watch Industry", "FH"])]),

    # 62 Armenia, half-years of 2026, "little changed", the whole year
    ("Armenia's exports to Russia fell to $2.1 billion in the second half of 2026 from $3.4 "
     "billion in the first half, as re-exports of gold and electronics dried up, the Statistical "
     "Committee said. Imports from Russia over the six months were little changed at $2.9 "
     "billion. For 2026 as a whole, trade turnover with the country reached $11.2 billion.",
     [R(f="export", r="Armenia", p=RU, v=2.1e9, cur="USD", d="down", pct=DC, by=DC, byc=DC, b=DC,
        **H(2026, 2), src="Statistical Committee"),
      OPT(f="export", r="Armenia", p=RU, v=3.4e9, cur="USD", **H(2026, 1)),
      R(f="import", r="Armenia", p=RU, v=2.9e9, cur="USD", d=DC, pct=[None, 0], cq=DC, b=DC,
        **H(2026, 2), src="Statistical Committee"),
      R(f="total", r="Armenia", p=RU, v=11.2e9, cur="USD", **Y(2026), src="Statistical Committee")]),
]

NEG = [
    # 1 a target
    "Kazakhstan expects its non-resource exports to reach $41 billion by 2029 under a new export "
    "strategy approved by the government on Tuesday, raising the bar from an earlier goal of $35 "
    "billion for that year.",
    # 2 an export ban
    "Zambia has extended its ban on maize and mealie meal exports until the end of September to "
    "protect domestic stocks after a drought cut the harvest, the agriculture ministry said in a "
    "statement.",
    # 3 an export quota
    "Uzbekistan has set a quota of 300,000 tonnes for cotton fibre exports in the 2027/28 season, "
    "the agriculture ministry said, as it pushes local mills to process more of the crop at home.",
    # 4 tariff news without a rate (paragraph)
    "Morocco will start applying anti-dumping duties on school notebooks and some textile imports "
    "from Turkey next month after an investigation found they were sold below their normal value, "
    "the trade ministry said. The level of the duties will be published in the official gazette.",
    # 5 prices
    "Ghana's cocoa regulator raised the farmgate price for the 2027/28 season to 58,000 cedis per "
    "tonne, while benchmark New York cocoa futures slipped 3% to $6,840 a tonne on Monday.",
    # 6 a market share
    "Peru supplied 32% of the fresh blueberries imported by the United States last year, "
    "overtaking Mexico and Chile as the largest supplier, according to the U.S. Highbush Blueberry "
    "Council.",
    # 7 a current account
    "Sri Lanka's current account posted a surplus of $412 million in the first quarter, the "
    "central bank said, helped by tourism earnings and workers' remittances.",
    # 8 production
    "Tanzania's cashew nut output is estimated at 420,000 tonnes for the 2026/27 season, up 8% "
    "from the previous season, according to the Cashew Nut Board of Tanzania.",
    # 9 one company's sales
    "Kazatomprom, the world's biggest uranium producer, said its sales volume rose 12% to 9,800 "
    "tonnes in the first quarter, with most of the shipments going to China and France.",
    # 10 port throughput
    "Container throughput at Tanger Med rose 11.4% to 4.6 million TEUs in the first five months "
    "of the year, the Moroccan port authority said, while bulk cargo handled at the port fell 3%.",
    # 11 FDI
    "Foreign direct investment into Georgia amounted to $412 million in the first quarter, up 18% "
    "year-on-year, with the United Kingdom and the Netherlands the largest investors, Geostat said.",
    # 12 remittances, a trade gap without a number
    "Remittances to Nepal rose 14.2% to Rs 1.41 trillion in the first ten months of the fiscal "
    "year, the Nepal Rastra Bank said, cushioning the impact of a widening gap between imports "
    "and exports.",
    # 13 stock trading
    "Trading on the Colombo Stock Exchange was brisk on Tuesday, with turnover reaching Rs 5.8 "
    "billion and foreign investors net buyers of Rs 312 million, as the All Share Price Index "
    "rose 1.2%.",
    # 14 a trade fair
    "More than 1,200 exhibitors from 40 countries are expected at the Tashkent International "
    "Trade Fair, which opens next week and which organisers hope will generate export deals worth "
    "$2 billion.",
    # 15 the export of culture, a target
    "South Korea's export of its culture, from K-pop concerts to webtoons, has become a pillar of "
    "its soft power, and the government aims to double content exports to $25 billion by 2030.",
    # 16 export credit
    "Serbia's export credit agency AOFI approved 14.6 billion dinars in loans and guarantees to "
    "exporters last year, up 9% from 2025, its annual report showed.",
    # 17 customs duty collections
    "The Ghana Revenue Authority's customs division collected 4.2 billion cedis in import duties "
    "and levies in the first quarter, beating its target by 6%.",
    # 18 a forecast of the current year (paragraph)
    "The IMF expects Mongolia's exports to fall about 8% this year as coal prices weaken. It sees "
    "them recovering in 2028, when new copper capacity at Oyu Tolgoi comes fully on stream.",
    # 19 tariff news without a rate
    "Mercosur members Paraguay and Uruguay pushed on Friday for a review of the bloc's common "
    "external tariff on more than 100 products, including steel and chemicals, at the next summit "
    "in December.",
    # 20 trading on a commodity exchange
    "The Ethiopia Commodity Exchange traded 412,000 tonnes of coffee, sesame and pulses worth 98 "
    "billion birr in the first ten months of the fiscal year, the exchange said.",
    # 21 export orders
    "The new export orders sub-index of Sri Lanka's manufacturing PMI rose to 56.2 in May from "
    "52.9 in April, the central bank said, pointing to stronger demand for apparel.",
    # 22 production capacity
    "QatarEnergy's North Field expansion will raise the country's LNG production capacity to 142 "
    "million tonnes a year by 2030 from 77 million tonnes now, Energy Minister Saad al-Kaabi said.",
    # 23 export price quotes
    "Vietnamese 5% broken rice was quoted at $392-$398 a tonne this week, down from $405-$410 "
    "last week, traders said, while Cambodian fragrant rice held at $640 a tonne.",
    # 24 an import price index
    "Iceland's import price index rose 2.1% in May from April and was 4.8% higher than a year "
    "earlier, Statistics Iceland said.",
    # 25 budget assumptions for the current year
    "Sri Lanka's 2027 budget assumes merchandise exports of $15 billion and an import bill of $22 "
    "billion for the year, figures the central bank governor called achievable.",
    # 26 freight rates
    "Freight rates for containers shipped from Shanghai to Callao rose 18% last week to $3,250 per "
    "forty-foot box, according to Drewry's World Container Index.",
    # 27 a share of exports affected by a policy
    "The European Commission proposed on Thursday to partially suspend Cambodia's trade "
    "preferences under the Everything But Arms scheme, a move that would affect about a fifth of "
    "the kingdom's exports to the bloc.",
    # 28 a fishing quota
    "Iceland's Marine and Freshwater Research Institute recommended a cod quota of 203,822 tonnes "
    "for the 2027/28 fishing year, 5% less than the current quota.",
    # 29 one company's export revenue
    "Ecuadorian shrimp producer Santa Priscila said its export revenue climbed 9% to $1.1 billion "
    "last year, making it the country's largest private exporter.",
    # 30 retail trade
    "Retail trade turnover in Lithuania grew 4.2% at constant prices in April compared with a year "
    "earlier, the State Data Agency said, led by sales of non-food products.",
    # 31 targets (paragraph)
    "Uzbekistan aims to lift exports to $45 billion by 2030, President Shavkat Mirziyoyev told a "
    "meeting of exporters on Wednesday. He said the textile industry alone should earn $7 billion "
    "abroad within three years, and ordered banks to expand trade finance.",
]
