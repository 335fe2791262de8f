/*
 * guard.c - the fetcher's address policy (see guard.h).
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "guard.h"

typedef struct blocked_net {
    const char *cidr;
    const char *what;
} blocked_net;

/* The special-purpose ranges of RFC 6890 and friends that a public web page
 * never lives in. IPv4-mapped/compatible/NAT64 IPv6 are unwrapped first. */
static const blocked_net blocked[] = {
    {"0.0.0.0/8", "\"this network\""},
    {"10.0.0.0/8", "private network"},
    {"100.64.0.0/10", "shared address space (carrier-grade NAT)"},
    {"127.0.0.0/8", "loopback"},
    {"169.254.0.0/16", "link-local (cloud metadata)"},
    {"172.16.0.0/12", "private network"},
    {"192.0.0.0/24", "IETF protocol assignments"},
    {"192.168.0.0/16", "private network"},
    {"198.18.0.0/15", "benchmarking network"},
    {"224.0.0.0/4", "multicast"},
    {"240.0.0.0/4", "reserved (and broadcast)"},
    {"::/128", "unspecified address"},
    {"::1/128", "loopback"},
    {"fc00::/7", "unique local network"},
    {"fe80::/10", "link-local"},
    {"ff00::/8", "multicast"},
};

int ad_guard_parse_cidr(const char *s, ad_cidr *out, char *err, size_t errlen)
{
    char host[64];
    const char *slash = strchr(s, '/');
    size_t n = slash ? (size_t)(slash - s) : strlen(s);
    memset(out, 0, sizeof(*out));
    if (n == 0 || n >= sizeof(host)) {
        snprintf(err, errlen, "\"%.64s\" is not an address or CIDR range", s);
        return -1;
    }
    memcpy(host, s, n);
    host[n] = '\0';
    unsigned max;
    if (inet_pton(AF_INET, host, out->addr) == 1) {
        out->family = AF_INET;
        max = 32;
    } else if (inet_pton(AF_INET6, host, out->addr) == 1) {
        out->family = AF_INET6;
        max = 128;
    } else {
        snprintf(err, errlen, "\"%.64s\" is not an IPv4 or IPv6 address", host);
        return -1;
    }
    out->prefix = max;
    if (slash) {
        char *end;
        long p = strtol(slash + 1, &end, 10);
        if (!slash[1] || *end || p < 0 || p > (long)max) {
            snprintf(err, errlen, "\"%.64s\": the prefix length must be 0..%u", s, max);
            return -1;
        }
        out->prefix = (unsigned)p;
    }
    return 0;
}

int ad_guard_cidr_contains(const ad_cidr *net, int family, const uint8_t *addr)
{
    if (net->family != family)
        return 0;
    unsigned bits = net->prefix, i = 0;
    for (; bits >= 8; bits -= 8, i++)
        if (net->addr[i] != addr[i])
            return 0;
    if (bits) {
        uint8_t mask = (uint8_t)(0xFF << (8 - bits));
        if ((net->addr[i] & mask) != (addr[i] & mask))
            return 0;
    }
    return 1;
}

/* Turns IPv6 forms that carry an IPv4 address into that address: mapped
 * ::ffff:a.b.c.d, compatible ::a.b.c.d (not :: or ::1) and NAT64
 * 64:ff9b::a.b.c.d. Returns 1 when v4 was filled. */
static int unwrap_v4(const uint8_t *a6, uint8_t *v4)
{
    static const uint8_t mapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
    static const uint8_t nat64[12] = {0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0};
    static const uint8_t zero[12] = {0};
    if (!memcmp(a6, mapped, 12) || !memcmp(a6, nat64, 12) ||
        (!memcmp(a6, zero, 12) && (a6[12] | a6[13] | a6[14] | (a6[15] & 0xFE)))) {
        memcpy(v4, a6 + 12, 4);
        return 1;
    }
    return 0;
}

static int in_blocked(int family, const uint8_t *addr, char *why, size_t whylen)
{
    for (size_t i = 0; i < sizeof(blocked) / sizeof(blocked[0]); i++) {
        ad_cidr net;
        char err[8];
        if (ad_guard_parse_cidr(blocked[i].cidr, &net, err, sizeof(err)) != 0)
            continue;
        if (ad_guard_cidr_contains(&net, family, addr)) {
            snprintf(why, whylen, "%s %s", blocked[i].what, blocked[i].cidr);
            return 1;
        }
    }
    return 0;
}

int ad_guard_allowed(const struct sockaddr *sa, const ad_cidr *allow, size_t n, char *why,
                     size_t whylen)
{
    uint8_t addr[16], v4[4];
    int family = sa->sa_family;
    if (family == AF_INET) {
        memcpy(addr, &((const struct sockaddr_in *)(const void *)sa)->sin_addr, 4);
    } else if (family == AF_INET6) {
        memcpy(addr, &((const struct sockaddr_in6 *)(const void *)sa)->sin6_addr, 16);
    } else {
        snprintf(why, whylen, "address family %d", family);
        return 0;
    }
    int is_v4 = family == AF_INET || unwrap_v4(addr, v4);
    if (family == AF_INET6 && is_v4)
        memcpy(addr, v4, 4);
    int check_family = is_v4 ? AF_INET : AF_INET6;
    /* The allow-list sees the address as written and, for wrapped IPv4,
     * as IPv4 too, so "127.0.0.1/32" also admits ::ffff:127.0.0.1. */
    for (size_t i = 0; i < n; i++) {
        if (ad_guard_cidr_contains(&allow[i], check_family, addr))
            return 1;
        if (family == AF_INET6 &&
            ad_guard_cidr_contains(
                &allow[i], AF_INET6,
                (const uint8_t *)&((const struct sockaddr_in6 *)(const void *)sa)->sin6_addr))
            return 1;
    }
    /* A wrapped IPv4 address is judged as IPv4 only: the IPv6 ranges do
     * not apply to it. */
    return !in_blocked(check_family, addr, why, whylen);
}
