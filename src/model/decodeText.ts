/**
 * The bytes of a text file read without silent damage (issue 17), in the browser and in Node
 * alike: UTF-8, with or without its byte-order mark, as it is; UTF-16 by its mark, or by the NUL
 * bytes of its Latin letters when it has none (Excel's "Unicode text"); and bytes that are not
 * UTF-8 as Windows-1252, what Excel and Notepad save on a Western Windows, unless they are UTF-8
 * damaged in a few places. Whatever is not plain UTF-8 comes with a notice naming the file, and a
 * character that could not be read (U+FFFD) is never left without one.
 */

export type TextEncodingName = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'Windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** `file: what happened — how to silence it`, when the text was not read as sound UTF-8. */
  notice?: string;
}

const BAD = '\ufffd';
/** Windows-1252's characters for the bytes 0x80 to 0x9F (five of them stand for themselves). */
const C1 = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';
const SILENCE = ' — save it as UTF-8 to silence this notice';

/** Decoded strictly, else with U+FFFD for what is no character (then `damaged`). */
function read(encoding: string, bytes: Uint8Array): { text: string; damaged?: true } {
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch {
    return { text: new TextDecoder(encoding).decode(bytes), damaged: true };
  }
}

/**
 * UTF-16 without a byte-order mark, told by its NUL bytes: the high byte of each Latin letter
 * is NUL, second in a pair in little-endian order, first in big-endian. Text in UTF-8 has none.
 */
function nulPattern(bytes: Uint8Array): TextEncodingName | undefined {
  const pairs = Math.min(bytes.length, 4096) >> 1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  return odd > pairs / 4 && even * 8 <= odd ? 'UTF-16LE' : even > pairs / 4 && odd * 8 <= even ? 'UTF-16BE' : undefined;
}

/** The words around `at` on its line, up to a field's delimiter, to show the reader where. */
function around(text: string, at: number): string {
  const before = /(?:[^\s;,"]+ +){0,2}[^\s;,"]*$/.exec(text.slice(Math.max(0, at - 40), at))?.[0] ?? '';
  return before + /^[^\s;,"]*/.exec(text.slice(at, at + 40))![0];
}

/** `name` is the file as the reader knows it, for the notice. */
export function decodeText(bytes: Uint8Array, name: string): DecodedText {
  const [b0, b1] = bytes;
  const utf16 = b0 === 0xff && b1 === 0xfe ? 'UTF-16LE' : b0 === 0xfe && b1 === 0xff ? 'UTF-16BE' : nulPattern(bytes);
  if (utf16) {
    // The decoder drops the byte-order mark.
    const { text, damaged } = read(utf16, bytes);
    const lost = damaged ? `, with bytes that are no character shown as ${BAD}` : '';
    return { text, encoding: utf16, notice: `${name}: read as ${utf16} (it is not UTF-8)${lost}${SILENCE}` };
  }
  const utf8 = read('utf-8', bytes);
  const text = utf8.text;
  if (!utf8.damaged) return { text, encoding: 'UTF-8' };
  const first = text.indexOf(BAD);
  const nonAscii = text.replace(/[\0-\x7f]+/g, '');
  const bad = nonAscii.split(BAD).length - 1;
  // A file cut short in the middle of a character, or UTF-8 with more sound characters than
  // broken ones: UTF-8 damaged in places, which Windows-1252 would garble throughout.
  if (first === text.length - 1) {
    return {
      text,
      encoding: 'UTF-8',
      notice: `${name}: it ends in the middle of a character, shown as ${BAD}: "${around(text, first)}" — was the file cut short? Check its end`,
    };
  }
  if (nonAscii.length - bad > bad) {
    const line = text.slice(0, first).split('\n').length;
    return {
      text,
      encoding: 'UTF-8',
      notice: `${name}: line ${line}: bytes that are not UTF-8, shown as ${BAD}: "${around(text, first)}" — correct them and save the file as UTF-8`,
    };
  }
  // Node (20.19 and later) decodes "windows-1252" as ISO-8859-1, which leaves 0x80–0x9F as
  // control characters: they are mapped here as browsers do.
  const latin = new TextDecoder('windows-1252').decode(bytes).replace(/[\x80-\x9f]/g, (c) => C1[c.charCodeAt(0) - 0x80]!);
  const changed = latin.search(/[^\0-\x7f]/);
  return {
    text: latin,
    encoding: 'Windows-1252',
    notice: `${name}: read as Windows-1252 (it is not UTF-8): "${around(latin, changed)}"${SILENCE}`,
  };
}

/**
 * A web page where a data file or a text was expected: a page saved from the browser, or what a
 * single-page host answers for a missing file (its index.html).
 */
export const isWebPage = (text: string): boolean => /^\s*<(?:!doctype\s+html|html)[\s>]/i.test(text);
