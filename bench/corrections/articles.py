#!/usr/bin/env python3
"""Writes N distinct news articles for a bulk load: the seed page cut into its articles (a heading and the paragraphs
under it), each varied in places, years and numbers as bench/ingest/generate.py varies the whole page. One CSV row an
article, in the columns of the document table that a load by COPY fills (title, source, published, text, sha256,
extractor_version); the extractor version '0' is older than any, so the service derives the figures itself
(POST /api/admin/reextract)."""
import csv, hashlib, os, random, re, sys

seed_dir, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
page = open(os.path.join(seed_dir, "000_a383a695981d7e75.txt"), encoding="utf-8").read()
rng = random.Random(42)
places = [("赣州", "章贡区"), ("九江", "濂溪区"), ("成都", "武侯区"), ("苏州", "吴中区"), ("长沙", "岳麓区"),
          ("合肥", "蜀山区"), ("宜春", "袁州区"), ("绵阳", "涪城区"), ("常州", "武进区"), ("株洲", "芦淞区")]


def articles(text):
    """A heading is a short line without a full stop; an article runs from its headings to the next heading."""
    found, current = [], []
    lines = [l for l in text.split("\n") if l.strip()]
    for i, line in enumerate(lines):
        heading = len(line) <= 30 and "。" not in line and not line.endswith("摄")
        if heading and current and not all(len(l) <= 30 and "。" not in l for l in current):
            found.append("\n\n".join(current))
            current = []
        current.append(line)
    if current:
        found.append("\n\n".join(current))
    return [a for a in found if re.search(r"[0-9]", a)]


def vary_number(m):
    digits = m.group(0)
    return "".join(str(rng.randint(1 if i == 0 else 0, 9)) if c.isdigit() else c for i, c in enumerate(digits))


pieces = articles(page)
with open(out, "w", encoding="utf-8", newline="") as f:
    rows = csv.writer(f)
    for i in range(n):
        city, district = places[i % len(places)]
        year = 2019 + i % 7
        text = pieces[i % len(pieces)].replace("鹰潭", city).replace("青山湖区", district) \
            .replace("2025", str(year)).replace("2026", str(year + 1))
        text = re.sub(r"(?<![0-9])[0-9]{1,3}(?:\.[0-9]+)?(?![0-9年月日])", vary_number, text) + f"\n（样本{i}）"
        rows.writerow([f"{city}{district}样本稿件{i}", "基准样本", f"{year + 1}-01-08", text,
                       hashlib.sha256(text.encode("utf-8")).hexdigest(), "0"])
print(f"{n} articles from {len(pieces)} articles of the seed page", file=sys.stderr)
