from slots import DC, R, M, Y, PR

# The thirteenth set: every text is the only body paragraph (after an unrelated opening one)
# of a page published on 2029-07-18 (a Wednesday), so "June", "Jun" and "last month" are June
# 2029, "May" is May 2029 and "April" April 2029; "last year", "2028", "calendar 2028" and
# "the 2028 calendar year" are 2028. "The first half", "H1", "the January-June period", "the
# first six months" and "the six months" are January-June 2029; "the April-June quarter",
# "the second quarter" and "Q2" are April-June 2029; "January-March", "the first quarter"
# and "Q1 2029" are January-March 2029; "Q4 2028" and an "October-December" quarter named
# before January-March are October-December 2028; "Q3 2028" and "the July-September quarter
# of last year" are July-September 2028 ("Q3" alone, the current quarter, appears only in a
# forecast, a near miss); "the first five months", "January-May" and "the first five months
# of the year" are January-May 2029; "the three months to May" are March-May 2029. The
# only figures of the month of publication are Korea's "July 1-10" (2029-07-01 to
# 2029-07-10), Malaysia's "July 1-15" (2029-07-01 to 2029-07-15), "last week" (Monday
# 2029-07-09 to Sunday 2029-07-15), the US "week to July 13", Russia's "four weeks to July
# 15", a season to date that began on July 1 and Peru's "so far this year" (end DC); fiscal
# years, rolling twelve-month totals and to-date totals are explained in the block of this
# set below.
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
# Conventions added by the twelfth set, kept unchanged (where they say "this set" they
# speak of the twelfth set and its date, 2029-03-14):
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
# New in this (thirteenth) set, which stresses NUMBER AND TIME FORMS and REGISTERS (every
# convention above is kept; these are added, and where one of them seems to touch an earlier
# one it only extends it):
# - Fiscal years depend on the economy. Japan (April-March): "fiscal 2028" (also "fiscal
#   2028, which ended in March", "the April-March year") is April 2028 - March 2029
#   (FYAM(2028)), and Japan's "April-June quarter" is April-June 2029. India (April-March,
#   tenth set): "last fiscal" is 2028-29, April 2028 - March 2029; "April-June" with no year
#   (also "the first quarter of 2029-30") is April-June 2029; "the same period last fiscal"
#   states yoy. Australia (July-June): "the 2028-29 financial year" is July 2028 - June 2029;
#   "the 11 months to May" (for any economy) are July 2028 - May 2029; "the same period of
#   2027-28" states yoy, like "the same period of FY27" in the eleventh set. Pakistan,
#   Bangladesh, Egypt (July-June): "FY29", "fiscal 2028/29", "the fiscal year that ended on
#   June 30" and "the year through June" are July 2028 - June 2029 (FYJJ(2028)). The US
#   federal fiscal year (October-September) is used only by US government agencies (USDA):
#   "fiscal 2028, which ended Sept. 30" is October 2027 - September 2028, and "the first eight
#   months of fiscal 2029, October through May" are October 2028 - May 2029. "Calendar 2028"
#   and "the 2028 calendar year" are 2028.
# - Rolling totals: "the 12 months to June", "the year through June" and "the past 12
#   months" (in a text whose latest monthly figure is June's) are July 2028 - June 2029; "the
#   year ended May 2029" is June 2028 - May 2029 (eleventh set).
# - To-date totals: "year-to-date", "YTD" and "so far this year" in a text whose latest
#   monthly figure is June's are January-June 2029 (the publication date is accepted as the
#   end too, as in the eleventh set); "so far this year" in a text that names no month ends
#   DC. A season to date ("so far in the 2029/30 season, which began on July 1 ... as of July
#   16") starts on the season's first day, end DC (twelfth set); "at the same point last
#   season" is an implied basis (b DC), its amount an optional base record.
# - Days and weeks: "July 1-10" and "July 1-15" are those days of July 2029; "June 1-15",
#   used as a base, is 2029-06-01 to 2029-06-15 (an implied basis, b DC). "Last week" is the
#   Monday-Sunday week before the publication week, 2029-07-09 to 2029-07-15 (a Sunday-
#   Saturday week, 2029-07-08 to 2029-07-14, is accepted too); "the week before" is the week
#   before that. "The week to July 13" ends 2029-07-13 and "the four weeks to July 15" end
#   2029-07-15, start DC, like the twelfth set's "week ended March 8".
# - Back-references: "in the same period", "in the six months", "in the quarter", "in the
#   month" take the period of the paragraph's earlier figure; "in June alone", "in May
#   alone" are that one month (a part of a larger total given before, itself a record).
# - Amounts: "bn", "bln" and "billion" are 10^9; "mn", "mln" and "million" 10^6; "tn",
#   "trln" and "trillion" 10^12; "lakh crore" 10^12 and "crore" 10^7 (tenth set); "half a
#   billion dollars" is 500 million USD. "US$", "USD" (before or after a space: "USD 15.8
#   bn") and "$" are USD everywhere in this set; "¥" and "yen" in a Japanese text JPY; "Rs"
#   in an Indian text INR; "€" EUR, "£" GBP, "C$" CAD, "A$" AUD, "NZ$" NZD; "SAR" SAR;
#   "AED" in a UAE text AED; "KSh" in a Kenyan text KES; "N" before an amount in a Nigerian
#   text NGN (like "₦"); "zlotys" PLN. Qualifiers: "nearly US$2 billion" has vq nearly
#   (NEARLY); "more than 2.9 million tonnes" has volq more than (OVER); "crossed the $18bn
#   mark ..., reaching $18.2bn" is one record of the exact amount (the mark is no figure).
# - Volumes are given in tonnes whatever the unit written: "1,250,000 tonnes" is 1.25
#   million, "kt" and "thousand tonnes" are 10^3 tonnes ("1,482 thousand tonnes" = 1,482,000,
#   "212 kt" = 212,000), "MMT" and "million mt" are 10^6 metric tonnes, and "mt" after an
#   amount in Indian copy ("19.8 mt", as the oil ministry's PPAC writes) is million tonnes.
#   "bpd", "b/d", "barrels per day" and "barrels a day" are u BBL; an absolute change of such
#   a volume ("rose by 612,000 barrels per day") has byc the unit (BPD).
# - Percents: "9%", "9 per cent", "9 percent", "9pc", "9 pct", "nine per cent", "+9%",
#   "(+9%)" and "(−9%)" (with a Unicode minus) are all pct 9 with their direction. A change
#   by a fraction ("fell by a fifth", "plunged by a third", "rose by a fifth") is a change
#   with its number: d as stated, pct DC (the computed percent is accepted), cq DC; unlike
#   "doubled" without a value (eleventh set), it makes a record (required) even without a
#   value. "Nearly doubled", "nearly tripled" and "halved" keep the eleventh set's rule (d as
#   stated, pct DC, cq DC). A fraction or share of a whole ("about four-fifths of the
#   total", "making up about two-thirds of the total", "more than half of the total",
#   "nearly four-fifths of arrivals") makes no record and no qualifier.
# - Percentage points and basis points are never a change of a trade value: a share that
#   "fell to 72.4% from 76.5%, a drop of 4.1 percentage points", a growth rate "1.8
#   percentage points lower", an interest rate cut "by 25 basis points" make no record. A
#   tariff "raised by 10 percentage points to 35%" is one tariff record of 35 (the old rate,
#   not written, makes none).
# - Absolute changes with a qualifier ("fell by nearly C$2 billion"): by/byc, cq the
#   qualifier (NEARLY), pct DC.
# - A change given only as a direction and a new level ("widened to A$6.3 billion", "fell
#   to A$58.1 billion", "down to 212 kt"), with no base and no number, has d as stated
#   (DC for a deficit), pct and by DC, b DC, as the twelfth set's "widened to £20.4 billion".
# - A value restated in another currency WITH ITS OWN CHANGE ("€31.8bn, up 2.4% y/y ... In
#   zloty terms, exports rose 0.3% to 136.7 billion zlotys") is one record accepting either
#   amount and either change (b DC), plus an optional twin. A value with two changes of
#   different bases in a headline ("$2.9bn, -3.4% m/m, +7.1% y/y") is one record accepting
#   either direction, percent and basis, plus an optional twin (ninth set's rule).
# - Quarter-on-quarter and year-on-year of one quarterly value ("up 11.2% from Q4 2028 and
#   27.4% from Q1 2028"): bases named by their periods, so b DC; one record plus an optional
#   twin.
# - Chained comparisons ("up from 1.8% in May and 0.7% in April", "accelerating from 2.3%
#   growth in May and reversing a 4.0% decline in April", "after growing 3.1 percent in
#   January-March and 0.9 percent in Q4 2028, and shrinking 2.4 percent in the
#   July-September quarter of last year", "after a 6.3% decline in fiscal 2028", "after
#   rising 0.8% in April") make one optional record per earlier period (the tenth set's
#   rule, applied to each link); d DC unless the text gives it.
# - Registers: in a ministry's press release or a minister's quote, "our exports", "we
#   exported" have the ministry's economy as reporter and the ministry or minister as source
#   (a cabinet secretary, a promotion council's chief). Bullet-like lines and tables turned
#   to text ("Exports: US$49.8bn (+21.3% y/y). Imports: ... Trade surplus: US$11.2bn.",
#   "Deficit: €129.6bn.", "Taiwan trade, June (Ministry of Finance):", "THAILAND TRADE
#   (commerce ministry): June exports US$28.9bn, +11.3pc y/y; imports ...") make one record
#   per line item, the heading giving reporter, partner, period and source; "(+26.7%)"
#   without "y/y" has b DC. Trade-desk and headline lines follow the twelfth set's headline
#   rules ("vs US$2.90 bln f'cast" is no record; the body after the final dash is the source).
# - Corrections: "Correction: An earlier version of this story said ... rose 8% in May. They
#   rose 18%, to NZ$2.14 billion" makes the corrected record only (the wrong figure, like the
#   twelfth set's "correcting an earlier figure", makes none). A correction of a non-trade
#   figure (GDP) makes no record.
# - A partner named by exclusion ("countries other than the U.S.") has p DC.
# - Season and weekly data from consultancies and trackers (IKAR, Bloomberg tanker tracking,
#   LSEG ship-tracking, JODI, EIA weekly, Rosario Board of Trade) are trade figures with
#   that source, like the twelfth set's Kpler; "seaborne crude shipments" of an economy are
#   its exports. Crude output next to them makes no record.
# - Not trade figures either (near misses of this set): oil prices, crude output, GDP,
#   stock-exchange turnover, foreign-exchange market turnover and exchange rates, one
#   carmaker's or one dairy's sales and export revenue, a budget and its deficit, shares in
#   percentage points, inflation, interest rates in basis points, PMI export orders,
#   industrial output, crop forecasts in MMT, container freight rates, port throughput,
#   trade-expo deals, remittances, FDI, reserves, current accounts, retail sales, poll
#   forecasts in headline style, export targets (also in a first-person quote), a macro
#   table, the government's oil revenue, export finance by a bank, tariff-rate quotas,
#   USDA export forecasts for a fiscal year, domestic EV sales that "nearly tripled" and an
#   average export price.

# The names of economies, sources, units and qualifiers and the record helpers (OPT,
# TAR, YTD, Q, H, FYAM, FYJJ) that the tenth to twelfth sets defined mean the same here: they are taken from the twelfth set's cases rather
# than copied (twelfth/cases.py has their definitions and comments).
import importlib.util as _ilu, os as _os
_spec = _ilu.spec_from_file_location("_twelfth_cases", _os.path.join(
    _os.path.dirname(_os.path.abspath(__file__)), "..", "twelfth", "cases.py"))
_t12 = _ilu.module_from_spec(_spec)
_spec.loader.exec_module(_t12)
for _n in """
TON TONS BOTTLE ABOUT NEARLY OVER RECORD LOWEST QOQ US EU RU UAE KR GAC DPRK CN_KP
ASEAN UK EZ TR WORLD USDOC DESTATIS MOFJ MOTIE KCS KITA INCOM APEDA ONS STATCAN ABS
BRMIN INEGI VNNSO VNCUS VNAGRI BPS CBR BOLAT GASTAT CAAM BBL UNITS CRUDE LNG IC
CHIPS CARS SOY VN CH NZ ZA PH MAINLAND HIGHEST NODX ELEC NONELEC GARMENTS GRAIN
WATCH GAS KG CF GSO VASEP TWMOF ESG CSD MATRADE ITS PSA THMOC TREA FTI PBS APTMA EPB
SLEDB SLTB TURKSTAT CAPMAS NBSNG SARS NAAMSA KNBS HCD BCCH BCRP COMEXPERU INDEC BCR
DANE FNC STATSNZ SSB NSC FH BAZG UAMIN KZBNS KOTRA FDF JP SA CA MX IE TW HK AU EC MA
CHINA_HK EUROPE ID WIDEST NONOIL SEMIEQ KFOOD RAMYEON ALBUMS SOYB LUMBER ENERGY
MOTORV AUTO PETRO ARABICA ROBUSTA ELECCOMP PHONES TEXTILES PHOS AGRI BAG WINE KRAGRI
EUROSTAT CECAFE COCOBOD USDA AISTA SOVECON UCDA BPI VNMOIT CSO GUS BCE INAC IQOIL OC
NSOMN SCB KZMIN JETRO CBSIL KPLER OPT TAR YTD Q H FYAM FYJJ
""".split():
    globals()[_n] = getattr(_t12, _n)

# New in this (thirteenth) set.
PK = "Pakistan"
BD = "Bangladesh"
LK = "Sri Lanka"
KE = "Kenya"
NG = "Nigeria"
EG = "Egypt"
PL = "Poland"
CL = "Chile"
PE = "Peru"
AR = "Argentina"
BR = "Brazil"
DE = "Germany"
MY = "Malaysia"
TH = "Thailand"
SG = "Singapore"
UA = "Ukraine"
CN = "China"
IN = "India"
SCOT = UK + ["Scotland"]
AFRICA = ["Africa", "African"]
ATH = HIGHEST + ["all-time high"]
BPD = ["barrels per day", "bpd", "b/d", "barrels a day", "barrel", "barrels"]   # by-unit (exact)
MAGNETS = ["rare-earth magnets", "rare earth magnets", "magnets", "rare-earth magnet", "rare earth"]
BASMATI = ["basmati rice", "basmati"]
TEXCL = ["textile and clothing", "textiles and clothing", "textiles", "textile", "clothing"]
TEA = "tea"
APPAREL = ["apparel and textiles", "apparel", "textiles", "garments"]
AVOCADO = ["avocados", "avocado"]
COCONUT = ["coconut oil", "coconut"]
PALM = ["palm oil products", "palm oil", "palm"]
SOYMEAL = ["soymeal", "soybean meal", "soy meal", "soymeal"]
SCOTCH = ["Scotch whisky", "Scotch", "whisky"]
DAIRY = ["dairy", "dairy products"]
BLUEB = ["blueberries", "blueberry"]
BEEF = ["beef", "wagyu"]
STEEL = "steel"
KRMIN = MOTIE + ["trade minister", "minister"]
PKMIN = ["commerce minister", "Ministry of Commerce", "commerce ministry", "minister"]
PKCOM = PBS
EGMIN = ["minister of investment and foreign trade", "Ministry of Investment and Foreign Trade", "minister",
         "ministry"]
TRMIN = ["Trade Ministry", "Ministry of Trade", "trade minister"]
UAEMIN = ["Ministry of Economy", "Economy Ministry"]
KEAG = ["agriculture cabinet secretary", "cabinet secretary", "Ministry of Agriculture", "agriculture ministry"]
TBK = ["Tea Board of Kenya", "Tea Board"]
PPAC = ["Petroleum Planning and Analysis Cell", "PPAC", "oil ministry"]
EIA = ["Energy Information Administration", "EIA"]
IKAR = ["IKAR", "Institute for Agricultural Market Studies"]
LSEG = ["LSEG", "London Stock Exchange Group"]
JODI = ["Joint Organizations Data Initiative", "JODI"]
BBG = "Bloomberg"
SWA = ["Scotch Whisky Association", "SWA"]
DISR = ["Department of Industry, Science and Resources", "Department of Industry", "DISR"]
NEPC = ["Nigerian Export Promotion Council", "NEPC", "Export Promotion Council", "chief executive"]
MAFF = ["farm ministry", "Ministry of Agriculture, Forestry and Fisheries", "MAFF", "agriculture ministry"]
PEAG = ["agriculture ministry", "Ministry of Agrarian Development and Irrigation", "Midagri"]
PECOM = COMEXPERU + BCRP
JPBOTH = MOFJ + ["ministry"]
GSO13 = GSO

JUN = M(2029, 6)
Y28 = Y(2028)
MAY = M(2029, 5)
APR = M(2029, 4)
H1 = H(2029, 1)
Q1 = Q(2029, 1)
Q2 = Q(2029, 2)
YTD5 = YTD(2029, 5)
YTDJ = dict(ps="2029-01-01", pe=["2029-06-30", "2029-07-18"])   # year-to-date in a June text
FYAM28 = FYAM(2028)                         # Japan's fiscal 2028, India's 2028-29 ("last fiscal")
FYJJ28 = FYJJ(2028)                         # FY29 of Pakistan/Bangladesh, Egypt's 2028/29
R12JUN = PR("2028-07-01", "2029-06-30")     # the 12 months to June, the year through June
R12MAY = PR("2028-06-01", "2029-05-31")     # the year ended May 2029
AUS11 = PR("2028-07-01", "2029-05-31")      # the 11 months to May
M3MAY = PR("2029-03-01", "2029-05-31")      # the three months to May
INAJ = PR("2029-04-01", "2029-06-30")       # India's April-June
USFY28 = PR("2027-10-01", "2028-09-30")     # US federal fiscal 2028
USFY29_8 = PR("2028-10-01", "2029-05-31")   # first eight months of US fiscal 2029
JUL10 = PR("2029-07-01", "2029-07-10")
JUL15 = PR("2029-07-01", "2029-07-15")
JUN15 = PR("2029-06-01", "2029-06-15")
LASTWK = dict(ps=["2029-07-09", "2029-07-08"], pe=["2029-07-15", "2029-07-14"])
WKBEFORE = dict(ps=["2029-07-02", "2029-07-01"], pe=["2029-07-08", "2029-07-07"])

POS = [
    # ---------------------------------------------------------------- Japan
    # P01 Reuters Tokyo: a chained comparison ("up from 1.8% in May and 0.7% in April").
    ("Japan's exports rose 4.6% year-on-year in June to ¥9.42 trillion, Ministry of Finance data "
     "showed on Wednesday, up from 1.8% in May and 0.7% in April. Imports fell 2.1% to ¥9.18 trillion, "
     "leaving a trade surplus of ¥240 billion, the first in three months.",
     [R(f="export", r=JP, v=9.42e12, cur="JPY", d="up", pct=4.6, b="yoy", src=MOFJ, **JUN),
      OPT(f="export", r=JP, pct=1.8, **MAY),
      OPT(f="export", r=JP, pct=0.7, **APR),
      R(f="import", r=JP, v=9.18e12, cur="JPY", d="down", pct=2.1, b=DC, src=MOFJ, **JUN),
      R(f="balance", r=JP, v=240e9, cur="JPY", bal="surplus", src=MOFJ, **JUN)]),

    # P02 Kyodo: "trln yen", "pct", a first-half deficit down by a percent, "in the six months".
    ("Japan logged a trade deficit of 1.62 trln yen in the January-June period, down 41 pct from a year "
     "earlier and the smallest for a first half since 2021, the Finance Ministry said. Exports in the "
     "six months grew 3.1 pct to 53.80 trln yen, while imports edged up 0.9 pct to 55.42 trln yen.",
     [R(f="balance", r=JP, v=1.62e12, cur="JPY", vq=LOWEST, bal="deficit", d=DC, pct=41, b="yoy", src=MOFJ,
        **H1),
      R(f="export", r=JP, v=53.80e12, cur="JPY", d="up", pct=3.1, b=DC, src=MOFJ, **H1),
      R(f="import", r=JP, v=55.42e12, cur="JPY", d="up", pct=0.9, cq=DC, b=DC, src=MOFJ, **H1)]),

    # P03 Nikkei Asia: Japan's April-June quarter, fiscal 2028 as a compared period, value and volume.
    ("Japan's car exports to the United States fell 8.2% by value in the April-June quarter to ¥1.41 "
     "trillion, the Finance Ministry said, after a 6.3% decline in fiscal 2028, which ended in March. By "
     "volume, shipments dropped 3.9% in the quarter to 312,400 vehicles.",
     [R(f="export", r=JP, p=US, c=CARS, v=1.41e12, cur="JPY", vol=DC, u=DC, d="down", pct=8.2, b=DC,
        src=MOFJ, **Q2),
      OPT(f="export", r=JP, p=US, c=CARS, d="down", pct=6.3, **FYAM28),
      R(f="export", r=JP, p=US, c=CARS, vol=312400, u=UNITS, v=DC, cur=DC, d="down", pct=3.9, b=DC,
        src=MOFJ, **Q2)]),

    # P04 single sentence: "nearly tripled" with a value.
    ("Japan's imports of liquefied natural gas from the United States nearly tripled in the first half "
     "to ¥612 billion, Ministry of Finance data showed, as utilities replaced cargoes from Russia's "
     "Sakhalin-2 project.",
     [R(f="import", r=JP, p=US, c=LNG, v=612e9, cur="JPY", d="up", pct=DC, cq=DC, b=DC, src=MOFJ, **H1)]),

    # P05 single sentence: "¥2.1 trillion", the reporter inside a relative clause, "led by".
    ("Exports to China, which overtook the United States as Japan's biggest market again last year, "
     "rose 11.4% in June to ¥2.1 trillion, the ministry's data showed, led by chipmaking equipment.",
     [R(f="export", r=JP, p=CN, v=2.1e12, cur="JPY", d="up", pct=11.4, b=DC, src=DC, **JUN)]),

    # P06 single sentence: a Japanese fiscal year named as "the April-March year".
    ("Japan's beef exports rose 14% to a record ¥71.2 billion in fiscal 2028, the April-March year, farm "
     "ministry data showed, with Taiwan and the United States the biggest buyers.",
     [R(f="export", r=JP, c=BEEF, v=71.2e9, cur="JPY", vq=RECORD, d="up", pct=14, b=DC, src=MAFF,
        **FYAM28)]),

    # ---------------------------------------------------------------- South Korea
    # P07 single sentence, headline style: "USD 15.8 bn", July 1-10.
    ("S. Korea July 1-10 exports USD 15.8 bn, +7.2% y/y; chips +24.6%, autos -11.3% - Korea Customs "
     "Service",
     [R(f="export", r=KR, v=15.8e9, cur="USD", d="up", pct=7.2, b="yoy", src=KCS, **JUL10),
      R(f="export", r=KR, c=CHIPS, d="up", pct=24.6, b=DC, src=KCS, **JUL10),
      R(f="export", r=KR, c=CARS + AUTO, d="down", pct=11.3, b=DC, src=KCS, **JUL10)]),

    # P08 a ministry press release turned into bullet-like sentences.
    ("According to a press release from South Korea's Ministry of Trade, Industry and Energy: Exports in "
     "June rose 6.1% year-on-year to US$59.3 billion, the 13th consecutive monthly increase. First-half "
     "exports reached US$342.7 billion, an all-time high for any half. The trade balance recorded a "
     "US$8.4 billion surplus in June, the 14th straight monthly surplus.",
     [R(f="export", r=KR, v=59.3e9, cur="USD", d="up", pct=6.1, b="yoy", src=MOTIE, **JUN),
      R(f="export", r=KR, v=342.7e9, cur="USD", vq=ATH, src=MOTIE, **H1),
      R(f="balance", r=KR, v=8.4e9, cur="USD", bal="surplus", src=MOTIE, **JUN)]),

    # P09 single sentence, Yonhap: a chain of quarters ("Q4 2028", "the July-September quarter of
    # last year").
    ("South Korea's exports in the April-June quarter rose 7.8 percent on-year to $178.4 billion, after "
     "growing 3.1 percent in January-March and 0.9 percent in Q4 2028, and shrinking 2.4 percent in the "
     "July-September quarter of last year, data from the Korea International Trade Association showed.",
     [R(f="export", r=KR, v=178.4e9, cur="USD", d="up", pct=7.8, b="yoy", src=KITA, **Q2),
      OPT(f="export", r=KR, d="up", pct=3.1, **Q1),
      OPT(f="export", r=KR, d="up", pct=0.9, **Q(2028, 4)),
      OPT(f="export", r=KR, d="down", pct=2.4, **Q(2028, 3))]),

    # P10 single sentence: a minister's quote, first person, "nearly doubled" with a value.
    ("\"Our semiconductor exports nearly doubled in the first half, to US$88.1 billion, thanks to demand "
     "for high-bandwidth memory,\" South Korea's trade minister told reporters on Monday.",
     [R(f="export", r=KR, c=CHIPS, v=88.1e9, cur="USD", d="up", pct=DC, cq=DC, b=DC, src=KRMIN, **H1)]),

    # ---------------------------------------------------------------- China
    # P11 single sentence: "$1.82tn", "$550bn", a record for the half.
    ("China's exports rose 5.8% in the first half to $1.82tn, customs data showed on Friday, while "
     "imports slipped 1.4% to $1.27tn, leaving a surplus of $550bn, a record for any six-month period.",
     [R(f="export", r=CN, v=1.82e12, cur="USD", d="up", pct=5.8, b=DC, src=GAC, **H1),
      R(f="import", r=CN, v=1.27e12, cur="USD", d="down", pct=1.4, b=DC, src=GAC, **H1),
      R(f="balance", r=CN, v=550e9, cur="USD", vq=HIGHEST, bal="surplus", src=GAC, **H1)]),

    # P12 barrels per day restated in tonnes in a later sentence, a May base.
    ("China's crude oil imports rose to 11.62 million barrels per day in June, up from 10.9 million bpd "
     "in May, customs data showed. In tonnage terms, June imports were 47.6 million tonnes.",
     [R(f="import", r=CN, c=CRUDE, vol=[11.62e6, 47.6e6], u=BBL + [TON], d="up", pct=DC, by=DC, b=DC,
        src=GAC, **JUN),
      OPT(f="import", r=CN, c=CRUDE, vol=[11.62e6, 47.6e6], u=BBL + [TON], **JUN),
      OPT(f="import", r=CN, c=CRUDE, vol=10.9e6, u=BBL, **MAY)]),

    # P13 single sentence: "halved" with a volume.
    ("China's exports of rare-earth magnets to the United States halved in May from a year earlier to "
     "1,180 tonnes, according to customs data, as export licensing slowed shipments.",
     [R(f="export", r=CN, p=US, c=MAGNETS, vol=1180, u=TON, d="down", pct=DC, cq=DC, b="yoy", src=GAC,
        **MAY)]),

    # P14 single sentence: "MMT", "H1", "per GAC data", a share as "two-thirds".
    ("China imported 61.2 MMT of soybeans in H1, up 3.4% y/y, per GAC data, with Brazilian beans making "
     "up about two-thirds of the total.",
     [R(f="import", r=CN, c=SOY, vol=61.2e6, u=TON, d="up", pct=3.4, b="yoy", src=GAC, **H1)]),

    # ---------------------------------------------------------------- Taiwan
    # P15 a numbers table turned to text, year-to-date.
    ("Taiwan trade, June (Ministry of Finance): Exports: US$49.8bn (+21.3% y/y). Imports: US$38.6bn "
     "(+14.0% y/y). Trade surplus: US$11.2bn. Year-to-date exports: US$281.4bn (+26.7%).",
     [R(f="export", r=TW, v=49.8e9, cur="USD", d="up", pct=21.3, b="yoy", src=TWMOF, **JUN),
      R(f="import", r=TW, v=38.6e9, cur="USD", d="up", pct=14.0, b="yoy", src=TWMOF, **JUN),
      R(f="balance", r=TW, v=11.2e9, cur="USD", bal="surplus", src=TWMOF, **JUN),
      R(f="export", r=TW, v=281.4e9, cur="USD", d="up", pct=26.7, b=DC, src=TWMOF, **YTDJ)]),

    # ---------------------------------------------------------------- India
    # P16 Economic Times: dollars restated as "Rs 3.24 lakh crore" in a later sentence.
    ("India's merchandise exports rose 7.4% to $38.9 billion in June, while imports fell 2.6% to $57.1 "
     "billion, narrowing the trade deficit to $18.2 billion, the commerce ministry said on Monday. In "
     "rupee terms, exports stood at Rs 3.24 lakh crore.",
     [R(f="export", r=IN, c=DC, v=[38.9e9, 3.24e12], cur=["USD", "INR"], d="up", pct=7.4, b=DC, src=INCOM,
        **JUN),
      OPT(f="export", r=IN, c=DC, v=[38.9e9, 3.24e12], cur=["USD", "INR"], **JUN),
      R(f="import", r=IN, c=DC, v=57.1e9, cur="USD", d="down", pct=2.6, b=DC, src=INCOM, **JUN),
      R(f="balance", r=IN, c=DC, v=18.2e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, b=DC, src=INCOM,
        **JUN)]),

    # P17 single sentence: "April-June, the first quarter of 2029-30", "the same period last
    # fiscal", "9 per cent", an estimate of services.
    ("India's exports of goods in April-June, the first quarter of 2029-30, rose 5.1 per cent to $112.6 "
     "billion from the same period last fiscal, while services exports were estimated at $104.3 billion, "
     "up 9 per cent, commerce ministry data showed.",
     [R(f="export", r=IN, c=DC, v=112.6e9, cur="USD", d="up", pct=5.1, b="yoy", src=INCOM, **INAJ),
      R(f="export", r=IN, c="services", v=104.3e9, cur="USD", vq=DC, d="up", pct=9, cq=DC, b=DC,
        src=INCOM, **INAJ)]),

    # P18 single sentence: "9pc", "Rs 52,480 crore", "last fiscal", a record volume without change.
    ("India's basmati rice exports rose 9pc to Rs 52,480 crore last fiscal, APEDA data showed, with "
     "volumes at a record 6.1 million tonnes as buyers in Iran and Saudi Arabia stocked up.",
     [R(f="export", r=IN, c=BASMATI, v=524.8e9, cur="INR", vol=[6.1e6, None], u=[TON, None], volq=DC,
        d="up", pct=9, b=DC, src=APEDA, **FYAM28),
      OPT(f="export", r=IN, c=BASMATI, vol=6.1e6, u=TON, volq=DC, v=[None, 524.8e9], cur=[None, "INR"],
          **FYAM28)]),

    # P19 single sentence: "mt" in Indian copy (million tonnes).
    ("India's crude oil imports fell 3.2% year-on-year to 19.8 mt in June, data from the oil ministry's "
     "Petroleum Planning and Analysis Cell showed, while imports of petroleum products rose 6.1% to 4.7 "
     "mt.",
     [R(f="import", r=IN, c=CRUDE, vol=19.8e6, u=TON, d="down", pct=3.2, b="yoy", src=PPAC, **JUN),
      R(f="import", r=IN, c=PETRO, vol=4.7e6, u=TON, d="up", pct=6.1, b=DC, src=PPAC, **JUN)]),

    # ---------------------------------------------------------------- Pakistan, Bangladesh, Sri Lanka
    # P20 single sentence: "the fiscal year that ended on June 30 (FY29)", a widening deficit.
    ("Pakistan's exports rose 6.8% to $34.9 billion in the fiscal year that ended on June 30 (FY29), the "
     "Pakistan Bureau of Statistics said, while imports grew 9.1% to $58.3 billion, widening the trade "
     "deficit to $23.4 billion.",
     [R(f="export", r=PK, v=34.9e9, cur="USD", d="up", pct=6.8, b=DC, src=PBS, **FYJJ28),
      R(f="import", r=PK, v=58.3e9, cur="USD", d="up", pct=9.1, b=DC, src=PBS, **FYJJ28),
      R(f="balance", r=PK, v=23.4e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, b=DC, src=PBS,
        **FYJJ28)]),

    # P21 a minister's quote in first person, "crossed the $18bn mark", "In June alone", "12pc".
    ("\"Our textile and clothing exports crossed the $18bn mark for the first time in FY29, reaching "
     "$18.2bn,\" Pakistan's commerce minister said in a statement. \"In June alone, we exported textiles "
     "worth $1.6bn, 12pc more than a year ago.\"",
     [R(f="export", r=PK, c=TEXCL, v=18.2e9, cur="USD", src=PKMIN, **FYJJ28),
      R(f="export", r=PK, c=TEXCL, v=1.6e9, cur="USD", d="up", pct=12, b="yoy", src=PKMIN, **JUN)]),

    # P22 single sentence, headline style: one value with a m/m and a y/y change.
    ("Pakistan June exports $2.9bn, -3.4% m/m, +7.1% y/y - PBS",
     [R(f="export", r=PK, v=2.9e9, cur="USD", d=["down", "up"], pct=[3.4, 7.1], b=["mom", "yoy"], src=PBS,
        **JUN),
      OPT(f="export", r=PK, v=2.9e9, cur="USD", **JUN)]),

    # P23 Dhaka Tribune: "the year through June", a share "about four-fifths", "In June alone".
    ("Bangladesh's export earnings rose 8.4% to $48.3bn in the year through June, the Export Promotion "
     "Bureau said, with readymade garments fetching $39.7bn, or about four-fifths of the total. In June "
     "alone, exports fell 3.1% to $3.8bn as Eid holidays shut factories for more than a week.",
     [R(f="export", r=BD, v=48.3e9, cur="USD", d="up", pct=8.4, b=DC, src=EPB, **R12JUN),
      R(f="export", r=BD, c=GARMENTS, v=39.7e9, cur="USD", src=EPB, **R12JUN),
      R(f="export", r=BD, v=3.8e9, cur="USD", d="down", pct=3.1, b=DC, src=EPB, **JUN)]),

    # P24 Daily FT (Colombo): "in the same period" referring back.
    ("Sri Lanka's merchandise exports in the first five months of 2029 rose 6.2% to US$5.41 billion, the "
     "Export Development Board said. Tea exports brought in US$612 million in the same period, while "
     "apparel and textiles earned US$2.14 billion, down 1.7%.",
     [R(f="export", r=LK, c=DC, v=5.41e9, cur="USD", d="up", pct=6.2, b=DC, src=SLEDB, **YTD5),
      R(f="export", r=LK, c=TEA, v=612e6, cur="USD", src=SLEDB, **YTD5),
      R(f="export", r=LK, c=APPAREL, v=2.14e9, cur="USD", d="down", pct=1.7, b=DC, src=SLEDB, **YTD5)]),

    # ---------------------------------------------------------------- Africa
    # P25 single sentence, Business Daily: "KSh", a base of the same period of 2028, value and volume
    # with different changes.
    ("Kenya's tea export earnings rose 13.5% to KSh 78.4 billion in the first five months of the year, "
     "from KSh 69.1 billion in the same period of 2028, the Tea Board of Kenya said, while volumes rose a "
     "more modest 2.1% to 243,000 tonnes.",
     [R(f="export", r=KE, c=TEA, v=78.4e9, cur="KES", vol=DC, u=DC, d="up", pct=13.5, b=DC, src=TBK,
        **YTD5),
      OPT(f="export", r=KE, c=TEA, v=69.1e9, cur="KES", **YTD(2028, 5)),
      R(f="export", r=KE, c=TEA, vol=243000, u=TON, v=DC, cur=DC, d="up", pct=2.1, b=DC, src=TBK,
        **YTD5)]),

    # P26 single sentence: a cabinet secretary's quote, "We shipped", "45,000 tonnes", "in May alone".
    ("\"We shipped 45,000 tonnes of avocados in May alone, 30% more than in May last year, and China is "
     "now our third-largest market,\" Kenya's agriculture cabinet secretary told a news conference on "
     "Tuesday.",
     [R(f="export", r=KE, c=AVOCADO, vol=45000, u=TON, d="up", pct=30, b=DC, src=KEAG, **MAY)]),

    # P27 Premium Times: "N38.6 trillion", "Q1 2029", two changes of one quarterly value, parts.
    ("Nigeria's total merchandise trade stood at N38.6 trillion in Q1 2029, up 11.2% from Q4 2028 and "
     "27.4% from Q1 2028, the National Bureau of Statistics said. Exports accounted for N22.9 trillion, "
     "of which crude oil exports were N17.1 trillion, while imports were N15.7 trillion.",
     [R(f="total", r=NG, c=DC, v=38.6e12, cur="NGN", d="up", pct=[11.2, 27.4], b=DC, src=NBSNG, **Q1),
      OPT(f="total", r=NG, c=DC, v=38.6e12, cur="NGN", **Q1),
      R(f="export", r=NG, c=DC, v=22.9e12, cur="NGN", src=NBSNG, **Q1),
      R(f="export", r=NG, c=CRUDE, v=17.1e12, cur="NGN", src=NBSNG, **Q1),
      R(f="import", r=NG, c=DC, v=15.7e12, cur="NGN", src=NBSNG, **Q1)]),

    # P28 a promotion council's chief quoted across a split quote, "$1.2bn", "of that".
    ("\"Non-oil exports grew 21% to $3.1 billion in the first half,\" the chief executive of the "
     "Nigerian Export Promotion Council told reporters in Abuja on Tuesday, \"and cocoa accounted for "
     "$1.2bn of that.\"",
     [R(f="export", r=NG, c=NONOIL, v=3.1e9, cur="USD", d="up", pct=21, b=DC, src=NEPC, **H1),
      R(f="export", r=NG, c="cocoa", v=1.2e9, cur="USD", src=NEPC, **H1)]),

    # P29 Ahram Online: "per cent", a narrowing deficit, a context sentence in basis points.
    ("Egypt's exports rose 14.6 per cent year-on-year in April to $3.72 billion, the statistics agency "
     "CAPMAS said, while imports fell 4.3 per cent to $7.65 billion, narrowing the trade deficit to $3.93 "
     "billion. The central bank cut its key rate by 100 basis points on Thursday.",
     [R(f="export", r=EG, v=3.72e9, cur="USD", d="up", pct=14.6, b="yoy", src=CAPMAS, **APR),
      R(f="import", r=EG, v=7.65e9, cur="USD", d="down", pct=4.3, b=DC, src=CAPMAS, **APR),
      R(f="balance", r=EG, v=3.93e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, b=DC, src=CAPMAS,
        **APR)]),

    # P30 single sentence: a minister's quote, Egypt's fiscal 2028/29, "rose by a fifth" without a value.
    ("\"Egypt's non-oil exports hit a record $36.1 billion in fiscal 2028/29, up 12% on the previous "
     "year,\" the minister of investment and foreign trade said in a statement on Sunday, adding that "
     "shipments to Africa rose by a fifth.",
     [R(f="export", r=EG, c=NONOIL, v=36.1e9, cur="USD", vq=RECORD, d="up", pct=12, b=DC, src=EGMIN,
        **FYJJ28),
      R(f="export", r=EG, p=AFRICA, c=NONOIL, d="up", pct=DC, cq=DC, b=DC, src=EGMIN, **FYJJ28)]),

    # P31 single sentence: "1,250,000 tonnes", a base in May last year, a share "four-fifths".
    ("Egypt imported 1,250,000 tonnes of wheat in May, up from 980,000 tonnes in May last year, according "
     "to LSEG ship-tracking data, with Russian grain making up nearly four-fifths of arrivals.",
     [R(f="import", r=EG, c="wheat", vol=1.25e6, u=TON, d="up", pct=DC, by=DC, b=DC, src=LSEG, **MAY),
      OPT(f="import", r=EG, c="wheat", vol=980000, u=TON, **M(2028, 5))]),

    # ---------------------------------------------------------------- Gulf, Turkey
    # P32 Arab News: "SAR 89.4 billion", a share in percentage points (no record).
    ("Saudi Arabia's merchandise exports fell 7.8% year-on-year in April to SAR 89.4 billion as oil "
     "exports dropped 12.1%, the General Authority for Statistics said. Non-oil exports, including "
     "re-exports, rose 6.3% to SAR 24.7 billion. The share of oil in total exports fell to 72.4% from "
     "76.5% a year earlier, a drop of 4.1 percentage points.",
     [R(f="export", r=SA, c=DC, v=89.4e9, cur="SAR", d="down", pct=7.8, b="yoy", src=GASTAT, **APR),
      R(f="export", r=SA, c=CRUDE, d="down", pct=12.1, b=DC, src=GASTAT, **APR),
      R(f="export", r=SA, c=NONOIL, v=24.7e9, cur="SAR", d="up", pct=6.3, b=DC, src=GASTAT, **APR)]),

    # P33 single sentence: JODI barrels per day, a base in April, output (no record).
    ("Saudi Arabia's crude exports rose to 6.41 million bpd in May from 6.02 million bpd in April, Joint "
     "Organizations Data Initiative figures showed, even as output held at 9.2 million bpd.",
     [R(f="export", r=SA, c=CRUDE, vol=6.41e6, u=BBL, d="up", pct=DC, by=DC, b=DC, src=JODI, **MAY),
      OPT(f="export", r=SA, c=CRUDE, vol=6.02e6, u=BBL, **APR)]),

    # P34 WAM-style government release: "AED 1.74 trillion", one-line sentences.
    ("The UAE's non-oil foreign trade reached AED 1.74 trillion in the first half of 2029, up 16.2% "
     "year-on-year, the Ministry of Economy said in a statement. Non-oil exports hit a record AED 341 "
     "billion. Re-exports reached AED 512 billion. Imports totalled AED 887 billion.",
     [R(f="total", r=UAE, c=NONOIL, v=1.74e12, cur="AED", d="up", pct=16.2, b="yoy", src=UAEMIN, **H1),
      R(f="export", r=UAE, c=NONOIL, v=341e9, cur="AED", vq=RECORD, src=UAEMIN, **H1),
      R(f="export", r=UAE, c=DC, v=512e9, cur="AED", src=UAEMIN, **H1),
      R(f="import", r=UAE, c=DC, v=887e9, cur="AED", src=UAEMIN, **H1)]),

    # P35 Daily Sabah: preliminary figures, the first half, "the past 12 months".
    ("Türkiye's exports rose 9.3% year-on-year to $22.4 billion in June, the Trade Ministry said, citing "
     "preliminary figures. In the first half, exports reached $131.6 billion, up 4.7%, while the foreign "
     "trade deficit narrowed 18.5% to $38.2 billion. Exports over the past 12 months totalled a record "
     "$268.3 billion.",
     [R(f="export", r=TR, v=22.4e9, cur="USD", vq=DC, d="up", pct=9.3, b="yoy", src=TRMIN, **JUN),
      R(f="export", r=TR, v=131.6e9, cur="USD", vq=DC, d="up", pct=4.7, b=DC, src=TRMIN, **H1),
      R(f="balance", r=TR, v=38.2e9, cur="USD", vq=DC, bal="deficit", d=DC, pct=18.5, b=DC, src=TRMIN,
        **H1),
      R(f="export", r=TR, v=268.3e9, cur="USD", vq=DC, src=TRMIN, **R12JUN)]),

    # ---------------------------------------------------------------- Europe
    # P36 Notes from Poland: "€31.8bn", a zloty restatement with its own change.
    ("Poland's exports in May were worth €31.8bn, up 2.4% y/y, while imports fell 1.1% to €30.9bn, "
     "giving a surplus of €0.9bn, statistics office GUS said. In zloty terms, exports rose 0.3% to 136.7 "
     "billion zlotys.",
     [R(f="export", r=PL, v=[31.8e9, 136.7e9], cur=["EUR", "PLN"], d="up", pct=[2.4, 0.3], b=DC, src=GUS,
        **MAY),
      OPT(f="export", r=PL, v=[31.8e9, 136.7e9], cur=["EUR", "PLN"], **MAY),
      R(f="import", r=PL, v=30.9e9, cur="EUR", d="down", pct=1.1, b=DC, src=GUS, **MAY),
      R(f="balance", r=PL, v=0.9e9, cur="EUR", bal="surplus", src=GUS, **MAY)]),

    # P37 Reuters Brussels: "€14.3bn", a base named by its period, "broadly unchanged".
    ("The euro zone posted a €14.3bn trade surplus with the rest of the world in May, down from €18.9bn "
     "in May 2028, Eurostat said. Exports fell 1.9% y/y to €241.6bn, while imports were broadly "
     "unchanged at €227.3bn.",
     [R(f="balance", r=EZ, p=WORLD, c=DC, v=14.3e9, cur="EUR", bal="surplus", d="down", pct=DC, by=DC,
        b=DC, src=EUROSTAT, **MAY),
      OPT(f="balance", r=EZ, p=WORLD, c=DC, v=18.9e9, cur="EUR", bal="surplus", **M(2028, 5)),
      R(f="export", r=EZ, c=DC, v=241.6e9, cur="EUR", d="down", pct=1.9, b="yoy", src=EUROSTAT, **MAY),
      R(f="import", r=EZ, c=DC, v=227.3e9, cur="EUR", d=DC, pct=[None, 0], b=DC, src=EUROSTAT, **MAY)]),

    # P38 a table of EU-China trade with a Unicode minus.
    ("EU-China goods trade, January-May (Eurostat): Imports from China: €212.7bn (+6.4%). Exports to "
     "China: €83.1bn (−9.8%). Deficit: €129.6bn.",
     [R(f="import", r=EU, p=CN, c=DC, v=212.7e9, cur="EUR", d="up", pct=6.4, b=DC, src=EUROSTAT, **YTD5),
      R(f="export", r=EU, p=CN, c=DC, v=83.1e9, cur="EUR", d="down", pct=9.8, b=DC, src=EUROSTAT, **YTD5),
      R(f="balance", r=EU, p=CN, c=DC, v=129.6e9, cur="EUR", bal="deficit", src=EUROSTAT, **YTD5)]),

    # P39 Reuters Berlin: month-on-month, "after rising 0.8% in April", the lowest since.
    ("German exports fell 1.4% on the month in May to €129.7 billion, the Federal Statistical Office "
     "said, after rising 0.8% in April. Exports to the United States slumped 6.2% month-on-month to "
     "€11.4 billion, their lowest since early 2022, while those to China rose 1.1% to €6.9 billion.",
     [R(f="export", r=DE, v=129.7e9, cur="EUR", d="down", pct=1.4, b="mom", src=DESTATIS, **MAY),
      OPT(f="export", r=DE, d="up", pct=0.8, **APR),
      R(f="export", r=DE, p=US, v=11.4e9, cur="EUR", vq=LOWEST, d="down", pct=6.2, b="mom", src=DESTATIS,
        **MAY),
      R(f="export", r=DE, p=CN, v=6.9e9, cur="EUR", d="up", pct=1.1, b=DC, src=DESTATIS, **MAY)]),

    # P40 The Guardian: "£1.1bn, or 1.8%", "the three months to May", a deficit widened by.
    ("UK goods exports fell £1.1bn, or 1.8%, to £59.4bn in the three months to May, the Office for "
     "National Statistics said, while imports rose 0.6% to £96.2bn. The goods trade deficit widened by "
     "£1.7bn to £36.8bn.",
     [R(f="export", r=UK, c=DC, v=59.4e9, cur="GBP", d="down", pct=1.8, by=1.1e9, byc="GBP", b=DC, src=ONS,
        **M3MAY),
      R(f="import", r=UK, c=DC, v=96.2e9, cur="GBP", d="up", pct=0.6, b=DC, src=ONS, **M3MAY),
      R(f="balance", r=UK, c=DC, v=36.8e9, cur="GBP", bal="deficit", d=DC, pct=DC, by=1.7e9, byc="GBP",
        b=DC, src=ONS, **M3MAY)]),

    # P41 The Scotsman: "calendar 2028", "nine per cent" spelled out, bottles.
    ("Scotch whisky exports fell 3.9 per cent to £5.2bn in calendar 2028, the Scotch Whisky Association "
     "said, with shipments to the US, the largest market, down nine per cent. The number of bottles "
     "exported fell 2.1 per cent to 1.37 billion.",
     [R(f="export", r=SCOT, c=SCOTCH, v=5.2e9, cur="GBP", vol=DC, u=DC, d="down", pct=3.9, b=DC, src=SWA,
        **Y28),
      R(f="export", r=SCOT, p=US, c=SCOTCH, d="down", pct=9, b=DC, src=SWA, **Y28),
      R(f="export", r=SCOT, c=SCOTCH, vol=1.37e9, u=BOTTLE, v=DC, cur=DC, d="down", pct=2.1, b=DC, src=SWA,
        **Y28)]),

    # P42 Interfax: "last week" against "the week before".
    ("Russian wheat exports fell to 470,000 tonnes last week from 610,000 tonnes the week before, "
     "consultancy IKAR said, as farmers held back new-crop grain.",
     [R(f="export", r=RU, c="wheat", vol=470000, u=TON, d="down", pct=DC, by=DC, b=DC, src=IKAR, **LASTWK),
      OPT(f="export", r=RU, c="wheat", vol=610000, u=TON, **WKBEFORE)]),

    # P43 single sentence: tanker tracking, "the four weeks to July 15", an absolute change in
    # barrels a day.
    ("Russia's seaborne crude shipments averaged 3.28 million barrels a day in the four weeks to July 15, "
     "down 110,000 barrels a day from the period to July 8, according to tanker-tracking data compiled "
     "by Bloomberg.",
     [R(f="export", r=RU, c=CRUDE, vol=3.28e6, u=BBL, volq=DC, d="down", pct=DC, by=110000, byc=BPD, b=DC,
        src=BBG, ps=DC, pe="2029-07-15")]),

    # P44 Reuters Kyiv: a season to date "as of July 16", a part.
    ("Ukraine's grain exports so far in the 2029/30 season, which began on July 1, reached 1.38 million "
     "tonnes as of July 16, down from 1.71 million tonnes at the same point last season, agriculture "
     "ministry data showed. Wheat accounted for 905,000 tonnes.",
     [R(f="export", r=UA, c=GRAIN, vol=1.38e6, u=TON, d="down", pct=DC, by=DC, b=DC, src=UAMIN,
        ps="2029-07-01", pe=DC),
      OPT(f="export", r=UA, c=GRAIN, vol=1.71e6, u=TON, ps="2028-07-01", pe=DC),
      R(f="export", r=UA, c="wheat", vol=905000, u=TON, src=UAMIN, ps="2029-07-01", pe=DC)]),

    # ---------------------------------------------------------------- United States, Canada
    # P45 AP: "$61.3bn", a revised April base, semicolons.
    ("The U.S. trade deficit shrank to $61.3bn in May from a revised $68.9bn in April, the Commerce "
     "Department said. Exports climbed 1.2% to $281.6bn; imports fell 1.2% to $342.9bn.",
     [R(f="balance", r=US, c=DC, v=61.3e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, b=DC, src=USDOC,
        **MAY),
      OPT(f="balance", r=US, c=DC, v=68.9e9, cur="USD", bal="deficit", **APR),
      R(f="export", r=US, c=DC, v=281.6e9, cur="USD", d="up", pct=1.2, b=DC, src=USDOC, **MAY),
      R(f="import", r=US, c=DC, v=342.9e9, cur="USD", d="down", pct=1.2, b=DC, src=USDOC, **MAY)]),

    # P46 Successful Farming: the US federal fiscal year (October-September).
    ("U.S. agricultural exports totaled $171.2 billion in fiscal 2028, which ended Sept. 30, while farm "
     "imports reached $215.4 billion, leaving a record agricultural trade deficit of $44.2 billion, "
     "according to USDA data. In the first eight months of fiscal 2029, October through May, farm "
     "exports slipped 3.8% to $111.6 billion from the same period a year earlier.",
     [R(f="export", r=US, c=AGRI, v=171.2e9, cur="USD", src=USDA, **USFY28),
      R(f="import", r=US, c=AGRI, v=215.4e9, cur="USD", src=USDA, **USFY28),
      R(f="balance", r=US, c=AGRI, v=44.2e9, cur="USD", vq=WIDEST, bal="deficit", src=USDA, **USFY28),
      R(f="export", r=US, c=AGRI, v=111.6e9, cur="USD", d="down", pct=3.8, cq=DC, b="yoy", src=USDA,
        **USFY29_8)]),

    # P47 single sentence: EIA weekly, "the week to July 13", a change in barrels per day.
    ("U.S. crude oil exports rose by 612,000 barrels per day to 4.63 million bpd in the week to July 13, "
     "the Energy Information Administration said on Wednesday.",
     [R(f="export", r=US, c=CRUDE, vol=4.63e6, u=BBL, d="up", pct=DC, by=612000, byc=BPD, b=DC, src=EIA,
        ps=DC, pe="2029-07-13")]),

    # P48 single sentence: "$850mn", a tariff named as context.
    ("U.S. exports of liquefied natural gas to China fell 71% in the first five months to $850mn, Census "
     "Bureau data showed, as Beijing's 25% retaliatory tariff on American LNG remained in place.",
     [R(f="export", r=US, p=CN, c=LNG, v=850e6, cur="USD", d="down", pct=71, b=DC, src=USDOC, **YTD5),
      TAR(r=CN, p=US, c=LNG, rate=25)]),

    # P49 The Globe and Mail: a deficit with the world and its April base, a change in volume terms.
    ("Canada's merchandise trade deficit with the world narrowed to C$1.9 billion in May from C$3.4 "
     "billion in April, Statistics Canada said on Thursday. Exports rose 2.7% to C$64.1 billion, while "
     "imports edged up 0.3% to C$66.0 billion. In volume terms, exports grew 1.9%.",
     [R(f="balance", r=CA, p=WORLD, c=DC, v=1.9e9, cur="CAD", bal="deficit", d=DC, pct=DC, by=DC, b=DC,
        src=STATCAN, **MAY),
      OPT(f="balance", r=CA, p=WORLD, c=DC, v=3.4e9, cur="CAD", bal="deficit", **APR),
      R(f="export", r=CA, c=DC, v=64.1e9, cur="CAD", d="up", pct=2.7, b=DC, src=STATCAN, **MAY),
      R(f="import", r=CA, c=DC, v=66.0e9, cur="CAD", d="up", pct=0.3, cq=DC, b=DC, src=STATCAN, **MAY),
      R(f="export", r=CA, c=DC, v=DC, cur=DC, u=DC, d="up", pct=1.9, b=DC, src=STATCAN, **MAY)]),

    # P50 single sentence: "fell by nearly C$2 billion", a partner by exclusion with a record.
    ("Canadian exports to the United States fell by nearly C$2 billion to C$44.7 billion in May, "
     "Statistics Canada data showed, while exports to countries other than the U.S. reached a record "
     "C$19.4 billion.",
     [R(f="export", r=CA, p=US, v=44.7e9, cur="CAD", d="down", pct=DC, by=2e9, byc="CAD", cq=NEARLY, b=DC,
        src=STATCAN, **MAY),
      R(f="export", r=CA, p=DC, v=19.4e9, cur="CAD", vq=RECORD, src=STATCAN, **MAY)]),

    # P51 single sentence: a surtax raised "by 10 percentage points to 35%", "Ottawa".
    ("Ottawa raised its surtax on Chinese steel by 10 percentage points to 35%, effective Aug. 1, the "
     "Finance Department said, after imports of Chinese steel jumped 28% to 612,000 tonnes in the first "
     "five months.",
     [TAR(r=CA, p=CN, c=STEEL, rate=35),
      R(f="import", r=CA, p=CN, c=STEEL, vol=612000, u=TON, d="up", pct=28, b=DC, src=DC, **YTD5)]),

    # ---------------------------------------------------------------- Latin America
    # P52 Mexico: a swing from deficit to surplus, "plunged by a third" without a value.
    ("Mexico posted a trade surplus of $1.1bn in May, compared with a deficit of $0.7bn a year earlier, "
     "INEGI said. Exports rose 6.9% to $57.8bn on record manufacturing shipments, while oil exports "
     "plunged by a third.",
     [R(f="balance", r=MX, v=1.1e9, cur="USD", bal="surplus", d=DC, pct=DC, by=DC, b="yoy", src=INEGI,
        **MAY),
      OPT(f="balance", r=MX, v=0.7e9, cur="USD", bal="deficit", **M(2028, 5)),
      R(f="export", r=MX, v=57.8e9, cur="USD", d="up", pct=6.9, b=DC, src=INEGI, **MAY),
      R(f="export", r=MX, c=CRUDE, d="down", pct=DC, cq=DC, b=DC, src=INEGI, **MAY)]),

    # P53 single sentence, headline style: copper, June and H1.
    ("Chile June copper exports US$5.6 bln, +21% y/y; H1 US$30.4 bln - central bank",
     [R(f="export", r=CL, c="copper", v=5.6e9, cur="USD", d="up", pct=21, b="yoy", src=BCCH, **JUN),
      R(f="export", r=CL, c="copper", v=30.4e9, cur="USD", src=BCCH, **H1)]),

    # P54 Gestion: "the first five months", "nearly US$2 billion" in May.
    ("Peru's exports in the first five months rose 12.8% to US$29.3 billion, ComexPeru said, citing "
     "central bank figures. Gold exports alone reached nearly US$2 billion in May, as prices held near "
     "record highs.",
     [R(f="export", r=PE, v=29.3e9, cur="USD", d="up", pct=12.8, b=DC, src=PECOM, **YTD5),
      R(f="export", r=PE, c="gold", v=2e9, cur="USD", vq=NEARLY, src=PECOM, **MAY)]),

    # P55 single sentence: "so far this year" with no month, value and volume, the change by value.
    ("Peru's blueberry exports so far this year have reached 98,000 tonnes, worth US$612 million, up 22% "
     "by value, the agriculture ministry said on Monday.",
     [R(f="export", r=PE, c=BLUEB, v=612e6, cur="USD", vol=[98000, None], u=[TON, None], d="up", pct=22,
        b=DC, src=PEAG, ps="2029-01-01", pe=DC),
      OPT(f="export", r=PE, c=BLUEB, vol=98000, u=TON, v=[None, 612e6], cur=[None, "USD"],
          ps="2029-01-01", pe=DC)]),

    # P56 Buenos Aires Times: "US$1.52 billion", "more than 2.9 million tonnes" from the exchange.
    ("Argentina posted a trade surplus of US$1.52 billion in June, INDEC said, its 19th consecutive "
     "monthly surplus. Exports rose 18.2% to US$7.84 billion and imports grew 9.6% to US$6.32 billion. "
     "Shipments of soymeal, the country's top export, came to more than 2.9 million tonnes in the month, "
     "according to the Rosario Board of Trade.",
     [R(f="balance", r=AR, v=1.52e9, cur="USD", bal="surplus", src=INDEC, **JUN),
      R(f="export", r=AR, v=7.84e9, cur="USD", d="up", pct=18.2, b=DC, src=INDEC, **JUN),
      R(f="import", r=AR, v=6.32e9, cur="USD", d="up", pct=9.6, b=DC, src=INDEC, **JUN),
      R(f="export", r=AR, c=SOYMEAL, vol=2.9e6, u=TON, volq=OVER, src=BCR, **JUN)]),

    # P57 Valor: the first half, "the 12 months to June", a record volume.
    ("Brazil's trade surplus in the first half came to US$39.6 billion, down 13.2% from a year earlier, "
     "the Ministry of Development, Industry, Trade and Services said. In the 12 months to June, the "
     "surplus totalled US$71.8 billion. Soybean exports in the first half reached a record 61.4 million "
     "tonnes.",
     [R(f="balance", r=BR, v=39.6e9, cur="USD", bal="surplus", d="down", pct=13.2, b="yoy", src=BRMIN, **H1),
      R(f="balance", r=BR, v=71.8e9, cur="USD", bal="surplus", src=BRMIN, **R12JUN),
      R(f="export", r=BR, c=SOY, vol=61.4e6, u=TON, volq=RECORD, src=BRMIN, **H1)]),

    # ---------------------------------------------------------------- Asia-Pacific
    # P58 ABC: the 11 months to May of the 2028-29 financial year, a widening surplus.
    ("Australia's goods and services surplus widened to A$6.3 billion in May, the Australian Bureau of "
     "Statistics said. In the 11 months to May, the first 11 months of the 2028-29 financial year, iron "
     "ore exports totalled A$108.4 billion, down 6.5% from the same period of 2027-28.",
     [R(f="balance", r=AU, c=DC, v=6.3e9, cur="AUD", bal="surplus", d="up", pct=DC, by=DC, b=DC, src=ABS,
        **MAY),
      R(f="export", r=AU, c="iron ore", v=108.4e9, cur="AUD", d="down", pct=6.5, b="yoy", src=ABS,
        **AUS11)]),

    # P59 single sentence: "thousand tonnes" and "kt", an April base, "down to 212 kt".
    ("Australian wheat exports fell to 1,482 thousand tonnes in May from 2,064 kt in April, ABS data "
     "showed, with shipments to China down to 212 kt.",
     [R(f="export", r=AU, c="wheat", vol=1.482e6, u=TON, d="down", pct=DC, by=DC, b=DC, src=ABS, **MAY),
      OPT(f="export", r=AU, c="wheat", vol=2.064e6, u=TON, **APR),
      R(f="export", r=AU, p=CN, c="wheat", vol=212000, u=TON, d="down", pct=DC, by=DC, b=DC, src=ABS,
        **MAY)]),

    # P60 "the 2028 calendar year", volume and earnings with different changes.
    ("Australia exported 79.6 million tonnes of LNG in the 2028 calendar year, down 1.4% from 2027, the "
     "Department of Industry, Science and Resources said, as Qatar's expansion took market share in "
     "Asia. Earnings from the fuel fell to A$58.1 billion.",
     [R(f="export", r=AU, c=LNG, vol=79.6e6, u=TON, v=DC, cur=DC, d="down", pct=1.4, b=DC, src=DISR, **Y28),
      R(f="export", r=AU, c=LNG, v=58.1e9, cur="AUD", vol=DC, u=DC, d="down", pct=DC, by=DC, b=DC, src=DISR,
        **Y28)]),

    # P61 a correction, then the year ended May 2029.
    ("Correction: An earlier version of this story said New Zealand's dairy exports rose 8% in May. They "
     "rose 18%, to NZ$2.14 billion, Stats NZ said. The annual goods trade deficit narrowed to NZ$7.8 "
     "billion in the year ended May 2029.",
     [R(f="export", r=NZ, c=DAIRY, v=2.14e9, cur="NZD", d="up", pct=18, b=DC, src=STATSNZ, **MAY),
      R(f="balance", r=NZ, c=DC, v=7.8e9, cur="NZD", bal="deficit", d=DC, pct=DC, by=DC, b=DC, src=STATSNZ,
        **R12MAY)]),

    # P62 BusinessWorld: "9 percent", a share "more than half", "half a billion dollars".
    ("The Philippines' trade deficit narrowed to $4.02 billion in May from $4.61 billion a year ago, the "
     "Philippine Statistics Authority said. Exports rose 9 percent to $7.1 billion, with electronic "
     "products, which make up more than half of the total, up 14.3 percent. Coconut oil exports brought "
     "in half a billion dollars in the first five months.",
     [R(f="balance", r=PH, v=4.02e9, cur="USD", bal="deficit", d=DC, pct=DC, by=DC, b="yoy", src=PSA, **MAY),
      OPT(f="balance", r=PH, v=4.61e9, cur="USD", bal="deficit", **M(2028, 5)),
      R(f="export", r=PH, v=7.1e9, cur="USD", d="up", pct=9, b=DC, src=PSA, **MAY),
      R(f="export", r=PH, c=ELEC, d="up", pct=14.3, b=DC, src=PSA, **MAY),
      R(f="export", r=PH, c=COCONUT, v=500e6, cur="USD", src=PSA, **YTD5)]),

    # P63 single sentence, headline style with a forecast.
    ("Indonesia June trade surplus US$3.12 bln vs US$2.90 bln f'cast; exports -4.1% y/y, imports -7.8% "
     "y/y - BPS",
     [R(f="balance", r=ID, v=3.12e9, cur="USD", bal="surplus", src=BPS, **JUN),
      R(f="export", r=ID, d="down", pct=4.1, b="yoy", src=BPS, **JUN),
      R(f="import", r=ID, d="down", pct=7.8, b="yoy", src=BPS, **JUN)]),

    # P64 single sentence: "fell by a fifth in value terms", "US$2.6bn", "14 per cent".
    ("Indonesia's coal exports fell by a fifth in value terms to US$2.6bn in June, Statistics Indonesia "
     "said, while palm oil exports rose 14 per cent to US$2.1bn.",
     [R(f="export", r=ID, c="coal", v=2.6e9, cur="USD", d="down", pct=DC, cq=DC, b=DC, src=BPS, **JUN),
      R(f="export", r=ID, c=PALM, v=2.1e9, cur="USD", d="up", pct=14, b=DC, src=BPS, **JUN)]),

    # P65 VnExpress: "H1", "y/y", rice volume and value in one phrase.
    ("Vietnam's exports in H1 rose 14.6% y/y to US$228.4 billion, while imports increased 16.1% to "
     "US$215.9 billion, giving a trade surplus of US$12.5 billion, the General Statistics Office said. "
     "Rice exports in the first half reached 4.9 million tonnes, worth US$2.8 billion.",
     [R(f="export", r=VN, v=228.4e9, cur="USD", d="up", pct=14.6, b="yoy", src=GSO, **H1),
      R(f="import", r=VN, v=215.9e9, cur="USD", d="up", pct=16.1, b=DC, src=GSO, **H1),
      R(f="balance", r=VN, v=12.5e9, cur="USD", bal="surplus", src=GSO, **H1),
      R(f="export", r=VN, c="rice", vol=4.9e6, u=TON, v=[2.8e9, None], cur=["USD", None], src=GSO, **H1),
      OPT(f="export", r=VN, c="rice", vol=[4.9e6, None], u=[TON, None], v=2.8e9, cur="USD", **H1)]),

    # P66 single sentence: cargo surveyor, "July 1-15" against "June 1-15".
    ("Exports of Malaysian palm oil products for July 1-15 rose 8.2% to 712,430 tonnes from 658,440 "
     "tonnes shipped during June 1-15, cargo surveyor Intertek Testing Services said.",
     [R(f="export", r=MY, c=PALM, vol=712430, u=TON, d="up", pct=8.2, b=DC, src=ITS, **JUL15),
      OPT(f="export", r=MY, c=PALM, vol=658440, u=TON, **JUN15)]),

    # P67 a trade-desk bulletin with "pc".
    ("THAILAND TRADE (commerce ministry): June exports US$28.9bn, +11.3pc y/y; imports US$27.1bn, +6.8pc; "
     "surplus US$1.8bn. H1 exports US$167.2bn, +8.4pc.",
     [R(f="export", r=TH, v=28.9e9, cur="USD", d="up", pct=11.3, b="yoy", src=THMOC, **JUN),
      R(f="import", r=TH, v=27.1e9, cur="USD", d="up", pct=6.8, b=DC, src=THMOC, **JUN),
      R(f="balance", r=TH, v=1.8e9, cur="USD", bal="surplus", src=THMOC, **JUN),
      R(f="export", r=TH, v=167.2e9, cur="USD", d="up", pct=8.4, b=DC, src=THMOC, **H1)]),

    # P68 single sentence, The Straits Times: a chain "accelerating from ... and reversing ...".
    ("Singapore's non-oil domestic exports grew 9.1% year-on-year to S$15.2 billion in June, "
     "accelerating from 2.3% growth in May and reversing a 4.0% decline in April, Enterprise Singapore "
     "said on Tuesday (Jul 17).",
     [R(f="export", r=SG, c=NODX, v=15.2e9, cur="SGD", d="up", pct=9.1, b="yoy", src=ESG, **JUN),
      OPT(f="export", r=SG, c=NODX, pct=2.3, **MAY),
      OPT(f="export", r=SG, c=NODX, d="down", pct=4.0, **APR)]),
]

NEG = [
    # N01 an oil price.
    "Brent crude futures rose 2.1% to $84.30 a barrel on Tuesday, the biggest daily gain in three weeks, "
    "on expectations of stronger Chinese demand.",
    # N02 crude output in barrels per day.
    "Saudi Arabia pumped 9.2 million barrels per day of crude in June, up 120,000 bpd from May, a Reuters "
    "survey of OPEC output showed.",
    # N03 GDP "driven by exports".
    "Vietnam's economy grew 7.1% year-on-year in the first half, driven by exports and foreign "
    "investment, the General Statistics Office said.",
    # N04 stock-exchange turnover.
    "Average daily turnover on the Pakistan Stock Exchange rose 38pc to Rs 31.2 billion in FY29, as "
    "foreign investors returned to the market.",
    # N05 one carmaker's overseas sales.
    "Toyota's overseas sales rose 3.2% to 4.91 million vehicles in the first half, the automaker said on "
    "Monday.",
    # N06 a budget and its deficit.
    "Kenya's budget for fiscal 2029/30, which began on July 1, projects spending of KSh 4.3 trillion and "
    "a deficit of 4.5% of GDP, the Treasury said.",
    # N07 shares in percentage points.
    "China's share of Japan's imports fell 1.8 percentage points to 20.9% in the first half, while the "
    "share of the United States rose to 11.2%.",
    # N08 a Q3 forecast.
    "Exports are expected to grow 5% to 7% year-on-year in Q3 as chip demand stays strong, South Korea's "
    "trade ministry said in its quarterly outlook.",
    # N09 an export target for the new fiscal year.
    "Bangladesh has set an export target of $55bn for FY30, which began on July 1, the commerce ministry "
    "said.",
    # N10 remittances.
    "Pakistan received workers' remittances of $38.3 billion in FY29, up 9pc from a year earlier, the "
    "State Bank of Pakistan said.",
    # N11 FDI.
    "Net foreign direct investment into Egypt rose to $9.8 billion in the first nine months of fiscal "
    "2028/29, the central bank said.",
    # N12 reserves in a week.
    "India's foreign exchange reserves rose $2.3 billion to $712.4 billion in the week to July 12, the "
    "Reserve Bank of India said.",
    # N13 a current account deficit against a forecast.
    "Turkey's current account posted a deficit of $3.1bn in May, narrower than the $4.2bn forecast, the "
    "central bank said.",
    # N14 inflation in percentage points.
    "Turkish annual inflation slowed to 24.3% in June, 1.8 percentage points lower than in May, TurkStat "
    "said.",
    # N15 an interest rate cut in basis points.
    "Bank Indonesia cut its benchmark rate by 25 basis points to 5.25% on Wednesday, saying weaker exports "
    "called for support to growth.",
    # N16 PMI export orders.
    "The new export orders sub-index of China's official manufacturing PMI rose 1.2 points to 48.7 in "
    "June, still below the 50-point mark separating growth from contraction.",
    # N17 industrial output.
    "Mexico's industrial production rose 1.3% month-on-month in May, INEGI said, led by the manufacturing "
    "of vehicles for export.",
    # N18 a crop forecast in MMT.
    "Australia's wheat crop is forecast at 31.2 MMT in 2029-30, down from 34.1 MMT last season, the "
    "Australian Bureau of Agricultural and Resource Economics and Sciences said.",
    # N19 container freight rates "last week".
    "The cost of shipping a 40-foot container from Shanghai to Rotterdam rose 9% last week to $3,412, "
    "according to Drewry's World Container Index.",
    # N20 port throughput in the first half.
    "Jebel Ali port handled 7.9 million TEUs in the first half, up 4.2% year-on-year, DP World said.",
    # N21 deals at a trade expo.
    "Deals worth $1.2bn were signed at the three-day China-Africa Economic and Trade Expo that ended in "
    "Changsha on Sunday, organisers said.",
    # N22 foreign-exchange market turnover.
    "Average daily turnover in India's foreign exchange market rose to $58bn in June from $52bn in May, "
    "Clearing Corporation of India data showed.",
    # N23 an exchange rate with "N".
    "The naira weakened to N1,642 per dollar on the official market on Tuesday, its lowest since March, "
    "as demand from importers rose.",
    # N24 retail sales.
    "Polish retail sales rose 4.2% year-on-year in real terms in June, statistics office GUS said.",
    # N25 a headline-style poll.
    "Japan June exports seen +3.9% y/y, imports -1.5% - Reuters poll",
    # N26 one dairy's export revenue.
    "Vinamilk said its export revenue rose 12% to 2.1 trillion dong in the first half, with the Middle "
    "East its biggest overseas market.",
    # N27 a target in a first-person quote.
    "\"We want our exports to reach $100 billion by 2030,\" Egypt's minister of investment and foreign "
    "trade said at a business forum in Cairo.",
    # N28 a correction of a GDP figure.
    "Correction: An earlier version of this story misstated Chile's economic growth in May. The economy "
    "grew 2.4% year-on-year, not 4.2%, the central bank said.",
    # N29 a macro table.
    "Philippines, Q1 2029: GDP +5.9% y/y; CPI 2.1%; unemployment 3.8%; policy rate 5.25% (-25 bps).",
    # N30 the government's oil revenue.
    "Saudi Arabia's oil revenue fell 11% to SAR 136.4 billion in the second quarter, the finance ministry "
    "said in its budget performance report.",
    # N31 export finance approved by a bank.
    "Egypt's Export Development Bank approved EGP 4.1 billion in export finance in the first half, up 18% "
    "from a year earlier.",
    # N32 a tariff-rate quota.
    "Mexico will allow up to 2 million tonnes of white corn to enter duty-free through December under a "
    "tariff-rate quota, the economy ministry said.",
    # N33 USDA forecasts for fiscal years.
    "USDA forecast U.S. agricultural exports at $165.0 billion in fiscal 2030, down from $170.5 billion "
    "projected for fiscal 2029.",
    # N34 domestic EV sales that "nearly tripled".
    "Sales of electric cars in Turkey nearly tripled in the first half to 112,400 units, the automotive "
    "distributors' association said.",
    # N35 an average export price.
    "Vietnam's average rice export price fell 9.6% to $498 a tonne in the first half, the agriculture "
    "ministry said.",
]
