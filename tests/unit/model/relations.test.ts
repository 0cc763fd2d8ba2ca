import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { indexLinks, linksTouching, type Link } from '../../../src/model/relations';

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
