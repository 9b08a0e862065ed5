import type { ApiCall } from '../api/client.js';
import { apiCall } from './call.js';
import { mediaEntrySchema, type MediaEntry } from './schemas.js';
import type { MediaType } from './enums.js';

/** `media.add`: a new entry without content (status NO_CONTENT until `addUrlContent`). Creates: never retried. */
export function addMediaEntry(name: string, mediaType: MediaType): ApiCall<MediaEntry> {
  return apiCall(
    'media',
    'add',
    { entry: { objectType: 'KalturaMediaEntry', name, mediaType } },
    mediaEntrySchema,
    true,
  );
}

/** `media.addContent` from a URL (`KalturaUrlResource`): Kaltura imports it, converts it, and the entry becomes READY. */
export function addUrlContent(entryId: string, url: string): ApiCall<MediaEntry> {
  return apiCall(
    'media',
    'addContent',
    { entryId, resource: { objectType: 'KalturaUrlResource', url } },
    mediaEntrySchema,
    true,
  );
}
