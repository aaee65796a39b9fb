// The command line's table, JSON, CSV and GeoJSON for Almaty → Karachi on the shipped network, against golden files.
import { check } from "@placemarkio/check-geojson";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { runRouteCommand } from "../../src/cli/route-command";
import { expectGolden } from "../fixtures/golden";

const route = (format: string) =>
  runRouteCommand(["--from", "Almaty", "--to", "Karachi", "--format", format]).stdout;

describe("Almaty → Karachi exported from the command line", () => {
  it("as a table matches its golden file and names the route's ends and countries", () => {
    const table = route("table");
    expectGolden("almaty-karachi.txt", table);
    expect(table.split("\n")[0]).toMatch(/^Almaty → Karachi/);
    expect(table).toMatch(/^Route 1: [\d,]+ km/m);
    expect(table).toContain("Kazakhstan (KZ)");
  });

  it("as JSON matches its golden file and ranks routes from Almaty to Karachi", () => {
    const json = route("json");
    expectGolden("almaty-karachi.json", json);
    const { query, routes } = JSON.parse(json);
    expect(query).toMatchObject({ from: "almaty", to: "karachi" });
    expect(routes[0]).toMatchObject({ rank: 1 });
    expect(routes[0].places.at(0)).toBe("almaty");
    expect(routes[0].places.at(-1)).toBe("karachi");
  });

  it("as CSV matches its golden file and names the places in English", () => {
    const csv = route("csv");
    expectGolden("almaty-karachi.csv", csv);
    const rows = Papa.parse<Record<string, string>>(csv, {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows[0]).toMatchObject({ kind: "leg", from: "almaty", from_name: "Almaty" });
    expect(rows.filter((row) => row.selected === "yes").map((row) => row.rank)).toContain("1");
    expect(rows.some((row) => row.kind === "border" && row.countries)).toBe(true);
  });

  it("as GeoJSON matches its golden file and passes a GeoJSON checker", () => {
    const geojson = route("geojson");
    expectGolden("almaty-karachi.geojson", geojson);
    expect(() => check(geojson)).not.toThrow();
  });
});
