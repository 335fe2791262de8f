from slots import DC, R, M, Y, PR

# The twentieth set: every text is the only body paragraph (after an unrelated opening one)
# of a page published on 2033-09-14 (a Wednesday). So "August" is August 2033; "July" and
# "in July alone" July 2033; "the first half", "the first half of 2033" and "the first
# half" inherited by a later item January-June 2033, with "a year earlier" after it
# January-June 2032 (a base) and "the first half of 2021" January-June 2021 (a base);
# "April-June" (India, below) April-June 2033; "the first seven months", "the first seven
# months of 2033" and "January-July" January-July 2033; "the first eight months of 2033" and
# "January-August" January-August 2033; "last year", "2032" and "in 2032" are 2032, and
# "2028" (a base with an amount) 2028; "2031" ("up 26% on 2031", "down 4.6% on 2031") and
# "the first half of 2031" ("twice the level of") are bases without an amount, no record of
# their own. Rolling periods: "the year to June 2033" and "the four quarters to the end of
# June 2033" are July 2032 - June 2033. Fiscal, marketing and other years: Pakistan's
# "July-August, the first two months of FY34" and Bangladesh's "July-August, the first two
# months of FY34" are July-August 2033 (the question's "so far this fiscal year" is the same
# span); Japan's "fiscal 2032, which ended in March" and India's "2032-33" are April 2032 -
# March 2033 (FYAM(2032)); India's "April-August" is April-August 2033 (the claim's "first
# five months of this fiscal year" is the same span, but the claim makes no record) and its
# "April-June, the first quarter of 2033-34" April-June 2033; Australia's "2032-33 financial
# year" is July 2032 - June 2033 (FYJJ(2032)); Kazakhstan's "2032/33 marketing year, which
# ran from September to August" is 2032-09-01 to 2033-08-31 (the question's "last season"
# the same year); Ukraine's "2032/33 July-June season" is July 2032 - June 2033 and its
# "2021/22" (a record of its own) July 2021 - June 2022; Ethiopia's "2032/33 fiscal year"
# runs from Hamle 1 (2032-07-08) to 2033-07-07, and the calendar months July 2032 - June
# 2033 are accepted too (the sixteenth set's ETFY). Dates and years that are no period of
# any figure: weekdays ("said on Monday", "in Tuesday's debate", "At Senate estimates on
# Tuesday", "In Sunday's presidential debate", "released ... on Wednesday"), the dates of
# the pieces a letter answers ("your editorial of Sept. 9", "(Letters, Sept. 7)", "(Sept.
# 2)", "your report of Sept. 10"), the days and years a tariff took effect or an exemption
# ended ("in force since July 1", "in force since August 2025", "until 2025", "when the deal
# took effect"), "three years on" in a heading, "a decade ago" in a counterfactual, the
# "2033" of a parliamentary question number ("(E-002614/2033)") and "since 1995" in a
# record's reach. In near misses "this year", "2033", "next year", "2034", "by 2030" and
# "within five years" belong to forecasts, targets, budgets, prices and hypotheticals;
# "last season" and "last year" to claims and premises that make no record; "2032" and
# "2031" to FDI and GDP; "2032-33" and "the year before" to customs duties collected;
# "July" and "a year earlier" to a current account; "the April-June quarter" to one
# company's sales; "August" to a trade-weighted index.
#
# Conventions: every convention stated in the nineteenth set's header (nineteenth/cases.py,
# which carries those of the eighteenth, and through it those of the ninth to seventeenth
# sets) is kept unchanged and is not repeated here. In short: values are positive amounts
# in the original currency (deficits bal="deficit", surpluses bal="surplus"); b is
# "yoy"/"mom" only when the text states the comparison ("year on year", "from a year
# earlier", "on a year earlier", "than a year earlier", "a year earlier" after a change), DC
# when it is implied or the base is named by its period ("on 2031", "from KSh 298.6 billion
# in 2028", "than last year" for a span of this year) and null when there is no change; a
# narrowing or widening deficit has d DC; later sentences, items and answers inherit
# reporter, period and source; comparison bases are optional records (OPT); value and
# volume of one flow with DIFFERENT changes are two records, a value whose only change is
# the volume's is two records (the value's without change), a volume and the revenue it
# brought in with no change are one record (a split accepted through an optional twin); a
# buyer or supplier that is the grammatical subject may be written as the importer or as
# the partner (f, r and p either way); forecasts, polls, targets, shares, ratios, prices,
# current accounts, GDP, FDI, remittances, customs duties collected, quotas, bans, port
# throughput, exchange rates and indices, figures per resident and one company's sales are
# never trade figures; "goods", "merchandise", "total" flows c DC, plain "exports"/"imports"
# of a whole economy c null, "trade in goods and services" flow total with c DC; an
# appositive "mostly milk and sugar" leaves c DC; named goods and "services" kinds are
# commodities; "a record" vq RECORD, "the most since 1995" and "the highest for any August
# on record" HIGHEST; historical facts of their own are required records with src DC;
# claims (fact-checks) make no record whatever the verdict; withdrawn figures make none and
# corrected ones do; hypotheticals, counterfactuals and conditionals make none; a question
# carries no figure (eighteenth set); tariffs (TAR) as the ninth to nineteenth sets have them
# (a rate in force required, an earlier rate optional, a rate in a scenario none).
#
# New in this (twentieth) set, which stresses TRADE FIGURES IN QUESTION-AND-ANSWER AND
# ARGUMENT FORMS: explainers built on rhetorical questions, FAQ blocks, interview
# transcripts whose questions carry a wrong or a confirmed premise, fact-checks in several
# house styles, op-eds and letters to the editor, listicles, parliamentary question time,
# written answers, committee hearings and election debates, "What is X?" explainer boxes
# and reader-question columns (these are added; where one seems to touch an earlier
# convention it only extends it):
# - Rhetorical questions and fragment answers. A question without a figure ("So how much
#   does Kenya sell to Uganda?", "And how much does it buy back?", "How much did they
#   earn?", "And the totals?", "Who sells the most beef to China?", "Is that more than last
#   year?", "Leather?", "Information and communication products?") gives its flow,
#   reporter, partner and goods (and its period, if it names one) to the answer that
#   follows, as a headline-like line gives them (fourteenth set). A verbless answer ("About
#   $1.12 billion last year, according to ...", "P21.4 billion in the first half of 2033,
#   down 31%", "Exports of P29.8 billion against imports of P38.6 billion — a deficit of
#   P8.8 billion", "$198 million.", "Another US$19.6 billion.", "9.8 million tonnes in the
#   2032/33 marketing year", "8.1 million tonnes.") is a record with those slots; "they" and
#   "it" in the answer stand for the question's flow or goods ("How much did they earn?"
#   after "Diamonds."). The question makes no record of its own. A yes/no word or a
#   comparison with the question ("Yes, by far", "Not any more", "Far less:", "Neither.",
#   "Less:", "They didn't halve.") is no change and no qualifier: "Far less: imports from
#   Uganda came to $386 million" has d null. "Yes: by 7.4% in volume" after "Is that more
#   than last year?" is a change (d up, b DC). An answer without an amount ("Less than half
#   that.", "Nobody knows.", "Brazil, by far.", "About half to the European Union.") makes
#   none.
# - Premises (the eighteenth set's "a question carries none", extended to every kind of
#   questioner): a figure, a change, a fraction or a multiple inside an interviewer's, a
#   reader's or an MP's question ("fell by a quarter last year", "halved in the first
#   half", "exported 30 million tonnes of corn last season", "topped $20 billion in July",
#   "have doubled since the trade deal", "soared to £2 billion a year", "had 'fallen by
#   half'", "jumped 40% last year") makes no record, whether the answer corrects it,
#   confirms it or ignores it. The answer's own figure is the record, with the answer's
#   period and only the change the answer states ("Yes. They reached £412 million ...,
#   twice the level of the first half of 2031": d up, pct DC, cq DC, b DC, from the answer's
#   "twice", not from the premise's "doubled"); correcting a premise is no change over time.
#   A historical figure the answer adds ("The record was 31.2 million tonnes in 2021/22")
#   is a required record of its period (eighteenth set's historical asides), volq RECORD,
#   src DC.
# - FAQ blocks ("FAQ:", "Q&A:", "Your questions answered:", "Q:", "A:"): labels give no
#   figure; with no interviewee the source is the body the answer names. The question
#   decides what a bare amount in the answer is: "And the current account? A: A small
#   surplus of $0.4 billion." is a current account (none), "How big is the trade deficit
#   ...? A: $4.2 billion ..." a trade deficit (a record). "And India's whisky tariff? A: It
#   fell from 150% to 75% when the deal took effect and is now 40%." is India's tariff on UK
#   whisky: the rate now in force required, the earlier rates optional.
# - Interviews in Q&A form: the interviewee named after the final dash ("— Anan Srisuk,
#   president of the Thai Rubber Association", "— Canada's Minister of International Trade,
#   Élise Tremblay, on CBC Radio's The House") and the body the answer cites are accepted as
#   source, and "we" is the interviewee's economy (eighteenth set); the outlet of the
#   interview ("in an interview with the Phnom Penh Post") is accepted beside them. A
#   reporter named only in the premise ("Thai rubber exports halved ..., didn't they?")
#   still gives the answer its reporter, as a heading would: the premise gives slots, not a
#   figure. "I said the first seven months" (a speaker correcting what he was reported to
#   have said) names the answer's period.
# - Fact-checks in other house styles (eighteenth set's rule unchanged): "CLAIM: ... THE
#   FACTS: ...", "Rating: False.", "We rate this claim Mostly False.", "earns Three
#   Pinocchios", "Fact check: A viral post says ...". The claim makes no record (its
#   "earned nothing", "$12 billion", "tripled", "$30 billion", "more food than it exports");
#   a claimed amount that the verdict assigns to ANOTHER PERIOD ("the $30 billion figure is
#   for the whole of 2032-33") is a record of that period, as a reassignment to another flow
#   or goods ("appears to have used the figure for all agricultural imports, $11.9 billion")
#   is a record of that flow (eighteenth set), src DC for the reassigned period's figure.
#   "Three Pinocchios" and "Mostly False" carry no figure.
# - Letters to the editor and op-eds: "Letters:", "Letter:", "Sir,", "Sir —", "Sir, —",
#   "Yours faithfully," and the signature or byline ("Graham Ellis, Hamilton", "— M. Banda,
#   Lusaka", "(The author is a former energy secretary.)") give no figure and no source; a
#   figure the letter corrects ("not Rs 323.4 billion as stated", "claims Ireland's exports
#   are 'all pharma'") makes none and the corrected figure, with the body the writer cites,
#   is a record. "Our exports" are of the writer's economy as the text identifies it ("As a
#   Swedish exporter", "Had we built more fertiliser plants" in a Moroccan op-ed). "If"
#   clauses and their consequences ("If prices fell 20%, ... we would lose about NZ$5
#   billion", "If every project ... came online, exports could top US$8 billion a year", "If
#   the Lobito corridor halves transport costs, ... that could double") and counterfactuals
#   ("that figure would be twice as high") make none; rhetorical questions without a figure
#   ("Would I like that market back?") none. A figure set "against" a past period's amount
#   ("SEK 1.2 billion in the first half of 2033, ... against SEK 11.6 billion in the first
#   half of 2021") accepts d down or none (pct, by and b DC), the past amount an optional
#   base (eighteenth set's "above").
# - Listicles: "Five things to know about ...", "Top five buyers of ...", "Three things we
#   learned from ...", "Four facts about ..." and item markers ("1.", "2.", "No. 1:", "Fact
#   2:", "•") are no amounts; the heading gives reporter, goods, partner and period to the
#   items ("They reached $4.12 billion" under "Chile's lithium exports"); an item that gives
#   only the change of the item before ("2. That is 28% less than a year earlier") is the
#   fourteenth set's anaphora (one record, b yoy as stated); a ranked buyer with its amount
#   ("1. Saudi Arabia: $312 million.", "4. South Korea came second, with $612 million.",
#   "India remained the top buyer, taking 3.1 million tonnes") is a record (f, r and p
#   either way for a buyer), its rank none; a total after the list ("Total coffee exports
#   were a record $1.62 billion") is a record with the heading's goods.
# - Parliament and debates: "Question time:", "Hansard, House of Commons.", "In a written
#   answer to a parliamentary question (E-002614/2033)", "Question No. 214:", "At Senate
#   estimates" and the constituency or party of a speaker ("Mr Peter Holloway (Grimsby
#   East):", "The Member for Kisumu West", "The Minister for Trade (Ms Sarah Okoye):") give
#   no figure and no period; "[Interruption.]" and "(Interjection: 'Down again!')" nothing.
#   The minister's, commissioner's, cabinet secretary's or official's answer is a record,
#   with the answering speaker or the body cited as source. An MP's or a candidate's
#   allegation that the answer, the other side or the text contests ("alleged that imports
#   from China had 'crossed $150 billion'", "said Colombia 'now imports more food than it
#   exports'", "why tea exports to Pakistan had 'fallen by half'") makes none, like a
#   fact-check's claim; a contested allegation answered without a figure ("called the claim
#   'pure fiction' but gave no figure") leaves no record at all.
# - "What is X?" boxes: the definition makes none ("the value of a country's exports minus
#   the value of its imports": "minus" is no figure; "It let parcels worth less than $800
#   enter the United States duty-free until 2025": a threshold, none); the figures that
#   illustrate it are records ("In Sri Lanka's case, it was a deficit of $3.86 billion ...:
#   exports of $7.42 billion against imports of $11.28 billion"). Hong Kong's "re-exports"
#   and "total exports" are exports with c DC (eleventh set), two records told apart by
#   amount; "almost all of" is a share (none). Mirror data ("China's customs put its exports
#   to Kenya at $7.9 billion in 2032; Kenya's statistics bureau recorded imports from China
#   of KSh 452.3 billion") are two records, one per reporter, the gap none (fourteenth
#   set). A definition box about a tariff without a rate ("What is a safeguard duty?") and
#   about an index ("What is the trade-weighted index?") makes none.
# - Reader-question columns ("You asked:", "Ask the Economist.", "Q (from Aigerim in
#   Almaty):", "Dear Money Desk:", "Dear J.K.:", "Readers ask:", "Your questions:"): the
#   reader's question is a question (no record, its premise none: "Why did Ecuador's shrimp
#   exports collapse this year?"), the reader's name, initials and town are no source, and
#   the columnist's answer carries the figures with the body it cites; "(This column is not
#   investment advice.)" gives nothing.
# - Currencies: "$" and "US$" USD; "€" EUR; "£" GBP; "¥" in a Japanese text JPY; "C$" CAD;
#   "A$" AUD; "NZ$" NZD; "HK$" HKD; "P" before an amount in a Botswana text BWP (ninth
#   set); "KSh" KES; "K" in a Zambian text ZMW; "R" in a South African text ZAR; "Rs" in a
#   Sri Lankan text LKR; "baht" THB; "francs" in a Swiss text CHF; "dirhams" in a Moroccan
#   text MAD; "SEK" SEK. "bn", "billion", "trillion" and "million" as in the thirteenth set.
# - Near misses of this set (no record): a FAQ's export forecast, a claim refuted without a
#   figure, a claim rated true without one ("passed $10 billion"), an op-ed's customs-union
#   hypothetical, a letter about a budget's customs revenue, a listicle of coffee prices,
#   FDI in a parliamentary answer, a contested allegation answered without a figure, a
#   reader's question about a currency and inflation, a "What is a safeguard duty?" box
#   without a rate, a ratio of trade to GDP and exports per resident in a FAQ, one company's
#   overseas sales in an interview, customs duties collected in a written answer, a target
#   and a poll in a debate, a rhetorical question about a tariff scenario's cost, GDP in a
#   fact-check, a current account in a reader column, an export quota and a ban in a FAQ, an
#   interviewer's premise with an answer without a figure and a trade-weighted index in a
#   "What is" box.

# The names of economies, sources, units and qualifiers and the record helpers (OPT, YTD,
# Q, H, FYAM, FYJJ, TAR) that the tenth to nineteenth sets defined mean the same here: they
# are taken from the twelfth to nineteenth sets' cases rather than copied (those files have
# their definitions and comments).
import importlib.util as _ilu, os as _os
_here = _os.path.dirname(_os.path.abspath(__file__))


def _load(name):
    spec = _ilu.spec_from_file_location("_%s_cases" % name, _os.path.join(_here, "..", name, "cases.py"))
    mod = _ilu.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_t12 = _load("twelfth")
for _n in """
TON ABOUT RECORD HIGHEST US EU RU KR GAC UK TR USDOC DESTATIS MOFJ MOTIE INCOM ONS STATCAN BRMIN
BPS VN CH NZ ZA PH JP SA CA MX IE TW HK AU ID MA EC CSD PSA THMOC EPB SLTB STATSNZ FH UAMIN KZBNS
EUROSTAT BCE OC SCB GUS GARMENTS GRAIN CRUDE LNG CARS CHIPS AGRI PHOS BBL WATCH BCCH INDEC DANE
TWMOF VNAGRI KNBS SARS HCD CAPMAS PBS TURKSTAT CSO OPT TAR YTD Q H FYAM FYJJ
""".split():
    globals()[_n] = getattr(_t12, _n)
_t13 = _load("thirteenth")
for _n in """
CN IN DE PK BD LK KE EG PL CL BR AR TH UA SCOT SCOTCH SWA TEA TBK KEAG DISR EIA PALM BEEF DAIRY
AVOCADO MAFF AFRICA
""".split():
    globals()[_n] = getattr(_t13, _n)
_t14 = _load("fourteenth")
for _n in "KZ CO ET KH CER PHARMA".split():
    globals()[_n] = getattr(_t14, _n)
_t15 = _load("fifteenth")
for _n in "NO ZM TZ ZAMSTATS SHRIMP".split():
    globals()[_n] = getattr(_t15, _n)
_t16 = _load("sixteenth")
for _n in "UG COFFEE GOLD CBSL CORN".split():
    globals()[_n] = getattr(_t16, _n)
_t17 = _load("seventeenth")
for _n in "KZAG FISH".split():
    globals()[_n] = getattr(_t17, _n)
_t18 = _load("eighteenth")
for _n in "RBI MEITY SMARTPH ICTP".split():
    globals()[_n] = getattr(_t18, _n)
_t19 = _load("nineteenth")
for _n in "SE WHEAT".split():
    globals()[_n] = getattr(_t19, _n)

# New in this (twentieth) set: economies.
BW = "Botswana"
# Goods.
DIAMONDS = ["diamonds", "diamond", "rough diamonds"]
LEATHER = ["leather and leather products", "leather goods", "leather"]
JUTE = ["jute and jute goods", "jute goods", "jute"]
ECOMP = ["electronic components", "electronic parts", "components", "electronic", "chips"]
RICE = "rice"
RUBBER = ["natural rubber", "rubber"]
FOOD = ["food", "foodstuffs", "food products"]
LITHIUMC = ["lithium carbonate", "lithium"]
COBALT = ["cobalt", "cobalt hydroxide"]
CITRUS = ["citrus fruit", "citrus", "oranges"]
THERMAL = ["thermal coal", "thermal", "coal"]
METCOAL = ["metallurgical coal", "metallurgical", "coking coal", "coal"]
PARCELS = ["low-value parcels", "low-value", "parcels", "small parcels"]
SOFTW = ["software services", "software", "IT services", "services"]
# Sources (with the interviewee, minister or official who gives them).
STATSBW = ["Statistics Botswana"]
DBT = ["Department for Business and Trade", "DBT"]
THRUB = THMOC + ["Thai Rubber Association", "Anan Srisuk", "Srisuk", "president"]
CAMIN20 = STATCAN + ["Minister of International Trade", "Élise Tremblay", "Elise Tremblay", "Tremblay",
                     "minister", "CBC"]
KHMIN20 = ["Commerce Minister", "Sok Vannak", "Vannak", "Ministry of Commerce", "commerce ministry", "minister",
           "Phnom Penh Post"]
UAGA = UAMIN + ["Ukrainian Grain Association", "Grain Association", "Olena Marchenko", "Marchenko", "head"]
SWA20 = SWA + ["Fiona Drummond", "Drummond", "director of trade", "association"]
KEAG20 = KEAG + HCD + ["Agriculture Cabinet Secretary", "Paul Kiprono", "Kiprono"]
BOT20 = ["Bank of Tanzania", "BoT", "central bank"]
NZMIN20 = STATSNZ + ["Trade Minister", "Hemi Walker", "Walker", "minister"]
INMIN20 = INCOM + ["Commerce Minister", "Rekha Sharma", "Sharma", "minister"]
EUCOM20 = EUROSTAT + ["Trade Commissioner", "Commissioner", "Anna Lindqvist", "Lindqvist", "European Commission",
                      "Commission"]
HMRC20 = ["HM Revenue and Customs", "HM Revenue & Customs", "HMRC", "Minister for Trade", "Sarah Okoye",
          "Okoye", "minister"]
DISR20 = DISR + ["official"]
ZAMIN20 = SARS + ["Trade Minister", "Sipho Ndlovu", "Ndlovu", "minister"]
KETR20 = TBK + ["Cabinet Secretary for Trade", "Cabinet Secretary", "Ministry of Trade"]
CBP20 = ["U.S. Customs and Border Protection", "Customs and Border Protection", "CBP"]
KNBS20 = KNBS + ["statistics bureau"]
ECTA = ["Ethiopian Coffee and Tea Authority", "Coffee and Tea Authority", "ECTA"]

# Periods.
AUG = M(2033, 8)
JUL = M(2033, 7)
H1 = H(2033, 1)
H1_32 = H(2032, 1)
H1_21 = H(2021, 1)
YTD7 = YTD(2033, 7)
YTD8 = YTD(2033, 8)
Y32 = Y(2032)
Y28 = Y(2028)
R12JUN = PR("2032-07-01", "2033-06-30")     # the year / the four quarters to (the end of) June 2033
FY32AM = FYAM(2032)                          # Japan's fiscal 2032, India's 2032-33
AUFY = FYJJ(2032)                            # Australia's 2032-33 financial year
JA34 = PR("2033-07-01", "2033-08-31")        # July-August of FY34 (Pakistan, Bangladesh)
INAA = PR("2033-04-01", "2033-08-31")        # India's April-August of 2033-34
INAJ = PR("2033-04-01", "2033-06-30")        # India's April-June, the first quarter of 2033-34
KZMY = PR("2032-09-01", "2033-08-31")        # Kazakhstan's 2032/33 marketing year
UAMY = PR("2032-07-01", "2033-06-30")        # Ukraine's 2032/33 July-June season
UAMY21 = PR("2021-07-01", "2022-06-30")      # its 2021/22 season (a record of its own)
ETFY = dict(ps=["2032-07-08", "2032-07-01"], pe=["2033-07-07", "2033-06-30"])   # Ethiopia's 2032/33

POS = [
    # ---------------------------------------------------------------- rhetorical questions
    # P01 a question gives flow, reporter and partner to a verbless answer ("About $1.12
    # billion last year"), a comparison without an amount (none), "Far less:" (no change),
    # an appositive (c DC).
    ("Explainer: Kenya's best customer is next door. So how much does Kenya sell to Uganda? About $1.12 "
     "billion last year, according to the Kenya National Bureau of Statistics — more than it sells to the "
     "United States. And how much does it buy back? Far less: imports from Uganda came to $386 million, "
     "mostly milk and sugar.",
     [R(f="export", r=KE, p=UG, v=1.12e9, cur="USD", vq=ABOUT, src=KNBS, **Y32),
      R(f="import", r=KE, p=UG, c=DC, v=386e6, cur="USD", src=KNBS, **Y32)]),

    # P02 a yes/no question ("Not any more."), two partners, "And imports?", a deficit "with it".
    ("Does Germany still sell more to China than to America? Not any more. German exports to the United "
     "States were €84.6 billion in the first half of 2033, Destatis says, while exports to China fell 9.2% "
     "to €38.1 billion. And imports? Germany bought €72.8 billion of goods from China, leaving a deficit of "
     "€34.7 billion with it.",
     [R(f="export", r=DE, p=US, v=84.6e9, cur="EUR", src=DESTATIS, **H1),
      R(f="export", r=DE, p=CN, v=38.1e9, cur="EUR", d="down", pct=9.2, b=DC, src=DESTATIS, **H1),
      R(f="import", r=DE, p=CN, c=DC, v=72.8e9, cur="EUR", src=DESTATIS, **H1),
      R(f="balance", r=DE, p=CN, c=DC, v=34.7e9, cur="EUR", bal="deficit", src=DESTATIS, **H1)]),

    # P03 "How much did they earn?" after "Diamonds." (the answer's goods), "P" in a Botswana
    # text (BWP), "And the totals?" (c DC), an em dash (no minus), a widening deficit named only
    # in the question (d DC).
    ("Why is Botswana's trade deficit widening? Diamonds. How much did they earn? P21.4 billion in the first "
     "half of 2033, down 31% from a year earlier, Statistics Botswana says. And the totals? Exports of P29.8 "
     "billion against imports of P38.6 billion — a deficit of P8.8 billion.",
     [R(f="export", r=BW, c=DIAMONDS, v=21.4e9, cur="BWP", d="down", pct=31, b="yoy", src=STATSBW, **H1),
      R(f="export", r=BW, c=DC, v=29.8e9, cur="BWP", src=STATSBW, **H1),
      R(f="import", r=BW, c=DC, v=38.6e9, cur="BWP", src=STATSBW, **H1),
      R(f="balance", r=BW, c=DC, v=8.8e9, cur="BWP", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC,
        src=STATSBW, **H1)]),

    # P04 volume and value with one change that is the volume's (two records), a buyer as
    # subject, "Is that more than last year? Yes: by 7.4% in volume."
    ("Where does Vietnam's rice go? Mostly to the Philippines. Vietnam exported 5.62 million tonnes of rice "
     "worth $3.41 billion in the first eight months of 2033, according to the Ministry of Agriculture and "
     "Environment, and the Philippines bought 2.48 million tonnes of it. Is that more than last year? Yes: "
     "by 7.4% in volume.",
     [R(f="export", r=VN, c=RICE, vol=5.62e6, u=TON, d="up", pct=7.4, b=DC, v=DC, cur=DC, vq=DC, src=VNAGRI,
        **YTD8),
      R(f="export", r=VN, c=RICE, v=3.41e9, cur="USD", vol=DC, u=DC, volq=DC, src=VNAGRI, **YTD8),
      R(f=["export", "import"], r=VN + [PH], p=VN + [PH], c=[None, RICE], vol=2.48e6, u=TON, src=VNAGRI,
        **YTD8)]),

    # P05 "the country" from the question, a whole and a part, fragment answers ("Leather?
    # $198 million."), Bangladesh's fiscal months.
    ("What does Bangladesh sell besides clothes? Not much. Of the $8.12 billion the country earned from "
     "exports in July-August, the first two months of FY34, ready-made garments brought in $6.74 billion, "
     "according to the Export Promotion Bureau. Leather? $198 million. Jute? $151 million.",
     [R(f="export", r=BD, v=8.12e9, cur="USD", src=EPB, **JA34),
      R(f="export", r=BD, c=GARMENTS, v=6.74e9, cur="USD", src=EPB, **JA34),
      R(f="export", r=BD, c=LEATHER, v=198e6, cur="USD", src=EPB, **JA34),
      R(f="export", r=BD, c=JUTE, v=151e6, cur="USD", src=EPB, **JA34)]),

    # P06 a ranking answer (none), two economies with their own sources (an elided head), a
    # fraction without an amount (none).
    ("Who sells the most beef to China? Brazil, by far. Brazil's beef exports to China were $4.86 billion in "
     "January-August, up 12.6% on a year earlier, the trade ministry says. Argentina's came to $1.42 "
     "billion, according to INDEC. And Australia's? Less than half that.",
     [R(f="export", r=BR, p=CN, c=BEEF, v=4.86e9, cur="USD", d="up", pct=12.6, b="yoy", src=BRMIN, **YTD8),
      R(f="export", r=AR, p=CN, c=BEEF, v=1.42e9, cur="USD", src=INDEC, **YTD8)]),

    # P07 a record month, a part with an appositive ("mostly chips"), a fragment answer
    # "Another US$19.6 billion".
    ("How much does Taiwan depend on chips? Enormously. Taiwan's exports hit a record US$52.8 billion in "
     "August, up 31.4% year on year, the Ministry of Finance said, and electronic components — mostly chips "
     "— made up US$24.1 billion of them. Information and communication products? Another US$19.6 billion.",
     [R(f="export", r=TW, v=52.8e9, cur="USD", vq=RECORD, d="up", pct=31.4, b="yoy", src=TWMOF, **AUG),
      R(f="export", r=TW, c=ECOMP, v=24.1e9, cur="USD", src=TWMOF, **AUG),
      R(f="export", r=TW, c=ICTP, v=19.6e9, cur="USD", src=TWMOF, **AUG)]),

    # ---------------------------------------------------------------- FAQ blocks
    # P08 goods and services trade in "the four quarters to the end of June 2033", a partner's
    # exports "led by", India's whisky tariff now (required) and before (optional).
    ("FAQ: the UK-India trade deal, three years on. Q: How much trade is at stake? A: Trade in goods and "
     "services between the two countries was £44.7 billion in the four quarters to the end of June 2033, the "
     "Department for Business and Trade says. Q: What does Britain sell? A: UK exports to India were £17.3 "
     "billion, led by machinery and whisky. Q: And India's whisky tariff? A: It fell from 150% to 75% when "
     "the deal took effect and is now 40%.",
     [R(f="total", r=UK + [IN], p=UK + [IN], c=DC, v=44.7e9, cur="GBP", src=DBT, **R12JUN),
      R(f="export", r=UK, p=IN, c=DC, v=17.3e9, cur="GBP", src=DBT, **R12JUN),
      TAR(r=IN, p=[None] + UK, c=SCOTCH, rate=40),
      TAR(r=IN, p=[None] + UK, c=SCOTCH, rate=75, opt=True),
      TAR(r=IN, p=[None] + UK, c=SCOTCH, rate=150, opt=True)]),

    # P09 answers that are only an amount and a period, a part ("How much of it was wheat?"), a
    # partner's volume "rose to" (direction and level).
    ("Your questions answered: Kazakhstan's grain trade. Q: How much grain did Kazakhstan export last "
     "season? A: 9.8 million tonnes in the 2032/33 marketing year, which ran from September to August, "
     "according to the Ministry of Agriculture. Q: How much of it was wheat? A: 8.1 million tonnes. Q: Is "
     "China buying more? A: Yes: shipments to China rose to 1.2 million tonnes.",
     [R(f="export", r=KZ, c=GRAIN, vol=9.8e6, u=TON, src=KZAG, **KZMY),
      R(f="export", r=KZ, c=WHEAT, vol=8.1e6, u=TON, src=KZAG, **KZMY),
      R(f="export", r=KZ, p=CN, c=[None, WHEAT] + GRAIN, vol=1.2e6, u=TON, d="up", pct=DC, by=DC, byc=DC, b=DC,
        src=KZAG, **KZMY)]),

    # P10 a tariff in force "since July 1" (no period), exports to the US in francs, "Nobody
    # knows" (none).
    ("Q&A: What Washington's tariff means for Swiss watchmakers. Q: What is the tariff? A: A 25% duty on "
     "Swiss watches, in force since July 1. Q: How much is at stake? A: Watch exports to the United States "
     "were 2.86 billion francs in the first half of 2033, down 14.2% from a year earlier, the Federation of "
     "the Swiss Watch Industry says. Q: Will it last? A: Nobody knows.",
     [TAR(r=US, p=[None] + CH, c=WATCH, rate=25),
      R(f="export", r=CH, p=US, c=WATCH, v=2.86e9, cur="CHF", d="down", pct=14.2, b="yoy", src=FH, **H1)]),

    # P11 a deficit answered by amount (the question decides), its flows, a central bank's
    # forecast and a current account (none).
    ("Pakistan's import bill: your questions. Q: How big is the trade deficit so far this fiscal year? A: "
     "$4.2 billion in July-August, the first two months of FY34, according to the Pakistan Bureau of "
     "Statistics: imports of $9.6 billion against exports of $5.4 billion. Q: Will it shrink? A: The State "
     "Bank expects a full-year deficit of about $26 billion. Q: And the current account? A: A small surplus "
     "of $0.4 billion.",
     [R(f="balance", r=PK, v=4.2e9, cur="USD", bal="deficit", src=PBS, **JA34),
      R(f="import", r=PK, v=9.6e9, cur="USD", src=PBS, **JA34),
      R(f="export", r=PK, v=5.4e9, cur="USD", src=PBS, **JA34)]),

    # P12 "It" (Japan) in the answer, Japan's fiscal 2032, "the most since 1995", a supplier
    # as subject, a ministry's expectation (none).
    ("FAQ: Japan's rice shortage. Q: Is Japan really importing rice now? A: Yes. It imported 612,000 tonnes "
     "of rice in fiscal 2032, which ended in March, the most since 1995, according to the farm ministry. Q: "
     "Who supplied it? A: Mostly the United States, with 288,000 tonnes. Q: Will imports rise this year? A: "
     "The ministry expects about 700,000 tonnes.",
     [R(f="import", r=JP, c=RICE, vol=612000, u=TON, volq=HIGHEST, src=MAFF, **FY32AM),
      R(f=["import", "export"], r=[JP] + US, p=[JP] + US, c=[None, RICE], vol=288000, u=TON, src=MAFF,
        **FY32AM)]),

    # ---------------------------------------------------------------- interviews (premises)
    # P13 a wrong premise ("halved", none) that names the reporter, the answer's fall, a buyer.
    ("Q: Thai rubber exports halved in the first half, didn't they? A: They didn't halve. They fell 18% to "
     "64.2 billion baht, according to the commerce ministry. Q: Is China still the biggest buyer? A: Yes, "
     "with 31.6 billion baht. — Anan Srisuk, president of the Thai Rubber Association",
     [R(f="export", r=TH, c=RUBBER, v=64.2e9, cur="THB", d="down", pct=18, b=DC, src=THRUB, **H1),
      R(f=["export", "import"], r=[TH, CN], p=[TH, CN], c=[None] + RUBBER, v=31.6e9, cur="THB", src=THRUB,
        **H1)]),

    # P14 a premise "fell by a quarter" (a fraction, none), the minister's 7.8%, a second partner.
    ("Q: Minister, Canada's exports to the United States fell by a quarter last year. A: That figure is "
     "wrong. Exports to the United States fell 7.8% in 2032, to C$594.2 billion, according to Statistics "
     "Canada. Q: And to the European Union? A: They rose 11.4% to C$38.6 billion. — Canada's Minister of "
     "International Trade, Élise Tremblay, on CBC Radio's The House",
     [R(f="export", r=CA, p=US, v=594.2e9, cur="CAD", d="down", pct=7.8, b=DC, src=CAMIN20,
        **Y32),
      R(f="export", r=CA, p=EU, v=38.6e9, cur="CAD", d="up", pct=11.4, b=DC, src=CAMIN20, **Y32)]),

    # P15 a premise with a wrong period (none), "I said the first seven months", a month
    # "alone", a part "About ... of the total", the outlet accepted as source.
    ("Q: You told parliament exports topped $20 billion in July. Isn't that impossible? A: I said the first "
     "seven months. Exports in January-July were $17.3 billion, up 12.1% on a year earlier; in July alone "
     "they were $2.61 billion. Q: And garments? A: About $6.9 billion of the total. — Cambodian Commerce "
     "Minister Sok Vannak, in an interview with the Phnom Penh Post",
     [R(f="export", r=KH, v=17.3e9, cur="USD", d="up", pct=12.1, b="yoy", src=KHMIN20, **YTD7),
      R(f="export", r=KH, v=2.61e9, cur="USD", src=KHMIN20, **JUL),
      R(f="export", r=KH, c=GARMENTS, v=6.9e9, cur="USD", vq=ABOUT, src=KHMIN20, **YTD7)]),

    # P16 a premise (none), "Neither." (no change), "We" the interviewee's economy, a past
    # record of its own (required, src DC), a share (none).
    ("Q: Ukraine exported 30 million tonnes of corn last season — a record? A: Neither. We exported 26.4 "
     "million tonnes in the 2032/33 July-June season, according to the agriculture ministry. The record was "
     "31.2 million tonnes in 2021/22. Q: Where did it go? A: About half to the European Union. — Olena "
     "Marchenko, head of the Ukrainian Grain Association",
     [R(f="export", r=UA, c=CORN, vol=26.4e6, u=TON, src=UAGA, **UAMY),
      R(f="export", r=UA, c=CORN, vol=31.2e6, u=TON, volq=RECORD, src=DC, **UAMY21)]),

    # P17 a premise confirmed ("have doubled": none); the answer's "twice the level of" a period
    # without an amount (d up, pct DC, no base record).
    ("Q: Exports of Scotch to India have doubled since the trade deal took effect — true? A: Yes. They "
     "reached £412 million in the first half of 2033, twice the level of the first half of 2031, according "
     "to our figures. — Fiona Drummond, director of trade at the Scotch Whisky Association",
     [R(f="export", r=SCOT, p=IN, c=SCOTCH, v=412e6, cur="GBP", d="up", pct=DC, cq=DC, by=DC, byc=DC, b=DC,
        src=SWA20, **H1)]),

    # P18 a premise (none), "We shipped" a volume with its change and the value without one (two
    # records), an expectation (none).
    ("Q: Critics say the avocado boom is over because exports fell last year. Are they right? A: No. We "
     "shipped 148,600 tonnes of avocados in 2032, up 9.1%, worth KSh 24.8 billion, according to the "
     "Horticultural Crops Directorate. Q: And this year? A: We expect another record. — Kenya's Agriculture "
     "Cabinet Secretary Paul Kiprono",
     [R(f="export", r=KE, c=AVOCADO, vol=148600, u=TON, d="up", pct=9.1, b=DC, v=DC, cur=DC, vq=DC, src=KEAG20,
        **Y32),
      R(f="export", r=KE, c=AVOCADO, v=24.8e9, cur="KES", vol=DC, u=DC, volq=DC, src=KEAG20, **Y32)]),

    # ---------------------------------------------------------------- fact-checks
    # P19 "CLAIM: ... THE FACTS:" (a true claim without a number), four partners, an elided
    # "from".
    ("CLAIM: Mexico now sells more cars to the United States than Japan, South Korea and Germany combined. "
     "THE FACTS: That's correct. US imports of passenger cars from Mexico were $31.8 billion in the first "
     "half of 2033, according to Census Bureau data, against $14.2 billion from Japan, $8.9 billion from "
     "South Korea and $6.5 billion from Germany.",
     [R(f="import", r=US, p=MX, c=CARS, v=31.8e9, cur="USD", src=USDOC, **H1),
      R(f="import", r=US, p=JP, c=CARS, v=14.2e9, cur="USD", src=USDOC, **H1),
      R(f="import", r=US, p=KR, c=CARS, v=8.9e9, cur="USD", src=USDOC, **H1),
      R(f="import", r=US, p=DE, c=CARS, v=6.5e9, cur="USD", src=USDOC, **H1)]),

    # P20 a viral post's "earned nothing" (none), a record with "up 26% on 2031", a price
    # (none).
    ("Fact check: A viral post says Tanzania 'earned nothing' from gold exports last year because of "
     "smuggling. That is false. Gold exports brought in a record $4.3 billion in 2032, the Bank of Tanzania "
     "says, up 26% on 2031, helped by prices above $3,000 an ounce.",
     [R(f="export", r=TZ, c=GOLD, v=4.3e9, cur="USD", vq=RECORD, d="up", pct=26, b=DC, src=BOT20, **Y32)]),

    # P21 "Rating: False.", the claimed $12 billion (none), the claimed figure reassigned to
    # another flow (a record).
    ("Claim: 'We import $12 billion of food a year,' Senator Ramon Villalobos said on Monday. Rating: False. "
     "Philippine food imports were $8.3 billion in 2032, according to the Philippine Statistics Authority; "
     "the senator appears to have used the figure for all agricultural imports, $11.9 billion.",
     [R(f="import", r=PH, c=FOOD, v=8.3e9, cur="USD", src=PSA, **Y32),
      R(f="import", r=PH, c=AGRI, v=11.9e9, cur="USD", src=DC, **Y32)]),

    # P22 a debate claim ("tripled", none), "We rate this claim Mostly False", a rise "from ...
    # in 2028 to ... in 2032" (base optional), "about 51%".
    ("'Imports from China have tripled under this government,' opposition leader Grace Wambui said in "
     "Tuesday's debate. We rate this claim Mostly False. Kenya's imports from China rose from KSh 298.6 "
     "billion in 2028 to KSh 452.3 billion in 2032, an increase of about 51%, KNBS data show.",
     [R(f="import", r=KE, p=CN, v=452.3e9, cur="KES", d="up", pct=51, cq=ABOUT, by=DC, byc=DC, b=DC, src=KNBS,
        **Y32),
      OPT(f="import", r=KE, p=CN, v=298.6e9, cur="KES", **Y28)]),

    # P23 a minister's claimed $30 billion (none), "Three Pinocchios" (no amount), exports and
    # imports from TurkStat.
    ("The economy minister's claim that Turkey 'sold $30 billion of goods to Germany' last year earns Three "
     "Pinocchios. TurkStat data show Turkish exports to Germany of $21.4 billion in 2032 and imports from "
     "Germany of $28.9 billion, so $30 billion is closer to what Turkey bought than to what it sold.",
     [R(f="export", r=TR, p=DE, v=21.4e9, cur="USD", src=TURKSTAT, **Y32),
      R(f="import", r=TR, p=DE, v=28.9e9, cur="USD", src=TURKSTAT, **Y32)]),

    # P24 a claim with a wrong period (none), the actual April-August figure, the claimed
    # amount assigned to the whole of 2032-33 (a record of that period, src DC).
    ("Claim: India's smartphone exports hit $30 billion in the first five months of this fiscal year. "
     "Verdict: Wrong period. Smartphone exports were $17.2 billion in April-August, according to the "
     "Ministry of Electronics and IT; the $30 billion figure is for the whole of 2032-33.",
     [R(f="export", r=IN, c=SMARTPH, v=17.2e9, cur="USD", src=MEITY, **INAA),
      R(f="export", r=IN, c=SMARTPH, v=30e9, cur="USD", src=DC, **FY32AM)]),

    # P25 a claim without a number, exports and imports of food (elided "imports from Ukraine
    # €1.86 billion") and the surplus.
    ("Claim: Poland now imports more food from Ukraine than it exports there. Verdict: False. Polish food "
     "exports to Ukraine were €2.31 billion in the first half of 2033 and imports from Ukraine €1.86 "
     "billion, Statistics Poland data show, a surplus of €450 million.",
     [R(f="export", r=PL, p=UA, c=FOOD, v=2.31e9, cur="EUR", src=GUS, **H1),
      R(f="import", r=PL, p=UA, c=FOOD, v=1.86e9, cur="EUR", src=GUS, **H1),
      R(f="balance", r=PL, p=UA, c=[None] + FOOD, v=450e6, cur="EUR", bal="surplus", src=GUS, **H1)]),

    # ---------------------------------------------------------------- letters and op-eds
    # P26 a letter: the editorial's date (no period), a rolling year, a hypothetical with "we"
    # (none), a signature (no source).
    ("Letters: Sir, your editorial of Sept. 9 says New Zealand's dairy exports are shrinking. They are not: "
     "Stats NZ reports dairy exports of NZ$27.8 billion in the year to June 2033, up 3.3%. If prices fell "
     "20%, of course, we would lose about NZ$5 billion — but that has not happened. Graham Ellis, Hamilton",
     [R(f="export", r=NZ, c=DAIRY, v=27.8e9, cur="NZD", d="up", pct=3.3, b=DC, src=STATSNZ, **R12JUN)]),

    # P27 a letter correcting a correspondent's "all pharma" (none), goods exports and a part.
    ("Sir — Your correspondent (Letters, Sept. 7) claims Ireland's exports are 'all pharma'. According to "
     "the Central Statistics Office, goods exports were €112.4 billion in the first half of 2033, of which "
     "medical and pharmaceutical products accounted for €68.9 billion. Big, but not all. Aoife Byrne, Cork",
     [R(f="export", r=IE, c=DC, v=112.4e9, cur="EUR", src=CSO, **H1),
      R(f="export", r=IE, c=PHARMA, v=68.9e9, cur="EUR", src=CSO, **H1)]),

    # P28 an op-ed: "62% more than a year earlier", an "if" clause with "could top" (none), a
    # byline (no source).
    ("Opinion: Argentina's lithium moment is real. Lithium carbonate exports reached US$1.42 billion in the "
     "first seven months of 2033, 62% more than a year earlier, according to INDEC. If every project in the "
     "pipeline came online, exports could top US$8 billion a year — but that is a big if. (The author is a "
     "former energy secretary.)",
     [R(f="export", r=AR, c=LITHIUMC, v=1.42e9, cur="USD", d="up", pct=62, b="yoy", src=INDEC, **YTD7)]),

    # P29 an op-ed: a share (none), a counterfactual with "we" (none).
    ("Morocco's phosphate diplomacy is paying off. Exports of phosphates and derivatives rose 18.4% to 61.2 "
     "billion dirhams in the first half of 2033, the Foreign Exchange Office says, and now make up nearly a "
     "fifth of all exports. Had we built more fertiliser plants a decade ago, that figure would be twice as "
     "high.",
     [R(f="export", r=MA, c=PHOS, v=61.2e9, cur="MAD", d="up", pct=18.4, b=DC, src=OC, **H1)]),

    # P30 a letter: "K" in a Zambian text, a conditional "could double" (none), a signature.
    ("Letter: Your article on Zambian copper (Sept. 2) overlooked cobalt. Zambia exported K14.3 billion of "
     "cobalt in January-July, according to the Zambia Statistics Agency. If the Lobito corridor halves "
     "transport costs, as promised, that could double. — M. Banda, Lusaka",
     [R(f="export", r=ZM, c=COBALT, v=14.3e9, cur="ZMW", src=ZAMSTATS, **YTD7)]),

    # P31 "Our exports" of the writer's economy ("As a Swedish exporter"), a figure "against" a
    # past period's amount (d down or none, base optional), rhetorical questions (none).
    ("As a Swedish exporter, I am tired of hearing that sanctions hurt only Russia. Our exports to Russia "
     "were SEK 1.2 billion in the first half of 2033, according to Statistics Sweden, against SEK 11.6 "
     "billion in the first half of 2021. Would I like that market back? Of course. Should we lift sanctions "
     "to get it? No. (The writer runs a machine-tool company in Eskilstuna.)",
     [R(f="export", r=SE, p=RU, v=1.2e9, cur="SEK", d=[None, "down"], pct=DC, by=DC, byc=DC, b=DC, src=SCB,
        **H1),
      OPT(f="export", r=SE, p=RU, v=11.6e9, cur="SEK", **H1_21)]),

    # P32 a letter correcting a report (the wrong figure none), "Rs" in a Sri Lankan text.
    ("Sir, — As chair of the Colombo Tea Exporters' Guild, I must correct your report of Sept. 10. Tea "
     "exports earned Rs 232.4 billion in the first seven months of 2033, the Sri Lanka Tea Board says, not "
     "Rs 323.4 billion as stated. Yours faithfully, Dilani Fernando",
     [R(f="export", r=LK, c=TEA, v=232.4e9, cur="LKR", src=SLTB, **YTD7)]),

    # ---------------------------------------------------------------- listicles
    # P33 numbered items: the heading gives reporter and goods, an item giving the previous
    # item's change (one record), ranked buyers with amounts, a ranking (none).
    ("Five things to know about Chile's lithium exports. 1. They reached $4.12 billion in the first half of "
     "2033, according to the central bank. 2. That is 28% less than a year earlier, because prices fell. 3. "
     "China bought $2.86 billion of it. 4. South Korea came second, with $612 million. 5. Lithium is now "
     "the country's second-biggest export after copper.",
     [R(f="export", r=CL, c=LITHIUMC, v=4.12e9, cur="USD", d="down", pct=28, b="yoy", src=BCCH, **H1),
      R(f=["export", "import"], r=[CL, CN], p=[CL, CN], c=[None] + LITHIUMC, v=2.86e9, cur="USD", src=BCCH,
        **H1),
      R(f=["export", "import"], r=[CL] + KR, p=[CL] + KR, c=[None] + LITHIUMC, v=612e6, cur="USD", src=BCCH,
        **H1)]),

    # P34 a "Top five" list of buyers (item numbers no amounts), a record total, Ethiopia's
    # fiscal year.
    ("Top five buyers of Ethiopian coffee in the 2032/33 fiscal year: 1. Saudi Arabia: $312 million. 2. "
     "Germany: $248 million. 3. The United States: $196 million. 4. Japan: $141 million. 5. Belgium: $118 "
     "million. Total coffee exports were a record $1.62 billion, the Ethiopian Coffee and Tea Authority "
     "says.",
     [R(f=["export", "import"], r=[ET] + SA, p=[ET] + SA, c=[None, COFFEE], v=312e6, cur="USD", src=ECTA, **ETFY),
      R(f=["export", "import"], r=[ET, DE], p=[ET, DE], c=[None, COFFEE], v=248e6, cur="USD", src=ECTA, **ETFY),
      R(f=["export", "import"], r=[ET] + US, p=[ET] + US, c=[None, COFFEE], v=196e6, cur="USD", src=ECTA, **ETFY),
      R(f=["export", "import"], r=[ET, JP], p=[ET, JP], c=[None, COFFEE], v=141e6, cur="USD", src=ECTA, **ETFY),
      R(f=["export", "import"], r=[ET, "Belgium"], p=[ET, "Belgium"], c=[None, COFFEE], v=118e6, cur="USD",
        src=ECTA, **ETFY),
      R(f="export", r=ET, c=COFFEE, v=1.62e9, cur="USD", vq=RECORD, src=ECTA, **ETFY)]),

    # P35 bullets ("•"), a volume with its fall, the top buyer with its volume, prices (none).
    ("Three things to know about Indonesia's palm oil exports this year: • Shipments fell 11.2% to 14.6 "
     "million tonnes in January-July, Statistics Indonesia says. • India remained the top buyer, taking 3.1 "
     "million tonnes. • Prices have averaged $1,020 a tonne, up from $940.",
     [R(f="export", r=ID, c=PALM, vol=14.6e6, u=TON, d="down", pct=11.2, b=DC, src=BPS, **YTD7),
      R(f=["export", "import"], r=[ID, IN], p=[ID, IN], c=[None] + PALM, vol=3.1e6, u=TON, src=BPS, **YTD7)]),

    # P36 "No. 1:" items (no amounts), the heading's month and source, a release weekday, a
    # partner's change without a value.
    ("Three things we learned from Japan's August trade data, released by the Ministry of Finance on "
     "Wednesday. No. 1: Exports rose 4.2% year on year to ¥8.86 trillion. No. 2: Imports fell 3.1% to ¥9.34 "
     "trillion, leaving a deficit of ¥480 billion. No. 3: Car exports to the United States dropped 12.8%.",
     [R(f="export", r=JP, v=8.86e12, cur="JPY", d="up", pct=4.2, b="yoy", src=MOFJ, **AUG),
      R(f="import", r=JP, v=9.34e12, cur="JPY", d="down", pct=3.1, b=DC, src=MOFJ, **AUG),
      R(f="balance", r=JP, v=480e9, cur="JPY", bal="deficit", src=MOFJ, **AUG),
      R(f="export", r=JP, p=US, c=CARS, d="down", pct=12.8, b=DC, src=MOFJ, **AUG)]),

    # P37 "Fact 1:" items, a partner group (Africa), facts without figures (none).
    ("Four facts about Egypt's trade with Africa. Fact 1: Egyptian exports to African countries reached $4.8 "
     "billion in the first half of 2033, up 14%, according to CAPMAS. Fact 2: Imports from Africa were $1.9 "
     "billion. Fact 3: Sudan and Libya are the biggest markets. Fact 4: Egypt belongs to both COMESA and the "
     "AfCFTA.",
     [R(f="export", r=EG, p=AFRICA, v=4.8e9, cur="USD", d="up", pct=14, b=DC, src=CAPMAS, **H1),
      R(f="import", r=EG, p=AFRICA, v=1.9e9, cur="USD", src=CAPMAS, **H1)]),

    # ---------------------------------------------------------------- parliament and debates
    # P38 question time: the minister's answer (source the minister or Stats NZ), "down 4.6% on
    # 2031", an interjection (none).
    ("Question time: Asked by the Member for Wellington Central how much New Zealand sold to China last "
     "year, Trade Minister Hemi Walker said goods exports to China were NZ$19.4 billion in 2032, down 4.6% "
     "on 2031, according to Stats NZ. (Interjection: 'Down again!')",
     [R(f="export", r=NZ, p=CN, c=DC, v=19.4e9, cur="NZD", d="down", pct=4.6, b=DC, src=NZMIN20, **Y32)]),

    # P39 an MP's allegation (none), the minister's reply: imports, exports and the deficit of
    # a fiscal year ("that year").
    ("During question time in the Lok Sabha, an opposition MP alleged that imports from China had 'crossed "
     "$150 billion' in 2032-33. Commerce Minister Rekha Sharma replied that India's imports from China were "
     "$118.6 billion that year, against exports to China of $16.4 billion, a deficit of $102.2 billion.",
     [R(f="import", r=IN, p=CN, v=118.6e9, cur="USD", src=INMIN20, **FY32AM),
      R(f="export", r=IN, p=CN, v=16.4e9, cur="USD", src=INMIN20, **FY32AM),
      R(f="balance", r=IN, p=CN, v=102.2e9, cur="USD", bal="deficit", src=INMIN20, **FY32AM)]),

    # P40 a written answer with a question number (no amount, no period), "had fallen to ...
    # from ... a year earlier" (base optional).
    ("In a written answer to a parliamentary question (E-002614/2033), Trade Commissioner Anna Lindqvist "
     "said EU imports of Russian LNG had fallen to €3.2 billion in the first half of 2033 from €4.9 billion "
     "a year earlier, according to Eurostat.",
     [R(f="import", r=EU, p=RU, c=LNG, v=3.2e9, cur="EUR", d="down", pct=DC, by=DC, byc=DC, b="yoy", src=EUCOM20,
        **H1),
      OPT(f="import", r=EU, p=RU, c=LNG, v=4.9e9, cur="EUR", **H1_32)]),

    # P41 Hansard: an MP's premise "soared to £2 billion a year" (none), the minister's figure,
    # speaker labels and "[Interruption.]".
    ("Hansard, House of Commons. Mr Peter Holloway (Grimsby East): Will the Minister confirm that fish "
     "imports from Norway have soared to £2 billion a year? The Minister for Trade (Ms Sarah Okoye): No, "
     "because it is not true. UK imports of fish from Norway were £1.21 billion in 2032, according to HMRC. "
     "[Interruption.]",
     [R(f="import", r=UK, p=NO, c=FISH, v=1.21e9, cur="GBP", src=HMRC20, **Y32)]),

    # P42 a committee hearing: a senator's question (none), an official's answer, two goods of a
    # financial year.
    ("At Senate estimates on Tuesday, Senator Kate Moreland asked whether coal exports had 'collapsed'. A "
     "Department of Industry, Science and Resources official said Australia's thermal coal exports fell 21% "
     "to A$24.6 billion in the 2032-33 financial year, while metallurgical coal earned A$38.1 billion.",
     [R(f="export", r=AU, c=THERMAL, v=24.6e9, cur="AUD", d="down", pct=21, b=DC, src=DISR20, **AUFY),
      R(f="export", r=AU, c=METCOAL, v=38.1e9, cur="AUD", src=DISR20, **AUFY)]),

    # P43 a candidate's contested claim (none), the data that "back her": exports and imports
    # of a good.
    ("In Sunday's presidential debate, candidate Tomás Rivas said Colombia 'now imports more food than it "
     "exports'. His rival, Laura Mejía, called that false, and DANE figures back her: agricultural exports "
     "were $8.9 billion in the first seven months of 2033, against agricultural imports of $5.1 billion.",
     [R(f="export", r=CO, c=AGRI, v=8.9e9, cur="USD", src=DANE, **YTD7),
      R(f="import", r=CO, c=AGRI, v=5.1e9, cur="USD", src=DANE, **YTD7)]),

    # P44 question time: a tariff in force "since August 2025" (required, c DC), a good's fall
    # to the US.
    ("Trade Minister Sipho Ndlovu told the National Assembly during question time that the 30% US tariff on "
     "South African goods, in force since August 2025, had cut citrus exports to the United States by 34% "
     "to R1.42 billion in the first half of 2033, according to SARS.",
     [TAR(r=US, p=ZA, c=DC, rate=30),
      R(f="export", r=ZA, p=US, c=CITRUS, v=1.42e9, cur="ZAR", d="down", pct=34, b=DC, src=ZAMIN20, **H1)]),

    # P45 a question number (none), an MP's "fallen by half" (none), the Cabinet Secretary's
    # reply, a ranking (none).
    ("Question No. 214: The Member for Kisumu West asked the Cabinet Secretary for Trade why tea exports to "
     "Pakistan had 'fallen by half'. In reply, the Cabinet Secretary said they fell 12.4% to KSh 38.6 "
     "billion in the first half of 2033, according to the Tea Board of Kenya, and that Pakistan remained the "
     "largest buyer.",
     [R(f="export", r=KE, p=PK, c=TEA, v=38.6e9, cur="KES", d="down", pct=12.4, b=DC, src=KETR20, **H1)]),

    # ---------------------------------------------------------------- "What is X?" boxes
    # P46 a definition with "minus" (none), the balance and its flows.
    ("What is the trade balance? It is the value of a country's exports minus the value of its imports. In "
     "Sri Lanka's case, it was a deficit of $3.86 billion in the first seven months of 2033: exports of "
     "$7.42 billion against imports of $11.28 billion, according to the Central Bank of Sri Lanka.",
     [R(f="balance", r=LK, v=3.86e9, cur="USD", bal="deficit", src=CBSL, **YTD7),
      R(f="export", r=LK, v=7.42e9, cur="USD", src=CBSL, **YTD7),
      R(f="import", r=LK, v=11.28e9, cur="USD", src=CBSL, **YTD7)]),

    # P47 re-exports and total exports (two records, c DC), "almost all of" (a share, none).
    ("What is a re-export? A good that is imported and shipped on again without much processing. Hong Kong "
     "lives on them: re-exports were HK$2.31 trillion in the first half of 2033, the Census and Statistics "
     "Department says, almost all of the city's total exports of HK$2.34 trillion.",
     [R(f="export", r=HK, c=DC, v=2.31e12, cur="HKD", src=CSD, **H1),
      R(f="export", r=HK, c=DC, v=2.34e12, cur="HKD", src=CSD, **H1)]),

    # P48 a threshold and the year it ended (none), "fell to" (direction and level).
    ("What is the de minimis exemption? It let parcels worth less than $800 enter the United States "
     "duty-free until 2025. What happened after it ended? US imports of low-value parcels from China fell to "
     "$1.9 billion in the first half of 2033, according to Customs and Border Protection.",
     [R(f="import", r=US, p=CN, c=PARCELS, v=1.9e9, cur="USD", d="down", pct=DC, by=DC, byc=DC, b=DC,
        src=CBP20, **H1)]),

    # P49 mirror data: one record per reporter, the gap (none).
    ("What is mirror data? The same trade as recorded by the other side. China's customs put its exports to "
     "Kenya at $7.9 billion in 2032; Kenya's statistics bureau recorded imports from China of KSh 452.3 "
     "billion. The gap is mostly under-declared goods and transshipment.",
     [R(f="export", r=CN, p=KE, v=7.9e9, cur="USD", src=GAC, **Y32),
      R(f="import", r=KE, p=CN, v=452.3e9, cur="KES", src=KNBS20, **Y32)]),

    # ---------------------------------------------------------------- reader-question columns
    # P50 a reader's question (none), a volume a day and its value (one record, twin), the US
    # side's imports of Saudi crude.
    ("You asked: 'Is it true that Canada sells more oil to the US than Saudi Arabia does?' — a reader in "
     "Calgary. Yes, by far. Canada's crude exports to the United States averaged 4.3 million barrels a day "
     "in the first half of 2033, worth C$58.7 billion, according to the Canada Energy Regulator. US imports "
     "of Saudi crude averaged 310,000 barrels a day, Energy Information Administration data show.",
     [R(f="export", r=CA, p=US, c=CRUDE, v=58.7e9, cur="CAD", vol=[4.3e6, None], u=[BBL, None], volq=DC,
        src=CER, **H1),
      OPT(f="export", r=CA, p=US, c=CRUDE, vol=4.3e6, u=BBL, volq=DC, v=[None, 58.7e9], cur=[None, "CAD"], **H1),
      R(f="import", r=US, p=SA, c=CRUDE, vol=310000, u=BBL, volq=DC, src=EIA, **H1)]),

    # P51 a reader's name and town (no source), a part and the whole ("the country's ... of
    # exports"), the rest (none).
    ("Ask the Economist. Q (from Aigerim in Almaty): Why does everyone say Kazakhstan depends too much on "
     "oil? A: Because crude made up $24.1 billion of the country's $46.8 billion of exports in the first "
     "half of 2033, according to the Bureau of National Statistics. Gas and metals account for most of the "
     "rest.",
     [R(f="export", r=KZ, c=CRUDE, v=24.1e9, cur="USD", src=KZBNS, **H1),
      R(f="export", r=KZ, v=46.8e9, cur="USD", src=KZBNS, **H1)]),

    # P52 initials (no source), "the highest for any August on record", a disclaimer (none).
    ("Dear Money Desk: My pension fund is full of Korean chipmakers. Are chip exports really booming? — "
     "J.K., Busan. Dear J.K.: They are. Semiconductor exports reached $15.9 billion in August, up 36% from "
     "a year earlier and the highest for any August on record, the Ministry of Trade, Industry and Energy "
     "says. (This column is not investment advice.)",
     [R(f="export", r=KR, c=CHIPS, v=15.9e9, cur="USD", vq=HIGHEST, d="up", pct=36, b="yoy", src=MOTIE,
        **AUG)]),

    # P53 a reader's premise "collapse" (none), value down and volume up (two records).
    ("Readers ask: 'Why did Ecuador's shrimp exports collapse this year?' They didn't collapse; they dipped. "
     "Shrimp exports were $3.96 billion in January-July, down 3.4% from a year earlier, according to the "
     "Central Bank of Ecuador, while volumes rose 2.1% to 812,000 tonnes.",
     [R(f="export", r=EC, c=SHRIMP, v=3.96e9, cur="USD", d="down", pct=3.4, b="yoy", vol=DC, u=DC, volq=DC,
        src=BCE, **YTD7),
      R(f="export", r=EC, c=SHRIMP, vol=812000, u=TON, d="up", pct=2.1, b=DC, v=DC, cur=DC, vq=DC, src=BCE,
        **YTD7)]),

    # P54 a reader's question (none), services exports of India's fiscal first quarter.
    ("Your questions: 'How much does India actually earn from IT services?' asks a reader in Pune. According "
     "to the Reserve Bank of India, software services exports were $49.8 billion in April-June, the first "
     "quarter of 2033-34, up 11.6% year on year.",
     [R(f="export", r=IN, c=SOFTW, v=49.8e9, cur="USD", d="up", pct=11.6, b="yoy", src=RBI, **INAJ)]),
]

NEG = [
    # N01 a FAQ's export forecast.
    "Q: Will Indonesia's exports pass $300 billion this year? A: The trade ministry thinks so: it forecasts "
    "$302 billion for 2033, up about 6%, if coal prices hold.",
    # N02 a claim refuted without a figure.
    "Claim: Ghana's cocoa exports earned $5 billion last season. Verdict: False. The Ghana Cocoa Board says "
    "earnings were well below that but has not yet published a final figure.",
    # N03 a claim rated true without a figure of the verdict's own (and a mark, "passed").
    "Claim: 'Our exports to Japan passed $10 billion last year,' Thailand's commerce minister said on Monday. "
    "Verdict: True — the ministry's own data bear it out.",
    # N04 an op-ed's hypothetical.
    "If Britain rejoined the EU customs union, its goods exports to the bloc could rise by 10% to 15% within "
    "five years — about £20 billion a year, by my reckoning. (The writer is a former trade negotiator.)",
    # N05 a letter about a budget's customs revenue.
    "Sir, — The budget assumes customs revenue of KSh 220 billion next year, 15% more than this year. Where "
    "is it supposed to come from? P. Otieno, Nakuru",
    # N06 a listicle of prices.
    "Five things to know about coffee prices: 1. Arabica futures hit $4.12 a pound on Monday. 2. Robusta is "
    "up 38% this year. 3. Frost in Brazil is to blame. 4. Roasters have raised retail prices twice. 5. "
    "Relief is not expected before 2034.",
    # N07 FDI in a parliamentary answer.
    "Asked in the Dáil about investment, the Tánaiste said foreign direct investment into Ireland was €41.2 "
    "billion in 2032, down 9% on 2031, according to the Central Statistics Office.",
    # N08 a contested allegation answered without a figure.
    "An opposition senator alleged in Wednesday's Senate session that rice imports had 'tripled to four "
    "million tonnes'; the agriculture secretary called the claim 'pure fiction' but gave no figure of his "
    "own.",
    # N09 a reader's question about a currency and inflation.
    "You asked: 'Why is the peso so weak?' It has lost 11% against the dollar this year, to 61.4 per dollar, "
    "and inflation is running at 5.8%, the central bank says.",
    # N10 a "What is" box about a tariff without a rate.
    "What is a safeguard duty? A temporary tariff that a country may impose, under WTO rules, when a surge of "
    "imports harms its industry. India has used them on solar cells and steel.",
    # N11 a ratio of trade to GDP and exports per resident in a FAQ.
    "Q: How open is Singapore's economy? A: Very: its trade is worth more than three times its GDP, and its "
    "exports come to about S$170,000 per resident.",
    # N12 one company's overseas sales in an interview.
    "Q: How did you do abroad? A: Our overseas sales rose 14% to ¥412 billion in the April-June quarter, "
    "mostly in North America. — Kenji Hoshino, president of Hoshino Motors",
    # N13 customs duties collected in a written answer.
    "In a written answer, the Exchequer Secretary said customs duties collected on imports from China "
    "reached £3.8 billion in 2032-33, up from £2.9 billion the year before.",
    # N14 a target and a poll in a debate.
    "In Thursday's debate, the prime minister repeated his target of $100 billion in annual exports by 2030; "
    "a snap poll found 54% of viewers unconvinced.",
    # N15 a rhetorical question about a tariff scenario's cost.
    "So what would a 50% US tariff cost Brazil's coffee growers? Up to $2.4 billion a year, according to an "
    "estimate by the Getulio Vargas Foundation, if buyers could not switch suppliers.",
    # N16 GDP in a fact-check.
    "Claim: Nigeria is Africa's biggest economy again. Verdict: False. IMF data put its GDP at $412 billion "
    "in 2032, behind South Africa at $438 billion and Egypt at $431 billion.",
    # N17 a current account in a reader column.
    "Ask the economist: 'Is Turkey's current account still in deficit?' Yes: it was $2.8 billion in July, the "
    "central bank says, smaller than a year earlier.",
    # N18 an export quota and a ban in a FAQ.
    "Q: How much rice may Bangladesh export? A: Only 100,000 tonnes of aromatic rice a year under the current "
    "quota; exports of other varieties are banned.",
    # N19 an interviewer's premise and an answer without a figure.
    "Q: Imports of Chinese steel jumped 40% last year — is that a threat to your mills? A: It is a concern, "
    "and we are watching it closely. — Tran Quoc Hung, Vietnam's deputy minister of industry and trade",
    # N20 a trade-weighted index in a "What is" box.
    "What is the trade-weighted index? A measure of a currency against a basket of its trading partners' "
    "currencies. New Zealand's fell 2.3% in August, to 69.4.",
]
