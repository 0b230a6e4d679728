#!/usr/bin/env bash
# The web portal's first-load size and the queue of 1,000 open tickets in headless chromium
# (bench/web/README.md); the release binary unless BIZLINE_BIN names another.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
(cd "$repo/web" && [ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error)
BIZLINE_BIN="${BIZLINE_BIN:-$repo/build/release/bizline}" BIZLINE_CATALOG="$repo/catalog" node "$here/run.mjs" "$@"
