#!/usr/bin/env bash
# Ingest benchmark: 1,000 distinct articles (variants of the seed page) through POST /api/documents.
#   bench/ingest/run.sh [N] [THREADS]
# Needs the machine's PostgreSQL on 127.0.0.1:5432 (trust auth); uses a fresh database it drops after.
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-1000}; threads=${2:-4}; port=18400; db=zhibiao_bench_ingest; token=bench-token
jar=${JAR:-target/quarkus-app/quarkus-run.jar}   # JAR=… measures another build (e.g. the one before a change)
work=$(mktemp -d)
[ -f "$jar" ] || ./mvnw -B -q package -DskipTests
psql -h 127.0.0.1 -U postgres -q -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
python3 bench/ingest/generate.py seeds "$work/articles" "$n"
ZHIBIAO_API_TOKENS=$token QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$db \
  QUARKUS_DATASOURCE_USERNAME=postgres ZHIBIAO_SEEDS_LOAD_AT_START=false \
  java -Dquarkus.http.port=$port -jar "$jar" > "$work/service.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; psql -h 127.0.0.1 -U postgres -q -c "DROP DATABASE IF EXISTS $db"; rm -rf "$work"' EXIT
for _ in $(seq 180); do curl -sf "localhost:$port/q/health/ready" >/dev/null && break; sleep 1; done
python3 bench/cpu.py snapshot $pid $db > "$work/cpu.json"   # CPU per run, steadier than wall time on a shared machine
python3 bench/ingest/post.py "$work/articles" "http://localhost:$port" "$token" "$threads"
echo "cpu: $(python3 bench/cpu.py since "$work/cpu.json" $pid $db) (load $(cut -d' ' -f1-3 /proc/loadavg))"
psql -h 127.0.0.1 -U postgres -d $db -Atc "SELECT 'stored: ' || (SELECT count(*) FROM document) || ' documents, ' || (SELECT count(*) FROM observation) || ' observations'"
