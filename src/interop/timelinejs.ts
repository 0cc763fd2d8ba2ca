/**
 * What TimelineJS (https://timeline.knightlab.com) documents about its two input formats,
 * shared by the importer and the exporter.
 */

/** The columns of TimelineJS's Google-spreadsheet template, in the template's order. */
export const TIMELINEJS_COLUMNS = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Type',
  'Group',
  'Background',
] as const;

export type TimelineJsColumn = (typeof TIMELINEJS_COLUMNS)[number];

/**
 * Values of the Type column. "title" and "era" are TimelineJS's; "planned" is ours: TimelineJS
 * shows such a row as an ordinary event, and our importer reads it as status "planned".
 */
export const TITLE_TYPE = 'title';
export const ERA_TYPE = 'era';
export const PLANNED_TYPE = 'planned';

/** TimelineJS JSON, as documented; every field is optional here because input is untrusted. */
export interface TimelineJsDate {
  year?: number | string;
  month?: number | string;
  day?: number | string;
  hour?: number | string;
  minute?: number | string;
  second?: number | string;
  millisecond?: number | string;
  display_date?: string;
  format?: string;
}

export interface TimelineJsSlide {
  start_date?: TimelineJsDate;
  end_date?: TimelineJsDate;
  text?: { headline?: string; text?: string };
  media?: { url?: string; caption?: string; credit?: string; thumbnail?: string; alt?: string; title?: string; link?: string };
  group?: string;
  display_date?: string;
  background?: { url?: string; color?: string; alt?: string };
  autolink?: boolean;
  unique_id?: string;
}

export interface TimelineJsDocument {
  title?: TimelineJsSlide;
  events: TimelineJsSlide[];
  eras?: TimelineJsSlide[];
  scale?: 'human' | 'cosmological';
}
