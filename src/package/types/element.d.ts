/**
 * Types of `import 'diplomatic-timeline'`, which registers <diplomatic-timeline> (src/embed/element.ts).
 * Written by hand: the element is shipped bundled. Copied to lib/element/diplomatic-timeline.d.ts,
 * so its imports are relative to lib/element/ (left out of tsconfig.json: the repository's own
 * element.ts declares the same tag, with its class).
 */
import type { FilterCriteria } from '../model/filter.js';
import type { Problem } from '../package/validate.js';

export type { FilterCriteria, Problem };

export interface TimelineSelectDetail {
  /** The event the reader opened, or null when they closed it. */
  id: string | null;
}

export type TimelineLoadDetail = { ok: true; title: string; events: number } | { ok: false; problems: Problem[] };

/**
 * <diplomatic-timeline src="data/events.json" lang="fr" event="…" countries="FR,US" actors="…" tags="…"
 * bases="inferred" query="…" range="2021-09-15/2021-10-31" lanes="country" view="list" height="600px">
 *
 * A type only: the module exports nothing, it registers the element. Reach one with
 * `document.querySelector('diplomatic-timeline')` or `customElements.get('diplomatic-timeline')`.
 */
export interface DiplomaticTimelineElement extends HTMLElement {
  /** The event the reader has open, or null. */
  readonly selectedId: string | null;
  /** Opens an event (null closes it), as the reader would; sends no `timeline-select`. Throws a TypeError for an id that is neither a string nor null. */
  select(id: string | null): void;
  /** Sets the filters named (others stay): `{ countries: ['FR'], bases: ['stated'], query: 'submarine' }`; throws a TypeError for anything else. */
  setFilters(filters: Partial<FilterCriteria>): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'diplomatic-timeline': DiplomaticTimelineElement;
  }
  interface HTMLElementEventMap {
    'timeline-select': CustomEvent<TimelineSelectDetail>;
    'timeline-load': CustomEvent<TimelineLoadDetail>;
  }
}
