/*
 * fuzz_quantity.c - libFuzzer target for the number, money and period
 * scanners (include/articled/quantity.h).
 *
 * The input is one paragraph. All three scanners run over it, twice with
 * the same ad_quantities / ad_qty_periods (the API promises they can be
 * reused), with and without an anchor date; every reported span must lie
 * inside the text, which is checked so that a bad offset is a crash here
 * rather than a garbled string in the JSON.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "articled/articled.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* The scanners take a length, but callers hand them NUL-terminated
     * paragraphs; a copy without the terminator lets ASan see overreads. */
    char *s = malloc(size ? size : 1);
    if (!s)
        return 0;
    memcpy(s, data, size);
    ad_arena *a = ad_arena_new(0);
    if (!a) {
        free(s);
        return 0;
    }
    char err[256];
    ad_quantities q;
    ad_qty_periods p;
    memset(&q, 0, sizeof(q));
    memset(&p, 0, sizeof(p));
    for (int round = 0; round < 2; round++) {
        if (ad_qty_scan(s, size, a, &q, err, sizeof(err)) == AD_OK) {
            for (size_t i = 0; i < q.n; i++) {
                if (q.v[i].start > q.v[i].end || q.v[i].end > size ||
                    q.v[i].num_start < q.v[i].start || q.v[i].num_start > q.v[i].end)
                    abort();
                (void)ad_qty_kind_name(q.v[i].kind);
            }
        }
        const char *anchor = round ? "2025-09-29T10:00:00+08:00" : NULL;
        if (ad_qty_find_periods(s, size, anchor, a, &p, err, sizeof(err)) == AD_OK) {
            for (size_t i = 0; i < p.n; i++) {
                if (p.v[i].span_start > p.v[i].span_end || p.v[i].span_end > size ||
                    !p.v[i].text)
                    abort();
                if (p.v[i].start)
                    (void)strlen(p.v[i].start);
                if (p.v[i].end)
                    (void)strlen(p.v[i].end);
            }
        }
        size_t b0 = 0, b1 = 0;
        if (ad_qty_find_basis(s, size, &b0, &b1) && (b0 > b1 || b1 > size))
            abort();
    }
    ad_arena_free(a);
    free(s);
    return 0;
}
