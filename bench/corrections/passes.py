#!/usr/bin/env python3
"""Interleaved full re-extractions of two services (with and without reviews), with wall time and CPU time.

  passes.py ROUNDS with=BASE,JAVA_PID,DB without=BASE,JAVA_PID,DB

Each round runs one pass on each service, the order alternating (with/without, then without/with), so a machine
whose load drifts weighs on both alike. Per pass: the seconds the service reports (startedAt..finishedAt), the CPU
seconds of the service's JVM (/proc/PID/stat, all threads) and of the PostgreSQL backends serving its database (the
backends of pg_stat_activity; one that ends during a pass loses its share). Prints each pass, then the medians and
the ratios with/without. Needs to run on the machine of both (it reads /proc)."""
import os, statistics, sys, time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from cpu import backends, cpu, spent  # bench/cpu.py, shared with bench/ingest
from reextract import reextract  # the same start-and-wait as the load step (run.sh)


def one_pass(label, base, pid, db):
    java0, pg0 = cpu(pid), backends(db)
    seconds, done = reextract(base, base)
    java1, pg1 = cpu(pid), backends(db)
    pg = spent(pg0, pg1)
    load = os.getloadavg()[0]
    print(f"{label}: {done} documents, wall {seconds:.1f} s, service CPU {java1 - java0:.1f} s, "
          f"PostgreSQL CPU {pg:.1f} s (load {load:.1f})", flush=True)
    return seconds, java1 - java0, pg


def main():
    rounds = int(sys.argv[1])
    # BENCH_MINUTES: start no round after this many minutes (the rounds done so far are summed up); 0: no limit.
    budget = float(os.environ.get("BENCH_MINUTES", "0")) * 60
    began = time.time()
    sides = dict(arg.split("=", 1) for arg in sys.argv[2:])
    sides = {k: (v.split(",")[0], int(v.split(",")[1]), v.split(",")[2]) for k, v in sides.items()}
    for name in ("with", "without"):
        one_pass(f"warm-up {name}", *sides[name])
    results = {"with": [], "without": []}
    for r in range(rounds):
        if budget and r > 0 and time.time() - began > budget:
            print(f"time budget of {budget / 60:.0f} min spent: {r} rounds of {rounds}", flush=True)
            break
        order = ("with", "without") if r % 2 == 0 else ("without", "with")
        for name in order:
            results[name].append(one_pass(f"round {r + 1} {name}", *sides[name]))
    med = {k: [statistics.median(x[i] for x in v) for i in range(3)] for k, v in results.items()}
    for i, what in enumerate(("wall", "service CPU", "PostgreSQL CPU")):
        w, wo = med["with"][i], med["without"][i]
        print(f"median {what}: with {w:.1f} s, without {wo:.1f} s, ratio {w / wo:.3f}")
    total_w, total_wo = med["with"][1] + med["with"][2], med["without"][1] + med["without"][2]
    print(f"median CPU service + PostgreSQL: with {total_w:.1f} s, without {total_wo:.1f} s, "
          f"ratio {total_w / total_wo:.3f} (goal <= 1.10)")
    # Paired by round: the two passes of a round ran back to back, under much the same load.
    paired = [(a[1] + a[2]) / (b[1] + b[2]) for a, b in zip(results["with"], results["without"])]
    walls = [a[0] / b[0] for a, b in zip(results["with"], results["without"])]
    print("per-round ratios with/without: CPU " + ", ".join(f"{x:.3f}" for x in paired)
          + f" (median {statistics.median(paired):.3f}); wall " + ", ".join(f"{x:.3f}" for x in walls)
          + f" (median {statistics.median(walls):.3f})")


main()
