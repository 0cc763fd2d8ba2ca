/**
 * The HTML an editor pastes to embed the view they are looking at: the custom element,
 * or the iframe with its resizer. URLs are absolute, taken from the page the app runs on,
 * because the embed files sit beside it wherever dist/ was copied.
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

/** `url` relative to the folder `base`, when it lies inside it; otherwise absolute. */
function inside(url: URL, base: URL): string {
  return url.origin === base.origin && url.pathname.startsWith(base.pathname) && !url.hash
    ? url.pathname.slice(base.pathname.length) + url.search
    : url.href;
}

export function embedSnippets({ pageUrl, src, locale, view, title }: SnippetInput): Snippets {
  const folder = new URL('./', pageUrl);
  const dataset = new URL(src ?? DEFAULT_DATASET, pageUrl);
  const viewParams = toSearchParams({ ...view });

  const attributes: [string, string][] = [['src', dataset.href], ['lang', locale], ...attributesFromParams(viewParams)];
  const element = [
    `<script type="module" src="${escapeAttribute(new URL('embed/diplomatic-timeline.js', folder).href)}"></script>`,
    `<diplomatic-timeline ${attributes.map(([name, value]) => `${name}="${escapeAttribute(value)}"`).join(' ')}></diplomatic-timeline>`,
  ].join('\n');

  const frameParams = new URLSearchParams({ src: inside(dataset, folder), lang: locale });
  for (const [name, value] of viewParams) frameParams.set(name, value);
  const frame = new URL('embed.html', folder);
  frame.search = frameParams.toString();
  const iframe = [
    `<iframe src="${escapeAttribute(frame.href)}" title="${escapeAttribute(title)}" width="100%" height="${IFRAME_HEIGHT}" loading="lazy"></iframe>`,
    `<script src="${escapeAttribute(new URL('embed/iframe-resizer.js', folder).href)}" async></script>`,
  ].join('\n');

  return { element, iframe };
}
