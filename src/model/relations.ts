/**
 * The links between events, seen from one event: its own `related` entries and the
 * entries of other events that point at it, each under a label that reads from here
 * ("Caused by" for another event's "causes").
 */
import type { RelationType, TimelineEvent } from './schema.ts';

export type RelationLabel = RelationType | 'caused-by' | 'responded-by' | 'followed-by' | 'context-for';

const INVERSE: Record<RelationType, RelationLabel> = {
  causes: 'caused-by',
  'responds-to': 'responded-by',
  'follows-up': 'followed-by',
  context: 'context-for',
};

export const RELATION_LABEL_ORDER: readonly RelationLabel[] = [
  'caused-by',
  'responds-to',
  'follows-up',
  'context',
  'causes',
  'responded-by',
  'followed-by',
  'context-for',
];

export interface RelatedLink {
  label: RelationLabel;
  eventId: string;
  note?: string;
}

export interface Link {
  from: string;
  to: string;
  type: RelationType;
  note?: string;
}

/**
 * Every link once: an event that names the same event with the same type twice (the
 * validator refuses it, but a story can be built from other data) gives one link, the
 * first, so that the timeline and the detail, which key links by their ends and type,
 * never meet a repeat.
 */
export function allLinks(events: readonly TimelineEvent[]): Link[] {
  const links: Link[] = [];
  for (const event of events) {
    const related = event.related ?? [];
    // Almost every event names one relation or none: only a longer list needs checking for repeats.
    const seen = related.length > 1 ? new Set<string>() : undefined;
    for (const relation of related) {
      if (seen) {
        const key = `${relation.event}\u0000${relation.type}`;
        if (seen.has(key)) continue;
        seen.add(key);
      }
      links.push({ from: event.id, to: relation.event, type: relation.type, ...(relation.note ? { note: relation.note } : {}) });
    }
  }
  return links;
}

/** Looks up only the event's own links in the index, rather than scanning every event. */
export function relationsOf(eventId: string, index: LinkIndex): { label: RelationLabel; links: RelatedLink[] }[] {
  const found: RelatedLink[] = (index.get(eventId) ?? []).map((link) => {
    const outgoing = link.from === eventId;
    return {
      label: outgoing ? link.type : INVERSE[link.type],
      eventId: outgoing ? link.to : link.from,
      ...(link.note ? { note: link.note } : {}),
    };
  });
  return RELATION_LABEL_ORDER.map((label) => ({ label, links: found.filter((link) => link.label === label) })).filter(
    (group) => group.links.length > 0,
  );
}

/** Links by the id of either end, built once per dataset so a frame looks up only what it draws. */
export type LinkIndex = ReadonlyMap<string, readonly Link[]>;

export function indexLinks(links: readonly Link[]): LinkIndex {
  const index = new Map<string, Link[]>();
  const add = (id: string, link: Link) => {
    const list = index.get(id);
    if (list) list.push(link);
    else index.set(id, [link]);
  };
  for (const link of links) {
    add(link.from, link);
    if (link.to !== link.from) add(link.to, link);
  }
  return index;
}

/**
 * The links touching any of `ids`, each once, in the order of the links' first appearance
 * among the ids: O(links of those ids), whatever the dataset's size.
 */
export function linksTouching(index: LinkIndex, ids: Iterable<string>): Link[] {
  const seen = new Set<Link>();
  const found: Link[] = [];
  for (const id of ids) {
    for (const link of index.get(id) ?? []) {
      if (seen.has(link)) continue;
      seen.add(link);
      found.push(link);
    }
  }
  return found;
}

export interface ThreadOptions {
  /** Whether "context" links join the thread too; by default they only set the scene. */
  readonly withContext?: boolean;
}

/**
 * The thread through an event: every event joined to it by causes, responds-to and
 * follows-up links, in either direction and from link to link, the event itself included.
 * O(events and links of the thread): each event is visited once, so a cycle ends.
 */
export function threadOf(eventId: string, index: LinkIndex, { withContext = false }: ThreadOptions = {}): Set<string> {
  const thread = new Set([eventId]);
  const waiting = [eventId];
  for (let id = waiting.pop(); id !== undefined; id = waiting.pop()) {
    for (const link of index.get(id) ?? []) {
      if (link.type === 'context' && !withContext) continue;
      const other = link.from === id ? link.to : link.from;
      if (thread.has(other)) continue;
      thread.add(other);
      waiting.push(other);
    }
  }
  return thread;
}
