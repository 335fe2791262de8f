/*
 * main.c - the articled binary: dispatch to its subcommands.
 */
#include <stdio.h>
#include <string.h>
#include <libxml/parser.h>
#include "articled/articled.h"
#include "cli.h"

static const char usage[] =
    "usage: articled COMMAND [OPTIONS]\n"
    "\n"
    "Turns news article HTML into structured JSON.\n"
    "\n"
    "commands:\n"
    "  parse        parse HTML or text files (or --fetch URL) and print the article JSON\n"
    "  fetch        fetch a URL (http/https, public addresses only) and parse it\n"
    "  serve        run the HTTP API\n"
    "  healthcheck  ask a local server's /healthz (for container health checks)\n"
    "  bench        measure parsing speed on files held in memory\n"
    "  version      print the version\n"
    "\n"
    "Run `articled COMMAND --help` for a command's options.\n";

int main(int argc, char **argv)
{
    if (argc < 2) {
        fputs(usage, stderr);
        return AD_EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (!strcmp(cmd, "-h") || !strcmp(cmd, "--help") || !strcmp(cmd, "help")) {
        fputs(usage, stdout);
        return AD_EXIT_OK;
    }
    if (!strcmp(cmd, "version") || !strcmp(cmd, "--version")) {
        printf("articled %s (libxml2 %s)\n", ARTICLED_VERSION, xmlParserVersion);
        return AD_EXIT_OK;
    }
    xmlInitParser();
    int rc;
    if (!strcmp(cmd, "parse")) {
        rc = ad_cmd_parse(argc - 1, argv + 1);
    } else if (!strcmp(cmd, "bench")) {
        rc = ad_cmd_bench(argc - 1, argv + 1);
    } else if (!strcmp(cmd, "serve")) {
        rc = ad_cmd_serve(argc - 1, argv + 1);
    } else if (!strcmp(cmd, "healthcheck")) {
        rc = ad_cmd_healthcheck(argc - 1, argv + 1);
    } else if (!strcmp(cmd, "fetch")) {
        rc = ad_cmd_fetch(argc - 1, argv + 1);
    } else {
        fprintf(stderr, "articled: unknown command \"%s\"\n\n%s", cmd, usage);
        rc = AD_EXIT_USAGE;
    }
    xmlCleanupParser();
    return rc;
}
