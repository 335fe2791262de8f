/*
 * fuzz_text.c - libFuzzer target for the plain-text entry.
 *
 * The input is a story in text mode (paragraphs split on blank lines), so
 * that the tokenizer, entities and figures see text that libxml2 has not
 * normalized first; the article is rendered to JSON.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include "articled/articled.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ad_parse_opts opts = {0};
    ad_article *art = NULL;
    char err[256];

    opts.kind = AD_INPUT_TEXT;
    if (ad_article_parse((const char *)data, size, &opts, &art, err, sizeof(err)) != AD_OK)
        return 0;
    char *s = ad_json_dump(art, AD_FIELD_ALL, 1);
    free(s);
    ad_article_free(art);
    return 0;
}
