import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  AXIS_HEIGHT,
  BAR_HEIGHT,
  BAR_TOP,
  HALO_RADIUS,
  CARET_HALF_WIDTH,
  CARET_HEIGHT,
  caretPath,
  LANE_GAP,
  LANE_LABEL_HEIGHT,
  laneComparator,
  laneOffset,
  laneTopY,
  linkAnchor,
  markShape,
  OUTLINE_GAP,
  POINT_RADIUS,
  ROW_HEIGHT,
  rowCentreY,
  rowsHeight,
  spanLabelX,
} from '../../../src/layout/geometry';
import type { Mark, PixelRange } from '../../../src/layout/marks';
import { DEFAULT_LABEL_GEOMETRY, labelStartPx } from '../../../src/layout/pack';

const flags = { approximate: false, uncertain: false, planned: false };
const point = (x: number, more: Partial<Mark> = {}): Mark => ({
  id: 'p',
  kind: 'point',
  x,
  x2: x,
  precisionBand: null,
  certainSpan: null,
  ...flags,
  ...more,
});
const span = (x: number, x2: number, more: Partial<Mark> = {}): Mark => ({
  id: 's',
  kind: 'span',
  x,
  x2,
  precisionBand: null,
  certainSpan: null,
  ...flags,
  ...more,
});

const px = fc.double({ min: -5000, max: 5000, noNaN: true, noDefaultInfinity: true });
const width = fc.double({ min: 0, max: 800, noNaN: true, noDefaultInfinity: true });
const range: fc.Arbitrary<PixelRange> = fc.tuple(px, width).map(([x, w]) => ({ x, x2: x + w }));
const markArbitrary: fc.Arbitrary<Mark> = fc
  .record({
    id: fc.constant('m'),
    kind: fc.constantFrom('point' as const, 'span' as const),
    x: px,
    length: width,
    precisionBand: fc.option(range),
    certainSpan: fc.option(range),
    approximate: fc.boolean(),
    uncertain: fc.boolean(),
    planned: fc.boolean(),
  })
  .map(({ length, ...mark }) => ({
    ...mark,
    x2: mark.kind === 'point' ? mark.x : mark.x + length,
    certainSpan: mark.kind === 'point' ? null : mark.certainSpan,
  }));
const spanArbitrary = markArbitrary.filter((mark) => mark.kind === 'span');

describe('rows and lanes', () => {
  it('puts the first row under the axis, and rows a row apart', () => {
    expect(rowCentreY(0, 0, false)).toBe(AXIS_HEIGHT + ROW_HEIGHT / 2);
    expect(rowCentreY(0, 0, false)).toBe(51);
    expect(rowCentreY(0, 3, false) - rowCentreY(0, 2, false)).toBe(ROW_HEIGHT);
    // Without lanes the lane index changes nothing.
    expect(rowCentreY(4, 2, false)).toBe(rowCentreY(0, 2, false));
  });

  it('stacks lanes with a label line over each and a gap between them', () => {
    expect(laneOffset(0, true)).toBe(LANE_LABEL_HEIGHT);
    expect(laneOffset(2, true)).toBe(2 * LANE_GAP + 3 * LANE_LABEL_HEIGHT);
    expect(laneOffset(2, false)).toBe(0);
    // A lane's label line sits right above its first row.
    expect(laneTopY(1, 4, true) + LANE_LABEL_HEIGHT + ROW_HEIGHT / 2).toBe(rowCentreY(1, 4, true));
  });

  it('is as tall as its last row, with one row at least', () => {
    fc.assert(
      fc.property(fc.nat(20), fc.nat(200), fc.boolean(), (laneCount, rowCount, lanes) => {
        const height = rowsHeight(laneCount, rowCount, lanes);
        if (rowCount === 0) expect(height).toBe(AXIS_HEIGHT + laneOffset(laneCount, lanes) + ROW_HEIGHT);
        else expect(height).toBe(rowCentreY(laneCount, rowCount - 1, lanes) + ROW_HEIGHT / 2);
      }),
    );
  });
});

describe('laneComparator', () => {
  it('orders lanes as the countries are listed, the unlisted after them by code unit', () => {
    const keys = ['', 'ZZ', 'FR', 'AU', 'US', 'CN'];
    expect([...keys].sort(laneComparator(['US', 'FR', 'AU']))).toEqual(['US', 'FR', 'AU', '', 'CN', 'ZZ']);
  });

  it('is a total order: any arrival order sorts the same', () => {
    const code = fc.constantFrom('', 'AU', 'CN', 'FR', 'GB', 'US', 'ZZ');
    const keysTwice = fc
      .uniqueArray(code)
      .chain((keys) => fc.tuple(fc.constant(keys), fc.shuffledSubarray(keys, { minLength: keys.length })));
    fc.assert(
      fc.property(fc.uniqueArray(code), keysTwice, (countries, [keys, shuffled]) => {
        const compare = laneComparator(countries);
        const sorted = [...keys].sort(compare);
        expect([...shuffled].sort(compare)).toEqual(sorted);
        for (const key of keys) expect(compare(key, key)).toBe(0);
        // The listed come first, in their order.
        const listed = sorted.filter((key) => countries.includes(key));
        expect(sorted.slice(0, listed.length)).toEqual(listed);
        expect(listed).toEqual(countries.filter((key) => keys.includes(key)));
      }),
    );
  });
});

describe('linkAnchor', () => {
  it("meets a point at its dot and a span just inside its start, or the view's left edge", () => {
    expect(linkAnchor(point(100), 51)).toEqual({ x: 100, y: 51 });
    expect(linkAnchor(point(-20), 51, 0)).toEqual({ x: -20, y: 51 });
    expect(linkAnchor(span(100, 300), 81)).toEqual({ x: 104, y: 81 });
    expect(linkAnchor(span(-50, 300), 81)).toEqual({ x: 4, y: 81 });
    expect(linkAnchor(span(-50, 300), 81, 120)).toEqual({ x: 124, y: 81 });
  });
});

describe('markShape', () => {
  it("draws a point as a dot at the mark's x, its label beside it", () => {
    const shape = markShape(point(200), 120);
    expect(shape).toEqual({
      band: null,
      bar: null,
      dot: { r: POINT_RADIUS },
      halo: null,
      outline: null,
      label: { x: 9, y: 4.5 },
      qualifier: '',
      caret: { x: 0, y: -14 },
    });
    expect(POINT_RADIUS).toBe(DEFAULT_LABEL_GEOMETRY.pointRadiusPx);
  });

  it("puts an inferred date's caret inside the row, clear of the ring, the outline, the bar and the label", () => {
    const half = ROW_HEIGHT / 2;
    const top = (shape: ReturnType<typeof markShape>) => shape.caret.y - 0.75;
    const bottom = (shape: ReturnType<typeof markShape>) => shape.caret.y + CARET_HEIGHT + 0.75;
    const dot = markShape(point(0, { uncertain: true }), 50);
    expect(top(dot)).toBeGreaterThanOrEqual(-half);
    // The apex and both feet lie outside the ring and its stroke.
    for (const [dx, dy] of [
      [0, 0],
      [-CARET_HALF_WIDTH, CARET_HEIGHT],
      [CARET_HALF_WIDTH, CARET_HEIGHT],
    ] as const)
      expect(Math.hypot(dot.caret.x + dx, dot.caret.y + dy)).toBeGreaterThan(HALO_RADIUS + 1.5);
    const bar = markShape(span(100, 300, { uncertain: true }), 80);
    expect(bar.caret.x + CARET_HALF_WIDTH + 0.75).toBeLessThan((bar.outline?.x ?? 0) - 0.6);
    expect(top(bar)).toBeGreaterThanOrEqual(BAR_TOP);
    expect(bottom(bar)).toBeLessThanOrEqual(BAR_TOP + BAR_HEIGHT);
    expect(caretPath(0, -14)).toBe(`M${-CARET_HALF_WIDTH} ${-14 + CARET_HEIGHT}L0 -14L${CARET_HALF_WIDTH} ${-14 + CARET_HEIGHT}`);
  });

  it('rings the dot of an approximate or uncertain date and says which after the label', () => {
    expect(markShape(point(0, { approximate: true }), 50)).toMatchObject({ halo: { r: HALO_RADIUS }, qualifier: ' ~' });
    expect(markShape(point(0, { uncertain: true }), 50)).toMatchObject({ halo: { r: POINT_RADIUS + 3.5 }, qualifier: ' ?' });
    expect(markShape(point(0, { uncertain: true, approximate: true }), 50).qualifier).toBe(' ?');
    expect(markShape(span(0, 100, { approximate: true }), 50)).toMatchObject({ halo: null, qualifier: ' ~' });
  });

  it('outlines the span of an approximate or uncertain date with a dash, round its bar or else its band', () => {
    const gap = OUTLINE_GAP;
    expect(markShape(span(100, 300, { uncertain: true }), 80).outline).toEqual({
      x: -gap,
      y: BAR_TOP - gap,
      width: 200 + 2 * gap,
      height: BAR_HEIGHT + 2 * gap,
      rx: BAR_HEIGHT / 2 + gap,
    });
    // "2021-09?": no certain part, so no bar: the band's own edge is dashed.
    const month = markShape(span(100, 130, { approximate: true, precisionBand: { x: 100, x2: 130 } }), 80);
    expect(month.bar).toBeNull();
    expect(month.outline).toEqual(month.band);
    // A point has its halo instead; a date known to the day has neither.
    expect(markShape(point(0, { uncertain: true }), 50).outline).toBeNull();
    expect(markShape(span(100, 300), 80).outline).toBeNull();
  });

  it('marks every approximate or uncertain date with a halo or an outline, and no other', () => {
    fc.assert(
      fc.property(markArbitrary, width, (mark, labelWidth) => {
        const shape = markShape(mark, labelWidth);
        const fuzzy = mark.approximate || mark.uncertain;
        expect(shape.halo !== null || shape.outline !== null).toBe(fuzzy);
        expect(shape.halo !== null && shape.outline !== null).toBe(false);
      }),
    );
  });

  it('draws a span of days as a bar, its label under it', () => {
    expect(markShape(span(100, 300), 80)).toEqual({
      band: null,
      bar: { x: 0, y: BAR_TOP, width: 200, height: BAR_HEIGHT, rx: BAR_HEIGHT / 2 },
      dot: null,
      halo: null,
      outline: null,
      label: { x: 0, y: 9 },
      qualifier: '',
      caret: { x: -6.5, y: -9.25 },
    });
    // Too short to see: drawn 2 px wide.
    expect(markShape(span(100, 100.5), 80).bar?.width).toBe(2);
  });

  it('draws a coarse date as a faint band, with a bar over the part it certainly covers', () => {
    // "2021-09": no part is certain.
    const month = markShape(span(100, 130, { precisionBand: { x: 100, x2: 130 } }), 80);
    expect(month.band).toEqual({ x: 0, y: BAR_TOP - 2, width: 30, height: BAR_HEIGHT + 4, rx: 2 });
    expect(month.bar).toBeNull();
    // "2021-09/2021-12": certain from October to November.
    const months = markShape(span(100, 220, { precisionBand: { x: 100, x2: 220 }, certainSpan: { x: 130, x2: 190 } }), 80);
    expect(months.band).toMatchObject({ x: 0, width: 120 });
    expect(months.bar).toMatchObject({ x: 30, width: 60 });
  });

  it('draws a window as a band alone, outlined when its known end is uncertain', () => {
    // "[2021-09-15..2021-09-26]": one day between, no part certain.
    const window = markShape(span(100, 160, { precisionBand: { x: 100, x2: 160 }, certainSpan: null }), 80);
    expect(window.band).toEqual({ x: 0, y: BAR_TOP - 2, width: 60, height: BAR_HEIGHT + 4, rx: 2 });
    expect(window.bar).toBeNull();
    expect(window.outline).toBeNull();
    const uncertain = markShape(span(100, 160, { precisionBand: { x: 100, x2: 160 }, certainSpan: null, uncertain: true }), 80);
    expect(uncertain.bar).toBeNull();
    expect(uncertain.outline).toEqual(uncertain.band);
  });

  it("starts a span's label inside the view's left edge, and slides it no further than its span", () => {
    // Starts in view: at its start.
    expect(spanLabelX(span(50, 400), 100, 0)).toBe(50);
    // Starts before the view: just inside the edge.
    expect(spanLabelX(span(-300, 400), 100, 0)).toBe(4);
    expect(spanLabelX(span(-300, 400), 100, 120)).toBe(124);
    // On screen the label leaves with its span: it ends where the span ends.
    expect(spanLabelX(span(-300, 60), 100, 0)).toBe(-40);
    // On paper nothing pans: it stays at the edge.
    expect(spanLabelX(span(-300, 60), null, 0)).toBe(4);
    expect(markShape(span(-300, 60), null).label).toEqual({ x: 304, y: 9 });
  });

  it('gives the print its rule (the plot’s edge) and the screen its own, from one function', () => {
    fc.assert(
      fc.property(spanArbitrary, width, px, (mark, labelWidth, viewLeft) => {
        // Print, before the geometry was shared: Math.max(mark.x, 4).
        expect(spanLabelX(mark, null)).toBe(Math.max(mark.x, 4));
        // EventMark, before: Math.min(Math.max(mark.x, viewLeft + 4), Math.max(mark.x, mark.x2 - labelWidth)).
        expect(spanLabelX(mark, labelWidth, viewLeft)).toBe(
          Math.min(Math.max(mark.x, viewLeft + 4), Math.max(mark.x, mark.x2 - labelWidth)),
        );
      }),
    );
  });

  it("never starts a span's label before the span, nor left of the view's edge when the span keeps room for it in view", () => {
    fc.assert(
      fc.property(spanArbitrary, width, px, (mark, labelWidth, viewLeft) => {
        const x = spanLabelX(mark, labelWidth, viewLeft);
        expect(x).toBeGreaterThanOrEqual(mark.x);
        // Slid right, it still ends within its span.
        if (x > mark.x) expect(x + labelWidth).toBeLessThanOrEqual(mark.x2 + 1e-9);
        if (mark.x2 - labelWidth >= viewLeft) expect(x).toBeGreaterThanOrEqual(viewLeft);
        // A span that starts in view has its label at its start.
        if (mark.x >= viewLeft + 4) expect(x).toBe(mark.x);
        // On paper, any span that reaches into view has its label in view.
        if (mark.x2 > viewLeft) expect(spanLabelX(mark, null, viewLeft)).toBeGreaterThanOrEqual(viewLeft);
      }),
    );
  });

  it("puts a point's label where the packing reserves room for it", () => {
    fc.assert(
      fc.property(markArbitrary, width, px, (mark, labelWidth, viewLeft) => {
        if (mark.kind !== 'point') return;
        expect(mark.x + markShape(mark, labelWidth, viewLeft).label.x).toBeCloseTo(labelStartPx(mark), 6);
      }),
    );
  });

  it("is drawn about the mark's own x: moving the mark and the view together changes nothing", () => {
    fc.assert(
      fc.property(markArbitrary, fc.option(width), px, fc.integer({ min: -2000, max: 2000 }), (mark, labelWidth, viewLeft, shift) => {
        const move = (r: PixelRange | null) => r && { x: r.x + shift, x2: r.x2 + shift };
        const moved = {
          ...mark,
          x: mark.x + shift,
          x2: mark.x2 + shift,
          precisionBand: move(mark.precisionBand),
          certainSpan: move(mark.certainSpan),
        };
        const a = markShape(mark, labelWidth, viewLeft);
        const b = markShape(moved, labelWidth, viewLeft + shift);
        for (const key of ['band', 'bar', 'outline'] as const) {
          expect(b[key] === null).toBe(a[key] === null);
          for (const field of ['x', 'y', 'width', 'height', 'rx'] as const)
            expect(b[key]?.[field] ?? 0).toBeCloseTo(a[key]?.[field] ?? 0, 6);
        }
        expect(b.label.x).toBeCloseTo(a.label.x, 6);
        expect({ ...b, band: null, bar: null, outline: null, label: null }).toEqual({
          ...a,
          band: null,
          bar: null,
          outline: null,
          label: null,
        });
      }),
    );
  });

  it('draws every point a dot and every span a bar, a band or both, none thinner than 2 px', () => {
    fc.assert(
      fc.property(markArbitrary, fc.option(width), (mark, labelWidth) => {
        const shape = markShape(mark, labelWidth);
        if (mark.kind === 'point') expect(shape.dot).not.toBeNull();
        else expect(shape.bar !== null || shape.band !== null).toBe(true);
        for (const rect of [shape.bar, shape.band]) if (rect) expect(rect.width).toBeGreaterThanOrEqual(2);
        expect(shape.halo !== null).toBe(mark.kind === 'point' && (mark.approximate || mark.uncertain));
      }),
    );
  });
});
