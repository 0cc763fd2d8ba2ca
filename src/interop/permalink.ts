/**
 * Stable addresses for an event and for one of its quotes. An event is named by its id; a
 * quote by a short hash of its source and its words (white space aside, as the validator
 * compares them), so its link survives quotes added, removed or reordered around it, and
 * breaks only when the quote itself changes, which is when a citation of it should.
 */

/** FNV-1a over UTF-16 code units: small, fast and the same in every engine; no secrecy needed. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Seven lower-case letters and digits. The source takes part: two outlets carrying the same
 * agency sentence are two quotes of one event, with two keys.
 */
export function quoteKey(quote: { source: string; text: string }): string {
  const words = quote.text.trim().replace(/\s+/g, ' ');
  return fnv1a(`${quote.source}\u0000${words}`).toString(36).padStart(7, '0');
}

/** What a permalink names: an event, and perhaps one of its quotes by its key. */
export interface PermalinkTarget {
  event: string;
  quote?: string | undefined;
}

/**
 * The app's form, `?event=<id>&quote=<key>` on `base` (its other parameters and fragment
 * dropped: a citation names the event, not the reader's filters; with no target, the
 * timeline's own address), with `keep` kept when
 * the base has them (the app's `src`, without which the link would open another story).
 */
export function queryPermalink(base: string, target: PermalinkTarget | null, keep: readonly string[] = []): string {
  const url = new URL(base);
  const params = new URLSearchParams();
  for (const name of keep) {
    const value = url.searchParams.get(name);
    if (value !== null) params.set(name, value);
  }
  if (target) params.set('event', target.event);
  if (target?.quote) params.set('quote', target.quote);
  url.search = params.toString();
  url.hash = '';
  return url.href;
}

/**
 * The element's form on its host page, whose query belongs to the host: the page's address
 * with a fragment, `#event=<id>&quote=<key>`, which the element reads when it loads.
 */
export function fragmentPermalink(page: string, target: PermalinkTarget | null): string {
  const url = new URL(page);
  const params = new URLSearchParams(target ? { event: target.event } : {});
  if (target?.quote) params.set('quote', target.quote);
  url.hash = params.toString();
  return url.href;
}

/** The event and quote a fragment written by fragmentPermalink names, as link parameters; empty for any other fragment. */
export function fragmentParams(hash: string): URLSearchParams {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const found = new URLSearchParams();
  const event = params.get('event');
  if (event === null) return found;
  found.set('event', event);
  const quote = params.get('quote');
  if (quote !== null) found.set('quote', quote);
  return found;
}
