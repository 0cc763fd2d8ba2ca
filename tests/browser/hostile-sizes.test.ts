/**
 * Inputs whose size is the attack (issue 18, items 3, 4, 5 and the capped problem lists):
 * a 1 MB source of one repeated word with 20 quotes not in it, 50 quotes from a 2 MB
 * transcript, an event related to 5,000 others, 100,000 broken actors and 20,000 skipped
 * events. The page stays responsive (no task over 1 s, by Chromium's Long Tasks API, from
 * the navigation on) and shows the message or the capped list.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { longestTask, recordLongTasks, useSite } from './harness.ts';
import {
  longTranscriptDataset,
  manyBrokenActorsDataset,
  manyProblemsDataset,
  manyRelationsDataset,
  repeatedWordDataset,
} from '../fixtures/hostile-sizes.ts';

const CASES = {
  word: repeatedWordDataset(1_000_000, 20),
  transcript: longTranscriptDataset(2_000_000, 50),
  relations: manyRelationsDataset(5_000),
  actors: manyBrokenActorsDataset(100_000),
  skipped: manyProblemsDataset(20_000, 1),
};

const overlay = new Map<string, string>();
for (const [name, { dataset, sourceTexts }] of Object.entries(CASES)) {
  overlay.set(`sizes/${name}/events.json`, JSON.stringify(dataset));
  for (const [file, text] of Object.entries(sourceTexts)) overlay.set(`sizes/${name}/${file}`, text);
}

const site = useSite({ mount: '/site/', overlay });

/** A page that records its longest task from the start, at `?src=sizes/<name>/events.json` and `params`. */
async function open(name: keyof typeof CASES, params = '') {
  const opened = await site.open({ viewport: { width: 1280, height: 900 } }, recordLongTasks);
  await opened.page.goto(`${site.url}?src=sizes/${name}/events.json${params}`);
  return opened;
}

/** Lets the page settle, then checks that no task took a second and nothing was thrown. */
async function expectResponsive(page: Page, errors: string[]) {
  // A frame and a timer turn: any work queued by the last step has run.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50))));
  const longest = await longestTask(page);
  expect(longest, `longest task ${Math.round(longest)} ms`).toBeLessThan(1_000);
  expect(errors).toEqual([]);
}

describe('a 1 MB source of one repeated word, and 20 quotes not in it', () => {
  it('skips those 20 events with their reason and shows the sound one, without a long task', async () => {
    const { page, errors, close } = await open('word');
    const skipped = page.locator('details.skipped');
    await skipped.waitFor({ timeout: 30_000 });
    expect(await skipped.locator('summary').textContent()).toContain('20 events of this dataset are not shown');
    await skipped.locator('summary').click();
    expect(await skipped.locator('li').count()).toBe(20);
    expect(await skipped.locator('li').first().textContent()).toContain('not found verbatim in source "source"');
    await page.locator('[data-event-id="sound"]').waitFor();
    await expectResponsive(page, errors);
    await close();
  });
});

describe('an event quoting a 2 MB transcript 50 times', () => {
  it('opens at once with 25 quotes and "and 25 more", and shows a quote in context when asked', async () => {
    const { page, errors, close } = await open('transcript', '&event=transcript');
    const detail = page.locator('aside.detail');
    await detail.waitFor({ timeout: 30_000 });
    expect(await detail.getByRole('button', { name: 'Read in context' }).count()).toBe(25);
    await detail.getByText('and 25 more').waitFor();
    await detail.getByRole('button', { name: 'Show 25 more' }).click();
    expect(await detail.getByRole('button', { name: 'Read in context' }).count()).toBe(50);
    await detail.getByRole('button', { name: 'Read in context' }).nth(40).click();
    const mark = detail.locator('p.context mark');
    await mark.waitFor();
    expect((await mark.textContent())?.replace(/\s+/g, ' ')).toMatch(/^on point \d+ of the agenda, the delegation said it would return/);
    await expectResponsive(page, errors);
    await close();
  });
});

describe('an event related to 5,000 others', () => {
  it('lists 25 of each group with "and 4,975 more", and draws 100 more on request', async () => {
    const { page, errors, close } = await open('relations', '&event=hub');
    const detail = page.locator('aside.detail');
    await detail.waitFor({ timeout: 30_000 });
    expect(await detail.locator('.relations dd:not(.more)').count()).toBe(50);
    expect(await detail.getByText('and 4,975 more').count()).toBe(2);
    expect(await detail.locator('.chips li').count()).toBe(25);
    await detail.getByRole('button', { name: 'Show 100 more' }).first().click();
    expect(await detail.locator('.relations dd:not(.more)').count()).toBe(150);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Event spoke-25');
    await expectResponsive(page, errors);
    await close();
  });
});

describe('100,000 problems', () => {
  it('in the error panel: 100 drawn and "and 99,900 more"', async () => {
    const { page, errors, close } = await open('actors');
    const alert = page.locator('section.error-panel');
    await alert.waitFor({ timeout: 60_000 });
    expect(await alert.locator('li:not(.more)').count()).toBe(100);
    await alert.getByText('and 99,900 more').waitFor();
    await expectResponsive(page, errors);
    await close();
  });

  it('in the list of skipped events (20,000): 100 drawn and "and 19,899 more"', async () => {
    const { page, errors, close } = await open('skipped');
    const skipped = page.locator('details.skipped');
    await skipped.waitFor({ timeout: 60_000 });
    await skipped.locator('summary').click();
    expect(await skipped.locator('li:not(.more)').count()).toBe(100);
    await skipped.getByText('and 19,899 more').waitFor();
    await expectResponsive(page, errors);
    await close();
  });
});
