import { hydrate, mount } from 'svelte';
import App from './App.svelte';
import { pickLocale } from '../i18n/strings.ts';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
const params = new URL(window.location.href).searchParams;
const initialLocale = pickLocale(params.get('lang') ?? navigator.language);

// The build renders the story into the page (src/app/prerender.ts) with no query and in
// English. A visit that asks for exactly that takes the markup over where it stands; any
// other (a shared view, a French reader, another dataset) is drawn afresh in its place.
const prerendered = target.dataset.prerendered === 'en' && params.size === 0 && initialLocale === 'en';
if (prerendered) {
  hydrate(App, { target, props: { params, initialLocale, prerendered } });
} else {
  target.replaceChildren();
  mount(App, { target, props: { params, initialLocale } });
}
