// @ts-check
/** entryVendorTask.update as the server validates it (kaltura-rules §4.7). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SEED } from '../../src/sandbox/seed/ids.js';
import { useReachServer } from './reach-server.js';

const { tasks: T } = SEED;
const server = useReachServer();

/** @param {number} id @param {Record<string, unknown>} fields */
const update = (id, fields) =>
  server.api('reach_entryvendortask', 'update', {
    ks: server.ks,
    id,
    entryVendorTask: { objectType: 'KalturaEntryVendorTask', ...fields },
  });

describe('entryVendorTask.update', () => {
  test('a task in a final status keeps it: another status is refused, the same one is accepted', async () => {
    for (const [id, status] of /** @type {const} */ ([
      [T.ready, 2],
      [T.error, 6],
      [T.rejected, 5],
    ])) {
      const refused = await update(id, { status: 1 });
      assert.deepEqual(
        [refused.code, refused.args],
        ['CANNOT_UPDATE_STATUS_OF_TASK_WHICH_IS_IN_FINAL_STATE', { ID: String(id), OLD_STATUS: String(status), NEW_STATUS: '1' }],
      );
      const same = await update(id, { status, notes: 'kept' });
      assert.deepEqual([same.status, same.notes], [status, 'kept']);
    }
  });

  test('a partner session cannot change the status of an open task: the server drops the field', async () => {
    const answer = await update(T.pendingModeration, { status: 2, notes: 'try' });
    assert.deepEqual([answer.status, answer.notes], [4, 'try']);
  });

  test('unitsUsed on a final task is refused even when it is the stored value', async () => {
    const task = await server.api('reach_entryvendortask', 'get', { ks: server.ks, id: T.ready });
    assert.ok(task.unitsUsed > 0);
    const refused = await update(T.ready, { unitsUsed: task.unitsUsed });
    assert.deepEqual(
      [refused.code, refused.args],
      [
        'CANNOT_UPDATE_UNIT_USED_OF_TASK_WHICH_IS_IN_FINAL_STATE',
        { ID: String(T.ready), OLD_UNITS_USED: String(task.unitsUsed), NEW_UNITS_USED: String(task.unitsUsed) },
      ],
    );
  });
});
