/*
 * check_metadata.c - the metadata stage on small pages: JSON-LD (graphs,
 * arrays, wrappers, @id references), metas, the visible byline, title
 * cleaning, photo credits and language detection.
 */
#include "testutil.h"
#include <stdlib.h>
#include <string.h>
#include "articled/load.h"
#include "articled/metadata.h"

static ad_arena *arena;
static ad_doc doc;
static ad_meta meta;
static ad_meta_hints hints;

static void setup(void)
{
    arena = ad_arena_new(0);
}

static void teardown(void)
{
    ad_doc_release(&doc);
    ad_arena_free(arena);
}

/* Parses html as the page at url into meta and hints; a test may run
 * several pages, each releasing the one before. */
static void run(const char *html, const char *url)
{
    char err[128];
    ad_doc_release(&doc);
    ck_assert_int_eq(ad_load_html(html, strlen(html), NULL, &doc, err, sizeof(err)), AD_OK);
    ck_assert_int_eq(ad_meta_extract(doc.html, url, arena, &meta, &hints, err, sizeof(err)), AD_OK);
}

START_TEST(jsonld_graph)
{
    run("<html><head><script type=\"application/ld+json\"><!--\n"
        "{\"@context\":\"https://schema.org\",\"@graph\":["
        "{\"@type\":\"WebSite\",\"name\":\"Example News\"},"
        "{\"@type\":\"Person\",\"@id\":\"#p1\",\"name\":\"JANE DOE\"},"
        "{\"@type\":[\"NewsArticle\"],\"headline\":\"Rates rise &amp; fall\","
        "\"author\":{\"@id\":\"#p1\"},\"datePublished\":\"2025-09-29T09:33:00+02:00\","
        "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Example News\"},"
        "\"articleSection\":[\"World\",\"Europe\"],\"keywords\":\"rates, banks\"}]}\n"
        "--></script></head><body><p>x</p></body></html>",
        "https://example.com/a");
    ck_assert_str_eq(meta.title, "Rates rise & fall");
    ck_assert_int_eq(meta.authors.n, 1);
    ck_assert_str_eq(meta.authors.v[0], "Jane Doe");
    ck_assert_str_eq(meta.published, "2025-09-29T09:33:00+02:00");
    ck_assert_str_eq(meta.publisher, "Example News");
    ck_assert_int_eq(meta.section.n, 2);
    ck_assert_str_eq(meta.section.v[1], "Europe");
    ck_assert_int_eq(meta.keywords.n, 2);
    ck_assert_str_eq(meta.keywords.v[1], "banks");
}
END_TEST

START_TEST(jsonld_array_and_garbage)
{
    run("<html><head><script type=\"application/ld+json\">[{\"@type\":\"BreadcrumbList\","
        "\"itemListElement\":[{\"position\":2,\"name\":\"Tech\"},{\"position\":1,\"name\":"
        "\"Home\"}]},{\"@type\":\"BlogPosting\",\"headline\":\"Hello\",\"author\":[{\"name\":"
        "\"A One\"},{\"name\":\"B Two\"}]}];</script>"
        "<script type=\"application/ld+json\">{not json</script></head><body></body></html>",
        NULL);
    ck_assert_str_eq(meta.title, "Hello");
    ck_assert_int_eq(meta.authors.n, 2);
    ck_assert_str_eq(meta.authors.v[1], "B Two");
    ck_assert_int_eq(meta.section.n, 1);
    ck_assert_str_eq(meta.section.v[0], "Tech");
}
END_TEST

START_TEST(metas)
{
    run("<html lang=\"en_us\"><head><title>Big story | Example</title>"
        "<meta property=\"og:title\" content=\"Big story\">"
        "<meta property=\"og:site_name\" content=\"Example\">"
        "<meta name=\"description\" content=\"The dek.\">"
        "<meta name=\"author\" content=\"https://facebook.com/x\">"
        "<meta name=\"parsely-author\" content=\"Max Muster\">"
        "<meta property=\"article:published_time\" content=\"2024-03-01T10:00:00Z\">"
        "<meta property=\"article:tag\" content=\"a\"><meta property=\"article:tag\" content=\"b\">"
        "<link rel=\"canonical\" href=\"/story/1\"></head><body><h1>Big story</h1></body></html>",
        "https://example.com/story/1?x=1");
    ck_assert_str_eq(meta.title, "Big story");
    ck_assert_ptr_nonnull(hints.headline);
    ck_assert_str_eq(meta.publisher, "Example");
    ck_assert_str_eq(meta.description, "The dek.");
    ck_assert_int_eq(meta.authors.n, 1);
    ck_assert_str_eq(meta.authors.v[0], "Max Muster");
    ck_assert_str_eq(meta.published, "2024-03-01T10:00:00+00:00");
    ck_assert_str_eq(meta.language, "en-US");
    ck_assert_str_eq(meta.canonical_url, "https://example.com/story/1");
    ck_assert_int_eq(meta.keywords.n, 2);
}
END_TEST

/* One key given as name= and as property=: the RDFa form counts, wherever
 * it stands. */
START_TEST(property_over_name)
{
    run("<html><head><title>Page</title>"
        "<meta property=\"dc:title\" content=\"Property form\">"
        "<meta name=\"DC.title\" content=\"Name form\">"
        "<meta name=\"og:description\" content=\"Name dek\">"
        "<meta property=\"og:description\" content=\"Property dek\">"
        "</head><body><p>Text.</p></body></html>",
        NULL);
    ck_assert_str_eq(meta.title, "Property form");
    ck_assert_str_eq(meta.description, "Property dek");
}
END_TEST

/* A date-only meta takes the time a byline line gives for the same day. */
START_TEST(date_takes_time_of_same_day)
{
    run("<html><head><title>Trade grows</title>"
        "<meta name=\"publishdate\" content=\"2025-11-28\"></head><body>"
        "<h1>Trade grows</h1><p class=\"info\">By ZHAO JIA | China Daily | Updated: 2025-11-28 "
        "07:12</p><p>Text of the story.</p></body></html>",
        NULL);
    ck_assert_str_eq(meta.published, "2025-11-28T07:12:00");
}
END_TEST

START_TEST(visible_byline)
{
    run("<html><head><title>FMs meet - Chinadaily.com.cn</title>"
        "<meta property=\"og:site_name\" content=\"chinadaily.com.cn\"></head><body>"
        "<div class=\"crumbs-x\"><a href=\"/\">Home</a> / <a href=\"/world\">World</a> / "
        "<a href=\"/world/d\">Diplomacy</a></div><h1>FMs meet</h1>"
        "<div><span>By ZHAO JIA | China Daily | Updated: 2025-09-29 09:33</span></div>"
        "<figure><img src=\"/i/1.jpg\"><figcaption>Wang Yi speaks. [Photo/Xinhua]</figcaption>"
        "</figure><p>Body.</p></body></html>",
        "https://www.chinadaily.com.cn/a/202509/29/x.html");
    ck_assert_str_eq(meta.title, "FMs meet");
    ck_assert_int_eq(meta.authors.n, 1);
    ck_assert_str_eq(meta.authors.v[0], "Zhao Jia");
    ck_assert_str_eq(meta.publisher, "China Daily");
    ck_assert_str_eq(meta.published, "2025-09-29T09:33:00+08:00");
    ck_assert_ptr_nonnull(hints.byline);
    ck_assert_ptr_nonnull(hints.breadcrumb);
    ck_assert_int_eq(meta.section.n, 2);
    ck_assert_str_eq(meta.section.v[0], "World");
    ck_assert_str_eq(meta.image.url, "https://www.chinadaily.com.cn/i/1.jpg");
    ck_assert_str_eq(meta.image.caption, "Wang Yi speaks.");
    ck_assert_str_eq(meta.image.credit, "Xinhua");
}
END_TEST

/* A category label with one link just over the headline is the section
 * when nothing else names one; a label that is no link, or a list of
 * them, is none. */
START_TEST(kicker_section)
{
    run("<html><head><title>Trade shrinks</title></head><body><div class=\"news-category\">"
        "<a href=\"/k/business\">Business</a></div><h1>Trade shrinks</h1><p>Body.</p>"
        "</body></html>",
        "https://news.example.ee/a/1");
    ck_assert_int_eq(meta.section.n, 1);
    ck_assert_str_eq(meta.section.v[0], "Business");
    run("<html><head><title>Trade shrinks</title></head><body><div class=\"category\">"
        "<a href=\"/k/business\">Business</a> <a href=\"/k/eu\">EU</a></div>"
        "<h1>Trade shrinks</h1><p>Body.</p></body></html>",
        "https://news.example.ee/a/1");
    ck_assert_int_eq(meta.section.n, 0);
    run("<html><head><title>Trade shrinks</title></head><body><div class=\"intro\">"
        "<a href=\"/k/business\">Business</a></div><h1>Trade shrinks</h1><p>Body.</p>"
        "</body></html>",
        "https://news.example.ee/a/1");
    ck_assert_int_eq(meta.section.n, 0);
    /* a writer's page, or WordPress's "Uncategorized" */
    run("<html><head><title>Trade shrinks</title></head><body><div class=\"post-categories\">"
        "<a href=\"/author/jane-doe\">Jane Doe</a></div><h1>Trade shrinks</h1><p>Body.</p>"
        "</body></html>",
        "https://news.example.ee/a/1");
    ck_assert_int_eq(meta.section.n, 0);
    run("<html><head><title>Trade shrinks</title></head><body><div class=\"post-categories\">"
        "<a href=\"/category/uncategorized\">Uncategorized</a></div><h1>Trade shrinks</h1>"
        "<p>Body.</p></body></html>",
        "https://news.example.ee/a/1");
    ck_assert_int_eq(meta.section.n, 0);
    /* Ghost's primary tag over the headline is the section, its link to
     * /tag/ notwithstanding. */
    run("<html><head><title>Trade shrinks</title></head><body><div class=\"article-tag\">"
        "<span class=\"post-card-primary-tag\"><a href=\"/tag/science/\">Science</a></span>"
        "</div><h1>Trade shrinks</h1><p>Body.</p></body></html>",
        "https://news.example.co/a/1");
    ck_assert_int_eq(meta.section.n, 1);
    ck_assert_str_eq(meta.section.v[0], "Science");
    /* Breadcrumbs named in German. */
    run("<html><head><title>Trade shrinks</title></head><body><div id=\"brotkrumen\">Sie sind "
        "hier: <a href=\"/\">Startseite</a> &gt; <a href=\"/region/\">Region</a></div>"
        "<h1>Trade shrinks</h1><p>Body.</p></body></html>",
        "https://news.example.de/a/1");
    ck_assert_int_eq(meta.section.n, 1);
    ck_assert_str_eq(meta.section.v[0], "Region");
}
END_TEST

/* A <figcaption> of two parts whose last is a name in capitals with its
 * agency in brackets: that part is the credit. */
START_TEST(caption_tail_agency)
{
    run("<html><head><title>Housing plan</title></head><body><h1>Housing plan</h1><figure>"
        "<img src=\"/a.jpg\" alt=\"x\"><figcaption><span>Homes under construction in Madrid "
        "last October.</span><span>JAVIER RUIZ (EFE)</span></figcaption></figure>"
        "<p>Body text of the story.</p></body></html>",
        "https://news.example.es/a/1");
    ck_assert_str_eq(meta.image.caption, "Homes under construction in Madrid last October.");
    ck_assert_str_eq(meta.image.credit, "JAVIER RUIZ (EFE)");
    /* an agency the gazetteer knows after a bar */
    run("<html><head><title>Exports</title></head><body><h1>Exports</h1><figure>"
        "<img src=\"/a.jpg\" alt=\"\"><figcaption>Containers at a port in Tokyo. Exports jumped "
        "in August. | Bloomberg</figcaption></figure><p>Body text of the story.</p></body></html>",
        "https://news.example.jp/a/1");
    ck_assert_str_eq(meta.image.caption,
                     "Containers at a port in Tokyo. Exports jumped in August.");
    ck_assert_str_eq(meta.image.credit, "Bloomberg");
    /* a copyright sign opens the credit, not the capitals before it */
    run("<html><head><title>Exports</title></head><body><h1>Exports</h1><figure>"
        "<img src=\"/a.jpg\" alt=\"\"><figcaption>Containers at Antwerp. Exporters are diverting "
        "sales away from the US \xc2\xa9 Pieter Claes/Bloomberg</figcaption></figure><p>Body text "
        "of the story.</p></body></html>",
        "https://news.example.com/a/1");
    ck_assert_str_eq(meta.image.caption,
                     "Containers at Antwerp. Exporters are diverting sales away from the US");
    ck_assert_str_eq(meta.image.credit, "Pieter Claes/Bloomberg");
}
END_TEST

/* A structured date at midnight is a day stored as a timestamp: a real
 * time within a day of it dates the story. A visible byline naming the
 * structured author and another person is the whole list (the golden
 * case meta-ghost-byline-primary-tag has Ghost's own markup). */
START_TEST(midnight_and_fuller_byline)
{
    run("<html><head><meta property=\"article:published_time\" "
        "content=\"2033-10-05T21:14:00+06:00\"><script type=\"application/ld+json\">"
        "{\"@type\":\"NewsArticle\",\"datePublished\":\"2033-10-06T00:00:00+06:00\"}"
        "</script></head><body><h1>Exports rise</h1><p>Body.</p></body></html>",
        "https://news.example.bd/a/1");
    ck_assert_str_eq(meta.published, "2033-10-05T21:14:00+06:00");
    /* A shown day without a time takes an instant that falls on it
     * somewhere (UTC-12 to UTC+14), when the URL names no day. */
    run("<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
        "\"datePublished\":\"2033-07-22T00:05:14+0000\"}</script></head><body><h1>Vote</h1>"
        "<time class=\"dt-published\" datetime=\"2033-07-21\">July 21, 2033</time>"
        "<p>Body.</p></body></html>",
        "https://news.example.org/news/commissioners-vote");
    ck_assert_str_eq(meta.published, "2033-07-22T00:05:14+00:00");
    run("<html><head><script type=\"application/ld+json\">{\"@type\":\"Article\","
        "\"author\":{\"@type\":\"Person\",\"name\":\"Jordan Pell\"}}</script></head><body>"
        "<h1>A comet</h1><div class=\"byline\">By Jordan Pell and Sam Okonkwo</div>"
        "<p>Body text of the story.</p></body></html>",
        "https://news.example.co/a/1");
    ck_assert_int_eq(meta.authors.n, 2);
    ck_assert_str_eq(meta.authors.v[1], "Sam Okonkwo");
}
END_TEST

/* A byline box named in another language ("autorius"), the surname in
 * capitals with a letter outside ASCII. */
START_TEST(byline_capitals_any_script)
{
    run("<html lang=\"lt\"><head><title>Audra</title></head><body><h1>Audra</h1><div "
        "class=\"autorius_data\"><span class=\"autorius\">Rasa JONAITIEN\xc4\x96</span> "
        "<span class=\"data\">2030-10-08 14:26</span></div><p>Body.</p></body></html>",
        "https://www.example.lt/a/1");
    ck_assert_int_eq(meta.authors.n, 1);
    ck_assert_str_eq(meta.authors.v[0], "Rasa Jonaitien\xc4\x97");
    /* a class opening with "autor" that is another word */
    run("<html><head><title>Live</title></head><body><h1>Live</h1><div "
        "class=\"live-autorefresh\"><span>Auto-refresh</span></div><p>Body.</p></body></html>",
        "https://www.example.com/a/1");
    ck_assert_int_eq(meta.authors.n, 0);
}
END_TEST

/* A picture's box without <figure>, its caption named in Spanish. */
START_TEST(caption_class_other_language)
{
    run("<html lang=\"es\"><head><title>Exportaciones</title></head><body><h1>Exportaciones "
        "récord</h1><div class=\"foto-principal\"><img src=\"/f/1.jpg\"><div class=\"pie\">"
        "<span class=\"leyenda\">Contenedores en el puerto del Callao.</span> <span "
        "class=\"credito\">Foto: ANDINA/Renzo Quispe</span></div></div><p>Body.</p></body>"
        "</html>",
        "https://andina.example.pe/a/1");
    ck_assert_str_eq(meta.image.caption, "Contenedores en el puerto del Callao.");
    ck_assert_str_eq(meta.image.credit, "ANDINA/Renzo Quispe");
}
END_TEST

START_TEST(url_date_wins_over_sitewide_meta)
{
    run("<html><head><meta name=\"date\" content=\"2019-01-01\"></head><body></body></html>",
        "https://example.com/2025/09/29/story");
    ck_assert_str_eq(meta.published, "2025-09-29");
}
END_TEST

START_TEST(dublin_core_creator_over_author)
{
    /* The Dublin Core creator is the more deliberate credit: "author" is
     * often a CMS default. */
    run("<html><head><meta name=\"author\" content=\"Site Admin Team\">"
        "<meta name=\"DC.creator\" content=\"Ruth Ozeki\"></head><body><h1>A tale</h1>"
        "<p>Text of the tale.</p></body></html>",
        "https://example.com/tale");
    ck_assert_int_eq(meta.authors.n, 1);
    ck_assert_str_eq(meta.authors.v[0], "Ruth Ozeki");
    ad_doc_release(&doc);
    run("<html><head><meta property=\"og:article:author\" content=\"BBC News\"></head><body>"
        "<h1>A tale</h1><p>Text of the tale.</p></body></html>",
        "https://www.bbc.example/news/tale");
    ck_assert_int_eq(meta.authors.n, 1);
    ck_assert_str_eq(meta.authors.v[0], "BBC News");
}
END_TEST

START_TEST(visible_person_over_structured_org)
{
    /* The meta credits the company; the byline names the writer. */
    run("<html><head><meta name=\"author\" content=\"Rapid7\"></head><body>"
        "<h1>Patch Tuesday</h1><div class=\"author-name\">Spencer McIntyre</div>"
        "<p>Three fixes matter this month.</p></body></html>",
        "https://www.example.com/blog/patch-tuesday");
    ck_assert_int_eq(meta.authors.n, 1);
    ck_assert_str_eq(meta.authors.v[0], "Spencer McIntyre");
    ad_doc_release(&doc);
    /* A person in the meta keeps its rank. */
    run("<html><head><meta name=\"author\" content=\"Ann Lee\"></head><body>"
        "<h1>Patch Tuesday</h1><div class=\"author-name\">Spencer McIntyre</div>"
        "<p>Three fixes matter this month.</p></body></html>",
        "https://www.example.com/blog/patch-tuesday");
    ck_assert_int_eq(meta.authors.n, 1);
    ck_assert_str_eq(meta.authors.v[0], "Ann Lee");
}
END_TEST

START_TEST(desk_yields_to_byline_with_wire)
{
    /* The meta credits a desk; the byline in the text names the writer
     * with a wire after "with". */
    run("<html><head><meta name=\"author\" content=\"Online Desk\"></head><body>"
        "<h1>Quake rocks the coast</h1><div class=\"entry-content\">"
        "<p><strong>By NANCY WARI with AAP</strong></p>"
        "<p>A magnitude 6.8 earthquake struck off the north coast early this morning, "
        "damaging houses and a health centre.</p></div></body></html>",
        "https://www.example.com.pg/quake/");
    ck_assert_int_eq(meta.authors.n, 1);
    ck_assert_str_eq(meta.authors.v[0], "Nancy Wari");
    /* (from a review) "with" before words in lower case ends the names. */
    run("<html><head></head><body><h1>Quake rocks the coast</h1><div class=\"entry-content\">"
        "<p><strong>By Jane Doe with additional reporting by John Roe</strong></p>"
        "<p>A magnitude 6.8 earthquake struck off the north coast early this morning, "
        "damaging houses and a health centre.</p></div></body></html>",
        "https://www.example.com.pg/quake/");
    ck_assert_int_eq(meta.authors.n, 1);
    ck_assert_str_eq(meta.authors.v[0], "Jane Doe");
}
END_TEST

START_TEST(publisher_outlet_not_owner)
{
    /* The article names the group that owns the paper; the graph's news
     * organization is the paper. Home in Serbian is no section. */
    run("<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
        "\"@graph\":[{\"@type\":\"NewsArticle\",\"headline\":\"Coffee exports rise\","
        "\"publisher\":{\"@id\":\"#creator\"}},{\"@id\":\"#identity\","
        "\"@type\":\"NewsMediaOrganization\",\"name\":\"New Vision\","
        "\"parentOrganization\":{\"@type\":\"Organization\",\"name\":\"Vision Group\"}},"
        "{\"@id\":\"#creator\",\"@type\":\"Organization\",\"name\":\"Vision Group\"},"
        "{\"@type\":\"BreadcrumbList\",\"itemListElement\":[{\"@type\":\"ListItem\","
        "\"position\":1,\"name\":\"\xd0\x9f\xd0\xbe\xd1\x87\xd0\xb5\xd1\x82\xd0\xbd\xd0\xb0\"},"
        "{\"@type\":\"ListItem\",\"position\":2,\"name\":\"Business\"}]}]}</script></head>"
        "<body><h1>Coffee exports rise</h1><p>Shipments grew.</p></body></html>",
        "https://www.example.co.ug/news/1");
    ck_assert_str_eq(meta.publisher, "New Vision");
    ck_assert_int_eq(meta.section.n, 1);
    ck_assert_str_eq(meta.section.v[0], "Business");
}
END_TEST

START_TEST(news_org_author_no_writer)
{
    /* A press release as a news article: its structured author is the
     * issuing organization, which the meta author repeats; no writer. A
     * blog post so credited keeps the credit (a company's own blog). */
    static const char *const page =
        "<html><head><meta name=\"author\" content=\"Northern Plains Growers Association\">"
        "<script type=\"application/ld+json\">{\"@type\":\"%s\",\"headline\":\"Pea "
        "exports reach a record\",\"author\":{\"@type\":\"Organization\",\"name\":"
        "\"Northern Plains Growers Association\"}}</script></head><body><h1>Pea exports reach "
        "a record</h1><p>Shipments to India doubled.</p></body></html>";
    char html[1024];
    snprintf(html, sizeof(html), page, "NewsArticle");
    run(html, "https://www.example.com/news-releases/peas.html");
    ck_assert_uint_eq(meta.authors.n, 0);
    snprintf(html, sizeof(html), page, "BlogPosting");
    run(html, "https://www.example.com/blog/peas");
    ck_assert_uint_eq(meta.authors.n, 1);
    ck_assert_str_eq(meta.authors.v[0], "Northern Plains Growers Association");
}
END_TEST

START_TEST(byline_blocks_with_roles)
{
    /* Contributors each in a block over their desk or role, in a box named
     * only by a test hook: the people, read block by block. */
    run("<html><head><script type=\"application/ld+json\">{\"@type\":\"ReportageNewsArticle\","
        "\"headline\":\"Amber wind warning\",\"author\":{\"@type\":\"NewsMediaOrganization\","
        "\"name\":\"BBC News\"}}</script></head><body><article><h1>Amber wind warning</h1>"
        "<div data-testid=\"byline-new-contributors\"><div><span>Carys Hughes</span><div><span>"
        "BBC Wales News</span></div></div><div><span>Ollie Barnes</span><div><span>BBC Wales "
        "weather "
        "presenter</span></div></div></div><p>Gusts of up to 80mph are expected.</p></article>"
        "</body></html>",
        "https://www.bbc.co.uk/news/articles/c4g7");
    ck_assert_uint_eq(meta.authors.n, 2);
    ck_assert_str_eq(meta.authors.v[0], "Carys Hughes");
    ck_assert_str_eq(meta.authors.v[1], "Ollie Barnes");
}
END_TEST

START_TEST(byline_by_names_more)
{
    /* The meta author names the first writer; the byline under the
     * headline, with its "by", names both. */
    run("<html><head><meta name=\"author\" content=\"Marisol Vega\"></head><body><article>"
        "<h1>Council approves flood buyouts</h1><span class=\"byline\"><span>by</span> <span "
        "class=\"author vcard\"><a class=\"url fn n\" href=\"/author/mv/\">Marisol Vega</a></span>"
        " and <span class=\"author vcard\"><a class=\"url fn n\" href=\"/author/dp/\">Dwayne "
        "Pickett</a></span></span><p>The program buys 160 homes.</p></article></body></html>",
        "https://ledger.example.org/2034/05/09/buyouts/");
    ck_assert_uint_eq(meta.authors.n, 2);
    ck_assert_str_eq(meta.authors.v[1], "Dwayne Pickett");
}
END_TEST

START_TEST(jsonld_person_names_array)
{
    /* One Person object naming two people. */
    run("<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
        "\"headline\":\"A yearly shot\",\"author\":{\"@type\":\"Person\",\"name\":"
        "[\"Rhea Castellano\",\"Joseph Okonjo\"]}}</script></head><body><h1>A yearly shot</h1>"
        "<p>The trial enrolled 5,000 people.</p></body></html>",
        "https://www.npr.org/sections/health/2034/05/11/shot");
    ck_assert_uint_eq(meta.authors.n, 2);
    ck_assert_str_eq(meta.authors.v[1], "Joseph Okonjo");
}
END_TEST

START_TEST(published_not_resaved)
{
    /* JSON-LD rewrites its published time with each save (equal to its
     * modified time); the meta tag keeps the first publication. */
    static const char *const page =
        "<html><head><meta property=\"article:published_time\" "
        "content=\"2031-02-19T05:12:00.000Z\"><script type=\"application/ld+json\">"
        "{\"@type\":\"NewsArticle\",\"headline\":\"Eruption begins\","
        "\"datePublished\":\"%s\",\"dateModified\":\"2031-02-19T07:41:00Z\"}</script></head>"
        "<body><h1>Eruption begins</h1><p>Lava flows north.</p></body></html>";
    char html[1024];
    snprintf(html, sizeof(html), page, "2031-02-19T07:41:00Z");
    run(html, "https://www.example.is/news/eruption");
    ck_assert_str_eq(meta.published, "2031-02-19T05:12:00+00:00");
    /* A published time of its own, before the modified one, stands. */
    snprintf(html, sizeof(html), page, "2031-02-19T06:00:00Z");
    run(html, "https://www.example.is/news/eruption");
    ck_assert_str_eq(meta.published, "2031-02-19T06:00:00+00:00");
}
END_TEST

START_TEST(twitter_written_by)
{
    run("<html><head><meta name=\"twitter:label1\" content=\"Est. reading time\">"
        "<meta name=\"twitter:data1\" content=\"4 minutes\">"
        "<meta name=\"twitter:label2\" content=\"Written by\">"
        "<meta name=\"twitter:data2\" content=\"Linda Rosencrance\"></head><body>"
        "<h1>Podcasts for leaders</h1><p>Eleven shows worth the commute.</p></body></html>",
        "https://www.example.com/article/1");
    ck_assert_int_eq(meta.authors.n, 1);
    ck_assert_str_eq(meta.authors.v[0], "Linda Rosencrance");
}
END_TEST

START_TEST(site_credit_when_no_person)
{
    /* The only credit names the site itself: it is kept. */
    run("<html><head><meta name=\"author\" content=\"Somerhaus\"></head><body>"
        "<h1>Hosting a team offsite</h1><p>Plan the day around one decision.</p></body></html>",
        "https://www.somerhaus.example/blog/offsite");
    ck_assert_int_eq(meta.authors.n, 1);
    ck_assert_str_eq(meta.authors.v[0], "Somerhaus");
    ad_doc_release(&doc);
    /* A person found anywhere still beats the site's credit. */
    run("<html><head><meta name=\"author\" content=\"Somerhaus\"></head><body>"
        "<h1>Hosting a team offsite</h1><p class=\"byline\">By Ann Lee</p>"
        "<p>Plan the day around one decision.</p></body></html>",
        "https://www.somerhaus.example/blog/offsite");
    ck_assert_int_eq(meta.authors.n, 1);
    ck_assert_str_eq(meta.authors.v[0], "Ann Lee");
    ad_doc_release(&doc);
    /* A credit in an <aside> counts only when nothing else does. */
    run("<html><body><h1>Hosting a team offsite</h1><p class=\"byline\">By Ann Lee</p>"
        "<p>Plan the day around one decision.</p><aside><h3>Related</h3>"
        "<span itemprop=\"author\">Bob Marsh</span></aside></body></html>",
        "https://www.somerhaus.example/blog/offsite");
    ck_assert_int_eq(meta.authors.n, 1);
    ck_assert_str_eq(meta.authors.v[0], "Ann Lee");
    ad_doc_release(&doc);
    run("<html><body><h1>Hosting a team offsite</h1>"
        "<p>Plan the day around one decision.</p><aside>"
        "<span itemprop=\"author\">Bob Marsh</span></aside></body></html>",
        "https://www.somerhaus.example/blog/offsite");
    ck_assert_int_eq(meta.authors.n, 1);
    ck_assert_str_eq(meta.authors.v[0], "Bob Marsh");
}
END_TEST

/* A personal site names its owner: the site name, a <title> part or the
 * copyright holder is the author when nothing else credits anyone, the
 * name reads as a person's and the host spells it. */
static void owner_case(const char *head, const char *foot, const char *url, const char *want)
{
    char html[1024];
    snprintf(html, sizeof(html),
             "<html><head>%s</head><body><h1>Notes on self-hosting a database</h1>"
             "<p>Running your own server is simpler than it looks.</p><footer>%s</footer>"
             "</body></html>",
             head, foot);
    run(html, url);
    if (want) {
        ck_assert_int_eq(meta.authors.n, 1);
        ck_assert_str_eq(meta.authors.v[0], want);
    } else {
        ck_assert_int_eq(meta.authors.n, 0);
    }
    ad_doc_release(&doc);
}

START_TEST(personal_site_owner)
{
    const char *u = "https://annalindqvist.example/notes/db";
    owner_case("<title>Notes on self-hosting | Anna Lindqvist</title>", "", u, "Anna Lindqvist");
    owner_case("<meta property=\"og:site_name\" content=\"Anna Lindqvist\">", "",
               "https://anna.blogs.example/notes/db", "Anna Lindqvist");
    owner_case("<title>Notes on self-hosting</title>",
               "&copy; 2019-2025 Anna Lindqvist. All rights reserved.", u, "Anna Lindqvist");
    /* A byline still wins over the site's owner. */
    run("<html><head><title>Notes | Anna Lindqvist</title></head><body><h1>Notes on hosting</h1>"
        "<p class=\"byline\">By Ben Okafor</p><p>Running your own server is "
        "simple.</p></body></html>",
        u);
    ck_assert_int_eq(meta.authors.n, 1);
    ck_assert_str_eq(meta.authors.v[0], "Ben Okafor");
    ad_doc_release(&doc);
    /* The host does not spell the name: a site named after someone. */
    owner_case("<title>Notes on self-hosting | Anna Lindqvist</title>", "",
               "https://dbnotes.example/x", NULL);
    /* Organizations, acronyms, head words and articles are no owners. */
    owner_case("<title>Notes on self-hosting | Park University</title>", "",
               "https://www.parkuniversity.example/x", NULL);
    owner_case("<title>Notes on self-hosting | Nexxis USA</title>", "",
               "https://nexxisusa.example/x", NULL);
    owner_case("<title>Notes | Thomson Reuters</title>", "&copy; 2025 Thomson Reuters",
               "https://thomsonreuters.example/x", NULL);
    owner_case("<title>Notes on self-hosting | La Nacion</title>", "", "https://lanacion.example/x",
               NULL);
    /* Editions and companies: a place in the name, one word of the name as
     * the registered domain, a company's copyright. */
    owner_case("<title>Notes on self-hosting | Gizmodo Australia</title>", "",
               "https://www.gizmodo.com.au/x", NULL);
    /* A surname that is a place, when the host spells the whole name; a
     * footer's other words are no company ("Terms of Service"). */
    owner_case("<title>Notes on self-hosting | Emma Hamilton</title>", "",
               "https://emmahamilton.example/x", "Emma Hamilton");
    owner_case("<title>Notes on self-hosting</title>",
               "&copy; 2024 Anna Lindqvist &middot; Privacy &middot; Terms of Service", u,
               "Anna Lindqvist");
    owner_case("<title>Notes on self-hosting</title>", "&copy; 2024 Anna Lindqvist, LLC", u, NULL);
    owner_case("<title>Notes on self-hosting | Charles Schwab</title>", "",
               "https://www.schwab.example/learn/x", NULL);
    owner_case("<title>Notes on self-hosting | Paul Smith</title>",
               "&copy; 2025 Paul Smith Limited Inc. All rights reserved.",
               "https://www.paulsmith.example/x", NULL);
    /* A personal site's owner with a co-author keeps both. */
    run("<html><head><meta property=\"og:site_name\" content=\"Anna Lindqvist\">"
        "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"headline\":\"Notes\","
        "\"author\":[{\"@type\":\"Person\",\"name\":\"Anna Lindqvist\"},"
        "{\"@type\":\"Person\",\"name\":\"Ben Okafor\"}]}</script></head><body>"
        "<h1>Notes</h1><p>Running your own server is simpler than it looks.</p></body></html>",
        u);
    ck_assert_int_eq(meta.authors.n, 2);
    ck_assert_str_eq(meta.authors.v[0], "Anna Lindqvist");
    ck_assert_str_eq(meta.authors.v[1], "Ben Okafor");
    ad_doc_release(&doc);
}
END_TEST

/* A line under the headline of a date and a name, without "By": the name
 * must show it is a person's (an avatar beside it, or a known given name)
 * and must not be a place, a holiday or a topic link. */
static void dated_case(const char *line, const char *want)
{
    char html[1024];
    snprintf(html, sizeof(html),
             "<html><body><article><h1>Ferry service returns to the harbour</h1>"
             "<div class=\"meta\">%s</div><p>The harbour ferry carried its first passengers "
             "in three years on Saturday, after repairs to both piers were finished.</p>"
             "</article></body></html>",
             line);
    run(html, "https://news.example/ferry");
    if (want) {
        ck_assert_int_eq(meta.authors.n, 1);
        ck_assert_str_eq(meta.authors.v[0], want);
    } else {
        ck_assert_msg(meta.authors.n == 0, "%s gave %s", line, meta.authors.v[0]);
    }
    ad_doc_release(&doc);
}

START_TEST(dated_name_lines)
{
    dated_case("May 3, 2025 &middot; Anna Lee", "Anna Lee");
    dated_case("<span>2025-12-17</span> &middot; <img src=\"/a.png\" alt=\"\"> Trond Teigen",
               "Trond Teigen");
    dated_case("May 3, 2025 &middot; Trond Teigen", NULL);
    dated_case("May 3, 2025 &middot; Long Island", NULL);
    dated_case("May 3, 2025 &middot; Black Friday", NULL);
    dated_case("May 3, 2025 &middot; Mother's Day", NULL);
    dated_case("<span>May 3, 2025</span> &middot; <a href=\"/tag/anna-lee\">Anna Lee</a>", NULL);
}
END_TEST

/* The page shows only when it was updated and names no published-time
 * meta: the update is its date, with the modified value's time. */
static const char *const update_page =
    "<html><head><title>Cost of college</title>%s"
    "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"headline\":"
    "\"Cost of college\",\"datePublished\":\"2021-08-12T19:35:44Z\","
    "\"dateModified\":\"2025-02-22T22:13:14Z\"}</script></head><body><article>"
    "<h1>Cost of college</h1><div><span>Last Updated: Feb 22, 2025</span></div>"
    "<p>An online degree costs a little less than the same degree on campus.</p>"
    "</article></body></html>";

START_TEST(update_date_shown)
{
    char html[1024];
    snprintf(html, sizeof(html), update_page, "");
    run(html, "https://example.com/college-cost");
    ck_assert_str_eq(meta.published, "2025-02-22T22:13:14+00:00");
}
END_TEST

START_TEST(update_date_og_published_kept)
{
    char html[1024];
    snprintf(html, sizeof(html), update_page,
             "<meta property=\"article:published_time\" content=\"2021-08-12T19:35:44Z\">");
    run(html, "https://example.com/college-cost");
    ck_assert_str_eq(meta.published, "2021-08-12T19:35:44+00:00");
}
END_TEST

START_TEST(title_cleaning)
{
    ck_assert_str_eq(ad_meta_clean_title(arena, "FMs vow closer ties - Chinadaily.com.cn", NULL,
                                         "www.chinadaily.com.cn"),
                     "FMs vow closer ties");
    ck_assert_str_eq(ad_meta_clean_title(arena, "The Guardian | Storm hits the coast tonight",
                                         "The Guardian", NULL),
                     "Storm hits the coast tonight");
    ck_assert_str_eq(
        ad_meta_clean_title(arena, "Storm hits the coast tonight | News | Site X", NULL, NULL),
        "Storm hits the coast tonight");
    ck_assert_str_eq(ad_meta_clean_title(arena, "Rust: a language empowering everyone", NULL, NULL),
                     "Rust: a language empowering everyone");
    ck_assert_str_eq(ad_meta_clean_title(arena, "Review: Phone X : Example", "Example", NULL),
                     "Review: Phone X");
    /* A double hyphen set apart by spaces, as e-paper systems write it. */
    ck_assert_str_eq(ad_meta_clean_title(arena, "Daily Example -- Storm hits the coast tonight",
                                         "Daily Example", NULL),
                     "Storm hits the coast tonight");
}
END_TEST

START_TEST(credits)
{
    const char *cap, *cr;
    ck_assert_int_eq(ad_meta_split_credit(arena, "A man walks. (AP Photo/Jane Doe)", &cap, &cr),
                     AD_OK);
    ck_assert_str_eq(cap, "A man walks.");
    ck_assert_str_eq(cr, "AP Photo/Jane Doe");
    ck_assert_int_eq(ad_meta_split_credit(arena, "A man walks. Photo: Reuters", &cap, &cr), AD_OK);
    ck_assert_str_eq(cap, "A man walks.");
    ck_assert_str_eq(cr, "Reuters");
    /* A bracket the credit opens itself is part of it. */
    ck_assert_int_eq(
        ad_meta_split_credit(arena, "The new bridge. Image: Notícias (file)", &cap, &cr), AD_OK);
    ck_assert_str_eq(cap, "The new bridge.");
    ck_assert_str_eq(cr, "Notícias (file)");
    ck_assert_int_eq(ad_meta_split_credit(arena, "A photo of a man walking", &cap, &cr), AD_OK);
    ck_assert_ptr_null(cr);
    /* A marker of two words is cut whole. */
    ck_assert_int_eq(
        ad_meta_split_credit(arena, "The port of Aktau. Photo credit: gov.kz", &cap, &cr), AD_OK);
    ck_assert_str_eq(cap, "The port of Aktau.");
    ck_assert_str_eq(cr, "gov.kz");
    /* ... also before a comma, as screen readers are told it. */
    ck_assert_int_eq(ad_meta_split_credit(arena, "Image source, Dyfed-Powys Police", &cap, &cr),
                     AD_OK);
    ck_assert_str_eq(cr, "Dyfed-Powys Police");
    ck_assert_int_eq(ad_meta_split_credit(arena, "A man takes a photo Credit: AFP", &cap, &cr),
                     AD_OK);
    ck_assert_str_eq(cap, "A man takes a photo");
    ck_assert_str_eq(cr, "AFP");
    /* A marker in another script, after the last sentence or a space. */
    ck_assert_int_eq(
        ad_meta_split_credit(arena, "上海市第一中级人民法院外景。图：视觉中国", &cap, &cr), AD_OK);
    ck_assert_str_eq(cap, "上海市第一中级人民法院外景。");
    ck_assert_str_eq(cr, "视觉中国");
    ck_assert_int_eq(ad_meta_split_credit(arena, "Рабочие на заводе. Фото: ТАСС", &cap, &cr),
                     AD_OK);
    ck_assert_str_eq(cap, "Рабочие на заводе.");
    ck_assert_str_eq(cr, "ТАСС");
    ck_assert_int_eq(
        ad_meta_split_credit(arena, "কাজ করছেন শ্রমিকেরা ফাইল ছবি: প্রথম আলো", &cap, &cr), AD_OK);
    ck_assert_str_eq(cap, "কাজ করছেন শ্রমিকেরা");
    ck_assert_str_eq(cr, "প্রথম আলো");
    /* A marker in a script with capitals opens its piece with one. */
    ck_assert_int_eq(
        ad_meta_split_credit(arena, "Блогер выложил фото/видео с места событий", &cap, &cr), AD_OK);
    ck_assert_ptr_null(cr);
    /* Without its colon a marker word is text. */
    ck_assert_int_eq(ad_meta_split_credit(arena, "图书馆外景 视觉中国", &cap, &cr), AD_OK);
    ck_assert_ptr_null(cr);
    /* A commissioned photographer; a wire credit after a slash. */
    ck_assert_int_eq(ad_meta_split_credit(arena,
                                          "Senators talk. (Kent Nishimura for The Washington Post)",
                                          &cap, &cr),
                     AD_OK);
    ck_assert_str_eq(cap, "Senators talk.");
    ck_assert_str_eq(cr, "Kent Nishimura for The Washington Post");
    ck_assert_int_eq(
        ad_meta_split_credit(arena, "Containers at a port. REUTERS/Tingshu Wang", &cap, &cr),
        AD_OK);
    ck_assert_str_eq(cap, "Containers at a port.");
    ck_assert_str_eq(cr, "REUTERS/Tingshu Wang");
    /* A wire's credit closing a caption that opens with a label; an agency
     * of several words in capitals. */
    ck_assert_int_eq(ad_meta_split_credit(arena,
                                          "FILE PHOTO: A freight train passes. REUTERS/Colin "
                                          "Marchetti/File Photo",
                                          &cap, &cr),
                     AD_OK);
    ck_assert_str_eq(cap, "FILE PHOTO: A freight train passes.");
    ck_assert_str_eq(cr, "REUTERS/Colin Marchetti/File Photo");
    ck_assert_int_eq(ad_meta_split_credit(arena,
                                          "Containers at the terminal. \xe2\x80\x94 PHILIPPINE "
                                          "STAR/JOVEN M. CRUZ",
                                          &cap, &cr),
                     AD_OK);
    ck_assert_str_eq(cap, "Containers at the terminal.");
    ck_assert_str_eq(cr, "PHILIPPINE STAR/JOVEN M. CRUZ");
    ck_assert_int_eq(ad_meta_split_credit(
                         arena, "Im Hafen. Bild: picture alliance/dpa | Jonas Walzberg", &cap, &cr),
                     AD_OK);
    ck_assert_str_eq(cr, "picture alliance/dpa | Jonas Walzberg");
    ck_assert_int_eq(
        ad_meta_split_credit(arena, "Protesters march on Monday. Photo: STR/AFP", &cap, &cr),
        AD_OK);
    ck_assert_str_eq(cap, "Protesters march on Monday.");
    ck_assert_str_eq(cr, "STR/AFP");
    ck_assert_int_eq(
        ad_meta_split_credit(arena, "In 2019. Photo: courtesy of the Smith family", &cap, &cr),
        AD_OK);
    ck_assert_str_eq(cr, "the Smith family");
    ck_assert_int_eq(ad_meta_split_credit(arena, "Trade (exports for the region) grew", &cap, &cr),
                     AD_OK);
    ck_assert_ptr_null(cr);
    /* Names in brackets with a slash, or alone after a sentence; names after
     * a bar; a control's label at the end; a short name after "、". */
    ck_assert_int_eq(ad_meta_split_credit(arena,
                                          "A train arrives in D.C. (Ricky Carioti/The Washington "
                                          "Post)",
                                          &cap, &cr),
                     AD_OK);
    ck_assert_str_eq(cap, "A train arrives in D.C.");
    ck_assert_str_eq(cr, "Ricky Carioti/The Washington Post");
    ck_assert_int_eq(ad_meta_split_credit(
                         arena, "Containers at a pier in Busan on Nov. 20. (Yonhap)", &cap, &cr),
                     AD_OK);
    ck_assert_str_eq(cr, "Yonhap");
    ck_assert_int_eq(ad_meta_split_credit(arena, "Talks in Seoul (South Korea) ended", &cap, &cr),
                     AD_OK);
    ck_assert_ptr_null(cr);
    ck_assert_int_eq(ad_meta_split_credit(arena,
                                          "Imports rose 4.1 percent. | Pierre Vandenberg/AFP via "
                                          "Getty Images",
                                          &cap, &cr),
                     AD_OK);
    ck_assert_str_eq(cap, "Imports rose 4.1 percent.");
    ck_assert_str_eq(cr, "Pierre Vandenberg/AFP via Getty Images");
    ck_assert_int_eq(ad_meta_split_credit(arena,
                                          "Firefighters battle the fire near Santa Paula, Calif., "
                                          "Dec. 4, 2025. Carla Benitez/AP",
                                          &cap, &cr),
                     AD_OK);
    ck_assert_str_eq(cap, "Firefighters battle the fire near Santa Paula, Calif., Dec. 4, 2025.");
    ck_assert_str_eq(cr, "Carla Benitez/AP");
    ck_assert_int_eq(ad_meta_split_credit(arena,
                                          "除雪作業に追われる人たち=30日、札幌市中央区、佐藤陽介撮"
                                          "影写真・図版",
                                          &cap, &cr),
                     AD_OK);
    ck_assert_str_eq(cap, "除雪作業に追われる人たち=30日、札幌市中央区");
    ck_assert_str_eq(cr, "佐藤陽介");
    ck_assert_int_eq(
        ad_meta_split_credit(arena, "货轮在港口装卸货物。新华社记者 赵启明 摄", &cap, &cr), AD_OK);
    ck_assert_str_eq(cap, "货轮在港口装卸货物。");
    ck_assert_str_eq(cr, "新华社记者 赵启明");
    ck_assert_int_eq(
        ad_meta_split_credit(arena, "▲Rachel Reeves outside 11 Downing Street.", &cap, &cr), AD_OK);
    ck_assert_str_eq(cap, "Rachel Reeves outside 11 Downing Street.");
    ck_assert_int_eq(ad_meta_split_credit(arena,
                                          "A truck crosses the bridge. REUTERS/Tingshu Wang "
                                          "Purchase Licensing Rights, opens new tab",
                                          &cap, &cr),
                     AD_OK);
    ck_assert_str_eq(cr, "REUTERS/Tingshu Wang");
    ck_assert_int_eq(ad_meta_split_credit(arena, "Work in the AB/Test lab", &cap, &cr), AD_OK);
    ck_assert_ptr_null(cr);
    /* Names after a closing dash: after a sentence's end, or one or two
     * words; not the people a caption names. */
    ck_assert_int_eq(ad_meta_split_credit(arena,
                                          "Containers being loaded at Westports in Port Klang. "
                                          "\xe2\x80\x94 Bernama",
                                          &cap, &cr),
                     AD_OK);
    ck_assert_str_eq(cap, "Containers being loaded at Westports in Port Klang.");
    ck_assert_str_eq(cr, "Bernama");
    /* A button's label closing the caption goes. */
    ck_assert_int_eq(ad_meta_split_credit(arena,
                                          "Containers at PortMiami on May 10. RAFAEL MONTOYA "
                                          "Buy Photos",
                                          &cap, &cr),
                     AD_OK);
    ck_assert_str_eq(cap, "Containers at PortMiami on May 10. RAFAEL MONTOYA");
    /* A hyphen set as the dash, after a sentence only. */
    ck_assert_int_eq(ad_meta_split_credit(arena,
                                          "Water levels at the Mona Reservoir on Monday. - Kavon "
                                          "Reid/Photographer",
                                          &cap, &cr),
                     AD_OK);
    ck_assert_str_eq(cap, "Water levels at the Mona Reservoir on Monday.");
    ck_assert_str_eq(cr, "Kavon Reid/Photographer");
    ck_assert_int_eq(ad_meta_split_credit(arena, "Fans at the final - Jane Doe", &cap, &cr), AD_OK);
    ck_assert_ptr_null(cr);
    ck_assert_int_eq(ad_meta_split_credit(arena,
                                          "Leaders at the summit in Kuala Lumpur \xe2\x80\x94 "
                                          "Anwar Ibrahim and Joko Widodo",
                                          &cap, &cr),
                     AD_OK);
    ck_assert_ptr_null(cr);
    /* Two markers, one closed by a colon; a Spanish marker in brackets. */
    ck_assert_int_eq(ad_meta_split_credit(arena,
                                          "Containers at the port in Lagos. [PHOTO CREDIT: Lekki "
                                          "Port]",
                                          &cap, &cr),
                     AD_OK);
    ck_assert_str_eq(cr, "Lekki Port");
    ck_assert_int_eq(
        ad_meta_split_credit(arena, "El yacimiento cercano a Añelo (Gentileza CONICET)", &cap, &cr),
        AD_OK);
    ck_assert_str_eq(cap, "El yacimiento cercano a Añelo");
    ck_assert_str_eq(cr, "CONICET");
    /* After a sentence in a script without capitals, one short word. */
    ck_assert_int_eq(
        ad_meta_split_credit(arena, "17일 시민들이 열차를 기다리고 있다. 뉴스1", &cap, &cr), AD_OK);
    ck_assert_str_eq(cap, "17일 시민들이 열차를 기다리고 있다.");
    ck_assert_str_eq(cr, "뉴스1");
    /* Two markers, and "of" after "Courtesy". */
    ck_assert_int_eq(
        ad_meta_split_credit(arena, "A slice of pizza. Image: Courtesy of Michael Ma", &cap, &cr),
        AD_OK);
    ck_assert_str_eq(cap, "A slice of pizza.");
    ck_assert_str_eq(cr, "Michael Ma");
    ck_assert_int_eq(ad_meta_split_credit(arena, "Photo Credit University of Minnesota", &cap, &cr),
                     AD_OK);
    ck_assert_str_eq(cr, "University of Minnesota");
    /* "via" after the marker. */
    ck_assert_int_eq(
        ad_meta_split_credit(arena, "Freight wagons. Photo via Georgian Railway", &cap, &cr),
        AD_OK);
    ck_assert_str_eq(cr, "Georgian Railway");
    /* After a dash; a marker in Cyrillic ("Фото"), in brackets. */
    ck_assert_int_eq(
        ad_meta_split_credit(arena,
                             "Copper cathodes in Chingola \xe2\x80\x93 Picture courtesy "
                             "of ZANIS",
                             &cap, &cr),
        AD_OK);
    ck_assert_str_eq(cap, "Copper cathodes in Chingola");
    ck_assert_str_eq(cr, "ZANIS");
    ck_assert_int_eq(
        ad_meta_split_credit(arena,
                             "\xd0\x90\xd0\xb4\xd0\xb0 (\xd0\xa4\xd0\xbe\xd1\x82\xd0\xbe "
                             "\xd0\x90. \xd0\x92\xd0\xb0\xd1\x81\xd0\xb8\xd1\x99)",
                             &cap, &cr),
        AD_OK);
    ck_assert_str_eq(cap, "\xd0\x90\xd0\xb4\xd0\xb0");
    ck_assert_str_eq(cr, "\xd0\x90. \xd0\x92\xd0\xb0\xd1\x81\xd0\xb8\xd1\x99");
    /* A dash before words of prose is no credit's, nor one before a clause
     * opening on a credit word. */
    ck_assert_int_eq(ad_meta_split_credit(arena,
                                          "The smelter at dawn \xe2\x80\x93 Credit Suisse analysts "
                                          "expect output to rise",
                                          &cap, &cr),
                     AD_OK);
    ck_assert_ptr_null(cr);
    ck_assert_int_eq(
        ad_meta_split_credit(arena, "The new port \xe2\x80\x93 Photo shows the quay", &cap, &cr),
        AD_OK);
    ck_assert_ptr_null(cr);
    /* Chinese and Japanese credits closed by 摄 / 撮影. */
    ck_assert_int_eq(
        ad_meta_split_credit(arena, "十月二十日，集装箱货轮在港口装卸。（新华社记者 李贺 摄）",
                             &cap, &cr),
        AD_OK);
    ck_assert_str_eq(cap, "十月二十日，集装箱货轮在港口装卸。");
    ck_assert_str_eq(cr, "新华社记者 李贺");
    ck_assert_int_eq(ad_meta_split_credit(arena,
                                          "強風で揺れるヤシの木（２９日、那覇市で）＝田中花子撮影",
                                          &cap, &cr),
                     AD_OK);
    ck_assert_str_eq(cap, "強風で揺れるヤシの木（２９日、那覇市で）");
    ck_assert_str_eq(cr, "田中花子");
    /* A label closing the sentence, a bracketed photographer/agency pair. */
    ck_assert_int_eq(ad_meta_split_credit(arena,
                                          "Turbines off the coast in October. Credit... Bryan "
                                          "Anselm for The New York Times",
                                          &cap, &cr),
                     AD_OK);
    ck_assert_str_eq(cap, "Turbines off the coast in October.");
    ck_assert_str_eq(cr, "Bryan Anselm for The New York Times");
    ck_assert_int_eq(ad_meta_split_credit(arena,
                                          "A worker repairs cables. Credit Credit Chang W. "
                                          "Lee/The New York Times",
                                          &cap, &cr),
                     AD_OK);
    ck_assert_str_eq(cr, "Chang W. Lee/The New York Times");
    ck_assert_int_eq(ad_meta_split_credit(
                         arena, "Displaced families in Baidoa. [Abdirahman Yusuf/AFP]", &cap, &cr),
                     AD_OK);
    ck_assert_str_eq(cap, "Displaced families in Baidoa.");
    ck_assert_str_eq(cr, "Abdirahman Yusuf/AFP");
    ck_assert_int_eq(
        ad_meta_split_credit(arena, "Crews clear the road. Photo by: Jenna Ortiz/WKNX", &cap, &cr),
        AD_OK);
    ck_assert_str_eq(cr, "Jenna Ortiz/WKNX");
    ck_assert_int_eq(ad_meta_split_credit(arena,
                                          "A crowd in the park. Photographs of the event "
                                          "were shared widely",
                                          &cap, &cr),
                     AD_OK);
    ck_assert_ptr_null(cr);
    ck_assert_int_eq(
        ad_meta_split_credit(arena, "Talks resumed (Trade/Industry Ministers met)", &cap, &cr),
        AD_OK);
    ck_assert_ptr_null(cr);
    /* An agency's initials before the marker. */
    ck_assert_int_eq(
        ad_meta_split_credit(arena, "NODX fell in November. ST PHOTO: TAN KAI LIN", &cap, &cr),
        AD_OK);
    ck_assert_str_eq(cap, "NODX fell in November.");
    ck_assert_str_eq(cr, "ST PHOTO: TAN KAI LIN");
    /* A bracket that is no credit stays in the caption. */
    ck_assert_int_eq(ad_meta_split_credit(arena, "港口（资料图）", &cap, &cr), AD_OK);
    ck_assert_ptr_null(cr);
}
END_TEST

START_TEST(language)
{
    /* The length is measured, not counted by hand: a length past the end
     * read outside the string (found by make asan). */
    const char *en = "The minister said that the talks were going well and that both sides "
                     "have agreed to meet again in the spring, according to officials.";
    ck_assert_str_eq(ad_meta_detect_language(en, strlen(en)), "en");
    const char *fr = "Le ministre a dit que les discussions avancent et que les deux parties "
                     "sont d'accord pour se revoir au printemps, selon des responsables.";
    ck_assert_str_eq(ad_meta_detect_language(fr, strlen(fr)), "fr");
    const char *de = "Der Minister sagte, dass die Gespr\xc3\xa4"
                     "che gut laufen und dass sich "
                     "beide Seiten im Fr\xc3\xbchjahr wieder treffen werden, wie es hie\xc3\x9f.";
    ck_assert_str_eq(ad_meta_detect_language(de, strlen(de)), "de");
    const char *es = "El ministro dijo que las conversaciones van bien y que las dos partes se "
                     "volver\xc3\xa1n a reunir en la primavera, seg\xc3\xban los funcionarios.";
    ck_assert_str_eq(ad_meta_detect_language(es, strlen(es)), "es");
    const char *zh = "\xe4\xb8\xad\xe5\x9b\xbd\xe5\xa4\x96\xe4\xba\xa4\xe9\x83\xa8\xe9\x95\xbf"
                     "\xe7\x8e\x8b\xe6\xaf\x85\xe5\x9c\xa8\xe5\x8c\x97\xe4\xba\xac\xe4\xb8\x8e"
                     "\xe6\x9c\x9d\xe9\xb2\x9c\xe5\xa4\x96\xe4\xba\xa4\xe9\x83\xa8\xe9\x95\xbf"
                     "\xe4\xbc\x9a\xe8\xb0\x88\xe3\x80\x82\xe4\xb8\xa4\xe5\x9b\xbd\xe5\x85\xb3"
                     "\xe7\xb3\xbb\xe5\xaf\x86\xe5\x88\x87\xe3\x80\x82";
    ck_assert_str_eq(ad_meta_detect_language(zh, strlen(zh)), "zh");
    const char *ru = "\xd0\x9c\xd0\xb8\xd0\xbd\xd0\xb8\xd1\x81\xd1\x82\xd1\x80 \xd1\x81\xd0\xba"
                     "\xd0\xb0\xd0\xb7\xd0\xb0\xd0\xbb, \xd1\x87\xd1\x82\xd0\xbe \xd0\xbf\xd0\xb5"
                     "\xd1\x80\xd0\xb5\xd0\xb3\xd0\xbe\xd0\xb2\xd0\xbe\xd1\x80\xd1\x8b \xd0\xb8"
                     "\xd0\xb4\xd1\x83\xd1\x82 \xd1\x85\xd0\xbe\xd1\x80\xd0\xbe\xd1\x88\xd0\xbe.";
    ck_assert_str_eq(ad_meta_detect_language(ru, strlen(ru)), "ru");
    ck_assert_ptr_null(ad_meta_detect_language("12345 ...", 9));
    /* More languages in Latin script, told apart from their neighbours
     * (Portuguese and Italian from Spanish), and
     * scripts that one language writes. */
    static const char *const texts[][2] = {
        {"pt", "O ministro disse que as conversas avançam bem e que as duas partes vão voltar a "
               "reunir-se na primavera, segundo os responsáveis do governo."},
        {"it", "Il ministro ha detto che i colloqui procedono bene e che le due parti si "
               "incontreranno di nuovo in primavera, secondo i funzionari."},
        {"ro", "Ministrul a spus că discuțiile merg bine și că cele două părți se vor întâlni din "
               "nou în primăvară, potrivit oficialilor care au fost prezenți."},
        {"pl", "Minister powiedział, że rozmowy idą dobrze i że obie strony spotkają się "
               "ponownie wiosną, jak poinformowali urzędnicy, którzy byli obecni."},
        {"tr", "Bakan, görüşmelerin iyi gittiğini ve iki tarafın ilkbaharda yeniden bir araya "
               "geleceğini söyledi; bu toplantı için hazırlıklar çok daha önce başladı."},
        {"id", "Menteri mengatakan bahwa pembicaraan berjalan baik dan kedua pihak akan bertemu "
               "lagi pada musim semi, menurut para pejabat yang hadir di acara itu."},
        {"vi", "Bộ trưởng cho biết các cuộc đàm phán đang diễn ra tốt đẹp và hai bên sẽ gặp lại "
               "nhau vào mùa xuân, theo các quan chức của chính phủ."},
        {"hy", "Նախարարը հայտնել է, որ բանակցությունները լավ են ընթանում, և կողմերը կհանդիպեն "
               "գարնանը։"},
        {"ka", "მინისტრმა განაცხადა, რომ მოლაპარაკებები კარგად მიმდინარეობს და მხარეები "
               "გაზაფხულზე კვლავ შეხვდებიან."},
        {"am", "ሚኒስትሩ ድርድሩ በጥሩ ሁኔታ እየሄደ መሆኑን እና ሁለቱ ወገኖች በፀደይ ወቅት እንደገና "
               "እንደሚገናኙ ተናግረዋል።"},
    };
    for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
        const char *got = ad_meta_detect_language(texts[i][1], strlen(texts[i][1]));
        ck_assert_msg(got && !strcmp(got, texts[i][0]), "%s text: got %s", texts[i][0],
                      got ? got : "(none)");
    }
}
END_TEST

/* The title sources vote, and the visible headline is weighed against
 * them: each rule of choose_title on a small page. */
START_TEST(title_choice)
{
    /* A JSON-LD headline repeating the SEO <title> loses to og:title,
     * twitter:title and parsely-title agreeing with the <h1>. */
    run("<html><head><title>Amp Machine Review With Photos | Fit</title>"
        "<meta property=\"og:title\" content=\"I Tried Amp and Kept It\">"
        "<meta name=\"twitter:title\" content=\"I Tried Amp and Kept It\">"
        "<meta name=\"parsely-title\" content=\"I Tried Amp and Kept It\">"
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
        "\"headline\":\"Amp Machine Review With Photos\"}</script></head>"
        "<body><h1>I Tried Amp and Kept It</h1><p>x</p></body></html>",
        "https://fit.example.com/a");
    ck_assert_str_eq(meta.title, "I Tried Amp and Kept It");
    ad_doc_release(&doc);
    /* Two sources against one, no <h1>: the majority. */
    run("<html><head><title>Average Meditation Sessions Cost</title>"
        "<meta property=\"og:title\" content=\"Average Meditation Sessions Cost\">"
        "<script type=\"application/ld+json\">{\"@type\":\"Article\","
        "\"headline\":\"Meditation Class Cost\"}</script></head>"
        "<body><p>x</p></body></html>",
        NULL);
    ck_assert_str_eq(meta.title, "Average Meditation Sessions Cost");
    ad_doc_release(&doc);
    /* The JSON-LD headline backed by the <h1> stays, however many metas
     * repeat an SEO title. */
    run("<html><head><title>Here are the six types.</title>"
        "<meta property=\"og:title\" content=\"Here are the six types.\">"
        "<meta name=\"twitter:title\" content=\"Here are the six types.\">"
        "<script type=\"application/ld+json\">{\"@type\":\"Article\","
        "\"headline\":\"6 Types of Outsourcing You Need to Know\"}</script></head>"
        "<body><h1>6 Types of Outsourcing You Need to Know</h1><p>x</p></body></html>",
        NULL);
    ck_assert_str_eq(meta.title, "6 Types of Outsourcing You Need to Know");
    ad_doc_release(&doc);
    /* A sole <h1> spelling out a shorter title is the headline. */
    run("<html><head><title>3 Applications of AI in Healthcare | Care Now</title></head>"
        "<body><h1>3 Applications of AI in Healthcare for Better Patient Care</h1>"
        "<p>x</p></body></html>",
        NULL);
    ck_assert_str_eq(meta.title, "3 Applications of AI in Healthcare for Better Patient Care");
    ad_doc_release(&doc);
    /* A title cut with an ellipsis still covers the <h1> it abbreviates. */
    run("<html><head><title>Garden Checklist Garden Planning Lists Garden Timeline\xe2\x80\xa6"
        "</title></head><body><h1>Garden Checklist :: Printable To-do Timeline</h1>"
        "<p>x</p></body></html>",
        NULL);
    ck_assert_str_eq(meta.title, "Garden Checklist :: Printable To-do Timeline");
    ad_doc_release(&doc);
    /* An <h1> repeating the whole title keeps the part cleaning dropped. */
    run("<html><head><title>Signal #18 \xe2\x80\x93 The World Without Work?</title></head>"
        "<body><h1>Signal #18 \xe2\x80\x93 The World Without Work?</h1><p>x</p>"
        "<h1>A World without work?</h1><p>y</p></body></html>",
        NULL);
    ck_assert_str_eq(meta.title, "Signal #18 \xe2\x80\x93 The World Without Work?");
    ad_doc_release(&doc);
    /* An <h1> worded apart from the metadata title, which the address's
     * slug spells: the headline the story was saved under. The site's name
     * is still read off the <title>. */
    const char *slugged =
        "<html><head><title>Online Class: Definition and More! | Shoreway</title>"
        "<meta property=\"og:title\" content=\"Online Class: Definition and More!\">"
        "</head><body><h1>Everything About Remote Classes and Learning Platforms</h1>"
        "<p>x</p></body></html>";
    run(slugged, "https://shoreway.example.com/stories/everything-about-remote-classes-and-"
                 "learning-platforms");
    ck_assert_str_eq(meta.title, "Everything About Remote Classes and Learning Platforms");
    ck_assert_str_eq(meta.publisher, "Shoreway");
    ad_doc_release(&doc);
    /* Without a slug that says it, the metadata title stands; so it does
     * for a slug of fewer than three words. */
    run(slugged, "https://shoreway.example.com/stories/12345");
    ck_assert_str_eq(meta.title, "Online Class: Definition and More!");
    ad_doc_release(&doc);
    run(slugged, "https://shoreway.example.com/learning-platforms/");
    ck_assert_str_eq(meta.title, "Online Class: Definition and More!");
    ad_doc_release(&doc);
    /* A headline set twice (small and large screens) is one <h1>. */
    run("<html><head><title>How do you set up an ergonomic workstation? | Ergo</title></head>"
        "<body><h1>Setting up an ergonomic workspace</h1><p>x</p>"
        "<h1>Setting up an ergonomic workspace</h1><p>y</p></body></html>",
        NULL);
    ck_assert_str_eq(meta.title, "Setting up an ergonomic workspace");
}
END_TEST

START_TEST(deep_nesting)
{
    /* 100,000 nested divs: the walks must not recurse. */
    size_t n = 100000;
    char *html = malloc(n * 11 + 200);
    ck_assert_ptr_nonnull(html);
    size_t o = 0;
    memcpy(html, "<html><body><h1>Deep</h1>", 25), o = 25;
    for (size_t i = 0; i < n; i++)
        memcpy(html + o, "<div>", 5), o += 5;
    memcpy(html + o, "By Jane Doe", 11), o += 11;
    html[o] = '\0';
    run(html, NULL);
    free(html);
    ck_assert_str_eq(meta.title, "Deep");
}
END_TEST

static Suite *metadata_suite(void)
{
    Suite *s = suite_create("metadata");
    TCase *tc = ad_test_tcase(s, "core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, jsonld_graph);
    tcase_add_test(tc, jsonld_array_and_garbage);
    tcase_add_test(tc, metas);
    tcase_add_test(tc, property_over_name);
    tcase_add_test(tc, date_takes_time_of_same_day);
    tcase_add_test(tc, visible_byline);
    tcase_add_test(tc, url_date_wins_over_sitewide_meta);
    tcase_add_test(tc, kicker_section);
    tcase_add_test(tc, midnight_and_fuller_byline);
    tcase_add_test(tc, caption_tail_agency);
    tcase_add_test(tc, caption_class_other_language);
    tcase_add_test(tc, byline_capitals_any_script);
    tcase_add_test(tc, dublin_core_creator_over_author);
    tcase_add_test(tc, visible_person_over_structured_org);
    tcase_add_test(tc, twitter_written_by);
    tcase_add_test(tc, desk_yields_to_byline_with_wire);
    tcase_add_test(tc, publisher_outlet_not_owner);
    tcase_add_test(tc, published_not_resaved);
    tcase_add_test(tc, jsonld_person_names_array);
    tcase_add_test(tc, byline_by_names_more);
    tcase_add_test(tc, byline_blocks_with_roles);
    tcase_add_test(tc, news_org_author_no_writer);
    tcase_add_test(tc, site_credit_when_no_person);
    tcase_add_test(tc, update_date_shown);
    tcase_add_test(tc, update_date_og_published_kept);
    tcase_add_test(tc, title_cleaning);
    tcase_add_test(tc, title_choice);
    tcase_add_test(tc, personal_site_owner);
    tcase_add_test(tc, dated_name_lines);
    tcase_add_test(tc, credits);
    tcase_add_test(tc, language);
    tcase_add_test(tc, deep_nesting);
    return s;
}

AD_TEST_MAIN(metadata_suite)
