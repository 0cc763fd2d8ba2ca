import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { indexLinks, linksTouching, threadOf, type Link } from '../../../src/model/relations';

const TYPES = ['causes', 'responds-to', 'follows-up', 'context'] as const;
const link = (from: string, to: string, type: Link['type'] = 'causes'): Link => ({ from, to, type });

describe('indexLinks and linksTouching', () => {
  it('finds the links of the given ids, each once, even when both ends are given', () => {
    const links = [link('a', 'b'), link('b', 'c', 'context'), link('d', 'e'), link('a', 'a')];
    const index = indexLinks(links);
    expect(linksTouching(index, ['a', 'b'])).toEqual([links[0], links[3], links[1]]);
    expect(linksTouching(index, ['e'])).toEqual([links[2]]);
    expect(linksTouching(index, ['zzz'])).toEqual([]);
    expect(linksTouching(index, [])).toEqual([]);
  });

  it('agrees with a scan of all links, for any links and ids', () => {
    const id = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f');
    fc.assert(
      fc.property(
        fc.array(fc.record({ from: id, to: id, type: fc.constantFrom(...TYPES) }), { maxLength: 30 }),
        fc.array(id, { maxLength: 6 }),
        (links, ids) => {
          const wanted = new Set(ids);
          const expected = links.filter((l) => wanted.has(l.from) || wanted.has(l.to));
          const found = linksTouching(indexLinks(links), ids);
          expect(new Set(found)).toEqual(new Set(expected));
          expect(found).toHaveLength(expected.length);
        },
      ),
    );
  });
});

describe('threadOf', () => {
  // A branch (a causes b and c), a chain on (c answered by d), a cycle (d follows up on a),
  // a scene-setter (x gives context to a) and an unrelated pair (p, q).
  const links = [
    link('a', 'b'),
    link('a', 'c'),
    link('d', 'c', 'responds-to'),
    link('d', 'a', 'follows-up'),
    link('x', 'a', 'context'),
    link('p', 'q'),
  ];
  const index = indexLinks(links);

  it('joins every event linked to it, either way and from link to link, and ends on a cycle', () => {
    expect(threadOf('b', index)).toEqual(new Set(['a', 'b', 'c', 'd']));
    expect(threadOf('d', index)).toEqual(new Set(['a', 'b', 'c', 'd']));
    expect(threadOf('p', index)).toEqual(new Set(['p', 'q']));
  });

  it('leaves context links out unless asked', () => {
    expect(threadOf('a', index).has('x')).toBe(false);
    expect(threadOf('x', index)).toEqual(new Set(['x']));
    expect(threadOf('x', index, { withContext: true })).toEqual(new Set(['x', 'a', 'b', 'c', 'd']));
  });

  it('is an event alone when it has no link, or is not in the story', () => {
    expect(threadOf('lonely', index)).toEqual(new Set(['lonely']));
  });

  it('is the same thread from any of its events, and closed under its links, for any links', () => {
    const id = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g');
    fc.assert(
      fc.property(fc.array(fc.record({ from: id, to: id, type: fc.constantFrom(...TYPES) }), { maxLength: 25 }), id, (drawn, start) => {
        const built = indexLinks(drawn);
        const thread = threadOf(start, built);
        for (const member of thread) expect(threadOf(member, built)).toEqual(thread);
        for (const l of drawn) {
          if (l.type === 'context') continue;
          expect(thread.has(l.from)).toBe(thread.has(l.to));
        }
      }),
    );
  });
});
