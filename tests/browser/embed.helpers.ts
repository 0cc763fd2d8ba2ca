/**
 * Shared steps for the embed's browser tests (embed.*.test.ts): the built site served
 * under a nested path with the strict Content-Security-Policy as a response header, and
 * pages opened with a watch on CSP violations (in every frame), errors and requests.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { watchErrors, type SiteOptions, type StaticHost } from './harness.ts';

export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";

/** Where the built site is mounted, as in a newsroom's static host. */
export const MOUNT = '/newsroom/graphics/2021/aukus-rift/';

/** How the embed's tests serve the built site (see useSite): under MOUNT, with the CSP as a header. */
export const EMBED_SITE: SiteOptions = { mount: MOUNT, headers: { 'content-security-policy': CSP } };

/**
 * Console errors that are not the embed's: EventMark draws a negative-width outline for a
 * mark just left of the view (outlineStart is clamped to the view's edge, outlineEnd not),
 * in the app as in the embed, whenever the zoom sits between two packing steps. Reported.
 */
const NOT_THE_EMBEDS = [/<rect> attribute width: A negative value is not valid/];

export interface GuardedPage {
  page: Page;
  /** Uncaught errors and console errors (a CSP refusal is one too), but NOT_THE_EMBEDS. */
  readonly errors: string[];
  /** Every URL the page and its frames requested. */
  requests: string[];
  /** The `securitypolicyviolation` events seen so far, in every frame. */
  violations(): Promise<string[]>;
  close(): Promise<void>;
}

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

export async function openGuarded(browser: Browser, url: string, options: BrowserContextOptions = {}): Promise<GuardedPage> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, ...options });
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push(
        `${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  const page = await context.newPage();
  const seen = watchErrors(page);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(url);
  return {
    page,
    get errors() {
      return seen.filter((error) => !NOT_THE_EMBEDS.some((pattern) => pattern.test(error)));
    },
    requests,
    async violations() {
      const all: string[] = [];
      for (const frame of page.frames()) all.push(...(await frame.evaluate(() => window.__cspViolations ?? []).catch(() => [])));
      return all;
    },
    close: () => context.close(),
  };
}

/** Requests that went anywhere but the host (data: URLs stay in the page). */
export function foreignRequests(requests: readonly string[], host: Pick<StaticHost, 'url'>): string[] {
  const origin = new URL(host.url).origin;
  return requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin);
}

/** Waits until a <diplomatic-timeline> has drawn its timeline (or its list). */
export async function loaded(page: Page, selector = 'diplomatic-timeline'): Promise<void> {
  await page.locator(`${selector} .story-view`).first().waitFor();
}

export const detailHeading = (host = 'diplomatic-timeline') => `${host} aside.detail h2`;
export const mark = (id: string, host = 'diplomatic-timeline') => `${host} .timeline svg [data-event-id="${id}"]`;
/** An event's row in the vertical form (a component narrower than 640 px): its title button. */
export const row = (id: string, host = 'diplomatic-timeline') => `${host} .vertical button[data-event-id="${id}"]`;
/** An event in whichever form the timeline takes: its mark, or its row. */
export const eventIn = (id: string, host = 'diplomatic-timeline') => `${mark(id, host)}, ${row(id, host)}`;
