import type { ApiCall } from '../api/client.js';
import type { WireParams } from '../api/encode.js';
import * as z from 'zod/mini';
import { apiCall, pagerParams, type Pager } from './call.js';
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
