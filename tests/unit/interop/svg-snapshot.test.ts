/**
 * The shipped story's print SVG, committed as files: a change to the picture (a mark's
 * shape, a row, a colour, a marker) shows as a diff of lines in review, one element a line.
 * Update them on purpose with `npx vitest run --project unit -u tests/unit/interop/svg-snapshot.test.ts`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countriesByFrequency, renderTimelineSvg } from '../../../src/interop/svg-export.ts';
import { validateDataset } from '../../../src/model/validate.ts';

function aukus() {
  const result = validateDataset(JSON.parse(readFileSync('data/events.json', 'utf8')));
  if (!result.ok) throw new Error('the shipped dataset is invalid');
  return result;
}

describe('the AUKUS story in print', () => {
  const { dataset, events } = aukus();
  // As `npm run export -- --format svg` and the app's download draw it: the whole story's countries, its title and sources.
  const options = { width: 1200, title: dataset.title, countries: countriesByFrequency(events), sources: dataset.sources };

  it('as the app opens it', async () => {
    await expect(renderTimelineSvg(events, { ...options, locale: 'en' })).toMatchFileSnapshot('./__snapshots__/aukus-print.svg');
  });

  // Every language the reader speaks: its title and range, key, countries, axis and counts (Arabic's drawn right to left).
  it.each(['fr', 'de', 'es', 'ar'] as const)('in %s', async (locale) => {
    await expect(renderTimelineSvg(events, { ...options, locale })).toMatchFileSnapshot(`./__snapshots__/aukus-print.${locale}.svg`);
  });

  it('in lanes by country, in French', async () => {
    await expect(renderTimelineSvg(events, { ...options, locale: 'fr', lanes: true })).toMatchFileSnapshot(
      './__snapshots__/aukus-print-lanes.fr.svg',
    );
  });
});
