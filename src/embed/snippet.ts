/**
 * The HTML an editor pastes to embed the view they are looking at: the custom element,
 * or the iframe with its resizer. The embed files sit beside the app wherever dist/ was
 * copied, so the addresses are taken from the page the app runs on; they start at the
 * site's root (/graphics/aukus/embed/…), without the scheme and host, so that a snippet
 * copied from a preview (http://localhost:4173/…) or from a staging host names no
 * machine, and works pasted into any page of the site that serves the app. (Relative to
 * the app's folder would work only in a page of that same folder.) A dataset on another
 * host keeps its full address.
 */
import { toSearchParams, type ViewParams } from '../state/urlState.ts';
import type { Locale } from '../i18n/strings.ts';
import { attributesFromParams } from './attributes.ts';

export interface SnippetInput {
  /** The app page's URL. */
  pageUrl: string;
  /** The dataset the app shows, as its `?src=` gave it; null: the one beside the app (data/events.json). */
  src: string | null;
  locale: Locale;
  view: ViewParams;
  title: string;
}

export interface Snippets {
  element: string;
  iframe: string;
}

export const DEFAULT_DATASET = 'data/events.json';
/** Fallback height of the iframe until its resizer has run (or where scripts may not run). */
export const IFRAME_HEIGHT = 640;

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `url` from the root of `page`'s site when it is on the same one (scheme, host and port); otherwise absolute. */
function onSite(url: URL, page: URL): string {
  return url.origin === page.origin ? url.pathname + url.search + url.hash : url.href;
}

/**
 * Whether the page is served from the editor's own machine (npm start, npm run preview):
 * its addresses then say where the app sits on this server, which may not be where the
 * published site puts it.
 */
export function isLocalPage(pageUrl: string): boolean {
  const host = new URL(pageUrl).hostname;
  return host === 'localhost' || host.endsWith('.localhost') || host === '[::1]' || host === '0.0.0.0' || /^127(\.\d{1,3}){3}$/.test(host);
}

/** `url` relative to the folder `base`, when it lies inside it; otherwise absolute. */
function inside(url: URL, base: URL): string {
  return url.origin === base.origin && url.pathname.startsWith(base.pathname) && !url.hash
    ? url.pathname.slice(base.pathname.length) + url.search
    : url.href;
}

export function embedSnippets({ pageUrl, src, locale, view, title }: SnippetInput): Snippets {
  const page = new URL(pageUrl);
  const folder = new URL('./', page);
  const dataset = new URL(src ?? DEFAULT_DATASET, pageUrl);
  const viewParams = toSearchParams({ ...view });

  const attributes: [string, string][] = [['src', onSite(dataset, page)], ['lang', locale], ...attributesFromParams(viewParams)];
  const element = [
    `<script type="module" src="${escapeAttribute(onSite(new URL('embed/diplomatic-timeline.js', folder), page))}"></script>`,
    `<diplomatic-timeline ${attributes.map(([name, value]) => `${name}="${escapeAttribute(value)}"`).join(' ')}></diplomatic-timeline>`,
  ].join('\n');

  const frameParams = new URLSearchParams({ src: inside(dataset, folder), lang: locale });
  for (const [name, value] of viewParams) frameParams.set(name, value);
  const frame = new URL('embed.html', folder);
  frame.search = frameParams.toString();
  const iframe = [
    `<iframe src="${escapeAttribute(onSite(frame, page))}" title="${escapeAttribute(title)}" width="100%" height="${IFRAME_HEIGHT}" loading="lazy"></iframe>`,
    `<script src="${escapeAttribute(onSite(new URL('embed/iframe-resizer.js', folder), page))}" async></script>`,
  ].join('\n');

  return { element, iframe };
}
