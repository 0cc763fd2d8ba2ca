import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { embedBuild } from './src/embed/vite-plugin.ts';

export default defineConfig({
  // A relative base lets the built site run unchanged from any sub-folder of any static host.
  base: './',
  plugins: [svelte(), svelteTesting(), ...embedBuild()],
  build: {
    // The app, and the page inside the iframe embed. embedBuild() adds the data files and
    // the custom element, the iframe page's script and the iframe resizer under dist/embed/.
    rolldownOptions: {
      input: { index: 'index.html', embed: 'embed.html' },
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
