/**
 * Every interface string, in English and French. Dates are worded in dates.ts and
 * country names come from Intl.DisplayNames, so neither appears here.
 */
export type Locale = 'en' | 'fr';
export const LOCALES: readonly Locale[] = ['en', 'fr'];

/**
 * The fields of the schema that have words where a problem is (src/i18n/problemWords.ts):
 * each as "its" field in French, and, for a list, one entry of it after a slash. A quote's
 * text has none: it is the quote itself.
 */
const FIELDS_FR: Record<string, string> = {
  id: 'son identifiant',
  title: 'son titre',
  file: 'son fichier',
  origin: 'son origine',
  name: 'son nom',
  kind: 'son type',
  country: 'son pays',
  role: 'son rôle',
  date: 'sa date',
  dateBasis: 'sa base de datation',
  dateNote: 'sa note de date',
  status: 'son statut',
  countries: 'ses pays/son pays',
  actors: 'ses acteurs/son acteur',
  summary: 'son résumé',
  quotes: 'ses citations/sa citation',
  related: 'ses liens/son lien',
  tags: 'ses mots-clés/son mot-clé',
  media: 'son média',
  source: 'sa source',
  speaker: 'son auteur',
  event: 'son événement',
  type: 'son type',
  note: 'sa note',
  url: 'son adresse',
  alt: 'son texte alternatif',
  caption: 'sa légende',
  thumbnail: 'sa vignette',
  credit: 'son crédit',
  description: 'sa description',
  language: 'sa langue',
  schemaVersion: 'sa version de schéma',
  sources: 'ses sources',
  events: 'ses événements',
  path: 'son parcours',
};

/** A field's words in French, or one entry's (`one`); undefined for a key that is no field with words (or no list, for `one`). */
const fieldFr = (key: string, one?: boolean) => (Object.hasOwn(FIELDS_FR, key) ? FIELDS_FR[key]?.split('/')[one ? 1 : 0] : undefined);

const en = {
  /** French sets a (narrow no-break) space before a colon; English does not. */
  colon: ': ',
  timeline: 'Timeline',
  timelineHelp:
    'Arrow keys move between events in time order, Enter opens one, + and − zoom, Home and End jump to the first and last event.',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fitAll: 'Fit all',
  groupByCountry: 'Group by country',
  groupBy: 'Group by',
  groupNone: 'Nothing',
  groupCountry: 'Country',
  groupTag: 'Tag',
  tags: 'Tags',
  /** The lane of the events that carry no tag, when grouped by tag. */
  noTag: 'No tag',
  /** What a media link leads to; an image shown as a link when it cannot load. */
  mediaKind: { image: 'Image', video: 'Video', audio: 'Audio', page: 'Page' },
  mediaCredit: 'Credit',
  listView: 'List',
  timelineView: 'Timeline',
  viewMode: 'View',
  filters: 'Filters',
  countries: 'Countries',
  otherCountries: 'Other countries',
  /** The lane of the events that name no country, when grouped by country. */
  noCountry: 'No country',
  moreCountries: (count: number) => `${count} more countries`,
  actors: 'Actors',
  dateKnown: 'How the date is known',
  basisOption: { stated: 'Stated in the sources', relative: 'Worked out from the text', inferred: 'Inferred' },
  /** A chip, out of the panel: says it is the date that is inferred. */
  basisChip: { stated: 'Date stated', relative: 'Date worked out', inferred: 'Date inferred' },
  search: 'Search titles and quotes',
  /** Short enough for the search box on a phone; `search` stays its label. */
  searchHint: 'Search titles and quotes',
  clearFilters: 'Clear all filters',
  activeFilters: 'Active filters',
  removeFilter: (name: string) => `Remove filter ${name}`,
  /** After the count on the Filters button: "Filters 2 chosen", which starts with what the button shows. */
  // English does not agree the participle with the count; French does.
  chosen: (_count: number) => 'chosen',
  howToRead: 'How to read this',
  readMore: 'Read more',
  readingPath: 'Reading path',
  previous: 'Previous',
  next: 'Next',
  start: 'Start',
  placeOnPath: (index: number, total: number) => `${index} of ${total}`,
  followThread: (count: number) => `Follow this thread (${count} events)`,
  inThread: (count: number) => `Following a thread of ${count} linked events`,
  leaveThread: 'Leave the thread',
  threadWithContext: 'Include the events that set the scene (context links)',
  onAuthorsPath: 'On the author’s path',
  readInTimeOrder: 'Read in time order',
  storyInFull: (count: number) => `The story in full: ${count === 1 ? '1 event' : `${count} events`}, with what the sources say`,
  /** A break in the vertical timeline, where empty time is cut out. */
  gapLater: (duration: string) => `${duration} later`,
  foldAgain: 'Fold these events again',
  readLess: 'Read less',
  showing: (shown: number, total: number) =>
    shown === total ? `${total} event${total === 1 ? '' : 's'}` : `${shown} of ${total} event${total === 1 ? '' : 's'}`,
  noMatch: 'No event matches these filters.',
  noEvents: 'This story has no events yet.',
  close: 'Close',
  details: 'Event details',
  when: 'When',
  howDated: 'How this date was resolved',
  dateBasis: { stated: 'Date stated in the sources', relative: 'Date worked out from a relative expression', inferred: 'Date inferred' },
  who: 'Who',
  where: 'Countries',
  summary: 'Summary',
  quotes: 'What the sources say',
  source: 'Source',
  readInContext: 'Read in context',
  hideContext: 'Hide context',
  contextNotFound: 'This quote is not in its source as loaded.',
  andMore: (count: number) => `and ${count.toLocaleString('en')} more`,
  showMore: (step: number) => `Show ${step.toLocaleString('en')} more`,
  related: 'Related events',
  relation: {
    causes: 'Led to',
    'caused-by': 'Caused by',
    'responds-to': 'Responds to',
    'responded-by': 'Answered by',
    'follows-up': 'Follows up on',
    'followed-by': 'Followed up by',
    context: 'Context',
    'context-for': 'Context for',
  },
  linkTypes: { causes: 'causes', 'responds-to': 'responds to', 'follows-up': 'follows up', context: 'context' },
  legendLinks: 'Links',
  hiddenByFilters: 'hidden by the current filters',
  legendPoint: 'Event on a known day',
  legendSpan: 'Event over several days',
  legendApprox: 'Approximate or uncertain date',
  legendPlanned: 'Planned',
  legendInferred: 'Date inferred from context, not stated',
  legendCovered: 'Known only within this stretch (a month, a year, a window)',
  eventCount: (count: number) => (count === 1 ? '1 event' : `${count} events`),
  language: 'Language',
  loading: 'Loading the timeline…',
  datasetInvalid: (count: number) => (count === 1 ? 'This dataset has 1 problem' : `This dataset has ${count} problems`),
  loadFailed: 'The timeline could not be loaded',
  retry: 'Retry',
  unknownInUrl: (what: string) => `The link named ${what} that this timeline does not have; it was ignored.`,
  sources: 'Sources',
  downloadSvg: 'Download this view as SVG, for print',
  skipToList: 'Skip to the list of events',
  selected: 'selected',
  earlier: (count: number) => (count === 1 ? '1 earlier event' : `${count} earlier events`),
  later: (count: number) => (count === 1 ? '1 later event' : `${count} later events`),
  /** A cluster of events drawn as one mark when zoomed out; `days` is worded by describeDays. */
  clusterLabel: (count: number, days: string) => `${count === 1 ? '1 event' : `${count} events`}, ${days}`,
  skippedEvents: (count: number) =>
    count === 1
      ? '1 event of this dataset is not shown because of problems in it'
      : `${count} events of this dataset are not shown because of problems in them`,
  /**
   * Where a problem is, in words (src/i18n/problemWords.ts), e.g. "Event 15, “Super Bowl”: its
   * first quote". `%` stands for a number or a name.
   */
  problemAt: {
    dataset: 'the dataset',
    item: { sources: 'Source %', actors: 'Actor %', events: 'Event %', path: 'Step % of the path' } as Record<string, string>,
    quoted: '“%”',
    /**
     * A field of the schema, "its title", or one entry of a list field (`one`), "its quote": its
     * name in words, but for three; undefined as fieldFr is.
     */
    field: (key: string, one?: boolean): string | undefined => {
      const noun =
        ({ url: 'address', alt: 'alt text', related: 'links' } as Record<string, string>)[key] ??
        key.replace(/[A-Z]/g, (capital) => ` ${capital.toLowerCase()}`);
      return fieldFr(key, one) && `its ${one ? noun.replace(/ies$/, 'y').replace(/s$/, '') : noun}`;
    },
    /** The `n`th (from 1) entry: "its first quote", … "its tenth quote", then "its quote 11". */
    nth: (entry: string, n: number) => {
      const ordinal = 'first second third fourth fifth sixth seventh eighth ninth tenth'.split(' ')[n - 1];
      return ordinal ? entry.replace(' ', ` ${ordinal} `) : `${entry} ${n}`;
    },
    the: (its: string) => its.replace(/^its /, 'the '),
    of: (part: string, whole: string) => `${part} of ${whole}`,
  },
};

export type Strings = typeof en;

const fr: Strings = {
  colon: '\u202f: ',
  timeline: 'Chronologie',
  timelineHelp:
    'Les flèches passent d’un événement à l’autre dans l’ordre du temps, Entrée en ouvre un, + et − zooment, Début et Fin vont au premier et au dernier.',
  zoomIn: 'Zoom avant',
  zoomOut: 'Zoom arrière',
  fitAll: 'Tout afficher',
  groupByCountry: 'Grouper par pays',
  groupBy: 'Grouper par',
  groupNone: 'Rien',
  groupCountry: 'Pays',
  groupTag: 'Mot-clé',
  tags: 'Mots-clés',
  noTag: 'Sans mot-clé',
  mediaKind: { image: 'Image', video: 'Vidéo', audio: 'Audio', page: 'Page' },
  mediaCredit: 'Crédit',
  listView: 'Liste',
  timelineView: 'Chronologie',
  viewMode: 'Affichage',
  filters: 'Filtres',
  countries: 'Pays',
  otherCountries: 'Autres pays',
  noCountry: 'Sans pays',
  moreCountries: (count: number) => `${count} autres pays`,
  actors: 'Acteurs',
  dateKnown: 'Comment la date est connue',
  basisOption: { stated: 'Donnée par les sources', relative: 'Calculée d’après le texte', inferred: 'Déduite' },
  basisChip: { stated: 'Date donnée', relative: 'Date calculée', inferred: 'Date déduite' },
  search: 'Rechercher dans les titres et les citations',
  searchHint: 'Rechercher',
  clearFilters: 'Effacer tous les filtres',
  activeFilters: 'Filtres actifs',
  removeFilter: (name) => `Retirer le filtre ${name}`,
  chosen: (count) => `choisi${count > 1 ? 's' : ''}`,
  howToRead: 'Comment lire ce graphique',
  readMore: 'Lire la suite',
  readingPath: 'Parcours de lecture',
  previous: 'Précédent',
  next: 'Suivant',
  start: 'Commencer',
  placeOnPath: (index, total) => `${index} sur ${total}`,
  followThread: (count) => `Suivre ce fil (${count} événements)`,
  inThread: (count) => `Fil de ${count} événements liés`,
  leaveThread: 'Quitter le fil',
  threadWithContext: 'Inclure les événements qui posent le décor (liens de contexte)',
  onAuthorsPath: 'Sur le parcours de l’auteur',
  readInTimeOrder: 'Lire dans l’ordre du temps',
  storyInFull: (count) => `Le récit complet\u202f: ${count === 1 ? '1 événement' : `${count} événements`}, avec ce que disent les sources`,
  gapLater: (duration) => `${duration} plus tard`,
  foldAgain: 'Replier ces événements',
  readLess: 'Réduire',
  // French counts 0 and 1 in the singular.
  showing: (shown, total) =>
    shown === total ? `${total} événement${total > 1 ? 's' : ''}` : `${shown} événement${shown > 1 ? 's' : ''} sur ${total}`,
  noMatch: 'Aucun événement ne correspond à ces filtres.',
  noEvents: 'Cette chronologie ne compte encore aucun événement.',
  close: 'Fermer',
  details: 'Détail de l’événement',
  when: 'Quand',
  howDated: 'Comment cette date a été établie',
  dateBasis: { stated: 'Date donnée par les sources', relative: 'Date déduite d’une expression relative', inferred: 'Date déduite' },
  who: 'Qui',
  where: 'Pays',
  summary: 'Résumé',
  quotes: 'Ce que disent les sources',
  source: 'Source',
  readInContext: 'Lire dans son contexte',
  hideContext: 'Masquer le contexte',
  contextNotFound: 'Cette citation ne se trouve pas dans sa source telle que chargée.',
  andMore: (count: number) => `et ${count.toLocaleString('fr')} de plus`,
  showMore: (step: number) => `En afficher ${step.toLocaleString('fr')} de plus`,
  related: 'Événements liés',
  relation: {
    causes: 'A conduit à',
    'caused-by': 'Causé par',
    'responds-to': 'Répond à',
    'responded-by': 'Réponse',
    'follows-up': 'Fait suite à',
    'followed-by': 'Suivi de',
    context: 'Contexte',
    'context-for': 'Contexte de',
  },
  linkTypes: { causes: 'cause', 'responds-to': 'répond à', 'follows-up': 'fait suite à', context: 'contexte' },
  legendLinks: 'Liens',
  hiddenByFilters: 'masqué par les filtres',
  legendPoint: 'Événement daté au jour près',
  legendSpan: 'Événement sur plusieurs jours',
  legendApprox: 'Date approximative ou incertaine',
  legendPlanned: 'Prévu',
  legendInferred: 'Date déduite du contexte, non donnée',
  legendCovered: 'Connu seulement dans cette période (un mois, une année, une fenêtre)',
  eventCount: (count) => (count <= 1 ? `${count} événement` : `${count} événements`),
  language: 'Langue',
  loading: 'Chargement de la chronologie…',
  datasetInvalid: (count) => (count === 1 ? 'Ce jeu de données a 1 problème' : `Ce jeu de données a ${count} problèmes`),
  loadFailed: 'La chronologie n’a pas pu être chargée',
  retry: 'Réessayer',
  unknownInUrl: (what) => `Le lien désignait ${what}, absent de cette chronologie ; ignoré.`,
  sources: 'Sources',
  downloadSvg: 'Télécharger cette vue en SVG, pour l’impression',
  skipToList: 'Aller à la liste des événements',
  selected: 'sélectionné',
  earlier: (count) => (count <= 1 ? `${count} événement antérieur` : `${count} événements antérieurs`),
  later: (count) => (count <= 1 ? `${count} événement postérieur` : `${count} événements postérieurs`),
  clusterLabel: (count, days) => `${count <= 1 ? `${count} événement` : `${count} événements`}, ${days}`,
  skippedEvents: (count) =>
    count <= 1
      ? `${count} événement de ce jeu de données n’est pas affiché, car il comporte des erreurs`
      : `${count} événements de ce jeu de données ne sont pas affichés, car ils comportent des erreurs`,
  problemAt: {
    dataset: 'le jeu de données',
    item: { sources: 'Source %', actors: 'Acteur %', events: 'Événement %', path: 'Étape % du parcours' },
    quoted: '«\u00a0%\u00a0»',
    field: fieldFr,
    nth: (entry, n) => {
      const first = entry.startsWith('sa ') ? 'première' : 'premier';
      const ordinal = `${first} deuxième troisième quatrième cinquième sixième septième huitième neuvième dixième`.split(' ')[n - 1];
      return ordinal ? entry.replace(' ', ` ${ordinal} `) : `${entry} ${n}`;
    },
    // "son adresse" → "l’adresse", "son titre" → "le titre", "sa note" → "la note", "ses pays" → "les pays".
    the: (its) =>
      its.replace(/^(?:son|sa) (?=[aeiouéh])/, 'l’').replace(/^s(on|a|es) /, (_, end: string) => (end === 'on' ? 'le ' : `l${end} `)),
    // "le titre du jeu de données", "la source de sa première citation".
    of: (part, whole) => `${part} de ${whole}`.replace(' de le ', ' du '),
  },
};

export const STRINGS: Record<Locale, Strings> = { en, fr };

export function pickLocale(requested: string | null | undefined): Locale {
  const base = (requested ?? '').toLowerCase().split('-')[0];
  return base === 'fr' ? 'fr' : 'en';
}

/** Country names in the reader's language, from the platform rather than a hand-written table. */
const regionNames = new Map<Locale, Intl.DisplayNames | null>();

function regionNamesIn(locale: Locale): Intl.DisplayNames | null {
  let names = regionNames.get(locale);
  if (names === undefined) {
    // Built once per locale: a filter list, a legend and swimlanes name the same countries again and again.
    try {
      names = new Intl.DisplayNames([locale], { type: 'region' });
    } catch {
      names = null;
    }
    regionNames.set(locale, names);
  }
  return names;
}

export function countryName(code: string, locale: Locale): string {
  try {
    return regionNamesIn(locale)?.of(code) ?? code;
  } catch {
    // A code Intl does not accept (e.g. "QM" in an old engine) is shown as it is.
    return code;
  }
}
