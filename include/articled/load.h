/*
 * load.h - first stage: bytes to a libxml2 HTML tree with a known charset.
 *
 * The charset is resolved before parsing, in this order: byte-order mark,
 * the HTTP header charset, <meta charset> / http-equiv in the <head> (up to 64 KiB),
 * UTF-8 validity, then windows-1252. The bytes are converted to UTF-8 with
 * iconv and handed to libxml2 with the encoding named explicitly, so libxml2
 * never guesses (2.9.14 would switch to ISO-8859-1 mid-document).
 */
#ifndef ARTICLED_LOAD_H
#define ARTICLED_LOAD_H

#include <stddef.h>
#include <libxml/HTMLparser.h>
#include "articled/arena.h"

/* The loader hands libxml2 <script> elements without their text unless
 * the text is read later: JSON-LD (a type naming "ld+json") and scripts
 * holding this string, the part of the publication-date keys that the
 * metadata stage looks for in other scripts' JSON ("datePublished",
 * "publishDate"). A stage that reads more of the scripts must widen this
 * test in load.c. */
#define AD_LOAD_SCRIPT_DATE_KEY "ublish"

typedef enum ad_charset_source {
    AD_CS_BOM = 0,
    AD_CS_HEADER,
    AD_CS_META,
    AD_CS_UTF8,
    AD_CS_FALLBACK
} ad_charset_source;

/* The name of a charset source ("bom", "header", "meta", "utf8", "fallback"). */
const char *ad_charset_source_name(ad_charset_source src);

/* Decides the charset of data. Writes the canonical iconv name (upper case,
 * e.g. "UTF-8", "WINDOWS-1252", "GB18030") into name and its source into
 * *src. A header or meta charset that iconv does not know is skipped (the
 * next source decides). Never fails. */
void ad_load_sniff(const char *data, size_t len, const char *header_charset, char *name,
                   size_t namelen, ad_charset_source *src);

/* Maps a label as found in the wild ("gb2312", "x-sjis", "latin1") to the
 * name passed to iconv; returns NULL for labels nobody should trust. */
const char *ad_load_charset_alias(const char *label);

/* Resolves a label to a name iconv accepts (the alias table, else the label
 * itself when iconv knows it). Returns 1 and fills name, or 0. */
int ad_load_resolve_charset(const char *label, char *name, size_t namelen);

/* Converts data from charset to UTF-8 (dropping a BOM), appending to out;
 * undecodable bytes become U+FFFD. AD_ERR_CHARSET for an unknown charset. */
ad_status ad_load_to_utf8(const char *data, size_t len, const char *charset, ad_buf *out, char *err,
                          size_t errlen);

/* A description ("a PNG image") when data starts like a common binary
 * format (image, PDF, gzip, archive, executable), else NULL. */
const char *ad_load_binary_kind(const char *data, size_t len);

typedef struct ad_doc {
    xmlDocPtr html; /* owned; released by ad_doc_release() */
    char charset[32];
    ad_charset_source charset_source;
} ad_doc;

/* Resolves the charset, converts and parses. On success the caller releases
 * out with ad_doc_release(). An empty or all-white-space input still yields
 * a document (with an empty body). The tree holds only the attributes
 * ad_load_attr_kept() names: the others are left out before the parse. */
ad_status ad_load_html(const char *data, size_t len, const char *header_charset, ad_doc *out,
                       char *err, size_t errlen);

/* Whether an attribute name[0..len) (any case) is one some stage reads,
 * and so one the loaded tree keeps. A stage that reads another attribute
 * adds it to the table in load.c. */
int ad_load_attr_kept(const char *name, size_t len);

/* Frees the tree; accepts a zeroed ad_doc. */
void ad_doc_release(ad_doc *doc);

#endif
