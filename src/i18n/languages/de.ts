/** The interface's strings and dates in words in German. */
import { de } from 'date-fns/locale/de';
import type { Strings } from './en.ts';
import type { DateWords } from '../dates.ts';
import type { Precision } from '../../model/edtf.ts';
import type { PluralForms } from '../counting.ts';

const numbers = new Intl.NumberFormat('de');
const rules = new Intl.PluralRules('de');
const n = (count: number) => numbers.format(count);
/** The form of `forms` that `count` takes, its `#` the count in German's digits. */
const plural = (count: number, forms: PluralForms) => (forms[rules.select(count)] ?? forms.other).replace('#', () => n(count));
const events = (count: number) => plural(count, { one: '# Ereignis', other: '# Ereignisse' });

/**
 * The fields of the schema with words where a problem is (as fr-fields.ts): each with its
 * article, then after "|" in the genitive, which "of" needs ("der Titel des Datensatzes");
 * for a list, one entry of it after a slash. German names the field with its article, not
 * "its": "sein" or "ihr" would agree with the item (das Ereignis, die Quelle).
 */
const FIELDS: Record<string, string> = {
  id: 'die Kennung|der Kennung',
  title: 'der Titel|des Titels',
  file: 'die Datei|der Datei',
  origin: 'die Herkunft|der Herkunft',
  name: 'der Name|des Namens',
  kind: 'die Art|der Art',
  country: 'das Land|des Landes',
  role: 'die Rolle|der Rolle',
  date: 'das Datum|des Datums',
  dateBasis: 'die Datierungsgrundlage|der Datierungsgrundlage',
  dateNote: 'die Datumsnotiz|der Datumsnotiz',
  status: 'der Status|des Status',
  countries: 'die Länder|der Länder/das Land|des Landes',
  actors: 'die Akteure|der Akteure/der Akteur|des Akteurs',
  summary: 'die Zusammenfassung|der Zusammenfassung',
  quotes: 'die Zitate|der Zitate/das Zitat|des Zitats',
  related: 'die Verknüpfungen|der Verknüpfungen/die Verknüpfung|der Verknüpfung',
  tags: 'die Schlagwörter|der Schlagwörter/das Schlagwort|des Schlagworts',
  media: 'das Medium|des Mediums',
  source: 'die Quelle|der Quelle',
  speaker: 'der Sprecher|des Sprechers',
  event: 'das Ereignis|des Ereignisses',
  type: 'der Typ|des Typs',
  note: 'die Notiz|der Notiz',
  url: 'die Adresse|der Adresse',
  alt: 'der Alternativtext|des Alternativtexts',
  caption: 'die Bildunterschrift|der Bildunterschrift',
  thumbnail: 'das Vorschaubild|des Vorschaubilds',
  credit: 'der Nachweis|des Nachweises',
  description: 'die Beschreibung|der Beschreibung',
  language: 'die Sprache|der Sprache',
  schemaVersion: 'die Schemaversion|der Schemaversion',
  sources: 'die Quellen|der Quellen',
  events: 'die Ereignisse|der Ereignisse',
  path: 'der Lesepfad|des Lesepfads',
};
const DATASET = 'der Datensatz|des Datensatzes';

/** Each nominative ("das Zitat") with its genitive ("des Zitats"). */
const GENITIVE = new Map(
  [...Object.values(FIELDS), DATASET].flatMap((forms) => forms.split('/').map((form) => form.split('|') as [string, string])),
);

const ORDINALS = 'erste zweite dritte vierte fünfte sechste siebte achte neunte zehnte'.split(' ');

/** "das erste Zitat" → "des ersten Zitats", "das Zitat 11" → "des Zitats 11"; else "von …". */
function genitive(phrase: string): string {
  const [, article = '', ordinal, noun = '', number = ''] = /^(\S+) (?:(\S+e) )?(\S+)((?: \d+)?)$/.exec(phrase) ?? [];
  const found = GENITIVE.get(`${article} ${noun}`);
  if (!found) return `von ${phrase}`;
  return (ordinal ? found.replace(' ', ` ${ordinal}n `) : found) + number;
}

/** "am 5. Oktober 2021", "im Oktober 2021", "2021"; an approximate date already reads "um den 5. Oktober 2021". */
function at(text: string, precision: Precision, approximate: boolean): string {
  if (approximate || precision === 'year') return text;
  return precision === 'day' ? `am ${text}` : `im ${text}`;
}

export const strings: Strings = {
  colon: ': ',
  timeline: 'Zeitleiste',
  timelineHelp:
    'Die Pfeiltasten wechseln in zeitlicher Reihenfolge von Ereignis zu Ereignis, die Eingabetaste öffnet eines, + und − zoomen, Pos1 und Ende springen zum ersten und zum letzten Ereignis.',
  zoomIn: 'Vergrößern',
  zoomOut: 'Verkleinern',
  fitAll: 'Alles zeigen',
  groupByCountry: 'Nach Land gruppieren',
  groupBy: 'Gruppieren nach',
  groupNone: 'Ohne',
  groupCountry: 'Land',
  groupTag: 'Schlagwort',
  tags: 'Schlagwörter',
  noTag: 'Ohne Schlagwort',
  mediaKind: { image: 'Bild', video: 'Video', audio: 'Audio', page: 'Seite' },
  mediaCredit: 'Nachweis',
  listView: 'Liste',
  timelineView: 'Zeitleiste',
  viewMode: 'Ansicht',
  filters: 'Filter',
  countries: 'Länder',
  otherCountries: 'Andere Länder',
  noCountry: 'Ohne Land',
  moreCountries: (count) => plural(count, { one: '# weiteres Land', other: '# weitere Länder' }),
  actors: 'Akteure',
  dateKnown: 'Woher das Datum stammt',
  basisOption: { stated: 'In den Quellen genannt', relative: 'Aus dem Text errechnet', inferred: 'Erschlossen' },
  basisChip: { stated: 'Datum genannt', relative: 'Datum errechnet', inferred: 'Datum erschlossen' },
  search: 'Titel und Zitate durchsuchen',
  searchHint: 'Suchen',
  clearFilters: 'Alle Filter zurücksetzen',
  activeFilters: 'Aktive Filter',
  removeFilter: (name) => `Filter ${name} entfernen`,
  // "Filter 2 ausgewählt": the participle does not agree in German.
  chosen: () => 'ausgewählt',
  howToRead: 'Lesehilfe',
  readMore: 'Weiterlesen',
  readingPath: 'Lesepfad',
  previous: 'Zurück',
  next: 'Weiter',
  start: 'Starten',
  placeOnPath: (index, total) => `${n(index)} von ${n(total)}`,
  followThread: (count) => `Diesem Strang folgen (${events(count)})`,
  inThread: (count) =>
    `Sie folgen einem Strang aus ${plural(count, { one: '# verknüpften Ereignis', other: '# verknüpften Ereignissen' })}`,
  leaveThread: 'Strang verlassen',
  threadWithContext: 'Auch die Ereignisse zeigen, die den Hintergrund bilden (Kontext-Verknüpfungen)',
  onAuthorsPath: 'Auf dem Lesepfad des Autors',
  readInTimeOrder: 'In zeitlicher Reihenfolge lesen',
  storyInFull: (count) => `Die ganze Geschichte: ${events(count)}, mit dem, was die Quellen sagen`,
  gapLater: (duration) => `${duration} später`,
  foldAgain: 'Diese Ereignisse wieder einklappen',
  readLess: 'Weniger anzeigen',
  // "3 von 31 Ereignissen": "von" takes the dative.
  showing: (shown, total) =>
    shown === total ? events(total) : `${n(shown)} von ${plural(total, { one: '# Ereignis', other: '# Ereignissen' })}`,
  noMatch: 'Kein Ereignis entspricht diesen Filtern.',
  noEvents: 'Diese Geschichte hat noch keine Ereignisse.',
  close: 'Schließen',
  details: 'Details zum Ereignis',
  when: 'Wann',
  howDated: 'Wie dieses Datum ermittelt wurde',
  dateBasis: {
    stated: 'Datum in den Quellen genannt',
    relative: 'Datum aus einer relativen Zeitangabe errechnet',
    inferred: 'Datum erschlossen',
  },
  who: 'Wer',
  where: 'Länder',
  summary: 'Zusammenfassung',
  quotes: 'Was die Quellen sagen',
  source: 'Quelle',
  readInContext: 'Im Zusammenhang lesen',
  hideContext: 'Zusammenhang ausblenden',
  contextNotFound: 'Dieses Zitat steht nicht in der geladenen Fassung seiner Quelle.',
  andMore: (count) => `und ${n(count)} weitere`,
  showMore: (step) => `${n(step)} weitere anzeigen`,
  related: 'Verknüpfte Ereignisse',
  relation: {
    causes: 'Führte zu',
    'caused-by': 'Ausgelöst durch',
    'responds-to': 'Reaktion auf',
    'responded-by': 'Beantwortet durch',
    'follows-up': 'Knüpft an',
    'followed-by': 'Fortgesetzt durch',
    context: 'Kontext',
    'context-for': 'Kontext für',
  },
  linkTypes: { causes: 'löst aus', 'responds-to': 'reagiert auf', 'follows-up': 'knüpft an', context: 'Kontext' },
  legendLinks: 'Verknüpfungen',
  hiddenByFilters: 'durch die aktuellen Filter ausgeblendet',
  legendPoint: 'Ereignis an einem bekannten Tag',
  legendSpan: 'Ereignis über mehrere Tage',
  legendApprox: 'Ungefähres oder unsicheres Datum',
  legendPlanned: 'Geplant',
  legendInferred: 'Datum aus dem Zusammenhang erschlossen, nicht genannt',
  legendCovered: 'Nur innerhalb dieses Zeitraums bekannt (ein Monat, ein Jahr, ein Zeitfenster)',
  eventCount: events,
  language: 'Sprache',
  loading: 'Die Zeitleiste wird geladen …',
  datasetInvalid: (count) => `Dieser Datensatz hat ${plural(count, { one: '# Problem', other: '# Probleme' })}`,
  loadFailed: 'Die Zeitleiste konnte nicht geladen werden',
  retry: 'Erneut versuchen',
  unknownInUrl: (what) => `Der Link nannte ${what}, das es in dieser Zeitleiste nicht gibt; die Angabe wurde übergangen.`,
  sources: 'Quellen',
  images: 'Bilder',
  downloadSvg: 'Diese Ansicht als SVG herunterladen, für den Druck',
  cite: 'Zitieren',
  citeEvent: 'Dieses Ereignis zitieren',
  citeQuote: 'Diese Textstelle zitieren',
  citationStyle: 'Quellenangabe im Chicago-Stil (17. Auflage, Bibliografie; auf Englisch, wie dieser Stil es vorsieht)',
  copy: 'Kopieren',
  copied: 'Kopiert',
  copyByHand: 'Markiert: Strg+C (⌘C auf dem Mac) drücken, um zu kopieren',
  permalink: 'Permanenter Link',
  accessedOn: (date: string) => `Abgerufen am ${date}`,
  downloadCsl: 'Als CSL-JSON herunterladen',
  downloadBibtex: 'Als BibTeX herunterladen',
  closeCitation: 'Quellenangabe schließen',
  citeLoading: 'Quellenangabe wird erstellt…',
  citeFailed: 'Die Quellenangabe konnte nicht erstellt werden.',
  linkedQuote: 'Die Textstelle, auf die dieser Link verweist',
  skipToList: 'Zur Liste der Ereignisse springen',
  selected: 'ausgewählt',
  earlier: (count) => plural(count, { one: '# früheres Ereignis', other: '# frühere Ereignisse' }),
  later: (count) => plural(count, { one: '# späteres Ereignis', other: '# spätere Ereignisse' }),
  clusterLabel: (count, days) => `${events(count)}, ${days}`,
  skippedEvents: (count) =>
    plural(count, {
      one: '# Ereignis dieses Datensatzes wird wegen Fehlern nicht angezeigt',
      other: '# Ereignisse dieses Datensatzes werden wegen Fehlern nicht angezeigt',
    }),
  problemAt: {
    dataset: DATASET.split('|')[0] as string,
    item: { sources: 'Quelle %', actors: 'Akteur %', events: 'Ereignis %', path: 'Schritt % des Lesepfads' },
    quoted: ', „%“',
    field: (key, one) => (Object.hasOwn(FIELDS, key) ? FIELDS[key]?.split('/')[one ? 1 : 0]?.split('|')[0] : undefined),
    nth: (entry, n) => {
      const ordinal = ORDINALS[n - 1];
      return ordinal ? entry.replace(' ', ` ${ordinal} `) : `${entry} ${n}`;
    },
    // Every field is already named with its article.
    the: (its) => its,
    // "die Quelle des ersten Zitats", "der Titel des Datensatzes".
    of: (part, whole) => `${part} ${genitive(whole)}`,
  },
};

export const dates: DateWords = {
  dateFnsLocale: de,
  dayTick: 'd. MMM',
  dayNumber: (day) => `${day}.`,
  beforeChrist: 'v. Chr.',
  approximate: (text, precision) => (precision === 'day' ? `um den ${text}` : precision === 'month' ? `etwa im ${text}` : `etwa ${text}`),
  uncertain: (text) => `${text} (Datum unsicher)`,
  planned: (text) => `${text}, geplant`,
  between: (start, end, precision) => (precision === 'day' ? `zwischen dem ${start} und dem ${end}` : `zwischen ${start} und ${end}`),
  onOrBefore: (text, precision, approximate) => `spätestens ${at(text, precision, approximate)}`,
  onOrAfter: (text, precision, approximate) => `frühestens ${at(text, precision, approximate)}`,
  endNotes: {
    start: { approximate: 'Beginn ungefähr', uncertain: 'Beginn unsicher', both: 'Beginn ungefähr und unsicher' },
    end: { approximate: 'Ende ungefähr', uncertain: 'Ende unsicher', both: 'Ende ungefähr und unsicher' },
  },
};
