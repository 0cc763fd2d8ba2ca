/**
 * What the suggester benchmark (issue 16) runs on: the three shipped sources with the
 * publication date each text implies, scored against the shipped dataset, and our own short
 * texts (tests/unit/suggest/fixtures), each with its expected events. Shared by
 * `npm run suggest:score` and tests/unit/suggest/own-texts.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { expectedFromDataset, type ExpectedEvent } from './suggestScore.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const DATASET = join(ROOT, 'data/events.json');
export const OWN_TEXTS = join(ROOT, 'tests/unit/suggest/fixtures');

export interface ScoreCase {
  readonly name: string;
  readonly text: string;
  readonly language: 'en' | 'fr';
  /** The publication anchor (YYYY-MM-DD) relative dates are read against. */
  readonly published: string;
  readonly sourceId?: string;
  readonly expected: readonly ExpectedEvent[];
}

/**
 * The publication anchors of the shipped sources. None of the three prints its date; each is
 * read from the text and agrees with the shipped dataset's dateNotes, which put "Tuesday" on
 * 5 October 2021 (the OECD ministerial meeting of 5-6 October, Blinken "in Paris through
 * Wednesday").
 */
export const SHIPPED_ANCHORS: Readonly<Record<string, { published: string; reason: string }>> = {
  'blinken-macron-meet-after-aukus-crisis': {
    published: '2021-10-05',
    reason:
      'Leads with "have met on Tuesday in Paris", news of the day: Tuesday 5 October 2021. Its later passage ("brokered last week", "this week") was written in the week of 20-26 September (the dataset\'s notes): the text blends two weeks, and no one anchor fits both; the lead decides.',
  },
  'blinken-macron-look-to-make-amends': {
    published: '2021-10-05',
    reason:
      '"met in Paris on Tuesday" and "the meeting today": written on the day of the meeting, Tuesday 5 October 2021; "later this month" is then October, as the dataset has it.',
  },
  'blinken-france-2-interview-and-paris-talks': {
    published: '2021-10-05',
    reason:
      '"Tuesday\'s meetings" are over while Blinken "is in Paris through Wednesday" (still to come): the evening of Tuesday 5 October 2021, when the dataset dates the France 2 interview; "later this month, at the end of this month" is then October.',
  },
};

interface DatasetFile {
  readonly sources: readonly { readonly id: string; readonly file: string }[];
  readonly actors: readonly { readonly id: string; readonly name: string }[];
  readonly events: Parameters<typeof expectedFromDataset>[0]['events'];
  readonly language?: string;
}

/** The shipped sources, each with its anchor and the dataset's events quoting it. */
export function shippedCases(datasetPath = DATASET): ScoreCase[] {
  const dataset = JSON.parse(readFileSync(datasetPath, 'utf8')) as DatasetFile;
  return dataset.sources.map((source) => {
    const anchor = SHIPPED_ANCHORS[source.id];
    if (!anchor) throw new Error(`No publication anchor for the shipped source "${source.id}": add one to SHIPPED_ANCHORS with its reason`);
    return {
      name: source.id,
      text: readFileSync(join(dirname(datasetPath), source.file), 'utf8'),
      language: dataset.language === 'fr' ? 'fr' : 'en',
      published: anchor.published,
      sourceId: source.id,
      expected: expectedFromDataset(dataset, source.id),
    };
  });
}

interface OwnTextFile {
  readonly text: string;
  readonly language: 'en' | 'fr';
  readonly published: string;
  readonly events: readonly { id: string; quotes: string[]; date: string; countries: string[]; actors: string[] }[];
}

/** Our own texts: every fixtures/<name>.json with the text it names beside it. */
export function ownTextCases(folder = OWN_TEXTS): ScoreCase[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const spec = JSON.parse(readFileSync(join(folder, file), 'utf8')) as OwnTextFile;
      return {
        name: file.replace(/\.json$/u, ''),
        text: readFileSync(join(folder, spec.text), 'utf8'),
        language: spec.language,
        published: spec.published,
        expected: spec.events.map((event) => ({ ...event, actors: event.actors.map((name) => ({ name })) })),
      };
    });
}
