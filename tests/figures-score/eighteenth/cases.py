from slots import DC, R, M, Y, PR

# The eighteenth set: every text is the only body paragraph (after an unrelated opening one)
# of a page published on 2033-11-16 (a Wednesday). So "October", "in October alone" and
# "October exports" are October 2033; "September", "in September" and "September exports"
# September 2033; "August" (a base in an Australian text) August 2033; "the third quarter"
# and "third-quarter exports" July-September 2033 and "the same quarter of 2019", a base,
# July-September 2019; "the first half" and "the first half of 2033" January-June 2033 and
# "a year earlier" / "the same period of 2032" after them January-June 2032 (bases); "the
# first nine months", "the first nine months of 2033", "the first nine months of the year"
# and "January-September" January-September 2033, with "a year earlier" after them
# January-September 2032 (bases); "the first ten months", "the first ten months of 2033",
# "January-October", "January-October 2033" and "For January-October" January-October
# 2033, and "the previous January-October record ... set in 2009" January-October 2009 (a
# base). "Last year", "2032", "in 2032" and "calendar 2032" are 2032. Years in historical
# asides are those years: "2011", "2014", "2022", "2023" (figures of their own), "2018",
# "2030" (bases with an amount); "on 2031" is a base without an amount. Rolling periods:
# "the 12 months to September" and "the year to September" are October 2032 - September
# 2033; "the 12 months to October" November 2032 - October 2033. Fiscal and marketing
# years: Australia's "2032-33 financial year" is July 2032 - June 2033 and its "2027-28" (a
# base) July 2027 - June 2028; India's "2032-33" and "the fiscal year to March 2033" are
# April 2032 - March 2033, and its "April-September, the first half of the 2033-34 fiscal
# year" (also "of 2033-34") April-September 2033; Egypt's "fiscal year that ended in June
# 2033" and Pakistan's "FY33, which ended in June" are July 2032 - June 2033; Bangladesh's
# "the first four months of FY34, July to October" July-October 2033; the US soybean
# "2032/33 marketing year that ended Aug. 31" is 2032-09-01 to 2033-08-31 and its
# "2020/21", a base, 2020-09-01 to 2021-08-31. Rates per unit of time ("a day", "a
# second") and an amount "a year" before 2020 have ps and pe DC (see below). Dates and
# years that are no period of any figure: "Oct. 1" (the day a duty took effect), "Monday",
# "Tuesday", "Thursday", "Oct. 30" and "Oct. 31" (release days), "since 2025" (a duty's
# start), "in 2020" (when a tariff was imposed), "since 2016", "since 2018", "since 1986",
# "since 1999", "in eight years", "in two decades" and "before Brexit" in records and
# rankings, "in five years" inside a claim, and "over 15 years" and "within a decade" in
# plans. "This year" appears only in claims, questions and forecasts (no record), and
# "2030", "2034", "2035", "next year", "by the end of the decade" in targets, forecasts and
# hypotheticals; in the near misses "the fiscal year that ended Sept. 30" (US customs
# duties), "April-September, the first half of fiscal 2033" (one company's shipments) and
# "2032-33" (a share of services) belong to numbers that make no record.
#
# Conventions: every convention stated in the seventeenth set's header (seventeenth/cases.py,
# which carries those of the sixteenth, and through it those of the ninth to fifteenth
# sets) is kept unchanged and is not repeated here. In short: values are positive amounts
# in the original currency (deficits bal="deficit", surpluses bal="surplus"); b is
# "yoy"/"mom" only when the text states the comparison ("year on year", "y/y", "on-year",
# "from a year earlier", "on a year earlier", "more than a year earlier", "from the same
# period last year"; "over the month", "m/m"), DC when it is implied or the base is named by
# its period ("from A$159.7 billion in 2027-28", "on 2031", "from A$5.36 billion in
# August", "of the same period of 2032") and null when there is no change; a narrowing or
# widening deficit has d DC, a surplus that narrows is "down"; later sentences inherit
# reporter, period and source; comparison bases are optional records (OPT); a figure
# restated in another currency is one record accepting either form plus an optional twin
# (with its own change: either change, b DC); value and volume of one flow with DIFFERENT
# changes are two records, a value whose only change is the volume's is two records (the
# value's without change), a volume and the revenue it brought in with no change or one
# change that is the value's are one record (a split accepted through an optional twin);
# forecasts, polls, targets, plans, shares, ratios, prices, current accounts, FDI,
# reserves, remittances, tourism receipts, customs duties collected, port throughput,
# export orders, stock-exchange turnover, trade-fair deals, retail sales and one company's
# sales, revenue and shipments are never trade figures; "goods", "merchandise", "total"
# flows c DC, plain "exports"/"imports" of a whole economy c null, "trade", "bilateral trade"
# and "foreign trade" flow total with c null; "non-oil", "services" and named goods are
# commodities; "preliminary" and "estimated" values have vq DC; a buyer that is the
# grammatical subject may be written as the importer or as the partner (f, r and p either
# way); tariffs (TAR) as the ninth to thirteenth sets have them.
#
# New in this (eighteenth) set, which stresses TRADE FIGURES INSIDE ANALYTICAL AND
# EXPLANATORY JOURNALISM: explainers, fact-checks, Q&A interviews with economists and
# ministers, op-eds and columns, business newsletters, data-desk pieces and editorials,
# where the figures sit inside an argument (these are added; where one seems to touch an
# earlier convention it only extends it):
# - Genre furniture. Labels and headings ("Explainer:", "Why is ...?", "Claim:", "Verdict:",
#   "Q:", "A:", "Editorial:", "Editor's note:", "Correction:", "Chart of the day:", "By the
#   numbers:", "Data desk:", "Data check:", "Morning Briefing:", "THE WEEK IN TRADE",
#   "ASEAN Brief:", "Gulf Business Daily:", "Africa Trade Wire:", "Asia Open:", "Good
#   morning."), bylines in parentheses ("(The writer is ...)") and the name of a
#   fact-checker after the final dash ("— RMIT FactLab", "— Full Fact") give no figure and
#   no minus. A heading or question that names an economy without a figure ("Why cocoa
#   matters to Ghana.", "Q: Have China's export controls ... hurt its own sales abroad?",
#   "India's iPhone boom") gives its reporter to the figures that follow (fourteenth set).
# - Fact-checks. The claim (the "Claim:" line, or a politician's or a ministry's quoted
#   figure that the text then checks: "it earns £200 a second", "exports 'grew by P100
#   billion'", "was €400 billion") makes NO record, whatever the verdict (true, false,
#   misleading, half true): its amounts, percents and "doubled" are the claimant's. The
#   figures the verdict gives from data are records, with the data body as source (the
#   fact-checker named after the dash or as finding it, "Africa Check found", accepted
#   beside it). When the verdict says the claimed number belongs to another flow ("the 15%
#   growth applies only to electronic products, whose exports reached $12.4 billion"), it is
#   a record of that flow. Two conflicting official measures of one flow (China's and
#   Kazakhstan's figures of their bilateral trade) are two records, one per reporter
#   (fourteenth set's mirror statistics); the gap between them is none.
# - Corrections and editor's notes. The figure or direction the text withdraws ("It
#   originally said ... €400 billion", "said Morocco's car exports fell") makes no record;
#   the corrected figure is a record (twelfth set's rule, applied to whole statements).
# - Q&A interviews (sixteenth set): the answers carry the figures, with the interviewee
#   (named after the final dash) or the body he or she cites as source, and "our", "we"
#   the interviewee's economy; a question carries none, neither a premise nor a target
#   ("Will you hit the $55 billion target?"); forecasts ("I think they will drop below €65
#   billion this year"), targets ("Our target is SAR 1 trillion a year by 2030") and
#   conditionals ("If the agreement were fully implemented, I estimate that could double")
#   in answers make none, nor does a comparison with another economy without its amount
#   ("a bigger surplus than China now runs with the US").
# - Op-eds, columns and editorials: "we" of an editorial ("We have said it before", "We
#   regret the error") is the paper, no economy; "our exports", "our second-largest market"
#   in an editorial are of the paper's country as the text identifies it (Kenya through the
#   Kenya National Bureau of Statistics, Canada through "Globe editorial" and Statistics
#   Canada). The writer's estimates, counterfactuals and hypotheticals ("Without the
#   tariff, by my estimate, sales would have been C$2.1 billion higher", "Had the reforms
#   worked, that figure should have doubled", "Even doubling sales to Asia would not make up
#   for a 10% drop") make no record.
# - Hypotheticals in explainers: an amount computed for a case that has not happened ("if
#   it applied to all of them, the levy would come to about $34.6 billion a year") is no
#   record; the actual figures it is computed from are records.
# - Hedges and attributions: "according to customs figures cited by the Ministry of
#   Agriculture" (source customs or the citing ministry), "TurkStat data compiled by our
#   data team", "our analysis of Eurostat data", "The Hindu's data team compiled commerce
#   ministry figures" (source the body whose data they are; a named outlet accepted beside
#   it), "appear to have fallen about 21% to roughly $2.2 billion, on preliminary Bank of
#   Ghana figures" (a record: vq DC, cq about), "an estimated $11.6 billion ..., a number
#   published by the Reserve Bank of India" (vq DC), "about €158 billion" (vq about).
# - Comparisons with other economies in one sentence: each economy's figure is a record of
#   its own; an elided head noun ("while Malaysia's grew 14.1% to RM168.3 billion and
#   Indonesia's fell 2.4%", "Ghana's appear to have fallen") takes the flow, partner and
#   goods of the clause before; a change without an amount is a record with a null value.
#   An economy's figure has the source the text gives for THAT economy; "according to
#   their statistics offices" without names, and an economy whose figure has no source of
#   its own beside another economy's body ("Kenya's tea exports, by comparison, brought in
#   ..."), have src DC.
# - Records and rankings: "the smallest since 2018", "the lowest since 2016", "the largest
#   in eight years", "the largest monthly amount ever", "the highest half-year figure on
#   record", "the highest for the period on record", "the largest in its history", "above
#   the previous ... record" are vq LOWEST / HIGHEST (the most since 1986 in a quote: vq
#   DC); "a record" vq RECORD. Rankings among partners, goods or economies ("its
#   second-largest market", "the top partner, followed by China", "the largest market",
#   "the top three destinations", "Turkey's third-largest trading partner", "overtaking
#   those to China and Hong Kong combined for the first time since 1999", "the sharpest
#   drop among the country's main products", "the highest in the EU" said of a figure per
#   resident, "the biggest single item") make no record of their own and no vq; an amount
#   given with a ranked partner ("India remained the top partner at AED 218.6 billion",
#   "The United States remained the largest market, at £1.02 billion") is a record.
# - Shares and ratios make no record ("39.2% of the total", "about a third of the total",
#   "about 36% of its total crude imports", "Some 76% of its goods exports", "about 9% of
#   total exports", "a ratio of about 1.7 to 1", "just over half", "China took 73% of the
#   volume", "31% — the share of chips", "about 15% of the continent's total trade",
#   "91% — the share of EU tariffs on Mercosur goods the deal would remove"); an AMOUNT
#   given as a part ("gold accounted for CHF 118.4 billion of that", "made up US$108.7
#   billion of that", "Dubai accounted for AED 1.92 trillion of the total", "Pakistan took
#   171.2 million kilograms of that") is a record of the part (twelfth set).
# - Per-capita and per-time figures: an amount per person ("about NZ$5,100 for every New
#   Zealander", "about €35,000 per resident", per-resident rankings, kilograms per person)
#   makes no record. A rate per unit of time derived from a stated total ("or roughly C$1.7
#   billion a day", "that is about $118 million a day", "about $416 million a day", "closer
#   to £170" a second) is an optional record with ps and pe DC, like the fifteenth set's
#   average daily exports, and so is such a rate before a policy ("more than $600 million a
#   day before the price cap"); a claimed rate the text corrects ("£200 a second") makes
#   none. A volume per day ("averaged 4.72 million barrels per day in October") stays a
#   volume of its period (tenth set); when the derived value a day is given beside it, the
#   volume's record accepts that value or none.
# - Historical asides: a past figure stated as a fact of its own with its period ("In 2011
#   ... the crop brought in $2.87 billion", "In 2014, Brazil shipped $16.6 billion of
#   soybeans to China", "a record 22.3 million tonnes of rice in 2022", "shipments fell to
#   16.4 million tonnes in 2023", "They fell to about A$10 million in 2022") is a REQUIRED
#   record of that period, src DC (the paragraph's source may or may not be read as
#   covering it); a past figure used only as the base of a comparison ("up from $1.87
#   billion in 2030", "from $418.2 billion in 2018", "above the £171.6 billion of 2018",
#   "less than half the £8.1 billion gap of the same quarter of 2019", "the previous
#   January-October record of US$15.6 billion set in 2009", "from 24.6 million tonnes in
#   2020/21") is optional (OPT); an amount without a period ("exports there were worth
#   about A$1.1 billion a year" before 2020) is optional with ps and pe DC. A comparison
#   with such a base gives the direction ("barely above the $4.2 billion of the same period
#   of 2032": d up, pct and by DC, b DC); "above the £171.6 billion of 2018" in a half-true
#   verdict accepts d up or none.
# - Tariffs: a rate in force or taking effect ("The 32% duty that took effect on Oct. 1",
#   "The 25% tariff announced on Monday", "the tariff Brazil now charges", "as the US tariff
#   on the metal stayed at 50%", "countervailing duties of up to 35.3%", "the standard 10%
#   tariff on imported cars", "after the 50% tariff took hold") is a tariff record; the old
#   rate ("up from the 20% rate in force since 2025"), a rate only floated ("The 15% tariff
#   on chips that Washington has floated would hurt"), a rate named again for another good
#   ("hybrids, which pay only the 10%") and a rate "since lifted" are optional tariff
#   records; a rate in a scenario ("If Washington imposed a 60% tariff") makes none, nor do
#   the duty an importer would pay and a share of tariff lines.
# - Real and volume measures (fifteenth set): "Adjusted for inflation, however, they were
#   7% lower" and "in volume terms they fell 1.9%" are optional change-only records (v DC).
# - "Excluding gold, exports rose just 2.3%" is a record with c DC (the fifteenth set's
#   "excluding diamonds") and a null value, beside the total and the gold records.
# - "Trade among African countries" (intra-African trade, from Afreximbank) is flow total
#   with reporter Africa and p DC (sixteenth set's intra-EU rule). The UAE's non-oil trade
#   "Dubai accounted for" accepts Dubai or the UAE as reporter.
# - Currencies: "R$" BRL; "P" before an amount in a Philippine text PHP ("in peso terms,
#   P3.58 trillion"); "NZ$" NZD; "CFA francs" in an Ivorian text XOF; "₦" NGN; "₹1.78 lakh
#   crore" 1.78 x 10^12 INR; "RM" MYR; "KSh" KES; "R" before an amount in a South African
#   text ZAR; "CHF" CHF; "NOK" NOK; "AED" AED; "SAR" SAR; "A$" AUD; "C$" CAD; "¥" in a
#   Japanese text JPY; "yuan" CNY; "dirhams" in a Moroccan text MAD; "tenge" KZT; "€" EUR;
#   "£" GBP; "$" and "US$" USD.
# - Near misses of this set (no record): a tariff scenario's cost, claims checked without a
#   figure in the verdict (or with none at all), per-resident rankings and per-person
#   consumption, a share and its change in percentage points, a ranking among partners, a
#   Q&A forecast, an editorial's target and a Q&A's trade target, one company's revenue,
#   regional sales and vehicle exports, an op-ed's counterfactual, an explainer's
#   exchange-rate elasticity, customs duties collected, FDI, remittances, a current account,
#   trade-fair deals, a WTO forecast, futures prices, import cover of reserves, a budget
#   assumption, a correction of a release date, stock-exchange turnover, export orders, port
#   throughput, an industry body's "could reach", online retail sales, a "could lose"
#   scenario, a poll and tourism receipts.

# The names of economies, sources, units and qualifiers and the record helpers (OPT, YTD,
# Q, H, FYAM, FYJJ, TAR) that the tenth to seventeenth sets defined mean the same here:
# they are taken from the twelfth to seventeenth sets' cases rather than copied (those
# files have their definitions and comments).
import importlib.util as _ilu, os as _os
_here = _os.path.dirname(_os.path.abspath(__file__))


def _load(name):
    spec = _ilu.spec_from_file_location("_%s_cases" % name, _os.path.join(_here, "..", name, "cases.py"))
    mod = _ilu.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_t12 = _load("twelfth")
for _n in """
TON ABOUT RECORD LOWEST HIGHEST US EU RU UAE KR GAC UK TR USDOC DESTATIS MOFJ MOTIE KCS INCOM ONS
STATCAN ABS BRMIN INEGI BBL CRUDE SOY VN VNCUS CH ZA PH NZ ELEC GRAIN GSO PSA THMOC TWMOF TURKSTAT
EUROSTAT JP SA CA MX TW IE AU ID MA NONOIL ENERGY PETRO CARS CHIPS UNITS AUTO BAG KG WINE
DANE STATSNZ NSC BAZG KZBNS EPB BCCH BCRP INDEC CSO OC GARMENTS TEXTILES PHONES USDA FNC NBSNG
SARS KNBS KPLER UCDA OPT TAR YTD Q H FYAM FYJJ
""".split():
    globals()[_n] = getattr(_t12, _n)
_t13 = _load("thirteenth")
for _n in """
CN IN DE PK BD KE NG EG BR AR MY TH PL CL PE UA AFRICA DAIRY SCOT SCOTCH SWA NEPC TEA TBK UAEMIN
PBS
""".split():
    globals()[_n] = getattr(_t13, _n)
_t14 = _load("fourteenth")
for _n in "KZ CO GH IRONSTEEL COCOA BOG PHARMA EV ALU".split():
    globals()[_n] = getattr(_t14, _n)
_t15 = _load("fifteenth")
for _n in "SERVICES NO CI SALMON".split():
    globals()[_n] = getattr(_t15, _n)
_t16 = _load("sixteenth")
for _n in "UG COFFEE GOLD COAL IRONORE COPPER".split():
    globals()[_n] = getattr(_t16, _n)
_t17 = _load("seventeenth")
for _n in "MERCOSUR".split():
    globals()[_n] = getattr(_t17, _n)

# New in this (eighteenth) set: economies, groups and sub-national reporters.
DUBAI_UAE = ["Dubai"] + UAE
EUR_P = EU + ["Europe", "European"]
BR_MERC = [BR] + MERCOSUR
# Goods.
AUTOP = ["vehicles and auto parts", "vehicles", "auto parts", "automotive", "autos", "auto", "cars"]
VEH = ["vehicles", "vehicle", "cars", "autos", "auto"]
ICTP = ["information and communication products", "information and communication", "ICT products", "ICT",
        "AI servers", "servers"]
AGRIB = ["agribusiness", "agricultural", "agro", "farm"]
RAREE = ["rare earths", "rare earth", "rare-earth", "rare-earths"]
RICE = "rice"
SMARTPH = ["smartphones", "smartphone"] + PHONES
HYBRID = ["hybrids", "hybrid", "hybrid cars"]
MINING = ["mining", "mineral", "minerals", "mining products"]
CARS_AUTO = CARS + AUTO
# Sources (with the fact-checker, outlet or speaker that carries them).
DFAT = ["Department of Foreign Affairs and Trade", "DFAT", "RMIT FactLab", "FactLab"]
CBE = ["Central Bank of Egypt", "CBE", "central bank"]
EUCOM = EUROSTAT + ["European Commission", "Commission"]
SARSAC = SARS + ["Africa Check"]
ONSFF = ONS + ["Full Fact"]
RBI = ["Reserve Bank of India", "RBI"]
BRAG = ["Agriculture Ministry", "Ministry of Agriculture", "agriculture ministry"]
PSAVF = PSA + ["VERA Files"]
DESTC = DESTATIS + ["Correctiv"]
INDECCH = INDEC + ["Chequeado"]
GACFC = GAC + ["Factcheck.kz"]
KZBNSFC = KZBNS + ["Factcheck.kz"]
IDMIN = ["Trade Minister", "Rina Hartono", "Hartono", "Ministry of Trade", "trade ministry", "Jakarta Post"]
HCOB = ["Clara Weiss", "Weiss", "chief economist", "Hamburg Commercial Bank"]
BDADV = EPB + ["Commerce Adviser", "Farida Rahman", "Rahman", "commerce ministry", "Daily Star"]
BANXICO = INEGI + ["Banxico", "Bank of Mexico", "deputy governor", "Luis Ortega", "Ortega"]
KRMIN18 = MOTIE + ["Trade Minister", "Park Ji-won", "Park"]
LTPC = NBSNG + ["Adewale Okonkwo", "Okonkwo", "research director", "Lagos Trade Policy Centre"]
NSC18 = NSC + ["chief executive", "Kristin Dahl", "Dahl"]
LIWEN = GAC + ["Li Wen", "Peking University", "economist", "Trade Talk"]
SAMIN = ["Minister of Commerce", "Khalid Al-Rashid", "Al-Rashid", "Ministry of Commerce", "commerce ministry"]
FNC18 = FNC + ["general manager", "Andrés Mejía", "Andres Mejia", "Mejía", "Mejia"]
AFREX = ["Afreximbank", "African Export-Import Bank"]
IEA = ["International Energy Agency", "IEA"]
MEITY = ["Ministry of Electronics and IT", "Ministry of Electronics and Information Technology", "MeitY",
         "electronics ministry"]
INHINDU = INCOM + ["The Hindu", "data team"]
PLAG = ["customs", "Ministry of Agriculture", "agriculture ministry"]
INSCI = ["National Institute of Statistics", "INS"]
WINEAU = ["Wine Australia"]

# Periods.
OCT = M(2033, 10)
SEP = M(2033, 9)
AUG = M(2033, 8)
Q3 = Q(2033, 3)
Q3_19 = Q(2019, 3)
H1 = H(2033, 1)
H1_32 = H(2032, 1)
YTD9 = YTD(2033, 9)
YTD10 = YTD(2033, 10)
YTD9_32 = YTD(2032, 9)
YTD10_09 = YTD(2009, 10)
Y32 = Y(2032)
Y30 = Y(2030)
Y23 = Y(2023)
Y22 = Y(2022)
Y18 = Y(2018)
Y14 = Y(2014)
Y11 = Y(2011)
R12SEP = PR("2032-10-01", "2033-09-30")      # the 12 months / the year to September
R12OCT = PR("2032-11-01", "2033-10-31")      # the 12 months to October
AUFY = FYJJ(2032)                            # Australia's 2032-33 financial year
AUFY27 = FYJJ(2027)                          # Australia's 2027-28 (a base)
INFY = FYAM(2032)                            # India's 2032-33
INAS = PR("2033-04-01", "2033-09-30")        # India's April-September of 2033-34
JJFY = FYJJ(2032)                            # Egypt's year to June 2033, Pakistan's FY33
BDJO = PR("2033-07-01", "2033-10-31")        # Bangladesh's July-October of FY34
USMY = PR("2032-09-01", "2033-08-31")        # the US soybean 2032/33 marketing year
USMY20 = PR("2020-09-01", "2021-08-31")      # its 2020/21 (a base)
PERDAY = dict(ps=DC, pe=DC)                  # a rate per unit of time; an amount "a year" before 2020

POS = [
    # ---------------------------------------------------------------- explainers
    # P01 a duty in force and its old rate (optional), exports to the US, a ranking (none).
    ("Explainer: What Washington's new tariffs mean for Vietnam. The 32% duty that took effect on Oct. 1 "
     "covers most Vietnamese goods, up from the 20% rate in force since 2025. The stakes are high: "
     "Vietnam's exports to the United States reached $98.4 billion in the first nine months of 2033, up "
     "11.2% year on year, according to Vietnamese customs, making America its largest export market by "
     "far.",
     [TAR(r=US, p=VN, c=DC, rate=32),
      TAR(r=US, p=VN, c=DC, rate=20, opt=True),
      R(f="export", r=VN, p=US, v=98.4e9, cur="USD", d="up", pct=11.2, b="yoy", src=VNCUS, **YTD9)]),

    # P02 a question as heading, a surplus "the smallest since 2018" with its August base, a
    # share (none), "over the month".
    ("Why is Australia's trade surplus shrinking? Mostly because of iron ore. The surplus on goods and "
     "services fell to A$4.12 billion in September, the smallest since 2018, from A$5.36 billion in August, "
     "the Australian Bureau of Statistics said. Iron ore exports, which account for about a third of the "
     "total, fell 8.4% over the month to A$9.87 billion.",
     [R(f="balance", r=AU, c=DC, v=4.12e9, cur="AUD", vq=LOWEST, bal="surplus", d="down", pct=DC, by=DC,
        byc=DC, b=DC, src=ABS, **SEP),
      OPT(f="balance", r=AU, c=DC, v=5.36e9, cur="AUD", bal="surplus", **AUG),
      R(f="export", r=AU, c=IRONORE, v=9.87e9, cur="AUD", d="down", pct=8.4, b="mom", src=ABS, **SEP)]),

    # P03 a buyer as subject, a share (none), another economy "against ... for", a ranking
    # (none), a part "accounted for".
    ("How much does Chile depend on China? A lot. China bought $38.6 billion of Chilean goods last year, "
     "39.2% of the total, according to the Central Bank of Chile, against $14.1 billion for the United "
     "States, its second-largest market. Copper alone accounted for $29.8 billion of the shipments to "
     "China.",
     [R(f=["export", "import"], r=[CL, CN], p=[CL, CN], c=DC, v=38.6e9, cur="USD", src=BCCH, **Y32),
      R(f=["export", "import"], r=[CL] + US, p=[CL] + US, c=DC, v=14.1e9, cur="USD", src=BCCH, **Y32),
      R(f="export", r=CL, p=CN, c=COPPER, v=29.8e9, cur="USD", src=BCCH, **Y32)]),

    # P04 the actual exports, a tariff announced, a hypothetical levy (none).
    ("What would Washington's car tariff cost Mexico? Start with the numbers. Mexico exported $138.2 "
     "billion of vehicles and auto parts to the United States in 2032, according to INEGI. The 25% tariff "
     "announced on Monday applies only to vehicles that fail the USMCA rules of origin; if it applied to "
     "all of them, the levy would come to about $34.6 billion a year.",
     [R(f="export", r=MX, p=US, c=AUTOP, v=138.2e9, cur="USD", src=INEGI, **Y32),
      TAR(r=US, p=[None, MX], c=VEH, rate=25)]),

    # P05 "in four numbers": amounts before their labels, a share of tariff lines (none), a
    # tariff charged now, "Sources:".
    ("The EU-Mercosur deal in four numbers: €57.3 billion — EU goods exports to Mercosur in 2032; €54.1 "
     "billion — EU imports from the bloc; 91% — the share of EU tariffs on Mercosur goods the deal would "
     "remove; 35% — the tariff Brazil now charges on European cars, which the deal would phase out over 15 "
     "years. Sources: Eurostat, European Commission.",
     [R(f="export", r=EU, p=MERCOSUR, c=DC, v=57.3e9, cur="EUR", src=EUCOM, **Y32),
      R(f="import", r=EU, p=MERCOSUR, c=DC, v=54.1e9, cur="EUR", src=EUCOM, **Y32),
      TAR(r=BR_MERC, p=EUR_P, c=CARS, rate=35)]),

    # P06 a volume per day, a share (none), a price (none), a value per day (optional).
    ("Explainer: Why India keeps buying Russian oil. India imported an average of 1.74 million barrels per "
     "day of Russian crude in October, about 36% of its total crude imports, according to ship-tracking "
     "firm Kpler. At roughly $68 a barrel, that is about $118 million a day.",
     [R(f="import", r=IN, p=RU, c=CRUDE, vol=1.74e6, u=BBL, volq=DC, v=[None, 118e6], cur=[None, "USD"], vq=DC,
        src=KPLER, **OCT),
      OPT(f="import", r=IN, p=RU, c=CRUDE, v=118e6, cur="USD", vol=DC, u=DC, volq=DC, **PERDAY)]),

    # P07 a goods deficit and a services surplus with the EU, the combined deficit, a 2019
    # base in a historical aside (optional).
    ("What is Britain's trade balance with the EU? In the third quarter, the UK ran a goods deficit of "
     "£10.4 billion with the European Union and a services surplus of £6.8 billion with the bloc, the "
     "Office for National Statistics said. Put together, the deficit was £3.6 billion, less than half the "
     "£8.1 billion gap of the same quarter of 2019, before Brexit took effect.",
     [R(f="balance", r=UK, p=EU, c=DC, v=10.4e9, cur="GBP", bal="deficit", src=ONS, **Q3),
      R(f="balance", r=UK, p=EU, c=SERVICES, v=6.8e9, cur="GBP", bal="surplus", src=ONS, **Q3),
      R(f="balance", r=UK, p=EU, c=DC, v=3.6e9, cur="GBP", bal="deficit", d=DC, pct=DC, cq=DC, by=DC, byc=DC,
        b=DC, src=ONS, **Q3),
      OPT(f="balance", r=UK, p=EU, c=DC, v=8.1e9, cur="GBP", bal="deficit", **Q3_19)]),

    # P08 value and volume of one flow (one record, twin for a split), a buyer's part
    # "took ... of that", a ranking (none).
    ("Who buys Kenya's tea? Pakistan, mostly. Kenyan tea exports earned KSh 142.6 billion from 412.5 "
     "million kilograms in the first nine months of 2033, according to the Tea Board of Kenya, and "
     "Pakistan took 171.2 million kilograms of that, far ahead of Egypt and Britain.",
     [R(f="export", r=KE, c=TEA, v=142.6e9, cur="KES", vol=[412.5e6, None], u=[KG, None], src=TBK, **YTD9),
      OPT(f="export", r=KE, c=TEA, vol=412.5e6, u=KG, volq=DC, v=[None, 142.6e9], cur=[None, "KES"], **YTD9),
      R(f=["export", "import"], r=[KE, PK], p=[KE, PK], c=[None, TEA], vol=171.2e6, u=KG, src=TBK, **YTD9)]),

    # P09 a 2030 base (optional), a figure of 2011 in a historical aside (required, src DC).
    ("Why cocoa matters to Ghana. Cocoa beans and products earned the country $3.42 billion in 2032, up "
     "from $1.87 billion in 2030, according to the Bank of Ghana. In 2011, at the height of an earlier "
     "boom, the crop brought in $2.87 billion.",
     [R(f="export", r=GH, c=COCOA, v=3.42e9, cur="USD", d="up", pct=DC, by=DC, byc=DC, b=DC, src=BOG, **Y32),
      OPT(f="export", r=GH, c=COCOA, v=1.87e9, cur="USD", **Y30),
      R(f="export", r=GH, c=COCOA, v=2.87e9, cur="USD", src=DC, **Y11)]),

    # P10 a share (none), a rolling year, a rate a day (optional), a part.
    ("Three numbers explain Canada's exposure to its southern neighbour. Some 76% of its goods exports go to "
     "the United States. Those exports were worth C$612.4 billion in the 12 months to September, according "
     "to Statistics Canada, or roughly C$1.7 billion a day. And energy products made up C$148.3 billion of "
     "them.",
     [R(f="export", r=CA, p=US, c=DC, v=612.4e9, cur="CAD", src=STATCAN, **R12SEP),
      OPT(f="export", r=CA, p=US, c=DC, v=1.7e9, cur="CAD", **PERDAY),
      R(f="export", r=CA, p=US, c=ENERGY, v=148.3e9, cur="CAD", src=STATCAN, **R12SEP)]),

    # P11 single-economy explainer: Egypt's fiscal year, "slid to" (direction and level), a
    # petroleum deficit.
    ("What the fuel bill means for Egypt. Egypt's petroleum imports rose 31.4% to $14.6 billion in the "
     "fiscal year that ended in June 2033, while its petroleum exports slid to $5.2 billion, leaving a "
     "petroleum trade deficit of $9.4 billion, the Central Bank of Egypt said.",
     [R(f="import", r=EG, c=PETRO, v=14.6e9, cur="USD", d="up", pct=31.4, b=DC, src=CBE, **JJFY),
      R(f="export", r=EG, c=PETRO, v=5.2e9, cur="USD", d="down", pct=DC, by=DC, byc=DC, b=DC, src=CBE, **JJFY),
      R(f="balance", r=EG, c=PETRO, v=9.4e9, cur="USD", bal="deficit", src=CBE, **JJFY)]),

    # P12 a ranking "for the first time since 1999" (no vq), a part "made up ... of that".
    ("How big is Taiwan's tech trade with America? Taiwan's exports to the United States jumped 41.6% to "
     "US$162.3 billion in the first ten months of 2033, overtaking those to China and Hong Kong combined "
     "for the first time since 1999, the Ministry of Finance said. Information and communication products, "
     "mostly AI servers, made up US$108.7 billion of that.",
     [R(f="export", r=TW, p=US, v=162.3e9, cur="USD", d="up", pct=41.6, b=DC, src=TWMOF, **YTD10),
      R(f="export", r=TW, p=US, c=ICTP, v=108.7e9, cur="USD", src=TWMOF, **YTD10)]),

    # ---------------------------------------------------------------- fact-checks
    # P13 a claim "doubled" (none), the verdict's figure with its base in another financial
    # year (optional), the fact-checker after the dash.
    ("Claim: 'Our exports to China have doubled in five years,' Trade Minister Sarah Whitfield told "
     "Parliament. Verdict: False. Australia's goods exports to China were A$196.4 billion in the 2032-33 "
     "financial year, up 23% from A$159.7 billion in 2027-28, according to the Department of Foreign "
     "Affairs and Trade. — RMIT FactLab",
     [R(f="export", r=AU, p=CN, c=DC, v=196.4e9, cur="AUD", d="up", pct=23, b=DC, src=DFAT, **AUFY),
      OPT(f="export", r=AU, p=CN, c=DC, v=159.7e9, cur="AUD", **AUFY27)]),

    # P14 a claim without a number, a verdict with a record half-year and its base.
    ("Claim: Nigeria earned more from non-oil exports in the first half of 2033 than in any half-year "
     "before. Verdict: Correct. Non-oil exports reached ₦6.84 trillion in the first half, the highest "
     "half-year figure on record, according to the National Bureau of Statistics, up from ₦4.92 trillion a "
     "year earlier. Crude oil exports still dwarfed them at ₦21.3 trillion.",
     [R(f="export", r=NG, c=NONOIL, v=6.84e12, cur="NGN", vq=HIGHEST, d="up", pct=DC, by=DC, byc=DC, b="yoy",
        src=NBSNG, **H1),
      OPT(f="export", r=NG, c=NONOIL, v=4.92e12, cur="NGN", **H1_32),
      R(f="export", r=NG, c=CRUDE, v=21.3e12, cur="NGN", src=NBSNG, **H1)]),

    # P15 a claimed surplus (none), the real imports, exports and deficit, "Africa Check found".
    ("Claim: South Africa ran a R50 billion trade surplus with China last year, an opposition MP told "
     "Parliament. Verdict: Wrong — it ran a deficit. SARS data show imports from China of R312.6 billion in "
     "2032 against exports to China of R218.4 billion, a deficit of R94.2 billion, Africa Check found.",
     [R(f="import", r=ZA, p=CN, v=312.6e9, cur="ZAR", src=SARSAC, **Y32),
      R(f="export", r=ZA, p=CN, v=218.4e9, cur="ZAR", src=SARSAC, **Y32),
      R(f="balance", r=ZA, p=CN, v=94.2e9, cur="ZAR", bal="deficit", src=SARSAC, **Y32)]),

    # P16 half true: a cash figure above a 2018 base (optional), the real change (optional).
    ("Claim: 'Britain now sells more to the EU than it did before Brexit.' Verdict: Half true. In cash "
     "terms, UK goods exports to the EU were £187.3 billion in the 12 months to September, above the £171.6 "
     "billion of 2018, Office for National Statistics figures show. Adjusted for inflation, however, they "
     "were 7% lower. — Full Fact",
     [R(f="export", r=UK, p=EU, c=DC, v=187.3e9, cur="GBP", d=[None, "up"], pct=DC, by=DC, byc=DC, b=DC,
        src=ONSFF, **R12SEP),
      OPT(f="export", r=UK, p=EU, c=DC, v=171.6e9, cur="GBP", **Y18),
      OPT(f="export", r=UK, p=EU, c=DC, v=DC, cur=DC, d="down", pct=7, **R12SEP)]),

    # P17 a claimed total (none), merchandise exports, services exports "an estimated ... a
    # number published by" (vq DC), "the Gulf state".
    ("Claim: India's exports to the UAE crossed $50 billion in 2032-33. Verdict: Misleading. Commerce "
     "ministry data show merchandise exports to the UAE of $38.7 billion in the fiscal year to March 2033; "
     "the $50 billion figure appears to add an estimated $11.6 billion of services exports to the Gulf "
     "state, a number published by the Reserve Bank of India.",
     [R(f="export", r=IN, p=UAE, c=DC, v=38.7e9, cur="USD", src=INCOM, **INFY),
      R(f="export", r=IN, p=UAE, c=SERVICES, v=11.6e9, cur="USD", vq=DC, src=RBI, **INFY)]),

    # P18 dollars up, reais down: one record accepting either form and either change, a twin.
    ("Claim: Brazil's agribusiness exports fell last year. Verdict: False. According to the Agriculture "
     "Ministry, agribusiness exports rose 4.8% to a record $172.4 billion in 2032. The claim seems to rest "
     "on their value in reais, R$ 861 billion, which was 2.1% lower because of the stronger currency.",
     [R(f="export", r=BR, c=AGRIB, v=[172.4e9, 861e9], cur=["USD", "BRL"], vq=RECORD, d=["up", "down"],
        pct=[4.8, 2.1], b=DC, src=BRAG, **Y32),
      OPT(f="export", r=BR, c=AGRIB, v=[172.4e9, 861e9], cur=["USD", "BRL"], **Y32)]),

    # P19 a claimed 15% (none for the total), the real total, the 15% of electronics (a record).
    ("Claim: Philippine exports grew 15% in the third quarter, a senator said in a speech. Verdict: "
     "Misleading. The Philippine Statistics Authority put third-quarter exports at $21.6 billion, up 5.1% "
     "from a year earlier; the 15% growth applies only to electronic products, whose exports reached $12.4 "
     "billion. — VERA Files",
     [R(f="export", r=PH, v=21.6e9, cur="USD", d="up", pct=5.1, b="yoy", src=PSAVF, **Q3),
      R(f="export", r=PH, c=ELEC, v=12.4e9, cur="USD", d="up", pct=15, b=DC, src=PSAVF, **Q3)]),

    # P20 a claimed multiple (none), exports, imports, a ratio (none), a surplus after an em dash.
    ("Claim: Germany sells three times as much to the United States as it buys from it. Verdict: "
     "Exaggerated. Destatis figures show German exports to the US of €121.8 billion in the first nine "
     "months of 2033 and imports from the US of €72.4 billion — a ratio of about 1.7 to 1 and a surplus of "
     "€49.4 billion. — Correctiv",
     [R(f="export", r=DE, p=US, v=121.8e9, cur="EUR", src=DESTC, **YTD9),
      R(f="import", r=DE, p=US, v=72.4e9, cur="EUR", src=DESTC, **YTD9),
      R(f="balance", r=DE, p=US, v=49.4e9, cur="EUR", bal="surplus", src=DESTC, **YTD9)]),

    # P21 a record surplus above the previous record of 2009 (optional base).
    ("Claim: Argentina's trade surplus this year is the largest in its history. Verdict: True so far. The "
     "surplus reached US$19.8 billion in January-October 2033, above the previous January-October record of "
     "US$15.6 billion set in 2009, according to INDEC. — Chequeado",
     [R(f="balance", r=AR, v=19.8e9, cur="USD", vq=HIGHEST, bal="surplus", d=DC, pct=DC, by=DC, byc=DC, b=DC,
        src=INDECCH, **YTD10),
      OPT(f="balance", r=AR, v=15.6e9, cur="USD", bal="surplus", **YTD10_09)]),

    # P22 single-value verdict: dairy exports in a rolling year, a figure per person (none).
    ("Claim: New Zealand earns more per person from dairy exports than any other country. Verdict: Probably "
     "true, but hard to prove. Dairy exports were NZ$26.9 billion in the year to September, Stats NZ says, "
     "or about NZ$5,100 for every New Zealander.",
     [R(f="export", r=NZ, c=DAIRY, v=26.9e9, cur="NZD", src=STATSNZ, **R12SEP)]),

    # P23 a claimed total (none), two official measures of one trade (one record each), the
    # gap (none).
    ("Claim: Trade between Kazakhstan and China hit $50 billion last year. Verdict: It depends whose data "
     "you use. China's customs put bilateral trade at $48.2 billion in 2032; Kazakhstan's Bureau of "
     "National Statistics recorded only $31.4 billion, a gap largely explained by how transit and "
     "re-exports are counted. — Factcheck.kz",
     [R(f="total", r=CN, p=KZ, v=48.2e9, cur="USD", src=GACFC, **Y32),
      R(f="total", r=KZ, p=CN, v=31.4e9, cur="USD", src=KZBNSFC, **Y32)]),

    # P24 a correction: the withdrawn direction (none), the corrected figure, "We" the outlet.
    ("Correction: An earlier version of this fact-check said Morocco's car exports fell in the first nine "
     "months of 2033. They rose 6.2% to 118.4 billion dirhams, according to the Foreign Exchange Office. We "
     "regret the error.",
     [R(f="export", r=MA, c=CARS_AUTO, v=118.4e9, cur="MAD", d="up", pct=6.2, b=DC, src=OC, **YTD9)]),

    # ---------------------------------------------------------------- Q&A interviews
    # P25 a minister: "Our exports", the surplus, a part "mostly nickel-based".
    ("Q: How did exports do this year? A: Better than people feared. Our exports reached US$214.6 billion in "
     "January-October, up 3.8% from the same period last year, and the trade surplus was US$31.2 billion. "
     "Q: And nickel? A: Iron and steel exports, which are mostly nickel-based, brought in US$23.4 billion. "
     "— Indonesian Trade Minister Rina Hartono, in an interview with The Jakarta Post",
     [R(f="export", r=ID, v=214.6e9, cur="USD", d="up", pct=3.8, b="yoy", src=IDMIN, **YTD10),
      R(f="balance", r=ID, v=31.2e9, cur="USD", bal="surplus", src=IDMIN, **YTD10),
      R(f="export", r=ID, c=IRONSTEEL, v=23.4e9, cur="USD", src=IDMIN, **YTD10)]),

    # P26 an economist: "the lowest since 2016", a forecast (none), "about" a value.
    ("Q: Is Germany's export model broken? A: Not broken, but bruised. Exports to China fell to €71.2 "
     "billion last year, the lowest since 2016, and I think they will drop below €65 billion this year. Q: "
     "And the United States? A: Still growing: German exports there were about €158 billion in 2032. — "
     "Clara Weiss, chief economist at Hamburg Commercial Bank",
     [R(f="export", r=DE, p=CN, v=71.2e9, cur="EUR", vq=LOWEST, d="down", pct=DC, by=DC, byc=DC, b=DC,
        src=HCOB, **Y32),
      R(f="export", r=DE, p=US, v=158e9, cur="EUR", vq=ABOUT, d=DC, b=DC, src=HCOB, **Y32)]),

    # P27 an adviser: Bangladesh's fiscal months, "4.2% more than a year earlier", a target
    # in a question (none), a conditional answer (none).
    ("Q: Garment exporters have had a difficult year. How bad has it been? A: Not as bad as the headlines "
     "suggest. We exported garments worth $14.6 billion in the first four months of FY34, July to October, "
     "4.2% more than a year earlier, according to the Export Promotion Bureau. Q: Will you hit the $55 "
     "billion target for the year? A: If Europe recovers, yes. — Bangladesh Commerce Adviser Farida Rahman, "
     "speaking to The Daily Star",
     [R(f="export", r=BD, c=GARMENTS, v=14.6e9, cur="USD", d="up", pct=4.2, b="yoy", src=BDADV, **BDJO)]),

    # P28 a central banker: "Our exports", "our surplus with them", a comparison without an
    # amount (none), a ranking in a question (none).
    ("Q: Mexico is now America's biggest trading partner. What does that mean in numbers? A: Our exports to "
     "the United States reached $418.6 billion in the first nine months, and our surplus with them $136.2 "
     "billion, according to INEGI. That is a bigger surplus than China now runs with the US. Q: Is it "
     "sustainable? A: Only if the USMCA review goes well. — Banxico deputy governor Luis Ortega",
     [R(f="export", r=MX, p=US, v=418.6e9, cur="USD", src=BANXICO, **YTD9),
      R(f="balance", r=MX, p=US, v=136.2e9, cur="USD", bal="surplus", src=BANXICO, **YTD9)]),

    # P29 a minister: a record month "in October alone", the year to date, a floated tariff
    # (optional).
    ("Q: Chip exports have been on a tear. How strong exactly? A: Semiconductor exports hit $16.8 billion in "
     "October alone, up 38.4% on-year and the largest monthly amount ever. For January-October they came to "
     "$142.3 billion. Q: Any risks? A: The 15% tariff on chips that Washington has floated would hurt. — "
     "South Korean Trade Minister Park Ji-won",
     [R(f="export", r=KR, c=CHIPS, v=16.8e9, cur="USD", vq=HIGHEST, d="up", pct=38.4, b="yoy", src=KRMIN18,
        **OCT),
      R(f="export", r=KR, c=CHIPS, v=142.3e9, cur="USD", src=KRMIN18, **YTD10),
      TAR(r=US, p=[None] + KR, c=CHIPS, rate=15, opt=True)]),

    # P30 a researcher: exports to "other African countries", a share (none), a conditional
    # estimate (none).
    ("Q: Has the AfCFTA lifted Nigeria's trade with the rest of Africa? A: Modestly. Nigeria's exports to "
     "other African countries were ₦2.52 trillion in the first half of 2033, about 9% of total exports, "
     "according to the National Bureau of Statistics. If the agreement were fully implemented, I estimate "
     "that could double. — Adewale Okonkwo, research director at the Lagos Trade Policy Centre",
     [R(f="export", r=NG, p=AFRICA, v=2.52e12, cur="NGN", src=LTPC, **H1)]),

    # P31 a council's chief: a record value and a volume that fell (two records), a buyer
    # named in an elliptic answer.
    ("Q: Has salmon had a record year? A: In value, yes. Norway exported 1.02 million tonnes of salmon worth "
     "NOK 108.4 billion in the first ten months, a record value even though the volume was down 2%. Q: Who "
     "is the biggest buyer? A: Poland, with NOK 12.6 billion. — Norwegian Seafood Council chief executive "
     "Kristin Dahl",
     [R(f="export", r=NO, c=SALMON, v=108.4e9, cur="NOK", vq=RECORD, vol=DC, u=DC, volq=DC, src=NSC18, **YTD10),
      R(f="export", r=NO, c=SALMON, vol=1.02e6, u=TON, v=DC, cur=DC, vq=DC, d="down", pct=2, b=DC, src=NSC18,
        **YTD10),
      R(f=["export", "import"], r=[NO, PL], p=[NO, PL], c=[None, SALMON], v=12.6e9, cur="NOK", src=NSC18,
        **YTD10)]),

    # P32 a podcast transcript: the reporter from the question, value up and volume down (two
    # records).
    ("Q: Have China's export controls on rare earths hurt its own sales abroad? A: Not in value. Rare earth "
     "exports were 4.86 billion yuan in the first ten months, up 12.1 percent year on year, customs data "
     "show, even though volumes fell 9.4 percent to 41,200 tonnes. — From a transcript of the Trade Talk "
     "podcast with Peking University economist Li Wen",
     [R(f="export", r=CN, c=RAREE, v=4.86e9, cur="CNY", vol=DC, u=DC, volq=DC, d="up", pct=12.1, b="yoy",
        src=LIWEN, **YTD10),
      R(f="export", r=CN, c=RAREE, vol=41200, u=TON, v=DC, cur=DC, vq=DC, d="down", pct=9.4, b=DC, src=LIWEN,
        **YTD10)]),

    # P33 single answer: non-oil exports, a target in the same answer (none).
    ("Q: Non-oil exports are central to Vision 2030. Where do they stand? A: Non-oil exports, including "
     "re-exports, reached SAR 243.6 billion in the first nine months, up 11.4%. Our target is SAR 1 "
     "trillion a year by 2030, so there is still some way to go. — Saudi Minister of Commerce Khalid "
     "Al-Rashid",
     [R(f="export", r=SA, c=NONOIL, v=243.6e9, cur="SAR", d="up", pct=11.4, b=DC, src=SAMIN, **YTD9)]),

    # P34 a federation's manager: bags with their change, the value "the most since 1986"
    # (two records: the value's without change).
    ("Q: Is the coffee boom over? A: Far from it. Colombia exported 12.6 million 60-kg bags in the 12 "
     "months to October, up 9%, and earned about $4.1 billion, the most since 1986. — Andrés Mejía, "
     "general manager of the National Federation of Coffee Growers",
     [R(f="export", r=CO, c=COFFEE, vol=12.6e6, u=BAG, d="up", pct=9, b=DC, v=DC, cur=DC, vq=DC, src=FNC18,
        **R12OCT),
      R(f="export", r=CO, c=COFFEE, v=4.1e9, cur="USD", vq=DC, vol=DC, u=DC, volq=DC, src=FNC18, **R12OCT)]),

    # ---------------------------------------------------------------- op-eds and columns
    # P35 deficits "fell to" with a 2018 base (optional), "rose to ... respectively", a byline.
    ("Washington's trade war has not closed the gap so much as moved it. The U.S. goods deficit with China "
     "fell to $212.4 billion last year, according to the Census Bureau, from $418.2 billion in 2018. But "
     "the deficits with Vietnam and Mexico rose to $148.6 billion and $182.3 billion respectively. (The "
     "writer is a former deputy U.S. trade representative.)",
     [R(f="balance", r=US, p=CN, c=DC, v=212.4e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC,
        src=USDOC, **Y32),
      OPT(f="balance", r=US, p=CN, c=DC, v=418.2e9, cur="USD", bal="deficit", **Y18),
      R(f="balance", r=US, p=VN, c=DC, v=148.6e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC,
        src=USDOC, **Y32),
      R(f="balance", r=US, p=MX, c=DC, v=182.3e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC,
        src=USDOC, **Y32)]),

    # P36 a claimed rate a second (none), the derived rate (optional), "down ... on 2031", the
    # largest market (a ranking: no vq).
    ("The Scotch whisky industry likes to say it earns £200 a second for Britain. On the Scotch Whisky "
     "Association's own figures, the real number is closer to £170: exports were worth £5.36 billion last "
     "year, down 5.2% on 2031. The United States remained the largest market, at £1.02 billion.",
     [R(f="export", r=SCOT, c=SCOTCH, v=5.36e9, cur="GBP", d="down", pct=5.2, b=DC, src=SWA, **Y32),
      OPT(f="export", r=SCOT, c=SCOTCH, v=170, cur="GBP", **PERDAY),
      R(f=["export", "import"], r=SCOT + US, p=SCOT + US, c=[None] + SCOTCH, v=1.02e9, cur="GBP", src=SWA,
        **Y32)]),

    # P37 intra-African trade (reporter Africa, p DC), shares (none), a promise (none).
    ("Intra-African trade remains pitiful. According to Afreximbank, trade among African countries came to "
     "$208 billion in 2032, about 15% of the continent's total trade, compared with roughly 60% for "
     "intra-European trade. Until that changes, the AfCFTA will remain a promise.",
     [R(f="total", r=AFRICA, p=DC, v=208e9, cur="USD", src=AFREX, **Y32)]),

    # P38 a column: value up, "in volume terms" down (optional), a part with its partner.
    ("The weak yen has flattered Japan's export figures. Exports rose 6.8% to ¥84.6 trillion in the first "
     "ten months of 2033, the Ministry of Finance says, but in volume terms they fell 1.9%. Car shipments to "
     "the United States, the biggest single item, came to ¥5.2 trillion.",
     [R(f="export", r=JP, v=84.6e12, cur="JPY", d="up", pct=6.8, b=DC, src=MOFJ, **YTD10),
      OPT(f="export", r=JP, v=DC, cur=DC, d="down", pct=1.9, **YTD10),
      R(f="export", r=JP, p=US, c=CARS, v=5.2e12, cur="JPY", src=MOFJ, **YTD10)]),

    # P39 two historical figures of their own (2022 a record, 2023 a fall), this year's.
    ("India's rice export curbs of 2023 were a mistake, and the numbers show it. India shipped a record 22.3 "
     "million tonnes of rice in 2022; after the curbs, shipments fell to 16.4 million tonnes in 2023. With "
     "the curbs gone, exports reached 19.8 million tonnes in the first ten months of 2033, according to "
     "commerce ministry data.",
     [R(f="export", r=IN, c=RICE, vol=22.3e6, u=TON, volq=RECORD, src=DC, **Y22),
      R(f="export", r=IN, c=RICE, vol=16.4e6, u=TON, d="down", pct=DC, by=DC, byc=DC, b=DC, src=DC, **Y23),
      R(f="export", r=IN, c=RICE, vol=19.8e6, u=TON, src=INCOM, **YTD10)]),

    # P40 exports to the US, a tariff in force, the writer's counterfactual (none).
    ("Ottawa's critics say the aluminium dispute costs little. Tell that to Quebec's smelters. Canada's "
     "aluminium exports to the United States fell 14.6% to C$9.12 billion in the first nine months of 2033, "
     "Statistics Canada data show, as the US tariff on the metal stayed at 50%. Without the tariff, by my "
     "estimate, sales would have been C$2.1 billion higher.",
     [R(f="export", r=CA, p=US, c=ALU, v=9.12e9, cur="CAD", d="down", pct=14.6, b=DC, src=STATCAN, **YTD9),
      TAR(r=US, p=[None, CA], c=ALU + ["metal"], rate=50)]),

    # P41 a volume per day and the revenue with the value's change (one record, twin), the
    # value a day now and before the price cap (optional).
    ("Sanctions are working, slowly. Russia's crude oil exports averaged 4.72 million barrels per day in "
     "October, according to the International Energy Agency, and earned $12.9 billion, 18% less than a "
     "year earlier. That is about $416 million a day, compared with more than $600 million a day before "
     "the price cap.",
     [R(f="export", r=RU, c=CRUDE, v=12.9e9, cur="USD", vol=[4.72e6, None], u=[BBL, None], volq=DC, d="down",
        pct=18, b="yoy", src=IEA, **OCT),
      OPT(f="export", r=RU, c=CRUDE, vol=4.72e6, u=BBL, volq=DC, v=[None, 12.9e9], cur=[None, "USD"], **OCT),
      OPT(f="export", r=RU, c=CRUDE, v=416e6, cur="USD", vol=DC, u=DC, volq=DC, **PERDAY),
      OPT(f="export", r=RU, c=CRUDE, v=600e6, cur="USD", vol=DC, u=DC, volq=DC, **PERDAY)]),

    # P42 a figure of 2014 as a fact of its own (required), last year's, a share (none).
    ("Brazil's soybean dependence on China has only deepened. In 2014, Brazil shipped $16.6 billion of "
     "soybeans to China; last year it shipped $42.8 billion, according to the Ministry of Development, "
     "Industry, Trade and Services. China took 73% of the volume.",
     [R(f="export", r=BR, p=CN, c=SOY, v=16.6e9, cur="USD", src=DC, **Y14),
      R(f="export", r=BR, p=CN, c=SOY, v=42.8e9, cur="USD", src=BRMIN, **Y32)]),

    # P43 total exports, the gold part, "Excluding gold" (a change only, c DC).
    ("Don't be fooled by Switzerland's headline trade numbers. Exports jumped 21.4% to CHF 312.6 billion in "
     "the first nine months, the Federal Office for Customs and Border Security says, but gold accounted for "
     "CHF 118.4 billion of that. Excluding gold, exports rose just 2.3%.",
     [R(f="export", r=CH, v=312.6e9, cur="CHF", d="up", pct=21.4, b=DC, src=BAZG, **YTD9),
      R(f="export", r=CH, c=GOLD, v=118.4e9, cur="CHF", src=BAZG, **YTD9),
      R(f="export", r=CH, c=DC, d="up", pct=2.3, b=DC, src=BAZG, **YTD9)]),

    # P44 a fiscal year "which ended in June", goods in and out, the deficit, two goods compared.
    ("Pakistan's import bill is a policy choice, not a fate. In FY33, which ended in June, the country "
     "imported goods worth $54.8 billion and exported $31.2 billion, a deficit of $23.6 billion, according "
     "to the Pakistan Bureau of Statistics. Petroleum imports alone cost $16.1 billion, almost as much as "
     "textile exports earned, at $16.7 billion.",
     [R(f="import", r=PK, c=DC, v=54.8e9, cur="USD", src=PBS, **JJFY),
      R(f="export", r=PK, c=DC, v=31.2e9, cur="USD", src=PBS, **JJFY),
      R(f="balance", r=PK, c=DC, v=23.6e9, cur="USD", bal="deficit", src=PBS, **JJFY),
      R(f="import", r=PK, c=PETRO, v=16.1e9, cur="USD", src=PBS, **JJFY),
      R(f="export", r=PK, c=TEXTILES, v=16.7e9, cur="USD", src=PBS, **JJFY)]),

    # ---------------------------------------------------------------- business newsletters
    # P45 "Three numbers": an amount before its label, a change of a partner's exports
    # without a value, a share (none), "Source:".
    ("Good morning. Three numbers to know today: $9.4 billion — South Korea's trade surplus in October, the "
     "largest in eight years; 12.6% — the rise in its exports to the United States; 31% — the share of "
     "chips in its exports. Source: Ministry of Trade, Industry and Energy.",
     [R(f="balance", r=KR, v=9.4e9, cur="USD", vq=HIGHEST, bal="surplus", src=MOTIE, **OCT),
      R(f="export", r=KR, p=US, d="up", pct=12.6, b=DC, src=MOTIE, **OCT)]),

    # P46 "Chart of the day": rupees in lakh crore with dollars in parentheses, a part to the
    # US, a company that discloses nothing.
    ("Chart of the day: India's iPhone boom. Smartphone exports hit ₹1.78 lakh crore ($21.4 billion) in "
     "April-September, the first half of the 2033-34 fiscal year, up 46% year on year, according to the "
     "Ministry of Electronics and IT. Shipments to the United States made up $14.2 billion. Apple does not "
     "disclose its own figures.",
     [R(f="export", r=IN, c=SMARTPH, v=[1.78e12, 21.4e9], cur=["INR", "USD"], d="up", pct=46, b="yoy",
        src=MEITY, **INAS),
      OPT(f="export", r=IN, c=SMARTPH, v=[1.78e12, 21.4e9], cur=["INR", "USD"], **INAS),
      R(f="export", r=IN, p=US, c=SMARTPH, v=14.2e9, cur="USD", src=MEITY, **INAS)]),

    # P47 "THE WEEK IN TRADE" with "•" bullets, each item's source in parentheses, "y/y", "m/m".
    ("THE WEEK IN TRADE • China: October exports rose 4.1% y/y to $318.4 billion; imports fell 2.6% to "
     "$224.9 billion (customs) • Germany: September exports €131.2 billion, +1.4% m/m (Destatis) • Brazil: "
     "October trade surplus $6.1 billion (trade ministry)",
     [R(f="export", r=CN, v=318.4e9, cur="USD", d="up", pct=4.1, b="yoy", src=GAC, **OCT),
      R(f="import", r=CN, v=224.9e9, cur="USD", d="down", pct=2.6, b=DC, src=GAC, **OCT),
      R(f="export", r=DE, v=131.2e9, cur="EUR", d="up", pct=1.4, b="mom", src=DESTATIS, **SEP),
      R(f="balance", r=BR, v=6.1e9, cur="USD", bal="surplus", src=BRMIN, **OCT)]),

    # P48 a morning briefing: copper exports of two economies, a company's sales (none).
    ("Morning Briefing: Chile's copper exports rose 9.2% to $4.86 billion in October, the central bank said, "
     "helped by higher prices. Codelco, the state miner, separately reported third-quarter sales of $4.1 "
     "billion. In Peru, copper exports were $2.31 billion in September, according to the BCRP.",
     [R(f="export", r=CL, c=COPPER, v=4.86e9, cur="USD", d="up", pct=9.2, b=DC, src=BCCH, **OCT),
      R(f="export", r=PE, c=COPPER, v=2.31e9, cur="USD", src=BCRP, **SEP)]),

    # P49 three economies in one sentence (elided heads, a change without a value), a poll
    # (none).
    ("ASEAN Brief: Thailand's exports to the United States rose 9.6% to $46.2 billion in January-September, "
     "commerce ministry data show, while Malaysia's grew 14.1% to RM168.3 billion and Indonesia's fell 2.4%, "
     "according to their statistics offices. Economists polled by Reuters expect Thai exports overall to "
     "have grown about 5% in October.",
     [R(f="export", r=TH, p=US, v=46.2e9, cur="USD", d="up", pct=9.6, b=DC, src=THMOC, **YTD9),
      R(f="export", r=MY, p=US, v=168.3e9, cur="MYR", d="up", pct=14.1, b=DC, src=DC, **YTD9),
      R(f="export", r=ID, p=US, d="down", pct=2.4, b=DC, src=DC, **YTD9)]),

    # P50 non-oil trade, the top partner (a ranking, but with its amount a record), Dubai's part.
    ("Gulf Business Daily: The UAE's non-oil foreign trade reached AED 2.84 trillion in the first nine months "
     "of 2033, up 16.2%, the Ministry of Economy said. India remained the top partner at AED 218.6 billion, "
     "followed by China. Dubai accounted for AED 1.92 trillion of the total.",
     [R(f="total", r=UAE, c=NONOIL, v=2.84e12, cur="AED", d="up", pct=16.2, b=DC, src=UAEMIN, **YTD9),
      R(f="total", r=UAE, p=IN, c=NONOIL, v=218.6e9, cur="AED", src=UAEMIN, **YTD9),
      R(f="total", r=DUBAI_UAE, c=NONOIL, v=1.92e12, cur="AED", src=UAEMIN, **YTD9)]),

    # P51 a record value from a volume in bags (one record, twin), a rolling year, another
    # economy "by comparison" without a source of its own (src DC).
    ("Africa Trade Wire: Uganda's coffee exports earned a record $2.41 billion from 7.86 million 60-kg bags "
     "in the 12 months to September, the Uganda Coffee Development Authority said. Kenya's tea exports, by "
     "comparison, brought in KSh 180.2 billion in calendar 2032.",
     [R(f="export", r=UG, c=COFFEE, v=2.41e9, cur="USD", vq=RECORD, vol=[7.86e6, None], u=[BAG, None],
        src=UCDA, **R12SEP),
      OPT(f="export", r=UG, c=COFFEE, vol=7.86e6, u=BAG, volq=DC, v=[None, 2.41e9], cur=[None, "USD"], **R12SEP),
      R(f="export", r=KE, c=TEA, v=180.2e9, cur="KES", src=DC, **Y32)]),

    # P52 a monthly surplus "bringing" the ten-month one, exports "from a year earlier".
    ("Asia Open: Vietnam posted a trade surplus of $2.1 billion in October, bringing the surplus for the "
     "first ten months to $21.4 billion, according to the National Statistics Office. Exports in October "
     "rose 8.6% from a year earlier to $40.2 billion.",
     [R(f="balance", r=VN, v=2.1e9, cur="USD", bal="surplus", src=GSO, **OCT),
      R(f="balance", r=VN, v=21.4e9, cur="USD", bal="surplus", src=GSO, **YTD10),
      R(f="export", r=VN, v=40.2e9, cur="USD", d="up", pct=8.6, b="yoy", src=GSO, **OCT)]),

    # ---------------------------------------------------------------- data-desk pieces
    # P53 "Our analysis of Eurostat data", duties in force (up to 35.3%, the standard 10%),
    # the 10% named again for hybrids (optional), "more than doubled" with a value.
    ("Our analysis of Eurostat data shows that EU imports of battery-electric cars from China fell 22.4% to "
     "€8.3 billion in the first nine months of 2033. Those cars face countervailing duties of up to 35.3% on "
     "top of the standard 10% tariff on imported cars. Imports of Chinese hybrids, which pay only the 10%, "
     "more than doubled to €4.6 billion.",
     [R(f="import", r=EU, p=CN, c=EV, v=8.3e9, cur="EUR", d="down", pct=22.4, b=DC, src=EUROSTAT, **YTD9),
      TAR(r=EU, p=CN, c=EV, rate=35.3),
      TAR(r=EU, p=[None, CN], c=CARS + EV, rate=10),
      TAR(r=EU, p=[None, CN], c=HYBRID, rate=10, opt=True),
      R(f="import", r=EU, p=CN, c=HYBRID, v=4.6e9, cur="EUR", d="up", pct=DC, cq=DC, b=DC, src=EUROSTAT,
        **YTD9)]),

    # P54 "The Hindu's data team compiled": exports, imports, deficit, two partners, a tariff.
    ("By the numbers: The Hindu's data team compiled commerce ministry figures for April-September, the first "
     "half of 2033-34. India's merchandise exports were $213.6 billion and imports $349.2 billion, leaving a "
     "deficit of $135.6 billion. Exports to the US fell 8.3% to $38.4 billion after the 50% tariff took "
     "hold, while exports to the UAE rose 12.7% to $19.2 billion.",
     [R(f="export", r=IN, c=DC, v=213.6e9, cur="USD", src=INHINDU, **INAS),
      R(f="import", r=IN, c=DC, v=349.2e9, cur="USD", src=INHINDU, **INAS),
      R(f="balance", r=IN, c=DC, v=135.6e9, cur="USD", bal="deficit", src=INHINDU, **INAS),
      R(f="export", r=IN, p=US, c=DC, v=38.4e9, cur="USD", d="down", pct=8.3, b=DC, src=INHINDU, **INAS),
      TAR(r=US, p=IN, c=DC, rate=50),
      R(f="export", r=IN, p=UAE, c=DC, v=19.2e9, cur="USD", d="up", pct=12.7, b=DC, src=INHINDU, **INAS)]),

    # P55 vehicles and their value (the change is the count's: two records), a ranking (none),
    # a buyer as subject in units.
    ("China exported 2.31 million electric vehicles worth $58.6 billion in January-October, according to "
     "our analysis of customs data; the number of vehicles was 28.4% higher than a year earlier. Belgium, "
     "Britain and Brazil were the top three destinations; Brazil alone took 286,000 units.",
     [R(f="export", r=CN, c=EV, vol=2.31e6, u=UNITS, d="up", pct=28.4, b="yoy", v=DC, cur=DC, vq=DC, src=GAC,
        **YTD10),
      R(f="export", r=CN, c=EV, v=58.6e9, cur="USD", vol=DC, u=DC, volq=DC, src=GAC, **YTD10),
      R(f=["export", "import"], r=[CN, BR], p=[CN, BR], c=[None] + EV, vol=286000, u=UNITS, src=GAC, **YTD10)]),

    # P56 goods exports and a part, a figure per resident and its ranking (none).
    ("Data desk: Ireland's goods exports reached €187.4 billion in the first nine months, up 12.2% year on "
     "year, the Central Statistics Office said, with medical and pharmaceutical products making up €112.6 "
     "billion. That works out at about €35,000 per resident, the highest in the EU by a wide margin.",
     [R(f="export", r=IE, c=DC, v=187.4e9, cur="EUR", d="up", pct=12.2, b="yoy", src=CSO, **YTD9),
      R(f="export", r=IE, c=PHARMA, v=112.6e9, cur="EUR", src=CSO, **YTD9)]),

    # P57 single sentence: "according to customs figures cited by", a volume "fell to ... from
    # ... a year earlier" (base optional), a ban (none).
    ("Data check: Poland's imports of Ukrainian grain fell to 412,000 tonnes in the first nine months of 2033 "
     "from 1.86 million tonnes a year earlier, according to customs figures cited by the Ministry of "
     "Agriculture, as the ban on Ukrainian wheat stayed in place.",
     [R(f="import", r=PL, p=UA, c=GRAIN, vol=412000, u=TON, d="down", pct=DC, by=DC, byc=DC, b="yoy", src=PLAG,
        **YTD9),
      OPT(f="import", r=PL, p=UA, c=GRAIN, vol=1.86e6, u=TON, **YTD9_32)]),

    # P58 a volume and its revenue restated in tenge (one record, twins), total exports, a
    # share (none).
    ("Kazakhstan's oil exports, a data check. Crude exports were 57.8 million tonnes in January-September, "
     "the Bureau of National Statistics says, and brought in $36.2 billion, or about 17.4 trillion tenge. "
     "Oil thus made up just over half of the country's total exports of $70.1 billion.",
     [R(f="export", r=KZ, c=CRUDE, vol=[57.8e6, None], u=[TON, None], v=[36.2e9, 17.4e12], cur=["USD", "KZT"],
        vq=[None] + ABOUT, src=KZBNS, **YTD9),
      OPT(f="export", r=KZ, c=CRUDE, vol=[57.8e6, None], u=[TON, None], volq=DC, v=[36.2e9, 17.4e12, None],
          cur=["USD", "KZT", None], **YTD9),
      OPT(f="export", r=KZ, c=CRUDE, vol=[57.8e6, None], u=[TON, None], volq=DC, v=[36.2e9, 17.4e12, None],
          cur=["USD", "KZT", None], **YTD9),
      R(f="export", r=KZ, c=DC, v=70.1e9, cur="USD", src=KZBNS, **YTD9)]),

    # P59 two producers compared: CFA francs, a hedged preliminary figure ("appear to have
    # fallen about ... to roughly").
    ("Côte d'Ivoire's cocoa exports earned 4.12 trillion CFA francs in the first nine months of 2033, up 38% "
     "on a year earlier as prices stayed high, according to our analysis of National Institute of Statistics "
     "figures. Ghana's appear to have fallen about 21% to roughly $2.2 billion over the same period, on "
     "preliminary Bank of Ghana figures, hit by smuggling and disease.",
     [R(f="export", r=CI, c=COCOA, v=4.12e12, cur="XOF", d="up", pct=38, b="yoy", src=INSCI, **YTD9),
      R(f="export", r=GH, c=COCOA, v=2.2e9, cur="USD", vq=DC, d="down", pct=21, cq=ABOUT, b=DC, src=BOG,
        **YTD9)]),

    # P60 a marketing year with a 2020/21 base (optional), another economy's shipments.
    ("US soybean exports to China collapsed to 4.2 million tonnes in the 2032/33 marketing year that ended "
     "Aug. 31, from 24.6 million tonnes in 2020/21, USDA data show. Brazil filled the gap, shipping 78.4 "
     "million tonnes of soybeans to China in the first ten months of 2033, according to its trade ministry.",
     [R(f="export", r=US, p=CN, c=SOY, vol=4.2e6, u=TON, d="down", pct=DC, by=DC, byc=DC, b=DC, src=USDA,
        **USMY),
      OPT(f="export", r=US, p=CN, c=SOY, vol=24.6e6, u=TON, **USMY20),
      R(f="export", r=BR, p=CN, c=SOY, vol=78.4e6, u=TON, src=BRMIN, **YTD10)]),

    # P61 "TurkStat data compiled by our data team": trade, energy imports "fell to", exports,
    # a ranking (none).
    ("Turkey's trade with Russia shrank 17.2% to $38.6 billion in January-October, according to TurkStat "
     "data compiled by our data team, as imports of Russian energy fell to $29.4 billion. Turkish exports to "
     "Russia were $9.2 billion. Russia nonetheless remained Turkey's third-largest trading partner.",
     [R(f="total", r=TR, p=RU, v=38.6e9, cur="USD", d="down", pct=17.2, b=DC, src=TURKSTAT, **YTD10),
      R(f="import", r=TR, p=RU, c=ENERGY, v=29.4e9, cur="USD", d="down", pct=DC, by=DC, byc=DC, b=DC,
        src=TURKSTAT, **YTD10),
      R(f="export", r=TR, p=RU, v=9.2e9, cur="USD", src=TURKSTAT, **YTD10)]),

    # P62 "halved ... from ... a year earlier" (base optional), "the sharpest drop" (none),
    # two more goods.
    ("Colombia's coal exports halved to $4.9 billion in January-September from $9.8 billion a year earlier, "
     "DANE figures show, the sharpest drop among the country's main products. Oil exports fell 12.1% to $9.6 "
     "billion. Coffee, by contrast, jumped 41% to $3.1 billion.",
     [R(f="export", r=CO, c=COAL, v=4.9e9, cur="USD", d="down", pct=DC, cq=DC, by=DC, byc=DC, b="yoy", src=DANE,
        **YTD9),
      OPT(f="export", r=CO, c=COAL, v=9.8e9, cur="USD", **YTD9_32),
      R(f="export", r=CO, c=CRUDE, v=9.6e9, cur="USD", d="down", pct=12.1, b=DC, src=DANE, **YTD9),
      R(f="export", r=CO, c=COFFEE, v=3.1e9, cur="USD", d="up", pct=41, b=DC, src=DANE, **YTD9)]),

    # ---------------------------------------------------------------- editorials
    # P63 "Our exports" (the paper's country), "climbed to", the deficit, "We" the paper.
    ("Editorial: Kenya cannot live on tea and flowers alone. Our exports rose a modest 4.6% to KSh 1.12 "
     "trillion in the first nine months of the year, the Kenya National Bureau of Statistics reports, while "
     "imports climbed to KSh 2.41 trillion. A deficit of KSh 1.29 trillion is not the mark of a healthy "
     "economy. We have said it before: diversify.",
     [R(f="export", r=KE, v=1.12e12, cur="KES", d="up", pct=4.6, b=DC, src=KNBS, **YTD9),
      R(f="import", r=KE, v=2.41e12, cur="KES", d="up", pct=DC, by=DC, byc=DC, b=DC, src=KNBS, **YTD9),
      R(f="balance", r=KE, v=1.29e12, cur="KES", bal="deficit", src=KNBS, **YTD9)]),

    # P64 "The Korea Herald says:", a record surplus without a figure (none), a record value,
    # a ranking (none).
    ("The Korea Herald says: A record surplus should not breed complacency. The country's exports to China "
     "fell 3.4% to $107.2 billion in January-October, according to the Korea Customs Service, even as "
     "shipments to the United States hit a record $112.6 billion. For the first time in two decades, the US "
     "has overtaken China as the top destination.",
     [R(f="export", r=KR, p=CN, v=107.2e9, cur="USD", d="down", pct=3.4, b=DC, src=KCS, **YTD10),
      R(f="export", r=KR, p=US, v=112.6e9, cur="USD", vq=RECORD, src=KCS, **YTD10)]),

    # P65 "barely above" a same-period base (d up, base optional), a counterfactual (none).
    ("Editorial: The naira's fall has not delivered the export boom it promised. Non-oil exports were $4.5 "
     "billion in the first half of 2033, barely above the $4.2 billion of the same period of 2032, according "
     "to the Nigerian Export Promotion Council. Had the reforms worked, that figure should have doubled.",
     [R(f="export", r=NG, c=NONOIL, v=4.5e9, cur="USD", d="up", pct=DC, by=DC, byc=DC, b=DC, src=NEPC, **H1),
      OPT(f="export", r=NG, c=NONOIL, v=4.2e9, cur="USD", **H1_32)]),

    # P66 "our second-largest market" (the paper's Canada), two partners, a hypothetical
    # (none).
    ("Globe editorial: Canada needs new markets. Exports to China, our second-largest market, were C$24.6 "
     "billion last year; exports to the United States were C$594.2 billion, Statistics Canada says. Even "
     "doubling sales to Asia would not make up for a 10% drop in American demand.",
     [R(f="export", r=CA, p=CN, v=24.6e9, cur="CAD", src=STATCAN, **Y32),
      R(f="export", r=CA, p=US, v=594.2e9, cur="CAD", src=STATCAN, **Y32)]),

    # P67 a department's quoted boast (none), the real figure in dollars and in pesos ("P").
    ("Editorial: Manila's trade arithmetic. The trade department boasts that exports 'grew by P100 billion' "
     "this year. In fact, PSA data show Philippine exports of $62.3 billion in January-September, up 2.8% "
     "from a year earlier; in peso terms, P3.58 trillion. The government should stop rounding up.",
     [R(f="export", r=PH, v=[62.3e9, 3.58e12], cur=["USD", "PHP"], d="up", pct=2.8, b="yoy", src=PSA, **YTD9),
      OPT(f="export", r=PH, v=[62.3e9, 3.58e12], cur=["USD", "PHP"], **YTD9)]),

    # P68 a tariff since lifted (optional), an amount "a year" before 2020 (optional), 2022
    # (required, src DC), the latest financial year.
    ("Editorial: Beijing's trade punishment failed. Before China imposed tariffs of up to 218% on Australian "
     "wine in 2020, since lifted, exports there were worth about A$1.1 billion a year. They fell to about "
     "A$10 million in 2022. The latest figures show a recovery: Australian wine exports to China reached "
     "A$812 million in the 2032-33 financial year, according to Wine Australia.",
     [TAR(r=CN, p=AU, c=WINE, rate=218, opt=True),
      OPT(f="export", r=AU, p=CN, c=WINE, v=1.1e9, cur="AUD", **PERDAY),
      R(f="export", r=AU, p=CN, c=WINE, v=10e6, cur="AUD", vq=ABOUT, d="down", pct=DC, by=DC, byc=DC, b=DC,
        src=DC, **Y22),
      R(f="export", r=AU, p=CN, c=WINE, v=812e6, cur="AUD", src=WINEAU, **AUFY)]),

    # P69 single sentence: mining exports "14.2% more than a year earlier", gold "the highest
    # for the period on record".
    ("Editorial: Peru's mining windfall must be saved, not spent. Mining exports reached US$38.4 billion in "
     "January-September, 14.2% more than a year earlier, according to the Central Reserve Bank (BCRP), and "
     "gold alone brought in US$11.6 billion, the highest for the period on record.",
     [R(f="export", r=PE, c=MINING, v=38.4e9, cur="USD", d="up", pct=14.2, b="yoy", src=BCRP, **YTD9),
      R(f="export", r=PE, c=GOLD, v=11.6e9, cur="USD", vq=HIGHEST, src=BCRP, **YTD9)]),

    # P70 an editor's note: the withdrawn figure (none), the corrected deficit and its flows.
    ("Editor's note: This editorial has been updated. It originally said the EU's trade deficit with China "
     "was €400 billion in 2032; Eurostat puts it at €291.6 billion, with imports from China of €514.8 "
     "billion and exports to China of €223.2 billion.",
     [R(f="balance", r=EU, p=CN, v=291.6e9, cur="EUR", bal="deficit", src=EUROSTAT, **Y32),
      R(f="import", r=EU, p=CN, v=514.8e9, cur="EUR", src=EUROSTAT, **Y32),
      R(f="export", r=EU, p=CN, v=223.2e9, cur="EUR", src=EUROSTAT, **Y32)]),
]

NEG = [
    # N01 a tariff scenario and its cost (an explainer's hypothetical).
    "If Washington imposed a 60% tariff on all Chinese goods, American importers could pay more than $250 "
    "billion a year in extra duties, according to a Peterson Institute estimate cited in our explainer.",
    # N02 a claim checked without a figure in the verdict.
    "Claim: Ghana's gold exports tripled last year. Verdict: Unproven. The Bank of Ghana has not yet "
    "published full-year figures, and the claim's source could not be traced.",
    # N03 a per-resident ranking.
    "Data desk: Singapore tops our ranking of goods exports per resident, at about US$118,000, followed by "
    "Hong Kong at US$81,000 and Ireland at US$48,000.",
    # N04 a share and its earlier share.
    "China accounted for 18.6% of Brazil's imports in the first nine months of 2033, up from 17.9% a year "
    "earlier, trade ministry data showed.",
    # N05 a ranking among partners.
    "Vietnam has overtaken India and France to become the United States' sixth-largest trading partner, "
    "according to a ranking based on Census Bureau data.",
    # N06 a Q&A forecast.
    "Q: What do you expect for next year? A: Exports should grow 5% to 6% in 2034, to around $430 billion, "
    "if global demand holds. — Vietnam's Deputy Minister of Industry and Trade Nguyen Van Long",
    # N07 an editorial's target.
    "Editorial: The government's goal of $100 billion in annual exports by 2030 is within reach only if the "
    "garment sector modernises.",
    # N08 one company's revenue.
    "Maersk's revenue fell 12% to $11.2 billion in the third quarter as freight rates slid, the Danish "
    "shipping group said.",
    # N09 one company's sales by region.
    "Nestlé said its sales in Latin America rose 6.1% to 14.2 billion Swiss francs in the first nine months, "
    "helped by price increases, while sales in Asia, Oceania and Africa were flat.",
    # N10 one company's vehicle exports.
    "Toyota exported 1.42 million vehicles from Japan in April-September, the first half of fiscal 2033, up "
    "3.2% from a year earlier, the company said.",
    # N11 a claimed figure the verdict cannot check.
    "Claim: 'Our exports to Europe are worth $40 billion a year,' a Moroccan minister said on television. "
    "Verdict: Unverifiable — the Foreign Exchange Office does not publish a regional breakdown in that form.",
    # N12 an op-ed's counterfactual and a byline.
    "Had Britain stayed in the single market, its goods exports would be about £30 billion a year higher, by "
    "my estimate. (The writer is a professor of economics at the University of Sussex.)",
    # N13 a share and its change in percentage points.
    "The share of services in India's total exports rose to 47% in 2032-33 from 43% a year earlier, a gain "
    "of four percentage points, a Reserve Bank of India bulletin showed.",
    # N14 an explainer's exchange-rate elasticity.
    "Explainer: Why the yen matters. A 10% fall in the yen lifts the yen value of Japan's exports by roughly "
    "7% within a year, the Bank of Japan estimates, while export volumes barely respond.",
    # N15 customs duties collected.
    "US customs duties collected reached $312 billion in the fiscal year that ended Sept. 30, the Treasury "
    "said, more than triple the 2024 total.",
    # N16 FDI.
    "Mexico attracted $41.2 billion of foreign direct investment in the first nine months of 2033, much of "
    "it tied to nearshoring, the economy ministry said.",
    # N17 remittances.
    "Remittances to Guatemala hit a record $21.8 billion in January-October, the Bank of Guatemala said, "
    "equivalent to about a fifth of GDP.",
    # N18 a current account.
    "Turkey's current account deficit narrowed to $2.1 billion in September, the smallest in 14 months, the "
    "central bank said.",
    # N19 trade-fair deals in a newsletter.
    "Newsletter: Deals worth $12.6 billion were signed at the autumn session of the Canton Fair, the "
    "organizers said.",
    # N20 a WTO forecast.
    "The WTO now expects world merchandise trade volume to grow 2.4% in 2034, up from 1.8% this year, it said "
    "in its latest forecast.",
    # N21 futures prices.
    "Cocoa futures in New York fell 4.2% to $6,840 a tonne on Tuesday, extending their slide from a record "
    "above $12,000 in 2024.",
    # N22 a Q&A's trade target.
    "Q: Where should India-Gulf trade be by the end of the decade? A: We are aiming for $250 billion by "
    "2030. — India's Commerce Secretary Rajesh Mehta",
    # N23 a claim about tariffs without a rate.
    "Claim: The EU has scrapped all tariffs on Ukrainian goods. Verdict: Partly true; tariff-rate quotas "
    "still cap duty-free imports of sugar, eggs and poultry.",
    # N24 consumption per person.
    "Data desk: Americans ate about 7.4 kilograms of imported seafood per person last year, according to our "
    "analysis of NOAA estimates.",
    # N25 import cover of reserves.
    "Bangladesh's foreign exchange reserves covered 4.1 months of imports in October, the central bank said.",
    # N26 a budget assumption.
    "Editorial: Ghana's 2034 budget assumes cocoa exports of 650,000 tonnes at $5,200 a tonne, an optimistic "
    "bet on both counts.",
    # N27 a correction of a release date.
    "Correction: An earlier version of this newsletter gave the wrong date for South Africa's trade data "
    "release. SARS publishes September figures on Oct. 31, not Oct. 30.",
    # N28 stock-exchange turnover.
    "Turnover on the Nairobi Securities Exchange rose 31% to KSh 112 billion in the first ten months of "
    "2033, the bourse said.",
    # N29 export orders.
    "Taiwan's export orders rose 14.6% year on year to US$61.2 billion in October, the Ministry of Economic "
    "Affairs said.",
    # N30 port throughput in a data-desk piece.
    "Container throughput at Mexico's Manzanillo port rose 9.4% to 3.1 million TEUs in January-October, our "
    "analysis of port authority data shows.",
    # N31 an industry body's "could reach".
    "If Kenya's avocado exports to China keep growing at this pace, they could reach KSh 20 billion by 2035, "
    "an industry body says.",
    # N32 online retail sales.
    "Online retail sales in Indonesia grew 18% to Rp 612 trillion in the first nine months, according to a "
    "Google-Temasek report.",
    # N33 a "could lose" scenario.
    "South African citrus growers could lose up to R4.5 billion a year if the EU keeps its new cold-treatment "
    "rules, the Citrus Growers' Association says.",
    # N34 a poll before a release.
    "Economists in a Reuters poll expect Japan's October exports to have risen 3.1% year on year; the data "
    "are due on Thursday.",
    # N35 tourism receipts.
    "Tourism receipts in Thailand reached 1.42 trillion baht in January-October, the tourism ministry said.",
]
