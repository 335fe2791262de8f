/*
 * fetch.h - getting a page by URL with libcurl, safely.
 *
 * http and https only, for the first request and every redirect; at most a
 * few redirects; time, speed and size limits; every connection's address
 * checked by the guard (guard.h) just before it is opened. The page comes
 * back with its final URL and the charset and kind its Content-Type names.
 */
#ifndef ARTICLED_SERVER_FETCH_H
#define ARTICLED_SERVER_FETCH_H

#include <stddef.h>
#include "articled/article.h"
#include "guard.h"

#define AD_FETCH_MAX_URL 2048

typedef struct ad_fetch_config {
    long connect_timeout_ms; /* default 5000 */
    long timeout_ms;         /* whole transfer, default 15000 */
    long low_speed_bytes;    /* abort below this many bytes/s ... */
    long low_speed_secs;     /* ... sustained this long (default 1024 B/s, 5 s) */
    long max_redirects;      /* default 5 */
    size_t max_bytes;        /* default 10 MiB */
    const char *proxy;       /* NULL: no proxy, whatever the environment says */
    const ad_cidr *allow;    /* operator allow-list, may be NULL */
    size_t n_allow;
} ad_fetch_config;

/* Fills the defaults above. */
void ad_fetch_config_init(ad_fetch_config *cfg);

/* Why a fetch failed, with the HTTP status the API answers for it. */
typedef enum ad_fetch_error {
    AD_FETCH_OK = 0,
    AD_FETCH_BAD_URL = 400,  /* malformed, not http(s), user-info, too long */
    AD_FETCH_BLOCKED = 403,  /* an address the guard refuses */
    AD_FETCH_TOO_BIG = 413,  /* the page passed max_bytes */
    AD_FETCH_BAD_TYPE = 422, /* not text/html, application/xhtml+xml or text/plain */
    AD_FETCH_UPSTREAM = 502, /* connection failure, or upstream status >= 400 */
    AD_FETCH_TIMEOUT = 504
} ad_fetch_error;

typedef struct ad_fetch_result {
    char *body; /* malloc'd, NUL-terminated */
    size_t len;
    char *final_url; /* malloc'd: the URL after redirects */
    long status;     /* the upstream HTTP status (also set on AD_FETCH_UPSTREAM) */
    ad_input_kind kind;
    char charset[48]; /* from Content-Type, or empty */
} ad_fetch_result;

/* Must be called once before any fetch, from one thread (curl_global_init).
 * Returns 0 or -1. */
int ad_fetch_global_init(void);
void ad_fetch_global_cleanup(void);

/* Checks a URL with curl's URL API: absolute http(s), a host, no user-info,
 * at most AD_FETCH_MAX_URL bytes, no control characters. Returns 0, or -1
 * with a message. */
int ad_fetch_check_url(const char *url, char *err, size_t errlen);

/* Fetches url. deadline_ms (0 for none) caps the transfer time further.
 * On success returns AD_FETCH_OK and the caller frees out with
 * ad_fetch_result_free(); otherwise out holds no body, out->status may hold
 * the upstream status, and err a message a person can act on. */
ad_fetch_error ad_fetch(const ad_fetch_config *cfg, const char *url, long deadline_ms,
                        ad_fetch_result *out, char *err, size_t errlen);

/* Releases a result's memory; accepts a zeroed result. */
void ad_fetch_result_free(ad_fetch_result *r);

#endif
