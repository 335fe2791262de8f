/*
 * body.c - the article body (first cut: every <p>).
 */
#include <string.h>
#include "articled/body.h"
#include "articled/dom.h"
#include "articled/text.h"

#define AD_BODY_MAX_PARAS 100000

ad_status ad_body_extract(xmlDocPtr doc, const ad_meta *meta, const ad_meta_hints *hints,
                          ad_arena *a, ad_paragraph **paras, size_t *n, char *err,
                          size_t errlen)
{
    (void)meta;
    (void)hints;
    size_t count = 0, cap = 64;
    ad_paragraph *v = ad_arena_alloc(a, cap * sizeof(*v));
    xmlNodePtr body = ad_dom_body(doc);
    if (!v)
        return ad_fail(err, errlen, AD_ERR_NOMEM, "out of memory");
    for (xmlNodePtr x = body; x; x = ad_dom_next(x, body)) {
        if (!ad_dom_is(x, "p"))
            continue;
        size_t len;
        ad_buf raw;
        ad_buf_init(&raw, 1 << 20);
        ad_dom_text(x, &raw);
        char *t = ad_text_norm_dup(a, raw.data ? raw.data : "", raw.len, &len);
        ad_buf_free(&raw);
        if (!t)
            return ad_fail(err, errlen, AD_ERR_NOMEM, "out of memory");
        if (!len)
            continue;
        if (count == cap) {
            ad_paragraph *nv = ad_arena_alloc(a, 2 * cap * sizeof(*v));
            if (!nv)
                return ad_fail(err, errlen, AD_ERR_NOMEM, "out of memory");
            memcpy(nv, v, cap * sizeof(*v));
            v = nv;
            cap *= 2;
        }
        v[count].text = t;
        v[count].len = len;
        v[count].type = AD_PARA_PARAGRAPH;
        count++;
    }
    *paras = v;
    *n = count;
    return AD_OK;
}

/* Appends one paragraph (normalized) to a growing arena array. */
static ad_status push_para(ad_arena *a, ad_paragraph **v, size_t *count, size_t *cap,
                           const char *s, size_t len, ad_para_type type)
{
    size_t plen;
    char *t = ad_text_norm_dup(a, s, len, &plen);
    if (!t)
        return AD_ERR_NOMEM;
    if (!plen || *count >= AD_BODY_MAX_PARAS)
        return AD_OK;
    if (*count == *cap) {
        size_t ncap = *cap ? *cap * 2 : 16;
        ad_paragraph *nv = ad_arena_alloc(a, ncap * sizeof(**v));
        if (!nv)
            return AD_ERR_NOMEM;
        if (*count)
            memcpy(nv, *v, *count * sizeof(**v));
        *v = nv;
        *cap = ncap;
    }
    (*v)[*count].text = t;
    (*v)[*count].len = plen;
    (*v)[*count].type = type;
    (*count)++;
    return AD_OK;
}

ad_status ad_body_from_text(const char *text, size_t len, ad_arena *a, ad_paragraph **paras,
                            size_t *n, char *err, size_t errlen)
{
    ad_paragraph *v = NULL;
    size_t count = 0, cap = 0;
    size_t i = 0, start = 0, end = 0;
    int open = 0;

    /* Lines are gathered into a paragraph until a line holding only white
     * space (or the end of input) closes it. */
    while (i <= len) {
        const char *nl = i < len ? memchr(text + i, '\n', len - i) : NULL;
        size_t line_end = nl ? (size_t)(nl - text) : len;
        int blank = 1;
        for (size_t k = i; k < line_end && blank; k++)
            blank = text[k] == ' ' || text[k] == '\t' || text[k] == '\r' || text[k] == '\f';
        if (!blank) {
            if (!open)
                start = i, open = 1;
            end = line_end;
        }
        if ((blank || !nl) && open) {
            if (push_para(a, &v, &count, &cap, text + start, end - start, AD_PARA_PARAGRAPH) !=
                AD_OK)
                return ad_fail(err, errlen, AD_ERR_NOMEM, "out of memory");
            open = 0;
        }
        if (!nl)
            break;
        i = line_end + 1;
    }
    *paras = v;
    *n = count;
    return AD_OK;
}
