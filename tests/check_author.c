/*
 * check_author.c - bylines into person names: prefixes, splitting, case,
 * and what is never a name (the outlet, dates, e-mails, URLs, job titles).
 */
#include "testutil.h"
#include <stdlib.h>
#include <string.h>
#include "articled/author.h"

static ad_arena *arena;

static void setup(void)
{
    arena = ad_arena_new(0);
}

static void teardown(void)
{
    ad_arena_free(arena);
}

/* The names of one author string, joined with "; ". */
static const char *names(const char *s, const char *host, const char *site)
{
    static char out[512];
    ad_strlist l = {ad_arena_calloc(arena, 8, sizeof(char *)), 0};
    ck_assert_int_eq(ad_author_add(s, strlen(s), host, site, arena, &l, 8), AD_OK);
    out[0] = '\0';
    size_t o = 0;
    for (size_t i = 0; i < l.n; i++)
        o += (size_t)snprintf(out + o, sizeof(out) - o, "%s%s", i ? "; " : "", l.v[i]);
    return out;
}

START_TEST(normal_case)
{
    ck_assert_str_eq(names("ZHAO JIA", NULL, NULL), "Zhao Jia");
    ck_assert_str_eq(names("By JEAN-PIERRE O'BRIEN", NULL, NULL), "Jean-Pierre O'Brien");
    ck_assert_str_eq(names("By SEAN O’BRIEN", NULL, NULL), "Sean O’Brien");
    ck_assert_str_eq(names("\xc3\x89MILE ZOLA", NULL, NULL), "\xc3\x89mile Zola");
    ck_assert_str_eq(names("Ronald McDonald", NULL, NULL), "Ronald McDonald");
    /* A digit inside a word makes a brand, no name; one after a name ends it. */
    ck_assert_str_eq(names("Fibre2Fashion News Desk", NULL, NULL), "");
    ck_assert_str_eq(names("Jane Doe 2025", NULL, NULL), "Jane Doe");
    ck_assert_str_eq(names("By Jane Doe, ABC7NY", NULL, NULL), "Jane Doe");
    /* a Greek sigma closing a word is final */
    ck_assert_str_eq(names("\xce\x93\xce\x99\xce\x8f\xce\xa1\xce\x93\xce\x9f\xce\xa3 "
                           "\xce\xa0\xce\x91\xce\xa0\xce\x91\xce\x94\xce\x8c\xce\xa0\xce\x9f"
                           "\xce\xa5\xce\x9b\xce\x9f\xce\xa3",
                           NULL, NULL),
                     "\xce\x93\xce\xb9\xcf\x8e\xcf\x81\xce\xb3\xce\xbf\xcf\x82 "
                     "\xce\xa0\xce\xb1\xcf\x80\xce\xb1\xce\xb4\xcf\x8c\xcf\x80\xce\xbf"
                     "\xcf\x85\xce\xbb\xce\xbf\xcf\x82");
    /* an acronym keeps its capitals; a wire the gazetteer knows is no
     * person ("AFP", "Associated Press") */
    ck_assert_str_eq(names("By NTB", NULL, NULL), "NTB");
    /* A prefix in a script with capitals of its own: the Macedonian "by". */
    ck_assert_str_eq(names("Од Ана Стојановска", NULL, NULL), "Ана Стојановска");
    ck_assert_str_eq(names("By AFP", NULL, NULL), "");
    ck_assert_str_eq(names("Jane Doe and Associated Press", NULL, NULL), "Jane Doe");
    ck_assert_str_eq(names("LI WEI", NULL, NULL), "Li Wei");
    /* a surname in capitals after a given name in normal case, as French
     * pages print it; short capitals alone and Roman numerals stay */
    ck_assert_str_eq(names("L\xc3\xa9"
                           "a MARCHAND",
                           NULL, NULL),
                     "L\xc3\xa9"
                     "a Marchand");
    ck_assert_str_eq(names("Jean-Marie LE PEN", NULL, NULL), "Jean-Marie Le Pen");
    ck_assert_str_eq(names("Sean O'BRIEN", NULL, NULL), "Sean O'Brien");
    ck_assert_str_eq(names("XI Jinping", NULL, NULL), "XI Jinping");
    ck_assert_str_eq(names("John Doe III", NULL, NULL), "John Doe III");
    ck_assert_str_eq(names("John Doe DVM", NULL, NULL), "John Doe DVM");
    ck_assert_str_eq(names("FlowGuard EMEA", NULL, NULL), "FlowGuard EMEA");
    ck_assert_str_eq(names("NETGEAR Orbi Team", NULL, NULL), "NETGEAR Orbi Team");
    ck_assert_str_eq(names("Lisa Wong IANS", NULL, NULL), "Lisa Wong IANS");
}
END_TEST

START_TEST(splitting)
{
    ck_assert_str_eq(names("Jane Doe and John Roe", NULL, NULL), "Jane Doe; John Roe");
    ck_assert_str_eq(names("Jan Kowalski i Anna Nowak", NULL, NULL), "Jan Kowalski; Anna Nowak");
    ck_assert(ad_author_between_word("en", 2));
    ck_assert(!ad_author_between_word("Jan", 3));
    ck_assert_str_eq(names("Jane Doe, John Roe & Max Muster", NULL, NULL),
                     "Jane Doe; John Roe; Max Muster");
    ck_assert_str_eq(names("Written by: Tom May", NULL, NULL), "Tom May");
    ck_assert_str_eq(names("Dylan Bailey, MS, RD, FAND", NULL, NULL), "Dylan Bailey");
    ck_assert_str_eq(names("Genevieve Carlton, Ph.D.", NULL, NULL), "Genevieve Carlton");
    ck_assert_str_eq(names("Roy, Aniruddha", NULL, NULL), "Aniruddha Roy");
    /* a lone word closing the byline after full names is their desk */
    ck_assert_str_eq(
        names("Von Anna Keller und Tobias Reu\xc3\x9f, ARD-Finanzredaktion", NULL, NULL),
        "Anna Keller; Tobias Reu\xc3\x9f");
    ck_assert_str_eq(names("Tracy Parker, Dietitian", NULL, NULL), "Tracy Parker");
    /* a reporter's trade in other languages is no name */
    ck_assert_str_eq(names("Por Mar\xc3\xad"
                           "a Restrepo, corresponsal",
                           NULL, NULL),
                     "Mar\xc3\xad"
                     "a Restrepo");
    ck_assert_str_eq(names("By John Smith, Jane Doe, Sukarno", NULL, NULL),
                     "John Smith; Jane Doe; Sukarno");
    ck_assert_str_eq(names("Paul Frew, Home and Digital Security Expert", NULL, NULL), "Paul Frew");
    /* a job title run on after the name (adjacent spans), or a piece
     * opening with a credential, is no second author; surnames that are
     * title words stay */
    ck_assert_str_eq(names("Mateusz Haberny Founder at Oakywood", NULL, NULL), "Mateusz Haberny");
    ck_assert_str_eq(names("Jane Doe Senior Editor", NULL, NULL), "Jane Doe");
    ck_assert_str_eq(names("Mary Anne King", NULL, NULL), "Mary Anne King");
    ck_assert_str_eq(names("Rachel MacDonald Writer", NULL, NULL), "Rachel MacDonald");
    ck_assert_str_eq(names("Jane Doe Senior Staff Writer", NULL, NULL), "Jane Doe");
    /* A job after a slash goes with it. */
    ck_assert_str_eq(names("Shanique Barnett/Senior Gleaner Writer", NULL, NULL),
                     "Shanique Barnett");
    ck_assert_str_eq(names("Ian Allen/Staff Photographer", NULL, NULL), "Ian Allen");
    ck_assert_str_eq(names("Ben Silverman Games Editor", NULL, NULL), "Ben Silverman Games Editor");
    ck_assert_str_eq(names("Jane Q. Writer", NULL, NULL), "Jane Q. Writer");
    ck_assert_str_eq(names("Jennifer Anne Senior", NULL, NULL), "Jennifer Anne Senior");
    ck_assert_str_eq(names("Shelby Loos, DVM. Reviewed by Molly Price", NULL, NULL), "Shelby Loos");
    ck_assert_str_eq(names("MARIA LOPEZ and JOHN SMITH", NULL, NULL), "Maria Lopez; John Smith");
    ck_assert_str_eq(names("Jane Doe, J. Smith", NULL, NULL), "Jane Doe; J. Smith");
    ck_assert_str_eq(names("By Jane Doe and Dr. John Smith", NULL, NULL),
                     "Jane Doe; Dr. John Smith");
    ck_assert_str_eq(names("Jane Doe, Prof. Ann Lee", NULL, NULL), "Jane Doe; Prof. Ann Lee");
    ck_assert_str_eq(names("Vanessa Mendez, MD, gastroenterologist", NULL, NULL), "Vanessa Mendez");
    /* a label made of role words ("author" is a prefix and a role) */
    ck_assert_str_eq(names("The Author", NULL, NULL), "");
    ck_assert_str_eq(names("Jane Doe, PhD, and John Roe, MD", NULL, NULL), "Jane Doe; John Roe");
    ck_assert_str_eq(names("By Daniel Burstein, Senior Director, Content & Marketing", NULL, NULL),
                     "Daniel Burstein");
    ck_assert_str_eq(names("Niko Matsakis on behalf of the docs team", NULL, NULL),
                     "Niko Matsakis");
    ck_assert_str_eq(names("Jane Doe for Reuters", NULL, NULL), "Jane Doe");
    ck_assert_str_eq(names("Stefan for Automateed", NULL, NULL), "Stefan");
    /* a lone common word before the preposition heads a name that holds it */
    ck_assert_str_eq(names("Center for Drug Evaluation and Research", NULL, NULL),
                     "Center for Drug Evaluation and Research");
    ck_assert_str_eq(names("Human in the Loop", NULL, NULL), "Human in the Loop");
    /* ... but not a byline word, a title, a lowercase word or a place */
    ck_assert_str_eq(names("Staff in Washington", NULL, NULL), "");
    ck_assert_str_eq(names("Staff for Reuters", NULL, NULL), "");
    ck_assert_str_eq(names("Correspondent in London", NULL, NULL), "");
    ck_assert_str_eq(names("editor in Politics, World", NULL, NULL), "");
    ck_assert_str_eq(names("Editors in Brussels", NULL, NULL), "");
}
END_TEST

START_TEST(brackets)
{
    /* A bracketed word inside the name is a middle or maiden name. */
    ck_assert_str_eq(names("Paramita (Guha) Ghosh", NULL, NULL), "Paramita Guha Ghosh");
    ck_assert_str_eq(names("Bruno (Henrique Zecchin) Rodrigues", NULL, NULL),
                     "Bruno Henrique Zecchin Rodrigues");
    /* At the end, or holding a handle or an affiliation, it goes. */
    ck_assert_str_eq(names("Jane Doe (Reuters)", NULL, NULL), "Jane Doe");
    ck_assert_str_eq(names("Jane Doe (@janedoe) and John Roe", NULL, NULL), "Jane Doe; John Roe");
    ck_assert_str_eq(names("Jane Doe (reporter) and John Roe", NULL, NULL), "Jane Doe; John Roe");
    /* A dash left at either end of a credit is no part of the name. */
    ck_assert_str_eq(names("Nicolas Perriault \xe2\x80\x94", NULL, NULL), "Nicolas Perriault");
    ck_assert_str_eq(names("\xe2\x80\x93 Jane Doe", NULL, NULL), "Jane Doe");
}
END_TEST

START_TEST(not_names)
{
    ck_assert_str_eq(names("https://www.facebook.com/janedoe", NULL, NULL), "");
    ck_assert_str_eq(names("jane@example.com", NULL, NULL), "");
    ck_assert_str_eq(names("Jane Doe jane@example.com", NULL, NULL), "Jane Doe");
    ck_assert_str_eq(names("China Daily", "www.chinadaily.com.cn", NULL), "");
    ck_assert_str_eq(names("The Guardian", NULL, "The Guardian"), "");
    ck_assert_str_eq(names("Staff Writer", NULL, NULL), "");
    /* a wire credit beside the outlet's */
    ck_assert_str_eq(names("Al Jazeera and news agencies", NULL, "Al Jazeera"), "");
    ck_assert_str_eq(names("Jane Doe and wires", NULL, NULL), "Jane Doe");
    ck_assert_str_eq(names("admin", NULL, NULL), "");
    /* a template's empty value */
    ck_assert_str_eq(names("undefined", NULL, NULL), "");
    ck_assert_str_eq(names("null", NULL, NULL), "");
    ck_assert_str_eq(names("Nan Whaley", NULL, NULL), "Nan Whaley");
    /* "From <book>" credits the source of an excerpt, not a writer */
    ck_assert_str_eq(names("Tomson Highway and From Masculindians", NULL, NULL), "Tomson Highway");
    ck_assert_str_eq(names("September 29, 2025", NULL, NULL), "");
    ck_assert_str_eq(names("page.head.author", NULL, NULL), "");
    ck_assert_str_eq(names("By", NULL, NULL), "");
    /* names each followed by the outlet's, without separators */
    ck_assert_str_eq(names("Marie-\xc3\x88ve Tremblay-Gagnon La Presse Mathieu Lachapelle-Roy La "
                           "Presse",
                           NULL, "La Presse"),
                     "Marie-\xc3\x88ve Tremblay-Gagnon; Mathieu Lachapelle-Roy");
    ck_assert_str_eq(names("Jane Doe, Editor at La Presse", NULL, "La Presse"), "Jane Doe");
    /* a label and its text, not a name; a one-word label before a name */
    ck_assert_str_eq(names("By the numbers: Imports fell", NULL, NULL), "");
    ck_assert_str_eq(names("Autor: Jan Nov\xc3\xa1k", NULL, NULL), "Jan Nov\xc3\xa1k");
    ck_assert_str_eq(names("Foto: Michal \xc5\xa0ula, MAFRA", NULL, NULL), "");
    ck_assert_str_eq(names("Jane Doe, Bob La Presse", NULL, "La Presse"),
                     "Jane Doe; Bob La Presse");
    /* a desk's possessive; a title in lower case with its beat, in Dutch;
     * a team credit opening with "the" stays */
    ck_assert_str_eq(names("The Newspaper's Staff Reporter", NULL, NULL), "");
    ck_assert_str_eq(names("Door Lotte van Dijk, verslaggever justitie", NULL, NULL),
                     "Lotte van Dijk");
    ck_assert_str_eq(names("By the Lavazza Team", NULL, NULL), "the Lavazza Team");
    /* an outlet named after its country, sharing the credit with a wire */
    ck_assert_str_eq(names("FRANCE 24 avec AFP", NULL, NULL), "");
    ck_assert(ad_author_role_word("Redactora", 9));
    ck_assert(!ad_author_role_word("Madrid", 6));
}
END_TEST

START_TEST(byline_line)
{
    const char *s = "By ZHAO JIA | China Daily | Updated: 2025-09-29 09:33";
    ad_byline b;
    ck_assert_int_eq(
        ad_author_parse_byline(s, strlen(s), "www.chinadaily.com.cn", NULL, arena, 8, &b), AD_OK);
    ck_assert_int_eq(b.authors.n, 1);
    ck_assert_str_eq(b.authors.v[0], "Zhao Jia");
    ck_assert_str_eq(b.publisher, "China Daily");
    ck_assert_str_eq(b.date, "Updated: 2025-09-29 09:33");
    ck_assert(b.has_prefix);

    s = "Dec. 19, 2025 \xc2\xb7 Niko Matsakis";
    ck_assert_int_eq(ad_author_parse_byline(s, strlen(s), NULL, NULL, arena, 8, &b), AD_OK);
    ck_assert_int_eq(b.authors.n, 1);
    ck_assert_str_eq(b.authors.v[0], "Niko Matsakis");
    ck_assert_str_eq(b.date, "Dec. 19, 2025");

    /* a time set apart by a dash of its own belongs to the date */
    s = "KYODO NEWS - Jul 20, 2028 - 10:21";
    ck_assert_int_eq(ad_author_parse_byline(s, strlen(s), NULL, NULL, arena, 8, &b), AD_OK);
    ck_assert_str_eq(b.date, "Jul 20, 2028 - 10:21");
    /* ... or by a bar, with other words after it ("1,842 views") */
    s = "Published: 14/02/2030 | 13:45 1,842 views";
    ck_assert_int_eq(ad_author_parse_byline(s, strlen(s), NULL, NULL, arena, 8, &b), AD_OK);
    ck_assert_str_eq(b.date, "Published: 14/02/2030 | 13:45");
    s = "Jane Doe - Sep 29, 2025 - Updated 14:05";
    ck_assert_int_eq(ad_author_parse_byline(s, strlen(s), NULL, NULL, arena, 8, &b), AD_OK);
    ck_assert_str_eq(b.date, "Sep 29, 2025");

    s = "Share on Facebook";
    ck_assert_int_eq(ad_author_parse_byline(s, strlen(s), NULL, NULL, arena, 8, &b), AD_OK);
    ck_assert_int_eq(b.authors.n, 0);

    /* a publisher's line is no byline; a company is no person */
    s = "Mmegi is published by Dikgang Publishing Company.";
    ck_assert_int_eq(ad_author_parse_byline(s, strlen(s), NULL, NULL, arena, 8, &b), AD_OK);
    ck_assert_int_eq(b.authors.n, 0);
    s = "By Dikgang Publishing Company";
    ck_assert_int_eq(ad_author_parse_byline(s, strlen(s), NULL, NULL, arena, 8, &b), AD_OK);
    ck_assert_int_eq(b.authors.n, 0);

    /* a credit inside a sentence: the prefix after "was" */
    s = "This post was written by Danielle Padula, Head of Marketing and Community Development";
    ck_assert_int_eq(ad_author_parse_byline(s, strlen(s), NULL, NULL, arena, 8, &b), AD_OK);
    ck_assert_int_eq(b.authors.n, 1);
    ck_assert_str_eq(b.authors.v[0], "Danielle Padula");
    ck_assert(b.has_prefix);
    s = "The report was based on interviews with Jane Doe";
    ck_assert_int_eq(ad_author_parse_byline(s, strlen(s), NULL, NULL, arena, 8, &b), AD_OK);
    ck_assert(!b.has_prefix);
}
END_TEST

/* The names of one byline line, joined with "; ". */
static const char *byline_names(const char *s, const char *site)
{
    static char out[512];
    ad_byline b;
    ck_assert_int_eq(ad_author_parse_byline(s, strlen(s), NULL, site, arena, 8, &b), AD_OK);
    out[0] = '\0';
    size_t o = 0;
    for (size_t i = 0; i < b.authors.n; i++)
        o += (size_t)snprintf(out + o, sizeof(out) - o, "%s%s", i ? "; " : "", b.authors.v[i]);
    return out;
}

/* Bylines in Chinese, Japanese and Korean: labels and roles glued to the
 * names, desks and the outlet, names apart by spaces or "、". */
START_TEST(cjk_bylines)
{
    ck_assert_str_eq(byline_names("文｜财新 周晓燕 张涵", "财新网"), "周晓燕; 张涵");
    ck_assert_str_eq(byline_names("本报记者 王小明 李华", NULL), "王小明; 李华");
    ck_assert_str_eq(byline_names("新华社记者 王小明、李华", NULL), "王小明; 李华");
    ck_assert_str_eq(byline_names("作者：王小明", NULL), "王小明");
    ck_assert_str_eq(byline_names("那覇支局 山田太郎", NULL), "山田太郎");
    ck_assert_str_eq(byline_names("山田太郎記者", NULL), "山田太郎");
    ck_assert_str_eq(byline_names("김소연 기자 sykim@hani.co.kr", NULL), "김소연");
    /* A role after the credit is done starts no name: a link to the
     * reporter's page. */
    ck_assert_str_eq(byline_names("김소연 기자 sykim@hani.co.kr 기자 페이지", NULL), "김소연");
    ck_assert_str_eq(byline_names("김소연 기자, 이정훈 기자", NULL), "김소연; 이정훈");
    ck_assert_str_eq(byline_names("記者 山田太郎", NULL), "山田太郎");
    /* Bars set apart, brackets, a full-width comma between names. */
    ck_assert_str_eq(byline_names("文 | 周晓燕 张涵", NULL), "周晓燕; 张涵");
    ck_assert_str_eq(byline_names("김소연 기자 | 이민수 기자", NULL), "김소연; 이민수");
    ck_assert_str_eq(byline_names("（記者 山田太郎）", NULL), "山田太郎");
    ck_assert_str_eq(byline_names("记者 王小明，李华", NULL), "王小明; 李华");
    /* An editor's or a photographer's credit names no author. */
    ck_assert_str_eq(byline_names("责任编辑：王小明", NULL), "");
    ck_assert_str_eq(byline_names("图：视觉中国", NULL), "");
}
END_TEST

/* An author box setting the name and the date in one run of text. */
START_TEST(name_beside_date)
{
    static const struct {
        const char *line, *name;
    } cases[] = {{"Luke Kim December 17, 2025", "Luke Kim"},
                 {"Dec 17, 2025 Julian K. Arni", "Julian K. Arni"},
                 {"2025-12-17 Trond Teigen", "Trond Teigen"},
                 {"Craig McCarthy Last updated on 17 December 2025", "Craig McCarthy"},
                 {"Posted on December 18, 2025", NULL},
                 {"Published March 9, 2026", NULL},
                 {"March 9, 2026 Updated", NULL},
                 {"Dec 17, 2025 12:30 PM EST", NULL}};
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        ad_byline b;
        const char *s = cases[i].line;
        ck_assert_int_eq(ad_author_parse_byline(s, strlen(s), NULL, NULL, arena, 8, &b), AD_OK);
        ck_assert_ptr_nonnull(b.date);
        if (cases[i].name) {
            ck_assert_int_eq(b.authors.n, 1);
            ck_assert_str_eq(b.authors.v[0], cases[i].name);
        } else {
            ck_assert_int_eq(b.authors.n, 0);
        }
    }
}
END_TEST

START_TEST(person_shape)
{
    static const char *const yes[] = {"Tim Green", "Holly Wilgus",  "Nick van Mead",
                                      "Stefan",    "Sam Singleton", "Shelia R. Cotten"};
    static const char *const no[] = {"Cleveland Clinic",
                                     "British Heart Foundation",
                                     "Personal finance",
                                     "Head of Marketing",
                                     "KatieS",
                                     "design: Scott McDaniel",
                                     "Human"};
    for (size_t i = 0; i < sizeof(yes) / sizeof(yes[0]); i++)
        ck_assert_msg(ad_author_person_shaped(yes[i], strlen(yes[i])), "%s", yes[i]);
    for (size_t i = 0; i < sizeof(no) / sizeof(no[0]); i++)
        ck_assert_msg(!ad_author_person_shaped(no[i], strlen(no[i])), "%s", no[i]);
}
END_TEST
START_TEST(team)
{
    ck_assert(ad_author_is_team("Team Tiger Data", 15));
    ck_assert(ad_author_is_team("Resy Staff", 10));
    ck_assert(ad_author_is_team("The Editors", 11));
    ck_assert(!ad_author_is_team("Jane Doe", 8));
    ck_assert(!ad_author_is_team("Teamster Jones", 14));
}
END_TEST

/* The name a bio sentence opens with. */
static const char *bio(const char *s)
{
    static char out[128];
    ad_strlist l = {ad_arena_calloc(arena, 1, sizeof(char *)), 0};
    ck_assert_int_eq(ad_author_from_bio(s, strlen(s), NULL, arena, &l, 1), AD_OK);
    snprintf(out, sizeof(out), "%s", l.n ? l.v[0] : "");
    return out;
}

START_TEST(bio_sentence)
{
    /* A beat that is a proper name, for one of the article's authors only. */
    {
        const char *who = "Keisha Darnell", *s = "Keisha Darnell covers St. Louis City Hall for "
                                                 "the Post-Dispatch.";
        ad_strlist known = {&who, 1};
        ad_strlist l = {ad_arena_calloc(arena, 1, sizeof(char *)), 0};
        ck_assert_int_eq(ad_author_from_bio(s, strlen(s), &known, arena, &l, 1), AD_OK);
        ck_assert_uint_eq(l.n, 1);
        ck_assert_str_eq(bio(s), "");
    }
    ck_assert_str_eq(bio("Julia Gralberg is a freelance travel writer, editor of Hotel & Resort "
                         "Guide and founder of a consultancy."),
                     "Julia Gralberg");
    ck_assert_str_eq(bio("Jesse Porter is a longtime beverage writer living in Los Angeles."),
                     "Jesse Porter");
    ck_assert_str_eq(bio("Dylan Ettinger is a Serious Eats contributor who specializes in coffee."),
                     "Dylan Ettinger");
    /* no trade, no article, a place or one word: no credit */
    ck_assert_str_eq(bio("Alban Brooke is the Head of Marketing at Buzzsprout."), "");
    ck_assert_str_eq(bio("Jane Doe is known for her novels about the sea."), "");
    ck_assert_str_eq(bio("New York is a city that every writer loves."), "");
    ck_assert_str_eq(bio("Madonna is a singer and a writer of songs."), "");
    ck_assert_str_eq(bio("The Washington Post is a newspaper with many writers."), "");
    /* Other languages leave the article out before the trade. */
    ck_assert_str_eq(bio("Lena Hofbauer ist Redakteurin in der Lokalredaktion Bayreuth."),
                     "Lena Hofbauer");
    ck_assert_str_eq(bio("Marie Dupont est journaliste au service économie."), "Marie Dupont");
    ck_assert_str_eq(bio("Jane Doe is reporter of the year."), "");
    /* A verb of the trade and its beat. */
    ck_assert_str_eq(bio("Nur Aqilah Hashim covers trade and macroeconomics for The Malaysian "
                         "Reserve."),
                     "Nur Aqilah Hashim");
    ck_assert_str_eq(bio("Devin Rao reports on federal energy policy from Washington."),
                     "Devin Rao");
    ck_assert_str_eq(bio("Acme Corp reports strong quarterly earnings."), "");
    ck_assert_str_eq(bio("The Senate writes a new rule."), "");
}
END_TEST

START_TEST(outlet)
{
    ck_assert(ad_author_is_outlet("China Daily", 11, "www.chinadaily.com.cn", NULL));
    ck_assert(ad_author_is_outlet("The Guardian", 12, "www.theguardian.com", NULL));
    ck_assert(!ad_author_is_outlet("Jane Doe", 8, "www.theguardian.com", "The Guardian"));
    /* The site's name in another script's case, or followed by role words. */
    ck_assert(ad_author_is_outlet("Тасс", strlen("Тасс"), "tass.ru", "ТАСС"));
    ck_assert(ad_author_is_outlet("NOS Nieuws", 10, "nos.nl", "NOS"));
    ck_assert(!ad_author_is_outlet("Nosh Patel", 10, "nos.nl", "NOS"));
    ck_assert(!ad_author_is_outlet("NOS Jansen", 10, "example.nl", "NOS"));
}
END_TEST

static Suite *author_suite(void)
{
    Suite *s = suite_create("author");
    TCase *tc = ad_test_tcase(s, "core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, normal_case);
    tcase_add_test(tc, splitting);
    tcase_add_test(tc, brackets);
    tcase_add_test(tc, not_names);
    tcase_add_test(tc, byline_line);
    tcase_add_test(tc, name_beside_date);
    tcase_add_test(tc, outlet);
    tcase_add_test(tc, team);
    tcase_add_test(tc, bio_sentence);
    tcase_add_test(tc, person_shape);
    tcase_add_test(tc, cjk_bylines);
    return s;
}

AD_TEST_MAIN(author_suite)
