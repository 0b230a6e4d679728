#!/usr/bin/env bash
# HTTP throughput of bizline (release build, SQLite with demo data) under wrk, side by side
# with the same wrk load on nginx serving a static file of the same size on this machine.
#   bench/http/run.sh [duration_seconds]     (prints a Markdown table; loopback only)
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-10}
threads=2
connections=32

command -v wrk >/dev/null && command -v nginx >/dev/null || scripts/deps.sh test
[ -x build/release/bizline ] || make build >/dev/null

work=$(mktemp -d /tmp/bizline-bench-http.XXXXXX)
cleanup() {
  [ -n "${biz_pid:-}" ] && kill "$biz_pid" 2>/dev/null && wait "$biz_pid" 2>/dev/null || true
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# bizline
db="sqlite:$work/bench.db"
build/release/bizline demo --db "$db" >/dev/null
build/release/bizline serve --db "$db" --listen 127.0.0.1:0 --threads 2 >"$work/biz.out" 2>/dev/null &
biz_pid=$!
for _ in $(seq 100); do grep -q listening "$work/biz.out" && break; sleep 0.1; done
biz_port=$(sed -n 's/.*:\([0-9]*\)$/\1/p' "$work/biz.out")
token=$(curl -s -XPOST "127.0.0.1:$biz_port/auth/login" -H 'Content-Type: application/json' \
          -d '{"email":"agent@bizline.example","password":"demo"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
customer_path=/tmf-api/customerManagement/v4/customer/1
customer_body=$(curl -s -H "Authorization: Bearer $token" "127.0.0.1:$biz_port$customer_path")

# nginx serving the same bytes as a static file
nginx_port=$(free_port)
mkdir -p "$work/www" "$work/nginx"
printf '%s' "$customer_body" > "$work/www/customer.json"
printf '{"status":"ok"}' > "$work/www/healthz"
cat > "$work/nginx.conf" <<CONF
worker_processes 2;
pid $work/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/nginx; proxy_temp_path $work/nginx; fastcgi_temp_path $work/nginx;
  uwsgi_temp_path $work/nginx; scgi_temp_path $work/nginx;
  server { listen 127.0.0.1:$nginx_port; root $work/www; keepalive_requests 1000000; }
}
CONF
nginx -c "$work/nginx.conf" -p "$work"
sleep 0.5

rate() {  # wrk requests/sec for a URL (extra args are passed to wrk)
  wrk -t"$threads" -c"$connections" -d"${duration}s" "$@" 2>/dev/null | awk '/Requests\/sec/ {print $2}'
}

h_biz=$(rate "http://127.0.0.1:$biz_port/healthz")
h_ngx=$(rate "http://127.0.0.1:$nginx_port/healthz")
c_biz=$(rate -H "Authorization: Bearer $token" "http://127.0.0.1:$biz_port$customer_path")
c_ngx=$(rate "http://127.0.0.1:$nginx_port/customer.json")

ratio() { python3 -c "print(f'{$1/$2:.2f}')"; }
echo "| endpoint | bizline req/s | nginx static req/s | bizline / nginx |"
echo "|---|---|---|---|"
echo "| GET /healthz | $h_biz | $h_ngx | $(ratio "$h_biz" "$h_ngx") |"
echo "| GET $customer_path (bearer auth, SQLite read) | $c_biz | $c_ngx (same bytes) | $(ratio "$c_biz" "$c_ngx") |"
echo
echo "wrk -t$threads -c$connections -d${duration}s on 127.0.0.1; bizline --threads 2; nginx 2 workers; $(nproc) cores"
