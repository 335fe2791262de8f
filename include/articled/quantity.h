/*
 * quantity.h - amounts, percentages, periods and change bases in news English.
 *
 * Three scanners over one paragraph (or sentence) of UTF-8 text, each linear
 * in the text and allocating only its result arrays from the arena:
 *
 * ad_qty_scan() finds quantities: "$1.05 billion", "US$3.2 million",
 *   "210 million yuan", "RMB 1.2 trillion", "€45m", "30 percent", "3.5
 *   percentage points", "one-third", "tenfold", "between 10 and 20 percent",
 *   "more than two million", "73 million tonnes", "2.3 million barrels per
 *   day". Values are scaled ("$1.05 billion" -> 1050000000); currencies are
 *   ISO 4217 codes (symbols, words and codes in data/currencies.tsv; bare
 *   codes checked against iso-codes at build time); units of measure come
 *   canonical from data/units.tsv ("metric tons" -> "tonne");
 *   qualifiers come normalized from data/qualifiers.tsv. Ordinals ("13th"),
 *   times ("9:33", "9 a.m."), ages ("15-year-old"), decades ("1990s"), ISO
 *   dates, phone numbers and numbers glued into words ("G7", "COVID-19",
 *   "Q3") are skipped, not reported. A bare integer 1800..2100 without unit
 *   is reported as a NUMBER flagged AD_QTYF_YEAR.
 *
 * ad_qty_find_periods() finds time periods and resolves them to dates against an
 *   anchor date (the article's published date). Rule for periods written
 *   without a year ("the third quarter", "January-August", "in September",
 *   "the first half"): they are taken in the anchor's year unless that would
 *   start after the anchor date, or a span of several months would end in a
 *   month that begins after it, in which case the previous year is meant
 *   (news reports past figures); so are those "of the year" ("the first 11
 *   months of the year" in January is last year's). Relative periods ("last year", "this
 *   month") and yearless periods have NULL dates when there is no anchor.
 *   Fiscal years ("fiscal 2024", "FY2024") are reported with NULL dates,
 *   since fiscal calendars differ. "The previous year" is read as the
 *   calendar year before the anchor's.
 *
 * ad_qty_find_basis() finds the basis of a change ("year-on-year", "from a
 *   year earlier", "compared with the same period last year",
 *   "month-on-month") from data/change_basis.tsv.
 *
 * Offsets are bytes into the caller's text.
 */
#ifndef ARTICLED_QUANTITY_H
#define ARTICLED_QUANTITY_H

#include <stddef.h>
#include "articled/arena.h"
#include "articled/status.h"

/* At most this many quantities or periods per call; more fail with
 * AD_ERR_TOOBIG (a paragraph of news has a handful). */
#define AD_QTY_MAX 20000

typedef enum ad_qty_kind {
    AD_QTY_NUMBER = 0, /* plain number: "1,234.5", "two", "2 million" */
    AD_QTY_MONEY,      /* an amount with a currency */
    AD_QTY_PERCENT,    /* "30%", "30 percent", "30 per cent" */
    AD_QTY_POINTS,     /* percentage points ("3.5 percentage points"; basis
                        * points are converted: "25 bps" -> 0.25) */
    AD_QTY_FRACTION,   /* "one-third" -> 0.333..., "half" -> 0.5 */
    AD_QTY_MULTIPLE,   /* "tenfold" -> 10, "2.5 times as", "doubled" -> 2 */
    AD_QTY_MEASURE     /* an amount in a unit of measure: "73 million tonnes" */
} ad_qty_kind;

enum {
    AD_QTYF_RANGE = 1u << 0,        /* value..high ("$40-50 billion") */
    AD_QTYF_YEAR = 1u << 1,         /* bare integer 1800..2100: likely a year */
    AD_QTYF_WORDS = 1u << 2,        /* number written in words ("twenty-five") */
    AD_QTYF_SCALED = 1u << 3,       /* a scale word applied ("billion", "bn") */
    AD_QTYF_NEGATIVE = 1u << 4,     /* "-3.5%", "minus 2 percent" */
    AD_QTYF_BASIS_POINTS = 1u << 5, /* written in basis points */
    AD_QTYF_VERB = 1u << 6,         /* multiple stated by a verb ("doubled") */
    AD_QTYF_INHERITED = 1u << 7,    /* unit taken from the next quantity
                                     * ("from 10 to 20 percent": 10 -> 10%) */
    AD_QTYF_GOODS = 1u << 8,        /* the unit counts and names goods ("vehicles") */
    AD_QTYF_PLUS = 1u << 9          /* written with a plus sign: "+2.4%" */
};

typedef struct ad_quantity {
    ad_qty_kind kind;
    unsigned flags;        /* AD_QTYF_* */
    double value;          /* scaled; negative when AD_QTYF_NEGATIVE */
    double high;           /* upper end of a range; equals value otherwise */
    double scale;          /* the scale applied (1e9 for "billion"), 1 if none */
    char currency[4];      /* ISO 4217 for money, "" otherwise; "" also for money in a
                            * family word without a usual meaning ("pesos") */
    const char *family;    /* money in a word several countries use ("dollars",
                            * "pesos", "crowns"): its family in data/currencies.tsv,
                            * static; NULL otherwise */
    const char *unit;      /* canonical unit for a measure ("tonne"), static; NULL otherwise */
    const char *qualifier; /* normalized ("more than"), static; NULL if none */
    size_t start, end;     /* the whole span in bytes, qualifier included */
    size_t num_start;      /* where the quantity proper starts (after the qualifier) */
} ad_quantity;

/* Zero-initialise once; reuse it for every paragraph of an article with
 * the same arena: the array is kept, and so is a small lookup index built
 * on the first call (index). */
typedef struct ad_quantities {
    ad_quantity *v;
    size_t n;
    size_t cap;
    const void *index; /* managed by the scanner */
} ad_quantities;

/* Finds the quantities of s[0..len), left to right, without overlaps. */
ad_status ad_qty_scan(const char *s, size_t len, ad_arena *a, ad_quantities *out, char *err,
                      size_t errlen);

/* A short fixed name for a kind ("money"). */
const char *ad_qty_kind_name(ad_qty_kind k);

typedef enum ad_qty_period_kind {
    AD_PER_YEAR = 0, /* "2024", "last year", "this year", "2020-2024" */
    AD_PER_HALF,     /* "the first half of 2025", "H1" */
    AD_PER_QUARTER,  /* "the third quarter", "Q3 2025", "the July-September quarter" */
    AD_PER_MONTHS,   /* "January-September", "the first nine months of the year",
                      * "the three months to September", "the year to June" */
    AD_PER_MONTH,    /* "September 2025", "in September", "last month" */
    AD_PER_DAY,      /* "September 29, 2025", "Nov. 1-10", "the first 10 days of
                      * November", "the four weeks to Nov. 9" */
    AD_PER_TO_DATE,  /* "year-to-date", "so far this year" */
    AD_PER_FISCAL    /* "fiscal 2024", "FY2024": dates left NULL */
} ad_qty_period_kind;

typedef struct ad_qty_period {
    ad_qty_period_kind kind;
    const char *text;            /* the span's text (arena), without a leading preposition */
    const char *start;           /* "YYYY-MM-DD" (arena) or NULL when unresolved */
    const char *end;             /* inclusive last day, or NULL */
    size_t span_start, span_end; /* bytes */
    int year1, year2;            /* AD_PER_FISCAL and explicit AD_PER_YEAR: the years as
                                  * written, four digits ("FY25" 2025, 0; "2024-25" 2024,
                                  * 2025), for callers that know the fiscal calendar */
    int bare;                    /* a period that is a figure's only where the caller
                                  * knows the words around it: a month with neither
                                  * preposition nor owner, after a name and before a
                                  * lower-case word ("Japan Jan exports"), or "last
                                  * week" (Monday to Sunday), which also dates a report
                                  * ("data released last week showed") */
    int fiscal_rel;              /* AD_PER_FISCAL named by its place, not its year: 1
                                  * the current ("this fiscal year", "the current
                                  * fiscal year"), 2 the last ("last fiscal year",
                                  * India's "last fiscal"); else 0 */
} ad_qty_period;

/* Zero-initialise once; reusable across calls with the same arena, like
 * ad_quantities. */
typedef struct ad_qty_periods {
    ad_qty_period *v;
    size_t n;
    size_t cap;
    const void *index; /* managed by the scanner */
} ad_qty_periods;

/* Finds the periods of s[0..len). anchor is "YYYY-MM-DD..." (extra
 * characters such as a time are ignored) or NULL; an anchor that does not
 * parse counts as NULL. Phrases that name a change basis ("from the same
 * period last year") are not reported as periods. */
ad_status ad_qty_find_periods(const char *s, size_t len, const char *anchor, ad_arena *a,
                              ad_qty_periods *out, char *err, size_t errlen);

/* Finds the first change-basis phrase in s[0..len). Returns its normalized
 * basis ("year-on-year", "month-on-month", "quarter-on-quarter",
 * "week-on-week"; static storage) and stores its byte range in *start and
 * *end (either may be NULL), or returns NULL when there is none. */
const char *ad_qty_find_basis(const char *s, size_t len, size_t *start, size_t *end);

/* The dates of a fiscal year from its calendar, for a caller that knows it
 * (the trade figures stage, by reporting economy): year1 and year2 as an
 * ad_qty_period gives them ("FY25": 2025, 0; "2024-25": 2024, 2025), the
 * month the year starts in (1..12), and whether a single year names the
 * year it starts in (Japan's "fiscal 2025" starts April 2025) or ends in
 * (India's "FY25" ends March 2025). A two-year form starts in its first
 * year. *start and *end get "YYYY-MM-DD" strings (arena). Returns AD_OK,
 * AD_ERR_USAGE for no year or a bad month, or AD_ERR_NOMEM. */
ad_status ad_qty_fiscal_dates(int year1, int year2, int start_month, int named_by_start,
                              ad_arena *a, const char **start, const char **end);

/* The dates of a span of `months` whole months (1..120) that starts in
 * month `month` of `year`; a month past 12 runs into the next years (14 is
 * February of year + 1), as a part of a fiscal year does ("the first five
 * months" of one that starts in July). *start and *end as above. Returns
 * AD_OK, AD_ERR_USAGE for a bad year, month or length, or AD_ERR_NOMEM. */
ad_status ad_qty_month_span(int year, int month, int months, ad_arena *a, const char **start,
                            const char **end);

#endif
