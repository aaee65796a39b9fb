// Scenarios, corridor comparison and chokepoints on the shipped network, as an analyst would check them.
import { describe, expect, it } from "vitest";
import { readDataDir, readStandardTrips } from "../../../src/cli/read-dataset";
import { rankChokepoints } from "../../../src/core/analysis/chokepoints";
import { compareCorridors } from "../../../src/core/analysis/compare-corridors";
import { presetScenario } from "../../../src/core/analysis/scenario-presets";
import { runScenario, type TripOutcome } from "../../../src/core/analysis/scenario-report";
import { standardTripSet, type Trip } from "../../../src/core/analysis/trips";
import { buildNetworkGraph } from "../../../src/core/network-graph";
import { compileRoutingIndex } from "../../../src/core/routing";

const dataset = readDataDir();
const index = compileRoutingIndex(buildNetworkGraph(dataset), dataset);
const standard = standardTripSet(readStandardTrips(dataset), dataset.trade);
const countryOf = new Map(dataset.places.map((place) => [place.id, place.countries]));
const inCountry = (id: string, code: string) => countryOf.get(id)?.includes(code) ?? false;
const caspianLines = new Set(presetScenario(index, "caspian-ferries-stopped").links);
const crossesCaspian = (outcome: TripOutcome) =>
  outcome.after?.legs.some((leg) => caspianLines.has(leg.link)) ?? false;
const days = (hours: number) => Math.round((hours / 24) * 10) / 10;

describe("Russia closed to transit", () => {
  // Kazakhstan to the Caspian's far side and on towards Europe: the standard set's lanes, and the
  // Middle Corridor's Black Sea port from the capital.
  const westward: Trip[] = [
    ...standard.filter(
      (trip) => inCountry(trip.from, "KZ") && ["AZ", "GE", "TR"].some((c) => inCountry(trip.to, c)),
    ),
    { id: "astana-poti", from: "astana", to: "poti" },
  ];
  const report = runScenario(index, westward, presetScenario(index, "russia-closed"));

  it("keeps every Kazakhstan–Europe trip routable, rerouting those through Russia across the Caspian", () => {
    expect(report.outcomes.map((o) => o.change)).not.toContain("cut");
    const rerouted = report.outcomes.filter((o) => o.before?.countries.includes("RU"));
    expect(rerouted.length).toBeGreaterThanOrEqual(2);
    for (const outcome of rerouted) {
      expect(outcome.change).toBe("rerouted");
      expect(outcome.after?.countries).not.toContain("RU");
      expect(crossesCaspian(outcome)).toBe(true);
    }
  });

  it("says how much longer: the new route's days less the old one's", () => {
    for (const o of report.outcomes.filter((o) => o.change === "rerouted")) {
      const { before, after } = o as Required<TripOutcome>;
      expect(o.extraDays).toBe(days(after.hours - before.hours));
      expect(o.extraDays).toBeGreaterThan(0);
    }
    expect(report.summary.meanExtraDays).toBeGreaterThan(0);
  });

  it("cuts Kazakhstan–Russia trade and the China–Europe line, which has no way round Russia here", () => {
    const cut = runScenario(index, standard, presetScenario(index, "russia-closed"))
      .outcomes.filter((o) => o.change === "cut")
      .map((o) => o.trip.id);
    expect(cut).toEqual(expect.arrayContaining(["lane-kz-ru", "termini-china-europe"]));
  });
});

describe("Afghanistan closed", () => {
  const toPakistan = (trip: Trip) => inCountry(trip.from, "KZ") && inCountry(trip.to, "PK");
  const trips = [
    ...standard.filter(toPakistan),
    { id: "astana-karachi", from: "astana", to: "karachi" },
    { id: "almaty-gwadar", from: "almaty", to: "gwadar" },
  ];

  it("leaves Kazakhstan–Pakistan trips a route, each through China", () => {
    const { outcomes } = runScenario(index, trips, presetScenario(index, "afghanistan-closed"));
    for (const outcome of outcomes) {
      expect(outcome.after?.countries).toContain("CN");
      expect(outcome.after?.countries).not.toContain("AF");
    }
  });

  it("with China closed too, only Iran's crossings into Pakistan (Taftan – Mirjaveh, Gabd – Rimdan) are left; with Iran, none", () => {
    const { outcomes } = runScenario(index, trips, { countries: ["AF", "CN"] });
    for (const outcome of outcomes) {
      const places = outcome.after?.places ?? [];
      expect(places.filter((p) => p === "taftan_mirjaveh" || p === "gabd_rimdan")).toHaveLength(1);
    }
    const none = runScenario(index, trips, { countries: ["AF", "CN", "IR"] }).outcomes;
    expect(none.map((o) => o.change)).toEqual(trips.map(() => "cut"));
  });
});

describe("Iran closed", () => {
  const report = runScenario(index, standard, presetScenario(index, "iran-closed"));
  const cut = report.outcomes.filter((o) => o.change === "cut").map((o) => o.trip.id);

  it("cuts the INSTC's eastern and western axes and the INSTC end to end", () => {
    expect(cut).toEqual(
      expect.arrayContaining([
        "termini-instc-east",
        "termini-instc-west",
        "flagship-murmansk-bandar-abbas",
      ]),
    );
  });

  it("names each trip that loses every route, and counts its trade", () => {
    expect(report.summary.cut).toBe(cut.length);
    const lost = report.outcomes.filter((o) => o.change === "cut");
    expect(report.summary.cutUsd).toBe(lost.reduce((sum, o) => sum + (o.trip.weightUsd ?? 0), 0));
    expect(lost.every((o) => o.before && !o.after)).toBe(true);
  });
});

describe("winter", () => {
  it("moves Kazakhstan–Pakistan trade off the Khunjerab pass, closed in January", () => {
    const { outcomes } = runScenario(index, standard, presetScenario(index, "winter"));
    const lane = outcomes.find((o) => o.trip.id === "lane-kz-pk");
    if (lane?.before?.places.includes("khunjerab")) {
      expect(lane.change).toBe("rerouted");
      expect(lane.after?.places).not.toContain("khunjerab");
    }
    for (const o of outcomes) expect(o.after?.places ?? []).not.toContain("khunjerab");
  });
});

describe("corridor comparison on the shipped network", () => {
  it("shows Almaty → Istanbul by the Middle Corridor, through Russia and through Iran", () => {
    const { rows } = compareCorridors(index, { from: "Almaty", to: "Istanbul" });
    expect(rows.length).toBeGreaterThanOrEqual(3);
    const countries = rows.map((row) => row.route.countries);
    expect(countries.some((c) => c.includes("AZ") && !c.includes("RU") && !c.includes("IR"))).toBe(
      true,
    );
    expect(countries.some((c) => c.includes("RU"))).toBe(true);
    expect(countries.some((c) => c.includes("IR"))).toBe(true);
    const km = rows.map((row) => row.route.km);
    expect(km).toEqual([...km].sort((a, b) => a - b));
  });
});

describe("chokepoints on the shipped network", () => {
  const ranked = rankChokepoints(index, standard);

  it("ranks first what cuts the most trips, and only closes what a best route uses", () => {
    const cuts = ranked.map((c) => c.cut.length);
    expect(cuts[0]).toBe(Math.max(...cuts));
    expect(ranked.every((c) => c.trips > 0)).toBe(true);
  });

  it("agrees with a scenario closing the same element", () => {
    const [first] = ranked;
    const element =
      first?.kind === "crossing" ? { places: [first.id] } : { links: [first?.id ?? ""] };
    const { summary } = runScenario(index, standard, element);
    expect(summary.cut).toBe(first?.cut.length);
  });
});
