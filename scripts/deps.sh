#!/usr/bin/env bash
# Installs the Debian packages bizline needs to build, run and test, only when one is missing.
# Usage: scripts/deps.sh run|test   (test also installs PostgreSQL, nginx, wrk, an SMTP peer and
# the chromium the browser tests drive)
set -euo pipefail

run_pkgs=(
  build-essential cmake ninja-build pkg-config
  libboost-dev libboost-system-dev nlohmann-json3-dev libsimdjson-dev
  libsoci-dev libsqlite3-dev libpq-dev libhowardhinnant-date-dev libdate-tz3 tzdata
  libcli11-dev libspdlog-dev libfmt-dev libsodium-dev libssl-dev libcurl4-openssl-dev
  libyaml-cpp-dev sqlite3
  libcairo2-dev fonts-dejavu-core  # PDF reports (src/pdf/): cairo draws, DejaVu Sans is embedded
  curl jq  # the README's walk-through uses them against `make run`
)
test_pkgs=(
  libgtest-dev libgmock-dev googletest librapidcheck-dev libbenchmark-dev
  postgresql postgresql-client python3 python3-aiosmtpd wrk nginx clang-format
  chromium  # the browser tests drive Debian's chromium through playwright-core
  poppler-utils  # pdftotext and pdffonts read the PDF reports back
  freeradius-utils  # radclient: the RADIUS conformance tests
  prometheus  # promtool: the /metrics output is checked by `promtool check metrics`
)

wanted=("${run_pkgs[@]}")
# The web portal is bundled at build time (web/build.mjs). Node may come from elsewhere than
# Debian (it does on our CI image); only install it when absent.
command -v npm >/dev/null 2>&1 || wanted+=(nodejs npm)
[ "${1:-run}" = test ] && wanted+=("${test_pkgs[@]}")

missing=()
for p in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "installing: ${missing[*]}"
$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
