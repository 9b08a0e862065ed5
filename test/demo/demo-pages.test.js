/// <reference lib="dom" />
// The demo as a new user meets it (`npm start`): the front door and every demo page it links open in Chromium with
// no console error, no failed request and no element left loading once the network is quiet. The pages run on the
// real dev server (vite.config.ts, the sandbox on the same origin); the drop-in page's CDN file is built in memory
// by that server, so this needs no `npm run build` first.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/check-browser.js';

/** Every translation of the elements' "Loading…" messages: an element showing one is still loading. */
function loadingTexts() {
  const texts = new Set();
  for (const file of readdirSync('src/i18n/xliff').filter((name) => name.endsWith('.xlf'))) {
    const xliff = readFileSync(`src/i18n/xliff/${file}`, 'utf8');
    for (const [, unit] of xliff.matchAll(/<trans-unit\b[^>]*>([\s\S]*?)<\/trans-unit>/g)) {
      const text = (tag) => unit.match(new RegExp(`<${tag}>([^<]*)</${tag}>`))?.[1];
      if (!text('source')?.startsWith('Loading')) continue;
      texts.add(text('source'));
      if (text('target')) texts.add(text('target'));
    }
  }
  return [...texts];
}

/** Runs in the page: the REACH elements not yet defined, and those whose shadow tree shows a loading message. */
function stuckElements(loading) {
  const tags = /^(reach-|clips-lab$)/;
  const stuck = [];
  const visit = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (!tags.test(element.localName)) continue;
      if (!customElements.get(element.localName)) stuck.push(`<${element.localName}> never defined`);
      const shown = element.shadowRoot?.textContent ?? '';
      const message = loading.find((text) => shown.includes(text));
      if (message) stuck.push(`<${element.localName}> still shows "${message}"`);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(document);
  return stuck;
}

let server;
let browser;
let origin;

before(async () => {
  server = await createServer({
    configFile: 'vite.config.ts',
    logLevel: 'error',
    server: { port: 0, host: '127.0.0.1' },
  });
  await server.listen();
  const address = server.httpServer?.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens `path`, waits for the network to be quiet, and lists what a person or the console would see go wrong. */
async function problemsOn(path) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} for ${response.url()}`);
  });
  page.on('requestfailed', (request) => {
    // ERR_ABORTED is the page itself dropping a request it no longer needs (a video changing source), not a failure.
    const reason = request.failure()?.errorText;
    if (reason !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()} (${reason})`);
  });
  try {
    await page.goto(`${origin}${path}`, { waitUntil: 'networkidle', timeout: 60_000 });
    problems.push(...(await page.evaluate(stuckElements, loadingTexts())));
    const links = await page.$$eval('a[href^="/"]', (anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    return { problems, links };
  } finally {
    await page.close();
  }
}

test('the front door and every demo page it links open clean', { timeout: 300_000 }, async () => {
  const front = await problemsOn('/');
  assert.deepEqual(front.problems, [], 'on the front door');
  const demos = [...new Set(front.links.filter((href) => href.startsWith('/demo/')))];
  assert.ok(demos.length >= 6, `the front door links the demo pages (found ${demos.join(', ')})`);
  const failures = [];
  for (const demo of demos) {
    const { problems } = await problemsOn(demo);
    if (problems.length > 0) failures.push(`${demo}:\n  ${problems.join('\n  ')}`);
  }
  assert.deepEqual(failures, []);
});
