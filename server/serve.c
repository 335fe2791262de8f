/*
 * serve.c - `articled serve`: libmicrohttpd in front of a bounded worker pool.
 *
 * libmicrohttpd's one internal thread (epoll) reads requests into capped
 * per-request buffers. A complete article request becomes a job on a
 * bounded queue; its connection is suspended until a worker has parsed the
 * page, then resumed to send the answer. Parsing never runs on the HTTP
 * thread, and a full queue is answered with 503 at once instead of queuing
 * without bound. SIGTERM/SIGINT stop accepting, let queued and running jobs
 * finish within a grace period, resume every suspended connection, and exit 0.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>
#include <microhttpd.h>
#include <zlib.h>
#include "articled/articled.h"
#include "api.h"
#include "metrics.h"
#include "serve.h"
#include "openapi_yaml.h"

typedef enum req_state {
    REQ_READING = 0, /* headers seen, body arriving */
    REQ_QUEUED,      /* waiting for or held by a worker, connection suspended */
    REQ_STREAMING,   /* batch: response started, worker still appending lines */
    REQ_DONE         /* resp holds the answer */
} req_state;

typedef struct server server;

/* One request. It is owned jointly by libmicrohttpd (until the completed
 * callback) and, while queued or processed, by a worker: refs counts the
 * owners and the last one frees it. */
typedef struct req {
    server *srv;
    struct MHD_Connection *conn;
    atomic_int refs;
    ad_route route;
    req_state state;
    char method[8];
    char path[256];
    char id[72];
    struct timespec t0;
    double deadline; /* monotonic seconds */
    ad_buf body;
    int too_big;
    ad_api_response resp;
    double parse_ms;
    size_t bytes_in;
    size_t bytes_out;
    int status;           /* the status that was queued, for the log */
    ad_fetch_result page; /* the fetched page, between the two stages */
    /* Batch streaming; guarded by srv->lock. */
    int streaming; /* the answer is a stream (set by the worker) */
    ad_buf stream;
    size_t stream_sent;
    int stream_finished;
    int reader_suspended;
    struct req *next_free;
} req;

/* A bounded FIFO of requests; its fields are guarded by the server lock. */
typedef struct job_queue {
    req **items;
    size_t cap, head, count;
    pthread_cond_t work; /* signalled when a job is queued or on stop */
    atomic_long *depth;  /* the gauge that mirrors count */
    ad_reject full_reason;
    const char *full_detail;
} job_queue;

struct server {
    ad_serve_config cfg;
    ad_api_config api;
    struct MHD_Daemon *mhd;
    /* lock guards: both job queues, draining, stopping, in_flight_jobs,
     * open_requests, every req's stream fields, and the suspend/resume of
     * connections. Hold it for bookkeeping only, never while parsing or
     * fetching. A job belongs to the queue it sits in, then to the worker
     * that popped it, then (handed over) to the next queue. */
    pthread_mutex_t lock;
    pthread_cond_t idle; /* signalled when a job or request finishes */
    job_queue parse_q;   /* served by cfg.workers parse workers */
    job_queue fetch_q;   /* served by cfg.fetch_workers fetch workers */
    int draining;
    int stopping;
    size_t in_flight_jobs;
    size_t open_requests;
    pthread_t *threads; /* parse workers, then fetch workers */
    ad_metrics metrics;
    atomic_ullong next_id;
    char id_prefix[9];
};

static double mono_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double ms_since(const struct timespec *t0)
{
    struct timespec t1;
    clock_gettime(CLOCK_MONOTONIC, &t1);
    return (double)(t1.tv_sec - t0->tv_sec) * 1e3 + (double)(t1.tv_nsec - t0->tv_nsec) / 1e6;
}

static void req_unref(req *r)
{
    if (atomic_fetch_sub(&r->refs, 1) != 1)
        return;
    ad_buf_free(&r->body);
    ad_buf_free(&r->stream);
    ad_api_response_clear(&r->resp);
    free(r);
}

/* Request ids from the client are echoed only when they are short and
 * plain, so they cannot inject anything into logs or headers. */
static int id_acceptable(const char *s)
{
    size_t n = 0;
    for (; s[n]; n++) {
        char c = s[n];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '-' || c == '_' || c == '.' || c == ':'))
            return 0;
        if (n >= 64)
            return 0;
    }
    return n > 0;
}

/* ---- lookups handed to the API layer ---- */

static const char *lookup_header(void *ctx, const char *name)
{
    return MHD_lookup_connection_value((struct MHD_Connection *)ctx, MHD_HEADER_KIND, name);
}

static const char *lookup_arg(void *ctx, const char *name)
{
    return MHD_lookup_connection_value((struct MHD_Connection *)ctx, MHD_GET_ARGUMENT_KIND, name);
}

/* ---- sending answers ---- */

/* True when Accept-Encoding lists gzip without "q=0". */
static int accepts_gzip(struct MHD_Connection *c)
{
    const char *ae = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Accept-Encoding");
    for (const char *p = ae; p && *p;) {
        while (*p == ' ' || *p == ',')
            p++;
        size_t n = strcspn(p, ",");
        if (!ad_text_ncasecmp(p, "gzip", 4) &&
            (p[4] == ',' || p[4] == ';' || p[4] == ' ' || !p[4])) {
            const char *q = memchr(p, '=', n);
            if (!q)
                return 1;
            return strtod(q + 1, NULL) > 0;
        }
        p += n;
    }
    return 0;
}

/* Compresses body with gzip framing into a new malloc'd buffer. */
static int gzip_body(const char *in, size_t len, char **out, size_t *outlen)
{
    z_stream zs;
    memset(&zs, 0, sizeof(zs));
    if (deflateInit2(&zs, 5, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return -1;
    size_t cap = deflateBound(&zs, (uLong)len);
    char *buf = malloc(cap);
    if (!buf) {
        deflateEnd(&zs);
        return -1;
    }
    zs.next_in = (Bytef *)(uintptr_t)in;
    zs.avail_in = (uInt)len;
    zs.next_out = (Bytef *)buf;
    zs.avail_out = (uInt)cap;
    int rc = deflate(&zs, Z_FINISH);
    *outlen = cap - zs.avail_out;
    deflateEnd(&zs);
    if (rc != Z_STREAM_END) {
        free(buf);
        return -1;
    }
    *out = buf;
    return 0;
}

static void add_common_headers(req *r, struct MHD_Response *resp)
{
    MHD_add_response_header(resp, "X-Request-Id", r->id);
    MHD_add_response_header(resp, "Cache-Control", "no-store");
}

/* Queues r->resp on the connection. The body moves into the response. */
static enum MHD_Result send_resp(req *r)
{
    ad_api_response *a = &r->resp;
    char *body = a->body;
    size_t len = a->len;
    int gz = 0;
    if (!body) {
        ad_api_problem(a, 500, "no answer was produced");
        body = a->body;
        len = a->len;
    }
    if (len >= 1024 && accepts_gzip(r->conn)) {
        char *z;
        size_t zlen;
        if (gzip_body(body, len, &z, &zlen) == 0) {
            free(body);
            body = z;
            len = zlen;
            gz = 1;
        }
    }
    a->body = NULL;
    a->len = 0;
    struct MHD_Response *resp = MHD_create_response_from_buffer(len, body, MHD_RESPMEM_MUST_FREE);
    if (!resp) {
        free(body);
        return MHD_NO;
    }
    MHD_add_response_header(resp, "Content-Type", a->content_type ? a->content_type : "text/plain");
    if (gz)
        MHD_add_response_header(resp, "Content-Encoding", "gzip");
    MHD_add_response_header(resp, "Vary", "Accept-Encoding");
    if (a->allow)
        MHD_add_response_header(resp, "Allow", a->allow);
    if (a->retry_after > 0) {
        char ra[16];
        snprintf(ra, sizeof(ra), "%d", a->retry_after);
        MHD_add_response_header(resp, "Retry-After", ra);
    }
    add_common_headers(r, resp);
    r->status = a->status;
    r->bytes_out = len;
    enum MHD_Result ret = MHD_queue_response(r->conn, (unsigned)a->status, resp);
    MHD_destroy_response(resp);
    return ret;
}

static enum MHD_Result send_problem(req *r, int status, const char *detail)
{
    ad_api_problem(&r->resp, status, detail);
    return send_resp(r);
}

static enum MHD_Result send_text(req *r, int status, const char *ctype, const char *text,
                                 size_t len)
{
    ad_api_response_clear(&r->resp);
    r->resp.body = malloc(len + 1);
    if (!r->resp.body)
        return MHD_NO;
    memcpy(r->resp.body, text, len);
    r->resp.body[len] = '\0';
    r->resp.len = len;
    r->resp.status = status;
    r->resp.content_type = ctype;
    return send_resp(r);
}

/* ---- the two stages: fetch and parse ---- */

/* Puts r on q. Called with the server lock held; returns 0, or 503 with
 * *detail when the server drains or q is full (nothing queued then). */
static int push_locked(server *s, job_queue *q, req *r, const char **detail)
{
    if (s->draining && r->state == REQ_READING) {
        *detail = "the server is shutting down; retry on another instance";
        atomic_fetch_add(&s->metrics.rejects[AD_REJECT_DRAINING], 1);
        return 503;
    }
    if (s->stopping) {
        *detail = "the server shut down before this request was answered";
        return 503;
    }
    if (q->count == q->cap) {
        *detail = q->full_detail;
        atomic_fetch_add(&s->metrics.rejects[q->full_reason], 1);
        return 503;
    }
    q->items[(q->head + q->count) % q->cap] = r;
    q->count++;
    atomic_store(q->depth, (long)q->count);
    pthread_cond_signal(&q->work);
    return 0;
}

/* Takes the next job of q, waiting for one; NULL once the server stops and
 * q is empty. The caller owns the job's reference. */
static req *pop(server *s, job_queue *q)
{
    pthread_mutex_lock(&s->lock);
    while (!q->count && !s->stopping)
        pthread_cond_wait(&q->work, &s->lock);
    req *r = NULL;
    if (q->count) {
        r = q->items[q->head];
        q->head = (q->head + 1) % q->cap;
        q->count--;
        atomic_store(q->depth, (long)q->count);
        s->in_flight_jobs++;
        atomic_fetch_add(&s->metrics.in_flight, 1);
    }
    pthread_mutex_unlock(&s->lock);
    return r;
}

/* Tries to queue a complete request on the HTTP thread and suspend its
 * connection. Returns 0, or the status to answer instead. */
static int enqueue(server *s, job_queue *q, req *r, const char **detail)
{
    pthread_mutex_lock(&s->lock);
    int status = push_locked(s, q, r, detail);
    if (!status) {
        atomic_fetch_add(&r->refs, 1);
        r->state = REQ_QUEUED;
        /* Suspending under the lock means no worker can resume the
         * connection before it is suspended. */
        MHD_suspend_connection(r->conn);
    }
    pthread_mutex_unlock(&s->lock);
    return status;
}

/* Ends a job: the answer is in r->resp (or the batch stream finished);
 * resume the connection and drop the worker's reference. */
static void finish_job(server *s, req *r)
{
    /* The body is no longer needed; release it before the answer is sent
     * so a slow client does not pin it. */
    ad_buf_free(&r->body);
    ad_fetch_result_free(&r->page);
    pthread_mutex_lock(&s->lock);
    if (r->streaming) {
        r->stream_finished = 1;
        if (r->reader_suspended) {
            r->reader_suspended = 0;
            MHD_resume_connection(r->conn);
        }
    } else {
        r->state = REQ_DONE;
        MHD_resume_connection(r->conn);
    }
    s->in_flight_jobs--;
    atomic_fetch_sub(&s->metrics.in_flight, 1);
    pthread_cond_broadcast(&s->idle);
    pthread_mutex_unlock(&s->lock);
    req_unref(r);
}

/* Hands a job that one stage finished to the other stage's queue, still
 * suspended. On a full queue or a stop it is answered 503 instead. */
static void hand_over(server *s, job_queue *q, req *r)
{
    const char *detail;
    pthread_mutex_lock(&s->lock);
    int status = push_locked(s, q, r, &detail);
    if (!status) {
        s->in_flight_jobs--;
        atomic_fetch_sub(&s->metrics.in_flight, 1);
    }
    pthread_mutex_unlock(&s->lock);
    if (status) {
        r->resp.retry_after = 1;
        ad_api_problem(&r->resp, status, detail);
        finish_job(s, r);
    }
}

static void run_batch(server *s, req *r)
{
    const char *p = r->body.data ? r->body.data : "";
    const char *end = p + r->body.len;
    size_t lineno = 0;
    ad_buf line_out;
    ad_buf_init(&line_out, 4 * s->cfg.max_body + 4096);
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *le = nl ? nl : end;
        size_t len = (size_t)(le - p);
        while (len && (p[len - 1] == '\r' || p[len - 1] == ' ' || p[len - 1] == '\t'))
            len--;
        lineno++;
        if (len) {
            struct timespec t0;
            clock_gettime(CLOCK_MONOTONIC, &t0);
            ad_buf_reset(&line_out);
            pthread_mutex_lock(&s->lock);
            int stopping = s->stopping;
            pthread_mutex_unlock(&s->lock);
            /* Past the grace period the rest of a batch is answered, not
             * parsed, so that shutdown is never held up by a long batch. */
            if (stopping) {
                ad_buf_puts(&line_out, "{\"id\":null,\"error\":{\"type\":"
                                       "\"https://articled.dev/problems/503\",\"title\":"
                                       "\"Service Unavailable\",\"status\":503,\"detail\":"
                                       "\"the server shut down before this line was parsed\"}}\n");
            } else if (ad_api_batch_line(&s->api, p, len, lineno, &line_out) != 0) {
                ad_buf_reset(&line_out);
                ad_buf_puts(&line_out, "{\"id\":null,\"error\":{\"type\":"
                                       "\"https://articled.dev/problems/500\","
                                       "\"title\":\"Internal Server Error\",\"status\":500,"
                                       "\"detail\":\"the result of this line was too large\"}}\n");
            }
            ad_metrics_observe(&s->metrics.parse_ms, ms_since(&t0));
            pthread_mutex_lock(&s->lock);
            ad_buf_append(&r->stream, line_out.data, line_out.len);
            if (r->reader_suspended) {
                r->reader_suspended = 0;
                MHD_resume_connection(r->conn);
            }
            pthread_mutex_unlock(&s->lock);
        }
        p = nl ? nl + 1 : end;
    }
    ad_buf_free(&line_out);
}

static ad_api_request api_request(req *r)
{
    ad_api_request q = {.method = r->method,
                        .path = r->path,
                        .header = lookup_header,
                        .arg = lookup_arg,
                        .ctx = r->conn,
                        .body = r->body.data ? r->body.data : "",
                        .body_len = r->body.len};
    return q;
}

/* A request that fetches has one deadline for fetching and parsing: the
 * fetch timeout plus the parse timeout after its arrival. */
static void with_fetch_time(server *s, req *r)
{
    r->deadline += s->cfg.fetch.timeout_ms / 1000.0;
}

/* True (after answering 504) when r is past its deadline. */
static int expired(server *s, req *r, const char *what)
{
    if (mono_now() <= r->deadline)
        return 0;
    atomic_fetch_add(&s->metrics.rejects[AD_REJECT_TIMEOUT], 1);
    ad_api_problem(&r->resp, 504, what);
    return 1;
}

/* Parse workers: CPU only, never the network. */
static void *parse_worker(void *arg)
{
    server *s = arg;
    req *r;
    while ((r = pop(s, &s->parse_q)) != NULL) {
        pthread_mutex_lock(&s->lock);
        int stopping = s->stopping;
        pthread_mutex_unlock(&s->lock);
        if (stopping) {
            ad_api_problem(&r->resp, 503, "the server shut down before this request was parsed");
        } else if (!expired(s, r,
                            "the request waited in the queue past its deadline; retry "
                            "later or raise --timeout")) {
            ad_api_request q = api_request(r);
            if (r->page.body)
                ad_api_articles_fetched(&s->api, &q, &r->page, &r->resp, &r->parse_ms);
            else
                ad_api_articles(&s->api, &q, &r->resp, &r->parse_ms);
            if (r->resp.fetch_url) {
                /* A JSON body with only "url": the fetch stage takes it. */
                with_fetch_time(s, r);
                hand_over(s, &s->fetch_q, r);
                continue;
            }
            ad_metrics_observe(&s->metrics.parse_ms, r->parse_ms);
            if (r->resp.status == 200)
                expired(s, r, "parsing took longer than the request's deadline (--timeout)");
        }
        finish_job(s, r);
    }
    return NULL;
}

/* Fetch workers: network waits, and batches (whose lines may need
 * fetching), so that no parse worker ever waits on the network. */
static void *fetch_worker(void *arg)
{
    server *s = arg;
    req *r;
    while ((r = pop(s, &s->fetch_q)) != NULL) {
        pthread_mutex_lock(&s->lock);
        int stopping = s->stopping;
        pthread_mutex_unlock(&s->lock);
        if (stopping) {
            ad_api_problem(&r->resp, 503, "the server shut down before this request was served");
        } else if (expired(s, r,
                           "the request waited in the queue past its deadline; retry "
                           "later or raise --timeout")) {
            /* answered */
        } else if (r->route == AD_ROUTE_BATCH) {
            /* Start the streamed answer, then append results as they come. */
            pthread_mutex_lock(&s->lock);
            r->state = REQ_STREAMING;
            r->streaming = 1;
            MHD_resume_connection(r->conn);
            pthread_mutex_unlock(&s->lock);
            run_batch(s, r);
        } else {
            long left = (long)((r->deadline - mono_now()) * 1000);
            char *url = r->resp.fetch_url;
            r->resp.fetch_url = NULL;
            ad_fetch_error fe = ad_api_fetch(&s->api, url, left > 1 ? left : 1, &r->page, &r->resp);
            free(url);
            if (fe == AD_FETCH_OK) {
                hand_over(s, &s->parse_q, r);
                continue;
            }
        }
        finish_job(s, r);
    }
    return NULL;
}

/* ---- batch streaming ---- */

static ssize_t batch_reader(void *cls, uint64_t pos, char *buf, size_t max)
{
    req *r = cls;
    server *s = r->srv;
    ssize_t n = 0;
    (void)pos;
    pthread_mutex_lock(&s->lock);
    size_t avail = r->stream.len - r->stream_sent;
    if (avail) {
        n = (ssize_t)(avail < max ? avail : max);
        memcpy(buf, r->stream.data + r->stream_sent, (size_t)n);
        r->stream_sent += (size_t)n;
        r->bytes_out += (size_t)n;
        /* Everything sent so far can go: keep the buffer small. */
        if (r->stream_sent == r->stream.len) {
            ad_buf_reset(&r->stream);
            r->stream_sent = 0;
        }
    } else if (r->stream_finished) {
        n = MHD_CONTENT_READER_END_OF_STREAM;
    } else {
        /* Nothing yet: sleep until the worker appends a line. */
        r->reader_suspended = 1;
        MHD_suspend_connection(r->conn);
    }
    pthread_mutex_unlock(&s->lock);
    return n;
}

static void batch_reader_free(void *cls)
{
    req_unref(cls);
}

static enum MHD_Result start_batch_stream(req *r)
{
    atomic_fetch_add(&r->refs, 1);
    struct MHD_Response *resp = MHD_create_response_from_callback(
        MHD_SIZE_UNKNOWN, 64 * 1024, batch_reader, r, batch_reader_free);
    if (!resp) {
        req_unref(r);
        return MHD_NO;
    }
    MHD_add_response_header(resp, "Content-Type", "application/x-ndjson");
    add_common_headers(r, resp);
    r->status = 200;
    enum MHD_Result ret = MHD_queue_response(r->conn, 200, resp);
    MHD_destroy_response(resp);
    return ret;
}

/* ---- cheap routes, answered on the HTTP thread ---- */

static enum MHD_Result answer_cheap(server *s, req *r)
{
    switch (r->route) {
    case AD_ROUTE_HEALTHZ:
        return send_text(r, 200, "application/json", "{\"status\":\"ok\"}", 15);
    case AD_ROUTE_READYZ: {
        pthread_mutex_lock(&s->lock);
        int draining = s->draining, full = s->parse_q.count >= s->parse_q.cap;
        pthread_mutex_unlock(&s->lock);
        if (draining)
            return send_problem(r, 503, "the server is draining and takes no new work");
        if (full)
            return send_problem(r, 503, "the job queue is full");
        return send_text(r, 200, "application/json", "{\"status\":\"ready\"}", 18);
    }
    case AD_ROUTE_METRICS: {
        ad_buf b;
        ad_buf_init(&b, 1 << 20);
        if (ad_metrics_render(&s->metrics, &b) != AD_OK) {
            ad_buf_free(&b);
            return send_problem(r, 500, "could not render the metrics");
        }
        enum MHD_Result ret =
            send_text(r, 200, "text/plain; version=0.0.4; charset=utf-8", b.data, b.len);
        ad_buf_free(&b);
        return ret;
    }
    case AD_ROUTE_VERSION: {
        char v[160];
        int n =
            snprintf(v, sizeof(v), "{\"name\":\"articled\",\"version\":\"%s\",\"libxml2\":\"%s\"}",
                     ARTICLED_VERSION, xmlParserVersion);
        return send_text(r, 200, "application/json", v, (size_t)n);
    }
    case AD_ROUTE_OPENAPI:
        return send_text(r, 200, "application/yaml", ad_openapi_yaml, sizeof(ad_openapi_yaml) - 1);
    default:
        return send_problem(r, 404, "no such resource");
    }
}

/* ---- libmicrohttpd callbacks ---- */

static req *req_new(server *s, struct MHD_Connection *c, const char *url, const char *method)
{
    req *r = calloc(1, sizeof(*r));
    if (!r)
        return NULL;
    r->srv = s;
    r->conn = c;
    atomic_init(&r->refs, 1);
    clock_gettime(CLOCK_MONOTONIC, &r->t0);
    /* One deadline covers a request from arrival to answer (a request that
     * fetches gets the fetch timeout on top, see with_fetch_time()). */
    r->deadline = mono_now() + s->cfg.timeout_ms / 1000.0;
    snprintf(r->method, sizeof(r->method), "%s", method);
    snprintf(r->path, sizeof(r->path), "%s", url);
    ad_buf_init(&r->body, s->cfg.max_body);
    ad_buf_init(&r->stream, (size_t)1 << 30);
    const char *given = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "X-Request-Id");
    if (given && id_acceptable(given))
        snprintf(r->id, sizeof(r->id), "%s", given);
    else
        snprintf(r->id, sizeof(r->id), "%s-%llx", s->id_prefix,
                 (unsigned long long)atomic_fetch_add(&s->next_id, 1));
    return r;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *c, const char *url,
                                  const char *method, const char *version, const char *upload_data,
                                  size_t *upload_data_size, void **con_cls)
{
    server *s = cls;
    req *r = *con_cls;
    (void)version;

    if (!r) {
        r = req_new(s, c, url, method);
        if (!r)
            return MHD_NO;
        *con_cls = r;
        pthread_mutex_lock(&s->lock);
        s->open_requests++;
        pthread_mutex_unlock(&s->lock);

        const char *allow;
        r->route = ad_api_route(url, &allow);
        if (r->route == AD_ROUTE_NONE)
            return send_problem(r, 404, "no such resource; see GET /openapi.yaml for the API");
        if (!ad_api_method_allowed(allow, method)) {
            r->resp.allow = allow;
            char d[128];
            snprintf(d, sizeof(d), "%s is not allowed here; use %s", r->method, allow);
            return send_problem(r, 405, d);
        }
        if (r->route != AD_ROUTE_ARTICLES && r->route != AD_ROUTE_BATCH)
            return answer_cheap(s, r);
        if (!strcmp(method, "POST")) {
            char cs[48];
            ad_body_kind kind = ad_api_body_kind(
                MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Content-Type"), cs, sizeof(cs));
            int ok = r->route == AD_ROUTE_BATCH
                         ? (kind == AD_BODY_NDJSON || kind == AD_BODY_JSON ||
                            kind == AD_BODY_TEXT || kind == AD_BODY_HTML)
                         : kind != AD_BODY_UNSUPPORTED && kind != AD_BODY_NDJSON;
            if (!ok)
                return send_problem(r, 415,
                                    r->route == AD_ROUTE_BATCH
                                        ? "send the batch as application/x-ndjson"
                                        : "send the page as text/html, application/xhtml+xml, "
                                          "text/plain or application/json");
            const char *cl = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Content-Length");
            if (cl) {
                char *end;
                errno = 0;
                unsigned long long n = strtoull(cl, &end, 10);
                if (!errno && end != cl && n > s->cfg.max_body) {
                    atomic_fetch_add(&s->metrics.rejects[AD_REJECT_TOO_LARGE], 1);
                    char d[160];
                    snprintf(d, sizeof(d),
                             "the body is %llu bytes, over the limit of %zu bytes (--max-body)", n,
                             s->cfg.max_body);
                    return send_problem(r, 413, d);
                }
            }
        }
        return MHD_YES;
    }

    if (r->state == REQ_READING && *upload_data_size) {
        atomic_fetch_add(&s->metrics.bytes_in, *upload_data_size);
        r->bytes_in += *upload_data_size;
        if (!r->too_big && ad_buf_append(&r->body, upload_data, *upload_data_size) != AD_OK) {
            r->too_big = 1;
            ad_buf_free(&r->body);
        }
        *upload_data_size = 0;
        /* An over-size body is read and dropped so the client gets its 413;
         * one that goes on far past the cap is cut off. */
        if (r->too_big && r->bytes_in / 4 > s->cfg.max_body)
            return MHD_NO;
        return MHD_YES;
    }

    if (r->state == REQ_READING) {
        const char *detail;
        if (r->too_big) {
            atomic_fetch_add(&s->metrics.rejects[AD_REJECT_TOO_LARGE], 1);
            char d[128];
            snprintf(d, sizeof(d), "the body is over the limit of %zu bytes (--max-body)",
                     s->cfg.max_body);
            return send_problem(r, 413, d);
        }
        if (r->route == AD_ROUTE_BATCH) {
            size_t lines = 0;
            for (size_t i = 0; i < r->body.len; i++)
                lines += r->body.data[i] == '\n';
            if (r->body.len && r->body.data[r->body.len - 1] != '\n')
                lines++;
            if (lines > s->cfg.batch_max_lines) {
                char d[160];
                snprintf(d, sizeof(d),
                         "the batch has %zu lines, over the limit of %zu (--batch-max-lines)",
                         lines, s->cfg.batch_max_lines);
                return send_problem(r, 413, d);
            }
        }
        /* Batches and fetches go to the fetch stage, pages to the parse
         * stage. A GET is read here (it is only its query) to find the
         * URL or the problem with it. */
        job_queue *q = &s->parse_q;
        if (r->route == AD_ROUTE_BATCH) {
            q = &s->fetch_q;
        } else if (!strcmp(r->method, "GET")) {
            ad_api_request get = api_request(r);
            double ms;
            ad_api_articles(&s->api, &get, &r->resp, &ms);
            if (!r->resp.fetch_url)
                return send_resp(r);
            with_fetch_time(s, r);
            q = &s->fetch_q;
        }
        int status = enqueue(s, q, r, &detail);
        if (status) {
            r->resp.retry_after = 1;
            return send_problem(r, status, detail);
        }
        return MHD_YES;
    }
    if (r->state == REQ_STREAMING) {
        r->state = REQ_DONE; /* the stream response is queued once */
        return start_batch_stream(r);
    }
    if (r->state == REQ_DONE && r->resp.body)
        return send_resp(r);
    return MHD_YES;
}

static void log_time(char *buf, size_t len)
{
    struct timespec ts;
    struct tm tm;
    clock_gettime(CLOCK_REALTIME, &ts);
    gmtime_r(&ts.tv_sec, &tm);
    size_t n = strftime(buf, len, "%Y-%m-%dT%H:%M:%S", &tm);
    snprintf(buf + n, len - n, ".%03ldZ", ts.tv_nsec / 1000000);
}

static void on_completed(void *cls, struct MHD_Connection *c, void **con_cls,
                         enum MHD_RequestTerminationCode toe)
{
    server *s = cls;
    req *r = *con_cls;
    char t[40];
    (void)c;
    if (!r)
        return;
    double ms = ms_since(&r->t0);
    int status = r->status ? r->status : 499; /* 499: the client went away first */
    ad_metrics_request(&s->metrics, r->route, status, ms);
    atomic_fetch_add(&s->metrics.bytes_out, r->bytes_out);
    log_time(t, sizeof(t));
    json_t *line = json_pack("{s:s,s:s,s:s,s:s,s:i,s:I,s:I,s:f}", "time", t, "id", r->id, "method",
                             r->method, "path", r->path, "status", status, "bytes_in",
                             (json_int_t)r->bytes_in, "bytes_out", (json_int_t)r->bytes_out, "ms",
                             (double)((long long)(ms * 100)) / 100.0);
    if (line && toe != MHD_REQUEST_TERMINATED_COMPLETED_OK)
        json_object_set_new(line, "aborted", json_true());
    char *text =
        line ? json_dumps(line, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(6)) : NULL;
    if (text) {
        fprintf(stderr, "%s\n", text);
        free(text);
    }
    json_decref(line);
    *con_cls = NULL;
    pthread_mutex_lock(&s->lock);
    s->open_requests--;
    pthread_cond_broadcast(&s->idle);
    pthread_mutex_unlock(&s->lock);
    req_unref(r);
}

static void mhd_log(void *cls, const char *fmt, va_list ap)
{
    char msg[512];
    (void)cls;
    vsnprintf(msg, sizeof(msg), fmt, ap);
    size_t n = strlen(msg);
    while (n && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
        msg[--n] = '\0';
    json_t *line = json_pack("{s:s,s:s}", "level", "warn", "msg", msg);
    char *text = line ? json_dumps(line, JSON_COMPACT | JSON_PRESERVE_ORDER) : NULL;
    if (text)
        fprintf(stderr, "%s\n", text);
    free(text);
    json_decref(line);
}

static void log_event(const char *level, const char *msg)
{
    char t[40];
    log_time(t, sizeof(t));
    json_t *line = json_pack("{s:s,s:s,s:s}", "time", t, "level", level, "msg", msg);
    char *text = line ? json_dumps(line, JSON_COMPACT | JSON_PRESERVE_ORDER) : NULL;
    if (text)
        fprintf(stderr, "%s\n", text);
    free(text);
    json_decref(line);
}

/* ---- start and stop ---- */

static int wait_idle(server *s, double until, int need_no_requests)
{
    int done = 0;
    pthread_mutex_lock(&s->lock);
    for (;;) {
        done = !s->parse_q.count && !s->fetch_q.count && !s->in_flight_jobs &&
               (!need_no_requests || !s->open_requests);
        if (done || mono_now() >= until)
            break;
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        ts.tv_nsec += 50 * 1000000L;
        if (ts.tv_nsec >= 1000000000L) {
            ts.tv_sec++;
            ts.tv_nsec -= 1000000000L;
        }
        pthread_cond_timedwait(&s->idle, &s->lock, &ts);
    }
    pthread_mutex_unlock(&s->lock);
    return done;
}

/* Tells every worker to finish: queued jobs are answered 503. */
static void stop_workers(server *s)
{
    pthread_mutex_lock(&s->lock);
    s->stopping = 1;
    pthread_cond_broadcast(&s->parse_q.work);
    pthread_cond_broadcast(&s->fetch_q.work);
    pthread_mutex_unlock(&s->lock);
}

int ad_serve_run(const ad_serve_config *cfg, char *err, size_t errlen)
{
    server *s = calloc(1, sizeof(*s));
    sigset_t sigs;
    int sig = 0, rc = -1;
    size_t started = 0;
    int curl_ready = 0;
    if (!s) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    s->cfg = *cfg;
    s->api.max_body = cfg->max_body;
    s->api.batch_max_lines = cfg->batch_max_lines;
    s->api.fetch = &s->cfg.fetch;
    ad_metrics_init(&s->metrics);
    pthread_mutex_init(&s->lock, NULL);
    pthread_cond_init(&s->idle, NULL);
    pthread_cond_init(&s->parse_q.work, NULL);
    pthread_cond_init(&s->fetch_q.work, NULL);
    s->parse_q.cap = cfg->queue;
    s->parse_q.depth = &s->metrics.queue_depth;
    s->parse_q.full_reason = AD_REJECT_QUEUE_FULL;
    s->parse_q.full_detail = "all workers are busy and the queue is full; retry after a second";
    s->fetch_q.cap = cfg->fetch_queue;
    s->fetch_q.depth = &s->metrics.fetch_queue_depth;
    s->fetch_q.full_reason = AD_REJECT_FETCH_QUEUE_FULL;
    s->fetch_q.full_detail = "all fetchers are busy and their queue is full; retry later";
    unsigned char rnd[4] = {0};
    if (getrandom(rnd, sizeof(rnd), 0) != (ssize_t)sizeof(rnd))
        memset(rnd, 0x5a, sizeof(rnd));
    snprintf(s->id_prefix, sizeof(s->id_prefix), "%02x%02x%02x%02x", rnd[0], rnd[1], rnd[2],
             rnd[3]);
    s->parse_q.items = calloc(cfg->queue, sizeof(req *));
    s->fetch_q.items = calloc(cfg->fetch_queue, sizeof(req *));
    s->threads = calloc(cfg->workers + cfg->fetch_workers, sizeof(*s->threads));
    if (!s->parse_q.items || !s->fetch_q.items || !s->threads) {
        snprintf(err, errlen, "out of memory");
        goto fail;
    }

    /* Signals are taken by sigwait() below; every thread created from here
     * on inherits the mask. A peer closing its socket must not kill us. */
    sigemptyset(&sigs);
    sigaddset(&sigs, SIGTERM);
    sigaddset(&sigs, SIGINT);
    pthread_sigmask(SIG_BLOCK, &sigs, NULL);
    signal(SIGPIPE, SIG_IGN);

    if (ad_fetch_global_init() != 0) {
        snprintf(err, errlen, "libcurl could not be initialised");
        goto fail;
    }
    curl_ready = 1;
    for (; started < cfg->workers + cfg->fetch_workers; started++)
        if (pthread_create(&s->threads[started], NULL,
                           started < cfg->workers ? parse_worker : fetch_worker, s) != 0) {
            snprintf(err, errlen, "cannot start worker threads: %s", strerror(errno));
            goto fail;
        }

    struct sockaddr_in6 a6;
    struct sockaddr_in a4;
    const struct sockaddr *addr;
    unsigned int flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL |
                         MHD_ALLOW_SUSPEND_RESUME | MHD_USE_ERROR_LOG;
    memset(&a4, 0, sizeof(a4));
    memset(&a6, 0, sizeof(a6));
    if (inet_pton(AF_INET, cfg->bind, &a4.sin_addr) == 1) {
        a4.sin_family = AF_INET;
        a4.sin_port = htons(cfg->port);
        addr = (const struct sockaddr *)&a4;
    } else if (inet_pton(AF_INET6, cfg->bind, &a6.sin6_addr) == 1) {
        a6.sin6_family = AF_INET6;
        a6.sin6_port = htons(cfg->port);
        addr = (const struct sockaddr *)&a6;
        flags |= MHD_USE_IPv6;
    } else {
        snprintf(err, errlen, "--bind: \"%s\" is not an IPv4 or IPv6 address", cfg->bind);
        goto fail;
    }
    s->mhd = MHD_start_daemon(flags, cfg->port, NULL, NULL, on_request, s, MHD_OPTION_SOCK_ADDR,
                              addr, MHD_OPTION_CONNECTION_TIMEOUT,
                              (unsigned int)cfg->conn_timeout_s, MHD_OPTION_CONNECTION_LIMIT,
                              (unsigned int)cfg->conn_limit, MHD_OPTION_CONNECTION_MEMORY_LIMIT,
                              (size_t)cfg->header_limit, MHD_OPTION_LISTEN_BACKLOG_SIZE,
                              (unsigned int)1024, MHD_OPTION_NOTIFY_COMPLETED, on_completed, s,
                              MHD_OPTION_EXTERNAL_LOGGER, mhd_log, s, MHD_OPTION_END);
    if (!s->mhd) {
        snprintf(err, errlen, "cannot listen on %s port %u (in use, or not allowed?)", cfg->bind,
                 (unsigned)cfg->port);
        goto fail;
    }
    {
        char msg[256];
        const union MHD_DaemonInfo *info = MHD_get_daemon_info(s->mhd, MHD_DAEMON_INFO_BIND_PORT);
        snprintf(msg, sizeof(msg),
                 "listening on %s port %u: %zu workers, queue %zu, %zu fetchers, fetch queue "
                 "%zu, max body %zu bytes, timeout %.1f s",
                 cfg->bind, info ? (unsigned)info->port : (unsigned)cfg->port, cfg->workers,
                 cfg->queue, cfg->fetch_workers, cfg->fetch_queue, cfg->max_body,
                 cfg->timeout_ms / 1000.0);
        log_event("info", msg);
        if (cfg->fetch.n_allow) {
            size_t n =
                (size_t)snprintf(msg, sizeof(msg), "--fetch-allow is set: fetches may reach");
            for (size_t i = 0; i < cfg->fetch.n_allow && n < sizeof(msg); i++) {
                char a[INET6_ADDRSTRLEN];
                const ad_cidr *c = &cfg->fetch.allow[i];
                inet_ntop(c->family, c->addr, a, sizeof(a));
                n += (size_t)snprintf(msg + n, sizeof(msg) - n, " %s/%u", a, c->prefix);
            }
            log_event("warn", msg);
        }
    }

    while (sigwait(&sigs, &sig) != 0)
        ;
    {
        char msg[128];
        snprintf(msg, sizeof(msg), "%s: draining (grace %.0f s)",
                 sig == SIGINT ? "SIGINT" : "SIGTERM", cfg->grace_ms / 1000.0);
        log_event("info", msg);
    }
    pthread_mutex_lock(&s->lock);
    s->draining = 1;
    pthread_mutex_unlock(&s->lock);
    /* Stop accepting: the listening socket is closed, open connections go
     * on until their requests are answered. */
    int lfd = MHD_quiesce_daemon(s->mhd);
    if (lfd >= 0)
        close(lfd);
    double until = mono_now() + cfg->grace_ms / 1000.0;
    if (!wait_idle(s, until, 0))
        log_event("warn", "grace period over with jobs still queued or running");
    stop_workers(s);
    /* Workers answer what is still queued with 503 and resume those
     * connections; then give libmicrohttpd a moment to send the answers. */
    for (size_t i = 0; i < started; i++)
        pthread_join(s->threads[i], NULL);
    started = 0;
    wait_idle(s, mono_now() + 2.0, 1);
    rc = 0;
fail:
    if (started) {
        stop_workers(s);
        for (size_t i = 0; i < started; i++)
            pthread_join(s->threads[i], NULL);
    }
    if (s->mhd)
        MHD_stop_daemon(s->mhd);
    if (curl_ready)
        ad_fetch_global_cleanup();
    if (rc == 0)
        log_event("info", "stopped");
    free(s->parse_q.items);
    free(s->fetch_q.items);
    free(s->threads);
    pthread_cond_destroy(&s->idle);
    pthread_cond_destroy(&s->parse_q.work);
    pthread_cond_destroy(&s->fetch_q.work);
    pthread_mutex_destroy(&s->lock);
    free(s);
    return rc;
}
