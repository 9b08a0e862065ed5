import { expect } from '@open-wc/testing';
import {
  EntryStatus,
  EntryType,
  EntryVendorTaskStatus,
  MediaType,
  ReachProfileStatus,
  VendorCatalogItemPriceFunction,
  VendorServiceFeature,
} from '../reach/enums.js';
import type { CaptionAsset, EntryVendorTask, MediaEntry, ReachProfile, VendorCatalogItem } from '../reach/schemas.js';
import { planRun, type PreflightInput } from './preflight.js';
import { actionUnavailable, draftOf, draftProblems, emptyDraft, workflowActions } from './draft.js';
import type { ActionDefinition, Agent } from './schemas.js';

const perMinute = (pricePerUnit: number) => ({
  pricePerUnit,
  priceFunction: VendorCatalogItemPriceFunction.PRICE_PER_MINUTE,
});
const captions = {
  id: 1,
  serviceFeature: VendorServiceFeature.CAPTIONS,
  serviceType: 2,
  status: 2,
  pricing: perMinute(1),
  targetLanguage: 'English',
} as VendorCatalogItem;
const translation = {
  id: 2,
  serviceFeature: VendorServiceFeature.TRANSLATION,
  serviceType: 2,
  status: 2,
  pricing: perMinute(2),
  sourceLanguage: 'English',
} as VendorCatalogItem;
const profile = {
  id: 10,
  name: 'Default',
  status: ReachProfileStatus.ACTIVE,
  credit: { credit: 100 },
  usedCredit: 95,
} as ReachProfile;
const disabled = { id: 11, name: 'Legacy', status: ReachProfileStatus.DISABLED } as ReachProfile;
const entry = (id: string, seconds: number) =>
  ({
    id,
    name: id,
    status: EntryStatus.READY,
    type: EntryType.MEDIA_CLIP,
    mediaType: MediaType.VIDEO,
    msDuration: seconds * 1000,
  }) as MediaEntry;

function input(fields: Partial<PreflightInput>): PreflightInput {
  return {
    actions: [{ type: 'captions', catalog_item_id: 1, reach_profile_id: 10 }],
    entries: [],
    catalog: [captions, translation],
    profiles: [profile, disabled],
    tasks: new Map(),
    captions: new Map(),
    now: 1000,
    ...fields,
  };
}

describe('run pre-flight', () => {
  it('prices each step per started minute and totals it against the credit left', () => {
    const plan = planRun(input({ entries: [entry('a', 125), entry('b', 60)] }));
    expect(plan.entries.map((planned) => planned.steps[0]!.price)).to.deep.equal([
      { kind: 'fixed', amount: 3 },
      { kind: 'fixed', amount: 1 },
    ]);
    expect(plan.totals).to.have.length(1);
    expect([plan.totals![0]!.total, plan.totals![0]!.credit.remaining, plan.totals![0]!.exceeds]).to.deep.equal([
      4,
      5,
      false,
    ]);
    const more = planRun(input({ entries: [entry('a', 125), entry('b', 180)] }));
    expect(more.totals![0]!.exceeds).to.equal(true);
  });

  it('skips no step for its profile when the session may not read the profiles, and totals nothing', () => {
    const plan = planRun(input({ entries: [entry('a', 125)], profiles: undefined }));
    expect(plan.entries[0]!.steps.map((step) => step.skip)).to.deep.equal([undefined]);
    expect(plan.totals).to.equal(undefined);
  });

  it('says why a step would be skipped: too short, a duplicate, an inactive profile, a missing service, no captions to translate', () => {
    const ready = {
      id: '9',
      entryId: 'dup',
      catalogItemId: 1,
      status: EntryVendorTaskStatus.READY,
      createdAt: 1,
      partnerId: 1,
    } as EntryVendorTask;
    const plan = planRun(
      input({
        actions: [
          { type: 'captions', catalog_item_id: 1, reach_profile_id: 10 },
          { type: 'dubbing', catalog_item_id: 99, reach_profile_id: 10 },
          { type: 'captions', catalog_item_id: 1, reach_profile_id: 11 },
        ],
        entries: [entry('short', 8), entry('dup', 300)],
        tasks: new Map([['dup', [ready]]]),
      }),
    );
    const reasons = plan.entries.map((planned) => planned.steps.map((step) => step.skip?.reason));
    expect(reasons).to.deep.equal([
      ['entry-too-short', 'no-catalog-item', 'no-profile'],
      ['duplicate', 'no-catalog-item', 'no-profile'],
    ]);
    expect(plan.entries.every((planned) => planned.skipped)).to.equal(true);
    expect(plan.totals).to.deep.equal([]);

    const translate = [{ type: 'translation', catalog_item_id: 2, reach_profile_id: 10 }];
    expect(
      planRun(input({ actions: translate, entries: [entry('a', 60)] })).entries[0]!.steps[0]!.skip?.reason,
    ).to.equal('needs-source-captions');
    const english = { id: 'c', entryId: 'a', language: 'English', status: 2 } as CaptionAsset;
    expect(
      planRun(input({ actions: translate, entries: [entry('a', 60)], captions: new Map([['a', [english]]]) }))
        .entries[0]!.steps[0]!.skip,
    ).to.equal(undefined);
    const afterCaptions = [{ type: 'captions', catalog_item_id: 1, reach_profile_id: 10 }, ...translate];
    expect(
      planRun(input({ actions: afterCaptions, entries: [entry('a', 60)] })).entries[0]!.steps[1]!.skip,
      "waits for the run's own captions",
    ).to.equal(undefined);
  });
});

describe('agent drafts', () => {
  const definitions: ActionDefinition[] = [
    {
      type: 'captions',
      tags: [],
      vendors: [
        {
          name: 'Kaltura',
          languages: [
            { language: 'English', catalogItemId: 1 },
            { language: 'Spanish', catalogItemId: 3 },
          ],
        },
      ],
      reachProfiles: [{ id: 10, name: 'Default' }],
    },
    { type: 'dubbing', tags: [], vendors: [], reachProfiles: [{ id: 10, name: 'Default' }] },
    {
      type: 'summary',
      tags: [],
      vendors: [{ name: 'Kaltura', languages: [{ language: 'English', catalogItemId: 5 }] }],
      reachProfiles: [],
    },
    { type: 'publish_entry', tags: [], vendors: [], reachProfiles: [] },
  ];

  it('explains unavailable actions and builds the chosen ones with the first language and profile by default', () => {
    expect(definitions.map(actionUnavailable)).to.deep.equal([undefined, 'no-catalog-item', 'no-profile', undefined]);
    const draft = {
      ...emptyDraft(),
      name: 'x',
      actions: {
        captions: { on: true, catalogItemId: 3, profileId: undefined },
        dubbing: { on: true, catalogItemId: undefined, profileId: undefined },
        publish_entry: { on: true, catalogItemId: undefined, profileId: undefined },
      },
    };
    expect(workflowActions(draft, definitions)).to.deep.equal([
      { type: 'captions', catalog_item_id: 3, reach_profile_id: 10 },
      { type: 'publish_entry', catalog_item_id: undefined, reach_profile_id: undefined },
    ]);
  });

  it('asks for a name, a category for a category trigger, and an action', () => {
    expect(draftProblems(emptyDraft(), definitions)).to.deep.equal(['name-required', 'action-required']);
    const byCategory = {
      ...emptyDraft(),
      name: 'x',
      trigger: 'ENTRY_ADDED_TO_CATEGORY' as const,
      actions: { captions: { on: true, catalogItemId: undefined, profileId: undefined } },
    };
    expect(draftProblems(byCategory, definitions)).to.deep.equal(['category-required']);
  });

  it('reads an agent back into a draft', () => {
    const agent = {
      id: 'a',
      name: 'Caption Biology',
      description: 'd',
      status: 'Enabled',
      trigger: {
        id: 't',
        systemName: 'ENTRY_ADDED_TO_CATEGORY',
        triggerParameters: { categoryIds: ['702'], includeSubcategories: true },
      },
      actions: { id: 'x', workflowActions: [{ type: 'captions', catalog_item_id: 1, reach_profile_id: 10 }] },
    } as Agent;
    const draft = draftOf(agent);
    expect([draft.trigger, draft.categoryIds, draft.includeSubcategories]).to.deep.equal([
      'ENTRY_ADDED_TO_CATEGORY',
      ['702'],
      true,
    ]);
    expect(draft.actions.captions).to.deep.equal({ on: true, catalogItemId: 1, profileId: 10 });
  });
});
