// Names from the network in the reader's language: places, corridors, countries and sources.
import type { Corridor, Dataset, Language, Source } from "../core/dataset";
import { type NetworkRecords, networkRecords } from "../core/network-records";
import { countryName } from "./country-names";
import { messages } from "./messages";
import { shortPlaceName } from "./place-names";

export interface NetworkText {
  place(id: string, language: Language): string;
  /** The name without its parenthesised detail ("Karachi", not "Karachi (port)"). */
  shortPlace(id: string, language: Language): string;
  corridor(id: string, language: Language): string;
  /** A link by its ends and mode: "Xi'an ↔ Urumqi (rail)" (crossings have " – " in their names). */
  link(id: string, language: Language): string;
  countries(codes: readonly string[], language: Language): string;
  source(key: string): Source | undefined;
  corridors: Corridor[];
}

/** `records`: the network's places and links by id, where the caller has them already. */
export function networkText(
  dataset: Dataset,
  { places, links }: NetworkRecords = networkRecords(dataset),
): NetworkText {
  const corridors = new Map(dataset.corridors.map((corridor) => [corridor.id, corridor]));
  const sources = new Map(dataset.sources.map((source) => [source.key, source]));
  const shortPlace = (id: string, language: Language) => {
    const place = places.get(id);
    return place ? shortPlaceName(place, language) : id;
  };
  return {
    place: (id, language) => places.get(id)?.name[language] ?? id,
    shortPlace,
    link: (id, language) => {
      const link = links.get(id);
      if (!link) return id;
      const mode = messages(language).modeNames[link.mode].toLowerCase();
      return `${shortPlace(link.from, language)} ↔ ${shortPlace(link.to, language)} (${mode})`;
    },
    corridor: (id, language) => corridors.get(id)?.name[language] ?? id,
    countries: (codes, language) => codes.map((code) => countryName(code, language)).join(" – "),
    source: (key) => sources.get(key),
    corridors: dataset.corridors,
  };
}

/** A source as one line: "Title — Publisher, 2024-05-01", linked when it has an address. */
export function sourceLine(
  source: Source | undefined,
  key: string,
): { text: string; url?: string } {
  if (!source) return { text: key };
  const date = source.date ? `, ${source.date}` : "";
  return { text: `${source.title} — ${source.publisher}${date}`, url: source.url };
}
