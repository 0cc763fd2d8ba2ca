/**
 * Label widths for packing: the real font metrics where the platform can measure text
 * without touching the page (OffscreenCanvas), the layout's estimate elsewhere (tests, SSR).
 */
import { estimateLabelWidth } from '../layout/labelWidth.ts';

export const LABEL_FONT_PX = 13;
const LABEL_FONT = `500 ${LABEL_FONT_PX}px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif`;

let context: OffscreenCanvasRenderingContext2D | null | undefined;

function canvasContext(): OffscreenCanvasRenderingContext2D | null {
  if (context === undefined) {
    context = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1).getContext('2d') : null;
    if (context) context.font = LABEL_FONT;
  }
  return context;
}

const MAX_LABEL_CHARACTERS = 90;

/** Labels are headlines; a longer title is cut on the axis and read whole in the detail. */
export function labelText(title: string): string {
  // Code points never outnumber UTF-16 units: a short title needs no counting.
  if (title.length <= MAX_LABEL_CHARACTERS) return title;
  const characters = [...title];
  return characters.length <= MAX_LABEL_CHARACTERS
    ? title
    : `${characters
        .slice(0, MAX_LABEL_CHARACTERS - 1)
        .join('')
        .trimEnd()}…`;
}

/** Advance widths by code point, each measured once: a story of 100,000 titles uses a few hundred characters. */
const advances = new Map<number, number>();

function advance(measuring: OffscreenCanvasRenderingContext2D, codePoint: number): number {
  let width = advances.get(codePoint);
  if (width === undefined) {
    width = measuring.measureText(String.fromCodePoint(codePoint)).width;
    advances.set(codePoint, width);
  }
  return width;
}

/**
 * The sum of the characters' advances, not a measurement of the whole text: measuring
 * 100,000 titles one by one takes a browser most of a second. Kerning and ligatures almost
 * always narrow a text, so the sum errs on the side of room to spare (a browser test checks
 * that the story's labels never overlap).
 */
function sumOfAdvances(measuring: OffscreenCanvasRenderingContext2D, text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const codePoint = text.codePointAt(i) as number;
    if (codePoint > 0xffff) i++;
    width += advance(measuring, codePoint);
  }
  return width;
}

export function measureLabel(title: string): number {
  const text = labelText(title);
  const measuring = canvasContext();
  // A little slack for the uncertainty glyph and sub-pixel differences from the SVG text.
  return (measuring ? sumOfAdvances(measuring, text) : estimateLabelWidth(text, LABEL_FONT_PX)) + 14;
}
