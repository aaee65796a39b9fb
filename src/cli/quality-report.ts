// The data quality report (`npm run data:report`): per corridor, its places and links, how many lengths
// and times are measured or estimated, and its largest uncertainties.
import { corridorFamily } from "../core/corridors";
import type { Basis, Dataset, Link, Place } from "../core/dataset";
import { greatCircleKm } from "../core/geo";

/** How many uncertainties of each kind a corridor lists. */
const UNCERTAINTIES_SHOWN = 3;

type BasisCount = Record<Basis, number>;

interface LengthFactor {
  link: string;
  km: number;
  greatCircleKm: number;
  /** km ÷ great-circle km. */
  factor: number;
}

export interface QualitySummary {
  /** A corridor's id, or "network" for every link. */
  id: string;
  name: string;
  places: number;
  links: number;
  lengths: BasisCount;
  times: BasisCount;
  /** Places with an estimated position, the least precise first. */
  leastPrecise: { place: string; precisionKm: number }[];
  /** Estimated lengths, the largest factor over great-circle distance first. */
  largestFactors: LengthFactor[];
}

/** The whole network first, then each corridor with its branches' links. */
export function qualitySummaries(dataset: Dataset): QualitySummary[] {
  const places = new Map(dataset.places.map((place) => [place.id, place]));
  const corridors = dataset.corridors.map((corridor) => {
    const family = corridorFamily(dataset.corridors, corridor.id);
    const links = dataset.links.filter((link) => link.corridors.some((id) => family.has(id)));
    return summarize(corridor.id, corridor.name.en, links, places);
  });
  return [summarize("network", "Whole network", dataset.links, places), ...corridors];
}

function summarize(
  id: string,
  name: string,
  links: Link[],
  placesById: Map<string, Place>,
): QualitySummary {
  const ends = new Set(links.flatMap((link) => [link.from, link.to]));
  const places = [...ends].flatMap((end) => placesById.get(end) ?? []);
  return {
    id,
    name,
    places: places.length,
    links: links.length,
    lengths: countBases(links.map((link) => link.length.basis)),
    times: countBases(links.map((link) => link.time.basis)),
    leastPrecise: leastPrecise(places),
    largestFactors: largestFactors(links, placesById),
  };
}

function countBases(bases: Basis[]): BasisCount {
  const count: BasisCount = { measured: 0, estimate: 0 };
  for (const basis of bases) count[basis]++;
  return count;
}

function leastPrecise(places: Place[]): QualitySummary["leastPrecise"] {
  return places
    .filter((place) => place.position.basis === "estimate")
    .sort((a, b) => b.position.precisionKm - a.position.precisionKm)
    .slice(0, UNCERTAINTIES_SHOWN)
    .map((place) => ({ place: place.id, precisionKm: place.position.precisionKm }));
}

function largestFactors(links: Link[], placesById: Map<string, Place>): LengthFactor[] {
  return links
    .filter((link) => link.length.basis === "estimate")
    .flatMap((link) => {
      const [from, to] = [placesById.get(link.from), placesById.get(link.to)];
      if (!from || !to) return [];
      const gc = greatCircleKm(from, to);
      return gc > 0
        ? [{ link: link.id, km: link.km, greatCircleKm: gc, factor: link.km / gc }]
        : [];
    })
    .sort((a, b) => b.factor - a.factor)
    .slice(0, UNCERTAINTIES_SHOWN);
}

const counted = ({ measured, estimate }: BasisCount) =>
  `${measured} measured, ${estimate} estimated`;

/** One block per summary, in plain text. */
export function formatQualityReport(summaries: QualitySummary[]): string {
  return summaries.map(formatSummary).join("\n");
}

function formatSummary(s: QualitySummary): string {
  const precise = s.leastPrecise.map((p) => `${p.place} ±${p.precisionKm} km`);
  const factors = s.largestFactors.map(
    (f) =>
      `${f.link} ${f.km} km = great-circle ${Math.round(f.greatCircleKm)} × ${f.factor.toFixed(2)}`,
  );
  return [
    `${s.name} (${s.id}): ${s.places} places, ${s.links} links`,
    `  lengths: ${counted(s.lengths)}; times: ${counted(s.times)}`,
    `  least precise positions: ${precise.join(", ") || "none estimated"}`,
    `  largest length factors (estimates): ${factors.join(", ") || "no estimated length"}`,
    "",
  ].join("\n");
}
