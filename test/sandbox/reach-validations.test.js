// @ts-check
/**
 * What the server refuses or stores differently: entryVendorTask.update (kaltura-rules §4.7), a profile's credit
 * (§4.9), prices as stored (§4.1).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SEED } from '../../src/sandbox/seed/ids.js';
import { useReachServer } from './reach-server.js';

const { tasks: T, profiles: P, catalog: C, entries: E } = SEED;
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
        [
          'CANNOT_UPDATE_STATUS_OF_TASK_WHICH_IS_IN_FINAL_STATE',
          { ID: String(id), OLD_STATUS: String(status), NEW_STATUS: '1' },
        ],
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

describe('reachProfile.update: credit', () => {
  test('implausible dates are refused even to a session whose credit would be ignored', async () => {
    const before = await server.api('reach_reachprofile', 'get', { ks: server.ks, id: P.default });
    const credit = (/** @type {Record<string, unknown>} */ fields) =>
      server.api('reach_reachprofile', 'update', {
        ks: server.ks,
        id: P.default,
        reachProfile: {
          objectType: 'KalturaReachProfile',
          name: 'Should not stick',
          credit: { objectType: 'KalturaTimeRangeVendorCredit', credit: 10, fromDate: 1_900_000_000, ...fields },
        },
      });
    const reversed = await credit({ toDate: 1_800_000_000 });
    assert.deepEqual(
      [reversed.code, reversed.args],
      ['INVALID_CREDIT_DATES', { FROM: '1900000000', TO: '1800000000' }],
    );
    const open = await credit({});
    assert.deepEqual(
      [open.code, open.args],
      ['PROPERTY_VALIDATION_CANNOT_BE_NULL', { PROP_NAME: 'KalturaTimeRangeVendorCredit::toDate' }],
    );
    const after = await server.api('reach_reachprofile', 'get', { ks: server.ks, id: P.default });
    assert.deepEqual([after.name, after.credit], [before.name, before.credit]);
    const plausible = await credit({ toDate: 2_000_000_000 });
    assert.deepEqual(
      [plausible.name, plausible.credit],
      ['Should not stick', before.credit],
      'a plausible credit is still ignored for a partner session',
    );
  });
});

describe('prices', () => {
  test('read back as the server stores them (a single-precision column), and charged so', async () => {
    const profile = async () =>
      (await server.api('reach_reachprofile', 'get', { ks: server.ks, id: P.default })).usedCredit;
    const usedBefore = await profile();
    // 0.2 a minute for 3 started minutes: 0.6000000000000001 in double arithmetic, 0.6 in the database.
    const ordered = await server.api('reach_entryvendortask', 'add', {
      ks: server.ks,
      entryVendorTask: {
        objectType: 'KalturaEntryVendorTask',
        entryId: E.welcome,
        catalogItemId: C.machineChapteringEnglish,
        reachProfileId: P.default,
      },
    });
    assert.equal(ordered.price, 0.6, JSON.stringify(ordered));
    const read = await server.api('reach_entryvendortask', 'get', { ks: server.ks, id: ordered.id });
    assert.equal(read.price, 0.6);
    assert.equal(await profile(), usedBefore + 0.6);
  });
});
