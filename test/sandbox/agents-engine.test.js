// @ts-check
/**
 * The agent engine end to end, driven by the sandbox clock: uploads that become READY, entries added to
 * categories (and subcategories), on-demand runs; each step a real REACH task (creationMode 2) that the
 * execution follows to its outcome.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SEED } from '../../src/sandbox/seed/ids.js';
import { agentsCaller } from './agents-fixture.js';
import { useReachServer } from './reach-server.js';

const { agents: A, executions: X, entries: E, categories: CAT, catalog: C, profiles: P, users: U } = SEED;
const server = useReachServer();
/** @type {ReturnType<typeof agentsCaller>} */
const call = (...args) => agentsCaller(server.url)(...args);
const AUTOMATIC = 2;

/** media.add + media.addContent with a URL, as an uploader does; READY 15 s later. @param {string} ks */
async function upload(ks, mediaType = 1) {
  const entry = await server.api('media', 'add', {
    ks,
    entry: { objectType: 'KalturaMediaEntry', name: 'New upload', mediaType },
  });
  await server.api('media', 'addContent', {
    ks,
    entryId: entry.id,
    resource: { objectType: 'KalturaUrlResource', url: 'https://cdn.example.com/new.mp4' },
  });
  return entry;
}

/** @param {Record<string, any>} filter */
async function executions(filter) {
  const answer = await call('execution/list', server.ks, { partnerId: SEED.partner, ...filter });
  assert.equal(answer.status, 200, JSON.stringify(answer.body));
  return answer.body;
}

/** @param {string | number} id */
const task = (id) => server.api('reach_entryvendortask', 'get', { ks: server.ks, id });

/** @param {string} entryId @param {number} categoryId */
const addToCategory = (entryId, categoryId) =>
  server.api('categoryEntry', 'add', {
    ks: server.ks,
    categoryEntry: { objectType: 'KalturaCategoryEntry', entryId, categoryId },
  });

test('media uploaded: once activated, an upload that becomes READY runs the agent and orders an automatic task', async () => {
  const { ks } = server;
  await call('agent/update', ks, { id: A.uploadCaptions, status: 'Enabled' });
  const entry = await upload(ks);
  server.advance(5);
  assert.equal((await executions({ entryId: entry.id })).totalCount, 0, 'nothing while the entry converts');
  server.advance(10);
  const { objects } = await executions({ entryId: entry.id });
  assert.equal(objects.length, 1);
  const [execution] = objects;
  assert.deepEqual(
    [execution.agentId, execution.triggerSystemName, execution.status],
    [A.uploadCaptions, 'ENTRY_READY', 'Running'],
  );
  assert.match(execution.traceId, /^[0-9a-f]{32}$/);
  const ordered = await task(execution.steps[0].entryVendorTaskId);
  assert.deepEqual(
    [ordered.creationMode, ordered.entryId, ordered.catalogItemId, ordered.reachProfileId, ordered.userId],
    [AUTOMATIC, entry.id, C.machineCaptionsEnglish, P.default, U.professor],
    'automatic, from the action, for the entry owner',
  );
  const automatic = await server.api('reach_entryvendortask', 'list', {
    ks,
    filter: { objectType: 'KalturaEntryVendorTaskFilter', entryIdEqual: entry.id },
  });
  assert.equal(automatic.totalCount, 1, 'the task monitor sees it');

  server.advance(10);
  const done = (await call('execution/get', ks, { id: execution.id })).body;
  assert.deepEqual([done.status, done.steps[0].status], ['Succeeded', 'Succeeded'], 'follows the vendor to the end');
  assert.ok(done.updatedAt > done.createdAt);
});

test('a disabled agent never fires; deactivating stops an active one', async () => {
  const { ks } = server;
  const before = (await executions({})).totalCount;
  await upload(ks);
  server.advance(60);
  assert.equal((await executions({})).totalCount, before, 'the seeded upload agent is inactive');

  await call('agent/update', ks, { id: A.uploadCaptions, status: 'Enabled' });
  await call('agent/update', ks, { id: A.uploadCaptions, status: 'Disabled' });
  await upload(ks, 5);
  server.advance(60);
  assert.equal((await executions({ agentId: A.uploadCaptions })).totalCount, 0);
  await addToCategory(E.welcome, CAT.chemistry);
  assert.equal(
    (await executions({ agentId: A.coursesTrialVendor })).totalCount,
    1,
    'only its seeded execution: the inactive Courses agent ignores Chemistry',
  );
});

test('added to a category: Biology fires for its subcategories, Genetics only for itself', async () => {
  await addToCategory(E.welcome, CAT.cellBiology);
  const cell = await executions({ entryId: E.welcome });
  assert.deepEqual(
    cell.objects.map((/** @type {any} */ execution) => execution.agentId),
    [A.biologyCaptions],
    'Cell Biology is below Biology',
  );
  assert.equal(cell.objects[0].triggerSystemName, 'ENTRY_ADDED_TO_CATEGORY');
  const ordered = await task(cell.objects[0].steps[0].entryVendorTaskId);
  assert.equal(ordered.creationMode, AUTOMATIC);

  await addToCategory(E.keynote30, CAT.genetics);
  const genetics = await executions({ entryId: E.keynote30 });
  assert.deepEqual(
    genetics.objects.map((/** @type {any} */ execution) => execution.agentId).sort(),
    [A.biologyCaptions, A.geneticsHumanCaptions].sort(),
  );

  await addToCategory(E.keynote30, CAT.chemistry);
  assert.equal((await executions({ entryId: E.keynote30 })).totalCount, 2, 'Chemistry has no active agent');
});

test('added to a category without subcategories: the category itself fires, a subcategory does not', async () => {
  const { ks } = server;
  const trigger = (
    await call('trigger/create', ks, {
      partnerId: SEED.partner,
      systemName: 'ENTRY_ADDED_TO_CATEGORY',
      triggerParameters: { categoryIds: [String(CAT.events)], includeSubcategories: false },
    })
  ).body;
  assert.deepEqual(trigger.triggerParameters, { categoryIds: [CAT.events], includeSubcategories: false });
  const actions = (
    await call('actions/create', ks, {
      partnerId: SEED.partner,
      workflowId: 'publishing_workflow_dag',
      workflowActions: [{ type: 'summary', catalog_item_id: C.machineSummaryEnglish, reach_profile_id: P.default }],
    })
  ).body;
  const agent = (
    await call('agent/create', ks, {
      partnerId: SEED.partner,
      name: 'Events',
      triggerId: trigger.id,
      actionsId: actions.id,
      status: 'Enabled',
    })
  ).body;
  await addToCategory(E.lecture45, CAT.keynotes);
  assert.equal((await executions({ agentId: agent.id })).totalCount, 0, 'Keynotes is below Events');
  await addToCategory(E.lecture45, CAT.events);
  assert.equal((await executions({ agentId: agent.id })).totalCount, 1);
});

test('on demand: a mix of video, audio, image and too-short entries; some steps Skipped with reasons', async () => {
  const run = await call('agent/run', server.ks, {
    id: A.onDemand,
    entryIds: [E.welcome, E.podcast20, E.diagram, E.teaser8],
  });
  assert.equal(run.status, 200);
  const [video, audio, image, short] = run.body.objects;
  assert.deepEqual([video.entryId, video.status, video.triggerSystemName], [E.welcome, 'Running', 'RUN_ON_DEMAND']);
  assert.deepEqual(
    video.steps.map((/** @type {any} */ step) => step.status),
    ['Running', 'Pending'],
    'translation waits for the captions',
  );
  assert.equal(audio.status, 'Running');
  assert.deepEqual([image.status, image.steps[0].errorCode], ['Skipped', 'FEATURE_TYPE_NOT_SUPPORTED_FOR_ENTRY']);
  assert.deepEqual([short.status, short.steps[0].errorCode], ['Skipped', 'ENTRY_TOO_SHORT']);
  assert.match(short.steps[0].errorMessage, /minimum duration/);

  server.advance(10);
  const captioned = (await call('execution/get', server.ks, { id: video.id })).body;
  assert.deepEqual(
    captioned.steps.map((/** @type {any} */ step) => step.status),
    ['Succeeded', 'Running'],
    'the translation is ordered once captions exist',
  );
  const translation = await task(captioned.steps[1].entryVendorTaskId);
  assert.equal(
    translation.taskJobData.captionAssetId,
    (await task(captioned.steps[0].entryVendorTaskId)).outputObjectId,
    'from the new captions',
  );
  assert.equal(translation.reachProfileId, P.unlimited);
  server.advance(10);
  assert.equal((await call('execution/get', server.ks, { id: video.id })).body.status, 'Succeeded');

  const again = await call('agent/run', server.ks, { id: A.onDemand, entryIds: [E.welcome] });
  assert.deepEqual(
    [again.body.objects[0].status, again.body.objects[0].steps[0].errorCode],
    ['Skipped', 'ENTRY_VENDOR_TASK_DUPLICATION'],
    'a second run skips what is already there',
  );
});

test('a step REACH refuses for lack of credit Fails, with the REACH error; a failed task fails its execution', async () => {
  const { ks } = server;
  const trigger = (await call('trigger/create', ks, { partnerId: SEED.partner, systemName: 'RUN_ON_DEMAND' })).body;
  const actions = (
    await call('actions/create', ks, {
      partnerId: SEED.partner,
      workflowId: 'publishing_workflow_dag',
      workflowActions: [
        { type: 'captions', catalog_item_id: C.humanCaptionsEnglish1Day, reach_profile_id: P.nearlyOutOfCredit },
        { type: 'captions', catalog_item_id: C.machineCaptionsEnglishFlaky, reach_profile_id: P.default },
        { type: 'publish_entry' },
      ],
    })
  ).body;
  const agent = (
    await call('agent/create', ks, {
      partnerId: SEED.partner,
      name: 'Mixed',
      triggerId: trigger.id,
      actionsId: actions.id,
      status: 'Enabled',
    })
  ).body;
  const [execution] = (await call('agent/run', ks, { id: agent.id, entryIds: [E.lecture45] })).body.objects;
  assert.deepEqual(
    execution.steps.map((/** @type {any} */ step) => [step.status, step.errorCode]),
    [
      ['Failed', 'EXCEEDED_MAX_CREDIT_ALLOWED'],
      ['Running', undefined],
      ['Succeeded', undefined],
    ],
  );
  server.advance(20);
  const ended = (await call('execution/get', ks, { id: execution.id })).body;
  assert.equal(ended.status, 'Failed');
  assert.equal(ended.steps[1].status, 'Succeeded', "the flaky vendor's 2nd task succeeds");
});

test('a USER session runs agents only on entries it may edit', async () => {
  const student = await server.session({ type: 0, userId: U.student });
  const refused = await call('agent/run', student, { id: A.onDemand, entryIds: [E.welcome] });
  assert.deepEqual([refused.status, refused.body.code], [403, 'FORBIDDEN']);
  const own = await call('agent/run', student, { id: A.onDemand, entryIds: [E.studentInterview] });
  assert.equal(own.status, 200);
  assert.equal((await task(own.body.objects[0].steps[0].entryVendorTaskId)).userId, U.student, 'the entry owner');
});

test('execution/list: seeded executions in every status, filters, newest first, pages', async () => {
  const all = await executions({});
  assert.deepEqual(
    Object.fromEntries(all.objects.map((/** @type {any} */ execution) => [execution.id, execution.status])),
    {
      [X.pending]: 'Pending',
      [X.running]: 'Running',
      [X.skipped]: 'Skipped',
      [X.failed]: 'Failed',
      [X.succeeded]: 'Succeeded',
    },
  );
  assert.deepEqual(
    all.objects.map((/** @type {any} */ execution) => execution.id),
    [X.pending, X.running, X.skipped, X.failed, X.succeeded],
    '-createdAt',
  );
  const failed = (await executions({ status: ['Failed'] })).objects[0];
  assert.deepEqual(
    [failed.steps[0].errorCode, failed.steps[0].entryVendorTaskId],
    ['TASK_ERROR', String(SEED.tasks.error)],
  );
  assert.equal((await executions({ status: ['Failed', 'Skipped'] })).totalCount, 2);
  assert.equal((await executions({ agentId: A.onDemand })).totalCount, 2);
  const page = await executions({ orderBy: '+createdAt', pager: { pageIndex: 1, pageSize: 2 } });
  assert.deepEqual(
    [page.totalCount, page.objects.map((/** @type {any} */ execution) => execution.id)],
    [5, [X.skipped, X.running]],
  );

  server.advance(15 * 60);
  const pending = (await call('execution/get', server.ks, { id: X.pending })).body;
  assert.equal(pending.status, 'Running', 'the converting entry became READY, so its steps were ordered');
});
