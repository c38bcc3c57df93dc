#!/usr/bin/env python3
"""Writes one yearbook-sized article (about 20,000 figures, under 1 MiB) in the seeds/ layout.

  yearbook.py distinct OUT_DIR [FIGURES]   every figure its own fact (county x year x indicator)
  yearbook.py repeated OUT_DIR [FIGURES]   the same four facts reported again and again, with other values

A county yearbook reads as lines like the one below, four figures a line; the gazetteer the service carries
names the counties (with their prefecture, so no name is ambiguous).
"""
import csv, json, os, random, sys

mode, out_dir = sys.argv[1], sys.argv[2]
figures = int(sys.argv[3]) if len(sys.argv) > 3 else 20000
here = os.path.dirname(os.path.abspath(__file__))
gazetteer = os.path.join(here, "..", "..", "src", "main", "resources", "regions", "cn-divisions.csv")
rows = list(csv.DictReader(open(gazetteer, encoding="utf-8")))
names = {r["code"]: r["name"] for r in rows}
# Counties under a prefecture (not the municipalities' districts), named with it: 赣州市南康区.
counties = [(names[r["parent_code"]], r["name"]) for r in rows
            if r["level"] == "county" and r["parent_code"] in names and not r["parent_code"].endswith("0000")]
rng = random.Random(22)
LINE = "{y}年，{p}{c}发放创业担保贷款{a}亿元，新开工重点项目{b}个，争取上级资金{d}亿元，招引落地重大产业项目{e}个。"
PER_LINE = 4

def line(year, prefecture, county):
    return LINE.format(y=year, p=prefecture, c=county, a=round(rng.uniform(1, 90), 1), b=rng.randint(10, 300),
                       d=round(rng.uniform(1, 90), 1), e=rng.randint(5, 90))

lines = []
if mode == "distinct":
    years = list(range(2001, 2026))
    for i in range(figures // PER_LINE):
        prefecture, county = counties[i // len(years)]
        lines.append(line(years[i % len(years)], prefecture, county))
elif mode == "repeated":
    prefecture, county = counties[0]
    lines = [line(2025, prefecture, county) for _ in range(figures // PER_LINE)]
else:
    sys.exit("mode is distinct or repeated")

os.makedirs(out_dir, exist_ok=True)
name = f"yearbook_{mode}_{figures}"
text = "统计年鉴（基准样本）\n" + "\n".join(lines) + "\n"
open(os.path.join(out_dir, name + ".txt"), "w", encoding="utf-8").write(text)
json.dump({"title": f"基准年鉴{mode}{figures}", "source": "基准样本", "published": "2026-03-01"},
          open(os.path.join(out_dir, name + ".json"), "w", encoding="utf-8"), ensure_ascii=False)
print(f"{name}: {len(lines)} lines, {len(text.encode())} bytes", file=sys.stderr)
