/**
 * What the timeline asks of its zoom glue. The app's glue is d3-zoom (zoomGlue.ts); the
 * embed's build swaps in a slim one (src/embed/slim/zoomGlue.ts) with this same contract.
 */
import type { ZoomTransformLike } from '../layout/timeScale.ts';

export interface ZoomGlue {
  configure(width: number, height: number, scaleExtent: [number, number]): void;
  /** Moves to `target`, tweened unless the reader prefers reduced motion. */
  moveTo(target: ZoomTransformLike, animate: boolean): void;
  scaleBy(factor: number): void;
  panBy(pixels: number): void;
  destroy(): void;
}

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
