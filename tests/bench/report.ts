/**
 * From runs to figures: medians per configuration, ratios ours / vis-timeline, the issue's
 * targets with ✓/✗, and the table `npm run bench` prints.
 */
import type { ImplName, RunFigures, RunResult } from './browser.ts';
import { median } from './node-layout.ts';

export type Figure = keyof RunFigures;

export interface BrowserSummary {
  readonly impl: ImplName;
  readonly size: number;
  /** Runs attempted and runs that reached their end. */
  readonly runs: number;
  readonly finishedRuns: number;
  /** ok: every run finished; partial: some figures missing; dnf: not even the first render. */
  readonly status: 'ok' | 'partial' | 'dnf';
  /** Where the runs that did not finish stopped, e.g. "zoom burst: no end after 120 s". */
  readonly notes: string[];
  /** Median over the runs that reached each figure. */
  readonly median: RunFigures;
}

export interface NodeSummary {
  readonly size: number;
  readonly validateMs: number;
  readonly prepareMs: number;
  readonly packMs: number;
  readonly indexMs: number;
  readonly layoutMs: number;
  readonly layoutRunsMs: number[];
  readonly rows: number;
  /** Growth exponent of layout time from the previous size. */
  readonly exponent: number | null;
}

export function summarise(impl: ImplName, size: number, runs: readonly RunResult[]): BrowserSummary {
  const figures = new Set<Figure>(runs.flatMap((run) => Object.keys(run.figures) as Figure[]));
  const medians: RunFigures = {};
  for (const figure of figures) {
    const values = runs
      .map((run) => run.figures[figure])
      .filter((value): value is number => typeof value === 'number' && Number.isFinite(value));
    if (values.length > 0) medians[figure] = Math.round(median(values) * 100) / 100;
  }
  const finishedRuns = runs.filter((run) => run.finished).length;
  const status = finishedRuns === runs.length && runs.length > 0 ? 'ok' : medians.firstRenderMs === undefined ? 'dnf' : 'partial';
  const notes = runs.filter((run) => !run.finished).map((run) => `${run.stoppedIn ?? '?'}: ${run.error ?? 'stopped'}`);
  return { impl, size, runs: runs.length, finishedRuns, status, notes, median: medians };
}

// ---------------------------------------------------------------------------
// Targets (issue 5): 100k events on this 2-core machine, headless Chromium, median of 3

export interface Target {
  readonly figure: Figure;
  readonly text: string;
  readonly met: (value: number) => boolean;
}

export const FRAME_BUDGET_MS = 16.7;
/**
 * requestAnimationFrame deltas come in whole 60 Hz intervals: a page that keeps up shows
 * 16.7 ms give or take the compositor's jitter, one that misses a frame shows 33.3 ms. So
 * "p95 under 16.7 ms" is read as p95 within one interval plus 1 ms of jitter.
 */
export const FRAME_TOLERANCE_MS = 1;

export const TARGETS: readonly Target[] = [
  { figure: 'firstRenderMs', text: '< 1000 ms', met: (v) => v < 1000 },
  {
    figure: 'zoomP95Ms',
    text: `≤ ${FRAME_BUDGET_MS} ms (+${FRAME_TOLERANCE_MS} ms jitter)`,
    met: (v) => v <= FRAME_BUDGET_MS + FRAME_TOLERANCE_MS,
  },
  {
    figure: 'panP95Ms',
    text: `≤ ${FRAME_BUDGET_MS} ms (+${FRAME_TOLERANCE_MS} ms jitter)`,
    met: (v) => v <= FRAME_BUDGET_MS + FRAME_TOLERANCE_MS,
  },
  { figure: 'longTasks', text: '0 during the bursts', met: (v) => v === 0 },
  { figure: 'domNodes', text: '< 3000 at any size', met: (v) => v < 3000 },
  { figure: 'filterToPaintMs', text: '< 100 ms', met: (v) => v < 100 },
];

/** Ours must be at least 10× faster than vis-timeline on these, wherever vis-timeline finishes. */
export const RATIO_TARGETS: readonly Target[] = [
  { figure: 'firstRenderMs', text: '≤ 0.1 (10× faster)', met: (v) => v <= 0.1 },
  { figure: 'zoomP95Ms', text: '≤ 0.1 (10× faster)', met: (v) => v <= 0.1 },
  { figure: 'panP95Ms', text: '≤ 0.1 (10× faster)', met: (v) => v <= 0.1 },
];

/** Figures compared as ours / theirs; lower is better for every one. */
export const RATIO_FIGURES: readonly Figure[] = [
  'firstRenderMs',
  'zoomP50Ms',
  'zoomP95Ms',
  'panP50Ms',
  'panP95Ms',
  'longTasks',
  'domNodes',
  'heapMB',
  'filterToPaintMs',
];

export interface RatioRow {
  readonly size: number;
  readonly ratios: Partial<Record<Figure, number>>;
}

export function ratios(ours: BrowserSummary, theirs: BrowserSummary): RatioRow {
  const result: Partial<Record<Figure, number>> = {};
  for (const figure of RATIO_FIGURES) {
    const a = ours.median[figure];
    const b = theirs.median[figure];
    if (a === undefined || b === undefined) continue;
    if (b === 0) {
      if (a === 0) result[figure] = 1;
      continue;
    }
    result[figure] = Math.round((a / b) * 1000) / 1000;
  }
  return { size: ours.size, ratios: result };
}

export interface TargetCheck {
  readonly impl: ImplName | 'ours/vis-timeline';
  readonly size: number;
  readonly figure: Figure;
  readonly target: string;
  readonly value: number | null;
  readonly met: boolean;
}

export function checkTargets(browser: readonly BrowserSummary[], ratioRows: readonly RatioRow[]): TargetCheck[] {
  const checks: TargetCheck[] = [];
  for (const summary of browser.filter((entry) => entry.impl === 'ours')) {
    for (const target of TARGETS) {
      const value = summary.median[target.figure] ?? null;
      checks.push({
        impl: 'ours',
        size: summary.size,
        figure: target.figure,
        target: target.text,
        value,
        met: value !== null && target.met(value),
      });
    }
  }
  for (const row of ratioRows) {
    for (const target of RATIO_TARGETS) {
      const value = row.ratios[target.figure] ?? null;
      if (value === null) continue;
      checks.push({ impl: 'ours/vis-timeline', size: row.size, figure: target.figure, target: target.text, value, met: target.met(value) });
    }
  }
  return checks;
}

// ---------------------------------------------------------------------------
// Text table

function pad(cells: readonly string[][]): string {
  const widths = cells[0]?.map((_, column) => Math.max(...cells.map((row) => [...(row[column] ?? '')].length))) ?? [];
  return cells
    .map((row) =>
      row
        .map((cell, column) => cell + ' '.repeat((widths[column] ?? 0) - [...cell].length))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

const fmt = (value: number | undefined, digits = 1): string => {
  if (value === undefined || !Number.isFinite(value)) return '—';
  if (Math.abs(value) >= 100) return Math.round(value).toLocaleString('en-US');
  return value.toFixed(digits);
};

function mark(value: number | undefined, target: Target | undefined): string {
  if (target === undefined || value === undefined) return '';
  return target.met(value) ? ' ✓' : ' ✗';
}

export function nodeTable(rows: readonly NodeSummary[]): string {
  const header = ['size', 'layout ms', 'prepare', 'pack', 'index', 'rows at k=1', 'growth exponent', 'validate ms (1 run)'];
  const body = rows.map((row) => [
    row.size.toLocaleString('en-US'),
    fmt(row.layoutMs),
    fmt(row.prepareMs),
    fmt(row.packMs),
    fmt(row.indexMs),
    row.rows.toLocaleString('en-US'),
    row.exponent === null ? '—' : row.exponent.toFixed(2),
    fmt(row.validateMs),
  ]);
  return pad([header, ...body]);
}

const BROWSER_COLUMNS: readonly { figure: Figure; title: string; pairWith?: Figure }[] = [
  { figure: 'firstRenderMs', title: 'first render ms' },
  { figure: 'zoomP50Ms', title: 'zoom p50/p95 ms', pairWith: 'zoomP95Ms' },
  { figure: 'panP50Ms', title: 'pan p50/p95 ms', pairWith: 'panP95Ms' },
  { figure: 'longTasks', title: 'long tasks' },
  { figure: 'domNodes', title: 'DOM nodes' },
  { figure: 'heapMB', title: 'heap MB' },
  { figure: 'filterToPaintMs', title: 'filter→paint ms' },
];

const targetFor = (figure: Figure, list: readonly Target[]) => list.find((target) => target.figure === figure);

export function browserTable(summaries: readonly BrowserSummary[], ratioRows: readonly RatioRow[]): string {
  const header = ['configuration', 'runs', ...BROWSER_COLUMNS.map((column) => column.title)];
  const rows: string[][] = [];
  const sizes = [...new Set(summaries.map((summary) => summary.size))].sort((a, b) => a - b);
  for (const size of sizes) {
    for (const summary of summaries.filter((entry) => entry.size === size)) {
      const ours = summary.impl === 'ours';
      const targets = ours ? TARGETS : [];
      const cells = BROWSER_COLUMNS.map(({ figure, pairWith }) => {
        const value = summary.median[figure];
        if (pairWith) {
          const second = summary.median[pairWith];
          return `${fmt(value)} / ${fmt(second)}${mark(second, targetFor(pairWith, targets))}`;
        }
        return `${fmt(value)}${mark(value, targetFor(figure, targets))}`;
      });
      const runs =
        summary.status === 'ok'
          ? `${summary.runs}`
          : `${summary.finishedRuns}/${summary.runs} ${summary.status === 'dnf' ? 'DNF' : 'part'}`;
      rows.push([`${summary.impl} ${size.toLocaleString('en-US')}`, runs, ...cells]);
    }
    const ratio = ratioRows.find((row) => row.size === size);
    if (ratio) {
      const cells = BROWSER_COLUMNS.map(({ figure, pairWith }) => {
        const value = ratio.ratios[figure];
        if (pairWith) {
          const second = ratio.ratios[pairWith];
          return `${fmt(value, 2)} / ${fmt(second, 2)}${mark(second, targetFor(pairWith, RATIO_TARGETS))}`;
        }
        return `${fmt(value, 2)}${mark(value, targetFor(figure, RATIO_TARGETS))}`;
      });
      rows.push([`  ours/vis ${size.toLocaleString('en-US')}`, '', ...cells]);
    }
  }
  return pad([header, ...rows]);
}

export function targetLegend(): string {
  const absolute = TARGETS.map((target) => `${target.figure} ${target.text}`).join('; ');
  const relative = RATIO_TARGETS.map((target) => `${target.figure} ${target.text}`).join('; ');
  return (
    `Targets (issue 5; stated for 100k, shown at every size): ${absolute}.\n` +
    `Ratios ours/vis (lower is better), wherever vis-timeline finishes: ${relative}.\n` +
    'Frame times are requestAnimationFrame deltas: 16.7 ms is a frame on time (the floor), 33.3 ms one missed; ' +
    'so a p95 ratio cannot go below 16.7 / vis p95, and the 10× target holds only where vis-timeline drops most frames.'
  );
}

/**
 * Our first render cut into its stages: the time each one took, from the User Timing
 * marks the app sets (fetched, parsed, validated, story) to the first frame with a mark.
 * Medians of each mark, so the parts need not add up exactly to the median total.
 */
export function stageTable(summaries: readonly BrowserSummary[]): string | null {
  const rows = summaries.filter((summary) => summary.impl === 'ours' && summary.median.storyMs !== undefined);
  if (rows.length === 0) return null;
  const header = ['size', 'load page + fetch', 'JSON.parse', 'sources + validate', 'story', 'layout + first frame', 'first render'];
  const body = rows.map(({ size, median: m }) => {
    const step = (from: number | undefined, to: number | undefined) => (from === undefined || to === undefined ? '—' : fmt(to - from));
    return [
      size.toLocaleString('en-US'),
      step(0, m.fetchedMs),
      step(m.fetchedMs, m.parsedMs),
      step(m.parsedMs, m.validatedMs),
      step(m.validatedMs, m.storyMs),
      step(m.storyMs, m.firstRenderMs),
      fmt(m.firstRenderMs ?? NaN),
    ];
  });
  return pad([header, ...body]);
}
