/**
 * The bytes of a text file read without silent damage (issue 17), in the browser and in Node
 * alike: UTF-8, with or without its byte-order mark, as it is; UTF-16 by its mark, or by the NUL
 * bytes of its Latin letters when it has none (Excel's "Unicode text"); and bytes that are not
 * UTF-8 (a single one is enough, a file cut short in the middle of a character too) as
 * Windows-1252, what Excel and Notepad save on a Western Windows, which gives every byte a
 * character. Whatever is not UTF-8 comes with a notice naming the file, with the first characters
 * read as Windows-1252: U+FFFD never stands silently for bytes that could not be read. Kept
 * small, since the embed loads it (tests/size-budget.mjs).
 */

export type TextEncodingName = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'Windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** `file: read as …: "where" — what to do`, when the text was not UTF-8. */
  notice?: string;
}

const SILENCE = ' — save it as UTF-8 to silence this notice';

/** The words before `at` on its line (up to a field's delimiter) and the one it is in. */
const around = (text: string, at: number): string =>
  /(?:[^\s;,"]+ +){0,2}[^\s;,"]*$/.exec(text.slice(Math.max(0, at - 40), at))![0] + /^[^\s;,"]*/.exec(text.slice(at, at + 40))![0];

/** `name` is the file as the reader knows it, for the notice. */
export function decodeText(bytes: Uint8Array, name: string): DecodedText {
  // UTF-16 has a NUL high byte for each Latin letter, second of a pair in little-endian order:
  // told by NULs in a quarter of the first pairs or more, on that side only.
  const start = bytes.subarray(0, 4096);
  const many = (second: number) => start.filter((byte, i) => !byte && (i & 1) == second).length * 8 > start.length;
  const [le, be, [b0, b1]] = [many(1), many(0), bytes];
  let encoding: TextEncodingName =
    (b0 == 0xff && b1 == 0xfe) || (le && !be) ? 'UTF-16LE' : (b0 == 0xfe && b1 == 0xff) || (be && !le) ? 'UTF-16BE' : 'UTF-8';
  let text: string;
  try {
    // The decoder drops a byte-order mark. UTF-16 that ends in half a character shows U+FFFD
    // there, under the notice that it was read as UTF-16.
    text = new TextDecoder(encoding, { fatal: encoding == 'UTF-8' }).decode(bytes);
  } catch {
    encoding = 'Windows-1252';
    // Streaming, since some Node versions (20.20 among them) decode a whole "windows-1252" buffer as
    // ISO-8859-1, with control characters for 0x80–0x9F (’ “ ” € among them).
    text = new TextDecoder(encoding).decode(bytes, { stream: true });
  }
  if (encoding == 'UTF-8') return { text, encoding };
  const at = encoding == 'Windows-1252' ? text.search(/[^\0-\x7f]/) : -1;
  return { text, encoding, notice: `${name}: read as ${encoding} (it is not UTF-8)${at < 0 ? '' : `: "${around(text, at)}"`}${SILENCE}` };
}

/**
 * A web page where a data file or a text was expected: a page saved from the browser, or what a
 * single-page host answers for a missing file (its index.html).
 */
export const isWebPage = (text: string): boolean => /^\s*<(?:!doctype\s+html|html)[\s>]/i.test(text);
