/**
 * The timeline as a standalone, print-ready SVG document, with a title, a legend and the
 * sources. Its rows, lanes, lane order, marks, link anchors and link markers are those the
 * app draws, from the same pure modules (layout/geometry.ts, layout/links.ts), so that it
 * runs in Node and cannot drift from the screen.
 *
 * What it shows: the events whose mark falls in the range (by default the story's densest
 * window, as the app opens), packed in rows at the print scale; links between two drawn
 * events; the number of events left out on either side. Every text from the dataset is
 * XML-escaped, stripped of characters XML cannot hold, and has its bidi controls balanced
 * so that a title cannot reorder the text after it. Same input, same string.
 */
import { countryName, STRINGS, type Locale } from '../i18n/strings.ts';
import { densestWindow, fitLabels, fitsLegibly, labelledTimes } from '../layout/focusRange.ts';
import {
  axisTicks,
  createTimeScale,
  dataExtent,
  DAY_MS,
  DEFAULT_LABEL_GEOMETRY,
  estimateLabelWidth,
  linkPath,
  LINK_MARKER_SHAPES,
  LINK_MARKERS,
  linkStyle,
  packAtZoom,
  preparePackable,
  projectMark,
  type LinkMarker,
  type Mark,
  type PackableItem,
  type TimeDomain,
} from '../layout/index.ts';
import {
  AXIS_HEIGHT,
  laneBands,
  laneComparator,
  linkAnchor,
  markShape,
  caretPath,
  rowCentreY,
  rowsHeight,
  type MarkRect,
} from '../layout/geometry.ts';
import { drawnShape, mirrorFor, textBidi, type Direction } from '../layout/mirror.ts';
import { directionOf, textDirection } from '../i18n/direction.ts';
import { allLinks } from '../model/relations.ts';
import { LIGHT } from '../theme/palette.ts';
import type { RelationType } from '../model/schema.ts';
import type { ParsedEvent } from '../model/validate.ts';

/** The app's light theme's country colours (theme/palette.ts): one per country, by order of `countries`. */
export const PRINT_PALETTE: readonly string[] = LIGHT.countries;

export interface SvgSource {
  readonly id: string;
  readonly title: string;
}

export interface SvgExportOptions {
  /** Width of the whole image in px (the plot is this less the margins). */
  readonly width: number;
  /** [startMs, endMs] to show; defaults to `defaultPrintRange(events, width)`. */
  readonly range?: readonly [number, number];
  readonly locale: Locale;
  /** The heading and the SVG <title>; defaults to "Timeline". */
  readonly title?: string;
  /** Country order: colours and lanes follow it. Defaults to `countriesByFrequency(events)`. */
  readonly countries?: readonly string[];
  /** Tag order, for lanes by tag. Defaults to the most frequent tag first. */
  readonly tags?: readonly string[];
  /** Colours by country order, one for each of the first countries; defaults to PRINT_PALETTE. */
  readonly palette?: readonly string[];
  /** One swimlane per first country (true or 'country') or first tag ('tag'), as "Group by" in the app. */
  readonly lanes?: boolean | 'country' | 'tag' | null;
  /** Named in the footer when a drawn event quotes them, in this order. */
  readonly sources?: readonly SvgSource[];
  /** Which way time and text run; defaults to the locale's (right to left in Arabic: the picture is the app's, mirrored). */
  readonly direction?: Direction;
}

export interface SvgExport {
  readonly svg: string;
  readonly range: TimeDomain;
  /** Events drawn, and left out before and after the range. */
  readonly drawn: number;
  readonly earlier: number;
  readonly later: number;
}

// Labels at the size and with the room after them that components/measureLabel.ts gives them
// (it measures the font; the print estimates, see FONT_SAFETY).
const LABEL_FONT_PX = 13;
const LABEL_SLACK_PX = 14;
const GEOMETRY = DEFAULT_LABEL_GEOMETRY;

// The page around the plot.
const MARGIN = 24;
/** Room under the last row, inside the plot's frame. */
const PLOT_FOOT_PX = 12;
const TITLE_FONT_PX = 20;
const TITLE_LINE_PX = 25;
const SUBTITLE_FONT_PX = 12;
const LEGEND_FONT_PX = 12;
const LEGEND_LINE_PX = 22;
const FOOTER_FONT_PX = 11;
const FOOTER_LINE_PX = 15;
const FOOTER_INDENT_PX = 12;

// The app's light theme (theme/palette.ts): its surface is the paper.
const { ink: INK, muted: MUTED, rule: RULE, band: BAND, link: LINK, surface: PAPER } = LIGHT;
const ID = 'tlp-';

const SERIF = "Georgia, 'Times New Roman', Times, serif";
const SANS = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

// ---------------------------------------------------------------------------
// Text that is safe in XML

/** Characters XML 1.0 cannot hold even escaped: C0 controls but tab and newlines, lone surrogates, U+FFFE/F. */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- these are the characters XML cannot hold: matching them is the point.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;
const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes text for an XML element or a quoted attribute; what XML cannot hold becomes U+FFFD. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '\uFFFD').replace(/[&<>"']/g, (char) => XML_ESCAPES[char] as string);
}

const EMBEDDINGS = new Set(['\u202A', '\u202B', '\u202D', '\u202E']); // LRE RLE LRO RLO, closed by PDF
const ISOLATES = new Set(['\u2066', '\u2067', '\u2068']); // LRI RLI FSI, closed by PDI
const PDF = '\u202C';
const PDI = '\u2069';

/**
 * Closes every bidi embedding, override and isolate the text opens, and drops closers it
 * did not open, so that the text cannot reorder what follows it in the same line.
 */
export function balanceBidi(text: string): string {
  if (!/[\u202A-\u202E\u2066-\u2069]/u.test(text)) return text;
  const open: ('embed' | 'isolate')[] = [];
  let out = '';
  for (const char of text) {
    if (EMBEDDINGS.has(char)) {
      open.push('embed');
    } else if (ISOLATES.has(char)) {
      open.push('isolate');
    } else if (char === PDF) {
      if (open.at(-1) !== 'embed') continue;
      open.pop();
    } else if (char === PDI) {
      const at = open.lastIndexOf('isolate');
      if (at === -1) continue;
      // A PDI also closes the embeddings opened inside its isolate.
      open.length = at;
    }
    out += char;
  }
  for (const kind of open.reverse()) out += kind === 'embed' ? PDF : PDI;
  return out;
}

/**
 * Dataset text for one line of SVG text: one space for any run of white space (vertical
 * tab and form feed included), what XML cannot hold replaced before the bidi controls are
 * balanced (so that a dropped closer cannot join two lone surrogates into a pair).
 */
function clean(text: string): string {
  return balanceBidi(text.replace(/\s+/gu, ' ').trim().replace(NOT_XML, '\uFFFD'));
}

/** Dataset text, ready to stand in an element or attribute. */
const safe = (text: string) => escapeXml(clean(text));

/** A container element with one child a line, so that a change to the picture reads as a diff of lines. */
const block = (open: string, children: readonly string[], close: string) => [open, ...children, close].join('\n');

const num = (value: number) => {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
};

/**
 * The layout's estimate errs on the wide side for the app's fonts, but a print is opened
 * wherever: DejaVu Sans, what system-ui falls back to on Linux, is some 11% wider still.
 */
const FONT_SAFETY = 1.12;
const estimate = (text: string, fontPx: number) => estimateLabelWidth(text, fontPx * FONT_SAFETY);

/** Greedy word wrap by estimated width; a word wider than the line gets a line of its own. */
function wrapText(text: string, maxPx: number, fontPx: number): string[] {
  const lines: string[][] = [];
  let line: string[] = [];
  let linePx = 0;
  const spacePx = estimate(' ', fontPx);
  for (const word of text.split(' ').filter((part) => part !== '')) {
    const wordPx = estimate(word, fontPx);
    if (line.length > 0 && linePx + spacePx + wordPx > maxPx) {
      lines.push(line);
      line = [];
      linePx = 0;
    }
    linePx += (line.length > 0 ? spacePx : 0) + wordPx;
    line.push(word);
  }
  if (line.length > 0) lines.push(line);
  return lines.map((words) => words.join(' '));
}

// ---------------------------------------------------------------------------
// Layout

/** As the app orders its legend, colours and lanes: most frequent value first, then by code unit. */
function byFrequency(lists: Iterable<readonly string[]>): string[] {
  const counts = new Map<string, number>();
  for (const list of lists) for (const value of list) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([value]) => value);
}

export function countriesByFrequency(events: readonly ParsedEvent[]): string[] {
  return byFrequency(events.map((event) => event.countries));
}

const measure = (text: string) => estimate(text, LABEL_FONT_PX) + LABEL_SLACK_PX;
const plotWidthOf = (width: number) => Math.max(Math.round(width), 2 * MARGIN + 100) - 2 * MARGIN;

/** On paper nothing can be panned into view: every label that can fit, fits. */
const PRINT_FIT = { maxLabelShare: 0.8, maxGrowth: Infinity } as const;

/**
 * Where the app opens a story: all of it when every event reads at once (`fitsLegibly`), else
 * the densest window of its events, widened for their labels.
 */
export function defaultPrintRange(events: readonly ParsedEvent[], width: number): TimeDomain {
  return openingRange(events, preparePackable(events, { measureLabel: measure }), plotWidthOf(width));
}

/** `defaultPrintRange` for events already measured, in the same order. */
function openingRange(events: readonly ParsedEvent[], packable: readonly PackableItem[], plotWidth: number): TimeDomain {
  const extent = dataExtent(events.map((event) => event.parsedDate));
  const items = labelledTimes(packable, GEOMETRY);
  if (extent) {
    const whole = fitLabels(extent, items, plotWidth, { ...PRINT_FIT, padRatio: 0.02 });
    if (fitsLegibly(packable, whole, plotWidth, { geometry: GEOMETRY })) return whole;
  }
  const core = densestWindow(packable.map((item) => item.mark.atMs));
  if (core) return fitLabels([core[0] - DAY_MS, core[1] + DAY_MS], items, plotWidth, { ...PRINT_FIT, padRatio: 0.03 });
  return extent ?? [0, DAY_MS];
}

interface DrawnEvent {
  readonly event: ParsedEvent;
  readonly mark: Mark;
  readonly y: number;
  readonly colour: number | null;
}

function inRange(item: PackableItem, [r0, r1]: TimeDomain): boolean {
  const { mark } = item;
  if (mark.kind === 'point') return mark.atMs >= r0 && mark.atMs <= r1;
  return mark.atMs < r1 && mark.endMs > r0;
}

const compareEvents = (a: ParsedEvent, b: ParsedEvent) =>
  a.parsedDate.startMs - b.parsedDate.startMs || a.parsedDate.endMs - b.parsedDate.endMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

// ---------------------------------------------------------------------------
// Drawing

/** An end marker as the app's LinkMarkers draws it (layout/links.ts's LINK_MARKER_SHAPES), in the links' ink. */
function drawMarker(name: LinkMarker): string {
  const { viewBox, refX, refY, size, orient, shape, strokeWidth } = LINK_MARKER_SHAPES[name];
  const paint = strokeWidth === null ? `fill="${LINK}"` : `fill="none" stroke="${LINK}" stroke-width="${strokeWidth}"`;
  const drawn =
    shape.kind === 'path' ? `<path d="${shape.d}" ${paint}/>` : `<circle cx="${shape.cx}" cy="${shape.cy}" r="${shape.r}" ${paint}/>`;
  const turned = orient === null ? '' : ` orient="${orient}"`;
  return `<marker id="${ID}${name}" viewBox="${viewBox}" refX="${refX}" refY="${refY}" markerWidth="${size}" markerHeight="${size}"${turned}>${drawn}</marker>`;
}

function styleSheet(palette: readonly string[]): string {
  const colours = palette.map((colour, i) => `.c${i}{color:${colour}}`).join('');
  return [
    `svg{font-family:${SANS}}`,
    `.page{fill:${PAPER}}`,
    `.heading{font-family:${SERIF};font-size:${TITLE_FONT_PX}px;font-weight:700;fill:${INK}}`,
    `.subtitle,.beyond,.footer{fill:${MUTED}}`,
    `.subtitle{font-size:${SUBTITLE_FONT_PX}px}`,
    `.frame{stroke:${RULE};stroke-width:1}`,
    `.lane-band{fill:none}.lane-band.odd{fill:${BAND}}`,
    `.lane-label{font-size:12px;font-weight:700;letter-spacing:.02em;fill:${MUTED}}`,
    `.axis-band{fill:${PAPER}}`,
    `.axis text{font-size:12px;fill:${MUTED};font-variant-numeric:tabular-nums}`,
    `.tick,.baseline{stroke:${MUTED};stroke-width:1}.tick.minor{opacity:.5}`,
    `.grid{stroke:${RULE};stroke-width:1}`,
    `.link{fill:none;stroke:${LINK};stroke-width:1;opacity:.45}`,
    `.cnone{color:${MUTED}}${colours}`,
    `.dot{fill:currentColor;stroke:${PAPER};stroke-width:1.5}`,
    `.bar{fill:currentColor}`,
    `.band{fill:currentColor;opacity:.16}`,
    `.halo{fill:none;stroke:currentColor;stroke-width:1.25;stroke-dasharray:2 2.5}`,
    `.fuzzy .bar{opacity:.75}`,
    `.caret{fill:none;stroke:currentColor;stroke-width:1.5;stroke-linecap:round;stroke-linejoin:round}`,
    `.planned .dot,.planned .bar,.hollow{fill:${PAPER};stroke:currentColor;stroke-width:2;stroke-dasharray:3 2}`,
    `.label{font-size:${LABEL_FONT_PX}px;font-weight:500;fill:${INK};paint-order:stroke;stroke:${PAPER};stroke-width:3px;stroke-linejoin:round}`,
    `.qualifier{fill:${MUTED};font-weight:700}`,
    `.legend text{font-size:${LEGEND_FONT_PX}px;fill:${MUTED}}`,
    `.legend .swatch-band{fill:currentColor;opacity:.2}`,
    `.beyond{font-size:11px}`,
    `.footer{font-size:${FOOTER_FONT_PX}px}`,
    `.footer .lead{font-weight:700}`,
  ].join('\n');
}

/**
 * SVG has no dir="auto": a text in another direction than the picture's (an English title in
 * an Arabic print) is set in its own, anchored so that it still starts where the picture's
 * text would. '' where the picture's direction serves.
 */
function ownDirection(text: string, direction: Direction): string {
  const bidi = textBidi(textDirection(text), direction);
  return bidi.direction === undefined ? '' : ` direction="${bidi.direction}" text-anchor="${bidi.anchor}"`;
}

/** A rectangle of a mark's shape, placed at the mark's x. */
const drawRect = (className: string, rect: MarkRect, x: number) =>
  `<rect class="${className}" x="${num(x + rect.x)}" y="${rect.y}" width="${num(rect.width)}" height="${rect.height}" rx="${rect.rx}"/>`;

/**
 * A mark as the app's EventMark draws it (layout/geometry.ts's `markShape`, turned right to
 * left by layout/mirror.ts), on paper: its span's label stays at the plot's edge. `at` is
 * where the mark is drawn; `mark` is in reading coordinates.
 */
function drawMark({ event, mark, y, colour }: DrawnEvent, at: number, direction: Direction): string {
  const { band, bar, dot, halo, label, qualifier, caret } = drawnShape(markShape(mark, null), direction);
  const bidiAttributes = ownDirection(event.title, direction);
  const classes = ['event', colour === null ? 'cnone' : `c${colour}`];
  if (mark.planned) classes.push('planned');
  if (mark.approximate || mark.uncertain) classes.push('fuzzy');
  const parts: string[] = [];
  if (band) parts.push(drawRect('band', band, at));
  if (halo) parts.push(`<circle class="halo" cx="${num(at)}" cy="0" r="${halo.r}"/>`);
  if (dot) parts.push(`<circle class="dot" cx="${num(at)}" cy="0" r="${dot.r}"/>`);
  if (bar) parts.push(drawRect('bar', bar, at));
  if (event.dateBasis === 'inferred') parts.push(`<path class="caret" d="${caretPath(Number(num(at + caret.x)), caret.y)}"/>`);
  const tspan = qualifier === '' ? '' : `<tspan class="qualifier">${qualifier}</tspan>`;
  parts.push(`<text class="label" x="${num(at + label.x)}" y="${label.y}"${bidiAttributes}>${safe(event.title)}${tspan}</text>`);
  return `<g class="${classes.join(' ')}" data-event-id="${escapeXml(event.id)}" transform="translate(0 ${num(y)})">${parts.join('')}</g>`;
}

interface LegendItem {
  readonly swatch: string;
  readonly swatchWidth: number;
  readonly label: string;
}

/**
 * Legend items in lines that fit the width; returns the markup and the height used. Right to
 * left, the lines start at the right and each swatch, turned (a link's arrow points the way
 * time runs), stands to the right of its words.
 */
function drawLegend(
  groups: readonly (readonly LegendItem[])[],
  width: number,
  top: number,
  direction: Direction,
): { markup: string; height: number } {
  const rtl = direction === 'rtl';
  const rows: string[] = [];
  let y = top;
  for (const items of groups) {
    if (items.length === 0) continue;
    let x = 0;
    for (const item of items) {
      const itemWidth = item.swatchWidth + 6 + estimate(item.label, LEGEND_FONT_PX);
      if (x > 0 && x + itemWidth > width) {
        x = 0;
        y += LEGEND_LINE_PX;
      }
      const swatch = rtl ? `<g transform="scale(-1 1)">${item.swatch}</g>` : item.swatch;
      const textX = rtl ? -(item.swatchWidth + 6) : item.swatchWidth + 6;
      rows.push(
        `<g transform="translate(${num(rtl ? width - x : x)} ${num(y)})">${swatch}<text x="${textX}" y="4">${escapeXml(item.label)}</text></g>`,
      );
      x += itemWidth + 18;
    }
    y += LEGEND_LINE_PX;
  }
  return { markup: rows.join('\n'), height: y - top };
}

const LINK_ORDER: readonly RelationType[] = ['causes', 'responds-to', 'follows-up', 'context'];

function formatRange([from, to]: TimeDomain, locale: Locale): string {
  const format = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : locale === 'en' ? 'en-GB' : locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const start = new Date(from);
  const end = new Date(Math.max(from, to - 1));
  return format.formatRange(start, end);
}

export function renderTimelinePrint(events: readonly ParsedEvent[], options: SvgExportOptions): SvgExport {
  const { locale } = options;
  const direction = options.direction ?? directionOf(locale);
  const rtl = direction === 'rtl';

  const grouping = options.lanes === true ? 'country' : options.lanes || null;
  const lanes = grouping !== null;
  const text = STRINGS[locale];
  const palette = options.palette && options.palette.length > 0 ? options.palette : PRINT_PALETTE;
  const width = Math.max(Math.round(options.width), 2 * MARGIN + 100);
  const plotWidth = plotWidthOf(width);
  // The plot in reading coordinates, drawn through a mirror: right to left, time runs from the right edge.
  const mirror = mirrorFor(direction, plotWidth);
  // Where the header, legend and footer start: the right margin right to left, where the document's direction anchors their text.
  const startX = rtl ? width - MARGIN : MARGIN;
  const sign = rtl ? -1 : 1;
  const sorted = [...events].sort(compareEvents);
  const countries = options.countries ?? countriesByFrequency(sorted);
  // As in the app (theme/palette.ts's countryColourIndex): the most frequent countries get a colour each, the others the neutral one.
  const colourOf = new Map(countries.slice(0, palette.length).map((code, i) => [code, i]));
  const byId = new Map(sorted.map((event) => [event.id, event]));
  // As the app's Story.laneOf: the event's first tag or first country.
  const laneOf = (event: ParsedEvent | undefined) => (grouping === 'tag' ? event?.tags?.[0] : event?.countries[0]) ?? '';
  // Labels are measured once: for the range, and for the rows of the picture.
  const all = preparePackable(sorted, {
    measureLabel: measure,
    groupBy: grouping ? (event) => laneOf(byId.get(event.id)) : undefined,
  });
  const given = options.range;
  // A label cut by the edge of the paper cannot be scrolled to: a range given widens on the
  // right just enough for the labels of the events that start in it.
  const range: TimeDomain =
    given && Number.isFinite(given[0]) && Number.isFinite(given[1]) && given[1] > given[0]
      ? fitLabels([given[0], given[1]], labelledTimes(all, GEOMETRY), plotWidth, { ...PRINT_FIT, padRatio: 0 })
      : openingRange(sorted, all, plotWidth);
  const scale = createTimeScale(range, plotWidth);

  // Only the events in the range are packed, so that the rows are those of the picture.
  const firstCountry = (event: ParsedEvent) => event.countries[0] ?? '';
  const shown = all.filter((item) => inRange(item, range));
  const earlier = all.filter((item) => !inRange(item, range) && item.mark.atMs < range[0]).length;
  const later = all.length - shown.length - earlier;
  // A span that starts before the range is packed from the range's start, where its label goes.
  const packable = shown.map((item) => (item.mark.atMs < range[0] ? { ...item, mark: { ...item.mark, atMs: range[0] } } : item));
  const laneOrder = grouping === 'tag' ? (options.tags ?? byFrequency(sorted.map((event) => event.tags ?? []))) : countries;
  const packing = packAtZoom(packable, scale, { ...GEOMETRY, compareLanes: laneComparator(laneOrder) });
  const laneIndexOf = new Map(packing.lanes.map((lane, i) => [lane.key, i]));
  const plotHeight = rowsHeight(packing.lanes.length, packing.rowCount, lanes) + PLOT_FOOT_PX;

  const drawn: DrawnEvent[] = shown.flatMap((item) => {
    const event = byId.get(item.id);
    const packed = packing.byId.get(item.id);
    if (!event || !packed) return [];
    const y = rowCentreY(laneIndexOf.get(packed.lane) ?? 0, packed.row, lanes);
    return [{ event, mark: projectMark(item.mark, scale), y, colour: colourOf.get(firstCountry(event)) ?? null }];
  });
  const drawnById = new Map(drawn.map((entry) => [entry.event.id, entry]));

  // ---- header
  const parts: string[] = [];
  const title = clean(options.title ?? text.timeline) || text.timeline;
  const titleLines = wrapText(title, width - 2 * MARGIN, TITLE_FONT_PX * 1.1);
  let y = MARGIN;
  const header: string[] = [];
  for (const line of titleLines) {
    y += TITLE_LINE_PX;
    header.push(`<text class="heading" x="${startX}" y="${y - 6}"${ownDirection(line, direction)}>${escapeXml(balanceBidi(line))}</text>`);
  }
  const subtitle = `${text.showing(drawn.length, sorted.length)} · ${formatRange(range, locale)}`;
  y += 20;
  header.push(`<text class="subtitle" x="${startX}" y="${y - 4}">${escapeXml(subtitle)}</text>`);
  parts.push(block('<g class="header">', header, '</g>'));
  const plotTop = y + 10;

  // ---- plot: lanes, axis, links, marks, stacked as on screen
  const plot: string[] = [];
  if (lanes) {
    for (const band of laneBands(packing.lanes)) {
      // The lane's label sits above its first row.
      const name = !band.key ? '—' : grouping === 'tag' ? band.key : countryName(band.key, locale);
      plot.push(
        `<g class="lane"><rect class="lane-band${band.odd ? ' odd' : ''}" x="0" y="${band.top}" width="${plotWidth}" height="${band.height}"/>` +
          `<text class="lane-label" x="${mirror.x(8)}" y="${band.top + 14}">${escapeXml(name.toLocaleUpperCase(locale))}</text></g>`,
      );
    }
  }
  const ticks = axisTicks(scale, plotWidth, locale);
  const axis: string[] = [`<rect class="axis-band" x="0" y="0" width="${plotWidth}" height="${AXIS_HEIGHT}"/>`];
  for (const tick of ticks.minor) {
    const x = num(mirror.x(tick.x));
    axis.push(`<line class="tick minor" x1="${x}" x2="${x}" y1="${AXIS_HEIGHT - 5}" y2="${AXIS_HEIGHT}"/>`);
  }
  for (const tick of ticks.major) {
    const x = num(mirror.x(tick.x));
    axis.push(`<line class="grid" x1="${x}" x2="${x}" y1="${AXIS_HEIGHT}" y2="${plotHeight}"/>`);
    axis.push(`<line class="tick" x1="${x}" x2="${x}" y1="${AXIS_HEIGHT - 10}" y2="${AXIS_HEIGHT}"/>`);
    // On paper a label cut by the edge reads as a different date: leave it out.
    if (tick.x + 4 + estimate(tick.label, 12) <= plotWidth)
      axis.push(
        `<text x="${num(mirror.x(tick.x + 4))}" y="${AXIS_HEIGHT - 14}"${ownDirection(tick.label, direction)}>${escapeXml(tick.label)}</text>`,
      );
  }
  axis.push(`<line class="baseline" x1="0" x2="${plotWidth}" y1="${AXIS_HEIGHT}" y2="${AXIS_HEIGHT}"/>`);
  plot.push(block('<g class="axis">', axis, '</g>'));

  const anchor = (entry: DrawnEvent) => mirror.point(linkAnchor(entry.mark, entry.y));
  const linkTypes = new Set<RelationType>();
  const links: string[] = [];
  for (const link of allLinks(sorted)) {
    const from = drawnById.get(link.from);
    const to = drawnById.get(link.to);
    if (!from || !to || link.from === link.to) continue;
    const style = linkStyle(link.type);
    linkTypes.add(link.type);
    const dash = style.dashArray === null ? '' : ` stroke-dasharray="${style.dashArray}"`;
    links.push(
      `<path class="link" data-relation="${link.type}" d="${linkPath(anchor(from), anchor(to))}"${dash} marker-end="url(#${ID}${style.marker})"/>`,
    );
  }
  plot.push(block('<g class="links">', links, '</g>'));
  plot.push(
    block(
      '<g class="marks">',
      drawn.map((entry) => drawMark(entry, mirror.x(entry.mark.x), direction)),
      '</g>',
    ),
  );

  const frame = [
    `<line class="frame" x1="0" x2="${plotWidth}" y1="0" y2="0"/>`,
    `<line class="frame" x1="0" x2="${plotWidth}" y1="${plotHeight}" y2="${plotHeight}"/>`,
  ];
  const beyond: string[] = [];
  // ‹ and › are mirrored glyphs: right to left, each still points out of its edge.
  if (earlier > 0)
    beyond.push(`<text class="beyond" x="${mirror.x(0)}" y="${plotHeight + 14}">‹ ${escapeXml(text.earlier(earlier))}</text>`);
  if (later > 0)
    beyond.push(
      `<text class="beyond" x="${mirror.x(plotWidth)}" y="${plotHeight + 14}" text-anchor="end">${escapeXml(text.later(later))} ›</text>`,
    );
  parts.push(
    block(
      `<g class="plot" transform="translate(${MARGIN} ${num(plotTop)})">`,
      [block(`<g clip-path="url(#${ID}plot-clip)">`, plot, '</g>'), ...frame, ...beyond],
      '</g>',
    ),
  );
  y = plotTop + plotHeight + (beyond.length > 0 ? 22 : 0) + 22;

  // ---- legend: the countries that colour a drawn mark, the shapes, the links drawn
  const legendCountries: (string | null)[] = [];
  const colouring = new Set(drawn.map((entry) => firstCountry(entry.event)));
  for (const code of countries) if (colouring.has(code) && colourOf.has(code)) legendCountries.push(code);
  const uncolouredCountries = drawn.some((entry) => entry.colour === null && firstCountry(entry.event) !== '');
  if (drawn.some((entry) => entry.colour === null)) legendCountries.push(null);
  const countryItems: LegendItem[] = legendCountries.map((code) => ({
    swatch: `<circle class="dot ${code === null ? 'cnone' : `c${colourOf.get(code) ?? 0}`}" cx="6" cy="0" r="5"/>`,
    swatchWidth: 12,
    label: code === null ? (uncolouredCountries ? text.otherCountries : text.noCountry) : countryName(code, locale),
  }));
  const neutral = 'cnone';
  const shapeItems: LegendItem[] = [
    { swatch: `<circle class="dot ${neutral}" cx="7" cy="0" r="5"/>`, swatchWidth: 14, label: text.legendPoint },
    { swatch: `<rect class="bar ${neutral}" x="1" y="-4" width="24" height="8" rx="4"/>`, swatchWidth: 26, label: text.legendSpan },
    {
      swatch: `<rect class="swatch-band ${neutral}" x="1" y="-6" width="24" height="12" rx="2"/>`,
      swatchWidth: 26,
      label: text.legendCovered,
    },
    {
      swatch: `<g class="${neutral}"><circle class="halo" cx="9" cy="0" r="7"/><circle class="dot" cx="9" cy="0" r="4"/></g>`,
      swatchWidth: 18,
      label: `${text.legendApprox} (~ ?)`,
    },
    { swatch: `<circle class="hollow ${neutral}" cx="7" cy="0" r="5"/>`, swatchWidth: 14, label: text.legendPlanned },
  ];
  if (drawn.some((entry) => entry.event.dateBasis === 'inferred'))
    shapeItems.push({
      swatch: `<g class="${neutral}"><path class="caret" d="${caretPath(7, -7)}"/><circle class="dot" cx="7" cy="1" r="4"/></g>`,
      swatchWidth: 14,
      label: text.legendInferred,
    });
  const linkItems: LegendItem[] = LINK_ORDER.filter((type) => linkTypes.has(type)).map((type) => {
    const style = linkStyle(type);
    const dash = style.dashArray === null ? '' : ` stroke-dasharray="${style.dashArray}"`;
    return {
      swatch: `<path class="link" d="M 0 3 C 8 -5, 20 -5, 28 3"${dash} marker-end="url(#${ID}${style.marker})" style="opacity:1"/>`,
      swatchWidth: 30,
      label: text.relation[type],
    };
  });
  const legend = drawLegend([countryItems, shapeItems, linkItems], width - 2 * MARGIN, 0, direction);
  parts.push(block(`<g class="legend" transform="translate(${MARGIN} ${num(y)})">`, legend.markup === '' ? [] : [legend.markup], '</g>'));
  y += legend.height;

  // ---- footer: the sources quoted by the drawn events, and who made the images the page does not show
  const quoted = new Set(drawn.flatMap((entry) => entry.event.quotes.map((quote) => quote.source)));
  const sources = (options.sources ?? []).filter((source) => quoted.has(source.id));
  const credits = [
    ...new Set(
      drawn.flatMap(({ event }) => (event.media?.kind === 'image' && event.media.credit !== undefined ? [clean(event.media.credit)] : [])),
    ),
  ].filter((credit) => credit !== '');
  if (sources.length > 0 || credits.length > 0) {
    const footer: string[] = [];
    let line = -1;
    if (sources.length > 0) {
      // One source a line (or more, wrapped): no separator to strand, and no title shares a line with another.
      footer.push(`<text class="lead" x="0" y="0">${escapeXml(text.sources)}</text>`);
      line = 0;
      for (const source of sources) {
        wrapText(clean(source.title), width - 2 * MARGIN - FOOTER_INDENT_PX, FOOTER_FONT_PX).forEach((part, i) => {
          line += 1;
          const bullet = i === 0 ? `<text x="0" y="${line * FOOTER_LINE_PX}">–</text>` : '';
          footer.push(
            `${bullet}<text x="${sign * FOOTER_INDENT_PX}" y="${line * FOOTER_LINE_PX}"${ownDirection(part, direction)}>${escapeXml(balanceBidi(part))}</text>`,
          );
        });
      }
    }
    if (credits.length > 0) {
      // "Images: AP, Reuters", wrapped; each credit's bidi controls are closed (clean), so that one cannot reorder the list.
      const lead = `${text.images}:`;
      wrapText(`${lead} ${credits.join(', ')}`, width - 2 * MARGIN, FOOTER_FONT_PX).forEach((part, i) => {
        line += 1;
        const words = i === 0 ? part.slice(lead.length) : part;
        const leadSpan = i === 0 ? `<tspan class="lead">${escapeXml(lead)}</tspan>` : '';
        footer.push(`<text class="credits" x="0" y="${line * FOOTER_LINE_PX}">${leadSpan}${escapeXml(balanceBidi(words))}</text>`);
      });
    }
    y += 8;
    parts.push(block(`<g class="footer" transform="translate(${startX} ${num(y)})">`, footer, '</g>'));
    y += line * FOOTER_LINE_PX;
  }
  const height = Math.ceil(y + MARGIN);

  const description = `${text.timeline}: ${title}. ${subtitle}.`;
  const svg = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${ID}title ${ID}desc" xml:lang="${locale}" lang="${locale}"${rtl ? ' direction="rtl"' : ''}>`,
    `<title id="${ID}title">${escapeXml(title)}</title>`,
    `<desc id="${ID}desc">${escapeXml(description)}</desc>`,
    `<style>\n${styleSheet(palette)}\n</style>`,
    block(
      '<defs>',
      [
        ...LINK_MARKERS.map(drawMarker),
        `<clipPath id="${ID}plot-clip"><rect x="0" y="0" width="${plotWidth}" height="${plotHeight}"/></clipPath>`,
      ],
      '</defs>',
    ),
    `<rect class="page" x="0" y="0" width="${width}" height="${height}"/>`,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
  return { svg, range, drawn: drawn.length, earlier, later };
}

/** The timeline as a standalone SVG document; see `renderTimelinePrint` for what it shows. */
export function renderTimelineSvg(events: readonly ParsedEvent[], options: SvgExportOptions): string {
  return renderTimelinePrint(events, options).svg;
}
