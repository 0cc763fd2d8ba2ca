/**
 * Text files as spreadsheets and editors save them, read without silent damage: the bytes of
 * tests/unit/interop/fixtures/encodings are real files' bytes (written byte for byte, never
 * re-encoded by the tests).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText, isWebPage } from '../../../src/model/decodeText.ts';

const DIR = join(process.cwd(), 'tests/unit/interop/fixtures/encodings');
const bytes = (name: string) => new Uint8Array(readFileSync(join(DIR, name)));
const decode = (name: string) => decodeText(bytes(name), name);

const ROWS = [
  'Year;Month;Day;Headline;Text;Group',
  '2012;6;1;Knight Lab’s timeline;"Le prix : 5 € « hors taxes », dit l’éditeur";Médias',
  '2013;1;15;Café « Europa »;Une réunion à Genève.;Médias',
];

describe('decodeText', () => {
  it('reads plain UTF-8 as it is, without a notice', () => {
    expect(decode('semicolon-utf8.csv')).toEqual({ text: `${ROWS.join('\n')}\n`, encoding: 'UTF-8' });
  });

  it('drops the byte-order mark of UTF-8, without a notice', () => {
    const decoded = decode('excel-semicolon-utf8-bom.csv');
    expect(decoded).toEqual({ text: `${ROWS.join('\r\n')}\r\n`, encoding: 'UTF-8' });
  });

  it('reads a semicolon CSV that Excel saved in Windows-1252, and says so with the first characters it changed', () => {
    const decoded = decode('excel-semicolon-windows-1252.csv');
    expect(decoded.encoding).toBe('Windows-1252');
    expect(decoded.text).toBe(`${ROWS.join('\r\n')}\r\n`);
    expect(decoded.text).not.toContain('\ufffd');
    expect(decoded.notice).toBe(
      'excel-semicolon-windows-1252.csv: read as Windows-1252 (it is not UTF-8): "Knight Lab’s" — save it as UTF-8 to silence this notice',
    );
  });

  it('reads the UTF-16LE of Excel\'s "Unicode text", with its byte-order mark, and says so', () => {
    const decoded = decode('excel-unicode-text-utf16le-bom.txt');
    expect(decoded.encoding).toBe('UTF-16LE');
    expect(decoded.text).toBe(`${ROWS.map((row) => row.replaceAll(';', '\t')).join('\r\n')}\r\n`);
    expect(decoded.notice).toBe(
      'excel-unicode-text-utf16le-bom.txt: read as UTF-16LE (it is not UTF-8) — save it as UTF-8 to silence this notice',
    );
  });

  it.each([
    ['utf16le-no-bom.txt', 'UTF-16LE'],
    ['utf16be-no-bom.txt', 'UTF-16BE'],
  ])('tells %s by its NUL bytes when it has no byte-order mark', (name, encoding) => {
    const decoded = decode(name);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe('Déclaration commune\nLes ministres se sont réunis.\n');
    expect(decoded.notice).toMatch(new RegExp(`^${name}: read as ${encoding} \\(it is not UTF-8\\)`));
  });

  it('reads UTF-16BE with its byte-order mark', () => {
    const decoded = decodeText(new Uint8Array([0xfe, 0xff, 0, 0x41, 0, 0xe9]), 'a.txt');
    expect(decoded).toMatchObject({ text: 'Aé', encoding: 'UTF-16BE' });
  });

  it('reads UTF-16 that ends in half a character with U+FFFD there, under its notice', () => {
    const decoded = decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0, 0x42]), 'odd.txt');
    expect(decoded.text).toBe('A\ufffd');
    expect(decoded.notice).toBe('odd.txt: read as UTF-16LE (it is not UTF-8) — save it as UTF-8 to silence this notice');
  });

  it('reads a UTF-8 file cut short in the middle of a character as Windows-1252, never with a silent U+FFFD', () => {
    const decoded = decode('truncated-utf8.txt');
    expect(decoded.encoding).toBe('Windows-1252');
    // What UTF-8 reads as Windows-1252 looks like: the notice shows it at once.
    expect(decoded.text).toBe('Le communiquÃ© des ministres, signÃ© Ã\u00a0 GenÃ¨ve, parle dâ€™un Â« accord Â');
    expect(decoded.notice).toBe(
      'truncated-utf8.txt: read as Windows-1252 (it is not UTF-8): "Le communiquÃ©" — save it as UTF-8 to silence this notice',
    );
  });

  it('reads UTF-8 with one stray Windows-1252 byte as Windows-1252: one byte is enough', () => {
    const decoded = decode('utf8-with-a-windows-1252-byte.txt');
    expect(decoded.encoding).toBe('Windows-1252');
    expect(decoded.text).toContain('parle d’un');
    expect(decoded.notice).toMatch(/^utf8-with-a-windows-1252-byte\.txt: read as Windows-1252 \(it is not UTF-8\): "Le communiquÃ©"/);
  });

  it('never returns U+FFFD without a notice', () => {
    for (let seed = 0; seed < 300; seed++) {
      const random = new Uint8Array(1 + (seed % 40));
      for (let i = 0; i < random.length; i++) random[i] = (seed * 7919 + i * 104729) % 256;
      const decoded = decodeText(random, 'random.bin');
      if (decoded.text.includes('\ufffd')) expect(decoded.notice).toBeDefined();
    }
  });

  it('reads an empty file as empty UTF-8', () => {
    expect(decodeText(new Uint8Array(), 'empty.txt')).toEqual({ text: '', encoding: 'UTF-8' });
  });
});

describe('isWebPage', () => {
  it.each(['<!DOCTYPE html>\n<html>', '\n  <!doctype html><title>x</title>', '<html lang="en">', '<HTML>'])('%j is a web page', (text) => {
    expect(isWebPage(text)).toBe(true);
  });

  it.each(['{"events": []}', 'The <html> element begins a page.', '<htmlish>', ''])('%j is not', (text) => {
    expect(isWebPage(text)).toBe(false);
  });
});
