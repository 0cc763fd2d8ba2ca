/**
 * The AUKUS story ships inside the app bundle, so the page needs no extra request and
 * works from any folder; it still goes through the same validator as any other dataset.
 */
import dataset from '../../data/events.json';

const texts = import.meta.glob('../../data/sources/*.txt', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export const bundledDataset: unknown = dataset;

/** Keyed by the dataset's own `file` values ("sources/x.txt"). */
export const bundledSourceTexts: Map<string, string> = new Map(
  Object.entries(texts).map(([path, text]) => [path.replace('../../data/', ''), text]),
);
