/*
 * api.c - routes, request bodies and problem answers of the HTTP API.
 *
 * The article routes accept the page three ways (raw HTML, plain text, or a
 * JSON envelope) and answer with the article JSON; every error is an RFC 9457
 * problem+json document whose detail tells the caller what to change.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <jansson.h>
#include "articled/articled.h"
#include "api.h"
#include "fetch.h"

static const struct {
    const char *path;
    ad_route route;
    const char *allow;
} routes[] = {
    {"/v1/articles", AD_ROUTE_ARTICLES, "GET, POST"},
    {"/v1/articles/batch", AD_ROUTE_BATCH, "POST"},
    {"/healthz", AD_ROUTE_HEALTHZ, "GET, HEAD"},
    {"/readyz", AD_ROUTE_READYZ, "GET, HEAD"},
    {"/metrics", AD_ROUTE_METRICS, "GET"},
    {"/version", AD_ROUTE_VERSION, "GET"},
    {"/openapi.yaml", AD_ROUTE_OPENAPI, "GET"},
};

const char *ad_api_route_name(ad_route r)
{
    static const char *const names[AD_ROUTE_COUNT] = {"other",  "articles", "batch",   "healthz",
                                                      "readyz", "metrics",  "version", "openapi"};
    return (unsigned)r < AD_ROUTE_COUNT ? names[r] : "other";
}

ad_route ad_api_route(const char *path, const char **allow)
{
    size_t n = strlen(path);
    /* One trailing slash is forgiven ("/v1/articles/"). */
    if (n > 1 && path[n - 1] == '/')
        n--;
    for (size_t i = 0; i < sizeof(routes) / sizeof(routes[0]); i++) {
        if (strlen(routes[i].path) == n && !memcmp(routes[i].path, path, n)) {
            *allow = routes[i].allow;
            return routes[i].route;
        }
    }
    *allow = NULL;
    return AD_ROUTE_NONE;
}

int ad_api_method_allowed(const char *allow, const char *method)
{
    size_t m = strlen(method);
    for (const char *p = allow; p && *p;) {
        const char *end = strchr(p, ',');
        size_t n = end ? (size_t)(end - p) : strlen(p);
        if (n == m && !memcmp(p, method, n))
            return 1;
        p = end ? end + 2 : NULL;
    }
    return 0;
}

void ad_api_content_type(const char *ct, char *mime, size_t mimelen, char *charset,
                         size_t charsetlen)
{
    if (mimelen)
        mime[0] = '\0';
    if (charsetlen)
        charset[0] = '\0';
    if (!ct)
        return;
    while (*ct == ' ' || *ct == '\t')
        ct++;
    size_t n = strcspn(ct, "; \t");
    if (n < mimelen) {
        for (size_t i = 0; i < n; i++)
            mime[i] = (char)((ct[i] >= 'A' && ct[i] <= 'Z') ? ct[i] + 32 : ct[i]);
        mime[n] = '\0';
    }
    for (const char *cs = strchr(ct, ';'); cs; cs = strchr(cs, ';')) {
        cs++;
        while (*cs == ' ' || *cs == '\t')
            cs++;
        if (ad_text_ncasecmp(cs, "charset=", 8))
            continue;
        cs += 8;
        if (*cs == '"')
            cs++;
        size_t k = strcspn(cs, "\"; \t");
        if (k >= charsetlen)
            k = charsetlen ? charsetlen - 1 : 0;
        memcpy(charset, cs, k);
        if (charsetlen)
            charset[k] = '\0';
        break;
    }
}

ad_body_kind ad_api_body_kind(const char *ct, char *charset, size_t charsetlen)
{
    static const struct {
        const char *type;
        ad_body_kind kind;
    } types[] = {
        {"text/html", AD_BODY_HTML},
        {"application/xhtml+xml", AD_BODY_HTML},
        {"application/x-www-form-urlencoded", AD_BODY_HTML},
        {"application/octet-stream", AD_BODY_HTML},
        {"text/plain", AD_BODY_TEXT},
        {"application/json", AD_BODY_JSON},
        {"application/x-ndjson", AD_BODY_NDJSON},
        {"application/ndjson", AD_BODY_NDJSON},
        {"application/jsonl", AD_BODY_NDJSON},
    };
    char mime[64];
    ad_api_content_type(ct, mime, sizeof(mime), charset, charsetlen);
    if (!ct || !*ct)
        return AD_BODY_HTML;
    for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++)
        if (!strcmp(mime, types[i].type))
            return types[i].kind;
    return AD_BODY_UNSUPPORTED;
}

static const char *status_title(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Content";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Error";
    }
}

static const char fallback_problem[] =
    "{\"type\":\"about:blank\",\"title\":\"Internal Server Error\",\"status\":500,"
    "\"detail\":\"out of memory\"}";

/* The RFC 9457 problem object; the type URI names the kind of problem in a
 * stable, documented way (one per status). */
static json_t *problem_json(int status, const char *detail, long upstream)
{
    char type[64];
    const char *title = status_title(status);
    snprintf(type, sizeof(type), "https://articled.dev/problems/%d", status);
    json_t *o = json_pack("{s:s,s:s,s:i,s:s}", "type", type, "title", title, "status", status,
                          "detail", detail ? detail : title);
    /* The status the fetched page's server answered, for 502s. */
    if (o && upstream > 0)
        json_object_set_new(o, "upstream_status", json_integer(upstream));
    return o;
}

int ad_api_problem(ad_api_response *resp, int status, const char *detail)
{
    return ad_api_problem_upstream(resp, status, detail, 0);
}

int ad_api_problem_upstream(ad_api_response *resp, int status, const char *detail, long upstream)
{
    ad_api_response_clear(resp);
    resp->status = status;
    resp->content_type = "application/problem+json";
    json_t *o = problem_json(status, detail, upstream);
    char *s = o ? json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER) : NULL;
    json_decref(o);
    if (!s) {
        resp->status = 500;
        resp->body = strdup(fallback_problem);
        resp->len = resp->body ? strlen(resp->body) : 0;
        return -1;
    }
    resp->body = s;
    resp->len = strlen(s);
    return 0;
}

void ad_api_response_clear(ad_api_response *resp)
{
    if (!resp)
        return;
    free(resp->body);
    free(resp->fetch_url);
    resp->body = NULL;
    resp->fetch_url = NULL;
    resp->len = 0;
}

static int status_for(ad_status st)
{
    switch (st) {
    case AD_ERR_TOOBIG:
        return 413;
    case AD_ERR_CHARSET:
    case AD_ERR_USAGE:
        return 400;
    case AD_ERR_INPUT:
        return 422;
    default:
        return 500;
    }
}

static double ms_since(const struct timespec *t0)
{
    struct timespec t1;
    clock_gettime(CLOCK_MONOTONIC, &t1);
    return (double)(t1.tv_sec - t0->tv_sec) * 1e3 + (double)(t1.tv_nsec - t0->tv_nsec) / 1e6;
}

/* Parses one document and renders its JSON into out (written directly,
 * no jansson tree; indented when pretty); shared by the single and batch
 * routes. Returns 0, or -1 after filling *status and detail. */
static int parse_document(const char *data, size_t len, const ad_parse_opts *opts, unsigned fields,
                          int pretty, ad_buf *out, int *status, char *detail, size_t detaillen,
                          double *parse_ms)
{
    ad_article *art = NULL;
    char err[256];
    struct timespec t0;
    if (len == 0) {
        *status = 422;
        snprintf(detail, detaillen, "the request body is empty: send the page's HTML or text");
        return -1;
    }
    ad_parse_opts run = *opts;
    run.skip |= ad_json_skip_stages(fields);
    clock_gettime(CLOCK_MONOTONIC, &t0);
    ad_status st = ad_article_parse(data, len, &run, &art, err, sizeof(err));
    if (parse_ms)
        *parse_ms = ms_since(&t0);
    if (st != AD_OK) {
        *status = status_for(st);
        snprintf(detail, detaillen, "%s", err);
        return -1;
    }
    st = ad_json_write(art, fields, pretty, NULL, out);
    ad_article_free(art);
    if (st != AD_OK) {
        *status = 500;
        snprintf(detail, detaillen, "out of memory while rendering the article");
        return -1;
    }
    return 0;
}

/* Reads the JSON envelope {"html"|"text", "url"}. Returns 0, or an HTTP
 * status with detail filled. */
static int read_envelope(json_t *root, const char **doc, size_t *doclen, ad_input_kind *kind,
                         const char **url, char *detail, size_t detaillen)
{
    if (!json_is_object(root)) {
        snprintf(detail, detaillen, "the JSON body must be an object with \"html\" or \"text\"");
        return 400;
    }
    json_t *html = json_object_get(root, "html");
    json_t *text = json_object_get(root, "text");
    json_t *u = json_object_get(root, "url");
    if ((html && !json_is_string(html)) || (text && !json_is_string(text)) ||
        (u && !json_is_string(u) && !json_is_null(u))) {
        snprintf(detail, detaillen, "\"html\", \"text\" and \"url\" must be strings");
        return 400;
    }
    if (html && text) {
        snprintf(detail, detaillen, "send either \"html\" or \"text\", not both");
        return 400;
    }
    *url = json_is_string(u) ? json_string_value(u) : NULL;
    if (!html && !text) {
        if (*url) {
            *doc = NULL; /* a fetch */
            return 0;
        }
        snprintf(detail, detaillen, "the JSON body needs \"html\", \"text\" or \"url\"");
        return 400;
    }
    json_t *d = html ? html : text;
    *doc = json_string_value(d);
    *doclen = json_string_length(d);
    *kind = html ? AD_INPUT_HTML : AD_INPUT_TEXT;
    return 0;
}

/* Answers "fetch this first": status 0 and the URL for the caller's fetch
 * stage. */
static void request_fetch(ad_api_response *resp, const char *url)
{
    ad_api_response_clear(resp);
    resp->status = 0;
    resp->fetch_url = strdup(url);
    if (!resp->fetch_url)
        ad_api_problem(resp, 500, "out of memory");
}

/* Hands a rendered article (malloc'd, from parse_document()) to resp. */
static void answer_article(ad_api_response *resp, ad_buf *out)
{
    ad_api_response_clear(resp);
    resp->body = out->data;
    resp->len = out->len;
    ad_buf_init(out, out->max);
    resp->status = 200;
    resp->content_type = "application/json";
}

/* Reads fields= and pretty=; 0, or -1 after answering 400. */
static int read_query(const ad_api_request *req, ad_api_response *resp, unsigned *fields,
                      int *indent)
{
    char detail[256];
    const char *fl = req->arg(req->ctx, "fields");
    *fields = AD_FIELD_ALL;
    if (fl && ad_json_fields(fl, fields, detail, sizeof(detail)) != AD_OK) {
        ad_api_problem(resp, 400, detail);
        return -1;
    }
    const char *pretty = req->arg(req->ctx, "pretty");
    *indent = pretty && (!strcmp(pretty, "1") || !strcmp(pretty, "true"));
    return 0;
}

ad_fetch_error ad_api_fetch(const ad_api_config *cfg, const char *url, long deadline_ms,
                            ad_fetch_result *page, ad_api_response *resp)
{
    char detail[512];
    if (!cfg->fetch) {
        ad_api_problem(resp, 501, "fetching by URL is not enabled in this server");
        return AD_FETCH_UPSTREAM;
    }
    ad_fetch_error fe = ad_fetch(cfg->fetch, url, deadline_ms, page, detail, sizeof(detail));
    if (fe != AD_FETCH_OK)
        ad_api_problem_upstream(resp, (int)fe, detail, fe == AD_FETCH_UPSTREAM ? page->status : 0);
    return fe;
}

void ad_api_articles_fetched(const ad_api_config *cfg, const ad_api_request *req,
                             const ad_fetch_result *page, ad_api_response *resp, double *parse_ms)
{
    char detail[512];
    unsigned fields;
    int indent, status = 0;
    ad_parse_opts opts = {0};

    *parse_ms = 0;
    if (read_query(req, resp, &fields, &indent) != 0)
        return;
    opts.kind = page->kind;
    opts.url = page->final_url;
    opts.charset = page->charset[0] ? page->charset : NULL;
    opts.max_bytes = cfg->fetch ? cfg->fetch->max_bytes : cfg->max_body;
    ad_buf out;
    ad_buf_init(&out, SIZE_MAX);
    if (parse_document(page->body, page->len, &opts, fields, indent, &out, &status, detail,
                       sizeof(detail), parse_ms) != 0)
        ad_api_problem(resp, status, detail);
    else
        answer_article(resp, &out);
    ad_buf_free(&out);
}

void ad_api_articles(const ad_api_config *cfg, const ad_api_request *req, ad_api_response *resp,
                     double *parse_ms)
{
    char detail[512], charset[48];
    unsigned fields = AD_FIELD_ALL;
    ad_parse_opts opts = {0};
    json_t *root = NULL;
    ad_buf out;
    int status = 0;

    ad_buf_init(&out, SIZE_MAX);
    *parse_ms = 0;
    opts.max_bytes = cfg->max_body;
    int indent;
    if (read_query(req, resp, &fields, &indent) != 0)
        return;
    opts.url = req->arg(req->ctx, "url");
    if (opts.url && (strlen(opts.url) > 2048 || strpbrk(opts.url, "\r\n"))) {
        ad_api_problem(resp, 400, "the url parameter must be one line of at most 2048 bytes");
        return;
    }
    if (!strcmp(req->method, "GET")) {
        if (!opts.url) {
            ad_api_problem(resp, 400,
                           "GET /v1/articles needs ?url= to fetch; to parse a page "
                           "you have, POST it");
            return;
        }
        request_fetch(resp, opts.url);
        return;
    }
    ad_body_kind kind =
        ad_api_body_kind(req->header(req->ctx, "Content-Type"), charset, sizeof(charset));
    const char *doc = req->body;
    size_t doclen = req->body_len;
    opts.charset = charset[0] ? charset : NULL;
    if (kind == AD_BODY_JSON) {
        json_error_t jerr;
        const char *url = NULL;
        root = json_loadb(req->body, req->body_len, JSON_REJECT_DUPLICATES, &jerr);
        if (!root) {
            snprintf(detail, sizeof(detail), "malformed JSON body at line %d, column %d: %s",
                     jerr.line, jerr.column, jerr.text);
            ad_api_problem(resp, 400, detail);
            return;
        }
        status = read_envelope(root, &doc, &doclen, &opts.kind, &url, detail, sizeof(detail));
        if (status) {
            ad_api_problem(resp, status, detail);
            goto done;
        }
        if (!doc) {
            request_fetch(resp, url);
            goto done;
        }
        if (url && !opts.url)
            opts.url = url;
        opts.charset = NULL; /* JSON strings are Unicode already. */
    } else if (kind == AD_BODY_TEXT) {
        opts.kind = AD_INPUT_TEXT;
    } else if (kind != AD_BODY_HTML) {
        ad_api_problem(resp, 415,
                       "send the page as text/html, application/xhtml+xml, text/plain or "
                       "application/json");
        return;
    }
    if (opts.charset) {
        char name[32];
        if (!ad_load_resolve_charset(opts.charset, name, sizeof(name))) {
            snprintf(detail, sizeof(detail), "unknown charset \"%.40s\" in Content-Type",
                     opts.charset);
            ad_api_problem(resp, 400, detail);
            goto done;
        }
    }
    if (parse_document(doc, doclen, &opts, fields, indent, &out, &status, detail, sizeof(detail),
                       parse_ms) != 0) {
        ad_api_problem(resp, status, detail);
        goto done;
    }
    answer_article(resp, &out);
done:
    ad_buf_free(&out);
    json_decref(root);
}

int ad_api_batch_line(const ad_api_config *cfg, const char *line, size_t len, size_t lineno,
                      ad_buf *out)
{
    char detail[512];
    json_error_t jerr;
    json_t *id = NULL;
    ad_buf article;
    int status = 0, parsed = 0;
    long upstream = 0;
    ad_parse_opts opts = {0};
    ad_fetch_result page;
    memset(&page, 0, sizeof(page));
    ad_buf_init(&article, SIZE_MAX);
    opts.max_bytes = cfg->max_body;

    json_t *root = json_loadb(line, len, JSON_REJECT_DUPLICATES, &jerr);
    if (!root) {
        snprintf(detail, sizeof(detail), "line %zu: malformed JSON: %s", lineno, jerr.text);
        status = 400;
    } else {
        id = json_object_get(root, "id");
        const char *doc = NULL, *url = NULL;
        size_t doclen = 0;
        status = read_envelope(root, &doc, &doclen, &opts.kind, &url, detail, sizeof(detail));
        if (!status && !doc) {
            /* A line with only a url is fetched here: batches run on the
             * fetch stage's threads, never on a parse worker. */
            ad_fetch_error fe = AD_FETCH_UPSTREAM;
            if (!cfg->fetch) {
                status = 501;
                snprintf(detail, sizeof(detail), "fetching by URL is not enabled");
            } else if ((fe = ad_fetch(cfg->fetch, url, 0, &page, detail, sizeof(detail))) !=
                       AD_FETCH_OK) {
                status = (int)fe;
                upstream = fe == AD_FETCH_UPSTREAM ? page.status : 0;
            } else {
                doc = page.body;
                doclen = page.len;
                opts.kind = page.kind;
                opts.charset = page.charset[0] ? page.charset : NULL;
                url = page.final_url;
                opts.max_bytes = cfg->fetch->max_bytes;
            }
        }
        if (!status) {
            opts.url = url;
            parsed = parse_document(doc, doclen, &opts, AD_FIELD_ALL, 0, &article, &status, detail,
                                    sizeof(detail), NULL) == 0;
        }
    }
    int rc = -1;
    json_t *o = NULL;
    char *s = NULL;
    if (parsed) {
        /* {"id":ID,"article":ARTICLE} with the article written directly:
         * the same bytes as json_dumps() of that object, compact. */
        s = json_dumps(id ? id : json_null(), JSON_ENCODE_ANY | JSON_COMPACT | JSON_PRESERVE_ORDER);
        if (s)
            rc = (ad_buf_puts(out, "{\"id\":") == AD_OK && ad_buf_puts(out, s) == AD_OK &&
                  ad_buf_puts(out, ",\"article\":") == AD_OK &&
                  ad_buf_append(out, article.data, article.len) == AD_OK &&
                  ad_buf_puts(out, "}\n") == AD_OK)
                     ? 0
                     : -1;
        goto done;
    }
    o = json_object();
    if (!o)
        goto done;
    json_object_set(o, "id", id ? id : json_null());
    json_object_set_new(o, "error", problem_json(status, detail, upstream));
    s = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER);
    if (s)
        rc = (ad_buf_puts(out, s) == AD_OK && ad_buf_putc(out, '\n') == AD_OK) ? 0 : -1;
done:
    free(s);
    json_decref(o);
    ad_buf_free(&article);
    json_decref(root);
    ad_fetch_result_free(&page);
    return rc;
}
