import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { neutraliseCell, routeResultCsv } from "../../../src/core/export/route-csv";
import { exportRoute, exportWords, placeAt } from "../../fixtures/export-route";

const read = (text: string) =>
  Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;

describe("CSV cells a spreadsheet could run as formulas", () => {
  it("get a leading quote when text starts with =, +, -, @, tab or CR", () => {
    for (const cell of ["=HYPERLINK(1)", "+1", "-1", "@SUM(A1)", "\tx", "\rx"]) {
      expect(neutraliseCell(cell)).toBe(`'${cell}`);
    }
  });

  it("stay as they are otherwise, negative numbers included", () => {
    expect(neutraliseCell("Almaty")).toBe("Almaty");
    expect(neutraliseCell(12.5)).toBe("12.5");
    expect(neutraliseCell(-70.6)).toBe("-70.6");
  });
});

describe("routeResultCsv", () => {
  const result = { routes: [exportRoute(1), exportRoute(2)] };
  const french = routeResultCsv(result, {
    placeAt,
    language: "fr",
    selectedRank: 2,
    words: exportWords,
  });

  it("lists each route's legs with the transfers between them, in travel order", () => {
    const rows = read(french).filter((row) => row.rank === "1");
    expect(rows.map((row) => [row.step, row.kind, row.leg, row.from, row.to])).toEqual([
      ["1", "leg", "1", "almaty", "korday"],
      ["2", "border", "1", "korday", "korday"],
      ["3", "leg", "2", "korday", "bishkek"],
    ]);
    expect(rows[1]).toMatchObject({ hours: "4", countries: "KZ KG", km: "" });
  });

  it("names the places in the language asked for, with the coordinates of each end", () => {
    const [first] = read(french);
    expect(first).toMatchObject({
      from_name: "Almaty",
      from_lat: "43.24",
      from_lon: "76.95",
      to_name: "Kordaï – Ak-Jol",
      to_lat: "43.03",
      to_lon: "74.7",
    });
  });

  it("marks the selected route and neutralises text that would run as a formula", () => {
    const rows = read(french);
    expect(new Set(rows.filter((row) => row.selected === "yes").map((row) => row.rank))).toEqual(
      new Set(["2"]),
    );
    expect(rows.at(-1)?.differs_from_best).toBe("'=HYPERLINK(1)");
  });

  it("starts with a byte-order mark only when asked, so Excel reads “–” as UTF-8", () => {
    expect(french.startsWith("\uFEFF")).toBe(false);
    const forExcel = routeResultCsv(result, {
      placeAt,
      language: "en",
      byteOrderMark: true,
      words: exportWords,
    });
    expect(forExcel.startsWith("\uFEFFselected,rank,")).toBe(true);
    expect(read(forExcel)[0]).toMatchObject({ selected: "yes", to_name: "Korday – Ak-Zhol" });
  });
});
