// A bound on the work of one query: every search step spends one unit, and none is taken past zero.

/**
 * Search steps one query may take: about a second of searching, and at least ten full searches
 * of the network (a state is a link taken one way).
 */
export function workLimitFor(stateCount: number): number {
  return Math.max(2_000_000, 10 * stateCount);
}

export class WorkBudget {
  private spent = 0;
  /** True once a search was cut short: the answer may then miss routes. */
  exhausted = false;

  constructor(readonly limit: number) {}

  /** Steps taken so far (never more than the limit). */
  get used(): number {
    return this.spent;
  }

  /** Takes one step; false (and exhausted) once the budget is spent. */
  spend(): boolean {
    if (this.spent < this.limit) {
      this.spent++;
      return true;
    }
    this.exhausted = true;
    return false;
  }
}
