/** JSON syntax errors located by line and column, for the CLI and the viewer alike. */

/** Line and column (both from 1) of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/**
 * `file:line:column: message`, which terminals and editors link to. V8 gives the offset
 * ("at position 13") and, in newer versions, the line and column as well, which are dropped
 * here in favour of our own count.
 */
export function describeJsonSyntaxError(file: string, text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(message)?.[1];
  const offset = position === undefined ? text.length : Number(position);
  const { line, column } = lineAndColumn(text, offset);
  const detail = message.replace(/\s*in JSON at position \d+.*$/s, '').replace(/\s*\(line \d+ column \d+\)$/, '');
  return `${file}:${line}:${column}: invalid JSON: ${detail}`;
}
