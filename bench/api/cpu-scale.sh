#!/usr/bin/env bash
# CPU time per request of the four dashboard queries on the data bench/api/scale.sh left in its database (10,000,000
# observations), answer cache off: the service's JVM + its PostgreSQL backends (bench/cpu.py), after 200 warm-up
# requests, over N sequential requests. Steadier than latency on a shared machine: load slows a request, it does not
# add to its CPU. Builds alternate within a round; older builds run against the newer schema.
# Usage: bench/api/cpu-scale.sh ROUNDS JAR [JAR …]   (prints "jvm+postgres ms" per request and endpoint)
set -uo pipefail
cd "$(dirname "$0")/../.."
BENCH_DB=${BENCH_DB:-zhibiao_scale_bench}; PORT=${SERVICE_PORT:-18521}; N=${N:-200}
declare -A URLS=(
  [series]="/api/series?indicator=bench.i03&region=360102,360103,360104,360111,360112,360113,360121,360123,360124,420102"
  [aggregate]="/api/aggregate?indicator=bench.i03&parent=440000&level=county&period=2025"
  [latest]="/api/latest?indicator=bench.i04&parent=430000&level=county"
  [rankings]="/api/rankings?indicator=bench.i05&level=county&period=2023&limit=20"
)
rounds=$1; shift
for round in $(seq $rounds); do for b in "$@"; do
  QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$BENCH_DB QUARKUS_DATASOURCE_USERNAME=postgres \
    java -Xmx512m -Dquarkus.http.port=$PORT -Dzhibiao.seeds.load-at-start=false -Dzhibiao.reextract.at-start=false \
    -Dzhibiao.charts.prerender-at-start=false -Dzhibiao.http.response-cache.enabled=false \
    '-Dquarkus.flyway.ignore-migration-patterns=*:future,*:missing' -jar "$b" > /tmp/cpu-scale-service.log 2>&1 &
  pid=$!
  for _ in $(seq 240); do curl -sf localhost:$PORT/q/health/ready >/dev/null && break; sleep 0.5; done
  line="$(basename "$(dirname "$b")") r$round:"
  for name in aggregate latest rankings series; do
    url="http://127.0.0.1:$PORT${URLS[$name]}"
    for _ in $(seq 200); do curl -sf -o /dev/null "$url"; done   # warm-up
    python3 bench/cpu.py snapshot $pid $BENCH_DB > /tmp/cpu-scale.json
    for _ in $(seq $N); do curl -sf -o /dev/null "$url"; done
    c=$(python3 bench/cpu.py since /tmp/cpu-scale.json $pid $BENCH_DB)
    svc=$(echo "$c" | sed -E 's/service ([0-9.]+) s.*/\1/'); pg=$(echo "$c" | sed -E 's/.*PostgreSQL ([0-9.]+) s.*/\1/')
    line="$line $name $(python3 -c "print(f'{1000*$svc/$N:.2f}+{1000*$pg/$N:.2f}ms')")"
  done
  echo "$line (load $(cut -d' ' -f1 /proc/loadavg))"
  kill $pid; wait $pid 2>/dev/null
done; done
