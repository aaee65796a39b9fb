// Every border is a crossing: land links between countries pass a crossing, crossings lead on to both sides.
import { describe, expect, it } from "vitest";
import type { Dataset, Link } from "../../../src/core/dataset";
import { formatProblem } from "../../../src/core/validation/problems";
import { validateDataset } from "../../../src/core/validation/validate-dataset";
import { tinyNetwork, tinyRawTables } from "../../fixtures/tiny-network";

function problemsAfter(breakIt: (dataset: Dataset) => void): string[] {
  const dataset = tinyNetwork();
  breakIt(dataset);
  const result = validateDataset(tinyRawTables(dataset));
  return result.ok ? [] : result.problems.map(formatProblem);
}

const link = (d: Dataset, id: string) => d.links.find((l) => l.id === id) as Link;

describe("border rules", () => {
  it("accepts the tiny network, whose only land border passes the Korday crossing", () => {
    expect(problemsAfter(() => {})).toEqual([]);
  });

  it("refuses a land link between two countries that skips the crossing", () => {
    const problems = problemsAfter((d) => {
      Object.assign(link(d, "almaty--korday--road"), { to: "bishkek" });
    });
    expect(problems).toContain(
      'links.json › id "almaty--korday--road" (#2) › to: "almaty" (KZ) and "bishkek" (KG) share no country: a land link between countries must pass a border-crossing place',
    );
  });

  it("refuses a crossing linked to a place of a third country", () => {
    const problems = problemsAfter((d) => {
      Object.assign(link(d, "korday--bishkek--road"), { to: "baku" });
    });
    expect(problems).toContain(
      'links.json › id "korday--bishkek--road" (#3) › to: "korday" (KZ/KG) and "baku" (AZ) share no country: a crossing links only to places of its own countries',
    );
  });

  it("lets a ferry or sea link join two countries, as customs are cleared at the ports", () => {
    expect(link(tinyNetwork(), "aktau--baku--ferry")).toMatchObject({ from: "aktau", to: "baku" });
    expect(problemsAfter((d) => (link(d, "aktau--baku--ferry").mode = "sea"))).toEqual([]);
    expect(problemsAfter((d) => (link(d, "aktau--baku--ferry").mode = "rail"))).toContain(
      'links.json › id "aktau--baku--ferry" (#4) › to: "aktau" (KZ) and "baku" (AZ) share no country: a land link between countries must pass a border-crossing place',
    );
  });

  it("refuses a dead-end crossing and says which side is missing", () => {
    const problems = problemsAfter((d) => {
      d.links = d.links.filter((l) => l.id !== "korday--bishkek--road");
    });
    expect(problems).toContain(
      'places.json › id "korday" (#3) › countries: border crossing "korday" (KZ/KG) has no link to a place in KG: its KG side is missing',
    );
  });

  it("counts a neighbouring crossing as lying in its first country", () => {
    const problems = problemsAfter((d) => {
      const korday = d.places.find((p) => p.id === "korday");
      if (!korday) throw new Error("no korday");
      d.places.push({ ...korday, id: "ak_zhol", countries: ["KG", "KZ"] });
      Object.assign(link(d, "korday--bishkek--road"), { to: "ak_zhol" });
      d.links.push({
        ...link(d, "korday--bishkek--road"),
        id: "ak_zhol--bishkek--road",
        from: "ak_zhol",
        to: "bishkek",
      });
    });
    expect(problems).toEqual([]);
  });
});
