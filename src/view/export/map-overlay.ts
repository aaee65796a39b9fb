// The PNG's overlay for the trip shown: its title, the selected route's figures, legend, scale and credit.
import type Sigma from "sigma";
import type { ExportOptions } from "../../core/export/export-places";
import type { RouteResult } from "../../core/routing";
import type { AppState } from "../../state/app-state";
import { formatNumber, messages } from "../../text/messages";
import { legendSections } from "../legend/legend-entries";
import { kmPerPixelAtCentre } from "../map/scale-bar";
import { scaleLength } from "../map/scale-length";
import { routeFigures } from "../panels/route-figures";
import type { ImageOverlay } from "./image-overlay";

/** As wide at most as the map's own scale bar. */
const SCALE_PIXELS = 120;

export function mapOverlay(
  renderer: Sigma,
  result: RouteResult,
  state: Pick<AppState, "language" | "selectedRoute">,
  placeAt: ExportOptions["placeAt"],
): ImageOverlay {
  const { language } = state;
  const m = messages(language);
  const name = (id: string) => placeAt(id)?.name[language] ?? id;
  const route = result.routes[Math.min(state.selectedRoute, result.routes.length - 1)];
  const scale = scaleLength(kmPerPixelAtCentre(renderer), SCALE_PIXELS);
  return {
    title: `${name(result.query.from)} → ${name(result.query.to)}`,
    summary: route ? `${m.routeName(route.rank)}: ${routeFigures(route, language)}` : "",
    legend: legendSections(language),
    scale: { ...scale, text: `${formatNumber(scale.km, language, 1)} ${m.km}` },
    credit: m.basemapCredit,
  };
}
