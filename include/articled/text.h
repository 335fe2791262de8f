/*
 * text.h - text normalization and counting over UTF-8.
 *
 * Every string the parser emits passes through ad_text_normalize(): white
 * space folded to single spaces and trimmed, NBSP and other Unicode spaces
 * turned into spaces, soft hyphens and zero-width characters removed, and the
 * result composed to NFC with utf8proc. Invalid UTF-8 bytes become U+FFFD.
 * Text that was UTF-8 read as windows-1252 or ISO-8859-1 and encoded again
 * before the page was served ("doesnâ€™t", "cafÃ©") is repaired: each run
 * of characters whose single-byte codes form one UTF-8 sequence becomes the
 * character it encodes. A two-character run is repaired only when it
 * decodes to a Latin letter or sign, holds a C1 control, or sits beside
 * another run ("Ð¿Ñ€" for "пр"): real text holds pairs such as "×" and a
 * no-break space, never three-byte runs or C1 controls.
 */
#ifndef ARTICLED_TEXT_H
#define ARTICLED_TEXT_H

#include <stddef.h>
#include "articled/arena.h"

/* Appends the normalized form of s[0..len) to out. */
ad_status ad_text_normalize(const char *s, size_t len, ad_buf *out);

/* Normalizes into arena memory; NULL when out of memory. *outlen (if not
 * NULL) receives the byte length. */
char *ad_text_norm_dup(ad_arena *a, const char *s, size_t len, size_t *outlen);

/* Number of words: maximal runs of letters, digits and marks (each CJK
 * ideograph or kana counts as one word). */
size_t ad_text_word_count(const char *s, size_t len);

/* Number of Unicode code points in valid UTF-8 s[0..len). */
size_t ad_text_codepoints(const char *s, size_t len);

/* True when s[0..len) is valid UTF-8 (no overlongs, no surrogates). */
int ad_text_valid_utf8(const char *s, size_t len);

/* Decodes one code point at s (len > 0), storing its byte length in *n.
 * Invalid sequences yield U+FFFD with *n = 1. */
long ad_text_decode(const char *s, size_t len, size_t *n);

/* True when code point cp is a letter in any script (Unicode categories
 * Lu, Ll, Lt, Lm, Lo). */
int ad_text_is_letter(long cp);

/* Copies s[0..len) into out lower-cased in every script ("Главная" is
 * "главная"; utf8proc's simple case mapping), stopping before a character
 * that might not fit: at most cap - 1 bytes, then a NUL (cap >= 5). An
 * invalid byte is copied as it is. Returns the bytes written; *used (may be
 * NULL) gets the bytes of s consumed, len when all of s fitted. */
size_t ad_text_lower(const char *s, size_t len, char *out, size_t cap, size_t *used);

/* ASCII case-insensitive comparisons that ignore the locale. */
int ad_text_casecmp(const char *a, const char *b);
int ad_text_ncasecmp(const char *a, const char *b, size_t n);

/* The bytes of s[0..slen) that spell w[0..wlen) when case is ignored in
 * every script ("JONAITIENĖ" spells "Jonaitienė"; utf8proc's simple case
 * mapping), or 0 when s does not open with w (or wlen is 0). */
size_t ad_text_uprefix(const char *s, size_t slen, const char *w, size_t wlen);

/* True when needle occurs in hay (ASCII case-insensitive). */
int ad_text_icontains(const char *hay, const char *needle);

/* The host of a URL ("www.example.com" of "https://www.example.com:8080/a"),
 * or of a bare host: a pointer into url, its length in *len (no port, path,
 * query or fragment). */
const char *ad_text_url_host(const char *url, size_t *len);

#endif
