#!/usr/bin/env bash
# Loads a folder in the seeds/ layout (NAME.txt + NAME.json) into a running Zhibiao over HTTP.
#   ZHIBIAO_TOKEN=… bin/load-folder.sh FOLDER [BASE_URL]
# Each article goes through POST /api/documents: stored once, a second run answers 200 for each.
set -euo pipefail
folder=${1:?usage: load-folder.sh FOLDER [BASE_URL]}
base=${2:-http://localhost:8080}
: "${ZHIBIAO_TOKEN:?set ZHIBIAO_TOKEN to a write token}"
created=0; existing=0; failed=0
for text in "$folder"/*.txt; do
  meta="${text%.txt}.json"
  if [ ! -f "$meta" ]; then echo "skip $text: no ${meta##*/}" >&2; failed=$((failed+1)); continue; fi
  body=$(python3 -c 'import json,sys; m=json.load(open(sys.argv[1],encoding="utf-8")); m["text"]=open(sys.argv[2],encoding="utf-8").read(); print(json.dumps(m,ensure_ascii=False))' "$meta" "$text")
  status=$(curl -s -o /tmp/load-folder.$$ -w '%{http_code}' -X POST "$base/api/documents" \
    -H "Authorization: Bearer $ZHIBIAO_TOKEN" -H 'Content-Type: application/json; charset=utf-8' --data-binary "$body")
  case "$status" in
    201) created=$((created+1)) ;;
    200) existing=$((existing+1)) ;;
    *) failed=$((failed+1)); echo "$text: HTTP $status $(cat /tmp/load-folder.$$)" >&2 ;;
  esac
done
rm -f /tmp/load-folder.$$
echo "$created created, $existing already stored, $failed failed"
[ "$failed" -eq 0 ]
