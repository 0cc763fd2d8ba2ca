/**
 * One story being written in the studio: the dataset as the editor has it (valid or not),
 * its source texts, and the history that undo and redo walk. Components read getters and
 * call verbs; every verb is one step of the history, and a run of keystrokes in one field
 * is one step too. Nothing here touches the DOM or storage (see draftStore.ts).
 */
import type { Actor, ActorKind, Dataset, Quote, Relation, Source, TimelineEvent } from '../../model/schema.ts';
import { SCHEMA_VERSION } from '../../model/schema.ts';
import { slugify } from '../../interop/slug.ts';
import { validateDataset, type Problem } from '../../model/validate.ts';

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

  constructor(record: Pick<DraftRecord, 'id'> & Partial<DraftContent>, now: () => number = Date.now) {
    this.id = record.id;
    this.#now = now;
    if (record.dataset) this.content = { dataset: record.dataset, texts: record.texts ?? {} };
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

  /** Every problem of the story as it stands, in one pass: shape, references, dates, quotes. */
  readonly problems: Problem[] = $derived.by(() => {
    const result = validateDataset(this.content.dataset, { sourceTexts: this.content.texts });
    return result.ok ? [] : result.problems;
  });

  /**
   * Applies `change` to a copy of the content as one step of the history. Steps with the same
   * `key` (a field) in quick succession are one: undo takes back the word, not each letter.
   */
  edit(change: (content: DraftContent) => void, key: string | null = null): void {
    const now = this.#now();
    const coalesce = key !== null && key === this.#lastKey && now - this.#lastAt < COALESCE_MS && this.#past.length > 0;
    const next = structuredClone(this.content);
    change(next);
    if (!coalesce) this.#past = [...this.#past.slice(-(HISTORY_LIMIT - 1)), this.content];
    this.#future = [];
    this.#lastKey = key;
    this.#lastAt = now;
    this.content = next;
    this.revision++;
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
        const source = dataset.sources[index];
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
        const actor = dataset.actors[index];
        if (!actor) return;
        Object.assign(actor, patch);
        if (!actor.country) delete actor.country;
        if (!actor.role) delete actor.role;
      },
      `actors[${index}].${Object.keys(patch).join()}`,
    );
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
        const event = dataset.events[index];
        if (!event) return;
        const ownId = event.id === `event-${index + 1}` || event.id === slugify(event.title);
        Object.assign(event, patch);
        if (patch.title !== undefined && ownId && slugify(patch.title)) {
          const others = dataset.events.filter((_, i) => i !== index).map((other) => other.id);
          renameEvent(dataset, event.id, freeId(slugify(patch.title), others));
        }
        for (const key of ['tags', 'media'] as const) {
          const value = event[key];
          if (value === undefined || (Array.isArray(value) && value.length === 0)) delete event[key];
        }
      },
      `events[${index}].${Object.keys(patch).join()}`,
    );
  }

  removeEvent(index: number): void {
    this.edit(({ dataset }) => {
      const [removed] = dataset.events.splice(index, 1);
      if (!removed) return;
      for (const event of dataset.events) event.related = event.related.filter((relation) => relation.event !== removed.id);
      dataset.path = (dataset.path ?? []).filter((step) => step.event !== removed.id);
    });
  }

  addQuote(eventIndex: number, quote: Quote): void {
    this.edit(({ dataset }) => void dataset.events[eventIndex]?.quotes.push(quote));
  }

  updateQuote(eventIndex: number, quoteIndex: number, patch: Partial<Quote>): void {
    this.edit(
      ({ dataset }) => {
        const quote = dataset.events[eventIndex]?.quotes[quoteIndex];
        if (!quote) return;
        Object.assign(quote, patch);
        if (!quote.speaker) delete quote.speaker;
      },
      `events[${eventIndex}].quotes[${quoteIndex}].${Object.keys(patch).join()}`,
    );
  }

  removeQuote(eventIndex: number, quoteIndex: number): void {
    this.edit(({ dataset }) => void dataset.events[eventIndex]?.quotes.splice(quoteIndex, 1));
  }

  addRelation(eventIndex: number, relation: Relation): void {
    this.edit(({ dataset }) => void dataset.events[eventIndex]?.related.push(relation));
  }

  removeRelation(eventIndex: number, relationIndex: number): void {
    this.edit(({ dataset }) => void dataset.events[eventIndex]?.related.splice(relationIndex, 1));
  }
}

/** Renames an event and every link and path step that names it. */
function renameEvent(dataset: Dataset, from: string, to: string): void {
  if (from === to) return;
  for (const event of dataset.events) {
    if (event.id === from) event.id = to;
    for (const relation of event.related) if (relation.event === from) relation.event = to;
  }
  for (const step of dataset.path ?? []) if (step.event === from) step.event = to;
}
