import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToPlainText, plainTextToHtml } from '../../../src/interop/html-to-text.ts';

const text = (html: string) => htmlToPlainText(html).text;

describe('htmlToPlainText', () => {
  it('strips tags and keeps their words', () => {
    expect(text('Talks <b>resume</b> and <em class="x">stall</em>')).toBe('Talks resume and stall');
  });

  it('decodes named, decimal and hexadecimal entities', () => {
    expect(text('A &amp; B &lt;C&gt; &quot;D&quot; &#8212; it&#x2019;s &eacute;t&eacute; &euro;5')).toBe('A & B <C> "D" — it’s été €5');
  });

  it('leaves unknown entities and bare ampersands as written', () => {
    expect(text('AT&T and &notanentity; and a & b')).toBe('AT&T and &notanentity; and a & b');
  });

  it('turns NUL, surrogate and out-of-range character references into the replacement character', () => {
    expect(decodeEntities('&#0;&#xD800;&#x110000;')).toBe('\uFFFD\uFFFD\uFFFD');
  });

  it('drops script and style elements with their content, and says so', () => {
    const result = htmlToPlainText('<p>Before</p><script>alert("x")</script><STYLE>p{}</STYLE><p>After</p>');
    expect(result.text).toBe('Before\n\nAfter');
    expect(result.removedElements).toEqual(['script', 'style']);
  });

  it('drops the rest of the text after an unclosed script, as a browser would', () => {
    expect(text('Safe <script>alert(1) and everything after')).toBe('Safe');
  });

  it('does not end a script at a look-alike closing tag', () => {
    expect(text('<script>var s = "</scripty>"; </script>Text')).toBe('Text');
  });

  it('drops comments, doctypes and CDATA', () => {
    expect(text('<!DOCTYPE html>A<!-- hidden <b>x</b> -->B<![CDATA[ c ]]>C')).toBe('ABC');
  });

  it('reads a ">" inside a quoted attribute as part of the attribute', () => {
    const result = htmlToPlainText('<a title="a > b" href=\'https://example.org/?a=1&amp;b=2\'>link</a> text');
    expect(result.text).toBe('link text');
    expect(result.links).toEqual(['https://example.org/?a=1&b=2']);
  });

  it('collects links and images, which plain text cannot keep', () => {
    const result = htmlToPlainText('<a href="https://a.example">A</a><img src="https://b.example/i.png" alt="B">');
    expect(result.links).toEqual(['https://a.example']);
    expect(result.images).toEqual(['https://b.example/i.png']);
    expect(result.text).toBe('A');
  });

  it('keeps a "<" that opens no tag', () => {
    expect(text('1 < 2 and 3 <= 4')).toBe('1 < 2 and 3 <= 4');
  });

  it('makes paragraphs blank lines and <br> line breaks, and collapses spaces', () => {
    expect(text('<p>One   two</p>\n\n\n<p>Three<br>four&nbsp;&nbsp;five</p><ul><li>a</li><li>b</li></ul>')).toBe(
      'One two\n\nThree\nfour five\n\na\nb',
    );
  });

  it('keeps the line breaks a spreadsheet user typed in a cell', () => {
    expect(text('First line\r\nSecond line')).toBe('First line\nSecond line');
  });

  it('removes control characters', () => {
    expect(text('a\u0000b\u0007c\u001Bd')).toBe('abcd');
  });

  it('never outputs a tag that was in the input as markup', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('script', 'b', 'a href="x"', 'img src=x onerror=alert(1)'), (inner, tag) => {
        const html = `<${tag}>${inner.replace(/[<>&]/g, '')}</${tag.split(' ')[0]}>`;
        expect(text(html)).not.toMatch(/<\/?(script|b|a|img)\b/);
      }),
    );
  });
});

describe('plainTextToHtml', () => {
  it('escapes markup characters and shows line breaks as <br>', () => {
    expect(plainTextToHtml('A & B <script>\nnext')).toBe('A &amp; B &lt;script&gt;<br>next');
  });

  it('is undone by htmlToPlainText for text with single spaces', () => {
    const line = fc.string({ unit: fc.constantFrom('a', 'b', '<', '>', '&', ';', '#', 'é', '"', "'") }).map((s) => s.trim());
    const tidyText = fc
      .array(
        fc.array(line, { minLength: 1, maxLength: 3 }).map((words) => words.filter((word) => word !== '').join(' ')),
        { maxLength: 3 },
      )
      .map((lines) => lines.filter((l) => l !== '').join('\n'));
    fc.assert(
      fc.property(tidyText, (plain) => {
        expect(text(plainTextToHtml(plain))).toBe(plain);
      }),
    );
  });
});
