#!/usr/bin/env bash
# CPU time a server spends per request, from /proc/<pid>/stat before and after one wrk run (-t2 -c64):
# steadier than req/s on a shared machine, since other work slows the server without adding to its CPU.
# Usage: bench/api/cpu-per-request.sh <pid[,pid…]> <seconds> <url> [header…]
#   e.g. the service: cpu-per-request.sh "$(pgrep -f quarkus-run.jar)" 10 'http://127.0.0.1:8080/api/series?…'
#        nginx:       cpu-per-request.sh "$(pgrep -d, -P "$(cat nginx.pid)")" 10 http://127.0.0.1:18511/series.json
set -euo pipefail
pids=$1; secs=$2; url=$3; shift 3
hdr=(); for h in "$@"; do hdr+=(-H "$h"); done
tick=$(getconf CLK_TCK)
cpu() { local u=0 s=0 a b; for p in ${pids//,/ }; do read -r a b < <(awk '{print $14, $15}' "/proc/$p/stat"); u=$((u + a)); s=$((s + b)); done; echo "$u $s"; }
read -r u0 s0 < <(cpu)
out=$(wrk -t2 -c64 -d"${secs}s" "${hdr[@]}" "$url")
read -r u1 s1 < <(cpu)
rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
reqs=$(echo "$out" | awk '/requests in/ {print $1}')
awk -v rps="$rps" -v reqs="$reqs" -v u=$((u1 - u0)) -v s=$((s1 - s0)) -v tick="$tick" 'BEGIN {
  printf "req/s %s  requests %d  user µs/request %.1f  system µs/request %.1f  total %.1f\n", rps, reqs,
    u * 1e6 / tick / reqs, s * 1e6 / tick / reqs, (u + s) * 1e6 / tick / reqs }'
