import { mount } from 'svelte';
import Studio from './Studio.svelte';
import { pickLocale } from '../i18n/strings.ts';
import './studio.css';

const target = document.getElementById('studio');
if (!target) throw new Error('studio.html has no #studio element');
const initialLocale = pickLocale(new URL(location.href).searchParams.get('lang') ?? navigator.language);
mount(Studio, { target, props: { initialLocale } });
