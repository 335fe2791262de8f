# hash-table.awk - the open-addressing tables of the generated headers,
# loaded before gen-gazetteer-c.awk and gen-lexicon.awk (awk -f this -f
# that). The hash is h = (h * 33 + byte) mod size over the key's bytes,
# collisions probe the next slot, and a slot holds a row number + 1 (0 is
# empty); gazetteer.c computes and probes them the same way.
BEGIN {
    for (i = 1; i < 256; i++) ord[sprintf("%c", i)] = i
}
function hash(k, size,    h, j) {
    h = 0
    for (j = 1; j <= length(k); j++) h = (h * 33 + ord[substr(k, j, 1)]) % size
    return h
}
# Prints "#define MACRO SIZEu" and "static const uint16_t NAME[SIZE]" for the
# keys k[0..n): SIZE is the least power of two of at least 1024 and at least
# factor * n.
function emit_hash(name, macro, k, n, factor,    size, slot, i, h) {
    if (n >= 65535) {
        print "hash-table.awk: too many keys for uint16_t slots (" name ")" > "/dev/stderr"
        exit 1
    }
    size = 1024
    while (size < factor * n) size *= 2
    for (i = 0; i < size; i++) slot[i] = 0
    for (i = 0; i < n; i++) {
        h = hash(k[i], size)
        while (slot[h]) h = (h + 1) % size
        slot[h] = i + 1
    }
    printf "#define %s %du\nstatic const uint16_t %s[%d] = {\n", macro, size, name, size
    for (i = 0; i < size; i++) printf "%d,%s", slot[i], (i % 24 == 23) ? "\n" : ""
    print "};"
}
