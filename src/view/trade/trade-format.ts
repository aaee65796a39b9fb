// A trade figure's words in the reader's language: amounts in USD ("43.8 bn USD"), measures and periods.

import type { Language } from "../../core/dataset";
import { parsePeriod } from "../../core/trade/trade-period";
import { formatNumber, messages } from "../../text/messages";
import { monthName } from "../../text/months";

const NBSP = "\u00a0";

const SCALES = [
  { unit: "billion", size: 1e9 },
  { unit: "million", size: 1e6 },
  { unit: "thousand", size: 1e3 },
] as const;

/** 43_800_000_000 → "43.8 bn USD" (EN) or "43,8 Md USD" (FR); four significant digits at most. */
export function formatUsd(value: number, language: Language): string {
  const units = messages(language).tradeUnits;
  const scale = SCALES.find(({ size }) => Math.abs(value) >= size);
  const scaled = scale ? value / scale.size : value;
  const unit = scale ? units[scale.unit] : units.one;
  const digits = Math.max(0, 3 - Math.floor(Math.log10(Math.max(Math.abs(scaled), 1))));
  return `${formatNumber(scaled, language, digits)}${NBSP}${unit}`.replaceAll(" ", NBSP);
}

/** "turnover" → "échanges" in French; a measure the interface does not know is shown as written. */
export function measureName(measure: string, language: Language): string {
  const known = messages(language).measures;
  return Object.hasOwn(known, measure) ? (known[measure] ?? measure) : measure;
}

/** "2024", "H1 2025" / "S1 2025", "Jan–Aug 2022" / "janv.–août 2022"; unreadable periods as given. */
export function periodLabel(period: string, language: Language): string {
  const parsed = parsePeriod(period);
  if (!parsed) return period;
  const m = messages(language);
  const { year, months, part } = parsed;
  if (part) return (part.kind === "half" ? m.halfYear : m.quarter)(part.index, year);
  if (!months) return String(year);
  const [from, to] = months.map((month) => monthName(month, language, "short"));
  return from === to ? `${from} ${year}` : `${from}–${to} ${year}`;
}
