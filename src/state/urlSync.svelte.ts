/**
 * Keeps the page URL and the story in step: a link reopens the same view, and the
 * browser's back and forward buttons step through the events the reader selected.
 * Only a new selection makes a history entry; filters and zoom replace the current one.
 */
import type { Story } from './story.svelte.ts';
import { fromSearchParams, knownValues, toSearchParams, type ViewParams } from './urlState.ts';

export function applyView(story: Story, view: ViewParams): void {
  story.filters.set(view);
  story.select(view.event, 'load');
  story.linkedQuote = view.quote;
  story.thread = view.thread;
  story.lanes = view.lanes;
  story.mode = view.mode;
  story.viewport.show(view.range ?? 'story', false);
}

export function currentView(story: Story): ViewParams {
  return {
    event: story.selectedId,
    quote: story.linkedQuote,
    thread: story.thread,
    ...story.filters.criteria,
    range: story.viewport.visible,
    lanes: story.lanes,
    mode: story.mode,
  };
}

/** Returns what the link named that the story does not have, for a quiet notice. */
export function syncWithUrl(
  story: Story,
  win: Window = window,
  preserve: readonly string[] = ['lang', 'src'],
): { ignored: string[]; stop: () => void } {
  const known = knownValues(story);
  const read = () => fromSearchParams(new URL(win.location.href).searchParams, known);
  const initial = read();
  applyView(story, initial.view);

  const urlFor = (view: ViewParams) => {
    const url = new URL(win.location.href);
    const params = toSearchParams(view);
    for (const name of preserve) {
      const kept = url.searchParams.get(name);
      if (kept !== null) params.set(name, kept);
    }
    url.search = params.toString();
    return url.href;
  };

  let lastSelection = story.selectedId;
  const stop = $effect.root(() => {
    $effect(() => {
      const view = currentView(story);
      const href = urlFor(view);
      if (href === win.location.href) return;
      if (view.event !== lastSelection && view.event !== null) win.history.pushState(null, '', href);
      else win.history.replaceState(null, '', href);
      lastSelection = view.event;
    });
  });

  const onPopState = () => {
    const { view } = read();
    lastSelection = view.event;
    applyView(story, view);
  };
  win.addEventListener('popstate', onPopState);

  return {
    ignored: initial.ignored,
    stop: () => {
      stop();
      win.removeEventListener('popstate', onPopState);
    },
  };
}
