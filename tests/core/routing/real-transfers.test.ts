// Transfers on the shipped network, at the places the transfer-aware routing issue names.
import { describe, expect, it } from "vitest";
import { readDataDir } from "../../../src/cli/read-dataset";
import { buildNetworkGraph } from "../../../src/core/network-graph";
import {
  compileRoutingIndex,
  findRoutes,
  type Route,
  type RouteQuery,
  WorkBudget,
} from "../../../src/core/routing";

const dataset = readDataDir();
const index = compileRoutingIndex(buildNetworkGraph(dataset), dataset);
const best = (query: RouteQuery): Route => {
  const [route] = findRoutes(index, { k: 1, by: "hours", ...query }).routes;
  if (!route) throw new Error(`no route for ${query.from} → ${query.to}`);
  return route;
};
const kindsAt = (route: Route) => route.transfers.map((t) => `${t.kind}@${t.place}`);

describe("transfers on the real network", () => {
  it("Makmal → Torugart → Bishkek stays in Kyrgyzstan and pays no border", () => {
    const query = { from: "makmal", to: "bishkek", via: ["torugart"], includePlanned: true };
    for (const by of ["hours", "crossings"] as const) {
      const route = best({ ...query, by });
      expect(route.countries).toEqual(["KG"]);
      expect(route.crossings).toBe(0);
      expect(route.transfers.some((t) => t.kind === "border")).toBe(false);
    }
  });

  it("Rasht → Astara → Baku pays one border, though both Astara posts are places", () => {
    const route = best({ from: "rasht", to: "baku", includePlanned: true, modes: ["rail"] });
    expect(route.places).toEqual(expect.arrayContaining(["astara_ir", "astara_az"]));
    expect(route.transfers.filter((t) => t.kind === "border")).toHaveLength(1);
    expect(route.countries).toEqual(["IR", "AZ"]);
  });

  it("a through train at Herat (1,520 mm) or Zahedan (1,435 mm) pays no gauge change", () => {
    const herat = best({
      from: "serhetabat_torghundi",
      to: "kandahar",
      via: ["herat"],
      modes: ["rail"],
      includePlanned: true,
    });
    const zahedan = best({
      from: "bafq",
      to: "mashhad",
      via: ["zahedan"],
      modes: ["rail"],
      includePlanned: true,
    });
    for (const route of [herat, zahedan]) {
      expect(route.gaugeChanges).toBe(0);
      expect(route.transfers.some((t) => t.kind === "gauge-change")).toBe(false);
    }
  });

  it("Alashankou → Dostyk pays a border and a gauge change at Dostyk", () => {
    const route = best({ from: "alashankou", to: "aktogay", modes: ["rail"] });
    expect(kindsAt(route)).toEqual(["border@dostyk", "gauge-change@dostyk"]);
    expect(route.countries).toEqual(["CN", "KZ"]);
  });

  it("Dostyk's and Altynkol's sourced hours include their gauge change, charged no second time", () => {
    const crossings = [
      ["alashankou", "dostyk"],
      ["khorgos_cn", "altynkol"],
    ] as const;
    for (const [from, crossing] of crossings) {
      const route = best({ from, to: "aktogay", via: [crossing], modes: ["rail"] });
      const at = route.transfers.filter((t) => t.place === crossing);
      const border = dataset.timeModel.crossingHours?.[crossing]?.hours;
      expect(at).toMatchObject([
        { kind: "border", hours: border },
        { kind: "gauge-change", hours: 0 },
      ]);
    }
  });

  it("by crossings, routes come in order of the crossings they report", () => {
    const trips: [string, string][] = [
      ["almaty", "karachi"],
      ["moscow", "tehran"],
      ["urumqi", "istanbul"],
      ["tashkent", "bandar_abbas"],
    ];
    for (const [from, to] of trips) {
      const byCrossings = findRoutes(index, { from, to, k: 5, by: "crossings" }).routes;
      const crossings = byCrossings.map((route) => route.crossings);
      expect(crossings).toEqual([...crossings].sort((a, b) => a - b));
      const byKm = findRoutes(index, { from, to, k: 5 }).routes;
      expect(crossings[0]).toBeLessThanOrEqual(Math.min(...byKm.map((route) => route.crossings)));
    }
  });

  it("answers the via orders that used to hang within the query's work bound", () => {
    const orders = [
      ["termez", "bishkek"],
      ["tashkent", "bishkek", "termez"],
    ];
    for (const via of orders) {
      const budget = new WorkBudget(2_000_000);
      const result = findRoutes(index, { from: "almaty", to: "karachi", via, k: 1 }, budget);
      expect(budget.used).toBeLessThanOrEqual(budget.limit);
      if (result.routes.length === 0) expect(result.stoppedEarly).toBe(true);
      for (const route of result.routes) {
        const positions = via.map((place) => route.places.indexOf(place));
        expect(positions).toEqual([...positions].sort((a, b) => a - b));
        expect(new Set(route.places).size).toBe(route.places.length);
      }
    }
  });
});

describe("the Khunjerab pass in winter", () => {
  it("a January trip from Kashgar into Pakistan does not use Khunjerab, and says why", () => {
    const result = findRoutes(index, { from: "kashgar", to: "islamabad", month: 1, k: 3 });
    expect(result.routes.length).toBeGreaterThan(0);
    for (const route of result.routes) expect(route.places).not.toContain("khunjerab");
    expect(result.closedInMonth?.map((closure) => closure.id)).toContain("khunjerab");
    const [summer] = findRoutes(index, { from: "kashgar", to: "islamabad", month: 7 }).routes;
    expect(summer?.places).toContain("khunjerab");
  });
});
