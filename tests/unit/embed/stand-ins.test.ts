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
import { describe, expect, expectTypeOf, it } from 'vitest';
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
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === SLIM ? [] : sources(path);
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
});
