/**
 * `npm start`, as a developer meets it: Vite's dev server with Svelte's dev-mode checks,
 * which the built site leaves out. Opening the AUKUS story and using it (an event, a
 * filter, a zoom, a search) leaves the console without a warning or an error, so that a
 * real one stands out.
 */
import type { ConsoleMessage } from 'playwright-core';
import { expect, test } from 'vitest';
import { launchChromium, useDevServer } from './harness.ts';

const dev = useDevServer();

test('the dev server’s console stays quiet while a reader uses the story', async () => {
  expect(dev.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const noise: string[] = [];
    const note = (message: ConsoleMessage) => {
      if (message.type() === 'warning' || message.type() === 'error') noise.push(`${message.type()}: ${message.text()}`);
    };
    page.on('console', note);
    page.on('pageerror', (error) => noise.push(`pageerror: ${error.message}`));

    await page.goto(dev.url);
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

    await page.goto(`${dev.url}studio.html`);
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
