// The KS recipe (examples/ks-server) against the sandbox over real HTTP: the backend mints, through Kaltura's
// official client, the session each element needs, and the sandbox accepts it with just those rights.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { startSandboxServer } from '../../src/sandbox/index.js';
import { SEED } from '../../src/sandbox/seed/ids.js';
import { chromium } from 'playwright-core';
import { createKsHandler } from '../../examples/ks-server/server.js';
import { buildCdn } from '../../scripts/cdn.js';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/check-browser.js';
import { USER_KS_SECONDS } from '../../examples/ks-server/ks-policy.js';

const SECRET = SEED.secrets[SEED.partner].admin;
const LECTURER = SEED.users.lecturer;
/** The lecturer may edit the seminar (in the host's own rules), nothing else; no cookie, no user. */
const signedInUser = (req) =>
  req.headers.cookie === 'session=lecturer'
    ? { id: LECTURER, mayEdit: (entryId) => entryId === SEED.entries.seminar12, isModerator: false }
    : undefined;

let sandbox;
let backend;
let backendUrl;
/** @type {Promise<Map<string, string | Uint8Array>> | undefined} */
let cdnFiles;

/**
 * The host's site: its login (a cookie), the KS route of the example, a page with the order panel, and the CDN files
 * (built in memory). The page's script asks the route for a KS, as the README shows; the service is the sandbox.
 */
function hostSite(handler) {
  const page = `<!doctype html><html lang="en"><body>
<reach-order-panel entry-id="${SEED.entries.seminar12}"></reach-order-panel>
<script type="module" src="/cdn/reach-elements.js"></script>
<script type="module" src="/page.js"></script></body></html>`;
  // The README's recipe, with counts of the KS events for the test to read.
  const script = `const panel = document.querySelector('reach-order-panel');
panel.serviceUrl = '${sandbox.url}';
panel.addEventListener('reach-error', (event) => (document.body.dataset.error = event.code));
const count = (name) => (document.body.dataset[name] = String(Number(document.body.dataset[name] ?? 0) + 1));
const freshKs = async () => {
  const response = await fetch('/reach-ks', {
    method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ element: 'reach-order-panel', entryId: panel.getAttribute('entry-id') }),
  });
  count('ksMinted');
  return (await response.json()).ks;
};
panel.ks = await freshKs();
panel.addEventListener('reach-ks-expiring', async () => (count('expiring'), (panel.ks = await freshKs())));
panel.addEventListener('reach-ks-expired', async () => (count('expired'), (panel.ks = await freshKs())));`;
  return async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://host').pathname;
    if (path === '/reach-ks') return handler(req, res);
    if (path === '/')
      return void res.writeHead(200, { 'Content-Type': 'text/html', 'Set-Cookie': 'session=lecturer' }).end(page);
    if (path === '/page.js') return void res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(script);
    cdnFiles ??= buildCdn({ write: false });
    const file = path.startsWith('/cdn/') ? (await cdnFiles).get(path.slice('/cdn/'.length)) : undefined;
    res.writeHead(file === undefined ? 404 : 200, { 'Content-Type': 'text/javascript' }).end(file ?? '');
  };
}

before(async () => {
  sandbox = await startSandboxServer({ port: 0, log: () => {} });
  const handler = createKsHandler({
    serviceUrl: sandbox.url,
    partnerId: SEED.partner,
    adminSecret: SECRET,
    signedInUser,
  });
  const site = hostSite(handler);
  backend = createServer((req, res) => void site(req, res));
  await new Promise((done) => backend.listen(0, '127.0.0.1', done));
  backendUrl = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (backend.address()).port}/reach-ks`;
});

after(async () => {
  backend?.close();
  await sandbox?.close();
});

/** Asks the example backend for a KS, as the page's script does. */
async function askForKs(body, cookie = 'session=lecturer') {
  const response = await fetch(backendUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', cookie },
    body: JSON.stringify(body),
  });
  return { status: response.status, cacheControl: response.headers.get('cache-control'), text: await response.text() };
}

/**
 * One api_v3 call to the sandbox with `ks`, form-encoded as the elements send it.
 * @returns {Promise<any>}
 */
async function call(service, action, ks, params = {}) {
  const response = await fetch(`${sandbox.url}/api_v3/service/${service}/action/${action}`, {
    method: 'POST',
    body: new URLSearchParams({ format: '1', ks, ...params }),
  });
  return response.json();
}

describe('the example KS backend', () => {
  test('mints a USER session for the signed-in user with edit rights on the one entry, which the sandbox accepts', async () => {
    const answer = await askForKs({ element: 'reach-order-panel', entryId: SEED.entries.seminar12 });
    assert.equal(answer.status, 200);
    assert.equal(answer.cacheControl, 'no-store');
    assert.ok(!answer.text.includes(SECRET), 'the admin secret never reaches the browser');
    const { ks, expiresAt } = JSON.parse(answer.text);
    const now = Date.now() / 1000;
    assert.ok(Math.abs(expiresAt - (now + USER_KS_SECONDS)) < 30, 'expiresAt tells the page when to renew');

    const info = await call('session', 'get', ks);
    assert.equal(info.objectType, 'KalturaSessionInfo');
    assert.equal(info.sessionType, 0);
    assert.equal(info.userId, LECTURER);
    assert.equal(info.privileges, `edit:${SEED.entries.seminar12},enableentitlement`);
    assert.ok(Math.abs(info.expiry - (now + USER_KS_SECONDS)) < 30);

    // What the order panel does with it: reads the entry and orders a service for it.
    const entry = await call('baseentry', 'get', ks, { entryId: SEED.entries.seminar12 });
    assert.equal(entry.id, SEED.entries.seminar12);
    const task = await call('reach_entryvendortask', 'add', ks, {
      'entryVendorTask[objectType]': 'KalturaEntryVendorTask',
      'entryVendorTask[entryId]': SEED.entries.seminar12,
      'entryVendorTask[catalogItemId]': String(SEED.catalog.machineCaptionsEnglish),
      'entryVendorTask[reachProfileId]': String(SEED.profiles.default),
    });
    assert.equal(task.objectType, 'KalturaEntryVendorTask', JSON.stringify(task));
    assert.equal(task.userId, LECTURER, 'the task records who ordered it');

    // And no more than entitlement allows: a user KS made the same way for someone neither owning nor co-editing
    // the keynote (members-only category) does not even find it, so cannot order for it.
    const student = await call('session', 'start', '', {
      secret: SECRET,
      partnerId: String(SEED.partner),
      type: '0',
      userId: SEED.users.student,
      privileges: 'enableentitlement',
    });
    const refused = await call('reach_entryvendortask', 'add', student, {
      'entryVendorTask[objectType]': 'KalturaEntryVendorTask',
      'entryVendorTask[entryId]': SEED.entries.keynote30,
      'entryVendorTask[catalogItemId]': String(SEED.catalog.machineCaptionsEnglish),
      'entryVendorTask[reachProfileId]': String(SEED.profiles.default),
    });
    assert.equal(refused.code, 'ENTRY_ID_NOT_FOUND');
  });

  test('gives the clips lab edit and sview on its entry, and a monitor of the whole account a session with no privilege', async () => {
    const lab = JSON.parse((await askForKs({ element: 'clips-lab', entryId: SEED.entries.seminar12 })).text);
    assert.equal(
      (await call('session', 'get', lab.ks)).privileges,
      `edit:${SEED.entries.seminar12},sview:${SEED.entries.seminar12},enableentitlement`,
    );
    const monitor = JSON.parse((await askForKs({ element: 'reach-task-monitor' })).text);
    const info = await call('session', 'get', monitor.ks);
    assert.equal(info.sessionType, 0);
    assert.equal(info.privileges, 'enableentitlement');
    const tasks = await call('reach_entryvendortask', 'list', monitor.ks);
    assert.equal(tasks.objectType, 'KalturaEntryVendorTaskListResponse');
  });

  test('refuses what the user may not do, strangers, and malformed requests', async () => {
    assert.equal((await askForKs({ element: 'reach-order-panel', entryId: SEED.entries.keynote30 })).status, 403);
    assert.equal(
      (await askForKs({ element: 'reach-order-panel', entryId: SEED.entries.seminar12 }, 'session=someone-else'))
        .status,
      401,
    );
    assert.equal((await askForKs({ element: 'reach-order-panel', entryId: '../../etc' })).status, 400);
    assert.equal((await askForKs({ element: 'reach-rules', entryId: SEED.entries.seminar12 })).status, 403);
    const huge = await fetch(backendUrl, {
      method: 'POST',
      headers: { cookie: 'session=lecturer' },
      body: 'x'.repeat(10_000),
    });
    assert.equal(huge.status, 400);
  });
});

test('the order panel loads with the KS the example minted for the signed-in user', { timeout: 120_000 }, async () => {
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const tab = await browser.newPage();
    // The page's first answer (a sign-in, as far as this site goes) sets the session cookie.
    await tab.goto(backendUrl.replace('/reach-ks', '/'));
    const services = await tab.waitForFunction(
      () =>
        document.body.dataset.error ??
        document.querySelector('reach-order-panel')?.shadowRoot?.querySelectorAll('[part~=item], input[name=need]')
          .length,
      null,
      { timeout: 60_000 },
    );
    const shown = await services.jsonValue();
    assert.equal(typeof shown, 'number', `the panel failed with ${shown}`);
    assert.ok(Number(shown) > 0, 'the panel lists the services the user may order');
  } finally {
    await browser.close();
  }
});

const renewal = 'the page renews the KS on reach-ks-expiring and the panel keeps working after the old one expires';
test(renewal, { timeout: 120_000 }, async () => {
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext();
    // The page's clock and the sandbox's move forward together, so nothing here waits for an hour to pass.
    await context.clock.install();
    const tab = await context.newPage();
    const passes = async (seconds) => {
      sandbox.sandbox.clock.advance(seconds);
      await tab.clock.fastForward(seconds * 1000);
    };
    const dataset = () => tab.evaluate(() => ({ ...document.body.dataset }));
    const services = () =>
      tab.waitForFunction(
        () =>
          document.body.dataset.error ??
          document.querySelector('reach-order-panel')?.shadowRoot?.querySelectorAll('[part~=item], input[name=need]')
            .length,
        null,
        { timeout: 60_000 },
      );
    await tab.goto(backendUrl.replace('/reach-ks', '/'));
    assert.equal(typeof (await (await services()).jsonValue()), 'number');

    // A minute before the KS's hour is up, the panel asks for a new one, and the page's backend mints it.
    await passes(USER_KS_SECONDS - 60 + 5);
    await tab.waitForFunction(() => document.body.dataset.ksMinted === '2', null, { timeout: 30_000 });
    assert.equal((await dataset()).expiring, '1');

    // Once the first KS has expired, what the panel asks goes with the new one: the sandbox refuses nothing.
    await passes(120);
    const answers = [];
    tab.on('response', (response) => {
      if (response.url().startsWith(`${sandbox.url}/api_v3/`)) answers.push(response.text());
    });
    await tab.evaluate(() => {
      const panel = /** @type {(Element & { refresh(): Promise<void> }) | null} */ (
        document.querySelector('reach-order-panel')
      );
      return panel?.refresh();
    });
    assert.ok(answers.length > 0, 'the panel asked the service again');
    for (const answer of await Promise.all(answers)) assert.doesNotMatch(answer, /INVALID_KS|EXPIRED/);
    assert.ok(Number(await (await services()).jsonValue()) > 0, 'the panel still lists the services');
    const after = await dataset();
    assert.equal(after.expired, undefined, 'the service never refused the KS');
    assert.equal(after.error, undefined);
    assert.equal(after.ksMinted, '2');
  } finally {
    await browser.close();
  }
});
