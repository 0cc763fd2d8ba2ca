// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultActorCount, generateDataset, main, mulberry32, writeGenerated } from '../../bench/generate.ts';
import { parseEdtf } from '../../../src/model/edtf.ts';
import { collectSourceFiles, validateDataset } from '../../../src/model/validate.ts';

describe('mulberry32', () => {
  it('is deterministic and stays in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const drawn = Array.from({ length: 1000 }, () => a());
    expect(drawn).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(drawn.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(drawn).size).toBeGreaterThan(990);
  });

  it('gives different streams for different seeds', () => {
    expect(mulberry32(1)()).not.toBe(mulberry32(2)());
  });
});

describe('generateDataset', () => {
  const thousand = generateDataset({ events: 1000, seed: 1 });

  it('gives the same dataset and texts for the same seed', () => {
    const again = generateDataset({ events: 1000, seed: 1 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(thousand));
  });

  it('gives another dataset for another seed', () => {
    const other = generateDataset({ events: 1000, seed: 2 });
    expect(JSON.stringify(other.dataset.events)).not.toBe(JSON.stringify(thousand.dataset.events));
  });

  it('passes the validator, quotes checked verbatim against the generated sources', () => {
    const result = validateDataset(JSON.parse(JSON.stringify(thousand.dataset)), { sourceTexts: thousand.sourceTexts });
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(Object.keys(thousand.sourceTexts).sort()).toEqual(collectSourceFiles(thousand.dataset).sort());
  });

  it('makes as many events, sources and actors as asked', () => {
    expect(thousand.dataset.events).toHaveLength(1000);
    expect(thousand.dataset.sources).toHaveLength(6);
    expect(thousand.dataset.actors).toHaveLength(defaultActorCount(1000));
    const custom = generateDataset({ events: 250, seed: 7, sources: 3, actors: 40, countries: 12 });
    expect(custom.dataset.events).toHaveLength(250);
    expect(custom.dataset.sources).toHaveLength(3);
    expect(custom.dataset.actors).toHaveLength(40);
    expect(new Set(custom.dataset.events.flatMap((event) => event.countries)).size).toBeLessThanOrEqual(12);
    expect(generateDataset({ events: 0, seed: 1 }).dataset.events).toEqual([]);
  });

  it('spreads events over the decades asked, with every kind of date', () => {
    const parsed = thousand.dataset.events.map((event) => {
      const result = parseEdtf(event.date);
      if (!result.ok) throw new Error(result.reason);
      return result.value;
    });
    const years = parsed.map((date) => date.start.year);
    expect(Math.min(...years)).toBeLessThan(1993);
    expect(Math.max(...years)).toBeGreaterThan(2022);
    expect(years.every((year) => year >= 1990 && year <= 2025)).toBe(true);
    expect(parsed.some((date) => date.kind === 'point' && date.start.precision === 'day')).toBe(true);
    expect(parsed.some((date) => date.kind === 'point' && date.start.precision === 'month')).toBe(true);
    expect(parsed.some((date) => date.kind === 'point' && date.start.precision === 'year')).toBe(true);
    expect(parsed.some((date) => date.kind === 'interval')).toBe(true);
    expect(parsed.some((date) => date.start.approximate && !date.start.uncertain)).toBe(true);
    expect(parsed.some((date) => date.start.uncertain && !date.start.approximate)).toBe(true);
    expect(thousand.dataset.events.some((event) => event.status === 'planned')).toBe(true);
  });

  it('links events to others that exist, never to themselves', () => {
    const ids = new Set(thousand.dataset.events.map((event) => event.id));
    const links = thousand.dataset.events.flatMap((event) => (event.related ?? []).map((relation) => [event.id, relation.event]));
    expect(links.length).toBeGreaterThan(100);
    for (const [from, to] of links) {
      expect(to).not.toBe(from);
      expect(ids.has(to as string)).toBe(true);
    }
  });

  it('names many countries and actors', () => {
    expect(new Set(thousand.dataset.events.flatMap((event) => event.countries)).size).toBeGreaterThanOrEqual(30);
    expect(new Set(thousand.dataset.events.flatMap((event) => event.actors)).size).toBeGreaterThanOrEqual(40);
  });
});

describe('generate CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-generate-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  beforeEach(() => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });

  it('writes the dataset and its sources, which validate together', () => {
    const out = join(dir, 'cli', 'events.json');
    expect(main(['--events', '120', '--seed', '5', '--out', out])).toBe(0);
    const dataset: unknown = JSON.parse(readFileSync(out, 'utf8'));
    const sourceTexts = Object.fromEntries(collectSourceFiles(dataset).map((file) => [file, readFileSync(join(dir, 'cli', file), 'utf8')]));
    const result = validateDataset(dataset, { sourceTexts });
    expect(result.problems).toEqual([]);
    expect(result.ok && result.events.length).toBe(120);
    expect(readFileSync(out, 'utf8')).toBe(`${JSON.stringify(generateDataset({ events: 120, seed: 5 }).dataset)}\n`);
  });

  it('writes the same files for the same seed', () => {
    const first = writeGenerated(generateDataset({ events: 50, seed: 9 }), join(dir, 'a', 'events.json'));
    const second = writeGenerated(generateDataset({ events: 50, seed: 9 }), join(dir, 'b', 'events.json'));
    expect(first.map((path) => readFileSync(path, 'utf8'))).toEqual(second.map((path) => readFileSync(path, 'utf8')));
  });

  it('refuses a missing or malformed count', () => {
    expect(main(['--out', join(dir, 'x.json')])).toBe(1);
    expect(console.error).toHaveBeenLastCalledWith(expect.stringContaining('--events is required'));
    expect(main(['--events', 'many', '--out', join(dir, 'x.json')])).toBe(1);
    expect(console.error).toHaveBeenLastCalledWith('--events must be a whole number, got "many"');
  });
});
