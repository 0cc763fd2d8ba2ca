/**
 * Links that do not clutter (issue 13): at rest the links between marks recede to a hint;
 * the links of the selected, focused or hovered event are drawn fully. And one cue per
 * fact: a mark whose date is uncertain says so by its halo or outline, not by a " ?" after
 * its title.
 */
import { fireEvent, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import Timeline from '../../src/components/Timeline.svelte';
import { loadStory } from './story.ts';
import { useClicksWithoutDrag, useClientWidth, usePrefersReducedMotion, useResizeObserverStub } from './dom.ts';
import { markName, markNamed } from './helpers.ts';

useResizeObserverStub();
useClicksWithoutDrag();
useClientWidth(1000);
usePrefersReducedMotion();

const AUKUS = 'Australia, UK and US unveil the AUKUS pact';
const BIDEN_MACRON = 'Biden and Macron agree by phone to try to repair the damage';

function setup() {
  const user = userEvent.setup();
  const story = loadStory();
  const { container } = render(Timeline, { story });
  return { user, story, container };
}

const timeline = () => screen.getByRole('group', { name: /^Timeline: / });
const mark = (title: string) => markNamed(title, timeline());
const links = (container: HTMLElement) => [...container.querySelectorAll('path.link')];
const strong = (container: HTMLElement) => links(container).filter((link) => link.classList.contains('strong'));

describe('links between events', () => {
  it('at rest, none is drawn at full strength', () => {
    const { container } = setup();
    expect(links(container).length).toBeGreaterThan(10);
    expect(strong(container)).toHaveLength(0);
  });

  it('selecting an event draws its links, and only its links, fully', async () => {
    const { story, container } = setup();
    story.select('aukus-announced');
    await Promise.resolve();
    const chosen = strong(container).length;
    expect(chosen).toBeGreaterThan(5);
    expect(chosen).toBeLessThan(links(container).length);
    expect(mark(AUKUS)).toHaveAttribute('aria-pressed', 'true');
  });

  it('a click selects and draws the event’s links; they rest again when nothing is chosen', async () => {
    const { user, story, container } = setup();
    await user.click(mark(BIDEN_MACRON));
    expect(strong(container).length).toBeGreaterThan(0);
    // Still under the pointer and focused after the click: the pointer leaves, focus leaves, the selection is dropped.
    await fireEvent.pointerLeave(timeline());
    expect(strong(container).length).toBeGreaterThan(0);
    (document.activeElement as HTMLElement | null)?.blur();
    story.select(null);
    await Promise.resolve();
    expect(strong(container)).toHaveLength(0);
  });

  it('the event with keyboard focus has its links drawn, and they follow the arrow keys', async () => {
    const { user, container } = setup();
    await user.tab();
    expect(timeline().contains(document.activeElement)).toBe(true);
    // Walk to the AUKUS announcement, the story's most linked event.
    for (let i = 0; i < 40 && !markName(AUKUS).test(document.activeElement?.getAttribute('aria-label') ?? ''); i++)
      await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(mark(AUKUS));
    const atAukus = strong(container).length;
    expect(atAukus).toBeGreaterThan(5);
    // Focus leaving the timeline lets them rest: no event is selected.
    (document.activeElement as HTMLElement).blur();
    await Promise.resolve();
    expect(strong(container)).toHaveLength(0);
  });

  it('the event under the pointer has its links drawn while the pointer is on it', async () => {
    const { container } = setup();
    const target = mark(AUKUS).querySelector('.label') as Element;
    await fireEvent.pointerOver(target);
    expect(strong(container).length).toBeGreaterThan(5);
    await fireEvent.pointerLeave(timeline());
    expect(strong(container)).toHaveLength(0);
  });
});

describe('an uncertain date in the picture', () => {
  it('is said by the mark, not by a qualifier after the title; the words stay in its name', () => {
    const { story, container } = setup();
    expect(container.querySelector('.qualifier')).toBeNull();
    const labels = [...container.querySelectorAll('.event .label')].map((label) => label.textContent ?? '');
    expect(labels.some((label) => / [?~]$/.test(label))).toBe(false);
    // Every approximate or uncertain mark has a halo (a point) or a dashed outline (a span), and
    // its name says so in words after its title: "(uncertain)", "(end uncertain)", "about".
    const fuzzy = [...container.querySelectorAll('.event.fuzzy')];
    expect(fuzzy.length).toBeGreaterThan(5);
    for (const element of fuzzy) {
      const name = element.getAttribute('aria-label') ?? '';
      expect(element.querySelector('.halo, .outline'), name).not.toBeNull();
      const event = story.event(element.getAttribute('data-event-id') ?? '');
      if (!event) throw new Error(`the mark "${name}" stands for no event`);
      expect(name).toMatch(markName(event.title));
      const dateWords = name.slice(event.title.length);
      const { start, end } = event.parsedDate;
      expect(start.uncertain || end.uncertain || start.approximate || end.approximate, name).toBe(true);
      if (start.uncertain || end.uncertain) expect(dateWords).toMatch(/\buncertain\b/);
      if (start.approximate || end.approximate) expect(dateWords).toMatch(/\b(about|approximate)\b/);
    }
  });
});
