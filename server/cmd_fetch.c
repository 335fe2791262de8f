/*
 * cmd_fetch.c - `articled fetch URL` and the fetch settings that `parse
 * --fetch` and `serve` share.
 *
 * Every setting has a flag and an ARTICLED_FETCH_* environment variable; a
 * flag wins over the environment.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "articled/articled.h"
#include "cli.h"

const char ad_cli_fetch_help[] =
    "fetch settings (each also from the environment variable shown):\n"
    "  --fetch-allow CIDR         reach this range although it is private or local\n"
    "                             (repeatable; ARTICLED_FETCH_ALLOW, comma-separated;\n"
    "                             default none: loopback, private, link-local... refused)\n"
    "  --fetch-timeout DUR        whole transfer (ARTICLED_FETCH_TIMEOUT, default 15s)\n"
    "  --fetch-connect-timeout DUR  connecting (ARTICLED_FETCH_CONNECT_TIMEOUT, default 5s)\n"
    "  --fetch-max-bytes SIZE     largest page, decoded (ARTICLED_FETCH_MAX_BYTES, 10MiB)\n"
    "  --fetch-max-redirects N    redirects followed (ARTICLED_FETCH_MAX_REDIRECTS, 5)\n"
    "  --fetch-low-speed BYTES    abort below this many bytes/s ... (ARTICLED_FETCH_LOW_SPEED,\n"
    "                             default 1024)\n"
    "  --fetch-low-speed-time DUR ... sustained this long (ARTICLED_FETCH_LOW_SPEED_TIME, 5s)\n"
    "  --fetch-proxy URL          use this proxy (ARTICLED_FETCH_PROXY; default none, the\n"
    "                             http_proxy environment is ignored)\n";

/* Environment variables, in the order of the AD_OPT_FETCH_* values. */
static const char *const fetch_env[] = {
    "ARTICLED_FETCH_ALLOW",           "ARTICLED_FETCH_TIMEOUT",
    "ARTICLED_FETCH_CONNECT_TIMEOUT", "ARTICLED_FETCH_MAX_BYTES",
    "ARTICLED_FETCH_MAX_REDIRECTS",   "ARTICLED_FETCH_LOW_SPEED",
    "ARTICLED_FETCH_LOW_SPEED_TIME",  "ARTICLED_FETCH_PROXY"};

static int add_allow(ad_cli_fetch *f, const char *list, char *err, size_t errlen)
{
    /* One CIDR per flag, or a comma list from the environment. */
    char item[80];
    for (const char *p = list; *p;) {
        size_t n = strcspn(p, ", ");
        if (n) {
            if (n >= sizeof(item)) {
                snprintf(err, errlen, "\"%.40s...\" is not a CIDR range", p);
                return -1;
            }
            if (f->cfg.n_allow == AD_CLI_MAX_ALLOW) {
                snprintf(err, errlen, "at most %d allowed ranges", AD_CLI_MAX_ALLOW);
                return -1;
            }
            memcpy(item, p, n);
            item[n] = '\0';
            if (ad_guard_parse_cidr(item, &f->allow[f->cfg.n_allow], err, errlen) != 0)
                return -1;
            f->cfg.n_allow++;
        }
        p += n;
        while (*p == ',' || *p == ' ')
            p++;
    }
    return 0;
}

int ad_cli_fetch_option(ad_cli_fetch *f, int opt, const char *v, char *err, size_t errlen)
{
    double ms;
    size_t n;
    char *end;
    long l;
    switch (opt) {
    case AD_OPT_FETCH_ALLOW:
        return add_allow(f, v, err, errlen);
    case AD_OPT_FETCH_TIMEOUT:
    case AD_OPT_FETCH_CONNECT_TIMEOUT:
    case AD_OPT_FETCH_LOW_SPEED_TIME:
        if (ad_cli_parse_duration(v, &ms) || ms < 1 || ms > 3600000) {
            snprintf(err, errlen, "\"%s\" is not a duration between 1ms and 1h", v);
            return -1;
        }
        if (opt == AD_OPT_FETCH_TIMEOUT)
            f->cfg.timeout_ms = (long)ms;
        else if (opt == AD_OPT_FETCH_CONNECT_TIMEOUT)
            f->cfg.connect_timeout_ms = (long)ms;
        else
            f->cfg.low_speed_secs = ms < 1000 ? 1 : (long)(ms / 1000);
        return 0;
    case AD_OPT_FETCH_MAX_BYTES:
        if (ad_cli_parse_size(v, &n) || !n || n > ((size_t)1 << 30)) {
            snprintf(err, errlen, "\"%s\" is not a size up to 1GiB", v);
            return -1;
        }
        f->cfg.max_bytes = n;
        return 0;
    case AD_OPT_FETCH_MAX_REDIRECTS:
    case AD_OPT_FETCH_LOW_SPEED:
        l = strtol(v, &end, 10);
        if (!*v || *end || l < 0 || l > (opt == AD_OPT_FETCH_MAX_REDIRECTS ? 20 : 1 << 30)) {
            snprintf(err, errlen, "\"%s\" is not a count in range", v);
            return -1;
        }
        if (opt == AD_OPT_FETCH_MAX_REDIRECTS)
            f->cfg.max_redirects = l;
        else
            f->cfg.low_speed_bytes = l;
        return 0;
    case AD_OPT_FETCH_PROXY:
        f->cfg.proxy = v;
        return 0;
    }
    snprintf(err, errlen, "unknown fetch option");
    return -1;
}

int ad_cli_fetch_init(ad_cli_fetch *f, char *err, size_t errlen)
{
    char why[160];
    memset(f, 0, sizeof(*f));
    ad_fetch_config_init(&f->cfg);
    f->cfg.allow = f->allow;
    for (size_t i = 0; i < sizeof(fetch_env) / sizeof(fetch_env[0]); i++) {
        const char *v = getenv(fetch_env[i]);
        if (v && *v && ad_cli_fetch_option(f, AD_OPT_FETCH_ALLOW + (int)i, v, why, sizeof(why))) {
            snprintf(err, errlen, "%s: %s", fetch_env[i], why);
            return -1;
        }
    }
    return 0;
}

int ad_cli_fetch_exit(ad_fetch_error e)
{
    switch (e) {
    case AD_FETCH_OK:
        return AD_EXIT_OK;
    case AD_FETCH_BAD_URL:
    case AD_FETCH_BLOCKED:
        return AD_EXIT_REFUSED;
    case AD_FETCH_TOO_BIG:
    case AD_FETCH_BAD_TYPE:
        return AD_EXIT_UNACCEPTABLE;
    default:
        return AD_EXIT_UPSTREAM;
    }
}

int ad_cli_fetch_and_print(const ad_cli_fetch *f, const char *url, unsigned fields, int pretty,
                           const char *prog)
{
    ad_fetch_result page;
    ad_article *art = NULL;
    char err[512];
    int rc = AD_EXIT_INPUT;

    ad_fetch_error fe = ad_fetch(&f->cfg, url, 0, &page, err, sizeof(err));
    if (fe != AD_FETCH_OK) {
        fprintf(stderr, "%s: %s (HTTP-equivalent status %d)\n", prog, err, (int)fe);
        return ad_cli_fetch_exit(fe);
    }
    ad_parse_opts opts = {0};
    opts.kind = page.kind;
    opts.url = page.final_url;
    opts.charset = page.charset[0] ? page.charset : NULL;
    opts.max_bytes = f->cfg.max_bytes;
    opts.skip = ad_json_skip_stages(fields);
    if (ad_article_parse(page.body, page.len, &opts, &art, err, sizeof(err)) != AD_OK) {
        fprintf(stderr, "%s: %s: %s\n", prog, page.final_url, err);
        goto done;
    }
    char *s = ad_json_dump(art, fields, pretty);
    if (!s) {
        fprintf(stderr, "%s: out of memory\n", prog);
        goto done;
    }
    fputs(s, stdout);
    fputc('\n', stdout);
    free(s);
    rc = fflush(stdout) == 0 ? AD_EXIT_OK : AD_EXIT_INPUT;
done:
    ad_article_free(art);
    ad_fetch_result_free(&page);
    return rc;
}

static const char fetch_usage[] =
    "usage: articled fetch URL [OPTIONS]\n"
    "\n"
    "Fetches URL (http or https) and prints the article JSON; `url` is the\n"
    "final URL after redirects. Only public addresses are reached unless\n"
    "--fetch-allow says otherwise.\n"
    "\n"
    "options:\n"
    "  --pretty          indent the JSON\n"
    "  --fields LIST     only these field groups (see articled parse --help)\n"
    "  -h, --help        show this help\n"
    "\n";

static const char fetch_exit_help[] =
    "\n"
    "exit status: 0 success; 1 the page could not be parsed; 2 usage error;\n"
    "3 URL refused (malformed, not http(s), user-info, blocked address: the\n"
    "API's 400/403); 4 page refused (too large, not HTML or text: 413/422);\n"
    "5 upstream failure, upstream status >= 400, or timeout (502/504).\n";

int ad_cmd_fetch(int argc, char **argv)
{
    enum { OPT_PRETTY = 256, OPT_FIELDS };
    static const struct option longopts[] = {{"pretty", no_argument, NULL, OPT_PRETTY},
                                             {"fields", required_argument, NULL, OPT_FIELDS},
                                             {"help", no_argument, NULL, 'h'},
                                             AD_CLI_FETCH_LONGOPTS,
                                             {NULL, 0, NULL, 0}};
    ad_cli_fetch f;
    unsigned fields = AD_FIELD_ALL;
    int pretty = 0, c;
    char err[256];

    if (ad_cli_fetch_init(&f, err, sizeof(err)) != 0) {
        fprintf(stderr, "articled fetch: %s\n", err);
        return AD_EXIT_USAGE;
    }
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
        if (c == 'h') {
            printf("%s%s%s", fetch_usage, ad_cli_fetch_help, fetch_exit_help);
            return AD_EXIT_OK;
        } else if (c == OPT_PRETTY) {
            pretty = 1;
        } else if (c == OPT_FIELDS) {
            if (ad_json_fields(optarg, &fields, err, sizeof(err)) != AD_OK) {
                fprintf(stderr, "articled fetch: %s\n", err);
                return AD_EXIT_USAGE;
            }
        } else if (c >= AD_OPT_FETCH_ALLOW && c <= AD_OPT_FETCH_PROXY) {
            if (ad_cli_fetch_option(&f, c, optarg, err, sizeof(err)) != 0) {
                fprintf(stderr, "articled fetch: %s\n", err);
                return AD_EXIT_USAGE;
            }
        } else {
            fprintf(stderr, "%s%s", fetch_usage, ad_cli_fetch_help);
            return AD_EXIT_USAGE;
        }
    }
    if (argc - optind != 1) {
        fprintf(stderr, "articled fetch: give exactly one URL\n%s", fetch_usage);
        return AD_EXIT_USAGE;
    }
    if (ad_fetch_global_init() != 0) {
        fprintf(stderr, "articled fetch: libcurl could not be initialised\n");
        return AD_EXIT_INPUT;
    }
    int rc = ad_cli_fetch_and_print(&f, argv[optind], fields, pretty, "articled fetch");
    ad_fetch_global_cleanup();
    return rc;
}
