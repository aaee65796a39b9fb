// A corridor card's lines in the reader's language: its km by status and its published figures.
import type { CorridorOutline } from "../core/corridors";
import type { CorridorFigure, Language } from "../core/dataset";
import { LINK_STATUSES } from "../core/dataset";
import { formatNumber, labelled, messages } from "./messages";

/** "5,807 km of links · 4,900 km operational · 907 km planned": the statuses it has, operational first. */
export function corridorKmLine(km: CorridorOutline["km"], language: Language): string {
  const m = messages(language);
  const total = LINK_STATUSES.reduce((sum, status) => sum + km[status], 0);
  const parts = LINK_STATUSES.filter((status) => km[status] > 0).map(
    (status) => `${m.corridorKm(formatNumber(km[status], language))} ${m.kmStatuses[status]}`,
  );
  return [m.corridorLinksKm(formatNumber(total, language)), ...parts].join(" · ");
}

/** "Volume 2024: 4.5 Mt", "Capacity (target): 10 Mt a year", "Transit time 2024: 8–10 days". */
export function figureLine(figure: CorridorFigure, language: Language): string {
  const m = messages(language);
  const outlook = figure.outlook ? ` (${m.figureOutlooks[figure.outlook]})` : "";
  const year = figure.year === undefined ? "" : ` ${figure.year}`;
  const number = (value: number) => formatNumber(value, language, 1);
  const value =
    figure.high === undefined
      ? number(figure.value)
      : `${number(figure.value)}–${number(figure.high)}`;
  return labelled(
    `${m.figureMeasures[figure.measure]}${year}${outlook}`,
    `${value} ${m.figureUnits[figure.unit]}`,
    language,
  );
}
