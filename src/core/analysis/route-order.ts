// Routes in the order a criterion ranks them, for tables sorted by km, hours or crossings.
import type { Criterion, Route } from "../routing";

/** Negative when `a` comes first: the criterion's figure, then km to break ties. */
export function byCriterion(criterion: Criterion): (a: Route, b: Route) => number {
  return (a, b) => {
    const first =
      criterion === "km"
        ? a.km - b.km
        : criterion === "hours"
          ? a.hours - b.hours
          : a.crossings - b.crossings;
    return first !== 0 ? first : a.km - b.km;
  };
}
