// Routes on the shipped network that a planner would recognise.
import { describe, expect, it } from "vitest";
import { readDataDir } from "../../../src/cli/read-dataset";
import { buildNetworkGraph } from "../../../src/core/network-graph";
import { compileRoutingIndex, findRoutes, RouteQueryError } from "../../../src/core/routing";
import type { RouteLeg } from "../../../src/core/routing/route-types";

const dataset = readDataDir();
const index = compileRoutingIndex(buildNetworkGraph(dataset), dataset);
const linkStatus = new Map(dataset.links.map((link) => [link.id, link.status]));

describe("routes on the real network", () => {
  it("takes Moscow to Tehran by rail through Kazakhstan and Turkmenistan, as Rasht–Astara is not built", () => {
    const { routes } = findRoutes(index, { from: "Moscow", to: "Tehran", modes: ["rail"], k: 3 });
    expect(routes.length).toBeGreaterThan(0);
    for (const route of routes) {
      expect(route.countries).toEqual(expect.arrayContaining(["KZ", "TM"]));
      expect(route.countries).not.toContain("AZ");
      expect(route.legs.every((leg) => leg.mode === "rail")).toBe(true);
    }
  });

  it("goes by the planned Rasht–Astara railway only when asked, and flags it", () => {
    const { routes } = findRoutes(index, {
      from: "moscow",
      to: "tehran",
      modes: ["rail"],
      includePlanned: true,
      k: 1,
    });
    const best = routes[0];
    expect(best?.countries).toEqual(["RU", "AZ", "IR"]);
    expect(best?.legs.some((leg) => leg.link === "rasht--astara_ir--rail")).toBe(true);
    expect(best?.usesUnbuiltLinks).toBe(true);
  });

  it("never uses a planned or under-construction link unless asked", () => {
    for (const [from, to] of [
      ["almaty", "karachi"],
      ["moscow", "tehran"],
      ["xian", "istanbul"],
    ]) {
      const { routes } = findRoutes(index, { from: from as string, to: to as string, k: 10 });
      const statuses = routes.flatMap((route) => route.legs.map((leg) => linkStatus.get(leg.link)));
      expect(statuses.length).toBeGreaterThan(0);
      expect(new Set(statuses)).toEqual(new Set(["operational"]));
    }
  });

  it("offers three distinct Almaty–Karachi routes, each summarised against route 1", () => {
    const { routes } = findRoutes(index, { from: "Almaty", to: "Karachi", k: 3 });
    expect(routes.map((route) => route.rank)).toEqual([1, 2, 3]);
    expect(new Set(routes.map((route) => route.legs.map((leg) => leg.link).join())).size).toBe(3);
    expect(routes[0]?.difference).toBeNull();
    for (const route of routes.slice(1)) {
      const { addedCountries, droppedCountries, stretches } = route.difference ?? {};
      expect([
        ...(addedCountries ?? []),
        ...(droppedCountries ?? []),
        ...(stretches ?? []),
      ]).not.toEqual([]);
    }
    expect(routes.map((route) => route.km)).toEqual(
      [...routes.map((route) => route.km)].sort((a, b) => a - b),
    );
  });

  it("finds a route that avoids Kazakhstan from China to Europe only through other countries", () => {
    const { routes } = findRoutes(index, {
      from: "Xi'an",
      to: "Duisburg",
      avoidCountries: ["KZ"],
      k: 2,
    });
    for (const route of routes) expect(route.countries).not.toContain("KZ");
  });

  it("respects ordered via places: Almaty to Baku through Aktau", () => {
    const { routes } = findRoutes(index, { from: "Almaty", to: "Baku", via: ["Aktaou"], k: 3 });
    expect(routes).toHaveLength(3);
    for (const route of routes) expect(route.places).toContain("aktau");
  });

  it("names each constraint that alone cuts Aktau from Baku (land only, avoiding Russia and Iran)", () => {
    const result = findRoutes(index, {
      from: "aktau",
      to: "baku",
      modes: ["rail", "road"],
      avoidCountries: ["RU", "IR"],
    });
    expect(result.routes).toEqual([]);
    // By land, the Caspian is rounded only through Russia or Iran; by water it is crossed.
    expect(result.cutBy).toEqual(
      expect.arrayContaining(["modes", "avoidCountries:RU", "avoidCountries:IR"]),
    );
    expect(result.cause).toBe("each-constraint");
  });

  it("names unknown places and suggests close ones", () => {
    expect(() => findRoutes(index, { from: "Almatty", to: "Karachi" })).toThrow(
      /unknown place "Almatty".*Almaty/,
    );
  });

  it("rejects alternatives that share too much with a better route", () => {
    const query = { from: "Almaty", to: "Karachi", k: 3, maxShared: 0.5, by: "hours" } as const;
    const { routes, stoppedEarly } = findRoutes(index, query);
    expect(stoppedEarly).toBeUndefined();
    expect(routes.length).toBe(3);
    // A road beside a railway is the same stretch: what a planner would call the same way.
    const stretch = (leg: RouteLeg) => [leg.from, leg.to].sort().join(" ");
    routes.forEach((route, rank) => {
      for (const better of routes.slice(0, rank)) {
        const ran = new Set(better.legs.map(stretch));
        const sharedKm = route.legs
          .filter((leg) => ran.has(stretch(leg)))
          .reduce((km, leg) => km + leg.km, 0);
        expect(sharedKm / route.km).toBeLessThanOrEqual(0.5);
      }
    });
  });

  it("gives three distinct routes by km too, or says that it stopped looking", () => {
    // Three exist (by hours above); by km, hundreds of road-and-rail variants of the route
    // through Uzbekistan come before the first distinct one, and skipping them has a bound.
    const { routes, stoppedEarly } = findRoutes(index, {
      ...{ from: "Almaty", to: "Karachi", k: 3, maxShared: 0.5 },
    });
    expect(routes.length === 3 || stoppedEarly === true).toBe(true);
  });

  it("fails on an unknown country code with the known ones", () => {
    expect(() =>
      findRoutes(index, { from: "almaty", to: "karachi", avoidCountries: ["XX"] }),
    ).toThrow(RouteQueryError);
  });
});
