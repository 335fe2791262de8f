#!/usr/bin/env python3
"""The fourteenth trade-figures set: tests/figures-score/fourteenth/run.py [BINARY] [-v]

Written blind by a fourteenth reviewer. Read: only the scorer (slots.py), the JSON contract,
the earlier sets' wrappers and cases (for their format, the conventions in the twelfth's and
thirteenth's headers, and their texts only so as not to repeat them). Not read: any parser,
data, include, server, tests/cases or unit-check file. The program was neither built nor run,
and no scorer was run. The twelfth set stressed sentence structure and the thirteenth number
and time forms and registers. This one stresses REFERENCE AND DISCOURSE ACROSS SENTENCES and
the copy of outlets outside the Anglo-American press (Xinhua, TASS, WAM, Antara/BPS,
Bernama, APS, MENA, Prensa Latina, Kazinform, KUNA, MTI, CTK, Agerpres, Tanjug, ANA-MPA,
ENA, IRNA, KPL, Montsame, Vietnam News Agency), over economies little used before (Cuba,
Venezuela, Nicaragua, Guatemala, Bolivia, Lebanon, Kuwait, Belarus, Hungary, Czechia,
Romania, Bulgaria, Greece, Serbia, Portugal, Denmark, Ireland, Israel, Iran, Iraq, Algeria,
Mozambique, Ethiopia, Ghana, Laos, Cambodia, Uzbekistan, Kazakhstan, Mongolia) next to
China, Korea, Taiwan, Vietnam, the US, the EU, India and the Gulf.
70 positive texts (19 single sentences and 51 paragraphs of 2-4 sentences; 191 expected
records, 7 of them optional). Reference: economies named only by epithets ("Asia's
fourth-largest economy", "the world's second-largest economy", "the Southeast Asian nation",
"Southeast Asia's largest economy", "the kingdom", "the island", "the State", "the
city-state", "the special administrative region", "the republic", "the Gulf state", "the
North African country", "the OPEC member", "the Islamic Republic", "the landlocked nation",
"the Andean nation", "the southern African nation", "the world's largest copper producer", "the world's second-largest grower", "the 27-nation bloc", "the bloc" as
the EU and as COMESA, "the Lone Star State"); "its", "the country" and epithets that stand
for the PARTNER ("exports to the country" = China, "its southern/eastern/northern
neighbour", "the neighbouring country", "the South Asian country", "the Gulf nation",
"the world's largest economy", "its closest ally", "imports from it", "with it");
reporter, period and source given only in a first sentence without a figure or a headline
line ("Uzbekistan: foreign trade turnover for January-October.", "Czech foreign trade:
surplus for September.", "Lebanon, January-September 2029:"); the value and its change in
different sentences ("They reached", "The figure was 8.9 percent higher", "This represented
a decrease of 3.7%", a change in a first sentence and the value in a quote). Two economies
in one paragraph: the same flow pair from both sides (China/Australia, Turkey/Israel,
Laos/Thailand), mirror statistics that disagree with a discrepancy that is no figure
(Vietnam/China, China/Kazakhstan), bilateral turnover from one side ("Russia and India",
"Colombia and Venezuela"), "respectively". Sub-national reporters next to national figures:
Zhejiang and Yiwu, Xinjiang, Texas, Gujarat, Western Australia, Alberta, Dubai, Kurdistan,
Central Sulawesi, Sarawak, Busan, the Hai Phong customs district, the ports of entry of
Laredo and Los Angeles. Lists: "- Turnover: ..." bullets whose dash is no minus, "•" and "*"
bullets, a numbered list with "(+3.1%)" and "(−11.2%)", partners listed under a non-oil
heading. Quotes: "we earned", "our trade with China", "The kingdom shipped", a figure and a
hypothetical in one quote. Translated copy: "registered", "were recorded at", "amounted
to", "stood at", "the said period", "the reference period", "on an annual basis",
"registering a growth of", "the negative balance", agencies carrying other agencies' data.
Periods: the Iranian year (March 21 to October 22), Ethiopia's fiscal quarter, Pakistan's
FY30, India's April-September, a state's 2028-29 financial year, "by the end of September",
a cocoa season to date. Corrections and revisions: a "CORRECTED-" headline with its note,
"revised up to ... from a preliminary", "was revised down to ... from ... previously
reported" in an "after" clause. 34 near misses (hedged, negated, denied and hypothetical
figures: "could reach", "would have risen above", "did not exceed", "denied reports that
... had exceeded", "denied a report that it had bought", "could lose up to ... if U.S.
tariffs stay", "would have been about €9 billion lower", "are projected to grow", "could
double" in a quote, "could hit" in a headline, "would have grown ... had the route stayed
open", a revised forecast; a KCNA production plan, a discrepancy between two economies'
figures, a bilateral target, a correction of a release date, a port's and a customs
district's throughput, a bullet list of port throughput, a province's GDP, an exchange
rate, reserves, a current account, remittances, a minimum export price, crude output
against a quota, customs revenue, one company's export revenue, floating storage, expo
deals, investment approvals, a contract cap, a state's resources investment).
Scored by ../slots.py; published date of the pages: 2029-11-21.
First run held out on 2026-11-30 (at 7097f00, outputs identical to c6e1cf9): 45 passed,
59 failed."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import slots

if __name__ == "__main__":
    slots.main(HERE, "2029-11-21")
