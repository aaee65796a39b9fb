// Trade figures grouped by partner: partners by their latest turnover, largest first; figures newest first.
import type { TradeFigure } from "../dataset";
import { isWholeYear, periodEnd } from "./trade-period";

export interface PartnerTrade {
  /** ISO alpha-2 of Kazakhstan's partner. */
  partner: string;
  /** The figure that ranks the partner and heads its group. */
  headline: TradeFigure;
  /** Every figure for the partner, newest period first. */
  figures: TradeFigure[];
}

/** Newest period first; within a period turnover first, then in the dataset's order. */
function byRecency(a: TradeFigure, b: TradeFigure): number {
  return (
    periodEnd(b.period) - periodEnd(a.period) ||
    Number(b.measure === "turnover") - Number(a.measure === "turnover")
  );
}

/**
 * The figure a partner is ranked by: its latest measured whole-year turnover, else its latest
 * whole-year turnover (an estimate), else its latest turnover for part of a year, else its latest
 * figure of any kind. `figures` must be newest first.
 */
export function headlineFigure(figures: readonly TradeFigure[]): TradeFigure | undefined {
  const turnover = figures.filter((figure) => figure.measure === "turnover");
  const wholeYears = turnover.filter((figure) => isWholeYear(figure.period));
  return (
    wholeYears.find((figure) => figure.basis === "measured") ??
    wholeYears[0] ??
    turnover[0] ??
    figures[0]
  );
}

/** One group per partner, the partner with the largest headline figure first. */
export function tradeByPartner(trade: readonly TradeFigure[]): PartnerTrade[] {
  const groups = new Map<string, TradeFigure[]>();
  for (const figure of trade) {
    const group = groups.get(figure.partner);
    if (group) group.push(figure);
    else groups.set(figure.partner, [figure]);
  }
  const partners: PartnerTrade[] = [];
  for (const [partner, group] of groups) {
    const figures = group.sort(byRecency);
    const headline = headlineFigure(figures);
    if (headline) partners.push({ partner, headline, figures });
  }
  return partners.sort(
    (a, b) => b.headline.valueUsd - a.headline.valueUsd || a.partner.localeCompare(b.partner),
  );
}
