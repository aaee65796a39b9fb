// The countries a route passes in order, and its border crossings (the changes of country).

interface CountryTrail {
  changes: number;
  countries: string[];
}

/**
 * Each place is in one of its countries (a crossing place in either of its two); the countries in
 * order are those of the assignment with the fewest changes, so a crossing between A and B reads
 * "A, B" and two crossing places on the same border ("Astara AZ", "Astara IR") count once.
 */
export function countriesInOrder(placeCountries: readonly (readonly string[])[]): string[] {
  let trails = new Map<string, CountryTrail>();
  for (const countries of placeCountries) {
    const next = new Map<string, CountryTrail>();
    for (const country of countries) next.set(country, extendTrail(trails, country));
    trails = next;
  }
  let best: CountryTrail | undefined;
  for (const trail of trails.values()) if (!best || trail.changes < best.changes) best = trail;
  return best?.countries ?? [];
}

function extendTrail(trails: Map<string, CountryTrail>, country: string): CountryTrail {
  let best: CountryTrail = { changes: 0, countries: [country] };
  let first = true;
  for (const [last, trail] of trails) {
    const stays = last === country;
    const changes = trail.changes + (stays ? 0 : 1);
    if (first || changes < best.changes) {
      best = { changes, countries: stays ? trail.countries : [...trail.countries, country] };
      first = false;
    }
  }
  return best;
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
