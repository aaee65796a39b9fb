import { describe, expect, it } from "vitest";
import { findBestRoute, findRoutes, RouteQueryError } from "../../../src/core/routing";
import { indexOf, link, place } from "./little-network";

// Two ways from a to b: a short one off every corridor, and one 50 % longer along "north".
const short = link("a", "b", 100, { corridors: [] });
const index = indexOf({
  places: [place("a", ["AA"]), place("m", ["AA"]), place("b", ["AA"])],
  links: [
    short,
    link("a", "m", 75, { corridors: ["north"] }),
    link("m", "b", 75, { corridors: ["north"] }),
  ],
});

describe("closed links and a preferred corridor", () => {
  it("takes the short link unless it is closed", () => {
    expect(findRoutes(index, { from: "a", to: "b", k: 1 }).routes[0]?.places).toEqual(["a", "b"]);
    const closed = findRoutes(index, { from: "a", to: "b", k: 1, avoidLinks: [short.id] });
    expect(closed.routes[0]?.places).toEqual(["a", "m", "b"]);
  });

  it("says the closed links cut the trip when they close every way", () => {
    const result = findRoutes(index, { from: "a", to: "m", avoidLinks: ["a--m--rail", short.id] });
    expect(result.routes).toEqual([]);
    expect(result.cutBy).toContain("avoidLinks");
  });

  it("refuses a link id the network does not have", () => {
    expect(() => findRoutes(index, { from: "a", to: "b", avoidLinks: ["a--z--rail"] })).toThrow(
      /unknown link "a--z--rail"/,
    );
  });

  it("keeps to the preferred corridor when leaving it costs three times as much, with true km", () => {
    // Off the corridor the short link counts 3 × 100 = 300 > 150 along it.
    const { route } = findBestRoute(index, { from: "a", to: "b", preferCorridor: "north" });
    expect(route?.places).toEqual(["a", "m", "b"]);
    expect(route?.km).toBe(150);
  });

  it("refuses an unknown preferred corridor", () => {
    expect(() => findBestRoute(index, { from: "a", to: "b", preferCorridor: "west" })).toThrow(
      RouteQueryError,
    );
  });
});
