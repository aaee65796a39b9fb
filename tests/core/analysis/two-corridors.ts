// A literal network of two corridors between a and b, worked out by hand for the analysis tests.
// north: a –1000 km– n –1000 km– b, with c hanging off n (50 km); n is a crossing into NN.
// south: a –1600 km– s –1600 km– b. Rail at 50 km/h, no transfers: hours = km / 50.
import type { Trip } from "../../../src/core/analysis/trips";
import { indexOf, link, place } from "../routing/little-network";

export const twoCorridors = indexOf({
  places: [
    place("a", ["AA"]),
    place("n", ["AA", "NN"]),
    place("b", ["AA"]),
    place("s", ["AA"]),
    place("c", ["AA"]),
  ],
  links: [
    link("a", "n", 1000, { corridors: ["north"] }),
    link("n", "b", 1000, { corridors: ["north"] }),
    link("c", "n", 50, { corridors: ["north"] }),
    link("a", "s", 1600, { corridors: ["south"] }),
    link("s", "b", 1600, { corridors: ["south"] }),
  ],
});

export const TRIPS: Trip[] = [
  { id: "a-b", from: "a", to: "b", weightUsd: 10e9 },
  { id: "c-a", from: "c", to: "a", weightUsd: 1e9 },
];
