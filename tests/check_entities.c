/*
 * check_entities.c - the named-entity stage (entities.h, gazetteer.h): one
 * test per rule, on small texts parsed through the whole pipeline, plus the
 * gazetteer look-ups and the stage called directly.
 */
#include "testutil.h"
#include "articled/entities.h"
#include "articled/gazetteer.h"

/* The entity named name, or NULL. */
static const ad_entity *find(const ad_article *art, const char *name)
{
    for (size_t i = 0; i < art->n_entities; i++)
        if (strcmp(art->entities[i].name, name) == 0)
            return &art->entities[i];
    return NULL;
}

/* The entity with name or alias s, or NULL. */
static const ad_entity *find_any(const ad_article *art, const char *s)
{
    const ad_entity *e = find(art, s);
    for (size_t i = 0; !e && i < art->n_entities; i++)
        for (size_t k = 0; k < art->entities[i].aliases.n; k++)
            if (strcmp(art->entities[i].aliases.v[k], s) == 0)
                return &art->entities[i];
    return e;
}

static const ad_entity *need(const ad_article *art, const char *name, ad_entity_type type)
{
    const ad_entity *e = find(art, name);
    if (!e) {
        char all[1024] = "";
        size_t o = 0;
        for (size_t i = 0; i < art->n_entities && o + 1 < sizeof(all); i++) {
            int w = snprintf(all + o, sizeof(all) - o, "%s[%d]; ", art->entities[i].name,
                             (int)art->entities[i].type);
            if (w < 0)
                break;
            o += (size_t)w;
        }
        ck_abort_msg("no entity \"%s\"; have: %s", name, all);
    }
    ck_assert_msg(e->type == type, "entity \"%s\" has type %d, want %d", name, (int)e->type,
                  (int)type);
    return e;
}

static int has_role(const ad_entity *e, const char *part)
{
    for (size_t i = 0; i < e->roles.n; i++)
        if (strstr(e->roles.v[i], part))
            return 1;
    return 0;
}

static int has_alias(const ad_entity *e, const char *a)
{
    for (size_t i = 0; i < e->aliases.n; i++)
        if (strcmp(e->aliases.v[i], a) == 0)
            return 1;
    return 0;
}

/* The text of mention m of e: code points [start, end) of its paragraph. */
static char *mention_text(const ad_article *art, const ad_mention *m, char *buf, size_t cap)
{
    const char *s = art->paragraphs[m->paragraph].text;
    size_t cp = 0, i = 0, b = 0, o = 0;
    for (; s[i]; i++) {
        if (((unsigned char)s[i] & 0xC0) != 0x80) {
            if (cp == m->start)
                b = i;
            if (cp == m->end)
                break;
            cp++;
        }
    }
    ck_assert_msg(cp == m->end, "mention end %zu past the paragraph", m->end);
    for (size_t k = b; k < i && o + 1 < cap; k++)
        buf[o++] = s[k];
    buf[o] = '\0';
    return buf;
}

/* Every mention of e is one of its forms; returns the number of mentions. */
static size_t check_mentions(const ad_article *art, const ad_entity *e)
{
    char buf[256];
    for (size_t i = 0; i < e->n_mentions; i++) {
        mention_text(art, &e->mentions[i], buf, sizeof(buf));
        ck_assert_msg(strcmp(buf, e->name) == 0 || has_alias(e, buf),
                      "mention \"%s\" is not a form of \"%s\"", buf, e->name);
    }
    return e->n_mentions;
}

START_TEST(gazetteer_lookups)
{
    const char *canon = NULL;
    uint32_t f = ad_gaz_lookup("China", 5, &canon);
    ck_assert(f & AD_GAZ_COUNTRY);
    ck_assert_str_eq(canon, "CN");
    f = ad_gaz_lookup("Democratic People's Republic of Korea", 37, &canon);
    ck_assert(f & AD_GAZ_COUNTRY);
    ck_assert_str_eq(canon, "KP");
    /* The typographic apostrophe folds to "'". */
    const char *curly = "Democratic People\xe2\x80\x99s Republic of Korea";
    ck_assert(ad_gaz_lookup(curly, strlen(curly), NULL) & AD_GAZ_COUNTRY);
    ck_assert(ad_gaz_lookup("DPRK", 4, &canon) & AD_GAZ_COUNTRY);
    ck_assert_str_eq(canon, "KP");
    /* Capitals-only forms: "US" is a country, "us" is not. */
    ck_assert(ad_gaz_lookup("US", 2, NULL) & AD_GAZ_COUNTRY);
    ck_assert_uint_eq(ad_gaz_lookup("us", 2, NULL) & AD_GAZ_COUNTRY, 0);
    ck_assert_uint_eq(ad_gaz_lookup("Us", 2, NULL) & AD_GAZ_COUNTRY, 0);
    ck_assert(ad_gaz_lookup("Yonhap", 6, &canon) & AD_GAZ_ORG);
    ck_assert_str_eq(canon, "Yonhap News Agency");
    ck_assert(ad_gaz_lookup("Pyongyang", 9, NULL) & AD_GAZ_PLACE);
    ck_assert(ad_gaz_lookup("Chinese", 7, NULL) & AD_GAZ_DEMONYM);
    ck_assert(ad_gaz_lookup("Party", 5, NULL) & AD_GAZ_ORGHEAD);
    ck_assert(ad_gaz_lookup("Sunday", 6, NULL) & AD_GAZ_NONENT);
    ck_assert(ad_gaz_lookup("said", 4, NULL) & AD_GAZ_SPEECH);
    ck_assert_uint_eq(ad_gaz_lookup("Zorblatt", 8, NULL), 0);
    ck_assert(ad_gaz_is_word("Analysts", 8));
    ck_assert(ad_gaz_is_word("during", 6));
    ck_assert(!ad_gaz_is_word("Pyongyang", 9));
    ck_assert_int_eq(ad_gaz_word_flags("welfare", 7), AD_GAZ_WORD);
    ck_assert_int_eq(ad_gaz_word_flags("mark", 4), AD_GAZ_WORD | AD_GAZ_WORD_PROPER);
}
END_TEST

START_TEST(title_before_name)
{
    ad_article *art = ad_test_parse_text(
        "President Xi Jinping met Chinese Foreign Minister Wang Yi in Beijing on Monday.");
    const ad_entity *xi = need(art, "Xi Jinping", AD_ENT_PERSON);
    ck_assert(has_role(xi, "President"));
    const ad_entity *wang = need(art, "Wang Yi", AD_ENT_PERSON);
    ck_assert(has_role(wang, "Chinese Foreign Minister"));
    need(art, "Beijing", AD_ENT_PLACE);
    /* The title is not part of the span. */
    char buf[64];
    ck_assert_str_eq(mention_text(art, &xi->mentions[0], buf, sizeof(buf)), "Xi Jinping");
    ck_assert_ptr_null(find_any(art, "President Xi Jinping"));
    ck_assert_ptr_null(find_any(art, "Monday"));
    ad_article_free(art);
}
END_TEST

START_TEST(title_of_country_before_name)
{
    ad_article *art = ad_test_parse_text(
        "Foreign Minister of the Democratic People's Republic of Korea Choe Son-hui arrived.");
    const ad_entity *choe = need(art, "Choe Son-hui", AD_ENT_PERSON);
    ck_assert(has_role(choe, "Foreign Minister"));
    need(art, "Democratic People's Republic of Korea", AD_ENT_PLACE);
    ad_article_free(art);
}
END_TEST

START_TEST(speech_verb)
{
    /* An unknown word with nothing but a speech verb after it. */
    ad_article *art = ad_test_parse_text("The plan will not work, Zorblatt said on Tuesday.\n\n"
                                         "\"It is late,\" said Quarnby.");
    need(art, "Zorblatt", AD_ENT_PERSON);
    need(art, "Quarnby", AD_ENT_PERSON);
    ad_article_free(art);
}
END_TEST

START_TEST(appositive_role)
{
    ad_article *art = ad_test_parse_text(
        "Yang Danzhi, an international affairs expert at the Chinese Academy of Social "
        "Sciences, said that ties are strong. Yang, the scholar, added more.");
    const ad_entity *yang = need(art, "Yang Danzhi", AD_ENT_PERSON);
    ck_assert(
        has_role(yang, "international affairs expert at the Chinese Academy of Social Sciences"));
    ck_assert(has_role(yang, "scholar"));
    ck_assert_uint_eq(check_mentions(art, yang), 2);
    need(art, "Chinese Academy of Social Sciences", AD_ENT_ORGANIZATION);
    ad_article_free(art);
}
END_TEST

START_TEST(org_head_words)
{
    ad_article *art = ad_test_parse_text(
        "Officials of the Workers' Party of Korea met the Bank of America and the General "
        "Administration of Customs. The Supreme People's Assembly met at Kennedy Space Center.");
    need(art, "Workers' Party of Korea", AD_ENT_ORGANIZATION);
    need(art, "Bank of America", AD_ENT_ORGANIZATION);
    need(art, "General Administration of Customs", AD_ENT_ORGANIZATION);
    need(art, "Supreme People's Assembly", AD_ENT_ORGANIZATION);
    need(art, "Kennedy Space Center", AD_ENT_PLACE);
    ad_article_free(art);
    /* A given name opening a longer name that closes on a head word is the
     * institution's; a surname that is a head word stays a person's. */
    art = ad_test_parse_text("Students at George Mason University met the painter Mary Hall "
                             "at the Jack Shainman Gallery on Tuesday.");
    need(art, "George Mason University", AD_ENT_ORGANIZATION);
    need(art, "Jack Shainman Gallery", AD_ENT_ORGANIZATION);
    need(art, "Mary Hall", AD_ENT_PERSON);
    ad_article_free(art);
    art = ad_test_parse_text("Anthony Michael Hall said the film was made in a month.");
    need(art, "Anthony Michael Hall", AD_ENT_PERSON);
    ad_article_free(art);
}
END_TEST

START_TEST(acronym_definition)
{
    ad_article *art = ad_test_parse_text(
        "The Federation of Trade Unions (FTU) won two seats. Later the FTU said it was pleased.\n\n"
        "The Korean People's Army was told. The KPA moved.");
    const ad_entity *ftu = need(art, "Federation of Trade Unions", AD_ENT_ORGANIZATION);
    ck_assert(has_alias(ftu, "FTU"));
    ck_assert_uint_eq(check_mentions(art, ftu), 3);
    /* Initials, without a definition. */
    const ad_entity *kpa = need(art, "Korean People's Army", AD_ENT_ORGANIZATION);
    ck_assert(has_alias(kpa, "KPA"));
    ad_article_free(art);
}
END_TEST

START_TEST(surname_coreference)
{
    ad_article *art = ad_test_parse_text(
        "Choe met Foreign Minister Wang Yi on Sunday.\n\n"
        "Wang said the two countries should cooperate, and Choe Son-hui agreed. Choe added "
        "more.");
    const ad_entity *wang = need(art, "Wang Yi", AD_ENT_PERSON);
    ck_assert(has_alias(wang, "Wang"));
    ck_assert_uint_eq(check_mentions(art, wang), 2);
    /* The first "Choe" comes before the full name and still joins it. */
    const ad_entity *choe = need(art, "Choe Son-hui", AD_ENT_PERSON);
    ck_assert(has_alias(choe, "Choe"));
    ck_assert_uint_eq(check_mentions(art, choe), 3);
    ck_assert_ptr_null(find(art, "Choe"));
    ad_article_free(art);
}
END_TEST

START_TEST(demonym_is_no_entity)
{
    ad_article *art =
        ad_test_parse_text("Chinese and North Korean officials met Afghans and Muslims in Kabul.");
    ck_assert_ptr_null(find_any(art, "Chinese"));
    ck_assert_ptr_null(find_any(art, "North Korean"));
    ck_assert_ptr_null(find_any(art, "Afghans"));
    ck_assert_ptr_null(find_any(art, "Muslims"));
    need(art, "Kabul", AD_ENT_PLACE);
    ck_assert_uint_eq(art->n_entities, 1);
    ad_article_free(art);
}
END_TEST

START_TEST(sentence_initial_words)
{
    ad_article *art = ad_test_parse_text(
        "Analysts said the visit matters. During the meeting, Wang spoke. Currently, trains "
        "are suspended. Preserving peace matters. In response, China spoke. The Yonhap News "
        "Agency reported it.");
    ck_assert_ptr_null(find_any(art, "Analysts"));
    ck_assert_ptr_null(find_any(art, "During"));
    ck_assert_ptr_null(find_any(art, "Currently"));
    ck_assert_ptr_null(find_any(art, "Preserving"));
    ck_assert_ptr_null(find_any(art, "In"));
    ck_assert_ptr_null(find_any(art, "The Yonhap News Agency"));
    need(art, "Yonhap News Agency", AD_ENT_ORGANIZATION);
    need(art, "China", AD_ENT_PLACE);
    ad_article_free(art);
    /* A contraction set with a typographic apostrophe is a word too. */
    art = ad_test_parse_text("Trade is changing. It\xe2\x80\x99s no longer a choice. "
                             "That\xe2\x80\x99s why it matters. It\xe2\x80\x99s hard.");
    ck_assert_ptr_null(find_any(art, "It\xe2\x80\x99s"));
    ck_assert_ptr_null(find_any(art, "That\xe2\x80\x99s"));
    ad_article_free(art);
    /* Goods in their British spelling, which the American word list
     * lacks, are common words too (data/goods_words.tsv). */
    art = ad_test_parse_text("Aluminium exports rose. Fertiliser imports fell. Aluminium "
                             "shipments to the United States fell.");
    ck_assert_ptr_null(find_any(art, "Aluminium"));
    ck_assert_ptr_null(find_any(art, "Fertiliser"));
    need(art, "United States", AD_ENT_PLACE);
    ad_article_free(art);
    /* ... but opening a longer name they are the name's. */
    art = ad_test_parse_text("Aluminium Bahrain said exports rose.");
    need(art, "Aluminium Bahrain", AD_ENT_ORGANIZATION);
    ad_article_free(art);
}
END_TEST

START_TEST(given_name_common_word)
{
    /* A given name that is a common word, opening a sentence before a
     * lowercase word, is the word; before an auxiliary it is the person. */
    ad_article *art = ad_test_parse_text(
        "Holly bushes need little water in winter. Mark the date in your calendar. "
        "Stan Lee spoke on Friday. Lee was making his last visit to the city.");
    ck_assert_ptr_null(find(art, "Holly"));
    ck_assert_ptr_null(find(art, "Mark"));
    const ad_entity *e = need(art, "Stan Lee", AD_ENT_PERSON);
    ck_assert_uint_eq(e->n_mentions, 2);
    ad_article_free(art);
}
END_TEST

START_TEST(weekdays_and_months)
{
    ad_article *art = ad_test_parse_text(
        "On Sunday, March 3, the talks resumed in Geneva. They ended on Saturday in September "
        "and again on Sept. 4.");
    ck_assert_ptr_null(find_any(art, "Sunday"));
    ck_assert_ptr_null(find_any(art, "March"));
    ck_assert_ptr_null(find_any(art, "Saturday"));
    ck_assert_ptr_null(find_any(art, "September"));
    ck_assert_ptr_null(find_any(art, "Sept."));
    need(art, "Geneva", AD_ENT_PLACE);
    ck_assert_uint_eq(art->n_entities, 1);
    ad_article_free(art);
}
END_TEST

/* A common word opening a sentence before a country's abbreviation is an
 * adjective, not part of a name ("Environment Canada" still is one). */
START_TEST(adjective_before_country_abbreviation)
{
    ad_article *art = ad_test_parse_text(
        "Weekly U.S. corn export sales rose. Environment Canada issued a warning.");
    ck_assert_ptr_null(find_any(art, "Weekly U.S."));
    need(art, "U.S.", AD_ENT_PLACE);
    need(art, "Environment Canada", AD_ENT_ORGANIZATION);
    ad_article_free(art);
}
END_TEST

/* Economic abbreviations are no organizations; the economies stay. */
START_TEST(economic_abbreviations)
{
    ad_article *art = ad_test_parse_text(
        "Qatar shipped more LNG to Japan as CPI data and a VAT rise weighed on the IPO.");
    ck_assert_ptr_null(find_any(art, "LNG"));
    ck_assert_ptr_null(find_any(art, "CPI"));
    ck_assert_ptr_null(find_any(art, "VAT"));
    ck_assert_ptr_null(find_any(art, "IPO"));
    need(art, "Qatar", AD_ENT_PLACE);
    need(art, "Japan", AD_ENT_PLACE);
    ck_assert_uint_eq(art->n_entities, 2);
    ad_article_free(art);
}
END_TEST

START_TEST(all_caps_headline)
{
    ad_article *art =
        ad_test_parse_text("NORTH KOREAN LEADER VISITS BEIJING AFTER SUMMIT\n\n"
                           "Over Nine Hundred Asylum Seekers Rescued Off Coast Of Indonesia");
    need(art, "BEIJING", AD_ENT_PLACE);
    need(art, "Indonesia", AD_ENT_PLACE);
    ck_assert_ptr_null(find_any(art, "VISITS"));
    ck_assert_ptr_null(find_any(art, "LEADER"));
    ck_assert_ptr_null(find_any(art, "Asylum Seekers Rescued"));
    ck_assert_ptr_null(find_any(art, "Coast"));
    ck_assert_uint_eq(art->n_entities, 2);
    ad_article_free(art);
}
END_TEST

START_TEST(code_point_offsets)
{
    /* "Zürich" and "Ségolène" hold two-byte characters, "北京" three-byte ones:
     * offsets count characters, not bytes. */
    ad_article *art =
        ad_test_parse_text("Über 北京 hinaus, Ségolène Royal met Angela Merkel in Zürich.");
    const ad_entity *m = need(art, "Angela Merkel", AD_ENT_PERSON);
    ck_assert_uint_eq(m->mentions[0].start, 35);
    ck_assert_uint_eq(m->mentions[0].end, 48);
    const ad_entity *z = need(art, "Zürich", AD_ENT_PLACE);
    ck_assert_uint_eq(z->mentions[0].start, 52);
    ck_assert_uint_eq(z->mentions[0].end, 58);
    check_mentions(art, m);
    check_mentions(art, z);
    ad_article_free(art);
}
END_TEST

START_TEST(possessive_and_hyphen)
{
    ad_article *art = ad_test_parse_text(
        "DPRK top leader Kim Jong-un's trip to China's capital was reported by China's "
        "Foreign Ministry.");
    const ad_entity *kim = need(art, "Kim Jong-un", AD_ENT_PERSON);
    char buf[64];
    ck_assert_str_eq(mention_text(art, &kim->mentions[0], buf, sizeof(buf)), "Kim Jong-un");
    ck_assert(has_role(kim, "leader"));
    const ad_entity *cn = need(art, "China", AD_ENT_PLACE);
    ck_assert_uint_eq(check_mentions(art, cn), 2);
    need(art, "Foreign Ministry", AD_ENT_ORGANIZATION);
    need(art, "DPRK", AD_ENT_PLACE);
    ad_article_free(art);
}
END_TEST

/* An elided particle ("d'") continues a name but opens none, and after
 * one word it links like "of". */
START_TEST(elided_particles)
{
    ad_article *art = ad_test_parse_text(
        "The study was led by Prof. Patrizia d'Ettorre, and Valéry Giscard d'Estaing praised it. "
        "The Quai d'Orsay said nothing.");
    const ad_entity *p = need(art, "Patrizia d'Ettorre", AD_ENT_PERSON);
    char buf[64];
    ck_assert_str_eq(mention_text(art, &p->mentions[0], buf, sizeof(buf)), "Patrizia d'Ettorre");
    need(art, "Valéry Giscard d'Estaing", AD_ENT_PERSON);
    need(art, "Quai d'Orsay", AD_ENT_ORGANIZATION);
    ad_article_free(art);
}
END_TEST

START_TEST(aliases_group_by_gazetteer)
{
    ad_article *art = ad_test_parse_text(
        "The United States and the DPRK talked. The U.S. envoy said the US would return. "
        "Pyongyang agreed with the Democratic People's Republic of Korea's line.");
    const ad_entity *us = need(art, "United States", AD_ENT_PLACE);
    ck_assert(has_alias(us, "U.S.") && has_alias(us, "US"));
    ck_assert_uint_eq(check_mentions(art, us), 3);
    const ad_entity *kp = need(art, "Democratic People's Republic of Korea", AD_ENT_PLACE);
    ck_assert(has_alias(kp, "DPRK"));
    ck_assert_uint_eq(check_mentions(art, kp), 2);
    ad_article_free(art);
}
END_TEST

START_TEST(sports_countries_are_teams)
{
    ad_article *art = ad_test_parse_text(
        "Sweden beat South Korea 1-0 in the group match. The striker scored a penalty after "
        "the goalkeeper fouled him; the coach praised the squad. The match was played in "
        "Nizhny Novgorod, and the league final is in Moscow. Goals decide the tournament.");
    need(art, "Sweden", AD_ENT_ORGANIZATION);
    need(art, "South Korea", AD_ENT_ORGANIZATION);
    need(art, "Moscow", AD_ENT_PLACE);
    ad_article_free(art);
}
END_TEST

/* Capitals that name nothing: abbreviations of common nouns, units and
 * currency codes by a number, compound adjectives, a head word left bare
 * by the ordinary words before it, and the spelled-out form of a common
 * abbreviation. */
START_TEST(common_nouns_are_no_names)
{
    ad_article *art = ad_test_parse_text(
        "Firms say AI helps. Many APIs and LLMs changed. It costs 60 USD, a market of USD 415 "
        "billion, with 8 GB of memory. AI-powered tools help. Subscription Service: monthly. "
        "Search Engine Optimization (SEO) matters. In 2024 US exports rose. IBM agreed. Some 3,000 "
        "NATO troops came.");
    ck_assert_ptr_null(find_any(art, "AI"));
    ck_assert_ptr_null(find_any(art, "APIs"));
    ck_assert_ptr_null(find_any(art, "LLMs"));
    ck_assert_ptr_null(find_any(art, "USD"));
    ck_assert_ptr_null(find_any(art, "GB"));
    ck_assert_ptr_null(find_any(art, "AI-powered"));
    ck_assert_ptr_null(find_any(art, "Service"));
    ck_assert_ptr_null(find_any(art, "Engine Optimization"));
    ck_assert_ptr_null(find_any(art, "Search Engine Optimization"));
    need(art, "US", AD_ENT_PLACE);
    need(art, "IBM", AD_ENT_ORGANIZATION);
    need(art, "NATO", AD_ENT_ORGANIZATION);
    ad_article_free(art);
}
END_TEST

/* A city or given name that is also a common word proves nothing by its
 * capital at a sentence's start, unless the text names it firmly too;
 * a heading in title case names nothing by its capitals. */
START_TEST(common_word_openings)
{
    ad_article *art = ad_test_parse_text(
        "Mobile apps connect trainers. Reading the handbook helps. Turkey raised rates. Do I "
        "need it?");
    ck_assert_ptr_null(find_any(art, "Do"));
    ck_assert_ptr_null(find_any(art, "Mobile"));
    ck_assert_ptr_null(find_any(art, "Reading"));
    need(art, "Turkey", AD_ENT_PLACE);
    ad_article_free(art);
    art = ad_test_parse_text("Mobile police said so. The storm hit Mobile on Monday.");
    const ad_entity *m = need(art, "Mobile", AD_ENT_PLACE);
    ck_assert_uint_eq(m->n_mentions, 2);
    ad_article_free(art);

    ad_arena *a = ad_arena_new(0);
    ad_paragraph p[2] = {{"How to Choose a Video Production Partner", 0, AD_PARA_HEADING},
                         {"How to Choose a Video Production Partner", 0, AD_PARA_PARAGRAPH}};
    p[0].len = p[1].len = strlen(p[0].text);
    ad_entity *e = NULL;
    size_t n = 99;
    char err[128];
    ck_assert_int_eq(ad_entities_extract(p, 1, NULL, a, &e, &n, err, sizeof(err)), AD_OK);
    ck_assert_uint_eq(n, 0);
    /* The same words as a line of text keep their capitals' weight. */
    ck_assert_int_eq(ad_entities_extract(p + 1, 1, NULL, a, &e, &n, err, sizeof(err)), AD_OK);
    ck_assert_uint_ne(n, 0);
    ad_arena_free(a);
}
END_TEST

START_TEST(direct_call)
{
    ad_arena *a = ad_arena_new(0);
    ad_paragraph p[2] = {{"Reuters reported that Xinhua quoted Mr. Lee.", 0, AD_PARA_PARAGRAPH},
                         {"Nothing here.", 0, AD_PARA_PARAGRAPH}};
    p[0].len = strlen(p[0].text);
    p[1].len = strlen(p[1].text);
    ad_entity *e = NULL;
    size_t n = 99;
    char err[128];
    ck_assert_int_eq(ad_entities_extract(p, 2, NULL, a, &e, &n, err, sizeof(err)), AD_OK);
    ck_assert_uint_eq(n, 3);
    ck_assert_str_eq(e[0].name, "Reuters");
    ck_assert_int_eq(e[0].type, AD_ENT_ORGANIZATION);
    ck_assert_str_eq(e[1].name, "Xinhua");
    ck_assert_str_eq(e[2].name, "Lee");
    ck_assert_int_eq(e[2].type, AD_ENT_PERSON);
    ck_assert_uint_eq(e[2].mentions[0].start, 40);
    /* Nothing to do, and a bad call. */
    ck_assert_int_eq(ad_entities_extract(p + 1, 1, NULL, a, &e, &n, err, sizeof(err)), AD_OK);
    ck_assert_uint_eq(n, 0);
    ck_assert_int_eq(ad_entities_extract(NULL, 1, NULL, a, &e, &n, err, sizeof(err)), AD_ERR_USAGE);
    ad_arena_free(a);
}
END_TEST

START_TEST(html_input_has_entities)
{
    ad_article *art = ad_test_parse_html(
        "<html><body><article><h1>Talks</h1><p>Foreign Ministry spokesman Guo Jiakun said at "
        "a briefing in Beijing that China follows developments on the Korean Peninsula.</p>"
        "</article></body></html>");
    const ad_entity *guo = need(art, "Guo Jiakun", AD_ENT_PERSON);
    ck_assert(has_role(guo, "spokesman"));
    need(art, "Korean Peninsula", AD_ENT_PLACE);
    need(art, "Beijing", AD_ENT_PLACE);
    ad_article_free(art);
}
END_TEST

static Suite *entities_suite(void)
{
    Suite *s = suite_create("entities");
    TCase *tc = ad_test_tcase(s, "gazetteer");
    tcase_add_test(tc, gazetteer_lookups);
    tc = ad_test_tcase(s, "rules");
    tcase_add_test(tc, title_before_name);
    tcase_add_test(tc, title_of_country_before_name);
    tcase_add_test(tc, speech_verb);
    tcase_add_test(tc, appositive_role);
    tcase_add_test(tc, org_head_words);
    tcase_add_test(tc, acronym_definition);
    tcase_add_test(tc, surname_coreference);
    tcase_add_test(tc, demonym_is_no_entity);
    tcase_add_test(tc, sentence_initial_words);
    tcase_add_test(tc, weekdays_and_months);
    tcase_add_test(tc, economic_abbreviations);
    tcase_add_test(tc, adjective_before_country_abbreviation);
    tcase_add_test(tc, given_name_common_word);
    tcase_add_test(tc, all_caps_headline);
    tcase_add_test(tc, code_point_offsets);
    tcase_add_test(tc, possessive_and_hyphen);
    tcase_add_test(tc, elided_particles);
    tcase_add_test(tc, aliases_group_by_gazetteer);
    tcase_add_test(tc, sports_countries_are_teams);
    tc = ad_test_tcase(s, "api");
    tcase_add_test(tc, common_nouns_are_no_names);
    tcase_add_test(tc, common_word_openings);
    tcase_add_test(tc, direct_call);
    tcase_add_test(tc, html_input_has_entities);
    return s;
}

AD_TEST_MAIN(entities_suite)
