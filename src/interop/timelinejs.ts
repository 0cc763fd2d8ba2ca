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

/**
 * Columns that TimelineJS reads when a sheet has them, though its template does not list
 * them: "Alt Text" (read by TimelineJS3's CSV reader as media.alt), and "Media Alt", which
 * editors write by analogy with the other Media columns.
 */
export const TIMELINEJS_OPTIONAL_COLUMNS = ['Alt Text', 'Media Alt'] as const;

/**
 * Texts that TimelineJS's template and examples ship and that editors leave in by mistake:
 * instructions, not content. Compared without case, white space or final punctuation; a cell
 * whose text is a column's name ("Media Credit" in the Media Credit column) counts too.
 * Knight Lab's template marks its instructions with <span class="tl-note">, which the import
 * drops whatever their words.
 */
export const TEMPLATE_PLACEHOLDERS = [
  'This is a headline',
  'Headline goes here',
  'Your headline here',
  'Text for slide',
  'Your text here',
  'Add a caption',
  'Caption goes here',
  'Credit goes here',
  'Use a different background colour',
  'Use a different background color',
  'Embed sound clips from Soundcloud',
  'Embed soundclips from Soundcloud',
  'Videos from Vimeo are also easy to embed',
  'Timeline can easily embed Google Maps',
  'This slide demonstrates a simple "image" media type',
  'You can add a YouTube URL like this video',
  'Just include the URL to the Wikipedia article',
] as const;

/** Folds a text for comparison with the placeholders. */
export function placeholderKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[“”"]/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/[\s.!…:;,]+$/, '')
    .trim();
}

const PLACEHOLDER_KEYS = new Set([...TEMPLATE_PLACEHOLDERS, ...TIMELINEJS_COLUMNS, ...TIMELINEJS_OPTIONAL_COLUMNS].map(placeholderKey));

/** Whether a cell or paragraph is text the template ships, not the editor's own. */
export function isTemplatePlaceholder(text: string, fieldName = ''): boolean {
  const key = placeholderKey(text);
  if (key === '') return false;
  return PLACEHOLDER_KEYS.has(key) || key === placeholderKey(fieldName.replace(/^media\./, ''));
}

export type MediaUrlKind = 'image' | 'video' | 'audio' | 'page';

const IMAGE_HOSTS = [/^upload\.wikimedia\.org$/, /^i\.imgur\.com$/, /^(?:farm\d+|live|c\d*)\.staticflickr\.com$/, /^pbs\.twimg\.com$/];
const VIDEO_HOSTS = [
  /(?:^|\.)youtube\.com$/,
  /^youtu\.be$/,
  /(?:^|\.)youtube-nocookie\.com$/,
  /(?:^|\.)vimeo\.com$/,
  /(?:^|\.)dailymotion\.com$/,
  /^dai\.ly$/,
];
const AUDIO_HOSTS = [/(?:^|\.)soundcloud\.com$/, /(?:^|\.)spotify\.com$/];
const IMAGE_EXTENSIONS = /\.(?:jpe?g|png|gif|webp|svg|avif)$/i;
const VIDEO_EXTENSIONS = /\.(?:mp4|webm|mov)$/i;
const AUDIO_EXTENSIONS = /\.(?:mp3|ogg|wav|m4a)$/i;

/**
 * What an address shows, judged as TimelineJS judges it, from its host and the extension of
 * its path: images by extension or known image hosts; videos and sounds from the sites
 * TimelineJS embeds and the file types browsers play; anything else is a page to link to
 * (a Wikipedia article, a tweet, a map, a document).
 */
export function mediaKindOf(url: string): MediaUrlKind {
  const match = /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/?#:]+)[^/?#]*([^?#]*)/i.exec(url);
  const host = (match?.[1] ?? '').toLowerCase().replace(/^www\./, '');
  const path = match === null ? (url.split(/[?#]/)[0] ?? '') : (match[2] ?? '');
  // The file type first: a sound file on an image host is still a sound.
  if (IMAGE_EXTENSIONS.test(path)) return 'image';
  if (VIDEO_EXTENSIONS.test(path)) return 'video';
  if (AUDIO_EXTENSIONS.test(path)) return 'audio';
  if (IMAGE_HOSTS.some((pattern) => pattern.test(host))) return 'image';
  if (VIDEO_HOSTS.some((pattern) => pattern.test(host))) return 'video';
  if (AUDIO_HOSTS.some((pattern) => pattern.test(host))) return 'audio';
  return 'page';
}
