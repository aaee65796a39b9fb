// Appearance rules (pure): place kind → colour and size, link mode and status → width, dashes and opacity.
import {
  LINK_STATUSES,
  type LinkStatus,
  MODES,
  type Mode,
  type PlaceKind,
} from "../../core/dataset";

export interface PlaceStyle {
  color: string;
  /** Radius in screen pixels at the initial zoom. */
  size: number;
}

export const PLACE_STYLES: Record<PlaceKind, PlaceStyle> = {
  city: { color: "#1d2b3a", size: 6.5 },
  port: { color: "#0b5f8a", size: 5.5 },
  "dry-port": { color: "#a65200", size: 5 },
  junction: { color: "#6b7280", size: 3.5 },
  "border-crossing": { color: "#b0135a", size: 4.5 },
};

/** Dash and gap in screen pixels; [0, 0] draws a solid line. */
export type Dash = [number, number];

export interface LinkStyle {
  size: number;
  dash: Dash;
  opacity: number;
}

const MODE_STYLES: Record<Mode, { size: number; dash: Dash }> = {
  rail: { size: 2.6, dash: [0, 0] },
  road: { size: 1.3, dash: [0, 0] },
  sea: { size: 1.4, dash: [2, 4] },
  ferry: { size: 2.4, dash: [3, 3] },
};

const STATUS_STYLES: Record<LinkStatus, { dash: Dash; opacity: number }> = {
  operational: { dash: [0, 0], opacity: 1 },
  "under-construction": { dash: [10, 4], opacity: 0.8 },
  planned: { dash: [6, 6], opacity: 0.5 },
};

/** Sea and ferry keep their dotted line at any status; land links not yet open are dashed. */
function styleOf(mode: Mode, status: LinkStatus): LinkStyle {
  const byMode = MODE_STYLES[mode];
  const byStatus = STATUS_STYLES[status];
  const dotted = byMode.dash[0] > 0;
  return {
    size: byMode.size,
    dash: dotted ? byMode.dash : byStatus.dash,
    opacity: byStatus.opacity,
  };
}

/** Each mode's style at each status, written once: a big network's links share a dozen. */
const LINK_STYLES = Object.fromEntries(
  MODES.map((mode) => [
    mode,
    Object.fromEntries(LINK_STATUSES.map((status) => [status, styleOf(mode, status)])),
  ]),
) as Record<Mode, Record<LinkStatus, Readonly<LinkStyle>>>;

/** A link's style (throws for a mode or status it does not know). */
export function linkStyle(mode: Mode, status: LinkStatus): Readonly<LinkStyle> {
  const style = LINK_STYLES[mode]?.[status];
  if (!style)
    throw new Error(`no link style for mode ${String(mode)} and status ${String(status)}`);
  return style;
}

export const NO_CORRIDOR_COLOUR = "#8a8f98";
export const FADED_COLOUR = "#c9cdd2";
export const ORIGIN_COLOUR = "#0a7d32";
export const DESTINATION_COLOUR = "#c62828";
export const AVOIDED_COLOUR = "#111111";
/** What a what-if scenario closes: dark red, closed links dashed. */
export const CLOSED_COLOUR = "#8b1a1a";
export const CLOSED_DASH: Dash = [4, 3];
/** Crossings sized by the chokepoint ranking. */
export const CRITICAL_COLOUR = "#6a1b9a";

/** One colour per listed route, far from each other and readable on the pale basemap. */
// One colour per route the engine can list (up to 10), distinct on the light basemap.
export const ROUTE_COLOURS = ["#d7263d", "#1b4fd8", "#0f9d58", "#8e44ad", "#e67e00"].concat([
  "#00838f",
  "#c2185b",
  "#6d4c41",
  "#7cb342",
  "#455a64",
]);

export function routeColour(rank: number): string {
  return ROUTE_COLOURS[rank % ROUTE_COLOURS.length] as string;
}

/** Each listed route's line besides its colour, for readers who tell colours apart badly:
 * route 1 solid, route 2 dashed, route 3 dotted, then longer and shorter dashes. */
export const ROUTE_DASHES: readonly Dash[] = [
  [0, 0],
  [14, 6],
  [3, 5],
  [24, 6],
  [8, 4],
];

export function routeDash(rank: number): Dash {
  return ROUTE_DASHES[rank % ROUTE_DASHES.length] as Dash;
}

/** A link takes the colour of its first corridor that is shown. */
export function linkColour(
  corridors: readonly string[],
  colours: ReadonlyMap<string, string>,
  isShown: (corridor: string) => boolean,
): string | null {
  if (corridors.length === 0) return NO_CORRIDOR_COLOUR;
  const shown = corridors.find(isShown);
  return shown === undefined ? null : (colours.get(shown) ?? NO_CORRIDOR_COLOUR);
}

/** "#rrggbb" at an opacity, as sigma's "rgba(...)" colour. */
export function withOpacity(hex: string, opacity: number): string {
  if (opacity >= 1) return hex;
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(value >> 16) & 255},${(value >> 8) & 255},${value & 255},${opacity})`;
}

/** Places and links shrink on narrow maps (down to 55 % at 500 px wide) so the network stays legible. */
export function mapScale(width: number): number {
  return Math.max(0.55, Math.min(1, width / 900));
}
