// Route outcomes over a lazily compiled index: nothing compiled until a route is asked for, then once.
import { describe, expect, it } from "vitest";
import { buildNetworkGraph } from "../../src/core/network-graph";
import { compileRoutingIndex } from "../../src/core/routing";
import { initialState } from "../../src/state/app-state";
import { routeOutcomes } from "../../src/state/route-outcome";
import { tinyNetwork } from "../fixtures/tiny-network";

describe("route outcomes with a lazy index", () => {
  it("compiles the index at the first route query only, and only once", () => {
    const dataset = tinyNetwork();
    let compiled = 0;
    const outcome = routeOutcomes(() => {
      compiled++;
      return compileRoutingIndex(buildNetworkGraph(dataset), dataset.corridors);
    });
    expect(outcome(initialState()).kind).toBe("no-trip");
    expect(compiled).toBe(0);
    const trip = { ...initialState(), origin: "almaty", destination: "baku", includePlanned: true };
    expect(outcome(trip).kind).toBe("routes");
    expect(outcome({ ...trip, alternatives: 1 }).kind).toBe("routes");
    expect(compiled).toBe(1);
  });
});
