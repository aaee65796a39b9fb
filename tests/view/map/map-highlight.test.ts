import { describe, expect, it } from "vitest";
import { buildNetworkGraph } from "../../../src/core/network-graph";
import { compileRoutingIndex, findRoutes } from "../../../src/core/routing";
import { initialState } from "../../../src/state/app-state";
import { toggleAvoidPlace } from "../../../src/state/option-changes";
import { pickPlace } from "../../../src/state/trip-changes";
import { selectRoute, showOnlyCorridor } from "../../../src/state/view-changes";
import { highlightChange, mapHighlight } from "../../../src/view/map/map-highlight";
import { tinyNetwork } from "../../fixtures/tiny-network";

const dataset = tinyNetwork();
const index = compileRoutingIndex(buildNetworkGraph(dataset), dataset);
const trip = pickPlace("bishkek")(pickPlace("almaty")(initialState()));
const routes = findRoutes(index, {
  from: "almaty",
  to: "bishkek",
  k: 3,
  includePlanned: true,
}).routes;

describe("map highlight", () => {
  it("marks origin and destination, and faded means some route is shown", () => {
    const highlight = mapHighlight(trip, routes);
    expect(highlight.marks.get("almaty")).toBe("origin");
    expect(highlight.marks.get("bishkek")).toBe("destination");
    expect(highlight.hasRoutes).toBe(true);
    expect(mapHighlight(initialState(), []).hasRoutes).toBe(false);
  });

  it("draws a link shared by two routes in the selected route's colour", () => {
    expect(routes.length).toBeGreaterThanOrEqual(2);
    const second = mapHighlight(selectRoute(1)(trip), routes);
    for (const leg of routes[1]?.legs ?? []) expect(second.routeOfLink.get(leg.link)).toBe(1);
    const first = mapHighlight(trip, routes);
    for (const leg of routes[0]?.legs ?? []) expect(first.routeOfLink.get(leg.link)).toBe(0);
  });

  it("marks avoided places", () => {
    const highlight = mapHighlight(toggleAvoidPlace("korday")(trip), []);
    expect(highlight.marks.get("korday")).toBe("avoided");
  });

  it("redraws only the routes' and marks' places and links when another route is selected", () => {
    const first = mapHighlight(trip, routes);
    const changed = highlightChange(first, mapHighlight(selectRoute(1)(trip), routes));
    const routePlaces = new Set(routes.flatMap((route) => route.places));
    const routeLinks = new Set(routes.flatMap((route) => route.legs.map((leg) => leg.link)));
    expect(new Set(changed?.nodes)).toEqual(routePlaces);
    expect(new Set(changed?.edges)).toEqual(routeLinks);
    expect(changed?.nodes.length).toBeLessThan(dataset.places.length);
  });

  it("redraws everything when routes appear or the corridors shown change", () => {
    const none = mapHighlight(initialState(), []);
    expect(highlightChange(none, mapHighlight(trip, routes))).toBeNull();
    const corridor = dataset.corridors[0]?.id ?? "";
    const filtered = mapHighlight(showOnlyCorridor(corridor)(trip), routes);
    expect(highlightChange(mapHighlight(trip, routes), filtered)).toBeNull();
  });
});
