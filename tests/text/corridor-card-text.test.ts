import { describe, expect, it } from "vitest";
import type { CorridorFigure } from "../../src/core/dataset";
import { corridorKmLine, figureLine } from "../../src/text/corridor-card-text";

const figure = (fields: Partial<CorridorFigure>): CorridorFigure => ({
  id: "f",
  measure: "volume",
  what: { en: "Cargo", fr: "Fret" },
  value: 4.5,
  unit: "Mt",
  basis: "measured",
  sources: ["S1"],
  ...fields,
});

describe("a corridor card's lines", () => {
  it("gives the km of all its links, then each status it has, as each language writes numbers", () => {
    const km = { operational: 4900, "under-construction": 0, planned: 907.4 };
    expect(corridorKmLine(km, "en")).toBe(
      "5,807 km of links · 4,900 km operational · 907 km planned",
    );
    expect(corridorKmLine(km, "fr").replace(/\s/g, " ")).toBe(
      "5 807 km de liaisons · 4 900 km en service · 907 km en projet",
    );
  });

  it("names a figure's measure, year, outlook, range and unit", () => {
    expect(figureLine(figure({ year: 2024 }), "en")).toBe("Volume 2024: 4.5 Mt");
    expect(figureLine(figure({ year: 2024 }), "fr")).toBe("Volume 2024 : 4,5 Mt");
    const target = figure({ measure: "capacity", value: 10, unit: "Mt/year", outlook: "target" });
    expect(figureLine(target, "en")).toBe("Capacity (target): 10 Mt a year");
    expect(figureLine(target, "fr")).toBe("Capacité (objectif) : 10 Mt par an");
    const days = figure({ measure: "transit-time", value: 8, high: 10, unit: "days", year: 2024 });
    expect(figureLine(days, "en")).toBe("Transit time 2024: 8–10 days");
  });
});
