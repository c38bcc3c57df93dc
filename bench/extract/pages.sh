#!/usr/bin/env bash
# Agreement of the extractor with the expected tables of the test pages (src/test/resources/extract/pages).
# Usage: bench/extract/pages.sh [-v]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q test-compile
CP="target/classes:target/test-classes"
for a in org/junit/platform/junit-platform-commons org/junit/jupiter/junit-jupiter-params org/junit/jupiter/junit-jupiter-api org/opentest4j/opentest4j; do
  CP="$CP:$(ls ~/.m2/repository/$a/*/*.jar | grep -v sources | sort -V | tail -1)"
done
exec java -cp "$CP" io.zhibiao.extract.PageReport "$@"
