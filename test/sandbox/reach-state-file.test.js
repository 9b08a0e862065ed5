// @ts-check
/** `--state FILE` with REACH data: tasks are a Map at run time and a plain object keyed by id in the file. */
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { SEED } from '../../src/sandbox/seed/ids.js';
import { order, startReachServer } from './reach-server.js';

const { entries: E, catalog: C, tasks: T } = SEED;

test('tasks survive a restart: the file lists them by id, and the vendor carries on where it stopped', async () => {
  const directory = await mkdtemp(join(tmpdir(), 'reach-sandbox-'));
  const stateFile = join(directory, 'state.json');
  try {
    const first = await startReachServer({ stateFile });
    const ordered = await first.api('reach_entryvendortask', 'add', {
      ks: await first.session(),
      ...order(E.welcome, C.machineCaptionsEnglish),
    });
    assert.equal(ordered.status, 1);
    await first.close();

    const saved = JSON.parse(await readFile(stateFile, 'utf8'));
    assert.deepEqual(
      [saved.tasks[ordered.id].status, saved.tasks[T.ready].status],
      [1, 2],
      'a plain object keyed by id, as state files always were',
    );

    const second = await startReachServer({ stateFile });
    try {
      const ks = await second.session();
      const list = await second.api('reach_entryvendortask', 'list', {
        ks,
        filter: { objectType: 'KalturaEntryVendorTaskFilter', orderBy: '-id' },
      });
      assert.equal(String(list.objects[0].id), String(ordered.id));
      second.advance(10);
      const ready = await second.api('reach_entryvendortask', 'get', { ks, id: ordered.id });
      assert.equal(ready.status, 2);
      assert.equal(typeof ready.outputObjectId, 'string', 'the captions were attached after the restart');
    } finally {
      await second.close();
    }
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
});

test('an entry converting at a stop turns READY after the restart, with its flavor', async () => {
  const directory = await mkdtemp(join(tmpdir(), 'reach-sandbox-'));
  const stateFile = join(directory, 'state.json');
  try {
    const first = await startReachServer({ stateFile });
    const ks = await first.session();
    // A writing call, so that the seed is saved, and the clock's indexes are built before the stop.
    await first.api('reach_entryvendortask', 'add', { ks, ...order(E.welcome, C.machineCaptionsEnglish) });
    assert.equal((await first.api('baseentry', 'get', { ks, entryId: E.processing })).status, '1');
    await first.close();

    const second = await startReachServer({ stateFile });
    try {
      const ks = await second.session();
      second.advance(15 * 60);
      assert.equal((await second.api('baseentry', 'get', { ks, entryId: E.processing })).status, '2');
      const flavors = await second.api('flavorasset', 'list', {
        ks,
        filter: { objectType: 'KalturaFlavorAssetFilter', entryIdEqual: E.processing },
      });
      assert.equal(flavors.totalCount, 1);
    } finally {
      await second.close();
    }
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
});
