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

/** A name is cut to about this many characters, at a space when there is one near the end. */
const NAME_LENGTH = 60;

const own = (table: Record<string, string>, key: string | undefined) =>
  key !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;

const isIndex = (key: string | undefined) => key !== undefined && /^\d+$/.test(key);

/** `template` with each `%` replaced by `value` (a function: `$&` in a name is not a pattern). */
const fill = (template: string, value: string | number) => template.replace('%', () => String(value));

/** The item's title (or `key`), else its id, on one line and cut short; undefined when it has neither. */
function nameOf(item: unknown, key: string): string | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const fields = item as Record<string, unknown>;
  const name = [fields[key], fields.id].find((value): value is string => typeof value === 'string' && value.trim() !== '');
  if (name === undefined) return undefined;
  const line = name
    .slice(0, 4 * NAME_LENGTH)
    .replace(/\s+/g, ' ')
    .trim();
  if (line.length <= NAME_LENGTH) return line;
  const cut = line.slice(0, NAME_LENGTH);
  const space = cut.lastIndexOf(' ');
  // Not half of a character outside the BMP (an emoji), nor a dangling space or comma.
  return `${(space > NAME_LENGTH / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]*[\ud800-\udbff]?$/, '')}…`;
}

export function problemWords(path: string, input: unknown, locale: Locale): string {
  const { colon, problemAt: words } = STRINGS[locale];
  // `events[14].quotes[0].text` → events, 14, quotes, 0, text; `(root)` and odd keys are just unknown.
  const [top, index, field, entry, sub] = String(path).match(/[^.[\]]+/g) ?? [];
  const item = own(words.item, top);
  let lead: string;
  if (item !== undefined && isIndex(index)) {
    const list = (input as Record<string, unknown> | null | undefined)?.[top as string];
    const name = nameOf(Array.isArray(list) ? list[Number(index)] : undefined, top === 'actors' ? 'name' : 'title');
    lead = fill(item, Number(index) + 1) + (name === undefined ? '' : `, ${fill(words.quoted, name)}`);
    const its = own(words.its, field);
    if (its !== undefined) {
      const one = own(words.entry, field);
      const listed = one !== undefined && isIndex(entry);
      // An entry of a list ("its first quote"), or a part of it or of an object ("the address of its media").
      const whole = listed ? words.nth(one, Number(entry) + 1) : its;
      const part = own(words.its, listed ? sub : entry);
      lead += colon + (part === undefined ? whole : words.of(words.the(part), whole));
    }
  } else {
    const its = index === undefined ? own(words.its, top) : undefined;
    lead = its === undefined ? words.dataset : words.of(words.the(its), words.dataset);
  }
  return lead.charAt(0).toUpperCase() + lead.slice(1);
}
