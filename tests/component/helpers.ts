/**
 * Shared ways a reader finds things.
 *
 * A mark in the timeline is named by its title, a comma and its date in words as the detail
 * and the list say it: "Australia, UK and US unveil the AUKUS pact, 15 September 2021".
 *
 * The compact control bar folds the facets and the key behind two buttons, "Filters" and
 * "How to read this": a reader opens them before ticking a country or reading the key.
 */
import { screen, within } from '@testing-library/svelte';
import type { UserEvent } from '@testing-library/user-event';
import { STRINGS, type Locale } from '../../src/i18n/strings.ts';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The bar's "Filters" button, whose name may go on to say how many filters are chosen: "Filters 2 chosen". */
export const filtersButton = (locale: Locale = 'en') =>
  screen.getByRole('button', { name: new RegExp(`^${escape(STRINGS[locale].filters)}( \\d|$)`) });

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

/**
 * What the name of the mark of the event titled `title` reads like: the title, then ", "
 * and its date in words. A button named by the title alone (the list's, a related event's
 * in the detail) does not match.
 */
export const markName = (title: string) => new RegExp(`^${escape(title)}, `);

/** The mark of the event titled `title`, in `container` (the whole page unless told). */
export const markNamed = (title: string, container: HTMLElement = document.body) =>
  within(container).getByRole('button', { name: markName(title) });

/** The mark of the event titled `title`, or null when it is not drawn. */
export const queryMarkNamed = (title: string, container: HTMLElement = document.body) =>
  within(container).queryByRole('button', { name: markName(title) });

/** The date in words that the detail panel gives above its title. */
export const detailDate = (panel: HTMLElement) =>
  within(panel).getByRole('heading', { level: 2 }).previousElementSibling?.textContent?.trim() ?? '';
