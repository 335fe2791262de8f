/*
 * fuzz_html.c - libFuzzer target for the whole HTML pipeline.
 *
 * The input is a page: it goes through ad_article_parse (charset sniffing,
 * libxml2, metadata, body, entities, figures) and the article is rendered to
 * JSON, as the server and the CLI do. The first byte, when the input starts
 * with a 0x01 marker, picks a header charset so that the header path is
 * exercised as well as the sniffed one.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include "articled/articled.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const header_charsets[] = {NULL, "utf-8", "windows-1252", "gbk", "shift_jis",
                                              "utf-16", "iso-8859-1", "bogus-charset"};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ad_parse_opts opts = {0};
    ad_article *art = NULL;
    char err[256];

    opts.kind = AD_INPUT_HTML;
    opts.url = "https://example.com/news/2025/09/29/story.html";
    if (size >= 2 && data[0] == 0x01) {
        opts.charset = header_charsets[data[1] % (sizeof(header_charsets) / sizeof(header_charsets[0]))];
        data += 2;
        size -= 2;
    }
    if (ad_article_parse((const char *)data, size, &opts, &art, err, sizeof(err)) != AD_OK)
        return 0;
    char *s = ad_json_dump(art, AD_FIELD_ALL, 0);
    free(s);
    ad_article_free(art);
    return 0;
}
