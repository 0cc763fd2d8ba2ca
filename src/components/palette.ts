/**
 * Country colours from the Okabe–Ito palette, which stays distinguishable with the common
 * colour-vision deficiencies. Yellow and black are left out (yellow fails against white,
 * black against the dark theme), and so is grey, which means "another country". Only the
 * most frequent countries get a colour of their own and the others share the grey, which
 * the legend names: colours repeated past six would tell the reader two countries are one.
 */
export const COUNTRY_SWATCHES = 6;

/** Colour index by country, for the first COUNTRY_SWATCHES of `countries` (most frequent first). */
export function countryColourIndex(countries: readonly string[]): Map<string, number> {
  return new Map(countries.slice(0, COUNTRY_SWATCHES).map((code, i) => [code, i]));
}
