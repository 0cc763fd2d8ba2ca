/**
 * Country colours from the Okabe–Ito palette, which stays distinguishable with the common
 * colour-vision deficiencies. Yellow and black are left out: yellow fails against white
 * and black against the dark theme. Past seven countries colours repeat, so the legend
 * and the swimlane labels (not colour alone) carry the country.
 */
export const COUNTRY_SWATCHES = 7;

export function countryColourIndex(countries: readonly string[]): Map<string, number> {
  return new Map(countries.map((code, i) => [code, i % COUNTRY_SWATCHES]));
}
