/**
 * The studio as an editor uses it: a new story, a source pasted, words selected and made a
 * quote (verbatim by construction), a date typed in words, the problems listed in words and
 * each a way to its field, a quote off by its typography fixed in one click, undo and redo,
 * and the draft found again after a reload.
 */
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Studio from '../../src/studio/Studio.svelte';
import { loadLocale } from '../../src/i18n/strings.ts';
import type { DraftRecord } from '../../src/studio/state/draft.svelte.ts';
import type { DraftStore } from '../../src/studio/state/draftStore.ts';
import { useResizeObserverStub, useClientWidth } from './dom.ts';

useResizeObserverStub();
useClientWidth(500);
// jsdom lays nothing out, so it has no scrolling to do; the studio scrolls a field it focuses into view.
Element.prototype.scrollIntoView ??= function scrollIntoView() {};
// jsdom's files have no arrayBuffer() yet, which every browser's have: read through a FileReader instead.
Blob.prototype.arrayBuffer ??= function arrayBuffer(this: Blob) {
  return new Promise<ArrayBuffer>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(this);
  });
};

const ARTICLE =
  'French Foreign Minister Jean-Yves Le Drian said on Thursday that the deal was a “stab in the back”. He told franceinfo radio that trust was betrayed.';

/** The browser's IndexedDB as a map: what the store keeps survives the component, as a draft survives a reload. */
function memoryStore(): DraftStore & { records: Map<string, DraftRecord> } {
  const records = new Map<string, DraftRecord>();
  return {
    records,
    list: async () =>
      [...records.values()]
        .map((record) => ({ id: record.id, title: record.dataset.title, savedAt: record.savedAt, events: record.dataset.events.length }))
        .sort((a, b) => b.savedAt - a.savedAt),
    load: async (id) => structuredClone(records.get(id)),
    save: async (record) => void records.set(record.id, structuredClone(record)),
    remove: async (id) => void records.delete(id),
  };
}

async function startStory(store = memoryStore()) {
  const user = userEvent.setup();
  const view = render(Studio, { initialLocale: 'en', store });
  const title = await screen.findByLabelText('Title', { selector: '#f-title' });
  await user.click(title);
  await user.paste('The AUKUS rift');
  await user.click(screen.getByRole('button', { name: 'Add a source' }));
  await user.click(screen.getByLabelText('Title, as readers will see it'));
  await user.paste('Le Drian on franceinfo');
  await user.click(screen.getByLabelText('Paste the text of the article or statement'));
  await user.paste(ARTICLE);
  await user.click(screen.getByRole('button', { name: 'Add' }));
  await user.click(screen.getByRole('button', { name: 'Add an event' }));
  return { user, store, view };
}

/** Selects `words` in the source being read, as a mouse or Shift and the arrows would. */
async function select(user: ReturnType<typeof userEvent.setup>, words: string) {
  const reader = screen.getByLabelText(/^Reading: /) as HTMLTextAreaElement;
  const start = reader.value.indexOf(words);
  reader.focus();
  reader.setSelectionRange(start, start + words.length);
  await user.keyboard('{Shift>}{/Shift}');
}

/** Selects `words` and makes them a quote of the event being edited, said by a person created on the spot. */
async function quoteWithNewSpeaker(user: ReturnType<typeof userEvent.setup>, words: string, speaker: string) {
  await select(user, words);
  const bar = screen.getByRole('group', { name: /^Quote in/ });
  await user.selectOptions(within(bar).getByLabelText('Who says it'), 'New person…');
  await user.click(within(bar).getByLabelText('Name of the person'));
  await user.paste(speaker);
  await user.click(within(bar).getByRole('button', { name: /^Quote in/ }));
}

// Each test types into a page that rebuilds its preview and its problems as it goes: slower than most.
describe('the studio', { timeout: 20_000 }, () => {
  it('makes selected words a quote of the event, exactly as the source has them, with a new speaker', async () => {
    const { user, store } = await startStory();
    await quoteWithNewSpeaker(user, 'the deal was a “stab in the back”', 'Jean-Yves Le Drian');
    expect(screen.getByLabelText('Words, exactly as in the source')).toHaveValue('the deal was a “stab in the back”');
    await waitFor(() =>
      expect([...store.records.values()][0]?.dataset.events[0]?.quotes[0]).toEqual({
        source: 'le-drian-on-franceinfo',
        text: 'the deal was a “stab in the back”',
        speaker: 'jean-yves-le-drian',
      }),
    );
    expect([...store.records.values()][0]?.dataset.actors).toEqual([
      { id: 'jean-yves-le-drian', name: 'Jean-Yves Le Drian', kind: 'person' },
    ]);
  });

  it('reads a date typed in words and says what it becomes', async () => {
    const { user } = await startStory();
    await user.type(screen.getByLabelText('Date'), '16 Sept 2021');
    expect(screen.getByText(/Stored as/)).toHaveTextContent('Stored as 2021-09-16 · 16 September 2021');
    await user.clear(screen.getByLabelText('Date'));
    await user.type(screen.getByLabelText('Date'), 'between 15 and 26 September 2021');
    expect(screen.getByText(/Stored as/)).toHaveTextContent('[2021-09-15..2021-09-26]');
  });

  it('lists the problems in words, and a click takes the editor to the field', async () => {
    const { user } = await startStory();
    const problems = screen.getByRole('region', { name: 'Problems' });
    await waitFor(() => expect(within(problems).getByRole('status')).toHaveTextContent(/problems to fix before publishing/));
    await user.click(within(problems).getByRole('button', { name: /^Event 1, “event-1”: its summary/ }));
    expect(document.activeElement).toBe(screen.getByLabelText('Summary, in your own words'));
  });

  it('fixes a quote typed with straight quotes by taking the source’s characters', async () => {
    const { user } = await startStory();
    await select(user, 'a “stab in the back”');
    await user.click(within(screen.getByRole('group', { name: /^Quote in/ })).getByRole('button', { name: /^Quote in/ }));
    const quote = screen.getByLabelText('Words, exactly as in the source');
    await user.clear(quote);
    await user.type(quote, 'a "stab in the back"');
    const fix = await screen.findByRole('button', { name: 'Use the source’s characters' });
    await user.click(fix);
    expect(quote).toHaveValue('a “stab in the back”');
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Use the source’s characters' })).toBeNull());
  });

  it('undoes and redoes with the keys, a typed title as one step', async () => {
    const { user } = await startStory();
    const title = screen.getByLabelText('Title', { selector: '#f-events-0-title' });
    await user.type(title, 'Le Drian speaks');
    await user.keyboard('{Control>}z{/Control}');
    expect(title).toHaveValue('');
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(title).toHaveValue('Le Drian speaks');
  });

  it('finds the draft again after a reload', async () => {
    const { store, view } = await startStory();
    await waitFor(() => expect([...store.records.values()][0]?.dataset.sources).toHaveLength(1));
    view.unmount();
    render(Studio, { initialLocale: 'en', store });
    expect(await screen.findByDisplayValue('The AUKUS rift')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Le Drian on franceinfo' })).toBeInTheDocument();
  });

  it('opens an existing story picked with its source texts, whole and without a problem', async () => {
    const user = userEvent.setup();
    render(Studio, { initialLocale: 'en', store: memoryStore() });
    await screen.findByLabelText('Title', { selector: '#f-title' });
    const data = JSON.parse(readFileSync('data/events.json', 'utf8')) as { title: string; events: unknown[]; sources: { file: string }[] };
    const files = [
      new File([readFileSync('data/events.json')], 'events.json', { type: 'application/json' }),
      ...data.sources.map((source) => new File([readFileSync(`data/${source.file}`)], source.file.split('/').pop() as string)),
    ];
    await user.upload(screen.getByLabelText('Open files…'), files);
    expect(await screen.findByDisplayValue(data.title)).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Events' })).getAllByRole('listitem')).toHaveLength(data.events.length);
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Problems' })).toHaveTextContent('No problem: the story is ready to publish.'),
    );
  });

  it('edits an actor’s country by name and role, and lays out a reading path with its narration', async () => {
    const { user, store } = await startStory();
    await quoteWithNewSpeaker(user, 'the deal was a “stab in the back”', 'Jean-Yves Le Drian');
    const actors = screen.getByRole('region', { name: 'Actors' });
    await user.click(within(actors).getByText('Jean-Yves Le Drian', { selector: 'summary' }));
    await user.type(within(actors).getByLabelText('Country (by name)'), 'France');
    await user.tab();
    await user.click(within(actors).getByLabelText('Role, as the sources give it'));
    await user.paste('French Foreign Minister');
    const path = screen.getByRole('region', { name: 'Reading path' });
    await user.selectOptions(within(path).getByLabelText('Add an event to the path'), 'event-1');
    await user.click(within(path).getByRole('button', { name: 'Add' }));
    await user.click(within(path).getByLabelText('Narration'));
    await user.paste('Where the rift begins.');
    await waitFor(() => {
      const saved = [...store.records.values()][0]?.dataset;
      expect(saved?.actors).toEqual([
        { id: 'jean-yves-le-drian', name: 'Jean-Yves Le Drian', kind: 'person', country: 'FR', role: 'French Foreign Minister' },
      ]);
      expect(saved?.path).toEqual([{ event: 'event-1', note: 'Where the rift begins.' }]);
    });
  });

  it('speaks French', async () => {
    render(Studio, { initialLocale: 'fr', store: memoryStore() });
    expect(await screen.findByRole('heading', { name: 'Le récit' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ajouter un événement' })).toBeInTheDocument();
  });

  it('speaks German, the reader’s words in the form among its own, and offers each language by its own name', async () => {
    await loadLocale('de');
    const user = userEvent.setup();
    render(Studio, { initialLocale: 'de', store: memoryStore() });
    expect(await screen.findByRole('heading', { name: 'Die Geschichte' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ereignis hinzufügen' }));
    expect(screen.getByRole('option', { name: 'In den Quellen genannt' })).toBeInTheDocument();
    // The date field says in German why a date cannot be, and which other reading it offers.
    await user.type(screen.getByLabelText('Datum'), '31. Februar 2021');
    expect(screen.getByText('Februar 2021 hat nur 28 Tage, nicht 31')).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Datum'));
    await user.type(screen.getByLabelText('Datum'), '05/09/2021');
    expect(screen.getByText(/^oder, gelesen mit dem Monat zuerst:/)).toBeInTheDocument();
    const switches = within(screen.getByRole('group', { name: 'Sprache des Studios' })).getAllByRole('button');
    expect(switches.map((button) => button.textContent)).toEqual(['English', 'Français', 'Deutsch', 'Español', 'العربية']);
    expect(switches.map((button) => button.lang)).toEqual(['en', 'fr', 'de', 'es', 'ar']);
    // A new story's texts are taken to be in the studio's language, and may be in any of the five.
    const textLanguage = screen.getByLabelText('Sprache der Texte') as HTMLSelectElement;
    expect(textLanguage.value).toBe('de');
    expect([...textLanguage.options].map((option) => option.textContent)).toEqual(['English', 'Français', 'Deutsch', 'Español', 'العربية']);
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
    // A German text is more than the suggester reads: it says so under the source.
    await user.click(screen.getByRole('button', { name: 'Quelle hinzufügen' }));
    await user.click(screen.getByLabelText('Titel, wie die Leser ihn sehen'));
    await user.paste('Regierungserklärung');
    await user.click(screen.getByLabelText('Text des Artikels oder der Erklärung einfügen'));
    await user.paste('Die Regierung hat am 16. September 2021 erklärt, dass sie das Abkommen bedauert.');
    await user.click(within(screen.getByRole('region', { name: 'Quellen' })).getByRole('button', { name: 'Hinzufügen' }));
    expect(screen.getByText(/^Die Vorschlagsfunktion liest nur englische und französische Texte/)).toBeInTheDocument();
    await user.selectOptions(textLanguage, 'fr');
    expect(screen.queryByText(/^Die Vorschlagsfunktion liest nur/)).not.toBeInTheDocument();
  });

  it('turns right to left in Arabic, where the story’s own texts keep the direction of their script', async () => {
    const user = userEvent.setup();
    render(Studio, { initialLocale: 'en', store: memoryStore() });
    await screen.findByRole('heading', { name: 'The story' });
    await user.click(screen.getByRole('button', { name: 'العربية' }));
    expect(await screen.findByRole('heading', { name: 'القصة' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'ar');
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(document.querySelector('.studio')).toHaveAttribute('dir', 'rtl');
    expect(screen.getByRole('button', { name: 'العربية' })).toHaveAttribute('aria-pressed', 'true');
    expect(new URL(location.href).searchParams.get('lang')).toBe('ar');
    // An empty field has no dir of its own and follows the studio, right to left; a French title typed into it is laid out by its first letter.
    const title = screen.getByLabelText('العنوان', { selector: '#f-title' });
    expect(title.dir).toBe('');
    await user.click(title);
    await user.paste('La brouille AUKUS');
    expect(title).toHaveAttribute('dir', 'auto');
    await user.click(screen.getByRole('button', { name: 'إضافة مصدر' }));
    const pasted = screen.getByLabelText('الصق نص المقال أو البيان');
    await user.click(pasted);
    await user.paste('Le Drian a parlé.');
    expect(pasted).toHaveAttribute('dir', 'auto');
    await user.click(screen.getByRole('button', { name: 'إضافة حدث' }));
    expect(screen.getByRole('option', { name: 'مذكور في المصادر' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('التاريخ'), '31/02/2021');
    expect(screen.getByText('شهر فبراير 2021 فيه 28 يومًا فقط، لا 31')).toBeInTheDocument();
    expect((screen.getByLabelText('الملخص، بكلماتك أنت') as HTMLTextAreaElement).dir).toBe('');
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { name: 'The story' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
  });
});
