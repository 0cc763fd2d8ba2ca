/**
 * The print takes its rows, lanes and link ends from layout/geometry.ts, as the screen does.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderTimelineSvg } from '../../../src/interop/svg-export.ts';
import { LANE_LABEL_HEIGHT, laneBands, ROW_HEIGHT, rowCentreY } from '../../../src/layout/geometry.ts';
import { validateDataset } from '../../../src/model/validate.ts';

function aukus() {
  const result = validateDataset(JSON.parse(readFileSync('data/events.json', 'utf8')));
  if (!result.ok) throw new Error('the shipped dataset is invalid');
  return result.events;
}

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');
const rowYs = (doc: Document) =>
  [...doc.querySelectorAll('g.event')].map((node) => Number(/translate\(0 ([\d.]+)\)/.exec(node.getAttribute('transform') ?? '')?.[1]));

describe('the print’s geometry', () => {
  it('puts every mark on a row of the app’s, and lanes where the app stacks them', () => {
    // Every fourth event without a country, and the list naming only two: the others come after them, by code unit.
    const events = aukus().map((event, i) => (i % 4 === 0 ? { ...event, countries: [] } : event));
    const doc = parse(renderTimelineSvg(events, { width: 1000, locale: 'en', lanes: true, countries: ['FR', 'US'] }));
    const lanes = [...doc.querySelectorAll('.lane-label')].map((node) => node.textContent);
    expect(lanes.slice(0, 2)).toEqual(['FRANCE', 'UNITED STATES']);
    const rest = lanes.slice(2);
    expect(rest).toContain('—');
    expect(rest[0]).toBe('—'); // no country: the key '' comes first by code unit
    const tops = [...doc.querySelectorAll('.lane-band')].map((node) => Number(node.getAttribute('y')));
    const heights = [...doc.querySelectorAll('.lane-band')].map((node) => Number(node.getAttribute('height')));
    // Bands as laneBands stacks them, one after the other.
    let firstRow = 0;
    const stacked = heights.map((height, i) => {
      const lane = { key: String(i), firstRow, rowCount: (height - LANE_LABEL_HEIGHT) / ROW_HEIGHT };
      firstRow += lane.rowCount;
      return lane;
    });
    expect(laneBands(stacked).map((band) => band.top)).toEqual(tops);
    const rows = new Set(
      stacked.flatMap((lane, i) => Array.from({ length: lane.rowCount }, (_, row) => rowCentreY(i, lane.firstRow + row, true))),
    );
    for (const y of rowYs(doc)) expect(rows).toContain(y);
  });

  it('without lanes, puts the marks on rows 30 px apart under the axis', () => {
    const doc = parse(renderTimelineSvg(aukus(), { width: 1200, locale: 'en' }));
    for (const y of rowYs(doc)) expect(Number.isInteger((y - rowCentreY(0, 0, false)) / ROW_HEIGHT)).toBe(true);
  });
});
