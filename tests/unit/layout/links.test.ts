import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LINK_MARKERS, linkPath, linkStyle } from '../../../src/layout/links';
import { RELATION_TYPES } from '../../../src/model/schema';

/** [x0, y0, c1x, c1y, c2x, c2y, x1, y1] from "M x y C x y, x y, x y". */
function parsePath(path: string): number[] {
  expect(path).toMatch(/^M -?[\d.]+ -?[\d.]+ C -?[\d.]+ -?[\d.]+, -?[\d.]+ -?[\d.]+, -?[\d.]+ -?[\d.]+$/);
  return path.replace(/[MC,]/g, ' ').trim().split(/\s+/).map(Number);
}

/** The point of the cubic at t = 0.5. */
function midpoint([x0, y0, c1x, c1y, c2x, c2y, x1, y1]: number[]): { x: number; y: number } {
  return { x: (x0! + 3 * c1x! + 3 * c2x! + x1!) / 8, y: (y0! + 3 * c1y! + 3 * c2y! + y1!) / 8 };
}

describe('linkPath', () => {
  it('is a cubic Bézier from one mark to the other', () => {
    const numbers = parsePath(linkPath({ x: 10, y: 50 }, { x: 210, y: 50 }));
    expect(numbers.slice(0, 2)).toEqual([10, 50]);
    expect(numbers.slice(6)).toEqual([210, 50]);
  });

  it('arcs above two marks on the same row', () => {
    for (const [from, to] of [
      [
        { x: 10, y: 50 },
        { x: 210, y: 50 },
      ],
      [
        { x: 210, y: 50 },
        { x: 10, y: 50 },
      ],
    ] as const) {
      const numbers = parsePath(linkPath(from, to));
      expect(numbers[3]).toBeLessThan(50);
      expect(numbers[5]).toBeLessThan(50);
      expect(midpoint(numbers).y).toBeCloseTo(50 - 70, 1);
    }
  });

  it('bulges at least a little for neighbours and not without limit for distant marks', () => {
    expect(midpoint(parsePath(linkPath({ x: 0, y: 50 }, { x: 4, y: 50 }))).y).toBeCloseTo(50 - 12, 1);
    expect(midpoint(parsePath(linkPath({ x: 0, y: 50 }, { x: 5000, y: 50 }))).y).toBeCloseTo(50 - 120, 1);
  });

  it('bulges to the right between marks one above the other', () => {
    const numbers = parsePath(linkPath({ x: 100, y: 0 }, { x: 100, y: 100 }));
    expect(midpoint(numbers).x).toBeGreaterThan(100);
    expect(midpoint(parsePath(linkPath({ x: 100, y: 100 }, { x: 100, y: 0 }))).x).toBeGreaterThan(100);
  });

  it('never bulges downward and never yields NaN', () => {
    const coordinate = fc.double({ min: -5000, max: 5000, noNaN: true });
    fc.assert(
      fc.property(coordinate, coordinate, coordinate, coordinate, (x0, y0, x1, y1) => {
        const numbers = parsePath(linkPath({ x: x0, y: y0 }, { x: x1, y: y1 }));
        expect(numbers.every(Number.isFinite)).toBe(true);
        const mid = midpoint(numbers);
        expect(mid.y).toBeLessThanOrEqual((y0 + y1) / 2 + 0.02);
      }),
    );
  });

  it('draws a small loop rather than nothing when both ends coincide', () => {
    const numbers = parsePath(linkPath({ x: 5, y: 5 }, { x: 5, y: 5 }));
    expect(midpoint(numbers).y).toBeLessThan(5);
  });
});

describe('linkStyle', () => {
  it('gives every relation type a distinct dash pattern and marker', () => {
    const styles = RELATION_TYPES.map(linkStyle);
    expect(new Set(styles.map((s) => s.dashArray)).size).toBe(RELATION_TYPES.length);
    expect(new Set(styles.map((s) => s.marker)).size).toBe(RELATION_TYPES.length);
    for (const style of styles) expect(LINK_MARKERS).toContain(style.marker);
  });

  it('draws causes solid with an arrow and context undirected', () => {
    expect(linkStyle('causes')).toEqual({ dashArray: null, marker: 'link-arrow', directed: true });
    expect(linkStyle('context').directed).toBe(false);
  });
});
