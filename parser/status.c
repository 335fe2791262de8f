/*
 * status.c - names and message formatting for ad_status codes.
 */
#include <stdarg.h>
#include <stdio.h>
#include "articled/status.h"

const char *ad_status_name(ad_status st)
{
    switch (st) {
    case AD_OK:
        return "ok";
    case AD_ERR_NOMEM:
        return "out of memory";
    case AD_ERR_TOOBIG:
        return "too big";
    case AD_ERR_INPUT:
        return "bad input";
    case AD_ERR_CHARSET:
        return "unknown charset";
    case AD_ERR_USAGE:
        return "usage error";
    case AD_ERR_IO:
        return "i/o error";
    }
    return "unknown error";
}

ad_status ad_fail(char *err, size_t errlen, ad_status st, const char *fmt, ...)
{
    if (err && errlen) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err, errlen, fmt, ap);
        va_end(ap);
    }
    return st;
}
