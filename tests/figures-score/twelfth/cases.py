from slots import DC, R, M, Y, PR

# The twelfth set: every text is the only body paragraph (after an unrelated opening one)
# of a page published on 2029-03-14 (a Wednesday), so "February", "Feb" and "last month" are
# February 2029, "January" and "Jan" are January 2029, "December" and "Dec" are December
# 2028, "last year" is 2028, "January-February" and "the first two months" are
# January-February 2029 and "the fourth quarter" is October-December 2028. The only figures
# of the month of publication are Korea's "first 10 days of March" (2029-03-01 to
# 2029-03-10), the US "week ended March 8" and the to-date totals of seasons (end DC); the
# fiscal years, crop and marketing years and rolling twelve-month totals are explained
# below.
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
# Conventions added by the eleventh set, kept unchanged (where they say "this set" they
# speak of the eleventh set and its date; the currency list is extended below, not changed):
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
# New in this (twelfth) set, which stresses sentence structure more than economies:
# - Periods: "the week ended March 8" ends 2029-03-08 (start DC). "The 12 months to January"
#   and "the 12 months through February" are February 2028 - January 2029 and March 2028 -
#   February 2029; "the previous 12-month period" and "the previous 12 months" are the
#   twelve months before (a base named by its period, b DC). Japan's "April-January period"
#   and India's "April-February" with no year are those of the current fiscal year: April
#   2028 - January 2029 and April 2028 - February 2029.
# - Seasons and marketing years start where the text says: "the first eight months of the
#   2028/29 crop year, which runs from July to June" are July 2028 - February 2029; "the
#   first four months of the October-September marketing year" (in a text about January)
#   are October 2028 - January 2029; "between the start of the 2028/29 season on Oct. 1 and
#   the end of February" is 2028-10-01 to 2029-02-28. A to-date total ("so far in the
#   2028/29 season that began on Oct. 1", "cumulative shipments for the September-August
#   marketing year", "since the start of the 2028/29 season on July 1 ... by March 8")
#   starts on the season's first day, end DC. "From the same period last season" is an
#   implied basis (b DC); "the same point a year ago" states yoy.
# - Relative clauses and appositives inside the figure's clause ("Exports to the United
#   States, which overtook China as South Korea's largest export market last year, fell
#   ...", "India's merchandise exports to the UAE, its third-largest export destination,
#   rose ...") change nothing: the figure is the head noun's. The reporter may be named only
#   inside such a clause ("as South Korea's largest export market", "which made up 52% of
#   Chile's total exports"). A rank or a share inside them makes no record and no vq ("their
#   share of total exports sinking to a record low of 26%" leaves the value's vq null). An
#   economy named only inside the clause is not the figure's partner ("Coal exports from
#   Mongolia, which sends almost all of its coal to China": p null). A tariff rate inside the
#   clause ("whose exports to the United States now face a 15% tariff", "which imposed a 15%
#   tariff on most Japanese goods in 2025") is a tariff record, as a tariff named as context.
#   A change of another month inside the clause ("Vietnam's exports to China, which had
#   surged 18.2% in January ..., slumped 12.4% in February") is an optional record, like the
#   previous month's growth named to compare.
# - Parentheses and brackets: a change in parentheses after a value is that value's ("(up
#   3.1% y/y)": yoy); an exchange-rate note ("($1 = 7.1070 Chinese yuan)") is no figure; an
#   amount restated in brackets ("S$14.9 billion [US$11.1 billion]"), in parentheses
#   ("¥4.37 trillion ($29.1 billion)") or in a later sentence ("In New Taiwan dollar terms,
#   the figure was NT$1.68 trillion") is one record accepting either form plus an optional
#   twin, like "$16.2 billion, or about 23.5 trillion won" (vq null or about).
# - Parts and shares: "with petroleum products accounting for $9.8 billion of the total",
#   "made up 1.94 million tonnes of the total", "Arabica accounted for 21.9 million bags",
#   "Of Vietnam's $33.9 billion in exports in February, electronics and components brought
#   in $10.2 billion, up 19.6%, phones ..." are records of the part (its goods or partner,
#   the whole's reporter, period and source; the whole is a record too); "accounted for
#   about 40% of the total", "made up 52% of", "took 84% of the volume", "roughly a quarter
#   of the total", "a shrinking share of the total" and "the rest made up of soluble
#   coffee" are shares or remainders without an amount: no record.
# - Rankings and comparisons make no record: "overtook Germany as the largest buyer",
#   "about twice as much as those of kimchi" and "twice as much rice to the Philippines as
#   to Indonesia" (the compared amount is not a stated figure), "outpacing those to China
#   and Hong Kong combined". A buyer that is the grammatical subject ("Poland overtook
#   Germany as the largest buyer of Ukrainian agricultural products in January, importing
#   $412 million worth", from Ukraine's ministry) may be written as the importer or as the
#   partner of the seller's exports (f, r and p either way). "Importing 1.71 million barrels
#   per day against 1.38 million bpd for China" makes a record for China too. "The
#   former"/"the latter" take the goods, partner or reporter they stand for ("Exports of
#   German and French wine ...: the former fell 14% to €312 million" is Germany's; "The
#   latter was the lowest for the month since 2019" gives the latter's value its vq).
# - Reported speech: a figure that an official or a ministry reports in indirect speech
#   ("told the National Assembly that exports had risen 14.3%", "said on Tuesday that trade
#   with China ... had reached a record $48.7 billion") is a record with that speaker as
#   source. Forecasts and hedges of economists, polls and analysts ("likely to have grown",
#   "were expected to have fallen", "had expected the gap to widen to $79.0 billion", "had
#   expected them to have fallen 0.8%", "vs +3.0% forecast", "vs f'cast +1.5%", "seen
#   +2.5%"), a government's expectation ("the country expected a trade surplus of about $3
#   billion in the first quarter") and an official's unquantified "probably grew" are no
#   records. An estimate of a past period by a statistics office, customs or a consultancy
#   ("fell an estimated 9 percent last year to about $270 million", "reached an estimated
#   31.2 million tonnes") is a record with vq/volq and cq DC.
# - Revisions and corrections: "was revised up to $3.45 billion from a preliminary $2.98
#   billion", "was revised down to £17.9 billion from an initially reported £19.3 billion"
#   are a record of the revised amount (vq DC; d, pct, by and b DC: a revision is no change
#   over time) and an optional record of the superseded amount for the same period. "From a
#   downwardly revised A$5.6 billion in December" used as a base is the base's optional
#   record. A figure the text says was wrong ("correcting an earlier figure of 14.1%") makes
#   no record.
# - Tariffs: a rate only threatened or conditional ("threatened on Monday to impose an
#   additional 25% tariff ... unless Ottawa opens its dairy market", "would raise its tariff
#   on Indian goods to 50% if New Delhi keeps buying Russian oil") is an optional tariff
#   record; a rate in force or taking effect ("the 35.2% anti-dumping and countervailing
#   duties already in place", "the 25% duty that took effect in August", "restored a 35%
#   tariff", "has already imposed duties of up to 35.3%", "will double the tariff ... to 50%
#   from 25% from July", the old rate optional) is a record. A rate in an economist's
#   scenario ("a 10-percentage-point increase in U.S. tariffs would cut ...") and tariffs,
#   safeguards and levies named without a rate are no records.
# - Negatives: "did not rise in February ..., holding at about 1.87 million tonnes,
#   unchanged from a year earlier" is a record with d DC, pct null or 0, b DC; "did not fall
#   ..., rising instead by 4.1% to ..." and "did not fall ..., coming in at 17.6 million
#   tonnes, up 2.3%" have the stated change; "did not rise" without a number makes no record.
# - Headline style ("Japan Jan exports +2.4% y/y vs +3.0% forecast; imports -1.8% y/y, trade
#   balance -¥1.18 trillion - MOF", "S.Korea Feb exports +3.8% y/y at $53.6 bln; chips
#   +22.1%, cars -9.4% - trade ministry"): "+" is up and "-" down, "y/y" states yoy (a change
#   without it has b DC), "bln" is billion, the body after the final dash is the source; a
#   "trade balance -¥1.18 trillion" is a deficit of ¥1.18 trillion; a "trade gap" that
#   "narrows to $4.1 bln from $4.9 bln in Dec" is a deficit, with its base as an optional
#   record. A "trade gap" given without its flows is a deficit.
# - Economies named by a capital or a description: "Washington" is the United States
#   ("Washington's goods deficit with Beijing" is the US's with China), "Beijing" and "the
#   mainland" China ("The mainland's imports" accepts "mainland" as reporter), "Ottawa"
#   Canada, "New Delhi" India, "Manila" and "the archipelago" the Philippines, "the island"
#   Taiwan, "the kingdom" the kingdom the text is about (Saudi Arabia, Morocco), "the Gulf
#   nation" and "the Gulf state" the Gulf economy the text names, "its southern neighbor"
#   Mexico, "the war-torn country" Ukraine, "the bloc" the EU (in a euro-zone text the euro
#   zone, also "the 21-nation currency area"). "Taiwan's exports to the mainland and Hong
#   Kong" have that combined partner (China, mainland or Hong Kong accepted). "Europe" may
#   be a partner (a region); "the rest of the world" is WORLD.
# - A volume and the revenue it brought in, without a change ("averaged 3.41 million barrels
#   per day in February, bringing in revenue of $6.84 billion"), are one record; a split
#   into a volume record and a value record is accepted through an optional twin.
# - "Overall exports", "goods exports", "goods exports, excluding diamonds", "imports of
#   goods excluding diamonds, ships and aircraft", "merchandise imports" and "exports of
#   goods and services" have c DC, as does a partner's part of a goods headline ("Exports to
#   the U.S. alone were worth ..."); "non-oil exports" have c non-oil and "oil exports" c oil
#   (CRUDE). A flow "led by ramyeon and laver" keeps its own goods (K-food).
# - A month and a cumulative total in one sentence ("exported 2.31 million tonnes of wheat
#   in January, taking shipments in the first four months of the October-September marketing
#   year to 9.76 million tonnes, up 6.9% from a year earlier") are two records; the change
#   goes with the figure it follows. A weekly figure and the season's cumulative one
#   likewise.
# - Weekly export inspections (USDA), ship-tracking data and mills' shipments of sugar are
#   exports; cocoa "arrivals" at ports, farmers' sales of a harvest, export sales for
#   delivery in a future marketing year, sugar stocks and export quotas are not trade
#   figures.
# - Local currencies: "A$" AUD, "C$" CAD, "dirhams" in a Moroccan text MAD, "crowns" in a
#   Swedish text SEK, "riyals" in a Saudi text SAR, "€" EUR (euro-zone, Irish, German
#   and French texts), "US$" USD. "$" is USD everywhere in this set. Sources:
#   "trade sources" and "national customs data" of two economies have src DC; "customs
#   data" in a Chinese text is GAC, in a Vietnamese text Vietnam's customs.
# - Not trade figures either: a yuan midpoint, a current account surplus (even with "(up
#   14.2% y/y)"), terms of trade, container throughput, an automaker's overseas sales, an
#   export licensing quota, a deal's trade target, a USDA export forecast in bushels, import
#   price indices, freight rates, customs duties collected, futures volumes, investment
#   deals signed, a price quote of "5% broken" rice, and a release date with a word
#   ("stable") instead of a figure.

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


# New in the eleventh set.
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

# New in this (twelfth) set.
JP = "Japan"
SA = ["Saudi Arabia", "Kingdom of Saudi Arabia", "KSA"]
CA = "Canada"
MX = "Mexico"
IE = "Ireland"
TW = "Taiwan"
HK = "Hong Kong"
AU = "Australia"
EC = "Ecuador"
MA = "Morocco"
CHINA_HK = ["China", "mainland", "Hong Kong"]
EUROPE = ["Europe", "European"]
ID = "Indonesia"
WIDEST = HIGHEST + ["widest", "biggest", "largest"]
NONOIL = ["non-oil"]
SEMIEQ = ["semiconductor manufacturing equipment", "semiconductor equipment", "chipmaking equipment",
          "semiconductor manufacturing", "chip equipment"]
KFOOD = ["K-food", "food", "agri-food", "agrifood"]
RAMYEON = ["ramyeon", "ramen", "instant noodles", "noodles"]
ALBUMS = ["K-pop albums", "albums", "album", "music albums", "K-pop"]
SOYB = SOY + ["oilseed"]
LUMBER = ["softwood lumber", "lumber", "softwood"]
ENERGY = ["energy products", "energy"]
MOTORV = ["motor vehicles", "motor vehicles and parts", "vehicles", "autos", "cars"]
AUTO = ["automotive", "auto", "automotive products", "automobiles", "vehicles", "cars"]
PETRO = ["petroleum products", "petroleum", "petroleum product"]
ARABICA = ["arabica"]
ROBUSTA = ["robusta", "conilon"]
ELECCOMP = ["electronics and components", "electronics", "computers", "electronic"]
PHONES = ["phones", "phone", "mobile phones", "telephones"]
TEXTILES = ["textiles", "textile", "textiles and garments", "garments"]
PHOS = ["phosphate and derivatives", "phosphates and derivatives", "phosphate", "phosphates"]
AGRI = ["agricultural products", "agricultural", "agri-food", "agrifood", "agriculture", "farm"]
BAG = "bag"
WINE = ["wine", "wines"]
KRAGRI = ["agriculture ministry", "Ministry of Agriculture, Food and Rural Affairs", "Ministry of Agriculture"]
EUROSTAT = ["Eurostat"]
CECAFE = ["Cecafe", "Cecafé", "Brazilian Coffee Exporters Council"]
COCOBOD = ["Ghana Cocoa Board", "Cocobod"]
USDA = ["U.S. Department of Agriculture", "Department of Agriculture", "USDA"]
AISTA = ["All India Sugar Trade Association", "AISTA"]
SOVECON = ["SovEcon"]
UCDA = ["Uganda Coffee Development Authority", "UCDA"]
BPI = ["Bureau of Plant Industry", "BPI"]
VNMOIT = ["trade minister", "Minister of Industry and Trade", "Ministry of Industry and Trade", "MOIT",
          "minister"]
CSO = ["Central Statistics Office", "CSO"]
GUS = ["GUS", "Statistics Poland", "statistics office", "Central Statistical Office"]
BCE = ["central bank", "Central Bank of Ecuador", "BCE", "Banco Central del Ecuador"]
INAC = ["National Meat Institute", "INAC", "meat institute"]
IQOIL = ["oil ministry", "Ministry of Oil", "SOMO", "State Organization for Marketing of Oil", "oil marketer"]
OC = ["foreign exchange office", "Office des Changes", "exchange office"]
NSOMN = ["National Statistics Office", "NSO", "statistics office"]
SCB = ["Statistics Sweden", "SCB"]
KZMIN = ["deputy trade minister", "trade minister", "trade ministry", "Ministry of Trade and Integration"]
JETRO = ["Japan External Trade Organization", "JETRO"]
CBSIL = ["Central Bureau of Statistics", "CBS"]
KPLER = "Kpler"

FEB = M(2029, 2)
JAN = M(2029, 1)
DEC = M(2028, 12)
YTD2 = YTD(2029, 2)
Q4 = Q(2028, 4)
Y28 = Y(2028)
MAR10 = PR("2029-03-01", "2029-03-10")
FYAJ = PR("2028-04-01", "2029-01-31")       # Japan's April-January of fiscal 2028
FYAF = PR("2028-04-01", "2029-02-28")       # India's April-February of 2028-29
R12JAN = PR("2028-02-01", "2029-01-31")     # the 12 months to January
R12FEB = PR("2028-03-01", "2029-02-28")     # the 12 months through February

POS = [
    # ---------------------------------------------------------------- Japan
    # P01 Reuters Tokyo: a tariff in a relative clause, an appositive rank, a poll, the balance.
    ("Japan's exports rose 7.3% year-on-year in February to ¥8.61 trillion, Ministry of Finance data "
     "showed on Wednesday, beating the 5.1% increase economists had expected. Shipments to the United "
     "States, which imposed a 15% tariff on most Japanese goods in 2025, fell 4.2% to ¥1.52 trillion, "
     "while exports to China, the country's largest trading partner, jumped 18.6%. Imports rose 3.9% to "
     "¥9.04 trillion, leaving a trade deficit of ¥430 billion.",
     [R(f="export", r=JP, v=8.61e12, cur="JPY", d="up", pct=7.3, b="yoy", src=MOFJ, **FEB),
      R(f="export", r=JP, p=US, v=1.52e12, cur="JPY", d="down", pct=4.2, b=DC, src=MOFJ, **FEB),
      TAR(r=US, p=JP, c=DC, rate=15),
      R(f="export", r=JP, p="China", d="up", pct=18.6, b=DC, src=MOFJ, **FEB),
      R(f="import", r=JP, v=9.04e12, cur="JPY", d="up", pct=3.9, b=DC, src=MOFJ, **FEB),
      R(f="balance", r=JP, v=430e9, cur="JPY", bal="deficit", src=MOFJ, **FEB)]),

    # P02 single sentence, headline style with a forecast and a negative balance.
    ("Japan Jan exports +2.4% y/y vs +3.0% forecast; imports -1.8% y/y, trade balance -¥1.18 trillion "
     "- MOF",
     [R(f="export", r=JP, d="up", pct=2.4, b="yoy", src=MOFJ, **JAN),
      R(f="import", r=JP, d="down", pct=1.8, b="yoy", src=MOFJ, **JAN),
      R(f="balance", r=JP, v=1.18e12, cur="JPY", bal="deficit", src=MOFJ, **JAN)]),

    # P03 Nikkei Asia: yen restated in dollars in parentheses, fiscal span without a year, a share.
    ("Japan's exports of semiconductor manufacturing equipment reached ¥4.37 trillion ($29.1 billion) "
     "in the April-January period, up 21.4% from a year earlier, according to Finance Ministry data. "
     "China, which has been stockpiling tools ahead of tighter U.S. export controls, accounted for about "
     "40% of the total.",
     [R(f="export", r=JP, c=SEMIEQ, v=[4.37e12, 29.1e9], cur=["JPY", "USD"], d="up", pct=21.4, b="yoy",
        src=MOFJ, **FYAJ),
      OPT(f="export", r=JP, c=SEMIEQ, v=[4.37e12, 29.1e9], cur=["JPY", "USD"], **FYAJ)]),

    # P04 JETRO: bilateral trade with an appositive, exports in a relative-clause sentence.
    ("Trade between Japan and China, its biggest trading partner, fell 2.7% to $288.6 billion last "
     "year, the third straight annual decline, the Japan External Trade Organization (JETRO) said. "
     "Japanese exports to China, which have suffered from weak demand for factory machinery, slid 6.1% "
     "to $118.4 billion.",
     [R(f="total", r=[JP, "China"], p=[JP, "China"], v=288.6e9, cur="USD", d="down", pct=2.7, b=DC,
        src=JETRO, **Y28),
      R(f="export", r=JP, p="China", v=118.4e9, cur="USD", d="down", pct=6.1, b=DC, src=JETRO, **Y28)]),

    # ---------------------------------------------------------------- South Korea
    # P05 Yonhap: ten-day figures restated in won, a share in a relative clause.
    ("South Korea's exports in the first 10 days of March rose 9.8 percent from a year earlier to $16.2 "
     "billion, or about 23.5 trillion won, on the back of robust chip sales, the Korea Customs Service "
     "said Tuesday. Semiconductor exports, which account for roughly a quarter of the total, jumped 31.2 "
     "percent to $4.4 billion.",
     [R(f="export", r=KR, v=[16.2e9, 23.5e12], cur=["USD", "KRW"], vq=[None] + ABOUT, d="up", pct=9.8,
        b="yoy", src=KCS, **MAR10),
      OPT(f="export", r=KR, v=[16.2e9, 23.5e12], cur=["USD", "KRW"], **MAR10),
      R(f="export", r=KR, c=CHIPS, v=4.4e9, cur="USD", d="up", pct=31.2, b=DC, src=KCS, **MAR10)]),

    # P06 Yonhap: the reporter only inside a relative clause; "by contrast", "those to".
    ("Exports to the United States, which overtook China as South Korea's largest export market last "
     "year, fell 6.1 percent on-year to $9.4 billion in February, the trade ministry said. Shipments to "
     "China, by contrast, rose 4.7 percent to $9.1 billion, and those to Southeast Asian nations climbed "
     "8.3 percent to $9.0 billion.",
     [R(f="export", r=KR, p=US, v=9.4e9, cur="USD", d="down", pct=6.1, b="yoy", src=MOTIE, **FEB),
      R(f="export", r=KR, p="China", v=9.1e9, cur="USD", d="up", pct=4.7, b=DC, src=MOTIE, **FEB),
      R(f="export", r=KR, p=ASEAN, v=9.0e9, cur="USD", d="up", pct=8.3, b=DC, src=MOTIE, **FEB)]),

    # P07 single sentence, headline style with goods changes and the source after the dash.
    ("S.Korea Feb exports +3.8% y/y at $53.6 bln; chips +22.1%, cars -9.4% - trade ministry",
     [R(f="export", r=KR, v=53.6e9, cur="USD", d="up", pct=3.8, b="yoy", src=MOTIE, **FEB),
      R(f="export", r=KR, c=CHIPS, d="up", pct=22.1, b=DC, src=MOTIE, **FEB),
      R(f="export", r=KR, c=CARS, d="down", pct=9.4, b=DC, src=MOTIE, **FEB)]),

    # P08 Korea Herald: "led by", "alone came to", "twice as much as" an unstated amount.
    ("South Korea's exports of K-food, led by ramyeon and laver, reached $1.04 billion in "
     "January-February, up 8.7% from a year earlier, the agriculture ministry said. Ramyeon shipments "
     "alone came to $251 million, about twice as much as those of kimchi.",
     [R(f="export", r=KR, c=KFOOD, v=1.04e9, cur="USD", d="up", pct=8.7, b="yoy", src=KRAGRI, **YTD2),
      R(f="export", r=KR, c=RAMYEON, v=251e6, cur="USD", src=KRAGRI, **YTD2)]),

    # P09 single sentence: an estimate of last year, a relative clause on the flow.
    ("Exports of K-pop albums from South Korea, which peaked in 2023, fell an estimated 9 percent last "
     "year to about $270 million, according to preliminary data from the Korea Customs Service.",
     [R(f="export", r=KR, c=ALBUMS, v=270e6, cur="USD", vq=DC, d="down", pct=9, cq=DC, b=DC, src=KCS,
        **Y28)]),

    # ---------------------------------------------------------------- China
    # P10 Reuters Beijing: yuan with dollars in parentheses, the exchange-rate note.
    ("China's exports in January-February rose 5.4% from a year earlier to 3.98 trillion yuan ($560 "
     "billion), customs data showed on Friday, while imports fell 2.2% to 2.86 trillion yuan. The trade "
     "surplus came to 1.12 trillion yuan, the customs administration said. ($1 = 7.1070 Chinese yuan)",
     [R(f="export", r="China", v=[3.98e12, 560e9], cur=["CNY", "USD"], d="up", pct=5.4, b="yoy",
        src=GAC, **YTD2),
      OPT(f="export", r="China", v=[3.98e12, 560e9], cur=["CNY", "USD"], **YTD2),
      R(f="import", r="China", v=2.86e12, cur="CNY", d="down", pct=2.2, b=DC, src=GAC, **YTD2),
      R(f="balance", r="China", v=1.12e12, cur="CNY", bal="surplus", src=GAC, **YTD2)]),

    # P11 SCMP: "Beijing's purchases", "the mainland's imports of the oilseed".
    ("Beijing's purchases of American soybeans, which it halted for months during the 2025 trade war, "
     "rebounded to 4.3 million tonnes in January-February, up 61% from the same period a year earlier, "
     "according to the General Administration of Customs. Brazil still supplied the bulk of the "
     "mainland's imports of the oilseed, at 8.7 million tonnes.",
     [R(f="import", r="China", p=US, c=SOYB, vol=4.3e6, u=TON, d="up", pct=61, b="yoy", src=GAC, **YTD2),
      R(f="import", r=MAINLAND, p="Brazil", c=SOYB, vol=8.7e6, u=TON, src=GAC, **YTD2)]),

    # P12 single sentence: a surplus with a relative clause between subject and verb.
    ("China's trade surplus with the European Union, whose leaders have accused Beijing of flooding the "
     "bloc with cheap electric vehicles and steel, widened to $41.3 billion in January-February from "
     "$36.8 billion a year earlier, Chinese customs data showed.",
     [R(f="balance", r="China", p=EU, v=41.3e9, cur="USD", bal="surplus", d="up", pct=DC, by=DC, b="yoy",
        src=GAC, **YTD2),
      OPT(f="balance", r="China", p=EU, v=36.8e9, cur="USD", bal="surplus", **YTD(2028, 2))]),

    # P13 single sentence: "the mainland" as reporter.
    ("The mainland's imports of Australian coal climbed 34% year-on-year to 11.6 million tonnes in "
     "January-February, customs data showed, as memories of Beijing's informal ban on the fuel fade.",
     [R(f="import", r=MAINLAND, p=AU, c="coal", vol=11.6e6, u=TON, d="up", pct=34, b="yoy", src=GAC,
        **YTD2)]),

    # P14 Caixin: a negative ("did not fall"), a context sentence with duties without a rate.
    ("Chinese steel exports did not fall in January-February despite new trade barriers across Asia, "
     "coming in at 17.6 million tonnes, up 2.3% from a year earlier, customs data showed. Vietnam and "
     "South Korea imposed anti-dumping duties on several Chinese steel products last year.",
     [R(f="export", r="China", c="steel", vol=17.6e6, u=TON, d="up", pct=2.3, b="yoy", src=GAC,
        **YTD2)]),

    # ---------------------------------------------------------------- Taiwan
    # P15 Focus Taiwan: "the island", dollars restated in NT$ in a later sentence, an appositive.
    ("Exports from the island rose 24.7% year-on-year to US$52.3 billion in February, Taiwan's Ministry "
     "of Finance said, marking the 16th straight month of growth. In New Taiwan dollar terms, the figure "
     "was NT$1.68 trillion. Shipments to the U.S., the island's top market since 2024, surged 48.2% to "
     "US$18.9 billion, outpacing those to China and Hong Kong combined.",
     [R(f="export", r=TW, v=[52.3e9, 1.68e12], cur=["USD", "TWD"], d="up", pct=24.7, b="yoy", src=TWMOF,
        **FEB),
      OPT(f="export", r=TW, v=[52.3e9, 1.68e12], cur=["USD", "TWD"], **FEB),
      R(f="export", r=TW, p=US, v=18.9e9, cur="USD", d="up", pct=48.2, b=DC, src=TWMOF, **FEB)]),

    # P16 single sentence: combined partner, a record low that is a share's.
    ("Taiwan's exports to the mainland and Hong Kong, for decades the island's largest market, fell 3.2% "
     "to US$13.6 billion in February, Ministry of Finance data showed, their share of total exports "
     "sinking to a record low of 26%.",
     [R(f="export", r=TW, p=CHINA_HK, v=13.6e9, cur="USD", d="down", pct=3.2, b=DC, src=TWMOF, **FEB)]),

    # ---------------------------------------------------------------- Gulf, Middle East, North Africa
    # P17 Arab News: "the kingdom" first, named later; "over the period".
    ("Non-oil exports from the kingdom, including re-exports, rose 12.4% in the fourth quarter to 84.6 "
     "billion riyals, the General Authority for Statistics said, while oil exports fell 9.7% to 183.2 "
     "billion riyals. Saudi Arabia's merchandise imports edged up 1.1% to 196.5 billion riyals over the "
     "period.",
     [R(f="export", r=SA, c=NONOIL, v=84.6e9, cur="SAR", d="up", pct=12.4, b=DC, src=GASTAT, **Q4),
      R(f="export", r=SA, c=CRUDE, v=183.2e9, cur="SAR", d="down", pct=9.7, b=DC, src=GASTAT, **Q4),
      R(f="import", r=SA, c=DC, v=196.5e9, cur="SAR", d="up", pct=1.1, cq=DC, b=DC, src=GASTAT, **Q4)]),

    # P18 Gulf Times: Kpler, "the Gulf state", "made up ... of the total".
    ("Qatar's LNG exports rose to 7.12 million tonnes in February, up 4.8% from a year earlier, "
     "ship-tracking data from Kpler showed, as the Gulf state's first North Field East trains ramped up. "
     "Shipments to Europe, which has been replacing Russian pipeline gas, made up 1.94 million tonnes of "
     "the total.",
     [R(f="export", r="Qatar", c=LNG, vol=7.12e6, u=TON, d="up", pct=4.8, b="yoy", src=KPLER, **FEB),
      R(f="export", r="Qatar", p=EUROPE, c=LNG, vol=1.94e6, u=TON, src=KPLER, **FEB)]),

    # P19 single sentence: volume and revenue of one flow.
    ("Iraq's oil exports averaged 3.41 million barrels per day in February, bringing in revenue of "
     "$6.84 billion, the oil ministry said, citing figures from state marketer SOMO.",
     [R(f="export", r="Iraq", c=CRUDE, vol=3.41e6, u=BBL, volq=DC, v=[6.84e9, None], cur=["USD", None],
        src=IQOIL, **FEB),
      OPT(f="export", r="Iraq", c=CRUDE, vol=[3.41e6, None], u=BBL + [None], volq=DC, v=6.84e9, cur="USD",
          **FEB)]),

    # P20 Le360 / Morocco World News: "the kingdom" in an appositive, "sales abroad", dirhams.
    ("Morocco's automotive exports, the kingdom's biggest export earner, rose 6.2% to 14.8 billion "
     "dirhams in January, while phosphate and derivative sales abroad fell 3.1% to 6.9 billion dirhams, "
     "the foreign exchange office said.",
     [R(f="export", r=MA, c=AUTO, v=14.8e9, cur="MAD", d="up", pct=6.2, b=DC, src=OC, **JAN),
      R(f="export", r=MA, c=PHOS, v=6.9e9, cur="MAD", d="down", pct=3.1, b=DC, src=OC, **JAN)]),

    # P21 Globes: goods exports and imports "excluding" items, a context sentence.
    ("Israel's goods exports, excluding diamonds, fell 4.6% in January to $4.9 billion, the Central "
     "Bureau of Statistics said, while imports of goods excluding diamonds, ships and aircraft rose 7.3% "
     "to $8.1 billion. The figures exclude trade with the Palestinian Authority.",
     [R(f="export", r="Israel", c=DC, v=4.9e9, cur="USD", d="down", pct=4.6, b=DC, src=CBSIL, **JAN),
      R(f="import", r="Israel", c=DC, v=8.1e9, cur="USD", d="up", pct=7.3, b=DC, src=CBSIL, **JAN)]),

    # P22 Daily Sabah: "did not fall ..., rising instead"; context.
    ("Turkey's imports of Russian crude did not fall last year despite Western pressure, rising instead "
     "by 4.1% to 14.2 million tonnes, according to ship-tracking data from Kpler. Ankara has argued that "
     "the purchases are vital to its energy security.",
     [R(f="import", r=TR, p=RU, c=CRUDE, vol=14.2e6, u=TON, d="up", pct=4.1, b=DC, src=KPLER, **Y28)]),

    # ---------------------------------------------------------------- Euro zone, EU, Europe
    # P23 Reuters Brussels: "the bloc's biggest customer", the rest of the world, "broadly unchanged".
    ("The euro zone's trade surplus with the rest of the world narrowed to €9.8 billion in January from "
     "€17.4 billion a year earlier, Eurostat said, as exports to the United States, the bloc's biggest "
     "customer, fell 11.2%. Exports from the 21-nation currency area fell 3.4% to €221.6 billion, while "
     "imports were broadly unchanged at €211.8 billion.",
     [R(f="balance", r=EZ, p=WORLD, c=DC, v=9.8e9, cur="EUR", bal="surplus", d="down", pct=DC, by=DC,
        b="yoy", src=EUROSTAT, **JAN),
      OPT(f="balance", r=EZ, p=WORLD, c=DC, v=17.4e9, cur="EUR", bal="surplus", **M(2028, 1)),
      R(f="export", r=EZ, p=US, c=DC, d="down", pct=11.2, b=DC, src=EUROSTAT, **JAN),
      R(f="export", r=EZ, c=DC, v=221.6e9, cur="EUR", d="down", pct=3.4, b=DC, src=EUROSTAT, **JAN),
      R(f="import", r=EZ, c=DC, v=211.8e9, cur="EUR", d=DC, pct=[None, 0], b=DC, src=EUROSTAT, **JAN)]),

    # P24 Politico Europe: "the latter" carries a record low, a deficit "the widest on record".
    ("EU imports from China rose 8.9% to €47.2 billion in January, while exports to the country fell "
     "5.6% to €16.4 billion, Eurostat data showed. The latter was the lowest for the month since 2019, "
     "and the resulting deficit of €30.8 billion the widest on record.",
     [R(f="import", r=EU, p="China", v=47.2e9, cur="EUR", d="up", pct=8.9, b=DC, src=EUROSTAT, **JAN),
      R(f="export", r=EU, p="China", v=16.4e9, cur="EUR", vq=LOWEST, d="down", pct=5.6, b=DC,
        src=EUROSTAT, **JAN),
      R(f="balance", r=EU, p="China", v=30.8e9, cur="EUR", vq=WIDEST, bal="deficit", src=EUROSTAT,
        **JAN)]),

    # P25 single sentence: "the former" and "the latter" as reporters.
    ("Exports of German and French wine to the United States went separate ways last year: the former "
     "fell 14% to €312 million, while the latter rose 2.8% to €2.41 billion, according to national "
     "customs data.",
     [R(f="export", r="Germany", p=US, c=WINE, v=312e6, cur="EUR", d="down", pct=14, b=DC, src=DC, **Y28),
      R(f="export", r="France", p=US, c=WINE, v=2.41e9, cur="EUR", d="up", pct=2.8, b=DC, src=DC, **Y28)]),

    # P26 Reuters Berlin: "on the month", a poll "had expected them to have fallen".
    ("German exports unexpectedly rose 1.9% on the month in January to €131.2 billion, the Federal "
     "Statistical Office said on Friday. Economists polled by Reuters had expected them to have fallen "
     "0.8%. Exports to the United States dropped 4.4% to €12.3 billion, while those to China rose 2.6% "
     "to €6.8 billion.",
     [R(f="export", r="Germany", v=131.2e9, cur="EUR", d="up", pct=1.9, b="mom", src=DESTATIS, **JAN),
      R(f="export", r="Germany", p=US, v=12.3e9, cur="EUR", d="down", pct=4.4, b=DC, src=DESTATIS, **JAN),
      R(f="export", r="Germany", p="China", v=6.8e9, cur="EUR", d="up", pct=2.6, b=DC, src=DESTATIS,
        **JAN)]),

    # P27 The Irish Times: an appositive on the reporter, a reason without a number, "alone".
    ("Goods exports from Ireland, home to the European operations of drugmakers Pfizer and Eli Lilly, "
     "jumped 38.2% to €27.4 billion in January, the Central Statistics Office said, driven by a surge in "
     "shipments of medical and pharmaceutical products ahead of planned U.S. tariffs. Exports to the "
     "U.S. alone were worth €15.9 billion.",
     [R(f="export", r=IE, c=DC, v=27.4e9, cur="EUR", d="up", pct=38.2, b=DC, src=CSO, **JAN),
      R(f="export", r=IE, p=US, c=DC, v=15.9e9, cur="EUR", src=CSO, **JAN)]),

    # P28 single sentence: "respectively" with percents first and amounts after.
    ("Sweden's exports to Norway and Finland rose 4.2% and 1.8%, respectively, in January, to 17.1 "
     "billion crowns and 10.4 billion crowns, Statistics Sweden said.",
     [R(f="export", r="Sweden", p="Norway", v=17.1e9, cur="SEK", d="up", pct=4.2, b=DC, src=SCB, **JAN),
      R(f="export", r="Sweden", p="Finland", v=10.4e9, cur="SEK", d="up", pct=1.8, b=DC, src=SCB, **JAN)]),

    # P29 single sentence: a revision and the next month's figure.
    ("The UK's goods trade deficit for December was revised down to £17.9 billion from an initially "
     "reported £19.3 billion, the Office for National Statistics said, as it published January figures "
     "showing the gap widened to £20.4 billion.",
     [R(f="balance", r=UK, c=DC, v=17.9e9, cur="GBP", vq=DC, bal="deficit", d=DC, pct=DC, by=DC, b=DC,
        src=ONS, **DEC),
      OPT(f="balance", r=UK, c=DC, v=19.3e9, cur="GBP", bal="deficit", **DEC),
      R(f="balance", r=UK, c=DC, v=20.4e9, cur="GBP", bal="deficit", d=DC, pct=DC, by=DC, b=DC, src=ONS,
        **JAN)]),

    # P30 The Guardian: "the bloc" as partner before "the EU" is named.
    ("Britain's imports from the bloc, which remains its biggest trading partner despite Brexit, rose "
     "3.7% to £49.8 billion in the fourth quarter, while exports to the EU fell 1.4% to £41.2 billion, "
     "the ONS said. Business groups said new checks on plant and animal products were still adding to "
     "costs.",
     [R(f="import", r=UK, p=EU, v=49.8e9, cur="GBP", d="up", pct=3.7, b=DC, src=ONS, **Q4),
      R(f="export", r=UK, p=EU, v=41.2e9, cur="GBP", d="down", pct=1.4, b=DC, src=ONS, **Q4)]),

    # P31 Reuters Kyiv: a buyer as subject, "importing ... worth", "the war-torn country".
    ("Poland overtook Germany as the largest buyer of Ukrainian agricultural products in January, "
     "importing $412 million worth, Ukraine's agriculture ministry said. Overall, the war-torn country's "
     "agri-food exports fell 11.7% to $1.86 billion in the month.",
     [R(f=["import", "export"], r=["Poland", "Ukraine"], p=["Ukraine", "Poland"], c=AGRI, v=412e6,
        cur="USD", src=UAMIN, **JAN),
      R(f="export", r="Ukraine", c=AGRI, v=1.86e9, cur="USD", d="down", pct=11.7, b=DC, src=UAMIN,
        **JAN)]),

    # P32 Interfax: season to date "by March 8", an estimate, base a year earlier, buyers.
    ("Russia's wheat exports since the start of the 2028/29 season on July 1 reached an estimated 31.2 "
     "million tonnes by March 8, down from 34.5 million tonnes a year earlier, consultancy SovEcon said. "
     "Egypt and Turkey remained the largest buyers.",
     [R(f="export", r=RU, c="wheat", vol=31.2e6, u=TON, volq=DC, d="down", pct=DC, by=DC, b="yoy",
        src=SOVECON, ps="2028-07-01", pe=DC),
      OPT(f="export", r=RU, c="wheat", vol=34.5e6, u=TON, volq=DC, ps="2027-07-01", pe=DC)]),

    # ---------------------------------------------------------------- United States
    # P33 AP: a deficit with a relative clause, "its southern neighbor".
    ("The U.S. goods trade deficit with Mexico, which overtook China as America's largest trading "
     "partner in 2023, widened to $17.8 billion in January, the Commerce Department said Thursday. "
     "Imports from Mexico rose 6.4% to $46.9 billion, while exports to its southern neighbor slipped "
     "1.2% to $29.1 billion.",
     [R(f="balance", r=US, p=MX, c=DC, v=17.8e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, b=DC,
        src=USDOC, **JAN),
      R(f="import", r=US, p=MX, c=DC, v=46.9e9, cur="USD", d="up", pct=6.4, b=DC, src=USDOC, **JAN),
      R(f="export", r=US, p=MX, c=DC, v=29.1e9, cur="USD", d="down", pct=1.2, b=DC, src=USDOC, **JAN)]),

    # P34 Bloomberg: a narrowing deficit with a percent, a forecast of the gap, a record.
    ("The U.S. trade deficit narrowed 12.3% to $68.1 billion in January as imports fell, the Commerce "
     "Department said on Thursday. Economists polled by Bloomberg had expected the gap to widen to $79.0 "
     "billion. Exports rose 0.7% to a record $272.4 billion, while imports dropped 2.2% to $340.5 "
     "billion.",
     [R(f="balance", r=US, c=DC, v=68.1e9, cur="USD", bal="deficit", d=DC, pct=12.3, b=DC, src=USDOC,
        **JAN),
      R(f="export", r=US, c=DC, v=272.4e9, cur="USD", vq=RECORD, d="up", pct=0.7, b=DC, src=USDOC, **JAN),
      R(f="import", r=US, c=DC, v=340.5e9, cur="USD", d="down", pct=2.2, b=DC, src=USDOC, **JAN)]),

    # P35 single sentence: the partner's exports and a tariff inside a relative clause.
    ("The U.S. goods deficit with the European Union, whose exports to the United States now face a 15% "
     "tariff under the 2025 framework deal, came in at $19.5 billion in January, down from $23.4 billion "
     "a year earlier, the Commerce Department said.",
     [R(f="balance", r=US, p=EU, c=DC, v=19.5e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, b="yoy",
        src=USDOC, **JAN),
      OPT(f="balance", r=US, p=EU, c=DC, v=23.4e9, cur="USD", bal="deficit", **M(2028, 1)),
      TAR(r=US, p=EU, c=DC, rate=15)]),

    # P36 single sentence: "Washington's ... with Beijing", the smallest since.
    ("Washington's goods deficit with Beijing shrank to $14.2 billion in January, the smallest since "
     "2004, as imports of Chinese goods fell 18.9% to $25.6 billion, Census Bureau data showed.",
     [R(f="balance", r=US, p="China", c=DC, v=14.2e9, cur="USD", vq=LOWEST, bal="deficit", d=DC, pct=DC,
        by=DC, b=DC, src=USDOC, **JAN),
      R(f="import", r=US, p="China", c=DC, v=25.6e9, cur="USD", d="down", pct=18.9, b=DC, src=USDOC,
        **JAN)]),

    # P37 Reuters Chicago: a weekly figure and the marketing year to date, a share.
    ("U.S. soybean export inspections in the week ended March 8 totaled 612,300 tonnes, bringing "
     "cumulative shipments for the September-August marketing year to 31.9 million tonnes, 4% below the "
     "same point a year ago, the U.S. Department of Agriculture said. China took 44% of the week's "
     "total.",
     [R(f="export", r=US, c=SOY, vol=612300, u=TON, src=USDA, ps=DC, pe="2029-03-08"),
      R(f="export", r=US, c=SOY, vol=31.9e6, u=TON, d="down", pct=4, b="yoy", src=USDA, ps="2028-09-01",
        pe=DC)]),

    # ---------------------------------------------------------------- Canada, Mexico
    # P38 The Globe and Mail: a threatened tariff (optional), duties in place, lumber exports.
    ("Washington threatened on Monday to impose an additional 25% tariff on Canadian softwood lumber "
     "unless Ottawa opens its dairy market by April 1, on top of the 35.2% anti-dumping and "
     "countervailing duties already in place. Canada shipped C$1.12 billion worth of softwood lumber to "
     "the United States in January, down 17% from a year earlier, Statistics Canada data showed.",
     [TAR(r=US, p=CA, c=LUMBER, rate=25, opt=True),
      TAR(r=US, p=CA, c=LUMBER, rate=35.2),
      R(f="export", r=CA, p=US, c=LUMBER, v=1.12e9, cur="CAD", d="down", pct=17, b="yoy", src=STATCAN,
        **JAN)]),

    # P39 Statistics Canada: "the former"/"the latter" as goods, "little changed".
    ("Canada's exports of energy products and motor vehicles moved in opposite directions in January: "
     "the former fell 7.9% to C$14.6 billion on lower crude prices, while the latter rose 11.3% to C$6.2 "
     "billion, Statistics Canada said. Overall exports were little changed at C$65.8 billion.",
     [R(f="export", r=CA, c=ENERGY, v=14.6e9, cur="CAD", d="down", pct=7.9, b=DC, src=STATCAN, **JAN),
      R(f="export", r=CA, c=MOTORV, v=6.2e9, cur="CAD", d="up", pct=11.3, b=DC, src=STATCAN, **JAN),
      R(f="export", r=CA, c=DC, v=65.8e9, cur="CAD", d=DC, pct=[None, 0], b=DC, src=STATCAN, **JAN)]),

    # P40 El Economista: goods inside an "as" clause, an appositive share, the balance.
    ("Mexico's exports rose 9.2% year-on-year to $52.7 billion in January, the national statistics "
     "agency INEGI said, as automotive shipments climbed 6.4% to $15.1 billion and oil exports, a "
     "shrinking share of the total, fell 21.7% to $1.6 billion. Imports increased 4.9% to $55.2 billion, "
     "leaving a trade deficit of $2.5 billion.",
     [R(f="export", r=MX, v=52.7e9, cur="USD", d="up", pct=9.2, b="yoy", src=INEGI, **JAN),
      R(f="export", r=MX, c=AUTO, v=15.1e9, cur="USD", d="up", pct=6.4, b=DC, src=INEGI, **JAN),
      R(f="export", r=MX, c=CRUDE, v=1.6e9, cur="USD", d="down", pct=21.7, b=DC, src=INEGI, **JAN),
      R(f="import", r=MX, v=55.2e9, cur="USD", d="up", pct=4.9, b=DC, src=INEGI, **JAN),
      R(f="balance", r=MX, v=2.5e9, cur="USD", bal="deficit", src=INEGI, **JAN)]),

    # ---------------------------------------------------------------- India
    # P41 The Economic Times: appositive rank, "accounting for $X of the total", "the Gulf nation".
    ("India's merchandise exports to the UAE, its third-largest export destination, rose 14.2% to $31.6 "
     "billion in April-February, commerce ministry data showed, with petroleum products accounting for "
     "$9.8 billion of the total. Imports from the Gulf nation, mostly crude oil and gold, climbed 9.5% to "
     "$52.4 billion.",
     [R(f="export", r="India", p=UAE, c=DC, v=31.6e9, cur="USD", d="up", pct=14.2, b=DC, src=INCOM,
        **FYAF),
      R(f="export", r="India", p=UAE, c=PETRO, v=9.8e9, cur="USD", src=INCOM, **FYAF),
      R(f="import", r="India", p=UAE, c=DC, v=52.4e9, cur="USD", d="up", pct=9.5, b=DC, src=INCOM,
        **FYAF)]),

    # P42 Business Standard: "did not rise ..., holding at", trade sources.
    ("India's rice exports did not rise in February despite the removal of the last export curbs, "
     "holding at about 1.87 million tonnes, unchanged from a year earlier, according to trade sources. "
     "Exporters said buyers in Africa were waiting for prices to fall further.",
     [R(f="export", r="India", c="rice", vol=1.87e6, u=TON, volq=ABOUT, d=DC, pct=[None, 0], b=DC, src=DC,
        **FEB)]),

    # P43 Mint: a conditional rate (optional), the rate in force, exports to the US.
    ("Washington would raise its tariff on Indian goods to 50% if New Delhi keeps buying Russian oil, a "
     "U.S. trade official said on Tuesday, doubling the 25% duty that took effect in August. India's "
     "exports to the United States fell 9.6% to $6.1 billion in February, commerce ministry data "
     "showed.",
     [TAR(r=US, p="India", c=DC, rate=50, opt=True),
      TAR(r=US, p="India", c=DC, rate=25),
      R(f="export", r="India", p=US, v=6.1e9, cur="USD", d="down", pct=9.6, b=DC, src=INCOM, **FEB)]),

    # P44 Reuters Mumbai: season to date with a part, a quota as context.
    ("Indian mills have shipped 1.12 million tonnes of sugar so far in the 2028/29 season that began on "
     "Oct. 1, of which 410,000 tonnes went to Afghanistan, the All India Sugar Trade Association (AISTA) "
     "said. The government has allowed exports of up to 1.5 million tonnes in the current season.",
     [R(f="export", r="India", c="sugar", vol=1.12e6, u=TON, src=AISTA, ps="2028-10-01", pe=DC),
      R(f="export", r="India", p="Afghanistan", c="sugar", vol=410000, u=TON, src=AISTA, ps="2028-10-01",
        pe=DC)]),

    # P45 single sentence: "overtook ... as the biggest buyer", "against ... for China".
    ("India overtook China as the biggest buyer of Russian seaborne crude in February, importing 1.71 "
     "million barrels per day against 1.38 million bpd for China, according to Kpler data.",
     [R(f="import", r="India", p=RU, c=CRUDE, vol=1.71e6, u=BBL, src=KPLER, **FEB),
      R(f="import", r="China", p=RU, c=CRUDE, vol=1.38e6, u=BBL, src=KPLER, **FEB)]),

    # ---------------------------------------------------------------- Australia
    # P46 ABC / Reuters Sydney: a revised base, "over the month", a good's percent, a rolling total.
    ("Australia's trade surplus narrowed to A$4.1 billion in January from a downwardly revised A$5.6 "
     "billion in December, the Australian Bureau of Statistics said. Exports of goods and services fell "
     "2.3% over the month to A$43.9 billion, dragged down by a 9.4% fall in coal earnings, while imports "
     "rose 1.2% to A$39.8 billion. Over the 12 months to January, the surplus totalled A$61.7 billion.",
     [R(f="balance", r=AU, c=DC, v=4.1e9, cur="AUD", bal="surplus", d="down", pct=DC, by=DC, b=DC, src=ABS,
        **JAN),
      OPT(f="balance", r=AU, c=DC, v=5.6e9, cur="AUD", bal="surplus", **DEC),
      R(f="export", r=AU, c=DC, v=43.9e9, cur="AUD", d="down", pct=2.3, b="mom", src=ABS, **JAN),
      R(f="export", r=AU, c="coal", d="down", pct=9.4, b=DC, src=ABS, **JAN),
      R(f="import", r=AU, c=DC, v=39.8e9, cur="AUD", d="up", pct=1.2, b=DC, src=ABS, **JAN),
      R(f="balance", r=AU, c=DC, v=61.7e9, cur="AUD", bal="surplus", src=ABS, **R12JAN)]),

    # P47 single sentence: the flow's share in a relative clause and a partner's share.
    ("Iron ore exports, which make up about a fifth of Australia's export earnings, fell 6.8% to A$9.7 "
     "billion in January, with China taking 84% of the volume shipped, according to the Australian "
     "Bureau of Statistics.",
     [R(f="export", r=AU, c="iron ore", v=9.7e9, cur="AUD", d="down", pct=6.8, b=DC, src=ABS, **JAN)]),

    # P48 single sentence: a month and the marketing year to date.
    ("Australia exported 2.31 million tonnes of wheat in January, taking shipments in the first four "
     "months of the October-September marketing year to 9.76 million tonnes, up 6.9% from a year "
     "earlier, the Australian Bureau of Statistics said.",
     [R(f="export", r=AU, c="wheat", vol=2.31e6, u=TON, src=ABS, **JAN),
      R(f="export", r=AU, c="wheat", vol=9.76e6, u=TON, d="up", pct=6.9, b="yoy", src=ABS,
        **PR("2028-10-01", "2029-01-31"))]),

    # ---------------------------------------------------------------- Brazil, Latin America
    # P49 Reuters Sao Paulo: crop year July-June, parts "accounted for", a remainder without amount.
    ("Brazil exported 27.4 million 60-kg bags of coffee in the first eight months of the 2028/29 crop "
     "year, which runs from July to June, down 12.6% from the same period a year earlier, exporters' "
     "group Cecafé said. Arabica accounted for 21.9 million bags and robusta, known locally as conilon, "
     "for 3.2 million, with the rest made up of soluble coffee.",
     [R(f="export", r="Brazil", c="coffee", vol=27.4e6, u=BAG, d="down", pct=12.6, b="yoy", src=CECAFE,
        **PR("2028-07-01", "2029-02-28")),
      R(f="export", r="Brazil", c=ARABICA, vol=21.9e6, u=BAG, src=CECAFE, **PR("2028-07-01", "2029-02-28")),
      R(f="export", r="Brazil", c=ROBUSTA, vol=3.2e6, u=BAG, src=CECAFE,
        **PR("2028-07-01", "2029-02-28"))]),

    # P50 single sentence: a rolling twelve-month surplus and its previous twelve months.
    ("Brazil's trade surplus in the 12 months through February totaled $71.4 billion, down from $84.2 "
     "billion in the previous 12-month period, according to the Ministry of Development, Industry, Trade "
     "and Services.",
     [R(f="balance", r="Brazil", v=71.4e9, cur="USD", bal="surplus", d="down", pct=DC, by=DC, b=DC,
        src=BRMIN, **R12FEB),
      OPT(f="balance", r="Brazil", v=84.2e9, cur="USD", bal="surplus", **PR("2027-03-01", "2028-02-29"))]),

    # P51 Diario Financiero: the reporter inside a relative clause with a share; "the country's".
    ("Copper, which made up 52% of Chile's total exports last year, brought in $4.87 billion in "
     "February, up 9.2% from a year earlier, central bank data showed. Shipments of lithium carbonate, "
     "the country's second-biggest mining export, fell 31% to $212 million.",
     [R(f="export", r="Chile", c="copper", v=4.87e9, cur="USD", d="up", pct=9.2, b="yoy", src=BCCH, **FEB),
      R(f="export", r="Chile", c=["lithium carbonate", "lithium"], v=212e6, cur="USD", d="down", pct=31,
        b=DC, src=BCCH, **FEB)]),

    # P52 Primicias: several goods in one sentence, "up 7.2% at", a context sentence.
    ("Ecuador's non-oil exports rose 11.4% to $2.31 billion in January, with shrimp shipments up 7.2% at "
     "$612 million, bananas up 3.5% at $398 million and cocoa down 18.9% at $214 million, the central "
     "bank said. Shrimp farmers have been shifting sales to China since Washington raised its tariff on "
     "Ecuadorean goods.",
     [R(f="export", r=EC, c=NONOIL, v=2.31e9, cur="USD", d="up", pct=11.4, b=DC, src=BCE, **JAN),
      R(f="export", r=EC, c="shrimp", v=612e6, cur="USD", d="up", pct=7.2, b=DC, src=BCE, **JAN),
      R(f="export", r=EC, c=["bananas", "banana"], v=398e6, cur="USD", d="up", pct=3.5, b=DC, src=BCE,
        **JAN),
      R(f="export", r=EC, c="cocoa", v=214e6, cur="USD", d="down", pct=18.9, b=DC, src=BCE, **JAN)]),

    # P53 El Observador: a partner followed by a relative clause naming a safeguard without a rate.
    ("Uruguay's beef exports to China, which scrapped a safeguard measure on foreign beef last year, "
     "rose 27% to $118 million in February, according to the National Meat Institute (INAC). China has "
     "been the country's top beef buyer for more than a decade.",
     [R(f="export", r="Uruguay", p="China", c="beef", v=118e6, cur="USD", d="up", pct=27, b=DC, src=INAC,
        **FEB)]),

    # ---------------------------------------------------------------- Africa
    # P54 Reuters Accra: a season span with its start, arrivals at the neighbour's ports (no figure).
    ("Ghana's cocoa exports fell to 248,000 tonnes between the start of the 2028/29 season on Oct. 1 and "
     "the end of February, down 23% from the same period last season, Ghana Cocoa Board data showed. "
     "Arrivals at Ivory Coast's ports, a proxy for exports from the world's top grower, reached 1.31 "
     "million tonnes by March 11, exporters estimated.",
     [R(f="export", r="Ghana", c="cocoa", vol=248000, u=TON, d="down", pct=23, b=DC, src=COCOBOD,
        **PR("2028-10-01", "2029-02-28"))]),

    # P55 Daily Monitor: a rolling twelve months, value and volume with different changes.
    ("Uganda exported 7.31 million 60-kg bags of coffee in the 12 months to January, up 18.4% from the "
     "previous 12 months, the Uganda Coffee Development Authority said. Earnings rose 41% to $2.42 "
     "billion on higher prices.",
     [R(f="export", r="Uganda", c="coffee", vol=7.31e6, u=BAG, v=DC, cur=DC, d="up", pct=18.4, b=DC,
        src=UCDA, **R12JAN),
      R(f="export", r="Uganda", c="coffee", v=2.42e9, cur="USD", vol=DC, u=DC, d="up", pct=41, b=DC,
        src=UCDA, **R12JAN)]),

    # ---------------------------------------------------------------- Southeast Asia
    # P56 Business Times: S$ with US$ in brackets, the previous month's revised growth.
    ("Singapore's non-oil domestic exports (NODX) rose 6.8% year on year in February to S$14.9 billion "
     "[US$11.1 billion], after a revised 2.1% decline in January, Enterprise Singapore said on Monday. "
     "Electronics NODX grew 21.5%, while non-electronics NODX slipped 0.6%.",
     [R(f="export", r="Singapore", c=NODX, v=[14.9e9, 11.1e9], cur=["SGD", "USD"], d="up", pct=6.8,
        b="yoy", src=ESG, **FEB),
      OPT(f="export", r="Singapore", c=NODX, v=[14.9e9, 11.1e9], cur=["SGD", "USD"], **FEB),
      OPT(f="export", r="Singapore", c=NODX, d="down", pct=2.1, **JAN),
      R(f="export", r="Singapore", c=ELEC, d="up", pct=21.5, b=DC, src=ESG, **FEB),
      R(f="export", r="Singapore", c=NONELEC, d="down", pct=0.6, b=DC, src=ESG, **FEB)]),

    # P57 single sentence: changes in parentheses after each value.
    ("Hong Kong's total exports of goods reached HK$398.7 billion in January (up 3.1% y/y), while imports "
     "of goods came to HK$431.5 billion (down 0.8% y/y), the Census and Statistics Department said.",
     [R(f="export", r=HK, c=DC, v=398.7e9, cur="HKD", d="up", pct=3.1, b="yoy", src=CSD, **JAN),
      R(f="import", r=HK, c=DC, v=431.5e9, cur="HKD", d="down", pct=0.8, b="yoy", src=CSD, **JAN)]),

    # P58 single sentence, headline style with a forecast; no source.
    ("Malaysia Jan exports -2.1% y/y vs f'cast +1.5%; imports +4.4%; trade surplus RM9.8 bln",
     [R(f="export", r="Malaysia", d="down", pct=2.1, b="yoy", **JAN),
      R(f="import", r="Malaysia", d="up", pct=4.4, b=DC, **JAN),
      R(f="balance", r="Malaysia", v=9.8e9, cur="MYR", bal="surplus", **JAN)]),

    # P59 single sentence, headline style: a trade gap with its base.
    ("Philippines' Jan trade gap narrows to $4.1 bln from $4.9 bln in Dec - PSA",
     [R(f="balance", r=PH, v=4.1e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, b=DC, src=PSA, **JAN),
      OPT(f="balance", r=PH, v=4.9e9, cur="USD", bal="deficit", **DEC)]),

    # P60 Inquirer: "the archipelago", "Manila", a tariff restored, a part "of the total".
    ("Rice imports by the archipelago, the world's biggest buyer of the grain, fell 38% to 612,000 tonnes "
     "in January-February, Bureau of Plant Industry data showed, after Manila restored a 35% tariff on "
     "the staple. Vietnam supplied 451,000 tonnes of the total.",
     [R(f="import", r=PH, c="rice", vol=612000, u=TON, d="down", pct=38, b=DC, src=BPI, **YTD2),
      TAR(r=PH, c=["rice", "staple"], rate=35),
      R(f="import", r=PH, p=VN, c="rice", vol=451000, u=TON, src=BPI, **YTD2)]),

    # P61 single sentence: a minister in indirect speech, a government expectation (no figure).
    ("Vietnam's trade minister told the National Assembly that exports had risen 14.3% to $71.8 billion "
     "in the first two months, adding that the country expected a trade surplus of about $3 billion in "
     "the first quarter.",
     [R(f="export", r=VN, v=71.8e9, cur="USD", d="up", pct=14.3, b=DC, src=VNMOIT, **YTD2)]),

    # P62 single sentence: "Of X in exports, A brought in ..., B ..., and C ...".
    ("Of Vietnam's $33.9 billion in exports in February, electronics and components brought in $10.2 "
     "billion, up 19.6%, phones $3.7 billion, down 7.3%, and textiles $2.3 billion, up 2.2%, the National "
     "Statistics Office said.",
     [R(f="export", r=VN, v=33.9e9, cur="USD", src=GSO, **FEB),
      R(f="export", r=VN, c=ELECCOMP, v=10.2e9, cur="USD", d="up", pct=19.6, b=DC, src=GSO, **FEB),
      R(f="export", r=VN, c=PHONES, v=3.7e9, cur="USD", d="down", pct=7.3, b=DC, src=GSO, **FEB),
      R(f="export", r=VN, c=TEXTILES, v=2.3e9, cur="USD", d="up", pct=2.2, b=DC, src=GSO, **FEB)]),

    # P63 single sentence: "twice as much ... as", "the former"/"the latter" as partners.
    ("Vietnam exported twice as much rice to the Philippines as to Indonesia in the first two months, "
     "shipping 412,000 tonnes to the former and 206,000 tonnes to the latter, customs data showed.",
     [R(f="export", r=VN, p=PH, c="rice", vol=412000, u=TON, src=VNCUS, **YTD2),
      R(f="export", r=VN, p=ID, c="rice", vol=206000, u=TON, src=VNCUS, **YTD2)]),

    # P64 single sentence: a change of January inside a relative clause (optional).
    ("Vietnam's exports to China, which had surged 18.2% in January ahead of the Lunar New Year "
     "holiday, slumped 12.4% in February to $4.6 billion, customs data showed.",
     [R(f="export", r=VN, p="China", v=4.6e9, cur="USD", d="down", pct=12.4, b=DC, src=VNCUS, **FEB),
      OPT(f="export", r=VN, p="China", d="up", pct=18.2, **JAN)]),

    # P65 Jakarta Post: a revision with its preliminary figure, then the new month.
    ("Indonesia's January trade surplus was revised up to $3.45 billion from a preliminary $2.98 "
     "billion, Statistics Indonesia said, after late customs documents showed higher coal shipments. "
     "For February, the agency reported a surplus of $2.71 billion, as exports fell 5.3% year-on-year to "
     "$20.84 billion and imports edged down 0.9% to $18.13 billion.",
     [R(f="balance", r=ID, v=3.45e9, cur="USD", vq=DC, bal="surplus", d=DC, pct=DC, by=DC, b=DC, src=BPS,
        **JAN),
      OPT(f="balance", r=ID, v=2.98e9, cur="USD", bal="surplus", **JAN),
      R(f="balance", r=ID, v=2.71e9, cur="USD", bal="surplus", src=BPS, **FEB),
      R(f="export", r=ID, v=20.84e9, cur="USD", d="down", pct=5.3, b="yoy", src=BPS, **FEB),
      R(f="import", r=ID, v=18.13e9, cur="USD", d="down", pct=0.9, cq=DC, b=DC, src=BPS, **FEB)]),

    # P66 Bangkok Post: a correction of a wrong percent, a deficit.
    ("Thailand's exports rose 4.1% year-on-year in January to $24.3 billion, the commerce ministry said "
     "on Tuesday, correcting an earlier figure of 14.1% that it blamed on a typing error. Imports rose "
     "6.9% to $25.6 billion, leaving a deficit of $1.3 billion.",
     [R(f="export", r="Thailand", v=24.3e9, cur="USD", d="up", pct=4.1, b="yoy", src=THMOC, **JAN),
      R(f="import", r="Thailand", v=25.6e9, cur="USD", d="up", pct=6.9, b=DC, src=THMOC, **JAN),
      R(f="balance", r="Thailand", v=1.3e9, cur="USD", bal="deficit", src=THMOC, **JAN)]),

    # ---------------------------------------------------------------- Central Asia, EU tariffs
    # P67 Montsame: a partner only inside the relative clause (p null); a context sentence.
    ("Coal exports from Mongolia, which sends almost all of its coal to China, rose 7.1% to 14.2 million "
     "tonnes in the first two months, the National Statistics Office said. Most of it crosses the "
     "border by truck at the Gashuunsukhait crossing.",
     [R(f="export", r="Mongolia", c="coal", vol=14.2e6, u=TON, d="up", pct=7.1, b=DC, src=NSOMN,
        **YTD2)]),

    # P68 single sentence: indirect speech with "had reached", a relative clause on the partner.
    ("Kazakhstan's deputy trade minister said on Tuesday that trade with China, which has overtaken "
     "Russia as the country's biggest trading partner, had reached a record $48.7 billion last year, up "
     "11.2% from 2027.",
     [R(f="total", r="Kazakhstan", p="China", v=48.7e9, cur="USD", vq=RECORD, d="up", pct=11.2, b=DC,
        src=KZMIN, **Y28)]),

    # P69 Euractiv: "The bloc" as the imposing economy; duties in force, a rate doubled from July.
    ("The bloc, which has already imposed duties of up to 35.3% on Chinese-made electric vehicles, will "
     "double the tariff on steel imports above its quotas to 50% from 25% from July, the European "
     "Commission said on Tuesday. Steelmakers have blamed a flood of cheap Asian metal for plant "
     "closures in Germany and Italy.",
     [TAR(r=EU, p="China", c=["electric vehicles", "electric vehicle", "EVs", "EV"], rate=35.3),
      TAR(r=EU, c="steel", rate=50),
      TAR(r=EU, c="steel", rate=25, opt=True)]),
]

NEG = [
    # N01 a poll forecast with "likely to have grown".
    "Economists expect South Korea's exports in March to have risen about 6% from a year earlier, with "
    "chip shipments likely to have grown more than 20%, a Reuters poll showed on Wednesday.",
    # N02 "were expected to have fallen".
    "Thailand's exports were expected to have fallen 1.2% year-on-year in February, according to the "
    "median estimate in a Reuters poll released ahead of the commerce ministry's data next week.",
    # N03 a threatened tariff without a rate.
    "Washington threatened to raise tariffs on European cars unless the bloc cuts its levies on American "
    "lobster and pork, a U.S. trade official said on Monday.",
    # N04 shares and a ranking only.
    "China, which overtook the United States as Brazil's largest export market in 2009, took 28.4% of "
    "the South American country's exports last year, up from 26.1% in 2027.",
    # N05 cocoa arrivals at ports.
    "Farmers have delivered 1.42 million tonnes of cocoa to Ivory Coast's ports since the start of the "
    "season on Oct. 1, compared with 1.51 million tonnes in the same period last season, exporters "
    "estimated.",
    # N06 a yuan midpoint with an exchange-rate note.
    "The People's Bank of China set the yuan's midpoint at 7.1070 per dollar ($1 = 7.1070 yuan) on "
    "Friday, its weakest since November, as exporters' dollar conversions slowed.",
    # N07 an export target in a sentence with a relative clause.
    "India, whose merchandise exports have stagnated for three years, aims to lift overall exports of "
    "goods and services to $2 trillion by 2030, the commerce minister told parliament.",
    # N08 export sales for a future marketing year.
    "U.S. exporters sold 1.2 million tonnes of soybeans for delivery in the 2029/30 marketing year, "
    "which begins Sept. 1, the USDA said in its weekly export sales report.",
    # N09 a crop forecast.
    "Brazil's 2029/30 coffee crop is forecast at 66.2 million 60-kg bags, up 4% from the current "
    "season, national supply agency Conab said.",
    # N10 a futures price with a change in parentheses.
    "Arabica coffee futures settled 3.1% higher at $3.42 per lb on ICE (up 12% y/y), as traders worried "
    "about slower exports from Brazil.",
    # N11 a hedged quote without a figure.
    "\"Exports probably grew in February, but not by much,\" Pakistan's minister of state for finance "
    "told reporters, declining to give a figure before the statistics bureau's release.",
    # N12 "did not rise" without a number.
    "Taiwan's exports to Japan did not rise in February for the first time in 15 months, a Ministry of "
    "Finance official said, without giving details.",
    # N13 a current account with a parenthetical change.
    "Japan's current account surplus came to ¥2.81 trillion in January (up 14.2% y/y), the Ministry of "
    "Finance said, as income from overseas investments rose.",
    # N14 terms of trade.
    "Australia's terms of trade rose 2.4% in the fourth quarter as iron ore and gold prices climbed, the "
    "Australian Bureau of Statistics said.",
    # N15 port throughput on "the island".
    "Container throughput at the island's Kaohsiung port rose 6.1% to 1.28 million TEUs in February, "
    "Taiwan International Ports Corp said.",
    # N16 an automaker's overseas sales with an appositive.
    "Hyundai Motor, South Korea's biggest automaker, said its overseas sales fell 4.8% to 268,410 "
    "vehicles in February, while domestic sales rose 2.1%.",
    # N17 an export licensing quota of "the kingdom".
    "The kingdom will allow exports of up to 500,000 tonnes of dates this year under a new licensing "
    "system, Saudi Arabia's environment ministry said.",
    # N18 a deal's trade target and tariff lines.
    "The agreement, which Canberra expects to lift two-way trade with New Delhi to A$100 billion by "
    "2035, will eliminate tariffs on 90% of Australian goods entering India.",
    # N19 a USDA export forecast.
    "The U.S. Department of Agriculture raised its forecast for U.S. soybean exports in the "
    "September-August marketing year to 1.83 billion bushels from 1.78 billion bushels, citing "
    "faster-than-expected sales to China.",
    # N20 sugar stocks seen at the end of the season.
    "Sugar stocks at Indian mills at the end of the 2028/29 season on Sept. 30 are seen at 5.4 million "
    "tonnes, the lowest in eight years, the Indian Sugar and Bio-Energy Manufacturers Association said.",
    # N21 "made up" a share.
    "Electrical and electronic products made up 41% of Malaysia's exports last year, and the share is "
    "set to rise as chipmakers expand their plants in Penang.",
    # N22 customs duties collected.
    "Washington collected $31.4 billion in customs duties in February, roughly triple the level of a "
    "year earlier, the Treasury Department said.",
    # N23 futures volumes.
    "Trading volume in iron ore futures on the Dalian Commodity Exchange rose 22% in February to 28.6 "
    "million lots, as Chinese steel mills restocked.",
    # N24 a headline-style poll.
    "Philippines Feb exports seen +2.5% y/y, imports -1.0% - Reuters poll",
    # N25 import prices.
    "Import prices in the euro zone fell 1.3% in January from a year earlier, dragged down by cheaper "
    "energy, Eurostat said.",
    # N26 freight rates.
    "Freight rates for Capesize vessels carrying iron ore from Western Australia to China rose 14% this "
    "week to $11.20 a tonne, shipbrokers said.",
    # N27 investment deals of "the kingdom".
    "Saudi Arabia and South Korea signed deals worth $18 billion during the crown prince's visit to "
    "Seoul, the kingdom's investment ministry said.",
    # N28 a release date and a word instead of a figure.
    "China's customs administration will publish its first-quarter trade figures on April 13, a "
    "spokesman said, adding that exports in March had so far been \"stable\".",
    # N29 a rice price quote for the 5% broken grade.
    "Vietnamese 5% broken rice was quoted at $372-$378 a tonne on Thursday, down from $385 a week ago, as "
    "exporters waited for fresh demand from the Philippines.",
    # N30 an economist's tariff scenario.
    "A 10-percentage-point increase in U.S. tariffs would cut Japan's exports by about ¥2.3 trillion a "
    "year, economists at Nomura estimated in a report on Tuesday.",
    # N31 farmers' sales of a harvest.
    "Argentine farmers have sold 9.4 million tonnes of soybeans from the 2028/29 harvest so far, down "
    "from 11.2 million tonnes a year earlier, the Agriculture Secretariat said.",
]
