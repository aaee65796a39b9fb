import { describe, expect, it } from "vitest";
import type { Dataset, TimeModel, TradeFigure } from "../../../src/core/dataset";
import { formatProblem } from "../../../src/core/validation/problems";
import { validateDataset } from "../../../src/core/validation/validate-dataset";
import { tinyNetwork, tinyRawTables } from "../../fixtures/tiny-network";

/** Breaks a copy of the tiny network and returns the problems, formatted as a user reads them. */
function problemsAfter(breakIt: (dataset: Dataset) => void): string[] {
  const dataset = tinyNetwork();
  breakIt(dataset);
  const result = validateDataset(tinyRawTables(dataset));
  return result.ok ? [] : result.problems.map(formatProblem);
}

const link = (d: Dataset, id: string) =>
  d.links.find((l) => l.id === id) as unknown as Record<string, unknown>;

describe("validateDataset", () => {
  it("accepts a valid network and returns its typed records", () => {
    const result = validateDataset(tinyRawTables());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.dataset.links.map((l) => l.id)).toContain("aktau--baku--ferry");
  });

  it("names the file, record and field of an unknown place in a link", () => {
    expect(problemsAfter((d) => (link(d, "almaty--aktau--rail").to = "aktao"))).toEqual([
      'links.json › id "almaty--aktau--rail" (#1) › to: unknown place "aktao"',
    ]);
  });

  it("refuses a duplicate id", () => {
    const problems = problemsAfter((d) => {
      const copy = d.places[0];
      if (copy) d.places.push({ ...copy });
    });
    expect(problems).toEqual(['places.json › id "almaty" (#6) › id: duplicate id "almaty"']);
  });

  it("accepts other names of a place, and refuses an empty one, a repeat or a list separator", () => {
    expect(
      problemsAfter((d) => Object.assign(d.places[0] ?? {}, { aliases: ["Alma-Ata"] })),
    ).toEqual([]);
    const problems = problemsAfter((d) => {
      Object.assign(d.places[0] ?? {}, { aliases: ["Alma-Ata", "alma ata", "ALMATY", " ", "a;b"] });
      Object.assign(d.places[1] ?? {}, { aliases: [] });
    });
    expect(problems).toEqual([
      'places.json › id "almaty" (#1) › aliases: "alma ata" repeats a name of the place',
      'places.json › id "almaty" (#1) › aliases: "ALMATY" repeats a name of the place',
      'places.json › id "almaty" (#1) › aliases: expected a name (without ";", CSV\'s list separator), found " "',
      'places.json › id "almaty" (#1) › aliases: expected a name (without ";", CSV\'s list separator), found "a;b"',
      'places.json › id "aktau" (#2) › aliases: expected a non-empty list of names, found []',
    ]);
  });

  it("refuses coordinates out of range", () => {
    const problems = problemsAfter((d) => {
      Object.assign(d.places[1] ?? {}, { lat: 93.6, lon: -200 });
    });
    expect(problems).toEqual([
      'places.json › id "aktau" (#2) › lat: expected a latitude from -90 to 90, found 93.6',
      'places.json › id "aktau" (#2) › lon: expected a longitude from -180 to 180, found -200',
    ]);
  });

  it.each([0, -5, "430", 1e308, 40_076])("refuses a length of %s km", (km) => {
    const problems = problemsAfter((d) => (link(d, "aktau--baku--ferry").km = km));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^links\.json › id "aktau--baku--ferry" \(#4\) › km: expected a positive length in km/,
    );
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY])(
    "says a length of %s km is not a finite number",
    (km) => {
      expect(problemsAfter((d) => (link(d, "aktau--baku--ferry").km = km))).toEqual([
        'links.json › id "aktau--baku--ferry" (#4) › km: not a finite number (expected a positive length in km, at most 40,075: the Earth\'s circumference)',
      ]);
    },
  );

  it("refuses a link taking more than a year", () => {
    expect(problemsAfter((d) => (link(d, "aktau--baku--ferry").hours = 8761))).toEqual([
      'links.json › id "aktau--baku--ferry" (#4) › hours: expected a positive number of hours, at most 8,760: a year, longer than any transit, found 8761',
    ]);
  });

  it("refuses an unknown mode, status and corridor, naming what is allowed", () => {
    const problems = problemsAfter((d) => {
      Object.assign(link(d, "korday--bishkek--road"), {
        mode: "bus",
        status: "dreamed",
        corridors: ["kz-kg", "silk"],
      });
    });
    expect(problems).toEqual([
      'links.json › id "korday--bishkek--road" (#3) › mode: unknown value "bus" (expected one of rail, road, sea, ferry)',
      'links.json › id "korday--bishkek--road" (#3) › status: unknown value "dreamed" (expected one of operational, under-construction, planned)',
      'links.json › id "korday--bishkek--road" (#3) › corridors: unknown corridor "silk"',
    ]);
  });

  it("refuses a link or a trade figure without a source", () => {
    const problems = problemsAfter((d) => {
      link(d, "almaty--korday--road").sources = [];
      const figure = d.trade[0] as unknown as Record<string, unknown>;
      delete figure.sources;
    });
    expect(problems).toEqual([
      'links.json › id "almaty--korday--road" (#2) › sources: expected a non-empty list of source ids, found []',
      'trade.json › id "kz-kg-2023" (#1) › sources: expected a non-empty list of source ids, found nothing',
    ]);
  });

  it("refuses a citation of a source that is not in the source list", () => {
    const problems = problemsAfter((d) => (link(d, "almaty--korday--road").sources = ["S99"]));
    expect(problems).toEqual([
      'links.json › id "almaty--korday--road" (#2) › sources: unknown source "S99"',
    ]);
  });

  it("refuses an estimate that does not say how it was made", () => {
    const problems = problemsAfter(
      (d) => (link(d, "aktau--baku--ferry").length = { basis: "estimate", sources: ["S1"] }),
    );
    expect(problems).toEqual([
      'links.json › id "aktau--baku--ferry" (#4) › length.rule: expected non-empty text, found nothing',
    ]);
  });

  it("accepts a corridor's sourced figures and names each bad field of one by its position", () => {
    const figure = {
      id: "volume-2024",
      measure: "volume",
      what: { en: "Cargo on the corridor", fr: "Fret sur le corridor" },
      value: 4.5,
      unit: "Mt",
      year: 2024,
      basis: "measured",
      sources: ["S1"],
    } as const;
    const withFigures = (figures: unknown[]) =>
      problemsAfter((d) => {
        (d.corridors[0] as unknown as Record<string, unknown>).figures = figures;
      });
    expect(withFigures([figure])).toEqual([]);
    expect(
      withFigures([
        figure,
        { ...figure, value: -1, high: 3, unit: "tonnes", sources: ["nowhere"] },
      ]),
    ).toEqual([
      'corridors.json › id "middle" (#1) › figures.1.value: expected a positive figure, found -1',
      'corridors.json › id "middle" (#1) › figures.1.unit: unknown value "tonnes" (expected one of Mt, Mt/year, TEU, days, train pairs/day)',
      'corridors.json › id "middle" (#1) › figures.1.sources: unknown source "nowhere"',
    ]);
    expect(withFigures([{ ...figure, value: 5, high: 4 }])).toEqual([
      'corridors.json › id "middle" (#1) › figures.0.high: expected a high end above the value, found 4',
    ]);
  });

  it("refuses a corridor with no link", () => {
    const problems = problemsAfter((d) => {
      for (const l of d.links) l.corridors = ["middle"];
    });
    expect(problems).toEqual([
      'corridors.json › id "kz-kg" (#2) › id: no link belongs to this corridor',
    ]);
  });

  it("counts a branch's links for its parent corridor", () => {
    const problems = problemsAfter((d) => {
      const kzkg = d.corridors[1];
      if (kzkg) kzkg.parent = "middle";
      for (const l of d.links) l.corridors = ["kz-kg"];
    });
    expect(problems).toEqual([]);
  });

  it("counts the links of a branch's branches, at any depth, for the corridor at the top", () => {
    const problems = problemsAfter((d) => {
      const [middle, kzkg] = d.corridors;
      if (!middle || !kzkg) return;
      kzkg.parent = "middle";
      d.corridors.unshift({ ...middle, id: "silk", parent: undefined });
      middle.parent = "silk";
      for (const l of d.links) l.corridors = ["kz-kg"];
    });
    expect(problems).toEqual([]);
  });

  it("refuses corridors whose parents form a cycle, naming the cycle once", () => {
    const problems = problemsAfter((d) => {
      const [middle, kzkg] = d.corridors;
      if (!middle || !kzkg) return;
      d.corridors.push({ ...middle, id: "silk", parent: "kz-kg" });
      middle.parent = "silk";
      kzkg.parent = "middle";
    });
    expect(problems).toEqual([
      'corridors.json › id "middle" (#1) › parent: corridor parents form a cycle: middle → silk → kz-kg → middle',
    ]);
  });

  it("refuses a misspelt field instead of dropping it silently", () => {
    const problems = problemsAfter((d) => {
      const l = link(d, "almaty--aktau--rail");
      l.gauges = l.gauge;
      delete l.gauge;
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /links\.json › id "almaty--aktau--rail" \(#1\) › gauges: unknown field/,
    );
  });

  it("refuses a misspelt field inside a record or in the time model, naming the fields it knows", () => {
    const problems = problemsAfter((d) => {
      const rail = link(d, "almaty--aktau--rail");
      rail.length = { ...(rail.length as object), sorces: ["S1"] };
      Object.assign(d.timeModel, { borderHour: 36 });
    });
    expect(problems).toEqual([
      'links.json › id "almaty--aktau--rail" (#1) › length.sorces: unknown field (expected basis, rule, sources, note)',
      "time-model.json › borderHour: unknown field (expected speedKmh, countrySpeeds, portCallHours, borderHours, crossingHours, customsUnions, gaugeChangeHours, modeChangeHours, sources, note)",
    ]);
  });

  it("refuses a crossing time whose includesGaugeChange is not true or false", () => {
    const problems = problemsAfter((d) => {
      d.timeModel.crossingHours = {
        korday: { hours: 30, sources: ["S1"], includesGaugeChange: "yes" as unknown as boolean },
      };
    });
    expect(problems).toEqual([
      'time-model.json › crossingHours.korday.includesGaugeChange: expected true or false, found "yes"',
    ]);
  });

  it("refuses a country speed with a bad country, mode or speed, or no source", () => {
    const problems = problemsAfter((d) => {
      const bad = { country: "Iran", mode: "train", kmh: 0, sources: [], note: "test" };
      d.timeModel.countrySpeeds = [
        bad as unknown as NonNullable<TimeModel["countrySpeeds"]>[number],
      ];
    });
    expect(problems).toEqual([
      'time-model.json › countrySpeeds.0.country: "Iran" is not an ISO 3166 alpha-2 code',
      'time-model.json › countrySpeeds.0.mode: unknown value "train" (expected one of rail, road, sea, ferry)',
      "time-model.json › countrySpeeds.0.kmh: expected a speed in km/h, found 0",
      "time-model.json › countrySpeeds.0.sources: expected a non-empty list of source ids, found []",
    ]);
  });

  it("never takes a source key that is not text for a known source, even one a source has", () => {
    const problems = problemsAfter((d) => {
      Object.assign(d.sources[0] as object, { key: null });
      const union = { name: "EAEU", members: ["KZ", "KG"], hours: 1, sources: [null] };
      d.timeModel.customsUnions = [
        union as unknown as NonNullable<TimeModel["customsUnions"]>[number],
      ];
    });
    expect(problems).toContain(
      "time-model.json › customsUnions.0.sources: expected a non-empty list of known source ids, found [null]",
    );
  });

  it("refuses a rail gauge on a road link", () => {
    const problems = problemsAfter((d) => (link(d, "almaty--korday--road").gauge = 1520));
    expect(problems).toEqual([
      'links.json › id "almaty--korday--road" (#2) › gauge: a road link has no rail gauge',
    ]);
  });

  it("accepts a trade target with no year, as sources often give none, but not a malformed one", () => {
    expect(
      problemsAfter(
        (d) => (d.trade[0] = { ...(d.trade[0] as TradeFigure), target: { valueUsd: 3e9 } }),
      ),
    ).toEqual([]);
    const problems = problemsAfter((d) => {
      d.trade[0] = { ...(d.trade[0] as TradeFigure), target: { valueUsd: 3e9, year: 2030.5 } };
    });
    expect(problems).toEqual([
      'trade.json › id "kz-kg-2023" (#1) › target.year: expected a year, found 2030.5',
    ]);
  });

  it("lists every problem at once, across files", () => {
    const problems = problemsAfter((d) => {
      link(d, "almaty--aktau--rail").from = "nowhere";
      Object.assign(d.places[0] ?? {}, { lat: "43" });
      d.timeModel.speedKmh.rail = 0;
    });
    expect(problems).toHaveLength(3);
    expect(problems.map((p) => p.split(" › ")[0])).toEqual([
      "places.json",
      "links.json",
      "time-model.json",
    ]);
  });

  it("says so when a table is not a list", () => {
    const result = validateDataset({
      ...tinyRawTables(),
      links: { file: "links.json", data: { a: 1 } },
    });
    expect(result.ok ? [] : result.problems.map(formatProblem)).toContain(
      "links.json: expected a list of links",
    );
  });

  it("reads a record's own fields only, never inherited ones", () => {
    const problems = problemsAfter((d) => {
      const { mode, ...rest } = link(d, "almaty--aktau--rail");
      d.links[0] = Object.assign(Object.create({ mode }), rest);
    });
    expect(problems).toEqual([
      'links.json › id "almaty--aktau--rail" (#1) › mode: unknown value nothing (expected one of rail, road, sea, ferry)',
    ]);
  });
});
