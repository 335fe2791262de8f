/*
 * arena.c - bump allocation for one document, and the capped byte buffer.
 *
 * Blocks are chained; a request larger than the block size gets a block of
 * its own so big strings do not waste the rest of a normal block.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "articled/arena.h"

#define AD_ARENA_DEFAULT_BLOCK (64 * 1024)
#define AD_ARENA_ALIGN         16

typedef struct ad_block {
    struct ad_block *next;
    size_t size;
    size_t used;
    _Alignas(AD_ARENA_ALIGN) unsigned char data[];
} ad_block;

struct ad_arena {
    ad_block *head;
    size_t block_size;
    size_t used;
};

ad_arena *ad_arena_new(size_t block_size)
{
    ad_arena *a = calloc(1, sizeof(*a));
    if (!a)
        return NULL;
    a->block_size = block_size ? block_size : AD_ARENA_DEFAULT_BLOCK;
    return a;
}

void ad_arena_free(ad_arena *a)
{
    if (!a)
        return;
    ad_block *b = a->head;
    while (b) {
        ad_block *next = b->next;
        free(b);
        b = next;
    }
    free(a);
}

void *ad_arena_alloc(ad_arena *a, size_t n)
{
    if (n == 0)
        n = 1;
    if (n > SIZE_MAX - AD_ARENA_ALIGN - sizeof(ad_block))
        return NULL;
    size_t need = (n + AD_ARENA_ALIGN - 1) & ~(size_t)(AD_ARENA_ALIGN - 1);
    ad_block *b = a->head;
    if (!b || b->size - b->used < need) {
        size_t size = need > a->block_size / 4 ? need : a->block_size;
        ad_block *nb = malloc(sizeof(*nb) + size);
        if (!nb)
            return NULL;
        nb->size = size;
        nb->used = 0;
        /* A dedicated large block goes behind the head so the head's free
         * space stays usable for the small allocations that follow. */
        if (b && size == need && b->size - b->used > 256) {
            nb->next = b->next;
            b->next = nb;
        } else {
            nb->next = b;
            a->head = nb;
        }
        b = nb;
    }
    void *p = b->data + b->used;
    b->used += need;
    a->used += need;
    return p;
}

void ad__arena_trim(ad_arena *a, void *p, size_t n, size_t keep)
{
    ad_block *b = a->head;
    size_t need = (n ? n : 1), kneed = keep;
    need = (need + AD_ARENA_ALIGN - 1) & ~(size_t)(AD_ARENA_ALIGN - 1);
    kneed = (kneed + AD_ARENA_ALIGN - 1) & ~(size_t)(AD_ARENA_ALIGN - 1);
    /* Only the latest allocation of the head block can give bytes back. */
    if (!b || kneed >= need || (unsigned char *)p + need != b->data + b->used)
        return;
    b->used -= need - kneed;
    a->used -= need - kneed;
}

void *ad_arena_calloc(ad_arena *a, size_t count, size_t size)
{
    if (size && count > SIZE_MAX / size)
        return NULL;
    void *p = ad_arena_alloc(a, count * size);
    if (p)
        memset(p, 0, count * size);
    return p;
}

char *ad_arena_strndup(ad_arena *a, const char *s, size_t n)
{
    char *p = ad_arena_alloc(a, n + 1);
    if (!p)
        return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *ad_arena_strdup(ad_arena *a, const char *s)
{
    return ad_arena_strndup(a, s, strlen(s));
}

char *ad_arena_printf(ad_arena *a, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        return NULL;
    char *p = ad_arena_alloc(a, (size_t)n + 1);
    if (!p)
        return NULL;
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return p;
}

size_t ad_arena_used(const ad_arena *a)
{
    return a ? a->used : 0;
}

void ad_buf_init(ad_buf *b, size_t max)
{
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
    b->max = max;
}

ad_status ad_buf_reserve(ad_buf *b, size_t n)
{
    if (n > b->max || b->len > b->max - n)
        return AD_ERR_TOOBIG;
    if (b->len + n + 1 <= b->cap)
        return AD_OK;
    char *d = realloc(b->data, b->len + n + 1);
    if (!d)
        return AD_ERR_NOMEM;
    if (!b->data)
        d[0] = '\0';
    b->data = d;
    b->cap = b->len + n + 1;
    return AD_OK;
}

ad_status ad_buf_append(ad_buf *b, const void *p, size_t n)
{
    if (n > b->max || b->len > b->max - n)
        return AD_ERR_TOOBIG;
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->len + n + 1)
            cap = cap > SIZE_MAX / 2 ? SIZE_MAX : cap * 2;
        /* Never reserve more than the cap allows (max may be SIZE_MAX). */
        if (b->max < SIZE_MAX && cap > b->max + 1)
            cap = b->max + 1;
        char *d = realloc(b->data, cap);
        if (!d)
            return AD_ERR_NOMEM;
        b->data = d;
        b->cap = cap;
    }
    if (n)
        memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = '\0';
    return AD_OK;
}

ad_status ad_buf_putc(ad_buf *b, char c)
{
    if (b->len + 1 < b->cap && b->len < b->max) {
        b->data[b->len++] = c;
        b->data[b->len] = '\0';
        return AD_OK;
    }
    return ad_buf_append(b, &c, 1);
}

ad_status ad_buf_puts(ad_buf *b, const char *s)
{
    return ad_buf_append(b, s, strlen(s));
}

void ad_buf_reset(ad_buf *b)
{
    b->len = 0;
    if (b->data)
        b->data[0] = '\0';
}

void ad_buf_free(ad_buf *b)
{
    free(b->data);
    ad_buf_init(b, b->max);
}
