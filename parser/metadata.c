/*
 * metadata.c - the article's metadata from the HTML tree (first cut: <title>).
 */
#include <string.h>
#include "articled/dom.h"
#include "articled/metadata.h"
#include "articled/text.h"

ad_status ad_meta_extract(xmlDocPtr doc, const char *url, ad_arena *a, ad_meta *out,
                          ad_meta_hints *hints, char *err, size_t errlen)
{
    memset(out, 0, sizeof(*out));
    memset(hints, 0, sizeof(*hints));
    if (url && !(out->url = ad_arena_strdup(a, url)))
        return ad_fail(err, errlen, AD_ERR_NOMEM, "out of memory");
    xmlNodePtr head = ad_dom_head(doc);
    for (xmlNodePtr n = head; n; n = ad_dom_next(n, head)) {
        if (ad_dom_is(n, "title")) {
            out->title = ad_dom_text_norm(n, a, 4096);
            break;
        }
    }
    return AD_OK;
}

const char *ad_meta_detect_language(const char *text, size_t len)
{
    (void)text;
    (void)len;
    return NULL;
}
