#!/usr/bin/env bash
# Scores the extractor on the seed gold offline: compiles, dumps JSON Lines, runs score.py.
# Usage: bench/extract/score.sh [-v]
set -euo pipefail
cd "$(dirname "$0")/../.."
bench/extract/compile.sh
OUT="${OUT:-/tmp/zhibiao-extract-sys.jsonl}"
java -cp target/classes:target/test-classes io.zhibiao.extract.SeedDump 2026-01-08 "$OUT" \
  /work/shared/seeds/000_a383a695981d7e75.txt
python3 /work/shared/eval/score.py --gold /work/shared/eval/seed.gold.jsonl --texts /work/shared/seeds \
  --system "$OUT" "$@"
