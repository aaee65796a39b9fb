// Phrases a route difference in English or French, e.g. "through Turkmenistan instead of Uzbekistan".
import type { Language } from "../core/dataset";
import type { RouteDifference, StretchDifference } from "../core/routing/route-types";
import type { RouteNames } from "./route-names";

type DifferenceNames = Pick<RouteNames, "country" | "place" | "mode">;

const PHRASES = {
  en: {
    through: (added: string, dropped: string) => `through ${added} instead of ${dropped}`,
    alsoThrough: (added: string) => `also through ${added}`,
    avoids: (dropped: string) => `avoids ${dropped}`,
    instead: "instead of",
    via: "via",
    sameplaces: "the same places by other links",
  },
  fr: {
    // "et non" rather than "au lieu de", which would need elision and articles before country names.
    through: (added: string, dropped: string) => `par ${added} et non ${dropped}`,
    alsoThrough: (added: string) => `passe aussi par ${added}`,
    avoids: (dropped: string) => `évite ${dropped}`,
    instead: "et non",
    via: "par",
    sameplaces: "les mêmes lieux par d'autres liaisons",
  },
};

const MOST_VIA_SHOWN = 3;

export function differenceText(
  difference: RouteDifference,
  names: DifferenceNames,
  language: Language,
): string {
  const phrases = PHRASES[language];
  const added = difference.addedCountries.map(names.country).join(", ");
  const dropped = difference.droppedCountries.map(names.country).join(", ");
  const countries =
    added && dropped
      ? phrases.through(added, dropped)
      : added
        ? phrases.alsoThrough(added)
        : dropped
          ? phrases.avoids(dropped)
          : "";
  const stretches = difference.stretches.map((stretch) => stretchText(stretch, names, language));
  return [countries, ...stretches].filter(Boolean).join("; ") || phrases.sameplaces;
}

function stretchText(stretch: StretchDifference, names: DifferenceNames, language: Language) {
  const phrases = PHRASES[language];
  const modes = (list: StretchDifference["modes"]) => list.map(names.mode).join("/");
  const via = (places: string[]) => {
    if (places.length === 0) return "";
    const shown =
      places.length > MOST_VIA_SHOWN
        ? [...places.slice(0, 2).map(names.place), "…"]
        : places.map(names.place);
    return ` ${phrases.via} ${shown.join(", ")}`;
  };
  const ours = `${modes(stretch.modes)} ${names.place(stretch.from)}–${names.place(stretch.to)}${via(stretch.via)}`;
  if (!stretch.instead) return ours;
  return `${ours} ${phrases.instead} ${modes(stretch.instead.modes)}${via(stretch.instead.via)}`;
}
