/**
 * The whole journey of an editor in the studio, in Chromium on the built site: a new story,
 * two sources pasted, three events quoted by selecting words, dates typed in words, a
 * mistake of each kind seen in the problem list and fixed from it, the draft found again
 * after a reload, undo, the publish download unzipped into a folder of another static server
 * under a nested path, and the published story read in its viewer and in the custom element.
 * Screenshots of the studio at desktop and tablet widths, light and dark, and in Arabic.
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ConsoleMessage, Page } from 'playwright-core';
import { screenshot, serveStatic, useSite, type OpenedPage, type StaticHost } from './harness.ts';
import { formatViolations, runAxe } from './axe.ts';

const site = useSite({ mount: '/tools/', snapshot: true });
const PUBLISHED_MOUNT = '/newsroom/2026/stories/harbour/';

const FIRST_SOURCE =
  'The two envoys met for the first time on the old pier on 4 March 2019. “We will sign when the quotas are fair,” the northern envoy said afterwards.';
const SECOND_SOURCE =
  'Talks resumed some time between 15 and 26 September 2019, officials said. The accord was signed in October 2019 in the council chamber.';

let folder: string;
let published: StaticHost;
let opened: OpenedPage;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'published-'));
  published = await serveStatic(folder, PUBLISHED_MOUNT);
});

afterAll(async () => {
  await published?.close();
  rmSync(folder, { recursive: true, force: true });
});

/** Selects `words` in the source being read, as Shift and the arrows would. */
async function select(page: Page, words: string) {
  const reader = page.locator('textarea.reader');
  await reader.evaluate((area: HTMLTextAreaElement, wanted) => {
    const start = area.value.indexOf(wanted);
    area.focus();
    area.setSelectionRange(start, start + wanted.length);
  }, words);
  await reader.press('Shift+ArrowRight');
  await reader.press('Shift+ArrowLeft');
}

async function quote(page: Page, words: string) {
  await select(page, words);
  await page.locator('.quote-bar button').click();
}

async function addSource(page: Page, title: string, text: string) {
  await page.getByRole('button', { name: 'Add a source' }).click();
  await page.getByLabel('Title, as readers will see it').first().fill(title);
  await page.getByLabel('Paste the text of the article or statement').fill(text);
  await page.locator('form.add-source button[type=submit]').click();
}

async function addEvent(page: Page, index: number, fields: { title: string; date: string; summary: string; note: string }) {
  await page.getByRole('button', { name: 'Add an event' }).click();
  await page.fill(`#f-events-${index}-title`, fields.title);
  await page.fill(`#f-events-${index}-date`, fields.date);
  await page.fill(`#f-events-${index}-summary`, fields.summary);
  await page.fill(`#f-events-${index}-dateNote`, fields.note);
}

const problems = (page: Page) => page.locator('section.problems');

/** Clicks the problem whose words start with `lead`, and returns the element that has focus then. */
async function goToProblem(page: Page, lead: RegExp): Promise<string> {
  await problems(page).getByRole('button', { name: lead }).first().click();
  return page.evaluate(() => document.activeElement?.id ?? '');
}

describe('an editor in the studio', () => {
  test('writes a story, fixes its problems, finds it after a reload, publishes it, and readers get it', async () => {
    opened = await site.open({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
    const { page } = opened;
    await page.goto(`${site.url}studio.html`);
    await page.waitForSelector('#f-title');
    await page.fill('#f-title', 'The Harbour Accord');
    await addSource(page, 'The pier meeting', FIRST_SOURCE);
    await addSource(page, 'Council notes', SECOND_SOURCE);

    // Three events, each quoted by selecting words, each date typed as an editor writes it.
    await page.getByRole('button', { name: 'The pier meeting' }).click();
    await addEvent(page, 0, { title: 'Envoys meet on the pier', date: '4 March 2019', summary: 'The envoys meet.', note: 'Stated.' });
    await quote(page, 'met for the first time on the old pier');
    await expect.poll(() => page.locator('#f-events-0-date + .help + .out').textContent()).toContain('2019-03-04');

    await page.getByRole('button', { name: 'Council notes' }).click();
    await addEvent(page, 1, {
      title: 'Talks resume',
      date: 'between 15 and 26 September 2019',
      summary: 'Talks resume.',
      note: 'A window: one day between the two the notes give.',
    });
    await quote(page, 'Talks resumed some time between 15 and 26 September 2019');
    await addEvent(page, 2, { title: 'The accord is signed', date: 'October 2019', summary: 'Signed.', note: 'The month only.' });
    await quote(page, 'The accord was signed in October 2019');
    await expect.poll(() => problems(page).getByRole('status').textContent()).toBe('No problem: the story is ready to publish.');
    await screenshot(page, 'studio-desktop-light');

    // A mistake of each kind, seen in the problem list and fixed from it.
    await page
      .locator('.event-list')
      .getByRole('button', { name: /^Envoys meet/ })
      .click();
    await page.fill('#f-events-0-date', '31 September 2019');
    await page.fill('#f-events-0-quotes-0-text', '“We will sign when the quotas are fair," the northern envoy said');
    await page
      .locator('.event-list')
      .getByRole('button', { name: /^Talks resume/ })
      .click();
    await page.fill('#f-events-1-summary', '');
    await page.fill('#f-events-1-quotes-0-text', 'Talks resumed some time between 15 and 26 September 2019, diplomats said');
    await page
      .locator('.event-list')
      .getByRole('button', { name: /^The accord is signed/ })
      .click();
    await page.fill('#f-events-2-quotes-0-text', 'The accord was signed in October 2019.');
    await expect.poll(() => problems(page).locator('li').count()).toBeGreaterThanOrEqual(4);
    const listed = (await problems(page).locator('li').allTextContents()).join('\n');
    expect(listed).toMatch(/Event 1, “Envoys meet on the pier”: its date: "31 September 2019"/);
    expect(listed).toMatch(/Event 1, “Envoys meet on the pier”: its first quote: not found verbatim.*copy the source's characters/);
    expect(listed).toMatch(/Event 2, “Talks resume”: its summary: summary must not be empty/);
    expect(listed).toMatch(/Event 2, “Talks resume”: its first quote: not found verbatim/);
    expect(listed).toMatch(/Event 3, “The accord is signed”: its first quote: not found verbatim/);

    expect(await goToProblem(page, /^Event 1, “Envoys meet on the pier”: its date/)).toBe('f-events-0-date');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('4 March 2019');
    await problems(page).getByRole('button', { name: 'Use the source’s characters' }).click();
    expect(await goToProblem(page, /^Event 2, “Talks resume”: its summary/)).toBe('f-events-1-summary');
    await page.keyboard.type('Talks resume.');
    expect(await goToProblem(page, /^Event 2, “Talks resume”: its first quote/)).toBe('f-events-1-quotes-0-text');
    await page.fill('#f-events-1-quotes-0-text', 'Talks resumed some time between 15 and 26 September 2019');
    await page
      .locator('.event-list')
      .getByRole('button', { name: /^The accord is signed/ })
      .click();
    await page.fill('#f-events-2-quotes-0-text', 'The accord was signed in October 2019');
    await expect.poll(() => problems(page).getByRole('status').textContent()).toBe('No problem: the story is ready to publish.');
    expect(await page.inputValue('#f-events-2-quotes-0-text')).toBe('The accord was signed in October 2019');

    // Nothing typed is lost to a reload; undo takes back the last step.
    await page.waitForFunction(() => document.querySelector('.save-state')?.textContent === 'Saved in this browser');
    await page.reload();
    await page.waitForSelector('#f-title');
    expect(await page.inputValue('#f-title')).toBe('The Harbour Accord');
    expect(await page.locator('.event-list li').count()).toBe(3);
    await page.fill('#f-title', 'The Harbour Accord, draft');
    await page.keyboard.press('ControlOrMeta+Z');
    expect(await page.inputValue('#f-title')).toBe('The Harbour Accord');

    const violations = await runAxe(page);
    expect(violations, formatViolations(violations)).toEqual([]);

    // Publish, with the viewer, for the address the folder will have.
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByLabel('The address the folder will have on your site (optional)').fill(published.url);
    await page.getByLabel(/Include the viewer/).check();
    const elementSnippet = (await page.locator('dialog pre').first().textContent()) ?? '';
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the zip' }).click()]);
    expect(download.suggestedFilename()).toBe('the-harbour-accord.zip');
    const zip = unzipSync(new Uint8Array(readFileSync(await download.path())));
    for (const [path, bytes] of Object.entries(zip)) {
      if (path.endsWith('/')) continue;
      // The zip unpacks into its folder, which the newsroom puts where it said it would be.
      const target = join(folder, path.replace(/^the-harbour-accord\//, ''));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, bytes);
    }
    expect(Object.keys(zip)).toContain('the-harbour-accord/README.txt');
    expect(new TextDecoder().decode(zip['the-harbour-accord/README.txt'])).toContain(published.url);
    expect(Object.keys(zip).some((path) => path.includes('studio'))).toBe(false);
    expect(opened.errors).toEqual([]);
    await opened.close();

    // Readers: the viewer and the custom element, from the published folder.
    const reader = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const viewer = await reader.newPage();
    const readerErrors: string[] = [];
    const seen = (message: ConsoleMessage) =>
      void (message.type() === 'error' && readerErrors.push(`${message.text()} ${message.location().url}`));
    viewer.on('console', seen);
    const viewerUrl = /https?:\/\/\S+\?src=\S+/.exec(readFileSync(join(folder, 'README.txt'), 'utf8'))?.[0];
    expect(viewerUrl).toMatch(new RegExp(`^${published.url}`));
    await viewer.goto(viewerUrl as string);
    await viewer.waitForSelector('[data-event-id]');
    expect(await viewer.locator('.bar [role="status"]').textContent()).toBe('3 events');
    // What the viewer loads on demand came with it: a reader's language, and the citation formatters.
    await viewer.goto(`${viewerUrl}&lang=de`);
    await expect.poll(() => viewer.locator('.bar [role="status"]').textContent()).toBe('3 Ereignisse');
    await viewer.locator('[data-event-id]').first().click();
    await viewer.getByRole('button', { name: 'Dieses Ereignis zitieren' }).click();
    await expect.poll(() => viewer.locator('.cite .citation').textContent()).toContain('the-harbour-accord');
    writeFileSync(
      join(folder, 'article.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:"><title>Article</title><link rel="icon" href="data:,"></head><body><main><h1>An article</h1>${elementSnippet}</main></body></html>`,
    );
    const article = await reader.newPage();
    article.on('console', seen);
    await article.goto(`${published.url}article.html`);
    await expect
      .poll(() => article.locator('diplomatic-timeline .bar [role="status"]').textContent(), { timeout: 15_000 })
      .toBe('3 events');
    await article.locator('diplomatic-timeline').evaluate((element) => element.setAttribute('lang', 'ar'));
    await expect.poll(() => article.locator('diplomatic-timeline .bar [role="status"]').textContent()).toMatch(/3 أحداث/);
    expect(readerErrors).toEqual([]);
    await reader.close();
  });

  test('proposes events from an article, and the editor accepts one, merges one into it and dismisses another', async () => {
    const article = readFileSync(join(import.meta.dirname, '../../data/sources/blinken-macron-meet-after-aukus-crisis.txt'), 'utf8');
    const editor = await site.open({ viewport: { width: 1400, height: 1000 } });
    const { page } = editor;
    await page.goto(`${site.url}studio.html`);
    await page.waitForSelector('#f-title');
    await page.getByRole('button', { name: 'New story' }).click();
    await page.fill('#f-title', 'Blinken in Paris');
    await addSource(page, 'Blinken and Macron meet', article);
    const panel = page.getByRole('region', { name: 'Suggest events from this source' });
    await panel.getByLabel(/^Published or written on/).fill('2021-10-05');
    await panel.getByRole('button', { name: 'Suggest events' }).click();
    await expect.poll(() => panel.getByRole('status').first().textContent()).toMatch(/^\d+ events suggested$/);
    const candidates = panel.locator('.candidates > li');
    expect(await candidates.count()).toBeGreaterThanOrEqual(3);
    // Every proposed quote is highlighted in its sentence, and stands in the article word for word.
    for (const mark of await panel.locator('.candidates mark').allTextContents()) expect(article).toContain(mark);

    const first = candidates.nth(0);
    const firstQuote = (await first.locator('mark').textContent()) ?? '';
    await first.getByRole('button', { name: 'Accept' }).click();
    await expect.poll(() => first.getByRole('status').textContent()).toBe('Added as an event');
    expect(await page.locator('.event-list li').count()).toBe(1);
    expect(await page.inputValue('#f-events-0-quotes-0-text')).toBe(firstQuote);

    const second = candidates.nth(1);
    const secondQuote = (await second.locator('mark').textContent()) ?? '';
    await second.getByLabel('Add as a quote of…').selectOption({ index: 1 });
    await second.getByRole('button', { name: 'Add the quote' }).click();
    await expect.poll(() => second.getByRole('status').textContent()).toBe('Added as a quote');
    expect(await page.locator('.event-list li').count()).toBe(1);
    expect(await page.inputValue('#f-events-0-quotes-1-text')).toBe(secondQuote);

    const third = candidates.nth(2);
    await third.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => third.getByRole('status').textContent()).toBe('Dismissed');
    expect(await page.locator('.event-list li').count()).toBe(1);
    // The quotes the editor took verify against the source: no quote problem is listed.
    expect((await problems(page).locator('li').allTextContents()).join('\n')).not.toMatch(/not found verbatim/);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(import.meta.dirname, 'screenshots', 'studio-suggest.png') });
    expect(editor.errors).toEqual([]);
    await editor.close();
  });

  test.each([
    ['desktop', 1400, 1000, 'light'],
    ['desktop', 1400, 1000, 'dark'],
    ['tablet', 900, 1100, 'light'],
    ['tablet', 900, 1100, 'dark'],
  ] as const)('%s, %i×%i px, %s: in French, every field labelled, axe clean, nothing sideways', async (name, width, height, scheme) => {
    const page = await site.open({ viewport: { width, height }, colorScheme: scheme });
    await page.page.goto(`${site.url}studio.html?lang=fr`);
    await page.page.waitForSelector('#f-title');
    await page.page.getByRole('button', { name: 'Ajouter un événement' }).click();
    const violations = await runAxe(page.page);
    expect(violations, formatViolations(violations)).toEqual([]);
    expect(await page.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await screenshot(page.page, `studio-${name}-${scheme}`);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  test('desktop, 1400×900 px: in Arabic, right to left, axe clean, nothing sideways, a French source and event left to right', async () => {
    const page = await site.open({ viewport: { width: 1400, height: 900 } });
    await page.page.goto(`${site.url}studio.html?lang=ar`);
    await page.page.waitForSelector('#f-title');
    expect(await page.page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    await page.page.fill('#f-title', 'La brouille AUKUS');
    await page.page.getByRole('button', { name: 'إضافة مصدر' }).click();
    await page.page.getByLabel('العنوان كما سيراه القرّاء').fill('Le Drian sur franceinfo');
    await page.page
      .getByLabel('الصق نص المقال أو البيان')
      .fill('Jean-Yves Le Drian a dit jeudi que l’accord était « un coup dans le dos ».');
    await page.page.getByRole('button', { name: 'إضافة', exact: true }).click();
    await page.page.getByRole('button', { name: 'إضافة حدث' }).click();
    await page.page.fill('#f-events-0-title', 'Le Drian : « un coup dans le dos »');
    await page.page.fill('#f-events-0-date', '١٦/٠٩/٢٠٢١');
    await expect.poll(() => page.page.locator('.date-field code').first().textContent()).toBe('2021-09-16');
    // The panes mirror: the story's column is at the right, the problems' at the left.
    const [story, problems] = await Promise.all(
      ['#story-heading', '#problems-heading'].map((selector) =>
        page.page.locator(selector).evaluate((node) => node.getBoundingClientRect().x),
      ),
    );
    expect(story).toBeGreaterThan(problems as number);
    // The story's own French texts are laid out left to right, by their first letter.
    const directions = await page.page.evaluate(() =>
      ['#f-title', '#f-events-0-title', 'textarea.reader'].map(
        (selector) => getComputedStyle(document.querySelector(selector) as Element).direction,
      ),
    );
    expect(directions).toEqual(['ltr', 'ltr', 'ltr']);
    // An empty field follows the studio, right to left, and so does an Arabic summary.
    const summary = page.page.locator('#f-events-0-summary');
    expect(await summary.evaluate((node) => getComputedStyle(node).direction)).toBe('rtl');
    await summary.fill('وزير الخارجية الفرنسي يندّد بالاتفاق.');
    expect(await summary.evaluate((node) => getComputedStyle(node).direction)).toBe('rtl');
    const violations = await runAxe(page.page);
    expect(violations, formatViolations(violations)).toEqual([]);
    expect(await page.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    await page.page.screenshot({ path: join(import.meta.dirname, 'screenshots', 'studio-arabic.png') });
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
