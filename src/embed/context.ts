/**
 * The app hands the toolbar its "Embed" control through context, so that the toolbar
 * does not import it: the embedded timeline, which has no such button, then ships
 * without the dialog's code.
 */
import { getContext, setContext, type Component } from 'svelte';
import type { Story } from '../state/story.svelte.ts';

export interface EmbedControl {
  component: Component<{ story: Story; src: string | null }>;
  /** The dataset the app shows, as its `?src=` gave it; null: the bundled one. */
  src: string | null;
}

const KEY = Symbol('embed-control');

export function provideEmbedControl(control: EmbedControl): void {
  setContext(KEY, control);
}

export function embedControl(): EmbedControl | undefined {
  return getContext<EmbedControl | undefined>(KEY);
}
