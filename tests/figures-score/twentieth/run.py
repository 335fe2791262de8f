#!/usr/bin/env python3
"""The twentieth trade-figures set: tests/figures-score/twentieth/run.py [BINARY] [-v]

Written blind by a twentieth reviewer. Read: only the JSON contract
(shared/docs/article-json.md), the scorer (slots.py), the first set's run.py, the earlier
sets' wrappers and cases (for their format, the conventions in the ninth to nineteenth
sets' headers, and their texts only so as not to repeat them). Not read: any parser, data,
include or server file, tests/cases, tests/check_*.c, the README, the Makefile or the git
history. The program was neither built nor run, and no scorer was run on its output (the
cases were only imported and each expected record matched against itself with slots.match
to check that slots.py accepts them). The twelfth set stressed sentence structure, the
thirteenth number and time forms, the fourteenth reference and discourse, the fifteenth the
language of statistical releases, the sixteenth five registers (wire commodity copy, first
person, regional trade, headlines and bullets, amounts in words), the seventeenth agency
English in translation, the eighteenth analytical journalism, the nineteenth live and
digital-native formats and broadcast copy. This one stresses TRADE FIGURES IN
QUESTION-AND-ANSWER AND ARGUMENT FORMS: explainers built on rhetorical questions whose
verbless answers take flow, reporter, partner and goods from the question ("So how much
does Kenya sell to Uganda? About $1.12 billion last year", "Diamonds. How much did they
earn? P21.4 billion", "And the totals?", "Leather? $198 million.", "Information and
communication products? Another US$19.6 billion."), with yes/no and comparative answers
that are no change ("Not any more", "Far less:", "Neither.") and answers without an amount
("Less than half that"); FAQ blocks ("FAQ:", "Q&A:", "Your questions answered:") where the
question decides what an amount is (a trade deficit a record, "And the current account? A:
A small surplus of $0.4 billion." none) and a tariff now in force with its earlier rates;
interview transcripts whose questions carry a premise that the answer corrects or
confirms ("fell by a quarter", "halved", "30 million tonnes ... a record?", "topped $20
billion in July", "have doubled": none; the answer's figure, period and own change are the
record, a past record it adds is required); fact-checks in other house styles ("CLAIM: ...
THE FACTS:", "Rating: False.", "We rate this claim Mostly False", "Three Pinocchios", a
viral post), with claims making none and a claimed amount the verdict assigns to another
period or flow a record of that period or flow; letters to the editor and op-eds
("Letters: Sir,", "Sir —", "Yours faithfully,", signatures and bylines no source, a
letter's corrected figure none, "our exports" of the writer's economy, "if" clauses and
counterfactuals none, a figure "against" a 2021 amount); listicles ("Five things to know",
"Top five buyers of", "No. 1:", "Fact 2:", "•": item markers no amounts, an item that gives
the previous item's change one record, ranked buyers with amounts records); parliamentary
question time, Hansard, a written answer with a question number, Senate estimates, a
question number in a national assembly and an election debate (the answering minister or
official the source, MPs' and candidates' contested allegations none, interjections
nothing); "What is X?" boxes (definitions and thresholds none, the illustrating figures
records, mirror data one record per reporter); and reader-question columns ("You asked:",
"Ask the Economist.", "Dear Money Desk:", "Readers ask:", "Your questions:"; readers'
names, initials and towns no source, their premises none). Reporters and partners on every
continent (Kenya, Uganda, Germany, China, Botswana, Vietnam, the Philippines, Bangladesh,
Brazil, Argentina, Taiwan, the UK, India, Kazakhstan, Switzerland, the US, Pakistan,
Japan, Thailand, Canada, the EU, Cambodia, Ukraine, Scotland, Mexico, South Korea,
Tanzania, Turkey, Poland, New Zealand, Ireland, Morocco, Zambia, Sweden, Russia, Sri
Lanka, Chile, Ethiopia, Saudi Arabia, Belgium, Indonesia, Egypt and Africa, Norway,
Australia, Colombia, South Africa, Hong Kong, Ecuador), goods, services and fiscal,
marketing and rolling years, and currencies USD, EUR, GBP, JPY, CAD, AUD, NZD, HKD, BWP
("P"), KES, ZMW ("K"), ZAR ("R"), LKR ("Rs"), THB, CHF ("francs"), MAD and SEK.
54 positive texts (7 rhetorical-question explainers, 5 FAQ blocks, 6 interviews with
premises, 7 fact-checks, 7 letters and op-eds, 5 listicles, 8 parliamentary and debate
reports, 4 "What is X?" boxes, 5 reader-question columns; most of them with a question,
premise, claim, hypothetical or number inside that makes no record); 122 expected records, 6 of them optional, so 116
required; 5 tariff records, 2 of them optional. 20 near misses: a FAQ's export forecast, a
claim refuted without a figure, a claim rated true without a figure of the verdict's own,
an op-ed's customs-union hypothetical, a letter about a budget's customs revenue, a
listicle of coffee prices, FDI in a parliamentary answer, a contested allegation answered
without a figure, a reader's question about a currency and inflation, a "What is a
safeguard duty?" box without a rate, a ratio of trade to GDP and exports per resident in a
FAQ, one company's overseas sales in an interview, customs duties collected in a written
answer, a target and a poll in a debate, a rhetorical question about a tariff scenario's
cost, GDP in a fact-check, a current account in a reader column, an export quota and a ban
in a FAQ, an interviewer's premise with an answer without a figure and a trade-weighted
index in a "What is" box.
Scored by ../slots.py; published date of the pages: 2033-09-14.
First run, held out (at 1c81606): 32 passed, 42 failed (15 of 54 positives fully right, 17
of 20 near misses clean)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import slots

if __name__ == "__main__":
    slots.main(HERE, "2033-09-14")
