/**
 * Where our app's time goes: a CPU profile of its first render of a generated dataset (and,
 * with --zoom N, of N ctrl+wheel zoom steps after it), from an unminified build so that
 * functions keep their names. Prints the functions with the most self time and the most
 * total time (callees included), and writes the .cpuprofile for Chromium's DevTools.
 *
 *   npx tsx tests/bench/profile.ts --events 10000 [--zoom 5] [--app-ref aadca0b] [--timeout 120]
 *   npx tsx tests/bench/profile.ts --events 100000 --filter     # only the click on the first country
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium, serveStatic } from '../browser/harness.ts';
import { generateDataset, writeGenerated } from './generate.ts';
import { probeScript } from './probe.ts';
import { appSource, buildApp } from './site.ts';

const { values: args } = parseArgs({
  options: {
    events: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    zoom: { type: 'string', default: '0' },
    filter: { type: 'boolean', default: false },
    timeout: { type: 'string', default: '120' },
    'app-ref': { type: 'string' },
    top: { type: 'string', default: '25' },
    out: { type: 'string', default: join(tmpdir(), 'timeline-first-render.cpuprofile') },
  },
  strict: true,
});

/** The parts of a DevTools CPU profile (Profiler.stop) read here. */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

function label(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.split('/').pop() ?? '';
  return `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}` : ''}`;
}

/** Self and total milliseconds by function; total counts a function once per stack. */
export function summariseProfile(profile: Profile): { self: Map<string, number>; total: Map<string, number>; wallMs: number } {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  samples.forEach((id, i) => {
    const ms = (deltas[i + 1] ?? deltas[i] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node) return;
    const own = label(node);
    self.set(own, (self.get(own) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = label(byId.get(at) as ProfileNode);
      if (seen.has(name)) continue;
      seen.add(name);
      total.set(name, (total.get(name) ?? 0) + ms);
    }
  });
  return { self, total, wallMs: (profile.endTime - profile.startTime) / 1000 };
}

const top = (map: Map<string, number>, count: number) =>
  [...map]
    .filter(([name]) => !/^\((idle|root|program)\)/.test(name))
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, ms]) => `${ms.toFixed(0).padStart(8)} ms  ${name}`)
    .join('\n');

async function main(): Promise<void> {
  const events = Number(args.events);
  const work = mkdtempSync(join(tmpdir(), 'timeline-profile-'));
  const site = join(work, 'site');
  try {
    console.log(`building the app unminified${args['app-ref'] ? ` at ${args['app-ref']}` : ''} …`);
    buildApp(appSource(work, args['app-ref']), site, { minify: false });
    writeGenerated(generateDataset({ events, seed: Number(args.seed) }), join(site, 'data', 'events.json'));
    const host = await serveStatic(site, '/');
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.addInitScript(probeScript({ markSelector: '[data-event-id], [data-cluster-from]' }));
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
      if (!args.filter) await cdp.send('Profiler.start');
      await page.goto(`${host.url}?src=${encodeURIComponent(`${host.url}data/events.json`)}`, { waitUntil: 'commit' });
      const deadline = Date.now() + Number(args.timeout) * 1000;
      let firstRender: number | null = null;
      while (Date.now() < deadline && firstRender === null) {
        firstRender = (await page.evaluate('window.__bench && window.__bench.firstRenderMs')) as number | null;
        if (firstRender === null) await new Promise((done) => setTimeout(done, 200));
      }
      console.log(firstRender === null ? `no first render within ${args.timeout} s` : `first render ${firstRender.toFixed(0)} ms`);
      const zoomSteps = Number(args.zoom);
      if (firstRender !== null && zoomSteps > 0) {
        const at = (await page.evaluate(`window.__bench.gesturePoint('.timeline svg')`)) as { x: number; y: number };
        await page.mouse.move(at.x, at.y);
        await page.keyboard.down('Control');
        const started = Date.now();
        for (let i = 0; i < zoomSteps; i++) {
          await page.mouse.wheel(0, -13.15);
          await page.evaluate('window.__bench.nextPaint()');
        }
        await page.keyboard.up('Control');
        console.log(`${zoomSteps} zoom steps in ${Date.now() - started} ms`);
      }
      if (firstRender !== null && args.filter) {
        await page.evaluate('window.__bench.nextPaint()');
        await cdp.send('Profiler.start');
        await page.evaluate("window.__bench.armClickToPaint('.timeline')");
        await page.locator('.filters fieldset input[type=checkbox]').first().click({ force: true });
        while (!(await page.evaluate('window.__bench.clickToPaintMs !== null'))) await new Promise((done) => setTimeout(done, 50));
        console.log(`filter click → paint ${((await page.evaluate('window.__bench.clickToPaintMs')) as number).toFixed(0)} ms`);
      }
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
      writeFileSync(args.out, JSON.stringify(profile));
      const { self, total, wallMs } = summariseProfile(profile);
      const count = Number(args.top);
      console.log(`\nprofiled ${(wallMs / 1000).toFixed(1)} s; written to ${args.out}`);
      console.log(`\nself time\n${top(self, count)}\n\ntotal time (callees included)\n${top(total, count)}`);
    } finally {
      await browser.close();
      await host.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
