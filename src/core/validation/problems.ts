// A problem found in a dataset, located by file, record and field, and the error that carries them all.

export interface DatasetProblem {
  /** File the record came from, e.g. "links.json". */
  file: string;
  /** Position of the record in its table (0-based), when the problem is in one record. */
  index?: number;
  /** The record's id when it has one, else its position ("#3"). */
  record?: string;
  /** Dotted path of the field, e.g. "length.basis". */
  field?: string;
  message: string;
}

export function formatProblem(problem: DatasetProblem): string {
  const where = [problem.file, problem.record, problem.field].filter(Boolean).join(" › ");
  return `${where}: ${problem.message}`;
}

export class DatasetError extends Error {
  constructor(readonly problems: DatasetProblem[]) {
    const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
    super(`corridor/dataset: ${count}\n${problems.map(formatProblem).join("\n")}`);
    this.name = "DatasetError";
  }
}
