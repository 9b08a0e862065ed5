// @ts-check
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { formPairs, ids, json, startFixtureServer, useFixtureServer } from './platform-fixture.js';

const VIDEO_FILE = new URL('../../src/sandbox/media/sample-video.webm', import.meta.url);

const server = useFixtureServer({ testControls: true });

/**
 * @param {string} path
 * @param {unknown} [body]
 * @param {string} [method]
 */
const control = (path, body, method = 'POST') =>
  fetch(`${server.url}/__sandbox/${path}`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

describe('media', () => {
  test('range requests answer 206 with the exact bytes; bad ranges 416', async () => {
    const file = readFileSync(VIDEO_FILE);
    const entry = await server.api('media', 'get', { ks: server.ks, entryId: ids.video });
    const whole = await fetch(`${entry.dataUrl}/a.webm`);
    assert.equal(whole.status, 200);
    assert.equal(whole.headers.get('content-type'), 'video/webm');
    assert.equal(whole.headers.get('accept-ranges'), 'bytes');
    assert.equal(Number(whole.headers.get('content-length')), file.length);
    await whole.arrayBuffer();

    const part = await fetch(`${entry.dataUrl}/a.webm`, { headers: { Range: 'bytes=100-199' } });
    assert.equal(part.status, 206);
    assert.equal(part.headers.get('content-range'), `bytes 100-199/${file.length}`);
    assert.deepEqual(Buffer.from(await part.arrayBuffer()), file.subarray(100, 200));

    const tail = await fetch(`${entry.dataUrl}/a.webm`, { headers: { Range: 'bytes=-10' } });
    assert.deepEqual(Buffer.from(await tail.arrayBuffer()), file.subarray(file.length - 10));

    const beyond = await fetch(`${entry.dataUrl}/a.webm`, { headers: { Range: `bytes=${file.length}-` } });
    assert.equal(beyond.status, 416);
    assert.equal(beyond.headers.get('content-range'), `bytes */${file.length}`);
  });

  test('audio entries play the audio sample; flavors of other partners are not served', async () => {
    const flavors = await server.api('flavorasset', 'list', { ks: server.ks, filter: { entryIdEqual: ids.audio } });
    const url = await server.api('flavorasset', 'getUrl', { ks: server.ks, id: flavors.objects[0].id });
    const audio = await fetch(url);
    assert.equal(
      Number(audio.headers.get('content-length')),
      readFileSync(new URL('../../src/sandbox/media/sample-audio.webm', import.meta.url)).length,
    );
    await audio.arrayBuffer();
    const wrongPartner = await fetch(url.replace('/p/1001/sp/100100/', '/p/2002/sp/200200/'));
    assert.equal(wrongPartner.headers.get('x-kaltura'), 'error-1');
    assert.equal(await wrongPartner.text(), '');
  });

  test('thumbnails escape entry names', async () => {
    const entry = await server.api('media', 'get', { ks: server.ks, entryId: ids.aliceVideo });
    const svg = await fetch(entry.thumbnailUrl).then((response) => response.text());
    assert.ok(svg.includes('Alice &#60;b&#62;demo&#60;/b&#62; &#38; &#34;tips&#34;'));
    assert.ok(!svg.includes('<b>'));
  });
});

describe('robustness', () => {
  /**
   * Sends raw bytes and returns the status line of the answer.
   * @param {string} raw
   * @returns {Promise<string>}
   */
  const rawRequest = (raw) =>
    new Promise((resolve, reject) => {
      const socket = connect(Number(new URL(server.url).port), '127.0.0.1');
      let answer = '';
      socket.on('data', (chunk) => {
        answer += chunk;
      });
      socket.on('end', () => resolve(answer.split('\r\n')[0]));
      socket.on('error', reject);
      socket.end(raw);
    });

  test('malformed URLs, paths and methods get an answer and the server stays up', async () => {
    assert.equal(
      await rawRequest('GET http://[::1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'),
      'HTTP/1.1 404 Not Found',
    );
    assert.equal(
      await rawRequest(
        'PUT /api_v3/service/%E0%A4%A/action/%%% HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 3\r\n\r\nabc',
      ),
      'HTTP/1.1 200 OK',
    );
    assert.equal(
      await rawRequest(
        'POST /api_v3/service/media/action/get HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 100\r\n\r\ncut',
      ),
      'HTTP/1.1 400 Bad Request',
    );
    assert.equal((await server.api('media', 'get', { ks: server.ks, entryId: ids.video })).id, ids.video);
  });

  test('bodies over 8 MB are refused with 413', async () => {
    const response = await fetch(`${server.url}/api_v3/service/media/action/get`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: `format=1&name=${'x'.repeat(9 * 1024 * 1024)}`,
    });
    assert.equal(response.status, 413);
    await response.text();
  });
});

describe('compression', () => {
  /**
   * One api_v3 call sent with `acceptEncoding`: the answer's headers and its body as it came over the wire.
   * @param {string} path
   * @param {Record<string, unknown>} params
   * @param {string} [acceptEncoding]
   * @returns {Promise<{ headers: import('node:http').IncomingHttpHeaders, body: Buffer }>}
   */
  const answer = (path, params, acceptEncoding) =>
    new Promise((resolve, reject) => {
      const headers = { 'Content-Type': 'application/x-www-form-urlencoded' };
      if (acceptEncoding) Object.assign(headers, { 'Accept-Encoding': acceptEncoding });
      const req = request(`${server.url}/api_v3/service/${path}`, { method: 'POST', headers }, (res) => {
        const chunks = /** @type {Buffer[]} */ ([]);
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on('error', reject);
      req.end(formPairs({ format: 1, ks: server.ks, ...params }).join('&'));
    });

  test('answers go with gzip to a client that accepts it, as they are to one that does not, short ones always as they are', async () => {
    const list = { filter: { objectType: 'KalturaMediaEntryFilter' } };
    const zipped = await answer('media/action/list', list, 'gzip, deflate, br');
    const plain = await answer('media/action/list', list);
    assert.equal(zipped.headers['content-encoding'], 'gzip');
    assert.match(String(zipped.headers.vary), /Accept-Encoding/);
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.deepEqual(JSON.parse(gunzipSync(zipped.body).toString()), JSON.parse(plain.body.toString()));
    assert.ok(zipped.body.length * 3 < plain.body.length, `${zipped.body.length} bytes of ${plain.body.length}`);

    const short = await answer('session/action/get', {}, 'gzip');
    assert.equal(short.headers['content-encoding'], undefined);
    assert.equal(JSON.parse(short.body.toString()).objectType, 'KalturaSessionInfo');
  });
});

describe('CORS', () => {
  test('preflights are answered and counted; responses allow the calling origin', async () => {
    await control('stats/reset');
    const preflight = await fetch(`${server.url}/api_v3/service/media/action/get`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://lms.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type',
      },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), 'https://lms.example');
    assert.match(String(preflight.headers.get('access-control-allow-methods')), /POST/);
    assert.match(String(preflight.headers.get('access-control-allow-headers')), /Content-Type/);

    const call = await fetch(`${server.url}/api_v3/service/media/action/get`, {
      method: 'POST',
      headers: { Origin: 'https://lms.example', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: `format=1&ks=${server.ks}&entryId=${ids.video}`,
    });
    assert.equal(call.headers.get('access-control-allow-origin'), 'https://lms.example');
    await call.json();
    const stats = await control('stats', undefined, 'GET').then(json);
    assert.deepEqual(stats, { httpRequests: 2, preflights: 1, calls: { 'media.get': 1 } });
  });
});

describe('faults', () => {
  /** @param {Record<string, unknown>} fault */
  const inject = async (fault) => {
    const response = await control('faults', fault);
    assert.equal(response.status, 200);
    await response.json();
  };
  const tagsOfAudio = () => server.sandbox.state.entries[ids.audio].tags;
  /** @param {string} tags */
  const updateTags = (tags) =>
    fetch(`${server.url}/api_v3/service/baseentry/action/update`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: `format=1&ks=${server.ks}&entryId=${ids.audio}&baseEntry[tags]=${tags}`,
    });

  test('http500 and drop do not run the call; the next call is normal again', async () => {
    await inject({ service: 'baseentry', action: 'update', fault: 'http500' });
    const failed = await updateTags('after-500');
    assert.equal(failed.status, 500);
    await failed.text();
    assert.notEqual(tagsOfAudio(), 'after-500');

    await inject({ service: '*', action: 'update', fault: 'drop' });
    // The answer starts, then the connection is cut: reading it fails.
    await assert.rejects(updateTags('after-drop').then((response) => response.text()));
    assert.notEqual(tagsOfAudio(), 'after-drop');

    const normal = await updateTags('normal').then(json);
    assert.equal(normal.tags, 'normal');
  });

  test('dropAfterCommit runs and keeps the change, then cuts the connection', async () => {
    await inject({ service: 'baseentry', action: 'update', fault: 'dropAfterCommit' });
    await assert.rejects(updateTags('committed').then((response) => response.text()));
    assert.equal(tagsOfAudio(), 'committed');
  });

  test('malformed answers broken JSON; latency delays; faults match sub-requests of a multirequest', async () => {
    await inject({ service: 'media', action: 'get', fault: 'malformed' });
    const malformed = await fetch(`${server.url}/api_v3/service/multirequest`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        format: 1,
        ks: server.ks,
        1: { service: 'session', action: 'get' },
        2: { service: 'media', action: 'get', entryId: ids.video },
      }),
    });
    assert.equal(malformed.status, 200);
    await assert.rejects(malformed.json(), SyntaxError);

    await inject({ service: 'media', action: 'get', fault: 'latency', latencyMs: 150, count: 2 });
    for (let attempt = 0; attempt < 2; attempt++) {
      const started = performance.now();
      assert.equal((await server.api('media', 'get', { ks: server.ks, entryId: ids.video })).id, ids.video);
      assert.ok(performance.now() - started >= 140, 'delayed');
    }
    const list = await control('faults', undefined, 'GET').then(json);
    assert.deepEqual(list, [], 'used up');
  });

  test('bad fault specs are refused; DELETE clears pending faults', async () => {
    const refused = await control('faults', { service: '*', action: '*', fault: 'explode' });
    assert.equal(refused.status, 400);
    await refused.json();
    await inject({ service: 'media', action: 'get', fault: 'http500', count: 5 });
    await (await control('faults', undefined, 'DELETE')).json();
    assert.equal((await server.api('media', 'get', { ks: server.ks, entryId: ids.video })).id, ids.video);
  });
});

describe('test controls', () => {
  test('clock advance and reset', async () => {
    const { now: before } = await control('clock', undefined, 'GET').then(json);
    const { now: after } = await control('clock', { advance: 3600 }).then(json);
    assert.ok(after - before >= 3600);
    assert.equal((await control('clock', { advance: -5 })).status, 400);

    server.sandbox.state.entries[ids.video].name = 'changed';
    const reset = await control('reset').then(json);
    assert.ok(reset.ok);
    assert.equal(server.sandbox.state.entries[ids.video].name, 'Quarterly keynote');
    assert.equal(server.sandbox.state.clockOffset, 0);
  });

  test('without --test-controls they do not exist', async () => {
    const plain = await startFixtureServer();
    try {
      const response = await fetch(`${plain.url}/__sandbox/reset`, { method: 'POST' });
      assert.equal(response.status, 404);
      await response.text();
      assert.equal((await fetch(`${plain.url}/__sandbox/stats`)).status, 404);
    } finally {
      await plain.close();
    }
  });
});

describe('--state', () => {
  test('the state survives a restart, clock offset included', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'reach-sandbox-'));
    const stateFile = join(directory, 'state.json');
    try {
      const first = await startFixtureServer({ stateFile });
      const firstKs = await first.startSession();
      const clone = await first.api('baseentry', 'clone', { ks: firstKs, entryId: ids.video });
      first.sandbox.clock.advance(1000);
      const nowBefore = first.sandbox.clock.now();
      await first.close();

      const second = await startFixtureServer({ stateFile });
      try {
        const secondKs = await second.startSession();
        const again = await second.api('media', 'get', { ks: secondKs, entryId: clone.id });
        assert.equal(again.id, clone.id);
        assert.equal(again.rootEntryId, ids.video);
        assert.ok(second.sandbox.clock.now() >= nowBefore);
        assert.equal(
          (await second.api('session', 'get', { ks: firstKs })).partnerId,
          1001,
          'a KS from before the restart still works',
        );
      } finally {
        await second.close();
      }
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });
});
