import type { WireParams } from '../api/encode.js';
import { EntryVendorTaskStatus, isFinalTaskStatus } from './enums.js';
import { blockingTask } from './order-rules.js';
import type { SessionDetails } from './session-info.js';
import type { EntryVendorTask, VendorCatalogItem, VendorTaskData } from './schemas.js';
import type { NewTask } from './tasks.js';

/** What a person may do with a task (kaltura-rules §4.7). */
export type TaskAction = 'approve' | 'reject' | 'abort' | 'resubmit';

/** abort: allowed from PENDING_MODERATION, PENDING and SCHEDULED only (not PENDING_ENTRY_READY, not PROCESSING). */
const ABORTABLE: ReadonlySet<number> = new Set([
  EntryVendorTaskStatus.PENDING,
  EntryVendorTaskStatus.PENDING_MODERATION,
  EntryVendorTaskStatus.SCHEDULED,
]);

export interface TaskActionContext {
  /** The task's catalog item, when the catalog lists it (a resubmission needs it). */
  item: VendorCatalogItem | undefined;
  /** Every known task of the same entry: an order in progress, or a finished one, blocks a resubmission. */
  entryTasks: readonly EntryVendorTask[];
  /** Who is asking: a non-admin KS may abort only the tasks it ordered. */
  session: SessionDetails | undefined;
  /**
   * Version of the entry's source flavor, when known: a finished task on another version does not block a
   * new order (kaltura-rules §4.5). Unknown: every finished task counts, as the server may count it.
   */
  sourceVersion?: number | undefined;
}

/**
 * The actions the server would accept now, by its own rules: approve / reject while pending moderation
 * (for an admin session),
 * abort while pending, pending moderation or scheduled (by its creator unless admin), resubmit a final
 * task when a new order of the same item would not be a duplicate (kaltura-rules §4.5): a ready task only when the
 * item allows resubmission, a failed, rejected or cancelled one always.
 */
export function allowedTaskActions(task: EntryVendorTask, context: TaskActionContext): TaskAction[] {
  const actions: TaskAction[] = [];
  const { session } = context;
  // Moderation is a REACH administrator's decision; the users who order see their task wait for it.
  if (task.status === EntryVendorTaskStatus.PENDING_MODERATION && (!session || session.isAdmin))
    actions.push('approve', 'reject');
  const mayAbort = !session || session.isAdmin || (task.userId ?? '') === session.userId;
  if (ABORTABLE.has(task.status) && mayAbort) actions.push('abort');
  // Ready tasks block a new order unless the item allows resubmission; failed, rejected and cancelled ones do not.
  if (
    isFinalTaskStatus(task.status) &&
    task.entryId &&
    context.item &&
    !blockingTask(context.item, context.entryTasks, context.sourceVersion)
  ) {
    actions.push('resubmit');
  }
  return actions;
}

/** Fields of taskJobData the server fills in (outputs, read-only): never sent back. */
const OUTPUT_FIELDS: ReadonlySet<keyof VendorTaskData> = new Set([
  'entryDuration',
  'outputJson',
  'clipsOutputJson',
  'summaryOutputJson',
  'quizOutput',
  'moderationOutputJson',
]);

/** The same order again: entry, catalog item, profile, notes and the task's own inputs (not its outputs). */
export function resubmission(task: EntryVendorTask): NewTask {
  if (!task.entryId) throw new TypeError('Only entry tasks can be ordered again');
  let taskJobData: WireParams | undefined;
  if (task.taskJobData?.objectType) {
    const inputs: Record<string, WireParams[string]> = {};
    for (const [name, value] of Object.entries(task.taskJobData)) {
      if (OUTPUT_FIELDS.has(name as keyof VendorTaskData) || value === undefined) continue;
      // KalturaStringArray goes back as objects.
      inputs[name] = Array.isArray(value)
        ? value.map((text) => ({ objectType: 'KalturaString', value: String(text) }))
        : (value as WireParams[string]);
    }
    taskJobData = inputs;
  }
  return {
    entryId: task.entryId,
    catalogItemId: task.catalogItemId,
    ...(task.reachProfileId === undefined ? {} : { reachProfileId: task.reachProfileId }),
    ...(task.notes ? { notes: task.notes } : {}),
    ...(taskJobData ? { taskJobData } : {}),
  };
}

/**
 * How far a task has come toward its expected finish, 0–1, from when it was queued; undefined when the
 * server gave no promise. Never 1 before the task is ready: a late vendor stays "almost done".
 */
export function taskProgress(task: EntryVendorTask, nowSeconds: number): number | undefined {
  if (task.status === EntryVendorTaskStatus.READY) return 1;
  if (isFinalTaskStatus(task.status)) return undefined;
  const start = task.queueTime ?? task.createdAt;
  const end = task.expectedFinishTime;
  if (end === undefined || end <= start) return undefined;
  return Math.min(0.99, Math.max(0, (nowSeconds - start) / (end - start)));
}
