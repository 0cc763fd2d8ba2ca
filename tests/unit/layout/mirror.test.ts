import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scaleUtc } from 'd3-scale';
import { zoomIdentity } from 'd3-zoom';
import { frameMarks, indexPlacedItems } from '../../../src/layout/frame';
import { linkPath } from '../../../src/layout/links';
import { markShape, type MarkShape } from '../../../src/layout/geometry';
import { drawnShape, drawnStretch, flipTransform, mirrorFor, textBidi, type Direction } from '../../../src/layout/mirror';
import { packAtZoom, preparePackable, quantizeZoom } from '../../../src/layout/pack';
import { createTimeScale, DAY_MS, rescale } from '../../../src/layout/timeScale';
import { directionOf, textDirection } from '../../../src/i18n/direction';
import { datePoint, day, intervalDate, layoutEvent, utc } from './dates';

const width = 1000;
const base = createTimeScale([utc(2021), utc(2022)], width);

describe('directionOf and textDirection', () => {
  it('reads Arabic, Hebrew, Persian and Urdu right to left by their base subtag, anything else left to right', () => {
    expect(['ar', 'ar-EG', 'AR', 'he', 'fa-IR', 'ur'].map(directionOf)).toEqual(Array(6).fill('rtl'));
    expect(['en', 'fr', 'de-AT', 'es-419', '', 'arn'].map(directionOf)).toEqual(Array(6).fill('ltr'));
  });

  it('judges a text by its first letter, as dir="auto" does: digits and punctuation decide nothing', () => {
    expect(textDirection('Macron يعلن')).toBe('ltr');
    expect(textDirection('2021: ماكرون يستقبل Blinken')).toBe('rtl');
    expect(textDirection('« שלום »')).toBe('rtl');
    expect(textDirection('2021 — 12/9')).toBeNull();
  });
});

describe('the mirror', () => {
  it('leaves a left-to-right picture as it is and turns a right-to-left one about its middle', () => {
    const ltr = mirrorFor('ltr', width);
    const rtl = mirrorFor('rtl', width);
    expect([ltr.x(120), rtl.x(120)]).toEqual([120, 880]);
    expect(rtl.rect({ x: 100, width: 50, y: 3 })).toEqual({ x: 850, width: 50, y: 3 });
    expect(rtl.point({ x: 0, y: 7 })).toEqual({ x: width, y: 7 });
  });

  it('gives d3-zoom’s transform of the drawn picture as the reading one and back (its own inverse)', () => {
    // A right-to-left base scale as d3 draws it: the story's start at the right edge.
    const drawnBase = scaleUtc()
      .domain([utc(2021), utc(2022)])
      .range([width, 0]);
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 500, noNaN: true }),
        fc.double({ min: -5e5, max: 0, noNaN: true }),
        fc.integer({ min: 0, max: 364 }),
        (k, x, dayOfYear) => {
          const drawn = { k, x };
          const reading = flipTransform(drawn, width, 'rtl');
          expect(flipTransform(reading, width, 'rtl').x).toBeCloseTo(x, 6);
          const at = utc(2021) + dayOfYear * DAY_MS;
          // Where d3-zoom draws a date through its transform, read from the right edge, is where the layout puts it.
          const drawnX = zoomIdentity.translate(x, 0).scale(k).rescaleX(drawnBase)(at);
          expect(width - drawnX).toBeCloseTo(rescale(base, reading)(at), 3);
        },
      ),
    );
    expect(flipTransform({ k: 3, x: -40 }, width, 'ltr')).toEqual({ k: 3, x: -40 });
  });

  it('turns a mark’s shape about its x: bars and bands on the other side, the label’s start and the caret mirrored', () => {
    const span = frameOf([layoutEvent('span', intervalDate(datePoint(2021, 3), datePoint(2021, 5, 10, { approximate: true })))])[0]!;
    const shape = markShape(span, 80);
    const turned = drawnShape(shape, 'rtl');
    for (const key of ['band', 'bar', 'outline'] as const) {
      const rect = shape[key]!;
      expect(turned[key]).toEqual({ ...rect, x: -rect.x - rect.width });
    }
    expect(turned.label).toEqual({ ...shape.label, x: -shape.label.x });
    expect(turned.caret).toEqual({ ...shape.caret, x: -shape.caret.x });
    expect(drawnShape(shape, 'ltr')).toBe(shape);
    expect(drawnStretch(-5, 90, 'rtl')).toEqual([-90, 5]);
  });

  it('draws a link’s arc between mirrored ends as the mirror of the arc', () => {
    const from = { x: 120, y: 60 };
    const to = { x: 480, y: 150 };
    const numbers = (path: string) => path.match(/-?[\d.]+/g)!.map(Number);
    const ltr = numbers(linkPath(from, to));
    const rtl = numbers(linkPath({ ...from, x: width - from.x }, { ...to, x: width - to.x }));
    ltr.forEach((value, i) => expect(rtl[i]).toBeCloseTo(i % 2 === 0 ? width - value : value, 1));
  });

  it('sets a title in its own direction where it differs from the picture’s, anchored at its end', () => {
    expect(textBidi('ltr', 'rtl')).toEqual({ direction: 'ltr', anchor: 'end' });
    expect(textBidi('rtl', 'ltr')).toEqual({ direction: 'rtl', anchor: 'end' });
    expect(textBidi('rtl', 'rtl')).toEqual({ direction: undefined, anchor: undefined });
    expect(textBidi(null, 'rtl')).toEqual({ direction: undefined, anchor: undefined });
  });
});

function frameOf(events: ReturnType<typeof layoutEvent>[], k = 1, pan = 0) {
  const items = preparePackable(events);
  const index = indexPlacedItems(items, packAtZoom(items, rescale(base, { k: quantizeZoom(k), x: 0 })));
  return frameMarks(index, rescale(base, { k, x: -pan * (k - 1) * width }));
}

interface Box {
  readonly left: number;
  readonly right: number;
}

/** What a mark draws, in the drawing's px: its shapes and its label's box (the label extends the picture's reading way). */
function drawnBoxes(mark: ReturnType<typeof frameOf>[number], direction: Direction): { label: Box; shapes: Box[]; row: string } {
  const mirror = mirrorFor(direction, width);
  const rightEdge = { viewRight: width, freeBeforePx: mark.freeBeforePx };
  const shape: MarkShape = drawnShape(markShape(mark, mark.labelWidthPx, 0, rightEdge), direction);
  const at = mirror.x(mark.x);
  const start = at + shape.label.x;
  const label = direction === 'ltr' ? { left: start, right: start + mark.labelWidthPx } : { left: start - mark.labelWidthPx, right: start };
  const shapes = [shape.band, shape.bar, shape.outline].flatMap((rect) =>
    rect ? [{ left: at + rect.x, right: at + rect.x + rect.width }] : [],
  );
  if (shape.dot) shapes.push({ left: at - shape.dot.r, right: at + shape.dot.r });
  return { label, shapes, row: `${mark.lane}:${mark.row}` };
}

describe('a right-to-left timeline', () => {
  const eventsArb = fc
    .array(fc.tuple(fc.integer({ min: 0, max: 364 }), fc.integer({ min: 0, max: 40 }), fc.string({ minLength: 1, maxLength: 40 })), {
      maxLength: 50,
    })
    .map((triples) =>
      triples.map(([dayOfYear, days, title], i) => {
        const start = new Date(utc(2021) + dayOfYear * DAY_MS);
        const end = new Date(Math.min(utc(2021, 12, 31), start.getTime() + days * DAY_MS));
        const from = datePoint(start.getUTCFullYear(), start.getUTCMonth() + 1, start.getUTCDate());
        const to = datePoint(end.getUTCFullYear(), end.getUTCMonth() + 1, end.getUTCDate());
        return layoutEvent(`e${i}`, days === 0 ? day(from.year, from.month!, from.day!) : intervalDate(from, to), title);
      }),
    );

  it('is the left-to-right one mirrored (x ↦ width − x, label boxes too), with no two labels of a row overlapping', () => {
    fc.assert(
      fc.property(eventsArb, fc.double({ min: 1, max: 64, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (events, k, pan) => {
        const marks = frameOf(events, k, pan);
        const rtlLabels = new Map<string, Box[]>();
        for (const mark of marks) {
          const ltr = drawnBoxes(mark, 'ltr');
          const rtl = drawnBoxes(mark, 'rtl');
          expect(rtl.label.left).toBeCloseTo(width - ltr.label.right, 6);
          expect(rtl.label.right).toBeCloseTo(width - ltr.label.left, 6);
          rtl.shapes.forEach((box, i) => {
            expect(box.left).toBeCloseTo(width - ltr.shapes[i]!.right, 6);
            expect(box.right).toBeCloseTo(width - ltr.shapes[i]!.left, 6);
          });
          const row = rtlLabels.get(rtl.row) ?? [];
          for (const other of row) expect(rtl.label.right <= other.left + 0.01 || other.right <= rtl.label.left + 0.01).toBe(true);
          row.push(rtl.label);
          rtlLabels.set(rtl.row, row);
        }
      }),
    );
  });
});
