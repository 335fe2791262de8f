/*
 * dom.c - iterative walks and text gathering over libxml2 HTML trees.
 */
#include <string.h>
#include "articled/dom.h"
#include "articled/text.h"
#include "body_classes.h"

xmlNodePtr ad_dom_skip(xmlNodePtr n, xmlNodePtr root)
{
    while (n && n != root) {
        if (n->next)
            return n->next;
        n = n->parent;
    }
    return NULL;
}

xmlNodePtr ad_dom_next(xmlNodePtr n, xmlNodePtr root)
{
    if (n->children && (n->type == XML_ELEMENT_NODE || n->type == XML_DOCUMENT_NODE ||
                        n->type == XML_HTML_DOCUMENT_NODE))
        return n->children;
    return ad_dom_skip(n, root);
}

int ad_dom_is(xmlNodePtr n, const char *tag)
{
    return n && n->type == XML_ELEMENT_NODE && n->name && strcmp((const char *)n->name, tag) == 0;
}

int ad_dom_within(xmlNodePtr n, xmlNodePtr anc)
{
    for (; n; n = n->parent)
        if (n == anc)
            return 1;
    return 0;
}

xmlNodePtr ad_dom_prev_element(xmlNodePtr n)
{
    xmlNodePtr p = n ? n->prev : NULL;
    while (p && p->type != XML_ELEMENT_NODE)
        p = p->prev;
    return p;
}

int ad_dom_style_hidden(const char *style)
{
    char buf[256];
    size_t n = 0;
    for (const char *p = style; p && *p && n < sizeof(buf) - 1; p++) {
        unsigned char c = (unsigned char)*p;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            continue;
        buf[n++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    buf[n] = '\0';
    return strstr(buf, "display:none") != NULL || strstr(buf, "visibility:hidden") != NULL;
}

/* Whether a subtree holds an <img> and at most a few characters of text;
 * bounded walk. */
static int picture_only(xmlNodePtr n)
{
    int img = 0, visited = 0;
    size_t text = 0;
    for (xmlNodePtr d = n->children; d && visited < 64; d = ad_dom_next(d, n), visited++) {
        if (d->type == XML_ELEMENT_NODE && !xmlStrcasecmp(d->name, (const xmlChar *)"img"))
            img = 1;
        else if (d->type == XML_TEXT_NODE && d->content)
            for (const xmlChar *t = d->content; *t; t++)
                text += *t > ' ';
    }
    return img && text <= 4 && visited < 64;
}

/* Whether text t[0..n) closes on a credit in brackets with a slash, the
 * way agencies sign pictures: "(Xinhua/Wang Peng)", "(AP Photo/Jane Doe)",
 * "[Photo/Xinhua]". */
static int ends_slash_credit(const char *t, size_t n)
{
    while (n && (unsigned char)t[n - 1] <= ' ')
        n--;
    if (n < 5 || (t[n - 1] != ')' && t[n - 1] != ']'))
        return 0;
    char open = t[n - 1] == ')' ? '(' : '[';
    size_t i = n - 1, slash = 0, words = 1;
    while (i > 0 && n - i < 60 && t[i - 1] != open) {
        i--;
        slash += t[i] == '/';
        words += t[i] == ' ';
        if (t[i] == '(' || t[i] == '[' || t[i] == ')' || t[i] == ']')
            return 0;
    }
    return i > 0 && t[i - 1] == open && slash == 1 && words <= 8 && t[i] >= 'A' && t[i] <= 'Z';
}

int ad_dom_agency_words(const char *t, size_t n)
{
    static const char *const words[] = {"Agency", "News", "Press", "Photo", "Photos", "Images"};
    for (size_t k = 0; k < sizeof(words) / sizeof(words[0]); k++) {
        size_t wl = strlen(words[k]);
        for (size_t i = 0; i + wl <= n; i++)
            if (!memcmp(t + i, words[k], wl) && (i == 0 || t[i - 1] == ' ') &&
                (i + wl == n || t[i + wl] == ' '))
                return 1;
    }
    return 0;
}

/* Whether text t[0..n) closes on a credit in brackets naming a person and
 * an agency apart by a dash, the way Anadolu and others sign pictures:
 * "( Mehmet Ali Özcan - Anadolu Agency )" (not "(R - Texas)", "(Monday -
 * Friday)": the part after the dash names an agency). */
static int ends_dash_credit(const char *t, size_t n)
{
    while (n && (unsigned char)t[n - 1] <= ' ')
        n--;
    if (n < 8 || t[n - 1] != ')')
        return 0;
    size_t i = n - 1, dash = 0, words = 1;
    while (i > 0 && n - i < 80 && t[i - 1] != '(') {
        i--;
        dash += i + 2 < n && t[i] == ' ' && t[i + 1] == '-' && t[i + 2] == ' ';
        words += t[i] == ' ';
        if (t[i] == ')' || t[i] == '[' || t[i] == ']' || t[i] == '.')
            return 0;
    }
    if (i == 0 || t[i - 1] != '(')
        return 0;
    while (i < n && t[i] == ' ')
        i++;
    const char *d = i < n ? memmem(t + i, n - i, " - ", 3) : NULL;
    return dash == 1 && words <= 12 && i < n && t[i] >= 'A' && t[i] <= 'Z' && d &&
           ad_dom_agency_words(d + 3, (size_t)(t + n - 1 - (d + 3)));
}

/* Whether p, a text block right after an <img> and the last element of a
 * box holding only the two, signs the picture in brackets ("<img ...><div
 * class=detay-foto-editor>ANKARA - MARCH 2: ... ( Jane Doe - Anadolu
 * Agency )</div>"): a caption. */
static int img_sibling_caption(xmlNodePtr p)
{
    if (!ad_dom_is(p, "div") && !ad_dom_is(p, "p") && !ad_dom_is(p, "span"))
        return 0;
    xmlNodePtr prev = ad_dom_prev_element(p);
    if (!prev || !ad_dom_is(prev, "img") || ad_dom_prev_element(prev))
        return 0;
    for (xmlNodePtr k = p->next; k; k = k->next)
        if (k->type == XML_ELEMENT_NODE)
            return 0;
    char t[700];
    size_t tl = 0;
    int visited = 0;
    for (xmlNodePtr d = p->children; d && visited < 64; d = ad_dom_next(d, p), visited++) {
        if (d->type == XML_ELEMENT_NODE && (ad_dom_is(d, "a") || ad_dom_is(d, "img")))
            return 0;
        if (d->type == XML_TEXT_NODE && d->content) {
            size_t l = strlen((const char *)d->content);
            if (tl + l >= sizeof(t))
                return 0;
            memcpy(t + tl, d->content, l);
            tl += l;
        }
    }
    return visited < 64 && tl >= 20 && ends_dash_credit(t, tl);
}

int ad_dom_para_caption(xmlNodePtr p)
{
    if (!ad_dom_is(p, "p"))
        return 0;
    const char *style = ad_dom_attr(p, "style");
    if (!style || !strstr(style, "center")) {
        /* Uncentered, the credit closes the last text (checked before any
         * walk: this runs for each <p>). */
        xmlNodePtr l = p->last;
        while (l && l->type == XML_ELEMENT_NODE && l->last)
            l = l->last;
        if (!l || l->type != XML_TEXT_NODE || !l->content ||
            !ends_slash_credit((const char *)l->content, strlen((const char *)l->content)))
            return 0;
    }
    xmlNodePtr prev = ad_dom_prev_element(p);
    if (!prev || !ad_dom_is(prev, "p") || !picture_only(prev) || picture_only(p))
        return 0;
    /* Buttons under a product's picture ("Check Price") are no caption:
     * little of a caption's text is links. */
    size_t text = 0, linked = 0, spaces = 0, breaks = 0;
    unsigned char last = 0;
    int visited = 0;
    for (xmlNodePtr d = p->children; d && visited < 64; d = ad_dom_next(d, p), visited++) {
        if (d->type != XML_TEXT_NODE || !d->content)
            continue;
        const unsigned char *t = d->content;
        size_t n = strlen((const char *)t);
        text += n;
        for (xmlNodePtr u = d->parent; u && u != p; u = u->parent)
            if (ad_dom_is(u, "a")) {
                linked += n;
                break;
            }
        /* One sentence, the way captions are written: no sentence end
         * followed by a new sentence ("... origins. It's kind of ..."). */
        for (size_t i = 0; i < n; i++) {
            spaces += t[i] == ' ';
            if ((t[i] == '.' || t[i] == '!' || t[i] == '?') && i + 2 < n && t[i + 1] == ' ' &&
                t[i + 2] >= 'A' && t[i + 2] <= 'Z')
                breaks++;
            if (t[i] > ' ')
                last = t[i];
        }
    }
    return visited < 64 && text && linked * 2 < text && !breaks && spaces <= 60 && last != ':';
}

/* Appends t to buf[*len..cap), white space folded to single spaces and
 * ASCII lowered; returns 0 when it does not fit. */
static int fold_into(const unsigned char *t, char *buf, size_t *len, size_t cap)
{
    for (; *t; t++) {
        char ch = *t <= ' ' ? ' ' : (*t >= 'A' && *t <= 'Z' ? (char)(*t + 32) : (char)*t);
        if (ch == ' ' && (!*len || buf[*len - 1] == ' '))
            continue;
        if (*len + 1 >= cap)
            return 0;
        buf[(*len)++] = ch;
    }
    return 1;
}

/* Whether p is a <p> that repeats the alt text of the picture just before
 * it (see ad_dom_unmarked_caption), or a short <p> or <div> that opens with
 * it and goes on ("<img alt='Containers are stacked at the Port of
 * Kaohsiung'><div><h4>Containers are stacked at the Port of Kaohsiung on
 * Oct. 30. Photo: CNA</h4></div>"). The picture is looked for first, among
 * a few nodes: most paragraphs follow text, and this runs for each. */
static int alt_caption(xmlNodePtr p)
{
    /* A table row repeating the alt of the picture in the row above it is
     * the same caption ("<tr><td><img alt='X'></td></tr><tr><td
     * class=img_txt>X</td></tr>"). */
    int div = ad_dom_is(p, "div");
    if (!ad_dom_is(p, "p") && !ad_dom_is(p, "tr") && !div)
        return 0;
    xmlNodePtr prev = ad_dom_prev_element(p);
    /* "<a><img></a><div class=text><p>...</p></div>": a paragraph alone
     * in its wrapper follows the picture through the wrapper. */
    if (!prev && p->parent && p->parent->type == XML_ELEMENT_NODE && ad_dom_is(p->parent, "div")) {
        int alone = 1;
        for (xmlNodePtr k = p->next; k && alone; k = k->next)
            alone = k->type != XML_ELEMENT_NODE;
        prev = alone ? ad_dom_prev_element(p->parent) : NULL;
    }
    xmlNodePtr img = NULL;
    int visited = 0;
    for (xmlNodePtr d = prev; d && !img && visited < 8; d = ad_dom_next(d, prev), visited++)
        if (ad_dom_is(d, "img"))
            img = d;
    const char *alt = img ? ad_dom_attr(img, "alt") : NULL;
    size_t n = alt ? strlen(alt) : 0;
    if (n < 20 || n > 400 || (img != prev && !picture_only(prev)))
        return 0;
    char a[512], t[512];
    size_t al = 0, tl = 0;
    fold_into((const unsigned char *)alt, a, &al, sizeof(a));
    visited = 0;
    for (xmlNodePtr d = p; d && visited < 64; d = ad_dom_next(d, p), visited++)
        if (d->type == XML_TEXT_NODE && d->content && !fold_into(d->content, t, &tl, sizeof(t)))
            return 0;
    while (al && a[al - 1] == ' ')
        al--;
    while (tl && t[tl - 1] == ' ')
        tl--;
    if (visited >= 64 || tl < al || memcmp(a, t, al))
        return 0;
    if (tl == al)
        return !div; /* a <div> saying the alt alone is the picture's label */
    /* Going on from the alt: a caption, not a teaser card, whose title
     * links to its story, nor a hero box around the headline. */
    if (t[al] != ' ' || tl > 300 || ad_dom_is(p, "tr"))
        return 0;
    visited = 0;
    for (xmlNodePtr d = p->children; d && visited < 64; d = ad_dom_next(d, p), visited++)
        if (ad_dom_is(d, "a") || ad_dom_is(d, "button") || ad_dom_is(d, "h1") || ad_dom_is(d, "h2"))
            return 0;
    int up = 0;
    for (xmlNodePtr u = p->parent; u && u->type == XML_ELEMENT_NODE && up < 6; u = u->parent, up++)
        if (ad_dom_is(u, "a"))
            return 0;
    return 1;
}

/* Whether a class value has the word part w: the value split at spaces,
 * '-' and '_' ("image-desc", "photo_desc"). */
static int class_part(const char *cls, const char *w)
{
    size_t wl = strlen(w);
    for (const char *p = cls; p && *p;) {
        while (*p == ' ' || *p == '-' || *p == '_')
            p++;
        size_t l = strcspn(p, " -_");
        if (l == wl && !ad_text_ncasecmp(p, w, wl))
            return 1;
        p += l;
    }
    return 0;
}

xmlNodePtr ad_dom_lone_child(xmlNodePtr n)
{
    xmlNodePtr one = NULL;
    for (xmlNodePtr d = n ? n->children : NULL; d; d = d->next) {
        if (d->type == XML_ELEMENT_NODE) {
            if (one)
                return NULL;
            one = d;
        } else if (d->type == XML_TEXT_NODE && d->content) {
            for (const xmlChar *p = d->content; *p; p++)
                if (*p != ' ' && *p != '\n' && *p != '\t' && *p != '\r')
                    return NULL;
        }
    }
    return one;
}

/* A block named as a description right under a block holding only a
 * picture, in the same parent: "<div class=image><img></div><div
 * class=desc>...</div>" (Korean and Japanese layouts; "absatzbild__info"
 * of tagesschau), or in the table row
 * under the picture's ("<tr><td><img></td></tr><tr><td><span
 * class=desc>"); a few sentences, no links (a teaser card links its
 * headline). */
static int described_caption(xmlNodePtr p)
{
    if (!ad_dom_is(p, "div") && !ad_dom_is(p, "p") && !ad_dom_is(p, "span"))
        return 0;
    const char *cls = ad_dom_attr(p, "class");
    int info = cls && class_part(cls, "info");
    if (!cls || !(class_part(cls, "desc") || class_part(cls, "legend") || info))
        return 0;
    /* "info" names many boxes: only one of paragraphs (the caption, its
     * credit) is the picture's, not a slide's counter and text in blocks. */
    for (xmlNodePtr k = info ? p->children : NULL; k; k = k->next)
        if (k->type == XML_ELEMENT_NODE && !ad_dom_is(k, "p") && !ad_dom_is(k, "span"))
            return 0;
    xmlNodePtr at = p, prev = ad_dom_prev_element(p);
    for (int up = 0; !prev && up < 2 && at->parent && at->parent->type == XML_ELEMENT_NODE &&
                     (ad_dom_is(at->parent, "td") || ad_dom_is(at->parent, "tr")) &&
                     ad_dom_lone_child(at->parent) == at;
         up++) {
        at = at->parent;
        prev = ad_dom_prev_element(at);
    }
    if (!prev || !picture_only(prev))
        return 0;
    size_t text = 0;
    int visited = 0;
    for (xmlNodePtr d = p->children; d && visited < 64; d = ad_dom_next(d, p), visited++) {
        if (d->type == XML_ELEMENT_NODE && ad_dom_is(d, "a"))
            return 0;
        if (d->type == XML_TEXT_NODE && d->content)
            text += strlen((const char *)d->content);
    }
    return visited < 64 && text >= 8 && text <= 600;
}

int ad_dom_unmarked_caption(xmlNodePtr p)
{
    /* Asked of every element of the page: only <p>, <div>, <span> and
     * <tr> can be such captions, told apart by their first letters before
     * any comparison. */
    if (!p || p->type != XML_ELEMENT_NODE || !p->name)
        return 0;
    char c0 = (char)p->name[0];
    if (c0 != 'p' && c0 != 'd' && c0 != 's' && c0 != 't')
        return 0;
    /* A table row under the picture's row holds its caption in one cell. */
    if (ad_dom_is(p, "tr")) {
        if (alt_caption(p))
            return 1;
        xmlNodePtr d = p;
        for (int down = 0;
             d && down < 2 && !ad_dom_is(d, "span") && !ad_dom_is(d, "div") && !ad_dom_is(d, "p");
             down++)
            d = ad_dom_lone_child(d);
        return d && described_caption(d);
    }
    return ad_dom_para_caption(p) || alt_caption(p) || described_caption(p) ||
           img_sibling_caption(p);
}

const char *ad_dom_attr(xmlNodePtr n, const char *name)
{
    if (!n || n->type != XML_ELEMENT_NODE)
        return NULL;
    for (xmlAttrPtr a = n->properties; a; a = a->next) {
        if (a->name && ad_text_casecmp((const char *)a->name, name) == 0) {
            if (a->children && a->children->type == XML_TEXT_NODE && !a->children->next)
                return a->children->content ? (const char *)a->children->content : "";
            return a->children && a->children->content ? (const char *)a->children->content : "";
        }
    }
    return NULL;
}

static int is_invisible_tag(const char *name)
{
    switch (name[0]) {
    case 's':
        /* An icon's <title> ("Camera Icon") is a tooltip, not text. */
        return !strcmp(name, "script") || !strcmp(name, "style") || !strcmp(name, "svg");
    case 'n':
        return !strcmp(name, "noscript");
    case 't':
        return !strcmp(name, "template");
    case 'h':
        return !strcmp(name, "head");
    default:
        return 0;
    }
}

/* Elements whose boundaries separate words even without white space. The
 * list is looked up by first letter because ad_dom_text() asks for every
 * element of every text it gathers. */
static int is_block_tag(const char *name)
{
    static const char *const by_letter[26][12] = {
        ['a' - 'a'] = {"article", "aside", "address"},
        ['b' - 'a'] = {"br", "blockquote", "body"},
        ['c' - 'a'] = {"caption", "center"},
        ['d' - 'a'] = {"div", "dd", "dt", "dl", "details", "dialog"},
        ['f' - 'a'] = {"footer", "figcaption", "figure", "form", "fieldset"},
        ['h' - 'a'] = {"h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "hgroup"},
        ['l' - 'a'] = {"li", "legend"},
        ['m' - 'a'] = {"main", "menu"},
        ['n' - 'a'] = {"nav"},
        ['o' - 'a'] = {"ol", "option"},
        ['p' - 'a'] = {"p", "pre"},
        ['s' - 'a'] = {"section", "summary"},
        ['t' - 'a'] = {"td", "th", "tr", "table", "tbody", "thead", "tfoot", "textarea"},
        ['u' - 'a'] = {"ul"},
    };
    unsigned c = (unsigned char)name[0] - 'a';
    if (c >= 26)
        return 0;
    for (const char *const *b = by_letter[c]; *b; b++)
        if (!strcmp(name, *b))
            return 1;
    return 0;
}

static int ascii_lower_or_digit(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

static int ascii_upper_or_digit(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* Appends a text node. With AD_DOM_WORDS, an inline element boundary
 * (*soft) between a lower-case letter or digit and a capital or digit
 * separates words ("Haberny|Founder", "2025|Julian"), but not a drop cap
 * ("M|aria"), an apostrophe ("O|'|Neil") or digits of one number. */
static ad_status put_text(ad_buf *out, const char *t, int *soft)
{
    ad_status st;
    if (*soft && *t && out->len) {
        char last = out->data[out->len - 1];
        if (((ascii_lower_or_digit(last) && ascii_upper_or_digit(*t) &&
              !(last >= '0' && last <= '9' && *t >= '0' && *t <= '9')) ||
             ((last == '.' || last == ')') && *t >= 'A' && *t <= 'Z')) &&
            (st = ad_buf_putc(out, ' ')) != AD_OK)
            return st;
    }
    *soft = 0;
    return ad_buf_puts(out, t);
}

/* The separator of a block boundary: a space, or with AD_DOM_BLOCK_BARS
 * " | " between two pieces of text (never twice, never first). */
static ad_status put_block_sep(ad_buf *out, unsigned flags)
{
    if (!(flags & AD_DOM_BLOCK_BARS))
        return ad_buf_putc(out, ' ');
    size_t n = out->len;
    while (n && (out->data[n - 1] == ' ' || out->data[n - 1] == '\n' || out->data[n - 1] == '\t'))
        n--;
    if (!n || out->data[n - 1] == '|')
        return ad_buf_putc(out, ' ');
    return ad_buf_puts(out, " | ");
}

/* Whether an element is not shown: the hidden attribute, display:none, or
 * one of its classes is a "hide" class of data/body_classes.tsv. */
static int not_shown(xmlNodePtr n)
{
    if (xmlHasProp(n, (const xmlChar *)"hidden"))
        return 1;
    if (ad_dom_style_hidden(ad_dom_attr(n, "style")))
        return 1;
    const char *cls = ad_dom_attr(n, "class");
    for (const char *p = cls; p && *p;) {
        while (*p == ' ')
            p++;
        size_t l = strcspn(p, " ");
        for (size_t r = 0; l && r < ad_tbl_body_classes_len; r++) {
            const char *const *row = ad_tbl_body_classes[r];
            if (strlen(row[0]) == l && !ad_text_ncasecmp(p, row[0], l) &&
                !strcmp(row[1], "class") && !strcmp(row[2], "hide"))
                return 1;
        }
        p += l;
    }
    return 0;
}

static ad_status gather_text(xmlNodePtr root, ad_buf *out, unsigned flags)
{
    ad_status st;
    int every = (flags & AD_DOM_WORDS) != 0, soft = 0;
    if (!root)
        return AD_OK;
    if (root->type == XML_TEXT_NODE || root->type == XML_CDATA_SECTION_NODE)
        return root->content ? ad_buf_puts(out, (const char *)root->content) : AD_OK;
    xmlNodePtr n = root->children;
    while (n) {
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            if (n->content && (st = put_text(out, (const char *)n->content, &soft)) != AD_OK)
                return st;
        } else if (n->type == XML_ELEMENT_NODE) {
            const char *name = (const char *)n->name;
            /* An invisible element is not entered; leaving it goes through
             * the loop below so that its ancestors' separators are kept. */
            int invisible = is_invisible_tag(name) ||
                            ((flags & AD_DOM_NO_BUTTONS) && !strcmp(name, "button")) ||
                            ((flags & AD_DOM_NO_HIDDEN) && not_shown(n));
            if (!invisible && is_block_tag(name) && (st = put_block_sep(out, flags)) != AD_OK)
                return st;
            soft |= every;
            if (!invisible && n->children) {
                n = n->children;
                continue;
            }
        }
        /* Leave finished elements, adding a separator after each block. */
        while (n && n != root && !n->next) {
            n = n->parent;
            if (n && n != root && n->type == XML_ELEMENT_NODE) {
                soft |= every;
                if (is_block_tag((const char *)n->name) &&
                    (st = put_block_sep(out, flags)) != AD_OK)
                    return st;
            }
        }
        if (!n || n == root)
            break;
        n = n->next;
    }
    return AD_OK;
}

ad_status ad_dom_text(xmlNodePtr root, ad_buf *out)
{
    return gather_text(root, out, 0);
}

char *ad_dom_text_norm(xmlNodePtr n, ad_arena *a, size_t max, unsigned flags)
{
    ad_buf raw;
    ad_buf_init(&raw, max);
    ad_status st = gather_text(n, &raw, flags);
    if (st == AD_ERR_NOMEM) {
        ad_buf_free(&raw);
        return NULL;
    }
    /* Past the cap we keep what was read: metadata strings are short. */
    char *r = ad_text_norm_dup(a, raw.data ? raw.data : "", raw.len, NULL);
    ad_buf_free(&raw);
    return r;
}

static xmlNodePtr child_named(xmlNodePtr parent, const char *tag)
{
    for (xmlNodePtr c = parent ? parent->children : NULL; c; c = c->next)
        if (ad_dom_is(c, tag))
            return c;
    return NULL;
}

xmlNodePtr ad_dom_root(xmlDocPtr doc)
{
    return doc ? xmlDocGetRootElement(doc) : NULL;
}

xmlNodePtr ad_dom_head(xmlDocPtr doc)
{
    return child_named(ad_dom_root(doc), "head");
}

xmlNodePtr ad_dom_body(xmlDocPtr doc)
{
    return child_named(ad_dom_root(doc), "body");
}
