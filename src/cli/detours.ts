// `npm run data:detours`: lists the routes by km between capitals, ports and crossings that run more than
// twice their great-circle distance (and 300 km over it) or leave their shared country, with the reason
// each is accepted; `--json` prints the list that tests/data/known-detours.json keeps.
import { detourReason, findDetours } from "./detour-audit";
import { readDataDir } from "./read-dataset";

const detours = findDetours(readDataDir()).map((d) => ({ ...d, reason: detourReason(d) }));
if (process.argv.includes("--json")) {
  const known = detours.map(({ from, to, kind, reason }) => ({ from, to, kind, reason }));
  console.log(JSON.stringify(known, null, 2));
} else {
  for (const d of detours) {
    const ratio = (d.km / d.greatCircleKm).toFixed(1);
    console.log(
      `${d.kind}\t${d.from} → ${d.to}\t${d.km} km (great-circle ${d.greatCircleKm}, ×${ratio})\t${d.countries.join(">")}\t${d.reason}`,
    );
  }
  console.log(`${detours.length} detours`);
}
