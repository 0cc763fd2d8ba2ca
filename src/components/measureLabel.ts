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
  const characters = [...title];
  return characters.length <= MAX_LABEL_CHARACTERS ? title : `${characters.slice(0, MAX_LABEL_CHARACTERS - 1).join('').trimEnd()}…`;
}

export function measureLabel(title: string): number {
  const text = labelText(title);
  const measuring = canvasContext();
  // A little slack for the uncertainty glyph and sub-pixel differences from the SVG text.
  return measuring ? measuring.measureText(text).width + 14 : estimateLabelWidth(text, LABEL_FONT_PX) + 14;
}
