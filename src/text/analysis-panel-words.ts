// The page's compare, what-if and chokepoint panels in words, in English and French (the tables'
// column titles and the scenario's summary come from analysis-table-words, shared with the CLI).
import type { PresetId } from "../core/analysis/scenario-presets";
import type { Language, Mode } from "../core/dataset";

const EN_WORDS = {
  heading: "Compare and what-if",
  compare: "Compare corridors",
  compareHint:
    "One row per corridor that can carry the trip: its best route when the route keeps to that corridor wherever it can, kept when the corridor carries more of it than any other. A row shows its route on the map.",
  compareButton: "Compare corridors for this trip",
  compareEnds: (from: string, to: string) => `Compare corridors ${from} → ${to}`,
  compareNeedsTrip:
    "Pick an origin and a destination to compare the corridors that can carry the trip.",
  comparing: "Comparing the corridors…",
  showRow: (corridor: string) => `Show the route by ${corridor}`,
  keepingTo: (corridor: string) => `The routes keep to ${corridor} where they can.`,
  anyCorridor: "Any corridor",
  scenario: "What if…",
  scenarioHint:
    "Close countries, modes or what a preset closes: every route on this page is then found without them, and the table tries the set of trips before and after.",
  presets: "Presets from the sources",
  presetNames: {
    "russia-closed": "Russia closed to transit",
    "iran-closed": "Iran closed",
    "afghanistan-closed": "Afghanistan closed",
    "caspian-ferries-stopped": "Caspian ferries stopped",
    winter: "Winter (January)",
  } satisfies Record<PresetId, string>,
  closeCountries: "Close countries",
  closeCrossings: "Close border crossings",
  closeCorridors: "Close corridors",
  /** A crossing's or corridor's box: its own words, not the bare name other boxes carry. */
  closeOne: (name: string) => `Close: ${name}`,
  closeModes: "Close modes",
  /** Each its own words: the options' mode boxes are labelled by the bare mode name. */
  closeMode: {
    rail: "Close rail",
    road: "Close road",
    sea: "Close sea",
    ferry: "Close ferry",
  } satisfies Record<Mode, string>,
  openAll: "Open everything again",
  nothingClosed: "Nothing is closed: tick a preset, a country or a mode.",
  closedNow: (count: number) =>
    count === 1
      ? "1 place or link closed (dark red on the map)."
      : `${count} places and links closed (dark red on the map).`,
  working: "Working…",
  standardTrips: (count: number) =>
    `Tried on the ${count} standard trips: Kazakhstan’s trade lanes (weighted by their turnover), the corridors’ termini and the sources’ flagship trips.`,
  noStandardTrips: "This network has no standard trips: load your own list of trips.",
  fileTrips: (count: number, file: string) => `Tried on ${count} trips from ${file}.`,
  loadTrips: "Load trips (CSV)…",
  tripsHint: "A .csv file with the columns origin, destination and, optionally, weight (in USD).",
  tripsRefused: (file: string) => `${file} was not read; the trips stay as they were:`,
  showTrip: (trip: string) => `Show ${trip} on the map`,
  chokepoints: "Chokepoints",
  chokepointsHint:
    "Each crossing and link on the trips’ best routes is closed in turn (with the scenario above): those that cut off the most trips, or add the most days, come first.",
  rankBy: "Rank by",
  rank: "Rank the chokepoints",
  progress: (done: number, total: number) => `Closing each in turn: ${done} of ${total}`,
  showLayer: "Size the crossings on the map by how critical they are",
  downloadCsv: "Download CSV",
  problem: "The analysis failed:",
};

type Words = typeof EN_WORDS;

const FR_WORDS: Words = {
  heading: "Comparer et scénarios",
  compare: "Comparer les corridors",
  compareHint:
    "Une ligne par corridor qui peut porter le trajet : son meilleur itinéraire quand l’itinéraire suit ce corridor partout où il le peut, retenu quand ce corridor en porte plus qu’aucun autre. Une ligne montre son itinéraire sur la carte.",
  compareButton: "Comparer les corridors pour ce trajet",
  compareEnds: (from: string, to: string) => `Comparer les corridors ${from} → ${to}`,
  compareNeedsTrip:
    "Choisissez une origine et une destination pour comparer les corridors qui peuvent porter le trajet.",
  comparing: "Comparaison des corridors…",
  showRow: (corridor: string) => `Montrer l’itinéraire par ${corridor}`,
  keepingTo: (corridor: string) => `Les itinéraires suivent ${corridor} là où ils le peuvent.`,
  anyCorridor: "N’importe quel corridor",
  scenario: "Et si…",
  scenarioHint:
    "Fermez des pays, des modes ou ce que ferme un préréglage : chaque itinéraire de la page est alors cherché sans eux, et le tableau essaie l’ensemble des trajets avant et après.",
  presets: "Préréglages tirés des sources",
  presetNames: {
    "russia-closed": "Russie fermée au transit",
    "iran-closed": "Iran fermé",
    "afghanistan-closed": "Afghanistan fermé",
    "caspian-ferries-stopped": "Ferries de la Caspienne à l’arrêt",
    winter: "Hiver (janvier)",
  },
  closeCountries: "Fermer des pays",
  closeCrossings: "Fermer des postes-frontières",
  closeCorridors: "Fermer des corridors",
  closeOne: (name: string) => `Fermer : ${name}`,
  closeModes: "Fermer des modes",
  closeMode: {
    rail: "Fermer le rail",
    road: "Fermer la route",
    sea: "Fermer la mer",
    ferry: "Fermer le ferry",
  },
  openAll: "Tout rouvrir",
  nothingClosed: "Rien n’est fermé : cochez un préréglage, un pays ou un mode.",
  closedNow: (count: number) =>
    count <= 1
      ? `${count} lieu ou liaison fermé (en rouge foncé sur la carte).`
      : `${count} lieux et liaisons fermés (en rouge foncé sur la carte).`,
  working: "Calcul…",
  standardTrips: (count: number) =>
    `Essayé sur les ${count} trajets types : les axes du commerce du Kazakhstan (pondérés par leur volume), les terminus des corridors et les trajets phares des sources.`,
  noStandardTrips: "Ce réseau n’a pas de trajets types : chargez votre propre liste de trajets.",
  fileTrips: (count: number, file: string) => `Essayé sur ${count} trajets de ${file}.`,
  loadTrips: "Charger des trajets (CSV)…",
  tripsHint:
    "Un fichier .csv avec les colonnes origin, destination et, si vous le souhaitez, weight (en USD).",
  tripsRefused: (file: string) => `${file} n’a pas été lu ; les trajets restent les mêmes :`,
  showTrip: (trip: string) => `Montrer ${trip} sur la carte`,
  chokepoints: "Points d’étranglement",
  chokepointsHint:
    "Chaque passage et chaque liaison des meilleurs itinéraires des trajets est fermé tour à tour (avec le scénario ci-dessus) : ceux qui coupent le plus de trajets, ou ajoutent le plus de jours, viennent en tête.",
  rankBy: "Classer par",
  rank: "Classer les points d’étranglement",
  progress: (done: number, total: number) => `Fermeture tour à tour : ${done} sur ${total}`,
  showLayer: "Dimensionner les passages sur la carte selon leur importance",
  downloadCsv: "Télécharger en CSV",
  problem: "L’analyse a échoué :",
};

export const PANEL_WORDS: Record<Language, Words> = { en: EN_WORDS, fr: FR_WORDS };
