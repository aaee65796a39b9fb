// A valid network file of any size for the browser tests: the benchmark's generated places and links.
import { readFileSync } from "node:fs";
import { generateNetwork } from "../../bench/geo-network";

/** One country for every place: a land link between countries would have to pass a border crossing. */
const COUNTRY = "KZ";
const ESTIMATE = { basis: "estimate", sources: ["bench"], rule: "generated" } as const;

const corridorId = (number: number) => (number === 0 ? "bench" : `bench-${number}`);

/**
 * The network as the text of one JSON network file, valid for the data/ validator. Its corridors form
 * a binary tree under "bench"; the links are shared out among them in turn.
 */
export function generatedNetworkJson(placeCount: number, seed = 7, corridorCount = 1): string {
  const { places, links } = generateNetwork(placeCount, seed);
  // The shipped crossings' own times name places this network does not have, and customs unions and
  // country speeds countries it does not have; all cite sources it does not carry.
  const {
    crossingHours: _crossings,
    customsUnions: _unions,
    countrySpeeds: _speeds,
    ...timeModel
  } = JSON.parse(readFileSync(new URL("../../data/time-model.json", import.meta.url), "utf8"));
  return JSON.stringify({
    places: places.map((place) => ({
      ...place,
      countries: [COUNTRY],
      position: { ...ESTIMATE, precisionKm: 1 },
    })),
    links: links.map((link, number) => ({
      ...link,
      corridors: [corridorId(number % corridorCount)],
      hours: Math.max(0.1, link.hours),
      length: ESTIMATE,
      time: ESTIMATE,
    })),
    corridors: Array.from({ length: corridorCount }, (_, number) => ({
      id: corridorId(number),
      name: { en: `Generated ${number}`, fr: `Généré ${number}` },
      color: "#336699",
      description: { en: "Generated links", fr: "Liaisons générées" },
      sources: ["bench"],
      ...(number > 0 && { parent: corridorId(Math.floor((number - 1) / 2)) }),
      termini: [places[number % places.length]?.id],
    })),
    sources: [{ key: "bench", title: "Generated network", publisher: "Corridor Explorer tests" }],
    timeModel: { ...timeModel, sources: ["bench"] },
  });
}
