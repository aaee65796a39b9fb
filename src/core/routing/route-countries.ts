// The countries a route passes in order, and its border crossings (the changes of country).

/**
 * Each place adds its countries; a crossing place's two countries are put in the order that
 * continues the sequence (the one shared with the place before first, the one shared with the
 * place after last), then repeats collapse.
 */
export function countriesInOrder(placeCountries: readonly (readonly string[])[]): string[] {
  const sequence: string[] = [];
  placeCountries.forEach((countries, position) => {
    const previous = sequence[sequence.length - 1];
    const next = placeCountries[position + 1] ?? [];
    const ordered = [...countries].sort(
      (a, b) => orderRank(a, previous, next) - orderRank(b, previous, next),
    );
    for (const country of ordered) {
      if (sequence[sequence.length - 1] !== country) sequence.push(country);
    }
  });
  return sequence;
}

function orderRank(country: string, previous: string | undefined, next: readonly string[]) {
  if (country === previous) return 0;
  return next.includes(country) ? 2 : 1;
}

/** Border crossings: how many times the route changes country. */
export function crossingCount(countries: readonly string[]): number {
  return Math.max(0, countries.length - 1);
}

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
