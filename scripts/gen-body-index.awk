# gen-body-index.awk - the body stage's lookup tables, built once at build
# time from data/body_classes.tsv and data/body_tags.tsv (in that order on
# the command line), so that no page rebuilds them.
#
# Load scripts/hash-table.awk first (awk -f hash-table.awk -f this). The
# header defines, for parser/body.c, which declares the row types first:
#   body_whole[], body_part[]  class patterns of mode "class" and "part",
#       sorted by length then bytes (equal patterns adjacent), each with an
#       open-addressing table body_whole_at[] / body_part_at[] of the shape
#       hash-table.awk documents;
#   body_sub[]  the "sub" patterns sorted by first byte, body_sub_at[257]
#       their rows by first byte, body_sub_pair[1024] a bit per (first byte,
#       second byte) some sub pattern opens with (every second byte for a
#       one-byte pattern);
#   body_tags[], body_tag_at[257]  the element table sorted by name (a name
#       given twice fails the build) and its rows by first byte.
# Actions and kinds are written as the enum names of body.c (ACT_HIDE,
# K_BLOCK...), so a misspelt one fails the build.
BEGIN { FS = "\t"; file = 0 }
FNR == 1 { file++ }
/^#/ || /^[ \t]*$/ { next }
file == 1 {
    if (NF != 4 || $1 == "") { printf "%s:%d: expected 4 fields and a pattern, got %d\n", FILENAME, FNR, NF > "/dev/stderr"; bad = 1; exit 1 }
    if ($2 != "class" && $2 != "part" && $2 != "sub") { printf "%s:%d: unknown mode %s\n", FILENAME, FNR, $2 > "/dev/stderr"; bad = 1; exit 1 }
    if ($4 !~ /^-?[0-9]+$/ || $4 + 0 < -128 || $4 + 0 > 127) { printf "%s:%d: bad weight %s\n", FILENAME, FNR, $4 > "/dev/stderr"; bad = 1; exit 1 }
    m = $2
    i = cnt[m]++
    pat[m, i] = $1; act[m, i] = "ACT_" toupper($3); wt[m, i] = $4 + 0
    next
}
file == 2 {
    if (NF != 3 || $1 == "") { printf "%s:%d: expected 3 fields and a tag, got %d\n", FILENAME, FNR, NF > "/dev/stderr"; bad = 1; exit 1 }
    if ($3 !~ /^-?[0-9]+$/ || $3 + 0 < -128 || $3 + 0 > 127) { printf "%s:%d: bad base %s\n", FILENAME, FNR, $3 > "/dev/stderr"; bad = 1; exit 1 }
    i = ntag++
    tag[i] = $1; kind[i] = "K_" toupper($2); base[i] = $3 + 0
}
# Strings compare as strings ("" appended): a pattern such as "404" must not
# compare as a number.
function before(a, b) { return length(a) < length(b) || (length(a) == length(b) && a "" < b "") }
# Insertion sort of the rows of mode m (a few hundred at most); by length
# then bytes, or by first byte only (stable) when first_only is set.
function sort_mode(m, first_only,    i, j, p, a, w) {
    for (i = 1; i < cnt[m]; i++) {
        p = pat[m, i]; a = act[m, i]; w = wt[m, i]
        for (j = i - 1; j >= 0; j--) {
            if (first_only ? ord[substr(pat[m, j], 1, 1)] <= ord[substr(p, 1, 1)] : !before(p, pat[m, j]))
                break
            pat[m, j + 1] = pat[m, j]; act[m, j + 1] = act[m, j]; wt[m, j + 1] = wt[m, j]
        }
        pat[m, j + 1] = p; act[m, j + 1] = a; wt[m, j + 1] = w
    }
}
function c_str(s) { gsub(/\\/, "\\\\", s); gsub(/"/, "\\\"", s); return "\"" s "\"" }
function emit_pats(name, m,    i) {
    printf "static const pat %s[%d] = {\n", name, cnt[m] ? cnt[m] : 1
    for (i = 0; i < cnt[m]; i++)
        printf "    {%s, %d, %s, %d},\n", c_str(pat[m, i]), length(pat[m, i]), act[m, i], wt[m, i]
    if (!cnt[m]) print "    {\"\", 0, ACT_NEG, 0},"
    print "};"
    printf "#define %s_LEN %du\n", toupper(name), cnt[m]
}
# body_X_at[257]: the rows whose first byte is c are [at[c], at[c + 1]).
function emit_first_byte(name, n, first,    c, k) {
    printf "static const uint16_t %s[257] = {\n", name
    k = 0
    for (c = 0; c < 256; c++) {
        printf "%d,%s", k, (c % 24 == 23) ? "\n" : ""
        while (k < n && ord[first[k]] == c) k++
    }
    printf "%d,\n};\n", k
}
END {
    if (bad) exit 1
    print "/* Generated from data/body_classes.tsv and data/body_tags.tsv by"
    print " * scripts/gen-body-index.awk; do not edit. */"
    print "#ifndef AD_GEN_BODY_INDEX_H\n#define AD_GEN_BODY_INDEX_H\n#include <stdint.h>"
    sort_mode("class", 0); sort_mode("part", 0); sort_mode("sub", 1)
    emit_pats("body_whole", "class")
    for (i = 0; i < cnt["class"]; i++) k[i] = pat["class", i]
    emit_hash("body_whole_at", "BODY_WHOLE_SLOTS", k, cnt["class"], 4)
    emit_pats("body_part", "part")
    for (i = 0; i < cnt["part"]; i++) k[i] = pat["part", i]
    emit_hash("body_part_at", "BODY_PART_SLOTS", k, cnt["part"], 4)
    emit_pats("body_sub", "sub")
    for (i = 0; i < cnt["sub"]; i++) first[i] = substr(pat["sub", i], 1, 1)
    emit_first_byte("body_sub_at", cnt["sub"], first)
    for (i = 0; i < cnt["sub"]; i++) {
        b0 = ord[substr(pat["sub", i], 1, 1)]
        if (length(pat["sub", i]) > 1) { lo = ord[substr(pat["sub", i], 2, 1)]; hi = lo }
        else { lo = 0; hi = 255 }
        for (b1 = lo; b1 <= hi; b1++) setbit[b0 * 256 + b1] = 1
    }
    # 64-bit words as hex, written 16 bits at a time (awk numbers are
    # doubles): word w holds bits 64w .. 64w+63, least significant first.
    print "static const uint64_t body_sub_pair[1024] = {"
    for (w = 0; w < 1024; w++) {
        s = ""
        for (q = 3; q >= 0; q--) {
            v = 0
            for (b = 15; b >= 0; b--) v = v * 2 + ((w * 64 + q * 16 + b) in setbit)
            s = s sprintf("%04x", v)
        }
        printf "0x%sull,%s", s, (w % 4 == 3) ? "\n" : " "
    }
    print "};"
    for (i = 1; i < ntag; i++) {
        t = tag[i]; kd = kind[i]; bs = base[i]
        for (j = i - 1; j >= 0 && t "" < tag[j] ""; j--) { tag[j + 1] = tag[j]; kind[j + 1] = kind[j]; base[j + 1] = base[j] }
        tag[j + 1] = t; kind[j + 1] = kd; base[j + 1] = bs
    }
    for (i = 1; i < ntag; i++)
        if (tag[i - 1] "" == tag[i] "") { printf "data/body_tags.tsv: %s twice\n", tag[i] > "/dev/stderr"; exit 1 }
    printf "static const body_tag body_tags[%d] = {\n", ntag
    for (i = 0; i < ntag; i++) printf "    {%s, %s, %d},\n", c_str(tag[i]), kind[i], base[i]
    print "};"
    printf "#define BODY_TAGS_LEN %du\n", ntag
    for (i = 0; i < ntag; i++) first[i] = substr(tag[i], 1, 1)
    emit_first_byte("body_tag_at", ntag, first)
    print "#endif"
}
