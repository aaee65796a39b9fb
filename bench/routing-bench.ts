// `npm run bench`: route engine speed on generated networks of 1k, 10k and 100k places, against two references.
import { bidirectional } from "graphology-shortest-path/dijkstra";
import { readDataDir } from "../src/cli/read-dataset";
import type { Place } from "../src/core/dataset";
import { buildNetworkGraph } from "../src/core/network-graph";
import { lookupPlace, PlaceLookupError } from "../src/core/place-lookup";
import { placeSearch } from "../src/core/place-suggestions";
import { compileRoutingIndex, findRoutes, type RouteQuery } from "../src/core/routing";
import { compileRoutingView } from "../src/core/routing/routing-view";
import { generateNetwork, seededRandom } from "./geo-network";
import { compactGraph, typedDijkstra } from "./typed-dijkstra";

const SIZES = [1_000, 10_000, 100_000];
const PAIRS = 200;
/** graphology-shortest-path takes ~0.35 s a query at 100k places: time it on this many pairs there. */
const GRAPHOLOGY_PAIRS_AT_100K = 20;
const CONSTRAINT = { modes: ["rail", "road"] } satisfies Partial<RouteQuery>;
const CONSTRAINT_LABEL = "no sea";
/** A misspelt name is compared with every place: time it on fewer names. */
const UNKNOWN_NAMES = 20;
/** The shipped time model, so that transfers cost what they cost on the real network. */
const TIME_MODEL = readDataDir().timeModel;

interface Timing {
  median: number;
  p95: number;
  count: number;
}

function time(pairs: [string, string][], run: (from: string, to: string) => unknown): Timing {
  const samples = pairs.map(([from, to]) => {
    const start = performance.now();
    run(from, to);
    return performance.now() - start;
  });
  return summary(samples);
}

function summary(samples: number[]): Timing {
  samples.sort((a, b) => a - b);
  const at = (share: number) =>
    samples[Math.min(samples.length - 1, Math.floor(share * samples.length))] ?? 0;
  return { median: at(0.5), p95: at(0.95), count: samples.length };
}

/** Two runs timed on the same pairs, alternating, so that a change in the machine's load hits both. */
function timeTurnAbout(
  pairs: [string, string][],
  first: (from: string, to: string) => unknown,
  second: (from: string, to: string) => unknown,
): [Timing, Timing] {
  const timings = pairs.map((pair) => [time([pair], first), time([pair], second)] as const);
  return [summary(timings.map(([a]) => a.median)), summary(timings.map(([, b]) => b.median))];
}

function fixedPairs(placeCount: number): [string, string][] {
  const random = seededRandom(7);
  return Array.from({ length: PAIRS }, () => {
    const from = Math.floor(random() * placeCount);
    const to = (from + 1 + Math.floor(random() * (placeCount - 1))) % placeCount;
    return [`p${from}`, `p${to}`];
  });
}

const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(0));
const show = (timing: Timing) => `${ms(timing.median)} / ${ms(timing.p95)}`;
const ratio = (ours: Timing, reference: Timing) =>
  `${(ours.median / reference.median).toFixed(2)}×`;
const megabytes = () => (process.memoryUsage().heapUsed / 2 ** 20).toFixed(0);

function benchSize(placeCount: number): string[][] {
  const network = generateNetwork(placeCount, 42);
  let start = performance.now();
  const graph = buildNetworkGraph(network);
  const graphMs = performance.now() - start;
  start = performance.now();
  const index = compileRoutingIndex(graph, { timeModel: TIME_MODEL });
  const indexMs = performance.now() - start;
  start = performance.now();
  compileRoutingView(index, "km", CONSTRAINT);
  const viewMs = performance.now() - start;
  const heapMb = megabytes();
  const pairs = fixedPairs(placeCount);
  const route =
    (k: number, extra: Partial<RouteQuery> = {}) =>
    (from: string, to: string) =>
      findRoutes(index, { from, to, k, ...extra });
  const reference = typedDijkstra(compactGraph(index.placeIds, network.links));
  const number = (id: string) => index.placeNumbers.get(id) ?? -1;
  const bestKm = new Map<string, number>();
  const best = (from: string, to: string) =>
    bestKm.set(`${from}>${to}`, route(1)(from, to).routes[0]?.km ?? Number.POSITIVE_INFINITY);
  const graphologyPairs = placeCount >= 100_000 ? pairs.slice(0, GRAPHOLOGY_PAIRS_AT_100K) : pairs;
  const timings = {
    best: time(pairs, best),
    bestConstrained: time(pairs, route(1, CONSTRAINT)),
    five: time(pairs, route(5)),
    fiveConstrained: time(pairs, route(5, CONSTRAINT)),
    typed: time(pairs, (from, to) => reference(number(from), number(to))),
    graphology: time(graphologyPairs, (from, to) => bidirectional(graph, from, to, "km")),
  };
  // Our km are rounded to 0.1 in results; the reference's are not.
  const names = placeNameRows(placeCount, network.places, pairs);
  start = performance.now();
  route(1)(placeName(pairs[0]?.[0] ?? "p0"), placeName(pairs[0]?.[1] ?? "p1"));
  const routeNamesMs = performance.now() - start;
  // By id and by name taken turn about, so that a busy machine slows both alike.
  const [byId, byName] = timeTurnAbout(
    pairs,
    (from, to) => route(1)(from, to),
    (from, to) => route(1)(placeName(from), placeName(to)),
  );
  // Our km are rounded to 0.1 in results; the reference's are not.
  const disagreements = pairs.filter(([from, to]) => {
    const ours = bestKm.get(`${from}>${to}`) ?? Number.NaN;
    return !(
      Math.abs(ours - reference(number(from), number(to))) <= 0.05 ||
      ours === reference(number(from), number(to))
    );
  }).length;
  const size = placeCount.toLocaleString("en-GB");
  return [
    [size, "build: graph / index / view ms", `${ms(graphMs)} / ${ms(indexMs)} / ${ms(viewMs)}`],
    [size, "heap used after build (MB)", heapMb],
    [size, "best route, median / p95 ms", show(timings.best)],
    [size, `best route, ${CONSTRAINT_LABEL}`, show(timings.bestConstrained)],
    [size, "5 routes (Yen), median / p95 ms", show(timings.five)],
    [size, `5 routes, ${CONSTRAINT_LABEL}`, show(timings.fiveConstrained)],
    [size, "ref: typed-array Dijkstra", show(timings.typed)],
    [
      size,
      `ref: graphology-shortest-path (${timings.graphology.count} pairs)`,
      show(timings.graphology),
    ],
    [size, "best route ÷ typed Dijkstra (median)", ratio(timings.best, timings.typed)],
    [size, "best route ÷ graphology (median)", ratio(timings.best, timings.graphology)],
    [size, "5 routes ÷ typed Dijkstra (median)", ratio(timings.five, timings.typed)],
    ...previousEngineRow(placeCount, timings.five),
    [size, "best km differs from typed Dijkstra", `${disagreements} of ${pairs.length} pairs`],
    ...names,
    [size, "first route by name (builds its name index), ms", ms(routeNamesMs)],
    [size, "best route by name, median / p95 ms", show(byName)],
    [size, "best route by name ÷ by id (target ≤ 1.2×)", ratio(byName, byId)],
  ];
}

/** The generated places' French name ("Lieu 12"), as a user would type it. */
const placeName = (id: string) => `Lieu ${id.slice(1)}`;

/** Name lookups and suggestions on the network's place list, as the CLI and the trip fields use it. */
function placeNameRows(placeCount: number, places: Place[], pairs: [string, string][]): string[][] {
  const size = placeCount.toLocaleString("en-GB");
  let start = performance.now();
  lookupPlace(places, places[0]?.id ?? "");
  const buildMs = performance.now() - start;
  const search = placeSearch(places);
  start = performance.now();
  search("Pla");
  const searchBuildMs = performance.now() - start;
  const known = time(pairs, (from) => lookupPlace(places, placeName(from)));
  // A misspelt name ("Plcae 12x"): every generated name is a few edits from it.
  const unknown = time(pairs.slice(0, UNKNOWN_NAMES), (from) => {
    try {
      lookupPlace(places, `Plcae ${from.slice(1)}x`);
    } catch (error) {
      if (!(error instanceof PlaceLookupError)) throw error;
    }
  });
  const typing = time(pairs, (from) => search(`Place ${from.slice(1, 3)}`));
  return [
    [size, "name index / suggestion index built (ms)", `${ms(buildMs)} / ${ms(searchBuildMs)}`],
    [size, "name lookup, median / p95 ms (target < 5)", show(known)],
    [size, `unknown name with suggestions (${unknown.count} names)`, show(unknown)],
    [size, "suggestions while typing, median / p95 ms", show(typing)],
  ];
}

/**
 * The node-based engine before transfers were charged between legs (commit 9ea1230), 5 routes at
 * 100k places: median 561 ms on this 2-core machine, 1 December 2026, under heavy load. The
 * transfer-aware engine is to stay within 1.5× of it.
 */
const PREVIOUS_FIVE_ROUTES_MS: Record<number, number> = { 100000: 561 };

function previousEngineRow(placeCount: number, five: Timing): string[][] {
  const previous = PREVIOUS_FIVE_ROUTES_MS[placeCount];
  if (previous === undefined) return [];
  const label = `5 routes ÷ previous engine (${previous} ms; target ≤ 1.5×)`;
  return [[placeCount.toLocaleString("en-GB"), label, `${(five.median / previous).toFixed(2)}×`]];
}

function printTable(rows: string[][]): void {
  const header = ["places", "measure", "value"];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)),
  );
  const line = (cells: string[]) =>
    cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(" │ ");
  console.log(line(header));
  console.log(widths.map((width) => "─".repeat(width)).join("─┼─"));
  for (const row of rows) console.log(line(row));
}

console.log(
  `Route engine benchmark: ${PAIRS} fixed origin–destination pairs per size, seed 42, times in ms`,
);
console.log(
  `(constraint: ${CONSTRAINT_LABEL}; graphology-shortest-path on ${GRAPHOLOGY_PAIRS_AT_100K} of the pairs at 100k)\n`,
);
const rows: string[][] = [];
for (const size of SIZES) {
  rows.push(...benchSize(size));
  console.error(`… ${size} places done`);
}
printTable(rows);
