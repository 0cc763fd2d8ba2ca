import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeFormula, readSheet, unescapeFormula, writeSheet, type SheetSpec } from '../../../src/interop/sheet.ts';
import { messages } from './helpers.ts';

const SPEC: SheetSpec = { label: '', columns: ['Year', 'Headline', 'Text'], required: ['Year', 'Headline'] };

function read(csv: string) {
  const result = readSheet(csv, SPEC);
  if (!result.ok) throw new Error(messages(result.notes).join('\n'));
  return result;
}

const cells = (csv: string) => read(csv).rows.map((row) => [row.rowNumber, Object.fromEntries(row.cells)]);

describe('readSheet', () => {
  it('finds columns by name, whatever their order, case and spacing', () => {
    expect(cells('text, HEADLINE ,year\nA,B,2016\n')).toEqual([[2, { Text: 'A', Headline: 'B', Year: '2016' }]]);
  });

  it('reads quoted cells with delimiters, doubled quotes and line breaks', () => {
    expect(cells('Year,Headline,Text\n2016,"A, B","He said ""no"".\nThen left."\n')).toEqual([
      [2, { Year: '2016', Headline: 'A, B', Text: 'He said "no".\nThen left.' }],
    ]);
  });

  it('ignores a byte order mark', () => {
    expect(read('\uFEFFYear,Headline\n2016,A\n').presentColumns.has('Year')).toBe(true);
  });

  it('detects ";" and tab delimiters', () => {
    expect(cells('Year;Headline;Text\n2016;"A; B";C, D\n')).toEqual([[2, { Year: '2016', Headline: 'A; B', Text: 'C, D' }]]);
    expect(cells('Year\tHeadline\n2016\tA\n')).toEqual([[2, { Year: '2016', Headline: 'A' }]]);
  });

  it('never takes "|" for the delimiter, since our quote cells contain it', () => {
    expect(cells('Year,Headline\n2016,a|b|c\n2017,d|e|f\n')).toEqual([
      [2, { Year: '2016', Headline: 'a|b|c' }],
      [3, { Year: '2017', Headline: 'd|e|f' }],
    ]);
  });

  it('skips empty rows but numbers the others as the spreadsheet does', () => {
    expect(cells('Year,Headline\r\n\r\n,\r\n  ,  \r\n2016,"two\nlines"\r\n2017,B\r\n\r\n')).toEqual([
      [5, { Year: '2016', Headline: 'two\nlines' }],
      [6, { Year: '2017', Headline: 'B' }],
    ]);
  });

  it('reports columns it does not know, and how many rows fill them', () => {
    expect(read('Year,Headline,Notes,\n2016,A,x,\n2017,B,,\n').unknownColumns).toEqual([
      { name: 'Notes', filledRows: 1 },
      { name: '(unnamed column 4)', filledRows: 0 },
    ]);
  });

  it('names a required column that the header lacks', () => {
    const result = readSheet('Year,Text\n2016,A\n', SPEC);
    expect(result.ok).toBe(false);
    expect(messages(result.notes)).toEqual([
      'row 1, column Headline: the header has no column Headline; the first row must name the columns (Year, Headline, Text)',
    ]);
  });

  it('names the row and the column of a row that is too short', () => {
    const result = readSheet('Year,Headline,Text\n2016,A,B\n2017\n', SPEC);
    expect(result.ok).toBe(false);
    expect(messages(result.notes)).toEqual([
      'row 3, column Headline: missing: the row has 1 cells but the header has 3 (columns Headline, Text are missing); is a delimiter missing, or a quote left open in the row above?',
    ]);
  });

  it('reports a row with more cells than the header', () => {
    const result = readSheet('Year,Headline\n2016,A,B\n', SPEC);
    expect(messages(result.notes)[0]).toMatch(/^row 2: the row has 3 cells but the header names only 2 columns \(extra 'B'\)/);
  });

  it('accepts extra cells when they are empty, as spreadsheet exports often have', () => {
    expect(cells('Year,Headline\n2016,A,,\n')).toEqual([[2, { Year: '2016', Headline: 'A' }]]);
  });

  it('reports a quote that is never closed', () => {
    const result = readSheet('Year,Headline\n2016,A\n2017,"B\n2018,C\n', SPEC);
    expect(result.ok).toBe(false);
    expect(messages(result.notes)[0]).toMatch(/^row 3: a quoted cell is never closed/);
  });

  it('reports an empty file', () => {
    expect(messages(readSheet('', SPEC).notes)).toEqual(['the sheet is empty: the first row must name the columns (Year, Headline, Text)']);
  });

  it('reports a column named twice', () => {
    expect(messages(readSheet('Year,Headline,year\n', SPEC).notes)).toEqual([
      'row 1, column Year: the column Year appears twice in the header',
    ]);
  });
});

describe('writeSheet', () => {
  it('quotes only what needs quoting', () => {
    expect(
      writeSheet(
        ['a', 'b'],
        [
          ['x, y', 'say "hi"\nbye'],
          ['plain', ''],
        ],
      ),
    ).toBe('a,b\n"x, y","say ""hi""\nbye"\nplain,\n');
  });

  it('defuses cells that a spreadsheet would run as formulas', () => {
    expect(writeSheet(['a'], [['=HYPERLINK("http://evil")'], ['-2+3'], ['@x'], ['+1'], ['-44']])).toBe(
      'a\n"\'=HYPERLINK(""http://evil"")"\n\'-2+3\n\'@x\n+1\n-44\n',
    );
  });

  it('is read back to the same trimmed cells', () => {
    const cell = fc
      .string({ unit: fc.constantFrom('a', '1', ' ', ',', ';', '"', '\n', "'", '=', '-', '@', '+', '|', 'é') })
      .map((s) => s.trim());
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), { maxLength: 5 }), (rows) => {
        const spec: SheetSpec = { label: '', columns: ['a', 'b'], required: ['a', 'b'] };
        const result = readSheet(writeSheet(['a', 'b'], rows), spec);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const nonEmpty = rows.filter(([a, b]) => a !== '' || b !== '');
        expect(result.rows.map((row) => [row.cells.get('a'), row.cells.get('b')])).toEqual(nonEmpty);
      }),
    );
  });

  it('escapes and unescapes formulas losslessly', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("'", '=', 'a', '-', '+', '1', '.', ' ') }), (value) => {
        expect(unescapeFormula(escapeFormula(value))).toBe(value);
      }),
    );
  });
});
