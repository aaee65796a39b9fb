// A route's figures as the reader reads them: "3,743 km · 10.4 days · 3 border crossings".
import type { Route } from "../core/routing";
import type { Language } from "../state/app-state";
import { formatNumber, messages } from "./i18n/messages";

export function routeFigures(route: Pick<Route, "km" | "days" | "crossings">, language: Language) {
  const m = messages(language);
  return [
    `${formatNumber(route.km, language)} ${m.km}`,
    `${formatNumber(route.days, language, 1)} ${m.days}`,
    m.crossingsCount(route.crossings),
  ].join(" · ");
}
