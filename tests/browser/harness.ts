/**
 * Real Chromium (Debian's, through playwright-core) against the built site in dist/ (or in
 * DIST_DIR when set), served by a plain static server, as a static host would serve it.
 *
 * A test file calls `useSite(options)` once at its top: the site is served and Chromium
 * launched before its tests, and both are closed after them. `site.open()` gives a fresh
 * context and page whose errors are collected.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** The built site: DIST_DIR when set (tests/browser/run.mjs builds into it), else dist/. */
export const DIST = resolve(process.env.DIST_DIR || resolve(import.meta.dirname, '../../dist'));
export const SCREENSHOTS = resolve(import.meta.dirname, 'screenshots');

export interface StaticHost {
  /** Base URL of the mounted folder, ending in a slash. */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `root` under `mountPath` (e.g. "/news/2021/aukus/"), like any static host would.
 * `overlay` adds files by path below the mount (e.g. a test's dataset), served before the disk.
 */
export async function serveStatic(
  root = DIST,
  mountPath = '/',
  headers: Record<string, string> = {},
  overlay: ReadonlyMap<string, string> = new Map(),
): Promise<StaticHost> {
  const server: Server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (!pathname.startsWith(mountPath)) {
      response.writeHead(404).end('not found');
      return;
    }
    const overlaid = overlay.get(pathname.slice(mountPath.length));
    if (overlaid !== undefined) {
      response.writeHead(200, { 'content-type': MIME[extname(pathname)] ?? 'application/octet-stream', ...headers });
      response.end(overlaid);
      return;
    }
    let file = normalize(join(root, pathname.slice(mountPath.length)));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream', ...headers });
      response.end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${mountPath}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/**
 * Has every page of `context` record its longest task from the start (Chromium's Long Tasks
 * API), for `longestTask`: a page that froze for a second failed its reader.
 */
export async function recordLongTasks(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const global = window as unknown as { longestTask: number };
    global.longestTask = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) global.longestTask = Math.max(global.longestTask, entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** The page's longest task so far, in ms (its context must record them: `recordLongTasks`). */
export function longestTask(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { longestTask: number }).longestTask);
}

/** Collects uncaught errors and console errors so a test can assert that none happened. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}

/**
 * Serves a private copy of DIST, taken once all the files index.html names are there:
 * others may rebuild dist/ in this checkout at any time, and a rebuild in the middle of a
 * run would otherwise turn into 404s and blank pages.
 */
async function serveSnapshot(
  mountPath: string,
  headers: Record<string, string>,
  overlay: ReadonlyMap<string, string>,
): Promise<StaticHost> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const dir = mkdtempSync(join(tmpdir(), 'app-browser-dist-'));
    try {
      cpSync(DIST, dir, { recursive: true });
      const html = readFileSync(join(dir, 'index.html'), 'utf8');
      const assets = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map((match) => match[1] as string);
      if (assets.length > 0 && assets.every((asset) => existsSync(join(dir, asset)))) {
        const host = await serveStatic(dir, mountPath, headers, overlay);
        return {
          url: host.url,
          close: async () => {
            await host.close();
            rmSync(dir, { recursive: true, force: true });
          },
        };
      }
    } catch {
      // dist/ is being rewritten: try again.
    }
    rmSync(dir, { recursive: true, force: true });
    if (Date.now() > deadline) throw new Error(`no complete build in ${DIST}: run npx vite build`);
    await new Promise((done) => setTimeout(done, 500));
  }
}

export interface SiteOptions {
  /** Where the built site is mounted (e.g. "/news/2021/aukus/"); "/" by default. */
  mount?: string;
  /** Headers sent with every file (e.g. a Content-Security-Policy). */
  headers?: Record<string, string>;
  /** Files added below the mount (e.g. a test's dataset), served before the disk. */
  overlay?: ReadonlyMap<string, string>;
  /** Serve a private copy of DIST, safe from a rebuild during the run, rather than DIST itself. */
  snapshot?: boolean;
}

/** A page in a context of its own, with its uncaught errors and console errors collected. */
export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** What watchErrors collects. */
  errors: string[];
  /** Closes the context. */
  close(): Promise<void>;
}

export interface Site {
  readonly browser: Browser;
  readonly host: StaticHost;
  /** Base URL of the mounted site, ending in a slash. */
  readonly url: string;
  /**
   * A new context and its page, errors watched. `prepare` runs on the context before the
   * page is made (routes, init scripts). Contexts left open close with the browser.
   */
  open(options?: BrowserContextOptions, prepare?: (context: BrowserContext) => Promise<unknown>): Promise<OpenedPage>;
}

/**
 * Serves the built site and launches Chromium before the tests of the file (or `describe`)
 * it is called in, and closes both after them.
 */
export function useSite(options: SiteOptions = {}): Site {
  const { mount = '/', headers = {}, overlay = new Map<string, string>(), snapshot = false } = options;
  let browser: Browser | undefined;
  let host: StaticHost | undefined;

  beforeAll(async () => {
    host = snapshot ? await serveSnapshot(mount, headers, overlay) : await serveStatic(DIST, mount, headers, overlay);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });

  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`no ${what} yet: use the site inside a test or a hook`);
    return value;
  };

  return {
    get browser() {
      return ready(browser, 'browser');
    },
    get host() {
      return ready(host, 'host');
    },
    get url() {
      return ready(host, 'host').url;
    },
    async open(contextOptions = {}, prepare) {
      const context = await ready(browser, 'browser').newContext(contextOptions);
      if (prepare) await prepare(context);
      const page = await context.newPage();
      return { context, page, errors: watchErrors(page), close: () => context.close() };
    },
  };
}

/**
 * Vite's dev server in a process of its own, as `npm start` runs it, for the tests of the
 * file (or `describe`) it is called in: inside Vitest's process, Vite would resolve Svelte's
 * server build and the page could not mount. `url` is its address, ending in a slash.
 */
export function useDevServer(): { readonly url: string } {
  const root = resolve(import.meta.dirname, '../..');
  let server: ChildProcess | undefined;
  let url = '';
  beforeAll(async () => {
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')));
    server = spawn(
      process.execPath,
      [resolve(root, 'node_modules/vite/bin/vite.js'), '--host', '127.0.0.1', '--port', '0', '--clearScreen', 'false'],
      { cwd: root, env: { ...env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let output = '';
    server.stdout?.setEncoding('utf8');
    await new Promise<void>((done, fail) => {
      server?.once('exit', (code) => fail(new Error(`vite exited with ${code}: ${output}`)));
      server?.stdout?.on('data', (chunk: string) => {
        output += chunk;
        const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
        if (found && !url) {
          url = found[0];
          done();
        }
      });
    });
  });
  afterAll(async () => {
    if (!server || server.exitCode !== null) return;
    server.kill();
    await once(server, 'exit');
  });
  return {
    get url() {
      return url;
    },
  };
}
