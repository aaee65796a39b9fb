// A lower bound of the cost from a place to the target: straight-line distance × the cheapest cost per km.
import type { RoutingView } from "./routing-view";

const EARTH_RADIUS_KM = 6371;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

/**
 * Every link costs at least `rate` × the chord (the straight line through the Earth) between its
 * ends, and transfers cost nothing or more, so `rate` × the chord to the target never overestimates:
 * A* stays exact, and consistent, as chords obey the triangle inequality. The chord is within 0.2 %
 * of the great-circle distance up to 1,000 km and needs no trigonometry per query.
 */
export function greatCircleBound(view: RoutingView): (place: number, target: number) => number {
  const { index, costs } = view;
  const xyz = unitVectors(index.places);
  const chordKm = (a: number, b: number) =>
    EARTH_RADIUS_KM *
    Math.hypot(
      (xyz[3 * a] as number) - (xyz[3 * b] as number),
      (xyz[3 * a + 1] as number) - (xyz[3 * b + 1] as number),
      (xyz[3 * a + 2] as number) - (xyz[3 * b + 2] as number),
    );
  let rate = Number.POSITIVE_INFINITY;
  index.links.forEach((_, link) => {
    const km = chordKm(index.linkFrom[link] as number, index.linkTo[link] as number);
    const cost = costs.linkCost[link] as number;
    if (km > 0 && cost < Number.POSITIVE_INFINITY) rate = Math.min(rate, cost / km);
  });
  if (!(rate > 0 && rate < Number.POSITIVE_INFINITY)) return () => 0;
  const scale = rate * (1 - 1e-9);
  return (place, target) => chordKm(place, target) * scale;
}

function unitVectors(places: readonly { lat: number; lon: number }[]): Float64Array {
  const xyz = new Float64Array(3 * places.length);
  places.forEach(({ lat, lon }, place) => {
    xyz[3 * place] = Math.cos(radians(lat)) * Math.cos(radians(lon));
    xyz[3 * place + 1] = Math.cos(radians(lat)) * Math.sin(radians(lon));
    xyz[3 * place + 2] = Math.sin(radians(lat));
  });
  return xyz;
}
