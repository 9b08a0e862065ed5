// @ts-check
/** reachProfile.update with rules and dictionaries: what is stored, what is refused, and what a dictionary does to machine captions. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyDictionary } from '../../src/sandbox/reach/dictionary.js';
import { SEED } from '../../src/sandbox/seed/ids.js';
import { order, useReachServer } from './reach-server.js';

const { entries: E, catalog: C, profiles: P, categories: CAT } = SEED;

const server = useReachServer();

/** @param {Record<string, any>} reachProfile @param {number} [id] */
const update = (reachProfile, id = P.default) =>
  server.api('reach_reachprofile', 'update', {
    ks: server.ks,
    id,
    reachProfile: { objectType: 'KalturaReachProfile', ...reachProfile },
  });
/** @param {string} language @param {string} data */
const dictionary = (language, data) => ({ objectType: 'KalturaDictionary', language, data });

describe('rules round-trip', () => {
  test("rules come back in order, with the server's types and defaults", async () => {
    const rules = [
      {
        objectType: 'KalturaRule',
        description: 'Keynotes and events',
        stopProcessing: 1,
        conditions: [
          { objectType: 'KalturaCategoryEntryCondition', categoryId: String(CAT.keynotes), not: 0 },
          {
            objectType: 'KalturaCategoryEntryCondition',
            categoryIds: `${CAT.events},${CAT.keynotes}`,
            categoryUserPermission: '3',
            comparison: '3',
          },
        ],
        actions: [
          {
            objectType: 'KalturaAddEntryVendorTaskAction',
            catalogItemIds: `${C.machineCaptionsEnglish},${C.machineChapteringEnglish}`,
          },
        ],
      },
      {
        objectType: 'KalturaRule',
        conditions: [
          {
            objectType: 'KalturaBooleanEventNotificationCondition',
            booleanEventNotificationIds: `${SEED.templates.needsCaptionsTag}`,
            description: 'tagged',
          },
        ],
        actions: [{ objectType: 'KalturaAddEntryVendorTaskAction', catalogItemIds: '99999', entryObjectType: '1' }],
      },
      {
        objectType: 'KalturaRule',
        description: 'Everything',
        actions: [{ objectType: 'KalturaAddEntryVendorTaskAction', catalogItemIds: String(C.machineSummaryEnglish) }],
      },
    ];
    const expected = [
      {
        description: 'Keynotes and events',
        actions: [
          {
            type: 'reach.ADD_ENTRY_VENDOR_TASK',
            catalogItemIds: `${C.machineCaptionsEnglish},${C.machineChapteringEnglish}`,
            entryObjectType: 1,
            objectType: 'KalturaAddEntryVendorTaskAction',
          },
        ],
        conditions: [
          {
            type: 'reach.CategoryEntry',
            not: false,
            categoryId: CAT.keynotes,
            objectType: 'KalturaCategoryEntryCondition',
          },
          {
            type: 'reach.CategoryEntry',
            not: false,
            categoryIds: `${CAT.events},${CAT.keynotes}`,
            categoryUserPermission: 3,
            comparison: '3',
            objectType: 'KalturaCategoryEntryCondition',
          },
        ],
        stopProcessing: true,
        objectType: 'KalturaRule',
      },
      {
        actions: [
          {
            type: 'reach.ADD_ENTRY_VENDOR_TASK',
            catalogItemIds: '99999',
            entryObjectType: 1,
            objectType: 'KalturaAddEntryVendorTaskAction',
          },
        ],
        conditions: [
          {
            description: 'tagged',
            not: false,
            booleanEventNotificationIds: String(SEED.templates.needsCaptionsTag),
            objectType: 'KalturaBooleanEventNotificationCondition',
          },
        ],
        objectType: 'KalturaRule',
      },
      {
        description: 'Everything',
        actions: [
          {
            type: 'reach.ADD_ENTRY_VENDOR_TASK',
            catalogItemIds: String(C.machineSummaryEnglish),
            entryObjectType: 1,
            objectType: 'KalturaAddEntryVendorTaskAction',
          },
        ],
        objectType: 'KalturaRule',
      },
    ];
    assert.deepEqual(
      (await update({ rules })).rules,
      expected,
      'unknown catalog item ids are accepted, as on the server',
    );
    assert.deepEqual((await server.api('reach_reachprofile', 'get', { ks: server.ks, id: P.default })).rules, expected);
    assert.deepEqual(
      Object.keys(expected[0].conditions[0]),
      ['type', 'not', 'categoryId', 'objectType'],
      "key order of the server's classes",
    );
    assert.deepEqual((await update({ name: 'Renamed' })).rules, expected, 'an update without rules keeps them');
    assert.deepEqual((await update({ rules: { '-': '' } })).rules, [], 'rules[-] clears them');
  });

  test('a category condition names its categories by categoryId or categoryIds, not both; a refused update changes nothing', async () => {
    const both = await update({
      rules: [
        {
          objectType: 'KalturaRule',
          conditions: [
            {
              objectType: 'KalturaCategoryEntryCondition',
              categoryId: CAT.biology,
              categoryIds: String(CAT.chemistry),
            },
          ],
        },
      ],
    });
    assert.deepEqual(
      [both.code, both.args, both.message],
      [
        'PROPERTY_VALIDATION_ALL_MUST_BE_NULL_BUT_ONE',
        { PROP_NAME: 'categoryId/categoryIds' },
        'Only one of the passed properties: categoryId/categoryIds should not be null',
      ],
    );
    const abstract = await update({
      rules: [{ objectType: 'KalturaRule', conditions: [{ categoryId: CAT.biology }] }],
    });
    assert.equal(abstract.code, 'OBJECT_TYPE_ABSTRACT');
    const stored = await server.api('reach_reachprofile', 'get', { ks: server.ks, id: P.default });
    assert.deepEqual(
      stored.rules.map((/** @type {any} */ rule) => rule.description),
      ['Caption every keynote', 'Biology: captions and chapters, nothing more'],
    );
  });
});

describe('dictionaries', () => {
  test('come back exactly, in order', async () => {
    const dictionaries = [
      dictionary('Spanish', 'célula\nmitocondria'),
      dictionary('English', 'Margulis\n  ATP synthase  \n'),
      dictionary('French', ''),
    ];
    const updated = await update({ dictionaries });
    assert.deepEqual(
      updated.dictionaries,
      dictionaries.map(({ objectType, ...fields }) => ({ ...fields, objectType })),
    );
  });

  test("one per language: DICTIONARY_LANGUAGE_DUPLICATION names the language, checked before any later dictionary's length", async () => {
    const duplicate = await update({
      dictionaries: [dictionary('German', 'a'), dictionary('German', 'b'), dictionary('French', 'x'.repeat(20_000))],
    });
    assert.deepEqual([duplicate.code, duplicate.args], ['DICTIONARY_LANGUAGE_DUPLICATION', { LANGUAGE: 'German' }]);
    const lengthFirst = await update({
      dictionaries: [dictionary('French', 'x'.repeat(20_000)), dictionary('German', 'a'), dictionary('German', 'b')],
    });
    assert.equal(lengthFirst.code, 'MAX_DICTIONARY_LENGTH_EXCEEDED');
  });

  test("at most 10 000 bytes of UTF-8, as the server's strlen counts", async () => {
    assert.equal(
      (await update({ dictionaries: [dictionary('English', 'x'.repeat(10_000))] })).dictionaries[0].data.length,
      10_000,
    );
    const accented = await update({ dictionaries: [dictionary('Spanish', 'é'.repeat(5_001))] });
    assert.deepEqual(
      [accented.code, accented.args, accented.message],
      [
        'MAX_DICTIONARY_LENGTH_EXCEEDED',
        { LANGUAGE: 'Spanish', LENGTH: '10000' },
        'Vendor profile configuration error - Dictionary for language [Spanish] exceeded maximum length of  [10000] characters',
      ],
    );
  });
});

describe('a dictionary in machine captions', () => {
  test('the rule: exact words ignoring case, and one-letter slips of longer terms; plurals and short words are left alone', () => {
    const terms = 'mitochondria\nMargulis\nRubisco\nATP synthase\nDNA';
    assert.equal(applyDictionary('the mitochondira.', terms), 'the mitochondria.');
    assert.equal(
      applyDictionary('Mitochondira have DNA', terms),
      'Mitochondria have DNA',
      'a lower-case term keeps a capital at the start of a sentence',
    );
    assert.equal(
      applyDictionary('by Lynn Margolis, rubisko and atp synthaze', terms),
      'by Lynn Margulis, Rubisco and ATP synthase',
    );
    assert.equal(applyDictionary('and the dna', terms), 'and the DNA');
    assert.equal(applyDictionary('Mitochondrias and ANA', terms), 'Mitochondrias and ANA');
    assert.equal(applyDictionary('unchanged text', ''), 'unchanged text');
  });

  /**
   * Machine English captions of an entry, ordered with `profileId`, as one line of text.
   * @param {string} entryId @param {number} profileId
   */
  async function machineCaptions(entryId, profileId) {
    const task = await server.api('reach_entryvendortask', 'add', {
      ks: server.ks,
      ...order(entryId, C.machineCaptionsEnglish, { reachProfileId: profileId }),
    });
    assert.equal(task.code, undefined, JSON.stringify(task));
    server.advance(11);
    const delivered = await server.api('reach_entryvendortask', 'get', { ks: server.ks, id: task.id });
    assert.equal(delivered.status, 2);
    return String(server.sandbox.state.captionAssets[delivered.outputObjectId].content).replace(/\n(?!\n|\d)/g, ' ');
  }

  test("the profile's dictionary for the source language fixes the misheard terms; without one they stay misheard", async () => {
    const withDictionary = await machineCaptions(E.lecture45, P.default);
    assert.match(withDictionary, /Lynn Margulis/);
    assert.match(withDictionary, /the mitochondria\./);
    assert.match(withDictionary, /This idea, endosymbiosis,/);
    assert.doesNotMatch(withDictionary, /Margolis|mitochondira|endosimbiosis/);

    const withoutDictionary = await machineCaptions(E.seminar12, P.unlimited);
    assert.match(withoutDictionary, /the thylakoyd membranes/);
    assert.match(withoutDictionary, /rubisko, the enzyme/);
  });

  test('human captions are not changed by the dictionary', async () => {
    const task = await server.api('reach_entryvendortask', 'add', {
      ks: server.ks,
      ...order(E.seminar12, C.humanCaptionsEnglish1Day),
    });
    assert.equal(task.dictionary?.includes('thylakoid'), true, 'the task carries the dictionary for the vendor');
    server.advance(61);
    const delivered = await server.api('reach_entryvendortask', 'get', { ks: server.ks, id: task.id });
    assert.match(
      String(server.sandbox.state.captionAssets[delivered.outputObjectId].content).replace(/\n(?!\n|\d)/g, ' '),
      /thylakoyd/,
    );
  });
});
