/**
 * What an import or export has to tell its user. Converters never print: they return notes,
 * and the CLI decides how to show them. Nothing is dropped without a note saying so.
 */

export type NoteLevel =
  /** The input cannot be converted as it stands; the CLI writes nothing and exits non-zero. */
  | 'error'
  /** Something in the input has no place in the target format and was left behind. */
  | 'not-carried-over'
  /** A decision the converter made that the user may want to know about. */
  | 'info';

export interface InteropNote {
  level: NoteLevel;
  /** Where in the input, in the user's terms: "row 4", "row 4, column Month", "event 3". */
  where: string;
  message: string;
}

export function formatNote(note: InteropNote): string {
  return note.where === '' ? note.message : `${note.where}: ${note.message}`;
}

export function hasErrors(notes: readonly InteropNote[]): boolean {
  return notes.some((note) => note.level === 'error');
}

/** Quotes a value for a message, shortened so that a long text or URL cannot flood the report. */
export function quoteValue(value: string, maxLength = 60): string {
  const oneLine = value.replace(/\s+/g, ' ').trim();
  const shown = oneLine.length > maxLength ? `${oneLine.slice(0, maxLength - 1)}…` : oneLine;
  return `'${shown}'`;
}

/** Collects notes; `where` is the location shared by the notes of one row or event. */
export class NoteCollector {
  readonly notes: InteropNote[] = [];

  error(where: string, message: string): void {
    this.notes.push({ level: 'error', where, message });
  }

  notCarriedOver(where: string, message: string): void {
    this.notes.push({ level: 'not-carried-over', where, message });
  }

  info(where: string, message: string): void {
    this.notes.push({ level: 'info', where, message });
  }

  get hasErrors(): boolean {
    return hasErrors(this.notes);
  }
}
