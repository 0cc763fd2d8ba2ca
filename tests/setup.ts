import '@testing-library/jest-dom/vitest';
import { afterEach, expect } from 'vitest';
import { LOCALES, loadLocale } from '../src/i18n/strings.ts';

// Every language is in before a test renders one: the app and the embed load each on demand
// (and tests/browser/ shows it), which no unit or component test is about.
await Promise.all(LOCALES.map(loadLocale));

// A warning is a bug: Svelte's dev-mode warnings (a proxy compared by identity, a keyed
// list with repeats, an ownership breach) fail the test that caused them, rather than
// scrolling by in the log.
const svelteWarnings: string[] = [];
const warn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  const first = String(args[0] ?? '');
  if (first.includes('[svelte]')) svelteWarnings.push(first.replace(/%c/g, '').split('\n')[0] ?? first);
  warn(...args);
};

afterEach(() => {
  const found = svelteWarnings.splice(0);
  expect(found, 'Svelte warned during this test').toEqual([]);
});
