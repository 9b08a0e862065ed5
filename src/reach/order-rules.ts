import { EntryStatus, EntryType, EntryVendorTaskStatus, MediaType, VendorServiceFeature } from './enums.js';
import { entryDurationMs } from './entry.js';
import type { EntryVendorTask, MediaEntry, VendorCatalogItem } from './schemas.js';

/**
 * Why the server would refuse to order a service for an entry (kaltura-rules §4.2 steps 3, 11, 12), in the
 * server's check order: the first refusal is the one the server answers.
 */
export type EntryRefusal =
  | 'entry-not-ready'
  | 'entry-type-not-supported'
  | 'feature-not-supported'
  | 'entry-too-short'
  | 'entry-too-long';

/** Captions, translation and the audio services need at least 10 s of media. */
const MINIMUM_SECONDS = 10;
const NEEDS_MINIMUM_DURATION: ReadonlySet<number> = new Set([
  VendorServiceFeature.CAPTIONS,
  VendorServiceFeature.TRANSLATION,
  VendorServiceFeature.AUDIO_DESCRIPTION,
  VendorServiceFeature.EXTENDED_AUDIO_DESCRIPTION,
  VendorServiceFeature.DUBBING,
]);
/** Entry types REACH takes orders for at all (reach_supported_entry_types). */
const ORDERABLE_ENTRY_TYPES: ReadonlySet<string> = new Set([
  EntryType.MEDIA_CLIP,
  EntryType.LIVE_STREAM,
  EntryType.DOCUMENT,
]);
const PLAYABLE_MEDIA: ReadonlySet<number> = new Set([MediaType.VIDEO, MediaType.AUDIO]);
const ACCEPTS_LIVE: ReadonlySet<number> = new Set([
  VendorServiceFeature.LIVE_CAPTION,
  VendorServiceFeature.LIVE_TRANSLATION,
  VendorServiceFeature.INTELLIGENT_TAGGING,
  VendorServiceFeature.SIGN_LANGUAGE,
]);

export function entryRefusal(entry: MediaEntry, item: VendorCatalogItem): EntryRefusal | undefined {
  // Step 3: the entry itself.
  if (entry.status !== EntryStatus.READY) return 'entry-not-ready';
  const type = entry.type ?? EntryType.MEDIA_CLIP;
  if (!ORDERABLE_ENTRY_TYPES.has(type)) return 'entry-type-not-supported';
  // Step 11: the media's length (ENTRY_TOO_SHORT; video analysis: FEATURE_TYPE_NOT_SUPPORTED_FOR_ENTRY when too long).
  const seconds = entryDurationMs(entry) / 1000;
  if (NEEDS_MINIMUM_DURATION.has(item.serviceFeature) && seconds < MINIMUM_SECONDS) return 'entry-too-short';
  if (
    item.serviceFeature === VendorServiceFeature.VIDEO_ANALYSIS &&
    item.maxVideoDuration &&
    seconds > item.maxVideoDuration
  )
    return 'entry-too-long';
  // Step 12: the kind of entry the service takes.
  if (!featureSupportsEntry(item, entry)) return 'feature-not-supported';
  return undefined;
}

function featureSupportsEntry(item: VendorCatalogItem, entry: MediaEntry): boolean {
  const type = entry.type ?? EntryType.MEDIA_CLIP;
  const mediaType = entry.mediaType;
  switch (item.serviceFeature) {
    case VendorServiceFeature.VIDEO_ANALYSIS:
      return type === EntryType.MEDIA_CLIP && mediaType === MediaType.VIDEO;
    case VendorServiceFeature.DOCUMENT_ENRICHMENT:
      return type === EntryType.DOCUMENT || mediaType === MediaType.IMAGE;
    default:
      if (type === EntryType.LIVE_STREAM) return ACCEPTS_LIVE.has(item.serviceFeature);
      return type === EntryType.MEDIA_CLIP && (mediaType === undefined || PLAYABLE_MEDIA.has(mediaType));
  }
}

/** Statuses in which an existing task counts against a new order (kaltura-rules §4.5). */
const EXISTING_STATUSES: ReadonlySet<number> = new Set([
  EntryVendorTaskStatus.PROCESSING,
  EntryVendorTaskStatus.READY,
  EntryVendorTaskStatus.PENDING,
  EntryVendorTaskStatus.PENDING_MODERATION,
  EntryVendorTaskStatus.PENDING_ENTRY_READY,
]);
const IN_PROGRESS: ReadonlySet<number> = new Set([
  EntryVendorTaskStatus.PENDING,
  EntryVendorTaskStatus.PENDING_MODERATION,
  EntryVendorTaskStatus.PROCESSING,
]);

/**
 * The task that stops `item` from being ordered again for this entry, if any (the server would answer
 * ENTRY_VENDOR_TASK_DUPLICATION): one in progress, or a finished one unless the item allows resubmission.
 * `sourceVersion` is the version of the entry's source flavor; tasks on another version only block while
 * the vendor is processing them.
 */
export function blockingTask(
  item: VendorCatalogItem,
  tasks: readonly EntryVendorTask[],
  sourceVersion?: number,
): EntryVendorTask | undefined {
  const candidates = tasks
    .filter((task) => task.catalogItemId === item.id && EXISTING_STATUSES.has(task.status))
    .sort((a, b) => (b.version ?? 0) - (a.version ?? 0) || Number(BigInt(b.id) - BigInt(a.id)));
  const sameVersion = candidates.find((task) => !sourceVersion || (task.version ?? 0) === sourceVersion);
  if (sameVersion) return !item.allowResubmission || IN_PROGRESS.has(sameVersion.status) ? sameVersion : undefined;
  return candidates.find((task) => task.status === EntryVendorTaskStatus.PROCESSING);
}

/**
 * The tasks a new order of `item` would cancel (kaltura-rules §4.5): when nothing blocks the order and no task
 * exists on the current source version, the server aborts every PENDING task of the item on another
 * version of the media (errDescription "Aborted following cancel request"). Aborted tasks are not
 * refunded (kaltura-rules §4.4), so the person ordering must be told. Tasks pending moderation are left alone.
 * Empty when the order would be refused (see `blockingTask`) or replaces nothing.
 */
export function tasksCancelledByOrder(
  item: VendorCatalogItem,
  tasks: readonly EntryVendorTask[],
  sourceVersion?: number,
): EntryVendorTask[] {
  // Version 0 (no source flavor): every version counts as the same one, so nothing is "another version".
  if (!sourceVersion || blockingTask(item, tasks, sourceVersion)) return [];
  const ofItem = tasks.filter((task) => task.catalogItemId === item.id);
  if (ofItem.some((task) => EXISTING_STATUSES.has(task.status) && (task.version ?? 0) === sourceVersion)) return [];
  return ofItem.filter(
    (task) => task.status === EntryVendorTaskStatus.PENDING && (task.version ?? 0) !== sourceVersion,
  );
}
