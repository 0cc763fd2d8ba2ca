/**
 * The story in Arabic, right to left: a title in Arabic with a French name in it, and an
 * English title among Arabic ones, each keep their own order (dir="auto" in the page, their
 * own direction in the picture's SVG), and the keys follow the mirrored picture.
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import StoryView from '../../src/components/StoryView.svelte';
import { loadLocale, STRINGS } from '../../src/i18n/strings.ts';
import { smallStory, type SmallEvent } from './smallStory.ts';
import { useClicksWithoutDrag, useClientWidth, useResizeObserverStub } from './dom.ts';

useResizeObserverStub();
useClicksWithoutDrag();
useClientWidth(1000);

// "Jean-Yves Le Drian receives Antony Blinken in Paris": Arabic, with Latin names inside.
const MIXED = 'جان إيف لودريان يستقبل Antony Blinken في باريس';
const ENGLISH = 'Talks resume in Geneva.';
const EVENTS: readonly SmallEvent[] = [
  { id: 'meeting', title: MIXED, date: '2021-10-05' },
  { id: 'talks', title: ENGLISH, date: '2021-10-12' },
  { id: 'treaty', title: 'توقيع المعاهدة', date: '2021-11-02' },
];

beforeAll(() => loadLocale('ar'));

function setup() {
  const user = userEvent.setup();
  const story = smallStory(EVENTS, { locale: 'ar' });
  render(StoryView, { story });
  const timeline = screen.getByRole('group', { name: new RegExp(`^${STRINGS.ar.timeline}${STRINGS.ar.colon}`) });
  return { user, story, timeline };
}

const markOf = (timeline: HTMLElement, id: string) => timeline.querySelector<SVGGElement>(`[data-event-id="${id}"]`)!;
const label = (mark: SVGGElement) => mark.querySelector('text.label')!;
const drawnAt = (mark: SVGGElement) => Number(/translate\(([-\d.e]+)/.exec(mark.getAttribute('transform') ?? '')?.[1]);

describe('in Arabic', () => {
  it('draws time from the right edge, an Arabic title in the picture’s direction and an English one in its own, anchored at its end', () => {
    const { timeline } = setup();
    const [meeting, talks, treaty] = ['meeting', 'talks', 'treaty'].map((id) => markOf(timeline, id));
    expect(timeline.closest('svg')?.getAttribute('direction')).toBe('rtl');
    expect(drawnAt(meeting!)).toBeGreaterThan(drawnAt(talks!));
    expect(drawnAt(talks!)).toBeGreaterThan(drawnAt(treaty!));
    // The Arabic title (Latin names inside) inherits right to left: the bidi algorithm keeps "Antony Blinken" whole within it.
    expect(label(meeting!).textContent).toBe(MIXED);
    expect(label(meeting!).getAttribute('direction')).toBeNull();
    expect(label(meeting!).getAttribute('text-anchor')).toBeNull();
    // The English one is set left to right, its full stop at its end, and still ends against its mark.
    expect(label(talks!).getAttribute('direction')).toBe('ltr');
    expect(label(talks!).getAttribute('text-anchor')).toBe('end');
    expect(Number(label(talks!).getAttribute('x'))).toBeLessThan(0);
  });

  it('isolates the dataset’s texts in the list and the detail, so a Latin name or an English title keeps its order', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: STRINGS.ar.listView }));
    const list = screen.getByRole('list', { name: STRINGS.ar.listView });
    for (const title of within(list).getAllByRole('button')) expect(title).toHaveAttribute('dir', 'auto');
    await user.click(within(list).getByRole('button', { name: MIXED }));
    const heading = screen.getByRole('heading', { level: 2, name: MIXED });
    expect(heading).toHaveAttribute('dir', 'auto');
    expect(heading.closest('aside')?.querySelector('blockquote')).toHaveAttribute('dir', 'auto');
  });

  it('steps to the later event with ←, which is to the left, and back with →', async () => {
    const { user, story, timeline } = setup();
    markOf(timeline, 'meeting').focus();
    await user.keyboard('{ArrowLeft}');
    expect(story.focusedId).toBe('talks');
    expect(document.activeElement).toBe(markOf(timeline, 'talks'));
    await user.keyboard('{ArrowLeft}');
    expect(story.focusedId).toBe('treaty');
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(story.focusedId).toBe('meeting');
    await user.keyboard('{End}');
    expect(story.focusedId).toBe('treaty');
    await user.keyboard('{Home}');
    expect(story.focusedId).toBe('meeting');
  });
});
