import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

export default ts.config(
  {
    ignores: [
      '**/node_modules',
      '**/build',
      '**/build-before',
      '**/.svelte-kit',
      '.toolchain',
      '.data',
      '**/drizzle',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  { languageOptions: { globals: { ...globals.browser, ...globals.node } } },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser } },
  },
  {
    // Other packages use the API through the entries its package.json `exports` declares
    // (`@ventanilla/api/testing`), never through its source files by path.
    files: ['packages/**', 'apps/dashboard/**', 'apps/onboarding/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)api/src(/|$)',
              message: 'Import the API through a declared entry, e.g. @ventanilla/api/testing.',
            },
          ],
        },
      ],
    },
  },
  {
    // The API's test files share loaded modules (apps/api/vitest.config.ts, isolate: false): a
    // module mock would not reach a module an earlier file loaded, and a reset would load Pothos
    // plugins twice. A test passes a spy in instead.
    files: ['apps/api/**/*.test.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...['mock', 'doMock', 'resetModules'].map((property) => ({
          object: 'vi',
          property,
          message: 'API test files share modules: pass a spy in instead of mocking a module.',
        })),
      ],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
);
