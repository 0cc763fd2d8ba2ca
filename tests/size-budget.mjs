// `npm run size`: what a page loads to embed the timeline, gzipped (zlib, level 9), against
// the budget of 78 kB for JavaScript and CSS together. It was 50 kB until the embed took on what
// big datasets need (packing around the view, one-pass filters, the countries' disclosure); 52 kB
// until the timeline's layout became a view model and its geometry one module with the print's
// (1.2 kB of modules where a component had inlined it all); 53.5 kB until the second round of
// hardening (3 kB: the API's argument checks, repeated entries refused, a linear verbatim search,
// capped lists, sources held to the dataset's site, JSON errors located); 57 kB until the first
// screen's work began (small stories open whole, no empty facets, an embed that never scrolls or
// focuses its host, links that recede at rest: 0.9 kB); 58 kB until the rest of the first screen
// (7.4 kB: the vertical form for phones and narrow columns, with its rows, breaks, clusters,
// rail and keyboard path, about 5 kB; the compact bar, its chips and the key's disclosure; marks
// named with their dates in words); 66 kB until the reading path (4.3 kB: Previous and Next,
// threads and an author's path; EDTF windows with their refusals and words; the date-basis
// facet and the inferred-date caret); 71 kB until real stories came in whole (4.3 kB: media in the
// detail, 1.4 kB; tags as a facet, with Group by; problems read as words, 1.1 kB; files read as
// UTF-16 or Windows-1252 with a notice, 0.5 kB). The shape check's fast path stays out.
// 75.7 kB until the languages became chunks loaded on demand (issue 19: French went out of the
// element, German, Spanish and Arabic came in beside it, and the element was 74.7 kB); 76 kB until
// citations (issue 19: the Cite buttons, per event and per quote, and the panel's shell, quote
// permalinks with the linked quote marked, the element's permalink-base and host-page fragment:
// 1.6 kB; the formatters and the panel's body are a chunk of 3.2 kB loaded when a reader first cites).
// Each way of embedding is counted in full: the custom element (its module, styles inlined, and any stylesheet beside it), and
// the iframe (the resizer on the host page, plus the element and frame.js inside the frame).
// Run after `npm run build` (reads dist/, or DIST_DIR when set); exits 1 when either is over budget.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 78_000;
const EMBED = resolve(process.env.DIST_DIR || resolve(import.meta.dirname, '../dist'), 'embed');

const missing = ['diplomatic-timeline.js', 'frame.js', 'iframe-resizer.js'].filter((name) => !existsSync(join(EMBED, name)));
if (missing.length) {
  console.error(`Missing ${missing.map((name) => join(EMBED, name)).join(', ')}: run npm run build first.`);
  process.exit(1);
}

const stylesheets = readdirSync(EMBED).filter((name) => name.endsWith('.css'));
const WAYS = {
  'custom element': ['diplomatic-timeline.js', ...stylesheets],
  iframe: ['iframe-resizer.js', 'diplomatic-timeline.js', 'frame.js', ...stylesheets],
};

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const gzipped = new Map();
for (const name of new Set(Object.values(WAYS).flat())) {
  const bytes = readFileSync(join(EMBED, name));
  gzipped.set(name, gzipSync(bytes, { level: 9 }).length);
  console.log(`  ${name.padEnd(24)} ${kB(bytes.length).padStart(9)} ${kB(gzipped.get(name)).padStart(9)} gzip`);
}

// Each language but English is a chunk of its own beside the element (src/i18n/strings.ts), as is
// any other part it loads on demand: printed, and counted in no way of embedding, since a page
// loads only the one its reader needs.
const chunks = readdirSync(EMBED).filter((name) => /^diplomatic-timeline\.[\w-]+\.js$/.test(name));
for (const name of chunks.sort()) {
  const bytes = readFileSync(join(EMBED, name));
  console.log(
    `  ${name.padEnd(38)} ${kB(bytes.length).padStart(9)} ${kB(gzipSync(bytes, { level: 9 }).length).padStart(9)} gzip, on demand`,
  );
}

let over = false;
for (const [way, files] of Object.entries(WAYS)) {
  const total = files.reduce((sum, name) => sum + (gzipped.get(name) ?? 0), 0);
  const fits = total <= BUDGET_BYTES;
  over ||= !fits;
  console.log(
    `Embed (${way}), JS + CSS: ${kB(total)} gzip (${total} bytes): ${fits ? 'within' : 'OVER'} the ${kB(BUDGET_BYTES)} budget, ` +
      `${kB(Math.abs(BUDGET_BYTES - total))} ${fits ? 'to spare' : 'too much'}.`,
  );
}
if (over) {
  console.error(
    'What the bytes go to: EMBED_SOURCEMAP=1 npm run build, then read dist/embed/diplomatic-timeline.js.map with a source-map explorer.',
  );
  process.exit(1);
}
