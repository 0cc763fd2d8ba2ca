/**
 * Countries a sentence names, with the words that name them (issue 16). Pure.
 *
 * Names come from Intl.DisplayNames in English and in French ("France", "Australie",
 * "United Kingdom", "Royaume-Uni"), so every country is found without a table of ours. Three
 * short tables add what Intl does not give, and are kept small on purpose:
 * - ALIASES: the short forms news text uses ("US", "U.S.", "UK", "Britain", "America");
 * - DEMONYMS: the adjectives of the countries most in diplomatic news ("French", "française",
 *   "British", "chinois"); French ones are matched in lower case too ("le président français");
 * - SEATS: capitals and seats of government that stand for a country ("Paris", "Canberra",
 *   "Washington", "Élysée", "Whitehall", "Kremlin"). src/suggest/actors.ts reads a seat as the
 *   country's government when it acts ("Washington accused…"), not when it is a place ("in Paris").
 * Names are matched whole (not inside another word) and with their capital, so the pronoun
 * "us" is not the United States. "South China Sea" and "Indo-Pacific" name no country.
 */
import { countryOptions } from '../i18n/countries.ts';

export interface PlaceMention {
  start: number;
  end: number;
  text: string;
  code: string;
  /** How the words name the country. */
  by: 'name' | 'alias' | 'demonym' | 'seat';
}

const ALIASES: Record<string, string> = {
  US: 'US',
  'U.S.': 'US',
  USA: 'US',
  'U.S.A.': 'US',
  America: 'US',
  'United States of America': 'US',
  'Etats-Unis': 'US',
  UK: 'GB',
  'U.K.': 'GB',
  Britain: 'GB',
  'Great Britain': 'GB',
  'Grande-Bretagne': 'GB',
  England: 'GB',
  Angleterre: 'GB',
  PRC: 'CN',
  Russia: 'RU',
  Russie: 'RU',
};

/** Demonyms; the French ones in their four forms. */
const DEMONYMS: Record<string, string> = {};
const addDemonyms = (code: string, english: string[], french: string[]) => {
  for (const word of english) DEMONYMS[word] = code;
  for (const stem of french) {
    for (const form of frenchForms(stem)) DEMONYMS[form] = code;
  }
};
/** "français" → français, française, françaises; "américain" → américain(e)(s). */
function frenchForms(stem: string): string[] {
  if (stem.endsWith('s')) return [stem, `${stem}e`, `${stem}es`];
  if (stem.endsWith('e')) return [stem, `${stem}s`];
  if (stem.endsWith('en')) return [stem, `${stem}s`, `${stem}ne`, `${stem}nes`];
  return [stem, `${stem}s`, `${stem}e`, `${stem}es`];
}
addDemonyms('FR', ['French', 'Frenchman', 'Frenchmen'], ['français', 'Français']);
addDemonyms('US', ['American', 'Americans'], ['américain', 'Américain']);
addDemonyms('GB', ['British', 'Briton', 'Britons', 'English'], ['britannique', 'Britannique', 'anglais', 'Anglais']);
addDemonyms('AU', ['Australian', 'Australians'], ['australien', 'Australien']);
addDemonyms('CN', ['Chinese'], ['chinois', 'Chinois']);
addDemonyms('DE', ['German', 'Germans'], ['allemand', 'Allemand']);
addDemonyms('RU', ['Russian', 'Russians'], ['russe', 'Russe']);
addDemonyms('JP', ['Japanese'], ['japonais', 'Japonais']);
addDemonyms('IT', ['Italian', 'Italians'], ['italien', 'Italien']);
addDemonyms('ES', ['Spanish', 'Spaniard', 'Spaniards'], ['espagnol', 'Espagnol']);
addDemonyms('CA', ['Canadian', 'Canadians'], ['canadien', 'Canadien']);
addDemonyms('IN', ['Indian', 'Indians'], ['indien', 'Indien']);
addDemonyms('UA', ['Ukrainian', 'Ukrainians'], ['ukrainien', 'Ukrainien']);
addDemonyms('AF', ['Afghan', 'Afghans'], ['afghan', 'Afghan']);
addDemonyms('IR', ['Iranian', 'Iranians'], ['iranien', 'Iranien']);
addDemonyms('IL', ['Israeli', 'Israelis'], ['israélien', 'Israélien']);
addDemonyms('NZ', ['New Zealander', 'New Zealanders'], ['néo-zélandais', 'Néo-Zélandais']);

/** Capitals and seats of government. */
export const SEATS: Record<string, string> = {
  Paris: 'FR',
  Élysée: 'FR',
  Elysée: 'FR',
  Elysee: 'FR',
  "Quai d'Orsay": 'FR',
  'Quai d’Orsay': 'FR',
  Matignon: 'FR',
  Washington: 'US',
  'White House': 'US',
  'Maison-Blanche': 'US',
  'Maison Blanche': 'US',
  Pentagon: 'US',
  Canberra: 'AU',
  London: 'GB',
  Londres: 'GB',
  Whitehall: 'GB',
  'Downing Street': 'GB',
  Beijing: 'CN',
  Pékin: 'CN',
  Moscow: 'RU',
  Moscou: 'RU',
  Kremlin: 'RU',
  Berlin: 'DE',
  Tokyo: 'JP',
  Rome: 'IT',
  Madrid: 'ES',
  Ottawa: 'CA',
  'New Delhi': 'IN',
  Kyiv: 'UA',
  Kiev: 'UA',
  Tehran: 'IR',
  Téhéran: 'IR',
  Wellington: 'NZ',
  Kabul: 'AF',
  Kaboul: 'AF',
};

/** Words that contain a country's name but name no country. */
const NOT_COUNTRIES = ['South China Sea', 'East China Sea', 'mer de Chine', 'New South Wales', 'Indo-Pacific', 'France 24'];

interface Entry {
  code: string;
  by: PlaceMention['by'];
}

let table: { pattern: RegExp; entries: Map<string, Entry> } | undefined;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function buildTable(): { pattern: RegExp; entries: Map<string, Entry> } {
  const entries = new Map<string, Entry>();
  const add = (name: string, entry: Entry) => {
    if (!entries.has(name)) entries.set(name, entry);
  };
  for (const [name, code] of Object.entries(ALIASES)) add(name, { code, by: 'alias' });
  for (const locale of ['en', 'fr'] as const) {
    for (const { code, name } of countryOptions(locale)) {
      add(name, { code, by: 'name' });
      // "Royaume-Uni" and "Etats-Unis" with or without their accents.
      const folded = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      if (folded !== name) add(folded, { code, by: 'name' });
    }
  }
  for (const [name, code] of Object.entries(SEATS)) add(name, { code, by: 'seat' });
  for (const [name, code] of Object.entries(DEMONYMS)) add(name, { code, by: 'demonym' });
  for (const name of NOT_COUNTRIES) add(name, { code: '', by: 'name' });
  const names = [...entries.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}.])(?:${names.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return { pattern, entries };
}

/** Every country mention in text[start, end), offsets into text. */
export function findPlaces(text: string, start = 0, end = text.length): PlaceMention[] {
  table ??= buildTable();
  const slice = text.slice(start, end);
  const out: PlaceMention[] = [];
  for (const match of slice.matchAll(table.pattern)) {
    const entry = table.entries.get(match[0]);
    if (!entry || entry.code === '') continue;
    const at = start + (match.index ?? 0);
    out.push({ start: at, end: at + match[0].length, text: match[0], code: entry.code, by: entry.by });
  }
  return out;
}
