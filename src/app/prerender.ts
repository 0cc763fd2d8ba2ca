/**
 * The page's first markup, rendered at build time by Svelte's server renderer (see
 * prerenderPage in vite.config.ts): the masthead, the story's events in time order with
 * their dates in words, and the story in full with its quotes and sources. Readers see the
 * story before the script has run, search engines index it, and a reader without
 * JavaScript reads it; the script then takes the same markup over (src/app/main.ts).
 */
import { render } from 'svelte/server';
import App from './App.svelte';

export function prerenderApp(): { head: string; body: string } {
  return render(App, { props: { params: new URLSearchParams(), initialLocale: 'en', prerendered: true } });
}
