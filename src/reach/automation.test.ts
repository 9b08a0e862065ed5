import { expect } from '@open-wc/testing';
import type { ApiCall } from '../api/client.js';
import { encodeParams } from '../api/encode.js';
import { resetSandbox, SEED, startKs } from '../../test/browser/sandbox.js';
import {
  cloneBooleanTemplate,
  dictionaryBytes,
  duplicateDictionaryLanguage,
  listBooleanTemplates,
  listSystemBooleanTemplates,
  MAX_DICTIONARY_BYTES,
  ruleParams,
  setTemplateParameters,
  setTemplateStatus,
  updateProfileAutomation,
} from './automation.js';
import { EventNotificationTemplateStatus } from './enums.js';
import {
  eventNotificationTemplateSchema,
  parseResponse,
  reachProfileSchema,
  type Dictionary,
  type ReachProfileRule,
} from './schemas.js';

/** Runs a call against the sandbox the test page is served with, as the client would (form body, JSON answer). */
async function run<T>(call: ApiCall<T>, ks: string): Promise<T> {
  const body = encodeParams({ ...(call.params ?? {}), ks, format: 1 });
  const response = await fetch(`/api_v3/service/${call.service}/action/${call.action}`, { method: 'POST', body });
  const raw: unknown = await response.json();
  if (raw && typeof raw === 'object' && 'code' in raw) throw new Error(JSON.stringify(raw));
  return call.parse(raw);
}

describe('rule and template schemas', () => {
  it('coerce the loose types PHP sends and keep unknown rule fields', () => {
    const profile = parseResponse(
      reachProfileSchema,
      JSON.parse(`{"id":"201","rules":[{"description":"Keynotes","ruleData":"x","stopProcessing":1,
        "conditions":[{"type":"reach.CategoryEntry","not":"0","categoryId":"707","categoryUserPermission":"3","comparison":3,"objectType":"KalturaCategoryEntryCondition"},
          {"not":false,"booleanEventNotificationIds":1000,"objectType":"KalturaBooleanEventNotificationCondition"}],
        "actions":[{"type":"reach.ADD_ENTRY_VENDOR_TASK","catalogItemIds":30101,"entryObjectType":"1","objectType":"KalturaAddEntryVendorTaskAction"}],
        "objectType":"KalturaRule"}],"objectType":"KalturaReachProfile"}`),
      'reach_reachprofile.get',
    );
    const [rule] = profile.rules ?? [];
    expect(rule.stopProcessing).to.equal(true);
    expect(rule.ruleData).to.equal('x');
    expect(rule.conditions?.[0]).to.include({
      not: false,
      categoryId: 707,
      categoryUserPermission: 3,
      comparison: '3',
    });
    expect(rule.conditions?.[1].booleanEventNotificationIds).to.equal('1000');
    expect(rule.actions?.[0]).to.include({ catalogItemIds: '30101', entryObjectType: 1 });
  });

  it('read a Boolean template with its parameters', () => {
    const template = parseResponse(
      eventNotificationTemplateSchema,
      JSON.parse(`{"id":101,"partnerId":"0","name":"Entry Tags Equals","systemName":"ENTRY_TAGS_EQUALS","type":"booleanNotification.Boolean",
        "status":"1","automaticDispatchEnabled":"1","eventType":3,"eventObjectType":"1",
        "eventConditions":[{"description":"Tags changed","not":false,"field":{"code":"…","objectType":"KalturaEvalBooleanField"},"objectType":"KalturaEventFieldCondition"}],
        "userParameters":[{"key":"trigger_tags","value":{"value":"","objectType":"KalturaStringValue"},"objectType":"KalturaEventNotificationParameter"}],
        "objectType":"KalturaBooleanNotificationTemplate"}`),
      'eventnotification_eventnotificationtemplate.listTemplates',
    );
    expect([
      template.status,
      template.eventType,
      template.automaticDispatchEnabled,
      template.userParameters?.[0].key,
    ]).to.deep.equal([1, '3', true, 'trigger_tags']);
  });
});

describe('rule and dictionary parameters', () => {
  it('a rule goes back whole, without the fields the server sets', () => {
    const rule: ReachProfileRule = {
      objectType: 'KalturaRule',
      description: 'Keynotes',
      ruleData: 'kept',
      stopProcessing: true,
      conditions: [
        { objectType: 'KalturaCategoryEntryCondition', type: 'reach.CategoryEntry', not: false, categoryId: 707 },
      ],
      actions: [
        {
          objectType: 'KalturaAddEntryVendorTaskAction',
          type: 'reach.ADD_ENTRY_VENDOR_TASK',
          catalogItemIds: '30101',
          entryObjectType: 1,
        },
      ],
    };
    expect(ruleParams(rule)).to.deep.equal({
      objectType: 'KalturaRule',
      description: 'Keynotes',
      ruleData: 'kept',
      stopProcessing: true,
      conditions: [{ objectType: 'KalturaCategoryEntryCondition', not: false, categoryId: 707 }],
      actions: [{ objectType: 'KalturaAddEntryVendorTaskAction', catalogItemIds: '30101', entryObjectType: 1 }],
    });
    expect(ruleParams({ actions: [] }).objectType).to.equal('KalturaRule');
  });

  it('dictionaries are measured in UTF-8 bytes and refused twice for one language', () => {
    expect(MAX_DICTIONARY_BYTES).to.equal(10_000);
    expect(dictionaryBytes('mitochondria\nMargulis')).to.equal(21);
    expect(dictionaryBytes('célula')).to.equal(7);
    expect(duplicateDictionaryLanguage([{ language: 'English' }, { language: 'Spanish' }])).to.equal(undefined);
    expect(
      duplicateDictionaryLanguage([{ language: 'English' }, { language: 'Spanish' }, { language: 'English' }]),
    ).to.equal('English');
  });

  it('an empty rules array clears the rules (sent as rules[-])', () => {
    const body = encodeParams(updateProfileAutomation(201, { rules: [] }).params ?? {});
    expect(body.get('reachProfile[rules][-]')).to.equal('');
  });
});

describe('automation calls against the sandbox', () => {
  beforeEach(() => resetSandbox());

  it('rules and dictionaries saved in one update come back as sent', async () => {
    const ks = await startKs();
    const rules: ReachProfileRule[] = [
      {
        objectType: 'KalturaRule',
        description: 'Biology',
        stopProcessing: true,
        conditions: [{ objectType: 'KalturaCategoryEntryCondition', categoryId: SEED.categories.biology }],
        actions: [
          { objectType: 'KalturaAddEntryVendorTaskAction', catalogItemIds: `${SEED.catalog.machineCaptionsEnglish}` },
        ],
      },
      {
        objectType: 'KalturaRule',
        actions: [
          { objectType: 'KalturaAddEntryVendorTaskAction', catalogItemIds: `${SEED.catalog.machineChapteringEnglish}` },
        ],
      },
    ];
    const dictionaries: Dictionary[] = [
      { language: 'English', data: 'Margulis\nmitochondria' },
      { language: 'Spanish', data: 'célula' },
    ];
    const saved = await run(updateProfileAutomation(SEED.profiles.default, { rules, dictionaries }), ks);
    expect(
      saved.rules?.map((rule) => [
        rule.description,
        rule.stopProcessing,
        rule.conditions?.[0]?.categoryId,
        rule.actions?.[0].catalogItemIds,
      ]),
    ).to.deep.equal([
      ['Biology', true, SEED.categories.biology, `${SEED.catalog.machineCaptionsEnglish}`],
      [undefined, undefined, undefined, `${SEED.catalog.machineChapteringEnglish}`],
    ]);
    expect(saved.dictionaries).to.deep.equal(dictionaries);
    const again = await run(updateProfileAutomation(SEED.profiles.default, { rules: saved.rules }), ks);
    expect(again.rules).to.deep.equal(saved.rules);
  });

  it('a system template is cloned with its parameters, activated, and listed', async () => {
    const ks = await startKs();
    const system = await run(listSystemBooleanTemplates(), ks);
    const tagsEquals = system.objects.find((template) => template.systemName === 'ENTRY_TAGS_EQUALS');
    expect(tagsEquals?.status).to.equal(EventNotificationTemplateStatus.DISABLED);
    const clone = await run(
      cloneBooleanTemplate(Number(tagsEquals?.id), {
        name: 'Tagged lecture',
        systemName: 'TAGGED_LECTURE',
        parameters: { trigger_tags: 'lecture' },
      }),
      ks,
    );
    expect([clone.partnerId, clone.status, clone.userParameters?.[0].value?.value]).to.deep.equal([
      SEED.partner,
      EventNotificationTemplateStatus.DISABLED,
      'lecture',
    ]);
    expect(
      (await run(setTemplateParameters(clone.id, { trigger_tags: 'seminar' }), ks)).userParameters?.[0].value?.value,
    ).to.equal('seminar');
    expect((await run(setTemplateStatus(clone.id, EventNotificationTemplateStatus.ACTIVE), ks)).status).to.equal(
      EventNotificationTemplateStatus.ACTIVE,
    );
    const own = await run(listBooleanTemplates(), ks);
    expect(own.objects.map((template) => template.id)).to.deep.equal([clone.id, SEED.templates.needsCaptionsTag]);
  });
});
