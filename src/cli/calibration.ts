// The time model beside published trip times: each trip of data/published-times.json routed by hours
// through its via places and around the countries it avoided, with the model's days, the error against the published typical time, and
// whether the model falls within 25 %.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  type Dataset,
  MODES,
  type Mode,
  PUBLISHED_TRIP_FIELDS,
  type PublishedTrip,
} from "../core/dataset";
import { buildNetworkGraph } from "../core/network-graph";
import { compileRoutingIndex, findRoutes, type Route } from "../core/routing";
import { readRecord } from "../core/table-schema";
import { networkText } from "../text/network-text";
import { noRouteReason } from "../text/no-route-reason";
import { routeNames } from "../text/route-names";
import { DEFAULT_DATA_DIR } from "./read-dataset";

export interface CalibrationRow {
  trip: PublishedTrip;
  /** The best route by hours, when there is one. */
  route?: Route;
  /** The model's days on it for what the source timed, or null when there is none. */
  modelDays: number | null;
  /** The same with the slow figures its crossings' sources give (= modelDays for a sailing). */
  modelSlowDays: number | null;
  /** (model − published typical) ÷ published typical, or null without a route. */
  error: number | null;
  /** False when the trip's own modes give no route and all modes were used instead. */
  ownModes: boolean;
  /** Why there is no route, when there is none. */
  reason?: string;
}

/** Within this share of the published typical time counts as a fit (issue 11: 25 %). */
export const TOLERANCE = 0.25;

/** The published trips; a field the schema does not declare, or an unknown mode, is an error. */
export function readPublishedTrips(dir: string = DEFAULT_DATA_DIR): PublishedTrip[] {
  const rows: unknown[] = JSON.parse(readFileSync(join(dir, "published-times.json"), "utf8"));
  return rows.map((row, position) => {
    const fail = (field: string) => {
      throw new Error(`published-times.json #${position + 1}: ${field}`);
    };
    const trip = readRecord(PUBLISHED_TRIP_FIELDS, row, (path) => fail(`unknown field ${path}`));
    for (const mode of trip.modes) if (!MODES.includes(mode as Mode)) fail(`unknown mode ${mode}`);
    return trip;
  });
}

/**
 * The model's hours for what the trip's source timed: the whole route, or for a sailing only its
 * running time (no port calls, no border), as the source gives the time at sea alone.
 */
const timedHours = (trip: PublishedTrip, route: Route, slow = false) =>
  trip.measure === "sailing"
    ? route.legs.reduce((sum, leg) => sum + leg.hours, 0)
    : slow
      ? route.slowHours
      : route.hours;

/** Routes every trip in its own modes, or in all modes when its own give no route. */
export function calibrationRows(dataset: Dataset, trips: PublishedTrip[]): CalibrationRow[] {
  const index = compileRoutingIndex(buildNetworkGraph(dataset), dataset);
  const names = routeNames(networkText(dataset), "en", "short");
  return trips.map((trip) => {
    const query = {
      from: trip.from,
      to: trip.to,
      via: trip.via ?? [],
      k: 1,
      by: "hours" as const,
      ...(trip.avoidCountries && { avoidCountries: trip.avoidCountries }),
    };
    const own = findRoutes(index, { ...query, modes: trip.modes as Mode[] });
    const ownModes = own.routes.length > 0;
    const result = ownModes ? own : findRoutes(index, query);
    const best = result.routes[0];
    if (!best)
      return {
        trip,
        modelDays: null,
        modelSlowDays: null,
        error: null,
        ownModes,
        reason: noRouteReason(result, names, "en"),
      };
    const modelDays = timedHours(trip, best) / 24;
    return {
      trip,
      route: best,
      modelDays,
      modelSlowDays: timedHours(trip, best, true) / 24,
      error: (modelDays - trip.days.typical) / trip.days.typical,
      ownModes,
    };
  });
}

export const withinTolerance = (row: CalibrationRow) =>
  row.error !== null && Math.abs(row.error) <= TOLERANCE;

const days = (n: number) => n.toFixed(1);
const range = (typical: number, slow: number) =>
  days(typical) === days(slow) ? days(typical) : `${days(typical)}–${days(slow)}`;

const HEADER = ["trip", "run", "published days", "model days", "error", "note"];

/** A row's cells: the trip, its run, the published days, the model's days, the error and the notes. */
function cells(row: CalibrationRow): string[] {
  const { id, run, days: published } = row.trip;
  const publishedDays = range(published.typical, published.slow);
  if (row.modelDays === null || row.error === null)
    return [id, run, publishedDays, "—", "—", `no route: ${row.reason ?? "unknown"}`];
  const sign = row.error > 0 ? "+" : "";
  const notes = [
    withinTolerance(row) ? "" : "outside 25 %",
    row.ownModes ? "" : `routed in all modes: no route in ${row.trip.modes.join(" + ")} alone`,
  ].filter((text) => text !== "");
  const error = `${sign}${Math.round(row.error * 100)} %`;
  const modelDays = range(row.modelDays, row.modelSlowDays ?? row.modelDays);
  return [id, run, publishedDays, modelDays, error, notes.join("; ")];
}

const share = (rows: CalibrationRow[]) => {
  const fits = rows.filter(withinTolerance).length;
  const percent = rows.length === 0 ? 0 : Math.round((fits / rows.length) * 100);
  return `${fits} of ${rows.length} (${percent} %)`;
};

/**
 * The shares within 25 %: regular services first, the target's measure; pilots apart, as one-off
 * runs wait or hurry in ways no service model fits (data/README.md, "Regular services and pilots").
 */
function summary(rows: CalibrationRow[]): string {
  const regular = rows.filter((row) => row.trip.run === "regular");
  const pilots = rows.filter((row) => row.trip.run === "pilot");
  const unrouted = rows.filter((row) => row.modelDays === null).length;
  return `within 25 % of the published typical time: regular services ${share(regular)}; pilots ${share(pilots)}; all ${share(rows)} trips; ${unrouted} without a route`;
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
