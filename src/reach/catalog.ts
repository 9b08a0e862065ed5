import type { ApiCall } from '../api/client.js';
import { apiCall, MAX_PAGE_SIZE } from './call.js';
import { VendorServiceFeature, VendorServiceType } from './enums.js';
import {
  listResponse,
  reachProfileSchema,
  vendorCatalogItemSchema,
  type ListResponse,
  type ReachProfile,
  type VendorCatalogItem,
} from './schemas.js';

/** The catalog items enabled for the partner (all of them fit in one page on real accounts). */
export function listCatalogItems(): ApiCall<ListResponse<VendorCatalogItem>> {
  return apiCall(
    'reach_vendorcatalogitem',
    'list',
    {
      filter: { objectType: 'KalturaVendorCatalogItemFilter' },
      pager: { objectType: 'KalturaFilterPager', pageSize: MAX_PAGE_SIZE, pageIndex: 1 },
    },
    listResponse(vendorCatalogItemSchema),
  );
}

/** The partner's REACH profiles (active and disabled; deleted ones are hidden by the server). */
export function listReachProfiles(): ApiCall<ListResponse<ReachProfile>> {
  return apiCall(
    'reach_reachprofile',
    'list',
    {
      filter: { objectType: 'KalturaReachProfileFilter' },
      pager: { objectType: 'KalturaFilterPager', pageSize: MAX_PAGE_SIZE, pageIndex: 1 },
    },
    listResponse(reachProfileSchema),
  );
}

/**
 * The accuracy Kaltura states for captions of this item's fidelity (percent), or undefined where it states
 * none (translation, AI services): kaltura-rules §1.5.
 */
export function statedCaptionsAccuracy(item: VendorCatalogItem): number | undefined {
  if (item.serviceFeature !== VendorServiceFeature.CAPTIONS) return undefined;
  return item.serviceType === VendorServiceType.HUMAN ? 99 : 85;
}
