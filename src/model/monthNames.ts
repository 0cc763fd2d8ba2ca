/**
 * Month names in English, French, German and Spanish, accents folded, as editors write them in a date: whole
 * or cut short ("Sept", "janv.", "déc"). Shared by dateHints.ts (the EDTF a refused date
 * probably means) and datePhrase.ts (the studio's date field).
 */
const MONTHS = [
  'january janvier januar janner enero',
  'february fevrier februar febrero',
  'march mars marz maerz marzo',
  'april avril abril',
  'may mai mayo',
  'june juin juni junio',
  'july juillet juli julio',
  'august aout agosto',
  'september septembre septiembre setiembre',
  'october octobre oktober octubre',
  'november novembre noviembre',
  'december decembre dezember diciembre',
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
