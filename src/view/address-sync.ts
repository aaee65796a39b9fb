// Keeps the address in step with the state: the shareable link is always the one in the address bar.
import type { AppState } from "../state/app-state";
import { encodeSharedView } from "../state/share-link";
import { LINK_FIELDS, sharedViewOf } from "../state/shared-state";
import type { Store } from "../state/store";

export function syncAddress(store: Store<AppState>): () => void {
  const write = (state: AppState) => {
    const query = encodeSharedView(sharedViewOf(state));
    const search = query ? `?${query}` : "";
    if (search !== window.location.search) {
      history.replaceState(history.state, "", `${window.location.pathname}${search}`);
    }
  };
  write(store.get());
  return store.subscribe((state, previous) => {
    if (LINK_FIELDS.some((field) => state[field] !== previous[field])) write(state);
  });
}
