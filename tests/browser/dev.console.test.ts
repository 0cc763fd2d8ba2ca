/**
 * `npm start`, as a developer meets it: Vite's dev server with Svelte's dev-mode checks,
 * which the built site leaves out. Opening the AUKUS story and using it (an event, a
 * filter, a zoom, a search) leaves the console without a warning or an error, so that a
 * real one stands out.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import type { ConsoleMessage } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium } from './harness.ts';

const ROOT = resolve(import.meta.dirname, '../..');
let server: ChildProcess | undefined;
let url = '';

/**
 * The dev server in a process of its own, as `npm start` runs it: inside Vitest's process,
 * Vite would resolve Svelte's server build and the page could not mount.
 */
beforeAll(async () => {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')));
  server = spawn(
    process.execPath,
    [resolve(ROOT, 'node_modules/vite/bin/vite.js'), '--host', '127.0.0.1', '--port', '0', '--clearScreen', 'false'],
    {
      cwd: ROOT,
      env: { ...env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
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

test('the dev server’s console stays quiet while a reader uses the story', async () => {
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const noise: string[] = [];
    const note = (message: ConsoleMessage) => {
      if (message.type() === 'warning' || message.type() === 'error') noise.push(`${message.type()}: ${message.text()}`);
    };
    page.on('console', note);
    page.on('pageerror', (error) => noise.push(`pageerror: ${error.message}`));

    await page.goto(url);
    const timeline = page.getByRole('group', { name: /^Timeline: / });
    await timeline.locator('[data-event-id]').first().waitFor({ timeout: 60_000 });

    await timeline.locator('[data-event-id]').first().click();
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    await page.keyboard.press('Escape');
    // The countries and "Group by country" wait behind the control bar's Filters button.
    await page.getByRole('button', { name: /^Filters/ }).click();
    await page.getByRole('checkbox', { name: /France/ }).check();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Fit all' }).click();
    await page.getByRole('checkbox', { name: /France/ }).uncheck();
    await page.getByRole('searchbox').fill('submarine');
    await page.getByRole('checkbox', { name: 'Group by country' }).check();
    await page.getByRole('button', { name: 'How to read this' }).click();
    await page.getByRole('region', { name: 'How to read this' }).waitFor();
    await page.getByRole('button', { name: /^Filters/ }).click();
    await page.waitForTimeout(500);

    expect(noise).toEqual([]);
  } finally {
    await browser.close();
  }
});

test('the studio under the dev server: writing an event, quoting and suggesting leave the console quiet', async () => {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const noise: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning' || message.type() === 'error') noise.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => noise.push(`pageerror: ${error.message}`));

    await page.goto(`${url}studio.html`);
    await page.locator('#f-title').waitFor({ timeout: 60_000 });
    await page.fill('#f-title', 'A dev story');
    await page.getByRole('button', { name: 'Add a source' }).click();
    await page.getByLabel('Title, as readers will see it').first().fill('Notes');
    await page
      .getByLabel('Paste the text of the article or statement')
      .fill('The French minister met her Australian counterpart in Paris on Tuesday.');
    await page.locator('form.add-source button[type=submit]').click();
    await page.getByRole('button', { name: 'Add an event' }).click();
    await page.fill('#f-events-0-title', 'Ministers meet');
    await page.fill('#f-events-0-date', 'early October 2021');
    const reader = page.locator('textarea.reader');
    await reader.evaluate((area: HTMLTextAreaElement) => area.setSelectionRange(4, 19));
    await reader.press('Shift+ArrowRight');
    await page.locator('.quote-bar button').click();
    await page.getByLabel(/^Published or written on/).fill('2021-10-06');
    await page.getByRole('button', { name: 'Suggest events' }).click();
    await page.getByText(/^\d+ events? suggested$/).waitFor({ timeout: 60_000 });
    await page.waitForTimeout(800);

    expect(noise).toEqual([]);
  } finally {
    await browser.close();
  }
});
