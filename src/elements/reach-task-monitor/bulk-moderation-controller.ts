import type { ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import { toApiError } from '../../api/errors.js';
import type { EntryVendorTask } from '../../reach/schemas.js';
import type { TaskAction } from '../../reach/task-rules.js';
import { abortTask, approveTask, listTasks, listTasksById, rejectTask, type TaskFilter } from '../../reach/tasks.js';
import type { ReachSession } from '../../state/session.js';
import type { MonitorContext } from './monitor-context.js';
import { lastReachablePage } from './account-list-rules.js';
import { MAX_PAGE_SIZE } from './task-query.js';
import { errorText } from './task-words.js';

export type BulkAction = Exclude<TaskAction, 'resubmit'>;

/** Calls per multirequest, and how many go out before the answers of the last ones are in. */
export const BULK_BATCH_SIZE = 25;

/** One task the action did not reach, and why (the server's own words). */
export interface BulkFailure {
  task: EntryVendorTask;
  reason: string;
}

export interface BulkOutcome {
  action: BulkAction;
  done: number;
  failures: BulkFailure[];
}

export interface BulkModerationOptions extends MonitorContext {
  /** What the server would accept for this task now (of approve, reject, cancel). */
  allowed: (task: EntryVendorTask) => readonly TaskAction[];
}

/**
 * The account view's selection (kept by id: across pages and rows scrolled away) and the action on all of it:
 * approve, reject with one reason, or cancel, sent in multirequests of BULK_BATCH_SIZE, one after the other.
 * A change whose answer was lost is looked up, never sent again.
 */
export class BulkModerationController {
  readonly selected = new Set<string>();
  confirming: BulkAction | undefined;
  reason = '';
  busy = false;
  /** Every matching task is being listed to be selected. */
  selectingAll = false;
  outcome: BulkOutcome | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: BulkModerationOptions,
  ) {}

  toggle(id: string, on: boolean): void {
    if (on) this.selected.add(id);
    else this.selected.delete(id);
    this.host.requestUpdate();
  }

  clear(): void {
    this.selected.clear();
    this.confirming = undefined;
    this.outcome = undefined;
    this.host.requestUpdate();
  }

  /** Selects every task of the list's filter, page after page (as far as Kaltura lists). */
  async selectAllMatching(filter: TaskFilter | undefined): Promise<void> {
    const session = this.options.session();
    if (!session || !filter || this.selectingAll) return;
    this.selectingAll = true;
    this.host.requestUpdate();
    try {
      const last = lastReachablePage(MAX_PAGE_SIZE);
      for (let pageIndex = 1; pageIndex <= last; pageIndex += 1) {
        const page = await session.call(listTasks(filter, { pageSize: MAX_PAGE_SIZE, pageIndex }), {
          signal: this.options.signal(),
        });
        session.tasks.upsert(page.objects);
        for (const task of page.objects) this.selected.add(task.id);
        if (page.objects.length < MAX_PAGE_SIZE || pageIndex * MAX_PAGE_SIZE >= page.totalCount) break;
      }
    } catch (error) {
      this.options.reportError(error);
    } finally {
      this.selectingAll = false;
      this.host.requestUpdate();
    }
  }

  /** The selected tasks the action applies to now. */
  eligible(action: BulkAction): EntryVendorTask[] {
    const session = this.options.session();
    if (!session) return [];
    const tasks: EntryVendorTask[] = [];
    for (const id of this.selected) {
      const task = session.tasks.get(id);
      if (task && this.options.allowed(task).includes(action)) tasks.push(task);
    }
    return tasks;
  }

  open(action: BulkAction | undefined): void {
    this.confirming = action;
    this.outcome = undefined;
    this.host.requestUpdate();
  }

  async run(action: BulkAction): Promise<void> {
    const session = this.options.session();
    if (!session || this.busy) return;
    const tasks = this.eligible(action);
    const reason = this.reason.trim();
    this.busy = true;
    this.host.requestUpdate();
    const outcome: BulkOutcome = { action, done: 0, failures: [] };
    const lost: EntryVendorTask[] = [];
    try {
      for (let start = 0; start < tasks.length; start += BULK_BATCH_SIZE) {
        const batch = tasks.slice(start, start + BULK_BATCH_SIZE);
        // Made in one tick: the client sends them as one multirequest. No abort signal: changes already sent must settle.
        const answers = await Promise.allSettled(
          batch.map((task) => session.call(moderationCall(action, task.id, reason))),
        );
        answers.forEach((answer, index) => {
          const task = batch[index]!;
          if (answer.status === 'fulfilled') {
            session.tasks.upsert([answer.value]);
            outcome.done += 1;
            this.selected.delete(task.id);
            return;
          }
          const error = toApiError(answer.reason, { service: 'reach_entryvendortask', action, mutates: true });
          if (error.kind === 'uncertain') lost.push(task);
          else outcome.failures.push({ task, reason: errorText(error) });
        });
        this.host.requestUpdate();
      }
      await this.#reconcile(session, action, lost, outcome);
    } finally {
      this.busy = false;
      this.confirming = undefined;
      this.reason = '';
      this.outcome = outcome;
      this.host.requestUpdate();
    }
  }

  /** Answers lost on the way: what the server holds now tells whether the action happened. */
  async #reconcile(
    session: ReachSession,
    action: BulkAction,
    lost: readonly EntryVendorTask[],
    outcome: BulkOutcome,
  ): Promise<void> {
    for (let start = 0; start < lost.length; start += BULK_BATCH_SIZE) {
      const batch = lost.slice(start, start + BULK_BATCH_SIZE);
      let current: EntryVendorTask[];
      try {
        current = await session.call(listTasksById(batch.map((task) => task.id)));
      } catch (error) {
        for (const task of batch) outcome.failures.push({ task, reason: errorText(error) });
        continue;
      }
      session.tasks.upsert(current);
      for (const task of batch) {
        const now = current.find((candidate) => candidate.id === task.id);
        // Cancelled tasks are no longer listed; the others moved on from awaiting approval if the action happened.
        const happened = action === 'abort' ? !now : now !== undefined && now.status !== task.status;
        if (happened) {
          if (!now) session.tasks.markVanished([task.id]);
          outcome.done += 1;
          this.selected.delete(task.id);
        } else
          outcome.failures.push({
            task,
            reason: msg('The connection dropped before this one was changed. You can try again.'),
          });
      }
    }
  }
}

function moderationCall(action: BulkAction, id: string, reason: string) {
  switch (action) {
    case 'approve':
      return approveTask(id);
    case 'reject':
      return rejectTask(id, reason);
    case 'abort':
      return abortTask(id, reason);
  }
}
