// Place ids are free lowercase words, so a network can name a place "constructor" or "__proto__":
// graphology keeps each node's neighbours in an object keyed by their ids, and the project's patch
// of it (src/build/patches) makes those objects prototype-free, where such a key is a neighbour
// like any other (without it, listing the links of "constructor" threw, as the map's tooltip does).
import { describe, expect, it } from "vitest";
import { buildNetworkGraph } from "../../../src/core/network-graph";
import { findBestRoute } from "../../../src/core/routing";
import {
  addDisplayLink,
  displayPlaceAdder,
  emptyDisplayGraph,
} from "../../../src/view/map/display-graph";
import { indexOf, link, place } from "../../core/routing/little-network";

const places = ["almaty", "constructor", "__proto__", "tashkent"].map((id) => place(id, ["AA"]));
const links = [
  link("almaty", "constructor", 100),
  link("constructor", "__proto__", 100),
  link("__proto__", "tashkent", 100),
  link("almaty", "tashkent", 500),
];

describe("places named like the members every object inherits", () => {
  it("are routed through like any other place", () => {
    const { route } = findBestRoute(indexOf({ places, links }), { from: "almaty", to: "tashkent" });
    expect(route?.places).toEqual(["almaty", "constructor", "__proto__", "tashkent"]);
    expect(route?.km).toBe(300);
    expect(buildNetworkGraph({ places, links }).edges("__proto__")).toEqual([
      links[1]?.id,
      links[2]?.id,
    ]);
  });

  it("are drawn with their own links as neighbours", () => {
    const display = emptyDisplayGraph();
    const addPlace = displayPlaceAdder(display);
    for (const record of places) addPlace(record);
    for (const record of links) addDisplayLink(display, record);
    expect(display.edges("constructor")).toEqual([links[0]?.id, links[1]?.id]);
    expect(display.neighbors("almaty").sort()).toEqual(["constructor", "tashkent"]);
    expect(display.hasEdge("constructor", "__proto__")).toBe(true);
    expect(display.degree("__proto__")).toBe(2);
  });
});
