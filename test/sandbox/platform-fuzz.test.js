// @ts-check
/**
 * Throws a few thousand random requests (random nesting, types, huge values, bad UTF-8, broken
 * JSON) at random actions of every registered service, on the real seed. The server must
 * always answer JSON (or a declared raw download), never an internal error, and a call that
 * fails — or only reads — must leave the state exactly as it was.
 */
import assert from 'node:assert/strict';
import { Agent, request } from 'node:http';
import { after, before, test } from 'node:test';
import { startSandboxServer } from '../../src/sandbox/index.js';
import { listActions } from '../../src/sandbox/registry.js';
import { serializeState } from '../../src/sandbox/store.js';
import { formPairs } from './platform-fixture.js';

const REQUESTS = 2000;
/** The state goes back to the seed this often, so that fuzzed writes do not make it grow without bound. */
const RESET_EVERY = 250;
const ADMIN_SECRET = 'fuzz-admin-secret';
const CLASS_NAMES = [
  'KalturaMediaEntry',
  'KalturaBaseEntry',
  'KalturaBaseEntryFilter',
  'KalturaMediaEntryFilter',
  'KalturaFilterPager',
  'KalturaOperationResource',
  'KalturaEntryResource',
  'KalturaClipAttributes',
  'KalturaBaseEntryCloneOptionComponent',
  'KalturaCategoryEntry',
  'KalturaEntryVendorTask',
  'KalturaEntryVendorTaskFilter',
  'KalturaClipsVendorTaskData',
  'KalturaReachProfile',
  'KalturaVendorCatalogItemFilter',
  'KalturaResource',
  'NotAClass',
  '',
];

/**
 * A small seeded PRNG (mulberry32) so that a failure can be replayed.
 * @param {number} seed
 */
function randomSource(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
  /** @template T @param {readonly T[]} items @returns {T} */
  const pick = (items) => items[Math.floor(next() * items.length)];
  /** @param {number} max */
  const int = (max) => Math.floor(next() * max);
  return { next, pick, int };
}

/** node:http with keep-alive: a fraction of fetch's cost per request, which matters a few thousand times. */
const agent = new Agent({ keepAlive: true, maxSockets: 1 });

/**
 * @param {string} url
 * @param {string} contentType
 * @param {string} body
 * @returns {Promise<{ status: number, contentType: string, text: string }>}
 */
function post(url, contentType, body) {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method: 'POST', agent, headers: { 'Content-Type': contentType } }, (response) => {
      const chunks = /** @type {Buffer[]} */ ([]);
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          contentType: String(response.headers['content-type']),
          text: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/** @type {Awaited<ReturnType<typeof startSandboxServer>>} */
let server;
before(async () => {
  // A frozen clock (speed 0) keeps clock-driven progress out of the before/after comparison.
  server = await startSandboxServer({ port: 0, adminSecret: ADMIN_SECRET, speed: 0, log: () => {} });
});
after(async () => {
  agent.destroy();
  await server.close();
});

test(`${REQUESTS} random requests: always a valid answer, never a half-done change`, async () => {
  const random = randomSource(20260522);
  const { state } = server.sandbox;
  const partnerIds = Object.keys(state.partners).map(Number);
  assert.ok(partnerIds.length > 0, 'the seed provides partners');
  const api = async (
    /** @type {string} */ service,
    /** @type {string} */ action,
    /** @type {Record<string, any>} */ params,
  ) =>
    JSON.parse(
      (
        await post(
          `${server.url}/api_v3/service/${service}/action/${action}`,
          'application/json',
          JSON.stringify({ format: 1, ...params }),
        )
      ).text,
    );
  const sessions = await Promise.all([
    api('session', 'start', { secret: ADMIN_SECRET, partnerId: partnerIds[0], type: 2, userId: 'fuzz-admin' }),
    api('session', 'start', { secret: ADMIN_SECRET, partnerId: partnerIds[0], type: 0, userId: 'fuzz-user' }),
    api('session', 'start', { secret: ADMIN_SECRET, partnerId: partnerIds.at(-1), type: 2 }),
  ]);
  assert.ok(sessions.every((ks) => typeof ks === 'string'));
  const knownIds = [
    ...Object.keys(state.entries),
    ...state.tasks.keys(),
    ...Object.keys(state.catalogItems),
    ...Object.keys(state.reachProfiles),
    ...Object.keys(state.captionAssets),
    ...Object.keys(state.categories),
  ];
  const actions = listActions().filter((candidate) => !(candidate.service === 'session' && candidate.action === 'end'));

  const scalar = () =>
    random.pick([
      () => random.pick(knownIds),
      () => String(random.int(10) - 3),
      () => random.int(2 ** 31) * (random.next() < 0.5 ? -1 : 1),
      () => '9'.repeat(1 + random.int(40)),
      () => 'x'.repeat(random.int(3) === 0 ? 30000 : 8),
      () =>
        random.pick(['true', 'false', '', 'null', '-', '{1:result:id}', '<script>', '\u0007bell', '\uD800', 'é€😀']),
      () => random.pick(CLASS_NAMES),
      () => random.next() < 0.5,
      () => 1e308 * (random.next() < 0.5 ? 1 : -1),
    ])();
  /** @param {number} depth @returns {any} */
  const value = (depth) => {
    if (depth > 4 || random.next() < 0.45) return scalar();
    if (random.next() < 0.2) return Array.from({ length: random.int(4) }, () => value(depth + 1));
    /** @type {Record<string, any>} */
    const object = {};
    for (let index = 0; index < 1 + random.int(5); index++) {
      const key = random.pick([
        'objectType',
        'id',
        'entryId',
        'filter',
        'pager',
        'name',
        'status',
        'statusIn',
        'orderBy',
        'pageSize',
        'resource',
        'operationAttributes',
        'cloneOptions',
        'taskJobData',
        'catalogItemId',
        'reachProfileId',
        '-',
        'notes__null',
        String(random.int(3)),
        '__proto__',
        'constructor',
        'x'.repeat(random.int(200)),
      ]);
      object[key] = key === 'objectType' ? random.pick(CLASS_NAMES) : value(depth + 1);
    }
    return object;
  };
  /** @param {{ service: string, action: string, params: Array<{ name: string }> }} target */
  const paramsFor = (target) => {
    /** @type {Record<string, any>} */
    const params = { format: 1 };
    if (random.next() < 0.85) params.ks = random.next() < 0.9 ? random.pick(sessions) : scalar();
    for (const param of target.params) if (random.next() < 0.8) params[param.name] = value(1);
    if (random.next() < 0.3) Object.assign(params, value(1));
    return params;
  };
  /** @param {Record<string, any>} params */
  const encode = (params) => {
    const kind = random.int(10);
    if (kind < 4) return { type: 'application/json', body: JSON.stringify(params) };
    if (kind < 5) return { type: 'application/json', body: JSON.stringify(params).slice(0, random.int(60)) };
    if (kind < 6)
      return {
        type: random.pick(['text/plain', 'application/json; charset=utf-8', 'multipart/form-data; boundary=zz']),
        body: JSON.stringify(params),
      };
    const pairs = formPairs(params).map((pair) =>
      random.next() < 0.3 ? pair.replace(/%5B/g, ':').replace(/%5D/g, '') : pair,
    );
    if (random.next() < 0.3)
      pairs.push(
        random.pick([
          '%FF%FE=%C3',
          'a[%E0%80]=1',
          'x[[[=]]]',
          '=',
          '&&&',
          'a:b:c:d:e:f:g:h:i:j:k:l:m:n:o:p:q:r=1',
          '%zz=%',
          'ks',
        ]),
      );
    return { type: 'application/x-www-form-urlencoded', body: pairs.join('&') };
  };

  let errors = 0;
  // Failed and read-only calls must not change the state. Comparing the whole state after every
  // call is slow, so it is compared around each call that may write: before it (covering the
  // reads and failures since the last check) and after it (a new baseline if it succeeded).
  let baseline = serializeState(state);
  /** @type {string[]} */
  let sinceBaseline = [];
  const assertUnchanged = () => {
    assert.ok(
      serializeState(state) === baseline,
      `state changed by a failed or read-only call among:\n${sinceBaseline.join('\n')}`,
    );
  };
  for (let index = 0; index < REQUESTS; index++) {
    if (index % RESET_EVERY === RESET_EVERY - 1) {
      assertUnchanged();
      server.sandbox.reset();
      // One call lets the clock hooks bring the fresh state up to date before it is compared.
      await api('session', 'get', { ks: sessions[0] });
      baseline = serializeState(state);
      sinceBaseline = [];
    }
    const target = random.pick(actions);
    const multirequest = random.next() < 0.1;
    const mayWrite = multirequest || target.writes;
    const { type, body } = multirequest
      ? encode({
          format: 1,
          ks: random.pick(sessions),
          1: { service: target.service, action: target.action, ...paramsFor(target) },
          2: { service: random.pick(actions).service, action: 'list', filter: { idEqual: '{1:result:id}' } },
        })
      : encode(paramsFor(target));
    const path = multirequest
      ? '/api_v3/service/multirequest'
      : `/api_v3/service/${target.service}/action/${target.action}`;
    const replay = `request ${index}: ${path} ${type} ${body.slice(0, 300)}`;
    if (mayWrite && sinceBaseline.length > 0) assertUnchanged();
    sinceBaseline.push(replay);
    const response = await post(`${server.url}${path}`, type, body);
    const { text } = response;
    assert.equal(response.status, 200, replay);
    if (response.contentType.startsWith('text/xml')) {
      // A body the server could not read has no format=1, so the answer is XML, the server's default.
      assert.match(
        text,
        /^<\?xml version="1.0" encoding="utf-8"\?><xml><result>.*<\/result><executionTime>[\d.]+<\/executionTime><\/xml>$/s,
        replay,
      );
      assert.ok(!text.includes('<code>INTERNAL_SERVERL_ERROR</code>'), `${replay}\n→ ${text.slice(0, 300)}`);
      continue;
    }
    if (!response.contentType.startsWith('application/json')) {
      assert.ok(
        ['serve', 'servecsv'].includes(target.action.toLowerCase()),
        `raw answer only from downloads — ${replay}`,
      );
      continue;
    }
    const answer = JSON.parse(text);
    const answers = multirequest ? answer : [answer];
    assert.ok(Array.isArray(answers), replay);
    for (const single of answers) {
      assert.notEqual(single?.code, 'INTERNAL_SERVERL_ERROR', `${replay}\n→ ${text.slice(0, 300)}`);
      if (single?.objectType === 'KalturaAPIException') {
        assert.equal(typeof single.code, 'string');
        assert.equal(typeof single.message, 'string');
        assert.ok(Array.isArray(single.args) ? single.args.length === 0 : typeof single.args === 'object', replay);
      }
    }
    if (answer?.objectType === 'KalturaAPIException') errors++;
    const failed = answers.every((/** @type {any} */ single) => single?.objectType === 'KalturaAPIException');
    if (mayWrite && failed) assertUnchanged();
    if (mayWrite && !failed) {
      baseline = serializeState(state);
      sinceBaseline = [];
    }
  }
  assertUnchanged();
  assert.ok(errors > REQUESTS / 4 && errors < REQUESTS, `a mix of failures and successes (${errors} errors)`);
});
