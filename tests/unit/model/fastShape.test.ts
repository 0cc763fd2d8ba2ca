import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { compileFastCheck, UNSURE } from '../../../src/model/fastShape.ts';
import { DatasetSchema } from '../../../src/model/schema.ts';
import { DEFAULT_DATASET_FILE } from '../../../src/cli/validate.ts';
import { generateDataset } from '../../bench/generate.ts';
import { datasetArbitrary } from '../interop/arbitraries.ts';

const fast = compileFastCheck(DatasetSchema);
const shipped: unknown = JSON.parse(readFileSync(DEFAULT_DATASET_FILE, 'utf8'));

/** The fast path may give up, but when it answers, valibot must agree and give the same output. */
function expectAgreement(input: unknown): 'fast' | 'valibot' {
  const judged = v.safeParse(DatasetSchema, input);
  const answer = fast?.(input);
  if (answer === UNSURE) return 'valibot';
  expect(judged.success).toBe(true);
  expect(answer).toStrictEqual(judged.output);
  return 'fast';
}

/** A JSON value at some place of the dataset, to replace, delete or pad with white space. */
type Edit = { path: (string | number)[]; change: 'delete' | 'pad' | { value: unknown } };

function applyEdit(dataset: unknown, edit: Edit): unknown {
  const copy = structuredClone(dataset) as Record<string | number, unknown>;
  let parent: Record<string | number, unknown> = copy;
  for (const key of edit.path.slice(0, -1)) {
    const next = parent[key];
    if (typeof next !== 'object' || next === null) return copy;
    parent = next as Record<string | number, unknown>;
  }
  const last = edit.path.at(-1);
  if (last === undefined) return copy;
  if (edit.change === 'delete') delete parent[last];
  else if (edit.change === 'pad') parent[last] = typeof parent[last] === 'string' ? ` ${parent[last] as string}\n` : parent[last];
  else parent[last] = edit.change.value;
  return copy;
}

const EVENT_KEYS = [
  'id',
  'title',
  'date',
  'dateBasis',
  'dateNote',
  'status',
  'countries',
  'actors',
  'summary',
  'quotes',
  'related',
  'tags',
  'extra',
];

const editArbitrary: fc.Arbitrary<Edit> = fc.record({
  path: fc.oneof(
    fc.tuple(fc.constant('events'), fc.nat(1), fc.constantFrom(...EVENT_KEYS)),
    fc.tuple(fc.constant('events'), fc.nat(1), fc.constantFrom('quotes', 'related', 'countries'), fc.nat(1)),
    fc.tuple(fc.constant('events'), fc.nat(1), fc.constant('quotes'), fc.constant(0), fc.constantFrom('source', 'text', 'speaker')),
    fc.tuple(
      fc.constantFrom('sources', 'actors'),
      fc.constant(0),
      fc.constantFrom('id', 'title', 'name', 'kind', 'country', 'file', 'role'),
    ),
    fc.tuple(fc.constantFrom('title', 'schemaVersion', 'language', 'description', 'events', 'sources')),
  ),
  change: fc.oneof(
    fc.constant<'delete'>('delete'),
    fc.constant<'pad'>('pad'),
    fc.record({
      value: fc.oneof(
        { arbitrary: fc.jsonValue(), weight: 1 },
        // Values one step from valid: at a limit, off a pattern, of the wrong kind.
        {
          arbitrary: fc.constantFrom(
            '',
            ' ',
            'x'.repeat(300),
            'x'.repeat(301),
            ' x ',
            'FR',
            'fr',
            'occurred',
            'person',
            'Not-A-Slug',
            1,
            [],
            {},
            ['FR'],
            [{}],
          ),
          weight: 4,
        },
      ),
    }),
  ),
});

describe('the shape check fast path', () => {
  it('covers the whole dataset schema, so that well-formed datasets never wait for valibot', () => {
    expect(fast).not.toBeNull();
  });

  it('answers for the shipped story and for a generated one, exactly as valibot would', () => {
    expect(expectAgreement(shipped)).toBe('fast');
    expect(expectAgreement(generateDataset({ events: 300, seed: 7 }).dataset)).toBe('fast');
  });

  it('fills in defaults and trims text as valibot does', () => {
    const dataset = structuredClone(shipped) as { title: string; events: Record<string, unknown>[] };
    dataset.title = `  ${dataset.title}\t`;
    delete dataset.events[0]?.related;
    expect(expectAgreement(dataset)).toBe('fast');
  });

  it('never accepts what valibot rejects, and agrees with it on every dataset it accepts', () => {
    fc.assert(
      fc.property(datasetArbitrary, fc.array(editArbitrary, { maxLength: 3 }), (dataset, edits) => {
        expectAgreement(edits.reduce<unknown>(applyEdit, dataset));
      }),
      { numRuns: 1000 },
    );
  });

  it('gives up on anything that is not a dataset at all', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(expectAgreement(input)).toBe('valibot');
      }),
    );
  });

  it('leaves a schema it does not know to valibot', () => {
    expect(compileFastCheck(v.object({ mail: v.pipe(v.string(), v.email()) }))).toBeNull();
    expect(compileFastCheck(v.object({ when: v.date() }))).toBeNull();
  });
});
