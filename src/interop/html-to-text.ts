/**
 * Reduces the HTML that TimelineJS allows in its text fields to plain text, without a DOM:
 * the CLI runs in Node, and parsing untrusted markup into a live document is exactly what
 * must not happen here. A small tokenizer walks the string once; nothing is ever executed,
 * fetched or evaluated. Script-like elements lose their content entirely.
 *
 * The result is text to be rendered as text (it may legitimately contain "<" once
 * `&lt;` is decoded), never to be fed back into innerHTML.
 */

export interface PlainTextResult {
  text: string;
  /** href of every link whose target the plain text cannot keep. */
  links: string[];
  /** src of every image, which plain text cannot show. */
  images: string[];
  /** Names of elements whose content was removed because it is code, not text (script, style…). */
  removedElements: string[];
}

/** Elements whose content is code or embedded documents: dropped with everything inside. */
const DROPPED_WITH_CONTENT = new Set([
  'script',
  'style',
  'template',
  'iframe',
  'noscript',
  'object',
  'svg',
  'math',
  'noembed',
  'noframes',
  'xmp',
]);

/** Elements that end a paragraph: they become a blank line in the text. */
const PARAGRAPH_ELEMENTS = new Set([
  'p',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'aside',
  'blockquote',
  'pre',
  'figure',
  'figcaption',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'dl',
  'table',
  'hr',
  'address',
  'main',
  'nav',
]);

/** Elements that end a line. */
const LINE_ELEMENTS = new Set(['br', 'li', 'tr', 'dt', 'dd', 'caption']);

/**
 * Named character references that occur in real text. Unknown names are left as written,
 * which is what a reader would rather see than a silent deletion.
 */
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  shy: '',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  bull: '•',
  middot: '·',
  minus: '−',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  lsaquo: '‹',
  rsaquo: '›',
  prime: '′',
  Prime: '″',
  dagger: '†',
  Dagger: '‡',
  permil: '‰',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  plusmn: '±',
  times: '×',
  divide: '÷',
  micro: 'µ',
  para: '¶',
  sect: '§',
  cent: '¢',
  pound: '£',
  euro: '€',
  yen: '¥',
  curren: '¤',
  iexcl: '¡',
  iquest: '¿',
  ordf: 'ª',
  ordm: 'º',
  sup1: '¹',
  sup2: '²',
  sup3: '³',
  frac14: '¼',
  frac12: '½',
  frac34: '¾',
  thinsp: ' ',
  ensp: ' ',
  emsp: ' ',
  zwnj: '',
  zwj: '',
  lrm: '',
  rlm: '',
  Agrave: 'À',
  Aacute: 'Á',
  Acirc: 'Â',
  Atilde: 'Ã',
  Auml: 'Ä',
  Aring: 'Å',
  AElig: 'Æ',
  Ccedil: 'Ç',
  Egrave: 'È',
  Eacute: 'É',
  Ecirc: 'Ê',
  Euml: 'Ë',
  Igrave: 'Ì',
  Iacute: 'Í',
  Icirc: 'Î',
  Iuml: 'Ï',
  ETH: 'Ð',
  Ntilde: 'Ñ',
  Ograve: 'Ò',
  Oacute: 'Ó',
  Ocirc: 'Ô',
  Otilde: 'Õ',
  Ouml: 'Ö',
  Oslash: 'Ø',
  Ugrave: 'Ù',
  Uacute: 'Ú',
  Ucirc: 'Û',
  Uuml: 'Ü',
  Yacute: 'Ý',
  THORN: 'Þ',
  szlig: 'ß',
  agrave: 'à',
  aacute: 'á',
  acirc: 'â',
  atilde: 'ã',
  auml: 'ä',
  aring: 'å',
  aelig: 'æ',
  ccedil: 'ç',
  egrave: 'è',
  eacute: 'é',
  ecirc: 'ê',
  euml: 'ë',
  igrave: 'ì',
  iacute: 'í',
  icirc: 'î',
  iuml: 'ï',
  eth: 'ð',
  ntilde: 'ñ',
  ograve: 'ò',
  oacute: 'ó',
  ocirc: 'ô',
  otilde: 'õ',
  ouml: 'ö',
  oslash: 'ø',
  ugrave: 'ù',
  uacute: 'ú',
  ucirc: 'û',
  uuml: 'ü',
  yacute: 'ý',
  thorn: 'þ',
  yuml: 'ÿ',
  OElig: 'Œ',
  oelig: 'œ',
  Scaron: 'Š',
  scaron: 'š',
  Yuml: 'Ÿ',
  Zcaron: 'Ž',
  zcaron: 'ž',
  fnof: 'ƒ',
  Alpha: 'Α',
  Beta: 'Β',
  Gamma: 'Γ',
  Delta: 'Δ',
  Omega: 'Ω',
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
  pi: 'π',
  sigma: 'σ',
  omega: 'ω',
  larr: '←',
  rarr: '→',
  uarr: '↑',
  darr: '↓',
  harr: '↔',
};

const LINE_BREAK = '\n';
const PARAGRAPH_BREAK = '\n\n';

export function htmlToPlainText(html: string): PlainTextResult {
  const pieces: string[] = [];
  const links: string[] = [];
  const images: string[] = [];
  const removedElements: string[] = [];
  let position = 0;

  while (position < html.length) {
    const char = html[position];
    if (char === '<') {
      const consumed = consumeMarkup(html, position);
      if (consumed === undefined) {
        // A "<" that opens no tag ("a < b") is text, as in a browser.
        pieces.push('<');
        position += 1;
        continue;
      }
      position = consumed.end;
      const tag = consumed.tag;
      if (tag === undefined) continue;
      if (!tag.closing && DROPPED_WITH_CONTENT.has(tag.name)) {
        removedElements.push(tag.name);
        if (!tag.selfClosing) position = skipPastClosingTag(html, position, tag.name);
        continue;
      }
      if (tag.name === 'a' && !tag.closing) {
        const href = tag.attributes.get('href');
        if (href !== undefined && href.trim() !== '') links.push(decodeEntities(href).trim());
      }
      if (tag.name === 'img') {
        const src = tag.attributes.get('src');
        if (src !== undefined && src.trim() !== '') images.push(decodeEntities(src).trim());
      }
      if (PARAGRAPH_ELEMENTS.has(tag.name)) pieces.push(PARAGRAPH_BREAK);
      // A list item starts a line; its end does not start another ("</li><li>" is one break).
      else if (LINE_ELEMENTS.has(tag.name) && (!tag.closing || tag.name === 'br')) pieces.push(LINE_BREAK);
      continue;
    }
    const nextTag = html.indexOf('<', position);
    const end = nextTag === -1 ? html.length : nextTag;
    pieces.push(decodeEntities(html.slice(position, end)));
    position = end;
  }

  return { text: tidyWhiteSpace(pieces.join('')), links, images, removedElements };
}

interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  attributes: Map<string, string>;
}

/**
 * Reads the markup starting at `start` (which holds "<"). Returns where it ends and, for an
 * element tag, the tag; comments, doctypes and processing instructions yield no tag.
 * Returns undefined when the "<" does not open markup.
 */
function consumeMarkup(html: string, start: number): { end: number; tag?: Tag } | undefined {
  if (html.startsWith('<!--', start)) {
    const close = html.indexOf('-->', start + 4);
    return { end: close === -1 ? html.length : close + 3 };
  }
  if (html.startsWith('<![CDATA[', start)) {
    // Outside foreign content a browser treats CDATA as a bogus comment: no text either.
    const close = html.indexOf(']]>', start);
    return { end: close === -1 ? html.length : close + 3 };
  }
  const next = html[start + 1] ?? '';
  if (next === '!' || next === '?') {
    const close = html.indexOf('>', start);
    return { end: close === -1 ? html.length : close + 1 };
  }
  const closing = next === '/';
  const nameStart = closing ? start + 2 : start + 1;
  const nameMatch = /^[A-Za-z][A-Za-z0-9:-]*/.exec(html.slice(nameStart, nameStart + 64));
  if (nameMatch === null) return undefined;
  const name = nameMatch[0].toLowerCase();
  const { end, attributes, selfClosing } = readAttributes(html, nameStart + nameMatch[0].length);
  return { end, tag: { name, closing, selfClosing, attributes } };
}

/** Reads attributes up to the ">" that ends the tag; a ">" inside a quoted value does not end it. */
function readAttributes(html: string, start: number): { end: number; attributes: Map<string, string>; selfClosing: boolean } {
  const attributes = new Map<string, string>();
  const attributePattern = /\s*([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?|\s*(\/)|\s*(>)|\s*([\s\S])/y;
  attributePattern.lastIndex = start;
  let selfClosing = false;
  for (;;) {
    const match = attributePattern.exec(html);
    if (match === null) return { end: html.length, attributes, selfClosing };
    if (match[6] !== undefined) return { end: attributePattern.lastIndex, attributes, selfClosing };
    if (match[5] !== undefined) {
      selfClosing = true;
      continue;
    }
    selfClosing = false;
    const attributeName = match[1];
    if (attributeName !== undefined && !attributes.has(attributeName.toLowerCase())) {
      attributes.set(attributeName.toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '');
    }
  }
}

/** Position just after `</name ...>`, or the end of the input when the element is never closed. */
function skipPastClosingTag(html: string, from: number, name: string): number {
  const closingPattern = new RegExp(`</${name}(?=[\\s/>])[^>]*>?`, 'gi');
  closingPattern.lastIndex = from;
  const match = closingPattern.exec(html);
  // An unclosed <script> swallows the rest, as it would in a browser: safer than guessing.
  return match === null ? html.length : match.index + match[0].length;
}

export function decodeEntities(text: string): string {
  return text.replace(
    /&(?:#(\d{1,8});?|#[xX]([0-9a-fA-F]{1,7});?|([A-Za-z][A-Za-z0-9]{1,31});)/g,
    (whole, dec?: string, hex?: string, name?: string) => {
      if (dec !== undefined || hex !== undefined) {
        const codePoint = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? '', 16);
        return safeCodePoint(codePoint);
      }
      return (name !== undefined ? NAMED_ENTITIES[name] : undefined) ?? whole;
    },
  );
}

/** As in HTML: NUL, surrogates and out-of-range values become the replacement character. */
function safeCodePoint(codePoint: number): string {
  if (codePoint === 0 || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return '\uFFFD';
  return String.fromCodePoint(codePoint);
}

/**
 * HTML collapses runs of spaces; a sheet user's line breaks (Alt+Enter in a cell) are kept
 * as line breaks because they are usually meant. At most one blank line survives in a row.
 */
function tidyWhiteSpace(text: string): string {
  return (
    text
      // Control characters other than tab and line breaks have no place in prose.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g, '')
      .replace(/\r\n?/g, '\n')
      .replace(/[ \t\f\u00A0]+/g, ' ')
      .replace(/ *\n */g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

/**
 * The inverse for export: TimelineJS renders its text fields as HTML, so plain text must be
 * escaped, and its line breaks made visible. htmlToPlainText(plainTextToHtml(t)) === t for
 * text whose spaces are single (HTML cannot keep runs of spaces).
 */
export function plainTextToHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r\n?|\n/g, '<br>');
}
