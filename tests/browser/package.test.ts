/**
 * The npm package as an app gets it: `npm pack` (which builds lib/ first, through prepack),
 * then a fresh Vite project in a temporary folder that installs the tarball beside vite,
 * svelte and @sveltejs/vite-plugin-svelte at our own versions. In it: the custom element
 * (`import 'diplomatic-timeline'`) and the Svelte component (`diplomatic-timeline/svelte`)
 * built by Vite and opened in Chromium under a strict CSP; the element from node_modules in a
 * page with no bundler; the validator from Node; the command line through npx; the types
 * through tsc; and every package the shipped code imports among those the package names.
 *
 * The story is the fictional example, data/examples/lantern-strait.json with its sources.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, serveStatic, type StaticHost } from './harness.ts';
import { CSP, openGuarded, type GuardedPage } from './embed.helpers.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const STORY = JSON.parse(readFileSync(join(ROOT, 'data/examples/lantern-strait.json'), 'utf8')) as {
  events: { id: string; title: string; date: string }[];
};
const SEIZURE = STORY.events[1]!;
const TALKS = STORY.events.find((event) => event.id === 'port-elin-talks')!;

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command to its end; its output is kept for the assertions, never printed. */
function run(command: string, args: readonly string[], cwd: string, timeout = 120_000): Promise<Ran> {
  return new Promise((done) => {
    execFile(command, args, { cwd, timeout, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

/** Runs a command that must succeed, or fails with all it said. */
async function succeed(command: string, args: readonly string[], cwd: string, timeout?: number): Promise<Ran> {
  const ran = await run(command, args, cwd, timeout);
  if (ran.code !== 0) throw new Error(`${command} ${args.join(' ')} exited ${ran.code}\n${ran.stdout}\n${ran.stderr}`);
  return ran;
}

/** Our own version of a package, from package-lock.json: the fresh project is built with what we test with. */
function lockedVersion(name: string): string {
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version: string }> };
  const entry = lock.packages[`node_modules/${name}`];
  if (!entry) throw new Error(`${name} is not in package-lock.json`);
  return entry.version;
}

const write = (path: string, text: string) => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
};

/** The fresh project's files, but for the data and the package itself. */
const APP_FILES: Record<string, string> = {
  'vite.config.js': `import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
export default defineConfig({
  base: './',
  plugins: [svelte({ configFile: false })],
  // No report of slow plugins: on a busy machine it says how busy it is, in a log that must stay clean.
  build: { rolldownOptions: { input: { element: 'index.html', svelte: 'svelte.html' }, checks: { bundlerTimings: false } } },
});
`,
  'index.html': `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><link rel="icon" href="data:," /><title>Element</title><script type="module" src="./element.js"></script></head>
  <body><diplomatic-timeline src="data/lantern-strait.json"></diplomatic-timeline></body>
</html>
`,
  'element.js': `import 'diplomatic-timeline';\n`,
  'svelte.html': `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><link rel="icon" href="data:," /><title>Component</title><script type="module" src="./svelte-main.js"></script></head>
  <body><div id="app"></div></body>
</html>
`,
  'svelte-main.js': `import { mount } from 'svelte';
import App from './App.svelte';
mount(App, { target: document.getElementById('app') });
`,
  'App.svelte': `<script>
  import DiplomaticTimeline from 'diplomatic-timeline/svelte';
  let selectedId = $state(null);
  let loaded = $state('');
  let chosen = $state([]);
</script>

<p id="selected">{selectedId ?? 'none'}</p>
<p id="loaded">{loaded}</p>
<p id="chosen">{chosen.join(' ')}</p>
<button id="open-talks" onclick={() => (selectedId = '${TALKS.id}')}>Open the talks</button>
<DiplomaticTimeline
  src="data/lantern-strait.json"
  lang="en"
  bind:selectedId
  onselect={(id) => (chosen = [...chosen, id])}
  onload={(detail) => (loaded = detail.ok ? detail.title : 'failed')}
/>
`,
  // No bundler: the element straight from node_modules.
  'plain.html': `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" /><link rel="icon" href="data:," /><title>Plain</title>
    <script type="module" src="node_modules/diplomatic-timeline/lib/element/diplomatic-timeline.js"></script>
  </head>
  <body><diplomatic-timeline src="public/data/lantern-strait.json"></diplomatic-timeline></body>
</html>
`,
  'validate.mjs': `import { SCHEMA_VERSION, validateDataset, validateDatasetFile } from 'diplomatic-timeline/validate';
const good = validateDatasetFile('public/data/lantern-strait.json');
const bad = validateDatasetFile('bad/lantern-strait.json');
const inHand = validateDataset(JSON.parse(process.argv[2]));
console.log(JSON.stringify({ SCHEMA_VERSION, good: good.ok && good.dataset.events.length, bad: bad.problems, inHand: inHand.problems }));
`,
  'types.ts': `import 'diplomatic-timeline';
import type { DiplomaticTimelineElement } from 'diplomatic-timeline';
import type { ComponentProps } from 'svelte';
import DiplomaticTimeline from 'diplomatic-timeline/svelte';
import { validateDatasetFile, type Dataset, type Problem } from 'diplomatic-timeline/validate';
import schema from 'diplomatic-timeline/schema/v1.json' with { type: 'json' };

const element: DiplomaticTimelineElement | null = document.querySelector('diplomatic-timeline');
element?.select('port-elin-talks');
element?.setFilters({ countries: ['MD'], query: 'quota' });
const open: string | null | undefined = element?.selectedId;
element?.addEventListener('timeline-select', (event) => console.log(event.detail.id, open));
element?.addEventListener('timeline-load', (event) => console.log(event.detail.ok ? event.detail.title : event.detail.problems));
// @ts-expect-error: an id is a string
element?.select(3);

const props: ComponentProps<typeof DiplomaticTimeline> = { src: 'events.json', lang: 'fr', onselect: (id: string | null) => id };
// @ts-expect-error: src is an address
const wrong: ComponentProps<typeof DiplomaticTimeline> = { src: 3 };

const result = validateDatasetFile('events.json');
const problems: Problem[] = result.problems;
if (result.ok) {
  const dataset: Dataset = result.dataset;
  console.log(dataset.events[0]?.quotes[0]?.text);
}
const id: string = schema.$id;
console.log(props, wrong, problems, id);
`,
  'tsconfig.json': JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      module: 'ESNext',
      moduleResolution: 'bundler',
      lib: ['ES2022', 'DOM'],
      strict: true,
      noEmit: true,
      resolveJsonModule: true,
      // The package's declarations are checked too, not skipped.
      skipLibCheck: false,
      types: [],
    },
    files: ['types.ts'],
  }),
};

let work: string;
let app: string;
let packed: { name: string; version: string; dependencies?: Record<string, string>; peerDependencies?: Record<string, string> };
let viteBuild: Ran;
let browser: Browser;
let built: StaticHost;
let plain: StaticHost;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'diplomatic-timeline-package-'));
  const tarballs = join(work, 'tarball');
  mkdirSync(tarballs);
  await succeed('npm', ['pack', '--pack-destination', tarballs], ROOT);
  const [tarball] = readdirSync(tarballs).filter((name) => name.endsWith('.tgz'));
  if (!tarball) throw new Error('npm pack made no tarball');

  app = join(work, 'app');
  for (const [file, text] of Object.entries(APP_FILES)) write(join(app, file), text);
  write(
    join(app, 'package.json'),
    JSON.stringify({
      name: 'fresh-app',
      private: true,
      type: 'module',
      dependencies: {
        'diplomatic-timeline': `file:${join(tarballs, tarball)}`,
        svelte: lockedVersion('svelte'),
      },
      devDependencies: { vite: lockedVersion('vite'), '@sveltejs/vite-plugin-svelte': lockedVersion('@sveltejs/vite-plugin-svelte') },
    }),
  );
  cpSync(join(ROOT, 'data/examples/lantern-strait.json'), join(app, 'public/data/lantern-strait.json'));
  cpSync(join(ROOT, 'data/examples/sources'), join(app, 'public/data/sources'), { recursive: true });
  // The same story with a day that no calendar has.
  const bad = readFileSync(join(ROOT, 'data/examples/lantern-strait.json'), 'utf8').replace(`"${SEIZURE.date}"`, '"2019-02-30"');
  write(join(app, 'bad/lantern-strait.json'), bad);
  cpSync(join(ROOT, 'data/examples/sources'), join(app, 'bad/sources'), { recursive: true });

  await succeed('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund'], app, 240_000);
  packed = JSON.parse(readFileSync(join(app, 'node_modules/diplomatic-timeline/package.json'), 'utf8')) as typeof packed;
  viteBuild = await succeed(join(app, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], app);

  const headers = { 'content-security-policy': CSP };
  [browser, built, plain] = await Promise.all([
    launchChromium(),
    serveStatic(join(app, 'dist'), '/site/', headers),
    serveStatic(app, '/', headers),
  ]);
}, 360_000);

afterAll(async () => {
  await Promise.all([browser?.close(), built?.close(), plain?.close()]);
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Opens a page and collects its console's warnings beside the errors and CSP refusals. */
async function open(url: string): Promise<GuardedPage & { warnings: string[] }> {
  const guarded = await openGuarded(browser, url);
  const warnings: string[] = [];
  guarded.page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  return Object.assign(guarded, { warnings });
}

const detailHeading = (host: string) => `${host} aside.detail h2`;
const mark = (host: string, id: string) => `${host} .timeline svg [data-event-id="${id}"]`;

async function expectClean(guarded: GuardedPage & { warnings: string[] }): Promise<void> {
  expect(await guarded.violations()).toEqual([]);
  expect(guarded.errors).toEqual([]);
  expect(guarded.warnings).toEqual([]);
}

async function expectStory(page: Page, host: string): Promise<void> {
  await page.locator(`${host} .story-view`).waitFor();
  for (const event of STORY.events) await expect.poll(() => page.locator(mark(host, event.id)).count()).toBeGreaterThan(0);
  await page.locator(mark(host, SEIZURE.id)).first().click();
  await expect.poll(() => page.locator(detailHeading(host)).textContent()).toBe(SEIZURE.title);
}

describe('the npm package in a fresh Vite project', () => {
  it('builds with Vite without a warning', () => {
    expect(viteBuild.stderr).toBe('');
    expect(viteBuild.stdout).toBe('');
  });

  it("registers <diplomatic-timeline> with `import 'diplomatic-timeline'`, under a strict CSP", async () => {
    const guarded = await open(`${built.url}index.html`);
    await expectStory(guarded.page, 'diplomatic-timeline');
    await expectClean(guarded);
    await guarded.close();
  });

  it("renders the Svelte component from 'diplomatic-timeline/svelte', its selection bound both ways", async () => {
    const guarded = await open(`${built.url}svelte.html`);
    const { page } = guarded;
    const host = '.diplomatic-timeline';
    await expect.poll(() => page.locator('#loaded').textContent()).toBe('The Lantern Strait fisheries dispute (fictional example)');
    await expectStory(page, host);
    await expect.poll(() => page.locator('#selected').textContent()).toBe(SEIZURE.id);
    expect(await page.locator('#chosen').textContent()).toBe(SEIZURE.id);
    // Set from the app: the event opens, and onselect (the reader's choices) is not called.
    await page.locator('#open-talks').click();
    await expect.poll(() => page.locator(detailHeading(host)).textContent()).toBe(TALKS.title);
    expect(await page.locator('#chosen').textContent()).toBe(SEIZURE.id);
    await expectClean(guarded);
    await guarded.close();
  });

  it('runs from node_modules in a page with no bundler', async () => {
    const guarded = await open(`${plain.url}plain.html`);
    await expectStory(guarded.page, 'diplomatic-timeline');
    // The page is in French, and so is the element.
    await expect.poll(() => guarded.page.locator('diplomatic-timeline .embed-root').getAttribute('lang')).toBe('fr');
    await expectClean(guarded);
    await guarded.close();
  });
});

describe('the npm package in Node', () => {
  it("validates with 'diplomatic-timeline/validate', with the source texts of a file", async () => {
    const newer = JSON.stringify({ schemaVersion: 2, title: 'From the future' });
    const { stdout } = await succeed('node', ['validate.mjs', newer], app);
    expect(JSON.parse(stdout)).toEqual({
      SCHEMA_VERSION: 1,
      good: STORY.events.length,
      bad: [{ path: 'events[1].date', message: '"2019-02-30" is not a day of the calendar' }],
      inHand: [
        {
          path: 'schemaVersion',
          message:
            'the file is written in version 2 of the format, and this reader knows version 1 only: update diplomatic-timeline (npm install diplomatic-timeline@latest) to read it',
        },
      ],
    });
  });

  it('answers npx diplomatic-timeline validate as npm run validate does', async () => {
    const good = await run('npx', ['diplomatic-timeline', 'validate', 'public/data/lantern-strait.json'], app);
    expect(good).toEqual({
      code: 0,
      stdout: 'public/data/lantern-strait.json: valid — 8 events, 5 actors, 12 quotes, 9 links, 2 sources\n',
      stderr: '',
    });
    const bad = await run('npx', ['diplomatic-timeline', 'validate', 'bad/lantern-strait.json'], app);
    expect(bad).toEqual({ code: 1, stdout: '', stderr: 'events[1].date: "2019-02-30" is not a day of the calendar\n' });
  });

  it('lists its commands with --help, and refuses one it does not have with exit code 2', async () => {
    const help = await run('npx', ['diplomatic-timeline', '--help'], app);
    expect(help.code).toBe(0);
    for (const command of ['validate', 'import', 'export', 'publish', 'suggest'])
      expect(help.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    // A command's own usage names it as it is typed once installed, not as the repository runs it.
    const validateHelp = await run('npx', ['diplomatic-timeline', 'validate', '--help'], app);
    expect(validateHelp.stdout).toMatch(/diplomatic-timeline validate /);
    expect(validateHelp.stdout).not.toMatch(/npm run/);
    const unknown = await run('npx', ['diplomatic-timeline', 'frobnicate'], app);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^frobnicate: no such command\nusage: diplomatic-timeline <command>/);
  });

  it('suggests events from an article, with the language libraries it installed', async () => {
    const article = 'public/data/sources/harbour-gazette-report.txt';
    const { stdout } = await succeed('npx', ['diplomatic-timeline', 'suggest', article, '--published', '2019-09-06'], app);
    expect((JSON.parse(stdout) as { candidates: unknown[] }).candidates.length).toBeGreaterThan(0);
  });

  it('imports at run time only what it depends on', () => {
    // The package's own name too: a module may name another entry (`diplomatic-timeline/validate`), which resolves to itself.
    const installed = new Set([packed.name, ...Object.keys(packed.dependencies ?? {}), ...Object.keys(packed.peerDependencies ?? {})]);
    const builtins = new Set(builtinModules);
    const lib = join(app, 'node_modules/diplomatic-timeline/lib');
    const files = readdirSync(lib, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(js|svelte)$/.test(file));
    expect(files.length).toBeGreaterThan(50);
    const foreign: string[] = [];
    for (const file of files) {
      const code = readFileSync(join(lib, file), 'utf8');
      for (const [, , specifier] of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)(['"])([^'"\s]+)\1/g)) {
        if (!specifier || specifier.startsWith('.') || specifier.startsWith('node:') || builtins.has(specifier)) continue;
        const name = specifier
          .split('/')
          .slice(0, specifier.startsWith('@') ? 2 : 1)
          .join('/');
        if (!installed.has(name)) foreign.push(`${file}: ${specifier}`);
      }
    }
    expect(foreign).toEqual([]);
    expect(installed.has('idb-keyval')).toBe(false);
  });

  it('declares types for every entry, checked by tsc', async () => {
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    const checked = await run('node', [tsc, '--noEmit', '-p', 'tsconfig.json'], app);
    expect(checked.stdout + checked.stderr).toBe('');
    expect(checked.code).toBe(0);
  });

  it('ships the JSON Schema at a versioned path, as data/events.schema.json', () => {
    const shipped = readFileSync(join(app, 'node_modules/diplomatic-timeline/lib/schema/v1.json'), 'utf8');
    expect(shipped).toBe(readFileSync(join(ROOT, 'data/events.schema.json'), 'utf8'));
    expect(packed.version).toBe('0.1.0');
  });
});
