/**
 * The snippets of the app's Embed dialog (src/embed/snippet.ts), as text: what each
 * names, how it escapes, and where it points. (No browser needed; embed.app.test.ts
 * pastes real ones into a page.)
 */
import { describe, expect, it } from 'vitest';
import { embedSnippets, isLocalPage } from '../../src/embed/snippet.ts';
import { DEFAULT_VIEW } from '../../src/state/urlState.ts';

const PAGE = 'https://news.example/graphics/aukus/index.html?event=x&lang=fr';

describe('embed snippets', () => {
  // From the site's root, not absolute: a snippet copied from a preview on localhost or a
  // staging host must not name that machine (issue 15).
  it('point at the embed files and data beside the app, wherever it is, from the root of its site', () => {
    const { element, iframe } = embedSnippets({ pageUrl: PAGE, src: null, locale: 'en', view: DEFAULT_VIEW, title: 'The AUKUS rift' });
    expect(element).toBe(
      '<script type="module" src="/graphics/aukus/embed/diplomatic-timeline.js"></script>\n' +
        '<diplomatic-timeline src="/graphics/aukus/data/events.json" lang="en"></diplomatic-timeline>',
    );
    expect(iframe).toBe(
      '<iframe src="/graphics/aukus/embed.html?src=data%2Fevents.json&amp;lang=en" title="The AUKUS rift" width="100%" height="640" loading="lazy"></iframe>\n' +
        '<script src="/graphics/aukus/embed/iframe-resizer.js" async></script>',
    );
  });

  it('carry every part of the view, under the attribute names and link parameters', () => {
    const view = {
      event: 'le-drian-stab-in-the-back',
      quote: null,
      thread: 'aukus-announced',
      countries: ['FR', 'US'],
      actors: ['jean-yves-le-drian'],
      bases: ['inferred' as const],
      query: 'stab & "back" <b>',
      range: [Date.UTC(2021, 8, 15), Date.UTC(2021, 9, 1, 12, 30)] as [number, number],
      tags: [],
      lanes: 'country' as const,
      mode: 'list' as const,
    };
    const { element, iframe } = embedSnippets({ pageUrl: PAGE, src: null, locale: 'fr', view, title: 'A "title" & <more>' });
    expect(element).toContain(
      'lang="fr" event="le-drian-stab-in-the-back" thread="aukus-announced" countries="FR,US" actors="jean-yves-le-drian" bases="inferred" query="stab &amp; &quot;back&quot; &lt;b&gt;" ' +
        'range="2021-09-15/2021-10-01T12:30Z" lanes="country" view="list"></diplomatic-timeline>',
    );
    const frameUrl = new URL(/src="([^"]+)"/.exec(iframe)?.[1]?.replace(/&amp;/g, '&') ?? '', PAGE);
    expect(Object.fromEntries(frameUrl.searchParams)).toEqual({
      src: 'data/events.json',
      lang: 'fr',
      event: 'le-drian-stab-in-the-back',
      thread: 'aukus-announced',
      country: 'FR,US',
      actor: 'jean-yves-le-drian',
      basis: 'inferred',
      q: 'stab & "back" <b>',
      range: '2021-09-15/2021-10-01T12:30Z',
      lanes: 'country',
      view: 'list',
    });
    expect(iframe).toContain('title="A &quot;title&quot; &amp; &lt;more&gt;"');
  });

  it('keep a ?src dataset, relative in the iframe when it lies beside the app, from the root on the same site, absolute on another', () => {
    const beside = embedSnippets({ pageUrl: PAGE, src: 'data/examples/lantern-strait.json', locale: 'en', view: DEFAULT_VIEW, title: 't' });
    expect(beside.element).toContain('src="/graphics/aukus/data/examples/lantern-strait.json"');
    expect(beside.iframe).toContain('embed.html?src=data%2Fexamples%2Flantern-strait.json&amp;');
    const elsewhere = embedSnippets({ pageUrl: PAGE, src: '/datasets/other.json', locale: 'en', view: DEFAULT_VIEW, title: 't' });
    expect(elsewhere.element).toContain('src="/datasets/other.json"');
    expect(elsewhere.iframe).toContain('embed.html?src=https%3A%2F%2Fnews.example%2Fdatasets%2Fother.json&amp;');
    const foreign = embedSnippets({ pageUrl: PAGE, src: 'https://data.example/x.json', locale: 'en', view: DEFAULT_VIEW, title: 't' });
    expect(foreign.element).toContain('src="https://data.example/x.json"');
    expect(foreign.iframe).toContain('embed.html?src=https%3A%2F%2Fdata.example%2Fx.json&amp;');
  });

  it('name no machine when copied from a preview, and tell a local page from a published one', () => {
    const preview = embedSnippets({ pageUrl: 'http://localhost:4173/?event=x', src: null, locale: 'en', view: DEFAULT_VIEW, title: 't' });
    expect(preview.element).toContain('<script type="module" src="/embed/diplomatic-timeline.js"></script>');
    expect(preview.element).toContain('src="/data/events.json"');
    expect(preview.iframe).toContain('<iframe src="/embed.html?src=data%2Fevents.json&amp;lang=en"');
    expect(preview.iframe).toContain('<script src="/embed/iframe-resizer.js" async></script>');
    for (const url of ['http://localhost:4173/', 'http://127.0.0.1:5173/x/', 'http://[::1]:5173/', 'http://app.localhost/'])
      expect(isLocalPage(url), url).toBe(true);
    for (const url of [PAGE, 'http://192.168.1.10:4173/', 'https://localhost.news.example/']) expect(isLocalPage(url), url).toBe(false);
  });
});
