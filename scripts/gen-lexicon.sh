#!/bin/sh
# gen-lexicon.sh OUT WORDLIST - builds the lexicon header (gen-lexicon.awk):
# every word without a possessive, folded to lower case, with 1 when the
# list writes it in lower case and 2 when it writes it capitalized.
set -eu
out=$1
LC_ALL=C awk '/^[a-z][a-z'"'"'-]*$/ && !/'"'"'s$/ { print $0 "\t1" }
    /^[A-Z][a-z'"'"'-]*$/ && !/'"'"'s$/ { print tolower($0) "\t2" }' "$2" |
    LC_ALL=C sort -t '	' -k1,1 -k2,2 | LC_ALL=C awk -f scripts/hash-table.awk -f scripts/gen-lexicon.awk >"$out.tmp"
mv "$out.tmp" "$out"
