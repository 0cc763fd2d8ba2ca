import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sheetsToDataset } from '../../../src/interop/dataset-sheets.ts';
import { collectSourceFiles } from '../../../src/model/validate.ts';
import { expectValid, messages } from './helpers.ts';

const EXAMPLES = 'data/examples';
const read = (name: string) => readFileSync(join(EXAMPLES, name), 'utf8');

describe('the example in data/examples', () => {
  const json: unknown = JSON.parse(read('lantern-strait.json'));
  const sourceTexts = new Map(collectSourceFiles(json).map((file) => [file, read(file)]));

  it('is valid, quotes checked against its source texts', () => {
    expect(expectValid(json, sourceTexts).events).toHaveLength(8);
  });

  it('is what its three sheets import to', () => {
    const { $schema, title, description, ...rest } = expectValid(json, sourceTexts);
    const result = sheetsToDataset(
      { events: read('lantern-strait.events.csv'), sources: read('lantern-strait.sources.csv'), actors: read('lantern-strait.actors.csv') },
      { title, description },
    );
    if (!result.ok) throw new Error(messages(result.notes).join('\n'));
    expect(result.notes).toEqual([]);
    expect(expectValid(result.dataset, sourceTexts)).toStrictEqual({ title, description, ...rest });
    expect($schema).toBe('../events.schema.json');
  });

  it('says in every source text that it is fictional', () => {
    for (const text of sourceTexts.values()) expect(text).toMatch(/^FICTIONAL EXAMPLE\./);
  });
});
