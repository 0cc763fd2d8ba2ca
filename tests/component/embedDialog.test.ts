/**
 * The Embed dialog pins only a range the reader chose (issue 15): the range the timeline
 * took by itself, where the story opens, would hide events in a narrower embed, which
 * takes its own. A zoom, or a range that came with the link, is the reader's and is kept.
 * The page's own link keeps writing the range either way.
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import StoryView from '../../src/components/StoryView.svelte';
import EmbedDialog from '../../src/components/EmbedDialog.svelte';
import { syncWithUrl } from '../../src/state/urlSync.svelte.ts';
import { loadStory } from './story.ts';
import { useClicksWithoutDrag, useClientWidth, useResizeObserverStub } from './dom.ts';
import { markNamed } from './helpers.ts';

useResizeObserverStub();
useClicksWithoutDrag();
useClientWidth(1000);

// jsdom has no modal dialogs: opening one is enough here.
const dialogProto = HTMLDialogElement.prototype as Partial<Pick<HTMLDialogElement, 'showModal'>>;
const hadShowModal = 'showModal' in dialogProto;
beforeAll(() => {
  if (!hadShowModal)
    dialogProto.showModal = function (this: HTMLDialogElement) {
      this.setAttribute('open', '');
    };
});
afterAll(() => {
  if (!hadShowModal) delete dialogProto.showModal;
});

let stopSync: (() => void) | undefined;
afterEach(() => {
  stopSync?.();
  stopSync = undefined;
  window.history.replaceState(null, '', '/');
});

function openLink(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  const user = userEvent.setup();
  const story = loadStory();
  stopSync = syncWithUrl(story, window).stop;
  render(StoryView, { story });
  render(EmbedDialog, { story, src: null });
  return { user, story };
}

async function snippets(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Embed' }));
  const dialog = screen.getByRole('dialog', { hidden: true });
  const element = (within(dialog).getByLabelText('Custom element') as HTMLTextAreaElement).value;
  const iframe = (within(dialog).getByLabelText('Iframe') as HTMLTextAreaElement).value;
  const local = dialog.textContent ?? '';
  dialog.dispatchEvent(new Event('close'));
  return { element, iframe, local };
}

const timeline = () => screen.getByRole('group', { name: /^Timeline: / });
const params = () => new URL(window.location.href).searchParams;

describe('the Embed dialog’s range', () => {
  it('is left out for a fresh story, whose range the timeline chose', async () => {
    const { user, story } = openLink('');
    expect(story.viewport.visible).not.toBeNull();
    expect(story.viewport.chosen).toBe(false);
    expect(params().has('range')).toBe(true);
    const { element, iframe } = await snippets(user);
    expect(element).not.toContain('range=');
    expect(iframe).not.toContain('range=');
  });

  it('is left out after selecting an event, which the timeline follows by itself', async () => {
    const { user, story } = openLink('?event=blinken-meets-macron');
    await user.click(markNamed('Le Drian calls AUKUS “a stab in the back”', timeline()));
    expect(story.viewport.chosen).toBe(false);
    const { element } = await snippets(user);
    expect(element).toContain('event="le-drian-stab-in-the-back"');
    expect(element).not.toContain('range=');
  });

  it('is pinned after a zoom, as the page link has it', async () => {
    const { user, story } = openLink('');
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(story.viewport.chosen).toBe(true);
    const range = params().get('range');
    expect(range).toBeTruthy();
    const { element, iframe } = await snippets(user);
    expect(element).toContain(`range="${range}"`);
    expect(iframe).toContain(`range=${encodeURIComponent(range ?? '')}`);
  });

  it('is pinned when the link brought one, and dropped again when the whole story is shown', async () => {
    const { user, story } = openLink('?range=2021-09-10/2021-09-25');
    expect(story.viewport.chosen).toBe(true);
    expect((await snippets(user)).element).toMatch(/range="2021-09-1\d[^"]*\/2021-09-2\d[^"]*"/);
    // As "Fit all" does, without its tween (jsdom's animation frames do not run it to the end).
    story.viewport.show('all', false);
    await expect.poll(() => story.viewport.visible).toBeNull();
    expect(story.viewport.chosen).toBe(false);
    expect((await snippets(user)).element).not.toContain('range=');
  });
});

describe('the Embed dialog on this computer', () => {
  it('says that the addresses start at the local server’s root', async () => {
    const { user } = openLink('');
    const { local, element } = await snippets(user);
    expect(element).toContain('<script type="module" src="/embed/diplomatic-timeline.js"></script>');
    // jsdom's page is http://localhost:3000/.
    expect(local).toMatch(/server on your own computer/);
  });
});
