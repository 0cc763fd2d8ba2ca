/**
 * Stands in for src/components/zoomGlue.ts in the embed build only (see
 * src/embed/vite-plugin.ts): the same interface and the same reader-facing behaviour,
 * on pointer events instead of d3-zoom. d3-zoom brings d3-selection, d3-transition,
 * d3-drag, d3-interpolate and d3-color (~13 KB gzip), a quarter of the embed's budget,
 * for a horizontal pan and zoom. What it keeps from d3-zoom: the transform {k, x}, the
 * scale and translate limits (constrained exactly as d3-zoom's default constrain does),
 * drag to pan, two-finger pinch, ctrl/cmd+wheel zoom about the pointer with d3's wheel
 * delta, double-click zoom (shift: out), and a drag never ends in a click.
 * As in the app: a horizontal swipe or shift+wheel pans, and a plain vertical wheel or a
 * vertical swipe is left to the page, so scrolling past the timeline is never trapped.
 */
import type { ZoomTransformLike } from '../../layout/timeScale.ts';
import { prefersReducedMotion, type ZoomGlue } from '../../components/zoomContract.ts';

const TWEEN_MS = 350;
const DBLCLICK_MS = 250;
const WHEEL_END_MS = 150;

interface Transform {
  k: number;
  x: number;
}

export function attachZoom(
  element: SVGSVGElement,
  onZoom: (transform: ZoomTransformLike, sourceEvent: Event | null) => void,
  onEnd: () => void,
): ZoomGlue {
  let current: Transform = { k: 1, x: 0 };
  let width = element.clientWidth || 1;
  let scaleExtent: [number, number] = [0, Infinity];
  let frame = 0;
  let wheelTimer: ReturnType<typeof setTimeout> | undefined;
  let wheelAnchor: { p: number; time: number } | null = null;

  const clampK = (k: number) => Math.max(scaleExtent[0], Math.min(scaleExtent[1], k));

  /** d3-zoom's default constrain with extent [0, width] and translateExtent [0, width] on x. */
  function constrain(k: number, x: number): Transform {
    const kk = clampK(k);
    const dx0 = -x / kk;
    const dx1 = (width - x) / kk - width;
    const shift = dx1 > dx0 ? (dx0 + dx1) / 2 : Math.min(0, dx0) || Math.max(0, dx1);
    return { k: kk, x: x + kk * shift };
  }

  function apply(k: number, x: number, sourceEvent: Event | null): void {
    const next = constrain(k, x);
    if (next.k === current.k && next.x === current.x) return;
    current = next;
    onZoom({ k: next.k, x: next.x }, sourceEvent);
  }

  /** The transform at zoom `k` (within the limits, as d3-zoom clamps it) that keeps the point under local x `p` where it is. */
  function zoomAbout(k: number, p: number, from: Transform = current): [number, number] {
    const kk = clampK(k);
    const base = (p - from.x) / from.k;
    return [kk, p - base * kk];
  }

  const localX = (event: { clientX: number }) => event.clientX - element.getBoundingClientRect().left;

  function tween(from: Transform, to: Transform, duration: number): void {
    cancelAnimationFrame(frame);
    const started = performance.now();
    const step = (now: number) => {
      const t = Math.min(1, (now - started) / duration);
      const ease = t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
      // Zoom factors interpolate geometrically so a big zoom change does not lurch at the end.
      apply(from.k * (to.k / from.k) ** ease, from.x + (to.x - from.x) * ease, null);
      if (t < 1) frame = requestAnimationFrame(step);
      else onEnd();
    };
    frame = requestAnimationFrame(step);
  }

  function moveTo(target: ZoomTransformLike, animate: boolean): void {
    cancelAnimationFrame(frame);
    const to = constrain(target.k, target.x);
    if (!animate || prefersReducedMotion() || typeof requestAnimationFrame !== 'function') {
      apply(to.k, to.x, null);
      onEnd();
      return;
    }
    tween({ ...current }, to, TWEEN_MS);
  }

  // Pointers: one drags, two pinch. Positions are local x at the gesture's start and now.
  const pointers = new Map<number, { start: number; now: number }>();
  let gestureStart: Transform = current;
  let moved = false;

  function restartGesture(): void {
    gestureStart = { ...current };
    for (const pointer of pointers.values()) pointer.start = pointer.now;
  }

  function onPointerDown(event: PointerEvent): void {
    if (event.ctrlKey || event.button) return;
    cancelAnimationFrame(frame);
    if (pointers.size === 0) {
      moved = false;
      window.addEventListener('pointermove', onPointerMove);
      window.addEventListener('pointerup', onPointerUp);
      window.addEventListener('pointercancel', onPointerUp);
    }
    if (pointers.size >= 2) return;
    const x = localX(event);
    pointers.set(event.pointerId, { start: x, now: x });
    restartGesture();
  }

  function onPointerMove(event: PointerEvent): void {
    const pointer = pointers.get(event.pointerId);
    if (!pointer) return;
    pointer.now = localX(event);
    const [a, b] = [...pointers.values()];
    if (!a) return;
    if (a.now !== a.start || (b && b.now !== b.start)) moved = true;
    if (b) {
      // Pinch: the distance between the fingers sets the zoom, their midpoint stays put.
      const startSpan = Math.abs(b.start - a.start);
      const k = startSpan > 0 ? gestureStart.k * (Math.abs(b.now - a.now) / startSpan) : gestureStart.k;
      const [kk, x] = zoomAbout(k, (a.start + b.start) / 2, gestureStart);
      apply(kk, x + (a.now + b.now - (a.start + b.start)) / 2, event);
    } else {
      apply(gestureStart.k, gestureStart.x + a.now - a.start, event);
    }
  }

  function onPointerUp(event: PointerEvent): void {
    if (!pointers.delete(event.pointerId)) return;
    if (pointers.size > 0) {
      restartGesture();
      return;
    }
    window.removeEventListener('pointermove', onPointerMove);
    window.removeEventListener('pointerup', onPointerUp);
    window.removeEventListener('pointercancel', onPointerUp);
    if (moved) {
      // As d3-drag does: the click that ends a drag is swallowed, so a pan never selects.
      const swallow = (click: MouseEvent) => {
        click.stopImmediatePropagation();
        click.preventDefault();
      };
      window.addEventListener('click', swallow, { capture: true, once: true });
      setTimeout(() => window.removeEventListener('click', swallow, { capture: true }), 0);
    }
    onEnd();
  }

  function onWheel(event: WheelEvent): void {
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      cancelAnimationFrame(frame);
      // d3-zoom's default wheel delta: pinch-to-zoom trackpads report ctrl+wheel.
      const delta = -event.deltaY * (event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002) * (event.ctrlKey ? 10 : 1);
      const k = clampK(current.k * 2 ** delta);
      const p = localX(event);
      // As d3-zoom does: a wheel gesture zooms about the time first under the pointer, kept
      // while the pointer stays put, even when the limits shift the view along the way.
      if (wheelAnchor) {
        if (wheelAnchor.p !== p) wheelAnchor = { p, time: (p - current.x) / current.k };
      } else if (k === current.k) return;
      else wheelAnchor = { p, time: (p - current.x) / current.k };
      apply(k, wheelAnchor.p - wheelAnchor.time * k, event);
      clearTimeout(wheelTimer);
      wheelTimer = setTimeout(() => {
        wheelAnchor = null;
        onEnd();
      }, WHEEL_END_MS);
      return;
    }
    const horizontal = Math.abs(event.deltaX) > Math.abs(event.deltaY);
    if (!horizontal && !event.shiftKey) return;
    event.preventDefault();
    const delta = horizontal ? event.deltaX : event.deltaY || event.deltaX;
    const pixels = event.deltaMode === 1 ? delta * 16 : event.deltaMode === 2 ? delta * element.clientWidth : delta;
    apply(current.k, current.x - pixels, event);
    onEnd();
  }

  function onDblClick(event: MouseEvent): void {
    if (event.ctrlKey || event.button) return;
    const [k, x] = zoomAbout(current.k * (event.shiftKey ? 0.5 : 2), localX(event));
    const to = constrain(k, x);
    if (prefersReducedMotion() || typeof requestAnimationFrame !== 'function') {
      apply(to.k, to.x, event);
      onEnd();
    } else tween({ ...current }, to, DBLCLICK_MS);
  }

  element.style.touchAction = 'pan-y';
  element.addEventListener('pointerdown', onPointerDown);
  element.addEventListener('wheel', onWheel, { passive: false });
  element.addEventListener('dblclick', onDblClick);

  return {
    configure(nextWidth, _height, nextScaleExtent) {
      width = nextWidth;
      scaleExtent = nextScaleExtent;
    },
    moveTo,
    scaleBy(factor) {
      cancelAnimationFrame(frame);
      const [k, x] = zoomAbout(current.k * factor, width / 2);
      apply(k, x, null);
      onEnd();
    },
    panBy(pixels) {
      apply(current.k, current.x + pixels, null);
      onEnd();
    },
    destroy() {
      cancelAnimationFrame(frame);
      clearTimeout(wheelTimer);
      element.removeEventListener('pointerdown', onPointerDown);
      element.removeEventListener('wheel', onWheel);
      element.removeEventListener('dblclick', onDblClick);
      window.removeEventListener('pointermove', onPointerMove);
      window.removeEventListener('pointerup', onPointerUp);
      window.removeEventListener('pointercancel', onPointerUp);
    },
  };
}
