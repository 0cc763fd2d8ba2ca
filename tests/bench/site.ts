/**
 * Builds what the bench serves, into a folder of its own (never dist/): the app, from the
 * work tree or from a commit, and the vis-timeline page of tests/bench/vis.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';

export const ROOT = resolve(import.meta.dirname, '../..');

/** The app's source: the work tree, or commit `ref` unpacked with git archive (node_modules shared). */
export function appSource(work: string, ref: string | undefined): string {
  if (!ref) return ROOT;
  if (!/^[\w./-]+$/.test(ref)) throw new Error(`"${ref}" is not a git ref`);
  const dir = join(work, 'app-src');
  mkdirSync(dir, { recursive: true });
  const unpacked = spawnSync('sh', ['-c', `git archive --format=tar ${ref} | tar -x -C "${dir}"`], { cwd: ROOT, stdio: 'inherit' });
  if (unpacked.status !== 0) throw new Error(`git archive ${ref} failed`);
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

/** `npx vite build --logLevel warn` of the app into `outDir`; `minify: false` keeps names for a profile. */
export function buildApp(source: string, outDir: string, options: { minify?: boolean } = {}): void {
  const extra = options.minify === false ? ['--minify', 'false'] : [];
  const app = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir', ...extra], {
    cwd: source,
    stdio: 'inherit',
  });
  if (app.status !== 0) throw new Error('vite build of the app failed');
}

/** The vis-timeline page, under `outDir`. */
export async function buildVisPage(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: resolve(import.meta.dirname, 'vis'),
    base: './',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  });
}
