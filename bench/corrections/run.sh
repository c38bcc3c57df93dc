#!/usr/bin/env bash
# Re-extraction with editors' reviews against re-extraction without, at the issue's scale by default: N news articles
# (the seed page cut into its articles and varied, bench/corrections/articles.py) loaded in bulk, C figures of C
# distinct documents reviewed (a third each corrected, accepted, rejected), then R rounds of a full re-extraction on
# each of two services, one over the reviewed database and one over an identical copy without reviews, interleaved
# (bench/corrections/passes.py). Prints wall and CPU time (service JVM and its PostgreSQL backends) per pass, the
# medians and the ratios with/without (goal: at most 1.10), and checks that every review survived.
#   bench/corrections/run.sh [N] [C] [R]        (defaults 10000 1000 3; BENCH_MINUTES=m starts no round after m minutes)
# The load: COPY of the documents with extractor version '0', then one stale re-extraction derives their figures
# (the path of POST /api/documents without HTTP). Chart pre-rendering is off (zhibiao.charts.prerender=false): a
# re-extraction that reads what was read before changes no series, so it renders nothing either way, and during the
# load drawing every touched chart per document is what made the earlier runs of this bench take 24 min for 200.
# Needs the machine's PostgreSQL on 127.0.0.1:5432 (trust auth); uses two fresh databases it drops after.
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-10000}; c=${2:-1000}; rounds=${3:-3}
port_with=${PORT_WITH:-18510}; port_without=${PORT_WITHOUT:-18511}
db_with=zhibiao_bench_reviews; db_without=zhibiao_bench_no_reviews
jar=${JAR:-target/quarkus-app/quarkus-run.jar}
work=$(mktemp -d)
pids=()
[ -f "$jar" ] || ./mvnw -B -q package -DskipTests
pg() { psql -h 127.0.0.1 -U postgres -q "$@"; }
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
  pg -c "DROP DATABASE IF EXISTS $db_with" -c "DROP DATABASE IF EXISTS $db_without"
  rm -rf "$work"
}
trap cleanup EXIT
start() { # db port → pid
  ZHIBIAO_API_TOKENS="bench-token,bench-editor:editor,bench-admin:admin" \
    QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$1 QUARKUS_DATASOURCE_USERNAME=postgres \
    ZHIBIAO_SEEDS_LOAD_AT_START=false ZHIBIAO_REEXTRACT_AT_START=false \
    ZHIBIAO_CHARTS_PRERENDER=false ZHIBIAO_CHARTS_PRERENDER_AT_START=false \
    java -Xmx1g -Dquarkus.http.port=$2 -jar "$jar" > "$work/service-$2.log" 2>&1 &
  local pid=$!
  pids+=("$pid")
  for _ in $(seq 180); do curl -sf "localhost:$2/q/health/ready" >/dev/null && break; sleep 1; done
  curl -sf "localhost:$2/q/health/ready" >/dev/null || { tail -20 "$work/service-$2.log"; exit 1; }
  started=$pid
}
stop() { kill "$1"; wait "$1" 2>/dev/null || true; }

pg -c "DROP DATABASE IF EXISTS $db_with" -c "DROP DATABASE IF EXISTS $db_without" -c "CREATE DATABASE $db_with"
python3 bench/corrections/articles.py seeds "$work/articles.csv" "$n"
start $db_with $port_with  # Flyway makes the schema
t0=$(date +%s)
pg -d $db_with -c "\\copy document (title, source, published, text, sha256, extractor_version) FROM '$work/articles.csv' WITH (FORMAT csv)"
python3 bench/corrections/reextract.py "http://localhost:$port_with" load stale > /dev/null
pg -d $db_with -Atc "SELECT 'loaded: ' || (SELECT count(*) FROM document) || ' documents, '
  || (SELECT count(*) FROM observation) || ' observations in $(( $(date +%s) - t0 )) s'"
stop "$started"
# The copy without reviews: the same documents and figures, byte for byte.
pg -c "CREATE DATABASE $db_without TEMPLATE $db_with"
start $db_with $port_with; pid_with=$started
start $db_without $port_without; pid_without=$started
# One figure of each of C documents, spread over the corpus.
pg -d $db_with -Atc "SELECT DISTINCT ON (document_id) id FROM observation
  WHERE document_id IN (SELECT document_id FROM observation GROUP BY document_id ORDER BY md5(document_id::text) LIMIT $c)
  ORDER BY document_id, id" > "$work/figures"
python3 bench/corrections/review.py "http://localhost:$port_with" "$work/figures"
python3 bench/corrections/passes.py "$rounds" "with=http://localhost:$port_with,$pid_with,$db_with" \
  "without=http://localhost:$port_without,$pid_without,$db_without"
pg -d $db_with -Atc "SELECT 'reviews: ' || string_agg(verdict || '/' || state || ' ' || n, ', ')
  FROM (SELECT verdict, state, count(*) n FROM correction WHERE current GROUP BY 1, 2 ORDER BY 1, 2) s"
pg -d $db_with -Atc "SELECT 'rejected figures back in the store: ' || count(*) FROM correction c
  JOIN observation o ON o.document_id = c.document_id AND o.start_offset = c.start_offset
   AND o.end_offset = c.end_offset AND o.indicator_code = c.derived_indicator WHERE c.current AND c.verdict = 'reject'"
