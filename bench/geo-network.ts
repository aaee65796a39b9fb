// Generated geographic networks for the benchmark: seeded random places, each joined to its nearest neighbours.
import type { Link, Mode, Place } from "../src/core/dataset";
import { greatCircleKm } from "../src/core/geo";
import type { RoutingIndex } from "../src/core/routing";

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32), so every run routes the same network. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SOUTH = 30;
const NORTH = 55;
const WEST = 40;
const EAST = 90;
const COUNTRY_BANDS = 8;
// Shared by every generated record, to keep a 100k-place network's memory sane.
const PROVENANCE = { basis: "estimate" as const, sources: ["bench"] };
const POSITION = { ...PROVENANCE, precisionKm: 1 };
const CORRIDORS = ["bench"];
const SPEED: Record<Mode, number> = { rail: 40, road: 50, sea: 25, ferry: 20 };

export function generateNetwork(
  placeCount: number,
  seed: number,
): { places: Place[]; links: Link[] } {
  const random = seededRandom(seed);
  const places: Place[] = Array.from({ length: placeCount }, (_, number) => {
    const lat = SOUTH + (NORTH - SOUTH) * random();
    const lon = WEST + (EAST - WEST) * random();
    const country = `C${Math.floor(((lon - WEST) / (EAST - WEST)) * COUNTRY_BANDS)}`;
    const name = { en: `Place ${number}`, fr: `Lieu ${number}` };
    return {
      id: `p${number}`,
      name,
      countries: [country],
      kind: "city",
      lat,
      lon,
      position: POSITION,
    };
  });
  const links: Link[] = [];
  const joined = new Set<string>();
  nearestNeighbours(places, random).forEach((neighbours, from) => {
    for (const to of neighbours) {
      const key = from < to ? `${from}-${to}` : `${to}-${from}`;
      if (joined.has(key)) continue;
      joined.add(key);
      links.push(makeLink(places, from, to, links.length, random));
    }
  });
  return { places, links };
}

function makeLink(
  places: Place[],
  from: number,
  to: number,
  number: number,
  random: () => number,
): Link {
  const [a, b] = [places[from] as Place, places[to] as Place];
  const mode: Mode = random() < 0.05 ? "sea" : random() < 0.5 ? "rail" : "road";
  const km = Math.round(greatCircleKm(a, b) * 1.2 * 10) / 10 + 0.1;
  const hours = Math.round((km / SPEED[mode]) * 10) / 10;
  return {
    id: `l${number}`,
    from: a.id,
    to: b.id,
    mode,
    km,
    length: PROVENANCE,
    hours,
    time: PROVENANCE,
    status: "operational",
    corridors: CORRIDORS,
    sources: PROVENANCE.sources,
  };
}

/** Each place's 3 or 4 nearest places (flat-earth distance is enough to choose them), by grid buckets. */
function nearestNeighbours(places: Place[], random: () => number): number[][] {
  const cellsAcross = Math.max(1, Math.round(Math.sqrt(places.length / 2)));
  const cellOf = (place: Place) => [
    Math.min(cellsAcross - 1, Math.floor(((place.lon - WEST) / (EAST - WEST)) * cellsAcross)),
    Math.min(cellsAcross - 1, Math.floor(((place.lat - SOUTH) / (NORTH - SOUTH)) * cellsAcross)),
  ];
  const cells = new Map<number, number[]>();
  places.forEach((place, number) => {
    const [x, y] = cellOf(place) as [number, number];
    const key = y * cellsAcross + x;
    cells.set(key, [...(cells.get(key) ?? []), number]);
  });
  return places.map((place, number) => {
    const wanted = random() < 0.5 ? 3 : 4;
    const [x, y] = cellOf(place) as [number, number];
    const candidates: number[] = [];
    for (let ring = 1; candidates.length <= wanted; ring++) {
      candidates.length = 0;
      for (let dy = -ring; dy <= ring; dy++) {
        for (let dx = -ring; dx <= ring; dx++) {
          if (x + dx < 0 || x + dx >= cellsAcross) continue;
          candidates.push(...(cells.get((y + dy) * cellsAcross + x + dx) ?? []));
        }
      }
      if (ring > cellsAcross) break;
    }
    const distance = (other: number) => {
      const target = places[other] as Place;
      const dLon = (target.lon - place.lon) * Math.cos((place.lat * Math.PI) / 180);
      return dLon ** 2 + (target.lat - place.lat) ** 2;
    };
    return candidates
      .filter((other) => other !== number)
      .sort((a, b) => distance(a) - distance(b))
      .slice(0, wanted);
  });
}

/** Pairs a few links apart (a seeded walk of eight links), which pgr_KSP answers in seconds where far pairs take it minutes at 100k places. */
export function nearbyPairs(index: RoutingIndex, count: number, seed: number): [string, string][] {
  const random = seededRandom(seed);
  const pairs: [string, string][] = [];
  while (pairs.length < count) {
    const start = Math.floor(random() * index.placeIds.length);
    let place = start;
    for (let step = 0; step < 8; step++) {
      const first = index.firstArc[place] as number;
      const arcs = (index.firstArc[place + 1] as number) - first;
      place = index.arcHead[first + Math.floor(random() * arcs)] as number;
    }
    if (place !== start)
      pairs.push([index.placeIds[start], index.placeIds[place]] as [string, string]);
  }
  return pairs;
}
