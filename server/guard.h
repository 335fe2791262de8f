/*
 * guard.h - which network addresses the fetcher may connect to.
 *
 * A server that fetches URLs for anyone must not become a way into the
 * networks behind it (server-side request forgery). Every address is
 * checked just before a connection is opened, never the URL's text, so
 * DNS tricks and odd IP spellings meet the same rule. Blocked by default:
 * this host, private and shared networks, link-local, multicast and
 * reserved ranges; IPv4-mapped, -compatible and NAT64 IPv6 addresses are
 * unwrapped and checked as IPv4. An operator allow-list reopens chosen
 * ranges on purpose.
 */
#ifndef ARTICLED_SERVER_GUARD_H
#define ARTICLED_SERVER_GUARD_H

#include <stddef.h>
#include <stdint.h>
#include <sys/socket.h>

/* An IPv4 or IPv6 network; IPv4 is stored as family AF_INET in the first
 * four bytes. */
typedef struct ad_cidr {
    int family;
    uint8_t addr[16];
    unsigned prefix;
} ad_cidr;

/* Parses "10.1.0.0/16", "127.0.0.1" (a /32), "fd00::/8" or "::1". Returns 0,
 * or -1 with a message. */
int ad_guard_parse_cidr(const char *s, ad_cidr *out, char *err, size_t errlen);

/* True when addr lies in net. */
int ad_guard_cidr_contains(const ad_cidr *net, int family, const uint8_t *addr);

/* Decides whether a connection to sa may be opened: 1 allowed, 0 blocked.
 * allow (n entries, may be NULL) is checked first. why receives the reason
 * when blocked ("loopback 127.0.0.0/8"). */
int ad_guard_allowed(const struct sockaddr *sa, const ad_cidr *allow, size_t n, char *why,
                     size_t whylen);

#endif
