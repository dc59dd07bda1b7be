// @ts-check
/**
 * The task pane's build: src/taskpane → dist/addin (taskpane.html, one hashed bundle, the icons and the
 * manifest). `npm run build` runs it after the CLI's tsc; `npm run dev-server` serves it on
 * https://localhost:3000 for `npm start` (sideloading).
 *
 * Environment:
 *   OFFICE_JS=local  serve office.js from the @microsoft/office-js package (the whole dist folder, locale
 *                    files included, copied to dist/addin/office-js/) instead of Microsoft's CDN, for
 *                    intranets that cannot reach appsforoffice.microsoft.com. Microsoft supports only the CDN.
 *   ADDIN_URL=https://host/path/   where the add-in is hosted: replaces https://localhost:3000/ in the copied
 *                    manifest.xml (must end with /).
 */
const fs = require('fs');
const path = require('path');
const ts = require('typescript');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const CDN_OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const LOCAL_OFFICE_JS = 'office-js/office.js';
const DEV_URL = 'https://localhost:3000/';
const OUT = path.resolve(__dirname, 'dist/addin');
/**
 * The pane's script runs in Edge Legacy (EdgeHTML, ES2017 at most) on Office 2016/2019 retail without WebView2 and
 * Microsoft 365 builds 16.0.11629–16.0.13530 on Windows 10, and in older Safari on older Macs: taskpane.html's loader
 * checks for what the script needs and loads it only then (test/taskpane/browser parses every script at ES2017).
 */
const PANE_ECMA = 'es2017';

/**
 * The pane's messages for taskpane.html's notices (an engine too old for the pane, office.js not loaded, no
 * JavaScript), which must be in the page itself since the pane's script does not run there. paneMessages.ts imports nothing, so transpiling it alone is enough.
 */
function paneMessages() {
  const file = path.resolve(__dirname, 'src/core/messages/paneMessages.ts');
  const { outputText } = ts.transpileModule(fs.readFileSync(file, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
    fileName: file,
  });
  const loaded = { exports: /** @type {Record<string, Record<string, string>>} */ ({}) };
  new Function('module', 'exports', outputText)(loaded, loaded.exports);
  return { zh: loaded.exports.paneZh, en: loaded.exports.paneEn };
}

/** The hosting address for the manifest: ADDIN_URL, checked, or the dev server's. */
function addinUrl() {
  const url = process.env.ADDIN_URL;
  if (url === undefined || url === '') return DEV_URL;
  if (!/^https:\/\/[^\s]+\/$/.test(url)) {
    throw new Error(`ADDIN_URL must be an https:// address ending with /, e.g. https://intranet.example/budget-perf/ (got ${url})`);
  }
  return url;
}

/**
 * @param {Record<string, unknown>} env webpack-cli's env (WEBPACK_SERVE is set by `webpack serve`)
 * @param {{ mode?: 'production' | 'development' | 'none' }} argv
 * @returns {Promise<import('webpack').Configuration>}
 */
module.exports = async (env, argv) => {
  const mode = argv.mode ?? 'production';
  const serving = Boolean(env.WEBPACK_SERVE);
  const localOfficeJs = process.env.OFFICE_JS === 'local';
  const manifestUrl = addinUrl();

  /** @type {import('copy-webpack-plugin').Pattern[]} */
  const copies = [
    { from: 'assets/icon-*.png', to: 'assets/[name][ext]', noErrorOnMissing: true },
    // The manifest's SupportUrl and the ribbon's 'learn more' link.
    { from: 'src/taskpane/help.html', to: 'help.html' },
    {
      from: 'manifest.xml',
      to: 'manifest.xml',
      noErrorOnMissing: true,
      transform: (content) => content.toString('utf8').split(DEV_URL).join(manifestUrl),
    },
  ];
  // Verbatim (`minimized`: Terser leaves them alone), every file, dotfiles included: users of the npm copy report
  // missing files when only part of it is deployed.
  if (localOfficeJs) {
    copies.push({
      from: 'node_modules/@microsoft/office-js/dist',
      to: 'office-js',
      globOptions: { dot: true },
      info: { minimized: true },
    });
  }

  /** @type {import('webpack').Configuration} */
  const config = {
    mode,
    // Webpack's own runtime and chunk loading in ES2017 too (it sets output.environment from this).
    target: ['web', PANE_ECMA],
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: {
      path: OUT,
      filename: '[name].[contenthash:8].js',
      clean: true,
    },
    devtool: mode === 'production' ? false : 'source-map',
    resolve: {
      extensions: ['.tsx', '.ts', '.js'],
      // The pane runs in a browser: a Node built-in reaching the bundle is a mistake to fail on, not to polyfill.
      fallback: {},
    },
    module: {
      rules: [
        // Our TypeScript and every library (React, Fluent UI, griffel ship ES2019–ES2022 syntax) lowered to
        // ES2017 by esbuild: one small, fast, well-kept loader for both, where Babel would need a preset and
        // dozens of plugins, and tsc cannot read the libraries. Type-checking is `npm run lint`'s job.
        {
          test: /\.[cm]?[jt]sx?$/,
          loader: 'esbuild-loader',
          options: { target: PANE_ECMA, tsconfig: 'tsconfig.taskpane.json' },
        },
        // The engine is pure (no module-level effects), so whatever the pane does not use is left out.
        { test: /[\\/]src[\\/]core[\\/]/, sideEffects: false },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        template: 'src/taskpane/taskpane.html',
        filename: 'taskpane.html',
        // The page's loader adds the script itself, once it has checked that the engine can run it.
        inject: false,
        templateParameters: {
          officeJsUrl: localOfficeJs ? LOCAL_OFFICE_JS : CDN_OFFICE_JS,
          localOfficeJs,
          messages: paneMessages(),
        },
      }),
      new CopyWebpackPlugin({ patterns: copies }),
    ],
    performance: {
      // Uncompressed sizes: the acceptance is 350 KB gzip for the pane's JS, about 1.1 MB minified.
      hints: mode === 'production' ? 'warning' : false,
      maxAssetSize: 1200 * 1024,
      maxEntrypointSize: 1200 * 1024,
      assetFilter: (file) => /^taskpane\.[0-9a-f]+\.js$/.test(file),
    },
  };

  if (serving) {
    // Only `webpack serve` needs the trusted localhost certificate (created on first use by office-addin-dev-certs).
    const devCerts = require('office-addin-dev-certs');
    config.devServer = {
      port: 3000,
      server: { type: 'https', options: await devCerts.getHttpsServerOptions() },
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      hot: false,
    };
  }
  return config;
};
