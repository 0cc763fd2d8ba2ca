// `npm run test:browser`: finds Chromium (see find-chromium.mjs), builds the static site
// once, then runs the browser tests against it. The site goes to dist/, or to DIST_DIR when
// set (DIST_DIR=/tmp/my-dist npm run test:browser), which the size check and the tests read.
import { spawnSync } from 'node:child_process';
import { findChromium } from './find-chromium.mjs';

const chromium = findChromium();
if (!chromium) {
  console.error('No Chromium found: install one (Debian: sudo apt-get install chromium) or set CHROMIUM_PATH=/path/to/chromium.');
  process.exit(1);
}
const env = { ...process.env, CHROMIUM_PATH: chromium };
const run = (cmd, args) => {
  const { status } = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (status !== 0) process.exit(status ?? 1);
};
const outDir = process.env.DIST_DIR ? ['--outDir', process.env.DIST_DIR, '--emptyOutDir'] : [];
run('npx', ['vite', 'build', '--logLevel', 'warn', ...outDir]);
run('node', ['tests/size-budget.mjs']);
run('npx', ['vitest', 'run', '--project', 'browser', ...process.argv.slice(2)]);
