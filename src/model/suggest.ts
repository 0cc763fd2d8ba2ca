/**
 * "Did you mean": the closest of a list of known names (ids, file names) to one that is
 * not among them, by Damerau–Levenshtein distance (insertions, deletions, substitutions
 * and transpositions of adjacent characters, edits allowed between transposed ones: a
 * true metric, unlike the restricted "optimal string alignment" variant).
 */

/** The Damerau–Levenshtein distance between `a` and `b` (Lowrance–Wagner), in UTF-16 code units. */
export function editDistance(a: string, b: string): number {
  const width = b.length + 2;
  // d[(i + 1) * width + j + 1]: the distance between a's first i and b's first j characters; row and column 0 are "far".
  const d = new Int32Array((a.length + 2) * width).fill(a.length + b.length);
  /** The last row (1-based, in a) where each character stood. */
  const lastRow = new Map<number, number>();
  for (let i = 0; i <= a.length; i++) {
    const c = a.charCodeAt(i - 1);
    let lastColumn = 0;
    for (let j = 0; j <= b.length; j++) {
      const at = (i + 1) * width + j + 1;
      if (i * j === 0) {
        d[at] = i + j;
        continue;
      }
      const i1 = lastRow.get(b.charCodeAt(j - 1)) ?? 0;
      const j1 = lastColumn;
      const same = c === b.charCodeAt(j - 1);
      if (same) lastColumn = j;
      d[at] = Math.min(
        d[at - width - 1]! + (same ? 0 : 1),
        d[at - 1]! + 1,
        d[at - width]! + 1,
        // A transposition, with the characters between deleted or inserted.
        d[i1 * width + j1]! + i - i1 + j - j1 - 1,
      );
    }
    lastRow.set(c, i);
  }
  return d[d.length - 1]!;
}

/** How far a suggestion may be from what was written: 2 edits from 6 characters, 1 from 3, none below. */
export function maxDistance(written: string): number {
  return written.length >= 6 ? 2 : written.length >= 3 ? 1 : 0;
}

/** A lower bound of editDistance: each edit changes the characters' counts by at most 2. */
function countsApart(a: string, b: string, counts: Int32Array): number {
  const both = a + b;
  counts.fill(0);
  for (let i = 0; i < both.length; i++) counts[both.charCodeAt(i) & 127]! += i < a.length ? 1 : -1;
  return counts.reduce((sum, count) => sum + Math.abs(count), 0) / 2;
}

/**
 * The known name closest to `written`, within maxDistance(written); of two as close, the
 * first in code-unit order, whatever the order of `known`. `budget.cells` (shared by the
 * calls of one validation) bounds the work: a dataset of 100,000 ids with thousands of
 * typos stops suggesting rather than taking minutes. Most names are set aside by their
 * length or their characters' counts before any distance is computed.
 */
export function closest(written: string, known: Iterable<string>, budget = { cells: 5e6 }): string | undefined {
  const limit = maxDistance(written);
  const counts = new Int32Array(128);
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const name of known) {
    if (Math.abs(name.length - written.length) > limit) continue;
    budget.cells -= name.length;
    if (countsApart(name, written, counts) > limit) continue;
    budget.cells -= name.length * written.length;
    if (budget.cells < 0) return undefined;
    const distance = editDistance(written, name);
    if (distance < bestDistance || (distance === bestDistance && name < (best as string))) {
      best = name;
      bestDistance = distance;
    }
  }
  return best;
}

/** `: did you mean "…"?`, or nothing. */
export const didYouMean = (suggestion: string | undefined): string =>
  suggestion === undefined ? '' : `: did you mean ${JSON.stringify(suggestion)}?`;
