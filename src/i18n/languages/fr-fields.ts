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
export const fieldFr = (key: string, one?: boolean) =>
  Object.hasOwn(FIELDS_FR, key) ? FIELDS_FR[key]?.split('/')[one ? 1 : 0] : undefined;
