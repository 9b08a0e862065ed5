// @ts-check
/**
 * Ordering, and finding entries at all, under the server's entitlement (kaltura-rules §6.4). Partner 1001 has
 * the feature without default enforcement, as a MediaSpace account: sessions with `enableentitlement` are held
 * to it. Keynotes is a members-only category; its keynote belongs to the media team, with the lecturer as co-editor.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { orderTask } from '../../src/sandbox/reach/task-service.js';
import { SEED } from '../../src/sandbox/seed/ids.js';
import { order, useReachServer } from './reach-server.js';

const { entries: E, catalog: C, users: U } = SEED;
const server = useReachServer();

/** A USER session held to entitlement. @param {string} userId @param {string} [more] more privileges */
const entitledSession = (userId, more = '') =>
  server.session({ type: 0, userId, privileges: ['enableentitlement', more].filter(Boolean).join(',') });

/** @param {string} ks @param {string} entryId @param {number} catalogItemId */
const add = (ks, entryId, catalogItemId) =>
  server.api('reach_entryvendortask', 'add', { ks, ...order(entryId, catalogItemId) });

describe('entitlement', () => {
  test('an entry in a members-only category is not found for a user who is not entitled to it', async () => {
    const student = await entitledSession(U.student);
    const refused = await add(student, E.keynote30, C.machineCaptionsEnglish);
    assert.deepEqual([refused.code, refused.args], ['ENTRY_ID_NOT_FOUND', { ENTRY_ID: E.keynote30 }]);
    const read = await server.api('baseentry', 'get', { ks: student, entryId: E.keynote30 });
    assert.equal(read.code, 'ENTRY_ID_NOT_FOUND');
    const listed = await server.api('baseentry', 'list', { ks: student, pager: { pageSize: 500 } });
    const ids = listed.objects.map((/** @type {any} */ entry) => entry.id);
    assert.ok(!ids.includes(E.keynote30) && ids.includes(E.welcome), ids.join(' '));
    // An edit privilege is not entitlement.
    const editor = await entitledSession(U.student, `edit:${E.keynote30}`);
    assert.equal((await add(editor, E.keynote30, C.machineCaptionsEnglish)).code, 'ENTRY_ID_NOT_FOUND');
  });

  test('the owner, a co-editor and a session freed for that entry may order', async () => {
    const owner = await add(await entitledSession(U.mediaTeam), E.keynote30, C.machineCaptionsEnglish);
    assert.equal(owner.status, 1, JSON.stringify(owner));
    const coEditor = await add(await entitledSession(U.lecturer), E.keynote30, C.machineChapteringEnglish);
    assert.deepEqual([coEditor.status, coEditor.userId], [1, U.lecturer], JSON.stringify(coEditor));
    const freed = await entitledSession(U.student, `disableentitlementforentry:${E.keynote30}`);
    const task = await add(freed, E.keynote30, C.machineSummaryEnglish);
    assert.deepEqual([task.status, task.userId], [1, U.student], JSON.stringify(task));
  });

  test('entries in no category, or in an open one, are there for everyone; without enforcement, all are', async () => {
    const student = await entitledSession(U.student);
    assert.equal((await add(student, E.welcome, C.machineCaptionsEnglish)).status, 1);
    const plain = await server.session({ type: 0, userId: U.student });
    assert.equal((await add(plain, E.keynote30, C.machineCaptionsEnglish)).status, 1);
  });
});

describe('automatic orders', () => {
  test('act for the partner: the entitlement of the session whose call runs them does not hide the entry', () => {
    const { sandbox } = server;
    // A call of a student held to entitlement, during which an automation (a rule, an agent) orders for the keynote.
    const ks = {
      partnerId: SEED.partner,
      userId: U.student,
      type: 0,
      expiry: sandbox.clock.now() + 3600,
      privileges: new Map([['enableentitlement', []]]),
      privilegesText: 'enableentitlement',
      isAdmin: false,
      text: '',
    };
    const callCtx = /** @type {any} */ ({
      state: sandbox.state,
      clock: sandbox.clock,
      ks,
      partnerId: SEED.partner,
      baseUrl: server.url,
      sandbox,
      service: 'baseentry',
      action: 'list',
    });
    const input = { ...order(E.keynote30, C.machineCaptionsEnglish).entryVendorTask };
    const automatic = { partnerId: SEED.partner, userId: U.mediaTeam, creationMode: 2, moderated: true };
    const task = orderTask(callCtx, input, automatic);
    assert.deepEqual([task.entryId, task.creationMode], [E.keynote30, 2]);
  });
});
