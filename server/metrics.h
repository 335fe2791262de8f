/*
 * metrics.h - the server's counters and histograms, in Prometheus form.
 *
 * Every counter is a C11 atomic, so worker threads and libmicrohttpd's
 * thread update them without a lock; the text rendering reads them once.
 */
#ifndef ARTICLED_SERVER_METRICS_H
#define ARTICLED_SERVER_METRICS_H

#include <stdatomic.h>
#include <stddef.h>
#include "articled/arena.h"
#include "api.h"

#define AD_METRICS_BUCKETS  14
#define AD_METRICS_STATUSES 16

typedef struct ad_histogram {
    atomic_ullong buckets[AD_METRICS_BUCKETS + 1]; /* the last is +Inf */
    atomic_ullong count;
    atomic_ullong sum_us;
} ad_histogram;

typedef enum ad_reject {
    AD_REJECT_QUEUE_FULL = 0,
    AD_REJECT_TOO_LARGE,
    AD_REJECT_DRAINING,
    AD_REJECT_TIMEOUT,
    AD_REJECT_FETCH_QUEUE_FULL,
    AD_REJECT_COUNT
} ad_reject;

typedef struct ad_metrics {
    atomic_ullong requests[AD_ROUTE_COUNT][AD_METRICS_STATUSES];
    ad_histogram request_ms;
    ad_histogram parse_ms;
    atomic_ullong bytes_in;
    atomic_ullong bytes_out;
    atomic_ullong rejects[AD_REJECT_COUNT];
    atomic_long in_flight;
    atomic_long queue_depth;
    atomic_long fetch_queue_depth;
} ad_metrics;

void ad_metrics_init(ad_metrics *m);
void ad_metrics_request(ad_metrics *m, ad_route route, int status, double ms);
void ad_metrics_observe(ad_histogram *h, double ms);

/* Renders the metrics as Prometheus text into out. */
ad_status ad_metrics_render(ad_metrics *m, ad_buf *out);

#endif
