// English names of the countries, for the command line's sentences.

const COUNTRY_NAMES: Record<string, string> = {
  AE: "the United Arab Emirates",
  AF: "Afghanistan",
  AZ: "Azerbaijan",
  BY: "Belarus",
  CN: "China",
  DE: "Germany",
  GE: "Georgia",
  IN: "India",
  IR: "Iran",
  KG: "Kyrgyzstan",
  KZ: "Kazakhstan",
  PK: "Pakistan",
  PL: "Poland",
  RU: "Russia",
  TJ: "Tajikistan",
  TM: "Turkmenistan",
  TR: "Türkiye",
  UZ: "Uzbekistan",
};

/** English name of a country for summaries; the code itself when not known. */
export function countryName(code: string): string {
  return COUNTRY_NAMES[code] ?? code;
}
