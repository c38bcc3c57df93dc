#!/usr/bin/env bash
# Reads one format=jsonstat answer of a running service back with the JSON-stat Toolkit and prints what it read:
#   src/test/jsonstat/roundtrip.sh 'http://localhost:8080/api/series?indicator=loans.issued&region=360000&format=jsonstat'
# The toolkit is installed (npm ci, pinned by package-lock.json) into target/jsonstat-reader, as the tests do.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
home="$here/../../../target/jsonstat-reader"
mkdir -p "$home"
cp "$here/package.json" "$here/package-lock.json" "$here/read.mjs" "$home/"
[ -d "$home/node_modules/jsonstat-toolkit" ] || (cd "$home" && npm ci --no-audit --no-fund --ignore-scripts >/dev/null)
curl -sf "$1" | (cd "$home" && node read.mjs) | node -e '
let s = ""; process.stdin.on("data", d => s += d).on("end", () => {
  const r = JSON.parse(s);
  console.log("class", r.class, "· ids", r.ids.join(" × "), "· size", r.size.join(" × "), "· roles", JSON.stringify(r.roles));
  for (const d of r.dimensions) {
    console.log(d.id + " (" + d.label + "):", d.categories.map(c => c.id + "=" + c.label + (c.unit ? " unit " + JSON.stringify(c.unit) : "")).join(", "));
  }
  console.log(r.cells.length + " cells with values:");
  for (const c of r.cells) console.log("  " + c.region + " " + c.time + " = " + c.value + (c.status ? " [" + c.status + "]" : ""));
});'
