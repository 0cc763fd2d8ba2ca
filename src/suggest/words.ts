/**
 * Regular expressions with word boundaries that know accented letters. JavaScript's `\b`
 * knows only [A-Za-z0-9_], even with the `u` flag, so /déclaré\b/ fails before a space and
 * /\bà venir/ never matches: `wordRegExp` reads `\b` as a boundary between a letter or digit
 * and anything else, whatever the script.
 */
const BOUNDARY = '(?:(?<=[\\p{L}\\p{N}_])(?![\\p{L}\\p{N}_])|(?<![\\p{L}\\p{N}_])(?=[\\p{L}\\p{N}_]))';

export function wordRegExp(pattern: RegExp): RegExp {
  const flags = pattern.flags.includes('u') ? pattern.flags : `${pattern.flags}u`;
  return new RegExp(pattern.source.replace(/(?<!\\)((?:\\\\)*)\\b/g, `$1${BOUNDARY}`), flags);
}
