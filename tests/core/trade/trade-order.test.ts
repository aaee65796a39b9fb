// Trade figures grouped by partner and ordered: the largest latest turnover first, newest figures first.
import { describe, expect, it } from "vitest";
import type { TradeFigure } from "../../../src/core/dataset";
import { headlineFigure, tradeByPartner } from "../../../src/core/trade/trade-order";

function figure(
  id: string,
  partner: string,
  period: string,
  valueUsd: number,
  measure = "turnover",
) {
  return {
    id,
    partner,
    measure,
    valueUsd,
    period,
    reporter: "test",
    basis: "measured",
    sources: [],
  } satisfies TradeFigure;
}

const trade: TradeFigure[] = [
  figure("ru-2024", "RU", "2024", 27.8e9),
  figure("cn-2023", "CN", "2023", 41e9),
  figure("cn-2025-h1", "CN", "2025-H1", 21.8e9),
  figure("cn-2024", "CN", "2024", 43.8e9),
  figure("pk-exports", "PK", "2025-01/08", 7.7e6, "agricultural exports"),
  figure("pk-2025", "PK", "2025", 239e6),
  figure("af-exports", "AF", "2022-01/08", 316.5e6, "exports"),
];

describe("trade by partner", () => {
  const groups = tradeByPartner(trade);

  it("puts partners in the order of their latest whole-year turnover, largest first", () => {
    expect(groups.map((group) => group.partner)).toEqual(["CN", "RU", "AF", "PK"]);
    expect(groups[0]?.headline.id).toBe("cn-2024");
  });

  it("lists each partner's figures newest first", () => {
    expect(groups[0]?.figures.map((f) => f.id)).toEqual(["cn-2025-h1", "cn-2024", "cn-2023"]);
    expect(groups[3]?.figures.map((f) => f.id)).toEqual(["pk-2025", "pk-exports"]);
  });

  it("ranks by a part-year turnover, then by any figure, when nothing better is known", () => {
    const partOnly = [figure("a", "CN", "2025-H1", 1), figure("b", "CN", "2024", 2, "exports")];
    expect(headlineFigure(partOnly)?.id).toBe("a");
    expect(groups[2]?.headline.id).toBe("af-exports");
  });

  it("ranks by a measured figure rather than a newer estimate", () => {
    const forecast = { ...figure("kg-2024", "KG", "2024", 1.8e9), basis: "estimate" as const };
    const kyrgyzstan = [forecast, figure("kg-2023", "KG", "2023", 1.2e9)];
    expect(tradeByPartner(kyrgyzstan)[0]?.headline.id).toBe("kg-2023");
    expect(headlineFigure([forecast])?.id).toBe("kg-2024");
  });

  it("keeps the dataset's order for figures of the same period and measure", () => {
    const twins = [
      figure("article", "CN", "2024", 43.8e9),
      figure("customs", "CN", "2024", 43.82e9),
    ];
    const [china] = tradeByPartner(twins);
    expect(china?.headline.id).toBe("article");
    expect(china?.figures.map((f) => f.id)).toEqual(["article", "customs"]);
  });

  it("has no groups for a network without trade figures", () => {
    expect(tradeByPartner([])).toEqual([]);
  });
});
