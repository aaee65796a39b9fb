// The route search as a state machine, with a fake worker: the routing answerer called by hand.
import { describe, expect, it } from "vitest";
import { type AppState, initialState } from "../../src/state/app-state";
import { networkRequest, routeAnswerer } from "../../src/state/route-requests";
import {
  answerArrived,
  answerDue,
  askRoutes,
  idleSearch,
  nextCheckAt,
  type RouteSearch,
  type SearchStep,
  SLOW_AFTER_MS,
  stopSearch,
  timePassed,
  workerFailed,
} from "../../src/state/route-search";
import { tinyNetwork } from "../fixtures/tiny-network";

const worker = routeAnswerer();
worker(networkRequest(tinyNetwork()));

const toBaku: AppState = {
  ...initialState(),
  origin: "almaty",
  destination: "baku",
  includePlanned: true,
};
const toBishkek: AppState = { ...toBaku, destination: "bishkek" };

/** What the worker replies to the query a step sends. */
function replyTo(step: SearchStep) {
  if (!step.send) throw new Error("the step sends no query");
  const reply = worker({ kind: "query", ...step.send });
  if (!reply) throw new Error("no reply");
  return reply;
}

/** The places of the route shown first, or the kind of what is shown instead. */
function shownTrip(search: RouteSearch): string {
  const { shown } = search;
  if (shown.kind !== "routes") return shown.kind;
  return `${shown.query.from} → ${shown.query.to}`;
}

describe("the route search", () => {
  it("sends nothing until the trip has an origin and a destination", () => {
    const none = askRoutes(idleSearch(), initialState(), 0);
    expect([none.send, none.search.shown.kind]).toEqual([null, "no-trip"]);
    const half = askRoutes(none.search, { ...initialState(), origin: "almaty" }, 10);
    expect([half.send, half.search.shown.kind, half.search.awaiting]).toEqual([
      null,
      "need-destination",
      false,
    ]);
    expect(nextCheckAt(half.search)).toBeNull();
  });

  it("sends a trip's query once and shows its answer", () => {
    const asked = askRoutes(idleSearch(), toBaku, 0);
    expect(asked.send?.query).toMatchObject({ from: "almaty", to: "baku" });
    expect(askRoutes(asked.search, { ...toBaku, placeMenu: "baku" }, 5).send).toBeNull();
    const answered = answerArrived(asked.search, replyTo(asked), 20).search;
    expect(shownTrip(answered)).toBe("almaty → baku");
    expect(answered.awaiting).toBe(false);
    expect(nextCheckAt(answered)).toBeNull();
  });

  it("keeps the previous answer for a moment, then says it is searching", () => {
    const first = askRoutes(idleSearch(), toBaku, 0);
    expect(first.search.shown).toEqual({ kind: "searching", slow: false });
    const answered = answerArrived(first.search, replyTo(first), 20).search;
    const second = askRoutes(answered, toBishkek, 1000).search;
    expect([shownTrip(second), second.awaiting]).toEqual(["almaty → baku", true]);
    expect(nextCheckAt(second)).toBe(1000 + SLOW_AFTER_MS);
    const early = timePassed(second, 1000 + SLOW_AFTER_MS - 1).search;
    expect([early.shown.kind, answerDue(early)]).toEqual(["routes", true]);
    const slow = timePassed(second, 1000 + SLOW_AFTER_MS).search;
    expect([slow.shown, answerDue(slow)]).toEqual([{ kind: "searching", slow: true }, false]);
    expect(nextCheckAt(slow)).toBeNull();
  });

  it("drops the answer to a query a newer one replaced, and shows the newer's", () => {
    const older = askRoutes(idleSearch(), toBaku, 0);
    const newer = askRoutes(older.search, toBishkek, 50);
    expect([newer.restart, newer.send?.query.to]).toEqual([false, "bishkek"]);
    const stale = answerArrived(newer.search, replyTo(older), 60).search;
    expect([shownTrip(stale), stale.awaiting]).toEqual(["searching", true]);
    const fresh = answerArrived(stale, replyTo(newer), 70).search;
    expect(shownTrip(fresh)).toBe("almaty → bishkek");
  });

  it("restarts a worker stuck on a replaced query and sends it the newer one", () => {
    const older = askRoutes(idleSearch(), toBaku, 0);
    const late = askRoutes(older.search, toBishkek, SLOW_AFTER_MS + 1);
    expect([late.restart, late.send?.query.to]).toEqual([true, "bishkek"]);
    expect(late.search.unanswered).toEqual([late.send?.id]);

    const soon = askRoutes(older.search, toBishkek, 100);
    expect(soon.restart).toBe(false);
    expect(nextCheckAt(soon.search)).toBe(SLOW_AFTER_MS);
    const stuck = timePassed(soon.search, SLOW_AFTER_MS);
    expect([stuck.restart, stuck.send?.query.to]).toEqual([true, "bishkek"]);
    const answered = answerArrived(stuck.search, replyTo(stuck), SLOW_AFTER_MS + 20).search;
    expect(shownTrip(answered)).toBe("almaty → bishkek");
  });

  it("restarts a worker stuck on a query the cleared trip no longer needs, sending nothing", () => {
    const asked = askRoutes(idleSearch(), toBaku, 0).search;
    const cleared = askRoutes(asked, initialState(), SLOW_AFTER_MS);
    expect([cleared.restart, cleared.send, cleared.search.shown.kind]).toEqual([
      true,
      null,
      "no-trip",
    ]);
  });

  it("stops on request: the worker restarts, the list says so, a late answer is dropped", () => {
    const asked = askRoutes(idleSearch(), toBaku, 0);
    const stopped = stopSearch(asked.search);
    expect([stopped.restart, stopped.search.shown.kind, stopped.search.awaiting]).toEqual([
      true,
      "stopped",
      false,
    ]);
    expect(answerArrived(stopped.search, replyTo(asked), 10).search.shown.kind).toBe("stopped");
    expect(stopSearch(stopped.search).restart).toBe(false);
    expect(askRoutes(stopped.search, toBishkek, 20).send?.query.to).toBe("bishkek");
  });

  it("gives a failed worker's error as the problem of the query awaited", () => {
    const asked = askRoutes(idleSearch(), toBaku, 0).search;
    const failed = workerFailed(asked, "script failed to load");
    expect(failed.restart).toBe(true);
    expect(failed.search.shown).toEqual({
      kind: "problem",
      problems: ["corridor/routes: script failed to load"],
    });
  });
});
