/** JSON syntax errors located by line and column, for the CLI and the viewer alike. */

/** Line and column (both from 1) of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

// JSON's white space, then one token: a bracket, a comma or colon, or a whole scalar. A
// string's runs of plain characters are matched atomically (the lookahead and its back
// reference), so an unclosed string costs one pass, never a backtracking storm.
const SPACE = /[ \t\n\r]*/y;
const TOKEN =
  /[[\]{},:]|"(?:(?=([ !#-[\]-\uffff]+))\1|\\(?:["\\/bfnrt]|u[\da-fA-F]{4}))*"|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

/**
 * The offset of the first character that makes `text` not JSON (its end when it stops
 * short), or -1 when it is JSON. Linear in the text, and without recursion, so any depth
 * of nesting is scanned.
 */
export function locateJsonError(text: string): number {
  // Closers still to come, innermost last.
  const closers: string[] = [];
  // What may come next: 0 a value, 1 a key, 2 a colon, 3 a comma or a closer; 4 and 5 are 0
  // and 1 just after an opening bracket, where its closer may come at once.
  let expect = 0;
  let at = 0;
  for (;;) {
    SPACE.lastIndex = at;
    SPACE.exec(text);
    const start = SPACE.lastIndex;
    if (start === text.length) return closers.length || expect !== 3 ? start : -1;
    TOKEN.lastIndex = start;
    const c = TOKEN.exec(text)?.[0][0];
    if (c === '[' || c === '{') {
      if (expect % 4) return start;
      closers.push(c === '[' ? ']' : '}');
      expect = c === '[' ? 4 : 5;
    } else if (c === ']' || c === '}') {
      if (closers.pop() !== c || expect < 3) return start;
      expect = 3;
    } else if (c === ',') {
      if (expect !== 3 || !closers.length) return start;
      expect = closers.at(-1) === ']' ? 0 : 1;
    } else if (c === ':') {
      if (expect !== 2) return start;
      expect = 0;
    } else if (c && (expect % 4 === 0 || (expect % 4 === 1 && c === '"'))) expect = expect % 4 ? 2 : 3;
    else return start;
    at = TOKEN.lastIndex;
  }
}

/**
 * `file:line:column: message`, which terminals and editors link to. V8 gives the offset
 * ("at position 13") for most errors, but not for an unexpected token, the commonest, nor in
 * every engine: then our own scan finds it.
 */
export function describeJsonSyntaxError(file: string, text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(message)?.[1];
  const found = position === undefined ? locateJsonError(text) : Number(position);
  const { line, column } = lineAndColumn(text, found < 0 ? text.length : found);
  const detail = message.replace(/\s*in JSON at position \d+.*$/s, '').replace(/\s*\(line \d+ column \d+\)$/, '');
  return `${file}:${line}:${column}: invalid JSON: ${detail}`;
}
