#!/usr/bin/env bash
# Scores a running service's /api/extract on the team's dev set and seed page, and counts the share of figures that
# land on a generic indicator (other, rate.other, growth.rate).
# Usage: bench/extract/dev-attributes.sh [base-url]   (needs ../shared/eval beside the repository)
set -euo pipefail
cd "$(dirname "$0")/../.."
url=${1:-http://localhost:8080}
eval=../shared/eval
python3 "$eval/score.py" --gold "$eval/dev/gold.jsonl" --texts "$eval/dev/texts" --meta "$eval/dev/meta.json" --url "$url" | tail -1
python3 "$eval/score.py" --gold "$eval/seed.gold.jsonl" --texts ../shared/seeds --meta "$eval/seed.meta.json" --url "$url" | tail -1
python3 - "$url" "$eval/dev" <<'PY'
import json, sys, urllib.request
url, dev = sys.argv[1], sys.argv[2]
meta = json.load(open(f"{dev}/meta.json", encoding="utf-8"))
total = generic = 0
for m in meta:
    text = open(f"{dev}/texts/{m['doc']}", encoding="utf-8").read().encode("utf-8")
    req = urllib.request.Request(f"{url}/api/extract?published={m['published']}", data=text,
                                 headers={"Content-Type": "text/plain; charset=utf-8"})
    for o in json.load(urllib.request.urlopen(req))["observations"]:
        total += 1
        generic += o["indicator"] in ("other", "rate.other", "growth.rate")
print(f"generic indicators: {generic} of {total} figures ({generic / total:.3f})")
PY
