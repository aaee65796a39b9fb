// Waiting for the browser to paint a frame.

/** Lets the browser paint what was just shown (a progress message) before the next heavy step. */
export function painted(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
