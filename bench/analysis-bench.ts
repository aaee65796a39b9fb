// `npm run bench` (its analysis part): a scenario and the chokepoint ranking over a set of trips, on
// the shipped network (the standard trips) and on a generated network of 10k places (random trips).
import { readDataDir, readStandardTrips } from "../src/cli/read-dataset";
import { rankChokepoints } from "../src/core/analysis/chokepoints";
import type { Scenario } from "../src/core/analysis/scenario";
import { presetScenario } from "../src/core/analysis/scenario-presets";
import { runScenario } from "../src/core/analysis/scenario-report";
import { standardTripSet, type Trip } from "../src/core/analysis/trips";
import { buildNetworkGraph } from "../src/core/network-graph";
import { compileRoutingIndex, type RoutingIndex } from "../src/core/routing";
import { generateNetwork, seededRandom } from "./geo-network";

const GENERATED_PLACES = 10_000;
const GENERATED_TRIPS = 20;
/** Closing each of their ~300 links in turn reroutes a trip per link: a minute on this machine. */
const GENERATED_CHOKEPOINT_TRIPS = 5;
const RUNS = 5;

/** Median of a few runs, in ms, and the result of the last. */
function timed<T>(run: () => T): { ms: number; result: T } {
  const samples: number[] = [];
  let result = run();
  for (let sample = 0; sample < RUNS; sample++) {
    const start = performance.now();
    result = run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { ms: samples[Math.floor(samples.length / 2)] ?? 0, result };
}

function benchNetwork(
  label: string,
  index: RoutingIndex,
  trips: Trip[],
  scenario: Scenario,
  chokepointTrips = trips,
) {
  const report = timed(() => runScenario(index, trips, scenario));
  const start = performance.now();
  const ranked = rankChokepoints(index, chokepointTrips);
  const chokepointMs = performance.now() - start;
  const { cut, rerouted } = report.result.summary;
  return [
    label,
    String(trips.length),
    report.ms.toFixed(0),
    `${rerouted} rerouted, ${cut} cut`,
    String(chokepointTrips.length),
    chokepointMs.toFixed(0),
    String(ranked.length),
  ];
}

function randomTrips(placeCount: number, count: number): Trip[] {
  const random = seededRandom(11);
  return Array.from({ length: count }, (_, number) => {
    const from = Math.floor(random() * placeCount);
    const to = (from + 1 + Math.floor(random() * (placeCount - 1))) % placeCount;
    return { id: `t${number}`, from: `p${from}`, to: `p${to}`, weightUsd: 1e9 };
  });
}

const dataset = readDataDir();
const shipped = compileRoutingIndex(buildNetworkGraph(dataset), dataset);
const generated = compileRoutingIndex(buildNetworkGraph(generateNetwork(GENERATED_PLACES, 42)), {
  timeModel: dataset.timeModel,
});
const rows = [
  benchNetwork(
    "shipped (Russia closed)",
    shipped,
    standardTripSet(readStandardTrips(dataset), dataset.trade),
    presetScenario(shipped, "russia-closed"),
  ),
  benchNetwork(
    "10k generated (band C3 closed)",
    generated,
    randomTrips(GENERATED_PLACES, GENERATED_TRIPS),
    { countries: ["C3"] },
    randomTrips(GENERATED_PLACES, GENERATED_CHOKEPOINT_TRIPS),
  ),
];
const header = ["network", "trips", "scenario ms (median)", "outcome"].concat([
  "chokepoint trips",
  "chokepoints ms",
  "elements closed",
]);
const widths = header.map((title, column) =>
  Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)),
);
const line = (cells: string[]) =>
  `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(" | ")} |`;
process.stdout.write(
  `Scenario and chokepoints, by hours (targets in the page: scenario < 300 ms, chokepoints < 2 s)\n${[line(header), ...rows.map(line)].join("\n")}\n`,
);
