/**
 * One embedded timeline's state, apart from the DOM it is drawn in: loads and checks
 * the dataset, applies the view its attributes ask for, and tells the host page when the
 * reader selects an event. Unlike the app, it never reads or writes the page's URL.
 */
import type { Story } from '../state/story.svelte.ts';
import { openStory } from '../state/openStory.ts';
import { applyView } from '../state/urlSync.svelte.ts';
import { fromSearchParams, knownValues, type KnownValues } from '../state/urlState.ts';
import type { FilterCriteria } from '../model/filter.ts';
import type { Problem } from '../model/validate.ts';
import type { Locale } from '../i18n/strings.ts';
import type { ViewAttribute } from './attributes.ts';

export interface EmbedEvents {
  /** The reader selected an event, or closed it (`id: null`). Not sent for `select()` calls. */
  'timeline-select': { id: string | null };
  /** The dataset loaded (or failed to: `problems` says why). */
  'timeline-load': { ok: true; title: string; events: number } | { ok: false; problems: Problem[] };
}

export type Emit = <K extends keyof EmbedEvents>(type: K, detail: EmbedEvents[K]) => void;

function warn(message: string): void {
  console.warn(`<diplomatic-timeline>: ${message}`);
}

export class EmbedController {
  story = $state.raw<Story | null>(null);
  problems = $state.raw<Problem[]>([]);
  /** Whether retrying may help with `problems` (a network failure, not a broken file). */
  retryable = $state(false);
  /** Broken events left out of a dataset that is otherwise sound. */
  skipped = $state.raw<Problem[]>([]);
  locale = $state<Locale>('en');
  /** A CSS height for the widget, which then scrolls inside; null: as tall as its content. */
  height = $state<string | null>(null);

  readonly #emit: Emit;
  #known: KnownValues | null = null;
  #lastSelected: string | null = null;
  #stopWatching: (() => void) | undefined;
  #serial = 0;
  #lastLoad: [string, URLSearchParams] | undefined;
  /** Calls made before the dataset arrived, replayed once it has. */
  #pending: ((story: Story) => void)[] = [];

  constructor(emit: Emit) {
    this.#emit = emit;
  }

  async load(url: string, view: URLSearchParams): Promise<void> {
    const serial = ++this.#serial;
    this.#lastLoad = [url, view];
    this.#stopWatching?.();
    this.story = null;
    this.problems = [];
    this.skipped = [];
    const opened = await openStory(url, () => this.locale);
    if (serial !== this.#serial) return;
    if (!opened.ok) {
      this.problems = opened.problems;
      this.retryable = opened.retryable;
      this.#emit('timeline-load', { ok: false, problems: opened.problems });
      return;
    }
    const story = opened.story;
    this.#known = knownValues(story);
    const initial = fromSearchParams(view, this.#known);
    if (initial.ignored.length) warn(`ignored ${initial.ignored.join(', ')}: not in ${url}`);
    applyView(story, initial.view);
    for (const call of this.#pending.splice(0)) call(story);
    this.#watch(story);
    this.skipped = opened.skipped;
    this.story = story;
    this.#emit('timeline-load', { ok: true, title: story.title, events: story.events.length });
  }

  retry(): void {
    if (this.#lastLoad) void this.load(...this.#lastLoad);
  }

  setLocale(locale: Locale): void {
    this.locale = locale;
    if (this.story) this.story.locale = locale;
  }

  get selectedId(): string | null {
    return this.story?.selectedId ?? null;
  }

  /** Selects an event (null closes it); quietly, since the host page asked for it. */
  select(id: string | null): void {
    this.#whenLoaded((story) => {
      if (id !== null && !story.event(id)) warn(`no event "${id}"`);
      story.select(id);
      this.#lastSelected = story.selectedId;
    });
  }

  setFilters(filters: Partial<FilterCriteria>): void {
    this.#whenLoaded((story) => {
      const known = this.#known;
      const keep = (values: readonly string[] | undefined, allowed: ReadonlySet<string> | undefined, label: string) =>
        values?.filter((value) => {
          if (allowed?.has(value)) return true;
          warn(`no ${label} "${value}"`);
          return false;
        });
      story.filters.set({
        countries: keep(filters.countries, known?.countries, 'country'),
        actors: keep(filters.actors, known?.actors, 'actor'),
        query: filters.query,
      });
    });
  }

  /** Applies one view attribute that changed after the dataset loaded. */
  applyAttribute(attribute: ViewAttribute, view: URLSearchParams): void {
    const story = this.story;
    if (!story || !this.#known) return;
    const { view: next, ignored } = fromSearchParams(view, this.#known);
    if (ignored.length) warn(`ignored ${ignored.join(', ')}`);
    switch (attribute) {
      case 'event':
        story.select(next.event);
        this.#lastSelected = story.selectedId;
        break;
      case 'countries':
        story.filters.set({ countries: next.countries });
        break;
      case 'actors':
        story.filters.set({ actors: next.actors });
        break;
      case 'query':
        story.filters.set({ query: next.query });
        break;
      case 'range':
        story.viewport.show(next.range ?? 'story');
        break;
      case 'lanes':
        story.lanes = next.lanes;
        break;
      case 'view':
        story.mode = next.mode;
        break;
    }
  }

  destroy(): void {
    this.#serial += 1;
    this.#stopWatching?.();
  }

  #whenLoaded(call: (story: Story) => void): void {
    if (this.story) call(this.story);
    else this.#pending.push(call);
  }

  /** Tells the host page about selections the reader makes. */
  #watch(story: Story): void {
    this.#lastSelected = story.selectedId;
    this.#stopWatching = $effect.root(() => {
      $effect(() => {
        const id = story.selectedId;
        if (id === this.#lastSelected) return;
        this.#lastSelected = id;
        this.#emit('timeline-select', { id });
      });
    });
  }
}
