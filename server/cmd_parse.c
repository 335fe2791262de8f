/*
 * cmd_parse.c - `articled parse`: files (or standard input) to article JSON.
 *
 * One file prints one JSON object; several files print one compact object
 * per line (NDJSON), each with a "source" field naming its file. A file that
 * cannot be read or parsed is reported on stderr and the others go on; the
 * exit status is then 1.
 */
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "articled/articled.h"
#include "cli.h"

static const char parse_usage[] =
    "usage: articled parse [FILE...|-] [OPTIONS]\n"
    "\n"
    "Reads article HTML (or plain text with --text) from each FILE, or from\n"
    "standard input when no FILE or \"-\" is given, and prints the article JSON.\n"
    "With several files, prints one compact JSON object per line, each with a\n"
    "\"source\" field naming its file.\n"
    "\n"
    "options:\n"
    "  --url URL         the page's URL (base for links, URL-derived metadata)\n"
    "  --charset NAME    character set, as an HTTP Content-Type header would give it\n"
    "                    (beats <meta>; bytes that are evidently UTF-8 beat both)\n"
    "  --text            input is plain text; paragraphs are separated by blank lines\n"
    "  --pretty          indent the JSON\n"
    "  --fields LIST     only these field groups: metadata,paragraphs,text,\n"
    "                    entities,trade_figures (default: all)\n"
    "  --max-bytes SIZE  refuse larger inputs (default 10MiB; suffixes k/K, M, G\n"
    "                    = KiB, MiB, GiB; kB, MB, GB = powers of 1000)\n"
    "  --fetch URL       fetch URL instead of reading files (as `articled fetch URL`)\n"
    "  -h, --help        show this help\n"
    "\n"
    "exit status: 0 success, 1 an input could not be read or parsed, 2 usage error;\n"
    "with --fetch also 3 URL refused, 4 page refused, 5 upstream failure or timeout\n"
    "(see articled fetch --help)\n";

typedef struct parse_cli {
    ad_parse_opts opts;
    unsigned fields;
    int pretty;
    int ndjson;
} parse_cli;

static int parse_one(const parse_cli *cli, const char *path)
{
    char err[512];
    ad_buf in;
    ad_article *art = NULL;
    int rc = AD_EXIT_INPUT;
    const char *name = strcmp(path, "-") ? path : "<stdin>";

    ad_status st = ad_cli_read_file(path, cli->opts.max_bytes, &in, err, sizeof(err));
    if (st != AD_OK) {
        fprintf(stderr, "articled parse: %s\n", err);
        return AD_EXIT_INPUT;
    }
    ad_parse_opts opts = cli->opts;
    opts.skip = ad_json_skip_stages(cli->fields);
    st = ad_article_parse(in.data, in.len, &opts, &art, err, sizeof(err));
    if (st != AD_OK) {
        fprintf(stderr, "articled parse: %s: %s\n", name, err);
        goto done;
    }
    /* Written directly (no jansson tree); with several files, each object
     * ends with a "source" key naming its file. */
    ad_buf js;
    ad_buf_init(&js, SIZE_MAX);
    if (ad_json_write(art, cli->fields, cli->pretty && !cli->ndjson, cli->ndjson ? name : NULL,
                      &js) != AD_OK) {
        ad_buf_free(&js);
        fprintf(stderr, "articled parse: %s: out of memory\n", name);
        goto done;
    }
    fwrite(js.data, 1, js.len, stdout);
    fputc('\n', stdout);
    ad_buf_free(&js);
    rc = AD_EXIT_OK;
done:
    ad_article_free(art);
    ad_buf_free(&in);
    return rc;
}

int ad_cmd_parse(int argc, char **argv)
{
    enum { OPT_URL = 256, OPT_CHARSET, OPT_TEXT, OPT_PRETTY, OPT_FIELDS, OPT_MAX, OPT_FETCH };
    static const struct option longopts[] = {{"url", required_argument, NULL, OPT_URL},
                                             {"charset", required_argument, NULL, OPT_CHARSET},
                                             {"text", no_argument, NULL, OPT_TEXT},
                                             {"pretty", no_argument, NULL, OPT_PRETTY},
                                             {"fields", required_argument, NULL, OPT_FIELDS},
                                             {"max-bytes", required_argument, NULL, OPT_MAX},
                                             {"fetch", required_argument, NULL, OPT_FETCH},
                                             {"help", no_argument, NULL, 'h'},
                                             AD_CLI_FETCH_LONGOPTS,
                                             {NULL, 0, NULL, 0}};
    ad_cli_fetch fetch;
    const char *fetch_url = NULL;
    parse_cli cli;
    char err[256];
    int c;

    memset(&cli, 0, sizeof(cli));
    if (ad_cli_fetch_init(&fetch, err, sizeof(err)) != 0) {
        fprintf(stderr, "articled parse: %s\n", err);
        return AD_EXIT_USAGE;
    }
    cli.opts.max_bytes = AD_DEFAULT_MAX_BYTES;
    cli.fields = AD_FIELD_ALL;
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
        switch (c) {
        case OPT_URL:
            cli.opts.url = optarg;
            break;
        case OPT_CHARSET:
            cli.opts.charset = optarg;
            break;
        case OPT_TEXT:
            cli.opts.kind = AD_INPUT_TEXT;
            break;
        case OPT_PRETTY:
            cli.pretty = 1;
            break;
        case OPT_FIELDS:
            if (ad_json_fields(optarg, &cli.fields, err, sizeof(err)) != AD_OK) {
                fprintf(stderr, "articled parse: %s\n", err);
                return AD_EXIT_USAGE;
            }
            break;
        case OPT_MAX:
            if (ad_cli_parse_size(optarg, &cli.opts.max_bytes) != 0 || !cli.opts.max_bytes) {
                fprintf(stderr, "articled parse: --max-bytes: \"%s\" is not a size\n", optarg);
                return AD_EXIT_USAGE;
            }
            break;
        case OPT_FETCH:
            fetch_url = optarg;
            break;
        case 'h':
            printf("%s\n%s", parse_usage, ad_cli_fetch_help);
            return AD_EXIT_OK;
        default:
            if (c >= AD_OPT_FETCH_ALLOW && c <= AD_OPT_FETCH_PROXY) {
                if (ad_cli_fetch_option(&fetch, c, optarg, err, sizeof(err)) != 0) {
                    fprintf(stderr, "articled parse: %s\n", err);
                    return AD_EXIT_USAGE;
                }
                break;
            }
            fputs(parse_usage, stderr);
            return AD_EXIT_USAGE;
        }
    }
    if (fetch_url) {
        if (optind < argc) {
            fprintf(stderr, "articled parse: --fetch takes no FILE arguments\n");
            return AD_EXIT_USAGE;
        }
        if (ad_fetch_global_init() != 0) {
            fprintf(stderr, "articled parse: libcurl could not be initialised\n");
            return AD_EXIT_INPUT;
        }
        int frc =
            ad_cli_fetch_and_print(&fetch, fetch_url, cli.fields, cli.pretty, "articled parse");
        ad_fetch_global_cleanup();
        return frc;
    }
    char csname[32];
    if (cli.opts.charset && !ad_load_resolve_charset(cli.opts.charset, csname, sizeof(csname))) {
        fprintf(stderr, "articled parse: --charset: unknown character set \"%s\"\n",
                cli.opts.charset);
        return AD_EXIT_USAGE;
    }
    int nfiles = argc - optind;
    cli.ndjson = nfiles > 1;
    int rc = AD_EXIT_OK;
    if (nfiles == 0)
        rc = parse_one(&cli, "-");
    for (int i = optind; i < argc; i++) {
        if (parse_one(&cli, argv[i]) != AD_EXIT_OK)
            rc = AD_EXIT_INPUT;
        fflush(stdout);
    }
    /* A full disk or a closed pipe must not pass for success. */
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "articled parse: writing the output failed\n");
        rc = AD_EXIT_INPUT;
    }
    return rc;
}
