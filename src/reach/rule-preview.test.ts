import { expect } from '@open-wc/testing';
import {
  EntryStatus,
  EntryType,
  EntryVendorTaskStatus,
  MediaType,
  VendorCatalogItemPriceFunction,
  VendorServiceFeature,
} from './enums.js';
import type { RuleDraft } from './profile-rules.js';
import { previewOrders } from './rule-preview.js';
import type { EntryVendorTask, MediaEntry, VendorCatalogItem } from './schemas.js';

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

describe('rule preview', () => {
  it('replays rule by rule in order: a matching rule that stops ends its pass, the "always" pass runs on its own', () => {
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
});
