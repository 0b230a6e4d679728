#!/usr/bin/env bash
# Runs every test tier against the given build: unit, catalog, storage contract (SQLite and a
# throwaway PostgreSQL), app, http, black-box API tests against the real binary, and the TM Forum
# conformance kits (newman, tests/ctk/).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/asan}

# The tree stays clean under the checked-in .clang-format (fix with `make format`).
if command -v clang-format >/dev/null; then
  git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run -Werror
fi

source scripts/pg_throwaway.sh
trap pg_stop EXIT
pg_start

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir "$build" --output-on-failure -j "$(nproc)" --timeout 600

# TM Forum conformance: the TMF621 kit run by newman against the real binary on a fresh SQLite
# database (tests/ctk/run_ctk.sh); any failed assertion fails the run.
(cd tests/ctk && npm ci --no-audit --no-fund --loglevel=error)
timeout 600 tests/ctk/run_ctk.sh "$build/bizline"
