/*
 * cli.h - the subcommands of the articled binary and what they share.
 */
#ifndef ARTICLED_CLI_H
#define ARTICLED_CLI_H

#include <stddef.h>
#include <stdio.h>
#include "articled/arena.h"

/* Exit statuses of every subcommand. */
enum { AD_EXIT_OK = 0, AD_EXIT_INPUT = 1, AD_EXIT_USAGE = 2 };

int ad_cmd_parse(int argc, char **argv);
int ad_cmd_bench(int argc, char **argv);
int ad_cmd_serve(int argc, char **argv);
int ad_cmd_healthcheck(int argc, char **argv);

/* Reads a whole file ("-" is standard input) into out, refusing more than
 * max bytes. Returns AD_OK, AD_ERR_TOOBIG or AD_ERR_IO with a message. */
ad_status ad_cli_read_file(const char *path, size_t max, ad_buf *out, char *err, size_t errlen);

/* Parses a size such as "10MiB", "512k" or "1048576" into *out; -1 when it
 * is not a size. */
int ad_cli_parse_size(const char *s, size_t *out);

/* Parses a duration: "10s", "500ms", "2m", or a plain number of seconds,
 * into milliseconds; -1 when it is not one. */
int ad_cli_parse_duration(const char *s, double *ms);

/* ---- fetch settings shared by `fetch`, `parse --fetch` and `serve` ---- */

#include "fetch.h"

#define AD_CLI_MAX_ALLOW 64

typedef struct ad_cli_fetch {
    ad_fetch_config cfg;
    ad_cidr allow[AD_CLI_MAX_ALLOW];
} ad_cli_fetch;

/* Option values of the fetch settings, for getopt_long tables. */
enum {
    AD_OPT_FETCH_ALLOW = 1000,
    AD_OPT_FETCH_TIMEOUT,
    AD_OPT_FETCH_CONNECT_TIMEOUT,
    AD_OPT_FETCH_MAX_BYTES,
    AD_OPT_FETCH_MAX_REDIRECTS,
    AD_OPT_FETCH_LOW_SPEED,
    AD_OPT_FETCH_LOW_SPEED_TIME,
    AD_OPT_FETCH_PROXY
};

/* The getopt_long entries of the fetch settings, to put in a command's
 * table. clang-format is kept off it: it lays a macro that expands to a
 * list out as one braced expression. */
/* clang-format off */
#define AD_CLI_FETCH_LONGOPTS                                                               \
    {"fetch-allow", required_argument, NULL, AD_OPT_FETCH_ALLOW},                           \
    {"fetch-timeout", required_argument, NULL, AD_OPT_FETCH_TIMEOUT},                       \
    {"fetch-connect-timeout", required_argument, NULL, AD_OPT_FETCH_CONNECT_TIMEOUT},       \
    {"fetch-max-bytes", required_argument, NULL, AD_OPT_FETCH_MAX_BYTES},                   \
    {"fetch-max-redirects", required_argument, NULL, AD_OPT_FETCH_MAX_REDIRECTS},           \
    {"fetch-low-speed", required_argument, NULL, AD_OPT_FETCH_LOW_SPEED},                   \
    {"fetch-low-speed-time", required_argument, NULL, AD_OPT_FETCH_LOW_SPEED_TIME},         \
    {"fetch-proxy", required_argument, NULL, AD_OPT_FETCH_PROXY}
/* clang-format on */

/* The help lines of the fetch settings. */
extern const char ad_cli_fetch_help[];

/* Fills defaults, then the ARTICLED_FETCH_* environment. Returns 0, or -1
 * with a message naming the variable. */
int ad_cli_fetch_init(ad_cli_fetch *f, char *err, size_t errlen);

/* Applies one fetch option (opt is an AD_OPT_FETCH_* value). Returns 0, or
 * -1 with a message. */
int ad_cli_fetch_option(ad_cli_fetch *f, int opt, const char *value, char *err, size_t errlen);

/* Exit statuses of a failed fetch on the command line. */
enum { AD_EXIT_REFUSED = 3, AD_EXIT_UNACCEPTABLE = 4, AD_EXIT_UPSTREAM = 5 };

/* The exit status for a fetch error. */
int ad_cli_fetch_exit(ad_fetch_error e);

/* Fetches url, parses it and prints the article JSON; returns the exit
 * status. prog prefixes messages. */
int ad_cli_fetch_and_print(const ad_cli_fetch *f, const char *url, unsigned fields, int pretty,
                           const char *prog);

int ad_cmd_fetch(int argc, char **argv);

#endif
