/** The interface's strings and dates in words in Spanish. */
import { es } from 'date-fns/locale/es';
import type { Strings } from './en.ts';
import type { DateWords } from '../dates.ts';
import type { Precision } from '../../model/edtf.ts';
import type { PluralForms } from '../counting.ts';

const numbers = new Intl.NumberFormat('es');
const rules = new Intl.PluralRules('es');
const n = (count: number) => numbers.format(count);
/** The form of `forms` that `count` takes, its `#` the count in Spanish's digits. */
const plural = (count: number, forms: PluralForms) => (forms[rules.select(count)] ?? forms.other).replace('#', () => n(count));
const events = (count: number) => plural(count, { one: '# acontecimiento', other: '# acontecimientos' });

/**
 * The fields of the schema with words where a problem is (as fr-fields.ts), each with its
 * article, and for a list one entry of it after a slash. Spanish names the field with its
 * article ("la primera cita"), where "su" would say nothing of its gender for "the".
 */
const FIELDS: Record<string, string> = {
  id: 'el identificador',
  title: 'el título',
  file: 'el archivo',
  origin: 'el origen',
  name: 'el nombre',
  kind: 'el tipo',
  country: 'el país',
  role: 'el cargo',
  date: 'la fecha',
  dateBasis: 'la base de la fecha',
  dateNote: 'la nota sobre la fecha',
  status: 'el estado',
  countries: 'los países/el país',
  actors: 'los actores/el actor',
  summary: 'el resumen',
  quotes: 'las citas/la cita',
  related: 'los enlaces/el enlace',
  tags: 'las etiquetas/la etiqueta',
  media: 'el contenido multimedia',
  source: 'la fuente',
  speaker: 'el autor',
  event: 'el acontecimiento',
  type: 'el tipo',
  note: 'la nota',
  url: 'la dirección',
  alt: 'el texto alternativo',
  caption: 'el pie',
  thumbnail: 'la miniatura',
  credit: 'el crédito',
  description: 'la descripción',
  language: 'el idioma',
  schemaVersion: 'la versión del esquema',
  sources: 'las fuentes',
  events: 'los acontecimientos',
  path: 'el recorrido',
};

// "el primer enlace", "el tercer país": masculine ordinals drop their -o before the noun.
const ORDINALS = 'primer segundo tercer cuarto quinto sexto séptimo octavo noveno décimo'.split(' ');
const FEMININE_ORDINALS = 'primera segunda tercera cuarta quinta sexta séptima octava novena décima'.split(' ');

/** "el 5 de octubre de 2021", "en octubre de 2021", "en 2021"; an approximate date already reads "hacia el 5 de octubre de 2021". */
function at(text: string, precision: Precision, approximate: boolean): string {
  if (approximate) return text;
  return precision === 'day' ? `el ${text}` : `en ${text}`;
}

export const strings: Strings = {
  colon: ': ',
  timeline: 'Cronología',
  timelineHelp:
    'Las flechas pasan de un acontecimiento a otro por orden cronológico, Intro abre el elegido, + y − acercan y alejan, Inicio y Fin llevan al primero y al último.',
  zoomIn: 'Acercar',
  zoomOut: 'Alejar',
  fitAll: 'Ver todo',
  groupByCountry: 'Agrupar por país',
  groupBy: 'Agrupar por',
  groupNone: 'Nada',
  groupCountry: 'País',
  groupTag: 'Etiqueta',
  tags: 'Etiquetas',
  noTag: 'Sin etiqueta',
  mediaKind: { image: 'Imagen', video: 'Vídeo', audio: 'Audio', page: 'Página' },
  mediaCredit: 'Crédito',
  listView: 'Lista',
  timelineView: 'Cronología',
  viewMode: 'Vista',
  filters: 'Filtros',
  countries: 'Países',
  otherCountries: 'Otros países',
  noCountry: 'Sin país',
  moreCountries: (count) => plural(count, { one: '# país más', other: '# países más' }),
  actors: 'Actores',
  dateKnown: 'Cómo se conoce la fecha',
  basisOption: { stated: 'Indicada en las fuentes', relative: 'Calculada a partir del texto', inferred: 'Deducida' },
  basisChip: { stated: 'Fecha indicada', relative: 'Fecha calculada', inferred: 'Fecha deducida' },
  search: 'Buscar en títulos y citas',
  searchHint: 'Buscar',
  clearFilters: 'Quitar todos los filtros',
  activeFilters: 'Filtros activos',
  removeFilter: (name) => `Quitar el filtro ${name}`,
  // "Filtros 2 elegidos": the participle agrees with the filters.
  chosen: (count) => plural(count, { one: 'elegido', other: 'elegidos' }),
  howToRead: 'Cómo leerlo',
  readMore: 'Leer más',
  readingPath: 'Recorrido de lectura',
  previous: 'Anterior',
  next: 'Siguiente',
  start: 'Empezar',
  placeOnPath: (index, total) => `${n(index)} de ${n(total)}`,
  followThread: (count) => `Seguir este hilo (${events(count)})`,
  inThread: (count) =>
    `Siguiendo un hilo de ${plural(count, { one: '# acontecimiento relacionado', other: '# acontecimientos relacionados' })}`,
  leaveThread: 'Salir del hilo',
  threadWithContext: 'Incluir los acontecimientos que sirven de contexto (enlaces de contexto)',
  onAuthorsPath: 'En el recorrido del autor',
  readInTimeOrder: 'Leer por orden cronológico',
  storyInFull: (count) => `La historia completa: ${events(count)}, con lo que dicen las fuentes`,
  gapLater: (duration) => `${duration} después`,
  foldAgain: 'Volver a agrupar estos acontecimientos',
  readLess: 'Mostrar menos',
  showing: (shown, total) => (shown === total ? events(total) : `${n(shown)} de ${events(total)}`),
  noMatch: 'Ningún acontecimiento coincide con estos filtros.',
  noEvents: 'Esta historia aún no tiene acontecimientos.',
  close: 'Cerrar',
  details: 'Detalles del acontecimiento',
  when: 'Cuándo',
  howDated: 'Cómo se ha establecido esta fecha',
  dateBasis: {
    stated: 'Fecha indicada en las fuentes',
    relative: 'Fecha calculada a partir de una expresión relativa',
    inferred: 'Fecha deducida',
  },
  who: 'Quién',
  where: 'Países',
  summary: 'Resumen',
  quotes: 'Lo que dicen las fuentes',
  source: 'Fuente',
  readInContext: 'Leer en contexto',
  hideContext: 'Ocultar el contexto',
  contextNotFound: 'Esta cita no figura en su fuente tal como se ha cargado.',
  andMore: (count) => `y ${n(count)} más`,
  showMore: (step) => `Mostrar ${n(step)} más`,
  related: 'Acontecimientos relacionados',
  relation: {
    causes: 'Condujo a',
    'caused-by': 'Causado por',
    'responds-to': 'Responde a',
    'responded-by': 'Respondido por',
    'follows-up': 'Da continuidad a',
    'followed-by': 'Continuado por',
    context: 'Contexto',
    'context-for': 'Contexto de',
  },
  linkTypes: { causes: 'causa', 'responds-to': 'responde a', 'follows-up': 'da continuidad', context: 'contexto' },
  legendLinks: 'Enlaces',
  hiddenByFilters: 'oculto por los filtros actuales',
  legendPoint: 'Acontecimiento en un día conocido',
  legendSpan: 'Acontecimiento de varios días',
  legendApprox: 'Fecha aproximada o incierta',
  legendPlanned: 'Previsto',
  legendInferred: 'Fecha deducida del contexto, no indicada',
  legendCovered: 'Solo se sabe que ocurrió en este periodo (un mes, un año, un intervalo)',
  eventCount: events,
  language: 'Idioma',
  loading: 'Cargando la cronología…',
  datasetInvalid: (count) => `Este conjunto de datos tiene ${plural(count, { one: '# problema', other: '# problemas' })}`,
  loadFailed: 'No se ha podido cargar la cronología',
  retry: 'Reintentar',
  unknownInUrl: (what) => `El enlace indicaba ${what}, que no existe en esta cronología; se ha pasado por alto.`,
  sources: 'Fuentes',
  images: 'Imágenes',
  downloadSvg: 'Descargar esta vista en SVG, para imprimir',
  cite: 'Citar',
  citeEvent: 'Citar este acontecimiento',
  citeQuote: 'Citar este fragmento',
  citationStyle: 'Referencia en estilo Chicago (17.ª edición, bibliografía; en inglés, como pide este estilo)',
  copy: 'Copiar',
  copied: 'Copiado',
  copyByHand: 'Seleccionado: pulse Ctrl+C (⌘C en un Mac) para copiar',
  permalink: 'Enlace permanente',
  accessedOn: (date: string) => `Consultado el ${date}`,
  downloadCsl: 'Descargar en CSL-JSON',
  downloadBibtex: 'Descargar en BibTeX',
  closeCitation: 'Cerrar la referencia',
  citeLoading: 'Preparando la referencia…',
  citeFailed: 'No se pudo preparar la referencia.',
  linkedQuote: 'El fragmento al que apunta este enlace',
  skipToList: 'Ir a la lista de acontecimientos',
  selected: 'seleccionado',
  earlier: (count) => plural(count, { one: '# acontecimiento anterior', other: '# acontecimientos anteriores' }),
  later: (count) => plural(count, { one: '# acontecimiento posterior', other: '# acontecimientos posteriores' }),
  clusterLabel: (count, days) => `${events(count)}, ${days}`,
  skippedEvents: (count) =>
    plural(count, {
      one: '# acontecimiento de este conjunto de datos no se muestra porque contiene errores',
      other: '# acontecimientos de este conjunto de datos no se muestran porque contienen errores',
    }),
  problemAt: {
    dataset: 'el conjunto de datos',
    item: { sources: 'Fuente %', actors: 'Actor %', events: 'Acontecimiento %', path: 'Paso % del recorrido' },
    quoted: ', «%»',
    field: (key, one) => (Object.hasOwn(FIELDS, key) ? FIELDS[key]?.split('/')[one ? 1 : 0] : undefined),
    nth: (entry, n) => {
      const ordinal = (entry.startsWith('la ') ? FEMININE_ORDINALS : ORDINALS)[n - 1];
      return ordinal ? entry.replace(' ', ` ${ordinal} `) : `${entry} ${n}`;
    },
    // Every field is already named with its article.
    the: (its) => its,
    // "la fuente de la primera cita", "el título del conjunto de datos".
    of: (part, whole) => `${part} de ${whole}`.replace(/ de el /, ' del '),
  },
};

export const dates: DateWords = {
  dateFnsLocale: es,
  dayNumber: (day) => String(day),
  // "5 de octubre de 2021", "octubre de 2021", and "5–6 de octubre de 2021" for a range.
  join: (words) => words.join(' de '),
  beforeChrist: 'a. C.',
  approximate: (text, precision) => (precision === 'day' ? `hacia el ${text}` : `hacia ${text}`),
  uncertain: (text) => `${text} (fecha incierta)`,
  planned: (text) => `${text}, previsto`,
  between: (start, end, precision) => (precision === 'day' ? `entre el ${start} y el ${end}` : `entre ${start} y ${end}`),
  onOrBefore: (text, precision, approximate) => `${at(text, precision, approximate)} o antes`,
  onOrAfter: (text, precision, approximate) => `${at(text, precision, approximate)} o después`,
  endNotes: {
    start: { approximate: 'inicio aproximado', uncertain: 'inicio incierto', both: 'inicio aproximado e incierto' },
    end: { approximate: 'final aproximado', uncertain: 'final incierto', both: 'final aproximado e incierto' },
  },
};
