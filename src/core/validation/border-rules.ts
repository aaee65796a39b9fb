// Borders: a land link between countries passes a border-crossing place, and every crossing leads on
// to each of its countries. Sea and ferry links are exempt: customs are cleared at the ports.
import { asArray, type RecordChecker } from "./record-checker";

/** Modes whose links may join two countries directly: the border is cleared at the ports. */
const PORT_CLEARED_MODES: readonly string[] = ["sea", "ferry"];

interface PlaceFacts {
  countries: string[];
  crossing: boolean;
}

function placeFacts(places: RecordChecker[]): Map<string, PlaceFacts> {
  const facts = new Map<string, PlaceFacts>();
  for (const place of places) {
    const id = place.get("id");
    const countries = asArray(place.get("countries"));
    if (typeof id !== "string" || !countries?.every((c) => typeof c === "string")) continue;
    facts.set(id, {
      countries: countries as string[],
      crossing: place.get("kind") === "border-crossing",
    });
  }
  return facts;
}

const shareCountry = (a: PlaceFacts, b: PlaceFacts) =>
  a.countries.some((c) => b.countries.includes(c));
const show = (id: string, place: PlaceFacts) => `"${id}" (${place.countries.join("/")})`;

/**
 * A land link whose ends share no country is refused (so a route between countries always passes a
 * border-crossing place, where the border is charged), and so is a crossing with no link to a place of
 * one of its countries. A place counts as lying in its first country (a crossing's own side). Crossings'
 * sides are not judged while a link names an unknown place (that problem is reported on its own).
 */
export function checkBorders(places: RecordChecker[], links: RecordChecker[]) {
  const facts = placeFacts(places);
  const reached = new Map<string, Set<string>>();
  let unknownEnds = false;
  const reach = (crossing: string, other: PlaceFacts) => {
    const side = other.countries[0];
    if (side === undefined) return;
    const sides = reached.get(crossing) ?? new Set<string>();
    sides.add(side);
    reached.set(crossing, sides);
  };
  for (const link of links) {
    const fromId = link.get("from");
    const toId = link.get("to");
    if (typeof fromId !== "string" || typeof toId !== "string") {
      unknownEnds = true;
      continue;
    }
    const [from, to] = [facts.get(fromId), facts.get(toId)];
    if (!from || !to) {
      unknownEnds = true;
      continue;
    }
    if (from.crossing) reach(fromId, to);
    if (to.crossing) reach(toId, from);
    if (PORT_CLEARED_MODES.includes(String(link.get("mode"))) || shareCountry(from, to)) continue;
    const why =
      from.crossing || to.crossing
        ? "a crossing links only to places of its own countries"
        : "a land link between countries must pass a border-crossing place";
    link.fail("to", `${show(fromId, from)} and ${show(toId, to)} share no country: ${why}`);
  }
  // A link to an unknown place is reported by its own check; the sides it was meant to join are unknown.
  if (unknownEnds) return;
  for (const place of places) {
    const id = place.get("id");
    const crossing = typeof id === "string" ? facts.get(id) : undefined;
    if (!crossing?.crossing || typeof id !== "string") continue;
    for (const country of crossing.countries.filter((c) => !reached.get(id)?.has(c))) {
      place.fail(
        "countries",
        `border crossing ${show(id, crossing)} has no link to a place in ${country}: its ${country} side is missing`,
      );
    }
  }
}
