/** The interface's strings and dates in words in French. */
import { fr } from 'date-fns/locale/fr';
import type { Strings } from './en.ts';
import type { DateWords } from '../dates.ts';
import type { Precision } from '../../model/edtf.ts';
import type { PluralForms } from '../counting.ts';
import { fieldFr } from './fr-fields.ts';

const numbers = new Intl.NumberFormat('fr');
const rules = new Intl.PluralRules('fr');
const n = (count: number) => numbers.format(count);
/** The form of `forms` that `count` takes, its `#` the count in French's digits. */
const plural = (count: number, forms: PluralForms) => (forms[rules.select(count)] ?? forms.other).replace('#', () => n(count));
// French counts 0 and 1 in the singular (Intl.PluralRules' "one").
const events = (count: number) => plural(count, { one: '# événement', other: '# événements' });

export const strings: Strings = {
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
  moreCountries: (count: number) => `${n(count)} autres pays`,
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
  placeOnPath: (index, total) => `${n(index)} sur ${n(total)}`,
  followThread: (count) => `Suivre ce fil (${events(count)})`,
  inThread: (count) => `Fil de ${n(count)} événements liés`,
  leaveThread: 'Quitter le fil',
  threadWithContext: 'Inclure les événements qui posent le décor (liens de contexte)',
  onAuthorsPath: 'Sur le parcours de l’auteur',
  readInTimeOrder: 'Lire dans l’ordre du temps',
  storyInFull: (count) => `Le récit complet\u202f: ${events(count)}, avec ce que disent les sources`,
  gapLater: (duration) => `${duration} plus tard`,
  foldAgain: 'Replier ces événements',
  readLess: 'Réduire',
  showing: (shown, total) => (shown === total ? events(total) : `${events(shown)} sur ${n(total)}`),
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
  andMore: (count: number) => `et ${n(count)} de plus`,
  showMore: (step: number) => `En afficher ${n(step)} de plus`,
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
  eventCount: events,
  language: 'Langue',
  loading: 'Chargement de la chronologie…',
  datasetInvalid: (count) => `Ce jeu de données a ${plural(count, { one: '# problème', other: '# problèmes' })}`,
  loadFailed: 'La chronologie n’a pas pu être chargée',
  retry: 'Réessayer',
  unknownInUrl: (what) => `Le lien désignait ${what}, absent de cette chronologie ; ignoré.`,
  sources: 'Sources',
  images: 'Images',
  downloadSvg: 'Télécharger cette vue en SVG, pour l’impression',
  cite: 'Citer',
  citeEvent: 'Citer cet événement',
  citeQuote: 'Citer cet extrait',
  citationStyle: 'Référence au style Chicago (17e édition, bibliographie ; en anglais, comme ce style le veut)',
  copy: 'Copier',
  copied: 'Copié',
  copyByHand: 'Sélectionné : appuyez sur Ctrl+C (⌘C sur un Mac) pour copier',
  permalink: 'Lien permanent',
  accessedOn: (date: string) => `Consulté le ${date}`,
  downloadCsl: 'Télécharger en CSL-JSON',
  downloadBibtex: 'Télécharger en BibTeX',
  closeCitation: 'Fermer la référence',
  citeLoading: 'Préparation de la référence…',
  citeFailed: 'La référence n’a pas pu être préparée.',
  linkedQuote: 'L’extrait que désigne ce lien',
  skipToList: 'Aller à la liste des événements',
  selected: 'sélectionné',
  earlier: (count) => plural(count, { one: '# événement antérieur', other: '# événements antérieurs' }),
  later: (count) => plural(count, { one: '# événement postérieur', other: '# événements postérieurs' }),
  clusterLabel: (count, days) => `${events(count)}, ${days}`,
  skippedEvents: (count) =>
    plural(count, {
      one: '# événement de ce jeu de données n’est pas affiché, car il comporte des erreurs',
      other: '# événements de ce jeu de données ne sont pas affichés, car ils comportent des erreurs',
    }),
  problemAt: {
    dataset: 'le jeu de données',
    item: { sources: 'Source %', actors: 'Acteur %', events: 'Événement %', path: 'Étape % du parcours' },
    quoted: ', «\u00a0%\u00a0»',
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

/** "le 5 octobre 2021", "en octobre 2021", "en 2021"; an approximate date already reads "vers le 5 octobre 2021". */
function at(text: string, precision: Precision, approximate: boolean): string {
  if (approximate) return text;
  return precision === 'day' ? `le ${text}` : `en ${text}`;
}

export const dates: DateWords = {
  dateFnsLocale: fr,
  dayNumber: (day) => (day === 1 ? '1er' : String(day)),
  beforeChrist: 'av. J.-C.',
  approximate: (text, precision) => (precision === 'day' ? `vers le ${text}` : `vers ${text}`),
  uncertain: (text) => `${text} (date incertaine)`,
  planned: (text) => `${text}, prévu`,
  between: (start, end, precision) => (precision === 'day' ? `entre le ${start} et le ${end}` : `entre ${start} et ${end}`),
  onOrBefore: (text, precision, approximate) => `${at(text, precision, approximate)} ou avant`,
  onOrAfter: (text, precision, approximate) => `${at(text, precision, approximate)} ou après`,
  endNotes: {
    start: { approximate: 'début approximatif', uncertain: 'début incertain', both: 'début approximatif et incertain' },
    end: { approximate: 'fin approximative', uncertain: 'fin incertaine', both: 'fin approximative et incertaine' },
  },
};
