// Route options: criterion, number of routes, modes, planned links, avoided countries and places, via, corridors.
import { type Dataset, MODES } from "../../core/dataset";
import { placeSearch } from "../../core/place-suggestions";
import { CRITERIA } from "../../core/routing";
import { type AppState, MAX_ALTERNATIVES } from "../../state/app-state";
import * as options from "../../state/option-changes";
import type { Store } from "../../state/store";
import { addVia, removeVia } from "../../state/trip-changes";
import { countryName } from "../../text/country-names";
import { messages } from "../../text/messages";
import { monthName } from "../../text/months";
import type { NetworkText } from "../../text/network-text";
import { el } from "../dom";
import { placeListControl } from "../places/place-list-control";
import { checkbox, group, radio } from "./form-controls";
import { rebuild, watch } from "./panel-kit";

const FIELDS = [
  "criterion",
  "alternatives",
  "modes",
  "includePlanned",
  "month",
  "distinctAlternatives",
  "avoidCountries",
  "avoidPlaces",
  "via",
  "corridors",
  "language",
] as const;

/** A month of travel, or any month: the month's closures (Khunjerab in winter) then apply. */
function monthField(state: AppState, change: (month: number | null) => void) {
  const m = messages(state.language);
  const choices = [
    el("option", { value: "", selected: state.month === null }, [m.anyMonth]),
    ...Array.from({ length: 12 }, (_, index) =>
      el("option", { value: index + 1, selected: state.month === index + 1 }, [
        monthName(index + 1, state.language),
      ]),
    ),
  ];
  const select = el("select", { id: "month", "data-key": "month" }, choices);
  select.addEventListener("change", () => change(select.value ? Number(select.value) : null));
  return el("div", { class: "field" }, [el("label", { for: select.id }, [m.month]), select]);
}

export function mountOptionsPanel(
  section: HTMLElement,
  dataset: Dataset,
  text: NetworkText,
  store: Store<AppState>,
) {
  const countries = [...new Set(dataset.places.flatMap((place) => place.countries))];
  const update = store.update;
  const search = placeSearch(dataset.places);
  // The rarer settings and the long lists (avoid, via, corridors) fold away: open while one is set,
  // or once the user opened them.
  let moreOpen = false;
  return watch(store, FIELDS, (state) => {
    const m = messages(state.language);
    const { language } = state;
    const count = el("input", {
      type: "number",
      id: "alternatives",
      min: 1,
      max: MAX_ALTERNATIVES,
      value: state.alternatives,
      "data-key": "alternatives",
    });
    count.addEventListener("change", () => update(options.setAlternatives(Number(count.value))));
    const byName = [...countries].sort((a, b) =>
      countryName(a, language).localeCompare(countryName(b, language), language),
    );
    const places = dataset.places;
    rebuild(section, [
      el("h2", {}, [m.options]),
      group(
        m.criterion,
        CRITERIA.map((c) =>
          radio("criterion", c, m.criteria[c], state.criterion === c, () =>
            update(options.setCriterion(c)),
          ),
        ),
        "inline",
      ),
      el("div", { class: "field-row" }, [
        el("div", { class: "field" }, [el("label", { for: count.id }, [m.alternatives]), count]),
        monthField(state, (month) => update(options.setMonth(month))),
      ]),
      // The month's choice says what it changes; the select itself stays short enough to read.
      ...(state.month === null ? [el("p", { class: "hint" }, [m.anyMonthHint])] : []),
      group(
        m.modes,
        MODES.map((mode) =>
          checkbox(`mode-${mode}`, m.modeNames[mode], state.modes.includes(mode), (on) =>
            update(options.toggleMode(mode, on)),
          ),
        ),
        "inline",
      ),
      foldable(
        m.moreOptions(setElsewhere(state)),
        moreOpen || setElsewhere(state) > 0,
        (open) => {
          moreOpen = open;
        },
        [
          checkbox("distinct", m.distinctAlternatives, state.distinctAlternatives, (on) =>
            update(options.setDistinctAlternatives(on)),
          ),
          checkbox("planned", m.includePlanned, state.includePlanned, (on) =>
            update(options.setIncludePlanned(on)),
          ),
          group(
            m.avoidCountries,
            byName.map((code) =>
              checkbox(
                `avoid-${code}`,
                countryName(code, language),
                state.avoidCountries.includes(code),
                (on) => update(options.toggleAvoidCountry(code, on)),
              ),
            ),
            "columns",
          ),
          placeListControl({
            key: "avoid",
            legend: m.avoidPlaces,
            chosen: state.avoidPlaces,
            places,
            search,
            language,
            add: (id) => update(options.toggleAvoidPlace(id, true)),
            remove: (id) => update(options.toggleAvoidPlace(id, false)),
          }),
          placeListControl({
            key: "via",
            legend: m.via,
            chosen: state.via,
            places,
            search,
            language,
            add: (id) => update(addVia(id)),
            remove: (id) => update(removeVia(id)),
          }),
          group(m.stayInCorridors, [
            el("p", { class: "hint" }, [m.anyCorridor]),
            ...text.corridors.map((c) =>
              checkbox(
                `inside-${c.id}`,
                c.name[language],
                state.corridors.includes(c.id),
                (on) => update(options.toggleStayInCorridor(c.id, on)),
                c.color,
              ),
            ),
          ]),
        ],
      ),
    ]);
  });
}

/** How many places, countries and corridors the folded part holds. */
const setElsewhere = (state: AppState) =>
  state.avoidCountries.length +
  state.avoidPlaces.length +
  state.via.length +
  state.corridors.length;

function foldable(
  title: string,
  open: boolean,
  toggled: (open: boolean) => void,
  children: Node[],
) {
  const details = el("details", { class: "more-options", open }, [
    el("summary", { "data-key": "more-options" }, [title]),
    ...children,
  ]);
  details.addEventListener("toggle", () => toggled(details.open));
  return details;
}
