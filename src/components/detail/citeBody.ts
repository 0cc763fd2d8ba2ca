/**
 * The body of the Cite panel, built when the reader first asks for a citation, in the same
 * chunk as the formatters (src/interop/citation.ts): the citation (selectable), Copy, the
 * permalink, the day of access and the two files. Plain DOM rather than a component, so
 * that the chunk imports nothing from the element's module (which a page may rename or load
 * with a query) and the element carries only the panel's shell.
 */
import { formatCitation, toBibtex, toCslJson, type CitationInput } from '../../interop/citation.ts';
import type { Quote } from '../../model/schema.ts';
import type { ParsedEvent } from '../../model/validate.ts';
import type { Story } from '../../state/story.svelte.ts';
import type { Strings } from '../../i18n/strings.ts';
import type { PermalinkTarget } from '../../interop/permalink.ts';

/** What the shell (CitePanel.svelte) hands over: only values, so that this chunk imports nothing of the element's. */
export interface CiteRequest {
  story: Story;
  event: ParsedEvent;
  quote?: Quote | undefined;
  /** The quote's key (interop/permalink.ts quoteKey), computed by the shell. */
  key?: string | undefined;
  links: { timeline(): string; to(target: PermalinkTarget): string };
  words: Strings;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
}

function button(label: string, onclick: () => void): HTMLButtonElement {
  const node = element('button', 'secondary', label);
  node.type = 'button';
  node.addEventListener('click', onclick);
  return node;
}

/** A file the browser saves: a blob address, which a strict CSP leaves alone (a download is no fetch). */
function download(content: string, type: string, name: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Fills `container` (emptied first). */
export function renderCiteBody(container: HTMLElement, { story, event, quote, key, links, words }: CiteRequest): void {
  // Today in the reader's own time zone: the day they read it.
  const now = new Date();
  const input: CitationInput = {
    dataset: story.dataset,
    event,
    quote,
    urls: {
      timeline: story.dataset.url ?? links.timeline(),
      event: links.to({ event: event.id }),
      quote: key && links.to({ event: event.id, quote: key }),
    },
    accessed: [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((part, i) => String(part).padStart(i ? 2 : 4, '0')).join('-'),
  };
  const filename = key ? `${event.id}-${key}` : event.id;
  const permalink = input.urls.quote ?? input.urls.event;
  const citation = element('p', 'citation', formatCitation(input));
  // English, whatever the page's language: the style guide's words and dates.
  citation.lang = 'en';
  citation.dir = 'ltr';

  const status = element('span', 'status');
  status.setAttribute('role', 'status');
  const copy = button(words.copy, () => {
    navigator.clipboard.writeText(citation.textContent ?? '').then(
      () => (status.textContent = words.copied),
      () => {
        // No clipboard (an insecure page, a refused permission): selected for the reader to copy.
        window.getSelection()?.selectAllChildren(citation);
        status.textContent = words.copyByHand;
      },
    );
  });

  const link = element('a', '', permalink);
  link.href = permalink;
  link.dir = 'ltr';
  const permalinkLine = element('p', 'permalink', `${words.permalink}${words.colon}`);
  permalinkLine.append(link);

  const files = element('div', 'actions');
  files.append(
    button(words.downloadCsl, () => download(`${JSON.stringify(toCslJson(input), null, 2)}\n`, 'application/json', `${filename}.json`)),
    button(words.downloadBibtex, () => download(toBibtex(input), 'application/x-bibtex', `${filename}.bib`)),
  );
  const copyLine = element('div', 'actions');
  copyLine.append(copy, status);
  container.replaceChildren(
    citation,
    copyLine,
    permalinkLine,
    element('p', 'accessed', words.accessedOn(new Intl.DateTimeFormat(story.locale, { dateStyle: 'long' }).format(now))),
    files,
  );
}
