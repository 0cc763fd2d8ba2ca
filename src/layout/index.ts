/**
 * Pure timeline layout: numbers in, numbers out, no DOM. state/timelineView.svelte.ts puts
 * these together for the screen and interop/svg-export.ts for print; what to compute when:
 *
 * - Dataset (or filter, font, lane grouping) changes, O(n log n):
 *   `dataExtent` → `createTimeScale` (base scale, k=1 shows everything) → `zoomLimits`;
 *   `preparePackable` (marks in ms, labels measured once); `createTimeIndex` over the
 *   events for keyboard navigation (`next`, `previous`, `first`, `last`, `nearest`).
 * - Zoom level crosses a step, i.e. `quantizeZoom(transform.k)` changes (or on zoom end),
 *   O(n log n): `packAtZoom(packable, rescale(base, { k: quantizeZoom(k), x: 0 }))`, then
 *   `indexPlacedItems` over the packing.
 * - Every zoom or pan frame, O(visible · log n + width): `rescale(base, transform)`,
 *   `frameMarks(placedIndex, scale)`, `axisTicks(scale, width, locale)`, and `frameLinks`
 *   for the links between visible marks.
 *
 * Sizes and shapes both pictures share (rows, axis, lanes, link anchors) are in geometry.ts.
 */
export * from './types';
export * from './timeScale';
export * from './marks';
export * from './labelWidth';
export * from './pack';
export * from './links';
export * from './ticks';
export * from './visible';
export * from './frame';
export * from './clusters';
export * from './geometry';
