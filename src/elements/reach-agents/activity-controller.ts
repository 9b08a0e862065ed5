import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AgentsClient } from '../../agents/client.js';
import { listExecutions } from '../../agents/adapter.js';
import {
  FINAL_EXECUTION_STATUSES,
  type Execution,
  type ExecutionStatus,
  type ExecutionStep,
} from '../../agents/schemas.js';
import { EntryStatus, isFinalTaskStatus } from '../../reach/enums.js';
import { listEntries } from '../../reach/entries.js';
import { chunkIds, listTasksById } from '../../reach/tasks.js';
import type { MediaEntry } from '../../reach/schemas.js';
import type { ReachSession } from '../../state/session.js';
import { isAborted, toApiError, type KalturaApiError } from '../../api/errors.js';

/** An execution's entry is shown whatever its status (the server lists READY ones only unless told). */
const ANY_ENTRY_STATUS: readonly string[] = Object.values(EntryStatus);

/** Executions shown on one page of the Activity tab. */
export const ACTIVITY_PAGE_SIZE = 50;

export type ActivityLoad =
  | { kind: 'loading' }
  | { kind: 'ready'; total: number }
  | { kind: 'error'; error: KalturaApiError };

export const isRunning = (execution: Execution) => !FINAL_EXECUTION_STATUSES.includes(execution.status);

/**
 * The Activity tab of one agent: its executions (newest first, filtered by status), the entries they ran
 * on, and their steps' REACH tasks, which go to the session's task store (its poller follows them).
 * While an execution runs it asks again with the task poller's discipline: one request per tick, soon
 * after a change and further apart while nothing changes, paused while the page is hidden, stopped
 * when nothing runs.
 */
export class ActivityController implements ReactiveController {
  executions: Execution[] = [];
  load: ActivityLoad = { kind: 'loading' };
  status: ExecutionStatus | '' = '';
  readonly entries = new Map<string, MediaEntry>();
  #agentId: string | undefined;
  #abort: AbortController | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #delayMs = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly session: () => ReachSession | undefined,
    private readonly agents: () => AgentsClient | undefined,
  ) {
    host.addController(this);
  }

  /** True while a next look is scheduled. */
  get following(): boolean {
    return this.#timer !== undefined;
  }

  /** Shows this agent's activity (again); `status` filters it. */
  show(agentId: string, status: ExecutionStatus | '' = this.status): Promise<void> {
    if (agentId !== this.#agentId) {
      this.executions = [];
      this.load = { kind: 'loading' };
    }
    this.#agentId = agentId;
    this.status = status;
    this.#delayMs = this.#timing().fastMs;
    return this.#refresh(true);
  }

  /** Stops following (the tab was left). */
  stop(): void {
    this.#agentId = undefined;
    this.#abort?.abort();
    this.#clear();
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#onVisibility);
    if (this.#agentId) void this.#refresh(false);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#abort?.abort();
    this.#clear();
  }

  readonly #onVisibility = () => {
    if (document.hidden) this.#clear();
    else if (this.#agentId && this.executions.some(isRunning)) void this.#refresh(false);
  };

  #timing() {
    return this.session()?.poller.timing ?? { fastMs: 2000, machineMaxMs: 15_000, growth: 1.5 };
  }

  async #refresh(showLoading: boolean): Promise<void> {
    const session = this.session();
    const agents = this.agents();
    const agentId = this.#agentId;
    if (!session || !agents || !agentId) return;
    this.#clear();
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    const { signal } = abort;
    if (showLoading) {
      this.load = { kind: 'loading' };
      this.host.requestUpdate();
    }
    try {
      const list = await agents.call(
        listExecutions({ agentId, status: this.status ? [this.status] : undefined }, { pageSize: ACTIVITY_PAGE_SIZE }),
        { signal },
      );
      await this.#loadDetails(session, list.objects, signal);
      if (signal.aborted) return;
      const changed = JSON.stringify(list.objects) !== JSON.stringify(this.executions);
      this.executions = list.objects;
      this.load = { kind: 'ready', total: list.totalCount };
      const { fastMs, machineMaxMs, growth } = this.#timing();
      this.#delayMs = changed ? fastMs : Math.min(this.#delayMs * growth, machineMaxMs);
    } catch (error) {
      if (isAborted(error) || signal.aborted) return;
      this.load = { kind: 'error', error: toApiError(error) };
    }
    this.host.requestUpdate();
    this.#schedule();
  }

  /** The entries the executions ran on and their steps' tasks, in one api_v3 request. */
  async #loadDetails(session: ReachSession, executions: readonly Execution[], signal: AbortSignal): Promise<void> {
    const entryIds = [
      ...new Set(
        executions
          .map((execution) => execution.entryId)
          .filter((id): id is string => Boolean(id) && !this.entries.has(id!)),
      ),
    ];
    // Tasks not seen yet, and those whose step has ended while the store still holds them open.
    const stale = (step: ExecutionStep) => {
      const task = step.entryVendorTaskId ? session.tasks.get(step.entryVendorTaskId) : undefined;
      return (
        Boolean(step.entryVendorTaskId) &&
        (!task || (FINAL_EXECUTION_STATUSES.includes(step.status) && !isFinalTaskStatus(task.status)))
      );
    };
    const taskIds = [
      ...new Set(
        executions.flatMap((execution) => execution.steps.filter(stale).map((step) => step.entryVendorTaskId!)),
      ),
    ];
    const [entries, tasks] = await Promise.all([
      Promise.all(
        chunkIds(entryIds).map((ids) =>
          session.call(listEntries({ idIn: ids, statusIn: ANY_ENTRY_STATUS }, { pageSize: ids.length }), { signal }),
        ),
      ),
      Promise.all(chunkIds(taskIds).map((ids) => session.call(listTasksById(ids), { signal }))),
    ]);
    for (const page of entries) for (const entry of page.objects) this.entries.set(entry.id, entry);
    session.tasks.upsert(tasks.flat());
  }

  #schedule(): void {
    this.#clear();
    if (!this.#agentId || document.hidden || this.load.kind !== 'ready' || !this.executions.some(isRunning)) return;
    this.#timer = setTimeout(() => void this.#refresh(false), Math.max(this.#timing().fastMs, this.#delayMs));
  }

  #clear(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
