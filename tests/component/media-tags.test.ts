/**
 * An imported story's media and tags, as a reader meets them: the detail shows an image
 * with its alt text, caption and credit, and a video, audio or page as a link (never a
 * frame); tags are listed in the detail, filter the story like countries, and can group it.
 */
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import StoryView from '../../src/components/StoryView.svelte';
import { smallStory, type SmallEvent } from './smallStory.ts';
import { useClicksWithoutDrag, useClientWidth, useResizeObserverStub } from './dom.ts';
import { markNamed, openFilters } from './helpers.ts';

useResizeObserverStub();
useClicksWithoutDrag();
useClientWidth(1000);

const EVENTS: readonly SmallEvent[] = [
  {
    id: 'first-meeting',
    title: 'Ministers meet in Geneva',
    date: '2019-01-15',
    tags: ['Diplomacy'],
    media: { kind: 'image', url: 'media/geneva.jpg', alt: 'Two ministers shake hands', caption: 'In Geneva.', credit: 'Jane Doe / Agency' },
  },
  {
    id: 'talks-resume',
    title: 'Talks resume',
    date: '2019-03-02',
    tags: ['Diplomacy', 'Trade'],
    media: { kind: 'video', url: 'https://www.example.org/watch?v=1', title: 'The press conference', credit: 'Example TV' },
  },
  { id: 'draft-agreed', title: 'A draft is agreed', date: '2019-05-20', tags: ['Trade'] },
  { id: 'treaty-signed', title: 'The treaty is signed', date: '2019-08-09' },
];

function setup() {
  const user = userEvent.setup();
  const story = smallStory(EVENTS);
  render(StoryView, { story });
  return { user, story };
}

const detail = (title: string) => screen.getByRole('complementary', { name: title });

describe('media in the detail', () => {
  it('shows an image with its alt text, caption and credit, loaded only when scrolled to', async () => {
    const { user } = setup();
    await user.click(markNamed('Ministers meet in Geneva'));
    const image = within(detail('Ministers meet in Geneva')).getByRole('img', { name: 'Two ministers shake hands' });
    expect(image).toHaveAttribute('loading', 'lazy');
    // Relative to the page here: the story was opened without an address of its own.
    expect(image.getAttribute('src')).toMatch(/^http:\/\/localhost(:\d+)?\/media\/geneva\.jpg$/);
    expect(within(detail('Ministers meet in Geneva')).getByText('In Geneva.')).toBeInTheDocument();
    expect(within(detail('Ministers meet in Geneva')).getByText('Credit: Jane Doe / Agency')).toBeInTheDocument();
  });

  it('turns an image that cannot load into a link named by its alt text', async () => {
    const { user } = setup();
    await user.click(markNamed('Ministers meet in Geneva'));
    const panel = detail('Ministers meet in Geneva');
    await fireEvent.error(within(panel).getByRole('img', { name: 'Two ministers shake hands' }));
    expect(within(panel).queryByRole('img')).toBeNull();
    expect(within(panel).getByRole('link', { name: /Two ministers shake hands/ })).toHaveAttribute(
      'href',
      expect.stringMatching(/geneva\.jpg$/),
    );
  });

  it('gives a video as a link to follow in a new tab, never a frame', async () => {
    const { user } = setup();
    await user.click(markNamed('Talks resume'));
    const panel = detail('Talks resume');
    const link = within(panel).getByRole('link', { name: /The press conference/ });
    expect(link).toHaveAttribute('href', 'https://www.example.org/watch?v=1');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(link).toHaveTextContent('Video');
    expect(link).toHaveTextContent('example.org');
    expect(panel.querySelector('iframe, video, audio, embed, object')).toBeNull();
  });
});

describe('tags', () => {
  it('lists an event’s tags in its detail', async () => {
    const { user } = setup();
    await user.click(markNamed('Talks resume'));
    const tags = within(detail('Talks resume')).getByRole('heading', { name: 'Tags' }).nextElementSibling as HTMLElement;
    expect(
      within(tags)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Diplomacy', 'Trade']);
  });

  it('filters by tag with counts, and shows the choice as a chip that removes it', async () => {
    const { user, story } = setup();
    const panel = await openFilters(user);
    const tags = within(panel).getByRole('group', { name: 'Tags' });
    expect(within(tags).getByRole('checkbox', { name: /Trade/ }).closest('label')).toHaveTextContent('Trade 2');
    await user.click(within(tags).getByRole('checkbox', { name: /Trade/ }));
    expect(story.shownEvents.map((event) => event.id)).toEqual(['talks-resume', 'draft-agreed']);
    await user.click(screen.getByRole('button', { name: 'Remove filter Trade' }));
    expect(story.shownEvents).toHaveLength(4);
  });

  it('groups the timeline by first tag, the untagged events last, in a lane of their own', async () => {
    const { user } = setup();
    const panel = await openFilters(user);
    await user.click(within(within(panel).getByRole('group', { name: 'Group by' })).getByRole('radio', { name: 'Tag' }));
    const labels = [...document.querySelectorAll('.lane-label')].map((label) => label.textContent);
    expect(labels).toEqual(['Diplomacy', 'Trade', 'No tag']);
  });
});
