#!/bin/sh
# gen-gazetteer.sh OUT ISO3166_JSON LIST.tsv... - builds the entity
# gazetteer header (see gen-gazetteer.awk). LC_ALL=C makes the sort order
# the byte order that the C binary search expects.
set -eu
out=$1
shift
LC_ALL=C awk -f scripts/gen-gazetteer.awk "$@" | LC_ALL=C sort -t '	' -k1,1 -s |
    LC_ALL=C awk -f scripts/hash-table.awk -f scripts/gen-gazetteer-c.awk >"$out.tmp"
mv "$out.tmp" "$out"
