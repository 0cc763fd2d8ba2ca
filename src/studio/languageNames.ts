/**
 * A language's name in that language ("Deutsch", "Español", "العربية"), from the platform,
 * as a language switch offers it: an editor looks for their own language's name, whatever
 * the language the page is in. Capitalised, as a name standing alone in a menu is, though
 * French and Spanish write it lower case in a sentence.
 */
const names = new Map<string, string>();

export function ownName(tag: string): string {
  let name = names.get(tag);
  if (name === undefined) {
    try {
      const own = new Intl.DisplayNames([tag], { type: 'language', fallback: 'code' }).of(tag) ?? tag;
      name = own.charAt(0).toLocaleUpperCase(tag) + own.slice(1);
    } catch {
      // A tag Intl refuses (a hand-edited dataset's "xx-?") is shown as written.
      name = tag;
    }
    names.set(tag, name);
  }
  return name;
}
