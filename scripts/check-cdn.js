// After a build: the CDN file alone, on a page of another origin than the sandbox, registers the elements,
// loads an entry's data, sends no CORS preflight, and shows a translation loaded from beside it. Catches
// bundling mistakes the source tests cannot see.
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { startSandboxServer } from '../src/sandbox/index.js';
import { SEED } from '../src/sandbox/seed/ids.js';
import { CHROMIUM_ARGS, findChromium } from './check-browser.js';

const sandbox = await startSandboxServer({ port: 0, log: () => {} });
const page = `<!doctype html><html lang="en"><body>
<reach-order-panel entry-id="${SEED.entries.seminar12}"></reach-order-panel>
<clips-lab entry-id="${SEED.entries.seminar12}"></clips-lab>
<script type="module" src="/check.js"></script></body></html>`;
const script = `import '/reach-elements.js';
const answer = await fetch('${sandbox.url}/api_v3/service/session/action/start', { method: 'POST',
  body: new URLSearchParams({ format: '1', secret: '${SEED.secrets[SEED.partner].admin}', partnerId: '${SEED.partner}', type: '2', userId: 'cdn@example.com' }) });
const ks = await answer.json();
for (const element of document.querySelectorAll('reach-order-panel, clips-lab')) Object.assign(element, { serviceUrl: '${sandbox.url}', ks });`;
const files = { '/': ['text/html', page], '/check.js': ['text/javascript', script] };
/** The page and its script, and what the CDN folder holds (the file and the translations beside it). */
function served(path) {
  if (files[path]) return files[path];
  const file = join('dist/cdn', normalize(path));
  return file.startsWith('dist/cdn/') && existsSync(file) && statSync(file).isFile() ? ['text/javascript', readFileSync(file)] : undefined;
}
const pageServer = createServer((req, res) => {
  const [type, body] = served(req.url ?? '/') ?? ['text/plain', ''];
  res.writeHead(body ? 200 : 404, { 'Content-Type': type }).end(body);
}).listen(0, '127.0.0.1');
await new Promise((resolve) => pageServer.once('listening', resolve));

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const problems = [];
try {
  const tab = await browser.newPage();
  tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  tab.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} for ${response.url()}`);
  });
  const { port } = /** @type {import('node:net').AddressInfo} */ (pageServer.address());
  await tab.goto(`http://127.0.0.1:${port}/`);
  await tab.waitForFunction("document.querySelector('reach-order-panel')?.shadowRoot?.textContent?.includes('Photosynthesis Seminar')", null, { timeout: 15_000 });
  const { preflights, httpRequests } = sandbox.sandbox.stats;
  // A translation loads beside the file and renders, markup included.
  await tab.evaluate("document.documentElement.setAttribute('lang', 'he')");
  await tab.waitForFunction("/[\u0590-\u05ff]/.test(document.querySelector('reach-order-panel')?.shadowRoot?.textContent ?? '')", null, { timeout: 15_000 });
  await tab.waitForFunction("document.querySelector('clips-lab')?.shadowRoot?.querySelector('bdi')?.textContent?.startsWith('Photosynthesis Seminar')", null, { timeout: 15_000 });
  if (preflights !== 0) problems.push(`${preflights} CORS preflights`);
  console.log(`CDN file: the order panel loaded on another origin with ${httpRequests} request(s) and ${preflights} preflights.`);
} catch (error) {
  problems.push(error instanceof Error ? error.message : String(error));
} finally {
  await browser.close();
  pageServer.close();
  await sandbox.close();
}
if (problems.length > 0) {
  console.error(`The CDN file does not work on its own: ${problems.join('; ')}`);
  process.exit(1);
}
