/*
 * date.h - finding and normalizing dates as pages write them.
 *
 * Understands ISO 8601 and its common variants ("2025-09-29 09:33",
 * "2025/09/29", "2025年9月29日"), RFC 2822, "Sept 29, 2025", "29 September
 * 2025", "September 29, 2025 at 9:33 a.m. EDT" (month names from
 * data/months.tsv, time-zone abbreviations from data/tz_abbrev.tsv), numeric
 * day-first dates ("29.09.2025") and dates in URL paths. The output is ISO
 * 8601: "YYYY-MM-DDTHH:MM:SS+HH:MM", without the offset when none is known, or
 * "YYYY-MM-DD" when only the day is known.
 */
#ifndef ARTICLED_DATE_H
#define ARTICLED_DATE_H

#include <stddef.h>

typedef struct ad_date {
    int year, month, day;
    int hour, minute, second; /* valid when has_time */
    int has_time;
    int has_offset;
    int offset_min; /* minutes east of UTC, valid when has_offset */
} ad_date;

/* Finds the first date written in s[0..len) and stores it in *out. Returns 1
 * when a plausible date (years 1900-2100) was found, 0 otherwise. */
int ad_date_parse(const char *s, size_t len, ad_date *out);

/* Finds a date in the path of a URL: /2025/09/29/, /2025-09-29/, /20250929/,
 * /202509/29/. Returns 1 when found; the result has no time. */
int ad_date_from_url(const char *url, ad_date *out);

/* Writes d as ISO 8601 into out (at least 26 bytes). Returns the length, or
 * 0 when outlen is too small. */
size_t ad_date_format(const ad_date *d, char *out, size_t outlen);

/* ad_date_parse() then ad_date_format(); returns the length or 0. */
size_t ad_date_normalize(const char *s, size_t len, char *out, size_t outlen);

/* The UTC offset of a time-zone abbreviation ("EDT", case-insensitive) in
 * minutes east of UTC. Returns 1 when known. */
int ad_date_tz_abbrev(const char *s, size_t len, int *offset_min);

/* The home time zone of the outlet serving host ("www.chinadaily.com.cn"),
 * from data/outlet_tz.tsv, as the offset in force on d's day (daylight
 * saving applied). Returns 1 when the outlet is in the table. */
int ad_date_outlet_offset(const char *host, const ad_date *d, int *offset_min);

#endif
