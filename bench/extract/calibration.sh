#!/usr/bin/env bash
# Calibration of the extractor's confidence: clones this repository's HEAD into a clean folder, builds the service
# there with ./mvnw, starts it on a fresh database, runs ../shared/eval/extract_all.py over the dev set, the seed page
# and our own texts (bench/extract/confidence), and prints calibration.py's table (bin, count, mean confidence, share
# fully right) and its last line (high_right, low_catch, ece) for each, then for all three together.
# Usage: bench/extract/calibration.sh            (needs ../shared/eval beside the repository and PostgreSQL on 127.0.0.1)
# Env: CAL_PORT (default 18520), CAL_DB (default zhibiao_calibration, dropped and created anew), CAL_WORK.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
EVAL=$(cd "$ROOT/../shared/eval" && pwd)
SEEDS=$(cd "$ROOT/../shared/seeds" && pwd)
PORT=${CAL_PORT:-18520}
DB=${CAL_DB:-zhibiao_calibration}
WORK=${CAL_WORK:-$(mktemp -d /tmp/zhibiao-calibration.XXXXXX)}
PSQL=(psql -h 127.0.0.1 -U postgres -X -q -d postgres)

git clone -q "$ROOT" "$WORK/clone"
echo "built from $(git -C "$WORK/clone" log -1 --format='%h %s' | cut -c1-100)"
(cd "$WORK/clone" && ./mvnw -B -q package -DskipTests) >"$WORK/build.log" 2>&1 || { tail -30 "$WORK/build.log"; exit 1; }
"${PSQL[@]}" -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$DB QUARKUS_DATASOURCE_USERNAME=postgres \
  java -Xmx1g -Dquarkus.http.port="$PORT" -Dzhibiao.seeds.load-at-start=false -Dzhibiao.reextract.at-start=false \
  -Dzhibiao.charts.prerender-at-start=false -Dzhibiao.limits.extract.per-client-per-minute=100000 \
  -Dzhibiao.limits.extract.burst=100000 -jar "$WORK/clone/target/quarkus-app/quarkus-run.jar" >"$WORK/service.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do
  curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null && break
  kill -0 $PID 2>/dev/null || { tail -30 "$WORK/service.log"; exit 1; }
  sleep 0.5
done
URL=http://127.0.0.1:$PORT
OWN=$ROOT/bench/extract/confidence
python3 "$EVAL/extract_all.py" "$URL" "$EVAL/dev/texts" "$EVAL/dev/meta.json" "$WORK/dev.jsonl"
python3 "$EVAL/extract_all.py" "$URL" "$SEEDS" "$EVAL/seed.meta.json" "$WORK/seed.jsonl"
python3 "$EVAL/extract_all.py" "$URL" "$OWN/texts" "$OWN/meta.json" "$WORK/own.jsonl"
echo "== dev set ($EVAL/dev)"
python3 "$EVAL/calibration.py" "$EVAL/dev/gold.jsonl" "$EVAL/dev/texts" "$WORK/dev.jsonl"
echo "== seed page"
python3 "$EVAL/calibration.py" "$EVAL/seed.gold.jsonl" "$SEEDS" "$WORK/seed.jsonl"
echo "== own texts (bench/extract/confidence)"
python3 "$EVAL/calibration.py" "$OWN/gold.jsonl" "$OWN/texts" "$WORK/own.jsonl"
echo "== all three"
python3 "$EVAL/calibration.py" "$EVAL/dev/gold.jsonl" "$EVAL/dev/texts" "$WORK/dev.jsonl" \
  "$EVAL/seed.gold.jsonl" "$SEEDS" "$WORK/seed.jsonl" "$OWN/gold.jsonl" "$OWN/texts" "$WORK/own.jsonl"
