#!/usr/bin/env bash
# Time from process start to /q/health/ready = 200, and resident memory then, for the packaged service.
#   QUARKUS_DATASOURCE_JDBC_URL=… bench/startup/run.sh   # a PostgreSQL server
# The packaged application carries no embedded PostgreSQL (only quarkus:dev and the tests start one).
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${QUARKUS_DATASOURCE_JDBC_URL:?set it to a PostgreSQL, e.g. jdbc:postgresql://127.0.0.1:5432/zhibiao (and QUARKUS_DATASOURCE_USERNAME)}"
port=${PORT:-18300}
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
data=$(mktemp -d)
for run in first second; do
  start=$(date +%s%N)
  java -Dquarkus.http.port=$port -jar target/quarkus-app/quarkus-run.jar > "$data/log.$run" 2>&1 &
  pid=$!
  until curl -sf "localhost:$port/q/health/ready" > /dev/null; do
    kill -0 $pid 2>/dev/null || { cat "$data/log.$run"; exit 1; }
    sleep 0.05
  done
  ready=$(( ($(date +%s%N) - start) / 1000000 ))
  rss=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status)
  echo "$run start: ready after ${ready} ms, RSS ${rss} MiB"
  kill $pid; wait $pid 2>/dev/null || true
done
rm -rf "$data"
