// The labels offered for a frame: the selected route's stops (always), marked and route places, then the
// most important places in view, capped.
import type Sigma from "sigma";
import type { Settings } from "sigma/settings";
import { type Box, discBox, type LabelCandidate, labelBoxes } from "./label-placement";

/** At most this many places in view are offered a label (the most important ones). */
const MAX_OFFERED_IN_VIEW = 400;

/** Places drawn smaller than this on screen (junctions at the first zoom) get no label, at full size. */
export const MIN_LABELLED_SIZE = 4;

export interface LabelFont {
  size: number;
  css: string;
}

export const labelFont = (forced: boolean | undefined, settings: Settings): LabelFont => {
  const size = forced ? settings.labelSize + 1 : settings.labelSize;
  const weight = forced ? "700" : settings.labelWeight;
  return { size, css: `${weight} ${size}px ${settings.labelFont}` };
};

export interface CandidateSource {
  /** Places always labelled (the selected route's stops), whatever their size or neighbours. */
  required: () => ReadonlySet<string>;
  /** Places offered first (marked places, places on a route). */
  first: () => Iterable<string>;
  /** Every place, most important first (see importanceOrder). */
  ranking: readonly string[];
  /** Places drawn smaller than this on screen get no label unless forced. */
  minSize: number;
  /** Parts of the map covered by something else (its buttons, its scale bar), in map pixels. */
  taken: () => Box[];
}

/** Text widths by font and text: measured once, not on every frame. */
export function textWidths(context: CanvasRenderingContext2D) {
  const widths = new Map<string, number>();
  return (font: LabelFont, text: string) => {
    const key = `${font.css}|${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      context.font = font.css;
      width = context.measureText(text).width;
      widths.set(key, width);
    }
    return width;
  };
}

export function labelCandidates(
  renderer: Sigma,
  source: CandidateSource,
  width: (font: LabelFont, text: string) => number,
): LabelCandidate[] {
  const settings = renderer.getSettings();
  const { width: w, height: h } = renderer.getDimensions();
  const candidates: LabelCandidate[] = [];
  const offered = new Set<string>();
  let inView = 0;
  const required = source.required();
  const offer = (id: string) => {
    if (offered.has(id)) return;
    offered.add(id);
    const data = renderer.getNodeDisplayData(id);
    if (!data?.label || data.hidden) return;
    const size = renderer.scaleSize(data.size);
    const always = required.has(id);
    if (!data.forceLabel && !always && size < source.minSize) return;
    const point = renderer.framedGraphToViewport(data);
    if (point.x < -200 || point.y < -50 || point.x > w + 50 || point.y > h + 50) return;
    inView++;
    const font = labelFont(data.forceLabel, settings);
    const anchor = { ...point, size };
    const sides = labelBoxes(anchor, width(font, data.label), font.size);
    // A label near the map's edge goes to a side where it shows whole, if it has one.
    const whole = sides.filter((b) => b.left >= 0 && b.top >= 0 && b.right <= w && b.bottom <= h);
    const boxes = whole.length > 0 ? whole : sides;
    const rank = (always ? 2000 : 0) + (data.forceLabel ? 1000 : 0) + (data.zIndex ?? 0);
    candidates.push({ id, boxes, priority: rank, required: always, disc: discBox(anchor) });
  };
  for (const id of required) offer(id);
  for (const id of source.first()) offer(id);
  for (const id of source.ranking) {
    if (inView >= MAX_OFFERED_IN_VIEW) break;
    offer(id);
  }
  return candidates;
}
