#!/usr/bin/env bash
# Pre-rendering a city's charts: 30 counties of 重庆市 x 50 indicators (40 levels over five years, the growth codes of
# ten, GDP and retail sales with their parts, 1-N月 totals of 2025 for ten), stored one county bulletin at a time
# through the change path, timed from the first store until every chart is rendered (PNG and CSV; the SVG is drawn
# on its first request since charts/StoredSvgs).
# Repeatable from a fresh clone with ./mvnw; needs an empty PostgreSQL database (the test service refuses root with
# its embedded one): QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/<new db> QUARKUS_DATASOURCE_USERNAME=postgres
# Usage: bench/charts/prerender-bench.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B test -Dtest=PrerenderBenchmark -Dbench=true -Dsurefire.failIfNoSpecifiedTests=false \
    | grep '^PRERENDER'
