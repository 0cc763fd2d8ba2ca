/**
 * The compact control bar folds the facets and the key behind two buttons, "Filters" and
 * "How to read this": a reader opens them before ticking a country or reading the key.
 */
import { screen } from '@testing-library/svelte';
import type { UserEvent } from '@testing-library/user-event';
import { STRINGS, type Locale } from '../../src/i18n/strings.ts';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The bar's "Filters" button, whose name may go on to say how many filters are chosen: "Filters, 2 chosen". */
export const filtersButton = (locale: Locale = 'en') =>
  screen.getByRole('button', { name: new RegExp(`^${escape(STRINGS[locale].filters)}(,|$)`) });

/** The bar's "How to read this" button. */
export const keyButton = (locale: Locale = 'en') => screen.getByRole('button', { name: STRINGS[locale].howToRead });

/** Opens the Filters panel (if it is not open yet) and returns it. */
export async function openFilters(user: UserEvent, locale: Locale = 'en'): Promise<HTMLElement> {
  const button = filtersButton(locale);
  if (button.getAttribute('aria-expanded') !== 'true') await user.click(button);
  return screen.getByRole('region', { name: STRINGS[locale].filters });
}

/** Opens the key, "How to read this" (if it is not open yet), and returns it. */
export async function openKey(user: UserEvent, locale: Locale = 'en'): Promise<HTMLElement> {
  const button = keyButton(locale);
  if (button.getAttribute('aria-expanded') !== 'true') await user.click(button);
  return screen.getByRole('region', { name: STRINGS[locale].howToRead });
}
