import { expect } from '@open-wc/testing';
import { VendorCatalogItemPriceFunction, VendorServiceFeature } from './enums.js';
import { creditState, creditVerdict, estimatePrice, priceBreakdown, UNLIMITED_CREDIT } from './pricing.js';
import type { ReachProfile, VendorCatalogItem } from './schemas.js';

const NOW = 1_800_000_000;
const DAY = 86_400;

const item = (fields: Partial<VendorCatalogItem>) =>
  ({
    id: 1,
    serviceFeature: VendorServiceFeature.SENTIMENT_ANALYSIS,
    serviceType: 2,
    turnAroundTime: -1,
    status: 2,
    ...fields,
  }) as VendorCatalogItem;
const perToken = (payPerUse: boolean) =>
  item({
    payPerUse,
    pricing: { pricePerUnit: 0.001, priceFunction: VendorCatalogItemPriceFunction.PRICE_PER_TOKEN },
  } as Partial<VendorCatalogItem>);
const profile = (credit: Record<string, unknown>, usedCredit = 0) =>
  ({ id: 1, credit, usedCredit }) as unknown as ReachProfile;

describe('estimatePrice / creditVerdict (kaltura-rules §4.1–§4.3)', () => {
  it('prices a pay-per-use per-token item on delivery', () => {
    expect(estimatePrice(perToken(true), 60_000)).to.deep.equal({ kind: 'on-completion', pricePerUnit: 0.001 });
  });

  it('refuses a paid per-token item that is not pay-per-use: the server needs unitsUsed (MISSING_MANDATORY_PARAMETER)', () => {
    const estimate = estimatePrice(perToken(false), 60_000);
    expect(estimate.kind).to.equal('units-required');
    const active = creditState(
      profile({ objectType: 'KalturaTimeRangeVendorCredit', credit: 100, fromDate: NOW - DAY, toDate: NOW + DAY }),
      NOW,
    );
    expect(creditVerdict(active, estimate)).to.equal('units-required');
    // CREDIT_EXPIRED comes first in step 14.
    const ended = creditState(
      profile({ objectType: 'KalturaTimeRangeVendorCredit', credit: 100, fromDate: NOW - 9 * DAY, toDate: NOW - DAY }),
      NOW,
    );
    expect(creditVerdict(ended, estimate)).to.equal('expired');
  });

  it('checks the period of unlimited credit too (CREDIT_EXPIRED before its fromDate)', () => {
    const unlimited = (fromDate: number) =>
      creditState(profile({ objectType: 'KalturaUnlimitedVendorCredit', credit: UNLIMITED_CREDIT, fromDate }, 50), NOW);
    const fixed = estimatePrice(
      item({
        pricing: { pricePerUnit: 1, priceFunction: VendorCatalogItemPriceFunction.PRICE_PER_MINUTE },
      } as Partial<VendorCatalogItem>),
      60_000,
    );
    expect(creditVerdict(unlimited(NOW + DAY), fixed)).to.equal('not-started');
    expect(creditVerdict(unlimited(NOW + DAY), estimatePrice(perToken(true), 0))).to.equal('not-started');
    expect(creditVerdict(unlimited(NOW - DAY), fixed)).to.equal('ok');
    expect(creditVerdict(unlimited(NOW - DAY), estimatePrice(perToken(true), 0))).to.equal('ok');
  });

  it('breaks a price into started units and the captions add-on, adding up to the estimate', () => {
    const captions = item({
      serviceFeature: VendorServiceFeature.CAPTIONS,
      fixedPriceAddons: 5,
      pricing: { pricePerUnit: 1.5, priceFunction: VendorCatalogItemPriceFunction.PRICE_PER_MINUTE },
    } as Partial<VendorCatalogItem>);
    expect(priceBreakdown(captions, 125_000)).to.deep.equal({ pricePerUnit: 1.5, unit: 'minute', units: 3, addOns: 5 });
    expect(estimatePrice(captions, 125_000)).to.deep.equal({ kind: 'fixed', amount: 9.5 });
    const perHour = item({
      fixedPriceAddons: 5,
      pricing: { pricePerUnit: 2, priceFunction: VendorCatalogItemPriceFunction.PRICE_PER_HOUR },
    } as Partial<VendorCatalogItem>);
    // Only the captions family pays the add-on.
    expect(priceBreakdown(perHour, 3_700_000)).to.deep.equal({ pricePerUnit: 2, unit: 'hour', units: 2, addOns: 0 });
  });

  it('free items need no credit at all', () => {
    const ended = creditState(
      profile({ objectType: 'KalturaTimeRangeVendorCredit', credit: 100, fromDate: NOW - 9 * DAY, toDate: NOW - DAY }),
      NOW,
    );
    const free = item({
      pricing: { pricePerUnit: 0, priceFunction: VendorCatalogItemPriceFunction.PRICE_PER_MINUTE },
    } as Partial<VendorCatalogItem>);
    expect(estimatePrice(free, 60_000)).to.deep.equal({ kind: 'free' });
    expect(creditVerdict(ended, estimatePrice(free, 60_000))).to.equal('ok');
  });

  it('does not call an item free when the session may not read its price (no pricing): the server decides', () => {
    const estimate = estimatePrice(
      item({ serviceFeature: VendorServiceFeature.CAPTIONS, fixedPriceAddons: 2 }),
      60_000,
    );
    expect(estimate).to.deep.equal({ kind: 'unknown' });
    const ended = creditState(
      profile({ objectType: 'KalturaTimeRangeVendorCredit', credit: 100, fromDate: NOW - 9 * DAY, toDate: NOW - DAY }),
      NOW,
    );
    expect(creditVerdict(ended, estimate)).to.equal('ok');
  });
});
