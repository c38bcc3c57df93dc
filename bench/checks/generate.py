#!/usr/bin/env python3
"""Builds a corpus for the checks benchmark: honest series with look-alikes of every error (rounded figures, 约 and 超,
real growth against nominal levels, children that do not cover their parent, fast but honest growth, targets and
finished months), and at least 200 injected errors of the five kinds, each on its own indicator and region so that one
error trips one check. Writes SQL for psql and the truth (check, observation id) of every injected error.

    generate.py GAZETTEER.csv OUT.sql TRUTH.tsv [SEED]
"""
import csv
import random
import sys
from decimal import Decimal, ROUND_HALF_UP

PROVINCES = ["620000", "640000", "650000", "540000", "510000", "520000", "530000", "150000"]  # the west: the seeds are of 江西
PUBLISHED = "2026-03-01"
YI = Decimal(10) ** 8


class Corpus:
    def __init__(self, rng):
        self.rng = rng
        self.rows = []
        self.truth = []
        self.next_id = 9_000_000_000
        self.docs = []

    def document(self, title, published):
        doc_id = 900_000 + len(self.docs)
        self.docs.append((doc_id, title, published))
        return doc_id

    def figure(self, doc, indicator, region, start, end, ptype, value, unit, unit_class, qualifier="exact",
               kind="actual"):
        self.next_id += 1
        self.rows.append((self.next_id, doc, indicator, region, start, end, ptype, value, unit, unit_class, qualifier,
                          kind))
        return self.next_id

    def error(self, check, observation):
        self.truth.append((check, observation))


def rounded(value, places):
    return Decimal(value).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def yi(value_in_yi, places=2):
    """A money figure as a bulletin writes it in 亿元, in yuan."""
    return rounded(value_in_yi, places) * YI


def year(y):
    return f"{y}-01-01", f"{y}-12-31", "year"


def growth_cases(c, counties, doc, n_errors):
    """Level 2024 and 2025 with the stated growth of 2025; nominal (investment, retail) and real (GDP, value added)."""
    pairs = [("investment.fixed_assets", False), ("retail_sales", False), ("gdp", True), ("industry.value_added", True)]
    errors = 0
    for i, county in enumerate(counties):
        level, real = pairs[i % len(pairs)]
        base = c.rng.uniform(20, 900)
        true_nominal = c.rng.uniform(-5, 15)
        current = base * (1 + true_nominal / 100)
        stated = true_nominal - c.rng.uniform(-5, 8) if real else true_nominal  # real = nominal − price change
        wrong = errors < n_errors and i % 2 == 0
        if wrong:
            # a misread growth: another figure's rate, a sign lost, a digit slipped
            off = c.rng.uniform(26, 40) if real else c.rng.uniform(3, 12)
            stated += c.rng.choice([-1, 1]) * off
        s, e, t = year(2024)
        c.figure(doc, level, county, s, e, t, yi(base), "亿元", "money_cny")
        s, e, t = year(2025)
        c.figure(doc, level, county, s, e, t, yi(current), "亿元", "money_cny")
        g = c.figure(doc, level + ".yoy", county, s, e, t, rounded(stated, 1), "%", "percent")
        if wrong:
            c.error("growth_mismatch", g)
            errors += 1
    return errors


def jump_cases(c, counties, doc, n_errors):
    """Five years of a flow; an error multiplies one year by 10,000 or divides it by 10,000 (万 read as 亿 or the other
    way), or by 100 (百万 as 亿). A tenfold slip is left out: in a series that moves 60 % a year it can be less than
    8 times off its neighbours, which is what the check looks for."""
    errors = 0
    for i, county in enumerate(counties):
        indicator = ["loans.issued", "credit.granted", "subsidies.paid"][i % 3]
        value = c.rng.uniform(1, 50)
        wrong_year = c.rng.randrange(2021, 2026) if errors < n_errors and i % 2 == 0 else None
        for y in range(2021, 2026):
            # honest series may grow fast: by 60 % in a year, or fall by 30 %
            value *= c.rng.uniform(0.7, 1.6) if y > 2021 else 1
            stated = value * (c.rng.choice([10_000, 1e-4, 100, 0.01]) if y == wrong_year else 1)
            s, e, t = year(y)
            o = c.figure(doc, indicator, county, s, e, t, yi(stated, 4), "亿元", "money_cny")
            if y == wrong_year:
                c.error("jump", o)
        errors += wrong_year is not None
    return errors


def children_cases(c, prefectures, children_of, doc, n_errors):
    """A prefecture's figure and its counties': honest counties cover 60–99 % of it, wrong ones 110–160 %."""
    errors = 0
    for i, prefecture in enumerate(prefectures):
        kids = children_of[prefecture]
        if len(kids) < 2:
            continue
        indicator = ["fdi.actual", "tourism.revenue", "ecommerce.online_retail"][i % 3]
        total = c.rng.uniform(50, 2000)
        wrong = errors < n_errors and i % 2 == 0
        share = c.rng.uniform(1.1, 1.6) if wrong else c.rng.uniform(0.6, 0.99)
        weights = [c.rng.uniform(0.5, 2) for _ in kids]
        s, e, t = year(2025)
        parent = c.figure(doc, indicator, prefecture, s, e, t, yi(total), "亿元", "money_cny")
        for kid, w in zip(kids, weights):
            c.figure(doc, indicator, kid, s, e, t, yi(total * share * w / sum(weights)), "亿元", "money_cny")
        if wrong:
            c.error("parts_exceed_whole", parent)
            errors += 1
    return errors


def partition_cases(c, counties, doc, n_errors):
    """GDP and its three industries, each rounded to 0.01 亿元; wrong ones add up to 104–130 % of the whole."""
    errors = 0
    for i, county in enumerate(counties):
        total = c.rng.uniform(30, 800)
        wrong = errors < n_errors and i % 2 == 0
        shares = [c.rng.uniform(0.05, 0.2), c.rng.uniform(0.3, 0.5)]
        shares.append(1 - sum(shares))
        scale = c.rng.uniform(1.04, 1.3) if wrong else 1
        s, e, t = year(2025)
        whole = c.figure(doc, "gdp", county, s, e, t, yi(total), "亿元", "money_cny")
        for part, share in zip(["value_added.primary", "value_added.secondary", "value_added.tertiary"], shares):
            c.figure(doc, part, county, s, e, t, yi(total * share * scale), "亿元", "money_cny")
        if wrong:
            c.error("parts_exceed_whole", whole)
            errors += 1
    return errors


def conflict_cases(c, counties, bulletin, news, n_errors):
    """The same count in a bulletin and in the news: honest as 约, 超 or the same; wrong as another number."""
    errors = 0
    for i, county in enumerate(counties):
        indicator = ["enterprises.count", "patents.granted"][i % 2]
        count = c.rng.randint(40, 5000)
        s, e, t = year(2025)
        c.figure(bulletin, indicator, county, s, e, t, Decimal(count), "家", "count")
        if errors < n_errors and i % 2 == 0:
            other = c.figure(news, indicator, county, s, e, t, Decimal(int(count * c.rng.uniform(1.3, 3))), "家", "count")
            c.error("conflicting_reports", other)
            errors += 1
        else:
            kind = c.rng.choice(["same", "approx", "at_least"])
            if kind == "same":
                c.figure(news, indicator, county, s, e, t, Decimal(count), "家", "count")
            elif kind == "approx":
                c.figure(news, indicator, county, s, e, t, Decimal(round(count, -1)), "家", "count", "approx")
            else:
                c.figure(news, indicator, county, s, e, t, Decimal(count - count % 100), "家", "count", "at_least")
    return errors


def early_cases(c, counties, march, n_errors):
    """Published on 1 March 2026: an actual for all of 2026 is a target misread; January–February and targets are honest."""
    errors = 0
    for i, county in enumerate(counties):
        n = Decimal(c.rng.randint(5, 80))
        if errors < n_errors and i % 2 == 0:
            s, e, t = year(2026)
            c.error("target_as_actual", c.figure(march, "projects.started", county, s, e, t, n, "个", "count"))
            errors += 1
        elif i % 4 == 1:
            s, e, t = year(2026)
            c.figure(march, "projects.started", county, s, e, t, n, "个", "count", kind="target")
        else:
            c.figure(march, "projects.started", county, "2026-01-01", "2026-02-28", "ytd", n, "个", "count")
    return errors


def sql_text(value):
    return "'" + str(value).replace("'", "''") + "'"


def main():
    gazetteer, out, truth_file = sys.argv[1], sys.argv[2], sys.argv[3]
    c = Corpus(random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 20261207))
    with open(gazetteer, encoding="utf-8") as f:
        regions = [r for r in csv.DictReader(f)]
    prefectures = [r["code"] for r in regions if r["parent_code"] in PROVINCES and r["level"] == "prefecture"]
    children_of = {p: [r["code"] for r in regions if r["parent_code"] == p] for p in prefectures}
    counties = [code for p in prefectures for code in children_of[p]]
    c.rng.shuffle(counties)
    bulletin = c.document("统计公报（基准）", PUBLISHED)
    news = c.document("日报（基准）", "2026-02-10")
    march = c.document("工作部署（基准）", PUBLISHED)
    chunks = [counties[i::5] for i in range(5)]  # disjoint counties per kind of case
    made = {
        "growth_mismatch": growth_cases(c, chunks[0], bulletin, 60),
        "jump": jump_cases(c, chunks[1], bulletin, 50),
        "parts_exceed_whole": children_cases(c, prefectures, children_of, bulletin, 20)
                              + partition_cases(c, chunks[2], bulletin, 30),
        "conflicting_reports": conflict_cases(c, chunks[3], bulletin, news, 40),
        "target_as_actual": early_cases(c, chunks[4], march, 30),
    }
    with open(out, "w", encoding="utf-8") as f:
        f.write("BEGIN;\n")
        for doc_id, title, published in c.docs:
            f.write("INSERT INTO document (id, title, source, published, text, sha256, extractor_version) VALUES "
                    f"({doc_id}, {sql_text(title)}, '基准', '{published}', {sql_text(title)}, 'bench-{doc_id}', 'bench');\n")
        f.write("INSERT INTO observation (id, document_id, indicator_code, region_code, period_start, period_end, "
                "period_type, value, unit, unit_class, qualifier, kind, quote, start_offset, end_offset, "
                "extractor_version) VALUES\n")
        f.write(",\n".join(f"({o}, {d}, '{i}', '{r}', '{s}', '{e}', '{t}', {v}, '{u}', '{uc}', '{q}', '{k}', "
                           f"'基准数字', 0, 1, 'bench')"
                           for o, d, i, r, s, e, t, v, u, uc, q, k in c.rows))
        f.write(";\nCOMMIT;\n")
    with open(truth_file, "w", encoding="utf-8") as f:
        for check, observation in c.truth:
            f.write(f"{check}\t{observation}\n")
    print(f"generated {len(c.rows)} figures in {len(counties)} counties of {len(prefectures)} prefectures; "
          f"injected errors: " + ", ".join(f"{k} {v}" for k, v in made.items()) + f" ({len(c.truth)} in all)")


if __name__ == "__main__":
    main()
