// Keeps the address in step with the state: each trip is an entry of the browser's history, Back and
// Forward restore it; a change of options rewrites the current entry. The address is the shareable link.
import type { AppState } from "../../state/app-state";
import { decodeSharedView, encodeSharedView, type KnownNames } from "../../state/share-link";
import { LINK_FIELDS, restoreTrip, sharedViewOf, tripKey } from "../../state/shared-state";
import type { Store } from "../../state/store";

/** `networkNames`: the names a link may use in the network shown, to read an entry it goes back to. */
export function syncAddress(store: Store<AppState>, networkNames: () => KnownNames): () => void {
  let restoring = false;
  const write = (state: AppState, newTrip: boolean) => {
    const query = encodeSharedView(sharedViewOf(state));
    const search = query ? `?${query}` : "";
    if (search === window.location.search) return;
    const address = `${window.location.pathname}${search}`;
    if (newTrip) history.pushState(null, "", address);
    else history.replaceState(history.state, "", address);
  };
  const restore = () => {
    const { view } = decodeSharedView(window.location.search, networkNames());
    restoring = true;
    try {
      store.update(restoreTrip(view));
    } finally {
      restoring = false;
    }
    // The entry gets today's options, which the trip was just shown with.
    write(store.get(), false);
  };
  write(store.get(), false);
  window.addEventListener("popstate", restore);
  const unsubscribe = store.subscribe((state, previous) => {
    const changed = (field: keyof AppState) => state[field] !== previous[field];
    if (!restoring && LINK_FIELDS.some(changed)) write(state, tripKey(state) !== tripKey(previous));
  });
  return () => {
    unsubscribe();
    window.removeEventListener("popstate", restore);
  };
}
