/*
 * status.h - the status codes every fallible articled function returns.
 *
 * Functions return AD_OK (0) on success and a negative code otherwise; the
 * caller passes a message buffer that receives a sentence a person can act on.
 */
#ifndef ARTICLED_STATUS_H
#define ARTICLED_STATUS_H

#include <stddef.h>

typedef enum ad_status {
    AD_OK = 0,
    AD_ERR_NOMEM = -1,   /* an allocation failed */
    AD_ERR_TOOBIG = -2,  /* input or a buffer exceeded its hard cap */
    AD_ERR_INPUT = -3,   /* the input is not a document we can read */
    AD_ERR_CHARSET = -4, /* an unknown or unconvertible character set */
    AD_ERR_USAGE = -5,   /* the caller passed invalid arguments */
    AD_ERR_IO = -6       /* reading or writing failed */
} ad_status;

/* A short fixed name for a status ("too big"), never NULL. */
const char *ad_status_name(ad_status st);

/* Writes a formatted message into err (if err and errlen are non-zero) and
 * returns st, so that error paths read `return ad_fail(err, n, AD_ERR_INPUT,
 * "...")`. */
ad_status ad_fail(char *err, size_t errlen, ad_status st, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

#endif
