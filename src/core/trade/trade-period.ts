// A trade figure's period ("2024", "2025-H1", "2024-Q3", "2022-01/08"): how it is read, and its order in time.

export interface Period {
  year: number;
  /** First and last month (1–12) covered; the whole year when absent. */
  months?: [number, number];
  /** How the part of the year was written: a half, a quarter or a month range. */
  part?: { kind: "half" | "quarter"; index: number };
}

const PATTERN = /^(\d{4})(?:-(?:H([12])|Q([1-4])|(\d{2})\/(\d{2})|(\d{2})))?$/;

/** Reads a period, or null when it does not follow the dataset's usual forms. */
export function parsePeriod(period: string): Period | null {
  const match = PATTERN.exec(period.trim());
  if (!match) return null;
  const [, year, half, quarter, from, to, month] = match;
  const y = Number(year);
  if (half) return partOf(y, "half", Number(half), 6);
  if (quarter) return partOf(y, "quarter", Number(quarter), 3);
  const months: [number, number] | undefined = from
    ? [Number(from), Number(to)]
    : month
      ? [Number(month), Number(month)]
      : undefined;
  if (months && !months.every((m) => m >= 1 && m <= 12)) return null;
  return months ? { year: y, months } : { year: y };
}

function partOf(year: number, kind: "half" | "quarter", index: number, length: number): Period {
  const last = index * length;
  return { year, months: [last - length + 1, last], part: { kind, index } };
}

/** A number that grows with the period's end (year, then last month); 0 for an unreadable period. */
export function periodEnd(period: string): number {
  const parsed = parsePeriod(period);
  if (parsed) return parsed.year * 100 + (parsed.months?.[1] ?? 12);
  const year = /\d{4}/.exec(period);
  return year ? Number(year[0]) * 100 : 0;
}

/** Whether the period is a whole calendar year. */
export function isWholeYear(period: string): boolean {
  const parsed = parsePeriod(period);
  return parsed !== null && parsed.months === undefined;
}
