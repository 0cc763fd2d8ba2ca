/**
 * The picture drawn the way its language reads. The layout works in reading coordinates: x
 * is measured from the edge where reading starts (the left in a left-to-right language, the
 * right in a right-to-left one), so time runs with the reading in both, and the packing, a
 * label on the reading-forward side of its mark, the edge buttons, clusters, focus and links
 * are worked out once. A `Mirror` turns a reading x into a drawn x: unchanged left to right,
 * x ↦ width − x right to left, so that the right-to-left picture is the left-to-right one
 * mirrored, text excepted. Text keeps its own shape: a label's `text-anchor` 'start' is its
 * reading-start side in either direction, the picture's `direction` says which side that is.
 * The screen (components/Timeline.svelte and the marks it draws) and the print
 * (interop/svg-export.ts) both draw through it.
 */
import type { Direction } from '../i18n/direction';
import type { MarkRect, MarkShape } from './geometry';
import type { Point } from './links';
import type { ZoomTransformLike } from './timeScale';

export type { Direction };

export interface Mirror {
  readonly direction: Direction;
  /** The drawing's width, about whose middle a right-to-left picture turns. */
  readonly width: number;
  /** A reading x as drawn. */
  x(readingX: number): number;
  /** A rectangle whose x is its reading start, as drawn: x becomes its left edge. */
  rect<T extends { readonly x: number; readonly width: number }>(rect: T): T;
  point(point: Point): Point;
}

export function mirrorFor(direction: Direction, width: number): Mirror {
  const rtl = direction === 'rtl';
  const x = (readingX: number) => (rtl ? width - readingX : readingX);
  return {
    direction,
    width,
    x,
    rect: (rect) => (rtl ? { ...rect, x: width - rect.x - rect.width } : rect),
    point: (point) => (rtl ? { ...point, x: width - point.x } : point),
  };
}

const turned = <T extends MarkRect | null>(rect: T): T => (rect === null ? rect : { ...rect, x: -rect.x - rect.width });

/**
 * A mark's shape (about its own x, see `markShape`) as drawn: turned about the mark's x in a
 * right-to-left picture. The label's x stays its reading start, which the picture's direction
 * makes its right end.
 */
export function drawnShape(shape: MarkShape, direction: Direction): MarkShape {
  if (direction === 'ltr') return shape;
  return {
    ...shape,
    band: turned(shape.band),
    bar: turned(shape.bar),
    outline: turned(shape.outline),
    label: { ...shape.label, x: -shape.label.x },
    caret: { ...shape.caret, x: -shape.caret.x },
  };
}

/** A stretch about a mark's x, [start, end] in reading order, as drawn: [left, right]. */
export function drawnStretch(start: number, end: number, direction: Direction): [left: number, right: number] {
  return direction === 'ltr' ? [start, end] : [-end, -start];
}

/**
 * A zoom transform from the drawn picture to reading coordinates, or back (it is its own
 * inverse). d3-zoom works on what is drawn, so that a drag moves the picture with the
 * pointer and a zoom holds the point under it; the layout works in reading coordinates.
 * Through a transform t, a base x is drawn at k·x + t.x; right to left, the base x is
 * W − x and the drawn x read back is W − (k·(W − x) + t.x) = k·x + W(1 − k) − t.x. The
 * zoom's bounds ([0, W] covering the view) are the same on both sides, so a transform one
 * side allows the other allows too.
 */
export function flipTransform(transform: ZoomTransformLike, width: number, direction: Direction): ZoomTransformLike {
  if (direction === 'ltr') return transform;
  return { k: transform.k, x: width * (1 - transform.k) - transform.x };
}

/** SVG attributes for a text from the dataset: its direction, and its anchor. */
export interface TextBidi {
  /** Set where the text's own direction differs from the picture's; else inherited. */
  readonly direction: Direction | undefined;
  /** 'end' where the direction is the text's own, so that it still extends the picture's reading-forward way. */
  readonly anchor: 'end' | undefined;
}

/**
 * A text drawn from its reading-start x (a label after its mark) in its own direction, found
 * as dir="auto" would (`textDirection`), which SVG lacks: an English title in an Arabic
 * picture keeps its full stop at its end, and still ends against its mark's left.
 */
export function textBidi(own: Direction | null, picture: Direction): TextBidi {
  return own === null || own === picture ? { direction: undefined, anchor: undefined } : { direction: own, anchor: 'end' };
}
