// The time model beside published trip times: each trip of data/published-times.json routed by hours
// through its via places, with the model's days, the error against the published typical time, and
// whether the model falls within 25 %.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Dataset, Mode } from "../core/dataset";
import { buildNetworkGraph } from "../core/network-graph";
import { compileRoutingIndex, findRoutes } from "../core/routing";
import { networkText } from "../text/network-text";
import { noRouteReason } from "../text/no-route-reason";
import { routeNames } from "../text/route-names";
import { DEFAULT_DATA_DIR } from "./read-dataset";

export interface PublishedTrip {
  id: string;
  from: string;
  to: string;
  via?: string[];
  modes: Mode[];
  days: { typical: number; slow: number };
  measure: string;
  year: number;
  sources: string[];
  note: string;
}

export interface CalibrationRow {
  trip: PublishedTrip;
  /** The model's days on the best route by hours, or null when there is none. */
  modelDays: number | null;
  /** (model − published typical) ÷ published typical, or null without a route. */
  error: number | null;
  /** False when the trip's own modes give no route and all modes were used instead. */
  ownModes: boolean;
  /** Why there is no route, when there is none. */
  reason?: string;
}

/** Within this share of the published typical time counts as a fit (issue 11: 25 %). */
export const TOLERANCE = 0.25;

export function readPublishedTrips(dir: string = DEFAULT_DATA_DIR): PublishedTrip[] {
  return JSON.parse(readFileSync(join(dir, "published-times.json"), "utf8")) as PublishedTrip[];
}

/** Routes every trip in its own modes, or in all modes when its own give no route. */
export function calibrationRows(dataset: Dataset, trips: PublishedTrip[]): CalibrationRow[] {
  const index = compileRoutingIndex(buildNetworkGraph(dataset), dataset);
  const names = routeNames(networkText(dataset), "en", "short");
  return trips.map((trip) => {
    const query = { from: trip.from, to: trip.to, via: trip.via ?? [], k: 1, by: "hours" as const };
    const own = findRoutes(index, { ...query, modes: trip.modes });
    const ownModes = own.routes.length > 0;
    const result = ownModes ? own : findRoutes(index, query);
    const best = result.routes[0];
    if (!best)
      return {
        trip,
        modelDays: null,
        error: null,
        ownModes,
        reason: noRouteReason(result, names, "en"),
      };
    const modelDays = best.hours / 24;
    return {
      trip,
      modelDays,
      error: (modelDays - trip.days.typical) / trip.days.typical,
      ownModes,
    };
  });
}

export const withinTolerance = (row: CalibrationRow) =>
  row.error !== null && Math.abs(row.error) <= TOLERANCE;

const days = (n: number) => n.toFixed(1);
const range = ({ typical, slow }: PublishedTrip["days"]) =>
  typical === slow ? days(typical) : `${days(typical)}–${days(slow)}`;

const HEADER = ["trip", "published days", "model days", "error", "note"];

/** A row's cells: the trip, the published days, the model's days, the error and the notes. */
function cells(row: CalibrationRow): string[] {
  const published = range(row.trip.days);
  if (row.modelDays === null || row.error === null)
    return [row.trip.id, published, "—", "—", `no route: ${row.reason ?? "unknown"}`];
  const sign = row.error > 0 ? "+" : "";
  const notes = [
    withinTolerance(row) ? "" : "outside 25 %",
    row.ownModes ? "" : `routed in all modes: no route in ${row.trip.modes.join(" + ")} alone`,
  ].filter((text) => text !== "");
  const error = `${sign}${Math.round(row.error * 100)} %`;
  return [row.trip.id, published, days(row.modelDays), error, notes.join("; ")];
}

function summary(rows: CalibrationRow[]): string {
  const fits = rows.filter(withinTolerance).length;
  const routed = rows.filter((row) => row.modelDays !== null).length;
  return `within 25 % of the published typical time: ${fits} of ${rows.length} trips (${Math.round((fits / rows.length) * 100)} %); ${rows.length - routed} without a route`;
}

/** The table `npm run data:calibrate` prints, tab-separated, with the share within 25 % last. */
export function calibrationReport(rows: CalibrationRow[]): string {
  const lines = [HEADER, ...rows.map(cells)].map((line) => line.join("\t"));
  return `${[...lines, summary(rows)].join("\n")}\n`;
}

const START = "<!-- calibration: written by npm run data:calibrate -- --readme -->";
const END = "<!-- end of calibration -->";

/** The same table in Markdown, for data/README.md. */
function calibrationMarkdown(rows: CalibrationRow[]): string {
  const line = (values: string[]) => `| ${values.join(" | ")} |`;
  const table = [line(HEADER), line(HEADER.map(() => "---")), ...rows.map((r) => line(cells(r)))];
  const total = summary(rows);
  return `${table.join("\n")}\n\n${total.charAt(0).toUpperCase()}${total.slice(1)}.\n`;
}

/** The README with its calibration table written anew between its markers (left alone without them). */
export function withCalibrationTable(readme: string, rows: CalibrationRow[]): string {
  const open = readme.indexOf(START);
  const close = readme.indexOf(END, open);
  if (open < 0 || close < 0) return readme;
  return `${readme.slice(0, open)}${START}\n${calibrationMarkdown(rows)}${readme.slice(close)}`;
}
