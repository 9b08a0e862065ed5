import type { ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';

type Load<Value> = (signal: AbortSignal) => Promise<Value>;
/** The Task of one key: render it with `render({ pending, complete, error })`. */
export type KeyedTask<Value> = Task<[Load<Value>], Value>;

/**
 * One `@lit/task` Task per key (a task id), for loads the user starts on one row: a quote, an output.
 * Each runs only when asked (`run`), with its own abort signal joined to `signal()` (the element's session).
 */
export class KeyedTasks<Value> {
  readonly #tasks = new Map<string, KeyedTask<Value>>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly signal: () => AbortSignal,
  ) {}

  get(key: string): KeyedTask<Value> | undefined {
    return this.#tasks.get(key);
  }

  /**
   * Loads again (`load` reads the row's task as it is now); with `reuse`, not while a load of this key is
   * under way or done.
   */
  run(key: string, load: Load<Value>, reuse = false): void {
    let task = this.#tasks.get(key);
    if (!task) {
      task = new Task<[Load<Value>], Value>(this.host, {
        autoRun: false,
        task: ([latest], { signal }) => latest(AbortSignal.any([signal, this.signal()])),
      });
      this.#tasks.set(key, task);
    }
    if (!reuse || (task.status !== TaskStatus.PENDING && task.status !== TaskStatus.COMPLETE)) void task.run([load]);
  }

  /** Forgets what was loaded for this key (aborting a load under way). */
  drop(key: string): void {
    const task = this.#tasks.get(key);
    if (!task) return;
    task.abort();
    this.host.removeController(task);
    this.#tasks.delete(key);
  }
}
