// @ts-check
/** The seeded accounts that refuse every order, and the flaky clips vendor, as a client meets them. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { FLAKY_CLIPS_VENDOR_ERROR } from '../../src/sandbox/reach/vendor.js';
import { SEED } from '../../src/sandbox/seed/ids.js';
import { order, useReachServer } from './reach-server.js';

const { entries: E, catalog: C, profiles: P } = SEED;

const server = useReachServer();

/** @param {number} partnerId */
const adminOf = (partnerId) => server.session({ partnerId, userId: `admin@${partnerId}.example` });
/** @param {any} list */
const idsOf = (list) => list.objects.map((/** @type {any} */ object) => Number(object.id));
const DISABLED = 1;
const ACTIVE = 2;

/**
 * What an order form loads for the account: its profiles with their status, the services enabled for it
 * with their default profile, and the state of its video.
 * @param {string} ks @param {string} entryId
 */
async function accountView(ks, entryId) {
  const profiles = await server.api('reach_reachprofile', 'list', { ks });
  const catalog = await server.api('reach_vendorcatalogitem', 'list', {
    ks,
    filter: { objectType: 'KalturaVendorCatalogItemFilter', orderBy: '+id' },
  });
  const entry = await server.api('media', 'get', { ks, entryId });
  return {
    profiles: profiles.objects.map((/** @type {any} */ profile) => [profile.id, profile.status]),
    catalog: catalog.objects.map((/** @type {any} */ item) => [item.id, item.defaultReachProfileId]),
    entry: [entry.partnerId, entry.status, entry.mediaType],
  };
}

describe('an account whose REACH profiles are all disabled', () => {
  const partnerId = SEED.partnerWithoutActiveProfile;

  test('has services enabled with its disabled profile, and a ready video', async () => {
    assert.deepEqual(await accountView(await adminOf(partnerId), E.withoutActiveProfileVideo), {
      profiles: [[P.withoutActiveProfileDisabled, DISABLED]],
      catalog: [C.machineCaptionsEnglish, C.machineClipsEnglish, C.machineSummaryEnglish].map((id) => [
        id,
        P.withoutActiveProfileDisabled,
      ]),
      entry: [partnerId, '2', 1],
    });
  });

  test('orders answer REACH_PROFILE_NOT_FOUND, with the default profile or any other', async () => {
    const ks = await adminOf(partnerId);
    const withDefault = await server.api('reach_entryvendortask', 'add', {
      ks,
      ...order(E.withoutActiveProfileVideo, C.machineCaptionsEnglish),
    });
    assert.deepEqual(
      [withDefault.code, withDefault.args],
      ['REACH_PROFILE_NOT_FOUND', { ID: String(P.withoutActiveProfileDisabled) }],
    );
    const withAnotherPartners = await server.api('reach_entryvendortask', 'add', {
      ks,
      ...order(E.withoutActiveProfileVideo, C.machineCaptionsEnglish, { reachProfileId: P.default }),
    });
    assert.deepEqual(
      [withAnotherPartners.code, withAnotherPartners.args],
      ['REACH_PROFILE_NOT_FOUND', { ID: String(P.default) }],
    );
  });
});

describe('an account with an active profile but no catalog item enabled', () => {
  const partnerId = SEED.partnerWithoutCatalogItems;

  test('has an active profile, no services, and a ready video', async () => {
    assert.deepEqual(await accountView(await adminOf(partnerId), E.withoutCatalogItemsVideo), {
      profiles: [[P.withoutCatalogItems, ACTIVE]],
      catalog: [],
      entry: [partnerId, '2', 1],
    });
  });

  test('orders answer CATALOG_ITEM_NOT_ENABLED_FOR_ACCOUNT, even with its active profile', async () => {
    const error = await server.api('reach_entryvendortask', 'add', {
      ks: await adminOf(partnerId),
      ...order(E.withoutCatalogItemsVideo, C.machineCaptionsEnglish, { reachProfileId: P.withoutCatalogItems }),
    });
    assert.deepEqual(
      [error.code, error.args],
      ['CATALOG_ITEM_NOT_ENABLED_FOR_ACCOUNT', { ID: String(C.machineCaptionsEnglish) }],
    );
  });
});

describe('the seeded accounts', () => {
  test('take their user secrets and see only their own entries', async () => {
    for (const partnerId of [SEED.partnerWithoutActiveProfile, SEED.partnerWithoutCatalogItems]) {
      const userKs = await server.api('session', 'start', {
        secret: `sandbox-user-${partnerId}`,
        partnerId,
        type: 0,
        userId: 'viewer@example.com',
      });
      assert.equal(typeof userKs, 'string', JSON.stringify(userKs));
    }
    const other = await server.api('media', 'get', {
      ks: await adminOf(SEED.partnerWithoutCatalogItems),
      entryId: E.withoutActiveProfileVideo,
    });
    assert.equal(other.code, 'ENTRY_ID_NOT_FOUND');
  });
});

describe('the flaky clips vendor', () => {
  const clips = { taskJobData: { objectType: 'KalturaClipsVendorTaskData', clipsDuration: 60 } };
  /** @param {Record<string, any>} params */
  const add = async (params) => {
    const task = await server.api('reach_entryvendortask', 'add', { ks: server.ks, ...params });
    assert.equal(task.objectType, 'KalturaEntryVendorTask', JSON.stringify(task));
    return task;
  };
  /** @param {string} id */
  const getTask = (id) => server.api('reach_entryvendortask', 'get', { ks: server.ks, id });
  const usedCredit = async () =>
    (await server.api('reach_reachprofile', 'get', { ks: server.ks, id: P.default })).usedCredit;

  test('is a machine clips item in English enabled for partner 1001', async () => {
    const item = await server.api('reach_vendorcatalogitem', 'get', { ks: server.ks, id: C.machineClipsEnglishFlaky });
    assert.deepEqual(
      [item.objectType, item.serviceType, item.serviceFeature, item.sourceLanguage],
      ['KalturaVendorClipsCatalogItem', 2, 10, 'English'],
      'machine clips in English',
    );
    const enabled = await server.api('reach_vendorcatalogitem', 'list', {
      ks: server.ks,
      filter: { objectType: 'KalturaVendorClipsCatalogItemFilter' },
    });
    assert.ok(idsOf(enabled).includes(C.machineClipsEnglishFlaky));
  });

  test('fails the 1st and 3rd order with an error description and a refund; the 2nd delivers clips', async () => {
    const before = await usedCredit();
    const first = await add(order(E.keynote30, C.machineClipsEnglishFlaky, clips));
    const second = await add(order(E.lecture45, C.machineClipsEnglishFlaky, clips));
    const third = await add(order(E.seminar12, C.machineClipsEnglishFlaky, clips));
    assert.equal(first.price, 15, 'charged when ordered (30 min × 0.5)');
    assert.equal(await usedCredit(), before + first.price + second.price + third.price);
    server.advance(10);
    const [firstDone, secondDone, thirdDone] = await Promise.all(
      [first, second, third].map((task) => getTask(task.id)),
    );
    for (const failed of [firstDone, thirdDone]) {
      assert.deepEqual([failed.status, failed.errDescription, failed.price], [6, FLAKY_CLIPS_VENDOR_ERROR, 0]);
      assert.equal(failed.finishTime, failed.queueTime + 10);
    }
    assert.equal(secondDone.status, 2);
    assert.ok(JSON.parse(secondDone.taskJobData.outputJson).length > 0, 'the delivered task lists its clips');
    assert.equal(await usedCredit(), before + second.price, 'the failed tasks were refunded');
  });
});
