/**
 * The visible time range. The timeline's d3-zoom behaviour writes it as the reader
 * zooms and pans; everyone else (URL, toolbar, "fit all", following a link) asks for a
 * range with `show` or a zoom step with `zoomBy`, and the timeline animates to it.
 */
export type Range = [number, number];
/** `all`: the whole dataset; `story`: where the story opens (see layout/focusRange.ts). */
export type RangeRequest = Range | 'all' | 'story';

/** Two ranges this close in length (relative) are the same zoom: a resize or a pan, not a zoom. */
const SAME_SPAN = 0.01;

export class Viewport {
  #visible = $state<Range | null>(null);
  #chosen = $state(false);
  /** A `story` or `all` request whose range the timeline has not reported yet. */
  #automatic: 'story' | 'all' | null = null;
  /** A range someone asked for; the timeline consumes it. */
  requested = $state<{ range: RangeRequest; animate: boolean; serial: number } | null>(null);
  /** A zoom step someone asked for, about the middle of the view; the timeline consumes it. */
  zoomRequested = $state<{ factor: number; serial: number } | null>(null);
  #serial = 0;

  /** What is on screen now, in UTC milliseconds; null: everything. The timeline writes it when a move ends. */
  get visible(): Range | null {
    return this.#visible;
  }

  set visible(range: Range | null) {
    const before = this.#visible;
    this.#visible = range;
    if (this.#automatic && (range !== null || this.#automatic === 'all')) {
      // The range the timeline took by itself, where the story opens or all of it.
      this.#automatic = null;
      this.#chosen = false;
    } else if (this.#automatic) {
      // Everything on screen: the story's opening range may be all of it, or the timeline
      // reports where it stands before it serves the request, in the same update. A
      // reader's zoom comes later than that.
      setTimeout(() => (this.#automatic = null));
    } else if (range === null) {
      this.#chosen = false;
    } else if (!before || Math.abs(range[1] - range[0] - (before[1] - before[0])) > SAME_SPAN * (before[1] - before[0])) {
      this.#chosen = true;
    }
    // At the same span: a resize or a pan to bring a selected event into view; the range
    // keeps its standing. The reader's own pan is told by readerMoved.
  }

  /** The reader dragged, wheeled or pinched to the range now visible: it is theirs. */
  readerMoved(): void {
    if (this.#visible !== null) this.#chosen = true;
  }

  /**
   * Whether `visible` is a range the reader chose: they zoomed (gesture, keys or buttons),
   * opened a cluster, or arrived with a range in the link; not the one the timeline took
   * by itself (where the story opens, a resize, following a selection). The Embed dialog
   * pins only a chosen range: an automatic one would hide events in a narrower embed.
   */
  get chosen(): boolean {
    return this.#chosen && this.#visible !== null;
  }

  show(range: RangeRequest, animate = true): void {
    this.#automatic = Array.isArray(range) ? null : range;
    if (Array.isArray(range)) this.#chosen = true;
    this.requested = { range, animate, serial: ++this.#serial };
  }

  fit(): void {
    this.show('all');
  }

  /** Zooms in (factor > 1) or out about the middle of the view. */
  zoomBy(factor: number): void {
    this.#automatic = null;
    this.#chosen = true;
    this.zoomRequested = { factor, serial: ++this.#serial };
  }
}
