/*
 * check_date.c - the date normalizer: formats as pages write them, URL
 * dates, zone abbreviations and outlet home zones.
 */
#include "testutil.h"
#include <stdlib.h>
#include <string.h>
#include "articled/date.h"

static const char *norm(const char *s)
{
    static char buf[64];
    if (!ad_date_normalize(s, strlen(s), buf, sizeof(buf)))
        return "";
    return buf;
}

START_TEST(iso_variants)
{
    ck_assert_str_eq(norm("2025-09-29T09:33:00+08:00"), "2025-09-29T09:33:00+08:00");
    ck_assert_str_eq(norm("2025-09-29T01:33:00Z"), "2025-09-29T01:33:00+00:00");
    ck_assert_str_eq(norm("2025-09-29T09:33:00.000+0800"), "2025-09-29T09:33:00+08:00");
    ck_assert_str_eq(norm("2025-09-29 09:33"), "2025-09-29T09:33:00");
    ck_assert_str_eq(norm("Updated: 2025-09-29 09:33"), "2025-09-29T09:33:00");
    ck_assert_str_eq(norm("2025/9/29"), "2025-09-29");
    /* The year apart, then month/day (Xinhua's three elements). */
    ck_assert_str_eq(norm(" 2025 09/29 09:33:00"), "2025-09-29T09:33:00");
    ck_assert_str_eq(norm("2025 13/29"), "");
    ck_assert_str_eq(norm("2026 9/11 anniversary"), "");
    ck_assert_str_eq(norm("2025-09-29"), "2025-09-29");
    ck_assert_str_eq(norm("2025\xe5\xb9\xb4"
                          "9\xe6\x9c\x88"
                          "29\xe6\x97\xa5 09:33"),
                     "2025-09-29T09:33:00");
}
END_TEST

START_TEST(named_months)
{
    ck_assert_str_eq(norm("Sept 29, 2025"), "2025-09-29");
    ck_assert_str_eq(norm("29 September 2025"), "2025-09-29");
    ck_assert_str_eq(norm("September 29th, 2025"), "2025-09-29");
    ck_assert_str_eq(norm("September 29, 2025 at 9:33 a.m. EDT"), "2025-09-29T09:33:00-04:00");
    ck_assert_str_eq(norm("Published 9:33 PM ET, Mon January 6, 2025"),
                     "2025-01-06T21:33:00-05:00");
    ck_assert_str_eq(norm("Mon, 29 Sep 2025 09:33:00 +0200"), "2025-09-29T09:33:00+02:00");
    ck_assert_str_eq(norm("29. September 2025"), "2025-09-29");
    ck_assert_str_eq(norm("29 de septiembre de 2025"), "2025-09-29");
    ck_assert_str_eq(norm("le 29 septembre 2025 \xc3\xa0 09h33"), "2025-09-29T09:33:00");
    /* French Canada's "5 h 00", Scandinavia's "kl. 14.05" */
    ck_assert_str_eq(norm("Publi\xc3\xa9 le 14 janvier 2027 \xc3\xa0 5 h 00"),
                     "2027-01-14T05:00:00");
    ck_assert_str_eq(norm("9 februari 2027 kl. 14.05"), "2027-02-09T14:05:00");
    ck_assert_str_eq(norm("9 februari 2027 14.05"), "2027-02-09");
    ck_assert_str_eq(norm("12 a.m."), "");
    /* Dashes around an abbreviated month, in English or Spanish. */
    ck_assert_str_eq(norm("on 04-ago-2021 5:11:10"), "2021-08-04T05:11:10");
    ck_assert_str_eq(norm("04-Aug-2021"), "2021-08-04");
    ck_assert_str_eq(norm("04-Aug 2021"), "");
    /* Adjacent elements' text run together before an upper-case month. */
    ck_assert_str_eq(norm("Mental HealthDECEMBER 22, 2022Updated: JANUARY 02, 2026"), "2022-12-22");
    ck_assert_str_eq(norm("HealthDecember 22, 2022"), "");
}
END_TEST

START_TEST(numeric_day_first)
{
    ck_assert_str_eq(norm("29.09.2025"), "2025-09-29");
    ck_assert_str_eq(norm("29/09/2025"), "2025-09-29");
    ck_assert_str_eq(norm("09/29/2025"), "2025-09-29");
}
END_TEST

START_TEST(rejects)
{
    ck_assert_str_eq(norm("no date here"), "");
    ck_assert_str_eq(norm("2025-13-40"), "");
    ck_assert_str_eq(norm("February 30, 2025"), "");
    ck_assert_str_eq(norm("call 555-1234"), "");
}
END_TEST

START_TEST(url_dates)
{
    ad_date d;
    ck_assert(ad_date_from_url("https://x.com/a/202509/29/WS68d9.html", &d));
    ck_assert_int_eq(d.year, 2025);
    ck_assert_int_eq(d.month, 9);
    ck_assert_int_eq(d.day, 29);
    ck_assert(ad_date_from_url("https://x.com/2025/09/29/story", &d));
    ck_assert_int_eq(d.day, 29);
    ck_assert(ad_date_from_url("https://x.com/news/2025-09-29-story", &d));
    ck_assert(ad_date_from_url("https://x.com/20250929/story", &d));
    ck_assert(!ad_date_from_url("https://x.com/item/12345678901", &d));
    /* a hash after year and month is no day */
    ck_assert(!ad_date_from_url("https://x.com/news/2028/07/4e2a9c71f5b3-japan-trade.html", &d));
    ck_assert(!ad_date_from_url("https://2025.example.com/about", &d));
    /* The month spelt out in the path. */
    ck_assert(ad_date_from_url("https://x.com/blog/2023/october/03/wine-styles/", &d));
    ck_assert_int_eq(d.month, 10);
    ck_assert_int_eq(d.day, 3);
    ck_assert(!ad_date_from_url("https://x.com/blog/2023/guide/03/", &d));
}
END_TEST

START_TEST(zones)
{
    int off;
    ck_assert(ad_date_tz_abbrev("EDT", 3, &off));
    ck_assert_int_eq(off, -240);
    ck_assert(ad_date_tz_abbrev("cest", 4, &off));
    ck_assert_int_eq(off, 120);
    ck_assert(!ad_date_tz_abbrev("XYZ", 3, &off));
    ad_date d = {.year = 2025, .month = 9, .day = 29, .has_time = 1, .hour = 9};
    ck_assert(ad_date_outlet_offset("www.chinadaily.com.cn", &d, &off));
    ck_assert_int_eq(off, 480);
    ck_assert(ad_date_outlet_offset("global.chinadaily.com.cn", &d, &off));
    ck_assert(ad_date_outlet_offset("www.nytimes.com", &d, &off));
    ck_assert_int_eq(off, -240); /* daylight saving in September */
    d.month = 12;
    ck_assert(ad_date_outlet_offset("www.nytimes.com", &d, &off));
    ck_assert_int_eq(off, -300);
    ck_assert(!ad_date_outlet_offset("example.org", &d, &off));
    /* A country-code domain of a one-zone country, with its summer time:
     * New Zealand's runs from late September to early April. */
    d.month = 11;
    ck_assert(ad_date_outlet_offset("www.stats.govt.nz", &d, &off));
    ck_assert_int_eq(off, 780);
    d.month = 6;
    ck_assert(ad_date_outlet_offset("www.stats.govt.nz", &d, &off));
    ck_assert_int_eq(off, 720);
    ck_assert(ad_date_outlet_offset("www.spiegel.de", &d, &off));
    ck_assert_int_eq(off, 120);
    ck_assert(!ad_date_outlet_offset("example.com", &d, &off));
    /* Egypt's summer time runs from the last Friday of April to the end of
     * the last Thursday of October (in 2027: April 30 to October 28). */
    ad_date e = {.year = 2027, .month = 4, .day = 29, .has_time = 1, .hour = 12};
    ck_assert(ad_date_outlet_offset("english.ahram.org.eg", &e, &off));
    ck_assert_int_eq(off, 120);
    e.day = 30;
    ck_assert(ad_date_outlet_offset("english.ahram.org.eg", &e, &off));
    ck_assert_int_eq(off, 180);
    e.month = 10, e.day = 28;
    ck_assert(ad_date_outlet_offset("www.example.eg", &e, &off));
    ck_assert_int_eq(off, 180);
    e.day = 29;
    ck_assert(ad_date_outlet_offset("www.example.eg", &e, &off));
    ck_assert_int_eq(off, 120);
    /* Israel's starts on the Friday before the last Sunday of March. */
    e.month = 3, e.day = 25;
    ck_assert(ad_date_outlet_offset("www.ynetnews.com", &e, &off));
    ck_assert_int_eq(off, 120);
    e.day = 26;
    ck_assert(ad_date_outlet_offset("www.ynetnews.com", &e, &off));
    ck_assert_int_eq(off, 180);
    /* Chile's, in the southern summer; a country code that sites
     * everywhere buy names no zone. */
    e.month = 1;
    ck_assert(ad_date_outlet_offset("www.latercera.cl", &e, &off));
    ck_assert_int_eq(off, -180);
    e.month = 6;
    ck_assert(ad_date_outlet_offset("www.latercera.cl", &e, &off));
    ck_assert_int_eq(off, -240);
    ck_assert(!ad_date_outlet_offset("www.example.co", &e, &off));
    ck_assert(ad_date_outlet_offset("www.example.lk", &e, &off));
    ck_assert_int_eq(off, 330);
}
END_TEST

static Suite *date_suite(void)
{
    Suite *s = suite_create("date");
    TCase *tc = ad_test_tcase(s, "core");
    tcase_add_test(tc, iso_variants);
    tcase_add_test(tc, named_months);
    tcase_add_test(tc, numeric_day_first);
    tcase_add_test(tc, rejects);
    tcase_add_test(tc, url_dates);
    tcase_add_test(tc, zones);
    return s;
}

AD_TEST_MAIN(date_suite)
