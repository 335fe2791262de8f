/*
 * article.c - the pipeline: load -> metadata -> body -> text -> entities -> figures -> json.
 *
 * ad_article_parse() owns the order of the stages and the one arena that
 * every stage allocates from; the stages themselves know nothing of each
 * other beyond the structs they pass along.
 */
#include <string.h>
#include "articled/article.h"
#include "articled/author.h"
#include "articled/body.h"
#include "articled/entities.h"
#include "articled/figures.h"
#include "articled/load.h"
#include "articled/metadata.h"
#include "articled/text.h"

const char *ad_para_type_name(ad_para_type t)
{
    static const char *const names[] = {"paragraph", "heading", "quote",
                                        "list_item", "caption", "table"};
    return (unsigned)t < sizeof(names) / sizeof(names[0]) ? names[t] : "paragraph";
}

/* Whether a short closing line is a credit and no sentence: it does not
 * end as one (".", "。", "!", "?"). */
static int closing_credit(const char *s, size_t len)
{
    while (len && (s[len - 1] == ' ' || s[len - 1] == ')'))
        len--;
    if (len >= 3 &&
        (!memcmp(s + len - 3, "\xef\xbc\x89", 3) || !memcmp(s + len - 3, "\xe3\x80\x8d", 3)))
        len -= 3; /* "（記者 山田太郎）" */
    if (!len)
        return 0;
    char last = s[len - 1];
    if (last == '.' || last == '!' || last == '?')
        return 0;
    return !(len >= 3 && !memcmp(s + len - 3, "\xe3\x80\x82", 3));
}

/* The writer's bio that closes many articles ("Julia Gralberg is a
 * freelance travel writer ...") is page furniture, not article text, and
 * credits the writer. Among the last three paragraphs of a text of four or
 * more, such a bio is cut, with an "About the author" heading right before
 * it; its name becomes the author when nothing else credited anyone. A
 * page crediting no one is also read for a bio in its first three
 * paragraphs, which stay. */
/* Whether a line is a person's name alone: two to four words, each opening
 * with a capital, no digits or punctuation but hyphens, apostrophes and
 * an initial's dot, shaped like a name. */
static int name_line(const char *t, size_t len)
{
    if (len < 5 || len > 40)
        return 0;
    size_t words = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char ch = (unsigned char)t[i];
        if (ch == ' ')
            continue;
        if (i == 0 || t[i - 1] == ' ') {
            if (ch < 0x80 && !(ch >= 'A' && ch <= 'Z'))
                return 0;
            words++;
        } else if (ch < 0x80 && !((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
                                  ch == '-' || ch == '\'' || ch == '.')) {
            return 0;
        }
    }
    return words >= 2 && words <= 4 && ad_author_person_shaped(t, len);
}

static ad_status take_bio(ad_article *art, ad_paragraph *paras, size_t *np)
{
    size_t n = *np;
    const char **v = ad_arena_calloc(art->arena, 1, sizeof(char *));
    if (!v)
        return AD_ERR_NOMEM;
    ad_strlist l = {v, 0};
    /* Credit lines closing the text, as Korean and Japanese papers sign
     * ("김소연 기자 sykim@hani.co.kr", "（記者 山田太郎）", a reporter's box
     * under it): short lines whose byline has its "By" (a label or a role). */
    while (n >= 4 && paras[n - 1].type == AD_PARA_PARAGRAPH && paras[n - 1].len <= 100 &&
           closing_credit(paras[n - 1].text, paras[n - 1].len)) {
        ad_byline b;
        ad_status st = ad_author_parse_byline(paras[n - 1].text, paras[n - 1].len, NULL, NULL,
                                              art->arena, 4, &b);
        if (st != AD_OK)
            return st;
        if (!b.has_prefix || !b.authors.n)
            break;
        l = b.authors;
        n--;
    }
    /* The writer's name alone closing the text, as VnExpress and many
     * papers sign ("Quynh Anh Vo"): two to four capitalized words after a
     * paragraph that ends a sentence. */
    if (!l.n && n >= 4 && paras[n - 1].type == AD_PARA_PARAGRAPH &&
        paras[n - 2].type == AD_PARA_PARAGRAPH && name_line(paras[n - 1].text, paras[n - 1].len) &&
        paras[n - 2].len && strchr(".!?\"\x9d", paras[n - 2].text[paras[n - 2].len - 1])) {
        ad_status st =
            ad_author_add(paras[n - 1].text, paras[n - 1].len, NULL, NULL, art->arena, &l, 1);
        if (st != AD_OK)
            return st;
        if (l.n)
            n--;
    }
    for (size_t k = 0; k < 3 && k < n && !l.n; k++) {
        size_t i = n - 1 - k;
        if (paras[i].type != AD_PARA_PARAGRAPH)
            continue;
        ad_status st =
            ad_author_from_bio(paras[i].text, paras[i].len, &art->meta.authors, art->arena, &l, 1);
        if (st != AD_OK)
            return st;
        /* A short page that is all bio (a writer's profile) keeps it. */
        if (!l.n || n < 4)
            continue;
        size_t from = i;
        if (i > 0 && paras[i - 1].type == AD_PARA_HEADING &&
            ad_text_word_count(paras[i - 1].text, paras[i - 1].len) <= 4)
            from = i - 1;
        memmove(paras + from, paras + i + 1, (n - i - 1) * sizeof(*paras));
        n -= i + 1 - from;
        /* Co-authors' bios stand one after the other ("Clara Whitfield
         * covers energy ...", then "Devin Rao reports on ..."): the one
         * now last goes too when it is one. */
        const char *other = NULL;
        ad_strlist more = {&other, 0};
        while (n >= 4 && i == n && paras[n - 1].type == AD_PARA_PARAGRAPH) {
            more.n = 0;
            st = ad_author_from_bio(paras[n - 1].text, paras[n - 1].len, &art->meta.authors,
                                    art->arena, &more, 1);
            if (st != AD_OK)
                return st;
            if (!more.n)
                break;
            n--, i--;
        }
    }
    for (size_t i = 0; i < 3 && i < n && !l.n && !art->meta.authors.n; i++) {
        if (paras[i].type != AD_PARA_PARAGRAPH)
            continue;
        ad_status st =
            ad_author_from_bio(paras[i].text, paras[i].len, &art->meta.authors, art->arena, &l, 1);
        if (st != AD_OK)
            return st;
    }
    if (l.n && !art->meta.authors.n)
        art->meta.authors = l;
    *np = n;
    return AD_OK;
}

/* Takes paragraphs that already live in art's arena (the body stage's) as
 * they are, and derives text and word_count from them. */
static ad_status adopt_paragraphs(ad_article *art, ad_paragraph *paras, size_t n)
{
    size_t total = 0;
    for (size_t i = 0; i < n; i++)
        total += paras[i].len + 2;
    char *text = ad_arena_alloc(art->arena, total + 1);
    if (!text)
        return AD_ERR_NOMEM;
    size_t off = 0, words = 0;
    for (size_t i = 0; i < n; i++) {
        words += ad_text_word_count(paras[i].text, paras[i].len);
        if (i) {
            memcpy(text + off, "\n\n", 2);
            off += 2;
        }
        memcpy(text + off, paras[i].text, paras[i].len);
        off += paras[i].len;
    }
    text[off] = '\0';
    art->paragraphs = n ? paras : NULL;
    art->n_paragraphs = n;
    art->text = text;
    art->word_count = words;
    return AD_OK;
}

/* The joined text is built first and every paragraph's text is copied into
 * the arena, so callers may pass texts from anywhere (tests pass literals). */
ad_status ad_article_set_paragraphs(ad_article *art, const ad_paragraph *paras, size_t n)
{
    ad_paragraph *v = n ? ad_arena_calloc(art->arena, n, sizeof(*paras)) : NULL;
    if (n && !v)
        return AD_ERR_NOMEM;
    for (size_t i = 0; i < n; i++) {
        v[i] = paras[i];
        if (!(v[i].text = ad_arena_strndup(art->arena, paras[i].text, paras[i].len)))
            return AD_ERR_NOMEM;
    }
    return adopt_paragraphs(art, v, n);
}

static ad_status parse_html(ad_article *art, const char *data, size_t len,
                            const ad_parse_opts *opts, char *err, size_t errlen)
{
    ad_doc doc;
    ad_meta_hints hints;
    ad_paragraph *paras = NULL;
    const char *standfirst = NULL;
    size_t n = 0;
    ad_status st = ad_load_html(data, len, opts->charset, &doc, err, errlen);
    if (st != AD_OK)
        return st;
    memset(&hints, 0, sizeof(hints));
    st = ad_meta_extract(doc.html, opts->url, art->arena, &art->meta, &hints, err, errlen);
    if (st != AD_OK)
        goto fail;
    st = ad_body_extract(doc.html, &art->meta, &hints, art->arena, &paras, &n, &standfirst, err,
                         errlen);
    if (st != AD_OK)
        goto fail;
    /* A standfirst the body left out is the description when the page's
     * metadata has none. */
    if (!art->meta.description && standfirst)
        art->meta.description = standfirst;
    st = take_bio(art, paras, &n);
    if (st != AD_OK)
        goto fail;
    st = adopt_paragraphs(art, paras, n);
    if (st != AD_OK)
        goto fail;
    if (!art->meta.language)
        art->meta.language = ad_meta_detect_language(art->text, strlen(art->text));
fail:
    ad_doc_release(&doc);
    return st;
}

static ad_status parse_text(ad_article *art, const char *data, size_t len,
                            const ad_parse_opts *opts, char *err, size_t errlen)
{
    ad_buf utf8;
    ad_paragraph *paras = NULL;
    size_t n = 0;
    char name[32];
    ad_charset_source src;
    ad_status st;

    ad_buf_init(&utf8, len * 3 + 64);
    ad_load_sniff(data, len, opts->charset, name, sizeof(name), &src);
    /* Plain text has no <meta>; a "charset=" inside prose must not count. */
    if (src == AD_CS_META)
        snprintf(name, sizeof(name), "%s",
                 ad_text_valid_utf8(data, len) ? "UTF-8" : "WINDOWS-1252");
    st = ad_load_to_utf8(data, len, name, &utf8, err, errlen);
    if (st != AD_OK)
        goto fail;
    st = ad_body_from_text(utf8.data ? utf8.data : "", utf8.len, art->arena, &paras, &n, err,
                           errlen);
    if (st != AD_OK)
        goto fail;
    st = adopt_paragraphs(art, paras, n);
    if (st != AD_OK)
        goto fail;
    if (opts->url && !(art->meta.url = ad_arena_strdup(art->arena, opts->url))) {
        st = AD_ERR_NOMEM;
        goto fail;
    }
    art->meta.language = ad_meta_detect_language(art->text, strlen(art->text));
fail:
    ad_buf_free(&utf8);
    return st;
}

ad_status ad_article_parse(const char *data, size_t len, const ad_parse_opts *opts,
                           ad_article **out, char *err, size_t errlen)
{
    ad_parse_opts defaults = {0};
    ad_article *art = NULL;
    ad_arena *arena = NULL;
    ad_status st;

    *out = NULL;
    if (!opts)
        opts = &defaults;
    size_t cap = opts->max_bytes ? opts->max_bytes : AD_DEFAULT_MAX_BYTES;
    if (len > cap)
        return ad_fail(err, errlen, AD_ERR_TOOBIG,
                       "input is %zu bytes, over the limit of %zu bytes", len, cap);
    if (!data && len)
        return ad_fail(err, errlen, AD_ERR_USAGE, "no input buffer");
    if (!data)
        data = "";

    const char *binary = ad_load_binary_kind(data, len);
    if (binary)
        return ad_fail(err, errlen, AD_ERR_INPUT, "the input is %s, not an HTML or text document",
                       binary);

    arena = ad_arena_new(0);
    if (!arena)
        return ad_fail(err, errlen, AD_ERR_NOMEM, "out of memory");
    art = ad_arena_calloc(arena, 1, sizeof(*art));
    if (!art) {
        st = ad_fail(err, errlen, AD_ERR_NOMEM, "out of memory");
        goto fail;
    }
    art->arena = arena;
    art->text = "";
    if (opts->kind == AD_INPUT_TEXT)
        st = parse_text(art, data, len, opts, err, errlen);
    else
        st = parse_html(art, data, len, opts, err, errlen);
    if (st != AD_OK)
        goto fail;
    /* The reading stages run on the text, whatever the input was; a caller
     * that will not show their output can skip them. */
    if (!(opts->skip & AD_SKIP_ENTITIES)) {
        st = ad_entities_extract(art->paragraphs, art->n_paragraphs, &art->meta, art->arena,
                                 &art->entities, &art->n_entities, err, errlen);
        if (st != AD_OK)
            goto fail;
    }
    if (!(opts->skip & AD_SKIP_FIGURES)) {
        st = ad_figures_extract(art, art->meta.published, err, errlen);
        if (st != AD_OK)
            goto fail;
    }
    *out = art;
    return AD_OK;
fail:
    if (st == AD_ERR_NOMEM)
        ad_fail(err, errlen, st, "out of memory");
    ad_arena_free(arena);
    return st;
}

void ad_article_free(ad_article *art)
{
    if (art)
        ad_arena_free(art->arena);
}
