/**
 * The timeline's inks and country colours, light and dark, in one place: the page takes
 * them as CSS custom properties, written into StoryView's stylesheet when it is compiled
 * (theme/preprocess.ts), and the print export (interop/svg-export.ts) writes the light ones
 * into its own stylesheet.
 *
 * Country colours are from the Okabe–Ito palette, which stays distinguishable with the
 * common colour-vision deficiencies. Yellow and black are left out of the light theme
 * (yellow fails against white, black against the dark theme), and so is grey, which means
 * "another country". Only the most frequent countries get a colour of their own and the
 * others share the grey, which the legend names: colours repeated past six would tell the
 * reader two countries are one.
 */

export interface Inks {
  /** Text. */
  readonly ink: string;
  /** Secondary text, the axis, and the mark of a country without a colour of its own. */
  readonly muted: string;
  /** The background. */
  readonly surface: string;
  /** Alternate lanes, notices. */
  readonly band: string;
  /** Hairlines: the grid, frames, borders. */
  readonly rule: string;
  readonly controlBorder: string;
  readonly accent: string;
  /** The accent as text. */
  readonly accentInk: string;
  readonly focus: string;
  /** Links between events, and their emphasis when one end is selected. */
  readonly link: string;
  readonly linkStrong: string;
  /** Behind a quote's words in its source. */
  readonly highlight: string;
  /** One colour per country, by the order of the story's countries (most frequent first). */
  readonly countries: readonly string[];
}

export const LIGHT: Inks = {
  ink: '#1a1a1a',
  muted: '#595959',
  surface: '#fff',
  band: '#f4f2ed',
  rule: '#dedad1',
  controlBorder: '#8a8a8a',
  accent: '#b3261e',
  accentInk: '#a1221b',
  focus: '#1a56db',
  link: '#6b6b6b',
  linkStrong: '#1a1a1a',
  highlight: '#fde68a',
  countries: ['#0072b2', '#d55e00', '#00876a', '#b8508f', '#b57a00', '#2f8fc9'],
};

export const DARK: Inks = {
  ink: '#ececec',
  muted: '#ababab',
  surface: '#16181c',
  band: '#23262c',
  rule: '#3a3d44',
  controlBorder: '#8a8d94',
  accent: '#ff6b5e',
  accentInk: '#ff8a80',
  focus: '#7aa7ff',
  link: '#9a9a9a',
  linkStrong: '#f5f5f5',
  highlight: '#7a5c00',
  countries: ['#56b4e9', '#e69f00', '#2bc79a', '#e08dc0', '#f0e442', '#8fb8ff'],
};

/** How many countries get a colour of their own. */
export const COUNTRY_SWATCHES = 6;

/** Colour index by country, for the first COUNTRY_SWATCHES of `countries` (most frequent first). */
export function countryColourIndex(countries: readonly string[]): Map<string, number> {
  return new Map(countries.slice(0, COUNTRY_SWATCHES).map((code, i) => [code, i]));
}

export type ColourScheme = 'light' | 'dark';

/** A scheme's inks as CSS custom property declarations: `--ink:#1a1a1a;--control-border:…;--country-0:…`. */
export function inkDeclarations(inks: Inks): string {
  const { countries, ...named } = inks;
  const kebab = (key: string) => key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
  return [
    ...Object.entries(named).map(([key, value]) => `--${kebab(key)}:${value}`),
    ...countries.map((value, i) => `--country-${i}:${value}`),
  ].join(';');
}
