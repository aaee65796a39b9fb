// The command line's route table in words: headings, figures and warnings, in English and French.
import type { Criterion } from "../core/routing/criteria";
import { messages } from "./messages";

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
/** French takes the singular for 0 and 1 ("0 escale", "1 escale"). */
const compte = (n: number, one: string, many: string) => `${n} ${n <= 1 ? one : many}`;

export const TABLE_WORDS = {
  en: {
    heading: (trip: string, by: Criterion, routes: number) =>
      `${trip} — by ${messages("en").criteria[by].toLowerCase()}, ${count(routes, "route", "routes")}`,
    stoppedEarly: "The search stopped at its work limit: other routes may exist.",
    closedIn: messages("en").closedIn,
    noRoute: "No route.",
    /** A label before its value: "Countries: …" in English, "Pays : …" in French. */
    label: (name: string) => `${name}:`,
    route: (rank: number) => `Route ${rank}`,
    days: (days: string) => `${days} days`,
    crossings: (n: number) => count(n, "border crossing", "border crossings"),
    modeChanges: (n: number) => count(n, "mode change", "mode changes"),
    gaugeChanges: (n: number) => count(n, "gauge change", "gauge changes"),
    portCalls: (n: number) => count(n, "port call", "port calls"),
    countries: "Countries",
    differs: "Differs from route 1",
    unbuilt: "uses planned or under-construction links",
    seasonal: (what: string, months: string) => `seasonal: ${what} is closed in ${months}`,
    alongLeg: "along the leg",
    stages: "Stages",
    transfers: "Transfers",
    legs: "Legs",
    columns: {
      mode: "mode",
      stretch: "stretch",
      km: "km",
      hours: "hours",
      corridors: "corridors",
      afterLeg: "after leg",
      at: "at",
      transfer: "transfer",
      leg: "#",
      from: "from",
      to: "to",
      status: "status",
      sources: "sources",
    },
  },
  fr: {
    heading: (trip: string, by: Criterion, routes: number) =>
      `${trip} — par ${messages("fr").criteria[by].toLowerCase()}, ${compte(routes, "itinéraire", "itinéraires")}`,
    stoppedEarly:
      "La recherche s’est arrêtée à sa limite de travail : d’autres itinéraires peuvent exister.",
    closedIn: messages("fr").closedIn,
    noRoute: "Aucun itinéraire.",
    label: (name: string) => `${name} :`,
    route: (rank: number) => `Itinéraire ${rank}`,
    days: (days: string) => `${days} jours`,
    crossings: (n: number) => compte(n, "passage de frontière", "passages de frontière"),
    modeChanges: (n: number) => compte(n, "changement de mode", "changements de mode"),
    gaugeChanges: (n: number) => compte(n, "changement d’écartement", "changements d’écartement"),
    portCalls: (n: number) => compte(n, "escale", "escales"),
    countries: "Pays",
    differs: "Diffère de l’itinéraire 1",
    unbuilt: "emprunte des liaisons prévues ou en construction",
    seasonal: (what: string, months: string) => `saisonnier : ${what} est fermé en ${months}`,
    alongLeg: "le long du tronçon",
    stages: "Étapes",
    transfers: "Transferts",
    legs: "Tronçons",
    columns: {
      mode: "mode",
      stretch: "parcours",
      km: "km",
      hours: "heures",
      corridors: "corridors",
      afterLeg: "après tronçon",
      at: "à",
      transfer: "transfert",
      leg: "#",
      from: "de",
      to: "à",
      status: "statut",
      sources: "sources",
    },
  },
};
