// The time model's running time: how a link's estimated transit time follows from its length and mode.
import type { Link, TimeModel } from "./dataset";

export interface TimeEstimate {
  hours: number;
  rule: string;
}

type LinkShape = Pick<Link, "mode" | "km">;

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * Hours on the move for a link under the time model, with the rule spelled out so a reader can
 * redo it. Borders, gauge changes, port calls and mode changes are not in it: the route engine
 * charges them on the transition between two legs (see routing/transfers.ts).
 */
export function estimateHours(link: LinkShape, model: TimeModel): TimeEstimate {
  const speed = model.speedKmh[link.mode];
  return { hours: round1(link.km / speed), rule: `${link.km} km at ${speed} km/h` };
}
