// Work split in steps: a generator that yields between them, so that the page can run it in short
// tasks (view/app/frames) while a script or a small network runs it at once.

export type Steps<T> = Generator<void, T>;

export function stepsToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
