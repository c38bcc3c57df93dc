#!/usr/bin/env bash
# Latency of the read API over 1,000,000 generated observations, every request reaching PostgreSQL
# (the in-memory answer cache is off, no If-None-Match is sent): prints the query plan of
# /api/aggregate, then median / p90 / p99 over 200 sequential requests per endpoint.
# Usage: bench/api/million.sh   (BENCH_DB, BENCH_ROWS, SERVICE_PORT, REQUESTS may be set)
set -euo pipefail
source "$(dirname "$0")/common.sh"
REQUESTS=${REQUESTS:-200}
trap 'stop_service' EXIT

ensure_database
[ -f "$ROOT/target/quarkus-app/quarkus-run.jar" ] && [ -z "${BUILD:-}" ] || build_service
BASE=http://127.0.0.1:$SERVICE_PORT
AGGREGATE="/api/aggregate?indicator=bench.i03&parent=360000&level=county&period=2025&fn=sum"
declare -A URLS=(
  [aggregate-province-counties]="$AGGREGATE"
  [aggregate-city-counties]="/api/aggregate?indicator=bench.i07&parent=420100&level=county&period=2024"
  [latest-counties-of-province]="/api/latest?indicator=bench.i03&parent=430000&level=county"
  [rankings-4-provinces]="/api/rankings?indicator=bench.i05&level=county&period=2023&limit=20"
  [series-10-regions-10-years]="/api/series?indicator=bench.i03&region=360102,360103,360104,360111,360112,360113,360121,360123,360124,420102"
)

# 1. Schema (the service migrates at start) and data, then the SQL jOOQ sends, from its debug log.
start_service '-Dquarkus.log.category."org.jooq.tools.LoggerListener".level=DEBUG' -Dzhibiao.http.response-cache.enabled=false
generate_data
curl -sf "$BASE$AGGREGATE" >/dev/null
SQL=$(grep -a -- '-> with bind values' "$WORK/service.log" | grep -a 'with recursive' | tail -1 | sed 's/.*-> with bind values *: //')
stop_service
echo "== Plan of $AGGREGATE"
"${PSQL[@]}" -d "$BENCH_DB" -c "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) $SQL" | tee "$WORK/aggregate-plan.txt" \
  | grep -E 'Index|Seq Scan|Execution Time|Planning Time' || true
if grep -q 'Seq Scan on observation' "$WORK/aggregate-plan.txt"; then echo "WARNING: sequential scan of observation"; fi

# 2. Latency, without debug logging.
start_service -Dzhibiao.http.response-cache.enabled=false
echo "== $REQUESTS sequential requests each, answer cache off, $("${PSQL[@]}" -d "$BENCH_DB" -tAc 'select count(*) from observation') observations"
printf '%-30s %10s %10s %10s %8s\n' endpoint median_ms p90_ms p99_ms bytes
for name in $(printf '%s\n' "${!URLS[@]}" | sort); do
  url="$BASE${URLS[$name]}"
  for _ in $(seq 1 20); do curl -sf -o /dev/null "$url"; done   # warm-up: JIT, pool, PostgreSQL caches
  bytes=$(curl -sf "$url" | wc -c)
  for _ in $(seq 1 "$REQUESTS"); do curl -sf -o /dev/null -w '%{time_total}\n' "$url"; done | sort -n >"$WORK/$name.times"
  awk -v name="$name" -v bytes="$bytes" '{ t[NR] = $1 * 1000 }
    END { printf "%-30s %10.2f %10.2f %10.2f %8s\n", name, t[int((NR * 50 + 99) / 100)], t[int((NR * 90 + 99) / 100)], t[int((NR * 99 + 99) / 100)], bytes }' \
    "$WORK/$name.times"
done
