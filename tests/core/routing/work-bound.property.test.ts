import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findRoutes, WorkBudget } from "../../../src/core/routing";
import { indexOf, littleNetworks } from "./little-network";

const trips = littleNetworks.chain((network) =>
  fc.record({
    network: fc.constant(network),
    waypoints: fc.uniqueArray(fc.constantFrom(...network.places.map((place) => place.id)), {
      minLength: 2,
      maxLength: 5,
    }),
    k: fc.integer({ min: 1, max: 6 }),
    limit: fc.integer({ min: 1, max: 300 }),
  }),
);

describe("every search has a bound on its work", () => {
  it("never takes more steps than its budget, and says so when it stops early", () => {
    fc.assert(
      fc.property(trips, ({ network, waypoints, k, limit }) => {
        const [from, to, ...via] = waypoints as [string, string, ...string[]];
        const index = indexOf(network);
        const query = { from, to, via, k, by: "hours" as const, includePlanned: true };
        const budget = new WorkBudget(limit);
        const bounded = findRoutes(index, query, budget);
        expect(budget.used).toBeLessThanOrEqual(limit);
        const full = findRoutes(index, query, new WorkBudget(1e7));
        expect(full.stoppedEarly).toBeUndefined();
        if (!bounded.stoppedEarly) {
          expect(bounded.routes.map((route) => route.hours)).toEqual(
            full.routes.map((route) => route.hours),
          );
        } else if (bounded.routes.length === 0) {
          expect(bounded.cause).toBeUndefined();
        } else {
          // What was found before the stop is the start of the full answer.
          const found = bounded.routes.map((route) => route.hours);
          expect(found).toEqual(full.routes.slice(0, found.length).map((route) => route.hours));
        }
      }),
      { numRuns: 400 },
    );
  });
});
