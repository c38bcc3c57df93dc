#!/usr/bin/env bash
# Re-extraction with editors' corrections against re-extraction without: N articles (variants of the seed page),
# re-extracted in full twice without corrections, then C figures of C distinct documents reviewed (a third each
# corrected, accepted, rejected) and re-extracted in full twice again. Prints the seconds of each pass and the ratio
# with/without (goal: at most 1.10), and checks that every review survived (no orphaned, rejected figures stay out).
#   bench/corrections/run.sh [N] [C]        (defaults 1000 and 100; the issue's scale is 10000 1000)
# Needs the machine's PostgreSQL on 127.0.0.1:5432 (trust auth); uses a fresh database it drops after.
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-1000}; c=${2:-100}; port=18460; db=zhibiao_bench_corrections; token=bench-token
jar=${JAR:-target/quarkus-app/quarkus-run.jar}
work=$(mktemp -d)
[ -f "$jar" ] || ./mvnw -B -q package -DskipTests
psql -h 127.0.0.1 -U postgres -q -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
python3 bench/ingest/generate.py seeds "$work/articles" "$n"
# The pre-renderer is left on: re-rendering the charts a correction touches is part of its cost.
ZHIBIAO_API_TOKENS="$token,bench-editor:editor,bench-admin:admin" \
  QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$db \
  QUARKUS_DATASOURCE_USERNAME=postgres ZHIBIAO_SEEDS_LOAD_AT_START=false \
  java -Dquarkus.http.port=$port -jar "$jar" > "$work/service.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; psql -h 127.0.0.1 -U postgres -q -c "DROP DATABASE IF EXISTS $db"; rm -rf "$work"' EXIT
for _ in $(seq 90); do curl -sf "localhost:$port/q/health/ready" >/dev/null && break; sleep 1; done
python3 bench/ingest/post.py "$work/articles" "http://localhost:$port" "$token" 2
psql -h 127.0.0.1 -U postgres -d $db -Atc "SELECT 'stored: ' || (SELECT count(*) FROM document) || ' documents, ' || (SELECT count(*) FROM observation) || ' observations'"
base="http://localhost:$port"
python3 bench/corrections/reextract.py "$base" warm-up > /dev/null
without1=$(python3 bench/corrections/reextract.py "$base" without-1)
without2=$(python3 bench/corrections/reextract.py "$base" without-2)
# One figure of each of C documents, spread over the corpus.
psql -h 127.0.0.1 -U postgres -d $db -Atc "SELECT DISTINCT ON (document_id) id FROM observation
  WHERE document_id IN (SELECT id FROM document ORDER BY md5(id::text) LIMIT $c) ORDER BY document_id, id" > "$work/figures"
python3 bench/corrections/review.py "$base" "$work/figures"
with1=$(python3 bench/corrections/reextract.py "$base" with-1)
with2=$(python3 bench/corrections/reextract.py "$base" with-2)
psql -h 127.0.0.1 -U postgres -d $db -Atc "SELECT 'reviews: ' || string_agg(verdict || '/' || state || ' ' || n, ', ')
  FROM (SELECT verdict, state, count(*) n FROM correction WHERE current GROUP BY 1, 2 ORDER BY 1, 2) s"
psql -h 127.0.0.1 -U postgres -d $db -Atc "SELECT 'rejected figures back in the store: ' || count(*) FROM correction c
  JOIN observation o ON o.document_id = c.document_id AND o.start_offset = c.start_offset
   AND o.end_offset = c.end_offset AND o.indicator_code = c.derived_indicator WHERE c.current AND c.verdict = 'reject'"
python3 - "$without1" "$without2" "$with1" "$with2" <<'PY'
import sys
w1, w2, c1, c2 = map(float, sys.argv[1:])
print(f"re-extraction of all documents: without corrections {w1:.1f} s, {w2:.1f} s; with {c1:.1f} s, {c2:.1f} s; "
      f"ratio with/without {(c1 + c2) / (w1 + w2):.3f} (goal <= 1.10)")
PY
