#!/usr/bin/env bash
# Writes the pre-rendered charts (the first 200) into a folder, under their Chinese download names.
# Usage: bench/charts/export.sh <folder> [base-url, default http://localhost:8080]
set -euo pipefail
out=${1:?usage: export.sh <folder> [base-url]}
base=${2:-http://localhost:8080}
mkdir -p "$out"
count=0
while IFS=$'\t' read -r url name; do
    curl -fsS -o "$out/$name" "$base$url"
    count=$((count + 1))
done < <(curl -fsS "$base/api/charts?size=200" | jq -r '.items[] | [.url, .fileName] | @tsv')
echo "$count charts written to $out"
