import { describe, expect, it } from "vitest";
import { formatProblem } from "../../../src/core/validation/problems";
import { validateDataset } from "../../../src/core/validation/validate-dataset";
import { tinyNetwork, tinyRawTables } from "../../fixtures/tiny-network";

function problemsWith(months: unknown, sources: unknown = ["S1"]): string[] {
  const dataset = tinyNetwork();
  Object.assign(dataset.places[0] as object, { closed: { months, sources } });
  const result = validateDataset(tinyRawTables(dataset));
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe("seasonal closures in the data", () => {
  it("accepts some months of the year with a known source", () => {
    expect(problemsWith([12, 1, 2, 3])).toEqual([]);
  });

  it("refuses months that are not 1–12, repeated, none or all, and unknown sources", () => {
    for (const months of [
      [0],
      [13],
      [1, 1],
      [],
      Array.from({ length: 12 }, (_, i) => i + 1),
      "1",
    ]) {
      expect(problemsWith(months)).toEqual([
        expect.stringMatching(/closed\.months: expected 1 to 11 different months from 1 to 12/),
      ]);
    }
    expect(problemsWith([1], ["nowhere"])).toEqual([
      expect.stringMatching(/closed\.sources: unknown source "nowhere"/),
    ]);
  });
});
