/**
 * A dense dataset zoomed out: clusters with their count instead of thousands of marks,
 * each a button that zooms into its stretch of time, with arrow keys between them.
 */
import { render, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { tick } from 'svelte';
import { describe, expect, it } from 'vitest';
import Timeline from '../../src/components/Timeline.svelte';
import { validateDataset } from '../../src/model/validate.ts';
import { Story } from '../../src/state/story.svelte.ts';
import { generateDataset } from '../bench/generate.ts';
import { useClicksWithoutDrag, useClientWidth, usePrefersReducedMotion, useResizeObserverStub } from './dom.ts';

useResizeObserverStub();
useClicksWithoutDrag();
useClientWidth(1000);
usePrefersReducedMotion();

function denseStory(events: number, locale: 'en' | 'fr' = 'en'): Story {
  const generated = generateDataset({ events, seed: 7 });
  const result = validateDataset(generated.dataset, { sourceTexts: generated.sourceTexts });
  if (!result.ok) throw new Error('the generated dataset does not validate');
  return new Story({ dataset: result.dataset, events: result.events, sourceTexts: new Map(Object.entries(generated.sourceTexts)), locale });
}

const timeline = () => document.querySelector<SVGSVGElement>('svg[role="group"]') as unknown as HTMLElement;
const clusters = () =>
  within(timeline())
    .queryAllByRole('button')
    .filter((button) => button.hasAttribute('data-cluster-from'));
const marks = () =>
  within(timeline())
    .queryAllByRole('button')
    .filter((button) => button.hasAttribute('data-event-id'));

describe('clusters', () => {
  it('zoomed out over 2,000 events, draws clusters that count every event once, and no mark', () => {
    const story = denseStory(2000);
    render(Timeline, { story });
    const drawn = clusters();
    expect(marks()).toHaveLength(0);
    expect(drawn.length).toBeGreaterThan(3);
    expect(drawn.length).toBeLessThan(60);
    const counts = drawn.map((cluster) =>
      Number(/^([\d,]+) events?, /.exec(cluster.getAttribute('aria-label') ?? '')?.[1]?.replace(/,/g, '')),
    );
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(2000);
    expect(timeline().querySelectorAll('*').length).toBeLessThan(400);
    // One tab stop among the clusters.
    expect(drawn.filter((cluster) => cluster.getAttribute('tabindex') === '0')).toHaveLength(1);
  });

  it('names each cluster with its count and its days, in French too', () => {
    render(Timeline, { story: denseStory(2000, 'fr') });
    const label = clusters()[0]?.getAttribute('aria-label') ?? '';
    expect(label).toMatch(/^\d[\d\s\u202f]* événements?, .*\d{4}/);
  });

  it('arrow keys move between clusters, Enter zooms into one', async () => {
    const user = userEvent.setup();
    const story = denseStory(2000);
    render(Timeline, { story });
    const [first, second] = clusters();
    first!.focus();
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(second);
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(first);
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(clusters().at(-1));
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(clusters()[0]);

    const from = Number(clusters()[0]!.getAttribute('data-cluster-from'));
    await user.keyboard('{Enter}');
    const request = story.viewport.requested;
    expect(Array.isArray(request?.range) && request.range[0]).toBe(from);
  });

  it('a click zooms into the cluster’s stretch of time', async () => {
    const user = userEvent.setup();
    const story = denseStory(2000);
    render(Timeline, { story });
    const target = clusters()[1]!;
    const from = Number(target.getAttribute('data-cluster-from'));
    await user.click(target);
    const range = story.viewport.requested?.range;
    expect(Array.isArray(range) ? range[0] : null).toBe(from);
  });

  it('shows the chosen event over the clusters, on a row of its own, and nothing once it is closed', async () => {
    const story = denseStory(2000);
    render(Timeline, { story });
    const chosen = story.events[1000]!;
    story.select(chosen.id);
    await tick();
    expect(clusters().length).toBeGreaterThan(3);
    const drawn = marks();
    expect(drawn.map((mark) => mark.getAttribute('data-event-id'))).toEqual([chosen.id]);
    expect(drawn[0]?.getAttribute('aria-pressed')).toBe('true');
    const band = Math.max(
      ...clusters().map(
        (cluster) =>
          Number(cluster.querySelector('rect.hit')?.getAttribute('y')) + Number(cluster.querySelector('rect.hit')?.getAttribute('height')),
      ),
    );
    expect(Number(/translate\([^ ]+ ([\d.]+)\)/.exec(drawn[0]?.getAttribute('transform') ?? '')?.[1])).toBeGreaterThan(band);
    story.select(null);
    await tick();
    expect(marks()).toHaveLength(0);
  });
});
