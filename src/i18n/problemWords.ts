/**
 * Where a problem is, in the reader's words: `events[14].quotes[0].text` of a dataset reads
 * "Event 15, “Super Bowl”: its first quote" ("Événement 15, « Super Bowl » : sa première
 * citation"). The validator's path stays for authors; this leads for readers.
 *
 * It reads the raw input (unchecked, perhaps malformed) only to name an item: by its title
 * (an actor by its name) when that is a string, else by its id, else by its number alone.
 * A path it does not know in full is worded as far as it knows it ("Event 15" for
 * `events[14].foo`, "The dataset" for anything else): it never throws.
 */
import { STRINGS, type Locale } from './strings.ts';

const INDEX = /^\d+$/;

/** A name is cut to this many characters. */
const NAME_LENGTH = 60;

/** `template` with its `%` replaced by `value` (by a function: `$&` in a name is not a pattern). */
const fill = (template: string, value: unknown) => template.replace('%', () => String(value));

/** The item's title (or `key`), else its id, on one line and cut short; undefined when it has neither. */
function nameOf(item: unknown, key: string): string | undefined {
  const fields = (item ?? {}) as Record<string, unknown>;
  const name = [fields[key], fields.id].find((value): value is string => typeof value === 'string' && value.trim() !== '');
  const line = name
    ?.slice(0, 4 * NAME_LENGTH)
    .replace(/\s+/g, ' ')
    .trim();
  // Cut after a word when one ends near the end, and never through a character outside the BMP (an emoji).
  return line && line.length > NAME_LENGTH ? `${line.slice(0, NAME_LENGTH).replace(/ \S{0,20}$|[\ud800-\udbff]$/, '')}…` : line;
}

export function problemWords(path: string, input: unknown, locale: Locale): string {
  const { colon, problemAt: words } = STRINGS[locale];
  // `events[14].quotes[0].text` → events, 14, quotes, 0, text; `(root)` and odd keys are just unknown.
  const [top = '', index = '', field = '', entry = '', sub = ''] = String(path).match(/[^.[\]]+/g) ?? [];
  const item = Object.hasOwn(words.item, top) && INDEX.test(index) ? words.item[top] : undefined;
  let lead = words.dataset;
  if (item !== undefined) {
    const list = (input as Record<string, unknown> | null | undefined)?.[top];
    const name = nameOf(Array.isArray(list) ? list[Number(index)] : undefined, top === 'actors' ? 'name' : 'title');
    lead = fill(item, Number(index) + 1) + (name ? fill(words.quoted, name) : '');
    const one = INDEX.test(entry) ? words.field(field, true) : undefined;
    // An entry of a list ("its first quote"), or a part of it or of an object ("the address of its media").
    const whole = one ? words.nth(one, Number(entry) + 1) : words.field(field);
    const part = words.field(one ? sub : entry);
    if (whole) lead += colon + (part ? words.of(words.the(part), whole) : whole);
  } else {
    const field = index ? undefined : words.field(top);
    if (field) lead = words.of(words.the(field), lead);
  }
  return lead.charAt(0).toUpperCase() + lead.slice(1);
}
