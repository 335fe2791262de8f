/*
 * metrics.c - Prometheus text exposition of the server's metrics.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "metrics.h"

/* Status codes the API can answer; anything else is counted as "other". */
static const int statuses[AD_METRICS_STATUSES] = {200, 400, 403, 404, 405, 408, 413, 415,
                                                  422, 431, 500, 501, 502, 503, 504, 0};

/* Latency bucket bounds in milliseconds. */
static const double bounds_ms[AD_METRICS_BUCKETS] = {1,   2,   5,    10,   25,   50,    100,
                                                     250, 500, 1000, 2500, 5000, 10000, 30000};

static const char *const reject_names[AD_REJECT_COUNT] = {"queue_full", "too_large", "draining",
                                                          "timeout", "fetch_queue_full"};

void ad_metrics_init(ad_metrics *m)
{
    memset(m, 0, sizeof(*m));
}

void ad_metrics_observe(ad_histogram *h, double ms)
{
    size_t i = 0;
    while (i < AD_METRICS_BUCKETS && ms > bounds_ms[i])
        i++;
    atomic_fetch_add(&h->buckets[i], 1);
    atomic_fetch_add(&h->count, 1);
    atomic_fetch_add(&h->sum_us, (unsigned long long)(ms * 1000.0));
}

void ad_metrics_request(ad_metrics *m, ad_route route, int status, double ms)
{
    size_t k = AD_METRICS_STATUSES - 1;
    for (size_t i = 0; i + 1 < AD_METRICS_STATUSES; i++)
        if (statuses[i] == status)
            k = i;
    if ((unsigned)route >= AD_ROUTE_COUNT)
        route = AD_ROUTE_NONE;
    atomic_fetch_add(&m->requests[route][k], 1);
    ad_metrics_observe(&m->request_ms, ms);
}

static ad_status printfb(ad_buf *out, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static ad_status printfb(ad_buf *out, const char *fmt, ...)
{
    char line[1024];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(line, sizeof(line), fmt, ap);
    va_end(ap);
    if (n < 0)
        return AD_ERR_INPUT;
    return ad_buf_append(out, line, (size_t)n < sizeof(line) ? (size_t)n : sizeof(line) - 1);
}

static ad_status histogram(ad_buf *out, const char *name, const char *help, ad_histogram *h)
{
    ad_status st = printfb(out, "# HELP %s %s\n# TYPE %s histogram\n", name, help, name);
    unsigned long long cum = 0;
    for (size_t i = 0; st == AD_OK && i <= AD_METRICS_BUCKETS; i++) {
        cum += atomic_load(&h->buckets[i]);
        if (i < AD_METRICS_BUCKETS)
            st = printfb(out, "%s_bucket{le=\"%g\"} %llu\n", name, bounds_ms[i] / 1000.0, cum);
        else
            st = printfb(out, "%s_bucket{le=\"+Inf\"} %llu\n", name, cum);
    }
    if (st == AD_OK)
        st = printfb(out, "%s_sum %.6f\n%s_count %llu\n", name,
                     (double)atomic_load(&h->sum_us) / 1e6, name, atomic_load(&h->count));
    return st;
}

ad_status ad_metrics_render(ad_metrics *m, ad_buf *out)
{
    ad_status st = printfb(out, "# HELP articled_requests_total HTTP requests answered, by route "
                                "and status.\n# TYPE articled_requests_total counter\n");
    for (int r = 0; st == AD_OK && r < AD_ROUTE_COUNT; r++)
        for (size_t k = 0; st == AD_OK && k < AD_METRICS_STATUSES; k++) {
            unsigned long long v = atomic_load(&m->requests[r][k]);
            if (!v)
                continue;
            char code[8];
            if (statuses[k])
                snprintf(code, sizeof(code), "%d", statuses[k]);
            else
                snprintf(code, sizeof(code), "other");
            st = printfb(out, "articled_requests_total{route=\"%s\",status=\"%s\"} %llu\n",
                         ad_api_route_name((ad_route)r), code, v);
        }
    if (st == AD_OK)
        st = histogram(out, "articled_request_duration_seconds",
                       "Time from request start to response, in seconds.", &m->request_ms);
    if (st == AD_OK)
        st = histogram(out, "articled_parse_duration_seconds",
                       "Time spent parsing one document, in seconds.", &m->parse_ms);
    if (st == AD_OK)
        st = printfb(out,
                     "# HELP articled_queue_depth Jobs waiting for a worker.\n"
                     "# TYPE articled_queue_depth gauge\narticled_queue_depth %ld\n"
                     "# HELP articled_fetch_queue_depth Jobs waiting for a fetcher.\n"
                     "# TYPE articled_fetch_queue_depth gauge\narticled_fetch_queue_depth %ld\n"
                     "# HELP articled_jobs_in_flight Jobs being processed by workers.\n"
                     "# TYPE articled_jobs_in_flight gauge\narticled_jobs_in_flight %ld\n",
                     atomic_load(&m->queue_depth), atomic_load(&m->fetch_queue_depth),
                     atomic_load(&m->in_flight));
    if (st == AD_OK)
        st = printfb(out,
                     "# HELP articled_bytes_in_total Request body bytes received.\n"
                     "# TYPE articled_bytes_in_total counter\narticled_bytes_in_total %llu\n"
                     "# HELP articled_bytes_out_total Response body bytes sent.\n"
                     "# TYPE articled_bytes_out_total counter\narticled_bytes_out_total %llu\n",
                     atomic_load(&m->bytes_in), atomic_load(&m->bytes_out));
    if (st == AD_OK)
        st = printfb(out, "# HELP articled_rejects_total Requests refused before parsing, by "
                          "reason.\n# TYPE articled_rejects_total counter\n");
    for (int i = 0; st == AD_OK && i < AD_REJECT_COUNT; i++)
        st = printfb(out, "articled_rejects_total{reason=\"%s\"} %llu\n", reject_names[i],
                     atomic_load(&m->rejects[i]));
    return st;
}
