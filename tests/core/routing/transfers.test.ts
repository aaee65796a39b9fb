import { describe, expect, it } from "vitest";
import { findRoutes } from "../../../src/core/routing";
import { indexOf, link, place, TEST_TIME_MODEL } from "./little-network";

// TEST_TIME_MODEL: border 7 h, gauge change 4 h, rail–road 2 h, port call sea 5 h, ferry 3 h.
const kinds = (route: { transfers: { kind: string; place: string }[] } | undefined) =>
  route?.transfers.map((transfer) => `${transfer.kind}@${transfer.place}`);

describe("transfers are charged where they happen", () => {
  it("a route that stays in one country through a crossing place pays no border", () => {
    // Makmal → Torugart → Bishkek stays in Kyrgyzstan.
    const index = indexOf({
      places: [place("makmal", ["KG"]), place("torugart", ["KG", "CN"]), place("bishkek", ["KG"])],
      links: [
        link("makmal", "torugart", 100, { mode: "road", hours: 4 }),
        link("torugart", "bishkek", 100, { mode: "road", hours: 4 }),
        link("makmal", "bishkek", 300, { mode: "road", hours: 12, id: "-direct" }),
      ],
    });
    const query = { from: "makmal", to: "bishkek", via: ["torugart"] };
    const [route] = findRoutes(index, { ...query, by: "hours" }).routes;
    expect(route).toMatchObject({ crossings: 0, hours: 8, countries: ["KG"] });
    expect(kinds(route)).toEqual([]);
    const [fewest] = findRoutes(index, { from: "makmal", to: "bishkek", by: "crossings" }).routes;
    expect(fewest?.places).toEqual(["makmal", "torugart", "bishkek"]);
  });

  it("two posts of one border count one crossing (Rasht → Astara IR → Astara AZ → Baku)", () => {
    const index = indexOf({
      places: [
        place("rasht", ["IR"]),
        place("astara_ir", ["IR", "AZ"]),
        place("astara_az", ["AZ", "IR"]),
        place("baku", ["AZ"]),
      ],
      links: [
        link("rasht", "astara_ir", 100, { mode: "road", hours: 3 }),
        link("astara_ir", "astara_az", 1, { mode: "road", hours: 0.5 }),
        link("astara_az", "baku", 300, { mode: "road", hours: 8 }),
      ],
    });
    const [route] = findRoutes(index, { from: "rasht", to: "baku", by: "hours" }).routes;
    expect(route).toMatchObject({ crossings: 1, countries: ["IR", "AZ"], hours: 3 + 0.5 + 8 + 7 });
    expect(route?.transfers).toMatchObject([
      { kind: "border", countries: ["IR", "AZ"], alongLeg: true, hours: 7 },
    ]);
  });

  it("a through train at a gauge-break station pays no gauge change when its gauge stays", () => {
    const herat = place("herat", ["AF"], { gaugeBreak: [1520, 1435] });
    const index = indexOf({
      places: [place("torghundi", ["AF"]), herat, place("rozanak", ["AF"])],
      links: [
        link("torghundi", "herat", 120, { gauge: 1520, hours: 3 }),
        link("herat", "rozanak", 100, { gauge: 1520, hours: 2 }),
      ],
    });
    const [route] = findRoutes(index, { from: "torghundi", to: "rozanak", by: "hours" }).routes;
    expect(route).toMatchObject({ gaugeChanges: 0, hours: 5 });
  });

  it("Alashankou → Dostyk → Aktogay pays a border and a gauge change at Dostyk", () => {
    const index = indexOf({
      places: [
        place("alashankou", ["CN"]),
        place("dostyk", ["KZ", "CN"]),
        place("aktogay", ["KZ"]),
      ],
      links: [
        link("alashankou", "dostyk", 12, { gauge: 1435, hours: 1 }),
        link("dostyk", "aktogay", 300, { gauge: 1520, hours: 8 }),
      ],
    });
    const [route] = findRoutes(index, { from: "alashankou", to: "aktogay", by: "hours" }).routes;
    expect(kinds(route)).toEqual(["border@dostyk", "gauge-change@dostyk"]);
    expect(route).toMatchObject({ crossings: 1, gaugeChanges: 1, hours: 1 + 8 + 7 + 4 });
  });

  it("a crossing whose time includes the gauge change charges it once, in its border time", () => {
    const index = indexOf({
      places: [place("a", ["AA"]), place("x", ["BB", "AA"]), place("b", ["BB"])],
      links: [
        link("a", "x", 12, { gauge: 1435, hours: 1 }),
        link("x", "b", 300, { gauge: 1520, hours: 8 }),
      ],
      timeModel: {
        ...TEST_TIME_MODEL,
        crossingHours: { x: { hours: 30, includesGaugeChange: true, sources: ["test"] } },
      },
    });
    const [route] = findRoutes(index, { from: "a", to: "b", by: "hours" }).routes;
    expect(route?.transfers).toMatchObject([
      { kind: "border", place: "x", hours: 30 },
      { kind: "gauge-change", place: "x", hours: 0 },
    ]);
    expect(route).toMatchObject({ gaugeChanges: 1, hours: 1 + 8 + 30 });
  });

  it("a ship calling at two ports pays one loading and one unloading", () => {
    const index = indexOf({
      places: [
        place("inland", ["AA"]),
        place("port_a", ["AA"]),
        place("port_b", ["AA"]),
        place("port_c", ["AA"]),
        place("city", ["AA"]),
      ],
      links: [
        link("inland", "port_a", 50, { mode: "road", hours: 1 }),
        link("port_a", "port_b", 500, { mode: "sea", hours: 20 }),
        link("port_b", "port_c", 500, { mode: "sea", hours: 20 }),
        link("port_c", "city", 100, { mode: "rail", hours: 2 }),
      ],
    });
    const [route] = findRoutes(index, { from: "inland", to: "city", by: "hours" }).routes;
    expect(kinds(route)).toEqual(["port@port_a", "port@port_c"]);
    expect(route).toMatchObject({ portCalls: 2, hours: 1 + 20 + 20 + 2 + 5 + 5 });
  });

  it("a route that starts or ends by ship pays the port call at its end, and ship to ferry pays both", () => {
    const index = indexOf({
      places: [place("a", ["AA"]), place("b", ["AA"]), place("c", ["AA"])],
      links: [
        link("a", "b", 100, { mode: "sea", hours: 10 }),
        link("b", "c", 100, { mode: "ferry", hours: 10 }),
      ],
    });
    const [route] = findRoutes(index, { from: "a", to: "c", by: "hours" }).routes;
    expect(kinds(route)).toEqual(["port@a", "transshipment@b", "port@c"]);
    const { sea, ferry } = TEST_TIME_MODEL.portCallHours;
    expect(route).toMatchObject({ portCalls: 4, hours: 20 + sea + (sea + ferry) + ferry });
  });

  it("moving cargo between rail and road at any place pays the transfer time", () => {
    const index = indexOf({
      places: [place("a", ["AA"]), place("b", ["AA"]), place("c", ["AA"])],
      links: [
        link("a", "b", 100, { mode: "rail", hours: 2 }),
        link("b", "c", 100, { mode: "road", hours: 3 }),
      ],
    });
    const [route] = findRoutes(index, { from: "a", to: "c", by: "hours" }).routes;
    expect(kinds(route)).toEqual(["mode-change@b"]);
    expect(route?.hours).toBe(2 + 3 + TEST_TIME_MODEL.modeChangeHours);
  });

  it("a slower crossing's own time is used where the time model gives one", () => {
    const index = indexOf({
      places: [place("a", ["AA"]), place("x", ["AA", "BB"]), place("b", ["BB"])],
      links: [link("a", "x", 10, { hours: 1 }), link("x", "b", 10, { hours: 1 })],
      timeModel: { ...TEST_TIME_MODEL, crossingHours: { x: { hours: 30, sources: ["test"] } } },
    });
    const [route] = findRoutes(index, { from: "a", to: "b", by: "hours" }).routes;
    expect(route?.hours).toBe(32);
  });

  it("a border inside a customs union takes the union's hours, a crossing's own time first", () => {
    const union = { name: "Union", members: ["AA", "BB"], hours: 1, sources: ["test"] };
    const network = (crossingHours = {}) =>
      indexOf({
        places: [place("a", ["AA"]), place("x", ["AA", "BB"]), place("b", ["BB"])],
        links: [link("a", "x", 10, { hours: 1 }), link("x", "b", 10, { hours: 1 })],
        timeModel: { ...TEST_TIME_MODEL, customsUnions: [union], crossingHours },
      });
    const hours = (crossingHours = {}) =>
      findRoutes(network(crossingHours), { from: "a", to: "b", by: "hours" }).routes[0]?.hours;
    expect(hours()).toBe(1 + 1 + 1);
    expect(hours({ x: { hours: 5, sources: ["test"] } })).toBe(1 + 1 + 5);
  });

  it("gives a slow figure where a crossing's slow hours are sourced, on the same route", () => {
    const index = indexOf({
      places: [place("a", ["AA"]), place("x", ["AA", "BB"]), place("b", ["BB"])],
      links: [link("a", "x", 10, { hours: 1 }), link("x", "b", 10, { hours: 1 })],
      timeModel: {
        ...TEST_TIME_MODEL,
        crossingHours: { x: { hours: 10, slowHours: 40, sources: ["test"] } },
      },
    });
    const [route] = findRoutes(index, { from: "a", to: "b", by: "hours" }).routes;
    expect(route).toMatchObject({ hours: 12, slowHours: 42 });
    expect(route?.transfers[0]).toMatchObject({ kind: "border", hours: 10, slowHours: 40 });
  });
});
