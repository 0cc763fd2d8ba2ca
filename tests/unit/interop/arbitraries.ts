/** fast-check generators of valid datasets, with the awkward characters a sheet must survive. */
import fc from 'fast-check';
import {
  ACTOR_KINDS,
  DATE_BASES,
  EVENT_STATUSES,
  MEDIA_KINDS,
  RELATION_TYPES,
  type Dataset,
  type Media,
  type Relation,
} from '../../../src/model/schema.ts';
import { hasBalancedParentheses } from '../../../src/interop/dataset-sheets.ts';

const slug = fc.array(fc.stringMatching(/^[a-z0-9]{1,5}$/), { minLength: 1, maxLength: 3 }).map((parts) => parts.join('-'));

/** Characters that CSV, our cell syntax or spreadsheets treat specially, plus ordinary ones. */
const AWKWARD = ['a', 'Z', ' ', ',', ';', '"', "'", '|', ':', '(', ')', '=', '-', '+', '@', 'é', '—', '\t', '#', '&', '<'];

const trimmedText = (extra: string[] = []) =>
  fc
    .string({ unit: fc.constantFrom(...AWKWARD, ...extra), minLength: 1, maxLength: 24 })
    .map((text) => text.trim())
    .filter((text) => text !== '');

/** Prose may span lines; a quote is one line of its cell. */
const prose = trimmedText(['\n']);
const quoteText = trimmedText();
const tag = trimmedText().filter((text) => !/[;\n]/.test(text));
const note = fc.string({ unit: fc.constantFrom(...AWKWARD, '\n'), maxLength: 16 }).filter(hasBalancedParentheses);

const datePoint = fc
  .record({
    year: fc.integer({ min: 1900, max: 2099 }),
    month: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
    day: fc.integer({ min: 1, max: 28 }),
    withDay: fc.boolean(),
    qualifier: fc.constantFrom('', '', '~', '?', '%'),
  })
  .map(({ year, month, day, withDay, qualifier }) => {
    // A day is written only under a month: "1900" starts on 1 January whatever `day` says,
    // and `order` is that start, which the parser compares to put an interval's ends in order.
    const dayShown = month !== undefined && withDay;
    let text = String(year);
    if (month !== undefined) text += `-${String(month).padStart(2, '0')}${dayShown ? `-${String(day).padStart(2, '0')}` : ''}`;
    return { text: text + qualifier, order: year * 10000 + (month ?? 1) * 100 + (dayShown ? day : 1) };
  });

const pointOrInterval = fc.tuple(datePoint, fc.option(datePoint, { nil: undefined })).map(([start, end]) => {
  if (end === undefined) return start.text;
  const [first, last] = start.order <= end.order ? [start, end] : [end, start];
  return `${first.text}/${last.text}`;
});

/** A window (issue 14): two unqualified days in order, or one open end, whose known month or day may be qualified. */
const window = fc
  .record({
    year: fc.integer({ min: 1900, max: 2099 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 20 }),
    length: fc.integer({ min: 0, max: 8 }),
    form: fc.constantFrom('closed', 'on or before', 'on or after'),
    qualifier: fc.constantFrom('', '~', '?', '%'),
  })
  .map(({ year, month, day, length, form, qualifier }) => {
    const ym = `${year}-${String(month).padStart(2, '0')}`;
    const from = `${ym}-${String(day).padStart(2, '0')}`;
    if (form === 'closed') return `[${from}..${ym}-${String(day + length).padStart(2, '0')}]`;
    const known = (length % 2 === 0 ? from : ym) + qualifier;
    return form === 'on or before' ? `[..${known}]` : `[${known}..]`;
  });

const edtfDate = fc.oneof({ arbitrary: pointOrInterval, weight: 4 }, { arbitrary: window, weight: 1 });

/** An address: http(s) or relative, with the characters CSV and formulas care about. */
const mediaUrl = fc
  .tuple(
    fc.constantFrom('https://example.org/', 'http://example.org/a,b;c/', 'media/', '=', '-', 'media/"quoted"|'),
    fc.stringMatching(/^[a-z0-9]{1,6}$/),
    fc.constantFrom('.jpg', '.PNG', '.mp4', '', '?a=1&b=2', '#top'),
  )
  .map((parts) => parts.join(''));

/** Media of any kind; an image always has its alt text, as the validator requires. */
export const mediaArbitrary: fc.Arbitrary<Media> = fc
  .constantFrom(...MEDIA_KINDS)
  .chain((kind) =>
    fc.record(
      { kind: fc.constant(kind), url: mediaUrl, alt: prose, title: prose, caption: prose, thumbnail: mediaUrl, credit: trimmedText() },
      { requiredKeys: kind === 'image' ? ['kind', 'url', 'alt'] : ['kind', 'url'] },
    ),
  );

const countries = fc.uniqueArray(fc.constantFrom<string>('FR', 'US', 'GB', 'AU', 'CN', 'DE', 'QM'), { maxLength: 3 });

export const datasetArbitrary: fc.Arbitrary<Dataset> = fc
  .record({
    sourceIds: fc.uniqueArray(slug, { minLength: 1, maxLength: 3 }),
    actorIds: fc.uniqueArray(slug, { maxLength: 4 }),
    eventIds: fc.uniqueArray(slug, { minLength: 1, maxLength: 5 }),
    seed: fc.integer(),
  })
  .chain(({ sourceIds, actorIds, eventIds }) => {
    const sources = fc.tuple(
      ...sourceIds.map((id) =>
        fc.record(
          { id: fc.constant(id), title: prose, file: fc.constant(`sources/${id}.txt`), origin: prose },
          { requiredKeys: ['id', 'title', 'file'] },
        ),
      ),
    );
    const actors = fc.tuple(
      ...actorIds.map((id) =>
        fc.record(
          {
            id: fc.constant(id),
            name: prose,
            kind: fc.constantFrom(...ACTOR_KINDS),
            country: fc.constantFrom<string>('FR', 'US', 'QN'),
            role: prose,
          },
          { requiredKeys: ['id', 'name', 'kind'] },
        ),
      ),
    );
    const quote = fc.record(
      {
        source: fc.constantFrom(...sourceIds),
        text: quoteText,
        ...(actorIds.length > 0 ? { speaker: fc.constantFrom(...actorIds) } : {}),
      },
      { requiredKeys: ['source', 'text'] },
    );
    const events = fc.tuple(
      ...eventIds.map((id) => {
        const others = eventIds.filter((other) => other !== id);
        const relation = fc.record(
          { event: others.length > 0 ? fc.constantFrom(...others) : fc.constant(id), type: fc.constantFrom(...RELATION_TYPES), note },
          { requiredKeys: ['event', 'type'] },
        );
        return fc.record(
          {
            id: fc.constant(id),
            title: prose,
            date: edtfDate,
            dateBasis: fc.constantFrom(...DATE_BASES),
            dateNote: prose,
            status: fc.constantFrom(...EVENT_STATUSES),
            countries,
            actors: actorIds.length > 0 ? fc.uniqueArray(fc.constantFrom(...actorIds), { maxLength: 3 }) : fc.constant<string[]>([]),
            summary: prose,
            // The validator refuses a repeated entry in any of an event's lists.
            quotes: fc.uniqueArray(quote, {
              minLength: 1,
              maxLength: 3,
              selector: (q) => `${q.source}|${q.speaker ?? ''}|${q.text.replace(/\s+/g, ' ')}`,
            }),
            related:
              others.length > 0
                ? fc.uniqueArray(relation, { maxLength: 3, selector: (r) => `${r.event}|${r.type}` })
                : fc.constant<Relation[]>([]),
            tags: fc.uniqueArray(tag, { minLength: 1, maxLength: 3 }),
            media: mediaArbitrary,
          },
          {
            requiredKeys: ['id', 'title', 'date', 'dateBasis', 'dateNote', 'status', 'countries', 'actors', 'summary', 'quotes', 'related'],
          },
        );
      }),
    );
    return fc.record(
      {
        schemaVersion: fc.constant(1 as const),
        title: prose,
        description: prose,
        language: fc.constantFrom('en', 'fr', 'fr-CA', 'qaa'),
        sources,
        actors,
        events,
      },
      { requiredKeys: ['schemaVersion', 'title', 'description', 'sources', 'actors', 'events'] },
    );
  });
