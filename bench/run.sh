#!/usr/bin/env bash
# Runs every benchmark (each runs its peer side by side and prints the ratio).
set -euo pipefail
cd "$(dirname "$0")"
for b in */run.sh; do
  echo "== ${b%/run.sh}"
  bash "$b"
done
