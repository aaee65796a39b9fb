// The checks of a link's line: a known link, a stated alignment with sources, and positions that run
// from the link's `from` place to its `to` place.
import { ALIGNMENTS, type Position } from "../dataset";
import { greatCircleKm, type LatLon } from "../geo";
import { type RecordChecker, show } from "./record-checker";

/** A line's ends may sit off its places' positions by this much (a station or a berth off the centre). */
const LINE_END_TOLERANCE_KM = 10;
/** More points than any link needs at the map's scale; the bound keeps a pasted survey from stalling the map. */
const MAX_LINE_POINTS = 5_000;

export interface GeometryKnown {
  sources: ReadonlySet<string>;
  links: ReadonlyMap<string, { from: string; to: string }>;
  places: ReadonlyMap<string, LatLon>;
}

const isPosition = (value: unknown): value is Position =>
  Array.isArray(value) &&
  value.length === 2 &&
  value.every((n) => typeof n === "number" && Number.isFinite(n)) &&
  Math.abs(value[0]) <= 180 &&
  Math.abs(value[1]) <= 90;

export function checkGeometry(line: RecordChecker, known: GeometryKnown) {
  const linkId = line.text("link");
  const link = linkId === undefined ? undefined : known.links.get(linkId);
  if (linkId !== undefined && !link) line.fail("link", `unknown link ${show(linkId)}`);
  line.oneOf("alignment", ALIGNMENTS);
  const via = line.get("via");
  if (via !== undefined && !(Array.isArray(via) && via.every((v) => typeof v === "string" && v))) {
    line.fail("via", `expected a list of town or waypoint names, found ${show(via)}`);
  }
  line.references("sources", known.sources, "source");
  line.text("note", true);
  const coordinates = checkCoordinates(line);
  if (coordinates && link) {
    checkEnd(line, coordinates[0] as Position, link.from, known.places, "starts");
    checkEnd(line, coordinates.at(-1) as Position, link.to, known.places, "ends");
  }
}

function checkCoordinates(line: RecordChecker): Position[] | undefined {
  const value = line.get("coordinates");
  if (!Array.isArray(value) || value.length < 2 || value.length > MAX_LINE_POINTS) {
    const expected = `a list of 2 to ${MAX_LINE_POINTS.toLocaleString("en")} [longitude, latitude] positions`;
    return line.fail("coordinates", `expected ${expected}, found ${show(value)}`);
  }
  const wrong = value.findIndex((position) => !isPosition(position));
  if (wrong >= 0) {
    const expected = "[longitude, latitude] in degrees (±180, ±90)";
    return line.fail(`coordinates.${wrong}`, `expected ${expected}, found ${show(value[wrong])}`);
  }
  return value as Position[];
}

function checkEnd(
  line: RecordChecker,
  [lon, lat]: Position,
  placeId: string,
  places: GeometryKnown["places"],
  verb: "starts" | "ends",
) {
  const place = places.get(placeId);
  if (!place) return;
  const km = greatCircleKm({ lat, lon }, place);
  if (km > LINE_END_TOLERANCE_KM) {
    const side = verb === "starts" ? "from" : "to";
    line.fail(
      "coordinates",
      `${verb} ${km.toFixed(1)} km off "${placeId}", its link's ${side} place (at most ${LINE_END_TOLERANCE_KM} km: a line runs from its link's from place to its to place)`,
    );
  }
}
