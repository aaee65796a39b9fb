// Every simple route between two places by plain enumeration: the yardstick for the search.
import type { Link, Place } from "../../../src/core/dataset";
import type { LittleNetwork } from "./little-network";

export interface EnumeratedRoute {
  places: string[];
  links: Link[];
}

/** All routes from `from` to `to` that pass no place twice, over the links and places allowed. */
export function allSimpleRoutes(
  network: LittleNetwork,
  from: string,
  to: string,
  allowLink: (link: Link) => boolean = () => true,
  allowPlace: (place: Place) => boolean = () => true,
): EnumeratedRoute[] {
  const open = new Set(network.places.filter(allowPlace).map((place) => place.id));
  const links = network.links.filter(allowLink);
  const routes: EnumeratedRoute[] = [];
  const walk = (route: EnumeratedRoute) => {
    const here = route.places[route.places.length - 1] as string;
    if (here === to) return void routes.push(route);
    for (const candidate of links) {
      const next =
        candidate.from === here ? candidate.to : candidate.to === here ? candidate.from : "";
      if (!open.has(next) || route.places.includes(next)) continue;
      walk({ places: [...route.places, next], links: [...route.links, candidate] });
    }
  };
  if (open.has(from) && open.has(to)) walk({ places: [from], links: [] });
  return routes;
}
