// @ts-check
/** The sandbox under load and abuse: bounded multirequests, bodies and paths; roll-back without copying the state. */
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { describe, test } from 'node:test';
import { startSandboxServer } from '../../src/sandbox/index.js';
import { runJournaled } from '../../src/sandbox/journal.js';
import { normalizeState, serializeState } from '../../src/sandbox/store.js';
import { MAX_MULTIREQUEST_CALLS } from '../../src/sandbox/wire.js';
import { fixtureState, ids, json, startFixtureServer, useFixtureServer } from './platform-fixture.js';

const server = useFixtureServer({ testControls: true });

/**
 * A raw HTTP request (fetch cannot send a forged Host header or a body that never ends).
 * @param {string} url the server
 * @param {string} text the request, headers and all
 * @returns {Promise<string>} the whole answer
 */
function rawRequest(url, text) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(text));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });
}

describe('multirequest', () => {
  test(
    'runs at most MAX_MULTIREQUEST_CALLS sub-requests, in time linear in their number',
    { timeout: 30_000 },
    async () => {
      /** @type {Record<string, unknown>} */
      const body = { format: 1 };
      for (let index = 1; index <= 100_000; index++) body[index] = { service: 'baseentry', action: 'list' };
      const started = performance.now();
      const results = await fetch(`${server.url}/api_v3/service/multirequest`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      }).then(json);
      assert.equal(results.length, MAX_MULTIREQUEST_CALLS);
      assert.equal(results[0].code, 'MISSING_KS');
      assert.ok(performance.now() - started < 20_000, 'answered in good time');
    },
  );

  test('a body nested deeper than the server decodes is no params, not a crash', async () => {
    const deep = `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`;
    const response = await fetch(`${server.url}/api_v3/service/multirequest`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: `{"format":1,"1":{"service":"baseentry","action":"list","filter":${deep}}}`,
    });
    assert.equal(response.status, 200);
    await response.text();
  });
});

describe('no path answers 500', () => {
  test('ids that name Object.prototype members, odd encodings', async () => {
    const names = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '%E0%A4%A', '%00'];
    const paths = names.flatMap((name) => [
      `/api_v3/index.php/service/exportCsv/action/serveCsv/id/${name}.csv?ks=${server.ks}`,
      `/api_v3/index.php/service/caption_captionAsset/action/serve/captionAssetId/${name}/ks/${server.ks}`,
      `/p/1001/sp/100100/serveFlavor/entryId/${name}/flavorId/${name}/name/a.webm`,
      `/p/1001/sp/100100/serveFlavor/entryId/${ids.video}/flavorId/${name}/name/a.webm`,
      `/p/1001/sp/100100/download/entry_id/${name}/flavor/${name}/ks/${server.ks}`,
      `/p/1001/sp/100100/download/entry_id/${ids.video}/flavor/${name}/ks/${name}`,
      `/p/1001/sp/100100/thumbnail/entry_id/${name}/version/0`,
      `/p/1001/sp/100100/playManifest/entryId/${name}/format/url/protocol/http`,
      `/api_v3/service/${name}/action/list?format=1`,
      `/api_v3/service/baseentry/action/get/entryId/${name}?format=1&ks=${server.ks}`,
      `/api_v3/service/flavorasset/action/getUrl/id/${name}?format=1&ks=${server.ks}`,
    ]);
    for (const path of paths) {
      const response = await fetch(`${server.url}${path}`);
      assert.ok(response.status < 500, `${path} answered ${response.status}`);
      await response.arrayBuffer();
    }
  });
});

describe('bodies', () => {
  test(
    'a body that does not arrive in time is refused with 408 and the connection closed (api_v3, Agents Manager)',
    { timeout: 5000 },
    async () => {
      const slow = await startFixtureServer({ bodyTimeoutMs: 300 });
      const requests = [
        ['/api_v3/service/baseentry/action/list', 'application/x-www-form-urlencoded', 'format=1'],
        ['/agents-manager/api/v1/agent/list', 'application/json', '{"partnerId"'],
      ];
      try {
        for (const [path, type, start] of requests) {
          const answer = await rawRequest(
            slow.url,
            `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: ${type}\r\nContent-Length: 100\r\n\r\n${start}`,
          );
          assert.match(answer, /^HTTP\/1\.1 408 /, path);
          assert.match(answer, /connection: close/i, path);
        }
      } finally {
        await slow.close();
      }
    },
  );

  test('test controls take only JSON and answer no other origin', async () => {
    const asForm = await fetch(`${server.url}/__sandbox/clock`, {
      method: 'POST',
      body: new URLSearchParams({ advance: '60' }),
    });
    assert.equal(asForm.status, 415);
    await asForm.text();
    const foreign = await fetch(`${server.url}/__sandbox/reset`, {
      method: 'POST',
      headers: { Origin: 'https://attacker.example' },
    });
    assert.equal(foreign.status, 403);
    assert.equal(foreign.headers.get('access-control-allow-origin'), null);
    await foreign.text();
    const own = await fetch(`${server.url}/__sandbox/clock`, {
      method: 'POST',
      headers: { Origin: server.url, 'Content-Type': 'application/json' },
      body: JSON.stringify({ advance: 1 }),
    });
    assert.equal(own.status, 200);
    await own.text();
  });
});

describe('origin', () => {
  test('URLs in answers come from the configured origin, never from the Host header', async () => {
    const body = `format=1&ks=${server.ks}&entryId=${ids.video}`;
    const answer = await rawRequest(
      server.url,
      `POST /api_v3/service/media/action/get HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n` +
        `Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ${body.length}\r\n\r\n${body}`,
    );
    const entry = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4));
    assert.ok(entry.dataUrl.startsWith(`${server.url}/p/1001/`), entry.dataUrl);
    assert.doesNotMatch(answer, /attacker\.example/);
  });

  test('mounted without an origin, a Host header that is not loopback is not used either', async () => {
    const { createSandbox } = await import('../../src/sandbox/index.js');
    const sandbox = createSandbox({ createState: fixtureState, log: () => {} });
    assert.equal(
      sandbox.originOf(/** @type {any} */ ({ headers: { host: 'localhost:8000' } })),
      'http://localhost:8000',
    );
    assert.equal(sandbox.originOf(/** @type {any} */ ({ headers: { host: 'attacker.example' } })), 'http://127.0.0.1');
  });
});

describe('off loopback', () => {
  test('test controls are refused; generated secrets replace every well-known one', async () => {
    await assert.rejects(
      startSandboxServer({ port: 0, host: '0.0.0.0', testControls: true, log: () => {} }),
      /off loopback/,
    );
    const exposed = await startSandboxServer({ port: 0, host: '0.0.0.0', log: () => {} });
    try {
      assert.ok(exposed.generatedAdminSecret && exposed.generatedAdminSecret.length >= 20);
      const local = `http://127.0.0.1:${new URL(exposed.url).port}`;
      const start = (/** @type {string} */ secret, /** @type {number} */ type) =>
        fetch(`${local}/api_v3/service/session/action/start`, {
          method: 'POST',
          body: new URLSearchParams({ format: '1', partnerId: '1001', secret, type: String(type) }),
        }).then(json);
      assert.equal((await start('sandbox-admin-1001', 2)).code, 'START_SESSION_ERROR');
      assert.equal((await start('sandbox-user-1001', 0)).code, 'START_SESSION_ERROR');
      assert.equal(typeof (await start(exposed.generatedAdminSecret, 2)), 'string');
    } finally {
      await exposed.close();
    }
  });
});

describe('roll-back', () => {
  test('a writing call does not copy the state: a value that cannot be cloned does not stop writes', async () => {
    const fixture = await startFixtureServer({
      // A function cannot be structured-cloned: a call that copies the whole state fails on it.
      createState: (now) => ({ ...fixtureState(now), notCloneable: { hook: () => undefined } }),
    });
    try {
      const ks = await fixture.startSession();
      const updated = await fixture.api('media', 'update', {
        ks,
        entryId: ids.video,
        mediaEntry: { objectType: 'KalturaMediaEntry', name: 'Renamed' },
      });
      assert.equal(updated.name, 'Renamed');
    } finally {
      await fixture.close();
    }
  });

  test('a writing call that fails after changing the state leaves it exactly as it was', () => {
    const state = normalizeState({
      entries: { a: { id: 'a', tags: ['x'], nested: { n: 1 } } },
      tasks: { 1: { id: '1', status: 1 } },
    });
    const before = serializeState(state);
    assert.throws(() =>
      runJournaled(state, (view) => {
        view.entries.a.tags.push('y');
        view.entries.a.nested.n = 2;
        delete view.entries.a.id;
        view.entries.b = { id: 'b', copyOf: view.entries.a };
        view.tasks.get('1').status = 3;
        view.tasks.set('2', { id: '2' });
        view.tasks.delete('1');
        throw new Error('fails after changing');
      }),
    );
    assert.equal(serializeState(state), before);
  });
});
