/**
 * One story on screen: the validated dataset, the reader's filters and selection, and
 * what is derived from them. Components read getters and call verbs; nothing here
 * touches the DOM, so the same story drives the page, the custom element and the tests.
 */
import { compareDates } from '../model/edtf.ts';
import { NO_FILTERS, createFilter, hasFilters, type FacetCounts, type FilterOutcome } from '../model/filter.ts';
import { allLinks, indexLinks, relationsOf, threadOf, type Link, type LinkIndex } from '../model/relations.ts';
import type { Actor, Dataset, PathStep, Source } from '../model/schema.ts';
import type { ParsedEvent } from '../model/validate.ts';
import type { Locale } from '../i18n/strings.ts';
import { eventDateInWords } from '../i18n/dates.ts';
import { FilterState } from './filters.svelte.ts';
import { Viewport } from './viewport.svelte.ts';

/** What the timeline's lanes group the events by (an event's first country or first tag), or null for one lane. */
export type LaneGrouping = 'country' | 'tag' | null;

export interface StoryInput {
  dataset: Dataset;
  events: readonly ParsedEvent[];
  /** Source texts keyed by the source's `file`, for "read in context". */
  sourceTexts?: ReadonlyMap<string, string>;
  locale?: Locale;
  /** The dataset's address, absolute or relative to the page: relative media paths start there. */
  baseUrl?: string | undefined;
}

export class Story {
  /** The dataset as validated: its title, sources and actors, and what a citation of it needs (url, publisher). */
  readonly dataset: Dataset;
  readonly title: string;
  /** Language of the dataset's texts, which may differ from the interface's. */
  readonly language: string | undefined;
  /** In time order: the order of keyboard navigation and of the list view. */
  readonly events: readonly ParsedEvent[];
  readonly actorsById: ReadonlyMap<string, Actor>;
  readonly sourcesById: ReadonlyMap<string, Source>;
  /** Source texts keyed by the source's `file`. */
  readonly sourceTexts: ReadonlyMap<string, string>;
  readonly links: readonly Link[];
  /** Links by the id of either end: the detail's relations and a frame's links look up only their own. */
  readonly linkIndex: LinkIndex;
  /** Actors that take part in at least one event, for the actor filter. */
  readonly actorIdsInEvents: ReadonlySet<string>;
  readonly countries: readonly string[];
  /** The tags the events carry, most frequent first. */
  readonly tags: readonly string[];
  /** Position of each event in `events`. */
  readonly #positions: ReadonlyMap<string, number>;
  readonly #baseUrl: string | undefined;
  readonly #filtered: FilterOutcome<ParsedEvent>;

  readonly filters = new FilterState();
  readonly viewport = new Viewport();
  selectedId = $state<string | null>(null);
  /**
   * Who made the selection: the reader (a click, a key: focus may move to the detail) or
   * a load (a link's or an attribute's `event=`, the embed's `select()`, Back/Forward),
   * which must never move focus or scroll the page.
   */
  selectedBy = $state<'reader' | 'load'>('reader');
  /**
   * The key of the selected event's quote that a permalink pointed at (interop/permalink.ts),
   * marked in the detail; any new selection clears it.
   */
  linkedQuote = $state<string | null>(null);
  /** The event that has keyboard focus in the timeline (its roving tab stop). */
  focusedId = $state<string | null>(null);
  lanes = $state<LaneGrouping>(null);
  mode = $state<'timeline' | 'list'>('timeline');
  locale = $state<Locale>('en');

  readonly selected: ParsedEvent | null;
  /**
   * The event whose thread the reader follows (model/relations.ts threadOf), or null: the
   * thread's events stand out, the others recede, and Previous and Next walk the thread.
   */
  thread = $state<string | null>(null);
  /** Whether the followed thread goes on through context links too; by default they only set the scene. */
  threadWithContext = $state(false);
  /** The author's path through the story (the dataset's `path`), its steps in order; empty when it gives none. */
  readonly path: readonly PathStep[];
  readonly #narration: ReadonlyMap<string, string>;
  /** Whether Previous and Next walk the author's path rather than time order (Start walks it, when there is one). */
  walkingPath = $state(false);
  readonly #threadIds: ReadonlySet<string> | null;
  readonly #readingOrder: readonly ParsedEvent[];

  constructor(input: StoryInput) {
    this.dataset = input.dataset;
    this.title = input.dataset.title;
    this.language = input.dataset.language;
    this.events = inTimeOrder(input.events);
    this.actorsById = new Map(input.dataset.actors.map((actor) => [actor.id, actor]));
    this.sourcesById = new Map(input.dataset.sources.map((source) => [source.id, source]));
    this.sourceTexts = input.sourceTexts ?? new Map();
    this.#baseUrl = input.baseUrl;
    this.links = allLinks(this.events);
    this.linkIndex = indexLinks(this.links);
    this.#positions = new Map(this.events.map((event, position) => [event.id, position]));
    const filter = createFilter(this.events);
    // Unfiltered, the facet counts say which countries and actors the events name, and how
    // often: one pass serves the first view, the country order and the actor filter.
    const unfiltered = filter(NO_FILTERS);
    this.countries = unfiltered.counts.countries.map((entry) => entry.value);
    this.actorIdsInEvents = new Set(unfiltered.counts.actors.map((entry) => entry.value));
    this.tags = unfiltered.counts.tags.map((entry) => entry.value);
    if (input.locale) this.locale = input.locale;

    this.#filtered = $derived(hasFilters(this.filters.criteria) ? filter(this.filters.criteria) : unfiltered);
    this.selected = $derived(this.selectedId ? (this.event(this.selectedId) ?? null) : null);
    this.path = (input.dataset.path ?? []).filter((step) => this.#positions.has(step.event));
    this.#narration = new Map(this.path.flatMap((step) => (step.note ? [[step.event, step.note] as const] : [])));
    this.#threadIds = $derived(this.thread ? threadOf(this.thread, this.linkIndex, { withContext: this.threadWithContext }) : null);
    this.#readingOrder = $derived.by(() => {
      const thread = this.#threadIds;
      if (thread) return this.shownEvents.filter((event) => thread.has(event.id));
      if (this.walkingPath) return this.path.flatMap((step) => (this.isShown(step.event) ? [this.event(step.event) as ParsedEvent] : []));
      return this.shownEvents;
    });
  }

  /** The events the filters keep, in time order. */
  get shownEvents(): readonly ParsedEvent[] {
    return this.#filtered.shown;
  }

  /** 1 at the position (in `events`) of each event the filters keep. */
  get shownMask(): Uint8Array {
    return this.#filtered.shownMask;
  }

  get counts(): FacetCounts {
    return this.#filtered.counts;
  }

  /**
   * Where a media address leads: a relative path from the dataset's address. Only http(s):
   * the validator refuses any other scheme, and this holds even for a dataset it never saw.
   */
  mediaHref(url: string): string | undefined {
    try {
      const page = globalThis.document?.baseURI;
      const base = this.#baseUrl === undefined ? page : new URL(this.#baseUrl, page).href;
      const href = new URL(url, base);
      return href.protocol === 'https:' || href.protocol === 'http:' ? href.href : undefined;
    } catch {
      return undefined;
    }
  }

  /** The lane an event is drawn in: its first country or first tag ('' for none), or '' with no lanes. */
  laneOf(event: Pick<ParsedEvent, 'countries' | 'tags'>): string {
    return (this.lanes === 'tag' ? event.tags?.[0] : this.lanes === 'country' ? event.countries[0] : '') ?? '';
  }

  /** The order of the lanes: the most frequent country or tag first. */
  get laneOrder(): readonly string[] {
    return this.lanes === 'tag' ? this.tags : this.countries;
  }

  event(id: string): ParsedEvent | undefined {
    const position = this.#positions.get(id);
    return position === undefined ? undefined : this.events[position];
  }

  /** Where an event stands in `events`: its index in anything kept in the story's order. */
  positionOf(id: string): number | undefined {
    return this.#positions.get(id);
  }

  relationsOf(id: string) {
    return relationsOf(id, this.linkIndex);
  }

  isShown(id: string): boolean {
    const position = this.#positions.get(id);
    return position !== undefined && this.shownMask[position] === 1;
  }

  select(id: string | null, by: 'reader' | 'load' = 'reader'): void {
    this.selectedBy = by;
    this.linkedQuote = null;
    this.selectedId = id && this.#positions.has(id) ? id : null;
    if (this.selectedId) this.focusedId = this.selectedId;
  }

  // Each event's date in words, worded once per language: the marks, the rows, the list and the
  // detail all say it, and a zoom frame or a re-render of the rows must not word it again.
  readonly #datesInWords = $derived.by(() => {
    void this.locale;
    return new Map<string, string>();
  });

  /** An event's date in words in the interface's language ("about 17 September 2021"). */
  dateInWords(event: ParsedEvent): string {
    const worded = this.#datesInWords;
    let words = worded.get(event.id);
    if (words === undefined) worded.set(event.id, (words = eventDateInWords(event, this.locale)));
    return words;
  }

  /** The events of the followed thread, or null when the reader follows none. */
  get threadIds(): ReadonlySet<string> | null {
    return this.#threadIds;
  }

  /** What Previous and Next walk, in time order: the shown events, or those of the followed thread. */
  get readingOrder(): readonly ParsedEvent[] {
    return this.#readingOrder;
  }

  /** Where an event stands on the reading path ("7 of 31"), and its neighbours there; null when it is off the path. */
  placeOnPath(id: string): { index: number; total: number; previous: ParsedEvent | undefined; next: ParsedEvent | undefined } | null {
    const order = this.#readingOrder;
    const index = order.findIndex((event) => event.id === id);
    if (index < 0) return null;
    return { index, total: order.length, previous: order[index - 1], next: order[index + 1] };
  }

  /** Opens the first event of the path: the author's when there is one, else the shown story's, or the thread's. */
  start(): void {
    if (this.path.length > 0 && this.thread === null) this.walkingPath = true;
    const first = this.#readingOrder[0];
    if (first) this.select(first.id);
  }

  /** The author's line of narration for an event, while Previous and Next walk the path. */
  narrationFor(id: string): string | undefined {
    return this.walkingPath && this.thread === null ? this.#narration.get(id) : undefined;
  }

  followThread(id: string): void {
    if (!this.#positions.has(id)) return;
    this.thread = id;
    this.walkingPath = false;
  }

  leaveThread(): void {
    this.thread = null;
  }

  /** Neighbour of `id` among the shown events in time order, for the arrow keys. */
  step(id: string | null, offset: number): ParsedEvent | undefined {
    const shown = this.shownEvents;
    if (shown.length === 0) return undefined;
    const at = id ? shown.findIndex((event) => event.id === id) : -1;
    if (at === -1) return offset >= 0 ? shown[0] : shown[shown.length - 1];
    return shown[Math.min(shown.length - 1, Math.max(0, at + offset))];
  }
}

/** Ties in time go by id, compared by code unit: as stable as a collator's order, many times faster. */
const byTimeThenId = (a: ParsedEvent, b: ParsedEvent) =>
  compareDates(a.parsedDate, b.parsedDate) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A copy in time order; a dataset written in that order (most are) is only checked, not sorted. */
function inTimeOrder(events: readonly ParsedEvent[]): ParsedEvent[] {
  for (let i = 1; i < events.length; i++) {
    if (byTimeThenId(events[i - 1] as ParsedEvent, events[i] as ParsedEvent) > 0) return [...events].sort(byTimeThenId);
  }
  return [...events];
}
