/**
 * What an editor types in the studio's date field, read as the EDTF it becomes (issue 15).
 * Pure: no DOM, never throws, and reads at most MAX_DATE_PHRASE_LENGTH characters, so a
 * paste of 100,000 characters costs no more than a short phrase.
 *
 * It reads, in English and in French whatever the locale (the locale, any of the reader's
 * five languages, words the reasons and the readings, and picks nothing else), month names
 * whole or cut short, accents or not;
 * German and Spanish too, in their common forms ("5. September 2021", "zwischen dem 15. und
 * 26. September 2021", "Anfang Oktober 2021", "5 de septiembre de 2021", "entre el 15 y el
 * 26 de septiembre de 2021", "a principios de octubre de 2021"). Arabic dates are written in
 * figures, which may be Arabic-Indic ("٥/٩/٢٠٢١"); the bidi marks a right-to-left field or a
 * copied help text puts around them are dropped:
 *
 * - the EDTF itself, as parseEdtf takes it ("2021-09-15~", "[..2021-10-05]");
 * - a day: "5 Sept 2021", "Sept 5, 2021", "the 5th of September 2021", "Tuesday 5 October
 *   2021" (a weekday that is not the day's is refused), "5 septembre 2021", "le 1er septembre
 *   2021", "2021-9-5"; "05/09/2021" and "5.9.2021" in the caller's order (`order`, day first
 *   unless told "mdy"), the other order given in `alternatives` when it too is a date;
 * - a month, a year: "September 2021", "sept. 2021", "9/2021", "2016", "in 2016", "en 2016";
 *   years before Christ as the Story writes them, "501 BC", "501 av. J.-C.";
 * - the thirds of a month or a year, by convention (see thirdOf): "early October 2021",
 *   "début octobre 2021", "mid-October", "mi-octobre", "late 2021", "fin 2021";
 * - "between 15 and 26 September 2021", "entre le 15 et le 26 septembre 2021": a window,
 *   the event happened once, on one day the sources do not give;
 * - "from 5 to 6 October 2021", "du 5 au 6 octobre 2021", "5 to 6 October": an interval,
 *   the event lasted. A bare dash, "15–26 September 2021", reads as a window (the brief of
 *   issue 15) with the interval as its alternative: the words alone do not say which;
 * - "before 5 October 2021", "avant le 5 octobre 2021": strictly before, "[..2021-10-04]",
 *   since the format's "[..X]" is on or before X; "on or before", "by", "no later than",
 *   "5 October 2021 or before", "au plus tard le", "le 5 octobre 2021 ou avant" keep the day,
 *   "[..2021-10-05]"; the other reading is given in `alternatives`. "After" likewise;
 * - qualifiers: "around", "about", "c.", "circa", "vers le", "environ" give "~"; "probably",
 *   "perhaps", "sans doute", "peut-être", a trailing "?" or "(uncertain)" give "?"; both
 *   give "%". Before a range they qualify both ends; a closed window takes none (the window
 *   already says the day is unknown), as in parseEdtf;
 * - what the Story writes (src/i18n/dates.ts), read back to the same date (a property test
 *   checks it), but for years 1 to 99, which need their four digits here ("0050").
 *
 * Seasons ("spring 2021", "printemps 2021") are refused with a hint: which months a season
 * holds depends on the hemisphere and on custom, so the editor writes the months as a window.
 * A phrase without a year ("mid October", "sans doute le 16 septembre") takes `year` when the
 * caller gives one (the year of the event edited before, say), and is refused otherwise.
 * When the first reading is no date ("13/09/2021" month first; "about 5–6 October", a window
 * with a qualifier), the next that is one comes first; when none is, the first one's reason.
 */
import { monthOf } from './monthNames.ts';
import {
  daysInMonth,
  formatDatePoint,
  formatEdtf,
  parseEdtf,
  pointStartMs,
  type DateKind,
  type DatePoint,
  type ParsedDate,
  type Precision,
} from './edtf.ts';
import type { Locale } from '../i18n/strings.ts';

export type DatePhraseLocale = Locale;

export interface DatePhraseOptions {
  /** The language of the reasons and readings; phrases are read in every language whatever it is. */
  locale: DatePhraseLocale;
  /** How "05/09/2021" is read first: day first (the default) or month first. */
  order?: 'dmy' | 'mdy';
  /** The year of a phrase that gives none ("mid October"); without it such a phrase is refused. */
  year?: number;
}

export interface DatePhraseAlternative {
  edtf: string;
  /**
   * How the phrase is read to mean it, in the locale, to follow "read": "month first",
   * "as lasting from the first date to the last", "with the date itself" (as dateHints'
   * `reading`); the date itself in words is describeDate's.
   */
  reading: string;
}

export type DatePhraseResult =
  | {
      ok: true;
      edtf: string;
      /** Of the finer end of a range. */
      precision: Precision;
      kind: DateKind;
      /** Set when the EDTF only approximates the phrase by a convention ("early October"). */
      approximate?: boolean;
      /** Other dates the phrase may mean, most likely first. */
      alternatives?: DatePhraseAlternative[];
    }
  | { ok: false; reason: string };

/** The longest phrase read: the longest in the tests is under 80 characters. */
export const MAX_DATE_PHRASE_LENGTH = 200;

type Words = Record<DatePhraseLocale, string>;

/**
 * Figures kept left to right inside an Arabic sentence (LRI … PDI), whole on one line
 * (non-breaking hyphens): brackets and dashes would otherwise be reordered. The field reads
 * them back as they are, should the editor copy one (foldFigures drops the marks).
 */
const ltr = (text: string | number) => `\u2066${String(text).replaceAll('-', '\u2011')}\u2069`;
/** What the editor typed, quoted in an Arabic sentence: isolated, laid out by its own first letter. */
const typedAr = (text: string) => `«\u2068${text}\u2069»`;

// An Arabic editor writes dates in figures (the field reads no Arabic month names): its examples are figures.
const HINT: Words = {
  en: 'write a date like "5 September 2021", "September 2021" or "2021", a window like "between 15 and 26 September 2021" or "before 5 October 2021", or the EDTF itself, "2021-09-05"',
  fr: 'écrivez une date comme « 5 septembre 2021 », « septembre 2021 » ou « 2021 », une fenêtre comme « entre le 15 et le 26 septembre 2021 » ou « avant le 5 octobre 2021 », ou l’EDTF lui-même, « 2021-09-05 »',
  de: 'schreiben Sie ein Datum wie „5. September 2021“, „September 2021“ oder „2021“, ein Zeitfenster wie „zwischen dem 15. und 26. September 2021“ oder „vor dem 5. Oktober 2021“ oder das EDTF selbst, „2021-09-05“',
  es: 'escribe una fecha como «5 de septiembre de 2021», «septiembre de 2021» o «2021», un intervalo como «entre el 15 y el 26 de septiembre de 2021» o «antes del 5 de octubre de 2021», o el propio EDTF, «2021-09-05»',
  ar: `يُكتب التاريخ بالعربية بالأرقام: اليوم فالشهر فالسنة، مثل «${ltr('05/09/2021')}»، أو بصيغة EDTF، مثل «${ltr('2021-09-05')}» ليوم، و«${ltr('2021-09')}» لشهر، و«${ltr('2021')}» لسنة، و«${ltr('[2021-09-15..2021-09-26]')}» ليوم غير معروف بين تاريخين، و«${ltr('[..2021-10-04]')}» لما قبل ${ltr('05/10/2021')}`,
};

const withHint = ({ en, fr, de, es, ar }: Words): Words => ({
  en: `${en}: ${HINT.en}`,
  fr: `${fr} : ${HINT.fr}`,
  de: `${de}: ${HINT.de}`,
  es: `${es}: ${HINT.es}`,
  ar: `${ar}؛ ${HINT.ar}`,
});

/**
 * The studio's label of the dateNote field, which the reasons send the editor to (English and
 * French name the field itself, as the Story's documentation does).
 */
const NOTE_FIELD = { de: 'Wie das Datum ermittelt wurde', es: 'Cómo se estableció la fecha', ar: 'كيف حُدِّد التاريخ' };

/** Month names for the reasons, as readers write them. */
const MONTH_WORDS: Words[] = [
  ['January', 'janvier', 'Januar', 'enero', 'يناير'],
  ['February', 'février', 'Februar', 'febrero', 'فبراير'],
  ['March', 'mars', 'März', 'marzo', 'مارس'],
  ['April', 'avril', 'April', 'abril', 'أبريل'],
  ['May', 'mai', 'Mai', 'mayo', 'مايو'],
  ['June', 'juin', 'Juni', 'junio', 'يونيو'],
  ['July', 'juillet', 'Juli', 'julio', 'يوليو'],
  ['August', 'août', 'August', 'agosto', 'أغسطس'],
  ['September', 'septembre', 'September', 'septiembre', 'سبتمبر'],
  ['October', 'octobre', 'Oktober', 'octubre', 'أكتوبر'],
  ['November', 'novembre', 'November', 'noviembre', 'نوفمبر'],
  ['December', 'décembre', 'Dezember', 'diciembre', 'ديسمبر'],
].map(([en = '', fr = '', de = '', es = '', ar = '']) => ({ en, fr, de, es, ar }));

/** Sunday first, as Date.getUTCDay counts; no "mar" for mardi, which is March. */
const WEEKDAYS = [
  'sunday dimanche sun dim',
  'monday lundi mon lun',
  'tuesday mardi tue tues',
  'wednesday mercredi wed mer',
  'thursday jeudi thu thur thurs jeu',
  'friday vendredi fri ven',
  'saturday samedi sat sam',
].map((names) => names.split(' '));
const WEEKDAY_WORDS: Words[] = [
  ['Sunday', 'dimanche', 'Sonntag', 'domingo', 'الأحد'],
  ['Monday', 'lundi', 'Montag', 'lunes', 'الاثنين'],
  ['Tuesday', 'mardi', 'Dienstag', 'martes', 'الثلاثاء'],
  ['Wednesday', 'mercredi', 'Mittwoch', 'miércoles', 'الأربعاء'],
  ['Thursday', 'jeudi', 'Donnerstag', 'jueves', 'الخميس'],
  ['Friday', 'vendredi', 'Freitag', 'viernes', 'الجمعة'],
  ['Saturday', 'samedi', 'Samstag', 'sábado', 'السبت'],
].map(([en = '', fr = '', de = '', es = '', ar = '']) => ({ en, fr, de, es, ar }));
/** German and Spanish names, whole only. */
const MORE_WEEKDAYS = [
  'sonntag domingo',
  'montag lunes',
  'dienstag martes',
  'mittwoch miercoles',
  'donnerstag jueves',
  'freitag viernes',
  'samstag sonnabend sabado',
].map((names) => names.split(' '));

/** A weekday's full name (an abbreviation is a weekday only before a day: "mar" is also March). */
function weekdayOf(word: string, abbreviated: boolean): number {
  return WEEKDAYS.findIndex(
    (names, day) => (abbreviated ? names.includes(word) : names.slice(0, 2).includes(word)) || MORE_WEEKDAYS[day]?.includes(word),
  );
}

/** Words that say nothing of the date. */
const FILLERS = new Set([
  'the',
  'of',
  'on',
  'in',
  'at',
  'year',
  'le',
  'la',
  'l',
  'en',
  'de',
  'du',
  'd',
  'a',
  'au',
  'an',
  'annee',
  'ad',
  'ce',
  'this',
  // German: "am 5. Oktober", "im September", "im Jahr 2021", "zwischen dem 15. und …".
  'am',
  'im',
  'dem',
  'den',
  'der',
  'jahr',
  // Spanish: "el 5 de octubre", "en el año 2021", "antes del 5 de octubre".
  'el',
  'del',
  'ano',
]);

const SEASONS = new Set([
  'spring',
  'summer',
  'autumn',
  'fall',
  'winter',
  'printemps',
  'ete',
  'automne',
  'hiver',
  'fruhling',
  'fruhjahr',
  'sommer',
  'herbst',
  'primavera',
  'verano',
  'otono',
  'invierno',
]);

type Token =
  | { kind: 'number'; text: string; value: number }
  | { kind: 'word'; text: string }
  | { kind: 'numeric'; text: string; year: number; first: number; second?: number; yearFirst: boolean }
  | { kind: 'mark'; text: string };

const TOKEN =
  /\s+|(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?!\d)|(?:(\d{1,2})[-/.])?(\d{1,2})[-/.](\d{4})(?!\d)|(\d+)(?:st|nd|rd|th|er|re|eme|e)?(?![a-z\d])|([a-z]+)|([-?~%()/,.;:[\]])/y;

/**
 * Arabic-Indic and Persian digits as ASCII ones, hyphens as "-", and the bidi marks an
 * Arabic field or text puts around a date dropped: what an editor sees is what is read.
 */
function foldFigures(text: string): string {
  return text
    .replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => String((digit.codePointAt(0) ?? 0) & 0xf))
    .replace(/[\u2010\u2011]/g, '-')
    .replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
}

/** Lower case, accents folded, dashes and apostrophes of one kind, the eras and "mid-" as words. */
function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/['\u2018\u2019\u02bc`]/g, ' ')
    .replace(/\bav(?:ant)?\.?\s*j(?:esus)?\.?\s*-?\s*c(?:hrist)?\b\.?/g, ' bc ')
    .replace(/\bb\.\s*c\.(?:\s*e\.)?/g, ' bc ')
    .replace(/\bbce\b/g, ' bc ')
    .replace(/\b(mid|mi)\s*-\s*/g, '$1 ')
    .replace(/\bpeut\s*-\s*etre\b/g, 'peut etre');
}

type Failure = { failure: Words };
const fail = (message: Words): Failure => ({ failure: message });
const isFailure = (value: unknown): value is Failure => typeof value === 'object' && value !== null && 'failure' in value;

function tokenize(text: string): Token[] | Failure {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const at = TOKEN.lastIndex;
    const match = TOKEN.exec(text);
    if (!match) {
      const character = String.fromCodePoint(text.codePointAt(at) ?? 63);
      return fail(
        withHint({
          en: `"${character}" has no place in a date`,
          fr: `« ${character} » n’a pas sa place dans une date`,
          de: `„${character}“ gehört nicht in ein Datum`,
          es: `«${character}» no puede aparecer en una fecha`,
          ar: `الرمز ${typedAr(character)} لا مكان له في تاريخ`,
        }),
      );
    }
    const [whole, yearFirst, month, day, first, second, yearLast, number, word, mark] = match;
    if (yearFirst !== undefined) {
      tokens.push({
        kind: 'numeric',
        text: whole,
        year: Number(yearFirst),
        first: Number(month),
        ...(day === undefined ? {} : { second: Number(day) }),
        yearFirst: true,
      });
    } else if (yearLast !== undefined) {
      tokens.push(
        first === undefined
          ? { kind: 'numeric', text: whole, year: Number(yearLast), first: Number(second), yearFirst: false }
          : { kind: 'numeric', text: whole, year: Number(yearLast), first: Number(first), second: Number(second), yearFirst: false },
      );
    } else if (number !== undefined) tokens.push({ kind: 'number', text: number, value: Number(number) });
    else if (word !== undefined) tokens.push({ kind: 'word', text: word });
    else if (mark !== undefined && mark !== ',' && mark !== '.') tokens.push({ kind: 'mark', text: mark });
  }
  return tokens;
}

const is = (token: Token | undefined, ...texts: string[]) =>
  token !== undefined && token.kind !== 'numeric' && token.kind !== 'number' && texts.includes(token.text);

/** Whether `phrase` (words and marks, space-separated) stands in `tokens` at `at`. */
function phraseAt(tokens: readonly Token[], at: number, phrase: string): boolean {
  return phrase.split(' ').every((text, offset) => is(tokens[at + offset], text));
}

/** The first of `phrases` standing at `at`, as its number of tokens, or 0. */
function matchAt(tokens: readonly Token[], at: number, phrases: readonly string[]): number {
  const phrase = phrases.find((candidate) => at >= 0 && phraseAt(tokens, at, candidate));
  return phrase === undefined ? 0 : phrase.split(' ').length;
}

/** The first of `phrases` ending the tokens, as its number of tokens, or 0. */
function matchAtEnd(tokens: readonly Token[], phrases: readonly string[]): number {
  const phrase = phrases.find((candidate) => {
    const length = candidate.split(' ').length;
    return tokens.length >= length && phraseAt(tokens, tokens.length - length, candidate);
  });
  return phrase === undefined ? 0 : phrase.split(' ').length;
}

const APPROXIMATE = [
  'some time around',
  'sometime around',
  'aux alentours du',
  'aux alentours de',
  'aux environs du',
  'aux environs de',
  'autour du',
  'autour de',
  'around',
  'about',
  'circa',
  'c',
  'ca',
  'approximately',
  'approx',
  'roughly',
  'vers',
  'environ',
  'um',
  'etwa',
  'ungefahr',
  'gegen',
  'hacia',
  'alrededor',
  'aproximadamente',
  '~',
];
const UNCERTAIN = [
  'sans doute',
  'peut etre',
  'probably',
  'likely',
  'perhaps',
  'possibly',
  'maybe',
  'presumably',
  'probablement',
  'vraisemblablement',
  'possiblement',
  'apparemment',
  'apparently',
  'wahrscheinlich',
  'vermutlich',
  'vielleicht',
  'moglicherweise',
  'probablemente',
  'posiblemente',
  'quizas',
  'quiza',
  'tal vez',
];
const TRAILING_APPROXIMATE = ['or so', 'environ', 'approx', 'approximately', '~'];
const TRAILING_UNCERTAIN = ['?'];

/** Inclusive first: "on or before" before "before". */
const ON_OR_BEFORE = [
  'on or before',
  'no later than',
  'not after',
  'au plus tard le',
  'au plus tard',
  'pas apres le',
  'pas apres',
  'by',
  'spatestens',
  'bis zum',
  'a mas tardar',
  'no despues de',
];
const BEFORE = ['before', 'prior to', 'earlier than', 'avant', 'vor', 'antes'];
const ON_OR_AFTER = [
  'on or after',
  'no earlier than',
  'not before',
  'au plus tot le',
  'au plus tot',
  'pas avant le',
  'pas avant',
  'fruhestens',
  'ab',
  'no antes de',
];
const AFTER = ['after', 'later than', 'apres', 'nach', 'despues'];
const TRAILING_ON_OR_BEFORE = ['or before', 'or earlier', 'ou avant', 'at the latest', 'au plus tard'];
const TRAILING_ON_OR_AFTER = ['or after', 'or later', 'ou apres', 'at the earliest', 'au plus tot'];

const BETWEEN = ['between', 'entre', 'zwischen'];
const AND = ['and', 'et', 'und', 'y'];
const FROM = ['from', 'du', 'de', 'des', 'vom', 'von', 'del', 'desde'];
/** "to" with a "from"; without one, "a" (à) is too common a word to split on. */
const TO = ['to', 'till', 'until', 'through', 'thru', 'jusqu au', 'jusqu a', 'au', 'a', 'bis', 'al', 'hasta'];
const TO_ALONE = ['to', 'till', 'until', 'through', 'thru', 'jusqu au', 'au', 'bis', 'al', 'hasta'];

type Third = 'early' | 'mid' | 'late';
const THIRD_WORDS: [Third, string[]][] = [
  ['early', ['early', 'beginning of', 'beginning', 'start of', 'debut', 'commencement', 'anfang', 'principios', 'comienzos', 'inicios']],
  ['mid', ['mid', 'middle of', 'mi', 'milieu', 'mitte', 'mediados']],
  ['late', ['late', 'end of', 'end', 'fin', 'ende', 'finales', 'fines']],
];

interface Qualifiers {
  approximate: boolean;
  uncertain: boolean;
}

/** A date as the phrase gives it, its missing parts perhaps given by the other end of a range. */
interface Partial {
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
  qualifiers: Qualifiers;
}

type Label = 'dayFirst' | 'monthFirst' | 'lasted' | 'once' | 'inclusive' | 'strict';

/** To follow the studio's "or, read …" (orReading). */
const LABELS: Record<Label, Words> = {
  dayFirst: { en: 'day first', fr: 'jour d’abord', de: 'mit dem Tag zuerst', es: 'con el día primero', ar: 'اليوم أولًا' },
  monthFirst: { en: 'month first', fr: 'mois d’abord', de: 'mit dem Monat zuerst', es: 'con el mes primero', ar: 'الشهر أولًا' },
  lasted: {
    en: 'as lasting from the first date to the last',
    fr: 'comme une durée, de la première date à la dernière',
    de: 'als Dauer vom ersten bis zum letzten Datum',
    es: 'como una duración, de la primera fecha a la última',
    ar: 'مدةً من التاريخ الأول إلى الأخير',
  },
  once: {
    en: 'as one day between the two',
    fr: 'comme un seul jour entre les deux',
    de: 'als ein einziger Tag zwischen beiden',
    es: 'como un solo día entre las dos',
    ar: 'يومًا واحدًا بين التاريخين',
  },
  inclusive: {
    en: 'with the date itself',
    fr: 'avec la date elle-même',
    de: 'mit dem Datum selbst',
    es: 'con la propia fecha',
    ar: 'شاملًا التاريخ نفسه',
  },
  strict: {
    en: 'without the date itself',
    fr: 'sans la date elle-même',
    de: 'ohne das Datum selbst',
    es: 'sin la propia fecha',
    ar: 'دون التاريخ نفسه',
  },
};

/** One way of reading an end: "05/09/2021" has two. */
interface EndReading {
  partial: Partial;
  label?: Label;
}

interface Candidate {
  kind: DateKind;
  start: Partial;
  end: Partial;
  open?: 'start' | 'end';
  /** "Before" read strictly: the known end moves one unit earlier (later for "after"). */
  strict?: boolean;
  labels: Label[];
}

const noQualifiers = (): Qualifiers => ({ approximate: false, uncertain: false });

/** Leading and trailing qualifiers, which may repeat ("probably around"). */
function takeQualifiers(tokens: Token[], into: Qualifiers): Token[] {
  let rest = tokens;
  for (;;) {
    let length = matchAt(rest, 0, APPROXIMATE);
    if (length > 0) into.approximate = true;
    else if ((length = matchAt(rest, 0, UNCERTAIN)) > 0) into.uncertain = true;
    else if ((length = matchAtEnd(rest, TRAILING_APPROXIMATE)) > 0) {
      into.approximate = true;
      rest = rest.slice(0, -length);
      continue;
    } else if ((length = matchAtEnd(rest, TRAILING_UNCERTAIN)) > 0) {
      into.uncertain = true;
      rest = rest.slice(0, -length);
      continue;
    } else if (is(rest[rest.length - 1], '%')) {
      into.approximate = true;
      into.uncertain = true;
      rest = rest.slice(0, -1);
      continue;
    } else return rest;
    rest = rest.slice(length);
  }
}

/**
 * A trailing note in brackets, as the Story writes one: "(uncertain)", "(date incertaine)",
 * "(start approximate; end uncertain)", "(début approximatif et incertain)".
 */
function takeNotes(tokens: Token[], all: Qualifiers, start: Qualifiers, end: Qualifiers): Token[] | Failure {
  if (!is(tokens[tokens.length - 1], ')')) return tokens;
  const open = tokens.findLastIndex((token) => is(token, '('));
  if (open < 0) return tokens;
  let target = all;
  for (const token of tokens.slice(open + 1, -1)) {
    if (is(token, 'start', 'debut')) target = start;
    else if (is(token, 'end', 'fin')) target = end;
    else if (is(token, 'approximate', 'approximatif', 'approximative', 'approx', '~')) target.approximate = true;
    else if (is(token, 'uncertain', 'incertain', 'incertaine', '?')) target.uncertain = true;
    else if (!is(token, 'and', 'et', ';', 'date')) {
      const note = `(${noteText(tokens.slice(open + 1, -1))})`;
      return fail(
        withHint({
          en: `"${note}" is no note of a date`,
          fr: `« ${note} » n’est pas une note de date`,
          de: `„${note}“ ist kein Vermerk zu einem Datum`,
          es: `«${note}» no es una nota sobre una fecha`,
          ar: `${typedAr(note)} ليست ملاحظة على تاريخ`,
        }),
      );
    }
  }
  return tokens.slice(0, open);
}

const noteText = (tokens: readonly Token[]) => tokens.map((token) => token.text).join(' ');

function unknownWord(token: Token): Failure {
  return fail(
    withHint({
      en: `"${token.text}" is not a word of a date`,
      fr: `« ${token.text} » n’est pas un mot de date`,
      de: `„${token.text}“ ist kein Wort eines Datums`,
      es: `«${token.text}» no es una palabra de fecha`,
      ar: `${typedAr(token.text)} ليست كلمة من كلمات التاريخ`,
    }),
  );
}

/** One end: a day, a month or a year, with its fillers and qualifiers. */
function readEnd(tokens: Token[], order: 'dmy' | 'mdy'): EndReading[] | Failure {
  const qualifiers = noQualifiers();
  const rest = takeQualifiers(tokens, qualifiers);
  const partial: Partial = { qualifiers };
  let numeric: Extract<Token, { kind: 'numeric' }> | undefined;
  for (let index = 0; index < rest.length; index += 1) {
    const token = rest[index] as Token;
    const next = rest[index + 1];
    if (token.kind === 'numeric') {
      if (numeric !== undefined || partial.year !== undefined || partial.month !== undefined || partial.day !== undefined)
        return unknownWord(token);
      numeric = token;
    } else if (token.kind === 'number') {
      if (is(next, 'bc')) {
        if (partial.year !== undefined || token.value < 1 || token.value > 10_000) return unknownWord(token);
        partial.year = 1 - token.value;
        index += 1;
      } else if (token.text.length >= 3) {
        if (partial.year !== undefined) return unknownWord(token);
        partial.year = token.value;
      } else if (partial.day === undefined && token.value >= 1 && token.value <= 31) {
        partial.day = token.value;
      } else {
        return fail(
          withHint({
            en: `"${token.text}" cannot be a year: write the year in full, e.g. "2021" (or "0021")`,
            fr: `« ${token.text} » ne peut être une année : écrivez-la en entier, par exemple « 2021 » (ou « 0021 »)`,
            de: `„${token.text}“ kann kein Jahr sein: schreiben Sie das Jahr vollständig, z. B. „2021“ (oder „0021“)`,
            es: `«${token.text}» no puede ser un año: escribe el año completo, p. ej. «2021» (o «0021»)`,
            ar: `${typedAr(token.text)} لا يمكن أن يكون سنة: اكتب السنة كاملة، مثل «${ltr('2021')}» (أو «${ltr('0021')}»)`,
          }),
        );
      }
    } else if (token.kind === 'word') {
      const month = monthOf(token.text);
      const weekday = weekdayOf(token.text, next?.kind === 'number');
      if (FILLERS.has(token.text)) continue;
      if (token.text === 'premier' && partial.day === undefined) partial.day = 1;
      else if (weekday >= 0 && partial.weekday === undefined && partial.day === undefined) partial.weekday = weekday;
      else if (month > 0 && partial.month === undefined) partial.month = month;
      else return unknownWord(token);
    } else return unknownWord(token);
  }
  if (numeric === undefined) return [{ partial }];
  if (partial.weekday !== undefined && numeric.second === undefined) return unknownWord(numeric);
  const { year, first, second } = numeric;
  if (numeric.yearFirst || second === undefined) {
    return [{ partial: { ...partial, year, month: first, ...(second === undefined ? {} : { day: second }) } }];
  }
  const readings: EndReading[] = [
    { partial: { ...partial, year, month: second, day: first }, label: 'dayFirst' },
    { partial: { ...partial, year, month: first, day: second }, label: 'monthFirst' },
  ];
  if (order === 'mdy') readings.reverse();
  if (first === second) return [{ partial: readings[0]?.partial ?? partial }];
  return readings;
}

/** Both ends of a range: "15" takes its month and year from "26 September 2021". */
function completeRange(start: Partial, end: Partial): [Partial, Partial] {
  const from = { ...start };
  const to = { ...end };
  if (to.day !== undefined && to.month === undefined && from.month !== undefined) to.month = from.month;
  if (from.day !== undefined && from.month === undefined && to.month !== undefined) from.month = to.month;
  if (from.year === undefined && to.year !== undefined) from.year = to.year;
  if (to.year === undefined && from.year !== undefined) to.year = from.year;
  return [from, to];
}

/** Pairs of readings of two ends, the same order for both ("05/09/2021 – 07/09/2021"). */
function pairReadings(starts: EndReading[], ends: EndReading[]): { start: Partial; end: Partial; labels: Label[] }[] {
  const count = Math.max(starts.length, ends.length);
  return Array.from({ length: count }, (_, index) => {
    const start = starts[Math.min(index, starts.length - 1)] as EndReading;
    const end = ends[Math.min(index, ends.length - 1)] as EndReading;
    const [from, to] = completeRange(start.partial, end.partial);
    const label = start.label ?? end.label;
    return { start: from, end: to, labels: label === undefined ? [] : [label] };
  });
}

/** The token index of the first of `phrases` after the first token and before the last, or -1. */
function splitAt(tokens: readonly Token[], phrases: readonly string[]): { at: number; length: number } {
  for (let at = 1; at < tokens.length - 1; at += 1) {
    const length = matchAt(tokens, at, phrases);
    if (length > 0 && at + length < tokens.length) return { at, length };
  }
  return { at: -1, length: 0 };
}

function addQualifiers(partial: Partial, ...more: Qualifiers[]): Partial {
  return {
    ...partial,
    qualifiers: {
      approximate: more.some((q) => q.approximate) || partial.qualifiers.approximate,
      uncertain: more.some((q) => q.uncertain) || partial.qualifiers.uncertain,
    },
  };
}

/**
 * The thirds of a month or a year, a convention rather than a rule (sources do not say
 * where "early" ends): early is days 1 to 10, mid 11 to 20, late 21 to the month's last; of
 * a year, January to April, May to August, September to December. Hence `approximate`.
 */
function thirdOf(third: Third, partial: Partial): [Partial, Partial] {
  const at = (month: number, day?: number): Partial => ({ ...partial, month, ...(day === undefined ? {} : { day }) });
  const index = third === 'early' ? 0 : third === 'mid' ? 1 : 2;
  if (partial.month === undefined) return [at(1 + 4 * index), at(4 + 4 * index)];
  const last = index === 2 ? daysInMonth(partial.year ?? 2000, partial.month) : 10 + 10 * index;
  return [at(partial.month, 1 + 10 * index), at(partial.month, last)];
}

interface Reading {
  candidates: Candidate[];
  /** The thirds' convention. */
  approximate?: boolean;
}

/** The phrase's structure: a point, a range, an open window or a third. */
function readStructure(all: Token[], options: Required<Pick<DatePhraseOptions, 'order'>>): Reading | Failure {
  const top = noQualifiers();
  const startNotes = noQualifiers();
  const endNotes = noQualifiers();
  const noted = takeNotes(all, top, startNotes, endNotes);
  if (isFailure(noted)) return noted;
  let tokens = noted;
  let open: { side: 'start' | 'end'; inclusive: boolean } | undefined;
  // Leading qualifiers, "before" and the like, and fillers, in any order; then trailing ones.
  for (;;) {
    tokens = takeQualifiers(tokens, top);
    let length: number;
    if (open === undefined && (length = matchAt(tokens, 0, ON_OR_BEFORE)) > 0) open = { side: 'start', inclusive: true };
    else if (open === undefined && (length = matchAt(tokens, 0, BEFORE)) > 0) open = { side: 'start', inclusive: false };
    else if (open === undefined && (length = matchAt(tokens, 0, ON_OR_AFTER)) > 0) open = { side: 'end', inclusive: true };
    else if (open === undefined && (length = matchAt(tokens, 0, AFTER)) > 0) open = { side: 'end', inclusive: false };
    else if (open === undefined && (length = matchAtEnd(tokens, TRAILING_ON_OR_BEFORE)) > 0) {
      open = { side: 'start', inclusive: true };
      tokens = tokens.slice(0, -length);
      continue;
    } else if (open === undefined && (length = matchAtEnd(tokens, TRAILING_ON_OR_AFTER)) > 0) {
      open = { side: 'end', inclusive: true };
      tokens = tokens.slice(0, -length);
      continue;
    } else if (tokens[0]?.kind === 'word' && FILLERS.has(tokens[0].text) && !(FROM.includes(tokens[0].text) && splitAt(tokens, TO).at > 0))
      length = 1;
    else break;
    tokens = tokens.slice(length);
  }
  const season = tokens.find((token) => token.kind === 'word' && SEASONS.has(token.text));
  if (season !== undefined) {
    return fail({
      en: `a season ("${season.text}") is no date: which months it holds depends on the hemisphere and on custom; write the months as a window, e.g. "between March and May 2021", or a month`,
      fr: `une saison (« ${season.text} ») n’est pas une date : ses mois dépendent de l’hémisphère et de l’usage ; écrivez-les en fenêtre, par exemple « entre mars et mai 2021 », ou un mois`,
      de: `eine Jahreszeit („${season.text}“) ist kein Datum: welche Monate sie umfasst, hängt von der Hemisphäre und vom Brauch ab; schreiben Sie die Monate als Zeitfenster, z. B. „zwischen März und Mai 2021“, oder einen Monat`,
      es: `una estación («${season.text}») no es una fecha: sus meses dependen del hemisferio y de la costumbre; escribe los meses como un intervalo, p. ej. «entre marzo y mayo de 2021», o un mes`,
      ar: `الفصل (${typedAr(season.text)}) ليس تاريخًا: تختلف أشهره باختلاف نصف الكرة الأرضية والعُرف؛ اكتب الأشهر فترةً، مثل «${ltr('[2021-03..2021-05]')}»، أو اكتب شهرًا`,
    });
  }
  if (tokens.length === 0)
    return fail(
      withHint({
        en: 'there is no date in these words',
        fr: 'ces mots ne contiennent pas de date',
        de: 'diese Wörter enthalten kein Datum',
        es: 'estas palabras no contienen ninguna fecha',
        ar: 'لا تاريخ في هذه الكلمات',
      }),
    );

  const end = (part: Token[]) => readEnd(part, options.order);
  const qualify = (partial: Partial, side: 'start' | 'end') => addQualifiers(partial, top, side === 'start' ? startNotes : endNotes);

  // A range: "between A and B", "from A to B", "A to B", "A – B".
  const range = (): { starts: Token[]; ends: Token[]; kinds: ('window' | 'interval')[] } | undefined => {
    if (matchAt(tokens, 0, BETWEEN) > 0) {
      const split = splitAt(tokens.slice(1), AND);
      if (split.at > 0)
        return { starts: tokens.slice(1, 1 + split.at), ends: tokens.slice(1 + split.at + split.length), kinds: ['window'] };
    }
    const from = matchAt(tokens, 0, FROM);
    const rest = tokens.slice(from);
    const split = splitAt(rest, from > 0 ? TO : TO_ALONE);
    if (split.at > 0) return { starts: rest.slice(0, split.at), ends: rest.slice(split.at + split.length), kinds: ['interval'] };
    const dash = splitAt(tokens, ['-']);
    if (dash.at > 0) return { starts: tokens.slice(0, dash.at), ends: tokens.slice(dash.at + 1), kinds: ['window', 'interval'] };
    return undefined;
  };
  const ranged = range();
  if (ranged !== undefined) {
    if (open !== undefined)
      return fail(
        withHint({
          en: 'a range has two ends already: it cannot also be "before" or "after" a date',
          fr: 'une période a déjà deux bornes : elle ne peut être aussi « avant » ou « après » une date',
          de: 'ein Zeitraum hat schon zwei Enden: er kann nicht auch „vor“ oder „nach“ einem Datum liegen',
          es: 'un periodo ya tiene dos extremos: no puede ser además «antes» o «después» de una fecha',
          ar: 'للفترة طرفان أصلًا: فلا يمكن أن تكون أيضًا «قبل» تاريخ أو «بعده»',
        }),
      );
    const starts = end(ranged.starts);
    if (isFailure(starts)) return starts;
    const ends = end(ranged.ends);
    if (isFailure(ends)) return ends;
    const candidates = pairReadings(starts, ends).flatMap(({ start, end: last, labels }) =>
      ranged.kinds.map((kind): Candidate => ({
        kind,
        start: qualify(start, 'start'),
        end: qualify(last, 'end'),
        labels: ranged.kinds.length > 1 ? [...labels, kind === 'window' ? 'once' : 'lasted'] : labels,
      })),
    );
    return { candidates };
  }

  // A third: "early October 2021", "mi-octobre", "fin 2021".
  const third = THIRD_WORDS.find(([, phrases]) => matchAt(tokens, 0, phrases) > 0);
  if (third !== undefined) {
    if (open !== undefined)
      return fail(
        withHint({
          en: '"early", "mid" and "late" are windows already: they cannot also be "before" or "after"',
          fr: '« début », « mi- » et « fin » sont déjà des fenêtres : elles ne peuvent être aussi « avant » ou « après »',
          de: '„Anfang“, „Mitte“ und „Ende“ sind schon Zeitfenster: sie können nicht auch „vor“ oder „nach“ sein',
          es: '«principios», «mediados» y «finales» ya son intervalos: no pueden ser además «antes» o «después»',
          ar: 'أوائل الشهر أو السنة وأواسطهما وأواخرهما فتراتٌ أصلًا: فلا يمكن أن تكون أيضًا «قبل» تاريخ أو «بعده»',
        }),
      );
    const readings = end(tokens.slice(matchAt(tokens, 0, third[1])));
    if (isFailure(readings)) return readings;
    const candidates: Candidate[] = [];
    for (const { partial, label } of readings) {
      if (partial.day !== undefined) {
        return fail(
          withHint({
            en: '"early", "mid" and "late" go with a month or a year, not a day: "early October 2021"',
            fr: '« début », « mi- » et « fin » vont avec un mois ou une année, pas un jour : « début octobre 2021 »',
            de: '„Anfang“, „Mitte“ und „Ende“ gehören zu einem Monat oder einem Jahr, nicht zu einem Tag: „Anfang Oktober 2021“',
            es: '«principios», «mediados» y «finales» van con un mes o un año, no con un día: «principios de octubre de 2021»',
            ar: `أوائل الشهر أو السنة وأواسطهما وأواخرهما لا تكون ليوم: اكتب اليوم وحده، أو فترةً مثل «${ltr('[2021-10-01..2021-10-10]')}»`,
          }),
        );
      }
      const [start, last] = thirdOf(third[0], qualify(partial, 'start'));
      candidates.push({ kind: 'window', start, end: last, labels: label === undefined ? [] : [label] });
    }
    return { candidates, approximate: true };
  }

  const readings = end(tokens);
  if (isFailure(readings)) return readings;
  return {
    candidates: readings.flatMap(({ partial, label }): Candidate[] => {
      const point = qualify(partial, 'start');
      const labels: Label[] = label === undefined ? [] : [label];
      if (open === undefined) return [{ kind: 'point', start: point, end: point, labels }];
      const read = (strict: boolean): Candidate => ({
        kind: 'window',
        start: point,
        end: point,
        open: open.side,
        strict,
        labels: [...labels, strict ? 'strict' : 'inclusive'],
      });
      return open.inclusive ? [read(false), read(true)] : [read(true), read(false)];
    }),
  };
}

/** The date of a partial, complete and checked, or why it is none. */
function toPoint(partial: Partial, options: DatePhraseOptions): DatePoint | Failure {
  const year = partial.year ?? options.year;
  const { month, day } = partial;
  if (year === undefined || !Number.isInteger(year)) {
    return fail({
      en: 'give the year, e.g. "16 September 2021"',
      fr: 'donnez l’année, par exemple « 16 septembre 2021 »',
      de: 'geben Sie das Jahr an, z. B. „16. September 2021“',
      es: 'indica el año, p. ej. «16 de septiembre de 2021»',
      ar: `اذكر السنة، مثل «${ltr('16/09/2021')}»`,
    });
  }
  if (year < -9999 || year > 9999)
    return fail({
      en: `the year ${year} is beyond the format's four digits (-9999 to 9999)`,
      fr: `l’année ${year} dépasse les quatre chiffres du format (de -9999 à 9999)`,
      de: `das Jahr ${year} hat mehr Stellen als die vier des Formats (-9999 bis 9999)`,
      es: `el año ${year} excede las cuatro cifras del formato (de -9999 a 9999)`,
      ar: `السنة ${ltr(year)} تتجاوز الأرقام الأربعة التي تتسع لها الصيغة (من ${ltr(-9999)} إلى ${ltr(9999)})`,
    });
  if (month === undefined) {
    if (day !== undefined)
      return fail(
        withHint({
          en: `the day ${day} has no month`,
          fr: `le jour ${day} n’a pas de mois`,
          de: `der Tag ${day} hat keinen Monat`,
          es: `el día ${day} no tiene mes`,
          ar: `اليوم ${day} بلا شهر`,
        }),
      );
    return { year, precision: 'year', ...partial.qualifiers };
  }
  if (month < 1 || month > 12)
    return fail(
      withHint({
        en: `there is no month ${month}`,
        fr: `il n’y a pas de mois ${month}`,
        de: `es gibt keinen Monat ${month}`,
        es: `no existe el mes ${month}`,
        ar: `لا يوجد شهر رقمه ${month}`,
      }),
    );
  if (day === undefined) return { year, month, precision: 'month', ...partial.qualifiers };
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) {
    const name = MONTH_WORDS[month - 1] as Words;
    return fail({
      en: `${name.en} ${year} has ${days} days, not ${day}`,
      fr: `${name.fr} ${year} n’a que ${days} jours, pas ${day}`,
      de: `${name.de} ${year} hat nur ${days} Tage, nicht ${day}`,
      es: `${name.es} de ${year} solo tiene ${days} días, no ${day}`,
      ar: `شهر ${name.ar} ${year} فيه ${days} يومًا فقط، لا ${day}`,
    });
  }
  const point: DatePoint = { year, month, day, precision: 'day', ...partial.qualifiers };
  if (partial.weekday !== undefined) {
    const weekday = new Date(pointStartMs(point)).getUTCDay();
    if (weekday !== partial.weekday) {
      const said = WEEKDAY_WORDS[partial.weekday] as Words;
      const was = WEEKDAY_WORDS[weekday] as Words;
      const name = MONTH_WORDS[month - 1] as Words;
      return fail({
        en: `${day} ${name.en} ${year} was a ${was.en}, not a ${said.en}: check the day`,
        fr: `le ${day} ${name.fr} ${year} était un ${was.fr}, pas un ${said.fr} : vérifiez le jour`,
        de: `der ${day}. ${name.de} ${year} war ein ${was.de}, kein ${said.de}: prüfen Sie den Tag`,
        es: `el ${day} de ${name.es} de ${year} fue ${was.es}, no ${said.es}: comprueba el día`,
        ar: `كان ${day} ${name.ar} ${year} يوم ${was.ar}، لا يوم ${said.ar}: تحقّق من اليوم`,
      });
    }
  }
  return point;
}

/** The point one unit (of its precision) earlier or later. */
function shift(point: DatePoint, by: 1 | -1): DatePoint {
  if (point.precision === 'year') return { ...point, year: point.year + by };
  const month = point.month ?? 1;
  if (point.precision === 'month') {
    const next = month + by;
    return next < 1
      ? { ...point, year: point.year - 1, month: 12 }
      : next > 12
        ? { ...point, year: point.year + 1, month: 1 }
        : { ...point, month: next };
  }
  const day = (point.day ?? 1) + by;
  if (day < 1) {
    const previous = shift({ ...point, precision: 'month' }, -1);
    return { ...previous, precision: 'day', day: daysInMonth(previous.year, previous.month ?? 1) };
  }
  if (day > daysInMonth(point.year, month)) return { ...shift({ ...point, precision: 'month' }, 1), precision: 'day', day: 1 };
  return { ...point, day };
}

const qualified = (point: DatePoint) => point.approximate || point.uncertain;
const PRECISION_RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };

/** The EDTF of a candidate, or why there is none (in the editor's words where we know them). */
function toEdtf(candidate: Candidate, options: DatePhraseOptions): string | Failure {
  const start = toPoint(candidate.start, options);
  if (isFailure(start)) return start;
  if (candidate.kind === 'point') return formatDatePoint(start);
  if (candidate.open !== undefined) {
    const known = candidate.strict ? shift(start, candidate.open === 'start' ? -1 : 1) : start;
    if (known.year < -9999 || known.year > 9999)
      return fail({
        en: 'that bound is beyond the years the format holds (-9999 to 9999)',
        fr: 'cette borne dépasse les années du format (de -9999 à 9999)',
        de: 'diese Grenze liegt außerhalb der Jahre, die das Format fasst (-9999 bis 9999)',
        es: 'ese límite queda fuera de los años que admite el formato (de -9999 a 9999)',
        ar: `هذا الحدّ خارج السنوات التي تتسع لها الصيغة (من ${ltr(-9999)} إلى ${ltr(9999)})`,
      });
    if (known.precision === 'year' && qualified(known)) {
      return fail({
        en: 'a year before or after which something happened takes no "around" or "probably" in EDTF (a month or a day does): write it without, and say in dateNote how sure it is',
        fr: 'une année avant ou après laquelle une chose a eu lieu ne prend ni « vers » ni « sans doute » en EDTF (un mois ou un jour, si) : écrivez-la sans, et dites dans dateNote quelle en est la certitude',
        de: `ein Jahr, vor oder nach dem etwas geschah, nimmt in EDTF kein „um“ oder „wahrscheinlich“ an (ein Monat oder ein Tag schon): schreiben Sie es ohne und sagen Sie unter „${NOTE_FIELD.de}“, wie sicher es ist`,
        es: `un año antes o después del cual ocurrió algo no admite «hacia» ni «probablemente» en EDTF (un mes o un día sí): escríbelo sin ellos y di en «${NOTE_FIELD.es}» cuán seguro es`,
        ar: `السنة التي وقع قبلها أمرٌ أو بعدها لا تقبل في EDTF «نحو» أو «على الأرجح» (بخلاف الشهر واليوم): اكتبها بدونهما، واذكر في «${NOTE_FIELD.ar}» مدى اليقين بها`,
      });
    }
    return candidate.open === 'start' ? `[..${formatDatePoint(known)}]` : `[${formatDatePoint(known)}..]`;
  }
  const end = toPoint(candidate.end, options);
  if (isFailure(end)) return end;
  if (pointStartMs(end) < pointStartMs(start)) {
    return fail({
      en: 'the second date comes before the first: write the earlier first',
      fr: 'la seconde date précède la première : écrivez d’abord la plus ancienne',
      de: 'das zweite Datum liegt vor dem ersten: schreiben Sie das frühere zuerst',
      es: 'la segunda fecha es anterior a la primera: escribe primero la más antigua',
      ar: 'التاريخ الثاني يسبق الأول: اكتب الأقدم أولًا',
    });
  }
  if (candidate.kind === 'interval') return `${formatDatePoint(start)}/${formatDatePoint(end)}`;
  if (qualified(start) || qualified(end)) {
    return fail({
      en: 'a window ("between …", "early …") already says the day is unknown: it takes no "around" or "probably"; write it without, and say in dateNote how sure it is',
      fr: 'une fenêtre (« entre … », « début … ») dit déjà que le jour est inconnu : elle ne prend ni « vers » ni « sans doute » ; écrivez-la sans, et dites dans dateNote quelle en est la certitude',
      de: `ein Zeitfenster („zwischen …“, „Anfang …“) sagt schon, dass der Tag unbekannt ist: es nimmt kein „um“ oder „wahrscheinlich“ an; schreiben Sie es ohne und sagen Sie unter „${NOTE_FIELD.de}“, wie sicher es ist`,
      es: `un intervalo («entre …», «principios de …») ya dice que el día es desconocido: no admite «hacia» ni «probablemente»; escríbelo sin ellos y di en «${NOTE_FIELD.es}» cuán seguro es`,
      ar: `الفترة («بين …») تعني أصلًا أن اليوم غير معروف: فلا تقبل «نحو» أو «على الأرجح»؛ اكتبها بدونهما، واذكر في «${NOTE_FIELD.ar}» مدى اليقين بها`,
    });
  }
  if (start.precision !== end.precision) {
    return fail({
      en: 'both ends of a window are days, months or years alike: "between 15 and 26 September 2021", "between September and October 2021", "between 2016 and 2018"',
      fr: 'les deux bornes d’une fenêtre sont toutes deux des jours, des mois ou des années : « entre le 15 et le 26 septembre 2021 », « entre septembre et octobre 2021 », « entre 2016 et 2018 »',
      de: 'beide Enden eines Zeitfensters sind gleichermaßen Tage, Monate oder Jahre: „zwischen dem 15. und 26. September 2021“, „zwischen September und Oktober 2021“, „zwischen 2016 und 2018“',
      es: 'los dos extremos de un intervalo son ambos días, meses o años: «entre el 15 y el 26 de septiembre de 2021», «entre septiembre y octubre de 2021», «entre 2016 y 2018»',
      ar: `طرفا الفترة كلاهما يوم أو كلاهما شهر أو كلاهما سنة: «${ltr('[2021-09-15..2021-09-26]')}»، «${ltr('[2021-09..2021-10]')}»، «${ltr('[2016..2018]')}»`,
    });
  }
  return `[${formatDatePoint(start)}..${formatDatePoint(end)}]`;
}

function precisionOf(parsed: ParsedDate): Precision {
  return PRECISION_RANK[parsed.start.precision] >= PRECISION_RANK[parsed.end.precision] ? parsed.start.precision : parsed.end.precision;
}

/** A date as written in the format, perhaps with white space around or within its brackets. */
function readEdtf(text: string): ParsedDate | undefined {
  const parsed = parseEdtf(text);
  if (parsed.ok) return parsed.value;
  if (!/^[\d\s\-~?%/.[\]]+$/.test(text) || !/[/[]/.test(text)) return undefined;
  const packed = parseEdtf(text.replace(/\s+/g, ''));
  return packed.ok ? packed.value : undefined;
}

function succeed(edtf: string, parsed: ParsedDate): DatePhraseResult & { ok: true } {
  return { ok: true, edtf, precision: precisionOf(parsed), kind: parsed.kind };
}

/**
 * The EDTF a phrase typed in a date field becomes, with the other dates it may mean; or
 * why it is no date, with a hint of what to write. Never throws.
 */
export function readDatePhrase(text: string, options: DatePhraseOptions): DatePhraseResult {
  const locale: DatePhraseLocale = typeof options?.locale === 'string' && Object.hasOwn(HINT, options.locale) ? options.locale : 'en';
  const order = options?.order === 'mdy' ? 'mdy' : 'dmy';
  const settings: DatePhraseOptions = { locale, order, ...(Number.isInteger(options?.year) ? { year: options.year } : {}) };
  const say = (message: Words): DatePhraseResult => ({ ok: false, reason: message[locale] });
  try {
    if (typeof text !== 'string')
      return say(
        withHint({
          en: 'there is no date',
          fr: 'il n’y a pas de date',
          de: 'hier steht kein Datum',
          es: 'no hay ninguna fecha',
          ar: 'لا يوجد تاريخ',
        }),
      );
    // Trimming is one native pass; what is scanned after it is at most MAX_DATE_PHRASE_LENGTH long.
    const trimmed = foldFigures(text).trim();
    if (trimmed === '')
      return say(
        withHint({
          en: 'the date is empty',
          fr: 'la date est vide',
          de: 'das Datum ist leer',
          es: 'la fecha está vacía',
          ar: 'التاريخ فارغ',
        }),
      );
    if (trimmed.length > MAX_DATE_PHRASE_LENGTH) {
      return say(
        withHint({
          en: `this is too long for a date (over ${MAX_DATE_PHRASE_LENGTH} characters)`,
          fr: `c’est trop long pour une date (plus de ${MAX_DATE_PHRASE_LENGTH} caractères)`,
          de: `das ist zu lang für ein Datum (mehr als ${MAX_DATE_PHRASE_LENGTH} Zeichen)`,
          es: `es demasiado largo para una fecha (más de ${MAX_DATE_PHRASE_LENGTH} caracteres)`,
          ar: `هذا أطول من أن يكون تاريخًا (أكثر من ${MAX_DATE_PHRASE_LENGTH} حرف)`,
        }),
      );
    }
    const edtf = readEdtf(trimmed);
    if (edtf !== undefined) return succeed(formatEdtf(edtf), edtf);

    const tokens = tokenize(normalize(trimmed));
    if (isFailure(tokens)) return say(tokens.failure);
    const reading = readStructure(tokens, { order });
    if (isFailure(reading)) return say(reading.failure);

    const found: { edtf: string; parsed: ParsedDate; labels: Label[] }[] = [];
    let firstFailure: Words | undefined;
    for (const candidate of reading.candidates) {
      const result = toEdtf(candidate, settings);
      if (isFailure(result)) {
        firstFailure ??= result.failure;
        continue;
      }
      const parsed = parseEdtf(result);
      if (!parsed.ok) {
        // parseEdtf speaks English only; what is built above is EDTF it reads, so this is not reached.
        firstFailure ??= { en: parsed.reason, fr: parsed.reason, de: parsed.reason, es: parsed.reason, ar: parsed.reason };
        continue;
      }
      if (!found.some((other) => other.edtf === result)) found.push({ edtf: result, parsed: parsed.value, labels: candidate.labels });
    }
    const [primary, ...others] = found;
    if (primary === undefined)
      return say(
        firstFailure ??
          withHint({
            en: 'this is no date',
            fr: 'ce n’est pas une date',
            de: 'das ist kein Datum',
            es: 'esto no es una fecha',
            ar: 'هذا ليس تاريخًا',
          }),
      );
    const result = succeed(primary.edtf, primary.parsed);
    if (reading.approximate) result.approximate = true;
    if (others.length > 0) {
      result.alternatives = others.map(({ edtf, labels }) => ({ edtf, reading: labels.map((label) => LABELS[label][locale]).join(', ') }));
    }
    return result;
  } catch {
    // Nothing above should throw; a date field must not break on what it is given.
    return say(
      withHint({
        en: 'this could not be read',
        fr: 'ceci n’a pu être lu',
        de: 'das ließ sich nicht lesen',
        es: 'no se ha podido leer',
        ar: 'تعذّرت قراءة هذا',
      }),
    );
  }
}
