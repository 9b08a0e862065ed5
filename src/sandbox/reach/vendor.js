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
 * The simulator's agenda per tasks Map: when each task's next step is due (a queue, earliest first) and the tasks
 * waiting for their entry to be ready. Derived in one pass from a new or replaced Map, then kept up to date with
 * every noted task change, so that the tick before every call takes only what is due instead of walking
 * 10 000 tasks. What it holds may be out of date (a task changed again, a rolled-back call): each task is checked
 * when its time comes. `order` numbers the tasks in the Map's order, the order in which tasks due together move.
 * @typedef {{ due: DueQueue, waiting: Set<string>, order: WeakMap<object, number>, next: number }} Agenda
 */

/** @type {WeakMap<object, { revision: number, size: number, value: Agenda }>} */
const agendas = new WeakMap();

/** @param {Map<string, Record<string, any>>} tasks @returns {Agenda} */
function agendaOf(tasks) {
  /** @type {Agenda} */
  const agenda = { due: new DueQueue(), waiting: new Set(), order: new WeakMap(), next: 0 };
  for (const task of tasks.values()) takeIn(agenda, task);
  return agenda;
}

/** @param {Agenda} agenda @param {Record<string, any>} task */
function takeIn(agenda, task) {
  if (!agenda.order.has(task)) agenda.order.set(task, agenda.next++);
  if (task.status === TaskStatus.PENDING_ENTRY_READY) agenda.waiting.add(task.id);
  const at = nextStepAt(task);
  if (at !== Infinity) agenda.due.push(at, task.id);
}

onTaskChange((tasks, task, revision) => {
  const known = agendas.get(tasks);
  if (!known) return;
  takeIn(known.value, task);
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
    else agenda.waiting.delete(id);
  }
  /** @type {Set<Record<string, any>>} */
  const due = new Set();
  while (agenda.due.firstAt() <= now) {
    const task = state.tasks.get(agenda.due.pop());
    if (task && nextStepAt(task) <= now) due.add(task);
  }
  const inOrder = [...due].sort((a, b) => (agenda.order.get(a) ?? 0) - (agenda.order.get(b) ?? 0));
  for (const task of inOrder) {
    const schedule = task._vendor;
    if (task.status === TaskStatus.PENDING) changeStatus(state, task, TaskStatus.PROCESSING, schedule.processingAt);
    if (task.status === TaskStatus.PROCESSING && now >= schedule.readyAt) deliver(state, task, schedule);
  }
}

/** Task ids by the time they are due, earliest first (a binary heap). */
class DueQueue {
  /** @type {{ at: number, id: string }[]} */
  #items = [];

  /** @param {number} at @param {string} id */
  push(at, id) {
    const items = this.#items;
    let index = items.push({ at, id }) - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (items[parent].at <= at) break;
      [items[parent], items[index]] = [items[index], items[parent]];
      index = parent;
    }
  }

  /** When the first is due (Infinity when none is). */
  firstAt() {
    return this.#items[0]?.at ?? Infinity;
  }

  /** Takes the first out. @returns {string} */
  pop() {
    const items = this.#items;
    const first = items[0];
    const last = /** @type {{ at: number, id: string }} */ (items.pop());
    if (items.length > 0) {
      items[0] = last;
      let index = 0;
      for (;;) {
        const left = 2 * index + 1;
        const right = left + 1;
        let smallest = index;
        if (left < items.length && items[left].at < items[smallest].at) smallest = left;
        if (right < items.length && items[right].at < items[smallest].at) smallest = right;
        if (smallest === index) break;
        [items[smallest], items[index]] = [items[index], items[smallest]];
        index = smallest;
      }
    }
    return first.id;
  }
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
