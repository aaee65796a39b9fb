// The selected route's itinerary: its stages, and every leg with its figures and sources.
import type { Route, RouteLeg, RouteStage } from "../core/routing";
import type { Language } from "../state/app-state";
import { el } from "./dom";
import { formatNumber, messages } from "./i18n/messages";
import type { NetworkText } from "./network-text";
import { sourceList } from "./source-list";

export function itinerary(route: Route, language: Language, text: NetworkText): HTMLElement {
  const m = messages(language);
  return el(
    "section",
    { class: "itinerary", "aria-label": `${m.itinerary} — ${m.routeName(route.rank)}` },
    [
      el("h3", {}, [`${m.itinerary} — ${m.routeName(route.rank)}`]),
      el(
        "ol",
        { class: "stages" },
        route.stages.map((stage) => stageItem(stage, language, text)),
      ),
      el("details", { class: "legs" }, [
        el("summary", { "data-key": "legs" }, [`${m.legs} (${route.legs.length})`]),
        el(
          "ol",
          {},
          route.legs.map((leg) => legItem(leg, language, text)),
        ),
      ]),
    ],
  );
}

function figures(km: number, hours: number, language: Language): string {
  const m = messages(language);
  return `${formatNumber(km, language)} ${m.km} · ${formatNumber(hours, language, 1)} ${m.hours}`;
}

function stageItem(stage: RouteStage, language: Language, text: NetworkText): HTMLLIElement {
  const m = messages(language);
  const corridors = stage.corridors.map((id) => text.corridor(id, language)).join(", ");
  return el("li", {}, [
    el("strong", {}, [
      `${m.modeNames[stage.mode]}: ${text.place(stage.from, language)} → ${text.place(stage.to, language)}`,
    ]),
    el("div", { class: "figures" }, [figures(stage.km, stage.hours, language)]),
    corridors && el("div", { class: "corridor-names" }, [corridors]),
  ]);
}

function legItem(leg: RouteLeg, language: Language, text: NetworkText): HTMLLIElement {
  const m = messages(language);
  const status = leg.status === "operational" ? "" : ` · ${m.statuses[leg.status]}`;
  return el("li", {}, [
    el("div", {}, [`${text.place(leg.from, language)} → ${text.place(leg.to, language)}`]),
    el("div", { class: "figures" }, [
      `${m.modeNames[leg.mode]} · ${figures(leg.km, leg.hours, language)}${status}`,
    ]),
    sourceList(leg.sources, text),
  ]);
}
