import { expect } from '@open-wc/testing';
import {
  EntryStatus,
  EntryType,
  EntryVendorTaskStatus,
  MediaType,
  VendorCatalogItemPriceFunction,
  VendorServiceFeature,
} from './enums.js';
import { costPerTenMinutes, draftOf, ruleOf, type RuleDraft } from './profile-rules.js';
import { previewOrders } from './rule-preview.js';
import type { EntryVendorTask, MediaEntry, ReachProfileRule, VendorCatalogItem } from './schemas.js';

const item = (id: number, pricePerUnit: number, serviceFeature: VendorServiceFeature = VendorServiceFeature.CAPTIONS) =>
  ({
    id,
    serviceFeature,
    serviceType: 2,
    turnAroundTime: -1,
    status: 2,
    pricing: { pricePerUnit, priceFunction: VendorCatalogItemPriceFunction.PRICE_PER_MINUTE },
  }) as VendorCatalogItem;
const captions = item(1, 0.5);
const chapters = item(2, 0.2, VendorServiceFeature.CHAPTERING);
const summary = item(3, 1, VendorServiceFeature.SUMMARY);
const catalog = new Map([captions, chapters, summary].map((candidate) => [candidate.id, candidate]));
const entry = (id: string, categoriesIds: string, fields: Partial<MediaEntry> = {}) =>
  ({
    id,
    categoriesIds,
    status: EntryStatus.READY,
    type: EntryType.MEDIA_CLIP,
    mediaType: MediaType.VIDEO,
    msDuration: 600_000,
    ...fields,
  }) as MediaEntry;
const inCategory = (categoryIds: number[], items: number[], stopProcessing = false): RuleDraft => ({
  trigger: { kind: 'category', categoryIds },
  catalogItemIds: items,
  stopProcessing,
});
const ordered = (drafts: RuleDraft[], entries: MediaEntry[], tasks: EntryVendorTask[] = []) =>
  previewOrders(drafts, entries, tasks, catalog).map(
    (order) => `${order.entry.id}:${order.item.id}${order.duplicateOf ? ' duplicate' : ''}`,
  );

describe('profile rules', () => {
  it('reads the rule shapes the editor draws and keeps the others as "other"', () => {
    expect(draftOf({ actions: [{ objectType: 'KalturaAddEntryVendorTaskAction', catalogItemIds: '1, 2,1' }] }))
      .to.include({ stopProcessing: false })
      .and.deep.include({ trigger: { kind: 'always' }, catalogItemIds: [1, 2] });
    expect(
      draftOf({ conditions: [{ objectType: 'KalturaCategoryEntryCondition', categoryIds: '702,703' }] }).trigger,
    ).to.deep.equal({ kind: 'category', categoryIds: [702, 703] });
    expect(
      draftOf({
        conditions: [{ objectType: 'KalturaBooleanEventNotificationCondition', booleanEventNotificationIds: '1000' }],
      }).trigger,
    ).to.deep.equal({ kind: 'template', templateIds: [1000] });
    expect(
      draftOf({ conditions: [{ objectType: 'KalturaCategoryEntryCondition', categoryId: 702, not: true }] }).trigger
        .kind,
    ).to.equal('other');
    expect(
      draftOf({
        conditions: [{ objectType: 'KalturaCategoryEntryCondition', categoryId: 702, categoryUserPermission: 2 }],
      }).trigger.kind,
    ).to.equal('other');
  });

  it('sends a rule back with its unknown fields, one category as categoryId, several as categoryIds, never both', () => {
    const loaded: ReachProfileRule = {
      objectType: 'KalturaRule',
      description: 'Biology',
      ruleData: 'kept',
      conditions: [{ objectType: 'KalturaCategoryEntryCondition', not: false, categoryId: 702 }],
      actions: [
        { objectType: 'KalturaAddEntryVendorTaskAction', catalogItemIds: '1', entryObjectType: 1 },
        { objectType: 'KalturaSomeOtherAction', kept: true },
      ],
    };
    const one = ruleOf({ ...draftOf(loaded), catalogItemIds: [1, 2] });
    expect(one).to.deep.include({ description: 'Biology', ruleData: 'kept', stopProcessing: false });
    expect(one.conditions).to.deep.equal([
      { objectType: 'KalturaCategoryEntryCondition', not: false, categoryId: 702 },
    ]);
    expect(one.actions).to.deep.equal([
      { objectType: 'KalturaAddEntryVendorTaskAction', catalogItemIds: '1,2', entryObjectType: 1 },
      { objectType: 'KalturaSomeOtherAction', kept: true },
    ]);
    const several = ruleOf({ ...draftOf(loaded), trigger: { kind: 'category', categoryIds: [702, 705] } });
    expect(several.conditions).to.deep.equal([
      { objectType: 'KalturaCategoryEntryCondition', not: false, categoryIds: '702,705' },
    ]);
    const negated: ReachProfileRule = {
      conditions: [{ objectType: 'KalturaCategoryEntryCondition', not: true, categoryId: 702 }],
    };
    expect(ruleOf(draftOf(negated)).conditions).to.deep.equal(negated.conditions);
    expect(ruleOf({ trigger: { kind: 'always' }, catalogItemIds: [3], stopProcessing: true })).to.deep.equal({
      objectType: 'KalturaRule',
      stopProcessing: true,
      conditions: [],
      actions: [{ objectType: 'KalturaAddEntryVendorTaskAction', catalogItemIds: '3' }],
    });
  });

  it('previews rule by rule in order: a matching rule that stops ends its pass, the "always" pass runs on its own', () => {
    const drafts: RuleDraft[] = [
      inCategory([702], [1], true),
      inCategory([702], [2]),
      { trigger: { kind: 'always' }, catalogItemIds: [3], stopProcessing: false },
    ];
    expect(ordered(drafts, [entry('0_bio', '702'), entry('0_other', '705')])).to.deep.equal([
      '0_bio:3',
      '0_bio:1',
      '0_other:3',
    ]);
    expect(ordered([inCategory([702], [1]), inCategory([702, 705], [2])], [entry('0_bio', '702')])).to.deep.equal([
      '0_bio:1',
      '0_bio:2',
    ]);
  });

  it('marks any existing order of the item as a duplicate, and leaves out child entries and refused items', () => {
    const delivered = {
      id: '9',
      entryId: '0_bio',
      catalogItemId: 1,
      status: EntryVendorTaskStatus.READY,
      createdAt: 1,
      partnerId: 1,
    } as EntryVendorTask;
    const failed = { ...delivered, id: '10', catalogItemId: 2, status: EntryVendorTaskStatus.ERROR };
    expect(ordered([inCategory([702], [1, 2])], [entry('0_bio', '702')], [delivered, failed])).to.deep.equal([
      '0_bio:1 duplicate',
      '0_bio:2',
    ]);
    expect(
      ordered(
        [inCategory([702], [1])],
        [entry('0_child', '702', { parentEntryId: '0_bio' }), entry('0_image', '702', { mediaType: MediaType.IMAGE })],
      ),
    ).to.deep.equal([]);
    const [order] = previewOrders([inCategory([702], [1])], [entry('0_bio', '702')], [], catalog);
    expect(order!.cost).to.equal(5);
  });

  it('prices a rule per 10 minutes of media', () => {
    expect(costPerTenMinutes([captions, chapters])).to.equal(7);
  });
});
