// What route sentences call places, countries, modes and corridors, in one language.
import type { Language } from "../core/dataset";
import type { RouteClosure } from "../core/routing";
import { countryName } from "./country-names";
import { messages } from "./messages";
import type { NetworkText } from "./network-text";

export interface RouteNames {
  place(id: string): string;
  country(code: string): string;
  mode(mode: string): string;
  corridor(id: string): string;
  /** A link by its ends and mode, as a closed link is named. */
  link(id: string): string;
}

/**
 * Names for sentences in the running text of a language ("rail", not "Rail"); short place names
 * ("Karachi" for "Karachi (port)") where space is tight, as in the command line's tables.
 */
export function routeNames(
  text: NetworkText,
  language: Language,
  places: "full" | "short" = "full",
): RouteNames {
  const modes: Record<string, string> = messages(language).modeNames;
  return {
    place: (id) => (places === "short" ? text.shortPlace(id, language) : text.place(id, language)),
    country: (code) => countryName(code, language),
    mode: (mode) => modes[mode]?.toLowerCase() ?? mode,
    corridor: (id) => text.corridor(id, language),
    link: (id) => text.link(id, language),
  };
}

/** What a seasonal or closed element of a route is called: its place name, or its link's ends and mode. */
export function closureName(closure: RouteClosure, names: RouteNames): string {
  return closure.kind === "place" ? names.place(closure.id) : names.link(closure.id);
}
