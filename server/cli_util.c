/*
 * cli_util.c - file reading with a cap and size parsing for the commands.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "articled/text.h"
#include "cli.h"

ad_status ad_cli_read_file(const char *path, size_t max, ad_buf *out, char *err, size_t errlen)
{
    int is_stdin = !strcmp(path, "-");
    FILE *f = is_stdin ? stdin : fopen(path, "rb");
    const char *name = is_stdin ? "<stdin>" : path;
    ad_status st = AD_OK;
    char chunk[65536];

    if (!f)
        return ad_fail(err, errlen, AD_ERR_IO, "%s: cannot open: %s", path, strerror(errno));
    /* The buffer may hold one byte more than the limit so that "exactly at
     * the limit" and "over it" can be told apart. */
    if (max >= SIZE_MAX - 1)
        max = SIZE_MAX - 2;
    ad_buf_init(out, max + 1);
    for (;;) {
        size_t n = fread(chunk, 1, sizeof(chunk), f);
        if (n && (st = ad_buf_append(out, chunk, n)) != AD_OK)
            break;
        if (out->len > max) {
            st = AD_ERR_TOOBIG;
            break;
        }
        if (n < sizeof(chunk)) {
            if (ferror(f))
                st = AD_ERR_IO;
            break;
        }
    }
    if (st == AD_ERR_TOOBIG)
        ad_fail(err, errlen, st,
                "%s: input is larger than the limit of %zu bytes (see --max-bytes)", name, max);
    else if (st == AD_ERR_IO)
        ad_fail(err, errlen, st, "%s: read error: %s", name, strerror(errno));
    else if (st == AD_ERR_NOMEM)
        ad_fail(err, errlen, st, "%s: out of memory", name);
    if (!is_stdin)
        fclose(f);
    if (st != AD_OK)
        ad_buf_free(out);
    return st;
}

int ad_cli_parse_size(const char *s, size_t *out)
{
    char *end;
    errno = 0;
    if (!s || !*s || *s == '-')
        return -1;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || end == s)
        return -1;
    unsigned long long mul = 1;
    if (*end) {
        static const struct {
            const char *suffix;
            unsigned long long mul;
        } units[] = {{"b", 1},
                     {"k", 1024},
                     {"kb", 1000},
                     {"kib", 1024},
                     {"m", 1048576},
                     {"mb", 1000000},
                     {"mib", 1048576},
                     {"g", 1073741824ULL},
                     {"gb", 1000000000ULL},
                     {"gib", 1073741824ULL}};
        size_t i;
        for (i = 0; i < sizeof(units) / sizeof(units[0]); i++)
            if (!ad_text_casecmp(end, units[i].suffix))
                break;
        if (i == sizeof(units) / sizeof(units[0]))
            return -1;
        mul = units[i].mul;
    }
    if (v > (unsigned long long)SIZE_MAX / mul)
        return -1;
    *out = (size_t)(v * mul);
    return 0;
}

int ad_cli_parse_duration(const char *s, double *ms)
{
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    if (errno || end == s || v < 0 || v != v)
        return -1;
    if (!*end || !strcmp(end, "s"))
        *ms = v * 1000;
    else if (!strcmp(end, "ms"))
        *ms = v;
    else if (!strcmp(end, "m"))
        *ms = v * 60000;
    else
        return -1;
    return 0;
}
