// What an AI clips task produced, in one shape: the clip suggestions (title, description, tags and their
// range in the source) joined with the child entries the vendor created under the source (kaltura-rules §6,
// REACH guide "AI Clips Workflow"). Ranges come from `taskJobData.outputJson` (seconds); the child entries
// give the id, thumbnail and processing status. Saved clips (clones given clip content) and empty copies
// left by an unfinished save are children of the source too; they are told apart here.
import * as z from 'zod/mini';
import { EntryStatus, EntryVendorTaskStatus, VendorServiceFeature } from './enums.js';
import { wireNumber, wireString, type EntryVendorTask, type MediaEntry } from './schemas.js';

/** One item of a clips task's `outputJson`: start and duration in seconds. */
const clipOutputSchema = z.object({
  title: z.optional(wireString),
  description: z.optional(wireString),
  tags: z.optional(wireString),
  start: wireNumber,
  duration: wireNumber,
});
const clipOutputListSchema = z.array(z.unknown());

export type ClipOutput = z.output<typeof clipOutputSchema>;

/** The clips of `outputJson` (or the deprecated `clipsOutputJson`); items that do not fit are skipped. */
export function parseClipsOutput(task: EntryVendorTask): ClipOutput[] {
  const text = task.taskJobData?.outputJson ?? task.taskJobData?.clipsOutputJson;
  if (!text) return [];
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return [];
  }
  const list = z.safeParse(clipOutputListSchema, raw);
  if (!list.success) return [];
  return list.data.flatMap((item) => {
    const clip = z.safeParse(clipOutputSchema, item);
    return clip.success && clip.data.duration > 0 && clip.data.start >= 0 ? [clip.data] : [];
  });
}

export function isClipsTask(task: EntryVendorTask): boolean {
  return task.serviceFeature === VendorServiceFeature.CLIPS;
}

/** Statuses a child of the source can be in while it matters to the user (kaltura-rules §6.2: without them, READY only). */
export const CLIP_ENTRY_STATUSES: readonly string[] = [
  EntryStatus.ERROR_IMPORTING,
  EntryStatus.ERROR_CONVERTING,
  EntryStatus.IMPORT,
  EntryStatus.PRECONVERT,
  EntryStatus.READY,
  EntryStatus.PENDING,
  EntryStatus.NO_CONTENT,
];

export interface ClipSuggestion {
  /** Stable within a page: the child entry's id, or `task:index` for an output item without an entry. */
  key: string;
  /** The child entry the vendor made, when there is one. */
  entry: MediaEntry | undefined;
  title: string;
  description: string;
  tags: string[];
  /** Seconds in the source; undefined when neither the task nor the entry says. */
  startSeconds: number | undefined;
  durationSeconds: number;
  taskId: string | undefined;
}

export interface ClipChildren {
  suggestions: ClipSuggestion[];
  /** Clones that were given clip content (by this lab or anyone else). */
  saved: MediaEntry[];
  /** Copies of the source that never got their content: an interrupted save. */
  unfinished: MediaEntry[];
}

/** "a, b ,c" → ["a", "b", "c"] */
export function splitTags(tags: string | undefined): string[] {
  return (tags ?? '')
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);
}

function clipAttributesOf(entry: MediaEntry) {
  return entry.operationAttributes?.find((attributes) => attributes.objectType === 'KalturaClipAttributes');
}

/**
 * Joins the entry's READY clips tasks with the source's child entries. `children` are the entries whose
 * rootEntryId is the source (the source itself is ignored). Newest task first, output order within a task.
 */
export function clipChildren(
  sourceEntryId: string,
  tasks: readonly EntryVendorTask[],
  children: readonly MediaEntry[],
): ClipChildren {
  const saved: MediaEntry[] = [];
  const unfinished: MediaEntry[] = [];
  const generated: MediaEntry[] = [];
  for (const entry of children) {
    if (entry.id === sourceEntryId) continue;
    if (entry.status === EntryStatus.NO_CONTENT) unfinished.push(entry);
    else if (clipAttributesOf(entry)) saved.push(entry);
    else generated.push(entry);
  }

  const unmatched = new Set(generated);
  const suggestions: ClipSuggestion[] = [];
  const readyTasks = tasks
    .filter(
      (task) => isClipsTask(task) && task.entryId === sourceEntryId && task.status === EntryVendorTaskStatus.READY,
    )
    .sort((a, b) => b.createdAt - a.createdAt);
  for (const task of readyTasks) {
    parseClipsOutput(task).forEach((clip, index) => {
      // The vendor names each child entry after its clip; the duration tells apart clips of the same title, and
      // an entry made before the order cannot be its output (newer tasks go first: sets alike keep their own).
      const entry = [...unmatched].find(
        (candidate) =>
          candidate.name === clip.title &&
          Math.abs((candidate.msDuration ?? 0) / 1000 - clip.duration) < 1 &&
          (candidate.createdAt ?? task.createdAt) >= task.createdAt,
      );
      if (entry) unmatched.delete(entry);
      suggestions.push({
        key: entry?.id ?? `${task.id}:${index}`,
        entry,
        title: entry?.name ?? clip.title ?? '',
        description: entry?.description ?? clip.description ?? '',
        tags: splitTags(entry?.tags ?? clip.tags),
        startSeconds: clip.start,
        durationSeconds: clip.duration,
        taskId: task.id,
      });
    });
  }
  // Children no task output describes (e.g. the task is not loaded): shown, but their place is unknown.
  for (const entry of unmatched) {
    suggestions.push({
      key: entry.id,
      entry,
      title: entry.name ?? '',
      description: entry.description ?? '',
      tags: splitTags(entry.tags),
      startSeconds: undefined,
      durationSeconds: (entry.msDuration ?? (entry.duration ?? 0) * 1000) / 1000,
      taskId: undefined,
    });
  }
  return { suggestions, saved, unfinished };
}

/** Where a saved clip was cut from its source, in seconds (its KalturaClipAttributes are in ms). */
export function savedClipRange(entry: MediaEntry): { startSeconds: number; durationSeconds: number } | undefined {
  const clip = clipAttributesOf(entry);
  if (clip?.offset === undefined) return undefined;
  return { startSeconds: clip.offset / 1000, durationSeconds: (clip.duration ?? entry.msDuration ?? 0) / 1000 };
}
