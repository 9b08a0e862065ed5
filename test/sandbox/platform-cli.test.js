// @ts-check
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { test } from 'node:test';
import { parseCommandLine } from '../../src/sandbox/cli.js';
import { json } from './platform-fixture.js';

const BIN = new URL('../../bin/reach-sandbox.js', import.meta.url);

test('command line options', () => {
  assert.deepEqual(parseCommandLine([]), {
    port: 8787,
    host: '127.0.0.1',
    speed: 1,
    stateFile: undefined,
    adminSecret: undefined,
    testControls: false,
  });
  assert.deepEqual(
    parseCommandLine(['--port', '0', '--speed', '10', '--state', 's.json', '--admin-secret', 'S', '--test-controls']),
    {
      port: 0,
      host: '127.0.0.1',
      speed: 10,
      stateFile: 's.json',
      adminSecret: 'S',
      testControls: true,
    },
  );
  assert.throws(() => parseCommandLine(['--port', '70000']), /--port/);
  assert.throws(() => parseCommandLine(['--speed', '0']), /--speed/);
  assert.throws(() => parseCommandLine(['--bogus']));
});

test('bin/reach-sandbox.js runs from source, prints the URL, the secret and an example, and serves', async () => {
  const child = spawn(
    process.execPath,
    [BIN.pathname, '--port', '0', '--admin-secret', 'cli-secret', '--test-controls'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  try {
    let output = '';
    child.stdout.setEncoding('utf8');
    for await (const chunk of child.stdout) {
      output += chunk;
      if (output.includes('Example:')) break;
    }
    const url = /listening on (http:\/\/\S+)/.exec(output)?.[1];
    assert.ok(url, output);
    assert.match(output, /admin secret: cli-secret/);
    // The accounts that refuse every order say why, and take --admin-secret like the others.
    assert.match(output, /partner 4004 .*admin secret: cli-secret \(REACH on, no active profile\)/);
    assert.match(output, /partner 5005 .*admin secret: cli-secret \(REACH on, no catalog item enabled\)/);
    const partnerId = /partner (\d+)/.exec(output)?.[1];
    const ks = await fetch(`${url}/api_v3/service/session/action/start`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: `format=1&partnerId=${partnerId}&type=2&secret=cli-secret`,
    }).then(json);
    assert.equal(typeof ks, 'string');
    assert.equal((await fetch(`${url}/__sandbox/stats`).then(json)).calls['session.start'], 1);
  } finally {
    child.kill('SIGTERM');
    await once(child, 'exit');
  }
});
