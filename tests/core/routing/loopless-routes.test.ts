import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LooplessRoutes } from "../../../src/core/routing/loopless-routes";
import { RouteSearch } from "../../../src/core/routing/route-search";
import { compileRoutingView } from "../../../src/core/routing/routing-view";
import { WorkBudget } from "../../../src/core/routing/work-budget";
import { allSimpleRoutes } from "./brute-force";
import { indexOf, link, littleNetworks, place } from "./little-network";

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

describe("loopless routes (Yen) on the routing index", () => {
  it("lists every simple route in order of km, as plain enumeration does", () => {
    fc.assert(
      fc.property(littleNetworks, fc.nat(), fc.nat(), (network, a, b) => {
        const from = `p${a % network.places.length}`;
        const to = `p${b % network.places.length}`;
        fc.pre(from !== to);
        const index = indexOf(network);
        const view = compileRoutingView(index, "km", { includePlanned: true });
        const search = new RouteSearch(view);
        search.prepare([from, to].map((id) => index.placeNumbers.get(id) as number));
        const routes = new LooplessRoutes(search, new WorkBudget(1e6));
        const expected = allSimpleRoutes(network, from, to)
          .map((route) => sum(route.links.map((each) => each.km)))
          .sort((x, y) => x - y);
        const found = [];
        for (let rank = 0; routes.get(rank); rank++) found.push(routes.get(rank));
        expect(found.map((route) => route?.cost)).toEqual(expected);
        const keys = found.map((route) => route?.links.join(","));
        expect(new Set(keys).size).toBe(keys.length);
        for (const route of found) expect(new Set(route?.places).size).toBe(route?.places.length);
      }),
      { numRuns: 300 },
    );
  });

  it("takes the shorter of two parallel links on a leg", () => {
    const index = indexOf({
      places: [place("a", ["AA"]), place("b", ["AA"])],
      links: [link("a", "b", 9, { mode: "road" }), link("a", "b", 4, { mode: "rail" })],
    });
    const search = new RouteSearch(compileRoutingView(index, "km"));
    search.prepare([0, 1]);
    const best = search.cheapestPath(null, new WorkBudget(1e6));
    expect(best?.cost).toBe(4);
    expect(index.links[best?.links[0] as number]?.mode).toBe("rail");
  });
});
