import { mount } from 'svelte';
import Studio from './Studio.svelte';
import { loadLocale, pickLocale } from '../i18n/strings.ts';
import './studio.css';

const target = document.getElementById('studio');
if (!target) throw new Error('studio.html has no #studio element');
const initialLocale = pickLocale(new URL(location.href).searchParams.get('lang') ?? navigator.language);
// The reader's words in that language (the preview, the date bases) are in before the studio
// first renders; should they fail to load, the studio opens in English rather than not at all.
void loadLocale(initialLocale)
  .then(
    () => initialLocale,
    () => 'en' as const,
  )
  .then((locale) => mount(Studio, { target, props: { initialLocale: locale } }));
