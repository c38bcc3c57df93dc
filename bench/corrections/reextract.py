#!/usr/bin/env python3
"""Starts a re-extraction (POST /api/admin/reextract?all=true, or of stale documents only when the third argument is
stale), waits for its end, prints its seconds. passes.py times its passes with reextract() from here."""
import datetime, json, sys, time, urllib.request


def reextract(base, label, stale=False):
    """Runs one re-extraction on the service at base and waits for it: (seconds it reports, documents done)."""
    headers = {"Authorization": "Bearer bench-admin"}
    scope = "" if stale else "?all=true"
    urllib.request.urlopen(urllib.request.Request(base + "/api/admin/reextract" + scope, method="POST", headers=headers))
    while True:
        status = json.loads(urllib.request.urlopen(base + "/api/admin/reextract").read())
        if not status["running"]:
            break
        time.sleep(0.5)
    if status["failed"]:
        sys.exit(f"{label}: {status['failed']} documents failed")
    start, end = (datetime.datetime.fromisoformat(status[k].replace("Z", "+00:00")) for k in ("startedAt", "finishedAt"))
    return (end - start).total_seconds(), status["done"]


if __name__ == "__main__":
    label = sys.argv[2]
    seconds, done = reextract(sys.argv[1], label, len(sys.argv) > 3 and sys.argv[3] == "stale")
    print(f"{label}: {done} documents in {seconds:.1f} s", file=sys.stderr)
    print(f"{seconds:.3f}")
