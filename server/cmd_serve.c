/*
 * cmd_serve.c - `articled serve` and `articled healthcheck`.
 *
 * Every serve flag can also be set from the environment (ARTICLED_PORT...);
 * a flag given on the command line wins over the environment.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <getopt.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include "articled/articled.h"
#include "cli.h"
#include "serve.h"

static const char serve_usage[] =
    "usage: articled serve [OPTIONS]\n"
    "\n"
    "Runs the HTTP API (see openapi.yaml, also served at GET /openapi.yaml).\n"
    "Each option can also be set from the environment variable shown.\n"
    "\n"
    "options:\n"
    "  --port N              port to listen on (ARTICLED_PORT, default 8080)\n"
    "  --bind ADDR           address to bind (ARTICLED_BIND, default 0.0.0.0)\n"
    "  --workers N           parse worker threads (ARTICLED_WORKERS, default: cores)\n"
    "  --queue N             jobs waiting for a worker before 503 (ARTICLED_QUEUE, default 64)\n"
    "  --max-body SIZE       largest request body (ARTICLED_MAX_BODY, default 10MiB)\n"
    "  --timeout DURATION    per-request deadline (ARTICLED_TIMEOUT, default 10s)\n"
    "  --conn-limit N        open connections at most (ARTICLED_CONN_LIMIT, default 1024)\n"
    "  --conn-timeout DUR    idle connection timeout (ARTICLED_CONN_TIMEOUT, default 15s)\n"
    "  --batch-max-lines N   lines per batch request (ARTICLED_BATCH_MAX_LINES, default 1000)\n"
    "  --grace DURATION      drain time on SIGTERM/SIGINT (ARTICLED_GRACE, default 20s)\n"
    "  --fetch-workers N     threads fetching URLs and running batches\n"
    "                        (ARTICLED_FETCH_WORKERS, default 4)\n"
    "  --fetch-queue N       jobs waiting for a fetcher before 503 (ARTICLED_FETCH_QUEUE,\n"
    "                        default 64)\n"
    "  -h, --help            show this help\n"
    "\n"
    "SIZE takes suffixes k, M, KiB, MiB; DURATION takes ms, s, m (plain numbers are seconds).\n";

static int parse_count(const char *s, size_t lo, size_t hi, size_t *out)
{
    char *end;
    errno = 0;
    if (!s || *s == '-')
        return -1;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || end == s || *end || v < lo || v > hi)
        return -1;
    *out = (size_t)v;
    return 0;
}

enum {
    OPT_PORT = 256,
    OPT_BIND,
    OPT_WORKERS,
    OPT_QUEUE,
    OPT_MAX_BODY,
    OPT_TIMEOUT,
    OPT_CONN_LIMIT,
    OPT_CONN_TIMEOUT,
    OPT_BATCH_LINES,
    OPT_GRACE,
    OPT_FETCH_WORKERS,
    OPT_FETCH_QUEUE
};

static const struct option serve_opts[] = {
    {"port", required_argument, NULL, OPT_PORT},
    {"bind", required_argument, NULL, OPT_BIND},
    {"workers", required_argument, NULL, OPT_WORKERS},
    {"queue", required_argument, NULL, OPT_QUEUE},
    {"max-body", required_argument, NULL, OPT_MAX_BODY},
    {"timeout", required_argument, NULL, OPT_TIMEOUT},
    {"conn-limit", required_argument, NULL, OPT_CONN_LIMIT},
    {"conn-timeout", required_argument, NULL, OPT_CONN_TIMEOUT},
    {"batch-max-lines", required_argument, NULL, OPT_BATCH_LINES},
    {"grace", required_argument, NULL, OPT_GRACE},
    {"fetch-workers", required_argument, NULL, OPT_FETCH_WORKERS},
    {"fetch-queue", required_argument, NULL, OPT_FETCH_QUEUE},
    {"help", no_argument, NULL, 'h'},
    AD_CLI_FETCH_LONGOPTS,
    {NULL, 0, NULL, 0}};

/* The environment variable of each option, in the order of serve_opts. */
static const char *const serve_env[] = {
    "ARTICLED_PORT",       "ARTICLED_BIND",          "ARTICLED_WORKERS",
    "ARTICLED_QUEUE",      "ARTICLED_MAX_BODY",      "ARTICLED_TIMEOUT",
    "ARTICLED_CONN_LIMIT", "ARTICLED_CONN_TIMEOUT",  "ARTICLED_BATCH_MAX_LINES",
    "ARTICLED_GRACE",      "ARTICLED_FETCH_WORKERS", "ARTICLED_FETCH_QUEUE"};

static int apply(ad_serve_config *cfg, int opt, const char *v)
{
    size_t n;
    double ms;
    switch (opt) {
    case OPT_PORT:
        if (parse_count(v, 0, 65535, &n))
            return -1;
        cfg->port = (unsigned short)n;
        return 0;
    case OPT_BIND:
        if (strlen(v) >= sizeof(cfg->bind))
            return -1;
        snprintf(cfg->bind, sizeof(cfg->bind), "%s", v);
        return 0;
    case OPT_WORKERS:
        return parse_count(v, 1, 1024, &cfg->workers);
    case OPT_QUEUE:
        return parse_count(v, 1, 1000000, &cfg->queue);
    case OPT_MAX_BODY:
        if (ad_cli_parse_size(v, &n) || n == 0 || n > ((size_t)1 << 30))
            return -1;
        cfg->max_body = n;
        return 0;
    case OPT_TIMEOUT:
        if (ad_cli_parse_duration(v, &ms) || ms <= 0)
            return -1;
        cfg->timeout_ms = ms;
        return 0;
    case OPT_CONN_LIMIT:
        return parse_count(v, 1, 1000000, &cfg->conn_limit);
    case OPT_CONN_TIMEOUT:
        if (ad_cli_parse_duration(v, &ms) || ms < 1000 || ms > 86400000)
            return -1;
        cfg->conn_timeout_s = (unsigned)(ms / 1000);
        return 0;
    case OPT_BATCH_LINES:
        return parse_count(v, 1, 1000000, &cfg->batch_max_lines);
    case OPT_GRACE:
        if (ad_cli_parse_duration(v, &ms))
            return -1;
        cfg->grace_ms = ms;
        return 0;
    case OPT_FETCH_WORKERS:
        return parse_count(v, 1, 256, &cfg->fetch_workers);
    case OPT_FETCH_QUEUE:
        return parse_count(v, 1, 1000000, &cfg->fetch_queue);
    }
    return -1;
}

int ad_cmd_serve(int argc, char **argv)
{
    ad_serve_config cfg;
    ad_cli_fetch fetch;
    char err[256];
    int c;
    long cores = sysconf(_SC_NPROCESSORS_ONLN);

    memset(&cfg, 0, sizeof(cfg));
    cfg.port = 8080;
    snprintf(cfg.bind, sizeof(cfg.bind), "0.0.0.0");
    cfg.workers = cores > 0 ? (size_t)cores : 2;
    cfg.queue = 64;
    cfg.max_body = AD_DEFAULT_MAX_BYTES;
    cfg.timeout_ms = 10000;
    cfg.conn_limit = 1024;
    cfg.conn_timeout_s = 15;
    cfg.header_limit = 32 * 1024;
    cfg.batch_max_lines = 1000;
    cfg.grace_ms = 20000;
    cfg.fetch_workers = 4;
    cfg.fetch_queue = 64;
    if (ad_cli_fetch_init(&fetch, err, sizeof(err)) != 0) {
        fprintf(stderr, "articled serve: %s\n", err);
        return AD_EXIT_USAGE;
    }

    for (size_t i = 0; i < sizeof(serve_env) / sizeof(serve_env[0]); i++) {
        const char *v = getenv(serve_env[i]);
        if (v && *v && apply(&cfg, serve_opts[i].val, v)) {
            fprintf(stderr, "articled serve: %s: invalid value \"%s\"\n", serve_env[i], v);
            return AD_EXIT_USAGE;
        }
    }
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", serve_opts, NULL)) != -1) {
        if (c == 'h') {
            printf("%s\n%s", serve_usage, ad_cli_fetch_help);
            return AD_EXIT_OK;
        }
        if (c >= AD_OPT_FETCH_ALLOW && c <= AD_OPT_FETCH_PROXY) {
            if (ad_cli_fetch_option(&fetch, c, optarg, err, sizeof(err)) != 0) {
                fprintf(stderr, "articled serve: %s\n", err);
                return AD_EXIT_USAGE;
            }
            continue;
        }
        if (c == '?' || apply(&cfg, c, optarg)) {
            if (c != '?')
                fprintf(stderr, "articled serve: invalid value \"%s\" for --%s\n", optarg,
                        serve_opts[c - OPT_PORT].name);
            fputs(serve_usage, stderr);
            return AD_EXIT_USAGE;
        }
    }
    if (optind < argc) {
        fprintf(stderr, "articled serve: unexpected argument \"%s\"\n", argv[optind]);
        return AD_EXIT_USAGE;
    }
    cfg.fetch = fetch.cfg;
    if (ad_serve_run(&cfg, err, sizeof(err)) != 0) {
        fprintf(stderr, "articled serve: %s\n", err);
        return AD_EXIT_INPUT;
    }
    return AD_EXIT_OK;
}

static const char health_usage[] =
    "usage: articled healthcheck [--port N] [--host ADDR]\n"
    "\n"
    "Asks GET /healthz of a local server (default 127.0.0.1, port from\n"
    "ARTICLED_PORT or 8080); exit 0 when it answers 200, 1 otherwise. For\n"
    "container health checks, where no curl is installed.\n";

int ad_cmd_healthcheck(int argc, char **argv)
{
    static const struct option opts[] = {{"port", required_argument, NULL, 'p'},
                                         {"host", required_argument, NULL, 'H'},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    const char *host = "127.0.0.1";
    size_t port = 8080;
    const char *envp = getenv("ARTICLED_PORT");
    int c;
    if (envp && parse_count(envp, 1, 65535, &port)) {
        fprintf(stderr, "articled healthcheck: ARTICLED_PORT: invalid value \"%s\"\n", envp);
        return AD_EXIT_USAGE;
    }
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        switch (c) {
        case 'p':
            if (parse_count(optarg, 1, 65535, &port)) {
                fprintf(stderr, "articled healthcheck: --port: invalid value \"%s\"\n", optarg);
                return AD_EXIT_USAGE;
            }
            break;
        case 'H':
            host = optarg;
            break;
        case 'h':
            fputs(health_usage, stdout);
            return AD_EXIT_OK;
        default:
            fputs(health_usage, stderr);
            return AD_EXIT_USAGE;
        }
    }
    struct sockaddr_in a;
    memset(&a, 0, sizeof(a));
    a.sin_family = AF_INET;
    a.sin_port = htons((unsigned short)port);
    if (inet_pton(AF_INET, host, &a.sin_addr) != 1) {
        fprintf(stderr, "articled healthcheck: --host: \"%s\" is not an IPv4 address\n", host);
        return AD_EXIT_USAGE;
    }
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0 || connect(fd, (struct sockaddr *)&a, sizeof(a)) != 0) {
        fprintf(stderr, "articled healthcheck: cannot connect to %s:%zu: %s\n", host, port,
                strerror(errno));
        if (fd >= 0)
            close(fd);
        return AD_EXIT_INPUT;
    }
    static const char request[] = "GET /healthz HTTP/1.1\r\nHost: localhost\r\n"
                                  "Connection: close\r\n\r\n";
    char reply[64] = {0};
    ssize_t got = -1;
    struct pollfd pfd = {.fd = fd, .events = POLLIN};
    if (write(fd, request, sizeof(request) - 1) == (ssize_t)(sizeof(request) - 1) &&
        poll(&pfd, 1, 3000) == 1)
        got = read(fd, reply, sizeof(reply) - 1);
    close(fd);
    if (got < 12 || strncmp(reply, "HTTP/1.", 7) || strncmp(reply + 9, "200", 3)) {
        fprintf(stderr, "articled healthcheck: %s:%zu did not answer 200\n", host, port);
        return AD_EXIT_INPUT;
    }
    return AD_EXIT_OK;
}
