// Route numbers drawn on their lines, in the route's colour, after each frame's labels.
import type Sigma from "sigma";
import type { Box } from "../labels/label-placement";
import { routeColour } from "./appearance";
import type { DisplayLines } from "./display-lines";
import type { RouteBadge } from "./route-badges";

const RADIUS = 9;

/** Where each badge in view sits on screen: halfway along its leg's line, or between its ends. */
function badgePoints(renderer: Sigma, badges: readonly RouteBadge[], lines: DisplayLines) {
  const { width, height } = renderer.getDimensions();
  return badges.flatMap((badge) => {
    const middle = lines.runs.get(badge.link)?.middle;
    const point = middle ? renderer.graphToViewport(middle) : midpoint(renderer, badge);
    if (!point) return [];
    const { x, y } = point;
    return x < 0 || y < 0 || x > width || y > height ? [] : [{ badge, x, y }];
  });
}

function midpoint(renderer: Sigma, badge: RouteBadge) {
  const ends = [badge.from, badge.to].map((id) => renderer.getNodeDisplayData(id));
  const [from, to] = ends.map((data) => data && renderer.framedGraphToViewport(data));
  if (!from || !to) return undefined;
  return { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 };
}

/** The squares the badges cover, kept clear of place labels. */
export function badgeBoxes(
  renderer: Sigma,
  badges: readonly RouteBadge[],
  lines: DisplayLines,
): Box[] {
  const reach = RADIUS + 1;
  return badgePoints(renderer, badges, lines).map(({ x, y }) => ({
    left: x - reach,
    top: y - reach,
    right: x + reach,
    bottom: y + reach,
  }));
}

export function drawRouteBadges(
  renderer: Sigma,
  badges: readonly RouteBadge[],
  lines: DisplayLines,
): void {
  const context = renderer.getCanvases().labels?.getContext("2d");
  if (!context) return;
  context.font = "700 11px system-ui, sans-serif";
  context.textAlign = "center";
  context.textBaseline = "middle";
  for (const { badge, x, y } of badgePoints(renderer, badges, lines)) {
    context.beginPath();
    context.arc(x, y, RADIUS, 0, Math.PI * 2);
    context.fillStyle = routeColour(badge.route);
    context.fill();
    context.lineWidth = 2;
    context.strokeStyle = "#ffffff";
    context.stroke();
    context.fillStyle = "#ffffff";
    context.fillText(String(badge.route + 1), x, y + 0.5);
  }
  context.textAlign = "start";
  context.textBaseline = "alphabetic";
}
