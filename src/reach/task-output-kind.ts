// What kind of result a READY task produced, from its service feature alone: enough to name the button that opens
// it. Reading the result itself (task-outputs.ts) is left until it is opened.
import { EntryVendorTaskStatus, VendorServiceFeature } from './enums.js';
import type { EntryVendorTask } from './schemas.js';

export type TaskOutputKind =
  | 'captions'
  | 'audio'
  | 'chapters'
  | 'clips'
  | 'summary'
  | 'metadata'
  | 'quiz'
  | 'moderation'
  | 'entry';

const CAPTION_FEATURES: ReadonlySet<number> = new Set([
  VendorServiceFeature.CAPTIONS,
  VendorServiceFeature.TRANSLATION,
  VendorServiceFeature.ALIGNMENT,
  VendorServiceFeature.EXTENDED_AUDIO_DESCRIPTION,
  VendorServiceFeature.LIVE_CAPTION,
  VendorServiceFeature.LIVE_TRANSLATION,
]);

/** The kind of a ready task's result; undefined before it is ready. */
export function taskOutputKind(task: EntryVendorTask): TaskOutputKind | undefined {
  if (task.status !== EntryVendorTaskStatus.READY || !task.entryId) return undefined;
  const feature = task.serviceFeature;
  if (feature !== undefined && CAPTION_FEATURES.has(feature) && task.outputObjectId) return 'captions';
  switch (feature) {
    case VendorServiceFeature.AUDIO_DESCRIPTION:
    case VendorServiceFeature.DUBBING:
      return task.outputObjectId ? 'audio' : 'entry';
    case VendorServiceFeature.CHAPTERING:
      return 'chapters';
    case VendorServiceFeature.CLIPS:
    case VendorServiceFeature.SIGN_LANGUAGE:
      return 'clips';
    case VendorServiceFeature.SUMMARY:
      return 'summary';
    case VendorServiceFeature.METADATA_ENRICHMENT:
      return 'metadata';
    case VendorServiceFeature.QUIZ:
      return 'quiz';
    case VendorServiceFeature.MODERATION:
      return 'moderation';
    default:
      return 'entry';
  }
}
