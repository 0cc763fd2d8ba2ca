/**
 * One source for the inks: theme/palette.ts. The page takes them as custom properties that
 * StoryView's rules pick by colour scheme; nothing else in its stylesheet names a colour.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COUNTRY_SWATCHES, countryColourIndex, DARK, LIGHT, THEME_STYLE, themeProperties } from '../../../src/theme/palette.ts';
import * as components from '../../../src/components/palette.ts';

const storyView = readFileSync('src/components/StoryView.svelte', 'utf8');
const styles = /<style>([\s\S]*)<\/style>/.exec(storyView)?.[1] ?? '';
/** The custom properties a rule block declares: `--ink: var(--ink-light)` gives ['--ink', 'var(--ink-light)']. */
function declarations(block: string): Map<string, string> {
  return new Map([...block.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((match) => [match[1] as string, (match[2] as string).trim()]));
}
const lightBlock = /^ {2}\.story-view \{([^}]*)\}/m.exec(styles)?.[1] ?? '';
const darkBlock = /@media \(prefers-color-scheme: dark\) \{\s*\.story-view \{([^}]*)\}/.exec(styles)?.[1] ?? '';

describe('the palette', () => {
  it('has a colour per swatch in either scheme, and hex colours only', () => {
    for (const inks of [LIGHT, DARK]) {
      expect(inks.countries).toHaveLength(COUNTRY_SWATCHES);
      for (const [, value] of themeProperties(inks, 'light')) expect(value).toMatch(/^#(?:[0-9a-f]{3}){1,2}$/);
    }
    expect(new Set(LIGHT.countries).size).toBe(COUNTRY_SWATCHES);
    expect([...countryColourIndex(['US', 'FR', 'AU', 'GB', 'CN', 'JP', 'NZ'])]).toEqual([
      ['US', 0],
      ['FR', 1],
      ['AU', 2],
      ['GB', 3],
      ['CN', 4],
      ['JP', 5],
    ]);
    // The components' module is the same one.
    expect(components.countryColourIndex).toBe(countryColourIndex);
    expect(components.COUNTRY_SWATCHES).toBe(COUNTRY_SWATCHES);
  });

  it('names both schemes’ inks in one declaration list for the page', () => {
    const set = new Map(THEME_STYLE.split(';').map((declaration) => declaration.split(':') as [string, string]));
    expect(set.get('--ink-light')).toBe(LIGHT.ink);
    expect(set.get('--ink-dark')).toBe(DARK.ink);
    expect(set.get('--control-border-dark')).toBe(DARK.controlBorder);
    expect(set.get('--country-5-light')).toBe(LIGHT.countries[5]);
    expect(set.size).toBe(2 * (Object.keys(LIGHT).length - 1 + COUNTRY_SWATCHES));
  });

  it('is what StoryView’s rules pick, each scheme its own, and they name no colour of their own', () => {
    expect(storyView).toMatch(/<div class="story-view"[^>]* style=\{THEME_STYLE\}/);
    const light = declarations(lightBlock);
    const dark = declarations(darkBlock);
    for (const [name] of themeProperties(LIGHT, 'light')) {
      const property = name.replace(/-light$/, '');
      expect(light.get(property), property).toBe(`var(${name})`);
      expect(dark.get(property), property).toBe(`var(${property}-dark)`);
    }
    expect(styles).not.toMatch(/#[0-9a-f]{3,8}\b/i);
  });
});
