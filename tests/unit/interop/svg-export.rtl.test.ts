/**
 * The print in a right-to-left language: the screen's picture mirrored (time from the right
 * edge, marks turned, labels on the other side of their marks), the header, legend and footer
 * from the right margin, and a title in another direction set in its own.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { countriesByFrequency, renderTimelineSvg } from '../../../src/interop/svg-export.ts';
import { loadLocale } from '../../../src/i18n/strings.ts';
import { validateDataset } from '../../../src/model/validate.ts';

function aukus() {
  const result = validateDataset(JSON.parse(readFileSync('data/events.json', 'utf8')));
  if (!result.ok) throw new Error('the shipped dataset is invalid');
  return result;
}

const WIDTH = 1200;

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

/** Each drawn event's dot or bar, by id: where it is drawn in the plot. */
function shapes(doc: Document): Map<string, { left: number; right: number }> {
  const found = new Map<string, { left: number; right: number }>();
  for (const group of doc.querySelectorAll('g.marks > g[data-event-id]')) {
    const dot = group.querySelector('circle.dot');
    const bar = group.querySelector('rect.bar, rect.band');
    const box = dot
      ? { left: Number(dot.getAttribute('cx')), right: Number(dot.getAttribute('cx')) }
      : { left: Number(bar?.getAttribute('x')), right: Number(bar?.getAttribute('x')) + Number(bar?.getAttribute('width')) };
    found.set(group.getAttribute('data-event-id') ?? '', box);
  }
  return found;
}

describe('the AUKUS story in print, right to left', () => {
  const { dataset, events } = aukus();
  const options = { width: WIDTH, title: dataset.title, countries: countriesByFrequency(events), sources: dataset.sources };
  beforeAll(() => loadLocale('ar'));

  it('is the left-to-right print mirrored: the same events in the same rows, each at plot width − x', () => {
    const ltr = parse(renderTimelineSvg(events, { ...options, locale: 'en' }));
    const rtl = parse(renderTimelineSvg(events, { ...options, locale: 'en', direction: 'rtl' }));
    const plotWidth = Number(rtl.querySelector('clipPath rect')?.getAttribute('width'));
    const before = shapes(ltr);
    const after = shapes(rtl);
    expect([...after.keys()]).toEqual([...before.keys()]);
    expect(after.size).toBeGreaterThan(20);
    for (const [id, box] of after) {
      const mirrored = before.get(id)!;
      expect(box.left).toBeCloseTo(plotWidth - mirrored.right, 1);
      expect(box.right).toBeCloseTo(plotWidth - mirrored.left, 1);
    }
    const rows = (doc: Document) => [...doc.querySelectorAll('g.marks > g[data-event-id]')].map((group) => group.getAttribute('transform'));
    expect(rows(rtl)).toEqual(rows(ltr));
  });

  it('in Arabic, reads from the right margin, and sets an English title left to right, ending against its mark', () => {
    const doc = parse(renderTimelineSvg(events, { ...options, locale: 'ar' }));
    expect(doc.documentElement.getAttribute('direction')).toBe('rtl');
    const heading = doc.querySelector('text.heading')!;
    expect(Number(heading.getAttribute('x'))).toBeGreaterThan(WIDTH / 2);
    expect(heading.getAttribute('direction')).toBe('ltr');
    expect(heading.getAttribute('text-anchor')).toBe('end');
    const label = doc.querySelector('g[data-event-id="aukus-announced"] text.label')!;
    const dot = doc.querySelector('g[data-event-id="aukus-announced"] circle.dot')!;
    expect(label.getAttribute('direction')).toBe('ltr');
    expect(label.getAttribute('text-anchor')).toBe('end');
    expect(Number(label.getAttribute('x'))).toBeLessThan(Number(dot.getAttribute('cx')));
  });
});
