/**
 * Random mutations of the shipped dataset (events duplicated, dropped or multiplied, fields
 * dropped, retyped or grown, list entries repeated, ids swapped, dates at the edges) go
 * through the validator and, whenever it accepts them (whole or salvaged), into everything
 * the viewer computes without a DOM: the story, its filters and relations, the timeline's
 * view model at three zooms, and the print. Nothing may throw, and no list the viewer keys
 * (marks, links, ticks, lanes, clusters, the detail's countries, actors and relations, the
 * filters' countries) may hold a key twice: Svelte stops the whole page on a repeated key.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimatingMeasure } from '../../../src/layout/labelWidth.ts';
import { validateOrSalvage } from '../../../src/model/salvage.ts';
import { EventSchema } from '../../../src/model/schema.ts';
import { collectSourceFiles, validateDataset } from '../../../src/model/validate.ts';
import { renderTimelineSvg } from '../../../src/interop/svg-export.ts';
import { Story, type LaneGrouping } from '../../../src/state/story.svelte.ts';
import { TimelineView } from '../../../src/state/timelineView.svelte.ts';
import { DATASET_FILE } from '../../component/story.ts';

const SHIPPED: unknown = JSON.parse(readFileSync(DATASET_FILE, 'utf8'));
const SOURCE_TEXTS = new Map(
  collectSourceFiles(SHIPPED).map((file) => [file, readFileSync(join(dirname(DATASET_FILE), file), 'utf8')] as const),
);
const measure = estimatingMeasure(13);

type Json = Record<string, unknown>;
type Dataset = Json & { events: Json[]; actors: Json[]; sources: Json[] };

// ---------------------------------------------------------------------------
// Mutations. Places are fractions, turned into an index of whatever list is there by then.

const EVENT_LISTS = ['countries', 'actors', 'tags', 'quotes', 'related'] as const;
const EVENT_FIELDS = Object.keys(EventSchema.entries);
const TOP_FIELDS = ['title', 'description', 'language', 'sources', 'actors', 'events', 'schemaVersion'];
const TEXT_FIELDS = ['title', 'summary', 'dateNote'] as const;
const COUNTRY_CODES =
  'FR US GB AU CN DE JP IN BR ZA NG EG RU UA PL IT ES NL BE SE NO FI DK IE PT GR TR IL IR SA AE QA KR KP MX CA AR CL NZ SG'.split(' ');
const DATES = [
  '2021-09-15',
  '2021',
  '2021-09',
  '2021-09-15~',
  '2021-09?',
  '2021%',
  '-0500',
  '0000',
  '0001-01-01',
  '9999-12-31',
  '1000/1999',
  '2021-10-05/2021-10-05',
  '2021-09-15/2021-09-14',
  '2021-02-29',
  '2020-02-29',
  '2021-13-01',
  '..',
  '2021-09-15/..',
  '',
  ' 2021',
  '99999',
];
const ODD_TEXTS = [
  '',
  ' ',
  'x',
  '\u202etxet',
  '🇫🇷👩🏽‍⚖️',
  'e\u0301'.repeat(50),
  '<script>alert(1)</script>',
  'a'.repeat(5_000),
  'b'.repeat(5_001),
];
const relationTypes = ['causes', 'responds-to', 'follows-up', 'context', 'caused-by', ''];

const place = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
const oddValue = fc.oneof(
  fc.constantFrom<unknown>(null, true, 0, -1, 1e308, '', [], {}, ['FR'], { id: 'x' }),
  fc.constantFrom(...ODD_TEXTS),
  fc.jsonValue({ maxDepth: 2 }),
);

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('duplicate-event' as const), at: place, newId: fc.boolean() }),
  fc.record({ kind: fc.constant('drop-event' as const), at: place }),
  fc.record({ kind: fc.constant('multiply' as const), times: fc.integer({ min: 1, max: 14 }) }),
  fc.record({ kind: fc.constant('drop-field' as const), at: place, field: fc.constantFrom(...EVENT_FIELDS) }),
  fc.record({ kind: fc.constant('drop-top-field' as const), field: fc.constantFrom(...TOP_FIELDS) }),
  fc.record({ kind: fc.constant('retype' as const), at: place, field: fc.constantFrom(...EVENT_FIELDS), value: oddValue }),
  fc.record({
    kind: fc.constant('retype-entry' as const),
    at: place,
    list: fc.constantFrom(...EVENT_LISTS),
    entry: place,
    value: oddValue,
  }),
  fc.record({
    kind: fc.constant('grow-text' as const),
    at: place,
    field: fc.constantFrom(...TEXT_FIELDS),
    text: fc.constantFrom(...ODD_TEXTS),
  }),
  fc.record({
    kind: fc.constant('grow-list' as const),
    at: place,
    list: fc.constantFrom(...EVENT_LISTS),
    count: fc.integer({ min: 1, max: 30 }),
  }),
  fc.record({ kind: fc.constant('repeat-entry' as const), at: place, list: fc.constantFrom(...EVENT_LISTS), entry: place }),
  fc.record({ kind: fc.constant('swap-ids' as const), a: place, b: place }),
  fc.record({ kind: fc.constant('set-date' as const), at: place, date: fc.constantFrom(...DATES) }),
  fc.record({
    kind: fc.constant('relate' as const),
    at: place,
    to: place,
    type: fc.constantFrom(...relationTypes),
    note: fc.option(fc.constantFrom(...ODD_TEXTS), { nil: undefined }),
  }),
  fc.record({ kind: fc.constant('drop-actor' as const), at: place }),
  fc.record({ kind: fc.constant('drop-source' as const), at: place }),
  fc.record({
    kind: fc.constant('set-countries' as const),
    at: place,
    codes: fc.uniqueArray(fc.constantFrom(...COUNTRY_CODES), { maxLength: 4 }),
  }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function pick<T>(list: readonly T[], at: number): T | undefined {
  return list.length === 0 ? undefined : list[Math.floor(at * list.length)];
}

function listOf(record: Json | undefined, key: string): unknown[] | undefined {
  const value = record?.[key];
  return Array.isArray(value) ? value : undefined;
}

const asRecord = (value: unknown): Json | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;

/** Entries that fit the list (real countries, actors, events, quotes of the dataset), mostly new ones. */
function freshEntries(data: Dataset, event: Json, list: (typeof EVENT_LISTS)[number], count: number): unknown[] {
  // Earlier mutations may have dropped or retyped any list.
  const ids = (items: unknown) =>
    (Array.isArray(items) ? items : []).map((item) => asRecord(item)?.id).filter((id): id is string => typeof id === 'string');
  switch (list) {
    case 'countries':
      return COUNTRY_CODES.slice(0, count);
    case 'actors':
      return ids(data.actors).slice(0, count);
    case 'tags':
      return Array.from({ length: count }, (_, i) => `tag ${i}`);
    case 'quotes':
      return (Array.isArray(data.events) ? data.events : []).flatMap((other) => listOf(asRecord(other), 'quotes') ?? []).slice(0, count);
    case 'related':
      return ids(data.events)
        .filter((id) => id !== event.id)
        .slice(0, count)
        .map((id, i) => ({ event: id, type: relationTypes[i % 4] }));
  }
}

function apply(data: Dataset, change: Mutation): void {
  const events = Array.isArray(data.events) ? data.events : [];
  const event = asRecord(pick(events, 'at' in change ? change.at : 0));
  switch (change.kind) {
    case 'duplicate-event': {
      if (!event) return;
      const copy = structuredClone(event);
      if (change.newId) copy.id = `${String(event.id)}-again-${events.length}`;
      events.push(copy);
      return;
    }
    case 'drop-event':
      events.splice(Math.floor(change.at * events.length), 1);
      return;
    case 'multiply': {
      const originals = events.slice();
      for (let n = 1; n <= change.times; n++) {
        for (const original of originals) {
          const copy = structuredClone(original);
          copy.id = `${String(original.id)}-x${n}`;
          const related = listOf(copy, 'related');
          if (related)
            copy.related = related.map((relation) => ({ ...asRecord(relation), event: `${String(asRecord(relation)?.event)}-x${n}` }));
          events.push(copy);
        }
      }
      return;
    }
    case 'drop-field':
      if (event) delete event[change.field];
      return;
    case 'drop-top-field':
      delete data[change.field];
      return;
    case 'retype':
      if (event) event[change.field] = structuredClone(change.value);
      return;
    case 'retype-entry': {
      const list = listOf(event, change.list);
      if (list && list.length > 0) list[Math.floor(change.entry * list.length)] = structuredClone(change.value);
      return;
    }
    case 'grow-text':
      if (event) event[change.field] = change.text;
      return;
    case 'grow-list': {
      if (!event) return;
      const list = listOf(event, change.list) ?? [];
      event[change.list] = [...list, ...structuredClone(freshEntries(data, event, change.list, change.count))];
      return;
    }
    case 'repeat-entry': {
      const list = listOf(event, change.list);
      const entry = list ? pick(list, change.entry) : undefined;
      if (list && entry !== undefined) list.push(structuredClone(entry));
      return;
    }
    case 'swap-ids': {
      const a = asRecord(pick(events, change.a));
      const b = asRecord(pick(events, change.b));
      if (a && b) [a.id, b.id] = [b.id, a.id];
      return;
    }
    case 'set-date':
      if (event) event.date = change.date;
      return;
    case 'relate': {
      const target = asRecord(pick(events, change.to));
      if (!event || !target) return;
      const relation: Json = { event: target.id, type: change.type };
      if (change.note !== undefined) relation.note = change.note;
      event.related = [...(listOf(event, 'related') ?? []), relation];
      return;
    }
    case 'drop-actor':
      if (Array.isArray(data.actors)) data.actors.splice(Math.floor(change.at * data.actors.length), 1);
      return;
    case 'drop-source':
      if (Array.isArray(data.sources)) data.sources.splice(Math.floor(change.at * data.sources.length), 1);
      return;
    case 'set-countries':
      if (event) event.countries = change.codes;
      return;
  }
}

// ---------------------------------------------------------------------------
// What the viewer computes

function expectUnique(keys: readonly unknown[], what: string): void {
  const repeated = keys.filter((key, i) => keys.indexOf(key) !== i);
  expect(repeated, `${what} holds a key twice`).toEqual([]);
}

interface Reading {
  readonly locale: 'en' | 'fr';
  readonly lanes: LaneGrouping;
  readonly country: number;
  readonly actor: number;
  readonly query: string;
}

const reading = fc.record({
  locale: fc.constantFrom('en' as const, 'fr' as const),
  lanes: fc.constantFrom(null, 'country' as const, 'tag' as const),
  country: place,
  actor: place,
  query: fc.constantFrom('', 'a', 'AUKUS', 'zzzz', ' ', 'é'),
});

/** What the timeline component keys its lists by, read from the view model. */
function expectDrawable(view: TimelineView): void {
  expectUnique(
    view.marks.map(({ event }) => event.id),
    'the marks',
  );
  expectUnique(
    view.links.map((link) => `${link.from}>${link.to}:${link.type}`),
    'the links',
  );
  expectUnique(
    view.ticks.minor.map((tick) => tick.ms),
    'the minor ticks',
  );
  expectUnique(
    view.ticks.major.map((tick) => tick.ms),
    'the major ticks',
  );
  expectUnique(
    view.lanes.map((lane) => lane.key),
    'the lanes',
  );
  if (view.clustered) {
    expectUnique(
      view.clusterBars.map((bar) => bar.cluster.fromMs),
      'the clusters',
    );
  }
  expect(Number.isFinite(view.height)).toBe(true);
  expect(view.offscreen.before + view.offscreen.after).toBeLessThanOrEqual(view.story.events.length);
}

/** Everything a reader can reach without a DOM, on an accepted dataset. */
function exercise(story: Story, how: Reading): void {
  story.locale = how.locale;
  story.lanes = how.lanes;
  expectUnique(story.countries, 'the countries of the filters and legend');
  expectUnique(
    story.events.map((event) => event.id),
    'the events',
  );

  // The detail of every event: its countries, actors and relations are keyed lists.
  for (const event of story.events) {
    expectUnique(event.countries, `the countries of ${event.id}`);
    expectUnique(event.actors, `the actors of ${event.id}`);
    const groups = story.relationsOf(event.id);
    expectUnique(
      groups.map((group) => group.label),
      `the relation groups of ${event.id}`,
    );
    for (const group of groups)
      expectUnique(
        group.links.map((link) => link.eventId),
        `the ${group.label} links of ${event.id}`,
      );
  }

  const view = new TimelineView(() => story, measure);
  view.width = 1000;
  expectDrawable(view);
  view.zoomed(view.transformFor('story'));
  view.settled();
  expectDrawable(view);
  // The edge buttons: "N later" brings the next event beyond the view into it.
  const later = view.transformToReveal('after');
  if (later) view.zoomed(later);
  expectDrawable(view);

  const country = pick(story.countries, how.country);
  const actor = pick([...story.actorIdsInEvents], how.actor);
  story.filters.set({ countries: country ? [country] : [], actors: actor ? [actor] : [], query: how.query });
  expectUnique(
    story.shownEvents.map((event) => event.id),
    'the list view',
  );
  expectDrawable(view);
  const first = story.shownEvents[0];
  if (first) {
    story.select(first.id);
    const transform = view.transformToBring(first.id);
    if (transform) view.zoomed(transform);
    expectDrawable(view);
  }
  view.zoomed(view.transformFor('all'));
  view.settled();
  expectDrawable(view);

  const svg = renderTimelineSvg(story.shownEvents, {
    width: 1200,
    range: story.viewport.visible ?? undefined,
    locale: story.locale,
    title: story.title,
    countries: story.countries,
    lanes: story.lanes,
    sources: [...story.sourcesById.values()],
  });
  expect(svg).toMatch(/^<\?xml [^>]*>\s*<svg[\s\S]*<\/svg>\s*$/);
}

// ---------------------------------------------------------------------------

describe('the viewer on random mutations of the shipped dataset', () => {
  it('never throws and never keys a list twice on what the validator accepts', () => {
    let accepted = 0;
    let salvaged = 0;
    let refused = 0;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 5 }), reading, (changes, how) => {
        const data = structuredClone(SHIPPED) as Dataset;
        for (const change of changes) apply(data, change);

        const strict = validateDataset(data, { sourceTexts: SOURCE_TEXTS });
        const result = validateOrSalvage(data, { sourceTexts: SOURCE_TEXTS });
        if (strict.ok) expect(result.ok && result.skipped).toEqual([]);
        if (!result.ok) {
          refused++;
          // A refusal always says what is wrong, and where.
          expect(result.problems.length).toBeGreaterThan(0);
          for (const problem of result.problems) expect([problem.path, problem.message]).not.toContain('');
          return;
        }
        if (strict.ok) accepted++;
        else salvaged++;
        const story = new Story({ dataset: result.dataset, events: result.events, sourceTexts: SOURCE_TEXTS, locale: how.locale });
        exercise(story, how);
      }),
      { numRuns: 200 },
    );
    // Each way out is taken often enough for the run to mean something.
    expect(accepted, 'datasets accepted whole').toBeGreaterThan(10);
    expect(salvaged, 'datasets salvaged').toBeGreaterThan(10);
    expect(refused, 'datasets refused').toBeGreaterThan(5);
  }, 60_000);
});
