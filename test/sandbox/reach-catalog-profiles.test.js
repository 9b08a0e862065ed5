// @ts-check
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SEED } from '../../src/sandbox/seed/ids.js';
import { order, useReachServer } from './reach-server.js';

const { entries: E, catalog: C, profiles: P, tasks: T } = SEED;

const server = useReachServer();

/** @param {Record<string, any>} [filter] @param {Record<string, any>} [pager] */
const catalog = (filter, pager) =>
  server.api('reach_vendorcatalogitem', 'list', {
    ks: server.ks,
    ...(filter ? { filter } : {}),
    ...(pager ? { pager } : {}),
  });
/** @param {any} list */
const idsOf = (list) => list.objects.map((/** @type {any} */ object) => Number(object.id));

describe('reach_vendorcatalogitem', () => {
  test('lists the items enabled for the partner, newest id first, 30 per page, with their default profile', async () => {
    const list = await catalog();
    assert.equal(list.objectType, 'KalturaVendorCatalogItemListResponse');
    assert.equal(
      list.totalCount,
      51,
      'every active or deprecated item of partner 1001; deleted and not-enabled ones are hidden',
    );
    assert.equal(list.objects.length, 30);
    assert.deepEqual(idsOf(list).slice(0, 2), [C.deprecatedMachineCaptionsEnglish, C.machineDocumentEnrichment]);
    assert.ok(list.objects.every((/** @type {any} */ item) => item.defaultReachProfileId === P.default));
  });

  test('every item has the concrete class of its service feature', async () => {
    const all = await catalog(undefined, { pageSize: 500 });
    /** @type {Record<number, string>} */
    const classes = {};
    for (const item of all.objects) classes[item.serviceFeature] = item.objectType;
    assert.equal(classes[1], 'KalturaVendorCaptionsCatalogItem');
    assert.equal(classes[2], 'KalturaVendorTranslationCatalogItem');
    assert.equal(classes[9], 'KalturaVendorExtendedAudioDescriptionCatalogItem');
    assert.equal(classes[10], 'KalturaVendorClipsCatalogItem');
    assert.equal(classes[19], 'KalturaVendorSignLanguageCatalogItem');
    assert.equal(Object.keys(classes).length, 17, 'all orderable VOD service features are on offer');
    const languages = new Set(
      all.objects
        .filter((/** @type {any} */ item) => item.serviceFeature === 1)
        .map((/** @type {any} */ item) => item.sourceLanguage),
    );
    assert.ok(languages.size >= 12, `${languages.size} caption languages`);
  });

  test('subclass filters force their feature; language, type and TAT filters narrow', async () => {
    assert.deepEqual(idsOf(await catalog({ objectType: 'KalturaVendorClipsCatalogItemFilter' })), [
      C.machineClipsEnglish,
      C.machineClipsEnglishFlaky,
    ]);
    const toSpanish = await catalog({
      objectType: 'KalturaVendorTranslationCatalogItemFilter',
      targetLanguageEqual: 'Spanish',
      orderBy: '+id',
    });
    assert.deepEqual(idsOf(toSpanish), [C.machineTranslationEnglishToSpanish, C.humanTranslationEnglishToSpanish]);
    const humanEnglish = await catalog({
      objectType: 'KalturaVendorCaptionsCatalogItemFilter',
      serviceTypeEqual: 1,
      sourceLanguageEqual: 'English',
      orderBy: '+id',
    });
    assert.deepEqual(idsOf(humanEnglish), [
      C.humanCaptionsEnglish1Day,
      C.humanCaptionsEnglish3Days,
      C.humanCaptionsEnglish5DaysSpeakerId,
    ]);
    assert.deepEqual(idsOf(await catalog({ objectType: 'KalturaVendorCatalogItemFilter', turnAroundTimeEqual: 1 })), [
      C.humanCaptionsEnglish1Day,
    ]);
    const invalid = await catalog({ objectType: 'KalturaVendorCatalogItemFilter', serviceFeatureEqual: 99 });
    assert.equal(invalid.code, 'INVALID_ENUM_VALUE');
  });

  test('idEqual and get reach items the account has not enabled; deleted items are gone', async () => {
    assert.deepEqual(
      idsOf(await catalog({ objectType: 'KalturaVendorCatalogItemFilter', idEqual: C.notEnabledHumanCaptionsGerman })),
      [C.notEnabledHumanCaptionsGerman],
    );
    const item = await server.api('reach_vendorcatalogitem', 'get', {
      ks: server.ks,
      id: C.notEnabledHumanCaptionsGerman,
    });
    assert.deepEqual([item.objectType, item.sourceLanguage], ['KalturaVendorCaptionsCatalogItem', 'German']);
    const deleted = await server.api('reach_vendorcatalogitem', 'get', {
      ks: server.ks,
      id: C.deletedMachineCaptionsEnglish,
    });
    assert.deepEqual(
      [deleted.code, deleted.message],
      ['CATALOG_ITEM_NOT_FOUND', `Catalog item with id provided not found [${C.deletedMachineCaptionsEnglish}]`],
    );
  });
});

describe('reach_reachprofile', () => {
  /** @param {Record<string, any>} reachProfile @param {number} [id] */
  const update = (reachProfile, id = P.default, session = server.ks) =>
    server.api('reach_reachprofile', 'update', {
      ks: session,
      id,
      reachProfile: { objectType: 'KalturaReachProfile', ...reachProfile },
    });

  test('list and get are partner-scoped; disabled profiles are listed', async () => {
    const list = await server.api('reach_reachprofile', 'list', { ks: server.ks });
    assert.deepEqual(idsOf(list), [P.default, P.moderated, P.nearlyOutOfCredit, P.expired, P.disabled, P.unlimited]);
    const profile = list.objects[0];
    assert.deepEqual(
      [profile.credit.objectType, profile.enableMachineModeration, profile.dictionaries.length],
      ['KalturaTimeRangeVendorCredit', false, 2],
    );
    assert.equal(profile.rules[0].actions[0].type, 'reach.ADD_ENTRY_VENDOR_TASK');
    assert.equal(
      (await server.api('reach_reachprofile', 'get', { ks: server.ks, id: P.otherPartner })).code,
      'REACH_PROFILE_NOT_FOUND',
    );
  });

  test('update changes settings and keeps read-only fields', async () => {
    const updated = await update({
      name: 'University — Captions',
      maxCharactersPerCaptionLine: 32,
      enableHumanModeration: 1,
    });
    assert.deepEqual(
      [updated.name, updated.maxCharactersPerCaptionLine, updated.enableHumanModeration],
      ['University — Captions', 32, true],
    );
    const readOnly = await update({ status: 1 });
    assert.deepEqual(
      [readOnly.code, readOnly.args],
      ['PROPERTY_VALIDATION_NOT_UPDATABLE', { PROP_NAME: 'KalturaReachProfile::status' }],
    );
  });

  test('dictionary rules: one per language, at most 10 000 characters', async () => {
    const duplicate = await update({
      dictionaries: [
        { objectType: 'KalturaDictionary', language: 'English', data: 'a' },
        { objectType: 'KalturaDictionary', language: 'English', data: 'b' },
      ],
    });
    assert.deepEqual(
      [duplicate.code, duplicate.message],
      [
        'DICTIONARY_LANGUAGE_DUPLICATION',
        'Vendor profile configuration error - not allowed duplicate dictionaries for language [English] ',
      ],
    );
    const long = await update({
      dictionaries: [{ objectType: 'KalturaDictionary', language: 'French', data: 'x'.repeat(10_001) }],
    });
    assert.deepEqual(
      [long.code, long.args],
      ['MAX_DICTIONARY_LENGTH_EXCEEDED', { LANGUAGE: 'French', LENGTH: '10000' }],
    );
  });

  test('credit rules, and a rejected update changes nothing', async () => {
    const consoleKs = await server.session({ privileges: `setrole:${SEED.roles.reachConsole}` });
    const credit = (/** @type {Record<string, any>} */ fields) =>
      update(
        {
          name: 'Should not stick',
          credit: {
            objectType: 'KalturaTimeRangeVendorCredit',
            credit: 10,
            fromDate: 1_800_000_000,
            toDate: 1_900_000_000,
            ...fields,
          },
        },
        P.default,
        consoleKs,
      );
    assert.deepEqual((await credit({ toDate__null: '' })).args, { PROP_NAME: 'KalturaTimeRangeVendorCredit::toDate' });
    assert.equal((await credit({ overageCredit: -1 })).code, 'OVERAGE_CREDIT_CANNOT_BE_NEGATIVE');
    const dates = await credit({ toDate: 1_700_000_000 });
    assert.deepEqual([dates.code, dates.args], ['INVALID_CREDIT_DATES', { FROM: '1800000000', TO: '1700000000' }]);
    assert.equal(
      (await server.api('reach_reachprofile', 'get', { ks: server.ks, id: P.default })).name,
      'University — Default',
    );

    const accepted = await credit({});
    assert.deepEqual(
      [accepted.credit.fromDate, accepted.credit.toDate],
      [1_799_971_200, 1_900_022_399],
      'stored as whole UTC days',
    );
  });

  test('a partner session, admin or not, cannot change credit: the fields are silently ignored', async () => {
    const publisherAdmin = await server.session({ type: 0, userId: SEED.users.mediaTeam });
    for (const session of [server.ks, publisherAdmin]) {
      const updated = await update(
        { credit: { objectType: 'KalturaUnlimitedVendorCredit', fromDate: 1 }, usedCredit: 0 },
        P.nearlyOutOfCredit,
        session,
      );
      assert.deepEqual([updated.credit.objectType, updated.usedCredit], ['KalturaTimeRangeVendorCredit', 98.5]);
    }
  });

  test('a basic user session may not read or update profiles (ADMIN_BASE or KMC_ACCESS); a content manager may read', async () => {
    const student = await server.session({ type: 0, userId: SEED.users.student });
    for (const [action, params] of /** @type {const} */ ([
      ['list', {}],
      ['get', { id: P.default }],
      ['update', { id: P.default, reachProfile: { objectType: 'KalturaReachProfile', name: 'x' } }],
    ])) {
      const refused = await server.api('reach_reachprofile', action, { ks: student, ...params });
      assert.deepEqual(
        [refused.code, refused.args],
        ['SERVICE_FORBIDDEN', { SERVICE: `reach_reachprofile->${action}` }],
      );
    }
    const manager = await server.session({ type: 0, userId: SEED.users.lecturer });
    assert.ok(idsOf(await server.api('reach_reachprofile', 'list', { ks: manager })).includes(P.default));
    const notAdmin = await update({ name: 'x' }, P.default, manager);
    assert.equal(notAdmin.code, 'SERVICE_FORBIDDEN');
  });
});

describe('partner isolation', () => {
  test('partner 2002 sees only its own catalog, profile, tasks and entries', async () => {
    const otherKs = await server.session({ partnerId: SEED.otherPartner, userId: SEED.users.otherPartnerUser });
    const items = await server.api('reach_vendorcatalogitem', 'list', {
      ks: otherKs,
      filter: { objectType: 'KalturaVendorCatalogItemFilter', orderBy: '+id' },
    });
    assert.deepEqual(idsOf(items), [
      C.machineCaptionsEnglish,
      C.humanCaptionsEnglish3Days,
      C.machineClipsEnglish,
      C.notEnabledHumanCaptionsGerman,
    ]);
    assert.ok(items.objects.every((/** @type {any} */ item) => item.defaultReachProfileId === P.otherPartner));
    assert.deepEqual(idsOf(await server.api('reach_reachprofile', 'list', { ks: otherKs })), [P.otherPartner]);
    assert.deepEqual(idsOf(await server.api('reach_entryvendortask', 'list', { ks: otherKs })), [T.otherPartnerReady]);
    assert.equal(
      (await server.api('reach_entryvendortask', 'get', { ks: otherKs, id: T.pending })).code,
      'ENTRY_VENDOR_TASK_NOT_FOUND',
    );
    assert.equal(
      (await server.api('reach_entryvendortask', 'abort', { ks: otherKs, id: T.pending })).code,
      'ENTRY_VENDOR_TASK_NOT_FOUND',
    );
    assert.equal(
      (await server.api('reach_entryvendortask', 'add', { ks: otherKs, ...order(E.welcome, C.machineCaptionsEnglish) }))
        .code,
      'ENTRY_ID_NOT_FOUND',
    );
    const own = await server.api('reach_entryvendortask', 'add', {
      ks: otherKs,
      ...order(E.otherPartnerDemo, C.notEnabledHumanCaptionsGerman),
    });
    assert.deepEqual([own.status, own.partnerId, own.reachProfileId], [1, SEED.otherPartner, P.otherPartner]);
  });
});
