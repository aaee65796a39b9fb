import fc from "fast-check";
import { bidirectional } from "graphology-shortest-path/dijkstra";
import { describe, expect, it } from "vitest";
import type { Link, Mode, Place } from "../../../src/core/dataset";
import { buildNetworkGraph } from "../../../src/core/network-graph";
import { type Criterion, findRoutes, type RouteQuery } from "../../../src/core/routing";
import { allSimpleRoutes, type EnumeratedRoute } from "./brute-force";
import { indexOf, type LittleNetwork, littleNetworks } from "./little-network";

const MODES: Mode[] = ["rail", "road", "sea", "ferry"];

/**
 * The documented crossings weight, written again here: half per end at a two-country place, one
 * when the ends share no country, nothing between two posts of the same border.
 */
function crossingsCost(network: LittleNetwork, link: Link): number {
  const countries = (id: string) => network.places.find((p) => p.id === id)?.countries ?? [];
  const [from, to] = [countries(link.from), countries(link.to)];
  if (from.length === 2 && to.length === 2 && from.every((c) => to.includes(c))) return link.km;
  const halves = (from.length > 1 ? 1 : 0) + (to.length > 1 ? 1 : 0);
  const shares = from.some((country) => to.includes(country));
  return (halves + (shares ? 0 : 2)) * 1e6 + link.km;
}

function cost(network: LittleNetwork, by: Criterion, links: Link[]): number {
  const costOf = (link: Link) =>
    by === "km" ? link.km : by === "hours" ? link.hours : crossingsCost(network, link);
  return links.reduce((total, link) => total + costOf(link), 0);
}

const queries = littleNetworks.chain((network) => {
  const placeIds = network.places.map((place) => place.id);
  const countries = [...new Set(network.places.flatMap((place) => place.countries))];
  return fc.record({
    network: fc.constant(network),
    ends: fc.uniqueArray(fc.constantFrom(...placeIds), { minLength: 2, maxLength: 3 }),
    k: fc.integer({ min: 1, max: 6 }),
    by: fc.constantFrom<Criterion>("km", "hours", "crossings"),
    avoidCountries: fc.option(fc.subarray(countries, { maxLength: 1 }), {
      nil: undefined,
    }),
    modes: fc.option(fc.subarray(MODES, { minLength: 1 }), { nil: undefined }),
    includePlanned: fc.boolean(),
    corridors: fc.option(fc.constant(["north"]), { nil: undefined }),
    avoidPlaces: fc.option(fc.subarray(placeIds, { maxLength: 1 }), { nil: undefined }),
  });
});

type Generated = typeof queries extends fc.Arbitrary<infer T> ? T : never;

function toQuery(generated: Generated): RouteQuery {
  const { ends, network: _network, avoidPlaces, corridors, ...options } = generated;
  const [from, to, via] = ends as [string, string, string | undefined];
  const avoided = avoidPlaces?.filter((id) => !ends.includes(id));
  return {
    ...options,
    from,
    to,
    via: via ? [via] : [],
    avoidPlaces: avoided,
    corridors: corridors && [...corridors],
  };
}

/** The brute-force answer: simple routes obeying every constraint, through the via place if any. */
function allowedRoutes(network: LittleNetwork, query: RouteQuery): EnumeratedRoute[] {
  const allowLink = (link: Link) =>
    (query.includePlanned || link.status === "operational") &&
    (!query.modes || query.modes.includes(link.mode)) &&
    (!query.corridors || link.corridors.some((id) => query.corridors?.includes(id)));
  const allowPlace = (place: Place) =>
    !query.avoidPlaces?.includes(place.id) &&
    !place.countries.some((country) => query.avoidCountries?.includes(country));
  const routes = allSimpleRoutes(network, query.from, query.to, allowLink, allowPlace);
  const via = query.via?.[0];
  return via ? routes.filter((route) => route.places.includes(via)) : routes;
}

describe("findRoutes against plain enumeration of simple routes", () => {
  it("returns the k cheapest routes, in order, loopless, distinct, within every constraint", () => {
    fc.assert(
      fc.property(queries, (generated) => {
        const { network } = generated;
        const query = toQuery(generated);
        const result = findRoutes(indexOf(network), query);
        const linkById = new Map(network.links.map((link) => [link.id, link]));
        const expected = allowedRoutes(network, query)
          .map((route) => cost(network, generated.by, route.links))
          .sort((a, b) => a - b)
          .slice(0, query.k);
        const found = result.routes.map((route) =>
          route.legs.map((leg) => linkById.get(leg.link) as Link),
        );
        expect(found.map((links) => cost(network, generated.by, links))).toEqual(
          expected.map((value) => expect.closeTo(value, 6)),
        );
        const allowedKeys = new Set(
          allowedRoutes(network, query).map((route) => route.links.map((l) => l.id).join()),
        );
        for (const route of result.routes) {
          expect(allowedKeys.has(route.legs.map((leg) => leg.link).join())).toBe(true);
          expect(new Set(route.places).size).toBe(route.places.length);
        }
        const keys = result.routes.map((route) => route.legs.map((leg) => leg.link).join());
        expect(new Set(keys).size).toBe(keys.length);
        if (expected.length === 0) expect(result.reason).toMatch(/No route/);
      }),
      { numRuns: 400 },
    );
  });

  it("finds the same best cost as graphology-shortest-path on a filtered copy", () => {
    fc.assert(
      fc.property(queries, (generated) => {
        const { network } = generated;
        const query = { ...toQuery(generated), via: [], k: 1, by: generated.by };
        const allowed = allowedRoutes(network, { ...query, via: [] });
        const usable = new Set(allowed.flatMap((route) => route.links.map((link) => link.id)));
        const copy = buildNetworkGraph({
          places: network.places,
          links: network.links.filter((link) => usable.has(link.id)),
        });
        const by = query.by;
        const weight = (link: Link) => cost(network, by, [link]);
        const linkOf = (key: string) => network.links.find((link) => link.id === key) as Link;
        // graphology-shortest-path picks any parallel edge for a leg: take the cheapest ourselves.
        const path = allowed.length
          ? bidirectional(copy, query.from, query.to, (key) => weight(linkOf(key)))
          : null;
        const result = findRoutes(indexOf(network), query);
        if (!path) {
          expect(result.routes).toEqual([]);
          return;
        }
        const legs = path.slice(1).map((to, position) => {
          const costs = copy.edges(path[position], to).map((key) => weight(linkOf(key)));
          return Math.min(...costs);
        });
        const reference = legs.reduce((total, value) => total + value, 0);
        expect(
          cost(network, by, result.routes[0]?.legs.map((leg) => linkOf(leg.link)) ?? []),
        ).toBeCloseTo(reference, 6);
      }),
      { numRuns: 300 },
    );
  });
});
