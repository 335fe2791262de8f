#!/usr/bin/env python3
"""The nineteenth trade-figures set: tests/figures-score/nineteenth/run.py [BINARY] [-v]

Written blind by a nineteenth reviewer. Read: only the JSON contract
(shared/docs/article-json.md), the scorer (slots.py), the first set's run.py, the earlier
sets' wrappers and cases (for their format, the conventions in the ninth to eighteenth
sets' headers, and their texts only so as not to repeat them). Not read: any parser, data,
include or server file, tests/cases, tests/check_*.c, the README or the Makefile. The
program was neither built nor run, and no scorer was run on its output (the cases were only
imported and each expected record matched against itself with slots.match to check that
slots.py accepts them). The twelfth set stressed sentence structure, the thirteenth number
and time forms, the fourteenth reference and discourse, the fifteenth the language of
statistical releases, the sixteenth five registers (wire commodity copy, first person,
regional trade, headlines and bullets, amounts in words), the seventeenth agency English in
translation, the eighteenth analytical journalism. This one stresses TRADE FIGURES IN LIVE
AND DIGITAL-NATIVE FORMATS AND BROADCAST COPY: live blogs (time-stamped entries with and
without a zone, "Breaking:" and "Update, 11:20 GMT:" entries, an entry that announces the
data and gives reporter, period and source to the later ones, a blog written newest first,
an update entry correcting an earlier one), summaries repeated in the body ("Key points"
bullets, "At a glance" with "Source:", "What we know so far", "In brief" / "Full story"),
"By the numbers" boxes written as sentences (amounts before a colon, a volume and "That
grain earned about", a part with its unit elided), push alerts and breaking one-liners
("ALERT:", "Push alert:", "JUST IN —", "More to follow."), radio and TV scripts turned into
web copy (speaker labels, "Here's our business correspondent", "REPORTER (on camera,
Lagos):", "[SOUNDBITE]", amounts said aloud: "two point one billion dollars", "one hundred
and ninety-one billion rand", "eighty-one billion shillings", "almost a quarter"), podcast
show notes (episode numbers, time codes, download counts, a guest, a hypothetical tariff),
timelines ("2019: ...; May 2020: ...; 2032-33: ..."; past items as required records, duties
imposed and since cut or lifted, elided items, a ban and a target), photo captions (a credit
that is no source, a caption without a source, "Photo 3 of 12:"), corrections and updates
("This story has been updated to include", "Correction, Dec. 13:" withdrawing a percent and
a currency that share the corrected figure's amount, an office's revision reported in an
update, an editor's note reassigning a figure to semiconductors), social-media posts quoted
in the text (a minister's Telegram post with a goal, an adviser's post with emoji and a
hashtag, a statistics office's post, a governor's thread numbered "1/3 ... 3/3", likes,
reactions and view counts), market wraps where trade is one item among indices, currencies,
gold, futures, Brent and net buying, and datelines that give the reporter ("BOGOTÁ, Dec 13 —
The country's coffee exports", "ULAANBAATAR, Dec 12 (Montsame) —"). Repeats follow the
earlier sets' restatement rule: a figure in a summary or a post and again in the body is one
required record with an optional twin. Reporters on every continent (China, the Czech
Republic, India, Turkey, the UK, Brazil, Japan, Vietnam, Chile, Egypt, Hungary, Ukraine,
Norway, Taiwan, Australia, Germany, Indonesia, New Zealand, Nigeria, South Africa, Canada,
Kenya, Zambia, Uruguay, Pakistan, Zimbabwe, Mexico, Ecuador, Morocco, Thailand, Poland,
Sweden, the Philippines, Bangladesh, Kazakhstan, Ireland, Sri Lanka, Saudi Arabia, South
Korea, France, Malaysia, Switzerland, Peru, Colombia, Mongolia), partners from the US,
ASEAN, the EU, Egypt, China, Germany and India, and currencies USD, CZK, GBP, JPY, EUR, NOK,
AUD, NZD, NGN, ZAR, CAD, KES, ZMW, MAD, SEK, SAR and MYR.
48 positive texts (7 live blogs, 4 summaries, 2 By the numbers boxes, 4 push alerts, 5
broadcast scripts, 3 podcast show notes, 3 timelines, 3 photo captions, 5 corrections and
updates, 5 social-media posts, 5 market wraps, 2 datelines; 21 of them with a near miss
inside); 120 expected records, 18 of them optional, so 102 required; 3 tariff records, 2 of
them optional. 22 near misses: a stock index at a record and the yen in a push alert, a
lira low with an index and bond yields, a poll in a live blog, viewer and stream counts, a
podcast episode's forecast, one company's expected sales, an IMF forecast, a target in a
minister's post, a correction of an inflation rate, a timeline of negotiation rounds, a By
the numbers box of GDP, inflation, the exchange rate and reserves, port throughput in a
caption, an index and the rand read aloud, remittances in a central bank's post, one
company's shipments in a caption, a "What to watch" preview with a poll, a podcast guest's
"could lose", shares of salmon farmers, GDP in a breaking line, a since-deleted post's claim,
customs duties collected in a radio script and an update note without a figure.
Scored by ../slots.py; published date of the pages: 2033-12-14.
First run, held out (at 8ef5398): 34 passed, 36 failed (13 of 48 positives fully right, 21
of 22 near misses clean)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import slots

if __name__ == "__main__":
    slots.main(HERE, "2033-12-14")
