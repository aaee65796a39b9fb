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

const LABEL_GAP = 3;

/** The box a label takes: right of the place, centred on it vertically. */
export function labelBox(anchor: LabelAnchor, textWidth: number, fontSize: number): Box {
  return boxAt(anchor.x + anchor.size + LABEL_GAP, anchor.y - fontSize * 0.7, textWidth, fontSize);
}

/** Where a label may go, in order of preference: right, left, above, below its place. */
export function labelBoxes(anchor: LabelAnchor, textWidth: number, fontSize: number): Box[] {
  const height = fontSize * 1.3;
  const reach = anchor.size + LABEL_GAP;
  const centred = anchor.x - textWidth / 2;
  return [
    labelBox(anchor, textWidth, fontSize),
    boxAt(anchor.x - reach - textWidth - 2, anchor.y - fontSize * 0.7, textWidth, fontSize),
    boxAt(centred, anchor.y - reach - height, textWidth, fontSize),
    boxAt(centred, anchor.y + reach, textWidth, fontSize),
  ];
}

function boxAt(left: number, top: number, textWidth: number, fontSize: number): Box {
  return { left, top, right: left + textWidth + 2, bottom: top + fontSize * 1.3 };
}

/** Where a label's text starts in its box: its left edge, and the baseline. */
export function textOrigin(box: Box, fontSize: number): { x: number; y: number } {
  return { x: box.left, y: box.top + fontSize * (0.7 + 1 / 3) };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

export interface LabelCandidate {
  id: string;
  /** Where the label may go, preferred first (see labelBoxes). */
  boxes: readonly Box[];
  /** Higher first: the selected route's places and marked places, then other routes', then bigger places. */
  priority: number;
  /** Never left out (the selected route's stops): in its first free box, or its first box. */
  required?: boolean;
}

/**
 * Greedy placement in priority order: a label takes its first box that overlaps none kept before
 * it nor what is `taken` (buttons over the map), or is left out; a required label is never left out.
 */
export function chooseLabels(
  candidates: readonly LabelCandidate[],
  taken: readonly Box[] = [],
): Map<string, Box> {
  const kept: Box[] = [...taken];
  const chosen = new Map<string, Box>();
  const ordered = [...candidates].sort((a, b) => b.priority - a.priority);
  for (const candidate of ordered) {
    const free = candidate.boxes.find((box) => !kept.some((other) => overlaps(other, box)));
    const box = free ?? (candidate.required ? candidate.boxes[0] : undefined);
    if (!box) continue;
    kept.push(box);
    chosen.set(candidate.id, box);
  }
  return chosen;
}

/** Places from the biggest to the smallest (ties by id): the order labels are offered in, once per network. */
export function importanceOrder(sizes: ReadonlyMap<string, { size: number }>): string[] {
  const ids = [...sizes.keys()];
  const size = (id: string) => sizes.get(id)?.size ?? 0;
  return ids.sort((a, b) => size(b) - size(a) || (a < b ? -1 : a > b ? 1 : 0));
}
