/**
 * For the page that embeds the timeline in an iframe (dist/embed/iframe-resizer.js):
 * fits each timeline iframe to the height its content reports, so the page scrolls and
 * the frame never does. A message counts only if it comes from the window of an iframe
 * whose src is the timeline's page beside this script (../embed.html, whatever its query),
 * not a srcdoc, and from that page's origin; the height is clamped to something sane.
 * Any other frame (an ad, a data: or srcdoc frame, another page of the site) is left alone.
 *
 *   <iframe src=".../embed.html?…" title="…" width="100%" height="600"></iframe>
 *   <script src=".../embed/iframe-resizer.js" async></script>
 *
 * A classic script (as the build makes it): it finds the timeline's page from its own address.
 */
import { HEIGHT_MESSAGE } from './protocol.ts';

const MIN_HEIGHT = 100;
const MAX_HEIGHT = 20_000;
const EMBED_PAGE = new URL('../embed.html', (document.currentScript as HTMLScriptElement).src);

window.addEventListener('message', (event: MessageEvent) => {
  const data: unknown = event.data;
  if (typeof data !== 'object' || data === null || event.origin !== EMBED_PAGE.origin) return;
  const { type, height } = data as { type?: unknown; height?: unknown };
  if (type !== HEIGHT_MESSAGE || typeof height !== 'number' || !Number.isFinite(height)) return;
  for (const frame of document.getElementsByTagName('iframe')) {
    if (frame.contentWindow !== event.source || !event.source) continue;
    if (frame.src.split(/[?#]/)[0] !== EMBED_PAGE.href || frame.hasAttribute('srcdoc')) return;
    frame.style.height = `${Math.min(Math.max(Math.round(height), MIN_HEIGHT), MAX_HEIGHT)}px`;
    frame.style.border = '0';
    return;
  }
});
