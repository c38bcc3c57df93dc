#!/usr/bin/env bash
# Stream benchmark (issue 14): starts the packaged service on the machine's PostgreSQL, opens CLIENTS (1,000)
# Server-Sent Events streams to /api/stream with a small Node client (clients.mjs, Node 20, no packages), posts
# ROUNDS (5) articles and measures, per client, the delay from each POST's 201 to the change event of that
# document (p50/p99; goal p99 <= 1 s), the memory per client (heap after a full GC and RSS, before vs after
# connecting) and the latency of ordinary /api/series polls before and during the run. Stops what it started.
# Usage: bench/stream/run.sh   (CLIENTS, ROUNDS, BENCH_DB, SERVICE_PORT; BUILD=1 rebuilds the jar)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BENCH_DB=${BENCH_DB:-zhibiao_stream_bench}
SERVICE_PORT=${SERVICE_PORT:-18520}
WORK=${WORK:-/tmp/zhibiao-bench-stream}
CLIENTS=${CLIENTS:-1000}
ROUNDS=${ROUNDS:-5}
PSQL=(psql -h 127.0.0.1 -U postgres -X -q)
SERVICE_PID=
mkdir -p "$WORK"
trap '[ -n "$SERVICE_PID" ] && kill "$SERVICE_PID" 2>/dev/null && wait "$SERVICE_PID" 2>/dev/null; true' EXIT

# Both ends hold one socket per client.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
[ "$(ulimit -n)" -gt $((CLIENTS + 200)) ] || { echo "ulimit -n $(ulimit -n) is too low for $CLIENTS clients"; exit 1; }

if ! "${PSQL[@]}" -d postgres -tAc "select 1 from pg_database where datname = '$BENCH_DB'" | grep -q 1; then
  "${PSQL[@]}" -d postgres -c "create database $BENCH_DB"
fi
if [ ! -f "$ROOT/target/quarkus-app/quarkus-run.jar" ] || [ -n "${BUILD:-}" ]; then
  (cd "$ROOT" && ./mvnw -B -q package -DskipTests) >"$WORK/build.log" 2>&1 || { tail -30 "$WORK/build.log"; exit 1; }
fi

cd "$ROOT"
QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$BENCH_DB QUARKUS_DATASOURCE_USERNAME=postgres \
ZHIBIAO_API_TOKENS=bench-token \
  java -Xmx512m -Dquarkus.http.port="$SERVICE_PORT" -Dzhibiao.reextract.at-start=false \
  -Dzhibiao.charts.prerender-at-start=false -Dzhibiao.limits.enabled=false \
  -jar "$ROOT/target/quarkus-app/quarkus-run.jar" >"$WORK/service.log" 2>&1 &
SERVICE_PID=$!
for _ in $(seq 1 240); do
  curl -sf "http://127.0.0.1:$SERVICE_PORT/q/health/ready" >/dev/null && break
  kill -0 "$SERVICE_PID" 2>/dev/null || { tail -30 "$WORK/service.log"; exit 1; }
  sleep 0.5
done

# Heap used after a full GC, and resident set size, of the service (bytes).
cat >"$WORK/measure.sh" <<MEASURE
#!/usr/bin/env bash
jcmd $SERVICE_PID GC.run >/dev/null; sleep 1
heap=\$(jcmd $SERVICE_PID GC.heap_info | awk '/garbage-first heap|def new generation|PSYoungGen|total/ && /used/ { for (i = 1; i <= NF; i++) if (\$i == "used") { v = \$(i + 1); sub(/K,?/, "", v); print v * 1024; exit } }')
rss=\$(awk '/VmRSS/ { print \$2 * 1024 }' /proc/$SERVICE_PID/status)
echo "\$heap \$rss"
MEASURE
chmod +x "$WORK/measure.sh"

echo "== $CLIENTS streams, $ROUNDS posts; $(nproc) cores shared with the clients, PostgreSQL and other work"
BASE=http://127.0.0.1:$SERVICE_PORT CLIENTS=$CLIENTS ROUNDS=$ROUNDS MEASURE="$WORK/measure.sh" \
  node "$ROOT/bench/stream/clients.mjs" | tee "$WORK/result.json"
curl -s "http://127.0.0.1:$SERVICE_PORT/q/metrics" | grep '^zhibiao_stream_clients' || true
