import { expect } from '@open-wc/testing';
import { VendorCatalogItemPriceFunction } from './enums.js';
import { costPerTenMinutes, draftOf, ruleOf } from './profile-rules.js';
import type { ReachProfileRule, VendorCatalogItem } from './schemas.js';

/** An item priced per minute: all a rule's cost needs. */
const perMinute = (id: number, pricePerUnit: number) => {
  const pricing = { pricePerUnit, priceFunction: VendorCatalogItemPriceFunction.PRICE_PER_MINUTE };
  return { id, pricing } as VendorCatalogItem;
};

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

  it('prices a rule per 10 minutes of media', () => {
    expect(costPerTenMinutes([perMinute(1, 0.5), perMinute(2, 0.2)])).to.equal(7);
  });
});
