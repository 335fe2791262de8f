from slots import DC, R, M, Y, PR

# The twenty-ninth set: every text is the only body paragraph (after an unrelated opening one)
# of a page published on 2036-02-07 (a Thursday), the day the U.S. Commerce Department and
# Statistics Canada publish their December 2035 trade figures and the U.S. annual totals for
# 2035, three weeks after China's customs published its December and full-year 2035 figures,
# India its December figures and Eurostat its November figures, and one week after South
# Korea published January 2036. No earlier set used a page of 2036 (the latest, the
# twenty-eighth, used 2035-10-22); the year 2036 is new. So "December", "in December" and
# "in the month" (after a December figure) are December 2035 (the latest month of the US,
# Canada, Mexico, China and India); "November" is November 2035 (the base or the revised
# figure of a December release: "from a revised $64.9 billion in November", "from $4.4
# billion in November", "revised November's trade gap to"); "January" is January 2036 (South
# Korea's latest month, released "on Feb. 1"); "March 2035" is March 2035. Years: "2035",
# "in 2035", "For all of 2035", "For 2035 as a whole", "for the year", "last year" and "in
# the year" are the calendar year 2035 (January-December 2035: "last year" resolved against
# the page's date); "2034", "in 2034", "from 2034", "the previous year" and "a year earlier"
# after an annual figure are 2034 (the optional base records). Spans: "the first 11 months
# of 2035" (Eurostat, Ireland's CSO) are January-November 2035; India's "April-December",
# "the first nine months of the 2035-36 fiscal year" and "in the nine months" are
# April-December 2035; "the 12 months to November" (the ONS) are December 2034 - November
# 2035; the USDA's "fiscal 2035, which ended Sept. 30" is October 2034 - September 2035
# ("the previous year" October 2033 - September 2034). Bases: "year-on-year", "from a year
# earlier", "a year earlier" state yoy; "from a revised ... in November", "from 2034", "on
# 2034", "than in 2034", "from the previous year", "from the same period a year ago" and
# the like name the base by its period, and a monthly change with no stated comparison (the
# US and Canadian releases compare with the previous month) has b DC. Dates that are no
# period of any figure: weekdays ("Thursday", "on Thursday", "on Wednesday", "Tuesday") and
# "on Jan. 14", "on January 15", "on Feb. 1" as release days; the dates on which tariffs
# took effect, were cut or were struck down ("since August 2025", "in force since April
# 2025", "on Jan. 1", "on January 15", "since February 2025", "in November 2025", "since
# October 2024", "took effect on Oct. 1"), which are no period of any record (tariff records
# have period DC); runs and rankings ("for 10 straight months", "for a third straight year",
# "the third annual decline in a row", "the 21st straight decline", "the first time since
# 2008"); record words ("the smallest since 2021", "the lowest since 2009", "the lowest for
# the month since 2009", "the smallest since 2004", "the first annual decline since 2020",
# "the lowest in almost four years"); "this year", "in 2036" and "this fiscal year" in
# forecasts and company guidance; "early 2025" of a share. In near misses "from April 1",
# "later in the year", "November 2035", "November 2036", "on Tuesday", "January", "the fiscal
# year that began in October", "2035", "this year", "the fourth quarter", "March 7", "six
# months", "five years", "2034" and "30-day" belong to a threatened tariff, a paused tariff, a
# struck-down tariff, customs duties collected, one company's tariff costs and guidance, duty
# collections on parcels, GDP, a poll, suspended countermeasures, a purchase pledge, port
# throughput and a proposed surtax.
#
# Conventions: every convention stated in the twenty-eighth set's header
# (twentyeighth/cases.py, which carries those of the twenty-seventh and, through it, those
# of the ninth to twenty-sixth sets) is kept unchanged and is not repeated in full here. In
# short: values are positive amounts in the original currency (deficits bal="deficit",
# surpluses bal="surplus"), percents positive with their direction; b is "yoy"/"mom" only
# when the text states the comparison, DC when it is implied or the base is named by its
# period, null when there is no change; a change in a later sentence or clause that does not
# restate its comparison has b DC; a narrowing, widening, shrinking or jumping deficit (or
# one that "fell to", "grew to", "hit" or was "pushed to") has d DC, a surplus that rises is
# "up" and one that falls, narrows or is "cut" is "down"; later sentences and clauses
# inherit reporter, period and source; comparison bases are optional records (OPT); a
# change of a whole economy's, a partner's or a good's trade given only as a percent is a
# record with a null value; "goods", "merchandise", "goods and services", "total" and
# "overall" flows, whole-economy flows named with their parts or "helped by", "driven by"
# or "led by" goods, the overall US balance and the whole-economy balances of a paragraph
# with such a headline have c DC; plain "exports" or "imports" of a whole economy and a
# plain "trade surplus"/"trade deficit" elsewhere c null; named goods, "non-oil",
# "non-petroleum", "petroleum" and "services" are commodities; reasons name no commodity;
# appositives change nothing; "a record" vq RECORD (a record volume volq and vq DC), "the
# smallest since ..." and "the lowest since ..." LOWEST, "near a record" and "the first
# annual decline since" vq DC; "estimated" and "preliminary" values vq DC; parts with an
# amount are records, shares, runs and rankings none; a buyer or supplier that is the
# grammatical subject ("Mexico was the largest source of U.S. imports ..., shipping goods
# worth", "Canada ranked second at", "Chile supplied", "Brazil supplied", "Mexico took",
# "with the United States taking ... of them", "Iraq supplied") may be written as the
# seller's export or the buyer's import (f, r and p either way, c DC); a value restated in
# another currency is one record accepting either form plus an optional twin; "total trade"
# with a partner is flow total; a change in the sentence after its value, the value having
# none, is joined to it (the value's record accepts the change or none, a change-only twin
# optional); a revised earlier figure in its own sentence is a required record of its own
# period with its change slots DC, the figure it replaces optional; forecasts, polls,
# pledges, purchase commitments, quotas, thresholds, shares, prices, futures, exchange
# rates, interest rates, stock moves, capacity use, output, GDP, remittances, jobs, customs
# duties collected, farm aid, one company's tariff costs, revenue and overseas sales, and
# port throughput are never trade figures.
#
# Tariffs (the theme of this set): a tariff IN FORCE on the page's date whose rate is
# written is a required record (TAR: flow "tariff", reporter the economy that levies it,
# partner the economy whose goods pay it or null when it applies to all, accepted as null
# whenever a partner could be read from the paragraph; commodity, period, change and source
# DC; value null) — "the 25% Section 232 tariff on semiconductors ... that took effect on
# Jan. 1", "the 50% tariff on foreign steel", "Section 232 duties of 50% and 25%" (two
# records), "Section 301 tariffs of 25%", "a 10% fentanyl-related duty", "the 20%
# 'reciprocal' tariff", "a 15% U.S. tariff under the deal", "Ottawa's 25 per cent
# counter-tariffs", "combined anti-dumping and countervailing duties (raised) to 35.2%",
# "a 10% Section 232 tariff on top", "Beijing kept a 75.8% anti-dumping deposit ... and 100%
# tariffs", "a 15% tariff on American LNG", "U.S. beans still face a 13% tariff, against 3%
# for Brazilian cargoes" (two records), "Cars from China now pay the full 50%", "Ottawa's
# 100% tariff on Chinese-made electric vehicles", "a 50% duty on volumes above them" (the
# EU's steel regime), "enter at a 10% tariff", "lowered to 15%". A rate CUT by a deal that is
# in force ("cut ... to 15% from 27.5%", "to 18 per cent from 50 per cent", "to 15% from
# 39%", "a 10% ... duty that Washington cut from 20%") is a required record of the new rate
# and an optional record of the old one (like a base); the same rate written twice for one
# tariff ("tariffs of up to 50% on some 1,460 product lines ... Cars from China now pay the
# full 50%") is one required and one optional record. A tariff threatened, proposed, under
# consideration, paused, suspended, struck down by a court or lifted is no record (a lifted
# one that was in force during the figures' period, India's "25 per cent penalty tariff"
# that Washington "lifted", is optional, as the eighteenth set had lifted tariffs); a tariff
# without a rate ("Washington's reciprocal tariffs", "U.S. tariffs on steel and autos", "the
# tariffs") is no record. The amounts that tariffs COLLECT (customs duties, "brought in",
# "customs duties collected reached", duties on parcels) are government revenue, not trade
# and not a tariff rate: no record; so are one company's tariff costs ("tariffs cost it $2.2
# billion", "put its tariff bill at €4.9 billion") and farm aid ("$12 billion in tariff
# relief").
#
# New in this (twenty-ninth) set, which like the twenty-first to twenty-eighth stresses
# ORDINARY, MAINSTREAM TRADE NEWS written as whole paragraphs (here of 2-4 sentences, with
# the figures spread over them), as US, Canadian, Mexican, European, Chinese and Indian
# business desks write it in the TARIFF ERA (AP, Reuters, Bloomberg, CNBC, The Wall Street
# Journal, Politico, The Canadian Press, The Globe and Mail, Financial Post, Western
# Producer, El Financiero, Mexico News Daily, El Economista, Bloomberg Línea, Euronews,
# Handelsblatt, SWI swissinfo, the BBC, the South China Morning Post, Caixin, The Economic
# Times, Business Standard, Mint, PTI, The Hindu BusinessLine, Yonhap, Kyodo). The readings
# of this set's forms (two new, marked NEW, each following from the conventions above) are:
# - The US monthly release in its rewrites: the goods and services deficit widening "from a
#   revised ... in November" (d DC, b DC, base optional), exports and imports of goods and
#   services (c DC), the goods deficit and the services surplus (c DC, c services), the
#   Census-basis petroleum surplus and non-petroleum deficit (c petroleum, c non-petroleum),
#   end-use categories (industrial supplies, capital goods, consumer goods, computers,
#   semiconductors, pharmaceutical preparations, passenger cars, auto parts) with changes
#   by an amount ("rose $1.1 billion to", "fell $2.4 billion in December to": by and byc, pct
#   null), the revised November deficit in its own sentence (required, change DC) and its
#   first estimate (optional), the annual totals for 2035, partners in December and in 2035
#   (China, Mexico, Vietnam, the EU, Canada, Taiwan, Ireland, India, Thailand, Southeast
#   Asia), "Mexico was the largest source of U.S. imports" (either way), front-loading
#   ("as companies front-ran the 25% Section 232 tariff", "as traders front-loaded metal
#   ahead of", "as pharmaceutical companies stockpiled ahead of"), BEA services for the
#   year, the USDA's fiscal-year farm trade.
# - Partner lists with elided verbs ("while the gap with Mexico widened to $18.6 billion and
#   the shortfall with Vietnam grew to", "while shipments to India rose 9.6% to $142.1 billion
#   and those to Mexico edged up 2.1% to"); "its biggest trading partner", "its largest
#   partner", "its northern neighbor", "the bloc", "the island", "the country", "the
#   neighbouring country" as partners; "countries other than the U.S." (NONUS).
# - A Canadian paper's "$548.6-billion" (NEW): in a Globe and Mail paragraph about
#   Statistics Canada's figures "$" is the Canadian dollar (cur CAD), written with the
#   paper's hyphen.
# - China's figures in yuan and in dollars with DIFFERENT changes (NEW): "Overall exports
#   rose 5.2% in yuan terms to 27.13 trillion yuan, faster than the 4.6% growth in dollar
#   terms" is one record in CNY with its change and an optional change-only record of the
#   dollar growth (like a value and a volume with different changes; it restates a figure of
#   another text, so optional).
# - Balances: every balance equals its exports minus its imports where both are given (to
#   the rounding of the figures written). Restated amounts match the rates of the time
#   (C$1.37 and ¥7.12 to the dollar).
# - Currencies: "$" and "US$" USD (in US, Mexican, Chinese, Indian and Korean texts), "C$"
#   CAD (and "$...-billion" in the Globe and Mail), "€" EUR, "£" GBP, "Swiss francs" and
#   "francs" CHF, "yuan" CNY, "¥" JPY (a Japanese text).
# - Sources: the Commerce Department, the Census Bureau and the BEA (USDOC), the USDA, the
#   American Iron and Steel Institute, LSEG, Statistics Canada, INEGI, Mexico's Economy
#   Ministry, Eurostat, Destatis, Ireland's CSO, Eurofer, the Federation of the Swiss Watch
#   Industry, the SMMT, the ONS, China's customs (GAC), CAAM, India's commerce ministry,
#   Kpler, South Korea's trade ministry and Japan's Finance Ministry.
# - Non-trade numbers inside positive texts (no record): a Reuters poll's forecast, stock
#   and bond moves, copper futures, an exchange rate, an interest rate, capacity use,
#   customs duties collected, one company's tariff costs and guidance, farm aid, a purchase
#   commitment, remittances, GDP, vehicle output, jobs, shares ("About 84% of those
#   shipments entered duty-free", "the U.S. share of Canada's exports dropped to 71.2 per
#   cent"), a count of tariff lines, a quota of cars.
# - Near misses of this set (no record; twelve of the 69 texts): a threatened tariff on
#   furniture, a paused tariff increase on Chinese goods, a tariff struck down by a court,
#   customs duties collected, one carmaker's tariff costs, duties collected on low-value
#   parcels after the de minimis exemption ended, GDP with net exports, a poll forecast of
#   China's exports, the EU's suspended countermeasures, India's purchase pledge under the
#   trade deal, port throughput and a proposed Canadian surtax.

# The names of economies, sources, units and qualifiers and the record helpers (OPT, TAR,
# YTD) mean the same as in the tenth to twenty-eighth sets; they are written out here (with
# the same definitions) so that this file does not depend on the others.


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


# Units and qualifiers.
TON = "ton"                                  # matches tonnes, tons, metric tons
BPD = ["barrels per day", "barrels a day", "bpd", "barrel"]
UNITS = ["unit", "vehicle", "car"]
ABOUT = ["about", "around", "approximately", "some", "roughly"]
RECORD = [None, "record"]
HIGHEST = [None, "record", "highest", "record high", "biggest", "largest"]
LOWEST = [None, "record", "record low", "lowest", "smallest"]
# Economies and groups.
CN = "China"
KR = ["South Korea", "Republic of Korea", "Korea"]
JP = "Japan"
TW = "Taiwan"
IN = "India"
ID = "Indonesia"
MY = "Malaysia"
TH = "Thailand"
VN = ["Vietnam", "Viet Nam"]
RU = ["Russia", "Russian Federation"]
IQ = "Iraq"
DE = "Germany"
UK = ["United Kingdom", "Britain", "UK", "U.K."]
IE = "Ireland"
CH = ["Switzerland", "Swiss"]
EU = ["European Union", "EU"]
EUROPE = ["Europe", "European"]
US = ["United States", "U.S.", "USA", "America"]
CA = "Canada"
MX = "Mexico"
BR = "Brazil"
CL = "Chile"
AFRICA = ["Africa", "African", "continent"]
ASEAN = ["Association of Southeast Asian Nations", "ASEAN", "Southeast Asia"]
WORLD = [None, "world", "rest of the world"]
NONUS = ["other than the U", "non-U.S.", "non-US", "outside the U", "rest of the world", "other countries",
         "excluding the U"]
# Goods.
SERVICES = ["services", "service"]
SOY = ["soybeans", "soybean", "soya", "beans"]
CHIPS = ["semiconductors", "semiconductor", "chips", "chip"]
CARS = ["passenger cars", "cars", "car", "automobiles", "automobile", "autos", "vehicles", "vehicle"]
STEEL = ["steel", "steel products"]
ALU = ["aluminium", "aluminum"]
LNGX = ["liquefied natural gas", "LNG", "natural gas", "gas"]
CANOLA = ["canola seed", "canola", "canola seeds", "rapeseed"]
SHRIMP = ["shrimp", "shrimps", "prawns"]
CRUDE = ["crude oil", "crude", "oil"]
ELECX = ["electronics", "electronic", "electronics goods", "electronic goods"]
AGRI = ["agricultural products", "agricultural", "agri-food", "agrifood", "agriculture", "farm"]
MANUF = ["manufacturing", "manufactured goods", "manufactures", "manufacturing exports"]
AUTO = ["automotive", "auto", "automotive products", "automobiles", "vehicles", "cars"]
PETRO = ["petroleum", "petroleum products", "oil", "crude"]
NONPET = ["non-petroleum", "non-oil", "non-petroleum goods"]
OIL = ["oil", "petroleum", "crude", "crude oil", "oil exports"]
NONOIL = ["non-oil", "non-petroleum"]
COMPUTERS = ["computers and accessories", "computers", "computer", "computer accessories"]
PHARMAPREP = ["pharmaceutical preparations", "pharmaceutical", "pharmaceuticals", "drugs", "medicines"]
DRUGS = ["drugs", "drug", "pharmaceutical", "pharmaceuticals", "pharmaceutical preparations", "medicines"]
PHARMA = ["medical and pharmaceutical products", "pharmaceutical", "pharmaceuticals", "medical"]
INDSUP = ["industrial supplies", "industrial supplies and materials", "industrial"]
CAPGOODS = ["capital goods", "capital"]
CONSUMER = ["consumer goods", "consumer"]
AUTOPARTS = ["auto parts", "automotive parts", "parts", "auto parts and accessories"]
STEELMILL = ["steel mill products", "steel mill", "steel"]
FINSTEEL = ["finished steel", "finished steel products", "steel"]
COPPER = ["refined copper", "copper"]
LUMBER = ["softwood lumber", "lumber", "softwood"]
ENERGY = ["energy products", "energy", "energy exports"]
LIGHTVEH = ["light vehicles", "light vehicle", "vehicles", "cars", "autos"]
WATCH = ["watches", "watch", "watch exports", "Swiss watches"]
MAGNETS = ["rare-earth magnets", "rare earth magnets", "magnets", "rare-earth", "rare earth"]
VEH = ["vehicles", "vehicle", "cars", "autos", "automobiles", "motor vehicles"]
NEV = ["electric and plug-in hybrid models", "electric and plug-in hybrid", "electric", "plug-in hybrid",
       "new energy vehicles", "new energy", "electric vehicles", "EV", "NEV"]
GEMS = ["gems and jewellery", "gems and jewelry", "gem and jewellery", "gems", "jewellery", "jewelry"]
PHARMAX = ["pharmaceutical", "pharmaceuticals", "pharma", "drugs", "pharmaceutical exports"]
# Sources.
USDOC = ["Commerce Department", "Department of Commerce", "Census Bureau", "Bureau of Economic Analysis", "BEA"]
USDA = ["U.S. Department of Agriculture", "US Department of Agriculture", "Department of Agriculture", "USDA",
        "Agriculture Department"]
AISI = ["American Iron and Steel Institute", "AISI", "Iron and Steel Institute"]
LSEG = ["LSEG", "London Stock Exchange Group"]
STATCAN = ["Statistics Canada", "StatCan"]
INEGI = ["INEGI", "National Institute of Statistics and Geography", "statistics agency"]
MXECON = ["Economy Ministry", "Ministry of Economy", "Secretaría de Economía", "economy ministry"]
EUROSTAT = ["Eurostat"]
DESTATIS = ["Destatis", "Federal Statistical Office", "Federal Statistics Office"]
CSO = ["Central Statistics Office", "CSO"]
EUROFER = ["European Steel Association", "Eurofer", "EUROFER"]
FH = ["Federation of the Swiss Watch Industry", "Swiss Watch Industry", "FH", "watch federation"]
SMMT = ["Society of Motor Manufacturers and Traders", "SMMT"]
ONS = ["Office for National Statistics", "ONS"]
GAC = ["General Administration of Customs", "GAC", "customs"]
CAAM = ["China Association of Automobile Manufacturers", "CAAM"]
INCOM = ["commerce ministry", "Ministry of Commerce and Industry", "commerce and industry ministry",
         "Ministry of Commerce"]
KPLER = ["Kpler"]
MOTIE = ["Ministry of Trade, Industry and Energy", "trade ministry", "MOTIE", "Ministry of Trade"]
MOFJ = ["Ministry of Finance", "Finance Ministry", "MOF"]

# Periods.
DEC = M(2035, 12)                            # "December", "in December", "in the month"
NOV = M(2035, 11)                            # the November base and the revised November figures
JAN = M(2036, 1)                             # South Korea's "January"
MAR35 = M(2035, 3)                           # "March 2035"
Y35 = Y(2035)                                # "2035", "For all of 2035", "last year", "for the year"
Y34 = Y(2034)                                # "2034", "in 2034", "from ... in 2034" (bases)
YTD11 = YTD(2035, 11)                        # "the first 11 months of 2035"
APRDEC = PR("2035-04-01", "2035-12-31")      # India's April-December of fiscal 2035-36
R12NOV = PR("2034-12-01", "2035-11-30")      # "the 12 months to November"
USFY35 = PR("2034-10-01", "2035-09-30")      # the USDA's "fiscal 2035, which ended Sept. 30"
USFY34 = PR("2033-10-01", "2034-09-30")      # "the previous year" after it
EITHER = ["export", "import"]

POS = [
    # ================================================================ The US monthly release
    # P01 The US December (AP): the deficit widening "from a revised ... in November" (d DC, b
    # DC, base optional), exports and imports of goods and services (c DC), the annual
    # deficit shrinking by a percent (d DC).
    ("The U.S. trade deficit widened to $71.4 billion in December from a revised $64.9 billion in November, the "
     "Commerce Department said Thursday, as imports rose and exports slipped. Exports of goods and services fell "
     "1.2% to $272.6 billion, while imports climbed 0.9% to $344.0 billion. For all of 2035, the deficit shrank "
     "8.4% to $826.1 billion.",
     [R(f="balance", r=US, c=DC, v=71.4e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC, src=USDOC,
        **DEC),
      OPT(f="balance", r=US, c=DC, v=64.9e9, cur="USD", bal="deficit", **NOV),
      R(f="export", r=US, c=DC, v=272.6e9, cur="USD", d="down", pct=1.2, b=DC, src=USDOC, **DEC),
      R(f="import", r=US, c=DC, v=344.0e9, cur="USD", d="up", pct=0.9, b=DC, src=USDOC, **DEC),
      R(f="balance", r=US, c=DC, v=826.1e9, cur="USD", bal="deficit", d=DC, pct=8.4, b=DC, src=USDOC, **Y35)]),

    # P02 Goods and services (Reuters): the goods deficit "jumped 5.8%" (d DC), the services
    # surplus "slipped to ... from ... in November" (d down, base optional), goods exports
    # with a reason (c DC), a poll (none).
    ("The goods trade deficit jumped 5.8% to $97.8 billion in December, the Commerce Department's Bureau of "
     "Economic Analysis and Census Bureau said, while the surplus in services trade slipped to $26.4 billion from "
     "$27.5 billion in November. Goods exports fell 2.3% to $181.9 billion, pulled down by lower shipments of "
     "crude oil and civilian aircraft. Economists polled by Reuters had forecast the overall trade deficit at "
     "$67.2 billion.",
     [R(f="balance", r=US, c=DC, v=97.8e9, cur="USD", bal="deficit", d=DC, pct=5.8, b=DC, src=USDOC, **DEC),
      R(f="balance", r=US, c=SERVICES, v=26.4e9, cur="USD", bal="surplus", d="down", pct=DC, by=DC, byc=DC, b=DC,
        src=USDOC, **DEC),
      OPT(f="balance", r=US, c=SERVICES, v=27.5e9, cur="USD", bal="surplus", **NOV),
      R(f="export", r=US, c=DC, v=181.9e9, cur="USD", d="down", pct=2.3, b=DC, src=USDOC, **DEC)]),

    # P03 The year 2035 (Bloomberg): the gap "narrowed 8.4%" (d DC) "the smallest since 2021"
    # (LOWEST), exports "to a record" helped by named goods (c DC), imports "edged up" (cq DC),
    # an economists' expectation for "this year" (none).
    ("For 2035 as a whole, the U.S. trade gap narrowed 8.4% to $826.1 billion, the smallest since 2021, Commerce "
     "Department figures showed Thursday. Exports climbed 2.9% to a record $3.27 trillion, helped by shipments of "
     "aircraft, gold and liquefied natural gas, while imports edged up 0.4% to $4.10 trillion. Economists expect "
     "the gap to widen again this year as a stronger dollar weighs on exports.",
     [R(f="balance", r=US, c=DC, v=826.1e9, cur="USD", vq=LOWEST, bal="deficit", d=DC, pct=8.4, b=DC, src=USDOC,
        **Y35),
      R(f="export", r=US, c=DC, v=3.27e12, cur="USD", vq=RECORD, d="up", pct=2.9, b=DC, src=USDOC, **Y35),
      R(f="import", r=US, c=DC, v=4.10e12, cur="USD", d="up", pct=0.4, cq=DC, b=DC, src=USDOC, **Y35)]),

    # P04 Petroleum and non-petroleum (CNBC): the Census-basis goods deficit, the petroleum
    # surplus "narrowed to ... from ... in November" (d down, base optional), the
    # non-petroleum deficit "widened to a record" (d DC), stocks and yields (none).
    ("On a Census basis, the goods deficit was $98.3 billion in December, the Commerce Department said. The "
     "petroleum surplus narrowed to $3.1 billion from $4.4 billion in November as crude prices fell, while the "
     "non-petroleum goods deficit widened to a record $101.4 billion. The S&P 500 rose 0.6% after the report, "
     "and the 10-year Treasury yield slipped to 4.12%.",
     [R(f="balance", r=US, c=DC, v=98.3e9, cur="USD", bal="deficit", src=USDOC, **DEC),
      R(f="balance", r=US, c=PETRO, v=3.1e9, cur="USD", bal="surplus", d="down", pct=DC, by=DC, byc=DC, b=DC,
        src=USDOC, **DEC),
      OPT(f="balance", r=US, c=PETRO, v=4.4e9, cur="USD", bal="surplus", **NOV),
      R(f="balance", r=US, c=NONPET, v=101.4e9, cur="USD", vq=RECORD, bal="deficit", d=DC, pct=DC, by=DC, byc=DC,
        b=DC, src=USDOC, **DEC)]),

    # P05 Partners in December (The Wall Street Journal): a list of bilateral deficits with
    # elided verbs (d DC), the EU without a change, a run (none).
    ("The deficit in goods trade with China narrowed to $17.9 billion in December, Census Bureau data showed, "
     "while the gap with Mexico widened to $18.6 billion and the shortfall with Vietnam grew to $15.2 billion. "
     "The deficit with the European Union was $21.4 billion. The gap with Mexico has now exceeded the one with "
     "China for 10 straight months.",
     [R(f="balance", r=US, p=CN, c=DC, v=17.9e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC,
        src=USDOC, **DEC),
      R(f="balance", r=US, p=MX, c=DC, v=18.6e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC,
        src=USDOC, **DEC),
      R(f="balance", r=US, p=VN, c=DC, v=15.2e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC,
        src=USDOC, **DEC),
      R(f="balance", r=US, p=EU, c=DC, v=21.4e9, cur="USD", bal="deficit", src=USDOC, **DEC)]),

    # P06 Mexico overtakes China (Politico): "Mexico was the largest source ..., shipping goods
    # worth" (either way, b DC), "Canada ranked second at" (either way), China "slipped to
    # third" with "imports from the country" (LOWEST); a run and a ranking (none).
    ("Mexico was the largest source of U.S. imports for a third straight year in 2035, shipping goods worth $548.7 "
     "billion, up 5.4% from 2034, according to Census Bureau data released Thursday. Canada ranked second at "
     "$402.3 billion. China slipped to third, with imports from the country tumbling 19.4% to $318.5 billion, the "
     "lowest since 2009.",
     [R(f=EITHER, r=US + [MX], p=US + [MX], c=DC, v=548.7e9, cur="USD", d="up", pct=5.4, b=DC, src=USDOC, **Y35),
      R(f=EITHER, r=US + [CA], p=US + [CA], c=DC, v=402.3e9, cur="USD", src=USDOC, **Y35),
      R(f="import", r=US, p=CN, c=DC, v=318.5e9, cur="USD", vq=LOWEST, d="down", pct=19.4, b=DC, src=USDOC,
        **Y35)]),

    # P07 Front-running the chip tariff (CNBC): computers "to a record" (RECORD), the 25% Section
    # 232 tariff in force since Jan. 1 (TAR), semiconductors "rose $1.1 billion to" (by, pct
    # null), pharmaceutical preparations.
    ("Imports of computers and accessories jumped 14.8% to a record $12.6 billion in December as companies "
     "front-ran the 25% Section 232 tariff on semiconductors and chip-containing devices that took effect on Jan. "
     "1, the Commerce Department said. Imports of semiconductors rose $1.1 billion to $8.9 billion. By contrast, "
     "imports of pharmaceutical preparations fell 11.2% to $21.4 billion.",
     [R(f="import", r=US, c=COMPUTERS, v=12.6e9, cur="USD", vq=RECORD, d="up", pct=14.8, b=DC, src=USDOC, **DEC),
      TAR(r=US, p=None, c=DC, rate=25),
      R(f="import", r=US, c=CHIPS, v=8.9e9, cur="USD", d="up", by=1.1e9, byc="USD", b=DC, src=USDOC, **DEC),
      R(f="import", r=US, c=PHARMAPREP, v=21.4e9, cur="USD", d="down", pct=11.2, b=DC, src=USDOC, **DEC)]),

    # P08 The revision and customs revenue (AP): the revised November deficit in its own
    # sentence (required, change DC) and its first estimate (optional), industrial supplies
    # "fell $2.4 billion in December to" (by), customs duties collected (none).
    ("The Commerce Department revised November's trade gap to $64.9 billion from the $63.7 billion it first "
     "reported. Exports of industrial supplies such as crude oil and gold fell $2.4 billion in December to $61.8 "
     "billion. Separately, the Treasury Department said customs duties brought in $30.6 billion in December, up "
     "from $27.9 billion a year earlier, as tariffs fed through to collections.",
     [R(f="balance", r=US, c=DC, v=64.9e9, cur="USD", vq=DC, bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC,
        src=USDOC, **NOV),
      OPT(f="balance", r=US, c=DC, v=63.7e9, cur="USD", bal="deficit", **NOV),
      R(f="export", r=US, c=INDSUP, v=61.8e9, cur="USD", d="down", by=2.4e9, byc="USD", b=DC, src=USDOC, **DEC)]),

    # P09 The US and China in 2035 (Reuters): the deficit "shrank to" (d DC, LOWEST), flows,
    # Section 301 tariffs of 25% and a 10% duty "that Washington cut from 20%" (TAR 25 and 10
    # required, the old 20 optional).
    ("America's goods trade deficit with China shrank to $212.6 billion in 2035, the smallest since 2004, Census "
     "Bureau data showed. Imports from China fell 19.4% to $318.5 billion, while U.S. exports to China dropped "
     "9.1% to $105.9 billion. Chinese goods still face Section 301 tariffs of 25% on most industrial products, "
     "plus a 10% fentanyl-related duty that Washington cut from 20% in November 2025.",
     [R(f="balance", r=US, p=CN, c=DC, v=212.6e9, cur="USD", vq=LOWEST, bal="deficit", d=DC, pct=DC, by=DC, byc=DC,
        b=DC, src=USDOC, **Y35),
      R(f="import", r=US, p=CN, c=DC, v=318.5e9, cur="USD", d="down", pct=19.4, b=DC, src=USDOC, **Y35),
      R(f="export", r=US, p=CN, c=DC, v=105.9e9, cur="USD", d="down", pct=9.1, b=DC, src=USDOC, **Y35),
      TAR(r=US, p=[CN, None], c=DC, rate=25),
      TAR(r=US, p=[CN, None], c=DC, rate=10),
      TAR(r=US, p=[CN, None], c=DC, rate=20, opt=True)]),

    # P10 Vietnam and Taiwan (Bloomberg): "last year" (2035), the 20% reciprocal tariff (TAR),
    # "Purchases from Taiwan" (imports) "to a record" driven by servers (c DC), the deficit
    # "with the island" (p Taiwan), an interest rate (none).
    ("Imports from Vietnam rose 21.3% to $197.8 billion last year, Census Bureau data showed, despite the 20% "
     "\"reciprocal\" tariff Washington has levied on most Vietnamese goods since August 2025. Purchases from "
     "Taiwan surged 38.6% to a record $161.2 billion, driven by servers for artificial-intelligence data centers, "
     "leaving a $117.4 billion deficit with the island. Taiwan's central bank, meanwhile, kept its benchmark rate "
     "at 2%.",
     [R(f="import", r=US, p=VN, c=DC, v=197.8e9, cur="USD", d="up", pct=21.3, b=DC, src=USDOC, **Y35),
      TAR(r=US, p=VN + [None], c=DC, rate=20),
      R(f="import", r=US, p=TW, c=DC, v=161.2e9, cur="USD", vq=RECORD, d="up", pct=38.6, b=DC, src=USDOC, **Y35),
      R(f="balance", r=US, p=TW, c=DC, v=117.4e9, cur="USD", bal="deficit", src=USDOC, **Y35)]),

    # P11 The US and the EU (The Wall Street Journal): the deficit, "Imports from the bloc"
    # (p EU), exports boosted by LNG (a reason), the 15% tariff under the deal (TAR), Ireland
    # "alone".
    ("The U.S. deficit in goods trade with the European Union was $221.7 billion in 2035, Commerce Department data "
     "showed. Imports from the bloc fell 3.2% to $598.4 billion as shipments of Irish pharmaceuticals dropped, "
     "while exports to the EU rose 6.8% to $376.7 billion, boosted by LNG. Most EU goods now face a 15% U.S. "
     "tariff under the deal struck in Turnberry, Scotland, in July 2025. Imports from Ireland alone plunged "
     "31.6% to $126.3 billion.",
     [R(f="balance", r=US, p=EU, c=DC, v=221.7e9, cur="USD", bal="deficit", src=USDOC, **Y35),
      R(f="import", r=US, p=EU, c=DC, v=598.4e9, cur="USD", d="down", pct=3.2, b=DC, src=USDOC, **Y35),
      R(f="export", r=US, p=EU, c=DC, v=376.7e9, cur="USD", d="up", pct=6.8, b=DC, src=USDOC, **Y35),
      TAR(r=US, p=EU + [None], c=DC, rate=15),
      R(f="import", r=US, p=IE, c=DC, v=126.3e9, cur="USD", d="down", pct=31.6, b=DC, src=USDOC, **Y35)]),

    # P12 Autos (AP): passenger cars, the 25% Section 232 tariff (TAR), the 15% rate for
    # Japan, South Korea and the EU (one TAR, p any or null), auto parts "slipped" (cq DC), a
    # company's tariff cost (none).
    ("Imports of passenger cars fell 9.7% to $193.4 billion in 2035, the Commerce Department said, as the 25% "
     "Section 232 tariff on foreign autos, in force since April 2025, continued to bite. Vehicles from Japan, "
     "South Korea and the European Union pay a lower 15% rate under trade deals. Imports of auto parts slipped "
     "2.6% to $208.9 billion. Ford said Tuesday that tariffs cost it $2.2 billion last year.",
     [R(f="import", r=US, c=CARS, v=193.4e9, cur="USD", d="down", pct=9.7, b=DC, src=USDOC, **Y35),
      TAR(r=US, p=None, c=DC, rate=25),
      TAR(r=US, p=[JP] + KR + EU + [None], c=DC, rate=15),
      R(f="import", r=US, c=AUTOPARTS, v=208.9e9, cur="USD", d="down", pct=2.6, cq=DC, b=DC, src=USDOC, **Y35)]),

    # P13 Steel (Reuters, AISI): volumes in tonnes, the 50% tariff (TAR), finished steel "were
    # down 18% at" with an appositive, capacity use "a year earlier" (none).
    ("U.S. imports of steel mill products fell 21% to 19.8 million tonnes in 2035, the American Iron and Steel "
     "Institute said, as the 50% tariff on foreign steel kept buyers at home. Finished steel imports, which "
     "exclude semi-finished slabs, were down 18% at 14.6 million tonnes. Domestic mills ran at 79.4% of capacity, "
     "up from 75.6% a year earlier.",
     [R(f="import", r=US, c=STEELMILL, vol=19.8e6, u=TON, d="down", pct=21, b=DC, src=AISI, **Y35),
      TAR(r=US, p=None, c=DC, rate=50),
      R(f="import", r=US, c=FINSTEEL, vol=14.6e6, u=TON, d="down", pct=18, b=DC, src=AISI, **Y35)]),

    # P14 Copper front-loading (Bloomberg): "more than doubled to a record" (volq and vq DC, d
    # up, pct and cq DC), the 15% refined copper tariff since Jan. 1 (TAR), "Chile supplied
    # ... of it" (either way), futures (none).
    ("Refined copper imports into the U.S. more than doubled to a record 1.84 million tonnes in 2035, Census "
     "Bureau figures showed, as traders front-loaded metal ahead of the 15% tariff on refined copper that took "
     "effect on Jan. 1. Chile supplied 712,000 tonnes of it. Comex copper futures rose 1.4% on Thursday.",
     [R(f="import", r=US, c=COPPER, vol=1.84e6, u=TON, volq=DC, vq=DC, d="up", pct=DC, cq=DC, by=DC, byc=DC, b=DC,
        src=USDOC, **Y35),
      TAR(r=US, p=[CL, None], c=DC, rate=15),
      R(f=EITHER, r=US + [CL], p=US + [CL], c=DC, vol=712e3, u=TON, src=USDOC, **Y35)]),

    # P15 China and India in December, and customs revenue (CNBC): "the lowest for the month
    # since 2009" (LOWEST), India in an elided clause, customs duties "more than" a year ago
    # (none).
    ("Goods imports from China totaled $29.4 billion in December, the lowest for the month since 2009, Census "
     "Bureau data showed, and imports from India fell 14.6% to $7.4 billion. The tariffs are also filling federal "
     "coffers: customs duties collected reached $342.8 billion in 2035, up from $301.2 billion in 2034, according "
     "to the Treasury.",
     [R(f="import", r=US, p=CN, c=DC, v=29.4e9, cur="USD", vq=LOWEST, src=USDOC, **DEC),
      R(f="import", r=US, p=IN, c=DC, v=7.4e9, cur="USD", d="down", pct=14.6, b=DC, src=USDOC, **DEC)]),

    # P16 Canada after a court ruling (Politico): imports from Canada, the struck-down 35%
    # tariff (none), Section 232 duties of 50% and 25% (two TAR), exports "slipped" (cq DC).
    ("Imports from Canada rose 6.2% to $34.6 billion in December, Census Bureau data showed, the first full month "
     "after a federal appeals court struck down the 35% tariff on Canadian goods that do not qualify for USMCA "
     "treatment. Canadian steel, aluminum and autos remain subject to Section 232 duties of 50% and 25%, and U.S. "
     "exports to Canada slipped 1.1% to $29.5 billion.",
     [R(f="import", r=US, p=CA, c=DC, v=34.6e9, cur="USD", d="up", pct=6.2, b=DC, src=USDOC, **DEC),
      TAR(r=US, p=[CA, None], c=DC, rate=50),
      TAR(r=US, p=[CA, None], c=DC, rate=25),
      R(f="export", r=US, p=CA, c=DC, v=29.5e9, cur="USD", d="down", pct=1.1, cq=DC, b=DC, src=USDOC, **DEC)]),

    # P17 Services in 2035 (BEA): services exports "to a record" (c services), imports, the
    # services surplus ("leaving"), GDP (none).
    ("U.S. exports of services rose 5.1% to a record $1.21 trillion in 2035, led by travel, financial services and "
     "charges for the use of intellectual property, the Bureau of Economic Analysis said. Services imports grew "
     "4.2% to $915.7 billion, leaving a services surplus of $294.3 billion. The economy as a whole grew 2.3% last "
     "year.",
     [R(f="export", r=US, c=SERVICES, v=1.21e12, cur="USD", vq=RECORD, d="up", pct=5.1, b=DC, src=USDOC, **Y35),
      R(f="import", r=US, c=SERVICES, v=915.7e9, cur="USD", d="up", pct=4.2, b=DC, src=USDOC, **Y35),
      R(f="balance", r=US, c=SERVICES, v=294.3e9, cur="USD", bal="surplus", src=USDOC, **Y35)]),

    # P18 Soybeans to China (Reuters): "recovered to ... from ... in 2034" (d up, base
    # optional), a purchase commitment (none), total soybean exports by value.
    ("U.S. soybean exports to China recovered to 12.4 million tonnes in 2035 from 5.6 million tonnes in 2034, "
     "Census Bureau data showed, as Beijing made good on part of its purchase pledge under the trade truce. China "
     "has committed to buy 25 million tonnes a year through 2028. Total U.S. soybean exports were worth $24.8 "
     "billion, up 11.3%.",
     [R(f="export", r=US, p=CN, c=SOY, vol=12.4e6, u=TON, d="up", pct=DC, by=DC, byc=DC, b=DC, src=USDOC, **Y35),
      OPT(f="export", r=US, p=CN, c=SOY, vol=5.6e6, u=TON, **Y34),
      R(f="export", r=US, c=SOY, v=24.8e9, cur="USD", d="up", pct=11.3, b=DC, src=USDOC, **Y35)]),

    # P19 LNG (The Wall Street Journal): "to a record" volume (volq and vq DC), "Europe took ...
    # of the cargoes" (either way), China's 15% tariff on American LNG (TAR, reporter China).
    ("U.S. liquefied natural gas exports rose 18% to a record 176.2 million tonnes in 2035, according to LSEG "
     "ship-tracking data, as new plants in Louisiana and Texas came online. Europe took 98.4 million tonnes of the "
     "cargoes. China, which has imposed a 15% tariff on American LNG since February 2025, bought none.",
     [R(f="export", r=US, c=LNGX, vol=176.2e6, u=TON, volq=DC, vq=DC, d="up", pct=18, b=DC, src=LSEG, **Y35),
      R(f=EITHER, r=US + EUROPE, p=US + EUROPE, c=DC, vol=98.4e6, u=TON, volq=DC, vq=DC, src=LSEG, **Y35),
      TAR(r=CN, p=US + [None], c=DC, rate=15)]),

    # ================================================================ Canada
    # P20 Canada's December (The Canadian Press): the deficit widening "from a revised ... in
    # November" (base optional), "Total exports" (c DC) with a reason, imports "edged down"
    # (cq DC), a volume change without a value (v null).
    ("Canada's merchandise trade deficit widened to C$2.8 billion in December from a revised C$1.9 billion in "
     "November, Statistics Canada said Thursday. Total exports fell 2.1 per cent to C$62.4 billion as lower crude "
     "prices cut the value of energy shipments, while imports edged down 0.6 per cent to C$65.2 billion. In volume "
     "terms, exports were down 0.8 per cent.",
     [R(f="balance", r=CA, p=WORLD, c=DC, v=2.8e9, cur="CAD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC,
        src=STATCAN, **DEC),
      OPT(f="balance", r=CA, p=WORLD, c=DC, v=1.9e9, cur="CAD", bal="deficit", **NOV),
      R(f="export", r=CA, c=DC, v=62.4e9, cur="CAD", d="down", pct=2.1, b=DC, src=STATCAN, **DEC),
      R(f="import", r=CA, c=DC, v=65.2e9, cur="CAD", d="down", pct=0.6, cq=DC, b=DC, src=STATCAN, **DEC),
      R(f="export", r=CA, c=DC, d="down", pct=0.8, b=DC, src=STATCAN, **DEC)]),

    # P21 Canada and the US in December (The Globe and Mail): the reporter named only by the
    # source and later ("Canada's trade surplus"), "countries other than the U.S." (NONUS,
    # "a record"), imports from the US, the surplus "with its largest partner narrowed" (d
    # down), the loonie (none).
    ("Exports to the United States fell 3.6 per cent to C$45.1 billion in December, Statistics Canada said, while "
     "shipments to countries other than the U.S. rose 4.9 per cent to a record C$17.3 billion, led by gold to "
     "Britain and crude oil to China. Imports from the U.S. totalled C$40.3 billion, so Canada's trade surplus "
     "with its largest partner narrowed to C$4.8 billion. The loonie was little changed at 73.1 U.S. cents.",
     [R(f="export", r=CA, p=US, c=DC, v=45.1e9, cur="CAD", d="down", pct=3.6, b=DC, src=STATCAN, **DEC),
      R(f="export", r=CA, p=NONUS, c=DC, v=17.3e9, cur="CAD", vq=RECORD, d="up", pct=4.9, b=DC, src=STATCAN, **DEC),
      R(f="import", r=CA, p=US, c=DC, v=40.3e9, cur="CAD", src=STATCAN, **DEC),
      R(f="balance", r=CA, p=US, c=DC, v=4.8e9, cur="CAD", bal="surplus", d="down", pct=DC, by=DC, byc=DC, b=DC,
        src=STATCAN, **DEC)]),

    # P22 Canada's 2035 (The Globe and Mail): "$548.6-billion" ($ as CAD, NEW), a share (none),
    # the deficit "widened to ... from ... in 2034" (d DC, base optional), the EU.
    ("For 2035 as a whole, Canadian exports to the U.S. fell 7.8 per cent to $548.6-billion, Statistics Canada "
     "data show, the first annual decline since 2020, and the U.S. share of Canada's exports dropped to 71.2 per "
     "cent, the lowest on record. Canada's overall trade deficit widened to $24.6-billion from $7.4-billion in "
     "2034. Exports to the European Union climbed 14.1 per cent to $39.7-billion.",
     [R(f="export", r=CA, p=US, c=DC, v=548.6e9, cur="CAD", vq=DC, d="down", pct=7.8, b=DC, src=STATCAN, **Y35),
      R(f="balance", r=CA, c=DC, v=24.6e9, cur="CAD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC,
        src=STATCAN, **Y35),
      OPT(f="balance", r=CA, c=DC, v=7.4e9, cur="CAD", bal="deficit", **Y34),
      R(f="export", r=CA, p=EU, c=DC, v=39.7e9, cur="CAD", d="up", pct=14.1, b=DC, src=STATCAN, **Y35)]),

    # P23 Steel and aluminum (Financial Post): C$ with a US$ equivalent (either, twin), the
    # 50 per cent US tariff (TAR), aluminum, Ottawa's 25 per cent counter-tariffs (TAR,
    # reporter Canada), jobs (none).
    ("Canada's steel exports to the U.S. fell 41 per cent to C$5.9 billion (US$4.3 billion) in 2035, Statistics "
     "Canada data showed, as the 50 per cent U.S. tariff took its toll on mills in Hamilton and Sault Ste. Marie. "
     "Aluminum exports to the U.S. dropped 18.6 per cent to C$11.2 billion. Ottawa's 25 per cent counter-tariffs "
     "on American steel and aluminum products remain in force, and Algoma Steel said it would cut 1,000 jobs.",
     [R(f="export", r=CA, p=US, c=STEEL, v=[5.9e9, 4.3e9], cur=["CAD", "USD"], vq=[None] + ABOUT, d="down", pct=41,
        b=DC, src=STATCAN, **Y35),
      OPT(f="export", r=CA, p=US, c=STEEL, v=4.3e9, cur="USD", **Y35),
      TAR(r=US, p=[CA, None], c=DC, rate=50),
      R(f="export", r=CA, p=US, c=ALU, v=11.2e9, cur="CAD", d="down", pct=18.6, b=DC, src=STATCAN, **Y35),
      TAR(r=CA, p=US + [None], c=DC, rate=25)]),

    # P24 Lumber and energy (Reuters): softwood lumber, AD/CVD duties "raised to 35.2%" and "a
    # 10% Section 232 tariff on top" (two TAR), energy exports in December.
    ("Canadian softwood lumber exports to the U.S. fell 17.2% to C$6.4 billion in 2035, according to Statistics "
     "Canada, after Washington raised combined anti-dumping and countervailing duties to 35.2% and added a 10% "
     "Section 232 tariff on top. Energy exports slipped 5.4% to C$12.8 billion in December as crude prices fell.",
     [R(f="export", r=CA, p=US, c=LUMBER, v=6.4e9, cur="CAD", d="down", pct=17.2, b=DC, src=STATCAN, **Y35),
      TAR(r=US, p=[CA, None], c=DC, rate=35.2),
      TAR(r=US, p=[CA, None], c=DC, rate=10),
      R(f="export", r=CA, p=WORLD, c=ENERGY, v=12.8e9, cur="CAD", d="down", pct=5.4, cq=DC, b=DC, src=STATCAN,
        **DEC)]),

    # P25 Canola (Western Producer): seed to China "plunged 84%", Beijing's 75.8% deposit and
    # 100% tariffs (two TAR, reporter China), Japan, "Mexico took" (either way).
    ("Canadian canola seed exports to China plunged 84% to 0.92 million tonnes in 2035, Statistics Canada data "
     "showed, as Beijing kept a 75.8% anti-dumping deposit on the seed and 100% tariffs on canola oil and meal in "
     "place. Shipments to Japan rose 12% to 2.48 million tonnes, and Mexico took 1.36 million tonnes.",
     [R(f="export", r=CA, p=CN, c=CANOLA, vol=0.92e6, u=TON, d="down", pct=84, b=DC, src=STATCAN, **Y35),
      TAR(r=CN, p=[CA, None], c=DC, rate=75.8),
      TAR(r=CN, p=[CA, None], c=DC, rate=100),
      R(f="export", r=CA, p=JP, c=CANOLA, vol=2.48e6, u=TON, d="up", pct=12, b=DC, src=STATCAN, **Y35),
      R(f=EITHER, r=[CA, MX], p=[CA, MX], c=DC, vol=1.36e6, u=TON, src=STATCAN, **Y35)]),

    # ================================================================ Mexico
    # P26 Mexico's December (El Financiero): the surplus, exports (yoy) and imports (b DC) with
    # oil and non-oil parts (c DC for the whole), the peso (none).
    ("Mexico posted a trade surplus of US$1.9 billion in December, the national statistics agency INEGI said, as "
     "exports rose 8.4% from a year earlier to US$57.3 billion and imports grew 3.1% to US$55.4 billion. Oil "
     "exports fell 21.6% to US$1.6 billion, while non-oil exports climbed 9.5% to US$55.7 billion. The peso "
     "weakened 0.4% against the dollar on the day.",
     [R(f="balance", r=MX, c=DC, v=1.9e9, cur="USD", bal="surplus", src=INEGI, **DEC),
      R(f="export", r=MX, c=DC, v=57.3e9, cur="USD", d="up", pct=8.4, b="yoy", src=INEGI, **DEC),
      R(f="import", r=MX, c=DC, v=55.4e9, cur="USD", d="up", pct=3.1, b=DC, src=INEGI, **DEC),
      R(f="export", r=MX, c=OIL, v=1.6e9, cur="USD", d="down", pct=21.6, b=DC, src=INEGI, **DEC),
      R(f="export", r=MX, c=NONOIL, v=55.7e9, cur="USD", d="up", pct=9.5, b=DC, src=INEGI, **DEC)]),

    # P27 Mexico's 2035 (Mexico News Daily): exports "a record" (c DC: parts follow), imports,
    # the deficit, manufactured and automotive parts, remittances (none).
    ("Mexico's exports reached a record US$684.2 billion in 2035, up 6.1% on 2034, while imports rose 4.3% to "
     "US$690.8 billion, leaving a trade deficit of US$6.6 billion, INEGI data show. Manufactured goods accounted "
     "for US$620.5 billion of exports, with automotive products contributing US$198.3 billion. Remittances, "
     "Mexico's other big source of dollars, fell 4.6% to US$58.1 billion, the Bank of Mexico said.",
     [R(f="export", r=MX, c=DC, v=684.2e9, cur="USD", vq=RECORD, d="up", pct=6.1, b=DC, src=INEGI, **Y35),
      R(f="import", r=MX, c=DC, v=690.8e9, cur="USD", d="up", pct=4.3, b=DC, src=INEGI, **Y35),
      R(f="balance", r=MX, c=DC, v=6.6e9, cur="USD", bal="deficit", src=INEGI, **Y35),
      R(f="export", r=MX, c=MANUF, v=620.5e9, cur="USD", src=INEGI, **Y35),
      R(f="export", r=MX, c=AUTO, v=198.3e9, cur="USD", src=INEGI, **Y35)]),

    # P28 Mexico and China (Reuters): imports "to a record" front-run ahead of the new tariffs,
    # "tariffs of up to 50% on some 1,460 product lines" and "Cars from China now pay the full
    # 50%" (one TAR required, one optional, reporter Mexico), exports to China, the deficit.
    ("Mexico's imports from China rose 7.4% to a record US$139.8 billion in 2035, Economy Ministry figures showed, "
     "as importers rushed to bring in goods before tariffs of up to 50% on some 1,460 product lines from "
     "countries without a trade agreement with Mexico took effect on Jan. 1. Cars from China now pay the full "
     "50%. Mexico's exports to China were just US$10.9 billion, leaving a deficit of US$128.9 billion.",
     [R(f="import", r=MX, p=CN, c=DC, v=139.8e9, cur="USD", vq=RECORD, d="up", pct=7.4, b=DC, src=MXECON, **Y35),
      TAR(r=MX, p=[CN, None], c=DC, rate=50),
      TAR(r=MX, p=[CN, None], c=DC, rate=50, opt=True),
      R(f="export", r=MX, p=CN, c=DC, v=10.9e9, cur="USD", src=MXECON, **Y35),
      R(f="balance", r=MX, p=CN, c=DC, v=128.9e9, cur="USD", bal="deficit", src=MXECON, **Y35)]),

    # P29 Mexican autos (El Economista): light vehicles in units, "with the United States
    # taking ... of them" (either way), the 25% US tariff on non-US content (TAR), output (none).
    ("Mexico exported 3.31 million light vehicles in 2035, down 4.2% from the previous year, INEGI data showed, "
     "with the United States taking 2.61 million of them. Mexican-built cars pay a 25% U.S. tariff on their "
     "non-U.S. content, and several automakers have moved production of some models to Ohio and Tennessee. "
     "Output fell 2.8% to 3.87 million units.",
     [R(f="export", r=MX, c=LIGHTVEH, vol=3.31e6, u=UNITS, d="down", pct=4.2, b=DC, src=INEGI, **Y35),
      R(f=EITHER, r=[MX] + US, p=[MX] + US, c=DC, vol=2.61e6, u=DC, src=INEGI, **Y35),
      TAR(r=US, p=[MX, None], c=DC, rate=25)]),

    # P30 Mexico and the US (Bloomberg Línea): exports "last year", the surplus "with its
    # northern neighbor near a record" (p US, vq DC), a share (none), GDP (none).
    ("Mexican exports to the United States rose 7.3% to US$567.3 billion last year, INEGI figures showed, keeping "
     "Mexico's trade surplus with its northern neighbor near a record at US$238.4 billion. About 84% of those "
     "shipments entered duty-free under USMCA rules, up from 52% in early 2025. Mexico's economy grew 0.9% in "
     "2035.",
     [R(f="export", r=MX, p=US, c=DC, v=567.3e9, cur="USD", d="up", pct=7.3, b=DC, src=INEGI, **Y35),
      R(f="balance", r=MX, p=US, c=DC, v=238.4e9, cur="USD", vq=DC, bal="surplus", src=INEGI, **Y35)]),

    # ================================================================ Europe
    # P31 The EU and the US (Euronews, Eurostat): the first 11 months, the surplus "with its
    # biggest trading partner" cut (d down), the 15% tariff (TAR).
    ("EU exports to the United States fell 9.8% to €487.3 billion in the first 11 months of 2035, Eurostat data "
     "show, while imports from the US rose 4.1% to €311.6 billion. That cut the EU's surplus with its biggest "
     "trading partner to €175.7 billion. Most EU goods have faced a 15% US tariff since August 2025 under the deal "
     "agreed at Turnberry.",
     [R(f="export", r=EU, p=US, c=DC, v=487.3e9, cur="EUR", d="down", pct=9.8, b=DC, src=EUROSTAT, **YTD11),
      R(f="import", r=EU, p=US, c=DC, v=311.6e9, cur="EUR", d="up", pct=4.1, b=DC, src=EUROSTAT, **YTD11),
      R(f="balance", r=EU, p=US, c=DC, v=175.7e9, cur="EUR", bal="surplus", d="down", pct=DC, by=DC, byc=DC, b=DC,
        src=EUROSTAT, **YTD11),
      TAR(r=US, p=EU + [None], c=DC, rate=15)]),

    # P32 Germany's 2035 (Handelsblatt): plain exports (c null) with a run (none), the US and
    # China, "total trade" with China (total, either economy as reporter), the surplus "shrank
    # to ... from" (d down, base optional).
    ("German exports fell 1.2% to €1.547 trillion in 2035, the Federal Statistical Office said on Thursday, the "
     "third annual decline in a row. Shipments to the United States slumped 9.4% to €148.6 billion, while exports "
     "to China dropped 7.7% to €83.1 billion. With total trade of €254.3 billion, China regained its place as "
     "Germany's largest trading partner, ahead of the US. The trade surplus shrank to €198.4 billion from €241.2 "
     "billion.",
     [R(f="export", r=DE, v=1.547e12, cur="EUR", d="down", pct=1.2, b=DC, src=DESTATIS, **Y35),
      R(f="export", r=DE, p=US, c=DC, v=148.6e9, cur="EUR", d="down", pct=9.4, b=DC, src=DESTATIS, **Y35),
      R(f="export", r=DE, p=CN, c=DC, v=83.1e9, cur="EUR", d="down", pct=7.7, b=DC, src=DESTATIS, **Y35),
      R(f="total", r=[DE, CN], p=[DE, CN], c=DC, v=254.3e9, cur="EUR", src=DESTATIS, **Y35),
      R(f="balance", r=DE, c=DC, v=198.4e9, cur="EUR", bal="surplus", d="down", pct=DC, by=DC, byc=DC, b=DC,
        src=DESTATIS, **Y35),
      OPT(f="balance", r=DE, c=DC, v=241.2e9, cur="EUR", bal="surplus", **Y34)]),

    # P33 German cars (Handelsblatt): "last year", the tariff "cut ... to 15% from 27.5%" (TAR 15
    # required, 27.5 optional), one company's tariff bill and an industry forecast (none).
    ("German car exports to the U.S. fell 18.6% to €24.8 billion last year, Destatis figures show, even though the "
     "transatlantic deal cut the U.S. tariff on European cars to 15% from 27.5% in August 2025. Volkswagen alone "
     "put its tariff bill at €4.9 billion for 2035. The VDA industry association expects exports to the US to fall "
     "further in 2036.",
     [R(f="export", r=DE, p=US, c=CARS, v=24.8e9, cur="EUR", d="down", pct=18.6, b=DC, src=DESTATIS, **Y35),
      TAR(r=US, p=[DE] + EU + EUROPE + [None], c=DC, rate=15),
      TAR(r=US, p=[DE] + EU + EUROPE + [None], c=DC, rate=27.5, opt=True)]),

    # P34 Ireland (Reuters, CSO): the first 11 months, pharmaceuticals "of that total" (p US),
    # overall goods exports (c DC).
    ("Irish goods exports to the United States fell 29.3% to €52.4 billion in the first 11 months of 2035, the "
     "Central Statistics Office said, as a rush to ship medicines ahead of U.S. pharmaceutical tariffs in 2034 "
     "unwound. Medical and pharmaceutical products accounted for €31.7 billion of that total. Overall goods "
     "exports fell 12.6% to €198.2 billion.",
     [R(f="export", r=IE, p=US, c=DC, v=52.4e9, cur="EUR", d="down", pct=29.3, b=DC, src=CSO, **YTD11),
      R(f="export", r=IE, p=US, c=PHARMA, v=31.7e9, cur="EUR", src=CSO, **YTD11),
      R(f="export", r=IE, c=DC, v=198.2e9, cur="EUR", d="down", pct=12.6, b=DC, src=CSO, **YTD11)]),

    # P35 The EU's steel regime (Euronews): a 50% duty in force since Jan. 1 (TAR, reporter the
    # EU, partner null), preliminary steel imports (vq and volq DC), suspended countermeasures
    # (none).
    ("The EU's new steel regime, which halves tariff-free import quotas and sets a 50% duty on volumes above them, "
     "took effect on Jan. 1. EU steel imports fell 8.4% to 27.6 million tonnes in 2035, according to preliminary "
     "estimates from the European Steel Association (Eurofer). Brussels has kept its countermeasures against U.S. "
     "goods suspended since August 2025.",
     [TAR(r=EU, p=WORLD, c=DC, rate=50),
      R(f="import", r=EU, c=STEEL, vol=27.6e6, u=TON, vq=DC, volq=DC, d="down", pct=8.4, b=DC, src=EUROFER,
        **Y35)]),

    # P36 Swiss watches (SWI swissinfo): francs, the tariff "cut ... to 15% from 39%" (TAR 15,
    # 39 optional), total watch exports "slipped" (cq DC), shares (none).
    ("Swiss watch exports to the United States fell 11.6% to 4.21 billion Swiss francs in 2035, the Federation of "
     "the Swiss Watch Industry said, even after Washington cut its tariff on Swiss goods to 15% from 39% in "
     "November 2025. Total watch exports slipped 2.3% to 25.4 billion francs. Shares of Swatch Group rose 1.8%.",
     [R(f="export", r=CH, p=US, c=WATCH, v=4.21e9, cur="CHF", d="down", pct=11.6, b=DC, src=FH, **Y35),
      TAR(r=US, p=CH + [None], c=DC, rate=15),
      TAR(r=US, p=CH + [None], c=DC, rate=39, opt=True),
      R(f="export", r=CH, c=WATCH, v=25.4e9, cur="CHF", d="down", pct=2.3, cq=DC, b=DC, src=FH, **Y35)]),

    # P37 British cars (BBC): the SMMT's car exports, a quota (none) "at a 10% tariff" (TAR),
    # the ONS's exports to "America" over the 12 months to November.
    ("British car exports to the U.S. fell 21.4% to £6.1 billion in 2035, according to the Society of Motor "
     "Manufacturers and Traders, even though up to 100,000 UK-built cars a year enter at a 10% tariff under the "
     "Economic Prosperity Deal. Overall UK goods exports to America were £55.6 billion in the 12 months to "
     "November, the Office for National Statistics said.",
     [R(f="export", r=UK, p=US, c=CARS, v=6.1e9, cur="GBP", d="down", pct=21.4, b=DC, src=SMMT, **Y35),
      TAR(r=US, p=UK + [None], c=DC, rate=10),
      R(f="export", r=UK, p=US, c=DC, v=55.6e9, cur="GBP", src=ONS, **R12NOV)]),

    # ================================================================ China
    # P38 China's 2035 (Reuters): plain exports and imports (c null), "a record trade surplus"
    # (RECORD), December exports "from a year earlier" (yoy), a poll and GDP (none).
    ("China's exports rose 4.6% in 2035 to $3.81 trillion, customs data showed on Jan. 14, while imports fell 1.3% "
     "to $2.52 trillion, leaving a record trade surplus of $1.29 trillion. December exports grew 6.6% from a year "
     "earlier to $345.8 billion, beating the 4.1% rise forecast in a Reuters poll. The economy grew 4.8% last "
     "year, official data showed days later.",
     [R(f="export", r=CN, v=3.81e12, cur="USD", d="up", pct=4.6, b=DC, src=GAC, **Y35),
      R(f="import", r=CN, v=2.52e12, cur="USD", d="down", pct=1.3, b=DC, src=GAC, **Y35),
      R(f="balance", r=CN, c=DC, v=1.29e12, cur="USD", vq=RECORD, bal="surplus", src=GAC, **Y35),
      R(f="export", r=CN, v=345.8e9, cur="USD", d="up", pct=6.6, b="yoy", src=GAC, **DEC)]),

    # P39 China and the US (South China Morning Post): "last year", the surplus "thus narrowed"
    # (d down), Southeast Asia with a ranking (none), the EU.
    ("China's exports to the United States fell 17.8% to US$431.6 billion last year, while imports from the US "
     "dropped 12.3% to US$134.2 billion, according to the General Administration of Customs. The trade surplus "
     "with the US thus narrowed to US$297.4 billion. Shipments to Southeast Asia rose 12.7% to US$663.5 billion, "
     "making Asean China's largest export market for a third year, and exports to the European Union grew 7.9% to "
     "US$556.2 billion.",
     [R(f="export", r=CN, p=US, c=DC, v=431.6e9, cur="USD", d="down", pct=17.8, b=DC, src=GAC, **Y35),
      R(f="import", r=CN, p=US, c=DC, v=134.2e9, cur="USD", d="down", pct=12.3, b=DC, src=GAC, **Y35),
      R(f="balance", r=CN, p=US, c=DC, v=297.4e9, cur="USD", bal="surplus", d="down", pct=DC, by=DC, byc=DC, b=DC,
        src=GAC, **Y35),
      R(f="export", r=CN, p=ASEAN, c=DC, v=663.5e9, cur="USD", d="up", pct=12.7, b=DC, src=GAC, **Y35),
      R(f="export", r=CN, p=EU, c=DC, v=556.2e9, cur="USD", d="up", pct=7.9, b=DC, src=GAC, **Y35)]),

    # P40 Yuan and dollars (Caixin): exports to the US in yuan, overall exports in yuan with the
    # dollar growth "faster than the 4.6% growth in dollar terms" (NEW: an optional change-only
    # record), imports "edged down" (cq DC).
    ("Measured in yuan, China's exports to the U.S. fell 17.3% to 3.07 trillion yuan in 2035, according to customs "
     "data. Overall exports rose 5.2% in yuan terms to 27.13 trillion yuan, faster than the 4.6% growth in dollar "
     "terms, as the currency weakened. Imports in yuan terms edged down 0.7% to 17.94 trillion yuan.",
     [R(f="export", r=CN, p=US, c=DC, v=3.07e12, cur="CNY", d="down", pct=17.3, b=DC, src=GAC, **Y35),
      R(f="export", r=CN, c=DC, v=27.13e12, cur="CNY", d="up", pct=5.2, b=DC, src=GAC, **Y35),
      OPT(f="export", r=CN, c=DC, v=None, cur=None, d="up", pct=4.6, **Y35),
      R(f="import", r=CN, c=DC, v=17.94e12, cur="CNY", d="down", pct=0.7, cq=DC, b=DC, src=GAC, **Y35)]),

    # P41 China's December (Bloomberg): imports (yoy), the monthly surplus, changes without
    # values (the US with a run, Africa), rare-earth magnets in tons.
    ("China's imports rose 0.8% in December from a year earlier to $233.5 billion, customs data showed, leaving a "
     "monthly surplus of $112.3 billion. Exports to the U.S. slumped 21.4% in the month, the 21st straight "
     "decline, while shipments to Africa jumped 31.6%. Exports of rare-earth magnets rose 18.2% to 5,840 tons.",
     [R(f="import", r=CN, v=233.5e9, cur="USD", d="up", pct=0.8, b="yoy", src=GAC, **DEC),
      R(f="balance", r=CN, c=DC, v=112.3e9, cur="USD", bal="surplus", src=GAC, **DEC),
      R(f="export", r=CN, p=US, c=DC, d="down", pct=21.4, b=DC, src=GAC, **DEC),
      R(f="export", r=CN, p=AFRICA, c=DC, d="up", pct=31.6, b=DC, src=GAC, **DEC),
      R(f="export", r=CN, c=MAGNETS, vol=5840, u=TON, d="up", pct=18.2, b=DC, src=GAC, **DEC)]),

    # P42 China's soybeans (Reuters): "a record" volume (volq and vq DC, yoy), "Brazil supplied"
    # (either way), "arrivals from the United States rose to ... from ... in 2034" (d up, base
    # optional), 13% and 3% tariffs (two TAR, reporter China).
    ("China imported a record 108.6 million tonnes of soybeans in 2035, up 3.1% from a year earlier, customs data "
     "showed. Brazil supplied 77.3 million tonnes, while arrivals from the United States rose to 15.8 million "
     "tonnes from 9.4 million tonnes in 2034 after Beijing resumed purchases under the trade truce. U.S. beans "
     "still face a 13% tariff, against 3% for Brazilian cargoes.",
     [R(f="import", r=CN, c=SOY, vol=108.6e6, u=TON, volq=DC, vq=DC, d="up", pct=3.1, b="yoy", src=GAC, **Y35),
      R(f=EITHER, r=[CN, BR], p=[CN, BR], c=DC, vol=77.3e6, u=TON, src=GAC, **Y35),
      R(f="import", r=CN, p=US, c=SOY + [None], vol=15.8e6, u=TON, d="up", pct=DC, by=DC, byc=DC, b=DC, src=GAC,
        **Y35),
      OPT(f="import", r=CN, p=US, c=SOY + [None], vol=9.4e6, u=TON, **Y34),
      TAR(r=CN, p=US + [None], c=DC, rate=13),
      TAR(r=CN, p=[BR, None], c=DC, rate=3)]),

    # P43 China's partners (Caixin): a list with elided verbs ("those to Mexico edged up"), a
    # reason naming Mexico's tariffs (no rate, none), Russia as a percent only, the yuan (none).
    ("China's exports to Africa surged 24.8% to $245.6 billion in 2035, while shipments to India rose 9.6% to "
     "$142.1 billion and those to Mexico edged up 2.1% to $88.2 billion ahead of Mexico's new tariffs, customs "
     "figures showed. Exports to Russia fell 6.9%. The yuan ended the year at 7.08 per dollar.",
     [R(f="export", r=CN, p=AFRICA, c=DC, v=245.6e9, cur="USD", d="up", pct=24.8, b=DC, src=GAC, **Y35),
      R(f="export", r=CN, p=IN, c=DC, v=142.1e9, cur="USD", d="up", pct=9.6, b=DC, src=GAC, **Y35),
      R(f="export", r=CN, p=MX, c=DC, v=88.2e9, cur="USD", d="up", pct=2.1, cq=DC, b=DC, src=GAC, **Y35),
      R(f="export", r=CN, p=RU, c=DC, d="down", pct=6.9, b=DC, src=GAC, **Y35)]),

    # P44 Chinese vehicles (Reuters, CAAM): units (yoy), electric and plug-in hybrid models
    # "accounting for" (a part), Ottawa's 100% tariff on Chinese EVs (TAR, reporter Canada),
    # one company's overseas sales (none).
    ("China exported 7.12 million vehicles in 2035, up 19.6% from a year earlier, the China Association of "
     "Automobile Manufacturers said, with electric and plug-in hybrid models accounting for 2.86 million. "
     "Shipments to Canada remained negligible because of Ottawa's 100% tariff on Chinese-made electric vehicles, "
     "in place since October 2024. BYD's overseas sales more than doubled.",
     [R(f="export", r=CN, c=VEH, vol=7.12e6, u=UNITS, d="up", pct=19.6, b="yoy", src=CAAM, **Y35),
      R(f="export", r=CN, c=NEV, vol=2.86e6, u=DC, src=CAAM, **Y35),
      TAR(r=CA, p=[CN, None], c=DC, rate=100)]),

    # ================================================================ India
    # P45 India's December (The Economic Times): merchandise flows (c DC), the deficit
    # "widening ... to" (d DC), April-December, estimated services exports (vq DC).
    ("India's merchandise exports rose 3.2 per cent year-on-year to $39.8 billion in December, commerce ministry "
     "data released on January 15 showed, while imports climbed 8.9 per cent to $60.9 billion, widening the trade "
     "deficit to $21.1 billion. For April-December, the first nine months of the 2035-36 fiscal year, exports "
     "were up 2.4 per cent at $331.4 billion. Services exports were estimated at $41.2 billion in December.",
     [R(f="export", r=IN, c=DC, v=39.8e9, cur="USD", d="up", pct=3.2, b="yoy", src=INCOM, **DEC),
      R(f="import", r=IN, c=DC, v=60.9e9, cur="USD", d="up", pct=8.9, b=DC, src=INCOM, **DEC),
      R(f="balance", r=IN, c=DC, v=21.1e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC, src=INCOM,
        **DEC),
      R(f="export", r=IN, c=DC, v=331.4e9, cur="USD", d="up", pct=2.4, b=DC, src=INCOM, **APRDEC),
      R(f="export", r=IN, c=SERVICES, v=41.2e9, cur="USD", vq=DC, src=INCOM, **DEC)]),

    # P46 India and the US (Business Standard): December exports to the US, the tariff cut "to
    # 18 per cent from 50 per cent" (TAR 18, 50 optional), April-December ("from the same
    # period a year ago": b DC), imports from the US "in the nine months".
    ("India's exports to the US fell 8.7 per cent to $6.3 billion in December, commerce ministry data showed, the "
     "last full month before the trade deal cut Washington's tariff on most Indian goods to 18 per cent from 50 "
     "per cent on January 15. Over April-December, shipments to the US totalled $61.2 billion, down 3.9 per cent "
     "from the same period a year ago. Imports from the US rose 11.4 per cent to $38.6 billion in the nine months, "
     "helped by crude oil and LNG purchases.",
     [R(f="export", r=IN, p=US, c=DC, v=6.3e9, cur="USD", d="down", pct=8.7, b=DC, src=INCOM, **DEC),
      TAR(r=US, p=[IN, None], c=DC, rate=18),
      TAR(r=US, p=[IN, None], c=DC, rate=50, opt=True),
      R(f="export", r=IN, p=US, c=DC, v=61.2e9, cur="USD", d="down", pct=3.9, b=DC, src=INCOM, **APRDEC),
      R(f="import", r=IN, p=US, c=DC, v=38.6e9, cur="USD", d="up", pct=11.4, b=DC, src=INCOM, **APRDEC)]),

    # P47 Shrimp and gems (The Economic Times): shrimp to the US with an appositive, gems and
    # jewellery "to the country" (p US), overall gems and jewellery "slipped" (cq DC), layoffs.
    ("Shrimp exports to the US, India's biggest seafood market, fell 28.4 per cent to $1.42 billion in "
     "April-December, while gems and jewellery exports to the country dropped 31.2 per cent to $4.86 billion, "
     "according to commerce ministry data. Overall gems and jewellery exports slipped 9.1 per cent to $19.6 "
     "billion. Several exporters in Surat laid off workers last year.",
     [R(f="export", r=IN, p=US, c=SHRIMP, v=1.42e9, cur="USD", d="down", pct=28.4, b=DC, src=INCOM, **APRDEC),
      R(f="export", r=IN, p=US, c=GEMS, v=4.86e9, cur="USD", d="down", pct=31.2, b=DC, src=INCOM, **APRDEC),
      R(f="export", r=IN, c=GEMS, v=19.6e9, cur="USD", d="down", pct=9.1, cq=DC, b=DC, src=INCOM, **APRDEC)]),

    # P48 Russian oil (Mint): "fell to" a volume (d down, pct DC) "the lowest in almost four
    # years" (vq and volq DC), the lifted 25 per cent penalty tariff (optional), "Iraq
    # supplied" (either way).
    ("India's imports of Russian crude fell to 1.21 million barrels per day in December, the lowest in almost four "
     "years, according to ship-tracking data from Kpler, as refiners cut purchases before Washington lifted the 25 "
     "per cent penalty tariff it had imposed over the trade in August 2025. Iraq supplied 1.06 million bpd.",
     [R(f="import", r=IN, p=RU, c=CRUDE, vol=1.21e6, u=BPD, vq=DC, volq=DC, d="down", pct=DC, by=DC, byc=DC, b=DC,
        src=KPLER, **DEC),
      TAR(r=US, p=[IN, None], c=DC, rate=25, opt=True),
      R(f=EITHER, r=[IN, IQ], p=[IN, IQ], c=DC, vol=1.06e6, u=BPD, src=KPLER, **DEC)]),

    # P49 India and China (PTI): imports, exports "to the neighbouring country fell to" (d down),
    # the bilateral deficit "pushing ... to" (d DC), goods in a reason-like sentence (none).
    ("India's imports from China rose 11.3 per cent to $113.5 billion in April-December, commerce ministry data "
     "showed, while exports to the neighbouring country fell to $14.3 billion, pushing the bilateral trade "
     "deficit to $99.2 billion. Electronic components and solar cells made up much of the imports.",
     [R(f="import", r=IN, p=CN, c=DC, v=113.5e9, cur="USD", d="up", pct=11.3, b=DC, src=INCOM, **APRDEC),
      R(f="export", r=IN, p=CN, c=DC, v=14.3e9, cur="USD", d="down", pct=DC, by=DC, byc=DC, b=DC, src=INCOM,
        **APRDEC),
      R(f="balance", r=IN, p=CN, c=DC, v=99.2e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC,
        src=INCOM, **APRDEC)]),

    # P50 Electronics and pharmaceuticals (The Hindu BusinessLine): electronics to the US "led
    # by iPhones" (c electronics), reciprocal tariffs without a rate (none), pharmaceuticals
    # "also exempt".
    ("India's electronics exports to the US jumped 62 per cent to $18.4 billion in April-December, led by iPhones "
     "assembled by Foxconn and Tata Electronics, commerce ministry data showed. Smartphones have been exempt from "
     "Washington's reciprocal tariffs. Pharmaceutical exports to the US, also exempt, rose 7.8 per cent to $8.1 "
     "billion.",
     [R(f="export", r=IN, p=US, c=ELECX, v=18.4e9, cur="USD", d="up", pct=62, b=DC, src=INCOM, **APRDEC),
      R(f="export", r=IN, p=US, c=PHARMAX, v=8.1e9, cur="USD", d="up", pct=7.8, b=DC, src=INCOM, **APRDEC)]),

    # ================================================================ Asia, the US again
    # P51 South Korea's January (Yonhap): exports (yoy) driven by chips (c DC), "a record
    # $19.4 billion in semiconductor sales" (a part, RECORD), the US with the 15% car tariff
    # (TAR), China, the surplus.
    ("South Korea's exports rose 9.8% from a year earlier to $61.2 billion in January, driven by a record $19.4 "
     "billion in semiconductor sales, the trade ministry said on Feb. 1. Shipments to the U.S. fell 4.1% to $9.6 "
     "billion, weighed down by cars, which face a 15% U.S. tariff, while exports to China rose 6.3% to $11.8 "
     "billion. The country posted a trade surplus of $8.7 billion.",
     [R(f="export", r=KR, c=DC, v=61.2e9, cur="USD", d="up", pct=9.8, b="yoy", src=MOTIE, **JAN),
      R(f="export", r=KR, c=CHIPS, v=19.4e9, cur="USD", vq=RECORD, src=MOTIE, **JAN),
      R(f="export", r=KR, p=US, c=DC, v=9.6e9, cur="USD", d="down", pct=4.1, b=DC, src=MOTIE, **JAN),
      TAR(r=US, p=KR + [None], c=DC, rate=15),
      R(f="export", r=KR, p=CN, c=DC, v=11.8e9, cur="USD", d="up", pct=6.3, b=DC, src=MOTIE, **JAN),
      R(f="balance", r=KR, c=DC, v=8.7e9, cur="USD", bal="surplus", src=MOTIE, **JAN)]),

    # P52 Japan and the US (Kyodo): exports in yen, car shipments as a percent only, the tariff
    # "lowered to 15%" (TAR), the overall deficit "shrank to" (d DC), company guidance (none).
    ("Japan's exports to the United States fell 8.6% to ¥19.2 trillion in 2035, the Finance Ministry said, with "
     "car shipments down 14.3% even after the U.S. tariff on Japanese vehicles was lowered to 15%. Japan's overall "
     "trade deficit for the year shrank to ¥2.31 trillion. Toyota has said tariffs will cut its operating profit "
     "by ¥1.45 trillion this fiscal year.",
     [R(f="export", r=JP, p=US, c=DC, v=19.2e12, cur="JPY", d="down", pct=8.6, b=DC, src=MOFJ, **Y35),
      R(f="export", r=JP, p=US, c=CARS, d="down", pct=14.3, b=DC, src=MOFJ, **Y35),
      TAR(r=US, p=[JP, None], c=DC, rate=15),
      R(f="balance", r=JP, c=DC, v=2.31e12, cur="JPY", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC, src=MOFJ,
        **Y35)]),

    # P53 End-use categories (Reuters): capital goods "climbed $3.2 billion to a record" (by,
    # RECORD), consumer goods "fell $1.8 billion to" (by), capital goods exports "rose to" (d
    # up, pct DC).
    ("Imports of capital goods climbed $3.2 billion to a record $98.6 billion in December, the Commerce Department "
     "said, driven by computers and semiconductors. Imports of consumer goods fell $1.8 billion to $64.7 billion, "
     "with cellphones down sharply. Exports of capital goods rose to $63.1 billion, boosted by civilian aircraft.",
     [R(f="import", r=US, c=CAPGOODS, v=98.6e9, cur="USD", vq=RECORD, d="up", by=3.2e9, byc="USD", b=DC, src=USDOC,
        **DEC),
      R(f="import", r=US, c=CONSUMER, v=64.7e9, cur="USD", d="down", by=1.8e9, byc="USD", b=DC, src=USDOC, **DEC),
      R(f="export", r=US, c=CAPGOODS, v=63.1e9, cur="USD", d="up", pct=DC, by=DC, byc=DC, b=DC, src=USDOC, **DEC)]),

    # P54 Farm trade (Politico, USDA): the fiscal year "which ended Sept. 30", the farm deficit
    # "hit a record" (d DC), exports and imports, soybeans to China "down from ... the
    # previous year" (d down, base optional), farm aid (none).
    ("The U.S. agricultural trade deficit hit a record $49.6 billion in fiscal 2035, which ended Sept. 30, the "
     "Agriculture Department said, as farm exports fell 3.6% to $165.2 billion and imports rose 4.9% to $214.8 "
     "billion. Soybean exports to China were worth $7.9 billion, down from $12.8 billion the previous year. The "
     "administration has paid farmers $12 billion in tariff relief.",
     [R(f="balance", r=US, c=AGRI, v=49.6e9, cur="USD", vq=RECORD, bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC,
        src=USDA, **USFY35),
      R(f="export", r=US, c=AGRI, v=165.2e9, cur="USD", d="down", pct=3.6, b=DC, src=USDA, **USFY35),
      R(f="import", r=US, c=AGRI, v=214.8e9, cur="USD", d="up", pct=4.9, b=DC, src=USDA, **USFY35),
      R(f="export", r=US, p=CN, c=SOY, v=7.9e9, cur="USD", d="down", pct=DC, by=DC, byc=DC, b=DC, src=USDA,
        **USFY35),
      OPT(f="export", r=US, p=CN, c=SOY, v=12.8e9, cur="USD", **USFY34)]),

    # P55 Drug imports (AP): "they soared to a record ... in March 2035" (d up, pct DC),
    # stockpiling ahead of the 100% tariff (TAR), "then sank to ... in December" (d down),
    # company guidance (none).
    ("Drug imports have swung wildly, Census Bureau data show: they soared to a record $58.2 billion in March 2035 "
     "as pharmaceutical companies stockpiled ahead of the 100% tariff on branded drugs that took effect on Oct. 1, "
     "then sank to $21.4 billion in December. Most big drugmakers have escaped the levy by pledging to build U.S. "
     "plants. Eli Lilly said Thursday it expects 2036 revenue to rise about 20%.",
     [R(f="import", r=US, c=DRUGS, v=58.2e9, cur="USD", vq=RECORD, d=["up", None], pct=DC, by=DC, byc=DC, b=DC,
        src=USDOC, **MAR35),
      TAR(r=US, p=None, c=DC, rate=100),
      R(f="import", r=US, c=DRUGS, v=21.4e9, cur="USD", d="down", pct=DC, by=DC, byc=DC, b=DC, src=USDOC, **DEC)]),

    # P56 Southeast Asia (Bloomberg): imports "to a record", the 20% and 19% reciprocal rates
    # (two TAR, the second for three partners), Thailand "alone".
    ("U.S. imports from Southeast Asia climbed 14.2% to a record $412.6 billion in 2035, Census Bureau data showed, "
     "as production shifted out of China. Goods from Vietnam face a 20% reciprocal tariff, while those from "
     "Thailand, Malaysia and Indonesia pay 19%. Imports from Thailand alone rose 17.9% to $83.4 billion.",
     [R(f="import", r=US, p=ASEAN, c=DC, v=412.6e9, cur="USD", vq=RECORD, d="up", pct=14.2, b=DC, src=USDOC, **Y35),
      TAR(r=US, p=VN + [None], c=DC, rate=20),
      TAR(r=US, p=[TH, MY, ID, None], c=DC, rate=19),
      R(f="import", r=US, p=TH, c=DC, v=83.4e9, cur="USD", d="up", pct=17.9, b=DC, src=USDOC, **Y35)]),

    # P57 The US and Canada (CNBC): a value, then "That was 4.1% less than in 2034" (the change
    # in the next sentence: the value's record accepts it or none, a change-only twin
    # optional), "it left the U.S. with a ... deficit with its northern neighbor", a ranking.
    ("The United States exported $338.4 billion of goods to Canada last year, Census Bureau data showed. That was "
     "4.1% less than in 2034, and it left the U.S. with a $63.9 billion deficit with its northern neighbor, mostly "
     "because of oil. It was the first time since 2008 that Canada bought less from the U.S. than Mexico did.",
     [R(f="export", r=US, p=CA, c=DC, v=338.4e9, cur="USD", d=["down", None], pct=[4.1, None], b=DC, src=USDOC,
        **Y35),
      OPT(f="export", r=US, p=CA, c=DC, v=None, cur=None, d="down", pct=4.1, **Y35),
      R(f="balance", r=US, p=CA, c=DC, v=63.9e9, cur="USD", bal="deficit", src=USDOC, **Y35)]),
]

NEG = [
    # N01 a threatened tariff (furniture, from April 1).
    "The White House said on Wednesday it would impose a 25% tariff on imported furniture and kitchen cabinets "
    "from April 1 unless trading partners agree to buy more American lumber, adding that the rate could rise to "
    "50% later in the year.",
    # N02 a paused tariff increase (the US on Chinese goods).
    "Washington and Beijing agreed on Tuesday to extend by another year the suspension of a planned 24% additional "
    "tariff on Chinese goods, keeping in place until November 2036 the pause that began in November 2025, China's "
    "Commerce Ministry said.",
    # N03 a tariff struck down by a court (the US on Brazilian goods).
    "A U.S. appeals court on Tuesday struck down the 40% tariff on Brazilian goods, ruling that the emergency "
    "powers law the administration invoked did not authorize it. The White House said it would appeal to the "
    "Supreme Court.",
    # N04 customs duties collected (the Treasury).
    "The U.S. government collected $31.4 billion in customs duties in January, Treasury Department data showed, up "
    "from $28.2 billion a year earlier, bringing receipts for the fiscal year that began in October to $124.6 "
    "billion.",
    # N05 one carmaker's tariff costs and guidance.
    "General Motors said on Tuesday that tariffs cost it $3.1 billion in 2035 and that it expects a hit of $2.5 "
    "billion to $3.5 billion this year, even as it imports fewer vehicles from South Korea and Mexico. Its shares "
    "rose 2.4%.",
    # N06 duties collected on low-value parcels after the de minimis exemption ended.
    "U.S. Customs and Border Protection said it has collected more than $1.2 billion in duties on low-value "
    "parcels since the de minimis exemption for shipments worth $800 or less ended in August 2025, as it steps up "
    "inspections of packages from China.",
    # N07 GDP with net exports.
    "The U.S. economy grew at a 2.1% annualized rate in the fourth quarter, the Bureau of Economic Analysis said "
    "last week, as a smaller trade deficit added 0.6 percentage point to growth and consumer spending rose 2.4%.",
    # N08 a poll forecast (China's January-February exports).
    "Economists polled by Reuters expect China's exports in January and February, due on March 7, to rise 3.5% from "
    "a year earlier, with imports seen up 1.2%, as front-loading ahead of Mexico's new tariffs fades.",
    # N09 the EU's suspended countermeasures.
    "The European Commission extended by six months the suspension of its €93 billion package of countermeasures "
    "against U.S. goods, which would otherwise impose tariffs of up to 30% on American soybeans, motorcycles and "
    "bourbon, a spokesperson said on Wednesday.",
    # N10 a purchase pledge under a trade deal (India).
    "Under the trade deal, India committed to buy $500 billion of U.S. energy, aircraft and technology over five "
    "years and to cut duties on American almonds, apples and whiskey, New Delhi's chief negotiator told reporters "
    "on Wednesday.",
    # N11 port throughput (Los Angeles).
    "The Port of Los Angeles handled 9.71 million twenty-foot equivalent units in 2035, down 4.3% from 2034, as "
    "imports from Asia cooled after the tariff-driven rush of the year before, the port's executive director said "
    "on Wednesday.",
    # N12 a proposed surtax (Canada).
    "Ottawa said on Wednesday it was considering a 25% surtax on U.S. furniture and appliances if Washington goes "
    "ahead with its planned levy on Canadian cabinets, and opened a 30-day consultation with businesses.",
]
