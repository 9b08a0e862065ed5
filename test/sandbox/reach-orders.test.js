// @ts-check
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SEED } from '../../src/sandbox/seed/ids.js';
import { order, useReachServer } from './reach-server.js';

const { entries: E, catalog: C, profiles: P, tasks: T, users: U } = SEED;

const server = useReachServer();

/** @param {Record<string, any>} params */
const add = (params, ks = server.ks) => server.api('reach_entryvendortask', 'add', { ks, ...params });
/** @param {number} id */
const usedCredit = async (id) => (await server.api('reach_reachprofile', 'get', { ks: server.ks, id })).usedCredit;

describe("entryVendorTask.add — errors in the server's check order (kaltura-rules §4.2)", () => {
  /** @type {Array<[string, () => Promise<any>, string, Record<string, string> | []]>} */
  const cases = [
    [
      'no task at all',
      () => server.api('reach_entryvendortask', 'add', { ks: server.ks }),
      'MISSING_MANDATORY_PARAMETER',
      { PARAM_NAME: 'entryVendorTask' },
    ],
    [
      'job data without objectType',
      () => add(order(E.welcome, C.machineClipsEnglish, { taskJobData: { clipsDuration: 30 } })),
      'OBJECT_TYPE_ABSTRACT',
      { OBJ_TYPE: 'KalturaVendorTaskData' },
    ],
    [
      'no catalog item, even for an unknown entry',
      () => add({ entryVendorTask: { objectType: 'KalturaEntryVendorTask', entryId: '0_nothere1' } }),
      'PROPERTY_VALIDATION_CANNOT_BE_NULL',
      { PROP_NAME: 'KalturaEntryVendorTask::catalogItemId' },
    ],
    [
      'no entry id',
      () => add({ entryVendorTask: { objectType: 'KalturaEntryVendorTask', catalogItemId: C.machineCaptionsEnglish } }),
      'PROPERTY_VALIDATION_CANNOT_BE_NULL',
      { PROP_NAME: 'KalturaEntryVendorTask::entryId' },
    ],
    [
      'unknown entry',
      () => add(order('0_nothere1', C.machineCaptionsEnglish)),
      'ENTRY_ID_NOT_FOUND',
      { ENTRY_ID: '0_nothere1' },
    ],
    [
      "another partner's entry",
      () => add(order(E.otherPartnerIntro, C.machineCaptionsEnglish)),
      'ENTRY_ID_NOT_FOUND',
      { ENTRY_ID: E.otherPartnerIntro },
    ],
    [
      'entry still converting',
      () => add(order(E.processing, C.machineCaptionsEnglish)),
      'ENTRY_NOT_READY',
      { STATUS: '1' },
    ],
    [
      'partner data that is not a JSON object, before the catalog check',
      () => add(order(E.welcome, 99_999, { partnerData: '[]' })),
      'PARTNER_DATA_NOT_VALID_JSON_STRING',
      [],
    ],
    [
      'clips without clipsDuration, before the catalog check',
      () => add(order(E.welcome, 99_999, { taskJobData: { objectType: 'KalturaClipsVendorTaskData' } })),
      'PROPERTY_VALIDATION_CANNOT_BE_NULL',
      { PROP_NAME: 'KalturaClipsVendorTaskData::clipsDuration' },
    ],
    ['unknown catalog item', () => add(order(E.welcome, 99_999)), 'CATALOG_ITEM_NOT_FOUND', { ID: '99999' }],
    [
      'deleted catalog item',
      () => add(order(E.welcome, C.deletedMachineCaptionsEnglish)),
      'CATALOG_ITEM_NOT_FOUND',
      { ID: String(C.deletedMachineCaptionsEnglish) },
    ],
    [
      'a read-only field, before the account check',
      () => add(order(E.welcome, C.notEnabledHumanCaptionsGerman, { price: 1 })),
      'PROPERTY_VALIDATION_NOT_UPDATABLE',
      { PROP_NAME: 'KalturaEntryVendorTask::price' },
    ],
    [
      'item not enabled for the account',
      () => add(order(E.welcome, C.notEnabledHumanCaptionsGerman)),
      'CATALOG_ITEM_NOT_ENABLED_FOR_ACCOUNT',
      { ID: String(C.notEnabledHumanCaptionsGerman) },
    ],
    [
      'disabled profile',
      () => add(order(E.welcome, C.machineCaptionsEnglish, { reachProfileId: P.disabled })),
      'REACH_PROFILE_NOT_FOUND',
      { ID: String(P.disabled) },
    ],
    [
      "another partner's profile",
      () => add(order(E.welcome, C.machineCaptionsEnglish, { reachProfileId: P.otherPartner })),
      'REACH_PROFILE_NOT_FOUND',
      { ID: String(P.otherPartner) },
    ],
    [
      'captions for an 8-second entry',
      () => add(order(E.teaser8, C.machineCaptionsEnglish)),
      'ENTRY_TOO_SHORT',
      { ENTRY_ID: E.teaser8 },
    ],
    [
      'clips of an image',
      () =>
        add(
          order(E.diagram, C.machineClipsEnglish, {
            taskJobData: { objectType: 'KalturaClipsVendorTaskData', clipsDuration: 30 },
          }),
        ),
      'FEATURE_TYPE_NOT_SUPPORTED_FOR_ENTRY',
      { FEATURE: '10', ID: E.diagram },
    ],
    [
      'OCR of a video longer than the item allows',
      () => add(order(E.lecture45, C.machineVideoAnalysisOcr)),
      'FEATURE_TYPE_NOT_SUPPORTED_FOR_ENTRY',
      { FEATURE: '14', ID: E.lecture45 },
    ],
    [
      'translation without a source caption',
      () => add(order(E.seminar12, C.machineTranslationEnglishToSpanish)),
      'REQUIRE_CAPTION',
      { CATALOG_ITEM_ID: String(C.machineTranslationEnglishToSpanish) },
    ],
    [
      'a profile whose credit period ended',
      () => add(order(E.welcome, C.machineCaptionsEnglish, { reachProfileId: P.expired })),
      'CREDIT_EXPIRED',
      { ENTRY_ID: E.welcome, CATALOG_ITEM_ID: String(C.machineCaptionsEnglish) },
    ],
    [
      'more than the remaining credit',
      () => add(order(E.lecture45, C.humanCaptionsEnglish1Day, { reachProfileId: P.nearlyOutOfCredit })),
      'EXCEEDED_MAX_CREDIT_ALLOWED',
      { ENTRY_ID: E.lecture45, CATALOG_ITEM_ID: String(C.humanCaptionsEnglish1Day) },
    ],
    [
      'the same service again for the same version',
      () => add(order(E.withTasks, C.machineCaptionsEnglish)),
      'ENTRY_VENDOR_TASK_DUPLICATION',
      { ENTRY_ID: E.withTasks, CATALOG_ITEM_ID: String(C.machineCaptionsEnglish), VERSION: '2' },
    ],
  ];
  for (const [name, call, code, args] of cases) {
    test(name, async () => {
      const error = await call();
      assert.equal(error.objectType, 'KalturaAPIException', JSON.stringify(error));
      assert.equal(error.code, code, JSON.stringify(error));
      assert.deepEqual(error.args, args);
    });
  }

  test('a partner without REACH is refused the feature', async () => {
    const ks = await server.session({ partnerId: SEED.partnerWithoutReach, userId: 'admin@noreach.example' });
    const error = await add(order(E.welcome, C.machineCaptionsEnglish), ks);
    assert.equal(error.code, 'FEATURE_FORBIDDEN');
    assert.equal(error.message, 'The usage of feature [reach] is forbidden');
  });

  test('a user may order for any entry the server finds for them: no edit right is asked', async () => {
    const studentKs = await server.session({ type: 0, userId: U.student });
    const task = await add(order(E.welcome, C.machineCaptionsEnglish), studentKs);
    assert.deepEqual([task.status, task.userId], [1, U.student]);
    assert.equal((await add(order(E.studentInterview, C.machineCaptionsEnglish), studentKs)).status, 1);
  });

  test('a failed order leaves no trace: no task, no credit used', async () => {
    const before = await usedCredit(P.nearlyOutOfCredit);
    await add(order(E.lecture45, C.humanCaptionsEnglish1Day, { reachProfileId: P.nearlyOutOfCredit }));
    assert.equal(await usedCredit(P.nearlyOutOfCredit), before);
    const list = await server.api('reach_entryvendortask', 'list', {
      ks: server.ks,
      filter: { objectType: 'KalturaEntryVendorTaskFilter', entryIdEqual: E.lecture45 },
    });
    assert.equal(list.totalCount, 0);
  });
});

describe('entryVendorTask.add — the accepted order', () => {
  test('is PENDING, priced per started minute, charged to the default profile, due after the turnaround time', async () => {
    const before = await usedCredit(P.default);
    const task = await add(
      order(E.welcome, C.machineCaptionsEnglish, { notes: 'Speaker: the dean', partnerData: '{"ticket":42}' }),
    );
    assert.equal(task.objectType, 'KalturaEntryVendorTask');
    assert.equal(typeof task.id, 'string', 'bigint ids travel as strings');
    assert.equal(task.status, 1);
    assert.equal(task.price, 1.5, '2 min 05 s → 3 minutes × 0.5');
    assert.equal(task.reachProfileId, P.default);
    assert.equal(task.userId, U.professor);
    assert.equal(task.version, 1);
    assert.equal(task.creationMode, 1);
    assert.equal(task.expectedFinishTime, task.queueTime + 7200);
    assert.equal(task.dictionary?.split('\n')[0], 'mitochondria', 'the profile dictionary of the source language');
    assert.equal(task.notes, 'Speaker: the dean');
    assert.equal(await usedCredit(P.default), before + 1.5);
  });

  test('fixed add-ons are part of the price; free items cost nothing and skip credit checks', async () => {
    const withAddons = await add(order(E.welcome, C.humanCaptionsEnglish5DaysSpeakerId));
    assert.equal(withAddons.price, 3 * 1.5 + 5);
    const free = await add(order(E.welcome, C.machineCaptionsEnglishResubmittable, { reachProfileId: P.expired }));
    assert.equal(free.status, 1);
    assert.equal(free.price, 0);
  });

  test('vendor-only fields sent by a partner are ignored, not rejected', async () => {
    const task = await add(
      order(E.welcome, C.machineCaptionsEnglish, { status: 2, accuracy: 100, outputObjectId: '0_fake' }),
    );
    assert.equal(task.status, 1);
    assert.equal(task.accuracy, undefined);
    assert.equal(task.outputObjectId, undefined);
  });
});

describe('moderation (kaltura-rules §4.6, §4.7)', () => {
  test("a user's order under a moderated profile waits for approval and is charged when approved", async () => {
    const studentKs = await server.session({ type: 0, userId: U.student });
    const before = await usedCredit(P.moderated);
    const task = await add(
      order(E.studentInterview, C.machineCaptionsEnglish, { reachProfileId: P.moderated }),
      studentKs,
    );
    assert.equal(task.status, 4);
    assert.equal(task.queueTime, undefined);
    assert.equal(await usedCredit(P.moderated), before, 'nothing is charged while pending moderation');

    const refused = await server.api('reach_entryvendortask', 'approve', { ks: studentKs, id: task.id });
    assert.equal(refused.code, 'SERVICE_FORBIDDEN', 'users do not approve their own orders');

    const approved = await server.api('reach_entryvendortask', 'approve', { ks: server.ks, id: task.id });
    assert.equal(approved.status, 1);
    assert.equal(approved.moderatingUser, U.professor);
    assert.ok(approved.queueTime > 0 && approved.expectedFinishTime > approved.queueTime);
    assert.equal(await usedCredit(P.moderated), before + task.price);

    const again = await server.api('reach_entryvendortask', 'approve', { ks: server.ks, id: task.id });
    assert.deepEqual([again.code, again.args], ['CANNOT_APPROVE_NOT_MODERATED_TASK', []]);
  });

  test('an admin session is never moderated', async () => {
    const task = await add(order(E.studentInterview, C.machineCaptionsEnglish, { reachProfileId: P.moderated }));
    assert.equal(task.status, 1);
  });

  test('reject keeps the reason and charges nothing', async () => {
    const before = await usedCredit(P.moderated);
    const rejected = await server.api('reach_entryvendortask', 'reject', {
      ks: server.ks,
      id: T.pendingModeration,
      rejectReason: "Not in this term's budget",
    });
    assert.equal(rejected.status, 5);
    assert.equal(rejected.errDescription, "Not in this term's budget");
    assert.equal(rejected.moderatingUser, U.professor);
    assert.equal(await usedCredit(P.moderated), before);
    const again = await server.api('reach_entryvendortask', 'reject', { ks: server.ks, id: T.pendingModeration });
    assert.equal(again.code, 'CANNOT_REJECT_NOT_MODERATED_TASK');
  });

  test('approval needs credit: EXCEEDED_MAX_CREDIT_ALLOWED (the error the server means, §7 quirk 4)', async () => {
    const update = await server.api('reach_reachprofile', 'update', {
      ks: await server.session({ privileges: `setrole:${SEED.roles.reachConsole}` }),
      id: P.moderated,
      reachProfile: {
        objectType: 'KalturaReachProfile',
        credit: { objectType: 'KalturaVendorCredit', credit: 100, fromDate: 1 },
      },
    });
    assert.equal(update.credit.objectType, 'KalturaVendorCredit');
    const error = await server.api('reach_entryvendortask', 'approve', { ks: server.ks, id: T.pendingModeration });
    assert.deepEqual(
      [error.code, error.args],
      ['EXCEEDED_MAX_CREDIT_ALLOWED', { ENTRY_ID: E.withTasks, CATALOG_ITEM_ID: String(C.humanCaptionsEnglish1Day) }],
    );
    const task = await server.api('reach_entryvendortask', 'get', { ks: server.ks, id: T.pendingModeration });
    assert.equal(task.status, 4);
  });
});

describe('abort (kaltura-rules §4.7)', () => {
  test('an aborted task answers with status 7, then disappears from get and list; no refund', async () => {
    const task = await add(order(E.welcome, C.humanCaptionsEnglish3Days));
    const charged = await usedCredit(P.default);
    const aborted = await server.api('reach_entryvendortask', 'abort', {
      ks: server.ks,
      id: task.id,
      abortReason: 'Wrong video',
    });
    assert.equal(aborted.status, 7);
    assert.equal(aborted.errDescription, 'Wrong video');
    const gone = await server.api('reach_entryvendortask', 'get', { ks: server.ks, id: task.id });
    assert.deepEqual([gone.code, gone.args], ['ENTRY_VENDOR_TASK_NOT_FOUND', { ID: task.id }]);
    const list = await server.api('reach_entryvendortask', 'list', {
      ks: server.ks,
      filter: { objectType: 'KalturaEntryVendorTaskFilter', statusEqual: 7 },
    });
    assert.deepEqual([list.totalCount, list.objects], [0, []]);
    assert.equal(await usedCredit(P.default), charged);
  });

  test('only PENDING, PENDING_MODERATION and SCHEDULED tasks can be aborted', async () => {
    const processing = await server.api('reach_entryvendortask', 'abort', { ks: server.ks, id: T.processing });
    assert.deepEqual(
      [processing.code, processing.message, processing.args],
      ['CANNOT_ABORT_NOT_MODERATED_TASK', 'Cannot abort task which is not pending moderation', []],
    );
    assert.equal(
      (await server.api('reach_entryvendortask', 'abort', { ks: server.ks, id: T.ready })).code,
      'CANNOT_ABORT_NOT_MODERATED_TASK',
    );
    assert.equal((await server.api('reach_entryvendortask', 'abort', { ks: server.ks, id: T.scheduled })).status, 7);
  });

  test('a user session may abort only the tasks it created', async () => {
    const studentKs = await server.session({ type: 0, userId: U.student });
    const error = await server.api('reach_entryvendortask', 'abort', { ks: studentKs, id: T.pending });
    assert.deepEqual(
      [error.code, error.args],
      ['ENTRY_VENDOR_TASK_ACTION_NOT_ALLOWED', { ID: String(T.pending), USER_ID: U.student }],
    );
    const own = await server.api('reach_entryvendortask', 'abort', { ks: studentKs, id: T.pendingModeration });
    assert.equal(own.status, 7);
  });
});

describe('duplicates and resubmission (kaltura-rules §4.5)', () => {
  test('an item that allows resubmission may be ordered again once the first task is done', async () => {
    const first = await add(order(E.welcome, C.machineCaptionsEnglishResubmittable));
    const whileActive = await add(order(E.welcome, C.machineCaptionsEnglishResubmittable));
    assert.deepEqual([whileActive.code, whileActive.args.VERSION], ['ENTRY_VENDOR_TASK_DUPLICATION', '1']);
    server.advance(10);
    assert.equal((await server.api('reach_entryvendortask', 'get', { ks: server.ks, id: first.id })).status, 2);
    const second = await add(order(E.welcome, C.machineCaptionsEnglishResubmittable));
    assert.equal(second.status, 1);
    assert.notEqual(second.id, first.id);
  });

  test('an item without resubmission refuses a second order even after READY', async () => {
    await add(order(E.welcome, C.machineCaptionsEnglish));
    server.advance(10);
    assert.equal((await add(order(E.welcome, C.machineCaptionsEnglish))).code, 'ENTRY_VENDOR_TASK_DUPLICATION');
  });
});

describe('list, get, update', () => {
  test('list filters, orders and pages; aborted tasks never appear', async () => {
    /** @param {Record<string, any>} filter @param {Record<string, any>} [pager] */
    const list = (filter, pager) =>
      server.api('reach_entryvendortask', 'list', {
        ks: server.ks,
        filter: { objectType: 'KalturaEntryVendorTaskFilter', ...filter },
        ...(pager ? { pager } : {}),
      });
    const onEntry = await list({ entryIdEqual: E.withTasks });
    assert.deepEqual(
      onEntry.objects.map((/** @type {any} */ task) => Number(task.id)),
      [T.pending, T.ready, T.processing, T.pendingModeration, T.rejected, T.error, T.scheduled],
    );
    const byStatus = await list({ entryIdEqual: E.withTasks, statusIn: '2,3', orderBy: '-id' });
    assert.deepEqual(
      byStatus.objects.map((/** @type {any} */ task) => Number(task.id)),
      [T.processing, T.ready],
    );
    const byUser = await list({ userIdEqual: U.student });
    assert.deepEqual(
      byUser.objects.map((/** @type {any} */ task) => Number(task.id)),
      [T.pendingModeration, T.rejected],
    );
    const byText = await list({ freeText: 'revision' });
    assert.deepEqual(
      byText.objects.map((/** @type {any} */ task) => Number(task.id)),
      [T.pendingModeration],
    );
    const paged = await list({ entryIdEqual: E.withTasks }, { pageSize: 2, pageIndex: 2 });
    assert.deepEqual(
      [paged.totalCount, paged.objects.map((/** @type {any} */ task) => Number(task.id))],
      [7, [T.processing, T.pendingModeration]],
    );
    const byIds = await list({ idIn: `${T.ready},${T.aborted}` });
    assert.deepEqual(
      byIds.objects.map((/** @type {any} */ task) => Number(task.id)),
      [T.ready],
    );
  });

  test('asking the same list again sees every change: an order, an update, the vendor, an abort', async () => {
    const ids = async (/** @type {Record<string, any>} */ filter) =>
      (
        await server.api('reach_entryvendortask', 'list', {
          ks: server.ks,
          filter: { objectType: 'KalturaEntryVendorTaskFilter', ...filter },
        })
      ).objects.map((/** @type {any} */ task) => Number(task.id));
    const processing = { entryIdEqual: E.welcome, statusEqual: 3 };
    const noted = { freeText: 'second speaker' };
    const task = await add(order(E.welcome, C.machineCaptionsEnglish));
    assert.deepEqual([await ids(processing), await ids(noted)], [[], []]);
    await server.api('reach_entryvendortask', 'update', {
      ks: server.ks,
      id: task.id,
      entryVendorTask: { objectType: 'KalturaEntryVendorTask', notes: 'A second speaker joins at 1:10' },
    });
    assert.deepEqual(await ids(noted), [Number(task.id)]);
    server.advance(3);
    assert.deepEqual(await ids(processing), [Number(task.id)]);
    await server.api('reach_entryvendortask', 'abort', { ks: server.ks, id: T.pending });
    assert.ok(!(await ids({ entryIdEqual: E.withTasks })).includes(T.pending));
  });

  test('update changes notes; insert-only fields cannot change; final tasks keep their units', async () => {
    const updated = await server.api('reach_entryvendortask', 'update', {
      ks: server.ks,
      id: T.pending,
      entryVendorTask: { objectType: 'KalturaEntryVendorTask', notes: 'Two speakers only' },
    });
    assert.equal(updated.notes, 'Two speakers only');
    const io = await server.api('reach_entryvendortask', 'update', {
      ks: server.ks,
      id: T.pending,
      entryVendorTask: { objectType: 'KalturaEntryVendorTask', catalogItemId: C.machineCaptionsEnglish },
    });
    assert.deepEqual(
      [io.code, io.args],
      ['PROPERTY_VALIDATION_NOT_UPDATABLE', { PROP_NAME: 'KalturaEntryVendorTask::catalogItemId' }],
    );
    const units = await server.api('reach_entryvendortask', 'update', {
      ks: server.ks,
      id: T.ready,
      entryVendorTask: { objectType: 'KalturaEntryVendorTask', unitsUsed: 1 },
    });
    assert.equal(units.code, 'CANNOT_UPDATE_UNIT_USED_OF_TASK_WHICH_IS_IN_FINAL_STATE');
    const partnerData = await server.api('reach_entryvendortask', 'update', {
      ks: server.ks,
      id: T.pending,
      entryVendorTask: { objectType: 'KalturaEntryVendorTask', partnerData: 'nope' },
    });
    assert.equal(partnerData.code, 'PARTNER_DATA_NOT_VALID_JSON_STRING');
  });
});

describe('deleting an entry (kaltura-rules §4.7)', () => {
  test("aborts its waiting tasks with the server's reason and hides the entry", async () => {
    const pending = await add(order(E.welcome, C.machineCaptionsEnglish));
    assert.equal(pending.status, 1);
    assert.equal(await server.api('baseentry', 'delete', { ks: server.ks, entryId: E.welcome }), null);

    const gone = await server.api('baseentry', 'get', { ks: server.ks, entryId: E.welcome });
    assert.equal(gone.code, 'ENTRY_ID_NOT_FOUND');
    // Aborted tasks are hidden from get; the state keeps the reason.
    assert.equal(
      (await server.api('reach_entryvendortask', 'get', { ks: server.ks, id: pending.id })).code,
      'ENTRY_VENDOR_TASK_NOT_FOUND',
    );
    const stored = server.sandbox.state.tasks.get(pending.id);
    assert.equal(stored.status, 7);
    assert.equal(stored.errDescription, `Task was aborted by server, associated object [${E.welcome}] deleted`);
  });

  test('is refused to a user who may not edit the entry', async () => {
    const studentKs = await server.session({ type: 0, userId: U.student });
    const refused = await server.api('media', 'delete', { ks: studentKs, entryId: E.welcome });
    assert.equal(refused.code, 'SERVICE_FORBIDDEN');
    assert.equal(server.sandbox.state.entries[E.welcome].status, '2');
  });
});

describe('task data the server never returns (kaltura-rules §7 quirk 7)', () => {
  /** @param {string} language */
  const sentiment = (language) =>
    order(E.welcome, C.machineSentimentAnalysisPayPerUse, {
      taskJobData: { objectType: 'KalturaSentimentAnalysisVendorTaskData', language },
    });

  test('sentiment analysis takes a KalturaLanguageCode and answers without its task data', async () => {
    const task = await add(sentiment('es'));
    assert.equal(task.status, 1, JSON.stringify(task));
    assert.equal(task.taskJobData, undefined);
    assert.equal(
      (await server.api('reach_entryvendortask', 'get', { ks: server.ks, id: task.id })).taskJobData,
      undefined,
    );
  });

  test('a language name is not a language code', async () => {
    const refused = await add(sentiment('Spanish'));
    assert.equal(refused.code, 'INVALID_ENUM_VALUE');
  });
});
