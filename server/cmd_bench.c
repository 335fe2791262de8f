/*
 * cmd_bench.c - `articled bench`: parsing speed on files held in memory.
 *
 * Files (plain or gzip-compressed) are read once, then parsed for several
 * rounds two ways in the same run: the whole pipeline, and libxml2's
 * htmlReadMemory alone on the same bytes. The ratio of the two is the
 * figure that survives a noisy machine.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/resource.h>
#include <zlib.h>
#include "articled/articled.h"
#include "cli.h"

static const char bench_usage[] =
    "usage: articled bench [--rounds N] [--json] FILE...\n"
    "\n"
    "Parses the files (HTML, optionally gzip-compressed) from memory N rounds\n"
    "(default 5) three ways, interleaved page by page: libxml2's\n"
    "htmlReadMemory alone, the pipeline without entities and trade figures,\n"
    "and the whole pipeline (JSON output included). Prints pages/s and MB/s in\n"
    "CPU time of the one thread, the ratio pipeline/libxml2, and what entities\n"
    "and figures add.\n";

typedef struct page {
    char *data;
    size_t len;
} page;

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int load_gz(const char *path, page *p)
{
    gzFile f = gzopen(path, "rb");
    ad_buf b;
    char chunk[65536];
    int n;
    if (!f)
        return -1;
    ad_buf_init(&b, AD_DEFAULT_MAX_BYTES);
    while ((n = gzread(f, chunk, sizeof(chunk))) > 0)
        if (ad_buf_append(&b, chunk, (size_t)n) != AD_OK) {
            n = -1;
            break;
        }
    gzclose(f);
    if (n < 0) {
        ad_buf_free(&b);
        return -1;
    }
    p->data = b.data ? b.data : calloc(1, 1);
    p->len = b.len;
    return p->data ? 0 : -1;
}

/* Parses every page and renders its JSON, as `articled parse` would;
 * returns the number of failed parses. */
static size_t run_pipeline(const page *pages, size_t npages, unsigned skip)
{
    size_t failed = 0;
    for (size_t i = 0; i < npages; i++) {
        ad_article *art = NULL;
        char err[256];
        ad_parse_opts opts = {0};
        opts.skip = skip;
        if (ad_article_parse(pages[i].data, pages[i].len, &opts, &art, err, sizeof(err)) != AD_OK)
            failed++;
        char *s = art ? ad_json_dump(art, AD_FIELD_ALL, 0) : NULL;
        free(s);
        ad_article_free(art);
    }
    return failed;
}

int ad_cmd_bench(int argc, char **argv)
{
    static const struct option longopts[] = {{"rounds", required_argument, NULL, 'r'},
                                             {"json", no_argument, NULL, 'j'},
                                             {"help", no_argument, NULL, 'h'},
                                             {NULL, 0, NULL, 0}};
    long rounds = 5;
    int as_json = 0, c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "hr:", longopts, NULL)) != -1) {
        switch (c) {
        case 'r': {
            char *end;
            rounds = strtol(optarg, &end, 10);
            if (*end || rounds < 1 || rounds > 100000) {
                fprintf(stderr, "articled bench: --rounds: \"%s\" is not a count\n", optarg);
                return AD_EXIT_USAGE;
            }
            break;
        }
        case 'j':
            as_json = 1;
            break;
        case 'h':
            fputs(bench_usage, stdout);
            return AD_EXIT_OK;
        default:
            fputs(bench_usage, stderr);
            return AD_EXIT_USAGE;
        }
    }
    int nfiles = argc - optind;
    if (nfiles < 1) {
        fputs(bench_usage, stderr);
        return AD_EXIT_USAGE;
    }
    page *pages = calloc((size_t)nfiles, sizeof(*pages));
    size_t npages = 0, bytes = 0;
    if (!pages)
        return AD_EXIT_INPUT;
    for (int i = optind; i < argc; i++) {
        if (load_gz(argv[i], &pages[npages]) != 0) {
            fprintf(stderr, "articled bench: %s: cannot read\n", argv[i]);
            continue;
        }
        bytes += pages[npages++].len;
    }
    int rc = AD_EXIT_OK;
    /* Three ways, interleaved page by page so that a change in the
     * machine's speed (load, clock) hits all of them alike; CPU time of
     * this thread, so that other processes count as little as they can. */
    double t_xml = 0, t_core = 0, t_all = 0;
    size_t failed = 0;
    for (long r = 0; r < rounds; r++) {
        for (size_t i = 0; i < npages; i++) {
            double t0 = now();
            htmlDocPtr d =
                htmlReadMemory(pages[i].data, (int)pages[i].len, NULL, "UTF-8",
                               HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                   HTML_PARSE_NONET | HTML_PARSE_COMPACT);
            xmlFreeDoc(d);
            double t1 = now();
            failed += run_pipeline(&pages[i], 1, AD_SKIP_ENTITIES | AD_SKIP_FIGURES);
            double t2 = now();
            failed += run_pipeline(&pages[i], 1, 0);
            double t3 = now();
            t_xml += t1 - t0;
            t_core += t2 - t1;
            t_all += t3 - t2;
        }
    }
    double n = (double)npages * (double)rounds, mb = (double)bytes * (double)rounds / 1e6;
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    if (as_json) {
        printf("{\"pages\":%zu,\"rounds\":%ld,\"bytes\":%zu,"
               "\"pipeline_pages_per_s\":%.1f,\"pipeline_mb_per_s\":%.2f,"
               "\"no_entities_pages_per_s\":%.1f,"
               "\"libxml2_pages_per_s\":%.1f,\"libxml2_mb_per_s\":%.2f,\"ratio\":%.3f,"
               "\"entities_figures_added\":%.3f,\"failed\":%zu,\"max_rss_kb\":%ld}\n",
               npages, rounds, bytes, n / t_all, mb / t_all, n / t_core, n / t_xml, mb / t_xml,
               t_xml / t_all, t_all / t_core - 1, failed, ru.ru_maxrss);
    } else {
        printf("%zu pages, %.1f MB, %ld rounds (CPU time of one thread)\n", npages,
               (double)bytes / 1e6, rounds);
        printf("%-34s %10s %10s\n", "", "pages/s", "MB/s");
        printf("%-34s %10.1f %10.2f\n", "articled pipeline", n / t_all, mb / t_all);
        printf("%-34s %10.1f %10.2f\n", "  without entities and figures", n / t_core, mb / t_core);
        printf("%-34s %10.1f %10.2f\n", "libxml2 htmlReadMemory alone", n / t_xml, mb / t_xml);
        printf("ratio pipeline/libxml2: %.3f\n", t_xml / t_all);
        printf("entities and figures add: %.1f%%\n", (t_all / t_core - 1) * 100);
        printf("peak RSS: %ld KiB\n", ru.ru_maxrss);
        if (failed)
            printf("failed parses: %zu\n", failed);
    }
    for (size_t i = 0; i < npages; i++)
        free(pages[i].data);
    free(pages);
    return rc;
}
