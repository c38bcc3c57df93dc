#!/usr/bin/env python3
"""Posts every article of a folder to POST /api/documents with T threads; prints the rates."""
import concurrent.futures, json, os, sys, time, urllib.error, urllib.request

folder, base, token, threads = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
names = sorted(f[:-4] for f in os.listdir(folder) if f.endswith(".txt"))

def post(name):
    meta = json.load(open(os.path.join(folder, name + ".json"), encoding="utf-8"))
    meta["text"] = open(os.path.join(folder, name + ".txt"), encoding="utf-8").read()
    req = urllib.request.Request(base + "/api/documents", data=json.dumps(meta, ensure_ascii=False).encode(),
                                 headers={"Content-Type": "application/json", "Authorization": "Bearer " + token})
    try:
        with urllib.request.urlopen(req, timeout=120) as r:
            return r.status, json.loads(r.read())["observationCount"]
    except urllib.error.HTTPError as e:  # counted, with its problem's title, instead of stopping the run
        print(f"{name}: {e.code} {json.loads(e.read()).get('title')}", file=sys.stderr)
        return e.code, 0

t0 = time.perf_counter()
with concurrent.futures.ThreadPoolExecutor(threads) as pool:
    results = list(pool.map(post, names))
elapsed = time.perf_counter() - t0
created = sum(1 for s, _ in results if s == 201)
observations = sum(c for s, c in results if s == 201)
print(f"documents={len(results)} created={created} observations={observations} seconds={elapsed:.1f} "
      f"docs_per_s={len(results) / elapsed:.1f} obs_per_s={observations / elapsed:.0f} threads={threads}")
