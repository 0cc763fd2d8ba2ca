// @vitest-environment node
/**
 * The commands read every file as the viewer does (src/model/decodeText.ts): a file that is not
 * UTF-8 is read all the same, with a warning on stderr that names it and what to do; a web page
 * where a dataset or a text was expected is named as such.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runExport } from '../../../src/cli/export.ts';
import { runImport } from '../../../src/cli/import.ts';
import { validateFile } from '../../../src/cli/validate.ts';

const VALID = 'tests/unit/model/fixtures/valid';
const ENCODINGS = 'tests/unit/interop/fixtures/encodings';
const SILENCE = ' — save it as UTF-8 to silence this notice';
const WEB_PAGE = '<!DOCTYPE html>\n<html lang="en"><head><title>events.json</title></head><body><pre>{}</pre></body></html>\n';

/** Windows-1252 bytes of a text whose characters it holds. */
const windows1252 = (text: string) => {
  const high: Record<string, number> = { '“': 0x93, '”': 0x94, '’': 0x92, '€': 0x80 };
  return new Uint8Array([...text].map((c) => high[c] ?? c.charCodeAt(0)));
};
const utf16le = (text: string) => new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'encodings-'));
  cpSync(VALID, dir, { recursive: true });
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const interview = () => readFileSync(join(VALID, 'sources/interview.txt'), 'utf8');

describe('npm run validate', () => {
  it('reads a Windows-1252 source text, verifies its quotes, and warns', () => {
    writeFileSync(join(dir, 'sources/interview.txt'), windows1252(interview()));
    const outcome = validateFile(join(dir, 'events.json'));
    expect(outcome.exitCode).toBe(0);
    expect(outcome.stdout).toEqual([expect.stringMatching(/: valid — 3 events/)]);
    expect(outcome.stderr).toEqual([
      expect.stringMatching(/^warning: .*sources\/interview\.txt: read as Windows-1252 \(it is not UTF-8\): "it was “a"/),
    ]);
    expect(outcome.stderr[0]?.endsWith(SILENCE)).toBe(true);
  });

  it('reads a UTF-16LE dataset, and warns', () => {
    writeFileSync(join(dir, 'events.json'), utf16le(readFileSync(join(VALID, 'events.json'), 'utf8')));
    const outcome = validateFile(join(dir, 'events.json'));
    expect(outcome.exitCode).toBe(0);
    expect(outcome.stderr).toEqual([`warning: ${join(dir, 'events.json')}: read as UTF-16LE (it is not UTF-8)${SILENCE}`]);
  });

  it('keeps the warnings before the problems', () => {
    writeFileSync(join(dir, 'sources/interview.txt'), windows1252(interview().replace('stab', 'knife')));
    const outcome = validateFile(join(dir, 'events.json'));
    expect(outcome.exitCode).toBe(1);
    expect(outcome.stderr[0]).toMatch(/^warning: .*read as Windows-1252/);
    expect(outcome.stderr.length).toBeGreaterThan(1);
  });

  it('names a dataset that is a web page as such, not as invalid JSON', () => {
    const file = join(dir, 'events.json');
    writeFileSync(file, WEB_PAGE);
    expect(validateFile(file)).toEqual({
      exitCode: 1,
      stdout: [],
      stderr: [
        `${file} is a web page (HTML), not a dataset (JSON): was it saved from the browser? Save the file itself, not the page that shows it`,
      ],
    });
  });

  it('names a source text that is a web page as such, not as quotes missing', () => {
    writeFileSync(join(dir, 'sources/interview.txt'), `\uFEFF  ${WEB_PAGE}`);
    const outcome = validateFile(join(dir, 'events.json'));
    expect(outcome.stderr).toEqual([
      expect.stringMatching(
        /^sources\[1\]\.file: .*sources\/interview\.txt is a web page \(HTML\), not a source text: was it saved from the browser\?/,
      ),
    ]);
  });
});

describe('npm run import', () => {
  it('imports the semicolon CSV Excel saves in Windows-1252, its ’ é « » € kept, with a warning first', () => {
    const input = join(dir, 'timeline.csv');
    writeFileSync(input, readFileSync(join(ENCODINGS, 'excel-semicolon-windows-1252.csv')));
    const out = join(dir, 'imported.json');
    const outcome = runImport([input, '--out', out, '--title', 'Médias']);
    expect(outcome.exitCode).toBe(0);
    expect(outcome.stderr[0]).toBe(`warning: ${input}: read as Windows-1252 (it is not UTF-8): "Knight Lab’s"${SILENCE}`);
    const written = readFileSync(out, 'utf8');
    expect(written).toContain('Knight Lab’s timeline');
    expect(written).toContain('Café « Europa »');
    expect(written).not.toContain('\ufffd');
  });

  it('imports a sheet in UTF-16LE as in UTF-8, with a warning', () => {
    const bom = join(dir, 'bom.csv');
    const utf16 = join(dir, 'unicode.csv');
    writeFileSync(bom, readFileSync(join(ENCODINGS, 'excel-semicolon-utf8-bom.csv')));
    writeFileSync(utf16, utf16le(readFileSync(bom, 'utf8').replace(/^\uFEFF/, '')));
    const fromBom = runImport([bom, '--out', join(dir, 'a.json'), '--title', 'T']);
    expect(fromBom).toMatchObject({ exitCode: 0, stderr: [] });
    const fromUtf16 = runImport([utf16, '--out', join(dir, 'b.json'), '--title', 'T']);
    expect(fromUtf16.stderr).toEqual([`warning: ${utf16}: read as UTF-16LE (it is not UTF-8)${SILENCE}`]);
    const written = readFileSync(join(dir, 'b.json'), 'utf8');
    expect(written).toContain('Knight Lab’s timeline');
    expect(written).toContain('Café « Europa »');
  });

  it('names an input that is a web page as such', () => {
    const input = join(dir, 'saved.json');
    writeFileSync(input, WEB_PAGE);
    const outcome = runImport([input]);
    expect(outcome.exitCode).toBe(1);
    expect(outcome.stderr[0]).toBe(
      `${input} is a web page (HTML), not a text file: was it saved from the browser? Save the file itself, not the page that shows it`,
    );
  });
});

describe('npm run export', () => {
  it('exports a Windows-1252 dataset, with a warning on stderr and the CSV on stdout', () => {
    const dataset = JSON.parse(readFileSync(join(VALID, 'events.json'), 'utf8'));
    dataset.title = 'L’alliance';
    writeFileSync(join(dir, 'events.json'), windows1252(JSON.stringify(dataset)));
    const outcome = runExport([join(dir, 'events.json')]);
    expect(outcome.exitCode).toBe(0);
    expect(outcome.stderr[0]).toBe(`warning: ${join(dir, 'events.json')}: read as Windows-1252 (it is not UTF-8): "L’alliance"${SILENCE}`);
    expect(outcome.stdout.join('\n')).toContain('L’alliance');
  });

  it('names a dataset that is a web page as such', () => {
    writeFileSync(join(dir, 'events.json'), WEB_PAGE);
    expect(runExport([join(dir, 'events.json')]).stderr).toEqual([
      `${join(dir, 'events.json')} is a web page (HTML), not a dataset (JSON): was it saved from the browser? Save the file itself, not the page that shows it`,
    ]);
  });
});
