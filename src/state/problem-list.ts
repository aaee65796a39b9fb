// Lines to show, capped with a count of the rest: a dataset's problems (file › record › field: message), or any list.
import { type DatasetProblem, formatProblem, PROBLEMS_SHOWN } from "../core/validation/problems";

export interface ProblemList {
  lines: string[];
  /** How many more problems there are beyond the lines. */
  more: number;
}

export function problemList(
  problems: readonly DatasetProblem[],
  cap = PROBLEMS_SHOWN,
): ProblemList {
  return cappedLines(problems, cap, formatProblem);
}

/** The first `cap` items as lines, and how many more there are. */
export function cappedLines<T>(
  items: readonly T[],
  cap: number,
  line: (item: T) => string,
): ProblemList {
  return { lines: items.slice(0, cap).map(line), more: Math.max(0, items.length - cap) };
}
