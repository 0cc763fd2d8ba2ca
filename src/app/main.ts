import { hydrate, mount } from 'svelte';
import App from './App.svelte';
import { loadLocale, pickLocale, type Locale } from '../i18n/strings.ts';
import { directionOf } from '../i18n/direction.ts';

const found = document.getElementById('app');
if (!found) throw new Error('index.html has no #app element');
const target: HTMLElement = found;
const params = new URL(window.location.href).searchParams;
const initialLocale = pickLocale(params.get('lang') ?? navigator.language);

// The build renders the story into the page (src/app/prerender.ts) with no query and in
// English. A visit that asks for exactly that takes the markup over where it stands; any
// other (a shared view, a French reader, another dataset) is drawn afresh in its place.
const prerendered = target.dataset.prerendered === 'en' && params.size === 0 && initialLocale === 'en';
// Mirrored from the start, so that an Arabic page does not flip once its strings are in (App keeps it after).
document.documentElement.dir = directionOf(initialLocale);
// A language other than English is a chunk of its own (src/i18n/strings.ts), in before the first render.
void loadLocale(initialLocale).then(
  () => start(initialLocale),
  () => start('en'),
);

function start(locale: Locale) {
  if (prerendered) {
    hydrate(App, { target, props: { params, initialLocale: locale, prerendered } });
  } else {
    target.replaceChildren();
    mount(App, { target, props: { params, initialLocale: locale } });
  }
}
