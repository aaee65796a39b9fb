// A route's figures as the reader reads them: "3,743 km · 9.7–11.2 days · 3 border crossings".

import type { Language } from "../../core/dataset";
import type { Route } from "../../core/routing";
import { formatNumber, messages } from "../../text/messages";

type Figures = Pick<Route, "km" | "days" | "slowDays" | "crossings">;

/** "9.7" or "9.7–11.2" where sources give slow figures for the route's crossings. */
function dayRange(route: Figures, language: Language): string {
  const typical = formatNumber(route.days, language, 1);
  return route.slowDays > route.days
    ? `${typical}–${formatNumber(route.slowDays, language, 1)}`
    : typical;
}

/** The route cards' figures, and the exported map's summary. */
export function routeFigures(route: Figures, language: Language): string {
  const m = messages(language);
  return [
    `${formatNumber(route.km, language)} ${m.km}`,
    `${dayRange(route, language)} ${m.days}`,
    m.crossingsCount(route.crossings),
  ].join(" · ");
}
