// Where place labels go, and which ones are left out so that none overlap (marked places first).
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface LabelAnchor {
  x: number;
  y: number;
  /** The place's radius on screen. */
  size: number;
}

export const LABEL_GAP = 3;

/** The box a label takes: right of the place, centred on it vertically. */
export function labelBox(anchor: LabelAnchor, textWidth: number, fontSize: number): Box {
  const left = anchor.x + anchor.size + LABEL_GAP;
  const top = anchor.y - fontSize * 0.7;
  return { left, top, right: left + textWidth + 2, bottom: top + fontSize * 1.3 };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

export interface LabelCandidate {
  id: string;
  box: Box;
  /** Higher first: marked places, then places on a route, then bigger places. */
  priority: number;
}

/** Greedy placement in priority order: a label is kept when it overlaps none kept before it. */
export function chooseLabels(candidates: readonly LabelCandidate[]): Set<string> {
  const kept: Box[] = [];
  const chosen = new Set<string>();
  const ordered = [...candidates].sort((a, b) => b.priority - a.priority);
  for (const candidate of ordered) {
    if (kept.some((box) => overlaps(box, candidate.box))) continue;
    kept.push(candidate.box);
    chosen.add(candidate.id);
  }
  return chosen;
}

/** Places from the biggest to the smallest (ties by id): the order labels are offered in, once per network. */
export function importanceOrder(sizes: ReadonlyMap<string, { size: number }>): string[] {
  const ids = [...sizes.keys()];
  const size = (id: string) => sizes.get(id)?.size ?? 0;
  return ids.sort((a, b) => size(b) - size(a) || (a < b ? -1 : a > b ? 1 : 0));
}
