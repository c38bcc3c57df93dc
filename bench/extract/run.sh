#!/usr/bin/env bash
# Extraction throughput on one core over the seed page repeated to 5 MB.
# Usage: bench/extract/run.sh [seed-file] [bytes]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q test-compile
exec java -XX:ActiveProcessorCount=1 -cp target/classes:target/test-classes io.zhibiao.extract.ExtractThroughput "$@"
