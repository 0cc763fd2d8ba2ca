/**
 * Which of the picture's encodings a story uses, so that its key names those and no other:
 * a story of day-dated events has no band to explain, one without links no link types.
 * The shapes follow geometry.ts's markShape: a point is a dot, a span with a certain part
 * (or no coarse end) a bar, a date known to the month or year, or within a window, a faint band.
 */
import type { MarkTimes } from './marks';
import { RELATION_TYPES, type DateBasis, type RelationType } from '../model/schema';

export interface UsedEncodings {
  /** A dot: an event on a known day. */
  readonly point: boolean;
  /** A bar: an event over several days. */
  readonly span: boolean;
  /** A faint band: a date known only to the month or year, or within a window. */
  readonly band: boolean;
  /** A dashed ring or outline and `~`/`?`: an approximate or uncertain date. */
  readonly approximate: boolean;
  /** A hollow, dashed mark: a planned event. */
  readonly planned: boolean;
  /** An open caret over the mark (before a span): a date inferred from context. */
  readonly inferred: boolean;
  /** The link types drawn, in the legend's order (RELATION_TYPES). */
  readonly links: readonly RelationType[];
}

type EncodedMark = Pick<MarkTimes, 'kind' | 'precisionBand' | 'certainSpan' | 'approximate' | 'uncertain' | 'planned'>;

export function usedEncodings(
  marks: Iterable<EncodedMark>,
  linkTypes: Iterable<RelationType>,
  dateBases: Iterable<DateBasis> = [],
): UsedEncodings {
  let point = false;
  let span = false;
  let band = false;
  let approximate = false;
  let planned = false;
  for (const mark of marks) {
    if (mark.kind === 'point') point = true;
    else if (mark.certainSpan !== null || mark.precisionBand === null) span = true;
    if (mark.precisionBand !== null) band = true;
    if (mark.approximate || mark.uncertain) approximate = true;
    if (mark.planned) planned = true;
  }
  const types = new Set(linkTypes);
  const inferred = new Set(dateBases).has('inferred');
  return { point, span, band, approximate, planned, inferred, links: RELATION_TYPES.filter((type) => types.has(type)) };
}
