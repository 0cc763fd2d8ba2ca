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
  /**
   * The kind of note, worded for a report that lists each kind once with a count ("Time of day
   * dropped (the format's dates stop at the day)"); notes with the same group are shown together.
   */
  group?: string;
  /** The value this note is about, quoted for the grouped report: "'10:30'". */
  example?: string;
  /** Set when the note says an input item was skipped: why, in a few words ("with no date", "era"). */
  skipped?: string;
}

/** What a note may add to its level, place and message. */
export type NoteDetails = Pick<InteropNote, 'group' | 'example' | 'skipped'>;

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

  notCarriedOver(where: string, message: string, details: NoteDetails = {}): void {
    this.notes.push({ level: 'not-carried-over', where, message, ...details });
  }

  info(where: string, message: string, details: NoteDetails = {}): void {
    this.notes.push({ level: 'info', where, message, ...details });
  }

  get hasErrors(): boolean {
    return hasErrors(this.notes);
  }
}

// ---------------------------------------------------------------------------------------------
// The report an editor reads: what came in, what was skipped and why, then the rest grouped.

/** What an import made of its input, for the report's first and last lines. */
export interface ImportCount {
  /** What the input's items are called: ['slide', 'slides'] or ['row', 'rows']. */
  unit: readonly [one: string, many: string];
  /** Items read (title and era slides and skipped ones included). */
  read: number;
  events: number;
  /** Whether one item gave the dataset its title rather than an event. */
  title: boolean;
}

const plural = (count: number, [one, many]: readonly [string, string]) => `${count} ${count === 1 ? one : many}`;

/** The skipped items by reason, in the order of the notes: [reason, places]. */
export function skippedByReason(notes: readonly InteropNote[]): [string, string[]][] {
  const byReason = new Map<string, string[]>();
  for (const note of notes) {
    if (note.skipped === undefined) continue;
    const places = byReason.get(note.skipped) ?? [];
    places.push(note.where);
    byReason.set(note.skipped, places);
  }
  return [...byReason];
}

function listPlaces(places: readonly string[], max = 5): string {
  const shown = places.slice(0, max).join(', ');
  return places.length > max ? `${shown} and ${places.length - max} more` : shown;
}

/**
 * The report's first line: "17 slides → 14 events; 3 skipped: 2 with no date (row 5, row 9), 1 era (row 12)".
 */
export function importHeadline(count: ImportCount, notes: readonly InteropNote[]): string {
  const skipped = skippedByReason(notes);
  const skippedCount = skipped.reduce((sum, [, places]) => sum + places.length, 0);
  const made = `${plural(count.read, count.unit)} → ${plural(count.events, ['event', 'events'])}${count.title ? ' and the title' : ''}`;
  if (skippedCount === 0) return `${made}; none skipped`;
  const reasons = skipped.map(([reason, places]) => `${places.length} ${reason} (${listPlaces(places)})`);
  return `${made}; ${skippedCount} skipped: ${reasons.join(', ')}`;
}

/** The closing words: "14 of 17 slides became events; 3 skipped (2 with no date, 1 era)". */
export function importClosing(count: ImportCount, notes: readonly InteropNote[]): string {
  const skipped = skippedByReason(notes);
  const skippedCount = skipped.reduce((sum, [, places]) => sum + places.length, 0);
  const became = `${count.events} of ${plural(count.read, count.unit)} became events${count.title ? ' (and one the title)' : ''}`;
  if (skippedCount === 0) return `${became}; none skipped`;
  return `${became}; ${skippedCount} skipped (${skipped.map(([reason, places]) => `${places.length} ${reason}`).join(', ')})`;
}

export interface NoteGroup {
  level: NoteLevel;
  /** The group's heading (what happened, why, the likely fix), or the note itself when it stands alone. */
  text: string;
  count: number;
  /** At most `maxExamples` places with their values: "row 3 '10:30'". */
  examples: string[];
  /** How many places the examples leave out. */
  more: number;
}

/**
 * Notes of the same kind (same `group`) become one entry with a count and a few examples, in
 * the order each kind first appears; a note without a group, or alone in its group, stands as
 * written. Pure: the CLI only prints the result (formatNoteGroup).
 */
export function groupNotes(notes: readonly InteropNote[], maxExamples = 3): NoteGroup[] {
  const groups: NoteGroup[] = [];
  const members = new Map<string, InteropNote[]>();
  const order: (InteropNote | string)[] = [];
  for (const note of notes) {
    if (note.group === undefined) {
      order.push(note);
      continue;
    }
    const key = `${note.level}\u0000${note.group}`;
    const list = members.get(key);
    if (list === undefined) {
      members.set(key, [note]);
      order.push(key);
    } else {
      list.push(note);
    }
  }
  for (const item of order) {
    const list = typeof item === 'string' ? (members.get(item) ?? []) : [item];
    const [first] = list;
    if (first === undefined) continue;
    if (list.length === 1 || first.group === undefined) {
      groups.push({ level: first.level, text: formatNote(first), count: 1, examples: [], more: 0 });
      continue;
    }
    const examples = list
      .slice(0, maxExamples)
      .map((note) => [note.where, note.example ?? ''].filter((part) => part !== '').join(' '))
      .filter((example) => example !== '');
    groups.push({ level: first.level, text: first.group, count: list.length, examples, more: list.length - examples.length });
  }
  return groups;
}

/** "Time of day dropped (…) — 12, e.g. row 3 '10:30', row 4 '9:00', row 7 '14:30' and 9 more". */
export function formatNoteGroup(group: NoteGroup): string {
  if (group.count === 1 && group.examples.length === 0) return group.text;
  const examples = group.examples.length > 0 ? `, e.g. ${group.examples.join(', ')}${group.more > 0 ? ` and ${group.more} more` : ''}` : '';
  return `${group.text} — ${group.count}${examples}`;
}

/**
 * The report of an import, without its errors: what was skipped grouped by reason, then what
 * was not carried over and what the import decided, each kind once with its count.
 */
export function formatReport(notes: readonly InteropNote[]): string[] {
  const section = (level: NoteLevel, heading: string) => {
    const selected = notes.filter((note) => note.level === level);
    if (selected.length === 0) return [];
    return [`${heading} (${selected.length}):`, ...groupNotes(selected).map((group) => `  ${formatNoteGroup(group)}`)];
  };
  return [...section('not-carried-over', 'Not carried over'), ...section('info', 'Notes')];
}
