#!/bin/sh
# lint-openapi.sh - lint openapi.yaml with @redocly/cli (rules: redocly.yaml).
# The CLI is installed from npm into build/tools on first use.
set -eu
cd "$(dirname "$0")/.."
tools=${BUILD:-build}/tools
if [ ! -x "$tools/node_modules/.bin/redocly" ]; then
    command -v npm >/dev/null || scripts/deps.sh node
    mkdir -p "$tools"
    npm install --prefix "$tools" --no-audit --no-fund --loglevel=error @redocly/cli@2 >/dev/null
fi
"$tools/node_modules/.bin/redocly" lint --format=summary openapi.yaml 2>&1 | grep -vE '^\s*(║|╔|╚|$)'
