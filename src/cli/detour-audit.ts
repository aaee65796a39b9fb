// Detours: routes by km between capitals, ports and border crossings that run more than twice their
// great-circle distance, or leave the country both ends share. `npm run data:detours` lists them.
import type { Dataset, Place } from "../core/dataset";
import { greatCircleKm } from "../core/geo";
import { buildNetworkGraph } from "../core/network-graph";
import { compileRoutingIndex, findRoutes } from "../core/routing";

/** National capitals in the network (kind "city" does not say which cities are capitals). */
const CAPITALS = [
  "moscow",
  "minsk",
  "warsaw",
  "astana",
  "bishkek",
  "tashkent",
  "ashgabat",
  "kabul",
  "islamabad",
  "tehran",
  "baku",
  "tbilisi",
  "ankara",
];

const MAX_DETOUR_FACTOR = 2;
/** Near pairs are not detours for a few hundred km: a route between two neighbouring crossings
 * on different lines may run a few hundred km and still be the only one. */
const MIN_EXCESS_KM = 300;

export interface Detour {
  from: string;
  to: string;
  km: number;
  greatCircleKm: number;
  /** "long": more than twice the great-circle distance; "abroad": leaves the ends' shared country. */
  kind: "long" | "abroad";
  countries: string[];
  /** Modes the route uses, in the order of its legs (duplicates removed). */
  modes: string[];
}

const home = (place: Place) => place.countries[0];

/** Every pair once (from before to in the places' order), operational links, by km. */
export function findDetours(dataset: Dataset): Detour[] {
  const index = compileRoutingIndex(buildNetworkGraph(dataset), dataset);
  const ends = dataset.places.filter(
    (p) => CAPITALS.includes(p.id) || p.kind === "port" || p.kind === "border-crossing",
  );
  const detours: Detour[] = [];
  ends.forEach((a, i) => {
    for (const b of ends.slice(i + 1)) {
      const best = findRoutes(index, { from: a.id, to: b.id, k: 1 }).routes[0];
      if (!best) continue;
      const gc = Math.round(greatCircleKm(a, b));
      const shared = home(a) === home(b) ? home(a) : undefined;
      const modes = [...new Set(best.legs.map((leg) => leg.mode))];
      const base = {
        from: a.id,
        to: b.id,
        km: best.km,
        greatCircleKm: gc,
        countries: best.countries,
        modes,
      };
      if (best.km > MAX_DETOUR_FACTOR * gc && best.km - gc > MIN_EXCESS_KM)
        detours.push({ ...base, kind: "long" });
      if (
        shared &&
        a.kind !== "border-crossing" &&
        b.kind !== "border-crossing" &&
        best.countries.some((c) => c !== shared)
      )
        detours.push({ ...base, kind: "abroad" });
    }
  });
  return detours;
}

/** Places at or beyond the mountain passes of the Hindu Kush, Pamir, Tian Shan and Karakoram. */
const MOUNTAIN_ENDS = new Set([
  "torkham",
  "kharlachi",
  "kabul",
  "islamabad",
  "irkeshtam",
  "torugart",
  "khunjerab",
  "dostuk_dustlik",
  "khanabad_jalal_abad",
]);
/** Georgia, Türkiye and Iran's crossings into Türkiye: only the corridors' trunk lines are modelled. */
const CAUCASUS_TURKEY_ENDS = new Set([
  "razi_kapikoy",
  "bazargan_gurbulak",
  "kartsakhi_cildir",
  "sarp",
  "ankara",
  "tbilisi",
  "poti",
  "batumi",
  "boyuk_kasik",
  "samur_yalama",
  "astara_ir",
  "astara_az",
]);
const CASPIAN_NORTH = new Set([
  "astrakhan",
  "olya",
  "aksaraiskaya_ganyushkino",
  "makhachkala",
  "iletsk",
]);
/** What the north-Caspian places are going round the sea to: Kazakhstan's Caspian side and each other. */
const CASPIAN_NORTH_GOALS = new Set([...CASPIAN_NORTH, "aktau", "kuryk", "bolashak_serhetyaka"]);
const CHINA_CROSSINGS = new Set(["altynkol", "dostyk", "bakhty"]);

/** Why a detour is accepted, by rule (data/README.md, "Detours"). */
export function detourReason(detour: Detour): string {
  const ends = [detour.from, detour.to];
  const any = (set: Set<string>) => ends.some((end) => set.has(end));
  if (detour.modes.includes("sea") || detour.modes.includes("ferry")) return "sea";
  if (any(MOUNTAIN_ENDS)) return "mountains";
  if (any(CAUCASUS_TURKEY_ENDS)) return "caucasus-turkey";
  if (any(CASPIAN_NORTH) && ends.every((end) => CASPIAN_NORTH_GOALS.has(end)))
    return "caspian-north";
  if (any(CHINA_CROSSINGS)) return "china-crossings";
  return "trunk-lines";
}
