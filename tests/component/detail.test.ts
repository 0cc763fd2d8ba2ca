/**
 * Reading one event: a reader clicks it, in the timeline or in the list, and the detail
 * panel shows its date in words, its quotes with who said them and where, and the source
 * paragraph around a quote; closing the panel puts focus back where the reader was.
 */
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import StoryView from '../../src/components/StoryView.svelte';
import { loadStory } from './story.ts';
import { smallStory } from './smallStory.ts';
import { useClicksWithoutDrag, useClientWidth, useResizeObserverStub } from './dom.ts';
import { markNamed } from './helpers.ts';

useResizeObserverStub();
useClicksWithoutDrag();
useClientWidth(1000);

const LE_DRIAN = 'Le Drian calls AUKUS “a stab in the back”';
const AUKUS = 'Australia, UK and US unveil the AUKUS pact';

function setup() {
  const user = userEvent.setup();
  const story = loadStory();
  render(StoryView, { story });
  return { user, story };
}

/** The detail panel is a complementary landmark named by the event's title. */
const detailPanel = (title: string) => screen.getByRole('complementary', { name: title });

/** The figure that holds a quote, found by the quote's exact words. */
function quoteFigure(panel: HTMLElement, words: string): HTMLElement {
  const figure = within(panel).getByText(words, { selector: 'blockquote' }).closest('figure');
  if (!figure) throw new Error(`the quote "${words}" is not in a figure`);
  return figure;
}

describe('clicking an event in the timeline', () => {
  it('opens its detail with the title as a heading and the date in words', async () => {
    const { user } = setup();
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();

    await user.click(markNamed(AUKUS));

    const panel = detailPanel(AUKUS);
    expect(within(panel).getByRole('heading', { level: 2, name: AUKUS })).toBeInTheDocument();
    expect(within(panel).getByText('15 September 2021')).toBeInTheDocument();
    expect(markNamed(AUKUS)).toHaveAccessibleName(`${AUKUS}, 15 September 2021`);
    expect(markNamed(AUKUS)).toHaveAttribute('aria-pressed', 'true');
  });

  it('says when a date is inferred and uncertain', async () => {
    const { user } = setup();
    // The mark already says it, in the same words as the detail.
    expect(markNamed(LE_DRIAN)).toHaveAccessibleName(`${LE_DRIAN}, 16 September 2021 (uncertain)`);
    await user.click(markNamed(LE_DRIAN));
    expect(within(detailPanel(LE_DRIAN)).getByText('16 September 2021 (uncertain)')).toBeInTheDocument();
  });

  it('moves keyboard focus to the heading of the detail', async () => {
    const { user } = setup();
    await user.click(markNamed(LE_DRIAN));
    expect(within(detailPanel(LE_DRIAN)).getByRole('heading', { level: 2 })).toHaveFocus();
  });

  it('shows each quote with its speaker’s name and role and the source’s title', async () => {
    const { user } = setup();
    await user.click(markNamed(LE_DRIAN));
    const panel = detailPanel(LE_DRIAN);

    expect(within(panel).getByRole('heading', { level: 3, name: 'What the sources say' })).toBeInTheDocument();
    expect(within(panel).getAllByRole('figure')).toHaveLength(4);
    const figure = quoteFigure(panel, 'It’s really a stab in the back');
    expect(figure).toHaveTextContent('Jean-Yves Le Drian, French foreign minister');
    expect(within(figure).getByText(/^Macron and Blinken meet in Paris after the AUKUS crisis/, { selector: 'cite' })).toBeInTheDocument();
  });

  it('leaves out the speaker of a quote that has none', async () => {
    const { user } = setup();
    await user.click(markNamed(LE_DRIAN));
    const figure = quoteFigure(
      detailPanel(LE_DRIAN),
      'French foreign minister Jean-Yves Le Drian has described it as a “stab in the back”.',
    );
    expect(figure.querySelector('figcaption')).toHaveTextContent(/^Source: Macron and Blinken meet in Paris/);
  });

  it('lists who took part and which countries are involved', async () => {
    const { user } = setup();
    await user.click(markNamed(LE_DRIAN));
    const panel = detailPanel(LE_DRIAN);
    const countries = within(panel).getAllByRole('list')[0] as HTMLElement;
    expect(
      within(countries)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['France', 'Australia', 'United States']);
    expect(within(panel).getByText('Jean-Yves Le Drian', { selector: 'strong' })).toBeInTheDocument();
  });
});

describe('clicking an event in the list view', () => {
  it('opens the same detail', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'List' }));
    const list = screen.getByRole('list', { name: 'List' });

    await user.click(within(list).getByRole('button', { name: LE_DRIAN }));

    expect(within(detailPanel(LE_DRIAN)).getByRole('heading', { level: 2, name: LE_DRIAN })).toBeInTheDocument();
    expect(within(list).getByRole('button', { name: LE_DRIAN })).toHaveAttribute('aria-pressed', 'true');
  });
});

describe('“Read in context”', () => {
  it('shows the source paragraph with the quote highlighted, and hides it again', async () => {
    const { user } = setup();
    await user.click(markNamed(LE_DRIAN));
    const figure = quoteFigure(detailPanel(LE_DRIAN), 'It’s really a stab in the back');
    const toggle = within(figure).getByRole('button', { name: 'Read in context' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');

    await user.click(toggle);

    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveAccessibleName('Hide context');
    const context = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(context).toBeVisible();
    expect(context).toHaveTextContent(
      '“It’s really a stab in the back,” France’s Foreign Minister Jean-Yves Le Drian told France Info radio.',
    );
    const marks = context?.querySelectorAll('mark') ?? [];
    expect([...marks].map((mark) => mark.textContent)).toEqual(['It’s really a stab in the back']);

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(document.getElementById(toggle.getAttribute('aria-controls') ?? '')).toBeNull();
  });
});

describe('closing the detail', () => {
  it('with the × button hides it and puts focus back on the event’s mark', async () => {
    const { user } = setup();
    await user.click(markNamed(AUKUS));

    await user.click(within(detailPanel(AUKUS)).getByRole('button', { name: 'Close' }));

    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
    // Focus returns once the timeline has re-drawn at its new width, a frame later.
    await waitFor(() => expect(markNamed(AUKUS)).toHaveFocus());
    expect(markNamed(AUKUS)).toHaveAttribute('aria-pressed', 'false');
  });

  it('with Escape hides it and puts focus back on the event’s mark', async () => {
    const { user } = setup();
    await user.click(markNamed(AUKUS));
    expect(detailPanel(AUKUS)).toBeInTheDocument();

    await user.keyboard('{Escape}');

    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
    // Focus returns once the timeline has re-drawn at its new width, a frame later.
    await waitFor(() => expect(markNamed(AUKUS)).toHaveFocus());
  });

  it('in the list view puts focus back on the event’s title in the list', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'List' }));
    const list = screen.getByRole('list', { name: 'List' });
    await user.click(within(list).getByRole('button', { name: AUKUS }));

    await user.click(within(detailPanel(AUKUS)).getByRole('button', { name: 'Close' }));

    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
    await waitFor(() => expect(within(list).getByRole('button', { name: AUKUS })).toHaveFocus());
  });
});

describe('an imported slide, whose text is both its summary and its one quote', () => {
  it('is said once, as the quote with its source', async () => {
    const user = userEvent.setup();
    const story = smallStory([
      { id: 'talks-resume', title: 'Talks resumed in spring.', date: '2019-03-02' },
      { id: 'treaty-signed', title: 'The treaty is signed', date: '2019-08-09' },
    ]);
    render(StoryView, { story });
    await user.click(markNamed('Talks resumed in spring.'));
    const panel = detailPanel('Talks resumed in spring.');
    // The heading, then the quote: the words are not printed a third time as the summary.
    expect(within(panel).getAllByText('Talks resumed in spring.', { exact: true })).toHaveLength(2);
    expect(panel.querySelector('.summary')).toBeNull();
    expect(within(panel).getByText('Talks resumed in spring.', { selector: 'blockquote' })).toBeInTheDocument();

    await user.click(markNamed('The treaty is signed'));
    expect(detailPanel('The treaty is signed').querySelector('.summary')).toHaveTextContent('The treaty is signed');
  });
});
