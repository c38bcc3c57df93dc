#!/usr/bin/env python3
"""Scores the checks against the truth of generate.py: reads every finding under the benchmark's provinces from
/api/checks and prints recall and precision per check and in all. A finding is right when it is of the injected
error's check and names its observation; any other finding there is a false alarm.

    score.py URL TRUTH.tsv
"""
import json
import sys
import urllib.request
from collections import Counter

from generate import PROVINCES


def findings(url):
    for province in PROVINCES:
        page = 0
        while True:
            with urllib.request.urlopen(f"{url}/api/checks?region={province}&size=500&page={page}") as answer:
                body = json.load(answer)
            yield from body["items"]
            if (page + 1) * body["size"] >= body["total"]:
                break
            page += 1


def main():
    url, truth_file = sys.argv[1], sys.argv[2]
    truth = [tuple(line.split("\t")) for line in open(truth_file, encoding="utf-8").read().split("\n") if line]
    truth = [(check, int(observation)) for check, observation in truth]
    found = list(findings(url))
    caught, alarms = Counter(), Counter()
    matched = set()
    for f in found:
        hits = [t for t in truth if t[0] == f["check"] and t[1] in f["observations"]]
        if hits:
            matched.update(hits)
        else:
            alarms[f["check"]] += 1
            print(f"false alarm: {f['check']} {f['region']} {f['indicator']}: {f['detail']}")
    for t in matched:
        caught[t[0]] += 1
    injected = Counter(check for check, _ in truth)
    print(f"{'check':<22}{'injected':>9}{'caught':>8}{'alarms':>8}{'recall':>8}{'precision':>11}")
    for check in sorted(injected):
        right = sum(1 for f in found if f["check"] == check) - alarms[check]
        precision = right / (right + alarms[check]) if right + alarms[check] else 1.0
        print(f"{check:<22}{injected[check]:>9}{caught[check]:>8}{alarms[check]:>8}"
              f"{caught[check] / injected[check]:>8.3f}{precision:>11.3f}")
    right = len(found) - sum(alarms.values())
    recall = len(matched) / len(truth)
    precision = right / len(found) if found else 1.0
    print(f"checks: {len(truth)} injected errors, {len(found)} findings; recall {recall:.3f}, precision {precision:.3f}")


if __name__ == "__main__":
    main()
