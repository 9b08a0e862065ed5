import type { ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';

/**
 * One `@lit/task` Task per key (a task id), for loads the user starts on one row: a quote, an output.
 * Each runs only when asked (`run`), with its own abort signal joined to `signal()` (the element's session).
 */
export class KeyedTasks<Value> {
  readonly #tasks = new Map<string, Task<[], Value>>();
  /** The latest load asked for each key (it reads the row's task as it is now). */
  readonly #loads = new Map<string, (signal: AbortSignal) => Promise<Value>>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly signal: () => AbortSignal,
  ) {}

  get(key: string): Task<[], Value> | undefined {
    return this.#tasks.get(key);
  }

  /** Loads again; with `reuse`, not while a load of this key is under way or done. */
  run(key: string, load: (signal: AbortSignal) => Promise<Value>, reuse = false): void {
    let task = this.#tasks.get(key);
    if (!task) {
      task = new Task<[], Value>(this.host, {
        autoRun: false,
        task: (_args, { signal }) => this.#loads.get(key)!(AbortSignal.any([signal, this.signal()])),
      });
      this.#tasks.set(key, task);
    }
    this.#loads.set(key, load);
    if (!reuse || (task.status !== TaskStatus.PENDING && task.status !== TaskStatus.COMPLETE)) void task.run();
  }

  /** Forgets what was loaded for this key (aborting a load under way). */
  drop(key: string): void {
    const task = this.#tasks.get(key);
    if (!task) return;
    task.abort();
    this.host.removeController(task);
    this.#tasks.delete(key);
    this.#loads.delete(key);
  }
}
