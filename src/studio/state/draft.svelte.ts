/**
 * One story being written in the studio: the dataset as the editor has it (valid or not),
 * its source texts, and the history that undo and redo walk. Components read getters and
 * call verbs; every verb is one step of the history, and a run of keystrokes in one field
 * is one step too. Nothing here touches the DOM or storage (see draftStore.ts).
 *
 * Why copy on write: a step copies the lists it changes and the items it touches, and shares
 * the rest with the step before. A deep copy of the whole story on each keystroke cost 150 ms
 * at 5,000 events; the history holds hundreds of steps for the price of a few.
 */
import type { Actor, ActorKind, Dataset, Quote, Relation, Source, TimelineEvent } from '../../model/schema.ts';
import { SCHEMA_VERSION } from '../../model/schema.ts';
import { slugify } from '../../interop/slug.ts';
import type { Problem } from '../../model/validate.ts';
import { validateOrSalvage, type SalvageResult } from '../../model/salvage.ts';

/** What is saved and what the history holds: plain data, cloned on each step. */
export interface DraftContent {
  dataset: Dataset;
  /** Source texts keyed by the source's `file`, as the validator reads them. */
  texts: Record<string, string>;
}

export interface DraftRecord extends DraftContent {
  id: string;
  savedAt: number;
}

/** The history keeps this many steps back: a long afternoon of editing, at a few kB a step. */
const HISTORY_LIMIT = 300;
/** Keystrokes in one field closer than this are one step of the history. */
const COALESCE_MS = 1500;
/**
 * The problems are worked out this long after the editor stops typing, not on each key: the
 * whole story is validated each time, quotes against their sources, which takes a large story
 * longer than a keystroke should.
 */
export const CHECK_DELAY_MS = 250;

export function emptyDataset(language: string): Dataset {
  return { schemaVersion: SCHEMA_VERSION, title: '', language, sources: [], actors: [], events: [], path: [] } as Dataset;
}

/** A slug not yet among `taken`: `base`, else `base-2`, `base-3`… */
function freeId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  let candidate = base;
  for (let n = 2; used.has(candidate); n++) candidate = `${base}-${n}`;
  return candidate;
}

export class Draft {
  readonly id: string;
  content = $state.raw<DraftContent>({ dataset: emptyDataset('en'), texts: {} });
  /** Bumped on every change, for the store to save and the preview to rebuild. */
  revision = $state(0);
  #past = $state.raw<DraftContent[]>([]);
  #future = $state.raw<DraftContent[]>([]);
  #lastKey: string | null = null;
  #lastAt = 0;
  readonly #now: () => number;
  /** The content the problems were last worked out for. */
  #checked = $state.raw<DraftContent>({ dataset: emptyDataset('en'), texts: {} });
  #checkTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(record: Pick<DraftRecord, 'id'> & Partial<DraftContent>, now: () => number = Date.now) {
    this.id = record.id;
    this.#now = now;
    if (record.dataset) this.content = { dataset: record.dataset, texts: record.texts ?? {} };
    this.#checked = this.content;
  }

  get dataset(): Dataset {
    return this.content.dataset;
  }

  get texts(): Readonly<Record<string, string>> {
    return this.content.texts;
  }

  get canUndo(): boolean {
    return this.#past.length > 0;
  }

  get canRedo(): boolean {
    return this.#future.length > 0;
  }

  /**
   * The story as it stood a moment ago, checked as a reader's page checks it: whole, or with its
   * broken events left out (what the preview shows), or refused. Worked out once for the problem
   * list and the preview.
   */
  readonly validation: SalvageResult = $derived(validateOrSalvage(this.#checked.dataset, { sourceTexts: this.#checked.texts }));

  /** Every problem of that story, in one pass: shape, references, dates, quotes. */
  readonly problems: Problem[] = $derived(this.validation.ok ? this.validation.skipped : this.validation.problems);

  /** The content `validation` is of. */
  get checkedContent(): DraftContent {
    return this.#checked;
  }

  /** Whether the problems listed are those of the story as it stands. */
  get checked(): boolean {
    return this.#checked === this.content;
  }

  /** Works out the problems now (an undo, a publish, a test), rather than after the pause. */
  check(): void {
    clearTimeout(this.#checkTimer);
    this.#checked = this.content;
  }

  #checkSoon(): void {
    clearTimeout(this.#checkTimer);
    this.#checkTimer = setTimeout(() => this.check(), CHECK_DELAY_MS);
  }

  /**
   * Applies `change` as one step of the history, to a new content whose lists are copies and
   * whose items are shared: `change` replaces an item before changing it (`own`). Steps with
   * the same `key` (a field) in quick succession are one: undo takes back the word, not each letter.
   */
  edit(change: (content: DraftContent) => void, key: string | null = null): void {
    const now = this.#now();
    const coalesce = key !== null && key === this.#lastKey && now - this.#lastAt < COALESCE_MS && this.#past.length > 0;
    const { dataset, texts } = this.content;
    const next: DraftContent = {
      dataset: {
        ...dataset,
        sources: [...dataset.sources],
        actors: [...dataset.actors],
        events: [...dataset.events],
        ...(dataset.path ? { path: [...dataset.path] } : {}),
      },
      texts: { ...texts },
    };
    change(next);
    if (!coalesce) this.#past = [...this.#past.slice(-(HISTORY_LIMIT - 1)), this.content];
    this.#future = [];
    this.#lastKey = key;
    this.#lastAt = now;
    this.content = next;
    this.revision++;
    this.#checkSoon();
  }

  undo(): void {
    const previous = this.#past.at(-1);
    if (!previous) return;
    this.#past = this.#past.slice(0, -1);
    this.#future = [this.content, ...this.#future];
    this.#restore(previous);
  }

  redo(): void {
    const next = this.#future[0];
    if (!next) return;
    this.#future = this.#future.slice(1);
    this.#past = [...this.#past, this.content];
    this.#restore(next);
  }

  #restore(content: DraftContent): void {
    this.#lastKey = null;
    this.content = content;
    this.revision++;
    this.check();
  }

  // ---- the story

  setStory(field: 'title' | 'description' | 'language', value: string): void {
    this.edit(({ dataset }) => {
      if (value === '' && field !== 'title') delete dataset[field];
      else dataset[field] = value;
    }, `story.${field}`);
  }

  // ---- sources

  /** Adds a source with its text; returns its id. Its file is named after it, so two sources never share one. */
  addSource(title: string, text: string, origin = ''): string {
    const id = freeId(
      slugify(title) || 'source',
      this.dataset.sources.map((source) => source.id),
    );
    this.edit(({ dataset, texts }) => {
      const file = `sources/${id}.txt`;
      dataset.sources.push({ id, title, file, ...(origin ? { origin } : {}) });
      texts[file] = text;
    });
    return id;
  }

  updateSource(index: number, patch: Partial<Pick<Source, 'title' | 'origin'>>): void {
    this.edit(
      ({ dataset }) => {
        const source = own(dataset.sources, index);
        if (!source) return;
        Object.assign(source, patch);
        if (source.origin === '') delete source.origin;
      },
      `sources[${index}].${Object.keys(patch).join()}`,
    );
  }

  setSourceText(index: number, text: string): void {
    this.edit(({ dataset, texts }) => {
      const source = dataset.sources[index];
      if (source) texts[source.file] = text;
    }, `sources[${index}].text`);
  }

  removeSource(index: number): void {
    this.edit(({ dataset, texts }) => {
      const [removed] = dataset.sources.splice(index, 1);
      if (removed && !dataset.sources.some((source) => source.file === removed.file)) delete texts[removed.file];
    });
  }

  // ---- actors

  addActor(name: string, kind: ActorKind = 'person', extra: Partial<Pick<Actor, 'country' | 'role'>> = {}): string {
    const id = freeId(
      slugify(name) || 'actor',
      this.dataset.actors.map((actor) => actor.id),
    );
    this.edit(({ dataset }) => void dataset.actors.push({ id, name, kind, ...extra }));
    return id;
  }

  updateActor(index: number, patch: Partial<Omit<Actor, 'id'>>): void {
    this.edit(
      ({ dataset }) => {
        const actor = own(dataset.actors, index);
        if (!actor) return;
        Object.assign(actor, patch);
        if (!actor.country) delete actor.country;
        if (!actor.role) delete actor.role;
      },
      `actors[${index}].${Object.keys(patch).join()}`,
    );
  }

  /** Removes an actor, and its place in the events and quotes that named it. */
  removeActor(index: number): void {
    this.edit(({ dataset }) => {
      const [removed] = dataset.actors.splice(index, 1);
      if (!removed) return;
      dataset.events.forEach((event, i) => {
        if (!event.actors.includes(removed.id) && !event.quotes.some((quote) => quote.speaker === removed.id)) return;
        const changed = own(dataset.events, i) as TimelineEvent;
        changed.actors = changed.actors.filter((id) => id !== removed.id);
        for (const quote of changed.quotes) if (quote.speaker === removed.id) delete quote.speaker;
      });
    });
  }

  // ---- the author's path through the story

  addPathStep(eventId: string): void {
    this.edit(({ dataset }) => void (dataset.path = [...(dataset.path ?? []), { event: eventId }]));
  }

  updatePathNote(index: number, note: string): void {
    this.edit(({ dataset }) => {
      const step = dataset.path?.[index];
      if (!step || !dataset.path) return;
      dataset.path[index] = note ? { ...step, note } : { event: step.event };
    }, `path[${index}].note`);
  }

  /** Moves a step one place earlier (-1) or later (+1). */
  movePathStep(index: number, by: -1 | 1): void {
    this.edit(({ dataset }) => {
      const path = dataset.path;
      const [step] = path?.splice(index, 1) ?? [];
      if (step && path) path.splice(Math.max(0, Math.min(path.length, index + by)), 0, step);
    });
  }

  removePathStep(index: number): void {
    this.edit(({ dataset }) => void dataset.path?.splice(index, 1));
  }

  // ---- events

  /** Adds an event dated as the editor will say; returns its index. */
  addEvent(): number {
    const index = this.dataset.events.length;
    const id = freeId(
      `event-${index + 1}`,
      this.dataset.events.map((event) => event.id),
    );
    this.edit(({ dataset }) => {
      dataset.events.push({
        id,
        title: '',
        date: '',
        dateBasis: 'stated',
        dateNote: '',
        status: 'occurred',
        countries: [],
        actors: [],
        summary: '',
        quotes: [],
        related: [],
      });
    });
    return index;
  }

  /**
   * Changes an event's fields. A title given to an event whose id was made for it (the
   * placeholder, or the slug of its former title) renames the id after it, and the links to it.
   */
  updateEvent(index: number, patch: Partial<TimelineEvent>): void {
    this.edit(
      ({ dataset }) => {
        const event = own(dataset.events, index);
        if (!event) return;
        const ownId = event.id === `event-${index + 1}` || event.id === slugify(event.title);
        Object.assign(event, patch);
        for (const key of ['tags', 'media'] as const) {
          const value = event[key];
          if (value === undefined || (Array.isArray(value) && value.length === 0)) delete event[key];
        }
        // Last: renaming puts copies of the event and of those linking to it in their places.
        if (patch.title !== undefined && ownId && slugify(patch.title)) {
          const others = dataset.events.filter((_, i) => i !== index).map((other) => other.id);
          renameEvent(dataset, event.id, freeId(slugify(patch.title), others));
        }
      },
      `events[${index}].${Object.keys(patch).join()}`,
    );
  }

  removeEvent(index: number): void {
    this.edit(({ dataset }) => {
      const [removed] = dataset.events.splice(index, 1);
      if (!removed) return;
      dataset.events.forEach((event, i) => {
        if (event.related.some((relation) => relation.event === removed.id)) {
          (own(dataset.events, i) as TimelineEvent).related = event.related.filter((relation) => relation.event !== removed.id);
        }
      });
      if (dataset.path) dataset.path = dataset.path.filter((step) => step.event !== removed.id);
    });
  }

  addQuote(eventIndex: number, quote: Quote): void {
    this.edit(({ dataset }) => void own(dataset.events, eventIndex)?.quotes.push(quote));
  }

  updateQuote(eventIndex: number, quoteIndex: number, patch: Partial<Quote>): void {
    this.edit(
      ({ dataset }) => {
        const quote = own(dataset.events, eventIndex)?.quotes[quoteIndex];
        if (!quote) return;
        Object.assign(quote, patch);
        if (!quote.speaker) delete quote.speaker;
      },
      `events[${eventIndex}].quotes[${quoteIndex}].${Object.keys(patch).join()}`,
    );
  }

  removeQuote(eventIndex: number, quoteIndex: number): void {
    this.edit(({ dataset }) => void own(dataset.events, eventIndex)?.quotes.splice(quoteIndex, 1));
  }

  addRelation(eventIndex: number, relation: Relation): void {
    this.edit(({ dataset }) => void own(dataset.events, eventIndex)?.related.push(relation));
  }

  removeRelation(eventIndex: number, relationIndex: number): void {
    this.edit(({ dataset }) => void own(dataset.events, eventIndex)?.related.splice(relationIndex, 1));
  }
}

/**
 * Item `index` of `list` as a copy of its own, put in its place, so that changing it leaves
 * the step before untouched. An item is small: its lists (quotes, countries…) are copied whole.
 */
function own<T extends object>(list: T[], index: number): T | undefined {
  const item = list[index];
  if (item === undefined) return undefined;
  const copy = structuredClone(item);
  list[index] = copy;
  return copy;
}

/** Renames an event and every link and path step that names it. */
function renameEvent(dataset: Dataset, from: string, to: string): void {
  if (from === to) return;
  dataset.events.forEach((event, i) => {
    if (event.id !== from && !event.related.some((relation) => relation.event === from)) return;
    const renamed = own(dataset.events, i) as TimelineEvent;
    if (renamed.id === from) renamed.id = to;
    for (const relation of renamed.related) if (relation.event === from) relation.event = to;
  });
  if (dataset.path) dataset.path = dataset.path.map((step) => (step.event === from ? { ...step, event: to } : step));
}
