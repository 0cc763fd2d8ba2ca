/**
 * The vertical timeline's state: which clusters the reader opened, and the rows that follow
 * from the shown events (layout/vertical.ts). Row positions are only known once the browser
 * has wrapped each title, so the rail (span extents, links) is drawn from `anchors` that the
 * component measures and hands back.
 */
import { SvelteSet } from 'svelte/reactivity';
import type { Story } from './story.svelte.ts';
import { railScale, verticalRows, type RailAnchor, type VerticalRow } from '../layout/vertical.ts';
import { markTimes } from '../layout/marks.ts';
import { packIntervals } from '../layout/pack.ts';
import type { ParsedEvent } from '../model/validate.ts';
import { linksTouching } from '../model/relations.ts';
import type { FrameLink } from '../layout/frame.ts';

/** A measured point of the rail: a row's glyph (with its event's id) or a break's edge. */
export interface MeasuredAnchor extends RailAnchor {
  readonly id?: string;
}

/** How many columns of span bars the rail's gutter holds; a longer overlap is left to the rows' own glyphs. */
export const RAIL_COLUMNS = 3;

/** A span's extent along the rail, in px from the list's top. */
export interface RailSpan {
  readonly id: string;
  /** 0 beside the rail, then further out. */
  readonly column: number;
  /** The whole range a coarse date covers (drawn faint), or null. */
  readonly band: { readonly y1: number; readonly y2: number } | null;
  /** The part the event certainly covers (drawn solid), or null. */
  readonly certain: { readonly y1: number; readonly y2: number } | null;
  readonly fuzzy: boolean;
}

/** The space before a row is drawn in steps of this many px (see VerticalTimeline.svelte's [data-space]). */
const SPACE_STEP_PX = 3;
/** The most space a gap between two rows takes: time is read from the dates, the space only hints at it. */
const MAX_GAP_PX = 6 * SPACE_STEP_PX;

/** The step of space before a row, 0 to 6. */
export function spaceStep(spaceBeforePx: number): number {
  return Math.min(MAX_GAP_PX / SPACE_STEP_PX, Math.max(0, Math.round(spaceBeforePx / SPACE_STEP_PX)));
}

/** Space kept between two span bars that share a column. */
const RAIL_GAP_PX = 4;

export class VerticalView {
  readonly #story: () => Story;
  readonly #expanded = new SvelteSet<string>();
  /** Each row's glyph and each break's edges, in px from the list's top, measured after render. */
  anchors = $state<readonly MeasuredAnchor[]>([]);
  /** The x of the rail in px, measured with the anchors. */
  railX = $state(0);
  readonly #glyphY = $derived(new Map(this.anchors.flatMap((anchor) => (anchor.id ? [[anchor.id, anchor.y] as const] : []))));

  readonly #rows = $derived.by((): readonly VerticalRow[] => {
    const shown = this.#story().shownEvents;
    return verticalRows(
      shown.map((event) => ({ id: event.id, startMs: event.parsedDate.startMs, endMs: event.parsedDate.endMs })),
      { expanded: this.#expanded, maxGapPx: MAX_GAP_PX },
    );
  });
  readonly #railY = $derived(railScale(this.anchors));
  readonly #railSpans = $derived.by((): readonly RailSpan[] => {
    if (this.anchors.length === 0) return [];
    const y = this.#railY;
    const spans = this.#rows.flatMap((row) => {
      if (row.kind !== 'event') return [];
      const event = this.eventAt(row.index);
      if (!event) return [];
      const mark = markTimes(event);
      if (mark.kind !== 'span') return [];
      const band = mark.precisionBand ? { y1: y(mark.precisionBand.startMs), y2: y(mark.precisionBand.endMs) } : null;
      const certain = mark.certainSpan ? { y1: y(mark.certainSpan.startMs), y2: y(mark.certainSpan.endMs) } : null;
      const y1 = Math.min(band?.y1 ?? Infinity, certain?.y1 ?? Infinity);
      const y2 = Math.max(band?.y2 ?? -Infinity, certain?.y2 ?? -Infinity);
      return Number.isFinite(y1) && Number.isFinite(y2)
        ? [{ id: event.id, band, certain, fuzzy: mark.approximate || mark.uncertain, y1, y2 }]
        : [];
    });
    // Overlapping spans take columns side by side, as rows of marks do in the horizontal form.
    const { rows } = packIntervals(spans.map((span) => ({ startMs: span.y1, endMs: span.y2 + RAIL_GAP_PX })));
    return spans.flatMap((span, i) => {
      const column = rows[i] ?? 0;
      return column < RAIL_COLUMNS ? [{ id: span.id, column, band: span.band, certain: span.certain, fuzzy: span.fuzzy }] : [];
    });
  });

  constructor(story: () => Story) {
    this.#story = story;
  }

  get rows(): readonly VerticalRow[] {
    return this.#rows;
  }

  /** Where a time falls on the rail, in px from the list's top. */
  get railY(): (timeMs: number) => number {
    return this.#railY;
  }

  /** The extents of the shown spans along the rail, once rows are measured. */
  get railSpans(): readonly RailSpan[] {
    return this.#railSpans;
  }

  /** Where the rail starts and ends: the first and last measured rows. */
  get railExtent(): readonly [number, number] {
    const first = this.anchors[0]?.y ?? 0;
    return [first, this.anchors.at(-1)?.y ?? first];
  }

  /** The links of the `active` events whose both ends have a row, drawn between their glyphs. */
  linksOf(active: ReadonlySet<string>): FrameLink[] {
    const story = this.#story();
    return linksTouching(story.linkIndex, active).flatMap((link) => {
      const fromY = this.#glyphY.get(link.from);
      const toY = this.#glyphY.get(link.to);
      if (fromY === undefined || toY === undefined) return [];
      return [{ ...link, fromPoint: { x: this.railX, y: fromY }, toPoint: { x: this.railX, y: toY }, emphasis: 'strong' as const }];
    });
  }

  /** The shown event at a row's position in the story's shown events. */
  eventAt(index: number): ParsedEvent | undefined {
    return this.#story().shownEvents[index];
  }

  isExpanded(key: string): boolean {
    return this.#expanded.has(key);
  }

  expand(key: string): void {
    this.#expanded.add(key);
  }

  collapse(key: string): void {
    this.#expanded.delete(key);
  }

  /** Opens the cluster that folds `id`, if any, so that its row exists. */
  reveal(id: string): void {
    const index = this.#story().shownEvents.findIndex((event) => event.id === id);
    if (index < 0) return;
    const holder = this.#rows.find((row) => row.kind === 'cluster' && index >= row.from && index < row.to);
    if (holder?.kind === 'cluster') this.expand(holder.key);
  }

  /** The event a focus should land on: the one given if it has a row, else the first shown. */
  tabStop(focusedId: string | null): string | null {
    if (focusedId && this.#rows.some((row) => row.kind === 'event' && row.id === focusedId)) return focusedId;
    return this.#rows.find((row) => row.kind === 'event')?.id ?? null;
  }
}
