import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import webpack, { type Configuration } from 'webpack';

const ROOT = path.resolve(__dirname, '..', '..', '..');

export function compile(config: Configuration): Promise<void> {
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString({ all: false, errors: true })));
      else resolve();
    });
  });
}

/**
 * The pane as `npm run build` makes it (the project's own webpack config, production mode), into `outDir`;
 * `officeJs: 'local'` as `OFFICE_JS=local npm run build` makes it.
 */
export async function buildPane(outDir: string, options: { officeJs?: 'local' } = {}): Promise<void> {
  // The project's config is plain CommonJS, loaded as webpack-cli loads it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const factory = require(path.join(ROOT, 'webpack.config.js')) as (env: object, argv: object) => Promise<Configuration>;
  const before = process.env.OFFICE_JS;
  process.env.OFFICE_JS = options.officeJs ?? '';
  let config: Configuration;
  try {
    config = await factory({}, { mode: 'production' });
  } finally {
    if (before === undefined) delete process.env.OFFICE_JS;
    else process.env.OFFICE_JS = before;
  }
  await compile({ ...config, output: { ...config.output, path: outDir }, performance: { hints: false } });
}

/** officeStandIn.ts as one script, `office-stand-in.js` in `outDir`. */
export async function buildStandIn(outDir: string): Promise<void> {
  await compile({
    mode: 'development',
    devtool: false,
    context: ROOT,
    entry: path.join(__dirname, 'officeStandIn.ts'),
    output: { path: outDir, filename: 'office-stand-in.js' },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [{ test: /\.ts$/, exclude: /node_modules/, loader: 'esbuild-loader', options: { target: 'es2017', tsconfig: 'tsconfig.taskpane.json' } }],
    },
  });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.json': 'application/json',
};

/** A static server over `dir` on a free loopback port, as an IT department's web server would host dist/addin. */
export async function serve(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((request, response) => {
    const file = path.join(dir, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
