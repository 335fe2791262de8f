/*
 * date.c - the date normalizer: finds the first date a string writes, in any
 * of the usual shapes, and prints it as ISO 8601.
 *
 * The scanner tries every word start once, in order, against the numeric
 * (year first, day first, month first) and the named-month shapes, so the
 * date written first wins. A time of day is looked for after the date, then
 * before it ("9:33 AM EDT, Sept 29, 2025"). Month names, zone abbreviations
 * and outlet home zones are data (data/months.tsv, tz_abbrev.tsv,
 * outlet_tz.tsv).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "articled/date.h"
#include "articled/text.h"
#include "body_dates.h"
#include "date_months.h"
#include "dst_rules.h"
#include "outlet_tz.h"
#include "tz_abbrev.h"

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static int is_alpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (unsigned char)c >= 0x80;
}

static char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
}

/* Reads a run of 1..maxd digits at s[*i]; returns its value or -1. The run
 * must not continue past maxd digits. */
static int read_num(const char *s, size_t len, size_t *i, int mind, int maxd)
{
    size_t j = *i;
    int v = 0, n = 0;
    while (j < len && is_digit(s[j]) && n <= maxd) {
        v = v * 10 + (s[j] - '0');
        j++, n++;
    }
    if (n < mind || n > maxd)
        return -1;
    *i = j;
    return v;
}

static int days_in_month(int y, int m)
{
    static const int dm[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return dm[m - 1];
}

static int valid_ymd(int y, int m, int d)
{
    return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

/* Parses "+08:00", "+0800", "+08", "-5" at s[*i] into minutes. */
static int read_offset(const char *s, size_t len, size_t *i, int *off)
{
    size_t j = *i;
    if (j >= len || (s[j] != '+' && s[j] != '-'))
        return 0;
    int sign = s[j] == '-' ? -1 : 1;
    j++;
    size_t st = j;
    int h = read_num(s, len, &j, 1, 4);
    if (h < 0)
        return 0;
    int m = 0;
    if (j - st == 4) { /* +0800 */
        m = h % 100;
        h /= 100;
    } else if (j - st == 3) {
        return 0;
    } else if (j + 1 < len && s[j] == ':' && is_digit(s[j + 1])) {
        j++;
        m = read_num(s, len, &j, 2, 2);
        if (m < 0)
            return 0;
    }
    if (h > 14 || m > 59)
        return 0;
    *off = sign * (h * 60 + m);
    *i = j;
    return 1;
}

static int month_word(const char *w, size_t n)
{
    char buf[16];
    if (n == 0 || n >= sizeof(buf))
        return 0;
    for (size_t k = 0; k < n; k++)
        buf[k] = lower(w[k]);
    buf[n] = '\0';
    /* Every word of a line that might hold a date comes here: the first
     * letter is compared before the whole name. */
    for (size_t r = 0; r < ad_tbl_date_months_len; r++)
        if (ad_tbl_date_months[r][0][0] == buf[0] && !strcmp(ad_tbl_date_months[r][0], buf))
            return (int)strtol(ad_tbl_date_months[r][1], NULL, 10);
    return 0;
}

static int parse_hhmm(const char *o, int *min)
{
    int sign = o[0] == '-' ? -1 : 1;
    int h = (o[1] - '0') * 10 + (o[2] - '0');
    int m = (o[4] - '0') * 10 + (o[5] - '0');
    *min = sign * (h * 60 + m);
    return 1;
}

static int dow(int y, int m, int d)
{
    static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
    if (m < 3)
        y -= 1;
    return (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;
}

/* The day of month of a rule's change: the nth (or, for week 5, the last)
 * given weekday of the month, moved by shift days (Israel changes on the
 * Friday before the last Sunday of March; Egypt's summer time ends at the
 * end of the last Thursday of October, that is on the day after it). */
static int change_day(int y, int m, int week, int weekday, int shift)
{
    int first = 1 + (weekday - dow(y, m, 1) + 7) % 7, day = first + 7 * (week - 1);
    while (day > days_in_month(y, m))
        day -= 7;
    return day + shift;
}

static long rule_field(const char *const *row, int k)
{
    return strtol(row[k], NULL, 10);
}

/* Whether daylight saving of the named rule (data/dst_rules.tsv) is in
 * force at d, a local time; a date without a time is taken at noon. */
static int dst_in_force(const char *rule, const ad_date *d)
{
    const char *const *row = NULL;
    for (size_t r = 0; r < ad_tbl_dst_rules_len && !row; r++)
        if (!strcmp(ad_tbl_dst_rules[r][0], rule))
            row = ad_tbl_dst_rules[r];
    if (!row)
        return 0; /* "none" */
    int sm = (int)rule_field(row, 1), em = (int)rule_field(row, 6);
    int sd = change_day(d->year, sm, (int)rule_field(row, 2), (int)rule_field(row, 3),
                        (int)rule_field(row, 4));
    int ed = change_day(d->year, em, (int)rule_field(row, 7), (int)rule_field(row, 8),
                        (int)rule_field(row, 9));
    /* Minutes into the year, month by month, are enough to order the
     * moments within one year. */
    long now =
        ((long)d->month * 32 + d->day) * 1440 + (d->has_time ? d->hour * 60 + d->minute : 720);
    long start = ((long)sm * 32 + sd) * 1440 + rule_field(row, 5) * 60;
    long end = ((long)em * 32 + ed) * 1440 + rule_field(row, 10) * 60;
    return sm < em ? now >= start && now < end : now >= start || now < end;
}

static int tz_lookup(const char *s, size_t len, const ad_date *d, int *off)
{
    char buf[8];
    if (len == 0 || len >= sizeof(buf))
        return 0;
    for (size_t k = 0; k < len; k++)
        buf[k] = lower(s[k]);
    buf[len] = '\0';
    for (size_t r = 0; r < ad_tbl_tz_abbrev_len; r++) {
        if (strcmp(ad_tbl_tz_abbrev[r][0], buf))
            continue;
        parse_hhmm(ad_tbl_tz_abbrev[r][1], off);
        if (d && dst_in_force(ad_tbl_tz_abbrev[r][2], d))
            *off += 60;
        return 1;
    }
    return 0;
}

int ad_date_tz_abbrev(const char *s, size_t len, int *offset_min)
{
    return tz_lookup(s, len, NULL, offset_min);
}

/* After a time: "Z", "+08:00", " GMT+8", " UTC", " EDT", " (ET)". */
static void read_zone(const char *s, size_t len, size_t j, ad_date *d)
{
    int off;
    if (j < len && s[j] == 'Z' && (j + 1 >= len || !is_alpha(s[j + 1]))) {
        d->has_offset = 1, d->offset_min = 0;
        return;
    }
    if (read_offset(s, len, &j, &off)) {
        d->has_offset = 1, d->offset_min = off;
        return;
    }
    while (j < len && (s[j] == ' ' || s[j] == '('))
        j++;
    if (read_offset(s, len, &j, &off)) { /* RFC 2822: "09:33:00 +0200" */
        d->has_offset = 1, d->offset_min = off;
        return;
    }
    size_t w = j;
    while (j < len && ((s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z')))
        j++;
    if (j == w || (j < len && is_alpha(s[j])))
        return;
    if (!tz_lookup(s + w, j - w, d, &off))
        return;
    d->has_offset = 1, d->offset_min = off;
    /* "GMT+8", "UTC+08:00" */
    int extra;
    if (off == 0 && read_offset(s, len, &j, &extra))
        d->offset_min = extra;
}

/* Whether "kl." or "kl" (Scandinavian "klockan", o'clock) comes right
 * before s[i]: a time written with a dot follows ("kl. 14.05"). */
static int clock_word_before(const char *s, size_t i)
{
    size_t k = i;
    while (k > 0 && s[k - 1] == ' ')
        k--;
    if (k > 0 && s[k - 1] == '.')
        k--;
    return k >= 2 && lower(s[k - 2]) == 'k' && lower(s[k - 1]) == 'l' &&
           (k == 2 || !is_alpha(s[k - 3]));
}

/* Finds a time of day "9:33", "09:33:00.000", "9:33 a.m.", "09h33", "5 h
 * 00" (French Canada), "kl. 14.05" (Scandinavia) in s[from..to) and stores
 * it (and any zone after it) in d. */
static int find_time(const char *s, size_t len, size_t from, size_t to, ad_date *d)
{
    for (size_t i = from; i < to && i < len; i++) {
        if (!is_digit(s[i]) || (i > 0 && (is_digit(s[i - 1]) || s[i - 1] == ':')))
            continue;
        size_t j = i;
        int h = read_num(s, len, &j, 1, 2);
        if (h < 0 || h > 23 || j + 1 >= len)
            continue;
        if (s[j] == ':' || s[j] == 'h' || (s[j] == '.' && clock_word_before(s, i)))
            j++;
        else if (j + 3 < len && s[j] == ' ' && s[j + 1] == 'h' && s[j + 2] == ' ')
            j += 3;
        else
            continue;
        int m = read_num(s, len, &j, 2, 2);
        if (m < 0 || m > 59 || (j < len && is_digit(s[j])))
            continue;
        int sec = 0;
        if (j + 1 < len && s[j] == ':' && is_digit(s[j + 1])) {
            j++;
            sec = read_num(s, len, &j, 2, 2);
            if (sec < 0 || sec > 60)
                continue;
            if (j < len && (s[j] == '.' || s[j] == ',') && j + 1 < len && is_digit(s[j + 1])) {
                j++;
                while (j < len && is_digit(s[j]))
                    j++;
            }
        }
        /* am / pm / a.m. / p.m. */
        size_t k = j;
        while (k < len && s[k] == ' ')
            k++;
        if (k + 1 < len && (lower(s[k]) == 'a' || lower(s[k]) == 'p')) {
            int pm = lower(s[k]) == 'p';
            size_t e = k + 1;
            if (e < len && s[e] == '.')
                e++;
            if (e < len && lower(s[e]) == 'm') {
                e++;
                if (e < len && s[e] == '.')
                    e++;
                if (e >= len || !is_alpha(s[e])) {
                    if (h > 12)
                        continue;
                    if (pm && h < 12)
                        h += 12;
                    if (!pm && h == 12)
                        h = 0;
                    j = e;
                }
            }
        }
        d->has_time = 1;
        d->hour = h, d->minute = m, d->second = sec;
        read_zone(s, len, j, d);
        return 1;
    }
    return 0;
}

/* Year first: 2025-09-29, 2025/9/29, 2025.09.29, 2025年9月29日, and the
 * year set apart before month/day ("2025 09/29", as Xinhua's pages print
 * it in three elements). */
static int ymd_at(const char *s, size_t len, size_t i, ad_date *d, size_t *end)
{
    static const char *const seps[] = {"-", "/", ".", "\xe5\xb9\xb4", "\xe6\x9c\x88", NULL};
    size_t j = i;
    int y = read_num(s, len, &j, 4, 4), m = 0, day = 0;
    if (y < 0)
        return 0;
    for (int part = 0; part < 2; part++) {
        size_t sl = 0;
        for (const char *const *p = seps; *p; p++) {
            size_t n = strlen(*p);
            if (j + n <= len && !memcmp(s + j, *p, n)) {
                sl = n;
                break;
            }
        }
        if (!sl && part == 0) {
            /* two digits each ("2025 09/29"), not "2026 9/11 anniversary" */
            size_t k = j;
            while (k < len && s[k] == ' ')
                k++;
            if (k > j && k + 5 <= len && is_digit(s[k]) && is_digit(s[k + 1]) && s[k + 2] == '/' &&
                is_digit(s[k + 3]) && is_digit(s[k + 4]) && (k + 5 == len || !is_digit(s[k + 5])))
                sl = k - j;
        }
        if (!sl)
            return 0;
        j += sl;
        while (j < len && s[j] == ' ')
            j++;
        int v = read_num(s, len, &j, 1, 2);
        if (v < 0)
            return 0;
        if (part == 0)
            m = v;
        else
            day = v;
    }
    if (!valid_ymd(y, m, day))
        return 0;
    d->year = y, d->month = m, d->day = day;
    if (j + 3 <= len && !memcmp(s + j, "\xe6\x97\xa5", 3))
        j += 3;
    *end = j;
    return 1;
}

/* Day or month first with a 4-digit year: 29.09.2025, 09/29/2025. */
static int dmy_at(const char *s, size_t len, size_t i, ad_date *d, size_t *end)
{
    size_t j = i;
    int a = read_num(s, len, &j, 1, 2);
    if (a < 0 || j >= len)
        return 0;
    char sep = s[j];
    if (sep != '.' && sep != '/' && sep != '-')
        return 0;
    j++;
    int b = read_num(s, len, &j, 1, 2);
    if (b < 0 || j >= len || s[j] != sep)
        return 0;
    j++;
    int y = read_num(s, len, &j, 4, 4);
    if (y < 0)
        return 0;
    int day = a, m = b;
    if (sep == '/' && a <= 12 && b > 12)
        day = b, m = a;
    else if (sep == '/' && a <= 12 && b <= 12)
        day = b, m = a; /* ambiguous slashes read the US way */
    if (!valid_ymd(y, m, day))
        return 0;
    d->year = y, d->month = m, d->day = day;
    *end = j;
    return 1;
}

static size_t skip_spaces(const char *s, size_t len, size_t j)
{
    while (j < len && (s[j] == ' ' || s[j] == ','))
        j++;
    return j;
}

/* "st", "nd", "rd", "th" after a day number. */
static size_t skip_ordinal(const char *s, size_t len, size_t j)
{
    if (j + 2 <= len && is_alpha(s[j]) && is_alpha(s[j + 1]) &&
        (j + 2 == len || !is_alpha(s[j + 2]))) {
        char a = lower(s[j]), b = lower(s[j + 1]);
        if ((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') ||
            (a == 't' && b == 'h'))
            return j + 2;
    }
    return j;
}

/* Skips a linking word ("of", "de", "del") between day, month and year. */
static size_t skip_link_word(const char *s, size_t len, size_t j)
{
    static const char *const words[] = {"of ", "de ", "del ", NULL};
    for (const char *const *w = words; *w; w++) {
        size_t n = strlen(*w);
        if (j + n <= len && !ad_text_ncasecmp(s + j, *w, n))
            return skip_spaces(s, len, j + n);
    }
    return j;
}

static size_t word_end(const char *s, size_t len, size_t j)
{
    while (j < len && is_alpha(s[j]))
        j++;
    return j;
}

/* Day first with a month name: "29 September 2025", "29. Sept. 2025",
 * "29th of September, 2025", "29 de septiembre de 2025". */
static int d_month_y_at(const char *s, size_t len, size_t i, ad_date *d, size_t *end)
{
    size_t j = i;
    int day = read_num(s, len, &j, 1, 2);
    if (day < 0)
        return 0;
    j = skip_ordinal(s, len, j);
    /* "04-Aug-2021", "04-ago-2021": dashes around the month name. */
    int dashed = j < len && s[j] == '-';
    if (dashed || (j < len && s[j] == '.'))
        j++;
    j = skip_link_word(s, len, skip_spaces(s, len, j));
    size_t w = j, we = word_end(s, len, j);
    int m = month_word(s + w, we - w);
    if (!m)
        return 0;
    j = we;
    if (j < len && s[j] == '.')
        j++;
    if (dashed) {
        if (j >= len || s[j] != '-')
            return 0;
        j++;
    }
    j = skip_link_word(s, len, skip_spaces(s, len, j));
    int y = read_num(s, len, &j, 4, 4);
    if (y < 0 || !valid_ymd(y, m, day))
        return 0;
    d->year = y, d->month = m, d->day = day;
    *end = j;
    return 1;
}

/* Month name first: "September 29, 2025", "Sept. 29th 2025". */
static int month_d_y_at(const char *s, size_t len, size_t i, ad_date *d, size_t *end)
{
    size_t we = word_end(s, len, i);
    int m = month_word(s + i, we - i);
    if (!m)
        return 0;
    size_t j = we;
    if (j < len && s[j] == '.')
        j++;
    j = skip_spaces(s, len, j);
    int day = read_num(s, len, &j, 1, 2);
    if (day < 0)
        return 0;
    j = skip_ordinal(s, len, j);
    j = skip_spaces(s, len, j);
    int y = read_num(s, len, &j, 4, 4);
    if (y < 0 || !valid_ymd(y, m, day))
        return 0;
    d->year = y, d->month = m, d->day = day;
    *end = j;
    return 1;
}

/* Whether an upper-case word starts at s[i] right after a lower-case
 * letter: the text of adjacent elements run together ("Mental
 * HealthDECEMBER 22, 2022"), where a month name may begin. */
static int glued_caps(const char *s, size_t len, size_t i)
{
    return i + 1 < len && s[i] >= 'A' && s[i] <= 'Z' && s[i + 1] >= 'A' && s[i + 1] <= 'Z' &&
           s[i - 1] >= 'a' && s[i - 1] <= 'z';
}

/* The start of the first word in s[from..to) that announces another date
 * ("Updated", "Modified", "Posted": the stamp words of six letters or more
 * in data/body_dates.tsv), else to. A time after it is that date's:
 * "Published 7:05 a.m. ET Mar. 2, 2031 Updated 9:40 a.m. ET Mar. 2, 2031". */
static size_t next_stamp(const char *s, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++) {
        if (!is_alpha(s[i]) || (i > 0 && is_alpha(s[i - 1])))
            continue;
        size_t e = i;
        while (e < to && (is_alpha(s[e]) || (unsigned char)s[e] >= 0x80))
            e++;
        for (size_t r = 0; e - i >= 6 && r < ad_tbl_body_dates_len; r++) {
            const char *w = ad_tbl_body_dates[r][1];
            if (!ad_text_ncasecmp(w, s + i, e - i) && !w[e - i] &&
                !strcmp(ad_tbl_body_dates[r][0], "stamp"))
                return i;
        }
        i = e;
    }
    return to;
}

int ad_date_parse(const char *s, size_t len, ad_date *out)
{
    memset(out, 0, sizeof(*out));
    if (!s)
        return 0;
    for (size_t i = 0; i < len; i++) {
        size_t end = 0;
        int found = 0;
        if (is_digit(s[i]) && (i == 0 || !is_digit(s[i - 1])))
            found = ymd_at(s, len, i, out, &end) || dmy_at(s, len, i, out, &end) ||
                    d_month_y_at(s, len, i, out, &end);
        else if (is_alpha(s[i]) && (i == 0 || !is_alpha(s[i - 1]) || glued_caps(s, len, i)))
            found = month_d_y_at(s, len, i, out, &end);
        if (!found)
            continue;
        /* The time follows the date (ISO 'T', " at ", ", ") or, less often,
         * comes first ("9:33 AM EDT, Sept 29, 2025"). */
        size_t to = next_stamp(s, end, end + 40 < len ? end + 40 : len);
        if (!find_time(s, len, end, to, out) && i > 0)
            find_time(s, len, i > 40 ? i - 40 : 0, i, out);
        return 1;
    }
    return 0;
}

size_t ad_date_format(const ad_date *d, char *out, size_t outlen)
{
    int n;
    if (!d->has_time)
        n = snprintf(out, outlen, "%04d-%02d-%02d", d->year, d->month, d->day);
    else if (!d->has_offset)
        n = snprintf(out, outlen, "%04d-%02d-%02dT%02d:%02d:%02d", d->year, d->month, d->day,
                     d->hour, d->minute, d->second);
    else {
        int off = d->offset_min < 0 ? -d->offset_min : d->offset_min;
        n = snprintf(out, outlen, "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d", d->year, d->month,
                     d->day, d->hour, d->minute, d->second, d->offset_min < 0 ? '-' : '+', off / 60,
                     off % 60);
    }
    return n > 0 && (size_t)n < outlen ? (size_t)n : 0;
}

size_t ad_date_normalize(const char *s, size_t len, char *out, size_t outlen)
{
    ad_date d;
    if (!ad_date_parse(s, len, &d))
        return 0;
    return ad_date_format(&d, out, outlen);
}

/* Reads digits [i, i+n) as a number, or -1. */
static int fixed_num(const char *s, size_t len, size_t i, size_t n)
{
    int v = 0;
    if (i + n > len)
        return -1;
    for (size_t k = 0; k < n; k++) {
        if (!is_digit(s[i + k]))
            return -1;
        v = v * 10 + (s[i + k] - '0');
    }
    return v;
}

int ad_date_from_url(const char *url, ad_date *out)
{
    memset(out, 0, sizeof(*out));
    if (!url)
        return 0;
    const char *p = strstr(url, "://");
    p = p ? strchr(p + 3, '/') : url;
    if (!p)
        return 0;
    size_t len = strcspn(p, "?#");
    for (size_t i = 0; i < len; i++) {
        if (!is_digit(p[i]) || (i > 0 && is_alpha(p[i - 1])) || (i > 0 && is_digit(p[i - 1])))
            continue;
        int y = fixed_num(p, len, i, 4), m = -1, d = -1;
        if (y < 1990 || y > 2100)
            continue;
        size_t j = i + 4;
        if (j < len && (p[j] == '/' || p[j] == '-' || p[j] == '_')) {
            char sep = p[j];
            /* /2025/09/29/ or /2025-09-29 */
            size_t k = j + 1;
            m = read_num(p, len, &k, 1, 2);
            if (m < 0) {
                /* /2023/october/03/: the month spelt out. */
                size_t we = word_end(p, len, k);
                m = month_word(p + k, we - k);
                k = m ? we : k;
            }
            if (m > 0 && k < len && p[k] == sep) {
                k++;
                d = read_num(p, len, &k, 1, 2);
                /* "/2028/07/4e2a9c71-title": a hash, not a day */
                if (d > 0 && k < len && (is_digit(p[k]) || is_alpha(p[k])))
                    d = -1;
            }
        } else if ((m = fixed_num(p, len, j, 2)) > 0) {
            /* /20250929/ or /202509/29/ */
            if ((d = fixed_num(p, len, j + 2, 2)) > 0 && !(j + 4 < len && is_digit(p[j + 4])))
                ;
            else if (j + 2 < len && p[j + 2] == '/' && (d = fixed_num(p, len, j + 3, 2)) > 0 &&
                     !(j + 5 < len && is_digit(p[j + 5])))
                ;
            else
                d = -1;
        }
        if (m > 0 && d > 0 && valid_ymd(y, m, d)) {
            out->year = y, out->month = m, out->day = d;
            return 1;
        }
    }
    return 0;
}

int ad_date_outlet_offset(const char *host, const ad_date *d, int *offset_min)
{
    if (!host)
        return 0;
    size_t hl = strcspn(host, ":/");
    /* Try the host and each parent domain: news.example.co.uk, example.co.uk... */
    for (size_t i = 0; i < hl; i++) {
        if (i > 0 && host[i - 1] != '.')
            continue;
        for (size_t r = 0; r < ad_tbl_outlet_tz_len; r++) {
            const char *dom = ad_tbl_outlet_tz[r][0];
            if (strlen(dom) == hl - i && !ad_text_ncasecmp(host + i, dom, hl - i)) {
                parse_hhmm(ad_tbl_outlet_tz[r][1], offset_min);
                if (d && dst_in_force(ad_tbl_outlet_tz[r][2], d))
                    *offset_min += 60;
                return 1;
            }
        }
    }
    return 0;
}
