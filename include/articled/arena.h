/*
 * arena.h - per-document memory: a bump arena and a capped byte buffer.
 *
 * Everything an article owns lives in one arena and is released at once by
 * ad_arena_free(), so the parser never frees individual strings. Buffers fed
 * by untrusted input are ad_buf values with a hard cap: an append that would
 * pass the cap fails with AD_ERR_TOOBIG instead of growing without bound.
 */
#ifndef ARTICLED_ARENA_H
#define ARTICLED_ARENA_H

#include <stddef.h>
#include "articled/status.h"

typedef struct ad_arena ad_arena;

/* Creates an arena whose blocks hold at least block_size bytes (0 picks a
 * default). Returns NULL when out of memory. Caller frees with
 * ad_arena_free(). */
ad_arena *ad_arena_new(size_t block_size);

/* Releases the arena and everything allocated from it. Accepts NULL. */
void ad_arena_free(ad_arena *a);

/* Returns n bytes aligned for any scalar type, or NULL when out of memory.
 * The memory is not zeroed; ad_arena_calloc() zeroes it. */
void *ad_arena_alloc(ad_arena *a, size_t n);
void *ad_arena_calloc(ad_arena *a, size_t count, size_t size);

/* Copies n bytes of s and appends a NUL. Returns NULL when out of memory. */
/* Internal: shrinks p, the latest allocation of n bytes, to keep bytes
 * (0 gives it all back); does nothing when p is no longer the latest. */
void ad__arena_trim(ad_arena *a, void *p, size_t n, size_t keep);

char *ad_arena_strndup(ad_arena *a, const char *s, size_t n);
char *ad_arena_strdup(ad_arena *a, const char *s);

/* Formats into arena memory; NULL when out of memory. */
char *ad_arena_printf(ad_arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Bytes handed out so far, for the benchmark's memory figures. */
size_t ad_arena_used(const ad_arena *a);

/* A growable byte buffer that refuses to grow past max bytes. The contents
 * are always NUL-terminated once anything was appended. */
typedef struct ad_buf {
    char *data;
    size_t len;
    size_t cap;
    size_t max;
} ad_buf;

/* Initialises an empty buffer with a hard cap of max bytes (content only). */
void ad_buf_init(ad_buf *b, size_t max);

/* Appends n bytes. Returns AD_OK, AD_ERR_TOOBIG past the cap (the buffer is
 * left as it was), or AD_ERR_NOMEM. */
ad_status ad_buf_append(ad_buf *b, const void *p, size_t n);
ad_status ad_buf_putc(ad_buf *b, char c);
ad_status ad_buf_puts(ad_buf *b, const char *s);

/* Makes room for n more bytes at once (one allocation instead of the
 * doubling appends would do). Same results as ad_buf_append. */
ad_status ad_buf_reserve(ad_buf *b, size_t n);

/* Empties the buffer but keeps its memory. */
void ad_buf_reset(ad_buf *b);

/* Releases the buffer's memory; the buffer may be initialised again. */
void ad_buf_free(ad_buf *b);

#endif
