import { describe, expect, it } from "vitest";
import { neutraliseCell } from "../../../src/core/export/route-csv";

describe("CSV cells a spreadsheet could run as formulas", () => {
  it("get a leading quote when they start with =, +, -, @, tab or CR", () => {
    for (const cell of ["=HYPERLINK(1)", "+1", "-1", "@SUM(A1)", "\tx", "\rx"]) {
      expect(neutraliseCell(cell)).toBe(`'${cell}`);
    }
  });

  it("stay as they are otherwise", () => {
    expect(neutraliseCell("Almaty")).toBe("Almaty");
    expect(neutraliseCell(12.5)).toBe("12.5");
  });
});
