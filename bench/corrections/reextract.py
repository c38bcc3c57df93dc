#!/usr/bin/env python3
"""Starts a re-extraction (POST /api/admin/reextract?all=true, or of stale documents only when the third argument is
stale), waits for its end, prints its seconds."""
import datetime, json, sys, time, urllib.request

base, label = sys.argv[1], sys.argv[2]
headers = {"Authorization": "Bearer bench-admin"}
scope = "" if len(sys.argv) > 3 and sys.argv[3] == "stale" else "?all=true"
urllib.request.urlopen(urllib.request.Request(base + "/api/admin/reextract" + scope, method="POST", headers=headers))
while True:
    status = json.loads(urllib.request.urlopen(base + "/api/admin/reextract").read())
    if not status["running"]:
        break
    time.sleep(0.5)
if status["failed"]:
    sys.exit(f"{label}: {status['failed']} documents failed")
start = datetime.datetime.fromisoformat(status["startedAt"].replace("Z", "+00:00"))
end = datetime.datetime.fromisoformat(status["finishedAt"].replace("Z", "+00:00"))
seconds = (end - start).total_seconds()
print(f"{label}: {status['done']} documents in {seconds:.1f} s", file=sys.stderr)
print(f"{seconds:.3f}")
