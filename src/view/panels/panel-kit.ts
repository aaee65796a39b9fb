// Helpers for the side panels: redraw on the state fields a panel reads, keeping the keyboard focus.
import type { AppState } from "../../state/app-state";
import type { RouteSearch } from "../../state/route-search";
import type { Store } from "../../state/store";

/** Calls `render` now and whenever one of `fields` changes; returns the unsubscribe. */
export function watch(
  store: Store<AppState>,
  fields: readonly (keyof AppState)[],
  render: (state: AppState) => void,
): () => void {
  render(store.get());
  return store.subscribe((state, previous) => {
    if (fields.some((field) => state[field] !== previous[field])) render(state);
  });
}

type RoutesRender = (state: AppState, search: RouteSearch, previous: AppState) => void;

/** Like watch, over the route search too: renders now and whenever either changes (see followRoutes). */
export function watchWithRoutes(
  store: Store<AppState>,
  search: Store<RouteSearch>,
  fields: readonly (keyof AppState)[] | "any",
  render: RoutesRender,
): () => void {
  render(store.get(), search.get(), store.get());
  return followRoutes(store, search, fields, render);
}

/**
 * Calls `render` when one of `fields` (or, with "any", anything in the state) or the route search
 * changes, once per change: a query change that first moves the search is not drawn twice.
 */
export function followRoutes(
  store: Store<AppState>,
  search: Store<RouteSearch>,
  fields: readonly (keyof AppState)[] | "any",
  render: RoutesRender,
): () => void {
  let state = store.get();
  let found = search.get();
  const check = () => {
    const previous = state;
    state = store.get();
    const moved =
      fields === "any"
        ? state !== previous
        : fields.some((field) => state[field] !== previous[field]);
    const next = search.get();
    // Only what the page shows counts: the search's own bookkeeping (a stale answer) redraws nothing.
    const searched = next.shown !== found.shown || next.awaiting !== found.awaiting;
    found = next;
    if (moved || searched) render(state, found, previous);
  };
  const stopApp = store.subscribe(check);
  const stopSearch = search.subscribe(check);
  return () => {
    stopApp();
    stopSearch();
  };
}

/**
 * Rebuilds a section's content, then gives focus back to the control with the same data-key. With
 * `keepOpen`, the folds (details) whose summary has the data-key of one open before are open again:
 * for folds that no state of the page tracks.
 */
export function rebuild(section: HTMLElement, children: Node[], keepOpen = false): void {
  const active = document.activeElement;
  const key =
    active instanceof HTMLElement && section.contains(active) ? active.dataset.key : undefined;
  const open = keepOpen ? openFolds(section) : [];
  section.replaceChildren(...children);
  const withKey = (key: string) =>
    section.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
  for (const fold of open) {
    const reopened = withKey(fold)?.parentElement;
    if (reopened instanceof HTMLDetailsElement) reopened.open = true;
  }
  if (key) withKey(key)?.focus();
}

/** The data-keys of the open folds' summaries. */
function openFolds(section: HTMLElement): string[] {
  const summaries = section.querySelectorAll<HTMLElement>("details[open] > summary[data-key]");
  return [...summaries].flatMap((summary) => summary.dataset.key ?? []);
}
