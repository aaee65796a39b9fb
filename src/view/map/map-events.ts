// The one place where sigma's pointer events become state changes (the map's hover, pick, place menu).
import type Sigma from "sigma";
import type { NetworkRecords } from "../../core/network-records";
import type { AppState } from "../../state/app-state";
import type { Store } from "../../state/store";
import { pickPlace } from "../../state/trip-changes";
import { openPlaceMenu } from "../../state/view-changes";
import type { HoverStore } from "./map-hover";

export function wireMapEvents(
  renderer: Sigma,
  records: NetworkRecords,
  store: Store<AppState>,
  hover: HoverStore,
) {
  const container = renderer.getContainer();
  const pointer = (kind: "place" | "link", id: string, x: number, y: number) =>
    hover.update(() => ({ kind, id, x, y }));
  const handlers = {
    enterNode: ({ node, event }: { node: string; event: { x: number; y: number } }) => {
      pointer("place", node, event.x, event.y);
      container.style.cursor = "pointer";
    },
    leaveNode: () => {
      hover.update(() => null);
      container.style.cursor = "";
    },
    enterEdge: ({ edge, event }: { edge: string; event: { x: number; y: number } }) =>
      pointer("link", edge, event.x, event.y),
    leaveEdge: () => hover.update(() => null),
    clickNode: ({ node, event }: { node: string; event: { original: Event } }) => {
      const isCrossing = records.places.get(node)?.kind === "border-crossing";
      // A tap only looks: the place's card opens (From here, To here…) and the trip stays as it is.
      const tapped = typeof TouchEvent !== "undefined" && event.original instanceof TouchEvent;
      store.update(isCrossing || tapped ? openPlaceMenu(node) : pickPlace(node));
    },
    rightClickNode: ({
      node,
      event,
    }: {
      node: string;
      event: { original: Event; preventSigmaDefault(): void };
    }) => {
      event.original.preventDefault();
      event.preventSigmaDefault();
      store.update(openPlaceMenu(node));
    },
    clickStage: () => store.update(openPlaceMenu(null)),
  };
  for (const [name, handler] of Object.entries(handlers))
    renderer.on(name as "clickNode", handler as never);
  return () => {
    for (const [name, handler] of Object.entries(handlers))
      renderer.off(name as "clickNode", handler as never);
  };
}
