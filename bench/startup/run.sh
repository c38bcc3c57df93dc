#!/usr/bin/env bash
# Time from process start to /q/health/ready = 200, and resident memory then, for the packaged service.
#   bench/startup/run.sh                 # embedded PostgreSQL (run as a normal user), data in a temp folder
#   QUARKUS_DATASOURCE_JDBC_URL=… bench/startup/run.sh   # an external server
set -euo pipefail
cd "$(dirname "$0")/../.."
port=${PORT:-18300}
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
data=$(mktemp -d)
for run in first second; do
  start=$(date +%s%N)
  java -Dquarkus.http.port=$port -Dzhibiao.embedded-db.dir="$data/pg" -jar target/quarkus-app/quarkus-run.jar > "$data/log.$run" 2>&1 &
  pid=$!
  until curl -sf "localhost:$port/q/health/ready" > /dev/null; do
    kill -0 $pid 2>/dev/null || { cat "$data/log.$run"; exit 1; }
    sleep 0.05
  done
  ready=$(( ($(date +%s%N) - start) / 1000000 ))
  rss=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status)
  echo "$run start: ready after ${ready} ms, RSS ${rss} MiB (JVM only; an embedded PostgreSQL runs in its own processes)"
  kill $pid; wait $pid 2>/dev/null || true
done
rm -rf "$data"
