#!/usr/bin/env bash
# Serving rate of one pre-rendered chart, PNG and SVG: the service against nginx (worker_processes auto)
# serving the same bytes from files, both with wrk, 64 connections, 20 s each, in the same run so the
# ratio is fair on a shared machine. Needs the packaged app (mvn package), wrk, nginx, and a database
# with charts.
# Usage: bench/charts/serve-bench.sh <jdbc-url> [app-port 18601] [nginx-port 18602]   (JAR: another build)
set -euo pipefail
cd "$(dirname "$0")/../.."
url=${1:?usage: serve-bench.sh <jdbc-url> [app-port] [nginx-port]}
app_port=${2:-18601}
nginx_port=${3:-18602}
work=$(mktemp -d /tmp/zhibiao-charts-bench.XXXX)
app_pid=""
cleanup() {
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
    [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
}
trap cleanup EXIT

QUARKUS_DATASOURCE_JDBC_URL=$url QUARKUS_DATASOURCE_USERNAME=${QUARKUS_DATASOURCE_USERNAME:-postgres} \
QUARKUS_HTTP_PORT=$app_port java -jar "${JAR:-target/quarkus-app/quarkus-run.jar}" > "$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 120); do curl -fsS "localhost:$app_port/q/health/ready" > /dev/null 2>&1 && break; sleep 1; done
key=""
for _ in $(seq 60); do
    key=$(curl -fsS "localhost:$app_port/api/charts?kind=series" | jq -r '.items[0].key // empty')
    [ -n "$key" ] && break
    sleep 1
done
[ -n "$key" ] || { echo "no pre-rendered chart in this database" >&2; exit 1; }
mkdir -p "$work/www"
curl -fsS -o "$work/www/chart.png" "localhost:$app_port/api/charts/$key.png"
curl -fsS -o "$work/www/chart.svg" "localhost:$app_port/api/charts/$key.svg"
echo "chart $key: PNG $(stat -c %s "$work/www/chart.png") bytes, SVG $(stat -c %s "$work/www/chart.svg") bytes"

cat > "$work/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    types { image/png png; image/svg+xml svg; }
    client_body_temp_path $work; proxy_temp_path $work; fastcgi_temp_path $work; uwsgi_temp_path $work; scgi_temp_path $work;
    server { listen 127.0.0.1:$nginx_port; root $work/www; etag on; }
}
CONF
nginx -c "$work/nginx.conf"
sleep 1
cmp <(curl -fsS "localhost:$nginx_port/chart.png") "$work/www/chart.png"

rate() { wrk -t2 -c64 -d20s "$1" | tee -a "$work/wrk.txt" | awk '/Requests\/sec/ {print $2}'; }
for format in png svg; do
    # Warm the JIT and the in-memory copy, then measure the service and nginx back to back.
    wrk -t2 -c64 -d5s "http://127.0.0.1:$app_port/api/charts/$key.$format" > /dev/null
    app_rate=$(rate "http://127.0.0.1:$app_port/api/charts/$key.$format")
    nginx_rate=$(rate "http://127.0.0.1:$nginx_port/chart.$format")
    echo "$format: service $app_rate req/s   nginx $nginx_rate req/s   service/nginx $(echo "scale=3; $app_rate / $nginx_rate" | bc)"
done
