/**
 * The reading path in the browser (issue 14): on a phone, a horizontal swipe on the detail
 * turns to the next event and back, the URL follows and Back steps back; on a desktop a
 * followed thread comes from the link (?thread=), its events stand out while the others
 * recede, → in the detail walks it, and leaving it takes it out of the link.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, useSite, type OpenedPage } from './harness.ts';

const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

/** A finger drawn across the element from right to left (dx < 0) or left to right, as the touch screen reports it. */
async function swipe(page: Page, selector: string, dx: number) {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  const x = box.x + box.width / 2 - dx / 2;
  const y = box.y + Math.min(box.height / 2, 200);
  const client = await page.context().newCDPSession(page);
  await client.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  for (let step = 1; step <= 6; step++) {
    await client.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x + (dx * step) / 6, y }] });
  }
  await client.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await client.detach();
}

describe('the reading path', () => {
  const site = useSite();
  let opened: OpenedPage | undefined;
  afterEach(async () => {
    await opened?.close();
    opened = undefined;
  });

  it('on a phone, a swipe on the detail turns to the next event and back; the link and Back follow', async () => {
    opened = await site.open({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });
    const { page } = opened;
    await page.goto(`${site.url}index.html`);
    await page.locator('.vertical button[data-event-id="aukus-announced"]').tap();
    const heading = page.locator('li.detail h2');
    await expect.poll(() => heading.textContent()).toBe('Australia, UK and US unveil the AUKUS pact');
    const place = await page.locator('li.detail .place').textContent();

    await swipe(page, 'li.detail aside', -160);
    await expect.poll(() => param(page, 'event')).not.toBe('aukus-announced');
    const nextId = param(page, 'event');
    await expect.poll(() => page.locator(`.vertical button[data-event-id="${nextId}"]`).getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('li.detail .place').textContent()).not.toBe(place);

    await swipe(page, 'li.detail aside', 160);
    await expect.poll(() => param(page, 'event')).toBe('aukus-announced');
    await page.goBack();
    await expect.poll(() => param(page, 'event')).toBe(nextId);
    await screenshot(page, 'path-phone-swipe');
    expect(opened.errors).toEqual([]);
  });

  it('on a desktop, a thread comes from the link, the others recede, → walks it, and leaving it leaves the link', async () => {
    opened = await site.open({ viewport: { width: 1280, height: 720 } });
    const { page } = opened;
    await page.goto(`${site.url}index.html?thread=china-condemns-aukus&event=china-condemns-aukus`);
    const detail = page.locator('aside.detail');
    await expect.poll(() => detail.getByText(/^Following a thread of \d+ linked events/).count()).toBe(1);
    expect(await page.locator('.timeline g.event.receded').count()).toBeGreaterThan(0);
    expect(await page.locator('.timeline g.event[data-event-id="china-condemns-aukus"]').getAttribute('class')).not.toContain('receded');
    const [index, total] = ((await detail.locator('.place').textContent()) ?? '').split(' of ').map(Number);
    expect(index).toBeGreaterThan(0);

    await detail.locator('h2').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => detail.locator('.place').textContent()).toBe(`${(index ?? 0) + 1} of ${total}`);
    const next = param(page, 'event');
    expect(next).not.toBe('china-condemns-aukus');
    expect(await page.locator(`.timeline g.event[data-event-id="${next}"]`).getAttribute('class')).not.toContain('receded');
    await screenshot(page, 'path-desktop-thread');

    await detail.getByRole('button', { name: 'Leave the thread' }).click();
    await expect.poll(() => param(page, 'thread')).toBeNull();
    expect(await page.locator('.timeline g.event.receded').count()).toBe(0);
    expect(opened.errors).toEqual([]);
  });
});
