/**
 * One embedded timeline's state, apart from the DOM it is drawn in: loads and checks
 * the dataset, applies the view its attributes ask for, and tells the host page when the
 * reader selects an event. Unlike the app, it never reads or writes the page's URL.
 */
import type { Story } from '../state/story.svelte.ts';
import { openStory, type DatasetToOpen, type OpenedStory } from '../state/openStory.ts';
import { applyView } from '../state/urlSync.svelte.ts';
import { KNOWN_BASES, fromSearchParams, knownValues, type KnownValues } from '../state/urlState.ts';
import type { FilterCriteria } from '../model/filter.ts';
import { ROOT_PATH, type Problem } from '../model/validate.ts';
import type { DateBasis } from '../model/schema.ts';
import { languageSwitch, type Locale } from '../i18n/strings.ts';
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

/**
 * Checks an argument of a public method when it is called, before the call is queued: a
 * bad one throws to its caller, rather than inside the load, where it would stop the widget.
 */
function check(ok: unknown, what: string): void {
  if (!ok) throw new TypeError(`<diplomatic-timeline>.${what}`);
}

/** A copy, taken at the call, of a filter's list of strings, or undefined. */
function strings(values: unknown, name: string): string[] | undefined {
  check(
    values === undefined || (Array.isArray(values) && values.every((value) => typeof value == 'string')),
    `setFilters(): ${name} must be an array of strings`,
  );
  return (values as string[] | undefined)?.slice();
}

export class EmbedController {
  story = $state.raw<Story | null>(null);
  problems = $state.raw<Problem[]>([]);
  /** The dataset as parsed, when it failed to validate: the problems name its items by title. */
  input = $state.raw<unknown>(undefined);
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
  #switchLocale = languageSwitch((locale) => {
    this.locale = locale;
    if (this.story) this.story.locale = locale;
  });
  /** Settles when the language asked for last is in (or failed to load): a story waits for it. */
  #localeArrival: Promise<void> = Promise.resolve();
  #lastLoad: [DatasetToOpen, URLSearchParams, URLSearchParams?] | undefined;
  /** Aborts the requests of the load under way, when another supersedes it. */
  #abort: AbortController | undefined;
  /** Calls made before the dataset arrived, replayed once it has. */
  #pending: ((story: Story) => void)[] = [];

  constructor(emit: Emit) {
    this.#emit = emit;
  }

  /**
   * Loads the dataset at `what`, an absolute address (an empty one is refused with a message),
   * or opens one in hand (the Svelte component's `dataset`).
   */
  async load(what: DatasetToOpen, view: URLSearchParams, linked?: URLSearchParams): Promise<void> {
    const serial = ++this.#serial;
    this.#lastLoad = [what, view, linked];
    this.#stopWatching?.();
    this.#abort?.abort();
    const { signal } = (this.#abort = new AbortController());
    this.story = null;
    this.problems = [];
    this.skipped = [];
    const opened: OpenedStory = what
      ? await openStory(what, () => this.locale, { signal })
      : {
          ok: false,
          problems: [{ path: ROOT_PATH, message: 'src is empty: no dataset to load' }],
          retryable: false,
        };
    // A dataset that comes before its reader's language waits for it, rather than be drawn in
    // English and redrawn a moment later in the reader's words, titles moving under their eyes.
    await this.#localeArrival;
    if (serial !== this.#serial) return;
    if (!opened.ok) {
      this.problems = opened.problems;
      this.retryable = opened.retryable;
      this.input = opened.input;
      this.#emit('timeline-load', { ok: false, problems: opened.problems });
      return;
    }
    const story = opened.story;
    // Opened in the language of its request; the reader's may have come in since.
    story.locale = this.locale;
    for (const notice of opened.notices ?? []) warn(notice);
    this.#known = knownValues(story);
    const initial = fromSearchParams(view, this.#known);
    if (initial.ignored.length) warn(`ignored ${initial.ignored.join(', ')}: not in ${typeof what == 'string' ? what : 'the dataset'}`);
    // The host page's fragment may name another timeline's event on the same page: taken
    // when it is one of ours, passed over in silence when not.
    const fromLink = linked && !initial.view.event ? fromSearchParams(linked, this.#known) : undefined;
    applyView(
      story,
      fromLink && !fromLink.ignored.length ? { ...initial.view, event: fromLink.view.event, quote: fromLink.view.quote } : initial.view,
    );
    // Each on its own: a call that throws (its arguments were checked) cannot stop the load.
    for (const call of this.#pending.splice(0))
      try {
        call(story);
      } catch (error) {
        reportError(error);
      }
    this.#watch(story);
    this.skipped = opened.skipped;
    this.story = story;
    this.#emit('timeline-load', { ok: true, title: story.title, events: story.events.length });
  }

  retry(): void {
    if (this.#lastLoad) void this.load(...this.#lastLoad);
  }

  /**
   * Sets the language once its strings are in: a language other than English is a chunk the
   * embed loads on demand (src/i18n/strings.ts), and until it arrives the one before stays.
   * The last call wins; a chunk that fails to load leaves the language as it was.
   */
  setLocale(locale: Locale): void {
    this.#localeArrival = this.#switchLocale(locale);
  }

  get selectedId(): string | null {
    return this.story?.selectedId ?? null;
  }

  /** A CSS length (a plain number is px), or null; anything else would be CSS of the host's choosing. */
  setHeight(value: string | null): void {
    const length = value && /^\s*(\d*\.?\d+)(px|r?em|%|[sdl]?vh|vw|ch|lh|pt)?\s*$/i.exec(value);
    if (value !== null && !length) warn(`ignored height="${value}": not a CSS length like 600px`);
    this.height = length ? length[1] + (length[2] ?? 'px') : null;
  }

  /** Selects an event (null closes it); quietly, since the host page asked for it. */
  select(id: string | null): void {
    check(id === null || typeof id == 'string', "select(): id must be an event's id or null");
    this.#whenLoaded((story) => {
      if (id !== null && !story.event(id)) warn(`no event "${id}"`);
      story.select(id, 'load');
      this.#lastSelected = story.selectedId;
    });
  }

  setFilters(filters: Partial<FilterCriteria>): void {
    check(filters && typeof filters == 'object', 'setFilters(): filters must be an object');
    const countries = strings(filters.countries, 'countries');
    const actors = strings(filters.actors, 'actors');
    const tags = strings(filters.tags, 'tags');
    const bases = strings(filters.bases, 'bases');
    const query: unknown = filters.query;
    check(query === undefined || typeof query == 'string', 'setFilters(): query must be a string');
    this.#whenLoaded((story) => {
      const known = this.#known;
      const keep = (values: readonly string[] | undefined, allowed: ReadonlySet<string> | undefined, label: string) =>
        values?.filter((value) => {
          if (allowed?.has(value)) return true;
          warn(`no ${label} "${value}"`);
          return false;
        });
      story.filters.set({
        countries: keep(countries, known?.countries, 'country'),
        actors: keep(actors, known?.actors, 'actor'),
        tags: keep(tags, known?.tags, 'tag'),
        bases: keep(bases, KNOWN_BASES, 'basis') as DateBasis[] | undefined,
        query: query as string | undefined,
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
        story.select(next.event, 'load');
        this.#lastSelected = story.selectedId;
        break;
      case 'countries':
        story.filters.set({ countries: next.countries });
        break;
      case 'actors':
        story.filters.set({ actors: next.actors });
        break;
      case 'tags':
        story.filters.set({ tags: next.tags });
        break;
      case 'bases':
        story.filters.set({ bases: next.bases });
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
    this.#abort?.abort();
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
