// @ts-check
/**
 * The vendor simulator. Tasks move on the sandbox clock, evaluated lazily before every API call (no
 * timers): PENDING → PROCESSING → READY (outputs attached) or ERROR (errDescription, credit refunded),
 * at the times fixed in `task._vendor` when the task was queued. Because each step happens at its
 * scheduled time, the result does not depend on when or how often the simulator runs.
 */
import { EntryStatus } from '../../reach/wire-enums.js';
import { ServiceFeature, TaskStatus } from './enums.js';
import { changeStatus, derivedFromTasks, onTaskChange } from './lifecycle.js';
import { attachOutputs } from './outputs.js';
import { pricingUnits, requiresPayment, storedPrice, taskPrice } from './pricing.js';

/** What the flaky vendor reports when it fails. */
export const FLAKY_VENDOR_ERROR =
  'Transcription engine failed: the audio track could not be decoded (unsupported codec profile). Re-upload the media or order again.';
/** … and when a clips task fails. */
export const FLAKY_CLIPS_VENDOR_ERROR =
  'Clip engine failed: no highlight could be scored (the scene detector timed out). Order again to retry.';

/**
 * @typedef {{ nextDue: number, waiting: string[] }} Agenda
 *   nextDue: the earliest scheduled vendor step; waiting: the tasks waiting for their entry to be ready
 */

/**
 * The simulator's agenda per tasks Map, derived in one pass whenever the tasks changed, so that the tick
 * before every call need not walk 10 000 tasks.
 * @type {WeakMap<object, { revision: number, size: number, value: Agenda }>}
 */
const agendas = new WeakMap();

/** @param {Map<string, Record<string, any>>} tasks @returns {Agenda} */
function agendaOf(tasks) {
  /** @type {Agenda} */
  const agenda = { nextDue: Infinity, waiting: [] };
  for (const [id, task] of tasks) {
    if (task.status === TaskStatus.PENDING_ENTRY_READY) agenda.waiting.push(id);
    agenda.nextDue = Math.min(agenda.nextDue, nextStepAt(task));
  }
  return agenda;
}

// A changed task is taken into the agenda as it is, instead of the agenda being derived again from every task.
// The agenda may so keep a task that no longer waits or an earlier `nextDue`: both are checked when used, and a
// pass that finds `nextDue` come drops the agenda so that it is derived afresh once.
onTaskChange((tasks, task, revision) => {
  const known = agendas.get(tasks);
  if (!known) return;
  if (task.status === TaskStatus.PENDING_ENTRY_READY && !known.value.waiting.includes(task.id))
    known.value.waiting.push(task.id);
  known.value.nextDue = Math.min(known.value.nextDue, nextStepAt(task));
  known.revision = revision;
  known.size = tasks.size;
});

/** When the vendor next moves the task (Infinity: not on its own). @param {Record<string, any>} task */
function nextStepAt(task) {
  if (task.status === TaskStatus.PENDING) return task._vendor?.processingAt ?? Infinity;
  if (task.status === TaskStatus.PROCESSING) return task._vendor?.readyAt ?? Infinity;
  return Infinity;
}

/**
 * @param {Record<string, any>} state
 * @param {number} now sandbox clock, unix seconds
 */
export function advanceVendorWork(state, now) {
  const agenda = derivedFromTasks(agendas, state.tasks, () => agendaOf(state.tasks));
  for (const id of agenda.waiting) {
    const task = state.tasks.get(id);
    if (task?.status === TaskStatus.PENDING_ENTRY_READY) releaseWhenEntryReady(state, task, now);
  }
  if (now < agenda.nextDue) return;
  for (const task of state.tasks.values()) {
    if (nextStepAt(task) > now) continue;
    const schedule = task._vendor;
    if (task.status === TaskStatus.PENDING) changeStatus(state, task, TaskStatus.PROCESSING, schedule.processingAt);
    if (task.status === TaskStatus.PROCESSING && now >= schedule.readyAt) deliver(state, task, schedule);
  }
  agendas.delete(state.tasks);
}

/**
 * @param {Record<string, any>} state @param {Record<string, any>} task
 * @param {import('./lifecycle.js').VendorSchedule} schedule
 */
function deliver(state, task, schedule) {
  if (schedule.fails) {
    task.errDescription = task.serviceFeature === ServiceFeature.CLIPS ? FLAKY_CLIPS_VENDOR_ERROR : FLAKY_VENDOR_ERROR;
    changeStatus(state, task, TaskStatus.ERROR, schedule.readyAt);
    return;
  }
  attachOutputs(state, task, schedule.readyAt);
  changeStatus(state, task, TaskStatus.READY, schedule.readyAt);
}

/**
 * When its entry turns READY, a waiting task moves on — to moderation if it was ordered under it.
 * A non-PPU task still priced 0 is priced now (kaltura-rules §4.1).
 * @param {Record<string, any>} state @param {Record<string, any>} task @param {number} now
 */
function releaseWhenEntryReady(state, task, now) {
  const entry = state.entries[task.entryId];
  if (entry?.status !== EntryStatus.READY) return;
  const item = state.catalogItems[task.catalogItemId];
  if (item && !item.payPerUse && !task.price && requiresPayment(item))
    task.price = storedPrice(taskPrice(item, pricingUnits(item, task, entry)));
  changeStatus(state, task, task._moderationRequested ? TaskStatus.PENDING_MODERATION : TaskStatus.PENDING, now);
}
