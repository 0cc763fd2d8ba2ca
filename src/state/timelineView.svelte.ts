/**
 * The timeline's picture as state: from a story, a width and a zoom transform, everything
 * the timeline draws (the scale and its ticks, packed rows, the marks and links in view,
 * clusters when zoomed out over too many events, the lanes, the height) as getters built
 * from the pure helpers in layout/. The zoom glue writes the transform with `zoomed` and
 * `settled`; the component asks it for the transforms that show a range or an event. No
 * DOM here, so the whole chain runs in a unit test.
 */
import {
  CLUSTER_BAND_HEIGHT,
  bucketMsFor,
  clusterBars,
  clusterBuckets,
  countStartingIn,
  type Cluster,
  type ClusterBar,
} from '../layout/clusters.ts';
import { densestWindow, fitLabels, fitsLegibly, labelledTimes } from '../layout/focusRange.ts';
import { frameLinks, frameMarks, indexPlacedItems, placeMark, type FrameLink, type FrameMark, type PlacedItem } from '../layout/frame.ts';
import { AXIS_HEIGHT, ROW_HEIGHT, laneBands, laneComparator, rowsHeight, type LaneBand } from '../layout/geometry.ts';
import type { MeasureLabel } from '../layout/labelWidth.ts';
import { packAtZoom, preparePackable, quantizeZoom, type PackableItem, type PackLayout } from '../layout/pack.ts';
import { axisTicks, type AxisTicks } from '../layout/ticks.ts';
import {
  DAY_MS,
  createTimeScale,
  dataExtent,
  pixelsPerMs,
  rescale,
  visibleDomain,
  zoomLimits,
  type TimeDomain,
  type TimeScale,
  type ZoomTransformLike,
} from '../layout/timeScale.ts';
import { isInView, transformCentredOn, transformForRange } from '../layout/viewRange.ts';
import { flipTransform, mirrorFor, type Mirror } from '../layout/mirror.ts';
import { directionOf, type Direction } from '../i18n/direction.ts';
import { createTimeIndex, type TimeIndex } from '../layout/visible.ts';
import { packWindow, windowAround, type PackingWindow } from '../layout/windowPack.ts';
import { linksTouching } from '../model/relations.ts';
import type { ParsedEvent } from '../model/validate.ts';
import type { Story } from './story.svelte.ts';
import type { RangeRequest } from './viewport.svelte.ts';

/**
 * Beyond this many events starting in view, the view shows clusters instead of marks: more
 * labelled marks than this are no longer read one by one, and each costs every zoom frame
 * its share (at 300, a 2-core machine missed one frame in three).
 */
const CLUSTER_THRESHOLD = 150;
/**
 * Rows are re-packed at the end of a zoom gesture, when its zoom crossed a step, and during the
 * gesture only once the zoom is a factor PACK_DRIFT away from the packing's: in between, a frame
 * only re-projects marks. A packing made at a lower zoom stays free of overlap when zooming in
 * (pack.ts), but its extents are wider in time, so more marks off-screen are drawn: the drift
 * bounds that. Zooming out past it, labels may overlap until the gesture ends.
 */
const PACK_DRIFT = 2;
/**
 * Up to this many shown events the whole story is packed: rows then never change as the reader
 * pans, and every link finds its far end. Beyond, only the stretch around the view
 * (windowPack.ts), so that a zoom step costs what is near the view, not the dataset.
 */
const WHOLE_PACKING_LIMIT = 2000;
/** Room under the last row for the "earlier / later events" buttons, so they cover no label. */
const EDGE_BUTTONS_HEIGHT = 34;

/** A mark in view with the event it draws. */
export interface DrawnMark {
  readonly event: ParsedEvent;
  readonly mark: FrameMark;
}

/** How many shown events lie beyond each edge of the view. */
export interface Offscreen {
  readonly before: number;
  readonly after: number;
}

export class TimelineView {
  /** The drawing's width in px, as laid out by the page. */
  width = $state(0);
  /** The zoom on the base scale, which shows the whole story at k = 1, in reading coordinates (layout/mirror.ts). */
  transform = $state<ZoomTransformLike>({ k: 1, x: 0 });
  /** The event under a mouse or pen (touch has no hover: selection serves it), else null. */
  hoveredId = $state<string | null>(null);
  /** Whether keyboard focus is inside the timeline, so that the focused event's links show. */
  focusInside = $state(false);

  readonly #story: () => Story;
  readonly #measureLabel: MeasureLabel;
  #packK = $state(quantizeZoom(1));
  #lastWindow: PackingWindow | null = null;
  #lastPacking: PackLayout | null = null;

  /** `story` is read anew by every derivation, so a story swapped under the view is drawn. */
  constructor(story: () => Story, measureLabel: MeasureLabel) {
    this.#story = story;
    this.#measureLabel = measureLabel;
  }

  get story(): Story {
    return this.#story();
  }

  // Labels are measured once per dataset; filtering and lanes only pick and regroup them.
  readonly #measured = $derived(preparePackable(this.story.events, { measureLabel: (title) => this.#measureLabel(title) }));
  readonly #drawingWidth = $derived(Math.max(this.width, 1));
  // Time runs the way the story's language reads: from the right edge in Arabic (README, "Right-to-left").
  readonly #direction = $derived(directionOf(this.story.locale));
  readonly #mirror = $derived(mirrorFor(this.#direction, this.#drawingWidth));

  // The positions (in story order) of the marks sorted by where they start, once per dataset: the
  // events a filter keeps, taken in this order, need no sort for the time indexes below.
  readonly #markOrder = $derived.by(() => {
    const at = (position: number) => this.#measuredAt(position).mark;
    const order = this.#measured.map((_, position) => position);
    order.sort((a, b) => at(a).atMs - at(b).atMs || at(a).endMs - at(b).endMs || a - b);
    return order;
  });
  readonly #labelled = $derived(labelledTimes(this.#measured));
  // The domain spans the whole dataset, not the filtered view, so filtering never moves the axis.
  readonly #domain = $derived(
    fitLabels(dataExtent(this.story.events.map((event) => event.parsedDate)) ?? [0, DAY_MS], this.#labelled, this.#drawingWidth),
  );
  /** Where the story opens: all of it when every event reads at once, else its densest stretch widened for their labels. */
  readonly #storyRange = $derived.by((): TimeDomain => {
    if (fitsLegibly(this.#measured, this.#domain, this.#drawingWidth)) return this.#domain;
    const core = densestWindow(this.#markOrder.map((position) => this.#measuredAt(position).mark.atMs));
    if (!core) return this.#domain;
    return fitLabels([core[0] - DAY_MS, core[1] + DAY_MS], this.#labelled, this.#drawingWidth, { padRatio: 0.03 });
  });
  readonly #baseScale = $derived(createTimeScale(this.#domain, this.#drawingWidth));
  readonly #scale = $derived(rescale(this.#baseScale, this.transform));
  readonly #viewRange = $derived(visibleDomain(this.#scale));
  readonly #limits = $derived(zoomLimits(this.#domain, this.#drawingWidth));

  // The shown events in the order of their marks; the filter's mask follows the story's order.
  readonly #packable = $derived.by(() => {
    const story = this.story;
    const shown = story.shownMask;
    const kept: PackableItem[] = [];
    for (const position of this.#markOrder) if (shown[position] === 1) kept.push(this.#measuredAt(position));
    return story.lanes ? kept.map((item) => ({ ...item, lane: story.laneOf(story.event(item.id) ?? { countries: [] }) })) : kept;
  });
  readonly #widestLabelPx = $derived(this.#labelled.reduce((widest, item) => Math.max(widest, item.labelPx), 0));
  readonly #packingWindow = $derived(
    this.#packable.length > WHOLE_PACKING_LIMIT ? (this.#lastWindow = windowAround(this.#viewRange, this.#packK, this.#lastWindow)) : null,
  );
  readonly #packing = $derived.by(() => {
    const scaleAtK = rescale(this.#baseScale, { k: this.#packK, x: 0 });
    const options = { compareLanes: laneComparator(this.story.laneOrder) };
    const window = this.#packingWindow;
    if (!window) return packAtZoom(this.#packable, scaleAtK, options);
    // Marks starting up to a label's width before the window may still reach into it.
    const reachMs = this.#widestLabelPx / pixelsPerMs(scaleAtK);
    const near = this.#startIndex.query(window.startMs - reachMs, window.endMs).map((entry) => entry.item);
    return (this.#lastPacking = packWindow(near, scaleAtK, window, { ...options, keep: this.#lastPacking }));
  });
  // Events by where their mark starts, once per data or filter change: counting what starts in
  // view, and cutting it into clusters, costs a few binary searches per frame.
  readonly #startIndex = $derived(
    createTimeIndex(this.#packable.map((item) => ({ id: item.id, parsedDate: { startMs: item.mark.atMs, endMs: item.mark.endMs }, item }))),
  );
  // Marks and labels as packed (in ms), indexed once per packing so a frame draws only what is in view.
  readonly #placed: TimeIndex<PlacedItem> = $derived(indexPlacedItems((id) => this.#measuredOf(id), this.#packing));

  // Zoomed out over a dense stretch, marks give way to clusters; nothing then reads the packing,
  // so it is not computed either.
  readonly #clustered = $derived(countStartingIn(this.#startIndex, this.#viewRange[0], this.#viewRange[1]) > CLUSTER_THRESHOLD);
  readonly #clusters = $derived.by((): Cluster[] => {
    if (!this.#clustered) return [];
    const [t0, t1] = this.#viewRange;
    return clusterBuckets(this.#startIndex, t0, t1, bucketMsFor((t1 - t0) / this.#drawingWidth));
  });
  // Over clusters, the chosen event (from the list, a link or a shared address) still shows, on
  // a row of its own under them, so the reader sees where it stands.
  readonly #chosenOverClusters = $derived.by((): DrawnMark[] => {
    const story = this.story;
    const id = story.selectedId;
    const item = id && story.isShown(id) ? this.#measuredOf(id) : undefined;
    const event = item ? story.event(item.id) : undefined;
    const [t0, t1] = this.#viewRange;
    if (!item || !event || item.mark.endMs < t0 || item.mark.atMs > t1) return [];
    const placed: PlacedItem = { ...item, parsedDate: { startMs: item.mark.atMs, endMs: item.mark.endMs }, laneIndex: 0, row: 0 };
    const mark = { ...placeMark(placed, this.#scale), y: AXIS_HEIGHT + CLUSTER_BAND_HEIGHT + ROW_HEIGHT / 2 };
    return [{ event, mark }];
  });
  readonly #marks = $derived.by((): DrawnMark[] => {
    if (this.#clustered) return this.#chosenOverClusters;
    const story = this.story;
    return frameMarks(this.#placed, this.#scale, { lanes: story.lanes !== null }).flatMap((mark) => {
      const event = story.event(mark.id);
      return event ? [{ event, mark }] : [];
    });
  });
  readonly #markById = $derived(new Map(this.#marks.map((entry) => [entry.event.id, entry.mark])));
  readonly #ticks = $derived(axisTicks(this.#scale, this.width, this.story.locale));
  readonly #clusterBars = $derived(clusterBars(this.#clusters, this.#scale));
  // The events whose links are drawn fully: the selected one, the one with keyboard focus (while
  // focus is in the timeline) and the one under the pointer.
  readonly #activeIds = $derived.by((): ReadonlySet<string> => {
    const story = this.story;
    const ids = [story.selectedId, this.focusInside ? story.focusedId : null, this.hoveredId];
    return new Set(ids.filter((id): id is string => id !== null));
  });
  // A frame looks only at the links of the marks in view.
  readonly #links = $derived.by((): FrameLink[] => {
    if (this.#clustered) return [];
    const story = this.story;
    const touching = linksTouching(story.linkIndex, this.#markById.keys());
    return frameLinks(touching, (id) => this.#placeOf(id), this.#activeIds);
  });
  readonly #lanes = $derived(this.story.lanes && !this.#clustered ? laneBands(this.#packing.lanes) : []);
  readonly #height = $derived(
    (this.#clustered
      ? AXIS_HEIGHT + CLUSTER_BAND_HEIGHT + (this.#chosenOverClusters.length > 0 ? ROW_HEIGHT : 0)
      : rowsHeight(this.#packing.lanes.length, this.#packing.rowCount, this.story.lanes !== null)) + EDGE_BUTTONS_HEIGHT,
  );
  readonly #offscreen = $derived.by((): Offscreen => {
    const index = this.#startIndex;
    const [t0, t1] = this.#viewRange;
    return { before: index.firstStartingAtOrAfter(t0), after: index.size - index.firstStartingAtOrAfter(t1) };
  });
  readonly #tabStop = $derived.by(() => {
    const story = this.story;
    for (const id of [story.focusedId, story.selectedId]) if (id && this.#markById.has(id)) return id;
    return story.shownEvents.find((event) => this.#markById.has(event.id))?.id;
  });

  /** Which way time runs across the drawing: with the reading of the story's language. */
  get direction(): Direction {
    return this.#direction;
  }

  /** Reading x to drawn x: every x the view gives (marks, ticks, links, clusters) is a reading x. */
  get mirror(): Mirror {
    return this.#mirror;
  }

  /** The scale through the current zoom, in reading coordinates. */
  get scale(): TimeScale {
    return this.#scale;
  }

  /** The time range on screen, in UTC milliseconds. */
  get viewRange(): TimeDomain {
    return this.#viewRange;
  }

  /** The smallest and largest zoom: the whole story, and a few hours across the width. */
  get scaleExtent(): [number, number] {
    return this.#limits.scaleExtent;
  }

  get ticks(): AxisTicks {
    return this.#ticks;
  }

  /** Whether the view shows clusters (too many events start in it to read one by one). */
  get clustered(): boolean {
    return this.#clustered;
  }

  get clusterBars(): readonly ClusterBar[] {
    return this.#clusterBars;
  }

  /** The marks in view (over clusters, only the chosen event's). */
  get marks(): readonly DrawnMark[] {
    return this.#marks;
  }

  /**
   * The links of the marks in view whose other end is packed too, so a link reaching
   * off-screen still shows where to go. None over clusters: their ends have no rows there.
   * The links of the selected, focused or hovered event are strong; the others rest.
   */
  get links(): readonly FrameLink[] {
    return this.#links;
  }

  /** The lanes' bands, when events are grouped by country or tag (not over clusters). */
  get lanes(): readonly LaneBand[] {
    return this.#lanes;
  }

  get height(): number {
    return this.#height;
  }

  get offscreen(): Offscreen {
    return this.#offscreen;
  }

  /** The event that takes the timeline's one tab stop: focused, else selected, else the first drawn. */
  get tabStop(): string | undefined {
    return this.#tabStop;
  }

  /** The first event (in time order) of a cluster. */
  firstEventOf(cluster: Cluster): string | undefined {
    return this.#startIndex.at(cluster.firstPosition)?.id;
  }

  /** Whether the gesture under way is the reader's own (a drag, a wheel, a pinch), not a move asked for. */
  #readerMoving = false;

  /**
   * A frame of the zoom, as d3-zoom gives it for the drawn picture: the transform moved, and
   * rows are re-packed once it drifts far from theirs.
   */
  zoomed(drawn: ZoomTransformLike, byReader = false): void {
    this.#readerMoving ||= byReader;
    const next = flipTransform(drawn, this.#drawingWidth, this.#direction);
    this.transform = next;
    if (next.k > this.#packK * PACK_DRIFT || next.k * PACK_DRIFT < this.#packK) this.#packK = quantizeZoom(next.k);
  }

  /** The end of a zoom gesture: rows fit the zoom reached, and the story's viewport learns the range. */
  settled(): void {
    this.#packK = quantizeZoom(this.transform.k);
    // At k = 1 the reader sees everything: no range to remember or to put in the URL.
    const [from, to] = this.#viewRange;
    this.story.viewport.visible = this.transform.k <= 1.001 || !Number.isFinite(from) || !Number.isFinite(to) ? null : [from, to];
    // A drag to another stretch of time is the reader's choice as much as a zoom is.
    if (this.#readerMoving) this.story.viewport.readerMoved();
    this.#readerMoving = false;
  }

  /** The transform (for the drawn picture, as d3-zoom takes it) that shows a range asked for (the whole story, where it opens, or a range). */
  transformFor(request: RangeRequest): ZoomTransformLike {
    return this.#drawn(this.#readingTransformFor(request));
  }

  /** A transform in reading coordinates as d3-zoom takes it, for the drawn picture. */
  #drawn(transform: ZoomTransformLike): ZoomTransformLike {
    return flipTransform(transform, this.#drawingWidth, this.#direction);
  }

  #readingTransformFor(request: RangeRequest): ZoomTransformLike {
    if (request === 'all') return { k: 1, x: 0 };
    // A range asked for is kept inside the story's domain (a link may name any date Date can
    // hold, or none): what overlaps it is shown, and a range wholly outside shows all.
    const [d0, d1] = this.#domain;
    const [from, to] = request === 'story' ? this.#storyRange : request;
    const clamped: TimeDomain = [Math.max(d0, from), Math.min(d1, to)];
    if (!(clamped[0] < clamped[1])) return { k: 1, x: 0 };
    const { k, x } = transformForRange(this.#baseScale, clamped, this.#limits.scaleExtent[1]);
    // As the zoom constrains it: the base scale's [0, width] always covers the view.
    return { k, x: Math.min(0, Math.max(this.#drawingWidth * (1 - k), x)) };
  }

  /** The transform that brings the nearest event beyond an edge into the middle of the view. */
  transformToReveal(side: 'before' | 'after'): ZoomTransformLike | null {
    const index = this.#startIndex;
    const { before, after } = this.offscreen;
    const at = index.at(side === 'before' ? before - 1 : index.size - after)?.parsedDate.startMs;
    return at === undefined ? null : this.#drawn(transformCentredOn(this.#baseScale, this.transform, at));
  }

  /** The transform that brings a shown event into view at the current zoom; null when it is in view, or not shown. */
  transformToBring(id: string): ZoomTransformLike | null {
    const item = this.story.isShown(id) ? this.#measuredOf(id) : undefined;
    if (!item || isInView(this.#scale, item.mark.atMs, 24)) return null;
    return this.#drawn(transformCentredOn(this.#baseScale, this.transform, item.mark.atMs));
  }

  #measuredAt(position: number): PackableItem {
    return this.#measured[position] as PackableItem;
  }

  // `measured` is in the story's order, so the story's own index finds an event's item.
  #measuredOf(id: string): PackableItem | undefined {
    const position = this.story.positionOf(id);
    return position === undefined ? undefined : this.#measuredAt(position);
  }

  /** Where an event is drawn, or would be at its packed row when out of view; undefined when not packed. */
  #placeOf(id: string): FrameMark | undefined {
    const drawn = this.#markById.get(id);
    if (drawn) return drawn;
    const position = this.#placed.positionOf(id);
    const placed = position === undefined ? undefined : this.#placed.at(position);
    return placed ? placeMark(placed, this.#scale, { lanes: this.story.lanes !== null }) : undefined;
  }
}
