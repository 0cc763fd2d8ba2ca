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

export function measureLabel(text: string): number {
  const measuring = canvasContext();
  // A little slack for the uncertainty glyph and sub-pixel differences from the SVG text.
  return measuring ? measuring.measureText(text).width + 14 : estimateLabelWidth(text, LABEL_FONT_PX) + 14;
}
