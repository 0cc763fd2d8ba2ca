/**
 * For the page that embeds the timeline in an iframe (dist/embed/iframe-resizer.js):
 * fits each timeline iframe to the height its content reports, so the page scrolls and
 * the frame never does. A message counts only if it comes from an iframe's own window
 * and from the origin of that iframe's src; the height is clamped to something sane.
 *
 *   <iframe src=".../embed.html?…" title="…" width="100%" height="600"></iframe>
 *   <script src=".../embed/iframe-resizer.js" async></script>
 */
import { HEIGHT_MESSAGE } from './protocol.ts';

const MAX_HEIGHT = 20_000;

window.addEventListener('message', (event: MessageEvent) => {
  const data: unknown = event.data;
  if (typeof data !== 'object' || data === null) return;
  const { type, height } = data as { type?: unknown; height?: unknown };
  if (type !== HEIGHT_MESSAGE || typeof height !== 'number' || !Number.isFinite(height)) return;
  for (const frame of document.getElementsByTagName('iframe')) {
    if (frame.contentWindow !== event.source || !event.source) continue;
    let origin: string;
    try {
      origin = new URL(frame.src, document.baseURI).origin;
    } catch {
      return;
    }
    if (origin !== event.origin) return;
    frame.style.height = `${Math.min(Math.max(Math.round(height), 0), MAX_HEIGHT)}px`;
    frame.style.border = '0';
    return;
  }
});
