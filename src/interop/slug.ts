/** Readable ids from free text, matching IdSchema in src/model/schema.ts. */

const MAX_SLUG_LENGTH = 60;

/**
 * "Blinken meets Macron in Paris!" → "blinken-meets-macron-in-paris". Accents are folded
 * (é → e) so that French or German headlines still give readable ids; text with no Latin
 * letters or digits gives "" and the caller picks a fallback.
 */
export function slugify(text: string, maxLength = MAX_SLUG_LENGTH): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[œŒ]/g, 'oe')
    .replace(/[øØ]/g, 'o')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  // Cut at a word boundary so the id does not end in half a word.
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength)).replace(/-+$/, '');
}

/** The slug of `text`, or `fallback` when it has none, made unique against `taken` (which it joins). */
export function uniqueSlug(text: string, fallback: string, taken: Set<string>): string {
  const base = slugify(text) || fallback;
  let candidate = base;
  for (let counter = 2; taken.has(candidate); counter += 1) candidate = `${base}-${counter}`;
  taken.add(candidate);
  return candidate;
}
