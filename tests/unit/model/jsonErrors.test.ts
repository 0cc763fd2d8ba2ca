/**
 * Where a JSON file stops being JSON, from our own scan when the engine gives no position
 * (Chromium's "Unexpected token", the commonest): the line and column an author must fix.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeJsonSyntaxError, lineAndColumn, locateJsonError } from '../../../src/model/json.ts';

/** A 72-line dataset with `line` put in place of its 4th line. */
function datasetWith(line: string): string {
  const lines = ['{', '  "schemaVersion": 1,', '  "title": "A story",', line, '  "events": ['];
  for (let i = 0; i < 64; i++) lines.push(`    { "id": "event-${i}", "title": "Event ${i}" },`);
  lines.push('    { "id": "last" }', '  ]', '}');
  return lines.join('\n');
}

/** What Chromium says of these: no position at all. */
const chromiumError = (text: string) => new SyntaxError(`Unexpected token, "${text.slice(0, 10)}"... is not valid JSON`);

const at = (text: string) => {
  const offset = locateJsonError(text);
  return offset < 0 ? null : lineAndColumn(text, offset);
};

describe('locating a JSON syntax error', () => {
  it.each([
    ['NaN', '  "count": NaN,', { line: 4, column: 12 }],
    ['a single-quoted string', "  'description': 'x',", { line: 4, column: 3 }],
    ['an unclosed string', '  "description": "never closed,', { line: 4, column: 18 }],
    ['a line comment', '  // the events follow', { line: 4, column: 3 }],
    ['a block comment', '  /* the events follow */', { line: 4, column: 3 }],
    ['a key without quotes', '  description: "x",', { line: 4, column: 3 }],
    ['a missing comma', '  "description": "x"', { line: 5, column: 3 }],
    ['undefined', '  "language": undefined,', { line: 4, column: 15 }],
    ['a leading zero', '  "count": 012,', { line: 4, column: 13 }],
    ['a raw tab in a string', '  "description": "a\tb",', { line: 4, column: 18 }],
  ])('%s on line 4 of 72', (_, line, expected) => {
    const text = datasetWith(line);
    expect(text.split('\n')).toHaveLength(72);
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
    expect(at(text)).toEqual(expected);
    expect(describeJsonSyntaxError('events.json', text, chromiumError(text))).toMatch(
      new RegExp(`^events\\.json:${expected.line}:${expected.column}: invalid JSON: `),
    );
  });

  it('a trailing comma, in an array and in an object', () => {
    expect(at('[\n  1,\n  2,\n]')).toEqual({ line: 4, column: 1 });
    expect(at('{\n  "a": 1,\n}')).toEqual({ line: 3, column: 1 });
  });

  it('a file that stops short is located at its end', () => {
    expect(at('{\n  "events": [\n')).toEqual({ line: 3, column: 1 });
    expect(at('{ "a": ')).toEqual({ line: 1, column: 8 });
  });

  it('text after the value', () => {
    expect(at('{}\n{}')).toEqual({ line: 2, column: 1 });
  });

  it('keeps the position the engine gives', () => {
    const text = '{\n  "a": 1 "b"\n}';
    const error = new SyntaxError(`Expected ',' or '}' after property value in JSON at position 11 (line 2 column 10)`);
    expect(describeJsonSyntaxError('f.json', text, error)).toBe(`f.json:2:10: invalid JSON: Expected ',' or '}' after property value`);
  });

  it('finds nothing wrong in JSON, at any depth, quickly', () => {
    expect(locateJsonError('{"a":[1,-2.5e+3,true,false,null,"\\u00e9\\n",{}],"b":{"c":[]}}')).toBe(-1);
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(locateJsonError(deep)).toBe(-1);
    const long = JSON.stringify({ text: 'word '.repeat(1_000_000) });
    const started = performance.now();
    expect(locateJsonError(long)).toBe(-1);
    // Unclosed: located at its opening quote.
    expect(locateJsonError(long.slice(0, -2))).toBe(8);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('agrees with JSON.parse on what is JSON, for any text one character away from JSON', () => {
    const mutated = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom('insert', 'delete'), fc.constantFrom(...'{}[],:"\\\'0-.e+ \n\tNtfnx/'))
      .map(([json, position, how, char]) => {
        const i = position % (json.length + 1);
        return how === 'insert' ? json.slice(0, i) + char + json.slice(i) : json.slice(0, i) + json.slice(i + 1);
      });
    fc.assert(
      fc.property(mutated, (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(locateJsonError(text) === -1).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });
});
