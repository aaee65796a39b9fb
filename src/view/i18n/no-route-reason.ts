// "Why no route" in the reader's language: the engine's sentence in English, rebuilt from its causes in French.

import { monthName } from "../../core/months";
import type { AppState, Language } from "../../state/app-state";
import { countryName } from "./country-names";
import { messages } from "./messages";
import type { NetworkText } from "./network-text";

export interface NoRoute {
  reason: string;
  cutBy: string[];
  stoppedEarly?: true;
}

export function noRouteReason(
  result: NoRoute,
  state: AppState,
  text: NetworkText,
  language: Language,
): string {
  if (language === "en") return result.reason;
  const place = (id: string) => text.place(id, language);
  const between = `Aucun itinéraire entre ${place(state.origin ?? "")} et ${place(state.destination ?? "")}`;
  if (result.stoppedEarly) return `${between} trouvé dans la limite de recherche.`;
  const causes = result.cutBy.map((key) => causeInFrench(key, state, place));
  if (causes.length === 0) {
    return `${between} : rien dans ce réseau ne les relie, même avec les liaisons prévues.`;
  }
  if (/together/.test(result.reason)) {
    return `${between} : aucune contrainte seule n’est en cause, mais ensemble elles les séparent (${causes.join(", ")}).`;
  }
  const verb = causes.length > 1 ? "les sépare (chacune suffit)" : "les sépare";
  return `${between} : ${causes.join(" ou ")} ${verb}.`;
}

function causeInFrench(key: string, state: AppState, place: (id: string) => string): string {
  const [kind, value = ""] = key.split(":");
  const m = messages("fr");
  switch (kind) {
    case "avoidCountries":
      return `éviter ${countryName(value, "fr")}`;
    case "avoidPlaces":
      return `éviter ${place(value)}`;
    case "modes":
      return `n’utiliser que ${state.modes.map((mode) => m.modeNames[mode].toLowerCase()).join(", ")}`;
    case "includePlanned":
      return "écarter les liaisons prévues et en construction";
    case "corridors":
      return "rester dans les corridors choisis";
    case "month":
      return `ce qui est fermé en ${monthName(state.month ?? 1, "fr")}`;
    case "via":
      return `passer par ${state.via.map(place).join(" puis ")} dans cet ordre`;
    default:
      return key;
  }
}
