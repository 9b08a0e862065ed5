// What a READY task produced, read from the task (outputObjectId, taskJobData output JSON) with zod/mini:
// vendor JSON is the least trustworthy text of all, so a malformed output becomes "no details", never a crash.
import * as z from 'zod/mini';
import { EntryVendorTaskStatus, VendorServiceFeature } from './enums.js';
import { parseClipsOutput } from './clip-suggestions.js';
import type { EntryVendorTask } from './schemas.js';

export type TaskOutput =
  /** A caption asset (captions, translation, alignment, extended audio description). */
  | { readonly kind: 'captions'; readonly captionAssetId: string }
  /** An audio flavor (audio description, dubbing). */
  | { readonly kind: 'audio'; readonly flavorAssetId: string }
  /** Chapter cue points on the entry. */
  | { readonly kind: 'chapters'; readonly entryId: string }
  /** Child entries of the source (rootEntryId): clips, sign-language video; `suggested` clips in the output. */
  | { readonly kind: 'clips'; readonly entryId: string; readonly suggested: number }
  | { readonly kind: 'summary'; readonly text: string | undefined }
  | {
      readonly kind: 'metadata';
      readonly title: string | undefined;
      readonly description: string | undefined;
      readonly tags: string | undefined;
    }
  | { readonly kind: 'quiz'; readonly questions: readonly string[] }
  | { readonly kind: 'moderation'; readonly flagged: boolean | undefined }
  /** The entry itself was enriched (tags, metadata) and there is nothing else to open. */
  | { readonly kind: 'entry'; readonly entryId: string };

const text = z.optional(z.string());
const summarySchema = z.union([
  z.object({ summary: text }),
  z.pipe(
    z.string(),
    z.transform((summary) => ({ summary })),
  ),
]);
const metadataSchema = z.object({
  title: text,
  description: text,
  tags: z.optional(
    z.union([
      z.string(),
      z.pipe(
        z.array(z.string()),
        z.transform((tags) => tags.join(', ')),
      ),
    ]),
  ),
});
const quizSchema = z.array(z.object({ question: z.string() }));
const moderationSchema = z.object({ flagged: z.optional(z.boolean()) });

function parseJson<T>(schema: z.ZodMiniType<T>, json: string | undefined): T | undefined {
  if (!json) return undefined;
  try {
    const result = z.safeParse(schema, JSON.parse(json));
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}

const CAPTION_FEATURES: ReadonlySet<number> = new Set([
  VendorServiceFeature.CAPTIONS,
  VendorServiceFeature.TRANSLATION,
  VendorServiceFeature.ALIGNMENT,
  VendorServiceFeature.EXTENDED_AUDIO_DESCRIPTION,
  VendorServiceFeature.LIVE_CAPTION,
  VendorServiceFeature.LIVE_TRANSLATION,
]);

/** What a ready task produced and where to find it; undefined before it is ready. */
export function taskOutput(task: EntryVendorTask): TaskOutput | undefined {
  if (task.status !== EntryVendorTaskStatus.READY || !task.entryId) return undefined;
  const entryId = task.entryId;
  const data = task.taskJobData;
  const feature = task.serviceFeature;
  if (feature !== undefined && CAPTION_FEATURES.has(feature) && task.outputObjectId)
    return { kind: 'captions', captionAssetId: task.outputObjectId };
  switch (feature) {
    case VendorServiceFeature.AUDIO_DESCRIPTION:
    case VendorServiceFeature.DUBBING:
      return task.outputObjectId ? { kind: 'audio', flavorAssetId: task.outputObjectId } : { kind: 'entry', entryId };
    case VendorServiceFeature.CHAPTERING:
      return { kind: 'chapters', entryId };
    case VendorServiceFeature.CLIPS:
      return { kind: 'clips', entryId, suggested: parseClipsOutput(task).length };
    case VendorServiceFeature.SIGN_LANGUAGE:
      return { kind: 'clips', entryId, suggested: 0 };
    case VendorServiceFeature.SUMMARY:
      return { kind: 'summary', text: parseJson(summarySchema, data?.outputJson ?? data?.summaryOutputJson)?.summary };
    case VendorServiceFeature.METADATA_ENRICHMENT: {
      const metadata = parseJson(metadataSchema, data?.outputJson);
      return { kind: 'metadata', title: metadata?.title, description: metadata?.description, tags: metadata?.tags };
    }
    case VendorServiceFeature.QUIZ:
      return {
        kind: 'quiz',
        questions: (parseJson(quizSchema, data?.outputJson ?? data?.quizOutput) ?? []).map(
          (question) => question.question,
        ),
      };
    case VendorServiceFeature.MODERATION:
      return { kind: 'moderation', flagged: parseJson(moderationSchema, data?.moderationOutputJson)?.flagged };
    default:
      return { kind: 'entry', entryId };
  }
}
