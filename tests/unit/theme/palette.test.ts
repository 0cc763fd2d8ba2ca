/**
 * One source for the inks: theme/palette.ts. StoryView's stylesheet gets them as custom
 * properties when it is compiled (theme/preprocess.ts); nothing else in it names a colour.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { preprocess } from 'svelte/compiler';
import { COUNTRY_SWATCHES, countryColourIndex, DARK, LIGHT, inkDeclarations } from '../../../src/theme/palette.ts';
import { paletteInStyles } from '../../../src/theme/preprocess.ts';
import * as components from '../../../src/components/palette.ts';

const storyView = readFileSync('src/components/StoryView.svelte', 'utf8');
const styles = /<style>([\s\S]*)<\/style>/.exec(storyView)?.[1] ?? '';
/** The custom properties a rule block declares: `--ink: var(--ink-light)` gives ['--ink', 'var(--ink-light)']. */
function declarations(block: string): Map<string, string> {
  return new Map([...block.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((match) => [match[1] as string, (match[2] as string).trim()]));
}

describe('the palette', () => {
  it('has a colour per swatch in either scheme, and hex colours only', () => {
    for (const inks of [LIGHT, DARK]) expect(inks.countries).toHaveLength(COUNTRY_SWATCHES);
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

  it('writes each scheme’s inks into StoryView’s stylesheet when it is compiled, and the stylesheet names no colour of its own', async () => {
    const { code } = await preprocess(storyView, [paletteInStyles()], { filename: 'StoryView.svelte' });
    const compiled = /<style>([\s\S]*)<\/style>/.exec(code)?.[1] ?? '';
    const light = declarations(/^ {2}\.story-view \{([^}]*)\}/m.exec(compiled)?.[1] ?? '');
    const dark = declarations(/@media \(prefers-color-scheme: dark\) \{\s*\.story-view \{([^}]*)\}/.exec(compiled)?.[1] ?? '');
    for (const [scheme, inks, declared] of [
      ['light', LIGHT, light],
      ['dark', DARK, dark],
    ] as const) {
      expect(declared.get('--ink'), scheme).toBe(inks.ink);
      expect(declared.get('--control-border'), scheme).toBe(inks.controlBorder);
      expect(declared.get('--link-strong'), scheme).toBe(inks.linkStrong);
      inks.countries.forEach((colour, i) => expect(declared.get(`--country-${i}`), `${scheme} country ${i}`).toBe(colour));
    }
    expect(styles).not.toMatch(/#[0-9a-f]{3,8}\b/i);
  });

  it('declares every ink, in either scheme', () => {
    for (const inks of [LIGHT, DARK]) {
      const declared = declarations(`${inkDeclarations(inks)};`);
      expect(declared.size).toBe(Object.keys(inks).length - 1 + COUNTRY_SWATCHES);
      for (const value of declared.values()) expect(value).toMatch(/^#(?:[0-9a-f]{3}){1,2}$/);
    }
  });
});
