/**
 * The studio's draft: every edit is a step that undo takes back (a run of keystrokes in one
 * field is one step), the validator sees the story as it stands, and the store keeps drafts
 * across reloads (IndexedDB, here fake-indexeddb's in-memory one).
 */
import 'fake-indexeddb/auto';
import { createStore } from 'idb-keyval';
import { describe, expect, it, vi } from 'vitest';
import { Draft } from '../../../src/studio/state/draft.svelte.ts';
import { newDraftId, openDraftStore } from '../../../src/studio/state/draftStore.ts';

function clock() {
  let now = 0;
  return { now: () => now, advance: (ms: number) => void (now += ms) };
}

describe('Draft', () => {
  it('takes back a run of keystrokes in one field as one step, and other fields as steps of their own', () => {
    const time = clock();
    const draft = new Draft({ id: 'd' }, time.now);
    for (const title of ['T', 'Th', 'The', 'The story']) {
      draft.setStory('title', title);
      time.advance(200);
    }
    time.advance(5_000);
    draft.setStory('description', 'A standfirst');
    expect(draft.dataset.title).toBe('The story');
    draft.undo();
    expect(draft.dataset.description).toBeUndefined();
    expect(draft.dataset.title).toBe('The story');
    draft.undo();
    expect(draft.dataset.title).toBe('');
    expect(draft.canUndo).toBe(false);
    draft.redo();
    draft.redo();
    expect(draft.dataset).toMatchObject({ title: 'The story', description: 'A standfirst' });
    expect(draft.canRedo).toBe(false);
  });

  it('forgets what was undone once the editor changes something else', () => {
    const draft = new Draft({ id: 'd' });
    draft.addEvent();
    draft.undo();
    draft.setStory('title', 'Another');
    expect(draft.canRedo).toBe(false);
  });

  it('names each source’s file after it, so two sources never share a text', () => {
    const draft = new Draft({ id: 'd' });
    const first = draft.addSource('Le Monde, 17 September', 'First text.');
    const second = draft.addSource('Le Monde, 17 September', 'Second text.');
    expect([first, second]).toEqual(['le-monde-17-september', 'le-monde-17-september-2']);
    expect(draft.texts).toEqual({
      'sources/le-monde-17-september.txt': 'First text.',
      'sources/le-monde-17-september-2.txt': 'Second text.',
    });
  });

  it('names an event after its title, and renames the links to it, until the editor names it otherwise', () => {
    const draft = new Draft({ id: 'd' });
    const a = draft.addEvent();
    const b = draft.addEvent();
    draft.addRelation(b, { event: 'event-1', type: 'responds-to' });
    draft.updateEvent(a, { title: 'AUKUS is announced' });
    expect(draft.dataset.events[a]?.id).toBe('aukus-is-announced');
    expect(draft.dataset.events[b]?.related).toEqual([{ event: 'aukus-is-announced', type: 'responds-to' }]);
    draft.updateEvent(a, { id: 'aukus' });
    draft.updateEvent(a, { title: 'AUKUS unveiled' });
    expect(draft.dataset.events[a]?.id).toBe('aukus');
  });

  it('drops the links and path steps to an event it removes', () => {
    const draft = new Draft({ id: 'd' });
    draft.addEvent();
    draft.addEvent();
    draft.addRelation(1, { event: 'event-1', type: 'causes' });
    draft.removeEvent(0);
    expect(draft.dataset.events).toHaveLength(1);
    expect(draft.dataset.events[0]?.related).toEqual([]);
  });

  it('lists every problem of the story as it stands, and none once it is whole', async () => {
    const draft = new Draft({ id: 'd' });
    draft.setStory('title', 'A story');
    const source = draft.addSource('Notes', 'The minister met her counterpart on Tuesday.');
    const event = draft.addEvent();
    // Worked out a moment after the editor stops typing; check() asks for them at once.
    expect(draft.checked).toBe(false);
    draft.check();
    expect(draft.problems.map((problem) => problem.path)).toEqual(
      expect.arrayContaining(['events[0].title', 'events[0].date', 'events[0].dateNote', 'events[0].summary', 'events[0].quotes']),
    );
    draft.updateEvent(event, { title: 'The ministers meet', date: '2021-09-14', dateNote: 'As the notes say.', summary: 'They met.' });
    draft.addQuote(event, { source, text: 'The minister met her counterpart' });
    draft.check();
    expect(draft.problems).toEqual([]);
    draft.updateQuote(event, 0, { text: 'The minister met his counterpart' });
    await vi.waitFor(() => expect(draft.problems.map((problem) => problem.path)).toEqual(['events[0].quotes[0].text']));
  });

  it('shares with the step before all it did not change, so that undo restores the very same story', () => {
    const draft = new Draft({ id: 'd' });
    draft.addSource('Notes', 'Text.');
    draft.addEvent();
    draft.addEvent();
    const before = draft.content;
    draft.updateEvent(1, { summary: 'Changed' });
    expect(draft.dataset.events[0]).toBe(before.dataset.events[0]);
    expect(draft.dataset.events[1]).not.toBe(before.dataset.events[1]);
    expect(before.dataset.events[1]?.summary).toBe('');
    expect(draft.dataset.sources[0]).toBe(before.dataset.sources[0]);
    draft.undo();
    expect(draft.content).toBe(before);
  });

  it('keeps a keystroke quick at 5,000 events: no copy of the whole story, no validation until a pause', () => {
    const draft = new Draft({ id: 'd' });
    for (let i = 0; i < 5_000; i++) draft.addEvent();
    const before = draft.content;
    draft.updateEvent(2_500, { title: 'One event renamed' });
    const changed = draft.dataset.events.filter((event, i) => event !== before.dataset.events[i]);
    expect(changed.map((event) => event.id)).toEqual(['one-event-renamed']);
    expect(draft.checked).toBe(false);
  });
});

describe('actors and the reading path', () => {
  it('removes an actor from the events and quotes that named it', () => {
    const draft = new Draft({ id: 'd' });
    const source = draft.addSource('Notes', 'Words.');
    const minister = draft.addActor('A minister');
    draft.addEvent();
    draft.updateEvent(0, { actors: [minister] });
    draft.addQuote(0, { source, text: 'Words.', speaker: minister });
    draft.removeActor(0);
    expect(draft.dataset.actors).toEqual([]);
    expect(draft.dataset.events[0]?.actors).toEqual([]);
    expect(draft.dataset.events[0]?.quotes).toEqual([{ source, text: 'Words.' }]);
  });

  it('keeps the author’s path in order, with its narration, as events are renamed and removed', () => {
    const draft = new Draft({ id: 'd' });
    draft.addEvent();
    draft.addEvent();
    draft.addPathStep('event-2');
    draft.addPathStep('event-1');
    draft.updatePathNote(0, 'It starts here.');
    draft.movePathStep(0, 1);
    expect(draft.dataset.path).toEqual([{ event: 'event-1' }, { event: 'event-2', note: 'It starts here.' }]);
    draft.updateEvent(1, { title: 'The second event' });
    expect(draft.dataset.path?.[1]).toEqual({ event: 'the-second-event', note: 'It starts here.' });
    draft.removeEvent(0);
    expect(draft.dataset.path).toEqual([{ event: 'the-second-event', note: 'It starts here.' }]);
    draft.updatePathNote(0, '');
    expect(draft.dataset.path).toEqual([{ event: 'the-second-event' }]);
  });
});

describe('the draft store', () => {
  it('keeps several drafts, newest first, and gives each back whole', async () => {
    const store = openDraftStore(createStore(`test-${newDraftId()}`, 'drafts'));
    const one = new Draft({ id: 'one' });
    one.setStory('title', 'First story');
    const two = new Draft({ id: 'two' });
    two.setStory('title', 'Second story');
    two.addEvent();
    await store.save({ id: one.id, ...one.content, savedAt: 1 });
    await store.save({ id: two.id, ...two.content, savedAt: 2 });
    expect(await store.list()).toEqual([
      { id: 'two', title: 'Second story', savedAt: 2, events: 1 },
      { id: 'one', title: 'First story', savedAt: 1, events: 0 },
    ]);
    expect((await store.load('two'))?.dataset.events).toHaveLength(1);
    await store.remove('one');
    expect((await store.list()).map((summary) => summary.id)).toEqual(['two']);
  });
});
