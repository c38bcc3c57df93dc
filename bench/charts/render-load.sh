#!/usr/bin/env bash
# 30 concurrent on-demand renders of the largest PNG accepted against a service with -Xmx768m: every
# answer must be 200, 400, 429 or 503 (never a dropped connection), liveness must keep answering, and
# the heap stays below the limit. Prints the status counts, liveness during the burst and the heap.
# Needs the packaged app (mvn package) and a database with data.
# Usage: bench/charts/render-load.sh <jdbc-url> [app-port 18611] [concurrent 30]
set -euo pipefail
cd "$(dirname "$0")/../.."
url=${1:?usage: render-load.sh <jdbc-url> [app-port] [concurrent]}
port=${2:-18611}
n=${3:-30}
work=$(mktemp -d /tmp/zhibiao-render-load.XXXX)
app_pid=""
trap '[ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null; wait 2>/dev/null || true' EXIT

QUARKUS_DATASOURCE_JDBC_URL=$url QUARKUS_DATASOURCE_USERNAME=${QUARKUS_DATASOURCE_USERNAME:-postgres} \
QUARKUS_HTTP_PORT=$port java -Xmx768m -XX:+ExitOnOutOfMemoryError -jar target/quarkus-app/quarkus-run.jar > "$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 120); do curl -fsS "localhost:$port/q/health/ready" > /dev/null 2>&1 && break; sleep 1; done
indicator=""
for _ in $(seq 60); do
    read -r indicator region < <(curl -fsS "localhost:$port/api/charts?kind=series" | jq -r '.items[0] | "\(.indicator // "") \(.region // "")"')
    [ -n "$indicator" ] && break
    sleep 1
done
[ -n "$indicator" ] || { echo "no series chart in this database (load bench/charts/data.sql)" >&2; exit 1; }
heap_used_kib() { jcmd "$app_pid" GC.heap_info 2>/dev/null | grep -o 'used [0-9]*K' | head -1 | tr -dc 0-9; }
echo "rendering $indicator / $region; heap used before: $(( $(heap_used_kib) / 1024 )) MiB"

# The largest accepted PNG: 2449×1224 at scale 2 (11,990,000 pixels, under the 12,000,000 budget);
# each request a different width so none is answered from the cache.
seq "$n" | awk '{print 2450 - $1}' | xargs -P "$n" -I{} \
    curl -s -o "$work/body-{}.json" -w '%{http_code}\n' "localhost:$port/api/charts/render.png?indicator=$indicator&region=$region&width={}&height=1224&scale=2" \
    > "$work/codes.txt" &
burst=$!
live_ok=0; live_fail=0; peak=0
while kill -0 "$burst" 2>/dev/null; do
    if curl -fsS -m 2 "localhost:$port/q/health/live" > /dev/null 2>&1; then live_ok=$((live_ok + 1)); else live_fail=$((live_fail + 1)); fi
    used=$(heap_used_kib)
    [ -n "$used" ] && [ "$used" -gt "$peak" ] && peak=$used
    sleep 0.2
done
wait "$burst" || true
for f in "$work"/body-*.json; do head -c 300 "$f" | grep -a detail || true; done | sort | uniq -c | head -5
echo "answers: $(sort "$work/codes.txt" | uniq -c | tr '\n' ' ')"
echo "liveness during the burst: $live_ok answered, $live_fail failed"
echo "peak heap used (G1, sampled every 0.2 s): $((peak / 1024)) MiB of 768 MiB"
kill -0 "$app_pid" && echo "service still up: $(curl -fsS "localhost:$port/q/health/live" | jq -r .status)"
