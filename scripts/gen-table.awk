# gen-table.awk - turns data/NAME.tsv into a C header of static const rows.
#
# Each non-comment line is tab-separated fields; the header defines
#   static const char *const ad_tbl_NAME[][NCOLS]  and  ad_tbl_NAME_len.
# The number of columns is taken from the first data line; lines must agree.
BEGIN { FS = "\t"; n = 0; cols = 0 }
/^#/ || /^[ \t]*$/ { next }
{
    if (!cols) cols = NF
    if (NF != cols) { printf "%s:%d: expected %d fields, got %d\n", FILENAME, FNR, cols, NF > "/dev/stderr"; bad = 1; exit 1 }
    row = "    {"
    for (i = 1; i <= NF; i++) {
        v = $i
        gsub(/\\/, "\\\\", v); gsub(/"/, "\\\"", v)
        row = row (i > 1 ? ", " : "") "\"" v "\""
    }
    rows[n++] = row "},"
}
END {
    if (bad) exit 1
    up = toupper(name)
    printf "/* Generated from data/%s.tsv by scripts/gen-table.awk; do not edit. */\n", name
    printf "#ifndef AD_GEN_%s_H\n#define AD_GEN_%s_H\n#include <stddef.h>\n", up, up
    printf "#define AD_TBL_%s_COLS %d\n", up, cols
    printf "static const char *const ad_tbl_%s[][%d] = {\n", name, cols
    for (i = 0; i < n; i++) print rows[i]
    printf "};\nstatic const size_t ad_tbl_%s_len = %d;\n#endif\n", name, n
}
