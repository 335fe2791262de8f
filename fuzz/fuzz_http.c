/*
 * fuzz_http.c - libFuzzer target for HTTP request handling without sockets.
 *
 * The input is a raw HTTP/1.1 request: request line, headers, empty line,
 * body (Content-Length, chunked, or up to the end). It is taken apart the
 * way libmicrohttpd hands a request to server/serve.c (method, path and
 * query percent-decoded, headers case-insensitive), then driven through the
 * same decisions serve.c's on_request() makes - route, method, 415 from
 * Content-Type, 413 from Content-Length or a body over the cap, batch line
 * limit - and through server/api.c (ad_api_articles, ad_api_fetch with
 * fetching disabled, ad_api_batch_line line by line) to a response.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "articled/articled.h"
#include "api.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define MAX_FIELDS 64
#define MAX_BODY ((size_t)256 * 1024)

typedef struct kv {
    char *name;
    char *value;
} kv;

typedef struct fuzz_req {
    kv headers[MAX_FIELDS];
    size_t n_headers;
    kv args[MAX_FIELDS];
    size_t n_args;
} fuzz_req;

static const char *lookup_header(void *ctx, const char *name)
{
    fuzz_req *r = ctx;
    for (size_t i = 0; i < r->n_headers; i++)
        if (!strcasecmp(r->headers[i].name, name))
            return r->headers[i].value;
    return NULL;
}

static const char *lookup_arg(void *ctx, const char *name)
{
    fuzz_req *r = ctx;
    for (size_t i = 0; i < r->n_args; i++)
        if (!strcmp(r->args[i].name, name))
            return r->args[i].value;
    return NULL;
}

/* Decodes %XX in place (what libmicrohttpd does to paths and arguments);
 * '+' becomes a space in arguments. */
static void unescape(char *s, int plus)
{
    char *o = s;
    for (char *p = s; *p; p++) {
        int hi, lo;
        if (*p == '%' && p[1] && p[2] &&
            (hi = (p[1] >= '0' && p[1] <= '9')   ? p[1] - '0'
                  : (p[1] | 32) >= 'a' && (p[1] | 32) <= 'f' ? (p[1] | 32) - 'a' + 10
                                                              : -1) >= 0 &&
            (lo = (p[2] >= '0' && p[2] <= '9')   ? p[2] - '0'
                  : (p[2] | 32) >= 'a' && (p[2] | 32) <= 'f' ? (p[2] | 32) - 'a' + 10
                                                              : -1) >= 0) {
            *o++ = (char)(hi * 16 + lo);
            p += 2;
        } else {
            *o++ = plus && *p == '+' ? ' ' : *p;
        }
    }
    *o = '\0';
}

/* Returns a NUL-terminated copy of s[0..n) (NULs inside end the string, as
 * they would for a C consumer of libmicrohttpd's values). */
static char *dupn(const char *s, size_t n)
{
    char *d = malloc(n + 1);
    if (d) {
        memcpy(d, s, n);
        d[n] = '\0';
    }
    return d;
}

/* Finds the end of a line (LF, with an optional CR before it). */
static const char *line_end(const char *p, const char *end, const char **next)
{
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    if (!nl) {
        *next = end;
        return end;
    }
    *next = nl + 1;
    return nl > p && nl[-1] == '\r' ? nl - 1 : nl;
}

/* Decodes a chunked body into out; returns 0, or -1 when malformed. */
static int dechunk(const char *p, const char *end, ad_buf *out)
{
    while (p < end) {
        const char *next;
        const char *le = line_end(p, end, &next);
        char *stop;
        char tmp[32];
        size_t n = (size_t)(le - p) < sizeof(tmp) - 1 ? (size_t)(le - p) : sizeof(tmp) - 1;
        memcpy(tmp, p, n);
        tmp[n] = '\0';
        unsigned long long len = strtoull(tmp, &stop, 16);
        if (stop == tmp)
            return -1;
        if (len == 0)
            return 0;
        p = next;
        if (len > (unsigned long long)(end - p))
            len = (unsigned long long)(end - p);
        if (ad_buf_append(out, p, (size_t)len) != AD_OK)
            return -1;
        p += len;
        line_end(p, end, &next);
        p = next;
    }
    return 0;
}

static void run(const char *data, size_t size)
{
    fuzz_req fr;
    ad_api_response resp;
    ad_buf body;
    char *method = NULL, *path = NULL;
    memset(&fr, 0, sizeof(fr));
    memset(&resp, 0, sizeof(resp));
    ad_buf_init(&body, MAX_BODY);
    const char *p = data, *end = data + size, *next;

    /* Request line. */
    const char *le = line_end(p, end, &next);
    const char *sp1 = memchr(p, ' ', (size_t)(le - p));
    if (!sp1)
        goto done;
    const char *target = sp1 + 1;
    const char *sp2 = memchr(target, ' ', (size_t)(le - target));
    const char *tend = sp2 ? sp2 : le;
    method = dupn(p, (size_t)(sp1 - p));
    const char *q = memchr(target, '?', (size_t)(tend - target));
    path = dupn(target, (size_t)((q ? q : tend) - target));
    if (!method || !path)
        goto done;
    unescape(path, 0);
    if (q) {
        const char *a = q + 1;
        while (a < tend && fr.n_args < MAX_FIELDS) {
            const char *amp = memchr(a, '&', (size_t)(tend - a));
            const char *aend = amp ? amp : tend;
            const char *eq = memchr(a, '=', (size_t)(aend - a));
            kv *k = &fr.args[fr.n_args];
            k->name = dupn(a, (size_t)((eq ? eq : aend) - a));
            k->value = eq ? dupn(eq + 1, (size_t)(aend - eq - 1)) : dupn("", 0);
            if (!k->name || !k->value) {
                free(k->name);
                free(k->value);
                goto done;
            }
            unescape(k->name, 1);
            unescape(k->value, 1);
            fr.n_args++;
            a = amp ? amp + 1 : tend;
        }
    }
    p = next;
    /* Headers up to the empty line. */
    while (p < end) {
        le = line_end(p, end, &next);
        if (le == p) {
            p = next;
            break;
        }
        const char *colon = memchr(p, ':', (size_t)(le - p));
        if (colon && fr.n_headers < MAX_FIELDS) {
            const char *v = colon + 1;
            while (v < le && (*v == ' ' || *v == '\t'))
                v++;
            kv *k = &fr.headers[fr.n_headers];
            k->name = dupn(p, (size_t)(colon - p));
            k->value = dupn(v, (size_t)(le - v));
            if (!k->name || !k->value) {
                free(k->name);
                free(k->value);
                goto done;
            }
            fr.n_headers++;
        }
        p = next;
    }

    ad_api_config cfg = {MAX_BODY, 50, NULL};
    const char *allow;
    ad_route route = ad_api_route(path, &allow);
    (void)ad_api_route_name(route);
    if (route == AD_ROUTE_NONE) {
        ad_api_problem(&resp, 404, "no such resource");
        goto done;
    }
    if (!ad_api_method_allowed(allow, method)) {
        resp.allow = allow;
        ad_api_problem(&resp, 405, "method not allowed");
        goto done;
    }
    if (route != AD_ROUTE_ARTICLES && route != AD_ROUTE_BATCH)
        goto done; /* cheap routes answer fixed texts in serve.c */
    if (!strcmp(method, "POST")) {
        char cs[48];
        ad_body_kind kind = ad_api_body_kind(lookup_header(&fr, "Content-Type"), cs, sizeof(cs));
        int ok = route == AD_ROUTE_BATCH ? kind != AD_BODY_UNSUPPORTED
                                         : kind != AD_BODY_UNSUPPORTED && kind != AD_BODY_NDJSON;
        if (!ok) {
            ad_api_problem(&resp, 415, "unsupported type");
            goto done;
        }
    }
    /* The body: chunked, Content-Length (a lie in either direction is cut
     * to what is there) or what is left. */
    const char *te = lookup_header(&fr, "Transfer-Encoding");
    const char *cl = lookup_header(&fr, "Content-Length");
    size_t avail = (size_t)(end - p);
    if (te && strcasestr(te, "chunked")) {
        if (dechunk(p, end, &body) != 0) {
            ad_api_problem(&resp, 413, "body over the cap or malformed");
            goto done;
        }
    } else {
        if (cl) {
            char *stop;
            unsigned long long n = strtoull(cl, &stop, 10);
            if (stop != cl && n > MAX_BODY) {
                ad_api_problem(&resp, 413, "body over the cap");
                goto done;
            }
            if (stop != cl && n < avail)
                avail = (size_t)n;
        }
        if (ad_buf_append(&body, p, avail) != AD_OK) {
            ad_api_problem(&resp, 413, "body over the cap");
            goto done;
        }
    }
    ad_api_request req = {method, path, lookup_header, lookup_arg, &fr,
                          body.data ? body.data : "", body.len};
    double ms;
    if (route == AD_ROUTE_ARTICLES) {
        ad_api_articles(&cfg, &req, &resp, &ms);
        if (resp.status == 0 && resp.fetch_url) {
            ad_fetch_result page;
            memset(&page, 0, sizeof(page));
            char *url = resp.fetch_url;
            resp.fetch_url = NULL;
            ad_api_fetch(&cfg, url, 1000, &page, &resp);
            free(url);
            ad_fetch_result_free(&page);
        }
        if (resp.status < 200 || resp.status > 599 || !resp.body || !resp.content_type)
            abort();
        goto done;
    }
    /* Batch: line by line, as run_batch() does. */
    ad_buf out;
    ad_buf_init(&out, 4 * MAX_BODY + 4096);
    const char *b = req.body, *bend = req.body + req.body_len;
    size_t lineno = 0;
    while (b < bend && lineno < cfg.batch_max_lines) {
        const char *nl = memchr(b, '\n', (size_t)(bend - b));
        const char *lend = nl ? nl : bend;
        size_t len = (size_t)(lend - b);
        while (len && (b[len - 1] == '\r' || b[len - 1] == ' ' || b[len - 1] == '\t'))
            len--;
        lineno++;
        if (len) {
            ad_buf_reset(&out);
            if (ad_api_batch_line(&cfg, b, len, lineno, &out) == 0 &&
                (out.len == 0 || out.data[out.len - 1] != '\n'))
                abort();
        }
        b = nl ? nl + 1 : bend;
    }
    ad_buf_free(&out);
done:
    ad_api_response_clear(&resp);
    ad_buf_free(&body);
    for (size_t i = 0; i < fr.n_headers; i++) {
        free(fr.headers[i].name);
        free(fr.headers[i].value);
    }
    for (size_t i = 0; i < fr.n_args; i++) {
        free(fr.args[i].name);
        free(fr.args[i].value);
    }
    free(method);
    free(path);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    run((const char *)data, size);
    return 0;
}
