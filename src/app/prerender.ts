/**
 * The page's first markup, rendered at build time by Svelte's server renderer (see
 * prerenderPage in vite.config.ts): the masthead, the story's events in time order with
 * their dates in words, and the story in full with its quotes and sources. Readers see the
 * story before the script has run, search engines index it, and a reader without
 * JavaScript reads it; the script then takes the same markup over (src/app/main.ts).
 * The head also carries the story as schema.org JSON-LD (src/interop/jsonld.ts).
 */
import { render } from 'svelte/server';
import App from './App.svelte';
import { bundledDataset, bundledSourceTexts } from './bundledStory.ts';
import { validateOrSalvage } from '../model/salvage.ts';
import { countryName } from '../i18n/strings.ts';
import { jsonLdScriptText, storyJsonLd } from '../interop/jsonld.ts';

export function prerenderApp(): { head: string; body: string } {
  const { head, body } = render(App, { props: { params: new URLSearchParams(), initialLocale: 'en', prerendered: true } });
  return { head: head + storyJsonLdScript(), body };
}

/** The bundled story's JSON-LD block, its sound events only (a broken one is not shown either). */
function storyJsonLdScript(): string {
  const result = validateOrSalvage(bundledDataset, { sourceTexts: bundledSourceTexts });
  if (!result.ok) return '';
  const data = storyJsonLd(result.dataset, result.events, { countryName: (code) => countryName(code, 'en') });
  return `<script type="application/ld+json">${jsonLdScriptText(data)}</script>`;
}
