// The scenario's summary in French: the singular below two days and for one trip cut, as French writes it.
import { describe, expect, it } from "vitest";
import type { ScenarioSummary } from "../../src/core/analysis/scenario-report";
import { ANALYSIS_WORDS } from "../../src/text/analysis-table-words";

const summary = (changes: Partial<ScenarioSummary>): ScenarioSummary => ({
  trips: 33,
  rerouted: 0,
  cut: 0,
  unroutable: 0,
  tradeUsd: 0,
  reroutedUsd: 0,
  reroutedExtraDays: 0,
  cutUsd: 0,
  meanExtraDays: 0,
  ...changes,
});

describe("the French scenario summary", () => {
  it("writes 0 jour, 1,5 jour and 1 coupé in the singular", () => {
    const words = ANALYSIS_WORDS.fr;
    expect(words.summary(summary({ cut: 1 }))).toContain("(0 jour en moyenne), 1 coupé.");
    expect(words.summary(summary({ rerouted: 2, meanExtraDays: 1.5 }))).toContain("+1,5 jour en");
  });

  it("writes 2 jours and 9 coupés in the plural", () => {
    const text = ANALYSIS_WORDS.fr.summary(summary({ rerouted: 3, meanExtraDays: 4.1, cut: 9 }));
    expect(text).toContain("(+4,1 jours en moyenne), 9 coupés");
  });
});
