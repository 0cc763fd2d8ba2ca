/**
 * Following the story's links: the detail of an event lists related events under labels
 * that read from that event ("Caused by", "Led to", "Responds to", "Follows up on"), and
 * a click on one shows its detail, even when the filters hide it from the timeline.
 */
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import StoryView from '../../src/components/StoryView.svelte';
import { loadStory } from './story.ts';
import { useClicksWithoutDrag, useClientWidth, useResizeObserverStub } from './dom.ts';
import { markNamed, openFilters, queryMarkNamed } from './helpers.ts';

useResizeObserverStub();
useClicksWithoutDrag();
useClientWidth(1000);

const AUKUS = 'Australia, UK and US unveil the AUKUS pact';
const CONTRACT_SCRAPPED = 'Australia scraps its French submarine contract';
const LE_DRIAN = 'Le Drian calls AUKUS “a stab in the back”';
const CHINA_CONDEMNS = 'China condemns AUKUS as “extremely irresponsible”';
const BLINKEN_MACRON = 'Macron and Blinken meet in Paris to mend the AUKUS rift';

function setup() {
  const user = userEvent.setup();
  const story = loadStory();
  render(StoryView, { story });
  return { user, story };
}

const detailPanel = () => screen.getByRole('complementary');
const detailHeading = () => within(detailPanel()).getByRole('heading', { level: 2 });

/** The "Related events" section as the reader sees it: each label with the titles under it. */
function relatedGroups(): Record<string, string[]> {
  const heading = within(detailPanel()).getByRole('heading', { level: 3, name: 'Related events' });
  const section = heading.nextElementSibling as HTMLElement;
  const groups: Record<string, string[]> = {};
  let label = '';
  for (const item of section.querySelectorAll<HTMLElement>('dt, dd')) {
    if (item.tagName === 'DT') groups[(label = item.textContent?.trim() ?? '')] = [];
    else groups[label]?.push(within(item).getByRole('button').textContent?.trim() ?? '');
  }
  return groups;
}

/** The entry of one related event: its button, its date and any note. */
const relatedEntry = (title: string) => within(detailPanel()).getByRole('button', { name: title }).closest('dd') as HTMLElement;

async function open(user: ReturnType<typeof userEvent.setup>, title: string) {
  await user.click(markNamed(title, screen.getByRole('group', { name: /^Timeline: / })));
}

describe('the “Related events” section', () => {
  it('groups the links of AUKUS’s announcement under labels that read from it', async () => {
    const { user } = setup();
    await open(user, AUKUS);
    const groups = relatedGroups();

    expect(groups['Led to']).toEqual([CONTRACT_SCRAPPED]);
    expect(groups['Context']).toEqual(['Australia orders 12 French-built submarines']);
    expect(groups['Answered by']).toEqual(expect.arrayContaining([LE_DRIAN, CHINA_CONDEMNS]));
  });

  it('shows “Caused by” on the other end of a “Led to” link', async () => {
    const { user } = setup();
    await open(user, CONTRACT_SCRAPPED);
    expect(relatedGroups()['Caused by']).toEqual([AUKUS]);
  });

  it('lists what an event responds to', async () => {
    const { user } = setup();
    await open(user, LE_DRIAN);
    expect(relatedGroups()).toEqual({ 'Responds to': [AUKUS, CONTRACT_SCRAPPED] });
  });

  it('lists what an event follows up on, and what followed it up', async () => {
    const { user } = setup();
    await open(user, BLINKEN_MACRON);
    const groups = relatedGroups();
    expect(groups['Follows up on']).toEqual([
      'Biden and Macron agree by phone to try to repair the damage',
      'Blinken meets Macron’s security adviser Emmanuel Bonne',
    ]);
    expect(groups['Followed up by']).toEqual(expect.arrayContaining(['Biden and Macron to meet in Europe at month’s end']));
  });

  it('gives each related event’s date in words', async () => {
    const { user } = setup();
    await open(user, LE_DRIAN);
    expect(relatedEntry(AUKUS)).toHaveTextContent('15 September 2021');
  });
});

describe('following a related event', () => {
  it('shows that event’s detail', async () => {
    const { user } = setup();
    await open(user, LE_DRIAN);

    await user.click(within(detailPanel()).getByRole('button', { name: CONTRACT_SCRAPPED }));

    expect(detailHeading()).toHaveTextContent(CONTRACT_SCRAPPED);
    expect(detailHeading()).toHaveFocus();
    expect(within(detailPanel()).queryByRole('heading', { name: LE_DRIAN })).not.toBeInTheDocument();
    expect(relatedGroups()['Caused by']).toEqual([AUKUS]);
  });

  it('marks the followed event as the selected one in the timeline', async () => {
    const { user } = setup();
    await open(user, LE_DRIAN);
    await user.click(within(detailPanel()).getByRole('button', { name: AUKUS }));

    const timeline = screen.getByRole('group', { name: /^Timeline: / });
    expect(markNamed(AUKUS, timeline)).toHaveAttribute('aria-pressed', 'true');
    expect(markNamed(LE_DRIAN, timeline)).toHaveAttribute('aria-pressed', 'false');
  });

  it('can walk a chain of links: Le Drian → AUKUS → China’s condemnation', async () => {
    const { user } = setup();
    await open(user, LE_DRIAN);
    await user.click(within(detailPanel()).getByRole('button', { name: AUKUS }));
    await user.click(within(detailPanel()).getByRole('button', { name: CHINA_CONDEMNS }));

    expect(detailHeading()).toHaveTextContent(CHINA_CONDEMNS);
    expect(relatedGroups()).toEqual({ 'Responds to': [AUKUS] });
  });
});

describe('a related event hidden by the filters', () => {
  it('says “hidden by the current filters”, and only for the hidden one', async () => {
    const { user } = setup();
    await openFilters(user);
    await user.click(screen.getByRole('checkbox', { name: /^China \d+$/ }));
    await open(user, CHINA_CONDEMNS);

    expect(relatedEntry(AUKUS)).toHaveTextContent('(hidden by the current filters)');

    await user.click(screen.getByRole('checkbox', { name: /^China \d+$/ }));
    expect(relatedEntry(AUKUS)).not.toHaveTextContent('hidden by the current filters');
  });

  it('can still be followed: its detail shows although its mark is hidden', async () => {
    const { user } = setup();
    await openFilters(user);
    await user.click(screen.getByRole('checkbox', { name: /^China \d+$/ }));
    await open(user, CHINA_CONDEMNS);

    await user.click(within(detailPanel()).getByRole('button', { name: AUKUS }));

    expect(detailHeading()).toHaveTextContent(AUKUS);
    const timeline = screen.getByRole('group', { name: /^Timeline: / });
    expect(queryMarkNamed(AUKUS, timeline)).not.toBeInTheDocument();
    // Seen from AUKUS, China's condemnation is the one shown and AUKUS's other answers are hidden.
    expect(relatedEntry(CHINA_CONDEMNS)).not.toHaveTextContent('hidden by the current filters');
    expect(relatedEntry(LE_DRIAN)).toHaveTextContent('(hidden by the current filters)');
  });

  it('closing its detail leaves keyboard focus in the timeline, not lost on the page', async () => {
    const { user } = setup();
    await openFilters(user);
    await user.click(screen.getByRole('checkbox', { name: /^China \d+$/ }));
    await open(user, CHINA_CONDEMNS);
    await user.click(within(detailPanel()).getByRole('button', { name: AUKUS }));

    await user.keyboard('{Escape}');

    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
    const timeline = screen.getByRole('group', { name: /^Timeline: / });
    await waitFor(() => expect(timeline).toContainElement(document.activeElement as HTMLElement));
  });
});
