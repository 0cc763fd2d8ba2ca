/**
 * Whole TimelineJS stories in the shapes of Knight Lab's examples (own content): media of every
 * kind, quotes in <blockquote>, the template's notes left in, eras, a title and undated slides.
 * Fixtures: tests/unit/interop/fixtures/timelinejs/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatNoteGroup, formatReport, groupNotes, importClosing, importHeadline, type InteropNote } from '../../../src/interop/notes.ts';
import {
  importTimelineJsCsv,
  importTimelineJsJson,
  NOTE_GROUPS,
  type TimelineJsImportResult,
} from '../../../src/interop/timelinejs-import.ts';
import { isTemplatePlaceholder, mediaKindOf } from '../../../src/interop/timelinejs.ts';
import { isVerbatimIn } from '../../../src/model/validate.ts';
import { expectValid, messages } from './helpers.ts';

const DIR = 'tests/unit/interop/fixtures/timelinejs';
const read = (name: string) => readFileSync(join(DIR, name), 'utf8');

function imported(result: TimelineJsImportResult) {
  if (!result.ok) throw new Error(messages(result.notes).join('\n'));
  // The dataset passes the app's validator with the generated source text: quotes verbatim, speakers known, media well-formed.
  return { ...result, dataset: expectValid(result.dataset, result.sourceTexts) };
}

const stories = {
  json: imported(importTimelineJsJson(JSON.parse(read('harbour-accord.json')), { fileName: 'harbour-accord.json' })),
  csv: imported(importTimelineJsCsv(read('harbour-accord.csv'), { fileName: 'harbour-accord.csv' })),
};

describe.each(Object.entries(stories))('the Harbour Accord story (%s)', (format, story) => {
  const byTitle = (title: string) => {
    const event = story.dataset.events.find((candidate) => candidate.title === title);
    if (event === undefined) throw new Error(`no event ${title}`);
    return event;
  };
  const notesOf = (group: string) => story.notes.filter((note) => note.group === group);

  it('imports an image with its credit and caption as plain text, the caption standing in for its alt text', () => {
    expect(byTitle('Envoys meet on the pier').media).toEqual({
      kind: 'image',
      url: 'https://upload.wikimedia.org/wikipedia/commons/a/a1/Pier_meeting.jpg',
      alt: 'The envoys shake hands on the old pier.',
      caption: 'The envoys shake hands on the old pier.',
      credit: 'Inès Moreau',
    });
    const [standIn] = notesOf(NOTE_GROUPS.altStandIn);
    expect(standIn?.message).toMatch(
      /^the image has no alt text: its caption stands in \('The envoys shake hands on the old pier\.'\); write what the image shows in (media\.alt|the Alt Text column)$/,
    );
  });

  it('keeps an alt text that is given, and a file next to the dataset', () => {
    expect(byTitle('The accord is signed').media).toEqual({
      kind: 'image',
      url: 'media/signing.png',
      alt: 'Two envoys sign a document at a long table',
      credit: 'Harbour Press Office',
    });
  });

  it('links a YouTube video with its thumbnail, a SoundCloud sound, a Wikipedia article and a tweet', () => {
    expect(byTitle('The press conference').media).toMatchObject({
      kind: 'video',
      caption: 'The full press conference',
      credit: 'Harbour TV',
      thumbnail: 'https://i.ytimg.com/vi/abc123DEF45/hqdefault.jpg',
    });
    expect(byTitle('A radio interview').media).toEqual({ kind: 'audio', url: 'https://soundcloud.com/harbour-radio/envoy-interview' });
    expect(byTitle('The fishing quota question').media).toEqual({ kind: 'page', url: 'https://en.wikipedia.org/wiki/Fishing_quota' });
    expect(byTitle("The minister's message").media).toEqual({
      kind: 'page',
      url: 'https://twitter.com/southminister/status/1141234567890123456',
    });
  });

  it('replaces an <iframe> by the address it embeds, and says so', () => {
    expect(byTitle('A documentary airs').media).toMatchObject({ kind: 'video', caption: "The documentary's trailer" });
    expect(byTitle('A documentary airs').media?.url).toMatch(/^https:\/\/(www\.youtube-nocookie\.com\/embed|player\.vimeo\.com\/video)\//);
    expect(notesOf(NOTE_GROUPS.embed)).toHaveLength(1);
  });

  it('refuses media the format cannot carry safely, naming the place, the reason and the fix', () => {
    expect(byTitle('Leaked map').media).toBeUndefined();
    expect(byTitle('Ratification begins').media).toBeUndefined();
    const refused = notesOf(NOTE_GROUPS.unsafeMedia);
    expect(refused.map((note) => note.example)).toEqual([
      "'data:image/png;base64,iVBORw0…' (a data: address)",
      ...(format === 'json' ? ["'javascript:alert(document.coo…' (a javascript: address)"] : []),
      "'photo of the council chamber' (not an address)",
    ]);
    for (const note of refused)
      expect(note.message).toMatch(/not carried over: it is .*; give the http\(s\) address of the image, video or page$/);
    expect(JSON.stringify(story.dataset)).not.toMatch(/data:|javascript:|<iframe/);
  });

  it('makes a <blockquote> with <cite> the quote, its speaker a person actor, and keeps the text around it as the summary', () => {
    expect(byTitle('The mayor speaks')).toMatchObject({
      summary: 'At the opening of the new quay, the mayor addressed the crowd.',
      actors: ['lena-varga'],
      quotes: [{ text: 'We did not build this quay to stare at each other across the water.', speaker: 'lena-varga' }],
    });
    expect(story.dataset.actors).toContainEqual({ id: 'lena-varga', name: 'Lena Varga', kind: 'person', role: 'Mayor of Northport' });
  });

  it('reads a <blockquote> in the media, with a closing "&mdash; Name", as a quote rather than media', () => {
    const event = byTitle("A fisherman's view");
    expect(event.media).toBeUndefined();
    expect(event.quotes).toEqual([{ source: 'harbour-accord', text: 'The sea does not read treaties.', speaker: 'tomas-reyes' }]);
    expect(event.summary).toBe("A fisherman's view");
  });

  it('keeps every quote verbatim in the generated source text, with its attribution', () => {
    const text = story.sourceTexts[0]?.text ?? '';
    for (const event of story.dataset.events) for (const quote of event.quotes) expect(isVerbatimIn(quote.text, text)).toBe(true);
    expect(text).toContain('We did not build this quay to stare at each other across the water.\n— Lena Varga, Mayor of Northport');
  });

  it('drops the template notes, with one group in the report', () => {
    expect(byTitle('A radio interview').summary).toBe('The northern envoy explained the proposal on the evening programme.');
    expect(JSON.stringify(story.dataset)).not.toMatch(/Soundcloud|Add a caption|Media Credit|demonstrates|background colour/);
    const template = notesOf(NOTE_GROUPS.template);
    expect(template.length).toBeGreaterThanOrEqual(4);
    expect(template.map((note) => note.example)).toEqual(
      expect.arrayContaining(["'Embed sound clips from Soundcloud.'", "'Add a caption'", "'Media Credit'"]),
    );
    const lines = formatReport(story.notes).filter((line) => line.includes('template notes'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^ {2}TimelineJS template notes dropped \(.*delete them from the sheet\) — \d+, e\.g\. /);
  });

  it('skips slides with no date and eras, and says how many in the first line', () => {
    const undated = format === 'json' ? ['event 15', 'event 16'] : ['row 6', 'row 10'];
    const era = format === 'json' ? 'era 1' : 'row 13';
    const read = format === 'json' ? '18 slides' : '16 rows';
    const events = format === 'json' ? 14 : 12;
    expect(story.dataset.events).toHaveLength(events);
    expect(importHeadline(story.count, story.notes)).toBe(
      `${read} → ${events} events and the title; 3 skipped: 2 with no date (${undated.join(', ')}), 1 era (${era})`,
    );
    expect(importClosing(story.count, story.notes)).toBe(
      `${events} of ${read} became events (and one the title); 3 skipped (2 with no date, 1 era)`,
    );
    expect(story.dataset.title).toBe('The Harbour Accord');
  });

  it('groups the time of day dropped from several slides into one line with three examples', () => {
    const line = formatReport(story.notes).find((candidate) => candidate.includes('Time of day'));
    const places = format === 'json' ? ['event 2', 'event 3', 'event 5'] : ['row 4', 'row 5', 'row 8'];
    expect(line).toBe(
      `  Time of day dropped (the format's dates stop at the day; if the hour matters, say it in the text) — 4, e.g. ${places[0]} '10:30', ${places[1]} '21:00', ${places[2]} '8:15' and 1 more`,
    );
  });
});

describe('a quote given twice, in the text and as the media', () => {
  const result = imported(importTimelineJsJson(JSON.parse(read('harbour-accord.json')), { fileName: 'harbour-accord.json' }));
  const event = result.dataset.events.find((candidate) => candidate.date === '2019-10-09');

  it('is one quote, and the summary is not made a second one', () => {
    expect(event?.quotes).toEqual([
      { source: 'harbour-accord', text: 'We will sign when the quotas are fair, and not a day before.', speaker: 'lena-varga' },
    ]);
    // The same speaker is the same actor.
    expect(result.dataset.actors.filter((actor) => actor.name === 'Lena Varga')).toHaveLength(1);
    expect(result.sourceTexts[0]?.text.split('We will sign when the quotas are fair').length).toBe(2);
  });
});

describe('media in a small story', () => {
  const media = (input: Record<string, unknown>, headline = 'H') =>
    importTimelineJsJson({ events: [{ start_date: { year: 2001 }, text: { headline, text: 'T' }, media: input }] }, { fileName: 't.json' });
  const first = (result: TimelineJsImportResult) => (result.ok ? result.dataset.events[0]?.media : undefined);

  it('takes the headline as alt text when there is no caption either', () => {
    const result = media({ url: 'https://example.org/a.jpg' }, 'The signing');
    expect(first(result)).toEqual({ kind: 'image', url: 'https://example.org/a.jpg', alt: 'The signing' });
    expect(result.notes.map((note) => note.example)).toEqual(["headline 'The signing'"]);
  });

  it('uses link as the address only when there is no url', () => {
    expect(first(media({ link: 'https://example.org/minutes' }))).toEqual({ kind: 'page', url: 'https://example.org/minutes' });
    const both = media({ url: 'https://example.org/a.mp3', link: 'https://example.org/minutes' });
    expect(first(both)).toEqual({ kind: 'audio', url: 'https://example.org/a.mp3' });
    expect(messages(both.notes)).toEqual([
      "event 1: media.link 'https://example.org/minutes' not carried over: the media links to its own address; put this one in the text if it matters",
    ]);
  });

  it('refuses embed code and other schemes, and completes an address starting with //', () => {
    for (const url of [
      '<div class="embed">x</div>',
      'vbscript:msgbox(1)',
      'java\tscript:alert(1)',
      'ftp://example.org/a.jpg',
      '<iframe></iframe>',
    ]) {
      expect(first(media({ url }))).toBeUndefined();
    }
    expect(first(media({ url: '//example.org/a.webm' }))).toEqual({ kind: 'video', url: 'https://example.org/a.webm' });
  });

  it('refuses an unsafe thumbnail but keeps the media', () => {
    const result = media({ url: 'https://vimeo.com/1', thumbnail: 'data:image/png;base64,AAAA' });
    expect(first(result)).toEqual({ kind: 'video', url: 'https://vimeo.com/1' });
    expect(result.notes[0]?.group).toBe(NOTE_GROUPS.unsafeMedia);
  });
});

describe('mediaKindOf', () => {
  it.each([
    ['https://example.org/photo.JPG', 'image'],
    ['https://example.org/a.avif?w=200', 'image'],
    ['https://upload.wikimedia.org/wikipedia/commons/x/xy/Map', 'image'],
    ['https://i.imgur.com/abc', 'image'],
    ['https://live.staticflickr.com/65535/1_2.jpg', 'image'],
    ['https://farm5.staticflickr.com/4/1_2_b', 'image'],
    ['https://pbs.twimg.com/media/Abc?format=jpg', 'image'],
    ['https://youtu.be/abc', 'video'],
    ['https://m.youtube.com/watch?v=abc', 'video'],
    ['https://www.dailymotion.com/video/x1', 'video'],
    ['https://upload.wikimedia.org/wikipedia/commons/a/ab/Speech.webm', 'video'],
    ['media/clip.mov', 'video'],
    ['https://open.spotify.com/episode/1', 'audio'],
    ['https://example.org/a.m4a', 'audio'],
    ['media/interview.ogg', 'audio'],
    ['https://www.google.com/maps/place/Northport/@1,2,17z', 'page'],
    ['https://example.org/report.pdf', 'page'],
  ])('%s is %s', (url, kind) => {
    expect(mediaKindOf(url)).toBe(kind);
  });
});

describe('isTemplatePlaceholder', () => {
  it('knows the template texts and a cell holding its column name, whatever the case or final full stop', () => {
    expect(isTemplatePlaceholder('embed sound clips from SoundCloud')).toBe(true);
    expect(isTemplatePlaceholder('This is a headline.')).toBe(true);
    expect(isTemplatePlaceholder('Media Caption', 'Media Caption')).toBe(true);
    expect(isTemplatePlaceholder('caption', 'media.caption')).toBe(true);
    expect(isTemplatePlaceholder('The envoys meet')).toBe(false);
  });
});

describe('the grouped report', () => {
  const note = (where: string, example: string, group?: string): InteropNote => ({
    level: 'not-carried-over',
    where,
    message: `${example} dropped`,
    example,
    ...(group !== undefined ? { group } : {}),
  });

  it('lists a kind once with its count and at most three places, in the order kinds first appear', () => {
    const notes = [
      note('row 3', "'10:30'", 'Time of day dropped'),
      note('row 4', 'alone'),
      note('row 5', "'9:00'", 'Time of day dropped'),
      note('row 6', "'#fff'", 'Backgrounds dropped'),
      note('row 7', "'14:30'", 'Time of day dropped'),
      note('row 9', "'8:00'", 'Time of day dropped'),
    ];
    expect(groupNotes(notes).map(formatNoteGroup)).toEqual([
      "Time of day dropped — 4, e.g. row 3 '10:30', row 5 '9:00', row 7 '14:30' and 1 more",
      'row 4: alone dropped',
      "row 6: '#fff' dropped",
    ]);
    expect(formatReport(notes)[0]).toBe('Not carried over (6):');
  });

  it('says when nothing was skipped', () => {
    expect(importHeadline({ unit: ['row', 'rows'], read: 2, events: 2, title: false }, [])).toBe('2 rows → 2 events; none skipped');
    expect(importClosing({ unit: ['slide', 'slides'], read: 1, events: 1, title: false }, [])).toBe(
      '1 of 1 slide became events; none skipped',
    );
  });
});
