// Waiting for the browser to paint a frame, and running work in steps between frames.

import type { Steps } from "../../core/steps";

/** Lets the browser paint what was just shown (a progress message) before the next heavy step. */
export function painted(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * Runs `work` once the page has nothing else to do (after a big network's stepped drawing, say);
 * gives a cancel. Where the browser cannot tell idle time, a second later.
 */
export function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === "function") {
    const handle = requestIdleCallback(() => work());
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(work, 1_000);
  return () => clearTimeout(timer);
}

/** How long a task may run steps before it gives the page back: well under a frozen-feeling pause. */
const TASK_MS = 40;

/** Runs the steps in tasks of about TASK_MS each, letting the page paint and answer in between. */
export async function inShortTasks<T>(steps: Steps<T>): Promise<T> {
  for (;;) {
    const started = performance.now();
    while (performance.now() - started < TASK_MS) {
      const step = steps.next();
      if (step.done) return step.value;
    }
    await nextTask();
  }
}

/** A task after those already waiting; unlike setTimeout, not held back 4 ms once nested. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
