/**
 * <diplomatic-timeline>: the timeline as a custom element, built into one ES module
 * (dist/embed/diplomatic-timeline.js) that carries its own styles.
 *
 *   <script type="module" src="embed/diplomatic-timeline.js"></script>
 *   <diplomatic-timeline src="data/events.json" lang="fr" event="…" countries="FR,US"
 *                        actors="…" tags="…" bases="inferred" query="…" range="2021-09-15/2021-10-31" lanes="country"
 *                        view="list" height="600px"></diplomatic-timeline>
 *
 * Every attribute is optional: `src` defaults to the dataset beside the script
 * (../data/events.json), `lang` to the nearest lang attribute or the browser's language.
 * The view attributes take what the app's links take (src/state/urlState.ts); unknown
 * values are dropped with a console warning. Attributes may change at any time.
 *
 * Citations link to `permalink-base` (the story's page, whose `?event=` opens an event)
 * when it is given, else to the host page with a fragment, `#event=…&quote=…`, which the
 * element reads when it loads and has no `event` attribute.
 *
 * Events (bubbling, composed): `timeline-select` {id} when the reader selects an event or
 * closes it; `timeline-load` {ok, …} when the dataset has loaded or failed to.
 * Methods: `select(id | null)`, `setFilters({countries, actors, tags, bases, query})`, which throw a
 * TypeError for arguments of another kind; property `selectedId`. `height` takes a CSS
 * length only (a plain number is px); an empty `src` is refused with a message.
 *
 * It renders into a shadow root, so the host page's rules never reach its parts nor its
 * rules the page; styles are a constructable stylesheet, which a strict CSP
 * (`style-src 'self'`) allows, and it never touches the page's URL or history.
 */
import { mount, unmount } from 'svelte';
import { pickLocale } from '../i18n/strings.ts';
import type { FilterCriteria } from '../model/filter.ts';
import EmbedRoot from './EmbedRoot.svelte';
import { EmbedController, type EmbedEvents } from './controller.svelte.ts';
import { VIEW_ATTRIBUTE_NAMES, paramsFromAttributes, type ViewAttribute } from './attributes.ts';
import { fragmentParams, fragmentPermalink, queryPermalink } from '../interop/permalink.ts';
import type { Permalinks } from '../components/detail/permalinks.ts';
import './embed.css';

/** Replaced in the build by the element's whole stylesheet (see vite-plugin.ts). */
const STYLES = '__DIPLOMATIC_TIMELINE_CSS__';
/** Relative to this module: the dataset that `npm run build` puts beside the embed. */
const DEFAULT_DATASET = '../data/events.json';

let sharedSheet: CSSStyleSheet | undefined;

/** One stylesheet object, adopted by every instance on the page. */
function stylesheet(): CSSStyleSheet {
  if (!sharedSheet) {
    try {
      // Computes `1em` at the root into an absolute length that descendants inherit: the
      // unit the build rewrites rem into, so the host's root font size cannot scale the widget.
      CSS.registerProperty({ name: '--diplomatic-timeline-rem', syntax: '<length>', inherits: true, initialValue: '16px' });
    } catch {
      // Already registered, by another copy of this script on the page.
    }
    sharedSheet = new CSSStyleSheet();
    sharedSheet.replaceSync(STYLES);
  }
  return sharedSheet;
}

function resolve(url: string, base: string): string {
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

export class DiplomaticTimelineElement extends HTMLElement {
  static readonly observedAttributes = ['src', 'lang', 'height', ...VIEW_ATTRIBUTE_NAMES];

  readonly #controller = new EmbedController((type, detail) => {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  });
  readonly #permalinks: Permalinks = {
    timeline: () => this.#permalinkBase() ?? fragmentPermalink(location.href, null),
    to: (target) => {
      const base = this.#permalinkBase();
      return base ? queryPermalink(base, target) : fragmentPermalink(location.href, target);
    },
    mayScroll: false,
  };
  #app: ReturnType<typeof mount> | undefined;
  #loadedFrom: string | undefined;
  #loadQueued = false;

  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).adoptedStyleSheets = [stylesheet()];
  }

  /** The event the reader has open, or null. */
  get selectedId(): string | null {
    return this.#controller.selectedId;
  }

  /** Opens an event (null closes it), as the reader would; sends no `timeline-select`. Throws a TypeError for an id that is neither a string nor null. */
  select(id: string | null): void {
    this.#controller.select(id);
  }

  /**
   * Sets the filters named (others stay): `{ countries: ['FR'], actors: [], bases: ['stated'], query: 'submarine' }`.
   * Throws a TypeError, before the dataset has loaded too, for anything else.
   */
  setFilters(filters: Partial<FilterCriteria>): void {
    this.#controller.setFilters(filters);
  }

  connectedCallback(): void {
    this.#controller.setLocale(this.#locale());
    this.#controller.setHeight(this.getAttribute('height'));
    this.#app ??= mount(EmbedRoot, {
      target: this.shadowRoot as ShadowRoot,
      props: { controller: this.#controller, permalinks: this.#permalinks },
    });
    this.#load();
  }

  disconnectedCallback(): void {
    // Moving the element disconnects then reconnects it: tear down only if it stays out.
    queueMicrotask(() => {
      if (this.isConnected || !this.#app) return;
      void unmount(this.#app);
      this.#app = undefined;
    });
  }

  attributeChangedCallback(name: string, oldValue: string | null, value: string | null): void {
    // Before the first connection, connectedCallback reads every attribute anyway.
    if (oldValue === value || !this.#app) return;
    if (name === 'src') this.#load();
    else if (name === 'lang') this.#controller.setLocale(this.#locale());
    else if (name === 'height') this.#controller.setHeight(value);
    else this.#controller.applyAttribute(name as ViewAttribute, this.#viewParams());
  }

  /**
   * Loads on the next microtask: a script that sets src a thousand times in a row starts one
   * request, for the last, instead of a thousand it aborts at once (each a task's worth of work).
   */
  #load(): void {
    if (this.#loadQueued) return;
    this.#loadQueued = true;
    queueMicrotask(() => {
      this.#loadQueued = false;
      if (this.#app) this.#loadNow();
    });
  }

  #loadNow(): void {
    const src = this.getAttribute('src');
    // An empty src would resolve to the page itself: the controller refuses it instead.
    const url = src === null ? resolve(DEFAULT_DATASET, import.meta.url) : src.trim() && resolve(src, document.baseURI);
    if (url === this.#loadedFrom) return;
    this.#loadedFrom = url;
    // A permalink to this host page names its event in the fragment (fragmentPermalink).
    void this.#controller.load(url, this.#viewParams(), fragmentParams(location.hash));
  }

  /** The page a citation's links lead to, from `permalink-base`: an http(s) address, or none. */
  #permalinkBase(): string | null {
    const base = this.getAttribute('permalink-base');
    if (!base) return null;
    const url = resolve(base, document.baseURI);
    return /^https?:/i.test(url) ? url : null;
  }

  #locale() {
    return pickLocale(this.getAttribute('lang') ?? this.closest('[lang]')?.getAttribute('lang') ?? navigator.language);
  }

  #viewParams(): URLSearchParams {
    return paramsFromAttributes((attribute) => this.getAttribute(attribute));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'diplomatic-timeline': DiplomaticTimelineElement;
  }
  interface HTMLElementEventMap {
    'timeline-select': CustomEvent<EmbedEvents['timeline-select']>;
    'timeline-load': CustomEvent<EmbedEvents['timeline-load']>;
  }
}

if (!customElements.get('diplomatic-timeline')) customElements.define('diplomatic-timeline', DiplomaticTimelineElement);
