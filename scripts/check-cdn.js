// After a build: the CDN files as a host page of another origin uses them, in Chromium. Three origins, as in
// production: the host page, the CDN (brotli or gzip, CORS) and the service (the sandbox). Checks that the loader
// and the one-file bundle each register the elements, load an entry's data with no CORS preflight and show a
// translation loaded from beside them; that a page in each language loads its translation on first use; that the
// loader fetches only what the page uses, each file once, and elements added later; then measures the bytes over the
// wire per page (written for `npm run size`, which enforces the budgets) and the time to the order panel's services
// on emulated fast 3G.
// `node scripts/check-cdn.js [folder]` measures another build of the CDN folder (default dist/cdn).
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, normalize, resolve } from 'node:path';
import { startSandboxServer } from '../src/sandbox/index.js';
import { SEED } from '../src/sandbox/seed/ids.js';
import { CHROMIUM_ARGS, findChromium } from './check-browser.js';
import { elementTags } from './entries.js';
import { WIRE_SIZES_FILE, brotlied, gzipped } from './cdn.js';

const cdnDir = resolve(process.argv[2] ?? 'dist/cdn');
const LOADER = 'reach-elements.js';
const BUNDLE = 'reach-elements.bundle.js';
/** Chrome DevTools' "Fast 3G" (as Lighthouse applies it): 1.6 Mbps down, 750 kbps up, 562.5 ms round trip. */
const FAST_3G = {
  offline: false,
  latency: 562.5,
  downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8,
  uploadThroughput: (750 * 1024 * 0.9) / 8,
};

if (!existsSync(join(cdnDir, LOADER))) {
  console.error(`${join(cdnDir, LOADER)} is missing: run \`npm run build\` first.`);
  process.exit(1);
}

const listen = async (server) => {
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;
};

const sandbox = await startSandboxServer({ port: 0, log: () => {} });
const session = await fetch(`${sandbox.url}/api_v3/service/session/action/start`, {
  method: 'POST',
  body: new URLSearchParams({
    format: '1',
    secret: SEED.secrets[SEED.partner].admin,
    partnerId: String(SEED.partner),
    type: '2',
    userId: 'cdn@example.com',
  }),
});
const ks = await session.json();

/** A file's body as the CDN sends it in each encoding (computed once). */
const encodedBodies = new Map();
const encoded = (file) => {
  let bodies = encodedBodies.get(file);
  if (!bodies) {
    const content = readFileSync(file);
    bodies = { gzip: gzipped(content), br: brotlied(content) };
    encodedBodies.set(file, bodies);
  }
  return bodies;
};

// The CDN: files readable from any origin (module scripts of another origin need CORS), compressed as jsDelivr and
// unpkg serve them: brotli to a browser that accepts it (Chromium does), else gzip.
const cdn = createServer((req, res) => {
  const file = join(cdnDir, normalize(new URL(req.url ?? '/', 'http://cdn').pathname));
  if (!file.startsWith(`${cdnDir}/`) || !existsSync(file) || !statSync(file).isFile()) return res.writeHead(404).end();
  const encoding = /\bbr\b/.test(req.headers['accept-encoding'] ?? '') ? 'br' : 'gzip';
  res
    .writeHead(200, {
      'Content-Type': 'text/javascript',
      'Content-Encoding': encoding,
      Vary: 'Accept-Encoding',
      'Access-Control-Allow-Origin': '*',
    })
    .end(encoded(file)[encoding]);
});
const cdnUrl = await listen(cdn);

const ELEMENT_MARKUP = {
  'reach-order-panel': `<reach-order-panel entry-id="${SEED.entries.seminar12}"></reach-order-panel>`,
  'clips-lab': `<clips-lab entry-id="${SEED.entries.seminar12}"></clips-lab>`,
  'reach-task-monitor': `<reach-task-monitor entry-id="${SEED.entries.seminar12}"></reach-task-monitor>`,
};
// The host page: its own markup, the CDN file and, as a host's backend would, a KS it minted for the page.
const host = createServer((req, res) => {
  const query = new URL(req.url ?? '/', 'http://host').searchParams;
  const tags = (query.get('tags') ?? '').split(',').filter(Boolean);
  const page = `<!doctype html><html lang="${query.get('lang') ?? 'en'}"><body>
${tags.map((tag) => ELEMENT_MARKUP[tag] ?? `<${tag}></${tag}>`).join('\n')}
<script type="module" src="${cdnUrl}/${query.get('file') ?? LOADER}"></script>
<script type="module">
for (const element of document.querySelectorAll('${tags.join(',') || 'none'}')) Object.assign(element, { serviceUrl: '${sandbox.url}', ks: '${ks}' });
</script></body></html>`;
  res.writeHead(200, { 'Content-Type': 'text/html' }).end(page);
});
const hostUrl = await listen(host);
const pageUrl = (file, tags, lang = 'en') => `${hostUrl}/?file=${file}&tags=${tags.join(',')}&lang=${lang}`;

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const problems = [];
// The panel's first choice: what is needed (need first), or the services themselves (a short catalog).
const servicesShown =
  "document.querySelector('reach-order-panel')?.shadowRoot?.querySelector('[part~=item], input[name=need]')";

/** Opens a page in a fresh context (empty cache) and records the CDN files it downloads and their bytes on the wire. */
async function open(url, { throttle = false, init = undefined } = {}) {
  const context = await browser.newContext();
  if (init) await context.addInitScript(init);
  const tab = await context.newPage();
  const downloads = [];
  tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  tab.on('requestfailed', (request) => problems.push(`failed: ${request.url()} (${request.failure()?.errorText})`));
  tab.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} for ${response.url()}`);
  });
  // Each file's sizes are read before the page closes (a part loaded on first use may finish last); what finishes
  // once the page is closing is past what the page was measured for.
  const reading = [];
  let closing = false;
  const recordDownload = async (request) => {
    const sizes = await request.sizes();
    const file = request.url().slice(cdnUrl.length + 1);
    const { gzip } = encoded(join(cdnDir, file));
    downloads.push({
      file,
      encoding: (await request.response())?.headers()['content-encoding'],
      bytes: sizes.responseBodySize + sizes.responseHeadersSize,
      // The same response from a CDN that serves only gzip.
      gzipBytes: gzip.length + sizes.responseHeadersSize,
    });
  };
  tab.on('requestfinished', (request) => {
    if (!closing && request.url().startsWith(cdnUrl)) reading.push(recordDownload(request));
  });
  if (throttle) await (await context.newCDPSession(tab)).send('Network.emulateNetworkConditions', FAST_3G);
  await tab.goto(url, { waitUntil: 'networkidle', timeout: 60_000 });
  return {
    tab,
    downloads,
    close: async () => {
      // Reading a size may let another file finish: wait until no new one came in.
      for (let read = -1; read !== reading.length; ) {
        read = reading.length;
        await Promise.all(reading);
      }
      closing = true;
      await context.close();
    },
  };
}

const wait = (tab, condition, what) =>
  tab.waitForFunction(condition, null, { timeout: 15_000 }).catch(() => problems.push(`${what} did not happen`));

/** Elements register, load data from the service of another origin, and follow the page's language. */
async function checkWorks(file) {
  const before = sandbox.sandbox.stats.preflights;
  const { tab, downloads, close } = await open(pageUrl(file, ['reach-order-panel', 'clips-lab']));
  await wait(
    tab,
    "document.querySelector('reach-order-panel')?.shadowRoot?.textContent?.includes('Photosynthesis Seminar')",
    `${file}: the order panel showing its entry`,
  );
  await tab.evaluate("document.documentElement.setAttribute('lang', 'he')");
  await wait(
    tab,
    "/[\u0590-\u05ff]/.test(document.querySelector('reach-order-panel')?.shadowRoot?.textContent ?? '')",
    `${file}: the Hebrew translation`,
  );
  await wait(
    tab,
    "document.querySelector('clips-lab')?.shadowRoot?.querySelector('bdi')?.textContent?.startsWith('Photosynthesis Seminar')",
    `${file}: the clips lab showing its entry`,
  );
  // Added after the page loaded, as a single-page app does.
  await tab.evaluate(
    "document.body.append(Object.assign(document.createElement('reach-task-monitor'), { serviceUrl: '" +
      sandbox.url +
      "', ks: '" +
      ks +
      "' }))",
  );
  await wait(
    tab,
    "customElements.get('reach-task-monitor') !== undefined",
    `${file}: an element added later being defined`,
  );
  const preflights = sandbox.sandbox.stats.preflights - before;
  if (preflights !== 0) problems.push(`${file}: ${preflights} CORS preflights`);
  const files = downloads.map((download) => download.file);
  const twice = files.filter((name, index) => files.indexOf(name) !== index);
  if (twice.length > 0) problems.push(`${file}: downloaded twice: ${twice.join(', ')}`);
  await close();
}

await checkWorks(LOADER);
if (existsSync(join(cdnDir, BUNDLE))) await checkWorks(BUNDLE);

/** Each translation's plain messages (no placeholders, no markup), read from its source. */
const translatedMessages = (locale) =>
  [...readFileSync(`src/i18n/locales/${locale}.ts`, 'utf8').matchAll(/^'[^']+': `([^`$<]+)`,?$/gm)].map(
    ([, text]) => text,
  );
const panelText = "document.querySelector('reach-order-panel')?.shadowRoot?.textContent ?? ''";
const englishPage = await open(pageUrl(LOADER, ['reach-order-panel']));
await wait(englishPage.tab, servicesShown, 'an English page showing the services');
const englishText = await englishPage.tab.evaluate(panelText);
await englishPage.close();

// A page in each language from the start: the loader fetches the translation along with the element's code, and
// the panel shows messages of that translation that the English page does not.
const locales = readdirSync('src/i18n/locales').map((file) => file.replace(/\.ts$/, ''));
for (const locale of locales) {
  const page = await open(pageUrl(LOADER, ['reach-order-panel'], locale));
  const messages = translatedMessages(locale).filter((text) => text.length > 3 && !englishText.includes(text));
  await wait(
    page.tab,
    `${servicesShown} && ${JSON.stringify(messages)}.filter((text) => (${panelText}).includes(text)).length >= 3`,
    `a page in ${locale} showing its translation`,
  );
  if (!page.downloads.some(({ file }) => file === `locales/${locale}.js`))
    problems.push(`a page in ${locale} did not load locales/${locale}.js`);
  await page.close();
}

/** What a page using only `tags` downloads from the CDN. */
async function wireBytes(tags) {
  const { tab, downloads, close } = await open(pageUrl(LOADER, tags));
  if (tags.length > 0) await wait(tab, `customElements.get('${tags[0]}') !== undefined`, `<${tags[0]}> being defined`);
  await tab.waitForLoadState('networkidle');
  await close();
  const unused = downloads.filter(
    ({ file }) => file.startsWith('elements/') && !tags.some((tag) => file === `elements/${tag}.js`),
  );
  if (unused.length > 0)
    problems.push(
      `a page with ${tags.join(', ') || 'no element'} downloaded ${unused.map(({ file }) => file).join(', ')}`,
    );
  if (downloads.some(({ encoding }) => encoding !== 'br')) problems.push('Chromium did not take the files in brotli');
  const total = (key) => downloads.reduce((sum, download) => sum + download[key], 0);
  return { brotli: total('bytes'), gzip: total('gzipBytes') };
}

const wire = { loader: await wireBytes([]), elements: {} };
for (const tag of elementTags()) wire.elements[tag] = await wireBytes([tag]);

/**
 * Milliseconds from navigation to the order panel's services, on fast 3G with an empty cache; in Hebrew, to the
 * services in Hebrew (the translation is fetched beside the code).
 */
async function timeToServices(file, lang = 'en') {
  const shownInLanguage = lang === 'he' ? `${servicesShown} && /[\u0590-\u05ff]/.test(${panelText})` : servicesShown;
  // Noted by the page itself, every frame from its start: the page has loaded (network quiet) before `open` returns.
  const noteWhenShown = `const note = () => ${shownInLanguage} ? (window.servicesShownAt = performance.now()) :
    requestAnimationFrame(note); requestAnimationFrame(note);`;
  const url = pageUrl(file, ['reach-order-panel'], lang);
  const { tab, close } = await open(url, { throttle: true, init: noteWhenShown });
  const shown = await tab.waitForFunction('window.servicesShownAt', null, { timeout: 60_000 }).catch(() => undefined);
  const ms = shown ? Math.round(Number(await shown.jsonValue())) : NaN;
  await close();
  if (!shown) problems.push(`${file} in ${lang} on fast 3G: the order panel never showed its services`);
  return ms;
}
const fast3g = { [LOADER]: await timeToServices(LOADER), [`${LOADER}, in Hebrew`]: await timeToServices(LOADER, 'he') };
if (existsSync(join(cdnDir, BUNDLE))) fast3g[BUNDLE] = await timeToServices(BUNDLE);

await browser.close();
host.close();
cdn.close();
await sandbox.close();

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const sizes = ({ brotli, gzip }) => `${kb(brotli)} brotli, ${kb(gzip)} gzip`;
console.log(`Bytes over the wire from the CDN (headers included), for a host page of another origin:`);
console.log(`  the loader alone: ${sizes(wire.loader)}`);
for (const [tag, bytes] of Object.entries(wire.elements)) console.log(`  a page with only <${tag}>: ${sizes(bytes)}`);
for (const [file, ms] of Object.entries(fast3g))
  console.log(`Fast 3G, ${file}: the order panel shows its services after ${ms} ms`);
if (!process.argv[2]) writeFileSync(WIRE_SIZES_FILE, `${JSON.stringify({ ...wire, fast3g }, null, 2)}\n`);

if (problems.length > 0) {
  console.error(`The CDN files do not work as a host page uses them:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
