#!/usr/bin/env python3
"""Turns a compact annotation (easier to write by hand) into gold lines of ../shared/eval/FORMAT.md and meta entries.

    compact_gold.py COMPACT.txt GOLD.jsonl META.json     (rewrites the docs COMPACT names in both, keeps the rest)

COMPACT: a line "## DOC PUBLISHED [DEFAULT_REGION]" opens a text; each following line is one figure,
    quote | number_text | region_code | period | kind | name:measure [| key=value ...]
keys: alt=CODE,CODE (region_alt)  palt=P;P (period_alt)  v=VALUE (when the number text does not say it, e.g. a
decrease)  vmax=VALUE  uc=UNIT_CLASS  q=QUALIFIER  opt (optional). The value, unit, unit class and qualifier are
read from number_text and quote unless given; region_name comes from src/main/resources/regions/cn-divisions.csv."""
import csv, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
NAMES = {r["code"]: r["name"] for r in csv.DictReader(open(os.path.join(HERE, "../../../src/main/resources/regions/cn-divisions.csv"), encoding="utf-8"))}
NAMES["000000"] = "全国"
MULT = [("万亿", 1e12), ("亿", 1e8), ("万", 1e4), ("千", 1e3)]
UNITS = [("个百分点", "percent", 1), ("%", "percent", 1), ("元", "money_cny", 1), ("人次", "person_time", 1),
         ("人", "person", 1), ("名", "person", 1), ("亩", "area_ha", 1 / 15), ("公顷", "area_ha", 1),
         ("平方米", "area_ha", 1e-4), ("公里", "length_km", 1), ("吨", "mass_t", 1), ("斤", "mass_t", 0.0005),
         ("公斤", "mass_t", 0.001), ("千瓦时", "other", 1), ("千瓦", "power_kw", 1), ("立方米", "volume_m3", 1)]
NEG = re.compile(r"下降|减少|下滑|回落")


def parse(number_text):
    m = re.match(r"([\d.]+)(.*)", number_text)
    v, rest = float(m.group(1)), m.group(2)
    for p, k in MULT:
        if rest.startswith(p) and rest != "千瓦" and not rest.startswith("千瓦"):
            v, rest = v * k, rest[len(p):]
            break
    for u, uc, f in UNITS:
        if rest == u or rest.endswith(u) and u in ("元",):
            return v * f, uc, m.group(2)
    return v, "count", m.group(2)


def qualifier(quote, number_text):
    i = quote.find(number_text)
    before, after = quote[max(0, i - 3):i], quote[i + len(number_text):i + len(number_text) + 3]
    if re.search(r"约|近", before) or "左右" in after:
        return "approx"
    if re.search(r"超|逾|突破", before) or re.match(r"余|多|以上", after) or "余" in number_text:
        return "at_least"
    if re.search(r"不超过", before) or re.match(r"以内", after):
        return "at_most"
    return "exact"


def main():
    src, gold_path, meta_path = sys.argv[1:4]
    docs, lines, meta = [], [], []
    doc = None
    for raw in open(src, encoding="utf-8"):
        raw = raw.strip()
        if not raw or raw.startswith("#") and not raw.startswith("## "):
            continue
        if raw.startswith("## "):
            f = raw[3:].split()
            doc = f[0]
            docs.append(doc)
            meta.append({"doc": doc, "published": f[1], **({"default_region": f[2]} if len(f) > 2 else {})})
            continue
        f = [x.strip() for x in raw.split("|")]
        quote, nt, region, period, kind, concept = f[:6]
        opts = dict((o.split("=", 1) + [True])[:2] for o in f[6:])
        value, uc, unit = parse(nt)
        if "v" in opts:
            value = float(opts["v"])
        elif NEG.search(quote[:max(0, quote.find(nt))]):
            value = -value
        name, measure = concept.split(":")
        g = {"doc": doc, "quote": quote, "number_text": nt, "value": round(value, 6), "unit_class": opts.get("uc", uc),
             "unit": unit, "qualifier": opts.get("q", qualifier(quote, nt)), "region_code": region,
             "region_name": NAMES[region], "period": period, "kind": kind,
             "topic": name + {"yoy": "增速", "yoy.pp": "增速变化", "share": "占比", "change": "增加额"}.get(measure, ""),
             "concept": f"{name} | {measure}"}
        if "vmax" in opts:
            g["value_max"] = float(opts["vmax"])
        if "alt" in opts:
            g["region_alt"] = opts["alt"].split(",")
        if "palt" in opts:
            g["period_alt"] = opts["palt"].split(";")
        if "opt" in opts:
            g["optional"] = True
        assert quote in open(os.path.join(HERE, "texts", doc), encoding="utf-8").read(), (doc, quote)
        assert nt in quote, (doc, quote, nt)
        lines.append(g)
    keep = [l for l in open(gold_path, encoding="utf-8") if l.strip() and json.loads(l)["doc"] not in docs]
    with open(gold_path, "w", encoding="utf-8") as out:
        out.writelines(keep)
        for g in lines:
            out.write(json.dumps(g, ensure_ascii=False) + "\n")
    old = [m for m in json.load(open(meta_path, encoding="utf-8")) if m["doc"] not in docs]
    json.dump(old + meta, open(meta_path, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(f"{len(lines)} gold lines for {len(docs)} texts")


if __name__ == "__main__":
    main()
