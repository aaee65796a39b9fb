import { describe, expect, it } from "vitest";
import { parseTripCsv } from "../../../src/core/analysis/trip-csv";
import { DatasetError } from "../../../src/core/validation/problems";
import { twoCorridors } from "./two-corridors";

const parse = (text: string) => parseTripCsv("trips.csv", text, twoCorridors);
const problems = (text: string) => {
  try {
    parse(text);
  } catch (error) {
    if (error instanceof DatasetError) return error.message;
    throw error;
  }
  return "";
};

describe("a user's trips as CSV", () => {
  it("reads origin, destination and an optional weight, places by id or name, ; as separator too", () => {
    expect(parse("origin,destination,weight\na,b,2500000\nc,a,\n")).toEqual([
      { id: "row 2", from: "a", to: "b", weightUsd: 2_500_000 },
      { id: "row 3", from: "c", to: "a" },
    ]);
    expect(parse("\uFEFFOrigin;Destination\nA;B\n")).toEqual([{ id: "row 2", from: "a", to: "b" }]);
  });

  it("names the file, row and column of every problem", () => {
    const message = problems("origin,destination,weight\na,zz,1\nb,b,ten\n");
    expect(message).toContain('trips.csv › row 2 › destination: unknown place "zz"');
    expect(message).toContain('trips.csv › row 3 › destination: the trip starts and ends at "b"');
    expect(message).toContain("trips.csv › row 3 › weight: expected a number of USD");
  });

  it("refuses a missing or unknown column, and an empty list", () => {
    expect(problems("origin,to\na,b\n")).toMatch(/header › to: unknown column/);
    expect(problems("origin,to\na,b\n")).toMatch(/header › destination: this column is missing/);
    expect(problems("origin,destination\n")).toMatch(/trips\.csv: has no trips/);
  });
});
