// A labelled place field with suggestions (names, other names, countries); resolves the typed name.

import type { Language, Place } from "../../core/dataset";
import { lookupPlace, PlaceLookupError } from "../../core/place-lookup";
import type { PlaceSearch } from "../../core/place-suggestions";
import { messages } from "../../text/messages";
import { el } from "../dom";
import { placeCombobox, placeLabel } from "./place-combobox";

export interface PlaceField {
  element: HTMLElement;
  input: HTMLInputElement;
  /** Shows a place's name (and clears any problem shown). */
  show(id: string | null, language: Language): void;
  caption: HTMLLabelElement;
}

/** What the page says of a name it does not know: the closest places by name and country, no ids. */
export function unknownPlaceText(error: PlaceLookupError, language: Language): string {
  const m = messages(language);
  const names = error.suggested.map((place) => placeLabel(place as Place, language));
  return names.length > 0
    ? `${m.unknownPlace(error.query)} ${m.didYouMean(names.join(", "))}`
    : m.unknownPlace(error.query);
}

/** `pick` gets the place id, or null when the field is emptied. */
export function placeField(
  key: string,
  places: readonly Place[],
  search: PlaceSearch<Place>,
  pick: (id: string | null) => void,
): PlaceField {
  const input = el("input", {
    id: `place-${key}`,
    type: "text",
    autocomplete: "off",
    spellcheck: "false",
    "data-key": key,
    "aria-describedby": `place-${key}-problem`,
  });
  const problem = el("div", {
    id: `place-${key}-problem`,
    class: "problem",
    "aria-live": "polite",
  });
  const caption = el("label", { for: input.id }, [""]);
  let language: Language = "en";
  /** The name the field shows for the place in the trip: leaving the field with it changes nothing. */
  let shownName = "";
  const settle = () => {
    problem.textContent = "";
    input.removeAttribute("aria-invalid");
  };
  const commit = () => {
    const typed = input.value.trim();
    if (typed === shownName) return;
    settle();
    if (typed === "") return pick(null);
    try {
      pick(lookupPlace(places, typed));
    } catch (error) {
      if (!(error instanceof PlaceLookupError)) throw error;
      // The previous place's routes and marker go; the field keeps what was typed, and says why.
      pick(null);
      input.value = typed;
      problem.textContent = unknownPlaceText(error, language);
      input.setAttribute("aria-invalid", "true");
      combobox.offer(error.suggested as Place[]);
    }
  };
  const combobox = placeCombobox(input, {
    id: input.id,
    search,
    language: () => language,
    choose: (place) => {
      settle();
      pick(place.id);
    },
    enter: commit,
  });
  input.addEventListener("change", commit);
  const show = (id: string | null, nextLanguage: Language) => {
    language = nextLanguage;
    const place = places.find((each) => each.id === id);
    shownName = place ? place.name[language] : "";
    input.value = shownName;
    input.placeholder = messages(language).placeholder;
    settle();
  };
  return {
    element: el("div", { class: "field" }, [caption, combobox.element, problem]),
    input,
    show,
    caption,
  };
}
