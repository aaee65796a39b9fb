// Names written on the basemap so the region is recognised at a glance: countries and seas, with their anchors.

import type { Language } from "../../core/dataset";
import { countryName } from "../../text/country-names";

export interface BasemapLabel {
  /** ISO alpha-2 for a country (named by the browser in the reader's language); a sea's own names otherwise. */
  country?: string;
  sea?: { en: string; fr: string };
  lon: number;
  lat: number;
}

export const BASEMAP_LABELS: BasemapLabel[] = [
  { country: "KZ", lon: 67, lat: 48.6 },
  { country: "RU", lon: 50, lat: 56.8 },
  { country: "CN", lon: 92, lat: 40 },
  { country: "UZ", lon: 63.5, lat: 41.6 },
  { country: "TM", lon: 58.2, lat: 39.3 },
  { country: "KG", lon: 75.3, lat: 41.7 },
  { country: "TJ", lon: 70.8, lat: 38.6 },
  { country: "AF", lon: 65.5, lat: 33.3 },
  { country: "PK", lon: 70, lat: 29.2 },
  { country: "IR", lon: 55, lat: 32.6 },
  { country: "AZ", lon: 47.6, lat: 40.6 },
  { country: "GE", lon: 43.6, lat: 42.2 },
  { country: "TR", lon: 35, lat: 39 },
  { country: "IN", lon: 77, lat: 22 },
  { country: "SA", lon: 45, lat: 24 },
  { country: "MN", lon: 103, lat: 46.5 },
  { country: "UA", lon: 32, lat: 49 },
  { country: "BY", lon: 28, lat: 53.5 },
  { country: "PL", lon: 19.3, lat: 52 },
  { country: "DE", lon: 10.4, lat: 51 },
  { sea: { en: "Caspian Sea", fr: "mer Caspienne" }, lon: 50.8, lat: 41.8 },
  { sea: { en: "Persian Gulf", fr: "golfe Persique" }, lon: 51.3, lat: 27.3 },
  { sea: { en: "Arabian Sea", fr: "mer d’Arabie" }, lon: 63, lat: 19.5 },
  { sea: { en: "Black Sea", fr: "mer Noire" }, lon: 34.5, lat: 43.3 },
  { sea: { en: "Aral Sea", fr: "mer d’Aral" }, lon: 59.8, lat: 45.5 },
];

export function labelText(label: BasemapLabel, language: Language): string {
  return label.sea ? label.sea[language] : countryName(label.country ?? "", language);
}
