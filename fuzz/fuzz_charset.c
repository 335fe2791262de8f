/*
 * fuzz_charset.c - libFuzzer target for the charset sniffer and converter
 * (ad_load_sniff, ad_load_resolve_charset, ad_load_to_utf8).
 *
 * The first byte selects a header charset label (or none, or one taken
 * from the input itself); the rest is the document. The sniffed charset is
 * then used to convert the bytes to UTF-8, whose output must be valid
 * UTF-8 under the converter's promise (undecodable bytes become U+FFFD).
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "articled/articled.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const labels[] = {NULL,      "utf-8",      "UTF-8",  "latin1",   "gb2312",
                                     "x-sjis",  "utf-16",     "utf-16le", "euc-kr", "koi8-r",
                                     "windows-1251", "unknown-x", ""};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char label[40];
    const char *header = NULL;
    char name[32];
    ad_charset_source src;

    if (size == 0)
        return 0;
    unsigned sel = data[0];
    data++;
    size--;
    if (sel < 0x80) {
        header = labels[sel % (sizeof(labels) / sizeof(labels[0]))];
    } else {
        /* The label comes from the input: up to 39 bytes before a NUL. */
        size_t n = 0;
        while (n < size && n < sizeof(label) - 1 && data[n])
            n++;
        memcpy(label, data, n);
        label[n] = '\0';
        header = label;
        data += n < size ? n + 1 : n;
        size -= n < size ? n + 1 : n;
    }
    ad_load_sniff((const char *)data, size, header, name, sizeof(name), &src);
    (void)ad_charset_source_name(src);
    char resolved[32];
    if (header)
        (void)ad_load_resolve_charset(header, resolved, sizeof(resolved));
    ad_buf out;
    char err[128];
    ad_buf_init(&out, 64u << 20);
    if (ad_load_to_utf8((const char *)data, size, name, &out, err, sizeof(err)) == AD_OK) {
        /* Walk the output as UTF-8: the decoder must accept all of it. */
        size_t i = 0;
        while (i < out.len) {
            unsigned char c = (unsigned char)out.data[i];
            size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
            if (!n || i + n > out.len)
                __builtin_trap();
            i += n;
        }
    }
    ad_buf_free(&out);
    return 0;
}
