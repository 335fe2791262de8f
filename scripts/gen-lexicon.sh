#!/bin/sh
# gen-lexicon.sh OUT WORDLIST [TSV...] - builds the lexicon header
# (gen-lexicon.awk): every word without a possessive, folded to lower case,
# with 1 when the list writes it in lower case and 2 when it writes it
# capitalized. Each TSV adds its first column as common nouns with flag 4
# (gen-lexicon.awk): the project's own lists (data/goods_words.tsv), which
# the American word list lacks in their British spellings ("aluminium",
# "fertiliser"); a sentence that opens with one alone names nothing.
set -eu
out=$1
words=$2
shift 2
{
    LC_ALL=C awk '/^[a-z][a-z'"'"'-]*$/ && !/'"'"'s$/ { print $0 "\t1" }
        /^[A-Z][a-z'"'"'-]*$/ && !/'"'"'s$/ { print tolower($0) "\t2" }' "$words"
    for tsv in "$@"; do
        LC_ALL=C awk -F '\t' '!/^#/ && $1 ~ /^[a-z][a-z-]*$/ { print $1 "\t4" }' "$tsv"
    done
} | LC_ALL=C sort -u -t '	' -k1,1 -k2,2 |
    LC_ALL=C awk -f scripts/hash-table.awk -f scripts/gen-lexicon.awk >"$out.tmp"
mv "$out.tmp" "$out"
