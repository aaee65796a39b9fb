// Trade periods: read and ordered in time.
import { describe, expect, it } from "vitest";
import { isWholeYear, parsePeriod, periodEnd } from "../../../src/core/trade/trade-period";

describe("trade periods", () => {
  it("reads years, halves, quarters and month ranges", () => {
    expect(parsePeriod("2024")).toEqual({ year: 2024 });
    expect(parsePeriod("2025-H1")).toEqual({
      year: 2025,
      months: [1, 6],
      part: { kind: "half", index: 1 },
    });
    expect(parsePeriod("2024-Q3")?.months).toEqual([7, 9]);
    expect(parsePeriod("2022-01/08")).toEqual({ year: 2022, months: [1, 8] });
    expect(parsePeriod("2022-13/14")).toBeNull();
    expect(parsePeriod("last year")).toBeNull();
  });

  it("orders periods by their end", () => {
    const periods = ["2022-01/08", "2025-H1", "2024", "2024-01/09", "2023"];
    const ordered = [...periods].sort((a, b) => periodEnd(b) - periodEnd(a));
    expect(ordered).toEqual(["2025-H1", "2024", "2024-01/09", "2023", "2022-01/08"]);
    expect(periodEnd("about 2021")).toBe(202100);
    expect(periodEnd("unknown")).toBe(0);
  });

  it("knows a whole year from a part of one", () => {
    expect(isWholeYear("2024")).toBe(true);
    expect(isWholeYear("2025-H1")).toBe(false);
    expect(isWholeYear("unknown")).toBe(false);
  });
});
