// The compare, scenario and chokepoints commands' work, apart from the process: arguments in,
// output and exit status out (0 an answer, 2 a bad command or trips file, 1 broken data).
import { rankChokepoints } from "../core/analysis/chokepoints";
import { compareCorridors } from "../core/analysis/compare-corridors";
import { resolveScenario } from "../core/analysis/scenario-presets";
import { runScenario } from "../core/analysis/scenario-report";
import { standardTripSet, type Trip } from "../core/analysis/trips";
import type { Dataset, Language } from "../core/dataset";
import { chokepointsCsv, corridorComparisonCsv, scenarioCsv } from "../core/export/analysis-csv";
import { buildNetworkGraph } from "../core/network-graph";
import { PlaceLookupError } from "../core/place-lookup";
import { compileRoutingIndex, RouteQueryError, type RoutingIndex } from "../core/routing";
import { placeIdOf } from "../core/routing/route-query";
import { DatasetError } from "../core/validation/problems";
import { ANALYSIS_WORDS } from "../text/analysis-table-words";
import { countryName } from "../text/country-names";
import { monthName } from "../text/months";
import { networkText } from "../text/network-text";
import {
  type AnalysisFormat,
  analysisLanguageOf,
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
  [--by km|hours|crossings] [--include-planned] [--network FILE] [--format table|json|csv] [--lang en|fr]`;
const CLOSE_USAGE = `[--close-country XX[,YY]] [--close-place <place>,…] [--close-link <id>,…]
  [--close-mode rail,road,sea,ferry] [--close-corridor <id>,…] [--month 1..12]
  [--preset russia-closed,iran-closed,afghanistan-closed,caspian-ferries-stopped,winter]
  [--trips FILE.csv] [--include-planned] [--network FILE] [--format table|json|csv] [--lang en|fr]`;
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
const shortPlaceNamer = (dataset: Dataset, language: Language) => {
  const text = networkText(dataset);
  return (id: string) => text.shortPlace(id, language);
};

const csvOptions = (dataset: Dataset, language: Language) => {
  const places = new Map(dataset.places.map((place) => [place.id, place]));
  return { placeAt: (id: string) => places.get(id), language };
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

const corridorNamer = (index: RoutingIndex, language: Language) => {
  const names = new Map(index.corridors.map((corridor) => [corridor.id, corridor.name[language]]));
  return (id: string) => names.get(id) ?? id;
};

export function runCompareCommand(args: string[]): CommandOutput {
  return run("compare", COMPARE_USAGE, args, COMPARE_OPTIONS, (values, { dataset, index }) => {
    const format = formatOf(values);
    const language = analysisLanguageOf(values);
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
    const place = shortPlaceNamer(dataset, language);
    const corridor = corridorNamer(index, language);
    return rendered(format, {
      table: () => corridorComparisonTable(comparison, place, corridor, language),
      csv: () => corridorComparisonCsv(comparison, corridor, csvOptions(dataset, language)),
      json: () => `${JSON.stringify(comparison, null, 2)}\n`,
    });
  });
}

export function runScenarioCommand(args: string[]): CommandOutput {
  return run("scenario", SCENARIO_USAGE, args, SCENARIO_OPTIONS, (values, network) => {
    const format = formatOf(values);
    const language = analysisLanguageOf(values);
    const by = criterionOf(values, "hours");
    const { scenario, closed } = scenarioOf(values, network, language);
    const report = runScenario(network.index, tripsOf(values, network), scenario, {
      by,
      includePlanned: values["include-planned"] === true,
    });
    const place = shortPlaceNamer(network.dataset, language);
    return rendered(format, {
      table: () => scenarioTable(report, place, closed, language),
      csv: () => scenarioCsv(report, csvOptions(network.dataset, language)),
      json: () => `${JSON.stringify({ scenario, ...report }, null, 2)}\n`,
    });
  });
}

export function runChokepointsCommand(args: string[]): CommandOutput {
  return run("chokepoints", CHOKEPOINTS_USAGE, args, CHOKEPOINT_OPTIONS, (values, network) => {
    const format = formatOf(values);
    const language = analysisLanguageOf(values);
    const order = chokepointOrderOf(values);
    const top = topOf(values);
    const { scenario } = scenarioOf(values, network, language);
    const ranked = rankChokepoints(network.index, tripsOf(values, network), {
      scenario,
      order,
      includePlanned: values["include-planned"] === true,
    }).slice(0, top);
    const place = shortPlaceNamer(network.dataset, language);
    return rendered(format, {
      table: () => {
        const link = (id: string) => networkText(network.dataset).link(id, language);
        return chokepointsTable(ranked, { place, link }, order, language);
      },
      csv: () => chokepointsCsv(ranked, csvOptions(network.dataset, language)),
      json: () => `${JSON.stringify({ scenario, order, chokepoints: ranked }, null, 2)}\n`,
    });
  });
}

/** The closures and presets given, as one scenario, with a line per closure for the table's heading. */
function scenarioOf(
  values: Record<string, string | boolean | undefined>,
  { index, dataset }: Network,
  language: Language,
) {
  const { scenario: given, presets } = closuresOf(values);
  const places = given.places?.map((text) => placeIdOf(index, text));
  const scenario = resolveScenario(index, { ...given, ...(places && { places }), presets });
  const words = ANALYSIS_WORDS[language].closure;
  const place = shortPlaceNamer(dataset, language);
  const corridor = corridorNamer(index, language);
  const closed = [
    ...presets.map(words.preset),
    ...(given.countries ?? []).map((code) => words.country(countryName(code, language))),
    ...(places ?? []).map((id) => words.place(place(id))),
    ...(given.links ?? []).map(words.link),
    ...(given.modes ?? []).map(words.mode),
    ...(given.corridors ?? []).map((id) => words.corridor(corridor(id))),
    ...(given.month !== undefined ? [words.month(monthName(given.month, language))] : []),
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
