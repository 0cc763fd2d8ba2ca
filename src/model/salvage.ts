/**
 * What a viewer does with a dataset in which some events are broken: it shows the sound
 * ones and says, in the page, how many it skipped and why. A broken source, actor or
 * top-level field is not salvaged, since every event may depend on it: the reader gets
 * the full list of problems instead.
 */
import { validateDataset, type Problem, type ValidateOptions, type ValidationResult } from './validate.ts';

export type SalvageResult = (Extract<ValidationResult, { ok: true }> & { skipped: Problem[] }) | Extract<ValidationResult, { ok: false }>;

const EVENT_PATH = /^events\[(\d+)\]/;

function brokenEventIndexes(problems: readonly Problem[]): Set<number> | null {
  const indexes = new Set<number>();
  for (const problem of problems) {
    const index = EVENT_PATH.exec(problem.path)?.[1];
    if (index === undefined) return null;
    indexes.add(Number(index));
  }
  return indexes;
}

interface LooseEvent {
  id?: unknown;
  related?: unknown;
}

/** Removes the broken events, and the links to them that would otherwise dangle. */
function withoutEvents(input: { events: unknown[] }, broken: ReadonlySet<number>) {
  const droppedIds = new Set(input.events.filter((_, i) => broken.has(i)).map((event) => (event as LooseEvent)?.id));
  const events = input.events
    .filter((_, i) => !broken.has(i))
    .map((event) => {
      const related = (event as LooseEvent).related;
      if (!Array.isArray(related)) return event;
      return { ...(event as object), related: related.filter((relation) => !droppedIds.has((relation as { event?: unknown })?.event)) };
    });
  return { ...input, events };
}

export function validateOrSalvage(input: unknown, options: ValidateOptions = {}): SalvageResult {
  const result = validateDataset(input, options);
  if (result.ok) return { ...result, skipped: [] };
  const broken = brokenEventIndexes(result.problems);
  const events = (input as { events?: unknown })?.events;
  if (!broken || !Array.isArray(events) || broken.size >= events.length) return result;
  const salvaged = validateDataset(withoutEvents({ ...(input as object), events }, broken), options);
  return salvaged.ok ? { ...salvaged, skipped: result.problems } : result;
}
