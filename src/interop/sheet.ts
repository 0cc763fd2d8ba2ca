/**
 * Reading and writing spreadsheet CSV. papaparse does the tokenising (quoted cells with
 * line breaks and doubled quotes); this module adds what users of a sheet need: a BOM
 * ignored, the `,` `;` or tab delimiter taken from the header row, columns found by name
 * whatever their order or case, row numbers as the spreadsheet shows them (header = row 1,
 * empty rows counted), and errors that name the row and the column.
 */
import Papa from 'papaparse';
import { NoteCollector, quoteValue, type InteropNote } from './notes.ts';

export interface SheetSpec {
  /** Prefix for locations in messages, e.g. "sources sheet"; "" for a single-sheet file. */
  label: string;
  /** Known columns, spelled as documented. */
  columns: readonly string[];
  /** Columns that must be present in the header. */
  required: readonly string[];
}

export interface SheetRow {
  /** The row number a spreadsheet shows: the header is row 1. */
  rowNumber: number;
  /** Trimmed cell of each known column present in the header, keyed by the documented name. */
  cells: ReadonlyMap<string, string>;
}

export interface ReadSheet {
  rows: SheetRow[];
  /** Known columns that the header has. */
  presentColumns: ReadonlySet<string>;
  /** Header cells that name no known column, with how many rows fill them. */
  unknownColumns: { name: string; filledRows: number }[];
}

export type ReadSheetResult = ({ ok: true } & ReadSheet & { notes: InteropNote[] }) | { ok: false; notes: InteropNote[] };

/** "End  Year", "end year" and "END YEAR" all name the column "End Year". */
function columnKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

export function rowLocation(spec: Pick<SheetSpec, 'label'>, rowNumber: number, column?: string): string {
  const row = spec.label === '' ? `row ${rowNumber}` : `${spec.label} row ${rowNumber}`;
  return column === undefined ? row : `${row}, column ${column}`;
}

/** Splits CSV text into rows of cells; the first row is the header. */
export function readSheet(csvText: string, spec: SheetSpec): ReadSheetResult {
  const collector = new NoteCollector();
  const where = (rowNumber: number, column?: string) => rowLocation(spec, rowNumber, column);
  const sheetName = spec.label === '' ? 'the sheet' : `the ${spec.label}`;

  const text = stripByteOrderMark(csvText);
  const parsed = Papa.parse<string[]>(text, {
    header: false,
    delimiter: detectDelimiter(text),
    // Empty rows are kept here and skipped below, so that row numbers match the spreadsheet.
    skipEmptyLines: false,
  });
  for (const error of parsed.errors) {
    const rowNumber = (error.row ?? 0) + 1;
    const message =
      error.code === 'MissingQuotes'
        ? 'a quoted cell is never closed: a " is missing, so the rest of the file would be read as one cell'
        : error.code === 'InvalidQuotes'
          ? 'a quoted cell has text after its closing " (write a " inside a cell as "")'
          : error.message;
    collector.error(where(rowNumber), message);
  }
  if (collector.hasErrors) return { ok: false, notes: collector.notes };

  const [header, ...body] = parsed.data;
  if (header === undefined || header.every((cell) => cell.trim() === '')) {
    collector.error('', `${sheetName} is empty: the first row must name the columns (${spec.columns.join(', ')})`);
    return { ok: false, notes: collector.notes };
  }

  const knownByKey = new Map(spec.columns.map((column) => [columnKey(column), column]));
  const columnAt: (string | undefined)[] = [];
  const presentColumns = new Set<string>();
  const unknownAt = new Map<number, string>();
  header.forEach((cell, index) => {
    const known = knownByKey.get(columnKey(cell));
    if (known !== undefined) {
      if (presentColumns.has(known)) {
        collector.error(where(1, known), `the column ${known} appears twice in the header`);
      }
      presentColumns.add(known);
      columnAt[index] = known;
    } else {
      columnAt[index] = undefined;
      unknownAt.set(index, cell.trim() === '' ? `(unnamed column ${index + 1})` : cell.trim());
    }
  });
  for (const column of spec.required) {
    if (!presentColumns.has(column)) {
      collector.error(
        where(1, column),
        `the header has no column ${column}; the first row must name the columns (${spec.columns.join(', ')})`,
      );
    }
  }
  if (collector.hasErrors) return { ok: false, notes: collector.notes };

  const rows: SheetRow[] = [];
  const filledUnknown = new Map<number, number>();
  body.forEach((rawCells, bodyIndex) => {
    const rowNumber = bodyIndex + 2;
    if (rawCells.every((cell) => cell.trim() === '')) return;
    const cells = new Map<string, string>();
    const missing: string[] = [];
    columnAt.forEach((column, index) => {
      const raw = rawCells[index];
      if (raw === undefined) {
        if (column !== undefined) missing.push(column);
        return;
      }
      if (column === undefined) {
        if (raw.trim() !== '') filledUnknown.set(index, (filledUnknown.get(index) ?? 0) + 1);
        return;
      }
      cells.set(column, unescapeFormula(raw.trim()).trim());
    });
    if (missing.length > 0) {
      collector.error(
        where(rowNumber, missing[0]),
        `missing: the row has ${rawCells.length} cells but the header has ${header.length}` +
          (missing.length > 1 ? ` (columns ${missing.join(', ')} are missing)` : '') +
          '; is a delimiter missing, or a quote left open in the row above?',
      );
      return;
    }
    const extra = rawCells.slice(header.length).filter((cell) => cell.trim() !== '');
    if (extra.length > 0) {
      collector.error(
        where(rowNumber),
        `the row has ${rawCells.length} cells but the header names only ${header.length} columns ` +
          `(extra ${quoteValue(extra[0] ?? '')}); does a cell contain the delimiter without quotes around it?`,
      );
      return;
    }
    rows.push({ rowNumber, cells });
  });
  if (collector.hasErrors) return { ok: false, notes: collector.notes };

  const unknownColumns = [...unknownAt].map(([index, name]) => ({ name, filledRows: filledUnknown.get(index) ?? 0 }));
  return { ok: true, rows, presentColumns, unknownColumns, notes: collector.notes };
}

/** Only the header row, for telling one sheet layout from another. */
export function readHeader(csvText: string): string[] {
  const text = stripByteOrderMark(csvText);
  const parsed = Papa.parse<string[]>(text, { header: false, delimiter: detectDelimiter(text), preview: 1 });
  return (parsed.data[0] ?? []).map((cell) => cell.trim());
}

export function hasColumns(header: readonly string[], columns: readonly string[]): boolean {
  const keys = new Set(header.map(columnKey));
  return columns.every((column) => keys.has(columnKey(column)));
}

/** Writes rows as CSV with a comma delimiter and "\n" line ends, quoting only where needed. */
export function writeSheet(columns: readonly string[], rows: readonly (readonly string[])[]): string {
  const data = rows.map((row) => row.map(escapeFormula));
  return `${Papa.unparse({ fields: [...columns], data }, { newline: '\n', delimiter: ',' })}\n`;
}

const DELIMITERS = [',', ';', '\t'] as const;

/**
 * The delimiter is the one the header row uses most. papaparse's own guess looks at the
 * data rows too and can be misled by quoted cells full of ";" (or, with its default
 * candidates, by the "|" of our quote cells); header cells are plain column names.
 */
export function detectDelimiter(text: string): string {
  let headerRow = '';
  let inQuotes = false;
  for (const char of text) {
    if (char === '"') inQuotes = !inQuotes;
    else if ((char === '\n' || char === '\r') && !inQuotes) break;
    else if (!inQuotes) headerRow += char;
  }
  const counts = DELIMITERS.map((delimiter) => headerRow.split(delimiter).length - 1);
  const best = Math.max(...counts);
  // Ties and a one-column header fall back to the comma, the CSV default.
  return best === 0 ? ',' : (DELIMITERS[counts.indexOf(best)] ?? ',');
}

function stripByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * A cell that starts with = + - @ is run as a formula by spreadsheet programs ("CSV
 * injection"), so exports prefix it with an apostrophe, which spreadsheets read as "this is
 * text". Reading removes exactly one apostrophe again. Values that already start with
 * apostrophes before such a character get one more, so the pair is lossless.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;
/** A plain number such as the year -44 is no formula, and TimelineJS must read it as a number. */
const PLAIN_NUMBER = /^[+-]?\d+(?:\.\d+)?$/;

export function escapeFormula(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

export function unescapeFormula(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value) ? value.slice(1) : value;
}
