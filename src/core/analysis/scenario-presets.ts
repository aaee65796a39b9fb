// The scenarios the source articles point at: a country closed to transit, the Caspian ferries
// stopped, winter. Ids only: the page and the command line give their names in each language.
import type { RoutingIndex } from "../routing";
import { combineScenarios, type Scenario } from "./scenario";

export const PRESET_IDS = [
  "russia-closed",
  "iran-closed",
  "afghanistan-closed",
  "caspian-ferries-stopped",
  "winter",
] as const;
export type PresetId = (typeof PRESET_IDS)[number];

/** Ports on the Caspian Sea: a ship between two of them crosses the Caspian. */
const CASPIAN_PORTS = new Set([
  "aktau",
  "kuryk",
  "baku",
  "alat",
  "turkmenbashi",
  "astrakhan",
  "olya",
  "makhachkala",
  "anzali",
  "amirabad",
  "nowshahr",
]);

/** January: the heart of winter, when the data's seasonal closures (passes, frozen ports) apply. */
const WINTER_MONTH = 1;

/** Why each preset is worth asking about: the sources that describe the dependence it tests. */
export const PRESET_SOURCES: Record<PresetId, string[]> = {
  // Kazakhstan's trade with Russia and the INSTC's northern end (Russia's Baltic ports).
  "russia-closed": ["002_01d01d43eb4b84c0"],
  // The INSTC's three axes all end in Iran.
  "iran-closed": ["002_01d01d43eb4b84c0"],
  // Pakistan reachable from Kazakhstan through Afghanistan (KTAP, KUAP).
  "afghanistan-closed": ["000_1c700f6027af4e9d", "003_789f47600b9d46b6"],
  // The Aktau–Baku ferry's waits and queues.
  "caspian-ferries-stopped": ["S339", "S340"],
  // Each seasonal closure in data/ carries its own sources.
  winter: [],
};

/** The scenario a preset stands for, on this network (the Caspian lines it has). */
export function presetScenario(index: RoutingIndex, id: PresetId): Scenario {
  switch (id) {
    case "russia-closed":
      return { countries: ["RU"] };
    case "iran-closed":
      return { countries: ["IR"] };
    case "afghanistan-closed":
      return { countries: ["AF"] };
    case "caspian-ferries-stopped":
      return { links: caspianLines(index) };
    case "winter":
      return { month: WINTER_MONTH };
  }
}

/** Links by ferry or sea between two Caspian ports. */
function caspianLines(index: RoutingIndex): string[] {
  return index.linkIds.filter((_, number) => {
    const link = index.links[number];
    const ends = [index.linkFrom[number], index.linkTo[number]].map(
      (place) => index.placeIds[place as number] as string,
    );
    return (
      (link?.mode === "ferry" || link?.mode === "sea") && ends.every((id) => CASPIAN_PORTS.has(id))
    );
  });
}

/** A scenario as a person picks it: presets by id (resolved on the network) and closures of their own. */
export interface ScenarioChoice extends Scenario {
  presets?: PresetId[];
}

/** The one scenario a choice stands for on this network: its closures and its presets' together. */
export function resolveScenario(index: RoutingIndex, choice: ScenarioChoice): Scenario {
  const { presets = [], ...given } = choice;
  return presets.reduce(
    (sum: Scenario, preset) => combineScenarios(sum, presetScenario(index, preset)),
    given,
  );
}
