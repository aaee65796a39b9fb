import { describe, expect, it } from "vitest";
import type { Dataset, LinkGeometry } from "../../../src/core/dataset";
import { loadDataset, networkFileTables } from "../../../src/core/load-dataset";
import { formatProblem } from "../../../src/core/validation/problems";
import { validateDataset } from "../../../src/core/validation/validate-dataset";
import { tinyNetwork, tinyRawTables } from "../../fixtures/tiny-network";

function problemsAfter(change: (line: LinkGeometry, dataset: Dataset) => void): string[] {
  const dataset = tinyNetwork();
  change(dataset.geometry[0] as LinkGeometry, dataset);
  const result = validateDataset(tinyRawTables(dataset));
  return result.ok ? [] : result.problems.map(formatProblem);
}

const record = 'geometry.json › link "almaty--korday--road" (#1)';

describe("link lines in the validator", () => {
  it("accepts a line from its link's from place to its to place", () => {
    expect(problemsAfter(() => {})).toEqual([]);
  });

  it("keeps lines optional in a network file", () => {
    const { geometry, ...withoutLines } = tinyNetwork();
    expect(geometry.length).toBeGreaterThan(0);
    expect(loadDataset(networkFileTables("mine.json", withoutLines)).geometry).toEqual([]);
  });

  it("names a line for an unknown link, an unknown alignment and an unknown source", () => {
    expect(
      problemsAfter((line) =>
        Object.assign(line, {
          link: "almaty--nowhere--road",
          alignment: "straight",
          sources: ["S9"],
        }),
      ),
    ).toEqual([
      'geometry.json › link "almaty--nowhere--road" (#1) › link: unknown link "almaty--nowhere--road"',
      'geometry.json › link "almaty--nowhere--road" (#1) › alignment: unknown value "straight" (expected one of waypoints, searoute, great-circle)',
      'geometry.json › link "almaty--nowhere--road" (#1) › sources: unknown source "S9"',
    ]);
  });

  it("refuses a position that is not [longitude, latitude], naming it", () => {
    expect(problemsAfter((line) => line.coordinates.splice(1, 1, [43.2, 96.6]))).toEqual([
      `${record} › coordinates.1: expected [longitude, latitude] in degrees (±180, ±90), found [43.2,96.6]`,
    ]);
  });

  it("refuses a line that runs the other way or misses its link's ends", () => {
    expect(problemsAfter((line) => line.coordinates.reverse())).toEqual([
      `${record} › coordinates: starts 184.1 km off "almaty", its link's from place (at most 10 km: a line runs from its link's from place to its to place)`,
      `${record} › coordinates: ends 184.1 km off "korday", its link's to place (at most 10 km: a line runs from its link's from place to its to place)`,
    ]);
  });

  it("refuses a single point and a second line for one link", () => {
    const problems = problemsAfter((line, dataset) => {
      dataset.geometry.push(structuredClone(line));
      line.coordinates = [[76.95, 43.24]];
    });
    expect(problems).toEqual([
      'geometry.json › link "almaty--korday--road" (#2) › link: duplicate link "almaty--korday--road"',
      `${record} › coordinates: expected a list of 2 to 5,000 [longitude, latitude] positions, found [[76.95,43.24]]`,
    ]);
  });
});
