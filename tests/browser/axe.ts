/**
 * axe-core in the page under test. The site's Content-Security-Policy (`script-src 'self'`,
 * index.html) blocks the inline <script> that `page.addScriptTag({ path })` would insert,
 * so axe is served as a same-origin script instead: a route answers one made-up URL with
 * node_modules/axe-core/axe.min.js, and the page's own CSP stays in force for the test.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';

export const AXE_PATH = resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js');
const AXE_URL_PATH = '/__axe-core__/axe.min.js';

/** The WCAG 2.0/2.1/2.2 A and AA rules. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string[]; failureSummary: string }[];
}

const routed = new WeakSet<Page>();

export async function injectAxe(page: Page): Promise<void> {
  if (!routed.has(page)) {
    await page.route(`**${AXE_URL_PATH}`, (route) => route.fulfill({ path: AXE_PATH, contentType: 'text/javascript; charset=utf-8' }));
    routed.add(page);
  }
  if (await page.evaluate(() => 'axe' in window)) return;
  await page.addScriptTag({ url: new URL(AXE_URL_PATH, page.url()).href });
}

/** Runs axe over the whole document and returns the violations of the WCAG A/AA rules. */
export async function runAxe(page: Page, tags: string[] = WCAG_TAGS): Promise<AxeViolation[]> {
  await injectAxe(page);
  return page.evaluate(async (values) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<{ violations: AxeViolation[] }> } })
      .axe;
    const results = await axe.run(document, { runOnly: { type: 'tag', values }, resultTypes: ['violations'] });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      helpUrl: violation.helpUrl,
      nodes: violation.nodes.map((node) => ({ target: node.target.map(String), failureSummary: node.failureSummary })),
    }));
  }, tags);
}

/** One readable block per violation: rule id, impact, help, and each failing element. */
export function formatViolations(violations: AxeViolation[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .map((node) => `    - ${node.target.join(' ')}\n      ${node.failureSummary.replace(/\n/g, '\n      ')}`)
        .join('\n');
      return `[${violation.id}] (${violation.impact ?? 'n/a'}) ${violation.help}\n  ${violation.helpUrl}\n${nodes}`;
    })
    .join('\n\n');
}
