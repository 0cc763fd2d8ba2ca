// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseRangeParam, percentile, type RunResult } from '../../bench/browser.ts';
import { growthExponent, median } from '../../bench/node-layout.ts';
import { checkTargets, ratios, summarise } from '../../bench/report.ts';

const run = (figures: RunResult['figures'], finished = true): RunResult => ({
  impl: 'ours',
  size: 1000,
  finished,
  figures,
  openedRange: null,
  pageErrors: [],
  ...(finished ? {} : { stoppedIn: 'zoom burst', error: 'no end after 120 s' }),
});

describe('bench arithmetic', () => {
  it('takes nearest-rank percentiles and medians', () => {
    const deltas = [16.7, 16.7, 16.6, 16.8, 33.3, 16.7, 16.7, 16.7, 16.7, 100];
    expect(percentile(deltas, 50)).toBe(16.7);
    expect(percentile(deltas, 95)).toBe(100);
    expect(percentile([], 95)).toBeNaN();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });

  it('gives the growth exponent between two sizes', () => {
    expect(growthExponent(1000, 10, 10000, 100)).toBeCloseTo(1);
    expect(growthExponent(1000, 10, 10000, 1000)).toBeCloseTo(2);
  });

  it('reads the range the app writes in its URL', () => {
    expect(parseRangeParam('http://x/?src=a&range=2001-02-03/2004-05-06T07:08Z')).toEqual([
      Date.UTC(2001, 1, 3),
      Date.UTC(2004, 4, 6, 7, 8),
    ]);
    expect(parseRangeParam('http://x/?src=a')).toBeNull();
    expect(parseRangeParam('http://x/?range=2004-01-01/2001-01-01')).toBeNull();
  });
});

describe('summaries, ratios and targets', () => {
  it('takes the median of each figure over the runs that reached it, and says which did not finish', () => {
    const summary = summarise('ours', 1000, [
      run({ firstRenderMs: 900, zoomP95Ms: 16.7 }),
      run({ firstRenderMs: 1100, zoomP95Ms: 50 }),
      run({ firstRenderMs: 1000 }, false),
    ]);
    expect(summary.median).toEqual({ firstRenderMs: 1000, zoomP95Ms: 33.35 });
    expect(summary.status).toBe('partial');
    expect(summary.finishedRuns).toBe(2);
    expect(summary.notes).toEqual(['zoom burst: no end after 120 s']);
    expect(summarise('ours', 1000, [run({}, false)]).status).toBe('dnf');
  });

  it('divides ours by theirs and checks the targets', () => {
    const ours = summarise('ours', 100000, [
      run({ firstRenderMs: 800, zoomP95Ms: 16.7, panP95Ms: 40, longTasks: 0, domNodes: 2500, filterToPaintMs: 120 }),
    ]);
    const theirs = summarise('vis-timeline', 100000, [run({ firstRenderMs: 16000, zoomP95Ms: 400, panP95Ms: 100, longTasks: 0 })]);
    const row = ratios(ours, theirs);
    expect(row.ratios).toMatchObject({ firstRenderMs: 0.05, zoomP95Ms: 0.042, panP95Ms: 0.4, longTasks: 1 });
    const checks = checkTargets([ours, theirs], [row]);
    const met = (figure: string, impl = 'ours') => checks.find((check) => check.figure === figure && check.impl === impl)?.met;
    expect(met('firstRenderMs')).toBe(true);
    expect(met('zoomP95Ms')).toBe(true);
    expect(met('panP95Ms')).toBe(false);
    expect(met('domNodes')).toBe(true);
    expect(met('filterToPaintMs')).toBe(false);
    expect(met('firstRenderMs', 'ours/vis-timeline')).toBe(true);
    expect(met('panP95Ms', 'ours/vis-timeline')).toBe(false);
  });
});
