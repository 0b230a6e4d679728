#!/usr/bin/env bash
# bench/usage: metering RADIUS accounting records into per-line, per-Europe/Brussels-month
# volumes, side by side in one run on the same generated CSV: PostgreSQL (COPY, then one window
# query), SQLite (.import, then the same query), a plain single-thread C++ streaming baseline
# (bench/usage/baseline.cpp) and `bizline usage import`. Every contender's volumes are checked
# against the generator's truth; any mismatch fails the run (exit 1) after all have run.
#   bench/usage/run.sh [N_records] [N_lines]        (defaults 10000000 100000)
#   env: BIZLINE_BIN (default build/release/bizline), SEED (default 1), KEEP=1 keeps the temp dir
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
n_records=${1:-10000000}
n_lines=${2:-100000}
seed=${SEED:-1}
biz=${BIZLINE_BIN:-$root/build/release/bizline}
gen_src=${USAGE_GEN:-$root/../shared/usage/gen.c}

# Packages this bench needs, installed the way scripts/deps.sh does, only when missing.
need=()
command -v sqlite3 >/dev/null || need+=(sqlite3)
command -v psql >/dev/null || need+=(postgresql-client)
ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1 || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "installing: ${need[*]}"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${need[@]}"
fi
[ -f "$gen_src" ] || { echo "generator not found: $gen_src (set USAGE_GEN)" >&2; exit 1; }

load_start=$(cut -d' ' -f1-3 /proc/loadavg)
work=$(mktemp -d /tmp/bizline-bench-usage.XXXXXX)
chmod 755 "$work"  # the PostgreSQL server (user postgres) reads the CSV with a server-side COPY
source "$root/scripts/pg_throwaway.sh"
cleanup() {
  pg_stop
  if [ "${KEEP:-0}" = 1 ]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

echo "== compiling gen.c and baseline.cpp (gcc/g++ -O2)"
gcc -O2 -o "$work/gen" "$gen_src" -lm
g++ -O2 -std=c++17 -o "$work/baseline" "$here/baseline.cpp"

echo "== generating $n_records records for $n_lines lines (seed $seed)"
records="$work/records.csv"
"$work/gen" "$n_records" "$n_lines" "$seed" "$records" "$work/lines.csv" "$work/truth.csv"
chmod 644 "$records"
echo "records.csv: $(du -h "$records" | cut -f1)"
# truth.csv: user_name,month,volume_bytes,cap_bytes,level; the SQL and baseline rows have 3 columns
tail -n +2 "$work/truth.csv" | LC_ALL=C sort >"$work/truth5.csv"
cut -d, -f1-3 "$work/truth5.csv" >"$work/truth3.csv"
[ "$(awk -F, '$2 != "2025-03" && $2 != "2025-04"' "$work/truth5.csv" | wc -l)" -eq 0 ] \
  || { echo "truth has months other than 2025-03/2025-04: the SQLite CASE below only knows 2025" >&2; exit 1; }

failed=0
declare -A secs rss note status

# timed NAME CMD...: runs CMD under /usr/bin/time, keeps wall seconds and peak RSS (KB) of CMD.
timed() {
  local name=$1; shift
  local rc=0
  /usr/bin/time -o "$work/$name.time" -f '%e %M' "$@" || rc=$?
  local t m
  read -r t m < <(tail -n 1 "$work/$name.time")
  secs[$name]=$t
  rss[$name]=$m
  return $rc
}

# check NAME GOT EXPECTED: sorted CSV comparison; a mismatch is reported loudly and fails the run.
check() {
  local name=$1 got=$2 want=$3
  LC_ALL=C sort -o "$got" "$got"
  if cmp -s "$got" "$want"; then
    status[$name]="exact"
  else
    status[$name]="MISMATCH"
    failed=1
    echo "!!!!! $name: volumes DO NOT match truth.csv ($(wc -l <"$got") rows vs $(wc -l <"$want") expected); first differences:" >&2
    diff "$want" "$got" | head -n 10 >&2 || true
  fi
}

sum() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a + b }'; }
max() { if [ "$1" -gt "$2" ]; then echo "$1"; else echo "$2"; fi; }

# --- the plain C++ baseline -------------------------------------------------------------------
echo "== baseline (single-thread C++, ifstream/getline, unordered_map)"
timed baseline "$work/baseline" "$records" >"$work/baseline.out"
check baseline "$work/baseline.out" "$work/truth3.csv"

# --- the SQL contenders: the same query, each in its dialect -----------------------------------
# A session's counter: input + output, each octets + (gigawords << 32). DISTINCT drops
# retransmits (identical rows); LAG over the session in event-time order (ties by counter) gives
# the growth, from 0 for the first record; GREATEST/MAX(0, ...) keeps a counter that goes
# backwards (an Interim-Update stamped after its Stop) from giving negative volume.
cat >"$work/pg_load.sql" <<EOF
\set ON_ERROR_STOP 1
CREATE TABLE acct (
  acct_status_type text, acct_session_id text, user_name text,
  acct_input_octets bigint, acct_output_octets bigint,
  acct_input_gigawords bigint, acct_output_gigawords bigint, event_timestamp bigint);
COPY acct FROM '$records' (FORMAT csv, HEADER true);
EOF
cat >"$work/pg_query.sql" <<'EOF'
\set ON_ERROR_STOP 1
SELECT pg_backend_pid() AS pid \gset
COPY (
  WITH d AS (SELECT DISTINCT * FROM acct),
  c AS (SELECT user_name, acct_session_id, event_timestamp AS ts,
               acct_input_octets + (acct_input_gigawords << 32)
             + acct_output_octets + (acct_output_gigawords << 32) AS counter
        FROM d),
  g AS (SELECT user_name, ts,
               counter - LAG(counter, 1, 0::bigint) OVER (PARTITION BY user_name, acct_session_id
                                                          ORDER BY ts, counter) AS growth
        FROM c)
  SELECT user_name, to_char(to_timestamp(ts) AT TIME ZONE 'Europe/Brussels', 'YYYY-MM') AS month,
         SUM(GREATEST(0, growth)) AS volume_bytes
  FROM g GROUP BY 1, 2 ORDER BY 1, 2
) TO STDOUT (FORMAT csv);
\setenv BACKEND_PID :pid
\! awk '/VmHWM/ {print $2}' /proc/$BACKEND_PID/status > "$BENCH_PG_HWM"
EOF

# SQLite has no time zones: the Brussels offset comes from a CASE on 2025's two EU transitions
# (2025-03-30T01:00Z = 1743296400, 2025-10-26T01:00Z = 1761440400). The generator's records all
# fall in 2025 (checked above through truth.csv's months), so this is exact for this data only.
cat >"$work/sqlite_load.sql" <<EOF
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
CREATE TABLE acct (
  acct_status_type TEXT, acct_session_id TEXT, user_name TEXT,
  acct_input_octets INTEGER, acct_output_octets INTEGER,
  acct_input_gigawords INTEGER, acct_output_gigawords INTEGER, event_timestamp INTEGER);
.import --csv --skip 1 $records acct
EOF
cat >"$work/sqlite_query.sql" <<'EOF'
.mode list
.separator , "\n"
.headers off
WITH d AS (SELECT DISTINCT * FROM acct),
c AS (SELECT user_name, acct_session_id, event_timestamp AS ts,
             acct_input_octets + (acct_input_gigawords << 32)
           + acct_output_octets + (acct_output_gigawords << 32) AS counter
      FROM d),
g AS (SELECT user_name, ts,
             counter - LAG(counter, 1, 0) OVER (PARTITION BY user_name, acct_session_id
                                                ORDER BY ts, counter) AS growth
      FROM c)
SELECT user_name,
       strftime('%Y-%m', ts + CASE WHEN ts >= 1743296400 AND ts < 1761440400 THEN 7200 ELSE 3600 END,
                'unixepoch') AS month,
       SUM(MAX(0, growth)) AS volume_bytes
FROM g GROUP BY 1, 2 ORDER BY 1, 2;
EOF

echo "== SQLite $(sqlite3 --version | awk '{print $1}') (file, journal off, synchronous off)"
export SQLITE_TMPDIR="$work"  # its sorter spills next to the database, not in /var/tmp
timed sqlite_load sqlite3 "$work/sqlite.db" <"$work/sqlite_load.sql" >/dev/null
timed sqlite_query sqlite3 "$work/sqlite.db" <"$work/sqlite_query.sql" >"$work/sqlite.out"
secs[sqlite]=$(sum "${secs[sqlite_load]}" "${secs[sqlite_query]}")
rss[sqlite]=$(max "${rss[sqlite_load]}" "${rss[sqlite_query]}")
note[sqlite]="(.import ${secs[sqlite_load]} s + query ${secs[sqlite_query]} s)"
check sqlite "$work/sqlite.out" "$work/truth3.csv"
rm -f "$work/sqlite.db"

pg_start >/dev/null
pg_version=$(psql "$BIZLINE_TEST_PG" -XAtc "SHOW server_version" | awk '{print $1}')
echo "== PostgreSQL $pg_version (throwaway, loopback, fsync off, default work_mem)"
timed pg_load psql "$BIZLINE_TEST_PG" -X -q -f "$work/pg_load.sql"
export BENCH_PG_HWM="$work/pg_backend_hwm"
timed pg_query psql "$BIZLINE_TEST_PG" -X -q -f "$work/pg_query.sql" >"$work/pg.out"
secs[pg]=$(sum "${secs[pg_load]}" "${secs[pg_query]}")
rss[pg]=$(cat "$BENCH_PG_HWM")  # the server backend that ran the query; psql itself stays small
note[pg]="(COPY ${secs[pg_load]} s + query ${secs[pg_query]} s; RSS: the query's server backend, psql ${rss[pg_query]} KB)"
check pg "$work/pg.out" "$work/truth3.csv"
pg_stop

# --- bizline -----------------------------------------------------------------------------------
bizline_ran=0
if [ ! -x "$biz" ]; then
  echo "== bizline: SKIPPED, no binary at $biz (make build, or set BIZLINE_BIN)"
elif ! "$biz" line import --help 2>&1 | grep -qE 'Usage: .*line import'; then
  echo "== bizline: SKIPPED, '$(basename "$biz") line import' does not exist yet in $biz (the lines must be imported before the usage)"
else
  echo "== bizline ($biz, SQLite file)"
  export BIZLINE_DB="sqlite:$work/bizline.db"
  export BIZLINE_CATALOG="$root/catalog"
  # The lines, from gen's lines.csv (user_name,cap_bytes): 100 GB -> internet-essential,
  # 3 TB -> business-internet-fiber (copper is pending, X-25), 6 TB -> business-internet-fiber with business-fiber-2500;
  # spread over up to 1,000 customers with valid Belgian enterprise numbers (mod 97), 25 employees
  # each (CON-004: a Client has more than nine), a site address "street and number, post code city".
  awk -F, -v n_lines="$n_lines" '
    BEGIN {
      print "user_name,enterprise_number,customer_name,employees,site_address,formula,options,activation_date"
      customers = n_lines < 1000 ? n_lines : 1000
      split("Rue de la Loi 16, 1000 Brussel|Meir 24, 2000 Antwerpen|Veldstraat 55, 9000 Gent|Place Saint-Lambert 8, 4000 Liege|Bondgenotenlaan 101, 3000 Leuven|Steenstraat 12, 8000 Brugge|Grand-Place 3, 7000 Mons|Rue de Fer 30, 5000 Namur", street, "|")
    }
    NR == 1 { next }
    {
      c = (NR - 2) % customers
      base = 10000000 + c * 9973                    # 8 digits, leading 1
      number = sprintf("%08d%02d", base, 97 - base % 97)
      if ($2 == 100000000000) { formula = "internet-essential"; options = "" }
      else if ($2 == 3000000000000) { formula = "business-internet-fiber"; options = "" }
      else if ($2 == 6000000000000) { formula = "business-internet-fiber"; options = "business-fiber-2500" }
      else { print "unexpected cap " $2 > "/dev/stderr"; exit 1 }
      printf "%s,%s,Bench Customer %04d BV,25,\"%s\",%s,%s,2025-01-15\n", $1, number, c, street[c % 8 + 1], formula, options
    }' "$work/lines.csv" >"$work/bizline_lines.csv"
  "$biz" migrate >/dev/null
  "$biz" line import "$work/bizline_lines.csv" >"$work/line_import.out" 2>&1 \
    || { head -n 20 "$work/line_import.out" >&2; echo "bizline line import failed" >&2; exit 1; }
  echo "line import: $(tail -n 1 "$work/line_import.out")"
  rc=0
  timed bizline "$biz" usage import "$records" >"$work/usage_import.out" 2>"$work/usage_import.err" || rc=$?
  echo "usage import: $(tail -n 1 "$work/usage_import.out")"
  if [ "$rc" -ne 0 ]; then
    head -n 5 "$work/usage_import.err" >&2
    echo "!!!!! bizline usage import exited $rc" >&2
    failed=1
  fi
  : >"$work/bizline.out"
  for month in 2025-03 2025-04; do
    "$biz" usage report --month "$month" >"$work/report-$month.csv" 2>"$work/report-$month.err"
    if grep -q unmatched "$work/report-$month.err"; then  # users no imported line carries
      echo "!!!!! bizline usage report --month $month: $(grep -c unmatched "$work/report-$month.err") unmatched users:" >&2
      grep unmatched "$work/report-$month.err" | head -n 5 >&2
      failed=1
    fi
    tail -n +2 "$work/report-$month.csv" >>"$work/bizline.out"
  done
  check bizline "$work/bizline.out" "$work/truth5.csv"  # all five columns: volume, cap and level
  note[bizline]="(usage import only; RSS of the bizline process)"
  bizline_ran=1
fi

# --- results -----------------------------------------------------------------------------------
rate() { awk -v n="$n_records" -v s="$1" 'BEGIN { if (s > 0) printf "%.0f", n / s; else print "inf" }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "inf" }'; }
echo
echo "$n_records records, $n_lines lines, seed $seed; $(nproc) cores; CSV in the page cache for every contender"
echo "load average at the start: $load_start; at the end: $(cut -d' ' -f1-3 /proc/loadavg) (wall-clock ratios need a quiet machine)"
printf '%-10s %10s %14s %14s %-8s %s\n' contender seconds records/s "peak RSS MB" volumes ""
for name in pg sqlite baseline bizline; do
  [ -n "${secs[$name]:-}" ] || continue
  printf '%-10s %10s %14s %14s %-8s %s\n' "$name" "${secs[$name]}" "$(rate "${secs[$name]}")" \
    "$(awk -v k="${rss[$name]}" 'BEGIN { printf "%.1f", k / 1024 }')" "${status[$name]}" "${note[$name]:-}"
done
if [ "$bizline_ran" = 1 ]; then
  vs_base=$(ratio "${secs[baseline]}" "${secs[bizline]}")
  vs_pg=$(ratio "${secs[pg]}" "${secs[bizline]}")
  verdict() { awk -v v="$1" -v g="$2" 'BEGIN { print (v >= g) ? "goal met" : "GOAL MISSED" }'; }
  echo "bizline / baseline:   ${vs_base}x records/s   (goal >= 2x: $(verdict "$vs_base" 2))"
  echo "bizline / PostgreSQL: ${vs_pg}x records/s   (goal >= 14x: $(verdict "$vs_pg" 14))"
  echo "bizline peak RSS:     $(awk -v k="${rss[bizline]}" 'BEGIN { printf "%.1f", k / 1024 }') MB   (goal <= 256 MB: $(awk -v k="${rss[bizline]}" 'BEGIN { print (k <= 256 * 1024) ? "goal met" : "GOAL MISSED" }'))"
  echo "bizline volumes:      ${status[bizline]}"
else
  echo "bizline: not run (see above); baseline / PostgreSQL: $(ratio "${secs[pg]}" "${secs[baseline]}")x records/s"
fi
if [ "$failed" != 0 ]; then
  echo "!!!!! FAILED: at least one contender's volumes differ from truth.csv (see above)" >&2
  exit 1
fi
