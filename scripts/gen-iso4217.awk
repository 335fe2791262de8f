# gen-iso4217.awk - turns Debian's iso-codes iso_4217.json into a C header.
#
# It looks for every "alpha_3": "XXX" pair wherever it sits on a line, so the
# JSON may be pretty-printed or minified. The header defines
#   static const char ad_iso4217[][4]  (sorted as in the file) and
#   ad_iso4217_len.
# An input without any code is an error: the build must not silently lose
# currency validation.
{
    line = $0
    while (match(line, /"alpha_3"[ \t]*:[ \t]*"[A-Z][A-Z][A-Z]"/)) {
        m = substr(line, RSTART, RLENGTH)
        codes[n++] = substr(m, length(m) - 3, 3)
        line = substr(line, RSTART + RLENGTH)
    }
}
END {
    if (n == 0) { print "gen-iso4217.awk: no alpha_3 codes found" > "/dev/stderr"; exit 1 }
    print "/* Generated from iso-codes iso_4217.json by scripts/gen-iso4217.awk; do not edit. */"
    print "#ifndef AD_GEN_ISO4217_H\n#define AD_GEN_ISO4217_H\n#include <stddef.h>"
    print "static const char ad_iso4217[][4] = {"
    for (i = 0; i < n; i++) printf "    \"%s\",\n", codes[i]
    printf "};\nstatic const size_t ad_iso4217_len = %d;\n#endif\n", n
}
