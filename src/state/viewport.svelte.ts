/**
 * The visible time range. The timeline's d3-zoom behaviour writes it as the reader
 * zooms and pans; everyone else (URL, toolbar, "fit all", following a link) asks for a
 * range with `show` or a zoom step with `zoomBy`, and the timeline animates to it.
 */
export type Range = [number, number];
/** `all`: the whole dataset; `story`: where the story opens (see layout/focusRange.ts). */
export type RangeRequest = Range | 'all' | 'story';

export class Viewport {
  /** What is on screen now, in UTC milliseconds. */
  visible = $state<Range | null>(null);
  /** A range someone asked for; the timeline consumes it. */
  requested = $state<{ range: RangeRequest; animate: boolean; serial: number } | null>(null);
  /** A zoom step someone asked for, about the middle of the view; the timeline consumes it. */
  zoomRequested = $state<{ factor: number; serial: number } | null>(null);
  #serial = 0;

  show(range: RangeRequest, animate = true): void {
    this.requested = { range, animate, serial: ++this.#serial };
  }

  fit(): void {
    this.show('all');
  }

  /** Zooms in (factor > 1) or out about the middle of the view. */
  zoomBy(factor: number): void {
    this.zoomRequested = { factor, serial: ++this.#serial };
  }
}
