import type { ApiCall } from '../api/client.js';
import type { WireParams } from '../api/encode.js';
import * as z from 'zod/mini';
import { apiCall, MAX_PAGE_SIZE, pagerParams, type Pager } from './call.js';
import { EntryStatus } from './enums.js';
import {
  captionAssetSchema,
  cuePointSchema,
  flavorAssetSchema,
  listResponse,
  mediaEntrySchema,
  type CaptionAsset,
  type CuePoint,
  type FlavorAsset,
  type ListResponse,
  type MediaEntry,
} from './schemas.js';

export function getEntry(entryId: string): ApiCall<MediaEntry> {
  return apiCall('baseentry', 'get', { entryId }, mediaEntrySchema);
}

/** KalturaBaseEntryFilter fields the elements use (kaltura-rules §6.2). */
export interface EntryFilter {
  idIn?: readonly string[];
  rootEntryIdIn?: readonly string[];
  /** Without it the server lists READY entries only. */
  statusIn?: readonly string[];
  /** Unix seconds (server clock). */
  createdAtGreaterThanOrEqual?: number;
  mediaTypeIn?: readonly number[];
  freeText?: string;
  userIdEqual?: string;
  /** Entries in any of these categories. */
  categoriesIdsMatchOr?: readonly (string | number)[];
  /** Seconds. */
  durationGreaterThanOrEqual?: number;
  /** Seconds. */
  durationLessThan?: number;
  orderBy?: string;
}

export function listEntries(filter: EntryFilter, pager?: Pager): ApiCall<ListResponse<MediaEntry>> {
  const csv = (values: readonly (string | number)[] | undefined) =>
    values && values.length > 0 ? values.join(',') : undefined;
  const params: WireParams = {
    filter: {
      objectType: 'KalturaMediaEntryFilter',
      idIn: csv(filter.idIn),
      rootEntryIdIn: csv(filter.rootEntryIdIn),
      statusIn: csv(filter.statusIn),
      createdAtGreaterThanOrEqual: filter.createdAtGreaterThanOrEqual,
      mediaTypeIn: csv(filter.mediaTypeIn),
      freeText: filter.freeText || undefined,
      userIdEqual: filter.userIdEqual,
      categoriesIdsMatchOr: csv(filter.categoriesIdsMatchOr),
      durationGreaterThanOrEqual: filter.durationGreaterThanOrEqual,
      durationLessThan: filter.durationLessThan,
      orderBy: filter.orderBy,
    },
    pager: pagerParams(pager),
  };
  return apiCall('baseentry', 'list', params, listResponse(mediaEntrySchema));
}

/** Kaltura takes about 150 values in an IN list on sphinx-backed lists (kaltura-rules §5.4); we ask for fewer. */
export const MAX_IDS_PER_LIST = 100;

/** Every status but deleted: a list by id otherwise answers READY entries only (kaltura-rules §6.2). */
const ANY_LIVING_STATUS = Object.values(EntryStatus).filter((status) => status !== EntryStatus.DELETED);

/** Up to MAX_IDS_PER_LIST entries by id, whatever their status; ids the session may not see are missing. */
export function listEntriesById(ids: readonly string[]): ApiCall<ListResponse<MediaEntry>> {
  if (ids.length > MAX_IDS_PER_LIST) throw new RangeError(`At most ${MAX_IDS_PER_LIST} ids per call`);
  return listEntries({ idIn: ids, statusIn: ANY_LIVING_STATUS }, { pageSize: MAX_IDS_PER_LIST });
}

/** The flavor or caption assets of up to MAX_IDS_PER_LIST entries, a page of MAX_PAGE_SIZE at a time. */
function assetsOfEntries<T>(
  service: 'flavorasset' | 'caption_captionasset',
  entryIds: readonly string[],
  schema: z.ZodMiniType<T>,
  pageIndex: number,
): ApiCall<ListResponse<T>> {
  if (entryIds.length > MAX_IDS_PER_LIST) throw new RangeError(`At most ${MAX_IDS_PER_LIST} ids per call`);
  const objectType = service === 'flavorasset' ? 'KalturaFlavorAssetFilter' : 'KalturaCaptionAssetFilter';
  return apiCall(
    service,
    'list',
    {
      filter: { objectType, entryIdIn: entryIds.join(',') },
      pager: pagerParams({ pageSize: MAX_PAGE_SIZE, pageIndex }),
    },
    listResponse(schema),
  );
}

export const listFlavorAssetsOf = (entryIds: readonly string[], pageIndex = 1) =>
  assetsOfEntries('flavorasset', entryIds, flavorAssetSchema, pageIndex);
export const listCaptionAssetsOf = (entryIds: readonly string[], pageIndex = 1) =>
  assetsOfEntries('caption_captionasset', entryIds, captionAssetSchema, pageIndex);

export function listFlavorAssets(entryId: string): ApiCall<ListResponse<FlavorAsset>> {
  return apiCall(
    'flavorasset',
    'list',
    { filter: { objectType: 'KalturaFlavorAssetFilter', entryIdEqual: entryId } },
    listResponse(flavorAssetSchema),
  );
}

export function listCaptionAssets(entryId: string): ApiCall<ListResponse<CaptionAsset>> {
  return apiCall(
    'caption_captionasset',
    'list',
    { filter: { objectType: 'KalturaCaptionAssetFilter', entryIdEqual: entryId } },
    listResponse(captionAssetSchema),
  );
}

/**
 * A URL to download the caption file, for a link the user follows: Kaltura signs it with a KS of its own,
 * made for that one file (kaltura-rules §5.10), never the session's.
 */
export function getCaptionUrl(id: string): ApiCall<string> {
  return apiCall('caption_captionasset', 'getUrl', { id }, z.string());
}

/** The caption file's text, asked for with the session's KS in the POST body (not in a URL). */
export function serveCaption(captionAssetId: string): ApiCall<string> {
  return { ...apiCall('caption_captionasset', 'serve', { captionAssetId }, z.string()), file: true };
}

export function getFlavorUrl(id: string): ApiCall<string> {
  return apiCall('flavorasset', 'getUrl', { id }, z.string());
}

export function listCuePoints(entryId: string, cuePointType = 'thumbCuePoint.Thumb'): ApiCall<ListResponse<CuePoint>> {
  return apiCall(
    'cuepoint_cuepoint',
    'list',
    { filter: { objectType: 'KalturaCuePointFilter', entryIdEqual: entryId, cuePointTypeIn: cuePointType } },
    listResponse(cuePointSchema),
  );
}
