#!/usr/bin/env bash
# bench/usage/udp.sh: RADIUS accounting over UDP on loopback, acknowledged only after a durable
# write. The load generator (radius_load) keeps --window requests in flight for L lines, first
# against udp_peer (recvmmsg, append, one fdatasync per batch, sendmmsg: the least work that
# acknowledges durably), then against `bizline serve` (its accounting journal: one append and one
# fdatasync per batch before the answers; a job meters the journal into SQLite behind it), side
# by side in one run. Then kill -9: bizline is killed while
# loaded, and every acknowledged record must be in its database afterwards (fails the run else).
#   bench/usage/udp.sh [SECONDS] [N_lines]         (defaults 10 10000)
#   env: BIZLINE_BIN (default build/release/bizline), WINDOW (default 4096), KEEP=1
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
seconds=${1:-10}
n_lines=${2:-10000}
window=${WINDOW:-4096}
biz=${BIZLINE_BIN:-$root/build/release/bizline}
build="${BUILD_DIR:-$root/build/bench-usage}"
[ -x "$biz" ] || { echo "no bizline binary at $biz (make build, or set BIZLINE_BIN)" >&2; exit 1; }

echo "== Release build of radius_load and udp_peer"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBIZLINE_BENCH=ON -DBIZLINE_TESTS=OFF >/dev/null
cmake --build "$build" --target radius_load udp_peer >/dev/null
load="$build/bench/usage/radius_load"
peer="$build/bench/usage/udp_peer"

work=$(mktemp -d /tmp/bizline-bench-udp.XXXXXX)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null || true; done
  if [ "${KEEP:-0}" = 1 ]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
secret=bench-secret

# start NAME CMD...: starts CMD in the background (its pid goes to pids); port_of NAME PATTERN
# waits (bounded) for PATTERN in its output and prints the port after the last ':' of that line.
start() {
  local name=$1; shift
  "$@" >"$work/$name.out" 2>"$work/$name.err" &
  pids+=($!)
}
port_of() {
  local name=$1 pattern=$2
  for _ in $(seq 1 300); do
    if grep -q "$pattern" "$work/$name.out" 2>/dev/null; then
      grep "$pattern" "$work/$name.out" | head -n 1 | sed 's/.*://'
      return 0
    fi
    sleep 0.1
  done
  echo "$name did not start:" >&2
  cat "$work/$name.err" >&2
  return 1
}

echo "== $n_lines lines"
export BIZLINE_DB="sqlite:$work/bizline.db" BIZLINE_CATALOG="$root/catalog"
awk -v n="$n_lines" 'BEGIN {
  print "user_name,enterprise_number,customer_name,employees,site_address,formula,options,activation_date"
  for (i = 0; i < n; i++) {
    c = i % 1000; base = 10000000 + c * 9973
    printf "udp-%06d@isp,%08d%02d,UDP Customer %04d BV,25,\"Rue de la Loi 16, 1000 Brussel\",business-internet-fiber,,2025-01-15\n", i, base, 97 - base % 97, c
  }
}' >"$work/lines.csv"
"$biz" migrate >/dev/null
"$biz" line import "$work/lines.csv" | tail -n 1
echo "127.0.0.1 $secret" >"$work/clients"

echo "== peer: udp_peer (append + fdatasync per batch)"
start peer "$peer" --port 0 --secret "$secret" --log "$work/peer.log" --seconds $((seconds + 30))
port=$(port_of peer "udp_peer on")
"$load" --port "$port" --secret "$secret" --users "$work/lines.csv" --packets 1000 --duration "$seconds" \
  --window "$window" --session-prefix peer | tee "$work/load-peer.txt"
kill "${pids[-1]}" 2>/dev/null || true

echo "== bizline serve (SQLite, synchronous=FULL)"
start bizline "$biz" serve --listen 127.0.0.1:0 --threads 2 --radius-listen 127.0.0.1:0 --radius-clients "$work/clients"
port=$(port_of bizline "radius accounting on")
"$load" --port "$port" --secret "$secret" --users "$work/lines.csv" --packets 1000 --duration "$seconds" \
  --window "$window" --session-prefix rate --out "$work/rate.csv" | tee "$work/load-bizline.txt"

# Metering runs behind the answers (the journal applier, at a lower priority): a stop waits until
# every acknowledged record is metered, so how long it takes is how far metering lagged.
drain_start=$(date +%s.%N)
kill -TERM "${pids[-1]}"
wait "${pids[-1]}" || true
drain=$(awk -v a="$drain_start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
echo "stopped (metering caught up) ${drain} s after the load ended"

echo "== kill -9 while loaded (records in April, apart from the rate run's March)"
start bizline2 "$biz" serve --listen 127.0.0.1:0 --threads 2 --radius-listen 127.0.0.1:0 --radius-clients "$work/clients"
port=$(port_of bizline2 "radius accounting on")
"$load" --port "$port" --secret "$secret" --users "$work/lines.csv" --packets 1000 --duration 30 \
  --window "$window" --session-prefix kill --start 1775131200 --silence-ms 2000 --out "$work/kill.csv" \
  >"$work/load-kill.txt" &
load_pid=$!
sleep 3
kill -9 "${pids[-1]}"
wait "$load_pid"
cat "$work/load-kill.txt"
# Started again, bizline first meters what its journal holds; stopped, it has metered everything.
start restarted "$biz" serve --listen 127.0.0.1:0 --radius-listen 127.0.0.1:0 --radius-clients "$work/clients"
port_of restarted "listening on" >/dev/null
kill -TERM "${pids[-1]}"
wait "${pids[-1]}" || true
"$biz" usage report --month 2026-04 >"$work/report.csv"
lost=$(awk -F, 'NR == FNR { if (FNR > 1) stored[$1] = $3; next }
  FNR > 1 { v = ($1 in stored) ? stored[$1] : 0
            if (v < $2) { lost++; if (lost <= 5) print "LOST: " $1 " stored " v " < acknowledged " $2 > "/dev/stderr" }
            if (v > $3) { print "EXTRA: " $1 " stored " v " > sent " $3 > "/dev/stderr"; lost++ } }
  END { print lost + 0 }' "$work/report.csv" "$work/kill.csv")

rate() { awk '/^acknowledged/ { print $2 }' "$1"; }
echo
echo "$n_lines lines, window $window, ${seconds} s per contender; $(nproc) cores shared by the load generator and the server"
printf '%-10s %16s\n' contender "acked packets/s"
printf '%-10s %16s\n' udp_peer "$(rate "$work/load-peer.txt")" bizline "$(rate "$work/load-bizline.txt")"
awk -v b="$(rate "$work/load-bizline.txt")" -v p="$(rate "$work/load-peer.txt")" \
  'BEGIN { printf "bizline / udp_peer: %.2fx;  bizline %s the goal of 100,000 acknowledged packets/s\n", b / p, (b >= 100000) ? "meets" : "MISSES" }'
echo "bizline's metering (journal applier) caught up ${drain} s after the ${seconds} s load ended"
awk -v n="$(awk '/^sent/ { print $4 }' "$work/load-bizline.txt" | tr -d ,)" -v s="$seconds" -v d="$drain" \
  'BEGIN { printf "bizline metered %.0f records/s over the load and its catch-up\n", n / (s + d) }'
if [ "$lost" != 0 ]; then
  echo "!!!!! kill -9: $lost line(s) lost acknowledged volume or stored more than was sent" >&2
  exit 1
fi
echo "kill -9: every acknowledged record was stored (acked <= stored <= sent for all $n_lines lines)"
