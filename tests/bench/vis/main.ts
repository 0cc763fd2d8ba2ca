/**
 * The bench's vis-timeline page: the same generated dataset as our app (`?src=`), its
 * dates parsed in the page with our own EDTF parser, shown by vis-timeline's standalone
 * build with its defaults, plus what the bench's gestures need: ctrl+wheel zooms (as in
 * our timeline), it opens on the window our timeline opened on (`?start=&end=`, UTC ms),
 * and country checkboxes filter through a DataView, the way vis-timeline documents it.
 * Dev only: built by tests/bench/run.ts into a temporary folder, never shipped.
 */
import * as vis from 'vis-timeline/standalone';
import type { DataItem, TimelineOptions } from 'vis-timeline';
import type { DataSet as DataSetType, DataView as DataViewType } from 'vis-data';
import { parseEdtf } from '../../../src/model/edtf.ts';
import type { Dataset } from '../../../src/model/schema.ts';

// The standalone build bundles its own vis-data; its typings only declare Timeline.
const { Timeline, DataSet, DataView } = vis as unknown as {
  Timeline: typeof vis.Timeline;
  DataSet: typeof DataSetType;
  DataView: typeof DataViewType;
};

interface BenchItem extends DataItem {
  countries: string[];
}

const params = new URL(window.location.href).searchParams;

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`no #${id}`);
  return found as T;
}

function toItems(dataset: Dataset): BenchItem[] {
  return dataset.events.flatMap((event): BenchItem[] => {
    const parsed = parseEdtf(event.date);
    if (!parsed.ok) return [];
    const { value } = parsed;
    const dayPoint = value.kind === 'point' && value.start.precision === 'day';
    const qualifier = value.start.uncertain || value.end.uncertain ? ' ?' : value.start.approximate || value.end.approximate ? ' ~' : '';
    return [
      {
        id: event.id,
        content: event.title + qualifier,
        start: new Date(value.startMs),
        ...(dayPoint ? { type: 'point' as const } : { type: 'range' as const, end: new Date(value.endMs) }),
        className: event.status === 'planned' ? 'planned' : '',
        countries: event.countries,
      },
    ];
  });
}

function countriesByFrequency(items: readonly BenchItem[]): string[] {
  const counts = new Map<string, number>();
  for (const item of items) for (const code of item.countries) counts.set(code, (counts.get(code) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([code]) => code);
}

async function main(): Promise<void> {
  const src = params.get('src');
  if (!src) throw new Error('?src= is required');
  const dataset = (await (await fetch(src)).json()) as Dataset;
  element('title').textContent = dataset.title;
  const items = new DataSet<BenchItem>(toItems(dataset));
  const selected = new Set<string>();
  const view = new DataView<BenchItem>(items, {
    filter: (item) => selected.size === 0 || item.countries.some((code) => selected.has(code)),
  });

  const status = element('status');
  const showCount = () => (status.textContent = `Showing ${view.length} of ${items.length} events`);
  const fieldset = element('filters');
  for (const code of countriesByFrequency(items.get())) {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.value = code;
    box.addEventListener('change', () => {
      if (box.checked) selected.add(code);
      else selected.delete(code);
      view.refresh();
      showCount();
    });
    label.append(box, ` ${code}`);
    fieldset.append(label);
  }
  showCount();

  const start = Number(params.get('start'));
  const end = Number(params.get('end'));
  const options: TimelineOptions = {
    zoomKey: 'ctrlKey',
    orientation: { axis: 'top' },
    ...(Number.isFinite(start) && Number.isFinite(end) && start < end ? { start, end } : {}),
  };
  const timeline = new Timeline(element('timeline'), view as unknown as DataSetType<DataItem, 'id'>, options);
  (window as unknown as { __vis: unknown }).__vis = {
    timeline,
    visibleSpanMs: () => {
      const window = timeline.getWindow();
      return window.end.getTime() - window.start.getTime();
    },
  };
}

main().catch((error: unknown) => {
  document.body.append(`bench page failed: ${error instanceof Error ? error.message : String(error)}`);
  throw error;
});
