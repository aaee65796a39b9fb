// The legend panel: what each place colour, link style, status and route mark means (legendSections).
import type { AppState } from "../../state/app-state";
import type { Store } from "../../state/store";
import { messages } from "../../text/messages";
import { el, styled } from "../dom";
import { rebuild, watch } from "../panels/panel-kit";
import { type LegendSample, legendSections } from "./legend-entries";

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

function sampleOf(sample: LegendSample): Node {
  if (sample.kind === "dot") return dot(sample.colour, sample.size);
  const lines = sample.colours.map((c) => line(sample.size, sample.dash, c, sample.opacity));
  return lines.length === 1 ? (lines[0] as Node) : el("span", { class: "route-swatches" }, lines);
}

export function mountLegend(section: HTMLElement, store: Store<AppState>) {
  return watch(store, ["language"], (state) => {
    const m = messages(state.language);
    const sections = legendSections(state.language).flatMap(({ title, items }) => [
      el("h3", {}, [title]),
      el(
        "ul",
        { class: "legend-list" },
        items.map(({ sample, label }) => el("li", {}, [sampleOf(sample), label])),
      ),
    ]);
    rebuild(section, [
      el("details", { open: true }, [
        el("summary", { "data-key": "legend" }, [m.legend]),
        ...sections,
        el("p", { class: "hint" }, [`${m.projection}: ${m.projectionName}. ${m.basemapCredit}`]),
      ]),
    ]);
  });
}
