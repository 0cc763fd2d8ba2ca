// ESLint for the whole tree (`npm run lint`, part of `npm test`). It lives beside the CI
// script because the project's top level is kept to the files a reader needs; patterns are
// relative to the folder npm runs in, the project's root.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

export default ts.config(
  { ignores: ['dist/**', 'lib/**', 'node_modules/**', 'tests/browser/screenshots/**', 'tests/bench/results/**'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  prettier,
  ...svelte.configs.prettier,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
  },
  {
    rules: {
      // `_`-prefixed names say "unused on purpose", as in destructuring that drops a field.
      // The story's indexes and the view's lookups are built once in a constructor or a derived
      // and never changed after: a SvelteMap would make every read a signal for nothing.
      'svelte/prefer-svelte-reactivity': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
);
