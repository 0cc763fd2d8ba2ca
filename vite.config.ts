import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import type { Plugin } from 'vite';
import { embedBuild } from './src/embed/vite-plugin.ts';
import { paletteInStyles } from './src/theme/preprocess.ts';
import { prerenderPage } from './src/app/vite-prerender.ts';

// No svelte.config.js: the options are here, and saying so keeps the plugin from looking for one.
const svelteWithPalette = () => svelte({ configFile: false, preprocess: [paletteInStyles()] });

/**
 * The pages carry a strict Content-Security-Policy, which the built site honours (the
 * browser tests count violations). Vite's dev server injects styles inline for hot
 * reload, which that policy forbids, so `npm start` serves the pages without it.
 */
function relaxCspInDev(): Plugin {
  return {
    name: 'relax-csp-in-dev',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/\s*<meta\s+http-equiv="Content-Security-Policy"[^>]*>/, ''),
  };
}

export default defineConfig({
  // A relative base lets the built site run unchanged from any sub-folder of any static host.
  base: './',
  plugins: [svelteWithPalette(), svelteTesting(), relaxCspInDev(), prerenderPage(() => [svelteWithPalette()]), ...embedBuild()],
  // Pre-bundled when the dev server starts: found later (the suggester is loaded on demand),
  // Vite would re-bundle them and reload the page, and the editor would lose what the studio showed.
  optimizeDeps: { include: ['chrono-node', 'compromise', 'idb-keyval', 'fflate'] },
  // The studio's suggester runs in a module worker (src/studio/suggestWorker.ts), which imports its libraries.
  worker: { format: 'es' },
  build: {
    // The app, the page inside the iframe embed, and the studio (its own bundle, loaded only
    // there). embedBuild() adds the data files and the custom element, the iframe page's
    // script and the iframe resizer under dist/embed/.
    rolldownOptions: {
      input: { index: 'index.html', embed: 'embed.html', studio: 'studio.html' },
      // Rolldown reports plugins that took over a second: on two shared cores that says how busy
      // the machine was, not what the code does, and a warning in the test log is a failure here.
      checks: { bundlerTimings: false },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.ts'],
          environment: 'jsdom',
          setupFiles: ['tests/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Chromium at a time: these machines have two shared cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
