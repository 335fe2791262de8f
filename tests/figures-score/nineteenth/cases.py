from slots import DC, R, M, Y, PR

# The nineteenth set: every text is the only body paragraph (after an unrelated opening one)
# of a page published on 2033-12-14 (a Wednesday). So "November", "Nov" and "last month"
# are November 2033; "October" and "Oct" October 2033; "September" (a base) September 2033;
# "third-quarter" and "in the quarter" after it July-September 2033; "January-September"
# January-September 2033; "the first ten months", "the first ten months of 2033", "the
# first ten months of the year", "January-October", "January-October 2033", "over the ten
# months" and "the ten months" January-October 2033; "the first eleven months", "the first
# eleven months of 2033", "the first 11 months" and "January-November" January-November
# 2033; "November 2032" and "October 2032" (bases), "a year earlier" and "on a year
# earlier" after a month or a span name the same months of 2032. The only figures of the
# month of publication are South Korea's "first 10 days of December" (2033-12-01 to
# 2033-12-10). Fiscal and other years: Pakistan's "July-November, the first five months of
# FY34" and Bangladesh's "July-November" (FY34) are July-November 2033; Australia's
# "2032-33" (a timeline label) is July 2032 - June 2033 (FYJJ(2032)). Timeline labels are
# the periods of their items' figures: "2019:", "2021:", "2023:" and "2032:" those years,
# "January-October 2033:" and "January-November 2033:" those spans; "May 2020:", "August
# 2023:", "October 2030:", "May 2033:" and "2022:" label events (a duty imposed, cut or
# lifted, a ban) whose only figures are tariff rates, and "2034:" a target. Dates and times
# that are no period of any figure: live-blog time stamps ("09:02 GMT —", "3:05 pm IST —",
# "11:34 —", "08:50 JST —", "15:02 BRT —", "Update, 11:20 GMT:", "updated 2033-12-11 07:41
# KST"), blog and dateline dates ("Trade live, Dec. 14.", "Tokyo markets live, Nov. 20.",
# "BOGOTÁ, Dec 13 —", "ULAANBAATAR, Dec 12 (Montsame) —"), dates of notes ("Correction,
# Dec. 13:", "Update, Dec. 12:"), a caption's "on Nov. 28", weekdays ("on Monday", "said
# Thursday", "on Tuesday", "on Friday", "by Tuesday evening") as release or posting days,
# "this morning" and "today" in broadcast copy, video lengths and podcast time codes ("(Video, 2:14)",
# "[04:15]", "(from 08:32)"), "2033" in a hashtag, and "this year" in a download count. In
# near misses "2034", "next year" and "by 2030" belong to forecasts and targets, "last year"
# to port throughput and one company's shipments, "two years ago" to customs duties, and
# "the third quarter" to GDP.
#
# Conventions: every convention stated in the eighteenth set's header (eighteenth/cases.py,
# which carries those of the seventeenth, and through it those of the ninth to sixteenth
# sets) is kept unchanged and is not repeated here. In short: values are positive amounts
# in the original currency (deficits bal="deficit", surpluses bal="surplus"); b is
# "yoy"/"mom" only when the text states the comparison ("year on year", "y/y", "from a year
# earlier", "on a year earlier", "compared with the same month last year"; "from September"
# for an October figure), DC when it is implied or the base is named by its period ("on
# October 2032", "compared with October 2032", "from twelve point one billion in
# September") and null when there is no change; a narrowing or widening deficit has d DC,
# a surplus that narrows is "down" and one that widens or rises is "up"; later sentences
# inherit reporter, period and source; comparison bases are optional records (OPT); a
# volume and the revenue it brought in with no change are one record (a split accepted
# through an optional twin); forecasts, polls, targets, shares, prices, exchange rates,
# stock indices, current accounts, remittances, tourism receipts, customs duties
# collected, port throughput and one company's sales and shipments are never trade
# figures; "goods", "merchandise", "total" flows c DC, plain "exports"/"imports" of a whole
# economy c null; "non-oil" and named goods are commodities; "preliminary" and
# "provisional" values have vq DC; "a record" vq RECORD, "the largest for the month since
# 2021", "biggest in 14 months", "the highest since March" and "a new record for the
# period" vq HIGHEST; historical facts of their own are required records with src DC;
# withdrawn figures make no record and corrected figures do; tariffs (TAR) as the ninth to
# eighteenth sets have them (a rate in force required, an earlier rate or one since lifted
# optional).
#
# New in this (nineteenth) set, which stresses TRADE FIGURES IN LIVE AND DIGITAL-NATIVE
# FORMATS AND BROADCAST COPY: live blogs, "Key points"/"At a glance"/"What we know
# so far"/"In brief" summaries, "By the numbers" boxes written as sentences, push alerts,
# radio and TV scripts turned into web copy, podcast show notes, timelines, photo captions,
# corrections and updates appended to stories, social-media posts quoted in the text and
# market wraps (these are added; where one seems to touch an earlier convention it only
# extends it):
# - Live blogs. A time stamp opening an entry (with or without a zone: "09:02 GMT —",
#   "11:34 —", "3:05 pm IST —", "14:03 CST:") is no amount, no period and its dash no
#   minus (sixteenth set); entry labels ("Live:", "Breaking:", "Update, 11:20 GMT:",
#   "Latest first.", "Live updates: Brazil trade.", "Adds soybean figures") give no figure.
#   An entry without a figure that announces the data ("China's customs agency has just
#   published its November trade figures", "Trade Minister Ömer Bolat is presenting
#   preliminary November figures") gives reporter, period and source to the entries that
#   follow IN TIME, exactly as a headline-like first line does (fourteenth set). In a
#   blog written newest first ("Latest first.") the entries above take them from the entry
#   BELOW, which is earlier ("15:45 GMT — Goods exports fell 1.8% to £32.3 billion" under
#   "16:20" and above "15:30 GMT — Breaking: The UK's goods trade deficit widened to £19.8
#   billion in October ..., the Office for National Statistics says" is the UK's October
#   figure from the ONS). An update entry that corrects an earlier one ("An earlier entry
#   said imports fell; they rose 2.3% to ...") makes only the corrected record.
# - Summaries and repeats. A figure stated in a summary ("Key points: • ...", "At a glance
#   — Chile, November: ...", "In brief: ...") and again in the body, or in a post and
#   again in the reporter's words ("Bureau of National Statistics data confirm the figure:
#   ..."), is ONE required record with the slots of its fuller statement (here the body's:
#   its basis and source), plus an OPTIONAL TWIN for the other statement (the fourteenth
#   set's headline restatement, extended to any repeat): so an extractor may give one
#   record or two. A summary item that gives only the change of a figure whose value the
#   body gives ("• Exports to the US rose 18%") is the same figure (its twin accepts a null
#   value or the body's). "Source: Central Bank of Chile." after a summary line gives the
#   source.
# - "By the numbers" as sentences: "NOK 163.2 billion: the value of seafood exports in
#   January-November, a record." (an amount before its label and a colon is that item's
#   value, as the sixteenth set's em dash), "By the numbers: Ukraine shipped ..." (a label
#   only); counts of markets ("21: the number of markets that bought more than NOK 1
#   billion worth") make no record. "Of the 4.72 million tonnes, 3.1 million were wheat" is
#   a part (a record, unit tonnes inherited); "That grain earned about $1.08 billion" after
#   the volume is the revenue of that volume (one record with both measures, vq about, a
#   split accepted through the twin).
# - Push alerts and breaking one-liners ("ALERT:", "Push alert:", "Breaking:", "JUST IN
#   —"): the line is a headline (twelfth set's headline rules: "+"/"-" are up and down,
#   "y/y" states yoy, "bln" 10^9, the body after the final dash or in final parentheses the
#   source: "— Ministry of Finance", "— BPS", "(ABS)"); "More to follow." gives nothing.
# - Broadcast scripts turned into web copy: speaker labels ("PRESENTER:", "RAMAN:",
#   "ANCHOR:", "REPORTER (on camera, Lagos):", "Reporter:", "Presenter:", "[SOUNDBITE]
#   TRADER:") and the correspondent's name are no source; the body the correspondent cites
#   is. Amounts as said aloud are amounts: "two point one billion dollars" 2.1 x 10^9,
#   "one point three billion dollars", "nineteen point four billion rand" 1.94 x 10^10,
#   "twelve point one billion" (currency inherited), "one hundred and ninety-one billion
#   rand" 1.91 x 10^11, "eighty-one billion shillings" 8.1 x 10^10, "six percent" and
#   "eight percent" 6 and 8. "Dollars" in a New Zealand script citing Stats NZ are NZD,
#   "rand" ZAR, "shillings" in a Kenyan bulletin KES. "Jumped by almost a quarter" is the
#   thirteenth set's change by a fraction (d up, pct DC, cq DC). An exchange rate read
#   aloud ("eighteen forty to the dollar") and a football score ("two-one") are no figures.
#   The anchor's "Nigeria's third-quarter trade figures are out" gives period and reporter
#   to the correspondent's "in the quarter".
# - Podcast show notes: episode numbers ("Episode 212"), time codes ("[04:15]", "(from
#   08:32)"), episode lengths and download counts are no figures; a figure the notes give
#   is a record with the body they cite as source (not the host or the guest, unless the
#   guest is the only source named); a hypothetical the episode discusses ("what a 10% US
#   tariff would mean") makes none.
# - Timelines ("2019: ...; May 2020: ...; 2032-33: ..."): the label is the period of the
#   item's figures. Past figures are facts of their own, REQUIRED records (eighteenth set's
#   historical asides), src DC unless the item names its source; "fall to" has d down, pct
#   and by DC, b DC (the base is the earlier item); "reach", "hit" and "recover to" after a
#   lower item accept d up or none (pct, by and b DC). An elided item ("January-October
#   2033: $1.18 billion, up 6.3% on a year earlier, according to ZimStat.") takes the flow
#   and goods of the item before. A duty imposed and since cut or lifted is an optional
#   tariff record (its old rate), the rate it was cut to and that is in force a required
#   one; a ban and a target in a future year's item make none.
# - Photo captions: "Caption:" and "Photo 3 of 12:" give nothing; the photo credit
#   ("(Photo: Carlos Jasso/Reuters)", "REUTERS/Santiago Arcos", "Photo: Tony Karumba/AFP")
#   is NO source: a caption that names no body has src null; the place in the picture
#   ("bound for Europe", "at a farm near Naivasha") is no partner; "the country" in a
#   caption is the economy named in the caption.
# - Corrections and updates appended or prefixed ("This story has been updated to include
#   import figures.", "Correction, Dec. 13:", "Editor's note:", "Update, Dec. 12: ... this
#   story has been updated accordingly"): the note gives no figure and no period; the
#   withdrawn statement makes no record, even when it shares the corrected figure's amount
#   ("fell 12% to 6.1 million tonnes" corrected to "fell 21%, to 6.1 million tonnes": one
#   record with 21; "81.2 billion zlotys" corrected to "€81.2 billion": one record in
#   EUR); a figure the note reassigns to another flow ("that figure was for semiconductors
#   alone") is a record of that flow (eighteenth set's fact-check rule), src DC; a revision
#   by the statistics office that an update reports follows the twelfth set's revision rule
#   (the revised amount required, vq DC, d, pct, by and b DC; the superseded one optional).
# - Social-media posts quoted in the text: the post's author (a minister, an adviser, a
#   statistics office, a central bank governor) is the source, "our"/"we" the author's
#   economy; a statistics office named only by its acronym is read with the economy the
#   text gives ("Saudi Arabia's statistics authority GASTAT"). Emoji, hashtags
#   ("#ExportBangladesh2033"), handles, thread numbering ("1/3", "2/3", "3/3": no fraction,
#   no amount), likes, reactions, shares and view counts give no figure; a target in the
#   post ("Our goal: $30 billion by 2030.") makes none. An em dash between the item and its
#   amount in a post ("Exports to China — $17.9 billion") is no minus.
# - Market wraps: the trade item is a record (source null when the wrap says only "data
#   showed"); stock indices, exchange rates, spot gold, futures, Brent, bond yields, net
#   foreign buying of shares and the poll forecast a figure beat ("beating the 8% forecast
#   in a Reuters poll") make none, and the reason given for a move ("dragged down by
#   cognac") names no commodity.
# - Datelines give the reporter when the text says only "the country's" or names only a
#   national body without its country ("BOGOTÁ, Dec 13 — The country's coffee exports ...,
#   the National Federation of Coffee Growers said" is Colombia's; "ULAANBAATAR, Dec 12
#   (Montsame) — Coal exports ..., the National Statistics Office said" Mongolia's, with the
#   agency in the dateline accepted as source beside the office, seventeenth set); they give
#   no period.
# - Currencies: "$" and "US$" USD; "€" EUR; "£" GBP; "¥" in a Japanese text JPY; "A$" AUD;
#   "C$" CAD; "₦" NGN; "CZK" CZK; "NOK" NOK; "SEK" SEK; "SAR" SAR; "RM" MYR; "K" before an
#   amount in a Zambian text ZMW; "KSh" and "shillings" in a Kenyan text KES; "dirhams" in
#   a Moroccan text MAD; "rand" and "R" ZAR; "zlotys" PLN (only in a withdrawn statement).
#   "bn", "bln", "mn" and "trillion" as in the thirteenth set.
# - Near misses of this set (no record): a stock index at a record and the yen in a push
#   alert, a lira low, an index and bond yields in a live-blog entry, a poll in a live blog,
#   viewer and stream counts, a podcast episode's question and forecast, one company's
#   expected sales in a live blog, an IMF forecast in a breaking line, a target in a
#   minister's post, a correction of an inflation rate, a timeline of negotiation rounds,
#   a "By the numbers" box of GDP, inflation, the exchange rate and reserves, port
#   throughput in a caption, an index and the rand read aloud, remittances in a central
#   bank's post, one company's shipments in a caption, a "What to watch" preview with a
#   poll, a podcast guest's "could lose", shares of salmon farmers, GDP in a breaking line,
#   a since-deleted post's claim, customs duties collected in a radio script and an update
#   note without a figure.

# The names of economies, sources, units and qualifiers and the record helpers (OPT, YTD,
# Q, FYJJ, TAR) that the tenth to eighteenth sets defined mean the same here: they are
# taken from the twelfth to eighteenth sets' cases rather than copied (those files have
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
TON ABOUT RECORD HIGHEST US EU KR GAC UK TR ONS STATCAN ABS BRMIN MOFJ MOTIE KCS INCOM BPS GASTAT
BOLAT TWMOF CSO GUS SCB BAZG BCRP FNC NSOMN TREA KZMIN GSO PSA STATSNZ SARS OC PBS DESTATIS BCCH UAMIN
NSC HCD KZBNS CARS CHIPS SOY GRAIN ELEC TEXTILES NONOIL ASEAN VN CH NZ ZA PH JP SA CA MX IE TW AU
ID MA EC BAG OPT TAR YTD Q FYJJ
""".split():
    globals()[_n] = getattr(_t12, _n)
_t13 = _load("thirteenth")
for _n in "CN IN DE PK BD LK KE NG EG PL CL PE BR MY TH UA DAIRY TEA TBK NBSNG AVOCADO BEEF".split():
    globals()[_n] = getattr(_t13, _n)
_t14 = _load("fourteenth")
for _n in "KZ CO HU MN CZ KSH CZSO DOSM BANANAS PHARMA EV".split():
    globals()[_n] = getattr(_t14, _n)
_t15 = _load("fifteenth")
for _n in "FR NO SALMON ZM UY ZAMSTATS UYXXI".split():
    globals()[_n] = getattr(_t15, _n)
_t16 = _load("sixteenth")
for _n in "CBSL FLOWERS COAL COPPER GOLD CUCONC COFFEE".split():
    globals()[_n] = getattr(_t16, _n)
_t18 = _load("eighteenth")
for _n in "RICE".split():
    globals()[_n] = getattr(_t18, _n)

# New in this (nineteenth) set: economies.
SE = "Sweden"
ZW = "Zimbabwe"
CZ19 = CZ + ["Czech"]
# Goods.
WHEAT = "wheat"
SEAFOOD = ["seafood", "fish"]
BARLEY = "barley"
LITHIUM = ["lithium concentrate", "lithium", "spodumene"]
FISHMEAL = ["fishmeal", "fish meal"]
# Sources (with the speaker, poster or agency that carries them).
EGMIN19 = ["minister of trade and industry", "Ministry of Trade and Industry", "trade and industry minister",
           "minister", "ministry"]
SARS19 = SARS + ["revenue service"]
ABARES = ["ABARES", "Australian Bureau of Agricultural and Resource Economics and Sciences"]
MXAG = ["agriculture ministry", "Ministry of Agriculture", "Agriculture Ministry", "SADER", "Sader",
        "Secretariat of Agriculture"]
ZIMSTAT = ["ZimStat", "ZIMSTAT", "Zimbabwe National Statistics Agency"]
BDADV19 = ["commerce adviser", "Commerce Adviser", "Ministry of Commerce", "commerce ministry",
           "Export Promotion Bureau", "EPB"]
KZMIN19 = KZMIN + KZBNS
CBSL19 = CBSL + ["central bank", "central bank governor"]
GASTAT19 = GASTAT + ["statistics authority"]
DOSM19 = DOSM + ["statistics department"]
NSOMN19 = NSOMN + ["Montsame"]
CSO19 = CSO + ["statistics office"]

# Periods.
NOV = M(2033, 11)
OCT = M(2033, 10)
SEP = M(2033, 9)
NOV32 = M(2032, 11)
OCT32 = M(2032, 10)
Q3 = Q(2033, 3)
YTD9 = YTD(2033, 9)
YTD10 = YTD(2033, 10)
YTD11 = YTD(2033, 11)
Y32 = Y(2032)
Y23 = Y(2023)
Y21 = Y(2021)
Y19 = Y(2019)
AUFY = FYJJ(2032)                            # Australia's 2032-33 (a timeline label)
JN34 = PR("2033-07-01", "2033-11-30")        # July-November of FY34 (Pakistan, Bangladesh)
DEC10 = PR("2033-12-01", "2033-12-10")       # South Korea's first 10 days of December

POS = [
    # ---------------------------------------------------------------- live blogs
    # P01 an announcing entry gives reporter, period and source; a partner's change without a
    # value; an index (none).
    ("Live: Asian markets and trade data. 09:02 GMT — China's customs agency has just published its "
     "November trade figures. 09:05 GMT — Exports rose 5.8% year on year to $331.4 billion. 09:10 GMT — "
     "Imports fell 1.9% to $238.7 billion, leaving a surplus of $92.7 billion. 09:25 GMT — Shipments to the "
     "United States dropped 12.4%, while exports to ASEAN climbed 14.1% to $58.3 billion. 09:40 GMT — The "
     "Hang Seng is down 0.9% at 24,310.",
     [R(f="export", r=CN, v=331.4e9, cur="USD", d="up", pct=5.8, b="yoy", src=GAC, **NOV),
      R(f="import", r=CN, v=238.7e9, cur="USD", d="down", pct=1.9, b=DC, src=GAC, **NOV),
      R(f="balance", r=CN, v=92.7e9, cur="USD", bal="surplus", src=GAC, **NOV),
      R(f="export", r=CN, p=US, d="down", pct=12.4, b=DC, src=GAC, **NOV),
      R(f="export", r=CN, p=ASEAN, v=58.3e9, cur="USD", d="up", pct=14.1, b=DC, src=GAC, **NOV)]),

    # P02 an update entry correcting an earlier one (the corrected imports only), a record part.
    ("Czech trade live. 09:00 CET — The Czech Republic's exports rose 7.2% in October from a year earlier to "
     "CZK 412.6 billion, the Czech Statistical Office said. 09:05 CET — Car exports hit a record CZK 118.4 "
     "billion. Update, 09:20 CET: An earlier entry said imports fell; they rose 2.3% to CZK 391.2 billion, "
     "leaving a surplus of CZK 21.4 billion.",
     [R(f="export", r=CZ19, v=412.6e9, cur="CZK", d="up", pct=7.2, b="yoy", src=CZSO, **OCT),
      R(f="export", r=CZ19, c=CARS, v=118.4e9, cur="CZK", vq=RECORD, src=CZSO, **OCT),
      R(f="import", r=CZ19, v=391.2e9, cur="CZK", d="up", pct=2.3, b=DC, src=CZSO, **OCT),
      R(f="balance", r=CZ19, v=21.4e9, cur="CZK", bal="surplus", src=CZSO, **OCT)]),

    # P03 "Breaking:" inside an entry, local-time stamps, a deficit "taking ... to", a poll
    # forecast and an index (none).
    ("Trade live, Dec. 14. 3:05 pm IST — Breaking: India's merchandise exports fell 3.4% to $34.6 billion in "
     "November, the commerce ministry says. 3:12 pm IST — Imports came in at $61.2 billion, taking the trade "
     "deficit to $26.6 billion, against a Reuters poll forecast of $24.0 billion. 3:30 pm IST — The Sensex "
     "is down 0.6% at 81,240.",
     [R(f="export", r=IN, c=DC, v=34.6e9, cur="USD", d="down", pct=3.4, b=DC, src=INCOM, **NOV),
      R(f="import", r=IN, c=DC, v=61.2e9, cur="USD", src=INCOM, **NOV),
      R(f="balance", r=IN, c=DC, v=26.6e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC,
        src=INCOM, **NOV)]),

    # P04 bare time stamps ("11:34 —"), preliminary figures announced in an entry without a
    # figure, a deficit narrowing from a year earlier (base optional), the lira (none).
    ("Turkey trade live. 11:30 local — Trade Minister Ömer Bolat is presenting preliminary November figures "
     "in Ankara. 11:34 — Exports rose 4.6% to $23.9 billion, he says. 11:36 — Imports fell 2.2% to $29.8 "
     "billion. 11:37 — So the deficit is $5.9 billion, narrowing from $8.1 billion a year earlier. 11:50 — "
     "The lira is little changed at 41.85 per dollar.",
     [R(f="export", r=TR, v=23.9e9, cur="USD", vq=DC, d="up", pct=4.6, b=DC, src=BOLAT, **NOV),
      R(f="import", r=TR, v=29.8e9, cur="USD", vq=DC, d="down", pct=2.2, b=DC, src=BOLAT, **NOV),
      R(f="balance", r=TR, v=5.9e9, cur="USD", vq=DC, bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b="yoy",
        src=BOLAT, **NOV),
      OPT(f="balance", r=TR, v=8.1e9, cur="USD", bal="deficit", **NOV32)]),

    # P05 newest first: the entries above take reporter, period and source from the earlier
    # entry below; a part to the EU; sterling (none).
    ("Latest first. 16:20 GMT — Sterling slipped 0.3% to $1.274 after the figures. 15:45 GMT — Goods exports "
     "fell 1.8% to £32.3 billion, £16.2 billion of it to the EU. 15:30 GMT — Breaking: The UK's goods trade "
     "deficit widened to £19.8 billion in October, the Office for National Statistics says, as imports rose "
     "2.7% to £52.1 billion.",
     [R(f="balance", r=UK, c=DC, v=19.8e9, cur="GBP", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC, src=ONS,
        **OCT),
      R(f="import", r=UK, c=DC, v=52.1e9, cur="GBP", d="up", pct=2.7, b=DC, src=ONS, **OCT),
      R(f="export", r=UK, c=DC, v=32.3e9, cur="GBP", d="down", pct=1.8, b=DC, src=ONS, **OCT),
      R(f="export", r=UK, p=EU, c=DC, v=16.2e9, cur="GBP", src=ONS, **OCT)]),

    # P06 an elided verb ("and imports 6.1% to"), an update that adds a volume and its revenue
    # (one record, a split through the twin).
    ("Live updates: Brazil trade. 15:02 BRT — The trade ministry reports a November surplus of $5.8 billion. "
     "15:04 BRT — Exports rose 3.9% to $29.7 billion and imports 6.1% to $23.9 billion. Update, 15:40 BRT: "
     "Adds soybean figures — soybean shipments reached 4.1 million tonnes, worth $1.72 billion.",
     [R(f="balance", r=BR, v=5.8e9, cur="USD", bal="surplus", src=BRMIN, **NOV),
      R(f="export", r=BR, v=29.7e9, cur="USD", d="up", pct=3.9, b=DC, src=BRMIN, **NOV),
      R(f="import", r=BR, v=23.9e9, cur="USD", d="up", pct=6.1, b=DC, src=BRMIN, **NOV),
      R(f="export", r=BR, c=SOY, v=1.72e9, cur="USD", vol=[4.1e6, None], u=[TON, None], src=BRMIN, **NOV),
      OPT(f="export", r=BR, c=SOY, vol=4.1e6, u=TON, volq=DC, v=[None, 1.72e9], cur=[None, "USD"], **NOV)]),

    # P07 a blog date that is no period, "(−1.5%)" with a Unicode minus, a forecast and an
    # index (none).
    ("Tokyo markets live, Nov. 20. 08:50 JST — Japan's exports rose 3.7% year on year in October to ¥9.42 "
     "trillion, the Ministry of Finance says, a touch below the 4.2% median forecast. 08:52 JST — Imports "
     "¥9.87 trillion (−1.5%), so a deficit of ¥450 billion. 09:01 JST — The Nikkei opened 0.8% higher at "
     "39,120.",
     [R(f="export", r=JP, v=9.42e12, cur="JPY", d="up", pct=3.7, b="yoy", src=MOFJ, **OCT),
      R(f="import", r=JP, v=9.87e12, cur="JPY", d="down", pct=1.5, b=DC, src=MOFJ, **OCT),
      R(f="balance", r=JP, v=450e9, cur="JPY", bal="deficit", src=MOFJ, **OCT)]),

    # ---------------------------------------------------------------- summaries and repeats
    # P08 "Key points" bullets repeated in the body: one record each (the body's basis and
    # source), the summary's statements optional twins; a summary change without a value.
    ("Key points: • Vietnam's exports rose 9.4% to $41.6 billion in November • The trade surplus was $2.3 "
     "billion • Exports to the US rose 18%. Vietnam's exports rose 9.4% year on year to $41.6 billion in "
     "November, the National Statistics Office said, while imports rose 11.2% to $39.3 billion, leaving a "
     "surplus of $2.3 billion. Exports to the United States, its biggest market, rose 18% to $12.4 billion.",
     [R(f="export", r=VN, v=41.6e9, cur="USD", d="up", pct=9.4, b="yoy", src=GSO, **NOV),
      OPT(f="export", r=VN, v=41.6e9, cur="USD", **NOV),
      R(f="import", r=VN, v=39.3e9, cur="USD", d="up", pct=11.2, b=DC, src=GSO, **NOV),
      R(f="balance", r=VN, v=2.3e9, cur="USD", bal="surplus", src=GSO, **NOV),
      OPT(f="balance", r=VN, v=2.3e9, cur="USD", bal="surplus", **NOV),
      R(f="export", r=VN, p=US, v=12.4e9, cur="USD", d="up", pct=18, b=DC, src=GSO, **NOV),
      OPT(f="export", r=VN, p=US, v=[None, 12.4e9], cur=[None, "USD"], **NOV)]),

    # P09 "At a glance" with "Source:", repeated in the body; the surplus "the largest for
    # the month since 2021"; prices near record highs (none).
    ("At a glance — Chile, November: copper exports $4.92bn (+11.3% y/y); total exports $9.1bn; trade "
     "surplus $1.6bn. Source: Central Bank of Chile. Chile's copper exports rose 11.3% from a year earlier "
     "to $4.92 billion in November, helped by prices near record highs, the central bank said. Total "
     "exports reached $9.1 billion and the surplus was $1.6 billion, the largest for the month since 2021.",
     [R(f="export", r=CL, c=COPPER, v=4.92e9, cur="USD", d="up", pct=11.3, b="yoy", src=BCCH, **NOV),
      OPT(f="export", r=CL, c=COPPER, v=4.92e9, cur="USD", **NOV),
      R(f="export", r=CL, c=DC, v=9.1e9, cur="USD", src=BCCH, **NOV),
      OPT(f="export", r=CL, c=DC, v=9.1e9, cur="USD", **NOV),
      R(f="balance", r=CL, c=DC, v=1.6e9, cur="USD", vq=HIGHEST, bal="surplus", src=BCCH, **NOV),
      OPT(f="balance", r=CL, c=DC, v=1.6e9, cur="USD", bal="surplus", **NOV)]),

    # P10 "What we know so far": non-oil exports and imports, a target (none), a weekday.
    ("What we know so far: Egypt's non-oil exports reached $38.4 billion in the first eleven months of 2033, "
     "up 14% on a year earlier, the minister of trade and industry said on Tuesday. The government's target "
     "for the full year is $42 billion. Non-oil imports fell 6% over the same period to $61.2 billion.",
     [R(f="export", r=EG, c=NONOIL, v=38.4e9, cur="USD", d="up", pct=14, b="yoy", src=EGMIN19, **YTD11),
      R(f="import", r=EG, c=NONOIL, v=61.2e9, cur="USD", d="down", pct=6, b=DC, src=EGMIN19, **YTD11)]),

    # P11 "In brief" then "Full story": the surplus once (twin), its year-earlier base
    # (optional), exports and imports "up ... at".
    ("In brief: Hungary posted a €1.42 billion trade surplus in October. Full story: Hungary's trade surplus "
     "rose to €1.42 billion in October from €1.05 billion a year earlier, the Central Statistical Office "
     "(KSH) said on Friday, with exports up 4.1% at €13.2 billion and imports up 1.6% at €11.78 billion.",
     [R(f="balance", r=HU, v=1.42e9, cur="EUR", bal="surplus", d="up", pct=DC, by=DC, byc=DC, b="yoy", src=KSH,
        **OCT),
      OPT(f="balance", r=HU, v=1.42e9, cur="EUR", bal="surplus", **OCT),
      OPT(f="balance", r=HU, v=1.05e9, cur="EUR", bal="surplus", **OCT32),
      R(f="export", r=HU, v=13.2e9, cur="EUR", d="up", pct=4.1, b=DC, src=KSH, **OCT),
      R(f="import", r=HU, v=11.78e9, cur="EUR", d="up", pct=1.6, b=DC, src=KSH, **OCT)]),

    # ---------------------------------------------------------------- "By the numbers" as sentences
    # P12 a volume and "That grain earned about" (one record, twin), a buyer as subject, a part
    # with the unit elided.
    ("By the numbers: Ukraine shipped 4.72 million tonnes of grain in November, the agriculture ministry "
     "said. That grain earned about $1.08 billion. Egypt bought 910,000 tonnes of it. Of the 4.72 million "
     "tonnes, 3.1 million were wheat.",
     [R(f="export", r=UA, c=GRAIN, v=1.08e9, cur="USD", vq=ABOUT, vol=[4.72e6, None], u=[TON, None],
        volq=DC, src=UAMIN, **NOV),
      OPT(f="export", r=UA, c=GRAIN, vol=4.72e6, u=TON, volq=DC, v=[None, 1.08e9], cur=[None, "USD"], **NOV),
      R(f=["export", "import"], r=[UA, EG], p=[UA, EG], c=[None] + GRAIN, vol=910000, u=TON, src=UAMIN, **NOV),
      R(f="export", r=UA, c=WHEAT, vol=3.1e6, u=TON, src=UAMIN, **NOV)]),

    # P13 amounts before their labels with a colon, a record, a part with its change, a count
    # of markets (none).
    ("Norway's seafood year, by the numbers. NOK 163.2 billion: the value of seafood exports in "
     "January-November, a record. NOK 118.7 billion: what salmon brought in, up 9%. 21: the number of "
     "markets that bought more than NOK 1 billion worth. Source: Norwegian Seafood Council.",
     [R(f="export", r=NO, c=SEAFOOD, v=163.2e9, cur="NOK", vq=RECORD, src=NSC, **YTD11),
      R(f="export", r=NO, c=SALMON, v=118.7e9, cur="NOK", d="up", pct=9, b=DC, src=NSC, **YTD11)]),

    # ---------------------------------------------------------------- push alerts
    # P14 a one-line alert: "+24.1% y/y at record US$58.3 bln — Ministry of Finance".
    ("ALERT: Taiwan Nov exports +24.1% y/y at record US$58.3 bln — Ministry of Finance",
     [R(f="export", r=TW, v=58.3e9, cur="USD", vq=RECORD, d="up", pct=24.1, b="yoy", src=TWMOF, **NOV)]),

    # P15 a push alert with the source in final parentheses, "biggest in 14 months".
    ("Push alert: Australia posts A$6.2 billion trade surplus for October, biggest in 14 months (ABS)",
     [R(f="balance", r=AU, c=DC, v=6.2e9, cur="AUD", vq=HIGHEST, bal="surplus", src=ABS, **OCT)]),

    # P16 a change without a value, "from September" for an October figure (mom), "More to
    # follow."
    ("Breaking: Germany's exports fell 1.6% in October from September, Destatis says. More to follow.",
     [R(f="export", r=DE, d="down", pct=1.6, b="mom", src=DESTATIS, **OCT)]),

    # P17 "JUST IN —", a surplus that narrows, "-4.1% y/y" and "+6.3% y/y" without values.
    ("JUST IN — Indonesia's October trade surplus narrows to $2.9 bln; exports -4.1% y/y, imports +6.3% y/y "
     "— BPS",
     [R(f="balance", r=ID, v=2.9e9, cur="USD", bal="surplus", d="down", pct=DC, by=DC, byc=DC, b=DC, src=BPS,
        **OCT),
      R(f="export", r=ID, d="down", pct=4.1, b="yoy", src=BPS, **OCT),
      R(f="import", r=ID, d="up", pct=6.3, b="yoy", src=BPS, **OCT)]),

    # ---------------------------------------------------------------- radio and TV scripts
    # P18 speaker labels, amounts said aloud in NZD, "almost a quarter" (a fraction).
    ("PRESENTER: Now to business, and there were better numbers for exporters this morning. Here's our "
     "business correspondent Priya Raman. RAMAN: Thanks, Mark. Well, New Zealand's dairy exports jumped by "
     "almost a quarter in October compared with the same month last year, to two point one billion dollars, "
     "Stats NZ says. Overall, the country ran a trade deficit of one point three billion dollars for the "
     "month. PRESENTER: Priya Raman, thank you.",
     [R(f="export", r=NZ, c=DAIRY, v=2.1e9, cur="NZD", d="up", pct=DC, cq=DC, b="yoy", src=STATSNZ, **OCT),
      R(f="balance", r=NZ, c=DC, v=1.3e9, cur="NZD", bal="deficit", src=STATSNZ, **OCT)]),

    # P19 the anchor's line gives reporter and period ("in the quarter"), a reason (no
    # commodity), a soundbite.
    ("ANCHOR: Nigeria's third-quarter trade figures are out. REPORTER (on camera, Lagos): The National "
     "Bureau of Statistics says exports rose 18% to ₦24.6 trillion in the quarter, driven by crude oil, "
     "while imports rose 9% to ₦19.8 trillion. That gives a surplus of ₦4.8 trillion. [SOUNDBITE] TRADER: "
     "'Our margins are still thin.' ANCHOR: Thank you, Ngozi.",
     [R(f="export", r=NG, v=24.6e12, cur="NGN", d="up", pct=18, b=DC, src=NBSNG, **Q3),
      R(f="import", r=NG, v=19.8e12, cur="NGN", d="up", pct=9, b=DC, src=NBSNG, **Q3),
      R(f="balance", r=NG, v=4.8e12, cur="NGN", bal="surplus", src=NBSNG, **Q3)]),

    # P20 rand in words, a surplus widening from September (base optional), the rate read
    # aloud (none).
    ("Reporter: South Africa's trade surplus widened to nineteen point four billion rand in October, the "
     "revenue service said today, from twelve point one billion in September. Exports rose six percent to "
     "one hundred and ninety-one billion rand. Presenter: And the rand? Reporter: It's trading at eighteen "
     "forty to the dollar.",
     [R(f="balance", r=ZA, v=19.4e9, cur="ZAR", bal="surplus", d="up", pct=DC, by=DC, byc=DC, b=DC, src=SARS19,
        **OCT),
      OPT(f="balance", r=ZA, v=12.1e9, cur="ZAR", bal="surplus", **SEP),
      R(f="export", r=ZA, v=191e9, cur="ZAR", d="up", pct=6, b=DC, src=SARS19, **OCT)]),

    # P21 a video label and its length, a deficit narrowing from September (base optional),
    # "the highest since March".
    ("Watch: our economics editor explains the numbers (Video, 2:14). Canada's merchandise trade deficit "
     "narrowed to C$1.2 billion in October from C$2.9 billion in September, Statistics Canada said Thursday. "
     "Exports rose 2.4% to C$64.8 billion, the highest since March.",
     [R(f="balance", r=CA, c=DC, v=1.2e9, cur="CAD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC,
        src=STATCAN, **OCT),
      OPT(f="balance", r=CA, c=DC, v=2.9e9, cur="CAD", bal="deficit", **SEP),
      R(f="export", r=CA, c=DC, v=64.8e9, cur="CAD", vq=HIGHEST, d="up", pct=2.4, b=DC, src=STATCAN, **OCT)]),

    # P22 a radio bulletin in words ("eighty-one billion shillings", "eight percent"), a
    # football score (none).
    ("From our morning radio bulletin: Kenya's tea exports earned eighty-one billion shillings in the first "
     "ten months of the year, down eight percent, the Tea Board of Kenya says. In sport, the Harambee Stars "
     "beat Uganda two-one in Kampala.",
     [R(f="export", r=KE, c=TEA, v=81e9, cur="KES", d="down", pct=8, b=DC, src=TBK, **YTD10)]),

    # ---------------------------------------------------------------- podcast show notes
    # P23 an episode number, time codes, a download count (none), "K" in a Zambian text.
    ("Episode 212: Copper, cobalt and the Lobito corridor. [04:15] Zambia's copper exports hit K182.6 "
     "billion in the first ten months of 2033, according to the Zambia Statistics Agency. [17:40] Why "
     "Congo's cobalt quota matters. [31:05] Listener questions. Thanks for listening — we passed 1.2 million "
     "downloads this year!",
     [R(f="export", r=ZM, c=COPPER, v=182.6e9, cur="ZMW", src=ZAMSTATS, **YTD10)]),

    # P24 hosts' names, time codes in parentheses, a partner and a good.
    ("Show notes: This week Ana and Tomás ask why Uruguay's beef exports to China fell 27% in "
     "January-November to US$612 million, according to Uruguay XXI (from 08:32), and whether the "
     "Mercosur-EU deal can make up the difference (from 24:10). Produced by Lucía Pérez.",
     [R(f="export", r=UY, p=CN, c=BEEF, v=612e6, cur="USD", d="down", pct=27, b=DC, src=UYXXI, **YTD11)]),

    # P25 a guest, a fiscal span, a hypothetical tariff (none), an episode length (none).
    ("In this episode: Dr. Hina Qureshi of the Lahore School of Economics on why Pakistan's textile exports "
     "rose 7.3% to $7.9 billion in July-November, the first five months of FY34, according to the Pakistan "
     "Bureau of Statistics, and what a 10% US tariff would mean. Episode length: 38 minutes.",
     [R(f="export", r=PK, c=TEXTILES, v=7.9e9, cur="USD", d="up", pct=7.3, b=DC, src=PBS, **JN34)]),

    # ---------------------------------------------------------------- timelines
    # P26 year labels: 2019 and 2021 facts (required, src DC), a duty since lifted (optional),
    # a financial-year label with its source.
    ("Timeline: How the barley trade came back. 2019: Australia exports A$916 million of barley to China. May "
     "2020: Beijing imposes duties totalling 80.5% on Australian barley. 2021: Barley exports to China fall to "
     "A$2 million. August 2023: The duties are lifted. 2032-33: Exports to China reach A$1.42 billion, "
     "according to ABARES.",
     [R(f="export", r=AU, p=CN, c=BARLEY, v=916e6, cur="AUD", src=DC, **Y19),
      TAR(r=CN, p=AU, c=BARLEY, rate=80.5, opt=True),
      R(f="export", r=AU, p=CN, c=BARLEY, v=2e6, cur="AUD", d="down", pct=DC, by=DC, byc=DC, b=DC, src=DC,
        **Y21),
      R(f="export", r=AU, p=CN, c=BARLEY, v=1.42e9, cur="AUD", d=[None, "up"], pct=DC, by=DC, byc=DC, b=DC,
        src=ABARES, **AUFY)]),

    # P27 a ban (none), "They hit" (d up or none), an elided item with its change, a target
    # (none).
    ("Timeline: Zimbabwe's lithium bet. 2022: Harare bans exports of raw lithium ore. 2023: Exports of "
     "lithium concentrate reach $212 million. 2032: They hit $1.34 billion. January-October 2033: $1.18 "
     "billion, up 6.3% on a year earlier, according to ZimStat. 2034: The government targets $2 billion.",
     [R(f="export", r=ZW, c=LITHIUM, v=212e6, cur="USD", src=DC, **Y23),
      R(f="export", r=ZW, c=LITHIUM, v=1.34e9, cur="USD", d=[None, "up"], pct=DC, by=DC, byc=DC, b=DC, src=DC,
        **Y32),
      R(f="export", r=ZW, c=LITHIUM, v=1.18e9, cur="USD", d="up", pct=6.3, b="yoy", src=ZIMSTAT, **YTD10)]),

    # P28 a surtax imposed and later cut (the old rate optional, the rate in force required),
    # imports of a year and of the year to date.
    ("Timeline: Canada's EV surtax. October 2030: Ottawa imposes a 100% surtax on Chinese electric vehicles. "
     "2032: Canada's imports of Chinese-made EVs fall to C$210 million. May 2033: The surtax is cut to 30% "
     "under a quota deal. January-October 2033: Imports of EVs from China reach C$1.9 billion, Statistics "
     "Canada says.",
     [TAR(r=CA, p=CN, c=EV, rate=100, opt=True),
      R(f="import", r=CA, p=CN, c=EV, v=210e6, cur="CAD", d="down", pct=DC, by=DC, byc=DC, b=DC, src=DC, **Y32),
      TAR(r=CA, p=CN, c=EV, rate=30),
      R(f="import", r=CA, p=CN, c=EV, v=1.9e9, cur="CAD", d=[None, "up"], pct=DC, by=DC, byc=DC, b=DC,
        src=STATCAN, **YTD10)]),

    # ---------------------------------------------------------------- photo captions
    # P29 "Caption:", a figure with its source, a photo credit (no source).
    ("Caption: A worker stacks avocados for export at a packing plant in Uruapan, Michoacán. Mexico's avocado "
     "exports reached US$3.62 billion in January-October, up 8.4%, according to the agriculture ministry. "
     "(Photo: Carlos Jasso/Reuters)",
     [R(f="export", r=MX, c=AVOCADO, v=3.62e9, cur="USD", d="up", pct=8.4, b=DC, src=MXAG, **YTD10)]),

    # P30 a caption that names no source (src null), "bound for Europe" (no partner), a date
    # (no period), "the country".
    ("Bananas bound for Europe are loaded at Puerto Bolívar, Ecuador, on Nov. 28. The country's banana "
     "exports earned $3.41 billion in January-October. REUTERS/Santiago Arcos",
     [R(f="export", r=EC, c=BANANAS, v=3.41e9, cur="USD", **YTD10)]),

    # P31 "Photo 3 of 12:" (no figure), a place in the picture (no partner).
    ("Photo 3 of 12: Cut roses wait for export at a farm near Naivasha. Kenya earned KSh 61.3 billion from cut "
     "flowers in January-September, the Horticultural Crops Directorate says. Photo: Tony Karumba/AFP",
     [R(f="export", r=KE, c=FLOWERS, v=61.3e9, cur="KES", src=HCD, **YTD9)]),

    # ---------------------------------------------------------------- corrections and updates
    # P32 an update note (no figure), "it said", a widening deficit.
    ("This story has been updated to include import figures. Morocco's exports rose 5.1% to 418.6 billion "
     "dirhams in the first ten months of 2033, the Foreign Exchange Office said. Imports rose 3.2% to 672.4 "
     "billion dirhams, it said, widening the deficit to 253.8 billion dirhams.",
     [R(f="export", r=MA, v=418.6e9, cur="MAD", d="up", pct=5.1, b=DC, src=OC, **YTD10),
      R(f="import", r=MA, v=672.4e9, cur="MAD", d="up", pct=3.2, b=DC, src=OC, **YTD10),
      R(f="balance", r=MA, v=253.8e9, cur="MAD", bal="deficit", d=DC, pct=DC, by=DC, byc=DC, b=DC, src=OC,
        **YTD10)]),

    # P33 a withdrawn percent with the same volume (none), the corrected one.
    ("Correction: An earlier version of this article said Thailand's rice exports fell 12% to 6.1 million "
     "tonnes in January-November. They fell 21%, to 6.1 million tonnes, the Thai Rice Exporters Association "
     "said.",
     [R(f="export", r=TH, c=RICE, vol=6.1e6, u=TON, d="down", pct=21, b=DC, src=TREA, **YTD11)]),

    # P34 a withdrawn currency (none), the corrected figure "on a year earlier", a dated note.
    ("Correction, Dec. 13: An earlier version of this story gave Poland's exports to Germany in "
     "January-October as 81.2 billion zlotys. The figure, from Statistics Poland, was €81.2 billion, up 2.6% "
     "on a year earlier.",
     [R(f="export", r=PL, p=DE, v=81.2e9, cur="EUR", d="up", pct=2.6, b="yoy", src=GUS, **YTD10)]),

    # P35 an update reporting an office's revision (revised required, preliminary optional).
    ("Update, Dec. 12: Statistics Sweden revised October's trade surplus to SEK 9.8 billion from a "
     "preliminary SEK 7.4 billion; this story has been updated accordingly. Exports fell 3.1% year on year "
     "to SEK 172.5 billion.",
     [R(f="balance", r=SE, v=9.8e9, cur="SEK", vq=DC, bal="surplus", d=DC, pct=DC, by=DC, byc=DC, b=DC, src=SCB,
        **OCT),
      OPT(f="balance", r=SE, v=7.4e9, cur="SEK", bal="surplus", **OCT),
      R(f="export", r=SE, v=172.5e9, cur="SEK", d="down", pct=3.1, b="yoy", src=SCB, **OCT)]),

    # P36 an editor's note reassigning a figure to another flow (a record of semiconductors),
    # the corrected electronics figure.
    ("Editor's note: A previous version of this article said the Philippines' electronics exports were $4.12 "
     "billion in October; that figure was for semiconductors alone. Electronics exports were $5.36 billion, "
     "the Philippine Statistics Authority says.",
     [R(f="export", r=PH, c=CHIPS, v=4.12e9, cur="USD", src=DC, **OCT),
      R(f="export", r=PH, c=ELEC, v=5.36e9, cur="USD", src=PSA, **OCT)]),

    # ---------------------------------------------------------------- social-media posts
    # P37 an adviser's post: emoji, a hashtag with a year, "a new record for the period",
    # reactions (none).
    ("In a post on Facebook on Monday, Bangladesh's commerce adviser wrote: 'Export earnings hit $22.4 "
     "billion in July-November, up 8.9% — a new record for the period! 🇧🇩📈 #ExportBangladesh2033' The post "
     "drew more than 12,000 reactions.",
     [R(f="export", r=BD, v=22.4e9, cur="USD", vq=HIGHEST, d="up", pct=8.9, b=DC, src=BDADV19, **JN34)]),

    # P38 a minister's post with an em dash before the amount and a goal (none), the figure
    # repeated by the reporter (one record and a twin).
    ("Kazakhstan's trade minister posted on Telegram: 'Exports to China — $17.9 billion in January-October, "
     "+11%. Our goal: $30 billion by 2030.' Bureau of National Statistics data confirm the figure: exports "
     "to China rose 11% to $17.9 billion over the ten months.",
     [R(f="export", r=KZ, p=CN, v=17.9e9, cur="USD", d="up", pct=11, b=DC, src=KZMIN19, **YTD10),
      OPT(f="export", r=KZ, p=CN, v=17.9e9, cur="USD", **YTD10)]),

    # P39 a statistics office's post: "Provisional", "on October 2032", a part.
    ("'Provisional: goods exports in October were €19.4bn, up 11% on October 2032,' Ireland's Central "
     "Statistics Office posted on X, adding a chart. Medical and pharmaceutical products accounted for "
     "€11.2bn of the total.",
     [R(f="export", r=IE, c=DC, v=19.4e9, cur="EUR", vq=DC, d="up", pct=11, b=DC, src=CSO19, **OCT),
      R(f="export", r=IE, c=PHARMA, v=11.2e9, cur="EUR", src=CSO19, **OCT)]),

    # P40 a thread numbered "1/3 ... 2/3 ... 3/3" (no fractions), remittances and tourism
    # earnings (none).
    ("A thread from Sri Lanka's central bank governor: '1/3 Merchandise exports rose 8.2% to $1.21bn in "
     "October. 2/3 Imports were $1.86bn, so the trade deficit was $650mn. 3/3 Workers' remittances: $612mn; "
     "tourism earnings: $318mn.'",
     [R(f="export", r=LK, c=DC, v=1.21e9, cur="USD", d="up", pct=8.2, b=DC, src=CBSL19, **OCT),
      R(f="import", r=LK, c=DC, v=1.86e9, cur="USD", src=CBSL19, **OCT),
      R(f="balance", r=LK, c=DC, v=650e6, cur="USD", bal="deficit", src=CBSL19, **OCT)]),

    # P41 an office named by its acronym after its country, "compared with October 2032", a
    # view count (none).
    ("Saudi Arabia's statistics authority GASTAT posted on X: 'Non-oil exports, including re-exports, rose "
     "14.2% in October compared with October 2032 to SAR 28.6 billion.' The post had been viewed 310,000 "
     "times by Tuesday evening.",
     [R(f="export", r=SA, c=NONOIL, v=28.6e9, cur="SAR", d="up", pct=14.2, b=DC, src=GASTAT19, **OCT)]),

    # ---------------------------------------------------------------- market wraps
    # P42 an ISO update stamp, the index and the won (none), the first 10 days of December, a
    # good's change over the period, net buying (none).
    ("Markets wrap (updated 2033-12-11 07:41 KST): The Kospi rose 1.1% to 2,874.3 and the won strengthened "
     "to 1,362 per dollar after South Korea's exports in the first 10 days of December jumped 14.2% from a "
     "year earlier to $17.4 billion, Korea Customs Service data showed. Chip shipments over the period "
     "surged 31%. Foreign investors bought a net 412 billion won of shares.",
     [R(f="export", r=KR, v=17.4e9, cur="USD", d="up", pct=14.2, b="yoy", src=KCS, **DEC10),
      R(f="export", r=KR, c=CHIPS, d="up", pct=31, b=DC, src=KCS, **DEC10)]),

    # P43 indices, the euro and Brent (none), a partner's exports with "data showed" (src
    # null), a reason (no commodity).
    ("Europe close: The CAC 40 slipped 0.4% and Germany's DAX fell 0.7% after data showed French exports to "
     "China fell 9.8% in October from a year earlier to €1.86 billion, dragged down by cognac. The euro was "
     "flat at $1.092, and Brent crude rose 1.2% to $71.40 a barrel.",
     [R(f="export", r=FR, p=CN, v=1.86e9, cur="EUR", d="down", pct=9.8, b="yoy", **OCT)]),

    # P44 the ringgit and an index (none), a poll forecast beaten (none).
    ("Asia FX: The ringgit gained 0.3% to 4.412 per dollar on Tuesday as Malaysia's exports rose 12.4% in "
     "October from a year earlier to RM141.8 billion, beating the 8% forecast in a Reuters poll, the "
     "statistics department said. The FTSE Bursa Malaysia KLCI added 0.6%.",
     [R(f="export", r=MY, v=141.8e9, cur="MYR", d="up", pct=12.4, b="yoy", src=DOSM19, **OCT)]),

    # P45 spot gold and wheat futures (none), a volume "jumped to ... from ... in September"
    # (base optional).
    ("Commodities wrap: Spot gold hit $3,412 an ounce. Swiss gold exports to India jumped to 48.6 tonnes in "
     "October from 21.3 tonnes in September, Swiss customs data showed. Wheat futures fell 1.1% in Chicago.",
     [R(f="export", r=CH, p=IN, c=GOLD, vol=48.6, u=TON, d="up", pct=DC, by=DC, byc=DC, b=DC, src=BAZG, **OCT),
      OPT(f="export", r=CH, p=IN, c=GOLD, vol=21.3, u=TON, **SEP)]),

    # P46 an index and the sol (none), two goods from "central bank data".
    ("Lima close: The S&P/BVL Peru General index gained 0.8% and the sol held at 3.71 per dollar. Peru's "
     "fishmeal exports rose 23% to $1.62 billion in January-October, central bank data showed, while copper "
     "shipments brought in $18.4 billion.",
     [R(f="export", r=PE, c=FISHMEAL, v=1.62e9, cur="USD", d="up", pct=23, b=DC, src=BCRP, **YTD10),
      R(f="export", r=PE, c=COPPER, v=18.4e9, cur="USD", src=BCRP, **YTD10)]),

    # ---------------------------------------------------------------- datelines
    # P47 the reporter from the dateline ("The country's"), a month and the year to date in bags.
    ("BOGOTÁ, Dec 13 — The country's coffee exports rose 11% to 1.14 million 60-kg bags in November from a "
     "year earlier, the National Federation of Coffee Growers said on Tuesday. Over the first eleven months, "
     "shipments totalled 11.9 million bags.",
     [R(f="export", r=CO, c=COFFEE, vol=1.14e6, u=BAG, d="up", pct=11, b="yoy", src=FNC, **NOV),
      R(f="export", r=CO, c=COFFEE, vol=11.9e6, u=BAG, src=FNC, **YTD11)]),

    # P48 the reporter from the dateline and the office, the agency accepted as source.
    ("ULAANBAATAR, Dec 12 (Montsame) — Coal exports reached 76.4 million tonnes in January-November, up 9.2% "
     "year on year, the National Statistics Office said. Copper concentrate exports totalled 1.38 million "
     "tonnes.",
     [R(f="export", r=MN, c=COAL, vol=76.4e6, u=TON, d="up", pct=9.2, b="yoy", src=NSOMN19, **YTD11),
      R(f="export", r=MN, c=CUCONC, vol=1.38e6, u=TON, src=NSOMN19, **YTD11)]),
]

NEG = [
    # N01 a stock index at a record and the yen in a push alert.
    "ALERT: Nikkei 225 closes up 2.1% at record 41,230; yen weakens to 149.8 per dollar",
    # N02 a lira low, an index and bond yields in a live-blog entry.
    "Markets live, 14:05 GMT — The Turkish lira hit a record low of 42.1 per dollar, while the Borsa Istanbul "
    "100 index rose 1.3% to 10,412 and two-year bond yields fell 40 basis points.",
    # N03 a poll in a live blog.
    "Live: trade talks. 11:05 GMT — A new Ipsos poll for this blog shows 58% of Canadians support retaliatory "
    "tariffs on US steel, and 31% say they now avoid American goods.",
    # N04 viewer and stream counts.
    "Our live coverage of the summit drew 2.4 million viewers on television and 860,000 streams online, up "
    "18% on last year's.",
    # N05 a podcast episode's question and forecast, time codes.
    "Episode 88: Will Vietnam's exports top $500 billion next year? Our guest thinks they could grow 8% in "
    "2034. [06:12] The outlook for electronics. [22:40] Listener mailbag.",
    # N06 one company's expected sales in a live blog.
    "14:12 GMT — Samsung Electronics says fourth-quarter sales are likely to reach 82 trillion won, up 9%, "
    "with overseas shipments of memory chips the main driver.",
    # N07 an IMF forecast in a breaking line.
    "BREAKING: The IMF now expects Argentina's exports to grow 6.5% in 2034 to about $104 billion.",
    # N08 a target in a minister's post, a share count.
    "'Our target: $100 billion in exports by 2030! Let's go 🇵🇭 #ExportPH' the trade secretary posted on X; "
    "the post was shared 4,200 times.",
    # N09 a correction of an inflation rate.
    "Correction: An earlier version of this story misstated Chile's November inflation rate. It was 0.4%, "
    "not 0.6%.",
    # N10 a timeline of negotiation rounds.
    "Timeline: the EU-Indonesia trade deal. February 2031: Talks resume. November 2032: The 19th round ends "
    "in Jakarta. March 2033: Negotiators agree the text. 2034: Ratification expected.",
    # N11 a "By the numbers" box of GDP, inflation, the exchange rate and reserves.
    "By the numbers: 4.2% — Kenya's GDP growth in the third quarter; 6.1% — inflation in November; KSh 129.4 "
    "— the shilling's rate per dollar; $9.8 billion — foreign reserves.",
    # N12 port throughput in a caption.
    "Caption: Containers at the Port of Rotterdam, which handled 13.4 million TEUs last year, up 2.1%. "
    "(Photo: Piroschka van de Wouw/Reuters)",
    # N13 an index and the rand read aloud.
    "PRESENTER: And on the markets, the JSE all share index closed nine-tenths of a percent higher at "
    "ninety-two thousand four hundred points, and the rand was at eighteen twenty-one to the dollar.",
    # N14 remittances in a central bank's post.
    "Mexico received a record $6.1 billion in remittances in October, the central bank said in a post on X, "
    "up 4.3% from a year earlier.",
    # N15 one company's shipments in a caption.
    "Photo: Hyundai Motor's Ulsan plant, which shipped 1.12 million cars abroad last year, the company says. "
    "(Photo: Yonhap)",
    # N16 a "What to watch" preview with a poll.
    "What to watch today: Japan's November trade data are due at 08:50 Tokyo time on Thursday; economists "
    "polled by Reuters expect exports to have risen 4.5% year on year and a deficit of ¥380 billion.",
    # N17 a podcast guest's "could lose".
    "Podcast transcript: GUEST: If Washington's tariffs stay, South African citrus growers could lose R3.2 "
    "billion a year. HOST: That's a big number.",
    # N18 shares of salmon farmers in a live-blog entry.
    "12:40 GMT — Shares of Norwegian salmon farmers fell up to 4% after the government proposed a higher "
    "resource rent tax; Mowi was down 3.8% at NOK 198.40.",
    # N19 GDP in a breaking line.
    "BREAKING: Mexico's economy grew 0.6% in the third quarter from the previous three months, INEGI says.",
    # N20 a since-deleted post's claim.
    "'Our exports doubled this year!' the minister wrote in a since-deleted post. Official data show no such "
    "rise, our fact-check found.",
    # N21 customs duties collected in a radio script.
    "REPORTER: Customs duties collected by the US Treasury reached $28.4 billion in November, up from $7.1 "
    "billion two years ago.",
    # N22 an update note without a figure.
    "Update: This story has been updated to add a comment from the trade ministry and a chart of monthly "
    "exports.",
]
