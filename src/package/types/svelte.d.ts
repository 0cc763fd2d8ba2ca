/**
 * Types of `import DiplomaticTimeline from 'diplomatic-timeline/svelte'` (src/package/DiplomaticTimeline.svelte).
 * Written by hand: the component ships as Svelte source. Copied to lib/package/DiplomaticTimeline.svelte.d.ts,
 * so its imports are relative to lib/package/.
 */
import type { Component } from 'svelte';
import type { ViewAttribute } from '../embed/attributes.js';
import type { Problem } from './validate.js';

export type TimelineLoadDetail = { ok: true; title: string; events: number } | { ok: false; problems: Problem[] };

/** A story already in hand, with the texts its quotes are checked against. */
export interface DatasetInHand {
  /** The parsed JSON, still unchecked: it is validated as a fetched one would be. */
  dataset: unknown;
  /** The source texts by their `file`, as the dataset names them. */
  sourceTexts: ReadonlyMap<string, string> | Readonly<Record<string, string>>;
  /** The address the dataset would have: relative media paths start there. */
  baseUrl?: string;
}

export interface DiplomaticTimelineProps {
  /** The dataset's address, relative to the page; its source texts are read beside it. */
  src?: string;
  /** Or a dataset in hand, in place of `src`. */
  dataset?: DatasetInHand;
  /** 'en' or 'fr' (any tag: 'fr-CA' is French); default the page's language, else the browser's. */
  lang?: string;
  /** A CSS length: the timeline scrolls inside it. Default: as tall as its content. */
  height?: string;
  /** The element's view attributes: `{ countries: 'FR,US', range: '2021-09-15/2021-10-31', view: 'list' }`. */
  view?: Partial<Record<ViewAttribute, string>>;
  /** The event open (bindable): follows the reader, and opens the event it is set to. */
  selectedId?: string | null;
  /** The reader opened an event, or closed it (null); not called when `selectedId` is set from outside. */
  onselect?: (id: string | null) => void;
  /** The dataset loaded, or failed to (`problems` says why). */
  onload?: (detail: TimelineLoadDetail) => void;
}

declare const DiplomaticTimeline: Component<DiplomaticTimelineProps, Record<string, never>, 'selectedId'>;
export default DiplomaticTimeline;
