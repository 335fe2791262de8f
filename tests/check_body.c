/*
 * check_body.c - the body stage: which text of a page is the article.
 *
 * Each test runs a small HTML page through the whole pipeline
 * (ad_article_parse) or through ad_load_html + ad_body_extract and checks
 * the paragraphs: hidden text, share bars, related lists, bylines and a
 * trailing contact e-mail are gone; captions, list items, headings and
 * table rows carry their types; <br><br> splits a paragraph; a page of
 * 100,000 nested divs does not crash.
 */
#include "testutil.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/HTMLtree.h>
#include "articled/articled.h"
#include "body_dates.h"
#include "filler_words.h"

/* Four real-looking paragraphs that make any container an article. */
#define PROSE                                                                                      \
    "<p>The city council voted on Tuesday to expand the river park, a plan that had "              \
    "stalled for nearly a decade amid disputes over funding, zoning and access.</p>"               \
    "<p>Supporters said the expansion would add three kilometres of walking paths, new "           \
    "playgrounds and a community garden, while opponents worried about traffic.</p>"               \
    "<p>The mayor, who campaigned on the project, called the vote a turning point for the "        \
    "neighbourhood, adding that construction could begin as early as next spring.</p>"             \
    "<p>Residents will be invited to a series of public meetings in the coming months to "         \
    "comment on the final design, the council said in a statement.</p>"

static ad_article *parse(const char *html)
{
    ad_parse_opts o;
    memset(&o, 0, sizeof(o));
    o.kind = AD_INPUT_HTML;
    ad_article *art = NULL;
    char err[256];
    ad_status st = ad_article_parse(html, strlen(html), &o, &art, err, sizeof(err));
    ck_assert_msg(st == AD_OK, "parse failed: %s", err);
    ck_assert_ptr_nonnull(art);
    return art;
}

static ad_article *parse_body(const char *inner)
{
    char *page = NULL;
    size_t len = strlen(inner) + 256;
    page = malloc(len);
    ck_assert_ptr_nonnull(page);
    snprintf(page, len,
             "<html><head><title>Park plan approved</title></head><body>%s</body></html>", inner);
    ad_article *art = parse(page);
    free(page);
    return art;
}

/* Index of the first paragraph containing needle, or -1. */
static long find(const ad_article *art, const char *needle)
{
    for (size_t i = 0; i < art->n_paragraphs; i++)
        if (strstr(art->paragraphs[i].text, needle))
            return (long)i;
    return -1;
}

/* A centered one-sentence paragraph under a picture's paragraph is its
 * caption, and so is one closing on an agency's slash credit; centered
 * prose of several sentences, or links, is not, nor an uncentered sentence
 * without such a credit. */
START_TEST(test_para_caption)
{
    ad_article *art = parse_body(
        "<article><h1>Park plan approved</h1><p style=\"text-align: center\"><img src=a.jpg></p>"
        "<p style=\"text-align: center\">Workers plant trees in the park on Monday. "
        "(Xinhua/Li He)</p>" PROSE
        "<p style=\"text-align: center\"><img src=b.jpg></p><p style=\"text-align: center\">"
        "The park will open in May. It will have a lake. Entry will be free.</p>"
        "<p style=\"text-align: center\"><img src=c.jpg></p><p style=\"text-align: center\">"
        "<a href=/buy>Check Price</a></p>"
        "<p><img src=d.jpg></p><p><font color=navy>Ships wait at the port on Sunday. "
        "(Xinhua/Wang Peng)</font></p>" PROSE
        "<p><img src=e.jpg></p><p>The port handled record cargo in June (and July).</p>" PROSE
        "</article>");
    long k = find(art, "Ships wait at the port");
    ck_assert_int_ge(k, 0);
    ck_assert_int_eq(art->paragraphs[k].type, AD_PARA_CAPTION);
    k = find(art, "The port handled record cargo");
    ck_assert_int_ge(k, 0);
    ck_assert_int_eq(art->paragraphs[k].type, AD_PARA_PARAGRAPH);
    k = find(art, "Workers plant trees");
    ck_assert_int_ge(k, 0);
    ck_assert_int_eq(art->paragraphs[k].type, AD_PARA_CAPTION);
    k = find(art, "The park will open in May");
    ck_assert_int_ge(k, 0);
    ck_assert_int_eq(art->paragraphs[k].type, AD_PARA_PARAGRAPH);
    ad_article_free(art);
}
END_TEST

static void assert_absent(const ad_article *art, const char *needle)
{
    ck_assert_msg(find(art, needle) < 0, "'%s' should not be in the body", needle);
    ck_assert_msg(!strstr(art->text, needle), "'%s' should not be in the text", needle);
}

static void assert_type(const ad_article *art, const char *needle, ad_para_type t)
{
    long i = find(art, needle);
    ck_assert_msg(i >= 0, "'%s' missing from the body", needle);
    ck_assert_msg(art->paragraphs[i].type == t, "'%s' typed %s, expected %s", needle,
                  ad_para_type_name(art->paragraphs[i].type), ad_para_type_name(t));
}

START_TEST(test_prose_kept)
{
    ad_article *art = parse_body("<article>" PROSE "</article>");
    ck_assert_uint_eq(art->n_paragraphs, 4);
    ck_assert_int_eq(find(art, "The city council voted"), 0);
    ck_assert_int_eq(find(art, "Residents will be invited"), 3);
    ad_article_free(art);
}
END_TEST

START_TEST(test_hidden_dropped)
{
    ad_article *art = parse_body(
        "<article>" PROSE "<div hidden><p>Hidden attribute text that is long enough to count as "
        "a paragraph, with commas, and more.</p></div>"
        "<p aria-hidden=\"true\">Aria hidden paragraph text that should never be shown.</p>"
        "<div style=\"display: none\"><p>Display none paragraph, long, with, commas.</p></div>"
        "<p style=\"VISIBILITY:hidden\">Visibility hidden paragraph text here.</p>"
        "<p>Visible text <span class=\"sr-only\">screen reader only</span>continues here.</p>"
        "</article>");
    assert_absent(art, "Hidden attribute");
    assert_absent(art, "Aria hidden");
    assert_absent(art, "Display none");
    assert_absent(art, "Visibility hidden");
    assert_absent(art, "screen reader only");
    ck_assert_int_ge(find(art, "Visible text continues here."), 0);
    ad_article_free(art);
}
END_TEST

START_TEST(test_share_bar_dropped)
{
    ad_article *art = parse_body(
        "<article><div class=\"share-bar\"><a href=\"#\">Facebook</a> <a href=\"#\">Twitter</a> "
        "<a href=\"#\">Email</a></div>" PROSE
        "<ul class=\"social-links\"><li><a href=\"#\">Follow us on Instagram</a></li></ul>"
        "<p>Share</p></article>");
    assert_absent(art, "Facebook");
    assert_absent(art, "Instagram");
    ck_assert_int_lt(find(art, "Share"), 0);
    ck_assert_uint_eq(art->n_paragraphs, 4);
    ad_article_free(art);
}
END_TEST

START_TEST(test_related_dropped)
{
    ad_article *art = parse_body(
        "<main><article>" PROSE "<div class=\"related-stories\"><h3>Related Stories</h3><ul>"
        "<li><a href=\"/a\">Council delays vote on bridge repairs until next year</a></li>"
        "<li><a href=\"/b\">New bus routes announced for the east side</a></li></ul></div>"
        "</article><aside><h3>Most Viewed</h3><ol><li><a href=\"/c\">Storm warning issued</a></li>"
        "</ol></aside></main>");
    assert_absent(art, "Related Stories");
    assert_absent(art, "bridge repairs");
    assert_absent(art, "Most Viewed");
    assert_absent(art, "Storm warning");
    ad_article_free(art);
}
END_TEST

START_TEST(test_byline_dropped)
{
    ad_article *art = parse_body("<article><h1>Park plan approved</h1>"
                                 "<p>By JANE DOE | City Daily | Updated: 2025-09-29 09:33</p>"
                                 "<p>Updated: 2025-09-29 09:33</p>"
                                 "<p>Sept 29, 2025</p>" PROSE "</article>");
    assert_absent(art, "JANE DOE");
    assert_absent(art, "Updated");
    assert_absent(art, "Sept 29");
    /* the headline repeats the <title> and is not body text */
    assert_absent(art, "Park plan approved");
    ck_assert_int_eq(find(art, "The city council voted"), 0);
    ad_article_free(art);
}
END_TEST

START_TEST(test_byline_hint_dropped)
{
    const char *html =
        "<html><body><article><h1 id=\"h\">A headline here</h1>"
        "<div id=\"by\">Jane Doe, Staff Writer</div>" PROSE "</article></body></html>";
    ad_doc doc;
    char err[128];
    ck_assert_int_eq(ad_load_html(html, strlen(html), NULL, &doc, err, sizeof(err)), AD_OK);
    ad_arena *a = ad_arena_new(0);
    ad_meta meta;
    ad_meta_hints hints;
    memset(&meta, 0, sizeof(meta));
    memset(&hints, 0, sizeof(hints));
    xmlNodePtr body = ad_dom_body(doc.html);
    for (xmlNodePtr n = body; n; n = ad_dom_next(n, body)) {
        const char *id = ad_dom_attr(n, "id");
        if (id && !strcmp(id, "h"))
            hints.headline = n;
        if (id && !strcmp(id, "by"))
            hints.byline = n;
    }
    ad_paragraph *p = NULL;
    size_t n = 0;
    ck_assert_int_eq(ad_body_extract(doc.html, &meta, &hints, a, &p, &n, NULL, err, sizeof(err)),
                     AD_OK);
    ck_assert_uint_eq(n, 4);
    for (size_t i = 0; i < n; i++) {
        ck_assert_ptr_null(strstr(p[i].text, "A headline here"));
        ck_assert_ptr_null(strstr(p[i].text, "Staff Writer"));
    }
    ad_arena_free(a);
    ad_doc_release(&doc);
}
END_TEST

START_TEST(test_article_body_fallback)
{
    const char *html = "<html><body><div id=\"app\"></div></body></html>";
    ad_doc doc;
    char err[128];
    ck_assert_int_eq(ad_load_html(html, strlen(html), NULL, &doc, err, sizeof(err)), AD_OK);
    ad_arena *a = ad_arena_new(0);
    ad_meta meta;
    ad_meta_hints hints;
    memset(&meta, 0, sizeof(meta));
    memset(&hints, 0, sizeof(hints));
    hints.article_body = "First paragraph of the article body from JSON-LD, long enough to be "
                         "worth using as a fallback for an empty page.\n"
                         "Second paragraph of the article body, also a sentence with words in "
                         "it, so that the fallback clearly wins over nothing at all.";
    ad_paragraph *p = NULL;
    size_t n = 0;
    ck_assert_int_eq(ad_body_extract(doc.html, &meta, &hints, a, &p, &n, NULL, err, sizeof(err)),
                     AD_OK);
    ck_assert_uint_eq(n, 2);
    ck_assert_ptr_nonnull(strstr(p[1].text, "Second paragraph"));
    ad_arena_free(a);
    ad_doc_release(&doc);
}
END_TEST

START_TEST(test_caption_typed)
{
    ad_article *art = parse_body(
        "<article><figure><img src=\"a.jpg\"><figcaption>The river park at dusk, seen from the "
        "old bridge. [Photo/City Daily]</figcaption></figure>" PROSE "</article>");
    assert_type(art, "The river park at dusk", AD_PARA_CAPTION);
    /* the text opens with prose, the lead caption follows the first paragraph */
    ck_assert_int_eq(find(art, "The city council voted"), 0);
    ck_assert_int_eq(find(art, "The river park at dusk"), 1);
    ad_article_free(art);
}
END_TEST

START_TEST(test_lists_headings_quotes_tables)
{
    ad_article *art = parse_body(
        "<article>" PROSE "<h2>What changes for residents</h2>"
        "<ul><li>Three kilometres of new walking paths along the river</li>"
        "<li>Two playgrounds and a community garden near the school</li></ul>"
        "<blockquote><p>This is the best news the neighbourhood has had in years, honestly.</p>"
        "</blockquote>"
        "<table><tr><th>Phase</th><th>Cost</th></tr><tr><td>Paths</td><td>$2.1 million</td></tr>"
        "</table></article>");
    assert_type(art, "What changes for residents", AD_PARA_HEADING);
    assert_type(art, "Three kilometres of new walking paths", AD_PARA_LIST_ITEM);
    assert_type(art, "Two playgrounds", AD_PARA_LIST_ITEM);
    assert_type(art, "best news the neighbourhood", AD_PARA_QUOTE);
    assert_type(art, "Paths | $2.1 million", AD_PARA_TABLE);
    assert_type(art, "Phase | Cost", AD_PARA_TABLE);
    ad_article_free(art);
}
END_TEST

START_TEST(test_trailing_email_dropped)
{
    ad_article *art = parse_body("<article>" PROSE "<p>jane.doe@citydaily.example</p></article>");
    assert_absent(art, "@citydaily");
    ck_assert_uint_eq(art->n_paragraphs, 4);
    ad_article_free(art);
}
END_TEST

START_TEST(test_br_splitting)
{
    ad_article *art = parse_body(
        "<div class=\"story\">The first block of text is a full sentence, with a comma, and it "
        "goes on for a while.<br><br>The second block starts after two line breaks, and it is "
        "another paragraph.<br>Its second line stays in the same paragraph.<br> <br>"
        "A third block, with <b>bold</b> and <a href=\"#\">a link</a> inline, stays whole."
        "</div>");
    ck_assert_uint_eq(art->n_paragraphs, 3);
    ck_assert_ptr_nonnull(
        strstr(art->paragraphs[1].text, "another paragraph. Its second line stays"));
    ck_assert_str_eq(art->paragraphs[2].text,
                     "A third block, with bold and a link inline, stays whole.");
    ad_article_free(art);
}
END_TEST

START_TEST(test_text_div_is_paragraph)
{
    ad_article *art = parse_body(
        "<div class=\"content\"><div>A div that holds only text acts as a paragraph, with "
        "commas, like this one.</div><div>Another such div, with <em>inline</em> markup, "
        "is a second paragraph of the story.</div>" PROSE "</div>");
    ck_assert_int_eq(find(art, "A div that holds only text"), 0);
    ck_assert_int_eq(find(art, "Another such div, with inline markup"), 1);
    ck_assert_uint_eq(art->n_paragraphs, 6);
    ad_article_free(art);
}
END_TEST

START_TEST(test_deep_nesting)
{
    const size_t depth = 100000;
    const char *mid = "<p>Deep text, at the bottom of a very deep tree, still a paragraph.</p>";
    size_t len = depth * 11 + strlen(mid) + 64;
    char *page = malloc(len), *p = page;
    ck_assert_ptr_nonnull(page);
    p += snprintf(p, len, "<html><body>");
    for (size_t i = 0; i < depth; i++) {
        memcpy(p, "<div>", 5);
        p += 5;
    }
    memcpy(p, mid, strlen(mid));
    p += strlen(mid);
    for (size_t i = 0; i < depth; i++) {
        memcpy(p, "</div>", 6);
        p += 6;
    }
    memcpy(p, "</body></html>", 15);
    ad_article *art = parse(page);
    free(page);
    /* libxml2 may cut the tree at its depth limit; we must not crash. */
    ck_assert_uint_le(art->n_paragraphs, 1);
    ad_article_free(art);
}
END_TEST

START_TEST(test_deep_tree_built)
{
    /* libxml2's parser may stop nesting early, so build the 100,000 levels
     * by hand: the body walk itself must stay iterative. */
    xmlDocPtr doc = htmlNewDocNoDtD(NULL, NULL);
    xmlNodePtr html = xmlNewNode(NULL, BAD_CAST "html");
    xmlDocSetRootElement(doc, html);
    xmlNodePtr cur = xmlNewChild(html, NULL, BAD_CAST "body", NULL);
    for (int i = 0; i < 100000; i++)
        cur = xmlNewChild(cur, NULL, BAD_CAST "div", NULL);
    xmlNewTextChild(cur, NULL, BAD_CAST "p",
                    BAD_CAST "Deep text, at the bottom of a very deep tree, still a paragraph.");
    ad_arena *a = ad_arena_new(0);
    ad_paragraph *p = NULL;
    size_t n = 0;
    char err[64];
    ck_assert_int_eq(ad_body_extract(doc, NULL, NULL, a, &p, &n, NULL, err, sizeof(err)), AD_OK);
    ck_assert_uint_eq(n, 1);
    ck_assert_str_eq(p[0].text, "Deep text, at the bottom of a very deep tree, still a paragraph.");
    ad_arena_free(a);
    /* xmlFreeDoc recurses over children; unlink level by level first. */
    xmlNodePtr body = ad_dom_body(doc);
    while (body && body->children) {
        xmlNodePtr c = body->children;
        xmlUnlinkNode(c);
        while (c->children) {
            xmlNodePtr next = c->children;
            xmlUnlinkNode(next);
            xmlFreeNode(c);
            c = next;
        }
        xmlFreeNode(c);
    }
    xmlFreeDoc(doc);
}
END_TEST

START_TEST(test_wide_page_capped)
{
    /* 20,000 paragraphs: the output stops at the paragraph cap. */
    const size_t n = 20000;
    const char *one = "<p>Paragraph, with a comma, long enough to score as prose.</p>";
    size_t len = n * strlen(one) + 64;
    char *page = malloc(len), *p = page;
    ck_assert_ptr_nonnull(page);
    p += snprintf(p, len, "<html><body><div>");
    for (size_t i = 0; i < n; i++) {
        memcpy(p, one, strlen(one));
        p += strlen(one);
    }
    memcpy(p, "</div></body></html>", 21);
    ad_article *art = parse(page);
    free(page);
    ck_assert_uint_gt(art->n_paragraphs, 100);
    ck_assert_uint_lt(art->n_paragraphs, n);
    ad_article_free(art);
}
END_TEST

START_TEST(test_classify_line)
{
    const char *s;
#define CL(x) ad_body_classify_line((x), strlen(x), NULL)
    ck_assert_int_eq(CL("Share"), AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("Read more: Council delays vote"), AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("Copyright 1995 - 2025. All rights reserved."), AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("Lesen Sie auch: Neue Pläne"), AD_LINE_BOILERPLATE);
    /* "Read also" in more languages. */
    ck_assert_int_eq(CL("Baca juga: Tarif KRL Berbasis NIK Batal Diterapkan"), AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("Czytaj także: Nowe linie tramwajowe"), AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("Čtěte také: Vývoz do Německa klesl"), AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("Läs också: Lärarbristen i Hälsingland"), AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("Artikel anhören"), AD_LINE_BOILERPLATE);
    /* A related box's title, an inline link's label, a text-to-speech
     * note, a closing follow promotion. */
    ck_assert_int_eq(CL("Read more China coverage from CNBC Pro"), AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("Also Read | Stubble fires in Punjab drop 38% this season"),
                     AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("The audio version of this article is generated by text-to-speech, a "
                        "technology based on artificial intelligence."),
                     AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("Keep up with all the latest news from the UK and around the world by "
                        "following Sky News"),
                     AD_LINE_BOILERPLATE);
    /* A summary's label set as a paragraph of its own. */
    ck_assert_int_eq(CL("In short:"), AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("In short, exports rose."), AD_LINE_CONTENT);
    /* Datelines one after another, each opened by a stamp word, or set
     * apart by bars; a sentence with dates stays. */
    ck_assert_int_eq(CL("Published 10:41 a.m. ET Oct. 4, 2035 Updated 12:15 p.m. ET Oct. 4, 2035"),
                     AD_LINE_DATELINE);
    ck_assert_int_eq(CL("July 18, 2030 | 8.14pm Last updated: July 19, 2030 | 9.02am"),
                     AD_LINE_DATELINE);
    ck_assert_int_eq(CL("Posted in March 2025 Updated for the new rules in April"),
                     AD_LINE_CONTENT);
    /* Closing furniture: a follow line, a sources tag, a wire's end mark, a
     * republishing note, a broadcast note. */
    ck_assert_int_eq(CL("Like Business on Facebook, follow @TribuneBiz on Twitter to stay "
                        "informed and join in the conversation."),
                     AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("Additional sources \xe2\x80\xa2 AP"), AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("Enditem/kc"), AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("Republish our articles for free, online or in print, under a Creative "
                        "Commons license."),
                     AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("Dieses Thema im Programm:"), AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("LIVE"), AD_LINE_BOILERPLATE);
    /* A wire release's closing source credit; a sentence opening with the
     * word stays. */
    ck_assert_int_eq(CL("SOURCE Northern Plains Pulse Growers Association"), AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("SOURCE Ministry of Agriculture"), AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("SOURCE code for the tool is published on the site."), AD_LINE_CONTENT);
    /* Labels set in the text: a link line, a filing label, an ad break's
     * label, a gallery's, an embed's disclaimer. */
    ck_assert_int_eq(CL("READ | Rand firms as trade data beats forecasts"), AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("NEWSPAPER SECTION: Business"), AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("Article content"), AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("Video Ad Feedback"), AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("FRANCE 24 avec AFP"), AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("Unlock the Editor's Digest for free"), AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("Lee sin l\xc3\xadmites"), AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("Inbound-led companies and agencies"), AD_LINE_CONTENT);
    ck_assert_int_eq(CL("Related Story"), AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("Bu haber 1.284 kez okundu."), AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("This article appeared in the South China Morning Post print edition as: "
                        "Asean demand props up China's exports"),
                     AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("PHOTO GALLERY (CLICK TO ENLARGE)"), AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("The BBC is not responsible for the content of external sites."),
                     AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("The section of the road between the two towns reopened on Monday."),
                     AD_LINE_CONTENT);
    /* A wire's sign-off, the reader's next stop, a print note, a channel's
     * promotion, an agency's subscription note, a reading time; a
     * blogger's initials stay. */
    ck_assert(ad_body_signoff_line("\xe2\x80\x94 VNS", 7));
    ck_assert(ad_body_signoff_line("-- BERNAMA", 10));
#define SIGN(s) ad_body_signoff_line(s, strlen(s))
    ck_assert(SIGN("Fibre2Fashion News Desk (RKS)"));
    ck_assert(SIGN("Web Desk"));
    ck_assert(!SIGN("She left the note on her desk"));
    ck_assert(!SIGN("Desk"));
    ck_assert(!SIGN("He now runs the City Desk"));
    ck_assert(!SIGN("The committee said it would set up a new trade help desk"));
#undef SIGN
    ck_assert(!ad_body_signoff_line("\xe2\x80\x94 JS", 6));
    ck_assert(!ad_body_signoff_line("\xe2\x80\x94 Reuters", 11));
    /* The outlet's ask closing the text, up to 70 words; a sentence of the
     * news that names subscribers or an inbox stays. */
#define ASK(s) ad_body_closing_ask(s, strlen(s))
    ck_assert(
        ASK("Get this delivered to your inbox, and more info about our products and services. "
            "Subscribe to CNBC PRO for exclusive insights and analysis."));
    ck_assert(ASK("Anadolu Agency website contains only a portion of the news stories offered to "
                  "subscribers in the AA News Broadcasting System (HAS), and in summarized form. "
                  "Please contact us for subscription options."));
    ck_assert(!ASK("The streaming service said subscribers fell by 1.2 million in the quarter, "
                   "and it would raise prices for those who subscribe to its ad-free plan."));
    ck_assert(!ASK("Phishing messages that land in your inbox often ask you to sign up for a "
                   "prize: delete them."));
    ck_assert(!ASK("Readers were asked to subscribe to our newsletter in a survey that ran for six "
                   "weeks in the spring, and 2,300 of them answered every question about prices, "
                   "delivery times, the paper's layout, its puzzles, its sports pages, its "
                   "letters page, its obituaries and the weekend magazine, and about what else "
                   "they read each week, in print and online, at home and at work, and what they "
                   "would pay for it."));
    ck_assert(!ASK("Residents can download the app for free on iOS and Android devices starting "
                   "Wednesday."));
    ck_assert(!ASK("\xe2\x80\x9cWe encourage every resident to subscribe to our emergency "
                   "alerts,\xe2\x80\x9d said county spokeswoman Maria Lopez."));
#undef ASK
    /* A place and date stamp in brackets closing the text. */
    ck_assert(ad_body_signoff_line("(Colombo/Feb28/2029)", 20));
    ck_assert(!ad_body_signoff_line("(see table)", 11));
    ck_assert(!ad_body_signoff_line("(and/or)", 8));
    ck_assert(!ad_body_signoff_line("(Revenue/Cost)", 14));
    /* A date and time with the outlet's name and a place; a table's row
     * of places and figures is text. */
    {
        ad_meta m;
        memset(&m, 0, sizeof(m));
        m.publisher = "Agenda.ge";
        static const char *const lines[] = {
            "Agenda.ge, 20 Feb 2030 - 12:40, Tbilisi,Georgia", "18 | New Jersey | 63.2",
            "Viva Technology - June 17-20, 2026, Paris, France",
            "Friday 14 March 2030, 19:30, Royal Albert Hall, London"};
        ck_assert_int_eq(ad_body_classify_line(lines[0], strlen(lines[0]), &m), AD_LINE_DATELINE);
        ck_assert_int_eq(ad_body_classify_line(lines[1], strlen(lines[1]), &m), AD_LINE_CONTENT);
        ck_assert_int_eq(ad_body_classify_line(lines[2], strlen(lines[2]), &m), AD_LINE_CONTENT);
        ck_assert_int_eq(ad_body_classify_line(lines[3], strlen(lines[3]), &m), AD_LINE_CONTENT);
    }
    /* An advertisement's label in Central European languages. */
    ck_assert_int_eq(CL("Reklama"), AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("Rekl\xc3\xa1m"), AD_LINE_BOILERPLATE);
    /* A wire's end mark, with its editors' initials or alone. */
    ck_assert(ad_body_signoff_line("(END) RMQ/JJN", 13));
    ck_assert(ad_body_signoff_line("(END)", 5));
    ck_assert(!ad_body_signoff_line("(END) of the war", 16));
    /* A writer's and an editor's initials after a dash; not a fraction of
     * words. */
    ck_assert(ad_body_signoff_line("\xe2\x80\x94 TMH/KZL", 11));
    ck_assert(!ad_body_signoff_line("\xe2\x80\x94 TMH/KZL/ABC/DEF", 19));
    ck_assert(!ad_body_signoff_line("\xe2\x80\x94 TMH//KZL", 12));
    /* The advertisement's label in South Slavic languages, a typo-report
     * hint, an agency's terms of use. */
    ck_assert_int_eq(CL("Oglas"), AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("\xd0\x9e\xd0\xb3\xd0\xbb\xd0\xb0\xd1\x81"), AD_LINE_BOILERPLATE);
    ck_assert_int_eq(
        CL("Noticed a mistake? Select the text and press Ctrl+Enter to tell us about it."),
        AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("Unauthorized use of MONTSAME materials is prohibited."),
                     AD_LINE_BOILERPLATE);
    /* A story split over pages, and a comments disclaimer. */
    ck_assert_int_eq(CL("Continued on page 2"), AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("Novinite.com is not responsible for the content of comments. Please, "
                        "comment responsibly."),
                     AD_LINE_BOILERPLATE);
    /* (from a review) the same words in prose */
    ck_assert_int_eq(CL("Unauthorized use of state vehicles during the campaign will be punished, "
                        "the electoral commission said."),
                     AD_LINE_CONTENT);
    ck_assert_int_eq(CL("To send the message, select it and press Ctrl+Enter on your keyboard."),
                     AD_LINE_CONTENT);
    /* Asking readers to follow the outlet on a network, at the line's
     * start or after a comma; people who follow someone are prose. */
    ck_assert_int_eq(CL("Follow ERR News on Facebook and X and never miss an update!"),
                     AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("For more business news, follow Khmer Times on Telegram and Facebook."),
                     AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("Suivez Le Monde sur Instagram."), AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("Millions of fans follow the singer on Instagram."), AD_LINE_CONTENT);
    ck_assert_int_eq(CL("Follow the money on this one, the senator said."), AD_LINE_CONTENT);
    /* (from a review) a quote, someone else followed, a first preposition
     * before no network, advice with its own clause, other languages'
     * indicatives and nouns */
    ck_assert_int_eq(CL("\"Follow me on Instagram,\" she told the crowd, laughing."),
                     AD_LINE_CONTENT);
    ck_assert_int_eq(CL("Follow him on X, his campaign urged supporters in a post on Monday."),
                     AD_LINE_CONTENT);
    ck_assert_int_eq(CL("Analysts, however, follow the market on Bloomberg terminals, not on "
                        "Twitter."),
                     AD_LINE_CONTENT);
    ck_assert_int_eq(CL("If in doubt, follow the official advice on WhatsApp, the health ministry "
                        "said."),
                     AD_LINE_CONTENT);
    ck_assert_int_eq(CL("Sigue la pol\xc3\xa9mica en X"), AD_LINE_CONTENT);
    ck_assert_int_eq(CL("Folgen f\xc3\xbcr Nutzer auf Facebook und Instagram"), AD_LINE_CONTENT);
    ck_assert_int_eq(CL("Folgen Sie uns auf Facebook und Instagram"), AD_LINE_BOILERPLATE);
    /* Newsletter and support promotions, a republication note, a Turkish
     * advertisement label and read count. */
    ck_assert_int_eq(CL("Sign up to the Front Page newsletter for free: Your essential guide to "
                        "the day\xe2\x80\x99s agenda"),
                     AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("Our journalism needs your support. Subscribe today to OregonLive.com."),
                     AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("This article was originally published on CalMatters and was republished "
                        "under the Creative Commons Attribution-NonCommercial-NoDerivatives "
                        "license."),
                     AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("Reklam"), AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("Exporters can now subscribe to the ministry's tariff newsletter for free, "
                        "officials said."),
                     AD_LINE_CONTENT);
    ck_assert_int_eq(CL("\xe2\x80\x9cOur journalism needs your support,\xe2\x80\x9d the editor "
                        "told the conference."),
                     AD_LINE_CONTENT);
    ck_assert_int_eq(CL("This article was originally published in French by the ministry and "
                        "translated into twelve languages."),
                     AD_LINE_CONTENT);
    ck_assert_int_eq(CL("Now read: Good news for petrol prices in April"), AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("Read: Rand hits strongest level in three years"), AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("A version of this story appears in the print on January 17, 2029, of The "
                        "Kathmandu Post."),
                     AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("Stay informed! Follow The Daily Paper on WhatsApp for real-time updates."),
                     AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("The suspects had been chatting on WhatsApp for months."), AD_LINE_CONTENT);
    ck_assert_int_eq(CL("Please contact us for subscription options."), AD_LINE_BOILERPLATE);
    /* A copyright footer of any length. */
    ck_assert_int_eq(CL("Copyright PUNCH. All rights reserved. This material, and other digital "
                        "content on this website, may not be reproduced, published, broadcast, "
                        "rewritten or redistributed in whole or in part without prior express "
                        "written permission from PUNCH."),
                     AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("Le puede interesar: Temporada de lluvias en Antioquia"),
                     AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("Te puede interesar saber que la entrada ser\xc3\xa1 gratuita."),
                     AD_LINE_CONTENT);
    ck_assert_int_eq(CL("Per approfondire il tema, il ministero ha convocato una riunione."),
                     AD_LINE_CONTENT);
    /* ... but not sentences that open the same way */
    ck_assert_int_eq(CL("She announced the decision on Facebook, following weeks of speculation."),
                     AD_LINE_CONTENT);
    ck_assert_int_eq(CL("Additional sources told Reuters the talks had stalled."), AD_LINE_CONTENT);
    ck_assert_int_eq(CL("On Monday, shares hit their lowest since 2020."), AD_LINE_CONTENT);
    ck_assert_int_eq(CL("Read more from Sky News: How do storms get their names?"),
                     AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("\xc3\x9c"
                        "ber dieses Thema berichtete tagesschau24 am 08. September "
                        "2028 um 11:00 Uhr."),
                     AD_LINE_BOILERPLATE);
    /* A picture's credit alone on its line; a value after the label is
     * no credit. */
    ck_assert_int_eq(CL("(Photo: Police spokesperson)"), AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("Photo credit: Felix Wanyama | Nation Media Group"), AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("Image source: Getty Images."), AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("ফাইল ছবি: প্রথম আলো"), AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("Photo shoot: Models Wore Red"), AD_LINE_CONTENT);
    /* A breadcrumb trail; a parenthesis comparing two things is text. */
    ck_assert_int_eq(CL("경제 > 경제일반"), AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("News \xe2\x80\xba World \xe2\x80\xba Asia"), AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("(learning how to interview > learning how to code)"), AD_LINE_CONTENT);
    ck_assert_int_eq(CL("Profits > costs, said the chief executive."), AD_LINE_CONTENT);
    ck_assert_int_eq(CL("Go to Settings > Privacy & Security > Location Services"),
                     AD_LINE_CONTENT);
    ck_assert_int_eq(CL("(צילום: דוברות המשטרה)"), AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("Video: 4K/30p with no crop"), AD_LINE_CONTENT);
    /* Promotions of an app or a channel, after an emoji too. */
    ck_assert_int_eq(CL("\xf0\x9f\x93\xb2 Participe do canal do g1 RS no WhatsApp"),
                     AD_LINE_BOILERPLATE);
    ck_assert_int_eq(
        CL("Ladda ner SVT Nyheter-appen och få pushnotiser om de viktigaste nyheterna."),
        AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("Tous droits réservés"), AD_LINE_BOILERPLATE);
    /* A typo-report hint, a metered wall's counter, "Read also" in Tetum and
     * Faroese, and a Somali dateline. */
    ck_assert_int_eq(CL("If you have found a spelling error, please, notify us by selecting that "
                        "text and pressing Ctrl+Enter."),
                     AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("You\xe2\x80\x99ve read 3 of 3 free stories this month"),
                     AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("Lee mós:"), AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("Publicitat"), AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("2318 ጊዜ ተነቧል"), AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("Les eisini:"), AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("Talaado, Maarso 08, 2033"), AD_LINE_DATELINE);
    ck_assert_int_eq(CL("Mánadagur 12. september 2033"), AD_LINE_DATELINE);
    /* Month names alone head a part of the text; a stamp makes a dateline. */
    ck_assert_int_eq(CL("April-November"), AD_LINE_CONTENT);
    ck_assert_int_eq(CL("Last Updated"), AD_LINE_DATELINE);
    ck_assert_int_eq(CL("Updated: 2025-09-29 09:33"), AD_LINE_DATELINE);
    ck_assert_int_eq(CL("September 29, 2025"), AD_LINE_DATELINE);
    ck_assert_int_eq(CL("2 dicembre 2025 (modifica il 2 dicembre 2025 | 19:12)"), AD_LINE_DATELINE);
    ck_assert_int_eq(CL("29. November 2025, 14:05 Uhr"), AD_LINE_DATELINE);
    ck_assert_int_eq(CL("Published in Dawn, December 3rd, 2025"), AD_LINE_DATELINE);
    ck_assert_int_eq(CL("Published in The Express Tribune, May 3rd, 2028."), AD_LINE_DATELINE);
    /* Stamps set apart by bars, each a dateline; a section before one is not. */
    ck_assert_int_eq(CL("Updated November 21, 2025 at 9:10 a.m. EST|Published November 20, 2025 "
                        "at 5:42 p.m. EST"),
                     AD_LINE_DATELINE);
    ck_assert_int_eq(CL("Politics and the state budget | November 20, 2025"), AD_LINE_CONTENT);
    /* A zone that is a word too counts only after a time. */
    ck_assert_int_eq(CL("Published 5:02 a.m. CT Aug. 9, 2035 Updated 9:40 a.m. CT Aug. 9, 2035"),
                     AD_LINE_DATELINE);
    ck_assert_int_eq(CL("Posted 7:15 PM CDT Oct 3, 2035"), AD_LINE_DATELINE);
    ck_assert_int_eq(CL("7. Norwalk, CT | 86.8"), AD_LINE_CONTENT);
    /* A video's title or note; a labelled link; a subscription ask; the
     * first publication's stamp. */
    ck_assert_int_eq(CL("WATCH: Catawba Ridge players, coach react to state title win"),
                     AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("Video above: Teachers and parents rally before Thursday's board vote."),
                     AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("RELATED | Tacoma City Council approves street lighting upgrade"),
                     AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("Get unlimited access to Iowa farm and business news for $1."),
                     AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("This story was originally published May 17, 2035 at 5:00 AM."),
                     AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("Watch the birds closely: they arrive at dawn."), AD_LINE_CONTENT);
    /* A follow prompt for a news aggregator; a print footer's address. */
    ck_assert_int_eq(
        CL("Cet article vous a \xc3\xa9t\xc3\xa9 utile ? Sachez que vous pouvez "
           "suivre Ouest-France sur son compte Google Actualit\xc3\xa9s en cliquant ici."),
        AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("Google Actualit\xc3\xa9s ne montrera plus les liens des m\xc3\xa9"
                        "dias "
                        "canadiens."),
                     AD_LINE_CONTENT);
    ck_assert_int_eq(CL("URL: www.sz.de/li.3391827 \xc2\xb7 Copyright: S\xc3\xbc"
                        "ddeutsche "
                        "Zeitung Digitale Medien GmbH \xc2\xb7 Quelle: SZ"),
                     AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("ADT | Starts at $99.99"), AD_LINE_CONTENT);
    ck_assert_int_eq(CL("Story continues below advertisement"), AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("Meer over dit onderwerp:"), AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("Social Sharing"), AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("\xe2\x96\xb2"), AD_LINE_BOILERPLATE); /* a lone "▲" */
    ck_assert_int_eq(CL("ISSN 1178-0398"), AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("toggle caption"), AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("Quelle: F.A.Z."), AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("Temps de lecture : 3 min"), AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("42"), AD_LINE_CONTENT);
    ck_assert_int_eq(CL("Sign up for the D.C. Today newsletter: Stay updated on the latest news in "
                        "the D.C. area, from the region's politics to public safety."),
                     AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("Published in 2019, the report found rising imports"), AD_LINE_CONTENT);
    ck_assert_int_eq(CL("By ZHAO JIA | China Daily | Updated: 2025-09-29 09:33"), AD_LINE_BYLINE);
    ck_assert_int_eq(CL("By the time the vote came, the hall was full."), AD_LINE_CONTENT);
    ck_assert_int_eq(CL("zhaojia@chinadaily.com.cn"), AD_LINE_CONTACT);
    ck_assert_int_eq(CL("The newsletter, founded in 1990, reached ten thousand readers by "
                        "the end of the decade and was sold twice."),
                     AD_LINE_CONTENT);
    ck_assert_int_eq(CL("The council met on Tuesday."), AD_LINE_CONTENT);
    /* Membership asks set in the text. */
    ck_assert_int_eq(CL("Enjoying this? Tailwind Brief is reader-supported. Become a paid member "
                        "to get every deep dive."),
                     AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("We have a small favour to ask. Millions turn to us every day."),
                     AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("The club asked every resident to become a member before the vote."),
                     AD_LINE_CONTENT);
    /* Other scripts fold their case too, and a Chinese prefix needs no word
     * boundary after it. */
    ck_assert_int_eq(CL("Читайте также: Новые тарифы на отопление"), AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("Нашли ошибку? Выделите текст и нажмите Ctrl+Enter"), AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("(责编：李明、王芳)"), AD_LINE_BOILERPLATE);
    /* A gallery's counter; a sentence with the same numbers is text. */
    ck_assert_int_eq(CL("1 of 2"), AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("Image 3 of 12"), AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("Slide 2/9"), AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("1 of 2 voters agreed."), AD_LINE_CONTENT);
    ck_assert_int_eq(CL("(Updates with economist comment in sixth paragraph.)"),
                     AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("A version of this article appears in print on Dec. 2, 2025, Section A, "
                        "Page 14 of the New York edition."),
                     AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>"), AD_LINE_BOILERPLATE);
    ck_assert_int_eq(CL("Супермаркеты продлили часы работы, сообщили в администрации."),
                     AD_LINE_CONTENT);
#undef CL
    ad_meta meta;
    const char *authors[] = {"Jane Doe"};
    memset(&meta, 0, sizeof(meta));
    meta.authors.v = authors;
    meta.authors.n = 1;
    s = "Jane Doe, Staff Writer";
    ck_assert_int_eq(ad_body_classify_line(s, strlen(s), &meta), AD_LINE_BYLINE);
    /* A Chinese lede with the reporter's credit is a sentence, however few
     * space-separated tokens it holds. */
    authors[0] = "王喆";
    s = "人民网北京12月8日电 （记者王喆）据海关总署发布的数据，今年前11个月，我国货物贸易进出口总值"
        "41.21万亿元。";
    ck_assert_int_eq(ad_body_classify_line(s, strlen(s), &meta), AD_LINE_CONTENT);
    s = "记者 王喆";
    ck_assert_int_eq(ad_body_classify_line(s, strlen(s), &meta), AD_LINE_BYLINE);
    authors[0] = "Jane Doe";
    /* The author's own note with an address is contact furniture; a
     * sentence of the same length with an address and no author is text. */
    s = "Jane Doe covers City Hall and transportation for the Ledger. Reach her at "
        "jdoe@example.com or on Signal.";
    ck_assert_int_eq(ad_body_classify_line(s, strlen(s), &meta), AD_LINE_CONTACT);
    s = "Residents who want to comment on the route map before the hearing can write to "
        "planning@example.gov by Friday.";
    ck_assert_int_eq(ad_body_classify_line(s, strlen(s), &meta), AD_LINE_CONTENT);
    /* A byline running on into the page's stamps (inline spans of one
     * metadata bar); the same author named in a sentence is text. */
    authors[0] = "Camille Roussel";
    s = "Par Camille Roussel Publié le 05/12/2025 à 18:42, mis à jour le 05/12/2025 à 21:10 "
        "Temps de lecture : 3 min";
    ck_assert_int_eq(ad_body_classify_line(s, strlen(s), &meta), AD_LINE_BYLINE);
    s = "Par ailleurs, Camille Roussel a rencontré les contrôleurs de la gare de Lyon vendredi "
        "soir, avant la grève";
    ck_assert_int_eq(ad_body_classify_line(s, strlen(s), &meta), AD_LINE_CONTENT);
    /* An organization credited as author: a line naming it is no byline. */
    authors[0] = "BBC News";
    s = "Analysis: Jon Sopel, BBC News, Washington";
    ck_assert_int_eq(ad_body_classify_line(s, strlen(s), &meta), AD_LINE_CONTENT);
    /* A desk's credit alone; not a heading whose middle word is a team's. */
    s = "Express News Service";
    ck_assert_int_eq(ad_body_classify_line(s, strlen(s), &meta), AD_LINE_BYLINE);
    s = "Full Service Catering";
    ck_assert_int_eq(ad_body_classify_line(s, strlen(s), &meta), AD_LINE_CONTENT);
    /* A copyright phrase of a script written without spaces marks a long
     * footer line; a label alone is furniture. */
    s = "毎日新聞のニュースサイトに掲載の記事・写真・図表など無断転載を禁止します。著作権は毎日新聞"
        "社"
        "またはその情報提供者に属します。";
    ck_assert_int_eq(ad_body_score_boilerplate(s, strlen(s)), 1);
    ck_assert_int_eq(ad_body_score_boilerplate("Premium", 7), 1);
    s = "Edited by: Paul Reinholt";
    ck_assert_int_eq(ad_body_score_boilerplate(s, strlen(s)), 1);
    s = "Comments are closed on this story.";
    ck_assert_int_eq(ad_body_score_boilerplate(s, strlen(s)), 1);
    s = "The premium was paid in full by the insurer on Monday.";
    ck_assert_int_eq(ad_body_score_boilerplate(s, strlen(s)), 0);
    /* The outlet's channel on a news reader, under the text. */
    s = "Cek Berita dan Artikel yang lain di Google News";
    ck_assert_int_eq(ad_body_score_boilerplate(s, strlen(s)), 1);
    s = "The ministry said the figures would be published on Google News and its own site next "
        "week after a review by auditors.";
    ck_assert_int_eq(ad_body_score_boilerplate(s, strlen(s)), 0);
    ck_assert_int_eq(ad_body_score_boilerplate("Most Viewed", 11), 1);
    ck_assert_int_eq(
        ad_body_score_boilerplate("» Related Stories «", strlen("» Related Stories «")), 1);
    ck_assert_int_eq(ad_body_score_boilerplate("Park plan approved", 18), 0);
    s = "To read the full note, click here";
    ck_assert_int_eq(ad_body_score_boilerplate(s, strlen(s)), 1);
    s = "The scam email told victims to click here to claim a refund.";
    ck_assert_int_eq(ad_body_score_boilerplate(s, strlen(s)), 0);
    s = "Residents who want a flood grant can sign up here at the town hall until Friday, the "
        "council said in a statement on Tuesday.";
    ck_assert_int_eq(ad_body_score_boilerplate(s, strlen(s)), 0);
    s = "Loading Twitter content";
    ck_assert_int_eq(ad_body_score_boilerplate(s, strlen(s)), 1);
    s = "(Catch all the Business News, Breaking News, Events and Latest News Updates on The "
        "Economic Times.)";
    ck_assert_int_eq(ad_body_score_boilerplate(s, strlen(s)), 1);
}
END_TEST

/* Tags crediting contributors; a credit written as a sentence stays. */
START_TEST(test_contributor_line)
{
    static const char *const yes[] = {
        "\xe2\x80\x94 With assistance from Alicia Diaz",
        "\xe2\x80\x93 with reports from Patricia Lorenzo/Rappler.com",
        "Reporting by Jane Roe; Editing by John Doe",
        "Avec La Presse Canadienne",
        "(Con información de EFE)",
        "Editor : I.M.",
    };
    static const char *const no[] = {
        "Heba Habib contributed to this report.",
        "Reporting by the agency showed exports rose 5% in March.",
        "Withdrawals from the fund rose 5% in March.",
        "With assistance from the World Bank, the government plans to widen the tax base and cut "
        "fuel subsidies next year.",
        "Reporting by The Guardian earlier this year revealed that the scheme had been abused for "
        "years.",
        "Editor: the word has meant many things over the centuries, from a publisher to a film "
        "cutter, and the paper's first one held the post for thirty years.",
    };
    for (size_t i = 0; i < sizeof(yes) / sizeof(yes[0]); i++)
        ck_assert_msg(ad_body_contributor_line(yes[i], strlen(yes[i])), "%s", yes[i]);
    for (size_t i = 0; i < sizeof(no) / sizeof(no[0]); i++)
        ck_assert_msg(!ad_body_contributor_line(no[i], strlen(no[i])), "%s", no[i]);
}
END_TEST

/* body.c looks placeholder words up with bsearch(). */
START_TEST(test_filler_table_sorted)
{
    for (size_t i = 1; i < ad_tbl_filler_words_len; i++)
        ck_assert_msg(strcmp(ad_tbl_filler_words[i - 1][0], ad_tbl_filler_words[i][0]) < 0,
                      "data/filler_words.tsv not sorted at %s", ad_tbl_filler_words[i][0]);
}
END_TEST

START_TEST(test_date_table_sorted)
{
    for (size_t i = 1; i < ad_tbl_body_dates_len; i++) {
        int c = strcmp(ad_tbl_body_dates[i - 1][1], ad_tbl_body_dates[i][1]);
        ck_assert_msg(
            c < 0 || (c == 0 && strcmp(ad_tbl_body_dates[i - 1][0], ad_tbl_body_dates[i][0]) < 0),
            "data/body_dates.tsv not sorted at %s", ad_tbl_body_dates[i][1]);
    }
}
END_TEST

START_TEST(test_from_text)
{
    ad_arena *a = ad_arena_new(0);
    ad_paragraph *p = NULL;
    size_t n = 0;
    char err[64];
    const char *t = "First line\nstill first.\n\n  \nSecond\xc2\xa0para.\n";
    ck_assert_int_eq(ad_body_from_text(t, strlen(t), a, &p, &n, err, sizeof(err)), AD_OK);
    ck_assert_uint_eq(n, 2);
    ck_assert_str_eq(p[0].text, "First line still first.");
    ck_assert_str_eq(p[1].text, "Second para.");
    ad_arena_free(a);
}
END_TEST

/* A page builder gives every paragraph its own nested widget, so no single
 * container scores well, while a small testimonial with a "content" class
 * does: the chosen container is too small to tell the article's paragraph
 * shape, the page's dominant shape is used to climb. */
#define WIDGET(x)                                                                                  \
    "<div class=\"widget\"><div class=\"widget-box\"><div class=\"widget-inner\">" x               \
    "</div></div></div>"
START_TEST(test_small_top_climbs)
{
    ad_article *art = parse_body(
        "<div class=\"section\"><div class=\"column\">" WIDGET(
            "<p>The city council voted on Tuesday to expand the river park, a plan that had "
            "stalled for nearly a decade amid disputes over funding, zoning and access.</p>")
            WIDGET(
                "<p>Supporters said the expansion would add three kilometres of walking paths, new "
                "playgrounds and a community garden, while opponents worried about traffic and "
                "parking on the narrow streets nearby.</p>") WIDGET("<h3>What happens next</h3>")
                WIDGET(
                    "<p>The mayor, who campaigned on the project, called the vote a turning point "
                    "for "
                    "the neighbourhood, adding that construction could begin as early as next "
                    "spring "
                    "if the budget holds.</p>") WIDGET("<p>Residents will be invited to a series "
                                                       "of public meetings in the coming months "
                                                       "to comment on the final design, the "
                                                       "council said in a statement released after "
                                                       "the vote.</p>")
                    WIDGET("<p>Engineers expect the riverbank work to take two summers, since the "
                           "water "
                           "level, the fish spawning season and the old flood walls all limit when "
                           "crews can "
                           "dig.</p>") "</div><div class=\"column\"><div "
                                       "class=\"testimonial\"><div class=\"testimonial__content\">"
                                       "<p class=\"quote\">\"I joined the park volunteers last "
                                       "year, and honestly, it changed how I "
                                       "see my own street, my neighbours, and the little things we "
                                       "all share every day.\"</p>"
                                       "</div></div></div></div>");
    ck_assert_int_eq(find(art, "The city council voted"), 0);
    ck_assert_int_ge(find(art, "Engineers expect"), 4);
    assert_type(art, "What happens next", AD_PARA_HEADING);
    ad_article_free(art);
}
END_TEST

/* A boilerplate-named wrapper holding most of the page is kept as layout,
 * but a list never is: a slide show's captions outweighing the article
 * stay out. */
#define SLIDE(n)                                                                                   \
    "<li><h2>" n "/4 Markets slide</h2><p>Shares in the largest retailers fell sharply "           \
    "on Monday, after weak sales figures, higher costs and a cautious outlook worried investors "  \
    "across the sector, analysts said.</p></li>"
START_TEST(test_big_boilerplate_list_dropped)
{
    ad_article *art = parse_body("<div class=\"story\">" PROSE
                                 "<div class=\"gallery\"><ul class=\"legends\">" SLIDE("1")
                                     SLIDE("2") SLIDE("3") SLIDE("4") "</ul></div></div>");
    ck_assert_int_eq(find(art, "The city council voted"), 0);
    assert_absent(art, "Markets slide");
    assert_absent(art, "Shares in the largest retailers");
    ad_article_free(art);
}
END_TEST

/* A form inside the page (sign-up, quote request) is furniture; a form
 * wrapping the whole page (ASP.NET) is layout. */
START_TEST(test_form_dropped)
{
    ad_article *art = parse_body(
        "<div class=\"story\">" PROSE "<form action=\"/quote\"><h3>Request a free quote today</h3>"
        "<label>First Name*</label><input name=\"a\"><label>Your project details, as many as you "
        "can share</label><textarea name=\"b\"></textarea><p>This field is for validation "
        "purposes and should be left unchanged.</p><button>Send</button></form></div>");
    ck_assert_int_eq(find(art, "The city council voted"), 0);
    assert_absent(art, "Request a free quote");
    assert_absent(art, "First Name");
    assert_absent(art, "validation purposes");
    ad_article_free(art);
    art = parse_body("<form id=\"aspnetForm\"><div class=\"story\">" PROSE "</div></form>");
    ck_assert_uint_eq(art->n_paragraphs, 4);
    ad_article_free(art);
}
END_TEST

/* A large data table outscores the short introduction around it, but a
 * table is only part of an article: its container is taken. */
#define ROW(y)                                                                                     \
    "<tr><td>" y "</td><td>A film about a scientist, her rival and a machine that sends "          \
    "letters, photographs and, later, people into the past, with mixed results.</td></tr>"
START_TEST(test_table_not_alone)
{
    ad_article *art = parse_body(
        "<div class=\"page\"><p>This list of time travel films, ordered by year, covers feature "
        "films in which travel through time is a central element of the plot.</p>"
        "<table class=\"wikitable\"><tbody>" ROW("1921") ROW("1949") ROW("1960") ROW("1979")
            ROW("1985") ROW("1989") ROW("1994") ROW("2004") ROW("2005") ROW("2006") ROW("2007")
                ROW("2008") ROW("2009") ROW("2010") ROW("2011")
                    ROW("2012") "</tbody></table>"
                                "<h2>Exclusions</h2><ul><li>Films in which the travel happens only "
                                "in a dream.</li>"
                                "<li>Films set in a vision or a coma.</li></ul></div>");
    ck_assert_int_eq(find(art, "This list of time travel films"), 0);
    assert_type(art, "1985 | A film", AD_PARA_TABLE);
    assert_type(art, "Exclusions", AD_PARA_HEADING);
    assert_type(art, "Films set in a vision", AD_PARA_LIST_ITEM);
    ad_article_free(art);
}
END_TEST

/* Cards of other stories (a linked headline over a line of excerpt) set
 * after the article in its own container go, named or not; cards that
 * are the article (a short list of picks) stay. */
#define CARD(n)                                                                                    \
    "<div class=\"slide\"><div class=\"item\"><h3><a href=\"/story-" n "\">Story " n               \
    " about the river park and its new paths</a></h3><div class=\"excerpt\">A short excerpt of "   \
    "story " n ", one line long, with a word on what it tells.</div></div></div>"
START_TEST(test_teaser_cards_dropped)
{
    ad_article *art = parse_body("<div class=\"story\">" PROSE "<div class=\"rail\">" CARD("1")
                                     CARD("2") CARD("3") "</div></div>");
    ck_assert_int_eq(find(art, "The city council voted"), 0);
    assert_absent(art, "Story 2 about");
    assert_absent(art, "A short excerpt");
    ad_article_free(art);
    art = parse_body("<div class=\"story\"><p>Four picks for a weekend by the river this "
                     "summer, chosen by our editors.</p><div class=\"rail\">" CARD("1") CARD("2")
                         CARD("3") CARD("4") "</div></div>");
    ck_assert_int_ge(find(art, "Story 3 about"), 0);
    ad_article_free(art);
}
END_TEST

/* An author box's bio left without its name (the name is the byline):
 * a short closing text opening with a job title and a preposition. */
START_TEST(test_role_bio_dropped)
{
    ad_article *art = parse_body("<div class=\"story\">" PROSE
                                 "<p>Redactora de la secci\xc3\xb3n de Cultura, especializada en "
                                 "museos y patrimonio.</p></div>");
    assert_absent(art, "Redactora de la");
    ck_assert_int_ge(find(art, "Residents will be invited"), 0);
    ad_article_free(art);
}
END_TEST

static Suite *body_suite(void)
{
    Suite *s = suite_create("body");
    TCase *tc = ad_test_tcase(s, "core");
    tcase_add_test(tc, test_prose_kept);
    tcase_add_test(tc, test_hidden_dropped);
    tcase_add_test(tc, test_share_bar_dropped);
    tcase_add_test(tc, test_related_dropped);
    tcase_add_test(tc, test_byline_dropped);
    tcase_add_test(tc, test_byline_hint_dropped);
    tcase_add_test(tc, test_article_body_fallback);
    tcase_add_test(tc, test_caption_typed);
    tcase_add_test(tc, test_lists_headings_quotes_tables);
    tcase_add_test(tc, test_trailing_email_dropped);
    tcase_add_test(tc, test_br_splitting);
    tcase_add_test(tc, test_text_div_is_paragraph);
    tcase_add_test(tc, test_deep_nesting);
    tcase_add_test(tc, test_deep_tree_built);
    tcase_add_test(tc, test_wide_page_capped);
    tcase_add_test(tc, test_classify_line);
    tcase_add_test(tc, test_date_table_sorted);
    tcase_add_test(tc, test_contributor_line);
    tcase_add_test(tc, test_filler_table_sorted);
    tcase_add_test(tc, test_from_text);
    tcase_add_test(tc, test_small_top_climbs);
    tcase_add_test(tc, test_big_boilerplate_list_dropped);
    tcase_add_test(tc, test_form_dropped);
    tcase_add_test(tc, test_table_not_alone);
    tcase_add_test(tc, test_teaser_cards_dropped);
    tcase_add_test(tc, test_role_bio_dropped);
    tcase_add_test(tc, test_para_caption);
    return s;
}

AD_TEST_MAIN(body_suite)
