/*
 * load.c - charset resolution, conversion to UTF-8 and the libxml2 parse.
 *
 * libxml2 is always handed valid UTF-8 without NUL bytes, in a parser
 * context we build ourselves: its charset is set to UTF-8 and
 * HTML_PARSE_IGNORE_ENC is on, so neither a <meta charset> nor an odd byte
 * can make 2.9.14 switch decoders mid-document. Conversions go through
 * iconv; labels are mapped to the supersets browsers use (gb2312 ->
 * GB18030, shift_jis -> CP932, latin1 -> cp1252).
 *
 * libxml2 2.9.14 halts the whole parse (dropping everything after) when
 * elements nest deeper than 256 and XML_PARSE_HUGE is off, which we never
 * turn on. The SAX wrappers below therefore stop creating elements past
 * AD_LOAD_MAX_DEPTH: deeper tags are dropped, their text is kept in the
 * deepest kept ancestor, and the rest of the page is parsed normally.
 *
 * libxml2 2.9.14 also compares each attribute of a start tag with all the
 * previous ones (a duplicate check), so one tag with 100,000 attributes
 * takes a minute. A linear pre-pass (tame_attributes) keeps the first
 * AD_LOAD_MAX_ATTRS attributes of such a tag and blanks the rest with
 * spaces; pages without such a tag are not copied.
 */
#include <errno.h>
#include <iconv.h>
#include <string.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include "articled/dom.h"
#include "articled/load.h"
#include "articled/text.h"

/* How far into the document <meta charset> is looked for. Browsers look at
 * the first 1024 bytes and then again while building <head>; pages with long
 * inline scripts before the meta exist, so the whole <head> is scanned, up
 * to this many bytes. */
#define AD_SNIFF_BYTES (64 * 1024)

/* Elements nested deeper than this are flattened into their ancestor (see
 * the comment at the top); libxml2 itself gives up at 256. */
#define AD_LOAD_MAX_DEPTH 200

/* Attributes kept on one start tag; real pages stay far below it. */
#define AD_LOAD_MAX_ATTRS 256

typedef struct charset_alias {
    const char *label;
    const char *iconv_name;
} charset_alias;

/* Labels seen in the wild and the iconv charset that decodes them the way
 * browsers do (the WHATWG Encoding Standard's mapping, where glibc has it). */
static const charset_alias charset_aliases[] = {
    {"utf-8", "UTF-8"},
    {"utf8", "UTF-8"},
    {"unicode-1-1-utf-8", "UTF-8"},
    {"utf-16", "UTF-16"},
    {"utf-16le", "UTF-16LE"},
    {"utf-16be", "UTF-16BE"},
    {"unicode", "UTF-16LE"},
    {"us-ascii", "WINDOWS-1252"},
    {"ascii", "WINDOWS-1252"},
    {"iso-8859-1", "WINDOWS-1252"},
    {"iso8859-1", "WINDOWS-1252"},
    {"iso_8859-1", "WINDOWS-1252"},
    {"latin1", "WINDOWS-1252"},
    {"l1", "WINDOWS-1252"},
    {"windows-1252", "WINDOWS-1252"},
    {"cp1252", "WINDOWS-1252"},
    {"x-cp1252", "WINDOWS-1252"},
    {"windows-1251", "WINDOWS-1251"},
    {"cp1251", "WINDOWS-1251"},
    {"x-cp1251", "WINDOWS-1251"},
    {"windows-1250", "WINDOWS-1250"},
    {"cp1250", "WINDOWS-1250"},
    {"windows-1253", "WINDOWS-1253"},
    {"windows-1254", "WINDOWS-1254"},
    {"iso-8859-9", "WINDOWS-1254"},
    {"windows-1255", "WINDOWS-1255"},
    {"windows-1256", "WINDOWS-1256"},
    {"windows-1257", "WINDOWS-1257"},
    {"windows-1258", "WINDOWS-1258"},
    {"windows-874", "CP874"},
    {"tis-620", "CP874"},
    {"iso-8859-2", "ISO-8859-2"},
    {"iso-8859-5", "ISO-8859-5"},
    {"iso-8859-7", "ISO-8859-7"},
    {"iso-8859-15", "ISO-8859-15"},
    {"koi8-r", "KOI8-R"},
    {"koi8r", "KOI8-R"},
    {"koi8-u", "KOI8-U"},
    {"gb2312", "GB18030"},
    {"gbk", "GB18030"},
    {"x-gbk", "GB18030"},
    {"gb18030", "GB18030"},
    {"cp936", "GB18030"},
    {"euc-cn", "GB18030"},
    {"chinese", "GB18030"},
    {"big5", "BIG5-HKSCS"},
    {"big5-hkscs", "BIG5-HKSCS"},
    {"x-x-big5", "BIG5-HKSCS"},
    {"cn-big5", "BIG5-HKSCS"},
    {"shift_jis", "CP932"},
    {"shift-jis", "CP932"},
    {"sjis", "CP932"},
    {"x-sjis", "CP932"},
    {"ms_kanji", "CP932"},
    {"windows-31j", "CP932"},
    {"cp932", "CP932"},
    {"euc-jp", "EUC-JP"},
    {"x-euc-jp", "EUC-JP"},
    {"iso-2022-jp", "ISO-2022-JP"},
    {"euc-kr", "CP949"},
    {"ks_c_5601-1987", "CP949"},
    {"windows-949", "CP949"},
    {"cp949", "CP949"},
    {"iso-2022-kr", "ISO-2022-KR"},
};

const char *ad_charset_source_name(ad_charset_source src)
{
    static const char *const names[] = {"bom", "header", "meta", "utf8", "fallback"};
    return (unsigned)src < sizeof(names) / sizeof(names[0]) ? names[src] : "unknown";
}

/* True when iconv knows name and decodes ASCII markup as ASCII. Names that
 * fail this (UTF-16, UTF-32, UTF-7, EBCDIC) cannot have been declared in
 * the ASCII bytes of a page, so a label naming one is not trusted. */
static int iconv_ascii_compatible(const char *name)
{
    static const char probe[] = "<meta a=\"b+-c\">";
    char outb[64];
    char *in = (char *)probe, *o = outb;
    size_t inleft = sizeof(probe) - 1, oleft = sizeof(outb);
    iconv_t cd = iconv_open("UTF-8", name);
    if (cd == (iconv_t)-1)
        return 0;
    size_t r = iconv(cd, &in, &inleft, &o, &oleft);
    iconv_close(cd);
    return r != (size_t)-1 && inleft == 0 && (size_t)(o - outb) == sizeof(probe) - 1 &&
           !memcmp(outb, probe, sizeof(probe) - 1);
}

const char *ad_load_charset_alias(const char *label)
{
    char norm[48];
    size_t n = 0;
    while (*label == ' ' || *label == '\t' || *label == '"' || *label == '\'')
        label++;
    for (; *label && n + 1 < sizeof(norm); label++) {
        char c = *label;
        if (c == '"' || c == '\'' || c == ';' || c == ' ' || c == '\t' || c == ',')
            break;
        norm[n++] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
    }
    norm[n] = '\0';
    if (!n)
        return NULL;
    for (size_t i = 0; i < sizeof(charset_aliases) / sizeof(charset_aliases[0]); i++)
        if (!strcmp(norm, charset_aliases[i].label))
            return charset_aliases[i].iconv_name;
    return NULL;
}

/* Resolves a label to a name iconv accepts: the alias table first, then the
 * label itself upper-cased if iconv knows it as an ASCII-compatible
 * charset. */
int ad_load_resolve_charset(const char *label, char *name, size_t namelen)
{
    const char *alias = ad_load_charset_alias(label);
    if (alias) {
        snprintf(name, namelen, "%s", alias);
        return 1;
    }
    char up[48];
    size_t n = 0;
    while (*label == ' ' || *label == '\t' || *label == '"' || *label == '\'')
        label++;
    for (const char *p = label; *p && n + 1 < sizeof(up); p++) {
        char c = *p;
        if (c == '"' || c == '\'' || c == ';' || c == ' ' || c == '\t' || c == ',')
            break;
        /* Only plain charset-name characters reach iconv: "//TRANSLIT"
         * suffixes and other syntax are not labels. */
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '-' || c == '_' || c == '.' || c == ':'))
            return 0;
        up[n++] = (c >= 'a' && c <= 'z') ? (char)(c - 32) : c;
    }
    up[n] = '\0';
    if (!n || !iconv_ascii_compatible(up))
        return 0;
    snprintf(name, namelen, "%s", up);
    return 1;
}

static const char *find_ci(const char *hay, const char *end, const char *needle)
{
    size_t n = strlen(needle);
    unsigned char c0 = (unsigned char)needle[0];
    int folds = (c0 | 0x20) >= 'a' && (c0 | 0x20) <= 'z';
    for (const char *p = hay; p + n <= end; p++) {
        /* Needles that open with a fixed byte ("-->", "</script") jump from
         * one candidate to the next with memchr: scripts are long. */
        if (!folds) {
            p = memchr(p, c0, (size_t)(end - p) - n + 1);
            if (!p)
                return NULL;
        }
        if (ad_text_ncasecmp(p, needle, n) == 0)
            return p;
    }
    return NULL;
}

/* Looks for charset=NAME inside s[0..end) (every occurrence, so that a
 * "charset" inside another attribute does not hide the real one) and
 * resolves it. */
static int charset_param(const char *s, const char *end, char *name, size_t namelen)
{
    const char *p;
    while ((p = find_ci(s, end, "charset")) != NULL) {
        s = p + 7;
        p += 7;
        while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
            p++;
        if (p >= end || *p != '=')
            continue;
        p++;
        while (p < end && (*p == ' ' || *p == '\t' || *p == '"' || *p == '\''))
            p++;
        char label[48];
        size_t n = 0;
        while (p < end && n + 1 < sizeof(label) && *p != '"' && *p != '\'' && *p != ';' &&
               *p != ' ' && *p != '>' && *p != '/' && *p != ',')
            label[n++] = *p++;
        label[n] = '\0';
        if (n && ad_text_valid_utf8(label, n) && ad_load_resolve_charset(label, name, namelen))
            return 1;
    }
    return 0;
}

/* A simplified form of the HTML prescan: each <meta ...> tag in the <head>
 * (up to AD_SNIFF_BYTES) is checked for charset= (covers both <meta
 * charset> and the http-equiv content attribute). Comments and script or
 * style contents are skipped; <body> or </head> ends the scan. */
static int sniff_meta(const char *data, size_t len, char *name, size_t namelen)
{
    const char *end = data + (len < AD_SNIFF_BYTES ? len : AD_SNIFF_BYTES);
    const char *p = data;
    while (p < end) {
        const char *lt = memchr(p, '<', (size_t)(end - p));
        if (!lt)
            break;
        size_t left = (size_t)(end - lt);
        if (left >= 4 && !memcmp(lt, "<!--", 4)) {
            const char *close = find_ci(lt + 4, end, "-->");
            if (!close)
                break;
            p = close + 3;
            continue;
        }
        const char *close_tag = NULL;
        if (left >= 7 && !ad_text_ncasecmp(lt, "<script", 7))
            close_tag = "</script";
        else if (left >= 6 && !ad_text_ncasecmp(lt, "<style", 6))
            close_tag = "</style";
        if (close_tag) {
            const char *close = find_ci(lt + 6, end, close_tag);
            if (!close)
                break;
            p = close + 2;
            continue;
        }
        if ((left >= 5 && !ad_text_ncasecmp(lt, "<body", 5)) ||
            (left >= 6 && !ad_text_ncasecmp(lt, "</head", 6)))
            break;
        if (left >= 6 && !ad_text_ncasecmp(lt, "<meta", 5) &&
            (lt[5] == ' ' || lt[5] == '\t' || lt[5] == '\n' || lt[5] == '\r' || lt[5] == '/')) {
            const char *gt = memchr(lt, '>', left);
            if (!gt)
                gt = end;
            if (charset_param(lt + 5, gt, name, namelen))
                return 1;
            p = gt;
            continue;
        }
        p = lt + 1;
    }
    return 0;
}

/* True when data is valid UTF-8 without NUL and holds at least one
 * multi-byte sequence: text in a legacy charset almost never looks like
 * that by chance, so such bytes are UTF-8 whatever the page declares. */
static int utf8_evident(const char *data, size_t len)
{
    const unsigned char *u = (const unsigned char *)data;
    size_t i = 0;
    while (i < len && u[i] && u[i] < 0x80)
        i++;
    return i < len && memchr(data + i, 0, len - i) == NULL && ad_text_valid_utf8(data + i, len - i);
}

/* True when data has bytes above 0x7F and none of them starts a valid
 * UTF-8 sequence. */
static int utf8_impossible(const char *data, size_t len)
{
    const unsigned char *u = (const unsigned char *)data;
    int high = 0;
    for (size_t i = 0; i < len; i++) {
        if (u[i] < 0x80)
            continue;
        size_t n;
        long cp = ad_text_decode(data + i, len - i, &n);
        if (!(cp == 0xFFFD && n == 1))
            return 0;
        high = 1;
    }
    return high;
}

/* ad_load_sniff(); *valid is set to 1 when the sniffing found data to be
 * valid UTF-8 without NUL on the way (the loader then skips its own check),
 * else left alone. */
static void sniff(const char *data, size_t len, const char *header_charset, char *name,
                  size_t namelen, ad_charset_source *src, int *valid)
{
    const unsigned char *u = (const unsigned char *)data;
    if (len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
        snprintf(name, namelen, "UTF-8");
        *src = AD_CS_BOM;
        return;
    }
    if (len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
        snprintf(name, namelen, u[0] == 0xFF ? "UTF-16LE" : "UTF-16BE");
        *src = AD_CS_BOM;
        return;
    }
    int declared = 0;
    if (header_charset && *header_charset &&
        ad_load_resolve_charset(header_charset, name, namelen)) {
        *src = AD_CS_HEADER;
        declared = 1;
    } else if (sniff_meta(data, len, name, namelen)) {
        *src = AD_CS_META;
        declared = 1;
    }
    if (declared) {
        /* A page cannot declare UTF-16 in ASCII-compatible bytes: a document
         * whose header or meta says so is really UTF-8 (as browsers
         * assume). A declared legacy charset loses to bytes that are
         * evidently UTF-8: servers and templates that say ISO-8859-1 or
         * GBK over UTF-8 content are common, the reverse accident is not. */
        if (!strncmp(name, "UTF-16", 6))
            snprintf(name, namelen, "UTF-8");
        if (strcmp(name, "UTF-8") != 0 && utf8_evident(data, len)) {
            snprintf(name, namelen, "UTF-8");
            *src = AD_CS_UTF8;
        } else if (!strcmp(name, "UTF-8")) {
            /* Valid UTF-8 (the usual case, one fast pass) cannot be
             * impossible UTF-8. */
            if (memchr(data, 0, len) == NULL && ad_text_valid_utf8(data, len)) {
                *valid = 1;
            } else if (utf8_impossible(data, len)) {
                /* Declared UTF-8, yet not one multi-byte sequence is valid:
                 * the page is in a legacy charset, most likely
                 * windows-1252. */
                snprintf(name, namelen, "WINDOWS-1252");
                *src = AD_CS_FALLBACK;
            }
        }
        return;
    }
    if (ad_text_valid_utf8(data, len)) {
        snprintf(name, namelen, "UTF-8");
        *src = AD_CS_UTF8;
        return;
    }
    snprintf(name, namelen, "WINDOWS-1252");
    *src = AD_CS_FALLBACK;
}

void ad_load_sniff(const char *data, size_t len, const char *header_charset, char *name,
                   size_t namelen, ad_charset_source *src)
{
    int valid = 0;
    sniff(data, len, header_charset, name, namelen, src, &valid);
}

static const char replacement[] = "\xEF\xBF\xBD";

/* Copies UTF-8, replacing invalid sequences with U+FFFD and dropping NUL
 * bytes (which the HTML tokenizer ignores too). */
static ad_status utf8_sanitize(const char *data, size_t len, ad_buf *out)
{
    size_t i = 0, run = 0;
    ad_status st;
    while (i < len) {
        unsigned char c = (unsigned char)data[i];
        if (c >= 0x01 && c < 0x80) {
            i++;
            continue;
        }
        size_t n = 1;
        long cp = c ? ad_text_decode(data + i, len - i, &n) : 0;
        if (c && !(cp == 0xFFFD && n == 1)) {
            i += n;
            continue;
        }
        if ((st = ad_buf_append(out, data + run, i - run)) != AD_OK ||
            (c && (st = ad_buf_append(out, replacement, 3)) != AD_OK))
            return st;
        i += 1;
        run = i;
    }
    return ad_buf_append(out, data + run, len - run);
}

ad_status ad_load_to_utf8(const char *data, size_t len, const char *charset, ad_buf *out, char *err,
                          size_t errlen)
{
    const unsigned char *u = (const unsigned char *)data;
    if (!strcmp(charset, "UTF-8")) {
        if (len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
            data += 3, len -= 3;
        return utf8_sanitize(data, len, out);
    }
    iconv_t cd = iconv_open("UTF-8", charset);
    if (cd == (iconv_t)-1)
        return ad_fail(err, errlen, AD_ERR_CHARSET, "unknown character set \"%s\"", charset);

    size_t start = out->len;
    ad_status st = AD_OK;
    char *in = (char *)data;
    size_t inleft = len;
    char chunk[8192];
    while (inleft > 0) {
        char *o = chunk;
        size_t oleft = sizeof(chunk);
        size_t r = iconv(cd, &in, &inleft, &o, &oleft);
        if ((st = ad_buf_append(out, chunk, sizeof(chunk) - oleft)) != AD_OK)
            goto done;
        if (r != (size_t)-1)
            continue;
        if (errno == E2BIG)
            continue;
        /* EILSEQ or a truncated sequence at the end: one replacement
         * character for the bad byte, then go on after it. */
        if ((st = ad_buf_append(out, replacement, 3)) != AD_OK)
            goto done;
        in++;
        inleft--;
        iconv(cd, NULL, NULL, NULL, NULL);
    }
    /* Flush shift states of stateful encodings (ISO-2022-*). */
    {
        char *o = chunk;
        size_t oleft = sizeof(chunk);
        iconv(cd, NULL, NULL, &o, &oleft);
        st = ad_buf_append(out, chunk, sizeof(chunk) - oleft);
    }
done:
    iconv_close(cd);
    if (st == AD_OK && out->len > start) {
        /* Decoders pass NUL through; the tree must never see one, and a
         * BOM that iconv kept would end up in the text. */
        size_t w = start;
        size_t r = start;
        if (out->len - start >= 3 && !memcmp(out->data + start, "\xEF\xBB\xBF", 3))
            r += 3;
        for (; r < out->len; r++)
            if (out->data[r])
                out->data[w++] = out->data[r];
        out->len = w;
        out->data[w] = '\0';
    }
    return st;
}

/* SAX wrappers that flatten elements nested past AD_LOAD_MAX_DEPTH (see
 * the top of the file). The HTML parser pairs every start with an end
 * (implied and auto-closed elements included), so a counter suffices. */
typedef struct depth_guard {
    startElementSAXFunc start;
    endElementSAXFunc end;
    unsigned long depth;
} depth_guard;

static void guarded_start(void *ctx, const xmlChar *name, const xmlChar **atts)
{
    depth_guard *g = ((htmlParserCtxtPtr)ctx)->_private;
    if (++g->depth <= AD_LOAD_MAX_DEPTH)
        g->start(ctx, name, atts);
}

static void guarded_end(void *ctx, const xmlChar *name)
{
    depth_guard *g = ((htmlParserCtxtPtr)ctx)->_private;
    if (g->depth-- <= AD_LOAD_MAX_DEPTH)
        g->end(ctx, name);
}

/* AMP pages draw their images with <amp-img> (and animations with
 * <amp-anim>), with the same src, alt and size as an <img>: they become
 * <img> elements, so that lead images, captions and credits are found on
 * AMP pages as on others. Only called on a page that holds one. */
static void rename_amp_images(xmlNodePtr root)
{
    for (xmlNodePtr n = root; n; n = ad_dom_next(n, root))
        if (ad_dom_is(n, "amp-img") || ad_dom_is(n, "amp-anim"))
            xmlNodeSetName(n, (const xmlChar *)"img");
}

#define AD_HTML_OPTIONS                                                                            \
    (HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |           \
     HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC)

/* Content after an early "</body></html>" makes libxml2 2.9 open another
 * <html>, beside the root or inside it after <body>, where every walk that
 * starts at <body> misses it (pages whose whole article follows a closed
 * header template). Browsers put such content at the end of <body>; so do
 * we, in document order: later top-level elements move under the root,
 * then whatever follows <body> there moves into <body>, the stray
 * html/head/body wrappers dissolved into their children. Only nodes after
 * <body> at the top two levels are touched. */
static void merge_extra_roots(xmlDocPtr doc)
{
    xmlNodePtr root = ad_dom_root(doc);
    if (!root)
        return;
    for (xmlNodePtr n = root->next, next; n; n = next) {
        next = n->next;
        if (n->type == XML_ELEMENT_NODE) {
            xmlUnlinkNode(n);
            xmlAddChild(root, n);
        }
    }
    xmlNodePtr body = ad_dom_body(doc);
    if (!body)
        return;
    xmlNodePtr n = body->next;
    while (n) {
        xmlNodePtr next = n->next;
        if (ad_dom_is(n, "html") || ad_dom_is(n, "head") || ad_dom_is(n, "body")) {
            /* Splice the wrapper's children into its place, so that they
             * are visited next; then drop the empty wrapper. */
            xmlNodePtr first = n->children, last = n->last;
            if (first) {
                for (xmlNodePtr g = first; g; g = g->next)
                    g->parent = root;
                last->next = n->next;
                if (n->next)
                    n->next->prev = last;
                else
                    root->last = last;
                n->next = first;
                first->prev = n;
                n->children = n->last = NULL;
                next = first;
            }
            xmlUnlinkNode(n);
            xmlFreeNode(n);
        } else {
            xmlUnlinkNode(n);
            xmlAddChild(body, n); /* may merge a text node into body's last and free it */
        }
        n = next;
    }
}

/* Parses UTF-8 bytes (valid, no NUL) into a tree. The buffer is copied
 * once by libxml2 (a plain memcpy, no decoding pass): a static input buffer
 * measured slower in 2.9.14 and would need bytes[len] == 0. */
static xmlDocPtr parse_utf8(const char *bytes, int len)
{
    htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
    if (!ctxt)
        return NULL;
    depth_guard guard = {ctxt->sax->startElement, ctxt->sax->endElement, 0};
    xmlDocPtr doc = NULL;
    ctxt->_private = &guard;
    if (guard.start && guard.end) {
        ctxt->sax->startElement = guarded_start;
        ctxt->sax->endElement = guarded_end;
    }
    htmlCtxtUseOptions(ctxt, AD_HTML_OPTIONS);
    /* htmlCtxtUseOptions() turns dictNames off, and HTML_PARSE_COMPACT only
     * acts with it on: then a text shorter than 16 bytes (most of a page's
     * text nodes: blanks between tags, short labels) is stored inside its
     * node instead of in an allocation of its own. The tree is the same;
     * libxml2 frees and edits such nodes knowingly. (2.9.14 still copies
     * HTML element and attribute names, and the document gets no
     * dictionary.) */
    ctxt->dictNames = 1;
    xmlParserInputBufferPtr buf = xmlParserInputBufferCreateMem(bytes, len, XML_CHAR_ENCODING_NONE);
    if (!buf)
        goto done;
    xmlParserInputPtr in = xmlNewInputStream(ctxt);
    if (!in) {
        xmlFreeParserInputBuffer(buf);
        goto done;
    }
    in->buf = buf;
    in->base = in->cur = xmlBufContent(buf->buffer);
    in->end = in->base + len;
    if (inputPush(ctxt, in) < 0) {
        xmlFreeInputStream(in);
        goto done;
    }
    /* The bytes are UTF-8 already: no decoder, and no guessing later. */
    ctxt->charset = XML_CHAR_ENCODING_UTF8;
    htmlParseDocument(ctxt);
    doc = ctxt->myDoc;
    ctxt->myDoc = NULL;
    if (doc)
        merge_extra_roots(doc);
    if (doc && (memmem(bytes, len, "<amp-img", 8) || memmem(bytes, len, "<amp-anim", 9)))
        rename_amp_images(xmlDocGetRootElement(doc));
done:
    htmlFreeParserCtxt(ctxt);
    return doc;
}

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

static int is_alpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Byte classes for tame_attributes' name loops (is_space, '>', '=', '/'). */
enum { TC_SPACE = 1, TC_GT = 2, TC_EQ = 4, TC_SLASH = 8 };
static const unsigned char tame_class[256] = {
    [' '] = TC_SPACE,  ['\t'] = TC_SPACE, ['\n'] = TC_SPACE, ['\r'] = TC_SPACE,
    ['\f'] = TC_SPACE, ['>'] = TC_GT,     ['='] = TC_EQ,     ['/'] = TC_SLASH,
};

/* Finds start tags with more than AD_LOAD_MAX_ATTRS attributes in s[0..n)
 * the way libxml2 tokenizes them (a tag ends at the first '>' outside a
 * quoted value; comments and the raw text of script and style are
 * skipped). With w (a writable copy of s) the excess attributes are
 * overwritten with spaces. Returns the number of such tags. */
static size_t tame_attributes(const char *s, size_t n, char *w)
{
    size_t found = 0, i = 0;
    while (i < n) {
        const char *lt = memchr(s + i, '<', n - i);
        if (!lt)
            break;
        i = (size_t)(lt - s) + 1;
        if (n - i >= 3 && !memcmp(s + i, "!--", 3)) {
            const char *e = find_ci(s + i + 3, s + n, "-->");
            if (!e)
                break;
            i = (size_t)(e - s) + 3;
            continue;
        }
        if (i >= n || !is_alpha(s[i]))
            continue;
        size_t name = i;
        while (i < n && !(tame_class[(unsigned char)s[i]] & (TC_SPACE | TC_GT | TC_SLASH)))
            i++;
        size_t namelen = i - name;
        size_t attrs = 0, cut = 0;
        char quote = 0;
        int after_eq = 0;
        for (; i < n; i++) {
            char c = s[i];
            if (quote) {
                /* Values (URLs, class lists, inline JSON) are most of a
                 * tag's bytes: jump to the closing quote. */
                const char *q = memchr(s + i, quote, n - i);
                i = q ? (size_t)(q - s) : n - 1;
                quote = 0;
                continue;
            }
            if (c == '>')
                break;
            if (is_space(c))
                continue;
            if (after_eq && (c == '"' || c == '\'')) {
                quote = c;
                after_eq = 0;
                continue;
            }
            if (c == '=') {
                after_eq = 1;
                continue;
            }
            /* The start of a name, or of an unquoted value. */
            if (!after_eq && is_space(s[i - 1]) && ++attrs == AD_LOAD_MAX_ATTRS + 1)
                cut = i;
            after_eq = 0;
            while (i + 1 < n && !(tame_class[(unsigned char)s[i + 1]] & (TC_SPACE | TC_GT | TC_EQ)))
                i++;
        }
        if (cut) {
            found++;
            if (w)
                memset(w + cut, ' ', i - cut);
        }
        /* Raw text: nothing in a script or style is a tag. */
        if (i < n && (namelen == 6 || namelen == 5) &&
            (!ad_text_ncasecmp(s + name, "script", namelen) ||
             !ad_text_ncasecmp(s + name, "style", namelen))) {
            char close[9] = "</";
            memcpy(close + 2, s + name, namelen);
            close[2 + namelen] = '\0';
            const char *e = find_ci(s + i, s + n, close);
            i = e ? (size_t)(e - s) : n;
        }
    }
    return found;
}

/* ---------------------------------------------------------------- raw text
 *
 * The bodies of <style> elements and of most <script> elements are a large
 * share of a page's bytes (over 40% on the development corpus) that the
 * pipeline never reads: the walks skip both elements, and only JSON-LD
 * scripts and scripts whose JSON names a publication date ("publish") are
 * read. strip_raw_text() cuts those bodies out before the parse, so that
 * libxml2 does not tokenize them byte by byte; the element itself stays,
 * empty. The same copy leaves out the attributes no stage reads (see
 * kept_attrs below). The scanner follows libxml2 2.9.14's HTML tokenizer (checked
 * against it in tests/check_load.c): comments end at "-->" or "--!>",
 * "<?name" runs to the next '>', end tags and "<!DOCTYPE" to the next '>',
 * other "<!" and "</" without a name are text, start tags read attribute
 * values quoted or bare and dump a bogus attribute up to a blank or '>',
 * and raw text ends at the first "</script" ("</style"). On anything it is
 * not sure to read the same way (a self-closing <script/>, raw text that
 * opens with an end tag or closes with "</scripts", an unfinished
 * construct) it stops cutting and copies the rest as it is. */

/* libxml2's HTML_PARSER_BUFFER_SIZE: the longest tag or attribute name it
 * reads as one. */
#define HTML_NAME_MAX 100

/* libxml2's IS_BLANK_CH: no form feed. */
static int xml_blank(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Bytes that start (NM_START) or continue (NM_CHAR) a tag or attribute
 * name as libxml2 reads them: letters, '_', ':' and '.' start one; digits
 * and '-' may follow. The cutter tests every byte of every name. */
enum { NM_START = 1, NM_CHAR = 2 };
#define NM_LETTERS8(x)                                                                             \
    [x] = 3, [x + 1] = 3, [x + 2] = 3, [x + 3] = 3, [x + 4] = 3, [x + 5] = 3, [x + 6] = 3,         \
    [x + 7] = 3
static const unsigned char name_class[256] = {
    NM_LETTERS8('A'),
    NM_LETTERS8('A' + 8),
    NM_LETTERS8('A' + 16),
    ['Y'] = 3,
    ['Z'] = 3,
    NM_LETTERS8('a'),
    NM_LETTERS8('a' + 8),
    NM_LETTERS8('a' + 16),
    ['y'] = 3,
    ['z'] = 3,
    ['_'] = 3,
    [':'] = 3,
    ['.'] = 3,
    ['-'] = NM_CHAR,
    ['0'] = NM_CHAR,
    ['1'] = NM_CHAR,
    ['2'] = NM_CHAR,
    ['3'] = NM_CHAR,
    ['4'] = NM_CHAR,
    ['5'] = NM_CHAR,
    ['6'] = NM_CHAR,
    ['7'] = NM_CHAR,
    ['8'] = NM_CHAR,
    ['9'] = NM_CHAR,
};
#undef NM_LETTERS8

static int name_start(char c)
{
    return name_class[(unsigned char)c] & NM_START;
}

static int name_char(char c)
{
    return name_class[(unsigned char)c] & NM_CHAR;
}

/* The copy being made: s[copied..) is not in out yet. */
typedef struct cutter {
    ad_buf *out;
    size_t n; /* the page's length */
    size_t copied;
    int cut, nomem;
} cutter;

/* Leaves s[from..to) out of the copy. */
static void cut_range(cutter *k, const char *s, size_t from, size_t to)
{
    /* The copy is at most the page: one allocation. */
    if (!k->cut && ad_buf_reserve(k->out, k->n) != AD_OK)
        k->nomem = 1;
    if (ad_buf_append(k->out, s + k->copied, from - k->copied) != AD_OK)
        k->nomem = 1;
    k->copied = to;
    k->cut = 1;
}

/* ---------------------------------------------------------------- attributes
 *
 * Of a page's attributes, about a quarter are ones no stage reads (SVG
 * geometry, event handlers, framework state, sizes, tracking data), and
 * libxml2 spends several allocations on each. The cutter leaves them out of
 * the copy it already makes; the tree is otherwise the one libxml2 builds
 * from the whole page. The stages read attributes only through
 * ad_dom_attr() and the attribute loops of body.c and metadata.c, by the
 * names below: a stage that reads another name adds it here
 * (tests/check_load.c fails on a name asked of ad_dom_attr() that is not).
 * Sorted by length, then name. */
static const struct kept_attr {
    unsigned char len;
    char name[15];
} kept_attrs[] = {
    {2, "id"},
    {3, "alt"},
    {3, "rel"},
    {3, "src"},
    {4, "href"},
    {4, "lang"},
    {4, "name"},
    {4, "role"},
    {4, "type"},
    {5, "class"},
    {5, "style"},
    {5, "title"},
    {6, "hidden"},
    {6, "srcset"},
    {7, "content"},
    {7, "data-qa"},
    {7, "pubdate"},
    {8, "data-src"},
    {8, "datetime"},
    {8, "itemprop"},
    {8, "itemtype"},
    {8, "property"},
    {8, "xml:lang"},
    {10, "aria-label"},
    {10, "http-equiv"},
    {11, "aria-hidden"},
    {11, "data-srcset"},
    {11, "data-testid"},
    {13, "data-lazy-src"},
    {13, "data-original"},
    {14, "data-component"},
};

int ad_load_attr_kept(const char *name, size_t len)
{
    for (size_t i = 0; i < sizeof(kept_attrs) / sizeof(kept_attrs[0]); i++) {
        if (kept_attrs[i].len < len)
            continue;
        if (kept_attrs[i].len > len)
            return 0;
        if (!ad_text_ncasecmp(name, kept_attrs[i].name, len))
            return 1;
    }
    return 0;
}

/* Scans the attributes of a start tag from s[j], as htmlParseStartTag does,
 * leaving out of the copy those no stage reads (see above); returns the
 * index of its closing '>' (or of the '/' of "/>", with *self set), or n
 * when the tag is not finished or not sure to be read alike. */
static size_t start_tag_end(cutter *k, const char *s, size_t n, size_t j, int *self)
{
    *self = 0;
    for (;;) {
        while (j < n && xml_blank(s[j]))
            j++;
        if (j >= n)
            return n;
        if (s[j] == '>')
            return j;
        if (s[j] == '/' && j + 1 < n && s[j + 1] == '>') {
            *self = 1;
            return j;
        }
        if (!name_start(s[j])) {
            /* A bogus attribute is dumped up to a blank or the end of the
             * tag; quotes mean nothing there. */
            while (j < n && !xml_blank(s[j]) && s[j] != '>' &&
                   !(s[j] == '/' && j + 1 < n && s[j + 1] == '>'))
                j++;
            continue;
        }
        size_t name = j;
        while (j < n && name_char(s[j]))
            j++;
        /* libxml2 reads at most HTML_NAME_MAX bytes of a name and the rest
         * as what follows it: such tags are left to it. */
        if (j - name >= HTML_NAME_MAX)
            return n;
        int drop = !ad_load_attr_kept(s + name, j - name);
        size_t name_end = j;
        while (j < n && xml_blank(s[j]))
            j++;
        if (j >= n || s[j] != '=') {
            if (drop)
                cut_range(k, s, name, name_end);
            continue;
        }
        j++;
        while (j < n && xml_blank(s[j]))
            j++;
        if (j < n && (s[j] == '"' || s[j] == '\'')) {
            const char *q = memchr(s + j + 1, s[j], n - j - 1);
            if (!q)
                return n;
            /* A value with '>' is left alone (see the <html>/<head>/<body>
             * case). */
            if (drop && !memchr(s + j + 1, '>', (size_t)(q - s) - j - 1))
                cut_range(k, s, name, (size_t)(q - s) + 1);
            j = (size_t)(q - s) + 1;
        } else {
            size_t value = j;
            while (j < n && !xml_blank(s[j]) && s[j] != '>')
                j++;
            if (drop && j > value)
                cut_range(k, s, name, j);
        }
    }
}

/* Whether the raw text of a <script> s[open..body) + s[body..end) is read
 * later: JSON-LD (by its type) and JSON naming a publication date. */
static int script_is_read(const char *s, size_t open, size_t body, size_t end)
{
    for (size_t i = open; i + 7 <= body; i++)
        if ((s[i] == 'l' || s[i] == 'L') && !ad_text_ncasecmp(s + i, "ld+json", 7))
            return 1;
    return memmem(s + body, end - body, AD_LOAD_SCRIPT_DATE_KEY,
                  sizeof(AD_LOAD_SCRIPT_DATE_KEY) - 1) != NULL;
}

/* Copies s[0..n) into out without the raw text nobody reads (see above).
 * Returns 1 when something was cut (out holds the page), 0 when not (out
 * is untouched), -1 when out of memory. */
static int strip_raw_text(const char *s, size_t n, ad_buf *out)
{
    size_t i = 0;
    cutter k = {out, n, 0, 0, 0};
    while (i < n && !k.nomem) {
        const char *lt = memchr(s + i, '<', n - i);
        if (!lt)
            break;
        i = (size_t)(lt - s);
        char c1 = i + 1 < n ? s[i + 1] : '\0';
        if (c1 == '!') {
            if (n - i >= 4 && s[i + 2] == '-' && s[i + 3] == '-') {
                const char *e1 = find_ci(s + i + 4, s + n, "-->");
                const char *e2 = find_ci(s + i + 4, e1 ? e1 + 3 : s + n, "--!>");
                if (!e1 && !e2)
                    break;
                i = e2 ? (size_t)(e2 - s) + 4 : (size_t)(e1 - s) + 3;
            } else if (n - i >= 9 && !ad_text_ncasecmp(s + i + 2, "doctype", 7)) {
                const char *gt = memchr(s + i, '>', n - i);
                if (!gt)
                    break;
                /* A quoted identifier holding '>' would be read past it. */
                size_t dq = 0, sq = 0;
                for (const char *p = s + i; p < gt; p++)
                    dq += *p == '"', sq += *p == '\'';
                if (dq % 2 || sq % 2)
                    break;
                i = (size_t)(gt - s) + 1;
            } else {
                i++; /* "<!" of anything else is text */
            }
            continue;
        }
        if (c1 == '/' || c1 == '?') {
            if (i + 2 < n &&
                (c1 == '/' ? name_start(s[i + 2])
                           : is_alpha(s[i + 2]) || s[i + 2] == '_' || s[i + 2] == ':')) {
                const char *gt = memchr(s + i + 2, '>', n - i - 2);
                if (!gt)
                    break;
                i = (size_t)(gt - s) + 1;
            } else if (c1 == '?' && i + 2 < n && (unsigned char)s[i + 2] >= 0x80) {
                break; /* a PI target in other letters: not sure */
            } else {
                i += 2;
            }
            continue;
        }
        if (!is_alpha(c1)) {
            i++;
            continue;
        }
        size_t name = i + 1, j = name;
        while (j < n && name_char(s[j]))
            j++;
        size_t namelen = j - name;
        if (namelen >= HTML_NAME_MAX)
            break;
        int self;
        size_t gt = start_tag_end(&k, s, n, j, &self);
        if (gt >= n)
            break;
        int script = namelen == 6 && !ad_text_ncasecmp(s + name, "script", 6);
        int style = namelen == 5 && !ad_text_ncasecmp(s + name, "style", 5);
        if (!script && !style) {
            /* libxml2 handles a misplaced <html>, <head> or <body> apart
             * (it merges or drops it): one with a quoted '>' is left to it,
             * to be safe. */
            if ((namelen == 4 && (!ad_text_ncasecmp(s + name, "html", 4) ||
                                  !ad_text_ncasecmp(s + name, "head", 4) ||
                                  !ad_text_ncasecmp(s + name, "body", 4))) &&
                memchr(s + i, '>', gt - i) != NULL)
                break;
            i = gt + 1;
            continue;
        }
        if (self)
            break;
        size_t body = gt + 1;
        const char *close = find_ci(s + body, s + n, script ? "</script" : "</style");
        if (!close)
            break;
        size_t end = (size_t)(close - s), after = end + 2 + namelen;
        /* Raw text opening with an end tag, or closed by "</scripts", is
         * not read as one run by libxml2. */
        if ((body + 1 < n && s[body] == '<' && s[body + 1] == '/' && end != body) ||
            (after < n && name_char(s[after])))
            break;
        if (end > body && !(script && script_is_read(s, i, body, end)))
            cut_range(&k, s, body, end);
        i = end;
    }
    if (k.nomem)
        return -1;
    if (!k.cut)
        return 0;
    return ad_buf_append(out, s + k.copied, n - k.copied) == AD_OK ? 1 : -1;
}

/* Magic numbers of common binary formats that are sent by mistake; such
 * input is refused instead of being read as text. */
static const struct {
    const char *magic;
    size_t len;
    const char *what;
} binary_magics[] = {
    {"\x89PNG", 4, "a PNG image"},
    {"\xFF\xD8\xFF", 3, "a JPEG image"},
    {"GIF8", 4, "a GIF image"},
    {"%PDF", 4, "a PDF document"},
    {"\x1F\x8B", 2,
     "gzip-compressed data (decompress it first, or send it with "
     "Content-Encoding)"},
    {"PK\x03\x04", 4, "a ZIP archive"},
    {"RIFF", 4, "a RIFF media file"},
    {"\x7F"
     "ELF",
     4, "an executable"},
};

const char *ad_load_binary_kind(const char *data, size_t len)
{
    for (size_t i = 0; i < sizeof(binary_magics) / sizeof(binary_magics[0]); i++)
        if (len >= binary_magics[i].len &&
            !memcmp(data, binary_magics[i].magic, binary_magics[i].len))
            return binary_magics[i].what;
    return NULL;
}

ad_status ad_load_html(const char *data, size_t len, const char *header_charset, ad_doc *out,
                       char *err, size_t errlen)
{
    ad_buf utf8;
    ad_status st;
    memset(out, 0, sizeof(*out));
    int valid = 0;
    sniff(data, len, header_charset, out->charset, sizeof(out->charset), &out->charset_source,
          &valid);

    /* Converted text can be up to three times the input (one byte to
     * U+FFFD); the cap only guards against arithmetic surprises. */
    ad_buf_init(&utf8, len * 3 + 64);
    const char *bytes = data;
    size_t nbytes = len;
    /* Valid UTF-8 without NUL or BOM goes to libxml2 as it is, uncopied.
     * The sniffer already validated the bytes when it decided on UTF-8
     * itself. */
    int need_copy = 1;
    if (!strcmp(out->charset, "UTF-8") && out->charset_source != AD_CS_BOM &&
        memchr(data, 0, len) == NULL)
        need_copy = out->charset_source != AD_CS_UTF8 && !valid && !ad_text_valid_utf8(data, len);
    if (need_copy) {
        st = ad_load_to_utf8(data, len, out->charset, &utf8, err, errlen);
        if (st != AD_OK)
            goto fail;
        bytes = utf8.data ? utf8.data : "";
        nbytes = utf8.len;
    }
    if (tame_attributes(bytes, nbytes, NULL)) {
        if (!need_copy && ad_buf_append(&utf8, data, len) != AD_OK) {
            st = ad_fail(err, errlen, AD_ERR_NOMEM, "out of memory");
            goto fail;
        }
        tame_attributes(utf8.data, utf8.len, utf8.data);
        bytes = utf8.data;
        nbytes = utf8.len;
    }
    {
        ad_buf lean;
        ad_buf_init(&lean, nbytes + 1);
        int r = strip_raw_text(bytes, nbytes, &lean);
        if (r < 0) {
            ad_buf_free(&lean);
            st = ad_fail(err, errlen, AD_ERR_NOMEM, "out of memory");
            goto fail;
        }
        if (r > 0) {
            ad_buf_free(&utf8);
            utf8 = lean;
            bytes = utf8.data;
            nbytes = utf8.len;
        }
    }
    /* libxml2 refuses an empty buffer; a lone space yields an empty tree. */
    if (nbytes == 0) {
        bytes = " ";
        nbytes = 1;
    }
    if (nbytes > (size_t)0x7fffffff) {
        st = ad_fail(err, errlen, AD_ERR_TOOBIG, "document too large for the HTML parser");
        goto fail;
    }
    out->html = parse_utf8(bytes, (int)nbytes);
    if (!out->html) {
        st = ad_fail(err, errlen, AD_ERR_INPUT, "the HTML parser could not build a document");
        goto fail;
    }
    ad_buf_free(&utf8);
    return AD_OK;
fail:
    ad_buf_free(&utf8);
    ad_doc_release(out);
    return st;
}

void ad_doc_release(ad_doc *doc)
{
    if (doc && doc->html) {
        xmlFreeDoc(doc->html);
        doc->html = NULL;
    }
}
