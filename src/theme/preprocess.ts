/**
 * A Svelte preprocessor, run when components are compiled (vite.config.ts and the embed's
 * build): a stylesheet comment `/* palette: light *\/` or `/* palette: dark *\/` becomes that
 * scheme's inks from theme/palette.ts as custom properties. The page's colours and the
 * print's thus come from one module, and the page pays nothing for it at run time.
 */
import type { PreprocessorGroup } from 'svelte/compiler';
import { DARK, LIGHT, inkDeclarations } from './palette.ts';

const MARKER = /\/\*\s*palette:\s*(light|dark)\s*\*\//g;
const HAS_MARKER = new RegExp(MARKER.source);

export function writeInks(css: string): string {
  return css.replace(MARKER, (_, scheme: string) => `${inkDeclarations(scheme === 'dark' ? DARK : LIGHT)};`);
}

export function paletteInStyles(): PreprocessorGroup {
  return {
    name: 'palette-in-styles',
    style: ({ content }) => (HAS_MARKER.test(content) ? { code: writeInks(content) } : undefined),
  };
}
