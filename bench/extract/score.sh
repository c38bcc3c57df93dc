#!/usr/bin/env bash
# Scores the extractor on the seed gold offline: compiles, dumps JSON Lines, runs score.py.
# Usage: bench/extract/score.sh [-v]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q test-compile
OUT="${OUT:-/tmp/zhibiao-extract-sys.jsonl}"
java -cp target/classes:target/test-classes io.zhibiao.extract.SeedDump 2026-01-08 "$OUT" \
  ../shared/seeds/000_a383a695981d7e75.txt
python3 ../shared/eval/score.py --gold ../shared/eval/seed.gold.jsonl --texts ../shared/seeds \
  --system "$OUT" "$@"
