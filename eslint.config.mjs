import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';

export default tseslint.config(
  { ignores: ['dist/**', 'storybook-static/**', 'bench/shots/**', 'coverage/**', 'src/generated/**', 'node_modules/**', 'examples/**', '*.config.*', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  litConfigs['flat/recommended'],
  wcConfigs['flat/recommended'],
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.mocha },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Lit binds `@click=${this.handler}` to the element: not an unbound method.
      '@typescript-eslint/unbound-method': 'off',
      // Text is rendered as text: no unsafeHTML, no innerHTML anywhere in the library.
      'no-restricted-imports': ['error', { paths: [
        { name: 'lit/directives/unsafe-html.js', message: 'Render text as text (strict CSP, hostile strings).' },
        { name: 'lit/directives/unsafe-svg.js', message: 'Render text as text (strict CSP, hostile strings).' },
        { name: 'lit/directives/style-map.js', message: 'No inline styles: strict CSP pages block them.' },
      ] }],
      'no-restricted-properties': ['error',
        { property: 'innerHTML', message: 'Render text as text.' },
        { property: 'outerHTML', message: 'Render text as text.' },
        { property: 'insertAdjacentHTML', message: 'Render text as text.' },
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
);
