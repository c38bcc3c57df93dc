#!/usr/bin/env bash
# Latency of the four dashboard queries over 10,000,000 generated observations spread over the whole
# gazetteer (200,000 documents), every request reaching PostgreSQL (answer cache off, no
# If-None-Match): the plan of each query (EXPLAIN ANALYZE of the SQL jOOQ sent), then p50 / p90 / p99
# over REQUESTS sequential requests per endpoint, with the default parameters a dashboard sends.
# Usage: bench/api/scale.sh   (BENCH_DB, BENCH_ROWS, BENCH_DOCS, SERVICE_PORT, REQUESTS, WARMUP_REQUESTS may be set)
# MEASURE_ONLY=1 skips the data and the plans and measures the data already in BENCH_DB, so that another build
# (JAR=…, EXTRA_OPTS=… for its flags) is measured on the same rows as the last run.
set -euo pipefail
BENCH_DB=${BENCH_DB:-zhibiao_scale_bench}
SERVICE_PORT=${SERVICE_PORT:-18520}
WORK=${WORK:-/tmp/zhibiao-bench-scale}
source "$(dirname "$0")/common.sh"
REQUESTS=${REQUESTS:-200}
WARMUP_REQUESTS=${WARMUP_REQUESTS:-200}
ROWS=${BENCH_ROWS:-10000000}
DOCS=${BENCH_DOCS:-200000}
trap 'stop_service' EXIT

ensure_database
[ -f "$ROOT/target/quarkus-app/quarkus-run.jar" ] && [ -z "${BUILD:-}" ] || build_service
BASE=http://127.0.0.1:$SERVICE_PORT
declare -A URLS=(
  [series-10-regions-10-years]="/api/series?indicator=bench.i03&region=360102,360103,360104,360111,360112,360113,360121,360123,360124,420102"
  [aggregate-province-counties]="/api/aggregate?indicator=bench.i03&parent=440000&level=county&period=2025"
  [latest-province-counties]="/api/latest?indicator=bench.i04&parent=430000&level=county"
  [rankings-counties-of-china]="/api/rankings?indicator=bench.i05&level=county&period=2023&limit=20"
)

if [ -z "${MEASURE_ONLY:-}" ]; then
start_service '-Dquarkus.log.category."org.jooq.tools.LoggerListener".level=DEBUG' -Dzhibiao.http.response-cache.enabled=false
started=$(date +%s)
"${PSQL[@]}" -d "$BENCH_DB" -v rows="$ROWS" -v docs="$DOCS" -v scope=all -f "$ROOT/bench/api/generate.sql"
echo "== data ready after $(( $(date +%s) - started )) s"
for name in $(printf '%s\n' "${!URLS[@]}" | sort); do
  before=$(grep -ac -- '-> with bind values' "$WORK/service.log" || true)
  curl -sf "$BASE${URLS[$name]}" >/dev/null
  sleep 0.5
  grep -a -- '-> with bind values' "$WORK/service.log" | tail -n +"$((before + 1))" \
    | sed 's/.*-> with bind values *: //' >"$WORK/$name.sql"
done
stop_service
for name in $(printf '%s\n' "${!URLS[@]}" | sort); do
  echo "== Plans of $name: ${URLS[$name]}"
  while IFS= read -r sql; do
    case "$sql" in *observation*) ;; *) continue ;; esac
    "${PSQL[@]}" -d "$BENCH_DB" -c "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) $sql" >"$WORK/$name.plan" 2>&1
    grep -E 'Index|Seq Scan|Execution Time|Planning Time' "$WORK/$name.plan" | sed 's/^ \{20,\}/    /' || true
    if grep -q 'Seq Scan on observation' "$WORK/$name.plan"; then echo "WARNING: sequential scan of observation"; fi
  done <"$WORK/$name.sql"
done
fi

start_service -Dzhibiao.http.response-cache.enabled=false ${EXTRA_OPTS:-}
echo "== $REQUESTS sequential requests each, answer cache off, $("${PSQL[@]}" -d "$BENCH_DB" -tAc 'select count(*) from observation') observations, $("${PSQL[@]}" -d "$BENCH_DB" -tAc 'select count(*) from document') documents"
printf '%-30s %10s %10s %10s %8s\n' endpoint p50_ms p90_ms p99_ms bytes
for name in $(printf '%s\n' "${!URLS[@]}" | sort); do
  url="$BASE${URLS[$name]}"
  # Warm-up: PostgreSQL caches, the pool, and the JIT (a service runs compiled code; 20 requests left the
  # ranking half interpreted: p50 57 ms after 20, 44 ms after 200 on the same build).
  for _ in $(seq 1 "$WARMUP_REQUESTS"); do curl -sf -o /dev/null "$url"; done
  bytes=$(curl -sf "$url" | wc -c)
  for _ in $(seq 1 "$REQUESTS"); do curl -sf -o /dev/null -w '%{time_total}\n' "$url"; done | sort -n >"$WORK/$name.times"
  awk -v name="$name" -v bytes="$bytes" '{ t[NR] = $1 * 1000 }
    END { printf "%-30s %10.2f %10.2f %10.2f %8s\n", name, t[int((NR * 50 + 99) / 100)], t[int((NR * 90 + 99) / 100)], t[int((NR * 99 + 99) / 100)], bytes }' \
    "$WORK/$name.times"
done
