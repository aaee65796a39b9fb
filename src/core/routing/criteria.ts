// What "best" means: the cost of a link, and of a transfer between two legs, under each criterion.
import { MODES } from "../dataset";
import type { RoutingIndex } from "./routing-index";
import { changesGauge } from "./transfers";

export const CRITERIA = ["km", "hours", "crossings"] as const;
export type Criterion = (typeof CRITERIA)[number];

/**
 * A criterion's costs on arcs (a link taken one way): `between(a, b)` is charged where a route
 * arriving by arc a leaves by arc b, `start` and `end` where it leaves its origin or reaches its
 * destination. `free` says that no transfer costs anything, so a search may skip them.
 */
export interface CriterionCosts {
  linkCost: Float64Array;
  free: boolean;
  between(a: number, b: number): number;
  start(b: number): number;
  end(a: number): number;
}

const NOTHING = () => 0;

/**
 * For "crossings", crossings dominate and km break ties: changes of country × crossingWeight + km,
 * where crossingWeight (a power of two, so sums stay exact) exceeds the km of any simple route.
 */
export function criterionCosts(index: RoutingIndex, criterion: Criterion): CriterionCosts {
  const { links, transfers, arcHeadSide, arcTailSide, arcLink, arcHead } = index;
  const { linkCrosses, linkBorderHours, linkMode, borderHoursAt } = transfers;
  const { handlingHours, endHours, gaugeHoursAt } = transfers;
  const linkCost = new Float64Array(links.length);
  if (criterion === "km") {
    links.forEach((link, number) => {
      linkCost[number] = link.km;
    });
    return { linkCost, free: true, between: NOTHING, start: NOTHING, end: NOTHING };
  }
  if (criterion === "crossings") {
    const totalKm = links.reduce((sum, link) => sum + link.km, 0);
    const weight = 2 ** Math.ceil(Math.log2(totalKm + 2));
    links.forEach((link, number) => {
      linkCost[number] = link.km + (linkCrosses[number] as number) * weight;
    });
    const between = (a: number, b: number) => (arcHeadSide[a] === arcTailSide[b] ? 0 : weight);
    return { linkCost, free: false, between, start: NOTHING, end: NOTHING };
  }
  links.forEach((link, number) => {
    linkCost[number] = link.hours + (linkBorderHours[number] as number);
  });
  const modeOf = (arc: number) => linkMode[arcLink[arc] as number] as number;
  const between = (a: number, b: number) => {
    const into = modeOf(a);
    const out = modeOf(b);
    let hours = handlingHours[into * MODES.length + out] as number;
    if (arcHeadSide[a] !== arcTailSide[b]) hours += borderHoursAt[arcHead[a] as number] as number;
    if (changesGauge(transfers, arcLink[a] as number, arcLink[b] as number))
      hours += gaugeHoursAt[arcHead[a] as number] as number;
    return hours;
  };
  const endOf = (arc: number) => endHours[modeOf(arc)] as number;
  return { linkCost, free: false, between, start: endOf, end: endOf };
}
