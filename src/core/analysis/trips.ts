// A set of trips to test a scenario on: places by id, with a weight where a trip stands for a trade lane.
import type { StandardTrip, TradeFigure } from "../dataset";

export interface Trip {
  id: string;
  from: string;
  to: string;
  /** Trade the trip stands for, in USD (a lane's turnover); absent for trips without a figure. */
  weightUsd?: number;
}

/** The standard trips as trips to route, each trade lane weighted by its turnover figure. */
export function standardTripSet(trips: StandardTrip[], trade: TradeFigure[]): Trip[] {
  const figures = new Map(trade.map((figure) => [figure.id, figure]));
  return trips.map(({ id, from, to, trade: figure }) => {
    const weightUsd = figure === undefined ? undefined : figures.get(figure)?.valueUsd;
    return { id, from, to, ...(weightUsd !== undefined && { weightUsd }) };
  });
}
