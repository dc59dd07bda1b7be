import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type Page, type Route } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`): no test tool downloads a browser here. */
export const CHROMIUM = '/usr/bin/chromium';

/**
 * Headless, sandbox off (CI runs as root), and none of Chromium's own calls to Google's servers: on a closed
 * network they fail, many at a time.
 */
const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-default-apps', '--disable-extensions',
];

export async function launch(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: the pane's browser tests need Debian's Chromium (apt-get install -y chromium fonts-noto-cjk; .ci/run does it)`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/** Where taskpane.html loads office.js from by default; the tests answer for Microsoft's CDN. */
export const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';

const OFFICE_JS_DIST = path.resolve(__dirname, '..', '..', '..', 'node_modules', '@microsoft', 'office-js', 'dist');

/** Answers the CDN from the @microsoft/office-js package: the real office.js and the files it loads next. */
export async function routeRealOfficeJs(page: Page): Promise<string[]> {
  const served: string[] = [];
  await page.route(`${OFFICE_CDN}**`, async (route: Route) => {
    const name = decodeURIComponent(new URL(route.request().url()).pathname.replace('/lib/1/hosted/', ''));
    const file = path.join(OFFICE_JS_DIST, name);
    if (!file.startsWith(OFFICE_JS_DIST) || !fs.existsSync(file)) return route.fulfill({ status: 404, body: '' });
    served.push(name);
    return route.fulfill({ status: 200, contentType: 'text/javascript', body: fs.readFileSync(file) });
  });
  return served;
}

/** Answers the CDN's office.js with the stand-in script built from officeStandIn.ts. */
export async function routeStandIn(page: Page, standInFile: string): Promise<void> {
  await page.route(`${OFFICE_CDN}office.js`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: fs.readFileSync(standInFile) }),
  );
}

/** Console errors and uncaught exceptions of a page, for a test to assert there were none. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}
