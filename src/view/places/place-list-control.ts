// A list of chosen places (avoided, or via) as removable chips, with a field to add one by name.

import type { Language, Place } from "../../core/dataset";
import { lookupPlace, PlaceLookupError } from "../../core/place-lookup";
import type { PlaceSearch } from "../../core/place-suggestions";
import { messages } from "../../text/messages";
import { el } from "../dom";
import { group } from "../panels/form-controls";
import { placeCombobox } from "./place-combobox";
import { unknownPlaceText } from "./place-field";

export interface PlaceListProps {
  key: string;
  legend: string;
  chosen: readonly string[];
  places: readonly Place[];
  search: PlaceSearch<Place>;
  language: Language;
  add: (id: string) => void;
  remove: (id: string) => void;
}

export function placeListControl(props: PlaceListProps): HTMLFieldSetElement {
  const { key, chosen, places, language } = props;
  const m = messages(language);
  const name = (id: string) => places.find((place) => place.id === id)?.name[language] ?? id;
  const chips = el(
    "ul",
    { class: "chips" },
    chosen.map((id) => {
      const remove = el(
        "button",
        { type: "button", "aria-label": m.remove(name(id)), "data-key": `${key}-remove-${id}` },
        ["×"],
      );
      remove.addEventListener("click", () => props.remove(id));
      return el("li", {}, [name(id), remove]);
    }),
  );
  const input = el("input", {
    type: "text",
    autocomplete: "off",
    id: `${key}-input`,
    "data-key": `${key}-input`,
    placeholder: m.addPlace,
    "aria-label": `${props.legend}: ${m.addPlace}`,
  });
  const button = el("button", { type: "button", "data-key": `${key}-add` }, [m.add]);
  const problem = el("div", { class: "problem", "aria-live": "polite" });
  const commit = () => {
    const typed = input.value.trim();
    if (!typed) return;
    try {
      props.add(lookupPlace(places, typed));
    } catch (error) {
      if (!(error instanceof PlaceLookupError)) throw error;
      problem.textContent = unknownPlaceText(error, language);
      combobox.offer(error.suggested as Place[]);
    }
  };
  const combobox = placeCombobox(input, {
    id: input.id,
    search: props.search,
    language: () => language,
    choose: (place) => props.add(place.id),
    enter: commit,
  });
  button.addEventListener("click", commit);
  return group(props.legend, [
    chips,
    el("div", { class: "add-place" }, [combobox.element, button]),
    problem,
  ]);
}
