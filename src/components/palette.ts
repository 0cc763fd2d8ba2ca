/** The country colours' index, for the components; the colours themselves are in theme/palette.ts. */
export { COUNTRY_SWATCHES, countryColourIndex } from '../theme/palette.ts';
