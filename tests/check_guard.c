/*
 * check_guard.c - the fetcher's address policy and URL checks, without
 * any network: CIDR parsing, every blocked range, unwrapped IPv4-in-IPv6
 * forms, the allow-list, and the URL rules.
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include "testutil.h"
#include "../server/fetch.h"
#include "../server/guard.h"

/* Builds a sockaddr for a textual address and asks the guard. */
static int allowed(const char *ip, const ad_cidr *allow, size_t n)
{
    struct sockaddr_in a4;
    struct sockaddr_in6 a6;
    char why[128];
    memset(&a4, 0, sizeof(a4));
    memset(&a6, 0, sizeof(a6));
    if (inet_pton(AF_INET, ip, &a4.sin_addr) == 1) {
        a4.sin_family = AF_INET;
        return ad_guard_allowed((struct sockaddr *)&a4, allow, n, why, sizeof(why));
    }
    ck_assert_msg(inet_pton(AF_INET6, ip, &a6.sin6_addr) == 1, "bad test address %s", ip);
    a6.sin6_family = AF_INET6;
    return ad_guard_allowed((struct sockaddr *)&a6, allow, n, why, sizeof(why));
}

START_TEST(blocked_ranges)
{
    static const char *const blocked[] = {
        "0.0.0.0",
        "0.1.2.3",
        "10.0.0.1",
        "10.255.255.255",
        "100.64.0.1",
        "100.127.255.254",
        "127.0.0.1",
        "127.0.0.2",
        "127.255.255.255",
        "169.254.169.254",
        "172.16.0.1",
        "172.31.255.255",
        "192.0.0.8",
        "192.168.1.1",
        "198.18.0.1",
        "198.19.255.255",
        "224.0.0.1",
        "239.255.255.250",
        "240.0.0.1",
        "255.255.255.255",
        "::",
        "::1",
        "fc00::1",
        "fdff:ffff::1",
        "fe80::1",
        "febf::1",
        "ff02::1",
        "::ffff:127.0.0.1",
        "::ffff:169.254.169.254",
        "::ffff:10.1.2.3",
        "::127.0.0.1",
        "::10.0.0.1",
        "64:ff9b::7f00:1",
        "64:ff9b::a9fe:a9fe",
    };
    for (size_t i = 0; i < sizeof(blocked) / sizeof(blocked[0]); i++)
        ck_assert_msg(!allowed(blocked[i], NULL, 0), "%s should be blocked", blocked[i]);
}
END_TEST

START_TEST(public_addresses)
{
    static const char *const ok[] = {"1.1.1.1",
                                     "8.8.8.8",
                                     "93.184.216.34",
                                     "100.63.255.255",
                                     "100.128.0.1",
                                     "172.15.255.255",
                                     "172.32.0.1",
                                     "192.0.1.1",
                                     "192.169.0.1",
                                     "198.17.255.255",
                                     "198.20.0.1",
                                     "223.255.255.255",
                                     "2001:4860:4860::8888",
                                     "2606:4700::1111",
                                     "::ffff:8.8.8.8",
                                     "64:ff9b::808:808"};
    for (size_t i = 0; i < sizeof(ok) / sizeof(ok[0]); i++)
        ck_assert_msg(allowed(ok[i], NULL, 0), "%s should be allowed", ok[i]);
}
END_TEST

START_TEST(allow_list)
{
    ad_cidr allow[2];
    char err[128];
    ck_assert_int_eq(ad_guard_parse_cidr("127.0.0.1/32", &allow[0], err, sizeof(err)), 0);
    ck_assert_int_eq(ad_guard_parse_cidr("fd00::/8", &allow[1], err, sizeof(err)), 0);
    ck_assert(allowed("127.0.0.1", allow, 2));
    ck_assert(allowed("::ffff:127.0.0.1", allow, 2));
    ck_assert(!allowed("127.0.0.2", allow, 2));
    ck_assert(!allowed("169.254.169.254", allow, 2));
    ck_assert(allowed("fd12::1", allow, 2));
    ck_assert(!allowed("fc00::1", allow, 2));
    ck_assert(!allowed("::1", allow, 2));
}
END_TEST

START_TEST(cidr_parsing)
{
    ad_cidr c;
    char err[128];
    ck_assert_int_eq(ad_guard_parse_cidr("10.0.0.0/8", &c, err, sizeof(err)), 0);
    ck_assert_int_eq(c.family, AF_INET);
    ck_assert_uint_eq(c.prefix, 8);
    ck_assert_int_eq(ad_guard_parse_cidr("::1", &c, err, sizeof(err)), 0);
    ck_assert_uint_eq(c.prefix, 128);
    ck_assert_int_eq(ad_guard_parse_cidr("0.0.0.0/0", &c, err, sizeof(err)), 0);
    static const char *const bad[] = {"",          "/8",          "10.0.0.0/33",
                                      "::/129",    "10.0.0.0/",   "10.0.0.0/x",
                                      "localhost", "10.0.0.0/-1", "1.2.3"};
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
        ck_assert_msg(ad_guard_parse_cidr(bad[i], &c, err, sizeof(err)) == -1 && err[0],
                      "\"%s\" should not parse", bad[i]);
}
END_TEST

START_TEST(url_rules)
{
    char err[256], longurl[3000];
    static const char *const good[] = {"http://example.com/", "https://example.com/a?b=c#d",
                                       "http://127.0.0.1:8080/x", "https://[2001:db8::1]/",
                                       "HTTP://EXAMPLE.COM/"};
    static const char *const bad[] = {"file:///etc/passwd",
                                      "ftp://example.com/",
                                      "gopher://x/",
                                      "dict://x/",
                                      "http://user@example.com/",
                                      "http://u:p@example.com/",
                                      "//example.com/",
                                      "example.com",
                                      "http://exa mple.com/",
                                      "http://example.com/\r\nX: y",
                                      "javascript:alert(1)",
                                      ""};
    for (size_t i = 0; i < sizeof(good) / sizeof(good[0]); i++)
        ck_assert_msg(ad_fetch_check_url(good[i], err, sizeof(err)) == 0, "%s: %s", good[i], err);
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
        ck_assert_msg(ad_fetch_check_url(bad[i], err, sizeof(err)) == -1 && err[0],
                      "\"%s\" should be refused", bad[i]);
    memset(longurl, 'a', sizeof(longurl) - 1);
    longurl[sizeof(longurl) - 1] = '\0';
    memcpy(longurl, "http://example.com/", 19);
    ck_assert_int_eq(ad_fetch_check_url(longurl, err, sizeof(err)), -1);
}
END_TEST

static Suite *guard_suite(void)
{
    Suite *s = suite_create("guard");
    TCase *tc = ad_test_tcase(s, "guard");
    tcase_add_test(tc, blocked_ranges);
    tcase_add_test(tc, public_addresses);
    tcase_add_test(tc, allow_list);
    tcase_add_test(tc, cidr_parsing);
    tcase_add_test(tc, url_rules);
    return s;
}

AD_TEST_MAIN(guard_suite)
