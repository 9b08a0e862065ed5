// @ts-check
/** `--state FILE` with agents: they, their executions and uploads survive a restart; older state files still load. */
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { SEED } from '../../src/sandbox/seed/ids.js';
import { agentsCaller } from './agents-fixture.js';
import { startReachServer } from './reach-server.js';

const { agents: A, entries: E } = SEED;

test('agents, their executions and uploaded entries survive a restart, and the execution carries on', async () => {
  const directory = await mkdtemp(join(tmpdir(), 'reach-sandbox-agents-'));
  const stateFile = join(directory, 'state.json');
  try {
    const first = await startReachServer({ stateFile });
    const ks = await first.session();
    const call = agentsCaller(first.url);
    await call('agent/update', ks, { id: A.uploadCaptions, name: 'Captions on upload', status: 'Enabled' });
    const [execution] = (await call('agent/run', ks, { id: A.onDemand, entryIds: [E.welcome] })).body.objects;
    const entry = await first.api('media', 'add', {
      ks,
      entry: { objectType: 'KalturaMediaEntry', name: 'Before the restart', mediaType: 1 },
    });
    await first.api('media', 'addContent', {
      ks,
      entryId: entry.id,
      resource: { objectType: 'KalturaUrlResource', url: 'https://cdn.example.com/a.mp4' },
    });
    await first.close();

    const saved = JSON.parse(await readFile(stateFile, 'utf8'));
    assert.equal(saved.agents[A.uploadCaptions].name, 'Captions on upload');
    assert.equal(saved.agentExecutions[execution.id].status, 'Running');

    const second = await startReachServer({ stateFile });
    try {
      const again = agentsCaller(second.url);
      const ks2 = await second.session();
      assert.equal((await again('agent/get', ks2, { id: A.uploadCaptions })).body.status, 'Enabled');
      second.advance(10);
      const captioned = (await again('execution/get', ks2, { id: execution.id })).body;
      assert.deepEqual(
        captioned.steps.map((/** @type {any} */ step) => step.status),
        ['Succeeded', 'Running'],
        'captions done, translation ordered',
      );
      second.advance(10);
      assert.equal((await again('execution/get', ks2, { id: execution.id })).body.status, 'Succeeded');
      const fired = await again('execution/list', ks2, { partnerId: SEED.partner, entryId: entry.id });
      assert.deepEqual(
        fired.body.objects.map((/** @type {any} */ run) => run.agentId),
        [A.uploadCaptions],
        'the upload became READY after the restart and fired the agent',
      );
    } finally {
      await second.close();
    }
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
});

test('a state file from before agents and uploads loads: no agents yet, and they can be created', async () => {
  const directory = await mkdtemp(join(tmpdir(), 'reach-sandbox-agents-'));
  const stateFile = join(directory, 'state.json');
  try {
    const seeded = await startReachServer({ stateFile });
    await seeded.close();
    const old = JSON.parse(await readFile(stateFile, 'utf8'));
    for (const name of ['agents', 'agentTriggers', 'agentActions', 'agentExecutions', 'uploadTokens', 'vendors'])
      delete old[name];
    await writeFile(stateFile, JSON.stringify(old));

    const server = await startReachServer({ stateFile });
    try {
      const ks = await server.session();
      const call = agentsCaller(server.url);
      assert.deepEqual((await call('agent/list', ks, { partnerId: SEED.partner })).body, {
        totalCount: 0,
        objects: [],
      });
      const definitions = (await call('actionDefinition/list', ks, { partnerId: SEED.partner })).body;
      assert.equal(definitions.objects[0].vendors[0].name, 'Vendor 5501', 'vendors without names are named by id');
      const trigger = await call('trigger/create', ks, { partnerId: SEED.partner, systemName: 'RUN_ON_DEMAND' });
      assert.equal(trigger.status, 200);
      const token = await server.api('uploadToken', 'add', { ks });
      assert.equal(token.status, 0);
    } finally {
      await server.close();
    }
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
});
