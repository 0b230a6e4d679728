#!/usr/bin/env bash
# bench/activation: activations per second (ProvisionLine + commit: product row, IPAM blocks,
# activation notice) on SQLite and on PostgreSQL, side by side in one run, Release build.
# Usage: bench/activation/run.sh   (env: COUNT=2000 THREADS=4 BUILD_DIR=build/bench-activation)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="${BUILD_DIR:-$root/build/bench-activation}"
count="${COUNT:-2000}"
threads="${THREADS:-4}"

echo "== Release build of bench_activation"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBIZLINE_BENCH=ON -DBIZLINE_TESTS=OFF >/dev/null
cmake --build "$build" --target bench_activation >/dev/null
bench="$build/bench/activation/bench_activation"
work=$(mktemp -d /tmp/bizline-bench-activation.XXXXXX)

source "$root/scripts/pg_throwaway.sh"
cleanup() { pg_stop; rm -rf "$work"; }
trap cleanup EXIT
pg_start >/dev/null

echo "== SQLite (file, WAL, full fsync)"
"$bench" --db "sqlite:$work/bench.db" --catalog "$root/catalog" --count "$count" --threads "$threads"
echo "== PostgreSQL $(psql --version | awk '{print $3}') (throwaway, loopback, fsync off)"
pg_db="${BIZLINE_TEST_PG%/postgres}/bench"
psql "$BIZLINE_TEST_PG" -qc "CREATE DATABASE bench" >/dev/null
"$bench" --db "$pg_db" --catalog "$root/catalog" --count "$count" --threads "$threads"
