#!/usr/bin/env bash
# Order validation throughput: the pure Order Form check (bench_order) and POST productOrder on
# SQLite through the real server under wrk (each request validates and stores one order).
#   BUILD_DIR=build/release bench/order/run.sh [duration_seconds]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${BUILD_DIR:-build/release}
duration=${1:-10}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBIZLINE_BENCH=ON >/dev/null
cmake --build "$build" --target bench_order bizline -j2 >/dev/null
"$build"/bench/order/bench_order catalog 1000000

work=$(mktemp -d /tmp/bizline-bench-order.XXXXXX)
cleanup() { [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
db="sqlite:$work/bench.db"
"$build"/bizline demo --db "$db" >/dev/null
"$build"/bizline serve --db "$db" --listen 127.0.0.1:0 --threads 2 >"$work/out" 2>/dev/null &
pid=$!
for _ in $(seq 100); do grep -q listening "$work/out" && break; sleep 0.1; done
port=$(sed -n 's/.*:\([0-9]*\)$/\1/p' "$work/out")
token=$(curl -s -XPOST "127.0.0.1:$port/auth/login" -H 'Content-Type: application/json' \
  -d '{"email":"admin@bizline.example","password":"demo"}' | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
cat >"$work/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $token"
wrk.body = '{"relatedParty":[{"id":"1","role":"customer"}],"productOrderItem":[{"productOffering":{"id":"internet-pro-plus"},"product":{"place":[{"id":"1","role":"installationSite"}],"productCharacteristic":[{"name":"wifi","value":"on"},{"name":"compatibleLine","value":true}]},"productOrderItem":[{"productOffering":{"id":"ip-pack"},"product":{"productCharacteristic":[{"name":"ipv4BlockSize","value":8}]}}]}]}'
LUA
echo "POST productOrder (valid, stored), SQLite, 2 server threads, wrk -t2 -c8 -d${duration}s:"
wrk -t2 -c8 -d"${duration}s" -s "$work/post.lua" "http://127.0.0.1:$port/tmf-api/productOrderingManagement/v4/productOrder" \
  | grep -E "Requests/sec|Latency|requests in|Non-2xx"
sed -i 's/"ipv4BlockSize","value":8/"ipv4BlockSize","value":7/' "$work/post.lua"
echo "POST productOrder (ineligible: 400 with violations, nothing stored):"
wrk -t2 -c8 -d"${duration}s" -s "$work/post.lua" "http://127.0.0.1:$port/tmf-api/productOrderingManagement/v4/productOrder" \
  | grep -E "Requests/sec|Latency|requests in|Non-2xx"
