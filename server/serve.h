/*
 * serve.h - the HTTP server's configuration and entry point.
 */
#ifndef ARTICLED_SERVER_SERVE_H
#define ARTICLED_SERVER_SERVE_H

#include <stddef.h>
#include "fetch.h"

typedef struct ad_serve_config {
    unsigned short port;
    char bind[64];
    size_t workers;
    size_t queue;
    size_t max_body;
    double timeout_ms;
    size_t conn_limit;
    unsigned conn_timeout_s;
    size_t header_limit;
    size_t batch_max_lines;
    double grace_ms;
    size_t fetch_workers;
    size_t fetch_queue;
    ad_fetch_config fetch; /* its allow-list must outlive the server */
} ad_serve_config;

/* Runs the server until SIGTERM or SIGINT, then drains and returns 0; -1
 * with a message in err when it cannot start. */
int ad_serve_run(const ad_serve_config *cfg, char *err, size_t errlen);

#endif
