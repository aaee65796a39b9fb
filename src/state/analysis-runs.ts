// The analyses the page runs in its workers, as plain data: each run's key (what it was asked for),
// whether it is under way, its progress and its answer; an answer to anything but the latest ask is dropped.
import type { Chokepoint, ChokepointOrder } from "../core/analysis/chokepoints";
import type { CorridorComparison } from "../core/analysis/compare-corridors";
import type { ScenarioReport } from "../core/analysis/scenario-report";
import type { Trip } from "../core/analysis/trips";
import type { AnalysisReply, AnalysisSettings, ClosedElements } from "./analysis-requests";
import type { AppState } from "./app-state";
import { closesAnything, type PageQuery, routeQueryOf } from "./route-outcome";

export type AnalysisKind = "compare" | "scenario" | "chokepoints";

interface Results {
  compare: CorridorComparison;
  scenario: { report: ScenarioReport; closed: ClosedElements };
  chokepoints: Chokepoint[];
}

export interface Run<R> {
  /** What was asked (see the *Ask functions): an answer is shown only while the page asks the same. */
  key: string;
  id: number;
  status: "running" | "done" | "problem";
  result?: R;
  problems?: string[];
  progress?: { done: number; total: number };
}

export interface TripSet {
  /** False until the first trips are read. */
  ready: boolean;
  /** The trips' file: null for the shipped standard trips. */
  file: string | null;
  trips: Trip[];
  /** A file being read; the trips above stay until it is read without problems. */
  reading: string | null;
  /** The last file refused, with its problems (the trips above stay). */
  refused: { file: string; problems: string[] } | null;
  /** Changes whenever the trips do: part of the scenario's and the chokepoints' keys. */
  version: number;
}

export interface AnalysisRuns {
  runs: { [K in AnalysisKind]: Run<Results[K]> | null };
  trips: TripSet;
  lastId: number;
  /** The map sizes the crossings by the chokepoint ranking (while it answers what is asked). */
  chokepointLayer: boolean;
  chokepointOrder: ChokepointOrder;
}

export function idleRuns(): AnalysisRuns {
  const trips: TripSet = {
    ready: false,
    file: null,
    trips: [],
    reading: null,
    refused: null,
    version: 0,
  };
  const runs = { compare: null, scenario: null, chokepoints: null };
  return { runs, trips, lastId: 0, chokepointLayer: true, chokepointOrder: "cut" };
}

/** The corridor comparison the state asks for: its trip and options, whatever corridor it prefers. */
export function compareAsk(state: AppState): { key: string; query: PageQuery } | null {
  const query = routeQueryOf(state);
  if (!query) return null;
  const { preferCorridor: _, k: __, maxShared: ___, ...asked } = query;
  return { key: JSON.stringify(asked), query: asked };
}

/** The scenario the state asks for over the trips, or null while it closes nothing. */
export function scenarioAsk(state: AppState, trips: TripSet) {
  if (!closesAnything(state.scenario) || !trips.ready) return null;
  return asked(settingsOf(state), trips);
}

export function chokepointsAsk(state: AppState, { trips, chokepointOrder }: AnalysisRuns) {
  if (!trips.ready) return null;
  return asked({ ...settingsOf(state), order: chokepointOrder }, trips);
}

const settingsOf = (state: AppState): AnalysisSettings => ({
  scenario: state.scenario,
  by: state.criterion,
  includePlanned: state.includePlanned,
});

function asked<S extends AnalysisSettings>(settings: S, trips: TripSet) {
  return {
    key: JSON.stringify([settings, trips.version]),
    settings: { ...settings, trips: trips.trips },
  };
}

/** A new run of `kind` under way; the previous one's answer, if it comes, is dropped. */
export function runStarted(runs: AnalysisRuns, kind: AnalysisKind, key: string): AnalysisRuns {
  const id = runs.lastId + 1;
  return { ...runs, lastId: id, runs: { ...runs.runs, [kind]: { key, id, status: "running" } } };
}

/** A file of trips is being read. */
export function tripsAsked(runs: AnalysisRuns, file: string): AnalysisRuns {
  return { ...runs, trips: { ...runs.trips, reading: file, refused: null } };
}

/** A worker's reply, applied to the run it answers (if that run is still the latest of its kind). */
export function replyArrived(
  runs: AnalysisRuns,
  reply: AnalysisReply,
  kind: AnalysisKind | "trips",
) {
  if (kind === "trips") return tripsReplied(runs, reply);
  const run: Run<unknown> | null = runs.runs[kind];
  if (!run || run.id !== reply.id) return runs;
  const next = answered(run, reply);
  return next === run ? runs : { ...runs, runs: { ...runs.runs, [kind]: next } };
}

function answered<R>(run: Run<R>, reply: AnalysisReply): Run<R> {
  switch (reply.kind) {
    case "progress":
      return { ...run, progress: { done: reply.done, total: reply.total } };
    case "problem":
      return { ...run, status: "problem", problems: reply.problems };
    case "compare":
      return { ...run, status: "done", result: reply.comparison as R };
    case "scenario":
      return {
        ...run,
        status: "done",
        result: { report: reply.report, closed: reply.closed } as R,
      };
    case "chokepoints":
      return { ...run, status: "done", result: reply.ranked as R };
    case "trips":
      return run;
  }
}

/** The trips to try scenarios on, read from `file` (null: the standard trips). */
export function tripsRead(runs: AnalysisRuns, trips: Trip[], file: string | null): AnalysisRuns {
  const version = runs.trips.version + 1;
  const read: TripSet = { ready: true, file, trips, reading: null, refused: null, version };
  return { ...runs, trips: read };
}

function tripsReplied(runs: AnalysisRuns, reply: AnalysisReply): AnalysisRuns {
  const file = runs.trips.reading;
  if (file === null) return runs;
  if (reply.kind === "trips") return tripsRead(runs, reply.trips, file);
  if (reply.kind === "problem") return tripsRefused(runs, file, reply.problems);
  return runs;
}

/** A trips file (or the shipped standard trips) could not be read: the trips stay as they were, the problems are shown. */
export function tripsRefused(runs: AnalysisRuns, file: string, problems: string[]): AnalysisRuns {
  const refused = { file, problems };
  return { ...runs, trips: { ...runs.trips, ready: true, reading: null, refused } };
}

/** The run's answer when it answers what the page asks now (same key), else nothing. */
export function currentResult<K extends AnalysisKind>(
  runs: AnalysisRuns,
  kind: K,
  key: string | undefined,
): Results[K] | undefined {
  const run = runs.runs[kind];
  return run && run.key === key && run.status === "done" ? (run.result as Results[K]) : undefined;
}

/** The chokepoint layer on the map, on or off. */
export const withChokepointLayer = (runs: AnalysisRuns, on: boolean): AnalysisRuns => ({
  ...runs,
  chokepointLayer: on,
});

export const withChokepointOrder = (runs: AnalysisRuns, order: ChokepointOrder): AnalysisRuns => ({
  ...runs,
  chokepointOrder: order,
});

/** What the map draws of the analyses: the scenario's closed places and links, critical crossings. */
export interface AnalysisOverlay {
  closedPlaces: ReadonlySet<string>;
  closedLinks: ReadonlySet<string>;
  /** Crossing id → how critical (1 the most, down towards 0), for those whose closure costs something. */
  critical: ReadonlyMap<string, number>;
}

export function analysisOverlay(state: AppState, runs: AnalysisRuns): AnalysisOverlay {
  const closed = currentResult(runs, "scenario", scenarioAsk(state, runs.trips)?.key)?.closed;
  const ranked = runs.chokepointLayer
    ? (currentResult(runs, "chokepoints", chokepointsAsk(state, runs)?.key) ?? [])
    : [];
  const costly = ranked.filter(
    (c) => c.kind === "crossing" && (c.cut.length > 0 || c.extraDays > 0),
  );
  const critical = new Map(costly.map((c, position) => [c.id, 1 - position / costly.length]));
  return {
    closedPlaces: new Set(closed?.places),
    closedLinks: new Set(closed?.links),
    critical,
  };
}

/** True when two overlays draw the same: same closed places and links, same critical crossings. */
export function sameOverlay(a: AnalysisOverlay, b: AnalysisOverlay): boolean {
  const sameSet = (x: ReadonlySet<string>, y: ReadonlySet<string>) =>
    x.size === y.size && [...x].every((id) => y.has(id));
  return (
    sameSet(a.closedPlaces, b.closedPlaces) &&
    sameSet(a.closedLinks, b.closedLinks) &&
    a.critical.size === b.critical.size &&
    [...a.critical].every(([id, weight]) => b.critical.get(id) === weight)
  );
}
