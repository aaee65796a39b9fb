// The time model: how a link's estimated transit time follows from its length, mode and ends.
import type { Link, Place, TimeModel } from "./dataset";

export interface TimeEstimate {
  hours: number;
  rule: string;
}

type LinkShape = Pick<Link, "mode" | "km" | "from" | "to">;
type PlaceShape = Pick<Place, "kind" | "gaugeBreak">;

const round1 = (value: number) => Math.round(value * 10) / 10;

/** Hours for a link under the time model, with the rule spelled out so a reader can redo it. */
export function estimateHours(
  link: LinkShape,
  ends: readonly [PlaceShape, PlaceShape],
  model: TimeModel,
): TimeEstimate {
  const speed = model.speedKmh[link.mode];
  let hours = link.km / speed;
  const parts = [`${link.km} km at ${speed} km/h`];
  if (link.mode === "sea" || link.mode === "ferry") {
    hours += model.portHours[link.mode];
    parts.push(`${model.portHours[link.mode]} h port wait and handling`);
  }
  const crossingEnds = ends.filter((place) => place.kind === "border-crossing").length;
  if (crossingEnds > 0) {
    hours += (crossingEnds * model.borderHours) / 2;
    parts.push(`${crossingEnds} × ${model.borderHours / 2} h (half a border crossing)`);
  }
  const gaugeEnds = link.mode === "rail" ? ends.filter((place) => place.gaugeBreak).length : 0;
  if (gaugeEnds > 0) {
    hours += (gaugeEnds * model.gaugeChangeHours) / 2;
    parts.push(`${gaugeEnds} × ${model.gaugeChangeHours / 2} h (half a gauge change)`);
  }
  return { hours: round1(hours), rule: parts.join(" + ") };
}
