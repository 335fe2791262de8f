/*
 * check_figures.c - the trade-figures stage (figures.h).
 *
 * Rows of news sentences with every slot of the figure they must give
 * (flow, reporter, partner, commodity, value, change, rate, period,
 * source), sentences that must give none, and the article-level rules:
 * paragraph index and sentence text, duplicates, headings, names from the
 * entities stage, the anchor date, and the full pipeline.
 */
#include <math.h>
#include "testutil.h"
#include "articled/figures.h"
#include "currency_families.h"
#include "fiscal_years.h"
#include "iso4217.h"
#include "trade_cues.h"

#define NONE  (-1.0)
#define UP    1
#define DOWN  (-1)
#define NOCHG 2 /* no change object at all */

typedef struct fig_row {
    const char *text;
    int idx, n; /* which figure of the sentence, and how many it gives */
    const char *flow, *reporter, *partner, *commodity;
    double amount;
    const char *currency;
    int direction;
    double percent;
    const char *qualifier, *basis;
    double rate;
    const char *start, *end, *source;
} fig_row;

static const char *const flow_names[] = {"export", "import", "total", "balance", "tariff"};

/* An article of the given paragraphs, with figures extracted against anchor. */
static ad_article *fig_article(const char *const *paras, const ad_para_type *types, size_t n,
                               const char *anchor)
{
    ad_article *art = ad_test_article_new();
    ad_paragraph v[8];
    ck_assert_uint_le(n, 8);
    for (size_t i = 0; i < n; i++) {
        v[i].text = paras[i];
        v[i].len = strlen(paras[i]);
        v[i].type = types ? types[i] : AD_PARA_PARAGRAPH;
    }
    ck_assert_int_eq(ad_article_set_paragraphs(art, v, n), AD_OK);
    art->meta.published = anchor;
    char err[256] = "";
    ad_status st = ad_figures_extract(art, anchor, err, sizeof(err));
    ck_assert_msg(st == AD_OK, "ad_figures_extract: %s", err);
    return art;
}

static ad_article *fig_one(const char *text, const char *anchor)
{
    return fig_article(&text, NULL, 1, anchor);
}

static const fig_row rows[] = {
    {"In the first half of this year, China's exports to the DPRK rose more than 30 percent "
     "year-on-year to $1.05 billion, while imports grew over 20 percent to $210 million, according "
     "to the General Administration of Customs.",
     0, 2, "export", "China", "Democratic People's Republic of Korea", NULL, 1050000000.0, "USD",
     UP, 30.0, "more than", "year-on-year", NONE, "2025-01-01", "2025-06-30",
     "General Administration of Customs"},
    {"In the first half of this year, China's exports to the DPRK rose more than 30 percent "
     "year-on-year to $1.05 billion, while imports grew over 20 percent to $210 million, according "
     "to the General Administration of Customs.",
     1, 2, "import", "China", "Democratic People's Republic of Korea", NULL, 210000000.0, "USD", UP,
     20.0, "over", "year-on-year", NONE, "2025-01-01", "2025-06-30",
     "General Administration of Customs"},
    {"Japan's exports fell 4.5% in August from a year earlier, the Ministry of Finance said on "
     "Wednesday.",
     0, 1, "export", "Japan", NULL, NULL, NONE, NULL, DOWN, 4.5, NULL, "year-on-year", NONE,
     "2025-08-01", "2025-08-31", "Ministry of Finance"},
    /* A level after "to" ends a comparison with no number of its own; "over
     * the month" is month on month. */
    {"German exports fell 2.5 percent in August compared with the previous month to 128.9 "
     "billion euros, the Federal Statistical Office said.",
     0, 1, "export", "Germany", NULL, NULL, 128.9e9, "EUR", DOWN, 2.5, NULL, "month-on-month", NONE,
     "2025-08-01", "2025-08-31", "Federal Statistical Office"},
    {"Australia's exports to China fell 6% over the month in August.", 0, 1, "export", "Australia",
     "China", NULL, NONE, NULL, DOWN, 6.0, NULL, "month-on-month", NONE, "2025-08-01", "2025-08-31",
     NULL},
    /* A tariff announced by a body that names its economy is that
     * economy's; the article opening the sentence is no part of the name. */
    {"The Office of the U.S. Trade Representative said on Tuesday it would raise tariffs on "
     "Chinese-made lithium-ion batteries to 40% from 25%.",
     0, 1, "tariff", "United States", "China", "lithium-ion batteries", NONE, NULL, UP, NONE, NULL,
     NULL, 40.0, NULL, NULL, "Office of the U.S. Trade Representative"},
    /* A direction word among the goods before the cue is no change ("cut
     * flower exports"); a base "from ... in July" for August is month on
     * month, with or without a percent. */
    {"Kenya's cut flower exports rose to 141.2 billion shillings in 2024, the Kenya Flower Council "
     "said.",
     0, 1, "export", "Kenya", NULL, "flower", 141.2e9, "KES", UP, NONE, NULL, NULL, NONE,
     "2024-01-01", "2024-12-31", "Kenya Flower Council"},
    {"Norway's trade surplus fell to 52.3 billion crowns in August from 61.8 billion crowns in "
     "July, Statistics Norway said.",
     0, 1, "balance", "Norway", NULL, NULL, 52.3e9, "NOK", DOWN, NONE, NULL, "month-on-month", NONE,
     "2025-08-01", "2025-08-31", "Statistics Norway"},
    /* A base with words between "from" and its amount is no period of the
     * figure. */
    {"Australia's trade surplus fell to A$3.2 billion in August from a downwardly revised A$4.6 "
     "billion in July, the Australian Bureau of Statistics said.",
     0, 1, "balance", "Australia", NULL, NULL, 3.2e9, "AUD", DOWN, NONE, NULL, "month-on-month",
     NONE, "2025-08-01", "2025-08-31", "Australian Bureau of Statistics"},
    /* A clause without its verb changes as the one before it; "the
     * country's" before a source's name; "than the previous quarter". */
    {"Serbia's exports increased 7.1% to 31.9 billion euros and imports 4.7% to 37.5 billion "
     "euros in 2024, according to the country's Statistical Office.",
     1, 2, "import", "Serbia", NULL, NULL, 37.5e9, "EUR", UP, 4.7, NULL, NULL, NONE, "2024-01-01",
     "2024-12-31", "Statistical Office"},
    {"Nigeria's total merchandise trade stood at N23.6 trillion in the second quarter of 2025, "
     "4.2% "
     "higher than the previous quarter, the National Bureau of Statistics said.",
     0, 1, "total", "Nigeria", NULL, NULL, 23.6e12, "NGN", UP, 4.2, NULL, "quarter-on-quarter",
     NONE, "2025-04-01", "2025-06-30", "National Bureau of Statistics"},
    /* A name holding a list after "of", before "said". */
    {"Angola's crude oil exports fell 6% to $2.1 billion in August, the Ministry of Mineral "
     "Resources, Oil and Gas said.",
     0, 1, "export", "Angola", NULL, "crude oil", 2.1e9, "USD", DOWN, 6.0, NULL, NULL, NONE,
     "2025-08-01", "2025-08-31", "Ministry of Mineral Resources, Oil and Gas"},
    /* "X has said" */
    {"Nigeria's total merchandise trade stood at N31.4 trillion in the second quarter of 2025, the "
     "National Bureau of Statistics (NBS) has said.",
     0, 1, "total", "Nigeria", NULL, NULL, 31.4e12, "NGN", NOCHG, NONE, NULL, NULL, NONE,
     "2025-04-01", "2025-06-30", "National Bureau of Statistics"},
    /* Months in brackets right after a period say which they are. */
    {"Pakistan's textile exports increased by 9.3 percent to $9.41 billion during the first two "
     "months (July-August) of the current fiscal year, the Pakistan Bureau of Statistics said.",
     0, 1, "export", "Pakistan", NULL, "textile", 9.41e9, "USD", UP, 9.3, NULL, NULL, NONE,
     "2025-07-01", "2025-08-31", "Pakistan Bureau of Statistics"},
    /* "from January to May" is the period; "from May" would be a base. */
    {"Chile's exports reached $3.2 billion from January to May, a rise of 5.4%.", 0, 1, "export",
     "Chile", NULL, NULL, 3200000000.0, "USD", UP, 5.4, NULL, NULL, NONE, "2025-01-01",
     "2025-05-31", NULL},
    /* Months of a fiscal year, by the reporter's calendar (the anchor is
     * 2025-09-29: Pakistan's fiscal year under way began in July 2025). */
    {"Pakistan's trade deficit widened 21 per cent to $15.62 billion in the first two months of "
     "the current fiscal year.",
     0, 1, "balance", "Pakistan", NULL, NULL, 15620000000.0, "USD", UP, 21.0, NULL, NULL, NONE,
     "2025-07-01", "2025-08-31", NULL},
    {"India's exports rose 2.4% to $292.1 billion in the first eight months of FY25.", 0, 1,
     "export", "India", NULL, NULL, 292100000000.0, "USD", UP, 2.4, NULL, NULL, NONE, "2024-04-01",
     "2024-11-30", NULL},
    /* Singapore's non-oil domestic exports, by their abbreviation. */
    {"Singapore's NODX to the United States fell 24.5 per cent in October.", 0, 1, "export",
     "Singapore", "United States", NULL, NONE, NULL, DOWN, 24.5, NULL, NULL, NONE, "2024-10-01",
     "2024-10-31", NULL},
    /* A source's name does not run on into the day it spoke. */
    {"India's exports rose 5.4% to $34.6 billion in October, data released by the Ministry of "
     "Commerce and Industry on Monday showed.",
     0, 1, "export", "India", NULL, NULL, 34600000000.0, "USD", UP, 5.4, NULL, NULL, NONE,
     "2024-10-01", "2024-10-31", "Ministry of Commerce and Industry"},
    {"China's trade surplus with the United States narrowed to $28.3 billion in July, customs data "
     "showed.",
     0, 1, "balance", "China", "United States", NULL, 28300000000.0, "USD", DOWN, NONE, NULL, NULL,
     NONE, "2025-07-01", "2025-07-31", "customs"},
    {"Germany posted a trade surplus of 17.9 billion euros in June, according to the Federal "
     "Statistical Office.",
     0, 1, "balance", "Germany", NULL, NULL, 17900000000.0, "EUR", NOCHG, NONE, NULL, NULL, NONE,
     "2025-06-01", "2025-06-30", "Federal Statistical Office"},
    {"US imports of Chinese goods dropped 20 percent in the first quarter of 2025.", 0, 1, "import",
     "United States", "China", NULL, NONE, NULL, DOWN, 20.0, NULL, NULL, NONE, "2025-01-01",
     "2025-03-31", NULL},
    {"The US imposed a 25 percent tariff on Chinese steel and aluminum.", 0, 1, "tariff",
     "United States", "China", "steel and aluminum", NONE, NULL, NOCHG, NONE, NULL, NULL, 25.0,
     NULL, NULL, NULL},
    {"Washington raised tariffs on $200 billion worth of Chinese goods from 10 percent to 25 "
     "percent in May 2019.",
     0, 1, "tariff", "United States", "China", NULL, 200000000000.0, "USD", UP, NONE, NULL, NULL,
     25.0, "2019-05-01", "2019-05-31", NULL},
    {"Exports of agricultural products to China rose 12 percent to $8.6 billion last year.", 0, 1,
     "export", NULL, "China", "agricultural products", 8600000000.0, "USD", UP, 12.0, NULL, NULL,
     NONE, "2024-01-01", "2024-12-31", NULL},
    {"Trade between China and ASEAN grew 9 percent year-on-year to 3.4 trillion yuan in the first "
     "eight months.",
     0, 1, "total", "China", "ASEAN", NULL, 3400000000000.0, "CNY", UP, 9.0, NULL, "year-on-year",
     NONE, "2025-01-01", "2025-08-31", NULL},
    {"India's trade deficit widened to $29.7 billion in October, data from the commerce ministry "
     "showed.",
     0, 1, "balance", "India", NULL, NULL, 29700000000.0, "USD", UP, NONE, NULL, NULL, NONE,
     "2024-10-01", "2024-10-31", "commerce ministry"},
    {"Brazil's soybean exports to China jumped 18% in 2024.", 0, 1, "export", "Brazil", "China",
     "soybean", NONE, NULL, UP, 18.0, NULL, NULL, NONE, "2024-01-01", "2024-12-31", NULL},
    {"South Korea's semiconductor exports surged 36.8 percent to $10.1 billion in September, the "
     "trade ministry said.",
     0, 1, "export", "South Korea", NULL, "semiconductor", 10100000000.0, "USD", UP, 36.8, NULL,
     NULL, NONE, "2025-09-01", "2025-09-30", "trade ministry"},
    {"Canada will impose 25% tariffs on C$30 billion of US goods starting Tuesday.", 0, 1, "tariff",
     "Canada", "United States", NULL, 30000000000.0, "CAD", NOCHG, NONE, NULL, NULL, 25.0, NULL,
     NULL, NULL},
    {"Australian exports of coal to India fell 8 per cent to A$12 billion last year.", 0, 1,
     "export", "Australia", "India", "coal", 12000000000.0, "AUD", DOWN, 8.0, NULL, NULL, NONE,
     "2024-01-01", "2024-12-31", NULL},
    {"Mexico's exports to the United States slumped 3.2% in the third quarter, while imports from "
     "China climbed 11%.",
     0, 2, "export", "Mexico", "United States", NULL, NONE, NULL, DOWN, 3.2, NULL, NULL, NONE,
     "2025-07-01", "2025-09-30", NULL},
    {"Mexico's exports to the United States slumped 3.2% in the third quarter, while imports from "
     "China climbed 11%.",
     1, 2, "import", "Mexico", "China", NULL, NONE, NULL, UP, 11.0, NULL, NULL, NONE, "2025-07-01",
     "2025-09-30", NULL},
    {"Chinese exports rose 8.7% in dollar terms in March, beating forecasts.", 0, 1, "export",
     "China", NULL, NULL, NONE, NULL, UP, 8.7, NULL, NULL, NONE, "2025-03-01", "2025-03-31", NULL},
    {"Vietnam's exports to the European Union rose 14.2% year-on-year to $38.5 billion in the "
     "first nine months, the General Statistics Office said.",
     0, 1, "export", "Vietnam", "European Union", NULL, 38500000000.0, "USD", UP, 14.2, NULL,
     "year-on-year", NONE, "2025-01-01", "2025-09-30", "General Statistics Office"},
    {"The EU's trade deficit with China stood at 304.5 billion euros in 2024, according to "
     "Eurostat.",
     0, 1, "balance", "European Union", "China", NULL, 304500000000.0, "EUR", NOCHG, NONE, NULL,
     NULL, NONE, "2024-01-01", "2024-12-31", "Eurostat"},
    /* A value beside its base and no change: the direction is the amounts'
     * order. */
    {"Ghana recorded a trade surplus of $2.41 billion in the first four months of 2025, compared "
     "with $1.08 billion a year earlier.",
     0, 1, "balance", "Ghana", NULL, NULL, 2410000000.0, "USD", UP, NONE, NULL, "year-on-year",
     NONE, "2025-01-01", "2025-04-30", NULL},
    /* A "shortfall" with a partner is the deficit with it; "goods-and-services"
     * names no kind. */
    {"America's goods-and-services deficit with Mexico, its shortfall, was $16.1 billion in "
     "April 2025.",
     0, 1, "balance", "United States", "Mexico", NULL, 16100000000.0, "USD", NOCHG, NONE, NULL,
     NULL, NONE, "2025-04-01", "2025-04-30", NULL},
    {"The U.S. shortfall with Mexico was $16.1 billion in April 2025.", 0, 1, "balance",
     "United States", "Mexico", NULL, 16100000000.0, "USD", NOCHG, NONE, NULL, NULL, NONE,
     "2025-04-01", "2025-04-30", NULL},
    /* A percent below or above a level is a change against it. */
    {"Switzerland's watch exports were worth 10.6 billion francs in May 2025, 4.7% below the "
     "year-earlier level.",
     0, 1, "export", "Switzerland", NULL, "watch", 10600000000.0, "CHF", DOWN, 4.7, NULL,
     "year-on-year", NONE, "2025-05-01", "2025-05-31", NULL},
    /* An amount more or less than a base is the change's. */
    {"Mongolia's coal exports reached $1.5 billion in May 2025, $200 million more than a year "
     "earlier.",
     0, 1, "export", "Mongolia", NULL, "coal", 1500000000.0, "USD", UP, NONE, NULL, "year-on-year",
     NONE, "2025-05-01", "2025-05-31", NULL},
    /* An economy named only by description is that of the body reporting
     * the figure. */
    {"Exports from Asia's fourth-largest economy rose 6.8% to $16.3 billion in May 2025, South "
     "Korea's customs agency said.",
     0, 1, "export", "South Korea", NULL, NULL, 16300000000.0, "USD", UP, 6.8, NULL, NULL, NONE,
     "2025-05-01", "2025-05-31", "Korea's customs agency"},
    /* Services are a kind of trade; goods and services together are all
     * of it. */
    {"India's services exports rose 14.1 per cent to $38.6 billion in January 2025.", 0, 1,
     "export", "India", NULL, "services", 38600000000.0, "USD", UP, 14.1, NULL, NULL, NONE,
     "2025-01-01", "2025-01-31", NULL},
    {"The U.S. goods and services trade deficit widened 5.2% to $78.9 billion in January 2025.", 0,
     1, "balance", "United States", NULL, NULL, 78900000000.0, "USD", UP, 5.2, NULL, NULL, NONE,
     "2025-01-01", "2025-01-31", NULL},
    /* Re-exports are exports; "national" exports name no goods; Jordan's
     * dinars written "JD". */
    {"Jordan's national exports reached JD2.88 billion in April 2025, while re-exports stood "
     "at JD330 million.",
     1, 2, "export", "Jordan", NULL, NULL, 330000000.0, "JOD", NOCHG, NONE, NULL, NULL, NONE,
     "2025-04-01", "2025-04-30", NULL},
    {"Jordan's national exports reached JD2.88 billion in April 2025, while re-exports stood "
     "at JD330 million.",
     0, 2, "export", "Jordan", NULL, NULL, 2880000000.0, "JOD", NOCHG, NONE, NULL, NULL, NONE,
     "2025-04-01", "2025-04-30", NULL},
    /* A verb ends the commodity: "goods took effect" names none. */
    {"U.S. tariffs of 145% on Chinese goods took effect on April 10.", 0, 1, "tariff",
     "United States", "China", NULL, NONE, NULL, NOCHG, NONE, NULL, NULL, 145.0, "2025-04-10",
     "2025-04-10", NULL},
    {"Exports from Vietnam to the United States totalled $119.5 billion in 2024, up 23.2% from "
     "the previous year.",
     0, 1, "export", "Vietnam", "United States", NULL, 119500000000.0, "USD", UP, 23.2, NULL,
     "year-on-year", NONE, "2024-01-01", "2024-12-31", NULL},
    {"Russian oil exports to India dropped by about 10 percent month-on-month in July.", 0, 1,
     "export", "Russia", "India", "oil", NONE, NULL, DOWN, 10.0, "about", "month-on-month", NONE,
     "2025-07-01", "2025-07-31", NULL},
    {"China's imports of US soybeans plunged 50 percent in the first quarter.", 0, 1, "import",
     "China", "United States", "soybeans", NONE, NULL, DOWN, 50.0, NULL, NULL, NONE, "2025-01-01",
     "2025-03-31", NULL},
    {"UK exports to the EU fell by \u00a32.4bn in the first quarter, the Office for National "
     "Statistics said.",
     0, 1, "export", "United Kingdom", "European Union", NULL, NONE, NULL, DOWN, NONE, NULL, NULL,
     NONE, "2025-01-01", "2025-03-31", "Office for National Statistics"},
    {"Exports rose 6.1 percent in dollar terms to $321.8 billion in August, while imports "
     "increased 1.3 percent, leaving a surplus of $102.3 billion.",
     0, 3, "export", NULL, NULL, NULL, 321800000000.0, "USD", UP, 6.1, NULL, NULL, NONE,
     "2025-08-01", "2025-08-31", NULL},
    {"Exports rose 6.1 percent in dollar terms to $321.8 billion in August, while imports "
     "increased 1.3 percent, leaving a surplus of $102.3 billion.",
     1, 3, "import", NULL, NULL, NULL, NONE, NULL, UP, 1.3, NULL, NULL, NONE, "2025-08-01",
     "2025-08-31", NULL},
    {"Exports rose 6.1 percent in dollar terms to $321.8 billion in August, while imports "
     "increased 1.3 percent, leaving a surplus of $102.3 billion.",
     2, 3, "balance", NULL, NULL, NULL, 102300000000.0, "USD", NOCHG, NONE, NULL, NULL, NONE,
     "2025-08-01", "2025-08-31", NULL},
    {"Japan's exports to the US decreased 10.1 percent in August, marking a fifth straight month "
     "of decline, data from the Ministry of Finance showed.",
     0, 1, "export", "Japan", "United States", NULL, NONE, NULL, DOWN, 10.1, NULL, NULL, NONE,
     "2025-08-01", "2025-08-31", "Ministry of Finance"},
    {"In the January-August period, China-Russia trade reached 1.5 trillion yuan, down 8.1 percent "
     "from a year earlier.",
     0, 1, "total", "China", "Russia", NULL, 1500000000000.0, "CNY", DOWN, 8.1, NULL,
     "year-on-year", NONE, "2025-01-01", "2025-08-31", NULL},
    {"Swiss watch exports to the United States slumped 16.5 percent in July, the Federation of the "
     "Swiss Watch Industry said.",
     0, 1, "export", "Switzerland", "United States", "watch", NONE, NULL, DOWN, 16.5, NULL, NULL,
     NONE, "2025-07-01", "2025-07-31", "Federation of the Swiss Watch Industry"},
    {"Beijing slapped tariffs of up to 15% on US coal and liquefied natural gas.", 0, 1, "tariff",
     "China", "United States", "coal and liquefied natural gas", NONE, NULL, NOCHG, NONE, NULL,
     NULL, 15.0, NULL, NULL, NULL},
    {"India's merchandise exports grew 6.7% to $36.38 billion in August, while imports declined "
     "10.1% to $61.59 billion, pushing the trade deficit to $26.49 billion.",
     0, 3, "export", "India", NULL, NULL, 36380000000.0, "USD", UP, 6.7, NULL, NULL, NONE,
     "2025-08-01", "2025-08-31", NULL},
    {"India's merchandise exports grew 6.7% to $36.38 billion in August, while imports declined "
     "10.1% to $61.59 billion, pushing the trade deficit to $26.49 billion.",
     1, 3, "import", "India", NULL, NULL, 61590000000.0, "USD", DOWN, 10.1, NULL, NULL, NONE,
     "2025-08-01", "2025-08-31", NULL},
    {"India's merchandise exports grew 6.7% to $36.38 billion in August, while imports declined "
     "10.1% to $61.59 billion, pushing the trade deficit to $26.49 billion.",
     2, 3, "balance", "India", NULL, NULL, 26490000000.0, "USD", NOCHG, NONE, NULL, NULL, NONE,
     "2025-08-01", "2025-08-31", NULL},
    {"Bilateral trade between China and Brazil totaled $188 billion last year, up 4.2 percent.", 0,
     1, "total", "China", "Brazil", NULL, 188000000000.0, "USD", UP, 4.2, NULL, NULL, NONE,
     "2024-01-01", "2024-12-31", NULL},
    {"Indonesia's palm oil exports fell 12% in the first half of 2025 compared with the same "
     "period last year.",
     0, 1, "export", "Indonesia", NULL, "palm oil", NONE, NULL, DOWN, 12.0, NULL, "year-on-year",
     NONE, "2025-01-01", "2025-06-30", NULL},
    {"China's steel shipments to Vietnam rose 40% in the first half.", 0, 1, "export", "China",
     "Vietnam", "steel", NONE, NULL, UP, 40.0, NULL, NULL, NONE, "2025-01-01", "2025-06-30", NULL},
    {"Exports to Africa, China's fastest-growing market, surged 25 percent in the first eight "
     "months of this year.",
     0, 1, "export", "China", "Africa", NULL, NONE, NULL, UP, 25.0, NULL, NULL, NONE, "2025-01-01",
     "2025-08-31", NULL},
    /* an amount as the cue's object names the goods after "worth of" / "of" */
    {"Vietnam exported $4.2 billion worth of rice in the first half of 2024, up 12 percent "
     "year-on-year, customs data showed.",
     0, 1, "export", "Vietnam", NULL, "rice", 4200000000.0, "USD", UP, 12.0, NULL, "year-on-year",
     NONE, "2024-01-01", "2024-06-30", "customs"},
    {"The country exported 1.2 million tonnes of steel worth $800 million last year.", 0, 1,
     "export", NULL, NULL, "steel", 800000000.0, "USD", NOCHG, NONE, NULL, NULL, NONE, "2024-01-01",
     "2024-12-31", NULL},
    /* goods named before a participle stay; the subject of a verb does not (its object
     * before "worth" does) */
    {"Last year, soybeans imported from the US rose 5% to $3 billion.", 0, 1, "import", NULL,
     "United States", "soybeans", 3000000000.0, "USD", UP, 5.0, NULL, NULL, NONE, "2024-01-01",
     "2024-12-31", NULL},
    {"The company exported machinery parts worth $5 million to Kenya last year.", 0, 1, "export",
     NULL, "Kenya", "machinery parts", 5000000.0, "USD", NOCHG, NONE, NULL, NULL, NONE,
     "2024-01-01", "2024-12-31", NULL},
    /* A relative clause with a cue of its own, between the subject naming the
     * trade and the predicate with its numbers, speaks of something else. */
    {"The U.S. trade deficit with the European Union, whose exports to the United States now "
     "face a 15% tariff, came in at $19.5 billion in August, the Commerce Department said.",
     0, 1, "balance", "United States", "European Union", NULL, 19500000000.0, "USD", NOCHG, NONE,
     NULL, NULL, NONE, "2025-08-01", "2025-08-31", "Commerce Department"},
    {"Exports to China, whose imports of soybeans fell 20% last year, rose 7% to $4 billion in "
     "August.",
     0, 1, "export", NULL, "China", NULL, 4000000000.0, "USD", UP, 7.0, NULL, NULL, NONE,
     "2025-08-01", "2025-08-31", NULL},
    /* A relative clause after a subject with a cue is a remark on it, its
     * numbers and period no part of the figure; after goods, only its period
     * yields to the predicate's. */
    {"Exports to China, which had surged 18.2% in July ahead of a holiday, slumped 12.4% in "
     "August to $4.6 billion.",
     0, 1, "export", NULL, "China", NULL, 4600000000.0, "USD", DOWN, 12.4, NULL, NULL, NONE,
     "2025-08-01", "2025-08-31", NULL},
    {"Copper, which made up 52% of Chile's total exports last year, brought in $4.87 billion in "
     "August, up 9.2% from a year earlier.",
     0, 1, "export", "Chile", NULL, "copper", 4870000000.0, "USD", UP, 9.2, NULL, "year-on-year",
     NONE, "2025-08-01", "2025-08-31", NULL},
    /* Headline style: a signed percent after the cue is the change, a
     * balance below zero a deficit. */
    {"Japan Aug exports +2.4% y/y vs +3.0% forecast; imports -1.8% y/y, trade balance -\xc2\xa5"
     "1.18 trillion",
     1, 3, "import", "Japan", NULL, NULL, NONE, NULL, DOWN, 1.8, NULL, "year-on-year", NONE,
     "2025-08-01", "2025-08-31", NULL},
    {"Japan Aug exports +2.4% y/y vs +3.0% forecast; imports -1.8% y/y, trade balance -\xc2\xa5"
     "1.18 trillion",
     2, 3, "balance", "Japan", NULL, NULL, 1180000000000.0, "JPY", NOCHG, NONE, NULL, NULL, NONE,
     "2025-08-01", "2025-08-31", NULL},
    /* A denied direction is no change; the one stated after it is. */
    {"Turkey's imports of Russian crude did not fall in August, rising instead by 4.1% to $2 "
     "billion.",
     0, 1, "import", "Turkey", "Russia", "crude", 2000000000.0, "USD", UP, 4.1, NULL, NULL, NONE,
     "2025-08-01", "2025-08-31", NULL},
    /* A balance that swings changes with no direction "up" or "down" would
     * say (a deficit's amount is reported, not the balance's sign). */
    {"Argentina's trade balance swung to a surplus of $1.34 billion in August from a deficit of "
     "$210 million in the same month last year.",
     0, 1, "balance", "Argentina", NULL, NULL, 1340000000.0, "USD", 0, NONE, NULL, "year-on-year",
     NONE, "2025-08-01", "2025-08-31", NULL},
    {"The trade balance swung back into a deficit of $2 billion in August.", 0, 1, "balance", NULL,
     NULL, NULL, 2000000000.0, "USD", 0, NONE, NULL, NULL, NONE, "2025-08-01", "2025-08-31", NULL},
    /* The euro zone, written in lower case. */
    {"Exports from the euro area fell 3.4% to \xe2\x82\xac"
     "221.6 billion in August, Eurostat said.",
     0, 1, "export", "euro zone", NULL, NULL, 221600000000.0, "EUR", DOWN, 3.4, NULL, NULL, NONE,
     "2025-08-01", "2025-08-31", "Eurostat"},
    /* Wire headlines: a bare month after the economy, a closing credit
     * after a dash, a shortened compass word and goods with signed
     * changes after the total. */
    {"Malaysia Aug exports -2.1% y/y; imports +4.4%; trade surplus RM9.8 bln - MATRADE", 2, 3,
     "balance", "Malaysia", NULL, NULL, 9800000000.0, "MYR", NOCHG, NONE, NULL, NULL, NONE,
     "2025-08-01", "2025-08-31", "MATRADE"},
    {"S.Korea Aug exports +3.8% y/y at $53.6 bln; chips +22.1%, cars -9.4% - trade ministry", 1, 3,
     "export", "South Korea", NULL, "chips", NONE, NULL, UP, 22.1, NULL, "year-on-year", NONE,
     "2025-08-01", "2025-08-31", "trade ministry"},
    /* A signed change after the cue's amount and a comma; goods between
     * a bare month and the cue; "trln". */
    {"Pakistan Aug exports $2.9bn, -3.4% m/m, +7.1% y/y - PBS", 0, 1, "export", "Pakistan", NULL,
     NULL, 2900000000.0, "USD", DOWN, 3.4, NULL, "month-on-month", NONE, "2025-08-01", "2025-08-31",
     "PBS"},
    {"Chile Aug copper exports US$5.6 bln, +21% y/y - central bank", 0, 1, "export", "Chile", NULL,
     "copper", 5600000000.0, "USD", UP, 21.0, NULL, "year-on-year", NONE, "2025-08-01",
     "2025-08-31", "central bank"},
    {"Japan logged a trade deficit of 1.62 trln yen in August.", 0, 1, "balance", "Japan", NULL,
     NULL, 1620000000000.0, "JPY", NOCHG, NONE, NULL, NULL, NONE, "2025-08-01", "2025-08-31", NULL},
    /* An official's title after the economy served is the source, and the
     * economy the reporter. */
    {"Exports rose 5% to $3 billion in August, South Korea's trade minister said.", 0, 1, "export",
     "South Korea", NULL, NULL, 3000000000.0, "USD", UP, 5.0, NULL, NULL, NONE, "2025-08-01",
     "2025-08-31", "South Korea's trade minister"},
    /* A clause of its own after "as" and a tariff with its rate; a base
     * after "compared to" with its period; "N" for the naira with a
     * scale. */
    {"Exports to the United States fell 18.6% to $14.21 billion in August as the 30% tariff "
     "imposed by Washington continued to weigh on shipments.",
     0, 2, "export", NULL, "United States", NULL, 14210000000.0, "USD", DOWN, 18.6, NULL, NULL,
     NONE, "2025-08-01", "2025-08-31", NULL},
    {"Total exports stood at $22.46 billion in August, representing a 31.8 per cent increase "
     "compared to $17.04 billion in August 2024.",
     0, 1, "export", NULL, NULL, NULL, 22460000000.0, "USD", UP, 31.8, NULL, NULL, NONE,
     "2025-08-01", "2025-08-31", NULL},
    {"Nigeria's exports rose 5% to N694.3bn in August.", 0, 1, "export", "Nigeria", NULL, NULL,
     694300000000.0, "NGN", UP, 5.0, NULL, NULL, NONE, "2025-08-01", "2025-08-31", NULL},
    /* Seasons: to date from the first day the text gives, and a part of
     * the season under way named by its months. */
    {"Russia's wheat exports since the start of the 2025/26 season on July 1 reached an estimated "
     "11.2 million tonnes by Sept. 25, consultancy SovEcon said.",
     0, 1, "export", "Russia", NULL, "wheat", NONE, NULL, NOCHG, NONE, NULL, NULL, NONE,
     "2025-07-01", "2025-09-25", "SovEcon"},
    {"Australia's wheat exports in the first four months of the October-September marketing year "
     "rose 6.9% from a year earlier to 9.76 million tonnes, the ABS said.",
     0, 1, "export", "Australia", NULL, "wheat", NONE, NULL, UP, 6.9, NULL, "year-on-year", NONE,
     "2024-10-01", "2025-01-31", "ABS"},
    /* A publication's "trade" is not the clause's cue when a flow follows
     * ("preliminary trade statistics", "its note on external trade"); a
     * verb of rising before the cue and its economy takes the change
     * after "by". */
    {"According to the Ministry of Finance's preliminary trade statistics for August, Japan's "
     "exports were ¥10.27 trillion (+5.8% y/y).",
     0, 1, "export", "Japan", NULL, NULL, 10.27e12, "JPY", UP, 5.8, NULL, "year-on-year", NONE,
     "2025-08-01", "2025-08-31", "Ministry of Finance"},
    /* (from a review) "lifts" as goods; a verb of motion before "by" and
     * no number keeps its direction; earnings from an economy's sector
     * are its own; a percent that is another verb's object is no change;
     * a clause after a tariff takes its slots from the figure before the
     * tariff; a public body speaking of the world's trade names no
     * reporter. */
    {"Exports of lifts and escalators fell 12% to $450 million in August.", 0, 1, "export", NULL,
     NULL, "lifts and escalators", 450e6, "USD", DOWN, 12.0, NULL, NULL, NONE, "2025-08-01",
     "2025-08-31", NULL},
    {"Imports surged by over a quarter to $7 billion in August.", 0, 1, "import", NULL, NULL, NULL,
     7e9, "USD", UP, NONE, NULL, NULL, NONE, "2025-08-01", "2025-08-31", NULL},
    {"Export earnings from Kenya's tea sector rose 9% to 215 billion shillings in 2024.", 0, 1,
     "export", "Kenya", NULL, NULL, 215e9, "KES", UP, 9.0, NULL, NULL, NONE, "2024-01-01",
     "2024-12-31", NULL},
    {"Imports totalled $5.6 billion in August, with oil costing 25% more.", 0, 1, "import", NULL,
     NULL, NULL, 5.6e9, "USD", NOCHG, NONE, NULL, NULL, NONE, "2025-08-01", "2025-08-31", NULL},
    {"Britain's exports to the United States fell 15% to £830 million in August after a 10% US "
     "tariff took effect, while imports rose 2% to £1 billion.",
     2, 3, "import", "United Kingdom", "United States", NULL, 1e9, "GBP", UP, 2.0, NULL, NULL, NONE,
     "2025-08-01", "2025-08-31", NULL},
    {"Global LNG exports rose 5% to $200 billion in August, the U.S. Energy Information "
     "Administration said.",
     0, 1, "export", NULL, NULL, "LNG", 200e9, "USD", UP, 5.0, NULL, NULL, NONE, "2025-08-01",
     "2025-08-31", "U.S. Energy Information Administration"},
    /* A part's goods may end on a generic word and join two words by "and"
     * ("electrical and electronic products"). */
    {"Malaysia's exports rose 6.9% to RM131.4 billion in August, with electrical and electronic "
     "products contributing RM58.9 billion.",
     1, 2, "export", "Malaysia", NULL, "electrical and electronic products", 58.9e9, "MYR", NOCHG,
     NONE, NULL, NULL, NONE, "2025-08-01", "2025-08-31", NULL},
    /* The preposition before "other" names the partner's role. */
    {"Germany's exports to other European Union member states rose 2.1% on the year to €67.3 "
     "billion in July.",
     0, 1, "export", "Germany", "European Union", NULL, 67.3e9, "EUR", UP, 2.1, NULL,
     "year-on-year", NONE, "2025-07-01", "2025-07-31", NULL},
    /* "¥" is the yuan for China and its divisions, the yen elsewhere. */
    {"Guangdong's foreign trade reached ¥6.12 trillion in the first eight months of the year, up "
     "4.3% year on year.",
     0, 1, "total", "Guangdong", NULL, NULL, 6.12e12, "CNY", UP, 4.3, NULL, "year-on-year", NONE,
     "2025-01-01", "2025-08-31", NULL},
    {"Japan's exports to China rose 5.8% to ¥1.27 trillion in August.", 0, 1, "export", "Japan",
     "China", NULL, 1.27e12, "JPY", UP, 5.8, NULL, NULL, NONE, "2025-08-01", "2025-08-31", NULL},
    /* A tariff that explains the figure after "after", "following" or
     * "despite" is a clause of its own. */
    {"Uganda's exports to the United States dropped 12.4% to $96.3 million in August after "
     "Washington imposed a 15% tariff on Ugandan goods.",
     0, 2, "export", "Uganda", "United States", NULL, 96.3e6, "USD", DOWN, 12.4, NULL, NULL, NONE,
     "2025-08-01", "2025-08-31", NULL},
    {"Uganda's exports to the United States dropped 12.4% to $96.3 million in August after "
     "Washington imposed a 15% tariff on Ugandan goods.",
     1, 2, "tariff", "United States", "Uganda", NULL, NONE, NULL, NOCHG, NONE, NULL, NULL, 15.0,
     "2025-08-01", "2025-08-31", NULL},
    /* "4.7 percent less compared to ..." as a fall; "demand from" other
     * economies names none of the trade's; a part's own change after its
     * amount ("brought in $864.2 million, up 6.3%"). */
    {"Azerbaijan's foreign trade turnover amounted to $12.38 billion in August, which is 4.7 "
     "percent less compared to the same period of 2024.",
     0, 1, "total", "Azerbaijan", NULL, NULL, 12.38e9, "USD", DOWN, 4.7, NULL, "year-on-year", NONE,
     "2025-08-01", "2025-08-31", NULL},
    {"Exports of fruit and vegetables climbed 17.9% to $412.7 million in August on stronger demand "
     "from Russia, Kazakhstan and China.",
     0, 1, "export", NULL, NULL, "fruit and vegetables", 412.7e6, "USD", UP, 17.9, NULL, NULL, NONE,
     "2025-08-01", "2025-08-31", NULL},
    /* A public body's name names the economy of a figure that names none
     * ("the Bank of Ghana"; not a company's, "Bank of America"); a pronoun
     * before the cue names no goods. */
    {"\"We exported goods worth US$26.1 billion in August,\" Bank of Ghana Governor Kwesi Appiah "
     "said.",
     0, 1, "export", "Ghana", NULL, NULL, 26.1e9, "USD", NOCHG, NONE, NULL, NULL, NONE,
     "2025-08-01", "2025-08-31", "Bank of Ghana Governor Kwesi Appiah"},
    {"Exports rose 3% to $5 billion in August, Bank of America said.", 0, 1, "export", NULL, NULL,
     NULL, 5e9, "USD", UP, 3.0, NULL, NULL, NONE, "2025-08-01", "2025-08-31", "Bank of America"},
    {"Oil and gold sales lifted Senegal's exports by 31.4% to 412.7 billion CFA francs in August, "
     "the ANSD said in its monthly note on external trade.",
     0, 1, "export", "Senegal", NULL, NULL, 412.7e9, "XOF", UP, 31.4, NULL, NULL, NONE,
     "2025-08-01", "2025-08-31", "ANSD"},
};

START_TEST(test_rows)
{
    const fig_row *r = &rows[_i];
    ad_article *art = fig_one(r->text, "2025-09-29T09:33:00+08:00");
    ck_assert_msg(art->n_figures == (size_t)r->n, "%s: %zu figures, want %d", r->text,
                  art->n_figures, r->n);
    const ad_figure *f = &art->figures[r->idx];
    ck_assert_str_eq(flow_names[f->flow], r->flow);
    ad_test_str_is(f->reporter, r->reporter);
    ad_test_str_is(f->partner, r->partner);
    ad_test_str_is(f->commodity, r->commodity);
    if (r->amount == NONE) {
        ck_assert_int_eq(f->value.present, 0);
    } else {
        ck_assert_int_eq(f->value.present, 1);
        ck_assert_double_eq_tol(f->value.amount, r->amount, 0.5);
        ck_assert_str_eq(f->value.currency, r->currency);
        ck_assert_ptr_nonnull(f->value.text);
    }
    if (r->direction == NOCHG) {
        ck_assert_int_eq(f->change.present, 0);
    } else {
        ck_assert_int_eq(f->change.present, 1);
        ck_assert_int_eq(f->change.direction, r->direction);
        ck_assert_int_eq(f->change.has_percent, r->percent != NONE);
        if (r->percent != NONE)
            ck_assert_double_eq_tol(f->change.percent, r->percent, 1e-9);
        ad_test_str_is(f->change.qualifier, r->qualifier);
        ad_test_str_is(f->change.basis, r->basis);
    }
    ck_assert_int_eq(f->has_rate, r->rate != NONE);
    if (r->rate != NONE)
        ck_assert_double_eq_tol(f->rate, r->rate, 1e-9);
    ck_assert_int_eq(f->period.present, r->start != NULL);
    ad_test_str_is(f->period.start, r->start);
    ad_test_str_is(f->period.end, r->end);
    ad_test_str_is(f->source, r->source);
    ck_assert_uint_eq(f->paragraph, 0);
    ck_assert_str_eq(f->sentence, r->text);
    ad_article_free(art);
}
END_TEST

/* Sentences with a cue word (or a near miss) and a number, but no figure. */
static const char *const no_figure[] = {
    /* Figures given on a poll's word are expected, not reported. */
    "Economists expect the statistics office to report that the trade deficit narrowed to about "
    "C$2.5 billion in August, according to a Reuters poll.",
    /* A tariff under consultation is not in force. */
    "Britain is consulting on a 25% tariff on steel imports, the department said on Friday.",
    /* Nor is one threatened, considered or suspended, nor duties' takings. */
    "Ottawa said it was considering a 25% surtax on U.S. furniture and appliances.",
    "Washington and Beijing agreed to extend the suspension of a planned 24% additional tariff on "
    "Chinese goods.",
    "Separately, the Treasury Department said customs duties brought in $30.6 billion in August, "
    "up from $27.9 billion a year earlier.",
    /* Money paid out because of tariffs is no tariff, nor what tariffs
     * cost those who pay them. */
    "The administration has paid farmers $12 billion in tariff relief.",
    "\"Every year we pay more than 120 million dollars in tariffs on beef alone,\" said the head "
    "of the meatpackers' chamber.",
    /* A number before "as" and a balance cue after it is the first
     * subject's. */
    "Japan's current account surplus hit a record 31.2 trillion yen in 2024, the ministry said, as "
    "income from overseas investments offset a deficit in goods trade.",
    "The Commission estimates that the agreement will raise EU exports to the bloc by up to 39% a "
    "year, or about 49 billion euros.",
    /* A modal and a verb of change before the cue: a projection. */
    "The department estimates that the agreement will increase bilateral trade by 8.6 billion "
    "pounds a year, adding 1.6 billion pounds to GDP.",
    /* A forecast's verb before goods joined by "and" and the cue. */
    "\"We expect goods and services exports to cross $900 billion this fiscal,\" the commerce "
    "secretary said.",
    /* What earns money but is no goods, after a clause word. */
    "Officials said the rise in imports was manageable as remittances had reached $24.1 billion.",
    "Paraguay's soybean harvest is forecast at 10.8 million tonnes, of which about 6.9 million "
    "tonnes could be exported.",
    "The export group said members shipped more this year.",
    "Washington and New Delhi agreed to cut tariffs on a range of farm goods, and officials said "
    "two-way trade could reach $500 billion by 2030.",
    /* From the review of the rules for answers and allegations: an answer
     * that is a sentence of its own; a claim with "that". */
    "Why are Kenya's exports to Uganda falling? Uganda's economy grew only 4.6% in 2024.",
    "How big are Kenya's exports to Uganda? The government spent $200 million on the new border "
    "post in 2024.",
    "An MP alleged that India's imports from China had crossed $150 billion in 2024.",
    /* Export financing, a duty collected. */
    "BNDES approved R$ 12.4 billion in export financing in the first eight months, up 18% year on "
    "year, Agencia Brasil reported.",
    "Kazakhstan's budget received 1.48 trillion tenge in export customs duties on crude oil in "
    "January-August, the Finance Ministry said.",
    /* A participle before "by" names a cause, not the change. */
    "Nigeria's foreign exchange reserves, boosted by oil export receipts, rose to $38.5 billion in "
    "August, the central bank said.",
    /* Import cover, and what finances a trade gap. */
    "Foreign reserves stood at $1.21 billion at the end of June, enough to cover 11.4 months of "
    "imports of goods and services.",
    "Remittance receipts, which finance much of the trade gap, rose 4.2 percent to $498.2 million "
    "over the same period.",
    /* (from a review) securities bought abroad. */
    "Japan's purchases abroad of foreign bonds rose 20% to 3 trillion yen in August.",
    /* Forecasts whose word stands far before the cue, a target's verb,
     * a counterfactual past a comma. */
    "Analysts had expected the euro area's seasonally adjusted trade surplus to shrink to around "
    "12 billion euros in August.",
    "The International Monetary Fund expects Sri Lanka's merchandise exports to reach about $14.2 "
    "billion in 2026.",
    "Vietnam's government has set a target of raising merchandise exports by 12% to about $530 "
    "billion in 2026.",
    "Excluding the one-off import of a passenger aircraft, Iceland's goods imports in August "
    "would have been about ISK 7 billion lower.",
    /* A company's sales abroad (an economy's are exports). */
    "Walmart's sales abroad rose 3% to $20 billion in August.",
    /* A company's sales abroad or foreign sales are no trade figures. */
    "Walmart's sales abroad rose 8% to $30 billion in the quarter even as US exports fell.",
    "Zara owner Inditex said sales abroad rose 12% to 20 billion euros.",
    "Bank of China's foreign sales of bonds rose to $5 billion in May.",
    "The retailer's sales abroad rose 5% to $2 billion in May.",
    "Russia's share of India's crude imports rose to 35% in May from 31%.",
    "The ratio of exports to imports fell to 70.7% from 74.1% a year earlier.",
    "Samsung's overseas sales rose 18% to $3.9 billion in May.",
    /* A quota, a budget's assumption, a duty collection, quotas kept. */
    "Uzbekistan has set a quota of 300,000 tonnes for cotton fibre exports in the 2025/26 season, "
    "the agriculture ministry said, as it pushes local mills to process more of the crop.",
    "Sri Lanka's 2025 budget assumes merchandise exports of $15 billion for the year, figures the "
    "central bank governor called achievable.",
    "Sri Lanka's 2025 budget assumes merchandise exports of $15 billion and an import bill of $22 "
    "billion for the year.",
    "The customs division collected 4.2 billion cedis in import duties in the first quarter.",
    "Brent settled at $66.12 a barrel after OPEC+ kept export quotas unchanged.",
    /* A tariff only proposed; money for export promotion. */
    "The European Commission has proposed raising tariffs on Russian fertilisers to 40%, a plan "
    "that still needs the approval of member states.",
    "Zambia's budget sets aside 4.2 billion kwacha for export promotion and trade facilitation, "
    "the finance minister told parliament.",
    "Walmart's purchases from China rose 5% to $2 billion last year.",
    /* A gap of something else; a market trading with a gain. */
    "While the investment gap with Vietnam shrank to $12.4 billion, the budget deficit widened.",
    "Brent crude traded with a gain of 2% at $85 a barrel on Tuesday.",
    /* A percent of another measure ("5.0 percent GDP growth"). */
    "Net exports contributed 1.6 percentage points to China's 5.0 percent GDP growth in the first "
    "half, the statistics bureau said.",
    /* A measure of the trade, not the trade: terms of trade, a share; a
     * target and a path "on track to" a level. */
    "Australia's terms of trade fell 2.8 per cent in the June quarter as iron ore prices eased.",
    "Chinese suppliers' share of U.S. goods imports fell to 9.1% in the first half from 13.4% a "
    "year earlier.",
    "Vietnam's government is targeting export growth of 12% this year.",
    "The minister said the country was on track to exceed $950 billion in total trade by December.",
    /* A forecast word before the cue and "to" after it. */
    "The ministry expects exports to grow between 1% and 3% this year, citing a stronger baht, "
    "which has gained about 4% against the dollar.",
    /* Tariffs that are only possible; a current account's surplus. */
    "If the United States imposed a 25% tariff on Mexican goods, prices would rise.",
    "Turkey's current-account surplus was $1.9 billion in August, the central bank said.",
    "Turkey's current account posted a surplus of $1.9 billion in August.",
    "If talks collapse, Washington could impose tariffs of as much as 60% on Chinese goods.",
    "Philippine lawmakers have filed a bill that would raise the tariff on imported rice to 35 "
    "percent.",
    "Trade talks resumed in Geneva on Monday after a 15-month pause.",
    "A 15-year-old exporter of handicrafts won an award.",
    "The tariff debate has dominated the campaign for 3 weeks.",
    "Exports are important to the economy, officials said.",
    "The World Trade Organization has 166 members.",
    "The company, a major exporter, reported revenue of $5 billion.",
    "The budget deficit reached 6.4 percent of GDP in 2024.",
    "He described his official duties in 2023 as demanding.",
    "Exports account for about 20 percent of the country's GDP.",
    "The trade war that began in 2018 has cost farmers $27 billion.",
    "The US Trade Representative said 12 countries had agreed to the deal.",
    "Imports, the minister said, would be reviewed over the next 90 days.",
    "Both sides signed a $10 billion trade deal.",
    "The export controls cover 20 kinds of chips.",
    "China is the largest trading partner of 120 countries.",
    "Shipments of the new phone begin on September 19 at $799.",
    "China and the DPRK have seen increasingly active economic exchanges and trade in recent "
    "years.",
    "Tariffs are a tax paid by importers, economists say.",
    "Exporters said 3 ports were closed by the storm.",
    /* Not trade: insurers' and dieters' surpluses, a craft, prices, shares. */
    "Policyholders' surplus rose 17.4% to $1.1 tn by the end of 2024.",
    "For a muscle gain goal of 0.25% per week, aim for a 250-calorie-per-day surplus.",
    "Typical hourly rates range from $50 to $150, depending on the trade and region.",
    "$18 / month: remove the watermark and export up to 25 minutes of video.",
    "Plus ($11.99/mo billed annually): 1080p exports and 5 stock clips per project.",
    "Rising costs, as well as tariffs and taxes, are why 48% of small businesses plan to "
    "raise prices.",
    "Food products made up 55% of the value of all the country's exports in 2014; wood was "
    "the second largest earner (7%).",
    "Dairy products accounted for 17.7% ($14.1 billion) of total exports.",
    /* Another measure's change, trade named only after it; prices and
     * orders of exports; a target beyond the publication date. */
    "Samsung's quarterly revenue rose 8.7% to 86 trillion won, boosted by strong chip exports.",
    "Oil prices have risen 5% this month, lifting exports.",
    "Japan's import price index rose 2.1% in August from a year earlier.",
    "Taiwan's export orders rose 25.1% to $72.9 billion in August.",
    "India aims to raise exports to $1 trillion by 2030.",
    "Exports to China were 4% more than analysts had expected in August.",
    "Rice exports are seen at 7.5 million tonnes this year, traders said.",
    /* From the third reviewer's near misses: a price, a company's sales, a
     * poll, a plan, reserves, quotas. */
    "Benchmark copper rose 1.3% to $9,870 a metric ton as Chinese imports picked up.",
    "Foxconn reported August sales of T$615 billion, up 11% year on year, on strong exports of "
    "AI servers.",
    "Analysts polled by Reuters expect Japan's exports to have risen 3.2% year-on-year in August.",
    "Kazakhstan plans to increase grain exports to 12 million tonnes in the 2026/27 season.",
    "Nigeria's foreign exchange reserves, boosted by oil export receipts, rose to $38.5 billion.",
    "Brent crude futures settled up 87 cents, or 1.3%, at $66.12 a barrel after OPEC+ kept "
    "export quotas unchanged.",
    "Brazil's soybean harvest reached a record 169 million tonnes this season, underpinning "
    "exports, Conab said.",
    "Saudi Arabia pumped 9.8 million barrels per day in August and plans to raise exports.",
    "Imports will need to rise by 20% over the next decade.",
    "Japan's current account surplus narrowed to 1.2 trillion yen in August.",
    "Brazil's soybean exports are expected to reach 110 million tonnes in 2025.",
    "The trade balance posted a surplus, compared with a deficit of $300m a year earlier.",
    /* A permission; a forecast's clause after a comma. */
    "The kingdom will allow exports of up to 500,000 tonnes of dates this year, Saudi Arabia's "
    "ministry said.",
    "Philippines Aug exports seen +2.5% y/y, imports -1.0% - Reuters poll",
    /* A forecast past the period named after the cue; "likely to". */
    "Economists expect South Korea's exports in August to have risen about 6% from a year "
    "earlier.",
    "Chip shipments were likely to have grown more than 20% in August, economists said.",
    /* A swing of something else than the trade. */
    "The company swung to a profit of $3 billion as exports rose.",
    /* A volume names no economy: a garden, not trade. */
    "Some 10,000 pounds of black olive trees imported from a nursery will do the trick.",
    /* A bound after a negation, and a denied figure. */
    "Cuba's sugar exports did not exceed 200,000 tonnes in any of the past five harvests.",
    "Exports never topped $1 billion in any year of the decade.",
    "The board denied reports that exports of gold to the UAE had exceeded 100 tonnes last year.",
};

/* Volumes of goods: a figure of their own when an economy is named, beside
 * a value when the sentence gives both. */
typedef struct vol_row {
    const char *text;
    const char *flow, *reporter, *partner, *commodity;
    double amount;
    const char *unit, *text_span;
    double value; /* NONE when no money value */
} vol_row;

static const vol_row vol_rows[] = {
    /* "MMT" in capitals is million metric tonnes; "per GAC data" a source
     * (checked in slot rows). */
    {"China imported 61.2 MMT of soybeans in H1, up 3.4% y/y, per GAC data.", "import", "China",
     NULL, "soybeans", 6.12e7, "tonne", "61.2 MMT", NONE},
    {"Exports of soybeans from Brazil to China reached 73 million tonnes last year.", "export",
     "Brazil", "China", "soybeans", 7.3e7, "tonne", "73 million tonnes", NONE},
    {"China imported 2.3 million barrels per day of Russian crude in May.", "import", "China",
     "Russia", "crude", 2.3e6, "barrel/day", "2.3 million barrels per day", NONE},
    {"India exported 22.5 million tonnes of rice in 2024, worth $11.2 billion.", "export", "India",
     NULL, "rice", 2.25e7, "tonne", "22.5 million tonnes", 1.12e10},
    {"Norway's gas exports rose 10% to 20 bcm in the third quarter.", "export", "Norway", NULL,
     "gas", 2e10, "cubic metre", "20 bcm", NONE},
    /* "Units" count goods in a trade clause. */
    {"Mexico's exports of light trucks to Canada fell 4% to 151,200 units in May.", "export",
     "Mexico", "Canada", "light trucks", 151200, "unit", "151,200 units", NONE},
};

START_TEST(test_volumes)
{
    const vol_row *r = &vol_rows[_i];
    ad_article *art = fig_one(r->text, "2025-09-29");
    ck_assert_msg(art->n_figures == 1, "\"%s\": %zu figures", r->text, art->n_figures);
    const ad_figure *f = &art->figures[0];
    ck_assert_str_eq(flow_names[f->flow], r->flow);
    ck_assert_str_eq(f->reporter ? f->reporter : "-", r->reporter ? r->reporter : "-");
    ck_assert_str_eq(f->partner ? f->partner : "-", r->partner ? r->partner : "-");
    ck_assert_str_eq(f->commodity ? f->commodity : "-", r->commodity ? r->commodity : "-");
    ck_assert(f->volume.present);
    ck_assert_double_eq_tol(f->volume.amount, r->amount, r->amount * 1e-12);
    ck_assert_str_eq(f->volume.unit, r->unit);
    ck_assert_str_eq(f->volume.text, r->text_span);
    ck_assert_int_eq(f->value.present, r->value != NONE);
    if (r->value != NONE)
        ck_assert_double_eq_tol(f->value.amount, r->value, r->value * 1e-12);
    ad_article_free(art);
}
END_TEST

/* A change given as an amount keeps it: money or a volume, never the level. */
typedef struct by_row {
    const char *text;
    double amount; /* NONE: no amount for the change */
    const char *currency, *unit, *span;
    double level; /* the value, NONE when none */
} by_row;

static const by_row by_rows[] = {
    {"UK exports to the EU fell by \u00a32.4bn in the first quarter.", 2.4e9, "GBP", NULL,
     "\u00a32.4bn", NONE},
    {"Australia's coal exports fell by 3 million tonnes in the quarter.", 3e6, "", "tonne",
     "3 million tonnes", NONE},
    {"Japan's exports to China rose by $1.2 billion to $14 billion in May.", 1.2e9, "USD", NULL,
     "$1.2 billion", 1.4e10},
    {"Russian oil exports to India dropped by about 10 percent in July.", NONE, NULL, NULL, NULL,
     NONE},
    {"South Africa's trade surplus came in at R21.7 billion in August, down from R30 billion.",
     NONE, NULL, NULL, NULL, 2.17e10},
    {"Goods exports to China fell NZ$412 million, or 12%, in the year to August.", 4.12e8, "NZD",
     NULL, "NZ$412 million", NONE},
    /* A measure after the cue is the trade's own. */
    {"U.S. export sales rose by 200,000 tonnes in the week, the USDA said.", 2e5, "", "tonne",
     "200,000 tonnes", NONE},
    /* Without "by": an amount right after the verb, then the level after "to". */
    {"Imports of goods decreased $13.0 billion, or 3.7%, to $340.4 billion in September.", 1.3e10,
     "USD", NULL, "$13.0 billion", 3.404e11},
    {"The goods deficit with China decreased $2.3 billion to $14.0 billion.", 2.3e9, "USD", NULL,
     "$2.3 billion", 1.4e10},
    {"Exports to Canada rose $40 billion to $50 billion, officials said.", 4e10, "USD", NULL,
     "$40 billion", 5e10},
};

START_TEST(test_change_by)
{
    const by_row *r = &by_rows[_i];
    ad_article *art = fig_one(r->text, "2025-09-29");
    ck_assert_msg(art->n_figures == 1, "\"%s\": %zu figures", r->text, art->n_figures);
    const ad_change *ch = &art->figures[0].change;
    ck_assert(ch->present);
    ck_assert_int_eq(ch->by.present, r->amount != NONE);
    if (r->amount != NONE) {
        ck_assert_double_eq_tol(ch->by.amount, r->amount, r->amount * 1e-12);
        ck_assert_str_eq(ch->by.currency, r->currency);
        ad_test_str_is(ch->by.unit, r->unit);
        ck_assert_str_eq(ch->by.text, r->span);
    }
    const ad_money *v = &art->figures[0].value;
    ck_assert_int_eq(v->present, r->level != NONE);
    if (r->level != NONE)
        ck_assert_double_eq_tol(v->amount, r->level, r->level * 1e-12);
    ad_article_free(art);
}
END_TEST

/* Regions as partners, a pronoun clause taking the flow before it, the
 * trade balance and its side. */
typedef struct side_row {
    const char *text;
    int n, idx;
    const char *flow, *reporter, *partner, *balance;
} side_row;

static const side_row side_rows[] = {
    {"Shipments to Europe were down 3.8%, while those to Southeast Asia rose 15.6%.", 2, 0,
     "export", NULL, "Europe", NULL},
    {"Shipments to Europe were down 3.8%, while those to Southeast Asia rose 15.6%.", 2, 1,
     "export", NULL, "Southeast Asia", NULL},
    {"Exports to Africa rose 12% to $170 billion in the first 10 months.", 1, 0, "export", NULL,
     "Africa", NULL},
    {"Japan's trade balance swung to a deficit of 234.6 billion yen in August.", 1, 0, "balance",
     "Japan", NULL, "deficit"},
    {"The Philippines' trade gap widened 12% to $4.9 billion in August.", 1, 0, "balance",
     "Philippines", NULL, "deficit"},
    {"China's trade surplus with the United States narrowed to $28.3 billion in July.", 1, 0,
     "balance", "China", "United States", "surplus"},
    {"Peru shipped 2.4 million tonnes of copper in 2024, 4% more than a year earlier.", 1, 0,
     "export", "Peru", NULL, NULL},
    {"South Africa's trade surplus was R21.7 billion in August, up from a revised R14.3 billion.",
     1, 0, "balance", "South Africa", NULL, "surplus"},
};

START_TEST(test_sides)
{
    const side_row *r = &side_rows[_i];
    ad_article *art = fig_one(r->text, "2025-09-29");
    ck_assert_msg(art->n_figures == (size_t)r->n, "\"%s\": %zu figures", r->text, art->n_figures);
    const ad_figure *f = &art->figures[r->idx];
    ck_assert_str_eq(flow_names[f->flow], r->flow);
    ad_test_str_is(f->reporter, r->reporter);
    ad_test_str_is(f->partner, r->partner);
    ad_test_str_is(f->balance, r->balance);
    if (strstr(r->text, "up from a revised"))
        ck_assert_int_eq(f->change.direction, 1);
    ad_article_free(art);
}
END_TEST

/* Sources named before a bracket or after a description, goods at a
 * sentence's start, "shipped", "duties of N%", economies named in full. */
typedef struct slot_row {
    const char *text;
    const char *flow, *reporter, *partner, *commodity, *source;
} slot_row;

static const slot_row slot_rows[] = {
    /* An economy in a relative clause about the subject is no partner. */
    {"Coal exports from Mongolia, which sends almost all of its coal to China, rose 7.1% to 14.2 "
     "million tonnes in August.",
     "export", "Mongolia", NULL, "coal", NULL},
    {"Germany's exports rose 1.4% in August, the Federal Statistical Office (Destatis) said.",
     "export", "Germany", NULL, NULL, "Federal Statistical Office"},
    {"Coffee exports from Brazil fell 20% in August, according to exporters group Cecafe.",
     "export", "Brazil", NULL, "coffee", "Cecafe"},
    /* Trade blocs are partners. */
    {"Kuwait's non-oil exports to the Gulf Cooperation Council (GCC) countries rose 6.3% to KD "
     "412.6 million in the second quarter.",
     "export", "Kuwait", "Gulf Cooperation Council", "non-oil", NULL},
    {"Iran's exports to the Eurasian Economic Union rose 5% to $2 billion in 2024.", "export",
     "Iran", "Eurasian Economic Union", NULL, NULL},
    {"Brazil's exports to Mercosur countries rose 11.4% to $1.86 billion in August.", "export",
     "Brazil", "Mercosur", NULL, NULL},
    /* From a review of these rules: a cited cause holding a body's name,
     * "data of" a period, a body "under" an act, a member described by its
     * bloc, an acronym that is no goods, "still wine". */
    {"Argentina's beef exports fell 15% to $250 million in August, meatpackers said, citing "
     "Central Bank currency controls.",
     "export", "Argentina", NULL, "beef", NULL},
    {"Kazakhstan's exports to Russia rose 5% to $8 billion, according to data of January-August "
     "2025.",
     "export", "Kazakhstan", "Russia", NULL, NULL},
    {"Kenya's apparel exports to the US rose 12% to $600 million in 2024, according to the Export "
     "Processing Zones Authority under the African Growth and Opportunity Act.",
     "export", "Kenya", "United States", "apparel", "Export Processing Zones Authority"},
    {"Saudi Arabia, OPEC's largest producer, exported 7 million barrels per day in August, down "
     "5%.",
     "export", "Saudi Arabia", NULL, NULL, NULL},
    {"India's special economic zone (SEZ) exports rose 10% to $20 billion in August.", "export",
     "India", NULL, NULL, NULL},
    {"Australia's still wine exports rose 5% in 2024.", "export", "Australia", NULL, "still wine",
     NULL},
    /* A body's acronym in brackets before "data shows". */
    {"Kenya's horticultural exports rose 12% to Sh 198.4 billion in 2024, Agriculture and Food "
     "Authority (AFA) data shows.",
     "export", "Kenya", NULL, "horticultural", "Agriculture and Food Authority"},
    /* "data of" a body; a balance said to be negative is a deficit. */
    {"Trade between Russia and China rose 3.1% to $198.6 bln in January-August, according to data "
     "of the General Administration of Customs of the PRC.",
     "total", "Russia", "China", NULL, "General Administration of Customs of the PRC"},
    /* A publication's publisher is the source. */
    {"Bhutan's imports rose 4.2% in 2024, according to the Bhutan Trade Statistics 2024 released "
     "by the Department of Revenue and Customs.",
     "import", "Bhutan", NULL, NULL, "Department of Revenue and Customs"},
    /* An adverb before the verb names no goods. */
    {"Latvia's goods were mostly imported from Lithuania, worth 3.7 billion euros in 2024.",
     "import", "Latvia", "Lithuania", NULL, NULL},
    /* An outlet citing a body; a cited cause is no source; a body named
     * with the one it belongs to. */
    {"Azerbaijan's exports fell 8.9% in March, Trend reports citing the State Customs Committee.",
     "export", "Azerbaijan", NULL, NULL, "State Customs Committee"},
    {"Japan's exports to China fell 3% in April, Kyodo reported, citing the weak yen.", "export",
     "Japan", "China", NULL, "Kyodo"},
    {"Korea's exports to China fell 3% in April, Yonhap reported, citing Chinese demand.", "export",
     "South Korea", "China", NULL, "Yonhap"},
    {"Uzbekistan's exports rose 21.3% in March, according to the Statistics Agency under the "
     "President of Uzbekistan.",
     "export", "Uzbekistan", NULL, NULL, "Statistics Agency under the President of Uzbekistan"},
    {"Oil imports by India rose 5% to $12 billion in August.", "import", "India", NULL, "oil",
     NULL},
    {"LNG imports into Japan rose 5% in August.", "import", "Japan", NULL, "LNG", NULL},
    {"Saudi Arabia shipped 6.4 million barrels a day of crude in August.", "export", "Saudi Arabia",
     NULL, "crude", NULL},
    {"Washington imposed duties of 25% on $300 billion of Chinese goods.", "tariff",
     "United States", "China", NULL, NULL},
    {"US exports to the UK rose 4% to $70 billion last year.", "export", "United States",
     "United Kingdom", NULL, NULL},
    {"Both exports and imports rose 5% in August.", "total", NULL, NULL, NULL, NULL},
    /* From the review of the day's rules: the month "May", expectations beaten. */
    {"China's exports in May rose 4.8% from a year earlier, customs data showed.", "export",
     "China", NULL, NULL, "customs"},
    {"South Korea's exports beat expectations, rising 5% in August to $58 billion.", "export",
     "South Korea", NULL, NULL, NULL},
    {"China's exports rose more than expected to $305 billion in August.", "export", "China", NULL,
     NULL, NULL},
    {"Asia's largest economy saw imports of LNG drop 5% in August.", "import", NULL, NULL, "LNG",
     NULL},
    {"Exports rose 5% in August (the highest since 2022), the ministry said.", "export", NULL, NULL,
     NULL, "ministry"},
    {"Exports rose 5% in August, the numbers show.", "export", NULL, NULL, NULL, NULL},
    /* An amount opening the sentence, the goods after its unit. */
    {"A total of 3.2 million tonnes of wheat was exported by Russia in August.", "export", "Russia",
     NULL, "wheat", NULL},
    {"$3.2 billion of goods was exported by Russia in August.", "export", "Russia", NULL, NULL,
     NULL},
    {"The EU imposed duties of up to 35.6% on imports of Chinese biodiesel.", "tariff",
     "European Union", "China", "biodiesel", NULL},
    {"Morocco's phosphate and derivatives exports rose 21.6% in 2024.", "export", "Morocco", NULL,
     "phosphate and derivatives", NULL},
    {"Exports of Scotch whisky to India increased by 14% to \u00a3248 million.", "export",
     "United Kingdom", "India", "Scotch whisky", NULL},
    {"Mexico will raise tariffs to as much as 50% on imports of cars from China.", "tariff",
     "Mexico", "China", "cars", NULL},
    /* An economy reporting its own trade; one modifying the figure's noun. */
    {"Argentina reported a trade surplus of $1.2 billion for August, the INDEC agency said.",
     "balance", "Argentina", NULL, NULL, "INDEC agency"},
    {"The U.S. goods and services trade deficit widened 5.2% to $78.9 billion in July.", "balance",
     "United States", NULL, NULL, NULL},
    {"Korea's exports to China fell 9.8% in August.", "export", "South Korea", "China", NULL, NULL},
    {"Inbound shipments of semiconductors from Taiwan rose 5% in August.", "import", NULL, "Taiwan",
     "semiconductors", NULL},
    {"Canada slapped 25% counter-tariffs on about C$30 billion worth of U.S. imports.", "tariff",
     "Canada", "United States", NULL, NULL},
    {"The trade balance posted a surplus of $1.2bn, compared with a deficit of $300m a year "
     "earlier.",
     "balance", NULL, NULL, NULL, NULL},
    {"Imports from the United States were up 2.5% to \u20ac8.1 billion; exports to the "
     "United Kingdom were flat.",
     "import", NULL, "United States", NULL, NULL},
    {"Malaysia's palm oil exports rose 8.9% in August, cargo surveyors said.", "export", "Malaysia",
     NULL, "palm oil", "cargo surveyors"},
    /* A country's division or a city reporting its own trade; a country
     * owning the division named next only places it; a local office's
     * parent body is the source; a port of shipment reports nothing. */
    {"Gujarat's exports rose 7.4% to $68.2 billion in August.", "export", "Gujarat", NULL, NULL,
     NULL},
    {"Texas exported $41.2 billion of goods in August.", "export", "Texas", NULL, NULL, NULL},
    {"The foreign trade of east China's Zhejiang Province reached 449 billion yuan in August, "
     "according to the Hangzhou branch of the General Administration of Customs.",
     "total", "Zhejiang", NULL, NULL, "General Administration of Customs"},
    {"Shipments from the semi-autonomous Kurdistan region to Turkey's Ceyhan port averaged 231,000 "
     "barrels per day in August.",
     "export", "Kurdistan", "Turkey", NULL, NULL},
    {"Dubai's non-oil foreign trade reached AED 163 billion in August.", "total", "Dubai", NULL,
     "non-oil", NULL},
    {"China's exports to Shanghai rose 5% to $3 billion in August.", "export", "China", NULL, NULL,
     NULL},
    /* A place opening a longer name, a label of goods, a country where goods
     * go before its division (from the review of these rules). */
    {"Shanghai Electric's exports rose 15% to $3.2 billion in August.", "export", NULL, NULL, NULL,
     NULL},
    {"Porto wine exports rose 3% to EUR 400 million in August.", "export", NULL, NULL, "wine",
     NULL},
    {"Japan's exports to India's Gujarat state rose 5% to $2 billion in August.", "export", "Japan",
     "India", NULL, NULL},
};

START_TEST(test_slots)
{
    const slot_row *r = &slot_rows[_i];
    ad_article *art = fig_one(r->text, "2025-09-29");
    ck_assert_msg(art->n_figures == 1, "\"%s\": %zu figures", r->text, art->n_figures);
    const ad_figure *f = &art->figures[0];
    ck_assert_str_eq(flow_names[f->flow], r->flow);
    ad_test_str_is(f->reporter, r->reporter);
    ad_test_str_is(f->partner, r->partner);
    ad_test_str_is(f->commodity, r->commodity);
    ad_test_str_is(f->source, r->source);
    ad_article_free(art);
}
END_TEST

/* One slot of the figure a sentence gives, by name: the phrasing of
 * comparisons, producers, conditional cues, count units and tariff days. */
/* slot "end@1": of the second figure; "count": how many figures. */
typedef struct one_slot_row {
    const char *text, *slot, *want;
} one_slot_row;

static const one_slot_row one_slot_rows[] = {
    /* An adjective before the body's name; a verb of reporting used as
     * its noun. */
    {"Irish dairy exports rose 9.2% to €3.14 billion in July, according to the latest Central "
     "Statistics Office figures.",
     "source", "Central Statistics Office"},
    {"Russia exported 9.4 million tonnes of wheat in July, according to estimates by consultancy "
     "Rusagrotrans.",
     "source", "Rusagrotrans"},
    /* A date or a topic after such an adjective is no source. */
    {"Irish dairy exports rose 9.2% to €3.14 billion in July, according to the latest July "
     "figures.",
     "source", NULL},
    /* An amount of change after an economy's verb is no part. */
    {"China's bauxite imports rose 14.8% to 18.6 million tonnes in August, with Guinea supplying "
     "100,000 tonnes more than in July.",
     "count", "1"},
    /* A part by head of cattle; a record part. */
    {"Australia exported 86,400 head of cattle in August. Indonesia took 61,200 head.", "volume@1",
     "61200 head"},
    {"U.S. pork exports totaled 241,600 metric tons in July. Mexico took a record 112,800 tons.",
     "partner@1", "Mexico"},
    /* An economy's part of a whole given by volume, and its peer with the
     * verb left out. */
    {"Australian beef exports reached 128,400 tonnes in August, with China taking 24,600 tonnes "
     "and Japan 23,100 tonnes.",
     "partner@2", "Japan"},
    {"China's bauxite imports rose 14.8% to 18.6 million tonnes in August, with Guinea supplying "
     "13.9 million tonnes.",
     "volume@1", "1.39e+07 tonne"},
    {"China's bauxite imports rose 14.8% to 18.6 million tonnes in August, with Guinea supplying "
     "13.9 million tonnes.",
     "partner@1", "Guinea"},
    /* The verb's preposition said again before the next part's amount. */
    {"Exports totalled $4.96 billion, with coal accounting for $2.31 billion and copper "
     "concentrate for $1.12 billion.",
     "commodity@2", "copper concentrate"},
    /* Volume and value changing apart are two records, each with its
     * change; a verb of its own sets the value's direction. */
    {"Vietnam's cashew exports rose 9.7% in volume to 214,000 tonnes and 18.3% in value to $1.46 "
     "billion in August.",
     "percent@1", "18.3"},
    {"Vietnam's cashew exports rose 9.7% in volume to 214,000 tonnes and 18.3% in value to $1.46 "
     "billion in August.",
     "value@0", "-"},
    {"Vietnam's rice exports fell 3.1% in volume terms to 2.1 million tonnes but rose 4.2% in "
     "value terms to $1.2 billion in August.",
     "direction@1", "up"},
    {"Vietnam's cashew exports rose 9.7% to 214,000 tonnes in August, while their value rose 18.3% "
     "to $1.46 billion.",
     "percent@1", "18.3"},
    /* A pronoun for the figure before with a change of its own. */
    {"Pakistan's exports rose 8.2 percent year-on-year to $2.84 billion in August, the Pakistan "
     "Bureau of Statistics said, though they fell 6.3 percent month-on-month.",
     "percent@1", "6.3"},
    {"Pakistan's exports rose 8.2 percent year-on-year to $2.84 billion in August, the Pakistan "
     "Bureau of Statistics said, though they fell 6.3 percent month-on-month.",
     "value@1", "-"},
    /* A change before the volume is the volume's: the value ", earning" after
     * it is a record of its own. */
    {"Cambodia's milled rice exports rose 9.3 percent to 287,400 tonnes in August, earning "
     "$198.6 million.",
     "value@0", "-"},
    {"Cambodia's milled rice exports rose 9.3 percent to 287,400 tonnes in August, earning "
     "$198.6 million.",
     "percent@1", "-"},
    /* Goods with a participle before them sell too; a total broken down
     * by the amounts of goods it included. */
    {"Mozambique's exports rose 12.7% to US$6.48 billion in August, the central bank said, as "
     "liquefied natural gas sales climbed to US$1.31 billion.",
     "commodity@1", "liquefied natural gas"},
    {"Ukraine exported 11.64 million tonnes of grain in August. The total included 7.21 million "
     "tonnes of wheat, 2.86 million tonnes of corn and 1.49 million tonnes of barley.",
     "commodity@3", "barley"},
    {"Ukraine exported 11.64 million tonnes of grain in August. The total included 7.21 million "
     "tonnes of wheat, 2.86 million tonnes of corn and 1.49 million tonnes of barley.",
     "volume@2", "2.86e+06 tonne"},
    /* A demonym before the buyers names them; another economy's sales
     * beside a figure of one partner are its peer. */
    {"U.S. soybean exports fell 31% to 18.6 million tonnes in August. Chinese buyers took 6.2 "
     "million tonnes of them.",
     "partner@1", "China"},
    {"China imported 8.12 million tonnes of soybeans from Brazil in August, customs data showed. "
     "Argentina supplied 1.04 million tonnes.",
     "partner@1", "Argentina"},
    /* The owner of data with trade words before them is the source; an
     * acronym and a plural's apostrophe lose the possessive. */
    {"The North East of England exported 13.2 billion pounds of goods in August, HM Revenue and "
     "Customs' regional trade statistics showed.",
     "source", "HM Revenue and Customs"},
    {"Chihuahua's exports rose 8.2% to US$39.7 billion in August, INEGI's state export data "
     "showed.",
     "source", "INEGI"},
    /* The source without the owner that names the figure's economy. */
    {"Exports rose 7.2% to $331.48 billion in August, according to China's General "
     "Administration of Customs.",
     "source", "General Administration of Customs"},
    /* An economy ranked below the first with an amount of its own. */
    {"Mexico was the largest source of U.S. imports in 2024, shipping goods worth $548.7 billion, "
     "Census Bureau data showed. Canada ranked second at $402.3 billion.",
     "partner@1", "Canada"},
    /* Misfires a review of this session's rules found, pinned: a remark
     * clause with no whole open keeps its cue; a tariff with a change and
     * no rate stands; another thing "included" is no part; more than the
     * goods' figure takes no goods; a peer's own goods; a ranked economy
     * with another measure; a change noun opening the paragraph; a
     * company's revenue; a closing quote's apostrophe; each ranked peer. */
    {"Malaysia, which exports palm oil, sold 1.2 million tonnes to India in August.", "partner",
     "India"},
    {"China will cut its tariffs on U.S. cars by half from Sept. 1.", "flow", "tariff"},
    {"Exports rose 5% to $50 billion in August. The relief package for farmers included $3 "
     "billion of loans.",
     "count", "1"},
    {"Australia's iron ore exports rose 3% to 75 million tonnes in August. Overall, exports "
     "reached "
     "120 million tonnes.",
     "commodity@1", NULL},
    {"China imported $3 billion of soybeans from Brazil in August. The United States supplied $5 "
     "billion of aircraft.",
     "commodity@1", "aircraft"},
    {"Exports to China rose 8% to $12 billion in August. Japan came second with $3 billion in "
     "foreign direct investment.",
     "count", "1"},
    {"Increase of $2 billion in exports to China was reported in August.", "count", "1"},
    {"Brazil's beef exports climbed 14.2% to 318,600 tonnes in August, Minerva said. Revenue rose "
     "8% to 2.1 billion reais in the quarter, helped by domestic sales.",
     "count", "1"},
    {"The governor called the pact 'a big win for Texas' and said exports to Mexico rose 8% to $3 "
     "billion in August.",
     "reporter", NULL},
    {"Mexico was the largest source of U.S. imports in 2024, shipping goods worth $548.7 billion, "
     "Census Bureau data showed. Vietnam was next at $9 billion, while Japan ranked third at $4 "
     "billion.",
     "partner@2", "Japan"},
    /* "mainland" between the preposition and the partner. */
    {"Australian wine exports to mainland China rose 23% to A$1.12 billion in August.", "partner",
     "China"},
    /* Goods "with" what they were worth. */
    {"Qatar's exports of goods declined 12.6% to QR 24.9 billion in August, with petroleum gases "
     "worth QR 14.2 billion.",
     "commodity@1", "petroleum gases"},
    /* More goods after it, "at" their amount. */
    {"Nigeria's non-oil exports rose 24.1% to $6.94 billion in August, led by cocoa beans, which "
     "earned $2.31 billion, and urea at $612.5 million.",
     "commodity@2", "urea"},
    /* Goods in a relative clause with what they earned. */
    {"Uganda's exports rose 21.4% to US$812.6 million in August, Bank of Uganda data showed, "
     "lifted by coffee, which earned US$231.8 million.",
     "commodity@1", "coffee"},
    /* The revenue of goods whose volume was just given: ", with revenue
     * climbing to", or a sentence of its own. */
    {"Ecuador's cocoa bean exports rose 12.6% to 318,500 tonnes in August, the exporters' "
     "association said, with revenue climbing to US$2.31 billion.",
     "direction@1", "up"},
    {"Brazil's beef exports climbed 14.2% to 318,600 tonnes in August, the exporters' association "
     "said. Revenue rose 22.7% to US$1.71 billion.",
     "commodity@1", "beef"},
    /* So do ", bringing in" and ", costing"; ", worth" values the volume. */
    {"Uruguay's beef exports reached 312,400 tonnes in August, up 7.3% from a year earlier, the "
     "National Meat Institute said, bringing in US$1.74 billion.",
     "percent@1", "-"},
    {"Japan's imports of liquefied natural gas fell 6.8% to 4.87 million tonnes in August, "
     "Finance Ministry data showed, costing 512.4 billion yen.",
     "value@0", "-"},
    {"Thai rice exports fell 24.6% to 5.1 million tonnes in August, worth 95.8 billion baht.",
     "count", "1"},
    /* Goods with what they earned after any figure of the flow, also after
     * the source and "as"; a price after "as" is none. */
    {"Colombia's exports rose 7.8% in August to $4.31 billion, while coffee sales jumped 41.3% to "
     "$812.4 million.",
     "commodity@1", "coffee"},
    {"Colombia's exports rose 7.8% in August to $4.31 billion, the statistics agency said, as "
     "coffee sales jumped 41.3% to $812.4 million.",
     "commodity@1", "coffee"},
    {"Chile's exports rose 7.8% in August to $9.31 billion as copper prices jumped 12%.", "count",
     "1"},
    /* Bags of a stated weight. */
    {"Uganda's coffee exports rose 14.2% to 612,300 60-kilogramme bags in August.", "volume",
     "612300 60-kg bag"},
    /* A figure after "as" and a cue without numbers is a clause of its own. */
    {"It was the widest shortfall in more than a year, as goods exports fell 2.8% to £96.4 "
     "billion in August.",
     "flow", "export"},
    /* Earlier values set beside a figure leave the paragraph's period. */
    {"India's exports rose 4.6 per cent to USD 37.2 billion in August. The shortfall compares "
     "with USD 23.9 billion in July. Gold imports nearly doubled to USD 5.8 billion.",
     "end@2", "2025-08-31"},
    /* Goods "hit by" a tariff: the tariff is a clause of its own. */
    {"Exports to the United States dropped 12.3 per cent to $1.62 billion in August, with beef "
     "shipments hit by the 10 per cent US tariff.",
     "flow@1", "tariff"},
    /* "there" names the economy before it in the sentence. */
    {"The Philippines' exports rose 2.1 percent in August. The United States was the biggest buyer "
     "of Philippine goods, but exports there fell 3.8 percent to $1.14 billion.",
     "partner@1", "United States"},
    /* The office set off by commas after a person's name is the source. */
    {"The UAE's non-oil trade reached AED 3.21 trillion in August, Dr Thani Al Zeyoudi, Minister "
     "of "
     "State for Foreign Trade, said.",
     "source", "Minister of State for Foreign Trade"},
    /* A value after the source's verb and "earning" is a record of its
     * own, without the volume's change; right after the change it stays
     * with it. */
    {"Angola exported 31.2 million barrels of crude oil in August, down 4.9% from a year earlier, "
     "the finance ministry said, earning $2.28 billion.",
     "count", "2"},
    {"Vietnam shipped 580,000 tonnes of rice in August, down 21.6% from a year earlier, earning "
     "$341 million, the statistics office said.",
     "count", "1"},
    /* A market larger than the last goods' figure is a part of the whole. */
    {"Nigeria's non-oil exports rose 21.4 percent to $6.83 billion in August. Urea exports stood "
     "at "
     "$612 million. The Netherlands was the top destination, taking $1.08 billion worth of goods.",
     "partner@2", "Netherlands"},
    /* A tariff given as the cause of a fall of exports to its economy is
     * that economy's; a span of time before the cue names no goods. */
    {"India's exports to the US declined 8.4 per cent to $57.3 billion in August, data showed, as "
     "the 50 per cent tariff on most Indian goods hit shipments.",
     "reporter@1", "United States"},
    {"Indonesia's full-year exports fell 1.8 percent to US$260.41 billion in 2024.", "commodity",
     NULL},
    /* A buyer's tonnes after the value and volume of the same goods; a
     * role's amount after ", at"; sales to an economy after the paragraph's
     * trade figures; "kilogrammes". */
    {"Vietnam exported 4.82 million tonnes of rice in August, but earnings fell 4.9% to $2.71 "
     "billion. The Philippines remained the largest buyer, taking 1.96 million tonnes.",
     "partner@2", "Philippines"},
    {"Argentina's exports rose 9.2% to US$7.84 billion in August. Brazil was the main destination "
     "for Argentine goods, at US$1.31 billion.",
     "partner@1", "Brazil"},
    {"Italy's exports increased 2.7% to 57.3 billion euros in August. Sales to the United States "
     "fell 6.8%.",
     "partner@1", "United States"},
    {"Kenya's tea exports fell 3.1 percent to 248.6 million kilogrammes in August.", "count", "1"},
    /* Goods of a figure after "including" and ", with ... at"; a ranking
     * with a qualifier or a part's verb; goods before "led"; goods joined
     * by "and" in a list; capitals joined by "&". */
    {"Uzbekistan's exports amounted to $15.2 billion in August, including gold worth $4.9 billion.",
     "commodity@1", "gold"},
    {"Peru's traditional exports totalled $4.81 billion in August, with copper at $2.36 billion "
     "and "
     "gold at $1.38 billion.",
     "commodity@2", "gold"},
    {"Ecuador's non-oil exports rose 11.2% to $9.84 billion in August. Shrimp remained the top "
     "non-oil product at $3.01 billion.",
     "commodity@1", "shrimp"},
    {"The Philippines' exports grew 3.1 percent to $6.92 billion in August. Electronic products "
     "remained the top export, accounting for $3.91 billion or 56.5 percent of the total.",
     "commodity@1", "electronic products"},
    {"Egypt's non-oil exports climbed to $19.6 billion in August. Building materials led exports "
     "at "
     "$4.1 billion, followed by food industries at $3.3 billion and chemicals and fertilisers at "
     "$3.0 billion.",
     "commodity@3", "chemicals and fertilisers"},
    {"Egypt's non-oil exports climbed to $19.6 billion in August. Building materials led exports "
     "at "
     "$4.1 billion.",
     "commodity@1", "building materials"},
    {"Malaysia's exports rose 4.7 per cent to RM128.3 billion in August. E&E exports grew 12.6 per "
     "cent to RM52.6 billion.",
     "commodity@1", "E&E"},
    /* The body alone after an economy's possessive; the government's
     * tariff; a month singled out carries no period. */
    {"Trade between Vietnam and China reached $98.6 billion in August, according to Vietnam's "
     "customs.",
     "source", "customs"},
    {"The U.S. trade deficit shrank 8% in August to $68.9 billion. The administration's 10% "
     "baseline tariff on most imports remains in place.",
     "reporter@1", "United States"},
    {"Pakistan's exports grew 8.1 percent to $33.6 billion during July-June. In June alone, "
     "exports increased 11.4 percent to $2.93 billion. Rice exports totalled $3.92 billion.",
     "start@2", "2024-07-01"},
    {"Pakistan's exports grew 8.1 percent to $33.6 billion during July-June. In June alone, "
     "exports increased 11.4 percent to $2.93 billion. Rice exports rose 4.2% to $0.63 billion "
     "in the month.",
     "start@2", "2025-06-01"},
    /* A wire's dateline is no period; goods with a verb of change after
     * goods without numbers go on with the paragraph's flow. */
    {"NEW DELHI, Sept 15 (Reuters) - India's trade deficit narrowed to $19.84 billion in August.",
     "end", "2025-08-31"},
    {"Singapore's non-oil domestic exports rose 4.1 per cent in August. Electronics rose 3.6 per "
     "cent to S$4.19 billion. Machinery expanded, while pharmaceuticals fell 14.7 per cent to "
     "S$1.08 billion.",
     "commodity@2", "pharmaceuticals"},
    /* A partner's part after goods takes no goods; a clause of another flow
     * after a "with" piece takes nothing from the piece. */
    {"Thai exports rose 7.2% in August. Exports of agricultural products climbed 9.1%, while "
     "shipments to the US rose 14.6% to $4.9 billion.",
     "commodity@2", NULL},
    {"Goods exports fell 2.2% to 31.8 billion pounds in August, with exports to the European Union "
     "down 4.1% at 15.1 billion pounds, while goods imports rose 2.9% to 53.2 billion pounds.",
     "partner@2", NULL},
    /* A breakdown by goods after one by partner is of the whole flow; "the
     * rest of the EU" is the partner of a member's trade. */
    {"South Korea's exports rose 11.2% to $16.4 billion in August. Exports to China gained 8.9%, "
     "while shipments of semiconductors rose 31.5%.",
     "partner@2", NULL},
    {"Spain's exports rose 3.7% to 32.9 billion euros in August. Exports to the rest of the "
     "European Union rose 4.5%.",
     "partner@1", "European Union"},
    {"Spain's exports rose 3.7% to 32.9 billion euros in August. Exports to the rest of the "
     "European Union rose 4.5%.",
     "reporter@1", "Spain"},
    /* Goods ranked first among the exports, with an amount, and those
     * after "followed by"; an aside with a flow of its own describes them. */
    {"Uruguay's exports rose 7.9% to $1.06 billion in August. Beef remained the top product at "
     "$198 million, followed by pulp at $176 million.",
     "commodity@1", "beef"},
    {"Uruguay's exports rose 7.9% to $1.06 billion in August. Beef remained the top product at "
     "$198 million, followed by pulp at $176 million.",
     "commodity@2", "pulp"},
    {"Georgia's exports rose 12.8% to $412 million in August. Cars, mostly re-exported to Central "
     "Asia, remained the largest export item at $84 million.",
     "commodity@1", "cars"},
    {"Georgia's exports rose 12.8% to $412 million in August. Cars, mostly re-exported to Central "
     "Asia, remained the largest export item at $84 million.",
     "partner@1", NULL},
    /* A rolling year stays the year of an "annual" figure after it. */
    {"New Zealand's exports rose 6.4% to NZ$74.2 billion in the year ended August. Imports fell "
     "2.1% to NZ$78.9 billion, narrowing the annual trade deficit to NZ$4.7 billion.",
     "start@2", "2024-09-01"},
    /* Goods before the cue; an origin after "of" is none. */
    {"Swiss watch exports fell 4.1% to 1.92 billion francs in August.", "commodity", "watch"},
    {"Bahrain's non-oil exports of national origin fell 6.2% to BD 312 million in August.",
     "commodity", "non-oil"},
    /* The sentences after an earlier value ("after a R13.2 billion surplus
     * in July") keep the sentence's own period; "in the two months" counts
     * back to the figure that spans them. */
    {"South Africa recorded a trade surplus of R4.2 billion in August, the revenue service said, "
     "after a R13.2 billion surplus in July. Exports fell 9.8% to R148.6 billion.",
     "start@2", "2025-08-01"},
    {"Vietnam's exports rose 12.6% in the first two months of the year to $74.8 billion. In "
     "February alone, exports fell 9.2% to $35.6 billion. The United States bought goods worth "
     "$21.7 billion in the two months.",
     "start@2", "2025-01-01"},
    /* A balance beside a base of the other sign orders the two signed; a
     * budget deficit is no base. */
    {"Mexico posted a trade surplus of $1.3 billion in August, compared with a deficit of $812 "
     "million a year earlier.",
     "direction", "up"},
    {"Mexico posted a trade surplus of $1.3 billion in August, compared with a deficit of $812 "
     "million a year earlier.",
     "basis", "year-on-year"},
    {"Mexico recorded a trade deficit of $1.14 billion in October, compared with a surplus of $469 "
     "million a year earlier.",
     "direction", "down"},
    {"Kenya's trade deficit was $1.5 billion in August, compared with a budget deficit of $2 "
     "billion.",
     "direction", NULL},
    /* An economy the trade leaves out is no partner, nor is the partner
     * of the clause before. */
    {"Canada's exports to countries other than the Netherlands rose 6.5% to C$13.7 billion in "
     "August.",
     "partner", NULL},
    {"Canada's exports to countries other than the Netherlands rose 6.5% to C$13.7 billion in "
     "August.",
     "direction", "up"},
    {"Canada's exports to the United States fell 3.8% in August to C$42.5 billion, while exports "
     "to other countries rose 6.5% to C$13.8 billion.",
     "partner@1", NULL},
    /* Goods broken down by partner keep the goods. */
    {"South Korea's car exports to the United States fell 15.2% to $2.3 billion. Exports to the "
     "European Union rose 24.6% to $912 million.",
     "commodity@1", "car"},
    {"South Korea's exports to the United States fell 15.2% to $12.3 billion. Exports to China "
     "rose "
     "4.6% to $11.2 billion.",
     "commodity@1", NULL},
    /* Data no body is named for; a name before a short one or a
     * description set off by commas. */
    {"Vietnam's coffee exports jumped 34.6% to 118,400 tonnes in September, government data "
     "showed.",
     "source", NULL},
    {"Brazil posted a trade surplus of $7 billion in October, the government said.", "source",
     "government"},
    {"South Africa's vehicle exports rose 11.3% to 36,420 units in September, the Automotive "
     "Business Council, Naamsa, said.",
     "source", "Automotive Business Council"},
    {"Chile's copper exports rose 11.3% to $3 billion in September, Cochilco, the state copper "
     "agency, said.",
     "source", "Cochilco"},
    {"Chile's copper exports rose 11.3% to $3.1 billion in September, Juan Perez, the head of the "
     "association, said.",
     "source", NULL},
    /* A list of goods before the cue, commas and all; a noun of change in
     * a phrase before the cue is no change of it. */
    {"Milk powder, butter and cheese exports were up 12.6 per cent at NZ$2.31 billion in January.",
     "commodity", "milk powder, butter and cheese"},
    {"Despite the slump, cheese and butter exports rose 2% to NZ$1 billion in January.",
     "direction", "up"},
    /* Economies left out by "non-", an economy given its share; a modal
     * before the cue's passive. */
    {"Britain's goods exports to the European Union rose 2.8% to £15.1 billion in September, "
     "while exports to non-EU countries fell 1.6% to £13.4 billion.",
     "partner@1", NULL},
    {"Ecuador's flower exports rose 9.2% to $841 million in January-September, with Japan taking "
     "about 44% of the total.",
     "partner", NULL},
    /* Other goods with a verb of their own after a clause's numbers and
     * its change; goods the lexicon now knows ("phones"). */
    {"Electronics remained the largest export item at $92.6 billion, up 28.1%, while phones fell "
     "2.3% to $49.8 billion.",
     "commodity@1", "phones"},
    /* "U.S.-bound shipments" go to the United States. */
    {"Japan's exports to China rose 8.3% in October, while U.S.-bound shipments fell 4.1%.",
     "partner@1", "United States"},
    {"Japan's exports to China rose 8.3% in October, while U.S.-bound shipments fell 4.1%.",
     "reporter@1", "Japan"},
    /* An economy in the cause after the figure's numbers is the cause's. */
    {"Brazil's exports rose 6.1% to $31.4 billion in October as soybean shipments to China "
     "climbed, while imports rose 2.3% to $24.2 billion.",
     "partner", NULL},
    {"Exports to China rose 6.1% to $31.2 billion as soybean shipments climbed.", "partner",
     "China"},
    /* A tariff that a figure dates from is a clause of its own. */
    {"Goods exports from Ireland to the US fell 9.8 per cent to EUR8.44 billion since the 15 per "
     "cent tariff on EU goods came into force.",
     "count", "2"},
    /* A tariff without a rate takes no amount of the clause after ", and". */
    {"China cut tariffs on US soybeans, and imports of the beans rose 5% to $3 billion in "
     "September.",
     "flow", "import"},
    /* From the review of this stop's later rules: a negation that bounds
     * nothing, a denial set apart, a phrasal "up by", a noun after "in
     * trade", a percent that is no change of the figure before. */
    {"Japan's exports not only topped expectations but rose 12% to $80 billion in August.",
     "direction", "up"},
    {"The ministry rejected claims that the data was flawed and said exports rose 5% to $2 billion "
     "in August.",
     "direction", "up"},
    {"Exports of rice, backed up by 2 million tonnes of stocks, totalled $1 billion in August.",
     "direction", NULL},
    {"A balance in trade talks was struck as exports rose 4% to $3 billion in August.", "flow",
     "export"},
    {"Exports reached $2 billion in August. This was up from 3% in July.", "direction", NULL},
    /* Trade whose object is its balance ("recorded a surplus of", "a
     * negative balance of"), the side as the balance names it; a base set
     * apart by "against"; a time between "released" and "by". */
    {"Algeria's merchandise trade recorded a surplus of 3.84 billion dollars in August.", "flow",
     "balance"},
    {"The Czech Republic's foreign trade in goods ended August with a surplus of CZK 18.6 "
     "billion.",
     "balance", "surplus"},
    {"Foreign trade registered a negative balance of $1.2 billion in August, the agency said.",
     "balance", "deficit"},
    {"Poland's trade balance was negative at PLN 2.4 billion in August.", "balance", "deficit"},
    /* A change as an index of the base; "up" before a multiple. */
    {"Belarus' exports totaled $33.6 billion in 2024, or 102.3% compared with 2023.", "direction",
     "up"},
    {"Belarus' exports totaled $33.6 billion in 2024, or 82.3% compared with 80% in 2023.",
     "direction", NULL},
    {"Kyrgyzstan's imports from China reached $6.47 billion in 2024, up 1.3 times year on year.",
     "direction", "up"},
    {"Exports amounted to $26.1 billion and imports to $37.7 billion in Uzbekistan in August, the "
     "negative balance reaching $11.6 billion.",
     "flow@2", "balance"},
    {"Exports amounted to $26.1 billion and imports to $37.7 billion in Uzbekistan in August, the "
     "negative balance reaching $11.6 billion.",
     "commodity@2", NULL},
    {"China's foreign trade rose 5% to $100 billion in August, with a surplus of $20 billion.",
     "flow", "total"},
    {"Algeria recorded a trade surplus of 3.84 billion dollars in August, against 5.12 billion "
     "dollars in August 2024.",
     "direction", "down"},
    {"Romania's exports totalled 7.2 billion euros in August, according to data released on "
     "Monday by the National Institute of Statistics.",
     "source", "National Institute of Statistics"},
    {"Romania's exports totalled 7.2 billion euros in August, according to figures published "
     "last week by Eurostat.",
     "source", "Eurostat"},
    /* From the fifteenth set: a balance below zero written "-US$"; a
     * signed percent in brackets after the value; a balance "in its
     * favour" or "positive" a few words before; a body's possessive before
     * its bulletin or report; "sales abroad" of an economy; a coverage
     * ratio is no figure, and no base of the figures after it. */
    {"Mexico's trade balance was -US$844 million in February.", "balance", "deficit"},
    {"Georgia's exports of goods totalled $871.6 million (-2.4% y/y) in February.", "direction",
     "down"},
    {"Nigeria recorded a trade balance of N7.56 trillion in its favour in the fourth quarter.",
     "balance", "surplus"},
    {"Azerbaijan's positive foreign trade balance was $2.42 billion in the first quarter.",
     "balance", "surplus"},
    {"Zambia's exports fell 7.2% to K27.8 billion in August, the Zambia Statistics Agency's "
     "monthly bulletin showed.",
     "source", "Zambia Statistics Agency"},
    {"Zambia's exports fell 7.2% to K27.8 billion in August, the central bank's report showed.",
     "source", "central bank"},
    {"Tunisia's sales abroad rose 2.1% to 15.21 billion dinars in August.", "flow", "export"},
    {"Tunisia's exports covered 77.6% of its imports in August, down from 79.0% a year earlier, "
     "as purchases abroad grew 3.9% to 19.59 billion dinars.",
     "count", "1"},
    {"Tunisia's exports covered 77.6% of its imports in August, down from 79.0% a year earlier, "
     "as purchases abroad grew 3.9% to 19.59 billion dinars.",
     "reporter", "Tunisia"},
    /* A change against the same flow's base after "than" ("25.9 percent
     * smaller than the deficit recorded a year earlier"): one figure, its
     * change down; the base's cue gives none. */
    {"Cambodia posted a trade deficit of $1.22 billion in August, 25.9 percent smaller than the "
     "deficit recorded a year earlier.",
     "count", "1"},
    {"Cambodia posted a trade deficit of $1.22 billion in August, 25.9 percent smaller than the "
     "deficit recorded a year earlier.",
     "direction", "down"},
    {"India's exports reached $40 billion in August, 12% larger than exports a year earlier.",
     "direction", "up"},
    /* Goods' earnings in the paragraph after an export figure are the
     * goods' exports; a business's are not. */
    {"Fiji's exports rose 5% to $1.2 billion in August. Sugar earnings fell 8.2 percent to $168.4 "
     "million after a smaller cane crop.",
     "commodity@1", "sugar"},
    {"Jamaica's exports rose 5% to US$2 billion in August. Earnings from alumina rose 6.5 per "
     "cent to US$812.4 million.",
     "commodity@1", "alumina"},
    {"Kenya's exports rose 5% to $2 billion in August. Company earnings rose 10% to $5 billion.",
     "count", "1"},
    /* From a review of this stop's rules: a share that is no coverage
     * ratio, a flow after "than" telling its own figure, other things'
     * earnings, a base that is a forecast's or another economy's, a
     * one-word name's possessive. */
    {"Oil exports cover 90% of Nigeria's foreign exchange earnings and rose 12% to $10 billion in "
     "August.",
     "direction", "up"},
    {"Imports rose 4% to $50 billion in August, slower than exports, which grew 9% to $60 "
     "billion.",
     "count", "2"},
    {"Ghana's exports rose 4% to $700 million in August. Earnings from remittances rose 12 "
     "percent to $300 million.",
     "count", "1"},
    {"Ghana's exports rose 4% to $700 million in August. Hotel receipts rose 12 percent to $300 "
     "million.",
     "count", "1"},
    {"The trade surplus stood at $2 billion in August, against $1.5 billion forecast in a Reuters "
     "poll.",
     "direction", NULL},
    {"Kenya's exports reached $5 billion in August, against $7 billion for Uganda.", "direction",
     NULL},
    {"Turkey's exports rose 5% to $20 billion in August, Moody's report showed.", "source",
     "Moody's"},
    /* A base named by its month after "than" ("$2.3 billion more than
     * July exports"): one figure, its change up. */
    {"Japan's exports were $81 billion in August, $2.3 billion more than July exports.", "count",
     "1"},
    {"Japan's exports were $81 billion in August, $2.3 billion more than July exports.",
     "direction", "up"},
    /* "the gap in trade in goods": the balance. */
    {"The overall gap in trade in goods widened to \u00a36.1bn in August, the ONS said.", "flow",
     "balance"},
    /* "went up by": the size after "by". */
    {"Ghana's gold exports went up by 19.5 per cent to US$3.06 billion in August.", "direction",
     "up"},
    /* A description naming the economy later in the sentence. */
    {"The Islamic Republic's crude exports averaged 1.62 million barrels per day in August, with "
     "almost all of Iran's oil going to China.",
     "reporter", "Iran"},
    /* A change given in the next sentence ("The figure was ... higher"),
     * not a forecast's miss. */
    {"Pakistan's exports rose to $11.42 billion in August, the bureau said. The figure was 8.9 "
     "percent higher than a year earlier.",
     "basis", "year-on-year"},
    {"Colombian exports totalled $4.31 billion in August. This represented a decrease of 3.7% "
     "from a year earlier.",
     "direction", "down"},
    {"Exports rose to $3 billion in August. It was 5% higher than expected a year earlier.",
     "basis", NULL},
    {"Philippine electronic products, which account for more than half of the country's exports, "
     "rose 11.6 percent to $3.71 billion in December.",
     "commodity", "electronic products"},
    {"Canada's exports rose 3.2% sequentially in January.", "basis", "month-on-month"},
    {"Singapore's exports rose 3.2% sequentially in the fourth quarter of 2024.", "basis",
     "quarter-on-quarter"},
    {"Algeria's exports fell to $3.9 billion in January from $4.6 billion in the same month of "
     "2024.",
     "basis", "year-on-year"},
    {"Indonesia's coffee exports amounted to Rp 9.8 trillion in 2024, the Central Statistics "
     "Agency noted.",
     "source", "Central Statistics Agency"},
    {"Tajikistan's exports rose 11% to $2.2 billion in 2024, the Agency on Statistics under the "
     "President said.",
     "source", "Agency on Statistics under the President"},
    {"Turkish hazelnut exports rose 5% to 41.3 billion lira in 2024, the Black Sea Hazelnut "
     "Exporters' Association said.",
     "source", "Black Sea Hazelnut Exporters' Association"},
    {"Fiji's exports fell 3.1 percent compared with the same quarter in 2025.", "basis",
     "year-on-year"},
    {"Brazil's trade surplus was $8.2 billion, 23% lower than in the same period of 2024.", "basis",
     "year-on-year"},
    {"Hungary's exports rose 3.2% and its imports fell 1.1% from a year earlier.", "basis",
     "year-on-year"},
    {"Imports of crude oil into India rose to 5.1 million barrels per day in August, up 6% from "
     "July.",
     "basis", "month-on-month"},
    {"Chile's exports rose 4% to $8 billion in August from August 2024.", "basis", "year-on-year"},
    {"The Philippines' trade gap narrowed to $3.9 billion in August.", "balance", "deficit"},
    {"Ghana earned $11.6 billion from gold exports in 2024, more than double the previous year.",
     "direction", "up"},
    {"Exports from Tanzania's gold sector rose to $3.8 billion in August.", "commodity", "gold"},
    /* Goods as the object of a past-tense cue before "worth", and those an
     * import bill pays for. */
    {"Uzbekistan exported fruit and vegetables worth $612.4 million in January-May.", "commodity",
     "fruit and vegetables"},
    {"Jamaica's import bill for fuel rose by US$112 million to US$1.46 billion in the quarter.",
     "commodity", "fuel"},
    /* Goods opening the clause with the cue in an aside, then a verb taking
     * the amount. */
    {"Alumina, the island's main export, earned US$612.5 million, down 7.8 per cent.", "commodity",
     "alumina"},
    /* Goods joined by "and" before the cue, the first opening the sentence. */
    {"Oil and gas exports declined 11.3 per cent to RO 4.88 billion.", "commodity", "oil and gas"},
    /* "topped the list of destinations": the verb is the role's superlative. */
    {"Oman's non-oil exports rose 3.4 per cent to RO 2.17 billion in March. The United Arab "
     "Emirates topped the list of destinations for non-oil exports, with RO 412 million.",
     "partner@1", "United Arab Emirates"},
    /* A description standing for an economy named before or after it in
     * the paragraph, or for its only candidate (data/economy_epithets.tsv). */
    {"India's merchandise exports to the UAE rose 14.2% to $31.6 billion in August. Imports from "
     "the Gulf nation climbed 9.5% to $52.4 billion.",
     "partner@1", "United Arab Emirates"},
    {"Non-oil exports from the kingdom rose 12.4% in August to 84.6 billion riyals. Saudi "
     "Arabia's imports edged up 1.1% to 196.5 billion riyals.",
     "reporter", "Saudi Arabia"},
    {"Hong Kong's re-exports rose 5% in August. The mainland's imports of Australian coal climbed "
     "34% to 11.6 million tonnes in August.",
     "reporter@1", "China"},
    {"Morocco's exports to Spain rose 7% to 11 billion euros in August, and the kingdom's "
     "phosphate "
     "sales abroad jumped 20%.",
     "reporter@1", "Morocco"},
    {"Singapore's non-oil domestic exports (NODX) rose 6.8% in August to S$14.9 billion.",
     "commodity", "non-oil"},
    /* A participle or "resulting" before the cue names no goods: those of
     * the clause before go on. */
    {"Australia exported 2.31 million tonnes of wheat in August, taking shipments in the first "
     "four months to 9.76 million tonnes.",
     "commodity@1", "wheat"},
    /* Goods given with their numbers and the cue left out, after a clause
     * about other goods; not a verb ("earning $341 million"). */
    {"Ecuador's non-oil exports rose 11.4% to $2.31 billion in August, with shrimp shipments up "
     "7.2% at $612 million, bananas up 3.5% at $398 million and cocoa down 18.9% at $214 million.",
     "commodity@3", "cocoa"},
    {"Vietnam shipped 580,000 tonnes of rice in August, down 21.6% from the previous month, "
     "earning $341 million.",
     "commodity", "rice"},
    /* From the second review: a permission that is a cause, a forecast
     * followed by the facts, "likely" as an adjective, "respectively"
     * followed by bases, another list's shape, "non-seasonally". */
    {"A weaker yen and strong U.S. demand allowed Japanese exports to grow 4.2% in August.",
     "direction", "up"},
    {"Economists had expected exports in August to rise 3%, but they fell 1.2% to $52.3 billion.",
     "direction", "down"},
    {"The likely cause: exports to the United States slumped 14% in August, the ministry said.",
     "partner", "United States"},
    {"Exports to China and Japan rose to $10.2 billion and $4.1 billion, respectively, in August, "
     "from $9.1 billion and $3.9 billion a year earlier.",
     "partner@1", "Japan"},
    {"Crude exports rose 4% to 1.2 million barrels per day in August, freight rates up 15% at $2.1 "
     "million per voyage.",
     "count", "1"},
    {"The data showed non-seasonally adjusted imports fell 1.8% to $280 billion in August.",
     "commodity", NULL},
    {"The trade balance turned to -$1.2 billion in August after a surplus of $0.4 billion in July.",
     "count", "1"},
    /* From the review of these rules: a swing of prices, a relative clause
     * before a forecast or a tariff, a direction denied with none after it. */
    {"Oil prices swung on Tuesday after China's crude imports rose 9% in August to 11.3 million "
     "barrels per day.",
     "count", "1"},
    {"South Korea's exports, which rose 5.1% in August, are expected to grow 3% next year.", "end",
     "2025-08-31"},
    {"Imports from Russia, which rose 12% to $5.1 billion in 2024, now face a 25% tariff.", "count",
     "2"},
    {"Exports didn't rise as fast as forecast, at 2.1% in August.", "direction", "up"},
    {"Coal exports from the island of Java rose 3% in August.", "reporter", NULL},
    /* "the country" spoken of before, after "with", and "the southern
     * neighbour", are the partner carried over. */
    {"Armenia's exports to Russia fell to $2.1 billion in 2024. For 2024 as a whole, trade "
     "turnover with the country reached $11.2 billion.",
     "partner@1", "Russia"},
    {"Nepal's imports from India rose to Rs 1.02 trillion in 2024. Exports to the southern "
     "neighbour rose to Rs 118.4 billion.",
     "partner@1", "India"},
    /* The other side of a pair's trade in the same paragraph keeps its
     * period and source, and "the country" is the first side. */
    {"Trade between Laos and Thailand rose 18.2 percent in July to $247.6 million, according to "
     "customs data. Thailand's imports from the landlocked country stood at $46.3 million.",
     "end@1", "2025-07-31"},
    {"Trade between Laos and Thailand rose 18.2 percent in July to $247.6 million, according to "
     "customs data. Thailand's imports from the landlocked country stood at $46.3 million.",
     "partner@1", "Laos"},
    /* Brunei is named as the news names it, not by its ISO name. */
    {"Brunei's exports to Japan rose 12% in August to B$612 million.", "reporter", "Brunei"},
    /* Earnings beside the tonnes shipped are the same goods' export
     * value; a company's revenue beside its exports is not. */
    {"Vietnam shipped 4.12 million tonnes of rice abroad in May, up 6.3%, but earnings fell "
     "9.8% to $2.14 billion as prices slid.",
     "currency@1", "USD"},
    {"Vietnam shipped 4.12 million tonnes of rice abroad in May, up 6.3%, but earnings fell "
     "9.8% to $2.14 billion as prices slid.",
     "commodity@1", "rice"},
    {"Samsung's chip exports rose 8% in May, and revenue climbed to $50 billion.", "count", "1"},
    /* "data released by Chinese customs": customs is the source. */
    {"China's exports to North Korea rose to $198.7 million in May, according to data released "
     "by Chinese customs on Tuesday.",
     "source", "customs"},
    /* An economy's overseas sales are its exports (a company's are not:
     * no_figure). */
    {"Vietnam's overseas sales of seafood rose 18% to $3.9 billion in May.", "reporter", "Vietnam"},
    /* A hyphenated pair whose side is a name of several words. */
    {"China-North Korea trade came to $912.4 million in May.", "partner",
     "Democratic People's Republic of Korea"},
    {"North Korea-China trade came to $912.4 million in May.", "reporter",
     "Democratic People's Republic of Korea"},
    {"United States-Mexico trade rose 4% in May.", "reporter", "United States"},
    /* "the South" after South Korea: the first word of the name it was
     * given. */
    {"Trade between South Korea and Japan rose 4 percent in July to $6.1 billion, according to "
     "customs data. Japan's exports to the South came to $3.9 billion.",
     "partner@1", "South Korea"},
    /* A direction that is a noun ("the 15th straight month of decline",
     * "the fourth straight monthly decline") gives the clause after it no
     * foreign subject, and a tariff there no direction. */
    {"China's exports to the United States fell 12.6% to $33.9 billion, the 15th straight month "
     "of decline, as Chinese goods continued to face additional U.S. tariffs of 30%.",
     "flow@1", "tariff"},
    {"India's exports to the US fell 8.1% to $6.2 billion, the fourth straight monthly decline, "
     "as Indian goods continue to face a 50% tariff in the American market.",
     "direction@1", NULL},
    /* Sales abroad beside another cue of the trade are exports (a
     * retailer's alone are not: no_figure). */
    {"Nigeria's exports accounted for N19.2 trillion, with crude oil sales abroad worth N11.7 "
     "trillion.",
     "commodity@1", "crude oil"},
    /* "preliminary" qualifies the figure; it names no goods. */
    {"South Africa recorded a preliminary trade surplus of R21.7 billion in April.", "commodity",
     NULL},
    /* A measure's clause is its own, of no figure: the figure after it
     * stays. */
    {"The ratio of exports to GDP rose to 35% in 2027, while exports climbed 8% to $400 billion.",
     "count", "1"},
    /* "the North American market", "the eastern bloc", "bilateral trade
     * flows across the region" name no partner carried over. */
    {"China's exports to North Korea rose 20% in May. Exports to the North American market fell "
     "3% to $40 billion.",
     "partner@1", NULL},
    {"Germany's exports to ASEAN rose 4% in May. Imports from the eastern bloc fell 2% to 5 "
     "billion euros.",
     "partner@1", NULL},
    {"Vietnam's exports to the United States rose 20% in May. Overall, bilateral trade flows "
     "across the region reached $300 billion.",
     "partner@1", NULL},
    /* A duty on inputs that hurt exports is no destination's. */
    {"India's exports of phones to the US fell 5% to $2 billion, hurt by a 20% import duty on "
     "components.",
     "reporter@1", NULL},
    /* A tariff blamed for an export's fall is the destination's. */
    {"Bangladesh's apparel shipments to the United States declined 3.1% to $6.74 billion in "
     "May, hurt by the 20% reciprocal tariff.",
     "reporter@1", "United States"},
    {"Bangladesh's apparel shipments to the United States declined 3.1% to $6.74 billion in "
     "May, hurt by the 20% reciprocal tariff.",
     "partner@1", "Bangladesh"},
    /* "the bloc" is the bloc named before, never a country, and no bloc
     * when none was named; "the currency area", past its size, the euro
     * zone once named. */
    {"Britain's exports to France rose 2% in May to \xc2\xa3"
     "3 billion. Imports from the bloc rose 3.7% to \xc2\xa3"
     "49.8 billion.",
     "partner@1", NULL},
    {"The euro zone's trade surplus narrowed to \xe2\x82\xac"
     "9.8 billion in August. Exports from the 20-nation currency area fell 3.4% to "
     "\xe2\x82\xac"
     "221.6 billion.",
     "reporter@1", "euro zone"},
    {"Cameroon's exports to France rose 5% in August. Exports to the currency bloc's other "
     "members rose 3%.",
     "reporter@1", "Cameroon"},
    /* A month range with a season's name is the season under way. */
    {"U.S. soybean export inspections totaled 612,300 tonnes in the week, bringing cumulative "
     "shipments for the September-August marketing year to 31.9 million tonnes.",
     "start@1", "2025-09-01"},
    /* A bare month after "The" names no period ("The July deficit was
     * revised"): the figures after it keep the lede's. */
    {"The U.S. trade deficit narrowed in August to $51.3 billion. The July deficit was revised to "
     "$56.1 billion. Exports rose 1.2% to $279.6 billion.",
     "start@2", "2025-08-01"},
    {"China imported 61.2 MMT of soybeans in H1, up 3.4% y/y, per GAC data.", "source", "GAC"},
    {"According to a press release from the Ministry of Trade: exports rose 6.1% to $59.3 billion "
     "in August.",
     "source", "Ministry of Trade"},
    /* "official data" is no official. */
    {"Re-exports from Hong Kong to the Chinese mainland climbed 15.3% in August to HK$104 "
     "billion, official data showed.",
     "source", NULL},
    /* The economy a relative clause set aside gives the trade a role for
     * reports it. */
    {"Exports to China, which overtook the United States as Japan's biggest market again last "
     "year, rose 11.4% in August to \xc2\xa5"
     "2.1 trillion.",
     "reporter", "Japan"},
    /* "last week": Monday to Sunday of the week before (2025-09-29 is a
     * Monday); not the time of a report. */
    {"Russian wheat exports fell to 470,000 tonnes last week from 610,000 tonnes the week before, "
     "consultancy IKAR said.",
     "start", "2025-09-22"},
    {"Russian wheat exports fell to 470,000 tonnes last week from 610,000 tonnes the week before, "
     "consultancy IKAR said.",
     "end", "2025-09-28"},
    {"China's exports rose 5% to $300 billion, data released last week showed.", "start", NULL},
    /* Misfires a review found, pinned: the listener of "told", a unit
     * after "per" and a release by someone name no source; a month range
     * short of a year is no marketing year and "ends on" names the last
     * month, not the first (the season runs from the month after it); a
     * market in a flash's signed list is no goods; a defence minister's
     * economy reports no trade; an acronym explaining a phrase after a
     * dash is no credit; "last week" dating a briefing is no period; an
     * aside's owner gives way to the reporter carried in the paragraph; a
     * port authority is no back-reference. */
    {"Rice exports rose 14% in August to $500 million, a Bangkok-based trader told Reuters.",
     "source", NULL},
    {"Exports of LNG rose 5% in August to $2 billion at an average price of $12 per MMBtu.",
     "source", NULL},
    {"Exports to Israel rose 12% in August after the release by Hamas of hostages eased "
     "tensions.",
     "source", NULL},
    {"Pakistan's mango exports during the May-August season rose 12% to $100 million.", "end",
     "2025-08-31"},
    {"Brazil exported 30 million tonnes of soybeans in the 2024/25 season that ends on June 30, "
     "up 5%.",
     "start", "2024-07-01"},
    {"Ghana exported 512,000 tonnes of cocoa beans in the 2024/25 season that ended on Sept. 30, "
     "up 18%.",
     "start", "2024-10-01"},
    {"Honduras exported 5.86 million bags of coffee in the 2024/25 coffee year, which ended in "
     "September.",
     "end", "2025-09-30"},
    {"Japan Aug exports +2.4% y/y, imports -1.2% y/y; yen -0.3%, stocks +1.1%", "count", "2"},
    {"Grain exports through the Black Sea corridor rose 20% in August, Turkey's defence minister "
     "told reporters.",
     "reporter", NULL},
    {"Exports rose 12% in August to $4 billion, helped by the trade pact - USMCA.", "source", NULL},
    {"At a briefing last week, the trade minister said exports rose 12% year-on-year.", "start",
     NULL},
    {"Saudi Arabia's crude exports fell 4% in August. Shipments to India, which has overtaken "
     "China as Russia's biggest oil customer, rose 6% to $3 billion.",
     "reporter@1", "Saudi Arabia"},
    {"Vietnam's exports rose 12% in August, the General Statistics Office said. Exports through "
     "Cai Mep port rose 9% to $2 billion in the month, the port authority said.",
     "source@1", "port authority"},
    {"Exports of N95 masks rose 5% in August.", "currency", NULL},
    /* "The agency" refers back to the source named before. */
    {"Indonesia's trade surplus was $3.45 billion in July, Statistics Indonesia said. For August, "
     "the agency reported a surplus of $2.71 billion.",
     "source@1", "Statistics Indonesia"},
    {"Malaysia's exports to ASEAN rose 5% in May to RM20 billion. Imports from the bloc rose 3%.",
     "partner@1", "ASEAN"},
    {"China's exports to the US fell 4.2% in May to $43.8 billion. Imports from the bloc rose 3% "
     "to $12 billion.",
     "partner@1", NULL},
    /* "bilateral trade" names the pair of the figure before it. */
    {"Trade between Laos and Thailand rose 18.2 percent in July to $247.6 million. In June, "
     "bilateral trade reached $231 million.",
     "partner@1", "Thailand"},
    /* "the gap with Mexico": a balance word of its own before the other
     * economy is a deficit with it. */
    {"The deficit with Mexico widened to $17.2 billion, while the gap with Vietnam shrank to "
     "$12.4 billion.",
     "partner@1", "Vietnam"},
    {"The deficit with Mexico widened to $17.2 billion, while the gap with Vietnam shrank to "
     "$12.4 billion.",
     "balance@1", "deficit"},
    /* A clause of its own after "showed that", when the piece before has
     * a cue but no number; a word before the origin's demonym is no goods. */
    {"He said the strength of re-exports showed that supply chains were adjusting to the 30 per "
     "cent US tariff on mainland Chinese goods.",
     "flow", "tariff"},
    {"Supply chains were adjusting to the 30 per cent US tariff on mainland Chinese goods.",
     "commodity", NULL},
    /* "traded between X and Y": a cue before "between", whose "and" joins
     * the pair and cuts no clause; "baseline" names no goods. */
    {"Goods worth €246.3 billion were traded between Germany and China in 2024.", "partner",
     "China"},
    {"Goods worth €246.3 billion were traded between Germany and China in 2024.", "flow", "total"},
    {"German exports fell 8.3% in 2024, hit by the 15% baseline tariff the US applies to EU goods.",
     "commodity@1", NULL},
    /* "purchases from" an economy beside a cue of the trade is a figure of
     * its own (a retailer's purchases stay none: see no_figure). */
    {"China imported 9.1 million tonnes of Russian crude oil in August, while purchases from "
     "Saudi Arabia jumped 38% to 7.2 million tonnes.",
     "partner@1", "Saudi Arabia"},
    /* Review of this session's rules: a relative "that" cuts no clause; a
     * figure of another pair takes no period from the last; a "share of"
     * earlier in the sentence leaves a later cue alone; a pronoun is no
     * source. */
    {"Japan's imports of the natural gas that Qatar exports rose 12% to $5 billion in June.",
     "commodity", "natural gas"},
    {"Canada's exports to the US rose 4% in the first quarter, Statistics Canada said. US exports "
     "to Mexico fell 2% to $25 billion.",
     "end@1", NULL},
    {"Its share of the market fell while exports rose 5% to $40 billion in May.", "count", "1"},
    {"He said the United States imposed a 30 per cent tariff on Chinese goods.", "source", NULL},
    /* "respectively": one figure per economy, each with its amount and
     * change in turn. */
    {"China's trade with ASEAN, the EU and the US stood at 4.92 trillion yuan, 3.81 trillion yuan "
     "and 2.86 trillion yuan, respectively, up 8.9 percent, up 1.6 percent and down 9.7 percent "
     "year-on-year.",
     "count", "3"},
    {"China's trade with ASEAN, the EU and the US stood at 4.92 trillion yuan, 3.81 trillion yuan "
     "and 2.86 trillion yuan, respectively, up 8.9 percent, up 1.6 percent and down 9.7 percent "
     "year-on-year.",
     "partner@2", "United States"},
    {"China's trade with ASEAN, the EU and the US stood at 4.92 trillion yuan, 3.81 trillion yuan "
     "and 2.86 trillion yuan, respectively, up 8.9 percent, up 1.6 percent and down 9.7 percent "
     "year-on-year.",
     "direction@2", "down"},
    /* ... changes only, and changes before "respectively" with amounts after it */
    {"Indonesia's coal exports to China and India fell 14% and 9% respectively in August.",
     "partner@1", "India"},
    {"Sweden's exports to Norway and Finland rose 4.2% and 1.8%, respectively, in August, to 17.1 "
     "billion crowns and 10.4 billion crowns.",
     "currency@1", "SEK"},
    {"Sweden's exports to Norway and Finland rose 4.2% and 1.8%, respectively, in August, to 17.1 "
     "billion crowns and 10.4 billion crowns.",
     "direction@1", "up"},
    {"Uzbekistan's trade with Russia and China reached $4.1 billion and $3.9 billion respectively "
     "in the first quarter.",
     "partner@0", "Russia"},
    /* "in the same period" with the year it compares with. */
    {"India's exports rose 2.9% to $181.4 billion in April-August, from $176.3 billion in the same "
     "period last fiscal.",
     "basis", "year-on-year"},
    /* "cutting" as a fall, as "cut" is. */
    {"EU imports from the US rose 3.8% to €29.5 billion, cutting the bloc's surplus with the US to "
     "€11.7 billion.",
     "direction@1", "down"},
    /* A role whose verb the clause before gives ("..., and China the
     * largest source of imports"); a list after "with" is none. */
    {"Vietnam's imports rose 17.2% to $287.5 billion in 2024. The United States remained the "
     "largest export market at $98.6 billion, up 24%, and China the largest source of imports at "
     "$118.3 billion.",
     "partner@2", "China"},
    {"Exports to the EU rose 14 per cent to €8.4 billion, with Belgium and Germany the largest "
     "markets.",
     "partner", "European Union"},
    /* "edged down to" an amount is a fall. */
    {"Exports edged down to US$1.44 billion in March.", "direction", "down"},
    {"Exports from Colombia's coal mines declined 19% in 2024.", "commodity", "coal"},
    {"Exports rose NZ$412 million to NZ$2.7 billion in the March month.", "end", "2025-03-31"},
    {"Morocco's exports totalled 34.2 billion dirhams at end-April.", "start", "2025-01-01"},
    {"Morocco's exports totalled 34.2 billion dirhams at end-April.", "end", "2025-04-30"},
    {"Argentina reported a trade surplus of $1.2 billion, the INDEC statistics agency said.",
     "source", "INDEC statistics agency"},
    {"Morocco's exports rose 19.6 percent, the foreign exchange office (Office des Changes) said.",
     "source", "foreign exchange office"},
    {"France's trade deficit eased to 5.8 billion euros in August, customs said.", "source",
     "customs"},
    {"Qatar's LNG exports rose 5% in the first quarter, Kpler ship-tracking data showed.", "source",
     "Kpler"},
    {"Sales of Australian beef to Japan rose 8% by volume in August.", "flow", "export"},
    {"Sales of Australian beef to Japan rose 8% by volume in August.", "partner", "Japan"},
    {"Sales of Ukrainian sunflower oil abroad rose 4% to 2.5 million tonnes.", "commodity",
     "sunflower oil"},
    {"Chinese purchases of U.S. farm goods slumped to $24.7 billion last year.", "flow", "import"},
    {"Chinese purchases of U.S. farm goods slumped to $24.7 billion last year.", "partner",
     "United States"},
    {"China exported 1.05 million cars in the first two months, up 22.7% on the year.", "commodity",
     "cars"},
    {"Beijing will impose a 34% tariff on imports from the United States starting April 10.",
     "start", "2026-04-10"},
    {"The United States raised its tariff on steel to 50% on June 4.", "start", "2025-06-04"},
    {"The United States imposed a 50 percent tariff on imported steel.", "commodity", "steel"},
    {"British car exports to the United States will face a 10% tariff.", "reporter",
     "United States"},
    {"British car exports to the United States will face a 10% tariff.", "partner",
     "United Kingdom"},
    {"British car exports to the United States will face a 10% tariff.", "commodity", "car"},
    {"Purchases of U.S. soybeans by China totaled 12 million tonnes in August.", "flow", "import"},
    {"Under the deal, Japanese cars will face a 15% tariff, down from 27.5%.", "commodity", "cars"},
    {"India's exports fell 9.4% to $35.12 billion in August, commerce ministry data released "
     "on Monday showed.",
     "source", "commerce ministry"},
    {"South Korea's exports rose 8.4 percent on-year in August to $61.2 billion.", "basis",
     "year-on-year"},
    {"Carmakers absorb the 15 percent tariff Washington levies on Korean-made vehicles.", "partner",
     "South Korea"},
    {"Exports to the 10 members of the Association of Southeast Asian Nations gained 12.4 percent.",
     "partner", "ASEAN"},
    {"Imports rose 2.1 percent to $51.5 billion, according to the Ministry of Trade, Industry and "
     "Energy.",
     "source", "Ministry of Trade, Industry and Energy"},
    {"BEIJING, Aug. 7 (Xinhua) -- China's exports rose 3.4 percent in the first seven months.",
     "end", "2025-07-31"},
    {"In August alone, exports grew 4.2 percent, while imports increased 1.3 percent, reversing a "
     "decline in July.",
     "end@1", "2025-08-31"},
    {"Exports totaled $640.4 billion in the first eight months, up 1.9 percent from a year "
     "earlier, "
     "putting the country on track to surpass last year's record exports.",
     "count", "1"},
    {"China exported 5,791 tonnes of rare earths in August, according to customs data.", "source",
     "customs"},
    {"Trade between Russia and China fell 7.9% in January-August, according to Chinese customs "
     "data.",
     "source", "customs"},
    {"Shipments of South Korean cars to the U.S. dropped 15.2 percent last month, according to the "
     "industry ministry.",
     "source", "industry ministry"},
    {"Cambodia's trade reached 35.8 billion U.S. dollars in the first eight months of 2025, said a "
     "report from the General Department of Customs and Excise.",
     "source", "General Department of Customs and Excise"},
    {"The United States began collecting a 35% tariff on Canadian goods on Aug. 1, according to a "
     "notice from U.S. Customs and Border Protection.",
     "source", "U.S. Customs and Border Protection"},
    {"India has imposed a 30 per cent import duty on yellow peas, a finance ministry notification "
     "said.",
     "source", "finance ministry"},
    {"South Africa's vehicle exports fell 10.2% in August, the Automotive Business Council "
     "(naamsa) "
     "said.",
     "source", "Automotive Business Council"},
    {"India has imposed a 30 per cent import duty on yellow peas effective November 1.", "start",
     "2025-11-01"},
    {"Beijing imposed a 75.8% anti-dumping duty on Canadian canola seed from Aug. 14.", "start",
     "2025-08-14"},
    {"Qatar's trade surplus stood at QR17.9 billion in August, down 9.1 percent compared with "
     "August 2024.",
     "basis", "year-on-year"},
    {"Qatar's trade surplus stood at QR17.9 billion in August.", "currency", "QAR"},
    {"Bangladesh's garment exports fetched $39.3 billion in fiscal year 2024-25, up 0.6 percent "
     "from the previous fiscal year.",
     "basis", "year-on-year"},
    {"Turkey's foreign trade deficit narrowed 27.4% annually to $4.2 billion in August.", "basis",
     "year-on-year"},
    {"South Korea's exports rose 8.7 percent to US$58.4 billion in August.", "partner", NULL},
    {"Brussels imposed a 6.5% duty on imports of Russian nitrogen fertilisers.", "reporter",
     "European Union"},
    {"Australia exported 92,000 head of live cattle to Indonesia in July.", "commodity", "cattle"},
    {"The volume of Dutch goods exports was 1.8 percent larger in July than a year earlier.",
     "direction", "up"},
    {"Canada's trade deficit narrowed to C$4.94 billion in July as exports rose 2.6% on higher "
     "shipments of crude oil.",
     "count", "2"},
    {"Ottawa will impose a 25 per cent surtax on steel imports from China.", "flow", "tariff"},
    {"India's marine product exports rose 11.1 per cent to Rs 62,408 crore in 2024-25.",
     "commodity", "marine product"},
    {"South Africa's surplus narrowed to R12.4-billion in August, as exports to the US slid under "
     "Washington's 30% tariff on most South African goods.",
     "partner@1", "South Africa"},
    {"Costa Rica's exports of goods were flat year on year at $1.83 billion in August.", "basis",
     "year-on-year"},
    {"Nepal's imports rose 4% to Rs 541.8 billion in the first two months.", "currency", "NPR"},
    {"Botswana's exports fell to 22.4 billion pula in August.", "currency", "BWP"},
    {"Bahrain's exports reached BD1.05 billion in August.", "currency", "BHD"},
    {"India raised the basic customs duty on yellow peas to 30%.", "commodity", "yellow peas"},
    {"Argentina's beef exports rose 8% year-to-date through July.", "end", "2025-07-31"},
    {"Japan's LNG imports fell 5% in the fiscal year ended in March.", "start", "2024-04-01"},
    {"Nigeria's exports stood at N31.4 trillion, 12.6% higher than the preceding quarter.", "basis",
     "quarter-on-quarter"},
    {"Exports to the United States rose 6.2% to $7.4 billion in August despite the 50% tariff "
     "Washington imposed on a range of Indian goods.",
     "reporter@1", "United States"},
    {"Exports to the United States rose 6.2% to $7.4 billion in August despite the 50% tariff "
     "Washington imposed on a range of Indian goods.",
     "partner@1", "India"},
    {"India's imports fell 2.1% to $61.7 billion, narrowing the deficit to $23.5 billion from "
     "$27.9 billion in July.",
     "end", NULL},
    {"Trade between Russia and India hit a record $68.7 billion in 2024.", "vqual", NULL},
    {"Trade between Russia and India hit more than $68.7 billion in 2024.", "vqual", "more than"},
    /* Briefings: bulleted items, each opened by its economy and a bare
     * month and closed by its credit in brackets; a column's label before a
     * colon names no economy of the figures after it. */
    {"TRADE IN BRIEF \xe2\x80\xa2 Chile: August copper exports fell 3% to $3.9 billion (central "
     "bank) \xe2\x80\xa2 Peru: August exports $6.2 billion, up 4% y/y (BCRP)",
     "reporter@1", "Peru"},
    {"TRADE IN BRIEF \xe2\x80\xa2 Chile: August copper exports fell 3% to $3.9 billion (central "
     "bank) \xe2\x80\xa2 Peru: August exports $6.2 billion, up 4% y/y (BCRP)",
     "source@1", "BCRP"},
    {"TRADE IN BRIEF \xe2\x80\xa2 Chile: August copper exports fell 3% to $3.9 billion (central "
     "bank) \xe2\x80\xa2 Peru: August exports $6.2 billion, up 4% y/y (BCRP)",
     "source", "central bank"},
    {"August exports rose 6% to $5 billion, Kenya's statistics office said.", "start",
     "2025-08-01"},
    {"Germany: August exports rose 1.1% m/m to \xe2\x82\xac"
     "130 billion (Destatis).",
     "source", "Destatis"},
    {"Germany: August exports rose 1.1% m/m to \xe2\x82\xac"
     "130 billion (Destatis).",
     "end", "2025-08-31"},
    {"Africa Trade Wire: Ghana posted a trade surplus of $1.2 billion in August.", "reporter",
     "Ghana"},
    {"Exports rose 4% to $3 billion in August (estimated).", "source", NULL},
    {"May said exports rose 4% to $3 billion in August.", "start", "2025-08-01"},
    /* An economy's possessive with the noun left out: the flow, partner and
     * goods of the figure it compares with, in its sentence or the one
     * before; not a noun of its own ("Malaysia's economy grew"). */
    {"Thailand's exports to Japan rose 9.6% to $4.2 billion in August, while Malaysia's grew "
     "14.1% to RM16.3 billion and Indonesia's fell 2.4%.",
     "reporter@1", "Malaysia"},
    {"Thailand's exports to Japan rose 9.6% to $4.2 billion in August, while Malaysia's grew "
     "14.1% to RM16.3 billion and Indonesia's fell 2.4%.",
     "partner@1", "Japan"},
    {"Thailand's exports to Japan rose 9.6% to $4.2 billion in August, while Malaysia's grew "
     "14.1% to RM16.3 billion and Indonesia's fell 2.4%.",
     "direction@2", "down"},
    {"Thailand's exports rose 9.6% to $4.2 billion in August, while Malaysia's economy grew 4.1% "
     "in the second quarter.",
     "count", "1"},
    {"Ivory Coast's cocoa exports rose 38% to $4 billion in August. Ghana's appear to have fallen "
     "21% to $2.2 billion over the same period.",
     "commodity@1", "cocoa"},
    {"Ivory Coast's cocoa exports rose 38% to $4 billion in August. Ghana's appear to have fallen "
     "21% to $2.2 billion over the same period.",
     "start@1", "2025-08-01"},
    /* A live blog: a lede announcing the data sets the subject and its
     * month, and a cue after a time and a dash opens its entry. */
    {"09:02 GMT \xe2\x80\x94 Chile's central bank has just published its August trade figures. "
     "09:05 GMT \xe2\x80\x94 Exports rose 5.8% year on year to $9.4 billion.",
     "reporter", "Chile"},
    {"09:02 GMT \xe2\x80\x94 Chile's central bank has just published its August trade figures. "
     "09:05 GMT \xe2\x80\x94 Exports rose 5.8% year on year to $9.4 billion.",
     "start", "2025-08-01"},
    {"The World Trade Organization said Exports were a concern, and tariffs rose 2%.", "count",
     "1"},
    /* A market's move the trade data explain is no part of the figure. */
    {"The ringgit gained 0.3% to 4.41 per dollar as Malaysia's exports rose 12.4% in August to "
     "RM141.8 billion.",
     "reporter", "Malaysia"},
    {"The DAX fell 0.7% after data showed French exports to China fell 9.8% in August.", "partner",
     "China"},
    /* An aside between a subject and its verb: the subject is still the
     * role's economy or the goods. */
    {"Malawi's exports rose to K1.68 trillion in June. Belgium, where most of the leaf is "
     "processed, was the largest export market, buying goods worth K214 billion.",
     "partner@1", "Belgium"},
    {"Tajikistan's exports rose to $2.4 billion in June. Precious metals, mainly gold, were the "
     "main export item at $884 million.",
     "commodity@1", "precious metals"},
    /* A part opening the sentence before "and" and a piece with a cue. */
    {"Malawi's exports rose to K1.68 trillion in June. Tobacco, the country\xe2\x80\x99s main "
     "earner, brought in K892 billion, up 26.5 percent, and accounted for 53.1 percent of total "
     "exports.",
     "commodity@1", "tobacco"},
    /* A verb of selling names its whole's flow and its subject the partner,
     * after a sentence on the other flow or a frame naming the flow. */
    {"Afghanistan's imports rose to $5.4 billion in June, while exports reached $1.1 billion. "
     "Iran supplied goods worth $1.26 billion.",
     "partner@2", "Iran"},
    {"Afghanistan's imports rose to $5.4 billion in June. On the import side, Iran supplied goods "
     "worth $1.26 billion.",
     "partner@1", "Iran"},
    {"The Bahamas' imports rose to $1.2 billion in March. The United States remained by far the "
     "country's largest trading partner, supplying $958 million, or 78.9 percent, of all imports.",
     "partner@1", "United States"},
    /* Another partner selling the same flow is a peer of the figure, not
     * its partner; other goods after a verb of direction are a figure of
     * the same flow, but not other things ("prices"). */
    {"Fiji's imports from Australia amounted to $402 million in June, while Singapore, the main "
     "source of fuel, supplied $331 million.",
     "partner", "Australia"},
    {"Fiji's imports from Australia amounted to $402 million in June, while Singapore, the main "
     "source of fuel, supplied $331 million.",
     "partner@1", "Singapore"},
    {"Zimbabwe's tobacco exports rose 9.6 percent to US$1.14 billion in June, while platinum group "
     "metals fell 4.2 percent to US$712 million.",
     "commodity@1", "platinum group metals"},
    {"Zimbabwe's tobacco exports rose 9.6 percent to US$1.14 billion in June, while prices fell "
     "4.2 percent.",
     "count", "1"},
    /* The owner of the data after "from" is their economy, and the body
     * that released them, after a comma or "were", their source. */
    {"Three things we learned from Japan's August trade data, released by the Ministry of "
     "Finance on Wednesday. Exports rose 4.2% to \xc2\xa5"
     "8.86 trillion.",
     "start", "2025-08-01"},
    {"Three things we learned from Japan's August trade data, released by the Ministry of "
     "Finance on Wednesday. Exports rose 4.2% to \xc2\xa5"
     "8.86 trillion.",
     "source", "Ministry of Finance"},
    {"Japan's August trade data were released by the Ministry of Finance on Wednesday. Exports "
     "rose 4.2% to \xc2\xa5"
     "8.86 trillion.",
     "source", "Ministry of Finance"},
    /* An allegation is no figure; the answer to it is. */
    {"An MP alleged that India's imports from China had crossed $150 billion in 2024. The "
     "minister replied that India's imports from China were $118.6 billion in 2024.",
     "count", "1"},
    /* Goods in capitals after a demonym: the origin of imports. */
    {"EU imports of Russian LNG fell to \xe2\x82\xac"
     "3.2 billion in the first half of 2025.",
     "partner", "Russia"},
    /* The year of a reference number is no period. */
    {"In a written answer (E-002614/2024), the Commission said EU imports of Russian LNG fell "
     "to \xe2\x82\xac"
     "3.2 billion in the first half of 2025.",
     "end", "2025-06-30"},
    /* An answer to a question about a figure is the question's figure;
     * numbers after a question that asks none are not. */
    {"How big are Kenya's exports to Uganda? About $1.12 billion last year.", "partner", "Uganda"},
    {"How much grain did Kazakhstan export last season? 9.8 million tonnes, according to the "
     "ministry.",
     "reporter", "Kazakhstan"},
    {"Is the weather in Kenya good for farming? Rainfall was 812 mm last year. Kenya's tea exports "
     "rose 3% to $1.2 billion in 2024.",
     "count", "1"},
    /* A tariff blamed with "because of" is a clause of its own, and its
     * year no period of the figure before it. */
    {"Mozambique's exports to the United States fell 11.3 percent to US$38.4 million because of "
     "the 18 percent tariff Washington imposed in 2024.",
     "flow", "export"},
    {"Mozambique's exports to the United States fell 11.3 percent to US$38.4 million because of "
     "the 18 percent tariff Washington imposed in 2024.",
     "start", NULL},
    /* A tariff a relative clause says the goods face is a figure of its
     * own: the destination's on the exporter's goods; not one a modal puts
     * ahead. */
    {"Mozambique's aluminium shipments to the United States, which face a 16% tariff, fell to "
     "US$21 million in June.",
     "flow@1", "tariff"},
    {"Mozambique's aluminium shipments to the United States, which face a 16% tariff, fell to "
     "US$21 million in June.",
     "reporter@1", "United States"},
    {"Mozambique's aluminium shipments to the United States, which face a 16% tariff, fell to "
     "US$21 million in June.",
     "partner@1", "Mozambique"},
    {"Mozambique's aluminium shipments to the United States, which could face a 25% tariff, fell "
     "to US$21 million in June.",
     "count", "1"},
    /* From the review of these rules: goods in capitals after a demonym
     * with the cue after them name the reporter; an origin or a company is
     * no paragraph owner (the statistics body names the reporter); a price
     * is no goods figure; a split year keeps both years; "alleged" as an
     * adjective blocks nothing; a proposed tariff is none. */
    {"Japanese LNG imports fell 8% to 66.2 million tonnes in 2024.", "reporter", "Japan"},
    {"Tariffs on Chinese goods are starting to bite. Imports fell 12% to $35 billion in May, the "
     "Commerce Department said.",
     "reporter", "United States"},
    {"Japanese automaker Toyota reported record profits. Exports rose 9% to 2.1 million vehicles "
     "in 2024.",
     "reporter", NULL},
    {"Zambia's copper exports rose 9.6 percent to US$8.1 billion in 2024, while copper fell 4.2 "
     "percent to $8,200 a tonne on the LME.",
     "count", "1"},
    {"Nigeria's gas exports rose 5% to $3 billion in 2024, while oil fell 10% to $77 a barrel.",
     "count", "1"},
    {"Ukraine's grain exports reached 40 million tonnes in the 2023/2024 season.", "end",
     "2024-12-31"},
    {"The alleged collusion between traders has not dented Kenya's tea exports, which rose 12% to "
     "$1.4 billion in 2024.",
     "count", "1"},
    {"South Africa's citrus exports to the United States, which face a proposed 30% tariff, fell "
     "15% to $80 million in 2025.",
     "count", "1"},
    {"Brazil's exports to the US fell 18% to $2.8 billion in September because of the 50% tariff.",
     "reporter@1", "United States"},
    /* Letter signs of a currency are the reporter's own money. */
    {"Eswatini's exports rose 3.8 per cent to E8.42 billion in June.", "currency", "SZL"},
    {"Bosnia and Herzegovina's imports amounted to 16.84 billion KM in August.", "currency", "BAM"},
    /* The only economy a paragraph names as an owner before a figure that
     * names none is its reporter; its money follows. */
    {"Morocco's phosphate diplomacy is paying off. Exports of phosphates rose 18.4% to 61.2 "
     "billion dirhams in the first half.",
     "currency", "MAD"},
    {"Morocco's phosphate diplomacy is paying off. Exports of phosphates rose 18.4% to 61.2 "
     "billion dirhams in the first half.",
     "reporter", "Morocco"},
    {"Talks between Morocco and Spain went on. Exports of phosphates rose 18.4% in the first "
     "half.",
     "reporter", NULL},
    /* A capital spelled with its accents in capitals opens the dateline. */
    {"BOGOT\xc3\x81, Sept 13 \xe2\x80\x94 The country's coffee exports rose 11% to $300 "
     "million in August.",
     "reporter", "Colombia"},
    /* The whole's change on another basis keeps its parts open. */
    {"Malaysia's exports rose 5.2% year-on-year to RM132.4 billion in August. Compared with July, "
     "exports were up 2.3%. Singapore remained the top destination at RM19.8 billion.",
     "partner@2", "Singapore"},
    /* A rank below the first gives a part its amount, but no partner to
     * another clause's figure. */
    {"Australia's wine exports rose 6.1% to A$2.64 billion in August. The United States was the "
     "second-largest market at A$392 million.",
     "partner@1", "United States"},
    {"\"We shipped 45,000 tonnes of avocados in August, and China is now our third-largest "
     "market,\" Kenya's agriculture minister said.",
     "partner", NULL},
    /* Quarters counted back, to the end of a month. */
    {"Britain's exports to India rose 11.6% to \xc2\xa3"
     "19.4 billion in the four quarters to the "
     "end of August.",
     "start", "2024-09-01"},
    /* The value with its change, then the volume with its own. */
    {"Australia's wine exports rose 6.1% to A$2.64 billion in August, but by volume they fell "
     "2.4% to 612 million litres.",
     "percent@1", "2.4"},
    {"Australia's wine exports rose 6.1% to A$2.64 billion in August, but by volume they fell "
     "2.4% to 612 million litres.",
     "direction@1", "down"},
    {"Australia's wine exports rose 6.1% to A$2.64 billion in August, but by volume they fell "
     "2.4% to 612 million litres.",
     "volume@0", "-"},
    /* A remark on the subject without numbers makes no figure when the
     * predicate ranks it; a tariff with a volume alone is none. */
    {"Malaysia exported 1.38 million tonnes of palm oil in August. India, which cut its import "
     "duty on crude palm oil in June, was the biggest buyer, taking 312,000 tonnes.",
     "partner@1", "India"},
    {"Malaysia exported 1.38 million tonnes of palm oil in August. India, which cut its import "
     "duty on crude palm oil in June, was the biggest buyer, taking 312,000 tonnes.",
     "count", "2"},
    /* Goods carried to a bare cue with a partner, or a volume in the
     * goods' unit, when all the paragraph's figures are of those goods;
     * not after a figure of all goods. */
    {"Australian exports of liquefied natural gas slid 11.2% to A$14.8 billion in August. Japan "
     "remained the biggest customer, buying A$5.1 billion worth. Exports to Taiwan fell 19.5% to "
     "A$1.4 billion.",
     "commodity@2", "liquefied natural gas"},
    {"Australian beef exports rose 9.4% to 1.02 million tonnes in the first eight months of 2025. "
     "In August alone, exports reached 151,300 tonnes.",
     "commodity@1", "beef"},
    {"South Korea's exports rose 6.2 percent to US$60.8 billion in August. Car exports fell 3.2 "
     "percent to $6.1 billion. Exports to the United States declined 4.8 percent to $10.2 "
     "billion.",
     "commodity@2", NULL},
    /* A bare apostrophe after a final s owns, as "'s" does. */
    {"Illinois' exports to China fell 31.6% to $1.94 billion in August.", "reporter", "Illinois"},
    /* A tariff given as the circumstance of a clause is in force, without
     * the clause's change. */
    {"The gains came despite Brazil's 18% tariff on U.S. aircraft parts.", "flow", "tariff"},
    {"The gains came despite Brazil's 18% tariff on U.S. aircraft parts.", "direction", NULL},
    /* A statistics body of one economy gives that economy's figures. */
    {"Imports from Vietnam rose 21.3% to $197.8 billion in August, Census Bureau data showed.",
     "reporter", "United States"},
    {"Exports of goods to Switzerland jumped 42% in August, HMRC figures showed.", "reporter",
     "United Kingdom"},
    /* A law's name between the rate and the tariff word names the tariff's
     * economy. */
    {"The 25% Section 232 tariff on semiconductors took effect on Aug. 1.", "reporter",
     "United States"},
    {"Chinese goods still face Section 301 tariffs of 25% on most industrial products.", "reporter",
     "United States"},
    /* The size of a change after a noun of change. */
    {"Ireland's goods exports were EUR 19.8 billion in August, a decrease of EUR 1.6 billion "
     "compared with August 2024.",
     "by", "1.6e+09"},
    /* A tariff the goods face in a relative clause, adjectives before
     * the tariff word. */
    {"Bangladesh's knitwear exports rose 5.6% to $14.92 billion in August. Shipments to the United "
     "States, where Bangladeshi goods face a 20% reciprocal tariff, fell 3.4% to $5.61 billion.",
     "reporter@2", "United States"},
    /* An owner and adjectives between the rate and the tariff word. */
    {"Kenya's apparel exports to the United States fell 14.2 percent in August, after garments "
     "became subject to the 10 percent US baseline tariff.",
     "reporter@1", "United States"},
    /* A description of one economy only names it without "the" too. */
    {"Euro area exports of goods fell 3.8% to EUR 203.4 billion in August, Eurostat said.",
     "reporter", "euro zone"},
    /* The day a fiscal year ends is no period of its own. */
    {"The U.S. farm trade deficit hit $49.6 billion in fiscal 2025, which ended Sept. 30, the "
     "Agriculture Department said, as farm exports fell 3.6% to $165.2 billion.",
     "start@1", "2024-10-01"},
};

static const char *slot_of(const ad_figure *f, const char *slot)
{
    if (!strcmp(slot, "flow"))
        return flow_names[f->flow];
    if (!strcmp(slot, "basis"))
        return f->change.basis;
    if (!strcmp(slot, "balance"))
        return f->balance;
    if (!strcmp(slot, "direction"))
        return !f->change.present ? NULL : f->change.direction > 0 ? "up" : "down";
    if (!strcmp(slot, "commodity"))
        return f->commodity;
    if (!strcmp(slot, "reporter"))
        return f->reporter;
    if (!strcmp(slot, "partner"))
        return f->partner;
    if (!strcmp(slot, "vqual"))
        return f->value.qualifier;
    if (!strcmp(slot, "currency"))
        return f->value.present ? f->value.currency : NULL;
    if (!strcmp(slot, "source"))
        return f->source;
    if (!strcmp(slot, "start"))
        return f->period.start;
    if (!strcmp(slot, "end"))
        return f->period.end;
    ck_abort_msg("no slot %s", slot);
    return NULL;
}

START_TEST(test_one_slot)
{
    const one_slot_row *r = &one_slot_rows[_i];
    ad_article *art = fig_one(r->text, "2025-09-29");
    char slot[32];
    snprintf(slot, sizeof(slot), "%s", r->slot);
    char *at = strchr(slot, '@');
    size_t idx = at ? (size_t)(at[1] - '0') : 0;
    if (at)
        *at = '\0';
    ck_assert_msg(art->n_figures > idx, "\"%s\": %zu figures", r->text, art->n_figures);
    if (!strcmp(slot, "count")) {
        char n[24];
        snprintf(n, sizeof(n), "%zu", art->n_figures);
        ck_assert_str_eq(n, r->want);
    } else if (!strcmp(slot, "percent") || !strcmp(slot, "value") || !strcmp(slot, "volume") ||
               !strcmp(slot, "by")) {
        /* Numbers as %g text (a volume with its unit); "-" when the figure
         * has none. */
        const ad_figure *f = &art->figures[idx];
        char n[64] = "-";
        if (slot[0] == 'p' && f->change.present && f->change.has_percent)
            snprintf(n, sizeof(n), "%g", f->change.percent);
        else if (!strcmp(slot, "value") && f->value.present)
            snprintf(n, sizeof(n), "%g", f->value.amount);
        else if (!strcmp(slot, "volume") && f->volume.present)
            snprintf(n, sizeof(n), "%g %s", f->volume.amount, f->volume.unit);
        else if (!strcmp(slot, "by") && f->change.present && f->change.by.present)
            snprintf(n, sizeof(n), "%g", f->change.by.amount);
        ck_assert_str_eq(n, r->want);
    } else {
        ad_test_str_is(slot_of(&art->figures[idx], slot), r->want);
    }
    ad_article_free(art);
}
END_TEST

/* Fiscal years take the reporter's calendar (data/fiscal_years.tsv). */
typedef struct fy_row {
    const char *text, *start, *end;
} fy_row;

static const fy_row fy_rows[] = {
    {"India's exports rose 5% to $437 billion in FY25.", "2024-04-01", "2025-03-31"},
    /* A fiscal year named by its place: the one under way at the article's
     * date (2025-09-29) or the one before. */
    {"India's basmati rice exports rose 9pc to Rs 52,480 crore last fiscal, APEDA data showed.",
     "2024-04-01", "2025-03-31"},
    {"Japan's exports rose 3% to 104 trillion yen in the current fiscal year.", "2025-04-01",
     "2026-03-31"},
    {"Bilateral trade between India and Russia rose 5% to $65 billion in 2024-25.", "2024-04-01",
     "2025-03-31"},
    {"Japan's exports rose 3% in fiscal 2024.", "2024-04-01", "2025-03-31"},
    /* "the current fiscal" without "year", as Indian copy writes it; a
     * country's division keeps the country's calendar. */
    {"India's exports rose 7.4% to $68.2 billion in the first half of the current fiscal.",
     "2025-04-01", "2025-09-30"},
    {"Western Australia's exports fell 6.8% to A$184.7 billion in the 2023-24 financial year.",
     "2023-07-01", "2024-06-30"},
    /* ... but not a US state's, which runs its own year. */
    {"California's exports rose 5% to $180 billion in fiscal 2024.", NULL, NULL},
    /* The calendar the text states, for a reporter the table lacks; a
     * season's months in brackets. */
    {"Jamaica's exports rose 3% to US$1.44 billion in fiscal year 2024/25, which ended in March.",
     "2024-04-01", "2025-03-31"},
    {"Tunisia's olive oil exports fell 21% to 2.9 billion dinars in the first seven months of "
     "the 2024/25 season (November-May).",
     "2024-11-01", "2025-05-31"},
    {"U.S. imports from China fell 10% in fiscal 2024.", "2023-10-01", "2024-09-30"},
    /* A wire story's dateline dates the story, not the figure. */
    {"BEIJING, Sept 28 (Reuters) - China's exports rose 25% in August from a year earlier.",
     "2025-08-01", "2025-08-31"},
    {"China's exports rose 25% in August - the fastest pace this year.", "2025-08-01",
     "2025-08-31"},
    {"U.S. soybean exports rose 15% in 2023-24.", "2023-01-01", "2024-12-31"},
    {"Australia's exports to China rose 4% in 2023-24.", "2023-07-01", "2024-06-30"},
    {"Germany's exports rose 3% in fiscal 2024.", NULL, NULL},
    {"Germany's exports rose 3% in 2023-24.", "2023-01-01", "2024-12-31"},
    /* Parts of a fiscal year written as a two-year form, or months by
     * name; Ethiopia's year starts in July. */
    {"Pakistan's imports rose 5% to Rs 1.47 trillion in the first seven months of 2024-25.",
     "2024-07-01", "2025-01-31"},
    {"During April-February of 2024-25, India's exports rose 1.9 per cent to $398.6 billion.",
     "2024-04-01", "2025-02-28"},
    {"Bangladesh's exports rose 9.7% in July-March of fiscal 2024-25.", "2024-07-01", "2025-03-31"},
    {"Ethiopia's coffee exports rose 5% in the first seven months of the 2024/25 fiscal year.",
     "2024-07-01", "2025-01-31"},
    /* An FY two-year form starts in its first year. */
    {"During April-February of FY2024-25, India's exports rose 1.9 per cent to $398.6 billion.",
     "2024-04-01", "2025-02-28"},
    /* A season whose start month its text gives. */
    {"Ghana's cocoa exports fell 23% in the first five months of the 2024/25 season, which began "
     "in May",
     "2024-05-01", "2024-09-30"},
    {"Ghana's cocoa exports fell 23% in the first five months of the 2024/25 season, which began "
     "in October.",
     "2024-10-01", "2025-02-28"},
    {"Ukraine's grain exports fell 5% in the first eight months of the 2024/25 July-June "
     "marketing year.",
     "2024-07-01", "2025-02-28"},
};

START_TEST(test_fiscal)
{
    const fy_row *r = &fy_rows[_i];
    ad_article *art = fig_one(r->text, "2025-09-29");
    ck_assert_msg(art->n_figures == 1, "\"%s\": %zu figures", r->text, art->n_figures);
    ck_assert(art->figures[0].period.present);
    ad_test_str_is(art->figures[0].period.start, r->start);
    ad_test_str_is(art->figures[0].period.end, r->end);
    ad_article_free(art);
}
END_TEST

/* A wire dateline's date is the day of the report, not the figure's
 * period (article of 2025-09-29). */
static const fy_row dateline_rows[] = {
    {"RIYADH, September 16, 2025, SPA -- Saudi Arabia's non-oil exports rose 9.8 percent in "
     "July 2025 to reach SAR 27.4 billion.",
     "2025-07-01", "2025-07-31"},
    {"La Paz, Sep 12 (Prensa Latina) Bolivia's exports reached 8.1 billion dollars between "
     "January and August, a growth of 6.2 percent.",
     "2025-01-01", "2025-08-31"},
    {"MOSCOW, September 8. /TASS/. Trade turnover between Russia and China in January-August "
     "2025 amounted to $198.6 bln.",
     "2025-01-01", "2025-08-31"},
    {"ABU DHABI, 16th September, 2025 (WAM) -- The UAE's non-oil foreign trade hit a record AED "
     "2.46 trillion in the first eight months of 2025.",
     "2025-01-01", "2025-08-31"},
    {"ISLAMABAD, Sep 12 (APP): Pakistan's exports rose 5% to $2.9 billion in August, the "
     "statistics bureau said.",
     "2025-08-01", "2025-08-31"},
    /* A month range opening the paragraph is no dateline. */
    {"January\xe2\x80\x93"
     "August exports from Kazakhstan rose 12% to $50 billion, the Bureau of "
     "National Statistics said.",
     "2025-01-01", "2025-08-31"},
};

START_TEST(test_dateline)
{
    const fy_row *r = &dateline_rows[_i];
    ad_article *art = fig_one(r->text, "2025-09-29");
    ck_assert_msg(art->n_figures == 1, "\"%s\": %zu figures", r->text, art->n_figures);
    ad_test_str_is(art->figures[0].period.start, r->start);
    ad_test_str_is(art->figures[0].period.end, r->end);
    ad_article_free(art);
}
END_TEST

/* A value keeps its qualifier and the high end of a range. */
START_TEST(test_value_qualifier_range)
{
    ad_article *art =
        fig_one("China's imports from Brazil rose to about $4.8 billion in August.", "2025-09-29");
    ck_assert_uint_eq(art->n_figures, 1);
    ad_test_str_is(art->figures[0].value.qualifier, "about");
    ck_assert_int_eq(art->figures[0].value.has_high, 0);
    ad_article_free(art);
    art = fig_one("Canada's exports to Mexico reached $40-50 billion in 2024.", "2025-09-29");
    ck_assert_uint_eq(art->n_figures, 1);
    ck_assert_ptr_null(art->figures[0].value.qualifier);
    ck_assert_int_eq(art->figures[0].value.has_high, 1);
    ck_assert_double_eq_tol(art->figures[0].value.amount, 4e10, 1);
    ck_assert_double_eq_tol(art->figures[0].value.high, 5e10, 1);
    ad_article_free(art);
    /* A verb of passing a level: the value is "more than" it. */
    art = fig_one("Smartphone exports from India crossed Rs 1.8 lakh crore in the April-August "
                  "period.",
                  "2025-09-29");
    ck_assert_uint_eq(art->n_figures, 1);
    ad_test_str_is(art->figures[0].value.qualifier, "more than");
    ad_article_free(art);
}
END_TEST

/* A currency word several countries use is the reporter's own currency. */
START_TEST(test_currency_families)
{
    static const struct {
        const char *text, *cur; /* NULL: no value */
    } cases[] = {
        {"Morocco's phosphate exports rose 21.6% to 102.5 billion dirhams in 2024.", "MAD"},
        {"The UAE's non-oil trade rose 5% to 3 trillion dirhams in 2024.", "AED"},
        {"Kenya's tea exports fell 9% to 28.4 billion shillings in 2024.", "KES"},
        {"Norway's salmon exports rose 5% to 122 billion crowns ($11.5 billion) in 2024.", "NOK"},
        {"Mexico's exports rose 5% to 600 billion pesos in 2024.", "MXN"},
        {"Exports rose 5% to 600 billion pesos in 2024.", NULL},
        {"Exports rose 5% to 50 billion dollars in 2024.", "USD"},
        {"Nigeria's crude exports fell 11% to N4.2 trillion in 2024.", "NGN"},
        {"Papua New Guinea's LNG exports rose 5% to K12.3 billion in 2024.", "PGK"},
        {"Kenya's tea exports rose 5% to Sh140 billion in 2024.", "KES"},
        {"Exports rose 5% to K12.3 billion in 2024.", NULL},
        /* The two CFA francs, by the reporter's zone. */
        {"Senegal's exports fell 11% to 312.6 billion CFA francs in 2024.", "XOF"},
        {"Cameroon's cocoa exports rose 5% to 610 billion CFA francs in 2024.", "XAF"},
        {"Bangladesh's rice imports rose 5% to Tk 12,400 crore in 2024.", "BDT"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        ad_article *art = fig_one(cases[i].text, "2025-09-29");
        ck_assert_msg(art->n_figures == 1, "%s: %zu figures", cases[i].text, art->n_figures);
        const ad_money *v = &art->figures[0].value;
        ck_assert_msg(v->present == (cases[i].cur != NULL), "%s: value %d", cases[i].text,
                      v->present);
        if (cases[i].cur)
            ck_assert_str_eq(v->currency, cases[i].cur);
        ad_article_free(art);
    }
}
END_TEST

/* The tables the stage reads by position hold what it expects: ISO 4217
 * codes (copied as three letters) and months. */
START_TEST(test_tables_valid)
{
    for (size_t i = 0; i < ad_tbl_currency_families_len; i++) {
        const char *code = ad_tbl_currency_families[i][2];
        int found = 0;
        for (size_t k = 0; k < ad_iso4217_len && !found; k++)
            found = strcmp(ad_iso4217[k], code) == 0;
        ck_assert_msg(found && strlen(code) == 3, "currency family code %s", code);
        ck_assert_uint_eq(strlen(ad_tbl_currency_families[i][1]), 2);
    }
    for (size_t i = 0; i < ad_tbl_fiscal_years_len; i++) {
        long m = strtol(ad_tbl_fiscal_years[i][1], NULL, 10);
        ck_assert(m >= 1 && m <= 12);
        ck_assert(!strcmp(ad_tbl_fiscal_years[i][2], "start") ||
                  !strcmp(ad_tbl_fiscal_years[i][2], "end"));
        ck_assert(!strcmp(ad_tbl_fiscal_years[i][3], "yes") ||
                  !strcmp(ad_tbl_fiscal_years[i][3], "no"));
    }
}
END_TEST

START_TEST(test_no_figure)
{
    ad_article *art = fig_one(no_figure[_i], "2025-09-29");
    ck_assert_msg(art->n_figures == 0, "\"%s\" gave %zu figures (first flow %s)", no_figure[_i],
                  art->n_figures, art->n_figures ? flow_names[art->figures[0].flow] : "-");
    ad_article_free(art);
}
END_TEST

START_TEST(test_has_cue)
{
    const char *yes[] = {"Exports rose.", "a 25% tariff", "import duties", "the trade surplus",
                         "SHIPMENTS"};
    const char *no[] = {"Exporters gathered.", "The importance of trading", "", "tariffication",
                        "Das Exportvolumen"};
    for (size_t i = 0; i < sizeof(yes) / sizeof(yes[0]); i++)
        ck_assert_msg(ad_figures_has_cue(yes[i], strlen(yes[i])), "%s", yes[i]);
    for (size_t i = 0; i < sizeof(no) / sizeof(no[0]); i++)
        ck_assert_msg(!ad_figures_has_cue(no[i], strlen(no[i])), "%s", no[i]);
    /* Every word of data/trade_cues.tsv passes the quick pre-test (a new
     * cue's first letter or length must not be filtered out). */
    for (size_t i = 0; i < ad_tbl_trade_cues_len; i++) {
        const char *w = ad_tbl_trade_cues[i][0];
        ck_assert_msg(ad_figures_has_cue(w, strlen(w)), "cue %s is filtered out", w);
    }
}
END_TEST

/* Without an anchor, relative periods keep their text and lose their dates;
 * absolute ones keep both. */
START_TEST(test_no_anchor)
{
    ad_article *art = fig_one("In the first half of this year, Japan's exports rose 5 percent "
                              "to 50 trillion yen, while imports fell 2 percent in 2024.",
                              NULL);
    ck_assert_uint_eq(art->n_figures, 2);
    ck_assert_int_eq(art->figures[0].period.present, 1);
    ck_assert_str_eq(art->figures[0].period.text, "the first half of this year");
    ck_assert_ptr_null(art->figures[0].period.start);
    ck_assert_ptr_null(art->figures[0].period.end);
    ck_assert_str_eq(art->figures[0].value.currency, "JPY");
    ad_test_str_is(art->figures[1].period.start, "2024-01-01");
    ad_test_str_is(art->figures[1].reporter, "Japan");
    ad_article_free(art);
}
END_TEST

/* Paragraph index and sentence text; one figure for a figure repeated later;
 * headings are not read. */
START_TEST(test_article_rules)
{
    const char *p[] = {"China's exports to Africa rose 25% to $97 billion in the first half.",
                       ("Officials met on Monday. Trade talks went on. China's exports to Brazil "
                        "fell 3 percent to $20 billion in the first half. Both sides said more."),
                       "China's exports to Brazil fell 3 percent to $20 billion in the first half.",
                       "China's exports to Chile rose 9 percent to $12 billion in August"};
    ad_para_type t[] = {AD_PARA_HEADING, AD_PARA_PARAGRAPH, AD_PARA_PARAGRAPH, AD_PARA_PARAGRAPH};
    ad_article *art = fig_article(p, t, 4, "2025-09-29");
    ck_assert_uint_eq(art->n_figures, 2);
    ck_assert_uint_eq(art->figures[0].paragraph, 1);
    ck_assert_str_eq(art->figures[0].sentence, "China's exports to Brazil fell 3 percent to $20 "
                                               "billion in the first half.");
    ad_test_str_is(art->figures[0].partner, "Brazil");
    ck_assert_uint_eq(art->figures[1].paragraph, 3);
    ad_test_str_is(art->figures[1].partner, "Chile");
    ad_test_str_is(art->figures[1].period.start, "2025-08-01");
    ad_article_free(art);
}
END_TEST

/* A breakdown runs on from paragraph to paragraph while each gives a part
 * of the whole: goods joined by "and", "earned", and no part of what earns
 * money without being shipped. */
START_TEST(test_breakdown_runs_on)
{
    const char *p[] = {
        "Morocco's exports rose 6.3% to MAD 121.4 billion in the first quarter, according to the "
        "Foreign Exchange Office.",
        "Cars brought in MAD 42.7 billion, up 9.8%.",
        "Phosphates and derivatives brought in MAD 24.6 billion, up 3.2%, while fruit and "
        "vegetables earned MAD 3 billion.",
        "Tourism earned MAD 30 billion. Coffee earned the country MAD 9.2 billion.",
        "The garment industry's exports rose 4% to MAD 8 billion.",
    };
    ad_article *art = fig_article(p, NULL, 5, "2033-05-01");
    ck_assert_uint_eq(art->n_figures, 6);
    ad_test_str_is(art->figures[1].commodity, "cars");
    ck_assert_uint_eq(art->figures[2].paragraph, 2);
    ad_test_str_is(art->figures[2].commodity, "phosphates and derivatives");
    ad_test_str_is(art->figures[2].source, "Foreign Exchange Office");
    ad_test_str_is(art->figures[3].commodity, "fruit and vegetables");
    ad_test_str_is(art->figures[4].commodity, "coffee");
    ck_assert_double_eq_tol(art->figures[4].value.amount, 9.2e9, 1);
    ck_assert_uint_eq(art->figures[5].paragraph, 4);
    ad_test_str_is(art->figures[5].commodity, "garment");
    ad_article_free(art);
}
END_TEST

/* What goods earn is a part of the exports after a sentence on the
 * imports; a rank's "export group" is goods; a partner's change past
 * "worth" and the month; "X followed with" and the economies after it. */
START_TEST(test_parts_of_exports)
{
    const char *p[] = {
        "Philippine exports rose 9.6 percent year-on-year to $6.84 billion in January, while "
        "imports grew 2.1 percent to $10.96 billion.",
        "Electronic products, the country's biggest export group, climbed 12.4 percent to $3.97 "
        "billion. Mineral products fetched $412 million.",
        "The United States remained the top destination of Philippine goods, buying $1.09 billion "
        "worth in January, up 4.3 percent. Japan followed with $1.02 billion and Hong Kong with "
        "$948 million.",
    };
    ad_article *art = fig_article(p, NULL, 3, "2033-02-10");
    ck_assert_uint_eq(art->n_figures, 7);
    ad_test_str_is(art->figures[2].commodity, "electronic products");
    ck_assert_uint_eq(art->figures[3].flow, AD_FLOW_EXPORT);
    ad_test_str_is(art->figures[3].commodity, "mineral products");
    ad_test_str_is(art->figures[4].partner, "United States");
    ck_assert(art->figures[4].change.present && art->figures[4].change.percent == 4.3);
    ad_test_str_is(art->figures[5].partner, "Japan");
    ad_test_str_is(art->figures[6].partner, "Hong Kong");
    ad_article_free(art);
}
END_TEST

/* Goods with a verb of their own after other goods' figure, in the same
 * sentence or opening the next; parts "led by"; a share restated after
 * an amount keeps the list after it the clause's. */
START_TEST(test_goods_after_goods)
{
    const char *p[] = {
        "Indonesia's exports rose 6.9 percent year-on-year to $24.56 billion in May.",
        "Coal exports fell 11.2 percent to $2.87 billion as prices softened. Crude palm oil and "
        "its "
        "derivatives rose 15.7 percent to $2.31 billion, and iron and steel exports gained 8.3 "
        "percent to $2.64 billion.",
        "Leather exports rose 11.2 percent to $318 million, while jute and jute goods earnings "
        "fell "
        "3.9 percent to $204 million. Copper rose 5 percent to $8,200 a tonne.",
        "Non-oil exports rose 21.3% to $2.41 billion, led by cocoa beans at $612.4 million and "
        "urea "
        "at $318.7 million.",
        ("China remained the largest source of imports at $4.29 billion, or 25.8% of total "
         "imports, followed by the United States with $1.62 billion."),
    };
    ad_article *art = fig_article(p, NULL, 5, "2033-06-10");
    ck_assert_uint_eq(art->n_figures, 11); /* no price of copper */
    ad_test_str_is(art->figures[2].commodity, "crude palm oil and its derivatives");
    ck_assert(art->figures[2].change.present && art->figures[2].change.direction > 0);
    ad_test_str_is(art->figures[3].commodity, "iron and steel");
    ad_test_str_is(art->figures[5].commodity, "jute and jute goods");
    ck_assert_uint_eq(art->figures[5].flow, AD_FLOW_EXPORT);
    ad_test_str_is(art->figures[7].commodity, "cocoa beans");
    ad_test_str_is(art->figures[8].commodity, "urea");
    ad_test_str_is(art->figures[9].partner, "China");
    ad_test_str_is(art->figures[10].partner, "United States");
    ck_assert_double_eq_tol(art->figures[10].value.amount, 1.62e9, 1);
    ad_article_free(art);
}
END_TEST

/* Goods after a part with "with" and "at"; a peer of a goods figure that
 * earned more than it. */
START_TEST(test_goods_peers)
{
    const char *p[] = {
        "Ethiopia earned $1.51 billion from merchandise exports in the first quarter, the "
        "ministry said. Coffee accounted for $612 million of the total, with gold at $318 million "
        "and oilseeds at $104 million.",
        "Ghana's gold exports rose 38.6% to $8.94 billion in January-September, while cocoa "
        "exports fell 27.4% to $1.12 billion. Crude oil brought in $2.31 billion.",
    };
    ad_article *art = fig_article(p, NULL, 2, "2033-11-20");
    ck_assert_uint_eq(art->n_figures, 7);
    ad_article_free(art);
    /* Economies after a buyer, their verb left out. */
    const char *q[] = {
        "Peru's blueberry exports jumped 24% to US$1.38 billion in January-September.",
        "The United States took US$712 million of the total and the Netherlands US$318 million.",
    };
    art = fig_article(q, NULL, 2, "2033-11-20");
    ck_assert_uint_eq(art->n_figures, 3);
    ad_test_str_is(art->figures[2].partner, "Netherlands");
    ad_article_free(art);
    art = fig_article(p, NULL, 2, "2033-11-20");
    ad_test_str_is(art->figures[2].commodity, "gold");
    ad_test_str_is(art->figures[3].commodity, "oilseeds");
    ad_test_str_is(art->figures[6].commodity, "crude oil");
    ck_assert_double_eq_tol(art->figures[6].value.amount, 2.31e9, 1);
    ad_article_free(art);
}
END_TEST

/* "and" after a number ends a part's clause: "Gold accounted for ... and
 * cocoa brought in ..." gives cocoa alone. */
START_TEST(test_part_after_and)
{
    const char *p[] = {
        "Ghana's exports rose 6% to $10 billion in the first quarter.",
        "Gold accounted for $4.1 billion and cocoa brought in $2.4 billion.",
    };
    ad_article *art = fig_article(p, NULL, 2, "2033-05-01");
    ck_assert_uint_eq(art->n_figures, 3);
    ad_test_str_is(art->figures[1].commodity, "gold");
    ad_test_str_is(art->figures[2].commodity, "cocoa");
    ad_article_free(art);
}
END_TEST

/* Rules of periods, goods and sources across the sentences of a paragraph,
 * in an article of January 14, 2027. */
START_TEST(test_paragraph_rules)
{
    const char *p[] = {
        /* A span of months whose last month is still to come is last year's;
         * a single month is the current one. */
        "Bolivia's gas exports totaled $1.02 billion between January and October, the INE said.",
        "Bolivia's exports rose 3% to $800 million in January, the INE said.",
        /* A whole year's figure continues the year of the month before it. */
        "Turkey's exports rose 3.8% to $24.1 billion in December, bringing annual exports to "
        "$273.4 billion.",
        /* Goods spoken of again carry over; total exports do not take them. The
         * source carries over to a figure naming the same reporter. */
        "Malaysia's palm oil exports fell 4.2 per cent to 16.1 million tonnes in 2026, the "
        "Malaysian Palm Oil Board said. Export earnings, however, rose to RM113.5 billion. Total "
        "exports of Malaysia rose 2% to RM1.5 trillion.",
        /* A change named by a noun ("The increase") has no subject of its
         * own, and the number of a comparison ("than the 6.5% rise") is not
         * the figure's. */
        "Thailand's exports rose 9.2% in December. The increase was stronger than the 6.5% rise "
        "projected by economists and brought total exports for 2026 to $318.7 billion, up 6.1% "
        "from the previous year."};
    ad_article *art = fig_article(p, NULL, 5, "2027-01-14");
    ck_assert_uint_eq(art->n_figures, 9);
    /* In January's report on December, the year to date is December's year. */
    {
        ad_article *ytd = fig_one("South Africa's trade surplus narrowed to R14.2 billion in "
                                  "December. Year to date, the country's trade surplus stood at "
                                  "R189.5 billion.",
                                  "2027-01-14");
        ck_assert_uint_eq(ytd->n_figures, 2);
        ad_test_str_is(ytd->figures[1].period.start, "2026-01-01");
        ad_test_str_is(ytd->figures[1].period.end, "2026-12-31");
        ad_article_free(ytd);
    }
    const ad_figure *f = art->figures;
    ad_test_str_is(f[0].period.start, "2026-01-01");
    ad_test_str_is(f[0].period.end, "2026-10-31");
    ad_test_str_is(f[1].period.start, "2027-01-01");
    ad_test_str_is(f[3].period.start, "2026-01-01");
    ad_test_str_is(f[3].period.end, "2026-12-31");
    ad_test_str_is(f[3].period.text, "annual");
    ad_test_str_is(f[5].commodity, "palm oil");
    ad_test_str_is(f[5].source, "Malaysian Palm Oil Board");
    ad_test_str_is(f[6].commodity, NULL);
    ad_test_str_is(f[6].source, "Malaysian Palm Oil Board");
    ck_assert_double_eq_tol(f[8].value.amount, 318.7e9, 1);
    ck_assert_double_eq_tol(f[8].change.percent, 6.1, 1e-9);
    ad_test_str_is(f[8].reporter, "Thailand");
    ad_article_free(art);
    /* A list of partners goes on past a bracketed share after an amount. */
    {
        ad_article *pl = fig_one("Uzbekistan's foreign trade turnover reached $17.84 billion in "
                                 "August. China was Uzbekistan's largest trading partner with a "
                                 "turnover of $3.71 billion, followed by Russia with $3.23 billion "
                                 "(18.1%) and Kazakhstan with $1.05 billion.",
                                 "2025-09-29");
        ck_assert_uint_eq(pl->n_figures, 4);
        ad_test_str_is(pl->figures[3].partner, "Kazakhstan");
        ck_assert_double_eq_tol(pl->figures[3].value.amount, 1.05e9, 1);
        ad_article_free(pl);
    }
    /* A part's own change after its amount ("brought in $864.2 million, up
     * 6.3%"), with its basis. */
    {
        ad_article *pa = fig_one("Uzbekistan's exports rose 21.3% to $7.96 billion in August. "
                                 "Textile products brought in $864.2 million, up 6.3% from a year "
                                 "earlier.",
                                 "2025-09-29");
        ck_assert_uint_eq(pa->n_figures, 2);
        ad_test_str_is(pa->figures[1].commodity, "textile products");
        ck_assert(pa->figures[1].change.present);
        ck_assert_int_eq(pa->figures[1].change.direction, 1);
        ck_assert_double_eq_tol(pa->figures[1].change.percent, 6.3, 1e-9);
        ad_test_str_is(pa->figures[1].change.basis, "year-on-year");
        ad_article_free(pa);
    }
}
END_TEST

/* "the country" a clause sends goods to is the partner named before; an
 * amount with no "of" after it names no goods. */
START_TEST(test_back_references)
{
    const char *p[] = {"South Korea's car exports to the United States dropped 13.2 percent to "
                       "US$2.5 billion in August. Shipments of auto parts to the country also "
                       "fell 8 percent to $610 million.",
                       "Coffee exports from Brazil rose 42% to $7.8 billion in August, as "
                       "shipments of 4.2 million 60-kg bags fetched higher prices.",
                       /* A source named once, at the paragraph's end. */
                       "Peru's exports rose 14.2% to $7.42 billion in August. Imports climbed 6.1% "
                       "to $4.35 billion. The trade surplus widened to $3.07 billion, the central "
                       "bank said.",
                       /* An economy in a role of the trade is its partner. */
                       "Philippine imports rose 9% in August. China was the biggest source of "
                       "imports at $2.58 billion, followed by Indonesia and Japan.",
                       /* A list after "followed by", each with its amount. */
                       "Ecuador's non-oil exports rose 11.4% to $23.5 billion in 2024. Shrimp "
                       "exports led with $7.6 billion, followed by bananas at $3.9 billion and "
                       "cocoa at $3.2 billion."};
    ad_article *art = fig_article(p, NULL, 5, "2025-09-29");
    ck_assert_uint_eq(art->n_figures, 13);
    ad_test_str_is(art->figures[11].commodity, "bananas");
    ck_assert_double_eq_tol(art->figures[11].value.amount, 3.9e9, 1);
    ad_test_str_is(art->figures[12].commodity, "cocoa");
    ck_assert_int_eq(art->figures[12].change.present, 0);
    ad_test_str_is(art->figures[8].reporter, "Philippines");
    ad_test_str_is(art->figures[8].partner, "China");
    ad_test_str_is(art->figures[4].source, "central bank");
    ad_test_str_is(art->figures[5].source, "central bank");
    ad_test_str_is(art->figures[6].source, "central bank");
    ad_test_str_is(art->figures[1].partner, "United States");
    ad_test_str_is(art->figures[1].commodity, "auto parts");
    ad_test_str_is(art->figures[2].commodity, "coffee");
    ad_test_str_is(art->figures[3].commodity, "coffee");
    ad_article_free(art);
    /* A part with its own amount ("of which coal made up ..."), no change. */
    art = fig_one("Mongolia's exports amounted to 15.3 billion dollars in 2024, of which coal made "
                  "up 7.8 billion dollars.",
                  "2025-09-29");
    ck_assert_uint_eq(art->n_figures, 2);
    ck_assert_int_eq(art->figures[0].change.present, 0);
    ad_test_str_is(art->figures[1].commodity, "coal");
    ck_assert_double_eq_tol(art->figures[1].value.amount, 7.8e9, 1);
    ad_article_free(art);
}
END_TEST

/* Parts of a whole figure given in sentences of their own, after it in its
 * paragraph or the next: goods or an economy before a part's verb, a list
 * after a role ("Its main buyers were"), the verb left out after a comma. */
/* Lists of parts after a part or a role: "X led with $A, followed by Y with
 * $B", "X remained the top export, at $A, followed by Y at $B", "China
 * remained the country's largest trading partner with $A, followed by ...". */
START_TEST(test_part_lists)
{
    const char *p[] = {
        "Peru's agricultural exports reached $4.31 billion in January-April 2027, "
        "the ministry said. Blueberries led with $612 million, followed by avocados "
        "with $488 million and grapes with $401 million.",
        "Laos earned $1.9 billion from exports in the first quarter of 2027. "
        "Electricity remained the top export, at $412 million, followed by gold "
        "ore at $287 million.",
        "Kazakhstan's foreign trade turnover totalled $46.2 billion in January-April "
        "2027. China remained the country's largest trading partner with $9.3 "
        "billion, followed by Russia with $8.0 billion."};
    ad_article *art = fig_article(p, NULL, 3, "2027-06-18");
    ck_assert_uint_eq(art->n_figures, 10);
    ad_test_str_is(art->figures[1].commodity, "blueberries");
    ad_test_str_is(art->figures[2].commodity, "avocados");
    ck_assert_double_eq_tol(art->figures[3].value.amount, 401e6, 1);
    ad_test_str_is(art->figures[3].period.end, "2027-04-30");
    ad_test_str_is(art->figures[5].commodity, "electricity");
    ad_test_str_is(art->figures[6].commodity, "gold ore");
    ad_test_str_is(art->figures[8].partner, "China");
    ck_assert_int_eq(art->figures[8].flow, AD_FLOW_TOTAL);
    ad_test_str_is(art->figures[9].partner, "Russia");
    ad_article_free(art);
    /* Volumes moving apart from the value are a record of their own; a
     * role's amount after ", with purchases of"; "ahead of" opens a list. */
    /* A change given by reference in the next sentence. */
    const char *ref[] = {"Slovakia posted a trade surplus of 682.4 million euros in April 2027. "
                         "That was 211 million euros more than a year earlier.",
                         "Nepal's imports from India amounted to Rs 1.02 trillion in April 2027. "
                         "That was 9.6 percent higher than in the same period a year ago."};
    art = fig_article(ref, NULL, 2, "2027-06-18");
    ck_assert_uint_eq(art->n_figures, 2);
    ck_assert_int_eq(art->figures[0].change.direction, UP);
    ck_assert_double_eq_tol(art->figures[0].change.by.amount, 211e6, 1);
    ck_assert_double_eq_tol(art->figures[1].change.percent, 9.6, 1e-9);
    ad_test_str_is(art->figures[1].change.basis, "year-on-year");
    ad_article_free(art);
    /* Only goods open such a clause: "It remained the top export". */
    const char *it = "Kyrgyzstan's exports rose 5% to $1 billion in 2025. It remained the top "
                     "export, at $412 million in 2025.";
    art = fig_article(&it, NULL, 1, "2027-06-18");
    ck_assert_uint_eq(art->n_figures, 2);
    ck_assert_ptr_null(art->figures[1].commodity);
    ad_article_free(art);
    const char *q[] = {"Paraguay's beef exports generated US$702 million between January and May, "
                       "4% less than a year earlier, although volumes rose 6% to 151,000 tonnes. "
                       "Chile remained the main destination, with purchases of US$231 million, "
                       "ahead of Taiwan at US$118 million."};
    art = fig_article(q, NULL, 1, "2027-06-18");
    ck_assert_uint_eq(art->n_figures, 4);
    ck_assert_int_eq(art->figures[0].change.direction, DOWN);
    ck_assert_int_eq(art->figures[1].value.present, 0);
    ck_assert_double_eq_tol(art->figures[1].volume.amount, 151000, 1);
    ck_assert_int_eq(art->figures[1].change.direction, UP);
    ad_test_str_is(art->figures[1].commodity, "beef");
    ad_test_str_is(art->figures[2].partner, "Chile");
    ck_assert_double_eq_tol(art->figures[2].value.amount, 231e6, 1);
    ad_test_str_is(art->figures[3].partner, "Taiwan");
    ad_article_free(art);
    /* A partner's part in the sentence of the whole, after "with" or ", and
     * X was the main ...": the whole keeps no partner. A role in a later
     * paragraph takes the subject carried over when it names its goods
     * ("Seychelles products"), and a family's sign its reporter's money. */
    const char *w[] = {"Chile's imports rose 5.1% to $15.84 billion in 2026, with China accounting "
                       "for $4.12 billion.",
                       "Peru's imports rose 4% to $9.2 billion in 2026, with the United States the "
                       "main source at $2.1 billion.",
                       "Uruguay's imports rose 3% to $8.1 billion in 2026, and Brazil was the main "
                       "source at $1.9 billion."};
    art = fig_article(w, NULL, 3, "2027-06-18");
    ck_assert_uint_eq(art->n_figures, 6);
    ck_assert_ptr_null(art->figures[0].partner);
    ad_test_str_is(art->figures[1].partner, "China");
    ck_assert_double_eq_tol(art->figures[1].value.amount, 4.12e9, 1);
    ck_assert_ptr_null(art->figures[4].partner);
    ad_test_str_is(art->figures[5].partner, "Brazil");
    ck_assert_double_eq_tol(art->figures[5].value.amount, 1.9e9, 1);
    ad_test_str_is(art->figures[3].partner, "United States");
    const char *sc[] = {"Seychelles' domestic exports rose 7.4 percent to R5.36 billion in 2026.",
                        "Total imports amounted to R15.84 billion, up 5.1 percent.",
                        ("France remained the main market for Seychelles products, taking R1.42 "
                         "billion worth of goods, followed by Italy at R612 million.")};
    ad_article_free(art);
    art = fig_article(sc, NULL, 3, "2027-06-18");
    ck_assert_uint_eq(art->n_figures, 4);
    ad_test_str_is(art->figures[0].value.currency, "SCR");
    ad_test_str_is(art->figures[2].partner, "France");
    ad_test_str_is(art->figures[2].reporter, "Seychelles");
    ck_assert_int_eq(art->figures[2].flow, AD_FLOW_EXPORT);
    ad_test_str_is(art->figures[2].value.currency, "SCR");
    ad_test_str_is(art->figures[3].partner, "Italy");
    ad_test_str_is(art->figures[3].value.currency, "SCR");
    ad_article_free(art);
}
END_TEST

/* A figure that names no reporter and follows none, in money only one
 * economy issues, is that economy's; not one of a family word, whose
 * currency the reporter decides, nor a weak one ("Trade on the Korea
 * Exchange"), nor one whose partner issues it. A pronoun subject names no
 * goods. */
START_TEST(test_money_reporter)
{
    ad_article *art = fig_one("Rare earth exports were 4.86 billion yuan in the first ten months "
                              "of 2025, up 12.1 percent year on year, customs data show.",
                              "2025-11-16");
    ck_assert_uint_eq(art->n_figures, 1);
    ad_test_str_is(art->figures[0].reporter, "China");
    ad_article_free(art);
    art = fig_one("Imports from Japan reached 3 trillion yen in October.", "2025-11-16");
    ck_assert_uint_eq(art->n_figures, 1);
    ck_assert_ptr_null(art->figures[0].reporter);
    ad_article_free(art);
    art = fig_one("Exports rose to 5 billion pesos in October.", "2025-11-16");
    ck_assert_uint_eq(art->n_figures, 0);
    ad_article_free(art);
    art = fig_one("Trade on the exchange was brisk, with 1.2 billion shares worth 14.3 "
                  "trillion won changing hands.",
                  "2025-11-16");
    ck_assert_uint_eq(art->n_figures, 0);
    ad_article_free(art);
    art = fig_one("In 2014, Brazil shipped $16.6 billion of soybeans to China; last year it "
                  "shipped $42.8 billion.",
                  "2025-11-16");
    ck_assert_uint_eq(art->n_figures, 2);
    ad_test_str_is(art->figures[1].commodity, "soybeans");
    ad_article_free(art);
}
END_TEST

/* Forms of analytical writing: a place opening the clause ("In Peru,")
 * is the reporter; a fact-check's claim gives no figure and no source but
 * its subject; "the fiscal year that ended in June 2033". */
START_TEST(test_analysis_forms)
{
    const char *p[] = {"Chile's copper exports rose 9.2% to $4.86 billion in October 2025, the "
                       "central bank said. In Peru, copper exports were $2.31 billion in "
                       "September 2025, according to the BCRP.",
                       "Claim: Kenya ran a $5 billion trade surplus with China last year, an MP "
                       "said. Verdict: False. Customs data show imports from China of $3.1 "
                       "billion in 2024 against exports of $0.2 billion.",
                       ("Egypt's imports rose 3% to $80 billion in the fiscal year that ended in "
                        "June 2025.")};
    ad_article *art = fig_article(p, NULL, 3, "2025-11-16");
    ck_assert_uint_eq(art->n_figures, 5);
    ad_test_str_is(art->figures[1].reporter, "Peru");
    ck_assert_double_eq_tol(art->figures[2].value.amount, 3.1e9, 1);
    ad_test_str_is(art->figures[2].reporter, "Kenya");
    ck_assert_ptr_null(art->figures[2].source);
    ad_test_str_is(art->figures[4].period.start, "2024-07-01");
    ad_test_str_is(art->figures[4].period.end, "2025-06-30");
    ad_article_free(art);
    /* (from a review) a bloc's member, another kind of money, a role of
     * the other flow: no partner part; a part keeps the whole's goods and
     * its peers after "followed by"; "IT" is goods; a source naming its
     * economy beats the money's; "months of exports" held up are exports. */
    const char *r[] = {"ASEAN's exports reached $1.9 trillion in 2024, with Vietnam accounting for "
                       "$355 billion.",
                       "Vietnam's exports rose to $355 billion in 2024, with China accounting for "
                       "$60 billion in investment commitments.",
                       "Kenya's exports rose to $7.2 billion in 2024, with China the biggest "
                       "supplier at $4.1 billion.",
                       "Kenya's tea exports rose to $1.4 billion in 2024, with Pakistan "
                       "accounting for $500 million, followed by Egypt at $300 million.",
                       "IT exports rose to $194 billion in 2024.",
                       ("Two months of exports to China, worth $2.1 billion, were held up at the "
                        "port in 2024, Kenya's ministry said.")};
    art = fig_article(r, NULL, 6, "2025-11-16");
    ck_assert_uint_eq(art->n_figures, 8);
    ck_assert_ptr_null(art->figures[0].partner);
    ck_assert_ptr_null(art->figures[2].partner);
    ad_test_str_is(art->figures[4].partner, "Pakistan");
    ad_test_str_is(art->figures[4].commodity, "tea");
    ad_test_str_is(art->figures[5].partner, "Egypt");
    ad_test_str_is(art->figures[6].commodity, "IT");
    ad_test_str_is(art->figures[7].partner, "China");
    ad_article_free(art);
    /* A goods figure is no whole of a market's share; "Dominican" is the
     * Dominican Republic's. */
    const char *d[] = {"Dominican exports of goods totaled $9.84 billion in 2024, according to "
                       "the central bank.",
                       "Medical devices remained the largest export item at $1.74 billion.",
                       "The United States remained the main destination for Dominican goods, "
                       "absorbing $5.12 billion."};
    art = fig_article(d, NULL, 3, "2025-11-16");
    ck_assert_uint_eq(art->n_figures, 3);
    ad_test_str_is(art->figures[0].reporter, "Dominican Republic");
    ad_test_str_is(art->figures[2].partner, "United States");
    ck_assert_double_eq_tol(art->figures[2].value.amount, 5.12e9, 1);
    ad_article_free(art);
    /* A role's amount in a relative clause before "followed by", and the
     * peers after it: "followed by India" names no reporter. */
    const char *j[] = {"Jordan's national exports rose 5.8 per cent to JD3.912 billion in 2024.",
                       "The United States was the top destination for national exports, which "
                       "reached JD1.046 billion, followed by India with JD512 million."};
    art = fig_article(j, NULL, 2, "2025-11-16");
    ck_assert_uint_eq(art->n_figures, 3);
    ad_test_str_is(art->figures[1].partner, "United States");
    ck_assert_double_eq_tol(art->figures[1].value.amount, 1.046e9, 1);
    ad_test_str_is(art->figures[2].reporter, "Jordan");
    ad_test_str_is(art->figures[2].partner, "India");
    ad_article_free(art);
    /* (from a second review) an adjective naming the exporter beats the
     * place opening the clause; a part that fits the goods' figure keeps
     * its goods. */
    art = fig_one("In Germany, Chinese exports of electric vehicles rose 20% to $2 billion in "
                  "October 2025.",
                  "2025-11-16");
    ck_assert_uint_eq(art->n_figures, 1);
    ad_test_str_is(art->figures[0].reporter, "China");
    ad_article_free(art);
    const char *t[] = {"Kenya's tea exports rose 6% to $1.4 billion in 2024.",
                       "Pakistan remained the main destination for Kenyan tea, absorbing $0.5 "
                       "billion."};
    art = fig_article(t, NULL, 2, "2025-11-16");
    ck_assert_uint_eq(art->n_figures, 2);
    ad_test_str_is(art->figures[1].partner, "Pakistan");
    ad_test_str_is(art->figures[1].commodity, "tea");
    ad_article_free(art);
    art = fig_one("Coal exports rose to 12.4 billion yuan in 2024, Mongolia's customs office said.",
                  "2025-11-16");
    ck_assert_uint_eq(art->n_figures, 1);
    ad_test_str_is(art->figures[0].reporter, "Mongolia");
    ad_article_free(art);
}
END_TEST

START_TEST(test_parts)
{
    const char *p[] = {"Ghana's exports rose 12% to $18.2 billion in 2026, the Bank of Ghana said. "
                       "Gold accounted for $9.1 billion of the total, while cocoa brought in $2.4 "
                       "billion.",
                       "Kenya's exports rose 8% to KSh1.1 trillion in 2026.",
                       "Its main buyers were Uganda (KSh160 billion), the Netherlands (KSh120 "
                       "billion) and Pakistan (KSh95 billion).",
                       "Vietnam's exports rose 20% to $120 billion last year. Electronics made up "
                       "$45 billion of that, and textiles $18 billion.",
                       "Peru exported 1.21 million tonnes of fishmeal in 2026. Most of it went to "
                       "China, which bought 940,000 tonnes. Vietnam bought about 6% of the total, "
                       "or roughly 72,000 tonnes."};
    ad_article *art = fig_article(p, NULL, 5, "2027-02-10");
    ck_assert_uint_eq(art->n_figures, 13);
    ad_test_str_is(art->figures[1].commodity, "gold");
    ck_assert_double_eq_tol(art->figures[1].value.amount, 9.1e9, 1);
    ad_test_str_is(art->figures[1].source, "Bank of Ghana");
    ad_test_str_is(art->figures[1].period.start, "2026-01-01");
    ck_assert_int_eq(art->figures[1].change.present, 0);
    ad_test_str_is(art->figures[2].commodity, "cocoa");
    ad_test_str_is(art->figures[4].partner, "Uganda");
    ad_test_str_is(art->figures[4].value.currency, "KES");
    ck_assert_uint_eq(art->figures[4].paragraph, 2);
    ad_test_str_is(art->figures[6].partner, "Pakistan");
    ad_test_str_is(art->figures[8].commodity, "electronics");
    ad_test_str_is(art->figures[9].commodity, "textiles");
    ck_assert_double_eq_tol(art->figures[9].value.amount, 18e9, 1);
    ad_test_str_is(art->figures[11].partner, "China");
    ck_assert_double_eq_tol(art->figures[11].volume.amount, 940000, 1);
    ck_assert_int_eq(art->figures[11].value.present, 0);
    ad_test_str_is(art->figures[12].partner, "Vietnam");
    ck_assert_double_eq_tol(art->figures[12].volume.amount, 72000, 1);
    ad_article_free(art);

    /* Partners listed with their amounts after a semicolon. */
    art = fig_one("Germany was Türkiye's top export market in February, taking $1.9 billion of "
                  "goods; the UK ($1.3 billion) and the US ($1.2 billion) came next.",
                  "2027-03-12");
    ck_assert_uint_eq(art->n_figures, 3);
    ad_test_str_is(art->figures[2].partner, "United States");
    ck_assert_double_eq_tol(art->figures[2].value.amount, 1.2e9, 1);
    ad_article_free(art);

    /* "earnings from" goods after an export clause are exports of those
     * goods; after an import clause they are no figure. */
    art = fig_one("Bangladesh's exports of jute goods rose 6.1% to $78 million in January, while "
                  "earnings from leather goods dropped 9.7% to $81 million.",
                  "2027-02-10");
    ck_assert_uint_eq(art->n_figures, 2);
    ad_test_str_is(art->figures[1].commodity, "leather goods");
    ck_assert_double_eq_tol(art->figures[1].value.amount, 81e6, 1);
    ad_article_free(art);

    /* A word closing the subject that is no part of the goods' name. */
    art = fig_one("Philippine exports rose 5% to $6.88 billion in December. Semiconductors alone "
                  "brought in $2.64 billion.",
                  "2027-02-10");
    ck_assert_uint_eq(art->n_figures, 2);
    ad_test_str_is(art->figures[1].commodity, "semiconductors");
    ad_article_free(art);

    /* Parts of a whole that names no economy. */
    art = fig_one("Exports rose to $12 billion in 2025, the ministry said. Gold accounted for $4 "
                  "billion of the total, while cocoa brought in $2.4 billion.",
                  "2026-02-10");
    ck_assert_uint_eq(art->n_figures, 3);
    ad_article_free(art);

    /* No parts: a pronoun or a whole as the subject, an amount over the
     * whole's (also in a role's list), a buyer of an import, or a
     * paragraph not right after. */
    art = fig_one("Kenya's exports rose to KSh900 billion in 2025. Its main buyers were Uganda "
                  "(KSh1,600 billion) and Pakistan (KSh95 billion).",
                  "2026-02-10");
    ck_assert_uint_eq(art->n_figures, 2);
    ad_test_str_is(art->figures[1].partner, "Pakistan");
    ad_article_free(art);
    const char *q[] = {"Chile's imports fell 3% to $7.1 billion in January. It accounted for $2 "
                       "billion. The rest was made up of $1 billion. Copper accounted for $9 "
                       "billion. Peru bought $1 billion.",
                       "Analysts were surprised.", "Gold accounted for $1 billion."};
    art = fig_article(q, NULL, 3, "2027-02-10");
    ck_assert_uint_eq(art->n_figures, 1);
    ad_article_free(art);

    /* An economy in a role with its own amount, then "followed by"; trading
     * partners of total trade, a share in the bracket; a part opening a
     * sentence with a cue after it; a value after a part's volume; goods
     * named with a generic word. */
    const char *r[] = {"Philippine exports grew 9.8% to $6.91 billion in January. The United "
                       "States was the biggest buyer of Philippine goods at $1.12 billion, "
                       "followed by Japan at $1.01 billion.",
                       "Kazakhstan's foreign trade turnover rose 4.7% to $10.2 billion in "
                       "January. Exports fell 3.2% to $6.1 billion. The largest trading partners "
                       "were China ($2.3 billion, 22.5%) and Russia ($1.9 billion, 18.6%).",
                       "Kenya's horticulture exports earned Sh18.2 billion in January. Cut "
                       "flowers brought in Sh11.4 billion, while avocado shipments fetched Sh2.9 "
                       "billion.",
                       "India's rice exports rose 12% to 17.9 million tonnes in 2026. Basmati "
                       "rice accounted for 4.6 million tonnes, worth $4.9 billion. Non-crude "
                       "products contributed 3 million tonnes."};
    art = fig_article(r, NULL, 4, "2027-02-10");
    ck_assert_uint_eq(art->n_figures, 13);
    ad_test_str_is(art->figures[1].partner, "United States");
    ck_assert_double_eq_tol(art->figures[1].value.amount, 1.12e9, 1);
    ad_test_str_is(art->figures[2].partner, "Japan");
    ck_assert_uint_eq(art->figures[5].flow, AD_FLOW_TOTAL);
    ad_test_str_is(art->figures[5].partner, "China");
    ad_test_str_is(art->figures[6].partner, "Russia");
    ad_test_str_is(art->figures[8].commodity, "cut flowers");
    ad_test_str_is(art->figures[9].commodity, "avocado");
    ck_assert_double_eq_tol(art->figures[11].value.amount, 4.9e9, 1);
    ck_assert_double_eq_tol(art->figures[11].volume.amount, 4.6e6, 1);
    ad_test_str_is(art->figures[12].commodity, "non-crude products");
    ad_article_free(art);

    /* A role far from the whole, whose economy the sentence names as the
     * goods' owner: the subject carried gives the whole; an amount after
     * ", taking". Without that economy named, no figure. */
    const char *role[] = {"Philippine exports rose 5% to $6.88 billion in December.",
                          "Shipments of electronics made up most of the rise, the statistics "
                          "office said.",
                          "The United States remained the top destination for Philippine goods, "
                          "taking $1.12 billion worth, followed by Japan at $1.01 billion.",
                          "Canada remained the top destination, taking $0.5 billion."};
    art = fig_article(role, NULL, 4, "2027-02-10");
    ck_assert_uint_eq(art->n_figures, 3);
    ad_test_str_is(art->figures[1].partner, "United States");
    ad_test_str_is(art->figures[1].reporter, "Philippines");
    ad_test_str_is(art->figures[1].period.start, "2026-12-01");
    ad_test_str_is(art->figures[2].partner, "Japan");
    ad_article_free(art);

    /* The same with the economy named by a possessive ("Uzbekistan's
     * largest trading partner"), after other flows' figures; a comment
     * without numbers in between ("an economist said ... the export base")
     * neither takes over the subject nor gives the parts its source. */
    const char *poss[] = {"Uzbekistan's foreign trade turnover reached $17.84 billion in the "
                          "first quarter, the statistics agency said.",
                          "Exports rose 21.3% to $7.96 billion.",
                          "Economist Jasur Tursunov said the figures confirmed a gradual "
                          "diversification of the export base.",
                          "China was Uzbekistan's largest trading partner with a turnover of "
                          "$3.71 billion, followed by Russia with $3.23 billion."};
    art = fig_article(poss, NULL, 4, "2031-05-10");
    ck_assert_uint_eq(art->n_figures, 4);
    ck_assert_uint_eq(art->figures[2].flow, AD_FLOW_TOTAL);
    ad_test_str_is(art->figures[2].reporter, "Uzbekistan");
    ad_test_str_is(art->figures[2].partner, "China");
    ck_assert_ptr_null(art->figures[2].source);
    ad_test_str_is(art->figures[3].partner, "Russia");
    ad_article_free(art);

    /* A region or bloc spoken of again ("the continent", "the region",
     * "the Commonwealth"). */
    const char *again[] = {
        "China's trade with Africa rose 7.4% to 1.68 trillion yuan in the first 10 months. China's "
        "exports to the continent amounted to 1.02 trillion yuan.",
        "Malaysia's trade with ASEAN rose 2.1% to RM254.3 billion in January-August. Exports to "
        "the region were valued at RM148.7 billion.",
        "Russia's trade with the Commonwealth of Independent States rose 5.3% to $92.4 billion in "
        "January-August. Exports to the Commonwealth amounted to $61.8 billion."};
    art = fig_article(again, NULL, 3, "2025-09-29");
    ck_assert_uint_eq(art->n_figures, 6);
    ad_test_str_is(art->figures[1].partner, "Africa");
    ad_test_str_is(art->figures[3].partner, "ASEAN");
    ad_test_str_is(art->figures[5].partner, "Commonwealth of Independent States");
    ad_article_free(art);

    /* A revision names its month as the figure's owner ("September's
     * exports", "The August deficit"); the next sentence keeps the
     * subject's month. */
    const char *rev[] = {"Malaysia's exports rose 5% to RM142.6 billion in August. July's exports "
                         "were revised to RM136.8 billion. Imports rose 3% to RM130 billion.",
                         "The Philippines' trade deficit was $5.45 billion in August. The July "
                         "deficit was revised up to $5.62 billion."};
    art = fig_article(rev, NULL, 2, "2025-09-29");
    ck_assert_uint_eq(art->n_figures, 5);
    ad_test_str_is(art->figures[1].period.start, "2025-07-01");
    ad_test_str_is(art->figures[2].period.start, "2025-08-01");
    ad_test_str_is(art->figures[4].period.start, "2025-07-01");
    ad_article_free(art);

    /* "the region" after "from" is no world region named before ("Exports
     * from the region" are Sabah's). */
    const char *from_region[] = {
        "Sabah's palm oil exports to Asia rose 9% to RM20 billion in 2024. "
        "Exports from the region to Europe fell 4% to RM5 billion."};
    art = fig_article(from_region, NULL, 1, "2025-09-29");
    ck_assert_uint_eq(art->n_figures, 2);
    ad_test_str_is(art->figures[1].reporter, "Sabah");
    ad_test_str_is(art->figures[1].partner, "Europe");
    ad_article_free(art);

    /* "against" and the other flow with its own amount: two figures. */
    const char *against[] = {"Bhutan recorded imports of Nu 32.18 billion in 2024 against exports "
                             "of Nu 13.83 billion."};
    art = fig_article(against, NULL, 1, "2025-04-17");
    ck_assert_uint_eq(art->n_figures, 2);
    ck_assert_uint_eq(art->figures[1].flow, AD_FLOW_EXPORT);
    ck_assert_double_eq_tol(art->figures[1].value.amount, 1.383e10, 1);
    ad_article_free(art);

    /* A picture's caption between two paragraphs keeps them adjacent: the
     * lede's source and the whole's parts carry over it. */
    const char *cap[] = {"India's trade deficit widened to $23.19 billion in January, as gold "
                         "imports outpaced a modest rise in exports, according to data released "
                         "by the Ministry of Commerce and Industry.",
                         "Containers at Jawaharlal Nehru Port. (Bloomberg)",
                         "Exports rose 3.6% to $38.92 billion. Gold accounted for $4.7 billion."};
    const ad_para_type types[] = {AD_PARA_PARAGRAPH, AD_PARA_CAPTION, AD_PARA_PARAGRAPH};
    art = fig_article(cap, types, 3, "2027-02-16");
    ck_assert_uint_eq(art->n_figures, 3);
    ad_test_str_is(art->figures[1].source, "Ministry of Commerce and Industry");
    ad_test_str_is(art->figures[2].commodity, "gold");
    ad_article_free(art);
}
END_TEST

/* The subject carries over up to six paragraphs of quotes and comment; a
 * change compared with "the same period of" another year keeps the
 * subject's period. */
START_TEST(test_chain_reach)
{
    const char *p[] = {
        ("Nigeria's total trade rose to N38.2 trillion in the second quarter of 2025, "
         "the National Bureau of Statistics said."),
        "Compared with the same period of 2024, total trade was up 41.3 percent.",
        "\"The figures show resilience,\" an economist said.",
        "Analysts expect the naira to weaken further this year.",
        "The central bank held its policy rate on Tuesday.",
        "Investors have returned to the stock market since June.",
        "Non-oil exports grew 9.8 percent to N3.4 trillion."};
    ad_article *art = fig_article(p, NULL, 7, "2025-09-29");
    ck_assert_uint_eq(art->n_figures, 3);
    ad_test_str_is(art->figures[1].period.end, "2025-06-30");
    ad_test_str_is(art->figures[2].reporter, "Nigeria");
    ad_test_str_is(art->figures[2].period.end, "2025-06-30");
    ad_article_free(art);
    /* A tariff that names no economy changes no subject. */
    const char *q[] = {"Ireland's goods exports rose 17 per cent to 268.7 billion euros in August.",
                       ("Shipments soared ahead of the introduction of tariffs of 15 per cent on "
                        "pharmaceutical products."),
                       "Exports to the UK were up 9 per cent at 1.3 billion euros."};
    art = fig_article(q, NULL, 3, "2025-09-29");
    ck_assert_uint_eq(art->n_figures, 3);
    ad_test_str_is(art->figures[2].reporter, "Ireland");
    ad_test_str_is(art->figures[2].period.end, "2025-08-31");
    ad_article_free(art);
    /* "Export volumes" speak of the goods before. */
    const char *t[] = {("Sri Lanka's tea exports earned US$1.43 billion in 2024, the Sri Lanka Tea "
                        "Board said. Export volumes rose 2.1 percent to 251 million kilograms.")};
    art = fig_article(t, NULL, 1, "2025-09-29");
    ck_assert_uint_eq(art->n_figures, 2);
    ad_test_str_is(art->figures[1].commodity, "tea");
    ad_article_free(art);
}
END_TEST

/* A figure naming no economy at all is the outlet's own country's: that of
 * the page's country-code domain, else one the outlet's name names. */
START_TEST(test_home_economy)
{
    const char *p = "Exports rose 5% to $58 billion in December, the ministry said.";
    static const struct {
        const char *url, *publisher, *reporter;
    } homes[] = {
        {"https://www.thestar.com.my/business/2026/12/18/x", "The Star", "Malaysia"},
        {"https://www.taipeitimes.com/News/biz/archives/2027/01/09/x", "Taipei Times", "Taiwan"},
        {"https://news.example.uk/x", NULL, "United Kingdom"},
        {"https://trade.example.io/x", "Example", NULL},
        {"https://www.example.com/x", "Gulf News", NULL},
    };
    for (size_t i = 0; i < sizeof(homes) / sizeof(homes[0]); i++) {
        ad_article *art = ad_test_article_new();
        ad_paragraph v = {p, strlen(p), AD_PARA_PARAGRAPH};
        ck_assert_int_eq(ad_article_set_paragraphs(art, &v, 1), AD_OK);
        art->meta.canonical_url = homes[i].url;
        art->meta.publisher = homes[i].publisher;
        char err[256] = "";
        ck_assert_int_eq(ad_figures_extract(art, "2027-01-09", err, sizeof(err)), AD_OK);
        ck_assert_uint_eq(art->n_figures, 1);
        ad_test_str_is(art->figures[0].reporter, homes[i].reporter);
        ad_article_free(art);
    }
    /* A bare "$" in a paper of a dollar country, for its own trade, is its
     * dollar; for another economy's trade it stays the US dollar. */
    static const struct {
        const char *text, *currency;
    } dollars[] = {
        {"Australia's trade surplus fell to $3.2 billion in August.", "AUD"},
        {"China's exports to Australia rose to $8.1 billion in August.", "USD"},
        {"Australia's exports rose to US$31 billion in August.", "USD"},
    };
    for (size_t i = 0; i < sizeof(dollars) / sizeof(dollars[0]); i++) {
        ad_article *art = ad_test_article_new();
        ad_paragraph v = {dollars[i].text, strlen(dollars[i].text), AD_PARA_PARAGRAPH};
        ck_assert_int_eq(ad_article_set_paragraphs(art, &v, 1), AD_OK);
        art->meta.canonical_url = "https://www.smh.com.au/business/x.html";
        char err[256] = "";
        ck_assert_int_eq(ad_figures_extract(art, "2025-09-29", err, sizeof(err)), AD_OK);
        ck_assert_uint_eq(art->n_figures, 1);
        ck_assert_str_eq(art->figures[0].value.currency, dollars[i].currency);
        ad_article_free(art);
    }
    /* The page's language tag tells the country of a .com paper's dollar
     * ("en-CA": The Globe and Mail); it names no reporter itself. */
    static const struct {
        const char *text, *lang, *currency;
    } locales[] = {
        {"Canada's trade deficit shrank to $1.42-billion in December.", "en-CA", "CAD"},
        {"Canada's trade deficit shrank to $1.42-billion in December.", "en-US", "USD"},
        {"Canada's trade deficit shrank to $1.42-billion in December.", "en", "USD"},
    };
    for (size_t i = 0; i < sizeof(locales) / sizeof(locales[0]); i++) {
        ad_article *art = ad_test_article_new();
        ad_paragraph v = {locales[i].text, strlen(locales[i].text), AD_PARA_PARAGRAPH};
        ck_assert_int_eq(ad_article_set_paragraphs(art, &v, 1), AD_OK);
        art->meta.canonical_url = "https://www.theglobeandmail.com/business/x/";
        art->meta.language = locales[i].lang;
        char err[256] = "";
        ck_assert_int_eq(ad_figures_extract(art, "2027-02-05", err, sizeof(err)), AD_OK);
        ck_assert_uint_eq(art->n_figures, 1);
        ck_assert_str_eq(art->figures[0].value.currency, locales[i].currency);
        ad_article_free(art);
    }
    /* On a page of no dollar country, the country's own statistics body
     * still counts in its dollar, and so does a change given as an amount;
     * another body's "$" stays the US dollar. */
    static const struct {
        const char *text, *currency;
    } bodies[] = {
        {"Canada's exports rose $1.7 billion to $66.2 billion in February, Statistics "
         "Canada said.",
         "CAD"},
        {"New Zealand's goods exports rose $3.1 billion to $70.4 billion, Statistics New Zealand "
         "said.",
         "NZD"},
        {"Canada's exports rose $1.7 billion to $66.2 billion in February, the U.S. Census "
         "Bureau said.",
         "USD"},
    };
    for (size_t i = 0; i < sizeof(bodies) / sizeof(bodies[0]); i++) {
        ad_article *art = ad_test_article_new();
        ad_paragraph v = {bodies[i].text, strlen(bodies[i].text), AD_PARA_PARAGRAPH};
        ck_assert_int_eq(ad_article_set_paragraphs(art, &v, 1), AD_OK);
        art->meta.canonical_url = "https://www.example.com/markets/x.html";
        char err[256] = "";
        ck_assert_int_eq(ad_figures_extract(art, "2030-04-17", err, sizeof(err)), AD_OK);
        ck_assert_uint_eq(art->n_figures, 1);
        ck_assert_str_eq(art->figures[0].value.currency, bodies[i].currency);
        ck_assert(art->figures[0].change.by.present);
        ck_assert_str_eq(art->figures[0].change.by.currency, bodies[i].currency);
        ad_article_free(art);
    }
    const char *bare = "Exports rose 5% to $58 billion in December, the ministry said.";
    ad_article *art = ad_test_article_new();
    ad_paragraph v = {bare, strlen(bare), AD_PARA_PARAGRAPH};
    ck_assert_int_eq(ad_article_set_paragraphs(art, &v, 1), AD_OK);
    art->meta.language = "en-US";
    char err[256] = "";
    ck_assert_int_eq(ad_figures_extract(art, "2027-01-09", err, sizeof(err)), AD_OK);
    ck_assert_uint_eq(art->n_figures, 1);
    ck_assert_ptr_null(art->figures[0].reporter);
    ad_article_free(art);
}
END_TEST

/* Names come from the article's entities when the entities stage found the
 * economy there, so figures and entities agree. */
/* Economies are named as data/trade_economies.tsv names them, whatever the
 * entities stage calls them, so that they read the same in every article. */
START_TEST(test_entity_names)
{
    const char *text = "North Korea's imports from China rose 12 percent to $1.2 billion in 2024.";
    ad_article *art = ad_test_article_new();
    ad_paragraph pg = {text, strlen(text), AD_PARA_PARAGRAPH};
    ck_assert_int_eq(ad_article_set_paragraphs(art, &pg, 1), AD_OK);
    static const char *alias[] = {"DPRK"};
    static ad_mention m = {0, 0, 11};
    static ad_entity e;
    e.name = "North Korea";
    e.type = AD_ENT_PLACE;
    e.aliases.v = alias;
    e.aliases.n = 1;
    e.mentions = &m;
    e.n_mentions = 1;
    art->entities = &e;
    art->n_entities = 1;
    char err[128];
    ck_assert_int_eq(ad_figures_extract(art, NULL, err, sizeof(err)), AD_OK);
    ck_assert_uint_eq(art->n_figures, 1);
    ad_test_str_is(art->figures[0].reporter, "Democratic People's Republic of Korea");
    ad_test_str_is(art->figures[0].partner, "China");
    ck_assert_str_eq(flow_names[art->figures[0].flow], "import");
    ad_article_free(art);
    art = fig_one("Britain's goods imports from the EU fell 3% in August.", "2025-09-29");
    ck_assert_uint_eq(art->n_figures, 1);
    ad_test_str_is(art->figures[0].reporter, "United Kingdom");
    ad_test_str_is(art->figures[0].partner, "European Union");
    ad_article_free(art);
}
END_TEST

/* Through the whole pipeline: the published date anchors the period, and
 * the figures reach the JSON. */
START_TEST(test_pipeline)
{
    ad_article *art = ad_test_parse_html(
        "<html><head><title>Trade</title>"
        "<meta property=\"article:published_time\" content=\"2025-07-14T10:00:00+08:00\">"
        "</head><body><article><h1>Trade</h1>"
        "<p>Officials from both countries met in Beijing on Monday to discuss cooperation in "
        "energy, transport and agriculture over the coming years.</p>"
        "<p>In the first half of this year, Kazakhstan's exports to China rose 15 percent "
        "year-on-year to $8.2 billion, while imports grew about 6 percent, according to "
        "the General Administration of Customs.</p></article></body></html>");
    ck_assert_uint_eq(art->n_figures, 2);
    ad_test_str_is(art->figures[0].period.start, "2025-01-01");
    ad_test_str_is(art->figures[1].period.end, "2025-06-30");
    ad_test_str_is(art->figures[1].reporter, "Kazakhstan");
    ad_test_str_is(art->figures[1].partner, "China");
    ad_test_str_is(art->figures[1].change.qualifier, "about");
    json_t *o = ad_test_json(art, 0);
    json_t *tf = json_object_get(o, "trade_figures");
    ck_assert_uint_eq(json_array_size(tf), 2);
    ck_assert_str_eq(json_string_value(json_object_get(json_array_get(tf, 0), "flow")), "export");
    json_decref(o);
    ad_article_free(art);
}
END_TEST

/* Long text: paragraphs without a cue cost a byte scan, and a long
 * paragraph full of cues still finishes (the work is linear). */
START_TEST(test_long_text)
{
    size_t reps = 4000;
    const char *s = "Exports to Peru rose 5 percent to $1 billion in May. ";
    size_t n = strlen(s);
    char *big = malloc(n * reps + 1);
    ck_assert_ptr_nonnull(big);
    for (size_t i = 0; i < reps; i++)
        memcpy(big + i * n, s, n);
    big[n * reps] = '\0';
    ad_article *art = fig_one(big, "2025-09-29");
    ck_assert_uint_eq(art->n_figures, 1); /* the same figure, once */
    ad_article_free(art);
    free(big);
}
END_TEST

static Suite *figures_suite(void)
{
    Suite *s = suite_create("figures");
    TCase *tc = ad_test_tcase(s, "rows");
    tcase_add_loop_test(tc, test_rows, 0, (int)(sizeof(rows) / sizeof(rows[0])));
    tc = ad_test_tcase(s, "no_figure");
    tcase_add_loop_test(tc, test_no_figure, 0, (int)(sizeof(no_figure) / sizeof(no_figure[0])));
    tcase_add_loop_test(tc, test_volumes, 0, (int)(sizeof(vol_rows) / sizeof(vol_rows[0])));
    tcase_add_loop_test(tc, test_sides, 0, (int)(sizeof(side_rows) / sizeof(side_rows[0])));
    tcase_add_loop_test(tc, test_slots, 0, (int)(sizeof(slot_rows) / sizeof(slot_rows[0])));
    tcase_add_loop_test(tc, test_fiscal, 0, (int)(sizeof(fy_rows) / sizeof(fy_rows[0])));
    tcase_add_loop_test(tc, test_dateline, 0,
                        (int)(sizeof(dateline_rows) / sizeof(dateline_rows[0])));
    tcase_add_loop_test(tc, test_one_slot, 0,
                        (int)(sizeof(one_slot_rows) / sizeof(one_slot_rows[0])));
    tcase_add_test(tc, test_value_qualifier_range);
    tcase_add_test(tc, test_currency_families);
    tcase_add_test(tc, test_tables_valid);
    tcase_add_loop_test(tc, test_change_by, 0, (int)(sizeof(by_rows) / sizeof(by_rows[0])));
    tc = ad_test_tcase(s, "article");
    tcase_add_test(tc, test_has_cue);
    tcase_add_test(tc, test_no_anchor);
    tcase_add_test(tc, test_article_rules);
    tcase_add_test(tc, test_paragraph_rules);
    tcase_add_test(tc, test_breakdown_runs_on);
    tcase_add_test(tc, test_part_after_and);
    tcase_add_test(tc, test_parts_of_exports);
    tcase_add_test(tc, test_goods_after_goods);
    tcase_add_test(tc, test_goods_peers);
    tcase_add_test(tc, test_home_economy);
    tcase_add_test(tc, test_back_references);
    tcase_add_test(tc, test_parts);
    tcase_add_test(tc, test_part_lists);
    tcase_add_test(tc, test_money_reporter);
    tcase_add_test(tc, test_analysis_forms);
    tcase_add_test(tc, test_chain_reach);
    tcase_add_test(tc, test_entity_names);
    tcase_add_test(tc, test_pipeline);
    tcase_add_test(tc, test_long_text);
    return s;
}

AD_TEST_MAIN(figures_suite)
