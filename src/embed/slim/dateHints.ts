/**
 * The embed's stand-in for model/dateHints.ts: no guess of the EDTF a refused date means
 * (the date is refused, as in the app, with its reason), which keeps the embed within its
 * budget. Authors see the guesses in `npm run validate` and in the app.
 */
import type { DateHint } from '../../model/dateHints.ts';

export type { DateHint };

export function dateHints(phrase: string): DateHint[] {
  void phrase;
  return [];
}

export function describeDateHints(phrase: string): string {
  void phrase;
  return '';
}
