// `npm run data:hours`: rewrites every estimated link time in data/links.json from data/time-model.json.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { DATA_FILES } from "../core/load-dataset";
import { estimateHours, linkCountry } from "../core/transit-time";
import { DEFAULT_DATA_DIR, readDataDir } from "./read-dataset";

const dataset = readDataDir();
const countries = new Map(dataset.places.map((place) => [place.id, place.countries]));
const countriesOf = (place: string) => countries.get(place) ?? [];
let changed = 0;
const links = dataset.links.map((link) => {
  if (link.time.basis !== "estimate") return link;
  const country = linkCountry(link, countriesOf);
  const { hours, rule } = estimateHours(link, dataset.timeModel, country);
  if (hours === link.hours && rule === link.time.rule) return link;
  changed += 1;
  return { ...link, hours, time: { ...link.time, rule } };
});
writeFileSync(join(DEFAULT_DATA_DIR, DATA_FILES.links), `${JSON.stringify(links, null, 2)}\n`);
console.log(`${changed} of ${links.length} link times updated from the time model`);
