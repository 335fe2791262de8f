/*
 * api.h - the HTTP API as plain functions: request in, response out.
 *
 * Nothing here touches a socket. serve.c feeds requests from libmicrohttpd
 * and the fuzz targets feed them from bytes; both get the same answers.
 * Routing and cheap routes run on the caller's thread; the article routes
 * (ad_api_run) are what the worker threads execute.
 */
#ifndef ARTICLED_SERVER_API_H
#define ARTICLED_SERVER_API_H

#include <stddef.h>
#include "articled/arena.h"
#include "fetch.h"

typedef enum ad_route {
    AD_ROUTE_NONE = 0, /* unknown path: 404 */
    AD_ROUTE_ARTICLES,
    AD_ROUTE_BATCH,
    AD_ROUTE_HEALTHZ,
    AD_ROUTE_READYZ,
    AD_ROUTE_METRICS,
    AD_ROUTE_VERSION,
    AD_ROUTE_OPENAPI,
    AD_ROUTE_COUNT
} ad_route;

/* The route's name as used in metrics labels ("articles"). */
const char *ad_api_route_name(ad_route r);

/* Maps a path to its route; *allow receives the methods the route accepts
 * (for 405's Allow header). Returns AD_ROUTE_NONE for unknown paths. */
ad_route ad_api_route(const char *path, const char **allow);

/* True when method is one of the methods in allow ("GET, POST"). */
int ad_api_method_allowed(const char *allow, const char *method);

/* A request as the API sees it. Lookups return NULL when absent. */
typedef struct ad_api_request {
    const char *method;
    const char *path;
    const char *(*header)(void *ctx, const char *name);
    const char *(*arg)(void *ctx, const char *name);
    void *ctx;
    const char *body;
    size_t body_len;
} ad_api_request;

/* What the kind of body is, decided from Content-Type before the body is
 * read, so that 415 needs no upload. */
typedef enum ad_body_kind {
    AD_BODY_HTML = 0,
    AD_BODY_TEXT,
    AD_BODY_JSON,
    AD_BODY_NDJSON,
    AD_BODY_UNSUPPORTED
} ad_body_kind;

/* Splits a Content-Type header into its lower-cased media type and its
 * charset parameter (each empty when absent or too long). */
void ad_api_content_type(const char *ct, char *mime, size_t mimelen, char *charset,
                         size_t charsetlen);

/* Classifies a Content-Type header (NULL means absent: treated as HTML, as
 * `curl --data-binary` sends form encoding). The charset parameter, if any,
 * is copied into charset (empty otherwise). */
ad_body_kind ad_api_body_kind(const char *content_type, char *charset, size_t charsetlen);

/* A response. body is malloc'd and owned by the response. */
typedef struct ad_api_response {
    int status;
    const char *content_type; /* static string */
    char *body;
    size_t len;
    const char *allow; /* Allow header for 405, or NULL */
    int retry_after;   /* seconds, 0 for none */
    char *fetch_url;   /* status 0: fetch this URL first (malloc'd) */
} ad_api_response;

/* Fills resp with an RFC 9457 problem+json body. Returns 0, or -1 when out of
 * memory (resp then holds a static fallback body). */
int ad_api_problem(ad_api_response *resp, int status, const char *detail);

/* The same with "upstream_status", the HTTP status a fetched page's server
 * answered (0 leaves it out). */
int ad_api_problem_upstream(ad_api_response *resp, int status, const char *detail, long upstream);

/* Releases the body; the response may be reused. Accepts NULL. */
void ad_api_response_clear(ad_api_response *resp);

/* Limits and settings the article routes need. */
typedef struct ad_api_config {
    size_t max_body;
    size_t batch_max_lines;
    const ad_fetch_config *fetch; /* NULL: fetching by URL answers 501 */
} ad_api_config;

/* Runs /v1/articles for req: parses the body and fills resp with the
 * article JSON or a problem. When the request asks for a URL to be fetched
 * (GET ?url=, or a JSON body with only "url"), resp->status is 0 and
 * resp->fetch_url holds the URL: the caller fetches it (ad_api_fetch) and
 * then calls ad_api_articles_fetched(). *parse_ms receives the time spent
 * in the parser. */
void ad_api_articles(const ad_api_config *cfg, const ad_api_request *req, ad_api_response *resp,
                     double *parse_ms);

/* Fetches url for the article route; on failure fills resp with the
 * problem (400, 403, 413, 422, 502 with upstream_status, 504) and returns
 * the error. deadline_ms (0: none) caps the transfer. */
ad_fetch_error ad_api_fetch(const ad_api_config *cfg, const char *url, long deadline_ms,
                            ad_fetch_result *page, ad_api_response *resp);

/* Parses a fetched page for req (fields= and pretty= still apply). */
void ad_api_articles_fetched(const ad_api_config *cfg, const ad_api_request *req,
                             const ad_fetch_result *page, ad_api_response *resp, double *parse_ms);

/* Parses one NDJSON line of a batch and appends the result line (with its
 * trailing newline) to out; a line with only "url" is fetched first (so
 * batches must run where blocking on the network is allowed). Returns 0,
 * or -1 when out of memory or out exceeded its cap. */
int ad_api_batch_line(const ad_api_config *cfg, const char *line, size_t len, size_t lineno,
                      ad_buf *out);

#endif
