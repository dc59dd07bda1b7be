// @ts-check
/**
 * The offline web page's build: ONE self-contained HTML file, dist/web/绩效自评助手.html (and an ASCII-named copy,
 * budget-perf.html, for mail systems and intranet servers that mangle Chinese file names). Two compilations:
 * the engine's worker (src/web/engine/engineWorker.ts: the core and the file shell) and the page (src/web/index.tsx:
 * the pane's components), both ES2017 as the pane is; the page's compilation then writes both scripts, as text,
 * into src/web/page.html, whose ES5 loader runs them only where they can run. Nothing is fetched: no CDN, no
 * font (the system's Chinese fonts draw the text), no second file.
 */
const fs = require('fs');
const path = require('path');
const ts = require('typescript');
const { sources } = require('webpack');

const ECMA = 'es2017';
const BUILD = path.resolve(__dirname, 'dist/web-build');
const OUT = path.resolve(__dirname, 'dist/web');
const NAMES = ['绩效自评助手.html', 'budget-perf.html'];

/** The page's messages for its notices, from webMessages.ts (which imports nothing, so transpiling it alone is enough). */
function webMessages() {
  const file = path.resolve(__dirname, 'src/core/messages/webMessages.ts');
  const { outputText } = ts.transpileModule(fs.readFileSync(file, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
    fileName: file,
  });
  const loaded = { exports: /** @type {Record<string, Record<string, string>>} */ ({}) };
  new Function('module', 'exports', outputText)(loaded, loaded.exports);
  return { zh: loaded.exports.webZh, en: loaded.exports.webEn };
}

/** @param {string} text */
function escapeHtml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * A script as the text of a <script> element: `</script`, `<script` and `<!--` would end or confuse the element,
 * so their `<` is written `\x3c`, which means `<` in every place such text can be in minified code (a string, a
 * template, a regular expression); in a comment it is harmless.
 * @param {string} code
 */
function asScriptText(code) {
  return code.replace(/<(\/?script|!--)/gi, '\\x3c$1');
}

/**
 * @param {string} name @param {string} entry @param {'web' | 'webworker'} target
 * @param {'production' | 'development' | 'none'} mode @param {string} buildDir
 * @returns {import('webpack').Configuration}
 */
function bundle(name, entry, target, mode, buildDir) {
  return {
    name,
    mode,
    target: [target, ECMA],
    context: __dirname,
    entry: { [name]: entry },
    output: { path: buildDir, filename: '[name].js', clean: false },
    devtool: false,
    resolve: { extensions: ['.tsx', '.ts', '.js'], fallback: {} },
    module: {
      rules: [
        { test: /\.[cm]?[jt]sx?$/, loader: 'esbuild-loader', options: { target: ECMA, tsconfig: 'tsconfig.web.json' } },
        { test: /[\\/]src[\\/]core[\\/]/, sideEffects: false },
      ],
    },
    // One file, so one chunk each: no runtime chunk loading, which from file:// could only fail.
    optimization: { splitChunks: false, runtimeChunk: false },
    performance: { hints: false },
  };
}

/** Writes the HTML once the page's script is emitted (the engine's compilation ran first: `dependencies`). */
class InlinePagePlugin {
  /** @param {string} buildDir @param {string} outDir */
  constructor(buildDir, outDir) {
    this.buildDir = buildDir;
    this.outDir = outDir;
  }

  /** @param {import('webpack').Compiler} compiler */
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('InlinePagePlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'InlinePagePlugin', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const page = compilation.getAsset('page.js');
        if (!page) throw new Error('the page script was not emitted');
        const engine = fs.readFileSync(path.join(this.buildDir, 'engine.js'), 'utf8');
        const html = pageHtml(engine, page.source.source().toString());
        compilation.deleteAsset('page.js');
        for (const name of NAMES) compilation.emitAsset(path.relative(this.buildDir, path.join(this.outDir, name)), new sources.RawSource(html));
      });
    });
  }
}

/** @param {string} engine @param {string} page */
function pageHtml(engine, page) {
  const messages = webMessages();
  const template = fs.readFileSync(path.resolve(__dirname, 'src/web/page.html'), 'utf8');
  return template.replace(/\{\{(zh|en):([\w.]+)\}\}|\{\{(engine|page)\}\}/g, (whole, lang, key, script) => {
    if (script === 'engine') return asScriptText(engine);
    if (script === 'page') return asScriptText(page);
    const text = messages[lang][key];
    if (text === undefined) throw new Error(`page.html names ${whole}, which webMessages.ts does not have`);
    return escapeHtml(text);
  });
}

/**
 * The two compilations, the page's writing NAMES into `outDir` (the tests build into a folder of their own).
 * @param {'production' | 'development' | 'none'} mode @param {string} buildDir @param {string} outDir
 * @returns {import('webpack').Configuration[]}
 */
function webConfigs(mode, buildDir = BUILD, outDir = OUT) {
  const engine = bundle('engine', './src/web/engine/engineWorker.ts', 'webworker', mode, buildDir);
  const page = { ...bundle('page', './src/web/index.tsx', 'web', mode, buildDir), dependencies: ['engine'], plugins: [new InlinePagePlugin(buildDir, outDir)] };
  return [engine, page];
}

/** @param {unknown} _env @param {{ mode?: 'production' | 'development' | 'none' }} argv */
module.exports = (_env, argv) => webConfigs(argv.mode ?? 'production');
module.exports.webConfigs = webConfigs;
module.exports.PAGE_NAMES = NAMES;
