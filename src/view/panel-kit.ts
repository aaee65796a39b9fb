// Helpers for the side panels: redraw on the state fields a panel reads, keeping the keyboard focus.
import type { AppState } from "../state/app-state";
import type { Store } from "../state/store";

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

/** Rebuilds a section's content, then gives focus back to the control with the same data-key. */
export function rebuild(section: HTMLElement, children: Node[]): void {
  const active = document.activeElement;
  const key =
    active instanceof HTMLElement && section.contains(active) ? active.dataset.key : undefined;
  section.replaceChildren(...children);
  if (key) section.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`)?.focus();
}
