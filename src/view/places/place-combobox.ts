// A place name field with a list of suggestions, by the WAI-ARIA combobox pattern (keyboard and mouse).

import type { Language, Place } from "../../core/dataset";
import type { PlaceSearch, PlaceSuggestion } from "../../core/place-suggestions";
import { countryName } from "../../text/country-names";
import { messages } from "../../text/messages";
import { el, fill } from "../dom";

export interface PlaceComboboxProps {
  id: string;
  search: PlaceSearch<Place>;
  language: () => Language;
  /** A suggestion was chosen (the field then shows its name). */
  choose: (place: Place) => void;
  /** Enter with no suggestion chosen: the caller reads what was typed. */
  enter: () => void;
}

/** "Almaty · Kazakhstan": a place as the reader names it, never its id. */
export function placeLabel(place: Place, language: Language): string {
  const countries = place.countries.map((code) => countryName(code, language)).join(" / ");
  return `${place.name[language]} · ${countries}`;
}

export interface PlaceCombobox {
  element: HTMLElement;
  /** Lists these places to choose from (the closest to a name not found), while the field has the focus. */
  offer(places: readonly Place[]): void;
}

export function placeCombobox(input: HTMLInputElement, props: PlaceComboboxProps): PlaceCombobox {
  const listbox = el("ul", { id: `${props.id}-options`, role: "listbox", hidden: true });
  let shown: PlaceSuggestion<Place>[] = [];
  let active = -1;
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", listbox.id);
  input.setAttribute("aria-expanded", "false");

  const optionId = (index: number) => `${props.id}-option-${index}`;
  const highlight = (index: number) => {
    active = index;
    listbox.querySelectorAll('[role="option"]').forEach((option, each) => {
      option.setAttribute("aria-selected", String(each === index));
    });
    if (index < 0) input.removeAttribute("aria-activedescendant");
    else {
      input.setAttribute("aria-activedescendant", optionId(index));
      document.getElementById(optionId(index))?.scrollIntoView({ block: "nearest" });
    }
  };
  const open = (suggestions: PlaceSuggestion<Place>[]) => {
    shown = suggestions;
    listbox.setAttribute("aria-label", messages(props.language()).suggestions);
    fill(listbox, suggestions.map(option));
    listbox.hidden = suggestions.length === 0;
    input.setAttribute("aria-expanded", String(suggestions.length > 0));
    highlight(-1);
  };
  const close = () => open([]);
  const pick = (suggestion: PlaceSuggestion<Place>) => {
    input.value = suggestion.place.name[props.language()];
    close();
    props.choose(suggestion.place);
  };
  const option = (suggestion: PlaceSuggestion<Place>, index: number) => {
    const language = props.language();
    const { place, matched } = suggestion;
    const other = matched !== place.name[language] && `(${matched})`;
    const item = el("li", { id: optionId(index), role: "option", "aria-selected": "false" }, [
      placeLabel(place, language),
      other && el("span", { class: "also" }, [` ${other}`]),
    ]);
    item.addEventListener("click", () => pick(suggestion));
    return item;
  };

  // Pressing the mouse on the list (an option, its scroll bar) would take the focus from the field,
  // and so close the list, before the click.
  listbox.addEventListener("mousedown", (event) => event.preventDefault());
  input.addEventListener("input", () => open(props.search(input.value)));
  input.addEventListener("blur", close);
  input.addEventListener("keydown", (event) => {
    const count = shown.length;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (count === 0) return open(props.search(input.value));
      const step = event.key === "ArrowDown" ? 1 : -1;
      highlight(active < 0 && step < 0 ? count - 1 : (active + step + count) % count);
    } else if (event.key === "Enter") {
      const chosen = shown[active];
      event.preventDefault();
      if (chosen) pick(chosen);
      else {
        close();
        props.enter();
      }
    } else if (event.key === "Escape" && count > 0) {
      event.preventDefault();
      close();
    }
  });
  return {
    element: el("div", { class: "combobox" }, [input, listbox]),
    offer: (places) => {
      const language = props.language();
      if (document.activeElement === input)
        open(places.map((place) => ({ place, matched: place.name[language] })));
    },
  };
}
