#!/usr/bin/env python3
"""Writes N distinct articles in the seeds/ layout by varying the seed page's places, years and numbers."""
import json, os, random, re, sys

seed_dir, out_dir, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
seed = open(os.path.join(seed_dir, "000_a383a695981d7e75.txt"), encoding="utf-8").read()
rng = random.Random(42)
# Pairs of (city, district) from several provinces stand in for the seed's 鹰潭 / 青山湖区.
places = [("赣州", "章贡区"), ("九江", "濂溪区"), ("成都", "武侯区"), ("苏州", "吴中区"), ("长沙", "岳麓区"),
          ("合肥", "蜀山区"), ("宜春", "袁州区"), ("绵阳", "涪城区"), ("常州", "武进区"), ("株洲", "芦淞区")]

def vary_number(m):
    digits = m.group(0)
    return "".join(str(rng.randint(1 if i == 0 else 0, 9)) if c.isdigit() else c for i, c in enumerate(digits))

os.makedirs(out_dir, exist_ok=True)
for i in range(n):
    city, district = places[i % len(places)]
    year = 2019 + i % 7
    text = seed.replace("鹰潭", city).replace("青山湖区", district).replace("2025", str(year)).replace("2026", str(year + 1))
    # Vary figures (not years) so every text has its own hash and its own values.
    text = re.sub(r"(?<![0-9])[0-9]{1,3}(?:\.[0-9]+)?(?![0-9年月日])", vary_number, text)
    name = f"bench_{i:04d}"
    open(os.path.join(out_dir, name + ".txt"), "w", encoding="utf-8").write(text + f"\n（样本{i}）")
    json.dump({"title": f"{city}{district}样本版面{i}", "source": "基准样本", "published": f"{year + 1}-01-08"},
              open(os.path.join(out_dir, name + ".json"), "w", encoding="utf-8"), ensure_ascii=False)
