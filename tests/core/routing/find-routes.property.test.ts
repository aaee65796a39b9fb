import fc from "fast-check";
import { bidirectional } from "graphology-shortest-path/dijkstra";
import { describe, expect, it } from "vitest";
import type { Link, Mode, Place } from "../../../src/core/dataset";
import { buildNetworkGraph } from "../../../src/core/network-graph";
import { type Criterion, findRoutes, type RouteQuery } from "../../../src/core/routing";
import { allSimpleRoutes, type EnumeratedRoute } from "./brute-force";
import { indexOf, type LittleNetwork, littleNetworks, TEST_TIME_MODEL } from "./little-network";

const MODES: Mode[] = ["rail", "road", "sea", "ferry"];

/** A leg as the test sees it: a link taken from one place to another. */
interface TestLeg {
  link: Link;
  from: string;
  to: string;
}

const WATER = ["sea", "ferry"];
const CROSSING_WEIGHT = 1e6;

/**
 * The documented transfer rules (data/README.md), written again here: a link runs in the country
 * its ends share, or, sharing none or two, in each end's own (first) country; a border is crossed
 * where that country changes, along a link or at a place between two legs.
 */
function legSides(network: LittleNetwork, leg: TestLeg): [string, string] {
  const countries = (id: string) => network.places.find((p) => p.id === id)?.countries ?? [];
  const [from, to] = [countries(leg.from), countries(leg.to)];
  const shared = from.filter((country) => to.includes(country));
  return shared.length === 1 ? [shared[0] ?? "", shared[0] ?? ""] : [from[0] ?? "", to[0] ?? ""];
}

function routeCost(network: LittleNetwork, by: Criterion, legs: TestLeg[]): number {
  const model = network.timeModel ?? TEST_TIME_MODEL;
  const port = (mode: Mode) => (mode === "sea" || mode === "ferry" ? model.portCallHours[mode] : 0);
  const borderAt = (...places: string[]) => {
    const given = places.flatMap((id) => model.crossingHours?.[id]?.hours ?? []);
    return given.length > 0 ? Math.max(...given) : model.borderHours;
  };
  let hours = 0;
  let borders = 0;
  legs.forEach((leg, position) => {
    const [tail, head] = legSides(network, leg);
    hours += leg.link.hours;
    if (tail !== head) {
      borders++;
      hours += borderAt(leg.from, leg.to);
    }
    const next = legs[position + 1];
    if (!next) return;
    if (head !== legSides(network, next)[0]) {
      borders++;
      hours += borderAt(leg.to);
    }
    const [a, b] = [leg.link.mode, next.link.mode];
    if (a !== b && !WATER.includes(a) && !WATER.includes(b)) hours += model.modeChangeHours;
    else if (a !== b) hours += port(a) + port(b);
    const { gauge: gaugeIn } = leg.link;
    const { gauge: gaugeOut } = next.link;
    if (a === "rail" && b === "rail" && gaugeIn && gaugeOut && gaugeIn !== gaugeOut)
      hours += model.gaugeChangeHours;
  });
  const first = legs[0];
  const last = legs[legs.length - 1];
  if (first && last) hours += port(first.link.mode) + port(last.link.mode);
  const km = legs.reduce((total, leg) => total + leg.link.km, 0);
  if (by === "km") return km;
  return by === "hours" ? hours : borders * CROSSING_WEIGHT + km;
}

const legsOf = (route: EnumeratedRoute): TestLeg[] =>
  route.links.map((link, position) => ({
    link,
    from: route.places[position] as string,
    to: route.places[position + 1] as string,
  }));

const queries = littleNetworks.chain((network) => {
  const placeIds = network.places.map((place) => place.id);
  const countries = [...new Set(network.places.flatMap((place) => place.countries))];
  return fc.record({
    network: fc.constant(network),
    ends: fc.uniqueArray(fc.constantFrom(...placeIds), { minLength: 2, maxLength: 4 }),
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
  const [from, to, ...via] = ends as [string, string, ...string[]];
  const avoided = avoidPlaces?.filter((id) => !ends.includes(id));
  return {
    ...options,
    from,
    to,
    via,
    avoidPlaces: avoided,
    corridors: corridors && [...corridors],
  };
}

/** The brute-force answer: simple routes obeying every constraint, through the via places in order. */
function allowedRoutes(network: LittleNetwork, query: RouteQuery): EnumeratedRoute[] {
  const allowLink = (link: Link) =>
    (query.includePlanned || link.status === "operational") &&
    (!query.modes || query.modes.includes(link.mode)) &&
    (!query.corridors || link.corridors.some((id) => query.corridors?.includes(id)));
  const allowPlace = (place: Place) =>
    !query.avoidPlaces?.includes(place.id) &&
    !place.countries.some((country) => query.avoidCountries?.includes(country));
  const routes = allSimpleRoutes(network, query.from, query.to, allowLink, allowPlace);
  const via = query.via ?? [];
  return routes.filter((route) => {
    const positions = via.map((id) => route.places.indexOf(id));
    return positions.every(
      (at, order) => at >= 0 && (order === 0 || at > (positions[order - 1] as number)),
    );
  });
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
          .map((route) => routeCost(network, generated.by, legsOf(route)))
          .sort((a, b) => a - b)
          .slice(0, query.k);
        const found = result.routes.map((route) =>
          route.legs.map((leg) => ({ ...leg, link: linkById.get(leg.link) as Link })),
        );
        expect(found.map((legs) => routeCost(network, generated.by, legs))).toEqual(
          expected.map((value) => expect.closeTo(value, 6)),
        );
        // Each route's totals are what was charged, whatever the criterion.
        result.routes.forEach((route, position) => {
          const legs = found[position] as TestLeg[];
          expect(route.hours).toBeCloseTo(routeCost(network, "hours", legs), 6);
          const crossings = routeCost(network, "crossings", legs) - route.km;
          expect(route.crossings * CROSSING_WEIGHT).toBeCloseTo(crossings, 3);
          expect(route.transfers.filter((t) => t.kind === "border")).toHaveLength(route.crossings);
        });
        const allowedKeys = new Set(
          allowedRoutes(network, query).map((route) => route.links.map((l) => l.id).join()),
        );
        for (const route of result.routes) {
          expect(allowedKeys.has(route.legs.map((leg) => leg.link).join())).toBe(true);
          expect(new Set(route.places).size).toBe(route.places.length);
        }
        const keys = result.routes.map((route) => route.legs.map((leg) => leg.link).join());
        expect(new Set(keys).size).toBe(keys.length);
        if (expected.length === 0) expect(result.cause).toBeDefined();
      }),
      { numRuns: 600 },
    );
  });

  // graphology-shortest-path knows no transfer costs: it checks the best route by distance.
  it("finds the same best km as graphology-shortest-path on a filtered copy", () => {
    fc.assert(
      fc.property(queries, (generated) => {
        const { network } = generated;
        const query = { ...toQuery(generated), via: [], k: 1, by: "km" as const };
        const allowed = allowedRoutes(network, { ...query, via: [] });
        const usable = new Set(allowed.flatMap((route) => route.links.map((link) => link.id)));
        const copy = buildNetworkGraph({
          places: network.places,
          links: network.links.filter((link) => usable.has(link.id)),
        });
        const weight = (link: Link) => link.km;
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
        expect(result.routes[0]?.km).toBeCloseTo(reference, 6);
      }),
      { numRuns: 300 },
    );
  });
});
