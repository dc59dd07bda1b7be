// @ts-check
const eslint = require('@eslint/js');
const tseslint = require('typescript-eslint');

/** What a shell must leave to core/view, as syntax: exported so that a test can show each is caught. */
const SHELL_DECIDES_NOTHING = [
  {
    selector: "CallExpression[callee.property.name=/^(toFixed|toPrecision|toExponential|toLocaleString)$/]",
    message: 'Numbers and percentages are formatted in src/core/view (formatNumbers.ts), once for every shell.',
  },
  { selector: "NewExpression[callee.property.name='NumberFormat']", message: 'Numbers are formatted in src/core/view, not with Intl here.' },
  { selector: "TemplateLiteral > TemplateElement[value.raw=/^%/]", message: 'A percentage is formatted in src/core/view (formatPercent, percentPoints).' },
  { selector: "MemberExpression[property.name='maxima']", message: "A category's state and maximum come from src/core/view (scoreView)." },
];

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
    // Every shell shows what core/view decided: no number or percentage formatted here, no category's state
    // worked out from maxima (one view in the core, so that no two shells can disagree).
    files: ['src/cli/**/*.ts', 'src/excel/**/*.ts', 'src/taskpane/**/*.{ts,tsx}', 'src/xlsx/**/*.ts', 'src/wps/**/*.ts', 'src/web/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': ['error', ...SHELL_DECIDES_NOTHING],
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
