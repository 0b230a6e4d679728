#!/usr/bin/env bash
# bench/availability: yearly availability and credit per line (issue 13; SLA-046..SLA-050, X-24),
# `bizline availability --batch` against a plain interval-arithmetic peer in Python (peer.py),
# side by side in one run on the same generated input (gen.py). Every answer must agree; any
# disagreement fails the run (exit 1) with the first differing lines shown.
#   bench/availability/run.sh [LINES] [INCIDENTS]      (defaults 100000 1000000)
#   env: BIZLINE_BIN (default build/release/bizline; not built here), SEED (default 20260101),
#        KEEP=1 keeps the work directory, ENGINE_BENCH (default
#        build/bench-availability/bench/availability/bench_availability_engine; run when present:
#        the engine alone on the same input, see engine_bench.cpp)
# On a shared machine run it as `nice -n 19 bench/availability/run.sh`.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
n_lines=${1:-100000}
n_incidents=${2:-1000000}
seed=${SEED:-20260101}
biz=${BIZLINE_BIN:-$root/build/release/bizline}
engine=${ENGINE_BENCH:-$root/build/bench-availability/bench/availability/bench_availability_engine}
export BIZLINE_CATALOG="$root/catalog"

if [ ! -x "$biz" ]; then
  echo "no bizline binary at $biz: build it first (make build, or ninja -C build/release bizline), or set BIZLINE_BIN" >&2
  exit 1
fi
if ! "$biz" availability --help 2>&1 | grep -q -- '--batch'; then
  echo "$biz has no 'availability --batch' command: rebuild it, or set BIZLINE_BIN" >&2
  exit 1
fi
[ -x /usr/bin/time ] || { echo "/usr/bin/time is missing (apt-get install time)" >&2; exit 1; }

load_start=$(cut -d' ' -f1-3 /proc/loadavg)
work=$(mktemp -d /tmp/bizline-bench-availability.XXXXXX)
cleanup() { if [ "${KEEP:-0}" = 1 ]; then echo "kept $work"; else rm -rf "$work"; fi; }
trap cleanup EXIT

declare -A secs rss cpu
# timed NAME CMD...: CMD under /usr/bin/time; keeps wall seconds, user+sys seconds and peak RSS (KB).
timed() {
  local name=$1; shift
  local rc=0
  /usr/bin/time -o "$work/$name.time" -f '%e %U %S %M' "$@" || rc=$?
  local e u s m
  read -r e u s m < <(tail -n 1 "$work/$name.time")
  secs[$name]=$e
  cpu[$name]=$(awk -v u="$u" -v s="$s" 'BEGIN { printf "%.2f", u + s }')
  rss[$name]=$m
  if [ "$rc" -ne 0 ]; then
    echo "!!!!! $name exited $rc" >&2
    tail -n 5 "$work/$name.err" >&2 || true
    exit 1
  fi
}

echo "== generating $n_lines lines with $n_incidents incidents over 2026 (seed $seed)"
input="$work/input.jsonl"
timed gen python3 "$here/gen.py" --lines "$n_lines" --incidents "$n_incidents" --seed "$seed" -o "$input" \
  2>"$work/gen.err"
echo "input: $(du -h "$input" | cut -f1), generated in ${secs[gen]} s"

echo "== bizline availability --batch ($biz)"
timed bizline "$biz" availability --batch <"$input" >"$work/out_bizline" 2>"$work/bizline.err"
echo "== peer.py (Python $(python3 -c 'import platform; print(platform.python_version())'))"
timed peer python3 "$here/peer.py" <"$input" >"$work/out_peer" 2>"$work/peer.err"

engine_rate=""
if [ -x "$engine" ]; then
  echo "== the engine alone ($engine)"
  "$engine" --in "$input" --catalog "$root/catalog" --repeat 5 | tee "$work/engine.out"
  engine_rate=$(awk '/^engine best:/ { print $5 }' "$work/engine.out")
else
  echo "== no engine bench at $engine (cmake -S . -B build/bench-availability -G Ninja -DCMAKE_BUILD_TYPE=Release" \
    "-DBIZLINE_BENCH=ON -DBIZLINE_TESTS=OFF && ninja -C build/bench-availability bench_availability_engine)"
fi

echo "== agreement"
agreed=1
n_biz=$(wc -l <"$work/out_bizline")
n_peer=$(wc -l <"$work/out_peer")
n_err=$(grep -c '"error"' "$work/out_bizline" || true)
if [ "$n_biz" -ne "$n_lines" ] || [ "$n_peer" -ne "$n_lines" ]; then
  echo "!!!!! answer counts: bizline $n_biz, peer $n_peer, lines $n_lines" >&2
  agreed=0
fi
if [ "$n_err" -ne 0 ]; then
  echo "!!!!! bizline answered $n_err lines with an error; the first:" >&2
  grep -m 3 '"error"' "$work/out_bizline" >&2
  agreed=0
fi
if ! cmp -s "$work/out_bizline" "$work/out_peer"; then
  agreed=0
  n_diff=$(paste -d '\n' "$work/out_bizline" "$work/out_peer" | awk 'NR % 2 { b = $0; next } $0 != b { n++ } END { print n + 0 }')
  echo "!!!!! $n_diff of $n_lines answers differ; the first (line number, bizline, peer, input):" >&2
  paste -d '\n' "$work/out_bizline" "$work/out_peer" \
    | awk 'NR % 2 { b = $0; next } $0 != b { print (NR / 2) "\t" b "\t" $0 }' | head -n 5 \
    | while IFS=$'\t' read -r n b p; do
        echo "line $n" >&2
        echo "  bizline: $b" >&2
        echo "  peer:    $p" >&2
        echo "  input:   $(sed -n "${n}p" "$input" | cut -c 1-2000)" >&2
      done
else
  echo "all $n_lines answers identical ($(grep -c '"creditPercent":5' "$work/out_bizline" || true) at 5 %," \
    "$(grep -c '"creditPercent":1.5' "$work/out_bizline" || true) at 1.5 %," \
    "$(grep -c '"creditPercent":0' "$work/out_bizline" || true) at 0," \
    "$(grep -c '"creditPercent":null' "$work/out_bizline" || true) without a level)"
fi

rate() { awk -v n="$n_incidents" -v s="$1" 'BEGIN { if (s > 0) printf "%.0f", n / s; else print "inf" }'; }
mb() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }
echo
echo "$n_lines lines, $n_incidents incidents, seed $seed; $(nproc) cores; input in the page cache for both"
echo "load average at the start: $load_start; at the end: $(cut -d' ' -f1-3 /proc/loadavg) (wall-clock ratios need a quiet machine)"
printf '%-8s %10s %10s %16s %12s\n' contender "wall s" "cpu s" incidents/s "peak RSS MB"
for name in bizline peer; do
  printf '%-8s %10s %10s %16s %12s\n' "$name" "${secs[$name]}" "${cpu[$name]}" "$(rate "${secs[$name]}")" "$(mb "${rss[$name]}")"
done
ratio=$(awk -v a="${secs[peer]}" -v b="${secs[bizline]}" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "inf" }')
bizrate=$(rate "${secs[bizline]}")
verdict() { awk -v v="$1" -v g="$2" 'BEGIN { print (v >= g) ? "goal met" : "GOAL MISSED" }'; }
echo "bizline / peer:           ${ratio}x incidents/s   (goal >= 100x: $(verdict "$ratio" 100))"
echo "bizline, one core:        ${bizrate} incidents/s   (goal >= 1,000,000/s: $(verdict "$bizrate" 1000000); the batch is single-threaded and includes JSON parsing)"
if [ -n "$engine_rate" ]; then
  echo "engine alone, one core:   ${engine_rate} incidents/s   (goal >= 1,000,000/s: $(verdict "$engine_rate" 1000000); MeasureAvailability + DecideAvailabilityCredit, input parsed before)"
fi
if [ "$agreed" = 1 ]; then
  echo "agreement:                all $n_lines answers identical"
else
  echo "!!!!! FAILED: bizline and the peer disagree (see above)" >&2
  KEEP=1
  exit 1
fi
