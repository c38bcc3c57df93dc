#!/usr/bin/env bash
# Yearbook-sized ingest: one document of 20,000 figures, once as distinct facts and once as repeated reports of
# four facts, each posted alone to a fresh service (the first request of a cold JVM); prints the seconds of each
# POST (goal: under 10 s on one core). Results: bench/ingest/RESULTS.md.
#   bench/ingest/yearbook.sh [FIGURES] [CPUS]     (defaults 20000 and 1: the service pinned to one core)
# Needs the machine's PostgreSQL on 127.0.0.1:5432 (trust auth); uses a fresh database it drops after.
set -euo pipefail
cd "$(dirname "$0")/../.."
figures=${1:-20000}; cpus=${2:-1}; port=18401; db=zhibiao_bench_yearbook; token=bench-token
jar=${JAR:-target/quarkus-app/quarkus-run.jar}   # JAR=… measures another build (e.g. the one before a change)
work=$(mktemp -d)
[ -f "$jar" ] || ./mvnw -B -q package -DskipTests
pin=""; command -v taskset >/dev/null && pin="taskset -c 0-$((cpus - 1))"
for mode in distinct repeated; do
  python3 bench/ingest/yearbook.py "$mode" "$work/$mode" "$figures"
done
service=""
stop() { if [ -n "$service" ]; then kill "$service" 2>/dev/null; wait "$service" 2>/dev/null || true; fi; service=""; }
trap 'stop; psql -h 127.0.0.1 -U postgres -q -c "DROP DATABASE IF EXISTS $db"; rm -rf "$work"' EXIT
for mode in distinct repeated; do
  psql -h 127.0.0.1 -U postgres -q -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
  ZHIBIAO_API_TOKENS=$token QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$db \
    QUARKUS_DATASOURCE_USERNAME=postgres ZHIBIAO_SEEDS_LOAD_AT_START=false \
    $pin java -XX:ActiveProcessorCount="$cpus" -Dquarkus.http.port=$port -jar "$jar" \
    > "$work/service-$mode.log" 2>&1 &
  service=$!
  for _ in $(seq 90); do curl -sf "localhost:$port/q/health/ready" >/dev/null && break; sleep 1; done
  echo -n "$mode: "
  python3 bench/ingest/post.py "$work/$mode" "http://localhost:$port" "$token" 1
  psql -h 127.0.0.1 -U postgres -d $db -Atc "SELECT '  stored: ' || (SELECT count(*) FROM observation) || ' observations, ' || (SELECT count(*) FROM fact) || ' facts'"
  stop
done
