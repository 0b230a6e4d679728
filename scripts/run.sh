#!/usr/bin/env bash
# `make run`: migrate var/bizline.db, load demo data when the database is empty, and serve.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-build/release/bizline}
db=${BIZLINE_DB:-sqlite:var/bizline.db}
listen=${BIZLINE_LISTEN:-127.0.0.1:8080}

"$bin" migrate --db "$db"
"$bin" demo --db "$db"
echo
echo "Open: http://$listen/   (rep@acme.example or agent@bizline.example, password demo)"
echo "Try:  curl -s http://$listen/healthz"
echo "      TOKEN=\$(curl -s -XPOST http://$listen/auth/login -H 'Content-Type: application/json' \\"
echo "               -d '{\"email\":\"agent@bizline.example\",\"password\":\"demo\"}' | sed 's/.*\"token\":\"\\([^\"]*\\)\".*/\\1/')"
echo "      curl -s -H \"Authorization: Bearer \$TOKEN\" http://$listen/tmf-api/customerManagement/v4/customer"
echo "API description: http://$listen/openapi.json   (Ctrl-C stops the server)"
echo
exec "$bin" serve --db "$db" --listen "$listen"
