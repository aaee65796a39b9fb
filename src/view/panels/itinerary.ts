// The selected route's itinerary: its stages and transfers, and every leg with its figures and sources.

import type { Language } from "../../core/dataset";
import type { Route, RouteClosure, RouteLeg, RouteStage, RouteTransfer } from "../../core/routing";
import { countryName } from "../../text/country-names";
import { formatNumber, messages } from "../../text/messages";
import { monthName } from "../../text/months";
import type { NetworkText } from "../../text/network-text";
import { closureName, routeNames } from "../../text/route-names";
import { el } from "../dom";
import { sourceList } from "./source-list";

export function itinerary(route: Route, language: Language, text: NetworkText): HTMLElement {
  const m = messages(language);
  return el(
    "section",
    { class: "itinerary", "aria-label": `${m.itinerary} — ${m.routeName(route.rank)}` },
    [
      el("h3", {}, [`${m.itinerary} — ${m.routeName(route.rank)}`]),
      ...route.closures.map((closure) => seasonalNote(closure, language, text)),
      el("ol", { class: "stages" }, stageSteps(route, language, text)),
      el("details", { class: "legs" }, [
        el("summary", { "data-key": "legs" }, [`${m.legs} (${route.legs.length})`]),
        el(
          "ol",
          {},
          route.legs.flatMap((leg, position) => [
            legItem(leg, language, text),
            ...transfersAfter(route, position, position, language, text),
          ]),
        ),
      ]),
    ],
  );
}

/** Each stage, followed by the transfers during and after it: a border is a step of its own. */
function stageSteps(route: Route, language: Language, text: NetworkText): HTMLLIElement[] {
  const steps = transfersAfter(route, -1, -1, language, text);
  let firstLeg = 0;
  for (const stage of route.stages) {
    const lastLeg = firstLeg + stage.legCount - 1;
    steps.push(stageItem(stage, language, text));
    steps.push(...transfersAfter(route, firstLeg, lastLeg, language, text));
    firstLeg = lastLeg + 1;
  }
  return steps;
}

function transfersAfter(
  route: Route,
  fromLeg: number,
  toLeg: number,
  language: Language,
  text: NetworkText,
): HTMLLIElement[] {
  return route.transfers
    .filter((transfer) => transfer.afterLeg >= fromLeg && transfer.afterLeg <= toLeg)
    .map((transfer) => transferItem(transfer, language, text));
}

function seasonalNote(closure: RouteClosure, language: Language, text: NetworkText) {
  const what = closureName(closure, routeNames(text, language));
  const months = closure.months.map((month) => monthName(month, language)).join(", ");
  return el("p", { class: "seasonal" }, [messages(language).seasonal(what, months)]);
}

/** "30.5" or "30.5–78" where a source gives the crossing's slow hours too. */
function hourRange({ hours, slowHours }: RouteTransfer, language: Language): string {
  const typical = formatNumber(hours, language, 1);
  return slowHours ? `${typical}–${formatNumber(slowHours, language, 1)}` : typical;
}

function transferItem(transfer: RouteTransfer, language: Language, text: NetworkText) {
  const m = messages(language);
  const kind = m.transferKinds[transfer.kind];
  const sides = transfer.countries
    ? ` · ${transfer.countries.map((code) => countryName(code, language)).join(" → ")}`
    : "";
  return el("li", { class: "transfer", "data-kind": transfer.kind }, [
    el("strong", {}, [m.transferAt(kind, text.place(transfer.place, language))]),
    el("div", { class: "figures" }, [`${hourRange(transfer, language)} ${m.hours}${sides}`]),
  ]);
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
