# gen-boilerplate.awk - data/boilerplate.tsv as the index boilerplate.c
# searches (LC_ALL=C; awk -f this data/boilerplate.tsv).
#
# Every short line of a page meets the whole lexicon, so the rows are
# emitted grouped by mode (line, prefix, end, contains) and, for the two
# modes that must match the line's first byte, ordered by that byte, with
# ad_bp_at[mode][byte]..ad_bp_at[mode][byte + 1] giving a byte's rows. A
# line then meets only the rows that can match it: a handful of "line" and
# "prefix" rows, the "end" rows and the "contains" rows.
BEGIN {
    FS = "\t"; n = 0
    split("line prefix end contains", names, " ")
    for (m = 1; m <= 4; m++) code[names[m]] = m - 1
    for (i = 1; i < 256; i++) ord[sprintf("%c", i)] = i
}
/^#/ || /^[ \t]*$/ { next }
{
    if (NF != 3 || !($2 in code) || $3 == "") {
        printf "%s:%d: expected lang TAB line|prefix|end|contains TAB phrase\n", FILENAME, FNR > "/dev/stderr"
        bad = 1; exit 1
    }
    mode[n] = code[$2]; phrase[n] = $3; first[n] = ord[substr($3, 1, 1)]
    # The sort key: mode, then first byte, then the file's order.
    key[n] = sprintf("%d %03d %05d", mode[n], first[n], n)
    n++
}
END {
    if (bad) exit 1
    # Insertion sort of the row numbers by key (a few hundred rows; mawk has
    # no sort function).
    for (i = 0; i < n; i++) {
        v = i
        for (j = i - 1; j >= 0 && key[ord_[j]] > key[v]; j--) ord_[j + 1] = ord_[j]
        ord_[j + 1] = v
    }
    print "/* Generated from data/boilerplate.tsv by scripts/gen-boilerplate.awk; do not edit. */"
    print "#ifndef AD_GEN_BOILERPLATE_H\n#define AD_GEN_BOILERPLATE_H\n#include <stdint.h>"
    print "enum { AD_BP_LINE, AD_BP_PREFIX, AD_BP_END, AD_BP_CONTAINS };"
    print "static const struct ad_bp_row {\n    const char *phrase;\n    uint16_t len;\n    uint8_t mode;\n} ad_bp_rows[] = {"
    for (i = 0; i < n; i++) {
        r = ord_[i]; p = phrase[r]
        gsub(/\\/, "\\\\", p); gsub(/"/, "\\\"", p)
        printf "    {\"%s\", %d, %d},\n", p, length(phrase[r]), mode[r]
        if (!(mode[r] in from)) from[mode[r]] = i
    }
    print "};"
    for (m = 3; m >= 0; m--) if (!(m in from)) from[m] = m == 3 ? n : from[m + 1]
    # at[m][c]: the first row of mode m (line or prefix) whose first byte is
    # c or more.
    print "static const uint16_t ad_bp_at[2][257] = {"
    for (m = 0; m < 2; m++) {
        printf "    {"
        i = from[m]
        for (c = 0; c <= 256; c++) {
            while (i < n && mode[ord_[i]] == m && first[ord_[i]] < c) i++
            printf "%d%s", i, c < 256 ? "," : ""
        }
        print "},"
    }
    print "};"
    printf "static const uint16_t ad_bp_end_from = %d, ad_bp_contains_from = %d, ad_bp_len = %d;\n", from[2], from[3], n
    print "#endif"
}
