import { expect } from '@open-wc/testing';
import { statedCaptionsAccuracy } from './catalog.js';
import { VendorServiceFeature, VendorServiceType } from './enums.js';
import type { VendorCatalogItem } from './schemas.js';

const item = (serviceFeature: number, serviceType: number) =>
  ({ id: 1, serviceFeature, serviceType, turnAroundTime: 7200, status: 2 }) as unknown as VendorCatalogItem;

describe('catalog facts', () => {
  it('states the accuracy Kaltura gives for captions of each fidelity, and none for other services', () => {
    expect(statedCaptionsAccuracy(item(VendorServiceFeature.CAPTIONS, VendorServiceType.MACHINE))).to.equal(85);
    expect(statedCaptionsAccuracy(item(VendorServiceFeature.CAPTIONS, VendorServiceType.HUMAN))).to.equal(99);
    expect(statedCaptionsAccuracy(item(VendorServiceFeature.TRANSLATION, VendorServiceType.HUMAN))).to.equal(undefined);
    expect(statedCaptionsAccuracy(item(VendorServiceFeature.SUMMARY, VendorServiceType.MACHINE))).to.equal(undefined);
  });
});
