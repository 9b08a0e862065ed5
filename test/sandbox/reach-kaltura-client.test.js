// @ts-check
/** Kaltura's official Node client (npm `kaltura-client`, JSON wire) drives the sandbox unchanged. */
import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import kaltura from 'kaltura-client';
import { SEED } from '../../src/sandbox/seed/ids.js';
import { useReachServer } from './reach-server.js';

const { entries: E, catalog: C, profiles: P, tasks: T, users: U } = SEED;
const { services, objects, enums } = kaltura;

const server = useReachServer();
/** @type {any} */
let client;
beforeEach(async () => {
  const config = new kaltura.Configuration();
  config.serviceUrl = server.url;
  client = new kaltura.Client(config);
  client.setKs(await startSession(SEED.secrets[1001].admin, enums.SessionType.ADMIN, U.professor));
});

/** @param {string} secret @param {number} type @param {string} userId @returns {Promise<string>} */
function startSession(secret, type, userId) {
  return services.session.start(secret, userId, type, SEED.partner).execute(client);
}

/** @param {string} entryId @param {number} catalogItemId @param {Record<string, any>} [fields] */
const newTask = (entryId, catalogItemId, fields = {}) =>
  new objects.EntryVendorTask({ entryId, catalogItemId, ...fields });

describe('the official Node client', () => {
  test('session.start, catalog, profiles and entries', async () => {
    const clipsItems = await services.vendorCatalogItem
      .listAction(new objects.VendorClipsCatalogItemFilter())
      .execute(client);
    assert.deepEqual(
      clipsItems.objects.map((/** @type {any} */ item) => [item.id, item.objectType]),
      [
        [C.machineClipsEnglish, 'KalturaVendorClipsCatalogItem'],
        [C.machineClipsEnglishFlaky, 'KalturaVendorClipsCatalogItem'],
      ],
    );
    assert.equal(clipsItems.objects[0].defaultReachProfileId, P.default);

    const profiles = await services.reachProfile
      .listAction(new objects.ReachProfileFilter({ statusEqual: enums.ReachProfileStatus.ACTIVE }))
      .execute(client);
    assert.deepEqual(
      profiles.objects.map((/** @type {any} */ profile) => profile.id).sort(),
      [P.default, P.moderated, P.nearlyOutOfCredit, P.expired, P.unlimited].sort(),
    );

    const entry = await services.baseEntry.get(E.keynote30).execute(client);
    assert.equal(entry.name, 'Opening Keynote: Science on a Warming Planet');
  });

  test('entryVendorTask add, get, list and abort', async () => {
    const task = await services.entryVendorTask
      .add(
        newTask(E.keynote30, C.machineClipsEnglish, {
          taskJobData: new objects.ClipsVendorTaskData({ clipsDuration: 45, instruction: 'Announcements' }),
        }),
      )
      .execute(client);
    assert.deepEqual(
      [task.status, task.serviceFeature, task.taskJobData.objectType, task.taskJobData.clipsDuration],
      [1, 10, 'KalturaClipsVendorTaskData', 45],
    );

    const fetched = await services.entryVendorTask.get(task.id).execute(client);
    assert.equal(fetched.id, task.id);

    const listed = await services.entryVendorTask
      .listAction(new objects.EntryVendorTaskFilter({ entryIdEqual: E.keynote30 }))
      .execute(client);
    assert.deepEqual(
      listed.objects.map((/** @type {any} */ listedTask) => listedTask.id),
      [task.id],
    );

    const aborted = await services.entryVendorTask.abort(task.id, 'Changed my mind').execute(client);
    assert.equal(aborted.status, 7);
    await assert.rejects(
      services.entryVendorTask.get(task.id).execute(client),
      (/** @type {any} */ error) => error.code === 'ENTRY_VENDOR_TASK_NOT_FOUND',
    );
  });

  test('approve and reject moderated orders', async () => {
    const approved = await services.entryVendorTask.approve(T.pendingModeration).execute(client);
    assert.deepEqual([approved.status, approved.moderatingUser], [1, U.professor]);

    const adminKs = client.getKs();
    client.setKs(await startSession(SEED.secrets[1001].user, enums.SessionType.USER, U.student));
    const ordered = await services.entryVendorTask
      .add(newTask(E.studentInterview, C.machineCaptionsEnglish, { reachProfileId: P.moderated }))
      .execute(client);
    assert.equal(ordered.status, 4);
    client.setKs(adminKs);
    const rejected = await services.entryVendorTask.reject(ordered.id, 'Duplicate request').execute(client);
    assert.deepEqual([rejected.status, rejected.errDescription], [5, 'Duplicate request']);
  });

  test('baseEntry.clone and a multirequest with a back-reference', async () => {
    const clone = await services.baseEntry
      .cloneAction(E.keynote30, [
        new objects.BaseEntryCloneOptionComponent({
          itemType: enums.BaseEntryCloneOptions.FLAVORS,
          rule: enums.CloneComponentSelectorType.EXCLUDE_COMPONENT,
        }),
      ])
      .execute(client);
    assert.notEqual(clone.id, E.keynote30);
    assert.equal(clone.rootEntryId, E.keynote30);

    const results = await services.entryVendorTask
      .add(newTask(E.welcome, C.machineCaptionsEnglish))
      .add(services.entryVendorTask.get('{1:result:id}'))
      .execute(client);
    assert.equal(results.length, 2);
    assert.equal(results[0].status, 1);
    assert.equal(results[1].id, results[0].id);
  });
});
