import { describe, expect, it } from "vitest";
import { findRoutes, RouteQueryError } from "../../../src/core/routing";
import { noRouteReason } from "../../../src/text/no-route-reason";
import { indexOf, link, place } from "./little-network";

// A pass closed in winter, and a longer way round that is always open.
const pass = place("pass", ["AA", "BB"], { closed: { months: [12, 1, 2, 3], sources: ["test"] } });
const index = indexOf({
  places: [place("a", ["AA"]), pass, place("b", ["BB"]), place("round", ["AA", "BB"])],
  links: [
    link("a", "pass", 100, { mode: "road" }),
    link("pass", "b", 100, { mode: "road" }),
    link("a", "round", 400, { mode: "road" }),
    link("round", "b", 400, { mode: "road" }),
  ],
});

describe("seasonal closures", () => {
  it("uses the pass when it is open, and says it is seasonal", () => {
    const [route] = findRoutes(index, { from: "a", to: "b", month: 7 }).routes;
    expect(route?.places).toEqual(["a", "pass", "b"]);
    expect(route?.closures).toEqual([{ kind: "place", id: "pass", months: [12, 1, 2, 3] }]);
  });

  it("goes round in January and names what is closed", () => {
    const result = findRoutes(index, { from: "a", to: "b", month: 1 });
    expect(result.routes.map((route) => route.places)).toEqual([["a", "round", "b"]]);
    expect(result.closedInMonth).toEqual([{ kind: "place", id: "pass", months: [12, 1, 2, 3] }]);
  });

  it("says 'closed in January' when the closure cuts every route", () => {
    const result = findRoutes(index, { from: "a", to: "b", month: 1, avoidPlaces: ["round"] });
    expect(result.routes).toEqual([]);
    expect(result.cutBy).toContain("month");
    expect(result.cause).toBe("each-constraint");
    const names = {
      place: (id: string) => id,
      country: String,
      mode: String,
      corridor: String,
      link: String,
    };
    expect(noRouteReason(result, names, "en")).toMatch(/closed in January/);
    expect(noRouteReason(result, names, "fr")).toMatch(/fermé en janvier/);
  });

  it("refuses a month that is not 1 to 12", () => {
    expect(() => findRoutes(index, { from: "a", to: "b", month: 13 })).toThrow(RouteQueryError);
  });
});
