// "Why no route" phrased from the engine's typed cause, the same way in English and French.
import { describe, expect, it } from "vitest";
import { buildNetworkGraph } from "../../src/core/network-graph";
import { compileRoutingIndex, findRoutes, type RouteQuery } from "../../src/core/routing";
import { networkText } from "../../src/text/network-text";
import { noRouteReason } from "../../src/text/no-route-reason";
import { routeNames } from "../../src/text/route-names";
import { tinyNetwork } from "../fixtures/tiny-network";

const dataset = tinyNetwork();
const index = compileRoutingIndex(buildNetworkGraph(dataset), dataset);
const text = networkText(dataset);
const reason = (query: RouteQuery, language: "en" | "fr") =>
  noRouteReason(findRoutes(index, query), routeNames(text, language), language);

describe("why no route, in the reader's language", () => {
  const roadless = { from: "almaty", to: "bishkek", modes: ["rail", "sea", "ferry"] } as RouteQuery;

  it("names the one constraint that cuts the places apart", () => {
    expect(findRoutes(index, roadless)).toMatchObject({
      cause: "one-constraint",
      cutBy: ["modes"],
    });
    expect(reason(roadless, "en")).toBe(
      "No route between Almaty and Bishkek: using rail, sea, ferry only cuts them apart (lifting it opens a route).",
    );
  });

  it("says the same in French, with French place and mode names", () => {
    const french = reason(roadless, "fr");
    expect(french).toMatch(/^Aucun itinéraire entre Almaty et Bichkek/);
    expect(french).toContain("n’utiliser que rail, mer, ferry");
  });

  it("names each constraint that alone cuts them apart", () => {
    const query = { ...roadless, avoidCountries: ["KG"] } as RouteQuery;
    const result = findRoutes(index, query);
    if (result.cause === "each-constraint") {
      expect(reason(query, "en")).toMatch(/Each of these alone/);
      expect(reason(query, "fr")).toMatch(/\(chacune suffit\)/);
    } else {
      expect(result.cause).toBe("constraints-together");
      expect(reason(query, "en")).toMatch(/together they cut them apart/);
      expect(reason(query, "fr")).toMatch(/ensemble elles les séparent/);
    }
  });

  it("says when only the search limit stopped it, in both languages", () => {
    const stopped = {
      ...findRoutes(index, roadless),
      cause: undefined,
      stoppedEarly: true as const,
    };
    expect(noRouteReason(stopped, routeNames(text, "en"), "en")).toMatch(/within the search limit/);
    expect(noRouteReason(stopped, routeNames(text, "fr"), "fr")).toMatch(/limite de recherche/);
  });
});
