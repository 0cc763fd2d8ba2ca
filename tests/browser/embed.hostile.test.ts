/**
 * The custom element's styles neither leak into the host page nor break under it:
 * public/examples/hostile.html sets `* { all: revert; font-size: 40px !important; … }`,
 * `svg { display: none }`, a 62.5 % root font size and rules aimed at the widget's own
 * class names. The widget must look as it does on a plain page, and the page as it wants.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, useSite } from './harness.ts';
import { EMBED_SITE, foreignRequests, loaded, openGuarded } from './embed.helpers.ts';

const site = useSite(EMBED_SITE);

/** Computed styles of the widget's parts that host CSS would most likely break. */
function widgetLooks(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('diplomatic-timeline')?.shadowRoot;
    const pick = (selector: string, properties: string[]) => {
      const element = root?.querySelector(selector);
      if (!element) return `missing ${selector}`;
      const style = getComputedStyle(element);
      return Object.fromEntries(properties.map((name) => [name, style.getPropertyValue(name)]));
    };
    const box = root?.querySelector('.timeline svg')?.getBoundingClientRect();
    return {
      view: pick('.story-view', ['display', 'font-size', 'font-family', 'color', 'letter-spacing', 'text-transform', 'line-height']),
      search: pick('.controls input[type="search"]', ['font-size', 'background-color', 'border-radius', 'padding-top']),
      toolbarButton: pick('.controls .bar .group button', ['font-size', 'padding-left', 'min-height', 'background-color']),
      svg: pick('.timeline svg', ['display']),
      label: pick('.timeline svg text.label', ['font-size', 'font-family', 'text-transform']),
      svgHeight: Math.round(box?.height ?? 0),
      marks: root?.querySelectorAll('.timeline svg [data-event-id]').length ?? 0,
    };
  });
}

describe('the custom element on a hostile page', () => {
  it('looks exactly as it does on a plain page', async () => {
    // The same element on the plain example page, without an initial selection, is the reference.
    const plain = await openGuarded(site.browser, `${site.url}examples/custom-element.html`);
    await loaded(plain.page);
    await plain.page.evaluate(() => document.querySelector('diplomatic-timeline')?.select(null));
    const reference = await widgetLooks(plain.page);
    await plain.close();

    const hostile = await openGuarded(site.browser, `${site.url}examples/hostile.html`);
    const { page } = hostile;
    await loaded(page);
    await page.locator('diplomatic-timeline .timeline svg [data-event-id]').first().waitFor();
    const looks = await widgetLooks(page);
    expect(looks.view).toEqual(reference.view);
    expect(looks.search).toEqual(reference.search);
    expect(looks.toolbarButton).toEqual(reference.toolbarButton);
    expect(looks.svg).toEqual({ display: 'block' });
    expect(looks.label).toEqual(reference.label);
    expect(looks.marks).toBeGreaterThan(10);
    expect(looks.svgHeight).toBeGreaterThan(300);
    // rem inside the widget is the user's default size (16px here), not the page's 40px root.
    expect(reference.toolbarButton).toMatchObject({ 'font-size': '14.4px' });

    await page.locator('diplomatic-timeline .timeline svg [data-event-id="aukus-announced"]').click();
    await expect
      .poll(() => page.locator('diplomatic-timeline aside.detail h2').textContent())
      .toBe('Australia, UK and US unveil the AUKUS pact');
    expect(await page.locator('diplomatic-timeline aside.detail').evaluate((element) => getComputedStyle(element).display)).not.toBe(
      'none',
    );

    await screenshot(page, 'embed-hostile');
    expect(await hostile.violations()).toEqual([]);
    expect(hostile.errors).toEqual([]);
    expect(foreignRequests(hostile.requests, site)).toEqual([]);
    await hostile.close();
  });

  it("leaves the page's own elements exactly as the page styles them", async () => {
    const guarded = await openGuarded(site.browser, `${site.url}examples/hostile.html`);
    const { page } = guarded;
    await loaded(page);
    const pageLooks = await page.evaluate(() => {
      const style = (selector: string, name: string) =>
        getComputedStyle(document.querySelector(selector) as Element).getPropertyValue(name);
      return {
        text: [style('#host-text', 'font-size'), style('#host-text', 'text-transform'), style('#host-text', 'border-top-style')],
        svg: style('#host-svg', 'display'),
        button: [style('#host-button', 'background-color'), style('#host-button', 'font-size')],
      };
    });
    expect(pageLooks).toEqual({
      text: ['40px', 'uppercase', 'dashed'],
      svg: 'none',
      button: ['rgb(255, 255, 0)', '40px'],
    });
    await guarded.close();
  });

  it("gives none of its rules to the page's elements, even those with the widget's class names", async () => {
    const guarded = await openGuarded(site.browser, `${site.url}examples/custom-element.html`);
    const { page } = guarded;
    await loaded(page);
    const looks = await page.evaluate(() => {
      document.body.insertAdjacentHTML(
        'beforeend',
        '<div class="story-view embed-root"><p class="visually-hidden">page text</p><button class="secondary">page button</button></div>',
      );
      const style = (selector: string) => getComputedStyle(document.querySelector(`body > div.story-view ${selector}`.trim()) as Element);
      return {
        hiddenWidth: Math.round(document.querySelector('body > div.story-view .visually-hidden')?.getBoundingClientRect().width ?? 0),
        hiddenPosition: style('.visually-hidden').position,
        buttonRadius: style('.secondary').borderRadius,
        display: getComputedStyle(document.querySelector('body > div.story-view') as Element).display,
      };
    });
    expect(looks.hiddenWidth).toBeGreaterThan(50);
    expect(looks.hiddenPosition).toBe('static');
    expect(looks.buttonRadius).not.toBe('4px');
    expect(looks.display).toBe('block');
    await guarded.close();
  });
});
