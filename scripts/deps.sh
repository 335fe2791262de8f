#!/bin/sh
# deps.sh - install the Debian packages a make target needs, when missing.
#
# usage: scripts/deps.sh GROUP...   (groups: build test fuzz)
# As root, missing packages are installed with apt-get; otherwise the exact
# command to run is printed and the script fails. Package lists live in
# scripts/packages/GROUP.txt, one name per line, so the Dockerfile and CI
# read the same lists.
set -eu
here=$(dirname "$0")
want=""
for group in "$@"; do
    list="$here/packages/$group.txt"
    [ -f "$list" ] || { echo "deps.sh: no package list $list" >&2; exit 2; }
    want="$want $(sed -e 's/#.*//' "$list" | tr -s ' \n' ' ')"
done
missing=""
for pkg in $want; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    case "$status" in
    *"install ok installed"*) ;;
    *) missing="$missing $pkg" ;;
    esac
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
    echo "deps.sh: missing Debian packages:$missing" >&2
    echo "deps.sh: install them with: sudo apt-get install -y$missing" >&2
    exit 1
fi
echo "deps.sh: installing:$missing" >&2
export DEBIAN_FRONTEND=noninteractive
# The package index may be absent on a fresh machine or image.
if ! apt-get install -y --no-install-recommends $missing >/dev/null 2>&1; then
    apt-get update -qq
    apt-get install -y --no-install-recommends $missing
fi
