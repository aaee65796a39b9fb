// Runs the page's analyses in workers (one per kind, so a long chokepoint ranking never holds up a
// scenario) and keeps their runs for the panels and the map: the scenario follows the state, the
// comparison follows the trip once asked, the chokepoints run when asked. A run superseded while
// under way has its worker stopped.
import type { Trip } from "../../core/analysis/trips";
import { STANDARD_TRIPS_FILE } from "../../core/load-dataset";
import type { RoutingNetwork } from "../../core/routing-network-text";
import {
  type AnalysisReply,
  type AnalysisRequest,
  networkAnalysisRequest,
  problemsOf,
} from "../../state/analysis-requests";
import {
  type AnalysisKind,
  type AnalysisRuns,
  chokepointsAsk,
  compareAsk,
  idleRuns,
  replyArrived,
  runStarted,
  scenarioAsk,
  type TripSet,
  tripsAsked,
  tripsRead,
  tripsRefused,
} from "../../state/analysis-runs";
import type { AppState } from "../../state/app-state";
import { createStore, type Store } from "../../state/store";
import { whenIdle } from "../app/frames";

export interface AnalysisRunner {
  runs: Store<AnalysisRuns>;
  /** Compares the corridors for the trip, now and for each trip after. */
  compare(): void;
  /** Ranks the chokepoints in the order the runs hold, under the state's scenario. */
  rankChokepoints(): void;
  /** Reads a trips file (CSV) against the network; its trips replace the set if it has no problem. */
  readTrips(file: string, text: string): void;
  dispose(): void;
}

type WorkerKind = AnalysisKind | "trips";

export function startAnalysisRunner(
  network: RoutingNetwork,
  trips: Promise<Trip[]>,
  app: Store<AppState>,
): AnalysisRunner {
  const runs = createStore(idleRuns());
  const workers = new Map<WorkerKind, Worker>();
  let comparing = false;

  const open = (kind: WorkerKind) => {
    const worker = new Worker(new URL("./analysis.worker.ts", import.meta.url), { type: "module" });
    worker.addEventListener("message", (event: MessageEvent<AnalysisReply>) =>
      runs.update((current) => replyArrived(current, event.data, kind)),
    );
    worker.addEventListener("error", (event) => {
      const id = kind === "trips" ? 0 : (runs.get().runs[kind]?.id ?? 0);
      const problems = [event.message || "the analysis worker failed"];
      runs.update((current) => replyArrived(current, { kind: "problem", id, problems }, kind));
      stop(kind);
    });
    worker.postMessage(networkAnalysisRequest(network));
    workers.set(kind, worker);
    return worker;
  };
  const stop = (kind: WorkerKind) => {
    workers.get(kind)?.terminate();
    workers.delete(kind);
  };
  const send = (kind: WorkerKind, request: AnalysisRequest) =>
    (workers.get(kind) ?? open(kind)).postMessage(request);

  /** Starts a run of `kind` unless the latest one asked the same. */
  const run = (kind: AnalysisKind, key: string, request: (id: number) => AnalysisRequest) => {
    const latest = runs.get().runs[kind];
    if (latest?.key === key && latest.status !== "problem") return;
    if (latest?.status === "running") stop(kind);
    runs.update((current) => runStarted(current, kind, key));
    send(kind, request(runs.get().lastId));
  };

  const follow = () => {
    const state = app.get();
    const scenario = scenarioAsk(state, runs.get().trips);
    if (scenario)
      run("scenario", scenario.key, (id) => ({ kind: "scenario", id, ...scenario.settings }));
    const comparison = comparing ? compareAsk(state) : null;
    if (comparison)
      run("compare", comparison.key, (id) => ({ kind: "compare", id, query: comparison.query }));
  };
  let cancelOpening = () => {};
  /**
   * The scenario's worker is opened ahead of the first closure ticked, so that it is answered at
   * once: once the page is idle, so that reading the network takes no core from the map being drawn,
   * and only for trips (a big network without them would have its worker read it for nothing).
   */
  const openScenarioAhead = (read: TripSet) => {
    cancelOpening();
    if (read.trips.length > 0)
      cancelOpening = whenIdle(() => workers.has("scenario") || open("scenario"));
  };
  const unsubscribeApp = app.subscribe(follow);
  const unsubscribeRuns = runs.subscribe((now, before) => {
    if (now.trips.version === before.trips.version) return;
    openScenarioAhead(now.trips);
    follow();
  });
  let disposed = false;
  trips.then(
    (read) => {
      if (disposed) return;
      runs.update((current) => tripsRead(current, read, null));
    },
    (error) =>
      !disposed &&
      runs.update((current) => tripsRefused(current, STANDARD_TRIPS_FILE, problemsOf(error))),
  );

  return {
    runs,
    compare() {
      comparing = true;
      follow();
    },
    rankChokepoints() {
      const ask = chokepointsAsk(app.get(), runs.get());
      if (ask) run("chokepoints", ask.key, (id) => ({ kind: "chokepoints", id, ...ask.settings }));
    },
    readTrips(file, text) {
      stop("trips");
      runs.update((current) => tripsAsked(current, file));
      send("trips", { kind: "trips", id: 0, file, text });
    },
    dispose() {
      disposed = true;
      cancelOpening();
      unsubscribeApp();
      unsubscribeRuns();
      for (const kind of [...workers.keys()]) stop(kind);
    },
  };
}
