/**
 * Where a citation's permalinks lead. The app links to itself (`?event=`, keeping `src=`);
 * the custom element, which has no page of its own, provides its own rule (src/embed/element.ts):
 * its `permalink-base`, or its host page with a fragment.
 */
import { getContext, setContext } from 'svelte';
import { queryPermalink, type PermalinkTarget } from '../../interop/permalink.ts';

export interface Permalinks {
  /** The timeline's own address, without a view. */
  timeline(): string;
  to(target: PermalinkTarget): string;
  /** Whether a quote a link points to may scroll the page and take focus: the app's, never the element's host page. */
  mayScroll: boolean;
}

const KEY = Symbol('permalinks');

export function providePermalinks(permalinks: Permalinks): void {
  setContext(KEY, permalinks);
}

/** The app's rule: the page's own address. */
const APP: Permalinks = {
  timeline: () => queryPermalink(location.href, null, ['src']),
  to: (target) => queryPermalink(location.href, target, ['src']),
  mayScroll: true,
};

export function permalinks(): Permalinks {
  return getContext<Permalinks | undefined>(KEY) ?? APP;
}
