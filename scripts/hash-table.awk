# hash-table.awk - the open-addressing tables of the generated headers,
# loaded before gen-gazetteer-c.awk and gen-lexicon.awk (awk -f this -f
# that). The hash is h = (h * 33 + byte) mod 2^32 over the key's bytes, a
# key's first slot is h mod size (size a power of two), collisions probe the
# next slot, and a slot holds a row number + 1 (0 is empty), with a check tag
# in tagged tables; gazetteer.c and body.c compute and probe them the same
# way.
BEGIN {
    for (i = 1; i < 256; i++) ord[sprintf("%c", i)] = i
}
# The full 32-bit hash of a key, as gazetteer.c's fold() computes it in a
# uint32_t (mawk's numbers are doubles, exact to 2^53: every step stays
# below 2^38).
function hash32(k,    h, j) {
    h = 0
    for (j = 1; j <= length(k); j++) h = (h * 33 + ord[substr(k, j, 1)]) % 4294967296
    return h
}
# A 16-bit check of a key, independent of its slot: the top half of
# h * 0x9E3779B1 mod 2^32 (Knuth's multiplicative mix), computed in 16-bit
# halves to stay exact.
function hash_tag(h,    lo, hi, m) {
    lo = h % 65536; hi = int(h / 65536)
    m = (lo * 2654435761 + ((hi * 2654435761) % 65536) * 65536) % 4294967296
    return int(m / 65536)
}
# Prints "#define MACRO SIZEu" and "static const uint16_t NAME[SIZE]" for the
# keys k[0..n): SIZE is the least power of two of at least 1024 and at least
# factor * n, a slot holds a row number + 1. With tagged, each slot is a
# uint32_t instead, with the key's hash_tag in its top 16 bits: a lookup
# compares the tag before it reads the row, so a word that is not in the
# table (most words of a text) costs one read of the slots, not a string
# comparison per occupied slot it probes.
function emit_hash(name, macro, k, n, factor, tagged,    size, slot, i, h, s) {
    if (n >= 65535) {
        print "hash-table.awk: too many keys for 16-bit row numbers (" name ")" > "/dev/stderr"
        exit 1
    }
    size = 1024
    while (size < factor * n) size *= 2
    for (i = 0; i < size; i++) slot[i] = 0
    for (i = 0; i < n; i++) {
        h = hash32(k[i])
        s = h % size
        while (slot[s]) s = (s + 1) % size
        slot[s] = (tagged ? hash_tag(h) * 65536 : 0) + i + 1
    }
    printf "#define %s %du\nstatic const %s %s[%d] = {\n", macro, size,
        tagged ? "uint32_t" : "uint16_t", name, size
    for (i = 0; i < size; i++) printf "%.0f%s,%s", slot[i], tagged ? "u" : "", (i % 12 == 11) ? "\n" : ""
    print "};"
}
