# Shared by the API benchmark scripts: ports, database, service start and stop.
BENCH_DB=${BENCH_DB:-zhibiao_h5_bench}
# BENCH_SCHEMA: keep the bench data in this schema of BENCH_DB (a database shared with tests); JAR: another build.
BENCH_SCHEMA=${BENCH_SCHEMA:-}
[ -n "$BENCH_SCHEMA" ] && export PGOPTIONS="-c search_path=$BENCH_SCHEMA"
SERVICE_PORT=${SERVICE_PORT:-18510}
NGINX_PORT=${NGINX_PORT:-18511}
WORK=${WORK:-/tmp/zhibiao-bench-api}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
JAR=${JAR:-$ROOT/target/quarkus-app/quarkus-run.jar}
PSQL=(psql -h 127.0.0.1 -U postgres -X -q)
SERVICE_PID=
NGINX_PID=
mkdir -p "$WORK"

ensure_database() {
  if ! "${PSQL[@]}" -d postgres -tAc "select 1 from pg_database where datname = '$BENCH_DB'" | grep -q 1; then
    "${PSQL[@]}" -d postgres -c "create database $BENCH_DB"
  fi
  if [ -n "$BENCH_SCHEMA" ]; then "${PSQL[@]}" -d "$BENCH_DB" -c "create schema if not exists $BENCH_SCHEMA"; fi
}

build_service() {
  (cd "$ROOT" && ./mvnw -B -q package -DskipTests) >"$WORK/build.log" 2>&1 || { tail -30 "$WORK/build.log"; exit 1; }
}

# start_service [extra -D options …]: starts the jar on SERVICE_PORT against BENCH_DB, waits until ready. It runs
# with the container image's -Dvertx.disableURIValidation=true (src/main/docker/Dockerfile.jvm): HttpEdge checks
# the request target instead, with a problem+json answer, so Vert.x need not check it a second time.
start_service() {
  QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$BENCH_DB${BENCH_SCHEMA:+?currentSchema=$BENCH_SCHEMA} \
    QUARKUS_DATASOURCE_USERNAME=postgres \
    java -Xmx512m -Dvertx.disableURIValidation=true -Dquarkus.http.port="$SERVICE_PORT" -Dzhibiao.seeds.load-at-start=false -Dzhibiao.reextract.at-start=false \
    -Dzhibiao.charts.prerender-at-start=false "$@" \
    -jar "$JAR" >"$WORK/service.log" 2>&1 &
  SERVICE_PID=$!
  # READY_WAIT seconds (default 180): a loaded 2-core machine took over a minute to start the jar.
  for _ in $(seq 1 $(( ${READY_WAIT:-180} * 2 ))); do
    if curl -sf "http://127.0.0.1:$SERVICE_PORT/q/health/ready" >/dev/null; then return 0; fi
    if ! kill -0 "$SERVICE_PID" 2>/dev/null; then tail -30 "$WORK/service.log"; exit 1; fi
    sleep 0.5
  done
  echo "service did not become ready"; tail -30 "$WORK/service.log"; exit 1
}

stop_service() {
  if [ -n "$SERVICE_PID" ]; then kill "$SERVICE_PID" 2>/dev/null; wait "$SERVICE_PID" 2>/dev/null || true; SERVICE_PID=; fi
}

stop_nginx() {
  if [ -n "$NGINX_PID" ]; then kill "$NGINX_PID" 2>/dev/null; wait "$NGINX_PID" 2>/dev/null || true; NGINX_PID=; fi
}

generate_data() {
  "${PSQL[@]}" -d "$BENCH_DB" -v rows="${BENCH_ROWS:-1000000}" -f "$ROOT/bench/api/generate.sql"
}
