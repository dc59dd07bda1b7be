// @ts-check
const eslint = require('@eslint/js');
const tseslint = require('typescript-eslint');

module.exports = tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '*.config.js', 'eslint.config.js'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // A message template in plain quotes never shows its value (STYLE.md).
      'no-template-curly-in-string': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Plain CommonJS that jest loads as it is.
    files: ['test/**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { process: 'readonly', module: 'writable' } },
  },
  {
    // The task pane runs in Office's webview: no ExcelJS (it would triple the bundle), no file shell, no CLI, no Node.
    files: ['src/taskpane/**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['exceljs', 'exceljs/*', 'node:*', 'fs', 'path', 'os', 'child_process', 'commander'], message: 'The pane runs in a browser (DESIGN.md).' },
          { regex: '(^|/)(xlsx|cli)(/|$)', message: 'The pane never imports src/xlsx or src/cli: ExcelJS must not reach its bundle.' },
        ],
      }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: ['exceljs', 'react', 'react-dom', '@fluentui/*', 'office-addin-*', 'node:*', 'fs', 'path', 'os', 'child_process'],
      }],
    },
  },
);
