/**
 * `npm run bench`: how the timeline holds up at 1k, 10k and 100k events, in Node and in
 * headless Chromium, side by side with vis-timeline fed the same generated data.
 *
 *   npm run bench                          # 1k, 10k, 100k; 3 runs each; ~10 minutes
 *   npm run bench -- --sizes 1000,10000    # a subset
 *   npm run bench -- --runs 1 --timeout 60 --impls ours --no-node
 *   npm run bench -- --app-ref 93c011e     # our app as of a commit (git archive), not the work tree
 *
 * Prints one row per configuration and writes tests/bench/results/latest.json (compare it
 * with baseline.json, committed from an earlier run). Everything it builds (the app, the
 * vis-timeline page, the datasets) goes to a temporary folder served by one static server,
 * so dist/ and the browser tests are left alone.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { serveStatic } from '../browser/harness.ts';
import { validateDataset } from '../../src/model/validate.ts';
import { generateDataset, writeGenerated } from './generate.ts';
import { growthExponent, layoutOnce, medianLayout } from './node-layout.ts';
import { ROOT, appSource, buildApp, buildVisPage } from './site.ts';
import { OURS, VIS, runOnce, type Implementation, type RunResult } from './browser.ts';
import {
  browserTable,
  checkTargets,
  nodeTable,
  stageTable,
  ratios,
  summarise,
  targetLegend,
  type BrowserSummary,
  type NodeSummary,
  type RatioRow,
} from './report.ts';

const RESULTS = resolve(import.meta.dirname, 'results');

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    runs: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
    timeout: { type: 'string', default: '120' },
    'burst-budget': { type: 'string', default: '12' },
    impls: { type: 'string', default: 'ours,vis-timeline' },
    'no-node': { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
    out: { type: 'string', default: join(RESULTS, 'latest.json') },
    keep: { type: 'boolean', default: false },
    'app-ref': { type: 'string' },
  },
  strict: true,
});

const positive = (name: string, text: string): number => {
  const value = Number(text);
  if (!(Number.isFinite(value) && value > 0)) throw new Error(`--${name} must be a positive number, got "${text}"`);
  return value;
};
const sizes = args.sizes
  .split(',')
  .map((text) => Math.round(positive('sizes', text.trim())))
  .sort((a, b) => a - b);
const runCount = Math.round(positive('runs', args.runs));
const seed = Math.round(Number(args.seed));
/** Hard limit for all the runs of one configuration (implementation × size) together. */
const timeoutMs = positive('timeout', args.timeout) * 1000;
const burstBudgetMs = positive('burst-budget', args['burst-budget']) * 1000;
const impls: Implementation[] = args.impls.split(',').map((name) => {
  const impl = [OURS, VIS].find((candidate) => candidate.name === name.trim());
  if (!impl) throw new Error(`--impls: unknown "${name}" (ours, vis-timeline)`);
  return impl;
});

const startedAt = performance.now();
// Other work on the machine skews every figure; the load average says how busy it was.
const loadAtStart = loadavg().map((value) => Math.round(value * 100) / 100);
const log = (message: string) => console.log(`[${((performance.now() - startedAt) / 1000).toFixed(0).padStart(4)} s] ${message}`);

/** The commit measured: --app-ref's, or HEAD's, marked when the work tree's src/ differs from it. */
function gitCommit(): string | null {
  const ref = args['app-ref'];
  const result = spawnSync('git', ['rev-parse', '--short', ref ?? 'HEAD'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) return null;
  if (ref) return result.stdout.trim();
  const changed = spawnSync('git', ['status', '--porcelain', '--', 'src', 'index.html', 'vite.config.ts'], { cwd: ROOT, encoding: 'utf8' });
  return `${result.stdout.trim()}${changed.stdout.trim() !== '' ? ' + uncommitted changes' : ''}`;
}

async function buildSite(work: string, site: string): Promise<void> {
  const ref = args['app-ref'];
  log(`building the app (npx vite build${ref ? ` at ${ref}` : ''}) …`);
  buildApp(appSource(work, ref), site);
  log('building the vis-timeline page …');
  await buildVisPage(join(site, 'vis'));
}

interface Prepared {
  size: number;
  dataUrl: string;
  node?: NodeSummary;
}

/** Generates, writes and validates each size; times the layout in Node. */
function prepareData(dataDir: string): Prepared[] {
  // Warm the JIT on a small dataset first, so that the 1k figure is not mostly compilation.
  const warm = validateDataset(generateDataset({ events: 2000, seed: seed + 1 }).dataset);
  if (warm.ok) for (let i = 0; i < 3; i++) layoutOnce(warm.events);

  const prepared: Prepared[] = [];
  let previous: NodeSummary | undefined;
  for (const size of sizes) {
    const generated = generateDataset({ events: size, seed });
    const dir = join(dataDir, String(size));
    writeGenerated(generated, join(dir, 'events.json'));
    const input: unknown = JSON.parse(readFileSync(join(dir, 'events.json'), 'utf8'));
    const t0 = performance.now();
    const validated = validateDataset(input, { sourceTexts: generated.sourceTexts });
    const validateMs = performance.now() - t0;
    if (!validated.ok)
      throw new Error(`generated ${size} events do not validate: ${validated.problems[0]?.path} ${validated.problems[0]?.message}`);
    const entry: Prepared = { size, dataUrl: `data/${size}/events.json` };
    if (!args['no-node']) {
      const layout = medianLayout(validated.events, 3);
      const node: NodeSummary = {
        size,
        validateMs: Math.round(validateMs),
        prepareMs: round(layout.prepareMs),
        packMs: round(layout.packMs),
        indexMs: round(layout.indexMs),
        layoutMs: round(layout.totalMs),
        layoutRunsMs: layout.runsMs.map((ms) => round(ms)),
        rows: layout.rows,
        exponent: previous ? round(growthExponent(previous.size, previous.layoutMs, size, layout.totalMs), 2) : null,
      };
      entry.node = node;
      previous = node;
      log(`node ${size}: layout ${node.layoutMs} ms (median of 3), validate ${node.validateMs} ms`);
    } else {
      log(`generated ${size} events`);
    }
    prepared.push(entry);
  }
  return prepared;
}

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

async function runBrowser(site: string, prepared: readonly Prepared[]) {
  const host = await serveStatic(site, '/');
  const summaries: BrowserSummary[] = [];
  const allRuns: RunResult[] = [];
  const gaveUp = new Set<string>();
  try {
    for (const { size, dataUrl } of prepared) {
      const runs = new Map<string, RunResult[]>(impls.map((impl) => [impl.name, []]));
      let window: [number, number] | null = null;
      for (let i = 0; i < runCount; i++) {
        for (const impl of impls) {
          const done = runs.get(impl.name) as RunResult[];
          // The bench must end in minutes: the runs of a configuration share one timeout, a
          // further run starts only if a run like the previous ones fits in what is left (so
          // slow configurations get fewer than 3 runs), and one that could not even draw is
          // not tried at larger sizes.
          if (gaveUp.has(impl.name) || done.some((run) => !run.finished)) continue;
          const spent = done.reduce((sum, run) => sum + (run.figures.wallMs ?? 0), 0);
          if (done.length > 0 && spent + (1.25 * spent) / done.length > timeoutMs) continue;
          const url = impl.pageUrl(host.url, `${host.url}${dataUrl}`, window);
          const run = await runOnce(impl, size, url, { timeoutMs: timeoutMs - spent, burstBudgetMs });
          if (impl === OURS && window === null && run.openedRange) window = run.openedRange;
          done.push(run);
          allRuns.push(run);
          const figures = run.figures;
          log(
            `${impl.name} ${size} run ${i + 1}: ${run.finished ? 'done' : `stopped in ${run.stoppedIn} (${run.error})`} — ` +
              `first render ${figures.firstRenderMs ?? '—'} ms, zoom p95 ${figures.zoomP95Ms ?? '—'}, pan p95 ${figures.panP95Ms ?? '—'}, ` +
              `DOM ${figures.domNodes ?? '—'}, filter ${figures.filterToPaintMs ?? '—'} ms (${((figures.wallMs ?? 0) / 1000).toFixed(0)} s)` +
              (run.pageErrors.length ? `; page errors: ${run.pageErrors.slice(0, 2).join(' | ')}` : ''),
          );
          if (run.figures.firstRenderMs === undefined) gaveUp.add(impl.name);
        }
      }
      for (const impl of impls) {
        const done = runs.get(impl.name) as RunResult[];
        if (done.length === 0) {
          summaries.push({
            impl: impl.name,
            size,
            runs: 0,
            finishedRuns: 0,
            status: 'dnf',
            notes: ['not tried: did not draw at a smaller size'],
            median: {},
          });
        } else {
          summaries.push(summarise(impl.name, size, done));
        }
      }
    }
  } finally {
    await host.close();
  }
  const ratioRows: RatioRow[] = [];
  for (const size of sizes) {
    const ours = summaries.find((summary) => summary.impl === 'ours' && summary.size === size);
    const theirs = summaries.find((summary) => summary.impl === 'vis-timeline' && summary.size === size);
    if (ours && theirs && theirs.status !== 'dnf') ratioRows.push(ratios(ours, theirs));
  }
  return { summaries, ratioRows, allRuns };
}

function compareWithBaseline(summaries: readonly BrowserSummary[], nodes: readonly NodeSummary[]): string | null {
  const file = join(RESULTS, 'baseline.json');
  if (!existsSync(file) || resolve(args.out) === file) return null;
  const baseline = JSON.parse(readFileSync(file, 'utf8')) as { commit?: string; browser?: BrowserSummary[]; node?: NodeSummary[] };
  const lines: string[] = [];
  for (const node of nodes) {
    const before = baseline.node?.find((entry) => entry.size === node.size);
    if (before)
      lines.push(`node ${node.size}: layout ${before.layoutMs} → ${node.layoutMs} ms (×${round(node.layoutMs / before.layoutMs, 2)})`);
  }
  for (const summary of summaries.filter((entry) => entry.impl === 'ours')) {
    const before = baseline.browser?.find((entry) => entry.impl === 'ours' && entry.size === summary.size);
    if (!before) continue;
    const parts = (['firstRenderMs', 'zoomP95Ms', 'panP95Ms', 'domNodes', 'filterToPaintMs'] as const).map((figure) => {
      const a = before.median[figure];
      const b = summary.median[figure];
      return `${figure} ${a ?? '—'} → ${b ?? '—'}${a && b ? ` (×${round(b / a, 2)})` : ''}`;
    });
    lines.push(`ours ${summary.size}: ${parts.join(', ')}`);
  }
  return lines.length ? `Against baseline.json (${baseline.commit ?? '?'}):\n${lines.join('\n')}` : null;
}

async function main(): Promise<void> {
  // As the browser tests find it (tests/browser/find-chromium.mjs), without installing one.
  const chromiumPath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (path) => path && existsSync(path),
  );
  if (!args['no-browser'] && !chromiumPath)
    throw new Error('No Chromium found: install one (Debian: apt-get install chromium) or set CHROMIUM_PATH.');
  if (chromiumPath) process.env.CHROMIUM_PATH = chromiumPath;

  const work = mkdtempSync(join(tmpdir(), 'timeline-bench-'));
  const site = join(work, 'site');
  try {
    // Node figures first, while nothing else runs; the builds then empty only site/'s
    // other folders (vite's emptyOutDir keeps nothing, so the data goes in after).
    const data = join(work, 'data');
    const prepared = prepareData(data);
    if (!args['no-browser']) {
      await buildSite(work, site);
      cpSync(data, join(site, 'data'), { recursive: true });
    }
    const nodes = prepared.flatMap((entry) => (entry.node ? [entry.node] : []));
    const browser = args['no-browser'] ? { summaries: [], ratioRows: [], allRuns: [] } : await runBrowser(site, prepared);
    const targets = checkTargets(browser.summaries, browser.ratioRows);

    let chromiumVersion: string | null = null;
    if (chromiumPath) {
      const probe = await chromium.launch({ executablePath: chromiumPath, args: ['--headless', '--no-sandbox'] });
      chromiumVersion = probe.version();
      await probe.close();
    }
    const results = {
      date: new Date().toISOString(),
      commit: gitCommit(),
      machine: {
        loadAverageAtStart: loadAtStart,
        loadAverageAtEnd: loadavg().map((value) => round(value, 2)),
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? null,
        node: process.version,
        chromium: chromiumVersion,
      },
      options: {
        sizes,
        runs: runCount,
        seed,
        timeoutPerConfigurationS: timeoutMs / 1000,
        burstBudgetS: burstBudgetMs / 1000,
        impls: impls.map((impl) => impl.name),
        appRef: args['app-ref'] ?? null,
      },
      method: {
        node: 'preparePackable + packAtZoom (k = 1, 1200 px) + createTimeIndex over the packed items, median of 3; validate (with source texts) timed once, apart',
        browser:
          'fresh headless Chromium per run (tests/browser/harness.ts launchChromium), 1280×900; first render = navigation start → end of the first frame with a mark; ' +
          'DOM nodes and JS heap (after GC) at the opening view; zoom = 30 ctrl+wheel steps in + 30 out (×1.2 a step in both libraries); ' +
          'pan = 30 drag steps of 10 px right + 30 back, after a ×7.4 zoom-in; one step per drawn frame, each burst cut after its time budget; ' +
          'p50/p95 of requestAnimationFrame deltas; long tasks > 50 ms during both bursts; ' +
          'filter = click on the most frequent country in that zoomed-in view → end of the first frame after the timeline DOM changed; ' +
          'vis-timeline opens on the window our timeline opened on',
      },
      node: nodes,
      browser: browser.summaries,
      ratios: browser.ratioRows,
      targets,
      runs: browser.allRuns,
      wallS: Math.round((performance.now() - startedAt) / 1000),
    };
    mkdirSync(resolve(args.out, '..'), { recursive: true });
    writeFileSync(args.out, `${JSON.stringify(results, null, 2)}\n`);

    console.log('');
    if (nodes.length) console.log(`Node layout (validate excluded; median of 3)\n${nodeTable(nodes)}\n`);
    if (browser.summaries.length) {
      console.log(
        `Chromium (median of ${runCount}; ✓/✗ against the targets below)\n${browserTable(browser.summaries, browser.ratioRows)}\n`,
      );
      for (const summary of browser.summaries) for (const note of summary.notes) console.log(`  ${summary.impl} ${summary.size}: ${note}`);
      const stages = stageTable(browser.summaries);
      if (stages) console.log(`Where our first render goes (ms from navigation start, median)\n${stages}\n`);
      console.log(`${targetLegend()}\n`);
      const missed = targets.filter((check) => !check.met);
      console.log(`Targets met: ${targets.length - missed.length} of ${targets.length}.`);
    }
    const comparison = compareWithBaseline(browser.summaries, nodes);
    if (comparison) console.log(`\n${comparison}`);
    console.log(`\nWrote ${args.out} (${results.wallS} s in all).`);
  } finally {
    if (args.keep) console.log(`Kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
