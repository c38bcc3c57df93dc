// Reads a JSON-stat 2.0 dataset from standard input with the JSON-stat Toolkit and prints what the toolkit
// understood, as JSON: the class, the dimensions with their category labels and units, and every cell
// (one per indicator × region × time, with its value and status). JsonStatRoundTripTest compares that with
// the service's own JSON answer, so the check rests on an independent reader, not on Zhibiao's code.
import JSONstat from "jsonstat-toolkit";

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const ds = JSONstat(JSON.parse(Buffer.concat(chunks).toString("utf8")));
if (ds.class !== "dataset") {
  console.error("not a dataset: " + ds.class + (ds.error ? " (" + ds.error + ")" : ""));
  process.exit(2);
}

const dimensions = ds.id.map((id) => {
  const dim = ds.Dimension(id);
  return {
    id,
    label: dim.label,
    role: dim.role,
    categories: dim.id.map((cid) => {
      const cat = dim.Category(cid);
      return { id: cid, label: cat.label, unit: cat.unit ?? null };
    }),
  };
});

const cells = [];
for (const indicator of ds.Dimension("indicator").id) {
  for (const region of ds.Dimension("region").id) {
    for (const time of ds.Dimension("time").id) {
      const d = ds.Data({ indicator, region, time });
      if (d && d.value !== null && d.value !== undefined) {
        cells.push({ indicator, region, time, value: d.value, status: d.status ?? null });
      }
    }
  }
}

process.stdout.write(JSON.stringify({
  class: ds.class,
  version: ds.version,
  label: ds.label,
  n: ds.n,
  size: ds.size,
  ids: ds.id,
  roles: ds.role,
  extension: ds.extension ?? null,
  dimensions,
  cells,
}));
