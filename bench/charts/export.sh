#!/usr/bin/env bash
# Writes every pre-rendered chart into a folder, under its Chinese download name.
# Usage: bench/charts/export.sh <folder> [base-url, default http://localhost:8080]
set -euo pipefail
out=${1:?usage: export.sh <folder> [base-url]}
base=${2:-http://localhost:8080}
mkdir -p "$out"
count=0
while IFS=$'\t' read -r url name; do
    curl -fsS -o "$out/$name" "$base$url"
    count=$((count + 1))
done < <(curl -fsS "$base/api/charts" | jq -r '.[] | [.url, .fileName] | @tsv')
echo "$count charts written to $out"
