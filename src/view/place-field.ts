// A labelled place field with suggestions (names in English and French); resolves the typed name.
import type { Place } from "../core/dataset";
import { lookupPlace, PlaceLookupError } from "../core/place-lookup";
import type { Language } from "../state/app-state";
import { el } from "./dom";
import { messages } from "./i18n/messages";

export interface PlaceField {
  element: HTMLElement;
  input: HTMLInputElement;
  /** Shows a place's name (and clears any problem shown). */
  show(id: string | null, language: Language): void;
  caption: HTMLLabelElement;
}

/** `pick` gets the place id, or null when the field is emptied. */
export function placeField(
  key: string,
  label: string,
  places: readonly Place[],
  pick: (id: string | null) => void,
): PlaceField {
  const input = el("input", {
    id: `place-${key}`,
    type: "text",
    list: "place-names",
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
  const caption = el("label", { for: input.id }, [label]);
  let language: Language = "en";
  const commit = () => {
    problem.textContent = "";
    const typed = input.value.trim();
    if (typed === "") return pick(null);
    try {
      pick(lookupPlace(places, typed));
    } catch (error) {
      if (!(error instanceof PlaceLookupError)) throw error;
      // The previous place's routes and marker go; the field keeps what was typed, and says why.
      pick(null);
      input.value = typed;
      const m = messages(language);
      const hint =
        error.suggestions.length > 0 ? ` ${m.didYouMean(error.suggestions.join(", "))}` : "";
      problem.textContent = `${m.unknownPlace(typed)}${hint}`;
      input.setAttribute("aria-invalid", "true");
      return;
    }
    input.removeAttribute("aria-invalid");
  };
  input.addEventListener("change", commit);
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter") commit();
  });
  const show = (id: string | null, nextLanguage: Language) => {
    language = nextLanguage;
    const place = places.find((each) => each.id === id);
    input.value = place ? place.name[language] : "";
    input.placeholder = messages(language).placeholder;
    input.removeAttribute("aria-invalid");
    problem.textContent = "";
  };
  return {
    element: el("div", { class: "field" }, [caption, input, problem]),
    input,
    show,
    caption,
  };
}

/** One suggestion per place name in the reader's language, its other name and countries beside it. */
const MOST_SUGGESTIONS = 5000;

export function placeSuggestions(
  places: readonly Place[],
  language: Language,
): HTMLDataListElement {
  // Beyond a few thousand names a list helps no one and costs the page seconds; typing still works.
  if (places.length > MOST_SUGGESTIONS) return el("datalist", { id: "place-names" });
  const other = language === "en" ? "fr" : "en";
  const sorted = [...places].sort((a, b) =>
    a.name[language].localeCompare(b.name[language], language),
  );
  return el(
    "datalist",
    { id: "place-names" },
    sorted.map((place) => {
      const alias = place.name[other] !== place.name[language] ? `${place.name[other]} · ` : "";
      return el("option", {
        value: place.name[language],
        label: `${alias}${place.countries.join("/")}`,
      });
    }),
  );
}
