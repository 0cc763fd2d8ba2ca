import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { estimateLabelWidth, estimatingMeasure } from '../../../src/layout/labelWidth';

describe('estimateLabelWidth', () => {
  it('is zero for no text and grows with each character', () => {
    expect(estimateLabelWidth('', 12)).toBe(0);
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1 }), (a, b) => {
        expect(estimateLabelWidth(a + b, 12)).toBeGreaterThan(estimateLabelWidth(a, 12));
      }),
    );
  });

  it('scales with the font size', () => {
    expect(estimateLabelWidth('Blinken meets Macron', 24)).toBeCloseTo(2 * estimateLabelWidth('Blinken meets Macron', 12));
  });

  it('tells narrow, wide and full-width characters apart', () => {
    const width = (text: string) => estimateLabelWidth(text, 10);
    expect(width('iiii')).toBeLessThan(width('aaaa'));
    expect(width('aaaa')).toBeLessThan(width('AAAA'));
    expect(width('AAAA')).toBeLessThan(width('WWWW'));
    expect(width('WWWW')).toBeLessThan(width('東京東京'));
  });

  it('counts an astral character once', () => {
    expect(estimateLabelWidth('😀', 10)).toBe(estimateLabelWidth('東', 10));
  });

  it('errs slightly wide of a real sans-serif for a typical title', () => {
    // Arial's advance widths put this title at 16.339 em, 196 px at 12 px.
    const width = estimateLabelWidth('Australia cancels submarine contract', 12);
    expect(width).toBeGreaterThanOrEqual(196);
    expect(width).toBeLessThan(196 * 1.15);
  });

  it('has a measurer form for packing', () => {
    expect(estimatingMeasure(12)('Paris')).toBe(estimateLabelWidth('Paris', 12));
  });
});
