/**
 * What jsdom lacks for the timeline. jsdom does no layout, so `bind:clientWidth` reads 0
 * (the timeline then draws every mark on a 1 px axis), and it has no ResizeObserver,
 * which Svelte needs for `bind:clientWidth` at all.
 */
import { afterAll, beforeAll } from 'vitest';

class ResizeObserverStub implements ResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

/** Installs a no-op ResizeObserver for the tests of the calling file, removed afterwards. */
export function useResizeObserverStub(): void {
  let had = false;
  let previous: typeof ResizeObserver | undefined;
  beforeAll(() => {
    had = 'ResizeObserver' in globalThis;
    previous = globalThis.ResizeObserver;
    globalThis.ResizeObserver = ResizeObserverStub;
  });
  afterAll(() => {
    if (had) globalThis.ResizeObserver = previous as typeof ResizeObserver;
    else delete (globalThis as { ResizeObserver?: unknown }).ResizeObserver;
  });
}

/** Makes every element report `width` px as its clientWidth, so the timeline lays out as on a page. */
export function useClientWidth(width: number): void {
  let previous: PropertyDescriptor | undefined;
  beforeAll(() => {
    previous = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientWidth');
    Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => width });
  });
  afterAll(() => {
    if (previous) Object.defineProperty(HTMLElement.prototype, 'clientWidth', previous);
    else delete (HTMLElement.prototype as { clientWidth?: number }).clientWidth;
  });
}

/**
 * user-event's mouse events carry no `view` (a real click's is the window; see
 * testing-library/user-event#1306 and d3/d3-drag#89), and d3-zoom's mousedown handler on
 * the timeline reads `event.view.document`, so it throws in jsdom. Those mousedowns stop
 * before they reach the timeline's drawing: d3 starts no drag gesture, while focus still
 * moves and the click still lands on the mark, as with a real click that does not drag.
 */
export function useClicksWithoutDrag(): void {
  const guard = (event: MouseEvent) => {
    if (event.view === null && event.target instanceof Element && event.target.closest('svg')) event.stopPropagation();
  };
  beforeAll(() => window.addEventListener('mousedown', guard, { capture: true }));
  afterAll(() => window.removeEventListener('mousedown', guard, { capture: true }));
}

/**
 * Declares that the reader prefers reduced motion, so the timeline jumps rather than
 * tweens. jsdom has no matchMedia, and its animation-frame clock does not share
 * performance.now()'s time origin, so a tween started in jsdom never reaches its end.
 */
export function usePrefersReducedMotion(): void {
  let had = false;
  let previous: typeof window.matchMedia | undefined;
  beforeAll(() => {
    had = 'matchMedia' in window;
    previous = window.matchMedia;
    window.matchMedia = (query: string) =>
      ({
        matches: /prefers-reduced-motion:\s*reduce/.test(query),
        media: query,
        onchange: null,
        addEventListener() {},
        removeEventListener() {},
        addListener() {},
        removeListener() {},
        dispatchEvent: () => false,
      }) as MediaQueryList;
  });
  afterAll(() => {
    if (had) window.matchMedia = previous as typeof window.matchMedia;
    else delete (window as { matchMedia?: unknown }).matchMedia;
  });
}
