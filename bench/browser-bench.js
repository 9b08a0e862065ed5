// @ts-check
// What the browser benches share: an in-process sandbox (test controls on) served by Vite with the project's
// sources, one Chromium page, and a report of checks that decides the exit code.
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { createSandbox } from '../src/sandbox/index.js';
import { SEED } from '../src/sandbox/seed/ids.js';
import { CHROMIUM_ARGS, findChromium } from '../scripts/check-browser.js';

export async function startBrowserBench() {
  const sandbox = createSandbox({ testControls: true, log: () => {} });
  const vite = await createServer({
    configFile: false,
    root: new URL('..', import.meta.url).pathname,
    logLevel: 'error',
    server: { port: 0, host: '127.0.0.1' },
    plugins: [{ name: 'bench-sandbox', configureServer: (server) => void server.middlewares.use(sandbox.middleware) }],
  });
  await vite.listen();
  const address = vite.httpServer?.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  /** @type {boolean[]} */
  const results = [];
  return {
    sandbox,
    origin,
    page,
    /** An ADMIN KS of the seeded partner, valid for a year. */
    adminKs: () =>
      /** @type {string} */ (
        sandbox.call('session', 'start', {
          secret: SEED.secrets[SEED.partner].admin,
          partnerId: SEED.partner,
          type: 2,
          userId: 'bench@example.com',
          expiry: 365 * 86_400,
        })
      ),
    /** One check of the bench: printed at once, and the bench fails if any is not ok. */
    report(/** @type {string} */ name, /** @type {number | string} */ value, /** @type {boolean} */ ok) {
      results.push(ok);
      console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${value}`);
    },
    /** Closes the browser and the server. */
    async close() {
      await browser.close();
      await vite.close();
    },
    /** Whether every check was ok. */
    passed: () => results.every(Boolean),
  };
}
