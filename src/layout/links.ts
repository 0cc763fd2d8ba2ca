/**
 * Links between related events: a curved arc and a style per relation type. The type is
 * carried by the dash pattern and the end marker as well as any colour, so that it stays
 * readable for colour-blind readers and in print.
 */
import type { RelationType } from '../model/schema';

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface LinkPathOptions {
  /** Bulge as a share of the distance between the ends, before clamping. */
  readonly bulgeRatio?: number;
  /** Even neighbours get a visible arc rather than a line hidden under their marks. */
  readonly minBulgePx?: number;
  /** Far-apart events do not get arcs that leave the viewport. */
  readonly maxBulgePx?: number;
}

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * A cubic arc from `from` to `to` that bulges away from the chord: upward (towards smaller
 * y) for any chord that is not vertical, so that links between marks of one row stay
 * above them; to the right for a vertical chord.
 */
export function linkPath(from: Point, to: Point, options: LinkPathOptions = {}): string {
  const { bulgeRatio = 0.35, minBulgePx = 12, maxBulgePx = 120 } = options;
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy);
  const bulge = Math.min(Math.max(length * bulgeRatio, minBulgePx), maxBulgePx);

  // A unit normal to the chord, turned to point up (or right when the chord is vertical).
  let nx = length === 0 ? 0 : -dy / length;
  let ny = length === 0 ? -1 : dx / length;
  if (ny > 0 || (ny === 0 && nx < 0)) {
    nx = -nx;
    ny = -ny;
  }
  // Both control points offset by 4/3 of the bulge puts the arc's midpoint one bulge away.
  const offset = (bulge * 4) / 3;
  const c1 = { x: from.x + dx / 4 + nx * offset, y: from.y + dy / 4 + ny * offset };
  const c2 = { x: from.x + (3 * dx) / 4 + nx * offset, y: from.y + (3 * dy) / 4 + ny * offset };
  const p = (point: Point) => `${round(point.x)} ${round(point.y)}`;
  return `M ${p(from)} C ${p(c1)}, ${p(c2)}, ${p(to)}`;
}

/** Names of the SVG `<marker>` definitions the component must provide. */
export const LINK_MARKERS = ['link-arrow', 'link-arrow-open', 'link-chevron', 'link-dot'] as const;
export type LinkMarker = (typeof LINK_MARKERS)[number];

/** One end marker as data, for components/LinkMarkers.svelte and the print to render alike. */
export interface LinkMarkerShape {
  /** In the marker's own units, 10 by 10. */
  readonly viewBox: string;
  /** The point of the shape that sits on the link's end. */
  readonly refX: number;
  readonly refY: number;
  /** markerWidth and markerHeight, in the link's stroke widths. */
  readonly size: number;
  /** Turned along the link (and back at its start); null for a shape that has no direction. */
  readonly orient: 'auto-start-reverse' | null;
  readonly shape:
    | { readonly kind: 'path'; readonly d: string }
    | { readonly kind: 'circle'; readonly cx: number; readonly cy: number; readonly r: number };
  /** Null: filled with the link's colour; else drawn as an unfilled line this wide. */
  readonly strokeWidth: number | null;
}

export const LINK_MARKER_SHAPES: Readonly<Record<LinkMarker, LinkMarkerShape>> = {
  /** Causes: a solid arrowhead. */
  'link-arrow': {
    viewBox: '0 0 10 10',
    refX: 9,
    refY: 5,
    size: 7,
    orient: 'auto-start-reverse',
    shape: { kind: 'path', d: 'M 0 0 L 10 5 L 0 10 z' },
    strokeWidth: null,
  },
  /** Responds to: an open arrowhead. */
  'link-arrow-open': {
    viewBox: '0 0 10 10',
    refX: 9,
    refY: 5,
    size: 8,
    orient: 'auto-start-reverse',
    shape: { kind: 'path', d: 'M 1 1 L 9 5 L 1 9' },
    strokeWidth: 1.5,
  },
  /** Follows up: a double chevron. */
  'link-chevron': {
    viewBox: '0 0 10 10',
    refX: 8,
    refY: 5,
    size: 7,
    orient: 'auto-start-reverse',
    shape: { kind: 'path', d: 'M 2 1 L 8 5 L 2 9 M 0 1 L 6 5 L 0 9' },
    strokeWidth: 1.2,
  },
  /** Context: a dot, which reads the same from either end. */
  'link-dot': {
    viewBox: '0 0 10 10',
    refX: 5,
    refY: 5,
    size: 5,
    orient: null,
    shape: { kind: 'circle', cx: 5, cy: 5, r: 4 },
    strokeWidth: null,
  },
};

export interface LinkStyle {
  /** For `stroke-dasharray`; null draws a solid line. */
  readonly dashArray: string | null;
  /** The `<marker>` id for `marker-end`. */
  readonly marker: LinkMarker;
  /** Whether the relation reads from one event to the other; context does not. */
  readonly directed: boolean;
}

const LINK_STYLES: Record<RelationType, LinkStyle> = {
  causes: { dashArray: null, marker: 'link-arrow', directed: true },
  'responds-to': { dashArray: '6 3', marker: 'link-arrow-open', directed: true },
  'follows-up': { dashArray: '2 3', marker: 'link-chevron', directed: true },
  context: { dashArray: '8 3 2 3', marker: 'link-dot', directed: false },
};

export function linkStyle(type: RelationType): LinkStyle {
  return LINK_STYLES[type];
}
