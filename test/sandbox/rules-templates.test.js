// @ts-check
/** Boolean event notification templates (the REACH guide's flow) and the rules that wait for them. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SEED } from '../../src/sandbox/seed/ids.js';
import { seedWithoutAgents, useReachServer } from './reach-server.js';

const { entries: E, catalog: C, profiles: P, templates: T, users: U } = SEED;
const SERVICE = 'eventnotification_eventnotificationtemplate';
const PROCESSING_BECOMES_READY_AFTER = 15 * 60;

const server = useReachServer({ createState: seedWithoutAgents });

/** @param {string} action @param {Record<string, any>} [params] */
const templates = (action, params = {}, ks = server.ks) => server.api(SERVICE, action, { ks, ...params });
/** @param {Record<string, any>} [fields] */
const booleanTemplate = (fields = {}) => ({ objectType: 'KalturaBooleanNotificationTemplate', ...fields });
/** @param {any} list */
const idsOf = (list) => list.objects.map((/** @type {any} */ template) => template.id);

/** A rule on the default profile that orders an English machine summary when one of `ids` matches. @param {string} ids */
async function summaryWhen(ids) {
  const rules = [
    {
      objectType: 'KalturaRule',
      conditions: [{ objectType: 'KalturaBooleanEventNotificationCondition', booleanEventNotificationIds: ids }],
      actions: [{ objectType: 'KalturaAddEntryVendorTaskAction', catalogItemIds: String(C.machineSummaryEnglish) }],
    },
  ];
  const updated = await server.api('reach_reachprofile', 'update', {
    ks: server.ks,
    id: P.default,
    reachProfile: { objectType: 'KalturaReachProfile', rules },
  });
  assert.equal(updated.code, undefined, JSON.stringify(updated));
}

/** @param {string} entryId */
async function ruleTasks(entryId) {
  const list = await server.api('reach_entryvendortask', 'list', {
    ks: server.ks,
    filter: { objectType: 'KalturaEntryVendorTaskFilter', entryIdEqual: entryId },
  });
  return list.objects
    .filter((/** @type {any} */ task) => task.creationMode === 2)
    .map((/** @type {any} */ task) => [task.catalogItemId, task.reachProfileId]);
}

/** @param {string} entryId @param {string} tags */
const tag = (entryId, tags) =>
  server.api('baseentry', 'update', { ks: server.ks, entryId, baseEntry: { objectType: 'KalturaMediaEntry', tags } });

describe('eventnotification_eventnotificationtemplate', () => {
  test('listTemplates lists the system Boolean templates, disabled, with their conditions and parameters', async () => {
    const list = await templates('listTemplates', {
      filter: { objectType: 'KalturaEventNotificationTemplateFilter', typeEqual: 'booleanNotification.Boolean' },
    });
    assert.deepEqual([list.totalCount, idsOf(list)], [2, [T.entryTagsEquals, T.entryReady]]);
    const [tagsEquals] = list.objects;
    assert.deepEqual(
      [
        tagsEquals.objectType,
        tagsEquals.partnerId,
        tagsEquals.systemName,
        tagsEquals.status,
        tagsEquals.eventType,
        tagsEquals.eventObjectType,
        tagsEquals.userParameters[0].key,
      ],
      ['KalturaBooleanNotificationTemplate', 0, 'ENTRY_TAGS_EQUALS', 1, '3', '1', 'trigger_tags'],
    );
    assert.deepEqual(
      [
        tagsEquals.eventConditions[0].objectType,
        tagsEquals.eventConditions[0].type,
        tagsEquals.eventConditions[0].field.objectType,
      ],
      ['KalturaEventFieldCondition', 'eventNotification.BooleanField', 'KalturaEvalBooleanField'],
    );
    assert.equal(tagsEquals._check, undefined);
    assert.equal((await templates('list')).totalCount, 1, "list shows only the partner's own templates");
  });

  test("the guide's clone sends status, which is read-only: Kaltura refuses it, and so does the sandbox", async () => {
    const refused = await templates('clone', {
      id: T.entryReady,
      eventNotificationTemplate: booleanTemplate({ name: 'Entry Ready for Captioning', status: 2 }),
    });
    assert.deepEqual(
      [refused.code, refused.args],
      ['PROPERTY_VALIDATION_NOT_UPDATABLE', { PROP_NAME: 'KalturaEventNotificationTemplate::status' }],
    );
    const wrongType = await templates('clone', {
      id: T.entryReady,
      eventNotificationTemplate: { objectType: 'KalturaEventNotificationTemplate', name: 'Plain' },
    });
    assert.deepEqual(
      [wrongType.code, wrongType.args],
      ['EVENT_NOTIFICATION_WRONG_TYPE', { ID: String(T.entryReady), TYPE: 'booleanNotification.Boolean' }],
    );
    assert.equal(
      (await templates('clone', { id: T.entryReady, eventNotificationTemplate: booleanTemplate({ name: 'ab' }) })).code,
      'PROPERTY_VALIDATION_MIN_LENGTH',
    );
  });

  test("clone → update parameters → updateStatus; conditions stay the system's; one active template per system name", async () => {
    const clone = await templates('clone', {
      id: T.entryTagsEquals,
      eventNotificationTemplate: booleanTemplate({ name: 'Tagged lecture' }),
    });
    const second = await templates('clone', { id: T.entryTagsEquals });
    assert.deepEqual(
      [clone.partnerId, clone.status, clone.name, clone.systemName],
      [SEED.partner, 1, 'Tagged lecture', 'ENTRY_TAGS_EQUALS'],
    );
    const updated = await templates('update', {
      id: clone.id,
      eventNotificationTemplate: booleanTemplate({
        userParameters: [
          {
            objectType: 'KalturaEventNotificationParameter',
            key: 'trigger_tags',
            value: { objectType: 'KalturaStringValue', value: 'lecture' },
          },
        ],
        eventConditions: [
          { objectType: 'KalturaEventFieldCondition', field: { objectType: 'KalturaEvalBooleanField', code: 'true' } },
        ],
      }),
    });
    assert.equal(updated.userParameters[0].value.value, 'lecture');
    assert.equal(updated.eventConditions.length, 2, 'eventConditions need a permission partners lack: dropped');
    assert.equal((await templates('updateStatus', { id: clone.id, status: 2 })).status, 2);
    assert.equal((await templates('get', { id: clone.id })).status, 2);

    const duplicate = await templates('updateStatus', { id: second.id, status: 2 });
    assert.deepEqual(
      [duplicate.code, duplicate.args],
      ['EVENT_NOTIFICATION_TEMPLATE_DUPLICATE_SYSTEM_NAME', { NAME: 'ENTRY_TAGS_EQUALS' }],
    );
    assert.equal(
      (await templates('clone', { id: T.entryTagsEquals })).code,
      'EVENT_NOTIFICATION_TEMPLATE_DUPLICATE_SYSTEM_NAME',
      'a clone keeps the system name',
    );
    assert.equal(
      (
        await templates('clone', {
          id: T.entryTagsEquals,
          eventNotificationTemplate: booleanTemplate({ systemName: 'TAGGED_SEMINAR' }),
        })
      ).status,
      1,
    );
    assert.equal(
      (await templates('updateStatus', { id: clone.id, status: 2 })).code,
      'EVENT_NOTIFICATION_TEMPLATE_DUPLICATE_SYSTEM_NAME',
      'as on the server, even for itself',
    );
  });

  test('partners see only their templates; system templates are reached through listTemplates and clone; writing needs an admin session', async () => {
    assert.equal((await templates('get', { id: T.entryTagsEquals })).code, 'EVENT_NOTIFICATION_TEMPLATE_NOT_FOUND');
    const otherKs = await server.session({ partnerId: SEED.otherPartner, userId: U.otherPartnerUser });
    assert.equal(
      (await templates('get', { id: T.needsCaptionsTag }, otherKs)).code,
      'EVENT_NOTIFICATION_TEMPLATE_NOT_FOUND',
    );
    assert.equal(
      (await templates('clone', { id: T.needsCaptionsTag }, otherKs)).code,
      'EVENT_NOTIFICATION_TEMPLATE_NOT_FOUND',
    );
    assert.equal((await templates('list', {}, otherKs)).totalCount, 0);
    const userKs = await server.session({ type: 0, userId: U.student });
    assert.equal((await templates('list', {}, userKs)).totalCount, 1);
    assert.equal((await templates('clone', { id: T.entryTagsEquals }, userKs)).code, 'SERVICE_FORBIDDEN');
    assert.equal(await templates('delete', { id: T.needsCaptionsTag }), null);
    assert.equal((await templates('get', { id: T.needsCaptionsTag })).code, 'EVENT_NOTIFICATION_TEMPLATE_NOT_FOUND');
  });
});

describe('rules with a Boolean condition', () => {
  test('the seeded rule: adding the tag needs-captions orders captions on the unlimited profile, once', async () => {
    await tag(E.welcome, 'welcome, portal, Needs-Captions');
    assert.deepEqual(await ruleTasks(E.welcome), [[C.machineCaptionsEnglish, P.unlimited]]);
    await tag(E.podcast20, 'podcast, study skills');
    assert.deepEqual(await ruleTasks(E.podcast20), [], 'other tags do not match');
  });

  test('a tag that was there before is not added, and a disabled template matches nothing', async () => {
    await tag(E.podcast20, 'needs-captions');
    const [first] = (
      await server.api('reach_entryvendortask', 'list', {
        ks: server.ks,
        filter: { objectType: 'KalturaEntryVendorTaskFilter', entryIdEqual: E.podcast20 },
      })
    ).objects;
    assert.equal(
      (await server.api('reach_entryvendortask', 'abort', { ks: server.ks, id: first.id })).code,
      undefined,
      'aborted: a new order would not be a duplicate',
    );
    await tag(E.podcast20, 'needs-captions, podcast');
    assert.deepEqual(await ruleTasks(E.podcast20), [], 'needs-captions was not added by the second update');
    await templates('updateStatus', { id: T.needsCaptionsTag, status: 1 });
    await tag(E.seminar12, 'needs-captions');
    assert.deepEqual(await ruleTasks(E.seminar12), []);
  });

  test('an entry-ready template (cloned and activated) orders when the entry becomes READY; other events do not match it', async () => {
    const clone = await templates('clone', {
      id: T.entryReady,
      eventNotificationTemplate: booleanTemplate({ name: 'Ready for a summary' }),
    });
    await templates('updateStatus', { id: clone.id, status: 2 });
    await summaryWhen(`${clone.id}, ${T.entryReady}`);
    await tag(E.welcome, 'changed');
    assert.deepEqual(await ruleTasks(E.welcome), [], 'a tag change is not a status change');
    server.advance(PROCESSING_BECOMES_READY_AFTER + 1);
    // The seeded chapters task was waiting for the entry; the summary is the rule's.
    assert.deepEqual(await ruleTasks(E.processing), [
      [C.machineChapteringEnglish, P.default],
      [C.machineSummaryEnglish, P.default],
    ]);
  });

  test("a rule naming another partner's template never matches", async () => {
    const clone = await templates('clone', {
      id: T.entryTagsEquals,
      eventNotificationTemplate: booleanTemplate({
        name: 'Tagged lecture',
        userParameters: [
          {
            objectType: 'KalturaEventNotificationParameter',
            key: 'trigger_tags',
            value: { objectType: 'KalturaStringValue', value: 'lecture' },
          },
        ],
      }),
    });
    await templates('updateStatus', { id: clone.id, status: 2 });
    const otherKs = await server.session({ partnerId: SEED.otherPartner, userId: U.otherPartnerUser });
    const rules = [
      {
        objectType: 'KalturaRule',
        conditions: [
          { objectType: 'KalturaBooleanEventNotificationCondition', booleanEventNotificationIds: String(clone.id) },
        ],
        actions: [{ objectType: 'KalturaAddEntryVendorTaskAction', catalogItemIds: String(C.machineCaptionsEnglish) }],
      },
    ];
    await server.api('reach_reachprofile', 'update', {
      ks: otherKs,
      id: P.otherPartner,
      reachProfile: { objectType: 'KalturaReachProfile', rules },
    });
    await server.api('baseentry', 'update', {
      ks: otherKs,
      entryId: E.otherPartnerDemo,
      baseEntry: { objectType: 'KalturaMediaEntry', tags: 'demo, lecture' },
    });
    const otherTasks = await server.api('reach_entryvendortask', 'list', {
      ks: otherKs,
      filter: { objectType: 'KalturaEntryVendorTaskFilter', entryIdEqual: E.otherPartnerDemo },
    });
    assert.equal(otherTasks.totalCount, 0, "partner 2002 cannot use partner 1001's template");
  });
});
