/**
 * Citing what the detail shows: the event, or one of its quotes, in Chicago style, with a
 * permalink, the day of access, a Copy button and CSL-JSON and BibTeX files; a link to a
 * quote opens the event on that quote.
 */
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import StoryView from '../../src/components/StoryView.svelte';
import { loadStory } from './story.ts';
import { useClicksWithoutDrag, useClientWidth, useResizeObserverStub } from './dom.ts';
import { quoteKey } from '../../src/interop/permalink.ts';
import { applyView } from '../../src/state/urlSync.svelte.ts';
import { DEFAULT_VIEW } from '../../src/state/urlState.ts';

useResizeObserverStub();
useClicksWithoutDrag();
useClientWidth(1000);

const ID = 'le-drian-stab-in-the-back';
const TITLE = 'Le Drian calls AUKUS “a stab in the back”';
const STORY = 'The AUKUS rift: France, the US, the UK and Australia, 2021';
const SOURCE = 'Macron and Blinken meet in Paris after the AUKUS crisis, with background on France’s anger and China’s reaction';
const STAB = { source: 'blinken-macron-meet-after-aukus-crisis', text: 'It’s really a stab in the back' };

function today() {
  const now = new Date();
  return {
    iso: [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((part, i) => String(part).padStart(i ? 2 : 4, '0')).join('-'),
    english: new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(now),
    words: new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', year: 'numeric' }).format(now),
  };
}

function setup() {
  const user = userEvent.setup();
  const story = loadStory();
  story.select(ID);
  render(StoryView, { story });
  const panel = screen.getByRole('complementary', { name: TITLE });
  return { user, story, panel };
}

/** jsdom's Blob has no text(): read it as a page would have to. */
function read(blob: Blob): Promise<string> {
  return new Promise((done) => {
    const reader = new FileReader();
    reader.onload = () => done(reader.result as string);
    reader.readAsText(blob);
  });
}

const citation = (panel: HTMLElement) =>
  within(panel).getByRole('region', { name: 'Citation in Chicago style (17th edition, bibliography)' });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('citing an event', () => {
  it('shows the citation, its permalink and the day of access, and copies the citation', async () => {
    const { user, panel } = setup();
    const cite = within(panel).getByRole('button', { name: 'Cite this event' });
    expect(cite).toHaveAttribute('aria-expanded', 'false');
    await user.click(cite);
    expect(cite).toHaveAttribute('aria-expanded', 'true');
    const region = citation(panel);
    const permalink = `${location.origin}/?event=${ID}`;
    const expected = `“${TITLE}.” ${STORY}. Timeline entry dated September 16, 2021? Accessed ${today().words}. ${permalink}.`;
    expect(await within(region).findByText(expected)).toBeInTheDocument();
    expect(within(region).getByRole('link', { name: permalink })).toHaveAttribute('href', permalink);
    expect(within(region).getByText(`Accessed ${today().english}`)).toBeInTheDocument();

    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(within(region).getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith(expected);
    expect(within(region).getByRole('status')).toHaveTextContent('Copied');
  });

  it('selects the citation for the reader to copy when the clipboard refuses', async () => {
    const { user, panel } = setup();
    await user.click(within(panel).getByRole('button', { name: 'Cite this event' }));
    const region = citation(panel);
    await within(region).findByRole('button', { name: 'Copy' });
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) }, configurable: true });
    await user.click(within(region).getByRole('button', { name: 'Copy' }));
    expect(within(region).getByRole('status')).toHaveTextContent('Selected: press Ctrl+C (⌘C on a Mac) to copy');
    expect(window.getSelection()?.toString()).toMatch(/^“Le Drian calls AUKUS/);
  });

  it('downloads CSL-JSON and BibTeX named after the event', async () => {
    const { user, panel } = setup();
    const files: { name: string; blob: Blob }[] = [];
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((object) => {
      blob = object as Blob;
      return 'blob:citation';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      if (blob) files.push({ name: this.download, blob });
    });
    await user.click(within(panel).getByRole('button', { name: 'Cite this event' }));
    const region = citation(panel);
    await user.click(await within(region).findByRole('button', { name: 'Download CSL-JSON' }));
    await user.click(within(region).getByRole('button', { name: 'Download BibTeX' }));

    expect(files.map((file) => file.name)).toEqual([`${ID}.json`, `${ID}.bib`]);
    const csl = JSON.parse(await read(files[0]!.blob)) as { id: string; type: string; issued?: unknown }[];
    expect(csl.map((item) => [item.id, item.type])).toEqual([
      ['timeline:the-aukus-rift-france-the-us-the-uk-and-australia-2021', 'webpage'],
      [`event:${ID}`, 'entry'],
    ]);
    expect(csl[1]?.issued).toEqual({ 'date-parts': [[2021, 9, 16]], circa: true });
    expect(await read(files[1]!.blob)).toContain(`@online{event:${ID},\n  title = {${TITLE}},\n  date = {2021-09-16?},`);
  });

  it('closes with Escape or its button, leaving the detail open and focus on Cite', async () => {
    const { user, panel } = setup();
    const cite = within(panel).getByRole('button', { name: 'Cite this event' });
    await user.click(cite);
    await user.click(await within(citation(panel)).findByRole('button', { name: 'Copy' }));
    await user.keyboard('{Escape}');
    expect(within(panel).queryByRole('region')).not.toBeInTheDocument();
    expect(screen.getByRole('complementary', { name: TITLE })).toBeInTheDocument();
    expect(cite).toHaveFocus();

    await user.click(cite);
    await user.click(within(citation(panel)).getByRole('button', { name: 'Close the citation' }));
    expect(within(panel).queryByRole('region')).not.toBeInTheDocument();
    expect(cite).toHaveFocus();
  });
});

describe('citing a quote', () => {
  it('cites its source with the words and the speaker, at the quote’s permalink', async () => {
    const { user, panel } = setup();
    const stab = within(panel).getByText(STAB.text, { selector: 'blockquote' }).closest('figure') as HTMLElement;
    await user.click(within(stab).getByRole('button', { name: 'Cite this quote' }));
    const region = citation(panel);
    const permalink = `${location.origin}/?event=${ID}&quote=${quoteKey(STAB)}`;
    expect(
      await within(region).findByText(
        `“${STAB.text}” — Jean-Yves Le Drian, quoted in “${SOURCE}.” Source text in ${STORY}. Accessed ${today().words}. ${permalink}.`,
      ),
    ).toBeInTheDocument();
    // One citation open at a time.
    expect(within(panel).getAllByRole('region')).toHaveLength(1);
  });
});

describe('a link to a quote', () => {
  it('opens the event with that quote marked and focused', async () => {
    const story = loadStory();
    applyView(story, { ...DEFAULT_VIEW, event: ID, quote: quoteKey(STAB) });
    render(StoryView, { story });
    const panel = screen.getByRole('complementary', { name: TITLE });
    const note = within(panel).getByText('The quote this link points to');
    const linked = note.parentElement as HTMLElement;
    expect(within(linked).getByText(STAB.text, { selector: 'blockquote' })).toBeInTheDocument();
    expect(within(panel).getAllByText('The quote this link points to')).toHaveLength(1);
    await waitFor(() => expect(linked).toHaveFocus());
    // Another event opened clears it.
    story.select('aukus-announced');
    await waitFor(() => expect(screen.queryByText('The quote this link points to')).not.toBeInTheDocument());
  });
});
