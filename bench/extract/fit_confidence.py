#!/usr/bin/env python3
"""Fits the weights of extract/Confidence on annotated texts and shows how they calibrate.

    fit_confidence.py [--fit SET ...] [--show SET ...] [--wrong] [--java] [--cv]

A SET is GOLD:TEXTS:META (meta: a list of {"doc", "published", "default_region"} as in ../shared/eval).
Runs io.zhibiao.extract.ConfidenceDump (compiled test classes, no service needed) over every text, labels each
figure as calibration.py does (right = matches a required gold figure and its region, period and kind are right;
wrong = matches no gold; figures matching optional gold are left out), then fits a logistic model
logit = BASE + sum(weight[reason]) with every weight <= -0.15 (a reason only lowers) and an L2 penalty, by projected
gradient descent. --wrong prints every wrong figure with its reasons; --java prints the weights as Java lines for
Confidence.java; --cv also fits without each text in turn and scores it (with --wrong: every held-out wrong figure). Fitting sets: the team's own texts (bench/extract/confidence) and the seed; the dev set is shown,
never fitted on alone."""
import argparse, json, math, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
EVAL = os.path.join(REPO, "..", "shared", "eval")
sys.path.insert(0, EVAL)
from score import load_jsonl, score_doc, period_ok  # noqa: E402

L2 = float(os.environ.get("L2", "0.01"))
# Every recorded reason costs at least this much: a place, period or kind inferred rather than stated is never surer
# than a stated one, even where the fitting texts happen to hold no wrong figure with that reason.
CAP = -0.15


def dump(texts, meta_path):
    meta = json.load(open(meta_path, encoding="utf-8"))
    docs = meta["docs"] if isinstance(meta, dict) and "docs" in meta else (meta if isinstance(meta, list) else [dict(meta)])
    lines = []
    for d in docs:
        names = [d["doc"]] if d.get("doc") else sorted(os.listdir(texts))
        for n in names:
            lines.append(f"{os.path.join(texts, n)}\t{d['published']}\t{d.get('default_region') or ''}")
    out = tempfile.NamedTemporaryFile(suffix=".jsonl", delete=False).name
    cp = os.path.join(REPO, "target", "classes") + ":" + os.path.join(REPO, "target", "test-classes")
    subprocess.run(["java", "-cp", cp, "io.zhibiao.extract.ConfidenceDump", out], input="\n".join(lines) + "\n",
                   text=True, check=True)
    return load_jsonl(out)


def labelled(spec):
    gold_path, texts, meta = spec.split(":")
    gold = load_jsonl(gold_path)
    system = {}
    for o in dump(texts, meta):
        system.setdefault(o["doc"], []).append(o)
    rows = []
    for doc in sorted({g["doc"] for g in gold}):
        text = open(os.path.join(texts, doc), encoding="utf-8").read()
        pairs, _, free = score_doc(text, [g for g in gold if g["doc"] == doc], system.get(doc, []))
        for g, o in pairs:
            if g.get("optional"):
                continue
            right = (o.get("regionCode") in [g["region_code"]] + list(g.get("region_alt", []))
                     and period_ok(g, o) and o.get("kind") == g["kind"])
            why = [] if right else [w for w, ok in (("region", o.get("regionCode") in [g["region_code"]] + list(g.get("region_alt", []))),
                                                   ("period", period_ok(g, o)), ("kind", o.get("kind") == g["kind"])) if not ok]
            rows.append((o, right, why))
        rows += [(o, False, ["no gold"]) for o in free]
    return rows


def fit(rows, reasons):
    w = {r: 0.0 for r in reasons}
    base = 3.0
    n = len(rows)
    # figures with the same reasons and label share a gradient: fold them into (reasons, right, count)
    groups = {}
    for o, right, _ in rows:
        key = (tuple(sorted(r for r in o["reasons"] if r in w)), bool(right))
        groups[key] = groups.get(key, 0) + 1
    for _ in range(int(os.environ.get("STEPS", "4000"))):
        gb, gw = 0.0, {r: 0.0 for r in reasons}
        for (rs, right), count in groups.items():
            z = base + sum(w[r] for r in rs)
            p = 1 / (1 + math.exp(-z))
            e = count * (p - (1.0 if right else 0.0))
            gb += e
            for r in rs:
                gw[r] += e
        base -= 0.5 * gb / n
        for r in reasons:
            w[r] = min(CAP, w[r] - 0.5 * (gw[r] / n + L2 * w[r] / n * 10))
    return base, w


def confidence(o, base, w):
    z = base + sum(w.get(r, 0.0) for r in o["reasons"])
    return round(1 / (1 + math.exp(-z)), 3)


def report(name, rows, conf):
    cs = [(conf(o), r) for o, r, _ in rows]
    ece, n = 0.0, len(cs)
    print(f"== {name}")
    for b in range(10):
        lo, hi = b / 10, (b + 1) / 10
        inb = [(c, r) for c, r in cs if lo <= c < hi or (b == 9 and c == 1.0)]
        if inb:
            mc = sum(c for c, _ in inb) / len(inb); acc = sum(r for _, r in inb) / len(inb)
            ece += len(inb) / n * abs(mc - acc)
            print(f"[{lo:.1f},{hi:.1f}) n={len(inb):4d} confidence={mc:.3f} right={acc:.3f}")
    high = [r for c, r in cs if c >= 0.9]
    wrong = [c for c, r in cs if not r]
    print(f"high_right={sum(high) / max(1, len(high)):.3f} low_catch={sum(1 for c in wrong if c < 0.6) / max(1, len(wrong)):.3f} "
          f"ece={ece:.3f} (figures {n}, wrong {len(wrong)}, >=0.9: {len(high)})")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--fit", nargs="*", default=[])
    ap.add_argument("--show", nargs="*", default=[])
    ap.add_argument("--wrong", action="store_true")
    ap.add_argument("--java", action="store_true")
    ap.add_argument("--cv", action="store_true", help="also leave one text out: fit without it, score it")
    a = ap.parse_args()
    fitted = {s: labelled(s) for s in a.fit}
    shown = {s: labelled(s) for s in a.show}
    train = [x for rows in fitted.values() for x in rows]
    conf = lambda o: o["confidence"]
    if train:
        reasons = sorted({r for o, _, _ in train for r in o["reasons"]})
        base, w = fit(train, reasons)
        conf = lambda o: confidence(o, base, w)
        print(f"BASE = {base:.2f}")
        for r in reasons:
            n = sum(1 for o, _, _ in train if r in o["reasons"])
            bad = sum(1 for o, ok, _ in train if r in o["reasons"] and not ok)
            print(f"  {r:26s} {w[r]:6.2f}   on {n:4d} figures, {bad:3d} wrong")
        if a.java:
            for r in reasons:
                print(f"        WEIGHTS.put(Reason.{r.upper()}, {w[r]:.2f});")
    if a.cv and train:
        held = []
        docs = sorted({(k, o["doc"]) for k, rows in fitted.items() for o, _, _ in rows})
        for k, doc in docs:
            rest = [x for kk, rows in fitted.items() for x in rows if (kk, x[0]["doc"]) != (k, doc)]
            b, w = fit(rest, sorted({r for o, _, _ in rest for r in o["reasons"]}))
            held += [(dict(o, confidence=confidence(o, b, w)), ok, why) for o, ok, why in fitted[k] if o["doc"] == doc]
        report("leave-one-text-out over the fitting sets", held, lambda o: o["confidence"])
        if a.wrong:
            for o, ok, why in held:
                if not ok:
                    print(f"  HELD-OUT WRONG {o['confidence']:.2f} {o['doc'][:24]:24s} {o['value']:g} {','.join(why):14s} "
                          f"{o['reasons']}")
    for s, rows in list(fitted.items()) + list(shown.items()):
        report(s.split(":")[0], rows, conf)
        if a.wrong:
            for o, ok, why in rows:
                if not ok:
                    print(f"  WRONG {conf(o):.2f} {o['doc'][:24]:24s} {o['value']:g}{o['unit']} "
                          f"{','.join(why):14s} {o['regionCode']} {o['periodStart']}..{o['periodEnd']} {o['kind']} "
                          f"{o['indicator']} {o['reasons']} «{o['quote'][:60]}»")


if __name__ == "__main__":
    main()
