// Waiting for the browser: for a frame to be painted, or for the map to have drawn itself.

/** Lets the browser paint what was just shown (a progress message) before the next heavy step. */
export function painted(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** Resolves once the performance mark `name` is set after `since` (a performance.now() time). */
export function marked(name: string, since: number): Promise<void> {
  const seen = () => performance.getEntriesByName(name).some((mark) => mark.startTime >= since);
  return new Promise((resolve) => {
    const check = () => (seen() ? resolve() : setTimeout(check, 100));
    check();
  });
}
