// "Why no route" in the reader's language, phrased from the engine's cause and the query it answered.
import type { Language } from "../core/dataset";
import type { RouteResult } from "../core/routing";
import { monthName } from "./months";
import type { RouteNames } from "./route-names";

type Query = RouteResult["query"];

const PHRASES = {
  en: {
    between: (from: string, to: string) => `No route between ${from} and ${to}`,
    stopped: (from: string, to: string) =>
      `No route found between ${from} and ${to} within the search limit.`,
    "one-constraint": (between: string, [label]: string[]) =>
      `${between}: ${label} cuts them apart (lifting it opens a route).`,
    "each-constraint": (between: string, labels: string[]) =>
      `${between}. Each of these alone cuts them apart (lifting any one opens a route): ${labels.join("; ")}.`,
    "constraints-together": (between: string, labels: string[]) =>
      `${between}: no single constraint is to blame, but together they cut them apart (${labels.join(", ")}).`,
    unconnected: (between: string) =>
      `${between}: nothing in this network connects them, even with planned links.`,
    avoiding: (name: string) => `avoiding ${name}`,
    closedLinks: (count: number) => `avoiding ${count} closed link${count === 1 ? "" : "s"}`,
    modesOnly: (modes: string[]) => `using ${modes.join(", ")} only`,
    noPlanned: "leaving out planned and under-construction links",
    inCorridors: (corridors: string[]) => `staying inside ${corridors.join(", ")}`,
    closedIn: (month: string) => `what is closed in ${month}`,
    via: (places: string[]) => `passing ${places.join(", then ")} in that order`,
  },
  fr: {
    between: (from: string, to: string) => `Aucun itinéraire entre ${from} et ${to}`,
    stopped: (from: string, to: string) =>
      `Aucun itinéraire entre ${from} et ${to} trouvé dans la limite de recherche.`,
    "one-constraint": (between: string, [label]: string[]) => `${between} : ${label} les sépare.`,
    "each-constraint": (between: string, labels: string[]) =>
      `${between} : ${labels.join(" ou ")} les sépare (chacune suffit).`,
    "constraints-together": (between: string, labels: string[]) =>
      `${between} : aucune contrainte seule n’est en cause, mais ensemble elles les séparent (${labels.join(", ")}).`,
    unconnected: (between: string) =>
      `${between} : rien dans ce réseau ne les relie, même avec les liaisons prévues.`,
    avoiding: (name: string) => `éviter ${name}`,
    closedLinks: (count: number) =>
      `éviter ${count} liaison${count === 1 ? " fermée" : "s fermées"}`,
    modesOnly: (modes: string[]) => `n’utiliser que ${modes.join(", ")}`,
    noPlanned: "écarter les liaisons prévues et en construction",
    inCorridors: (corridors: string[]) => `rester dans ${corridors.join(", ")}`,
    closedIn: (month: string) => `ce qui est fermé en ${month}`,
    via: (places: string[]) => `passer par ${places.join(" puis ")} dans cet ordre`,
  },
};

type NoRoute = Pick<RouteResult, "query" | "cause" | "cutBy" | "stoppedEarly">;

export function noRouteReason(result: NoRoute, names: RouteNames, language: Language): string {
  const phrases = PHRASES[language];
  const { query } = result;
  const [from, to] = [names.place(query.from), names.place(query.to)];
  if (!result.cause) return phrases.stopped(from, to);
  const labels = (result.cutBy ?? []).map((key) => constraintLabel(key, query, names, language));
  return phrases[result.cause](phrases.between(from, to), labels);
}

/** One constraint in words, e.g. "avoidCountries:TM" → "avoiding Turkmenistan". */
function constraintLabel(key: string, query: Query, names: RouteNames, language: Language) {
  const phrases = PHRASES[language];
  const [kind, value = ""] = key.split(":");
  switch (kind) {
    case "avoidCountries":
      return phrases.avoiding(names.country(value));
    case "avoidPlaces":
      return phrases.avoiding(names.place(value));
    case "avoidLinks":
      return phrases.closedLinks(query.avoidLinks?.length ?? 0);
    case "modes":
      return phrases.modesOnly((query.modes ?? []).map(names.mode));
    case "includePlanned":
      return phrases.noPlanned;
    case "corridors":
      return phrases.inCorridors((query.corridors ?? []).map(names.corridor));
    case "month":
      return phrases.closedIn(monthName(query.month ?? 1, language === "en" ? "en-GB" : language));
    case "via":
      return phrases.via(query.via.map(names.place));
    default:
      return key;
  }
}
