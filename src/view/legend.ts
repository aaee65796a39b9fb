// The legend: what each place colour, link style, status and route mark means (from the appearance rules).
import { LINK_STATUSES, MODES, PLACE_KINDS } from "../core/dataset";
import type { AppState } from "../state/app-state";
import type { Store } from "../state/store";
import {
  AVOIDED_COLOUR,
  DESTINATION_COLOUR,
  linkStyle,
  NO_CORRIDOR_COLOUR,
  ORIGIN_COLOUR,
  PLACE_STYLES,
  ROUTE_COLOURS,
} from "./appearance";
import { el, styled } from "./dom";
import { messages } from "./i18n/messages";
import { rebuild, watch } from "./panel-kit";

const dot = (colour: string, size: number) =>
  styled(el("span", { class: "dot" }), {
    background: colour,
    width: `${size * 2}px`,
    height: `${size * 2}px`,
  });

/** A short line drawn with a CSS dashed border, as the map draws the link. */
function line(size: number, dash: [number, number], colour: string, opacity: number) {
  const pattern =
    dash[0] === 0 ? "" : `,transparent ${dash[0]}px,transparent ${dash[0] + dash[1]}px`;
  const stripes =
    dash[0] === 0
      ? colour
      : `repeating-linear-gradient(90deg,${colour} 0,${colour} ${dash[0]}px${pattern})`;
  return styled(el("span", { class: "line" }), {
    background: stripes,
    height: `${Math.max(1, size)}px`,
    opacity: String(opacity),
  });
}

const item = (sample: Node, label: string) => el("li", {}, [sample, label]);

export function mountLegend(section: HTMLElement, store: Store<AppState>) {
  return watch(store, ["language"], (state) => {
    const m = messages(state.language);
    const kinds = PLACE_KINDS.map((kind) => item(dot(PLACE_STYLES[kind].color, 5), m.kinds[kind]));
    const modes = MODES.map((mode) => {
      const style = linkStyle(mode, "operational");
      return item(line(style.size, style.dash, NO_CORRIDOR_COLOUR, 1), m.modeNames[mode]);
    });
    const statuses = LINK_STATUSES.map((status) => {
      const style = linkStyle("rail", status);
      return item(
        line(style.size, style.dash, NO_CORRIDOR_COLOUR, style.opacity),
        m.statuses[status],
      );
    });
    const marks = [
      item(dot(ORIGIN_COLOUR, 6), m.marks.origin),
      item(dot(DESTINATION_COLOUR, 6), m.marks.destination),
      item(dot(AVOIDED_COLOUR, 5), m.marks.avoided),
      item(
        el(
          "span",
          { class: "route-swatches" },
          ROUTE_COLOURS.map((c) => line(4, [0, 0], c, 1)),
        ),
        m.routeColours,
      ),
    ];
    rebuild(section, [
      el("details", { open: true }, [
        el("summary", { "data-key": "legend" }, [m.legend]),
        el("h3", {}, [m.places]),
        el("ul", { class: "legend-list" }, kinds),
        el("h3", {}, [m.links, " — ", m.linkColourNote]),
        el("ul", { class: "legend-list" }, modes),
        el("h3", {}, [m.status]),
        el("ul", { class: "legend-list" }, statuses),
        el("h3", {}, [m.routes]),
        el("ul", { class: "legend-list" }, marks),
        el("p", { class: "hint" }, [`${m.projection}: ${m.projectionName}. ${m.basemapCredit}`]),
      ]),
    ]);
  });
}
