// A dataset's problems as lines to show (file › record › field: message), capped with a count of the rest.
import { type DatasetProblem, formatProblem } from "../core/validation/problems";

export const PROBLEMS_SHOWN = 200;

export interface ProblemList {
  lines: string[];
  /** How many more problems there are beyond the lines. */
  more: number;
}

export function problemList(
  problems: readonly DatasetProblem[],
  cap = PROBLEMS_SHOWN,
): ProblemList {
  return {
    lines: problems.slice(0, cap).map(formatProblem),
    more: Math.max(0, problems.length - cap),
  };
}
