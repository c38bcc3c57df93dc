#!/usr/bin/env bash
# Dashboard polling benchmark: wrk with 64 connections against /api/series and /api/aggregate, as
# 200 (no validator) and as 304 (If-None-Match), each plain and with Accept-Encoding: gzip, and the
# same bytes served by nginx (worker_processes auto, gzip_static for the service's own gzipped bytes)
# as static files on the same machine, the ceiling. Each path runs ROUNDS rounds of nginx then the
# service, DURATION each; prints req/s and p99 of every run, the service/nginx ratio of each round and
# their median. Installs wrk and nginx from Debian if missing; stops all it started.
# Usage: bench/api/poll.sh   (DURATION, ROUNDS, CONNECTIONS, THREADS, BENCH_DB, BENCH_SCHEMA, JAR, SERVICE_PORT, NGINX_PORT;
#        PREWARM=60s warms every service variant first; BENCH_UNCACHED=1 also measures the 200 path with the in-memory answer cache off)
set -euo pipefail
source "$(dirname "$0")/common.sh"
DURATION=${DURATION:-10s}
ROUNDS=${ROUNDS:-3}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
trap 'stop_service; stop_nginx' EXIT

command -v wrk >/dev/null && command -v nginx >/dev/null || apt-get install -y wrk nginx >/dev/null
ensure_database
[ -f "$JAR" ] && [ -z "${BUILD:-}" ] || build_service
start_service
generate_data >/dev/null

BASE=http://127.0.0.1:$SERVICE_PORT
declare -A PATHS=(
  [series]="/api/series?indicator=bench.i03&region=360102,360103,360104,360111,360112,360113,360121,360123,360124,420102"
  [aggregate]="/api/aggregate?indicator=bench.i03&parent=360000&level=county&period=2025&fn=sum"
)

# The same bytes, as static files for nginx.
mkdir -p "$WORK/www" "$WORK/nginx-temp"
declare -A ETAG NGINX_ETAG
for name in series aggregate; do
  curl -sf -D "$WORK/$name.headers" -o "$WORK/www/$name.json" "$BASE${PATHS[$name]}"
  ETAG[$name]=$(awk 'tolower($1) == "etag:" { sub(/\r$/, "", $2); print $2 }' "$WORK/$name.headers")
  curl -sf -H 'Accept-Encoding: gzip' -D "$WORK/$name-gz.headers" -o "$WORK/www/$name.json.gz" "$BASE${PATHS[$name]}"
  ETAG[$name-gz]=$(awk 'tolower($1) == "etag:" { sub(/\r$/, "", $2); print $2 }' "$WORK/$name-gz.headers")
  cmp -s "$WORK/www/$name.json" <(gzip -dc "$WORK/www/$name.json.gz") || { echo "gzipped answer differs"; exit 1; }
done
cat >"$WORK/nginx.conf" <<CONF
worker_processes auto;
daemon off;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path $WORK/nginx-temp;
    proxy_temp_path $WORK/nginx-temp;
    fastcgi_temp_path $WORK/nginx-temp;
    uwsgi_temp_path $WORK/nginx-temp;
    scgi_temp_path $WORK/nginx-temp;
    default_type application/json;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $WORK/www;
        add_header Cache-Control "public, max-age=5";
        add_header Vary "Accept, Accept-Encoding, Origin";
        gzip_static on;
    }
}
CONF
nginx -p "$WORK" -c "$WORK/nginx.conf" &
NGINX_PID=$!
for _ in $(seq 1 50); do curl -sf -o /dev/null "http://127.0.0.1:$NGINX_PORT/series.json" && break; sleep 0.1; done
for name in series aggregate; do
  NGINX_ETAG[$name]=$(curl -sfI "http://127.0.0.1:$NGINX_PORT/$name.json" | awk 'tolower($1) == "etag:" { sub(/\r$/, "", $2); print $2 }')
  NGINX_ETAG[$name-gz]=$(curl -sfI -H 'Accept-Encoding: gzip' "http://127.0.0.1:$NGINX_PORT/$name.json" | awk 'tolower($1) == "etag:" { sub(/\r$/, "", $2); print $2 }')
  cmp -s "$WORK/www/$name.json.gz" <(curl -sf -H 'Accept-Encoding: gzip' "http://127.0.0.1:$NGINX_PORT/$name.json") || { echo "nginx gzip bytes differ"; exit 1; }
  cmp -s "$WORK/www/$name.json" <(curl -sf "http://127.0.0.1:$NGINX_PORT/$name.json") || { echo "nginx bytes differ"; exit 1; }
done

# run LABEL ROUND URL [ETAG]: checks the status once, then wrk; appends "label round rps p99_ms errors" to results.
: >"$WORK/results"
run() {
  local label=$1 round=$2 url=$3 etag=${4:-} expect=200 header=()
  if [ -n "$etag" ]; then expect=304; header=(-H "If-None-Match: $etag"); fi
  case "$label" in *-gz-*) header+=(-H "Accept-Encoding: gzip") ;; esac
  local status
  status=$(curl -s -o /dev/null -w '%{http_code}' "${header[@]}" "$url")
  [ "$status" = "$expect" ] || { echo "$label: expected $expect, got $status"; exit 1; }
  # Warm-up before the first round, not counted: the JVM compiles the hot path first (nginx has nothing to warm).
  if [ "$round" = 1 ] && [[ $label == service-* ]]; then
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP:-5s}" "${header[@]}" "$url" >/dev/null
  fi
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "${header[@]}" "$url" >"$WORK/$label-$round.wrk"
  awk -v label="$label" -v round="$round" '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec/ { rps = $2 }
    $1 == "99%" { p99 = ms($2) }
    /Non-2xx or 3xx/ { errors = $5 }
    /Socket errors/ { errors = errors "+socket" }
    END { printf "%s %d %.0f %.2f %s\n", label, round, rps, p99, errors == "" ? 0 : errors }' "$WORK/$label-$round.wrk" >>"$WORK/results"
  tail -1 "$WORK/results"
}

# PREWARM=60s: first run every service variant for that long in all, so the JIT has compiled the paths
# before any is measured (on a loaded machine, WARMUP per path alone leaves the first paths interpreted).
if [ -n "${PREWARM:-}" ]; then
  slice=$(( ${PREWARM%s} / 8 + 1 ))
  for name in series aggregate; do
    for gz in "" -gz; do
      h=(); [ -n "$gz" ] && h=(-H "Accept-Encoding: gzip")
      wrk -t"$THREADS" -c"$CONNECTIONS" -d"${slice}s" "${h[@]}" "$BASE${PATHS[$name]}" >/dev/null
      wrk -t"$THREADS" -c"$CONNECTIONS" -d"${slice}s" "${h[@]}" -H "If-None-Match: ${ETAG[$name$gz]}" "$BASE${PATHS[$name]}" >/dev/null
    done
  done
fi
# Each path is measured in ROUNDS rounds of nginx then the service, back to back: a ratio compares two runs
# seconds apart, under the same load from the rest of the machine, and the median of the rounds' ratios
# discards a round that other work disturbed (single 20 s runs moved nginx alone by a third).
echo "== wrk -t$THREADS -c$CONNECTIONS -d$DURATION, $ROUNDS rounds; $(nproc) cores shared with wrk and other work: compare the ratios"
for name in series aggregate; do
  for gz in "" -gz; do
    for round in $(seq 1 "$ROUNDS"); do
      run "nginx-$name$gz-200" "$round" "http://127.0.0.1:$NGINX_PORT/$name.json"
      run "service-$name$gz-200" "$round" "$BASE${PATHS[$name]}"
      run "nginx-$name$gz-304" "$round" "http://127.0.0.1:$NGINX_PORT/$name.json" "${NGINX_ETAG[$name$gz]}"
      run "service-$name$gz-304" "$round" "$BASE${PATHS[$name]}" "${ETAG[$name$gz]}"
    done
  done
done
if [ -n "${BENCH_UNCACHED:-}" ]; then
  stop_service
  start_service -Dzhibiao.http.response-cache.enabled=false
  for name in series aggregate; do run "uncached-$name-200" 1 "$BASE${PATHS[$name]}"; done
fi

echo
echo "== Results (bytes: series $(wc -c <"$WORK/www/series.json"), aggregate $(wc -c <"$WORK/www/aggregate.json"))"
awk -v rounds="$ROUNDS" '
  function median(a, n,   i, j, t) {
    for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j - 1] > a[j]; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
  }
  { key = $1 " " $2; rps[key] = $3; p99[key] = $4; err[key] = $5; seen[$1] = 1 }
  END {
    printf "%-26s %6s %10s %9s %7s\n", "run", "round", "req/s", "p99 ms", "errors"
    for (k in rps) { split(k, part, " "); line[k] = sprintf("%-26s %6d %10d %9.2f %7s", part[1], part[2], rps[k], p99[k], err[k]) }
    n = asorti(line, keys); for (i = 1; i <= n; i++) print line[keys[i]]
    print ""
    printf "%-18s %-22s %8s %14s %s\n", "path", "service/nginx by round", "median", "worst p99 ms", "(goal: 200 >= 0.8, 304 >= 0.9; p99 < 20 ms)"
    split("series-200 series-304 aggregate-200 aggregate-304 series-gz-200 series-gz-304 aggregate-gz-200 aggregate-gz-304", paths, " ")
    for (i = 1; i <= 8; i++) {
      p = paths[i]; list = ""; worst = 0; delete ratio
      for (r = 1; r <= rounds; r++) {
        ratio[r] = rps["service-" p " " r] / rps["nginx-" p " " r]
        list = list sprintf("%s%.2f", r > 1 ? " " : "", ratio[r])
        if (p99["service-" p " " r] > worst) worst = p99["service-" p " " r]
      }
      printf "%-18s %-22s %8.2f %14.2f\n", p, list, median(ratio, rounds), worst
    }
    for (k in seen) if (k ~ /^uncached-/) { p = substr(k, 10); printf "%-18s %-22.2f %8s %14.2f (answer cache off, against round 1 of nginx)\n", p, rps[k " 1"] / rps["nginx-" p " 1"], "", p99[k " 1"] }
  }' "$WORK/results"
