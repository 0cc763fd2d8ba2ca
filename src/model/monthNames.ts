/**
 * Month names in English and French, accents folded, as editors write them in a date: whole
 * or cut short ("Sept", "janv.", "déc"). Shared by dateHints.ts (the EDTF a refused date
 * probably means) and datePhrase.ts (the studio's date field).
 */
const MONTHS = [
  'january janvier',
  'february fevrier',
  'march mars',
  'april avril',
  'may mai',
  'june juin',
  'july juillet',
  'august aout',
  'september septembre',
  'october octobre',
  'november novembre',
  'december decembre',
].map((names) => names.split(' '));

/**
 * The month (1-12) a folded, lower-case word names, or 0: a month is named by 3 or more of its
 * first letters, when they name one month only ("jui" names none, "juil" July).
 */
export function monthOf(word: string): number {
  if (word.length < 3) return 0;
  const months = MONTHS.flatMap((names, index) => (names.some((name) => name.startsWith(word)) ? [index + 1] : []));
  return months.length === 1 ? (months[0] as number) : 0;
}
