/**
 * Real Chromium (Debian's, through playwright-core) against the built site in dist/,
 * served by a plain static server, as a static host would serve it.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

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

export const DIST = resolve(import.meta.dirname, '../../dist');
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

/** Collects uncaught errors and console errors so a test can assert that none happened. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}
