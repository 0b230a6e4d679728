#!/usr/bin/env bash
# bench/sla: SLA deadlines per second, bizline vs moment-business-time, side by side in one run.
# P1 5 h on the Premium window (Mon-Fri 08:00-22:00, Sat 08:00-16:30, excl. Belgian public
# holidays) for COUNT deterministic start instants over 2025-2028. Fails on any disagreement.
# Usage: bench/sla/run.sh   (env: COUNT=1000000 SEED=20261126 BUILD_DIR=build/bench-sla)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="${BUILD_DIR:-$root/build/bench-sla}"
count="${COUNT:-1000000}"
seed="${SEED:-20261126}"

echo "== npm deps (moment-business-time, moment-timezone) into bench/sla/node_modules"
(cd "$here" && npm ci --no-audit --no-fund --loglevel=error)

echo "== Release build of bench_sla"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBIZLINE_BENCH=ON -DBIZLINE_TESTS=OFF >/dev/null
cmake --build "$build" --target bench_sla
bench="$build/bench/sla/bench_sla"
work="$build/bench/sla/run"
mkdir -p "$work"

echo "== start instants"
"$bench" generate --count "$count" --seed "$seed" --out "$work/instants.txt"

echo "== bizline"
"$bench" compute --in "$work/instants.txt" --out "$work/due_bizline.txt" | tee "$work/bizline.log"
echo "== peer: moment-business-time $(node -p "require('$here/node_modules/moment-business-time/package.json').version") on node $(node --version)"
node "$here/peer.js" "$work/instants.txt" "$work/due_peer.txt" | tee "$work/peer.log"

echo "== agreement"
"$bench" compare --in "$work/instants.txt" --ours "$work/due_bizline.txt" --peer "$work/due_peer.txt"

ours=$(awk '/^RATE bizline/ {print $3}' "$work/bizline.log")
peer=$(awk '/^RATE peer/ {print $3}' "$work/peer.log")
awk -v a="$ours" -v b="$peer" 'BEGIN { printf "== result: bizline %.0f/s, moment-business-time %.0f/s, ratio %.0fx\n", a, b, a / b }'
