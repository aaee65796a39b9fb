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

/** Problems listed to a reader, on the page and on the command line; the rest are counted. */
export const PROBLEMS_SHOWN = 200;
/** Problems kept once found; past this they are only counted, so that a broken 50 MB file stays small. */
export const PROBLEMS_KEPT = 1_000;

const count = (n: number) => `${n.toLocaleString("en-GB")} problem${n === 1 ? "" : "s"}`;

/** Problems as checks find them: the first PROBLEMS_KEPT kept, the others counted in `more`. */
export class ProblemLog {
  readonly kept: DatasetProblem[] = [];
  more = 0;

  push(problem: DatasetProblem): void {
    if (this.kept.length < PROBLEMS_KEPT) this.kept.push(problem);
    else this.more += 1;
  }

  get size(): number {
    return this.kept.length + this.more;
  }
}

/** Problems that made a dataset unusable; `more` counts those found but not kept. */
export class DatasetError extends Error {
  constructor(
    readonly problems: DatasetProblem[],
    readonly more = 0,
  ) {
    const total = problems.length + more;
    const listed = problems.slice(0, PROBLEMS_SHOWN).map(formatProblem);
    const rest = total - listed.length;
    const lines = [`corridor/dataset: ${count(total)}`, ...listed];
    super(
      [...lines, ...(rest > 0 ? [`… and ${count(rest).replace(" ", " more ")}`] : [])].join("\n"),
    );
    this.name = "DatasetError";
  }

  static from(log: ProblemLog): DatasetError {
    return new DatasetError(log.kept, log.more);
  }
}
