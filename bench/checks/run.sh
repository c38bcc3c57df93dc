#!/usr/bin/env bash
# Checks benchmark: a corpus of honest series and look-alikes with 230 injected errors of the five kinds
# (generate.py), loaded straight into a fresh database; the service recomputes every finding (POST /api/admin/checks)
# and score.py prints recall and precision.
#   bench/checks/run.sh [SEED]
# Needs the machine's PostgreSQL on 127.0.0.1:5432 (trust auth); uses a fresh database it drops after.
set -euo pipefail
cd "$(dirname "$0")/../.."
seed=${1:-20261207}; port=18420; db=zhibiao_bench_checks; token=bench-token
work=$(mktemp -d)
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
psql -h 127.0.0.1 -U postgres -q -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
ZHIBIAO_API_TOKENS=$token QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$db \
  QUARKUS_DATASOURCE_USERNAME=postgres ZHIBIAO_SEEDS_LOAD_AT_START=false ZHIBIAO_REEXTRACT_AT_START=false \
  java -Dquarkus.http.port=$port -jar target/quarkus-app/quarkus-run.jar > "$work/service.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; psql -h 127.0.0.1 -U postgres -q -c "DROP DATABASE IF EXISTS $db"; rm -rf "$work"' EXIT
for _ in $(seq 90); do curl -sf "localhost:$port/q/health/ready" >/dev/null && break; sleep 1; done
python3 bench/checks/generate.py src/main/resources/regions/cn-divisions.csv "$work/corpus.sql" "$work/truth.tsv" "$seed"
psql -h 127.0.0.1 -U postgres -d $db -q -v ON_ERROR_STOP=1 -f "$work/corpus.sql"
echo "rebuild: $(curl -sf -X POST -H "Authorization: Bearer $token" "localhost:$port/api/admin/checks")"
(cd bench/checks && python3 score.py "http://localhost:$port" "$work/truth.tsv")
