#!/usr/bin/env bash
# Runs the TM Forum TMF621 conformance kit (a Postman collection) with newman against the real
# bizline binary: a fresh SQLite database with demo data, a server on a free loopback port, the
# bearer token of agent@bizline.example injected at the collection level, the environment pointed
# at the server. Exits non-zero when any assertion fails. Usage: run_ctk.sh <bizline binary>
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
bin="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
ctk_dir="${BIZLINE_CTK_DIR:-$here/tmf621}"
newman="$here/node_modules/.bin/newman"
[[ -x "$newman" ]] || { echo "newman is not installed: run 'npm ci' in tests/ctk" >&2; exit 2; }

work="$(mktemp -d)"
server_pid=""
cleanup() {
  if [[ -n "$server_pid" ]]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

db="sqlite:$work/ctk.db"
"$bin" --catalog "$repo/catalog" demo --db "$db" >/dev/null
"$bin" --catalog "$repo/catalog" serve --db "$db" --listen 127.0.0.1:0 >"$work/server.out" 2>"$work/server.err" &
server_pid=$!

base=""
for _ in $(seq 1 300); do
  base="$(sed -n 's/^bizline listening on \(http:\/\/[^ ]*\)$/\1/p' "$work/server.out" | head -n1)"
  [[ -n "$base" ]] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.err" >&2; echo "the server did not start" >&2; exit 1; }
  sleep 0.1
done
[[ -n "$base" ]] || { echo "the server did not report its port within 30 s" >&2; exit 1; }

token="$(curl -sf --max-time 10 -H 'Content-Type: application/json' \
  -d '{"email":"agent@bizline.example","password":"demo"}' "$base/auth/login" |
  node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>process.stdout.write(JSON.parse(s).token))')"
[[ -n "$token" ]] || { echo "login as agent@bizline.example failed" >&2; exit 1; }

# The kit's collection and environment, with our token and our server filled in.
BIZLINE_TOKEN="$token" BIZLINE_BASE="$base" node - "$ctk_dir" "$work" <<'JS'
const fs = require("fs"), path = require("path");
const [dir, out] = process.argv.slice(2);
const pick = (re) => path.join(dir, fs.readdirSync(dir).find((f) => re.test(f)));
const collection = JSON.parse(fs.readFileSync(pick(/TMF621.*collection\.json$/)));
collection.auth = { type: "bearer", bearer: [{ key: "token", value: process.env.BIZLINE_TOKEN, type: "string" }] };
const env = JSON.parse(fs.readFileSync(pick(/environment\.json$/)));
env.values = env.values.filter((v) => v.key !== "TroubleTicketAPI");
env.values.push({ key: "TroubleTicketAPI", value: process.env.BIZLINE_BASE + "/tmf-api/troubleTicket/v4", enabled: true });
fs.writeFileSync(path.join(out, "collection.json"), JSON.stringify(collection));
fs.writeFileSync(path.join(out, "environment.json"), JSON.stringify(env));
JS

status=0
timeout 300 "$newman" run "$work/collection.json" -e "$work/environment.json" --timeout-request 10000 \
  --reporters cli,json --reporter-json-export "$work/report.json" --color off --disable-unicode || status=$?
node -e '
const r = require(process.argv[1]).run.stats;
console.log(`CTK TMF621: ${r.assertions.total - r.assertions.failed}/${r.assertions.total} assertions passed, ` +
            `${r.requests.total} requests`);
' "$work/report.json" || true
exit "$status"
