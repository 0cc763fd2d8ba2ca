/**
 * The editor's drafts, kept in the browser (IndexedDB, through idb-keyval) so that nothing
 * typed is lost to a reload, a closed tab or a crash. Several stories side by side, each
 * under its own key; nothing leaves the browser.
 */
import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import type { DraftRecord } from './draft.svelte.ts';

export interface DraftSummary {
  id: string;
  title: string;
  savedAt: number;
  events: number;
}

export interface DraftStore {
  list(): Promise<DraftSummary[]>;
  load(id: string): Promise<DraftRecord | undefined>;
  save(record: DraftRecord): Promise<void>;
  remove(id: string): Promise<void>;
}

export function openDraftStore(store: UseStore = createStore('diplomatic-timeline-studio', 'drafts')): DraftStore {
  return {
    async list() {
      const all = await entries<string, DraftRecord>(store);
      return all
        .map(([, record]) => ({
          id: record.id,
          title: record.dataset.title,
          savedAt: record.savedAt,
          events: record.dataset.events.length,
        }))
        .sort((a, b) => b.savedAt - a.savedAt);
    },
    load: (id) => get<DraftRecord>(id, store),
    save: (record) => set(record.id, record, store),
    remove: (id) => del(id, store),
  };
}

/** A new draft's key: time first, so that keys sort by creation, and a random tail. */
export function newDraftId(now = Date.now()): string {
  return `${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}
