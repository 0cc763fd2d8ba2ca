/**
 * The page inside the iframe embed (embed.html): one <diplomatic-timeline> set up from
 * the frame's own URL (the app's link parameters plus `src` and `lang`), which tells the
 * page around it how tall it is, so iframe-resizer.js can fit the frame to it.
 */
import { attributesFromParams } from './attributes.ts';
import { HEIGHT_MESSAGE, SELECT_MESSAGE, type HeightMessage, type SelectMessage } from './protocol.ts';

const params = new URL(window.location.href).searchParams;
const lang = params.get('lang') ?? navigator.language;
const element = document.createElement('diplomatic-timeline');
// A relative `src` is relative to embed.html, which sits beside data/.
element.setAttribute('src', params.get('src') ?? 'data/events.json');
element.setAttribute('lang', lang);
for (const [name, value] of attributesFromParams(params)) element.setAttribute(name, value);
// Citations in the frame link to the story's page when the host names it; else to this frame's page.
const permalinkBase = params.get('permalink-base');
if (permalinkBase) element.setAttribute('permalink-base', permalinkBase);
document.documentElement.lang = lang;
document.body.style.margin = '0';
document.body.append(element);

if (window.parent !== window) {
  const post = (message: HeightMessage | SelectMessage) => window.parent.postMessage(message, '*');
  let last = -1;
  new ResizeObserver(() => {
    const height = Math.ceil(element.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    post({ type: HEIGHT_MESSAGE, height });
  }).observe(element);
  element.addEventListener('timeline-select', (event) => post({ type: SELECT_MESSAGE, id: event.detail.id }));
}
