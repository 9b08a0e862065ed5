// What a READY task produced, read from the task (outputObjectId, taskJobData output JSON) with zod/mini:
// vendor JSON is the least trustworthy text of all, so a malformed output becomes "no details", never a crash.
import * as z from 'zod/mini';
import { VendorServiceFeature } from './enums.js';
import { parseClipsOutput } from './clip-suggestions.js';
import type { EntryVendorTask } from './schemas.js';
import { taskOutputKind } from './task-output-kind.js';

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

/** What a ready task produced and where to find it; undefined before it is ready. */
export function taskOutput(task: EntryVendorTask): TaskOutput | undefined {
  const kind = taskOutputKind(task);
  const { entryId, outputObjectId: objectId, taskJobData: data } = task;
  // A kind comes only with the entry's id (and captions or audio only with their asset's id).
  if (kind === undefined || !entryId) return undefined;
  switch (kind) {
    case 'captions':
      return objectId ? { kind, captionAssetId: objectId } : undefined;
    case 'audio':
      return objectId ? { kind, flavorAssetId: objectId } : undefined;
    case 'chapters':
    case 'entry':
      return { kind, entryId };
    case 'clips': {
      // A sign-language video is a child entry too; only AI clips suggest any.
      const suggested = task.serviceFeature === VendorServiceFeature.CLIPS ? parseClipsOutput(task).length : 0;
      return { kind, entryId, suggested };
    }
    case 'summary':
      return { kind, text: parseJson(summarySchema, data?.outputJson ?? data?.summaryOutputJson)?.summary };
    case 'metadata': {
      const metadata = parseJson(metadataSchema, data?.outputJson);
      return { kind, title: metadata?.title, description: metadata?.description, tags: metadata?.tags };
    }
    case 'quiz':
      return {
        kind,
        questions: (parseJson(quizSchema, data?.outputJson ?? data?.quizOutput) ?? []).map(
          (question) => question.question,
        ),
      };
    case 'moderation':
      return { kind, flagged: parseJson(moderationSchema, data?.moderationOutputJson)?.flagged };
  }
}
