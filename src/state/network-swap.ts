// The state carried over to another network: what no longer exists in it is dropped, the rest kept.
import type { ScenarioChoice } from "../core/analysis/scenario-presets";
import type { AppState } from "./app-state";
import type { KnownNames } from "./share-link";

/** Drops places, countries and corridors the new network lacks; the view starts from route 1. */
export function keepKnown(state: AppState, known: KnownNames): AppState {
  const place = (id: string | null) => (id !== null && known.places.has(id) ? id : null);
  const origin = place(state.origin);
  const destination = place(state.destination);
  return {
    ...state,
    origin: origin ?? destination,
    destination: origin ? destination : null,
    via: state.via.filter((id) => known.places.has(id)),
    avoidPlaces: state.avoidPlaces.filter((id) => known.places.has(id)),
    avoidCountries: state.avoidCountries.filter((code) => known.countries.has(code)),
    corridors: state.corridors.filter((id) => known.corridors.has(id)),
    visibleCorridors: null,
    preferCorridor:
      state.preferCorridor !== null && known.corridors.has(state.preferCorridor)
        ? state.preferCorridor
        : null,
    scenario: knownScenario(state.scenario, known),
    selectedRoute: 0,
    placeMenu: null,
  };
}

/** The closures that exist in the network; a list the choice did not have stays absent. */
function knownScenario(choice: ScenarioChoice, known: KnownNames): ScenarioChoice {
  const { countries, places, corridors, ...rest } = choice;
  return {
    ...rest,
    ...(countries && { countries: countries.filter((code) => known.countries.has(code)) }),
    ...(places && { places: places.filter((id) => known.places.has(id)) }),
    ...(corridors && { corridors: corridors.filter((id) => known.corridors.has(id)) }),
  };
}
