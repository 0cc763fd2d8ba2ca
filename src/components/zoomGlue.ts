/**
 * d3-zoom wired to the page the way readers expect: drag and pinch zoom and pan, a
 * horizontal swipe or shift+wheel pans, ctrl/cmd+wheel zooms, and a plain vertical wheel
 * is left to the page so that scrolling the story is never trapped by the timeline.
 * Embed stand-in: src/embed/slim/zoomGlue.ts (swapped by path in src/embed/vite-plugin.ts).
 */
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import type { ZoomTransformLike } from '../layout/timeScale.ts';
import { prefersReducedMotion, type ZoomGlue } from './zoomContract.ts';

export type { ZoomGlue };

const TWEEN_MS = 350;

export function attachZoom(
  element: SVGSVGElement,
  onZoom: (transform: ZoomTransformLike, sourceEvent: Event | null) => void,
  onEnd: () => void,
): ZoomGlue {
  const selection: Selection<SVGSVGElement, unknown, null, undefined> = select(element);
  const behavior: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
    .filter((event: Event) => {
      if (event.type === 'wheel') return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
      const mouse = event as MouseEvent;
      return !mouse.ctrlKey && !mouse.button;
    })
    .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) =>
      onZoom({ k: event.transform.k, x: event.transform.x }, event.sourceEvent ?? null),
    )
    .on('end', onEnd);
  selection.call(behavior);
  // d3-zoom claims every touch gesture; handing vertical pans back keeps the page scrollable on phones.
  selection.style('touch-action', 'pan-y pinch-zoom');

  const onWheel = (event: WheelEvent) => {
    if (event.ctrlKey || event.metaKey) return;
    const horizontal = Math.abs(event.deltaX) > Math.abs(event.deltaY);
    if (!horizontal && !event.shiftKey) return;
    event.preventDefault();
    const delta = horizontal ? event.deltaX : event.deltaY || event.deltaX;
    const pixels = event.deltaMode === 1 ? delta * 16 : event.deltaMode === 2 ? delta * element.clientWidth : delta;
    behavior.translateBy(selection, -pixels / currentK(), 0);
  };
  element.addEventListener('wheel', onWheel, { passive: false });

  const currentK = () => (element as unknown as { __zoom?: { k: number } }).__zoom?.k ?? 1;
  let frame = 0;

  return {
    configure(width, height, scaleExtent) {
      behavior
        .extent([
          [0, 0],
          [width, height],
        ])
        .scaleExtent(scaleExtent)
        .translateExtent([
          [0, -Infinity],
          [width, Infinity],
        ]);
    },
    moveTo(target, animate) {
      cancelAnimationFrame(frame);
      const to = zoomIdentity.translate(target.x, 0).scale(target.k);
      const from = (element as unknown as { __zoom?: typeof to }).__zoom ?? zoomIdentity;
      if (!animate || prefersReducedMotion() || typeof requestAnimationFrame !== 'function') {
        behavior.transform(selection, to);
        onEnd();
        return;
      }
      const started = performance.now();
      const step = (now: number) => {
        const t = Math.min(1, (now - started) / TWEEN_MS);
        const ease = t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
        // Zoom factors interpolate geometrically so a big zoom change does not lurch at the end.
        const k = from.k * (to.k / from.k) ** ease;
        const x = from.x + (to.x - from.x) * ease;
        behavior.transform(selection, zoomIdentity.translate(x, 0).scale(k));
        if (t < 1) frame = requestAnimationFrame(step);
        else onEnd();
      };
      frame = requestAnimationFrame(step);
    },
    scaleBy(factor) {
      behavior.scaleBy(selection, factor);
      onEnd();
    },
    panBy(pixels) {
      behavior.translateBy(selection, pixels / currentK(), 0);
      onEnd();
    },
    destroy() {
      cancelAnimationFrame(frame);
      element.removeEventListener('wheel', onWheel);
      selection.on('.zoom', null);
    },
  };
}
