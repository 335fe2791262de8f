#!/bin/bash
# test-image.sh - build the real container image and run it, without a
# Docker engine: podman with runc, a local debian:12-slim made by debootstrap
# when absent (the registry that normally serves it is out of reach here).
#
# usage: tests/image/test-image.sh [SHARED_DIR]
# Ends with `N passed, N failed`.
set -u
cd "$(dirname "$0")/../.."
shared=${1:-../shared}
work=${ARTICLED_IMAGE_WORK:-/var/tmp/articled-image}
tag=localhost/articled:test
base=docker.io/library/debian:12-slim
pass=0 fail=0
ok() { echo "ok   $1"; pass=$((pass + 1)); }
bad() { echo "FAIL $1${2:+  -- $2}"; fail=$((fail + 1)); }
finish() {
    [ -n "${cid:-}" ] && podman rm -f "$cid" >/dev/null 2>&1
    echo "$pass passed, $fail failed"
    [ "$fail" -eq 0 ]
    exit $?
}

scripts/deps.sh image || { bad "install podman, runc, debootstrap"; finish; }
mkdir -p "$work"
# crun fails on these machines; runc works. Ulimits that the sandbox cannot
# grant are left alone.
export CONTAINERS_CONF="$work/containers.conf"
cat > "$CONTAINERS_CONF" <<'CONF'
[containers]
default_ulimits = []
[engine]
runtime = "runc"
CONF
podman() { command podman --runtime /usr/sbin/runc "$@"; }

make -s all >/dev/null || { bad "make all"; finish; }

if ! podman image exists "$base"; then
    echo "# creating $base with debootstrap (first run only)"
    rootfs="$work/rootfs"
    rm -rf "$rootfs"
    mirror=$(awk '/^URIs:/{print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null)
    if debootstrap --variant=minbase bookworm "$rootfs" "${mirror:-http://deb.debian.org/debian}" \
        >"$work/debootstrap.log" 2>&1 &&
        tar -C "$rootfs" -c . | podman import - "$base" >/dev/null; then
        ok "base image $base created with debootstrap"
    else
        bad "debootstrap the base image" "$(tail -3 "$work/debootstrap.log")"
        finish
    fi
    rm -rf "$rootfs"
fi

if podman build --pull=never -f docker/Dockerfile -t "$tag" . >"$work/build.log" 2>&1; then
    ok "podman build docker/Dockerfile (unit tests ran in the build stage)"
else
    bad "podman build" "$(tail -5 "$work/build.log")"
    finish
fi
# Every library the binary links against directly must come from a package
# on the runtime list or from the base image; and inside the image, ldd must
# resolve everything (transitive dependencies come with those packages).
base_pkgs=$(podman run --rm --entrypoint dpkg-query "$base" -W -f '${Package}\n' 2>/dev/null)
missing=""
for soname in $(readelf -d build/articled | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'); do
    lib=$(ldconfig -p | awk -v s="$soname" '$1 == s && /x86-64|x86_64|=>/ {print $NF; exit}')
    pkg=$(dpkg -S "$lib" 2>/dev/null | head -1 | cut -d: -f1)
    [ -z "$pkg" ] && pkg=$(dpkg -S "$(readlink -f "$lib")" 2>/dev/null | head -1 | cut -d: -f1)
    if ! sed -e 's/#.*//' -e 's/[[:space:]]//g' scripts/packages/runtime.txt | grep -qx "$pkg" &&
        ! grep -qx "$pkg" <<<"$base_pkgs"; then
        missing="$missing $soname($pkg)"
    fi
done
[ -z "$missing" ] && ok "every library build/articled needs is on scripts/packages/runtime.txt or in the base" ||
    bad "libraries not on the runtime list" "$missing"
notfound=$(podman run --rm --entrypoint ldd "$tag" /usr/local/bin/articled 2>&1 | grep -c 'not found')
[ "$notfound" = 0 ] && ok "ldd inside the image resolves every library" ||
    bad "ldd inside the image" "$notfound not found"
user=$(podman image inspect "$tag" --format '{{.Config.User}}')
[[ "$user" =~ ^[1-9][0-9]*(:[0-9]+)?$ ]] && ok "image runs as numeric non-root user ($user)" ||
    bad "numeric non-root user" "$user"
podman image inspect "$tag" --format '{{json .Config.ExposedPorts}}' | grep -q 8080 &&
    ok "image exposes 8080" || bad "EXPOSE 8080"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
cid=$(podman run -d -p "127.0.0.1:$port:8080" "$tag" 2>"$work/run.log") ||
    { bad "podman run" "$(cat "$work/run.log")"; finish; }
up=""
for _ in $(seq 1 100); do
    if curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; then up=1; break; fi
    sleep 0.1
done
[ -n "$up" ] && ok "container answers /healthz on a published port" ||
    { bad "container /healthz" "$(podman logs "$cid" 2>&1 | tail -3)"; finish; }
podman exec "$cid" /usr/local/bin/articled healthcheck && ok "articled healthcheck inside the container" ||
    bad "articled healthcheck inside the container"

if [ -f "$shared/fixtures/seed/article.html" ]; then
    out="$work/seed.json"
    code=$(curl -sS -o "$out" -w '%{http_code}' -H 'Content-Type: text/html' --data-binary \
        @"$shared/fixtures/seed/article.html" \
        "http://127.0.0.1:$port/v1/articles?url=https%3A%2F%2Fwww.chinadaily.com.cn%2Fa%2F202509%2F29%2FWS68d9c8f1a310f735438b2d1e.html")
    [ "$code" = 200 ] && python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["paragraphs"] and d["title"]' "$out" &&
        ok "seed article POSTed to the container parses" || bad "seed POST" "HTTP $code"
else
    echo "# $shared not found: seed POST skipped"
fi

start=$(date +%s)
podman stop -t 25 "$cid" >/dev/null 2>&1
status=$(podman inspect "$cid" --format '{{.State.ExitCode}}')
[ "$status" = 0 ] && ok "SIGTERM stops the container with exit 0 in $(( $(date +%s) - start )) s" ||
    bad "exit status after SIGTERM" "$status"
podman logs "$cid" 2>&1 | grep -q '"msg":"stopped"' && ok "the server logged its drain and stop" ||
    bad "drain log" "$(podman logs "$cid" 2>&1 | tail -2)"
finish
