/*
 * check_arena.c - the bump arena and the capped byte buffer.
 */
#include <stdint.h>
#include "testutil.h"

START_TEST(test_alloc_aligned_and_distinct)
{
    ad_arena *a = ad_arena_new(256);
    char *prev = NULL;
    for (int i = 0; i < 1000; i++) {
        char *p = ad_arena_alloc(a, (size_t)(i % 37) + 1);
        ck_assert_ptr_nonnull(p);
        ck_assert_uint_eq((uintptr_t)p % 16, 0);
        ck_assert_ptr_ne(p, prev);
        memset(p, 0xAB, (size_t)(i % 37) + 1);
        prev = p;
    }
    ck_assert_uint_ge(ad_arena_used(a), 1000 * 16);
    ad_arena_free(a);
}
END_TEST

START_TEST(test_large_allocs_keep_head_usable)
{
    ad_arena *a = ad_arena_new(1024);
    char *small1 = ad_arena_alloc(a, 16);
    char *big = ad_arena_alloc(a, 100000);
    char *small2 = ad_arena_alloc(a, 16);
    ck_assert_ptr_nonnull(small1);
    ck_assert_ptr_nonnull(big);
    ck_assert_ptr_nonnull(small2);
    memset(big, 1, 100000);
    /* The small allocation after the big one comes from the same block as
     * the first. */
    ck_assert_int_eq((int)(small2 - small1), 16);
    ad_arena_free(a);
}
END_TEST

START_TEST(test_calloc_and_overflow)
{
    ad_arena *a = ad_arena_new(0);
    int *v = ad_arena_calloc(a, 100, sizeof(int));
    ck_assert_ptr_nonnull(v);
    for (int i = 0; i < 100; i++)
        ck_assert_int_eq(v[i], 0);
    ck_assert_ptr_null(ad_arena_calloc(a, SIZE_MAX / 2, 4));
    ck_assert_ptr_null(ad_arena_alloc(a, SIZE_MAX - 8));
    ck_assert_ptr_nonnull(ad_arena_alloc(a, 0));
    ad_arena_free(a);
    ad_arena_free(NULL);
}
END_TEST

START_TEST(test_strings)
{
    ad_arena *a = ad_arena_new(0);
    ck_assert_str_eq(ad_arena_strndup(a, "hello world", 5), "hello");
    ck_assert_str_eq(ad_arena_strdup(a, ""), "");
    ck_assert_str_eq(ad_arena_printf(a, "%s-%d-%zu", "x", -3, (size_t)7), "x--3-7");
    char longs[5000];
    memset(longs, 'z', sizeof(longs) - 1);
    longs[sizeof(longs) - 1] = '\0';
    ck_assert_uint_eq(strlen(ad_arena_printf(a, "%s%s", longs, longs)), 2 * 4999);
    ad_arena_free(a);
}
END_TEST

START_TEST(test_buf_cap)
{
    ad_buf b;
    ad_buf_init(&b, 10);
    ck_assert_int_eq(ad_buf_puts(&b, "12345"), AD_OK);
    ck_assert_int_eq(ad_buf_append(&b, "67890", 5), AD_OK);
    ck_assert_uint_eq(b.len, 10);
    ck_assert_str_eq(b.data, "1234567890");
    /* Past the cap: refused, contents untouched. */
    ck_assert_int_eq(ad_buf_putc(&b, 'x'), AD_ERR_TOOBIG);
    ck_assert_int_eq(ad_buf_append(&b, "x", 1), AD_ERR_TOOBIG);
    ck_assert_int_eq(ad_buf_append(&b, "", 0), AD_OK);
    ck_assert_str_eq(b.data, "1234567890");
    ck_assert_uint_le(b.cap, 11);
    ad_buf_reset(&b);
    ck_assert_uint_eq(b.len, 0);
    ck_assert_str_eq(b.data, "");
    ck_assert_int_eq(ad_buf_putc(&b, 'y'), AD_OK);
    ck_assert_str_eq(b.data, "y");
    ad_buf_free(&b);
    ck_assert_ptr_null(b.data);
    ck_assert_uint_eq(b.max, 10);
    ck_assert_int_eq(ad_buf_puts(&b, "again"), AD_OK);
    ad_buf_free(&b);
}
END_TEST

START_TEST(test_buf_zero_and_huge_caps)
{
    ad_buf b;
    ad_buf_init(&b, 0);
    ck_assert_int_eq(ad_buf_putc(&b, 'a'), AD_ERR_TOOBIG);
    ck_assert_int_eq(ad_buf_append(&b, "", 0), AD_OK);
    ad_buf_free(&b);
    /* An unlimited buffer (max SIZE_MAX) must still grow. */
    ad_buf_init(&b, SIZE_MAX);
    for (int i = 0; i < 1000; i++)
        ck_assert_int_eq(ad_buf_puts(&b, "0123456789"), AD_OK);
    ck_assert_uint_eq(b.len, 10000);
    ck_assert_int_eq(ad_buf_append(&b, "x", SIZE_MAX), AD_ERR_TOOBIG);
    ad_buf_free(&b);
}
END_TEST

START_TEST(test_buf_growth_many_putc)
{
    ad_buf b;
    ad_buf_init(&b, 100000);
    for (int i = 0; i < 100000; i++)
        ck_assert_int_eq(ad_buf_putc(&b, (char)('a' + i % 26)), AD_OK);
    ck_assert_int_eq(ad_buf_putc(&b, 'x'), AD_ERR_TOOBIG);
    ck_assert_uint_eq(strlen(b.data), 100000);
    ad_buf_free(&b);
}
END_TEST

static Suite *arena_suite(void)
{
    Suite *s = suite_create("arena");
    TCase *tc = ad_test_tcase(s, "arena");
    tcase_add_test(tc, test_alloc_aligned_and_distinct);
    tcase_add_test(tc, test_large_allocs_keep_head_usable);
    tcase_add_test(tc, test_calloc_and_overflow);
    tcase_add_test(tc, test_strings);
    tc = ad_test_tcase(s, "buf");
    tcase_add_test(tc, test_buf_cap);
    tcase_add_test(tc, test_buf_zero_and_huge_caps);
    tcase_add_test(tc, test_buf_growth_many_putc);
    return s;
}

AD_TEST_MAIN(arena_suite)
