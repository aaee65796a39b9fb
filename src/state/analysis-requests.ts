// The messages between the page and an analysis worker, and the worker's side: a network and its
// trips, then corridor comparisons, scenarios and chokepoint rankings by id (the latter with progress).
import {
  type Chokepoint,
  type ChokepointOrder,
  rankChokepoints,
} from "../core/analysis/chokepoints";
import { type CorridorComparison, compareCorridors } from "../core/analysis/compare-corridors";
import { closedElements, scenarioConstraints } from "../core/analysis/scenario";
import { resolveScenario, type ScenarioChoice } from "../core/analysis/scenario-presets";
import { runScenario, type ScenarioReport } from "../core/analysis/scenario-report";
import { parseTripCsv } from "../core/analysis/trip-csv";
import type { Trip } from "../core/analysis/trips";
import { buildNetworkGraph } from "../core/network-graph";
import { compileRoutingIndex, RouteQueryError, type RoutingIndex } from "../core/routing";
import type { Criterion } from "../core/routing/criteria";
import {
  type RoutingNetwork,
  type RoutingNetworkJson,
  readRoutingNetwork,
  routingNetworkJson,
} from "../core/routing-network-text";
import { DatasetError, formatProblem } from "../core/validation/problems";
import { engineQuery, type PageQuery } from "./route-outcome";

export interface AnalysisSettings {
  scenario: ScenarioChoice;
  by: Criterion;
  includePlanned: boolean;
}

export type AnalysisRequest =
  | { kind: "network"; json: RoutingNetworkJson }
  /** A user's trips file, read against the network. */
  | { kind: "trips"; id: number; file: string; text: string }
  | { kind: "compare"; id: number; query: PageQuery }
  | ({ kind: "scenario"; id: number; trips: Trip[] } & AnalysisSettings)
  | ({ kind: "chokepoints"; id: number; trips: Trip[]; order: ChokepointOrder } & AnalysisSettings);

/** What a scenario closes, by id, for the map. */
export interface ClosedElements {
  places: string[];
  links: string[];
}

export type AnalysisReply =
  | { kind: "trips"; id: number; trips: Trip[] }
  | { kind: "compare"; id: number; comparison: CorridorComparison }
  | { kind: "scenario"; id: number; report: ScenarioReport; closed: ClosedElements }
  | { kind: "chokepoints"; id: number; ranked: Chokepoint[] }
  | { kind: "progress"; id: number; done: number; total: number }
  | { kind: "problem"; id: number; problems: string[] };

export function networkAnalysisRequest(network: RoutingNetwork): AnalysisRequest {
  return { kind: "network", json: routingNetworkJson(network) };
}

/** The worker's side: keeps the network last sent, answers each request by its id. */
export function analysisAnswerer(post: (reply: AnalysisReply) => void) {
  let index: RoutingIndex | null = null;
  const answer = (request: Exclude<AnalysisRequest, { kind: "network" }>, at: RoutingIndex) => {
    const { id } = request;
    switch (request.kind) {
      case "trips":
        return post({ kind: "trips", id, trips: parseTripCsv(request.file, request.text, at) });
      case "compare":
        return post({
          kind: "compare",
          id,
          comparison: compareCorridors(at, engineQuery(at, request.query)),
        });
      case "scenario": {
        const scenario = resolveScenario(at, request.scenario);
        const report = runScenario(at, request.trips, scenario, request);
        const closed = closedElements(at, scenarioConstraints(at, scenario));
        return post({ kind: "scenario", id, report, closed });
      }
      case "chokepoints": {
        const onProgress = (done: number, total: number) =>
          post({ kind: "progress", id, done, total });
        const scenario = resolveScenario(at, request.scenario);
        const ranked = rankChokepoints(at, request.trips, { ...request, scenario, onProgress });
        return post({ kind: "chokepoints", id, ranked });
      }
    }
  };
  return (request: AnalysisRequest) => {
    if (request.kind === "network") {
      const network = readRoutingNetwork(request.json);
      index = compileRoutingIndex(buildNetworkGraph(network), network);
      return;
    }
    if (!index) return post({ kind: "problem", id: request.id, problems: ["no network yet"] });
    try {
      answer(request, index);
    } catch (error) {
      post({ kind: "problem", id: request.id, problems: problemsOf(error) });
    }
  };
}

/** A query or file problem as its lines; anything else is a fault, passed on as it is. */
export function problemsOf(error: unknown): string[] {
  if (error instanceof RouteQueryError) return error.problems;
  if (error instanceof DatasetError) return error.problems.map(formatProblem);
  return [String(error)];
}
