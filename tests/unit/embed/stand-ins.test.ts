// @vitest-environment node
/**
 * The embed build swaps modules for slim stand-ins (src/embed/vite-plugin.ts). What src/
 * asks of a swapped module must be what its stand-in gives, or the embed alone breaks:
 * the types below are checked by `npm run check` (tsconfig includes tests/), and the
 * names src/ imports from the swapped libraries are checked here at run time.
 * slim.test.ts checks that the stand-ins give the same results.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import type { ScaleTime } from 'd3-scale';
import * as d3Time from 'd3-time';
import { createTimeScale, rescale, type CountableTimeInterval, type TimeInterval, type TimeScale } from '../../../src/layout/timeScale.ts';
import * as slimScale from '../../../src/embed/slim/d3-scale.ts';
import * as slimTime from '../../../src/embed/slim/d3-time.ts';
import * as slimDateFns from '../../../src/embed/slim/date-fns.ts';
import * as slimLocale from '../../../src/embed/slim/date-fns-locale.ts';
import type * as appZoomGlue from '../../../src/components/zoomGlue.ts';
import type * as slimZoomGlue from '../../../src/embed/slim/zoomGlue.ts';
import type * as appFastShape from '../../../src/model/fastShape.ts';
import type * as slimFastShape from '../../../src/embed/slim/fastShape.ts';
import type * as appVerbatim from '../../../src/model/verbatim.ts';
import type * as slimVerbatim from '../../../src/embed/slim/verbatim.ts';
import * as appDateHints from '../../../src/model/dateHints.ts';
import * as slimDateHints from '../../../src/embed/slim/dateHints.ts';
import * as appTypography from '../../../src/model/typography.ts';
import * as slimTypography from '../../../src/embed/slim/typography.ts';
import { formatProblem, normalizeWhiteSpace, validateDataset } from '../../../src/model/validate.ts';

const SRC = resolve(import.meta.dirname, '../../../src');
const SLIM = join(SRC, 'embed/slim');

describe("the layout's time scale", () => {
  it('is the type the slim scaleUtc returns, and d3-scale gives at least as much', () => {
    expectTypeOf(slimScale.scaleUtc).returns.toEqualTypeOf<TimeScale>();
    expectTypeOf(createTimeScale).returns.toEqualTypeOf<TimeScale>();
    expectTypeOf(rescale).returns.toEqualTypeOf<TimeScale>();
    expectTypeOf<ScaleTime<number, number>>().toExtend<TimeScale>();
  });

  it('offers no call the slim scale lacks', () => {
    expectTypeOf<TimeScale>().not.toHaveProperty('ticks');
    expectTypeOf<TimeScale>().not.toHaveProperty('nice');
    const scale = createTimeScale([0, 86_400_000], 100);
    // @ts-expect-error d3-scale's ticks(): the embed's scale has none, so the layout may not call it.
    const ticks: unknown = scale.ticks;
    // The app's scale is d3-scale's, which has it; the embed's has not.
    expect(ticks).toBeTypeOf('function');
    expect((slimScale.scaleUtc() as unknown as Record<string, unknown>).ticks).toBeUndefined();
  });

  it('has every member of TimeScale in both d3-scale and the slim scale', () => {
    for (const scale of [createTimeScale([0, 86_400_000], 100), slimScale.scaleUtc()]) {
      for (const name of ['domain', 'range', 'invert', 'copy'] as const) expect(scale[name]).toBeTypeOf('function');
    }
  });
});

describe("the layout's calendar intervals", () => {
  const NAMES = ['utcMinute', 'utcHour', 'utcDay', 'utcMonday', 'utcMonth', 'utcYear'] as const;

  it("are what the slim d3-time's intervals are, and d3-time's fit them", () => {
    expectTypeOf(slimTime.utcDay).toExtend<CountableTimeInterval>();
    expectTypeOf(slimTime.utcDay.filter(() => true)).toExtend<TimeInterval>();
    expectTypeOf(d3Time.utcDay).toExtend<CountableTimeInterval>();
    expectTypeOf(d3Time.utcDay.filter(() => true)).toExtend<TimeInterval>();
    expectTypeOf<CountableTimeInterval>().not.toHaveProperty('round');
  });

  it('have every method of CountableTimeInterval in both d3-time and the slim d3-time', () => {
    for (const name of NAMES) {
      for (const interval of [d3Time[name], slimTime[name]]) {
        for (const method of ['floor', 'ceil', 'offset', 'range', 'filter', 'every', 'count'] as const) {
          expect(interval[method], `${name}.${method}`).toBeTypeOf('function');
        }
      }
    }
  });
});

describe('the stand-ins swapped by path', () => {
  it('export what the modules they replace export, with types that fit where those are used', () => {
    expectTypeOf<typeof slimZoomGlue>().toExtend<typeof appZoomGlue>();
    expectTypeOf<Omit<typeof slimFastShape, 'UNSURE'>>().toExtend<Omit<typeof appFastShape, 'UNSURE'>>();
    expectTypeOf<keyof typeof slimFastShape>().toEqualTypeOf<keyof typeof appFastShape>();
    expectTypeOf<typeof slimVerbatim>().toExtend<typeof appVerbatim>();
  });
});

/** Every .ts and .svelte file under `dir`, but the stand-ins themselves. */
/** The studio's own bundle and the command line never go into the embed: what they import needs no stand-in. */
const NOT_EMBEDDED = [SLIM, join(SRC, 'studio'), join(SRC, 'cli')];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return NOT_EMBEDDED.includes(path) ? [] : sources(path);
    return /\.(ts|svelte)$/.test(entry.name) ? [path] : [];
  });
}

/** The values (not types) src/ imports by name from `library`, with the files that import each. */
function valuesImportedFrom(library: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const quoted = library.replace(/[/.]/g, '\\$&');
  for (const file of sources(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(new RegExp(`import\\s+([^;]*?)\\s+from\\s+'${quoted}'`, 'g'))) {
      const clause = match[1] as string;
      if (clause.startsWith('type ')) continue;
      const named = /^\{([^}]*)\}$/.exec(clause);
      if (!named) throw new Error(`${relative(SRC, file)}: only named imports from ${library} can be checked here: import ${clause}`);
      for (const part of (named[1] as string).split(',').map((name) => name.trim())) {
        if (part === '' || part.startsWith('type ')) continue;
        const name = part.split(/\s+as\s+/)[0] as string;
        found.set(name, [...(found.get(name) ?? []), relative(SRC, file)]);
      }
    }
  }
  return found;
}

describe('the stand-ins for libraries', () => {
  it.each([
    ['d3-scale', slimScale],
    ['d3-time', slimTime],
    ['date-fns', slimDateFns],
    ['date-fns/locale', slimLocale],
  ] as const)('give every value src/ imports from %s', (library, slim) => {
    const imported = valuesImportedFrom(library);
    expect(imported.size, `src/ imports something from ${library}`).toBeGreaterThan(0);
    const missing = [...imported].filter(([name]) => !(name in slim)).map(([name, files]) => `${name} (${files.join(', ')})`);
    expect(missing, `imported from ${library} but missing from its stand-in in src/embed/slim/`).toEqual([]);
  });

  it('give every date-fns locale a language file imports by its own path (date-fns/locale/de)', async () => {
    const imported = ['fr', 'de', 'es', 'ar'].flatMap((code) =>
      [...valuesImportedFrom(`date-fns/locale/${code}`)].map(([name]) => [code, name]),
    );
    expect(imported.map(([code]) => code)).toEqual(['fr', 'de', 'es', 'ar']);
    for (const [code, name] of imported) {
      const slim = (await import(`../../../src/embed/slim/date-fns-locale/${code}.ts`)) as Record<string, unknown>;
      expect(slim[name as string], `date-fns/locale/${code} has no stand-in in src/embed/slim/date-fns-locale/`).toBeDefined();
    }
  });
});

/** The values src/ (stand-ins aside) imports by name from the module at `module`, with the files that import each. */
function valuesImportedFromModule(module: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of sources(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/import\s+(?!type\s)\{([^}]*)\}\s+from\s+'(\.[^']*)'/g)) {
      if (resolve(file, '..', match[2] as string) !== module) continue;
      for (const part of (match[1] as string).split(',').map((name) => name.trim())) {
        if (part === '' || part.startsWith('type ')) continue;
        const name = part.split(/\s+as\s+/)[0] as string;
        found.set(name, [...(found.get(name) ?? []), relative(SRC, file)]);
      }
    }
  }
  return found;
}

/**
 * The two stand-ins that give less: author's help only. The embed must report the same
 * problems as the app, each without the hint the app adds (a guess of the EDTF meant, the
 * characters of a quote's typography), and must never add one of its own.
 */
describe('the stand-ins that leave out hints', () => {
  it('export the same names with the same signatures (typography: what src/ imports of it)', () => {
    expectTypeOf<typeof slimDateHints>().toEqualTypeOf<typeof appDateHints>();
    expectTypeOf<slimDateHints.DateHint>().toEqualTypeOf<appDateHints.DateHint>();
    expect(Object.keys(slimDateHints).sort()).toEqual(Object.keys(appDateHints).sort());
    // foldTypography is typographyOf's own helper, which no other module imports (checked below).
    expectTypeOf<typeof slimTypography>().toEqualTypeOf<Pick<typeof appTypography, 'typographyOf'>>();
    for (const [app, slim] of [
      [appDateHints, slimDateHints],
      [appTypography, slimTypography],
    ] as const) {
      for (const [name, value] of Object.entries(slim)) {
        const full = (app as Record<string, unknown>)[name];
        expect(full, name).toBeTypeOf('function');
        expect(value, name).toBeTypeOf('function');
        expect((value as (...args: unknown[]) => unknown).length, `${name}'s parameters`).toBe(
          (full as (...args: unknown[]) => unknown).length,
        );
      }
    }
  });

  it.each([
    ['model/dateHints.ts', slimDateHints],
    ['model/typography.ts', slimTypography],
  ] as const)('give every value src/ imports from %s', (module, slim) => {
    const imported = valuesImportedFromModule(join(SRC, module));
    expect(imported.size, `src/ imports something from ${module}`).toBeGreaterThan(0);
    const missing = [...imported].filter(([name]) => !(name in slim)).map(([name, files]) => `${name} (${files.join(', ')})`);
    expect(missing, `imported from ${module} but missing from its stand-in`).toEqual([]);
  });

  it('give no hint where the full modules give one', () => {
    for (const phrase of ['Sept 5 2021', '05/09/2021', 'le 1er septembre 2021', '2021-9-5', 'September 2021', 'nonsense']) {
      expect(slimDateHints.dateHints(phrase), phrase).toEqual([]);
      expect(slimDateHints.describeDateHints(phrase), phrase).toBe('');
    }
    expect(appDateHints.dateHints('Sept 5 2021')).toEqual([{ edtf: '2021-09-05' }]);
    expect(appDateHints.describeDateHints('05/09/2021')).toMatch(/did you mean/);

    const source = normalizeWhiteSpace('Knight Lab’s timeline – a “tool” for 2021–2022… and more.');
    for (const quote of ["Knight Lab's timeline", 'a "tool" for 2021-2022...', 'not there at all']) {
      expect(slimTypography.typographyOf(source)(quote), quote).toBeUndefined();
    }
    expect(appTypography.typographyOf(source)("Knight Lab's timeline")).toMatch(/U\+2019/);
  });

  it('make the validator report the same problems, without the hints', async () => {
    const broken = {
      schemaVersion: 1,
      title: 'Hints',
      sources: [{ id: 'statement', title: 'Statement', file: 'statement.txt' }],
      actors: [],
      events: ['Sept 5 2021', '05/09/2021', 'September 2021', 'not a date'].map((date, i) => ({
        id: `e-${i}`,
        title: `Event ${i}`,
        date,
        dateBasis: 'stated',
        dateNote: 'Dated.',
        status: 'occurred',
        countries: [],
        actors: [],
        summary: 'Something.',
        // Straight quotes where the source has curly ones; too short an opening for "the source has … but not what follows".
        quotes: [{ source: 'statement', text: i === 0 ? 'a "tool"' : 'Knight Lab’s timeline' }],
      })),
    };
    const options = { sourceTexts: { 'statement.txt': 'Knight Lab’s timeline – a “tool” for 2021–2022… and more.' } };
    const inApp = validateDataset(broken, options).problems;

    vi.resetModules();
    vi.doMock('../../../src/model/dateHints.ts', () => import('../../../src/embed/slim/dateHints.ts'));
    vi.doMock('../../../src/model/typography.ts', () => import('../../../src/embed/slim/typography.ts'));
    try {
      const embed = await import('../../../src/model/validate.ts');
      const inEmbed = embed.validateDataset(broken, options).problems;
      expect(inApp.filter((problem) => /did you mean|U\+/.test(problem.message)).length, 'the app gives hints').toBeGreaterThanOrEqual(4);
      expect(inEmbed.map((problem) => problem.path)).toEqual(inApp.map((problem) => problem.path));
      inEmbed.forEach((problem, i) => {
        const app = inApp[i] as (typeof inApp)[number];
        expect(problem.message).not.toMatch(/did you mean|U\+/);
        // The app's message is the embed's with the hint added.
        expect(app.message.startsWith(problem.message), formatProblem(app)).toBe(true);
      });
    } finally {
      vi.doUnmock('../../../src/model/dateHints.ts');
      vi.doUnmock('../../../src/model/typography.ts');
      vi.resetModules();
    }
  });
});
