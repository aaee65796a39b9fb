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

  it("times a trip on the route it took: around the countries it avoided, through its via places", () => {
    const avoiding = rows.filter((row) => row.trip.avoidCountries);
    expect(avoiding.length).toBeGreaterThan(0);
    for (const { trip, route } of avoiding) {
      for (const country of trip.avoidCountries ?? [])
        expect(route?.countries).not.toContain(country);
      expect(route?.places).toEqual(expect.arrayContaining(trip.via ?? []));
    }
  });

  it("compares a sailing with the model's running time only, without port calls or borders", () => {
    const sailings = rows.filter((row) => row.trip.measure === "sailing");
    expect(sailings.length).toBeGreaterThan(0);
    for (const { route, modelDays } of sailings) {
      const running = route?.legs.reduce((sum, leg) => sum + leg.hours, 0) ?? NaN;
      expect((modelDays ?? NaN) * 24).toBeCloseTo(running);
      expect(route?.hours).toBeGreaterThan(running);
    }
  });

  it("shows the model's time as a range: typical, then slow with its crossings' slow figures", () => {
    const lines = calibrationReport(rows).split("\n");
    const ranged = rows.filter(
      (row) => (row.modelSlowDays ?? 0).toFixed(1) !== (row.modelDays ?? 0).toFixed(1),
    );
    expect(ranged.length).toBeGreaterThan(0);
    for (const { trip, route, modelDays, modelSlowDays } of rows) {
      if (route === undefined) continue;
      const slow = trip.measure === "sailing" ? (modelDays ?? NaN) * 24 : route.slowHours;
      expect((modelSlowDays ?? NaN) * 24).toBeCloseTo(slow);
      expect(modelSlowDays).toBeGreaterThanOrEqual(modelDays ?? Infinity);
    }
    for (const { trip, modelDays, modelSlowDays } of ranged) {
      const line = lines.find((text) => text.startsWith(`${trip.id}\t`));
      expect(line).toContain(`\t${modelDays?.toFixed(1)}–${modelSlowDays?.toFixed(1)}\t`);
    }
  });

  it("prints a line per trip and the share within 25 % last", () => {
    const lines = calibrationReport(rows).trimEnd().split("\n");
    expect(lines).toHaveLength(trips.length + 2);
    const fits = (run?: string) =>
      rows.filter((row) => (run === undefined || row.trip.run === run) && withinTolerance(row));
    const count = (run: string) => trips.filter((trip) => trip.run === run).length;
    const last = lines.at(-1);
    expect(last).toContain(`regular services ${fits("regular").length} of ${count("regular")} `);
    expect(last).toContain(`pilots ${fits("pilot").length} of ${count("pilot")} `);
    expect(last).toContain(`all ${fits().length} of ${trips.length} `);
  });

  it("is the table data/README.md shows, with every published trip in it", () => {
    const readme = readFileSync(new URL("../../data/README.md", import.meta.url), "utf8");
    expect(readme, "run npm run data:calibrate -- --readme").toBe(
      withCalibrationTable(readme, rows),
    );
    for (const trip of trips) expect(readme).toContain(`| ${trip.id} |`);
  });
});
