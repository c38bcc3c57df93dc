#!/usr/bin/env bash
# Median render time of one chart (a line, a bar, a level-growth chart and a ranking of 30, 1200x675) after warm-up, in-process.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B test -Dtest=RenderBenchmark -Dbench=true -Dsurefire.failIfNoSpecifiedTests=false \
    | grep '^RENDER'
