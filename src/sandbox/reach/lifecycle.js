// @ts-check
/**
 * A task's life: the record `add` creates, status changes with their timestamps (kaltura-rules §4.6) and the
 * credit they move (kaltura-rules §4.4), and the vendor's schedule that the simulator follows.
 */
import { rawOf } from '../journal.js';
import { CreationMode, EntryObjectType, ServiceType, TaskStatus } from './enums.js';
import { storedPrice, taskPrice } from './pricing.js';
import { expectedFinishTime } from './turnaround.js';

/** Final statuses: neither status nor unitsUsed may change afterwards (kaltura-rules §4.7). */
export const FINAL_STATUSES = new Set([TaskStatus.READY, TaskStatus.REJECTED, TaskStatus.ERROR, TaskStatus.ABORTED]);

/**
 * Seconds (sandbox clock) from PENDING until a vendor picks the task up and until it delivers.
 * Real vendors take the catalog item's turnaround time; the sandbox is quick so demos and tests move.
 */
export const VENDOR_TIMING = {
  [ServiceType.MACHINE]: { startsAfter: 3, finishesAfter: 10 },
  [ServiceType.HUMAN]: { startsAfter: 10, finishesAfter: 60 },
};

/** A vendor access key lives max(2 × turnaround, 7 days). */
const MIN_ACCESS_KEY_SECONDS = 7 * 86_400;

/**
 * @typedef {Record<string, any>} Task a stored KalturaEntryVendorTask plus `_`-prefixed internals
 * @typedef {{ processingAt: number, readyAt: number, fails: boolean }} VendorSchedule
 */

/**
 * The fields the server sets on create (kaltura-rules §4.2, last paragraph). The status is set afterwards with
 * `changeStatus`, which also charges credit.
 * @param {{ id: number, entry: Record<string, any>, item: Record<string, any>, profile: Record<string, any>,
 *   userId: string, now: number, version: number, price: number, unitsUsed: number | null,
 *   creationMode?: number, input?: Record<string, any> }} options  `input`: the client's writable fields
 * @returns {Task}
 */
export function createTaskRecord({
  id,
  entry,
  item,
  profile,
  userId,
  now,
  version,
  price,
  unitsUsed,
  creationMode = CreationMode.MANUAL,
  input = {},
}) {
  const createdAt = Math.floor(now);
  const dictionary = (profile.dictionaries ?? []).find(
    (/** @type {any} */ entryDictionary) => entryDictionary.language === item.sourceLanguage,
  );
  return {
    objectType: 'KalturaEntryVendorTask',
    id: String(id),
    partnerId: profile.partnerId,
    vendorPartnerId: item.vendorPartnerId,
    createdAt,
    updatedAt: createdAt,
    entryId: entry.id,
    reachProfileId: profile.id,
    catalogItemId: item.id,
    price: item.payPerUse ? 0 : storedPrice(price),
    userId,
    entryObjectType: EntryObjectType.ENTRY,
    ...(unitsUsed === null ? {} : { unitsUsed }),
    accessKey: vendorAccessKey(item, id, createdAt),
    version,
    ...(dictionary ? { dictionary: dictionary.data } : {}),
    creationMode,
    serviceType: item.serviceType,
    serviceFeature: item.serviceFeature,
    turnAroundTime: item.turnAroundTime,
    ...input,
  };
}

/** How many times a task of each tasks collection changed (see `noteTaskChange`). @type {WeakMap<object, number>} */
const revisions = new WeakMap();

/**
 * Records that a task of the state changed. `changeStatus` does it; code that changes a task without a
 * status change (an update) calls it, so that what is derived from the tasks is derived again.
 * @param {Record<string, any>} state
 * @param {Task} [task] the task that changed
 */
export function noteTaskChange(state, task) {
  const tasks = rawOf(state.tasks);
  const revision = (revisions.get(tasks) ?? 0) + 1;
  revisions.set(tasks, revision);
  // Without the task, what is derived from the tasks is derived again in full.
  if (task) for (const listener of taskChangeListeners) listener(tasks, rawOf(task), revision);
}

/** @type {Array<(tasks: Map<string, Task>, task: Task, revision: number) => void>} */
const taskChangeListeners = [];

/**
 * Calls `listener` after every noted change of a task (with the collection's new revision), so that a value
 * derived from all the tasks can take in one task instead of being derived again from 10 000.
 * @param {(tasks: Map<string, Task>, task: Task, revision: number) => void} listener
 */
export function onTaskChange(listener) {
  taskChangeListeners.push(listener);
}

/**
 * The tasks of each entry, per tasks Map, for the duplicate check of every order (instead of a walk over every
 * task). Tasks come in through `onTaskChange` (every new task gets its first status); the index is built again
 * when the Map holds other tasks than it knows (a rolled-back order, tasks stored from outside).
 * @type {WeakMap<object, { known: Map<string, Task>, byEntry: Map<string, Task[]> }>}
 */
const entryIndexes = new WeakMap();

onTaskChange((tasks, task) => {
  const index = entryIndexes.get(tasks);
  if (index && index.known.get(task.id) !== task) indexTask(index, task);
});

/** @param {{ known: Map<string, Task>, byEntry: Map<string, Task[]> }} index @param {Task} task */
function indexTask(index, task) {
  index.known.set(task.id, task);
  const ofEntry = index.byEntry.get(task.entryId);
  if (ofEntry) ofEntry.push(task);
  else index.byEntry.set(task.entryId, [task]);
}

/**
 * The entry's tasks, of every partner and status, in the order they were stored (unwrapped: take one through
 * `state.tasks` to change it).
 * @param {Record<string, any>} state @param {string} entryId
 * @returns {Task[]}
 */
export function tasksOfEntry(state, entryId) {
  const tasks = rawOf(state.tasks);
  let index = entryIndexes.get(tasks);
  if (!index || index.known.size !== tasks.size) {
    index = { known: new Map(), byEntry: new Map() };
    for (const task of tasks.values()) indexTask(index, task);
    entryIndexes.set(tasks, index);
  }
  return (index.byEntry.get(entryId) ?? []).filter((task) => tasks.get(task.id) === task);
}

/**
 * A value derived from the tasks (the vendor's agenda, recent list answers), kept in `cache` until a task
 * changes, a task is added, or the collection is replaced (reset, loaded state file). Inside a writing call
 * (a journaled view of the tasks) it is derived afresh and not kept: the call may yet be rolled back.
 * @template T
 * @param {WeakMap<object, { revision: number, size: number, value: T }>} cache
 * @param {Map<string, Task>} tasks
 * @param {() => T} derive
 * @returns {T}
 */
export function derivedFromTasks(cache, tasks, derive) {
  if (rawOf(tasks) !== tasks) return derive();
  const revision = revisions.get(tasks) ?? 0;
  const known = cache.get(tasks);
  if (known && known.revision === revision && known.size === tasks.size) return known.value;
  const value = derive();
  cache.set(tasks, { revision, size: tasks.size, value });
  return value;
}

/**
 * Moves a task to `status` at `now`: timestamps, credit, and the vendor schedule when it is queued.
 * Only PENDING reached on creation or by approval is charged — PENDING_ENTRY_READY → PENDING is not,
 * as in the server's event handler (kaltura-rules §4.4, §7 quirk 6).
 * @param {Record<string, any>} state
 * @param {Task} task
 * @param {number} status
 * @param {number} now
 */
export function changeStatus(state, task, status, now) {
  const previous = task.status;
  const item = state.catalogItems[task.catalogItemId];
  const profile = state.reachProfiles[task.reachProfileId];
  const time = Math.floor(now);
  task.status = status;
  task.updatedAt = time;
  if (status === TaskStatus.PENDING) {
    task.queueTime = time;
    task.expectedFinishTime = Math.floor(expectedFinishTime(task.turnAroundTime, time));
    task._vendor = vendorSchedule(state, task, now);
    const charged = previous === undefined || previous === TaskStatus.PENDING_MODERATION;
    if (charged && !item?.payPerUse && profile) profile.usedCredit = (profile.usedCredit ?? 0) + task.price;
  }
  if (status === TaskStatus.READY || status === TaskStatus.ERROR) task.finishTime = time;
  if (status === TaskStatus.READY && item?.payPerUse && profile) {
    // Pay-per-use is priced and charged on delivery, from the units the vendor reported.
    task.price = storedPrice(taskPrice(item, task.unitsUsed ?? 0));
    profile.usedCredit = (profile.usedCredit ?? 0) + task.price;
  }
  if (status === TaskStatus.ERROR && !item?.payPerUse && profile && task.price) {
    // Refund (kReachUtils::refundTask): the price goes back to the profile and the task keeps 0.
    profile.usedCredit = (profile.usedCredit ?? 0) - task.price;
    task._oldPrice = task.price;
    task.price = 0;
  }
  noteTaskChange(state, task);
}

/** Statuses in which a task is aborted when its entry is deleted (kaltura-rules §4.7). */
const ABORTED_WITH_ENTRY = new Set([TaskStatus.PENDING, TaskStatus.PENDING_MODERATION, TaskStatus.PENDING_ENTRY_READY]);

/**
 * The entry is gone: its waiting tasks are aborted with the server's reason (no refund, as for any abort).
 * @param {Record<string, any>} state
 * @param {string} entryId
 * @param {number} now
 */
export function abortTasksOfDeletedEntry(state, entryId, now) {
  for (const { id } of tasksOfEntry(state, entryId)) {
    const task = state.tasks.get(id);
    if (!ABORTED_WITH_ENTRY.has(task.status)) continue;
    changeStatus(state, task, TaskStatus.ABORTED, now);
    task.errDescription = `Task was aborted by server, associated object [${entryId}] deleted`;
  }
}

/**
 * When the vendor starts and delivers, and whether it fails. The flaky vendor (`_failsEveryOtherTask`
 * on its catalog item) fails the 1st, 3rd, 5th … task ordered from it.
 * @param {Record<string, any>} state @param {Task} task @param {number} queuedAt
 * @returns {VendorSchedule}
 */
function vendorSchedule(state, task, queuedAt) {
  const timing = VENDOR_TIMING[/** @type {1 | 2} */ (task.serviceType)] ?? VENDOR_TIMING[ServiceType.MACHINE];
  const item = state.catalogItems[task.catalogItemId];
  let ordinal = 1;
  // Only a flaky vendor counts its earlier tasks (a read: unwrapped, so a writing call wraps none of them).
  if (item?._failsEveryOtherTask) {
    for (const other of rawOf(state.tasks).values())
      if (other.catalogItemId === task.catalogItemId && Number(other.id) < Number(task.id)) ordinal += 1;
  }
  return {
    processingAt: queuedAt + timing.startsAfter,
    readyAt: queuedAt + timing.finishesAfter,
    fails: Boolean(item?._failsEveryOtherTask) && ordinal % 2 === 1,
  };
}

/**
 * An opaque vendor token shaped like a KS v2 (it starts with "djJ8"); vendors never use it here.
 * @param {Record<string, any>} item @param {number} taskId @param {number} createdAt
 */
function vendorAccessKey(item, taskId, createdAt) {
  const expiry = createdAt + Math.max(2 * Math.max(item.turnAroundTime, 0), MIN_ACCESS_KEY_SECONDS);
  return Buffer.from(`v2|${item.vendorPartnerId}|task:${taskId};_e=${expiry}`).toString('base64url');
}
