import type { ApiCall } from '../api/client.js';
import type { WireParams } from '../api/encode.js';
import * as z from 'zod/mini';
import { apiCall } from './call.js';
import { mediaEntrySchema, type MediaEntry } from './schemas.js';

/** KalturaBaseEntryCloneOptions FLAVORS = "6", KalturaCloneComponentSelectorType EXCLUDE = "1" (kaltura-rules §6.1). */
const EXCLUDE_FLAVORS: WireParams = { objectType: 'KalturaBaseEntryCloneOptionComponent', itemType: '6', rule: '1' };

/**
 * Step 1 of saving a clip: a copy of the source without its media (status NO_CONTENT), so that step 2
 * can give it the clip's content. Creates an entry: never retried automatically.
 */
export function cloneWithoutMedia(sourceEntryId: string): ApiCall<MediaEntry> {
  return apiCall(
    'baseentry',
    'clone',
    { entryId: sourceEntryId, cloneOptions: [EXCLUDE_FLAVORS] },
    mediaEntrySchema,
    true,
  );
}

export interface ClipRange {
  /** Milliseconds from the start of the source. */
  offsetMs: number;
  durationMs: number;
  /** Burn this caption asset into the clip. */
  captionAssetId?: string | undefined;
}

/** Step 2: the clip's content, cut from the source (KalturaClipAttributes take milliseconds). */
export function setClipContent(clipEntryId: string, sourceEntryId: string, range: ClipRange): ApiCall<MediaEntry> {
  const clip: WireParams = {
    objectType: 'KalturaClipAttributes',
    offset: Math.round(range.offsetMs),
    duration: Math.round(range.durationMs),
    captionAttributes: range.captionAssetId
      ? [{ objectType: 'KalturaRenderCaptionAttributes', captionAssetId: range.captionAssetId }]
      : undefined,
  };
  const resource: WireParams = {
    objectType: 'KalturaOperationResource',
    resource: { objectType: 'KalturaEntryResource', entryId: sourceEntryId },
    operationAttributes: [clip],
  };
  return apiCall('media', 'updateContent', { entryId: clipEntryId, resource }, mediaEntrySchema, true);
}

export interface EntryMetadata {
  name?: string;
  description?: string;
  /** Comma-separated, as Kaltura stores them. */
  tags?: string;
}

/** Step 3: the reviewed title, description and tags. */
export function updateEntryMetadata(entryId: string, metadata: EntryMetadata): ApiCall<MediaEntry> {
  return apiCall(
    'media',
    'update',
    { entryId, mediaEntry: { objectType: 'KalturaMediaEntry', ...metadata } },
    mediaEntrySchema,
    true,
  );
}

/**
 * `baseEntry.delete`: removes an entry, here the copy left by a save that could not finish. Kaltura answers
 * with nothing. Changes things: never retried automatically.
 */
export function deleteEntry(entryId: string): ApiCall<void> {
  const call = apiCall('baseentry', 'delete', { entryId }, z.unknown(), true);
  return { ...call, parse: (raw) => void call.parse(raw) };
}
