// A trade figure's words in the reader's language: amounts in USD ("43.8 bn USD") and measures.
import type { Language } from "../state/app-state";
import { formatNumber, messages } from "./i18n/messages";

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
