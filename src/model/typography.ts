/**
 * A quote that is in its source but for its typography: curly or straight quotes and
 * apostrophes, dashes or hyphens, an ellipsis or three dots. Both texts are folded to plain
 * characters, the folded quote is looked for in the folded source (linear, whatever the
 * texts), and where it stands, the characters that differ are named, so the fix is exact.
 * White space is folded before (validate.ts's normalizeWhiteSpace: non-breaking spaces too).
 */
import { indexOfLinear } from './verbatim.ts';

/** What each typographic character folds to. */
const PLAIN: Readonly<Record<string, string>> = {
  '‘': "'",
  '’': "'",
  '‚': "'",
  '‛': "'",
  '′': "'",
  '“': '"',
  '”': '"',
  '„': '"',
  '‟': '"',
  '″': '"',
  '«': '"',
  '»': '"',
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '–': '-',
  '—': '-',
  '―': '-',
  '−': '-',
  '…': '...',
};

export interface Folded {
  text: string;
  /** Where each character of `text` comes from in the original. */
  from: Int32Array;
}

export function foldTypography(original: string): Folded {
  let text = '';
  const from: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const plain = PLAIN[original[i] as string] ?? (original[i] as string);
    text += plain;
    for (let k = 0; k < plain.length; k++) from.push(i);
  }
  return { text, from: Int32Array.from(from) };
}

const codes = (text: string) =>
  `${text} (${[...text].map((c) => `U+${c.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`).join(' ')})`;

/**
 * For `source` (white space folded), folded once on the first call: which characters of a
 * quote differ from the source's where the quote stands in the source but for its
 * typography, e.g. `the source writes ’ (U+2019) where the quote has ' (U+0027) at "Knight
 * Lab's": copy the source's characters`; undefined if it does not stand there even so.
 */
export function typographyOf(source: string): (quote: string) => string | undefined {
  let folded: Folded | undefined;
  return (quote) => describeTypography(quote, source, (folded ??= foldTypography(source)));
}

function describeTypography(quote: string, source: string, folded: Folded): string | undefined {
  const plain = foldTypography(quote);
  const at = indexOfLinear(folded.text, plain.text);
  if (at < 0 || plain.text === '') return undefined;
  // Spans of the source and of the quote that fold to the same characters: one character
  // each, or an ellipsis and its three dots.
  const spans: [number, number, number, number][] = [];
  for (let k = 0; k < plain.text.length; k++) {
    const s = folded.from[at + k] as number;
    const q = plain.from[k] as number;
    const last = spans[spans.length - 1];
    if (last && (last[1] === s || last[3] === q)) [last[1], last[3]] = [s, q];
    else spans.push([s, s, q, q]);
  }
  const seen = new Set<string>();
  const differences: string[] = [];
  for (const [s0, s1, q0, q1] of spans) {
    const [written, quoted] = [source.slice(s0, s1 + 1), quote.slice(q0, q1 + 1)];
    if (written === quoted || seen.has(written + quoted)) continue;
    seen.add(written + quoted);
    // The word of the difference and the one before it.
    const start = quote.lastIndexOf(' ', quote.lastIndexOf(' ', q0 - 1) - 1) + 1;
    const end = quote.indexOf(' ', q1 + 1);
    differences.push(
      `${codes(written)} where the quote has ${codes(quoted)} at ${JSON.stringify(quote.slice(start, end < 0 ? undefined : end))}`,
    );
  }
  if (differences.length === 0) return undefined;
  return `the source writes ${differences.slice(0, 3).join(', and ')}${differences.length > 3 ? `, and ${differences.length - 3} more` : ''}: copy the source's characters`;
}
