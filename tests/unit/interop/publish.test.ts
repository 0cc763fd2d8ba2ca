import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { localMediaPaths, pathProblem, PUBLISH_MARK, publishStory, zipFiles, type PublishInput } from '../../../src/interop/publish.ts';
import type { Dataset } from '../../../src/model/schema.ts';
import { validateDataset } from '../../../src/model/validate.ts';

const VALID = 'tests/unit/model/fixtures/valid';

/** The fixture story (two sources, three events), a fresh copy each time. */
function dataset(): Dataset {
  return JSON.parse(readFileSync(join(VALID, 'events.json'), 'utf8')) as Dataset;
}

const TEXTS = new Map(
  ['communique', 'interview'].map((name) => [`sources/${name}.txt`, readFileSync(join(VALID, `sources/${name}.txt`), 'utf8')]),
);

const VIEWER = new Map<string, string | Uint8Array>([
  ['index.html', '<!doctype html><title>app</title>'],
  ['embed.html', '<!doctype html><title>frame</title>'],
  ['embed/diplomatic-timeline.js', 'export {};'],
  ['embed/frame.js', '1;'],
  ['embed/iframe-resizer.js', '1;'],
  ['assets/index-abc.js', new Uint8Array([1, 2, 3])],
  ['data/events.json', '{"the project": "own story"}'],
  ['data/sources/x.txt', 'own text'],
  ['examples/index.html', 'demo'],
  ['studio.html', 'the editors’ tool'],
]);

function publish(input: Partial<PublishInput> = {}) {
  return publishStory({ dataset: dataset(), sourceTexts: TEXTS, ...input });
}

function published(input: Partial<PublishInput> = {}) {
  const result = publish(input);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result;
}

const fileText = (result: ReturnType<typeof published>, path: string) => {
  const file = result.files.find((candidate) => candidate.path === path);
  if (file === undefined) throw new Error(`no ${path} in ${result.files.map((f) => f.path).join(', ')}`);
  return typeof file.content === 'string' ? file.content : strFromU8(file.content);
};

describe('publishStory: the story folder', () => {
  it('is named after the story, and holds README.txt, events.json and one text per source', () => {
    const result = published();
    expect(result.folder).toBe('fixture-timeline');
    expect(result.dataset).toBe('events.json');
    expect(result.files.map((file) => file.path)).toEqual(['README.txt', 'events.json', 'sources/communique.txt', 'sources/interview.txt']);
    expect(fileText(result, 'sources/interview.txt')).toBe(TEXTS.get('sources/interview.txt'));
  });

  it('names a story without Latin letters "story"', () => {
    const story = dataset();
    story.title = '外交';
    expect(published({ dataset: story }).folder).toBe('story');
  });

  it('renames every source after its id, two sources never sharing a file, and the published dataset passes as it is', () => {
    const story = dataset();
    // Two sources with the same text, from folders the published story does not keep.
    story.sources = [
      { id: 'communique', title: 'Joint statement', file: 'texts/2021/statement.txt' },
      { id: 'interview', title: 'Radio interview', file: 'texts/2021/interview.txt' },
      { id: 'communique-again', title: 'The same statement', file: 'texts/2021/statement.txt' },
    ];
    story.events[0]!.quotes.push({ source: 'communique-again', text: 'welcome the creation of the partnership' });
    const texts = new Map([
      ['texts/2021/statement.txt', TEXTS.get('sources/communique.txt')!],
      ['texts/2021/interview.txt', TEXTS.get('sources/interview.txt')!],
      ['texts/2021/unused.txt', 'A text no source names.'],
    ]);
    const result = published({ dataset: story, sourceTexts: texts });
    const events = JSON.parse(fileText(result, 'events.json')) as Dataset;
    expect(events.sources.map((source) => source.file)).toEqual([
      'sources/communique.txt',
      'sources/interview.txt',
      'sources/communique-again.txt',
    ]);
    expect(result.files.map((file) => file.path).filter((path) => path.startsWith('sources/'))).toEqual([
      'sources/communique.txt',
      'sources/interview.txt',
      'sources/communique-again.txt',
    ]);
    expect(events).not.toHaveProperty('$schema');
    const sourceTexts = new Map(result.files.map((file) => [file.path, String(file.content)]));
    expect(validateDataset(events, { sourceTexts }).ok).toBe(true);
  });
});

describe('publishStory: what it refuses', () => {
  const withFile = (file: string) => {
    const story = dataset();
    story.sources[1]!.file = file;
    return story;
  };

  it('a source file that is absolute, names the source, the reason and the fix', () => {
    const result = publish({
      dataset: withFile('/home/ana/interview.txt'),
      sourceTexts: new Map([...TEXTS, ['/home/ana/interview.txt', 'x']]),
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        'sources[1].file: source "interview": "/home/ana/interview.txt" is an absolute path, which means nothing on the site: a path is relative to the dataset file. ' +
          "Put the text in the dataset's folder (e.g. sources/interview.txt) and give that path",
      ],
    });
    expect(publish({ dataset: withFile('C:\\texts\\interview.txt') })).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/^sources\[1\]\.file: source "interview": .* is an absolute path/)],
    });
  });

  it('a source file that goes up, out of the dataset folder, even when its text is given', () => {
    const result = publish({
      dataset: withFile('../shared/interview.txt'),
      sourceTexts: new Map([...TEXTS, ['../shared/interview.txt', 'x']]),
    });
    expect(result).toMatchObject({
      ok: false,
      problems: [
        expect.stringMatching(
          /^sources\[1\]\.file: source "interview": "\.\.\/shared\/interview\.txt" goes up, out of the dataset’s folder/,
        ),
      ],
    });
  });

  it('a source file that is a web address', () => {
    expect(publish({ dataset: withFile('https://example.org/interview.txt') })).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/^sources\[1\]\.file: source "interview": .* is a web address, not a file/)],
    });
  });

  it('a source whose text is missing, with why it could not be read when that is known', () => {
    const texts = new Map([['sources/communique.txt', TEXTS.get('sources/communique.txt')!]]);
    expect(publish({ sourceTexts: texts })).toEqual({
      ok: false,
      problems: [
        'sources[1].file: source "interview": no text for "sources/interview.txt". Put the text at sources/interview.txt, relative to the dataset file, or correct the path',
      ],
    });
    const errors = new Map([['sources/interview.txt', 'cannot read data/sources/interview.txt: no such file']]);
    expect(publish({ sourceTexts: texts, sourceErrors: errors })).toMatchObject({
      ok: false,
      problems: [expect.stringContaining('source "interview": cannot read data/sources/interview.txt: no such file. Put the text at')],
    });
  });

  it('an invalid dataset, with the path of every problem', () => {
    const story = dataset();
    story.events[0]!.quotes[0]!.text = 'words the statement never said';
    (story.events[1] as { date: string }).date = '2021-13-01';
    const result = publish({ dataset: story });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.some((problem) => problem.startsWith('events[0].quotes[0].text: '))).toBe(true);
    expect(result.problems.some((problem) => problem.startsWith('events[1].date: '))).toBe(true);
    expect(publishStory({ dataset: 'not a dataset', sourceTexts: new Map() }).ok).toBe(false);
  });

  it('a base that is not the address of a folder', () => {
    for (const base of [
      'news.example.org/stories',
      'ftp://example.org/x/',
      'https://example.org/x/?a=1',
      'https://example.org/x/index.html',
    ]) {
      expect(publish({ base, viewer: VIEWER })).toMatchObject({ ok: false, problems: [expect.stringContaining(`base "${base}"`)] });
    }
  });

  it('without the viewer, a base outside a viewer’s data folder', () => {
    expect(publish({ base: 'https://news.example.org/stories/aukus/' })).toEqual({
      ok: false,
      problems: [
        'base "https://news.example.org/stories/aukus/": without the viewer, the story\'s folder goes in the data folder of the timeline viewer on your site, ' +
          'so its address ends in /data/fixture-timeline/ (e.g. https://news.example.org/timeline/data/fixture-timeline/): give that address, or publish the viewer with the story',
      ],
    });
  });

  it('an incomplete viewer, saying to build it', () => {
    const viewer = new Map(VIEWER);
    viewer.delete('embed/frame.js');
    expect(publish({ viewer })).toEqual({
      ok: false,
      problems: ['the viewer has no embed/frame.js: build it again with npm run build, then publish'],
    });
  });

  it('tells a path that stays in the folder from one that does not', () => {
    expect(['sources/a.txt', 'a.txt', './sources/a.txt', 'sources/..a.txt'].map(pathProblem)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(
      ['/a.txt', '\\\\server\\a.txt', 'D:/a.txt', 'sources/../../a.txt', 'data:text/plain,a', 'https://a.org/a.txt'].every(pathProblem),
    ).toBe(true);
  });
});

describe('publishStory: the viewer', () => {
  it('puts the viewer at the root and the story in data/<story>/, without the project’s own stories and demonstration pages', () => {
    const result = published({ viewer: VIEWER, base: 'https://news.example.org/stories/aukus/' });
    expect(result.dataset).toBe('data/fixture-timeline/events.json');
    expect(result.files.map((file) => file.path)).toEqual([
      'README.txt',
      'data/fixture-timeline/events.json',
      'data/fixture-timeline/sources/communique.txt',
      'data/fixture-timeline/sources/interview.txt',
      'index.html',
      'embed.html',
      'embed/diplomatic-timeline.js',
      'embed/frame.js',
      'embed/iframe-resizer.js',
      'assets/index-abc.js',
    ]);
    expect(result.files.find((file) => file.path === 'assets/index-abc.js')?.content).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('points the link, the element and the iframe at the story relative to the viewer', () => {
    const { snippets } = published({ viewer: VIEWER, base: 'https://news.example.org/stories/aukus' });
    expect(snippets.link).toBe('https://news.example.org/stories/aukus/?src=data/fixture-timeline/events.json');
    expect(snippets.element).toMatch(/<script type="module" src="[^"]*\/stories\/aukus\/embed\/diplomatic-timeline\.js"><\/script>/);
    expect(snippets.element).toMatch(/<diplomatic-timeline src="[^"]*\/stories\/aukus\/data\/fixture-timeline\/events\.json" lang="en">/);
    expect(snippets.iframe).toMatch(
      /<iframe src="[^"]*\/stories\/aukus\/embed\.html\?src=data%2Ffixture-timeline%2Fevents\.json&amp;lang=en"/,
    );
    expect(snippets.iframe).toContain('title="Fixture timeline"');
    expect(snippets.iframe).toMatch(/<script src="[^"]*\/stories\/aukus\/embed\/iframe-resizer\.js" async><\/script>/);
  });

  it('without the viewer, places the viewer two folders up from the story’s address', () => {
    const { snippets, readme } = published({ base: 'https://news.example.org/timeline/data/fixture-timeline/' });
    expect(snippets.link).toBe('https://news.example.org/timeline/?src=data/fixture-timeline/events.json');
    expect(snippets.element).toMatch(/src="[^"]*\/timeline\/data\/fixture-timeline\/events\.json"/);
    expect(readme).toContain('into the data folder of the timeline viewer on your site');
    expect(readme).toContain('    https://news.example.org/timeline/data/fixture-timeline/\n');
  });
});

describe('publishStory: README.txt', () => {
  it('says where the folder goes and gives the three embeds with the base', () => {
    const result = published({ viewer: VIEWER, base: 'https://news.example.org/stories/aukus/' });
    const readme = result.readme;
    expect(fileText(result, 'README.txt')).toBe(readme);
    expect(readme.split('\n', 1)[0]).toBe(`Fixture timeline: a timeline folder ${PUBLISH_MARK}`);
    expect(readme).toContain(
      'Copy the whole folder, as it is, to your web site, so that its address is:\n\n    https://news.example.org/stories/aukus/\n',
    );
    for (const snippet of [result.snippets.link, result.snippets.element, result.snippets.iframe]) {
      expect(readme).toContain(snippet.replace(/\n/g, '\n    '));
    }
    expect(readme).not.toContain('YOUR-SITE');
  });

  it('gives placeholders to replace when there is no base', () => {
    const result = published();
    expect(result.snippets.link).toBe('https://YOUR-SITE/YOUR-TIMELINE/?src=data/fixture-timeline/events.json');
    expect(result.snippets.element).toContain('/YOUR-TIMELINE/data/fixture-timeline/events.json');
    expect(result.snippets.element).not.toContain('your-site');
    expect(result.readme).toContain('replace YOUR-SITE with your site');
    expect(result.readme).toContain('    https://YOUR-SITE/YOUR-TIMELINE/data/fixture-timeline/\n');
  });

  it('embeds in the language of the story', () => {
    const story = dataset();
    story.language = 'fr-CA';
    expect(published({ dataset: story, viewer: VIEWER }).snippets.element).toContain('lang="fr"');
  });
});

describe('publishStory: media', () => {
  const withImage = (url: string) => {
    const story = dataset();
    story.events[0]!.media = { kind: 'image', url, alt: 'The ministers' };
    return story;
  };

  it('publishes a media file the story names by a relative path, at the same place', () => {
    const bytes = new Uint8Array([137, 80, 78, 71]);
    const story = withImage('media/ministers%20met.png');
    expect(localMediaPaths(story)).toEqual(['media/ministers met.png']);
    const result = published({ dataset: story, media: new Map([['media/ministers met.png', bytes]]) });
    expect(result.files.find((file) => file.path === 'media/ministers met.png')?.content).toBe(bytes);
    expect(localMediaPaths(withImage('https://example.org/a.png'))).toEqual([]);
  });

  it('refuses a media file it is not given, or one outside the folder', () => {
    expect(publish({ dataset: withImage('media/gone.png') })).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/^events\[0\]\.media\.url: no file for "media\/gone\.png": put it at that path/)],
    });
    expect(publish({ dataset: withImage('../media/a.png') })).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/^events\[0\]\.media\.url: "\.\.\/media\/a\.png" goes up/)],
    });
  });
});

describe('zipFiles', () => {
  it('round-trips the published files through fflate, text and bytes, under the story’s folder', () => {
    const result = published({ viewer: VIEWER });
    const entries = unzipSync(zipFiles(result.files, result.folder));
    expect(Object.keys(entries).sort()).toEqual(result.files.map((file) => `fixture-timeline/${file.path}`).sort());
    expect(strFromU8(entries['fixture-timeline/README.txt']!)).toBe(result.readme);
    expect(entries['fixture-timeline/assets/index-abc.js']).toEqual(new Uint8Array([1, 2, 3]));
    expect(strFromU8(entries['fixture-timeline/data/fixture-timeline/sources/interview.txt']!)).toBe(TEXTS.get('sources/interview.txt'));
    expect(Object.keys(unzipSync(zipFiles([{ path: 'a.txt', content: 'é' }])))).toEqual(['a.txt']);
  });
});
