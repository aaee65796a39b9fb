// The command line's analysis tables in words (corridor comparison, scenario, chokepoints), in English
// and French: headings, column titles, statuses, the scenario's summary, and numbers as each language
// writes them ("3,743" and "1.6" in English, "3 743" and "1,6" in French).
import type { ChokepointOrder } from "../core/analysis/chokepoints";
import type { ScenarioSummary, TripChange } from "../core/analysis/scenario-report";
import type { Language } from "../core/dataset";
import type { Criterion } from "../core/routing/criteria";
import { formatNumber, messages } from "./messages";

/** Numbers, shares and amounts written as the language writes them. */
export function analysisNumbers(language: Language) {
  const number = (value: number, digits = 1) => formatNumber(value, language, digits);
  const signed = (value: number | undefined) =>
    value === undefined ? "" : `${value > 0 ? "+" : ""}${number(value)}`;
  const billions = (usd: number) =>
    `${number(usd / 1e9, usd < 1e9 ? 2 : 1)} ${language === "fr" ? "Md USD" : "bn USD"}`;
  const percent = (share: number) => `${Math.round(share * 100)} %`;
  return { number, signed, billions, percent };
}

const criterion = (language: Language, by: Criterion) =>
  messages(language).criteria[by].toLowerCase();

/** French takes the singular below 2: "0 jour", "1,5 jour", "2 jours". */
const frenchDays = (days: number) => (Math.abs(days) < 2 ? "jour" : "jours");

/** French takes the singular for 0 and 1. */
const plural = (language: Language, n: number, one: string, many: string) =>
  `${n} ${n === 1 || (language === "fr" && n === 0) ? one : many}`;

export const ANALYSIS_WORDS = {
  en: {
    compareHeading: (trip: string, by: Criterion, rows: number) =>
      `${trip} — corridors by ${criterion("en", by)}, ${plural("en", rows, "corridor", "corridors")}`,
    compareStoppedEarly: "The comparison stopped at its work limit: corridors may be missing.",
    noCorridor: "No corridor carries this trip.",
    needsPlanned: "needs planned links",
    operational: "operational",
    compareColumns: {
      rank: "#",
      corridor: "corridor",
      km: "km",
      days: "days",
      crossings: "crossings",
      gaugeChanges: "gauge changes",
      share: "on corridor",
      status: "status",
      countries: "countries",
    },
    scenarioHeading: (closed: string[], by: Criterion) =>
      `Scenario: ${closed.length > 0 ? closed.join("; ") : "nothing closed"} — best routes by ${criterion("en", by)}`,
    closure: {
      preset: (id: string) => `preset ${id}`,
      country: (name: string) => `country ${name}`,
      place: (name: string) => `place ${name}`,
      link: (id: string) => `link ${id}`,
      mode: (mode: string) => `mode ${mode}`,
      corridor: (name: string) => `corridor ${name}`,
      month: (month: string) => `month ${month}`,
    },
    summary: (summary: ScenarioSummary) => {
      const n = analysisNumbers("en");
      const parts = [
        `${summary.rerouted} of ${plural("en", summary.trips, "trip", "trips")} rerouted (${n.signed(summary.meanExtraDays)} days on average), ${summary.cut} cut off`,
      ];
      if (summary.tradeUsd > 0)
        parts.push(
          `${n.billions(summary.reroutedUsd)} of the lanes' trade moves to routes ${n.number(summary.reroutedExtraDays)} days longer on average; ${n.billions(summary.cutUsd)} has no route`,
        );
      return `${parts.join(". ")}.`;
    },
    searchStoppedEarly: "A search stopped at its work limit: a route may be missing.",
    change: {
      same: "same",
      rerouted: "rerouted",
      cut: "cut",
      "no-route": "no route before",
    } satisfies Record<TripChange, string>,
    scenarioColumns: {
      trip: "trip",
      kmBefore: "km before",
      daysBefore: "days before",
      kmAfter: "km after",
      daysAfter: "days after",
      extraDays: "extra days",
      crossings: "crossings",
      change: "change",
      newRoute: "new route",
    },
    tripsCut: "Trips that lose every route:",
    chokepointsHeading: (order: ChokepointOrder) =>
      `Chokepoints — each crossing and link on the trips' best routes closed in turn, ranked by ${CHOKEPOINT_ORDER_WORDS.en[order]}`,
    kind: { crossing: "crossing", link: "link" },
    chokepointColumns: {
      rank: "#",
      kind: "kind",
      element: "crossing or link",
      trips: "trips",
      cut: "trips cut",
      tradeCut: "trade cut",
      extraDays: "extra days",
    },
  },
  fr: {
    compareHeading: (trip: string, by: Criterion, rows: number) =>
      `${trip} — corridors par ${criterion("fr", by)}, ${plural("fr", rows, "corridor", "corridors")}`,
    compareStoppedEarly:
      "La comparaison s’est arrêtée à sa limite de travail : des corridors peuvent manquer.",
    noCorridor: "Aucun corridor ne dessert ce trajet.",
    needsPlanned: "demande des liaisons prévues",
    operational: "en service",
    compareColumns: {
      rank: "#",
      corridor: "corridor",
      km: "km",
      days: "jours",
      crossings: "frontières",
      gaugeChanges: "changements d’écartement",
      share: "sur le corridor",
      status: "statut",
      countries: "pays",
    },
    scenarioHeading: (closed: string[], by: Criterion) =>
      `Scénario : ${closed.length > 0 ? closed.join(" ; ") : "rien de fermé"} — meilleurs itinéraires par ${criterion("fr", by)}`,
    closure: {
      preset: (id: string) => `préréglage ${id}`,
      country: (name: string) => `pays ${name}`,
      place: (name: string) => `lieu ${name}`,
      link: (id: string) => `liaison ${id}`,
      mode: (mode: string) => `mode ${mode}`,
      corridor: (name: string) => `corridor ${name}`,
      month: (month: string) => `mois ${month}`,
    },
    summary: (summary: ScenarioSummary) => {
      const n = analysisNumbers("fr");
      const parts = [
        `${plural("fr", summary.rerouted, "trajet", "trajets")} sur ${summary.trips} ${summary.rerouted <= 1 ? "dévié" : "déviés"} (${n.signed(summary.meanExtraDays)} ${frenchDays(summary.meanExtraDays)} en moyenne), ${summary.cut} ${summary.cut <= 1 ? "coupé" : "coupés"}`,
      ];
      if (summary.tradeUsd > 0)
        parts.push(
          `${n.billions(summary.reroutedUsd)} du commerce des axes passent par des itinéraires plus longs de ${n.number(summary.reroutedExtraDays)} ${frenchDays(summary.reroutedExtraDays)} en moyenne ; ${n.billions(summary.cutUsd)} n’ont plus d’itinéraire`,
        );
      return `${parts.join(". ")}.`;
    },
    searchStoppedEarly:
      "Une recherche s’est arrêtée à sa limite de travail : un itinéraire peut manquer.",
    change: {
      same: "inchangé",
      rerouted: "dévié",
      cut: "coupé",
      "no-route": "aucun itinéraire avant",
    } satisfies Record<TripChange, string>,
    scenarioColumns: {
      trip: "trajet",
      kmBefore: "km avant",
      daysBefore: "jours avant",
      kmAfter: "km après",
      daysAfter: "jours après",
      extraDays: "jours de plus",
      crossings: "frontières",
      change: "changement",
      newRoute: "nouvel itinéraire",
    },
    tripsCut: "Trajets qui perdent tout itinéraire :",
    chokepointsHeading: (order: ChokepointOrder) =>
      `Points d’étranglement — chaque passage et chaque liaison des meilleurs itinéraires fermés tour à tour, classés par ${CHOKEPOINT_ORDER_WORDS.fr[order]}`,
    kind: { crossing: "passage", link: "liaison" },
    chokepointColumns: {
      rank: "#",
      kind: "type",
      element: "passage ou liaison",
      trips: "trajets",
      cut: "trajets coupés",
      tradeCut: "commerce coupé",
      extraDays: "jours de plus",
    },
  },
};

export const CHOKEPOINT_ORDER_WORDS: Record<Language, Record<ChokepointOrder, string>> = {
  en: { cut: "trips cut off", days: "extra days", trade: "trade cut off" },
  fr: { cut: "trajets coupés", days: "jours de plus", trade: "commerce coupé" },
};
