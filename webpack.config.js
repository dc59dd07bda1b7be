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
 * The pane's messages for taskpane.html's notices (Internet Explorer, no JavaScript), which must be in the page
 * itself since none of our scripts runs there. paneMessages.ts imports nothing, so transpiling it alone is enough.
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
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Type-checking is `npm run lint`'s job (tsc -p tsconfig.taskpane.json).
            options: { configFile: 'tsconfig.taskpane.json', transpileOnly: true },
          },
        },
        // The engine is pure (no module-level effects), so whatever the pane does not use is left out.
        { test: /[\\/]src[\\/]core[\\/]/, sideEffects: false },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        template: 'src/taskpane/taskpane.html',
        filename: 'taskpane.html',
        // A module script: Internet Explorer never runs one, so on Office 2016/2019 only the page's notice shows.
        scriptLoading: 'module',
        inject: 'body',
        templateParameters: {
          officeJsUrl: localOfficeJs ? LOCAL_OFFICE_JS : CDN_OFFICE_JS,
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
