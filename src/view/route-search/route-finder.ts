// Finds the routes the page asks for in the route worker, and keeps the search's state for the panels.
import type { RoutingNetwork } from "../../core/routing-network-text";
import type { AppState } from "../../state/app-state";
import { QUERY_FIELDS } from "../../state/route-outcome";
import { networkRequest, type RouteReply, type RouteRequest } from "../../state/route-requests";
import {
  answerArrived,
  askRoutes,
  idleSearch,
  nextCheckAt,
  type RouteSearch,
  type SearchStep,
  stopSearch,
  timePassed,
  workerFailed,
} from "../../state/route-search";
import { createStore, type Store } from "../../state/store";

export interface RouteFinder {
  search: Store<RouteSearch>;
  /** Stops the search under way (the list then says it was stopped). */
  stop(): void;
  dispose(): void;
}

const openRouteWorker = () =>
  new Worker(new URL("./route.worker.ts", import.meta.url), { type: "module" });
const failure = (event: ErrorEvent) => event.message || "the route worker failed";

/** A route worker opened ahead of the first query, and why it failed if it did before that query. */
export interface RouteWorkerAhead {
  worker: Worker;
  failed: string | null;
}

/**
 * Opens a route worker ahead of the first query: a worker's script loads only while the page's main
 * thread is free, so one opened when the page starts is ready by the time the network is mounted.
 * Null if the browser refuses to open one (the finder then opens its own at the first query).
 */
export function openRouteWorkerAhead(): RouteWorkerAhead | null {
  try {
    const ahead: RouteWorkerAhead = { worker: openRouteWorker(), failed: null };
    ahead.worker.addEventListener("error", (event) => {
      ahead.failed ??= failure(event);
    });
    return ahead;
  } catch {
    return null;
  }
}

/**
 * Resolves once the search has its latest answer, or after `wait` ms: the page shows the linked trip's
 * routes in its first frame when they come soon, and its map without them when they don't.
 */
export function answeredOrAfter(finder: RouteFinder, wait: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    };
    const timer = setTimeout(done, wait);
    const unsubscribe = finder.search.subscribe((search) => {
      if (!search.awaiting) done();
    });
    if (!finder.search.get().awaiting) done();
  });
}

/**
 * Asks for the state's routes whenever its query changes; the worker (the one opened `ahead`, or a
 * new one) gets the network at the first query.
 */
export function startRouteFinder(
  network: RoutingNetwork,
  app: Store<AppState>,
  ahead?: RouteWorkerAhead | null,
): RouteFinder {
  const search = createStore(idleSearch());
  let worker: Worker | null = null;
  let unused = ahead ?? null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const openWorker = () => {
    const next = unused?.worker ?? openRouteWorker();
    const failedAhead = unused?.failed;
    unused = null;
    next.addEventListener("message", (event: MessageEvent<RouteReply>) =>
      apply(answerArrived(search.get(), event.data, performance.now())),
    );
    next.addEventListener("error", (event) => apply(workerFailed(search.get(), failure(event))));
    send(next, networkRequest(network));
    // A worker that failed before its first query says so once that query is sent.
    if (failedAhead) queueMicrotask(() => apply(workerFailed(search.get(), failedAhead)));
    return next;
  };
  const send = (to: Worker, request: RouteRequest) => to.postMessage(request);
  const apply = (step: SearchStep) => {
    if (step.restart) {
      worker?.terminate();
      worker = null;
    }
    if (step.send) {
      worker ??= openWorker();
      send(worker, { kind: "query", ...step.send });
    }
    search.update(() => step.search);
    clearTimeout(timer);
    const at = nextCheckAt(step.search);
    if (at === null) return;
    timer = setTimeout(
      () => apply(timePassed(search.get(), performance.now())),
      at - performance.now(),
    );
  };

  apply(askRoutes(search.get(), app.get(), performance.now()));
  const unsubscribe = app.subscribe((state, previous) => {
    if (QUERY_FIELDS.some((field) => state[field] !== previous[field]))
      apply(askRoutes(search.get(), state, performance.now()));
  });
  return {
    search,
    stop: () => apply(stopSearch(search.get())),
    dispose() {
      unsubscribe();
      clearTimeout(timer);
      worker?.terminate();
      unused?.worker.terminate();
    },
  };
}
