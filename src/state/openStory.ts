/**
 * The one way the app and the embed open a dataset as a Story: fetch it with its source
 * texts (or take one already in hand, as the app's bundled story), check it, leave out
 * the broken events it can, and build the story. A failure says what went wrong and
 * whether retrying may help; it never throws.
 */
import { loadDataset, type LoadOptions, type LoadResult } from '../model/load.ts';
import type { Dataset } from '../model/schema.ts';
import { validateOrSalvage, type SalvageResult } from '../model/salvage.ts';
import { markStage } from '../model/timing.ts';
import type { Problem } from '../model/validate.ts';
import type { Locale } from '../i18n/strings.ts';
import { Story } from './story.svelte.ts';

/**
 * The address of a dataset's JSON, or a dataset already parsed (still unchecked) with its
 * source texts by `file` and the address it would have (its media's relative paths start there).
 */
export type DatasetToOpen = string | { dataset: unknown; sourceTexts: Map<string, string>; baseUrl?: string };

export type OpenedStory =
  | {
      ok: true;
      story: Story;
      /** Broken events left out of a dataset that is otherwise sound. */
      skipped: Problem[];
      dataset: Dataset;
      /** Files read as Windows-1252 or UTF-16 rather than UTF-8, each notice naming its file. */
      notices?: string[];
    }
  | {
      ok: false;
      problems: Problem[];
      /** True when the failure may pass (network, timeout, a server error): offer a retry. */
      retryable: boolean;
      /** The dataset as parsed, if it was: the problems name its items by title. */
      input?: unknown;
    };

/**
 * `locale` is read once the dataset is in, so that a language the reader picks while it
 * loads is the story's language.
 */
export async function openStory(what: DatasetToOpen, locale: () => Locale, options?: LoadOptions | typeof fetch): Promise<OpenedStory> {
  return typeof what === 'string'
    ? storyFrom({ ...(await loadDataset(what, options)), baseUrl: what }, locale)
    : openStoryInHand(what, locale);
}

/**
 * A dataset already in hand opens at once, without a promise: the page renders the story in
 * its first frame, on the server at build time as in the browser, and the two agree.
 */
export function openStoryInHand(what: Exclude<DatasetToOpen, string>, locale: () => Locale): OpenedStory {
  return openValidated(validateOrSalvage(what.dataset, { sourceTexts: what.sourceTexts }), what, locale);
}

/** A dataset in hand that has been validated already (the studio's draft checks it as the editor pauses). */
export function openValidated(result: SalvageResult, what: Exclude<DatasetToOpen, string>, locale: () => Locale): OpenedStory {
  return storyFrom({ ...result, sourceTexts: what.sourceTexts, baseUrl: what.baseUrl, input: what.dataset }, locale);
}

function storyFrom(result: LoadResult & { baseUrl?: string | undefined }, locale: () => Locale): OpenedStory {
  if (!result.ok) return { ok: false, problems: result.problems, retryable: result.retryable ?? false, input: result.input };
  // Spread rather than picked field by field, for the embed's byte budget (tests/size-budget.mjs):
  // the story takes only what it reads, and the result carries the load's other fields unnamed.
  const story = new Story({ ...result, locale: locale() });
  markStage('story');
  return { ...result, story };
}
