/**
 * Between the validator's paths and the studio's form: the id of the field a problem is in,
 * so that a click on the problem takes the editor there, and the source's own spelling of a
 * quote that differs from it only by its typography, for the one-click fix.
 */
import { foldTypography } from '../model/typography.ts';
import { normalizeWhiteSpace } from '../model/validate.ts';

/** `events[3].quotes[0].text` → `f-events-3-quotes-0-text`: every form field's id is made this way. */
export function fieldId(path: string): string {
  return `f-${path.replace(/[[\].]+/g, '-').replace(/-$/, '')}`;
}

/** Which part of the studio a path is in, and the index of its item. */
export function placeOf(path: string): { part: 'story' | 'sources' | 'actors' | 'events' | 'path'; index: number | null } {
  const match = /^(sources|actors|events|path)\[(\d+)\]/.exec(path);
  return match ? { part: match[1] as 'sources' | 'actors' | 'events' | 'path', index: Number(match[2]) } : { part: 'story', index: null };
}

/** The field to focus for a path: the nearest one the form has (a list's own path names its first entry's field or the list). */
export function focusTarget(path: string, exists: (id: string) => boolean): string | null {
  for (let candidate = path; candidate !== ''; candidate = candidate.replace(/(?:\.[A-Za-z]+|\[\d+\])$/, '')) {
    const id = fieldId(candidate);
    if (exists(id)) return id;
    if (!/(?:\.[A-Za-z]+|\[\d+\])$/.test(candidate)) break;
  }
  return null;
}

/**
 * The passage of `source` that `quote` stands for but for its typography (’ for ', – for -,
 * … for ...), in the source's own characters; undefined when there is none.
 */
export function sourceSpelling(quote: string, source: string): string | undefined {
  const text = normalizeWhiteSpace(source);
  const folded = foldTypography(text);
  const plain = foldTypography(normalizeWhiteSpace(quote).trim()).text;
  if (plain === '') return undefined;
  const at = folded.text.indexOf(plain);
  if (at < 0) return undefined;
  const from = folded.from[at] as number;
  const to = folded.from[at + plain.length - 1] as number;
  return text.slice(from, to + 1);
}
