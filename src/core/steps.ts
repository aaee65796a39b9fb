// Work split in steps: a generator that yields between them, so that the page can run it in short
// tasks (view/app/frames) while a script or a small network runs it at once.

export type Steps<T> = Generator<void, T>;

export function stepsToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The steps, stopped before the next one once `stopped` says so: their value is then null. */
export function* untilStopped<T>(steps: Steps<T>, stopped: () => boolean): Steps<T | null> {
  for (;;) {
    if (stopped()) return null;
    const step = steps.next();
    if (step.done) return step.value;
    yield;
  }
}
