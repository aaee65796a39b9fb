// The notice of a link's ignored parts; at the first answer, also a linked route beyond those found.
import type { AppState } from "../../state/app-state";
import type { RouteSearch } from "../../state/route-search";
import { ignoredNotice } from "../../state/share-link";
import { linkedRouteBeyond } from "../../state/shared-state";
import type { Store } from "../../state/store";
import { selectRoute } from "../../state/view-changes";
import { mountNotice } from "./notice";

export function mountLinkNotice(
  host: HTMLElement,
  store: Store<AppState>,
  search: Store<RouteSearch>,
  ignored: readonly string[],
): void {
  const show = (lines: readonly string[]) =>
    mountNotice(host, store, (m) => m.linkIgnored, ignoredNotice(lines));
  let dispose = show(ignored);
  const checkFirstAnswer = (answered: RouteSearch) => {
    const beyond = linkedRouteBeyond(store.get(), answered.shown);
    if (beyond === null) return;
    store.update(selectRoute(0));
    dispose();
    dispose = show([...ignored, beyond]);
  };
  if (!search.get().awaiting) {
    checkFirstAnswer(search.get());
    return;
  }
  const stop = search.subscribe((now) => {
    if (now.awaiting) return;
    stop();
    checkFirstAnswer(now);
  });
}
