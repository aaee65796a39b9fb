// What the browser tests read from the page (`window.corridorExplorer`), only in the build they run on
// (`vite build --mode e2e`): a production build leaves no handle on the page.

/** Puts `hooks` on the page in a test build; the dispose takes them off unless a newer mount replaced them. */
export function exposeForTests(hooks: object): () => void {
  if (import.meta.env.MODE !== "e2e") return () => {};
  const page = window as unknown as { corridorExplorer?: object };
  page.corridorExplorer = hooks;
  return () => {
    if (page.corridorExplorer === hooks) delete page.corridorExplorer;
  };
}
