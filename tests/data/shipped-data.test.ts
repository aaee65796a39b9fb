// The shipped network in data/: valid, complete, consistent with its own estimation rules.
import { describe, expect, it } from "vitest";
import { readDataDir } from "../../src/cli/read-dataset";
import { corridorFamily } from "../../src/core/corridors";
import { greatCircleKm } from "../../src/core/geo";
import { buildNetworkGraph } from "../../src/core/network-graph";
import { estimateHours, linkCountry } from "../../src/core/transit-time";

const dataset = readDataDir();
const graph = buildNetworkGraph(dataset);
const place = (id: string) => {
  const found = dataset.places.find((p) => p.id === id);
  if (!found) throw new Error(`no place "${id}" in data/places.json`);
  return found;
};

/** Corridors the product promises, with places each must join end to end. */
const PROMISED_CORRIDORS: Record<string, string[]> = {
  instc: ["st_petersburg", "murmansk", "moscow", "bandar_abbas", "nhava_sheva"],
  "instc-trans-caspian": ["astrakhan", "makhachkala"],
  "instc-east": ["atyrau", "bolashak_serhetyaka", "gorgan"],
  "instc-west": ["makhachkala", "baku", "astara_az", "rasht"],
  ktap: ["serhetabat_torghundi", "herat", "kandahar", "karachi"],
  kuap: ["termez", "mazar", "kabul", "peshawar", "karachi"],
  "trans-afghan-railway": ["termez", "kharlachi"],
  "china-europe": ["dostyk", "alashankou", "altynkol", "khorgos_cn", "duisburg"],
  "middle-corridor": ["aktau", "kuryk", "baku", "alat", "tbilisi"],
  cku: ["kashgar", "andijan"],
  cpec: ["kashgar", "khunjerab", "islamabad", "karachi", "port_qasim", "gwadar"],
  "lapis-lazuli": ["ashgabat", "turkmenbashi", "baku", "tbilisi", "istanbul"],
  chabahar: ["chabahar"],
  "kz-kg": ["almaty", "bishkek", "aksu_kamyshanovka"],
};

/** Places reachable from `start` over links of the corridor and its branches (planned links too). */
function reachableInCorridor(corridorId: string, start: string): Set<string> {
  const family = corridorFamily(dataset.corridors, corridorId);
  const seen = new Set([start]);
  const queue = [start];
  for (let current = queue.pop(); current !== undefined; current = queue.pop()) {
    graph.forEachEdge(current, (_edge, attributes, a, b) => {
      const next = a === current ? b : a;
      if (!seen.has(next) && attributes.corridors.some((c) => family.has(c))) {
        seen.add(next);
        queue.push(next);
      }
    });
  }
  return seen;
}

describe("the shipped data", () => {
  it("has at least 150 places and 215 links, all in the graph", () => {
    expect(dataset.places.length).toBeGreaterThanOrEqual(150);
    expect(dataset.links.length).toBeGreaterThanOrEqual(215);
    expect(graph.order).toBe(dataset.places.length);
    expect(graph.size).toBe(dataset.links.length);
  });

  it("keeps a road and a rail link between the same two places as two edges", () => {
    const modes = graph
      .edges("herat", "kandahar")
      .map((edge) => graph.getEdgeAttribute(edge, "mode"));
    expect(modes.sort()).toEqual(["rail", "road"]);
  });

  it("carries the places' attributes into the graph", () => {
    expect(graph.getNodeAttributes("almaty")).toMatchObject({ countries: ["KZ"], kind: "city" });
    expect(graph.getNodeAttribute("aktau", "name").fr).toBe("Aktaou");
    expect(graph.getNodeAttribute("bolashak_serhetyaka", "countries")).toEqual(["KZ", "TM"]);
  });

  it("has the Aksu–Kamyshanovka crossing of the source article, placed as an estimate on the KZ–KG border", () => {
    const crossing = place("aksu_kamyshanovka");
    expect(crossing).toMatchObject({ kind: "border-crossing", countries: ["KZ", "KG"] });
    expect(crossing.position.basis).toBe("estimate");
    expect(crossing.position.note).toBeTruthy();
    expect(greatCircleKm(crossing, place("bishkek"))).toBeLessThan(120);
  });

  it.each(Object.entries(PROMISED_CORRIDORS))(
    "has corridor %s, connected end to end",
    (id, ends) => {
      const corridor = dataset.corridors.find((c) => c.id === id);
      expect(corridor, `corridor "${id}"`).toBeDefined();
      const [first, ...rest] = [...new Set([...(corridor?.termini ?? []), ...ends])];
      const reached = reachableInCorridor(id, first ?? "");
      expect(rest.filter((end) => !reached.has(end))).toEqual([]);
    },
  );

  it("gives every estimated length as great-circle distance times the stated factor", () => {
    const wrong = dataset.links
      .filter((link) => link.length.basis === "estimate")
      .flatMap((link) => {
        const match = /great-circle ([\d.]+) km × ([\d.]+)/.exec(link.length.rule ?? "");
        if (!match)
          return [
            `${link.id}: rule "${link.length.rule}" names no great-circle distance and factor`,
          ];
        const [stated, factor] = [Number(match[1]), Number(match[2])];
        const actual = greatCircleKm(place(link.from), place(link.to));
        const problems = [];
        if (Math.abs(actual - stated) > Math.max(2, stated * 0.02))
          problems.push(`${link.id}: great-circle is ${actual.toFixed(0)} km, not ${stated}`);
        if (Math.abs(link.km - stated * factor) > Math.max(1, link.km * 0.01))
          problems.push(`${link.id}: ${link.km} km ≠ ${stated} × ${factor}`);
        return problems;
      });
    expect(wrong).toEqual([]);
  });

  it("gives every estimated time by the time model, at its country's speed where it has one", () => {
    const countries = new Map(dataset.places.map((p) => [p.id, p.countries]));
    const wrong = dataset.links
      .filter((link) => link.time.basis === "estimate")
      .filter((link) => {
        const country = linkCountry(link, (place) => countries.get(place) ?? []);
        const expected = estimateHours(link, dataset.timeModel, country);
        return Math.abs(expected.hours - link.hours) > 0.05;
      })
      .map((link) => link.id);
    expect(wrong).toEqual([]);
  });

  it("gives every rail link a gauge", () => {
    expect(dataset.links.filter((l) => l.mode === "rail" && !l.gauge).map((l) => l.id)).toEqual([]);
  });

  it("lists the five source articles first, by file name", () => {
    const articles = dataset.sources.slice(0, 5).map((source) => source.file);
    expect(articles).toEqual([
      "000_1c700f6027af4e9d.txt",
      "001_520c4fb320e979bc.txt",
      "002_01d01d43eb4b84c0.txt",
      "003_789f47600b9d46b6.txt",
      "004_dcb1a12b14e9ebfc.txt",
    ]);
  });

  it("has the trade figures of each article, cited to it", () => {
    const cited = (partner: string, article: string) =>
      dataset.trade
        .filter((f) => f.partner === partner && f.sources.includes(article))
        .map((f) => f.valueUsd);
    expect(cited("CN", "001_520c4fb320e979bc")).toContain(43.8e9);
    expect(cited("RU", "002_01d01d43eb4b84c0")).toContain(27.8e9);
    expect(cited("KG", "004_dcb1a12b14e9ebfc")).toContain(1.2e9);
    expect(cited("AF", "003_789f47600b9d46b6")).toContain(330.7e6);
    expect(cited("PK", "000_1c700f6027af4e9d")).toContain(239e6);
  });
});
