#!/usr/bin/env bash
# Trouble tickets over HTTP: create (TMF621 POST, one durable SQLite write transaction per
# request: the ticket, its status history, its number and the "ticket opened" notification in
# the outbox; WAL with synchronous=FULL), read (GET by number) and list (a page of 100), with
# wrk on loopback.
#   BUILD_DIR=build/release bench/tickets/run.sh [duration_seconds]   (prints a Markdown table)
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-10}
threads=2
connections=${CONNECTIONS:-16}
build_dir=${BUILD_DIR:-build/release}

command -v wrk >/dev/null || scripts/deps.sh test
[ -x "$build_dir/bizline" ] || make build >/dev/null

work=$(mktemp -d /tmp/bizline-bench-tickets.XXXXXX)
cleanup() {
  [ -n "${biz_pid:-}" ] && kill "$biz_pid" 2>/dev/null && wait "$biz_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

db="sqlite:$work/bench.db"
"$build_dir/bizline" demo --db "$db" >/dev/null
# No --smtp: the opening notifications stay pending in the outbox (the write still happens).
"$build_dir/bizline" serve --db "$db" --listen 127.0.0.1:0 --threads 2 >"$work/biz.out" 2>/dev/null &
biz_pid=$!
for _ in $(seq 100); do grep -q listening "$work/biz.out" && break; sleep 0.1; done
port=$(sed -n 's/.*:\([0-9]*\)$/\1/p' "$work/biz.out")
base="http://127.0.0.1:$port"
TOKEN=$(curl -s -XPOST "$base/auth/login" -H 'Content-Type: application/json' \
          -d '{"email":"rep@acme.example","password":"demo"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
export TOKEN

# "requests/sec non-2xx" for one wrk run
measure() {
  local out
  out=$(wrk -t"$threads" -c"$connections" -d"${duration}s" "$@" 2>/dev/null)
  local rate bad
  rate=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  bad=$(awk '/Non-2xx/ {print $5}' <<<"$out")
  echo "$rate ${bad:-0}"
}

read -r c_rate c_bad < <(measure -s bench/tickets/create.lua "$base/tmf-api/troubleTicket/v4/troubleTicket")
number=$(curl -s -H "Authorization: Bearer $TOKEN" "$base/tmf-api/troubleTicket/v4/troubleTicket?limit=1" \
           | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
read -r r_rate r_bad < <(measure -s bench/tickets/read.lua "$base/tmf-api/troubleTicket/v4/troubleTicket/$number")
# A page of 100 tickets with their notes, status history and Stop-Clock periods (6 queries a page).
read -r l_rate l_bad < <(measure -s bench/tickets/read.lua "$base/tmf-api/troubleTicket/v4/troubleTicket?limit=100")
total=$(curl -s -D - -o /dev/null -H "Authorization: Bearer $TOKEN" "$base/tmf-api/troubleTicket/v4/troubleTicket?limit=1" \
          | awk 'tolower($1) == "x-total-count:" {print $2}' | tr -d '\r')

echo "| operation | requests/s | non-2xx |"
echo "|---|---|---|"
echo "| POST /tmf-api/troubleTicket/v4/troubleTicket (create, durable write) | $c_rate | $c_bad |"
echo "| GET /tmf-api/troubleTicket/v4/troubleTicket/$number (read) | $r_rate | $r_bad |"
echo "| GET /tmf-api/troubleTicket/v4/troubleTicket?limit=100 (list a page) | $l_rate | $l_bad |"
echo
echo "wrk -t$threads -c$connections -d${duration}s on 127.0.0.1; bizline --threads 2; $(nproc) cores; Acme's tickets after the run: $total"
