// The time model's running time: how a link's estimated transit time follows from its length and mode.
import type { Link, TimeModel } from "./dataset";

export interface TimeEstimate {
  hours: number;
  rule: string;
}

type LinkShape = Pick<Link, "mode" | "km">;

const round1 = (value: number) => Math.round(value * 10) / 10;

/** The country a link runs in: the one country its two ends share, if there is exactly one. */
export function linkCountry(
  link: Pick<Link, "from" | "to">,
  countriesOf: (place: string) => readonly string[],
): string | undefined {
  const to = countriesOf(link.to);
  const shared = countriesOf(link.from).filter((country) => to.includes(country));
  return shared.length === 1 ? shared[0] : undefined;
}

/**
 * Hours on the move for a link under the time model, with the rule spelled out so a reader can
 * redo it: the speed of the link's mode in its country where the model gives one, else the mode's.
 * Borders, gauge changes, port calls and mode changes are not in it: the route engine charges them
 * on the transition between two legs (see routing/transfers.ts).
 */
export function estimateHours(link: LinkShape, model: TimeModel, country?: string): TimeEstimate {
  const own = model.countrySpeeds?.find(
    (speed) => speed.country === country && speed.mode === link.mode,
  );
  const speed = own?.kmh ?? model.speedKmh[link.mode];
  const where = own ? ` (${link.mode} in ${own.country})` : "";
  return { hours: round1(link.km / speed), rule: `${link.km} km at ${speed} km/h${where}` };
}
