// npm run data:calibrate: one row per published trip, the error against the typical time, the share within 25 %.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  calibrationReport,
  calibrationRows,
  readPublishedTrips,
  TOLERANCE,
  withCalibrationTable,
  withinTolerance,
} from "../../src/cli/calibration";
import { readDataDir } from "../../src/cli/read-dataset";

const trips = readPublishedTrips();
const rows = calibrationRows(readDataDir(), trips);

describe("the calibration report", () => {
  it("routes every published trip once, in order", () => {
    expect(rows.map((row) => row.trip.id)).toEqual(trips.map((trip) => trip.id));
  });

  it("gives the error against the published typical time", () => {
    for (const row of rows) {
      if (row.modelDays === null) continue;
      expect(row.error).toBeCloseTo(
        (row.modelDays - row.trip.days.typical) / row.trip.days.typical,
      );
      expect(withinTolerance(row)).toBe(Math.abs(row.error ?? Infinity) <= TOLERANCE);
    }
  });

  it("prints a line per trip and the share within 25 % last", () => {
    const lines = calibrationReport(rows).trimEnd().split("\n");
    expect(lines).toHaveLength(trips.length + 2);
    const fits = rows.filter(withinTolerance).length;
    expect(lines.at(-1)).toContain(`${fits} of ${trips.length} trips`);
  });

  it("is the table data/README.md shows, with every published trip in it", () => {
    const readme = readFileSync(new URL("../../data/README.md", import.meta.url), "utf8");
    expect(readme, "run npm run data:calibrate -- --readme").toBe(
      withCalibrationTable(readme, rows),
    );
    for (const trip of trips) expect(readme).toContain(`| ${trip.id} |`);
  });
});
