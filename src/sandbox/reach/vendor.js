// @ts-check
/**
 * The vendor simulator. Tasks move on the sandbox clock, evaluated lazily before every API call (no
 * timers): PENDING → PROCESSING → READY (outputs attached) or ERROR (errDescription, credit refunded),
 * at the times fixed in `task._vendor` when the task was queued. Because each step happens at its
 * scheduled time, the result does not depend on when or how often the simulator runs.
 */
import { TaskStatus } from './enums.js';
import { changeStatus, FINAL_STATUSES } from './lifecycle.js';
import { attachOutputs } from './outputs.js';
import { pricingUnits, requiresPayment, taskPrice } from './pricing.js';

const ENTRY_READY = '2';

/** What the flaky vendor reports when it fails. */
export const FLAKY_VENDOR_ERROR =
  'Transcription engine failed: the audio track could not be decoded (unsupported codec profile). Re-upload the media or order again.';

/**
 * @param {Record<string, any>} state
 * @param {number} now sandbox clock, unix seconds
 */
export function advanceVendorWork(state, now) {
  // Runs before every call: walk the tasks without copying them, and pass final ones at once.
  for (const id in state.tasks) {
    const task = state.tasks[id];
    if (FINAL_STATUSES.has(task.status)) continue;
    if (task.status === TaskStatus.PENDING_ENTRY_READY) releaseWhenEntryReady(state, task, now);
    const schedule = task._vendor;
    if (!schedule) continue;
    if (task.status === TaskStatus.PENDING && now >= schedule.processingAt) changeStatus(state, task, TaskStatus.PROCESSING, schedule.processingAt);
    if (task.status === TaskStatus.PROCESSING && now >= schedule.readyAt) deliver(state, task, schedule);
  }
}

/**
 * @param {Record<string, any>} state @param {Record<string, any>} task
 * @param {import('./lifecycle.js').VendorSchedule} schedule
 */
function deliver(state, task, schedule) {
  if (schedule.fails) {
    task.errDescription = FLAKY_VENDOR_ERROR;
    changeStatus(state, task, TaskStatus.ERROR, schedule.readyAt);
    return;
  }
  attachOutputs(state, task, schedule.readyAt);
  changeStatus(state, task, TaskStatus.READY, schedule.readyAt);
}

/**
 * When its entry turns READY, a waiting task moves on — to moderation if it was ordered under it.
 * A non-PPU task still priced 0 is priced now (spec §4.1).
 * @param {Record<string, any>} state @param {Record<string, any>} task @param {number} now
 */
function releaseWhenEntryReady(state, task, now) {
  const entry = state.entries[task.entryId];
  if (entry?.status !== ENTRY_READY) return;
  const item = state.catalogItems[task.catalogItemId];
  if (item && !item.payPerUse && !task.price && requiresPayment(item)) task.price = taskPrice(item, pricingUnits(item, task, entry));
  changeStatus(state, task, task._moderationRequested ? TaskStatus.PENDING_MODERATION : TaskStatus.PENDING, now);
}
