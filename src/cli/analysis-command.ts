// The compare, scenario and chokepoints commands' work, apart from the process: arguments in,
// output and exit status out (0 an answer, 2 a bad command or trips file, 1 broken data).
import { rankChokepoints } from "../core/analysis/chokepoints";
import { compareCorridors } from "../core/analysis/compare-corridors";
import { combineScenarios, type Scenario } from "../core/analysis/scenario";
import { type PresetId, presetScenario } from "../core/analysis/scenario-presets";
import { runScenario } from "../core/analysis/scenario-report";
import { standardTripSet, type Trip } from "../core/analysis/trips";
import type { Dataset } from "../core/dataset";
import { chokepointsCsv, corridorComparisonCsv, scenarioCsv } from "../core/export/analysis-csv";
import { buildNetworkGraph } from "../core/network-graph";
import { PlaceLookupError } from "../core/place-lookup";
import { compileRoutingIndex, RouteQueryError, type RoutingIndex } from "../core/routing";
import { placeIdOf } from "../core/routing/route-query";
import { DatasetError } from "../core/validation/problems";
import { networkText } from "../text/network-text";
import {
  type AnalysisFormat,
  CHOKEPOINT_OPTIONS,
  COMPARE_OPTIONS,
  chokepointOrderOf,
  closuresOf,
  criterionOf,
  formatOf,
  parseOptions,
  SCENARIO_OPTIONS,
  topOf,
} from "./analysis-args";
import { chokepointsTable, corridorComparisonTable, scenarioTable } from "./analysis-tables";
import type { CommandOutput } from "./command-output";
import { readDataDir, readNetworkFile, readStandardTrips, readTripFile } from "./read-dataset";
import { UsageError } from "./route-args";
import { terminalText } from "./terminal-text";

const COMPARE_USAGE = `usage: npm run --silent compare -- --from <place> --to <place>
  [--by km|hours|crossings] [--include-planned] [--network FILE] [--format table|json|csv]`;
const CLOSE_USAGE = `[--close-country XX[,YY]] [--close-place <place>,…] [--close-link <id>,…]
  [--close-mode rail,road,sea,ferry] [--close-corridor <id>,…] [--month 1..12]
  [--preset russia-closed,iran-closed,afghanistan-closed,caspian-ferries-stopped,winter]
  [--trips FILE.csv] [--include-planned] [--network FILE] [--format table|json|csv]`;
const SCENARIO_USAGE = `usage: npm run --silent scenario -- ${CLOSE_USAGE} [--by km|hours|crossings]`;
const CHOKEPOINTS_USAGE = `usage: npm run --silent chokepoints -- [--top N] [--by cut|days|trade]
  ${CLOSE_USAGE}`;

interface Network {
  dataset: Dataset;
  index: RoutingIndex;
  fromFile: boolean;
}
type Answer = (
  values: Record<string, string | boolean | undefined>,
  network: Network,
) => {
  text: string;
  format: AnalysisFormat;
};

/** Places as the tables name them: "Karachi", not "Karachi (port)". */
const shortPlaceNamer = (dataset: Dataset) => {
  const text = networkText(dataset);
  return (id: string) => text.shortPlace(id, "en");
};

const csvOptions = (dataset: Dataset) => {
  const places = new Map(dataset.places.map((place) => [place.id, place]));
  return { placeAt: (id: string) => places.get(id), language: "en" as const };
};

function run(
  name: string,
  usage: string,
  args: string[],
  options: object,
  answer: Answer,
): CommandOutput {
  const fail = (status: number, message: string) => ({
    status,
    stdout: "",
    stderr: terminalText(`${name}: ${message}\n`),
  });
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseOptions(args, options as typeof SCENARIO_OPTIONS);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return fail(2, `${error.message}\n${usage}`);
  }
  if (values.help) return { status: 0, stdout: `${usage}\n`, stderr: "" };
  const networkFile = typeof values.network === "string" ? values.network : undefined;
  let dataset: Dataset;
  try {
    dataset = networkFile ? readNetworkFile(networkFile) : readDataDir();
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    return fail(networkFile ? 2 : 1, error.message);
  }
  const index = compileRoutingIndex(buildNetworkGraph(dataset), dataset);
  try {
    const { text, format } = answer(values, {
      dataset,
      index,
      fromFile: networkFile !== undefined,
    });
    return { status: 0, stdout: format === "table" ? terminalText(text) : text, stderr: "" };
  } catch (error) {
    if (error instanceof UsageError) return fail(2, `${error.message}\n${usage}`);
    if (error instanceof RouteQueryError) return fail(2, error.problems.join("\n"));
    if (error instanceof PlaceLookupError || error instanceof DatasetError)
      return fail(2, error.message);
    throw error;
  }
}

/** The answer in the format asked for; only that one is written. */
const rendered = (format: AnalysisFormat, writers: Record<AnalysisFormat, () => string>) => ({
  text: writers[format](),
  format,
});

const corridorNamer = (index: RoutingIndex) => {
  const names = new Map(index.corridors.map((corridor) => [corridor.id, corridor.name.en]));
  return (id: string) => names.get(id) ?? id;
};

export function runCompareCommand(args: string[]): CommandOutput {
  return run("compare", COMPARE_USAGE, args, COMPARE_OPTIONS, (values, { dataset, index }) => {
    const format = formatOf(values);
    if (typeof values.from !== "string" || typeof values.to !== "string")
      throw new UsageError("both --from and --to are required");
    const by = criterionOf(values, "km");
    const includePlanned = values["include-planned"] === true;
    const comparison = compareCorridors(index, {
      from: values.from,
      to: values.to,
      by,
      includePlanned,
    });
    const place = shortPlaceNamer(dataset);
    return rendered(format, {
      table: () => corridorComparisonTable(comparison, place, corridorNamer(index)),
      csv: () => corridorComparisonCsv(comparison, corridorNamer(index), csvOptions(dataset)),
      json: () => `${JSON.stringify(comparison, null, 2)}\n`,
    });
  });
}

export function runScenarioCommand(args: string[]): CommandOutput {
  return run("scenario", SCENARIO_USAGE, args, SCENARIO_OPTIONS, (values, network) => {
    const format = formatOf(values);
    const by = criterionOf(values, "hours");
    const { scenario, closed } = scenarioOf(values, network);
    const report = runScenario(network.index, tripsOf(values, network), scenario, {
      by,
      includePlanned: values["include-planned"] === true,
    });
    const place = shortPlaceNamer(network.dataset);
    return rendered(format, {
      table: () => scenarioTable(report, place, closed),
      csv: () => scenarioCsv(report, csvOptions(network.dataset)),
      json: () => `${JSON.stringify({ scenario, ...report }, null, 2)}\n`,
    });
  });
}

export function runChokepointsCommand(args: string[]): CommandOutput {
  return run("chokepoints", CHOKEPOINTS_USAGE, args, CHOKEPOINT_OPTIONS, (values, network) => {
    const format = formatOf(values);
    const order = chokepointOrderOf(values);
    const top = topOf(values);
    const { scenario } = scenarioOf(values, network);
    const ranked = rankChokepoints(network.index, tripsOf(values, network), {
      scenario,
      order,
      includePlanned: values["include-planned"] === true,
    }).slice(0, top);
    const place = shortPlaceNamer(network.dataset);
    return rendered(format, {
      table: () => chokepointsTable(ranked, place, order),
      csv: () => chokepointsCsv(ranked, csvOptions(network.dataset)),
      json: () => `${JSON.stringify({ scenario, order, chokepoints: ranked }, null, 2)}\n`,
    });
  });
}

/** The closures and presets given, as one scenario, with a line per closure for the table's heading. */
function scenarioOf(
  values: Record<string, string | boolean | undefined>,
  { index, dataset }: Network,
) {
  const { scenario: given, presets } = closuresOf(values);
  const places = given.places?.map((text) => placeIdOf(index, text));
  const scenario = presets.reduce(
    (sum: Scenario, preset: PresetId) => combineScenarios(sum, presetScenario(index, preset)),
    { ...given, ...(places && { places }) },
  );
  const closed = [
    ...presets.map((preset) => `preset ${preset}`),
    ...(given.countries ?? []).map((code) => `country ${code}`),
    ...(places ?? []).map((id) => `place ${shortPlaceNamer(dataset)(id)}`),
    ...(given.links ?? []).map((id) => `link ${id}`),
    ...(given.modes ?? []).map((mode) => `mode ${mode}`),
    ...(given.corridors ?? []).map((id) => `corridor ${id}`),
    ...(given.month !== undefined ? [`month ${given.month}`] : []),
  ];
  return { scenario, closed };
}

/** The trips file given, or the standard trips of data/ (a network file has none: it needs --trips). */
function tripsOf(values: Record<string, string | boolean | undefined>, network: Network): Trip[] {
  if (typeof values.trips === "string") return readTripFile(values.trips, network.index);
  if (network.fromFile)
    throw new UsageError("with --network, give the trips to try with --trips FILE.csv");
  return standardTripSet(readStandardTrips(network.dataset), network.dataset.trade);
}
