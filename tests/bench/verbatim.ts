/**
 * `npx tsx tests/bench/verbatim.ts [--runs 5]`: the verbatim check on texts that defeat a
 * word index or `String#includes`, and on the bench's 100,000-event dataset, in Node. Prints
 * the median of the runs per row (ms). Issue 18, item 3: a 1 MB source of one repeated word
 * and 20 quotes not in it took 62 s through the word index alone, 33–49 s in
 * `npm run validate`.
 */
import { parseArgs } from 'node:util';
import { createVerbatimFinder as appFinder, indexOfLinear, longestOpening } from '../../src/model/verbatim.ts';
import { createVerbatimFinder as slimFinder } from '../../src/embed/slim/verbatim.ts';
import { normalizeWhiteSpace, validateDataset } from '../../src/model/validate.ts';
import { quoteInContext } from '../../src/model/quoteContext.ts';
import { generateDataset } from './generate.ts';
import { longTranscriptDataset, missingQuote, repeatedWordDataset } from '../fixtures/hostile-sizes.ts';

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Math.max(1, Number(args.runs) || 5);

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

const rows: [string, number, number][] = [];
function row(label: string, work: () => unknown, times = runs): void {
  const measured: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    work();
    measured.push(performance.now() - start);
  }
  rows.push([label, median(measured), times]);
  console.log(`${label.padEnd(72)} ${median(measured).toFixed(1).padStart(9)} ms  (median of ${times})`);
}

const word = 'word '.repeat(200_000);
const missing = Array.from({ length: 20 }, (_, i) => missingQuote(i));
const expectNone = (holds: (quote: string) => boolean) => {
  for (const quote of missing) if (holds(quote)) throw new Error('found a missing quote');
};
row('1 MB repeated word, 20 missing quotes: app finder (word index, then linear)', () => expectNone(appFinder(word)));
row('1 MB repeated word, 20 missing quotes: embed finder (no index)', () => expectNone(slimFinder(word)));
row('1 MB repeated word, 20 missing quotes: String#includes', () => expectNone((quote) => word.includes(quote)));
{
  const { dataset, sourceTexts } = repeatedWordDataset();
  row('1 MB repeated word, 20 missing quotes: validateDataset, end to end', () => {
    const result = validateDataset(dataset, { sourceTexts });
    if (result.ok) throw new Error('expected 20 problems');
  });
}

const periodic = 'a'.repeat(1_000_000);
const periodicQuotes = Array.from({ length: 20 }, (_, i) => `${'a'.repeat(500)}b${'a'.repeat(500 + i)}`);
row('1 MB of "a", 20 quotes a^500 b a^500: app finder', () => {
  const holds = appFinder(periodic);
  for (const quote of periodicQuotes) if (holds(quote)) throw new Error('found');
});
row('1 MB of "a", 1 quote a^500 b a^500: String#includes (quadratic in V8)', () => periodic.includes(periodicQuotes[0] as string), 1);

{
  // validate.ts words a missing quote's message with a binary search over String#includes,
  // on the source folded again for each missing quote; longestOpening gives the same length
  // in one linear pass.
  const { dataset } = repeatedWordDataset(0, 0);
  const quotes = periodicQuotes.slice(0, 2).map((text) => ({ source: 'source', text }));
  (dataset.events[0] as { quotes: object[] }).quotes.push(...quotes);
  const texts = { 'source.txt': `${periodic} the delegation said.` };
  row('1 MB of "a", 2 quotes a^500 b a^500: validateDataset, end to end', () => validateDataset(dataset, { sourceTexts: texts }), 1);
  row('1 MB of "a", 2 quotes a^500 b a^500: longestOpening, for that message', () => {
    for (const quote of periodicQuotes.slice(0, 2)) if (longestOpening(periodic, quote) !== 500) throw new Error('opening');
  });
}

{
  const { dataset, sourceTexts } = longTranscriptDataset();
  const text = sourceTexts['source.txt'] as string;
  const quotes = (dataset.events[0] as { quotes: { text: string }[] }).quotes.map((quote) => quote.text);
  row('2 MB transcript, 50 quotes: validateDataset, end to end', () => {
    if (!validateDataset(dataset, { sourceTexts }).ok) throw new Error('expected valid');
  });
  let opened = 0;
  row('2 MB transcript: the context of one quote, first opened (fold + search)', () => {
    // Another source each run, so that none is folded yet.
    if (!quoteInContext(quotes[25] as string, `${text}\n${(opened += 1)}`)) throw new Error('not found');
  });
  row('2 MB transcript: the context of one quote, source folded before', () => quoteInContext(quotes[40] as string, text));
}

{
  const generated = generateDataset({ events: 100_000, seed: 1 });
  const texts = generated.sourceTexts as Record<string, string>;
  const files = new Map(generated.dataset.sources.map((source) => [source.id, source.file]));
  const quotes = generated.dataset.events.flatMap((event) => event.quotes.map((quote) => [quote.source, quote.text] as const));
  const check = (make: (text: string) => (quote: string) => boolean) => () => {
    const finders = new Map<string, (quote: string) => boolean>();
    for (const [source, quote] of quotes) {
      let holds = finders.get(source);
      if (!holds) finders.set(source, (holds = make(normalizeWhiteSpace(texts[files.get(source) as string] as string))));
      if (!holds(quote)) throw new Error(`not found: ${quote}`);
    }
  };
  row(`bench dataset, 100,000 events (${quotes.length} quotes, 6 sources): app finder`, check(appFinder));
  row(`bench dataset, 100,000 events: embed finder (no index)`, check(slimFinder));
  row(
    `bench dataset, 100,000 events: String#includes`,
    check((text) => (quote) => text.includes(quote)),
  );
  row(
    `bench dataset, 100,000 events: indexOfLinear alone`,
    check((text) => (quote) => indexOfLinear(text, quote) !== -1),
    1,
  );
}
