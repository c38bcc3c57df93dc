#!/usr/bin/env python3
"""CPU seconds (user + system) of a service's JVM and of the PostgreSQL backends serving its database, read from
/proc on the machine of both. On a shared machine wall time moves with the neighbours' load; the CPU a piece of work
costs moves much less. A backend that ends between two readings loses its share (a pool keeps its connections).

  cpu.py snapshot PID DB > FILE     the readings now
  cpu.py since FILE PID DB          prints "service S s, PostgreSQL P s" spent since the snapshot
"""
import json, os, subprocess, sys

TICK = os.sysconf("SC_CLK_TCK")


def cpu(pid):
    """CPU seconds of one process, or None when it is gone."""
    try:
        fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / TICK  # utime, stime
    except (FileNotFoundError, ProcessLookupError):
        return None


def backends(db):
    """CPU seconds of each PostgreSQL backend connected to db, by pid."""
    out = subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", db, "-Atc",
                          "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"],
                         check=True, capture_output=True, text=True).stdout.split()
    readings = {int(p): cpu(p) for p in out}
    return {p: c for p, c in readings.items() if c is not None}


def spent(before, after):
    """Backend CPU between two readings of backends(): a backend new in the second counts from zero."""
    return sum(c - before.get(p, 0.0) for p, c in after.items())


if __name__ == "__main__":
    if sys.argv[1] == "snapshot":
        pid, db = int(sys.argv[2]), sys.argv[3]
        json.dump({"java": cpu(pid), "pg": backends(db)}, sys.stdout)
    else:
        snap = json.load(open(sys.argv[2]))
        pid, db = int(sys.argv[3]), sys.argv[4]
        pg_before = {int(p): c for p, c in snap["pg"].items()}
        print(f"service {cpu(pid) - snap['java']:.1f} s, PostgreSQL {spent(pg_before, backends(db)):.1f} s")
