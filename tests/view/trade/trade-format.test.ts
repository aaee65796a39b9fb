// Trade amounts and measures written the reader's way.
import { describe, expect, it } from "vitest";
import { formatUsd, measureName, periodLabel } from "../../../src/view/trade/trade-format";

/** The amounts keep their parts together with no-break spaces; compare them with plain ones. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("trade amounts", () => {
  it("writes billions as bn in English and Md in French", () => {
    expect(plain(formatUsd(43_800_000_000, "en"))).toBe("43.8 bn USD");
    expect(plain(formatUsd(43_800_000_000, "fr"))).toBe("43,8 Md USD");
  });

  it("writes millions as M in both languages", () => {
    expect(plain(formatUsd(239_000_000, "en"))).toBe("239 M USD");
    expect(plain(formatUsd(239_000_000, "fr"))).toBe("239 M USD");
    expect(plain(formatUsd(7_700_000, "fr"))).toBe("7,7 M USD");
  });

  it("keeps four significant digits, so close figures stay apart", () => {
    expect(plain(formatUsd(43_820_000_000, "en"))).toBe("43.82 bn USD");
    expect(plain(formatUsd(1_317_000_000, "en"))).toBe("1.317 bn USD");
    expect(plain(formatUsd(330_700_000, "en"))).toBe("330.7 M USD");
    expect(plain(formatUsd(1_000_000_000, "en"))).toBe("1 bn USD");
  });

  it("writes small amounts in thousands or plain dollars", () => {
    expect(plain(formatUsd(52_500, "en"))).toBe("52.5 k USD");
    expect(plain(formatUsd(800, "fr"))).toBe("800 USD");
  });

  it("never breaks a line inside an amount", () => {
    expect(formatUsd(43_800_000_000, "fr")).not.toMatch(/ /);
  });
});

describe("trade measures", () => {
  it("translates the common measures", () => {
    expect(measureName("turnover", "en")).toBe("turnover");
    expect(measureName("turnover", "fr")).toBe("échanges");
    expect(measureName("exports", "fr")).toBe("exportations");
    expect(measureName("imports", "fr")).toBe("importations");
  });

  it("shows any other measure as the data writes it", () => {
    expect(measureName("agri-food turnover", "fr")).toBe("agri-food turnover");
    expect(measureName("toString", "fr")).toBe("toString");
  });

  it("labels periods in English and French", () => {
    expect(periodLabel("2024", "fr")).toBe("2024");
    expect(periodLabel("2025-H1", "en")).toBe("H1 2025");
    expect(periodLabel("2025-H1", "fr")).toBe("S1 2025");
    expect(periodLabel("2024-Q3", "fr")).toBe("T3 2024");
    expect(periodLabel("2022-01/08", "en")).toBe("Jan–Aug 2022");
    expect(periodLabel("2022-01/08", "fr")).toBe("janv.–août 2022");
    expect(periodLabel("2022-08", "en")).toBe("Aug 2022");
    expect(periodLabel("last year", "fr")).toBe("last year");
  });
});
