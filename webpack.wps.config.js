// @ts-check
/**
 * The WPS 加载项's build: src/wps/addin → dist/wps/budget-perf_<version>/ (the add-in folder: index.html and
 * main.js with the ribbon's callbacks, ribbon.xml, WPS's manifest.xml, the task pane, the icons and a package.json
 * with addonType "et"), dist/wps/publish.xml (the offline mode's entry for jsaddons/publish.xml) and
 * dist/wps/budget-perf_<version>.zip (that folder, for an IT department to copy into each user's jsaddons).
 * The conventions (the `<name>_<version>` folder, publish.xml's `jsplugin` entry, addonType) are the wpsjs tool's.
 */
const fs = require('fs');
const path = require('path');
const ts = require('typescript');
const { zipSync } = require('fflate');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { name, version, description } = require('./package.json');

/** WPS's embedded Chromium: ES2017, as the Excel pane (webpack.config.js). */
const PANE_ECMA = 'es2017';
const FOLDER = `${name}_${version}`;

/** The WPS messages (zh-CN) for ribbon.xml, manifest.xml and the pages; wpsMessages.ts imports nothing. */
function wpsMessages() {
  const file = path.resolve(__dirname, 'src/core/messages/wpsMessages.ts');
  const { outputText } = ts.transpileModule(fs.readFileSync(file, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
    fileName: file,
  });
  const loaded = { exports: /** @type {Record<string, Record<string, string>>} */ ({}) };
  new Function('module', 'exports', outputText)(loaded, loaded.exports);
  return loaded.exports.wpsZh;
}

/** `{{key}}` replaced by the message, XML-escaped. */
function filled(/** @type {string} */ text, /** @type {Record<string, string>} */ messages) {
  const escape = (/** @type {string} */ s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  return text.replace(/\{\{([\w.]+)\}\}/g, (_, key) => {
    if (!(key in messages)) throw new Error(`no message ${key}`);
    return escape(messages[key]);
  });
}

/** The offline mode's publish.xml entry: WPS loads the folder `url` names from its jsaddons folder. */
function publishXml() {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<jsplugins>',
    `  <jsplugin name="${name}" type="et" url="${FOLDER}" version="${version}" enable="enable_dev" install="null"/>`,
    '</jsplugins>',
    '',
  ].join('\n');
}

/** After the build: publish.xml beside the folder, and the folder zipped with fflate under its own name. */
class PackagePlugin {
  apply(/** @type {import('webpack').Compiler} */ compiler) {
    compiler.hooks.afterEmit.tap('PackagePlugin', () => {
      const folder = /** @type {string} */ (compiler.options.output.path);
      const root = path.dirname(folder);
      /** @type {Record<string, Uint8Array>} */
      const files = {};
      for (const file of fs.readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
        const full = path.join(folder, file);
        if (fs.statSync(full).isFile()) files[`${FOLDER}/${file.split(path.sep).join('/')}`] = fs.readFileSync(full);
      }
      fs.writeFileSync(path.join(root, 'publish.xml'), publishXml());
      fs.writeFileSync(path.join(root, `${FOLDER}.zip`), zipSync(files, { level: 6 }));
    });
  }
}

/**
 * @param {Record<string, unknown>} _env
 * @param {{ mode?: 'production' | 'development' | 'none', outputPath?: string }} argv outputPath: where the add-in folder goes (tests)
 * @returns {import('webpack').Configuration}
 */
module.exports = (_env, argv) => {
  const mode = argv.mode ?? 'production';
  const messages = wpsMessages();
  const out = argv.outputPath ?? path.resolve(__dirname, 'dist/wps', FOLDER);
  return {
    mode,
    target: ['web', PANE_ECMA],
    entry: { main: './src/wps/addin/main.ts', taskpane: './src/wps/addin/pane.tsx' },
    output: {
      path: out,
      // main.js by that name: WPS opens index.html, which loads it; the pane's script is hashed against stale caches.
      filename: (data) => (data.chunk?.name === 'main' ? 'main.js' : '[name].[contenthash:8].js'),
      clean: true,
    },
    devtool: false,
    resolve: { extensions: ['.tsx', '.ts', '.js'], fallback: {} },
    module: {
      rules: [
        { test: /\.[cm]?[jt]sx?$/, loader: 'esbuild-loader', options: { target: PANE_ECMA, tsconfig: 'tsconfig.wps.json' } },
        { test: /[\\/]src[\\/]core[\\/]/, sideEffects: false },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({ template: 'src/wps/addin/index.html', filename: 'index.html', chunks: ['main'], templateParameters: { messages } }),
      new HtmlWebpackPlugin({ template: 'src/wps/addin/taskpane.html', filename: 'taskpane.html', chunks: ['taskpane'], templateParameters: { messages } }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
          { from: 'src/wps/addin/ribbon.xml', to: 'ribbon.xml', transform: (content) => filled(content.toString('utf8'), messages) },
          { from: 'src/wps/addin/manifest.xml', to: 'manifest.xml', transform: (content) => filled(content.toString('utf8'), messages) },
          {
            from: 'package.json',
            to: 'package.json',
            transform: () => `${JSON.stringify({ name, version, description, addonType: 'et' }, null, 2)}\n`,
          },
        ],
      }),
      new PackagePlugin(),
    ],
    performance: { hints: false },
  };
};
