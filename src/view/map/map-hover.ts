// What the pointer is over on the map: the map's own state, out of the app's store, so that a hover
// redraws the place or link it leaves and the one it enters, not the page.
import type { Store } from "../../state/store";

/** A place or a link, with the screen point for the tooltip. */
export interface Hover {
  kind: "place" | "link";
  id: string;
  x: number;
  y: number;
}

export type HoverStore = Store<Hover | null>;

/** The places and links a hover change redraws: the one left and the one entered. */
export function hoverChange(
  before: Hover | null,
  after: Hover | null,
): { nodes: string[]; edges: string[] } {
  const nodes: string[] = [];
  const edges: string[] = [];
  for (const hover of [before, after]) {
    if (hover) (hover.kind === "place" ? nodes : edges).push(hover.id);
  }
  return { nodes, edges };
}
