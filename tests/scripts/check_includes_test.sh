#!/usr/bin/env bash
# The include checker (scripts/check_includes.py): the real tree passes, and each kind of planted
# violation in a copy of it fails, naming the file and line.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
checker="$repo/scripts/check_includes.py"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 "$checker" "$repo/src" >/dev/null || { echo "FAIL: the real tree breaks the layering"; exit 1; }

plant() {  # plant <file under src> <include line> <expected text of the report; @ is file:line>
  rm -rf "$work/src" && cp -r "$repo/src" "$work/src"
  local file="$work/src/$1"
  printf '%s\n' "$2" >>"$file"
  local line
  line=$(wc -l <"$file")
  local out status=0
  out=$(python3 "$checker" "$work/src" 2>&1) || status=$?
  if [ "$status" -eq 0 ]; then echo "FAIL: '$2' in $1 was not reported"; exit 1; fi
  local expected="${3//@/src/$1:$line}"
  if ! grep -qF "$expected" <<<"$out"; then
    echo "FAIL: expected '$expected' in:"; echo "$out"; exit 1
  fi
  echo "ok: $expected"
}

plant domain/sla/priority.h '#include "app/core/clock.h"' "@: domain may not include app/core/clock.h"
plant app/ticketing/ticket_service.cpp '#include "storage/core/soci_storage.h"' "@: app may not include storage/core/soci_storage.h"
plant app/ticketing/ticket_service.cpp '#include "http/core/api.h"' "@: app may not include http/core/api.h"
plant storage/core/statement.h '#include "http/core/router.h"' "@: storage may not include http/core/router.h"
# The document writer knows no capability: it draws what http gives it.
plant pdf/document.h '#include "app/core/clock.h"' "@: pdf may not include app/core/clock.h"
plant app/core/page.h '#include "app/ticketing/ports.h"' "@: app/core may not include app/ticketing/ports.h"
plant domain/core/money.h '#include "domain/sla/priority.h"' "@: domain/core may not include domain/sla/priority.h"
# ipam -> inventory while inventory -> ipam: the cycle the ProductId move removed.
plant domain/ipam/ip_block.h '#include "domain/inventory/product.h"' "ipam -> inventory (@)"
# inventory -> ticketing while ticketing -> inventory: what the LineTierFollower port avoids.
plant app/inventory/product_service.cpp '#include "app/ticketing/ticket_changes.h"' "inventory -> ticketing (@)"
# A file outside every capability folder.
rm -rf "$work/src" && cp -r "$repo/src" "$work/src" && printf '#pragma once\n' >"$work/src/http/loose.h"
if out=$(python3 "$checker" "$work/src" 2>&1); then echo "FAIL: http/loose.h was not reported"; exit 1; fi
grep -qF "src/http/loose.h:1: http/loose.h is in no capability folder" <<<"$out" || { echo "FAIL: $out"; exit 1; }
echo "ok: http/loose.h is in no capability folder"
echo "check_includes: all planted violations reported"
