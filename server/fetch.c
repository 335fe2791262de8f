/*
 * fetch.c - libcurl fetches with the guard on every connection.
 *
 * Limits are enforced here, not trusted to libcurl 7.88: the size cap in
 * the write callback (CURLOPT_MAXFILESIZE_LARGE is ignored when the size is
 * not announced), redirects counted by libcurl but capped by us (its
 * default is unlimited), and the upstream status and Content-Type checked
 * on the first body bytes so that a wrong or failing page is dropped
 * without downloading it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <curl/curl.h>
#include "articled/articled.h"
#include "api.h"
#include "fetch.h"

void ad_fetch_config_init(ad_fetch_config *cfg)
{
    memset(cfg, 0, sizeof(*cfg));
    cfg->connect_timeout_ms = 5000;
    cfg->timeout_ms = 15000;
    cfg->low_speed_bytes = 1024;
    cfg->low_speed_secs = 5;
    cfg->max_redirects = 5;
    cfg->max_bytes = AD_DEFAULT_MAX_BYTES;
}

int ad_fetch_global_init(void)
{
    return curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK ? 0 : -1;
}

void ad_fetch_global_cleanup(void)
{
    curl_global_cleanup();
}

int ad_fetch_check_url(const char *url, char *err, size_t errlen)
{
    size_t n = strlen(url);
    int rc = -1;
    char *scheme = NULL, *host = NULL, *user = NULL, *pass = NULL;

    if (n == 0 || n > AD_FETCH_MAX_URL) {
        snprintf(err, errlen, "the URL must be 1 to %d bytes long (it is %zu)", AD_FETCH_MAX_URL,
                 n);
        return -1;
    }
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)url[i] < 0x20 || url[i] == 0x7F || url[i] == ' ') {
            snprintf(err, errlen, "the URL contains a space or control character");
            return -1;
        }
    CURLU *u = curl_url();
    if (!u) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    CURLUcode uc = curl_url_set(u, CURLUPART_URL, url, 0);
    if (uc != CURLUE_OK) {
        snprintf(err, errlen, "malformed URL: %s", curl_url_strerror(uc));
        goto done;
    }
    if (curl_url_get(u, CURLUPART_SCHEME, &scheme, 0) != CURLUE_OK ||
        (strcmp(scheme, "http") && strcmp(scheme, "https"))) {
        snprintf(err, errlen, "only http and https URLs can be fetched (not %s:)",
                 scheme ? scheme : "this scheme");
        goto done;
    }
    if (curl_url_get(u, CURLUPART_USER, &user, 0) == CURLUE_OK ||
        curl_url_get(u, CURLUPART_PASSWORD, &pass, 0) == CURLUE_OK) {
        snprintf(err, errlen, "URLs with user names or passwords (user@host) are refused");
        goto done;
    }
    if (curl_url_get(u, CURLUPART_HOST, &host, 0) != CURLUE_OK || !host[0]) {
        snprintf(err, errlen, "the URL has no host");
        goto done;
    }
    rc = 0;
done:
    curl_free(scheme);
    curl_free(host);
    curl_free(user);
    curl_free(pass);
    curl_url_cleanup(u);
    return rc;
}

/* The state of one transfer, shared with libcurl's callbacks. */
typedef struct transfer {
    const ad_fetch_config *cfg;
    CURL *h;
    ad_buf body;
    int checked; /* status and type were looked at */
    int blocked;
    int too_big;
    int bad_type;
    int bad_status;
    long status;
    char why[160];
    char ctype[128];
    ad_input_kind kind;
    char charset[48];
} transfer;

static curl_socket_t open_socket(void *clientp, curlsocktype purpose, struct curl_sockaddr *address)
{
    transfer *t = clientp;
    char why[96];
    if (purpose != CURLSOCKTYPE_IPCXN)
        return CURL_SOCKET_BAD;
    if (!ad_guard_allowed(&address->addr, t->cfg->allow, t->cfg->n_allow, why, sizeof(why))) {
        t->blocked = 1;
        snprintf(t->why, sizeof(t->why), "%s", why);
        return CURL_SOCKET_BAD;
    }
    return socket(address->family, address->socktype | SOCK_CLOEXEC, address->protocol);
}

/* Looks at the status and Content-Type once headers are in. Returns 0 to go
 * on, -1 to stop the transfer. */
static int check_response(transfer *t)
{
    char *ct = NULL;
    t->checked = 1;
    curl_easy_getinfo(t->h, CURLINFO_RESPONSE_CODE, &t->status);
    if (t->status >= 400) {
        t->bad_status = 1;
        return -1;
    }
    curl_easy_getinfo(t->h, CURLINFO_CONTENT_TYPE, &ct);
    char mime[64];
    ad_api_content_type(ct, mime, sizeof(mime), t->charset, sizeof(t->charset));
    snprintf(t->ctype, sizeof(t->ctype), "%s", ct ? ct : "");
    /* A missing type is sniffed as HTML, as browsers do. */
    if (!mime[0] || !strcmp(mime, "text/html") || !strcmp(mime, "application/xhtml+xml")) {
        t->kind = AD_INPUT_HTML;
        return 0;
    }
    if (!strcmp(mime, "text/plain")) {
        t->kind = AD_INPUT_TEXT;
        return 0;
    }
    t->bad_type = 1;
    return -1;
}

static size_t on_data(char *p, size_t size, size_t nmemb, void *userdata)
{
    transfer *t = userdata;
    size_t len = size * nmemb;
    if (!t->checked && check_response(t) != 0)
        return 0;
    if (ad_buf_append(&t->body, p, len) != AD_OK) {
        t->too_big = 1;
        return 0;
    }
    return len;
}

static void host_of(const char *url, char *host, size_t len)
{
    CURLU *u = curl_url();
    char *h = NULL;
    host[0] = '\0';
    if (u && curl_url_set(u, CURLUPART_URL, url, 0) == CURLUE_OK &&
        curl_url_get(u, CURLUPART_HOST, &h, 0) == CURLUE_OK)
        snprintf(host, len, "%s", h);
    curl_free(h);
    curl_url_cleanup(u);
}

ad_fetch_error ad_fetch(const ad_fetch_config *cfg, const char *url, long deadline_ms,
                        ad_fetch_result *out, char *err, size_t errlen)
{
    transfer t;
    ad_fetch_error rc = AD_FETCH_UPSTREAM;
    char curl_err[CURL_ERROR_SIZE] = "";

    memset(out, 0, sizeof(*out));
    memset(&t, 0, sizeof(t));
    t.cfg = cfg;
    ad_buf_init(&t.body, cfg->max_bytes);
    if (ad_fetch_check_url(url, err, errlen) != 0)
        return AD_FETCH_BAD_URL;
    long timeout = cfg->timeout_ms;
    if (deadline_ms > 0 && deadline_ms < timeout)
        timeout = deadline_ms;
    t.h = curl_easy_init();
    if (!t.h) {
        snprintf(err, errlen, "out of memory");
        return AD_FETCH_UPSTREAM;
    }
    CURL *h = t.h;
    curl_easy_setopt(h, CURLOPT_URL, url);
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(h, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(h, CURLOPT_MAXREDIRS, cfg->max_redirects);
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, cfg->connect_timeout_ms);
    curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, timeout);
    curl_easy_setopt(h, CURLOPT_LOW_SPEED_LIMIT, cfg->low_speed_bytes);
    curl_easy_setopt(h, CURLOPT_LOW_SPEED_TIME, cfg->low_speed_secs);
    curl_easy_setopt(h, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)cfg->max_bytes);
    /* "" lets libcurl decode every encoding it was built with (gzip and
     * deflate at least); the size cap applies to the decoded bytes, which
     * also stops compression bombs. */
    curl_easy_setopt(h, CURLOPT_ACCEPT_ENCODING, "");
    curl_easy_setopt(h, CURLOPT_USERAGENT,
                     "articled/" ARTICLED_VERSION " (article extraction; +https://articled.dev)");
    /* An empty proxy disables the environment's http_proxy & co. */
    curl_easy_setopt(h, CURLOPT_PROXY, cfg->proxy ? cfg->proxy : "");
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h, CURLOPT_OPENSOCKETFUNCTION, open_socket);
    curl_easy_setopt(h, CURLOPT_OPENSOCKETDATA, &t);
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, on_data);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &t);
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, curl_err);
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, NULL);

    CURLcode cc = curl_easy_perform(h);
    if (cc == CURLE_OK && !t.checked && check_response(&t) != 0)
        cc = CURLE_WRITE_ERROR;

    char host[256];
    char *eff = NULL;
    curl_easy_getinfo(h, CURLINFO_EFFECTIVE_URL, &eff);
    host_of(eff ? eff : url, host, sizeof(host));
    out->status = t.status;
    if (t.blocked) {
        rc = AD_FETCH_BLOCKED;
        snprintf(err, errlen,
                 "refused to connect to %s: its address is in a blocked range (%s); an operator "
                 "can allow it with --fetch-allow",
                 host, t.why);
    } else if (t.too_big || cc == CURLE_FILESIZE_EXCEEDED) {
        rc = AD_FETCH_TOO_BIG;
        snprintf(err, errlen, "the page at %s is larger than %zu bytes", host, cfg->max_bytes);
    } else if (t.bad_status) {
        rc = AD_FETCH_UPSTREAM;
        snprintf(err, errlen, "%s answered HTTP %ld", host, t.status);
    } else if (t.bad_type) {
        rc = AD_FETCH_BAD_TYPE;
        snprintf(err, errlen, "%s sent \"%.60s\", not an HTML or text page", host, t.ctype);
    } else if (cc == CURLE_OPERATION_TIMEDOUT) {
        rc = AD_FETCH_TIMEOUT;
        snprintf(err, errlen, "fetching from %s timed out (%s)", host, curl_err);
    } else if (cc == CURLE_TOO_MANY_REDIRECTS) {
        rc = AD_FETCH_UPSTREAM;
        snprintf(err, errlen, "more than %ld redirects from %s", cfg->max_redirects, host);
    } else if (cc == CURLE_UNSUPPORTED_PROTOCOL) {
        rc = AD_FETCH_BLOCKED;
        snprintf(err, errlen,
                 "refused to follow a redirect from %s to a URL that is not "
                 "http or https",
                 host);
    } else if (cc != CURLE_OK) {
        rc = AD_FETCH_UPSTREAM;
        snprintf(err, errlen, "fetching from %s failed: %s", host,
                 curl_err[0] ? curl_err : curl_easy_strerror(cc));
    } else {
        rc = AD_FETCH_OK;
        out->final_url = strdup(eff ? eff : url);
        out->body = t.body.data ? t.body.data : calloc(1, 1);
        out->len = t.body.len;
        out->kind = t.kind;
        snprintf(out->charset, sizeof(out->charset), "%s", t.charset);
        t.body.data = NULL;
        if (!out->final_url || !out->body) {
            ad_fetch_result_free(out);
            snprintf(err, errlen, "out of memory");
            rc = AD_FETCH_UPSTREAM;
        }
    }
    ad_buf_free(&t.body);
    curl_easy_cleanup(h);
    return rc;
}

void ad_fetch_result_free(ad_fetch_result *r)
{
    if (!r)
        return;
    free(r->body);
    free(r->final_url);
    r->body = NULL;
    r->final_url = NULL;
    r->len = 0;
}
