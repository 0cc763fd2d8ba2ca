/**
 * d3-zoom wired to the page the way readers expect: drag and pinch zoom and pan, a
 * horizontal swipe or shift+wheel pans, ctrl/cmd+wheel zooms, and a plain vertical wheel
 * is left to the page so that scrolling the story is never trapped by the timeline.
 * Embed stand-in: src/embed/slim/zoomGlue.ts (swapped by path in src/embed/vite-plugin.ts).
 */
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
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
    // A reader's gesture stops a tween under way.
    .on('start', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      if (event.sourceEvent) cancelAnimationFrame(frame);
    })
    .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) =>
      onZoom({ k: event.transform.k, x: event.transform.x }, event.sourceEvent ?? null),
    )
    // `behavior.transform` ends a gesture at every call: the moves made here end once, below.
    .on('end', () => {
      if (!moving) onEnd();
    });
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
  let moving = false;
  let extent: [[number, number], [number, number]] = [
    [0, 0],
    [element.clientWidth || 1, element.clientHeight || 1],
  ];

  /** A transform as d3-zoom's own gestures make it: the zoom clamped to the scale extent, then its constrain applied. */
  function constrained(k: number, x: number): ZoomTransform {
    const [k0, k1] = behavior.scaleExtent();
    return behavior.constrain()(zoomIdentity.translate(x, 0).scale(Math.max(k0, Math.min(k1, k))), extent, behavior.translateExtent());
  }

  /** Runs a move of ours without d3-zoom's end event; the caller ends it once. */
  function quietly(move: () => void): void {
    moving = true;
    try {
      move();
    } finally {
      moving = false;
    }
  }

  return {
    configure(width, height, scaleExtent) {
      extent = [
        [0, 0],
        [width, height],
      ];
      behavior
        .extent(extent)
        .scaleExtent(scaleExtent)
        .translateExtent([
          [0, -Infinity],
          [width, Infinity],
        ]);
    },
    moveTo(target, animate) {
      cancelAnimationFrame(frame);
      const from = (element as unknown as { __zoom?: typeof zoomIdentity }).__zoom ?? zoomIdentity;
      const to = constrained(target.k, target.x);
      if (!animate || prefersReducedMotion() || typeof requestAnimationFrame !== 'function') {
        quietly(() => behavior.transform(selection, to));
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
        quietly(() => behavior.transform(selection, constrained(k, x)));
        if (t < 1) frame = requestAnimationFrame(step);
        else onEnd();
      };
      frame = requestAnimationFrame(step);
    },
    scaleBy(factor) {
      cancelAnimationFrame(frame);
      quietly(() => behavior.scaleBy(selection, factor));
      onEnd();
    },
    panBy(pixels) {
      quietly(() => behavior.translateBy(selection, pixels / currentK(), 0));
      onEnd();
    },
    destroy() {
      cancelAnimationFrame(frame);
      element.removeEventListener('wheel', onWheel);
      selection.on('.zoom', null);
    },
  };
}
