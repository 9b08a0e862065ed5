// @ts-check
/** REACH profile rules run by the sandbox as kReachManager runs them: category additions and entries becoming READY. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SEED } from '../../src/sandbox/seed/ids.js';
import { order, seedWithoutAgents, useReachServer } from './reach-server.js';

const { entries: E, catalog: C, profiles: P, categories: CAT, users: U } = SEED;
const PROCESSING_BECOMES_READY_AFTER = 15 * 60;

const server = useReachServer({ createState: seedWithoutAgents });

/** @param {Record<string, any>} [fields] */
const rule = (fields = {}) => ({ objectType: 'KalturaRule', ...fields });
/** @param {number} categoryId */
const inCategory = (categoryId) => ({ objectType: 'KalturaCategoryEntryCondition', categoryId });
/** @param {...number} ids */
const orders = (...ids) => ({ objectType: 'KalturaAddEntryVendorTaskAction', catalogItemIds: ids.join(',') });

/**
 * Replaces a profile's rules (an empty array travels as `rules[-]`, as Kaltura's clients send it).
 * @param {Record<string, any>[]} rules @param {number} [id] @param {string} [ks]
 */
async function setRules(rules, id = P.default, ks = server.ks) {
  const sent = rules.length > 0 ? rules : { '-': '' };
  const updated = await server.api('reach_reachprofile', 'update', {
    ks,
    id,
    reachProfile: { objectType: 'KalturaReachProfile', rules: sent },
  });
  assert.equal(updated.code, undefined, JSON.stringify(updated));
  return updated;
}

/** @param {string} entryId @param {number} categoryId @param {string} [ks] */
async function addToCategory(entryId, categoryId, ks = server.ks) {
  const link = await server.api('categoryentry', 'add', {
    ks,
    categoryEntry: { objectType: 'KalturaCategoryEntry', entryId, categoryId },
  });
  assert.equal(link.code, undefined, JSON.stringify(link));
}

/** The entry's tasks made by rules (creationMode 2), oldest first. @param {string} entryId @param {string} [ks] */
async function ruleTasks(entryId, ks = server.ks) {
  const list = await server.api('reach_entryvendortask', 'list', {
    ks,
    filter: { objectType: 'KalturaEntryVendorTaskFilter', entryIdEqual: entryId },
  });
  return list.objects.filter((/** @type {any} */ task) => task.creationMode === 2);
}

/** @param {any[]} tasks */
const itemsOf = (tasks) => tasks.map((task) => task.catalogItemId);

describe('category rules', () => {
  test("adding an entry to a category orders the rule's items, automatically, for the entry owner, with the category as context", async () => {
    // The seeded Biology rule: captions and chapters. The session ordering is not the owner.
    const otherAdmin = await server.session({ userId: U.mediaTeam });
    await addToCategory(E.welcome, CAT.biology, otherAdmin);
    const tasks = await ruleTasks(E.welcome);
    assert.deepEqual(itemsOf(tasks), [C.machineCaptionsEnglish, C.machineChapteringEnglish]);
    for (const task of tasks) {
      assert.deepEqual(
        [task.creationMode, task.reachProfileId, task.context, task.userId, task.status],
        [2, P.default, String(CAT.biology), U.professor, 1],
      );
    }
  });

  test('a rule matches an entry already in its category only when it is added to a category', async () => {
    await setRules([rule({ conditions: [inCategory(CAT.genetics)], actions: [orders(C.machineSummaryEnglish)] })]);
    server.advance(PROCESSING_BECOMES_READY_AFTER + 1);
    assert.deepEqual(
      itemsOf(await ruleTasks(E.processing)),
      [C.machineChapteringEnglish],
      'becoming READY does not run category rules (the chapters are seeded)',
    );
    await addToCategory(E.processing, CAT.events);
    assert.deepEqual(
      itemsOf(await ruleTasks(E.processing)),
      [C.machineChapteringEnglish, C.machineSummaryEnglish],
      "any category addition checks all the entry's categories",
    );
  });

  test('rules run in order; stopProcessing on a matching rule skips the later ones, on a rule that did not match it does not', async () => {
    await setRules([
      rule({
        conditions: [inCategory(CAT.chemistry)],
        actions: [orders(C.machineSummaryEnglish)],
        stopProcessing: true,
      }),
      rule({
        conditions: [inCategory(CAT.biology)],
        actions: [orders(C.machineChapteringEnglish)],
        stopProcessing: true,
      }),
      rule({ conditions: [inCategory(CAT.biology)], actions: [orders(C.machineCaptionsEnglish)] }),
    ]);
    await addToCategory(E.welcome, CAT.biology);
    assert.deepEqual(itemsOf(await ruleTasks(E.welcome)), [C.machineChapteringEnglish]);

    await setRules([
      rule({ conditions: [inCategory(CAT.biology)], actions: [orders(C.machineCaptionsEnglish)] }),
      rule({
        conditions: [inCategory(CAT.biology)],
        actions: [orders(C.machineChapteringEnglish, C.machineCaptionsEnglish)],
      }),
    ]);
    await addToCategory(E.podcast20, CAT.biology);
    assert.deepEqual(
      itemsOf(await ruleTasks(E.podcast20)),
      [C.machineCaptionsEnglish, C.machineChapteringEnglish],
      'rule order, each item once',
    );
  });

  test('a negated condition and a permission condition (no category members in the sandbox)', async () => {
    await setRules([
      rule({
        conditions: [{ ...inCategory(CAT.chemistry), not: true }, inCategory(CAT.biology)],
        actions: [orders(C.machineCaptionsEnglish)],
      }),
      rule({
        conditions: [{ ...inCategory(CAT.biology), categoryUserPermission: 3, comparison: '5' }],
        actions: [orders(C.machineChapteringEnglish)],
      }),
      rule({
        conditions: [{ objectType: 'KalturaCategoryEntryCondition', categoryIds: `${CAT.events}, ${CAT.biology}` }],
        actions: [orders(C.machineSummaryEnglish)],
      }),
    ]);
    await addToCategory(E.welcome, CAT.biology);
    assert.deepEqual(itemsOf(await ruleTasks(E.welcome)), [C.machineCaptionsEnglish, C.machineSummaryEnglish]);
  });

  test('rules without conditions do not run on a category addition', async () => {
    await setRules([rule({ actions: [orders(C.machineCaptionsEnglish)] })]);
    await addToCategory(E.welcome, CAT.biology);
    assert.deepEqual(await ruleTasks(E.welcome), []);
  });
});

describe('entry READY', () => {
  test('an entry that becomes READY gets the items of the rules without conditions, without context', async () => {
    await setRules([
      rule({ conditions: [inCategory(CAT.genetics)], actions: [orders(C.machineCaptionsEnglish)] }),
      rule({ actions: [orders(C.machineSummaryEnglish)], stopProcessing: true }),
      rule({ actions: [orders(C.machineCaptionsEnglish)] }),
    ]);
    server.advance(PROCESSING_BECOMES_READY_AFTER + 1);
    const [seededChapters, summary, ...more] = await ruleTasks(E.processing);
    assert.deepEqual([seededChapters.id, more], [String(SEED.tasks.pendingEntryReady), []]);
    assert.deepEqual(
      [summary.catalogItemId, summary.context, summary.userId, summary.reachProfileId, summary.status],
      [C.machineSummaryEnglish, undefined, U.mediaTeam, P.default, 1],
    );
  });

  test('a clip that becomes READY is an entry like any other', async () => {
    await setRules([rule({ actions: [orders(C.machineCaptionsEnglish)] })]);
    const clip = await server.api('baseentry', 'clone', {
      ks: server.ks,
      entryId: E.lecture45,
      cloneOptions: [{ objectType: 'KalturaBaseEntryCloneOptionComponent', itemType: '6', rule: '1' }],
    });
    await server.api('media', 'updateContent', {
      ks: server.ks,
      entryId: clip.id,
      resource: {
        objectType: 'KalturaOperationResource',
        resource: { objectType: 'KalturaEntryResource', entryId: E.lecture45 },
        operationAttributes: [{ objectType: 'KalturaClipAttributes', offset: 0, duration: 60_000 }],
      },
    });
    assert.deepEqual(await ruleTasks(clip.id), [], 'not before it is READY');
    server.advance(10);
    assert.deepEqual(itemsOf(await ruleTasks(clip.id)), [C.machineCaptionsEnglish]);
  });
});

describe("kReachManager's own ordering rules", () => {
  test('an entry still converting gets its tasks waiting in PENDING_ENTRY_READY; they start when it is READY', async () => {
    await addToCategory(E.processing, CAT.biology);
    const waiting = await ruleTasks(E.processing);
    assert.deepEqual(
      waiting.map((/** @type {any} */ task) => [task.catalogItemId, task.status]),
      [
        [C.machineChapteringEnglish, 8],
        [C.machineCaptionsEnglish, 8],
      ],
      'the seeded chapters were waiting already; the rule adds captions',
    );
    const before = (await server.api('reach_reachprofile', 'get', { ks: server.ks, id: P.default })).usedCredit;
    server.advance(PROCESSING_BECOMES_READY_AFTER + 1);
    const started = await ruleTasks(E.processing);
    assert.deepEqual(
      started.map((/** @type {any} */ task) => task.status),
      [1, 1],
    );
    assert.equal(
      (await server.api('reach_reachprofile', 'get', { ks: server.ks, id: P.default })).usedCredit,
      before,
      'kaltura-rules §7 quirk 6: not charged',
    );
  });

  test("a translation needs no source caption, and a resubmittable item's READY task still counts as a duplicate", async () => {
    const manual = await server.api('reach_entryvendortask', 'add', {
      ks: server.ks,
      ...order(E.welcome, C.machineCaptionsEnglishResubmittable),
    });
    server.advance(11);
    assert.equal((await server.api('reach_entryvendortask', 'get', { ks: server.ks, id: manual.id })).status, 2);
    await setRules([
      rule({
        conditions: [inCategory(CAT.biology)],
        actions: [orders(C.machineTranslationEnglishToSpanish, C.machineCaptionsEnglishResubmittable)],
      }),
    ]);
    await addToCategory(E.welcome, CAT.biology);
    const tasks = await ruleTasks(E.welcome);
    assert.deepEqual(
      tasks.map((/** @type {any} */ task) => [task.catalogItemId, task.taskJobData]),
      [[C.machineTranslationEnglishToSpanish, undefined]],
    );
    const again = await server.api('reach_entryvendortask', 'add', {
      ks: server.ks,
      ...order(E.welcome, C.machineCaptionsEnglishResubmittable),
    });
    assert.equal(again.code, undefined, 'add itself accepts the resubmission');
  });
});

describe('every REACH rule applies', () => {
  test('moderation does not: a rule of a moderated profile orders PENDING tasks', async () => {
    await setRules(
      [rule({ conditions: [inCategory(CAT.biology)], actions: [orders(C.machineCaptionsEnglish)] })],
      P.moderated,
    );
    await setRules([]);
    await addToCategory(E.welcome, CAT.biology);
    const [task] = await ruleTasks(E.welcome);
    assert.deepEqual([task.reachProfileId, task.status], [P.moderated, 1]);
  });

  test('credit is charged, and an order the credit cannot pay is skipped while the category addition succeeds', async () => {
    await setRules(
      [
        rule({
          conditions: [inCategory(CAT.biology)],
          actions: [orders(C.humanCaptionsEnglish1Day, C.machineChapteringEnglish)],
        }),
      ],
      P.nearlyOutOfCredit,
    );
    await setRules([]);
    await addToCategory(E.welcome, CAT.biology);
    const tasks = await ruleTasks(E.welcome);
    assert.deepEqual(
      itemsOf(tasks),
      [C.machineChapteringEnglish],
      'human captions do not fit in the 1.5 credits left, chapters do',
    );
    const profile = await server.api('reach_reachprofile', 'get', { ks: server.ks, id: P.nearlyOutOfCredit });
    assert.equal(profile.usedCredit, 98.5 + tasks[0].price);
  });

  test('duplicates, unknown and not-enabled items and unsupported entries are skipped, the rest is ordered', async () => {
    await setRules([
      rule({
        conditions: [inCategory(CAT.biology)],
        actions: [
          orders(99_999, C.notEnabledHumanCaptionsGerman, C.machineCaptionsEnglish, C.machineChapteringEnglish),
        ],
      }),
    ]);
    await addToCategory(E.withTasks, CAT.biology);
    assert.deepEqual(
      itemsOf(await ruleTasks(E.withTasks)),
      [C.machineChapteringEnglish],
      'captions of this version exist already',
    );
    await addToCategory(E.diagram, CAT.biology);
    assert.deepEqual(await ruleTasks(E.diagram), [], 'an image gets neither captions nor chapters');
  });

  test("an inactive profile's rules do not run", async () => {
    await setRules(
      [rule({ conditions: [inCategory(CAT.biology)], actions: [orders(C.machineSummaryEnglish)] })],
      P.disabled,
    );
    await setRules([]);
    await addToCategory(E.welcome, CAT.biology);
    assert.deepEqual(await ruleTasks(E.welcome), []);
  });
});

describe('partner isolation', () => {
  test("a partner's events run only its own profiles' rules", async () => {
    const otherKs = await server.session({ partnerId: SEED.otherPartner, userId: U.otherPartnerUser });
    // Partner 1001 names partner 2002's category in a rule: it must not fire for 2002's entries.
    await setRules([
      rule({ conditions: [inCategory(CAT.otherPartnerMarketing)], actions: [orders(C.machineChapteringEnglish)] }),
    ]);
    await setRules(
      [rule({ conditions: [inCategory(CAT.otherPartnerMarketing)], actions: [orders(C.machineCaptionsEnglish)] })],
      P.otherPartner,
      otherKs,
    );
    await addToCategory(E.otherPartnerDemo, CAT.otherPartnerMarketing, otherKs);
    const tasks = await ruleTasks(E.otherPartnerDemo, otherKs);
    assert.deepEqual(
      tasks.map((/** @type {any} */ task) => [task.catalogItemId, task.reachProfileId, task.partnerId]),
      [[C.machineCaptionsEnglish, P.otherPartner, SEED.otherPartner]],
    );
    assert.equal(
      (
        await server.api('reach_entryvendortask', 'list', {
          ks: server.ks,
          filter: { objectType: 'KalturaEntryVendorTaskFilter', entryIdEqual: E.otherPartnerDemo },
        })
      ).totalCount,
      0,
    );
  });
});
