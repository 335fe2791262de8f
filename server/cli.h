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

#endif
