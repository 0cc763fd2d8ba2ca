/**
 * The screen and the print draw marks and link markers from the same numbers
 * (layout/geometry.ts, layout/links.ts): what EventMark and LinkMarkers put in the page is
 * what the print export writes, but for colours and ids.
 */
import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import EventMark from '../../src/components/EventMark.svelte';
import LinkMarkers from '../../src/components/LinkMarkers.svelte';
import { renderTimelineSvg } from '../../src/interop/svg-export.ts';
import { LINK_MARKERS } from '../../src/layout/links.ts';
import type { Mark } from '../../src/layout/marks.ts';
import { parseEdtf } from '../../src/model/edtf.ts';
import { describeDate, type DateLocale } from '../../src/i18n/dates.ts';

const attributes = (element: Element | null | undefined, except: readonly string[] = []) =>
  Object.fromEntries(
    [...(element?.attributes ?? [])]
      .filter((attribute) => !except.includes(attribute.name))
      .map((attribute) => [attribute.name, attribute.value]),
  );

describe('link markers', () => {
  it('are the print’s, in the page’s current colour', () => {
    const page = render(LinkMarkers, { idPrefix: 'tl' }).container;
    const print = new DOMParser().parseFromString(renderTimelineSvg([], { width: 600, locale: 'en' }), 'image/svg+xml');
    for (const name of LINK_MARKERS) {
      const own = page.querySelector(`marker[id="tl-${name}"]`);
      const printed = print.querySelector(`marker[id="tlp-${name}"]`);
      expect(own, name).not.toBeNull();
      expect(attributes(own, ['id'])).toEqual(attributes(printed, ['id']));
      expect(own?.children).toHaveLength(1);
      const [shape, printedShape] = [own?.firstElementChild, printed?.firstElementChild];
      expect(shape?.localName).toBe(printedShape?.localName);
      const paint = (element: Element | null | undefined) =>
        Object.fromEntries(
          Object.entries(attributes(element)).map(([name, value]) => [
            name,
            value === 'currentColor' || value === '#6b6b6b' ? 'ink' : value,
          ]),
        );
      expect(paint(shape)).toEqual(paint(printedShape));
    }
  });
});

/** A date written as the dataset writes it (EDTF), in the words the detail and the list give it. */
function inWords(edtf: string, locale: DateLocale = 'en'): string {
  const parsed = parseEdtf(edtf);
  if (!parsed.ok) throw new Error(parsed.reason);
  return describeDate(parsed.value, 'occurred', locale);
}

describe('an event mark', () => {
  const props = {
    id: 'e',
    title: 'A span',
    y: 51,
    labelWidth: 100,
    colour: 0,
    selected: false,
    tabbable: true,
    dateInWords: inWords('2021-09?'),
    onactivate() {},
    onfocus() {},
  };
  const flags = { approximate: false, uncertain: true, planned: false };

  it('draws a coarse span that starts before the view: band, bar and its label just inside the edge, about its own x', () => {
    const mark: Mark = {
      id: 'e',
      kind: 'span',
      x: -200,
      x2: 300,
      precisionBand: { x: -200, x2: 300 },
      certainSpan: { x: -150, x2: 250 },
      ...flags,
    };
    const { container } = render(EventMark, { ...props, mark, viewLeft: 0 });
    expect(container.querySelector('g.event')?.getAttribute('transform')).toBe('translate(-200 51)');
    expect(attributes(container.querySelector('.band'), ['class'])).toEqual({ x: '0', y: '-13', width: '500', height: '11', rx: '2' });
    expect(attributes(container.querySelector('.bar'), ['class'])).toEqual({ x: '50', y: '-11', width: '400', height: '7', rx: '3.5' });
    expect(attributes(container.querySelector('.label'), ['class'])).toEqual({ x: '204', y: '9' });
    // One cue per fact: the dashed outline round the bar says "uncertain", not a " ?" after the
    // title; the words stay in the mark's name, with its date.
    expect(attributes(container.querySelector('.outline'), ['class'])).toEqual({
      x: '48',
      y: '-13',
      width: '404',
      height: '11',
      rx: '5.5',
    });
    expect(container.querySelector('.qualifier')).toBeNull();
    expect(container.querySelector('.label')?.textContent).toBe('A span');
    expect(container.querySelector('g.event')?.getAttribute('aria-label')).toBe('A span, September 2021 (uncertain)');
    expect(container.querySelector('.dot')).toBeNull();
  });

  it('draws an approximate point as a ringed dot with its label beside it', () => {
    const mark: Mark = {
      id: 'e',
      kind: 'point',
      x: 80,
      x2: 80,
      precisionBand: null,
      certainSpan: null,
      approximate: true,
      uncertain: false,
      planned: false,
    };
    const { container } = render(EventMark, { ...props, mark, dateInWords: inWords('2021-09-17~') });
    expect(attributes(container.querySelector('.dot'), ['class'])).toEqual({ cx: '0', cy: '0', r: '5' });
    expect(attributes(container.querySelector('.halo'), ['class'])).toEqual({ cx: '0', cy: '0', r: '8.5' });
    expect(attributes(container.querySelector('.label'), ['class'])).toEqual({ x: '9', y: '4.5' });
    expect(container.querySelector('.qualifier')).toBeNull();
    expect(container.querySelector('.label')?.textContent).toBe('A span');
    expect(container.querySelector('g.event')?.getAttribute('aria-label')).toBe('A span, about 17 September 2021');
    expect(container.querySelector('.outline')).toBeNull();
    expect(container.querySelector('.bar')).toBeNull();
  });

  it('of a date known to the day says nothing more: no halo, no outline, no description, just its date', () => {
    const mark: Mark = { id: 'e', kind: 'span', x: 0, x2: 50, precisionBand: null, certainSpan: null, ...flags, uncertain: false };
    const { container } = render(EventMark, { ...props, mark, dateInWords: inWords('2021-09-15/2021-09-17', 'fr') });
    expect(container.querySelector('.halo, .outline, .qualifier, title')).toBeNull();
    expect(container.querySelector('g.event')).not.toHaveAccessibleDescription();
    expect(container.querySelector('g.event')?.getAttribute('aria-label')).toBe('A span, 15–17 septembre 2021');
  });

  it('in French, names an uncertain date “(date incertaine)” after the date, in its name', () => {
    const mark: Mark = { id: 'e', kind: 'point', x: 0, x2: 0, precisionBand: null, certainSpan: null, ...flags };
    const { container } = render(EventMark, { ...props, mark, dateInWords: inWords('2021-09-17?', 'fr') });
    expect(container.querySelector('g.event')?.getAttribute('aria-label')).toBe('A span, 17 septembre 2021 (date incertaine)');
    expect(container.querySelector('g.event')).not.toHaveAccessibleDescription();
  });
});
