#!/usr/bin/env bash
# Median render time of one chart (a line, a bar, a level-growth chart, a ranking of 30, a structure and a monthly
# cumulative chart, 1200x675) after warm-up, in-process. Repeatable from a fresh clone: ./mvnw only.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B test -Dtest=RenderBenchmark -Dbench=true -Dsurefire.failIfNoSpecifiedTests=false \
    | grep '^RENDER'
