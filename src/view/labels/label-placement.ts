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

/**
 * Where a label may go, in order of preference: right, left, above, below its place, then the four
 * corners, then a row further out (where stops crowd along a route, as Shymkent, Tashkent and Saryagash
 * do on a phone).
 */
export function labelBoxes(anchor: LabelAnchor, textWidth: number, fontSize: number): Box[] {
  const height = fontSize * 1.3;
  const reach = anchor.size + LABEL_GAP;
  const centred = anchor.x - textWidth / 2;
  const middle = anchor.y - fontSize * 0.7;
  const left = anchor.x - reach - textWidth - 2;
  // Corners sit just above or below the side boxes' row, starting off the dot's edge.
  const corner = reach * Math.SQRT1_2;
  const upper = middle - height;
  const lower = middle + height;
  const cornerLeft = anchor.x - corner - textWidth - 2;
  return [
    labelBox(anchor, textWidth, fontSize),
    boxAt(left, middle, textWidth, fontSize),
    boxAt(centred, anchor.y - reach - height, textWidth, fontSize),
    boxAt(centred, anchor.y + reach, textWidth, fontSize),
    boxAt(anchor.x + corner, upper, textWidth, fontSize),
    boxAt(anchor.x + corner, lower, textWidth, fontSize),
    boxAt(cornerLeft, upper, textWidth, fontSize),
    boxAt(cornerLeft, lower, textWidth, fontSize),
    // Last, a row further out: still read as the place's where a stop's neighbours take the nearer boxes.
    boxAt(anchor.x + corner, upper - height, textWidth, fontSize),
    boxAt(anchor.x + corner, lower + height, textWidth, fontSize),
    boxAt(cornerLeft, upper - height, textWidth, fontSize),
    boxAt(cornerLeft, lower + height, textWidth, fontSize),
  ];
}

/** The square a place's dot covers on screen. */
export function discBox(anchor: LabelAnchor): Box {
  const { x, y, size } = anchor;
  return { left: x - size, top: y - size, right: x + size, bottom: y + size };
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
  /**
   * Never left out (the selected route's stops): in its first free box, or the one that covers least.
   * A required place's dot is kept clear of other labels.
   */
  required?: boolean;
  /** The place's dot on screen (see discBox). */
  disc?: Box;
}

/**
 * Greedy placement in priority order: a label takes its first box that overlaps none kept before
 * it, nor what is `taken` (buttons over the map), nor a required place's dot, or is left out; a
 * required label is never left out.
 */
export function chooseLabels(
  candidates: readonly LabelCandidate[],
  taken: readonly Box[] = [],
): Map<string, Box> {
  const kept: Box[] = [...taken];
  const discs = candidates.flatMap((candidate) =>
    candidate.required && candidate.disc ? [candidate.disc] : [],
  );
  const clearOf = (box: Box, others: readonly Box[]) =>
    !others.some((other) => overlaps(other, box));
  const chosen = new Map<string, Box>();
  const ordered = [...candidates].sort((a, b) => b.priority - a.priority);
  for (const candidate of ordered) {
    const free = candidate.boxes.find((box) => clearOf(box, kept) && clearOf(box, discs));
    // A stop's label may cover another stop's dot before it covers a label.
    const forced = candidate.required
      ? (candidate.boxes.find((box) => clearOf(box, kept)) ?? leastCovering(candidate.boxes, kept))
      : undefined;
    const box = free ?? forced;
    if (!box) continue;
    kept.push(box);
    chosen.set(candidate.id, box);
  }
  return chosen;
}

/** The box that covers the least of what is kept (the first of equals). */
function leastCovering(boxes: readonly Box[], kept: readonly Box[]): Box | undefined {
  let best: Box | undefined;
  let bestArea = Number.POSITIVE_INFINITY;
  for (const box of boxes) {
    const area = kept.reduce((sum, other) => sum + overlapArea(box, other), 0);
    if (area < bestArea) {
      best = box;
      bestArea = area;
    }
  }
  return best;
}

function overlapArea(a: Box, b: Box): number {
  const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return width > 0 && height > 0 ? width * height : 0;
}

/**
 * Places from the biggest to the smallest (ties by id): the order labels are offered in, once per
 * network. Each size is read once, not at each of a big network's millions of comparisons.
 */
export function importanceOrder(sizes: ReadonlyMap<string, { size: number }>): string[] {
  const places = Array.from(sizes, ([id, { size }]) => ({ id, size }));
  places.sort((a, b) => b.size - a.size || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return places.map((place) => place.id);
}
