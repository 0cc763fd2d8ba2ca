/**
 * The validator speaks in JSON paths (`events[3].quotes[0].text`); someone who wrote a
 * spreadsheet thinks in rows and columns. This maps one to the other.
 */

export interface ItemLabels {
  events?: readonly string[];
  sources?: readonly string[];
  actors?: readonly string[];
}

const ITEM_PATH = /^(events|sources|actors)\[(\d+)\](?:\.([A-Za-z]+)(?:\[(\d+)\])?)?/;

/**
 * "events sheet row 5, column quotes, line 1" for `events[3].quotes[0].text` when the columns
 * are named after the fields (our sheets); "row 5 (events[3].date)" when they are not
 * (TimelineJS). Paths outside any item are returned unchanged.
 */
export function locateProblem(path: string, labels: ItemLabels, columnsAreFields: boolean): string {
  const match = ITEM_PATH.exec(path);
  if (match === null) return path;
  const [, kind, index, field, subIndex] = match;
  const label = labels[kind as keyof ItemLabels]?.[Number(index)];
  if (label === undefined) return path;
  if (!columnsAreFields || field === undefined) return `${label} (${path})`;
  const part = subIndex === undefined ? '' : `, ${field === 'quotes' ? 'line' : 'item'} ${Number(subIndex) + 1}`;
  return `${label}, column ${field}${part}`;
}
